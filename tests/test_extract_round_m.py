"""Round M: two people of two states who sign an instrument together on a given day met to sign it
(`Extractor._cosigned`), a signing told without a day or by states alone is no such meeting; companies
and business bodies named after what they are ("the Chilean operator Andes Gas") are sources."""

from extract_helpers import run


def meetings(result):
    return sorted((sorted(p.key for p in m.participants), m.date) for m in result.meetings)


def test_two_leaders_who_signed_on_a_day_met():
    result = run("On Wednesday, President Gabriel Boric and President Dina Boluarte signed a joint statement on "
                 "border crossings.", published="2024-05-17")
    assert meetings(result) == [(["CHL", "PER"], "2024-05-15")]


def test_he_and_another_leader_who_issued_a_joint_declaration_met():
    result = run("President Gabriel Boric flew to the north on Monday. On Tuesday, he and President Dina Boluarte "
                 "issued a joint declaration on water.", published="2024-05-17")
    assert (["CHL", "PER"], "2024-05-14") in meetings(result)


def test_two_leaders_who_signed_in_a_month_long_ago_are_no_meeting_told():
    result = run("In November 2020, President Gabriel Boric and President Dina Boluarte signed a statement "
                 "on fishing.", published="2024-05-17")
    assert meetings(result) == []


def test_two_states_that_signed_are_not_two_people_who_met():
    result = run("Chile and Peru signed a fishing agreement on Wednesday, officials said.", published="2024-05-17")
    assert meetings(result) == []


# ---------------------------------------------------------------- companies and business bodies as sources

def sources(result):
    return {s.source.label: s.source.org_class for s in result.statements}


def test_a_company_named_after_what_it_is_is_a_source():
    result = run("Deliveries will start in May, the Chilean operator Andes Gas said in a statement.")
    assert sources(result) == {"Andes Gas": "Organization"}


def test_a_business_federation_named_after_what_it_is_is_a_source():
    result = run("The business federation Camara Andina said the new crossing would help exporters in Tacna.")
    assert sources(result) == {"Camara Andina": "NonGovernmentalOrganization"}


# ---------------------------------------------------------------- instruments, plural, of each subject with one

def agreements(result):
    return sorted((sorted(p.key for p in a.parties), a.status, a.date) for a in result.agreements)


def test_both_subjects_have_their_own_agreement_with_the_one_counterpart():
    result = run("Chile and Peru both have fishing agreements with Ecuador, signed in 2015.", published="2024-05-15")
    assert agreements(result) == [(["CHL", "ECU"], "signed", "2015"), (["ECU", "PER"], "signed", "2015")]



def test_agreements_with_one_counterpart_then_with_another_are_one_with_each():
    result = run("President Gabriel Boric signed fishing agreements with President Dina Boluarte in Lima and with "
                 "President Luis Arce in La Paz on Friday.", published="2024-05-17")
    assert [sides for sides, _, _ in agreements(result)] == [["BOL", "CHL"], ["CHL", "PER"]]
