#!/usr/bin/env python3
"""Build drift_natural_blind6.tsv from the hand-written block files in drift_natural_blind6_src/.

Each source file dN.txt holds one document: '#' lines are comments, blocks are separated by
blank lines, and every block is one row with the keys
    en:, fr:, ru:      (required; one sentence or heading each)
    dfr:, dru:         (optional; drift kind for French / Russian)
    note:              (optional)
This script only assigns ids (dN-01, dN-02, ...) and writes the TSV. Standard library only.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "drift_natural_blind6_src")
OUT = os.path.join(HERE, "drift_natural_blind6.tsv")
DOCS = ["d1", "d2", "d3", "d4", "d5"]
HEADER = ["id", "doc", "en", "fr", "ru", "drift_fr", "drift_ru", "note"]
KEYS = {"en", "fr", "ru", "dfr", "dru", "note"}


def read_blocks(path):
    blocks, cur = [], {}
    with open(path, encoding="utf-8") as handle:
        for lineno, raw in enumerate(handle, 1):
            line = raw.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if cur:
                    blocks.append(cur)
                    cur = {}
                continue
            key, sep, value = line.partition(":")
            key = key.strip()
            if not sep or key not in KEYS:
                sys.exit(f"{path}:{lineno}: bad line {line!r}")
            if key in cur:
                sys.exit(f"{path}:{lineno}: duplicate key {key}")
            cur[key] = value.strip()
    if cur:
        blocks.append(cur)
    return blocks


def main():
    rows = []
    for doc in DOCS:
        blocks = read_blocks(os.path.join(SRC, doc + ".txt"))
        for i, b in enumerate(blocks, 1):
            for k in ("en", "fr", "ru"):
                if not b.get(k):
                    sys.exit(f"{doc} block {i}: missing {k}")
            row = [f"{doc}-{i:02d}", doc, b["en"], b["fr"], b["ru"],
                   b.get("dfr", ""), b.get("dru", ""), b.get("note", "")]
            for cell in row:
                if "\t" in cell or "\n" in cell or '"' in cell:
                    sys.exit(f"{row[0]}: tab, newline or straight double quote in a cell")
            rows.append(row)
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("\t".join(HEADER) + "\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"wrote {OUT}: {len(rows)} rows")


if __name__ == "__main__":
    main()
