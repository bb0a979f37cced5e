"""What the language-data readers make of a fixed corpus, written out so that two versions compare.

Moving word lists out of the code into data files (``alignment/data/*.json``) must not change a
single result. This runs every reader of that data (numbers, names, negation, qualifiers,
modality and claims, content words) over a fixed corpus and writes all their outputs as one JSON
file; two runs are the same when the files are byte-identical (``md5sum``).

Corpus: every line of ``../shared/seed/*.txt`` and ``../shared/seed/ru/*.txt``, the sentences of
``benchmarks/data/drift_sentences.tsv``, ``drift_natural_blind*.tsv`` and ``en_fr_ru.tsv``
(paired by row: en–fr, en–ru, fr–ru) and the Text+Berg German–French development document
(``../shared/bench/text-berg-de-fr/dev.*``, paired by its gold beads) for German.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/language_data_snapshot.py --out /tmp/snapshot.json
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from alignment import claims, modality, names, negation, numbers, qualifiers, wordcover  # noqa: E402

SHARED = ROOT / ".." / "shared"
DATA = ROOT / "benchmarks" / "data"
TSV_FILES = ["drift_sentences.tsv", "drift_natural_blind.tsv", "drift_natural_blind2.tsv"]
LANG_PAIRS = (("en", "fr"), ("en", "ru"), ("fr", "ru"))
CLAIM_KINDS = ("strong_modal", "weak_modal", "universal", "partial", "sentence_hedge")

Pair = tuple[str, str, str, str]  # source, source language, target, target language


def _lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def corpus() -> tuple[dict[str, list[tuple[str, str]]], dict[str, list[Pair]]]:
    """Texts ((lang, text) per corpus name) and sentence pairs (per corpus name), in a fixed order."""
    texts: dict[str, list[tuple[str, str]]] = {}
    pairs: dict[str, list[Pair]] = {}
    seed = SHARED / "seed"
    for path in sorted(seed.glob("*.txt")) + sorted((seed / "ru").glob("*.txt")):
        lang = path.name.split(".")[-2]
        texts[f"seed/{path.name}"] = [(lang, line) for line in _lines(path)]
    for name in TSV_FILES:
        with (DATA / name).open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        texts[name] = [(lang, row[lang]) for row in rows for lang in ("en", "fr", "ru") if row.get(lang)]
        pairs[name] = [(row[a], a, row[b], b) for row in rows for a, b in LANG_PAIRS
                       if row.get(a) and row.get(b)]
    rows3 = [line.split("\t") for line in _lines(DATA / "en_fr_ru.tsv") if not line.startswith("#")]
    texts["en_fr_ru.tsv"] = [(lang, row[k]) for row in rows3 for k, lang in enumerate(("en", "fr", "ru"))]
    pairs["en_fr_ru.tsv"] = [(row[("en", "fr", "ru").index(a)], a, row[("en", "fr", "ru").index(b)], b)
                             for row in rows3 for a, b in LANG_PAIRS]
    bench = SHARED / "bench" / "text-berg-de-fr"
    de = (bench / "dev.de").read_text(encoding="utf-8").splitlines()
    fr = (bench / "dev.fr").read_text(encoding="utf-8").splitlines()
    texts["text-berg/dev"] = [("de", s) for s in de if s.strip()] + [("fr", s) for s in fr if s.strip()]
    beads = []
    for line in _lines(bench / "dev.defr"):
        src, tgt = (json.loads(side) for side in line.split(":"))
        if src and tgt:
            beads.append((" ".join(de[k] for k in src), "de", " ".join(fr[k] for k in tgt), "fr"))
    pairs["text-berg/dev"] = beads
    return texts, pairs


def _number(text: str, m: numbers.NumberMention) -> list:
    return [list(m.key), m.text, m.start, m.end, m.label, numbers.is_locator(text, m),
            numbers.roman_present(text, m)]


def _cues(cues: Iterable[negation.NegationCue]) -> list:
    return [[c.text, c.start, c.end] for c in cues]


def _names(mentions: Iterable[names.NameMention]) -> list:
    return [[m.text, m.start, m.end, m.confidence] for m in mentions]


def per_text(lang: str, text: str) -> dict:
    """Everything the single-text readers say about ``text``."""
    mentions = numbers.extract_numbers(text, lang)
    cues = negation.negation_cues(text, lang)
    capitals = [w for w, _s, _e, _i in names.capitalised_words(text)]
    out = {
        "numbers": [_number(text, m) for m in mentions],
        "names": _names(names.find_names(text, lang, "source")),
        "names_heading": _names(names.find_names(text, lang, "source", heading=True)),
        "capitals": [[w, names.skeleton(w), names.exonym_group(w), list(names._variants(w)),
                      names.common_word_lemma(w, lang)] for w in capitals],
        "negation": _cues(cues),
        "soft": _cues(negation.soft_negations(text, lang)),
        "antonym": _cues(negation.antonym_negatives(text, lang)),
        "lexical": _cues(negation.lexical_negatives(text, lang)),
        "word_negatives": _cues(negation.word_negatives(text, lang)),
        "adjectival": _cues(negation.adjectival_negations(cues)),
        "ability": _cues(negation.ability_negations(text, lang, cues)),
        "nominal": _cues(negation.nominal_negations(cues, lang)),
        "weak": _cues(negation.weak_negations(text, cues, lang)),
        "quantities": [[list(q.key), q.qualifier, q.words, q.start, q.end]
                       for q in qualifiers.quantities(text, lang)],
        "hedge": modality.modal_words(text, lang, "hedge"),
        "certain": modality.modal_words(text, lang, "certain"),
        "claims": {kind: claims.claim_words(text, lang, kind) for kind in CLAIM_KINDS},
        "content_words": wordcover.content_words(text, lang),
    }
    if re.search(r"[\u0400-\u04ff]", text):
        out["transliterated"] = {scheme: names.transliterate(text, scheme)
                                 for scheme in sorted(names.transliteration_schemes())}
    return out


def per_pair(pair: Pair, ctx: names.NameContext) -> dict:
    """Everything the two-sided readers say about a sentence pair."""
    a, la, b, lb = pair
    num_a, num_b = numbers.extract_numbers(a, la), numbers.extract_numbers(b, lb)
    only_a, only_b = numbers.compare_numbers(num_a, num_b)
    only_a, only_b = numbers.regroup_digits(a, list(only_a), b, list(only_b))
    found_a = names.find_names(a, la, "source", ctx)
    found_b = names.find_names(b, lb, "target", ctx)
    lost_a = names.unmatched_names(found_a, b)
    lost_a = names.multiword_names_matched(names.compound_matched(lost_a, a, b), found_a, a, la, b)
    lost_b = names.unmatched_names(found_b, a)
    lost_b = names.multiword_names_matched(names.compound_matched(lost_b, b, a), found_b, b, lb, a)
    caps_a = [w for w, *_ in names.capitalised_words(a)]
    caps_b = [w for w, *_ in names.capitalised_words(b)]
    qualified = qualifiers.qualifier_changes(a, la, b, lb)
    contrast = claims.claim_contrast(a, la, b, lb)
    return {
        "numbers": [[_number(a, m) for m in only_a], [_number(b, m) for m in only_b]],
        "names": [_names(found_a), _names(found_b), _names(lost_a), _names(lost_b)],
        "names_match": [[x, y] for x in caps_a for y in caps_b if names.names_match(x, y)],
        "negation": list(negation.compare_negation(
            negation.negation_cues(a, la), negation.negation_cues(b, lb),
            negation.word_negatives(a, la), negation.word_negatives(b, lb))),
        "qualifiers": [q.reason() for q in qualified],
        "modality": modality.modality_contrast(a, la, b, lb),
        "claims": None if contrast is None else [contrast.reason, contrast.source_spans,
                                                 contrast.target_spans, contrast.pinned],
    }


class _HashEncoder:
    """A stand-in word encoder: a fixed pseudo-random unit vector per word, so that the lexicon
    behind ``translation_cut`` shows in the snapshot without a model."""

    name = "snapshot-hash"

    def encode(self, words: list[str]) -> np.ndarray:
        rows = []
        for word in words:
            seed = int.from_bytes(hashlib.md5(word.encode("utf-8")).digest()[:4], "little")
            v = np.random.default_rng(seed).standard_normal(16)
            rows.append(v / np.linalg.norm(v))
        return np.array(rows)

    def words(self) -> _HashEncoder:
        return self


def snapshot() -> dict:
    texts, pairs = corpus()
    out: dict = {"texts": {}, "pairs": {}, "coverage": {}, "translation_cut": {}}
    for name, items in texts.items():
        out["texts"][name] = [per_text(lang, text) for lang, text in items]
    for name, items in pairs.items():
        results = []
        for la, lb in sorted({(p[1], p[3]) for p in items}):
            chosen = [p for p in items if (p[1], p[3]) == (la, lb)]
            ctx = names.build_name_context([p[0] for p in chosen], [p[2] for p in chosen], la, lb)
            results.append({"langs": [la, lb], "attested": sorted(ctx.attested),
                            "pairs": [per_pair(p, ctx) for p in chosen]})
        out["pairs"][name] = results
    for lang in ("en", "fr", "de", "ru", "uk", "es", "mk", "en-GB", ""):
        out["coverage"][lang] = [numbers.number_words_cover(lang), negation.negation_covers(lang)]
    encoder = _HashEncoder()
    for la in ("en", "fr", "de", "ru", "es"):
        for lb in ("en", "fr", "de", "ru", "es"):
            cut = names.translation_cut(encoder, la, lb)
            out["translation_cut"][f"{la}-{lb}"] = None if cut is None else round(cut, 12)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="the JSON file to write")
    args = parser.parse_args()
    result = snapshot()
    data = (json.dumps(result, ensure_ascii=False, sort_keys=True, indent=0) + "\n").encode("utf-8")
    args.out.write_bytes(data)
    n_texts = sum(len(v) for v in result["texts"].values())
    n_pairs = sum(len(r["pairs"]) for v in result["pairs"].values() for r in v)
    print(f"{n_texts} texts, {n_pairs} pairs -> {args.out} (md5 {hashlib.md5(data).hexdigest()})")


if __name__ == "__main__":
    main()
