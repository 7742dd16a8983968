"""HAI catheter: its events, the inspections before each use, pain during HAI, gate overrides.

Revision ID: 0008_catheter
Revises: 0007_toxicity
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from hai_desktop.store.models import UtcDateTime

revision = "0008_catheter"
down_revision = "0007_toxicity"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "catheter_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("patient_id", sa.Integer(), sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("operator", sa.String(200), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("complication", sa.String(40), nullable=True),
        sa.Column("access_route", sa.String(40), nullable=True),
        sa.Column("port_location", sa.String(200), nullable=True),
        sa.Column("tip_position", sa.String(200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
    )
    op.create_index("ix_catheter_events_patient", "catheter_events",
                    ["patient_id", "occurred_on"])
    op.create_table(
        "catheter_inspections",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("patient_id", sa.Integer(), sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("inspected_on", sa.Date(), nullable=False),
        sa.Column("inspected_at", UtcDateTime(), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("needle_gauge", sa.String(10), nullable=True),
        sa.Column("last_check_on", sa.Date(), nullable=True),
        sa.Column("last_check_result", sa.Text(), nullable=True),
        sa.Column("check_due", sa.Boolean(), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("outcome_reason", sa.Text(), nullable=True),
        sa.Column("explanation", sa.Text(), nullable=True),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("inspected_by", sa.String(64), nullable=False),
        sa.Column("inspector_role", sa.String(40), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
    )
    op.create_index("ix_catheter_inspections_patient", "catheter_inspections",
                    ["patient_id", "inspected_on"])
    op.create_table(
        "hai_pain_reports",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("patient_id", sa.Integer(), sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("order_id", sa.Integer(), sa.ForeignKey("orders.id"), nullable=True),
        sa.Column("reported_at", UtcDateTime(), nullable=False),
        sa.Column("location", sa.String(40), nullable=False),
        sa.Column("infusion", sa.String(20), nullable=False),
        sa.Column("action", sa.Text(), nullable=True),
        sa.Column("reported_by", sa.String(64), nullable=False),
    )
    op.create_table(
        "hai_gate_overrides",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("order_id", sa.Integer(), sa.ForeignKey("orders.id"), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(64), nullable=False),
        sa.Column("decided_at", UtcDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("hai_gate_overrides")
    op.drop_table("hai_pain_reports")
    op.drop_index("ix_catheter_inspections_patient", "catheter_inspections")
    op.drop_table("catheter_inspections")
    op.drop_index("ix_catheter_events_patient", "catheter_events")
    op.drop_table("catheter_events")
