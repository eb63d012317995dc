"""Round R (thirteenth session): what the blind blocks of real-page styles still lost."""

import pytest
from extract_helpers import run
from kg.sources import parse_article
from test_extract_round_m import meetings
from test_extract_round_n import reports
from kg.extract.text import split


def test_a_leaders_short_surname_names_him_after_his_full_name():
    result = run("Nepal's Prime Minister K.P. Sharma Oli arrived in Beijing on Monday.\n\n"
                 "Oli held talks with Premier Li Qiang on Tuesday.", published="2024-12-05")
    assert (["CHN", "NPL"], "2024-12-03") in meetings(result)


def test_a_short_surname_that_is_a_word_is_not_the_person_alone():   # a guard: "May" is the month
    result = run("British Prime Minister Theresa May visited Paris in January.\n\n"
                 "In May, Germany and France held talks in Berlin.", published="2019-06-05")
    assert (["DEU", "FRA"], "2019-05") in meetings(result)
    assert not any("GBR" in parties and date == "2019-05" for parties, date in meetings(result))


def test_the_platform_x_ends_a_sentence():
    text = "The ministry said on X. Oli had held talks on Tuesday. Malcolm X. Little spoke."
    assert [s.text for s in split(text, 0, len(text))] == [
        "The ministry said on X.", "Oli had held talks on Tuesday.", "Malcolm X. Little spoke."]


def test_a_second_predicate_after_the_meeting_does_not_unmake_it():
    result = run("Iranian President Ebrahim Raisi arrived in Pakistan on Monday.\n\n"
                 "Raisi also met President Asif Ali Zardari on Tuesday and was due to travel to Lahore next week.\n\n"
                 "Iran and Pakistan held talks in Islamabad on Wednesday and agreed to meet again next year.",
                 published="2024-04-25")
    found = meetings(result)
    assert (["IRN", "PAK"], "2024-04-23") in found and (["IRN", "PAK"], "2024-04-24") in found


def test_a_plan_before_the_meeting_word_still_tells_of_no_meeting():   # a guard: the cut is after the trigger
    for sentence in ("Putin arrived in Beijing on Monday and will hold talks with Xi Jinping next week.",
                     "Putin will fly to Beijing and meet Xi Jinping."):
        assert not [m for m in meetings(run(sentence, published="2024-05-15")) if m[1] and m[1] > "2024-05-15"]
    assert meetings(run("Putin will fly to Beijing and meet Xi Jinping.", published="2024-05-15")) == []


def test_an_official_arriving_in_a_capital_pays_a_visit():
    result = run("Chinese Foreign Minister Wang Yi arrived in Brasilia on Monday.", published="2024-05-15")
    assert meetings(result) == [(["BRA", "CHN"], "2024-05-13")]


def test_what_arrives_is_no_visitor():   # a guard of the arrival verb
    for sentence in ("A Russian warship arrived in Havana on Monday.",
                     "A Russian airliner landed in Tbilisi on Friday.",
                     "Five U.S. citizens who had been held in Iran landed in Doha on Monday.",
                     "Hours before Yoon landed in Tokyo on Monday, North Korea fired a missile."):
        assert meetings(run(sentence, published="2024-05-15")) == [], sentence


def test_an_arrival_gives_way_to_the_talks_of_the_same_visit():
    result = run("Chinese President Xi Jinping arrived in Belgrade on Tuesday.\n\n"
                 "On Wednesday, Xi and President Aleksandar Vucic signed a joint statement in Belgrade.",
                 published="2024-05-10")
    assert meetings(result) == [(["CHN", "SRB"], "2024-05-08")]


def test_a_war_named_after_a_state_is_no_side():
    result = run("Chinese President Xi Jinping visited Belgrade on Tuesday, the anniversary of the bombing of the Chinese embassy during the "
                 "Kosovo war.", published="2024-05-10")
    assert meetings(result) == [(["CHN", "SRB"], "2024-05-07")]


def test_a_report_titled_after_its_kind_and_a_comma():
    result = run("In a 2019 report, Bridging the Gap in the Nile Waters Dispute, the International Crisis Group "
                 "warned that each filling season would become a flashpoint.", published="2023-12-20")
    assert reports(result) == [("Bridging the Gap in the Nile Waters Dispute", "International Crisis Group", 2019)]


