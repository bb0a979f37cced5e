"""Which beads an export writes: all, confirmed only, above a score, one language pair.

One ``ExportFilter`` serves every format, so the CLI, the workbench and the batch
job select beads the same way. ``parse_filter`` reads the CLI spelling
(``confirmed,min-score=0.8,pair=en-fr``).
"""

from __future__ import annotations

from dataclasses import dataclass

from corpora.aligned import AlignedBead, AlignedCorpus
from corpora.errors import InputError
from corpora.language import primary_subtag

STATUS_CHOICES = ("all", "confirmed")


@dataclass(frozen=True)
class ExportFilter:
    """Bead selection shared by all exporters.

    ``include_empty`` decides whether 0:1 and 1:0 beads (omissions, additions) are
    written; ``None`` leaves it to the format (off for TMX, XLIFF and Moses, whose
    readers expect both sides; on for the lossless TSV/CSV/JSONL).
    """

    status: str = "all"
    min_score: float | None = None
    source_lang: str | None = None
    target_lang: str | None = None
    include_empty: bool | None = None
    exclude_rejected: bool = False

    def __post_init__(self) -> None:
        if self.status not in STATUS_CHOICES:
            raise InputError(f"unknown status filter {self.status!r}; use one of {', '.join(STATUS_CHOICES)}")

    def matches_pair(self, corpus: AlignedCorpus) -> bool:
        """True when the corpus is the requested language pair (primary subtags compared)."""
        return _same_lang(self.source_lang, corpus.source_lang) and _same_lang(
            self.target_lang, corpus.target_lang
        )

    def keeps(self, bead: AlignedBead, include_empty: bool) -> bool:
        """True when this bead passes the status, score and emptiness tests."""
        if self.status == "confirmed" and bead.status != "confirmed":
            return False
        if self.exclude_rejected and bead.status == "rejected":
            return False
        if self.min_score is not None and bead.score < self.min_score:
            return False
        if not include_empty and (not bead.source or not bead.target):
            return False
        return True


ALL = ExportFilter()


def _same_lang(wanted: str | None, actual: str) -> bool:
    return not wanted or primary_subtag(wanted) == primary_subtag(actual)


def select_beads(
    corpus: AlignedCorpus, flt: ExportFilter | None, empty_default: bool
) -> list[tuple[int, AlignedBead]]:
    """The beads to write, with their position in the corpus (used as a stable id)."""
    flt = flt or ALL
    if not flt.matches_pair(corpus):
        return []
    include_empty = empty_default if flt.include_empty is None else flt.include_empty
    return [(i, bead) for i, bead in enumerate(corpus.beads) if flt.keeps(bead, include_empty)]


def parse_filter(spec: str | None) -> ExportFilter:
    """Read ``all``, ``confirmed``, ``min-score=0.8``, ``pair=en-fr``, ``no-rejected``,
    ``empty`` / ``no-empty``, joined by commas."""
    values: dict[str, object] = {}
    for token in (spec or "all").split(","):
        token = token.strip().lower()
        if not token:
            continue
        if token in STATUS_CHOICES:
            values["status"] = token
        elif token.startswith("min-score="):
            raw = token.split("=", 1)[1]
            try:
                values["min_score"] = float(raw)
            except ValueError:
                raise InputError(f"min-score needs a number, got {raw!r}") from None
        elif token.startswith("pair="):
            pair = token.split("=", 1)[1]
            parts = pair.split(":", 1) if ":" in pair else pair.split("-", 1)
            if len(parts) != 2 or not all(parts):
                raise InputError(
                    f"pair needs SOURCE-TARGET (or SOURCE:TARGET) language codes such as en-fr, got {pair!r}"
                )
            values["source_lang"], values["target_lang"] = parts
        elif token == "no-rejected":
            values["exclude_rejected"] = True
        elif token in ("empty", "include-empty"):
            values["include_empty"] = True
        elif token == "no-empty":
            values["include_empty"] = False
        else:
            raise InputError(
                f"unknown filter {token!r}; use all, confirmed, min-score=X, pair=xx-yy, no-rejected, "
                "empty or no-empty (comma-separated)"
            )
    return ExportFilter(**values)  # type: ignore[arg-type]
