"""Validate drift_natural_blind3.tsv and print its label counts (stdlib only).

Usage: python3 check_blind3.py [path/to/drift_natural_blind3.tsv]
Exits with status 1 and a list of problems if the file is malformed.
"""
import csv
import re
import sys
from collections import Counter
from pathlib import Path

COLUMNS = ["id", "doc", "en", "fr", "ru", "drift_fr", "drift_ru", "note"]
KINDS = {"numbers", "names", "reversal", "omission", "addition", "meaning"}
LANGS = ("fr", "ru")
ID_PATTERN = re.compile(r"^(d\d+)-(\d{2})$")
EXPECTED_ROWS_PER_DOC = 46
EXPECTED_DRIFTS_PER_LANG = 12


def check(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    problems: list[str] = []
    raw = path.read_bytes()
    if b"\r" in raw:
        problems.append("file contains CR characters (expected LF line ends)")
    text = raw.decode("utf-8")
    lines = text.rstrip("\n").split("\n")
    if lines[0].split("\t") != COLUMNS:
        problems.append(f"header is {lines[0].split(chr(9))}, expected {COLUMNS}")
    for number, line in enumerate(lines[1:], start=2):
        if line.count("\t") != len(COLUMNS) - 1:
            problems.append(f"line {number}: {line.count(chr(9)) + 1} fields, expected {len(COLUMNS)}")

    # Load exactly as the benchmark loader does.
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))

    ids = [r["id"] for r in rows]
    for duplicate, n in Counter(ids).items():
        if n > 1:
            problems.append(f"id {duplicate} occurs {n} times")
    per_doc: Counter = Counter()
    for r in rows:
        match = ID_PATTERN.match(r["id"] or "")
        if not match:
            problems.append(f"bad id {r['id']!r}")
            continue
        if match.group(1) != r["doc"]:
            problems.append(f"{r['id']}: doc column {r['doc']!r} does not match id")
        per_doc[r["doc"]] += 1
        if int(match.group(2)) != per_doc[r["doc"]]:
            problems.append(f"{r['id']}: ids not consecutive within {r['doc']}")
        for column in ("en", "fr", "ru"):
            if not (r[column] or "").strip():
                problems.append(f"{r['id']}: empty {column}")
        for lang in LANGS:
            kind = r[f"drift_{lang}"]
            if kind and kind not in KINDS:
                problems.append(f"{r['id']}: invalid drift_{lang} kind {kind!r}")
            if kind and not r["note"]:
                problems.append(f"{r['id']}: drift_{lang} without a note")
            if kind and int(match.group(2)) == 1:
                problems.append(f"{r['id']}: title row carries drift")
        if r["drift_fr"] and r["drift_ru"]:
            problems.append(f"{r['id']}: drift in both languages")
        if '"' in r["fr"] or '"' in r["ru"]:
            problems.append(f"{r['id']}: straight double quote in a translation")
    for doc, n in sorted(per_doc.items()):
        if n != EXPECTED_ROWS_PER_DOC:
            problems.append(f"{doc}: {n} rows, expected {EXPECTED_ROWS_PER_DOC}")
    for lang in LANGS:
        n = sum(1 for r in rows if r[f"drift_{lang}"])
        if n != EXPECTED_DRIFTS_PER_LANG:
            problems.append(f"{lang}: {n} drifted rows, expected {EXPECTED_DRIFTS_PER_LANG}")
    return problems, rows


def report(rows: list[dict[str, str]]) -> None:
    docs = sorted({r["doc"] for r in rows})
    print(f"rows: {len(rows)}  documents: {len(docs)}")
    print("kind        fr  ru")
    for kind in sorted(KINDS):
        fr = sum(1 for r in rows if r["drift_fr"] == kind)
        ru = sum(1 for r in rows if r["drift_ru"] == kind)
        print(f"{kind:<10} {fr:>3} {ru:>3}")
    for lang in LANGS:
        drifted = [r["id"] for r in rows if r[f"drift_{lang}"]]
        rate = 100 * len(drifted) / len(rows)
        print(f"{lang}: {len(drifted)} drifted of {len(rows)} ({rate:.1f} %): {', '.join(drifted)}")
    print("per document (fr/ru drifted):",
          ", ".join(f"{d} {sum(1 for r in rows if r['doc'] == d and r['drift_fr'])}/"
                    f"{sum(1 for r in rows if r['doc'] == d and r['drift_ru'])}" for d in docs))
    any_drift = sum(1 for r in rows if r["drift_fr"] or r["drift_ru"])
    faithful_notes = sum(1 for r in rows if r["note"].startswith("faithful"))
    print(f"rows drifted in either language: {any_drift}; faithful in both: {len(rows) - any_drift}; "
          f"rows with a 'faithful:' note: {faithful_notes}")


def main() -> int:
    default = Path(__file__).resolve().parent / "drift_natural_blind3.tsv"
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    problems, rows = check(path)
    report(rows)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
