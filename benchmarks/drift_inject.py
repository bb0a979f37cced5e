"""Injected-drift benchmark: perturb real translations on purpose and see what drift finds.

Material: the Text+Berg *dev* document (German–French, its gold 1:1 pairs, read from
``../shared/bench``) and the English–French–Russian sentences written for this project
(``benchmarks/data/drift_sentences.tsv``; en→fr and en→ru). With a fixed seed, a share ``--rate``
of the pairs of each document (default 0.05, as in real translations; 0.5 was the old benchmark)
are perturbed on the target side, one kind each:

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
are never perturbed nor tuned on (``textberg-test`` only counts their flags); the seed article is
never used here.

False alarms per 100 untouched pairs, PR-AUC and the precision of the top 10 / 25 of each
document's review queue are reported beside precision and recall; ``--seeds 21-30`` pools seeds.
``--material textberg-test`` scores the Text+Berg test documents' gold 1:1 pairs *untouched* and
counts flags per 100 pairs (``--list-flags FILE`` lists them for a human verdict); they only report.

``--material blind`` scores only ``benchmarks/data/drift_blind.tsv`` instead (other domains,
written after the library was tuned, as an en→fr and an en→ru document): a held-out test to
run once on a frozen library, never to tune on. ``--dry-run`` builds the documents and the
injections and prints their counts, without loading a model or running detection.

    .venv/bin/python benchmarks/drift_inject.py [--model use-m3] [--seeds 21-30] [--rate 0.05] [--json]
    .venv/bin/python benchmarks/drift_inject.py --rate 0.5 --sampling bernoulli --seed 13   # the old figures
    .venv/bin/python benchmarks/drift_inject.py --material textberg-test --list-flags flags.md
    .venv/bin/python benchmarks/drift_inject.py --material blind --dry-run
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from drift_metrics import (  # noqa: E402
    TOP_K,
    false_alarms_per_100,
    kind_figures,
    mean,
    top_k_ceiling,
    top_k_precision,
    value_range,
)

from alignment.drift import KINDS, BeadPair, DriftConfig, detect_drift  # noqa: E402

SHARED = ROOT / ".." / "shared"
TEXTBERG = SHARED / "bench" / "text-berg-de-fr"
OWN = ROOT / "benchmarks" / "data" / "drift_sentences.tsv"
BLIND = ROOT / "benchmarks" / "data" / "drift_blind.tsv"
MATERIALS = ("dev", "blind", "textberg-test")
SAMPLINGS = ("exact", "bernoulli")
INJECTED = ("numbers", "names", "omission", "addition", "reversal")


def short_name(name: str) -> str:
    """A model name without its package versions and weight hashes."""
    return re.sub(r"\|[^;\]]*", "", name)


# --- material ---------------------------------------------------------------------------

def textberg_pairs(name: str) -> list[tuple[str, str]]:
    """The gold 1:1 sentence pairs (de, fr) of one Text+Berg document (``dev``, ``test0``…)."""
    de = (TEXTBERG / f"{name}.de").read_text(encoding="utf-8").splitlines()
    fr = (TEXTBERG / f"{name}.fr").read_text(encoding="utf-8").splitlines()
    pairs = []
    for line in (TEXTBERG / f"{name}.defr").read_text(encoding="utf-8").splitlines():
        m = re.fullmatch(r"\[(\d+)\]:\[(\d+)\]", line.strip())
        if m:
            pairs.append((de[int(m.group(1))].strip(), fr[int(m.group(2))].strip()))
    return pairs


def textberg_dev_pairs() -> list[tuple[str, str]]:
    """The gold 1:1 sentence pairs of the Text+Berg dev document (de, fr)."""
    return textberg_pairs("dev")


def textberg_test_names() -> list[str]:
    """The Text+Berg test documents present (test0, test1, … in natural order)."""
    found = [p.stem for p in TEXTBERG.glob("test*.defr")]
    return sorted(found, key=lambda n: int(re.sub(r"\D", "", n) or 0))


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


def _apply(kind: str, source: str, target: str, lang: str, rng: random.Random,
           name_pool: list[str], clause_pool: list[str]) -> str | None:
    """``target`` with one edit of ``kind``, or None when that kind does not apply to it."""
    if kind == "numbers":
        new = _change_number(target, lang, rng)
    elif kind == "names":
        new = _swap_name(target, source, name_pool, rng)
    elif kind == "omission":
        new = _drop_clause(target, rng)
    elif kind == "addition":
        new = _add_clause(target, [c for c in clause_pool if c not in target], rng)
    else:
        new = _flip_negation(target, lang)
    return new if new and new != target else None


def _least_injected(kinds: list[str], counts: dict[str, int], rng: random.Random) -> list[str]:
    kinds = list(kinds)
    rng.shuffle(kinds)
    return sorted(kinds, key=lambda k: counts[k])


def target_count(n_pairs: int, rate: float) -> int:
    """How many of a document's pairs ``exact`` sampling perturbs: rate·N rounded half up."""
    return math.floor(rate * n_pairs + 0.5)


