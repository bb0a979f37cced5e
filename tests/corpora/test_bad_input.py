"""Bad input gives one clear line (what is wrong, the limit, what to do), never a traceback."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile

import pytest

from corpora.reading import read_bytes, read_file, read_text


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t  "])
def test_empty_file(refused, tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert "empty" in refused(read_file, path)


def test_empty_paste(refused):
    assert "empty" in refused(read_text, "  \n ")


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (bytes(range(256)) * 8, "binary"),  # NUL and control bytes
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"),
        (b"\x7fELF\x02\x01\x01" + bytes(100), "program"),
        (b"text at first\x01\x02\x03\x04\x05\x06\x07\x08 and then control bytes" * 3, "binary"),
    ],
)
def test_binary_file(refused, tmp_path, content, what):
    path = tmp_path / "data.txt"
    path.write_bytes(content)
    assert what in refused(read_file, path)


@pytest.mark.parametrize("name", ["sheet.xlsx", "picture.png", "archive.zip", "old.doc", "slides.pptx"])
def test_unsupported_type(refused, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"whatever is inside")
    message = refused(read_file, path)
    assert "unsupported file type" in message and ".txt, .md" in message


def test_undecodable_bytes(refused, tmp_path):
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes(range(128, 256)) * 4)  # no encoding makes text of this
    message = refused(read_file, path)
    assert "encoding" in message and "UTF-8" in message


def test_oversize_file_is_refused_fast_with_bounded_memory(refused, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB that cost nothing to make
    tracemalloc.start()
    started = time.perf_counter()
    message = refused(read_file, path)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "200 MB" in message and "20 MB limit" in message and "PARALLAX_MAX_UPLOAD_MB" in message
    assert elapsed < 1.0 and peak < 5 * 1024 * 1024


def test_size_limit_from_parameter_and_settings(refused, tmp_path, monkeypatch):
    from parallax.settings import Settings

    path = tmp_path / "small.txt"
    path.write_text("A short text about a river, a dam and a council. " * 50, encoding="utf-8")
    assert "limit" in refused(read_file, path, max_bytes=1000)
    limit = Settings.from_env({"PARALLAX_MAX_UPLOAD_MB": "0.001"}).max_upload_bytes
    assert "1 KB limit" in refused(read_file, path, max_bytes=limit)
    assert "limit" in refused(read_bytes, path.read_bytes(), "small.txt", max_bytes=limit)
    assert "not a number" in refused(Settings.from_env, {"PARALLAX_MAX_UPLOAD_MB": "lots"})
    monkeypatch.setenv("PARALLAX_MAX_UPLOAD_MB", "0.001")  # the core never reads it: only the edge does
    assert read_file(path).sentences


def test_device_without_size_is_read_only_up_to_the_limit(refused):
    started = time.perf_counter()
    assert "limit" in refused(read_file, "/dev/zero", max_bytes=1024 * 1024)
    assert time.perf_counter() - started < 2


def test_missing_file_and_folder(refused, tmp_path):
    assert "no such file" in refused(read_file, tmp_path / "nope.txt")
    assert "folder" in refused(read_file, tmp_path)


def test_docx_zip_bomb_is_refused_before_unpacking(refused, tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document/>")
        archive.writestr("word/padding.xml", b"\0" * (50 * 1024 * 1024))  # 50 MB of zeros: ~50 KB packed
    path = tmp_path / "bomb.docx"
    path.write_bytes(buffer.getvalue())
    assert "zip bomb" in refused(read_file, path)


def test_damaged_or_fake_docx_and_pdf(refused, tmp_path):
    fake_docx = tmp_path / "fake.docx"
    fake_docx.write_bytes(b"just some text, not a zip")
    assert "fake.docx" in refused(read_file, fake_docx)
    not_word = io.BytesIO()
    with zipfile.ZipFile(not_word, "w") as archive:
        archive.writestr("hello.txt", "hello")
    other = tmp_path / "other.docx"
    other.write_bytes(not_word.getvalue())
    assert "not a Word document" in refused(read_file, other)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
    assert "PDF" in refused(read_file, broken)


def test_pdf_without_text_layer(refused, tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.rect(100, 100, 300, 300, fill=1)  # a "scan": shapes, no text
    page.showPage()
    page.save()
    path = tmp_path / "scan.pdf"
    path.write_bytes(buffer.getvalue())
    message = refused(read_file, path)
    assert "no text layer" in message and "OCR" in message


def test_only_a_footnote_list(refused, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("[1] http://example.org/a\n[2] Ibid.\n", encoding="utf-8")
    assert "footnote" in refused(read_file, path)


def test_bad_language_code(refused):
    assert "language code" in refused(read_text, "Some text about a river and a dam.", lang="English!!")


def test_cli_prints_one_line_and_exits_1(tmp_path, capsys):
    from parallax.cli import main

    path = tmp_path / "data.xlsx"
    path.write_bytes(b"PK")
    assert main(["segment", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "unsupported file type" in captured.err
