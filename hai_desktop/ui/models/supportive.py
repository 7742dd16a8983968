"""The premedication and supportive-care table in force, one item a row (Administration). The
sources are long citations: the panel shows the selected item's below the table."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.core.regimens import protocol_regimens
from hai_desktop.core.supportive import SupportiveItem
from hai_desktop.core.supportive import order_line_texts as supportive_line_texts
from hai_desktop.ui.i18n import current_language, translate
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


# The category codes as the table shows them (the stored category is the code).
_CATEGORY_NAMES = {"premedication": QT_TRANSLATE_NOOP("SupportiveCategory", "premedication"),
                   "hydration": QT_TRANSLATE_NOOP("SupportiveCategory", "hydration"),
                   "monitoring": QT_TRANSLATE_NOOP("SupportiveCategory", "monitoring"),
                   "take-home": QT_TRANSLATE_NOOP("SupportiveCategory", "take-home")}


def category_name(category: str) -> str:
    """The short name of a stored category in the interface's language."""
    return translate("SupportiveCategory", _CATEGORY_NAMES.get(category, category))


def category_title(category: str) -> str:
    """core.supportive.CATEGORY_TITLES[category] in the interface's language."""
    from hai_desktop.core.supportive import CATEGORY_TITLES

    return translate("SupportiveCategory", CATEGORY_TITLES[category])


def timing_shown(item: SupportiveItem) -> str:
    """When the item is given, in the interface's language; the English test for "as needed"
    (the text of record decides whether to add it)."""
    timing = item.timing_in(current_language())
    if item.as_needed and "as needed" not in item.timing:
        return QCoreApplication.translate("SupportiveTableModel",
                                          "{timing} (as needed)").format(timing=timing)
    return timing


def order_line_texts(item_id: str, name: str, timing: str) -> tuple[str, str]:
    """An order's supportive line (name, timing as stored, in English) in the interface's
    language: the table's Korean where the order kept the table's own English."""
    return supportive_line_texts(current_language(), item_id, name, timing)


class SupportiveTableModel(ColumnTableModel[SupportiveItem, SupportiveColumn]):
    columns = SupportiveColumn

    def item_ids(self) -> list[str]:
        return [i.id for i in self._rows]

    def cell(self, row: SupportiveItem, column: SupportiveColumn) -> str:
        match column:
            case SupportiveColumn.ITEM:
                return row.name_in(current_language())
            case SupportiveColumn.CATEGORY:
                return category_name(row.category)
            case SupportiveColumn.DOSE:
                return row.dose
            case SupportiveColumn.ROUTE:
                return row.route
            case SupportiveColumn.TIMING:
                return timing_shown(row)
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
