"""Round AB (twenty-third session): who signed, when the sentence also names who brokered, welcomed or did something
else; a counterpart of a later predicate is not a party of the first."""

from extract_helpers import run
from test_extract_round_aa import agreements_of, statuses_of
from test_extract_round_m import meetings


def parties_of(result) -> list[set[str]]:
    return [parties for parties, _ in statuses_of(result)]


# ---------------------------------------------------------------- a second predicate's counterpart

def test_deals_with_two_states_then_a_framework_with_a_third():
    result = run("Japan also signed trade agreements with Vietnam and Laos, and agreed a framework for a trade deal with "
                 "Thailand, the ministry said.", published="2025-10-27")
    assert sorted(map(sorted, parties_of(result))) == [["JPN", "LAO"], ["JPN", "THA"], ["JPN", "VNM"]]
    assert {frozenset(p): status for p, status in statuses_of(result)}[frozenset({"JPN", "THA"})] == "agreed"


def test_one_deal_then_a_framework_with_another_state():
    result = run("Japan signed an agreement with Vietnam and agreed a framework for a trade deal with Thailand.",
                 published="2025-10-27")
    assert sorted(map(sorted, parties_of(result))) == [["JPN", "THA"], ["JPN", "VNM"]]


def test_deals_with_two_states_alone_are_two_deals():   # a guard: the rule it builds on
    result = run("Rabat has signed similar deals with Ghana and Senegal.", published="2024-03-01")
    assert sorted(map(sorted, parties_of(result))) == [["GHA", "MAR"], ["MAR", "SEN"]]


# ---------------------------------------------------------------- who brokered is no party

def test_those_who_brokered_a_deal_signed_by_two_are_not_parties():
    result = run("Ankara and the UN also brokered the deal signed by Russia and Ukraine in Istanbul on July 22 to reopen "
                 "the Black Sea ports.", published="2022-09-01")
    assert agreements_of(result) == [({"RUS", "UKR"}, "signed", "2022-07-22")]


def test_a_state_that_mediated_an_agreement_between_two_is_no_party():
    result = run("Qatar mediated the agreement between Rwanda and the Democratic Republic of the Congo that was signed "
                 "in Doha last year.", published="2022-09-01")
    assert parties_of(result) == [{"RWA", "COD"}]


def test_a_state_that_helped_broker_an_agreement_between_two_is_no_party():
    result = run("The United States helped broker the maritime agreement between Israel and Lebanon that was signed in "
                 "October.", published="2023-02-01")
    assert agreements_of(result) == [({"ISR", "LBN"}, "signed", "2022-10")]


def test_a_deal_brokered_by_a_state_keeps_its_parties():   # a guard: the passive was read before
    result = run("Israel and Morocco signed a deal brokered by the United States in Rabat on Tuesday.",
                 published="2020-12-24")
    assert parties_of(result) == [{"ISR", "MAR"}]


# ---------------------------------------------------------------- an instrument, then who signed it

def test_a_state_that_welcomed_a_deal_signed_by_two_is_no_party():
    result = run("Turkey welcomed the deal signed by Russia and Ukraine in Istanbul on July 22.", published="2022-09-01")
    assert agreements_of(result) == [({"RUS", "UKR"}, "signed", "2022-07-22")]
    assert meetings(result) == [(["RUS", "UKR"], "2022-07-22")]


def test_signed_in_a_city_by_two_states():
    result = run("Britain welcomed the treaty signed in Paris by France and Germany on Tuesday.", published="2022-09-01")
    assert parties_of(result) == [{"FRA", "DEU"}]


def test_signed_by_two_presidents_named_after_a_date():
    result = run("Under the Ilo Agreements signed in January 1992 by then-presidents Alberto Fujimori and Jaime Paz "
                 "Zamora, Peru granted Bolivia a free zone near the port.", published="2010-10-20")
    assert agreements_of(result) == [({"PER", "BOL"}, "signed", "1992-01")]


