#!/usr/bin/env python3
"""Validate drift_natural_blind54.tsv against its format rules and its .md (standard library only).

Checked: UTF-8 without BOM; LF line ends only and a final newline; the exact header;
8 tab-separated fields on every line; ids d1-01 .. d5-46, unique and in order; doc column
agreeing with the id; 46 rows per document; non-empty en/fr/ru; no tab, CR or straight
double quote in any cell, no leading/trailing blanks; drift kinds from the fixed list;
every drift row has a note that names the drifted language (FR/RU) and does not start
with 'faithful'; no row drifted in both languages; no drifted title (row 01);
exactly 12 drifts per language and exactly 2 per kind per language; and the
'### French' and '### Russian' tables of drift_natural_blind54.md list exactly the
drifted ids with the same kinds. Prints a summary; exits with status 1 on any error.
"""
import csv
import io
import os
import re
import sys
from collections import Counter

BASE = os.path.dirname(os.path.abspath(__file__))
TSV_PATH = os.path.join(BASE, "drift_natural_blind54.tsv")
MD_PATH = os.path.join(BASE, "drift_natural_blind54.md")
COLUMNS = ["id", "doc", "en", "fr", "ru", "drift_fr", "drift_ru", "note"]
DOC_IDS = ["d1", "d2", "d3", "d4", "d5"]
ROWS_PER_DOC = 46
DRIFT_KINDS = ["numbers", "names", "reversal", "omission", "addition", "meaning"]
PER_KIND = 2
PER_LANG = PER_KIND * len(DRIFT_KINDS)


