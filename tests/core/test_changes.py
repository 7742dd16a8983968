"""Live refresh's unit: what a commit changed, and whom it touches."""

from __future__ import annotations

from hai_desktop.core.changes import Change, foreign_change


def test_a_change_touches_its_patients_and_any_view_of_no_one_patient() -> None:
    change = Change(frozenset({"orders"}), frozenset({3}))
    assert change.touches(3) and change.touches(None)
    assert not change.touches(4)
    assert Change(frozenset({"site_rules"}), unscoped=True).touches(4)


def test_merged_changes_keep_every_table_patient_and_flag() -> None:
    first = Change(frozenset({"orders"}), frozenset({3}), audit_seqs=frozenset({10}))
    second = Change(frozenset({"allergies"}), frozenset({5}), foreign=True)
    both = first.merged(second)
    assert both.tables == {"orders", "allergies"} and both.patient_ids == {3, 5}
    assert both.foreign and not both.unscoped and both.audit_seqs == {10}


def test_rows_written_elsewhere_touch_everyone_unless_they_are_about_sessions() -> None:
    assert foreign_change([("session", "sign_in"), ("session", "lock")]) is None
    change = foreign_change([("session", "sign_in"), ("catheter_inspections", "create")])
    assert change is not None and change.foreign and change.touches(99)
    assert change.tables == {"catheter_inspections"}


def test_events_written_elsewhere_are_not_changes() -> None:
    """A print, an export, a backup or a mistyped password elsewhere reloads nothing here;
    the order's new status that comes with a print is a record write of its own."""
    events = [("toxicity_summary", "print"), ("database", "verify"),
              ("user", "password_failed"), ("trial_data", "export")]
    assert foreign_change(events) is None
    change = foreign_change([*events, ("orders", "update")])
    assert change is not None and change.tables == {"orders"}
