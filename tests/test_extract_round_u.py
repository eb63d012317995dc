"""Round U (sixteenth session): what the blind blocks 391–414 lost, and phrasings of the same families."""

from extract_helpers import agreements, run, states
from test_extract_round_m import meetings


def _reports(result):
    return sorted((r.title, r.publisher.label if r.publisher else None, r.year) for r in result.reports)


# ---------------------------------------------------------------- reports

def test_a_titled_report_with_an_aside_before_its_verb():
    result = run("The World Nuclear Industry Status Report 2022, an independent annual assessment coordinated by a "
                 "Paris-based consultant, counted reactors under construction in several countries.", published="2023-04-28")
    assert [(title, year) for title, _, year in _reports(result)] == [("World Nuclear Industry Status Report 2022", 2022)]


def test_a_title_begun_by_a_capital_the_inside_a_sentence():
    result = run("The International Institute for Strategic Studies lists the air force's combat fleet in The Military "
                 "Balance 2024 as a handful of ageing jets.", published="2024-04-17")
    assert _reports(result) == [("Military Balance 2024", "International Institute for Strategic Studies", 2024)]


def test_in_its_report_then_the_body_named_with_its_acronym_is_the_publisher():
    result = run("In its annual report on petroleum revenues for 2016, the Public Interest and Accountability Committee "
                 "(PIAC), the statutory body that monitors the oil money, warned that output had fallen.",
                 published="2017-09-23")
    assert _reports(result) == [(None, "Public Interest and Accountability Committee", 2016)]
    result = run("In its winter supply outlook published in July, the European Network of Transmission System Operators "
                 "for Gas (ENTSOG) warned that the region was exposed.", published="2022-10-01")
    assert _reports(result) == [(None, "European Network of Transmission System Operators for Gas", 2022)]


def test_in_its_statement_then_a_person_or_a_name_of_no_body_is_no_report():   # guards
    for sentence in ("In its statement, the Foreign Minister said the talks were useful.",
                     "In its annual report last year, the Blue Horizon said little.",
                     "In its report, the Green Valley Partners warned of delays."):
        assert _reports(run(sentence, published="2022-10-01")) == [], sentence


def test_a_report_published_by_a_states_body_is_the_bodys():
    result = run("An impact assessment published by Britain's Department for International Trade alongside the "
                 "agreement estimated a small gain in output.", published="2021-12-17")
    assert _reports(result) == [(None, "Department for International Trade", 2021)]


def test_a_news_report_by_an_outlet_is_no_document():   # a guard
    assert _reports(run("A news report by Reuters said the talks had failed.", published="2021-12-17")) == []


# ---------------------------------------------------------------- states and meetings

def test_a_demonym_kept_for_officials_is_kept_in_a_pair_of_demonyms():
    result = run("Turkish Foreign Minister Hakan Fidan hosted his Somali and Ethiopian counterparts in Ankara in July.",
                 published="2024-08-20")
    assert {"SOM", "ETH", "TUR"} <= states(result)
    assert "SOM" not in states(run("Somali and Kenyan fishermen clashed at sea.", published="2024-08-20"))   # a guard


def test_a_meeting_held_to_begin_talks_was_held():
    assert meetings(run("Turkish and Armenian special envoys met in Moscow on January 14 to begin talks on normalising "
                        "relations.", published="2022-02-01")) == [(["ARM", "TUR"], "2022-01-14")]


def test_a_meeting_to_come_to_begin_talks_is_not_held():   # guards
    for sentence in ("Turkish and Armenian special envoys will meet in Moscow on March 14 to begin talks on normalising "
                     "relations.", "Turkey and Armenia agreed to begin talks on normalising relations."):
        assert meetings(run(sentence, published="2022-02-01")) == [], sentence