def test_its_report_is_the_subjects_not_the_nearest_bodys():
    result = run("Amnesty International called the decision dangerous, saying FIFA had ignored warnings set out in "
                 "its June report, Playing a Dangerous Game?, on the risks.", published="2024-12-11")
    assert reports(result) == [("Playing a Dangerous Game?", "Amnesty International", None)]


def test_an_edition_of_a_titled_series():
    result = run("The U.S. Department of Agriculture, in its October edition of Livestock and Poultry: World Markets "
                 "and Trade, forecast record exports.", published="2024-12-07")
    assert [title for title, _, _ in reports(result)] == ["Livestock and Poultry: World Markets and Trade"]


def test_its_titled_document():
    result = run("The Intergovernmental Panel on Climate Change, in the synthesis of its Sixth Assessment Report "
                 "released in March, warned that seas would keep rising.", published="2023-11-10")
    assert reports(result) == [("Sixth Assessment Report", "Intergovernmental Panel on Climate Change", None)]
    result = run("Its latest Global Trends report, released in June, counted a record 108.4 million displaced people.",
                 published="2023-12-06")
    assert [title for title, _, _ in reports(result)] == ["Global Trends"]


def test_a_month_is_no_title():   # a guard of "its June report"
    result = run("FIFA's evaluation report, published late last month, gave the bid a score of 4.2 out of 5.",
                 published="2024-12-11")
    assert reports(result) == [(None, "FIFA", 2024)]
    result = run("The agency said in its June report that prices fell.", published="2024-12-11")
    assert all(title != "June" for title, _, _ in reports(result))


def test_an_untitled_report_takes_the_year_it_was_published_by_its_publisher():
    result = run("Yoon said in January that Seoul might need the bomb, and a survey published by the Chicago Council "
                 "on Global Affairs in February 2022 found that 71% of South Koreans agreed.", published="2023-04-27")
    assert reports(result) == [(None, "Chicago Council on Global Affairs", 2022)]


def test_an_agency_photo_caption_is_no_text():
    result = run("Britain and Rwanda signed a new asylum treaty in Kigali on Tuesday.\n\n"
                 "AFP PHOTO / British Home Secretary James Cleverly and Rwandan Foreign Minister Vincent Biruta exchange "
                 "documents after signing the treaty in Kigali on December 5, 2023.", published="2023-12-06")
    assert [m.evidence.text for m in result.meetings] == ["Britain and Rwanda signed a new asylum treaty in Kigali on "
                                                          "Tuesday."]
    assert all("AFP PHOTO" not in a.evidence.text for a in result.agreements)


def test_received_in_a_capital_is_a_visit_and_each_conjunct_its_own():
    result = run("Chinese President Xi Jinping was received in Riyadh in December for the first China-Arab States "
                 "summit, and Iranian President Ebrahim Raisi paid a state visit to Beijing in February.",
                 published="2023-03-11")
    assert sorted(meetings(result)) == [(["CHN", "IRN"], "2023-02"), (["CHN", "SAU"], "2022-12")]


def test_today_capitalised_is_the_day_of_publication():
    result = run("Today at United Nations Headquarters in New York, Timor-Leste and Australia signed a treaty "
                 "establishing permanent maritime boundaries.", published="2018-03-06")
    assert [(a.status, a.date) for a in result.agreements] == [("signed", "2018-03-06")]


def parties(result):
    return sorted((sorted(p.key for p in a.parties if p.kind == "state"), a.status, a.date) for a in result.agreements)


def test_a_hedge_in_a_later_clause_of_its_own_leaves_the_agreement():
    result = run("Manila is now negotiating similar visiting forces arrangements with France and Canada, and officials "
                 "have signalled that other European partners could follow.", published="2024-07-16")
    assert parties(result) == [(["CAN", "PHL"], "planned", None), (["FRA", "PHL"], "planned", None)]


def test_a_hedge_in_the_triggers_clause_still_tells_of_none():   # a guard of the clause
    for sentence in ("Egypt and Sudan could sign a water deal next year, and officials said talks would resume.",
                     "Washington and Riyadh had agreed on the contours of a deal, but officials said it could collapse."):
        assert parties(run(sentence, published="2024-07-16")) == [], sentence


def test_a_bailout_is_no_agreement():   # a guard: with the hedge now read by clause, "officials hope" no longer hides it
    result = run("Islamabad is still negotiating with the International Monetary Fund over a new bailout, and "
                 "officials hope Gulf money will soften the conditions.", published="2024-04-16")
    assert parties(result) == []


