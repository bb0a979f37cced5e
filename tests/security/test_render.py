"""Text from documents is shown as text: escaped once, so that it reads back exactly."""

from __future__ import annotations

import html
import random

from workbench.render import escape, highlight

MARKUP = "<>&\"'\\`*_[]#|~$\n"


def test_escaped_text_reads_back_exactly_and_holds_no_markup() -> None:
    rng = random.Random(7)
    alphabet = MARKUP + "abc éй ’«»"
    samples = ["Personne n'a compté les morts.", "<script>alert('x')</script>",
               "**bold** #1 [a](b) $x$ &amp;"]
    samples += ["".join(rng.choice(alphabet) for _ in range(40)) for _ in range(200)]
    for text in samples:
        shown = escape(text)
        assert html.unescape(shown.replace("<br>", "\n")) == text
        assert not set(shown.replace("<br>", "")) & set("<>\"'\\`*_[]|~$")


def test_highlighted_text_is_escaped_too() -> None:
    shown = highlight("n'a <b>12 000</b>", [(9, 15)])
    assert "<b>" not in shown and "&#x27;" in shown and "<mark" in shown
