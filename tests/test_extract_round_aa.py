"""Round AA (twenty-second session): the year of an untitled report is the one told of the report, not of what it
found; a quoted title after "in its April report"."""

from extract_helpers import run
from test_extract_round_m import meetings
from test_extract_round_x import reports


# ---------------------------------------------------------------- reports: years

def test_a_year_in_what_a_report_found_is_not_its_edition():
    result = run("A study by the Andean Trade Institute found that exports of copper fell sharply in 2019.",
                 published="2021-03-04")
    assert reports(result) == [(None, "Andean Trade Institute", 2021)]


def test_a_survey_last_year_is_of_last_year_whatever_it_counted_since():
    result = run("A mortality survey by the International Rescue Committee last year estimated that 1.7 million people "
                 "had died since August 1998.", published="2001-06-08")
    assert reports(result) == [(None, "International Rescue Committee", 2000)]


def test_a_report_released_in_a_month_is_of_that_month_not_of_the_summit_before_it():
    result = run("A panel set up by the East African Community at a summit in Nairobi in November concluded in its report, "
                 "released in February, that the claims were unfounded.", published="2021-05-07")
    assert [year for _, _, year in reports(result)] == [2021]


def test_the_latest_analysis_compared_with_last_year_is_of_this_year():
    result = run("Frontex, the EU border agency, said in its latest quarterly analysis that crossings were up by a third "
                 "compared with last year.", published="2023-10-12")
    assert reports(result) == [(None, "Frontex", 2023)]


def test_a_report_on_a_country_published_last_month_is_of_last_month():   # a guard: "on" opens no finding
    result = run("The European Commission, in its annual report on Montenegro published last month, said reforms had "
                 "stalled.", published="2024-01-15")
    assert [(publisher, year) for _, publisher, year in reports(result)] == [("European Commission", 2023)]


def test_a_year_before_the_kind_is_still_the_edition():   # a guard
    result = run("A 2018 report by Human Rights Watch found that abuses continued in 2019 and 2020.",
                 published="2021-02-01")
    assert reports(result) == [(None, "Human Rights Watch", 2018)]


# ---------------------------------------------------------------- reports: quoted titles after a month

def test_a_quoted_title_after_a_months_report_is_its_title():
    result = run("The International Crisis Group, in its March report \"Georgia and Russia: Clashing over Abkhazia\", "
                 "argued that the ceasefire was fragile.", published="2008-06-10")
    assert [(title, publisher) for title, publisher, _ in reports(result)] == [
        ("Georgia and Russia: Clashing over Abkhazia", "International Crisis Group")]


def test_a_quoted_title_after_an_august_report_with_a_comma():
    result = run("Amnesty International said in an August report, \"Waiting for the Hangman\", that executions had "
                 "doubled.", published="2015-11-03")
    assert [(title, publisher) for title, publisher, _ in reports(result)] == [
        ("Waiting for the Hangman", "Amnesty International")]


# ---------------------------------------------------------------- meetings

def test_political_directors_from_three_states_are_sides_of_the_meeting():
    result = run("Iranian deputy foreign ministers met political directors from Britain, France and Germany in Geneva "
                 "on Friday.", published="2025-07-26")
    assert meetings(result) == [(["DEU", "FRA", "GBR", "IRN"], "2025-07-25")]


def test_goods_from_a_state_make_it_no_side():   # a guard: not people from it
    result = run("Chinese and Zambian ministers met in Lusaka on Monday to discuss copper from Congo.",
                 published="2024-03-06")
    assert meetings(result) == [(["CHN", "ZMB"], "2024-03-04")]


def test_leaders_who_watched_as_an_agreement_was_signed_met():
    result = run("President Lula and President Macron watched as the agreement was signed at the Elysee Palace in Paris "
                 "on Thursday.", published="2025-06-06")
    assert meetings(result) == [(["BRA", "FRA"], "2025-06-05")]


def test_leaders_who_spoke_on_the_sidelines_of_a_summit_met():
    result = run("Prime Minister Narendra Modi and President Xi Jinping spoke briefly on the sidelines of the G20 summit "
                 "in Bali on November 15.", published="2022-11-20")
    assert meetings(result) == [(["CHN", "IND"], "2022-11-15")]


def test_a_leader_who_spoke_to_reporters_on_the_sidelines_met_no_one():   # a guard
    result = run("Prime Minister Narendra Modi spoke to reporters on the sidelines of the G20 summit in Bali on "
                 "November 15.", published="2022-11-20")
    assert meetings(result) == []


# ---------------------------------------------------------------- sources

def test_a_speaker_after_a_long_opening_phrase_is_the_source():
    result = run("Chad said on Thursday that it was ending its defence pact with France. In a statement read on "
                 "national television, the foreign ministry said the government had decided to terminate the accord so "
                 "that Chad could fully assert its sovereignty and redefine its strategic partnerships more than six decades after "
                 "independence.", published="2024-11-29")
    assert [s.source.label for s in result.statements] == ["Chadian Foreign Ministry"]


