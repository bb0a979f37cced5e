"""Small pieces every exporter and importer shares: atomic output, id lists, sentence splits.

A bead may join several sentences per side; formats with one text per side store
the sentences joined by a space plus their lengths, so an import can split them
again exactly (``join_sentences`` / ``split_sentences``).
"""

from __future__ import annotations

import io
import os
import secrets
from importlib import metadata
from pathlib import Path
from typing import BinaryIO, TextIO

Target = str | os.PathLike[str] | BinaryIO | TextIO
"""Where an exporter writes: a path (written atomically) or an open stream."""

SENTENCE_JOINER = " "
PREFIX = "x-parallax-"
"""Parallax's own TMX prop types and XLIFF context types (``x-`` marks them user-defined), written by the
exporters and read back by ``corpora.import_tm``."""


def tool_version() -> str:
    """The installed Parallax version, recorded in file headers."""
    try:
        return metadata.version("parallax-align")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def is_path(target: object) -> bool:
    return isinstance(target, str | os.PathLike)


def _create_beside(path: Path) -> tuple[int, str]:
    """A new, uniquely named temporary file beside ``path``, opened for writing with mode 0666
    less the umask, as any new file gets (``mkstemp`` would make it 0600 whatever the umask)."""
    for _ in range(100):
        tmp = str(path.with_name(f".{path.name}.{secrets.token_hex(6)}.part"))
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write to a temporary file beside ``path`` then rename, so a crash never leaves half a file.
    The file's mode follows the umask, like any file a program creates."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create_beside(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def emit(data: bytes, target: Target) -> None:
    """Send finished output to a path (atomically) or to a binary or text stream."""
    if is_path(target):
        atomic_write_bytes(target, data)  # type: ignore[arg-type]
    elif isinstance(target, io.TextIOBase):
        target.write(data.decode("utf-8"))
    else:
        target.write(data)  # type: ignore[arg-type]


def pair_number(index: int) -> int:
    """A pair's number as every reader sees it: its 1-based place in the whole alignment (the
    workbench's list, the drift report, TMX ``tuid``, TSV/CSV/JSONL ``bead``, ``parallax drift``)."""
    return index + 1


def sentence_numbers(ids: list[int]) -> str:
    """Stored 0-based sentence indexes as the 1-based numbers a reader sees ("sentences 4, 5")."""
    if not ids:
        return "no sentence"
    numbers = ", ".join(str(i + 1) for i in ids)
    return f"sentence {numbers}" if len(ids) == 1 else f"sentences {numbers}"


def format_ids(ids: list[int]) -> str:
    return " ".join(str(i) for i in ids)


def parse_ids(text: str | None) -> list[int]:
    """Read ``"3 4"`` (commas also accepted) back into ``[3, 4]``."""
    if not text:
        return []
    return [int(part) for part in text.replace(",", " ").split()]


def join_sentences(sentences: list[str]) -> str:
    return SENTENCE_JOINER.join(sentences)


def sentence_lengths(sentences: list[str]) -> str:
    """Lengths of the joined sentences, or "" for zero or one sentence (nothing to split)."""
    return format_ids([len(s) for s in sentences]) if len(sentences) > 1 else ""


def split_sentences(text: str, lengths: str | None) -> list[str]:
    """Undo ``join_sentences`` using the stored lengths; one sentence if they do not fit."""
    if not text:
        return []
    try:
        sizes = parse_ids(lengths)
    except ValueError:
        sizes = []
    if len(sizes) > 1 and sum(sizes) + len(SENTENCE_JOINER) * (len(sizes) - 1) == len(text):
        parts, pos = [], 0
        for size in sizes:
            parts.append(text[pos : pos + size])
            pos += size + len(SENTENCE_JOINER)
        return parts
    return [text]


def one_line(text: str) -> str:
    """Line breaks and tabs become spaces: for line-based formats (Moses)."""
    return " ".join(text.split()) if any(c in text for c in "\r\n\t\v\f\x85\u2028\u2029") else text
