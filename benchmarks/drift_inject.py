"""Injected-drift benchmark: perturb real translations on purpose and see what drift finds.

Material: the Text+Berg *dev* document (German–French, its gold 1:1 pairs, read from
``../shared/bench``) and the English–French–Russian sentences written for this project
(``benchmarks/data/drift_sentences.tsv``; en→fr and en→ru). With a fixed seed, about half of
the pairs of each document are perturbed on the target side, one kind each:

- numbers: a figure changed ("120 000" → "12 000", "1956" → "1953", "three" → "five",
  "hundreds of thousands" → "tens of thousands");
- names: a name replaced by another name of the same document;
- omission: a clause (no digits, names or negation in it) dropped;
- addition: a clause from another sentence of the document inserted;
- reversal: a negation removed, or added to a sentence that had none.

The perturbed document is then scored as a whole (its own similarity and length norms
included), and each kind's strengths and flags are compared with what was injected.
Natural differences in the untouched pairs (a real translation error in Text+Berg, say)
count against precision: the figures are what a user would see. Test documents (test0..6)
and the seed article are never used here.

``--material blind`` scores only ``benchmarks/data/drift_blind.tsv`` instead (other domains,
written after the library was tuned, as an en→fr and an en→ru document): a held-out test to
run once on a frozen library, never to tune on. ``--dry-run`` builds the documents and the
injections and prints their counts, without loading a model or running detection.

    .venv/bin/python benchmarks/drift_inject.py [--model use-m3] [--seed 13] [--json]
    .venv/bin/python benchmarks/drift_inject.py --material blind --dry-run
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from alignment.drift import BeadPair, DriftConfig, detect_drift  # noqa: E402

SHARED = ROOT / ".." / "shared"
TEXTBERG = SHARED / "bench" / "text-berg-de-fr"
OWN = ROOT / "benchmarks" / "data" / "drift_sentences.tsv"
BLIND = ROOT / "benchmarks" / "data" / "drift_blind.tsv"
MATERIALS = ("dev", "blind")
INJECTED = ("numbers", "names", "omission", "addition", "reversal")


def short_name(name: str) -> str:
    """A model name without its package versions and weight hashes."""
    return re.sub(r"\|[^;\]]*", "", name)


# --- material ---------------------------------------------------------------------------

def textberg_dev_pairs() -> list[tuple[str, str]]:
    """The gold 1:1 sentence pairs of the Text+Berg dev document (de, fr)."""
    de = (TEXTBERG / "dev.de").read_text(encoding="utf-8").splitlines()
    fr = (TEXTBERG / "dev.fr").read_text(encoding="utf-8").splitlines()
    pairs = []
    for line in (TEXTBERG / "dev.defr").read_text(encoding="utf-8").splitlines():
        m = re.fullmatch(r"\[(\d+)\]:\[(\d+)\]", line.strip())
        if m:
            pairs.append((de[int(m.group(1))].strip(), fr[int(m.group(2))].strip()))
    return pairs


def own_pairs(target: str, path: Path = OWN) -> list[tuple[str, str]]:
    """(en, target) pairs of one of the project's en–fr–ru sentence tables."""
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [(r["en"], r[target]) for r in rows]


# --- perturbations (the injector's own rules, independent of the detectors) ---------------

_CLAUSE_SEP = re.compile(r"\s*(?:,|;|\s[-–—]\s)\s+")
_NEG_WORDS = re.compile(
    r"(?i)(?<!\w)(not|no|never|nobody|nothing|none|neither|nor|without|n't|ne|n'|pas|jamais|rien|"
    r"aucun\w*|personne|sans|ni|non|не|нет|ни\w*|без|nicht|kein\w*|nie|niemals|nichts|ohne|weder)(?!\w)")
