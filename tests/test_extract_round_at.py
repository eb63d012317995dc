"""Round AT (forty-second session): a live page's entry opened by its time tells what has just happened ("13:30 Obama
and Wen have met for just under an hour"): a meeting on the page's day, not a past one, unless the entry announces one
("agreed to meet again"); a seat of government named as a building's part ("in a side room of the Elysee Palace") is a
place, not the state acting; one subject's predicates one after another ("held talks with A in X on Monday, met B in Y
on Tuesday and is due to meet C in Z on Wednesday") are one meeting each, none for the one to come; an organization
named in a compound adjective ("Libya's UN-backed prime minister", "an AU-brokered truce") qualifies another: no party;
who signed, named after "by" (an armed movement too), are the parties, whoever the clause's subject is ("Both governments
still appeal to the 2005 CPA, signed in Nairobi by Khartoum and the southern rebels of the SPLM"); a state's possessive
before a modifier written with dots ("Libya's U.N.-backed government") still qualifies the state's actor; a day weeks
ahead, told after "will" with no verb of the past between, is the coming one, however far the verb ("EU leaders will try
… at a summit in Brussels on 28-29 June"); a capital naming rules ("the Dublin rules") is no state; a state in an
appositive opened by "both" or a number ("X and Y, both U.S. allies, signed") is no party, nor one named as backing an
instrument ("a U.S.-backed pact") a side of the meeting that signed it; "would use the visit to sign agreements" is a
planned agreement."""

from extract_helpers import agreements, meetings, run


# ---------------------------------------------------------------- a live page's entry

LIVE = "All times local (GMT+1). Newest first.\n\n"


def test_a_live_entry_in_the_present_perfect_is_a_meeting_on_the_pages_day():
    result = run(LIVE + "13:30 U.S. President Barack Obama and Chinese Premier Wen Jiabao have met for just under an hour "
                 "on the sidelines, the White House says.", published="2009-12-18")
    assert meetings(result) == {(frozenset({"USA", "CHN"}), "2009-12-18")}


def test_a_live_entry_with_a_dash_is_read_alike():
    result = run(LIVE + "15:10 — U.S. President George W. Bush and Israeli Prime Minister Ariel Sharon have sat down "
                 "together in the palace.", published="2003-06-04")
    assert meetings(result) == {(frozenset({"USA", "ISR"}), "2003-06-04")}


def test_the_same_sentence_without_the_entrys_time_is_background():
    result = run("U.S. President Barack Obama and Chinese Premier Wen Jiabao have met for just under an hour on the "
                 "sidelines, the White House says.", published="2009-12-18")
    assert meetings(result) == set()


def test_a_live_entry_announcing_a_meeting_is_none():
    result = run(LIVE + "22:58 — Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky agreed to "
                 "meet again in the same format in four months, Macron said.", published="2019-12-09")
    assert meetings(result) == set()


# ---------------------------------------------------------------- a seat of government as a building

def test_a_room_of_a_seat_of_government_is_a_place():
    result = run("Ukrainian President Volodymyr Zelensky and Russian President Vladimir Putin held talks on Monday in a "
                 "side room of the Elysee Palace.", published="2019-12-10")
    assert meetings(result) == {(frozenset({"UKR", "RUS"}), "2019-12-09")}


def test_a_seat_of_government_that_speaks_still_acts_for_its_state():
    result = run("The Elysee said on Monday that French President Emmanuel Macron had held talks with Indian Prime "
                 "Minister Narendra Modi in Paris.", published="2023-07-15")
    assert {frozenset({"FRA", "IND"})} == {p for p, _ in meetings(result)}


# ---------------------------------------------------------------- one predicate after another

def test_each_predicate_meets_another_side_on_another_day():
    result = run("U.S. envoy Stephen Bosworth held talks with South Korean officials in Seoul on Monday, met Japanese "
                 "officials in Tokyo on Tuesday and is due to meet Chinese officials in Beijing on Wednesday.",
                 published="2010-12-08")
    assert meetings(result) == {(frozenset({"USA", "KOR"}), "2010-12-06"), (frozenset({"USA", "JPN"}), "2010-12-07")}


def test_two_held_predicates_joined_by_and():
    result = run("Blinken met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday and held talks with Jordan's "
                 "King Abdullah in Amman on Tuesday.", published="2023-01-31")
    assert meetings(result) == {(frozenset({"USA", "EGY"}), "2023-01-30"), (frozenset({"USA", "JOR"}), "2023-01-31")}


def test_predicates_of_the_same_day_are_not_split():
    result = run("Blinken met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday and held talks with Egyptian "
                 "Foreign Minister Sameh Shoukry in Cairo on Monday.", published="2023-01-31")
    assert meetings(result) == {(frozenset({"USA", "EGY"}), "2023-01-30")}


# ---------------------------------------------------------------- an organization in a compound adjective

def test_an_organization_that_backs_a_government_is_no_party():
    result = run("He said Libya's UN-backed prime minister, Fayez al-Serraj, had agreed to identify the camps where "
                 "the abuses were taking place.", published="2017-11-30")
    assert agreements(result) == []


