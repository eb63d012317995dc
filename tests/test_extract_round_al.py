"""Round AL (thirty-fourth session): "Leaders of the six countries … met" are the six states the sentence names, even
after the verb; a gathering's roll call after a colon names who came ("gathered in Nauru: Australia, Fiji, …, together
with the Cook Islands"); a state that "received" a leader "last September" met him; teams that competed, meetings that
"kept" happening and a political office a state hosts are no meetings; "the two countries" of a sentence that names two
other states as sides ("when Xi Jinping visited Quito") are those two, not the pair of the sentence before."""

from extract_helpers import agreements, as_set, meetings, run


def _sides(result):
    return {frozenset(p.key for p in m.participants) for m in result.meetings}


# ---------------------------------------------------------------- who met

def test_the_six_countries_that_met_are_the_six_the_sentence_names_after_the_verb():
    result = run("Leaders of the six countries along the Mekong River met in the resort city of Sanya on Wednesday for "
                 "their first summit, a grouping that brings China together with Cambodia, Laos, Myanmar, Thailand and "
                 "Vietnam.", published="2016-03-25")
    assert meetings(result) == {(frozenset({"CHN", "KHM", "LAO", "MMR", "THA", "VNM"}), "2016-03-23")}


def test_a_count_that_is_the_subject_of_another_verb_names_no_meeting_of_its_own():
    result = run("Turkey lifted its block on Finland and Sweden joining NATO late on Tuesday after the three countries "
                 "signed a memorandum addressing its concerns, clearing the way for the alliance to invite the two Nordic "
                 "countries at its summit here.", published="2022-06-29")
    assert frozenset({"TUR", "SWE"}) not in _sides(result)


def test_a_roll_call_after_a_colon_names_who_gathered_but_not_what_it_adds():
    result = run("Leaders or ministers from all 18 Forum members gathered in Nauru from Monday to Thursday: Australia, "
                 "New Zealand, Fiji, Samoa and Tonga, together with the Cook Islands, Niue and France's two Pacific "
                 "territories.", published="2018-09-07")
    assert _sides(result) == {frozenset({"AUS", "NZL", "FJI", "WSM", "TON"})}


def test_a_colon_after_a_signing_is_no_roll_call_of_a_meeting():
    result = run("The treaty is the latest in a series that Macron has concluded with European partners: with Germany at "
                 "Aachen in 2019 and with Italy at the Quirinal Palace in Rome in 2021.", published="2025-05-10")
    assert frozenset({"DEU", "ITA"}) not in _sides(result)


def test_a_state_that_received_a_leader_last_month_met_him():
    result = run("Putin is wanted by the court. Mongolia received Vladimir Putin last September despite the court's "
                 "warrant against the Russian president.", published="2025-04-04")
    assert meetings(result) == {(frozenset({"MNG", "RUS"}), "2024-09")}


# ---------------------------------------------------------------- no meeting

def test_a_sports_team_that_competed_abroad_held_no_meeting():
    result = run("In February 1998, a U.S. team competed in the Takhti Cup in Tehran, the first American sports team to "
                 "visit the Islamic Republic since the 1979 revolution.", published="2017-02-05")
    assert meetings(result) == set()


def test_people_who_kept_meeting_over_the_years_held_no_one_meeting():
    result = run("Wrestling is one of the few arenas where Iranians and Americans have kept meeting since the two "
                 "countries cut diplomatic relations in 1980.", published="2017-02-05")
    assert meetings(result) == set()


def test_a_state_hosting_a_political_office_held_no_meeting():
    result = run("Germany deported 28 Afghans to Kabul. Qatar, which has hosted a Taliban political office in Doha since "
                 "2013, acted as an intermediary, according to officials.", published="2024-08-30")
    assert meetings(result) == set()


# ---------------------------------------------------------------- "the two countries"

def test_the_two_countries_are_the_two_the_sentence_names_as_sides():
    result = run("Chile, Ecuador and Peru signed the Santiago Declaration in August 1952. Chile and Ecuador later "
                 "quarrelled over fishing rights.\n\nChina is Ecuador's largest creditor.\n\nThe two countries upgraded "
                 "their ties to a comprehensive strategic partnership when Xi Jinping visited Quito in November 2016, and "
                 "Chinese banks hold much of the debt.", published="2020-08-01")
    assert (frozenset({"CHN", "ECU"}), "agreed", "2016-11") in as_set(agreements(result))
    assert not any(parties == {"CHL", "ECU"} and date == "2016-11" for parties, _, date in agreements(result))


def test_a_state_named_as_a_place_a_channel_or_in_a_relative_clause_is_no_side_of_the_two():
    result = run("Israel and Lebanon signed an armistice in 1949.\n\nIndirect talks opened at Naqoura in October 2020 "
                 "after the two sides agreed, through Washington, on a framework for negotiations.", published="2022-10-28")
    found = as_set(agreements(result))
    assert (frozenset({"ISR", "LBN"}), "agreed", "2020-10") in found
    assert not any("USA" in parties for parties, _, _ in found)


