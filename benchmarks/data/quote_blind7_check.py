"""Validate the blind quotation set blind7 (standard library only; imports nothing from Parallax).

Segments the sources itself (a sentence ends at '.', '!' or '?' followed by whitespace or the end of
its paragraph), independently of quote_blind7_build.py, and checks the four data files against it.

    .venv/bin/python benchmarks/data/quote_blind7_check.py
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "quote_blind7"
KINDS = {"sentence", "long", "term"}
EXPECTED = {"faithful", "drifted", "partial", "absent", "term"}
DRIFT_KINDS = {"numbers", "names", "negation", "omission", "hedge", "quantifier", "addition"}
ELLIPSES = ("(…)", "[…]", "«(…)»")

errors: list[str] = []


def err(message: str) -> None:
    errors.append(message)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def split_sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", paragraph.strip()) if s]


def quote_sentences(text: str) -> list[str]:
    """Sentences of an English/French quotation, ellipsis markers not counted."""
    for mark in ELLIPSES:
        text = text.replace(mark, " ")
    return split_sentences(norm(text))


def read_table(file: str) -> tuple[list[str], list[dict[str, str]]]:
    path = HERE / file
    raw = path.read_text(encoding="utf-8")
    if not raw.endswith("\n"):
        err(f"{file}: no final newline")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = list(reader)
        header = list(reader.fieldnames or [])
    for i, row in enumerate(rows, 2):
        if None in row or any(v is None for v in row.values()):
            err(f"{file}:{i}: wrong number of cells")
    return header, rows


def read_sources() -> tuple[dict[str, str], list[str], list[list[str]]]:
    """sentence id -> text, titles, and the list of paragraphs (as lists of ids)."""
    lines = (HERE / f"{NAME}_sources.ru.txt").read_text(encoding="utf-8").split("\n")
    docs: list[tuple[str, list[str]]] = []
    titles: list[str] = []
    for line in lines:
        if line.startswith("### "):
            name, _, title = line[4:].partition(":")
            if not re.fullmatch(r"D\d", name.strip()) or not title.strip():
                err(f"sources: bad title line {line!r}")
            docs.append((name.strip(), []))
            titles.append(title.strip())
        elif docs:
            docs[-1][1].append(line)
        elif line.strip():
            err("sources: text before the first title")
    sents: dict[str, str] = {}
    paragraphs: list[list[str]] = []
    for name, body in docs:
        n = 0
        for para in re.split(r"\n\s*\n", "\n".join(body).strip()):
            if "\n" in para:
                err(f"sources {name}: a paragraph spans several lines")
            ids = []
            for s in split_sentences(para):
                n += 1
                sid = f"{name.lower()}_{n:02d}"
                sents[sid] = s
                ids.append(sid)
            paragraphs.append(ids)
    return sents, titles, paragraphs


def main() -> int:
    sents, titles, paragraphs = read_sources()
    order = list(sents)
    norm_sents = {k: norm(v) for k, v in sents.items()}
    docs_text = norm(" ".join(sents.values()))
    para_of = {sid: i for i, ids in enumerate(paragraphs) for sid in ids}

    # --- the sources themselves ---
    per_doc = Counter(sid.split("_")[0] for sid in sents)
    if len(per_doc) != 4:
        err(f"sources: {len(per_doc)} documents, expected 4")
    if not 80 <= len(sents) <= 100:
        err(f"sources: {len(sents)} sentences, expected 80-100")
    for sid, s in sents.items():
        if s[0].isdigit():
            err(f"{sid}: starts with a digit")
        if not s.endswith((".", "!", "?")):
            err(f"{sid}: does not end with . ! ?")
        if re.search(r"(?<![А-Яа-яЁёA-Za-z])[А-ЯЁA-Z]\.", s):
            err(f"{sid}: looks like an initial")
        if re.search(r"\b(т\. ?е|т\. ?д|т\. ?п|г|гг|руб|млн|млрд|тыс|ул|им|см|др|проф|д)\.", s):
            err(f"{sid}: looks like an abbreviation")
        if "..." in s or "…" in s or "\t" in s:
            err(f"{sid}: ellipsis or tab in a source sentence")
        if re.search(r"[.!?][»\"”)]", s[:-1]) or re.search(r"[.!?]\s", s):
            err(f"{sid}: sentence-final punctuation inside the sentence")
    if len(set(norm_sents.values())) != len(norm_sents):
        err("sources: duplicate sentences")
    for a, ta in norm_sents.items():
        for b, tb in norm_sents.items():
            if a != b and ta in tb:
                err(f"{a} is a substring of {b}")

    # --- the two tables ---
    h1, rows = read_table(f"{NAME}.tsv")
    h2, labels = read_table(f"{NAME}_labels.tsv")
    if h1 != ["id", "absent", "en", "fr", "ru"]:
        err(f"{NAME}.tsv header {h1}")
    if h2 != ["id", "kind", "expected", "drift_kind", "note"]:
        err(f"{NAME}_labels.tsv header {h2}")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids in the quotation table")
    if ids != [r["id"] for r in labels]:
        err("ids differ between the two tables (or their order)")
    if ids != [f"q{i:02d}" for i in range(1, len(ids) + 1)]:
        err("ids are not q01..qNN in order")
    lab = {r["id"]: r for r in labels}

    gold_ids: set[str] = set()
    counts: Counter = Counter()
    long_en_sizes: Counter = Counter()
    for row in rows:
        rid = row["id"]
        label = lab.get(rid)
        if label is None:
            continue
        kind, expected, drift, note = label["kind"], label["expected"], label["drift_kind"], label["note"]
        counts[(kind, expected)] += 1
        if kind not in KINDS:
            err(f"{rid}: kind {kind!r}")
        if expected not in EXPECTED:
            err(f"{rid}: expected {expected!r}")
        if (expected == "drifted") != bool(drift):
            err(f"{rid}: drift_kind set iff drifted")
        if drift and drift not in DRIFT_KINDS:
            err(f"{rid}: drift_kind {drift!r}")
        if (kind == "term") != (expected == "term"):
            err(f"{rid}: kind term iff expected term")
        if row["absent"] != ("1" if expected == "absent" else "0"):
            err(f"{rid}: absent column {row['absent']!r} vs expected {expected}")
        for col in ("en", "fr", "ru"):
            if not row[col].strip() or row[col] != row[col].strip():
                err(f"{rid}: empty or padded {col}")
        en_s, fr_s = quote_sentences(row["en"]), quote_sentences(row["fr"])
        if kind != "term" and len(en_s) != len(fr_s):
            err(f"{rid}: {len(en_s)} English vs {len(fr_s)} French sentences")
        if kind == "sentence" and len(en_s) != 1:
            err(f"{rid}: sentence row with {len(en_s)} sentences")
        if kind == "long":
            if not 2 <= len(en_s) <= 4:
                err(f"{rid}: long row with {len(en_s)} sentences")
            long_en_sizes[len(en_s)] += 1
        has_ellipsis = any(m in row["en"] for m in ELLIPSES)
        if has_ellipsis != any(m in row["fr"] for m in ELLIPSES):
            err(f"{rid}: ellipsis in one language only")

        m = re.search(r"\[src ([a-z0-9_,]+)\]$", note)
        if expected == "absent":
            if m or "[src" in note:
                err(f"{rid}: absent row with [src]")
            if norm(row["ru"]) in docs_text:
                err(f"{rid}: absent ru found in the documents")
            for sid, t in norm_sents.items():
                if t in norm(row["ru"]):
                    err(f"{rid}: absent ru contains source sentence {sid}")
            for piece in split_sentences(row["ru"]):
                if norm(piece) in docs_text:
                    err(f"{rid}: absent ru sentence found in the documents")
            if len(split_sentences(row["ru"])) != len(en_s):
                err(f"{rid}: absent ru has {len(split_sentences(row['ru']))} sentences, quote {len(en_s)}")
            continue
        if not m:
            err(f"{rid}: note does not end with [src ...]")
            continue
        src = m.group(1).split(",")
        unknown = [s for s in src if s not in sents]
        if unknown:
            err(f"{rid}: unknown ids {unknown}")
            continue
        if src != sorted(src, key=order.index) or len(set(src)) != len(src):
            err(f"{rid}: [src] not in document order or repeated")
        if row["ru"] != " ".join(sents[s] for s in src):
            err(f"{rid}: ru is not its referenced sentences joined")
        found = {sid for sid, t in norm_sents.items() if t in norm(row["ru"])}
        if found != set(src):
            err(f"{rid}: sentences found in ru {sorted(found)} != [src] {src}")
        gold_ids.update(src)
        idx = [order.index(s) for s in src]
        contiguous = idx == list(range(idx[0], idx[0] + len(idx)))
        if expected in ("faithful", "drifted"):
            if len(en_s) != len(src):
                err(f"{rid}: {len(en_s)} quoted sentences for {len(src)} sources")
            if has_ellipsis == contiguous:
                err(f"{rid}: ellipsis marker and gap in [src] disagree")
        if expected == "partial":
            if len(en_s) != len(src) + 1:
                err(f"{rid}: partial row should have exactly one unsourced sentence")
        if expected == "term":
            if len(src) != 1:
                err(f"{rid}: term row with {len(src)} sources")
            t = re.search(r"«([^»]+)»", note)
            if not t:
                err(f"{rid}: note gives no Russian term")
                continue
            term = t.group(1)
            if not 2 <= len(term.split()) <= 3:
                err(f"{rid}: Russian term {term!r} is not 2-3 words")
            if not 1 <= len(row["en"].split()) <= 5 or not 1 <= len(row["fr"].split()) <= 5:
                err(f"{rid}: term quotation too long")
            holders = [sid for sid in order if f"«{term}»" in sents[sid]]
            if not holders or holders[0] != src[0]:
                err(f"{rid}: term {term!r} first appears in {holders[:1]}, [src] {src}")

    # --- distractors ---
    path = HERE / f"{NAME}_distractors.ru.txt"
    raw = path.read_text(encoding="utf-8")
    if not raw.endswith("\n") or "\t" in raw:
        err("distractors: tab or no final newline")
    dlines = raw.split("\n")[:-1]
    if any(not line.strip() for line in dlines):
        err("distractors: blank line")
    unused = [sents[s] for s in order if s not in gold_ids]
    if dlines[: len(unused)] != unused:
        err("distractors: the first lines are not the unused source sentences in document order")
    extra = dlines[len(unused):]
    for line in extra:
        if norm(line) in docs_text:
            err(f"distractors: unrelated line is in the documents: {line[:40]}")
        for r in rows:
            if norm(line) in norm(r["ru"]):
                err(f"distractors: unrelated line is in ru of {r['id']}")

    # --- counts ---
    want = {("sentence", "faithful"): 11, ("long", "faithful"): 11, ("sentence", "drifted"): 8,
            ("long", "drifted"): 3, ("long", "partial"): 3, ("sentence", "absent"): 5,
            ("long", "absent"): 1, ("term", "term"): 6}
    if dict(counts) != want:
        err(f"counts {dict(counts)} != {want}")
    drift_kinds = Counter(lab[r]["drift_kind"] for r in lab if lab[r]["drift_kind"])

    print(f"sources: {len(sents)} sentences in {len(per_doc)} documents {dict(per_doc)}, "
          f"{len(paragraphs)} paragraphs")
    print(f"rows: {len(rows)}; by expected: {dict(Counter(lab[r]['expected'] for r in lab))}")
    print(f"by kind x expected: { {f'{k}/{e}': n for (k, e), n in sorted(counts.items())} }")
    print(f"long rows by number of English sentences: {dict(sorted(long_en_sizes.items()))}")
    print(f"drift kinds: {dict(drift_kinds)}")
    print(f"gold sentences: {len(gold_ids)}; unused source sentences: {len(unused)}; "
          f"unrelated distractors: {len(extra)}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print(" -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
