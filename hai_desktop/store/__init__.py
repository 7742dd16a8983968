"""Persistence: encrypted engine, key slots, models, audit trail, migrations. No Qt here."""
