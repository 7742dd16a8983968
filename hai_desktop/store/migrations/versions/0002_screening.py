"""Screening: site rules, signatures, screening records and their answers.

Revision ID: 0002_screening
Revises: 0001_foundation
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from hai_desktop.store.models import UtcDateTime

revision = "0002_screening"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "site_rules",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(200), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "signatures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("meaning", sa.String(120), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("signed_at", UtcDateTime(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("superseded", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
    )
    op.create_table(
        "screenings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("patient_id", sa.Integer(), sa.ForeignKey("patients.id"), nullable=False,
                  unique=True),
        sa.Column("checklist_version", sa.String(40), nullable=False),
        sa.Column("prior_adjuvant", sa.String(3), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("assessment_rules", sa.Text(), nullable=True),
        sa.Column("confirmed_at", UtcDateTime(), nullable=True),
        sa.Column("confirmed_by", sa.String(64), nullable=True),
        sa.Column("signature_id", sa.Integer(), sa.ForeignKey("signatures.id"), nullable=True),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "screening_answers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("screening_id", sa.Integer(), sa.ForeignKey("screenings.id"), nullable=False),
        sa.Column("criterion_id", sa.String(40), nullable=False),
        sa.Column("choice", sa.String(40), nullable=True),
        sa.Column("value", sa.String(80), nullable=True),
        sa.Column("test_date", sa.Date(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("uln", sa.String(80), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.UniqueConstraint("screening_id", "criterion_id"),
    )


def downgrade() -> None:
    raise NotImplementedError("Schemas are never downgraded: restore a backup.")
