"""Each person's keys and signed audit rows (issue #18): the public keys of every key slot
ever made, on each audit row the signature of whoever made it, and on each electronic
signature the signer's own cryptographic signature over what they signed.

Plain ADD COLUMN, not a batch copy: the audit trail's append-only triggers must stay.

Revision ID: 0013_signatures
Revises: 0012_latin_names
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

from hai_desktop.store.models import UtcDateTime

revision = "0013_signatures"
down_revision = "0012_latin_names"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "user_keys",
        sa.Column("fingerprint", sa.String(16), primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, index=True),
        sa.Column("signing_public", sa.String(64), nullable=False),
        sa.Column("agreement_public", sa.String(64), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.add_column("audit_trail", sa.Column("signed_by", sa.String(64), nullable=True))
    op.add_column("audit_trail", sa.Column("key_fingerprint", sa.String(16), nullable=True))
    op.add_column("audit_trail", sa.Column("signature", sa.Text(), nullable=True))
    op.add_column("signatures", sa.Column("key_fingerprint", sa.String(16), nullable=True))
    op.add_column("signatures", sa.Column("signature", sa.Text(), nullable=True))


    # Sealed envelopes: the arm under the allocation list's key, wrapped per person.
    op.add_column("allocation_lists", sa.Column("sealed_sha256", sa.String(64), nullable=True))
    op.add_column("envelopes", sa.Column("sealed_card", sa.Text(), nullable=True))
    op.create_table(
        "allocation_key_wraps",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("list_id", sa.Integer(), sa.ForeignKey("allocation_lists.id"),
                  nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("fingerprint", sa.String(16), nullable=False),
        sa.Column("wrap", sa.Text(), nullable=False),
        sa.UniqueConstraint("list_id", "fingerprint"),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER envelopes_sealed")
        op.execute(SEALED_SQLITE)
    else:
        op.execute(SEALED_POSTGRESQL)


# The sealed arm is as fixed as the arm.
SEALED_SQLITE = (
    "CREATE TRIGGER envelopes_sealed BEFORE UPDATE OF list_id, number, stratum, sequence, arm, "
    "sealed_card ON envelopes BEGIN SELECT RAISE(ABORT, 'an envelope''s number and arm never "
    "change'); END"
)
SEALED_POSTGRESQL = (
    "CREATE OR REPLACE FUNCTION envelopes_sealed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF NEW.list_id <> OLD.list_id OR NEW.number <> OLD.number OR NEW.stratum <> OLD.stratum "
    "OR NEW.sequence <> OLD.sequence OR NEW.arm <> OLD.arm "
    "OR NEW.sealed_card IS DISTINCT FROM OLD.sealed_card THEN "
    "RAISE EXCEPTION 'an envelope''s number and arm never change'; END IF; RETURN NEW; END $$"
)


def downgrade() -> None:
    # The triggers of 0003 again (SQLite drops no column a trigger names).
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER envelopes_sealed")
        op.execute(SEALED_SQLITE.replace(", sealed_card", ""))
    else:
        op.execute(SEALED_POSTGRESQL.replace(
            "OR NEW.sealed_card IS DISTINCT FROM OLD.sealed_card ", ""))
    op.drop_table("allocation_key_wraps")
    op.drop_column("envelopes", "sealed_card")
    op.drop_column("allocation_lists", "sealed_sha256")
    op.drop_column("signatures", "signature")
    op.drop_column("signatures", "key_fingerprint")
    op.drop_column("audit_trail", "signature")
    op.drop_column("audit_trail", "key_fingerprint")
    op.drop_column("audit_trail", "signed_by")
    op.drop_table("user_keys")
