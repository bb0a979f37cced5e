"""Hostile files, made here by the tests: each is refused with one clear line, quickly, in bounded
memory, without a traceback, without reading a local file, and without changing the database.

Documents go through ``parallax import`` (and the workbench's upload path); translation memories
(TMX, XLIFF, TSV) through ``parallax export --from``. Run with ``-s`` to see the measured time and
memory of each case.
"""

from __future__ import annotations

import io
import os
import re
import resource
import time
import tracemalloc
import uuid
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from corpora.errors import InputError
from corpora.import_tm import read_alignment
from db.repository import Repository
from db.schema import Base
from parallax import workflow
from parallax.cli import main
from workbench.render import escape

MAX_SECONDS = 5.0
MAX_PY_PEAK = 64 * 1024 * 1024  # Python allocations (tracemalloc)
MAX_RSS_GROWTH_KB = 256 * 1024  # the process's high-water mark, C allocations (libxml2, zlib) included
DOCUMENTS = (".txt", ".md", ".html", ".docx", ".pdf")


# ---------------------------------------------------------------------- the hostile files
def _tmx(body: str, doctype: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}\n<tmx version="1.4"><header srclang="en" '
            f'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" '
            f'creationtoolversion="1"/><body><tu><tuv xml:lang="en"><seg>{body}</seg></tuv>'
            f'<tuv xml:lang="fr"><seg>Bonjour.</seg></tuv></tu></body></tmx>').encode()


def _xliff(body: str, doctype: str) -> bytes:
    return (f'<?xml version="1.0"?>\n{doctype}\n'
            f'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
            f'<file source-language="en" target-language="fr" datatype="plaintext" original="x"><body>'
            f'<trans-unit id="1"><source>{body}</source><target>Bonjour.</target></trans-unit>'
            f'</body></file></xliff>').encode()


