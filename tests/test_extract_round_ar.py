"""Round AR (fortieth session): sentences that tell of more than one agreement. The same two states agreeing or signing
again at a date the joined clause opens with ("…, and in December that year they agreed …", "…, and a decade later
they signed …"); one side ending the sides' instrument in a joined clause with more verbs of ending ("shelved the
project", "declared the protocols null and void", "stopped applying it"); each of two states signing with a
counterpart that is no state; another state's "separate deal" with the counterpart named once; a state's signing told
before another's refusal; negotiations opened "in January with Poland"."""

from extract_helpers import agreements, as_set, meetings, reports, run


# ---------------------------------------------------------------- the same sides again, at a date of their own

def test_the_same_sides_agreeing_again_later_that_year_is_a_second_agreement():
    result = run("In March 2012 Serbia and Kosovo agreed on a customs stamp, and in October that year they agreed to "
                 "share the running of two border posts.", published="2013-01-10")
    assert as_set(agreements(result)) == {(frozenset({"SRB", "XKX"}), "agreed", "2012-03"),
                                          (frozenset({"SRB", "XKX"}), "agreed", "2012-10")}


def test_a_decade_later_counts_from_the_date_of_the_clause_before():
    result = run("In 1993 China and India agreed on principles for keeping the peace on their frontier, and a decade "
                 "later they signed a protocol on military confidence-building.", published="2010-05-02")
    assert (frozenset({"CHN", "IND"}), "signed", "2003") in as_set(agreements(result))


def test_their_ministers_adopting_a_statement_years_later_is_a_signing_of_the_same_sides():
    result = run("Japan and Vietnam signed a memorandum on maritime cooperation in May 2014, and in June 2019 their "
                 "defence ministers adopted a joint statement on training.", published="2020-02-01")
    assert as_set(agreements(result)) == {(frozenset({"JPN", "VNM"}), "signed", "2014-05"),
                                          (frozenset({"JPN", "VNM"}), "signed", "2019-06")}


def test_a_clause_that_opens_with_the_same_date_adds_nothing():
    result = run("In May 2014 Japan and Vietnam agreed on coast guard training, and in May 2014 they also agreed to "
                 "meet again.", published="2014-06-01")
    assert len(agreements(result)) == 1


def test_a_later_clause_about_other_people_is_no_agreement_of_the_sides():
    result = run("Japan and Vietnam signed a memorandum on maritime cooperation in May 2014, and in June 2019 "
                 "fishermen protested in Hanoi.", published="2020-02-01")
    assert as_set(agreements(result)) == {(frozenset({"JPN", "VNM"}), "signed", "2014-05")}


# ---------------------------------------------------------------- one side ending the sides' instrument

def test_one_side_shelving_the_project_ends_the_two_sides_agreement():
    result = run("Egypt and Sudan signed an agreement in 2014 to build a railway between Aswan and Wadi Halfa, but "
                 "Khartoum shelved the project in 2019 for lack of money.", published="2023-03-01")
    assert (frozenset({"EGY", "SDN"}), "denied", "2019") in as_set(agreements(result))


def test_declaring_the_protocols_null_and_void_ends_them():
    result = run("Turkey and Armenia signed two protocols on normalising relations in October 2009, but Armenia "
                 "declared the protocols null and void in March 2018.", published="2022-01-14")
    assert (frozenset({"TUR", "ARM"}), "denied", "2018-03") in as_set(agreements(result))


def test_a_state_that_stopped_applying_its_protocol_denies_it_at_that_date():
    result = run("Iran signed the Additional Protocol in 2003 but stopped applying it in 2006.", published="2021-03-01")
    assert as_set(agreements(result)) == {(frozenset({"IRN"}), "signed", "2003"), (frozenset({"IRN"}), "denied", "2006")}


# ---------------------------------------------------------------- each state with a counterpart that is no state

def test_two_states_each_signing_with_a_company_sign_one_agreement_each():
    result = run("Kenya and Ethiopia each signed a power purchase agreement with the grid operator, in 2016 and 2018 "
                 "respectively.", published="2020-09-09")
    assert as_set(agreements(result)) == {(frozenset({"KEN"}), "signed", "2016"), (frozenset({"ETH"}), "signed", "2018")}


def test_two_states_that_each_signed_with_a_third_state_are_two_pairs():
    result = run("Greece and Portugal each signed a memorandum with China.", published="2019-01-01")
    assert as_set(agreements(result)) == {(frozenset({"GRC", "CHN"}), "signed", None),
                                          (frozenset({"PRT", "CHN"}), "signed", None)}


