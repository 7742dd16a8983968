"""How long the GUI thread stops answering while a slow operation runs (figures, not pass/fail).

A timer ticks every 5 ms on the GUI thread; the longest gap between two ticks is the longest
time the window could not repaint or take a key. Measured for sign-in (argon2id with the
parameters new databases get) called on the GUI thread as before, and through the sign-in
window, which now unlocks on its worker (ui/background.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.benchmarks.bench_foundation import ROOT, Row

STALL = r'''
import atexit, shutil, statistics, sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from hai_desktop.services.workspace import sign_in_configured
from hai_desktop.settings import Settings
from hai_desktop.ui.sign_in import SignInWindow
from tests.benchmarks.demo import demo_database

repeats = int(sys.argv[1])
app = QApplication([])
folder = Path(tempfile.mkdtemp(prefix="hai-stall-"))
atexit.register(shutil.rmtree, folder, True)  # the generated databases go with the run
settings = Settings(data_dir=folder, log_dir=folder / "logs", backup_schedule="off")
db = demo_database(folder, settings, sys.argv[2] if len(sys.argv) > 2 else None)
ticks = []
timer = QTimer(interval=5)
timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
timer.start()


def longest_gap(run, done) -> tuple[float, float]:
    ticks.clear()
    for _ in range(10):  # the timer is ticking before the operation starts
        app.processEvents(); time.sleep(0.005)
    started = time.perf_counter()
    run()
    while not done():
        app.processEvents()
        time.sleep(0.001)
    ended = time.perf_counter()
    for _ in range(10):
        app.processEvents(); time.sleep(0.005)
    inside = [started] + [t for t in ticks if started <= t <= ended] + [ended]
    gaps = [b - a for a, b in zip(inside, inside[1:])]
    return max(gaps) * 1000, (ended - started) * 1000


before, after, total = [], [], []
for _ in range(repeats):
    result = []
    gap, _ = longest_gap(lambda: result.append(sign_in_configured(
        settings, "nurse", "navy-training", db)), lambda: bool(result))
    result[0].sign_out()
    before.append(gap)
    window = SignInWindow(settings, db)
    window.show()
    window.signed_in.connect(lambda ws: ws.sign_out())
    def submit():
        window.username.setText("nurse"); window.password.setText("navy-training")
        window.submit()
    gap, took = longest_gap(submit, lambda: not window.busy)
    after.append(gap)
    total.append(took)
    window.close(); window.deleteLater()
print(f"stall before {statistics.median(before):.1f}", flush=True)
print(f"stall after {statistics.median(after):.1f} {statistics.median(total):.1f}", flush=True)
'''


def bench_background(repeats: int, demo: Path | None = None) -> list[Row]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", STALL, str(repeats),
                             *([str(demo)] if demo else [])], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=600, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{result.stderr[-3000:]}")
    lines = result.stdout.splitlines()
    before = float(next(x for x in lines if x.startswith("stall before ")).split()[2])
    after, took = (float(v) for v in
                   next(x for x in lines if x.startswith("stall after ")).split()[2:4])
    return [Row("sign-in on the GUI thread (as before): longest GUI stall", f"{before:.0f} ms",
                "window frozen throughout"),
            Row("sign-in on the background worker: longest GUI stall", f"{after:.0f} ms",
                f"sign-in itself {took:.0f} ms; timer of 5 ms")]
