"""The workbench's termbase: "Not a drift" on a flagged pair, the offer of its term pair, and the
Terms section (list, import, export). Renders and calls ``db`` only; matching lives in
``alignment.termbase``."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from alignment.termbase import TermEntry, entries_from_records, evidence_phrases, records_of
from db.repository import Repository
from db.views import BeadView, ProjectInfo, RunInfo
from parallax import workflow
from workbench.auth import can_review
from workbench.render import inert

TERM_KINDS = ("names", "numbers")
"""Flags whose words may be a term or a name the project translates one way."""


def not_a_drift(repo: Repository, run: RunInfo, bead: BeadView) -> None:
    """Under a flagged pair: "Not a drift" dismisses its flags (review log: who, when; undo takes it
    back) and then offers the words the flags pointed at as a term pair for the project termbase."""
    from workbench.pages import _focus, user_errors

    offer = st.session_state.get("term_offer")
    if offer and offer["bead"] == bead.id:
        _offer_terms(repo, run, offer)
    if not bead.flagged or not can_review(repo, bead.run_id):
        return
    st.button("Not a drift", key="act_not_a_drift", on_click=_remember, args=(bead.id, bead.version),
              help="The flags of this pair are false alarms: they are kept as hints, and the next run of "
                   "this pair does not raise them again.")
    click = st.session_state.pop("dismiss_click", None)
    if click is None or click[0] != bead.id:
        return
    with user_errors():
        repo.dismiss_flags(bead.id, actor=workflow.local_user(), expected_version=click[1])
        st.session_state.term_offer = {"bead": bead.id, **suggested_terms(bead)}
        _focus(bead.id)  # stays listed (and active) under "Flagged only" while the offer is open
        st.rerun()


def dismissed_note(hint: dict) -> str:
    """" — not a drift (ann, 2026-12-06T05:00:00+00:00)" for a hint a reviewer dismissed, escaped."""
    from workbench.render import escape

    mark = hint.get("dismissed")
    if not isinstance(mark, dict):
        return ""
    return escape(f" — {mark.get('reason', 'not a drift')} ({mark.get('by', '?')}, {mark.get('at', '')})")


def _remember(bead_id: int, version: int) -> None:
    """Keep the version the reviewer looked at (the rerun that the click causes reads the pair anew)."""
    st.session_state.dismiss_click = (bead_id, version)


def suggested_terms(bead: BeadView) -> dict[str, list[str]]:
    """The words the bead's name and number flags point at, per side, as candidate terms."""
    out: dict[str, list[str]] = {"source": [], "target": []}
    for e in bead.evidence if isinstance(bead.evidence, list) else ():
        if not isinstance(e, dict) or e.get("kind") not in TERM_KINDS:
            continue
        for side, text in (("source", " ".join(bead.source)), ("target", " ".join(bead.target))):
            spans = [tuple(s) for s in e.get(f"{side}_spans") or () if len(s) == 2]
            out[side] += [p for p in evidence_phrases(text, spans) if p not in out[side]]
    return out


def _offer_terms(repo: Repository, run: RunInfo, offer: dict) -> None:
    from workbench.pages import user_errors

    src_lang = repo.get_document(run.source_document_id).language
    tgt_lang = repo.get_document(run.target_document_id).language
    with st.container(border=True):
        st.markdown("**Dismissed as not a drift.** Add a term pair to the project termbase, so that these "
                    "words are not read as names or numbers again?")
        words = [f"{inert(src_lang)}: {inert(', '.join(offer['source']) or '—')}",
                 f"{inert(tgt_lang)}: {inert(', '.join(offer['target']) or '—')}"]
        st.caption("The flags pointed at " + " · ".join(words))
        cols = st.columns(2)
        source = cols[0].text_input(f"Term ({src_lang})", (offer["source"] or [""])[0], key="offer_source")
        target = cols[1].text_input(f"Term ({tgt_lang})", (offer["target"] or [""])[0], key="offer_target")
        row = st.container(horizontal=True)
        both = bool(source.strip() and target.strip())
        if row.button("Add to the termbase", key="offer_add", disabled=not both):
            with user_errors():
                entry = TermEntry.of({src_lang: [source], tgt_lang: [target]})
                added = repo.add_terms(run.project_id, [entry], actor=workflow.local_user())
                st.session_state.pop("term_offer", None)
                st.toast("Added to the termbase; it applies from the next alignment of this pair." if added
                         else "The termbase has this pair already.")
                st.rerun()
        if row.button("No term to add", key="offer_skip"):
            st.session_state.pop("term_offer", None)
            st.rerun()


def terms_section(repo: Repository, project: ProjectInfo) -> None:
    """The project termbase: its entries, an import (TBX or CSV) and the export in both formats."""
    with st.expander("Terms: the project termbase"):
        _terms_body(repo, project)


def _terms_body(repo: Repository, project: ProjectInfo) -> None:
    from corpora.termfiles import read_terms, terms_bytes
    from workbench.pages import user_errors

    st.caption("Terms and names this project translates one way (Black Hundreds = Cent-Noirs): numbers and "
               "names inside an entry found on both sides of a pair are not drift. They apply from the next "
               "alignment of a pair.")
    terms = repo.list_terms(project.id)
    if terms:
        st.dataframe(pd.DataFrame([{"#": t.id, **{k: " | ".join(v) for k, v in t.entry.terms.items()},
                                    "note": t.entry.note, "added by": t.created_by or ""} for t in terms]),
                     hide_index=True, key="terms_table")
    else:
        st.caption("No terms yet.")
    upload = st.file_uploader("Import terms (.tbx or .csv)", type=["tbx", "csv"], key="terms_upload")
    if upload is not None and st.button("Import terms", key="terms_import"):
        with user_errors():
            entries = entries_from_records(read_terms(upload.getvalue(), upload.name))
            added = repo.add_terms(project.id, entries, actor=workflow.local_user())
            st.success(f"{len(added)} of {len(entries)} entries added (the others were there already or name "
                       "fewer than two languages).")
    if terms:
        row = st.container(horizontal=True)
        records = records_of(t.entry for t in terms)
        for kind in ("tbx", "csv"):
            row.download_button(f"Download {kind.upper()}", terms_bytes(records, kind),
                                file_name=f"terms.{kind}", key=f"terms_download_{kind}")
