"""Reading articles in both text forms, and reporting files that cannot be read."""

import datetime as dt

import pytest

from kg.errors import SourceError
from kg.extract import Extractor
from kg.sources import parse_article, read_sources

PLAIN = """Two Neighbours Sign a Border Deal

Photo: Ana Ruiz – Reuters

By Global Affairs Daily – Tomás Pérez

Mar 3, 2024

Chile and Argentina signed a border agreement on Friday, officials said.

Share this article
Read More: other news
"""

HEADER = """Title: Two Neighbours Sign a Border Deal
Publisher: The Meridian Post
Date: 2024-03-04
URL: https://example.com/border-deal
Author: Lena Holt

""" + PLAIN


def test_plain_form_reads_title_credits_date_and_body():
    article = parse_article(PLAIN, "a.txt")
    assert article.title == "Two Neighbours Sign a Border Deal"
    assert article.published == dt.date(2024, 3, 3)
    assert article.publisher == "Global Affairs Daily"
    roles = {(c.name, c.role, c.affiliation) for c in article.credits}
    assert ("Ana Ruiz", "photographer", "Reuters") in roles
    assert ("Tomás Pérez", "author", "Global Affairs Daily") in roles
    body = [article.text[s:e] for s, e in article.body]
    assert body == ["Chile and Argentina signed a border agreement on Friday, officials said."]


def test_header_form_wins_over_page_furniture_and_offsets_count_after_header():
    article = parse_article(HEADER, "b.txt")
    assert article.published == dt.date(2024, 3, 4)
    assert article.publisher == "The Meridian Post"
    assert article.url == "https://example.com/border-deal"
    assert article.text.startswith("Two Neighbours")
    start, end = article.body[0]
    assert article.text[start:end].startswith("Chile and Argentina")


def test_trailing_read_more_and_share_lines_are_not_body():
    article = parse_article(PLAIN, "a.txt")
    assert not any("Read More" in article.text[s:e] or "Share" in article.text[s:e] for s, e in article.body)


def test_bad_header_date_is_a_clear_error():
    with pytest.raises(SourceError, match="header Date"):
        parse_article(HEADER.replace("2024-03-04", "March 4"), "c.txt")


