"""Round AS (forty-first session): who a joined clause's "they" is; counterparts listed after "by X with"; "and another
with B"; one met in one place and another, named with an aside, in another; a second office holder introduced by a
state's possessive ("… in El Alamein and Qatar's emir, Sheikh Tamim …") holds the office for that state; dated
instruments joined by 'and' ("a 1929 agreement with Britain, …, and a 1959 agreement with Sudan") are the subject's;
talks towards a free trade agreement owned by a state ("China opened free trade talks with Iceland", "Australia's own
free trade negotiations with China") are a planned agreement, not a meeting; "… and flew on to Vilnius, where he met …" is
a meeting of its own; an outlet told after a state's possessive ("told Egypt's state news agency MENA") and a state's
broadcaster told ("told Iranian state television that") are sources; a government's deal with a rebel movement the
organization table now knows (UNITA, Renamo, the SPLM, …) has the movement as a party of its own kind; calling on a titled leader ("called on the Prime Minister at her hotel") is a
meeting, calling on one to act is not."""

from extract_helpers import agreements, as_set, meetings, run, sources


# ---------------------------------------------------------------- "they" of a clause joined to one with two states

def test_they_of_a_joined_clause_are_the_states_of_the_first_clause():
    result = run("Qatar and Egypt have mediated between the sides for months. Jordan and Israel signed a peace treaty "
                 "in 1994, and in 2010 they agreed to share water from the Jordan River.", published="2024-08-29")
    assert as_set(agreements(result)) == {(frozenset({"JOR", "ISR"}), "signed", "1994"),
                                          (frozenset({"JOR", "ISR"}), "agreed", "2010")}


def test_they_of_a_clause_after_a_one_state_clause_still_read_from_the_story():
    result = run("Chile and Peru ended their dispute at The Hague. Chile ratified the convention in 2010, and in 2012 "
                 "they agreed to mark the sea border.", published="2014-02-01")
    assert (frozenset({"CHL", "PER"}), "agreed", "2012") in as_set(agreements(result))


# ---------------------------------------------------------------- "by X with A, B and C"

def test_every_state_listed_after_by_a_signer_with_is_a_party():
    result = run("The sanctions relief followed the 2015 agreement concluded in Vienna by Iran with the United States, "
                 "Britain, France, Germany, Russia and China, which capped enrichment.", published="2019-07-01")
    parties = {frozenset(p) for p, _, _ in agreements(result)}
    assert frozenset({"IRN", "USA", "GBR", "FRA", "DEU", "RUS", "CHN"}) in parties


def test_by_a_signer_with_one_state_is_that_pair():
    result = run("The fisheries pact signed by Chile with Peru in 2010 has lapsed.", published="2016-05-01")
    assert as_set(agreements(result)) == {(frozenset({"CHL", "PER"}), "signed", "2010")}


# ---------------------------------------------------------------- "and another with B"

def test_another_with_a_second_state_is_a_second_agreement_with_its_own_date():
    result = run("Australia signed a migration pact with Nauru in August 2012 and another with Papua New Guinea in "
                 "November 2013.", published="2014-01-10")
    assert as_set(agreements(result)) == {(frozenset({"AUS", "NRU"}), "signed", "2012-08"),
                                          (frozenset({"AUS", "PNG"}), "signed", "2013-11")}


def test_a_second_one_with_is_read_alike():
    result = run("Peru signed a free trade agreement with Canada in 2008 and a second one with Singapore in 2008.",
                 published="2009-03-02")
    assert {frozenset(p) for p, _, _ in agreements(result)} == {frozenset({"PER", "CAN"}), frozenset({"PER", "SGP"})}


def test_another_without_with_is_not_split():
    result = run("Chile and Peru signed a trade deal in 2006 and another in 2009.", published="2010-01-01")
    assert all(frozenset(p) == frozenset({"CHL", "PER"}) for p, _, _ in agreements(result))


# ---------------------------------------------------------------- one met here, another (with an aside) there

def test_a_counterpart_named_with_an_aside_is_met_apart_in_the_second_place():
    result = run("Blinken landed in Israel on Sunday. He then met Egyptian President Abdel Fattah al-Sisi in El "
                 "Alamein and Qatar's emir, Sheikh Tamim bin Hamad Al Thani, in Doha the following day.",
                 published="2024-08-22")
    sides = {p for p, _ in meetings(result)}
    assert frozenset({"USA", "EGY"}) in sides and frozenset({"USA", "QAT"}) in sides
    assert frozenset({"USA", "EGY", "QAT"}) not in sides


def test_the_emir_named_after_another_states_president_acts_for_his_own_state():
    result = run("Lavrov met Egyptian President Abdel Fattah al-Sisi in Cairo and Qatar's emir, Sheikh Tamim bin Hamad "
                 "Al Thani, in Doha. On Friday Al Thani and Lavrov agreed to extend a gas supply deal.",
                 published="2024-08-22")
    assert (frozenset({"QAT", "RUS"}), "agreed", "2024-08-16") in as_set(agreements(result))


# ---------------------------------------------------------------- instruments by year, joined by 'and'

