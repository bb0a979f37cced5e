"""The workbench pages. Each is ``page(repo, project)`` and only renders and calls ``db``/``workflow``."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import streamlit as st

from alignment.drift import signal_coverage
from alignment.drift_calibration import feedback_notes
from corpora.errors import InputError
from db.errors import ConflictError, StorageError
from db.repository import Repository
from db.views import BeadFilter, BeadView, DocumentInfo, EventView, Progress, ProjectInfo, RunInfo
from parallax import workflow
from workbench import quote_view, terms_panel
from workbench.auth import can_review
from workbench.render import badge, drift_colour, escape, evidence_spans, highlight, inert, legend, plain

Page = Callable[[Repository, ProjectInfo], None]
ROWS_PER_PAGE = 25
LANGUAGES = ["en", "fr", "ru", "de", "es", "it", "uk", "pl", "pt", "nl"]


@contextmanager
def user_errors() -> Iterator[None]:
    """Show bad input, conflicts and storage problems as one clear message, never a traceback."""
    try:
        yield
    except ConflictError as exc:
        st.warning(f"Not saved: {inert(exc)}")
    except (InputError, StorageError) as exc:
        st.error(inert(exc))
    except Exception as exc:  # noqa: BLE001 - model and other errors: a message, not a traceback
        from models.errors import ModelError

        if isinstance(exc, ModelError):
            st.error(inert(exc))
        else:
            raise


def _doc_label(d: DocumentInfo) -> str:
    """A document as plain text (selectbox options); through ``inert`` wherever markdown shows it."""
    return plain(f"{d.source_name} ({d.language}, {d.sentences} sentences)")


# ---------------------------------------------------------------------- sidebar: projects
def _project_picked() -> None:
    """The reviewer chose a project in the selector: it becomes the session's project."""
    st.session_state.project_id = st.session_state.project_select


def project_picker(repo: Repository, project: ProjectInfo | None) -> ProjectInfo | None:
    projects = repo.list_projects()
    ids = [p.id for p in projects]
    names = {p.id: plain(p.name) for p in projects}
    if ids:
        if project is not None and project.id in ids:
            # the session's project (set by create, delete, the demo button or a pick) leads the
            # selector: a keyed selectbox otherwise keeps its old choice and switched back to it
            st.session_state.project_select = project.id
        chosen = st.selectbox("Project", ids, format_func=names.get, key="project_select",
                              on_change=_project_picked)
        if project is None or chosen != project.id:
            st.session_state.project_id = chosen
            project = repo.get_project(chosen)
    flash = st.session_state.pop("project_flash", None)
    if flash:
        st.success(flash)
    with st.expander("Manage projects"):
        if st.session_state.pop("clear_new_project", False):
            st.session_state.new_project_name = ""
        new_name = st.text_input("New project name", key="new_project_name")
        if st.button("Create project", key="create_project") and new_name.strip():
            with user_errors():
                created = repo.create_project(new_name)
                st.session_state.project_id = created.id
                st.session_state.project_flash = (f"Created “{inert(created.name)}”: it is now the "
                                                  "current project.")
                st.session_state.clear_new_project = True
                st.rerun()
        # renaming and deleting need the owner role: offer them only to owners (the repository
        # refuses anyone else in any case)
        if project is not None and repo.my_role(project.id) == "owner":
            rename = st.text_input("Rename current project to", key="rename_project_name")
            if st.button("Rename", key="rename_project") and rename.strip():
                with user_errors():
                    repo.rename_project(project.id, rename)
                    st.rerun()
            sure = st.checkbox(f"Yes, delete “{inert(project.name)}” and all its reviews", key="delete_sure")
            if st.button("Delete project", key="delete_project", disabled=not sure):
                with user_errors():
                    repo.delete_project(project.id)
                    st.session_state.project_id = None
                    st.session_state.pop("delete_sure", None)
                    st.rerun()
        if st.button("Load the demo corpus", key="load_demo"):
            with user_errors():
                demo = workflow.ensure_demo_project(repo)
                st.session_state.project_id = demo.id
                st.rerun()
    return project


# ---------------------------------------------------------------------- import
def import_page(repo: Repository, project: ProjectInfo) -> None:
    st.header(f"Import — {inert(project.name)}")
    for message in st.session_state.pop("import_flash", []):
        st.success(message)
    lang_choice = st.selectbox("Language", ["detect"] + LANGUAGES, key="import_lang",
                               help="Leave on “detect” unless detection gets it wrong.")
    lang = None if lang_choice == "detect" else lang_choice
    # a new key empties the box once its files are in: "Import" again must not re-import them
    round_ = st.session_state.get("upload_round", 0)
    uploads = st.file_uploader("Upload files (txt, md, html, docx, pdf)", accept_multiple_files=True,
                               key=f"uploads_{round_}")
    if uploads and st.button("Import uploaded files", key="import_uploads"):
        done = []
        for upload in uploads:
            with user_errors():
                info, created = workflow.import_upload(repo, project.id, upload.name, upload.getvalue(), lang)
                done.append(_imported_text(info, created))
        if len(done) == len(uploads):  # with a failure, the box keeps the files and the message stays
            st.session_state.import_flash = done
            st.session_state.upload_round = round_ + 1
            st.rerun()
        for message in done:
            st.success(message)
    with st.form("paste_form"):
        name = st.text_input("Name of the pasted text", key="paste_name")
        text = st.text_area("Or paste a text", height=150, key="paste_text")
        if st.form_submit_button("Import pasted text"):
            with user_errors():
                info, created = workflow.import_pasted(repo, project.id, text, name, lang)
                _imported(info, created)
    terms_panel.terms_section(repo, project)

    docs = repo.list_documents(project.id)
    if not docs:
        st.info("No documents yet.")
        return
    st.subheader("Documents")
    st.dataframe(pd.DataFrame([{"id": d.id, "name": plain(d.source_name), "language": d.language,
                                "sentences": d.sentences} for d in docs]), hide_index=True)
    doc_id = st.selectbox("Preview", [d.id for d in docs], key="preview_doc",
                          format_func=lambda i: _doc_label(next(d for d in docs if d.id == i)))
    info = next(d for d in docs if d.id == doc_id)
    doc = repo.load_document(doc_id)
    if doc.language is not None and doc.language.note:
        st.warning(f"Language: {inert(doc.language.note)}")
    new_lang = st.selectbox("Language of this document", LANGUAGES if info.language in LANGUAGES
                            else [info.language] + LANGUAGES,
                            index=(LANGUAGES if info.language in LANGUAGES else [info.language]
                                   + LANGUAGES).index(info.language), key=f"lang_{doc_id}")
    if new_lang != info.language:
        with user_errors():
            repo.set_document_language(doc_id, new_lang)
            st.rerun()
    _delete_document(repo, project, info)
    cols = st.columns(4)
    cols[0].metric("Paragraphs", len(doc.paragraphs))
    cols[1].metric("Sentences", len(doc.sentences))
    cols[2].metric("Quotations", len(doc.quotes))
    cols[3].metric("Footnotes", len(doc.footnotes))
    tabs = st.tabs(["Sentences", "Quotations", "Footnotes"])
    with tabs[0]:
        st.dataframe(pd.DataFrame([{"number": s.index + 1, "paragraph": s.paragraph, "text": s.text,
                                    "footnotes": ", ".join(map(str, s.footnotes))}
                                   for s in doc.sentences]), hide_index=True)
    with tabs[1]:
        st.dataframe(pd.DataFrame([{"id": q.id, "paragraph": q.paragraph, "quotation": q.text,
                                    "footnote": _footnote(q.footnote)} for q in doc.quotes]),
                     hide_index=True)
    with tabs[2]:
        st.dataframe(pd.DataFrame([{"number": f.number, "text": f.text, "urls": " ".join(f.urls)}
                                   for f in doc.footnotes.values()]), hide_index=True)


