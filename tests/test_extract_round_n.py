"""Round N (ninth session), by failure class on samples 001-174: sources named around what is said (the
outlet that carried a body's statement and the body, an outlet told or spoken through, a spokesperson of an
unknown body, a body named beside what it is), reports' publishers named outright, meetings (received,
shook hands, separately, a day apart), agreements (an undertaking's counterpart, partnerships, the kingdom,
groups named for their members, a roundup's sections), and an editor's bracketed given name."""

from extract_helpers import run
from test_extract_round_m import agreements, meetings, sources


def test_a_statement_carried_by_an_agency_has_the_speaker_and_the_agency_as_sources():
    result = run("The Peruvian foreign ministry said in a statement carried by the Andina agency that "
                 "talks would resume in June.")
    assert sources(result) == {"Peruvian Foreign Ministry": "GovernmentBody", "Andina": "NewsAgency"}   # (the agency
    # known since round AA's table of national news agencies)


def test_a_statement_reported_by_a_known_agency_names_both():
    result = run("Chile's foreign ministry said in a statement reported by Xinhua that the visit would go ahead.")
    assert set(sources(result)) == {"Chilean Foreign Ministry", "Xinhua News Agency"}


def test_an_announcement_through_the_state_agency_names_both():
    result = run("Bolivia's foreign ministry issued a short announcement through the state news agency ABI, "
                 "saying its consulate in Arica would reopen.")
    assert sources(result) == {"Bolivian Foreign Ministry": "GovernmentBody", "ABI": "NewsAgency"}


def test_an_outlet_the_speaker_told_is_a_source_known_or_named_after_what_it_is():
    assert sources(run("President Gabriel Boric told the Chilean newspaper El Sur Austral that no date was set.")) == \
        {"El Sur Austral": "NewsOrganization"}
    assert sources(run("Finance Minister Mario Marcel told the Andes Press Agency (APA) that the loan was signed.")) == \
        {"Andes Press Agency": "NewsAgency"}
    assert "Reuters" in sources(run("A senior Chilean official told Reuters that the visit was postponed."))


def test_a_person_told_by_name_is_no_outlet():
    assert sources(run("President Gabriel Boric told Dina Boluarte that the crossing would reopen.")) == {}


def test_a_spokesperson_named_after_an_unknown_body_speaks_for_it():
    result = run('"The route stays open," Chilean Maritime Authority spokesman Pablo Rojas told reporters on Monday.')
    assert sources(result) == {"Chilean Maritime Authority": "Organization"}
    result = run("Peruvian Coast Guard spokeswoman Ana Quispe said two boats had been stopped.")
    assert sources(result) == {"Peruvian Coast Guard": "GovernmentBody"}


def test_a_body_named_beside_what_it_is_is_the_source_in_either_order():
    assert sources(run("Tlatelolco, Mexico's foreign ministry, said in a statement that the envoy was recalled.")) == \
        {"Tlatelolco": "GovernmentBody"}
    assert sources(run("The Chilean navy's press office, DIRINMAR, said two vessels had been sent.")) == \
        {"DIRINMAR": "GovernmentBody"}


def test_a_person_named_beside_what_he_is_is_no_body():
    result = run("Mauricio Jaramillo, a researcher at the Andean Policy Office, said the deal was fragile.")
    assert "Mauricio Jaramillo" not in sources(result)


def test_a_leaders_office_named_by_the_office_held_is_a_source():
    result = run("Peace talks will resume in May, the Iraqi prime minister's media office said in a statement.")
    assert sources(result) == {"Iraqi prime minister's media office": "GovernmentBody"}
    assert sources(run("The Chilean president's office said the visit was cancelled.")) == \
        {"Chilean president's office": "GovernmentBody"}


def test_a_royal_cabinet_is_a_government_body():
    result = run("Morocco's Royal Cabinet said in a statement that the king welcomed the decision.")
    assert sources(result) == {"Royal Cabinet": "GovernmentBody"}


def test_a_cabinet_officer_speaking_in_person_is_no_source():
    assert sources(run("Chief Cabinet Secretary Hiro Tanaka said the envoy would travel to Lima.")) == {}


