"""Change one site rule (a local ULN, the screening lab window) with a reason for the audit."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLineEdit, QWidget

from hai_desktop.core.units import spec
from hai_desktop.services.site_rules import SiteRuleValue, set_site_rule
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.i18n import current_language


class SiteRuleDialog(FormDialog):
    def __init__(self, ws: Workspace, rule: SiteRuleValue, parent: QWidget | None = None) -> None:
        s = rule.spec
        if s.kind == "quantity" and s.quantity:
            unit = self.tr("Type a value with its unit ({units}).").format(
                units=", ".join(spec(s.quantity).accepts))
        elif s.kind == "integer":
            unit = self.tr("A whole number from {minimum} to {maximum}.").format(
                minimum=f"{s.minimum:g}", maximum=f"{s.maximum:g}")
        else:
            unit = self.tr("A number from {minimum} to {maximum}.").format(
                minimum=f"{s.minimum:g}", maximum=f"{s.maximum:g}")
        language = current_language()  # the rule's label and source in Korean where written
        super().__init__(
            self.tr("Change site rule"),
            self.tr("<b>{rule}</b><br>{source}<br><br>Shipped default: {default}. {limits} "
                    "Checklists evaluated and orders written from now on use the new "
                    "value.").format(rule=html.escape(s.label_in(language)),
                                     source=html.escape(s.source_in(language)),
                                     default=html.escape(s.default),
                                     limits=html.escape(unit)),
            self.tr("Change rule"), parent)
        self.ws = ws
        self.rule = rule
        self.value = QLineEdit(rule.value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("kept in the audit trail"))
        self.add_field("value", self.tr("New value"), self.value)
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.value.selectAll()
        self.value.setFocus()

    def submit(self) -> bool:
        outcome = self.attempt(set_site_rule, self.ws, self.rule.spec.key, self.value.text(),
                               self.reason.text())
        if outcome.error is not None:
            self.show_error(outcome.error)
            return False
        return True
