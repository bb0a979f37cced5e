#!/usr/bin/env python3
"""Check drift_natural_blind2.tsv (standard library only): 8 fields per row,
unique ids, 46 consecutive rows per document, drift kinds valid, never both
languages on one row, and print counts per kind and language."""
import sys
from collections import Counter
from pathlib import Path

P = Path(__file__).resolve().parent / "drift_natural_blind2.tsv"
HEADER = ["id", "doc", "en", "fr", "ru", "drift_fr", "drift_ru", "note"]
KINDS = ["numbers", "names", "omission", "addition", "reversal", "hedge"]

errors = []
lines = P.read_text(encoding="utf-8").split("\n")
if lines[-1] == "":
    lines.pop()
header = lines[0].split("\t")
if header != HEADER:
    errors.append(f"bad header {header}")
ids, per_doc = set(), Counter()
kinds = {"fr": Counter(), "ru": Counter()}
drift_docs = Counter()
for ln, line in enumerate(lines[1:], start=2):
    f = line.split("\t")
    if len(f) != 8:
        errors.append(f"line {ln}: {len(f)} fields")
        continue
    rid, doc, en, fr, ru, dfr, dru, note = f
    if rid in ids:
        errors.append(f"line {ln}: duplicate id {rid}")
    ids.add(rid)
    per_doc[doc] += 1
    if rid != f"{doc}-{per_doc[doc]:02d}":
        errors.append(f"line {ln}: id {rid} not consecutive in {doc}")
    if not (en.strip() and fr.strip() and ru.strip()):
        errors.append(f"line {ln}: empty text field")
    for lang, k in (("fr", dfr), ("ru", dru)):
        if k:
            if k not in KINDS:
                errors.append(f"line {ln}: unknown kind {k!r}")
            kinds[lang][k] += 1
            drift_docs[(doc, lang)] += 1
            if not note:
                errors.append(f"line {ln}: drift without note")
    if dfr and dru:
        errors.append(f"line {ln}: drift in both languages")
    if rid.endswith("-01") and (dfr or dru):
        errors.append(f"line {ln}: drift on a title row")
n = len(lines) - 1
print(f"{n} rows, {len(ids)} unique ids, docs: " + ", ".join(f"{d}={c}" for d, c in sorted(per_doc.items())))
for d, c in per_doc.items():
    if c != 46:
        errors.append(f"{d}: {c} rows, expected 46")
print(f"{'kind':10s} {'fr':>3s} {'ru':>3s}")
for k in KINDS:
    print(f"{k:10s} {kinds['fr'][k]:3d} {kinds['ru'][k]:3d}")
tf, tr = sum(kinds["fr"].values()), sum(kinds["ru"].values())
print(f"{'total':10s} {tf:3d} {tr:3d}   ({100 * tf / n:.1f} % fr, {100 * tr / n:.1f} % ru)")
print("per doc (fr/ru): " + ", ".join(f"{d}={drift_docs[(d, 'fr')]}/{drift_docs[(d, 'ru')]}" for d in sorted(per_doc)))
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
