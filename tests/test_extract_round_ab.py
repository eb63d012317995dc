"""Round AB (twenty-third session): who signed, when the sentence also names who brokered, welcomed or did something
else; a counterpart of a later predicate is not a party of the first."""

from extract_helpers import run
from test_extract_round_aa import agreements_of, statuses_of
from test_extract_round_m import meetings


def parties_of(result) -> list[set[str]]:
    return [parties for parties, _ in statuses_of(result)]


# ---------------------------------------------------------------- a second predicate's counterpart

def test_deals_with_two_states_then_a_framework_with_a_third():
    result = run("Japan also signed trade agreements with Vietnam and Laos, and agreed a framework for a trade deal with "
                 "Thailand, the ministry said.", published="2025-10-27")
    assert sorted(map(sorted, parties_of(result))) == [["JPN", "LAO"], ["JPN", "THA"], ["JPN", "VNM"]]
    assert {frozenset(p): status for p, status in statuses_of(result)}[frozenset({"JPN", "THA"})] == "agreed"


def test_one_deal_then_a_framework_with_another_state():
    result = run("Japan signed an agreement with Vietnam and agreed a framework for a trade deal with Thailand.",
                 published="2025-10-27")
    assert sorted(map(sorted, parties_of(result))) == [["JPN", "THA"], ["JPN", "VNM"]]


def test_deals_with_two_states_alone_are_two_deals():   # a guard: the rule it builds on
    result = run("Rabat has signed similar deals with Ghana and Senegal.", published="2024-03-01")
    assert sorted(map(sorted, parties_of(result))) == [["GHA", "MAR"], ["MAR", "SEN"]]


# ---------------------------------------------------------------- who brokered is no party

def test_those_who_brokered_a_deal_signed_by_two_are_not_parties():
    result = run("Ankara and the UN also brokered the deal signed by Russia and Ukraine in Istanbul on July 22 to reopen "
                 "the Black Sea ports.", published="2022-09-01")
    assert agreements_of(result) == [({"RUS", "UKR"}, "signed", "2022-07-22")]


def test_a_state_that_mediated_an_agreement_between_two_is_no_party():
    result = run("Qatar mediated the agreement between Rwanda and the Democratic Republic of the Congo that was signed "
                 "in Doha last year.", published="2022-09-01")
    assert parties_of(result) == [{"RWA", "COD"}]


def test_a_state_that_helped_broker_an_agreement_between_two_is_no_party():
    result = run("The United States helped broker the maritime agreement between Israel and Lebanon that was signed in "
                 "October.", published="2023-02-01")
    assert agreements_of(result) == [({"ISR", "LBN"}, "signed", "2022-10")]


def test_a_deal_brokered_by_a_state_keeps_its_parties():   # a guard: the passive was read before
    result = run("Israel and Morocco signed a deal brokered by the United States in Rabat on Tuesday.",
                 published="2020-12-24")
    assert parties_of(result) == [{"ISR", "MAR"}]


# ---------------------------------------------------------------- an instrument, then who signed it

def test_a_state_that_welcomed_a_deal_signed_by_two_is_no_party():
    result = run("Turkey welcomed the deal signed by Russia and Ukraine in Istanbul on July 22.", published="2022-09-01")
    assert agreements_of(result) == [({"RUS", "UKR"}, "signed", "2022-07-22")]
    assert meetings(result) == [(["RUS", "UKR"], "2022-07-22")]


def test_signed_in_a_city_by_two_states():
    result = run("Britain welcomed the treaty signed in Paris by France and Germany on Tuesday.", published="2022-09-01")
    assert parties_of(result) == [{"FRA", "DEU"}]


def test_signed_by_two_presidents_named_after_a_date():
    result = run("Under the Ilo Agreements signed in January 1992 by then-presidents Alberto Fujimori and Jaime Paz "
                 "Zamora, Peru granted Bolivia a free zone near the port.", published="2010-10-20")
    assert agreements_of(result) == [({"PER", "BOL"}, "signed", "1992-01")]


def test_a_deal_the_subject_signed_with_another_is_unchanged():   # a guard: no 'by' after the instrument
    result = run("Turkey signed a deal with Ukraine in Istanbul on July 22.", published="2022-09-01")
    assert parties_of(result) == [{"TUR", "UKR"}]
