"""Markdown injection in a real browser: a project named ``![t](http://127.0.0.1:PORT/p.png)`` fetches
nothing.

The real server (``streamlit run``) and headless Chromium, as in ``tests/workbench/test_browser.py``.
A small HTTP listener on loopback stands for the attacker's server: while every page renders, and
while a pasted text and an uploaded file with markdown links in their names are imported, it must
get no request, and the names must be shown as the literal text. Screenshots go to
``test-artifacts/security/``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from security_kit import workbench_browser

from db.repository import Repository
from parallax import workflow

ROOT = Path(__file__).resolve().parents[2]
ARTEFACTS = ROOT / "test-artifacts" / "security"
WJ = "\u2060"  # the invisible word joiner that breaks autolinks in displayed names

pytestmark = pytest.mark.slow

browser = workbench_browser.browser
running_workbench = workbench_browser.running_workbench


@pytest.fixture
def listener() -> Iterator[tuple[int, list[str]]]:
    """An HTTP server on a free loopback port that records each request (path and Referer)."""
    seen: list[str] = []

    class Record(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            seen.append(f"{self.path} (Referer: {self.headers.get('Referer')})")
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Record)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def hostile_server(tmp_path, listener):  # type: ignore[no-untyped-def]
    port, seen = listener
    url_db = f"sqlite:///{tmp_path / 'parallax.db'}"
    repo = Repository.open(url_db)
    project = repo.create_project(f"![t](http://127.0.0.1:{port}/p.png)")
    source, _ = workflow.import_pasted(repo, project.id, "The dam was built in 1962. It holds the river.",
                                       f"[d](http://127.0.0.1:{port}/d).txt", "en")
    target, _ = workflow.import_pasted(repo, project.id, "Le barrage fut construit en 1962. Il retient le "
                                       "fleuve.", "target.txt", "fr")
    workflow.align_stored(repo, source.id, target.id, model="hashing")
    repo.close()
    env = dict(os.environ, PARALLAX_DATA_DIR=str(tmp_path / "data"), PARALLAX_DATABASE_URL=url_db,
               PARALLAX_USER="reviewer", PARALLAX_MODEL="hashing")
    with running_workbench(env, tmp_path / "server.log") as url:
        yield url, port, seen


def _text(locator) -> str:  # type: ignore[no-untyped-def]
    return locator.inner_text().replace(WJ, "")


def _no_markup_towards(page, port: int) -> None:  # type: ignore[no-untyped-def]
    """No image, link or other element of the page points at the listener."""
    pointing = page.evaluate(
        """port => [...document.querySelectorAll('[src], [href], [srcset]')]
                   .map(e => e.getAttribute('src') || e.getAttribute('href') || e.getAttribute('srcset'))
                   .filter(v => v.includes(':' + port))""", port)
    assert pointing == []


def _go(page, name: str) -> None:  # type: ignore[no-untyped-def]
    page.locator('[data-testid="stSidebar"]').get_by_text(name, exact=True).click()
    page.get_by_role("heading", name=f"{name} —").first.wait_for(timeout=60_000)
    page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)


def test_a_project_named_as_a_markdown_image_fetches_nothing(hostile_server, browser) -> None:
    url, port, seen = hostile_server
    name = f"![t](http://127.0.0.1:{port}/p.png)"
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(url)
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_text("Import", exact=True).wait_for(timeout=90_000)
    sidebar.get_by_text("Import", exact=True).click()  # a first visit lands on the Start page
    page.get_by_role("heading", name="Import —").first.wait_for(timeout=90_000)
    page.get_by_text("Manage projects").click()  # its "Yes, delete “…”" label quotes the name
    project_delete = page.get_by_text("and all its reviews")  # the project's box, not a document's
    project_delete.wait_for(timeout=30_000)
    page.wait_for_timeout(1000)  # an image request would have arrived by now
    assert seen == [], f"the browser fetched the attacker's URL: {seen}"
    assert _text(project_delete) == f"Yes, delete “{name}” and all its reviews"
    for title in ("Import", "Align", "Review", "Quotes", "Overview", "Export"):
        _go(page, title)
        assert _text(page.get_by_role("heading", name=f"{title} —").first) == f"{title} — {name}"
        _no_markup_towards(page, port)
    download = page.locator('[data-testid="stDownloadButton"] button')
    download.wait_for(timeout=60_000)
    assert _text(download) == f"Download ![t](http:__127.0.0.1:{port}_p.png).tmx"  # "/" is "_" in a file name

    _go(page, "Import")
    page.get_by_label("Name of the pasted text").fill(f"[p](http://127.0.0.1:{port}/paste)")
    page.get_by_label("Or paste a text").fill("A short pasted text. It has two sentences.")
    page.get_by_role("button", name="Import pasted text").click()
    pasted = page.locator('[data-testid="stAlertContentSuccess"]').filter(has_text="Imported")
    pasted.wait_for(timeout=60_000)
    assert _text(pasted).startswith(f"Imported: [p](http://127.0.0.1:{port}/paste) (")
    assert pasted.locator("a").count() == 0

    documents = page.locator('[data-testid="stFileUploader"]').filter(has_text="Upload files")
    documents.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(  # not the termbase's
        {"name": f"![u](http:127.0.0.1:{port}).txt", "mimeType": "text/plain",
         "buffer": b"An uploaded text. It has two sentences as well."})
    page.get_by_role("button", name="Import uploaded files").click()
    uploaded = page.locator('[data-testid="stAlertContentSuccess"]').filter(has_text="![u]")
    uploaded.wait_for(timeout=60_000)
    assert _text(uploaded).startswith(f"Imported: ![u](http:127.0.0.1:{port}).txt (")
    _no_markup_towards(page, port)
    page.screenshot(path=str(ARTEFACTS / "markdown-names.png"), full_page=True)

    page.wait_for_timeout(1000)  # a late image request would still arrive
    assert seen == [], f"the browser fetched the attacker's URL: {seen}"
