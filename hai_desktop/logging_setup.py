"""A log file for the workstation, rotated at start-up. Messages never carry patient data or
secrets.

Rotation happens when the program starts (the file renamed to .1, .1 to .2 …) rather than by
logging.handlers while it runs: a session writes little, and importing logging.handlers (sockets,
pickling, queues) would cost the sign-in window a visible part of its start-up time.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

LOG_FILE_NAME = "hai-desktop.log"
MAX_BYTES = 2_000_000
KEEP = 5  # older files: hai-desktop.log.1 … .5


def rotate_if_large(path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> bool:
    """Move a file over `max_bytes` to .1 (and .1 to .2 …, the oldest dropped)."""
    try:
        if path.stat().st_size <= max_bytes:
            return False
    except FileNotFoundError:
        return False
    for n in range(keep - 1, 0, -1):
        older = path.with_name(f"{path.name}.{n}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
    os.replace(path, path.with_name(f"{path.name}.1"))
    return True


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    existing = next((h for h in root.handlers if getattr(h, "hai_log", False)), None)
    if existing is not None:  # configured once per process: report where it really writes
        return Path(existing.baseFilename)  # type: ignore[attr-defined]
    with contextlib.suppress(OSError):  # a log that cannot rotate still logs
        rotate_if_large(path)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.hai_log = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    # SQL echo would write record values to the log: keep SQLAlchemy's loggers quiet.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    return path