def _delete_document(repo: Repository, project: ProjectInfo, info: DocumentInfo) -> None:
    """Deleting a document (and its alignments) after a tick; offered to owners only, as the
    repository allows no one else."""
    label = inert(_doc_label(info))
    if _confirmed_delete(repo, project, "document", info.id,
                         f"Yes, delete “{label}” and every alignment of it"):
        with user_errors():
            repo.delete_document(info.id)
            st.session_state.import_flash = [f"Deleted: {label}"]
            st.rerun()


def _delete_run(repo: Repository, project: ProjectInfo, run: RunInfo, label: str) -> None:
    """Deleting an alignment run (its pairs and their review log) after a tick, for owners; the
    pair's previous run, if any, becomes the current one."""
    if _confirmed_delete(repo, project, "alignment", run.id,
                         f"Yes, delete the alignment “{inert(label)}”: its {run.beads} pairs and "
                         "their review"):
        with user_errors():
            back = repo.delete_run(run.id)
            st.session_state.review_run = back.id if back is not None else None
            for selector in RUN_SELECTORS:  # they would hold on to the deleted run
                st.session_state.pop(selector, None)
            st.session_state.review_flash = "Deleted the alignment" + (
                "; the previous alignment of these texts is the current one again." if back else ".")
            st.rerun()


def _confirmed_delete(repo: Repository, project: ProjectInfo, what: str, key: int, sure_label: str) -> bool:
    """A "Delete this …" box with a tick to arm its button; True when the armed button is pressed.
    Shown to owners only (the repository refuses anyone else in any case)."""
    if repo.my_role(project.id) != "owner":
        return False
    with st.expander(f"Delete this {what}"):
        sure = st.checkbox(sure_label, key=f"delete_{what}_sure_{key}")
        return st.button(f"Delete {what}", key=f"delete_{what}", disabled=not sure)


def _footnote(number: int | None) -> str:
    """A footnote number for a table cell: the number, or nothing (not "None", "nan" or "5.0")."""
    return "" if number is None else str(number)


def model_name(model: str) -> str:
    """A model as a reader knows it: the stored name without its fingerprint (``use-m3|…|sha256:…``)."""
    return model.split("|", 1)[0]


def _imported_text(info: DocumentInfo, created: bool) -> str:
    return f"{'Imported' if created else 'Already in the project'}: {inert(_doc_label(info))}"


def _imported(info: DocumentInfo, created: bool) -> None:
    st.success(_imported_text(info, created))


# ---------------------------------------------------------------------- align
def align_page(repo: Repository, project: ProjectInfo) -> None:
    from models.registry import BUILTIN_MODELS
    from parallax.settings import current

    st.header(f"Align — {inert(project.name)}")
    docs = repo.list_documents(project.id)
    if len(docs) < 2:
        st.info("Import at least two documents (a text and its translation) first.")
        return
    ids = [d.id for d in docs]
    label = {d.id: _doc_label(d) for d in docs}
    source = st.selectbox("Source text", ids, format_func=label.get, key="align_source")
    others = [i for i in ids if i != source]
    target = st.selectbox("Translation", others, format_func=label.get, key="align_target")
    default = current().model
    models = [m for m in BUILTIN_MODELS if m != "hashing"]
    models = models if default in models else [default, *models]
    model = st.selectbox("Model", models, index=models.index(default), key="align_model")
    custom = st.text_input("…or a sentence-transformers model (local path or cached name)",
                           key="align_custom")
    if st.button("Align", key="align_button", type="primary"):
        bar = st.progress(0.0, text="Starting…")

        def progress(stage: str, done: int, total: int) -> None:
            bar.progress(min(1.0, done / total) if total else 1.0, text=f"{inert(stage)}: {done}/{total}")

        with user_errors():
            run = workflow.align_stored(repo, source, target, model=custom.strip() or model,
                                        progress=progress)
            bar.progress(1.0, text="Done")
            st.success(f"Aligned: {run.beads} pairs with {inert(model_name(run.model))}. "
                       "Open the Review page to check them.")
            if run_warning(run):
                # a run of two texts that are not translations is kept, but it does not become the
                # alignment every page opens on: the reviewer picks it on purpose (marked ⚠)
                st.warning(f"Check the pair of texts: {run_warning(run)}. This alignment is kept but "
                           "not opened by default: pick it under Alignment (marked ⚠) to look at it.")
            else:
                st.session_state.review_run = run.id


