"""Round AM (thirty-fifth session): of two sentences telling of one meeting, the one that says they held talks or
met, in a clause of its own, is its evidence (not "… as the two leaders wrapped up talks", not a ceremony they
attended); a next clause whose subject is those who met ("…, and the two agreed to act if Pyongyang …") names no side
and does not make the meeting conditional; "failed to sign a … pact" is a refusal whatever the words between."""

from extract_helpers import agreements, meetings, run, sources


def _evidence(result):
    return [m.evidence.text for m in result.meetings]


# ---------------------------------------------------------------- which sentence tells the meeting

def test_talks_held_in_a_clause_of_their_own_tell_the_meeting_rather_than_a_lead_that_mentions_them_in_passing():
    result = run("Kenya's president promised on Friday to open a new border crossing with Tanzania as the two leaders "
                 "wrapped up talks in Nairobi. Ruto and Hassan held talks at State House on Friday, the second day of "
                 "the Tanzanian leader's visit.", published="2023-11-05")
    assert meetings(result) == {(frozenset({"KEN", "TZA"}), "2023-11-03")}
    assert _evidence(result) == ["Ruto and Hassan held talks at State House on Friday, the second day of the Tanzanian "
                                 "leader's visit."]


def test_talks_told_after_a_visit_aside_tell_the_meeting_rather_than_a_ceremony_the_two_attended():
    result = run("Lima, March 3 (TPS).- Paraguay on Thursday opened its embassy in Lima in a ceremony attended by "
                 "Paraguayan President Santiago Pena and Peruvian President Dina Boluarte. Pena, on his first visit to "
                 "Peru as president, held talks with Boluarte before the ceremony, his office said.",
                 published="2024-03-03")
    assert len(result.meetings) == 1
    assert _evidence(result)[0].startswith("Pena, on his first visit to Peru as president, held talks with Boluarte")


def test_a_leader_who_has_met_another_many_times_does_not_tell_this_meeting():
    result = run("When Narendra Modi came out of a meeting with Scott Morrison in Osaka last Friday, he spoke of "
                 "trust. Modi, who has now met Morrison five times, calls him a friend.", published="2019-07-02")
    assert _evidence(result) == ["When Narendra Modi came out of a meeting with Scott Morrison in Osaka last Friday, "
                                 "he spoke of trust."]


# ---------------------------------------------------------------- the clause after a meeting

def test_what_the_two_agreed_after_they_met_names_no_side_of_the_meeting_and_keeps_it_held():
    result = run("U.S. President Joe Biden spoke in Bali. Biden also met Chinese President Xi Jinping on Monday, and the "
                 "two agreed to consult closely if Pyongyang carries out a nuclear test, the White House said.",
                 published="2022-11-15")
    assert meetings(result) == {(frozenset({"USA", "CHN"}), "2022-11-14")}


# ---------------------------------------------------------------- refusals

def test_failing_to_sign_a_pact_named_in_many_words_is_a_refusal():
    result = run("Fiji and Tonga failed to sign a US$40 million maritime and policing pact on Wednesday after Tonga's "
                 "prime minister asked for more time.", published="2025-06-13")
    assert agreements(result) == [({"FJI", "TON"}, "denied", "2025-06-11")]


# ---------------------------------------------------------------- meetings told in other ways

def test_a_sentence_opened_by_meeting_then_they_is_a_meeting_of_the_two_told_before():
    result = run("Spanish Prime Minister Pedro Sanchez and Portuguese Prime Minister Antonio Costa met in Lisbon on "
                 "Monday. Meeting in Madrid on March 9, they agreed to open a joint centre for forest fires.",
                 published="2021-06-15")
    assert (frozenset({"ESP", "PRT"}), "2021-03-09") in meetings(result)


def test_two_who_co_chaired_a_meeting_met():
    result = run("Indian Foreign Minister S. Jaishankar spoke of trade on Thursday. Jaishankar and Bangladesh's "
                 "Foreign Minister A.K. Abdul Momen co-chaired the annual meeting of the joint consultative commission.",
                 published="2022-06-17")
    assert {sides for sides, _ in meetings(result)} == {frozenset({"IND", "BGD"})}


