"""Round X (nineteenth session): reports whose publisher is the sentence's subject, and bodies named by an acronym."""

from extract_helpers import run
from test_extract_round_w import sources


def reports(result) -> list[tuple[str | None, str | None, int | None]]:
    return [(r.title, r.publisher.label if r.publisher else None, r.year) for r in result.reports]


# ---------------------------------------------------------------- reports

def test_a_body_the_sentence_opens_with_publishes_the_report_it_concluded_in():
    result = run("The Joint Maritime Inquiry Board, a panel that included judges from Chile and Peru, concluded in a "
                 "report released in March 2019 that the trawler had sunk in a storm.", published="2020-02-11")
    assert reports(result) == [(None, "Joint Maritime Inquiry Board", 2019)]


def test_a_body_named_with_its_acronym_publishes_its_monthly_report():
    result = run("The Andean Observatory for Migration and Labour (OAML), a Lima-based charity, said in its latest monthly "
                 "report that arrivals at the border had doubled.", published="2022-06-30")
    assert reports(result) == [(None, "Andean Observatory for Migration and Labour", 2022)]


def test_a_body_that_published_a_report_is_its_publisher_not_a_company_it_names():
    result = run("In June, Estonia's National Cyber Security Centre published a report that found that a phone sold by "
                 "Huawei could censor some search terms.", published="2021-09-22")
    assert [(title, publisher) for title, publisher, _ in reports(result)] == [(None, "National Cyber Security Centre")]


def test_a_quarterly_report_named_before_a_month_keeps_its_title():
    result = run("The International Energy Agency said in its quarterly Oil Market Report in October that demand would "
                 "slow.", published="2023-11-02")
    assert [(title, publisher) for title, publisher, _ in reports(result)] == [("Oil Market Report",
                                                                                "International Energy Agency")]


def test_an_opening_name_that_is_no_body_publishes_nothing():   # guards
    for sentence in ("The Andean ministers concluded in a report released in March 2019 that the trawler had sunk.",
                     "Pedro Castillo Gutierrez said in his report that the trawler had sunk.",
                     "The Lima Times said in a report that the trawler had sunk."):
        assert [p for _, p, _ in reports(run(sentence, published="2020-02-11"))
                if p and ("Andean" in p or "Castillo" in p or "Times" in p)] == [], sentence


def test_a_report_another_body_published_is_not_the_speakers():   # a guard: "published by" names the publisher
    result = run("The Andean Observatory for Migration and Labour (OAML) said a report published by the World Bank found "
                 "that remittances had doubled.", published="2022-06-30")
    assert [p for _, p, _ in reports(result)] == ["World Bank"]


# ---------------------------------------------------------------- acronyms

def test_a_body_cited_by_an_acronym_the_article_spelled_out_is_known_by_both_names():
    result = run("The state-owned Caribbean Ports Authority (CPA) will run the new terminal. Cargo rose by a third last "
                 "year, the CPA said in a statement.", published="2021-02-03")
    cited = {s.source.key: s.source for s in result.statements}
    assert [a.label for a in cited.values()] == ["CPA"]
    assert result.aliases[next(iter(cited))] == {"Caribbean Ports Authority"}
    assert next(iter(cited)) in {o.key for o in result.organizations}


def test_an_acronym_never_spelled_out_gets_no_other_name():   # a guard
    result = run("Cargo rose by a third last year, the CPA said in a statement.", published="2021-02-03")
    assert all(not result.aliases.get(s.source.key) for s in result.statements)


def test_the_body_that_said_something_in_a_report_publishes_it():
    result = run("Thousands have fled the valley since January, according to the UN humanitarian coordination office "
                 "OCHA, which said in a situation report on Friday that many were sleeping in schools.",
                 published="2020-02-21")
    assert [p for _, p, _ in reports(result)] == ["United Nations Office for the Coordination of Humanitarian Affairs"]


def test_a_body_named_after_its_state_publishes_the_analysis_by_it():
    result = run("A 2021 analysis by the Chile Ocean Watch Initiative (COWI), a Valparaíso-based charity, recorded "
                 "dozens of incursions by foreign trawlers.", published="2022-03-01")
    assert reports(result) == [(None, "Chile Ocean Watch Initiative", 2021)]


