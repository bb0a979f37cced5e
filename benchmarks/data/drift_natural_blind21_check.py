#!/usr/bin/env python3
"""Validate drift_natural_blind21.tsv (standard library only).

Checks: UTF-8, LF line ends only, trailing newline, exact header, 8 fields per line,
unique consecutive ids d1-01 .. d5-46, doc/id agreement, 46 rows per document,
non-empty en/fr/ru, valid drift kinds, a note on every drift row naming the drifted
language, no row drifted in both languages, no drifted title row, no straight double
quote / tab / CR in any cell, 12 drifts per language with exactly 2 per kind, and that
the French and Russian drift tables in drift_natural_blind21.md match the TSV.
Prints the counts; exits non-zero on the first group of failures.
"""
import csv
import io
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "drift_natural_blind21.tsv")
MD = os.path.join(HERE, "drift_natural_blind21.md")
HEADER = ["id", "doc", "en", "fr", "ru", "drift_fr", "drift_ru", "note"]
DOCS = ["d1", "d2", "d3", "d4", "d5"]
PER_DOC = 46
KINDS = ["numbers", "names", "reversal", "omission", "addition", "meaning"]
PER_KIND = 2


def fail(errors):
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)


def md_table(text, heading):
    """Return {id: kind} from the table under the given '### ' heading."""
    out = {}
    m = re.search(r"^### " + re.escape(heading) + r".*?$(.*?)(?=^#|\Z)", text, re.M | re.S)
    if not m:
        return None
    for line in m.group(1).splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and re.fullmatch(r"d[1-5]-\d\d", cells[0]):
            if cells[0] in out:
                return None
            out[cells[0]] = cells[1]
    return out


def main():
    errors = []
    raw = open(TSV, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        fail([f"not UTF-8: {exc}"])
    if "\r" in text:
        errors.append("CR found (line ends must be LF only)")
    if not text.endswith("\n"):
        errors.append("file does not end with a newline")
    if text.startswith("\ufeff"):
        errors.append("BOM at start of file")
    lines = text.split("\n")[:-1]
    if not lines or lines[0].split("\t") != HEADER:
        errors.append(f"bad header: {lines[0] if lines else ''!r}")
    for n, line in enumerate(lines, 1):
        if line.count("\t") != len(HEADER) - 1:
            errors.append(f"line {n}: {line.count(chr(9)) + 1} fields, expected {len(HEADER)}")
        if '"' in line:
            errors.append(f"line {n}: straight double quote")
    if errors:
        fail(errors)

    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    expected_ids = [f"{d}-{i:02d}" for d in DOCS for i in range(1, PER_DOC + 1)]
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        dup = [k for k, v in Counter(ids).items() if v > 1]
        errors.append(f"duplicate ids: {dup}")
    if ids != expected_ids:
        errors.append(f"ids are not d1-01 .. d5-{PER_DOC} in order ({len(ids)} rows)")
    per_doc = Counter(r["doc"] for r in rows)
    for d in DOCS:
        if per_doc[d] != PER_DOC:
            errors.append(f"{d}: {per_doc[d]} rows, expected {PER_DOC}")

    drift = {"fr": {}, "ru": {}}
    for r in rows:
        rid = r["id"]
        if r["doc"] != rid.split("-")[0]:
            errors.append(f"{rid}: doc {r['doc']!r} does not match id")
        for col in ("en", "fr", "ru"):
            if not r[col].strip():
                errors.append(f"{rid}: empty {col}")
        for col in HEADER:
            if r[col] != r[col].strip():
                errors.append(f"{rid}: leading/trailing space in {col}")
        for lang in ("fr", "ru"):
            kind = r["drift_" + lang]
            if kind:
                if kind not in KINDS:
                    errors.append(f"{rid}: invalid drift_{lang} {kind!r}")
                drift[lang][rid] = kind
                if not r["note"].strip():
                    errors.append(f"{rid}: drift row without note")
                elif lang.upper() not in r["note"]:
                    errors.append(f"{rid}: note does not name {lang.upper()}")
                elif r["note"].startswith("faithful"):
                    errors.append(f"{rid}: drift row note starts with 'faithful'")
        if r["drift_fr"] and r["drift_ru"]:
            errors.append(f"{rid}: drift in both languages")
        if rid.endswith("-01") and (r["drift_fr"] or r["drift_ru"]):
            errors.append(f"{rid}: title row carries drift")

    for lang in ("fr", "ru"):
        c = Counter(drift[lang].values())
        if sum(c.values()) != PER_KIND * len(KINDS):
            errors.append(f"{lang}: {sum(c.values())} drifts, expected {PER_KIND * len(KINDS)}")
        for k in KINDS:
            if c[k] != PER_KIND:
                errors.append(f"{lang}: {c[k]} x {k}, expected {PER_KIND}")

    md = open(MD, encoding="utf-8").read()
    for lang, heading in (("fr", "French"), ("ru", "Russian")):
        table = md_table(md, heading)
        if table is None:
            errors.append(f"md: no (or malformed) '### {heading}' table")
        elif table != drift[lang]:
            errors.append(f"md {heading} table differs from TSV: md={sorted(table.items())} tsv={sorted(drift[lang].items())}")

    if errors:
        fail(errors)

    n_cells = 2 * len(rows)
    n_drift = len(drift["fr"]) + len(drift["ru"])
    print(f"OK: {len(rows)} rows, {len(DOCS)} documents x {PER_DOC}")
    for d in DOCS:
        fr = sum(1 for k in drift["fr"] if k.startswith(d + "-"))
        ru = sum(1 for k in drift["ru"] if k.startswith(d + "-"))
        print(f"  {d}: drift fr {fr}, drift ru {ru}")
    for lang in ("fr", "ru"):
        c = Counter(drift[lang].values())
        print(f"  {lang}: {len(drift[lang])} drifted ({len(drift[lang]) / len(rows):.1%}) " +
              ", ".join(f"{k} {c[k]}" for k in KINDS))
    print(f"  drifted cells {n_drift} of {n_cells} ({n_drift / n_cells:.1%}); "
          f"rows faithful in both: {len(rows) - n_drift}")
    print(f"  rows with a 'faithful:' note: {sum(1 for r in rows if r['note'].startswith('faithful:'))}")


if __name__ == "__main__":
    main()
