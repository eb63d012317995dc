"""Round V (seventeenth session): what the blind blocks 439–462 lost, and phrasings of the same families."""

from extract_helpers import agreements, run, states
from test_extract_round_m import meetings


# ---------------------------------------------------------------- states

def test_a_state_name_that_names_a_sea_or_gulf_is_no_state():
    result = run("Estonia and Russia signed a treaty delimiting the maritime zones in Narva Bay and the Gulf of Finland.",
                 published="2014-02-19")
    assert states(result) == {"EST", "RUS"}
    for sentence, absent in (("Tankers crossed the Gulf of Oman and the Bay of Bengal on their way to Japan.", {"OMN"}),
                             ("Pirates in the Gulf of Guinea attacked a Nigerian tanker.", {"GIN"}),
                             ("Drilling in the Gulf of Mexico resumed after the storm.", {"MEX"})):
        assert not states(run(sentence)) & absent, sentence
    assert "MEX" in states(run("Mexico and the United States agreed to share water.", published="2024-05-15"))   # a guard


def test_a_capital_before_a_year_names_games_not_a_state_or_the_venue():
    result = run("In February, the two Koreas' sports ministers met International Olympic Committee President Thomas Bach "
                 "in Lausanne and agreed to field joint teams at the Tokyo 2020 Games.", published="2019-10-16")
    assert states(result) == {"KOR", "PRK"}
    assert [(m.place, sorted(p.key for p in m.participants)) for m in result.meetings] == [("Lausanne", ["KOR", "PRK"])]
    assert "JPN" in states(run("Tokyo and Seoul agreed in 2020 to share intelligence.", published="2020-12-01"))   # a guard


def test_a_leaders_surname_after_another_given_name_is_another_person():
    result = run("Press secretary Jay Carney said President Barack Obama and Brazilian President Dilma Rousseff had agreed "
                 "to postpone the visit.", published="2013-09-18")
    assert "CAN" not in states(result)
    assert [parties for parties, _, _ in agreements(result)] == [{"BRA", "USA"}]
    for sentence in ("President Obama and Prime Minister Carney agreed on Monday to extend the pact.",   # guards: a title,
                     "The deal was agreed by Obama, Carney and Sheinbaum on Monday to extend the pact."):  # a list
        assert "CAN" in {p for parties, _, _ in agreements(run(sentence, published="2025-06-01")) for p in parties}, sentence


# ---------------------------------------------------------------- agreements

def test_a_signature_withdrawn_just_after_the_signing_is_told_ends_the_pact_of_both():
    result = run("Estonian Foreign Minister Urmas Paet and Russian Foreign Minister Sergei Lavrov had signed an earlier "
                 "version of the treaties in Moscow in May 2005. Russia withdrew its signature that September in a "
                 "dispute over the preamble.", published="2014-02-19")
    denied = [parties for parties, status, _ in agreements(result) if status == "denied"]
    assert denied == [{"EST", "RUS"}]


def test_a_signature_withdrawn_from_a_named_treaty_stays_with_the_state_that_withdrew():   # a guard
    result = run("Japan and the United States signed a trade deal in May 2002. The United States withdrew its "
                 "signature from the Rome Statute in 2002.", published="2002-06-01")
    denied = [parties for parties, status, _ in agreements(result) if status == "denied"]
    assert denied == [{"USA"}]


def test_agreed_to_do_then_signed_a_further_agreement_in_one_sentence_is_two_agreements():
    result = run("Saudi Arabia and Kuwait signed a deal on Tuesday. The two countries agreed in 1965 to partition the area "
                 "while sharing its oil equally, and in 2000 they signed a further agreement delimiting their offshore "
                 "boundary.", published="2019-12-25")
    assert sorted((status, date) for parties, status, date in agreements(result)
                  if parties == {"KWT", "SAU"}) == [("agreed", "1965"), ("signed", "2000"), ("signed", "2019-12-24")]


def test_relations_established_then_a_partnership_declared_is_two_agreements():
    result = run("Mongolia and Japan established diplomatic relations in 1972 and declared a \"strategic partnership\" in "
                 "2010.", published="2015-02-11")
    assert sorted(date for _, _, date in agreements(result)) == ["1972", "2010"]


def test_the_gna_is_libyas_government():
    result = run("Turkey has sent military support under an accord the two sides signed in November. Italy signed its own "
                 "memorandum on migration with the GNA in February 2017.", published="2020-05-29")
    assert ({"ITA", "LBY"}, "signed", "2017-02") in agreements(result)