def test_a_deal_the_subject_signed_with_another_is_unchanged():   # a guard: no 'by' after the instrument
    result = run("Turkey signed a deal with Ukraine in Istanbul on July 22.", published="2022-09-01")
    assert parties_of(result) == [{"TUR", "UKR"}]


# ---------------------------------------------------------------- a speaker after a semicolon

def sources_of(result) -> list[str]:
    return [s.source.label for s in result.statements]


def test_a_spokesman_opening_the_clause_after_a_semicolon_is_a_source():
    result = run("Washington welcomed the outcome; a State Department spokesman said the United States supported the "
                 "efforts of both Koreas.", published="2015-08-25")
    assert sources_of(result) == ["State Department"]


def test_a_ministry_after_a_semicolon_is_a_source():   # a guard: read before from its demonym
    result = run("Seoul welcomed the deal; the Japanese foreign ministry said it would study the text.",
                 published="2015-12-29")
    assert sources_of(result) == ["Japanese Foreign Ministry"]


# ---------------------------------------------------------------- sports bodies named by their state

def test_a_cricket_board_named_by_its_state_is_no_state_party():
    result = run("The Pakistan Cricket Board has agreed to cover the costs of the tour and to pay Zimbabwe Cricket a fee.",
                 published="2015-05-20")
    assert result.agreements == []


def test_a_sports_body_named_after_its_sport_is_no_state_party():   # a guard: no party read before either
    result = run("Cricket Australia and the Board of Control for Cricket in India signed an agreement on Tuesday.",
                 published="2015-05-20")
    assert result.agreements == []


def test_a_national_team_still_stands_for_its_state():   # a guard: only the bodies are bodies
    result = run("Pakistan and India agreed to resume cricket ties.", published="2015-05-20")
    assert parties_of(result) == [{"PAK", "IND"}]


# ---------------------------------------------------------------- chairing a signing ceremony

def test_two_leaders_who_chaired_a_signing_ceremony_signed_and_met():
    result = run("King Mohammed VI and President Muhammadu Buhari on Saturday chaired, at the Presidential Villa in Abuja, "
                 "the signing ceremony of a joint statement on a regional gas pipeline.", published="2016-12-05")
    assert agreements_of(result) == [({"MAR", "NGA"}, "signed", "2016-12-03")]
    assert meetings(result) == [(["MAR", "NGA"], "2016-12-03")]


# ---------------------------------------------------------------- plans for talks that fell apart

def test_plans_for_talks_that_fell_apart_are_no_meeting():
    result = run("Plans for the first ministerial-level talks between the two Koreas in six years fell apart in June, a day "
                 "before they were to open in Seoul.", published="2013-08-14")
    assert result.meetings == []


def test_talks_held_then_stalled_are_still_held():   # a guard: the pattern asks for plans
    result = run("Japanese and Chinese officials held talks in Beijing on Monday.", published="2013-08-14")
    assert meetings(result) == [(["CHN", "JPN"], "2013-08-12")]


# ---------------------------------------------------------------- leaders listed after an opening phrase

def test_leaders_listed_after_at_that_meeting_are_all_parties():
    result = run("At that meeting, Guinea's President Alpha Condé, Sierra Leone's Ernest Bai Koroma and Liberia's Ellen "
                 "Johnson Sirleaf agreed to isolate the border zone.", published="2014-08-22")
    assert parties_of(result) == [{"GIN", "SLE", "LBR"}]


def test_a_guest_of_the_opening_phrase_stays_out():   # a guard: the round AA rule
    result = run("In Prague in October 2022, at a meeting with French President Emmanuel Macron, Aliyev and Pashinyan "
                 "agreed to recognise each other's territorial integrity.", published="2023-01-10")
    assert parties_of(result) == [{"AZE", "ARM"}]


# ---------------------------------------------------------------- reports

def reports_of(result):
    return [(r.title, r.publisher.label if r.publisher else None, r.year) for r in result.reports]