def inject(pairs: list[tuple[str, str]], lang: str, rng: random.Random, rate: float = 0.5,
           sampling: str = "bernoulli", counts: dict[str, int] | None = None) -> list[Injected]:
    """Perturb ``rate`` of the pairs, one kind each, the kinds kept balanced.

    ``bernoulli`` (the behaviour before issue 16, and what ``drift_fit.py`` tuned on) tosses a coin
    per pair and edits it with the least injected kind that applies, so a 42-pair document at 5 %
    gets anywhere from 0 to 6. ``exact`` perturbs ``target_count(N, rate)`` pairs: it picks the least
    injected kind first (``counts``, which may be shared by the documents of one seed), then the
    next pair, in a seeded random order, that kind applies to, so a few edits still spread over the
    kinds (fewer edits only if too few pairs can be edited at all).
    """
    if sampling not in SAMPLINGS:
        raise ValueError(f"unknown sampling {sampling!r}; expected one of {SAMPLINGS}")
    targets = [t for _, t in pairs]
    name_pool = sorted({m.group() for t in targets for m in _mid_capitals(t)})
    clause_pool = [t[s:e] for t in targets for s, e in _clean_clauses(t) if e - s <= 90]
    counts = dict.fromkeys(INJECTED, 0) if counts is None else counts
    out = [Injected(source, target, None, target) for source, target in pairs]
    if sampling == "bernoulli":
        for i, (source, target) in enumerate(pairs):
            if rng.random() >= rate:
                continue
            for kind in _least_injected(list(INJECTED), counts, rng):
                new = _apply(kind, source, target, lang, rng, name_pool, clause_pool)
                if new is not None:
                    counts[kind] += 1
                    out[i] = Injected(source, new, kind, target)
                    break
        return out
    order = rng.sample(range(len(pairs)), len(pairs))
    open_kinds, done, wanted = list(INJECTED), 0, target_count(len(pairs), rate)
    while done < wanted and open_kinds:
        kind = _least_injected(open_kinds, counts, rng)[0]
        for i in order:
            if out[i].kind is not None:
                continue
            source, target = pairs[i]
            new = _apply(kind, source, target, lang, rng, name_pool, clause_pool)
            if new is not None:
                counts[kind] += 1
                out[i] = Injected(source, new, kind, target)
                done += 1
                break
        else:
            open_kinds.remove(kind)  # no pair left that this kind applies to
    return out


