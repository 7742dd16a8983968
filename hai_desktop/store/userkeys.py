"""Each person's own keys: X25519 to receive the database key, Ed25519 to sign what they do.

The private keys are sealed with AES-256-GCM under the person's argon2id password key and kept in
their key slot; the public keys are in the slot and in the database (`user_keys`). The database
key is wrapped to each active person's X25519 public key (ephemeral-static ECDH, HKDF-SHA256,
AES-256-GCM), so an administrator can give a changed database key to everybody without knowing
anybody's password — which is what makes a deactivation or a reset revoke the old key.

`cryptography` is imported where used: the sign-in window starts without it.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from hai_desktop.settings import KdfParameters

PRIVATE_BYTES = 32
_WRAP_INFO = b"hai-desktop database key wrap v2"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def fingerprint(public: bytes) -> str:
    """A short name for a public key, as the audit trail and `verify` show it."""
    return hashlib.sha256(public).hexdigest()[:16]


def derive_password_key(secret: str, salt: bytes, kdf: KdfParameters) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret.encode("utf-8"), salt, time_cost=kdf.time_cost, memory_cost=kdf.memory_kib,
        parallelism=kdf.parallelism, hash_len=32, type=Type.ID,
    )


@dataclass(frozen=True)
class UserKeys:
    """One person's private keys, in memory only for the length of a sign-in."""

    agreement: bytes  # X25519 private key
    signing: bytes  # Ed25519 private key

    def __repr__(self) -> str:
        # Never the private keys: a log line, a debugger or a test failure would print them.
        return f"UserKeys(signing key {fingerprint(self.signing_public)})"

    @classmethod
    def new(cls) -> UserKeys:
        return cls(secrets.token_bytes(PRIVATE_BYTES), secrets.token_bytes(PRIVATE_BYTES))

    @property
    def agreement_public(self) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        return _raw_public(X25519PrivateKey.from_private_bytes(self.agreement).public_key())

    @property
    def signing_public(self) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return _raw_public(Ed25519PrivateKey.from_private_bytes(self.signing).public_key())

    def sign(self, data: bytes) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(self.signing).sign(data)

    def seal(self, password_key: bytes, aad: bytes) -> dict[str, str]:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = secrets.token_bytes(12)
        sealed = AESGCM(password_key).encrypt(nonce, self.agreement + self.signing, aad)
        return {"nonce": b64(nonce), "ciphertext": b64(sealed)}

    @classmethod
    def unseal(cls, sealed: dict[str, Any], password_key: bytes, aad: bytes) -> UserKeys:
        """The private keys; cryptography's InvalidTag when the password is wrong."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        plain = AESGCM(password_key).decrypt(unb64(sealed["nonce"]),
                                             unb64(sealed["ciphertext"]), aad)
        return cls(plain[:PRIVATE_BYTES], plain[PRIVATE_BYTES:])

    def unwrap(self, wrap: dict[str, Any], aad: bytes) -> bytes:
        """The database key wrapped to this person's X25519 public key (InvalidTag if not)."""
        from cryptography.hazmat.primitives.asymmetric.x25519 import (
            X25519PrivateKey,
            X25519PublicKey,
        )
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        ephemeral = X25519PublicKey.from_public_bytes(unb64(wrap["ephemeral"]))
        shared = X25519PrivateKey.from_private_bytes(self.agreement).exchange(ephemeral)
        key = _wrap_key(shared, unb64(wrap["ephemeral"]), self.agreement_public)
        return AESGCM(key).decrypt(unb64(wrap["nonce"]), unb64(wrap["ciphertext"]), aad)


def wrap_to(agreement_public: bytes, db_key: bytes, aad: bytes) -> dict[str, str]:
    """`db_key` for whoever holds the private key of `agreement_public`, nobody else."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(agreement_public))
    key = _wrap_key(shared, ephemeral_public, agreement_public)
    nonce = secrets.token_bytes(12)
    return {"ephemeral": b64(ephemeral_public), "nonce": b64(nonce),
            "ciphertext": b64(AESGCM(key).encrypt(nonce, db_key, aad))}


def signature_holds(signing_public: bytes, data: bytes, signature: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(signing_public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def _wrap_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    # Both public keys in the derivation bind the wrap to this exchange (as in HPKE).
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + recipient_public,
                info=_WRAP_INFO).derive(shared)


def _raw_public(public_key: Any) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return bytes(public_key.public_bytes(Encoding.Raw, PublicFormat.Raw))
