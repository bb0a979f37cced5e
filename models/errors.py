"""Errors from the embedding back ends, with one-line messages a user can act on.

``models`` imports nothing else of ours, so these do not subclass
``corpora.errors.InputError``; the CLI catches ``ModelError`` next to it.
"""

from __future__ import annotations


class ModelError(ValueError):
    """A model cannot be used as asked (unknown name, bad option, broken files)."""


class ModelNotAvailable(ModelError):
    """The model is not on this machine and we will not download it behind the user's back."""
