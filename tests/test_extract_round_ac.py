"""Round AC (twenty-fourth session): one state signing a named multilateral instrument; a lead paragraph under a
header's title; "he" who met one leader after another."""

from extract_helpers import run
from test_extract_round_aa import agreements_of
from test_extract_round_ab import reports_of
from test_extract_round_m import meetings

from kg.extract import extract
from kg.sources import parse_article


# ---------------------------------------------------------------- one state signs a named instrument

def test_one_state_signing_a_named_regional_agreement():
    result = run("Chile formally signed the Escazú Agreement on Friday, ending a four-year absence from the regional "
                 "treaty.", published="2022-03-21")
    assert agreements_of(result) == [({"CHL"}, "signed", "2022-03-18")]


def test_one_state_signing_a_treaty_to_join_a_trade_pact():
    result = run("Britain signed a treaty in Auckland on Sunday to join the Comprehensive and Progressive Agreement for "
                 "Trans-Pacific Partnership, becoming its first new member.", published="2023-07-17")
    assert agreements_of(result) == [({"GBR"}, "signed", "2023-07-16")]


def test_one_state_signing_an_agreement_with_no_counterpart_named_is_none():   # a guard: a bilateral deal needs two
    result = run("Chile signed a trade agreement on Friday.", published="2022-03-21")
    assert agreements_of(result) == []


# ---------------------------------------------------------------- the lead paragraph under a header's title

def _page(first_line: str) -> str:
    return ("Title: Modi visits Washington\nPublisher: The Meridian Post\nDate: 2023-06-25\n\n"
            f"{first_line}\n\nHe met President Joe Biden at the White House on Thursday.\n")


def test_a_short_lead_paragraph_under_a_header_title_is_text():
    article = parse_article(_page("WASHINGTON (Reuters) - Indian Prime Minister Narendra Modi arrived in Washington "
                                  "on Wednesday for a state visit."), "modi.txt")
    assert "Modi arrived in Washington" in " ".join(article.text[a:b] for a, b in article.body)


def test_a_headline_line_under_a_header_title_is_still_a_heading():   # a guard: no full stop, a headline
    article = parse_article(_page("Modi lands in Washington for first state visit"), "modi.txt")
    assert not any("lands in Washington" in article.text[a:b] for a, b in article.body)


def test_he_of_a_short_lead_paragraph_meets_the_president():
    result = extract(parse_article(_page("WASHINGTON (Reuters) - Indian Prime Minister Narendra Modi arrived in "
                                         "Washington on Wednesday for a state visit."), "modi.txt"))
    assert ["IND", "USA"] in [m for m, _ in meetings(result)]


# ---------------------------------------------------------------- "he" stays who he was

def test_he_who_met_one_leader_then_another_is_still_the_visitor():
    result = run("Indian Prime Minister Narendra Modi arrived in Washington on Wednesday for a state visit.\n\n"
                 "He met President Joe Biden at the White House on Thursday.\n\n"
                 "He then met Vice President Kamala Harris for lunch at the State Department on Friday.",
                 published="2023-06-25")
    assert meetings(result) == [(["IND", "USA"], "2023-06-22"), (["IND", "USA"], "2023-06-23")]


# ---------------------------------------------------------------- meetings: what is met, who met where

def test_meeting_a_reports_recommendations_is_no_meeting():
    result = run("Slovenian and Croatian officials said on Monday they had already met most of the report's "
                 "recommendations.", published="2001-12-20")
    assert meetings(result) == []


def test_a_minister_meeting_a_counterpart_is_still_a_meeting():   # a guard: a person is met
    result = run("Slovenia's foreign minister met his Croatian counterpart in Zagreb on Monday.", published="2001-12-20")
    assert meetings(result) == [(["HRV", "SVN"], "2001-12-17")]


def test_the_leaders_of_states_at_a_summit_where_they_signed_met_there():
    result = run("The move followed a summit in Astana on July 5, where the leaders of China, Russia, Kazakhstan, "
                 "Kyrgyzstan, Tajikistan and Uzbekistan signed a declaration.", published="2005-07-30")
    assert meetings(result) == [(["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"], "2005-07-05")]
    assert agreements_of(result) == [({"CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"}, "signed", "2005-07-05")]


# ---------------------------------------------------------------- a bloc's members told by their number

def test_the_four_members_of_mercosur_are_its_founders():
    result = run("The four members of the Mercosur trade bloc signed a free trade agreement with Egypt on Monday.",
                 published="2010-08-03")
    assert agreements_of(result) == [({"ARG", "BRA", "PRY", "URY", "EGY"}, "signed", "2010-08-02")]


