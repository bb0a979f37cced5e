"""Importers: exported alignments come back bead for bead; hostile or broken XML is refused."""

from __future__ import annotations

import dataclasses
import io

import pytest

from corpora.errors import InputError
from corpora.exporters import ExportFilter, write_csv, write_jsonl, write_tmx, write_tsv, write_xliff
from corpora.import_tm import read_alignment, read_json, read_table, read_tmx, read_xliff


def _not_rejected(corpus):
    """What a TMX or XLIFF holds: a rejected pair is never a translation unit."""
    return dataclasses.replace(corpus, beads=[b for b in corpus.beads if b.status != "rejected"])


def _same(a, b):
    assert (a.source_lang, a.target_lang, a.model) == (b.source_lang, b.target_lang, b.model)
    assert [dataclasses.asdict(x) for x in a.beads] == [dataclasses.asdict(x) for x in b.beads]


def test_tmx_round_trip_keeps_beads_and_statuses(corpus, tmp_path):
    path = tmp_path / "memory.tmx"
    write_tmx(corpus, path, ExportFilter(include_empty=True))
    back = read_tmx(path)
    _same(back, _not_rejected(corpus))
    assert back.name == corpus.name and back.source_name == corpus.source_name


def test_tmx_round_trip_without_added_sentences(corpus, tmp_path):
    """By default a TMX holds the untranslated sentence (1:0), not the added one (0:1)."""
    path = tmp_path / "memory.tmx"
    write_tmx(corpus, path)
    back = read_tmx(path)
    kept = dataclasses.replace(corpus, beads=[b for b in _not_rejected(corpus).beads if b.source])
    _same(back, kept)


def test_xliff_round_trip_bead_by_bead(corpus, tmp_path):
    """XLIFF has one text per side (n:m sentences joined by a space), no evidence, and names a
    reviewer only as the author of a note; everything else comes back."""
    path = tmp_path / "pair.xlf"
    write_xliff(corpus, path, ExportFilter(include_empty=True))
    back = read_alignment(path)
    assert (back.source_lang, back.target_lang, back.name) == ("en", "fr", "pair")
    assert [(b.source_ids, b.target_ids, b.source, b.target) for b in back.beads] == [
        ([0], [0], ["Strelkov said: “We hold Sloviansk” & <more>."],
         ["Strelkov a dit : « Nous tenons Slaviansk » & <plus>."]),
        ([1, 2], [1], ["About 120 000 people left. Most went to Russia."],
         ["Environ 12 000 personnes sont parties, surtout en Russie."]),
        ([4], [], ["This sentence was dropped."], []),
        ([], [4], [], ["Phrase ajoutée par le traducteur."]),
        ([5], [5], ["Донецк | Donetsk — “quoted”, 'single'."], ["Donetsk, « cité »."]),
    ]
    assert [(b.score, b.drift_score, b.kinds, b.reasons) for b in back.beads] == [
        (0.93, 0.05, [], []),
        (0.71, 0.82, ["number"], ["number differs: 120 000 vs 12 000"]),
        (0.0, 1.0, ["omission"], ["no target sentence"]),
        (0.0, 1.0, ["addition"], ["no source sentence"]),
        (0.88, 0.1, [], []),
    ]
    assert [(b.status, b.reviewer, b.note, b.evidence) for b in back.beads] == [
        ("confirmed", "anna", "checked against the video", []),
        ("automatic", "", "", []),
        ("automatic", "", "", []),
        ("edited", "", "", []),  # anna reviewed it but wrote no note: XLIFF has nowhere to say so
        ("confirmed", "", "", []),
    ]


