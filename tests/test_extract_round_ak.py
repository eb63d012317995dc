"""Round AK (thirty-third session): Luxembourg is a state again (not "the Luxembourg court"); talks told as a means
("settled through talks") and a visit to come ("when Putin visits New Delhi in October") are no meetings; a city left
for ("before leaving for Seoul") is no side; a purchase of a state's product ("a contract for Russia's S-400
system") has the seller for a party; "ethnic Armenian forces" are no state; "has had peace treaties with A and B" is
one signed treaty with each; refusing to renew an arrangement that let another state's farmers work ends an
instrument of both; "the two foreign ministries" and "Their second summit" refer back; a headline's two states are
"the two countries" of a story that never names them together; people "whose chairman X", "special envoys, X and Y",
"White House adviser X"."""

from extract_helpers import agreements, as_set, meetings, run, states


def _people(result):
    return {p.person.label: p for p in result.people}


# ---------------------------------------------------------------- states

def test_luxembourg_named_in_a_list_of_parties_is_a_state():
    result = run("Belgium, the Netherlands and Luxembourg signed a customs protocol in Brussels in May 2019.",
                 published="2019-06-01")
    assert as_set(agreements(result)) == {(frozenset({"BEL", "NLD", "LUX"}), "signed", "2019-05")}


def test_the_luxembourg_court_and_the_luxembourg_agreement_name_no_state():
    result = run("Poland took the case to the Luxembourg court in March. Germany paid under the Luxembourg Agreement.",
                 published="2021-06-01")
    assert "LUX" not in states(result)
    assert states(result) == {"POL", "DEU"}


def test_ethnic_kin_are_no_state_party():
    result = run("The ethnic Serb militias in the north agreed to a truce with Kosovo police on Sunday.",
                 published="2023-10-02")
    assert not any("SRB" in parties for parties, _, _ in as_set(agreements(result)))


# ---------------------------------------------------------------- meetings that were not held

def test_talks_told_as_the_means_of_settling_a_dispute_are_no_meeting():
    result = run("Both Madrid and Rabat said on Monday that they wanted the quarrel settled through talks.",
                 published="2021-05-20")
    assert meetings(result) == set()


def test_a_visit_after_when_in_the_present_is_to_come():
    result = run("Ankara is expected to sign a gas contract when President Vladimir Putin visits Ankara in December.",
                 published="2017-09-01")
    assert meetings(result) == set()


def test_agreeing_to_replace_talks_with_an_annual_meeting_holds_no_meeting():
    result = run("Japan and Australia agreed last year to replace their old dialogue with a single yearly meeting of "
                 "four ministers.", published="2019-03-01")
    assert meetings(result) == set()


def test_a_meeting_agreed_on_in_a_meeting_is_still_held():
    result = run("Kenya and Ethiopia agreed on Tuesday to set up a joint border commission, in a meeting at State "
                 "House in Nairobi.", published="2022-02-10")
    assert meetings(result) == {(frozenset({"KEN", "ETH"}), "2022-02-08")}


def test_the_city_left_for_is_no_side_of_the_meeting():
    result = run("On Friday, before leaving for Tokyo, Biden met Indian Prime Minister Narendra Modi in Hiroshima.",
                 published="2023-05-21")
    assert meetings(result) == {(frozenset({"USA", "IND"}), "2023-05-19")}
    assert result.meetings[0].place == "Hiroshima"


def test_a_summoned_high_commissioner_meets_the_minister_who_summoned_him():
    result = run("Ghana's Foreign Minister Shirley Ayorkor Botchway summoned Nigeria's High Commissioner, Olufemi "
                 "Abikoye, on Monday to protest the demolition of a building in Accra.", published="2020-06-25")
    assert meetings(result) == {(frozenset({"GHA", "NGA"}), "2020-06-22")}


def test_leaders_who_talked_behind_closed_doors_met():
    result = run("Xi Jinping and Joe Biden met in Bali on Monday. The two leaders then talked behind closed doors for "
                 "about three hours.", published="2022-11-15")
    assert (frozenset({"CHN", "USA"}), "2022-11-14") in meetings(result)


def test_their_second_summit_is_of_the_pair_told_of_last():
    result = run("Putin and Erdogan first met in Sochi in March 2017, when they agreed a de-escalation plan. The "
                 "plan collapsed within months. Their second summit, in Ankara in April 2018, ended without a deal.",
                 published="2018-06-01")
    assert (frozenset({"RUS", "TUR"}), "2018-04") in meetings(result)


