"""Randomization: allocation lists, sealed envelopes, incidents, the patient's allocation time.

Revision ID: 0003_randomization
Revises: 0002_screening
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from hai_desktop.store.models import UtcDateTime

revision = "0003_randomization"
down_revision = "0002_screening"
branch_labels = None
depends_on = None

# An envelope's identity and allocation are fixed once the list arrives.
SEALED_SQLITE = (
    "CREATE TRIGGER envelopes_sealed BEFORE UPDATE OF list_id, number, stratum, sequence, arm "
    "ON envelopes BEGIN SELECT RAISE(ABORT, 'an envelope''s number and arm never change'); END"
)
SEALED_POSTGRESQL = [
    "CREATE FUNCTION envelopes_sealed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF NEW.list_id <> OLD.list_id OR NEW.number <> OLD.number OR NEW.stratum <> OLD.stratum "
    "OR NEW.sequence <> OLD.sequence OR NEW.arm <> OLD.arm THEN "
    "RAISE EXCEPTION 'an envelope''s number and arm never change'; END IF; RETURN NEW; END $$",
    "CREATE TRIGGER envelopes_sealed BEFORE UPDATE ON envelopes FOR EACH ROW "
    "EXECUTE FUNCTION envelopes_sealed()",
]


def upgrade() -> None:
    with op.batch_alter_table("patients") as batch:
        batch.add_column(sa.Column("randomized_at", UtcDateTime(), nullable=True))
    op.create_table(
        "allocation_lists",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("origin", sa.String(20), nullable=False),
        sa.Column("training", sa.Boolean(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("generator", sa.String(40), nullable=True),
        sa.Column("seed", sa.String(64), nullable=True),
        sa.Column("block_sizes", sa.String(40), nullable=True),
        sa.Column("envelopes_per_stratum", sa.Integer(), nullable=True),
        sa.Column("source_note", sa.Text(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "envelopes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("list_id", sa.Integer(), sa.ForeignKey("allocation_lists.id"),
                  nullable=False),
        sa.Column("number", sa.String(12), nullable=False),
        sa.Column("stratum", sa.String(4), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("arm", sa.String(10), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("patient_id", sa.Integer(), sa.ForeignKey("patients.id"), nullable=True),
        sa.Column("used_at", UtcDateTime(), nullable=True),
        sa.Column("used_by", sa.String(64), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.UniqueConstraint("list_id", "number"),
    )
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("patient_id", sa.Integer(), sa.ForeignKey("patients.id"), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("reported_by", sa.String(64), nullable=False),
        sa.Column("reported_at", UtcDateTime(), nullable=False),
        sa.Column("resolved_at", UtcDateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(64), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in SEALED_POSTGRESQL:
            op.execute(statement)
    else:
        op.execute(SEALED_SQLITE)


def downgrade() -> None:
    raise NotImplementedError("Schemas are never downgraded: restore a backup.")
