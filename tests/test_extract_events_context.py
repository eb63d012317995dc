"""Agreements and meetings read with the article's context: the day the story happened, parties left
implicit, several agreements in one sentence, meetings told through officials, one meeting per event."""

import pytest

from extract_helpers import agreements, run


def meetings(result):
    return [({p.key for p in m.participants}, m.date, m.place) for m in result.meetings]


# --- dates --------------------------------------------------------------------------------------


def test_an_undated_signing_takes_the_day_the_story_happened():
    result = run("Peru and Bolivia signed a water agreement in La Paz on Tuesday. "
                 "The two governments also signed a memorandum on border customs.", published="2024-05-15")
    assert ({"PER", "BOL"}, "signed", "2024-05-14") in agreements(result)
    assert [a.date for a in result.agreements] == ["2024-05-14", "2024-05-14"]


def test_the_story_day_is_never_the_dateline_filing_date():
    from kg.extract import extract
    from kg.sources import parse_article
    text = ("Title: T\nDate: 2024-05-15\n\nT\n\nLIMA, May 15 (Reuters) - Peru and Chile have agreed to a fishing truce, "
            "officials said after talks in Lima on Monday.\n")
    result = extract(parse_article(text, "d.txt"))
    assert [a.date for a in result.agreements] == ["2024-05-13"]


def test_a_day_the_sentence_looks_ahead_to_is_not_the_day_of_the_agreement():
    result = run("Serbia and Kosovo have agreed to a truce starting on May 20, mediators said after talks "
                 "in Brussels on Tuesday.", published="2024-05-15")
    assert agreements(result)[0][2] == "2024-05-14"
    assert meetings(result) == [({"SRB", "XKX"}, "2024-05-14", "Brussels")]


def test_a_past_day_later_in_the_year_than_the_article_is_last_year():
    result = run("Peru and Chile signed a fisheries accord on 5 July.", published="2024-05-15")
    assert agreements(result)[0][2] == "2023-07-05"


def test_last_month_of_the_same_name_is_a_year_back():
    result = run("Last May, Ghana and Togo signed a customs agreement.", published="2024-05-15")
    assert agreements(result)[0][2] == "2023-05"


def test_a_day_range_is_dated_by_its_first_day():
    result = run("Peru and Chile signed a fisheries memorandum at talks in Lima on 12-14 March 2024.")
    assert agreements(result)[0][2] == "2024-03-12"


def test_since_starts_a_period_and_dates_no_event():
    result = run("Omani Foreign Minister Badr Albusaidi visited Tehran this month. During that visit, the first by an "
                 "Omani minister since 2011, Albusaidi and Iran's foreign minister signed a shipping accord.",
                 published="2024-05-15")
    assert [a[2] for a in agreements(result)] == ["2024-05"]


def test_a_year_in_the_agreement_name_dates_it():
    result = run("Caracas argues that the 1966 Geneva Agreement, which Venezuela and Britain signed before "
                 "Guyana's independence, calls for talks.", published="2024-05-15")
    assert agreements(result) == [({"VEN", "GBR"}, "signed", "1966")]


def test_a_when_clause_dates_the_agreement():
    result = run("Japan and India agreed to open talks on a rail deal when their leaders met in February.",
                 published="2024-05-15")
    assert agreements(result)[0][2] == "2024-02"


def test_a_date_in_a_later_clause_dates_something_else():
    result = run("Kenya and Uganda held talks in Nairobi on Monday. The two governments also agreed that Kenya "
                 "would lift the import curbs imposed in 2019.", published="2024-05-15")
    assert [a[2] for a in agreements(result)] == ["2024-05-13"]


def test_that_before_an_agreement_name_is_a_determiner():
    result = run("Egypt and Sudan signed that Declaration of Principles in Khartoum in March 2015.",
                 published="2024-05-15")
    assert agreements(result)[0][2] == "2015-03"


# --- agreements ---------------------------------------------------------------------------------


def test_each_conjunct_with_its_own_subject_is_an_agreement():
    result = run("Denmark signed a defence agreement with Washington in 2023, and Norway concluded a "
                 "supplementary agreement with the United States in 2021.")
    assert sorted(agreements(result), key=lambda a: a[2]) == [({"NOR", "USA"}, "signed", "2021"),
                                                              ({"DNK", "USA"}, "signed", "2023")]


def test_each_agreement_noun_with_its_own_counterpart():
    result = run("Colombo is also negotiating an investment agreement with New Delhi and a free trade deal with Beijing.")
    assert sorted(map(lambda a: sorted(a[0]), agreements(result))) == [["CHN", "LKA"], ["IND", "LKA"]]
    assert {a[1] for a in agreements(result)} == {"planned"}


