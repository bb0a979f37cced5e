"""Every reader, on files the tests write themselves."""

from __future__ import annotations

import io
import zipfile

import pytest

from corpora.reading import read_bytes, read_file, read_text

FRENCH = (
    "Le conseil municipal s’est réuni mardi à Valbonne. Il a voté l’arrêt des travaux du barrage "
    "par sept voix contre deux. « Nous ne céderons pas », a déclaré le maire."
)
RUSSIAN = (
    "Городской совет собрался во вторник. Он проголосовал за остановку строительства плотины: "
    "семь голосов против двух. «Мы не уступим», — заявил мэр."
)
ENGLISH = (
    "The town council met on Tuesday in Valbonne. It voted to stop the works on the dam by seven "
    "votes to two. “We will not give in,” said the mayor."
)


@pytest.mark.parametrize(
    ("text", "encoding", "lang"),
    [
        (ENGLISH, "utf-8", "en"),
        (FRENCH, "utf-8-sig", "fr"),
        (FRENCH, "cp1252", "fr"),
        (FRENCH, "utf-16", "fr"),  # with a BOM
        (RUSSIAN, "koi8-r", "ru"),
        (RUSSIAN, "cp1251", "ru"),
        (RUSSIAN, "utf-16-le", "ru"),  # no BOM
    ],
)
def test_text_files_in_any_common_encoding(tmp_path, text, encoding, lang, invariants):
    path = tmp_path / "article.txt"
    if encoding == "koi8-r":  # KOI8-R has no guillemets
        text = text.replace("«", '"').replace("»", '"').replace("—", "-")
    path.write_bytes(text.encode(encoding))
    doc = read_file(path)
    assert doc.text == text
    assert doc.lang == lang and not doc.language.overridden
    assert len(doc.sentences) == 3
    invariants(doc)


def test_crlf_and_cr_newlines_become_one_paragraph_a_line(tmp_path, invariants):
    path = tmp_path / "windows.txt"
    path.write_bytes(b"First paragraph here.\r\nSecond paragraph here.\rThird.\r\n")
    doc = read_file(path)
    assert "\r" not in doc.text
    assert [p.text for p in doc.paragraphs] == ["First paragraph here.", "Second paragraph here.", "Third."]
    invariants(doc)


def test_hard_wrapped_text_keeps_blank_line_paragraphs(tmp_path, invariants):
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "The council met on Tuesday and, after a long\ndebate, voted to stop the works on the\n"
        "dam. The mayor was not pleased.\n\nA second paragraph starts here and it is\nalso wrapped.\n",
        encoding="utf-8",
    )
    doc = read_file(path)
    assert len(doc.paragraphs) == 2
    assert [s.text for s in doc.sentences][:2] == [
        "The council met on Tuesday and, after a long debate, voted to stop the works on the dam.",
        "The mayor was not pleased.",
    ]
    invariants(doc)


def test_markdown(tmp_path, invariants):
    path = tmp_path / "note.md"
    path.write_text(
        "---\ntitle: ignored\n---\n# The dam on the Vesna\n\nThe council met on **Tuesday** and\n"
        "voted to stop the [works](http://example.org/works)[^1].\n\n- first point\n- second *point*\n\n"
        "```\ncode is not prose\n```\n\n[^1]: Minutes of the meeting, http://example.org/minutes\n",
        encoding="utf-8",
    )
    doc = read_file(path)
    assert [p.text for p in doc.paragraphs] == [
        "The dam on the Vesna",
        "The council met on Tuesday and voted to stop the works [1].",
        "first point",
        "second point",
    ]
    assert doc.footnotes[1].urls == ("http://example.org/minutes",)
    assert doc.sentences[1].footnotes == (1,) and doc.sentences[1].text.endswith("the works.")
    invariants(doc)


HTML = """<!doctype html><html><head><meta charset="windows-1252"><title>Gazette</title>
<style>p { color: red }</style><script>var menu = "Home | About";</script></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li>About us</li></ul></nav></header>
<div class="cookie-banner">We use cookies.</div>
<article><h1>The dam on the Vesna</h1>
<p>The council met on Tuesday.
It voted to stop the works<sup><a href="#fn1">1</a></sup>.</p>
<p>“We will not be rushed,” said the mayor. The vote was 7 to 2.</p>
<div class="share-buttons">Share on social media</div>
<ol class="footnotes"><li id="fn1">Minutes, <a href="http://example.org/m">http://example.org/m</a>
<a href="#r1" class="footnote-backref">&#8617;</a></li></ol>
</article><aside>Most read: ten recipes</aside>
<footer>© 2024 The Gazette. All rights reserved.</footer></body></html>"""


def test_html_main_text_without_menus_scripts_or_footer(tmp_path, invariants):
    path = tmp_path / "page.html"
    path.write_bytes(HTML.encode("cp1252"))
    doc = read_file(path)
    assert [p.text for p in doc.paragraphs] == [
        "The dam on the Vesna",
        "The council met on Tuesday. It voted to stop the works [1].",
        "“We will not be rushed,” said the mayor. The vote was 7 to 2.",
    ]
    for boilerplate in ("Home", "About us", "cookies", "Share", "recipes", "rights", "var menu", "color"):
        assert boilerplate not in doc.text
    assert doc.footnotes[1].urls == ("http://example.org/m",)
    assert [q.text for q in doc.quotes] == ["We will not be rushed,"]
    invariants(doc)


