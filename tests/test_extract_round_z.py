"""Round Z (twenty-first session): talks hoped for or to be resumed are not held; officials placed by their
state's name are where the capital after them is; a meeting opening the sentence was held; a possessive visit;
negotiations launched on a day, or negotiated separately; a partnership announced on a day."""

from extract_helpers import agreements, run, states
from test_extract_round_m import meetings
from test_extract_round_p import people
from test_extract_round_w import sources


def statuses(result) -> list[tuple[set[str], str]]:
    return [(parties, status) for parties, status, _ in agreements(result)]


# ---------------------------------------------------------------- meetings

def test_talks_to_be_restarted_are_not_talks_held():
    result = run("Diplomats said the envoy wanted the truce to restart peace talks between Israel and Syria, "
                 "which broke off in March.", published="1996-05-02")
    assert meetings(result) == []


def test_talks_a_government_hopes_to_speed_up_are_not_held():
    result = run("Athens and Cairo have been negotiating their own maritime boundary for more than a decade, and Greek "
                 "officials said on Friday that they hoped to speed up those talks in response to the Turkish-Libyan deal.",
                 published="2019-12-07")   # 358's
    assert meetings(result) == []


def test_talks_resumed_are_held():   # a guard: the past is news
    result = run("Greek and Turkish diplomats resumed exploratory talks in Istanbul on Monday after a five-year "
                 "pause.", published="2021-01-26")
    assert meetings(result) == [(["GRC", "TUR"], "2021-01-25")]


def test_a_leader_who_met_another_hoping_to_reset_ties_met_him():   # a guard: the hope follows the meeting
    result = run("South African President Cyril Ramaphosa met Donald Trump at the White House on Wednesday "
                 "hoping to reset relations.", published="2025-05-22")
    assert meetings(result) == [(["USA", "ZAF"], "2025-05-21")]


# ---------------------------------------------------------------- states

def test_officials_of_a_named_state_in_a_capital_are_there_not_its_officials():
    result = run("South Korean officials met North Korean officials in Beijing in March.", published="2000-06-13")
    assert states(result) == {"KOR", "PRK"}
    assert meetings(result) == [(["KOR", "PRK"], "2000-03")]


def test_officials_in_a_capital_are_its_officials():   # a guard
    for sentence in ("Government officials in Beijing said the talks went well.",
                     "Senior officials in Beijing said the talks went well."):
        assert states(run(sentence, published="2000-06-13")) == {"CHN"}, sentence


def test_a_meeting_that_opens_the_sentence_was_held_whatever_was_agreed_there():
    result = run("During a meeting at the Elysee on March 3, President Lula and President Macron agreed to start "
                 "negotiations on a space accord.", published="2025-04-02")
    assert (["BRA", "FRA"], "2025-03-03") in meetings(result)


def test_talks_agreed_to_be_started_are_not_held():   # a guard: no meeting opens the sentence
    result = run("Brazil and France agreed on Monday to start negotiations on a space accord.", published="2025-04-02")
    assert meetings(result) == []


def test_a_possessive_visit_is_the_visitor_and_the_host_not_who_speaks_of_it():
    result = run("Algerian Foreign Minister Ahmed Attaf spoke to reporters on Sunday.\n\n"
                 "Attaf criticised Israeli Foreign Minister Eli Cohen's visit to Rabat in June, during which he praised "
                 "Morocco's ties with Israel.", published="2023-09-04")
    assert meetings(result) == [(["ISR", "MAR"], "2023-06")]


def test_a_visit_that_only_says_when_others_signed_keeps_the_signatories():   # a guard
    result = run("On May 23, 2016, Prime Minister Narendra Modi, Iranian President Hassan Rouhani and Afghan President "
                 "Ashraf Ghani signed a transit agreement during Modi's visit to Tehran.", published="2016-05-24")
    assert (["AFG", "IND", "IRN"], "2016-05-23") in meetings(result)


# ---------------------------------------------------------------- agreements

def test_negotiations_launched_on_a_day_on_a_treaty_are_a_planned_agreement():
    result = run("Chile and India formally launched negotiations on Tuesday on a comprehensive economic partnership "
                 "agreement.", published="2023-05-17")
    assert ({"CHL", "IND"}, "planned", "2023-05-16") in agreements(result)


def test_a_state_separately_negotiating_a_treaty_with_another_plans_one():
    result = run("Ecuador is separately negotiating a trade agreement with South Korea.", published="2023-05-17")
    assert [(parties, status) for parties, status, _ in agreements(result)] == [({"ECU", "KOR"}, "planned")]


def test_leaders_who_announce_a_partnership_on_a_day_agreed_it():
    result = run("The leaders of Japan, the Philippines and the United States announced on Thursday, Washington time, "
                 "a new maritime partnership under which the three navies will patrol together.", published="2024-04-12")
    assert ({"JPN", "PHL", "USA"}, "agreed", "2024-04-11") in agreements(result)


# ---------------------------------------------------------------- sources and people

