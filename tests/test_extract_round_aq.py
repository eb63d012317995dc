"""Round AQ (thirty-ninth session): sources the extractor missed (an outlet in a comma-set participle, "reported by the
state news agency IRNA"; a speaker who "tells reporters"; "the National Institutes of Health"; a paper named after its
state, "the Jamaica Gleaner reported"); capitals that only watch a visit are no side of it ("a visit watched nervously
in Brussels and Washington"); reports with a quoted title after their possessor ("The IAEA's 2023 edition of "…"",
"The Food and Agriculture Organization's "…" found"); an action agreed on "the group" told before is that agreement."""

from extract_helpers import agreements, meetings, reports, run, sources


# ---------------------------------------------------------------- sources

def test_an_outlet_in_a_participle_set_off_by_commas_is_a_source():
    result = run("The admission, reported by the state news agency IRNA, satisfied nobody in Kyiv.", published="2022-11-07")
    assert sources(result) == {"Islamic Republic News Agency"}


def test_a_participle_after_a_comma_that_is_not_a_report_names_no_outlet():
    result = run("The admission, welcomed by the state news agency IRNA, satisfied nobody in Kyiv.", published="2022-11-07")
    assert not sources(result)


def test_a_spokeswoman_who_tells_reporters_speaks_for_her_department():
    result = run("State Department spokeswoman Heather Nauert tells reporters that 21 Americans have suffered health "
                 "effects.", published="2017-10-03")
    assert sources(result) == {"State Department"}


def test_national_institutes_in_the_plural_are_a_body():
    result = run("The National Institutes of Health said it had begun work on a candidate vaccine.", published="2016-02-01")
    assert sources(result) == {"National Institutes of Health"}


def test_a_paper_named_after_its_state_that_reported_is_an_outlet_not_the_state():
    result = run("Jamaica and the United States both want to deepen security cooperation, the Jamaica Gleaner reported. "
                 "Tourism fell again, the Cyprus Mail reported on Friday.", published="2025-03-27")
    assert sources(result) == {"Jamaica Gleaner", "Cyprus Mail"}
    assert {s.source.org_class for s in result.statements} == {"NewsOrganization"}


def test_a_state_and_its_government_or_forces_that_reported_are_no_paper():
    result = run("Clashes continued overnight, the Mexico Army reported.", published="2025-03-27")
    assert "Mexico Army" not in sources(result)


# ---------------------------------------------------------------- meetings

def test_capitals_that_watch_a_visit_are_not_its_sides():
    result = run("Greek Prime Minister Alexis Tsipras met Russian President Vladimir Putin in St Petersburg on Friday. "
                 "The first encounter came when Tsipras travelled to Moscow on April 8, a visit watched nervously in "
                 "Brussels and Washington.", published="2015-06-20")
    assert (frozenset({"RUS", "GRC"}), "2015-04-08") in meetings(result)
    assert not any("USA" in parties for parties, _ in meetings(result))


# ---------------------------------------------------------------- reports

def test_a_quoted_title_after_a_possessors_edition_is_a_report_of_that_year():
    result = run('The IAEA\'s 2023 edition of "Energy, Electricity and Nuclear Power Estimates for the Period up to 2050" '
                 "projects that nuclear capacity could more than double.", published="2024-05-29")
    assert reports(result) == {("Energy, Electricity and Nuclear Power Estimates for the Period up to 2050",
                                "International Atomic Energy Agency", 2023)}


def test_a_quoted_title_after_its_possessor_that_found_something_is_a_report():
    result = run('The Food and Agriculture Organization\'s "The State of World Fisheries and Aquaculture 2024" found that '
                 "62% of the stocks were fished sustainably.", published="2024-10-18")
    assert reports(result) == {("State of World Fisheries and Aquaculture 2024", "Food and Agriculture Organization", 2024)}


def test_a_quoted_phrase_after_a_persons_name_is_no_report():
    result = run('Putin\'s "special military operation" showed its limits, the analysts found.', published="2022-10-18")
    assert not result.reports


# ---------------------------------------------------------------- agreements

def nodes(result) -> set[tuple[frozenset, str, str | None]]:
    """What makes an agreement one node of the graph: its parties, topic and date."""
    return {(frozenset(p.key for p in a.parties), a.topic, a.date) for a in result.agreements}


def test_an_action_agreed_on_the_thing_agreed_before_is_the_same_agreement():
    result = run("The United States and Brazil have agreed to set up a high-level group of scientists to speed the "
                 "development of a vaccine, the White House said on Friday. Brazil's presidency said in its own statement "
                 "that the two presidents had agreed to create the group.", published="2016-01-30")
    assert len(result.agreements) == 2   # two claims of one agreement: the same parties, topic and date
    assert len(nodes(result)) == 1


