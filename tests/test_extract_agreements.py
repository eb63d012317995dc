"""Agreements: status words, parties (also referred back to), dates, and sentences that are not agreements."""

import pytest

from extract_helpers import agreements, run


@pytest.mark.parametrize("sentence, status", [
    ("Peru and Ecuador signed a fisheries agreement.", "signed"),
    ("Peru and Ecuador inked a deal on fisheries.", "signed"),
    ("Peru and Ecuador concluded a treaty on fisheries.", "signed"),
    ("Peru and Ecuador initialled a fisheries accord.", "signed"),
    ("Peru and Ecuador agreed to expand fisheries cooperation.", "agreed"),
    ("Peru and Ecuador pledged to share fisheries data.", "agreed"),
    ("Peru and Ecuador committed to joint patrols.", "agreed"),
    ("Peru and Ecuador will sign a fisheries agreement.", "planned"),
    ("Peru and Ecuador are expected to sign a fisheries deal.", "planned"),
    ("Peru and Ecuador plan to sign a fisheries accord.", "planned"),
    ("A fisheries treaty between Peru and Ecuador is under negotiation.", "planned"),
    ("Peru did not sign the fisheries agreement with Ecuador.", "denied"),
    ("Peru refused to sign the fisheries accord with Ecuador.", "denied"),
    ("Peru withdrew its signature from the fisheries pact with Ecuador.", "denied"),
])
def test_status_words(sentence, status):
    found = agreements(run(sentence))
    assert found and found[0][:2] == ({"PER", "ECU"}, status)


@pytest.mark.parametrize("sentence", [
    "Peru and Ecuador have sought closer fisheries cooperation.",
    "Peru and Ecuador have been known to collaborate on fisheries.",
    "Peru has a relationship with Ecuador in fisheries.",
    "Peru and Ecuador aim for a fisheries partnership.",
])
def test_collaboration_relationship_and_aims_are_not_agreements(sentence):
    assert agreements(run(sentence)) == []


def test_parties_referred_back_to():
    result = run("Ghana and Togo held talks in Accra on Monday. The two countries agreed to reopen a border post.")
    assert ({"GHA", "TGO"}, "agreed", "2024-05-13") in agreements(result)   # the day of the talks the story opens with


def test_they_refers_to_the_last_pair_of_states():
    result = run("Ghana and Togo have long traded. In March 2023, they signed a customs agreement, Reuters reported.")
    assert agreements(result) == [({"GHA", "TGO"}, "signed", "2023-03")]
    assert result.agreements[0].source.label == "Reuters"


def test_officials_act_for_their_states():
    result = run("Japan’s Foreign Minister Yoko Kamikawa and South Korean Foreign Minister Cho Tae-yul "
                 "agreed to resume regular visits.")
    assert agreements(result)[0][0] == {"JPN", "KOR"}


def test_counterpart_with_state_after_with():
    result = run("Chile signed a lithium agreement with Bolivia on 12 March 2024.")
    assert agreements(result) == [({"CHL", "BOL"}, "signed", "2024-03-12")]


@pytest.mark.parametrize("phrase, date", [
    ("on February 23", "2024-02-23"),
    ("last March", "2024-03"),
    ("in 2021", "2021"),
    ("on Tuesday", "2024-05-14"),
    ("in June 2022", "2022-06"),
    ("on 3 January 2020", "2020-01-03"),
    ("two years ago", "2022"),
    ("in mid-2022", "2022"),
    ("in late 2019", "2019"),
    ("in 2019-2020", "2019"),
])
def test_dates_at_the_precision_given(phrase, date):
    result = run(f"Kenya and Ethiopia signed a power-trade agreement {phrase}.", published="2024-05-15")
    assert agreements(result)[0][2] == date


def test_a_bloc_is_an_organization_party_not_a_state():
    result = run("Tunisia signed a migration agreement with the European Union.")
    parties = result.agreements[0].parties
    assert {p.kind for p in parties} == {"state", "org"}


def test_asserted_agreement_is_not_dated_after_the_article():
    result = run("Kenya and Ethiopia agreed to build a road next year.", published="2024-05-15")
    assert agreements(result)[0][2] is None


def test_one_agreement_per_counterpart_with_its_own_date():
    result = run("Kenya has signed similar trade agreements with Ghana, in March 2021, and with Rwanda, in May 2022.")
    assert sorted(agreements(result), key=lambda a: a[2]) == [({"KEN", "GHA"}, "signed", "2021-03"),
                                                              ({"KEN", "RWA"}, "signed", "2022-05")]


def test_a_leader_named_alone_acts_for_the_state():
    result = run("Erdoğan and Putin signed a gas agreement in Sochi on Friday.", published="2024-05-15")
    assert agreements(result)[0][:2] == ({"TUR", "RUS"}, "signed")


def test_month_of_that_year():
    result = run("Fighting in 2020 ended with a ceasefire that Armenia and Azerbaijan signed in November of that year.")
    assert agreements(result) == [({"ARM", "AZE"}, "signed", "2020-11")]


def test_pulling_out_of_a_meeting_is_not_an_agreement():
    assert agreements(run("In October, Aliyev pulled out of a meeting with Pashinyan planned in Granada.")) == []


def test_respectively_gives_each_counterpart_its_date():
    result = run("Kenya already has trade agreements with Ghana, Togo and Benin, signed in 2015, 2018 and 2021 respectively.")
    assert sorted(agreements(result), key=lambda a: a[2]) == [
        ({"KEN", "GHA"}, "signed", "2015"), ({"KEN", "TGO"}, "signed", "2018"), ({"KEN", "BEN"}, "signed", "2021")]


