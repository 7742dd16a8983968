"""`hai-desktop --self-test`: does this installation have every part it needs? For a new
workstation, and for CI on the built bundle (a missing resource, library or Qt plugin fails it).

Runs without a display and without touching the user's settings, data or logs: everything goes
into one private temporary folder, removed at the end. Prints one line per check as it runs and
exits 0 when all pass, 1 naming what failed.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from hai_desktop.core.i18n import msg

if TYPE_CHECKING:
    from hai_desktop.services.self_test import OrderSheet

EXIT_OK, EXIT_FAILED = 0, 1


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.name}: {self.detail} ({self.seconds:.1f} s)"


def run_check(name: str, check: Callable[[], str]) -> CheckResult:
    start = time.perf_counter()
    try:
        detail, ok = check(), True
    except Exception as exc:  # a failure is a finding to report, never a crash
        detail, ok = f"{type(exc).__name__}: {exc}", False
    return CheckResult(name, ok, detail, time.perf_counter() - start)


class SelfTest:
    """The checks in order; later ones use what earlier ones made (the order sheet)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sheet: OrderSheet | None = None

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        return [("versions", self.versions), ("protocol data", self.protocol_data),
                ("encrypted database + order sheet", self.order_sheet),
                ("order sheet PDF read back", self.read_back),
                ("Qt offscreen", self.qt_offscreen), ("Qt Hangul", self.qt_hangul),
                ("Qt plugins", self.qt_plugins),
                ("print to PDF", self.print_to_pdf)]

    def results(self) -> Iterator[CheckResult]:
        for name, check in self.checks():
            yield run_check(name, check)

    # The non-Qt checks (services) and the Qt ones (ui), imported when run: a missing
    # library is then a failed check that names it.
    def versions(self) -> str:
        from hai_desktop.services.self_test import check_versions
        return check_versions()

    def protocol_data(self) -> str:
        from hai_desktop.services.self_test import check_protocol_data
        return check_protocol_data()

    def order_sheet(self) -> str:
        from hai_desktop.services.self_test import make_order_sheet
        self.sheet = make_order_sheet(self.folder)
        return self.sheet.detail

    def _sheet(self) -> OrderSheet:
        if self.sheet is None:
            from hai_desktop.services.self_test import SelfTestError
            raise SelfTestError(msg("no order sheet was made (see above)"))
        return self.sheet

    def read_back(self) -> str:
        from hai_desktop.services.self_test import check_order_sheet
        return check_order_sheet(self._sheet())

    def qt_offscreen(self) -> str:
        from hai_desktop.ui.self_test import check_qt_offscreen
        return check_qt_offscreen()

    def qt_hangul(self) -> str:
        from hai_desktop.ui.self_test import check_qt_hangul
        return check_qt_hangul()

    def qt_plugins(self) -> str:
        from hai_desktop.ui.self_test import check_qt_plugins
        return check_qt_plugins()

    def print_to_pdf(self) -> str:
        from hai_desktop.ui.self_test import check_print_to_pdf
        return check_print_to_pdf(self._sheet().pdf, self.folder)


def run_self_test(out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        from hai_desktop.services.about import about_info
        print(about_info().text(), file=out)
    except Exception as exc:  # the versions check below names the cause
        print(f"hai-desktop: the version facts cannot be gathered ({exc})", file=out)
    print("Self-test:", file=out, flush=True)
    failed: list[str] = []
    count = 0
    folder = Path(tempfile.mkdtemp(prefix="hai-self-test-"))  # private: mode 0700
    try:
        for result in SelfTest(folder).results():
            count += 1
            print(f"  {result.line()}", file=out, flush=True)
            if not result.ok:
                failed.append(result.name)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if failed:
        print(f"SELF-TEST FAILED: {', '.join(failed)}", file=out)
        return EXIT_FAILED
    print(f"Self-test passed: {count} checks.", file=out)
    return EXIT_OK