def test_unreadable_files_are_reported_and_the_others_still_read(tmp_path):
    (tmp_path / "good.txt").write_text(PLAIN, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 news\n\nBody text here.".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    items = list(read_sources([tmp_path]))
    errors = {e.source: e.reason for e in items if isinstance(e, SourceError)}
    articles = [a for a in items if not isinstance(a, SourceError)]
    assert [a.source for a in articles] == ["good.txt"]
    assert "NUL" in errors["binary.txt"]
    assert "UTF-8" in errors["latin1.txt"]
    assert "empty" in errors["empty.txt"]


def test_missing_path_is_reported(tmp_path):
    items = list(read_sources([tmp_path / "nope"]))
    assert isinstance(items[0], SourceError) and "no such file" in items[0].reason


WIRE = """Title: Two Neighbours Sign a Border Deal
Date: 2024-03-04

Two Neighbours Sign a Border Deal

By Lina Ortiz, Diplomatic Correspondent

SANTIAGO, March 4 (Reuters) - Chile and Argentina signed a border agreement on Monday.

FILE PHOTO: Flags fly at the border crossing, January 2024. REUTERS/Pablo Sanz

Leaders pose after the signing in Santiago. (AP Photo/Rosa Vidal)

Also read: Chile and Peru talk trade

Subscribe to our newsletter for daily briefings

The deal settles a dispute over a glacier, officials said.

Reporting by Ana Costa in Santiago; Additional reporting by Juan Roa in Buenos Aires and Eva Lind in Geneva; Editing by Tom Hale

Associated Press writer Carla Mendes in Lima contributed to this report.
"""


def test_credit_caption_and_widget_lines_are_people_not_text():
    article = parse_article(WIRE, "w.txt")
    credits = {(c.name, c.role, c.affiliation) for c in article.credits}
    assert ("Lina Ortiz", "diplomatic correspondent", None) in credits
    assert ("Pablo Sanz", "photographer", "REUTERS") in credits
    assert ("Rosa Vidal", "photographer", "AP") in credits
    assert {("Ana Costa", "reporter", None), ("Juan Roa", "reporter", None), ("Eva Lind", "reporter", None),
            ("Tom Hale", "editor", None)} <= credits
    assert ("Carla Mendes", "reporter", "Associated Press") in credits
    body = [article.text[s:e] for s, e in article.body]
    assert len(body) == 2 and body[1] == "The deal settles a dispute over a glacier, officials said."


def test_a_desk_byline_is_not_a_person():
    article = parse_article(HEADER.replace("Author: Lena Holt", "Author: Staff Reporter").replace(
        "By Global Affairs Daily – Tomás Pérez", "By Staff Reporter"), "s.txt")
    assert not any("Staff" in c.name for c in article.credits)


@pytest.mark.parametrize("first, dateline", [
    ("JAKARTA, Feb 10 (Reuters) - Indonesia signed a contract.", "JAKARTA, Feb 10 (Reuters) - "),
    ("BRUSSELS (AP) — Leaders met.", "BRUSSELS (AP) — "),
    ("Kingstown (St. Vincent and the Grenadines), Dec 14 (EFE).- They agreed.",
     "Kingstown (St. Vincent and the Grenadines), Dec 14 (EFE).- "),
    ("NATO - the alliance - said so.", None),
    ("The two regimes have agreed.", None),
])
def test_wire_datelines_are_found(first, dateline):
    article = parse_article(f"Title: T\nDate: 2024-01-01\n\nT\n\n{first}\n", "d.txt")
    found = article.text[article.dateline[0]:article.dateline[1]] if article.dateline else None
    assert found == dateline


def test_a_folder_lists_its_article_files_as_rglob_finds_them(tmp_path):
    """Nested, hidden, upper-case suffixes, other suffixes left out, a link to a file in, a link to a
    folder not followed, a broken link out: the files and order of ``sorted(folder.rglob("*"))``."""
    from kg.sources import ARTICLE_SUFFIXES, inputs
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "Z").mkdir()
    for name in ["x.txt", "Y.TXT", "a/b/c.html", "a/z.jsonl", "a/no.rst", ".hidden/h.txt", "Z/é.htm", "a/.dot.txt",
                 "a/b-c.txt", "a-b.txt", "a0.txt"]:
        (tmp_path / name).write_text("Text.")
    (tmp_path / "link.txt").symlink_to(tmp_path / "x.txt")
    (tmp_path / "folder-link").symlink_to(tmp_path / "a")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nothing")
    expected = sorted(p for p in tmp_path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
    assert len(expected) == 11
    assert list(inputs([tmp_path])) == expected


@pytest.mark.parametrize("line", ["Rooppur (Pabna), Oct 5, 2023 (BSS)", "Karachi (Sindh), 5 October 2023"])
def test_a_date_line_led_by_a_place_with_its_region_gives_the_date(line):
    article = parse_article(f"Fuel arrives for the plant\n\n{line}\n\nThe first fuel for the plant was handed over today.\n",
                            "c.txt")
    assert article.published == dt.date(2023, 10, 5)
    assert [article.text[s:e] for s, e in article.body] == ["The first fuel for the plant was handed over today."]


def test_a_file_of_one_sentence_is_its_title_and_its_text():
    article = parse_article("Brazil and Argentina agreed on Tuesday to build a gas pipeline, Reuters reported.\n", "one.txt")
    assert article.title == "Brazil and Argentina agreed on Tuesday to build a gas pipeline, Reuters reported."
    [(start, end)] = article.body
    assert article.text[start:end] == article.title and not article.headings


def test_a_headline_that_asks_or_ends_with_a_period_stays_the_title():
    for headline in ("Thirteen points and a spring: can two presidents thaw a century-old freeze?",
                     "Under tariff threat, Guatemala signs deal to take in asylum seekers headed for U.S."):
        article = parse_article(f"{headline}\n\nMar 3, 2024\n\nChile and Argentina signed a border agreement on Friday.\n",
                                "h.txt")
        assert article.title == headline
        assert [article.text[a:b] for a, b in article.body] == ["Chile and Argentina signed a border agreement on Friday."]


def test_a_lead_paragraph_first_is_text_and_its_first_sentence_the_title():
    lead = ("Chile and Argentina signed a border agreement on Friday. The two foreign ministers met at the Cristo "
            "Redentor pass, where they unveiled a plaque, and said the text would go to both parliaments within a month.")
    article = parse_article(f"{lead}\n\nMar 3, 2024\n\nBoth governments welcomed the deal.\n", "lead.txt")
    assert article.title == "Chile and Argentina signed a border agreement on Friday."
    assert [article.text[a:b] for a, b in article.body] == [lead, "Both governments welcomed the deal."]
    assert article.published == dt.date(2024, 3, 3)


def test_a_title_and_nothing_else_is_still_refused():
    with pytest.raises(SourceError, match="no body text"):
        parse_article("Two Neighbours Sign a Border Deal\n\nMar 3, 2024\n", "t.txt")


ESCAPED = """Ivory Coast and Ghana agree on cocoa &amp; prices

Mar 3, 2024

C&ocirc;te d&#8217;Ivoire and Ghana agreed on Tuesday to set a common floor price for cocoa, officials in Accra &#x26; Abidjan said.
"""


def test_html_character_references_left_in_text_are_the_characters_they_stand_for(tmp_path):
    (tmp_path / "cocoa.txt").write_text(ESCAPED, encoding="utf-8")
    [article] = read_sources([tmp_path / "cocoa.txt"])
    assert article.title == "Ivory Coast and Ghana agree on cocoa & prices"
    [(start, end)] = article.body
    assert article.text[start:end].startswith("Côte d’Ivoire and Ghana agreed on Tuesday")
    assert "Accra & Abidjan" in article.text
    [agreement] = Extractor().extract(article).agreements
    assert {p.key for p in agreement.parties} == {"CIV", "GHA"}


def test_text_that_only_looks_like_a_reference_is_left_as_it_is():
    article = parse_article("AT&T and R&D &c; &#99999999; &bogus\n\nMar 3, 2024\n\nChile and Peru met; Q&A followed.\n",
                            "t.txt")
    assert article.title == "AT&T and R&D &c; &#99999999; &bogus"
    assert "Q&A followed." in article.text


@pytest.mark.parametrize("line", ["April 19, 20233:45 PM GMT+2Updated 2 days ago", "19 April 202314:02 BST"])
def test_a_date_line_whose_year_runs_into_its_time_gives_the_date(line):
    """A page copied with its time glued to the year: the year is the date's four figures."""
    article = parse_article(f"Chile and Peru sign border pact\n\n{line}\n\nChile and Peru signed a border agreement.\n", "t.txt")
    assert article.published == dt.date(2023, 4, 19)
    assert [article.text[a:b] for a, b in article.body] == ["Chile and Peru signed a border agreement."]


@pytest.mark.parametrize("line", ["Our Standards: The Thomson Reuters Trust Principles.", "Thank you for reading.",
                                  "This article was originally published on The Conversation."])
def test_a_sites_closing_lines_are_not_text(line):
    article = parse_article(f"Chile and Peru sign border pact\n\nApril 19, 2023\n\nChile and Peru signed a border agreement.\n\n"
                            f"{line}\n", "t.txt")
    assert [article.text[a:b] for a, b in article.body] == ["Chile and Peru signed a border agreement."]


MARKDOWN = """# Chile and Peru sign trade pact

*By Rosa Quispe* | May 5, 2021

![Ministers in Lima](https://example.com/lima.jpg)

**LIMA** – Chile and Peru signed a border trade agreement in Lima on Wednesday, the
[Peruvian foreign ministry](https://example.gob.pe/rree) said.

## What comes next

> "We will meet again in Santiago," the Chilean minister said.

---

- a joint customs office opens in *Tacna* in July.
"""


def test_a_markdown_article_is_read_as_the_text_its_markup_marks_up(tmp_path):
    (tmp_path / "pact.md").write_text(MARKDOWN, encoding="utf-8")
    (tmp_path / "pact-as-text.txt").write_text(MARKDOWN, encoding="utf-8")   # a .txt that opens with "# "
    for article in read_sources([tmp_path]):
        assert article.title == "Chile and Peru sign trade pact"
        assert article.published == dt.date(2021, 5, 5)
        assert [(c.name, c.role) for c in article.credits] == [("Rosa Quispe", "author")]
        assert [article.text[a:b] for a, b in article.body] == [
            "LIMA – Chile and Peru signed a border trade agreement in Lima on Wednesday, the\nPeruvian foreign ministry "
            "said.", '"We will meet again in Santiago," the Chilean minister said.',
            "- a joint customs office opens in Tacna in July."]
        assert [article.text[a:b] for a, b in article.headings][-1] == "What comes next"


def test_a_text_file_with_stars_and_underscores_is_not_read_as_markdown():
    text = "Chile and Peru sign pact\n\nMay 5, 2021\n\nThe *provisional* text, file_name_v2 and 5*3 stay as written.\n"
    article = parse_article(text, "t.txt")
    assert [article.text[a:b] for a, b in article.body] == ["The *provisional* text, file_name_v2 and 5*3 stay as written."]