def test_the_ten_asean_member_states():
    result = run("Leaders of the ten ASEAN member states agreed on Saturday to send an envoy to Myanmar.",
                 published="2021-04-25")
    assert agreements_of(result)[0][0] == {"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"}


def test_the_three_sahel_juntas():
    result = run("The three Sahel juntas signed a mutual defence charter in Bamako on Saturday.", published="2023-09-18")
    assert agreements_of(result) == [({"MLI", "BFA", "NER"}, "signed", "2023-09-16")]


def test_mercosur_alone_stays_an_organization():   # a guard: a bloc named alone is no state
    result = run("Mercosur signed a free trade agreement with Egypt on Monday.", published="2010-08-03")
    assert [parties for parties, _, _ in agreements_of(result)] == [{"EGY", "mercosur"}]


# ---------------------------------------------------------------- where a trip took someone before

def test_the_states_a_tour_took_the_visitor_to_before_are_not_sides():
    result = run("Chinese President Hu Jintao arrived in Zambia on Saturday.\n\n"
                 "Hu, on the fourth leg of an African tour that has already taken him to Cameroon, Liberia and Sudan, "
                 "held talks with President Levy Mwanawasa at State House on Sunday.", published="2007-02-05")
    assert meetings(result) == [(["CHN", "ZMB"], "2007-02-04")]


def test_talks_in_a_capital_then_a_list_of_states_keep_the_states():   # a guard: "in X, A, B and C agreed"
    result = run("In April 2023, after talks in Panama City, the United States, Panama and Colombia agreed to launch a "
                 "campaign against smuggling networks.", published="2024-01-10")
    assert agreements_of(result)[0][0] == {"USA", "PAN", "COL"}


# ---------------------------------------------------------------- never signed together: no agreement

def test_two_states_that_never_signed_a_peace_treaty_have_no_agreement():
    result = run("Tokyo and Moscow have never signed a peace treaty to formally end their hostilities because of a "
                 "dispute over four islands.", published="2013-11-03")
    assert agreements_of(result) == []


def test_a_state_that_never_signed_a_named_convention_refused_it():   # a guard: one state's refusal stays
    result = run("Britain has never signed the convention on diplomatic asylum.", published="2013-11-03")
    assert [(parties, status) for parties, status, _ in agreements_of(result)] == [({"GBR"}, "denied")]


def test_two_states_that_never_signed_a_named_treaty_refused_it():   # a guard: a named treaty is one to join
    result = run("India and Pakistan have never signed the Non-Proliferation Treaty.", published="2013-11-03")
    assert [status for _, status, _ in agreements_of(result)] == ["denied"]


# ---------------------------------------------------------------- one who met two apart; a host who met his guests

def test_talks_with_one_and_also_a_meeting_with_another_are_two_meetings():
    result = run("Lavrov held talks with U.S. Secretary of State John Kerry in The Hague on Monday and also met Ukraine's "
                 "interim foreign minister, Andriy Deshchytsia, on the margins, the Russian Foreign Ministry said.",
                 published="2014-03-26")
    assert meetings(result) == [(["RUS", "UKR"], "2014-03-24"), (["RUS", "USA"], "2014-03-24")]


def test_a_leader_who_hosted_two_others_met_them_too():
    result = run("Obama hosted Abe and South Korean President Park Geun-hye in The Hague on Tuesday evening, the first "
                 "face-to-face talks between the Japanese and South Korean leaders since both took office.",
                 published="2014-03-26")
    assert meetings(result) == [(["JPN", "KOR", "USA"], "2014-03-25")]


def test_a_state_that_hosted_talks_between_two_is_no_side():   # a guard: hosting talks between others
    result = run("Oman hosted talks between Iranian and American officials in Muscat on Saturday.",
                 published="2025-04-14")
    assert meetings(result) == [(["IRN", "USA"], "2025-04-12")]


def test_the_next_day_also_in_a_city_two_leaders_agreed_there():
    result = run("South Korean President Moon Jae-in met Russian President Vladimir Putin in Vladivostok on Wednesday.\n\n"
                 "The next day, also in Vladivostok, Moon and Japanese Prime Minister Shinzo Abe agreed to push for the "
                 "strongest possible sanctions, Japan's Kyodo News agency reported.", published="2017-09-08")
    assert (["JPN", "KOR"], "2017-09-07") in meetings(result)


