"""Sign-in failures counted in the database, for the shared server (no key file there).

Revision ID: 0010_server_sign_in
Revises: 0009_resection_outcomes
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from hai_desktop.store.models import UtcDateTime

revision = "0010_server_sign_in"
down_revision = "0009_resection_outcomes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sign_in_failures",
        sa.Column("username", sa.String(64), primary_key=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("last_at", UtcDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sign_in_failures")
