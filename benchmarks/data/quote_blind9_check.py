"""Validate the blind quotation set quote_blind9 (standard library only).

It segments the source documents itself (independently of quote_blind9_build.py) and checks the
data files against that segmentation. Prints OK, or every fault found, and exits 1 on a fault.

    .venv/bin/python benchmarks/data/quote_blind9_check.py [DATA_DIR]
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

NAME = "quote_blind9"
KINDS = {"sentence", "long", "term"}
EXPECTED = {"faithful", "drifted", "partial", "absent", "term"}
DRIFT_KINDS = {"numbers", "names", "negation", "omission", "hedge", "quantifier", "addition"}
ELLIPSES = ("(…)", "[…]")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LATIN = re.compile(r"[A-Za-z]")
END_EN = re.compile(r"[.!?]+(?=[\"'»”’)]*(?:\s|$))")
SRC = re.compile(r"\[src ([a-z0-9_,]+)\]$")
TERM = re.compile(r"«([^»]+)»")

faults: list[str] = []


def fault(message: str) -> None:
    faults.append(message)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def segment(path: Path) -> tuple[dict[str, str], dict[str, tuple[int, int]], list[str]]:
    """Sentences by id, (doc, paragraph) per id, and the ids in document order."""
    raw = path.read_text(encoding="utf-8")
    if not raw.endswith("\n") or raw.endswith("\n\n"):
        fault("sources: must end with exactly one newline")
    docs: list[list[str]] = []
    for line in raw.split("\n"):
        if line.startswith("### "):
            if not re.fullmatch(r"### D[1-9]: \S.*", line):
                fault(f"sources: bad header {line!r}")
            docs.append([])
        elif docs:
            docs[-1].append(line)
        elif line.strip():
            fault("sources: text before the first header")
    sentences: dict[str, str] = {}
    where: dict[str, tuple[int, int]] = {}
    order: list[str] = []
    for d, lines in enumerate(docs):
        paragraphs = [norm(p) for p in re.split(r"\n\s*\n", "\n".join(lines)) if p.strip()]
        n = 0
        for p, paragraph in enumerate(paragraphs):
            for s in re.split(r"(?<=[.!?])\s+", paragraph):
                n += 1
                sid = f"d{d + 1}_{n:02d}"
                sentences[sid], where[sid] = s, (d, p)
                order.append(sid)
    return sentences, where, order


def hygiene(sentences: dict[str, str]) -> None:
    for sid, s in sentences.items():
        if not re.search(r"[.!?]$", s):
            fault(f"{sid}: does not end with . ! or ?")
        if "..." in s or "…" in s:
            fault(f"{sid}: ellipsis in a source sentence")
        if re.match(r"(?:— )?\d", s):
            fault(f"{sid}: sentence-initial digit")
        if re.search(r"(?:^|[\s(«])[А-ЯЁA-Z]\.", s):
            fault(f"{sid}: initial")
        if re.search(r"(?:^|[\s(«])[а-яёa-z]{1,3}\.\s*\S", s):
            fault(f"{sid}: abbreviation-like token")
        if re.search(r"[.!?]»\s*\S", s):
            fault(f"{sid}: sentence-final mark inside guillemets mid-sentence")
        if LATIN.search(s):
            fault(f"{sid}: Latin letters in a Russian sentence")
        if re.match(r"(?:— )?[а-яё]", s):
            fault(f"{sid}: starts with a lowercase letter (an abbreviation split the sentence before it?)")


def count_sentences(text: str) -> int:
    for mark in ELLIPSES:
        text = text.replace(mark, " ")
    return len(END_EN.findall(norm(text)))


def table(path: Path, header: list[str]) -> list[dict[str, str]]:
    raw = path.read_text(encoding="utf-8")
    if not raw.endswith("\n") or raw.endswith("\n\n"):
        fault(f"{path.name}: must end with exactly one newline")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames != header:
            fault(f"{path.name}: header {reader.fieldnames} != {header}")
        rows = list(reader)
    for r in rows:
        if None in r or any(v is None for v in r.values()):
            fault(f"{path.name}: row {r.get('id')} has the wrong number of cells")
    return rows


def main(data: Path) -> int:
    sentences, where, order = segment(data / f"{NAME}_sources.ru.txt")
    hygiene(sentences)
    pos = {sid: i for i, sid in enumerate(order)}
    docs_text = norm(" ".join(sentences[s] for s in order))
    if len(sentences) != 90:
        fault(f"sources: {len(sentences)} sentences, expected 90")
    if len({s for s in sentences.values()}) != len(sentences):
        fault("sources: duplicate sentences")

    quotes = table(data / f"{NAME}.tsv", ["id", "absent", "en", "fr", "ru"])
    labels = table(data / f"{NAME}_labels.tsv", ["id", "kind", "expected", "drift_kind", "note"])
    ids = [r["id"] for r in quotes]
    if ids != [f"q{i:02d}" for i in range(1, 49)]:
        fault("ids: expected q01..q48 in order")
    if len(set(ids)) != len(ids) or [r["id"] for r in labels] != ids:
        fault("ids: not unique, or not the same in both tables")
    lab = {r["id"]: r for r in labels}

    gold: set[str] = set()
    combo: Counter = Counter()
    long_sizes: Counter = Counter()
    faithful_long: Counter = Counter()
    spans_break: list[str] = []
    for q in quotes:
        rid = q["id"]
        l = lab.get(rid)
        if l is None:
            continue
        kind, expected, drift, note = l["kind"], l["expected"], l["drift_kind"], l["note"]
        combo[(kind, expected)] += 1
        if kind not in KINDS or expected not in EXPECTED:
            fault(f"{rid}: bad kind/expected {kind}/{expected}")
        if (expected == "drifted") != bool(drift) or (drift and drift not in DRIFT_KINDS):
            fault(f"{rid}: drift_kind {drift!r} inconsistent with {expected}")
        if (kind == "term") != (expected == "term"):
            fault(f"{rid}: kind term iff expected term")
        if q["absent"] != ("1" if expected == "absent" else "0"):
            fault(f"{rid}: absent flag {q['absent']} inconsistent with {expected}")
        for lang in ("en", "fr"):
            if not q[lang].strip() or CYRILLIC.search(q[lang]):
                fault(f"{rid}: {lang} empty or holds Cyrillic")
        if LATIN.search(q["ru"]):
            fault(f"{rid}: ru holds Latin letters")
        m = SRC.search(note)
        if expected == "absent":
            if m or "[src" in note:
                fault(f"{rid}: absent row has [src]")
            ru = norm(q["ru"])
            if ru in docs_text or any(norm(s) in docs_text for s in re.split(r"(?<=[.!?])\s+", ru)):
                fault(f"{rid}: absent ru occurs in a document")
            n_ru = len(re.split(r"(?<=[.!?])\s+", ru))
            for lang in ("en", "fr"):
                if count_sentences(q[lang]) != n_ru:
                    fault(f"{rid}: {lang} has {count_sentences(q[lang])} sentences, ru {n_ru}")
            if (kind == "sentence") != (n_ru == 1):
                fault(f"{rid}: kind {kind} but {n_ru} sentences")
            continue
        if not m:
            fault(f"{rid}: note lacks a final [src ...]")
            continue
        src = m.group(1).split(",")
        if any(s not in sentences for s in src):
            fault(f"{rid}: unknown src id in {src}")
            continue
        if [pos[s] for s in src] != sorted(pos[s] for s in src) or len(set(src)) != len(src):
            fault(f"{rid}: src not in document order")
        if norm(q["ru"]) != norm(" ".join(sentences[s] for s in src)):
            fault(f"{rid}: ru differs from its source sentences {src}")
        gold.update(src)
        if len({where[s][0] for s in src}) != 1:
            fault(f"{rid}: src spans documents")
        if len({where[s][1] for s in src}) > 1:
            spans_break.append(rid)

        if expected == "term":
            t = TERM.search(note)
            if not t or len(src) != 1:
                fault(f"{rid}: term row needs one src and a «term» in its note")
                continue
            term = t.group(1)
            if term not in sentences[src[0]]:
                fault(f"{rid}: term {term!r} not in {src[0]}")
            earlier = [s for s in order[:pos[src[0]]] if term.lower() in sentences[s].lower()]
            if earlier:
                fault(f"{rid}: term {term!r} already in {earlier}")
            for lang in ("en", "fr"):
                words = q[lang].split()
                if not 2 <= len(words) <= 3 or END_EN.search(q[lang]):
                    fault(f"{rid}: {lang} term {q[lang]!r} is not a 2-3 word label")
            continue

        n_en, n_fr = count_sentences(q["en"]), count_sentences(q["fr"])
        want = len(src) + (1 if expected == "partial" else 0)
        if n_en != want or n_fr != want:
            fault(f"{rid}: en {n_en} / fr {n_fr} sentences, expected {want}")
        if kind == "sentence" and want != 1:
            fault(f"{rid}: kind sentence but {want} sentences")
        if kind == "long":
            if not 2 <= want <= 4:
                fault(f"{rid}: long row of {want} sentences")
            long_sizes[want] += 1
            if expected == "faithful":
                faithful_long[want] += 1
        marks = [mk for mk in ELLIPSES if mk in q["en"]]
        marks_fr = [mk for mk in ELLIPSES if mk in q["fr"]]
        if marks != marks_fr:
            fault(f"{rid}: ellipsis marks differ between en and fr")
        gaps = [pos[b] - pos[a] for a, b in zip(src, src[1:])]
        if marks:
            if expected != "faithful" or sorted(gaps) != [1] * (len(gaps) - 1) + [2]:
                fault(f"{rid}: ellipsis row must be faithful and skip exactly one sentence, gaps {gaps}")
        elif any(g != 1 for g in gaps):
            fault(f"{rid}: non-contiguous span without an ellipsis")

    # distractors
    dist = (data / f"{NAME}_distractors.ru.txt").read_text(encoding="utf-8")
    if not dist.endswith("\n") or dist.endswith("\n\n"):
        fault("distractors: must end with exactly one newline")
    lines = dist.rstrip("\n").split("\n")
    outside = [sentences[s] for s in order if s not in gold]
    if lines[:len(outside)] != outside:
        fault("distractors: the first lines are not the source sentences outside every gold span")
    extra = lines[len(outside):]
    if len(extra) != 15:
        fault(f"distractors: {len(extra)} unrelated lines, expected 15")
    absent_ru = {norm(q["ru"]) for q in quotes if q["absent"] == "1"}
    for line in extra:
        if norm(line) in docs_text or line in sentences.values():
            fault(f"distractors: unrelated line is in a document: {line[:40]}")
        if any(norm(line) in a for a in absent_ru):
            fault(f"distractors: unrelated line is an absent row's source: {line[:40]}")
    if len(set(lines)) != len(lines):
        fault("distractors: duplicate lines")

    # counts
    want_combo = {("sentence", "faithful"): 11, ("long", "faithful"): 11, ("sentence", "drifted"): 8,
                  ("long", "drifted"): 3, ("long", "partial"): 3, ("sentence", "absent"): 5,
                  ("long", "absent"): 1, ("term", "term"): 6}
    if dict(combo) != want_combo:
        fault(f"counts: {dict(combo)} != {want_combo}")
    if faithful_long[2] != 5 or faithful_long[3] + faithful_long[4] != 6:
        fault(f"counts: faithful long sizes {dict(faithful_long)}")
    drifts = Counter(l["drift_kind"] for l in labels if l["expected"] == "drifted")
    if set(drifts) != DRIFT_KINDS:
        fault(f"counts: drift kinds {dict(drifts)} do not cover {sorted(DRIFT_KINDS)}")

    if faults:
        print("\n".join(f"FAULT {f}" for f in faults))
        return 1
    per_doc = Counter(s.split("_")[0] for s in gold)
    print(f"sources: {len(sentences)} sentences; gold {len(gold)} ({dict(sorted(per_doc.items()))}); "
          f"outside gold {len(outside)}; unrelated {len(extra)}")
    print(f"rows: {dict(combo)}")
    print(f"long rows by sentences: {dict(sorted(long_sizes.items()))}; drift kinds: {dict(drifts)}")
    print(f"span a paragraph break: {', '.join(spans_break)}")
    print("OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
