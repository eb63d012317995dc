"""Round AN (thirty-sixth session): a second predicate past an aside ("signed … in November 2006, when Hu Jintao
visited Islamabad, and have been negotiating a second phase …") or naming talks with someone ("…, and opened
negotiations with Costa Rica"); a state's instrument with another, signed in a participle after it; who signed, past
an initial ("George W. Bush") or an aside ("Sheikh Tamim, then only a few months into his reign as emir, signed");
a person the article names, of no state we know, is who his surname names later, not another state's leader; the
headline repeated under a masthead is no sentence; "the 2020 Olympics, which went to Istanbul" is no visit."""

from extract_helpers import agreements, as_set, meetings, run, sources

from kg.sources import parse_article


# ---------------------------------------------------------------- a second agreement in the sentence

def test_a_signing_and_negotiations_past_a_when_aside_are_two_agreements():
    result = run("China and Pakistan held talks. The two countries signed a free trade agreement in November 2006, when "
                 "Hu Jintao visited Islamabad, and have been negotiating a second phase of tariff cuts for several "
                 "years.", published="2015-04-21")
    assert {(parties, status) for parties, status, _ in as_set(agreements(result))} == {
        (frozenset({"CHN", "PAK"}), "signed"), (frozenset({"CHN", "PAK"}), "planned")}
    assert ({"CHN", "PAK"}, "signed", "2006-11") in agreements(result)


def test_negotiations_opened_with_a_state_are_a_planned_agreement_with_it_beside_the_signed_one():
    result = run("China signed a free trade agreement with Chile in November 2005 and opened negotiations with Costa "
                 "Rica in January.", published="2009-04-29")
    assert {(parties, status) for parties, status, _ in as_set(agreements(result))} == {
        (frozenset({"CHN", "CHL"}), "signed"), (frozenset({"CHN", "CRI"}), "planned")}


def test_negotiations_opened_on_a_topic_name_no_counterpart_and_make_no_agreement():
    assert agreements(run("The ministers opened negotiations on fisheries in Geneva.", published="2009-04-29")) == []


# ---------------------------------------------------------------- who signed

def test_a_states_instrument_with_another_signed_in_a_participle_after_it_is_theirs():
    result = run("The deal became possible after the Nuclear Suppliers Group exempted India from its rules in September "
                 "2008, clearing the way for India's civil nuclear agreement with the United States, signed the "
                 "following month.", published="2010-06-28")
    assert agreements(result) == [({"IND", "USA"}, "signed", "2008-10")]


def test_who_signed_after_by_runs_past_an_initials_point():
    result = run("Russia and the United States extended New START. The new treaty supersedes the Moscow Treaty, signed "
                 "by George W. Bush and Vladimir Putin in May 2002, which limited each side's warheads.",
                 published="2021-03-01")
    assert ({"USA", "RUS"}, "signed", "2002-05") in [(set(p), s, d) for p, s, d in agreements(result)]
    assert result.agreements[-1].topic == "Moscow Treaty"


def test_a_signer_past_a_then_aside_is_the_subject():
    result = run("In November 2013, Sheikh Tamim bin Hamad Al Thani, then only a few months into his reign as emir, "
                 "signed the so-called Riyadh Agreement with Saudi Arabia's late King Abdullah, in the presence of "
                 "Kuwait's emir.", published="2017-06-20")
    assert agreements(result) == [({"QAT", "SAU"}, "signed", "2013-11")]


def test_a_person_named_of_no_known_state_keeps_his_surname_from_another_states_leader():
    body = ("Haiti reported cholera near the border. The government of President Raúl Fernández Ortega has reinforced "
            "controls. In June, Fernández and Haitian President René Préval met in Punta Cana.")
    assert all("ARG" not in parties for parties, _ in meetings(run(body, published="2010-11-17")))
    known = run("Argentina asked for talks. In June, Alberto Fernández and Brazil's Lula met in Brasília. "
                "Fernández said the talks went well.", published="2023-06-20")
    assert meetings(known) == {(frozenset({"ARG", "BRA"}), "2023-06")}


def test_a_known_leader_named_another_way_still_acts_for_his_state():
    result = run("Turkey and Russia talked. In Sochi, President Tayyip Erdogan met Vladimir Putin on Friday. Erdogan said "
                 "the talks were useful.", published="2018-09-18")
    assert meetings(result) == {(frozenset({"TUR", "RUS"}), "2018-09-14")}


# ---------------------------------------------------------------- page and phrasing

