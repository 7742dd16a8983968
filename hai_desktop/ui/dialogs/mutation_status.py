"""RAS/BRAF status from the pathology report: decides whether cetuximab may be ordered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services import orders as svc
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog

LABELS = {"wild_type": QT_TRANSLATE_NOOP("MutationStatusDialog", "wild type"),
          "mutant": QT_TRANSLATE_NOOP("MutationStatusDialog", "mutant"),
          "unknown": QT_TRANSLATE_NOOP("MutationStatusDialog", "not known yet")}


def _combo(current: str) -> QComboBox:
    combo = QComboBox()
    for value in svc.MUTATION_STATES:
        combo.addItem(QCoreApplication.translate("MutationStatusDialog", LABELS[value]), value)
    combo.setCurrentIndex(svc.MUTATION_STATES.index(current))
    return combo


class MutationStatusDialog(FormDialog):
    def __init__(self, ws: Workspace, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tumour mutation status"),
                         self.tr("Cetuximab is given only for RAS wild-type disease [site rule]. "
                                 "Record the result as the pathology report gives it."),
                         self.tr("Save"), parent)
        self.ws, self.patient_id = ws, patient_id
        ras, braf = svc.mutation_status(ws, patient_id)
        self.ras, self.braf = _combo(ras), _combo(braf)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. pathology report 2026-10-02, NGS panel"))
        self.add_field("ras", self.tr("RAS (KRAS/NRAS)"), self.ras)
        self.add_field("braf", self.tr("BRAF V600E"), self.braf)
        self.add_field("reason", self.tr("Source"), self.source)
        self.source.setFocus()

    def submit(self) -> bool:
        ras, braf, reason = self.ras.currentData(), self.braf.currentData(), self.source.text()
        try:
            self.save(lambda: svc.set_mutation_status(self.ws, self.patient_id, ras=ras,
                                                      braf=braf, reason=reason))
        except HaiError as error:
            self.show_error(error)
            return False
        return True
