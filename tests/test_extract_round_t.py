"""Round T (fifteenth session): what the blind blocks 343–366 lost, and phrasings of the same families."""

from extract_helpers import run, agreements


def test_plural_agreements_with_one_state_in_a_clause_of_two_are_each_subjects_own():
    found = agreements(run("The United Arab Emirates and Bahrain signed normalisation agreements with Israel at the "
                           "White House in September, and Morocco agreed to establish ties with Israel in December.",
                           published="2020-12-20"))
    assert sorted((sorted(parties), status) for parties, status, _ in found) == [
        (["ARE", "ISR"], "signed"), (["BHR", "ISR"], "signed"), (["ISR", "MAR"], "agreed")]


def test_one_agreement_with_one_state_in_a_clause_of_two_keeps_its_three_parties():   # a guard
    found = agreements(run("Egypt and Jordan signed a water agreement with Israel in September, and Morocco agreed "
                           "to establish ties with Israel in December.", published="2020-12-20"))
    assert sorted(sorted(parties) for parties, _, _ in found) == [["EGY", "ISR", "JOR"], ["ISR", "MAR"]]


def test_a_clause_of_two_agreements_beside_a_clause_of_none_is_no_pair_of_clauses():   # a guard
    found = agreements(run("Costa Rica established relations with Beijing in June 2007. Panama followed in June 2017, "
                           "and the Dominican Republic and El Salvador established diplomatic ties with China in 2018.",
                           published="2021-12-10"))
    assert {"CHN", "PAN"} in [parties for parties, _, _ in found]


def test_named_accords_are_one_instrument_not_one_of_each_subject():   # a guard
    found = agreements(run("The United Arab Emirates and Bahrain signed the Abraham Accords with Israel at the White "
                           "House in September.", published="2020-12-20"))
    assert [sorted(parties) for parties, _, _ in found] == [["ARE", "BHR", "ISR"]]


def test_a_states_plural_agreements_with_two_states_are_one_with_each():
    for sentence in ("Britain's trade deals with Australia and New Zealand took effect in May.",
                     "Britain's trade deals with Australia and New Zealand, signed in 2021, took effect in May."):
        found = agreements(run(sentence, published="2023-07-16"))
        assert sorted(sorted(parties) for parties, _, _ in found) == [["AUS", "GBR"], ["GBR", "NZL"]], sentence


def test_a_states_one_agreement_with_one_state_is_untouched():   # a guard
    assert agreements(run("Canada's agreement with Mexico was signed in 1992.", published="2023-07-16")) == [
        ({"CAN", "MEX"}, "signed", "1992")]


def test_made_peace_with_a_state_is_a_signed_peace():
    assert agreements(run("Egypt made peace with Israel in 1979.", published="2023-07-16")) == [
        ({"EGY", "ISR"}, "signed", "1979")]


def test_peace_with_rebels_or_an_aim_of_peace_is_no_agreement():   # guards
    for sentence in ("Colombia made peace with the rebels in 2016.",
                     "The crown prince wants to make peace with Israel.",
                     "Saudi Arabia could make peace with Israel if a Palestinian state is created."):
        assert agreements(run(sentence, published="2023-07-16")) == [], sentence


def test_two_subjects_each_with_one_state_respectively():
    for sentence, expected in (
            ("Egypt and Jordan, which made peace with Israel in 1979 and 1994 respectively, have never gone as far "
             "as a trade pact with it.", [(["EGY", "ISR"], "1979"), (["ISR", "JOR"], "1994")]),
            ("Kenya and Uganda signed defence pacts with Britain in 2015 and 2019 respectively.",
             [(["GBR", "KEN"], "2015"), (["GBR", "UGA"], "2019")])):
        found = agreements(run(sentence, published="2023-07-16"))
        assert sorted((sorted(parties), date) for parties, _, date in found) == expected, sentence
