"""Round Y (twentieth session): another person of the same family name, the subject of a relative clause's
'they', a meeting held at a summit, suspending all agreements, a currency, the Chinese mainland."""

from extract_helpers import run
from test_extract_round_m import agreements, meetings
from test_extract_round_p import people
from test_extract_round_w import sources


def statuses(result) -> list[tuple[list[str], str]]:
    """(parties, status) of each agreement."""
    return [(parties, status) for parties, status, _ in agreements(result)]


def labels(result) -> list[str]:
    """The name of each source."""
    return [label for label, _ in sources(result)]


# ---------------------------------------------------------------- people

def test_a_family_name_learned_from_one_person_does_not_swallow_another_full_name():
    result = run("The envoy met North Korea's First Vice Foreign Minister Kim Kye Gwan in Beijing.\n\n"
                 "Kim Jong Un, who took over after his father Kim Jong Il died in December, was made first secretary.",
                 published="2012-04-13")
    assert {"Kim Kye Gwan", "Kim Jong Un", "Kim Jong Il"} <= set(people(result))


def test_a_given_name_learned_still_names_its_person_with_the_rest_of_the_name():   # a guard
    result = run("Somali President Hassan Sheikh Mohamud condemned the memorandum.\n\nIn October, Hassan Sheikh "
                 "travelled to Asmara for a summit with President Isaias Afwerki of Eritrea.", published="2024-12-11")
    assert (["ERI", "SOM"], "2024-10") in meetings(result)
    assert "Hassan Sheikh" not in people(result)


# ---------------------------------------------------------------- agreements

def test_they_in_a_relative_clause_are_the_subject_of_the_sentence_not_the_group_before():
    result = run("Leaders of Russia, China, Kazakhstan and Uzbekistan met in Astana on Thursday.\n\n"
                 "The Chinese premier and the Russian president used the summit to hold a bilateral meeting, at which "
                 "they agreed to draft a statement on energy.", published="2011-06-18")
    assert (["CHN", "RUS"], "agreed", "2011-06-16") in agreements(result)
    assert (["CHN", "RUS"], "2011-06-16") in meetings(result)


def test_suspending_all_agreements_with_a_state_is_a_denial():
    result = run("Ankara said on Friday it was suspending all military agreements with Israel.", published="2011-09-03")
    assert statuses(result) == [(["ISR", "TUR"], "denied")]


def test_the_chinese_mainland_acts_for_china():
    result = run("The Chinese mainland and Taiwan signed a framework agreement on trade in Chongqing on Tuesday.",
                 published="2010-06-30")
    assert statuses(result) == [(["CHN", "TWN"], "signed")]


def test_a_currency_is_no_side_the_two_sides_refer_to():
    result = run("The mainland will cut tariffs on 539 Taiwanese goods, worth some 13 billion U.S. dollars a year, and "
                 "Taiwan on 267.\n\nThe two sides have since signed nine other agreements.", published="2010-06-30")
    assert all("USA" not in parties for parties, _, _ in agreements(result))


def test_a_meeting_at_a_summit_is_dated_by_the_summit_not_an_anniversary_ahead():
    result = run("Leaders of Russia, China, Kazakhstan and Uzbekistan met in Astana on Thursday.\n\n"
                 "The Chinese premier and the Russian president used the summit to hold a bilateral meeting, marking next "
                 "year's 20th anniversary of their treaty.", published="2011-06-18")
    assert (["CHN", "RUS"], "2011-06-16") in meetings(result)


def test_a_state_speaking_through_a_treaty_it_signed_with_another_is_a_party():
    result = run("The highest administrative court found that the new text merely extends earlier defence treaties "
                 "signed with Washington in 1952, the Colombian government said.", published="2009-10-31")
    assert statuses(result) == [(["COL", "USA"], "signed")]


# ---------------------------------------------------------------- people and sources

def test_a_corps_and_an_incident_are_nobody():
    result = run("Tokyo agreed on Friday to move the U.S. Marine Corps Futenma air station to the coast.\n\n"
                 "The Times published the findings of the Panel of Inquiry on the 2010 Flotilla Incident, chaired by former "
                 "New Zealand Prime Minister Geoffrey Palmer.", published="2011-09-03")
    assert people(result) == ["Geoffrey Palmer"]


def test_a_states_agency_named_in_lower_case_is_a_source():
    result = run("On Friday, Iran's atomic energy agency announced that it would load fuel into the reactor.",
                 published="2011-09-03")
    assert labels(result) == ["Iran's atomic energy agency"]