def test_states_in_what_a_participant_said_after_the_meeting_are_no_sides():
    found = meetings(run("U.S. Defense Secretary Mark Esper met South Korean President Moon Jae-in in Seoul on Nov. 15 and "
                         "said the only beneficiaries would be Pyongyang and Beijing.", published="2019-11-22"))
    assert found == [(["KOR", "USA"], "2019-11-15")]


def test_the_place_a_sentence_opens_with_is_where_the_meeting_was():
    result = run("Syrian President Bashar al-Assad arrived in the United Arab Emirates on Friday.\n\n"
                 "In Dubai, Assad was received by Sheikh Mohammed bin Rashid Al Maktoum, the UAE's vice president.",
                 published="2022-03-19")
    assert "Dubai" in {m.place for m in result.meetings}


def test_the_place_where_a_spokesperson_spoke_is_not_where_a_meeting_was():   # a guard
    result = run("Indian Prime Minister Manmohan Singh met Pakistani Prime Minister Yousuf Raza Gilani in Mohali on "
                 "Wednesday.\n\nIn Islamabad, a Foreign Office spokeswoman told reporters that Gilani's visit was about "
                 "goodwill.", published="2011-04-01")
    assert "Islamabad" not in {m.place for m in result.meetings}


# ---------------------------------------------------------------- people and agreements

def test_two_titles_joined_by_and_are_one_persons_and_the_state_before_them_is_theirs():
    result = run("Saudi Crown Prince and Prime Minister Mohammed bin Salman visited the White House on Tuesday.",
                 published="2025-11-19")
    assert [(p.role, p.affiliation.key) for p in result.people if p.person.label == "Mohammed bin Salman"] == [
        ("Crown Prince and Prime Minister", "SAU")]
    found = agreements(run("Saudi Crown Prince and Prime Minister Mohammed bin Salman met U.S. President Donald Trump "
                           "on Tuesday.\n\nTrump and the crown prince signed a Strategic Defense Agreement in the Oval "
                           "Office on Tuesday.", published="2025-11-19"))
    assert ({"SAU", "USA"}, "signed", "2025-11-18") in found


def test_two_kinds_of_one_plural_instrument_are_two_instruments():
    found = agreements(run("Turkey signed security and maritime boundary memorandums with Libya in November 2019.",
                           published="2022-02-15"))
    assert found == [({"LBY", "TUR"}, "signed", "2019-11")] * 2
    assert len(agreements(run("Turkey signed new maritime memorandums with Libya in November 2019.",   # a guard
                              published="2022-02-15"))) == 1


def test_a_government_by_its_name_after_a_based_or_backed_is_in_the_with_chain():
    for sentence in ("Turkey signed a maritime memorandum with the Tripoli-based Government of National Accord in "
                     "November 2019.", "Turkey signed a maritime memorandum with the UN-backed Government of National "
                     "Accord in November 2019."):
        assert agreements(run(sentence, published="2022-02-15")) == [({"LBY", "TUR"}, "signed", "2019-11")], sentence


def test_the_instrument_named_for_two_states_names_its_parties():
    found = agreements(run("A year later, in June 2015, trade ministers Andrew Robb and Gao Hucheng signed the "
                           "China-Australia Free Trade Agreement in Canberra.", published="2023-11-07"))
    assert found == [({"AUS", "CHN"}, "signed", "2015-06")]


def test_documents_signed_between_ministries_of_the_two_countries_are_theirs():
    found = agreements(run("Chinese President Xi Jinping held talks with Vietnamese leader Nguyen Phu Trong in Hanoi on "
                           "Tuesday.\n\nThe two leaders then witnessed the signing of 36 cooperation documents between "
                           "ministries, sectors and localities of the two countries.", published="2023-12-14"))
    assert ({"CHN", "VNM"}, "signed", "2023-12-12") in found


def test_pulled_out_of_that_deal_and_decided_to_scrap_the_pact_are_denials():
    found = agreements(run("Trump pulled the United States out of that deal in 2018, during his first term.",
                           published="2025-06-25"))
    assert found == [({"USA"}, "denied", "2018")]
    found = agreements(run("South Korea and Japan signed a military intelligence-sharing pact in November 2016. "
                           "South Korea's National Security Council decided on Aug. 22 to scrap the pact.",
                           published="2019-11-23"))
    assert ({"JPN", "KOR"}, "denied", "2019-08-22") in found


