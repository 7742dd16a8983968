"""Hypothesis settings for the core's property tests: the same examples on every CI run."""

from __future__ import annotations

import os

from hypothesis import settings

# CI replays a fixed sequence of examples (a failure there is reproducible as it stands);
# locally, new examples each run find new cases. Deadlines are off: pint's first parse of a
# unit is slow on a loaded machine, which is not a failure.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE")
                      or ("ci" if os.environ.get("CI", "").lower() in ("1", "true") else "dev"))
