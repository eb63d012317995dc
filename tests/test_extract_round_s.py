"""Round S (fourteenth session): paraphrases of common phrasings that lost their parties, and what the blind
blocks 295–318 lost."""

from extract_helpers import run, agreements
from test_extract_round_m import meetings
from test_extract_round_r import sources

LEAD = "British Prime Minister Keir Starmer hosted French President Emmanuel Macron in London on Wednesday.\n\n"


def test_an_agreement_agreed_by_two_leaders_in_the_passive():
    for sentence in ("The scheme was agreed by Keir Starmer and Emmanuel Macron on Thursday.",
                     "The pilot scheme was agreed on Thursday by Starmer and Macron.",
                     "Migrants will be returned under a pilot scheme agreed today by Starmer and Macron.",
                     "The treaty, agreed by Britain and France on Thursday, starts next month.",
                     "A deal agreed between Britain and France on Thursday starts next month.",
                     "The returns deal was agreed last week between London and Paris."):
        found = agreements(run(LEAD + sentence, published="2025-07-11"))
        assert ({"FRA", "GBR"}, "agreed") in [(parties, status) for parties, status, _ in found], sentence


def test_agreed_by_does_not_read_the_parties_as_part_of_the_trigger():   # a guard of the older "agreed … on" pattern
    found = agreements(run("The treaty, agreed by Britain and France on Thursday, starts next month.",
                           published="2025-07-11"))
    assert found == [({"FRA", "GBR"}, "agreed", "2025-07-10")]


def test_what_was_agreed_by_one_body_alone_has_no_second_party():   # a guard
    assert agreements(run("The budget was agreed by the Italian parliament on Thursday.", published="2025-07-11")) == []


def test_the_prime_minister_is_the_one_the_article_named():
    found = agreements(run(LEAD + "The Prime Minister and the French President signed the declaration on Thursday.",
                           published="2025-07-11"))
    assert ({"FRA", "GBR"}, "signed", "2025-07-10") in found


def test_a_title_that_two_states_officials_hold_names_neither():   # a guard
    result = run("French President Emmanuel Macron met Brazilian President Luiz Inácio Lula da Silva in Belém on "
                 "Tuesday.\n\nThe president and Chinese Premier Li Qiang signed a trade pact on Thursday.",
                 published="2025-07-11")
    assert not [a for a in agreements(result) if "CHN" in a[0] and len(a[0]) == 2]


def test_an_outlet_named_again_by_its_last_word_is_the_one_named_in_full():
    result = run("German Chancellor Olaf Scholz arrived in Ankara on Monday.\n\n"
                 "The Wall Street Journal said in a statement that it welcomed the release.\n\n"
                 "According to the Journal, Biden pressed Scholz on the deal when the chancellor visited the White "
                 "House in February.", published="2024-08-02")
    assert sources(result) == ["The Wall Street Journal"]
    assert [m.source.label for m in result.meetings if m.source] == ["The Wall Street Journal"]


def test_a_weekday_in_the_possessive_dates_what_it_names():
    result = run("At Tuesday's summit, Lula and Petro signed a trade pact.", published="2024-03-10")
    assert agreements(result) == [({"BRA", "COL"}, "signed", "2024-03-05")]
    assert meetings(run("During Monday's meeting in Brasilia, Lula and Petro discussed the Amazon.",
                        published="2024-03-10")) == [(["BRA", "COL"], "2024-03-04")]


def test_a_named_day_in_the_possessive_is_no_date():   # a guard
    from kg.extract.dates import find_dates
    import datetime as dt
    assert find_dates("Black Monday's crash and Good Friday's agreement", dt.date(2024, 3, 10)) == []


VISIT = "Ethiopian Prime Minister Abiy Ahmed arrived in Nairobi on Sunday for a two-day state visit.\n\n"