def test_acronyms_of_agreements_in_the_plural():
    result = run("Japan already has RAAs with Australia and Britain, signed in January 2022 and January 2023 "
                 "respectively.", published="2024-07-16")
    assert parties(result) == [(["AUS", "JPN"], "signed", "2022-01"), (["GBR", "JPN"], "signed", "2023-01")]


def people(result):
    return [(p.person.label, p.affiliation.label if p.affiliation else None) for p in result.people]


def sources(result):
    return sorted({s.source.label for s in result.statements})


def test_a_person_described_by_an_occupation_at_a_body():
    result = run('"It will not accept binding rules," said Yonas Gebremedhin, a water engineer at the Horn Water '
                 'Policy Institute in Addis Ababa.', published="2023-12-20")
    assert people(result) == [("Yonas Gebremedhin", "Horn Water Policy Institute")]


def test_a_person_of_a_body_who_puts_it_otherwise():
    result = run('Nourhan El-Sayed of the Al-Nil Centre for Strategic Studies put it the other way round: "It is an '
                 'existential risk."', published="2023-12-20")
    assert people(result) == [("Nourhan El-Sayed", "Al-Nil Centre for Strategic Studies")]


def test_the_person_a_body_is_led_by():
    result = run("The Norwegian Football Federation, led by Lise Klaveness, said it could not back the process.",
                 published="2024-12-11")
    assert [name for name, _ in people(result)] == ["Lise Klaveness"]
    assert people(run("A coalition led by Saudi Arabia launched strikes on Monday.", published="2024-12-11")) == []


def test_outlets_named_with_what_they_are():
    cases = {"Nournews, an outlet close to Iran's security establishment, quoted Shamkhani as saying the talks had "
             "cleared away misunderstandings.": ["Nournews"],
             "The minister later told the state-run Al-Ahram daily that Cairo had been flexible.": ["Al-Ahram"],
             "The decision was announced on state television Télé Sahel by a government spokesman.": ["Télé Sahel"],
             "Officials told the Andes Herald newspaper that talks would resume.": ["Andes Herald"]}
    for sentence, expected in cases.items():
        assert sources(run(sentence, published="2024-05-20")) == expected, sentence


def test_a_demonym_before_the_kind_is_no_outlet():   # a guard: the name comes after ("Mexican newspaper El Universal")
    result = run("The crossings were closed, according to Mexican newspaper El Universal.", published="2024-05-20")
    assert "Mexican" not in sources(result)


def test_refusing_a_ruling_is_no_refusal_of_an_agreement():
    result = run("China still refuses to accept the 2016 arbitral ruling that rejected most of its claims.",
                 published="2024-07-16")
    assert parties(result) == []
    result = run("Russia refused to accept the terms of the grain deal on Monday.", published="2024-07-16")
    assert [status for _, status, _ in parties(result)] == ["denied"]   # a guard: terms are still refused


def test_a_termination_told_with_an_aside_reads_as_without_it():
    aside = run("In March, Niger tore up, with immediate effect, the 2012 agreement with the United States.",
                published="2024-05-20")
    plain = run("In March, Niger tore up the 2012 agreement with the United States.", published="2024-05-20")
    assert parties(aside) == parties(plain) and ("denied", "2024-03") in [(s, d) for _, s, d in parties(aside)]


def test_the_other_side_of_a_termination_is_not_who_ended_it():
    result = run("In August, the junta scrapped its defence agreements with France.", published="2024-05-20")
    assert parties(result) == []


def test_two_signatories_set_off_by_commas_met_to_sign():
    result = run("The Defence Secretary, John Healey, and his German counterpart, Boris Pistorius, put their names to "
                 "the Trinity House Agreement at the headquarters of the lighthouse authority on Wednesday.",
                 published="2024-10-24")
    assert meetings(result) == [(["DEU", "GBR"], "2024-10-23")]


def test_a_meeting_on_each_leg_of_a_journey():
    result = run("On Monday, U.S. Secretary of State Antony Blinken held talks with Jordan's King Abdullah in Amman, then "
                 "flew to Cairo for talks with President Abdel Fattah al-Sisi.", published="2024-03-06")
    assert sorted((m.place, sorted(p.key for p in m.participants)) for m in result.meetings) == [
        ("Amman", ["JOR", "USA"]), ("Cairo", ["EGY", "USA"])]