def build_cases(seed: int, rate: float, material: str = "dev", sampling: str = "bernoulli",
                ) -> list[tuple[str, str, str, list[Injected]]]:
    """The benchmark documents with their injected perturbations (deterministic per seed).

    ``dev``: Text+Berg dev (when present) and the own sentences, tuned on; ``blind``: the
    blind sentences only, kept for one held-out run on a frozen library; ``textberg-test``: the
    Text+Berg test documents' gold 1:1 pairs, never perturbed (they only report).
    """
    if material not in MATERIALS:
        raise ValueError(f"unknown material {material!r}; expected one of {MATERIALS}")
    docs: list[tuple[str, str, str, list[tuple[str, str]]]] = []
    if material == "textberg-test":
        return [(f"text+berg {name} de→fr", "de", "fr",
                 [Injected(s, t, None, t) for s, t in textberg_pairs(name)])
                for name in textberg_test_names()]
    if material == "blind":
        docs.append(("blind en→fr", "en", "fr", own_pairs("fr", BLIND)))
        docs.append(("blind en→ru", "en", "ru", own_pairs("ru", BLIND)))
    else:
        if TEXTBERG.exists():
            docs.append(("text+berg dev de→fr", "de", "fr", textberg_dev_pairs()))
        docs.append(("own en→fr", "en", "fr", own_pairs("fr")))
        docs.append(("own en→ru", "en", "ru", own_pairs("ru")))
    rng = random.Random(seed)
    # exact sampling balances the kinds over the seed's documents together (a 42-pair document gets 2)
    shared = dict.fromkeys(INJECTED, 0) if sampling == "exact" else None
    return [(name, sl, tl, inject(pairs, tl, rng, rate, sampling, shared)) for name, sl, tl, pairs in docs]


def score_cases(cases: list[tuple[str, str, str, list[Injected]]], encoder, config: DriftConfig | None = None,
                seed: int | None = None) -> list[dict]:
    """One row per pair: what was injected, and what drift made of it (each document scored as a whole)."""
    rows = []
    for name, sl, tl, injected in cases:
        beads = [BeadPair((x.source,), (x.target,)) for x in injected]
        report = detect_drift(beads, sl, tl, encoder=encoder, config=config)
        for i, (x, bead) in enumerate(zip(injected, report.beads, strict=True)):
            rows.append({"seed": seed, "doc": name, "index": i, "kind": x.kind, "kinds": bead.kinds,
                         "strengths": bead.strengths, "score": bead.score, "source": x.source,
                         "target": x.target, "original": x.original,
                         "reasons": [f"{s.kind}: {s.reason}" for s in bead.signals]})
    return rows


def _queues(rows: list[dict]) -> list[list[dict]]:
    """The rows of each (seed, document): one review queue each."""
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        groups.setdefault((r["seed"], r["doc"]), []).append(r)
    return list(groups.values())


def _bead_figures(rows: list[dict]) -> dict:
    """Bead level (flagged by any kind vs perturbed), with the top-k precision of the review queues.

    Top-k is computed on each document's own queue (per seed), then averaged over those queues
    without weights; ``ceiling`` is the same average for a perfect ranking.
    """
    untouched = [r["kind"] is None for r in rows]
    out = kind_figures([not u for u in untouched], [bool(r["kinds"]) for r in rows], untouched,
                       [r["score"] for r in rows])
    queues = _queues(rows)
    for k in TOP_K:
        out[f"top{k}"] = mean([top_k_precision([r["kind"] is not None for r in q], [r["score"] for r in q], k)
                               for q in queues])
        out[f"top{k}_ceiling"] = mean([top_k_ceiling([r["kind"] is not None for r in q], k) for q in queues])
    return out