def test_more_verbs_of_signing_and_agreeing():
    cases = {"Nairobi and Addis Ababa also penned a deal on power exports.": "signed",
             "Kenya and Ethiopia struck an accord on Monday.": "signed",
             "Kenya and Ethiopia exchanged memoranda of understanding on power.": "signed",
             "Kenya and Ethiopia firmed up a power deal on Monday.": "agreed",
             "Kenya and Ethiopia forged an agreement on power.": "agreed",
             "Kenya and Ethiopia reached consensus on power trade.": "agreed",
             "Kenya and Ethiopia came to terms on power trade.": "agreed",
             "Kenya and Ethiopia agreed terms for a power deal.": "agreed",
             "Kenya and Ethiopia endorsed a power deal.": "agreed"}
    for sentence, status in cases.items():
        found = agreements(run(VISIT + sentence, published="2024-03-10"))
        assert [(parties, s) for parties, s, _ in found] == [({"ETH", "KEN"}, status)], sentence


def test_a_letter_penned_or_a_plant_struck_is_no_agreement():   # guards
    for sentence in ("Ruto penned a letter to Abiy on Monday.",
                     "A drone struck a power plant in Ethiopia covered by the deal.",
                     "The six powers plan to put a resolution endorsing the deal to the Security Council."):
        assert agreements(run(VISIT + sentence, published="2024-03-10")) == [], sentence


def test_the_countries_are_the_two_the_reader_has_in_mind():
    found = agreements(run(VISIT + "The countries also committed to completing the Lamu corridor.",
                           published="2024-03-10"))
    assert [(parties, s) for parties, s, _ in found] == [({"ETH", "KEN"}, "agreed")]


def test_agreements_with_two_states_respectively_belong_to_the_state_named_after_them():
    sentence = ("The free trade agreements with Australia and New Zealand, signed in December 2021 and February 2022 "
                "respectively, are the first trade deals Britain has negotiated from scratch.")
    assert sorted(agreements(run(sentence, published="2023-07-17")), key=lambda a: sorted(a[0])) == [
        ({"AUS", "GBR"}, "signed", "2021-12"), ({"GBR", "NZL"}, "signed", "2022-02")]


def test_or_to_the_state_the_article_is_about():
    result = run("Britain joined the trans-Pacific trade pact on Sunday, its trade secretary said.\n\n"
                 "The free trade agreements with Australia and New Zealand, signed in December 2021 and February "
                 "2022 respectively, were the first of their kind.", published="2023-07-17")
    assert ({"AUS", "GBR"}, "signed", "2021-12") in agreements(result)
    assert ({"GBR", "NZL"}, "signed", "2022-02") in agreements(result)


def reports(text: str):
    return [(r.title, r.publisher.label if r.publisher else None, r.year)
            for r in run(text, published="2024-03-10").reports]


def test_a_title_given_after_the_reports_author():
    assert reports('A new report by Human Rights Watch, titled "They Don\'t See Us as People," documents abuses.') == [
        ("They Don't See Us as People", "Human Rights Watch", None)]


def test_a_known_bodys_initials_before_an_untitled_report():
    assert reports("A confidential IAEA report seen by Reuters showed Iran had enriched uranium to 60%.") == [
        (None, "International Atomic Energy Agency", 2024)]


def test_a_news_outlets_report_or_a_survey_ship_is_no_document():   # guards
    assert reports("A Reuters report said the talks had stalled.") == []
    assert reports("A Turkish survey ship searched for gas off Crete, NATO said.") == []


def test_an_annual_title_published_by_its_author():
    assert reports("The annual Military Balance, published by the International Institute for Strategic Studies, "
                   "estimated Russia's losses.") == [("Military Balance", "International Institute for Strategic Studies", None)]


def test_the_year_stated_before_an_untitled_report_is_its_edition():
    assert reports("A 2022 report by the Congressional Research Service said the deal was legal.") == [
        (None, "Congressional Research Service", 2022)]


def test_a_statement_confirmed_or_announced_by_a_body():
    assert sources(run("The deal was confirmed by Ethiopia's foreign ministry on Monday.")) == ["Ethiopian Foreign Ministry"]
    assert sources(run("The news was confirmed by the Kenyan Ministry of Energy.")) == ["Kenyan Energy Ministry"]


