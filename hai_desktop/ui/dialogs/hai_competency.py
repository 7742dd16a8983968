"""Record a person's HAI training (administrators): who, when, who trained and assessed them, a
note. It stays valid for the months of the site rule, shown as the date is typed."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from hai_desktop.core.errors import ValidationError
from hai_desktop.services.competency import add_months, record_competency
from hai_desktop.services.users import UserRow
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.i18n import date_text, role_text
from hai_desktop.ui.widgets.common import choice_box, label, select_data
from hai_desktop.ui.widgets.date_field import DateField


class CompetencyDialog(FormDialog):
    def __init__(self, ws: Workspace, people: list[UserRow], months: int,
                 parent: QWidget | None = None, *, username: str | None = None) -> None:
        super().__init__(
            self.tr("Record HAI training"),
            self.tr("Only staff trained in HAI catheter access and HAI chemotherapy inspect the "
                    "catheter and give the HAI line (protocol). Record the training the person "
                    "completed; it is valid for {months} months [site rule: "
                    "hai_competency_valid_months].").format(months=months),
            self.tr("Record training"), parent)
        self.ws, self.months = ws, months
        self.competency_id: int | None = None
        self.user = choice_box([(f"{p.full_name} ({p.username}) — {role_text(p.role)}",
                                 p.username)
                                for p in people if p.active])
        select_data(self.user, username)
        self.trained_on = DateField()
        self.trained_on.set_date(ws.today())
        self.valid_until = label("", "Muted")
        self.trainer = QLineEdit()
        self.trainer.setPlaceholderText(self.tr("who trained and assessed them (name, role)"))
        self.trainer.setMinimumWidth(380)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional: what the training covered"))
        self.add_field(name="username", caption=self.tr("User"), widget=self.user)
        self.add_field(name="trained_on", caption=self.tr("Trained on"),
                       widget=self.trained_on, focus=self.trained_on.edit)
        self.add_row("", self.valid_until)
        self.add_field(name="trainer", caption=self.tr("Trainer"), widget=self.trainer)
        self.add_field(name="note", caption=self.tr("Note"), widget=self.note)
        self.trained_on.changed.connect(self._show_validity)
        self._show_validity()
        (self.trainer if username else self.user).setFocus()

    def _show_validity(self) -> None:
        day = self.trained_on.date()
        self.valid_until.setText(
            self.tr("valid until {day}").format(day=date_text(add_months(day, self.months)))
            if day is not None else
            self.tr("valid for the months of the site rule from the training date"))

    def submit(self) -> bool:
        day = self.trained_on.date()
        username = self.user.currentData() or ""
        if not username:
            self.show_error(ValidationError(self.tr("Choose the person who was trained."),
                                               field="username"))
            return False
        if day is None:
            self.show_error(ValidationError(
                self.trained_on.error() or self.tr("Enter the date of the training."),
                field="trained_on"))
            return False
        outcome = self.attempt(record_competency, self.ws, username, trained_on=day,
                               trainer=self.trainer.text(), note=self.note.text())
        if outcome.error is not None:
            self.show_error(outcome.error)
            return False
        self.competency_id = outcome.value
        return True