def test_the_headline_repeated_under_a_masthead_is_not_a_sentence():
    headline = "India and Russia sign framework deal at St Petersburg summit"
    text = (f"Title: {headline}\nPublisher: Power Bulletin\nDate: 2017-06-02\n\nPOWER BULLETIN | Issue 22 | For "
            f"immediate use\n\n{headline}\n\nThe signing took place in St Petersburg during the annual summit between "
            "Prime Minister Narendra Modi and President Vladimir Putin.\n")
    article = parse_article(text, "bulletin.txt")
    assert not any(article.text[a:b].strip() == headline for a, b in article.body)


def test_a_games_that_went_to_cities_is_no_visit():
    result = run("Doha failed in May to make the shortlist for the 2020 Olympics, which went to Istanbul, Tokyo and "
                 "Madrid.", published="2012-07-30")
    assert result.meetings == []
    assert meetings(run("The Qatari emir went to Tokyo in May for talks with Japan's prime minister.",
                        published="2012-07-30"))


# ---------------------------------------------------------------- later in the round

def test_bare_officials_who_also_signed_are_the_pair_told_before():
    result = run("Canada and India signed a civil nuclear cooperation agreement on Sunday. Ministers also signed "
                 "memorandums of understanding on cooperation in earth sciences and mining.", published="2010-06-28")
    assert as_set(agreements(result)) == {(frozenset({"CAN", "IND"}), "signed", "2010-06-27")}
    assert len(result.agreements) == 2


def test_an_arrangement_the_two_governments_must_still_negotiate_is_planned():
    result = run("Canada and India signed a civil nuclear cooperation agreement on Sunday. Before any uranium is shipped, "
                 "the two governments must still negotiate an administrative arrangement on tracking it.",
                 published="2010-06-28")
    assert ({"CAN", "IND"}, "planned", None) in [(set(p), s, d) for p, s, d in agreements(result)]


def test_a_joining_long_before_is_no_joining_told():
    result = run("Sweden recognised the State of Palestine on Thursday. Several EU members, among them Poland, Hungary and "
                 "Slovakia, recognised Palestine in 1988, long before they joined the bloc.", published="2014-10-31")
    assert not [a for a in result.agreements if len(a.parties) == 1]


def test_talks_on_an_agreement_that_are_continuing_are_no_meeting():
    result = run("Talks on a three-way free trade agreement between China, Japan and South Korea, which began in 2013, are "
                 "continuing but have made slow progress.", published="2015-06-01")
    assert result.meetings == []
    assert [a.status for a in result.agreements] == ["planned"]


def test_leaders_who_opened_a_line_met_there_with_those_who_joined_them():
    result = run("President Recep Tayyip Erdoğan and Azerbaijani President Ilham Aliyev opened the 1,850-kilometre line in "
                 "Eskişehir on Tuesday, joined by Ukrainian President Petro Poroshenko and Serbian President Aleksandar "
                 "Vučić.", published="2018-06-13")
    assert meetings(result) == {(frozenset({"TUR", "AZE", "UKR", "SRB"}), "2018-06-12")}


def test_who_signed_after_by_runs_past_a_then_aside():
    result = run("Turkey and Azerbaijan opened a pipeline. The project rests on an intergovernmental agreement signed by "
                 "Erdoğan, then prime minister, and Aliyev in Istanbul in June 2012.", published="2018-06-13")
    assert ({"TUR", "AZE"}, "signed", "2012-06") in [(set(p), s, d) for p, s, d in agreements(result)]


# ---------------------------------------------------------------- sources named by what they are

def test_a_league_a_national_park_and_a_secretariat_are_organizations_not_people():
    result = run("Farmers protested outside the venue, and the Korean Peasants League said the deal would ruin small "
                 "growers. The judge ordered the ship confiscated, the Galápagos National Park said. Officials of the "
                 "Commonwealth Secretariat met in Apia.", published="2015-06-01")
    assert {"Korean Peasants League", "Galápagos National Park"} <= sources(result)
    assert not {p.person.label for p in result.people} & {"Korean Peasants League", "Galápagos National Park",
                                                         "Commonwealth Secretariat"}


def test_the_us_disease_agency_is_one_source_however_named():
    result = run("In Atlanta, the U.S. Centers for Disease Control and Prevention on Thursday warned Americans against "
                 "travel. The CDC said the strain resembled others.", published="2014-08-01")
    assert sources(result) == {"Centers for Disease Control and Prevention"}


def test_a_committee_for_something_that_said_is_a_source():
    result = run("Qatar's Supreme Committee for Delivery and Legacy, which is organising the event, said in a statement "
                 "that it had always been open to exploring options.", published="2017-06-20")
    assert any("Supreme Committee for Delivery and Legacy" in name for name in sources(result))


