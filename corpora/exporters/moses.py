"""Moses-style parallel text: two files, one bead per line, line N of each is a pair.

Given one base path ``corpus`` the files are ``corpus.<source_lang>`` and
``corpus.<target_lang>``; or pass two paths (or streams). Sentences of an n:m bead
share a line; line breaks inside a text become spaces. A 0:1 / 1:0 bead is written with an
empty line on its empty side, so that the files stay parallel and every sentence is there
(``no-empty`` leaves them out). Rejected pairs are never written.
"""

from __future__ import annotations

import os
from pathlib import Path

from corpora.aligned import AlignedCorpus
from corpora.exporters.common import Target, emit, is_path, join_sentences, one_line
from corpora.exporters.filters import ONE_SIDED_BOTH, ExportFilter, select_beads

EMPTY_DEFAULT = ONE_SIDED_BOTH
KEEPS_REJECTED = False


def moses_paths(base: str | os.PathLike[str], corpus: AlignedCorpus) -> tuple[Path, Path]:
    """The two file names derived from a base path and the corpus languages."""
    base = Path(base)
    if corpus.source_lang == corpus.target_lang:
        return (
            base.with_name(f"{base.name}.src.{corpus.source_lang}"),
            base.with_name(f"{base.name}.tgt.{corpus.target_lang}"),
        )
    return (
        base.with_name(f"{base.name}.{corpus.source_lang}"),
        base.with_name(f"{base.name}.{corpus.target_lang}"),
    )


def write_moses(
    corpus: AlignedCorpus,
    target: Target | tuple[Target, Target],
    flt: ExportFilter | None = None,
) -> tuple[Target, Target]:
    """Write the two line-aligned files; returns where they went."""
    if isinstance(target, tuple | list):
        source_out, target_out = target
    elif is_path(target):
        source_out, target_out = moses_paths(target, corpus)  # type: ignore[arg-type]
    else:
        raise TypeError("Moses output needs a base path or a pair of paths/streams")
    beads = [bead for _, bead in select_beads(corpus, flt, EMPTY_DEFAULT, KEEPS_REJECTED)]
    for sentences_of, out in ((lambda b: b.source, source_out), (lambda b: b.target, target_out)):
        text = "".join(one_line(join_sentences(sentences_of(bead))) + "\n" for bead in beads)
        emit(text.encode("utf-8"), out)
    return source_out, target_out