def test_that_agreement_told_further_back_may_be_another_so_one_side_stays_alone():   # a guard
    found = agreements(run("Cuba and Panama signed a trade accord in 1983. Talks in New York followed in December 1984, "
                           "when the two governments exchanged views.\n\nCuba suspended that agreement in May 1985.",
                           published="1994-09-10"))
    assert ({"CUB"}, "denied", "1985-05") in found


# ---------------------------------------------------------------- meetings, second part

def test_the_first_of_a_list_of_demonyms_qualifies_the_actor_too():
    found = meetings(run("The British, French and German foreign ministers met Iranian Foreign Minister Abbas Araghchi "
                         "in Geneva on June 20.", published="2025-07-30"))
    assert found == [(["DEU", "FRA", "GBR", "IRN"], "2025-06-20")]
    assert meetings(run("British and French warships met Iranian Foreign Minister Abbas Araghchi in Geneva on June 20.",
                        published="2025-07-30")) == []   # a guard: no actor after the list


def test_a_meeting_whose_predicate_after_a_relative_clause_says_it_was_postponed_was_not_held():
    assert meetings(run("A high-level meeting between Spain and Morocco, which was due to take place in Rabat last "
                        "December, was postponed and has not been rescheduled.", published="2025-07-30")) == []
    assert meetings(run("A meeting between Spain and Morocco, which took place in Rabat last December, was held behind "
                        "closed doors.", published="2025-07-30")) == [(["ESP", "MAR"], "2024-12")]   # a guard


def test_negotiations_held_and_rounds_counted_are_meetings():
    assert meetings(run("Ghana and Côte d'Ivoire held negotiations in Accra in 2010.", published="2017-09-23")) == [
        (["CIV", "GHA"], "2010")]
    assert meetings(run("Ghana and Côte d'Ivoire held ten rounds of bilateral negotiations on the boundary between 2008 "
                        "and 2014 without reaching agreement.", published="2017-09-23")) == [(["CIV", "GHA"], "2008")]
    assert meetings(run("Ghana and Côte d'Ivoire will hold negotiations in Accra next month.",   # a guard
                        published="2017-09-23")) == []


def test_leaders_who_attended_a_ceremony_together_met_there():
    found = meetings(run("Bulgarian President Rumen Radev, Greek Prime Minister Kyriakos Mitsotakis and Azerbaijani "
                         "President Ilham Aliyev attended the ceremony in Sofia on Saturday, along with Serbian President "
                         "Aleksandar Vucic.", published="2022-10-03"))
    assert found == [(["AZE", "BGR", "GRC", "SRB"], "2022-10-01")]


def test_a_delegation_with_an_article_ends_a_list_of_sides():
    found = meetings(run("The statement was issued after talks in Panama City on Tuesday between Panamanian Foreign "
                         "Minister Janaina Tewaney, Colombian Foreign Minister Alvaro Leyva and a U.S. delegation.",
                         published="2023-04-12"))
    assert found == [(["COL", "PAN", "USA"], "2023-04-11")]


# ---------------------------------------------------------------- third part

def test_ties_upgraded_and_relations_with_a_state_elevated_to_a_partnership():
    assert agreements(run("China and Serbia upgraded ties to a comprehensive strategic partnership in 2016.",
                          published="2019-11-23")) == [({"CHN", "SRB"}, "agreed", "2016")]
    assert agreements(run("Vietnam elevated its relations with the United States to a comprehensive strategic "
                          "partnership in September.", published="2023-12-14")) == [({"USA", "VNM"}, "agreed", "2023-09")]


