"""The first page a new user sees: what Parallax does and its three jobs, each one click away.

On the demo project, opening Review or Export from here aligns the demo's English article with its
French version first (once), so that the page opens on pairs, not on "Nothing aligned yet".
"""

from __future__ import annotations

import streamlit as st

from db.repository import Repository
from db.views import ProjectInfo
from parallax import workflow
from workbench.render import inert

ABOUT = ("Parallax lines up a text with its translations and with the originals of the passages it "
         "quotes, and flags where a translation drifts: a number or a name changed, a negation "
         "flipped, something dropped or added. Everything runs on this computer.")
JOBS = [  # (page, button, what it does)
    ("Review", "Review a translation",
     "The text and its translation side by side, pair by pair; drifts flagged with their evidence. "
     "Confirm, reject, merge, split, correct, with the keyboard."),
    ("Quotes", "Trace quotations",
     "Each quotation traced to its original and judged: faithful, shifted, or no source found."),
    ("Export", "Export a corpus",
     "The reviewed alignment as TMX, XLIFF, TSV/CSV, JSONL, Moses or a drift report."),
]
NEEDS_ALIGNMENT = ("Review", "Export")


def open_page(repo: Repository, project: ProjectInfo, page: str) -> None:
    """A job's button: the demo aligned first where the page shows an alignment, then the page.

    A callback: it runs before the sidebar's page selector is drawn, the one time it may be set."""
    if page in NEEDS_ALIGNMENT and project.name == workflow.DEMO_PROJECT:
        from workbench.pages import user_errors

        run = None
        with st.spinner("Aligning the demo texts (once)…"), user_errors():
            run = workflow.ensure_demo_aligned(repo, project.id)
        if run is not None:
            st.session_state.review_run = run.id
    st.session_state.page = page


def start_page(repo: Repository, project: ProjectInfo) -> None:
    st.header(f"Start — {inert(project.name)}")
    st.markdown(ABOUT)
    if project.name == workflow.DEMO_PROJECT:
        st.caption("This is the demo project: an invented op-ed in English with French and Russian "
                   "versions that hold deliberate drifts, and the Russian originals of its quotations. "
                   "Review opens on its English–French alignment. Your own texts go in a new project "
                   "(sidebar, “Manage projects”), then Import.")
    cols = st.columns(len(JOBS))
    for col, (page, label, what) in zip(cols, JOBS, strict=True):
        with col.container(border=True):
            st.button(label, key=f"start_{page.lower()}", type="primary", on_click=open_page,
                      args=(repo, project, page))
            st.caption(what)