def test_html_without_article_uses_the_body(tmp_path, invariants):
    path = tmp_path / "plain.htm"
    path.write_text(
        "<html><body><nav>Menu</nav><h2>Title</h2><p>One paragraph.<br>Same paragraph after a break.</p>"
        "<footer>Footer text</footer></body></html>",
        encoding="utf-8",
    )
    doc = read_file(path)
    assert "Menu" not in doc.text and "Footer" not in doc.text
    assert [p.text for p in doc.paragraphs] == ["Title", "One paragraph. Same paragraph after a break."]
    invariants(doc)


def test_docx_paragraphs(tmp_path, invariants):
    import docx

    document = docx.Document()
    document.add_heading("Le barrage de la Vesna", 1)
    document.add_paragraph("Le conseil s’est réuni mardi. Il a voté l’arrêt des travaux [1].")
    document.add_paragraph("« Nous ne céderons pas », a déclaré le maire.")
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "Une cellule de tableau."
    document.add_paragraph("[1] Procès-verbal, http://example.org/pv")
    path = tmp_path / "article.docx"
    document.save(path)
    doc = read_file(path)
    assert [p.text for p in doc.paragraphs] == [
        "Le barrage de la Vesna",
        "Le conseil s’est réuni mardi. Il a voté l’arrêt des travaux [1].",
        "« Nous ne céderons pas », a déclaré le maire.",
        "Une cellule de tableau.",
    ]
    assert doc.lang == "fr" and doc.footnotes[1].urls == ("http://example.org/pv",)
    assert doc.quotes[0].text == "Nous ne céderons pas" and doc.quotes[0].marks == "«»"
    invariants(doc)


def _pdf(paragraphs: list[str], space_after: float = 6) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["Normal"], spaceAfter=space_after)
    buffer = io.BytesIO()
    flow = [Paragraph(paragraphs[0], styles["Heading1"])] + [Paragraph(p, body) for p in paragraphs[1:]]
    SimpleDocTemplate(buffer, pagesize=A4).build(flow)
    return buffer.getvalue()


def test_pdf_lines_are_joined_into_paragraphs(tmp_path, invariants):
    first = (
        "The council met on Tuesday and, after a long debate that went on well into the night, voted to "
        "stop the works on the dam. The mayor was not pleased, and he said so to anyone who would listen "
        "in the square outside the town hall, at length."
    )
    second = "A second paragraph starts here. It is short."
    path = tmp_path / "report.pdf"
    path.write_bytes(_pdf(["The dam on the Vesna", first, second]))
    doc = read_file(path)
    assert [p.text for p in doc.paragraphs] == ["The dam on the Vesna", first, second]
    assert len(doc.sentences) == 5
    invariants(doc)


def test_pasted_text_and_format_sniffing(tmp_path):
    doc = read_text("Pasted text. Two sentences here, about a river and a dam.", source_name="clipboard")
    assert doc.source_name == "clipboard" and len(doc.sentences) == 2
    disguised = tmp_path / "report.txt"  # a PDF under a .txt name is read as the PDF it is
    disguised.write_bytes(_pdf(["Title", "A paragraph of the report, long enough to be read as text."]))
    assert read_file(disguised).paragraphs[1].text.startswith("A paragraph of the report")
    assert read_bytes(b"<!DOCTYPE html><p>Hello there, this is a page.</p>", "noext").text == (
        "Hello there, this is a page."
    )


def test_same_text_gives_same_ids_and_hash(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    one, two = read_file(path), read_file(path)
    assert [s.id for s in one.sentences] == [s.id for s in two.sentences] == ["s0", "s1", "s2"]
    assert one.sha256 == two.sha256 and len(one.sha256) == 64
    assert one.language == two.language


def test_docx_footnotes_become_markers_and_a_list(tmp_path, invariants):
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    paragraph = document.add_paragraph("The council voted to stop the works")
    paragraph._p.append(parse_xml(f'<w:r {w}><w:footnoteReference w:id="1"/></w:r>'))
    paragraph.add_run(". The mayor left.")
    buffer = io.BytesIO()
    document.save(buffer)
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:t>Minutes, http://example.org/minutes</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    relation = (
        '<Relationship Id="rIdNotes" Target="footnotes.xml" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/footnotes"/></Relationships>'
    )
    kind = (
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.footnotes+xml"/></Types>'
    )
    patched = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", relation.encode())
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", kind.encode())
            target.writestr(item, data)
        target.writestr("word/footnotes.xml", footnotes)
    path = tmp_path / "notes.docx"
    path.write_bytes(patched.getvalue())
    doc = read_file(path)
    assert [s.text for s in doc.sentences] == ["The council voted to stop the works.", "The mayor left."]
    assert doc.sentences[0].footnotes == (1,)
    assert doc.footnotes[1].urls == ("http://example.org/minutes",)
    invariants(doc)
