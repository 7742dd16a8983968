"""Dose levels: the site's dose-level table, edited and signed off by an investigator.

Revision ID: 0004_dose_levels
Revises: 0003_randomization
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from hai_desktop.store.models import UtcDateTime

revision = "0004_dose_levels"
down_revision = "0003_randomization"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dose_level_rules",
        sa.Column("drug_id", sa.String(40), primary_key=True),
        sa.Column("levels", sa.String(80), nullable=False),
        sa.Column("rounding_increment_mg", sa.Float(), nullable=False),
        sa.Column("max_deviation_percent", sa.Float(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("Schemas are never downgraded: restore a backup.")
