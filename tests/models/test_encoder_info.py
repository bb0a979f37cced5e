"""What a back end is, said by the back end (``info``), and the word-level encoder it offers."""

from __future__ import annotations

from models.base import EncoderInfo, info_of, word_level
from models.cache import CachedEncoder
from models.registry import load_encoder


def test_builtin_back_ends_say_their_family_and_cover():
    use = load_encoder("use-m3")
    assert use.info.family == "use-m3" and use.info.judges_words
    assert {"en", "fr", "ru", "de"} <= use.info.languages and "mk" not in use.info.languages
    e5 = load_encoder("e5-small-q4")
    assert e5.info.family == "e5-small-q4" and e5.info.languages is None and not e5.info.judges_words
    assert load_encoder("hashing").info == EncoderInfo("hashing")


def test_e5_plus_use_is_one_family_whose_words_are_judged_by_use(tmp_path):
    combined = load_encoder("e5+use")
    assert combined.info.family == "e5+use" and combined.info.judges_words
    assert combined.info.languages == load_encoder("use-m3").info.languages  # the narrower cover
    assert combined.words().info.family == "use-m3"
    cached = load_encoder("e5+use", cache=tmp_path / "e.sqlite")
    assert cached.info == combined.info
    assert isinstance(cached.words(), CachedEncoder) and cached.words().path == tmp_path / "e.sqlite"


def test_a_stand_in_without_info_is_an_unknown_family_used_as_it_is():
    class Bare:
        name, dim, max_tokens = "bare", 4, 10

    bare = Bare()
    assert info_of(bare).family == "unknown" and word_level(bare) is bare


def test_the_combination_does_not_import_the_registry_back():
    """The registry builds "e5+use" from ConcatEncoder; ConcatEncoder needs nothing from the registry."""
    import ast
    from pathlib import Path

    import models.combined

    tree = ast.parse(Path(models.combined.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "models.registry" not in imported
