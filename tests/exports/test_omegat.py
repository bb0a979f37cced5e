"""The CAT round trip with a real CAT tool (issue 19): OmegaT 3.6, headless, pre-translates the seed
article from Parallax's TMX of the seed EN–FR alignment (slow: a real model and a Java program).

The project is what ``benchmarks/omegat_pretranslate.py`` builds: the English article in ``source/``,
Parallax's TMX in ``tm/auto/``, one paragraph a line. OmegaT exits 0 even when a TMX fails to load,
so the log is read for errors and warnings; the share is OmegaT's own count of its segments.
scripts/system-deps.sh installs OmegaT from Debian (CI runs as root); elsewhere the tests skip.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from corpora.exporters import export_corpus

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import omegat_pretranslate as omegat  # noqa: E402

SEED = ROOT / ".." / "shared" / "seed"
EN, FR = SEED / "kowalewski-2014-06-29.en.txt", SEED / "kowalewski-2014-06-29.fr.txt"
TARGET_SHARE = 0.95

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(omegat.omegat_command() is None,
                       reason="omegat is not installed (scripts/system-deps.sh installs it from Debian "
                              "when run as root)"),
]


@pytest.fixture(scope="module")
def seed_corpus():
    """The seed pair aligned once with the fast real model, as ``parallax align`` does it."""
    if not EN.exists() or not FR.exists():
        pytest.skip(f"{SEED} is not here")
    from models.registry import FAST_MODEL
    from parallax.batch import Pair, align_pair, local_encoder

    try:
        encoder = local_encoder(FAST_MODEL)
    except Exception as exc:  # a core dependency; skip only if it is really absent
        pytest.skip(f"{FAST_MODEL} not available: {exc}")
    return align_pair(Pair(str(EN), str(FR), "kowalewski", "en", "fr"), encoder)


@pytest.mark.parametrize("fmt", ["tmx", "tmx-paragraph"])
def test_omegat_pretranslates_the_seed_article_from_parallax_tmx(seed_corpus, tmp_path, fmt):
    tmx = tmp_path / "kowalewski.tmx"
    export_corpus(seed_corpus, fmt, tmx)
    result = omegat.measure(tmp_path / "project", EN, tmx, "en", "fr", fmt)
    print(f"OmegaT ({fmt}): {result}")
    assert result.problems == []
    assert result.total > (200 if fmt == "tmx" else 50), "OmegaT did not read the article"
    if result.share < TARGET_SHARE:
        missing = omegat.untranslated(tmp_path / "project")
        pytest.fail(f"{result}; untranslated:\n" + "\n".join(missing))


def test_the_log_check_sees_a_tmx_omegat_could_not_use(tmp_path):
    """OmegaT exits 0 after skipping a unit or failing to load a TMX: only the log says so."""
    if not EN.exists():
        pytest.skip(f"{SEED} is not here")
    tmx = tmp_path / "odd.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" '
        'datatype="plaintext"/><body><tu><tuv xml:lang="fr"><seg>Sans source.</seg></tuv></tu>'
        '</body></tmx>\n', encoding="utf-8")
    result = omegat.measure(tmp_path / "project", EN, tmx, "en", "fr")
    assert result.translated == 0
    assert any("Warning" in line for line in result.problems), result.problems
