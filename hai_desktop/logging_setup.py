"""A rotating log file for the workstation. Messages never carry patient data or secrets."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
from pathlib import Path

LOG_FILE_NAME = "hai-desktop.log"


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    existing = next((h for h in root.handlers if getattr(h, "hai_log", False)), None)
    if existing is not None:  # configured once per process: report where it really writes
        return Path(existing.baseFilename)  # type: ignore[attr-defined]
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5,
                                                   encoding="utf-8")
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