def test_a_speaker_after_while_is_the_speaker_not_the_clause():
    result = run("Nairobi welcomed the deal, while Kampala's foreign ministry said it was premature.", published="2011-09-03")
    assert labels(result) == ["Ugandan Foreign Ministry"]   # a capital's ministry is its state's (round AA)


def test_a_charity_named_with_its_acronym_and_described_after_is_a_source():
    result = run("The HRF, the Dutch charity that chartered the boats, said in a statement that it would sue.",
                 published="2011-09-03")
    assert sources(result) == [("HRF", "Organization")]


def test_who_released_a_summary_is_a_source():
    result = run("Each transit state will get the same tariff, according to a summary released by Caspian Link "
                 "International, the project's Vienna-based operator.", published="2009-07-14")
    assert sources(result) == [("Caspian Link International", "Organization")]
    result = run("Each transit state will get the same tariff, according to a summary released by Taner Yildiz.",
                 published="2009-07-14")   # a guard: a person is no source
    assert sources(result) == []


def test_a_surname_reading_from_a_statement_is_a_person_not_a_body():
    result = run("Foreign Minister Ricardo Patiño announced the decision in Quito.\n\n\"We have decided to grant asylum,\" "
                 "Patiño said, reading from a statement.", published="2012-08-17")
    assert sources(result) == []


def test_the_prime_ministers_office_capitalised_is_the_office_not_office():
    result = run("The Prime Minister's Office later issued a statement saying the strikes would go on.",
                 published="2025-06-24")
    assert labels(result) == ["Prime Minister's Office"]


def test_a_company_after_its_states_possessive_is_still_a_source():   # a guard for the surname rule
    result = run("Italy's Eni signed the deal in Algiers.\n\nSupplies will rise next year, Eni said in a statement.",
                 published="2023-01-23")
    assert "Eni" in labels(result)


# ---------------------------------------------------------------- meetings

def test_leaders_of_two_states_who_announce_a_deal_together_at_a_place_met():
    result = run("Prime Minister Anthony Albanese and his Fijian counterpart Sitiveni Rabuka announced the accord at "
                 "Parliament House in Canberra on Thursday.", published="2023-12-15")
    assert meetings(result) == [(["AUS", "FJI"], "2023-12-14")]
    result = run("British Trade Secretary Kemi Badenoch and Indian Commerce Minister Piyush Goyal opened the talks at a ceremony in "
                 "New Delhi on Monday.", published="2023-12-15")
    assert meetings(result) == [(["GBR", "IND"], "2023-12-11")]


def test_states_that_announce_a_deal_did_not_meet_for_it():   # a guard
    result = run("Australia and Fiji announced the accord on Thursday.", published="2023-12-15")
    assert meetings(result) == []


def test_a_leader_who_came_to_a_capital_visited_it():
    result = run("Turkish President Recep Tayyip Erdogan travelled to Saudi Arabia in April, and Saudi Crown Prince "
                 "Mohammed bin Salman came to Ankara in June.", published="2022-08-18")
    assert meetings(result) == [(["SAU", "TUR"], "2022-04"), (["SAU", "TUR"], "2022-06")]


def test_coming_to_power_or_to_an_agreement_is_no_visit():   # a guard
    result = run("Saudi Crown Prince Mohammed bin Salman came to power in June, and Turkish President Recep Tayyip "
                 "Erdogan came to terms with Riyadh in July.", published="2022-08-18")
    assert meetings(result) == []


# ---------------------------------------------------------------- page credits

def test_a_byline_with_places_names_its_authors_not_the_places():
    result = run("By Ana Ribeiro, Lisbon, and Kenji Mori, Osaka\n\nPortugal and Japan signed a treaty on Monday.",
                 published="2018-09-22")
    assert people(result) == ["Ana Ribeiro", "Kenji Mori"]


def test_a_photo_line_with_a_caption_credits_the_name_after_the_outlet():
    result = run("Photo: Leaders at the signing ceremony – Lakeside Courier / M. Okafor\n\nGhana and Togo signed a treaty "
                 "on Monday.", published="2019-01-22")
    assert people(result) == ["M. Okafor"]