def test_two_states_that_each_signed_with_no_counterpart_named_stay_one_agreement():
    result = run("In September 2020, Serbia's president and Kosovo's prime minister each signed commitments on "
                 "economic normalisation at the White House.", published="2021-02-01")
    assert [parties for parties, _, _ in agreements(result)] == [{"SRB", "XKX"}]


# ---------------------------------------------------------------- a separate deal with the same counterpart

def test_another_states_separate_deal_is_with_the_counterpart_named_before():
    result = run("In August, Rwanda said it had agreed to take in up to 250 deportees from the United States, and "
                 "Uganda reached a separate deal to receive asylum seekers.", published="2025-10-01")
    assert (frozenset({"UGA", "USA"}), "agreed", "2025-08") in as_set(agreements(result))


def test_a_separate_deal_of_a_state_already_a_side_adds_nothing():
    result = run("In August, Rwanda said it had agreed to take in deportees from the United States, and Rwanda reached "
                 "a separate deal on refugees.", published="2025-10-01")
    assert all(parties <= {"RWA", "USA"} for parties, _, _ in agreements(result))


# ---------------------------------------------------------------- a signing told before another's refusal

def test_a_state_that_initialled_while_another_refused_signed_alone():
    result = run("Kosovo initialled the draft agreement on Monday, while Serbia refused to sign it.", published="2016-05-04")
    assert as_set(agreements(result)) == {(frozenset({"XKX"}), "signed", "2016-05-02"),
                                          (frozenset({"SRB"}), "denied", "2016-05-02")}


def test_a_signing_with_no_refusal_after_it_is_left_as_it_was():
    result = run("Kosovo initialled the draft agreement on Monday, while Serbia asked for more time.", published="2016-05-04")
    assert not any(parties == {"XKX"} and status == "signed" for parties, status, _ in agreements(result))


# ---------------------------------------------------------------- negotiations opened at a date, with each state

def test_negotiations_opened_in_a_month_with_two_states_are_planned_with_each():
    result = run("Washington opened negotiations in February with Romania on a missile defence site and with "
                 "Bulgaria on a radar.", published="2008-06-01")
    assert as_set(agreements(result)) == {(frozenset({"USA", "ROU"}), "planned", "2008-02"),
                                          (frozenset({"USA", "BGR"}), "planned", "2008-02")}


# ---------------------------------------------------------------- instruments listed with a year each

def test_agreements_of_two_years_are_two_agreements_of_the_sides():
    result = run("India and China pledged to keep their forces small in the agreements of 1993 and 1996.",
                 published="2020-07-01")
    assert {date for parties, _, date in agreements(result) if parties == {"CHN", "IND"}} >= {"1993", "1996"}


def test_treaties_signed_in_two_years_are_two_signings():
    result = run("The text extends earlier defence treaties Peru signed with Washington in 1952 and 1974, officials said.",
                 published="2009-08-15")
    assert {(frozenset({"PER", "USA"}), "signed", "1952"), (frozenset({"PER", "USA"}), "signed", "1974")} <= \
        as_set(agreements(result))


def test_two_years_that_are_not_the_agreements_add_nothing():
    result = run("Peru and Chile signed a trade agreement in 2006, after growth of 5 percent in 2004 and 2005.",
                 published="2007-01-15")
    assert as_set(agreements(result)) == {(frozenset({"PER", "CHL"}), "signed", "2006")}


# ---------------------------------------------------------------- a list of clauses, each with its own subject

def test_each_clause_of_a_list_of_withdrawals_is_read_on_its_own():
    result = run("Mali ended its defence treaty with France in May 2022, Burkina Faso scrapped its military accord "
                 "with Paris in January 2023, and Niger revoked its own agreements with France in August 2023.",
                 published="2023-10-01")
    found = as_set(agreements(result))
    assert (frozenset({"MLI", "FRA"}), "denied", "2022-05") in found
    assert (frozenset({"BFA", "FRA"}), "denied", "2023-01") in found


# ---------------------------------------------------------------- deals with each state, each dated

def test_trade_deals_with_a_list_of_states_each_dated_are_one_deal_each():
    result = run("Washington struck trade deals with Britain in May, with Vietnam and Indonesia this month, and with "
                 "the Philippines on Tuesday.", published="2025-07-25")
    assert as_set(agreements(result)) == {(frozenset({"USA", "GBR"}), "agreed", "2025-05"),
                                          (frozenset({"USA", "VNM"}), "agreed", "2025-07"),
                                          (frozenset({"USA", "IDN"}), "agreed", "2025-07"),
                                          (frozenset({"USA", "PHL"}), "agreed", "2025-07-22")}


