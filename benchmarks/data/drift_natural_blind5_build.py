"""Build drift_natural_blind5.tsv from the hand-written block files (stdlib only).

This script only assigns ids (dN-01 … dN-46) and writes the TSV; every sentence, label and
note comes verbatim from drift_natural_blind5_src/d1.txt … d5.txt.

Block file format: a first comment line starting with '#', then one block per row separated
by a blank line: line 1 English, line 2 French, line 3 Russian, then optional lines
'drift_fr: KIND', 'drift_ru: KIND', 'note: TEXT'.
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "drift_natural_blind5_src"
OUT = HERE / "drift_natural_blind5.tsv"
HEADER = ["id", "doc", "en", "fr", "ru", "drift_fr", "drift_ru", "note"]
DOCS = ["d1", "d2", "d3", "d4", "d5"]


def parse(path: Path) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    lines = [ln for ln in text.split("\n") if not ln.startswith("#")]
    blocks = [b for b in "\n".join(lines).split("\n\n") if b.strip()]
    rows = []
    for block in blocks:
        bl = block.strip("\n").split("\n")
        if len(bl) < 3:
            raise SystemExit(f"{path.name}: short block {bl!r}")
        row = {"en": bl[0], "fr": bl[1], "ru": bl[2], "drift_fr": "", "drift_ru": "", "note": ""}
        for extra in bl[3:]:
            key, sep, value = extra.partition(": ")
            if not sep or key not in ("drift_fr", "drift_ru", "note") or row[key]:
                raise SystemExit(f"{path.name}: bad line {extra!r}")
            row[key] = value.strip()
        rows.append(row)
    return rows


def main() -> None:
    out = ["\t".join(HEADER)]
    for doc in DOCS:
        for n, row in enumerate(parse(SRC / f"{doc}.txt"), start=1):
            fields = [f"{doc}-{n:02d}", doc] + [row[k] for k in HEADER[2:]]
            if any("\t" in f or "\n" in f for f in fields):
                raise SystemExit(f"tab or newline in {doc}-{n:02d}")
            out.append("\t".join(fields))
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8", newline="\n")
    print(f"wrote {OUT.name}: {len(out) - 1} rows")


if __name__ == "__main__":
    main()