def _docx(document_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    parts = {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                               b'2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
                               b'</Types>',
        "word/document.xml": document_xml,
        **(extra or {}),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _zip_bomb() -> bytes:
    """A .docx whose document.xml unpacks from about 100 KB to 100 MB (1000:1)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1 << 20)
            for _ in range(100):
                member.write(block)
    return buffer.getvalue()


def _shared_page_tree_pdf(levels: int = 8, links: int = 10) -> bytes:
    """A 1.6 KB PDF whose page tree has ``levels`` levels, each node listing the next one ``links``
    times: 10^8 pages to a reader that follows every link (pypdf stopped with LimitReachedError)."""
    bodies = {1: "<< /Type /Catalog /Pages 2 0 R >>"}
    for level in range(levels):
        number = 2 + level
        parent = f" /Parent {number - 1} 0 R" if level else ""
        kids = " ".join([f"{number + 1} 0 R"] * links)
        bodies[number] = f"<< /Type /Pages /Kids [{kids}] /Count {links ** (levels - level)}{parent} >>"
    page = 2 + levels
    bodies[page] = f"<< /Type /Page /Parent {page - 1} 0 R /MediaBox [0 0 612 792] >>"
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number in range(1, page + 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{bodies[number]}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {page + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {page + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


LAUGHS = "\n".join(['<!DOCTYPE tmx [', ' <!ENTITY lol "lol">'] + [
    f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)]
    + [']>'])  # 10^9 "lol"s from 1 KB


@pytest.fixture
def secret(tmp_path: Path) -> tuple[Path, str]:
    """A local file with a random token: no hostile file may bring its contents in."""
    token = f"SECRET-{uuid.uuid4().hex}"
    path = tmp_path / "private" / "secret.txt"
    path.parent.mkdir()
    path.write_text(token + "\n", encoding="utf-8")
    return path, token


def hostile_files(folder: Path, secret_path: Path) -> dict[str, Path]:
    """Every hostile file, written into ``folder``; name -> path."""
    url = secret_path.as_uri()
    files: dict[str, bytes | None] = {
        "billion-laughs.tmx": _tmx("&lol9;", LAUGHS),
        "external-entity.tmx": _tmx("&xxe;", f'<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "{url}">]>'),
        "external-entity-hostname.tmx": _tmx("&xxe;", '<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'),
        "parameter-entity.tmx": _tmx("x", f'<!DOCTYPE tmx [<!ENTITY % xxe SYSTEM "{url}"> %xxe;]>'),
        "external-dtd.tmx": _tmx("hello", f'<!DOCTYPE tmx SYSTEM "{url}">').replace(b"<seg>hello",
                                                                                   b"<seg>hello &xxe;"),
        "external-entity.xlf": _xliff("&xxe;", f'<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "{url}">]>'),
        "billion-laughs.xlf": _xliff("&lol9;", LAUGHS.replace("DOCTYPE tmx", "DOCTYPE xliff")),
        "external-entity.docx": _docx(
            f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{url}">]><w:document xmlns:w='
            f'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe; '
            f'Text.</w:t></w:r></w:p></w:body></w:document>'.encode()),
        "zip-bomb.docx": _zip_bomb(),
        "not-a-pdf.pdf": b"Just some words in a file that says it is a PDF. Nothing more.\n" * 20,
        "broken.pdf": b"%PDF-1.7\n" + os.urandom(20_000),
        "shared-page-tree.pdf": _shared_page_tree_pdf(),
        "random.txt": os.urandom(64 * 1024),
        "random.md": os.urandom(64 * 1024),
        "random.docx": os.urandom(64 * 1024),
        "random.pdf": os.urandom(64 * 1024),
        "random.tmx": os.urandom(64 * 1024),
        "random.xlf": os.urandom(64 * 1024),
        "random.tsv": os.urandom(64 * 1024),
        "empty.txt": b"",
        "empty.html": b"",
        "empty.docx": b"",
        "empty.tmx": b"",
        "empty.tsv": b"",
        "huge.txt": None,  # 300 MB, sparse
        "huge.tmx": None,
        "huge.tsv": None,
        "only-scripts.html": b"<html><head><script>alert('x')</script></head><body><script>document.write("
                             b"'<p>written by a script</p>')</script><style>p{}</style></body></html>",
        "deep.html": b"<html><body>" + b"<div>" * 10_000 + b"Deep text." + b"</div>" * 10_000 + b"</body>",
    }
    paths = {}
    for name, data in files.items():
        path = folder / name
        if data is None:
            with path.open("wb") as handle:
                handle.truncate(300 * 1024 * 1024)
        else:
            path.write_bytes(data)
        paths[name] = path
    return paths


# ---------------------------------------------------------------------- measuring one refusal
def _counts(repo: Repository) -> dict[str, int]:
    with repo.engine.connect() as conn:
        return {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
                for t in Base.metadata.sorted_tables}


def _database_text(repo: Repository) -> str:
    with repo.engine.connect() as conn:
        parts = [str(v) for row in conn.execute(text("SELECT text, source_name FROM documents")) for v in row]
        parts += [str(v) for (v,) in conn.execute(text("SELECT text FROM sentences"))]
    return "\n".join(parts)


def _hostname() -> str:
    try:
        return Path("/etc/hostname").read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _leaks(haystack: str, token: str) -> bool:
    if token in haystack:
        return True
    host = _hostname()
    return bool(host) and re.search(rf"(?<![\w-]){re.escape(host)}(?![\w-])", haystack) is not None


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'parallax.db'}"
    monkeypatch.setenv("PARALLAX_DATABASE_URL", url)
    monkeypatch.delenv("PARALLAX_AUTH", raising=False)
    monkeypatch.delenv("PARALLAX_MAX_UPLOAD_MB", raising=False)
    repo = Repository.open(url)
    project = repo.create_project("Hostile")
    ok, _ = workflow.import_pasted(repo, project.id, "A first text. It is fine.", "fine.txt")
    yield repo, project.id
    repo.close()


def _measure(call):  # type: ignore[no-untyped-def]
    """(result or exception, seconds, Python peak bytes, growth of the process's max RSS in KB)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    started = time.perf_counter()
    try:
        outcome = call()
    except Exception as exc:  # noqa: BLE001 - the test looks at what came out
        outcome = exc
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return outcome, seconds, peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss


def test_every_hostile_file_is_refused_quickly_and_changes_nothing(tmp_path, database, secret,
                                                                    capsys) -> None:
    repo, project_id = database
    secret_path, token = secret
    folder = tmp_path / "incoming"
    folder.mkdir()
    files = hostile_files(folder, secret_path)
    import docx  # noqa: F401 - load the readers first: their import is not what is measured
    import pypdf  # noqa: F401

    before, before_text = _counts(repo), _database_text(repo)
    capsys.readouterr()
    report = []
    for name, path in files.items():
        if path.suffix in DOCUMENTS:
            argv = ["import", str(path), "--project", "Hostile"]
        else:
            argv = ["export", "--from", str(path), "--output", str(tmp_path / "out.tsv"),
                    "--source-lang", "en", "--target-lang", "fr"]
        code, seconds, peak, rss = _measure(lambda argv=argv: main(argv))
        out, err = capsys.readouterr()
        report.append(f"{name:30} {seconds * 1000:8.1f} ms  py peak {peak / 1048576:6.1f} MB  "
                      f"rss +{rss / 1024:6.1f} MB  {err.strip()[:90]}")
        assert code == 1, f"{name}: accepted ({out[:200]!r})"
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"parallax {argv[0]}: "), f"{name}: {err!r}"
        assert "Traceback" not in err and "Error:" not in err.split(": ", 1)[0]
        assert not _leaks(out + err, token), f"{name}: local file content in the output"
        assert not (tmp_path / "out.tsv").exists()
        assert seconds < MAX_SECONDS, f"{name}: {seconds:.1f} s"
        assert peak < MAX_PY_PEAK, f"{name}: {peak / 1048576:.0f} MB"
        assert rss < MAX_RSS_GROWTH_KB, f"{name}: RSS grew by {rss / 1024:.0f} MB"
    print("\n" + "\n".join(report))
    assert _counts(repo) == before
    assert _database_text(repo) == before_text and not _leaks(_database_text(repo), token)


def test_the_workbench_upload_path_refuses_them_too(tmp_path, database, secret) -> None:
    repo, project_id = database
    files = hostile_files(tmp_path, secret[0])
    before = _counts(repo)
    for name, path in files.items():
        if path.suffix not in DOCUMENTS or path.stat().st_size > 50 * 1024 * 1024:
            continue  # the server's upload limit stops 300 MB before any of our code runs
        data = path.read_bytes()
        outcome, seconds, _, _ = _measure(
            lambda name=name, data=data: workflow.import_upload(repo, project_id, name, data))
        assert isinstance(outcome, InputError), f"{name}: {outcome!r}"
        assert "\n" not in str(outcome) and seconds < MAX_SECONDS
    assert _counts(repo) == before


def test_translation_memories_are_refused_by_the_readers(tmp_path, secret) -> None:
    files = hostile_files(tmp_path, secret[0])
    for name, path in files.items():
        if path.suffix in DOCUMENTS:
            continue
        outcome, seconds, _, _ = _measure(lambda path=path: read_alignment(path, "en", "fr"))
        assert isinstance(outcome, InputError), f"{name}: {outcome!r}"
        assert not _leaks(str(outcome), secret[1]) and seconds < MAX_SECONDS
    message = str(_measure(lambda: read_alignment(files["huge.tmx"]))[0])
    assert "300 MB" in message and "20 MB limit" in message and "PARALLAX_MAX_UPLOAD_MB" in message


def test_one_bad_file_in_a_batch_stores_nothing(tmp_path, database, secret, capsys) -> None:
    repo, _ = database
    good = tmp_path / "good.txt"
    good.write_text("A good text. It would be stored alone.", encoding="utf-8")
    bomb = hostile_files(tmp_path, secret[0])["zip-bomb.docx"]
    before = _counts(repo)
    assert main(["import", str(good), str(bomb), "--project", "Hostile"]) == 1
    assert "zip bomb" in capsys.readouterr().err
    assert _counts(repo) == before


def test_a_shared_page_tree_is_one_line_and_the_next_upload_goes_on(database) -> None:
    """Issue 21, item 9: the workbench imports uploads one by one, each under ``user_errors`` (which
    shows an ``InputError`` and goes on); an uncaught pypdf error stopped the rest of the batch."""
    repo, project_id = database
    data = _shared_page_tree_pdf()
    assert len(data) < 1700
    started = time.perf_counter()
    with pytest.raises(InputError) as info:
        workflow.import_upload(repo, project_id, "tree.pdf", data)
    assert str(info.value) == ("tree.pdf: the PDF's page tree reaches the same page node twice, which no PDF "
                               "writer does; the file is refused")
    assert time.perf_counter() - started < 2.0
    info_next, created = workflow.import_upload(repo, project_id, "next.txt", b"The next file. It is read.")
    assert created and info_next.sentences == 2


def test_an_html_page_with_scripts_gives_its_text_only_and_is_shown_as_text(tmp_path, database) -> None:
    repo, project_id = database
    page = (b"<html><head><title>t</title><script>stealCookies()</script></head><body><article>"
            b"<p>The dam was built in 1962.</p><script>document.write('injected')</script>"
            b"<p onclick=\"evil()\">Visible &lt;script&gt;alert(1)&lt;/script&gt; as words.</p>"
            b"<iframe src=\"https://example.org\">frame text</iframe><noscript>enable js</noscript>"
            b"</article></body></html>")
    info, created = workflow.import_upload(repo, project_id, "page.html", page)
    stored = repo.load_document(info.id)
    assert created and "The dam was built in 1962." in stored.text
    for code in ("stealCookies", "injected", "evil()", "frame text", "enable js"):
        assert code not in stored.text and code not in _database_text(repo)
    assert "<script>alert(1)</script>" in stored.text  # what the page shows as words stays words...
    shown = escape(stored.text)
    assert "<script" not in shown and "&lt;script&gt;" in shown  # ...and is displayed escaped
