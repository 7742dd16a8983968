"""The printable toxicity summary of one patient, gathered through the toxicity and lab services
(so the same permission checks and the same voided-record rules apply) and audited as a print,
like the screening log."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from hai_desktop.core.arms import Arm
from hai_desktop.core.clock import day_text
from hai_desktop.core.errors import NotFound
from hai_desktop.core.i18n import (
    msg,
    printed,
    printed_label,
    printing_in,
    printing_language,
)
from hai_desktop.core.regimens import DrugSpec, protocol_regimens
from hai_desktop.services import labs, toxicity
from hai_desktop.services.patients import get_patient
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.store import audit
from hai_desktop.store.models import AdverseEvent, ToxicityDecision

if TYPE_CHECKING:
    from hai_desktop.reports.toxicity_summary import (
        DecisionLine,
        EventLine,
        ToxicitySummaryData,
    )


def _drug_label(drug_id: str, drugs: Mapping[str, DrugSpec]) -> str:
    # A drug no longer in the regimen (e.g. the targeted agent was switched) still has a name.
    spec = drugs.get(drug_id)
    if spec is None:
        try:
            spec = protocol_regimens().drug(drug_id)
        except KeyError:
            return drug_id
    return spec.label


def attribution_text(attributions: Mapping[str, str], drugs: Mapping[str, DrugSpec]) -> str:
    """Only the drugs not judged unrelated are named: six "unrelated" per line would bury the
    one that matters. In the language being printed (the attributions are stored values)."""
    order = {drug_id: n for n, drug_id in enumerate(drugs)}
    named = sorted((d for d, a in attributions.items() if a != "unrelated"),
                   key=lambda d: (order.get(d, len(order)), d))
    if not named:
        return printed("ToxicitySummary", "unrelated to all drugs")
    text = "; ".join(f"{_drug_label(d, drugs)}: {printed_label('Attribution', attributions[d])}"
                     for d in named)
    if len(named) < len(attributions):
        text = printed("ToxicitySummary", "{attributions}; others unrelated").format(
            attributions=text)
    return text


def _event_line(event: AdverseEvent, drugs: Mapping[str, DrugSpec]) -> EventLine:
    from hai_desktop.reports.toxicity_summary import EventLine

    return EventLine(
        onset=event.onset, resolved=event.resolved, cycle=event.cycle, term=event.term,
        specify=event.specify or "", grade=event.grade, computed_grade=event.computed_grade,
        grade_reason=event.grade_reason or "", serious=event.serious,
        serious_criterion=printed_label("SeriousCriterion", event.serious_criterion or ""),
        action=event.action, outcome=printed_label("AdverseEventOutcome", event.outcome),
        attributions=attribution_text(toxicity.attributions_of(event), drugs))


def _decision_line(decision: ToxicityDecision, events: Mapping[int, AdverseEvent],
                   drugs: Mapping[str, DrugSpec]) -> DecisionLine:
    from hai_desktop.reports.toxicity_summary import DecisionLine

    event = events.get(decision.adverse_event_id)
    if event is None:
        about = printed("ToxicitySummary", "adverse event #{number}").format(
            number=decision.adverse_event_id)
    else:
        onset = day_text(event.onset, printing_language())
        about = (printed("ToxicitySummary", "grade {grade} {term}, cycle {cycle}, onset {onset}")
                 .format(grade=event.grade, term=event.term, cycle=event.cycle, onset=onset)
                 if event.cycle else
                 printed("ToxicitySummary", "grade {grade} {term}, onset {onset}")
                 .format(grade=event.grade, term=event.term, onset=onset))
        if event.voided:
            about = printed("ToxicitySummary", "{event} (event since voided)").format(
                event=about)
    return DecisionLine(drug=_drug_label(decision.drug_id, drugs),
                        decision=printed_label("DoseDecision", decision.decision),
                        reason=decision.reason, decided_by=decision.decided_by,
                        decided_at=decision.decided_at, event=about)


def summary_data(ws: Workspace, patient_id: int, *, today: date | None = None
                 ) -> ToxicitySummaryData:
    """Everything the summary prints, as plain values."""
    # reportlab is loaded when something is printed, not when the application starts.
    from hai_desktop import __version__
    from hai_desktop.reports.common import now_utc
    from hai_desktop.reports.toxicity_summary import ChartPoint, GradeRow, ToxicitySummaryData

    ws.require(Action.VIEW_RECORDS)
    patient = get_patient(ws, patient_id)
    if patient is None:
        raise NotFound(msg("That patient is not in the registry."))
    # Also refuses a patient who is not randomized: there is no toxicity to summarise.
    drugs = {d.id: d for d in toxicity.regimen_drugs(ws, patient_id)}
    events = sorted(toxicity.events_for_patient(ws, patient_id),
                    key=lambda e: (e.onset, e.id))  # on paper, oldest first
    cycles, history = toxicity.history_rows(events)
    every_event = {e.id: e for e in toxicity.events_for_patient(ws, patient_id,
                                                               include_voided=True)}
    liver = {name: tuple(ChartPoint(p.taken_on, p.uln_multiple) for p in points)
             for name, points in labs.liver_series(ws, patient_id).items()}
    arm = Arm(patient.arm) if patient.arm else None
    seq, head = ws.db.audit_head()
    return ToxicitySummaryData(
        study_id=patient.study_id, screening_number=patient.screening_number,
        initials=patient.initials, name=patient.name,
        date_of_birth=patient.date_of_birth,
        arm=(f"{printed_label('Arm', arm.short)}: {printed_label('Arm', arm.label)}" if arm
             else "—"),
        printed_at=now_utc(), zone=ws.zone, printed_by=ws.user.full_name, version=__version__,
        training=ws.is_training, audit_anchor=f"audit #{seq} · {head[:8]}",
        cycles=tuple(cycles),
        history=tuple(GradeRow(r.term, dict(r.worst)) for r in history),
        events=tuple(_event_line(e, drugs) for e in events),
        liver=liver,
        gcsf_reasons=tuple(toxicity.gcsf_advice(ws, patient_id, today=today)),
        decisions=tuple(_decision_line(d, every_event, drugs)
                        for d in toxicity.decisions_for_patient(ws, patient_id)))


def toxicity_summary(ws: Workspace, patient_id: int, *, today: date | None = None) -> bytes:
    """The patient's toxicity summary as PDF; each print is audited (as the screening log)."""
    ws.require(Action.PRINT_REPORTS)
    from hai_desktop.reports.toxicity_summary import toxicity_summary_pdf

    language = ws.settings.document_language
    with printing_in(language):  # the texts the data carries are the document's too
        data = summary_data(ws, patient_id, today=today)
    pdf = toxicity_summary_pdf(data, language=language)
    with ws.session(reason="toxicity summary printed") as session:
        audit.record_event(session, "print", "toxicity_summary", str(patient_id),
                           {"events": len(data.events), "cycles": len(data.cycles)})
    return pdf
