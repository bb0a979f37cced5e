"""How much of an article OmegaT pre-translates from Parallax's TMX (the CAT round trip of issue 19).

Aligns the pair with ``parallax align`` (or takes ``--tmx``), builds an OmegaT project with the
source file in ``source/`` and the TMX in ``tm/auto/`` (in console mode OmegaT fills segments from
``tm/auto`` only; a TMX in ``tm/`` gives fuzzy matches in the editor and pre-translates nothing), the
text filter set to one paragraph a line (``segmentOn=BREAKS``, as Parallax reads a text file), and
runs ``omegat --mode=console-translate``. OmegaT exits 0 even when a TMX fails to load, so its log is
read for errors and warnings. The figure is OmegaT's own: segments of the source minus those left
untranslated (``omegat/project_stats.txt``).

    .venv/bin/python benchmarks/omegat_pretranslate.py [--format tmx|tmx-paragraph] [--list]
        [--source ../shared/seed/kowalewski-2014-06-29.en.txt] [--target ...fr.txt] [--model use-m3]
        [--tmx FILE] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / ".." / "shared" / "seed"
TOKENIZERS = {"en": "English", "fr": "French", "de": "German", "ru": "Russian", "es": "Spanish",
              "it": "Italian"}
_PROBLEM = re.compile(r"\b(?:Error|Warning|SEVERE|WARNING)\b")
_COUNTS = re.compile(r"Errors: (\d+), Warnings: (\d+)")

PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>__DEFAULT__</source_dir>
        <target_dir>__DEFAULT__</target_dir>
        <tm_dir>__DEFAULT__</tm_dir>
        <glossary_dir>__DEFAULT__</glossary_dir>
        <glossary_file>__DEFAULT__</glossary_file>
        <dictionary_dir>__DEFAULT__</dictionary_dir>
        <source_lang>{source}</source_lang>
        <target_lang>{target}</target_lang>
        <source_tok>org.omegat.tokenizer.Lucene{source_tok}Tokenizer</source_tok>
        <target_tok>org.omegat.tokenizer.Lucene{target_tok}Tokenizer</target_tok>
        <sentence_seg>{sentence_seg}</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
"""
FILTERS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<filters removeTags="true" removeSpacesNonseg="true" preserveSpaces="false" ignoreFileContext="false">
    <filter className="org.omegat.filters2.text.TextFilter" enabled="true">
        <files sourceFilenameMask="*.txt" targetFilenamePattern="${filename}" sourceEncoding="UTF-8"
               targetEncoding="UTF-8"/>
        <option name="segmentOn" value="BREAKS"/>
    </filter>
</filters>
"""


@dataclass(frozen=True)
class Result:
    """OmegaT's figure for one run, and what its log says went wrong."""

    translated: int
    total: int
    problems: list[str]

    @property
    def share(self) -> float:
        return self.translated / self.total if self.total else 0.0

    def __str__(self) -> str:
        return (f"{self.translated} / {self.total} segments pre-translated ({100 * self.share:.1f} %), "
                f"{len(self.problems)} TMX errors or warnings in OmegaT's log")


def omegat_command() -> str | None:
    """The ``omegat`` launcher, if installed (Debian's package; scripts/system-deps.sh installs it)."""
    return shutil.which("omegat")


def build_project(folder: Path, source_file: Path, tmx: Path, source_lang: str, target_lang: str,
                  sentence_seg: bool = True) -> Path:
    """An OmegaT 3.6 project in ``folder``: the source file, the TMX in ``tm/auto``."""
    for sub in ("source", "target", "tm/auto", "omegat", "glossary", "dictionary"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source_file, folder / "source" / source_file.name)
    shutil.copyfile(tmx, folder / "tm" / "auto" / tmx.name)
    (folder / "omegat.project").write_text(PROJECT.format(
        source=source_lang.upper(), target=target_lang.upper(),
        source_tok=TOKENIZERS.get(source_lang, "English"), target_tok=TOKENIZERS.get(target_lang, "English"),
        sentence_seg=str(sentence_seg).lower()), encoding="utf-8")
    (folder / "omegat" / "filters.xml").write_text(FILTERS, encoding="utf-8")
    return folder


