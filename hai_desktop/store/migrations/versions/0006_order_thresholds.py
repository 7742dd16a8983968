"""Orders keep the pre-cycle thresholds (site rules) they were checked against.

Revision ID: 0006_order_thresholds
Revises: 0005_orders
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_order_thresholds"
down_revision = "0005_orders"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.add_column(sa.Column("anc_min", sa.Float(), nullable=True))
        batch.add_column(sa.Column("platelets_min", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.drop_column("platelets_min")
        batch.drop_column("anc_min")
