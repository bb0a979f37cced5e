"""One traced quotation read closely: the quotation and its passage side by side, the words that
differ marked, where the quotation sits in the article and where the passage sits in its file.

A verdict alone ("drifted: names") makes the scholar hunt for the words in two texts; the marks
are the drift signals' own spans, stored with the match (``evidence["signals"]``, or per part
for a quotation matched part by part), drawn with the Review page's ``highlight``.
"""

from __future__ import annotations

import streamlit as st

from corpora.excerpt import clip
from corpora.types import Document
from db.views import QuoteInfo
from workbench.render import escape, evidence_spans, highlight, inert, plain


def cited_footnotes(doc: Document, quotes: list) -> tuple[list[int], list[int]]:
    """The footnote numbers the quotations cite that the footnote list has, and those it lacks
    (a marker "[14]" with no note 14: nothing to link)."""
    cited = sorted({q.footnote for q in quotes if q.footnote is not None})
    return [n for n in cited if n in doc.footnotes], [n for n in cited if n not in doc.footnotes]


def footnote_label(doc: Document, number: int) -> str:
    """"Footnote [3]: Interview with …": the note's own text, so the right source can be picked
    (a widget label: markdown, so made inert)."""
    return inert(f"Footnote [{number}]: {clip(doc.footnotes[number].text, 90)}")


def quote_label(q: QuoteInfo) -> str:
    verdict = q.matches[0].verdict if q.matches else "not traced"
    return plain(f"#{q.index + 1} ({verdict}): {clip(q.text, 80)}")


def article_pointer(q: QuoteInfo, name: str) -> str:
    """Where the quotation sits: the article's file, its paragraph (counted from 1) and offsets."""
    return inert(f"In the article: {name}, paragraph {q.paragraph + 1}, characters {q.start}–{q.end}")


def _side_by_side(quotation: str, quote_marks: list, passage: str, passage_marks: list) -> None:
    left, right = st.columns(2)
    left.markdown("<b>Quotation</b><br>" + highlight(quotation, quote_marks), unsafe_allow_html=True)
    right.markdown("<b>Passage</b><br>" + (highlight(passage, passage_marks) if passage
                                           else "<i>no passage found for this part</i>"),
                   unsafe_allow_html=True)


def show_quote(doc: Document, q: QuoteInfo, name: str, source_text: str | None, source_name: str) -> None:
    """The chosen quotation, side by side with its passage (part by part for a long one)."""
    st.caption(article_pointer(q, name))
    paragraph = next((p for p in doc.paragraphs if p.index == q.paragraph), None)
    if paragraph is not None:
        with st.expander(f"Paragraph {q.paragraph + 1} of the article"):
            text = doc.text[paragraph.start:paragraph.end]
            st.markdown(highlight(text, [(q.start - paragraph.start, q.end - paragraph.start)]),
                        unsafe_allow_html=True)
    m = q.matches[0] if q.matches else None
    if m is None or source_text is None:
        st.caption("Not traced yet.")
        return
    evidence = m.evidence or {}
    where = "Nearest passage (not taken as the source)" if evidence.get("nearest") else "Source"
    st.caption(inert(f"{where}: {source_name}, characters {m.start}–{m.end}"))
    parts = [p for p in evidence.get("parts") or () if isinstance(p, dict)]
    if not parts:
        signals = evidence.get("signals") or []
        _side_by_side(q.text, evidence_spans(signals, "target"), source_text[m.start:m.end],
                      evidence_spans(signals, "source"))
    for part in parts:
        passage = part.get("passage") if isinstance(part.get("passage"), dict) else None
        signals = part.get("signals") or []
        head = f"Part {part.get('part')}"
        if passage:
            head += f": {passage.get('file', '')}, characters {passage.get('start')}–{passage.get('end')}"
        st.caption(inert(head))
        _side_by_side(str(part.get("text", "")), evidence_spans(signals, "target"),
                      str(passage.get("text", "")) if passage else "", evidence_spans(signals, "source"))
    if m.reasons:
        st.markdown("<br>".join(escape(r) for r in m.reasons), unsafe_allow_html=True)