# ---------------------------------------------------------------- reports and their publishers

def reports(result):
    return [(r.title, r.publisher.label if r.publisher else None, r.year) for r in result.reports]


def test_a_report_published_by_a_body_the_gazetteer_does_not_know_has_it_as_publisher_and_source():
    result = run("The Andean Economic Survey 2019-20, published by the Regional Planning Directorate last June, "
                 "lists Chile as Peru's largest buyer of copper.", published="2020-09-01")
    assert reports(result) == [("Andean Economic Survey 2019-20", "Regional Planning Directorate", 2020)]
    assert sources(result) == {"Regional Planning Directorate": "GovernmentBody"}


def test_a_dated_overview_after_a_plural_possessive_is_a_report():
    result = run("The United Nations' 2024 Humanitarian Needs Overview for Peru, published by the Office for "
                 "Andean Relief, estimates that two million people need help.", published="2024-05-01")
    assert reports(result) == [("2024 Humanitarian Needs Overview", "Office for Andean Relief", 2024)]
    assert "Office for Andean Relief" in sources(result)


def test_a_report_by_a_known_body_keeps_the_known_body():
    result = run("The Peace Index 2023, published by the World Bank in June, ranks Chile first in the region.",
                 published="2023-09-01")
    assert [r[1] for r in reports(result)] == ["World Bank"]


# ---------------------------------------------------------------- meetings: who received whom, and who "he" is

def test_a_leader_named_with_the_arabic_article_is_known_by_the_bare_surname_later():
    result = run("Syrian President Bashar al-Assad spoke on Sunday. Emirati President Mohamed bin Zayed received "
                 "Assad in Abu Dhabi on Monday.", published="2023-05-10")
    assert meetings(result) == [(["ARE", "SYR"], "2023-05-08")]


def test_a_visitor_received_by_a_leader_met_him():
    result = run("Jordanian Foreign Minister Ayman Safadi was received by Bashar al-Assad, who thanked Amman "
                 "for its help, on Tuesday.", published="2023-05-10")
    assert meetings(result) == [(["JOR", "SYR"], "2023-05-09")]


def test_he_who_met_is_the_person_named_before_in_the_sentence():
    result = run("Saudi Foreign Minister Faisal bin Farhan flew to Damascus on Tuesday, where he was received by "
                 "President Bashar al-Assad.", published="2023-04-20")
    assert meetings(result) == [(["SAU", "SYR"], "2023-04-18")]


def test_he_who_only_spoke_after_talks_adds_no_one():
    result = run("Ukrainian President Volodymyr Zelenskiy told reporters after the talks that he wanted India to "
                 "back the plan.", published="2024-08-24")
    assert meetings(result) == []


def test_an_honorific_after_a_role_is_part_of_the_name_not_a_role_of_its_own():
    result = run("Saudi Foreign Minister Prince Faisal bin Farhan arrived in Cairo on Tuesday.")
    assert [(p.person.label, p.role, p.affiliation.key) for p in result.people] == \
        [("Prince Faisal bin Farhan", "Foreign Minister", "SAU")]


def test_a_state_in_a_possessive_aside_is_no_party():
    result = run("Syrian President Bashar al-Assad spoke on Sunday. In March, Saudi Arabia and Iran, Assad's main "
                 "regional backer, agreed to restore relations.", published="2023-05-10")
    assert [sorted(p.key for p in a.parties) for a in result.agreements] == [["IRN", "SAU"]]


def test_a_name_shortened_with_a_dot_does_not_end_the_sentence():
    result = run("The deal grew out of talks between Philippine Foreign Undersecretary Ma. Teresa Lazo and Chinese "
                 "Vice Foreign Minister Chen Bo in Manila on July 2.", published="2024-07-22")
    assert meetings(result) == [(["CHN", "PHL"], "2024-07-02")]


