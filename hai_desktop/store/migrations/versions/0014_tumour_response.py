"""Tumour response, end of treatment and follow-up (issue #20): RECIST 1.1 assessments with
their lesions and measurements, the end of protocol treatment (or of HAI alone), and the
follow-up contacts after randomization.

Revision ID: 0014_tumour_response
Revises: 0013_signatures
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

from hai_desktop.store.models import UtcDateTime

revision = "0014_tumour_response"
down_revision = "0013_signatures"
branch_labels = None
depends_on = None


def _recorded() -> list[sa.Column]:  # type: ignore[type-arg]
    return [sa.Column("recorded_by", sa.String(64), nullable=False),
            sa.Column("recorded_at", UtcDateTime(), nullable=False)]


def _voided() -> list[sa.Column]:  # type: ignore[type-arg]
    return [sa.Column("voided", sa.Boolean(), nullable=False),
            sa.Column("void_reason", sa.Text(), nullable=True)]


def upgrade() -> None:
    op.create_table(
        "tumour_assessments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("patient_id", sa.Integer(), sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("baseline", sa.Boolean(), nullable=False),
        sa.Column("method", sa.String(8), nullable=False),
        sa.Column("non_target", sa.String(20), nullable=True),
        sa.Column("new_lesion", sa.Boolean(), nullable=False),
        sa.Column("new_lesion_site", sa.Text(), nullable=True),
        sa.Column("cea_text", sa.String(40), nullable=True),
        sa.Column("cea_ng_ml", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_recorded(), *_voided(),
    )
    op.create_index("ix_tumour_assessments_patient", "tumour_assessments",
                    ["patient_id", "assessed_on"])
    op.create_table(
        "lesions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("patient_id", sa.Integer(), sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("baseline_id", sa.Integer(), sa.ForeignKey("tumour_assessments.id"),
                  nullable=False),
        sa.Column("key", sa.String(5), nullable=False),
        sa.Column("organ", sa.String(40), nullable=False),
        sa.Column("target", sa.Boolean(), nullable=False),
        sa.Column("node", sa.Boolean(), nullable=False),
        sa.Column("site", sa.Text(), nullable=True),
    )
    op.create_table(
        "lesion_measurements",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("assessment_id", sa.Integer(), sa.ForeignKey("tumour_assessments.id"),
                  nullable=False),
        sa.Column("lesion_id", sa.Integer(), sa.ForeignKey("lesions.id"), nullable=False),
        sa.Column("diameter_mm", sa.Float(), nullable=True),
        sa.Column("diameter_text", sa.String(40), nullable=True),
        sa.UniqueConstraint("assessment_id", "lesion_id", name="uq_lesion_measurement"),
    )
    op.create_index("ix_lesions_baseline", "lesions", ["baseline_id"])
    op.create_index("ix_lesion_measurements_assessment", "lesion_measurements",
                    ["assessment_id"])
    op.create_table(
        "treatment_ends",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("patient_id", sa.Integer(), sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("scope", sa.String(60), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(60), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        *_recorded(),
        sa.Column("updated_by", sa.String(64), nullable=True),
        sa.Column("updated_at", UtcDateTime(), nullable=True),
        sa.UniqueConstraint("patient_id", "scope", name="uq_treatment_end_scope"),
    )
    op.create_table(
        "follow_up_contacts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("patient_id", sa.Integer(), sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("contacted_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(40), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("death_on", sa.Date(), nullable=True),
        sa.Column("death_cause", sa.String(60), nullable=True),
        sa.Column("last_alive_on", sa.Date(), nullable=True),
        sa.Column("progression_on", sa.Date(), nullable=True),
        sa.Column("progression_basis", sa.String(60), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_recorded(), *_voided(),
    )
    op.create_index("ix_follow_up_contacts_patient", "follow_up_contacts",
                    ["patient_id", "contacted_on"])


def downgrade() -> None:
    op.drop_index("ix_follow_up_contacts_patient", table_name="follow_up_contacts")
    op.drop_table("follow_up_contacts")
    op.drop_table("treatment_ends")
    op.drop_index("ix_lesion_measurements_assessment", table_name="lesion_measurements")
    op.drop_table("lesion_measurements")
    op.drop_index("ix_lesions_baseline", table_name="lesions")
    op.drop_table("lesions")
    op.drop_index("ix_tumour_assessments_patient", table_name="tumour_assessments")
    op.drop_table("tumour_assessments")
