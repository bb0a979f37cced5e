"""Load check of the review log: many reviewers writing at once, nothing lost, nothing doubled.

N writers (default 20, separate processes) each apply M successful review actions (default 1,000:
confirm, reject, note, merge, split, undo, redo) to the beads of one run, half of their picks in a
small "hot" region so that they collide. Each action loads the bead first (as the workbench does)
and passes its version; a ConflictError is retried after reloading. Then the log is checked:

- events per writer == successful actions that writer counted (0 lost, 0 duplicated);
- every bead's stored state == the "after" snapshot of the last event that touched it (no update
  was lost between two writers).

By default it starts its own throw-away PostgreSQL server (fsync on, as a real server would run);
``--url`` points it at another database (e.g. a SQLite file) instead.

    .venv/bin/python benchmarks/db_load.py                 # 20 writers x 1,000 actions, PostgreSQL
    .venv/bin/python benchmarks/db_load.py --writers 4 --actions 100 --json
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alignment.types import Alignment, Bead  # noqa: E402
from corpora.types import Document, Sentence  # noqa: E402
from db.errors import ConflictError, NotFoundError, ReviewError  # noqa: E402
from db.pgserver import ThrowawayPostgres  # noqa: E402
from db.repository import Repository  # noqa: E402

ACTIONS = ["confirm"] * 5 + ["reject"] * 2 + ["note"] * 4 + ["merge"] * 2 + ["split"] * 2 + ["undo"] * 3 + \
          ["redo"] * 2
FIELDS = ("order", "active", "source_ids", "target_ids", "score", "similarity", "drift_score", "kinds",
          "reasons", "evidence", "status", "reviewer", "note")


def _document(n: int, lang: str) -> Document:
    text, sentences = "", []
    for i in range(n):
        sentence = f"Sentence {i} of the {lang} text, long enough to look like prose."
        sentences.append(Sentence(id=f"{lang}{i}", index=i, paragraph=i // 5, start=len(text),
                                  end=len(text) + len(sentence), text=sentence))
        text += sentence + " "
    return Document(text=text, lang=lang, sentences=sentences, source_name=f"load.{lang}")


def prepare(url: str, n_beads: int) -> int:
    """A project with one document pair and a 1:1 run of ``n_beads`` beads; returns the run id."""
    repo = Repository.open(url)
    try:
        project = repo.create_project(f"load-{time.time_ns()}")
        src, _ = repo.import_document(project.id, _document(n_beads, "en"))
        tgt, _ = repo.import_document(project.id, _document(n_beads, "fr"))
        alignment = Alignment([Bead((i,), (i,), 0.9, 0.8) for i in range(n_beads)], model="load")
        return repo.store_run(src.id, tgt.id, alignment).id
    finally:
        repo.close()


def writer(url: str, run_id: int, index: int, n_actions: int, hot: int, seed: int) -> dict[str, Any]:
    """One reviewer: ``n_actions`` successful actions; returns its own counts."""
    rng = random.Random(seed * 1000 + index)
    actor = f"writer-{index:02d}"
    repo = Repository.open(url)
    counts: Counter[str] = Counter()
    ids: list[int] = []
    done = 0
    started = time.time()
    try:
        while done < n_actions:
            if not ids or counts["picks"] % 50 == 0:
                ids = [b.id for b in repo.list_beads(run_id)]
            counts["picks"] += 1
            action = rng.choice(ACTIONS)
            if action in ("undo", "redo"):
                try:
                    event = (repo.undo if action == "undo" else repo.redo)(run_id, actor=actor)
                except ConflictError:
                    counts[f"{action}_refused"] += 1  # someone changed those beads since: by design
                    continue
                if event is not None:
                    done += 1
                    counts[action] += 1
                continue
            pool = ids[:hot] if rng.random() < 0.5 else ids
            bead_id = rng.choice(pool)
            for attempt in range(6):
                try:
                    view = repo.get_bead(bead_id)  # the reviewer sees the bead...
                    if not _apply(repo, action, view, actor, f"{actor} #{done}", rng):
                        break  # not possible on this bead (e.g. nothing to split)
                    done += 1
                    counts[action] += 1
                    break
                except ConflictError:
                    counts["conflicts_retried"] += 1
                    if attempt == 5:
                        counts["gave_up"] += 1
                except (NotFoundError, ReviewError):
                    counts["stale_picks"] += 1  # merged away or no next bead: pick again
                    ids = []
                    break
    finally:
        repo.close()
    counts["actions"] = done
    return {"actor": actor, "started": started, "ended": time.time(), **counts}


def _apply(repo: Repository, action: str, view: Any, actor: str, note: str, rng: random.Random) -> bool:
    """...and acts on what they saw (its version). False when the action cannot apply to this bead."""
    v = view.version
    if action == "confirm":
        repo.confirm(view.id, actor=actor, expected_version=v)
    elif action == "reject":
        repo.reject(view.id, actor=actor, expected_version=v)
    elif action == "note":
        repo.set_note(view.id, note, actor=actor, expected_version=v)
    elif action == "merge":
        if len(view.source_ids) + len(view.target_ids) > 6:
            return False  # keep beads small, so that splits and merges balance
        repo.merge_with_next(view.id, actor=actor, expected_version=v)
    elif action == "split":
        cuts = [(s, t) for s in range(len(view.source_ids) + 1) for t in range(len(view.target_ids) + 1)
                if (s or t) and (len(view.source_ids) - s or len(view.target_ids) - t)]
        if not cuts:
            return False
        s, t = rng.choice(cuts)
        repo.split(view.id, s, t, actor=actor, expected_version=v)
    return True


def verify(url: str, run_id: int, results: list[dict[str, Any]]) -> dict[str, Any]:
    """Compare the log with what the writers counted, and the beads with the log."""
    from sqlalchemy import func, select

    from db.schema import Bead as BeadRow
    from db.schema import ReviewEvent

    repo = Repository.open(url)
    try:
        with repo.engine.connect() as conn:
            per_actor = dict(conn.execute(select(ReviewEvent.actor, func.count(ReviewEvent.id))
                                          .where(ReviewEvent.run_id == run_id)
                                          .group_by(ReviewEvent.actor)).all())
            last: dict[int, dict[str, Any]] = {}
            for (after,) in conn.execute(select(ReviewEvent.after).where(ReviewEvent.run_id == run_id)
                                         .order_by(ReviewEvent.id)):
                for snap in after:
                    last[snap["id"]] = snap
            rows = {r.id: r for r in conn.execute(select(BeadRow).where(BeadRow.run_id == run_id))}
    finally:
        repo.close()
    lost = duplicated = 0
    for r in results:
        logged = per_actor.get(r["actor"], 0)
        lost += max(0, r["actions"] - logged)
        duplicated += max(0, logged - r["actions"])
    mismatched = 0
    for bead_id, snap in last.items():
        row = rows[bead_id]
        if row.version != snap["version"] or any(getattr(row, f) != snap[f] for f in FIELDS):
            mismatched += 1
    return {"events": sum(per_actor.values()), "lost": lost, "duplicated": duplicated,
            "beads_touched": len(last), "beads_differing_from_log": mismatched}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=20)
    parser.add_argument("--actions", type=int, default=1000, help="successful actions per writer")
    parser.add_argument("--beads", type=int, default=400, help="beads in the run")
    parser.add_argument("--hot", type=int, default=40, help="size of the region half the picks go to")
    parser.add_argument("--threads", action="store_true", help="threads instead of processes")
    parser.add_argument("--url", help="use this database instead of a throw-away PostgreSQL server")
    parser.add_argument("--fast", action="store_true", help="throw-away server with fsync off")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    server = None
    url = args.url
    if url is None:
        server = ThrowawayPostgres(fast=args.fast, max_connections=args.writers * 2 + 10)
        server.start()
        url = server.create_database("load")
    try:
        run_id = prepare(url, args.beads)
        jobs = [(url, run_id, i, args.actions, args.hot, args.seed) for i in range(args.writers)]
        started = time.perf_counter()
        if args.threads:
            results: list[dict[str, Any]] = [{} for _ in jobs]

            def work(i: int) -> None:
                results[i] = writer(*jobs[i])

            threads = [threading.Thread(target=work, args=(i,)) for i in range(len(jobs))]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        else:
            with mp.get_context("spawn").Pool(args.writers) as pool:
                results = pool.starmap(writer, jobs)
        wall = time.perf_counter() - started
        # Throughput over the time all writers were working (process start-up excluded).
        span = max(r["ended"] for r in results) - min(r["started"] for r in results)
        check = verify(url, run_id, results)
    finally:
        if server is not None:
            server.stop()

    total = Counter()
    for r in results:
        total.update({k: v for k, v in r.items() if isinstance(v, int) and k not in ("started", "ended")})
    summary = {
        "database": "postgresql (throw-away, fsync " + ("off" if args.fast else "on") + ")" if server
        else url.split(":")[0],
        "writers": args.writers, "mode": "threads" if args.threads else "processes",
        "actions": total["actions"], "wall_s": round(wall, 1), "working_s": round(span, 1),
        "actions_per_s": round(total["actions"] / span, 1),
        "conflicts_retried": total["conflicts_retried"], "gave_up": total["gave_up"],
        "undo_refused": total["undo_refused"], "redo_refused": total["redo_refused"],
        "stale_picks": total["stale_picks"],
        "by_action": {a: total[a] for a in ("confirm", "reject", "note", "merge", "split", "undo", "redo")},
        **check,
    }
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        for key, value in summary.items():
            print(f"{key:>26}: {value}")
    ok = check["lost"] == 0 and check["duplicated"] == 0 and check["beads_differing_from_log"] == 0
    ok = ok and check["events"] == total["actions"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