def test_one_who_met_two_separately_had_two_meetings():
    result = run("On Friday Chinese President Xi Jinping held talks with Japan's new prime minister, Shigeru Ishiba, "
                 "and separately met South Korean President Yoon Suk Yeol.", published="2024-11-18")
    assert meetings(result) == [(["CHN", "JPN"], "2024-11-15"), (["CHN", "KOR"], "2024-11-15")]


def test_three_who_met_together_stay_one_meeting():
    result = run("Chinese President Xi Jinping held talks with Japanese Prime Minister Shigeru Ishiba and South "
                 "Korean President Yoon Suk Yeol in Lima on Friday.", published="2024-11-18")
    assert meetings(result) == [(["CHN", "JPN", "KOR"], "2024-11-15")]


def test_an_exchange_on_the_sidelines_of_a_summit_is_a_meeting_an_exchange_of_letters_is_not():
    result = run("Canadian Prime Minister Justin Trudeau had a brief exchange with Prime Minister Narendra Modi on "
                 "the sidelines of the ASEAN summit in Vientiane on Thursday.", published="2024-10-15")
    assert meetings(result) == [(["CAN", "IND"], "2024-10-10")]
    result = run("Canadian Prime Minister Justin Trudeau had an exchange with Prime Minister Narendra Modi by letter "
                 "on Thursday.", published="2024-10-15")
    assert meetings(result) == []


# ---------------------------------------------------------------- agreements

def test_agreed_with_a_state_to_do_something_names_both():
    result = run("Hungary agreed with Chad last year to send about 200 soldiers for a training mission.",
                 published="2024-11-29")
    assert agreements(result) == [(["HUN", "TCD"], "agreed", "2023")]


def test_committed_not_to_is_an_undertaking():
    result = run("Pakistan and Afghanistan held talks in Doha on Saturday. A spokesman said both countries had "
                 "committed not to carry out hostile acts against each other.", published="2025-10-20")
    assert agreements(result) == [(["AFG", "PAK"], "agreed", "2025-10-18")]


def test_an_arrangement_reached_in_quotation_marks_is_agreed():
    result = run('The Philippines and China have reached a "provisional arrangement" for resupply missions, '
                 "Manila said Sunday.", published="2024-07-22")
    assert agreements(result) == [(["CHN", "PHL"], "agreed", "2024-07-21")]


def test_under_an_arrangement_between_two_states():
    result = run("Fans will fly directly to Doha under an arrangement between Israel and Qatar, the body announced "
                 "on Thursday.", published="2022-11-12")
    assert agreements(result) == [(["ISR", "QAT"], "agreed", "2022-11-10")]
    result = run("Fans travel under an agreement between Israel and Qatar signed in 2019.")
    assert agreements(result) == [(["ISR", "QAT"], "signed", "2019")]


def test_leaders_who_watched_their_governments_sign():
    result = run("Chinese President Xi Jinping and Peruvian President Dina Boluarte on Thursday watched their "
                 "governments sign a protocol on trade.", published="2024-11-18")
    assert agreements(result) == [(["CHN", "PER"], "signed", "2024-11-14")]


def test_a_second_instrument_with_its_own_year_after_and():
    result = run("Spain and Morocco signed a treaty of friendship in Rabat in 1991, and a readmission agreement on "
                 "migrants in Madrid in 1992.")
    assert agreements(result) == [(["ESP", "MAR"], "signed", "1991"), (["ESP", "MAR"], "signed", "1992")]
    result = run("Spain and Morocco signed a treaty of friendship in 1991, and the agreement was revised in 1992.")
    assert agreements(result) == [(["ESP", "MAR"], "signed", "1991")]


def test_an_undertaking_names_its_counterpart_in_its_own_clause():
    result = run("Turkish Foreign Minister Hakan Fidan said on Monday that Ankara had agreed to supply Egypt with "
                 "drones.", published="2024-08-10")
    assert agreements(result) == [(["EGY", "TUR"], "agreed", "2024-08-05")]
    result = run("Colombia agreed late on Sunday to accept deportation flights from the United States, hours after "
                 "President Donald Trump ordered tariffs against Bogota.", published="2025-01-28")
    assert agreements(result) == [(["COL", "USA"], "agreed", "2025-01-26")]