def test_cooperation_or_an_arrangement_frozen_is_denied_for_both_sides():
    result = run("The government of President Carlos Menem froze nuclear cooperation with Iran in 1992.", published="2013-01-28")
    assert agreements(result) == [({"ARG", "IRN"}, "denied", "1992")]
    result = run("Oman and Israel agreed in 1996 to open trade offices. Muscat froze that arrangement in October 2000.",
                 published="2018-10-28")
    assert ({"ISR", "OMN"}, "denied", "2000-10") in agreements(result)
    assert agreements(run("Both sides froze talks on the agreement in 2012.", published="2013-01-28")) == []   # a guard


def test_states_that_have_had_an_agreement_since_a_year_signed_it_then():
    result = run("Chile and Mexico have had a free trade agreement since 1999, and Mexico and Peru signed a trade "
                 "integration agreement in Lima in April last year.", published="2012-06-07")
    assert sorted((sorted(parties), status, date) for parties, status, date in agreements(result)) == [
        (["CHL", "MEX"], "signed", "1999"), (["MEX", "PER"], "signed", "2011-04")]
    assert agreements(run("Chile and Mexico have had close relations since 1999.", published="2012-06-07")) == []   # a guard


def test_a_joint_commission_set_up_is_agreed():
    result = run("South Africa and Nigeria set up a Bi-National Commission in 1999 to coordinate cooperation.",
                 published="2012-03-08")
    assert agreements(result) == [({"NGA", "ZAF"}, "agreed", "1999")]
    assert agreements(run("Kenya set up a joint committee of its ministries in 1999.", published="2012-03-08")) == []   # a guard


def test_annexes_not_renewed_are_denied_for_both():
    result = run("Jordan has formally notified Israel that it will not renew two annexes of the countries' 1994 peace "
                 "treaty.", published="2018-10-22")
    assert [(parties, status) for parties, status, _ in agreements(result)] == [({"ISR", "JOR"}, "denied")]


def test_an_amicable_solution_reached_and_two_leaders_agreeing_are_agreements():
    result = run("Portugal has withdrawn its complaint over Spain's plan, after the two governments reached what Brussels "
                 "described as an \"amicable solution\".", published="2017-02-22")
    assert [(parties, status) for parties, status, _ in agreements(result)] == [({"ESP", "PRT"}, "agreed")]
    result = run("Chinese President Xi Jinping held talks with Philippine President Rodrigo Duterte in Beijing on Thursday, "
                 "with the two leaders agreeing to bring bilateral relations back on track.", published="2016-10-21")
    assert [(parties, status) for parties, status, _ in agreements(result)] == [({"CHN", "PHL"}, "agreed")]


def test_facilitators_and_a_host_are_no_parties():
    result = run("Rwanda and Uganda signed a memorandum in Luanda on Wednesday. The two governments also agreed to set up a "
                 "ministerial commission, with Angola and the DRC as facilitators, to monitor it.", published="2019-08-22")
    assert [(parties, status) for parties, status, _ in agreements(result)] == [
        ({"RWA", "UGA"}, "signed"), ({"RWA", "UGA"}, "agreed")]
    result = run("The deal was signed by Presidents Paul Kagame and Yoweri Museveni in a ceremony hosted by Angolan "
                 "President João Lourenço.", published="2019-08-22")
    assert [parties for parties, _, _ in agreements(result)] == [{"RWA", "UGA"}]


# ---------------------------------------------------------------- meetings

def test_a_visit_told_as_the_time_of_talks_that_dragged_on_was_held():
    result = run("Talks to restart the oil fields dragged on for years and were raised at the highest levels, including "
                 "during a visit to Kuwait by Saudi Crown Prince Mohammed bin Salman in September 2018.",
                 published="2019-12-25")
    assert meetings(result) == [(["KWT", "SAU"], "2018-09")]


def test_a_visit_to_come_told_with_during_is_not_held():   # guards
    for sentence in ("The deal is expected to be signed during a visit to Kuwait by Saudi Crown Prince Mohammed bin "
                     "Salman next month.",
                     "The issue will be raised during a planned visit to Kuwait by Saudi Crown Prince Mohammed bin Salman."):
        assert meetings(run(sentence, published="2019-12-25")) == [], sentence