# ---------------------------------------------------------------- agreements

def test_a_contract_for_a_states_weapon_system_has_the_seller_for_a_party():
    result = run("Egypt is expected to sign a contract worth about $2 billion for Russia's Su-35 fighter jets.",
                 published="2019-03-01")
    assert as_set(agreements(result)) == {(frozenset({"EGY", "RUS"}), "planned", None)}


def test_has_had_peace_treaties_with_two_states_is_one_treaty_with_each_undated():
    result = run("Jordan has had peace treaties with Israel and Egypt for years, but neither relationship ever "
                 "produced a joint military exercise of this size.", published="2022-04-01")
    assert as_set(agreements(result)) == {(frozenset({"JOR", "ISR"}), "signed", None),
                                          (frozenset({"JOR", "EGY"}), "signed", None)}


def test_refusing_to_renew_an_arrangement_that_let_anothers_fishermen_work_ends_an_instrument_of_both():
    result = run("In 2016 Morocco refused to renew the fishing arrangement that had allowed Spanish fishermen to work "
                 "off its Atlantic coast.", published="2017-02-01")
    assert as_set(agreements(result)) == {(frozenset({"MAR", "ESP"}), "denied", "2016")}


def test_pledging_to_resolve_questions_through_talks_is_an_aim():
    result = run("The state news agency said both sides had pledged to resolve the remaining questions through talks.",
                 published="2021-05-04")
    assert agreements(result) == []


def test_the_two_foreign_ministries_of_a_story_that_never_names_them_together_are_the_headlines_two():
    result = run("Shelling continued near the border overnight, Armenia's defence ministry said. Azerbaijani officials "
                 "gave no figures. The two foreign ministries agreed on a truce on Tuesday evening.",
                 published="2022-09-15", title="Armenia and Azerbaijan count their dead after border clashes")
    assert as_set(agreements(result)) == {(frozenset({"ARM", "AZE"}), "agreed", "2022-09-13")}


# ---------------------------------------------------------------- people

def test_the_chairman_named_in_a_bodys_relative_clause_is_the_person_not_the_body():
    people = _people(run("Private carrier Sky Harbour, whose chairman Tunde Okafor offered free seats, said the flight "
                         "was full.", published="2019-09-12"))
    assert "Tunde Okafor" in people and "Sky Harbour" not in people


def test_a_high_commissioner_is_a_role_not_a_person():
    people = _people(run("Kenya's High Commissioner, Jane Wanjiru, was summoned on Friday.", published="2020-01-01"))
    assert people["Jane Wanjiru"].role == "High Commissioner"
    assert people["Jane Wanjiru"].affiliation.key == "KEN"
    assert "High Commissioner" not in people


def test_two_envoys_named_after_a_plural_role_are_both_people():
    people = _people(run("Serbia and Kosovo have also been talking. Their special envoys, Petar Petkovic and Besnik "
                         "Bislimi, met in Brussels in May.", published="2023-06-01"))
    assert {"Petar Petkovic", "Besnik Bislimi"} <= set(people)


def test_an_adviser_of_a_government_body_serves_its_state():
    people = _people(run("A delegation led by White House adviser Jake Sullivan flew to Riyadh.", published="2023-05-08"))
    assert people["Jake Sullivan"].affiliation.key == "USA"


# ---------------------------------------------------------------- second half: the development block 1171-1182

def test_refusing_to_renew_it_ends_the_instrument_told_of_of_both():
    result = run("Kyrgyzstan leases the Manas base to the United States under a 2001 agreement. Kyrgyz President "
                 "Kurmanbek Bakiyev has refused to renew it when it runs out next year.", published="2008-10-01")
    assert (frozenset({"KGZ", "USA"}), "denied", None) in as_set(agreements(result))


def test_notice_to_terminate_a_dated_agreement_told_of_ends_an_instrument_of_both():
    result = run("Norway and Russia signed a fishing agreement in 1976. Oslo said in March that it would terminate the "
                 "1976 fishing agreement, a step that angered Moscow.", published="2010-09-01")
    assert any(parties == frozenset({"NOR", "RUS"}) and status == "denied"
               for parties, status, _ in as_set(agreements(result)))


