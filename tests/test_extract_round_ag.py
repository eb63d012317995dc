"""Round AG (twenty-ninth session): "the Bush administration", "the Abe government" are their state's government
(not "the Johnson government", two states' Johnsons; not "under the Morrison government", a time); "held separate
talks in Riyadh with A, B and C" is one meeting with each; the last item of a list after an Oxford comma is no
clause of its own; a passive signing whose subject is the instrument takes every state of its 'by' list, also after
"six powers:", never a company named by a demonym; "X, weeks after taking office, met Y" keeps X as a side; "thirty
years later", "twenty-five years later"; "its border with Guatemala" and "cut its ties with North Korea" name no
party, "a treaty fixing its maritime boundary with Nigeria" does; "a joint strategic vision" is an instrument; "the
Warsaw Pact" is not Poland; "Australia's Pacific Solution" is no person; "did not hold talks", "co-hosted the 2019
edition" and "membership talks since 2020" are no meetings."""

from extract_helpers import run, states
from test_extract_round_aa import agreements_of
from test_extract_round_m import meetings


# ---------------------------------------------------------------- "the Bush administration"

def test_an_administration_named_after_its_president_is_its_state():
    result = run("In 2007 Prague signed an agreement with the Bush administration to host a radar station.",
                 published="2008-02-01")
    assert agreements_of(result) == [({"CZE", "USA"}, "signed", "2007")]


def test_a_government_named_after_its_prime_minister_is_its_state():
    result = run("The Abe government signed an infrastructure deal with Vietnam on Monday.", published="2016-03-09")
    assert agreements_of(result) == [({"JPN", "VNM"}, "signed", "2016-03-07")]


def test_a_surname_of_two_states_leaders_names_no_government():   # a guard: Lyndon Johnson, Boris Johnson
    result = run("Canberra signed a trade deal with the Johnson government on Monday.", published="2021-06-16")
    assert agreements_of(result) == []


def test_under_a_leaders_government_is_a_time_not_a_party():
    result = run("Talks on the treaty began in 2018 under the Morrison government, the year Pacific leaders adopted a "
                 "declaration on security in Nauru.", published="2022-12-14")
    assert agreements_of(result) == []


# ---------------------------------------------------------------- separate talks, lists

def test_separate_talks_in_a_city_with_three_leaders_are_three_meetings():
    result = run("On Monday, Modi held separate talks in Abu Dhabi with Jordan's King Abdullah II, Kuwait's emir, Sheikh "
                 "Nawaf al-Ahmad al-Sabah, and Oman's Sultan Haitham bin Tariq.", published="2022-06-29")
    assert meetings(result) == [(["IND", "JOR"], "2022-06-27"), (["IND", "KWT"], "2022-06-27"),
                                (["IND", "OMN"], "2022-06-27")]


def test_the_last_item_after_an_oxford_comma_is_no_clause_of_its_own():
    result = run("On Monday, Macron held talks in Baghdad with Egypt's president, Jordan's king, Abdullah II, and Iraq's "
                 "prime minister, Mustafa al-Kadhimi.", published="2021-08-31")
    assert meetings(result) == [(["EGY", "FRA", "IRQ", "JOR"], "2021-08-30")]


def test_a_second_clause_with_its_own_verb_still_stands_apart():   # a guard
    result = run("Kuwait's emir travelled to Riyadh and Doha in early June to meet their leaders, and the U.S. "
                 "secretary of state spent four days touring the Gulf in July.", published="2017-08-02")
    assert all("USA" not in parties for parties, _ in meetings(result))


# ---------------------------------------------------------------- passive signing by a list

def test_a_passive_signing_takes_the_list_a_colon_opens():
    result = run("The accord, known as the Geneva framework, was concluded in Geneva on March 3 last year by Iran and "
                 "three powers: Britain, France and Germany.", published="2005-01-20")
    assert agreements_of(result) == [({"IRN", "GBR", "FRA", "DEU"}, "signed", "2004-03-03")]


def test_a_passive_signing_takes_the_whole_by_list():
    result = run("The treaty was signed in Moscow in May 2014 by Russia and Belarus, Kazakhstan and Armenia, and took "
                 "effect a year later.", published="2016-02-02")
    assert agreements_of(result) == [({"RUS", "BLR", "KAZ", "ARM"}, "signed", "2014-05")]


def test_companies_named_by_demonyms_are_no_states_of_a_passive_signing():   # a guard
    result = run("The contracts were signed by the Egyptian Electricity Holding Company and the Saudi Power "
                 "Company with a consortium led by a Swiss firm.", published="2023-10-05")
    assert agreements_of(result) == []


