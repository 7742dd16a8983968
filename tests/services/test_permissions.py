"""The one permission table: complete, and what the roles may do is what the trial needs."""

from __future__ import annotations

import re

import pytest

from hai_desktop.core.errors import PermissionDenied
from hai_desktop.services.permissions import PERMISSIONS, Action, allowed, require
from hai_desktop.store.models import Role


def test_every_action_has_a_row() -> None:
    assert set(PERMISSIONS) == set(Action)


def test_monitor_changes_nothing_but_their_own_password() -> None:
    # Printing reads records (and is audited); it changes none.
    writes = set(Action) - {Action.VIEW_RECORDS, Action.VIEW_AUDIT_TRAIL,
                            Action.VERIFY_INTEGRITY, Action.CHANGE_OWN_PASSWORD,
                            Action.PRINT_REPORTS, Action.VIEW_TRIAL_REPORT}
    assert not [a for a in writes if allowed(Role.MONITOR, a)]


@pytest.mark.parametrize("role", list(Role))
def test_user_management_is_admin_only(role: Role) -> None:
    assert allowed(role, Action.MANAGE_USERS) is (role is Role.ADMIN)
    if role is not Role.ADMIN:
        with pytest.raises(PermissionDenied, match=re.escape(role.label)):
            require(role, Action.MANAGE_USERS)


@pytest.mark.parametrize("action", [Action.EDIT_SCREENING, Action.CONFIRM_ELIGIBILITY,
                                    Action.REGISTER_PATIENT])
def test_screening_is_for_coordinators_and_investigators(action: Action) -> None:
    assert {r for r in Role if allowed(r, action)} == {Role.COORDINATOR, Role.INVESTIGATOR}