def test_an_outlet_named_with_how_it_is_run_or_before_what_it_is():
    assert sources(run("Ethiopia's state-run Fana Broadcasting Corporate reported the deal on Tuesday.")) == [
        "Fana Broadcasting Corporate"]
    assert sources(run("The Nation newspaper, citing unnamed officials, said the deal included power.")) == ["The Nation"]


def test_newspapers_of_a_kind_are_no_outlet():   # a guard
    assert sources(run("Hardline newspapers called Britain an old enemy, and protesters gathered.")) == []


def people(text: str):
    return [(p.person.label, p.affiliation.label if p.affiliation else None) for p in run(text).people]


def test_a_cabinet_secretary_is_an_office_not_a_person():
    assert people("Kenya's Cabinet Secretary for Foreign Affairs Musalia Mudavadi signed for Nairobi.") == [
        ("Musalia Mudavadi", "Kenya")]


def test_a_research_firm_is_no_person():
    assert people("Analysts such as Rashid Abdi of Sahan Research said the deal was a gamble.") == [
        ("Rashid Abdi", "Sahan Research")]


def published(top: str) -> str | None:
    from kg.sources import parse_article
    article = parse_article(f"Korea and Japan agree to restore visits\n\n{top}\n\nSouth Korea and Japan agreed on Thursday "
                            "to restore visits, officials said.\n\nThe two sides last met on 3 May 2018.\n", "x.txt")
    return article.published.isoformat() if article.published else None


def test_date_lines_of_real_pages_that_a_blind_block_lost_whole_articles_to():
    assert published("By A. Writer, Staff Reporter\nThe Gulf Chronicle — Wednesday, 6 January 2021 (22 Jumada "
                     "Al-Awwal 1442)") == "2021-01-06"
    assert published("Pan-African Press Agency\nPublished 29.01.2024 at 09:14 GMT | Updated 29.01.2024 at 11:40 GMT") \
        == "2024-01-29"
    assert published("By A. Writer\n\nPosted : 2018-01-18 09:12 | Updated : 2018-01-18 11:40") == "2018-01-18"
    assert published("Jane Doe · June 5, 2023") == "2023-06-05"


def test_a_wire_dateline_with_the_year_dates_the_article_and_is_a_dateline():
    from kg.sources import parse_article
    article = parse_article("Korea and Japan agree\n\nBy A. Writer\n\nTOKYO, March 16, 2023 (Asia-Pacific Newswire) — "
                            "South Korea and Japan agreed on Thursday to restore visits.\n", "x.txt")
    assert article.published.isoformat() == "2023-03-16"
    assert article.text[slice(*article.dateline)] == "TOKYO, March 16, 2023 (Asia-Pacific Newswire) — "


def test_a_date_in_the_story_is_not_the_date_of_the_article():   # a guard: still refused, as before
    assert published("") is None
    from kg.sources import parse_article
    assert parse_article("Korea and Japan agree\n\nOn March 3, 2003, Japan and Korea met in Tokyo.\n", "x.txt").published is None


def test_a_state_that_chairs_a_session_is_no_mediator_of_the_meetings_after():
    result = run("The decision was taken at a closed-door session in Cairo chaired by Egyptian Foreign Minister Sameh "
                 "Shoukry.\n\nIt followed a meeting in Amman on May 1 of the foreign ministers of Jordan, Saudi Arabia, "
                 "Iraq, Egypt and Syria.", published="2023-05-07")
    assert (["EGY", "IRQ", "JOR", "SAU", "SYR"], "2023-05-01") in meetings(result)


def test_a_somali_president_goes_by_his_given_names():
    result = run("Somali President Hassan Sheikh Mohamud condemned the memorandum.\n\nIn October, Hassan Sheikh "
                 "travelled to Asmara for a summit with President Isaias Afwerki of Eritrea.", published="2024-12-11")
    assert (["ERI", "SOM"], "2024-10") in meetings(result)


