"""Validate the blind quotation set quote_blind8 (standard library only; independent of the build script).

It segments the sources itself (a sentence ends at '.', '!' or '?' followed by whitespace or the end of a
paragraph) and checks the tables, the gold spans, the absent rows, the distractors and the counts.

    .venv/bin/python benchmarks/data/quote_blind8_check.py
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"sentence", "long", "term"}
EXPECTED = {"faithful", "drifted", "partial", "absent", "term"}
DRIFTS = {"numbers", "names", "negation", "omission", "hedge", "quantifier", "addition"}
SPLIT = re.compile(r"(?<=[.!?])\s+")
N_UNRELATED = 15

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def read_sources() -> tuple[dict[str, str], dict[str, tuple[str, int]], list[str]]:
    """Sentence table {id: text}, {id: (doc, paragraph no)}, and the document texts."""
    text = (HERE / "quote_blind8_sources.ru.txt").read_text(encoding="utf-8")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err("sources: must end with exactly one newline")
    docs: list[tuple[str, list[str]]] = []
    for line in text.split("\n"):
        if line.startswith("### "):
            m = re.match(r"### (D\d): \S", line)
            if not m:
                err(f"sources: bad title line {line[:40]!r}")
                continue
            docs.append((m.group(1), []))
        elif docs:
            docs[-1][1].append(line)
        elif line:
            err("sources: text before the first title")
    sents: dict[str, str] = {}
    where: dict[str, tuple[str, int]] = {}
    doc_texts = []
    if [d for d, _ in docs] != ["D1", "D2", "D3", "D4"]:
        err(f"sources: documents {[d for d, _ in docs]}")
    for name, lines in docs:
        # paragraphs: non-empty lines, separated by exactly one blank line
        body = "\n".join(lines).strip("\n")
        if "\n\n\n" in body:
            err(f"{name}: more than one blank line between paragraphs")
        paras = [p for p in body.split("\n\n")]
        n = 0
        for pno, para in enumerate(paras, 1):
            if "\n" in para or not para.strip() or para != para.strip():
                err(f"{name}: paragraph {pno} is not one clean line")
            for s in SPLIT.split(para.strip()):
                n += 1
                sid = f"{name.lower()}_{n:02d}"
                sents[sid] = s
                where[sid] = (name, pno)
                if re.match(r"[—\s]*\d", s):
                    err(f"{sid}: starts with a digit")
                if re.search(r"(?:^|\s)[А-ЯЁA-Z]\.", s):
                    err(f"{sid}: looks like an initial or abbreviation")
                if "..." in s or "…" in s:
                    err(f"{sid}: ellipsis in a source sentence")
                if not re.search(r"[.!?]»?$", s):
                    err(f"{sid}: does not end a sentence: {s[-20:]!r}")
                if re.search(r"[.!?][»\"]\s", s):
                    err(f"{sid}: sentence-final mark inside quotes mid-sentence")
        doc_texts.append(norm(body))
    return sents, where, doc_texts


def read_table(file: str, header: list[str]) -> list[dict[str, str]]:
    raw = (HERE / file).read_text(encoding="utf-8")
    if not raw.endswith("\n"):
        err(f"{file}: no final newline")
    for i, line in enumerate(raw.rstrip("\n").split("\n"), 1):
        if line.count("\t") != len(header) - 1:
            err(f"{file}: line {i} has {line.count(chr(9)) + 1} fields")
    with (HERE / file).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames != header:
            err(f"{file}: header {reader.fieldnames}")
        return list(reader)


def quote_sentences(text: str) -> list[str]:
    text = re.sub(r"\s*(?:\(…\)|\[…\])\s*", " ", text)
    return [s for s in SPLIT.split(text.strip()) if s]


def main() -> int:
    sents, where, doc_texts = read_sources()
    order = list(sents)
    all_norm = {norm(s) for s in sents.values()}
    rows = read_table("quote_blind8.tsv", ["id", "absent", "en", "fr", "ru"])
    labels = read_table("quote_blind8_labels.tsv", ["id", "kind", "expected", "drift_kind", "note"])

    ids = [r["id"] for r in rows]
    if ids != [r["id"] for r in labels]:
        err("ids differ between the two tables (or their order)")
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    if ids != [f"q{i:02d}" for i in range(1, len(ids) + 1)]:
        err("ids are not q01..qNN in order")

    gold: set[str] = set()
    counts: Counter = Counter()
    drift_kinds: Counter = Counter()
    for row, lab in zip(rows, labels):
        rid, kind, exp, drift, note = lab["id"], lab["kind"], lab["expected"], lab["drift_kind"], lab["note"]
        counts[(kind, exp)] += 1
        if kind not in KINDS:
            err(f"{rid}: kind {kind!r}")
        if exp not in EXPECTED:
            err(f"{rid}: expected {exp!r}")
        if (exp == "drifted") != bool(drift) or (drift and drift not in DRIFTS):
            err(f"{rid}: drift_kind {drift!r} with expected {exp!r}")
        drift_kinds[drift] += bool(drift)
        if row["absent"] not in ("0", "1") or (row["absent"] == "1") != (exp == "absent"):
            err(f"{rid}: absent {row['absent']!r} with expected {exp!r}")
        if (kind == "term") != (exp == "term"):
            err(f"{rid}: kind term iff expected term")
        for col in ("en", "fr", "ru"):
            if not row[col].strip() or row[col] != row[col].strip():
                err(f"{rid}: empty or padded {col}")
        m = re.search(r"\[src ([a-z0-9_,]+)\]$", note)
        if exp == "absent":
            if m or "[src" in note:
                err(f"{rid}: absent row with [src]")
            for s in quote_sentences(row["ru"]):
                if norm(s) in all_norm:
                    err(f"{rid}: absent would-be source sentence is in a document")
            if any(norm(row["ru"]) in d for d in doc_texts):
                err(f"{rid}: absent ru is in a document")
            n_ru = len(quote_sentences(row["ru"]))
            if (kind == "sentence") != (n_ru == 1):
                err(f"{rid}: kind {kind} but {n_ru} ru sentences")
            for lang in ("en", "fr"):
                if len(quote_sentences(row[lang])) != n_ru:
                    err(f"{rid}: {lang} has {len(quote_sentences(row[lang]))} sentences, ru {n_ru}")
            continue
        if not m:
            err(f"{rid}: note does not end with [src ...]")
            continue
        src = m.group(1).split(",")
        if any(s not in sents for s in src):
            err(f"{rid}: unknown src ids {src}")
            continue
        if src != sorted(src, key=order.index) or len(set(src)) != len(src):
            err(f"{rid}: src ids not in document order")
        if len({where[s][0] for s in src}) != 1:
            err(f"{rid}: gold span across documents")
        gold.update(src)
        if row["ru"] != " ".join(sents[s] for s in src):
            err(f"{rid}: ru is not its [src] sentences joined")
        idx = [order.index(s) for s in src]
        contiguous = idx == list(range(idx[0], idx[0] + len(idx)))
        ellipsis = "(…)" in row["en"] or "[…]" in row["en"]
        if ellipsis != ("(…)" in row["fr"] or "[…]" in row["fr"]):
            err(f"{rid}: ellipsis in one language only")
        if exp in ("faithful", "drifted") and ellipsis == contiguous:
            err(f"{rid}: ellipsis {ellipsis} but span contiguous {contiguous}")
        if exp == "term":
            words = {lang: len(row[lang].replace("'", "' ").split()) for lang in ("en", "fr")}
            if not all(2 <= w <= 4 for w in words.values()):
                err(f"{rid}: term length {words}")
            t = re.search(r"«([^»]+)»", note)
            if len(src) != 1 or not t or f"«{t.group(1)}»" not in row["ru"]:
                err(f"{rid}: term not found in its sentence")
            elif any(f"«{t.group(1)}»" in sents[s] for s in order[: order.index(src[0])]):
                err(f"{rid}: an earlier sentence holds the term")
            continue
        n_src = len(src)
        want = n_src + (1 if exp == "partial" else 0)
        if (kind == "sentence") != (want == 1):
            err(f"{rid}: kind {kind} but {want} sentences expected")
        if kind == "long" and not 2 <= want <= 4:
            err(f"{rid}: long row with {want} sentences")
        for lang in ("en", "fr"):
            got = len(quote_sentences(row[lang]))
            if got != want:
                err(f"{rid}: {lang} has {got} sentences, expected {want}")

    # distractors
    raw = (HERE / "quote_blind8_distractors.ru.txt").read_text(encoding="utf-8")
    if not raw.endswith("\n") or "\t" in raw:
        err("distractors: final newline / tabs")
    lines = raw.rstrip("\n").split("\n")
    if any(not line.strip() for line in lines):
        err("distractors: blank line")
    rest = [sents[s] for s in order if s not in gold]
    if lines[: len(rest)] != rest:
        err("distractors: first lines are not the non-gold source sentences in document order")
    extra = lines[len(rest):]
    if len(extra) != N_UNRELATED:
        err(f"distractors: {len(extra)} unrelated lines, expected {N_UNRELATED}")
    for line in extra:
        if norm(line) in all_norm or any(norm(line) in d for d in doc_texts):
            err(f"distractors: unrelated line is in a document: {line[:40]}")
        if len(SPLIT.split(line)) != 1:
            err(f"distractors: not one sentence: {line[:40]}")

    # counts
    n_sents = len(sents)
    if not 80 <= n_sents <= 100:
        err(f"{n_sents} source sentences, expected 80-100")
    per_doc = Counter(where[s][0] for s in order)
    by_exp = Counter(e for (_, e) in counts.elements())
    want_exp = {"faithful": 22, "drifted": 11, "partial": 3, "absent": 6, "term": 6}
    if dict(by_exp) != want_exp:
        err(f"counts by expected {dict(by_exp)}")
    if counts[("sentence", "faithful")] != 11 or counts[("long", "faithful")] != 11:
        err("faithful: expected 11 sentence + 11 long")

    print(f"sources: {n_sents} sentences ({dict(per_doc)}); rows: {len(rows)}")
    print(f"gold sentences: {len(gold)}; distractors: {len(rest)} non-gold + {len(extra)} unrelated")
    print("kind x expected:", {f"{k}/{e}": n for (k, e), n in sorted(counts.items())})
    print("drift kinds:", {k: n for k, n in sorted(drift_kinds.items()) if k})
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print(" -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