def test_an_action_agreed_on_another_thing_is_another_agreement():
    result = run("The United States and Brazil have agreed to set up a high-level group of scientists, the White House "
                 "said on Friday. Brazil's presidency said that the two presidents had also agreed to lift the tariffs.",
                 published="2016-01-30")
    assert len(nodes(result)) == 2


def states_of(result) -> list[set[str]]:
    return [{p.key for p in a.parties} for a in result.agreements]


def test_those_who_followed_a_state_that_signed_its_own_agreement_sign_theirs_with_the_same_counterpart():
    result = run("Serbia signed its own agreement with Moscow a week later, followed by Hungary, Greece and Austria.",
                 published="2014-06-09")
    assert states_of(result) == [{"SRB", "RUS"}, {"HUN", "RUS"}, {"GRC", "RUS"}, {"AUT", "RUS"}]


def test_counterparts_that_follow_one_another_still_sign_with_the_same_state():
    result = run("The UAE signed its first such agreement with India in February, followed by Israel in May and "
                 "Indonesia in July.", published="2023-08-09")
    assert states_of(result) == [{"ARE", "IND"}, {"ARE", "ISR"}, {"ARE", "IDN"}]


def test_the_state_refugees_come_from_is_no_party_of_what_a_state_agreed_for_them():
    result = run("Jordan agreed at the conference to open its labour market to Syrian refugees. Lebanon agreed to "
                 "register refugees from Syria.", published="2016-02-05")
    assert not any("SYR" in parties for parties in states_of(result))


def test_a_state_that_sends_migrants_on_is_a_party_of_the_deal_to_take_them():
    result = run("Rwanda said on August 5 that it had agreed to accept up to 250 migrants from the United States.",
                 published="2025-08-20")
    assert states_of(result) == [{"RWA", "USA"}]


def test_taking_a_thing_out_of_it_is_no_withdrawal():
    result = run('Japan beat North Korea 2-0 in an empty stadium in Bangkok. "It also took the football out of it," '
                 "the coach said.", published="2005-06-09")
    assert not result.agreements


def test_taking_a_state_out_of_it_is_a_withdrawal():
    result = run("Iran and six powers signed the nuclear deal in 2015. Trump pulled the United States out of it in 2018.",
                 published="2019-05-01")
    assert ({"USA"}, "denied", "2018") in [({p.key for p in a.parties}, a.status, a.date) for a in result.agreements]


def test_whose_inauguration_brought_two_leaders_together_is_no_party_of_what_they_agreed():
    result = run("Argentina's president Néstor Kirchner and Uruguay's president Tabaré Vázquez have clashed over the "
                 "mills. Kirchner and Vázquez met in Chile on March 11, on the sidelines of President Michelle "
                 "Bachelet's inauguration, and agreed to ask the companies to halt construction for 90 days.",
                 published="2006-07-14")
    assert states_of(result) == [{"ARG", "URY"}]


def test_six_world_powers_are_the_six_states_that_negotiated_with_iran():
    result = run("Iran and six world powers agreed on Thursday on the outlines of a deal to curb Tehran's nuclear "
                 "programme. It builds on an interim accord which Iran and the so-called P5+1 reached in Geneva in "
                 "November 2013.", published="2015-04-03")
    six = {"IRN", "USA", "GBR", "FRA", "DEU", "RUS", "CHN"}
    assert states_of(result) == [six, six]


def test_talks_on_whose_eve_something_happened_are_not_held_yet():
    result = run("The halt came on the eve of a new round of talks in Brussels between Russia and Ukraine, mediated by EU "
                 "Energy Commissioner Günther Oettinger.", published="2014-06-09")
    assert not result.meetings


def test_a_meeting_on_the_eve_of_a_summit_was_held():
    result = run("On the eve of the summit, Chinese President Xi Jinping met U.S. President Joe Biden in San Francisco on "
                 "Tuesday.", published="2023-11-16")
    assert meetings(result) == {(frozenset({"CHN", "USA"}), "2023-11-14")}


def test_leaders_who_stayed_home_from_a_summit_did_not_meet_there():
    result = run("Sirleaf and Sierra Leone's President Ernest Bai Koroma stayed home from the U.S.-Africa Leaders Summit in "
                 "Washington in early August to deal with the crisis.", published="2014-09-17")
    assert not result.meetings


def test_a_meeting_put_off_was_not_held():
    result = run("A meeting of the finance ministers of South Korea and Japan in Tokyo on Tuesday has been put off.",
                 published="2012-08-23")
    assert not result.meetings


