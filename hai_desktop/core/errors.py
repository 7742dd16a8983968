"""One error family: every message is written for the person at the workstation to act on."""

from __future__ import annotations


class HaiError(Exception):
    """Base of every error the application expects and explains to the user."""

    title = "Cannot continue"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class ValidationError(HaiError):
    """A value typed by a person is not acceptable; the message says what to fix."""

    title = "Please check the entry"

    def __init__(self, message: str, *, field: str | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.field = field


class AuthenticationError(HaiError):
    title = "Sign-in failed"


class LockedOutError(AuthenticationError):
    title = "Too many wrong passwords"

    def __init__(self, message: str, *, retry_after_s: float) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class PermissionDenied(HaiError):
    title = "Not allowed for your role"


class DatabaseFileError(HaiError):
    """The database file cannot be used as it is (wrong kind, damaged, unknown version)."""

    title = "Database cannot be opened"


class DatabaseInUse(DatabaseFileError):
    """Another workstation kept the file busy for longer than the busy timeout: nothing is
    wrong with it, and the same action works once the other one has finished."""

    title = "Database in use"


class IntegrityFailure(HaiError):
    """A check of stored records (audit chain, file integrity, list hash) found a problem."""

    title = "Integrity check failed"


class NotFound(HaiError):
    title = "Not found"


class ConflictError(HaiError):
    """The action contradicts the current state of the records (e.g. already done)."""

    title = "Cannot do that now"
