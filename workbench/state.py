"""Workbench session state: the repository, the current project, the last project remembered."""

from __future__ import annotations

import json

import streamlit as st

from db.errors import PermissionDenied
from db.repository import Repository
from db.views import ProjectInfo
from models.base import Encoder
from parallax import workflow
from parallax.settings import current
from parallax.workflow import ensure_demo_project

_LAST = "workbench.json"


@st.cache_resource(show_spinner=False)
def _repository(url: str | None) -> Repository:
    repo = Repository.open(url)
    repo.drift_encoder = _run_encoder  # corrected pairs are judged with the run's own model
    return repo


@st.cache_resource(show_spinner=False)
def _run_encoder(model: str) -> Encoder | None:
    """Loaded once per model and process: a review action must not wait for a model to load."""
    return workflow.run_encoder(model)


def open_repo() -> Repository:
    """The repository for ``PARALLAX_DATABASE_URL`` (default: the SQLite file), opened once per process."""
    return _repository(current().database())


def _settings_path():  # type: ignore[no-untyped-def]
    return current().data_folder() / _LAST


def last_project_name() -> str | None:
    try:
        return json.loads(_settings_path().read_text(encoding="utf-8")).get("project")
    except (OSError, ValueError):
        return None


def remember_project(project: ProjectInfo) -> None:
    """Write the project's name so the next start opens it."""
    if last_project_name() == project.name:
        return
    try:
        path = _settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"project": project.name}), encoding="utf-8")
    except OSError:
        pass  # remembering is a convenience; never fail a page for it


def start_project(repo: Repository) -> ProjectInfo | None:
    """The project to open: the session's, else the last one used, else the demo corpus."""
    if "project_id" in st.session_state:
        return None if st.session_state.project_id is None else _get(repo, st.session_state.project_id)
    projects = repo.list_projects()
    if not projects:
        if repo.user is not None:  # team mode: projects are made on purpose, not on first sight
            st.session_state.project_id = None
            return None
        project = ensure_demo_project(repo)
    else:
        last = last_project_name()
        project = next((p for p in projects if p.name == last), projects[0])
    st.session_state.project_id = project.id
    return project


def _get(repo: Repository, project_id: int) -> ProjectInfo | None:
    try:
        return repo.get_project(project_id)
    except (LookupError, PermissionDenied):
        st.session_state.project_id = None
        return None