def stop(problems):
    for p in problems:
        print("FAIL:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)


def table_under(md_text, heading):
    """Map id -> kind for the markdown table that follows '### <heading>'."""
    lines = md_text.split("\n")
    start = None
    for i, line in enumerate(lines):
        if line.strip().startswith("### ") and line.strip()[4:].startswith(heading):
            start = i + 1
            break
    if start is None:
        return None
    found = {}
    for line in lines[start:]:
        if line.startswith("#"):
            break
        if not line.strip().startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and re.fullmatch(r"d[1-5]-\d{2}", cells[0]):
            if cells[0] in found:
                return None
            found[cells[0]] = cells[1]
    return found


def main():
    problems = []
    data = open(TSV_PATH, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        stop([f"not valid UTF-8: {exc}"])
    if text.startswith("\ufeff"):
        problems.append("byte order mark at start")
    if "\r" in text:
        problems.append("CR character present (LF only expected)")
    if not text.endswith("\n"):
        problems.append("no final newline")
    lines = text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")
    if not lines or lines[0].split("\t") != COLUMNS:
        problems.append(f"header is {lines[0]!r}" if lines else "empty file")
    for n, line in enumerate(lines, 1):
        fields = line.split("\t")
        if len(fields) != len(COLUMNS):
            problems.append(f"line {n}: {len(fields)} fields instead of {len(COLUMNS)}")
        if '"' in line:
            problems.append(f"line {n}: straight double quote")
    if problems:
        stop(problems)

    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    want = [f"{d}-{k:02d}" for d in DOC_IDS for k in range(1, ROWS_PER_DOC + 1)]
    got = [r["id"] for r in rows]
    repeated = sorted(k for k, v in Counter(got).items() if v > 1)
    if repeated:
        problems.append(f"repeated ids: {repeated}")
    if got != want:
        problems.append(f"ids are not {want[0]} .. {want[-1]} in order ({len(got)} rows)")
    per_doc = Counter(r["doc"] for r in rows)
    for d in DOC_IDS:
        if per_doc[d] != ROWS_PER_DOC:
            problems.append(f"{d} has {per_doc[d]} rows, expected {ROWS_PER_DOC}")
    extra_docs = set(per_doc) - set(DOC_IDS)
    if extra_docs:
        problems.append(f"unknown doc values: {sorted(extra_docs)}")

    drifts = {"fr": {}, "ru": {}}
    for r in rows:
        rid = r["id"]
        if rid.split("-")[0] != r["doc"]:
            problems.append(f"{rid}: doc column {r['doc']!r} disagrees with id")
        for col in COLUMNS:
            val = r[col] if r[col] is not None else ""
            if val != val.strip():
                problems.append(f"{rid}: blanks around {col}")
            if "\t" in val or "\r" in val:
                problems.append(f"{rid}: tab or CR in {col}")
        for col in ("en", "fr", "ru"):
            if not r[col].strip():
                problems.append(f"{rid}: {col} is empty")
        for lang in ("fr", "ru"):
            kind = r["drift_" + lang]
            if not kind:
                continue
            if kind not in DRIFT_KINDS:
                problems.append(f"{rid}: drift_{lang} has unknown kind {kind!r}")
            drifts[lang][rid] = kind
            note = r["note"].strip()
            if not note:
                problems.append(f"{rid}: drift row has no note")
            else:
                if not re.search(r"\b" + lang.upper() + r"\b", note):
                    problems.append(f"{rid}: note does not name {lang.upper()}")
                if note.lower().startswith("faithful"):
                    problems.append(f"{rid}: drift row note starts with 'faithful'")
        if r["drift_fr"] and r["drift_ru"]:
            problems.append(f"{rid}: drifted in both languages")
        if rid.endswith("-01") and (r["drift_fr"] or r["drift_ru"]):
            problems.append(f"{rid}: title row is drifted")

    for lang in ("fr", "ru"):
        counts = Counter(drifts[lang].values())
        if len(drifts[lang]) != PER_LANG:
            problems.append(f"{lang}: {len(drifts[lang])} drifted rows, expected {PER_LANG}")
        for kind in DRIFT_KINDS:
            if counts[kind] != PER_KIND:
                problems.append(f"{lang}: {counts[kind]} x {kind}, expected {PER_KIND}")

    if not os.path.exists(MD_PATH):
        problems.append(f"missing {MD_PATH}")
    else:
        md = open(MD_PATH, encoding="utf-8").read()
        for lang, heading in (("fr", "French"), ("ru", "Russian")):
            table = table_under(md, heading)
            if table is None:
                problems.append(f"md: '### {heading}' table missing or has repeated ids")
            elif table != drifts[lang]:
                only_md = sorted(set(table.items()) - set(drifts[lang].items()))
                only_tsv = sorted(set(drifts[lang].items()) - set(table.items()))
                problems.append(f"md {heading} table != TSV: only in md {only_md}, only in TSV {only_tsv}")

    if problems:
        stop(problems)

    total_cells = 2 * len(rows)
    total_drift = len(drifts["fr"]) + len(drifts["ru"])
    print(f"OK: {len(rows)} rows = {len(DOC_IDS)} documents x {ROWS_PER_DOC}")
    for d in DOC_IDS:
        nfr = sum(1 for k in drifts["fr"] if k.startswith(d + "-"))
        nru = sum(1 for k in drifts["ru"] if k.startswith(d + "-"))
        print(f"  {d}: fr {nfr}, ru {nru}")
    for lang in ("fr", "ru"):
        counts = Counter(drifts[lang].values())
        share = len(drifts[lang]) / len(rows)
        print(f"  {lang}: {len(drifts[lang])} drifted ({share:.1%}); "
              + ", ".join(f"{k} {counts[k]}" for k in DRIFT_KINDS))
    print(f"  drifted cells {total_drift} / {total_cells} ({total_drift / total_cells:.1%}); "
          f"rows faithful in both languages: {len(rows) - total_drift}")
    print(f"  faithful notes: {sum(1 for r in rows if r['note'].startswith('faithful:'))}; "
          f"empty notes: {sum(1 for r in rows if not r['note'])}")


if __name__ == "__main__":
    main()