def test_states_barred_from_a_meeting_did_not_meet():
    result = run("At the summit this week, host Samoa has barred all outside partners, including the United States, "
                 "China and Japan, from the leaders' meeting, a decision announced last month.", published="2024-10-23")
    assert meetings(result) == set()


def test_a_meeting_told_in_a_clause_of_its_own_after_talks_that_stalled_was_held():
    result = run("Mediation by the regional bloc then stalled, and a meeting of the foreign ministers of Kenya, Uganda "
                 "and Tanzania in Arusha in May 2021 ended without progress.", published="2022-02-10")
    assert meetings(result) == {(frozenset({"KEN", "UGA", "TZA"}), "2021-05")}


# ---------------------------------------------------------------- a people of a region

def test_the_authorities_of_a_regions_people_are_not_the_state_their_demonym_names():
    result = run("The next day, the Karabakh Armenian authorities and Baku agreed to a ceasefire under which their "
                 "forces would disarm.", published="2023-10-02")
    assert not any("ARM" in parties for parties, _, _ in agreements(result))


# ---------------------------------------------------------------- a treaty's history

def test_a_treaty_signed_years_ago_by_states_named_as_signers_tells_of_no_meeting():
    result = run("That convention was signed in Lisbon on March 3, 1998, by Portugal, Spain and Morocco, the three "
                 "states bordering the strait.", published="2024-05-20")
    assert meetings(result) == set()


def test_a_signing_this_year_by_states_named_as_signers_is_still_a_meeting():
    result = run("The convention was signed in Lisbon on March 3 by Portugal, Spain and Morocco.", published="2024-05-20")
    assert meetings(result) == {(frozenset({"PRT", "ESP", "MAR"}), "2024-03-03")}


# ---------------------------------------------------------------- talks only spoken of

def test_a_leader_open_to_talks_held_none():
    result = run("Philippine President Rodrigo Duterte spoke to troops. Duterte said on Tuesday he is open to bilateral "
                 "talks with Beijing and could consider joint exploration.", published="2016-07-13")
    assert meetings(result) == set()


def test_meetings_to_be_held_regularly_are_none_yet():
    result = run("Saudi King Salman and Turkish President Recep Tayyip Erdogan spoke by phone. The two leaders agreed "
                 "to revive the coordination council, the mechanism set up in 2016, and to hold its meetings regularly.",
                 published="2018-07-12")
    assert meetings(result) == set()


# ---------------------------------------------------------------- sources

def test_two_outlets_each_with_a_verb_of_its_own_are_both_sources():
    result = run("Japan's Kyodo news agency said the two sides had spoken frankly, while China's Xinhua news agency "
                 "stressed the need to manage differences.", published="2014-06-19")
    assert {"Kyodo News", "Xinhua News Agency"} <= sources(result)


def test_an_outlet_told_something_by_people_is_a_source():
    result = run("Farmers near the border told La Prensa Libre that the new road had changed little in their lives.",
                 published="2025-03-02")
    assert "La Prensa Libre" in sources(result)


def test_a_broadcaster_named_corporate_is_an_outlet_not_a_person():
    result = run("Ethiopia's Fana Broadcasting Corporate reported on the prisoners' return to Addis Ababa.",
                 published="2018-06-11")
    assert "Fana Broadcasting Corporate" in sources(result)
    assert not any("Fana" in p.person.label for p in result.people)


def test_whose_website_published_a_decree_is_its_source():
    result = run("The decree, published on the Kremlin's website, bans charter flights between the two countries.",
                 published="2015-11-29")
    assert "Kremlin" in sources(result)


# ---------------------------------------------------------------- dates

def test_last_saturday_in_a_saturday_paper_is_a_week_before():
    result = run("U.S. Secretary of State Condoleezza Rice and Indian External Affairs Minister Pranab Mukherjee "
                 "spoke. Rice flew to New Delhi last Saturday and held talks with Mukherjee.", published="2008-10-11")
    assert meetings(result) == {(frozenset({"USA", "IND"}), "2008-10-04")}


