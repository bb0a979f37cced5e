"""Figures as reasons show them, so that a reason never contradicts the numbers beside it.

A figure is stored and printed in JSON rounded to two decimals; headers and reasons show it
with one. Rounding the raw value once for the reason and the stored value again for the header
can show one figure two ways (3.949 → "3.9" in the reason, 3.95 → "4.0" in the header), and a
value just under its threshold reads as meeting it ("best z 4.5 (needs 4.5)" for 4.49). Both
are avoided here: every shown figure is rounded half up from its two-decimal value, decisions
compare that same value with their threshold (:func:`at_least`), and a comparison shows as many
digits as it takes for the two sides to differ.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def stored(value: float) -> float:
    """The figure as it is stored and printed in JSON (two decimals)."""
    return round(float(value), 2)


def shown(value: float, digits: int = 1) -> str:
    """``value`` as a header or a reason shows it: from its stored two-decimal value, rounded half up."""
    exact = Decimal(repr(stored(value)))
    return str(exact.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


def at_least(value: float, need: float) -> bool:
    """The threshold test on the stored figure, the one every front end shows."""
    return stored(value) >= need


def versus(value: float, need: float, unit: str = "") -> str:
    """"4.49 (needs 4.50)" rather than "4.5 (needs 4.5)": one decimal, or two when one would
    show a figure that fails its threshold (:func:`at_least`) as equal to it."""
    a, b = shown(value), shown(need)
    if a == b and not at_least(value, need):
        a, b = shown(value, 2), shown(need, 2)
    return f"{a}{unit} (needs {b})"
