"""JSON Lines batches: one article per line; a bad line is reported by file and line, the rest still read."""

import datetime as dt
import json

from kg.errors import SourceError
from kg.sources import read_sources
from kg.sources_jsonl import MAX_LINE_BYTES
from kg.sources_meta import NO_DATE

RAA = {
    "url": "https://example.com/2022/01/06/japan-australia-raa",
    "title": "Japan and Australia Sign a Defence Access Treaty",
    "published": "2022-01-06",
    "publisher": "North Sea Wire",
    "text": "Japan and Australia signed a reciprocal access agreement on Thursday.\n\n"
            "The two prime ministers signed the treaty at a virtual summit, officials said.",
}
UK = {
    "url": "https://example.com/2023/01/11/japan-uk-raa",
    "title": "Japan and Britain Sign a Defence Pact in London",
    "published": "2023-01-11T10:00:00Z",
    "publisher": "North Sea Wire",
    "author": ["Ana Ruiz", "Lena Holt"],
    "text": "Japan and Britain Sign a Defence Pact in London\r\n\r\n"
            "Japan and the United Kingdom signed a reciprocal access agreement in London on Wednesday.",
}


def write(tmp_path, *lines) -> None:
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n"
    (tmp_path / "batch.jsonl").write_text(text, encoding="utf-8")


def read(tmp_path) -> tuple[list, dict[str, str]]:
    items = list(read_sources([tmp_path / "batch.jsonl"]))
    return ([i for i in items if not isinstance(i, SourceError)],
            {e.source: e.reason for e in items if isinstance(e, SourceError)})


def test_each_line_is_an_article_named_by_file_and_line(tmp_path):
    write(tmp_path, RAA, UK)
    articles, errors = read(tmp_path)
    assert errors == {}
    assert [a.source for a in articles] == ["batch.jsonl:1", "batch.jsonl:2"]
    first, second = articles
    assert (first.url, first.publisher, first.published) == (RAA["url"], "North Sea Wire", dt.date(2022, 1, 6))
    assert second.published == dt.date(2023, 1, 11)
    assert [c.name for c in second.credits] == ["Ana Ruiz", "Lena Holt"]


def test_a_title_missing_from_the_text_is_put_first_and_never_twice(tmp_path):
    write(tmp_path, RAA, UK)
    first, second = read(tmp_path)[0]
    assert first.text == RAA["title"] + "\n\n" + RAA["text"] + "\n"
    assert second.text.count(UK["title"]) == 1 and second.text.startswith(UK["title"] + "\n\n")
    for article in (first, second):
        assert article.headings[0] == (0, len(article.title))
        assert all(not article.text[s:e].startswith("Japan and Britain Sign") for s, e in article.body)
    assert [first.text[s:e] for s, e in first.body] == RAA["text"].split("\n\n")


def test_without_a_title_the_first_line_is_the_title(tmp_path):
    write(tmp_path, {**RAA, "title": None})
    [article], _ = read(tmp_path)
    assert article.title == "Japan and Australia signed a reciprocal access agreement on Thursday."
    assert len(article.body) == 1


def test_bad_lines_are_reported_with_their_line_and_the_others_still_read(tmp_path):
    write(tmp_path, RAA, "{not json", "", "[1, 2]", {**RAA, "text": ""}, {**RAA, "published": "6 January 2022"},
          {**RAA, "title": 42}, {**RAA, "published": None, "url": "https://example.com/japan-australia-raa"},
          {**RAA, "url": "file:///etc/passwd"},
          {**RAA, "author": {"name": "x"}}, UK)
    articles, errors = read(tmp_path)
    assert [a.source for a in articles] == ["batch.jsonl:1", "batch.jsonl:11"]
    assert errors == {
        "batch.jsonl:2": "not JSON (Expecting property name enclosed in double quotes at column 2)",
        "batch.jsonl:4": "not a JSON object but list; expected {url, title, published, publisher, text}",
        "batch.jsonl:5": "no 'text' (the article, paragraphs separated by blank lines)",
        "batch.jsonl:6": "'published' '6 January 2022' is not YYYY-MM-DD",
        "batch.jsonl:7": "'title' must be a string, got int",
        "batch.jsonl:8": NO_DATE,
        "batch.jsonl:9": "'url' 'file:///etc/passwd' is not an http(s) URL",
        "batch.jsonl:10": "'author' must be a name or a list of names",
    }