def summarise(rows: list[dict]) -> dict:
    """Per injected kind and at bead level: precision, recall, false alarms per 100 untouched, PR-AUC."""
    untouched = [r["kind"] is None for r in rows]
    result: dict = {"pairs": len(rows), "injected": untouched.count(False), "untouched": sum(untouched),
                    "kinds": {}}
    for kind in INJECTED:
        result["kinds"][kind] = kind_figures([r["kind"] == kind for r in rows],
                                             [kind in r["kinds"] for r in rows],
                                             untouched, [r["strengths"][kind] for r in rows])
    result["false_alarms_per_100_by_kind"] = {
        kind: false_alarms_per_100(untouched, [kind in r["kinds"] for r in rows]) for kind in KINDS}
    # every flag of an injected kind, right when that kind was injected in that bead
    flags = [(r["kind"], k) for r in rows for k in r["kinds"] if k in INJECTED]
    correct = sum(inj == k for inj, k in flags)
    result["overall_kind_precision"] = correct / len(flags) if flags else float("nan")
    result["bead_level"] = _bead_figures(rows)
    result["per_doc"] = {}
    for doc in dict.fromkeys(r["doc"] for r in rows):
        sub = [r for r in rows if r["doc"] == doc]
        sub_untouched = [r["kind"] is None for r in sub]
        result["per_doc"][doc] = {
            "pairs": len(sub), "injected": sub_untouched.count(False), "bead_level": _bead_figures(sub),
            "kinds": {kind: kind_figures([r["kind"] == kind for r in sub], [kind in r["kinds"] for r in sub],
                                         sub_untouched, [r["strengths"][kind] for r in sub])
                      for kind in INJECTED}}
    return result


RANGED = ("precision", "recall", "false_alarms_per_100", "pr_auc")


def seed_ranges(per_seed: dict[int, dict]) -> dict:
    """(min, max) over the seeds of each kind's and the bead level's figures."""
    out: dict = {"kinds": {}, "bead_level": {}}
    for kind in INJECTED:
        out["kinds"][kind] = {m: value_range([s["kinds"][kind][m] for s in per_seed.values()])
                              for m in RANGED}
    for m in (*RANGED, *(f"top{k}" for k in TOP_K)):
        out["bead_level"][m] = value_range([s["bead_level"][m] for s in per_seed.values()])
    return out


def evaluate(cases: list[tuple[str, str, str, list[Injected]]], encoder, config: DriftConfig | None = None,
             show_errors: int = 0) -> dict:
    """Score every case document with drift and compare with what was injected."""
    t0 = time.perf_counter()
    rows = score_cases(cases, encoder, config)
    result = {"model": encoder.name, "seconds": round(time.perf_counter() - t0, 1),
              "docs": [c[0] for c in cases], **summarise(rows)}
    if show_errors:
        result.update(_examples(rows, show_errors))
    return result


def _examples(rows: list[dict], n: int) -> dict:
    misses = [r for r in rows if r["kind"] and r["kind"] not in r["kinds"]]
    false = [r for r in rows if any(k in INJECTED and k != r["kind"] for k in r["kinds"])]
    return {"examples_missed": misses[:n], "examples_false": false[:n]}


def run(model: str, seeds: list[int], rate: float, config: DriftConfig | None = None,
        show_errors: int = 0, cache: str | None = None, material: str = "dev",
        sampling: str = "exact", encoder=None) -> dict:
    """Inject and score each seed; pooled figures over all seeds, each seed's, and their ranges."""
    if encoder is None:
        from models.cache import CachedEncoder
        from models.registry import load_encoder

        encoder = CachedEncoder(load_encoder(model), path=cache)
    t0 = time.perf_counter()
    rows: list[dict] = []
    per_seed: dict[int, dict] = {}
    docs: list[str] = []
    for seed in seeds:
        cases = build_cases(seed, rate, material, sampling)
        docs = [c[0] for c in cases]
        seed_rows = score_cases(cases, encoder, config, seed)
        per_seed[seed] = summarise(seed_rows)
        rows += seed_rows
    result = {"model": encoder.name, "material": material, "seeds": seeds, "rate": rate, "sampling": sampling,
              "docs": docs, **summarise(rows), "seconds": round(time.perf_counter() - t0, 1)}
    if len(seeds) == 1:
        result["seed"] = seeds[0]
    else:
        result["per_seed"] = per_seed
        result["ranges"] = seed_ranges(per_seed)
    if show_errors:
        result.update(_examples(rows, show_errors))
    return result


