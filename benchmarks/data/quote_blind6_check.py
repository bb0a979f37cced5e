"""Check the blind quotation set blind6 for internal consistency (standard library only).

Checks: the headers; ids unique and identical (same order) in the rows and the labels; labels valid and
consistent (absent flag, kind/expected, drift_kind only for drifted rows); every `[src dN_MM]` reference
exists in the sources; gold `ru` equals the referenced sentences joined by a space (the sentence that holds
the term, for term rows); absent `ru` is in no document; the distractors are the source sentences outside
every present gold span, followed by unrelated sentences that are in no document; then the counts.

    python3 quote_blind6_check.py [DIR]   # DIR defaults to this script's folder; exit 1 on any error
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

KINDS = {"sentence", "long", "term"}
EXPECTED = {"faithful", "drifted", "partial", "absent", "term"}
DRIFT_KINDS = {"numbers", "names", "negation", "omission", "hedge", "quantifier", "addition"}
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
SRC_REF = re.compile(r"\[src ([^\]]*)\]$")


def read_table(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def read_sources(path: Path) -> tuple[dict[str, str], dict[str, int], list[str]]:
    """Sentence id -> text, sentences per document, and problems with the layout."""
    problems: list[str] = []
    docs: list[tuple[str, list[str]]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("### "):
            match = re.fullmatch(r"### (D\d+): (.+)", line)
            if not match:
                problems.append(f"sources line {number}: bad title line")
                continue
            docs.append((match.group(1), []))
        elif docs:
            docs[-1][1].append(line)
        elif line.strip():
            problems.append(f"sources line {number}: text before the first title")
    sentences: dict[str, str] = {}
    per_doc: dict[str, int] = {}
    for doc_id, lines in docs:
        count = 0
        for paragraph in "\n".join(lines).strip().split("\n\n"):
            if "\n" in paragraph.strip():
                problems.append(f"{doc_id}: a paragraph spans several lines")
            for sentence in SENTENCE_END.split(paragraph.strip()):
                count += 1
                sentences[f"{doc_id.lower()}_{count:02d}"] = sentence
        per_doc[doc_id] = count
    return sentences, per_doc, problems


def main(folder: Path) -> int:
    errors: list[str] = []
    sentences, per_doc, problems = read_sources(folder / "quote_blind6_sources.ru.txt")
    errors += problems
    header, rows = read_table(folder / "quote_blind6.tsv")
    label_header, labels = read_table(folder / "quote_blind6_labels.tsv")
    if header != ["id", "absent", "en", "fr", "ru"]:
        errors.append(f"quote_blind6.tsv header {header}")
    if label_header != ["id", "kind", "expected", "drift_kind", "note"]:
        errors.append(f"quote_blind6_labels.tsv header {label_header}")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errors.append(f"duplicate ids: {[i for i, n in Counter(ids).items() if n > 1]}")
    if ids != [r["id"] for r in labels]:
        errors.append("ids differ between quote_blind6.tsv and quote_blind6_labels.tsv")
    if len(per_doc) != 4:
        errors.append(f"{len(per_doc)} documents, expected 4")
    for doc_id, count in per_doc.items():
        if not 15 <= count <= 35:
            errors.append(f"{doc_id}: {count} sentences, expected 15-35")
    label_of = {r["id"]: r for r in labels}
    gold_ids: set[str] = set()
    for r in rows:
        qid, lab = r["id"], label_of.get(r["id"])
        if lab is None:
            continue
        if None in r or None in lab or any(v is None for v in list(r.values()) + list(lab.values())):
            errors.append(f"{qid}: wrong number of columns")
            continue
        if not re.fullmatch(r"q\d\d", qid):
            errors.append(f"{qid}: bad id")
        kind, expected, drift = lab["kind"], lab["expected"], lab["drift_kind"]
        if kind not in KINDS or expected not in EXPECTED:
            errors.append(f"{qid}: kind {kind!r} / expected {expected!r} invalid")
        if (kind == "term") != (expected == "term"):
            errors.append(f"{qid}: term kind and expected disagree")
        if expected == "partial" and kind != "long":
            errors.append(f"{qid}: partial row is not long")
        if (expected == "drifted") != bool(drift) or (drift and drift not in DRIFT_KINDS):
            errors.append(f"{qid}: drift_kind {drift!r} with expected {expected}")
        if r["absent"] != ("1" if expected == "absent" else "0"):
            errors.append(f"{qid}: absent flag {r['absent']} with expected {expected}")
        if not all(r[c].strip() for c in ("en", "fr", "ru")):
            errors.append(f"{qid}: empty cell")
        if kind == "term" and not 1 <= len(r["en"].split()) <= 4:
            errors.append(f"{qid}: term has {len(r['en'].split())} words")
        ref = SRC_REF.search(lab["note"])
        if expected == "absent":
            if ref:
                errors.append(f"{qid}: absent row has a [src] reference")
            if any(part in s or s in r["ru"] for s in sentences.values()
                   for part in SENTENCE_END.split(r["ru"])):
                errors.append(f"{qid}: absent ru overlaps a source sentence")
            continue
        if not ref:
            errors.append(f"{qid}: note lacks [src ...]")
            continue
        refs = ref.group(1).split(",")
        missing = [s for s in refs if s not in sentences]
        if missing:
            errors.append(f"{qid}: unknown source ids {missing}")
            continue
        gold_ids.update(refs)
        if refs != sorted(refs):
            errors.append(f"{qid}: source ids not in document order")
        if kind == "term":
            if r["ru"] != sentences[refs[0]] or len(refs) != 1:
                errors.append(f"{qid}: term ru is not its one referenced sentence")
        elif r["ru"] != " ".join(sentences[s] for s in refs):
            errors.append(f"{qid}: ru differs from the referenced sentences {refs}")
        if kind == "long" and len(refs) < 1:
            errors.append(f"{qid}: long row without sources")

    distractors = (folder / "quote_blind6_distractors.ru.txt").read_text(encoding="utf-8").splitlines()
    if any(not line.strip() or "\t" in line for line in distractors):
        errors.append("distractors: empty line or tab")
    outside = [text for sid, text in sentences.items() if sid not in gold_ids]
    source_lines = [line for line in distractors if line in sentences.values()]
    unrelated = [line for line in distractors if line not in sentences.values()]
    if source_lines != outside:
        errors.append("distractors: source part differs from the sentences outside every gold span")
    if distractors[:len(outside)] != outside:
        errors.append("distractors: source sentences do not come first")
    if any(line in text for line in unrelated for text in sentences.values()):
        errors.append("distractors: an unrelated line occurs in a document")

    by_kind = Counter((label_of[i]["kind"], label_of[i]["expected"]) for i in ids if i in label_of)
    n_sentences = Counter()
    for r in rows:
        if label_of[r["id"]]["kind"] == "long":
            n_sentences[len([p for p in re.split(r"(?<=[.!?])\s+", r["en"]) if p not in ("(…)", "[…]")])] += 1
    print(f"rows: {len(rows)}; documents: {per_doc} ({len(sentences)} sentences)")
    print(f"gold sentences: {len(gold_ids)}; distractor lines: {len(distractors)} "
          f"({len(source_lines)} source sentences outside gold spans + {len(unrelated)} unrelated)")
    columns = ["faithful", "drifted", "partial", "absent", "term"]
    print("kind \\ expected".ljust(16) + "".join(c.rjust(10) for c in columns) + "total".rjust(8))
    for kind in ("sentence", "long", "term"):
        cells = [by_kind[(kind, c)] for c in columns]
        print(kind.ljust(16) + "".join(str(n).rjust(10) for n in cells) + str(sum(cells)).rjust(8))
    totals = [sum(by_kind[(k, c)] for k in KINDS) for c in columns]
    print("total".ljust(16) + "".join(str(n).rjust(10) for n in totals) + str(sum(totals)).rjust(8))
    drifts = Counter(label_of[i]["drift_kind"] for i in ids if label_of[i]["drift_kind"])
    print("drift kinds:", dict(sorted(drifts.items())))
    print("English sentences per long row:", dict(sorted(n_sentences.items())))
    ellipses = [r["id"] for r in rows if "(…)" in r["en"] or "[…]" in r["en"]]
    print("rows with an ellipsis:", ellipses)
    for error in errors:
        print("ERROR:", error)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