def test_a_definite_mention_is_the_agreement_already_reported():
    result = run("Chile and Bolivia signed a lithium agreement on Monday. "
                 "Chile’s minister Ana Ruiz and Bolivian minister Juan Paz signed the deal at a ceremony in La Paz.")
    assert len({(a.topic, a.date) for a in result.agreements}) == 1 and len(result.agreements) == 2


def test_mediators_are_not_parties():
    result = run("Sudan and South Sudan agreed to reopen the border in talks mediated by Ethiopia and Kenya.")
    assert agreements(result)[0][0] == {"SDN", "SSD"}


def test_a_purchase_from_a_state_names_it_a_party_but_people_from_a_state_do_not():
    assert agreements(run("Egypt signed a contract to buy 30 jets from France."))[0][0] == {"EGY", "FRA"}
    found = agreements(run("Mexico and Guatemala agreed to take in migrants from Haiti and Cuba."))
    assert found[0][0] == {"MEX", "GTM"}


def test_an_appositive_state_is_no_party():
    result = run("Nicaragua, a close ally of Moscow, was the only country that did not sign the declaration.")
    assert agreements(result) == [({"NIC"}, "denied", None)]


def test_the_two_countries_are_the_pair_just_named():
    result = run("Ghana and Togo held talks on Monday. Benin and Niger met separately. "
                 "The two countries agreed to reopen their border.")
    assert agreements(result)[0][0] == {"BEN", "NER"}


def test_a_dateline_city_is_a_place_and_its_agency_no_source():
    from kg.extract import extract
    from kg.sources import parse_article
    text = ("Title: T\nDate: 2024-05-15\n\nT\n\nRIYADH, May 14 (Reuters) - Oman and Yemen signed a "
            "fisheries agreement on Tuesday.\n")
    result = extract(parse_article(text, "d.txt"))
    assert [({p.key for p in a.parties}, a.status) for a in result.agreements] == [({"OMN", "YEM"}, "signed")]
    assert "SAU" not in {a.key for a, _ in result.states}
    assert not result.statements


def test_congo_is_the_state_the_article_names_plainly():
    result = run("The Democratic Republic of Congo accused Rwanda of backing rebels. Congo and Rwanda agreed to a truce.")
    assert agreements(result)[0][0] == {"COD", "RWA"}


def test_next_month_is_the_month_after_publication():
    result = run("Kenya and Ethiopia will sign a power-trade agreement next month.", published="2024-12-15")
    assert agreements(result)[0][1:] == ("planned", "2025-01")


def test_a_later_date_of_a_coordinated_clause_does_not_date_the_first():
    result = run("In March 2021 the foreign minister of Peru, Ana Rojas, and her Chilean counterpart, Pablo "
                 "Soto, signed a pact, and in March this year their ministers met again.")
    assert ({"PER", "CHL"}, "signed", "2021-03") in agreements(result)


def test_a_coordinated_clause_opening_with_its_date_tells_of_a_second_agreement():
    result = run("In March 2021 Peru and Chile signed a trade pact in Lima, and in March this year Bolivia and "
                 "Ecuador agreed to restore diplomatic relations.")
    assert agreements(result) == [({"PER", "CHL"}, "signed", "2021-03"), ({"BOL", "ECU"}, "agreed", "2024-03")]


def test_the_two_sides_are_a_recent_pair_the_sentence_names_in_any_role():
    result = run("Peru and Chile signed a fisheries pact in March. Peru and Bolivia signed a gas treaty in April. "
                 "Brazil and Peru held talks in Lima. Prices rose in May. Officials said the two sides were still negotiating the "
                 "price of Peruvian gas that would be supplied to Bolivia.")
    assert ({"PER", "BOL"}, "planned", None) in agreements(result)


def test_the_subject_before_a_relative_aside_signs():
    result = run("Peruvian Deputy Prime Minister Ana Rojas, who also serves as economy minister, signed the "
                 "agreement in Washington on April 30 with U.S. Treasury Secretary John Smith.")
    assert agreements(result) == [({"PER", "USA"}, "signed", "2024-04-30")]


def test_a_plan_of_action_is_an_instrument_and_an_appositive_list_names_its_parties():
    result = run("The visit comes six weeks after Iran and three world powers, Britain, France and Germany, "
                 "concluded the Joint Comprehensive Plan of Action in Vienna on 14 July.")
    assert agreements(result) == [({"IRN", "GBR", "FRA", "DEU"}, "signed", "2023-07-14")]


@pytest.mark.parametrize("sentence, parties", [
    ("Chile's foreign minister flew home on Tuesday without signing the fisheries accord with Peru.", {"CHL", "PER"}),
    ("Talks in Lima ended on Friday, and the Bolivian delegation left without signing.", {"BOL"}),
])
def test_leaving_without_signing_is_a_refusal(sentence, parties):
    assert [(s, st) for s, st, _ in agreements(run(sentence))] == [(parties, "denied")]


@pytest.mark.parametrize("sentence", [
    "Colombia and Peru have expressed interest in joining, and Chile has said it could consider applying once "
    "it leaves the Andean Community.",
    "Days after the leaders of Peru and Chile met in Lima, the region is still working out what exactly was agreed.",
])
def test_a_condition_or_a_question_of_what_was_agreed_is_no_agreement(sentence):
    assert run(sentence).agreements == []