def test_a_second_with_that_names_no_state_leaves_one_deal_of_all():
    result = run("Mexico reached a deal with the United States and Canada in 2010, with the help of the "
                 "International Atomic Energy Agency, to ship out its uranium.", published="2012-03-26")
    assert [parties for parties, _, _ in agreements(result)] == [{"MEX", "USA", "CAN"}]


# ---------------------------------------------------------------- meetings at each of two dates listed

def test_summits_held_in_two_years_are_two_meetings():
    result = run("South Korea and North Korea pledged to improve ties at the summits held in Pyongyang in 2000 and 2007.",
                 published="2015-08-25")
    assert meetings(result) == {(frozenset({"KOR", "PRK"}), "2000"), (frozenset({"KOR", "PRK"}), "2007")}


def test_summits_at_two_places_in_two_years_are_two_meetings():
    result = run("Modi and Xi Jinping held informal summits in Wuhan in 2018 and Mamallapuram in 2019.",
                 published="2020-09-11")
    assert meetings(result) == {(frozenset({"IND", "CHN"}), "2018"), (frozenset({"IND", "CHN"}), "2019")}


def test_one_tour_over_two_months_is_one_meeting():
    result = run("Pakistan's team has not played in India since Pakistan toured India in December 2012 and January 2013.",
                 published="2023-08-01")
    assert len(meetings(result)) <= 1


# ---------------------------------------------------------------- a list of standing agreements, an unowned one

def test_a_state_that_has_agreements_with_a_list_of_states_signed_one_with_each():
    result = run("South Korea already has defence industry agreements with Poland, Norway and Australia.",
                 published="2022-08-26")
    assert as_set(agreements(result)) == {(frozenset({"KOR", "POL"}), "signed", None),
                                          (frozenset({"KOR", "NOR"}), "signed", None),
                                          (frozenset({"KOR", "AUS"}), "signed", None)}


def test_a_state_that_has_no_such_agreements_signed_none():
    result = run("South Korea has no such agreements with Poland, Norway and Australia.", published="2022-08-26")
    assert not agreements(result)


def test_a_deal_with_one_state_signed_before_is_the_articles_states():
    result = run("Japan signed a partnership agreement with Thailand on Tuesday. An earlier deal with Malaysia, signed "
                 "in December 2005, covers car parts.", published="2007-04-05")
    assert (frozenset({"JPN", "MYS"}), "signed", "2005-12") in as_set(agreements(result))


# ---------------------------------------------------------------- reports with quoted titles

def test_a_quoted_title_read_in_then_what_it_said_is_a_report():
    result = run('The Asian Development Bank said in its "Asian Economic Integration Report 2019" that trade within the '
                 "region had slowed.", published="2019-11-08")
    assert reports(result) == {("Asian Economic Integration Report 2019", "Asian Development Bank", 2019)}


def test_a_possessors_quoted_title_after_according_to_is_a_report():
    result = run('According to the World Meteorological Organization\'s "State of the Global Climate 2021", the last '
                 "seven years were the warmest on record.", published="2022-05-18")
    assert {title for title, _, _ in reports(result)} == {"State of the Global Climate 2021"}


def test_a_possessors_quoted_title_with_an_aside_before_its_verb_is_a_report():
    result = run('The International Energy Agency\'s "Gas Market Report", released on Wednesday, forecast that demand '
                 "would stall.", published="2023-10-12")
    assert reports(result) == {("Gas Market Report", "International Energy Agency", None)}


def test_a_quoted_title_that_names_its_kind_is_a_report():
    result = run('The "Review of the Pacific Solution", handed to ministers in May, recommended closing the camps.',
                 published="2008-02-08")
    assert {title for title, _, _ in reports(result)} == {"Review of the Pacific Solution"}


def test_an_edition_year_and_a_white_paper_on_a_subject_is_one_title():
    result = run("The plan follows Britain's 2015 Strategic Defence Review on Security and Resilience, officials said.",
                 published="2016-01-20")
    assert any(title.endswith("on Security and Resilience") for title, _, _ in reports(result))


def test_a_quoted_phrase_that_is_no_document_is_no_report():
    result = run('The minister said in its "spirit of cooperation" that talks would go on.', published="2019-11-08")
    assert not reports(result)
