"""Password policy (NIST SP 800-63B style: length over composition rules, no obvious choices)."""

from __future__ import annotations

from hai_desktop.core.errors import ValidationError
from hai_desktop.core.i18n import msg

_OBVIOUS = {"password", "passwort", "123456789", "1234567890", "qwertyuiop", "letmein",
            "welcome", "hai-desktop", "changeme", "iloveyou", "administrator"}


def check_new_password(password: str, *, username: str, min_length: int) -> None:
    if len(password) < min_length:
        raise ValidationError(msg("The password must have at least {min_length} characters.",
                                  min_length=min_length),
                              field="password")
    lowered = password.lower()
    if username and username.lower() in lowered:
        raise ValidationError(msg("The password must not contain the user name."), field="password")
    if lowered in _OBVIOUS or len(set(password)) < 4:
        raise ValidationError(msg("This password is too easy to guess; choose a less common one."),
                              field="password")
    if password != password.strip():
        raise ValidationError(msg("The password must not start or end with a space."),
                              field="password")