def test_trips_called_off_meetings_at_an_early_date_ship_visits_and_running_talks_are_no_meetings():
    lead = "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan on Monday.\n\n"
    for sentence in ("The ruling led Mr. Morales to call off a trip to Washington scheduled for the next day.",
                     "The two leaders directed that their envoys meet at an early date, Misri told reporters in Kazan.",
                     "The draft would allow China to make ship visits to the Solomon Islands.",
                     "Japanese officials have also been holding talks with Britain, officials in Tokyo said."):
        assert meetings(run(lead + sentence, published="2024-03-10")) == [(["CHN", "IND"], "2024-03-04")], sentence


def test_a_counted_group_restores_relations_with_the_state_named_after_it():
    result = run("Saudi Arabia, the UAE, Bahrain and Egypt imposed a boycott on Qatar in June 2017.\n\n"
                 "Faisal bin Farhan said the four boycotting countries had agreed to restore full diplomatic relations "
                 "with Doha.", published="2021-01-06")
    assert [parties for parties, _, _ in agreements(result)] == [{"ARE", "BHR", "EGY", "QAT", "SAU"}]


def test_the_year_of_a_treaty_named_in_what_was_agreed_does_not_date_the_agreement():
    result = run("Brazil and Paraguay agreed on a new Itaipu tariff on Tuesday.\n\nIn a joint statement, the two "
                 "governments also committed to concluding the revision of Annex C of the 1973 Itaipu Treaty by "
                 "31 December 2024.", published="2024-05-07")
    assert all(date != "1973" for _, status, date in agreements(result) if status == "agreed")
    assert ({"BRA", "PRY"}, "signed", "1973") in agreements(result)   # the treaty itself (round W)


def test_a_state_in_a_participle_aside_between_subject_and_verb_is_no_party():
    result = run("In August, Egypt, locked in its own long dispute with Ethiopia over the dam on the Nile, signed a "
                 "military cooperation protocol with Somalia in Cairo.", published="2024-12-11")
    assert agreements(result) == [({"EGY", "SOM"}, "signed", "2024-08")]


def test_a_participle_after_the_verb_or_before_a_relative_keeps_its_states():   # guards
    found = agreements(run("Armenia withdrew its bid to host the climate conference, clearing the way for Azerbaijan, "
                           "which in turn pledged to back Armenia's candidacy.", published="2023-12-08"))
    assert ({"ARM", "AZE"}, "agreed") in [(parties, status) for parties, status, _ in found]


def test_the_subject_of_a_second_clause_is_the_party():
    result = run("The United Arab Emirates reopened its embassy in Damascus in 2018, and Tunisia and Syria agreed "
                 "last month to reopen their respective embassies.", published="2023-05-07")
    assert agreements(result) == [({"SYR", "TUN"}, "agreed", "2023-04")]


def test_a_list_of_names_before_the_last_is_no_clause_of_its_own():   # guards
    assert agreements(run("Egypt, Sudan, and Ethiopia signed a water deal on Monday.", published="2023-05-07")) == [
        ({"EGY", "ETH", "SDN"}, "signed", "2023-05-01")]
    found = agreements(run("Panama followed in June 2017, and the Dominican Republic and El Salvador established "
                           "diplomatic ties with China in 2018.", published="2021-12-10"))
    assert {"CHN", "PAN"} in [parties for parties, _, _ in found]


def test_a_signing_told_in_a_participle_after_what_was_agreed():
    result = run("Guatemala agreed on Friday to require migrants to seek asylum there first, signing an accord with the "
                 "United States in the Oval Office.", published="2019-07-27")
    assert ({"GTM", "USA"}, "signed", "2019-07-26") in agreements(result)


def test_the_other_party_of_an_ended_forces_agreement_is_the_state_whose_troops_it_let_in():
    result = run("Niger's military rulers on Saturday revoked the agreement that allowed American troops to operate "
                 "in the country, dealing a blow to Washington.", published="2024-03-17")
    assert agreements(result) == [({"NER", "USA"}, "denied", "2024-03-16")]


def test_troops_named_after_the_instrument_words_name_no_party():   # a guard
    result = run("Niger revoked the agreement on Saturday, dealing a blow to French troops.", published="2024-03-17")
    assert agreements(result) == [({"NER"}, "denied", "2024-03-16")]