def test_a_study_published_or_commissioned_on_a_date_by_a_body_is_that_bodys():
    for sentence, body, year in (
            ("A satellite imagery analysis published in May 2021 by the Pacific Maritime Transparency Initiative "
             "showed new piers.", "Pacific Maritime Transparency Initiative", 2021),
            ("An environmental study commissioned in 2007 by the Inter-American Development Bank concluded that the "
             "dam was safe.", "Inter-American Development Bank", 2007)):
        assert reports(run(sentence, published="2022-03-01")) == [(None, body, year)], sentence


def test_the_index_told_of_again_with_its_publisher_is_one_report():
    result = run("Mali is the country most affected by drought, according to the Sahel Water Index 2024. The index, "
                 "published on Thursday by the Dakar Institute for Water Studies, found that rainfall fell by a third.",
                 published="2024-03-01")
    assert reports(result) == [("Sahel Water Index 2024", "Dakar Institute for Water Studies", 2024)]


# ---------------------------------------------------------------- page noise

def test_the_headlines_under_read_next_or_up_next_are_other_articles():
    from kg.extract import extract
    from kg.sources import parse_article
    for heading in ("Read next", "Up next"):
        page = ("Brazil and Argentina sign gas pipeline deal\nJune 12, 2024\n\nBrazil and Argentina signed an agreement "
                "on Wednesday to build a gas pipeline, officials said.\n\n" + heading + "\nChile, Peru agree to boost "
                "lithium cooperation\nMexico says tariffs will hurt trade\n")
        found = {a.key for a, _ in extract(parse_article(page, "t.txt")).states}
        assert found == {"BRA", "ARG"}, heading


# ---------------------------------------------------------------- meetings at a game

def test_leaders_named_meeting_at_a_game_met_and_the_next_clause_is_read_too():
    result = run("Egyptian Foreign Minister Sameh Shoukry spoke on Tuesday. Erdogan and Egyptian President Abdel Fattah "
                 "el-Sisi met at the opening of the World Cup in Qatar in November, and Shoukry visited Turkey in "
                 "February after the earthquake.", published="2023-07-04")
    assert {(frozenset(p.key for p in m.participants), m.date) for m in result.meetings} == {
        (frozenset({"EGY", "TUR"}), "2022-11"), (frozenset({"EGY", "TUR"}), "2023-02")}


def test_teams_that_met_at_a_tournament_held_no_meeting():   # a guard
    for sentence in ("Brazil met Argentina in the World Cup semi-final in Doha on Tuesday.",
                     "Japan and South Korea met in the final of the Asian championship in Bangkok on Sunday."):
        assert run(sentence, published="2022-12-15").meetings == [], sentence


def test_a_sites_sections_joined_by_bars_are_no_headline():
    from kg.sources import parse_article
    page = "News|Israel-Palestine conflict\nGaza truce agreed in Cairo\nMay 2, 2024\n\nEgypt and Qatar said a truce was agreed.\n"
    assert parse_article(page, "t.txt").title == "Gaza truce agreed in Cairo"
    for headline in ("Analysis | Why Egypt matters", "Egypt|Kenya pact signed"):   # guards: headlines with a bar
        page = headline + "\nMay 2, 2024\n\nEgypt and Kenya signed a pact.\n"
        assert parse_article(page, "t.txt").title == headline


# ---------------------------------------------------------------- wire pages

def test_a_role_named_before_its_people_is_a_credit():
    from kg.credits import credit_line
    assert [(c.name, c.role) for c in credit_line("Editor: Liu Mei")] == [("Liu Mei", "editor")]
    assert [(c.name, c.role) for c in credit_line("Reporters: Ana Li and Bo Wu")] == [("Ana Li", "reporter"),
                                                                                      ("Bo Wu", "reporter")]
    assert [(c.name, c.role) for c in credit_line("Written by Jane Doe")] == [("Jane Doe", "writer")]
    assert credit_line("Editor: The editorial board") is None   # a guard: no person


def test_a_source_line_naming_an_outlet_is_the_publisher_not_one_under_a_chart():
    from kg.sources import parse_article
    body = "\nMay 2, 2024\n\nKenya and Uganda signed a trade pact on Thursday.\n\n"
    assert parse_article("Pact signed" + body + "Source: Al Jazeera and news agencies\n", "t.txt").publisher == "Al Jazeera"
    assert parse_article("Pact signed" + body + "Source: Xinhua\n", "t.txt").publisher == "Xinhua"
    assert parse_article("Pact signed" + body + "Source: World Bank\n\nTrade grew.\n", "t.txt").publisher is None