def test_an_ibero_american_summit_names_no_american_side():
    result = run("Chávez visited Havana in November 1999 for the Ibero-American summit.", published="2000-10-31")
    assert meetings(result) == {(frozenset({"VEN", "CUB"}), "1999-11")}


def test_states_a_pipeline_bypasses_are_no_sides_of_its_signing():
    result = run("Russia's Gazprom and the German companies BASF and E.ON signed a basic agreement in Berlin on Thursday to "
                 "build a gas pipeline under the Baltic Sea, bypassing Poland, Ukraine and the Baltic states, as President "
                 "Vladimir Putin and Chancellor Gerhard Schröder looked on.", published="2005-09-09")
    assert not {"POL", "UKR", "EST", "LVA", "LTU"} & {p.key for m in result.meetings for p in m.participants}


def test_the_people_a_conference_pledged_to_help_are_no_side_of_it():
    result = run("Leaders and ministers from around 70 countries met in London on Thursday at a conference co-hosted by "
                 "Britain, Germany, Kuwait, Norway and the United Nations, and pledged more than $10bn to help Syrians "
                 "inside the country.", published="2016-02-05")
    assert meetings(result) == {(frozenset({"GBR", "DEU", "KWT", "NOR"}), "2016-02-04")}


def test_a_statement_of_principles_signed_is_an_agreement_and_its_signing_a_meeting():
    result = run("Australian Foreign Minister Alexander Downer and Vanuatu's new Prime Minister Ham Lini signed a "
                 "statement of principles in Port Vila on Saturday.", published="2004-12-13")
    assert states_of(result) == [{"AUS", "VUT"}]
    assert meetings(result) == {(frozenset({"AUS", "VUT"}), "2004-12-11")}


def test_the_same_sides_meeting_again_in_a_joined_clause_met_twice():
    result = run("Japanese Prime Minister Shinzo Abe met Russian President Vladimir Putin in Nagato on Thursday. They held "
                 "talks in the Black Sea resort of Sochi in May, when Abe presented an eight-point plan, and met again in "
                 "Vladivostok in September.", published="2016-12-16")
    assert {(frozenset({"JPN", "RUS"}), "2016-05"), (frozenset({"JPN", "RUS"}), "2016-09")} <= meetings(result)


def test_a_visit_returned_by_the_others_leader_is_a_second_meeting():
    result = run("South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida met Biden. The meeting "
                 "capped a thaw between Tokyo and Seoul, which began when Yoon visited Tokyo in March and continued with "
                 "Kishida's trip to Seoul in May.", published="2023-08-20")
    assert {(frozenset({"JPN", "KOR"}), "2023-03"), (frozenset({"JPN", "KOR"}), "2023-05")} <= meetings(result)


def test_talks_told_where_a_visit_took_them_are_the_same_meeting():
    result = run("Zimbabwe's President Robert Mugabe welcomed Xi. Last year, President Mugabe paid a state visit to China, "
                 "where he and President Xi held talks in Beijing in August.", published="2015-12-02")
    assert len([m for m in result.meetings if "paid a state visit" in m.evidence.text]) == 1


def test_a_meeting_only_named_in_a_later_clause_is_no_second_one():
    result = run("Witkoff met Putin at the Kremlin on August 6, and the two sides announced the summit two days later.",
                 published="2025-08-16")
    assert len(result.meetings) == 1


def test_two_states_a_sentence_names_are_the_two_governments_of_the_next_though_one_does_not_act():
    result = run("Palau has burned four Vietnamese fishing boats caught poaching. Vietnam urged humane treatment of its "
                 "fishermen. Under the Compact of Free Association, the United States is responsible for Palau's defence. "
                 "A review agreement that the two governments signed in September 2010 is still waiting for funding.",
                 published="2015-06-15")
    assert states_of(result) == [{"USA", "PLW"}]


def test_an_instrument_signed_then_talks_of_the_two_after_a_while_clause_are_two_agreements():
    result = run("Britain and Turkey signed a free trade agreement in Ankara in December 2020 to roll over the terms they had "
                 "enjoyed while Britain was in the European Union, and the two countries have been negotiating an "
                 "upgraded deal since 2022.", published="2024-07-20")
    assert sorted((sorted(p), s) for p, s, _ in agreements(result)) == [(["GBR", "TUR"], "planned"), (["GBR", "TUR"], "signed")]


def test_each_counterpart_after_with_takes_its_own_agreement_though_the_subjects_president_is_named_there():
    result = run("Vietnamese President Vo Van Thuong welcomed Xi. Viet Nam elevated its relations with the United States to "
                 "a comprehensive strategic partnership during the visit of President Joe Biden in September, and with "
                 "Japan during President Vo Van Thuong's visit to Tokyo in late November.", published="2023-12-13")
    assert sorted(sorted(p) for p in states_of(result)) == [["JPN", "VNM"], ["USA", "VNM"]]