def test_foreign_xliff_states_codes_groups_and_repeated_notes():
    data = b"""<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a" source-language="en" target-language="de" datatype="plaintext"><body>
<group id="g"><trans-unit id="1"><source>Press <bpt id="1">&lt;b&gt;</bpt>Save<ept id="1">&lt;/b&gt;</ept>
 <x id="2"/>now <g id="3">here</g></source><target state="final">Jetzt<!-- a comment --> <ph id="4">{0}</ph>
 <mrk mtype="term">hier</mrk></target></trans-unit></group>
<trans-unit id="2"><source>Two.</source><target state="translated">Zwei.</target>
<note from="ute">check</note><note from="ute">check</note></trans-unit>
<trans-unit id="3" approved="yes"><source>Three.</source><target>Drei.</target></trans-unit>
<trans-unit id="4"><source>Four.</source>
<target state="needs-translation" state-qualifier="rejected-inaccurate">Vier.</target></trans-unit>
</body></file>
<file original="b" source-language="en" target-language="de" datatype="plaintext"><body>
<trans-unit id="1"><source>Five.</source></trans-unit></body></file></xliff>"""
    corpus = read_xliff(data)
    assert (corpus.source_lang, corpus.target_lang) == ("en", "de")
    assert [(b.source_ids, b.target_ids, b.source, b.target, b.status, b.reviewer, b.note)
            for b in corpus.beads] == [
        ([0], [0], ["Press Save\n now here"], ["Jetzt \n hier"], "confirmed", "", ""),
        ([1], [1], ["Two."], ["Zwei."], "edited", "ute", "check\ncheck"),
        ([2], [2], ["Three."], ["Drei."], "confirmed", "", ""),
        ([3], [3], ["Four."], ["Vier."], "rejected", "", ""),
        ([4], [], ["Five."], [], "automatic", "", ""),
    ]


def test_xliff_2_and_an_xliff_without_file_are_refused_in_one_line():
    xliff2 = (b'<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="fr">'
              b'<file id="f"><unit id="1"><segment><source>a</source><target>b</target></segment></unit>'
              b'</file></xliff>')
    with pytest.raises(InputError, match=r"^XLIFF input is XLIFF 2, which Parallax does not read"):
        read_xliff(xliff2)
    with pytest.raises(InputError, match=r"^XLIFF input has no <file>; not a valid XLIFF file$"):
        read_xliff(b'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"></xliff>')


def test_entity_declarations_never_reach_the_parser(monkeypatch):
    """The refusal happens on the prolog (expat), so it does not rest on translate-toolkit's parser
    settings: the bytes of a file that declares entities are never handed to lxml."""
    from translate.storage import lisa

    parsed = []
    real = lisa.parse_xml
    monkeypatch.setattr(lisa, "parse_xml", lambda xml, **kw: parsed.append(xml) or real(xml, **kw))
    declares = (b'<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p"> '
                b'<!ENTITY e "x">]><xliff version="1.2"><file source-language="en" target-language="fr" '
                b'original="x" datatype="plaintext"><body><trans-unit id="1"><source>&e;</source>'
                b'</trans-unit></body></file></xliff>')
    with pytest.raises(InputError, match="declares XML entities"):
        read_xliff(declares)
    assert parsed == []
    read_xliff(declares.replace(b"&e;", b"x").split(b"]>")[1])  # the same file without its DOCTYPE is read
    assert len(parsed) == 1


@pytest.mark.parametrize(("writer", "suffix"), [(write_tsv, ".tsv"), (write_csv, ".csv")])
def test_table_round_trip_keeps_beads_and_statuses(corpus, tmp_path, writer, suffix):
    path = tmp_path / f"pairs{suffix}"
    writer(corpus, path)
    _same(read_table(path), corpus)
    _same(read_alignment(path), corpus)


def test_jsonl_round_trip(corpus, tmp_path):
    path = tmp_path / "pairs.jsonl"
    write_jsonl(corpus, path)
    _same(read_json(path), corpus)


def test_foreign_tmx_with_inline_codes_and_three_languages():
    data = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x"
 adminlang="en" srclang="en-US" datatype="html"/>
