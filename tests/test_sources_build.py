"""End to end: a folder of .txt, .html and .jsonl articles is built, validated and queried."""

import csv
import io
import json
from pathlib import Path

import pytest

from kg.pipeline import build
from kg.query import run_file
from kg.settings import Settings
from kg.sources import read_sources
from kg.sources_meta import NO_DATE

QUERIES = Path(__file__).resolve().parent.parent / "queries"
INDIA, AUSTRALIA = "http://www.wikidata.org/entity/Q668", "http://www.wikidata.org/entity/Q408"
CHILE, PERU = "http://www.wikidata.org/entity/Q298", "http://www.wikidata.org/entity/Q419"

#: Wire copy pasted without its headline: the lead paragraph comes first.
HEADLINELESS = ("LIMA, May 5, 2021 (Andes Wire) - Chile and Peru signed a border trade agreement in Lima on Wednesday, "
                "cutting the paperwork for lorries at the Chacalluta crossing. The two foreign ministers put their "
                "names to the text after a morning of talks, officials said.\n\n"
                "Both governments said the agreement would enter into force in July.\n")

TXT = """Title: Honduras Opens Diplomatic Relations With China
Publisher: The Meridian Post
Date: 2023-03-26
URL: https://example.org/americas/2023/03/26/honduras-china-ties

Honduras Opens Diplomatic Relations With China

Honduras and China established diplomatic relations on Sunday, after the government in Tegucigalpa ended its
official ties with Taiwan.

The foreign ministers of the two countries signed a joint communique in Beijing, officials said.
"""

HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>India and Australia sign trade deal | Harbour Ledger</title>
<meta property="og:site_name" content="Harbour Ledger">
<link rel="canonical" href="https://example.net/asia/india-australia-ecta">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "India and Australia Sign an Interim Trade Agreement", "datePublished": "2022-04-02T11:30:00+05:30",
 "publisher": {"@type": "Organization", "name": "Harbour Ledger"}, "author": {"@type": "Person", "name": "Priya Nair"}}
</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/asia">Asia</a> <a href="/trade">Trade</a></nav></header>
<main><article>
<h1>India and Australia Sign an Interim Trade Agreement</h1>
<div class="share-buttons"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<figure><img src="ministers.jpg" alt=""><figcaption>The two trade ministers at the virtual ceremony.</figcaption></figure>
<p>India and Australia signed an economic cooperation and trade agreement on Saturday, cutting tariffs on most
goods traded between the two countries.</p>
<p>The trade ministers of both countries signed the interim deal at a virtual ceremony, officials said, and both
governments described it as a first step towards a broader pact.</p>
<aside class="related"><h3>Related</h3><ul><li><a href="/x">Quad leaders meet in Tokyo</a></li>
<li><a href="/y">Coal prices climb again</a></li></ul></aside>
</article></main>
<footer><p>Harbour Ledger. All rights reserved.</p></footer>
</body></html>
"""

RECORDS = [
    {"url": "https://example.com/2022/01/06/japan-australia-raa", "title": "Japan and Australia Sign a Defence Access Treaty",
     "published": "2022-01-06", "publisher": "North Sea Wire",
     "text": "Japan and Australia signed a reciprocal access agreement on Thursday that makes it easier for their armed "
             "forces to train in each other's territory.\n\nThe two prime ministers signed the treaty at a virtual "
             "summit, officials said."},
    {"url": "https://example.com/2023/01/11/japan-uk-raa", "title": "Japan and Britain Sign a Defence Pact in London",
     "published": "2023-01-11", "publisher": "North Sea Wire",
     "text": "Japan and Britain Sign a Defence Pact in London\n\nJapan and the United Kingdom signed a reciprocal access "
             "agreement in London on Wednesday, allowing their forces to hold joint exercises on each other's soil.\n\n"
             "The agreement was signed at the Tower of London during a visit by the Japanese prime minister, "
             "officials said."},
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    (folder / "honduras-china.txt").write_text(TXT, encoding="utf-8")
    (folder / "pages").mkdir()
    (folder / "pages" / "india-australia.html").write_text(HTML, encoding="utf-8")
    (folder / "pages" / "undated.html").write_text(HTML.replace('"datePublished": "2022-04-02T11:30:00+05:30",', ""),
                                                   encoding="utf-8")
    (folder / "wire-no-headline.txt").write_text(HEADLINELESS, encoding="utf-8")
    (folder / "batch.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    out = tmp_path_factory.mktemp("release") / "dist"
    return out, build(Settings(out=out), [folder])


def rows(out: Path, query: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(run_file(out, QUERIES / query))))


def test_every_format_is_published_and_the_undated_page_is_reported(built):
    _, result = built
    assert sorted(result.published) == ["batch.jsonl:1", "batch.jsonl:2", "honduras-china.txt", "india-australia.html",
                                        "wire-no-headline.txt"]
    assert [(s.source, s.reason) for s in result.skipped] == [("undated.html", NO_DATE)]


def test_the_html_article_answers_the_competency_queries(built):
    out, _ = built
    [article] = [r["article"] for r in rows(out, "articles.rq") if r["source"] == "india-australia.html"]
    [page] = [r for r in rows(out, "articles.rq") if r["article"] == article]
    assert (page["published"], page["url"]) == ("2022-04-02", "https://example.net/asia/india-australia-ecta")
    states = {r["wikidata"] for r in rows(out, "states.rq") if r["article"] == article}
    assert {INDIA, AUSTRALIA} <= states
    parties = {r["partyWikidata"] for r in rows(out, "agreements.rq") if r["article"] == article}
    assert {INDIA, AUSTRALIA} <= parties


def test_an_article_without_a_headline_is_published_from_its_first_paragraph(built):
    out, _ = built
    [page] = [r for r in rows(out, "articles.rq") if r["source"] == "wire-no-headline.txt"]
    assert page["published"] == "2021-05-05"
    assert page["title"].startswith("LIMA, May 5, 2021 (Andes Wire) - Chile and Peru signed a border trade agreement")
    assert len(page["title"]) <= 152 and page["title"].endswith("…")   # its first sentence, cut at a word
    parties = {r["partyWikidata"] for r in rows(out, "agreements.rq") if r["article"] == page["article"]}
    assert {CHILE, PERU} <= parties   # the lead paragraph is text, not a title


def test_sources_carry_no_path(built):
    out, _ = built
    assert all("/" not in r["source"] for r in rows(out, "articles.rq"))


def test_a_saved_page_named_txt_is_read_as_the_page_it_is(tmp_path):
    (tmp_path / "story.txt").write_bytes(b"\xef\xbb\xbf\n<!-- saved -->\n" + HTML.encode("utf-8"))
    [article] = read_sources([tmp_path / "story.txt"])
    assert article.title == "India and Australia Sign an Interim Trade Agreement"
    assert article.published.isoformat() == "2022-04-02" and article.publisher == "Harbour Ledger"
    body = [article.text[a:b] for a, b in article.body]
    assert body[0].startswith("India and Australia signed an economic cooperation and trade agreement")
    assert not any("<" in paragraph or "Related" in paragraph for paragraph in body)


def test_a_text_that_mentions_html_is_still_text(tmp_path):
    (tmp_path / "note.txt").write_text("<html> tags in a news story\n\nMar 3, 2024\n\n"
                                       "Chile and Peru signed a border agreement on Friday.\n", encoding="utf-8")
    [article] = read_sources([tmp_path / "note.txt"])
    assert article.title == "<html> tags in a news story"
