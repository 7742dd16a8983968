"""Foundation benchmarks, each measured side by side in one run (figures, not pass/fail).

1. Cold start to the sign-in window drawn, against a bare PySide6 window started the same way
   (fresh interpreter each time, offscreen platform, time until the first paint event).
2. Unlock: argon2id key derivation + SQLCipher open + migration check, with the parameters.
3. Audited writes on the encrypted file against the same writes on a plain SQLite file, and
   (when the PostgreSQL test server of .ci/postgres.sh is running) on the shared server.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The child prints the wall-clock time of the first paint of its top-level window.
_FIRST_PAINT = """
import sys, time
from PySide6.QtCore import QEvent, QObject
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is WINDOW:
            print(f"painted {time.time():.6f}", flush=True)
            APP.quit()
        return False
"""

BARE_WINDOW = _FIRST_PAINT + """
from PySide6.QtWidgets import QApplication, QWidget
APP = QApplication(sys.argv[:1])
WINDOW = QWidget(); WINDOW.resize(620, 560)
WINDOW.installEventFilter(FirstPaint(APP)); WINDOW.show()
APP.exec()
"""

# The real entry point, `hai-desktop --db FILE gui`: argument parsing, settings, the log file,
# the crash handler, the styled sign-in window. Only its first paint is reported back.
SIGN_IN_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication
import hai_desktop.ui.sign_in as sign_in
_paint = sign_in.SignInWindow.paintEvent
def paint(self, event):
    _paint(self, event)
    print(f"painted {time.time():.6f}", flush=True)
    QApplication.instance().quit()
sign_in.SignInWindow.paintEvent = paint
from hai_desktop.cli import main
main(["--db", sys.argv[1], "gui"])
"""


@dataclass
class Row:
    name: str
    value: str
    ratio: str = ""


def time_to_first_paint(script: str, *args: str, **env_extra: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env_extra)
    started = time.time()
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=120, check=True)
    line = next(x for x in result.stdout.splitlines() if x.startswith("painted "))
    return float(line.split()[1]) - started


def compile_package() -> None:
    """Byte-compile hai_desktop as an installation would: this environment may set
    PYTHONDONTWRITEBYTECODE, which would otherwise make every start compile from source."""
    import compileall

    import hai_desktop

    compileall.compile_dir(Path(hai_desktop.__file__).parent, quiet=1)


def bench_start(db_path: Path, repeats: int) -> list[Row]:
    compile_package()
    bare, app = [], []
    for _ in range(repeats):  # interleaved, so drift affects both alike
        bare.append(time_to_first_paint(BARE_WINDOW))
        app.append(time_to_first_paint(  # logs and settings in the benchmark's folder
            SIGN_IN_WINDOW, str(db_path), HAI_DESKTOP_DATA_DIR=str(db_path.parent),
            HAI_DESKTOP_CONFIG=str(db_path.parent / "no-settings.toml")))
    bare_ms, app_ms = statistics.median(bare) * 1000, statistics.median(app) * 1000
    return [Row("bare PySide6 window, cold start to first paint", f"{bare_ms:.0f} ms"),
            Row("sign-in window, cold start to first paint", f"{app_ms:.0f} ms",
                f"{app_ms / bare_ms:.2f}× bare (target ≤ 1.5×)")]


def bench_unlock(folder: Path, repeats: int) -> list[Row]:
    """On a site database with the production key-slot settings (the demo's are lighter)."""
    from hai_desktop.services.workspace import create_database, unlock_database
    from hai_desktop.settings import Settings

    settings = Settings(data_dir=folder, log_dir=folder / "logs")
    db_path = folder / "site" / "hai.db"
    create_database(db_path, admin_username="chief", admin_full_name="Chief",
                    admin_password="bench-password-1", settings=settings)[0].sign_out()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        _slots, db, _user = unlock_database(db_path, "chief", "bench-password-1", settings)
        times.append(time.perf_counter() - started)
        db.close()
    kdf = settings.kdf
    params = f"argon2id t={kdf.time_cost}, m={kdf.memory_kib // 1024} MiB, p={kdf.parallelism}"
    return [Row(f"unlock ({params}) + open + migration check",
                f"{statistics.median(times) * 1000:.0f} ms")]


