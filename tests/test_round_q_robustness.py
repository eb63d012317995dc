"""Round Q (twelfth session): two ways a real article was lost whole, found on the blind block 247-258 (each
article was skipped: "not published, 1 SHACL violation"), and now kept."""

import datetime as dt

import pytest
from rdflib import Literal, RDF

from extract_helpers import run
from kg.iris import Minter
from kg.mapping import map_article
from kg.settings import Settings
from kg.sources import parse_article
from kg.validate import Schema, validate
from kg.vocab import IRN

MINTER = Minter("http://irnews.example.org/")


@pytest.fixture(scope="module")
def schema():
    return Schema.load(Settings())


@pytest.mark.parametrize("line", ["New Delhi, April 2, 2022", "Published: April 2, 2022", "Updated on 2 April 2022, 10:15 IST",
                                  "The Hague, 2 April 2022"])
def test_a_date_line_after_a_place_or_a_word_of_publishing(line):
    article = parse_article(f"India and Australia sign a trade pact\nOur Special Correspondent\n{line}\n\n"
                            "India and Australia on Saturday signed an interim trade agreement.\n", "a.txt")
    assert article.published == dt.date(2022, 4, 2)
    assert not any(line in article.text[a:b] for a, b in article.body)   # page furniture, not body text


def test_a_sentence_that_only_names_a_date_is_still_text():   # a guard of the rule above
    article = parse_article("Headline\n\nThe accord was signed in Canberra, April 2, 2022 being a Saturday.\n", "a.txt")
    assert any("signed in Canberra" in article.text[a:b] for a, b in article.body)


SENTENCE = ("Athens concluded a strategic partnership with the United Arab Emirates in November 2020, and Greek "
            "officials say an amended defence agreement with the United States is expected to be signed in "
            "Washington next month.")


def test_a_done_and_a_planned_agreement_in_one_sentence_are_two_claims_on_one_quote(schema):
    result = run(SENTENCE, published="2021-09-28")
    assert sorted((a.status, a.date) for a in result.agreements) == [("planned", "2021-10"), ("signed", "2020-11")]
    graph = map_article(result, MINTER)[1]
    claims = sorted(str(m) for c in graph.subjects(RDF.type, IRN.Claim) for m in graph.objects(c, IRN.modality))
    assert claims == ["asserted", "planned"]
    assert len(set(graph.subjects(RDF.type, IRN.Quote))) == 1
    violations, _ = validate(graph, schema.shapes, schema.ontology)
    assert violations == []   # the planned agreement's later date is no asserted event dated after the article


def test_nothing_told_as_done_is_dated_after_the_article():
    from kg.extract import _none_ahead
    result = run("Chilean Foreign Minister Alberto van Klaveren and Peruvian Foreign Minister Javier González-Olaechea "
                 "signed a fisheries accord in Lima on March 3, 2024.", published="2024-03-05")
    assert [(a.status, a.date) for a in result.agreements] == [("signed", "2024-03-03")] and result.meetings
    kept = _none_ahead(result, dt.date(2024, 1, 1))   # as if the article were older than what it tells as done
    assert [(a.status, a.date) for a in kept.agreements] == [("signed", None)] and kept.meetings == []


@pytest.mark.parametrize("line, author", [("By Julieta Pelcastre | April 19, 2023", "Julieta Pelcastre"),
                                          ("By Reuters, 19 April 2023", None)])
def test_a_byline_that_ends_with_the_date(line, author):
    article = parse_article(f"Venezuela and North Korea deepen ties\n{line}\n\nThe two agreed on Tuesday.\n", "a.txt")
    assert article.published == dt.date(2023, 4, 19)
    assert [c.name for c in article.credits] == ([author] if author else [])


def test_a_page_without_a_date_line_takes_the_date_in_its_address():
    article = parse_article("Title: Venezuela and North Korea deepen ties\nURL: https://example.com/news/2023/04/19/ties/\n\n"
                            "Venezuela and North Korea deepen ties\n\nThe two agreed on Tuesday.\n", "a.txt")
    assert article.published == dt.date(2023, 4, 19)


def test_a_page_whose_header_gives_the_title_may_open_with_its_lead_paragraph():
    lead = ("PANAMA CITY, July 1 (Reuters) - Panama and the United States on Monday signed a memorandum of "
            "understanding under which Washington will pay for flights to send home migrants who cross the Darien.")
    article = parse_article(f"Title: Panama, U.S. sign deal on deportation flights\nDate: 2024-07-02\n\n{lead}\n\n"
                            "The memorandum was signed in Panama City.\n", "a.txt")
    assert article.title == "Panama, U.S. sign deal on deportation flights"
    assert any(article.text[a:b] == lead for a, b in article.body)   # it had been taken for the headline
    result = run(lead, published="2024-07-02")
    assert [(sorted(p.key for p in a.parties), a.date) for a in result.agreements] == [(["PAN", "USA"], "2024-07-01")]


def test_a_headline_line_under_a_header_title_is_still_the_headline():   # a guard of the rule above
    article = parse_article("Title: Panama and U.S. sign deal\nDate: 2024-07-02\n\nPanama, U.S. sign deal on flights\n\n"
                            "The memorandum was signed in Panama City on Monday.\n", "a.txt")
    assert not any("sign deal on flights" in article.text[a:b] for a, b in article.body)


def test_an_agency_named_as_author_is_no_person():
    article = parse_article("Title: Panama and U.S. sign deal\nDate: 2024-07-02\nAuthor: Reuters\n\nPanama and U.S. sign deal\n\n"
                            "The memorandum was signed in Panama City on Monday.\n", "a.txt")
    assert [c.name for c in article.credits] == []


def test_pakistan_s_daily_and_india_s_agency_by_its_letters_are_sources():
    from test_extract_round_q import sources
    assert sources(run("Iran could claim $18 billion, according to Pakistani officials quoted by Dawn.")) == ["Dawn"]
    assert sources(run("The deal was welcomed by exporters, PTI reported.")) == ["Press Trust of India"]


def test_a_date_line_that_is_no_calendar_date_gives_no_date_not_a_crash():
    for line in ("2023-02-30", "Feb 30, 2023"):
        assert parse_article(f"Headline\n{line}\n\nPeru and Chile signed a deal on Tuesday.\n", "a.txt").published is None
