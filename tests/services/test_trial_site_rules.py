"""The site rules of tumour response and the schedule of assessments ship with the fallbacks of
recist.toml and schedule.toml, are bounded, and change only with a reason, audited."""

from __future__ import annotations

import pytest

from hai_desktop.core.errors import PermissionDenied, ValidationError
from hai_desktop.core.recist import protocol_recist
from hai_desktop.core.schedule import protocol_schedule
from hai_desktop.services import site_rules as sr
from hai_desktop.services.audit_trail import audit_page
from tests.services.conftest import People


def test_the_three_rules_ship_with_the_data_files_fallbacks() -> None:
    specs, recist, schedule = sr.site_rule_specs(), protocol_recist(), protocol_schedule()
    assert int(specs[sr.SD_MIN_DAYS].default) == recist.stable_disease_min_days
    assert int(specs[sr.ASSESSMENT_WINDOW].default) == schedule.assessment_window_days
    assert int(specs[sr.FOLLOW_UP_WINDOW].default) == schedule.follow_up_window_days
    for key in (sr.SD_MIN_DAYS, sr.ASSESSMENT_WINDOW, sr.FOLLOW_UP_WINDOW):
        assert specs[key].kind == "integer" and specs[key].source.startswith("Site rule")
        assert specs[key].label_ko
    with pytest.raises(ValidationError, match="28–112"):
        specs[sr.SD_MIN_DAYS].check("14")


def test_an_investigator_changes_a_window_with_a_reason_and_it_is_audited(
        people: People) -> None:
    investigator = people["investigator"]
    assert sr.site_rule_in_force(investigator, sr.ASSESSMENT_WINDOW) == "7"
    sr.set_site_rule(investigator, sr.ASSESSMENT_WINDOW, "10",
                     "TRAINING: CT slots are booked up to 10 days late")
    assert sr.site_rule_in_force(investigator, sr.ASSESSMENT_WINDOW) == "10"
    rows = [r for r in audit_page(people["admin"], limit=20) if r.entity == "site_rules"]
    assert any("CT slots" in (r.reason or "") for r in rows)
    with pytest.raises(PermissionDenied):
        sr.set_site_rule(people["nurse"], sr.FOLLOW_UP_WINDOW, "45", "no")
