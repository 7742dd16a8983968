"""The SQLCipher library this program runs on, asked without opening any database file."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import msg


@dataclass(frozen=True)
class CipherLibrary:
    sqlcipher: str  # e.g. "4.19.0 community"
    sqlite: str
    crypto_provider: str  # e.g. "OpenSSL 3.6.0 1 Oct 2025"

    def describe(self) -> str:
        return f"{self.sqlcipher} (SQLite {self.sqlite}, {self.crypto_provider})"


def cipher_library() -> CipherLibrary:
    """PRAGMA cipher_version on a keyed in-memory connection: proves the native library loads
    and encrypts, and names its version for support calls."""
    try:
        import sqlcipher3
    except ImportError as exc:
        raise HaiError(msg("The SQLCipher module (sqlcipher3) cannot be loaded: {exc}.",
                           exc=exc)) from exc
    connection = sqlcipher3.connect(":memory:")
    try:
        # A random raw key: the provider pragmas answer only on a keyed connection.
        connection.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
        cipher = connection.execute("PRAGMA cipher_version").fetchone()
        sqlite = connection.execute("SELECT sqlite_version()").fetchone()
        provider = connection.execute("PRAGMA cipher_provider").fetchone()
        provider_version = connection.execute("PRAGMA cipher_provider_version").fetchone()
    finally:
        connection.close()
    if not cipher or not cipher[0]:
        # A plain SQLite build would answer nothing here: never store data with it.
        raise HaiError(msg("The sqlcipher3 module is not built with SQLCipher (PRAGMA "
                           "cipher_version returned nothing)."))
    # The provider's version names it ("OpenSSL 3.6.0 …"); the bare name only if that is absent.
    crypto = next((str(row[0]) for row in (provider_version, provider) if row and row[0]), "?")
    return CipherLibrary(str(cipher[0]), str(sqlite[0]) if sqlite else "?", crypto)