_WORD_NUMBERS = {
    "en": ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
           "twenty", "thirty", "forty", "fifty", "sixty", "eighteen", "fifteen"],
    "fr": ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
           "vingt", "trente", "quarante", "cinquante", "soixante", "quinze"],
    "ru": ["две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
           "одиннадцать", "двенадцать", "двадцать", "тридцать", "сорок", "пятьдесят",
           "восемнадцать", "шесть"],
    "de": ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
           "zwanzig", "dreissig", "vierzig", "fünfzig"],
}
_ALL_NUMBER_WORDS = {w for ws in _WORD_NUMBERS.values() for w in ws} | {
    "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen", "twice", "both",
    "cent", "mille", "millier", "milliers", "centaines", "dizaines", "trentaine", "double", "second",
    "сто", "тысяч", "тысячи", "миллион", "сотни", "десятки", "трёх", "двух", "дважды", "второй",
    "hundert", "tausend", "beide", "beiden", "doppelt", "zweite", "dritte", "troisième", "deuxième"}
_MONTH = re.compile(
    r"(?i)^(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"januar|februar|märz|juni|juli|oktober|dezember|"
    r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяе]|июн\w*|июл\w*|август\w*|сентябр\w*|"
    r"октябр\w*|ноябр\w*|декабр\w*)$")
_VAGUE_SWAPS = {
    "en": [("hundreds", "tens"), ("tens", "hundreds"), ("thousands", "millions")],
    "fr": [("centaines", "dizaines"), ("dizaines", "centaines"), ("milliers", "millions")],
    "ru": [("сотни", "десятки"), ("десятки", "сотни"), ("тысячи", "миллионы")],
    "de": [("Hunderttausende", "Zehntausende"), ("Hunderte", "Dutzende")],
}
_GROUPED = re.compile(
    r"(?<![\d\[])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|(?<![\d\[])\d+(?:[.,]\d+)?(?![\d\]])")


