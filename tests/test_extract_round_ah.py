"""Round AH (thirtieth session): "the two countries" told just after the pair signed, with a third state looking on, is
that pair, not the venue's state and one of them; one traveller meeting two counterparts in two places in turn ("met
A in P and B in Q", "met A, its vice-president, in P that evening, and held talks with B in Q the next day", "held
talks with A in P and, days later, with B in Q") holds two meetings, the second counterpart perhaps known only by
the capital he was met in; a state that ends an instrument names its other party without 'with' ("the 2014 accord
that allowed French special forces to …", "… that Egypt and Sudan signed in 1959", "would not renew an agreement
letting the Indian navy …"), and withdrawing from *its own* agreement with a state ends both sides'; "the Solomons"
are Solomon Islands; "The agreement on the status of the base … was signed … by the two defence ministers" is the
pair's; in "The Russian president and his Kyrgyz counterpart, Askar Akayev" Akayev is Kyrgyz, so "when he and Akayev
agreed" is Russia and Kyrgyzstan; "Singapore, whose prime minister … signed … with Bush" is Singapore's signing, not
the main clause's Chile's; "withdrew its consent to that deal" ends the pair's deal told just before; "X brokered a
deal between A and B", "the ceasefire plan that X brokered between the two sides" are the sides' agreement, not the
broker's; "reached a U.S.-brokered agreement" is an agreement; "signed one with A in February last year, followed by
B in May and C in July" is one agreement with each, each in its month of that year; "signed an agreement on … in
1993, followed in 1996 by an accord on …" is two agreements of the same parties; "refused to reopen the treaty" is a
refusal; "Its report Trends in International Arms Transfers, 2024, published last month" is a report by title, and a
series' issue "published in May, titled "…"" is of the article's year."""

from extract_helpers import as_set, run, states
from test_extract_round_aa import agreements_of
from test_extract_round_m import meetings


# ---------------------------------------------------------------- "the two countries" after a signing abroad

def test_the_two_countries_are_the_pair_just_told_not_the_venue_and_one_of_them():
    result = run("ADDIS ABABA, May 4 - The foreign ministers of Eritrea and Djibouti signed a border accord in Doha on "
                 "Friday. Eritrea's Osman Saleh and Djibouti's Mahmoud Ali Youssouf put their names to the text in a hotel ballroom, with "
                 "Qatar's emir looking on. Negotiators from the two countries had initialled the accord in Doha on "
                 "April 20 after a week of talks.", published="2018-05-05")
    parties = {frozenset(parties) for parties, _, _ in agreements_of(result)}
    assert parties == {frozenset({"DJI", "ERI"})}


def test_a_pair_met_at_home_is_still_the_host_and_its_partner():   # a guard: the host's own group is kept
    result = run("Kenya, Uganda and Tanzania opened a customs post on Monday. The two countries later signed a "
                 "transit pact in Nairobi.", published="2019-03-06")
    assert all("KEN" in parties for parties, _, _ in agreements_of(result))


# ---------------------------------------------------------------- two counterparts, two places

def test_met_one_counterpart_in_each_capital():
    result = run("Britain's foreign secretary met Israel's prime minister in Jerusalem and Palestinian President "
                 "Mahmoud Abbas in Ramallah on Tuesday.", published="2016-03-10")
    assert meetings(result) == [(["GBR", "ISR"], "2016-03-08"), (["GBR", "PSE"], "2016-03-08")]


def test_an_apposition_and_a_time_before_the_second_counterpart():
    result = run("Turkish President Tayyip Erdogan flew to the Gulf on Monday. He met Sheikh Mohammed bin Rashid Al Maktoum, the "
                 "UAE's vice-president, in Dubai that evening, and held talks with the emir in Doha the next day.",
                 published="2017-07-26")
    sides = [parties for parties, _ in meetings(result)]
    assert ["ARE", "TUR"] in sides and ["QAT", "TUR"] in sides and not any(len(s) > 2 for s in sides)


def test_days_later_with_a_second_counterpart():
    result = run("Iraqi Prime Minister Mustafa al-Kadhimi travelled widely last autumn. In October he held talks with Saudi leaders in "
                 "Riyadh and, days later, with President Recep Tayyip Erdogan in Ankara.", published="2021-01-12")
    sides = [parties for parties, _ in meetings(result)]
    assert ["IRQ", "SAU"] in sides and ["IRQ", "TUR"] in sides and not any(len(s) > 2 for s in sides)