def test_a_state_in_a_relative_clause_after_the_counterpart_is_no_second_counterpart():
    result = run("Somalia's president visited Cairo. In August it signed a military cooperation protocol with Egypt, which "
                 "is locked in its own dispute with Ethiopia over the Grand Ethiopian Renaissance Dam.",
                 published="2024-10-11")
    assert not any("ETH" in parties for parties in states_of(result))


def test_a_meeting_that_is_the_subject_of_a_postponement_did_not_take_place():
    result = run("South Korea returned a letter from Japan. A meeting of the two countries' finance ministers that had been "
                 "planned for later this month in Tokyo has been put off, officials in both capitals said.",
                 published="2012-08-23")
    assert not result.meetings


def test_who_claims_a_visited_place_is_not_its_host():
    result = run("In July, Russian Prime Minister Dmitry Medvedev visited Kunashir, one of the Russian-held islands claimed "
                 "by Japan, for the second time.", published="2012-08-23")
    assert not result.meetings


def test_talks_that_cannot_begin_yet_are_not_held():
    result = run("Lighthizer notified Congress on May 18 that the administration intends to renegotiate NAFTA with Mexico "
                 "and Canada, and formal talks cannot begin before mid-August.", published="2017-06-07")
    assert not result.meetings


def test_leaders_who_agreed_without_ever_having_met_did_not_meet():
    result = run("Exporters spent Monday preparing for the worst.\n\nPresident Claudia Sheinbaum announced that Mexico and "
                 "the United States had agreed to pause for one month the 25% tariffs that President Donald Trump had "
                 "ordered.\n\nThe agreement was reached without the two leaders ever having met in person.",
                 published="2025-02-04")
    assert not result.meetings


def test_meeting_someone_dozens_of_times_is_no_one_meeting():
    result = run("Russia suspended a fishing agreement with Japan on Tuesday. The dispute has kept the two countries from "
                 "signing a peace treaty. The last serious push to settle it came under former prime minister Shinzo Abe, "
                 "who met Russian President Vladimir Putin 27 times.", published="2023-03-22")
    assert not result.meetings


def test_a_state_whose_fury_a_session_caused_was_not_there():
    result = run("In June 2013, politicians meeting President Mohamed Morsi discussed sabotaging the dam in a session they "
                 "did not know was being broadcast live, to Addis Ababa's fury.", published="2015-03-23")
    assert not any("ETH" in parties for parties, _ in meetings(result))


def test_states_acting_as_guarantors_of_talks_are_not_their_sides():
    result = run("The Santos government and the FARC signed a bilateral ceasefire agreement in Havana in June, with Cuba and "
                 "Norway acting as guarantors.", published="2016-08-29")
    assert not any({"CUB", "NOR"} & parties for parties, _ in meetings(result))


def test_refusing_a_permission_or_a_request_is_no_refused_agreement():
    result = run("Hours later, France and Portugal refused the jet permission to cross their airspace, according to the "
                 "Bolivian government. Turkish officials said that Israel had refused a Turkish request to take part in "
                 "airdrops.", published="2013-07-04")
    assert not result.agreements


def test_refusing_an_instrument_is_still_a_refusal():
    result = run("Hungary refused the agreement on Tuesday.", published="2013-07-04")
    assert [(sorted(p), s) for p, s, _ in agreements(result)] == [(["HUN"], "denied")]


def test_a_deal_told_again_as_awaiting_its_parliaments_is_no_second_agreement():
    result = run("Australia and South Korea signed a free trade agreement in Seoul on Tuesday. The deal, concluded in "
                 "December after more than four years of negotiations, still has to pass through both parliaments.",
                 published="2014-04-08")
    assert len(result.agreements) == 1


def test_an_undersecretary_of_state_is_a_role():
    result = run("Negotiators worked through the night, with Undersecretary of State Nicholas Burns settling the final "
                 "wording.", published="2006-03-03")
    assert ("Nicholas Burns", "Undersecretary of State") in {(p.person.label, p.role) for p in result.people}


def test_a_sports_governing_body_told_by_what_it_is_is_the_body_named_before():
    result = run("FIFA's disciplinary committee also fined the North Korean federation, and world football's governing body "
                 "said in a statement that it had acted to guarantee the safety of visiting teams.", published="2005-06-09")
    assert sources(result) == {"FIFA"}


def test_a_body_that_recommended_that_something_be_done_is_a_source():
    result = run("The International Olympic Committee recommended in March that international federations allow neutral "
                 "athletes back into competition. Ukraine recommended the deal to its partners.", published="2023-08-01")
    assert sources(result) == {"International Olympic Committee"}
