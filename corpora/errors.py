"""Errors that mean "the input is wrong", with a message a user can act on."""

from __future__ import annotations


class InputError(ValueError):
    """Bad input: the message is one line that says what is wrong and what to do."""