def test_a_quoted_title_after_a_bodys_paper():
    result = run("The group started as an acronym: economist Jim O'Neill coined \"BRIC\" in a 2001 Goldman Sachs paper, "
                 "\"Building Better Global Economic BRICs\", that tipped the four economies to outgrow the rich world.",
                 published="2014-07-15")
    assert [(title, year) for title, _, year in reports_of(result)] == [("Building Better Global Economic BRICs", 2001)]


def test_a_quoted_title_of_a_fact_sheet_whose_body_is_named_before():
    result = run("France ranked among the largest exporters, according to the Stockholm International Peace Research "
                 "Institute, whose annual fact sheet \"Trends in International Arms Transfers, 2014\" was published in March.",
                 published="2015-08-05")
    assert [(title, publisher) for title, publisher, _ in reports_of(result)] == [
        ("Trends in International Arms Transfers, 2014", "Stockholm International Peace Research Institute")]


def test_a_bodys_paper_published_last_year():
    result = run("An Observer Research Foundation paper published last year argued that the port would struggle to "
                 "compete.", published="2016-05-24")
    assert reports_of(result) == [(None, "Observer Research Foundation", 2015)]


def test_a_joint_poll_by_two_bodies():
    result = run("The last annual joint opinion poll by the Genron NPO and the East Asia Institute, published in the spring, "
                 "found majorities in both countries holding an unfavourable view of the other.", published="2016-01-02")
    assert [(publisher, year) for _, publisher, year in reports_of(result)] == [("Genron NPO and the East Asia Institute", 2015)]


def test_the_subjects_report_not_a_body_it_names():
    result = run("The Syrian Center for Policy Research estimated in a report published in February, \"Confronting "
                 "Fragmentation\", that some 470,000 people had died, far more than the UN's last official count.",
                 published="2016-12-21")
    assert [(title, publisher) for title, publisher, _ in reports_of(result)] == [
        ("Confronting Fragmentation", "Syrian Center for Policy Research")]


# ---------------------------------------------------------------- seasons

def dates_in(sentence: str, published: str) -> list[str]:
    import datetime
    from kg.extract.dates import find_dates
    return [d.value for d in find_dates(sentence, datetime.date.fromisoformat(published))]


def test_a_season_told_in_the_past_is_the_last_one_begun():
    assert dates_in("The poll, published in the spring, found it.", "2016-01-02") == ["2015"]
    assert dates_in("The poll, published in the spring, found it.", "2016-07-15") == ["2016"]


def test_a_season_ahead():
    assert dates_in("The talks will resume in the spring.", "2016-07-15") == ["2017"]
    assert dates_in("They will meet next spring.", "2016-01-02") == ["2016"]


def test_last_summer_is_the_last_one_over():
    assert dates_in("They met last summer.", "2016-07-15") == ["2015"]
    assert dates_in("They met last summer.", "2016-10-01") == ["2016"]


def test_a_season_with_its_year():
    assert dates_in("They met in the spring of 2014 and again in autumn 2015.", "2016-07-15") == ["2014", "2015"]


def test_the_fall_of_a_city_is_no_season():   # a guard
    assert dates_in("It was the fall of Kabul.", "2021-09-01") == []


# ---------------------------------------------------------------- bodies as sources

def test_a_capitals_ministry_named_by_its_possessive_is_its_states():
    result = run("Muscat's foreign ministry expressed hope the step would strengthen regional security.",
                 published="2023-03-11")
    assert sources_of(result) == ["Omani Foreign Ministry"]


def test_a_capital_before_a_ministry_building_stays_a_place():   # a guard: only the possessive
    result = run("Protesters gathered outside a Muscat ministry building on Monday.", published="2023-03-11")
    assert sources_of(result) == []


def test_a_ministry_that_reacted_is_a_source():
    result = run("Azerbaijan's Foreign Ministry reacted sharply to the sale.", published="2023-06-20")
    assert sources_of(result) == ["Azerbaijani Foreign Ministry"]