def names(text: str, published: str = "2024-03-10"):
    return sorted(p.person.label for p in run(text, published=published).people)


def test_a_surname_after_a_courtesy_title_is_the_person_named_in_full():
    assert names("Japanese Prime Minister Fumio Kishida arrived in Canberra.\n\n"
                 "Mr Kishida said the pact was historic, and Mr. Lapid agreed.") == ["Fumio Kishida", "Lapid"]
    assert names("North Korean leader Kim Jong Un met Trump.\n\nMr Kim said the talks went well, and Mr. Lee agreed.") == [
        "Kim Jong Un", "Lee"]


def test_a_parliamentary_style_is_no_part_of_the_name():
    assert names("The treaty was signed by Foreign Minister Hon Julie Bishop MP in New York.") == ["Julie Bishop"]


def test_studies_streets_and_treaties_are_no_people():   # not_person_words
    assert names("Political analyst Dragan Perić of the Belgrade Centre for Eurasian Studies said the visit mattered. "
                 "Downing Street said the numbers would rise.") == ["Dragan Perić"]


def test_state_media_named_by_demonym_is_a_source():
    assert sources(run("Beijing was prepared to expand cooperation in trade, Chinese state media reported.")) == [
        "Chinese state media"]


def test_the_body_a_named_spokesman_speaks_for():
    assert sources(run("Colonel Amadou Abdramane, spokesman for the ruling National Council for the Safeguard of the "
                       "Homeland (CNSP), said the government denounced the accord.")) == [
        "National Council for the Safeguard of the Homeland"]


def test_a_ministry_of_a_place_that_is_no_state_and_a_party():
    assert sources(run("According to the Gaza health ministry, run by Hamas, more than 8,500 people have been killed.")) == [
        "Gaza health ministry"]
    assert sources(run("The Congress party said in a statement that the government must consult Parliament.")) == [
        "Congress party"]


def test_a_person_of_a_body_or_a_pronouns_ministry_is_no_source():   # guards
    assert sources(run("Chhay Sothea of the Mekong Policy Centre said the truce was fragile.")) == []
    assert sources(run("Its foreign ministry said the truce was fragile.")) == []


def test_untitled_reports_with_a_qualifier_before_their_kind():
    assert reports("A World Bank damage assessment published in March estimated the damage at $34 billion.") == [
        (None, "World Bank", 2024)]
    assert reports("The Pentagon's most recent annual report on Chinese military power projected 1,500 warheads.") == [
        (None, "Pentagon", 2024)]


def test_hosting_troops_or_games_and_conditions_met_are_no_meetings():
    lead = "Russian President Vladimir Putin and Chinese President Xi Jinping spoke by phone.\n\n"
    for sentence in ("Colombia has hosted U.S. military advisers since the launch of Plan Colombia in 2000.",
                     "Italy's agriculture minister said the conditions for approval had not been met.",
                     "China met its growth target in 2023, Russia said."):
        assert meetings(run(lead + sentence, published="2024-03-10")) == [], sentence


def test_a_leader_met_by_another_at_the_airport_met_him():   # a guard of the passive
    result = run("Russian President Vladimir Putin and Chinese President Xi Jinping spoke.\n\nPutin was met by Xi at "
                 "the airport on Monday.", published="2024-03-10")
    assert meetings(result) == [(["CHN", "RUS"], "2024-03-04")]


def test_a_list_of_officials_holds_the_office_for_a_list_of_states_in_turn():
    result = run("The ministers of defence of Estonia, Latvia and Lithuania, Hanno Pevkur, Andris Sprūds and Arvydas "
                 "Anušauskas, met in Riga today.\n\nAnušauskas and German Defence Minister Boris Pistorius signed a "
                 "roadmap for the deployment in Vilnius on 18 December.", published="2024-01-19")
    assert sorted((p.person.label, p.affiliation.key) for p in result.people if p.affiliation) == [
        ("Andris Sprūds", "LVA"), ("Arvydas Anušauskas", "LTU"), ("Boris Pistorius", "DEU"), ("Hanno Pevkur", "EST")]
    assert ({"DEU", "LTU"}, "signed", "2023-12-18") in agreements(result)


