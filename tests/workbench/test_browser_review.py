"""Issue 18 in a real browser (Chromium): actions land on the pair they were meant for, the list
follows the active pair, and a reload keeps the page. The fast test encoder, so it takes seconds."""

from __future__ import annotations

import os

import pytest

from db.repository import Repository
from tests.workbench.test_browser import (  # noqa: F401
    ARTEFACTS,
    _go,
    _settled,
    browser,
    review_button,
    running_workbench,
)

pytestmark = pytest.mark.slow
CUT = """(root, name) => [root, ...root.querySelectorAll('*')]
    .filter(e => e.textContent.trim() === name)
    .some(e => e.scrollWidth > e.clientWidth + 1)"""
"""True where an element that holds just the label is narrower than it (an ellipsis, a cut label)."""


@pytest.fixture
def fast_server(tmp_path):
    env = dict(os.environ, PARALLAX_DATA_DIR=str(tmp_path / "data"),
               PARALLAX_DATABASE_URL=f"sqlite:///{tmp_path / 'parallax.db'}",
               PARALLAX_USER="reviewer", PARALLAX_MODEL="hashing")
    with running_workbench(env, tmp_path / "server.log") as url:
        yield url, Repository.open(env["PARALLAX_DATABASE_URL"])


def _pick(page, label_start: str) -> None:
    """Choose a pair in the "Pair" selector as a reviewer does: open it, type, Enter."""
    page.locator('[data-testid="stSelectbox"]').filter(has_text="Pair").locator("input").click()
    page.keyboard.type(label_start)
    page.keyboard.press("Enter")
    _settled(page)


def _aligned_review(url: str, repo: Repository, browser):  # noqa: F811
    """A browser tab on the Review page of the freshly aligned demo corpus, and the run."""
    page = browser.new_page(viewport={"width": 1500, "height": 1100})
    page.goto(url)
    page.get_by_role("heading").filter(has_text="Demo").first.wait_for(timeout=90_000)
    _go(page, "Align")
    page.get_by_role("button", name="Align", exact=True).click()
    page.get_by_text("Aligned:").wait_for(timeout=120_000)
    _go(page, "Review")
    return page, repo.list_runs(repo.list_projects()[0].id)[0]


def test_reviewing_flagged_pairs_merge_confirm_and_split_land_on_the_merged_pair(fast_server, browser):  # noqa: F811
    """The issue's session: "Flagged only", pick a flagged pair, merge it with the next, confirm."""
    url, repo = fast_server
    page, run = _aligned_review(url, repo, browser)
    page.get_by_text("Flagged only").click()
    _settled(page)
    before = repo.list_beads(run.id)
    flagged = [b for b in before[:-1] if b.kinds and b.source]  # the selector shows source text
    first, target = next(b for b in before if b.kinds), flagged[2]  # the list's first, a later one
    _pick(page, target.source[0][:40])
    review_button(page, "Merge with next").click()
    _settled(page)
    merged = repo.get_bead(target.id)
    assert len(merged.source_ids) + len(merged.target_ids) > len(target.source_ids) + len(target.target_ids)
    review_button(page, "Confirm").click()
    _settled(page)
    assert repo.get_bead(target.id).status == "confirmed", "the merged pair is confirmed"
    assert repo.get_bead(first.id).status == "automatic", "the first flagged pair is untouched"
    review_button(page, "Split").click()
    _settled(page)
    split = repo.get_bead(target.id)
    assert (split.source_ids, split.target_ids) == (merged.source_ids[:1], merged.target_ids[:1])
    assert repo.get_bead(first.id).version == first.version


def _merged_fifth(url: str, repo: Repository, browser):  # noqa: F811
    """The Review page with pair #5 merged with #6 in the browser: (page, run, beads before, #5, #6)."""
    page, run = _aligned_review(url, repo, browser)
    before = repo.list_beads(run.id)
    _pick(page, "#5:")
    review_button(page, "Merge with next").click()
    _settled(page)
    return page, run, before, before[4], before[5]


def test_merge_then_confirm_undo_and_paging_land_on_the_pair_meant(fast_server, browser):  # noqa: F811
    url, repo = fast_server
    page, run, before, fifth, sixth = _merged_fifth(url, repo, browser)
    merged = repo.get_bead(fifth.id)
    assert set(merged.source_ids) == set(fifth.source_ids) | set(sixth.source_ids)
    review_button(page, "Confirm").click()
    _settled(page)
    assert repo.get_bead(fifth.id).status == "confirmed", "the merged pair is confirmed"
    assert repo.get_bead(before[0].id).status == "automatic", "pair #1 is untouched"

    review_button(page, "Undo").click()  # the confirm
    _settled(page)
    review_button(page, "Reject").click()
    _settled(page)
    assert repo.get_bead(fifth.id).status == "rejected"
    assert repo.get_bead(before[0].id).status == "automatic"

    paging = page.get_by_test_id("stNumberInputField").and_(page.get_by_label("Page"))
    paging.fill("2")  # the list's second page, by hand
    paging.press("Enter")
    _settled(page)
    page.get_by_role("button", name="28", exact=True).click()  # the row number selects the pair
    _settled(page)
    review_button(page, "Confirm").click()
    _settled(page)
    assert repo.list_beads(run.id)[27].status == "confirmed", "#28 in the run as it now is"

    page.reload()
    page.get_by_role("heading", name="Review —").first.wait_for(timeout=90_000)


