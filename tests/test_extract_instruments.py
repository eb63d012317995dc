"""Instruments told by their year (`kg.extract.instruments`): a background agreement signed that year (or
month), between the states its own phrase names; never one the phrase does not say who made."""

from extract_helpers import run


def agreements(result):
    return sorted((sorted(p.key for p in a.parties), a.status, a.date) for a in result.agreements)


def test_an_instrument_between_two_states():
    result = run("Fishing rights still follow the 1952 maritime treaty between Ecuador and Colombia, officials said.",
                 published="2024-05-15")
    assert agreements(result) == [(["COL", "ECU"], "signed", "1952")]


def test_an_instrument_of_a_state_with_another():
    result = run("Ghana's 2009 fisheries accord with Senegal expired in March.", published="2024-05-15")
    assert (["GHA", "SEN"], "signed", "2009") in agreements(result)


def test_its_instrument_with_another_belongs_to_the_clause_subject():
    result = run("Kenya said on Monday that it would not extend its 2012 transit agreement with Uganda.",
                 published="2024-05-15")
    assert (["KEN", "UGA"], "signed", "2012") in agreements(result)


def test_a_month_before_the_year_dates_the_instrument_to_the_month():
    result = run("Many in Athens see the March 2016 deal between Turkey and Greece as a model.", published="2024-05-15")
    assert (["GRC", "TUR"], "signed", "2016-03") in agreements(result)


def test_under_an_instrument_the_subject_states_made_it():
    result = run("Chile and Argentina settled the dispute under a 1984 treaty of peace and friendship.",
                 published="2024-05-15")
    assert (["ARG", "CHL"], "signed", "1984") in agreements(result)


def test_between_the_two_countries_recalls_the_pair_told_of():
    result = run("Japan and Vietnam held talks in Hanoi on Monday. Their ties rest on a 2009 partnership agreement "
                 "between the two countries.", published="2024-05-15")
    assert (["JPN", "VNM"], "signed", "2009") in agreements(result)


def test_a_year_after_the_article_is_no_instrument_made():
    result = run("The 2030 agenda between Chile and Peru is still being drafted.", published="2024-05-15")
    assert not any(a.date == "2030" for a in result.agreements)


def test_a_draft_or_proposed_instrument_is_not_one_signed():
    result = run("Officials discussed the 2023 draft agreement between Chile and Peru in Lima.", published="2024-05-15")
    assert not any(a.status == "signed" and a.date == "2023" for a in result.agreements)


def test_an_instrument_whose_phrase_names_one_state_is_left_alone():
    result = run("Peru has criticised the 1982 convention on the law of the sea for years.", published="2024-05-15")
    assert agreements(result) == []