def test_a_state_in_an_absolute_clause_after_with_is_no_party():
    result = run("In November 2009, Slovenian Prime Minister Borut Pahor and Croatian Prime Minister Jadranka Kosor "
                 "signed an arbitration agreement in Stockholm, with Sweden then holding the rotating EU presidency.",
                 published="2017-06-30")
    assert parties(result) == [(["HRV", "SVN"], "signed", "2009-11")]
    result = run("Turkey signed a gas deal with Azerbaijan covering the next decade.", published="2017-06-30")
    assert [p for p, _, _ in parties(result)] == [["AZE", "TUR"]]   # a guard: a party the deal is with


def test_relations_of_several_kinds_re_established():
    result = run("Colombia and Venezuela will re-establish diplomatic, consular and military relations in stages, the "
                 "two governments announced on Thursday.", published="2022-07-29")
    assert [p for p, _, _ in parties(result)] == [["COL", "VEN"]]


def test_ministers_who_put_their_initials_to_a_text_met_to_do_it():
    result = run("Azerbaijan's Jeyhun Bayramov and Armenia's Ararat Mirzoyan put their initials to the text at the "
                 "White House on Friday.", published="2025-08-09")
    assert meetings(result) == [(["ARM", "AZE"], "2025-08-08")]


def test_talks_between_officials_named_with_their_offices():
    result = run("The announcement capped talks in Beijing that began on Monday between Ali Shamkhani, secretary of "
                 "Iran's Supreme National Security Council, and Saudi national security adviser Musaed bin Mohammed "
                 "Al-Aiban.", published="2023-03-11")
    assert meetings(result) == [(["IRN", "SAU"], "2023-03-06")]


@pytest.mark.parametrize("line, day", [
    ("14.03.2023", "2023-03-14"), ("14/03/2023", "2023-03-14"), ("03/14/2023", "2023-03-14"), ("2023/03/14", "2023-03-14"),
    ("March 14th, 2023", "2023-03-14"), ("14th of March 2023", "2023-03-14"), ("MARCH 14, 2023", "2023-03-14"),
    ("Date: 14 March 2023", "2023-03-14"), ("10:32 AM, March 14, 2023", "2023-03-14"), ("04.03.2023", "2023-03-04"),
])
def test_more_forms_of_a_date_line(line, day):
    article = parse_article(f"Chile and Peru sign a deal\n\n{line}\n\nChile and Peru signed a fisheries deal on Monday.\n",
                            "a.txt")
    assert str(article.published) == day
    assert not any(line in article.text[a:b] for a, b in article.body)


def test_figures_that_are_no_date_give_none():   # a guard: 13/13 is no month and day either way
    assert parse_article("Headline\n13/13/2023\n\nPeru and Chile signed a deal.\n", "a.txt").published is None


def test_a_meeting_that_would_also_happen_has_not_happened():
    for sentence in ("Phuc would also meet Indonesian business leaders and visit the ASEAN Secretariat in Jakarta "
                     "before flying home on Friday.",
                     "Phuc will also meet Indonesian business leaders in Jakarta before flying home on Friday."):
        result = run("Vietnamese President Nguyen Xuan Phuc is on a state visit.\n\n" + sentence, published="2024-03-10")
        assert [m for m in result.meetings if m.evidence.text == sentence] == [], sentence


def test_the_text_of_a_summit_is_no_meeting_of_those_who_refused_it():
    result = run("The United States and Britain declined on Tuesday to sign the closing declaration of the Artificial "
                 "Intelligence Action Summit in Paris, a text backed by around 60 countries.", published="2025-02-12")
    assert meetings(result) == [] and [s for _, s, _ in parties(result)] == ["denied"]
    result = run("The presidents of Chile and Peru held a summit in Lima on Tuesday.", published="2025-02-12")
    assert meetings(result) == [(["CHL", "PER"], "2025-02-11")]   # a guard: a summit held is a meeting


def test_a_person_described_as_an_expert_in_a_field():
    result = run("Asad Mahmood, a hydrologist at the Lahore Water Policy Institute, said the timing mattered more.",
                 published="2025-04-25")
    assert people(result) == [("Asad Mahmood", "Lahore Water Policy Institute")]


