"""The trial report from the records of a generated trial on a new encrypted TRAINING file: 24
patients randomized through the real envelopes over two years, with scans (PR, SD, PD), deaths,
patients alive at their last contact, resections. Every figure is checked against an independent
computation here, from what was entered: lifelines for Kaplan-Meier medians, the log-rank test
and the Cox hazard ratio, scipy for the exact CIs. The PDF is read back and rendered."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pandas as pd
import pdfplumber
import pypdfium2
import pytest
from lifelines import CoxPHFitter, KaplanMeierFitter
from lifelines.statistics import logrank_test
from scipy.stats import binomtest

from hai_desktop.core.arms import Arm
from hai_desktop.core.follow_up import ContactMethod, DeathCause, VitalStatus
from hai_desktop.core.tumour_assessment import LesionEntry, Organ
from hai_desktop.services import (
    follow_up,
    outcomes,
    randomization,
    screening,
    trial_report,
    tumour_response,
    users,
)
from hai_desktop.services.demo_orders import demo_randomization_day
from hai_desktop.services.demo_screening import eligible_answers
from hai_desktop.services.workspace import Workspace, create_database
from hai_desktop.store.models import Role
from hai_desktop.views import Deviation, TrialReport
from tests.conftest import make_settings
from tests.helpers import first_sign_in
from tests.services.conftest import People

SHOTS = Path("/tmp/ui-shots")
TODAY = date.today()
MONTH = 365.25 / 12
SIZES = {"PR": "20", "SD": "38", "PD": "60"}  # baseline 40 mm: -50 %, -5 %, +50 %


@dataclass
class Patient:
    """What the test entered for one patient, and so what the report must say."""

    id: int
    arm: Arm
    randomized_on: date
    scans: list[tuple[date, str]]
    died_on: date | None
    last_contact: date
    resected: bool

    def os(self) -> tuple[float, bool]:
        if self.died_on is not None:
            return (self.died_on - self.randomized_on).days / MONTH, True
        last = max([self.last_contact, *(day for day, _r in self.scans)])
        return (last - self.randomized_on).days / MONTH, False

    def progressed_on(self) -> date | None:
        """RECIST 1.1 on the one target: 20 % and 5 mm over the smallest sum so far (a scan
        labelled SD after a PR is a progression by the nadir rule)."""
        nadir = 40.0
        for day, response in self.scans:
            size = float(SIZES[response])
            if size >= nadir * 1.2 and size - nadir >= 5:
                return day
            nadir = min(nadir, size)
        return None

    def pfs(self) -> tuple[float, bool]:
        events = [day for day in (self.progressed_on(),) if day is not None]
        if self.died_on is not None:
            events.append(self.died_on)
        if events:
            return (min(events) - self.randomized_on).days / MONTH, True
        last = max((day for day, _r in self.scans), default=self.randomized_on)
        return (last - self.randomized_on).days / MONTH, False

    def responded(self) -> bool:
        return any(response == "PR" for _day, response in self.scans)


@dataclass
class Trial:
    coordinator: Workspace
    investigator: Workspace
    patients: list[Patient]


def _staff(folder: Path) -> tuple[Workspace, Workspace]:
    settings = make_settings(folder)
    path = folder / "trial.db"
    admin, _code = create_database(path, admin_username="admin", admin_full_name="Admin",
                                   admin_password="first-secret-1", settings=settings,
                                   training=True)
    for username, role in (("coord", Role.COORDINATOR), ("inv", Role.INVESTIGATOR)):
        users.add_user(admin, username=username, full_name=f"Dr {username}", role=role,
                       temporary_password="amber-temporary-1")
    randomization.generate_list(admin, 30, seed="0" * 32)
    admin.sign_out()
    return (first_sign_in(path, "coord", "amber-temporary-1", "harbour-secret-42", settings),
            first_sign_in(path, "inv", "amber-temporary-1", "meadow-secret-42", settings))


def _enrol(coordinator: Workspace, number: int, day: date) -> tuple[int, Arm]:
    patient = screening.register_candidate(coordinator, screening.Registration(
        family_name="김", given_name="지원", latin_family_name="Kim", latin_given_name="Ji-won",
        hospital_record_number=f"TR-66{number:05d}", sex="F" if number % 2 else "M",
        date_of_birth=date(1960, 1, 1), consent_date=TODAY))
    screening.save_screening(coordinator, patient.id, eligible_answers(TODAY), "no")
    screening.confirm_screening(coordinator, patient.id, "harbour-secret-42")
    offer = randomization.next_envelope(coordinator, patient.id)
    card = randomization.peek_card_for_training(coordinator, offer.number)
    result = randomization.randomize(coordinator, patient.id, envelope_number=offer.number,
                                     arm_on_card=card, password="harbour-secret-42",
                                     at=datetime.combine(day, time(3, 0), tzinfo=UTC))
    return patient.id, result.arm


def _course(trial: Trial, number: int, rng: random.Random) -> Patient:
    randomized_on = TODAY - timedelta(days=720 - 28 * number)
    patient_id, arm = _enrol(trial.coordinator, number, randomized_on)
    followed = (TODAY - randomized_on).days
    last = rng.randint(min(60, followed - 1), followed - 1)
    died = rng.random() < 0.45
    scans: list[tuple[date, str]] = []
    day = 56
    while day <= last - 5:
        response = rng.choice(("PR", "SD", "SD", "PD"))
        scans.append((randomized_on + timedelta(days=day), response))
        if response == "PD":
            break
        day += 56
    resected = rng.random() < (0.45 if arm is Arm.HAI else 0.2)
    patient = Patient(patient_id, arm, randomized_on, scans,
                      randomized_on + timedelta(days=last - 1) if died else None,
                      randomized_on + timedelta(days=last), resected)
    _record(trial, patient)
    return patient


def _record(trial: Trial, patient: Patient) -> None:
    coordinator = trial.coordinator
    tumour_response.record_baseline(coordinator, tumour_response.BaselineInput(
        patient.id, patient.randomized_on - timedelta(days=3), "CT",
        [LesionEntry(Organ.LIVER, True, False, "VII", "40")]))
    for day, response in patient.scans:
        tumour_response.record_assessment(coordinator, tumour_response.AssessmentInput(
            patient.id, day, "CT", {"T1": SIZES[response]}, None, False))
    if patient.died_on is not None:
        follow_up.record_contact(coordinator, follow_up.ContactInput(
            patient.id, patient.last_contact, ContactMethod.RECORDS, VitalStatus.DEAD,
            death_on=patient.died_on, death_cause=DeathCause.DISEASE))
    else:
        follow_up.record_contact(coordinator, follow_up.ContactInput(
            patient.id, patient.last_contact, ContactMethod.TELEPHONE, VitalStatus.ALIVE))
    outcomes.record_outcome(trial.investigator, outcomes.OutcomeInput(
        patient.id, "yes" if patient.resected else "no",
        patient.randomized_on + timedelta(days=60) if patient.resected else None,
        "R0" if patient.resected else None))


@pytest.fixture(scope="module")
def trial(tmp_path_factory: pytest.TempPathFactory) -> Trial:
    coordinator, investigator = _staff(tmp_path_factory.mktemp("trial"))
    made = Trial(coordinator, investigator, [])
    rng = random.Random(20)
    made.patients = [_course(made, number, rng) for number in range(24)]
    return made


def _observations(patients: list[Patient], arm: Arm, endpoint: str) -> tuple[list[float],
                                                                            list[bool]]:
    pairs = [p.os() if endpoint == "OS" else p.pfs() for p in patients if p.arm is arm]
    return [t for t, _e in pairs], [e for _t, e in pairs]


def _report(trial: Trial) -> TrialReport:
    return trial_report.trial_report(trial.investigator)


def test_both_arms_have_patients_events_and_censoring(trial: Trial) -> None:
    """The generated trial is a fair test: each arm has deaths, progressions and censoring."""
    for arm in Arm:
        mine = [p for p in trial.patients if p.arm is arm]
        assert len(mine) >= 8
        for endpoint in ("OS", "PFS"):
            _times, events = _observations(trial.patients, arm, endpoint)
            assert 0 < sum(events) < len(events), (arm, endpoint)


def test_conversion_and_response_with_exact_cis_match_scipy(trial: Trial) -> None:
    report = _report(trial)
    for arm in Arm:
        mine = [p for p in trial.patients if p.arm is arm]
        assert report.randomized[arm] == len(mine)
        for rate, count in ((report.conversion[arm], sum(p.resected for p in mine)),
                            (report.response_rate[arm], sum(p.responded() for p in mine))):
            ci = binomtest(count, len(mine)).proportion_ci(confidence_level=0.95,
                                                           method="exact")
            assert (rate.count, rate.total) == (count, len(mine))
            assert rate.lower == pytest.approx(ci.low, abs=1e-6)
            assert rate.upper == pytest.approx(ci.high, abs=1e-6)


@pytest.mark.parametrize("endpoint", ["OS", "PFS"])
def test_survival_matches_lifelines(trial: Trial, endpoint: str) -> None:
    report = _report(trial)
    comparison = report.os if endpoint == "OS" else report.pfs
    hai_t, hai_e = _observations(trial.patients, Arm.HAI, endpoint)
    con_t, con_e = _observations(trial.patients, Arm.CONTROL, endpoint)
    for arm, (times, events) in ((Arm.HAI, (hai_t, hai_e)), (Arm.CONTROL, (con_t, con_e))):
        got = sorted((round(o.time, 9), o.event) for o in comparison.observations[arm])
        assert got == sorted((round(t, 9), e) for t, e in zip(times, events, strict=True))
        fitter = KaplanMeierFitter().fit(times, events)
        median = fitter.median_survival_time_
        expected = None if median == float("inf") else median
        assert comparison.medians[arm] == pytest.approx(expected)
    test = logrank_test(hai_t, con_t, hai_e, con_e)
    assert comparison.log_rank is not None
    assert comparison.log_rank.statistic == pytest.approx(test.test_statistic, rel=1e-6)
    assert comparison.log_rank.p_value == pytest.approx(test.p_value, rel=1e-6)
    frame = pd.DataFrame({"time": hai_t + con_t, "event": hai_e + con_e,
                          "hai": [1] * len(hai_t) + [0] * len(con_t)})
    cox = CoxPHFitter().fit(frame, duration_col="time", event_col="event")
    hr = comparison.hazard_ratio
    assert hr is not None
    assert hr.ratio == pytest.approx(float(cox.hazard_ratios_["hai"]), rel=1e-4)
    low, high = cox.confidence_intervals_.loc["hai"]
    assert hr.lower == pytest.approx(math.exp(low), rel=1e-4)
    assert hr.upper == pytest.approx(math.exp(high), rel=1e-4)


def test_the_flow_counts_every_patient_by_intention_to_treat(trial: Trial) -> None:
    flow = _report(trial).flow
    assert flow.screened == flow.randomized == 24 and flow.excluded == () and flow.awaiting == 0
    for arm_flow, arm in zip(flow.arms, (Arm.HAI, Arm.CONTROL), strict=True):
        mine = sum(p.arm is arm for p in trial.patients)
        assert (arm_flow.allocated, arm_flow.analysed) == (mine, mine)
        assert arm_flow.received == 0 and arm_flow.not_received == (("not treated yet", mine),)


def test_the_pdf_reads_back_the_figures_and_is_looked_at(trial: Trial, tmp_path: Path) -> None:
    report = _report(trial)
    pdf = trial_report.trial_report_pdf(trial.investigator)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        pages = [page.filter(lambda obj: obj.get("size", 0) < 20).extract_text() or ""
                 for page in document.pages]
    text = "\n".join(pages)
    for arm in Arm:
        mine = [p for p in trial.patients if p.arm is arm]
        resected = sum(p.resected for p in mine)
        ci = binomtest(resected, len(mine)).proportion_ci(method="exact")
        assert (f"{resected}/{len(mine)} · {100 * resected / len(mine):.1f} % "
                f"({100 * ci.low:.1f}–{100 * ci.high:.1f})") in text
    hai_t, hai_e = _observations(trial.patients, Arm.HAI, "OS")
    con_t, con_e = _observations(trial.patients, Arm.CONTROL, "OS")
    test = logrank_test(hai_t, con_t, hai_e, con_e)
    assert f"Log-rank χ² {test.test_statistic:.2f}" in text
    assert "Data cut-off" in pages[0] and "24 of 108 participants randomized" in pages[0]
    assert "Assessed for eligibility" in text and "Number at risk" in text
    # Pseudonymised: no names, no hospital record numbers, no dates of birth.
    assert "Kim" not in text and "김" not in text and "TR-66" not in text
    assert "1960" not in text
    assert report.patients[0].study_id in {f"HAI-{n:03d}" for n in range(1, 30)}
    SHOTS.mkdir(parents=True, exist_ok=True)
    document = pypdfium2.PdfDocument(pdf)
    for index in range(len(document)):
        image = document[index].render(scale=1.1).to_pil()
        image.save(SHOTS / f"trial-report-page{index + 1}.png")
        image.save(tmp_path / f"page{index + 1}.png")
    document.close()


def test_the_demo_deviation_is_listed_for_the_monitor(people: People) -> None:
    """HAI-003's week-8 scan was brought forward nine days, two outside the 7-day window."""
    monitor = people["monitor"]
    randomized = demo_randomization_day("S-0006", TODAY)
    report = trial_report.trial_report(monitor)
    assert report.deviations == [Deviation("HAI-003", "Tumour assessment", 1,
                                           randomized + timedelta(weeks=8),
                                           randomized + timedelta(days=47), 2)]
    seq = people.audit_head_seq()
    shown = trial_report.trial_report_pdf(monitor, saved=False)
    saved = trial_report.trial_report_pdf(monitor)
    assert [(action, entity) for action, entity, _id, _new in people.audit_rows_after(seq)] == [
        ("view", "trial_report"), ("print", "trial_report")]
    assert shown.startswith(b"%PDF")
    with pdfplumber.open(io.BytesIO(saved)) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    done = randomized + timedelta(days=47)
    assert f"HAI-003 Tumour assessment 1 {randomized + timedelta(weeks=8):%d %b %Y} " \
           f"{done:%d %b %Y} 2" in text
