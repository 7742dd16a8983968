"""One error family: every message is written for the person at the workstation to act on.

Messages and hints are `msg(...)` (core.i18n) and titles are marked for translation: the
interface shows them in its language (ui.run_service), the CLI and the log in English."""

from __future__ import annotations

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP


class HaiError(Exception):
    """Base of every error the application expects and explains to the user."""

    title = QT_TRANSLATE_NOOP("HaiError", "Cannot continue")

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class ValidationError(HaiError):
    """A value typed by a person is not acceptable; the message says what to fix."""

    title = QT_TRANSLATE_NOOP("HaiError", "Please check the entry")

    def __init__(self, message: str, *, field: str | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.field = field


class AuthenticationError(HaiError):
    title = QT_TRANSLATE_NOOP("HaiError", "Sign-in failed")


class LockedOutError(AuthenticationError):
    title = QT_TRANSLATE_NOOP("HaiError", "Too many wrong passwords")

    def __init__(self, message: str, *, retry_after_s: float) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class PermissionDenied(HaiError):
    title = QT_TRANSLATE_NOOP("HaiError", "Not allowed for your role")


class DatabaseFileError(HaiError):
    """The database file cannot be used as it is (wrong kind, damaged, unknown version)."""

    title = QT_TRANSLATE_NOOP("HaiError", "Database cannot be opened")


class DatabaseInUse(DatabaseFileError):
    """Another workstation kept the file busy for longer than the busy timeout: nothing is
    wrong with it, and the same action works once the other one has finished."""

    title = QT_TRANSLATE_NOOP("HaiError", "Database in use")


class IntegrityFailure(HaiError):
    """A check of stored records (audit chain, file integrity, list hash) found a problem."""

    title = QT_TRANSLATE_NOOP("HaiError", "Integrity check failed")


class NotFound(HaiError):
    title = QT_TRANSLATE_NOOP("HaiError", "Not found")


class ConflictError(HaiError):
    """The action contradicts the current state of the records (e.g. already done)."""

    title = QT_TRANSLATE_NOOP("HaiError", "Cannot do that now")
