"""Plain data shapes that every stage of Parallax passes around.

A ``Document`` is the one well-defined shape in which any text enters the
system: the (normalised) full text plus paragraphs, sentences, quotations and
footnotes, each carrying character offsets into ``Document.text`` so that
evidence can always be shown in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Paragraph:
    """A block of text separated from its neighbours by a line break."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    """One sentence; ``text`` has footnote markers removed, offsets point into the document."""

    id: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    footnotes: tuple[int, ...] = ()


@dataclass(frozen=True)
class Quote:
    """A quotation found in the text, with the footnote it cites (if any)."""

    id: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    marks: str
    depth: int = 0
    footnote: int | None = None
    part_of: str | None = None  # id of the first piece, for a quotation continued over paragraphs


@dataclass(frozen=True)
class Footnote:
    """An entry of the footnote list at the end of an article."""

    number: int
    text: str
    urls: tuple[str, ...] = ()


@dataclass(frozen=True)
class LanguageGuess:
    """What language detection concluded, and how sure it is."""

    code: str
    confidence: float
    note: str = ""
    overridden: bool = False


@dataclass
class Document:
    """A text ready for alignment: language, paragraphs, sentences, quotes, footnotes."""

    text: str
    lang: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    footnotes: dict[int, Footnote] = field(default_factory=dict)
    language: LanguageGuess | None = None
    source_name: str = ""
    sha256: str = ""

    @property
    def sentence_texts(self) -> list[str]:
        return [s.text for s in self.sentences]

    @property
    def paragraph_of_sentence(self) -> list[int]:
        return [s.paragraph for s in self.sentences]
