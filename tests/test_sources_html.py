"""HTML pages -> articles: main text by trafilatura, metadata from JSON-LD and OpenGraph, bombs refused."""

import codecs
import datetime as dt
import time

import lxml.html
import pytest

from kg.errors import SourceError
from kg.sources import read_sources
from kg.sources_html import MAX_HTML_BYTES, html_parser, parse_html
from kg.sources_meta import NO_DATE

HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Finland joins NATO | The Meridian Post</title>
{meta}
</head><body>"""

JSON_LD = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "WebSite", "name": "The Meridian Post"},
 {"@type": "NewsArticle", "headline": "Finland Becomes the Alliance's 31st Member",
  "datePublished": "2023-04-04T14:05:00+02:00", "publisher": {"@type": "Organization", "name": "The Meridian Post"},
  "author": [{"@type": "Person", "name": "Lena Holt"}, {"@type": "Person", "name": "Tomás Pérez"}]}]}</script>"""

OPEN_GRAPH = """<meta property="og:title" content="Finland joins NATO">
<meta property="og:site_name" content="Meridian">
<meta property="article:published_time" content="2023-04-05T09:00:00Z">
<link rel="canonical" href="https://example.com/world/finland-nato">"""

BODY = """
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<article>
<h1>Finland Becomes the Alliance's 31st Member</h1>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
<figure><img src="flags.jpg" alt=""><figcaption>Flags outside the alliance headquarters in Brussels.</figcaption></figure>
<p>Finland formally joined the North Atlantic Treaty Organization on Tuesday, ending decades of
military non-alignment that had lasted through the Cold War.</p>
<p>The Finnish foreign minister handed the accession documents to the United States Secretary of State
at a ceremony in Brussels, officials said.</p>
<h2>What comes next</h2>
<p>Sweden, which applied at the same time, was still waiting for approval from Turkey and Hungary.</p>
<div class="related"><h3>Related stories</h3><ul><li><a href="/a">Sweden's bid stalls</a></li>
<li><a href="/b">Turkey ratifies the protocol</a></li></ul></div>
</article>
<footer><p>The Meridian Post. All rights reserved.</p></footer>
</body></html>"""

PARAGRAPHS = [
    "Finland formally joined the North Atlantic Treaty Organization on Tuesday, ending decades of "
    "military non-alignment that had lasted through the Cold War.",
    "The Finnish foreign minister handed the accession documents to the United States Secretary of State "
    "at a ceremony in Brussels, officials said.",
    "Sweden, which applied at the same time, was still waiting for approval from Turkey and Hungary.",
]


def page(meta: str = JSON_LD + OPEN_GRAPH, body: str = BODY) -> bytes:
    return (HEAD.format(meta=meta) + body).encode("utf-8")


def texts(article, spans):
    return [article.text[s:e] for s, e in spans]


def test_body_is_the_paragraphs_and_spans_point_into_plain_text():
    article = parse_html(page(), "finland.html")
    assert texts(article, article.body) == PARAGRAPHS
    assert article.text == "\n\n".join(["Finland Becomes the Alliance's 31st Member", PARAGRAPHS[0],
                                        PARAGRAPHS[1], "What comes next", PARAGRAPHS[2]]) + "\n"
    assert texts(article, article.headings) == ["Finland Becomes the Alliance's 31st Member", "What comes next"]


def test_navigation_share_buttons_captions_and_related_links_are_not_text():
    article = parse_html(page(), "finland.html")
    for noise in ("Home", "Share on", "Flags outside", "Related stories", "Sweden's bid stalls", "rights reserved"):
        assert noise not in article.text


def test_json_ld_wins_over_open_graph_and_the_canonical_link_is_the_url():
    article = parse_html(page(), "finland.html")
    assert article.source == "finland.html"
    assert article.title == "Finland Becomes the Alliance's 31st Member"
    assert article.published == dt.date(2023, 4, 4)
    assert article.publisher == "The Meridian Post"
    assert article.url == "https://example.com/world/finland-nato"
    assert [(c.name, c.role, c.affiliation) for c in article.credits] == [
        ("Lena Holt", "author", "The Meridian Post"), ("Tomás Pérez", "author", "The Meridian Post")]


