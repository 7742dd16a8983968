"""Toxicity: lab results graded with CTCAE v4.03, adverse events, and the dose decisions that
answer grade 3+ events.

Revision ID: 0007_toxicity
Revises: 0006_order_thresholds
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from hai_desktop.store.models import UtcDateTime

revision = "0007_toxicity"
down_revision = "0006_order_thresholds"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "lab_results",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("patient_id", sa.Integer(), sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("term", sa.String(120), nullable=False),
        sa.Column("value_text", sa.String(40), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(20), nullable=False),
        sa.Column("uln_text", sa.String(40), nullable=True),
        sa.Column("lln_text", sa.String(40), nullable=True),
        sa.Column("uln_multiple", sa.Float(), nullable=True),
        sa.Column("grade", sa.Integer(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("cycle", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
    )
    op.create_index("ix_lab_results_patient", "lab_results", ["patient_id", "taken_on"])
    op.create_table(
        "adverse_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("patient_id", sa.Integer(), sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("cycle", sa.Integer(), nullable=True),
        sa.Column("term", sa.String(120), nullable=False),
        sa.Column("meddra_code", sa.String(12), nullable=False),
        sa.Column("specify", sa.Text(), nullable=True),
        sa.Column("grade", sa.Integer(), nullable=False),
        sa.Column("computed_grade", sa.Integer(), nullable=True),
        sa.Column("grade_reason", sa.Text(), nullable=True),
        sa.Column("lab_result_id", sa.Integer(), sa.ForeignKey("lab_results.id"),
                  nullable=True),
        sa.Column("onset", sa.Date(), nullable=False),
        sa.Column("resolved", sa.Date(), nullable=True),
        sa.Column("serious", sa.Boolean(), nullable=False),
        sa.Column("serious_criterion", sa.String(60), nullable=True),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("outcome", sa.String(30), nullable=False),
        sa.Column("attributions", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=True),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
    )
    op.create_index("ix_adverse_events_patient", "adverse_events", ["patient_id", "cycle"])
    op.create_table(
        "toxicity_decisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("adverse_event_id", sa.Integer(), sa.ForeignKey("adverse_events.id"),
                  nullable=False),
        sa.Column("drug_id", sa.String(40), nullable=False),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("order_id", sa.Integer(), sa.ForeignKey("orders.id"), nullable=True),
        sa.Column("decided_by", sa.String(64), nullable=False),
        sa.Column("decided_at", UtcDateTime(), nullable=False),
        sa.UniqueConstraint("adverse_event_id", "drug_id", "order_id"),
    )


def downgrade() -> None:
    op.drop_table("toxicity_decisions")
    op.drop_index("ix_adverse_events_patient", "adverse_events")
    op.drop_table("adverse_events")
    op.drop_index("ix_lab_results_patient", "lab_results")
    op.drop_table("lab_results")