def natural_flags(model: str, cache: str | None = None, config: DriftConfig | None = None,
                  encoder=None) -> dict:
    """The Text+Berg test documents scored untouched: flags per 100 pairs, per kind, and every flag."""
    if encoder is None:
        from models.cache import CachedEncoder
        from models.registry import load_encoder

        encoder = CachedEncoder(load_encoder(model), path=cache)
    t0 = time.perf_counter()
    rows = score_cases(build_cases(0, 0.0, "textberg-test"), encoder, config)
    flagged = [r for r in rows if r["kinds"]]
    n = len(rows)
    per_doc = {}
    for doc in dict.fromkeys(r["doc"] for r in rows):
        sub = [r for r in rows if r["doc"] == doc]
        hits = sum(bool(r["kinds"]) for r in sub)
        per_doc[doc] = {"pairs": len(sub), "flagged": hits, "per_100": 100.0 * hits / len(sub)}
    kinds = {kind: sum(kind in r["kinds"] for r in rows) for kind in KINDS}
    return {"model": encoder.name, "material": "textberg-test", "pairs": n, "flagged": len(flagged),
            "flags_per_100": 100.0 * len(flagged) / n if n else float("nan"),
            "kinds": {k: {"flagged": c, "per_100": 100.0 * c / n if n else float("nan")}
                      for k, c in kinds.items()},
            "per_doc": per_doc, "seconds": round(time.perf_counter() - t0, 1),
            "flags": [{"doc": r["doc"], "pair": r["index"] + 1, "source": r["source"], "target": r["target"],
                       "kinds": r["kinds"], "score": r["score"], "reasons": r["reasons"]} for r in flagged]}


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def flags_markdown(result: dict, command: str = "") -> str:
    """Every flagged natural pair as a Markdown table, with an empty verdict column for a reader."""
    lines = ["# Drift flags on the Text+Berg test documents (untouched gold 1:1 pairs)", "",
             f"Model `{short_name(result['model'])}`: {result['flagged']} of {result['pairs']} pairs flagged "
             f"({result['flags_per_100']:.1f} per 100)." + (f" Command: `{command}`." if command else ""),
             "Verdict: *drift* (a natural difference a reviser would want to see) or *false alarm*.", "",
             "| # | document | pair | source (de) | target (fr) | kinds | reasons | verdict |",
             "|---|---|---|---|---|---|---|---|"]
    for i, f in enumerate(result["flags"], 1):
        lines.append(f"| {i} | {f['doc']} | {f['pair']} | {_cell(f['source'])} | {_cell(f['target'])} | "
                     f"{', '.join(f['kinds'])} | {_cell('; '.join(f['reasons']))} |  |")
    return "\n".join(lines) + "\n"


def natural_markdown(result: dict) -> str:
    lines = [f"Model `{short_name(result['model'])}`, Text+Berg test documents untouched: "
             f"{result['pairs']} gold 1:1 pairs, {result['flagged']} flagged = "
             f"**{result['flags_per_100']:.1f} per 100 pairs**.", "",
             "| kind | flagged | per 100 pairs |", "|---|---|---|"]
    for kind, m in result["kinds"].items():
        lines.append(f"| {kind} | {m['flagged']} | {m['per_100']:.1f} |")
    lines.append("")
    lines.append("Per document: " + "; ".join(f"{d} {m['flagged']}/{m['pairs']} ({m['per_100']:.1f})"
                                              for d, m in result["per_doc"].items()))
    lines.append(f"Scoring took {result['seconds']} s.")
    for i, f in enumerate(result["flags"], 1):
        lines.append(f"\n[{i}] {f['doc']} pair {f['pair']} {f['kinds']}\n  S: {f['source']}\n"
                     f"  T: {f['target']}\n  " + "\n  ".join(f["reasons"]))
    return "\n".join(lines)


def _fmt(x: float, digits: int = 2) -> str:
    return "–" if math.isnan(x) else f"{x:.{digits}f}"


