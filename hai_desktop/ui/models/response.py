"""One patient's tumour assessments (RECIST 1.1 time points), schedule of visits and follow-up
contacts, as tables."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.core.recist import NonTarget, Response
from hai_desktop.core.schedule import ScheduledVisit, VisitStatus
from hai_desktop.core.tumour_assessment import NON_TARGET_SHORT
from hai_desktop.services.follow_up import ContactView
from hai_desktop.services.tumour_response import AssessmentView, LesionView
from hai_desktop.ui.i18n import date_text, translate
from hai_desktop.ui.models.base import ColumnTableModel, Index, bold_font
from hai_desktop.ui.style import ERROR_RED, MUTED, OK_GREEN

RESPONSE_COLOURS = {Response.CR: OK_GREEN, Response.PR: OK_GREEN, Response.PD: ERROR_RED,
                    Response.NE: MUTED}
VISIT_COLOURS = {VisitStatus.DONE: OK_GREEN, VisitStatus.OUT_OF_WINDOW: "#9a4a00",
                 VisitStatus.OVERDUE: ERROR_RED, VisitStatus.DUE: "#1f5fa8",
                 VisitStatus.UPCOMING: MUTED}


def mm_text(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


def percent_text(value: float | None) -> str:
    return "" if value is None else f"{value:+.1f} %"


def response_text(response: Response | None) -> str:
    return "" if response is None else translate("Response", response.value)


def _heading(context: str, headings: dict[Any, str], column: Any) -> str:
    return QCoreApplication.translate(context, headings[column])


class AssessmentColumn(enum.IntEnum):
    DATE = 0
    SUM = 1
    FROM_BASELINE = 2
    FROM_NADIR = 3
    TARGET = 4
    NON_TARGET = 5
    NEW = 6
    OVERALL = 7
    CEA = 8

    @property
    def heading(self) -> str:
        return _heading("AssessmentColumn", _ASSESSMENT_HEADINGS, self)


_ASSESSMENT_HEADINGS = {
    AssessmentColumn.DATE: QT_TRANSLATE_NOOP("AssessmentColumn", "Scan"),
    AssessmentColumn.SUM: QT_TRANSLATE_NOOP("AssessmentColumn", "Sum (mm)"),
    AssessmentColumn.FROM_BASELINE: QT_TRANSLATE_NOOP("AssessmentColumn", "vs baseline"),
    AssessmentColumn.FROM_NADIR: QT_TRANSLATE_NOOP("AssessmentColumn", "vs nadir"),
    AssessmentColumn.TARGET: QT_TRANSLATE_NOOP("AssessmentColumn", "Target"),
    AssessmentColumn.NON_TARGET: QT_TRANSLATE_NOOP("AssessmentColumn", "Non-target"),
    AssessmentColumn.NEW: QT_TRANSLATE_NOOP("AssessmentColumn", "New lesion"),
    AssessmentColumn.OVERALL: QT_TRANSLATE_NOOP("AssessmentColumn", "Response"),
    AssessmentColumn.CEA: QT_TRANSLATE_NOOP("AssessmentColumn", "CEA (ng/mL)"),
}


class AssessmentsModel(ColumnTableModel[AssessmentView, AssessmentColumn]):
    """The baseline first, then each assessment with its RECIST time point."""

    columns = AssessmentColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.baseline_sum: float | None = None

    def cell(self, row: AssessmentView, column: AssessmentColumn) -> str:
        point = row.point
        if column is AssessmentColumn.DATE:
            scan = f"{date_text(row.assessed_on)} · {translate('Method', row.method)}"
            if not row.baseline:
                return scan
            baseline = QCoreApplication.translate("AssessmentsModel", "(baseline)")
            return f"{scan} {baseline}"
        if column is AssessmentColumn.SUM:
            return mm_text(self.baseline_sum if row.baseline else point.sum_mm if point else None)
        if column is AssessmentColumn.CEA:
            return "" if row.cea_ng_ml is None else f"{row.cea_ng_ml:g}"
        if point is None:
            return ""
        if column is AssessmentColumn.FROM_BASELINE:
            return percent_text(point.from_baseline_percent)
        if column is AssessmentColumn.FROM_NADIR:
            if point.from_nadir_mm is None:
                return ""
            return f"{percent_text(point.from_nadir_percent)} ({point.from_nadir_mm:+g} mm)"
        if column is AssessmentColumn.TARGET:
            return response_text(point.target)
        if column is AssessmentColumn.NON_TARGET:
            return response_text(point.non_target)
        if column is AssessmentColumn.NEW:
            if not row.new_lesion:
                return QCoreApplication.translate("AssessmentsModel", "no")
            return QCoreApplication.translate("AssessmentsModel", "yes: {site}").format(
                site=row.new_lesion_site)
        return response_text(point.overall)

    def sort_key(self, row: AssessmentView, column: AssessmentColumn) -> Any:
        return row.assessed_on.isoformat() if column is AssessmentColumn.DATE else \
            self.cell(row, column)

    def style(self, row: AssessmentView, column: AssessmentColumn, role: int) -> Any:
        point = row.point
        if column is AssessmentColumn.OVERALL and point is not None:
            if role == Qt.ItemDataRole.ForegroundRole and point.overall in RESPONSE_COLOURS:
                return QColor(RESPONSE_COLOURS[point.overall])
            if role == Qt.ItemDataRole.FontRole:
                return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [row.new_lesion_site if column is AssessmentColumn.NEW else "", row.note]
            return "\n".join(tip for tip in tips if tip) or None
        return None


class VisitColumn(enum.IntEnum):
    VISIT = 0
    EXPECTED = 1
    WINDOW = 2
    DONE = 3
    STATUS = 4

    @property
    def heading(self) -> str:
        return _heading("VisitColumn", _VISIT_HEADINGS, self)


_VISIT_HEADINGS = {
    VisitColumn.VISIT: QT_TRANSLATE_NOOP("VisitColumn", "Visit"),
    VisitColumn.EXPECTED: QT_TRANSLATE_NOOP("VisitColumn", "Expected"),
    VisitColumn.WINDOW: QT_TRANSLATE_NOOP("VisitColumn", "Window"),
    VisitColumn.DONE: QT_TRANSLATE_NOOP("VisitColumn", "Done on"),
    VisitColumn.STATUS: QT_TRANSLATE_NOOP("VisitColumn", "Status"),
}


def visit_name(visit: ScheduledVisit) -> str:
    return QCoreApplication.translate("VisitsModel", "{kind} {number}").format(
        kind=translate("VisitKind", visit.visit.kind.value), number=visit.visit.number)


def visit_status_text(visit: ScheduledVisit) -> str:
    status = translate("VisitStatus", visit.status.value)
    days = visit.deviation_days
    if days is None:
        return status
    return QCoreApplication.translate("VisitsModel", "{status}: {days} d outside").format(
        status=status, days=days)


class VisitsModel(ColumnTableModel[ScheduledVisit, VisitColumn]):
    columns = VisitColumn

    def cell(self, row: ScheduledVisit, column: VisitColumn) -> str:
        if column is VisitColumn.VISIT:
            return visit_name(row)
        if column is VisitColumn.EXPECTED:
            return date_text(row.visit.expected)
        if column is VisitColumn.WINDOW:
            return f"{date_text(row.visit.opens)} – {date_text(row.visit.closes)}"
        if column is VisitColumn.DONE:
            return date_text(row.done_on) if row.done_on else ""
        return visit_status_text(row)

    def sort_key(self, row: ScheduledVisit, column: VisitColumn) -> Any:
        if column in (VisitColumn.EXPECTED, VisitColumn.WINDOW):
            return row.visit.expected.isoformat()
        if column is VisitColumn.DONE:
            return row.done_on.isoformat() if row.done_on else ""
        return self.cell(row, column)

    def style(self, row: ScheduledVisit, column: VisitColumn, role: int) -> Any:
        if column is VisitColumn.STATUS and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(VISIT_COLOURS[row.status])
        return None


class ContactColumn(enum.IntEnum):
    DATE = 0
    METHOD = 1
    STATUS = 2
    DETAILS = 3
    BY = 4

    @property
    def heading(self) -> str:
        return _heading("ContactColumn", _CONTACT_HEADINGS, self)


_CONTACT_HEADINGS = {
    ContactColumn.DATE: QT_TRANSLATE_NOOP("ContactColumn", "Date"),
    ContactColumn.METHOD: QT_TRANSLATE_NOOP("ContactColumn", "How"),
    ContactColumn.STATUS: QT_TRANSLATE_NOOP("ContactColumn", "Status"),
    ContactColumn.DETAILS: QT_TRANSLATE_NOOP("ContactColumn", "Details"),
    ContactColumn.BY: QT_TRANSLATE_NOOP("ContactColumn", "By"),
}


def contact_details(row: ContactView) -> str:
    parts: list[str] = []
    if row.death_on is not None:
        parts.append(QCoreApplication.translate("ContactsModel", "died {date} ({cause})").format(
            date=date_text(row.death_on), cause=translate("DeathCause", row.death_cause or "")))
    elif row.status == "lost to follow-up" and row.last_alive_on is not None:
        parts.append(QCoreApplication.translate(
            "ContactsModel", "last known alive {date}").format(
            date=date_text(row.last_alive_on)))
    if row.progression_on is not None:
        parts.append(QCoreApplication.translate(
            "ContactsModel", "progression {date} ({basis})").format(
            date=date_text(row.progression_on),
            basis=translate("ProgressionBasis", row.progression_basis or "")))
    if row.note:
        parts.append(row.note)
    return " · ".join(parts)


class ContactsModel(ColumnTableModel[ContactView, ContactColumn]):
    columns = ContactColumn

    def cell(self, row: ContactView, column: ContactColumn) -> str:
        if column is ContactColumn.DATE:
            return date_text(row.contacted_on)
        if column is ContactColumn.METHOD:
            return translate("ContactMethod", row.method)
        if column is ContactColumn.STATUS:
            return translate("VitalStatus", row.status)
        if column is ContactColumn.DETAILS:
            return contact_details(row)
        return row.recorded_by

    def sort_key(self, row: ContactView, column: ContactColumn) -> Any:
        return row.contacted_on.isoformat() if column is ContactColumn.DATE else \
            self.cell(row, column)

    def style(self, row: ContactView, column: ContactColumn, role: int) -> Any:
        if column is ContactColumn.STATUS and role == Qt.ItemDataRole.ForegroundRole \
                and row.status != "alive":
            return QColor(ERROR_RED)
        return None


class LesionGridModel(QAbstractTableModel):
    """Each lesion (a row) at each scan (a column, the baseline first), in mm: RECIST's
    measurements as a radiologist reads them across."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lesions: list[LesionView] = []
        self.scans: list[AssessmentView] = []

    def set_record(self, lesions: list[LesionView], scans: list[AssessmentView]) -> None:
        self.beginResetModel()
        self.lesions, self.scans = lesions, scans
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lesions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.scans)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation is not Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return QCoreApplication.translate("LesionGridModel", "Lesion (mm at each scan)")
        return date_text(self.scans[section - 1].assessed_on)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        lesion = self.lesions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return lesion_name(lesion)
            scan = self.scans[index.column() - 1]
            if not lesion.target:
                return "" if scan.baseline or scan.non_target is None else translate(
                    "NonTargetShort", NON_TARGET_SHORT[NonTarget(scan.non_target)])
            if lesion.key not in scan.diameters:
                return ""
            return mm_text(scan.diameters[lesion.key])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) \
                if lesion.target else None
        if role == Qt.ItemDataRole.ForegroundRole and not lesion.target:
            return QColor(MUTED)
        return None


def lesion_name(lesion: LesionView) -> str:
    organ = translate("Organ", lesion.organ)
    where = f"{organ}, {lesion.site}" if lesion.site else organ
    return f"{lesion.key} · {where}"
