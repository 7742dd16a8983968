"""Orders: dose decisions, chemotherapy orders and their drug lines; RAS/BRAF status.

Revision ID: 0005_orders
Revises: 0004_dose_levels
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from hai_desktop.store.models import UtcDateTime

revision = "0005_orders"
down_revision = "0004_dose_levels"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("patients") as batch:
        batch.add_column(sa.Column("ras_status", sa.String(12), nullable=False,
                                   server_default="unknown"))
        batch.add_column(sa.Column("braf_status", sa.String(12), nullable=False,
                                   server_default="unknown"))
    op.create_table(
        "dose_decisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("patient_id", sa.Integer(), sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("drug_id", sa.String(40), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("stopped", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(64), nullable=False),
        sa.Column("decided_at", UtcDateTime(), nullable=False),
        sa.Column("cycle", sa.Integer(), nullable=True),
    )
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("patient_id", sa.Integer(), sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("cycle", sa.Integer(), nullable=False),
        sa.Column("day1", sa.Date(), nullable=False),
        sa.Column("arm", sa.String(10), nullable=False),
        sa.Column("targeted_agent", sa.String(20), nullable=False),
        sa.Column("height_text", sa.String(40), nullable=False),
        sa.Column("weight_text", sa.String(40), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("height_cm", sa.Float(), nullable=False),
        sa.Column("weight_kg", sa.Float(), nullable=False),
        sa.Column("bsa_formula", sa.String(20), nullable=False),
        sa.Column("bsa_m2", sa.Float(), nullable=False),
        sa.Column("bsa_cap_m2", sa.Float(), nullable=True),
        sa.Column("creatinine_text", sa.String(40), nullable=True),
        sa.Column("crcl_ml_min", sa.Float(), nullable=True),
        sa.Column("crcl_working", sa.Text(), nullable=True),
        sa.Column("anc_text", sa.String(40), nullable=True),
        sa.Column("platelets_text", sa.String(40), nullable=True),
        sa.Column("labs_date", sa.Date(), nullable=True),
        sa.Column("notices", sa.Text(), nullable=False),
        sa.Column("hold_reasons", sa.Text(), nullable=False),
        sa.Column("hold_override", sa.Text(), nullable=True),
        sa.Column("targeted_override", sa.Text(), nullable=True),
        sa.Column("levels_confirmed", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("supersedes_id", sa.Integer(), sa.ForeignKey("orders.id"), nullable=True),
        sa.Column("content_hash", sa.String(64), nullable=True),
        sa.Column("print_count", sa.Integer(), nullable=False),
        sa.Column("rejection_reason", sa.Text(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "order_lines",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("order_id", sa.Integer(), sa.ForeignKey("orders.id"), nullable=False),
        sa.Column("drug_id", sa.String(40), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("basis", sa.String(10), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("dose_per_unit", sa.Float(), nullable=False),
        sa.Column("calculated_mg", sa.Float(), nullable=False),
        sa.Column("final_mg", sa.Float(), nullable=False),
        sa.Column("difference_percent", sa.Float(), nullable=False),
        sa.Column("route", sa.String(20), nullable=False),
        sa.Column("duration", sa.String(40), nullable=False),
        sa.Column("diluent", sa.Text(), nullable=False),
        sa.Column("reduction_reason", sa.Text(), nullable=True),
        sa.Column("stopped", sa.Boolean(), nullable=False),
        sa.Column("given_mg", sa.Float(), nullable=True),
        sa.Column("started_at", UtcDateTime(), nullable=True),
        sa.Column("ended_at", UtcDateTime(), nullable=True),
        sa.UniqueConstraint("order_id", "drug_id"),
    )


def downgrade() -> None:
    raise NotImplementedError("Schemas are never downgraded: restore a backup.")
