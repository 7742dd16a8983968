"""A child process that rewrites a database's key file back to back until it is killed:
`python -m tests.reliability.key_file_worker DB`. Only the store's key-file code is loaded,
so it starts at once. Prints `ready`, then `saved N` after each rewrite returned."""

from __future__ import annotations

import sys
from pathlib import Path

from hai_desktop.store.keyslots import KeySlotFile, key_slot_path


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def rewrite_until_killed(path: Path) -> None:
    """What a wrong password does (a failure counted, an event queued for the audit trail),
    again and again: the queue fills up, so the file reaches its largest size."""
    slots = KeySlotFile.load(key_slot_path(path))
    say("ready")
    count = 0
    while True:
        slots.record_failure("intruder", 1_000_000, "crash test")
        slots.save()
        count += 1
        say(f"saved {count}")


if __name__ == "__main__":
    rewrite_until_killed(Path(sys.argv[1]))
