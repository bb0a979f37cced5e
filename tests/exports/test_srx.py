"""Parallax's segmentation rules as SRX 2.0 (issue 19): applied the way SRX says (first rule whose
beforebreak ends and afterbreak starts at a position decides), they cut a paragraph where Parallax
does, and ``parallax export --format srx`` writes them."""

from __future__ import annotations

import regex
from lxml import etree

from corpora.document import build_document
from corpora.exporters.srx import SRX_NS, build_srx
from parallax.cli import main

NS = {"s": SRX_NS}
PARAGRAPH = ("Dr. Smith met B. Kagarlitsky on p. 12 of the report, etc. and left. Give us weapons!” The "
             "weapons are there [14]. However… “What do we see?” Nothing. It was over.\nA new line")


def _rules(root: etree._Element, lang: str) -> list[tuple[bool, str, str]]:
    name = next(m.get("languagerulename") for m in root.iterfind(".//s:languagemap", NS)
                if regex.fullmatch(m.get("languagepattern"), lang))
    rule_set = root.find(f".//s:languagerule[@languagerulename='{name}']", NS)
    return [(r.get("break") == "yes", r.findtext("s:beforebreak", "", NS), r.findtext("s:afterbreak", "", NS))
            for r in rule_set.iterfind("s:rule", NS)]


def _segment(text: str, rules: list[tuple[bool, str, str]]) -> list[str]:
    """The segments an SRX engine makes: a break where the first matching rule says so."""
    compiled = [(b, regex.compile(f"(?:{before})$"), regex.compile(after)) for b, before, after in rules]
    cuts = [0]
    for pos in range(1, len(text)):
        for breaks, before, after in compiled:
            if before.search(text, 0, pos) and after.match(text, pos):
                if breaks:
                    cuts.append(pos)
                break
    cuts.append(len(text))
    return [text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


def test_the_srx_rules_cut_a_paragraph_where_parallax_does():
    root = build_srx().getroot()
    by_srx = _segment(PARAGRAPH, _rules(root, "en-GB"))
    doc = build_document(PARAGRAPH, "en")
    assert by_srx == [doc.text[s.start:s.end] for s in doc.sentences]
    assert by_srx[:3] == ["Dr. Smith met B. Kagarlitsky on p. 12 of the report, etc. and left.",
                          "Give us weapons!”", "The weapons are there [14]."]


def test_each_language_gets_its_own_word_lists():
    root = build_srx().getroot()
    assert _segment("Voir M. Dupont. Il est là.", _rules(root, "fr")) == ["Voir M. Dupont.", "Il est là."]
    assert _segment("См. проф. Иванов пришёл. Он здесь.", _rules(root, "ru")) == [
        "См. проф. Иванов пришёл.", "Он здесь."]


def test_parallax_export_writes_the_srx_file(tmp_path, capsys):
    out = tmp_path / "parallax.srx"
    assert main(["export", "--format", "srx", "--output", str(out)]) == 0
    root = etree.parse(str(out)).getroot()
    assert root.tag == f"{{{SRX_NS}}}srx" and root.get("version") == "2.0"
    assert {m.get("languagerulename") for m in root.iterfind(".//s:languagemap", NS)} >= {"Parallax en",
                                                                                          "Parallax fr"}
    assert main(["export", "P", "--format", "srx", "--output", str(out)]) == 1
    assert "give no PROJECT" in capsys.readouterr().err