def test_a_list_that_does_not_pair_up_names_no_one_for_a_state():   # a guard
    result = run("The foreign ministers of Egypt, Jordan and Iraq, Sameh Shoukry and Ayman Safadi, met in Baghdad.",
                 published="2024-01-19")
    assert not [p for p in result.people if p.person.label == "Ayman Safadi" and p.affiliation
                and p.affiliation.key == "JOR" and p.role == "foreign minister"]


def test_a_state_in_talks_with_another_about_something_plans_an_agreement():
    assert agreements(run("Slovakia is also in talks with Washington about a new unit at Jaslovské Bohunice.")) == [
        ({"SVK", "USA"}, "planned", None)]
    assert agreements(run("Slovakia is in talks with Washington.")) == []   # a guard: talks about nothing named


def test_states_close_to_a_deal_plan_one():
    assert agreements(run("Kenya and Ethiopia are close to a power deal.")) == [({"ETH", "KEN"}, "planned", None)]
    assert agreements(run("The border is close to the treaty line Kenya and Ethiopia drew.")) == []   # a guard


def test_a_states_name_that_is_also_a_given_name_starts_a_persons_name():
    assert names('"It will be judged on whether it works," said Jordan Pickering, a research fellow at the Centre '
                 'for Pacific Governance in Suva.') == ["Jordan Pickering"]
    assert names("Georgia Tech signed a deal with Jordan, Chad Smith said.") == ["Chad Smith"]


def test_what_happens_before_another_clause_is_not_of_the_meeting():
    result = run("Egyptian President Abdel Fattah al-Sisi hosted Indian Prime Minister Narendra Modi on Wednesday.\n\n"
                 "He met Brazil's President Luiz Inácio Lula da Silva in Cairo on Thursday, before Lula flew on to "
                 "Addis Ababa.", published="2024-03-10")
    assert (["BRA", "EGY"], "2024-03-07") in meetings(result)
    assert not [m for m in meetings(result) if "ETH" in m[0]]


def test_though_and_once_open_clauses_of_their_own():
    result = run("Iranian President Ebrahim Raisi arrived in Islamabad on Monday, putting the Iran-Pakistan gas pipeline "
                 "back in the spotlight even though it was not among the deals signed on the first day.",
                 published="2024-04-25")
    assert agreements(result) == []
    result = run("Swiss Economy Minister Guy Parmelin said Swiss watch makers would compete in Brazil and Argentina "
                 "once the deal takes effect.", published="2024-04-25")
    assert agreements(result) == []


def test_the_combining_forms_of_a_pair_name_its_states():
    for sentence, pair in (("The Sino-Russian treaty was signed in 2001.", {"CHN", "RUS"}),
                           ("The Russian-Chinese treaty of friendship was signed in 2001.", {"CHN", "RUS"}),
                           ("The Franco-German treaty was signed at Aachen in 2019.", {"DEU", "FRA"}),
                           ("The Indo-Pakistani ceasefire agreement was reached in 2003.", {"IND", "PAK"})):
        assert [parties for parties, _, _ in agreements(run(sentence))] == [pair], sentence


def test_combining_forms_elsewhere_name_no_state():   # guards
    from extract_helpers import states
    assert states(run("Japan and India discussed the Indo-Pacific and the Anglo-Saxon press.")) == {"IND", "JPN"}
    assert states(run("Franco ruled Spain until 1975.")) == {"ESP"}
    assert agreements(run("A French-designed jet flew over German soil.")) == []


def test_to_become_members_is_no_membership_of_anyone():
    assert agreements(run('"Turkey has now agreed to support the invitation of Finland and Sweden to become members of '
                          'NATO," Stoltenberg told reporters.')) == []
    assert [p for p, _, _ in agreements(run("Fiji and Samoa became full members of the bloc in 2019."))] == [
        {"FJI"}, {"WSM"}]   # a guard: who became members did


