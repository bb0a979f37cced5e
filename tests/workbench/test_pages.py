"""The workbench pages, driven headless with Streamlit's AppTest.

Each test starts on an empty database, where the workbench opens on the demo corpus.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from db.repository import Repository
from parallax.settings import current

APP = Path(__file__).resolve().parents[2] / "app.py"

TIMEOUT = 120


def _open(page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    if page:
        at.sidebar.radio(key="page").set_value(page).run()
        assert not at.exception, at.exception
    return at


def _shown(markdown: str) -> str:
    """What a reader sees of inert markdown: character references decoded, word joiners gone."""
    return html.unescape(markdown).replace("\u2060", "")


def _repo() -> Repository:
    return Repository.open(current().database())


def _aligned(at: AppTest) -> AppTest:
    at.sidebar.radio(key="page").set_value("Align").run()
    at.button(key="align_button").click().run()
    assert not at.exception, at.exception
    assert any("Aligned" in s.value for s in at.success), [e.value for e in at.error]
    return at


@pytest.fixture
def env(workbench_env):
    return workbench_env


def test_an_empty_workbench_opens_on_the_demo_corpus(env):
    at = _open()
    project = at.sidebar.selectbox(key="project_select")
    assert project.format_func(project.value).startswith("Demo")
    at.sidebar.radio(key="page").set_value("Import").run()
    docs = _repo().list_documents(project.value)
    assert {d.language for d in docs} >= {"en", "fr", "ru"}
    assert at.dataframe, "the documents table is shown"


def test_pasting_a_text_imports_it_and_previews_its_segmentation(env):
    at = _open("Import")
    at.text_input(key="paste_name").input("note.txt")
    at.text_area(key="paste_text").input(
        "The committee met on Monday. It approved the budget of 4.5 million euros. “We are pleased,” "
        "said Dr. Smith [1].\n[1] Minutes of the meeting, http://example.org/minutes"
    )
    at.button[[b.label for b in at.button].index("Import pasted text")].click().run()
    assert not at.exception, at.exception
    assert any("Imported" in s.value for s in at.success)
    project_id = at.sidebar.selectbox(key="project_select").value
    doc = next(d for d in _repo().list_documents(project_id) if d.source_name == "note.txt")
    at.selectbox(key="preview_doc").set_value(doc.id).run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Sentences"] == "3"
    assert metrics["Quotations"] == "1"
    assert metrics["Footnotes"] == "1"


def test_pasting_nothing_says_so_instead_of_failing(env):
    at = _open("Import")
    before = len(_repo().list_documents(at.sidebar.selectbox(key="project_select").value))
    at.text_input(key="paste_name").input("empty")
    at.text_area(key="paste_text").input("   ")
    at.button[[b.label for b in at.button].index("Import pasted text")].click().run()
    assert not at.exception
    assert at.error and "empty" in at.error[0].value.lower()
    assert len(_repo().list_documents(at.sidebar.selectbox(key="project_select").value)) == before


def test_aligning_stores_a_run_that_the_review_page_shows(env):
    at = _aligned(_open())
    at.sidebar.radio(key="page").set_value("Review").run()
    assert not at.exception, at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["Pairs"]) > 10


def test_confirm_then_undo_a_pair(env):
    at = _aligned(_open())
    at.sidebar.radio(key="page").set_value("Review").run()
    bead_id = at.selectbox(key="active_bead").value
    at.button(key="act_confirm").click().run()
    assert not at.exception, at.exception
    assert _repo().get_bead(bead_id).status == "confirmed"
    assert {m.label: m.value for m in at.metric}["Confirmed"] == "1"
    at.button(key="undo").click().run()
    assert not at.exception, at.exception
    assert _repo().get_bead(bead_id).status == "automatic"


def test_filter_to_flagged_pairs_and_jump_to_the_next_one(env):
    at = _aligned(_open())
    at.sidebar.radio(key="page").set_value("Review").run()
    flagged = int({m.label: m.value for m in at.metric}["Flagged"])
    assert flagged > 0, "the demo corpus has deliberate drifts"
    at.checkbox(key="flt_flagged").check().run()
    assert not at.exception, at.exception
    first = at.selectbox(key="active_bead").value
    assert _repo().get_bead(first).kinds
    at.button(key="next_flagged").click().run()
    assert not at.exception, at.exception
    second = at.selectbox(key="active_bead").value
    assert _repo().get_bead(second).kinds
    assert second != first or flagged == 1


def test_export_offers_a_tmx_download(env):
    at = _aligned(_open())
    at.sidebar.radio(key="page").set_value("Export").run()
    assert not at.exception, at.exception
    at.selectbox(key="export_format").set_value("tmx").run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    buttons = at.get("download_button")
    assert buttons and ".tmx" in buttons[0].proto.label


def test_document_text_is_never_rendered_as_html(env):
    at = _open("Import")
    at.text_input(key="paste_name").input("hostile.html.txt")
    at.text_area(key="paste_text").input(
        "This sentence carries <script>alert('x')</script> a script tag. And <b>bold</b> markup too."
    )
    at.button[[b.label for b in at.button].index("Import pasted text")].click().run()
    assert not at.exception, at.exception
    for md in at.markdown:
        assert "<script>" not in md.value and "<b>bold" not in md.value


def test_quotes_page_traces_each_quotation_and_reports_the_outcome(env):
    at = _open("Quotes")
    assert not at.exception, at.exception
    assert at.multiselect(key="quote_sources").value, "documents in another language are offered as sources"
    at.button(key="trace_quotes").click().run()
    assert not at.exception, at.exception
    assert at.success and "Quotations traced" in at.success[0].value
    table = at.dataframe[0].value
    assert len(table) > 0
    assert {"quotation", "verdict", "source passage", "nearest passage"} <= set(table.columns)
    # a quotation without a source is shown with the nearest passage and why it was turned down
    none = table[table["verdict"] == "no source found"]
    assert len(none) > 0
    assert (none["source passage"] == "").all() and (none["reasons"].str.contains("nearest")).all()


def test_quotes_page_never_offers_the_text_s_own_translation_as_a_source(env):
    at = _open("Quotes")
    repo = _repo()
    names = {d.id: d.source_name for d in repo.list_documents(repo.list_projects()[0].id)}
    quoting = names[at.selectbox(key="quoting_doc").value]
    chosen = sorted(names[i] for i in at.multiselect(key="quote_sources").value)
    assert quoting == "vesna.en.txt"
    # vesna.fr.txt and vesna.ru.txt are the article's translations, not the originals it quotes
    assert chosen == ["source-lebedev-speech.ru.txt", "source-sokolova-interview.ru.txt"]


def test_quotes_page_keeps_each_tracing_run_to_compare(env):
    at = _open("Quotes")
    at.button(key="trace_quotes").click().run()
    at.button(key="trace_quotes").click().run()
    assert not at.exception, at.exception
    runs = at.selectbox(key="quote_trace")
    assert len(runs.options) == 2 and runs.value == 2  # the latest shown first
    latest = at.dataframe[0].value
    runs.set_value(1).run()
    assert not at.exception, at.exception
    assert at.dataframe[0].value["verdict"].tolist() == latest["verdict"].tolist()


def test_quotes_page_links_only_footnotes_that_exist_and_shows_their_text(env):
    at = _open("Quotes")
    labels = [_shown(s.label) for s in at.selectbox if s.key and s.key.startswith("fn_link_")]
    # the demo article cites notes 1 to 5 from its quotations; each is offered with its own text
    assert any(label.startswith("Footnote [5]: Speech of Governor Pavel Lebedev") for label in labels), labels


def test_footnote_linker_leaves_out_notes_the_list_does_not_have():
    from corpora.document import build_document
    from workbench.quote_view import cited_footnotes

    doc = build_document("He said “the river will stay alive for all of us” [2]. "
                         "She said “nobody has seen these houses at all” [9].\n\n"
                         "[2] Speech of the governor, 2021.", "en")
    assert cited_footnotes(doc, doc.quotes) == ([2], [9])


def test_quotes_page_shows_a_quotation_beside_its_passage_with_where_each_sits(env):
    at = _open("Quotes")
    at.button(key="trace_quotes").click().run()
    assert not at.exception, at.exception
    detail = at.selectbox(key="quote_detail")
    assert len(detail.options) == len(at.dataframe[0].value)
    captions = " ".join(_shown(c.value) for c in at.caption)
    assert "In the article: vesna.en.txt, paragraph" in captions and "characters" in captions
    # the passage's file and offsets, the paragraph of the article, the quotation beside its passage
    assert "source-" in captions and ".ru.txt, characters" in captions
    assert any("Paragraph" in e.label for e in at.expander)
    assert any("<b>Quotation</b>" in md.value for md in at.markdown)
    assert any("<b>Passage</b>" in md.value for md in at.markdown)


def test_quote_detail_marks_the_words_the_drift_signals_name():
    from db.views import QuoteInfo, QuoteMatchInfo
    from workbench import quote_view

    shown: list[str] = []

    class Column:
        def markdown(self, text: str, **_: object) -> None:
            shown.append(text)

    q = QuoteInfo(1, 1, 0, "q1", 0, 10, 40, "the dam will certainly produce", "“”", 0, None, (
        QuoteMatchInfo(1, 1, 2, 4, 30, 0.9, "drifted", ("reversal: …",),
                       {"signals": [{"source_spans": [[8, 16]], "target_spans": [[8, 22]]}]}),))
    from corpora.document import build_document

    doc = build_document("Intro.\n\nThey say “the dam will certainly produce” it.", "en")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(quote_view.st, "columns", lambda n: [Column(), Column()])
        mp.setattr(quote_view.st, "caption", lambda text: shown.append(text))
        mp.setattr(quote_view.st, "markdown", lambda text, **_: shown.append(text))
        mp.setattr(quote_view.st, "expander", lambda label: pytest.MonkeyPatch.context())
        quote_view.show_quote(doc, q, "article.en.txt", "xxxxthe dam may produce itxxxx", "speech.ru.txt")
        quote_view.show_quote(doc, q, "![a](http://127.0.0.1:9/a.png)", "x" * 40, "![s](http://127.0.0.1:9/s.png)")
    assert "the dam <mark>will certainly</mark> produce" in " ".join(shown)
    assert "the dam <mark>may prod</mark>" in " ".join(shown)
    assert "Source: speech.ru.txt, characters 4–30" in [_shown(text) for text in shown]
    assert not [text for text in shown if "](http" in text], "file names are shown as text, not markdown"


@pytest.mark.slow
def test_quotes_page_with_a_real_model_shows_each_source_passage(env, monkeypatch):
    monkeypatch.setenv("PARALLAX_QUOTE_MODEL", "use-m3")
    at = _open("Quotes")
    at.button(key="trace_quotes").click().run()
    assert not at.exception, at.exception
    table = at.dataframe[0].value
    found = table[table["verdict"].isin(["faithful", "drifted"])]
    assert len(found) > 0
    assert (found["source passage"] != "").all() and (found["nearest passage"] == "").all()
    assert (found["words covered"] != "").any()


def test_overview_page_plots_the_path_scores_and_drift_kinds(env):
    at = _aligned(_open())
    at.sidebar.radio(key="page").set_value("Overview").run()
    assert not at.exception, at.exception
    assert [h.value for h in at.subheader] == ["Alignment path", "Bead scores", "Drift kinds"]


def test_deleting_a_project_needs_confirmation(env):
    at = _open()
    project_id = at.sidebar.selectbox(key="project_select").value
    assert at.sidebar.button(key="delete_project").disabled
    at.sidebar.checkbox(key="delete_sure").check().run()
    at.sidebar.button(key="delete_project").click().run()
    assert not at.exception, at.exception
    assert project_id not in [p.id for p in _repo().list_projects()]


def test_hints_are_stored_apart_from_flags_and_shown_on_request(env):
    at = _aligned(_open())
    at.sidebar.radio(key="page").set_value("Review").run()
    repo = _repo()
    beads = repo.list_beads(repo.list_runs(repo.list_projects()[0].id)[0].id)
    hinted = [b for b in beads if b.hints]
    assert hinted, "the demo corpus has weak evidence somewhere"
    assert all(h["kind"] not in b.kinds for b in hinted for h in b.hints)  # a hint is never also a flag
    at.selectbox(key="active_bead").set_value(hinted[0].id).run()
    shown = lambda: " ".join(m.value for m in at.markdown)  # noqa: E731
    assert "Hints, below the flag cut" not in shown()
    at.checkbox(key="show_hints").check().run()
    assert not at.exception, at.exception
    assert "Hints, below the flag cut" in shown() and hinted[0].hints[0]["kind"] in shown()


def test_review_progress_shows_reviewed_and_resolved_pairs_per_reviewer(env):
    at = _aligned(_open())
    at.sidebar.radio(key="page").set_value("Review").run()
    pairs = int({m.label: m.value for m in at.metric}["Pairs"])
    flagged = int({m.label: m.value for m in at.metric}["Flagged"])
    assert any(f"Reviewed 0 of {pairs} pairs · 0 of {flagged} flagged pairs resolved" in m.value
               for m in at.markdown), [m.value for m in at.markdown][:8]
    at.checkbox(key="flt_flagged").check().run()
    at.button(key="act_confirm").click().run()  # the first flagged pair
    assert not at.exception, at.exception
    assert any(f"Reviewed 1 of {pairs} pairs · 1 of {flagged} flagged pairs resolved" in m.value
               for m in at.markdown), [m.value for m in at.markdown][:8]
    table = at.dataframe[0].value
    assert table.to_dict("records") == [{"reviewer": "tester", "pairs reviewed": 1,
                                         "flagged pairs resolved": 1}]
    at.sidebar.radio(key="page").set_value("Overview").run()
    assert not at.exception, at.exception
    assert any("Progress of the project" in m.value and f"Reviewed 1 of {pairs}" in m.value
               for m in at.markdown)


def test_not_a_drift_is_logged_then_offers_the_term_pair_for_the_termbase(env):
    at = _aligned(_open())
    at.sidebar.radio(key="page").set_value("Review").run()
    at.checkbox(key="flt_flagged").check().run()
    bead_id = at.selectbox(key="active_bead").value
    repo = _repo()
    assert repo.get_bead(bead_id).kinds
    assert "offer_source" not in [w.key for w in at.text_input]
    at.button(key="act_not_a_drift").click().run()
    assert not at.exception, at.exception
    bead = repo.get_bead(bead_id)
    assert bead.kinds == () and all(h.get("dismissed", {}).get("by") == "tester" for h in bead.hints[:1])
    event = repo.history(bead.run_id)[0]
    assert (event.action, event.actor, event.bead_id) == ("dismiss", "tester", bead_id)
    at.text_input(key="offer_source").input("Black Hundreds")
    at.text_input(key="offer_target").input("Cent-Noirs").run()
    at.button(key="offer_add").click().run()
    assert not at.exception, at.exception
    project = repo.get_run(bead.run_id).project_id
    terms = [t.entry.terms for t in repo.list_terms(project)]
    assert terms == [{"en": ("Black Hundreds",), "fr": ("Cent-Noirs",)}]
    assert "offer_source" not in [w.key for w in at.text_input]
    at.sidebar.radio(key="page").set_value("Import").run()
    assert not at.exception, at.exception
    assert any("Cent-Noirs" in df.value.to_string() for df in at.dataframe)


def test_a_run_of_texts_that_are_not_translations_carries_the_warning(env):
    from alignment.confidence import NOT_TRANSLATION, TranslationCheck
    from alignment.types import Alignment, Bead

    at = _open()
    repo = _repo()
    project = at.sidebar.selectbox(key="project_select").value
    first, second = repo.list_documents(project)[:2]
    unrelated = TranslationCheck(True, False, 0.1, 1.2).as_dict()
    repo.store_run(first.id, second.id, Alignment([Bead((0,), (0,), 0.5, 0.1)], model="use-m3",
                                                  params={"translation_check": unrelated}))
    at.sidebar.radio(key="page").set_value("Review").run()
    assert not at.exception, at.exception
    assert any(NOT_TRANSLATION in w.value for w in at.warning)
    picker = at.selectbox(key="review_run_select")
    assert "not translations" in picker.format_func(picker.value)


def test_the_review_page_says_what_the_reviewers_taught_the_project_calibration(env):
    at = _aligned(_open())
    at.sidebar.radio(key="page").set_value("Review").run()
    assert not any("Reviewers' feedback" in c.value for c in at.caption)
    at.checkbox(key="flt_flagged").check().run()
    kind = _repo().get_bead(at.selectbox(key="active_bead").value).kinds[0]
    at.button(key="act_not_a_drift").click().run()
    assert not at.exception, at.exception
    notes = [c.value for c in at.caption if "Reviewers' feedback" in c.value]
    assert notes and notes[0].startswith(f"Reviewers' feedback: {kind}: 1 of 1 reviewed flags dismissed")
