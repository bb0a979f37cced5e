"""Which beads an export writes: all, confirmed only, above a score, one language pair.

One ``ExportFilter`` serves every format, so the CLI, the workbench and the batch
job select beads the same way. ``parse_filter`` reads the CLI spelling
(``confirmed,min-score=0.8,pair=en-fr``).

Two rules come from the format rather than the filter (``docs/exports.md``, "Export rules"):
which one-sided beads it holds by default (``ONE_SIDED_*``: a 1:0 bead is an untranslated
source sentence, a 0:1 bead a sentence the translation added), and whether rejected beads
are written at all: the formats a CAT tool or an MT trainer reads as translations (TMX, XLIFF,
Moses) never write a pair a reviewer rejected, whatever the filter says.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from corpora.aligned import AlignedBead, AlignedCorpus
from corpora.errors import InputError
from corpora.language import primary_subtag

STATUS_CHOICES = ("all", "confirmed")
ONE_SIDED_BOTH: frozenset[str] = frozenset({"source", "target"})
"""1:0 and 0:1 beads are written by default."""
ONE_SIDED_SOURCE: frozenset[str] = frozenset({"source"})
"""Only 1:0 beads (an untranslated source sentence) are written by default."""
ONE_SIDED_NONE: frozenset[str] = frozenset()


def one_sided_side(bead: AlignedBead) -> str | None:
    """``"source"`` for a 1:0 bead, ``"target"`` for 0:1, None when both sides have text."""
    if bead.source and bead.target:
        return None
    return "source" if bead.source else "target"


@dataclass(frozen=True)
class ExportFilter:
    """Bead selection shared by all exporters.

    ``include_empty`` decides whether 0:1 and 1:0 beads (omissions, additions) are
    written; ``None`` leaves it to the format (1:0 only for TMX and XLIFF, both for Moses,
    TSV/CSV, JSONL and the drift report).
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

    def keeps(self, bead: AlignedBead, include_empty: bool | Collection[str],
              keep_rejected: bool = True) -> bool:
        """True when this bead passes the status, score and emptiness tests. ``include_empty``:
        True, False, or the sides (``"source"``, ``"target"``) whose one-sided beads are kept."""
        if self.status == "confirmed" and bead.status != "confirmed":
            return False
        if (self.exclude_rejected or not keep_rejected) and bead.status == "rejected":
            return False
        if self.min_score is not None and bead.score < self.min_score:
            return False
        side = one_sided_side(bead)
        if side is not None and side not in _sides(include_empty):
            return False
        return True


ALL = ExportFilter()


def _same_lang(wanted: str | None, actual: str) -> bool:
    return not wanted or primary_subtag(wanted) == primary_subtag(actual)


def _sides(include_empty: bool | Collection[str]) -> Collection[str]:
    if isinstance(include_empty, bool):
        return ONE_SIDED_BOTH if include_empty else ONE_SIDED_NONE
    return include_empty


def select_beads(
    corpus: AlignedCorpus, flt: ExportFilter | None, empty_default: bool | Collection[str],
    keep_rejected: bool = True,
) -> list[tuple[int, AlignedBead]]:
    """The beads to write, with their position in the corpus (used as a stable id).
    ``empty_default``: the format's one-sided beads when the filter does not say;
    ``keep_rejected``: False for the formats that never write a rejected pair."""
    flt = flt or ALL
    if not flt.matches_pair(corpus):
        return []
    include_empty = empty_default if flt.include_empty is None else flt.include_empty
    return [(i, bead) for i, bead in enumerate(corpus.beads) if flt.keeps(bead, include_empty, keep_rejected)]


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