def test_they_who_met_are_the_two_the_sentence_names_not_the_pair_before():
    result = run("Japan and North Korea opened normalisation talks in 1991. The two countries signed nothing.\n\n"
                 "Koizumi briefed President George W. Bush on his plans when they met in New York last Thursday, on the "
                 "sidelines of the U.N. General Assembly.", published="2002-09-17")
    assert (frozenset({"JPN", "USA"}), "2002-09-12") in meetings(result)
    assert frozenset({"JPN", "PRK"}) not in {sides for sides, date in meetings(result) if date == "2002-09-12"}


def test_discussing_a_deal_with_a_leader_at_his_ranch_is_a_meeting():
    result = run("Prime Minister John Howard discussed the deal with President George W. Bush at the president's ranch "
                 "in Crawford, Texas, last May.", published="2004-05-20")
    assert meetings(result) == {(frozenset({"AUS", "USA"}), "2003-05")}


def test_a_former_president_named_by_title_and_surname_is_of_his_state_but_a_given_name_is_not_a_surname():
    result = run("Putin attacked the plans in February, and when he met President Bush in Kennebunkport two weeks ago, he "
                 "repeated his offer.", published="2007-07-15")
    assert meetings(result) == {(frozenset({"RUS", "USA"}), "2007-07-01")}
    result = run("Algerian President Abdelaziz Bouteflika and Annan added their signatures as witnesses.",
                 published="2000-12-13")
    assert "ESH" not in {a.key for a, _ in result.states}
    assert {p.person.label for p in result.people} >= {"Abdelaziz Bouteflika"}


# ---------------------------------------------------------------- not an agreement, and sources

def test_a_team_that_is_to_reach_a_stage_of_a_tournament_plans_no_agreement():
    result = run("Britain and Zimbabwe agreed in Abuja in September 2001 that farm invasions would end.\n\nThe forfeit "
                 "leaves England with little margin for error in their remaining pool matches if they are to reach the "
                 "Super Six stage.", published="2003-02-12")
    assert not any(status == "planned" for _, status, _ in agreements(result))


def test_an_acronym_the_article_spells_out_is_that_body_without_a_possessive_or_a_second_name_after_and():
    result = run("The England and Wales Cricket Board confirmed on Tuesday that the team would not travel, after the "
                 "International Cricket Council's technical committee rejected an appeal.\n\nThe ECB said in a statement "
                 "that it had no option.\n\nThe ICC said it had found no security grounds to move the fixture.",
                 published="2003-02-12")
    sources = {s.source.label for s in result.statements}
    assert {"England and Wales Cricket Board", "International Cricket Council"} <= sources
    assert not sources & {"European Central Bank", "International Criminal Court", "International Cricket Council's"}


def test_refusing_to_accept_what_is_no_instrument_refuses_no_agreement():
    result = run("Gazprom stopped pumping gas for Ukrainian customers on Sunday, after Kiev refused to accept a price "
                 "increase of more than four times.", published="2006-01-04")
    assert agreements(result) == []
    result = run("Nicaragua refused to accept the final declaration of the summit on Tuesday.", published="2023-07-19")
    assert ({"NIC"}, "denied", "2023-07-18") in agreements(result)


def test_ministers_who_are_to_meet_have_not_met():
    result = run("The Philippines and the United States held drills.\n\nForeign and defence ministers of both countries "
                 "are to meet in Washington on April 30 for their first talks in that format.", published="2012-04-28")
    assert meetings(result) == set()


def test_a_capital_a_request_came_from_is_its_government():
    result = run("Vietnam faces its worst drought in decades.\n\nLast week China agreed to a request from Hanoi to "
                 "release extra water from the Jinghong station, a spokesman told a briefing in Beijing.",
                 published="2016-03-25")
    assert any(parties == {"CHN", "VNM"} and status == "agreed" for parties, status, _ in agreements(result))


def test_a_signing_looked_ahead_to_on_a_weekday_is_the_coming_one():
    result = run("The six prime ministers of China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan are expected "
                 "to sign a memorandum on regional economic cooperation in Almaty on Friday.", published="2001-09-12")
    assert {(status, date) for _, status, date in agreements(result)} == {("planned", "2001-09-14")}


def test_withdrawing_from_a_treaty_the_sentence_dates_as_bilateral_ends_an_instrument_of_two():
    result = run("Russia and the United States signed a new treaty on Friday.\n\nWashington gave notice in December that "
                 "it would withdraw from the 1972 Anti-Ballistic Missile Treaty, and the withdrawal takes effect on June 13.",
                 published="2002-05-25")
    found = as_set(agreements(result))
    assert (frozenset({"USA", "RUS"}), "denied", "2001-12") in found
    assert not any(status == "signed" and date == "1972" for _, status, date in found)


def test_the_court_that_speaks_is_the_court_the_article_named():
    result = run("The International Court of Justice dismissed the cases on Wednesday.\n\nIn summaries of the judgments, "
                 "the court said the Marshall Islands had not shown that it had made the respondents aware.\n\nIn December "
                 "2005 the court found that Uganda had violated Congo's sovereignty.", published="2016-10-05")
    assert [s.source.label for s in result.statements] == ["International Court of Justice"] * 2
    result = run("The court said the Marshall Islands had not made its case.", published="2016-10-05")
    assert result.statements == []