def run_omegat(project: Path, mode: str = "console-translate", *extra: str, timeout: float = 120) -> str:
    """Run OmegaT headless on ``project``; its log (stdout and stderr)."""
    command = omegat_command()
    if command is None:
        raise RuntimeError("omegat is not installed (apt-get install omegat; scripts/system-deps.sh)")
    config = project / ".omegat-config"
    done = subprocess.run(
        [command, f"--mode={mode}", f"--config-dir={config}", "--disable-project-locking", "--no-team",
         *extra, str(project)],
        capture_output=True, text=True, timeout=timeout, check=False,
        env={**{k: v for k, v in os.environ.items() if k != "DISPLAY"}, "HOME": str(project),
             "LANG": "C.UTF-8"},
    )
    return done.stdout + done.stderr


def log_problems(log: str) -> list[str]:
    """The log's error and warning lines (TMX load failures, skipped units), plugin lines aside."""
    lines = [line.strip() for line in log.splitlines() if _PROBLEM.search(line)]
    counts = [m for m in _COUNTS.finditer(log) if m.group(1) != "0" or m.group(2) != "0"]
    return lines + [m.group(0) for m in counts]


def project_figure(project: Path, log: str) -> Result:
    """Segments of the source and those left untranslated, from OmegaT's project statistics."""
    stats = (project / "omegat" / "project_stats.txt").read_text(encoding="utf-8")
    total = int(re.search(r"^Total:\s+(\d+)", stats, re.M).group(1))
    remaining = int(re.search(r"^Remaining:\s+(\d+)", stats, re.M).group(1))
    return Result(total - remaining, total, log_problems(log))


def untranslated(project: Path) -> list[str]:
    """OmegaT's segments that no unit of the TMX matched (a second, pseudo-translation run)."""
    from lxml import etree

    every = project / "every-segment.tmx"
    run_omegat(project, "console-createpseudotranslatetmx", f"--pseudotranslatetmx={every}",
               "--pseudotranslatetype=empty")
    done = project / f"{project.name}-omegat.tmx"
    matched = {"".join(tu.find("tuv").find("seg").itertext()) for tu in etree.parse(str(done)).iter("tu")}
    return [s for tu in etree.parse(str(every)).iter("tu")
            if (s := "".join(tu.find("tuv").find("seg").itertext())) not in matched]


def measure(folder: Path, source: Path, tmx: Path, source_lang: str, target_lang: str,
            fmt: str = "tmx") -> Result:
    """Build the project, run console-translate, and read OmegaT's figure and log."""
    project = build_project(folder, source, tmx, source_lang, target_lang, sentence_seg=fmt == "tmx")
    log = run_omegat(project)
    return project_figure(project, log)


def export_tmx(source: Path, target: Path, out: Path, fmt: str, model: str) -> None:
    """Parallax's TMX of the pair, as a user makes it: ``parallax align S T --format F --output O``."""
    sys.path.insert(0, str(ROOT))
    from parallax.cli import main

    code = main(["align", str(source), str(target), "--model", model, "--no-cache", "--format", fmt,
                 "--output", str(out)])
    if code != 0:
        raise SystemExit(f"parallax align failed ({code})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=SEED / "kowalewski-2014-06-29.en.txt")
    parser.add_argument("--target", type=Path, default=SEED / "kowalewski-2014-06-29.fr.txt")
    parser.add_argument("--source-lang", default="en")
    parser.add_argument("--target-lang", default="fr")
    parser.add_argument("--model", default="use-m3")
    parser.add_argument("--format", default="tmx", choices=("tmx", "tmx-paragraph"))
    parser.add_argument("--tmx", type=Path, help="use this TMX instead of aligning the pair")
    parser.add_argument("--keep", type=Path, help="build the project here and keep it")
    parser.add_argument("--list", action="store_true", help="list the segments left untranslated")
    args = parser.parse_args(argv)
    if omegat_command() is None:
        print("omegat is not installed (apt-get install omegat)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp) / "project"
        tmx = args.tmx or Path(tmp) / "parallax.tmx"
        if args.tmx is None:
            export_tmx(args.source, args.target, tmx, args.format, args.model)
        result = measure(folder, args.source, tmx, args.source_lang, args.target_lang, args.format)
        print(f"OmegaT ({args.format}): {result}")
        for line in result.problems:
            print(f"  {line}")
        if args.list:
            for segment in untranslated(folder):
                print(f"  untranslated: {segment}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
