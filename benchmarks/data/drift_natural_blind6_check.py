#!/usr/bin/env python3
"""Validate drift_natural_blind6.tsv (and its drift tables in drift_natural_blind6.md).

Standard library only. Exits non-zero with a message on the first failed check group;
prints the counts when everything passes.
"""
import collections
import csv
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "drift_natural_blind6.tsv")
MD = os.path.join(HERE, "drift_natural_blind6.md")
HEADER = ["id", "doc", "en", "fr", "ru", "drift_fr", "drift_ru", "note"]
KINDS = ["numbers", "names", "reversal", "omission", "addition", "meaning"]
DOCS = ["d1", "d2", "d3", "d4", "d5"]
ROWS_PER_DOC = 46
DRIFTS_PER_LANG = 12
PER_KIND = 2

errors = []


def fail(msg):
    errors.append(msg)


def main():
    raw = open(TSV, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        sys.exit(f"not UTF-8: {exc}")
    if text.startswith("\ufeff"):
        fail("BOM present")
    if "\r" in text:
        fail("CR characters present (line ends must be LF)")
    if not text.endswith("\n"):
        fail("file does not end with a newline")
    if '"' in text:
        fail("straight double quote present")
    lines = text.rstrip("\n").split("\n")
    if lines[0].split("\t") != HEADER:
        fail(f"bad header: {lines[0]!r}")
    rows = []
    for n, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) != len(HEADER):
            fail(f"line {n}: {len(cells)} fields, expected {len(HEADER)}")
            continue
        rows.append(dict(zip(HEADER, cells)))

    # The benchmark loader's way of reading the file must agree.
    reader = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    loaded = list(reader)
    if reader.fieldnames != HEADER or len(loaded) != len(rows):
        fail("csv.DictReader(QUOTE_NONE) does not give the same header/row count")

    if len(rows) != ROWS_PER_DOC * len(DOCS):
        fail(f"{len(rows)} rows, expected {ROWS_PER_DOC * len(DOCS)}")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        fail("duplicate ids: " + ", ".join(i for i, c in collections.Counter(ids).items() if c > 1))
    expected_ids = [f"{d}-{i:02d}" for d in DOCS for i in range(1, ROWS_PER_DOC + 1)]
    if ids != expected_ids:
        fail("ids are not d1-01 … d5-46 in order")
    per_doc = collections.Counter(r["doc"] for r in rows)
    for d in DOCS:
        if per_doc[d] != ROWS_PER_DOC:
            fail(f"doc {d}: {per_doc[d]} rows")

    counts = {"fr": collections.Counter(), "ru": collections.Counter()}
    drifted = {"fr": {}, "ru": {}}
    faithful_notes = 0
    for r in rows:
        rid = r["id"]
        if not rid.startswith(r["doc"] + "-"):
            fail(f"{rid}: doc column {r['doc']!r} disagrees with id")
        for k in ("en", "fr", "ru"):
            if not r[k].strip():
                fail(f"{rid}: empty {k}")
            if r[k] != r[k].strip():
                fail(f"{rid}: leading/trailing space in {k}")
        for lang in ("fr", "ru"):
            kind = r["drift_" + lang]
            if kind == "":
                continue
            if kind not in KINDS:
                fail(f"{rid}: invalid drift_{lang} {kind!r}")
                continue
            counts[lang][kind] += 1
            drifted[lang][rid] = kind
            if lang.upper() not in r["note"]:
                fail(f"{rid}: note does not name {lang.upper()}")
        if r["drift_fr"] and r["drift_ru"]:
            fail(f"{rid}: drift in both languages")
        if rid.endswith("-01") and (r["drift_fr"] or r["drift_ru"]):
            fail(f"{rid}: title row carries drift")
        if (r["drift_fr"] or r["drift_ru"]) and not r["note"].strip():
            fail(f"{rid}: drift row without note")
        if r["note"].startswith("faithful"):
            faithful_notes += 1
            if r["drift_fr"] or r["drift_ru"]:
                fail(f"{rid}: drift row whose note starts with 'faithful'")

    for lang in ("fr", "ru"):
        total = sum(counts[lang].values())
        if total != DRIFTS_PER_LANG:
            fail(f"{lang}: {total} drifted cells, expected {DRIFTS_PER_LANG}")
        for kind in KINDS:
            if counts[lang][kind] != PER_KIND:
                fail(f"{lang}: {counts[lang][kind]} × {kind}, expected {PER_KIND}")

    # The .md drift tables must list exactly the TSV's drifts.
    if os.path.exists(MD):
        md = open(MD, encoding="utf-8").read()
        sections = {"fr": r"### French \(12\)(.*?)(?=\n### |\n## |\Z)",
                    "ru": r"### Russian \(12\)(.*?)(?=\n### |\n## |\Z)"}
        for lang, pat in sections.items():
            m = re.search(pat, md, re.S)
            if not m:
                fail(f".md: section for {lang} not found")
                continue
            listed = dict(re.findall(r"^\| (d[1-5]-\d\d) \| (\w+) \|", m.group(1), re.M))
            if listed != drifted[lang]:
                fail(f".md {lang} table disagrees with TSV: md={sorted(listed.items())} "
                     f"tsv={sorted(drifted[lang].items())}")
    else:
        fail(".md file missing")

    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)

    n = len(rows)
    both_clean = sum(1 for r in rows if not r["drift_fr"] and not r["drift_ru"])
    print(f"OK: {n} rows, {len(DOCS)} docs × {ROWS_PER_DOC}")
    for lang in ("fr", "ru"):
        total = sum(counts[lang].values())
        kinds = ", ".join(f"{k} {counts[lang][k]}" for k in KINDS)
        print(f"  drift_{lang}: {total} ({100 * total / n:.1f} % of rows): {kinds}")
    by_doc = collections.Counter(rid.split("-")[0] for lang in drifted for rid in drifted[lang])
    print("  drifts per doc: " + ", ".join(f"{d} {by_doc[d]}" for d in DOCS))
    print(f"  drifted cells: {sum(len(v) for v in drifted.values())} of {2 * n} "
          f"({100 * sum(len(v) for v in drifted.values()) / (2 * n):.1f} %); "
          f"rows faithful in both: {both_clean}; rows with a 'faithful:' note: {faithful_notes}")


if __name__ == "__main__":
    main()
