#!/usr/bin/env python3
"""Check the quote_blind5 files (standard library only). Exit status 1 on any error."""
import csv
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"sentence", "long", "term"}
EXPECTED = {"faithful", "drifted", "partial", "absent", "term"}
DRIFTS = {"numbers", "names", "negation", "omission", "addition", "hedge", "quantifier"}
errors = []


def err(msg):
    errors.append(msg)


def read_tsv(name, ncols):
    path = HERE / name
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines[-1] != "":
        err(f"{name}: no final newline")
    lines = [l for l in lines if l != ""]
    rows = [l.split("\t") for l in lines]
    for i, r in enumerate(rows):
        if len(r) != ncols:
            err(f"{name}:{i + 1}: {len(r)} fields, want {ncols}")
        if any(f != f.strip() or f == "" and j != 3 for j, f in enumerate(r)):
            err(f"{name}:{i + 1}: empty or padded field")
    # the same file read by csv with default (quoting) and no quoting must agree
    with path.open(encoding="utf-8", newline="") as fh:
        a = list(csv.reader(fh, delimiter="\t"))
    with path.open(encoding="utf-8", newline="") as fh:
        b = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    if a != b or b != rows:
        err(f"{name}: csv readers disagree (quote characters?)")
    if '"' in path.read_text(encoding="utf-8"):
        err(f"{name}: contains ASCII double quote")
    return rows[0], rows[1:]


head, rows = read_tsv("quote_blind5.tsv", 5)
if head != ["id", "absent", "en", "fr", "ru"]:
    err(f"quote_blind5.tsv header {head}")
lhead, lrows = read_tsv("quote_blind5_labels.tsv", 5)
if lhead != ["id", "kind", "expected", "drift_kind", "note"]:
    err(f"labels header {lhead}")

ids = [r[0] for r in rows]
lids = [r[0] for r in lrows]
for name, seq in (("tsv", ids), ("labels", lids)):
    dup = [k for k, v in Counter(seq).items() if v > 1]
    if dup:
        err(f"{name}: duplicate ids {dup}")
if set(ids) != set(lids):
    err(f"ids differ: only tsv {set(ids) - set(lids)}, only labels {set(lids) - set(ids)}")

# sources: "### Dn: title" lines, paragraphs separated by blank lines
src_text = (HERE / "quote_blind5_sources.ru.txt").read_text(encoding="utf-8")
paras = [p for p in src_text.split("\n") if p and not p.startswith("### ")]
SPLIT = re.compile(r"(?<=[.!?»])\s+(?=[—А-ЯЁ«])")
src_sents = [s for p in paras for s in SPLIT.split(p)]
src_set = set(src_sents)
distr = [l for l in (HERE / "quote_blind5_distractors.ru.txt").read_text(encoding="utf-8").split("\n") if l]

lab = {r[0]: r for r in lrows}
present_sents = set()
for rid, absent, en, fr, ru in rows:
    if absent not in {"0", "1"}:
        err(f"{rid}: absent={absent}")
    if rid not in lab:
        continue
    _, kind, expected, drift, note = lab[rid]
    if kind not in KINDS:
        err(f"{rid}: kind {kind}")
    if expected not in EXPECTED:
        err(f"{rid}: expected {expected}")
    if (expected == "drifted") != (drift != ""):
        err(f"{rid}: drift_kind {drift!r} with expected {expected}")
    if drift and drift not in DRIFTS:
        err(f"{rid}: drift_kind {drift}")
    if (expected == "absent") != (absent == "1"):
        err(f"{rid}: absent flag {absent} vs expected {expected}")
    if (kind == "term") != (expected == "term"):
        err(f"{rid}: kind {kind} vs expected {expected}")
    if not note:
        err(f"{rid}: empty note")
    ru_sents = SPLIT.split(ru)
    if absent == "1":
        if ru in src_text or any(s in src_set for s in ru_sents):
            err(f"{rid}: absent source text occurs in the sources")
    else:
        for s in ru_sents:
            if s not in src_set:
                err(f"{rid}: gold sentence not in sources: {s[:60]}")
        present_sents.update(ru_sents)
    if kind == "term":
        if len(en.split()) > 4 or en[-1] in ".!?":
            err(f"{rid}: term should be 1-4 words: {en}")
    n_en = len(re.findall(r"[.!?](?:\s|$)", en))
    if kind == "long" and n_en < 2:
        err(f"{rid}: long quotation with {n_en} sentences")
    if kind == "sentence" and n_en != 1:
        err(f"{rid}: sentence quotation with {n_en} sentences")

for d in distr:
    if d not in src_set:
        err(f"distractor not in sources: {d[:60]}")
    if d in present_sents:
        err(f"distractor is a gold sentence: {d[:60]}")
if set(distr) | present_sents != src_set:
    err("sources != distractors + gold sentences of present rows")

c = Counter((lab[i][1], lab[i][2]) for i in ids if i in lab)
print(f"rows {len(rows)}; source sentences {len(src_sents)}; distractor lines {len(distr)}")
print("kind x expected:", dict(sorted(c.items())))
print("by kind:", dict(Counter(lab[i][1] for i in ids if i in lab)))
print("by expected:", dict(Counter(lab[i][2] for i in ids if i in lab)))
print("drift kinds:", dict(Counter(lab[i][3] for i in ids if i in lab and lab[i][3])))
print("with ellipsis:", [i for i, r in zip(ids, rows) if "(…)" in r[2] or "[…]" in r[2]])
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