def test_an_army_that_rejects_a_claim_saying_so_is_a_source():
    result = run("The Pakistani Army rejected the claim, saying in a statement that Indian troops had fired first.",
                 published="2020-09-08")
    assert [label for label, _ in sources(result)] == ["Pakistani Army"]


def test_a_statement_released_early_on_a_day_by_a_ministry_is_the_ministry_s():
    result = run("A joint press statement released early on Friday by the Ministry of Foreign Affairs said the two "
                 "ministers agreed on five points.", published="2020-09-11")
    assert [label for label, _ in sources(result)] == ["Ministry of Foreign Affairs"]


def test_a_royal_court_is_its_state_s_government_body():
    result = run("King Abdullah II flew to Cairo on Monday, Jordan's Royal Court said in a statement.",
                 published="2022-03-28")
    assert sources(result) and sources(result)[0][1] == "GovernmentBody"


def test_a_name_opening_with_a_body_s_acronym_is_no_person():
    result = run("SOS Humanity said several passengers needed urgent care after the voyage.", published="2022-11-12")
    assert "SOS Humanity" not in people(result)


def test_a_king_numbered_in_roman_is_a_person():   # a guard
    result = run("King Philippe II of Belgium met President Emmanuel Macron in Paris on Monday.", published="2022-11-12")
    assert "King Philippe II" in people(result) or "Philippe II" in people(result)


def test_ambassadors_recalled_for_consultations_did_not_meet_anyone():
    result = run("The United States has recalled its top diplomats in El Salvador and Panama for consultations over "
                 "their decisions to cut ties with Taiwan.", published="2018-09-08")
    assert meetings(result) == []


def test_a_meeting_called_for_a_day_ahead_is_not_held_yet():
    result = run("France and Italy quarrelled over the ship on Friday.\n\nThe European Commission, whose spokesperson "
                 "urged both capitals to calm down, has called an extraordinary meeting of EU interior ministers in "
                 "Brussels for November 25.", published="2022-11-12")
    assert meetings(result) == []


def test_talks_expected_to_take_place_in_the_coming_weeks_are_not_held():
    result = run("Talks between Sudan and South Sudan on the border are expected to take place in Juba in the coming "
                 "weeks under Ethiopian mediation, diplomats said.", published="2012-07-31")
    assert meetings(result) == []


def test_a_state_that_would_never_sign_refused():
    result = run("Morales said Bolivia would never sign the free trade agreement as it was written in Washington.",
                 published="2005-11-05")
    assert statuses(result) == [({"BOL"}, "denied")]


def test_talks_not_scheduled_asked_for_or_protests_met_are_no_meetings():
    for sentence in ("Lula and Milei exchanged a few words at the dinner on Monday night, but no formal talks were "
                     "scheduled.",
                     "Quito's request for an emergency meeting of foreign ministers of Ecuador and Peru at the OAS fell "
                     "one vote short.",
                     "Erdogan spent the week touring Turkish communities, and was met by angry protests in Berlin and "
                     "Vienna from Kurds."):
        assert meetings(run(sentence, published="2024-11-20")) == [], sentence


def test_talks_scheduled_for_a_day_gone_by_were_held():   # a guard
    result = run("Talks between Lula and Milei were scheduled for Monday in Rio de Janeiro and lasted an hour.",
                 published="2024-11-20")
    assert meetings(result) == [(["ARG", "BRA"], "2024-11-18")]


def test_a_work_inaugurated_with_no_one_named_is_no_meeting():
    for sentence in ("A power line linking the grids of Spain and France was inaugurated in Madrid on Saturday.",
                     "The Lagos-Cotonou road, built by Chinese firms, was officially inaugurated in January."):
        assert meetings(run(sentence, published="2024-11-20")) == [], sentence


def test_leaders_who_inaugurate_a_work_met():   # a guard
    result = run("Presidents Adama Barrow of The Gambia and Bassirou Diomaye Faye of Senegal on Monday inaugurated a "
                 "bridge at Farafenni.", published="2024-11-20")
    assert meetings(result) == [(["GMB", "SEN"], "2024-11-18")]


def test_talks_going_on_meanwhile_or_material_on_talks_are_no_meeting():   # sentences of 129 and 073
    for sentence, published in (
            ("Hours later in Washington, Trump signed proclamations imposing tariffs of 25 percent on imported steel and "
             "10 percent on aluminum, exempting Canada and Mexico for now while talks to renegotiate the North American "
             "Free Trade Agreement continue.", "2018-03-09"),
            ("The row began when the Brazilian news site UOL reported that the Brazilian Intelligence Agency, known as "
             "ABIN, had broken into computers at Paraguayan institutions in 2022 and early 2023 to obtain confidential "
             "material on the tariff talks.", "2024-04-02")):
        assert meetings(run(sentence, published=published)) == [], sentence


def test_a_state_talked_about_is_no_participant():
    result = run("South Korea's President Park Geun-hye held talks with Iranian President Hassan Rouhani in Tehran on "
                 "Monday.\n\nPark also used the visit to press Tehran on North Korea, which tested a bomb in January.",
                 published="2016-05-03")
    assert all("PRK" not in parties for parties, _ in meetings(result))