def test_an_organization_named_as_a_party_still_is_one():
    result = run("Libya signed an agreement with the UN in Tripoli on Monday on the evacuation of migrants.",
                 published="2017-11-30")
    assert [sorted(p) for p, _, _ in agreements(result)] == [["LBY", "united-nations"]]


# ---------------------------------------------------------------- who signed, named after 'by', armed movements too

def test_an_armed_movement_named_among_the_signers_is_a_party():
    result = run("The 2005 Comprehensive Peace Agreement, signed in Nairobi by Khartoum and the southern rebels of the "
                 "Sudan People's Liberation Movement, led to the South's independence referendum.", published="2012-04-25")
    assert [sorted(p) for p, _, _ in agreements(result)] == [["SDN", "sudan-people-s-liberation-movement"]]


def test_the_signers_after_by_are_the_parties_not_the_subject_that_appeals_to_it():
    result = run("Sudan and South Sudan fought over Heglig this month. Both governments still appeal to the 2005 "
                 "Comprehensive Peace Agreement, signed in Nairobi by Khartoum and the southern rebels of the Sudan "
                 "People's Liberation Movement, which led to the South's independence referendum.", published="2012-04-25")
    told = [sorted(p) for p, _, _ in agreements(result)]
    assert told == [["SDN", "sudan-people-s-liberation-movement"]]


# ---------------------------------------------------------------- a state's possessive before a dotted modifier

def test_a_states_government_qualified_by_a_dotted_abbreviation_acts_for_it():
    result = run("Italy signed a memorandum with Libya's U.N.-backed government in Rome in February 2017 to train the "
                 "coastguard.", published="2018-06-17")
    assert [(sorted(p), s, d) for p, s, d in agreements(result)] == [(["ITA", "LBY"], "signed", "2017-02")]


def test_a_sentences_end_after_a_possessive_is_no_modifier():
    result = run("Talks ended after India refused to endorse a text that left out Pakistan's Balochistan province.\n\n"
                 "Officials said the ministers would meet again next year.", published="2025-06-27")
    assert all("PAK" not in parties for parties, _, _ in agreements(result))
    assert all("PAK" not in parties for parties, _ in meetings(result))


# ---------------------------------------------------------------- a day ahead, told far after "will"

def test_a_day_weeks_ahead_after_will_is_the_coming_one():
    import datetime as dt

    from kg.extract.dates import find_dates
    text = ("EU leaders will try again to overhaul the asylum rules, under which asylum seekers must usually apply in "
            "the first EU country they enter, at a summit in Brussels on 28-29 June.")
    assert [d.value for d in find_dates(text, dt.date(2018, 6, 17))] == ["2018-06-28"]


def test_a_day_after_a_verb_of_the_past_stays_the_last_one():
    import datetime as dt

    from kg.extract.dates import find_dates
    text = "He will visit Paris again, where the two leaders had signed the treaty on 28 June."
    assert [d.value for d in find_dates(text, dt.date(2018, 6, 17))] == ["2017-06-28"]


def test_a_summit_ahead_is_no_meeting_and_a_capitals_rules_no_state():
    result = run("Italy and Spain argued over the ship. EU leaders will try again to overhaul the Dublin rules, under "
                 "which asylum seekers must usually apply in the first EU country they enter, at a summit in Brussels on "
                 "28-29 June.", published="2018-06-17")
    assert meetings(result) == set()
    assert "IRL" not in {state.key for state, _ in result.states}


# ---------------------------------------------------------------- states that describe or qualify, no sides

def test_a_state_in_an_appositive_opened_by_both_is_no_party():
    result = run("The Philippines and Japan, both U.S. allies, signed a defence pact in Manila on Monday.",
                 published="2023-05-10")
    assert {frozenset(p) for p, _, _ in agreements(result)} == {frozenset({"PHL", "JPN"})}
    assert {p for p, _ in meetings(result)} == {frozenset({"PHL", "JPN"})}


def test_a_state_in_an_appositive_opened_by_a_number_is_no_party():
    result = run("The Philippines and Japan, two close allies of the United States, signed a defence pact in Manila on "
                 "Monday.", published="2023-05-10")
    assert {frozenset(p) for p, _, _ in agreements(result)} == {frozenset({"PHL", "JPN"})}


def test_a_state_that_backed_the_pact_did_not_meet_to_sign_it():
    result = run("Japan signed a U.S.-backed defence pact with the Philippines in Manila on Monday.", published="2023-05-10")
    assert meetings(result) == {(frozenset({"JPN", "PHL"}), "2023-05-08")}


# ---------------------------------------------------------------- a visit used to sign

def test_a_visit_to_be_used_to_sign_is_a_planned_agreement():
    result = run("China and South Korea opened diplomatic relations on Monday. Officials said the two governments would "
                 "use the visit to sign agreements on trade that are now being drafted.", published="1992-08-24")
    assert (frozenset({"CHN", "KOR"}), "planned", None) in {(frozenset(p), s, d) for p, s, d in agreements(result)}
