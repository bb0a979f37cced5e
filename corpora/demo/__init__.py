"""The bundled demo corpus: an invented op-ed in English, French and Russian, and two sources.

The French and Russian versions carry deliberate drifts (changed numbers and
names, a flipped negation, dropped and added clauses or sentences) and one
quotation misrepresents its Russian source; ``manifest.json`` says where, so
the workbench can open on something meaningful and tests can check detection.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from corpora.reading import read_bytes
from corpora.types import Document


@lru_cache(maxsize=1)
def _manifest_text() -> str:
    return resources.files(__name__).joinpath("manifest.json").read_text(encoding="utf-8")


def demo_manifest() -> dict[str, Any]:
    """The manifest: documents (file, lang, role), deliberate drifts, quotations and their sources."""
    return json.loads(_manifest_text())


def demo_bytes(filename: str) -> bytes:
    """The raw bytes of one file of the demo corpus (as an upload would give them)."""
    names = {entry["file"] for entry in demo_manifest()["documents"]}
    if filename not in names:
        raise KeyError(f"{filename!r} is not in the demo corpus ({', '.join(sorted(names))})")
    return resources.files(__name__).joinpath(filename).read_bytes()


def load_demo() -> dict[str, Document]:
    """Every document of the demo corpus, read like an upload, keyed by file name."""
    return {
        entry["file"]: read_bytes(demo_bytes(entry["file"]), entry["file"], lang=entry["lang"])
        for entry in demo_manifest()["documents"]
    }
