"""Turn normalised text into a ``Document``: footnotes, paragraphs, language, sentences, quotes.

Every reader ends here, so every text enters Parallax in the same shape. The
steps run in a fixed order on the same string, and all offsets point into it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left

from corpora.errors import InputError
from corpora.footnotes import find_footnote_list
from corpora.language import detect_language
from corpora.limits import MAX_PARAGRAPH_CHARS, MAX_SENTENCES_PER_DOCUMENT
from corpora.markers import mask_markers
from corpora.paragraphs import find_paragraphs
from corpora.quotes import find_quotes
from corpora.sentences import DEFAULT_ENGINE, split_sentences
from corpora.types import Document, Paragraph, Sentence

_SPACE_RUN = re.compile(r"[ \t\n]+")


def normalise_text(text: str) -> str:
    """One newline convention, no BOM, no stray control characters; otherwise the text as given."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\f", "\n").replace("\x85", "\n")
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in text):
        text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    return text


def segment_paragraph(text: str, lang: str) -> list[tuple[int, int, str, tuple[int, ...]]]:
    """Sentences of one paragraph: (start, end) in ``text`` with markers, clean text, marker numbers.

    The raw span of a sentence also takes the markers right after it ("... end. [3]").
    """
    masked = mask_markers(text)
    spans = split_sentences(masked.text, lang, DEFAULT_ENGINE.get(lang, "razdel"))
    markers = masked.markers
    starts = [m.start for m in markers]  # sorted, and markers never overlap: bisect keeps this linear
    result = []
    for i, (start, end) in enumerate(spans):
        raw_start, raw_end = masked.to_raw(start, end)
        limit = masked.to_raw(*spans[i + 1])[0] if i + 1 < len(spans) else len(text)
        # Markers right after the sentence, separated by white space only, belong to it; the first
        # one that does not follow ends the run (any later one has that marker's text in its gap).
        j = bisect_left(starts, raw_end)
        while j < len(markers) and not text[raw_end:markers[j].start].strip() and markers[j].end <= limit:
            raw_end = markers[j].end
            j += 1
        first, last = bisect_left(starts, raw_start), j
        while last > first and markers[last - 1].end > raw_end:
            last -= 1
        numbers = tuple(m.number for m in markers[first:last])
        clean = _SPACE_RUN.sub(" ", masked.text[start:end]).strip()
        result.append((raw_start, raw_end, clean, numbers))
    return result


def build_document(text: str, lang: str | None = None, source_name: str = "pasted") -> Document:
    """The ``Document`` for ``text``; ``lang`` (a code such as "en") overrides detection."""
    text = normalise_text(text)
    if not text.strip():
        raise InputError(f"{source_name}: there is no text in it; give a file or paste with some text")
    footnote_lines, footnotes = find_footnote_list(text)
    paragraphs = [
        Paragraph(i, start, end, text[start:end])
        for i, (start, end) in enumerate(find_paragraphs(text, footnote_lines))
    ]
    if not paragraphs:
        raise InputError(f"{source_name}: there is only a footnote list, no body text to align")
    longest = max(paragraphs, key=lambda p: len(p.text))
    if len(longest.text) > MAX_PARAGRAPH_CHARS:
        raise InputError(
            f"{source_name}: paragraph {longest.index + 1} has {len(longest.text):,} characters (limit "
            f"{MAX_PARAGRAPH_CHARS:,}); no prose runs this long without a line break: put the paragraphs "
            "on lines of their own"
        )
    body = "\n".join(p.text for p in paragraphs)
    language = detect_language(body, [p.text for p in paragraphs], lang)
    rules_lang = language.code if language.code in DEFAULT_ENGINE else "en"
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        for start, end, clean, numbers in segment_paragraph(paragraph.text, rules_lang):
            index = len(sentences)
            if index == MAX_SENTENCES_PER_DOCUMENT:  # stop at once: the rest would cost time for nothing
                raise InputError(
                    f"{source_name}: more than {MAX_SENTENCES_PER_DOCUMENT:,} sentences (the limit), at "
                    f"paragraph {paragraph.index + 1} of {len(paragraphs):,}; split the text into smaller "
                    "files"
                )
            sentences.append(Sentence(
                id=f"s{index}", index=index, paragraph=paragraph.index,
                start=paragraph.start + start, end=paragraph.start + end, text=clean, footnotes=numbers,
            ))
    return Document(
        text=text,
        lang=language.code,
        paragraphs=paragraphs,
        sentences=sentences,
        quotes=find_quotes(text, paragraphs),
        footnotes=footnotes,
        language=language,
        source_name=source_name,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