def test_the_deal_told_again_as_signed_by_ministers_keeps_the_day_it_was_signed():
    result = run("Hungary's parliament on Monday voted to ratify Sweden's accession to NATO.\n\nThe vote followed a visit "
                 "to Budapest last Friday by the Swedish prime minister, who held talks with Viktor Orban. At the end of "
                 "their meeting, the two governments signed an agreement on four more fighter jets. The deal was signed by "
                 "the two defence ministers.", published="2024-03-01")
    dated = {a.evidence.text: a.date for a in result.agreements}
    assert dated["The deal was signed by the two defence ministers."] == "2024-02-23"


# ---------------------------------------------------------------- not meetings, and a meeting's day

def test_the_joint_hosting_of_a_tournament_is_no_meeting():
    result = run("FIFA decided in Zurich on Friday that South Korea and Japan would stage the 2002 finals together.\n\n"
                 "The South Korean foreign ministry's spokesman said the joint hosting would open a new chapter between "
                 "the two countries, and Seoul's Blue House said President Kim Young-sam had telephoned Prime Minister "
                 "Ryutaro Hashimoto on Friday evening to congratulate him.", published="1996-06-01")
    assert meetings(result) == set()


def test_a_leader_who_addressed_a_joint_meeting_of_congress_met_no_state_there():
    result = run("Mexican President Vicente Fox spoke of migration. On Thursday Fox addressed a joint meeting of the "
                 "U.S. Congress, where he asked lawmakers to trust Mexico.", published="2001-09-08")
    assert meetings(result) == set()


def test_a_date_to_come_in_the_sentence_before_does_not_date_talks_held_before_a_signing():
    result = run("The presidents of Nigeria, Ghana, Benin and Togo signed a treaty in Dakar on Friday for a gas "
                 "pipeline that is to carry gas to the three smaller countries from 2005.\n\nObasanjo of Nigeria, "
                 "Kufuor of Ghana, Kerekou of Benin and Eyadema of Togo put their names to the treaty at the summit of "
                 "the regional bloc. The four presidents held talks on the project before the signing, officials said.",
                 published="2003-02-01")
    assert meetings(result) == {(frozenset({"NGA", "GHA", "BEN", "TGO"}), "2003-01-31")}


def test_the_host_of_a_summit_named_at_length_on_whose_sidelines_others_signed_is_no_side():
    result = run("Obasanjo of Nigeria and Kufuor of Ghana put their names to the treaty on the sidelines of the summit "
                 "of the Economic Community of West African States (ECOWAS), hosted by Senegalese President Abdoulaye "
                 "Wade, on Friday.", published="2003-02-01")
    assert all("SEN" not in sides for sides, _ in meetings(result))


# ---------------------------------------------------------------- a mediator who later acts

def test_a_state_that_mediated_talks_is_a_side_when_named_among_those_who_issued_a_statement():
    result = run("Azerbaijani President Ilham Aliyev and Armenian President Serzh Sargsyan held talks in Kazan on "
                 "Friday, mediated by Russian President Dmitry Medvedev. Last month, at the Group of Eight summit in Deauville, "
                 "Medvedev, U.S. President Barack Obama and French President Nicolas Sarkozy issued a joint statement.",
                 published="2011-06-25")
    assert (frozenset({"RUS", "USA", "FRA"}), "2011-05") in meetings(result)


def test_a_mediator_counted_among_the_three_presidents_who_signed_is_a_side():
    result = run("Azerbaijani President Ilham Aliyev and Armenian President Serzh Sargsyan held talks in Kazan on "
                 "Friday, mediated by Russian President Dmitry Medvedev. In November 2008 the three presidents signed a "
                 "declaration at Meiendorf castle outside Moscow.", published="2011-06-25")
    assert (frozenset({"RUS", "AZE", "ARM"}), "2008-11") in meetings(result)


# ---------------------------------------------------------------- not a plan to conclude an agreement

def test_a_tribunal_stage_expected_to_conclude_next_year_is_no_planned_agreement():
    result = run("Eritrea and Yemen accepted the award. The tribunal's second stage, in which it will draw the maritime "
                 "boundary between the two states, is expected to conclude next year.", published="1998-10-10")
    assert agreements(result) == []


def test_talks_expected_to_conclude_an_agreement_are_still_a_plan():
    result = run("Japan and Australia are expected to conclude a free trade agreement next year.", published="2013-10-10")
    assert agreements(result) == [({"JPN", "AUS"}, "planned", "2014")]
