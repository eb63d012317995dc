"""An older instrument named by its year as the frame of what a sentence tells ("recognised as Chilean under
a 1974 agreement", "under a 1929 treaty between Lima and Bogota", "rests on the 1960 security treaty between
the two countries"): an agreement signed that year between the states the sentence names or refers to.
Every sentence here is our own."""

from extract_helpers import agreements, run


def test_under_a_dated_agreement_between_the_two_states_the_sentence_names():
    result = run("Politicians in the north call on Lima to take back the islet, which Peru recognised as Chilean "
                 "under a 1974 agreement.")
    assert agreements(result) == [({"PER", "CHL"}, "signed", "1974")]


def test_a_dated_treaty_between_two_capitals():
    result = run("The plan required Peru's consent under a 1929 treaty between Lima and Bogota.")
    assert agreements(result) == [({"PER", "COL"}, "signed", "1929")]


def test_a_dated_treaty_between_the_two_countries_told_of():
    result = run("Peru and Chile are allies. The alliance rests on the 1960 security treaty between the two "
                 "countries.")
    assert agreements(result) == [({"PER", "CHL"}, "signed", "1960")]


def test_under_a_dated_agreement_in_a_sentence_naming_many_states_names_no_parties():
    result = run("Under a 2015 agreement, Peru, Chile and Bolivia send observers, and Ecuador pays for them.")
    assert all(len(parties) != 2 for parties, _, _ in agreements(result))
