"""The input limits of corpora/limits.py, each enforced with one line, and the reader fixes of issue 21.

Every expected number here is written out: a test that recomputed it from the limit it checks could
not fail when the limit is wrong.
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from corpora.document import segment_paragraph
from corpora.reading import read_bytes, read_text


# ---------------------------------------------------------------------- .docx: counted unpacked
def _docx_with_xml(document_xml: bytes) -> bytes:
    """A real .docx (python-docx) whose word/document.xml is replaced by ``document_xml``."""
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            data = document_xml if item.filename == "word/document.xml" else source.read(item)
            archive.writestr(item.filename, data)
    return out.getvalue()


def _body(paragraphs: list[str], before_root: str = "") -> bytes:
    runs = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{before_root}<w:document xmlns:w='
            f'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{runs}</w:body>'
            f"</w:document>").encode()


def test_docx_xml_is_counted_unpacked_against_the_default_upload_limit(refused) -> None:
    # 22 MB of XML in about 2 MB of zip (10:1, like real text: no zip-bomb ratio): today's 15 MB
    # .docx that became 1.76 M sentences.
    xml = _body([f"Sentence number {i} is here, and it says nothing new." for i in range(250_000)])
    data = _docx_with_xml(xml)
    assert len(xml) > 21 * 1048576 and len(data) < 4 * 1048576
    message = refused(read_bytes, data, "big.docx")
    assert message.startswith("big.docx: the .docx's XML (its text) unpacks to 2")
    assert "over the 20 MB limit" in message and "PARALLAX_MAX_UPLOAD_MB" in message


def test_docx_xml_is_counted_unpacked_against_a_given_limit(refused) -> None:
    data = _docx_with_xml(_body([f"Sentence {i} is short." for i in range(40_000)]))  # about 1.8 MB
    message = refused(read_bytes, data, "small.docx", max_bytes=1024 * 1024)
    assert "over the 1 MB limit" in message
    assert read_bytes(data, "small.docx", max_bytes=3 * 1024 * 1024).sentences[39_999].text == \
        "Sentence 39999 is short."


@pytest.mark.parametrize("padding", [5_000, 65_536 - 4 - len('<!--') - len('-->')
                                     - len('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n')])
def test_docx_doctype_anywhere_in_a_part_isrefused(refused, padding: int) -> None:
    # After 4 KB (the old check read no further), and cut by the 64 KB pieces of the scan: "<!DO|CTYPE".
    comment = "<!--" + "x" * padding + "-->"
    xml = _body(["Entities &e; here."], comment + '<!DOCTYPE w:document [<!ENTITY e "expanded">]>')
    assert xml.index(b"<!DOCTYPE") > 4096
    message = refused(read_bytes, _docx_with_xml(xml), "late.docx")
    assert message == ("late.docx: part word/document.xml of the .docx declares a DOCTYPE or XML entities, "
                       "which Word never writes; the file is refused")


# ---------------------------------------------------------------------- paragraphs, sentences
def test_a_paragraph_over_two_million_characters_is_refused_in_one_line(refused) -> None:
    text = "Short first paragraph.\n" + "word " * 400_001  # 2,000,005 characters in one line
    message = refused(read_text, text, source_name="endless.txt")
    assert message.startswith("endless.txt: paragraph 2 has 2,000,004 characters (limit 2,000,000)")


def test_a_long_run_without_sentence_ends_is_cut_at_white_space(invariants) -> None:
    words = " ".join(f"Item{i:05d}" for i in range(2000))  # 19,999 characters, no sentence end
    doc = read_text(f"A list follows. {words} [3] and then the end.", lang="en")
    invariants(doc)
    lengths = [len(s.text) for s in doc.sentences]
    assert doc.sentences[0].text == "A list follows."
    assert max(lengths) <= 3000 and len(doc.sentences) == 8
    assert all(not s.text.startswith(" ") and not s.text.endswith(" ") for s in doc.sentences)
    assert " ".join(s.text for s in doc.sentences[1:]) == f"{words} and then the end."
    assert doc.sentences[-1].footnotes == (3,)


def test_a_run_without_white_space_is_cut_anywhere(invariants) -> None:
    doc = read_text("Before. " + "x" * 7000 + " after.", lang="en")
    invariants(doc)
    assert [len(s.text) for s in doc.sentences] == [7, 3000, 3000, 1007]
    assert doc.sentences[-1].text.endswith("x after.")


def test_more_sentences_than_the_limit_are_refused_early(refused, monkeypatch) -> None:
    import corpora.document

    monkeypatch.setattr(corpora.document, "MAX_SENTENCES_PER_DOCUMENT", 10)
    text = "\n".join(f"Paragraph {p}. It has two sentences." for p in range(100))
    message = refused(read_text, text, source_name="many.txt")
    assert message == ("many.txt: more than 10 sentences (the limit), at paragraph 6 of 100; split the text "
                       "into smaller files")
    assert len(read_text("\n".join(text.splitlines()[:5])).sentences) == 10


class _CountingText(str):
    """A paragraph that counts how often it is sliced."""

    slices = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        _CountingText.slices += 1
        return str.__getitem__(self, key)


def test_markers_after_sentences_are_found_without_scanning_every_marker() -> None:
    # Item 2: each sentence used to slice the text up to every later marker (n²/2 slices, 2 M here).
    paragraph = _CountingText(" ".join(f"Sentence number {i} is here [{i % 900 + 1}]." for i in range(2000)))
    _CountingText.slices = 0
    sentences = segment_paragraph(paragraph, "en")
    assert _CountingText.slices < 20_000
    assert len(sentences) == 2000
    assert sentences[1234][2:] == ("Sentence number 1234 is here.", (335,))
    assert paragraph[sentences[1234][0]:sentences[1234][1]] == "Sentence number 1234 is here [335]."


# ---------------------------------------------------------------------- decoding, failing readers
@pytest.mark.parametrize(("good", "line"), [
    ("The café was closed| — “for good”, they said.\n", 1),  # was read as cp1125: "caf├й ... тАФ"
    ("Le barrage de la Vesna a été arrêté. Les élus ont voté à l’unanimité.\n" * 6 + "Le |maire.\n"
     + "Les élus ont voté à l’unanimité.\n" * 20, 7),  # was refused as "not text in any encoding"
])
def test_utf8_with_a_few_bad_bytes_is_refused_saying_where(refused, good: str, line: int) -> None:
    broken = good.encode().replace(b"|", b"\xe9")  # one cp1252 "é" in a UTF-8 file
    message = refused(read_bytes, broken, "presque.txt")
    assert message == ("presque.txt: the file is UTF-8 but 1 byte(s) are not valid UTF-8 (the first, 0xE9, "
                       f"on line {line}); fix those characters or save the file again as UTF-8")


def test_legacy_encodings_are_still_detected() -> None:
    french = ("Le barrage de la Vesna a été arrêté. Les élus ont voté à l’unanimité ce mardi. "
              "Le maire a déclaré qu’il ne cèderait pas.\n") * 20
    assert read_bytes(french.encode("cp1252"), "fr.txt").text.startswith("Le barrage de la Vesna a été")
    russian = "Плотину на Весне остановили. Депутаты проголосовали единогласно во вторник.\n" * 20
    assert read_bytes(russian.encode("cp1251"), "ru.txt").text.startswith("Плотину на Весне остановили.")


def test_a_reader_that_fails_unexpectedly_gives_one_line(refused, monkeypatch) -> None:
    import corpora.readers.markdown_text as markdown_text

    def broken(text: str) -> str:
        raise RuntimeError("an internal error\nover two lines")

    monkeypatch.setattr(markdown_text, "markdown_to_text", broken)
    message = refused(read_bytes, b"# Title\n\nSome text.", "notes.md")
    assert message == ("notes.md: this markdown file cannot be read (RuntimeError); save it again or as "
                       ".txt, and try again")


def test_any_pypdf_error_is_one_line(refused, monkeypatch) -> None:
    import pypdf
    from pypdf.errors import LimitReachedError

    def limited(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise LimitReachedError("Maximum page tree entry limit reached: 100001 > 100000")

    monkeypatch.setattr(pypdf, "PdfReader", limited)
    message = refused(read_bytes, b"%PDF-1.4\n%%EOF\n", "limited.pdf")
    assert message == ("limited.pdf: the PDF is damaged or not a PDF (LimitReachedError); export it again, "
                       "or save the text as .txt")


# ---------------------------------------------------------------------- names as shown
@pytest.mark.parametrize(("name", "shown"), [
    ("\u202egpj.exe", "[U+202E]gpj.exe"),
    ("report\u2066\u2069.txt", "report[U+2066][U+2069].txt"),
    ("a\u200fb\u200e\u061cc", "a[U+200F]b[U+200E][U+061C]c"),
    ("two\nlines\x00.txt", "two[U+000A]lines[U+0000].txt"),
    ("sep\u2028\u2029\x7f", "sep[U+2028][U+2029][U+007F]"),
    ("مقالة.txt", "مقالة.txt"),
    ("می\u200cخواهم.docx", "می\u200cخواهم.docx"),  # ZWNJ is part of Persian spelling
    ("Статья — «Весна».pdf", "Статья — «Весна».pdf"),
])
def test_display_name_neutralises_bidi_and_control_characters(name: str, shown: str) -> None:
    from corpora.text_safety import display_name

    assert display_name(name) == shown
    assert not re.search("[\u202a-\u202e\u2066-\u2069\x00-\x1f]", display_name(name))
