"""Patients' names in Latin letters beside the name as written (Hangul at a Korean site):
initials come from this form, and staff who do not read Hangul match the patient by it.

Existing rows are not rewritten: a name already in Latin letters is its own Latin form
(core.names.latin_form), and a Hangul name's form is asked for when the record is corrected.

Revision ID: 0012_latin_names
Revises: 0011_order_at_the_chair
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_latin_names"
down_revision = "0011_order_at_the_chair"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("patients") as batch:
        batch.add_column(sa.Column("latin_family_name", sa.String(100), nullable=True))
        batch.add_column(sa.Column("latin_given_name", sa.String(100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("patients") as batch:
        batch.drop_column("latin_given_name")
        batch.drop_column("latin_family_name")