# ---------------------------------------------------------------- round AL, second block

def test_the_north_atlantic_alliance_is_nato_and_a_party_of_its_own_kind():
    result = run("Russia and the North Atlantic alliance signed a Founding Act in Paris on Tuesday that sets up a "
                 "permanent council.", published="1997-05-28")
    assert [(sorted(p.label for p in a.parties), a.status) for a in result.agreements] == [(["NATO", "Russia"], "signed")]


def test_governments_meeting_regularly_and_tourists_who_visit_hold_no_meeting():
    result = run("There is no supranational court, only the governments of Argentina and Brazil meeting regularly, said an "
                 "economist.\n\nThe two Koreas run a joint industrial park at Kaesong, and South Korean tourists still "
                 "visit the Mount Kumgang resort in North Korea.", published="1994-12-17")
    assert meetings(result) == set()


def test_not_backing_retaliation_or_backing_down_refuses_no_instrument():
    result = run("The British government made clear it would not back European retaliation against Canada.",
                 published="1995-04-17")
    assert agreements(result) == []
    result = run("Britain said it would not back the declaration agreed by Canada and Spain.", published="1995-04-17")
    assert ({"GBR"}, "denied", None) in agreements(result)


def test_sports_federations_that_agree_are_no_state_parties():
    result = run("Iran beat the United States in Lyon.\n\nThe two football federations agreed, after days of talks "
                 "brokered by FIFA, that the American players would walk over to the Iranians.", published="1998-06-22")
    assert agreements(result) == []


def test_a_foreign_drug_maker_is_a_company_not_its_state():
    result = run("Jakarta signed a memorandum of understanding with the U.S. drug maker Baxter International in early "
                 "February to develop a vaccine.", published="2007-03-27")
    assert not any("USA" in parties for parties, _, _ in agreements(result))


def test_an_instrument_a_third_state_brokered_between_two_is_theirs():
    result = run("The 52 American hostages were freed in January 1981 under the Algiers Accords, which Algeria brokered "
                 "between the United States and Iran.", published="1998-06-22")
    assert any(parties == {"USA", "IRN"} and date == "1981-01" for parties, _, date in agreements(result))
    assert not any("DZA" in parties for parties, _, _ in agreements(result))


def test_george_bush_named_so_is_of_the_united_states():
    result = run("Russia and NATO signed a Founding Act on Tuesday.\n\nSTART II, signed by George Bush and Yeltsin in Moscow "
                 "in January 1993, still awaits ratification in the State Duma.", published="1997-05-28")
    assert (frozenset({"USA", "RUS"}), "signed", "1993-01") in as_set(agreements(result))


def test_leaders_of_regions_and_a_meeting_wanted_are_no_meeting_of_the_states_told_before():
    result = run("Spain and Ecuador signed a deal.\n\nOnly six weeks ago, European and Latin American leaders meeting in Lima "
                 "pledged to deepen their dialogue on migration.", published="2008-07-04")
    assert meetings(result) == set()
    result = run("Canada and Spain argued over fishing.\n\nBoth sides want NAFO's annual meeting in September to write the "
                 "new enforcement rules into its regulations.", published="1995-04-17")
    assert meetings(result) == set()


def test_a_title_without_quotes_after_titled_is_the_report_date_and_all():
    result = run("A report titled Report on the Alleged Use of Chemical Weapons in the Ghouta Area of Damascus on 21 August "
                 "2013, released by the United Nations on September 16, confirmed that sarin had been used.",
                 published="2013-10-19")
    assert [(r.title, r.publisher.label, r.year) for r in result.reports] == [
        ("Report on the Alleged Use of Chemical Weapons in the Ghouta Area of Damascus on 21 August 2013", "United Nations",
         2013)]
    result = run("A study commissioned by the trade department, released last month under the title Economic Analysis of "
                 "AUSFTA, estimated that the agreement would add A$6 billion a year.", published="2004-05-19")
    assert [r.title for r in result.reports] == ["Economic Analysis of AUSFTA"]


def test_a_state_that_signs_with_rebels_of_no_name_is_the_one_party():
    result = run("Liberia's government and the two rebel movements fighting it signed a comprehensive peace agreement in "
                 "the Ghanaian capital on Monday.", published="2003-08-19")
    assert agreements(result) == [({"LBR"}, "signed", "2003-08-18")]
    result = run("Sudan signed a peace deal with rebel groups in Juba on Saturday.", published="2020-10-05")
    assert agreements(result) == [({"SDN"}, "signed", "2020-10-03")]


def test_a_statement_published_by_a_body_after_a_comma_is_that_body_speaking():
    result = run("The joint statement, published by the White House on November 13, lists eleven areas of commitment.",
                 published="2025-11-20")
    assert [s.source.label for s in result.statements] == ["White House"]