def test_a_state_named_only_as_a_companys_nationality_is_no_counterpart():
    result = run("Australia agreed last June to pay the French shipbuilder Naval Group 555m euros in compensation.",
                 published="2024-05-15")
    assert [a for a in agreements(result) if "FRA" in a[0]] == []


def test_a_state_after_the_undertakings_clause_is_no_counterpart():
    result = run("Colombia agreed on Sunday to accept deportation flights, hours after Washington threatened tariffs.",
                 published="2025-01-28")
    assert [a for a in agreements(result) if "USA" in a[0]] == []


# ---------------------------------------------------------------- roundups and whom "the two" are

def test_a_numbered_section_of_a_roundup_has_its_own_two_countries():
    body = ("1. Ankara and Cairo mend ties\n\nTurkey and Egypt signed a joint declaration in Cairo on Wednesday. "
            "Turkish President Recep Tayyip Erdogan and Egyptian President Abdel Fattah al-Sisi held talks. "
            "Turkey and Egypt agreed to raise trade to $15 billion.\n\n"
            "2. Modi in the Gulf\n\nIndia and the United Arab Emirates signed an investment treaty in Abu Dhabi "
            "on Tuesday.\n\nThe two countries' partnership agreement, signed in February 2022, has been in force "
            "since May that year.")
    result = run(body, published="2024-02-17")
    assert (["ARE", "IND"], "signed", "2022-02") in agreements(result)
    assert not [a for a in agreements(result) if a[2] == "2022-02" and a[0] != ["ARE", "IND"]]


def test_the_two_leaders_after_a_meeting_are_those_who_met():
    result = run("Chinese President Xi Jinping and Peruvian President Dina Boluarte held talks in Lima on Thursday. "
                 "Later, Xi met U.S. President Joe Biden on Saturday in Lima. The two leaders agreed that decisions "
                 "on nuclear weapons should stay under human control.", published="2024-11-18")
    assert [a[0] for a in agreements(result)] == [["CHN", "USA"]]


def test_ties_raised_to_a_partnership_are_agreed():
    result = run("Manila and Hanoi raised their relationship to a strategic partnership in November 2015.")
    assert agreements(result) == [(["PHL", "VNM"], "agreed", "2015-11")]
    result = run("Chile and Peru met in Lima. The two countries upgraded their ties to a comprehensive strategic "
                 "partnership in November 2023.", published="2024-05-10")
    assert (["CHL", "PER"], "agreed", "2023-11") in agreements(result)


def test_ties_that_merely_grow_are_no_agreement():
    result = run("Trade between Chile and Peru grew quickly, and their ties deepened in 2023.")
    assert agreements(result) == []


def test_officials_who_shook_hands_somewhere_met():
    result = run("Iranian security chief Ali Shamkhani and Saudi national security adviser Musaed al-Aiban shook "
                 "hands in the Chinese capital on Friday.", published="2023-03-12")
    assert meetings(result) == [(["IRN", "SAU"], "2023-03-10")]


def test_a_leader_who_welcomed_another_at_a_palace_met_him():
    result = run("Philippine President Ferdinand Marcos told President Vo Van Thuong, who welcomed him at the "
                 "Presidential Palace on Tuesday, that Vietnam remained a partner.", published="2024-01-31")
    assert meetings(result) == [(["PHL", "VNM"], "2024-01-30")]


def test_delegations_that_never_met_face_to_face_did_not_meet():
    result = run("The delegations of Israel and Lebanon never met face to face in Naqoura on Thursday.",
                 published="2022-10-28")
    assert meetings(result) == []


def test_talks_and_a_signing_a_day_apart_are_one_visit():
    result = run("Chilean President Gabriel Boric held talks with Peruvian President Dina Boluarte in Lima on "
                 "Sunday. On Monday, Chile and Peru signed a water agreement in Lima.", published="2024-05-21")
    assert meetings(result) == [(["CHL", "PER"], "2024-05-19")]