def test_a_ministry_named_alone_in_a_wire_lead_is_the_datelines_states():
    from kg.extract import extract
    from kg.sources import parse_article
    page = ("S. Korea, Japan restore pact\nMarch 21, 2023\n\nSEOUL, March 21 (Yonhap) -- South Korea and Japan agreed "
            "Tuesday to restore a military intelligence-sharing pact, the defense ministry said.\n")
    assert [s.source.label for s in extract(parse_article(page, "t.txt")).statements] == ["South Korean Defense Ministry"]


# ---------------------------------------------------------------- meetings to come, and talks told again

def meetings(result) -> list[tuple[frozenset, str | None, str | None]]:
    return [(frozenset(p.key for p in m.participants), m.place, m.date) for m in result.meetings]


def test_a_visit_hoped_for_or_meetings_agreed_to_be_pursued_were_not_held():
    for sentence in ("Officials in Seoul said on Tuesday that Moon hoped to make a state visit to China before the end of "
                     "the year.",
                     "The two Koreas agreed to actively pursue trilateral meetings involving the United States, with a view "
                     "to declaring an end to the war this year."):
        assert meetings(run(sentence, published="2017-10-31")) == [], sentence


def test_talks_only_referred_to_again_are_not_the_meetings_sentence():
    result = run("French President Emmanuel Macron and Algerian President Abdelmadjid Tebboune signed a joint declaration "
                 "in Algiers on Saturday. Security in the Sahel also featured in the talks.", published="2022-08-27")
    assert [(m[0], m[1]) for m in meetings(result)] == [(frozenset({"FRA", "DZA"}), "Algiers")]
    assert result.meetings[0].evidence.text.startswith("French President")


def test_one_who_met_two_others_separately_held_two_meetings():
    result = run("Swiss President Karin Keller-Sutter met U.S. Treasury Secretary Scott Bessent and Chinese Vice Premier "
                 "He Lifeng separately in Geneva on Friday.", published="2025-05-12")
    assert sorted(meetings(result), key=str) == sorted([(frozenset({"CHE", "USA"}), "Geneva", "2025-05-09"),
                                                        (frozenset({"CHE", "CHN"}), "Geneva", "2025-05-09")], key=str)


def test_the_state_whose_ambassadors_residence_hosts_the_talks_is_no_side():
    result = run("U.S. and Chinese officials held talks on Saturday at the residence of Switzerland's ambassador to the "
                 "United Nations in Geneva.", published="2025-05-12")
    assert [m[0] for m in meetings(result)] == [frozenset({"USA", "CHN"})]


def test_a_state_councillor_is_a_title_not_a_name():
    result = run("Iranian Foreign Minister Mohammad Javad Zarif received his Chinese counterpart, State Councillor Wang Yi. "
                 "Wang met Ali Larijani, an adviser to Iran's supreme leader, in Tehran on Saturday.", published="2021-03-28")
    assert ("Wang Yi", "State Councillor") in {(p.person.label, p.role) for p in result.people}
    assert any(m.evidence.text.startswith("Wang met") for m in result.meetings)


# ---------------------------------------------------------------- people and credits

def test_a_hyphenated_given_name_ending_in_in_is_kept_whole():
    result = run("President Moon Jae-in agreed to visit Pyongyang in the autumn.", published="2018-04-27")
    assert {p.person.label for p in result.people} == {"Moon Jae-in"}


def test_who_is_in_a_photo_or_a_hyphenated_caption_word_is_no_photographer():
    from kg.sources import parse_article
    for line in ("Photo: Mexican Energy Secretary Rocío Nahle (file) – Presidencia de la República",
                 "Photo: Cross-border workers queue at the frontier between La Línea and Gibraltar – Europa Press"):
        page = "Headline here\n" + line + "\nMay 2, 2024\n\nKenya and Uganda signed a trade pact on Thursday.\n"
        assert parse_article(page, "t.txt").credits == (), line
    page = "Headline here\nPhoto: Ed Jones – AFP\nMay 2, 2024\n\nKenya and Uganda signed a trade pact on Thursday.\n"
    assert [(c.name, c.affiliation) for c in parse_article(page, "t.txt").credits] == [("Ed Jones", "AFP")]   # a guard