def test_an_instrument_ended_that_let_anothers_forces_stay_keeps_that_counterpart_not_the_last_told():
    result = run("In 2023 Mali, Niger and Burkina Faso signed a mutual defence charter. Niger terminated the 2012 "
                 "agreement that allowed American troops to operate from Agadez in March 2024.", published="2024-06-01")
    assert any(parties == frozenset({"NER", "USA"}) and status == "denied"
               for parties, status, _ in as_set(agreements(result)))


def test_negotiating_with_an_adverb_between_and_in_the_middle_of_negotiations_are_planned():
    result = run("Seoul and Ottawa have also been negotiating a free trade agreement since last year. Wellington is in "
                 "the middle of its own trade negotiations with Seoul.", published="2006-10-20")
    assert as_set(agreements(result)) == {(frozenset({"KOR", "CAN"}), "planned", "2005"),
                                          (frozenset({"NZL", "KOR"}), "planned", None)}


def test_agreed_when_they_met_somewhere_to_do_something_is_agreed_then():
    result = run("Kenya and Uganda agreed when they met in Kampala in March to set up a joint border patrol.",
                 published="2019-06-01")
    assert as_set(agreements(result)) == {(frozenset({"KEN", "UGA"}), "agreed", "2019-03")}


def test_leaders_who_failed_to_agree_on_a_declaration_refused_it():
    result = run("The leaders of Egypt, Sudan and Ethiopia failed to agree on a final declaration at their summit in "
                 "Cairo.", published="2020-01-20")
    assert as_set(agreements(result)) == {(frozenset({"EGY", "SDN", "ETH"}), "denied", None)}


def test_separate_talks_since_arriving_are_one_meeting_with_each():
    result = run("Japanese Prime Minister Junichiro Koizumi arrived in Hanoi on Monday. Since arriving in Hanoi, Koizumi "
                 "has held separate talks with Vietnamese Prime Minister Phan Van Khai, Cambodian Prime Minister Hun "
                 "Sen and Thai Prime Minister Thaksin Shinawatra.", published="2004-10-06")
    assert {(frozenset({"JPN", "KHM"}), "2004-10-04"), (frozenset({"JPN", "THA"}), "2004-10-04")} <= meetings(result)


def test_the_ten_asean_states_are_its_members():
    result = run("China and the ten ASEAN states signed a framework agreement on economic cooperation in Phnom Penh "
                 "last November.", published="2003-04-29")
    assert as_set(agreements(result)) == {(frozenset({"CHN", "BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP",
                                                      "THA", "VNM"}), "signed", "2002-11")}


def test_contracts_for_a_demonyms_weapons_have_the_seller_but_a_designed_product_does_not():
    sold = run("Since 2006, Algeria has signed contracts worth billions of dollars for Russian weapons.",
               published="2010-01-01")
    assert {parties for parties, _, _ in as_set(agreements(sold))} == {frozenset({"DZA", "RUS"})}
    designed = run("Canberra scrapped a contract for French-designed submarines in 2021.", published="2022-01-01")
    assert not any("FRA" in parties for parties, _, _ in as_set(agreements(designed)))


def test_pledging_to_coordinate_positions_is_an_aim():
    result = run("Chile and Peru have pledged to coordinate their positions before the next round of talks.",
                 published="2015-01-01")
    assert agreements(result) == []


def test_who_watched_a_signing_signed_nothing():
    result = run("Ethiopian Prime Minister Meles Zenawi and Eritrean President Isaias Afwerki signed the accord in "
                 "Algiers on Tuesday, watched by French President Jacques Chirac.", published="2000-12-14")
    assert {parties for parties, _, _ in as_set(agreements(result))} == {frozenset({"ETH", "ERI"})}


def test_rejecting_arrangements_is_a_refusal():
    result = run("Addis Ababa rejected the technical arrangements for the peace plan in September.",
                 published="2000-12-14")
    assert as_set(agreements(result)) == {(frozenset({"ETH"}), "denied", "2000-09")}


def test_leaders_who_end_a_session_agreeing_on_measures_agreed():
    result = run("The ten ASEAN leaders have finished their own session, agreeing on a package of flood-relief "
                 "measures.", published="2011-11-18")
    assert {(parties, status) for parties, status, _ in as_set(agreements(result))} == \
        {(frozenset({"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"}), "agreed")}


# ---------------------------------------------------------------- meetings: announced, ongoing or a game; and who met