def test_a_ministrys_spokeswoman_quoted_by_an_agency_makes_both_sources():
    result = run("Iran's foreign ministry spokeswoman Marzieh Afkham said Tehran hoped the deal would remove any pretext "
                 "for military action, the Iranian Students' News Agency reported.", published="2013-09-15")
    assert sorted(sources_of(result)) == ["Iranian Foreign Ministry", "Iranian Students' News Agency"]


# ---------------------------------------------------------------- the North and the South

def test_the_north_and_the_south_are_the_two_koreas_where_both_are_named():
    result = run("North Korea and South Korea held talks at Panmunjom last week. The North and the South agreed on "
                 "Monday to reopen the complex.", published="2013-08-14")
    assert ({"KOR", "PRK"}, "agreed", "2013-08-12") in agreements_of(result)


def test_the_south_china_sea_is_no_korea():   # a guard
    result = run("South Korea and North Korea traded warnings. Vietnam and the Philippines agreed on Monday to patrol "
                 "the South China Sea together.", published="2013-08-14")
    assert parties_of(result) == [{"VNM", "PHL"}]


def test_the_south_without_the_koreas_is_no_state():   # a guard: only where both Koreas are named
    result = run("The North and the South agreed on Monday to share the river's water.", published="2013-08-14")
    assert result.agreements == []


def test_a_mountain_is_no_person():   # a guard: once the North is a state, "the North's Mount Kumgang" read as a person
    result = run("North Korea and South Korea agreed to hold a joint performance at the North's Mount Kumgang resort.",
                 published="2018-01-18")
    assert [p.person.label for p in result.people] == []


# ---------------------------------------------------------------- agreed by telephone; the teller's state

def test_leaders_who_agreed_by_telephone_agreed():
    result = run("Instead, Putin and Erdoğan agreed by telephone within hours to set up a joint investigation.",
                 published="2016-12-21")
    assert parties_of(result) == [{"RUS", "TUR"}]


def test_a_text_agreed_by_two_ministers_is_still_passive():   # a guard: 'agreed by' someone is no trigger of its own
    result = run("The text was agreed by the two ministers on Tuesday.", published="2016-12-21")
    assert result.agreements == []


def test_the_two_prime_ministers_include_the_state_of_who_tells_of_it():
    result = run("On Friday Modi flew to Kabul, where he and President Ashraf Ghani opened the new parliament building. "
                 "On the way home he stopped in Lahore for his first visit in more than a decade. The two prime ministers "
                 "agreed to let the peace process move forward, Pakistani Foreign Secretary Aizaz Ahmad Chaudhry told "
                 "reporters.", published="2015-12-26")
    assert parties_of(result)[-1] == {"IND", "PAK"}


def test_the_two_countries_told_by_a_third_states_official_stay_the_two():   # a guard
    result = run("Israel and the United Arab Emirates held talks in Abu Dhabi on Monday. The two countries agreed to open "
                 "embassies, a U.S. official said.", published="2020-09-01")
    assert parties_of(result)[-1] == {"ISR", "ARE"}


# ---------------------------------------------------------------- status words inside stronger ones; agreed the details

def test_not_yet_ratified_is_no_signing():
    result = run("Indonesia and Vietnam signed an agreement on their maritime boundary in 2022. Indonesia has not yet "
                 "ratified it.", published="2024-11-10")
    assert agreements_of(result) == [({"IDN", "VNM"}, "signed", "2022")]


def test_ratified_alone_is_still_a_signing():   # a guard
    result = run("Indonesia and Vietnam signed an agreement on their maritime boundary in 2022. Indonesia ratified it "
                 "in 2023.", published="2024-11-10")
    assert ({"IDN", "VNM"}, "signed", "2022") in agreements_of(result) and len(result.agreements) == 2