def test_kin_chiefs_of_staff_and_directors_named_after_their_role_are_people():
    result = run("Kim was accompanied by his sister Kim Yo Jong. Moon's delegation included his chief of staff Im Jong-seok "
                 "and National Intelligence Service director Suh Hoon.", published="2018-04-27")
    assert {"Kim Yo Jong", "Im Jong-seok", "Suh Hoon"} <= {p.person.label for p in result.people}
    result = run("Marcelo Duarte, director of the Instituto Paraguayo de Estudios Energéticos in Asunción, said the talks "
                 "had failed.", published="2023-04-05")   # a guard: the body after "director of" is no person
    assert "Instituto Paraguayo de Estudios Energéticos" not in {p.person.label for p in result.people}


def test_one_quoted_by_name_and_occupation_is_a_person():
    for sentence, name in (("\"We want our border respected,\" said Giorgos Karatzas, a farmer in the village of Kastanies.",
                            "Giorgos Karatzas"),
                           ("\"Now we can breathe,\" said Ana Ruiz, a cleaner who crosses every morning.", "Ana Ruiz"),
                           ("Kim was accompanied by Kim Yong Chol, the vice-chairman of the party's central committee.",
                            "Kim Yong Chol")):
        assert name in {p.person.label for p in run(sentence, published="2020-03-04").people}, sentence


def test_a_monarch_named_by_one_name_is_a_person_once():
    result = run("In 2013 Tamim signed the Riyadh Agreement with Saudi Arabia's late King Abdullah.", published="2017-06-23")
    assert ("King Abdullah", "Saudi Arabia") in {(p.person.label, p.affiliation and p.affiliation.label) for p in result.people}
    result = run("Emir Tamim bin Hamad Al Thani met Biden. Emir Tamim then flew home. King Salman received Crown Prince "
                 "Mohammed bin Salman.", published="2022-01-31")
    labels = {p.person.label for p in result.people}
    assert "Emir Tamim" not in labels and "King Salman" in labels   # one person named twice; a father and his son
    result = run("Both men received the Order of King Abdulaziz. HMS Queen Elizabeth docked in Tokyo.", published="2018-09-17")
    assert not {p.person.label for p in result.people} & {"King Abdulaziz", "Queen Elizabeth"}   # guards: named after one


def test_a_byline_that_names_a_desk_after_a_bar_credits_its_authors():
    from kg.credits import byline
    assert [c.name for c in byline("Laura Medina and Omar Khalifa | Energy desk")[1]] == ["Laura Medina", "Omar Khalifa"]


# ---------------------------------------------------------------- agreements

def test_they_after_two_states_announced_that_are_those_two():
    result = run("China and South Korea met on Tuesday. South Korea and the United States announced in July 2016 that they "
                 "had agreed to deploy the battery.", published="2017-10-31")
    assert [set(p.key for p in a.parties) for a in result.agreements] == [{"KOR", "USA"}]
    result = run("China and South Korea met on Tuesday. Officials said that they had agreed to resume flights.",
                 published="2017-10-31")   # a guard: no states as the subject
    assert [set(p.key for p in a.parties) for a in result.agreements] == [{"CHN", "KOR"}]


# ---------------------------------------------------------------- sources

def test_a_story_first_published_by_an_outlet_cites_it():
    result = run("The list was handed to Qatari officials by Kuwait, and its contents were first published by the "
                 "Associated Press late on Thursday.", published="2017-06-23")
    assert [label for label, _ in sources(result)] == ["Associated Press"]


def test_the_office_an_official_directs_is_the_source_of_the_statement():
    result = run("Sheikh Saif bin Ahmed Al Thani, director of Qatar's Government Communications Office, said in a statement "
                 "carried by the state-run Qatar News Agency that the list was unfair.", published="2017-06-23")
    assert [label for label, _ in sources(result)] == ["Government Communications Office", "Qatar News Agency"]


def test_a_paper_described_as_run_by_another_is_the_one_that_speaks():
    result = run("The Global Times, a tabloid run by the ruling Communist Party's People's Daily, said in an editorial that "
                 "Seoul should be held to its word.", published="2017-10-31")
    assert [label for label, _ in sources(result)] == ["Global Times"]


