"""How often the single-word check pairs a capitalised word with its translation, per encoder.

30 capitalised English words with their French and inflected Russian translations (written for
Parallax; none is in the calibration lexicon of ``alignment.names``), and 10 pairs of different
names. For each encoder: the share of translations at or above the cut from the calibration
lexicon, the share of mismatched pairs above it, and how many different names clear it.

    .venv/bin/python benchmarks/word_check.py [--models use-m3,e5+use,e5-small-q4] [--whole]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alignment.names import translation_cut  # noqa: E402

EN = """White People's Republic Council Square Lower Bridge North Red Union Front Guard Sea Lake Palace
House Independence Assembly Ministry Coal Steel Workers Miners Eastern Holy Great Supreme Committee Bank
Station""".split()
RU = """Белого Народной Республики Совета Площади Нижний Мост Северный Красной Союза Фронт Гвардии Моря
Озеро Дворца Дом Независимости Собрание Министерства Угольной Стали Рабочих Шахтёров Восточной Святой
Великой Верховного Комитета Банка Вокзала""".split()
FR = """Blanche Populaire République Conseil Place Bas Pont Nord Rouge Union Front Garde Mer Lac Palais
Maison Indépendance Assemblée Ministère Charbon Acier Ouvriers Mineurs Orientale Sainte Grande Suprême
Comité Banque Gare""".split()
NAMES_EN = "Gumilev Strelkov Bosnia Odessa Petersburg Kharkiv Putin Donetsk Gubarev Akhmetov".split()
NAMES_RU = """Дугин Бородай Хорватия Днепропетровск Екатеринбург Луганск Медведев Славянск Пушилин
Коломойский""".split()
assert len(EN) == len(RU) == len(FR) == 30 and len(NAMES_EN) == len(NAMES_RU) == 10


def measure(encoder, whole: bool = False) -> dict:
    """``whole``: the encoder as it is, not the part that :func:`word_encoder` picks."""
    from alignment.names import word_encoder

    words = encoder if whole else word_encoder(encoder)
    out = {}
    for lang, other in (("ru", RU), ("fr", FR)):
        cut = translation_cut(encoder, "en", lang, as_a_whole=whole)
        sims = words.encode(EN) @ words.encode(other).T
        true, false = np.diag(sims), sims[~np.eye(len(sims), dtype=bool)]
        out[f"en-{lang}"] = {"cut": round(cut, 3), "found": round(float((true >= cut).mean()), 2),
                             "mismatched_above": round(float((false >= cut).mean()), 3)}
    sims = np.diag(words.encode(NAMES_EN) @ words.encode(NAMES_RU).T)
    out["different_names_above"] = int((sims >= translation_cut(encoder, "en", "ru", as_a_whole=whole)).sum())
    return out


def main(argv: list[str] | None = None) -> int:
    from models.registry import load_encoder

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--models", default="use-m3,e5+use,e5-small-q4")
    parser.add_argument("--whole", action="store_true",
                        help="judge words with the whole encoder (e5+use as before this round)")
    args = parser.parse_args(argv)
    for name in args.models.split(","):
        print(name, measure(load_encoder(name), args.whole))
    return 0


if __name__ == "__main__":
    sys.exit(main())