def bench_writes(folder: Path, rows: int) -> list[Row]:
    """The same audited unit-of-work loop on SQLCipher and on plain SQLite (same schema)."""
    from sqlalchemy import create_engine, event

    from hai_desktop.store import migrations
    from hai_desktop.store.database import Database, OpenOptions, build_engine
    from hai_desktop.store.keyslots import new_database_key
    from hai_desktop.store.models import Patient
    from hai_desktop.store.server import build_server_engine

    def plain_database(path: Path) -> Database:
        engine = create_engine(f"sqlite:///{path}")

        @event.listens_for(engine, "connect")
        def _pragmas(conn: sqlite3.Connection, _record: object) -> None:
            conn.isolation_level = None
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")

        @event.listens_for(engine, "begin")
        def _begin(conn: object) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]

        with engine.begin() as conn:
            migrations.upgrade(conn)
        return Database(path, b"", engine)

    def run(db: Database) -> float:
        started = time.perf_counter()
        for i in range(rows):
            with db.session(actor="bench", reason="benchmark") as session:
                session.add(Patient(screening_number=f"B-{i:05d}", family_name="Bench",
                                    given_name="Mark", initials="MB",
                                    hospital_record_number=f"BR-{i:07d}", sex="F",
                                    date_of_birth=__import__("datetime").date(1960, 1, 1),
                                    status="screening"))
        return time.perf_counter() - started

    encrypted = Database(folder / "enc.db", key := new_database_key(),
                         build_engine(folder / "enc.db", key, OpenOptions()))
    with encrypted.engine.begin() as conn:
        migrations.upgrade(conn)
    plain = plain_database(folder / "plain.db")
    t_plain, t_enc = run(plain), run(encrypted)
    plain.close()
    encrypted.close()
    figures = [Row(f"{rows} audited patient inserts, plain SQLite (synchronous=FULL)",
                   f"{rows / t_plain:.0f} rows/s"),
               Row(f"{rows} audited patient inserts, SQLCipher", f"{rows / t_enc:.0f} rows/s",
                   f"{t_plain / t_enc:.2f}× plain speed (target ≥ 0.7)")]
    from tests.server import drop_database, new_database, server_available

    if server_available():
        address = new_database(prefix="hai_bench")
        try:
            server = Database(None, b"", build_server_engine(address), server=address)
            with server.engine.begin() as conn:
                migrations.upgrade(conn)
            t_server = run(server)
            server.close()
        finally:
            drop_database(address)
        figures.append(Row(f"{rows} audited patient inserts, PostgreSQL server (TLS, loopback)",
                           f"{rows / t_server:.0f} rows/s",
                           f"{t_plain / t_server:.2f}× plain speed"))
    return figures


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, " \
           f"{platform.system()} {platform.release()}"


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    from hai_desktop.services.demo import build_demo_database
    from hai_desktop.settings import Settings

    with tempfile.TemporaryDirectory(prefix="hai-bench-") as tmp:
        folder = Path(tmp)
        db_path = folder / "hai-demo.db"
        build_demo_database(db_path, Settings(data_dir=folder, log_dir=folder / "logs")
                            ).sign_out()
        rows = bench_start(db_path, 1 if quick else 15)
        rows += bench_unlock(folder, 1 if quick else 7)
        from tests.benchmarks.bench_background import bench_background
        rows += bench_background(1 if quick else 5, db_path)
        rows += bench_writes(folder, 20 if quick else 500)
        from tests.benchmarks.bench_randomization import bench_randomization
        rows += bench_randomization(db_path, 1 if quick else 5)
        from tests.benchmarks.bench_orders import bench_orders
        rows += bench_orders(db_path, 1 if quick else 15)
        from tests.benchmarks.bench_volume import bench_memory, bench_volume
        rows += bench_volume(quick, 1 if quick else 5)
        rows += bench_memory(db_path)
    width = max(len(r.name) for r in rows)
    print(f"hai-desktop benchmarks — {machine()}")
    for r in rows:
        print(f"  {r.name:<{width}}  {r.value:>12}  {r.ratio}")
    return 0