def test_a_signing_a_week_after_talks_is_another_meeting():
    result = run("Chilean President Gabriel Boric held talks with Peruvian President Dina Boluarte in Lima on "
                 "May 12. On May 19, Chile and Peru signed a water agreement in Lima.", published="2024-05-21")
    assert meetings(result) == [(["CHL", "PER"], "2024-05-12"), (["CHL", "PER"], "2024-05-19")]


def test_an_untitled_assessment_in_a_sentence_of_its_publisher():
    result = run("The World Bank estimated in an interim damage and loss assessment published this month that the "
                 "conflict had cost Lebanon about $8.5 billion.", published="2024-11-20")
    assert reports(result) == [(None, "World Bank", 2024)]


def test_his_latest_report_is_a_report_of_his_body():
    result = run("In his latest report to the Security Council, U.N. Secretary-General Ban Ki-moon warned that the "
                 "situation remained grave.", published="2012-11-20")
    assert reports(result) == [(None, "United Nations", 2012)]


def test_a_paper_titled_in_quotation_marks():
    result = run('In a paper titled "Andean Trade: A Strategic Approach", published on Thursday, the ministry '
                 "estimated gains.", published="2022-01-20")
    assert [r[0] for r in reports(result)] == ["Andean Trade: A Strategic Approach"]


def test_a_titled_report_that_is_the_subject_of_its_finding():
    result = run("The Andean Development Report 2023 argued that the region could capture more trade.",
                 published="2023-11-20")
    assert reports(result) == [("Andean Development Report 2023", None, 2023)]


def test_a_source_named_later_by_the_end_of_its_name_is_the_same_source():
    result = run("The Andean Daily Journal said in a statement that its reporter was home. According to the Journal, "
                 "the talks resumed on Monday.")
    assert set(sources(result)) == {"The Andean Daily Journal"}


def test_a_day_is_no_source():
    result = run("Chile and Peru agreed to set up a joint council, according to a joint statement released on Monday.")
    assert "Monday" not in sources(result)


def test_talks_that_are_the_first_visit_in_years_are_news():
    result = run("Turkish President Recep Tayyip Erdogan held talks with Egyptian President Abdel Fattah al-Sisi in "
                 "Cairo on Wednesday, his first visit to Egypt since 2012.", published="2024-02-16")
    assert meetings(result) == [(["EGY", "TUR"], "2024-02-14")]


def test_a_first_visit_since_told_again_is_no_new_meeting():
    result = run("It was Erdogan's first visit to Greece since 2017.", published="2023-12-08")
    assert meetings(result) == []


def people_named(result):
    return {p.person.label: p.affiliation.key if p.affiliation else None for p in result.people}


def test_a_given_name_an_editor_put_in_brackets_names_a_known_leader():
    result = run("“Nothing changed in post-[Fidel] Castro Cuba,” the analyst said.")
    assert people_named(result).get("Fidel Castro") == "CUB"


def test_a_bracketed_word_before_an_unknown_name_is_no_person():
    result = run("“The [Andean] Council met,” the analyst said.")
    assert "Andean Council" not in people_named(result)



def test_putting_names_to_the_text_is_the_agreement_told_before():
    from kg.extract import _same_as_before
    from kg.extract.gazetteer import Agent
    from kg.extract.records import AgreementRecord, Evidence
    ita, lby = Agent("state", "ITA", "Italy"), Agent("state", "LBY", "Libya")
    told = AgreementRecord((ita, lby), "signed", "memorandum on migration", "2017-02-02", Evidence(0, 10, "…"), None)
    text = "Gentiloni and al-Sarraj put their names to the text at Palazzo Chigi."
    again = AgreementRecord((ita, lby), "signed", "text at Palazzo Chigi", "2017-02-02", Evidence(20, 90, text), None)
    assert _same_as_before(again, text, [told]).topic == "memorandum on migration"


def test_separate_talks_with_two_leaders_are_two_meetings():
    result = run("U.S. President Joe Biden met Australian Prime Minister Anthony Albanese and British Prime Minister "
                 "Rishi Sunak in San Diego on Monday. Before the announcement, Biden held separate talks with "
                 "Albanese and with Sunak.", published="2023-03-15")
    assert (["AUS", "USA"], "2023-03-13") in meetings(result) and (["GBR", "USA"], "2023-03-13") in meetings(result)