def test_an_outlet_told_by_name_is_the_source_and_one_whose_correspondent_wrote_it_the_publisher():
    for outlet in ("Gibraltar Broadcasting Corporation", "Gibraltar Chronicle"):
        result = run(f"\"This is a good day,\" he told the {outlet}.", published="2020-12-31")
        assert [label for label, _ in sources(result)] == [outlet]
    assert sources(run("He told the Gibraltar Chronicle Foundation nothing.", published="2020-12-31")) == []   # a guard
    from kg.credits import byline
    assert byline("Abdirahman Warsame, Horn Courier correspondent")[0] == "Horn Courier"


def test_a_body_forecasting_in_its_outlook_publishes_it():
    result = run("The U.S. Energy Information Administration, in its April Short-Term Energy Outlook released on Tuesday, "
                 "forecast that crude production would fall.", published="2020-04-10")
    assert [(t, p) for t, p, _ in reports(result)] == [("Short-Term Energy Outlook", "U.S. Energy Information Administration")]


def test_more_speakers_and_outlets():
    for sentence, expected in (
            ("The Banco Central de la Republica Argentina (BCRA) said in a statement that the swap would help.",
             ["Banco Central de la Republica Argentina"]),
            ("The military's media wing, Inter-Services Public Relations (ISPR), said its aircraft had struck hideouts.",
             ["Inter-Services Public Relations"]),
            ("\"This claim is not tenable,\" Anurag Srivastava, spokesperson for India's Ministry of External Affairs, said "
             "in a statement on Saturday.", ["Indian Ministry of External Affairs"]),
            ("\"A new stage,\" Ianni told guests, according to a statement from the French general staff.",
             ["French general staff"]),
            ("Most of them have already left, the French armed forces ministry said.", ["French armed forces ministry"]),
            ("\"We are ready to talk,\" he told Rastriya Samachar Samiti (RSS), the national news agency.",
             ["Rastriya Samachar Samiti"]),
            ("\"The swap buys time,\" said Graciela Ortiz, chief economist at Analitica Sur, in an interview with radio "
             "station Mitre.", ["Mitre"])):
        assert [label for label, _ in sources(run(sentence, published="2020-06-13"))] == expected, sentence
    assert sources(run("Talks continued, the Kenyan ministry said.", published="2020-06-13")) == []   # a guard: a ministry
    # named before, not a new one


def test_more_reports_with_their_publishers():
    for sentence, expected in (
            ("In its annual security report for 2023, the Islamabad-based Pakistan Institute for Conflict and Security "
             "Studies counted more militant attacks.", (None, "Pakistan Institute for Conflict and Security Studies", 2023)),
            ("In its National Security Overview 2023, published in March, the Finnish Security and Intelligence Service "
             "(Supo) warned that Russia could seek to pressure Finland.",
             ("National Security Overview 2023", "Finnish Security and Intelligence Service", 2023)),
            ("A paper published this month by the Mogadishu-based Heritage Institute for Policy Studies argued that the "
             "memorandum would need a treaty.", (None, "Heritage Institute for Policy Studies", 2024)),
            ("A report by the bilateral Eminent Persons Group on Nepal-India relations, completed in 2018, recommends "
             "revising the treaty.", (None, "Eminent Persons Group on Nepal-India", 2018))):
        assert reports(run(sentence, published="2024-01-20")) == [expected], sentence


def test_each_leg_of_a_journey_told_with_where_is_its_own_meeting():
    result = run("Somali President Hassan Sheikh Mohamud left Mogadishu on Friday. He travelled to Asmara, where he held talks "
                 "with Eritrean President Isaias Afwerki, and then to Cairo, where President Abdel Fattah al-Sisi received him "
                 "on Sunday.", published="2024-01-22")
    assert {(m[0], m[1]) for m in meetings(result)} == {(frozenset({"SOM", "ERI"}), "Asmara"),
                                                       (frozenset({"SOM", "EGY"}), "Cairo")}


