"""Exact identities of packaged weights, so every stored result names its model precisely."""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path


def package_version(dist_name: str) -> str:
    """Installed version of a distribution, or "unknown" when it has no metadata."""
    try:
        return metadata.version(dist_name)
    except metadata.PackageNotFoundError:
        return "unknown"


@lru_cache(maxsize=32)
def file_sha256(path: str) -> str:
    """Hex sha256 of a file, read in chunks (weight files are tens of MB)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@lru_cache(maxsize=32)
def packaged_file_sha256(dist_name: str, relative_path: str, absolute_path: str) -> str:
    """Hex sha256 of a file a wheel installed.

    The wheel's RECORD already lists it, so no 70 MB read is needed; when the
    RECORD lacks it (an editable or odd install) the file itself is hashed.
    """
    try:
        files = metadata.distribution(dist_name).files or []
    except metadata.PackageNotFoundError:
        files = []
    for entry in files:
        if str(entry).replace("\\", "/") == relative_path and entry.hash and entry.hash.mode == "sha256":
            raw = base64.urlsafe_b64decode(entry.hash.value + "=" * (-len(entry.hash.value) % 4))
            return raw.hex()
    return file_sha256(str(Path(absolute_path)))


def folder_fingerprint(folder: Path, sample_bytes: int = 4 << 20) -> str:
    """A cheap content fingerprint of a model folder (hex, 12 characters).

    Small files are hashed whole; big weight files by size plus their first and
    last ``sample_bytes``, so a 500 MB model is told apart in milliseconds. Paths
    and contents, not timestamps, go in: the same folder copied elsewhere keeps it.
    """
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and ".cache" not in p.parts):
        digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
        size = path.stat().st_size
        digest.update(str(size).encode("ascii") + b"\0")
        with open(path, "rb") as handle:
            if size <= 2 * sample_bytes:
                digest.update(handle.read())
            else:
                digest.update(handle.read(sample_bytes))
                handle.seek(size - sample_bytes)
                digest.update(handle.read(sample_bytes))
    return digest.hexdigest()[:12]