def test_open_graph_is_the_fallback_and_a_headline_missing_from_the_text_is_put_first():
    body = BODY.replace("<h1>Finland Becomes the Alliance's 31st Member</h1>", "")
    article = parse_html(page(OPEN_GRAPH, body), "finland.html")
    assert (article.title, article.published, article.publisher) == ("Finland joins NATO", dt.date(2023, 4, 5), "Meridian")
    assert article.text.startswith("Finland joins NATO\n\n")
    assert article.headings[0] == (0, len("Finland joins NATO"))
    assert texts(article, article.body) == PARAGRAPHS


def test_a_relative_canonical_link_is_resolved_against_the_page_url():
    meta = OPEN_GRAPH.replace("https://example.com/world/finland-nato", "/world/finland-nato")
    article = parse_html(page(meta), "x", base_url="https://news.example.org/a?b=1")
    assert article.url == "https://news.example.org/world/finland-nato"
    assert parse_html(page(meta), "x").url is None


def test_a_page_with_no_date_is_reported_and_skipped(tmp_path):
    (tmp_path / "undated.html").write_bytes(page("<meta property=\"og:title\" content=\"Finland joins NATO\">"))
    (tmp_path / "dated.htm").write_bytes(page())
    items = list(read_sources([tmp_path]))
    errors = [i for i in items if isinstance(i, SourceError)]
    assert [a.source for a in items if not isinstance(a, SourceError)] == ["dated.htm"]
    assert [(e.source, e.reason) for e in errors] == [("undated.html", NO_DATE)]
    assert "no publication date" in NO_DATE and "datePublished" in NO_DATE


def test_a_page_without_main_text_is_a_clear_error():
    with pytest.raises(SourceError, match="no main text"):
        parse_html(b"<html><head><title>Empty</title></head><body><nav>Home</nav></body></html>", "empty.html")


def test_the_declared_charset_is_used():
    html = page().decode().replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    article = parse_html(html.encode("iso-8859-1"), "latin.html")
    assert ("Tomás Pérez", "author", "The Meridian Post") in [(c.name, c.role, c.affiliation) for c in article.credits]


def billion_laughs() -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return ('<?xml version="1.0"?>\n<!DOCTYPE html [\n' + "\n".join(entities) + "\n]>\n"
            '<html><head><title>&lol9;</title></head><body><article><h1>&lol9;</h1>'
            '<p>&lol9; &lol9; &lol9; &lol9;</p></article></body></html>')


def test_a_billion_laughs_page_is_refused_within_a_second(tmp_path):
    (tmp_path / "bomb.html").write_text(billion_laughs(), encoding="utf-8")
    started = time.monotonic()
    [item] = list(read_sources([tmp_path / "bomb.html"]))
    assert time.monotonic() - started < 1
    assert isinstance(item, SourceError) and item.source == "bomb.html" and "<!ENTITY" in item.reason


def test_a_bomb_in_another_encoding_is_refused_too():
    data = codecs.BOM_UTF16_LE + billion_laughs().replace('<?xml version="1.0"?>\n', "").encode("utf-16-le")
    with pytest.raises(SourceError, match="ENTITY"):
        parse_html(data, "bomb16.html")


def test_the_parser_itself_expands_no_entity_and_reads_no_file(tmp_path):
    """Past the declaration check, lxml's HTML parser as configured is still harmless."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    xxe = f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]><html><body><p>&x;</p></body></html>'
    started = time.monotonic()
    bomb = lxml.html.document_fromstring(billion_laughs().encode(), parser=html_parser())
    leak = lxml.html.document_fromstring(xxe.encode(), parser=html_parser())
    assert time.monotonic() - started < 1
    assert len("".join(bomb.itertext())) < 2_000
    assert "TOP SECRET" not in "".join(leak.itertext())
    with pytest.raises(SourceError, match="ENTITY"):
        parse_html(xxe.encode(), "xxe.html")


def test_an_oversized_page_is_refused_before_parsing(tmp_path):
    big = tmp_path / "big.html"
    big.write_bytes(page() + b" " * MAX_HTML_BYTES)
    [item] = list(read_sources([big]))
    assert isinstance(item, SourceError) and f"larger than {MAX_HTML_BYTES} bytes" in item.reason
