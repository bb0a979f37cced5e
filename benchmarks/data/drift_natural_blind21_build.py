#!/usr/bin/env python3
"""Build drift_natural_blind21.tsv from the hand-written block files in drift_natural_blind21_src/.

Standard library only. The block files hold one row per block:

    en: English sentence
    fr: French translation
    ru: Russian translation
    drift: <fr|ru> <kind>        (optional, at most one per block)
    note: free text              (optional)

Blocks are separated by blank lines; lines starting with '#' are comments.
This script only assigns ids (d1-01 ...) and writes the TSV; it invents nothing.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "drift_natural_blind21_src")
OUT = os.path.join(HERE, "drift_natural_blind21.tsv")
DOCS = ["d1", "d2", "d3", "d4", "d5"]
KINDS = {"numbers", "names", "reversal", "omission", "addition", "meaning"}
HEADER = ["id", "doc", "en", "fr", "ru", "drift_fr", "drift_ru", "note"]


def parse_blocks(path):
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
            if not sep or key not in {"en", "fr", "ru", "drift", "note"}:
                sys.exit(f"{path}:{lineno}: bad line {line[:60]!r}")
            if key in cur:
                sys.exit(f"{path}:{lineno}: duplicate key {key}")
            cur[key] = value.strip()
    if cur:
        blocks.append(cur)
    return blocks


def main():
    rows = []
    for doc in DOCS:
        path = os.path.join(SRC, doc + ".txt")
        for n, block in enumerate(parse_blocks(path), 1):
            for key in ("en", "fr", "ru"):
                if not block.get(key):
                    sys.exit(f"{path}: block {n} lacks {key}")
            drift_fr = drift_ru = ""
            if "drift" in block:
                lang, _, kind = block["drift"].partition(" ")
                kind = kind.strip()
                if kind not in KINDS:
                    sys.exit(f"{path}: block {n}: bad kind {kind!r}")
                if lang == "fr":
                    drift_fr = kind
                elif lang == "ru":
                    drift_ru = kind
                else:
                    sys.exit(f"{path}: block {n}: bad language {lang!r}")
            row = [f"{doc}-{n:02d}", doc, block["en"], block["fr"], block["ru"],
                   drift_fr, drift_ru, block.get("note", "")]
            for cell in row:
                if "\t" in cell or "\n" in cell or '"' in cell:
                    sys.exit(f"{path}: block {n}: tab, newline or straight double quote in a cell")
            rows.append(row)
    with open(OUT, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\t".join(HEADER) + "\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")
    print(f"wrote {OUT}: {len(rows)} rows")


if __name__ == "__main__":
    main()