def test_three_states_that_agreed_the_details_of_a_pipeline_agreed():
    result = run("Spain, Portugal and France on Friday agreed the details of a subsea pipeline to carry green hydrogen.",
                 published="2022-12-10")
    assert agreements_of(result) == [({"ESP", "PRT", "FRA"}, "agreed", "2022-12-09")]


# ---------------------------------------------------------------- page noise; provinces named after states

def test_a_list_under_more_live_coverage_is_no_text():
    from kg.extract import extract
    from kg.sources import parse_article
    raw = ("Title: ICJ orders Israel to prevent acts of genocide in Gaza\nPublisher: Cape Daily\nDate: 2024-01-26\n\n"
           "14:05 CAT - The court ordered Israel to take all measures within its power to prevent acts of genocide.\n\n"
           "13:40 CAT - Welcome to our live coverage from The Hague, where the judges will read their order on South "
           "Africa's request.\n\nShare this live page\n\nMore live coverage\n"
           "- Ramaphosa's cabinet reshuffle: live updates\n- Egypt and Qatar push for new hostage deal\n")
    found = {a.key for a, _ in extract(parse_article(raw, "809.txt")).states}
    assert found == {"ISR", "ZAF"}


def test_east_azerbaijan_province_is_no_azerbaijan():
    result = run("Raisi and his companions died in the helicopter crash in East Azerbaijan province last month.",
                 published="2024-06-17")
    assert "AZE" not in {s.key for s, _ in result.states}


# ---------------------------------------------------------------- outlets named before what they are; UK offices

def test_an_outlet_named_before_news_agency_or_radio():
    assert sources_of(run("Wilders' party won 37 seats, according to near-final results from the ANP news agency.",
                          published="2023-11-23")) == ["ANP"]
    assert sources_of(run("Minister Ronald Lamola told SAFM radio this morning that the president would not be drawn "
                          "into a shouting match.", published="2025-05-21")) == ["SAFM"]


def test_a_demonym_before_news_agency_is_no_outlet():   # a guard
    assert sources_of(run("The Chinese state news agency said the talks were candid.", published="2025-05-21")) == []


def test_the_uk_foreign_office_named_in_full():
    assert sources_of(run("A spokesperson for Britain's Foreign, Commonwealth and Development Office said the arrangements "
                          "had been discussed closely.", published="2024-09-20")) == [
        "Foreign, Commonwealth and Development Office"]


# ---------------------------------------------------------------- a subject with a relative clause about it

def test_a_subject_with_a_relative_clause_then_another_subject_is_one_subject():
    result = run("Spain's Pedro Sanchez, whose country holds the rotating EU Council presidency, and Belgium's Alexander De "
                 "Croo, whose country takes it over in January, met Israeli Prime Minister Benjamin Netanyahu in Jerusalem "
                 "on Thursday.", published="2023-11-25")
    assert meetings(result) == [(["BEL", "ESP", "ISR"], "2023-11-23")]


def test_an_apposition_then_another_subject_still_meets():   # a guard: only relative clauses are joined over
    result = run("Japan's prime minister, Fumio Kishida, and South Korea's President Yoon Suk Yeol met in Tokyo on "
                 "Thursday.", published="2023-03-18")
    assert meetings(result) == [(["JPN", "KOR"], "2023-03-16")]


# ---------------------------------------------------------------- blind block 835-846

def test_decided_not_to_join_is_a_refusal():
    result = run("India has decided not to join the Regional Comprehensive Economic Partnership, Prime Minister Narendra "
                 "Modi told leaders on Monday.", published="2019-11-05")
    assert statuses_of(result) == [({"IND"}, "denied")]


def test_who_joined_the_leaders_met_with_them():
    result = run("The leaders of South Africa, Senegal, Zambia and the Comoros, joined by Egypt's prime minister and envoys "
                 "from Uganda and the Republic of Congo, met Putin outside St. Petersburg on Saturday.", published="2023-06-18")
    assert meetings(result) == [(["COG", "COM", "EGY", "RUS", "SEN", "UGA", "ZAF", "ZMB"], "2023-06-17")]