def test_meetings_to_come_or_ongoing_are_not_held():
    for sentence in ("Canberra is also in talks on a free trade agreement with Seoul, which began in 2009.",
                     "The two leaders agreed that Lee would pay an official visit to Tokyo in the autumn.",
                     "Delegations of the government of Mozambique and Renamo would open direct talks in Maputo on "
                     "March 18, the presidency of Botswana said on Tuesday.",
                     "The draft accords are to be signed at the first meeting of the council, to be held in Ankara in "
                     "December.",
                     "In 2012 the Dutch government apologised, and formal talks with Indonesia began later that year.",
                     "A meeting of the three countries' foreign ministers could follow, the Iranian foreign minister "
                     "told reporters in Tehran."):
        assert meetings(run(sentence, published="2013-06-01")) == set(), sentence


def test_a_match_between_two_national_teams_is_no_meeting():
    result = run("Serbia beat Albania 3-0 in Belgrade on Friday, in the first competitive meeting between the two "
                 "teams since the 2014 brawl.", published="2015-10-10")
    assert meetings(result) == set()


def test_a_state_named_only_in_the_subject_of_talks_is_no_side():
    result = run("German Chancellor Olaf Scholz was in Paris in March for talks with Emmanuel Macron on security "
                 "guarantees for Moldova.", published="2024-05-01")
    assert meetings(result) == {(frozenset({"DEU", "FRA"}), "2024-03")}


def test_received_later_that_month_was_held():
    result = run("In May 2019, President Muhammadu Buhari of Nigeria left for London, and flew home only after "
                 "British Prime Minister Theresa May received him in London later that month.", published="2020-01-10")
    assert (frozenset({"GBR", "NGA"}), "2019-05") in meetings(result)


def test_a_meeting_of_the_two_countries_ministers_hosted_by_one_is_of_both():
    result = run("Canberra and Jakarta agreed last year to deepen defence ties. Canberra then hosted the first meeting "
                 "of the two countries' foreign and defence ministers in October.", published="2013-02-08")
    assert (frozenset({"AUS", "IDN"}), "2012-10") in meetings(result)


def test_relations_between_two_states_established_in_a_year_were_agreed_then():
    result = run("Diplomatic relations between the Kingdom of Bahrain and the Republic of Korea were established in "
                 "1976.", published="2022-01-10")
    assert as_set(agreements(result)) == {(frozenset({"BHR", "KOR"}), "agreed", "1976")}
    assert result.agreements[0].topic == "diplomatic relations"


def test_a_hope_in_a_relative_clause_of_the_governments_does_not_undo_what_they_agreed():
    result = run("In March, Madrid and Lisbon agreed in Porto to negotiate a new water treaty, which both governments "
                 "hope to conclude this year.", published="2024-05-10")
    assert as_set(agreements(result)) == {(frozenset({"ESP", "PRT"}), "agreed", "2024-03")}


def test_along_with_agreements_on_two_things_are_two_more_instruments():
    result = run("Presidents Vladimir Putin and Luiz Inacio Lula da Silva signed the space accord at the Planalto "
                 "palace, along with agreements on military technology and on visa-free travel for tourists.",
                 published="2004-11-23")
    found = [(frozenset(p.key for p in a.parties), a.status, a.topic) for a in result.agreements]
    assert len(found) == 3 and {parties for parties, _, _ in found} == {frozenset({"RUS", "BRA"})}
    assert any("visa-free travel" in topic for _, _, topic in found)


def test_leaders_who_watched_ministers_sign_met():
    result = run("Chinese Premier Wen Jiabao arrived in Suva on Tuesday. On Monday, Wen and Samoan Prime Minister "
                 "Tuilaepa Sailele had watched ministers sign two economic agreements between China and Samoa in Apia.",
                 published="2006-04-06")
    assert (frozenset({"CHN", "WSM"}), "2006-04-03") in meetings(result)


# ---------------------------------------------------------------- sources

def _sources(result):
    return {s.source.label for s in result.statements}


def test_a_naval_prefecture_and_a_royal_household_that_speak_are_sources():
    assert "Uruguayan Naval Prefecture" in _sources(run("The Uruguayan Naval Prefecture said in a statement that its "
                                                        "patrol boat stopped the trawler.", published="2016-03-20"))
    assert "Spanish Royal Household" in _sources(run("King Felipe received the Portuguese president in Madrid on "
                                                     "Monday, the Spanish royal household said.", published="2016-03-20"))