def test_two_leaders_who_open_a_bridge_together_on_a_day_meet():
    result = run("Zambia's President Edgar Lungu and Botswana's President Mokgweetsi Masisi on Monday commissioned the "
                 "Kazungula Bridge over the Zambezi River.", published="2021-05-11")
    assert meetings(result) == [(["BWA", "ZMB"], "2021-05-10")]
    result = run("Presidents Adama Barrow of The Gambia and Macky Sall of Senegal on Monday formally inaugurated the "
                 "Senegambia Bridge, a concrete crossing near Farafenni.", published="2019-01-22")
    assert meetings(result) == [(["GMB", "SEN"], "2019-01-21")]


def test_talks_hoped_for_with_no_date_set_or_a_visit_agreed_to_are_not_held():
    for sentence in ("Officials in Seoul said they still hoped to discuss the joint bid with Pyongyang, but acknowledged "
                     "that no date had been set for any talks.",
                     "Under the compromise, Russian Foreign Minister Sergei Lavrov has agreed to visit Estonia in the "
                     "second half of the year."):
        assert meetings(run(sentence, published="2019-10-16")) == [], sentence


def test_two_who_signed_in_a_city_in_a_month_met():
    result = run("Russian President Vladimir Putin and North Korean leader Kim Jong Un signed the treaty, which obliges "
                 "each side to help the other, in Pyongyang in June.", published="2024-11-12")
    assert meetings(result) == [(["PRK", "RUS"], "2024-06")]
    result = run("Russian President Vladimir Putin and North Korean leader Kim Jong Un signed the treaty in June.",
                 published="2024-11-12")
    assert meetings(result) == []   # a guard: no day, no place, perhaps signed apart


def test_an_ambassador_summoned_is_a_meeting_of_the_two_states():
    result = run("Spanish Foreign Minister Arancha González Laya summoned Morocco's ambassador to the ministry in Madrid on "
                 "Tuesday.", published="2021-05-20")
    assert meetings(result) == [(["ESP", "MAR"], "2021-05-18")]
    assert meetings(run("Spain's High Court has summoned the militia leader to testify on June 1.",
                        published="2021-05-20")) == []   # a guard: a court's summons is no meeting of states


def test_separate_meetings_with_a_list_are_one_meeting_each():
    result = run("Modi arrived in Guyana on Tuesday. On the sidelines, Indian Prime Minister Narendra Modi held separate "
                 "meetings with Barbados Prime Minister "
                 "Mia Mottley, Dominica Prime Minister Roosevelt Skerrit and Suriname President Chandrikapersad Santokhi.",
                 published="2024-11-21")
    separate = [m for m in result.meetings if "separate" in m.evidence.text]
    assert sorted(sorted(p.key for p in m.participants) for m in separate) == [["BRB", "IND"], ["DMA", "IND"], ["IND", "SUR"]]


def test_a_delegation_that_met_one_leader_in_a_city_and_another_a_day_later_held_two_meetings():
    result = run("In June, Ramaphosa led a delegation of African leaders, including Senegal's Macky Sall and Zambia's "
                 "Hakainde Hichilema, that met President Volodymyr Zelensky in Kyiv on June 16 and Putin in St Petersburg "
                 "a day later.", published="2023-07-20")
    assert sorted((m.place, sorted(p.key for p in m.participants)) for m in result.meetings) == [
        ("Kyiv", ["SEN", "UKR", "ZAF", "ZMB"]), ("St Petersburg", ["RUS", "SEN", "ZAF", "ZMB"])]


def test_a_bridge_opened_in_a_year_past_or_by_video_is_no_meeting():   # guards
    for sentence in ("The bridge, inaugurated in 2019, links Zambia and Botswana.",
                     "Indian Prime Minister Narendra Modi and his Nepali counterpart KP Sharma Oli on Tuesday jointly "
                     "inaugurated the pipeline by video link."):
        assert meetings(run(sentence, published="2019-09-11")) == [], sentence


def test_an_envoy_of_a_states_body_who_speaks_during_a_visit_is_the_visitor():
    result = run("Amos Hochstein, the State Department's senior adviser for energy security, said during a visit to "
                 "Beirut on Monday that Washington would study the contracts.", published="2022-06-22")
    assert meetings(result) == [(["LBN", "USA"], "2022-06-20")]
    assert meetings(run("The Foreign Ministry's spokesman said on Monday that the visit to Cairo had been postponed.",
                        published="2024-03-20")) == []   # a guard


# ---------------------------------------------------------------- people

def _people(result):
    return sorted((p.person.label, p.role) for p in result.people)


