"""Remake the README's screenshot (docs/screenshots/review.png) from the workbench as it is now.

The real server on a fresh database; the Start page's "Review a translation" aligns the demo corpus
with the default model and opens Review; "Flagged only" ticked, the first flagged pair confirmed; scrolled to
the pair's panel over the side-by-side list; headless Chromium at 1500x1100. Run from the repository root:
``.venv/bin/python scripts/readme_screenshot.py`` (it reuses the browser tests' helpers, so it
needs the dev install and /usr/bin/chromium).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "screenshots" / "review.png"
sys.path.insert(0, str(ROOT / "tests" / "workbench"))

from test_browser import CHROMIUM, _metric, _settled, review_button, running_workbench  # noqa: E402


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PARALLAX_DATA_DIR=f"{tmp}/data", PARALLAX_DATABASE_URL=f"sqlite:///{tmp}/p.db",
                   PARALLAX_USER="reviewer")
        env.pop("PARALLAX_MODEL", None)  # the default model, as a new user gets it
        with running_workbench(env, Path(tmp) / "server.log") as url, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1500, "height": 1100})
            page.goto(url)
            # the Start page's first job aligns the demo (once) and opens Review on it
            page.get_by_role("button", name="Review a translation").click(timeout=90_000)
            page.get_by_role("heading", name="Review —").first.wait_for(timeout=300_000)
            page.get_by_text("Flagged only").click()
            _settled(page)
            review_button(page, "Confirm").click()
            _metric(page, "Confirmed").filter(has_text="1").wait_for(timeout=60_000)
            _settled(page)
            # the filters and the pair's panel at the top, the side-by-side list under them
            page.locator('[data-testid="stMultiSelect"]').filter(has_text="Drift kinds").first.evaluate(
                "e => e.scrollIntoView({block: 'start'})")
            page.wait_for_timeout(500)
            page.screenshot(path=str(TARGET))
            browser.close()
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