def test_a_line_without_a_date_takes_the_date_its_address_holds(tmp_path):
    write(tmp_path, {**RAA, "published": None})   # "https://example.com/2022/01/06/japan-australia-raa"
    articles, errors = read(tmp_path)
    assert errors == {} and [a.published.isoformat() for a in articles] == ["2022-01-06"]


def test_an_overlong_line_is_reported_without_being_kept(tmp_path):
    write(tmp_path, {**RAA, "text": "x " * MAX_LINE_BYTES}, UK)
    articles, errors = read(tmp_path)
    assert [a.source for a in articles] == ["batch.jsonl:2"]
    assert errors == {"batch.jsonl:1": f"line longer than {MAX_LINE_BYTES} bytes"}


def test_a_line_that_is_not_utf8_is_reported(tmp_path):
    (tmp_path / "batch.jsonl").write_bytes(b'{"title": "Caf\xe9"}\n' + json.dumps(UK).encode() + b"\n")
    articles, errors = read(tmp_path)
    assert errors == {"batch.jsonl:1": "not UTF-8 text (byte 14)"}
    assert len(articles) == 1


def test_batches_in_folders_are_read(tmp_path):
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "more.jsonl").write_text(json.dumps(RAA) + "\n", encoding="utf-8")
    items = list(read_sources([tmp_path]))
    assert [i.source for i in items] == ["more.jsonl:1"]


def test_a_records_html_character_references_are_its_characters(tmp_path):
    record = {"url": "https://example.com/2024/03/03/cocoa", "title": "Ghana &amp; C&ocirc;te d&#8217;Ivoire fix cocoa price",
              "published": "2024-03-03", "publisher": "Gulf of Guinea Wire",
              "text": "C&ocirc;te d&#8217;Ivoire and Ghana agreed on Tuesday to set a common floor price for cocoa."}
    (tmp_path / "b.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    [article] = read_sources([tmp_path / "b.jsonl"])
    assert article.title == "Ghana & Côte d’Ivoire fix cocoa price"
    assert [article.text[a:b] for a, b in article.body] == [
        "Côte d’Ivoire and Ghana agreed on Tuesday to set a common floor price for cocoa."]


def test_a_records_html_text_is_read_as_its_paragraphs(tmp_path):
    """Feeds give an article's text as HTML: its paragraphs are the text; tags, images and captions are not."""
    record = {"url": "https://example.com/2024/03/03/cocoa", "title": "Ghana and Ivory Coast fix cocoa price",
              "published": "2024-03-03", "publisher": "Gulf of Guinea Wire",
              "text": '<p>C&ocirc;te d&#8217;Ivoire and Ghana <b>agreed</b> on Tuesday to set a common floor price for '
                      'cocoa, officials said.</p><figure><img src="pods.jpg"><figcaption>Cocoa pods drying in the sun '
                      '(Reuters)</figcaption></figure><p>The two countries also signed a memorandum on <a href="/x">'
                      'cross-border smuggling</a>.<br>Talks resume in May.</p><script>track()</script>'
                      '<ul><li>Cocoa &amp; coffee exports rose last year.</li></ul>'}
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    [article] = read_sources([tmp_path / "feed.jsonl"])
    assert [article.text[a:b] for a, b in article.body] == [
        "Côte d’Ivoire and Ghana agreed on Tuesday to set a common floor price for cocoa, officials said.",
        "The two countries also signed a memorandum on cross-border smuggling.", "Talks resume in May.",
        "Cocoa & coffee exports rose last year."]
    assert "<" not in article.text and "pods" not in article.text and "track" not in article.text


def test_a_records_text_with_an_angle_bracket_is_still_text(tmp_path):
    record = {"url": "https://example.com/2024/03/03/note", "title": "Growth figures", "published": "2024-03-03",
              "text": "Growth was <2% in Chile and > 3% in Peru, officials said on Tuesday."}
    (tmp_path / "b.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    [article] = read_sources([tmp_path / "b.jsonl"])
    assert [article.text[a:b] for a, b in article.body] == [record["text"]]
