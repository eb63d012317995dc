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


# ---------------------------------------------------------------- a speaker after a semicolon

def sources_of(result) -> list[str]:
    return [s.source.label for s in result.statements]


def test_a_spokesman_opening_the_clause_after_a_semicolon_is_a_source():
    result = run("Washington welcomed the outcome; a State Department spokesman said the United States supported the "
                 "efforts of both Koreas.", published="2015-08-25")
    assert sources_of(result) == ["State Department"]


def test_a_ministry_after_a_semicolon_is_a_source():   # a guard: read before from its demonym
    result = run("Seoul welcomed the deal; the Japanese foreign ministry said it would study the text.",
                 published="2015-12-29")
    assert sources_of(result) == ["Japanese Foreign Ministry"]


# ---------------------------------------------------------------- sports bodies named by their state

def test_a_cricket_board_named_by_its_state_is_no_state_party():
    result = run("The Pakistan Cricket Board has agreed to cover the costs of the tour and to pay Zimbabwe Cricket a fee.",
                 published="2015-05-20")
    assert result.agreements == []


def test_a_sports_body_named_after_its_sport_is_no_state_party():   # a guard: no party read before either
    result = run("Cricket Australia and the Board of Control for Cricket in India signed an agreement on Tuesday.",
                 published="2015-05-20")
    assert result.agreements == []


def test_a_national_team_still_stands_for_its_state():   # a guard: only the bodies are bodies
    result = run("Pakistan and India agreed to resume cricket ties.", published="2015-05-20")
    assert parties_of(result) == [{"PAK", "IND"}]


# ---------------------------------------------------------------- chairing a signing ceremony

def test_two_leaders_who_chaired_a_signing_ceremony_signed_and_met():
    result = run("King Mohammed VI and President Muhammadu Buhari on Saturday chaired, at the Presidential Villa in Abuja, "
                 "the signing ceremony of a joint statement on a regional gas pipeline.", published="2016-12-05")
    assert agreements_of(result) == [({"MAR", "NGA"}, "signed", "2016-12-03")]
    assert meetings(result) == [(["MAR", "NGA"], "2016-12-03")]


# ---------------------------------------------------------------- plans for talks that fell apart

def test_plans_for_talks_that_fell_apart_are_no_meeting():
    result = run("Plans for the first ministerial-level talks between the two Koreas in six years fell apart in June, a day "
                 "before they were to open in Seoul.", published="2013-08-14")
    assert result.meetings == []


def test_talks_held_then_stalled_are_still_held():   # a guard: the pattern asks for plans
    result = run("Japanese and Chinese officials held talks in Beijing on Monday.", published="2013-08-14")
    assert meetings(result) == [(["CHN", "JPN"], "2013-08-12")]