def test_a_review_by_two_bodies_and_canadas_foreign_ministry_by_its_name():
    result = run("According to the latest annual review by the Rhodium Group and the Mercator Institute for China "
                 "Studies, Hungary received 44 percent of all Chinese investment in Europe.", published="2024-05-10")
    assert sources(result) == ["Mercator Institute for China Studies", "Rhodium Group"]
    result = run("The deal fixes the boundary in the Lincoln Sea, according to Global Affairs Canada.",
                 published="2022-06-15")
    assert sources(result) == ["Global Affairs Canada"]


@pytest.mark.parametrize("sentence, title", [
    ('Human Rights Watch, in its 2023 report "That\'s When the Nightmare Started", described the expulsion as a crime.',
     "That's When the Nightmare Started"),
    ("The U.S. Department of Agriculture projected in its Grain: World Markets and Trade report that imports would rise.",
     "Grain: World Markets and Trade"),
    ('An earlier report by the group, "The Massalit Will Not Come Home", published in May 2024, concluded that the RSF '
     'had carried out ethnic cleansing.', "Massalit Will Not Come Home"),
    ("A 2009 International Crisis Group report, Turkey and Armenia: Opening Minds, Opening Borders, argued that an open "
     "frontier would benefit both.", "Turkey and Armenia: Opening Minds, Opening Borders"),
])
def test_more_ways_a_report_is_titled(sentence, title):
    assert [t for t, _, _ in reports(run(sentence, published="2025-01-10"))] == [title]


def test_the_rsf_of_sudan_is_no_press_freedom_group():
    result = run("In February, the RSF and its allies signed a charter in Nairobi, the army said.", published="2025-03-10")
    assert "Reporters Without Borders" not in {o.label for o in result.organizations}


def test_a_visit_to_each_state_stopped_in_not_the_one_reached_after():
    result = run("Before reaching Cuba, Mexican President Andrés Manuel López Obrador stopped in Guatemala, El Salvador, "
                 "Honduras and Belize, where he held talks with their presidents in May.", published="2022-05-10")
    assert sorted(p for p, _ in meetings(result)) == [["BLZ", "MEX"], ["GTM", "MEX"], ["HND", "MEX"], ["MEX", "SLV"]]


def test_a_states_company_is_no_party_of_the_state():
    for sentence in ("Burkina Faso on Friday signed a memorandum of understanding with Russia's state nuclear "
                     "corporation Rosatom to build a nuclear power plant.",
                     "The Czech state-controlled project company signed a contract with Korea Hydro & Nuclear Power "
                     "late on Wednesday."):
        found = parties(run(sentence, published="2023-10-14"))
        assert all(len(p) < 2 for p, _, _ in found), (sentence, found)
    result = run("Russia's central bank and China's central bank signed a swap agreement in Beijing on Monday.",
                 published="2023-10-14")
    assert [p for p, _, _ in parties(result)] == [["CHN", "RUS"]]   # a guard: a central bank acts for its state


def test_what_was_expected_or_is_under_way_is_no_meeting():
    for sentence in ("The final agreement between Israel and Jordan had been expected to be sealed at the COP28 climate "
                     "conference in Dubai.",
                     "Japanese Prime Minister Fumio Kishida is expected to make a return visit to Seoul, Kyodo reported.",
                     "Slovakia is also in talks with Washington about a new unit at Jaslovske Bohunice."):
        assert meetings(run(sentence, published="2023-11-20")) == [], sentence


def test_its_agreements_with_each_state_respectively():
    result = run("Japan and the Philippines signed a Reciprocal Access Agreement in Manila on Monday. Japan is building "
                 "a web of defence pacts.\n\nIt already has RAAs with Canberra and London, signed in January 2022 and "
                 "January 2023 respectively.", published="2024-07-10")
    assert (["AUS", "JPN"], "signed", "2022-01") in parties(result) and (["GBR", "JPN"], "signed", "2023-01") in parties(result)
    assert not any(p == ["AUS", "GBR"] for p, _, _ in parties(result))


def test_what_was_supposed_to_be_signed_was_not_and_no_one_met_to_sign_it():
    result = run("Australia and Papua New Guinea have negotiated a defence treaty.\n\nThe treaty was supposed to be "
                 "signed in Port Moresby last month, when Albanese flew in for the celebrations.", published="2025-10-06")
    assert [(s, d) for _, s, d in parties(result) if d and d.startswith("2025-09")] == [("planned", "2025-09")]
    assert [m for m in result.meetings if "supposed" in m.evidence.text] == []


