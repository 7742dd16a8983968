"""The primary endpoint: each randomized patient's liver resection outcome.

Revision ID: 0009_resection_outcomes
Revises: 0008_catheter
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from hai_desktop.store.models import UtcDateTime

revision = "0009_resection_outcomes"
down_revision = "0008_catheter"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "resection_outcomes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("patient_id", sa.Integer(), sa.ForeignKey("patients.id"), nullable=False,
                  unique=True),
        sa.Column("liver_resection", sa.String(10), nullable=False),
        sa.Column("surgery_date", sa.Date(), nullable=True),
        sa.Column("margin", sa.String(2), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=True),
        sa.Column("updated_at", UtcDateTime(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("resection_outcomes")