def test_intending_to_open_negotiations_on_an_agreement_plans_it_and_agreeing_to_agrees_it():
    assert agreements(run("Officials have said Turkey and the UAE intend to open negotiations on a comprehensive economic "
                          "partnership agreement.", published="2022-02-15")) == [({"ARE", "TUR"}, "planned", None)]
    assert agreements(run("Turkey and the UAE agreed to open negotiations on a comprehensive economic partnership "
                          "agreement.", published="2022-02-15")) == [({"ARE", "TUR"}, "agreed", None)]   # a guard


def test_officials_expected_to_hold_talks_on_the_sidelines_plan_no_agreement():
    result = run("Kyodo reported that Japanese Foreign Minister Toshimitsu Motegi and his South Korean counterpart Kang "
                 "Kyung-wha were expected to hold talks on the sidelines of a meeting in Nagoya this weekend.",
                 published="2019-11-23")
    assert agreements(result) == []


def test_meeting_a_challenge_is_no_meeting():
    result = run("A State Department spokesperson said that Japan-Korea cooperation was essential to meeting shared "
                 "security challenges in Northeast Asia.", published="2019-11-23")
    assert meetings(result) == []


def test_two_leaders_who_inaugurated_something_in_a_city_met_there():
    found = meetings(run("The pipeline, which Russian President Vladimir Putin and Turkish President Tayyip Erdogan "
                         "inaugurated in Istanbul in January 2020, carries gas.", published="2021-11-23"))
    assert found == [(["RUS", "TUR"], "2020-01")]
    assert meetings(run("Russian President Vladimir Putin inaugurated the bridge in Crimea in 2018.",   # a guard
                        published="2021-11-23")) == []


def test_a_bodys_name_with_a_comma_is_one_source():
    result = run("Japan's Ministry of Economy, Trade and Industry said separately that Tokyo and Seoul had agreed to "
                 "resume dialogue.", published="2019-11-23")
    assert [s.source.label for s in result.statements] == ["Japanese Economy Ministry"]


def test_an_untitled_reports_year_is_never_the_target_year_it_mentions():
    result = run("An impact assessment published by Britain's Department for International Trade estimated that the "
                 "agreement would increase output by about 0.08 percent by 2035.", published="2021-12-17")
    assert _reports(result) == [(None, "Department for International Trade", 2021)]


def test_talks_on_plural_agreements_with_two_states_plan_one_with_each():
    found = agreements(run("Ukrainian officials said talks on similar bilateral agreements with Germany and France were "
                           "well advanced, but gave no timetable.", published="2024-01-13"))
    assert sorted((sorted(parties), status) for parties, status, _ in found) == [
        (["DEU", "UKR"], "planned"), (["FRA", "UKR"], "planned")]


def test_a_programme_of_cooperation_signed_is_an_instrument():
    found = agreements(run("The energy ministers of Azerbaijan, Kazakhstan and Uzbekistan signed an implementation "
                           "programme for cooperation in green energy on Wednesday.", published="2024-11-14"))
    assert found == [({"AZE", "KAZ", "UZB"}, "signed", "2024-11-13")]
    assert agreements(run("Kazakhstan and Uzbekistan signed up to a training programme for diplomats.",   # a guard
                          published="2024-11-14")) == []


def test_participation_frozen_is_a_withdrawal():
    assert agreements(run("Armenia has in practice frozen its participation in the Russian-led Collective Security "
                          "Treaty Organisation.", published="2024-02-23")) == [({"ARM"}, "denied", None)]


def test_the_sides_of_a_signing_in_a_when_clause_are_its_own_not_the_circumstance_before():
    result = run("Relations between Somalia and Ethiopia collapsed on Jan. 1, when Ethiopian Prime Minister Abiy Ahmed "
                 "and Muse Bihi Abdi, the leader of the breakaway region of Somaliland, signed a memorandum of "
                 "understanding in Addis Ababa.", published="2024-08-20")
    assert [sorted(p.key for p in m.participants) for m in result.meetings] == [["ETH", "somaliland"]]