def test_talks_with_one_on_a_day_and_with_another_on_the_next():
    result = run("Singaporean Prime Minister Lee Hsien Loong held talks with North Korean leader Kim Jong Un on "
                 "Sunday evening and with U.S. President Donald Trump on Monday.", published="2018-06-13")
    assert meetings(result) == [(["PRK", "SGP"], "2018-06-10"), (["SGP", "USA"], "2018-06-11")]


def test_the_chancellery_alone_is_the_chancellery_of_the_state_told_of():
    result = run("German Chancellor Olaf Scholz met Uzbek President Shavkat Mirziyoyev in Samarkand on Sunday. "
                 "The two also discussed energy, according to the chancellery.")
    assert sources(result) == {"German Chancellery": "GovernmentBody"}


def test_data_from_a_body_are_the_bodys():
    result = run("Two-way trade was worth about $460 million in 2021, according to data from Chile's central bank.")
    assert sources(result) == {"Chilean Central Bank": "GovernmentBody"}   # a state's body (round T), by both names
    assert "Chile's central bank" in result.aliases["chl-central-bank"]
    result = run("Trade grew by 4%, according to figures from the Andean Statistics Office.")
    assert sources(result) == {"Andean Statistics Office": "GovernmentBody"}


def test_whoever_did_something_saying_so_is_a_source():
    result = run("Lebanese President Michel Aoun spoke on Monday. Aoun's office rejected that reading, saying the "
                 "agreement had no political dimension.")
    assert sources(result) == {"Aoun's office": "GovernmentBody"}


def test_a_company_named_after_where_it_is_listed_is_a_source():
    result = run("London-listed Andes Gas said on Wednesday that it had started production there.")
    assert sources(result) == {"Andes Gas": "Organization"}


def test_projects_is_no_verb_of_saying():
    result = run("Leaders will meet on Friday, after the European Commission proposed to fund projects along the route.")
    assert sources(result) == {}


def test_the_kingdom_is_the_most_salient_kingdom_of_the_article():
    result = run("Saudi Arabia and Pakistan held talks in Riyadh on Monday. Also signed on Monday was a pact under "
                 "which the kingdom will supply Pakistan with crude oil.", published="2019-02-19")
    assert (["PAK", "SAU"], "signed", "2019-02-18") in agreements(result)


def test_the_kingdom_names_no_state_when_no_kingdom_was_told_of():
    result = run("Chile and Peru held talks in Lima on Monday. Also signed on Monday was a pact under which the "
                 "kingdom will supply Peru with crude oil.", published="2019-02-19")
    assert not [a for a in agreements(result) if "SAU" in a[0] or "JOR" in a[0]]
    assert states_named(result) == {"CHL", "PER"}


def states_named(result):
    return {a.key for a, _ in result.states}


# ---------------------------------------------------------------- groups named for their members

def test_a_group_named_for_its_members_makes_each_a_party():
    result = run("India and the four members of the European Free Trade Association signed a trade agreement in "
                 "New Delhi on Sunday.", published="2024-03-12")
    assert agreements(result) == [(["CHE", "IND", "ISL", "LIE", "NOR"], "signed", "2024-03-10")]
    result = run("Poland and the three Baltic states signed a defence pact on Tuesday.", published="2024-03-14")
    assert agreements(result) == [(["EST", "LTU", "LVA", "POL"], "signed", "2024-03-12")]


def test_two_of_a_group_are_not_the_group_and_a_group_is_no_state_of_the_article():
    result = run("Sweden and Finland applied in May. The two Nordic countries signed a memorandum with Turkey on "
                 "Tuesday.", published="2022-06-30")
    assert not [a for a in agreements(result) if "DNK" in a[0] or "ISL" in a[0]]
    result = run("Scholz will meet the leaders of the five Central Asian states in Astana next week.")
    assert states_named(result) == set()   # nor is Astana, a capital named only as a venue
