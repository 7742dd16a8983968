"""The premedication and supportive-care table in force, one item a row (Administration). The
sources are long citations: the panel shows the selected item's below the table."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from hai_desktop.core.regimens import protocol_regimens
from hai_desktop.core.supportive import SupportiveItem
from hai_desktop.ui.models.base import ColumnTableModel, bold_font
from hai_desktop.ui.style import MUTED


class SupportiveColumn(enum.IntEnum):
    ITEM = 0
    CATEGORY = 1
    DOSE = 2
    ROUTE = 3
    TIMING = 4
    WITH = 5
    IN_USE = 6
    ORIGIN = 7

    @property
    def heading(self) -> str:
        return QCoreApplication.translate("SupportiveColumn", _HEADINGS[self])


_HEADINGS = {
    SupportiveColumn.ITEM: QT_TRANSLATE_NOOP("SupportiveColumn", "Item"),
    SupportiveColumn.CATEGORY: QT_TRANSLATE_NOOP("SupportiveColumn", "Category"),
    SupportiveColumn.DOSE: QT_TRANSLATE_NOOP("SupportiveColumn", "Dose"),
    SupportiveColumn.ROUTE: QT_TRANSLATE_NOOP("SupportiveColumn", "Route"),
    SupportiveColumn.TIMING: QT_TRANSLATE_NOOP("SupportiveColumn", "When"),
    SupportiveColumn.WITH: QT_TRANSLATE_NOOP("SupportiveColumn", "With"),
    SupportiveColumn.IN_USE: QT_TRANSLATE_NOOP("SupportiveColumn", "In use"),
    SupportiveColumn.ORIGIN: QT_TRANSLATE_NOOP("SupportiveColumn", "Origin"),
}
# An item's origin as the table shows it: the statuses the protocol file and the services write
# (any other status is shown as it is).
_ORIGINS = {
    "site rule": QT_TRANSLATE_NOOP("SupportiveColumn", "default"),
    "site to confirm": QT_TRANSLATE_NOOP("SupportiveColumn", "site to confirm"),
    "changed": QT_TRANSLATE_NOOP("SupportiveColumn", "changed"),
}


def drug_labels(drug_ids: tuple[str, ...]) -> str:
    regimens = protocol_regimens()
    return ", ".join(regimens.drug(d).label for d in drug_ids)


def origin(item: SupportiveItem) -> str:
    """'default' as shipped (or its own 'site to confirm'), 'changed' by the site."""
    shown = _ORIGINS.get(item.status)
    return QCoreApplication.translate("SupportiveColumn", shown) if shown else item.status


class SupportiveTableModel(ColumnTableModel[SupportiveItem, SupportiveColumn]):
    columns = SupportiveColumn

    def item_ids(self) -> list[str]:
        return [i.id for i in self._rows]

    def cell(self, row: SupportiveItem, column: SupportiveColumn) -> str:
        match column:
            case SupportiveColumn.ITEM:
                return row.name
            case SupportiveColumn.CATEGORY:
                return row.category
            case SupportiveColumn.DOSE:
                return row.dose
            case SupportiveColumn.ROUTE:
                return row.route
            case SupportiveColumn.TIMING:
                if row.as_needed and "as needed" not in row.timing:
                    return self.tr("{timing} (as needed)").format(timing=row.timing)
                return row.timing
            case SupportiveColumn.WITH:
                return drug_labels(row.with_drugs)
            case SupportiveColumn.IN_USE:
                return self.tr("yes") if row.active else self.tr("no")
            case SupportiveColumn.ORIGIN:
                return origin(row)

    def style(self, row: SupportiveItem, column: SupportiveColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Source: {source}").format(source=row.source)
        if role == Qt.ItemDataRole.FontRole and column is SupportiveColumn.ORIGIN \
                and row.status == "changed":
            return bold_font()
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QColor(MUTED)
        return None
