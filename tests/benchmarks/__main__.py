"""Run every benchmark and print one table: `python -m tests.benchmarks [--quick]`."""

from __future__ import annotations

import sys

from tests.benchmarks.bench_foundation import main

sys.exit(main(sys.argv[1:]))
