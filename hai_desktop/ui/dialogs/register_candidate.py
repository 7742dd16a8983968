"""Register a screening candidate: the next screening number is given by the program.

Each refusal is shown under the field it concerns (the service names it in the error's
`field`), the field gets the focus, and everything typed stays.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from hai_desktop.core.errors import ValidationError
from hai_desktop.core.names import derive_initials, has_hangul
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.screening import Registration, register_candidate
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.widgets.date_field import DateField


class RegisterCandidateDialog(FormDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Register candidate"),
            self.tr("A new candidate for screening gets the next screening number. The study ID "
                    "is given later, at randomization. A name in Hangul also needs its "
                    "Latin-letter form (as on the passport): the initials come from it. Names "
                    "and the record number stay on this workstation; exports use the screening "
                    "number and initials."),
            self.tr("Register"), parent)
        self.ws = ws
        self.registered: PatientSummary | None = None
        self.family_name = QLineEdit()
        self.family_name.setPlaceholderText(self.tr("as on the chart, e.g. 김"))
        self.given_name = QLineEdit()
        self.given_name.setPlaceholderText(self.tr("e.g. 지원"))
        self.latin_family_name = QLineEdit()
        self.latin_family_name.setPlaceholderText(self.tr("as on the passport, e.g. KIM"))
        self.latin_given_name = QLineEdit()
        self.latin_given_name.setPlaceholderText(self.tr("e.g. Ji-won"))
        for field in (self.family_name, self.given_name, self.latin_family_name,
                      self.latin_given_name):
            field.setMaxLength(100)
        self.initials = QLineEdit()
        self.initials.setMaxLength(4)
        self.initials.setPlaceholderText(self.tr("from the Latin-letter name"))
        self.record_number = QLineEdit()
        self.record_number.setPlaceholderText(self.tr("as on the hospital chart"))
        self.sex = QComboBox()
        self.sex.addItem(self.tr("— choose"), None)
        self.sex.addItem(self.tr("F — female"), "F")
        self.sex.addItem(self.tr("M — male"), "M")
        self.date_of_birth = DateField()
        self.consent_date = DateField()
        for name, caption, widget, focus in (
                ("family_name", self.tr("Family name"), self.family_name, None),
                ("given_name", self.tr("Given name"), self.given_name, None),
                ("latin_family_name", self.tr("Family name in Latin letters"),
                 self.latin_family_name, None),
                ("latin_given_name", self.tr("Given name in Latin letters"),
                 self.latin_given_name, None),
                ("initials", self.tr("Initials (optional)"), self.initials, None),
                ("hospital_record_number", self.tr("Hospital record number"),
                 self.record_number, None),
                ("sex", self.tr("Sex"), self.sex, None),
                ("date_of_birth", self.tr("Date of birth"), self.date_of_birth,
                 self.date_of_birth.edit),
                ("consent_date", self.tr("Consent signed on"), self.consent_date,
                 self.consent_date.edit)):
            self.add_field(name, caption, widget, focus)
        for field in (self.family_name, self.given_name, self.latin_family_name,
                      self.latin_given_name):
            field.textChanged.connect(self._suggest_initials)
        self.family_name.setFocus()

    def _latin_parts(self) -> tuple[str, str]:
        """The Latin-letter name as typed, or the name itself when it has no Hangul."""
        family, given = self.latin_family_name.text(), self.latin_given_name.text()
        if family.strip() or given.strip():
            return given, family
        name = self.given_name.text() + self.family_name.text()
        return ("", "") if has_hangul(name) else (self.given_name.text(),
                                                  self.family_name.text())

    def _suggest_initials(self) -> None:
        derived = derive_initials(*self._latin_parts())
        self.initials.setPlaceholderText(
            self.tr("{initials} (from the Latin-letter name)").format(initials=derived)
            if derived else self.tr("from the Latin-letter name"))

    def _date(self, name: str, field: DateField) -> bool:
        problem = field.error()
        if problem:
            self.show_error(ValidationError(problem, field=name))
        return problem is None

    def submit(self) -> bool:
        if not (self._date("date_of_birth", self.date_of_birth)
                and self._date("consent_date", self.consent_date)):
            return False
        registration = Registration(
            family_name=self.family_name.text(), given_name=self.given_name.text(),
            hospital_record_number=self.record_number.text(), sex=self.sex.currentData() or "",
            date_of_birth=self.date_of_birth.date(), consent_date=self.consent_date.date(),
            initials=self.initials.text(), latin_family_name=self.latin_family_name.text(),
            latin_given_name=self.latin_given_name.text())
        outcome = self.attempt(register_candidate, self.ws, registration)
        if outcome.error is not None:
            self.show_error(outcome.error)  # at its field when it names one
            return False
        self.registered = outcome.value
        return True
