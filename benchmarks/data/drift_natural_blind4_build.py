"""Build drift_natural_blind4.tsv from the hand-written blocks in drift_natural_blind4_src/.

Stdlib only. It assigns ids (d1-01 ... d5-46) and writes the TSV; it does not change any text.
Block format (one record per row, a blank line between records):

    === d1                      starts a document
    en: English sentence
    fr: French translation
    ru: Russian translation
    drift: fr numbers           optional, language + kind
    note: free text             optional
    # comment                   ignored
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "drift_natural_blind4_src"
OUT = HERE / "drift_natural_blind4.tsv"
HEADER = ["id", "doc", "en", "fr", "ru", "drift_fr", "drift_ru", "note"]


def parse(path: Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    doc = None
    cur: dict[str, str] = {}

    def flush() -> None:
        nonlocal cur
        if cur:
            for key in ("en", "fr", "ru"):
                if not cur.get(key):
                    sys.exit(f"{path.name}: record without {key}: {cur}")
            if doc is None:
                sys.exit(f"{path.name}: record before any '=== dN' line")
            cur["doc"] = doc
            rows.append(cur)
        cur = {}

    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if line.startswith("#"):
            continue
        if not line:
            flush()
            continue
        if line.startswith("=== "):
            flush()
            doc = line[4:].split()[0]
            continue
        key, sep, value = line.partition(": ")
        if not sep or key not in ("en", "fr", "ru", "drift", "note"):
            sys.exit(f"{path.name}:{lineno}: cannot parse {line!r}")
        if key in cur:
            sys.exit(f"{path.name}:{lineno}: duplicate {key} in one record")
        cur[key] = value.strip()
    flush()
    return rows


def main() -> None:
    rows: list[dict[str, str]] = []
    for path in sorted(SRC.glob("d*.txt")):
        rows.extend(parse(path))
    out_lines = ["\t".join(HEADER)]
    count: dict[str, int] = {}
    for r in rows:
        count[r["doc"]] = count.get(r["doc"], 0) + 1
        rid = f"{r['doc']}-{count[r['doc']]:02d}"
        drift_fr = drift_ru = ""
        if "drift" in r:
            lang, kind = r["drift"].split()
            if lang == "fr":
                drift_fr = kind
            elif lang == "ru":
                drift_ru = kind
            else:
                sys.exit(f"{rid}: bad drift language {lang!r}")
        cells = [rid, r["doc"], r["en"], r["fr"], r["ru"], drift_fr, drift_ru, r.get("note", "")]
        for c in cells:
            if "\t" in c or "\n" in c:
                sys.exit(f"{rid}: tab or newline inside a cell")
        out_lines.append("\t".join(cells))
    OUT.write_text("\n".join(out_lines) + "\n", encoding="utf-8", newline="\n")
    print(f"wrote {OUT.name}: {len(rows)} rows; per doc: {count}")


if __name__ == "__main__":
    main()