def test_one_subject_two_verbs_a_counterpart_each():
    result = run("Washington signed a memorandum with Armenia on cooperation covering energy and semiconductors, and "
                 "agreed with Azerbaijan to begin work on a charter of strategic partnership.")
    assert sorted(agreements(result), key=lambda a: sorted(a[0])) == [({"ARM", "USA"}, "signed", None),
                                                   ({"AZE", "USA"}, "agreed", None)]


def test_a_current_leader_named_by_office_and_surname():
    result = run("Crucially, President Ali and President Maduro agreed to set up a joint commission of the two foreign "
                 "ministers.")
    assert [parties for parties, _, _ in agreements(result)] == [{"GUY", "VEN"}]
    assert names("The deal was agreed by the Prime Minister and President Macron on Thursday.") == []   # a guard


def test_the_date_of_a_treaty_named_in_what_was_agreed_does_not_date_the_agreement():
    result = run("The presidents of Guyana and Venezuela met in Argyle on Thursday.\n\nIn the document, the two sides "
                 "agreed to resolve any controversies in accordance with international law, including the Geneva "
                 "Agreement of 17 February 1966.", published="2023-12-15")
    assert agreements(result) == [({"GUY", "VEN"}, "agreed", "2023-12-14")]


def test_a_partnership_in_quotes():
    assert agreements(run('Vietnam and the United States upgraded their relationship to a "comprehensive strategic '
                          'partnership" on Sunday.', published="2023-09-11")) == [({"USA", "VNM"}, "agreed", "2023-09-10")]
    found = agreements(run('In July 2013, President Barack Obama and then-Vietnamese President Truong Tan Sang '
                           'established a "comprehensive partnership" during talks at the White House.'))
    assert found == [({"USA", "VNM"}, "agreed", "2013-07")]


def test_a_partnership_fund_is_no_partnership():   # a guard
    assert agreements(run("Yoon Suk Yeol met Fumio Kishida in Tokyo.\n\nThe Federation of Korean Industries and Japan's "
                          "Keidanren said they would set up a \"future partnership fund\" to finance youth exchanges.")) == []


def test_a_leader_who_has_not_travelled_to_a_state_met_no_one_there():
    result = run("Eritrean President Isaias Afwerki and Ethiopian Prime Minister Abiy Ahmed met in Asmara on Monday.\n\n"
                 "Isaias has not travelled to Ethiopia since the war.", published="2024-03-10")
    assert meetings(result) == [(["ERI", "ETH"], "2024-03-04")]


def test_an_adjective_before_a_spokesman_is_no_source():
    assert sources(run("Presidential spokesman Ambassador Bassam Radi said in a statement that talks were held.")) == []


def test_the_stops_a_tour_has_already_taken_a_leader_to_are_visits_too():
    result = run("Venezuelan President Nicolas Maduro arrived in Tehran on Friday night, the third stop on a regional "
                 "tour that has already taken him to Turkey and Algeria.", published="2022-06-11")
    assert meetings(result) == [(["DZA", "VEN"], None), (["IRN", "VEN"], "2022-06-10"), (["TUR", "VEN"], None)]


def test_a_body_named_with_its_initials_and_a_relative_aside_speaks():
    found = sources(run("The Economic Commission for Latin America and the Caribbean (ECLAC), which acts as the "
                        "agreement's secretariat, welcomed Chile's decision in a statement."))
    assert found == ["Economic Commission for Latin America and the Caribbean"]


def test_since_and_a_subject_opens_a_clause_of_its_own():
    result = run("Canberra has been racing to shore up its relationships in the region since Beijing signed a "
                 "security pact with Honiara in 2022.", published="2023-11-11")
    assert agreements(result) == [({"CHN", "SLB"}, "signed", "2022")]


def test_since_a_visit_or_a_month_opens_no_clause():   # guards
    assert meetings(run("India and the UAE have sought closer ties since Modi's first visit to the Gulf state in 2015.",
                        published="2023-11-11")) == []


