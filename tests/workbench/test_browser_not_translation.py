"""Issue 18, item 4, in Chromium: aligning a text with one that is not its translation says so, and
that alignment does not become the one every page opens on. The fast test encoder."""

from __future__ import annotations

import pytest

from tests.workbench.test_browser import ARTEFACTS, _go, _settled, browser  # noqa: F401
from tests.workbench.test_browser_review import fast_server  # noqa: F401

pytestmark = pytest.mark.slow

# thirty sentences about a garden, nothing to do with the demo's article
UNRELATED_RU = " ".join(
    f"Весной {n}-го дня садовник посадил {n + 2} куста смородины у северной стены."
    if n % 2 else f"Дождь шёл {n} часов подряд, и дорожки сада размыло до самой калитки."
    for n in range(1, 31))


def test_unrelated_texts_get_a_warning_and_review_keeps_the_translation(fast_server, browser, tmp_path):  # noqa: F811
    url, repo = fast_server
    garden = tmp_path / "garden-diary.ru.txt"
    garden.write_text(UNRELATED_RU, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1500, "height": 1100})
    page.goto(url)
    page.get_by_role("button", name="Review a translation").click(timeout=90_000)  # aligns the demo
    page.get_by_role("heading", name="Review —").first.wait_for(timeout=120_000)
    _go(page, "Import")
    uploader = page.locator('[data-testid="stFileUploader"]').filter(has_text="Upload files")
    uploader.locator('input[type="file"]').set_input_files(str(garden))
    page.get_by_role("button", name="Import uploaded files").click()
    page.get_by_text("Imported: garden-diary.ru.txt").wait_for(timeout=60_000)
    project = repo.list_projects()[0].id
    translation_runs = {r.id for r in repo.list_runs(project)}
    assert translation_runs, "the demo's English and French are aligned"

    _go(page, "Align")
    source = page.locator('[data-testid="stSelectbox"]').filter(has_text="Source text")
    source.locator("input").click()
    page.keyboard.type("vesna.en")
    page.keyboard.press("Enter")
    _settled(page)
    target = page.locator('[data-testid="stSelectbox"]').filter(has_text="Translation")
    target.locator("input").click()
    page.keyboard.type("garden-diary")
    page.keyboard.press("Enter")
    _settled(page)
    page.get_by_role("button", name="Align", exact=True).click()
    page.get_by_text("Aligned:").wait_for(timeout=120_000)
    _settled(page)
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / "not-a-translation.png"))
    warning = page.locator('[data-testid="stAlert"]').filter(has_text="do not look like translations")
    assert warning.count() == 1, "the Align page warns that the texts are not translations"
    unrelated = [r for r in repo.list_runs(project) if r.id not in translation_runs]
    assert len(unrelated) == 1 and unrelated[0].params["translation_check"]["translation"] is False

    _go(page, "Review")
    picker = page.locator('[data-testid="stSelectbox"]').filter(has_text="Alignment")
    shown = f"{picker.inner_text()} {picker.locator('input').input_value()}"
    assert "garden-diary" not in shown and "vesna" in shown, \
        f"Review opens on a translation, not on the unrelated run: {shown!r}"
    picker.locator("input").click()
    option = page.get_by_role("option").filter(has_text="garden-diary")
    assert "not translations?" in option.inner_text(), "the unrelated run is marked in the list"
