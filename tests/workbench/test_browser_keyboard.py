"""Issue 18's "done when": 20 pairs of the seed article reviewed with the keyboard only (confirm,
reject, merge, split, undo, go to pair N), a reload, and every action found on the pair it was meant
for. Chromium, the fast test encoder; the seed is aligned before the server starts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from db.repository import Repository
from tests.workbench.test_browser import (  # noqa: F401
    ARTEFACTS,
    _metric,
    _settled,
    browser,
    running_workbench,
)

pytestmark = pytest.mark.slow
SEED = Path(__file__).resolve().parents[3] / "shared" / "seed"
BLOCKS = 4
"""Each block reviews five pairs of the run as aligned: 4 blocks, 20 pairs."""


@pytest.fixture
def seed_server(tmp_path, monkeypatch):
    source, target = SEED / "kowalewski-2014-06-29.en.txt", SEED / "kowalewski-2014-06-29.fr.txt"
    if not source.exists() or not target.exists():
        pytest.skip("the seed article is read from ../shared/seed")
    env = {"PARALLAX_DATA_DIR": str(tmp_path / "data"), "PARALLAX_USER": "reviewer",
           "PARALLAX_DATABASE_URL": f"sqlite:///{tmp_path / 'parallax.db'}", "PARALLAX_MODEL": "hashing",
           "PARALLAX_CACHE_DIR": str(tmp_path / "cache")}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    from parallax import workflow

    repo = Repository.open(env["PARALLAX_DATABASE_URL"])
    project = repo.create_project("Seed")
    docs = [workflow.import_upload(repo, project.id, path.name, path.read_bytes())[0]
            for path in (source, target)]
    run = workflow.align_stored(repo, docs[0].id, docs[1].id, model="hashing")
    with running_workbench(dict(os.environ), tmp_path / "server.log") as url:
        yield url, repo, run.id
    repo.close()


def _keys(page, *keys: str) -> None:
    """Press each key as a reviewer does, waiting for the page to settle after each."""
    for key in keys:
        page.keyboard.press(key)
        _settled(page)


LOST: list[str] = []
"""Keys pressed a second time because the first press changed nothing (see ``_act``)."""


def _act(page, repo: Repository, run_id: int, key: str) -> None:
    """Press a key that changes the run and wait until the change is stored. A key pressed in the
    instant a rerun ends can go unseen (Streamlit re-registers its shortcuts); a reviewer then presses
    it again, and so does this test, once, noting it in ``LOST``."""
    for _attempt in range(2):
        before = [(b.id, b.version) for b in repo.list_beads(run_id)]
        _keys(page, key)
        for _ in range(20):
            if [(b.id, b.version) for b in repo.list_beads(run_id)] != before:
                return
            page.wait_for_timeout(250)
        LOST.append(key)
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / "keyboard-lost-key.png"), full_page=True)
    pytest.fail(f"the key {key!r} changed nothing, twice; the page: " + page.inner_text("body")[:1500])


def test_twenty_pairs_reviewed_with_the_keyboard_only_survive_a_reload(seed_server, browser):  # noqa: F811
    url, repo, run_id = seed_server
    page = browser.new_page(viewport={"width": 1500, "height": 1100})
    page.goto(url + "/?page=Review")
    page.get_by_role("heading", name="Review —").first.wait_for(timeout=90_000)
    _settled(page)
    assert page.get_by_text("Keys: N next pair").count() == 1, "the key map is on the page"
    page.get_by_role("button", name="Confirm Shortcut A").wait_for()  # each button shows its key
    page.wait_for_timeout(2000)  # the keys are live a moment after the page shows (a person reads first)
    b = repo.list_beads(run_id)
    for block in range(BLOCKS):
        i = 5 * block
        for key in "an" "xn" "man" "mszzx":  # i: confirm, next · i+1: reject, next · i+2: merge with
            if key == "n":                   # i+3, confirm the merged pair, next · i+4: merge, split,
                _keys(page, key)             # undo both, reject
            else:
                _act(page, repo, run_id, key)
        undone = repo.get_bead(b[i + 4].id)
        assert (undone.source_ids, undone.target_ids) == (b[i + 4].source_ids, b[i + 4].target_ids)
        _keys(page, "n")                      # on to pair i+5, the next block's first
    now = repo.list_beads(run_id)
    twenty_fifth = now[24]
    _keys(page, "g")
    page.keyboard.type("25")
    _keys(page, "Enter")                      # go to pair 25 (numbers of the run as it now is),
    _act(page, repo, run_id, "a")             # confirm

    page.reload()
    page.get_by_role("heading", name="Review —").first.wait_for(timeout=90_000)
    _settled(page)
    for block in range(BLOCKS):
        i = 5 * block
        confirmed, rejected = repo.get_bead(b[i].id), repo.get_bead(b[i + 1].id)
        merged = repo.get_bead(b[i + 2].id)
        assert confirmed.status == "confirmed" and confirmed.source_ids == b[i].source_ids, i
        assert rejected.status == "rejected" and rejected.source_ids == b[i + 1].source_ids, i + 1
        assert merged.status == "confirmed", i + 2
        assert merged.source_ids == tuple(sorted(set(b[i + 2].source_ids) | set(b[i + 3].source_ids)))
        assert merged.target_ids == tuple(sorted(set(b[i + 2].target_ids) | set(b[i + 3].target_ids)))
        assert b[i + 3].id not in {x.id for x in repo.list_beads(run_id)}, "merged away"
        undone = repo.get_bead(b[i + 4].id)
        assert undone.status == "rejected" and undone.source_ids == b[i + 4].source_ids, i + 4
    assert repo.get_bead(twenty_fifth.id).status == "confirmed", "go to pair 25 found pair 25"
    after = repo.list_beads(run_id)
    touched = {twenty_fifth.id} | {b[k].id for k in range(5 * BLOCKS)}
    assert all(x.status == "automatic" for x in after if x.id not in touched), "nothing else changed"
    assert _metric(page, "Confirmed").inner_text().endswith(str(2 * BLOCKS + 1))
    print(f"keys pressed a second time: {LOST or 'none'}")
    assert len(LOST) <= 2, f"keys lost: {LOST}"
