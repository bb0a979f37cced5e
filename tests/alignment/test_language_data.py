"""Language data lives in files under alignment/data/, read by one module, and checks cover what it lists."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from alignment import language_data
from alignment.language_data import PACKAGE_DATA, LanguageDataError, use_directory
from alignment.names import names_match, translation_cut, transliterate
from alignment.negation import negation_covers, negation_cues
from alignment.numbers import extract_numbers, is_locator, number_words_cover
from alignment.qualifiers import quantities
from alignment.wordcover import content_words

DATA_FILES = sorted(PACKAGE_DATA.glob("*.json"))


@pytest.fixture
def data_copy(tmp_path: Path) -> Callable[[str, Callable[[dict], None]], Path]:
    """A copy of the shipped data with one file changed by ``change``; read it inside ``use_directory``."""
    directory = tmp_path / "data"
    shutil.copytree(PACKAGE_DATA, directory)

    def changed(resource: str, change: Callable[[dict], None]) -> Path:
        path = directory / f"{resource}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return directory

    return changed


def _keys(mentions: list) -> list:
    return [m.key for m in mentions]


# --- the files ---------------------------------------------------------------------------------

def test_the_language_data_files_are_all_there() -> None:
    names = {path.stem for path in DATA_FILES}
    assert {"numbers", "names", "exonyms", "transliteration", "transcription", "negation", "qualifiers",
            "modality", "termbase", "wordcover"} <= names


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_every_data_file_loads_and_says_what_it_is(path: Path) -> None:
    data = language_data.load(path.stem)
    assert isinstance(data["_about"], str) and len(data["_about"]) > 40


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_per_language_entries_are_keyed_by_a_language_code(path: Path) -> None:
    data = language_data.load(path.stem)
    for lang in data.get("languages", {}):
        assert lang.isalpha() and lang.islower() and len(lang) in (2, 3), (path.name, lang)


def test_no_data_file_is_left_beside_the_modules() -> None:
    """Word lists are read from alignment/data/ only (the calibration weights are not language data)."""
    beside = {p.name for p in PACKAGE_DATA.parent.glob("*.json")}
    assert beside == {"drift_calibration.json"}


# --- malformed data ----------------------------------------------------------------------------

def test_a_file_that_is_not_json_gives_an_error_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "numbers.json").write_text('{"_about": "x", "languages": {', encoding="utf-8")
    with use_directory(tmp_path), pytest.raises(LanguageDataError, match=r"numbers\.json: not valid JSON"):
        number_words_cover("en")


def test_a_file_without_about_gives_an_error_naming_the_file_and_the_key(tmp_path: Path) -> None:
    (tmp_path / "negation.json").write_text('{"languages": {}}', encoding="utf-8")
    expected = r"negation\.json: key '_about' missing"
    with use_directory(tmp_path), pytest.raises(LanguageDataError, match=expected):
        negation_covers("en")


def test_a_missing_key_gives_an_error_naming_the_file_and_the_key(tmp_path: Path) -> None:
    (tmp_path / "numbers.json").write_text('{"_about": "number words", "language": {}}', encoding="utf-8")
    expected = r"numbers\.json: key 'languages' missing"
    with use_directory(tmp_path), pytest.raises(LanguageDataError, match=expected):
        number_words_cover("en")


def test_a_missing_file_gives_an_error_naming_it(tmp_path: Path) -> None:
    with use_directory(tmp_path), pytest.raises(LanguageDataError, match=r"exonyms\.json"):
        names_match("Moscow", "Moscou")


# --- coverage comes from the data ------------------------------------------------------------

def test_the_checks_cover_the_languages_their_files_list() -> None:
    assert language_data.languages_of("numbers") == {"en", "fr", "de", "ru"}
    assert number_words_cover("en-GB") and number_words_cover("ru")
    assert not number_words_cover("es")
    assert negation_covers("de") and not negation_covers("es")


def test_a_language_added_to_the_number_words_is_read(data_copy: Callable) -> None:
    def add_spanish(data: dict) -> None:
        data["languages"]["es"] = {"cardinals": {"doce": 12, "veinte": 20}, "magnitudes": {"mil": 1000},
                                   "months": {"mayo": 5}}

    with use_directory(data_copy("numbers", add_spanish)):
        assert number_words_cover("es")
        assert _keys(extract_numbers("doce casas y veinte mil personas el 3 de mayo", "es")) == [
            ("num", 12.0), ("num", 20000.0), ("num", 3.0), ("month", 5.0)]
    assert not number_words_cover("es")  # the shipped data again, nothing cached from the copy
    assert _keys(extract_numbers("doce casas", "es")) == []


def test_a_language_added_to_the_negation_data_is_read(data_copy: Callable) -> None:
    def add_spanish(data: dict) -> None:
        data["languages"]["es"] = {"cues": ["no", "nunca"]}

    with use_directory(data_copy("negation", add_spanish)):
        assert negation_covers("es")
        assert [c.text for c in negation_cues("No lo sé y nunca lo supe.", "es")] == ["No", "nunca"]
    assert not negation_covers("es")


def test_a_language_pair_gets_a_word_cut_once_both_have_a_lexicon(data_copy: Callable) -> None:
    class HashEncoder:
        name = "hash"

        def encode(self, words: list[str]) -> np.ndarray:
            rows = [np.random.default_rng(sum(map(ord, w))).standard_normal(8) for w in words]
            return np.array([r / np.linalg.norm(r) for r in rows])

        def words(self) -> HashEncoder:
            return self

    encoder = HashEncoder()
    assert translation_cut(encoder, "en", "es") is None

    def add_spanish(data: dict) -> None:
        data["languages"]["es"] = {"translation_lexicon": [f"palabra{k}" for k in range(20)]}

    with use_directory(data_copy("names", add_spanish)):
        assert translation_cut(encoder, "en", "es") is not None


# --- the moved words still work ------------------------------------------------------------

def test_number_words_months_and_scales_still_read() -> None:
    assert _keys(extract_numbers("Twenty-seven thousand people came on 17 May.", "en")) == [
        ("num", 27000.0), ("num", 17.0), ("month", 5.0)]
    assert _keys(extract_numbers("quatre-vingt-dix-sept fois, des centaines de milliers", "fr")) == [
        ("num", 97.0), ("vague", 5.0)]
    assert _keys(extract_numbers("ein Achttausender am dritten März", "de")) == [
        ("num", 8000.0), ("num", 3.0), ("month", 3.0)]
    assert _keys(extract_numbers("двадцать пять тысяч человек в марте", "ru")) == [
        ("num", 25000.0), ("month", 3.0)]
    assert _keys(extract_numbers("Марта Ильина", "ru")) == []  # a woman, not a month


def test_locators_and_clock_words_still_read() -> None:
    text = "Siehe S. 83 und um 20.30 Uhr."
    mentions = extract_numbers(text, "de")
    assert [(m.text, is_locator(text, m)) for m in mentions] == [("83", True), ("20", False), ("30", False)]


def test_names_exonyms_and_transliteration_still_read() -> None:
    assert names_match("Moscou", "Москвы") and names_match("Kharkiv", "Charkow")
    assert transliterate("Стрелков", "de") == "Strelkow" and transliterate("Стрелков", "fr") == "Strelkov"
    assert not names_match("Moscow", "London")


def test_function_words_and_negators_still_read() -> None:
    assert content_words("the houses of the village", "en") == ["houses", "village"]
    assert [q.qualifier for q in quantities("nicht weniger als 58 Menschen", "de")] == ["about"]
    assert [c.text for c in negation_cues("Il ne vient pas, mais pas seulement.", "fr")] == ["ne … pas"]
