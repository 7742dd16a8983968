"""Change one drug's dose levels and rounding rule (admin or investigator), with the source of
the new numbers and a reason for the audit. Any change voids the investigator's sign-off."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLineEdit, QWidget

from hai_desktop.core.errors import ValidationError
from hai_desktop.core.regimens import DoseLevels, protocol_regimens
from hai_desktop.services.dose_levels import change_dose_levels
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.i18n import translate


def _number(text: str, problem: str, field: str) -> float:
    """`problem`: what a refusal says ("Round to: enter a number.")."""
    try:
        return float(text.strip().rstrip("%").replace(",", "."))
    except ValueError:
        raise ValidationError(problem, field=field) from None


class DoseLevelDialog(FormDialog):
    def __init__(self, ws: Workspace, levels: DoseLevels, parent: QWidget | None = None) -> None:
        drug = protocol_regimens().drug(levels.drug)
        per = "m²" if drug.basis == "mg/m2" else "kg"
        super().__init__(
            self.tr("Dose levels — {drug}").format(drug=drug.name),
            self.tr("<b>{drug}</b> ({route}), protocol dose {dose} mg/{per}.<br>Level 0 is the "
                    "protocol dose; each reduction is lower than the one before. The change is "
                    "audited and the investigator must sign the table off again before orders "
                    "stop showing “dose levels not confirmed”.").format(
                drug=html.escape(drug.name), route=html.escape(translate("Route", drug.route_text)),
                dose=f"{drug.dose:g}", per=per),
            self.tr("Change dose levels"), parent)
        self.ws = ws
        self.levels = levels
        self.level_text = QLineEdit(", ".join(f"{x:g}" for x in levels.levels))
        self.level_text.setToolTip(self.tr("mg/{per}, highest first, separated by "
                                           "commas").format(per=per))
        self.rounding = QLineEdit(f"{levels.rounding_increment_mg:g}")
        self.rounding.setToolTip(self.tr("Doses are rounded to a multiple of this (0 = no "
                                         "rounding)"))
        self.limit = QLineEdit(f"{levels.max_deviation_percent:g}")
        self.limit.setToolTip(self.tr("A rounded dose further than this from the calculated "
                                      "dose is refused (HOPA allows up to 10 %)"))
        self.source = QLineEdit(levels.source)
        self.source.setMinimumWidth(420)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("kept in the audit trail"))
        self.add_field("levels", self.tr("Levels (mg/{per})").format(per=per), self.level_text)
        self.add_field("rounding", self.tr("Round to (mg)"), self.rounding)
        self.add_field("limit", self.tr("Rounding limit (%)"), self.limit)
        self.add_field("source", self.tr("Source"), self.source)
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.level_text.selectAll()
        self.level_text.setFocus()

    def submit(self) -> bool:
        try:
            rounding = _number(self.rounding.text(), self.tr("Round to: enter a number."),
                               "rounding")
            limit = _number(self.limit.text(), self.tr("Rounding limit: enter a number."),
                            "limit")
        except ValidationError as error:
            self.show_error(error)
            return False
        outcome = self.attempt(change_dose_levels, self.ws, self.levels.drug,
                               levels=self.level_text.text(), rounding_increment_mg=rounding,
                               max_deviation_percent=limit, source=self.source.text(),
                               reason=self.reason.text())
        if outcome.error is not None:
            self.show_error(outcome.error)
            return False
        return True
