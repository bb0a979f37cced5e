"""Settings: every PARALLAX_* variable is declared once, read at the edge, checked, and listed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from corpora.errors import InputError
from parallax.cli import main
from parallax.settings import TABLE, Settings

ROOT = Path(__file__).resolve().parents[2]
CODE = ["corpora", "models", "alignment", "db", "parallax", "workbench", "app.py"]


def _source_files(*places: str) -> list[Path]:
    files: list[Path] = []
    for place in places:
        path = ROOT / place
        files += [path] if path.is_file() else sorted(path.rglob("*.py"))
    return files


def test_every_variable_the_code_names_is_in_the_table():
    named = set()
    for path in _source_files(*CODE):
        named |= set(re.findall(r"PARALLAX_[A-Z][A-Z_]*[A-Z]", path.read_text(encoding="utf-8")))
    assert named - {s.name for s in TABLE} == set()
    assert len(TABLE) == len({s.name for s in TABLE}) == 17


def test_the_core_reads_no_environment():
    readers = [str(p.relative_to(ROOT)) for p in _source_files("corpora", "models", "alignment")
               if re.search(r"os\.environ|getenv\(", p.read_text(encoding="utf-8"))]
    assert readers == []


def test_defaults_and_values_from_the_environment():
    assert Settings.from_env({}) == Settings()
    default = Settings()
    assert (default.model, default.max_upload_bytes, default.auth) == ("use-m3", 20 * 1024 * 1024, "none")
    s = Settings.from_env({"PARALLAX_MODEL": " e5+use ", "PARALLAX_MAX_UPLOAD_MB": "1.5",
                           "PARALLAX_THREADS": "3", "PARALLAX_ALLOW_DOWNLOAD": "yes",
                           "PARALLAX_AUTH": "Password"})
    assert (s.model, s.max_upload_bytes, s.auth) == ("e5+use", 1572864, "password")
    assert s.model_setup().threads == 3 and s.model_setup().allow_download is True


@pytest.mark.parametrize(("name", "value", "says"), [
    ("PARALLAX_THREADS", "many", "whole number"),
    ("PARALLAX_MAX_UPLOAD_MB", "-2", "positive"),
    ("PARALLAX_AUTH", "passwd", "none, password, header"),
    ("PARALLAX_ALLOW_DOWNLOAD", "maybe", "1/true/yes"),
])
def test_a_bad_value_is_one_line_naming_the_variable(name, value, says):
    with pytest.raises(InputError) as err:
        Settings.from_env({name: value})
    message = str(err.value)
    assert message.startswith(f"{name}={value!r}") and says in message and "\n" not in message


def test_quote_model_follows_the_documented_order():
    assert Settings().quote_model_for() == "e5+use"  # the quote default
    assert Settings.from_env({"PARALLAX_MODEL": "hashing"}).quote_model_for() == "hashing"
    both = Settings.from_env({"PARALLAX_MODEL": "hashing", "PARALLAX_QUOTE_MODEL": "use-m3"})
    assert both.quote_model_for() == "use-m3" and both.quote_model_for("e5-small") == "e5-small"


def test_user_option_acts_without_touching_the_environment(monkeypatch):
    monkeypatch.setenv("PARALLAX_USER", "ann")
    s = Settings.from_env()
    assert s.local_user() == "ann" and s.acting_as("bob").local_user() == "bob"
    assert s.acting_as(None).local_user() == "ann"


def test_parallax_settings_lists_values_and_hides_the_database_url(monkeypatch, capsys):
    monkeypatch.setenv("PARALLAX_DATABASE_URL", "postgresql+psycopg://parallax:s3cret@db/parallax")
    monkeypatch.setenv("PARALLAX_MODEL", "e5+use")
    assert main(["settings", "--json"]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["PARALLAX_MODEL"]["value"] == "e5+use" and rows["PARALLAX_MODEL"]["default"] == "use-m3"
    assert rows["PARALLAX_DATABASE_URL"]["value"] == "(set)"
    assert main(["settings"]) == 0
    out = capsys.readouterr().out
    assert "s3cret" not in out and "PARALLAX_SESSION_MAX_HOURS" in out


def test_a_bad_setting_stops_the_cli_with_one_line(monkeypatch, capsys):
    monkeypatch.setenv("PARALLAX_THREADS", "0")
    assert main(["settings"]) == 1
    assert capsys.readouterr().err.strip().startswith("parallax settings: PARALLAX_THREADS='0'")
