"""hai-desktop --self-test, in-process and as a program: it passes on a complete installation,
leaves nothing behind, and fails naming the part that is missing."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hai_desktop.build_info import BUILD_INFO_NAME, write_build_info
from hai_desktop.paths import ENV_RESOURCES, resources_dir
from hai_desktop.self_test import EXIT_FAILED, EXIT_OK, run_self_test
from hai_desktop.services.self_test import SelfTestError, check_versions

CHECKS = ("versions", "protocol data", "encrypted database + order sheet",
          "order sheet PDF read back", "Qt offscreen", "Qt Hangul", "Qt plugins", "print to PDF")


def test_in_process_every_check_passes_and_the_folder_is_removed(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):  # as in CI: xcb need only be present
        monkeypatch.delenv(name, raising=False)
    out = io.StringIO()
    assert run_self_test(out) == EXIT_OK, out.getvalue()
    report = out.getvalue()
    for name in CHECKS:
        assert f"ok    {name}: " in report
    assert "FAIL" not in report and "Self-test passed: 8 checks." in report
    assert "HAI-ORDER-000001" in report and "790 CTCAE terms" in report
    assert "the Hangul name read back, DejaVu and NanumGothic embedded" in report
    assert "'시험자가' drawn in " in report and "NanumGothic" in report
    assert "Korean interface loads ('Sign in' → '로그인')" in report
    assert "platforms/libqoffscreen" in report and "printsupport/" in report
    assert list(tmp_path.iterdir()) == []  # the database, key file and PDFs are gone


def test_a_bundle_without_its_build_info_fails(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setenv(ENV_RESOURCES, str(resources_dir()))
    with pytest.raises(SelfTestError, match=BUILD_INFO_NAME):
        check_versions()
    write_build_info(tmp_path, built_at=__import__("datetime").datetime(2026, 1, 2),
                     commit="", platform="test")
    assert "build 2026-01-02T00:00:00Z" in check_versions()


def self_test_process(tmp_path: Path, resources: Path | None = None
                      ) -> subprocess.CompletedProcess[str]:
    temp = tmp_path / "tmp"
    temp.mkdir(exist_ok=True)
    env = {**os.environ, "TMPDIR": str(temp), "HOME": str(tmp_path / "home")}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen itself
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    if resources is not None:
        env[ENV_RESOURCES] = str(resources)
    result = subprocess.run([sys.executable, "-m", "hai_desktop", "--self-test"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert list(temp.iterdir()) == [], "the self-test left files behind"
    # No settings, data or log folder of the user's (pint's unit cache may appear there).
    assert [p for p in (tmp_path / "home").rglob("*") if "hai" in p.name] == []
    return result


def test_the_program_passes_headless(tmp_path: Path) -> None:
    result = self_test_process(tmp_path)
    assert result.returncode == EXIT_OK, result.stdout + result.stderr
    assert result.stdout.startswith("hai-desktop ")
    assert "Self-test passed: 8 checks." in result.stdout


def resources_without(tmp_path: Path, *parts: str) -> Path:
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    target = copy.joinpath(*parts)
    if target.is_dir():
        shutil.rmtree(target)
    else:
        target.unlink()
    return copy


def test_missing_fonts_fail_naming_the_font(tmp_path: Path) -> None:
    result = self_test_process(tmp_path, resources_without(tmp_path, "fonts"))
    assert result.returncode == EXIT_FAILED, result.stdout
    failed = [line for line in result.stdout.splitlines() if line.startswith("  FAIL")]
    assert failed[0].startswith("  FAIL  encrypted database + order sheet: ")
    assert "DejaVuSans.ttf" in failed[0]
    assert "SELF-TEST FAILED: encrypted database + order sheet, order sheet PDF read back, " \
           "Qt Hangul, print to PDF" in result.stdout


def test_a_missing_korean_font_fails_naming_it(tmp_path: Path) -> None:
    result = self_test_process(tmp_path, resources_without(tmp_path, "fonts", "NanumGothic.ttf"))
    assert result.returncode == EXIT_FAILED, result.stdout
    failed = [line for line in result.stdout.splitlines() if line.startswith("  FAIL")]
    assert [line.split(":")[0] for line in failed] == [
        "  FAIL  encrypted database + order sheet", "  FAIL  order sheet PDF read back",
        "  FAIL  Qt Hangul", "  FAIL  print to PDF"]
    assert "NanumGothic.ttf" in failed[0] and "NanumGothic.ttf" in failed[2]


def test_a_missing_protocol_file_fails_naming_it(tmp_path: Path) -> None:
    result = self_test_process(tmp_path, resources_without(tmp_path, "protocol",
                                                           "regimens.toml"))
    assert result.returncode == EXIT_FAILED, result.stdout
    protocol = next(line for line in result.stdout.splitlines() if "protocol data:" in line)
    assert protocol.startswith("  FAIL") and "regimens.toml" in protocol