# ---------------------------------------------------------------- aims

def test_a_pledge_to_deepen_lift_or_help_is_an_aim_not_an_agreement():
    for sentence in ("The two sides also pledged to deepen political trust and to expand two-way trade.",
                     "The two presidents also pledged to lift bilateral trade back towards its earlier level.",
                     "Both sides pledged to push forward Belt and Road cooperation and to boost connectivity."):
        result = run("Chinese President Xi Jinping held talks with Nepalese Prime Minister KP Sharma Oli in Beijing "
                     "on Monday.\n\n" + sentence, published="2024-12-03")
        assert agreements(result) == [], sentence


def test_a_pledge_of_a_concrete_act_is_an_agreement():   # a guard
    result = run("Under the text, Morocco and Israel pledged to reopen their liaison offices in Rabat and Tel Aviv.",
                 published="2020-12-23")
    assert statuses(result) == [({"ISR", "MAR"}, "agreed")]


def test_an_instrument_told_of_then_said_to_await_ratification_is_not_listed_again():
    for sentence in ("The deal, which took opposition lawmakers in both countries by surprise, still has to be ratified "
                     "by the parliaments in Madrid and Rabat.",
                     "Some Moroccan politicians have already raised that question, and the treaty must still be "
                     "ratified by both countries before it can enter into force.",
                     "Parliaments in both countries must now ratify it."):
        result = run("Spain and Morocco signed a migration treaty in Rabat on Monday.\n\n" + sentence,
                     published="2024-11-20")
        assert len(agreements(result)) == 1, sentence


def test_one_instrument_per_counterpart_each_with_its_own_with_and_date():
    result = run("Chile signed a free trade agreement with South Korea in Seoul in February 2003, and an economic "
                 "partnership agreement with Japan in Tokyo in March 2007.", published="2015-06-17")
    assert sorted(agreements(result), key=lambda a: a[2]) == [({"CHL", "KOR"}, "signed", "2003-02"),
                                                             ({"CHL", "JPN"}, "signed", "2007-03")]


def test_the_second_instrument_under_negotiation_is_planned():
    result = run("Manila signed a memorandum on defence cooperation with Canada last week and is negotiating a "
                 "reciprocal access agreement with Japan.", published="2023-11-20")
    assert ({"JPN", "PHL"}, "planned") in statuses(result)
    assert all(len(parties) == 2 for parties, _ in statuses(result))


def test_states_that_each_signed_with_one_counterpart_signed_one_each():
    result = run("Hungary and Serbia each signed similar documents with China last year.", published="2019-03-24")
    assert sorted(statuses(result), key=lambda s: sorted(s[0])) == [({"CHN", "HUN"}, "signed"), ({"CHN", "SRB"}, "signed")]


def test_counterparts_listed_each_with_a_year_signed_one_each():
    result = run("Malta signed agreements delimiting its exclusive fishing zone with Tunisia in 2003, Libya in 2007 and "
                 "Italy in 2010.", published="2017-07-07")
    assert sorted(agreements(result), key=lambda a: a[2]) == [({"MLT", "TUN"}, "signed", "2003"),
                                                             ({"LBY", "MLT"}, "signed", "2007"),
                                                             ({"ITA", "MLT"}, "signed", "2010")]


def test_a_capital_naming_agreements_is_no_state():
    result = run("The Minsk agreements, signed by Ukraine and Russia in 2015 with France and Germany acting as "
                 "mediators, set out a roadmap for a ceasefire.", published="2021-06-07")
    assert "BLR" not in states(result)


def test_relations_between_two_countries_raised_to_a_partnership_are_agreed():
    result = run("Xi Jinping and Ecuador's Lenin Moreno on Friday raised relations between their countries to a "
                 "\"comprehensive strategic partnership\".", published="2018-12-15")
    assert statuses(result) == [({"CHN", "ECU"}, "agreed")]


def test_a_summit_a_state_agreed_to_host_is_not_held_yet():
    result = run("Ghana has agreed to host an Africa-Turkey summit in Accra in October, which Turkey hopes will bring "
                 "together leaders from across the continent.", published="2017-06-05")
    assert meetings(result) == []


def test_consultations_sought_talks_bogged_down_or_a_phone_call_are_no_meetings():   # sentences of 692, 696, 702
    lead = "South Korea and the United States released a joint fact sheet in Seoul on Friday.\n\n"
    for sentence in ("South Korea's trade ministry said in a statement that it would seek consultations with American "
                     "authorities on behalf of Korean firms with plants in Texas.",
                     "The two allies first agreed on the outline of a trade deal on July 30, days before a U.S. deadline "
                     "for higher tariffs, but talks bogged down over how the $350 billion would be paid.",
                     "The talks outlasted two American presidents before they were concluded on May 6 this year, when "
                     "Lee and Trump announced the deal in a phone call."):
        result = run(lead + sentence, published="2025-11-14")
        assert all(m.evidence.text != sentence for m in result.meetings), sentence
