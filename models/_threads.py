"""How many threads a model back end may start: ``$PARALLAX_THREADS`` when set.

A batch run with several worker processes on one machine sets it per worker, so that the
workers share the cores instead of each starting one thread per core.
"""

from __future__ import annotations

import os


def env_threads() -> int | None:
    """``$PARALLAX_THREADS`` as a positive integer, or None when unset or not a number."""
    value = os.environ.get("PARALLAX_THREADS", "").strip()
    if not value.isdigit() or int(value) < 1:
        return None
    return int(value)
