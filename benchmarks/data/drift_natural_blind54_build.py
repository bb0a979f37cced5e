#!/usr/bin/env python3
"""Assemble drift_natural_blind54.tsv from the hand-written files in drift_natural_blind54_src/.

Standard library only. Each source file d1.txt ... d5.txt holds one block per row:

    en: English sentence, heading or list item
    fr: French translation
    ru: Russian translation
    drift: <fr|ru> <kind>      optional; at most one per block
    note: free text            optional

Blocks are separated by one or more blank lines; lines beginning with '#' are comments.
The script adds nothing to the content: it numbers the blocks (d1-01 ...), fills the
drift columns and writes the tab-separated file with LF line ends.
"""
import os
import sys

BASE = os.path.dirname(os.path.abspath(__file__))
SRC_DIR = os.path.join(BASE, "drift_natural_blind54_src")
TSV_PATH = os.path.join(BASE, "drift_natural_blind54.tsv")
DOC_IDS = ("d1", "d2", "d3", "d4", "d5")
DRIFT_KINDS = ("numbers", "names", "reversal", "omission", "addition", "meaning")
COLUMNS = ("id", "doc", "en", "fr", "ru", "drift_fr", "drift_ru", "note")
KEYS = ("en", "fr", "ru", "drift", "note")


def die(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def read_blocks(path):
    """Yield one dict per block of `key: value` lines."""
    block = {}
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if "\r" in text:
        die(f"{path}: carriage return found")
    for num, line in enumerate(text.split("\n"), 1):
        if line.startswith("#"):
            continue
        if line.strip() == "":
            if block:
                yield block
                block = {}
            continue
        key, colon, value = line.partition(":")
        key = key.strip()
        if not colon or key not in KEYS:
            die(f"{path}:{num}: cannot parse {line[:50]!r}")
        if key in block:
            die(f"{path}:{num}: key {key!r} repeated in one block")
        block[key] = value.strip()
    if block:
        yield block


def to_row(doc, index, block, where):
    for key in ("en", "fr", "ru"):
        if not block.get(key):
            die(f"{where}: missing {key}")
    drift = {"fr": "", "ru": ""}
    if "drift" in block:
        parts = block["drift"].split()
        if len(parts) != 2 or parts[0] not in drift or parts[1] not in DRIFT_KINDS:
            die(f"{where}: bad drift line {block['drift']!r}")
        drift[parts[0]] = parts[1]
    row = (f"{doc}-{index:02d}", doc, block["en"], block["fr"], block["ru"],
           drift["fr"], drift["ru"], block.get("note", ""))
    for cell in row:
        if any(ch in cell for ch in '\t\r\n"'):
            die(f"{where}: tab, line break or straight double quote in a cell")
    return row


def main():
    out = ["\t".join(COLUMNS)]
    for doc in DOC_IDS:
        path = os.path.join(SRC_DIR, doc + ".txt")
        count = 0
        for count, block in enumerate(read_blocks(path), 1):
            out.append("\t".join(to_row(doc, count, block, f"{path} block {count}")))
        print(f"{doc}: {count} blocks")
    with open(TSV_PATH, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    print(f"wrote {TSV_PATH} ({len(out) - 1} rows)")


if __name__ == "__main__":
    main()
