"""Progress callbacks: encoders call ``progress(done, total)``; these adapters show it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from models.base import ProgressCallback


class TqdmProgress:
    """A ``progress(done, total)`` callback that drives a tqdm bar (for the CLI).

    Created lazily on the first call, so a fully cached encode shows nothing; call
    ``close()`` (or use ``tqdm_progress()``) when done.
    """

    def __init__(self, desc: str = "embedding", unit: str = "sent", **tqdm_opts: Any) -> None:
        self._opts = {"desc": desc, "unit": unit, "leave": False, **tqdm_opts}
        self._bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self._bar is None:
            from tqdm.auto import tqdm

            self._bar = tqdm(total=total, **self._opts)
        if self._bar.total != total:
            self._bar.total = total
        self._bar.update(max(0, done - self._bar.n))

    @property
    def shown(self) -> tuple[int, int] | None:
        """(done, total) of the bar on screen, or None before the first call and after ``close``."""
        return None if self._bar is None else (int(self._bar.n), int(self._bar.total))

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


@contextmanager
def tqdm_progress(desc: str = "embedding", **tqdm_opts: Any) -> Iterator[ProgressCallback]:
    """``with tqdm_progress() as progress: encoder.encode(texts, progress=progress)``."""
    bar = TqdmProgress(desc=desc, **tqdm_opts)
    try:
        yield bar
    finally:
        bar.close()


def scaled(progress: ProgressCallback | None, start: int, span: int, total: int) -> ProgressCallback | None:
    """Maps a sub-task's ``(done, of)`` onto ``[start, start + span]`` of a larger ``total``.

    For callers that run several encodes as one job (e.g. source then target).
    """
    if progress is None:
        return None

    def report(done: int, of: int) -> None:
        progress(start + (span * done // of if of else span), total)

    return report
