"""Project names, document names, model names and notes are shown as text on every page, never as markdown.

Headless with Streamlit's AppTest: every string the pages hand to Streamlit's markdown (headers,
alerts, captions, widget labels, radio options, tab and expander labels) is collected and must
hold none of the hostile markup; the plain-text spots (selectbox options) show the name itself.
The browser test in ``tests/security/test_browser_markdown.py`` checks what Chromium renders.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from db.repository import Repository
from parallax import workflow
from parallax.settings import current

APP = Path(__file__).resolve().parents[2] / "app.py"
PROJECT = "![t](http://127.0.0.1:9/p.png) :material/warning: :red[x] $x$ \u202egpj.exe"
DOCUMENT = "[d](http://127.0.0.1:9/d) :red[y].txt"
NOTE = "![n](http://127.0.0.1:9/n.png) www.example.org"
# what must never reach markdown as it was typed
HOSTILE = ("![", "[d]", "](", "http://", "www.example", ":material/", ":red[", "$x$", "\u202e")
MARKDOWN_KINDS = ("markdown", "caption", "header", "subheader", "title", "success", "info", "warning",
                  "error", "toast")


def _markdown_sources(node) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Every string of the page that Streamlit renders as markdown."""
    if getattr(node, "type", None) in MARKDOWN_KINDS:
        yield node.value
    proto = getattr(node, "proto", None)
    label = getattr(proto, "label", None)
    if isinstance(label, str):
        yield label
    if getattr(node, "type", None) == "radio":
        yield from node.options
    for child in getattr(node, "children", {}).values():
        yield from _markdown_sources(child)


def _shown(source: str) -> str:
    """What a markdown source made inert displays: character references decoded, word joiners dropped."""
    return html.unescape(source).replace("\u2060", "")


@pytest.fixture
def hostile_project(workbench_env) -> int:
    repo = Repository.open(current().database())
    project = repo.create_project(PROJECT)
    source, _ = workflow.import_pasted(repo, project.id, "The dam was built in 1962. It holds the river.",
                                       DOCUMENT, "en")
    target, _ = workflow.import_pasted(repo, project.id, "Le barrage fut construit en 1962. Il retient le "
                                       "fleuve.", "![f](http://127.0.0.1:9/f.png).txt", "fr")
    run = workflow.align_stored(repo, source.id, target.id, model="hashing")
    bead = repo.list_beads(run.id)[0]
    reviewer = "![r](http://127.0.0.1:9/r.png)"
    repo.set_note(bead.id, NOTE, expected_version=bead.version, actor=reviewer)
    repo.confirm(bead.id, expected_version=repo.get_bead(bead.id).version, actor=reviewer)
    repo.close()
    return project.id


def test_every_page_shows_hostile_names_and_notes_as_text(hostile_project: int) -> None:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    assert at.sidebar.selectbox(key="project_select").format_func(hostile_project) == \
        "![t](http://127.0.0.1:9/p.png) :material/warning: :red[x] $x$ [U+202E]gpj.exe"
    for page in ("Import", "Align", "Review", "Quotes", "Overview", "Export"):
        at.sidebar.radio(key="page").set_value(page).run()
        assert not at.exception, (page, at.exception)
        sources = list(_markdown_sources(at._tree))
        for source in sources:
            assert not [h for h in HOSTILE if h in source], (page, source)
        assert f"{page} — ![t](http://127.0.0.1:9/p.png) :material/warning: :red[x] $x$ [U+202E]gpj.exe" in \
            [_shown(s) for s in sources], page
    # the export's file name: the whole project name ("/" made "_", no bidi override), then ".tmx"
    assert _shown(at.get("download_button")[0].proto.label) == \
        "Download ![t](http:__127.0.0.1:9_p.png) :material_warning: :red[x] $x$ [U+202E]gpj.exe.tmx"
    at.sidebar.radio(key="page").set_value("Review").run()
    shown = [_shown(c.value) for c in at.caption]
    assert "Status: confirmed · by ![r](http://127.0.0.1:9/r.png) · note: ![n](http://127.0.0.1:9/n.png) " \
        "www.example.org" in shown, shown


def test_import_and_error_messages_quote_names_as_text(hostile_project: int) -> None:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    at.sidebar.radio(key="page").set_value("Import").run()
    at.text_input(key="paste_name").input("[p](http://127.0.0.1:9/p) :material/home:")
    at.text_area(key="paste_text").input("A short pasted text. It has two sentences.")
    at.button[[b.label for b in at.button].index("Import pasted text")].click().run()
    assert not at.exception, at.exception
    assert [_shown(s.value) for s in at.success] == \
        ["Imported: [p](http://127.0.0.1:9/p) :material/home: (en, 2 sentences)"]
    at.text_input(key="new_project_name").input(PROJECT)  # the name is taken: the refusal quotes it
    at.button(key="create_project").click().run()
    assert not at.exception, at.exception
    assert [_shown(e.value) for e in at.error] == \
        ["a project named '![t](http://127.0.0.1:9/p.png) :material/warning: :red[x] $x$ \\u202egpj.exe' "
         "already exists"]
    for source in _markdown_sources(at._tree):
        assert not [h for h in HOSTILE if h in source], source
