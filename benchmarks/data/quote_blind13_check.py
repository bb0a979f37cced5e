"""Validate the blind quotation set quote_blind13 (standard library only).

Segments the sources itself (independently of quote_blind13_build.py, whose tables it does not
import) and checks the four data files: headers, ids, labels, [src] ids, gold Russian spans,
sentence counts, ellipses, terms, absent rows, distractors and the row mix. Prints OK or the list
of faults (exit status 1).

    .venv/bin/python benchmarks/data/quote_blind13_check.py [DIR]
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

NAME = "quote_blind13"
KINDS = {"sentence", "long", "term"}
EXPECTED = {"faithful", "drifted", "partial", "absent", "term"}
DRIFTS = {"numbers", "names", "negation", "omission", "hedge", "quantifier", "addition"}
N_UNRELATED = 15
WANT_MIX = {("sentence", "faithful"): 11, ("long", "faithful"): 11, ("sentence", "drifted"): 8,
            ("long", "drifted"): 3, ("long", "partial"): 3, ("sentence", "absent"): 5,
            ("long", "absent"): 1, ("term", "term"): 6}
SRC_RE = re.compile(r"\[src ([a-z0-9_,]+)\]$")
ELLIPSIS_RE = re.compile(r"\(…\)|\[…\]")

faults: list[str] = []


def fault(message: str) -> None:
    faults.append(message)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def split_paragraph(paragraph: str) -> list[str]:
    """A sentence ends at . ! or ? followed by whitespace or the end of the paragraph."""
    pieces, start = [], 0
    for m in re.finditer(r"[.!?](?=\s|$)", paragraph):
        piece = paragraph[start:m.end()].strip()
        if piece:
            pieces.append(piece)
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        fault(f"paragraph ends without a sentence mark: {tail[:40]!r}")
        pieces.append(tail)
    return pieces


def n_sentences(text: str) -> int:
    """Sentences in a quotation (any language); the ellipsis markers (…) and […] are not sentences."""
    cleaned = norm(ELLIPSIS_RE.sub(" ", text))
    return len([p for p in re.split(r"(?<=[.!?])\s+", cleaned) if p.strip()])


def load_sources(path: Path):
    """id -> sentence, ids in order, id -> (document, paragraph index)."""
    raw = path.read_text(encoding="utf-8")
    if not raw.endswith(".\n") or raw.endswith("\n\n"):
        fault("sources file should end with one newline after the last sentence")
    docs: list[tuple[str, list[str]]] = []
    for line in raw.splitlines():
        if line.startswith("### "):
            head = line[4:]
            if not re.match(r"D\d: \S", head):
                fault(f"bad document header {line[:30]!r}")
            docs.append((head.split(":", 1)[0], []))
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
            for sentence in split_paragraph(norm(paragraph)):
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
                if re.search(r"\b[А-ЯЁA-Z][а-яёa-z]?\.\s", sentence) or re.search(r"(?<!\w)\w\.(\s|$)", sentence):
                    fault(f"{sid}: looks like an initial or abbreviation")
    return text, order, where


def load_table(path: Path, header: list[str]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        if handle.readline().rstrip("\n").split("\t") != header:
            fault(f"{path.name}: header is not {header}")
        handle.seek(0)
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in rows:
        if None in r or any(v is None for v in r.values()):
            fault(f"{path.name}: row {r.get('id')} has the wrong number of cells")
    return rows


def main(directory: Path) -> int:
    text, order, where = load_sources(directory / f"{NAME}_sources.ru.txt")
    pos = {sid: i for i, sid in enumerate(order)}
    per_doc = Counter(sid.split("_")[0] for sid in order)
    if len(per_doc) != 4:
        fault(f"{len(per_doc)} documents (expected 4)")
    if not 85 <= len(order) <= 95:
        fault(f"{len(order)} source sentences (expected about 90)")
    all_source = norm(" ".join(text[s] for s in order))

    quotes = load_table(directory / f"{NAME}.tsv", ["id", "absent", "en", "fr", "ru"])
    labels = load_table(directory / f"{NAME}_labels.tsv", ["id", "kind", "expected", "drift_kind", "note"])
    qids, lids = [r["id"] for r in quotes], [r["id"] for r in labels]
    if len(set(qids)) != len(qids) or len(set(lids)) != len(lids):
        fault("duplicate ids")
    if qids != lids:
        fault("the two tables do not list the same ids in the same order")
    if qids != [f"q{i:02d}" for i in range(1, len(qids) + 1)]:
        fault("ids are not q01..qNN")
    lab = {r["id"]: r for r in labels}

    gold: set[str] = set()
    gold_rows: Counter = Counter()
    mix: Counter = Counter()
    long_sizes: Counter = Counter()
    ellipsis_rows, spanning = [], []
    for q in quotes:
        rid = q["id"]
        if rid not in lab:
            continue
        kind, expected, drift, note = (lab[rid][k] for k in ("kind", "expected", "drift_kind", "note"))
        mix[(kind, expected)] += 1
        if kind not in KINDS or expected not in EXPECTED:
            fault(f"{rid}: kind {kind!r} / expected {expected!r}")
        if (expected == "drifted") != bool(drift) or (drift and drift not in DRIFTS):
            fault(f"{rid}: drift_kind {drift!r} with expected {expected}")
        if (expected == "term") != (kind == "term"):
            fault(f"{rid}: kind {kind} vs expected {expected}")
        if q["absent"] != ("1" if expected == "absent" else "0"):
            fault(f"{rid}: absent={q['absent']} vs expected {expected}")
        for col in ("en", "fr", "ru"):
            if not q[col].strip() or q[col] != q[col].strip():
                fault(f"{rid}: empty or padded {col}")
        if re.search(r"[А-Яа-яЁё]", q["en"] + q["fr"]):
            fault(f"{rid}: Cyrillic in en/fr")
        m = SRC_RE.search(note)
        if expected == "absent":
            if m:
                fault(f"{rid}: absent row has [src]")
            for s in re.split(r"(?<=[.!?])\s+", norm(q["ru"])):
                if norm(s) in all_source:
                    fault(f"{rid}: absent ru sentence is in the sources: {s[:40]!r}")
            n_ru = n_sentences(q["ru"])
            for col in ("en", "fr"):
                if n_sentences(q[col]) != n_ru:
                    fault(f"{rid}: {col} has {n_sentences(q[col])} sentences, ru {n_ru}")
            if (kind == "sentence") != (n_ru == 1):
                fault(f"{rid}: kind {kind} with {n_ru} sentences")
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
        if len({s.split("_")[0] for s in src}) != 1:
            fault(f"{rid}: span crosses documents")
        if norm(q["ru"]) != norm(" ".join(text[s] for s in src)):
            fault(f"{rid}: ru differs from its src sentences")
        gold.update(src)
        gold_rows.update(src)
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
                if not 1 <= len(q[col].split()) <= 4 or re.search(r"[.!?]$", q[col]):
                    fault(f"{rid}: {col} term {q[col]!r} is not a 1-4 word label")
            continue
        extra = 1 if expected == "partial" else 0
        for col in ("en", "fr"):
            n = n_sentences(q[col])
            if n != len(src) + extra:
                fault(f"{rid}: {col} has {n} sentences, span {len(src)} (+{extra})")
        n_en = n_sentences(q["en"])
        if kind == "sentence" and n_en != 1:
            fault(f"{rid}: kind sentence with {n_en} sentences")
        if kind == "long":
            if not 2 <= n_en <= 4:
                fault(f"{rid}: long row with {n_en} sentences")
            long_sizes[n_en] += 1
        gaps = any(pos[b] - pos[a] != 1 for a, b in zip(src, src[1:]))
        has = {col: bool(ELLIPSIS_RE.search(q[col])) for col in ("en", "fr")}
        if has["en"] != has["fr"]:
            fault(f"{rid}: ellipsis in one language only")
        if has["en"] != gaps:
            fault(f"{rid}: ellipsis={has['en']} but non-contiguous span={gaps}")
        if has["en"]:
            ellipsis_rows.append(rid)
        if len({where[s][1] for s in src}) > 1:
            spanning.append(rid)
        if drift and expected == "drifted" and not re.match(rf"drifted \({drift}", note):
            fault(f"{rid}: note should open with 'drifted ({drift}'")

    # distractors: unused source sentences in document order, then the unrelated ones
    raw = (directory / f"{NAME}_distractors.ru.txt").read_text(encoding="utf-8")
    if not raw.endswith("\n") or raw.endswith("\n\n"):
        fault("distractors file should end with exactly one newline")
    lines = raw.split("\n")[:-1]
    unused = [text[s] for s in order if s not in gold]
    if lines[:len(unused)] != unused:
        fault("distractor lines 1..n are not the unused source sentences in document order")
    tail = lines[len(unused):]
    if len(tail) != N_UNRELATED:
        fault(f"{len(tail)} unrelated distractors (expected {N_UNRELATED})")
    for t in tail:
        if not t.strip() or norm(t) in all_source:
            fault(f"unrelated distractor empty or in the sources: {t[:40]!r}")
    if set(unused) | {text[s] for s in gold} != set(text.values()):
        fault("sources != unused distractors + gold sentences")

    # the design
    if dict(mix) != WANT_MIX:
        fault(f"row mix {dict(mix)} != {WANT_MIX}")
    drift_kinds = Counter(lab[i]["drift_kind"] for i in lids if lab[i]["expected"] == "drifted")
    for dk in sorted(DRIFTS - set(drift_kinds)):
        fault(f"no drifted row of kind {dk}")
    if not any("(…)" in q["en"] for q in quotes) or not any("[…]" in q["en"] for q in quotes):
        fault("expected both (…) and […] ellipses")
    if not spanning:
        fault("no long quotation spans a paragraph break")
    d4_rows = [q["id"] for q in quotes if q["absent"] == "0" and lab[q["id"]]["expected"] != "drifted"
               and any(s.startswith("d4_") for s in SRC_RE.search(lab[q["id"]]["note"]).group(1).split(","))]
    if len(d4_rows) < 4:
        fault(f"too few rows quote the near-miss document D4 faithfully: {d4_rows}")

    overlaps = sorted(s for s, c in gold_rows.items() if c > 1)
    print(f"documents: {dict(per_doc)}; sentences: {len(order)}; gold sentences: {len(gold)} "
          f"(by document {dict(sorted(Counter(s.split('_')[0] for s in gold).items()))}); "
          f"unused: {len(unused)}")
    print(f"row mix: {dict(mix)}")
    print(f"drift kinds: {dict(drift_kinds)}")
    print(f"long rows by sentence count: {dict(sorted(long_sizes.items()))}; ellipsis rows: "
          f"{ellipsis_rows}; spanning a paragraph break: {spanning}")
    print(f"rows quoting D4 (not drifted): {d4_rows}; gold sentences in two rows: {overlaps}")
    if faults:
        print(f"{len(faults)} FAULTS:")
        for f in faults:
            print(" -", f)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