def test_the_place_a_traveller_left_is_no_side():
    result = run("After leaving Port Moresby in September, Australian Prime Minister Anthony Albanese travelled to Port "
                 "Vila.", published="2025-10-06")
    assert meetings(result) == [(["AUS", "VUT"], "2025-09")]


def test_two_leaders_who_announce_together_in_a_place_met():
    result = run("On 22 December 2022, Indonesian President Joko Widodo and Vietnamese President Nguyen Xuan Phuc "
                 "announced at the Bogor Palace that the two countries had concluded negotiations on the boundary.",
                 published="2023-01-12")
    assert meetings(result) == [(["IDN", "VNM"], "2022-12-22")]
    result = run("Chilean President Gabriel Boric and Argentine President Alberto Fernandez held a joint press "
                 "conference in Santiago on Monday.", published="2023-01-12")
    assert meetings(result) == [(["ARG", "CHL"], "2023-01-09")]


def test_signed_off_on_what_they_called_a_declaration():
    result = run("U.S. President Joe Biden hosted South Korean President Yoon Suk Yeol at the White House on "
                 "Wednesday.\n\nThe two leaders signed off on what they called the Washington Declaration during "
                 "Yoon's state visit.", published="2023-04-27")
    assert (["KOR", "USA"], "signed", "2023-04-26") in parties(result)


def test_agreed_a_package_with_a_clause_after_it():
    result = run("Britain and France held a summit in Paris.\n\nAt the last summit, held in Paris in March 2023, the two "
                 "governments agreed a three-year package under which the UK is providing money for patrols.",
                 published="2025-07-10")
    assert (["FRA", "GBR"], "agreed", "2023-03") in parties(result)


def test_an_acronym_spelled_out_as_another_body_is_that_body():
    result = run("India and Pakistan agreed to play at neutral venues in any ICC tournament, the International Cricket "
                 "Council said on Thursday.\n\nThe ICC board awarded Pakistan the 2028 tournament, the ICC said.",
                 published="2024-12-20")
    assert sources(result) == ["International Cricket Council"]
    result = run("The ICC issued an arrest warrant for the president, the ICC said.", published="2024-12-20")
    assert sources(result) == ["International Criminal Court"]   # a guard: nothing spelled out, the court it is


def test_a_newspaper_named_with_its_article_reported():
    result = run("Doctors said salaries should come first, El Universal reported.", published="2022-05-10")
    assert sources(result) == ["El Universal"] and people(result) == []


def test_a_general_staff_and_a_courier_are_bodies():
    result = run("Pyongyang fired a missile on Thursday morning, according to South Korea's Joint Chiefs of Staff.",
                 published="2023-03-17")
    assert sources(result) == ["Joint Chiefs of Staff"] and people(result) == []
    result = run("Marape told reporters after the ceremony, according to the Post-Courier.", published="2025-10-06")
    assert sources(result) == ["Post-Courier"]


def test_ministers_opening_a_sentence_are_no_body():
    result = run("Ministers said in their joint statement after Sunday's meeting that they would assess the "
                 "applications.", published="2023-07-17")
    assert sources(result) == []


@pytest.mark.parametrize("line, credited", [
    ("Picture: Albanese and Marape exchange the signed treaty in Canberra. Photo: AAP", []),
    ("Photo: A pipe-laying vessel works on Nord Stream 2 in the Baltic Sea", []),
    ("Photo: Courtesy of the Ministry of Foreign Affairs", []),
    ("Photo: Ed Jones – AFP", ["Ed Jones"]),
])
def test_a_photo_line_that_is_a_caption_credits_no_person(line, credited):
    article = parse_article(f"Peru and Chile sign a deal\n{line}\nApr 19, 2023\n\nPeru and Chile signed a deal in Lima.\n",
                            "a.txt")
    from kg.extract import extract
    assert [p.person.label for p in extract(article).people if p.role == "photographer"] == credited


def test_a_contributors_city_and_country_are_no_people():
    from kg.credits import credit_line
    line = "Associated Press writer Gonzalo Andrade in Quito, Ecuador, contributed to this report."
    assert [c.name for c in credit_line(line)] == ["Gonzalo Andrade"]


def test_a_states_day_or_games_is_no_person():
    for sentence in ("Díaz-Canel was the guest of honor at Mexico's Independence Day parade in September 2021.",
                     "North and South Korea marched together at Australia's Olympic Games in Sydney in 2000."):
        assert people(run(sentence, published="2022-05-10")) == [], sentence