def test_a_domestic_meeting_chaired_talks_asked_for_a_meeting_referred_to_or_teams_playing_are_no_meetings():
    for sentence in ("Iran and Pakistan traded strikes. Prime Minister Anwaar-ul-Haq Kakar chaired a meeting of the National "
                     "Security Committee on January 19.",
                     "India and Nepal are at odds. Nepal had asked New Delhi for foreign secretary-level talks on several "
                     "occasions since November.",
                     "Putin met Aliyev in Dushanbe on Thursday. At the beginning of the meeting, the Russian President "
                     "addressed the crash of the plane on 25 December 2024.",
                     "Under an arrangement reached through the ICC, India and Pakistan play each other at neutral venues in "
                     "events hosted by either country."):
        last = sentence.split(". ")[-1]
        result = run(sentence, published="2025-10-10")
        assert [m for m in result.meetings if m.evidence.text.startswith(last[:20])] == [], sentence
    result = run("Last month, External Affairs Minister S Jaishankar and Foreign Minister Pradeep Kumar Gyawali co-chaired "
                 "the fifth meeting of the Nepal-India Joint Commission in Kathmandu.", published="2020-02-14")
    assert [m[1] for m in meetings(result)] == ["Kathmandu"]   # a guard: a joint commission's meeting is held


def test_a_signing_told_again_by_those_who_signed_is_the_meetings_sentence():
    result = run("Canada and Denmark signed an agreement in Ottawa on Tuesday that divides Hans Island. Foreign Minister "
                 "Melanie Joly and her Danish counterpart, Jeppe Kofod, signed the deal after the two met in the Canadian "
                 "capital.", published="2022-06-15")
    assert len(result.meetings) == 1 and result.meetings[0].evidence.text.startswith("Foreign Minister")
    result = run("Britain and Germany signed a defence agreement in London on Wednesday. The Defence Secretary, John Healey, "
                 "and his German counterpart, Boris Pistorius, put their names to the agreement at the headquarters of the "
                 "lighthouse authority.", published="2024-10-24")
    assert [(m.evidence.text[:15], m.date) for m in result.meetings] == [("The Defence Sec", "2024-10-23")]


def test_an_undated_signing_by_two_is_no_retelling_of_another_pairs_signing():   # a guard
    result = run("Britain and Germany signed a defence agreement in London on Wednesday. The model is the Lancaster House "
                 "treaties that David Cameron and Nicolas Sarkozy signed in London.", published="2024-10-24")
    assert frozenset({"GBR", "FRA"}) in {frozenset(p.key for p in m.participants) for m in result.meetings}


def test_an_intent_to_turn_a_memorandum_into_an_agreement_is_a_planned_agreement():
    result = run("Diplomats in Addis Ababa say Ethiopia and Somaliland intend to turn the memorandum into a formal agreement "
                 "within months.", published="2024-01-20")
    assert [(set(p.key for p in a.parties), a.status) for a in result.agreements] == [({"ETH", "somaliland"}, "planned")]


def test_consultations_between_two_sides_during_which_an_understanding_was_reached_were_held_that_day():
    result = run("Seoul and Beijing agreed on Tuesday to normalise exchanges. The understanding was reached during "
                 "consultations between South Korean and Chinese officials, the ministry said.", published="2017-10-31")
    assert (frozenset({"KOR", "CHN"}), None, "2017-10-31") in meetings(result)


def test_a_state_that_leads_or_backs_a_body_is_no_party_of_what_the_body_signs():
    result = run("The Korean War ended in 1953 with an armistice signed by the US-led United Nations Command, North Korea "
                 "and China.", published="2018-04-27")
    assert [set(p.key for p in a.parties) for a in result.agreements] == [{"PRK", "CHN"}]
    result = run("Tashkent agreed in August to return to the Russian-led Collective Security Treaty Organisation.",
                 published="2006-12-20")
    assert all("RUS" not in {p.key for p in a.parties} for a in result.agreements)


def test_no_agreed_record_of_one_party_reaches_validation_to_take_its_sentence_with_it():
    result = run("Under a deal struck between the EU and Egypt in March 2024, Cairo agreed to curb departures towards Europe "
                 "in exchange for aid.", published="2024-06-01")
    assert [(sorted(p.key for p in a.parties), a.status) for a in result.agreements] == [(["EGY", "european-union"], "agreed")]


def test_a_foreign_policy_chief_named_after_a_comma_is_a_person():
    for sentence, name in (("Clinton sat beside the European Union's foreign policy chief, Javier Solana, as the two "
                            "ministers signed.", "Javier Solana"),
                           ("The deal was brokered by the European Union's foreign policy chief, Catherine Ashton, who "
                            "hosted the two prime ministers.", "Catherine Ashton")):
        assert name in {p.person.label for p in run(sentence, published="2013-04-20").people}, sentence