def test_the_four_ministers_of_a_two_plus_two_are_two_states():
    result = run("Japan and Russia held their first two-plus-two talks of foreign and defence ministers in Tokyo on "
                 "Saturday. The United States and Australia have held such talks with Japan for years.\n\n"
                 "At the meeting, the four ministers agreed that their navies would hold joint exercises against piracy.",
                 published="2013-11-03")
    assert {"JPN", "RUS"} in [parties for parties, _, _ in agreements_of(result)]
    assert not any(len(parties) == 4 for parties, _, _ in agreements_of(result))


# ---------------------------------------------------------------- reports however phrased

def test_a_titled_survey_by_a_body():
    result = run("The Afghanistan Opium Survey 2016 by the United Nations Office on Drugs and Crime found that the area "
                 "under opium poppy rose by 10 percent.", published="2016-12-09")
    assert reports_of(result) == [("Afghanistan Opium Survey 2016", "United Nations Office on Drugs and Crime", 2016)]


def test_a_fact_sheet_then_its_title_after_a_comma():
    result = run("The Stockholm International Peace Research Institute published its data on Monday. The institute's "
                 "annual fact sheet, Trends in International Arms Transfers, 2017, found that transfers had risen.",
                 published="2018-03-14")
    assert "Trends in International Arms Transfers, 2017" in [title for title, _, _ in reports_of(result)]


def test_a_report_on_a_subject_adopted_by_a_council():
    result = run("A Report on Nuclear Safety in the Context of Enlargement, adopted by the Council of the European Union "
                 "in June, listed recommendations for the plant.", published="2001-12-20")
    assert reports_of(result)[0][:2] == ("Report on Nuclear Safety in the Context of Enlargement",
                                         "Council of the European Union")


def test_a_mid_year_report_of_a_un_mission():
    result = run("The United Nations Assistance Mission in Afghanistan said in its mid-year report that 1,601 civilians "
                 "were killed.", published="2016-12-05")
    assert [publisher for _, publisher, _ in reports_of(result)] == ["United Nations Assistance Mission in Afghanistan"]


def test_an_inspector_generals_quarterly_report():
    result = run("The U.S. Special Inspector General for Afghanistan Reconstruction, in its quarterly report to Congress "
                 "in October, estimated that the government controlled 63 percent of districts.", published="2016-12-05")
    assert [publisher for _, publisher, _ in reports_of(result)] == [
        "U.S. Special Inspector General for Afghanistan Reconstruction"]


def test_a_quoted_dossier_title():
    result = run('The International Institute for Strategic Studies, in its dossier "North Korea\'s Weapons Programmes: '
                 'A Net Assessment", published in January 2004, concluded that the North could have more plutonium.',
                 published="2005-09-20")
    assert reports_of(result)[0][:2] == ("North Korea's Weapons Programmes: A Net Assessment",
                                         "International Institute for Strategic Studies")


def test_a_news_outlets_report_is_no_document():   # a guard: what an outlet reports is news
    result = run("Reuters reported on Monday that the talks had stalled.", published="2016-12-05")
    assert reports_of(result) == []


# ---------------------------------------------------------------- sources

def sources_of(result):
    """Each source once, sorted (round AB's helper lists them as stated)."""
    return sorted({s.source.label for s in result.statements})


def test_a_senior_ministry_official_speaks_for_the_ministry():
    result = run('"The chemistry was right," a senior Ministry of External Affairs official said.', published="2005-04-19")
    assert sources_of(result) == ["Ministry of External Affairs"]


def test_the_radio_network_a_leader_told():
    result = run("Aznar told the radio network Cadena SER last month that the talks had stalled.", published="2002-11-09")
    assert sources_of(result) == ["Cadena SER"]


def test_an_interview_with_a_radio_station():   # a guard: 'radio station' now names outlets before their name too
    result = run("The economist said so in an interview with radio station Mitre.", published="2025-10-21")
    assert sources_of(result) == ["Mitre"]


def test_two_armed_movements_that_said_something():
    result = run("Hamas and Islamic Jihad said they were not bound by the declarations.", published="2005-02-09")
    assert sources_of(result) == ["Hamas", "Palestinian Islamic Jihad"]


def test_a_movement_fought_against_says_nothing():   # a guard: armed movements are now known bodies
    result = run("Abadi thanked Saudi Arabia for its support in the fight against Islamic State and said Iraq wanted "
                 "balanced relations with its neighbours.", published="2017-10-23")
    assert sources_of(result) == []


def test_a_movement_that_runs_a_place_is_not_the_ministry_quoted():   # a guard, as above
    result = run("The war has killed more than 36,000 people, according to the health ministry in the Hamas-run Gaza "
                 "Strip.", published="2024-05-29")
    assert "Hamas" not in sources_of(result)


