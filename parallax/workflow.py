"""The operations the workbench and the CLI share: import, align + drift, trace quotes, demo.

Each function joins the stages of the flow (corpora → models → alignment → db)
for one user action, so that neither the UI nor the CLI holds any algorithm.
Progress is reported through ``progress(stage, done, total)``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from alignment.drift_calibration import load_calibration, with_feedback
from alignment.figures import stored
from corpora.reading import read_bytes, read_text
from db.repository import Repository
from db.views import DocumentInfo, ProjectInfo, QuoteMatchInput, RunInfo
from models.base import Encoder
from parallax.pipeline import StageProgress
from parallax.settings import Settings, current

DEMO_PROJECT = "Demo: river dam dispute"


def local_user(settings: Settings | None = None) -> str:
    """The single local user of the embedded default (``PARALLAX_USER``, else the login name)."""
    return (settings or current()).local_user()


def import_upload(repo: Repository, project: int | str, filename: str, data: bytes,
                  lang: str | None = None, settings: Settings | None = None) -> tuple[DocumentInfo, bool]:
    """Read uploaded bytes (any supported format) into a project."""
    limit = (settings or current()).max_upload_bytes
    return repo.import_document(project, read_bytes(data, filename, lang=lang, max_bytes=limit),
                                raw_bytes=data)


def import_pasted(repo: Repository, project: int | str, text: str, name: str,
                  lang: str | None = None, settings: Settings | None = None) -> tuple[DocumentInfo, bool]:
    """Store pasted text as a document of the project."""
    limit = (settings or current()).max_upload_bytes
    return repo.import_document(project, read_text(text, lang=lang, source_name=name or "pasted",
                                                   max_bytes=limit))


def align_stored(repo: Repository, source_document_id: int, target_document_id: int,
                 model: str | None = None, actor: str | None = None,
                 progress: StageProgress | None = None, settings: Settings | None = None,
                 cache: bool = True) -> RunInfo:
    """Align two stored documents through the shared pipeline, keep the reviewer's confirmed beads
    as anchors, store the run. ``cache``: use the embedding cache (the CLI's ``--no-cache``).

    Drift honours the project's termbase and the flags reviewers dismissed in the pair's current
    run ("not a drift"): the same bead is not flagged for the same kind again."""
    from parallax.pipeline import run_pair

    settings = settings or current()
    source = repo.load_document(source_document_id)
    target = repo.load_document(target_document_id)
    previous = repo.current_run(source_document_id, target_document_id)
    anchors = repo.confirmed_anchors(previous.id) if previous else []
    dismissals = repo.dismissals(previous.id) if previous else []
    project_id = repo.get_document(source_document_id).project_id
    termbase = repo.termbase(project_id)
    # the shipped calibration as this project's reviewers have found it (kept and dismissed flags)
    calibration = with_feedback(load_calibration(), repo.flag_feedback(project_id))
    encoder = settings.encoder(model, cache=cache)
    result = run_pair(source, target, encoder, anchors=anchors, progress=progress, termbase=termbase,
                      dismissals=dismissals, calibration=calibration)
    return repo.store_run(source_document_id, target_document_id, result.alignment, result.stored_drift(),
                          actor=actor or settings.local_user())


def run_encoder(model: str, settings: Settings | None = None) -> Encoder | None:
    """The encoder of a stored run's model (its name without the fingerprint), to judge the drift of
    pairs a reviewer reshaped; None when it cannot be loaded here (they are then judged without)."""
    from models.errors import ModelError

    try:
        return (settings or current()).encoder(model.split("|", 1)[0] or None)
    except (ModelError, OSError):
        return None


@dataclass
class QuoteTrace:
    """What tracing one document's quotations found, as stored.

    ``matches`` holds one row per traced quotation that had any candidate: its source span, or,
    for "no source found", the nearest passage (``evidence["nearest"]``) with the reasons it was
    turned down, so that the reader can see what was compared.
    """

    matches: list[QuoteMatchInput]
    unmatched: int

    @property
    def found(self) -> int:
        return len(self.matches) - sum(1 for m in self.matches if (m.evidence or {}).get("nearest"))


def _name_stem(name: str, lang: str) -> str:
    """"kowalewski-2014-06-29.en.txt" → "kowalewski-2014-06-29": the name without its extension
    and language tag, which a text and its translation share."""
    from pathlib import PurePath

    stem = re.sub(r"\.[a-z0-9]{1,4}$", "", PurePath(name.lower()).name)
    return re.sub(rf"[._\- ]{re.escape(lang.lower())}$", "", stem) if lang else stem


def default_quote_sources(repo: Repository, quoting: int, documents: Sequence[DocumentInfo]) -> list[int]:
    """The documents offered as sources of a text's quotations: those in another language that are
    not a translation of it. A translation is a document aligned with it in a run, one whose file
    name is the text's with another language tag (article.en.txt / article.fr.txt), or one with as
    many paragraphs (three or more) and footnotes (a version paragraph for paragraph): quotations
    traced into a translation are found there and called faithful, which says nothing."""
    by_id = {d.id: d for d in documents}
    text = by_id.get(quoting) or repo.get_document(quoting)
    aligned = {other for run in repo.list_runs(text.project_id)
               for pair in [(run.source_document_id, run.target_document_id)] if quoting in pair
               for other in pair if other != quoting}
    shape = _shape(repo, quoting)
    stem = _name_stem(text.source_name or "", text.language)
    out = []
    for d in documents:
        if d.id == quoting or d.language == text.language or d.id in aligned:
            continue
        if stem and _name_stem(d.source_name or "", d.language) == stem:
            continue
        if shape[0] >= 3 and _shape(repo, d.id) == shape:
            continue
        out.append(d.id)
    return out


def _shape(repo: Repository, document_id: int) -> tuple[int, int]:
    doc = repo.load_document(document_id)
    return len(doc.paragraphs), len(doc.footnotes)


def trace_quotes_stored(repo: Repository, document_id: int, source_document_ids: Sequence[int],
                        footnote_links: dict[int, int] | None = None, model: str | None = None,
                        progress: StageProgress | None = None,
                        settings: Settings | None = None, cache: bool = True) -> QuoteTrace:
    """Find each quotation of a stored document in the stored source documents; store the outcome.
    ``cache``: use the embedding cache (the CLI's ``--no-cache``)."""
    from alignment.quote_parts import part_records, span_record
    from alignment.quotes import match_quotes
    from parallax.pipeline import stage_progress

    quoting = repo.load_document(document_id)
    source_ids = list(source_document_ids)
    sources = [repo.load_document(doc_id) for doc_id in source_ids]
    names = [f"{doc.source_name or 'document'} #{doc_id}" for doc_id, doc in zip(source_ids, sources,
                                                                                  strict=True)]
    position = {doc_id: k for k, doc_id in enumerate(source_ids)}
    links = {n: names[position[d]] for n, d in (footnote_links or {}).items() if d in position}
    encoder = (settings or current()).encoder(model, quote=True, cache=cache)
    results = match_quotes(quoting.quotes, quoting.lang, sources, encoder, footnote_links=links,
                           source_names=names, progress=stage_progress(progress, "quotes"))
    matches, unmatched = [], 0
    for result in results:
        span = result.span if result.span is not None else result.runner_up
        if result.span is None:
            unmatched += 1
        if span is None:
            continue  # no candidate at all (no source text)
        evidence = {"z": stored(result.z), "margin_z": stored(result.margin_z),
                    "word_coverage": None if result.word_coverage is None else round(result.word_coverage, 2),
                    "match_confidence": (None if result.match_confidence is None
                                         else round(result.match_confidence, 2)),
                    "drift": round(result.drift_score, 3) if result.span is not None else None,
                    "kinds": sorted({s.kind for s in result.signals}), "nearest": result.span is None}
        if result.parts:
            evidence["parts"] = part_records(result.parts)
        elif result.span is not None:
            evidence["signals"] = [span_record(s) for s in result.signals]  # the words to highlight
        matches.append(QuoteMatchInput(
            quote_index=quoting.quotes[result.quote_index].index,
            matched_document_id=source_ids[span.doc_index],
            start=span.start, end=span.end, score=result.score,
            verdict=result.verdict, reasons=tuple(result.reasons), evidence=evidence))
    repo.store_quote_matches(document_id, matches, replace=False)  # earlier tracings are kept
    return QuoteTrace(matches, unmatched)


def ensure_demo_project(repo: Repository) -> ProjectInfo:
    """The demo project, imported from the bundled corpus if it is not there yet."""
    from corpora.demo import load_demo

    project = repo.ensure_project(DEMO_PROJECT)
    for doc in load_demo().values():
        repo.import_document(project.id, doc)
    return repo.get_project(project.id)


DEMO_PAIR = ("vesna.en.txt", "vesna.fr.txt")


def ensure_demo_aligned(repo: Repository, project_id: int,
                        progress: StageProgress | None = None) -> RunInfo | None:
    """The demo's English article aligned with its French version, so that a first visit to Review
    shows pairs at once: the demo's current alignment if it has one, else a new one (None when the
    demo's texts were deleted)."""
    runs = repo.list_runs(project_id, current_only=True)
    if runs:
        return runs[0]
    docs = {d.source_name: d.id for d in repo.list_documents(project_id)}
    if not all(name in docs for name in DEMO_PAIR):
        return None
    return align_stored(repo, docs[DEMO_PAIR[0]], docs[DEMO_PAIR[1]], progress=progress)
