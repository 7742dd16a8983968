"""The order at the chair: allergies, premedication, the two nurses' double check, how each
line is given and what was given, HAI competency, neuropathy before oxaliplatin.

Columns added to existing tables start empty (NULL): the audit replay in `verify` reads a column
missing from a record's history as NULL. The free-text `patients.allergies` of earlier versions
becomes allergy records, each with its audit row (records must replay from the trail).

Revision ID: 0011_order_at_the_chair
Revises: 0010_server_sign_in
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from hai_desktop.store import audit
from hai_desktop.store.models import UtcDateTime, utc_now

revision = "0011_order_at_the_chair"
down_revision = "0010_server_sign_in"
branch_labels = None
depends_on = None

LEGACY_SOURCE = "medical record"
LEGACY_NOTE = "free-text allergy entry of an earlier version, moved into an allergy record"


def upgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.add_column(sa.Column("neuropathy_grade", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("neuropathy_assessed_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("supportive_confirmed", sa.Boolean(), nullable=True))
    with op.batch_alter_table("incidents") as batch:
        batch.add_column(sa.Column("order_id", sa.Integer(), sa.ForeignKey(
            "orders.id", name="fk_incidents_order_id"), nullable=True))
    with op.batch_alter_table("order_lines") as batch:
        batch.add_column(sa.Column("day", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("volume_ml", sa.Float(), nullable=True))
        batch.add_column(sa.Column("rate_ml_h", sa.Float(), nullable=True))
        batch.add_column(sa.Column("minutes_low", sa.Float(), nullable=True))
        batch.add_column(sa.Column("minutes_high", sa.Float(), nullable=True))
        batch.add_column(sa.Column("pump", sa.String(120), nullable=True))
        batch.add_column(sa.Column("given_reason", sa.Text(), nullable=True))
        batch.add_column(sa.Column("duration_reason", sa.Text(), nullable=True))
        batch.add_column(sa.Column("ended_by", sa.String(64), nullable=True))
    op.create_table(
        "order_supportive",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("order_id", sa.Integer(), sa.ForeignKey("orders.id"), nullable=False),
        sa.Column("item_id", sa.String(40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(20), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("dose", sa.String(80), nullable=False),
        sa.Column("route", sa.String(40), nullable=False),
        sa.Column("timing", sa.Text(), nullable=False),
        sa.Column("as_needed", sa.Boolean(), nullable=False),
        sa.Column("omitted", sa.Boolean(), nullable=False),
        sa.Column("change_reason", sa.Text(), nullable=True),
        sa.UniqueConstraint("order_id", "item_id"),
    )
    op.create_table(
        "supportive_care_rules",
        sa.Column("item_id", sa.String(40), primary_key=True),
        sa.Column("dose", sa.String(80), nullable=False),
        sa.Column("route", sa.String(40), nullable=False),
        sa.Column("timing", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "double_checks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("order_id", sa.Integer(), sa.ForeignKey("orders.id"), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("checked_at", UtcDateTime(), nullable=False),
        sa.Column("order_code", sa.String(40), nullable=False),
        sa.Column("record_number", sa.String(40), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("signature_id", sa.Integer(), sa.ForeignKey("signatures.id"), nullable=False),
    )
    op.create_index("ix_double_checks_order", "double_checks", ["order_id"])
    op.create_table(
        "allergies",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("patient_id", sa.Integer(), sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("category", sa.String(30), nullable=False),
        sa.Column("allergen", sa.String(200), nullable=False),
        sa.Column("reaction", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(20), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=True),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=True),
        sa.Column("updated_at", UtcDateTime(), nullable=True),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
    )
    op.create_index("ix_allergies_patient", "allergies", ["patient_id"])
    op.create_table(
        "allergy_statements",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("patient_id", sa.Integer(), sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("asked_by", sa.String(200), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
    )
    op.create_table(
        "hai_competencies",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("trained_on", sa.Date(), nullable=False),
        sa.Column("trainer", sa.String(200), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
    )
    _move_legacy_allergies()


def _move_legacy_allergies() -> None:
    """Each patient's free-text allergies become one allergy record, audited like any other."""
    conn = op.get_bind()
    allergies = sa.Table("allergies", sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True),
                         *(sa.Column(c) for c in (
                             "patient_id", "category", "allergen", "reaction", "severity",
                             "source", "noted_on", "recorded_by", "recorded_at", "updated_by",
                             "updated_at", "voided", "void_reason")))
    rows = conn.execute(sa.text("SELECT id, allergies FROM patients WHERE allergies IS NOT NULL "
                                "AND trim(allergies) <> '' ORDER BY id")).all()
    for patient_id, text in rows:
        values = {"patient_id": patient_id, "category": "other", "allergen": text.strip()[:200],
                  "reaction": "", "severity": "unknown", "source": LEGACY_SOURCE,
                  "noted_on": None, "recorded_by": "system", "recorded_at": utc_now(),
                  "updated_by": None, "updated_at": None, "voided": False, "void_reason": None}
        stored = {**values, "recorded_at": values["recorded_at"].replace(tzinfo=None)}
        inserted = conn.execute(allergies.insert().values(**stored)).inserted_primary_key
        assert inserted is not None  # one row, one key
        new_id = inserted[0]
        audit.append(conn, username="system", action="create", entity="allergies",
                     entity_id=str(new_id), new_values={"id": new_id, **values},
                     reason=LEGACY_NOTE)


def downgrade() -> None:
    op.drop_table("hai_competencies")
    op.drop_table("allergy_statements")
    op.drop_index("ix_allergies_patient", "allergies")
    op.drop_table("allergies")
    op.drop_index("ix_double_checks_order", "double_checks")
    op.drop_table("double_checks")
    op.drop_table("supportive_care_rules")
    op.drop_table("order_supportive")
    with op.batch_alter_table("order_lines") as batch:
        for column in ("ended_by", "duration_reason", "given_reason", "pump", "minutes_high",
                       "minutes_low", "rate_ml_h", "volume_ml", "day"):
            batch.drop_column(column)
    with op.batch_alter_table("incidents") as batch:
        batch.drop_column("order_id")
    with op.batch_alter_table("orders") as batch:
        for column in ("supportive_confirmed", "neuropathy_assessed_on", "neuropathy_grade"):
            batch.drop_column(column)