def run_warning(run: RunInfo) -> str:
    """The aligner's not-a-translation warning kept with the run ("" when none, or an older run)."""
    from alignment.confidence import TranslationCheck

    check = TranslationCheck.from_dict((run.params or {}).get("translation_check"))
    return check.warning if check is not None else ""


# ---------------------------------------------------------------------- review
def _run_label(repo: Repository, run: RunInfo, names: dict[int, str]) -> str:
    warning = " · ⚠ not translations?" if run_warning(run) else ""
    return plain(f"{names.get(run.source_document_id, '?')} → {names.get(run.target_document_id, '?')}"
                 f" · {model_name(run.model)} · {run.created_at:%Y-%m-%d %H:%M}{warning}")


RUN_SELECTORS = ("review_run_select", "overview_run_select", "export_run_select")


def _choose_run(repo: Repository, project: ProjectInfo, key: str) -> RunInfo | None:
    runs = repo.list_runs(project.id, current_only=True)
    if not runs:
        st.info("Nothing aligned yet: use the Align page.")
        return None
    names = {d.id: d.source_name for d in repo.list_documents(project.id)}
    ids = [r.id for r in runs]
    preferred = st.session_state.get("review_run")
    # unless one was picked, open on a pair that looks like a translation
    index = ids.index(preferred) if preferred in ids else \
        next((k for k, r in enumerate(runs) if not run_warning(r)), 0)
    run_id = st.selectbox("Alignment", ids, index=index, key=key,
                          format_func=lambda i: _run_label(repo, next(r for r in runs if r.id == i), names))
    st.session_state.review_run = run_id
    return next(r for r in runs if r.id == run_id)


def _third_column(repo: Repository, project: ProjectInfo, run: RunInfo) -> tuple[str, dict[int, str]]:
    """The third language through the source text as pivot: source sentence index → its other translation."""
    for other in repo.list_runs(project.id, current_only=True):
        if other.source_document_id == run.source_document_id and other.id != run.id \
                and other.target_document_id != run.target_document_id:
            lang = repo.get_document(other.target_document_id).language
            rows: dict[int, str] = {}
            for bead in repo.list_beads(other.id):
                for i in bead.source_ids:
                    rows[i] = " ".join(bead.target)
            return lang, rows
    return "", {}


