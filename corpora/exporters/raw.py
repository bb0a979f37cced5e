"""Sentence texts as the document has them, inline footnote markers included, for CAT tools.

A ``Sentence.text`` is the marker-free text the aligner compares ("He said it was over."), while
the document reads "He said it was over [14]." A CAT tool segments the document itself and looks
its segments up in the memory, so a TMX or XLIFF segment must be the raw text: the document's text
between the sentence's start and end offsets (``corpora.document.segment_paragraph`` gives a
sentence the markers that follow it), with runs of white space as one space.
"""

from __future__ import annotations

import dataclasses
import re

from corpora.aligned import AlignedBead, AlignedCorpus
from corpora.footnote_pairs import pair_footnotes
from corpora.types import Document

_SPACE_RUN = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def raw_sentence_texts(doc: Document) -> dict[int, str]:
    """Sentence index → the document's text of that sentence, markers kept; the sentence's own text
    where a reviewer corrected it (its words no longer read, in order, in the document's text)."""
    out = {}
    for s in doc.sentences:
        raw = _SPACE_RUN.sub(" ", doc.text[s.start:s.end]).strip()
        out[s.index] = raw if raw and _words_in_order(s.text, raw) else s.text
    return out


def _words_in_order(clean: str, raw: str) -> bool:
    """Every word of ``clean`` in ``raw``, in the same order (``raw`` may add its markers)."""
    words = iter(_WORD.findall(raw))
    return all(any(w == x for x in words) for w in _WORD.findall(clean))


def _texts(raw: dict[int, str], ids: list[int], texts: list[str]) -> list[str]:
    return [raw.get(i, text) for i, text in zip(ids, texts, strict=False)]


def _paragraphs(known: dict[int, int], ids: list[int]) -> list[int] | None:
    return [known[i] for i in ids] if all(i in known for i in ids) else None


def with_raw_sentences(corpus: AlignedCorpus, source: Document, target: Document) -> AlignedCorpus:
    """A copy of ``corpus`` whose beads also carry the raw sentence texts of the two documents (a
    sentence id the documents do not have keeps its clean text) and their paragraphs, with the two
    footnote lists paired note for note (``corpora.footnote_pairs``). Every caller that knows the
    documents (the pipeline, the database) attaches them; TMX and XLIFF then write them."""
    src, tgt = raw_sentence_texts(source), raw_sentence_texts(target)
    src_par = {s.index: s.paragraph for s in source.sentences}
    tgt_par = {s.index: s.paragraph for s in target.sentences}
    beads = [dataclasses.replace(b, source_raw=_texts(src, b.source_ids, b.source),
                                 target_raw=_texts(tgt, b.target_ids, b.target),
                                 source_paragraphs=_paragraphs(src_par, b.source_ids),
                                 target_paragraphs=_paragraphs(tgt_par, b.target_ids)) for b in corpus.beads]
    return dataclasses.replace(corpus, beads=beads, notes=pair_footnotes(source, target))


def segment_sentences(bead: AlignedBead, side: str) -> list[str]:
    """The sentences a CAT format writes for one side: the raw ones when known, else the clean ones."""
    raw = bead.source_raw if side == "source" else bead.target_raw
    clean = bead.source if side == "source" else bead.target
    return list(raw) if raw is not None and len(raw) == len(clean) else list(clean)