def test_a_stop_in_another_country_is_no_second_counterpart():   # a guard: "and in Brazil for the summit"
    result = run("Modi's visit came after stops in Nigeria, where he met President Bola Tinubu in Abuja on Sunday, and "
                 "in Brazil for the G20 summit in Rio de Janeiro.", published="2024-11-21")
    assert ["BRA", "IND"] not in [parties for parties, _ in meetings(result)]


# ---------------------------------------------------------------- the other party of an instrument ended

def test_the_forces_an_ended_accord_let_in_name_its_other_party():
    result = run("Chad terminated the 2019 accord that allowed French special forces to train in N'Djamena.",
                 published="2024-12-02")
    assert [parties for parties, status, _ in agreements_of(result) if status == "denied"] == [{"FRA", "TCD"}]


def test_the_troops_of_another_state_leaving_name_no_party():   # a guard: "of"
    result = run("Mali ended the defence agreement, citing the withdrawal of German troops from Gao.", published="2024-12-02")
    assert all("DEU" not in parties for parties, _, _ in agreements_of(result))


def test_a_relative_clause_naming_both_signatories():
    result = run("Khartoum suspended the water agreement that Egypt and Sudan signed in 1959, the ministry said.",
                 published="2021-03-04")
    assert [parties for parties, status, _ in agreements_of(result) if status == "denied"] == [{"EGY", "SDN"}]


def test_not_renewing_an_agreement_with_another_states_navy():
    result = run("The Maldives said on Friday it would not renew an agreement letting the Indian navy survey its reefs.",
                 published="2023-12-16")
    assert [parties for parties, status, _ in agreements_of(result) if status == "denied"] == [{"IND", "MDV"}]


def test_withdrawing_from_its_own_agreement_with_a_state_ends_both_sides():
    result = run("Havana withdrew from its medical cooperation agreement with Brasilia in November 2018.",
                 published="2019-01-10")
    assert agreements_of(result) == [({"BRA", "CUB"}, "denied", "2018-11")]


def test_leaving_a_deal_with_a_state_that_stays_is_the_leaver_alone():   # a guard
    result = run("Trump pulled the United States out of the nuclear deal with Iran in May 2018.", published="2019-01-10")
    assert agreements_of(result) == [({"USA"}, "denied", "2018-05")]


# ---------------------------------------------------------------- names

def test_the_solomons_are_solomon_islands():
    result = run("New Zealand kept police officers in the Solomons until 2017.", published="2022-08-01")
    assert states(result) == {"NZL", "SLB"}


# ---------------------------------------------------------------- a passive signing, a counterpart's name

def test_a_definite_instrument_with_its_subject_matter_signed_by_the_two_ministers():
    result = run("Armenia and Russia agreed in March to extend the lease of the Gyumri base. The agreement on the terms "
                 "of the lease and the status of Russian personnel there was signed in Yerevan on August 20 by the two "
                 "defence ministers.", published="2010-09-01")
    assert ({"ARM", "RUS"}, "signed", "2010-08-20") in agreements_of(result)


def test_the_name_after_his_counterpart_is_the_counterparts():
    result = run("Vladimir Putin arrived in Kyrgyzstan on Thursday. The Russian president and his Kyrgyz counterpart, "
                 "Askar Akayev, opened a base on Thursday. Putin had visited the airfield in 2002, when he and Akayev "
                 "agreed in principle that the base would be built.", published="2003-10-24")
    assert ({"KGZ", "RUS"}, "agreed", "2002") in agreements_of(result)


def test_an_office_of_two_regions_keeps_its_holders_name():   # a guard: "… for Europe and the Americas, Alan Duncan"
    result = run("The communique was signed by deputy foreign minister Carlos Foradori and the British minister of state "
                 "for Europe and the Americas, Alan Duncan.", published="2016-09-14")
    assert "Alan Duncan" in {p.person.label for p in result.people}


# ---------------------------------------------------------------- "whose", "withdrew its consent"

def test_a_whose_clause_is_its_antecedents():
    result = run("Peru now follows Colombia, whose president, Alvaro Uribe, signed a trade pact with the United States "
                 "in Washington on Tuesday.", published="2006-11-24")
    assert [parties for parties, _, _ in agreements_of(result)] == [{"COL", "USA"}]