def test_a_similar_agreement_has_the_counterpart_of_the_one_before():
    result = run("Morocco signed a gas pipeline deal with Nigeria on Monday. "
                 "Mauritania signed a similar agreement last year.", published="2024-05-15")
    assert ({"MRT", "NGA"}, "signed", "2023") in agreements(result)


def test_refusing_such_an_agreement_names_one_state():
    result = run("Morocco signed a gas pipeline deal with Nigeria on Monday. "
                 "Algeria has refused to sign such an agreement.", published="2024-05-15")
    assert ({"DZA"}, "denied", "2024-05-13") in agreements(result)


def test_its_agreement_belongs_to_the_protagonist():
    result = run("Chile and Peru signed a port agreement on Monday. Chile exports copper. "
                 "Its oldest trade agreement, the one with Bolivia, was signed in 1993.", published="2024-05-15")
    assert ({"CHL", "BOL"}, "signed", "1993") in agreements(result)


def test_one_agreement_per_coordinated_object():
    result = run("Russia withdrew from the Conventional Armed Forces Treaty in November 2023, accusing NATO "
                 "of expansion, and from the nuclear test ban treaty last year.", published="2024-05-15")
    assert sorted(agreements(result), key=lambda a: a[2]) == [({"RUS"}, "denied", "2023"),
                                                              ({"RUS"}, "denied", "2023-11")]


def test_ratifying_a_states_membership_makes_it_a_party():
    result = run("Hungary's parliament ratified Sweden's NATO membership on Monday.", published="2024-05-15")
    assert agreements(result) == [({"HUN", "SWE"}, "signed", "2024-05-13")]


def test_yet_to_ratify_is_no_agreement():
    assert agreements(run("Hungary is the only ally that has yet to ratify Sweden's membership.")) == []


def test_negotiating_with_an_adverb_is_planned():
    assert agreements(run("Quito is also negotiating a trade agreement with Mexico.")) == [({"ECU", "MEX"}, "planned", None)]


def test_agreeing_to_launch_negotiations_is_an_agreement():
    result = run("Ecuador and China agreed to launch negotiations on a trade pact in February 2022.")
    assert agreements(result) == [({"ECU", "CHN"}, "agreed", "2022-02")]


def test_an_agreement_reached_by_a_relative_clause_subject():
    result = run("The 2015 agreement, which Iran reached in July of that year with the United States, "
                 "France and China, lifted sanctions.")
    assert agreements(result) == [({"IRN", "USA", "FRA", "CHN"}, "agreed", "2015-07")]


def test_a_parliament_acts_for_its_state():
    result = run("The Norwegian Storting approved a corresponding agreement with the United States on 18 June.",
                 published="2024-07-01")
    assert agreements(result) == [({"NOR", "USA"}, "signed", "2024-06-18")]


def test_a_state_accused_in_a_participle_is_no_party():
    result = run("The United States withdrew from the Open Skies Treaty in 2020, accusing Russia of violating it.")
    assert agreements(result) == [({"USA"}, "denied", "2020")]


def test_agreed_a_deal():
    assert agreements(run("Bolivia agreed a gas deal with Brazil in 2023."))[0][:2] == ({"BOL", "BRA"}, "agreed")


def test_an_aim_is_no_agreement():
    assert agreements(run("Indonesia aims to conclude a trade pact with Peru by 2025.")) == []


def test_he_and_a_leader_act_for_two_states():
    result = run("Macron visited Rabat on Monday, where he and King Mohammed VI signed 22 agreements.",
                 published="2024-05-15")
    assert agreements(result) == [({"FRA", "MAR"}, "signed", "2024-05-13")]
    assert meetings(result) == [({"FRA", "MAR"}, "2024-05-13", "Rabat")]


def test_the_two_leaders_named_in_the_same_sentence():
    result = run("Tokayev hosted Putin in Astana, where the two leaders signed a declaration on partnership.")
    assert agreements(result)[0][:2] == ({"KAZ", "RUS"}, "signed")


def test_a_second_agreement_in_a_definite_mention_is_news():
    result = run("Chile and Bolivia signed a lithium agreement on Monday. Chile’s minister Ana Ruiz and Bolivian "
                 "minister Juan Paz signed the deal in La Paz, together with an agreement on border patrols.")
    assert len({a.topic for a in result.agreements}) == 2


def test_member_states_is_no_attribution():
    result = run("Eritrea is now the only one of the AU's 55 member states that has declined to sign the accord.")
    assert agreements(result) == [({"ERI"}, "denied", None)]
    assert not result.statements


def test_a_list_after_which_is_no_aside():
    result = run("The union, which Algeria, Libya, Morocco and Tunisia founded with a treaty signed in Marrakesh "
                 "in 1989, is paralysed.")
    assert agreements(result)[0][0] == {"DZA", "LBY", "MAR", "TUN"}


