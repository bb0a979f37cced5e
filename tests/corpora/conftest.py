"""Shared helpers for the corpora tests: the seed article's location, Document invariants."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpora.types import Document

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "seed"


def seed_file(name: str) -> Path:
    """A file of ../shared/seed, or skip the test when the folder is absent."""
    path = SEED / name
    if not path.exists():
        pytest.skip(f"{path} is not here")
    return path


def check_invariants(doc: Document) -> None:
    """What every Document must satisfy, whatever it was read from."""
    assert doc.paragraphs, "a document has at least one paragraph"
    for i, p in enumerate(doc.paragraphs):
        assert p.index == i and doc.text[p.start:p.end] == p.text
    previous_end = 0
    for i, s in enumerate(doc.sentences):
        assert s.index == i and s.id == f"s{i}"
        assert previous_end <= s.start < s.end, "sentences are in order and do not overlap"
        previous_end = s.end
        paragraph = doc.paragraphs[s.paragraph]
        assert paragraph.start <= s.start and s.end <= paragraph.end
        raw = doc.text[s.start:s.end]
        assert not re.search(r"\[\d{1,3}\]", s.text), s.text
        without_markers = re.sub(r"[ \u00a0\u202f]?\[\d{1,3}\]", "", raw)
        assert re.sub(r"[ \t\n]+", " ", without_markers).strip() == s.text
        assert tuple(int(n) for n in re.findall(r"\[(\d{1,3})\]", raw)) == s.footnotes
    for q in doc.quotes:
        assert doc.paragraphs[q.paragraph].start <= q.start < q.end <= doc.paragraphs[q.paragraph].end
        assert doc.text[q.start] == q.marks[0]
        if len(q.marks) == 2:
            assert doc.text[q.end - 1] == q.marks[1]


def expect_refusal(call, *args, **kwargs) -> str:  # type: ignore[no-untyped-def]
    """The message of the ``InputError`` that ``call(*args, **kwargs)`` raises: one line, no traceback."""
    from corpora.errors import InputError

    with pytest.raises(InputError) as info:
        call(*args, **kwargs)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return message


@pytest.fixture
def refused():
    """``expect_refusal``, handed to tests."""
    return expect_refusal


@pytest.fixture
def invariants():
    """``check_invariants``, handed to tests (conftest modules cannot be imported in importlib mode)."""
    return check_invariants


@pytest.fixture(scope="session")
def seed():
    """``seed_file``: a path in ../shared/seed, or a skip."""
    return seed_file