def test_a_whose_clause_with_a_verb_of_its_own_is_an_aside():   # a guard
    result = run("Spain's Pedro Sanchez, whose country holds the EU presidency, met Israel's prime minister in "
                 "Jerusalem on Thursday.", published="2023-11-25")
    assert [parties for parties, _ in meetings(result)] == [["ESP", "ISR"]]


def test_withdrawing_consent_to_that_deal_ends_the_pairs_deal():
    result = run("Moldova and Ukraine signed a customs protocol in 2005. In 2007 Chisinau withdrew its consent to that "
                 "deal, citing border delays.", published="2008-01-10")
    assert ({"MDA", "UKR"}, "denied", "2007") in agreements_of(result)


# ---------------------------------------------------------------- brokered between

def test_a_deal_brokered_between_two_states_is_theirs_not_the_brokers():
    result = run("In 1998 Norway's foreign minister brokered a deal between Ecuador and Peru that ended their border "
                 "war.", published="1999-01-05")
    assert agreements_of(result) == [({"ECU", "PER"}, "agreed", "1998")]


def test_the_plan_a_leader_brokered_between_the_two_sides():
    result = run("Armenia and Azerbaijan fought for six weeks in 2020. The war ended with a ceasefire plan that Russian "
                 "President Vladimir Putin brokered between the two sides in November 2020.", published="2021-02-01")
    assert agreements_of(result) == [({"ARM", "AZE"}, "agreed", "2020-11")]


def test_an_abbreviated_broker_before_the_agreement():
    result = run("Sudan and South Sudan reached a U.S.-brokered agreement on oil transit fees in August 2012.",
                 published="2013-01-10")
    assert agreements_of(result) == [({"SDN", "SSD"}, "agreed", "2012-08")]


# ---------------------------------------------------------------- "followed by"

def test_counterparts_in_turn_after_followed_by_each_with_their_month():
    result = run("Singapore signed its first digital economy agreement with Chile in June last year, followed by "
                 "Australia in August and South Korea in December.", published="2021-03-02")
    assert as_set(agreements_of(result)) == as_set([({"CHL", "SGP"}, "signed", "2020-06"),
                                                    ({"AUS", "SGP"}, "signed", "2020-08"),
                                                    ({"KOR", "SGP"}, "signed", "2020-12")])


def test_co_signers_following_within_hours_stay_one_signing():   # a guard: no "with" counterpart
    result = run("On Tuesday in New York, Clinton became the first leader to sign the test ban treaty, followed within "
                 "hours by the foreign ministers of China, Russia, France and Britain.", published="1996-09-26")
    assert len([a for a in agreements_of(result) if len(a[0]) > 1]) == 1


def test_a_second_instrument_followed_in_a_later_year():
    result = run("In 2005 Kazakhstan and Kyrgyzstan signed an agreement on water sharing, followed in 2008 by an accord "
                 "on border crossings.", published="2010-04-01")
    assert as_set(agreements_of(result)) == as_set([({"KAZ", "KGZ"}, "signed", "2005"),
                                                    ({"KAZ", "KGZ"}, "signed", "2008")])


def test_a_second_instrument_a_year_later():
    result = run("Chile signed a free trade agreement with Mexico in 1998, followed a year later by a double taxation "
                 "treaty.", published="2004-01-01")
    assert ({"CHL", "MEX"}, "signed", "1999") in agreements_of(result)


# ---------------------------------------------------------------- refusals

def test_refusing_to_reopen_a_treaty_is_a_refusal():
    result = run("Egypt refused on Monday to reopen the 1959 water treaty, its foreign ministry said.", published="2013-06-05")
    assert [(parties, status) for parties, status, _ in agreements_of(result)] == [({"EGY"}, "denied")]


# ---------------------------------------------------------------- reports

def test_its_report_with_a_title_and_an_edition_year():
    result = run("Figures from the Stockholm International Peace Research Institute tell the same story. Its report Trends "
                 "in International Arms Transfers, 2019, published last month, found that imports by Gulf states rose.",
                 published="2019-04-02")
    assert [(r.title, r.year) for r in result.reports] == [("Trends in International Arms Transfers, 2019", 2019)]


def test_a_titled_report_published_in_a_month_is_of_that_year():
    result = run('In its Lao Economic Monitor published in May, titled "Building Resilience", the World Bank said growth '
                 'would slow this year.', published="2021-06-15")
    assert [(r.publisher.label if r.publisher else None, r.year) for r in result.reports] == [("World Bank", 2021)]