def test_a_joint_proposal_is_agreed():
    result = run("Brazil and China set out a joint six-point proposal for ending the war.")
    assert agreements(result)[0][:2] == ({"BRA", "CHN"}, "agreed")


# --- meetings -----------------------------------------------------------------------------------


def test_officials_name_the_sides_of_a_meeting():
    result = run("Kenya's foreign minister met his Ethiopian counterpart in Addis Ababa on Monday.",
                 published="2024-05-15")
    assert meetings(result) == [({"KEN", "ETH"}, "2024-05-13", "Addis Ababa")]


def test_a_leader_received_by_name():
    result = run("President Lula received Xi Jinping at the Alvorada Palace in Brasília on Tuesday.",
                 published="2024-05-15")
    assert meetings(result)[0][:2] == ({"BRA", "CHN"}, "2024-05-14")


def test_a_cancelled_trip_in_a_relative_clause_does_not_cancel_the_talks():
    result = run("Blinken, standing in for President Joe Biden, who cancelled his trip to focus on budget talks "
                 "in Washington, held talks with Prime Minister James Marape in Port Moresby on Monday.",
                 published="2024-05-15")
    assert meetings(result) == [({"USA", "PNG"}, "2024-05-13", "Port Moresby")]


def test_one_meeting_per_event_told_best_by_talks():
    result = run("India and Egypt moved on Saturday to settle trade in rupees, during a visit by Narendra Modi "
                 "to Cairo. Modi held talks in Cairo with President Abdel Fattah al-Sisi.", published="2024-05-19")
    assert len(result.meetings) == 1 and "held talks" in result.meetings[0].evidence.text


def test_a_signing_by_named_leaders_is_a_meeting_at_month_precision():
    result = run("Signed in Prague in April 2010 by Presidents Barack Obama and Dmitry Medvedev, the treaty caps "
                 "warheads.")
    assert meetings(result) == [({"USA", "RUS"}, "2010-04", "Prague")]


def test_a_treaty_signed_long_ago_without_signatories_is_no_meeting():
    assert meetings(run("The union was founded with a treaty Algeria and Tunisia signed in Marrakesh in 1989.")) == []


def test_the_signing_of_the_agreement_reported_before_meets_its_parties():
    result = run("Parliament today approved the defence agreement between Finland and the United States. "
                 "The agreement was signed in Washington on 18 December 2023 by Minister of Defence Antti Koski "
                 "and Secretary of State Antony Blinken.", published="2024-07-01")
    assert meetings(result) == [({"FIN", "USA"}, "2023-12-18", "Washington")]


@pytest.mark.parametrize("sentence", [
    "Since then, military commanders have held 21 rounds of talks in Moldo, India and China said in 2023.",
    "The leaders of Iran and Oman discussed trade ahead of the summit in Muscat on Monday.",
    "Iran and the United States agreed on the swap after months of indirect talks in Doha in August.",
    "Delegations from Iran and the United States never met face to face in Doha in August.",
])
def test_background_announced_and_indirect_talks_are_no_meetings(sentence):
    assert meetings(run(sentence, published="2024-05-15")) == []


def test_the_host_of_talks_between_two_others_is_no_side():
    result = run("Irfaan Ali and Nicolás Maduro met at Argyle airport on Thursday in talks hosted by St. Vincent's Prime Minister "
                 "Ralph Gonsalves.", published="2023-12-15")
    assert meetings(result)[0][0] == {"GUY", "VEN"}


def test_ending_a_boycott_does_not_cancel_a_summit():
    result = run("In January 2021, Qatar signed a declaration with Saudi Arabia and Egypt at a Gulf summit in "
                 "Al-Ula, ending the boycott.")
    assert meetings(result)[0][:2] == ({"QAT", "SAU", "EGY"}, "2021-01")


def test_the_capital_visited_is_the_place():
    result = run("Vietnamese Prime Minister Pham Minh Chinh visited Beijing, meeting Xi Jinping on Monday.",
                 published="2024-05-15")
    assert meetings(result) == [({"VNM", "CHN"}, "2024-05-13", "Beijing")]


@pytest.mark.parametrize("name, iso3", [
    ("Musalia Mudavadi", "KEN"), ("Ahmed Attaf", "DZA"), ("Radosław Sikorski", "POL"), ("Mohamed Muizzu", "MDV"),
    ("Yusuf Tuggar", "NGA"), ("Ronald Lamola", "ZAF"), ("Gideon Saar", "ISR"), ("Ajit Doval", "IND"),
])
def test_leaders_and_foreign_ministers_act_for_their_state(name, iso3):
    result = run(f"{name} met Spanish Foreign Minister José Manuel Albares in Madrid on Monday.", published="2024-05-15")
    assert meetings(result)[0][0] == {iso3, "ESP"}
