"""Table models without a window: columns, lazy paging, change descriptions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from hai_desktop.services.audit_trail import AuditRow, audit_page
from hai_desktop.services.patients import list_patients
from hai_desktop.services.users import list_users
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.models.audit import AuditColumn, AuditTableModel, describe_changes
from hai_desktop.ui.models.patients import SORT_ROLE, PatientColumn, PatientsTableModel
from hai_desktop.ui.models.users import UserColumn, UsersTableModel


def fake_row(seq: int, old: str | None = None, new: str | None = None) -> AuditRow:
    return AuditRow(seq, "2026-01-02T03:04:05.678+00:00", "admin", "update", "patients",
                    str(seq), old, new, None, "0" * 64)


def test_audit_model_fetches_pages_lazily() -> None:
    rows = [fake_row(seq) for seq in range(450, 0, -1)]
    calls: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[AuditRow]:
        calls.append((offset, limit))
        return rows[offset:offset + limit]

    model = AuditTableModel(fetch, page_size=200)
    root = QModelIndex()
    assert model.rowCount() == 0 and model.canFetchMore(root)
    model.fetchMore(root)
    assert model.rowCount() == 200
    model.fetchMore(root)
    model.fetchMore(root)
    assert model.rowCount() == 450 and not model.canFetchMore(root)
    assert calls == [(0, 200), (200, 200), (400, 200)]
    assert model.index(0, AuditColumn.SEQ).data() == "450"
    assert model.index(0, AuditColumn.TIME).data() == "2026-01-02 03:04:05"
    model.reload()
    assert model.rowCount() == 200 and calls[-1] == (0, 200)


def test_audit_model_over_the_real_trail(admin_ws: Workspace) -> None:
    model = AuditTableModel(lambda offset, limit: audit_page(admin_ws, offset=offset,
                                                             limit=limit), page_size=5)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    seqs = [model.row_at(r).seq for r in range(model.rowCount())]
    assert seqs == sorted(seqs, reverse=True) and seqs[-1] == 1
    assert model.headerData(AuditColumn.CHANGES, Qt.Orientation.Horizontal) == "Changes"


def test_changes_are_described_for_people() -> None:
    update = fake_row(1, '{"status": "eligible"}', '{"status": "randomized"}')
    assert describe_changes(update) == "status: eligible → randomized"
    created = fake_row(2, None, '{"b": 2, "a": "x"}')
    assert describe_changes(created) == "a=x; b=2"
    assert describe_changes(fake_row(3)) == ""


def test_patients_model_columns_and_sorting(admin_ws: Workspace) -> None:
    model = PatientsTableModel()
    model.set_patients(list_patients(admin_ws))
    assert model.columnCount() == len(PatientColumn) == 8
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in PatientColumn]
    assert headings == ["Study ID", "Screening no.", "Initials", "Sex", "Date of birth",
                        "Status", "Arm", "Cycle"]
    first = model.patient_at(0)
    assert model.index(0, PatientColumn.SCREENING_NUMBER).data() == first.screening_number
    assert model.index(0, PatientColumn.STUDY_ID).data() == "—"  # not yet randomized
    assert isinstance(model.index(0, PatientColumn.CYCLE).data(SORT_ROLE), int)


def test_users_model(admin_ws: Workspace) -> None:
    model = UsersTableModel()
    model.set_users(list_users(admin_ws))
    assert model.rowCount() == 8
    row = model.usernames().index("monitor")
    assert model.index(row, UserColumn.ROLE).data() == "Monitor (read-only)"
    assert model.index(row, UserColumn.STATE).data() == "Active"