def test_a_long_opening_phrase_that_is_no_preposition_names_no_speaker():   # a guard
    result = run("Despite weeks of quiet diplomacy and several rounds of shuttle visits, the talks said nothing new.",
                 published="2024-11-29")
    assert result.statements == []


def test_an_official_described_after_his_name_speaks_in_person_not_for_an_office():
    result = run("EU Home Affairs Commissioner Magnus Brunner, an Austrian who took office this month, said the "
                 "decision was a win for Europe.", published="2024-12-13")
    assert result.statements == []


def test_a_capitals_ministry_is_its_states():
    result = run("South Korea and Cuba established diplomatic relations on Wednesday, Seoul's foreign ministry said.",
                 published="2024-02-14")
    assert [s.source.label for s in result.statements] == ["South Korean Foreign Ministry"]


def test_a_states_ministry_is_named_as_written():   # a guard
    result = run("South Korea and Cuba established diplomatic relations on Wednesday, South Korea's foreign ministry "
                 "said.", published="2024-02-14")
    assert [s.source.label for s in result.statements] == ["South Korean Foreign Ministry"]


def test_a_un_mission_in_a_country_is_the_source_not_the_un():
    result = run("The U.N. Assistance Mission in Somalia said that restrictions on aid had continued to tighten.",
                 published="2024-02-14")
    assert [s.source.label for s in result.statements] == ["U.N. Assistance Mission in Somalia"]


def test_officials_of_a_company_named_for_its_country_speak_for_the_company():
    result = run("Officials of the Nuclear Power Company Kenya Limited said the first unit would start next year.",
                 published="2023-10-05")
    assert [s.source.label for s in result.statements] == ["Nuclear Power Company Kenya Limited"]


def test_a_banks_month_edition_of_its_outlook_is_a_report():
    result = run("The Asian Development Bank's September edition of the Asian Development Outlook cut its growth "
                 "forecast for the region.", published="2024-10-02")
    assert [(title, publisher) for title, publisher, _ in reports(result)] == [
        ("Asian Development Outlook", "Asian Development Bank")]


# ---------------------------------------------------------------- parties and sides

def test_a_former_minister_as_an_eu_chief_acts_for_the_eu_not_his_state():
    result = run("EU foreign policy chief Josep Borrell met Serbian President Aleksandar Vucic in Brussels on Thursday.",
                 published="2023-06-23")
    assert meetings(result) == []   # the EU and Serbia: one state, no meeting between states


def test_two_leaders_someone_met_separately_did_not_meet_each_other():
    result = run("The EU envoy met Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti separately "
                 "in Brussels on Thursday.", published="2023-06-23")
    assert meetings(result) == []


def test_a_leader_who_met_two_separately_met_each():   # a guard
    result = run("Swiss President Karin Keller-Sutter met U.S. Treasury Secretary Scott Bessent and Chinese Vice "
                 "Premier He Lifeng separately in Geneva on Friday.", published="2025-05-10")
    assert meetings(result) == [(["CHE", "CHN"], "2025-05-09"), (["CHE", "USA"], "2025-05-09")]


def test_as_a_whole_opens_no_clause_and_the_subject_signs_with_each():
    result = run("China is now the second-largest trading partner of the region as a whole, and has signed free trade "
                 "agreements with Chile and Peru.", published="2023-09-01")
    assert sorted(sorted(p.key for p in a.parties) for a in result.agreements) == [["CHL", "CHN"], ["CHN", "PER"]]


def test_tourists_who_may_visit_two_states_are_no_visit_between_them():
    result = run("Astana and Tashkent are negotiating a joint visa that would let foreign tourists visit Kazakhstan and "
                 "Uzbekistan with a single permit.", published="2023-11-10")
    assert meetings(result) == []


def test_ministers_who_signed_via_video_link_did_not_meet():
    result = run("In July 2022, Wang Yi and Nicaraguan Foreign Minister Denis Moncada signed, via video link, an early "
                 "harvest arrangement on tariffs.", published="2023-09-01")
    assert meetings(result) == []


def test_states_of_an_opening_meeting_are_no_parties_of_what_its_subject_agreed():
    result = run("At a trilateral meeting of Chinese, Pakistani and Afghan foreign ministers in Beijing in May, Pakistan "
                 "and Afghanistan agreed in principle to upgrade their relations.", published="2025-07-05")
    assert statuses_of(result) == [({"AFG", "PAK"}, "agreed")]


def test_a_host_of_an_opening_summit_is_no_party():
    result = run("At their first summit, hosted by Singapore in June 2018, Donald Trump and Kim Jong Un signed a joint "
                 "statement on denuclearisation.", published="2019-02-28")
    assert statuses_of(result) == [({"PRK", "USA"}, "signed")]


