"""Parallax: alignment (the n:m aligner, three-way alignment, drift, quotes, evaluation).

``align``, ``align_embeddings``, ``align_three`` and ``AlignParams`` are loaded on
first use, so importing ``alignment.types`` stays cheap (the aligner pulls in numba).
"""

from __future__ import annotations

from typing import Any

_LAZY = {
    "align": "alignment.aligner",
    "align_embeddings": "alignment.aligner",
    "AlignParams": "alignment.aligner",
    "align_three": "alignment.three",
    "ThreeWayAlignment": "alignment.three",
    "ThreeWayRow": "alignment.three",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'alignment' has no attribute {name!r}")
