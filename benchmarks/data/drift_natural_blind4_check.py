"""Validate drift_natural_blind4.tsv (and its description .md). Stdlib only; prints the counts.

Checks: UTF-8, LF line ends, final newline, exact header, 8 tab-separated fields on every line,
loads with csv.DictReader(delimiter="\t", quoting=csv.QUOTE_NONE) to the same rows, unique and
consecutive ids d1-01 ... d5-46, doc/id agreement, 46 rows per document, non-empty texts without
surrounding spaces, no straight double quote in en/fr/ru, valid kinds, note present on every drift
row and naming the drifted language, no row drifted in both languages, no drifted title (row 01),
12 drifted rows per language with exactly 2 of each kind, the TSV identical to a rebuild from
drift_natural_blind4_src/, and every drifted row listed with its kind in the .md (and no other).
Exit status 1 on any failure.
"""
from __future__ import annotations

import csv
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TSV = HERE / "drift_natural_blind4.tsv"
MD = HERE / "drift_natural_blind4.md"
BUILD = HERE / "drift_natural_blind4_build.py"
HEADER = ["id", "doc", "en", "fr", "ru", "drift_fr", "drift_ru", "note"]
KINDS = ("numbers", "names", "reversal", "omission", "addition", "meaning")
DOCS = [f"d{i}" for i in range(1, 6)]
PER_DOC = 46
PER_LANG = 12
PER_KIND = 2

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def main() -> int:
    raw = TSV.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        print(f"FAIL: not UTF-8: {exc}")
        return 1
    if "\r" in text:
        err("CR found: line ends must be LF only")
    if not text.endswith("\n"):
        err("file does not end with a newline")
    if text.startswith("\ufeff"):
        err("BOM at start of file")
    lines = text.split("\n")[:-1]
    if lines[0].split("\t") != HEADER:
        err(f"bad header: {lines[0]!r}")
    for n, line in enumerate(lines, 1):
        if line.count("\t") != 7:
            err(f"line {n}: {line.count(chr(9)) + 1} fields, expected 8")

    with TSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    if len(rows) != len(lines) - 1:
        err(f"DictReader gives {len(rows)} rows, file has {len(lines) - 1} data lines")
    for r, line in zip(rows, lines[1:]):
        if [r[h] for h in HEADER] != line.split("\t"):
            err(f"{r.get('id')}: DictReader row differs from the raw line")

    expected_ids = [f"{d}-{i:02d}" for d in DOCS for i in range(1, PER_DOC + 1)]
    ids = [r["id"] for r in rows]
    if ids != expected_ids:
        dup = [i for i, c in Counter(ids).items() if c > 1]
        err(f"ids not d1-01 … d5-46 in order (count {len(ids)}, duplicates {dup[:5]})")
    per_doc = Counter(r["doc"] for r in rows)
    for d in DOCS:
        if per_doc[d] != PER_DOC:
            err(f"{d}: {per_doc[d]} rows, expected {PER_DOC}")

    kind_lang: Counter = Counter()
    doc_lang: Counter = Counter()
    faithful_notes = 0
    drifted: dict[str, tuple[str, str]] = {}
    for r in rows:
        rid = r["id"]
        if not rid.startswith(r["doc"] + "-"):
            err(f"{rid}: doc column {r['doc']!r} disagrees with id")
        for col in ("en", "fr", "ru"):
            val = r[col]
            if not val:
                err(f"{rid}: empty {col}")
            elif val != val.strip():
                err(f"{rid}: {col} has leading/trailing whitespace")
            if '"' in val:
                err(f"{rid}: straight double quote in {col}")
        labels = {lang: r[f"drift_{lang}"] for lang in ("fr", "ru")}
        for lang, kind in labels.items():
            if kind and kind not in KINDS:
                err(f"{rid}: invalid drift_{lang} {kind!r}")
        if labels["fr"] and labels["ru"]:
            err(f"{rid}: drift in both languages")
        for lang, kind in labels.items():
            if not kind:
                continue
            if rid.endswith("-01"):
                err(f"{rid}: title row carries drift")
            if not r["note"]:
                err(f"{rid}: drift row without note")
            elif not r["note"].startswith(lang.upper() + " "):
                err(f"{rid}: note of a {lang} drift should start with {lang.upper()!r}")
            kind_lang[(kind, lang)] += 1
            doc_lang[(r["doc"], lang)] += 1
            drifted[rid] = (lang, kind)
        if r["note"].startswith("faithful:"):
            faithful_notes += 1
            if labels["fr"] or labels["ru"]:
                err(f"{rid}: 'faithful:' note on a drift row")

    for lang in ("fr", "ru"):
        total = sum(kind_lang[(k, lang)] for k in KINDS)
        if total != PER_LANG:
            err(f"{lang}: {total} drifted rows, expected {PER_LANG}")
        for k in KINDS:
            if kind_lang[(k, lang)] != PER_KIND:
                err(f"{lang}/{k}: {kind_lang[(k, lang)]} rows, expected {PER_KIND}")

    # The TSV must be exactly what the build script makes from the block files.
    spec = importlib.util.spec_from_file_location("blind4_build", BUILD)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    src_rows = []
    for path in sorted(build.SRC.glob("d*.txt")):
        src_rows.extend(build.parse(path))
    if len(src_rows) != len(rows):
        err(f"block files give {len(src_rows)} rows, TSV has {len(rows)}")
    for s, r in zip(src_rows, rows):
        lang_kind = s.get("drift", "").split()
        want_fr = lang_kind[1] if lang_kind[:1] == ["fr"] else ""
        want_ru = lang_kind[1] if lang_kind[:1] == ["ru"] else ""
        if (s["en"], s["fr"], s["ru"], want_fr, want_ru, s.get("note", "")) != (
                r["en"], r["fr"], r["ru"], r["drift_fr"], r["drift_ru"], r["note"]):
            err(f"{r['id']}: TSV differs from the block files (rebuild it)")

    # The description must list every drifted row with its kind, and no other row.
    md = MD.read_text(encoding="utf-8") if MD.exists() else ""
    if not md:
        err(f"{MD.name} missing or empty")
    for needle in ("blind", "2026-12-06"):
        if needle not in md:
            err(f".md does not mention {needle!r}")
    listed: dict[str, str] = {}
    for m in re.finditer(r"^\| (d[1-5]-\d\d) \| (\w+) \|", md, flags=re.M):
        listed[m.group(1)] = m.group(2)
    for rid, (lang, kind) in drifted.items():
        if listed.get(rid) != kind:
            err(f".md: drifted row {rid} ({lang} {kind}) not listed with its kind")
    for rid in listed:
        if rid not in drifted:
            err(f".md lists {rid}, which is not a drifted row")

    # Counts.
    print(f"{TSV.name}: {len(rows)} rows, {len(per_doc)} documents "
          f"({', '.join(f'{d}={per_doc[d]}' for d in DOCS)})")
    print("kind       fr  ru")
    for k in KINDS:
        print(f"{k:<10} {kind_lang[(k, 'fr')]:>2}  {kind_lang[(k, 'ru')]:>2}")
    fr_total = sum(kind_lang[(k, 'fr')] for k in KINDS)
    ru_total = sum(kind_lang[(k, 'ru')] for k in KINDS)
    print(f"{'total':<10} {fr_total:>2}  {ru_total:>2}   "
          f"(fr {100 * fr_total / len(rows):.1f} %, ru {100 * ru_total / len(rows):.1f} % of rows)")
    print("per doc    " + "  ".join(f"{d}: fr {doc_lang[(d, 'fr')]} ru {doc_lang[(d, 'ru')]}" for d in DOCS))
    print(f"rows faithful in both languages: {len(rows) - len(drifted)}; "
          f"rows with a 'faithful:' note: {faithful_notes}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
