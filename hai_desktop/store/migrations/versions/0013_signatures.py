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


def downgrade() -> None:
    op.drop_column("signatures", "signature")
    op.drop_column("signatures", "key_fingerprint")
    op.drop_column("audit_trail", "signature")
    op.drop_column("audit_trail", "key_fingerprint")
    op.drop_column("audit_trail", "signed_by")
    op.drop_table("user_keys")