def test_a_name_then_a_capitalised_office_of_a_portfolio_or_a_body():
    result = run("Nayef Falah Al Hajraf, Secretary-General of the Gulf Cooperation Council, said in a statement that the "
                 "visit would strengthen ties.", published="2021-07-12")
    assert _people(result) == [("Nayef Falah Al Hajraf", "Secretary-General of the Gulf Cooperation Council")]
    assert [p.affiliation.label for p in result.people] == ["Gulf Cooperation Council"]
    result = run("The Omani side was represented by Sayyid Shihab bin Tarik Al Said, Deputy Prime Minister for Defence "
                 "Affairs, and Sayyid Hamoud bin Faisal Al Busaidi, Minister of Interior.", published="2021-07-12")
    assert ("Shihab bin Tarik Al Said", "Deputy Prime Minister for Defence Affairs") in _people(result)
    assert [p.affiliation for p in result.people if p.person.label == "Shihab bin Tarik Al Said"] == [None]   # a portfolio
    assert all(role != "Deputy Prime Minister for Defence Affairs, and Sayyid" for _, role in _people(result))


def test_a_place_then_a_clause_with_an_office_is_no_person():   # a guard
    result = run("Ambassador Ryan Crocker signed the pact inside the heavily guarded Green Zone, a day after Prime "
                 "Minister Nouri al-Maliki's Cabinet approved it.", published="2008-11-18")
    assert "Green Zone" not in {label for label, _ in _people(result)}


# ---------------------------------------------------------------- sources and reports

def _sources(result):
    return sorted({s.source.label for s in result.statements})


def test_a_body_named_by_its_kind_then_of_what_it_gathers_is_a_source():
    for sentence, label in (("The Federation of Zambian Road Hauliers said the new border post should open around the "
                             "clock.", "Federation of Zambian Road Hauliers"),
                            ("The Lagos Chamber of Commerce and Industry welcomed the decision in a statement.",
                             "Lagos Chamber of Commerce and Industry")):
        assert _sources(run(sentence, published="2021-05-11")) == [label], sentence


def test_a_body_by_its_initials_after_the_is_a_source():
    assert _sources(run("The KFA said it had been promised a recording of the match.", published="2019-10-16")) == ["KFA"]
    assert _sources(run("The Minister of Foreign Affairs said the talks had gone well.", published="2019-10-16")) == []   # a guard


def test_a_reports_edition_told_after_its_title():
    result = run("The World Bank's Lebanon Economic Monitor for spring 2021 said the crisis ranked among the worst.",
                 published="2022-06-22")
    assert [(r.title, r.publisher.label, r.year) for r in result.reports] == [("Lebanon Economic Monitor", "World Bank", 2021)]


def test_a_ministry_spokesman_speaks_for_the_ministry_the_sentence_named():
    result = run("Israel's Foreign Ministry summoned Argentina's ambassador to ask for an explanation, ministry spokesman "
                 "Yigal Palmor told reporters.", published="2013-01-28")
    assert [s.source.org_class for s in result.statements] == ["GovernmentBody"]
    assert {s.source.country for s in result.statements} == {"ISR"}


def test_a_bodys_statement_named_as_a_noun_makes_it_a_source():
    result = run("It follows a White House statement on August 23 that the United States would reevaluate its "
                 "relationship with San Salvador.", published="2018-09-08")
    assert _sources(result) == ["White House"]


def test_a_title_with_a_colon_and_a_quoted_title_after_its_kind():
    result = run("The International Energy Agency, in its Energy Policies of IEA Countries: Hungary 2011 Review, also "
                 "pointed to the country's dependence on Russian gas.", published="2014-01-15")
    assert [(r.title, r.publisher.label) for r in result.reports] == [
        ("Energy Policies of IEA Countries: Hungary 2011 Review", "International Energy Agency")]
    result = run("The Stockholm International Peace Research Institute said in its fact sheet \"Trends in International "
                 "Arms Transfers, 2017\", published this month, that the United States led exports.", published="2018-03-30")
    assert [r.title for r in result.reports] == ["Trends in International Arms Transfers, 2017"]


def test_an_instrument_told_first_as_awaiting_ratification_is_still_planned():   # a guard of the rule above
    result = run("The treaty between Chile and Peru on fisheries must still be ratified by both parliaments.",
                 published="2024-05-15")
    assert [(parties, status) for parties, status, _ in agreements(result)] == [({"CHL", "PER"}, "planned")]