# ---------------------------------------------------------------- an aside between subject and verb

def test_an_aside_with_after_between_subject_and_verb_keeps_the_subject():
    result = run("Kenyan President William Ruto and Ugandan President Yoweri Museveni spoke by phone in August. The thaw "
                 "began in October, when Ruto, weeks after taking office, met Museveni in Kampala.",
                 published="2023-01-10")
    assert (["KEN", "UGA"], "2022-10") in meetings(result)


# ---------------------------------------------------------------- "thirty years later"

def test_thirty_years_later_counts_from_the_year_told_before():
    result = run("In 1973 Argentina and Uruguay signed a treaty on the river. Thirty years later, Uruguay and Brazil "
                 "signed an agreement on the lagoon.", published="2010-05-05")
    assert ({"URY", "BRA"}, "signed", "2003") in agreements_of(result)


def test_twenty_five_years_later_counts_too():
    result = run("In 1990 Chile and Bolivia signed a trade accord. Twenty-five years later, Chile and Peru signed a "
                 "fisheries deal.", published="2019-05-05")
    assert ({"CHL", "PER"}, "signed", "2015") in agreements_of(result)


# ---------------------------------------------------------------- "its border with", "cut its ties with"

def test_a_border_with_a_state_names_no_party():
    result = run("Costa Rica agreed on Friday to deploy police along its northern border with Nicaragua.",
                 published="2018-07-09")
    assert agreements_of(result) == []


def test_a_treaty_fixing_a_boundary_with_a_state_names_it():   # a guard
    result = run("Gabon signed a treaty on Monday fixing its maritime boundary with Sao Tome and Principe.",
                 published="2001-07-04")
    assert agreements_of(result) == [({"GAB", "STP"}, "signed", "2001-07-02")]


def test_ties_it_cut_with_a_third_state_name_no_party():
    result = run("Washington has pressed Khartoum for months. Sudan agreed on Tuesday to cut its military ties with "
                 "Iran, U.S. officials said.", published="2017-10-12")
    assert all("IRN" not in parties for parties, _, _ in agreements_of(result))


# ---------------------------------------------------------------- nouns and names

def test_a_joint_strategic_vision_is_an_instrument():
    result = run("On Saturday, King Salman and President Trump signed a joint strategic vision in Riyadh.",
                 published="2017-05-22")
    assert agreements_of(result) == [({"SAU", "USA"}, "signed", "2017-05-20")]


def test_the_warsaw_pact_is_not_poland():
    result = run("The treaty was signed in 1990 by members of NATO and the Warsaw Pact, among them Hungary and Canada.",
                 published="2007-12-12")
    assert states(result) == {"HUN", "CAN"}


def test_a_states_policy_with_a_capitalised_name_is_no_person():
    result = run("The camp on Nauru was used under Australia's Pacific Solution until 2008.", published="2012-08-13")
    assert [p.person.label for p in result.people] == []


# ---------------------------------------------------------------- meetings that were not

def test_leaders_who_did_not_hold_talks_did_not_meet():
    result = run("Indian Prime Minister Narendra Modi and Chinese President Xi Jinping have traded barbs for months. Modi "
                 "and Xi did not hold talks in Johannesburg; they spoke briefly on the sidelines.", published="2023-08-25")
    assert meetings(result) == []


def test_a_state_that_co_hosted_a_tournament_edition_met_no_one():
    result = run("Kenya co-hosted the 2019 edition with Uganda, and both teams reached the quarter-finals in July.",
                 published="2021-03-02")
    assert meetings(result) == []


def test_membership_talks_blocked_for_years_are_no_meeting():
    result = run("Bulgaria, which has held up several chapters of North Macedonia's membership talks since 2020 over "
                 "language rights, made sure that only one chapter was opened.", published="2024-06-25")
    assert meetings(result) == []


# ---------------------------------------------------------------- the topic of a passive signing

def test_a_passive_signing_is_about_its_subject_not_where_it_was_signed():
    result = run("The pact, known formally as the Treaty of Good Neighbourliness, was signed in Moscow in July 2001 by "
                 "Russia and China.", published="2021-06-28")
    assert [a.topic for a in result.agreements] == ["Treaty of Good Neighbourliness"]
    result = run("The accord was concluded in Geneva last year by Armenia and Azerbaijan.", published="2024-02-02")
    assert [a.topic for a in result.agreements] == ["accord"]