def _rng(pair: tuple[float, float], digits: int = 2) -> str:
    return f"{_fmt(pair[0], digits)}–{_fmt(pair[1], digits)}"


def to_markdown(result: dict) -> str:
    seeds = result.get("seeds", [result.get("seed")])
    ranged = "ranges" in result
    label = f"seeds {seeds[0]}–{seeds[-1]} pooled" if ranged else f"seed {seeds[0]}"
    lines = [f"Model `{short_name(result['model'])}`, {label}, rate {result.get('rate')} "
             f"({result.get('sampling', 'bernoulli')}): {result['pairs']} pairs ({result['injected']} "
             f"perturbed, {result['untouched']} untouched) in {len(result['docs'])} documents: "
             + ", ".join(result["docs"]) + ".",
             "", "| kind | injected | precision | recall | false alarms / 100 untouched | PR-AUC |"
             + (" recall, per seed | false alarms / 100, per seed |" if ranged else ""),
             "|---|---|---|---|---|---|" + ("---|---|" if ranged else "")]
    for kind, m in [*result["kinds"].items(), ("bead (any kind)", result["bead_level"])]:
        row = (f"| {kind} | {m['n']} | {_fmt(m['precision'])} | {_fmt(m['recall'])} | "
               f"{_fmt(m['false_alarms_per_100'], 1)} | {_fmt(m['pr_auc'])} |")
        if ranged:
            ranges = result["ranges"]
            rg = ranges["bead_level"] if kind.startswith("bead") else ranges["kinds"][kind]
            row += f" {_rng(rg['recall'])} | {_rng(rg['false_alarms_per_100'], 1)} |"
        lines.append(row)
    b = result["bead_level"]
    lines.append("")
    lines.append("Review queue (beads by drift score, each document's own queue, averaged over documents"
                 + (" and seeds" if ranged else "") + "): " + "; ".join(
                     f"top-{k} precision {_fmt(b[f'top{k}'])} (perfect ranking {_fmt(b[f'top{k}_ceiling'])}"
                     + (f", per seed {_rng(result['ranges']['bead_level'][f'top{k}'])}" if ranged else "")
                     + ")"
                     for k in TOP_K) + ".")
    lines.append("False alarms per 100 untouched pairs by flag kind: " + ", ".join(
        f"{k} {_fmt(v, 1)}" for k, v in result["false_alarms_per_100_by_kind"].items()) + ".")
    lines.append("Per document (bead precision / recall / false alarms per 100 / top-10 / top-25): "
                 + "; ".join(
        f"{doc}: {_fmt(d['bead_level']['precision'])} / {_fmt(d['bead_level']['recall'])} / "
        f"{_fmt(d['bead_level']['false_alarms_per_100'], 1)} / {_fmt(d['bead_level']['top10'])} / "
        f"{_fmt(d['bead_level']['top25'])}" for doc, d in result["per_doc"].items()) + ".")
    lines.append(f"Precision over all flags of the five kinds (right kind in the right bead): "
                 f"{_fmt(result['overall_kind_precision'])}. Scoring took {result['seconds']} s.")
    return "\n".join(lines)