def _change_number(text: str, lang: str, rng: random.Random) -> str | None:
    matches = list(_GROUPED.finditer(text))
    if matches:
        m = rng.choice(matches)
        head = re.match(r"\d+", m.group()).group()
        value = int(head)
        if 1000 <= value <= 2100 and len(head) == 4:
            new = value + rng.choice([-7, -3, -2, -1, 1, 2, 3, 5])
        else:
            options = [value * 10, value + rng.randint(1, 9)]
            if value >= 10:
                options.append(value // 10)
            new = rng.choice([o for o in options if o != value] or [value + 1])
        return text[: m.start()] + str(new) + text[m.start() + len(head):]
    for old, new in _VAGUE_SWAPS.get(lang, []):
        hit = re.search(rf"(?i)(?<!\w){old}(?!\w)", text)
        if hit:
            rep = new.capitalize() if hit.group()[0].isupper() else new
            return text[: hit.start()] + rep + text[hit.end():]
    words = _WORD_NUMBERS.get(lang, [])
    found = [m for m in re.finditer(r"[^\W\d_]+", text) if m.group().lower() in words]
    if found:
        m = rng.choice(found)
        new = rng.choice([w for w in words if w != m.group().lower()])
        if m.group()[0].isupper():
            new = new.capitalize()
        return text[: m.start()] + new + text[m.end():]
    return None


def _mid_capitals(text: str) -> list[re.Match]:
    out = []
    for m in re.finditer(r"[^\W\d_]{3,}", text):
        w = m.group()
        if not w[0].isupper() or w.isupper():
            continue
        before = text[: m.start()].rstrip(" «“\"'(")
        if not before or before[-1] in ".!?:;":
            continue
        out.append(m)
    return out


def _swap_name(text: str, source: str, pool: list[str], rng: random.Random) -> str | None:
    names = _mid_capitals(text)
    if not names:
        return None
    m = rng.choice(names)
    choices = [p for p in pool if p[:4].lower() != m.group()[:4].lower()
               and p[:4].lower() not in source.lower() and p[:4].lower() not in text.lower()]
    if not choices:
        return None
    return text[: m.start()] + rng.choice(choices) + text[m.end():]


def _clean_clauses(text: str) -> list[tuple[int, int]]:
    """Clause spans with ≥4 words and no digits, capitals or negation (single-kind edits)."""
    spans, pos = [], 0
    for sep in _CLAUSE_SEP.finditer(text):
        spans.append((pos, sep.start()))
        pos = sep.end()
    spans.append((pos, len(text.rstrip(" .!?"))))
    out = []
    for s, e in spans:
        piece = text[s:e]
        if len(piece.split()) < 4 or re.search(r"\d", piece) or _NEG_WORDS.search(piece):
            continue
        if any(w.lower() in _ALL_NUMBER_WORDS or _MONTH.match(w) for w in re.findall(r"[^\W\d_]+", piece)):
            continue
        if any(w[0].isupper() for w in re.findall(r"[^\W\d_]+", piece)[1:]):
            continue
        out.append((s, e))
    return out if len(spans) > 1 else []


def _drop_clause(text: str, rng: random.Random) -> str | None:
    spans = [sp for sp in _clean_clauses(text) if (sp[1] - sp[0]) < 0.7 * len(text)]
    if not spans:
        return None
    s, e = rng.choice(spans)
    out = (text[:s].rstrip(" ,;–—-") + " " + text[e:].lstrip(" ,;–—-")).strip()
    if s == 0 and out:
        out = out[0].upper() + out[1:]
    return re.sub(r"\s+([.!?])$", r"\1", out)


def _add_clause(text: str, pool: list[str], rng: random.Random) -> str | None:
    if not pool:
        return None
    clause = rng.choice(pool)
    clause = clause[0].lower() + clause[1:]
    body = text.rstrip()
    end = ""
    if body and body[-1] in ".!?":
        body, end = body[:-1].rstrip(), body[-1]
    boundaries = [m.end() for m in re.finditer(r",\s", body)]
    if boundaries and rng.random() < 0.5:
        at = rng.choice(boundaries)
        return body[:at] + clause + ", " + body[at:] + end
    return body + ", " + clause + end


_ADD_NEG = {
    "en": (r"\b(is|was|are|were|has|had|will|would|can|could|did|does|should|must)\b", r"\1 not"),
    "de": (r"\b(ist|war|sind|waren|hat|hatte|haben|hatten|wird|wurde|wurden|kann|konnte|muss|soll)\b",
           r"\1 nicht"),
    "ru": (r"(?<!\w)(\w{3,}(?:ал|ала|ало|али|ил|ила|ило|или|ел|ела|ели|ет|ит|ют|ут|ят|ат))(?!\w)", r"не \1"),
}
_FR_VERBS = r"\b(est|était|sont|étaient|a|avait|ont|avaient|peut|pouvait|fut|furent|sera|serait|doit|" \
            r"devait|fait|faisait|va|allait|reste|restait|semble|semblait)\b"
_REMOVE_NEG = {
    "en": [(r"\bcannot\b", "can"), (r"\b(\w+)n't\b", r"\1"), (r"\bnot\s+", ""), (r"\bnever\b", "always"),
           (r"\bnobody\b", "everybody"), (r"\bnothing\b", "everything"), (r"\bwithout\b", "with"),
           (r"\bno\s+", "some ")],
    "fr": [(r"\bne\s+(\S+)\s+pas\b", r"\1"), (r"\bn['’]\s?(\S+)\s+pas\b", r"\1"),
           (r"\bn['’]\s?(\S+)\s+jamais\b", r"\1 toujours"), (r"\bne\s+(\S+)\s+jamais\b", r"\1 toujours"),
           (r"\bsans\b", "avec"),
           (r"\b[Pp]ersonne ne\b", "Tout le monde")],
    "ru": [(r"(?<!\w)[Нн]е\s+", ""), (r"(?<!\w)никогда(?!\w)", "всегда"), (r"(?<!\w)без(?!\w)", "с"),
           (r"(?<!\w)[Нн]ет(?!\w)", "есть")],
    "de": [(r"\bnicht\s+", ""), (r"\bkein", "ein"), (r"\bniemals\b", "immer"), (r"\bnie\b", "immer"),
           (r"\bohne\b", "mit"), (r"\bnichts\b", "alles")],
}


def _flip_negation(text: str, lang: str) -> str | None:
    if _NEG_WORDS.search(text):
        for pattern, rep in _REMOVE_NEG.get(lang, []):
            if lang == "ru" and "Нн" in pattern and re.search(r"(?i)(?<!\w)ни\w*", text):
                continue  # "никто не" without "не" is still negative (and ungrammatical)
            new, n = re.subn(pattern, rep, text, count=1)
            if n and new != text:
                return new
        return None
    if lang == "fr":
        m = re.search(_FR_VERBS, text)
        if not m:
            return None
        verb = m.group(1)
        neg = f"n'{verb} pas" if verb[0] in "aeéiou" else f"ne {verb} pas"
        return text[: m.start()] + neg + text[m.end():]
    pattern, rep = _ADD_NEG.get(lang, (None, None))
    if pattern is None:
        return None
    new, n = re.subn(pattern, rep, text, count=1)
    return new if n else None


@dataclass
class Injected:
    source: str
    target: str
    kind: str | None
    original: str


def inject(pairs: list[tuple[str, str]], lang: str, rng: random.Random, rate: float = 0.5) -> list[Injected]:
    """Perturb about ``rate`` of the pairs, one kind each, chosen uniformly among those that apply."""
    targets = [t for _, t in pairs]
    name_pool = sorted({m.group() for t in targets for m in _mid_capitals(t)})
    clause_pool = [t[s:e] for t in targets for s, e in _clean_clauses(t) if e - s <= 90]
    counts = dict.fromkeys(INJECTED, 0)
    out = []
    for source, target in pairs:
        if rng.random() >= rate:
            out.append(Injected(source, target, None, target))
            continue
        kinds = list(INJECTED)
        rng.shuffle(kinds)
        kinds.sort(key=lambda k: counts[k])  # the least injected kind first, when it applies
        done = None
        for kind in kinds:
            if kind == "numbers":
                new = _change_number(target, lang, rng)
            elif kind == "names":
                new = _swap_name(target, source, name_pool, rng)
            elif kind == "omission":
                new = _drop_clause(target, rng)
            elif kind == "addition":
                others = [c for c in clause_pool if c not in target]
                new = _add_clause(target, others, rng)
            else:
                new = _flip_negation(target, lang)
            if new and new != target:
                done = (kind, new)
                break
        if done is None:
            out.append(Injected(source, target, None, target))
        else:
            counts[done[0]] += 1
            out.append(Injected(source, done[1], done[0], target))
    return out


# --- scoring ----------------------------------------------------------------------------

def average_precision(labels: list[bool], scores: list[float]) -> float:
    """Area under the precision-recall curve (step-wise, as scikit-learn computes it)."""
    order = np.argsort(-np.asarray(scores, dtype=float), kind="mergesort")
    y = np.asarray(labels, dtype=bool)[order]
    s = np.asarray(scores, dtype=float)[order]
    total = int(y.sum())
    if total == 0:
        return float("nan")
    ap, tp, prev_recall = 0.0, 0, 0.0
    i = 0
    while i < len(y):
        j = i
        while j + 1 < len(y) and s[j + 1] == s[i]:
            j += 1
        tp += int(y[i : j + 1].sum())
        precision = tp / (j + 1)
        recall = tp / total
        ap += (recall - prev_recall) * precision
        prev_recall = recall
        i = j + 1
    return ap


def prf(labels: list[bool], preds: list[bool]) -> tuple[float, float, int, int, int]:
    tp = sum(a and b for a, b in zip(labels, preds, strict=True))
    fp = sum(b and not a for a, b in zip(labels, preds, strict=True))
    fn = sum(a and not b for a, b in zip(labels, preds, strict=True))
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    return p, r, tp, fp, fn


def build_cases(seed: int, rate: float, material: str = "dev") -> list[tuple[str, str, str, list[Injected]]]:
    """The benchmark documents with their injected perturbations (deterministic per seed).

    ``dev``: Text+Berg dev (when present) and the own sentences, tuned on; ``blind``: the
    blind sentences only, kept for one held-out run on a frozen library.
    """
    if material not in MATERIALS:
        raise ValueError(f"unknown material {material!r}; expected one of {MATERIALS}")
    docs: list[tuple[str, str, str, list[tuple[str, str]]]] = []
    if material == "blind":
        docs.append(("blind en→fr", "en", "fr", own_pairs("fr", BLIND)))
        docs.append(("blind en→ru", "en", "ru", own_pairs("ru", BLIND)))
    else:
        if TEXTBERG.exists():
            docs.append(("text+berg dev de→fr", "de", "fr", textberg_dev_pairs()))
        docs.append(("own en→fr", "en", "fr", own_pairs("fr")))
        docs.append(("own en→ru", "en", "ru", own_pairs("ru")))
    rng = random.Random(seed)
    return [(name, sl, tl, inject(pairs, tl, rng, rate)) for name, sl, tl, pairs in docs]


def evaluate(cases: list[tuple[str, str, str, list[Injected]]], encoder, config: DriftConfig | None = None,
             show_errors: int = 0) -> dict:
    """Score every case document with drift and compare with what was injected."""
    rows = []
    t0 = time.perf_counter()
    for name, sl, tl, injected in cases:
        beads = [BeadPair((x.source,), (x.target,)) for x in injected]
        report = detect_drift(beads, sl, tl, encoder=encoder, config=config)
        for x, bead in zip(injected, report.beads, strict=True):
            rows.append({"doc": name, "kind": x.kind, "kinds": bead.kinds, "strengths": bead.strengths,
                         "score": bead.score, "source": x.source, "target": x.target,
                         "original": x.original,
                         "reasons": [f"{s.kind}: {s.reason}" for s in bead.signals]})
    elapsed = time.perf_counter() - t0
    result: dict = {"model": encoder.name, "pairs": len(rows),
                    "seconds": round(elapsed, 1), "docs": [c[0] for c in cases], "kinds": {}}
    for kind in INJECTED:
        labels = [r["kind"] == kind for r in rows]
        preds = [kind in r["kinds"] for r in rows]
        p, r, tp, fp, fn = prf(labels, preds)
        ap = average_precision(labels, [row["strengths"][kind] for row in rows])
        result["kinds"][kind] = {"n": sum(labels), "precision": p, "recall": r, "pr_auc": ap,
                                 "tp": tp, "fp": fp, "fn": fn}
    result["per_doc"] = {}
    for doc in result["docs"]:
        sub = [r for r in rows if r["doc"] == doc]
        per = {}
        for kind in INJECTED:
            p, r, tp, fp, fn = prf([x["kind"] == kind for x in sub], [kind in x["kinds"] for x in sub])
            per[kind] = {"precision": p, "recall": r, "tp": tp, "fp": fp, "fn": fn}
        result["per_doc"][doc] = per
    # every flag of an injected kind, right when that kind was injected in that bead
    flags = [(r["kind"], k) for r in rows for k in r["kinds"] if k in INJECTED]
    correct = sum(inj == k for inj, k in flags)
    result["overall_kind_precision"] = correct / len(flags) if flags else float("nan")
    labels = [r["kind"] is not None for r in rows]
    preds = [bool(r["kinds"]) for r in rows]
    p, r, tp, fp, fn = prf(labels, preds)
    result["bead_level"] = {"precision": p, "recall": r, "pr_auc": average_precision(
        labels, [row["score"] for row in rows]), "tp": tp, "fp": fp, "fn": fn}
    result["injected"] = sum(labels)
    if show_errors:
        misses = [r for r in rows if r["kind"] and r["kind"] not in r["kinds"]]
        false = [r for r in rows if any(k in INJECTED and k != r["kind"] for k in r["kinds"])]
        result["examples_missed"] = misses[:show_errors]
        result["examples_false"] = false[:show_errors]
    return result


def run(model: str, seed: int, rate: float, config: DriftConfig | None = None,
        show_errors: int = 0, cache: str | None = None, material: str = "dev") -> dict:
    from models.cache import CachedEncoder
    from models.registry import load_encoder

    encoder = CachedEncoder(load_encoder(model), path=cache)
    result = evaluate(build_cases(seed, rate, material), encoder, config, show_errors)
    result["seed"], result["rate"] = seed, rate
    if material != "dev":
        result["material"] = material
    return result


def dry_run(seed: int, rate: float, material: str = "dev") -> dict:
    """What would be scored: pairs and injections per kind and document (no model, no detection)."""
    out: dict = {"material": material, "seed": seed, "rate": rate, "docs": {}}
    for name, _sl, _tl, injected in build_cases(seed, rate, material):
        counts = {kind: sum(x.kind == kind for x in injected) for kind in INJECTED}
        out["docs"][name] = {"pairs": len(injected), "injected": sum(counts.values()), **counts}
    out["total"] = {key: sum(d[key] for d in out["docs"].values())
                    for key in ("pairs", "injected", *INJECTED)}
    return out


def to_markdown(result: dict) -> str:
    lines = [f"Model `{short_name(result['model'])}`, seed {result['seed']}, {result['pairs']} pairs "
             f"({result['injected']} perturbed) in {len(result['docs'])} documents: "
             + ", ".join(result["docs"]) + ".", "",
             "| kind | injected | precision | recall | PR-AUC |", "|---|---|---|---|---|"]
    for kind, m in result["kinds"].items():
        lines.append(f"| {kind} | {m['n']} | {m['precision']:.2f} | {m['recall']:.2f} | {m['pr_auc']:.2f} |")
    b = result["bead_level"]
    lines.append(f"| any kind (bead flagged) | {result['injected']} | {b['precision']:.2f} | "
                 f"{b['recall']:.2f} | {b['pr_auc']:.2f} |")
    lines.append("")
    lines.append("Per document (precision / recall): " + "; ".join(
        f"{doc}: " + ", ".join(f"{k} {m['precision']:.2f}/{m['recall']:.2f}" for k, m in per.items())
        for doc, per in result.get("per_doc", {}).items()))
    lines.append("")
    lines.append(f"Precision over all flags of the five kinds (right kind in the right bead): "
                 f"{result['overall_kind_precision']:.2f}. Scoring took {result['seconds']} s.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="use-m3")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--rate", type=float, default=0.5)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show-errors", type=int, default=0)
    parser.add_argument("--cache", default=None, help="embedding cache file (SQLite) to reuse between runs")
    parser.add_argument("--material", choices=MATERIALS, default="dev",
                        help="dev (Text+Berg dev and own sentences; tuned on) or blind (held out: run once, "
                             "on a frozen library)")
    parser.add_argument("--dry-run", action="store_true",
                        help="only build the documents and injections and print their counts (no model)")
    args = parser.parse_args(argv)
    if args.dry_run:
        counts = dry_run(args.seed, args.rate, args.material)
        if args.json:
            print(json.dumps(counts, ensure_ascii=False, indent=1))
        else:
            print(f"{args.material} material, seed {args.seed}, rate {args.rate} (dry run: nothing scored)")
            for name, d in {**counts["docs"], "total": counts["total"]}.items():
                print(f"{name}: {d['pairs']} pairs, {d['injected']} injected ("
                      + ", ".join(f"{k} {d[k]}" for k in INJECTED) + ")")
        return 0
    result = run(args.model, args.seed, args.rate, show_errors=args.show_errors, cache=args.cache,
                 material=args.material)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1, default=float))
    else:
        print(to_markdown(result))
        for key in ("examples_missed", "examples_false"):
            for r in result.get(key, []):
                print(f"\n[{key}] {r['doc']} injected={r['kind']} flagged={r['kinds']}\n  S: {r['source']}\n"
                      f"  T: {r['target']}\n  O: {r['original']}\n  " + "\n  ".join(r["reasons"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
