#!/usr/bin/env python3
"""Build drift_natural_blind9.tsv from the hand-written block files in drift_natural_blind9_src/.

Standard library only. Each block in d1.txt ... d5.txt is one row:

    en: English sentence
    fr: French translation
    ru: Russian translation
    drift: <fr|ru> <kind>        (optional, at most one per block)
    note: free text              (optional)

Blocks are separated by blank lines; lines starting with '#' are comments.
The script only assigns ids (d1-01 ...) and writes the TSV; it invents nothing.
It refuses to write if a document does not have exactly 46 blocks, if a key is
unknown or repeated, if a kind or language is invalid, or if a cell holds a tab,
a CR/LF or a straight double quote.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "drift_natural_blind9_src")
OUT = os.path.join(HERE, "drift_natural_blind9.tsv")
DOCS = ["d1", "d2", "d3", "d4", "d5"]
PER_DOC = 46
KEYS = ("en", "fr", "ru", "drift", "note")
KINDS = {"numbers", "names", "reversal", "omission", "addition", "meaning"}
HEADER = ["id", "doc", "en", "fr", "ru", "drift_fr", "drift_ru", "note"]


def parse_blocks(path):
    blocks, cur = [], {}
    with open(path, encoding="utf-8", newline="") as handle:
        for lineno, raw in enumerate(handle, 1):
            if "\r" in raw:
                sys.exit(f"{path}:{lineno}: CR in source")
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
        blocks = parse_blocks(path)
        if len(blocks) != PER_DOC:
            sys.exit(f"{path}: {len(blocks)} blocks, expected {PER_DOC}")
        for n, block in enumerate(blocks, 1):
            for key in ("en", "fr", "ru"):
                if not block.get(key):
                    sys.exit(f"{path}: block {n} lacks {key}")
            drift = {"fr": "", "ru": ""}
            if "drift" in block:
                lang, _, kind = block["drift"].partition(" ")
                kind = kind.strip()
                if lang not in drift:
                    sys.exit(f"{path}: block {n}: bad language {lang!r}")
                if kind not in KINDS:
                    sys.exit(f"{path}: block {n}: bad kind {kind!r}")
                drift[lang] = kind
            row = [f"{doc}-{n:02d}", doc, block["en"], block["fr"], block["ru"],
                   drift["fr"], drift["ru"], block.get("note", "")]
            for cell in row:
                if "\t" in cell or "\n" in cell or "\r" in cell or '"' in cell:
                    sys.exit(f"{path}: block {n}: tab, newline, CR or straight double quote in a cell")
            rows.append(row)
    with open(OUT, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\t".join(HEADER) + "\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")
    print(f"wrote {OUT}: {len(rows)} rows")
    for row in rows:
        if row[5] or row[6]:
            lang, kind = ("fr", row[5]) if row[5] else ("ru", row[6])
            print(f"  {row[0]}\t{lang}\t{kind}")


if __name__ == "__main__":
    main()
