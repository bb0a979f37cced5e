"""Validate the blind quotation set quote_blind36 (standard library only).

Segments the sources itself (independently of quote_blind36_build.py) and checks the four data
files: headers, ids, labels, [src] ids, gold Russian spans, sentence counts, ellipses, terms, absent
rows, distractors and the row mix. Prints OK or the list of faults (exit status 1).

    .venv/bin/python benchmarks/data/quote_blind36_check.py [DIR]
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

NAME = "quote_blind36"
KINDS = {"sentence", "long", "term"}
EXPECTED = {"faithful", "drifted", "partial", "absent", "term"}
DRIFTS = {"numbers", "names", "negation", "omission", "hedge", "quantifier", "addition"}
N_UNRELATED = 15

faults: list[str] = []


def fault(message: str) -> None:
    faults.append(message)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def split_sentences(paragraph: str) -> list[str]:
    """A sentence ends at . ! or ? followed by whitespace or the end of the paragraph."""
    out, start = [], 0
    for m in re.finditer(r"[.!?](?=\s|$)", paragraph):
        piece = paragraph[start:m.end()].strip()
        if piece:
            out.append(piece)
        start = m.end()
    rest = paragraph[start:].strip()
    if rest:
        fault(f"paragraph ends without a sentence mark: {rest[:40]!r}")
        out.append(rest)
    return out


def count_sentences(text: str) -> int:
    """Sentences in an English/French/Russian quotation; ellipsis markers are not sentences."""
    cleaned = re.sub(r"[(\[]…[)\]]", " ", text)
    return len([p for p in re.split(r"(?<=[.!?])\s+", norm(cleaned)) if p.strip()])


def read_sources(path: Path) -> tuple[dict[str, str], list[str], dict[str, tuple[str, int]]]:
    """Sentence id -> text, ids in order, id -> (document, paragraph number)."""
    docs: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            head = line[4:]
            if not re.match(r"D\d: \S", head):
                fault(f"bad document header {line[:30]!r}")
            docs.append((head.split(":", 1)[0].strip(), []))
        elif docs:
            docs[-1][1].append(line)
        elif line.strip():
            fault("text before the first document header")
    text, order, where = {}, [], {}
    for name, lines in docs:
        paragraphs = [p for p in "\n".join(lines).split("\n\n") if p.strip()]
        n = 0
        for pi, paragraph in enumerate(paragraphs, 1):
            if "\n" in paragraph.strip():
                fault(f"{name}: paragraph {pi} spans several lines")
            for sentence in split_sentences(norm(paragraph)):
                n += 1
                sid = f"{name.lower()}_{n:02d}"
                text[sid], where[sid] = sentence, (name, pi)
                order.append(sid)
                body = sentence[2:] if sentence.startswith("— ") else sentence
                if re.match(r"\d", body):
                    fault(f"{sid} starts with a digit")
                if "..." in sentence or "…" in sentence:
                    fault(f"{sid} contains an ellipsis")
                if re.search(r"[.!?][»\"]\s", sentence):
                    fault(f"{sid}: sentence mark inside quotes mid-sentence")
                if re.search(r"\b[А-ЯA-Z]\.\s", sentence):
                    fault(f"{sid}: looks like an initial or abbreviation")
    return text, order, where


def read_table(path: Path, header: list[str]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        first = handle.readline().rstrip("\n").split("\t")
        if first != header:
            fault(f"{path.name}: header {first} != {header}")
        handle.seek(0)
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in rows:
        if None in r or any(v is None for v in r.values()):
            fault(f"{path.name}: row {r.get('id')} has the wrong number of cells")
    return rows


def main(directory: Path) -> int:
    text, order, where = read_sources(directory / f"{NAME}_sources.ru.txt")
    pos = {sid: i for i, sid in enumerate(order)}
    per_doc = Counter(sid.split("_")[0] for sid in order)
    if len(order) < 85 or len(order) > 95:
        fault(f"{len(order)} source sentences (expected about 90)")
    if len(per_doc) != 4:
        fault(f"{len(per_doc)} documents (expected 4)")
    all_source = " ".join(text[s] for s in order)

    quotes = read_table(directory / f"{NAME}.tsv", ["id", "absent", "en", "fr", "ru"])
    labels = read_table(directory / f"{NAME}_labels.tsv", ["id", "kind", "expected", "drift_kind", "note"])
    qids, lids = [r["id"] for r in quotes], [r["id"] for r in labels]
    if len(set(qids)) != len(qids) or len(set(lids)) != len(lids):
        fault("duplicate ids")
    if qids != lids:
        fault("the two tables do not list the same ids in the same order")
    if qids != [f"q{i:02d}" for i in range(1, len(qids) + 1)]:
        fault("ids are not q01..qNN")
    lab = {r["id"]: r for r in labels}

    gold_used: set[str] = set()
    combo: Counter = Counter()
    long_sizes: Counter = Counter()
    ellipsis_rows, gold_by_doc = [], Counter()
    for q in quotes:
        rid = q["id"]
        if rid not in lab:
            continue
        l = lab[rid]
        kind, expected, drift, note = l["kind"], l["expected"], l["drift_kind"], l["note"]
        combo[(kind, expected)] += 1
        if kind not in KINDS:
            fault(f"{rid}: kind {kind!r}")
        if expected not in EXPECTED:
            fault(f"{rid}: expected {expected!r}")
        if (expected == "drifted") != bool(drift) or (drift and drift not in DRIFTS):
            fault(f"{rid}: drift_kind {drift!r} with expected {expected}")
        if (expected == "term") != (kind == "term"):
            fault(f"{rid}: kind {kind} vs expected {expected}")
        if q["absent"] != ("1" if expected == "absent" else "0"):
            fault(f"{rid}: absent={q['absent']} vs expected {expected}")
        for col in ("en", "fr", "ru"):
            if not q[col].strip() or q[col] != q[col].strip():
                fault(f"{rid}: empty or padded {col}")
        m = re.search(r"\[src ([a-z0-9_,]+)\]$", note)
        if expected == "absent":
            if "[src" in note:
                fault(f"{rid}: absent row has [src]")
            for s in re.split(r"(?<=[.!?])\s+", q["ru"]):
                if norm(s) in all_source:
                    fault(f"{rid}: absent ru sentence found in the sources: {s[:40]!r}")
            n_ru = count_sentences(q["ru"])
            for col in ("en", "fr"):
                if count_sentences(q[col]) != n_ru:
                    fault(f"{rid}: {col} has {count_sentences(q[col])} sentences, ru {n_ru}")
            if (kind == "sentence") != (n_ru == 1):
                fault(f"{rid}: kind {kind} with {n_ru} sentences")
            if kind == "long":
                long_sizes[n_ru] += 1
            continue
        if not m:
            fault(f"{rid}: note does not end with [src ...]")
            continue
        src = m.group(1).split(",")
        if any(s not in text for s in src):
            fault(f"{rid}: unknown src ids {src}")
            continue
        if [pos[s] for s in src] != sorted(pos[s] for s in src) or len(set(src)) != len(src):
            fault(f"{rid}: src not in document order")
        if len({s.split('_')[0] for s in src}) != 1:
            fault(f"{rid}: span crosses documents")
        if norm(q["ru"]) != norm(" ".join(text[s] for s in src)):
            fault(f"{rid}: ru differs from its src sentences")
        gold_used.update(src)
        for s in src:
            gold_by_doc[s.split("_")[0]] += 1
        if expected == "term":
            t = re.search(r"«([^»]+)»", note)
            if not t:
                fault(f"{rid}: term note has no «Russian term»")
            else:
                term = t.group(1)
                if len(src) != 1 or term not in text[src[0]]:
                    fault(f"{rid}: term {term!r} not in its sentence")
                elif any(term.lower() in text[o].lower() for o in order[:pos[src[0]]]):
                    fault(f"{rid}: term {term!r} occurs in an earlier sentence")
            for col in ("en", "fr"):
                if not 2 <= len(q[col].split()) <= 3 or re.search(r"[.!?]$", q[col]):
                    fault(f"{rid}: {col} term {q[col]!r} is not a 2-3 word label")
            continue
        extra = 1 if expected == "partial" else 0
        for col in ("en", "fr"):
            n = count_sentences(q[col])
            if n != len(src) + extra:
                fault(f"{rid}: {col} has {n} sentences, span {len(src)} (+{extra})")
        n_en = count_sentences(q["en"])
        if kind == "sentence" and n_en != 1:
            fault(f"{rid}: kind sentence with {n_en} sentences")
        if kind == "long":
            if not 2 <= n_en <= 4:
                fault(f"{rid}: long row with {n_en} sentences")
            long_sizes[n_en] += 1
        gaps = any(pos[b] - pos[a] != 1 for a, b in zip(src, src[1:]))
        has_ellipsis = {col: bool(re.search(r"\(…\)|\[…\]", q[col])) for col in ("en", "fr")}
        if has_ellipsis["en"] != has_ellipsis["fr"]:
            fault(f"{rid}: ellipsis in one language only")
        if has_ellipsis["en"] != gaps and expected != "partial":
            fault(f"{rid}: ellipsis={has_ellipsis['en']} but non-contiguous span={gaps}")
        if has_ellipsis["en"]:
            ellipsis_rows.append(rid)

    # distractors: unused source sentences in document order, then the unrelated sentences
    lines = (directory / f"{NAME}_distractors.ru.txt").read_text(encoding="utf-8").split("\n")
    if lines[-1] != "":
        fault("distractors file does not end with a newline")
    lines = lines[:-1] if lines and lines[-1] == "" else lines
    unused = [text[s] for s in order if s not in gold_used]
    if lines[:len(unused)] != unused:
        fault("distractor lines 1..n are not the unused source sentences in document order")
    tail = lines[len(unused):]
    if len(tail) != N_UNRELATED:
        fault(f"{len(tail)} unrelated distractors (expected {N_UNRELATED})")
    for t in tail:
        if not t.strip() or norm(t) in all_source:
            fault(f"unrelated distractor is empty or in the sources: {t[:40]!r}")
    if set(unused) | {text[s] for s in gold_used} != set(text.values()):
        fault("sources != unused distractors + gold sentences")
    if not (directory / f"{NAME}_sources.ru.txt").read_bytes().endswith(b".\n"):
        fault("sources file should end with one newline after the last sentence")

    # the row mix of the design
    want = {("sentence", "faithful"): 11, ("long", "faithful"): 11, ("sentence", "drifted"): 8,
            ("long", "drifted"): 3, ("long", "partial"): 3, ("sentence", "absent"): 5,
            ("long", "absent"): 1, ("term", "term"): 6}
    if dict(combo) != want:
        fault(f"row mix {dict(combo)} != {want}")
    drift_kinds = Counter(lab[i]["drift_kind"] for i in lids if lab[i]["expected"] == "drifted")
    for dk in DRIFTS:
        if drift_kinds[dk] == 0:
            fault(f"no drifted row of kind {dk}")
    if not any(re.search(r"\(…\)", q["en"]) for q in quotes) or not any(re.search(r"\[…\]", q["en"])
                                                                       for q in quotes):
        fault("expected both (…) and […] ellipses")
    spanning = [q["id"] for q in quotes if lab[q["id"]]["kind"] == "long" and q["absent"] == "0"
                and len({where[s][1] for s in re.search(r"\[src ([a-z0-9_,]+)\]$",
                                                          lab[q["id"]]["note"]).group(1).split(",")}) > 1]
    if not spanning:
        fault("no long quotation spans a paragraph break")

    print(f"documents: {dict(per_doc)}; sentences: {len(order)}; gold sentences: {len(gold_used)} "
          f"(by document {dict(sorted(Counter(s.split('_')[0] for s in gold_used).items()))}); "
          f"unused: {len(unused)}")
    print(f"row mix: {dict(combo)}; drift kinds: {dict(drift_kinds)}")
    print(f"long rows by sentence count: {dict(sorted(long_sizes.items()))}; ellipsis rows: {ellipsis_rows}; "
          f"spanning a paragraph break: {spanning}")
    if faults:
        print(f"{len(faults)} FAULTS:")
        for f in faults:
            print(" -", f)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
