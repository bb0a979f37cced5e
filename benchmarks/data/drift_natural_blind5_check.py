"""Validate drift_natural_blind5.tsv (and its drift table in the .md); stdlib only.

Prints the counts and exits non-zero on any problem.
"""
import csv
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TSV = HERE / "drift_natural_blind5.tsv"
MD = HERE / "drift_natural_blind5.md"
HEADER = ["id", "doc", "en", "fr", "ru", "drift_fr", "drift_ru", "note"]
KINDS = ("numbers", "names", "reversal", "omission", "addition", "meaning")
DOCS = ["d1", "d2", "d3", "d4", "d5"]
PER_DOC = 46
PER_KIND = 2


def main() -> int:
    errors: list[str] = []
    raw = TSV.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        print(f"not UTF-8: {exc}")
        return 1
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append("BOM present")
    if b"\r" in raw:
        errors.append("CR found (line ends must be LF)")
    if not text.endswith("\n"):
        errors.append("file does not end with LF")
    lines = text.split("\n")[:-1]
    if lines[0].split("\t") != HEADER:
        errors.append(f"bad header: {lines[0]!r}")
    for n, line in enumerate(lines, start=1):
        if line.count("\t") != 7:
            errors.append(f"line {n}: {line.count(chr(9)) + 1} fields, expected 8")

    with TSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    if len(rows) != len(DOCS) * PER_DOC:
        errors.append(f"{len(rows)} rows, expected {len(DOCS) * PER_DOC}")

    expected_ids = [f"{d}-{i:02d}" for d in DOCS for i in range(1, PER_DOC + 1)]
    ids = [r["id"] for r in rows]
    if ids != expected_ids:
        errors.append("ids are not the consecutive sequence d1-01 … d5-46")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")

    counts: dict[str, Counter] = {"fr": Counter(), "ru": Counter()}
    per_doc: dict[str, Counter] = {d: Counter() for d in DOCS}
    faithful_notes = 0
    for r in rows:
        rid = r["id"]
        if None in r or any(v is None for v in r.values()):
            errors.append(f"{rid}: wrong number of fields")
            continue
        if r["doc"] != rid.split("-")[0]:
            errors.append(f"{rid}: doc {r['doc']!r} does not match id")
        per_doc.setdefault(r["doc"], Counter())["rows"] += 1
        for col in ("en", "fr", "ru"):
            if not r[col].strip():
                errors.append(f"{rid}: empty {col}")
            if r[col] != r[col].strip():
                errors.append(f"{rid}: {col} has leading/trailing spaces")
        for col in ("fr", "ru"):
            if '"' in r[col]:
                errors.append(f"{rid}: straight double quote in {col}")
        for col in HEADER:
            if '"' in r[col]:
                errors.append(f"{rid}: straight double quote in {col}")
        dfr, dru = r["drift_fr"], r["drift_ru"]
        for lang, kind in (("fr", dfr), ("ru", dru)):
            if kind and kind not in KINDS:
                errors.append(f"{rid}: invalid drift_{lang} {kind!r}")
            if kind:
                counts[lang][kind] += 1
                per_doc[r["doc"]][lang] += 1
                if not r["note"] or r["note"].startswith("faithful"):
                    errors.append(f"{rid}: drift row needs a note saying what differs")
                elif lang.upper() not in r["note"]:
                    errors.append(f"{rid}: note does not name the drifted language {lang.upper()}")
        if dfr and dru:
            errors.append(f"{rid}: drift in both languages")
        if rid.endswith("-01") and (dfr or dru):
            errors.append(f"{rid}: title row carries drift")
        if not dfr and not dru and r["note"] and not r["note"].startswith("faithful: "):
            errors.append(f"{rid}: faithful row note must start with 'faithful: '")
        if r["note"].startswith("faithful: "):
            faithful_notes += 1

    for d in DOCS:
        if per_doc[d]["rows"] != PER_DOC:
            errors.append(f"{d}: {per_doc[d]['rows']} rows, expected {PER_DOC}")
    for lang in ("fr", "ru"):
        total = sum(counts[lang].values())
        if total != PER_KIND * len(KINDS):
            errors.append(f"{lang}: {total} drifted rows, expected {PER_KIND * len(KINDS)}")
        for kind in KINDS:
            if counts[lang][kind] != PER_KIND:
                errors.append(f"{lang}: {counts[lang][kind]} × {kind}, expected {PER_KIND}")

    # The .md must list every drifted row with the same kind, and nothing else.
    if MD.exists():
        md = MD.read_text(encoding="utf-8")
        listed = {}
        section = None
        for line in md.split("\n"):
            if line.startswith("### "):
                section = "fr" if "French" in line else "ru" if "Russian" in line else None
            m = re.match(r"\|\s*(d\d-\d\d)\s*\|\s*(\w+)\s*\|", line)
            if m and section:
                listed[(m.group(1), section)] = m.group(2)
        actual = {(r["id"], lang): r[f"drift_{lang}"] for r in rows for lang in ("fr", "ru")
                  if r[f"drift_{lang}"]}
        if listed != actual:
            errors.append(f".md drift table differs from TSV: missing {sorted(set(actual) - set(listed))}, "
                          f"extra {sorted(set(listed) - set(actual))}, "
                          f"kind mismatch {sorted(k for k in actual if k in listed and listed[k] != actual[k])}")
    else:
        errors.append(f"{MD.name} missing")

    n = len(rows)
    sizes = ", ".join(d + "=" + str(per_doc[d]["rows"]) for d in DOCS)
    print(f"rows: {n} in {len(DOCS)} documents ({sizes})")
    print("kind       fr  ru")
    for kind in KINDS:
        print(f"{kind:<10} {counts['fr'][kind]:>2}  {counts['ru'][kind]:>2}")
    tf, tr = sum(counts["fr"].values()), sum(counts["ru"].values())
    print(f"{'total':<10} {tf:>2}  {tr:>2}   ({100 * tf / n:.1f} % / {100 * tr / n:.1f} % of rows)")
    print("per document (fr/ru): " + ", ".join(f"{d} {per_doc[d]['fr']}/{per_doc[d]['ru']}" for d in DOCS))
    print(f"rows faithful in both languages: {sum(1 for r in rows if not r['drift_fr'] and not r['drift_ru'])}")
    print(f"rows with a 'faithful:' note: {faithful_notes}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
