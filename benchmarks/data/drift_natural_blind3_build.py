"""Assemble drift_natural_blind3.tsv from the hand-written block files in this folder.

Block format: lines "EN …", "FR …", "RU …", optional "DF kind", "DR kind", "N note";
blocks separated by blank lines; "# dN description" starts a document.
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = ["drift_natural_blind3_src/d1_d2.txt", "drift_natural_blind3_src/d3_d5.txt"]
OUT = HERE / "drift_natural_blind3.tsv"
COLUMNS = ["id", "doc", "en", "fr", "ru", "drift_fr", "drift_ru", "note"]
TAGS = {"EN": "en", "FR": "fr", "RU": "ru", "DF": "drift_fr", "DR": "drift_ru", "N": "note"}


def parse(text: str) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    doc = ""
    current: dict[str, str] = {}

    def flush() -> None:
        nonlocal current
        if current:
            rows.append({"doc": doc, **current})
            current = {}

    for line in text.splitlines():
        if line.startswith("# "):
            flush()
            doc = line[2:].split()[0]
        elif not line.strip():
            flush()
        else:
            tag, _, value = line.partition(" ")
            key = TAGS[tag]
            if key in current:
                raise ValueError(f"duplicate {tag} in block: {line}")
            current[key] = value.strip()
    flush()
    return rows


def main() -> None:
    rows = []
    for name in SOURCES:
        rows.extend(parse((HERE / name).read_text(encoding="utf-8")))
    counters: dict[str, int] = {}
    lines = ["\t".join(COLUMNS)]
    for row in rows:
        counters[row["doc"]] = counters.get(row["doc"], 0) + 1
        row["id"] = f"{row['doc']}-{counters[row['doc']]:02d}"
        values = [row.get(c, "") for c in COLUMNS]
        assert all("\t" not in v and "\n" not in v for v in values), row
        lines.append("\t".join(values))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}; per doc {counters}")


if __name__ == "__main__":
    main()
