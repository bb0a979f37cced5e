"""Random junk of hard pieces (quotes, markers, abbreviations, URLs, odd spaces) never breaks a Document."""

from __future__ import annotations

import random

from corpora.errors import InputError
from corpora.reading import read_text

PIECES = [
    "The", "dam", "Mr.", "B.", "“", "”", "«", "»", "„", "‘", "’", '"', "'", "[1]", "[23]", " [4]", ".", "!",
    "?", "…", "...", "(…)", "\n", "\n\n", " ", " ", "http://x.org/a.b", "т. е.", "Б.", "Весна", "« ", " »",
    ",", "—", "it’s", "[sic]", "\u00a0", "\r\n", "[1] note", "\t", "x@y.org",
]


def test_random_texts_keep_every_invariant(invariants):
    rng = random.Random(7)
    checked = 0
    for _ in range(300):
        text = "".join(rng.choice(PIECES) + " " * rng.randint(0, 1) for _ in range(rng.randint(1, 60)))
        try:
            doc = read_text(text, lang=rng.choice([None, "en", "fr", "ru"]))
        except InputError:
            continue  # empty, or only a footnote list: refused with a message, which is fine
        invariants(doc)
        checked += 1
    assert checked > 250
