"""Parallax workbench: import, align, review side by side, trace quotes, export.

Run with ``parallax serve`` (or ``streamlit run app.py``). The page code lives in
``workbench/``; every computation is done by the core and every write by ``db``.
"""

from __future__ import annotations

import streamlit as st

from workbench import pages
from workbench.auth import signed_in
from workbench.state import open_repo, remember_project, start_project

st.set_page_config(page_title="Parallax", page_icon="◐", layout="wide")
# a reviser's tool, not a Streamlit developer's: no "Deploy" button, no "c" for "Clear caches"
st.set_option("client.toolbarMode", "viewer")

repo = signed_in(open_repo())  # the embedded default: open_repo() itself; a team mode: sign in first
project = start_project(repo)

with st.sidebar:
    st.title("Parallax")
    st.caption("Translation alignment, drift and quote fidelity")
    project = pages.project_picker(repo, project)
    page = st.radio("Page", pages.PAGES, key="page", bind="query-params")  # a reload keeps the page

if project is None:
    st.info("Create a project in the sidebar to begin.")
else:
    remember_project(project)
    pages.PAGES[page](repo, project)
