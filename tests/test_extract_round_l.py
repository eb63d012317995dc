"""Round L: meetings only attended in the future or refused, ambassadors called home, sport events hosted,
and the topic of a founding told "founded … by"."""

from extract_helpers import run


def meetings(result):
    return sorted((sorted(p.key for p in m.participants), m.date, m.place) for m in result.meetings)


def test_a_summit_the_leaders_will_attend_is_not_held_yet():
    result = run("On Thursday the presidents of Chile and Peru will attend the summit of the Andean states in Lima.")
    assert meetings(result) == []


def test_refusing_to_attend_meetings_is_no_meeting():
    result = run("In April, Chile and Peru refused to attend meetings of the commission in Lima.")
    assert meetings(result) == []


def test_preparations_for_a_summit_are_no_meeting():
    result = run("Chile and Peru on Monday discussed preparations for the Pacific summit in Lima in August.")
    assert meetings(result) == []


def test_an_envoy_called_home_for_consultations_is_no_meeting():
    result = run("Chile on Monday called its ambassador in Lima home for consultations after Peru expelled a diplomat.")
    assert meetings(result) == []


def test_tournaments_hosted_by_two_states_are_no_meeting():
    result = run("Chile and Peru will play each other at tournaments hosted in Lima, the federation said on Monday.")
    assert meetings(result) == []


def test_a_meeting_told_in_one_clause_has_only_that_clauses_sides():
    result = run("In March 2021 Iranian Foreign Minister Mohammad Javad Zarif and his Chinese counterpart, Wang Yi, "
                 "signed a cooperation agreement in Tehran, and in March this year Iran and Saudi Arabia agreed in "
                 "Beijing to restore diplomatic relations.", published="2023-08-01")
    # each clause's own sides (round P: the second clause, agreed in Beijing in a named month, is a meeting too)
    assert sorted(sides for sides, _, _ in meetings(result)) == [["CHN", "IRN"], ["IRN", "SAU"]]


def test_a_signing_by_two_named_leaders_is_a_meeting_though_a_third_party_brokered_the_talks():
    result = run("The treaty was signed in Lima on March 3, 1999, by President Alberto Fujimori and President Jamil "
                 "Mahuad after years of negotiations brokered by Brazil.", published="2024-05-15")
    assert [(sides, place) for sides, _, place in meetings(result)] == [(["ECU", "PER"], "Lima")]


def test_the_topic_of_a_founding_is_the_body_founded():
    result = run("The Andean Forum, which now has six members, was founded in 2001 by Peru, Chile, Bolivia and Ecuador.")
    assert [a.topic for a in result.agreements] == ["Andean Forum"]


def test_a_founding_told_by_a_pronoun_keeps_the_words_after_the_verb():
    result = run("The Andean Forum held its summit in Lima. It was founded in 2001 by Peru, Chile, Bolivia and Ecuador.")
    assert all(a.topic != "It" for a in result.agreements)


def sources(result):
    return {s.source.label for s in result.statements}


def test_a_blocs_official_speaking_in_person_makes_no_source():
    result = run("EU foreign policy chief Josep Borrell welcomed the release and said the bloc would keep pressing Iran.")
    assert "European Union" not in sources(result)


def test_a_blocs_official_speaking_in_a_statement_makes_the_bloc_a_source():
    result = run("EU foreign policy chief Josep Borrell welcomed the release in a statement on Monday.")
    assert "European Union" in sources(result)


def test_the_office_of_a_named_leader_is_a_source():
    result = run("The accord was signed by the two ministers, the office of Prime Minister Hun Manet said in a statement.")
    assert "office of Prime Minister Hun Manet" in sources(result)


def test_a_states_army_officials_make_the_army_a_source():
    result = run("Troops on both sides exchanged fire near the border on Thursday night, Thai army officials said.")
    assert "Thai army" in sources(result)


def test_a_body_named_of_its_country_is_a_source():
    result = run("About 1.2 billion barrels are recoverable, according to the Petroleum Authority of Kenya.")
    assert "Petroleum Authority of Kenya" in sources(result)


def test_a_statistics_bureau_is_a_source():
    result = run("Inflation reached 40% in March, according to the National Bureau of Statistics.")
    assert "National Bureau of Statistics" in sources(result)


def test_a_party_named_after_its_kind_is_a_source():
    result = run("Chile signed the accord on Monday, and the opposition party Renovacion called for it to be scrapped.")
    assert "Renovacion" in sources(result)


def test_a_body_that_replied_is_a_source():
    result = run("The Suez Canal Authority replied within hours that it had made no change to its tolls.")
    assert any(s.endswith("Suez Canal Authority") for s in sources(result))


def test_figures_that_showed_make_their_publisher_a_source():
    result = run("NATO's own figures, published last June, showed that most members would meet the target.")
    assert any("NATO" in s or "North Atlantic" in s for s in sources(result))


def test_the_two_governments_are_the_visiting_leaders_state_and_the_host():
    result = run("Spain and Portugal signed a water accord on Monday. Brazil hosted the talks. Chilean President "
                 "Gabriel Boric was in Lima on May 10 for a summit at which the two governments signed six agreements.")
    signed = [{p.key for p in a.parties} for a in result.agreements if a.date == "2024-05-10"]
    assert signed == [{"CHL", "PER"}]
    assert ["CHL", "PER"] in [sides for sides, _, _ in meetings(result)]


def test_a_trip_to_a_capital_is_a_meeting_with_the_host():
    result = run("The thaw continued with Boric's trip to Lima in March.")
    assert meetings(result) == [(["CHL", "PER"], "2024-03", "Lima")]


def test_choosing_two_states_for_a_first_trip_is_a_meeting_with_each():
    result = run("Chilean President Gabriel Boric chose Peru and Bolivia for his first trip abroad last month.")
    assert [sides for sides, _, _ in meetings(result)] == [["BOL", "CHL"], ["CHL", "PER"]]


def test_flying_to_a_capital_and_asking_is_a_meeting():
    result = run("Chile's foreign minister flew to Lima last week and asked Boluarte not to sign the deal.")
    assert [(sides, place) for sides, _, place in meetings(result)] == [(["CHL", "PER"], "Lima")]


def test_a_trip_to_the_kingdom_is_no_named_visit():
    result = run("The U.S. energy secretary said during a trip to the kingdom last month that talks went well.")
    assert meetings(result) == []


def test_talks_with_two_counterparts_on_two_days_are_two_meetings():
    result = run("Chilean President Gabriel Boric held talks with Peru's Dina Boluarte on Sunday evening and with "
                 "Bolivia's Luis Arce on Monday.")
    assert [(sides, date) for sides, date, _ in meetings(result)] == [(["BOL", "CHL"], "2024-05-13"),
                                                                     (["CHL", "PER"], "2024-05-12")]


def test_two_ministries_named_together_are_two_sources():
    result = run("The steps were announced in identical statements released by the Chilean and Peruvian foreign "
                 "ministries after the talks.")
    assert {"Chilean Foreign Ministry", "Peruvian Foreign Ministry"} <= sources(result)