def test_no_developer_chrome_deploy_button_or_clear_caches_key(fast_server, browser):  # noqa: F811
    url, _ = fast_server
    page = browser.new_page(viewport={"width": 1500, "height": 1100})
    page.goto(url)
    page.get_by_role("heading").filter(has_text="Demo").first.wait_for(timeout=90_000)
    # the option is set by the app's first run, after the browser got its first settings: the
    # very first page of a fresh server can still show "Deploy" (``parallax serve`` should pass
    # --client.toolbarMode=viewer); from the first rerun on it is gone
    _go(page, "Quotes")
    _settled(page)
    assert page.get_by_role("button", name="Deploy").count() == 0
    page.mouse.click(700, 600)  # the focus in the page, on no widget
    page.keyboard.press("c")
    page.wait_for_timeout(1000)
    assert page.get_by_text("Clear caches").count() == 0


def test_the_upload_box_empties_after_an_import(fast_server, browser, tmp_path):  # noqa: F811
    url, repo = fast_server
    note = tmp_path / "minutes-2024.txt"
    note.write_text("The committee met on Monday. It approved the budget of 4.5 million euros.",
                    encoding="utf-8")
    page = browser.new_page(viewport={"width": 1500, "height": 1100})
    page.goto(url)
    page.get_by_role("heading").filter(has_text="Demo").first.wait_for(timeout=90_000)
    _go(page, "Import")
    uploader = page.locator('[data-testid="stFileUploader"]').filter(has_text="Upload files")
    uploader.locator('input[type="file"]').set_input_files(str(note))  # not the termbase's box
    page.get_by_role("button", name="Import uploaded files").click()
    page.get_by_text("Imported: minutes-2024.txt").wait_for(timeout=60_000)
    _settled(page)
    uploader = page.locator('[data-testid="stFileUploader"]')
    assert uploader.get_by_text("minutes-2024.txt").count() == 0, "the box no longer holds the file"
    assert page.get_by_role("button", name="Import uploaded files").count() == 0
    names = [d.source_name for d in repo.list_documents(repo.list_projects()[0].id)]
    assert names.count("minutes-2024.txt") == 1


def test_review_buttons_show_their_whole_labels(fast_server, browser):  # noqa: F811
    url, repo = fast_server
    page, _ = _aligned_review(url, repo, browser)
    page.set_viewport_size({"width": 1280, "height": 900})
    _settled(page)
    for name in ("Previous pair", "Next pair", "Next flagged", "Next unconfirmed", "Undo", "Redo",
                 "Merge with next", "Split", "Mark omission", "Mark addition", "Confirm", "Reject"):
        button = review_button(page, name)
        assert not button.evaluate(CUT, name), f"the label “{name}” is cut off"
    for name in ("Flagged only", "Unconfirmed only", "Show hints"):
        tick = page.locator('[data-testid="stCheckbox"]').filter(has_text=name)
        assert not tick.evaluate(CUT, name), f"the tick “{name}” is cut off"
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / "issue18-review-1280.png"))


def test_relinking_in_the_browser_keeps_the_omission_flag_and_shows_edited_not_a_zero_score(
        fast_server, browser):  # noqa: F811
    """Item 3: merge #5 with #6, re-link it back to its first sentences: the source sentence let go
    of is an omission (flagged), the re-linked pair says "edited" where it said a score of 0.00."""
    url, repo = fast_server
    page, run, _, fifth, sixth = _merged_fifth(url, repo, browser)
    page.get_by_text("Split / re-link / note").click()
    page.get_by_role("textbox", name="Re-link: source sentence numbers").fill(str(fifth.source_ids[0] + 1))
    page.get_by_role("textbox", name="Re-link: target sentence numbers").fill(str(fifth.target_ids[0] + 1))
    page.get_by_role("button", name="Re-link", exact=True).click()
    _settled(page)
    now = repo.list_beads(run.id)
    released = [b for b in now if b.source_ids == sixth.source_ids[:1] and not b.target_ids]
    assert released and released[0].kinds == ("omission",), "the sentence let go of is flagged"
    relinked = repo.get_bead(fifth.id)
    assert relinked.score is None and relinked.similarity is not None
    number = page.get_by_role("button", name="5", exact=True)
    row = number.locator("xpath=ancestor::*[@data-testid='stColumn'][1]")
    assert "edited" in row.inner_text() and "0.00" not in row.inner_text()
    assert page.get_by_text("omission").count() > 0