<body>
<tu><tuv xml:lang="en-US"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now</seg></tuv>
<tuv xml:lang="de-DE"><seg>Jetzt speichern</seg></tuv>
<tuv xml:lang="fr-FR"><seg>Appuyez sur <ph>&lt;br/&gt;</ph>Enregistrer</seg></tuv></tu>
<tu><tuv lang="en-US"><seg>Second.</seg></tuv><tuv lang="fr-FR"><seg>Deuxième.</seg></tuv></tu>
</body></tmx>""".encode()
    corpus = read_tmx(data, target_lang="fr")
    assert (corpus.source_lang, corpus.target_lang) == ("en-US", "fr")
    assert [(b.source, b.target) for b in corpus.beads] == [
        (["Press Save now"], ["Appuyez sur Enregistrer"]),
        (["Second."], ["Deuxième."]),
    ]
    assert [(b.source_ids, b.target_ids, b.status) for b in corpus.beads] == [
        ([0], [0], "automatic"), ([1], [1], "automatic")
    ]
    assert read_tmx(data).target_lang == "de-DE"  # first other language when none is asked for


def test_a_tmx_in_an_encoding_expat_lacks_is_still_read():
    """Shift_JIS: the prolog scan (expat) cannot read it and leaves the file to the parser."""
    data = ("<?xml version='1.0' encoding='Shift_JIS'?><tmx version='1.4'><header srclang='en'/><body>"
            "<tu><tuv xml:lang='en'><seg>Japan</seg></tuv><tuv xml:lang='ja'><seg>日本</seg></tuv></tu>"
            "</body></tmx>")
    assert [b.target for b in read_tmx(data.encode("shift_jis")).beads] == [["日本"]]


def test_foreign_two_column_tsv_named_by_language(tmp_path):
    path = tmp_path / "tm.tsv"
    path.write_text("en\tru\nGood morning.\tДоброе утро.\nThanks.\tСпасибо.\n", encoding="utf-8")
    corpus = read_table(path)
    assert (corpus.source_lang, corpus.target_lang) == ("en", "ru")
    assert [b.target for b in corpus.beads] == [["Доброе утро."], ["Спасибо."]]
    assert [b.source_ids for b in corpus.beads] == [[0], [1]]


def test_table_without_usable_columns_is_refused(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(InputError, match="expected columns 'source' and 'target'"):
        read_table(path)


def _one_line_error(data: bytes) -> str:
    with pytest.raises(InputError) as info:
        read_tmx(data)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_malformed_tmx_gives_a_clear_one_line_error():
    message = _one_line_error(b"<tmx version='1.4'><header/><body><tu><tuv></tu></body></tmx>")
    assert "not well-formed XML" in message and "line 1" in message
    assert "not a TMX file" in _one_line_error(b"<html><body/></html>")
    assert "no <body>" in _one_line_error(b"<tmx version='1.4'><header/></tmx>")


def test_entity_expansion_is_refused():
    laughs = b"""<?xml version="1.0"?>
<!DOCTYPE tmx [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&lol3;</seg></tuv>
<tuv xml:lang="fr"><seg>x</seg></tuv></tu></body></tmx>"""
    assert "refuses to expand entities" in _one_line_error(laughs)


def test_external_entities_are_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    xxe = f"""<?xml version="1.0"?>
<!DOCTYPE tmx [ <!ENTITY leak SYSTEM "file://{secret}"> ]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&leak;</seg></tuv>
<tuv xml:lang="fr"><seg>x</seg></tuv></tu></body></tmx>""".encode()
    message = _one_line_error(xxe)
    assert "entities" in message and "TOP-SECRET" not in message
    external_dtd = b"""<?xml version="1.0"?>
<!DOCTYPE tmx SYSTEM "http://127.0.0.1:9/tmx14.dtd">
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>a</seg></tuv>
<tuv xml:lang="fr"><seg>b</seg></tuv></tu></body></tmx>"""
    assert [b.target for b in read_tmx(external_dtd).beads] == [["b"]]  # the DTD is not fetched


def test_missing_file_and_unknown_extension(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_tmx(tmp_path / "nope.tmx")
    with pytest.raises(InputError, match="cannot import"):
        read_alignment(tmp_path / "x.docx")


def test_read_json_accepts_align_output_shape():
    data = io.BytesIO(b'{"source_lang": "en", "target_lang": "fr", "model": "m", '
                      b'"beads": [{"source_ids": [0, 1], "target_ids": [0], "source": ["A.", "B."], '
                      b'"target": ["A B."], "score": 0.5, "kinds": ["omission"], '
                      b'"reasons": [{"kind": "omission", "text": "shorter"}]}]}').getvalue()
    corpus = read_json(data)
    assert corpus.model == "m" and corpus.beads[0].source == ["A.", "B."]
    assert corpus.beads[0].reasons == ["kind: omission; text: shorter"]
    with pytest.raises(InputError, match="neither JSON"):
        read_json(b"{not json")