def test_what_the_host_told_the_visitor_names_no_side():
    result = run("Orban landed in Beijing on Monday and met President Xi Jinping, who told him, according to Xinhua, that "
                 "the world should create conditions for direct dialogue between Russia and Ukraine.", published="2024-07-09")
    assert meetings(result) == [(["CHN", "HUN"], "2024-07-08")]


def test_similar_agreements_with_two_states_that_could_be_signed_are_two_plans():
    result = run("Ukrainian officials said similar agreements with Denmark and Canada were in the final stages of "
                 "negotiation and could be signed within days.", published="2024-02-17")
    assert sorted((sorted(p), status) for p, status in statuses_of(result)) == [
        (["CAN", "UKR"], "planned"), (["DNK", "UKR"], "planned")]


def test_would_sign_if_others_agreed_stays_a_hypothesis():   # a guard
    result = run("Draghi has said Italy would sign up to a European Union ban on Russian gas imports if other member states "
                 "agreed to one.", published="2022-05-10")
    assert result.agreements == []


# ---------------------------------------------------------------- blind block 847-858

def test_the_palestinian_authority_is_palestine():
    result = run("Israel, Jordan and the Palestinian Authority signed a memorandum of understanding at the World Bank's "
                 "headquarters in Washington on Monday.", published="2013-12-10")
    assert parties_of(result) == [{"ISR", "JOR", "PSE"}]


def test_a_live_pages_minutes_ago_is_its_day():
    result = run("Czech Foreign Minister Karel Schwarzenberg and U.S. Secretary of State Condoleezza Rice signed the agreement "
                 "on the radar base at the Czernin Palace in Prague a few minutes ago.", published="2008-07-08")
    assert meetings(result) == [(["CZE", "USA"], "2008-07-08")]


def test_a_parliament_that_approved_two_accords_with_a_state():
    result = run("Turkey's parliament on Wednesday approved two accords with Qatar, one allowing Turkish troops to be "
                 "deployed at a base in the Gulf state.", published="2017-06-08")
    assert agreements_of(result)[0] == ({"TUR", "QAT"}, "signed", "2017-06-07")


def test_bodies_that_denounced_or_put_the_toll_are_sources():
    assert sources_of(run("Syria's state news agency SANA, citing a foreign ministry source, has denounced the Turkish "
                          "incursion as aggression.", published="2019-10-10")) == ["Syrian Arab News Agency"]
    assert sources_of(run("The Syrian Observatory for Human Rights, a Britain-based war monitor, put the number of civilians "
                          "killed at more than 70.", published="2019-10-17")) == ["Syrian Observatory for Human Rights"]


def test_the_south_opening_a_sentence_is_south_korea_too():
    result = run("North Korea and South Korea held talks at Panmunjom last week. The South and Japan agreed on Monday to "
                 "share intelligence.", published="2013-08-14")
    assert ({"KOR", "JPN"}, "agreed", "2013-08-12") in agreements_of(result)


def test_in_the_fall_of_a_city_is_no_season():   # a guard: this round's season rule first read it as a season
    assert dates_in("Thousands fled in the fall of Kabul.", "2021-12-01") == []
    assert dates_in("They met in the fall of 2014.", "2021-12-01") == ["2014"]


# ---------------------------------------------------------------- a border on the way is no party

def test_a_state_named_after_border_with_is_no_party_of_two_that_agreed():
    result = run("The presidents of Costa Rica and Panama agreed on Saturday to carry migrants by bus from camps near the "
                 "Darien jungle all the way to Costa Rica's border with Nicaragua.", published="2023-10-08")
    assert parties_of(result) == [{"CRI", "PAN"}]


def test_the_neighbour_of_a_border_reopened_by_one_state_is_its_counterpart():   # a guard
    result = run("Colombia agreed on Monday to reopen its border with Venezuela.", published="2022-09-20")
    assert parties_of(result) == [{"COL", "VEN"}]
