"""The log file rotates at start-up once it is large; older files move down, the oldest goes."""

from __future__ import annotations

from pathlib import Path

from hai_desktop.logging_setup import rotate_if_large


def test_a_small_log_stays(tmp_path: Path) -> None:
    log = tmp_path / "hai-desktop.log"
    log.write_text("a line\n")
    assert not rotate_if_large(log, max_bytes=100)
    assert log.read_text() == "a line\n"
    assert not rotate_if_large(tmp_path / "absent.log", max_bytes=100)


def test_a_large_log_moves_down_and_the_oldest_is_dropped(tmp_path: Path) -> None:
    log = tmp_path / "hai-desktop.log"
    for n in (1, 2, 3):
        (tmp_path / f"hai-desktop.log.{n}").write_text(f"old {n}")
    log.write_text("x" * 101)
    assert rotate_if_large(log, max_bytes=100, keep=3)
    assert not log.exists()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["hai-desktop.log.1", "hai-desktop.log.2", "hai-desktop.log.3"]
    assert (tmp_path / "hai-desktop.log.1").read_text() == "x" * 101
    assert (tmp_path / "hai-desktop.log.2").read_text() == "old 1"
    assert (tmp_path / "hai-desktop.log.3").read_text() == "old 2"  # "old 3" was the oldest