def review_page(repo: Repository, project: ProjectInfo) -> None:
    st.header(f"Review — {inert(project.name)}")
    flash = st.session_state.pop("review_flash", None)
    if flash:
        st.success(flash)
    run = _choose_run(repo, project, "review_run_select")
    if run is None:
        return
    names = {d.id: d.source_name for d in repo.list_documents(project.id)}
    _delete_run(repo, project, run, _run_label(repo, run, names))
    if run_warning(run):
        st.warning(f"Check the pair of texts: {run_warning(run)}. The pairs below are the best the aligner "
                   "could find, not translations.")
    src_lang = repo.get_document(run.source_document_id).language
    tgt_lang = repo.get_document(run.target_document_id).language
    third_lang, third = _third_column(repo, project, run)
    for note in signal_coverage(src_lang, tgt_lang):
        st.caption(f"Not checked: {note}.")
    for line in feedback_notes(repo.flag_feedback(project.id)):
        st.caption(f"Reviewers' feedback: {line}. The next alignment of this project uses it.")

    all_beads = repo.list_beads(run.id)
    kinds = sorted({k for b in all_beads for k in b.kinds})
    quality = repo.quality(run.id)
    cols = st.columns(4)
    cols[0].metric("Pairs", len(all_beads))
    cols[1].metric("Flagged", sum(b.flagged for b in all_beads))
    cols[2].metric("Confirmed", sum(b.status == "confirmed" for b in all_beads))
    cols[3].metric("Machine precision (strict)", "—" if not quality.judged else
                   f"{quality.strict_correct / quality.judged:.0%}",
                   help="Share of the automatic pairs that reviewers kept, among those they judged.")
    st.caption(_precision_basis(quality.judged, quality.automatic))
    _show_progress(repo.review_progress(project.id, run_id=run.id), "this alignment")

    with st.container(border=True):
        ticks = st.container(horizontal=True)  # each as wide as its label: columns cut them
        flagged_only = ticks.checkbox("Flagged only", key="flt_flagged")
        unconfirmed_only = ticks.checkbox("Unconfirmed only", key="flt_unconfirmed")
        ticks.checkbox("Show hints", key="show_hints",
                       help="Weaker drift evidence, below the flag cut: worth a glance, not a flag.")
        f4, f5 = st.columns(2)
        chosen_kinds = f4.multiselect("Drift kinds", kinds, key="flt_kinds")
        search = f5.text_input("Search text", key="flt_search")
    statuses = ("automatic", "edited", "rejected") if unconfirmed_only else ()
    beads = repo.list_beads(run.id, BeadFilter(flagged_only=flagged_only, kinds=tuple(chosen_kinds),
                                               statuses=statuses, search=search))
    beads = _with_kept(beads, all_beads)
    if not beads:
        st.info("No pair matches these filters.")
        return
    _actions_panel(repo, run, beads, all_beads)
    pages = max(1, (len(beads) + ROWS_PER_PAGE - 1) // ROWS_PER_PAGE)
    active = st.session_state.get("active_bead")
    active_pos = next((i for i, b in enumerate(beads) if b.id == active), 0)
    page_key = f"page_{run.id}"
    if st.session_state.get("list_follows") != active or page_key not in st.session_state:
        # a newly active pair (picked, jumped to, acted on): show the page that holds it
        st.session_state[page_key] = min(pages, active_pos // ROWS_PER_PAGE + 1)
        st.session_state.list_follows = active
    page = st.number_input("Page", 1, pages, key=page_key)
    header = st.columns([1, 4, 4] + ([4] if third else []))
    header[0].markdown("**#**")
    header[1].markdown(f"**{escape(src_lang)}**", unsafe_allow_html=True)
    header[2].markdown(f"**{escape(tgt_lang)}**", unsafe_allow_html=True)
    if third:
        header[3].markdown(f"**{escape(third_lang)}** (through {escape(src_lang)})", unsafe_allow_html=True)
    st.markdown(legend(), unsafe_allow_html=True)
    number = _numbers_in_run(all_beads)
    for pos in range((page - 1) * ROWS_PER_PAGE, min(len(beads), page * ROWS_PER_PAGE)):
        _bead_row(beads[pos], number[beads[pos].id], third, active == beads[pos].id)


def progress_line(progress: Progress) -> str:
    """"Reviewed 12 of 196 pairs · 5 of 40 flagged pairs resolved": what is done and what is left."""
    return (f"Reviewed {progress.reviewed} of {progress.total} pairs · {progress.resolved} of "
            f"{progress.flagged} flagged pairs resolved")


def _show_progress(progress: Progress, scope: str) -> None:
    """The review's progress in ``scope``, in all and per reviewer (a pair counts for whoever decided
    on it last)."""
    st.markdown(f"**Progress of {scope}:** {progress_line(progress)}")
    if progress.by_reviewer:
        with st.expander("Progress by reviewer"):
            st.dataframe(pd.DataFrame([{"reviewer": plain(name), "pairs reviewed": done,
                                        "flagged pairs resolved": flagged}
                                       for name, (done, flagged) in progress.by_reviewer.items()]),
                         hide_index=True)


def _precision_basis(judged: int, automatic: int) -> str:
    """What the precision figure rests on: with few pairs judged it swings (100 % after one kept
    pair, 14 % after six re-linked ones), so the reader sees how many."""
    if not judged:
        return "Machine precision: no automatic pair judged yet (confirm, reject or correct pairs)."
    return (f"Machine precision: {judged} of the {automatic} automatic pairs judged so far; "
            "the figure moves a lot while few are judged.")


def _numbers_in_run(all_beads: list[BeadView]) -> dict[int, int]:
    """Pair numbers: a pair's 1-based place in the whole run, so filters and search never renumber."""
    return {b.id: i + 1 for i, b in enumerate(all_beads)}


def score_text(score: float | None) -> str:
    """The aligner's score of a pair, or "edited" for a pair a reviewer reshaped (the aligner never
    scored it: showing 0.00 would say it was sure the pair is wrong)."""
    return "edited" if score is None else f"{score:.2f}"


def _bead_row(bead: BeadView, number: int, third: dict[int, str], active: bool) -> None:
    colour = drift_colour(bead.drift_score)
    border = "3px solid #2563eb" if active else "1px solid #e5e7eb"
    cols = st.columns([1, 4, 4] + ([4] if third else []))
    status = {"confirmed": "✔", "rejected": "✘", "edited": "✎", "omission": "∅", "addition": "+"}
    cols[0].button(f"{number}", key=f"pick_{bead.id}", on_click=_focus, args=(bead.id, False),
                   type="primary" if active else "tertiary", help="Make this the active pair")
    cols[0].markdown(f"{status.get(bead.status, '')}<br><small>{escape(bead.kind)} · "
                     f"{score_text(bead.score)}</small>", unsafe_allow_html=True)
    badges = "".join(badge(k) for k in bead.kinds)
    style = f'style="background:{colour};border:{border};border-radius:6px;padding:6px"'
    src = highlight(" ".join(bead.source), evidence_spans(bead.evidence, "source"))
    tgt = highlight(" ".join(bead.target), evidence_spans(bead.evidence, "target"))
    cols[1].markdown(f"<div {style}>{src or '<i>— nothing —</i>'}</div>", unsafe_allow_html=True)
    cols[2].markdown(f"<div {style}>{tgt or '<i>— nothing —</i>'}{'<br>' + badges if badges else ''}</div>",
                     unsafe_allow_html=True)
    if third:
        text = " ".join(dict.fromkeys(third[i] for i in bead.source_ids if i in third))
        cols[3].markdown(f"<div {style}>{escape(text)}</div>", unsafe_allow_html=True)


def _focus(bead_id: int | None, keep: bool = True) -> None:
    """Make ``bead_id`` the active pair of the next run.

    The selector is set from here, not left to the browser: an action can change the pair's
    label, and a browser holding the old label would send it back with the next click, which
    Streamlit answers with the first option (the next action then landed on pair #1). With
    ``keep`` the pair stays listed while the filters no longer match it (a merge clears the
    machine's flags; a confirm takes it out of "Unconfirmed only"), until the reviewer moves on.
    """
    if bead_id is None:
        return
    st.session_state.pending_active = bead_id
    st.session_state.kept_bead = bead_id if keep else None


def _with_kept(beads: list[BeadView], all_beads: list[BeadView]) -> list[BeadView]:
    """The filtered pairs plus the one the reviewer just acted on, in the run's order."""
    kept = st.session_state.get("kept_bead")
    if kept is None or any(b.id == kept for b in beads):
        return beads
    extra = [b for b in all_beads if b.id == kept]
    return sorted([*beads, *extra], key=lambda b: b.order)


def _event_focus(event: EventView | None) -> int | None:
    """The pair an undo or redo touched: its own bead if still there, else the first one it left."""
    if event is None:
        return None
    alive = sorted((snap for snap in event.after if snap.get("active")), key=lambda snap: snap["order"])
    ids = [snap["id"] for snap in alive]
    return event.bead_id if event.bead_id in ids else (ids[0] if ids else None)


def _picked() -> None:
    """The reviewer chose a pair in the selector: the pair kept from the last action may go."""
    st.session_state.kept_bead = None


def _nearest(bead_id: object, beads: list[BeadView], all_beads: list[BeadView]) -> int:
    """``bead_id`` if listed, else the listed pair nearest to it in the run, else the first."""
    order = next((b.order for b in all_beads if b.id == bead_id), None)
    if order is None:
        return beads[0].id
    return min(beads, key=lambda b: abs(b.order - order)).id


def _actions_panel(repo: Repository, run: RunInfo, beads: list[BeadView], all_beads: list[BeadView]) -> None:
    ids = [b.id for b in beads]
    position = {b.id: i for i, b in enumerate(beads)}
    number = _numbers_in_run(all_beads)
    if "pending_active" in st.session_state:
        pending = st.session_state.pop("pending_active")
        st.session_state.active_bead = pending if pending in position else _nearest(pending, beads, all_beads)
    if st.session_state.get("active_bead") not in position:
        st.session_state.active_bead = _nearest(st.session_state.get("active_bead"), beads, all_beads)
    with st.container(border=True):
        st.selectbox("Pair", ids, key="active_bead", on_change=_picked,
                     format_func=lambda i: _pair_label(number[i], beads[position[i]]))
        current = beads[position[st.session_state.active_bead]]
        # buttons in a row that wraps, each as wide as its label: fixed columns cut "Next unconfi…";
        # each has its key (shown on it, and in the key map below): the keyboard drives the review
        nav = st.container(horizontal=True)
        if nav.button("Previous pair", key="previous_pair", shortcut=KEYS["previous"]):
            _step(beads, current, -1)
        if nav.button("Next pair", key="next_pair", shortcut=KEYS["next"]):
            _step(beads, current, 1)
        if nav.button("Next flagged", key="next_flagged", shortcut=KEYS["flagged"]):
            _jump(beads, current, lambda b: b.flagged)
        if nav.button("Next unconfirmed", key="next_unconfirmed", shortcut=KEYS["unconfirmed"]):
            _jump(beads, current, lambda b: b.status not in ("confirmed", "rejected"))
        can_undo, can_redo = repo.undo_redo_available(run.id, actor=workflow.local_user())
        if nav.button("Undo", key="undo", disabled=not can_undo, shortcut=KEYS["undo"]):
            with user_errors():
                _focus(_event_focus(repo.undo(run.id, actor=workflow.local_user())))
                st.rerun()
        if nav.button("Redo", key="redo", disabled=not can_redo, shortcut=KEYS["redo"]):
            with user_errors():
                _focus(_event_focus(repo.redo(run.id, actor=workflow.local_user())))
                st.rerun()
        nav.number_input("Go to pair", 1, len(all_beads), value=None, key="go_to_pair", on_change=_go_to,
                         args=([b.id for b in all_beads],), placeholder="number, Enter",
                         help=f"Press {KEYS['go']} to type a pair's number here.")
        _key_map()
        if current.reasons:
            st.markdown("".join(badge(k) for k in current.kinds) + "<br>" +
                        "<br>".join(escape(r) for r in current.reasons), unsafe_allow_html=True)
        hints = [h for h in current.hints or () if isinstance(h, dict)]
        if st.session_state.get("show_hints") and hints:
            st.markdown("<span style='color:#6b7280'>Hints, below the flag cut:<br>" + "<br>".join(
                f"{escape(str(h.get('kind', '')))}: {escape(str(h.get('reason', '')))}"
                + terms_panel.dismissed_note(h) for h in hints)
                + "</span>", unsafe_allow_html=True)
        # a reviewer's name and note are shown as text, not markdown
        st.caption(f"Status: {inert(current.status)}"
                   + (f" · by {inert(current.reviewer)}" if current.reviewer else "")
                   + (f" · note: {inert(current.note)}" if current.note else ""))
        _bead_actions(repo, current)
        terms_panel.not_a_drift(repo, run, current)


KEYS = {"previous": "P", "next": "N", "flagged": "F", "unconfirmed": "U", "undo": "Z", "redo": "Y",
        "confirm": "A", "reject": "X", "merge": "M", "split": "S", "omission": "O", "addition": "D",
        "go": "G"}
"""One key per review action, as alignment editors (InterText, memoQ) give them: a letter, no
modifier. Streamlit keeps C and R for itself; keys do nothing while a text box has the focus."""
KEY_MAP = ("Keys: " + " · ".join(f"{KEYS[k]} {words}" for k, words in [
    ("next", "next pair"), ("previous", "previous pair"), ("flagged", "next flagged"),
    ("unconfirmed", "next unconfirmed"), ("confirm", "confirm"), ("reject", "reject"),
    ("merge", "merge with next"), ("split", "split"), ("omission", "omission"), ("addition", "addition"),
    ("undo", "undo"), ("redo", "redo"), ("go", "go to pair (type its number, Enter)")]))
_GO_KEY = """<script>
// the "go to pair" key: focus the number box of the page (this frame's parent), unless typing elsewhere
const doc = window.parent.document;
doc.parallaxGoKey && doc.removeEventListener("keydown", doc.parallaxGoKey);
doc.parallaxGoKey = (e) => {
  const t = e.target;
  if (e.key.toLowerCase() !== "%s" || e.ctrlKey || e.metaKey || e.altKey) return;
  if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
  const box = doc.querySelector('input[aria-label="Go to pair"]');
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
  // Enter takes the number; then the box lets go of the focus, so the next key is a review key again
  if (!box.parallaxBlur) {
    box.parallaxBlur = true;
    box.addEventListener("keydown", (k) => { if (k.key === "Enter") setTimeout(() => box.blur(), 50); });
  }
};
doc.addEventListener("keydown", doc.parallaxGoKey);
</script>"""


def _key_map() -> None:
    """The keys, in words, and the one key Streamlit has no button for (focus "Go to pair")."""
    import streamlit.components.v1 as components

    st.caption(KEY_MAP)
    components.html(_GO_KEY % KEYS["go"].lower(), height=0)


def _step(beads: list[BeadView], current: BeadView, delta: int) -> None:
    """The listed pair before or after the active one (the list's ends stay where they are)."""
    at = next(i for i, b in enumerate(beads) if b.id == current.id)
    _focus(beads[min(len(beads) - 1, max(0, at + delta))].id, keep=False)
    st.rerun()


def _go_to(ids: list[int]) -> None:
    """The reviewer typed a pair's number: that pair becomes the active one (shown even where the
    filters hide it), and the box empties for the next number."""
    number = st.session_state.get("go_to_pair")
    st.session_state.go_to_pair = None
    if number is not None and 1 <= number <= len(ids):
        _focus(ids[int(number) - 1])


def _pair_label(number: int, bead: BeadView) -> str:
    """A pair in the selector: its number and its first sentence. Only the first: a merge or a split
    keeps it, so the label the browser holds stays valid (a label the selector no longer offers is
    answered with its first option, and the next key or click landed on pair #1)."""
    first = (bead.source or bead.target or ("",))[0]
    return plain(f"#{number}: {first[:120]}")


def _jump(beads: list[BeadView], current: BeadView, wanted: Callable[[BeadView], bool]) -> None:
    start = next(i for i, b in enumerate(beads) if b.id == current.id)
    for b in beads[start + 1:] + beads[:start + 1]:
        if wanted(b):
            _focus(b.id, keep=False)
            st.rerun()
    st.toast("No further pair of that kind.")


def _remember_click(action: str, bead_id: int, seen_version: int) -> None:
    """Runs before the rerun that a click causes, so it keeps the version the reviewer was looking at.

    The rerun reads the pair afresh; taking the version from that read would make every
    click win over a change someone else made in the meantime.
    """
    st.session_state.review_click = (action, bead_id, seen_version)


def _bead_actions(repo: Repository, bead: BeadView) -> None:
    if not can_review(repo, bead.run_id):
        st.caption("Read only: review actions need the reviewer role in this project.")
        return
    actor = workflow.local_user()
    act = st.container(horizontal=True)
    seen = (bead.id, bead.version)
    for name, label in [("confirm", "Confirm"), ("reject", "Reject"), ("merge", "Merge with next"),
                        ("split", "Split"), ("omission", "Mark omission"), ("addition", "Mark addition")]:
        act.button(label, key=f"act_{name}", on_click=_remember_click, args=(name, *seen),
                   shortcut=KEYS[name], help=SPLIT_HELP if name == "split" else None)
    with act.popover("Split / re-link / note"):
        s_cut = st.number_input("Split: source sentences in the first part", 0, len(bead.source_ids),
                                value=min(1, len(bead.source_ids)), key=f"split_src_{bead.id}_{bead.version}")
        t_cut = st.number_input("Split: target sentences in the first part", 0, len(bead.target_ids),
                                value=min(1, len(bead.target_ids)), key=f"split_tgt_{bead.id}_{bead.version}")
        st.caption(SPLIT_HELP)
        # keyed by version: after any change the boxes offer the pair as it now is; sentence
        # numbers count from 1, as a reader does (the repository counts from 0)
        src_ids = st.text_input("Re-link: source sentence numbers", _shown_numbers(bead.source_ids),
                                key=f"relink_src_{bead.id}_{bead.version}", help=SENTENCE_NUMBERS)
        tgt_ids = st.text_input("Re-link: target sentence numbers", _shown_numbers(bead.target_ids),
                                key=f"relink_tgt_{bead.id}_{bead.version}", help=SENTENCE_NUMBERS)
        st.button("Re-link", key="act_relink", on_click=_remember_click, args=("relink", *seen))
        note = st.text_area("Note", bead.note or "", key=f"note_{bead.id}_{bead.version}")
        st.button("Save note", key="act_note", on_click=_remember_click, args=("note", *seen))
        # a typo in a sentence: corrected, logged and undone like any action, the drift judged again
        sentences = [("target", i, t) for i, t in zip(bead.target_ids, bead.target, strict=True)] + \
                    [("source", i, t) for i, t in zip(bead.source_ids, bead.source, strict=True)]
        which = st.selectbox("Correct the text of", range(len(sentences)),
                             key=f"edit_which_{bead.id}_{bead.version}",
                             format_func=lambda k: f"{sentences[k][0]} sentence {sentences[k][1] + 1}")
        corrected = st.text_area("Corrected text", sentences[which][2] if sentences else "",
                                 key=f"edit_text_{bead.id}_{bead.version}_{which}")
        st.button("Save text", key="act_edit_text", on_click=_remember_click, args=("edit_text", *seen))
    click = st.session_state.pop("review_click", None)
    if click is None:
        return
    pressed, clicked_id, seen_version = click
    if clicked_id != bead.id:
        st.warning("Not saved: the pair you clicked on is no longer the one shown; check it and try again.")
        return
    version = {"expected_version": seen_version, "actor": actor}
    saved = False
    with user_errors():
        result: BeadView
        if pressed == "confirm":
            result = repo.confirm(bead.id, **version)
        elif pressed == "reject":
            result = repo.reject(bead.id, **version)
        elif pressed == "merge":
            result = repo.merge_with_next(bead.id, **version)
        elif pressed == "omission":
            result = repo.mark_omission(bead.id, **version)
        elif pressed == "addition":
            result = repo.mark_addition(bead.id, **version)
        elif pressed == "split":
            result = repo.split(bead.id, int(s_cut), int(t_cut), **version)[0]
        elif pressed == "relink":
            result = repo.relink(bead.id, _numbers(src_ids), _numbers(tgt_ids), **version)
        elif pressed == "edit_text":
            side, index, _ = sentences[which]
            result = repo.edit_text(bead.id, side, index, corrected, **version)
        else:
            result = repo.set_note(bead.id, note, **version)
        _focus(result.id)  # the bead the action made (the merged one, the first of a split)
        saved = True
    if saved:
        st.rerun()
    elif seen_version != bead.version:
        st.info("The pair above now shows the other change. Reload it to see the latest state, "
                "then decide again.")
        st.button("Reload the pair", key="conflict_reload")


SPLIT_HELP = ("Split cuts where “Split / re-link / note” says: after the first sentence of each side "
              "unless changed there.")
SENTENCE_NUMBERS = "Sentence 1 is the document's first sentence (as in the Import page's preview)."


def _shown_numbers(indexes: tuple[int, ...]) -> str:
    """Stored 0-based sentence indexes as the 1-based numbers the reviewer reads and types."""
    return ", ".join(str(i + 1) for i in indexes)


def _numbers(text: str) -> list[int]:
    """The reviewer's 1-based sentence numbers as the repository's 0-based indexes."""
    try:
        numbers = [int(x) for x in text.replace(",", " ").split()]
    except ValueError as exc:
        raise InputError("sentence numbers must be whole numbers separated by commas") from exc
    if any(n < 1 for n in numbers):
        raise InputError("re-link points at a sentence that does not exist: sentence numbers start at 1")
    return [n - 1 for n in numbers]


# ---------------------------------------------------------------------- quotes
def quotes_page(repo: Repository, project: ProjectInfo) -> None:
    st.header(f"Quotes — {inert(project.name)}")
    docs = repo.list_documents(project.id)
    if not docs:
        st.info("Import documents first.")
        return
    label = {d.id: _doc_label(d) for d in docs}
    ids = [d.id for d in docs]
    quoting = st.selectbox("Text with quotations", ids, format_func=label.get, key="quoting_doc")
    candidates = [i for i in ids if i != quoting]
    default_sources = workflow.default_quote_sources(repo, quoting, docs)
    sources = st.multiselect("Source documents (originals of the quoted passages)", candidates,
                             default=default_sources, format_func=label.get, key="quote_sources")
    doc = repo.load_document(quoting)
    cited, missing = quote_view.cited_footnotes(doc, doc.quotes)
    links: dict[int, int] = {}
    if cited and sources:
        with st.expander("Link footnotes to source documents (optional)"):
            if missing:
                st.caption(inert("Cited but not in the footnote list, so not offered: "
                                 + ", ".join(f"[{n}]" for n in missing)))
            for number in cited:
                choice = st.selectbox(quote_view.footnote_label(doc, number), [0] + sources,
                                      format_func=lambda i: "— any —" if i == 0 else label[i],
                                      key=f"fn_link_{number}")
                if choice:
                    links[number] = choice
    if st.button("Trace quotations", key="trace_quotes", disabled=not sources, type="primary"):
        bar = st.progress(0.0, text="Tracing…")
        with user_errors():
            result = workflow.trace_quotes_stored(
                repo, quoting, sources, links,
                progress=lambda stage, done, total: bar.progress(min(1.0, done / max(total, 1)),
                                                                 text=f"{inert(stage)}: {done}/{total}"))
            st.success(f"Quotations traced: {result.found} with a source, {result.unmatched} "
                       "without a source found (the nearest passage and the reason are listed).")
    traces = repo.quote_traces(quoting)
    chosen = None
    if len(traces) > 1:
        labels = {t.trace: plain(f"#{t.trace}" + (f" — {t.created_at:%Y-%m-%d %H:%M}" if t.created_at else "")
                                 + " — " + ", ".join(f"{k} {v}" for k, v in sorted(t.verdicts.items())))
                  for t in traces}
        chosen = st.selectbox("Tracing run (earlier ones are kept, to compare)",
                              [t.trace for t in reversed(traces)], format_func=labels.get, key="quote_trace")
    quotes = repo.list_quotes(quoting, trace=chosen)
    if not quotes:
        st.info("This document has no quotations.")
        return
    names = {d.id: plain(d.source_name) for d in docs}
    texts: dict[int, str] = {}
    rows = []
    for q in quotes:
        m = q.matches[0] if q.matches else None
        if m is not None and m.matched_document_id not in texts:
            texts[m.matched_document_id] = repo.load_document(m.matched_document_id).text
        evidence = (m.evidence or {}) if m else {}
        nearest = bool(evidence.get("nearest"))
        passage = texts[m.matched_document_id][m.start:m.end] if m else ""
        coverage = evidence.get("word_coverage")
        rows.append({
            "quotation": q.text, "footnote": _footnote(q.footnote),
            "verdict": m.verdict if m else "not traced",
            "source": names.get(m.matched_document_id, "") if m and not nearest else "",
            "source passage": "" if nearest else passage,
            "nearest passage": passage if nearest else "",
            "score": round(m.score, 3) if m and m.score is not None else None,
            "words covered": f"{coverage:.0%}" if isinstance(coverage, (int, float)) else "",
            "match confidence": evidence.get("match_confidence"),
            "reasons": "; ".join(m.reasons) if m else "",
        })
    st.dataframe(pd.DataFrame(rows), hide_index=True)
    st.subheader("One quotation, side by side with its passage")
    by_id = {q.id: q for q in quotes}
    picked = by_id[st.selectbox("Quotation", list(by_id), key="quote_detail",
                                format_func=lambda i: quote_view.quote_label(by_id[i]))]
    m = picked.matches[0] if picked.matches else None
    source = m.matched_document_id if m else None
    quote_view.show_quote(doc, picked, names.get(quoting, ""), texts.get(source) if source else None,
                          names.get(source, "") if source else "")


# ---------------------------------------------------------------------- overview
def overview_page(repo: Repository, project: ProjectInfo) -> None:
    import altair as alt

    st.header(f"Overview — {inert(project.name)}")
    _show_progress(repo.review_progress(project.id), "the project (its current alignments)")
    run = _choose_run(repo, project, "overview_run_select")
    if run is None:
        return
    beads = repo.list_beads(run.id)
    path = pd.DataFrame([{"source": i + 1, "target": j + 1, "score": score_text(b.score),
                          "drift": b.drift_score or 0.0, "pair": n + 1, "bead": b.id}
                         for n, b in enumerate(beads) for i in b.source_ids for j in b.target_ids])
    st.subheader("Alignment path")
    if not path.empty:
        st.caption("Click a point to open its pair in Review.")
        st.altair_chart(alt.Chart(path).mark_square(size=30).encode(
            x="source:Q", y=alt.Y("target:Q", sort="descending"),
            color=alt.Color("drift:Q", scale=alt.Scale(scheme="reds", domain=[0, 1])),
            tooltip=["pair", "source", "target", "score", "drift"]).add_params(
            alt.selection_point(name=PATH_PICK, fields=["bead"])), use_container_width=True,
            key="path_chart", on_select=lambda: _chart_picked(run.id, "path_chart", PATH_PICK, "bead"))
    st.subheader("Bead scores")
    scores = pd.DataFrame({"score": [b.score for b in beads if b.score is not None]})
    st.altair_chart(alt.Chart(scores).mark_bar().encode(alt.X("score:Q", bin=alt.Bin(maxbins=30)),
                                                       y="count()"), use_container_width=True)
    edited = sum(b.score is None for b in beads)
    if edited:
        st.caption(f"{edited} pair(s) reshaped by reviewers have no aligner score and are not counted here.")
    st.subheader("Drift kinds")
    counts: dict[str, int] = {}
    for b in beads:
        for k in b.kinds:
            counts[k] = counts.get(k, 0) + 1
    if not counts:
        st.caption("No drift flagged.")
        return
    st.caption("Click a bar, or a button below it, to open the pairs of that kind in Review.")
    st.altair_chart(alt.Chart(pd.DataFrame({"kind": list(counts), "pairs": list(counts.values())}))
                    .mark_bar().encode(x=alt.X("kind:N", sort="-y"), y="pairs:Q", tooltip=["kind", "pairs"])
                    .add_params(alt.selection_point(name=KIND_PICK, fields=["kind"])),
                    use_container_width=True, key="kinds_chart",
                    on_select=lambda: _chart_picked(run.id, "kinds_chart", KIND_PICK, "kind"))
    row = st.container(horizontal=True)
    for kind, n in sorted(counts.items()):
        row.button(f"{kind} ({n})", key=f"open_kind_{kind}", on_click=open_in_review, args=(run.id,),
                   kwargs={"kind": kind}, help=f"Open the {n} pair(s) flagged {kind} in Review")


PATH_PICK, KIND_PICK = "pair_pick", "kind_pick"


def picked_value(state: object, param: str, field: str) -> object | None:
    """The ``field`` of the first point picked under selection ``param`` of a chart's event state
    (``{"selection": {param: [{field: value, …}]}}``); None when nothing is picked."""
    try:
        points = state["selection"][param]  # type: ignore[index]
    except (KeyError, TypeError):
        return None
    if isinstance(points, dict):  # some selections give {field: [values]}
        values = points.get(field)
        return values[0] if isinstance(values, list) and values else None
    for point in points or ():
        if isinstance(point, dict) and point.get(field) is not None:
            return point[field]
    return None


def _chart_picked(run_id: int, key: str, param: str, field: str) -> None:
    """A click on a chart of the Overview: the pair (path) or the kind (drift kinds) opens in Review."""
    value = picked_value(st.session_state.get(key), param, field)
    if value is None:
        return
    if field == "bead":
        open_in_review(run_id, bead_id=int(value))
    else:
        open_in_review(run_id, kind=str(value))


def open_in_review(run_id: int, kind: str | None = None, bead_id: int | None = None) -> None:
    """Review on ``run_id``: filtered on ``kind`` (its first pair active), or with ``bead_id`` active and
    no filter. A callback, so that it may still set the page selector and the Review filters."""
    st.session_state.page = "Review"
    st.session_state.review_run = run_id
    st.session_state.pop("review_run_select", None)  # else it keeps the run it showed last
    st.session_state.flt_flagged = False
    st.session_state.flt_unconfirmed = False
    st.session_state.flt_search = ""
    st.session_state.flt_kinds = [kind] if kind else []
    st.session_state.pop("active_bead", None)  # the first listed pair, unless a pair was clicked
    _focus(bead_id, keep=False)


# ---------------------------------------------------------------------- export
def export_page(repo: Repository, project: ProjectInfo) -> None:
    from corpora.exporters import FORMATS, export_corpus, parse_filter

    st.header(f"Export — {inert(project.name)}")
    run = _choose_run(repo, project, "export_run_select")
    if run is None:
        return
    fmt = st.selectbox("Format", list(FORMATS), format_func=lambda f: f"{f}: {FORMATS[f].description}",
                       key="export_format")
    which = st.radio("Which pairs", ["all", "confirmed", "above a score"], horizontal=True,
                     key="export_which")
    threshold = (st.slider("Minimum score", 0.0, 1.0, 0.5, key="export_min")
                 if which == "above a score" else None)
    spec = {"all": "all", "confirmed": "confirmed"}.get(which, f"min-score={threshold}")
    with user_errors():
        corpus = repo.aligned_corpus(run.id)
        flt = parse_filter(spec)
        with tempfile.TemporaryDirectory() as tmp:
            # no "/" and no bidi or control character in the file name the browser saves
            base = Path(tmp) / (plain(project.name).replace("/", "_") or "export")
            # the name plus the extension: with_suffix would cut a project name at its last dot
            target = base.with_name(base.name + (FORMATS[fmt].extension or ""))
            written = export_corpus(corpus, fmt, target, flt)
            files = [Path(p) for p in written]
            if len(files) == 1:
                data, name = files[0].read_bytes(), files[0].name
            else:
                import zipfile

                buffer = io.BytesIO()
                with zipfile.ZipFile(buffer, "w") as archive:
                    for f in files:
                        archive.write(f, f.name)
                data, name = buffer.getvalue(), base.name + ".zip"
        shown = Path(name)  # the label is markdown: the project's part of the name made inert
        st.download_button(f"Download {inert(shown.stem)}{shown.suffix}", data, file_name=name,
                           key="download_export")


def _start_page(repo: Repository, project: ProjectInfo) -> None:
    from workbench.start import start_page

    start_page(repo, project)


PAGES: dict[str, Page] = {
    "Start": _start_page,  # first: where a new user lands
    "Import": import_page,
    "Align": align_page,
    "Review": review_page,
    "Quotes": quotes_page,
    "Overview": overview_page,
    "Export": export_page,
}
