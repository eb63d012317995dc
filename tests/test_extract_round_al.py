"""Round AL (thirty-fourth session): "Leaders of the six countries … met" are the six states the sentence names, even
after the verb; a gathering's roll call after a colon names who came ("gathered in Nauru: Australia, Fiji, …, together
with the Cook Islands"); a state that "received" a leader "last September" met him; teams that competed, meetings that
"kept" happening and a political office a state hosts are no meetings; "the two countries" of a sentence that names two
other states as sides ("when Xi Jinping visited Quito") are those two, not the pair of the sentence before."""

from extract_helpers import agreements, as_set, run


def _meetings(result):
    return {(frozenset(p.key for p in m.participants), m.date) for m in result.meetings}


def _sides(result):
    return {frozenset(p.key for p in m.participants) for m in result.meetings}


# ---------------------------------------------------------------- who met

def test_the_six_countries_that_met_are_the_six_the_sentence_names_after_the_verb():
    result = run("Leaders of the six countries along the Mekong River met in the resort city of Sanya on Wednesday for "
                 "their first summit, a grouping that brings China together with Cambodia, Laos, Myanmar, Thailand and "
                 "Vietnam.", published="2016-03-25")
    assert _meetings(result) == {(frozenset({"CHN", "KHM", "LAO", "MMR", "THA", "VNM"}), "2016-03-23")}


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
    assert _meetings(result) == {(frozenset({"MNG", "RUS"}), "2024-09")}


# ---------------------------------------------------------------- no meeting

def test_a_sports_team_that_competed_abroad_held_no_meeting():
    result = run("In February 1998, a U.S. team competed in the Takhti Cup in Tehran, the first American sports team to "
                 "visit the Islamic Republic since the 1979 revolution.", published="2017-02-05")
    assert _meetings(result) == set()


def test_people_who_kept_meeting_over_the_years_held_no_one_meeting():
    result = run("Wrestling is one of the few arenas where Iranians and Americans have kept meeting since the two "
                 "countries cut diplomatic relations in 1980.", published="2017-02-05")
    assert _meetings(result) == set()


def test_a_state_hosting_a_political_office_held_no_meeting():
    result = run("Germany deported 28 Afghans to Kabul. Qatar, which has hosted a Taliban political office in Doha since "
                 "2013, acted as an intermediary, according to officials.", published="2024-08-30")
    assert _meetings(result) == set()


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
