"""Agreements told by what the parties made together: founding a body ("was founded in 2001 by A, B and C",
"after A and B founded it"), texts they issued or adopted ("issued joint declarations", "adopted a La Paz
Declaration"), an instrument still being negotiated ("A more detailed agreement … is still being
negotiated"); and a joining told beside another agreement. Every sentence here is our own."""

from extract_helpers import agreements, run


def test_a_body_founded_by_states():
    result = run("The Andean Forum was founded in 2001 by Peru, Chile, Bolivia and Ecuador.")
    assert agreements(result) == [({"PER", "CHL", "BOL", "ECU"}, "agreed", "2001")]


def test_a_founding_and_a_joining_in_one_sentence():
    result = run("Peru and Bolivia became full members of the grouping in 2017, more than a decade after Chile and "
                 "Ecuador founded it in Quito in 2001.")
    assert sorted(agreements(result), key=str) == sorted([({"CHL", "ECU"}, "agreed", "2001"),
                                                          ({"PER"}, "signed", "2017"), ({"BOL"}, "signed", "2017")],
                                                         key=str)


def test_joint_declarations_issued_without_an_article():
    result = run("President Ana Rojas of Peru and President Pablo Soto of Chile issued joint declarations on trade "
                 "and on the situation in the Middle East.")
    assert [(s, st) for s, st, _ in agreements(result)] == [({"PER", "CHL"}, "agreed")]
    assert result.meetings == []   # a text issued "on the situation in the Middle East" names no venue


def test_leaders_adopting_a_declaration():
    result = run("The leaders of Peru, Chile and Bolivia met in La Paz on Monday. The leaders adopted a La Paz "
                 "Declaration on trade.")
    assert ({"PER", "CHL", "BOL"}, "agreed", "2024-05-13") in agreements(result)


def test_a_resolution_adopted_by_a_council_is_no_agreement():
    assert run("The UN Security Council adopted a resolution on Peru and Chile.").agreements == []


def test_an_agreement_still_being_negotiated_is_planned_between_the_pair_told_of():
    result = run("Peru and Chile signed a framework in May. A more detailed agreement on the fund is still being "
                 "negotiated, officials said.")
    assert ({"PER", "CHL"}, "planned", None) in agreements(result)


def test_a_company_founded_by_a_person_is_no_agreement():
    assert run("Huawei was founded in 1987 by a former Chinese army officer.").agreements == []