def test_its_ministry_is_the_ministry_of_the_state_that_opens_the_sentence():
    result = run("Sudan and South Sudan signed deals. China, the largest buyer of South Sudanese crude, said it hoped the "
                 "agreements would be implemented smoothly, according to its foreign ministry.", published="2012-09-28")
    assert sources(result) == {"Chinese Foreign Ministry"}


# ---------------------------------------------------------------- reports

def _reports(result):
    return {(r.title, r.publisher.label if r.publisher else None) for r in result.reports}


def test_a_title_after_a_bodys_report_and_a_comma_is_that_bodys_report_whatever_it_recorded():
    result = run("Attacks have since declined: the International Maritime Bureau's annual report, Piracy and Armed "
                 "Robbery Against Ships, recorded 297 incidents worldwide in 2012.", published="2013-06-01")
    assert _reports(result) == {("Piracy and Armed Robbery Against Ships", "International Maritime Bureau")}


def test_titles_named_surveys_or_a_round_up_are_documents():
    surveys = run("The Organisation for Economic Co-operation and Development, in its OECD Economic Surveys: Korea 2014, "
                  "warned that household debt was weighing on growth.", published="2014-09-23")
    assert [r.title for r in surveys.reports] == ["OECD Economic Surveys: Korea 2014"]
    round_up = run("Ecuador's homicide rate rose fivefold between 2018 and 2023, InSight Crime said in its 2024 Homicide "
                   "Round-Up, published in February.", published="2025-03-01")
    assert [r.title for r in round_up.reports] == ["2024 Homicide Round-Up"]


# ---------------------------------------------------------------- who met

def test_a_state_a_summit_is_about_is_no_side_of_it():
    result = run("Obama arrived in Brasilia. Clinton is not with him, as she is in Paris for the summit on Libya.",
                 published="2011-03-19")
    assert all("LBY" not in parties for parties, _ in meetings(result))


def test_cricket_teams_that_met_are_a_game_not_a_meeting_of_states():
    result = run("The two countries' cricket teams have already met: Pakistan beat Afghanistan by seven wickets in a "
                 "one-day international in Sharjah in February 2012.", published="2013-08-14")
    assert result.meetings == []


def test_relations_resumed_with_a_state_are_an_agreement_with_it():
    result = run("São Tomé and China resumed diplomatic relations on Monday. China has now won over two former Taiwanese "
                 "allies in Africa in a single year: it resumed relations with Gambia in March.", published="2016-12-27")
    assert ({"CHN", "GMB"}, "agreed", "2016-03") in [(set(p), s, d) for p, s, d in agreements(result)]


def test_recognition_switched_to_a_capital_is_an_agreement_with_its_state():
    result = run("Senegal and China restored relations on Tuesday. In 1996 Senegal switched its recognition to Taipei, and "
                 "China cut ties in response.", published="2005-10-26")
    assert ({"SEN", "TWN"}, "agreed", "1996") in [(set(p), s, d) for p, s, d in agreements(result)]


def test_a_visit_framing_what_two_leaders_agreed_is_a_meeting_there():
    result = run("South Korea and China signed their free trade agreement in Seoul on Monday. During Xi's state visit to "
                 "Seoul last July, the two leaders agreed to conclude the talks by the end of 2014.", published="2015-06-01")
    assert (frozenset({"KOR", "CHN"}), "2014-07") in meetings(result)


def test_a_round_held_somewhere_where_two_envoys_met_is_their_meeting():
    result = run("Israel and Turkey signed their reconciliation agreement. The final round was held in Rome on Sunday, where "
                 "Israeli envoy Joseph Ciechanover and Turkish envoy Feridun Sinirlioğlu closed the remaining gaps.",
                 published="2016-06-28")
    assert (frozenset({"ISR", "TUR"}), "2016-06-26") in meetings(result)


def test_an_instrument_signed_in_a_past_year_in_a_sentence_naming_no_state_is_the_articles_pair():
    result = run("India and Russia signed a framework deal on Thursday. The new units are covered by an intergovernmental "
                 "agreement signed in December 2008.", published="2017-06-02")
    assert ({"IND", "RUS"}, "signed", "2008-12") in [(set(p), s, d) for p, s, d in agreements(result)]
    again = run("India and Russia signed a framework deal on Thursday. The agreements signed on Thursday cover fuel.",
                published="2017-06-02")
    assert len(again.agreements) == 1   # the news told again, not a second agreement