def test_platforms_acts_companies_and_models_are_no_people():
    assert names("The opposition Unitary Platform said the Countering America's Adversaries Through Sanctions Act "
                 "applied, and PT PAL and Hyundai Rotem signed for the KF-21 Boramae.") == []


def test_more_phrasings_of_plans_refusals_and_renewals():
    cases = {"Kenya and Ethiopia are poised to sign a power deal.": "planned",
             "Kenya and Ethiopia are on track to sign a power deal this year.": "planned",
             "Talks between Kenya and Ethiopia on a power deal are continuing.": "planned",
             "Kenya and Ethiopia are in the final stages of negotiating a power deal.": "planned",
             "Kenya and Ethiopia have yet to sign the power deal.": "planned",
             "Kenya opted out of the power deal with Ethiopia.": "denied",
             "Kenya reneged on the power deal with Ethiopia.": "denied",
             "Kenya and Ethiopia revived their power deal on Monday.": "agreed",
             "Kenya and Ethiopia amended their power deal on Monday.": "agreed"}
    for sentence, status in cases.items():
        assert [(p, s) for p, s, _ in agreements(run(sentence))] == [({"ETH", "KEN"}, status)], sentence


def test_co_chairing_a_commission_or_a_guard_of_honour_tells_of_a_meeting():
    lead = "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed lead neighbouring states.\n\n"
    for sentence in ("Ruto and Abiy co-chaired the joint commission in Nairobi on Monday.",
                     "Ruto and Abiy inspected a guard of honour in Nairobi on Monday."):
        assert meetings(run(lead + sentence, published="2024-03-10")) == [(["ETH", "KEN"], "2024-03-04")], sentence


def test_a_title_in_the_plural():
    assert reports("In its annual Country Reports on Human Rights Practices, the State Department criticised Egypt.") == [
        ("Country Reports on Human Rights Practices", "State Department", None)]


def test_a_bodys_report_told_in_a_relative_clause():
    assert reports("Rwanda has never accepted the central finding of the UN Group of Experts, whose final report to "
                   "the Security Council in July 2024 estimated that 4,000 Rwandan troops were fighting.") == [
        (None, "UN Group of Experts", 2024)]


def test_talks_held_on_an_arrangement_plan_it_whatever_officials_hope():
    result = run("Japanese officials have also been holding talks with Britain on a similar access arrangement, "
                 "which officials in Tokyo hope to conclude in the coming months.")
    assert agreements(result) == [({"GBR", "JPN"}, "planned", None)]


def test_pledges_to_keep_cooperating_or_strengthen_ties_and_readiness_are_aims():
    for sentence in ("Lula and Peña have pledged to keep cooperating on regional integration.",
                     "In the declaration the three leaders of Tajikistan, Kyrgyzstan and Uzbekistan pledged to "
                     "strengthen good-neighbourliness.",
                     "Bhutan stands ready to work with China to advance the process of establishing diplomatic ties."):
        assert agreements(run(sentence)) == [], sentence


def test_a_pledge_after_an_agreement_in_the_same_sentence_leaves_it():   # a guard
    result = run("Vietnam and the United States agreed to deepen cooperation on semiconductors, and pledged to expand "
                 "defence ties.")
    assert {"USA", "VNM"} in [parties for parties, _, _ in agreements(result)]


def test_talks_that_had_begun_stalled_or_dragged_on_are_no_meeting():
    for sentence in ("Albanese is expected to finalise a security agreement with Papua New Guinea, officials in Port "
                     "Moresby said, after talks on the deal dragged on through most of the year.",
                     "Talks that had begun in London in 2022 resumed quietly, Britain and Mauritius said."):
        assert meetings(run(sentence, published="2024-03-10")) == [], sentence


def test_the_two_koreas_name_both_states_and_a_us_governor_no_georgia():
    from extract_helpers import states
    assert states(run("Both Koreas sent athletes to the games.")) == {"KOR", "PRK"}
    assert states(run("The governor of Georgia, Brian Kemp, visited Seoul.")) == {"KOR"}
