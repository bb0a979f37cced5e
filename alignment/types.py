"""What the aligner returns: beads covering both texts in order."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alignment.confidence import TranslationCheck


@dataclass(frozen=True)
class Bead:
    """An n:m link between consecutive source and target sentences.

    ``source_ids`` / ``target_ids`` are sentence indices (0-based) into the two
    texts; either may be empty (an omission or an addition). ``similarity`` is
    the raw model similarity of the joined sentences; ``score`` is the
    calibrated confidence in [0, 1] (see ``alignment.calibration``).
    """

    source_ids: tuple[int, ...]
    target_ids: tuple[int, ...]
    score: float = 0.0
    similarity: float = 0.0

    @property
    def kind(self) -> str:
        return f"{len(self.source_ids)}:{len(self.target_ids)}"


@dataclass
class Alignment:
    """An ordered list of beads plus what produced it (model id, parameters).

    ``translation``: whether the two texts look like translations of each other at all
    (``alignment.confidence``; None when not judged, e.g. an alignment read back from a file).
    The aligner also keeps it in ``params["translation_check"]``, so a stored run carries it.
    """

    beads: list[Bead]
    model: str = ""
    params: dict[str, object] = field(default_factory=dict)
    translation: TranslationCheck | None = None