def test_a_second_dated_instrument_joined_by_and_is_the_subjects_too():
    result = run("Cairo cites a 1929 agreement with Britain, which then ruled much of the basin, and a 1959 "
                 "agreement with Sudan that split the river's flow.", published="2021-04-07")
    assert as_set(agreements(result)) == {(frozenset({"EGY", "GBR"}), "signed", "1929"),
                                          (frozenset({"EGY", "SDN"}), "signed", "1959")}


def test_a_dated_instrument_of_a_clause_with_its_own_subject_is_that_subjects():
    result = run("Cairo cites a 1929 agreement with Britain, while Addis Ababa points to a 2015 agreement with "
                 "Sudan.", published="2021-04-07")
    assert (frozenset({"EGY", "SDN"}), "signed", "2015") not in as_set(agreements(result))


# ---------------------------------------------------------------- talks towards a free trade agreement, owned

def test_a_state_that_opened_free_trade_talks_with_another_plans_an_agreement_not_a_meeting():
    result = run("Chile opened free trade talks with Thailand last year.", published="2012-06-01")
    assert as_set(agreements(result)) == {(frozenset({"CHL", "THA"}), "planned", "2011")}
    assert not meetings(result)


def test_a_states_own_stalled_trade_negotiations_are_still_a_planned_agreement():
    result = run("Canada's own free trade negotiations with India began in 2010 and have stalled over dairy.",
                 published="2015-03-01")
    assert {(p, s) for p, s, _ in as_set(agreements(result))} == {(frozenset({"CAN", "IND"}), "planned")}


def test_two_possessive_owners_plan_one_agreement_each():
    result = run("Bolivia protested at Ecuador's and Peru's free trade talks with the United States.",
                 published="2006-05-01")
    pairs = {p for p, s, _ in as_set(agreements(result)) if s == "planned"}
    assert pairs == {frozenset({"ECU", "USA"}), frozenset({"PER", "USA"})}


def test_its_own_trade_talks_are_the_state_named_before():
    result = run("Wen then flew to New Zealand, which is in the middle of its own free trade negotiations with China.",
                 published="2006-04-10")
    assert (frozenset({"NZL", "CHN"}), "planned", None) in as_set(agreements(result))


def test_trade_talks_broken_off_with_a_bloc_give_no_agreement_of_states():
    result = run("Australia has broken off free trade negotiations with the European Union.", published="2023-10-30")
    assert not any(len(p) >= 2 for p, _, _ in agreements(result))


# ---------------------------------------------------------------- "… in Warsaw and flew on to Vilnius, where he met …"

def test_a_leg_told_by_flew_on_to_where_is_a_meeting_of_its_own_with_all_met_there():
    result = run("Vice President Joe Biden met Prime Minister Donald Tusk in Warsaw on Tuesday and flew on to Vilnius, "
                 "where on Wednesday he met Lithuania's Dalia Grybauskaitė and Latvia's Andris Bērziņš.",
                 published="2014-03-20")
    sides = {p for p, _ in meetings(result)}
    assert sides == {frozenset({"USA", "POL"}), frozenset({"USA", "LTU", "LVA"})}


# ---------------------------------------------------------------- an outlet told, after a state's possessive

def test_an_agency_told_after_a_states_possessive_is_a_source():
    result = run("His spokesman told Egypt's state news agency MENA that the visit was brief.", published="2012-08-31")
    assert "MENA" in sources(result)


def test_a_state_broadcaster_told_named_by_what_it_is_is_a_source():
    result = run("The negotiator told Iranian state television that the talks had been useful.", published="2013-11-10")
    assert "Iranian state television" in sources(result)


def test_a_president_told_after_a_states_possessive_is_no_source():
    result = run("The envoy told Egypt's president that the visit was brief.", published="2012-08-31")
    assert not sources(result)


# ---------------------------------------------------------------- armed movements a government signs with

def test_a_governments_peace_deal_with_a_rebel_movement_has_the_movement_as_a_party_of_its_own_kind():
    result = run("Mozambique's government signed a peace deal with Renamo in Maputo in August 2019.",
                 published="2019-09-01")
    assert as_set(agreements(result)) == {(frozenset({"MOZ", "renamo"}), "signed", "2019-08")}
    (record,) = result.agreements
    assert [p.org_class for p in record.parties if p.kind == "org"] == ["ArmedGroup"]


def test_a_memorandum_between_the_government_and_a_movement_named_by_its_acronym():
    result = run("Angola has been at peace since the 2002 Luena memorandum between the government and UNITA ended "
                 "the civil war.", published="2010-01-10")
    assert as_set(agreements(result)) == {(frozenset({"AGO", "unita"}), "signed", "2002")}


# ---------------------------------------------------------------- a courtesy call on a head of state

def test_calling_on_the_visiting_prime_minister_is_a_meeting():
    result = run("Bangladeshi Prime Minister Sheikh Hasina arrived in New Delhi on Monday for a four-day state visit. "
                 "Indian External Affairs Minister S Jaishankar called on the Prime Minister at her hotel on Monday "
                 "evening.",
                 published="2022-09-06")
    assert frozenset({"IND", "BGD"}) in {p for p, _ in meetings(result)}
    assert len([m for m in result.meetings if "called on" in m.evidence.text]) == 1


def test_calling_on_a_leader_to_act_is_no_meeting():
    result = run("French President Emmanuel Macron called on President Vladimir Putin to end the war.",
                 published="2022-03-01")
    assert not meetings(result)
