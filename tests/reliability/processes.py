"""Worker processes for the reliability tests: started with `python -m`, read line by line."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


class Worker:
    """`python -m tests.reliability.MODULE ARGS`, its output lines collected as they come."""

    def __init__(self, args: list[str], log: Path, module: str = "worker") -> None:
        self.log = log
        env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONUNBUFFERED="1")
        with log.open("wb") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, "-m", f"tests.reliability.{module}", *args], cwd=REPO,
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, text=True,
                env=env)
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.endswith("\n"):  # a line cut by the kill was never reported
                self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def _take(self, timeout: float) -> str | None:
        line = self._queue.get(timeout=timeout)
        if line is not None:
            self.lines.append(line)
        return line

    def wait_for(self, word: str, timeout: float = 60.0) -> None:
        """Until a line starting with `word`; fails with the worker's error output if it ends
        or stays silent first."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._take(max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no '{word}' from the worker in {timeout} s; "
                                     f"stderr:\n{self.stderr()}") from None
            if line is None:
                raise AssertionError(f"the worker ended before '{word}' (exit "
                                     f"{self.process.wait()}); stderr:\n{self.stderr()}")
            if line.split()[0] == word:
                return

    def send(self, text: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(text + "\n")
        self.process.stdin.flush()

    def kill(self) -> bool:
        """SIGKILL; True if the worker was still running (and so really was killed)."""
        alive = self.process.poll() is None
        if alive:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        return alive

    def finish(self, timeout: float = 60.0) -> int:
        """Wait for the end; every line it printed is then in `lines`."""
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(f"the worker did not finish in {timeout} s") from None
        while self._take(timeout=timeout) is not None:
            pass
        if self.process.stdin is not None:
            self.process.stdin.close()
        return code

    def stderr(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-4000:]