def test_credit_lines_name_people_not_desks_sections_or_labels():
    result = run("By Sara Lind with Omar Haddad | Reuters\n\nKenya and Uganda signed a treaty on Monday.\n\n"
                 "(Reporting by Nairobi correspondents; Editing by Paul Kerr)", published="2019-01-22")
    assert people(result) == ["Omar Haddad", "Paul Kerr", "Sara Lind"]
    result = run("By Tom Ashby | Rights & Regulation\n\nKenya and Uganda signed a treaty on Monday.", published="2019-01-22")
    assert people(result) == ["Tom Ashby"]
    result = run("By Rita Alves and Joe Pike, Ledger Staff Writers\n\nKenya and Uganda signed a treaty on Monday.",
                 published="2019-01-22")
    assert people(result) == ["Joe Pike", "Rita Alves"]


def test_a_bare_ministry_and_an_official_speaking_in_person_are_no_source():
    result = run("Ministry spokesman Vikas Rao said the officials had finished the text.", published="2014-09-05")
    assert sources(result) == []
    result = run("\"There is no reason to be cold,\" Commission President Jean Moulin told a news conference.",
                 published="2014-10-31")
    assert sources(result) == []


def test_a_signing_told_again_as_signed_by_two_ministers_is_quoted_from_them():
    result = run("Chile and Peru signed a gas deal in Lima late on Thursday.\n\nThe protocol was signed by Chilean Energy "
                 "Minister Diego Pardow and his Peruvian counterpart Oscar Vera after talks mediated by the World Bank.",
                 published="2023-10-31")
    found = [(sorted(p.key for p in m.participants), m.date, m.evidence.text[:12]) for m in result.meetings]
    assert found == [(["CHL", "PER"], "2023-10-26", "The protocol")]


def test_a_state_that_is_withdrawing_from_a_deal_denies_it():
    result = run("The president said that the United States is withdrawing from the Paris climate accord.",
                 published="2017-06-01")
    assert statuses(result) == [(["USA"], "denied")]


def test_a_state_visit_spent_at_the_seat_of_a_government_meets_that_state():
    result = run("French President Emmanuel Macron lobbied hard.\n\nMacron spent three days at the White House on a state "
                 "visit, and German Chancellor Angela Merkel held a shorter working meeting with Trump on April 27.",
                 published="2018-05-08")
    assert sorted(sorted(p.key for p in m.participants) for m in result.meetings) == [["DEU", "USA"], ["FRA", "USA"]]


# ---------------------------------------------------------------- leaders.tsv: heads of state and government and
# foreign ministers since 1990 (2,578 more rows)

def test_leaders_of_the_1990s_act_for_their_states_without_their_country_named():
    result = run("President Heydar Aliyev and President Eduard Shevardnadze signed the pipeline accord in Istanbul on "
                 "Thursday.", published="1999-11-19")
    assert [parties for parties, status, _ in agreements(result)] == [["AZE", "GEO"]]
    result = run("President Emomali Rakhmonov and President Askar Akayev met in Bishkek on Monday.", published="1998-05-12")
    assert meetings(result) == [(["KGZ", "TJK"], "1998-05-11")]


def test_a_former_leader_who_speaks_for_a_body_acts_for_no_state():   # a guard
    result = run("Australian Trade Minister Don Farrell met EU Trade Commissioner Valdis Dombrovskis in Osaka on Sunday.",
                 published="2023-10-30")
    assert meetings(result) == []


# ---------------------------------------------------------------- organizations.tsv: fifty companies of energy,
# nuclear power, arms and telecoms (no state: "a company is a party of its own kind")

def test_a_company_that_speaks_is_a_source_of_no_state():
    result = run("Rosatom said on Tuesday that the reactor would be finished by 2028.", published="2023-03-07")
    assert sources(result) == [("Rosatom", "Organization")]
    assert result.states == [] or all(s.key != "RUS" for s, _ in result.states)


def test_a_report_whose_title_opens_with_a_company_is_its_publishers():
    result = run("Ukraine used about 60 billion cubic metres of gas in 2008, according to the BP Statistical Review of "
                 "World Energy 2009.", published="2010-04-22")
    assert [(r.title, r.publisher.label if r.publisher else None, r.year) for r in result.reports] == [
        ("BP Statistical Review of World Energy 2009", "BP", 2009)]
    assert sources(result) == [("BP", "Organization")]


def test_ministers_of_other_portfolios_act_for_their_states():
    result = run("Alexander Novak and Khalid al-Falih signed a joint statement on oil markets in Hangzhou on Monday.",
                 published="2016-09-07")
    assert [parties for parties, _, _ in agreements(result)] == [["RUS", "SAU"]]
