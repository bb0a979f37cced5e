"""Real encoders for the slow drift and quote tests, loaded once and skipped when not installed."""

from __future__ import annotations

import pytest


def load_real_encoder(name: str):
    """The named encoder, warmed up; the test is skipped when its packages are missing."""
    from models.registry import load_encoder

    try:
        encoder = load_encoder(name)
        encoder.encode(["warm up"])
    except Exception as exc:  # the packages are optional in a bare checkout
        pytest.skip(f"{name} not available: {exc}")
    return encoder


@pytest.fixture(scope="session")
def e5_use():
    """The default quote model, "e5+use"."""
    return load_real_encoder("e5+use")


@pytest.fixture(scope="session")
def use_m3():
    """The default model, "use-m3"."""
    return load_real_encoder("use-m3")


@pytest.fixture
def rule_flags():
    """The flag kinds of one English pair as the rule signals alone give them (no encoder): what a
    seen set's false alarm, or the slip beside it, makes of them."""
    from alignment.drift import BeadPair, detect_drift

    def flags(source: str, target: str, target_lang: str) -> list[str]:
        return detect_drift([BeadPair((source,), (target,))], "en", target_lang, encoder=None).beads[0].kinds

    return flags
