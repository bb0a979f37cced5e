"""End to end in a real browser: the real server, headless Chromium driven by Playwright.

Import the demo corpus (an empty workbench loads it), align it with the default model,
filter to flagged pairs, confirm one, reload and see it still confirmed, download a TMX.
Screenshots go to ``test-artifacts/browser/``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTEFACTS = ROOT / "test-artifacts" / "browser"
CHROMIUM = "/usr/bin/chromium"

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_workbench(env: dict[str, str], log_path: Path, *extra_args: str) -> Iterator[str]:
    """``streamlit run app.py`` on a free loopback port; yields its URL once it answers, stops it after."""
    port = _free_port()
    log = open(log_path, "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false",
         *extra_args],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("the workbench did not answer within 60 s: " + log_path.read_text())
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture
def server(tmp_path):
    env = dict(os.environ, PARALLAX_DATA_DIR=str(tmp_path / "data"),
               PARALLAX_DATABASE_URL=f"sqlite:///{tmp_path / 'parallax.db'}",
               PARALLAX_USER="reviewer")
    env.pop("PARALLAX_MODEL", None)
    with running_workbench(env, tmp_path / "server.log") as url:
        yield url


@pytest.fixture
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (scripts/system-deps.sh installs it)")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield b
        b.close()


def _settled(page) -> None:
    """Wait until the app has finished rerunning after an input (its "running" widget is gone)."""
    page.wait_for_timeout(1500)
    page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)


def _go(page, name: str) -> None:
    page.locator('[data-testid="stSidebar"]').get_by_text(name, exact=True).click()
    page.get_by_role("heading", name=f"{name} —").first.wait_for(timeout=60_000)


def review_button(page, label: str):
    """A review button by its label: its accessible name adds its key ("Confirm Shortcut A")."""
    import re

    return page.get_by_role("button", name=re.compile(rf"^{re.escape(label)}( Shortcut \S+)?$"))


def _metric(page, label: str):
    return page.locator('[data-testid="stMetric"]').filter(has_text=label)


def test_review_round_trip_in_a_real_browser(server, browser):
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1500, "height": 1100}, accept_downloads=True)
    page.goto(server)
    # the page header, not the first "Demo" text (a hidden one sits in the collapsed "Manage projects")
    page.get_by_role("heading").filter(has_text="Demo").first.wait_for(timeout=90_000)
    page.screenshot(path=str(ARTEFACTS / "01-start.png"))

    _go(page, "Align")
    page.get_by_role("button", name="Align", exact=True).click()
    page.get_by_text("Aligned:").wait_for(timeout=300_000)
    page.screenshot(path=str(ARTEFACTS / "02-aligned.png"))

    _go(page, "Review")
    page.get_by_text("Flagged only").click()
    _settled(page)
    review_button(page, "Confirm").click()
    _metric(page, "Confirmed").filter(has_text="1").wait_for(timeout=60_000)
    page.screenshot(path=str(ARTEFACTS / "03-review-confirmed.png"), full_page=True)

    page.reload()
    # the page header, not the first "Demo" text (a hidden one sits in the collapsed "Manage projects")
    page.get_by_role("heading").filter(has_text="Demo").first.wait_for(timeout=90_000)
    _go(page, "Review")
    _metric(page, "Confirmed").filter(has_text="1").wait_for(timeout=60_000)
    page.get_by_text("Flagged only").click()  # the confirmed pair was the first flagged one
    _settled(page)
    page.get_by_text("✔").first.wait_for(timeout=30_000)
    assert page.get_by_text("Status: confirmed").count() == 1, "the confirmed pair is still confirmed"
    page.screenshot(path=str(ARTEFACTS / "04-review-after-reload.png"))

    _go(page, "Export")
    button = page.get_by_role("button", name="Download")
    button.wait_for(timeout=60_000)
    with page.expect_download() as download_info:
        button.click()
    download = download_info.value
    target = ARTEFACTS / download.suggested_filename
    download.save_as(str(target))
    assert target.suffix == ".tmx"
    content = target.read_text(encoding="utf-8")
    assert "<tmx" in content and "<tu" in content
    page.screenshot(path=str(ARTEFACTS / "05-export.png"))