def test_a_movements_leader_speaks_in_person_its_spokesman_for_it():
    assert sources_of(run("Hezbollah leader Hassan Nasrallah said the group would abide by the truce.",
                          published="1996-04-27")) == []
    assert sources_of(run("Hamas spokesman Sami Abu Zuhri told Al Jazeera the movement had not been consulted.",
                          published="2005-02-09")) == ["Al Jazeera", "Hamas"]


def test_an_opening_its_report_is_the_named_bodys_not_a_body_it_names():
    result = run("In its most recent quarterly report to Congress, published in May, the Lead Inspector General for "
                 "Operation Inherent Resolve said Islamic State remained capable of an insurgency.", published="2021-07-27")
    assert [publisher for _, publisher, _ in reports_of(result)] == [
        "Lead Inspector General for Operation Inherent Resolve"]


# ---------------------------------------------------------------- Theresa May, not the month; "he" after an opening phrase

_MAY_TOUR = ("British Prime Minister Theresa May arrived in South Africa on Tuesday at the start of a three-nation tour.\n\n"
             "May met President Cyril Ramaphosa at his official residence later in the day.\n\n"
             "On Wednesday, May flew to Nigeria, where she held talks with President Muhammadu Buhari in Abuja.")


def test_may_after_theresa_may_is_her_when_she_acts():
    result = run(_MAY_TOUR, published="2018-08-30")
    assert (["GBR", "NGA"], "2018-08-29") in meetings(result)
    assert all("ZAF" not in sides or "GBR" in sides for sides, _ in meetings(result))


def test_may_the_month_is_no_person():   # a guard: "in May", "May 2019" stay months
    result = run("British Prime Minister Theresa May arrived in Berlin on Tuesday.\n\n"
                 "The two governments agreed in May 2019 to hold talks in Berlin, and in May the talks were held.",
                 published="2019-07-30")
    assert not any(m.person.label == "May" for m in result.people)
    assert all(m.evidence.text.startswith("British") for m in result.meetings)


def test_he_after_an_opening_phrase_is_the_visitor_told_before():
    result = run("U.S. presidential adviser Jared Kushner arrived in Abu Dhabi on Tuesday for a tour of the Gulf.\n\n"
                 "Accompanied by envoy Jason Greenblatt, he met Qatar's Emir Sheikh Tamim bin Hamad Al Thani in Doha on "
                 "Wednesday.\n\n"
                 "He ended the tour in Ankara, where he held talks with Turkish President Tayyip Erdogan on Thursday.",
                 published="2019-03-01")
    assert (["TUR", "USA"], "2019-02-28") in meetings(result)
    assert (["QAT", "USA"], "2019-02-27") in meetings(result)


def test_a_presidential_adviser_acts_for_the_state_before_the_title():
    result = run("U.S. presidential adviser Jared Kushner arrived in Abu Dhabi on Tuesday.", published="2019-03-01")
    assert [(p.person.label, p.affiliation and p.affiliation.key) for p in result.people] == [("Jared Kushner", "USA")]


# ---------------------------------------------------------------- photo captions

_CAPTIONED = ("Title: Iraq and Iran sign security pact\nPublisher: The Meridian Post\nDate: 2023-03-20\n\n"
              "BAGHDAD (AP) - Iraq and Iran signed a security agreement on Sunday, officials said.\n\n"
              "Iraq's Prime Minister Mohammed Shia al-Sudani, center, watches as officials exchange documents after "
              "signing a security agreement in Baghdad, Sunday, March 19, 2023. (AP Photo/Hadi Mizban)\n\n"
              "The agreement commits Baghdad to disarm Kurdish groups near the border.\n")


def test_a_photo_caption_is_no_text_and_its_photographer_is_credited():
    article = parse_article(_CAPTIONED, "iraq.txt")
    assert not any("watches as" in article.text[a:b] for a, b in article.body)
    assert [(c.name, c.role) for c in article.credits] == [("Hadi Mizban", "photographer")]
    assert len(extract(article).agreements) == 1


def test_a_sentence_ending_in_brackets_is_still_text():   # a guard: brackets that credit no photo
    article = parse_article(_CAPTIONED.replace("(AP Photo/Hadi Mizban)", "(The deal was first reported by AP.)"),
                            "iraq.txt")
    assert any("watches as" in article.text[a:b] for a, b in article.body)


# ---------------------------------------------------------------- a second clause whose subject names no state

