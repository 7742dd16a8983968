"""Ten years of data on screen, and memory after a demo session.

5. On the generated ten-year database (see volume.py): the time from asking for a screen to
   the first paint of its table, for the patient list, the toxicity history of the patient with
   the most events, and the audit trail (paged: the view asks for rows as it scrolls); and the
   investigator's Today worklist, which builds every randomized patient's course (schedule,
   response, survival) on the worker at each refresh.
6. Resident memory of a process that ran a demo session: the demo built, every screen shown
   for several roles, an order sheet and a toxicity summary rendered.
Each runs in a fresh interpreter so that neither inherits the other's caches or memory.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.benchmarks.bench_foundation import ROOT, Row

FIRST_PAINT = r'''
import atexit, shutil, statistics, sys, time, tempfile
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from hai_desktop.settings import Settings
from hai_desktop.ui.style import apply_style
from tests.benchmarks.volume import FAST_KDF, INVESTIGATOR, Volume, generate

quick = sys.argv[1] == "quick"
repeats = int(sys.argv[2])
app = QApplication([])
apply_style(app)
folder = Path(tempfile.mkdtemp(prefix="hai-volume-"))
atexit.register(shutil.rmtree, folder, True)  # the generated databases go with the run
settings = Settings(data_dir=folder, log_dir=folder / "logs", kdf=FAST_KDF,
                    backup_schedule="off")
counts = generate(folder / "ten-years.db", settings, Volume.quick() if quick else Volume())
print("volume", ", ".join(f"{n:,} {k}" for k, n in counts.items()), flush=True)

from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import sign_in
from hai_desktop.ui.main_window import MainWindow

ws = sign_in(folder / "ten-years.db", *INVESTIGATOR, settings)

from hai_desktop.services.today import today_items
worklist = []
for _ in range(max(repeats, 3)):
    started = time.perf_counter()
    items = today_items(ws)
    worklist.append((time.perf_counter() - started) * 1000)
randomized = sum(1 for p in list_patients(ws) if p.study_id)
print(f"today {statistics.median(worklist):.0f} {len(items)} {randomized}", flush=True)

main = MainWindow(ws)
main.resize(1280, 860)
main.show()
app.processEvents()


class Painted(QObject):
    """The first paint of a screen's table once its own rows are there. Watched from the
    application, since a screen is built when first shown (its build is part of the wait)."""

    at: float | None = None

    def __init__(self, key, table):
        super().__init__()
        self.key, self.table = key, table

    def watched(self, obj) -> bool:
        built = [s for s in main.screens.built() if s is main.screens._screens.get(self.key)]
        return bool(built) and obj is getattr(built[0], self.table).viewport()

    def loaded(self) -> bool:
        # The patient list and the audit trail reload on the workspace's worker: the paint
        # that counts is the first one after the screen's own rows have come back (Today
        # may still be asking meanwhile).
        loading = getattr(main.screens[self.key], "loading", None)
        return loading is None or loading.done

    def eventFilter(self, obj, event):
        if (event.type() == QEvent.Type.Paint and self.at is None and self.watched(obj)
                and self.loaded()):
            self.at = time.perf_counter()
        return False


def first_paint(key, table, go) -> float:
    watch = Painted(key, table)
    app.installEventFilter(watch)
    started = time.perf_counter()
    go()
    while watch.at is None:
        app.processEvents()
    app.removeEventFilter(watch)
    return (watch.at - started) * 1000


busiest = max(list_patients(ws), key=lambda p: p.id)
screens = main.screens
results = {"patients": [], "toxicity": [], "audit": []}
for _ in range(repeats):
    main.show_screen("administration"); app.processEvents()
    results["patients"].append(first_paint("patients", "table",
                                           lambda: main.show_screen("patients")))
    main.show_screen("administration"); app.processEvents()
    main.set_current_patient(None)

    def toxicity():
        main.set_current_patient(busiest)
        main.show_screen("toxicity")

    results["toxicity"].append(first_paint("toxicity", "events_table", toxicity))
    main.show_screen("administration"); app.processEvents()
    results["audit"].append(first_paint("audit", "table", lambda: main.show_screen("audit")))
events = screens["toxicity"].events_model.rowCount()
audit_loaded = screens["audit"].model.rowCount()
for name, times in results.items():
    print(f"paint {name} {statistics.median(times):.1f}", flush=True)
print(f"rows toxicity {events} audit {audit_loaded}", flush=True)
main.close()
ws.sign_out()

# A deactivation or a reset gives the database a new key: every page re-encrypted (issue #18).
from tests.benchmarks.volume import ADMIN
admin = sign_in(folder / "ten-years.db", *ADMIN, settings)
size = (folder / "ten-years.db").stat().st_size
started = time.perf_counter()
admin.change_database_key("benchmark")
print(f"rekey {(time.perf_counter() - started) * 1000:.0f} {size / 1e6:.0f}", flush=True)
admin.sign_out()
'''

MEMORY = r'''
import atexit, resource, shutil, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings
from hai_desktop.ui.main_window import MainWindow, SCREENS
from hai_desktop.ui.style import apply_style
from tests.benchmarks.demo import demo_database

app = QApplication([])
apply_style(app)
folder = Path(tempfile.mkdtemp(prefix="hai-memory-"))
atexit.register(shutil.rmtree, folder, True)  # the generated databases go with the run
settings = Settings(data_dir=folder, log_dir=folder / "logs")
path = demo_database(folder, settings, sys.argv[1] if len(sys.argv) > 1 else None)
passwords = {a.username: a.password for a in DEMO_ACCOUNTS}
for username in ("coordinator", "investigator", "nurse", "pharmacist", "admin"):
    ws = sign_in(path, username, passwords[username], settings)
    main = MainWindow(ws)
    main.resize(1280, 860)
    main.show()
    for patient in list_patients(ws):
        main.set_current_patient(patient)
        for screen in SCREENS:
            main.show_screen(screen.key)
            app.processEvents()
    if username == "investigator":
        from hai_desktop.services import orders, toxicity_report
        patient = list_patients(ws, "S-0006")[0]
        order = orders.orders_for_patient(ws, patient.id)[-1]
        orders.order_preview_pdf(ws, order.id)
        toxicity_report.toxicity_summary(ws, patient.id)
    main.close()
    main.deleteLater()  # as the application does at sign-out
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
with open("/proc/self/status") as status:
    rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"rss {rss / 1024:.0f} peak {peak / 1024:.0f}", flush=True)
'''


BARE_MEMORY = r'''
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget(); window.resize(1280, 860); window.show(); app.processEvents()
with open("/proc/self/status") as status:
    rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
print(f"rss {rss / 1024:.0f} peak 0", flush=True)
'''


def _run(script: str, *args: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=900, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{result.stderr[-3000:]}")
    return result.stdout.splitlines()


def bench_volume(quick: bool, repeats: int) -> list[Row]:
    lines = _run(FIRST_PAINT, "quick" if quick else "full", str(repeats))
    volume = next(x for x in lines if x.startswith("volume ")).removeprefix("volume ")
    paints = {x.split()[1]: float(x.split()[2]) for x in lines if x.startswith("paint ")}
    rows = next(x for x in lines if x.startswith("rows ")).split()
    names = {"patients": f"patient list ({volume.split(',')[0]})",
             "toxicity": f"toxicity history of one patient ({rows[2]} events)",
             "audit": f"audit trail (first {rows[4]} rows loaded of the whole chain)"}
    rekey_ms, size_mb = next(x for x in lines if x.startswith("rekey ")).split()[1:]
    today_ms, items, randomized = next(x for x in lines if x.startswith("today ")).split()[1:]
    out = [Row("ten-year volume generated", "", volume),
           Row(f"new database key (deactivation, reset): rekey of the {size_mb} MB file",
               f"{float(rekey_ms):.0f} ms", "every page re-encrypted, WAL checkpointed")]
    for key, label in names.items():
        out.append(Row(f"first paint: {label}", f"{paints[key]:.0f} ms", "target < 200 ms"))
    out.append(Row(f"Today for the investigator: {items} items, every course of {randomized} "
                   "randomized patients", f"{float(today_ms):.0f} ms",
                   "on the worker (the list shows when it is back)"))
    return out


def _rss(script: str, *args: str) -> tuple[float, float]:
    line = next(x for x in _run(script, *args) if x.startswith("rss "))
    return float(line.split()[1]), float(line.split()[3])


def bench_memory(demo: Path | None = None) -> list[Row]:
    """`demo`: a TRAINING demo database to copy instead of building one."""
    bare, _ = _rss(BARE_MEMORY)
    rss, peak = _rss(MEMORY, *([str(demo)] if demo else []))
    return [Row("resident memory, bare PySide6 window", f"{bare:.0f} MB"),
            Row("resident memory after a demo session (5 roles, every screen, 2 PDFs)",
                f"{rss:.0f} MB", f"peak {peak:.0f} MB, {rss / bare:.1f}× bare (target < 300 MB)")]


def main_rows(quick: bool) -> list[Row]:
    return bench_volume(quick, 1 if quick else 5) + bench_memory()


if __name__ == "__main__":  # this part alone: python -m tests.benchmarks.bench_volume [--quick]
    for row in main_rows("--quick" in sys.argv):
        print(f"  {row.name:<70}  {row.value:>12}  {row.ratio}")
