#!/usr/bin/env python3
"""Check the blind gold alignment set (standard library only).

For each document N: docN.en, docN.fr (one sentence per line) and docN.enfr
(one bead per line, '[i, j]:[k]', 0-based line indices).
Verifies that every source and target line index appears exactly once, in
increasing order (monotonic beads), that no bead is empty on both sides, and
prints bead-type counts per document and overall.
"""
import re
import sys
from collections import Counter
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold"
BEAD_RE = re.compile(r"^\[([0-9, ]*)\]:\[([0-9, ]*)\]$")


def parse_idx(s):
    s = s.strip()
    return [int(x) for x in s.split(",")] if s else []


def read_lines(p):
    text = p.read_text(encoding="utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def check_doc(n):
    errors = []
    en = read_lines(GOLD / f"doc{n}.en")
    fr = read_lines(GOLD / f"doc{n}.fr")
    for name, lines in (("en", en), ("fr", fr)):
        for i, l in enumerate(lines):
            if not l.strip():
                errors.append(f"doc{n}.{name}: empty line {i}")
            if "\t" in l:
                errors.append(f"doc{n}.{name}: tab in line {i}")
    types = Counter()
    next_s, next_t = 0, 0
    for ln, raw in enumerate(read_lines(GOLD / f"doc{n}.enfr")):
        m = BEAD_RE.match(raw.strip())
        if not m:
            errors.append(f"doc{n}.enfr line {ln}: bad format {raw!r}")
            continue
        s, t = parse_idx(m.group(1)), parse_idx(m.group(2))
        if not s and not t:
            errors.append(f"doc{n}.enfr line {ln}: empty bead")
        for i in s:
            if i != next_s:
                errors.append(f"doc{n}.enfr line {ln}: src index {i}, expected {next_s}")
            next_s = i + 1
        for j in t:
            if j != next_t:
                errors.append(f"doc{n}.enfr line {ln}: tgt index {j}, expected {next_t}")
            next_t = j + 1
        types[f"{len(s)}:{len(t)}"] += 1
    if next_s != len(en):
        errors.append(f"doc{n}: src covered up to {next_s}, file has {len(en)} lines")
    if next_t != len(fr):
        errors.append(f"doc{n}: tgt covered up to {next_t}, file has {len(fr)} lines")
    return len(en), len(fr), types, errors


def main():
    total = Counter()
    all_errors = []
    n_en = n_fr = 0
    for n in range(1, 5):
        ne, nf, types, errors = check_doc(n)
        n_en += ne
        n_fr += nf
        total.update(types)
        all_errors += errors
        nb = sum(types.values())
        non11 = nb - types["1:1"]
        print(f"doc{n}: {ne} en, {nf} fr, {nb} beads, non-1:1 {non11} ({100 * non11 / nb:.1f} %)")
        print("   " + ", ".join(f"{k}={v}" for k, v in sorted(types.items(), key=lambda kv: -kv[1])))
    nb = sum(total.values())
    print(f"ALL: {n_en} en, {n_fr} fr, {nb} beads")
    for k, v in sorted(total.items(), key=lambda kv: -kv[1]):
        print(f"   {k}: {v} ({100 * v / nb:.1f} %)")
    if all_errors:
        print("ERRORS:")
        for e in all_errors:
            print("  " + e)
        sys.exit(1)
    print("OK: coverage and monotonicity verified")


if __name__ == "__main__":
    main()