def test_a_list_of_states_after_an_opening_visit_is_the_subject():   # a guard
    result = run("During President Erdogan's visit to Baghdad in April 2024, his first in more than a decade, Turkey, "
                 "Iraq, Qatar and the United Arab Emirates signed a memorandum on the Development Road.",
                 published="2024-05-01")
    assert statuses_of(result) == [({"ARE", "IRQ", "QAT", "TUR"}, "signed")]


def statuses_of(result) -> list[tuple[set[str], str]]:
    return [({p.key for p in a.parties}, a.status) for a in result.agreements]


def test_a_state_whose_mediation_came_first_is_no_party():
    result = run("In October 2009, after Swiss mediation, Armenian Foreign Minister Edward Nalbandian and Turkish Foreign "
                 "Minister Ahmet Davutoglu signed two protocols in Zurich.", published="2010-04-22")
    assert {frozenset(parties) for parties, _ in statuses_of(result)} == {frozenset({"ARM", "TUR"})}


def test_a_state_news_agency_told_with_a_modifier_is_a_source():
    result = run("Ministry spokesman Ahmed Moussa told the state-run Iraqi News Agency that power would be restored.",
                 published="2025-03-10")
    assert [s.source.label for s in result.statements] == ["Iraqi News Agency"]


def test_figures_a_body_of_two_words_publishes_show_it_is_a_source():
    result = run("Stats NZ data show two-way trade with India of around three billion dollars a year.",
                 published="2025-12-20")
    assert [s.source.label for s in result.statements] == ["Stats NZ"]


def test_figures_of_no_one_named_have_no_source():   # a guard
    for sentence in ("Official figures show that exports rose.", "Flight-tracking data showed a plane leaving Bangkok.",
                     "Satellite data show that the camp grew."):
        assert run(sentence, published="2025-03-10").statements == [], sentence


def test_a_group_named_for_its_trade_is_a_source():
    result = run("Federated Farmers said it welcomed gains for horticulture.", published="2025-12-20")
    assert [s.source.label for s in result.statements] == ["Federated Farmers"]
    assert run("Exporters welcomed the deal.", published="2025-12-20").statements == []


def test_a_title_opening_with_its_publishers_possessive_is_split():
    result = run("The Institute for Economics and Peace's Global Terrorism Index 2024, published in February, ranked "
                 "Burkina Faso first.", published="2025-03-10")
    assert reports(result) == [("Global Terrorism Index 2024", "Institute for Economics and Peace", 2024)]


def test_a_pact_joined_by_an_agreement_is_no_membership_of_states():
    result = run("The pact was joined in April 2022 by a security agreement between Solomon Islands and China, whose "
                 "text has never been published.", published="2023-11-20")
    assert all(len(a.parties) >= 2 for a in result.agreements)
    assert statuses_of(run("Fiji and Samoa joined in 2017.", published="2023-11-20")) == [   # a guard
        ({"FJI"}, "signed"), ({"WSM"}, "signed")]


# ---------------------------------------------------------------- dates told from the date before

def test_years_later_count_from_the_date_the_sentence_before_gave():
    result = run("Japan and Vietnam signed a trade deal in 2018. Two years later, they signed an upgraded deal.",
                 published="2025-12-19")
    assert [date for _, _, date in agreements_of(result)] == ["2018", "2020"]


def test_a_month_later_counts_from_a_month():
    result = run("India and Oman agreed to start talks in November 2023. A month later, Sultan Haitham bin Tarik paid a "
                 "state visit to New Delhi, where he held talks with Prime Minister Modi.", published="2025-12-19")
    assert meetings(result) == [(["IND", "OMN"], "2023-12")]


def test_the_next_day_counts_from_the_sentences_own_date_first():
    result = run("Ethiopian Prime Minister Abiy Ahmed flew to Asmara on July 8, and the next day he and Eritrean President "
                 "Isaias Afwerki signed a joint declaration of peace. A week later Isaias made a return visit to Addis "
                 "Ababa.", published="2018-07-31")
    assert [date for _, _, date in agreements_of(result)] == ["2018-07-09"]
    assert (["ERI", "ETH"], "2018-07-16") in meetings(result)


def test_a_month_later_than_a_year_is_no_date():   # a guard: the text does not say which month
    result = run("Japan and Vietnam signed a trade deal in 2018. A month later, they signed a second deal.",
                 published="2025-12-19")
    assert [date for _, _, date in agreements_of(result)] == ["2018", None]


def agreements_of(result):
    return [({p.key for p in a.parties}, a.status, a.date) for a in result.agreements]