def parse_seeds(text: str) -> list[int]:
    """``21-30`` → 21…30; ``21,23`` → [21, 23]; ValueError with a one-line message otherwise."""
    seeds: list[int] = []
    for part in text.split(","):
        m = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?", part)
        if not m or (m.group(2) and int(m.group(2)) < int(m.group(1))):
            raise ValueError(f"bad seed range {text!r}: expected e.g. 21-30 or 21,22,25")
        seeds += range(int(m.group(1)), int(m.group(2) or m.group(1)) + 1)
    return seeds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="use-m3")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--seeds", default=None, help="several seeds pooled, e.g. 21-30 (overrides --seed)")
    parser.add_argument("--rate", type=float, default=0.05,
                        help="share of each document's pairs to perturb (default 0.05; 0.5: the old one)")
    parser.add_argument("--sampling", choices=SAMPLINGS, default="exact",
                        help="exact: round(rate·N) pairs per document (default); bernoulli: a coin per "
                             "pair, as before issue 16 (--rate 0.5 --sampling bernoulli: earlier figures)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show-errors", type=int, default=0)
    parser.add_argument("--cache", default=None, help="embedding cache file (SQLite) to reuse between runs")
    parser.add_argument("--material", choices=MATERIALS, default="dev",
                        help="dev (Text+Berg dev and own sentences; tuned on), blind (held out: run once, "
                             "on a frozen library) or textberg-test (Text+Berg test gold pairs, untouched; "
                             "reports flags per 100 pairs)")
    parser.add_argument("--list-flags", default=None, metavar="FILE",
                        help="with --material textberg-test: write every flagged pair to FILE (Markdown)")
    parser.add_argument("--dry-run", action="store_true",
                        help="only build the documents and injections and print their counts (no model)")
    args = parser.parse_args(argv)
    if not 0.0 < args.rate <= 1.0:
        parser.error(f"--rate must be in (0, 1], got {args.rate}")
    if args.list_flags and args.material != "textberg-test":
        parser.error("--list-flags only goes with --material textberg-test")
    try:
        seeds = parse_seeds(args.seeds) if args.seeds else [args.seed]
    except ValueError as exc:
        parser.error(str(exc))
    if args.dry_run:
        counts = [dry_run(seed, args.rate, args.material, args.sampling) for seed in seeds]
        if args.json:
            print(json.dumps(counts if len(counts) > 1 else counts[0], ensure_ascii=False, indent=1))
            return 0
        for c in counts:
            print(f"{args.material} material, seed {c['seed']}, rate {args.rate} ({args.sampling}; dry run: "
                  "nothing scored)")
            for name, d in {**c["docs"], "total": c["total"]}.items():
                print(f"{name}: {d['pairs']} pairs, {d['injected']} injected ("
                      + ", ".join(f"{k} {d[k]}" for k in INJECTED) + ")")
        return 0
    if args.material == "textberg-test":
        if not TEXTBERG.exists():
            parser.error(f"no Text+Berg benchmark at {TEXTBERG}")
        result = natural_flags(args.model, cache=args.cache)
        if args.list_flags:
            command = "benchmarks/drift_inject.py " + " ".join(argv if argv is not None else sys.argv[1:])
            Path(args.list_flags).write_text(flags_markdown(result, command), encoding="utf-8")
        print(json.dumps(result, ensure_ascii=False, indent=1, default=float) if args.json
              else natural_markdown(result))
        return 0
    result = run(args.model, seeds, args.rate, show_errors=args.show_errors, cache=args.cache,
                 material=args.material, sampling=args.sampling)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1, default=float))
    else:
        print(to_markdown(result))
        for key in ("examples_missed", "examples_false"):
            for r in result.get(key, []):
                print(f"\n[{key}] seed {r['seed']} {r['doc']} injected={r['kind']} flagged={r['kinds']}\n"
                      f"  S: {r['source']}\n  T: {r['target']}\n  O: {r['original']}\n  "
                      + "\n  ".join(r["reasons"]))
    return 0


def dry_run(seed: int, rate: float, material: str = "dev", sampling: str = "exact") -> dict:
    """What would be scored: pairs and injections per kind and document (no model, no detection)."""
    out: dict = {"material": material, "seed": seed, "rate": rate, "sampling": sampling, "docs": {}}
    for name, _sl, _tl, injected in build_cases(seed, rate, material, sampling):
        counts = {kind: sum(x.kind == kind for x in injected) for kind in INJECTED}
        out["docs"][name] = {"pairs": len(injected), "injected": sum(counts.values()), **counts}
    out["total"] = {key: sum(d[key] for d in out["docs"].values())
                    for key in ("pairs", "injected", *INJECTED)}
    return out


if __name__ == "__main__":
    sys.exit(main())
