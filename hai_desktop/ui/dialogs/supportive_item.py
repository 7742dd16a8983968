"""Change one premedication or supportive-care item of the site's table (administrator or
investigator): dose, route, when, in use or not, with the source and a reason (audited). Any
change voids the investigator's sign-off of the table."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from hai_desktop.core.supportive import SupportiveItem
from hai_desktop.services.supportive_care import change_item
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.i18n import current_language
from hai_desktop.ui.models.supportive import category_title, drug_labels


class SupportiveItemDialog(FormDialog):
    def __init__(self, ws: Workspace, item: SupportiveItem,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Premedication — {item}").format(item=item.name_in(current_language())),
            self.tr("<b>{item}</b> · {category}, with {drugs}.<br>Write doses in ISMP style "
                    "(0.5 mg, 1 mg; mcg; subcutaneous). The change is audited and the "
                    "investigator must sign the table off again before orders stop showing "
                    "“premedication not confirmed”.").format(
                item=html.escape(item.name_in(current_language())),
                category=html.escape(category_title(item.category)),
                drugs=html.escape(drug_labels(item.with_drugs))),
            self.tr("Change item"), parent)
        self.ws, self.item = ws, item
        self.dose = QLineEdit(item.dose)
        self.route = QLineEdit(item.route)
        self.timing = QLineEdit(item.timing)
        self.timing.setMinimumWidth(460)
        self.timing.setCursorPosition(0)
        self.active = QCheckBox(self.tr("in use: put on every order that gives these drugs"))
        self.active.setChecked(item.active)
        self.source = QLineEdit(item.source)
        self.source.setCursorPosition(0)
        self.source.setToolTip(item.source)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("kept in the audit trail"))
        for name, caption, widget in (("dose", self.tr("Dose"), self.dose),
                                      ("route", self.tr("Route"), self.route),
                                      ("timing", self.tr("When"), self.timing),
                                      ("active", "", self.active),
                                      ("source", self.tr("Source"), self.source),
                                      ("reason", self.tr("Reason"), self.reason)):
            self.add_field(name, caption, widget)
        self.dose.selectAll()
        self.dose.setFocus()

    def submit(self) -> bool:
        outcome = self.attempt(change_item, self.ws, self.item.id, dose=self.dose.text(),
                               route=self.route.text(), timing=self.timing.text(),
                               active=self.active.isChecked(), source=self.source.text(),
                               reason=self.reason.text())
        if outcome.error is not None:
            self.show_error(outcome.error)
            return False
        return True