def test_those_witnesses_saw_sign_met_not_the_witnesses():
    result = run("Within hours of landing, President Donald Trump and Malaysian Prime Minister Anwar Ibrahim witnessed Thai "
                 "Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet sign a joint declaration in "
                 "Kuala Lumpur on Sunday.", published="2025-10-27")
    assert meetings(result) == [(["KHM", "THA"], "2025-10-26")]


def test_talks_scheduled_over_the_next_days_are_not_held():
    result = run("Indonesian and Japanese officials said talks with the two leaders were scheduled over the next days.",
                 published="2025-01-10")
    assert meetings(result) == []


def test_the_three_leaders_are_the_three_states_named_apart_when_no_three_were_named_together():
    result = run("President Joe Biden welcomed Japanese Prime Minister Fumio Kishida to Camp David on Friday. He also "
                 "hosted South Korean President Yoon Suk Yeol. The three leaders agreed to hold trilateral summits at "
                 "least once a year.", published="2023-08-18")
    assert ({"JPN", "KOR", "USA"}, "agreed") in [(parties, status) for parties, status, _ in agreements_of(result)]


def test_a_ministry_of_several_parts_keeps_its_whole_name_as_written():
    result = run("India's Ministry of Commerce and Industry said in a statement that dairy had been safeguarded.",
                 published="2025-12-20")
    assert "India's Ministry of Commerce and Industry" in result.aliases["ind-trade-ministry"]
    result = run("India's Ministry of Commerce and Japan's trade ministry said talks went well.", published="2025-12-20")
    assert "India's Ministry of Commerce" in result.aliases["ind-trade-ministry"]   # a guard: "and Japan's" is not its name


def test_us_departments_named_in_full_are_sources():
    for sentence, label in (("The U.S. Department of Defense said the withdrawal would end by September 15.",
                             "U.S. Department of Defense"),
                            ("The Department of Homeland Security said the flights would resume.",
                             "Department of Homeland Security"),
                            ("U.S. Customs and Border Protection figures show that most fentanyl is seized at ports.",
                             "U.S. Customs and Border Protection")):
        assert [s.source.label for s in run(sentence, published="2024-07-08").statements] == [label], sentence


def test_the_kingdom_opening_a_sentence_is_the_salient_kingdom():
    result = run("Saudi Arabia's crown prince met Putin in Moscow on Monday. The Kingdom has agreed to buy Russian air "
                 "defence systems, state television reported.", published="2017-10-06")
    assert ({"RUS", "SAU"}, "agreed") in [(parties, status) for parties, status, _ in agreements_of(result)]


def test_a_host_of_talks_between_two_others_takes_no_part():
    result = run("Oman signed a port deal with India in March. The sultanate hosted secret talks between U.S. and Iranian "
                 "officials in Muscat in 2013.", published="2018-02-12")
    assert (["IRN", "USA"], "2013") in meetings(result)


def test_a_body_named_with_its_states_possessive_is_also_named_with_its_demonym():
    result = run("South Korea's presidential office said the talks had been useful.", published="2024-02-14")
    (source,) = {s.source.key for s in result.statements}
    assert "South Korean presidential office" in result.aliases[source]


def test_a_contract_with_a_states_company_is_no_agreement_with_the_state():
    result = run("Serbia bought 12 Rafale fighter jets from France's Dassault Aviation in a contract signed last August.",
                 published="2025-04-01")
    assert result.agreements == []
    result = run("Serbia signed a defence deal with France's government last August.", published="2025-04-01")
    assert [parties for parties, _, _ in agreements_of(result)] == [{"FRA", "SRB"}]   # a guard


def test_a_pledge_held_long_is_an_aim():
    result = run("The five Central Asian states have long pledged to modernise irrigation and cut losses.",
                 published="2024-02-10")
    assert result.agreements == []


def test_the_taliban_act_for_afghanistan_once_they_govern_it():
    result = run("Uzbek and Taliban officials agreed at talks in Termez on Monday to set up a joint working group.",
                 published="2024-02-10")
    assert [parties for parties, _, _ in agreements_of(result)] == [{"AFG", "UZB"}]
    result = run("The United States and the Taliban signed an agreement in Doha on Saturday.", published="2020-03-01")
    assert [parties for parties, _, _ in agreements_of(result)] == []   # a guard: before August 2021 they governed no state


def test_the_three_leaders_are_three_different_states_when_one_was_named_alone_often():
    result = run("President Joe Biden hosted the summit on Friday. Biden said it was a new era. South Korean President Yoon "
                 "Suk Yeol and Japanese Prime Minister Fumio Kishida praised the talks. The three leaders agreed to hold "
                 "summits every year.", published="2023-08-18")
    assert [parties for parties, _, _ in agreements_of(result)] == [{"JPN", "KOR", "USA"}]
    assert all(len({p.key for p in a.parties}) == len(a.parties) for a in result.agreements)
