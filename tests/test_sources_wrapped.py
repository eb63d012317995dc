"""Text hard-wrapped at a fixed width (plain-text exports, e-mail, wire copy) reads as the paragraphs it was
written in: the lines of a paragraph are one, and page furniture and lists on lines of their own stay apart."""

import csv
import io
import re
import textwrap
from pathlib import Path

from kg.extract import Extractor
from kg.pipeline import build
from kg.query import run_file
from kg.settings import Settings
from kg.sources import parse_article

ROOT = Path(__file__).resolve().parent.parent
CHILE, PERU = "http://www.wikidata.org/entity/Q298", "http://www.wikidata.org/entity/Q419"

ARTICLE = """Chile and Peru sign border trade pact after talks in Lima

By Andes Trade Monitor – Rosa Quispe

May 5, 2021

Chile and Peru signed a border trade agreement in Lima on Wednesday, cutting the paperwork for lorries at the Chacalluta crossing and setting up a joint customs office, the Peruvian foreign ministry said in a statement.

The foreign ministers of the two countries met at the Torre Tagle Palace for three hours and agreed to hold a joint cabinet meeting in Santiago next year; they also agreed to study a second rail link between Tacna and Arica.

Bolivia, which sends much of its trade through Arica, was not part of the talks, and its foreign minister said on Thursday that La Paz expected to be consulted before any rail link was built.
"""


def wrapped(text: str, width: int = 72) -> str:
    """``text`` with every line longer than ``width`` broken at spaces, as a plain-text export writes it."""
    return "\n".join(piece for line in text.split("\n")
                     for piece in (textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
                                   if len(line) > width else [line]))


def paragraphs(article) -> list[str]:
    return [" ".join(article.text[start:end].split()) for start, end in article.body]


def facts(extraction) -> tuple:
    def said(evidence):
        return " ".join(evidence.text.split())
    return (sorted((tuple(sorted(p.key for p in a.parties)), a.status, a.date or "", said(a.evidence))
                   for a in extraction.agreements),
            sorted((tuple(sorted(p.key for p in m.participants)), m.date or "", said(m.evidence))
                   for m in extraction.meetings),
            sorted(p.person.label for p in extraction.people),
            sorted(s.source.label for s in extraction.statements))


def test_a_wrapped_article_reads_as_the_paragraphs_it_was_written_in():
    as_written, as_wrapped = parse_article(ARTICLE, "a.txt"), parse_article(wrapped(ARTICLE, 60), "a.txt")
    assert wrapped(ARTICLE, 60).count("\n") > ARTICLE.count("\n") + 6   # the test's premise: it is wrapped
    assert paragraphs(as_wrapped) == paragraphs(as_written)
    assert len(as_wrapped.body) == 3
    assert (as_wrapped.title, as_wrapped.published) == (as_written.title, as_written.published)


def test_a_wrapped_article_gives_the_facts_of_the_same_text_unwrapped():
    extractor = Extractor()
    as_written = extractor.extract(parse_article(ARTICLE, "a.txt"))
    as_wrapped = extractor.extract(parse_article(wrapped(ARTICLE), "a.txt"))
    assert facts(as_wrapped) == facts(as_written)
    assert any({p.key for p in a.parties} == {"CHL", "PER"} and a.status == "signed" for a in as_wrapped.agreements)
    assert any(m.place == "Lima" for m in as_wrapped.meetings)


def test_lines_of_furniture_and_list_items_stay_apart_and_a_wrapped_item_is_one():
    page = """Baltic ministers agree joint air defence steps in Riga, officials say
By Baltic Defence Wire
Jan 19, 2024

The three ministers signed several documents at the meeting in Riga, among
them the following texts agreed by their governments:
- a document on cooperation in rocket artillery, covering the launchers
that the three countries are buying from abroad;
- a bilateral agreement on cooperation in air surveillance.

Read more: Estonia orders more air defence systems from its neighbours and
Read more: Latvia and Lithuania open a joint training centre for the
"""
    article = parse_article(page, "p.txt")
    assert article.title == "Baltic ministers agree joint air defence steps in Riga, officials say"
    assert paragraphs(article) == [
        "The three ministers signed several documents at the meeting in Riga, among them the following texts agreed "
        "by their governments:",
        "- a document on cooperation in rocket artillery, covering the launchers that the three countries are buying "
        "from abroad;",
        "- a bilateral agreement on cooperation in air surveillance."]


def test_the_sample_articles_wrapped_give_the_same_facts_as_written():
    """The repository's own samples, wrapped at 72 characters: the same facts from nearly all (a credit split over two
    lines, "Photo: …\\nJānis Kalniņš / …", can still be lost)."""
    extractor = Extractor()
    files = sorted((ROOT / "samples" / "articles").glob("*.txt"))[:120]
    same = 0
    for path in files:
        raw = path.read_text(encoding="utf-8")
        header = re.compile(r"(?:Title|Publisher|Date|URL|Author):")
        lines = raw.split("\n")
        wrapped_raw = "\n".join(piece for line in lines for piece in (
            [line] if len(line) <= 72 or header.match(line) else
            textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False)))
        same += facts(extractor.extract(parse_article(raw, path.name))) == facts(
            extractor.extract(parse_article(wrapped_raw, path.name)))
    assert same >= 0.85 * len(files), f"{same} of {len(files)}"


def test_a_wrapped_article_is_published_with_its_sentences_quoted_as_written(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wrapped.txt").write_text(wrapped(ARTICLE), encoding="utf-8")
    out = tmp_path / "dist"
    result = build(Settings(out=out), [folder])
    assert result.published == ["wrapped.txt"]
    rows = list(csv.DictReader(io.StringIO(run_file(out, ROOT / "queries" / "agreements.rq"))))
    signed = [r for r in rows if r["status"] == "signed"]
    assert {r["partyWikidata"] for r in signed} == {CHILE, PERU}
    quote = signed[0]["evidence"]
    assert quote.startswith("Chile and Peru signed a border trade agreement in Lima on")
    assert "\n" in quote and quote in wrapped(ARTICLE)   # the exact text, line breaks and all