def test_officials_of_the_first_clauses_state_plan_a_second_agreement():
    result = run("Indonesia signed a trade agreement with Chile in 2017, its first with a South American country, and "
                 "trade officials said they expected to sign a partnership agreement with Canada in the coming weeks.",
                 published="2025-08-12")
    assert sorted(agreements_of(result), key=lambda a: a[1]) == [({"IDN", "CAN"}, "planned", None),
                                                                  ({"IDN", "CHL"}, "signed", "2017")]


def test_a_second_clause_with_its_own_subject_is_not_carried():   # a guard: "the administration" is another's
    result = run("Paraguay signed a safe third country agreement with the United States last week, and CBS News "
                 "reported that the administration had concluded similar agreements with Honduras and Uganda.",
                 published="2025-08-20")
    assert all(not ({"PRY", "HND"} <= parties) for parties, _, _ in agreements_of(result))


def test_a_state_that_ended_its_talks_with_another_refused_the_deal_and_met_no_one():
    result = run("The Philippines has ended its talks with China on joint oil and gas exploration in the South China Sea, "
                 "Foreign Secretary Teodoro Locsin said on Thursday.", published="2022-06-24")
    assert [(parties, status) for parties, status, _ in agreements_of(result)] == [({"PHL", "CHN"}, "denied")]
    assert meetings(result) == []


def test_those_who_followed_the_first_signer_signed_too():
    result = run("On Tuesday, President Bill Clinton became the first leader to sign the Comprehensive Test Ban Treaty, "
                 "followed within hours by the foreign ministers of China, Russia, France and Britain.",
                 published="1996-09-26")
    assert agreements_of(result) == [({"USA", "CHN", "RUS", "FRA", "GBR"}, "signed", "1996-09-24")]


# ---------------------------------------------------------------- live-blog housekeeping

def test_live_blog_housekeeping_is_no_text_and_dates_nothing():
    page = ("Title: Live: clashes in Kyrgyzstan\nPublisher: The Meridian Post\nDate: 2010-06-14\n\n"
            "Welcome to our live coverage of the violence in southern Kyrgyzstan. All times are GMT.\n\n"
            "Updates are in Central European Time, newest first.\n\n"
            "17:40 — That's all from us for today.\n\n"
            "16:55 — After a meeting in Moscow, officials from Russia and Kazakhstan agreed to send aid.\n")
    article = parse_article(page, "live.txt")
    body = " ".join(article.text[a:b] for a, b in article.body)
    assert "Updates are in" not in body   # its own paragraph; "Welcome to …" stays text, but dates nothing
    assert agreements_of(extract(article)) == [({"RUS", "KAZ"}, "agreed", "2010-06-14")]


def test_a_welcome_that_tells_news_is_text():   # a guard: what was said stays
    page = ("Title: Live: Ramaphosa in Washington\nPublisher: The Meridian Post\nDate: 2025-05-21\n\n"
            "Welcome to our live coverage of the president's visit. Minister Ronald Lamola told SAFM radio this "
            "morning that the president would not be drawn into a shouting match.\n\nThe talks begin at noon.\n")
    article = parse_article(page, "live.txt")
    assert any("SAFM" in article.text[a:b] for a, b in article.body)


# ---------------------------------------------------------------- sentence ends; a state named after a capitalised word

def test_said_no_ends_a_sentence_but_no_before_a_number_does_not():
    from kg.extract.text import split
    text = "Both countries said no. When Jordan's king met Trump, he refused. The Mercosur Report No. 14 said so."
    assert [s.text for s in split(text, 0, len(text))] == [
        "Both countries said no.", "When Jordan's king met Trump, he refused.", "The Mercosur Report No. 14 said so."]


def test_a_state_that_is_also_a_given_name_after_when_is_the_state():
    result = run("When Jordan's King Abdullah met Trump at the White House on February 11, he told him that Jordan would "
                 "not accept the plan.", published="2025-03-05")
    assert meetings(result) == [(["JOR", "USA"], "2025-02-11")]


def test_a_given_name_before_jordan_is_still_a_person():   # a guard: "Michael Jordan", "In Washington," a place
    result = run("Michael Jordan met the team in Chicago on Monday.", published="2025-03-05")
    assert "JOR" not in {a.key for a, _ in result.states}


def test_a_paragraph_that_opens_times_are_is_text():   # a guard: the noise pattern is case-insensitive, its live-page part not
    page = ("Title: Drought in the Sahel\nPublisher: The Meridian Post\nDate: 2024-05-01\n\n"
            "NIAMEY (Reuters) - Niger and Mali agreed on Tuesday to share grain stocks, officials said.\n\n"
            "Times are hard for farmers in the north, where the rains failed for a third year.\n")
    article = parse_article(page, "sahel.txt")
    assert any("Times are hard" in article.text[a:b] for a, b in article.body)
