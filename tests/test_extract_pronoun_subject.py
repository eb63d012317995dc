"""'it' as the subject of an agreement whose counterparts follow the verb: "it has signed deals with A,
B and C" (the pronoun is a party even when the counterparts alone are two or more); its referent is the
subject of a sentence before, or the one state that sentence names acting ("The pact is India's first");
a body after 'with' is the counterpart of a lone referent; a sayer's "it" is no state. Every sentence
here is our own."""

from extract_helpers import run


def state_parties(result):
    return [({p.key for p in a.parties if p.kind == "state"}, a.status) for a in result.agreements]


def test_it_with_a_list_of_counterparts_is_one_agreement_per_counterpart():
    result = run("Peru has returned to bilateral deal-making. Since 2021 it has signed deals with Chile, "
                 "Ecuador and Bolivia.")
    assert state_parties(result) == [({"PER", "CHL"}, "signed"), ({"PER", "ECU"}, "signed"),
                                     ({"PER", "BOL"}, "signed")]


def test_it_refers_to_the_one_state_the_sentence_before_names_acting():
    result = run("The accord is Peru's first with a Gulf state, after years in which Lima kept away from such "
                 "pacts. Since 2020 it has signed deals with Chile and Bolivia.")
    assert state_parties(result) == [({"PER", "CHL"}, "signed"), ({"PER", "BOL"}, "signed")]


def test_it_and_a_body_after_with():
    result = run("Peru has signed resource deals with other partners before. In July 2021 it signed a "
                 "memorandum with the European Union on raw materials.")
    assert [{p.key for p in a.parties} for a in result.agreements] == [{"PER", "european-union"}]


def test_the_it_of_a_sayer_is_no_state():
    result = run("Peru and Chile held talks on Monday. The World Bank said on Thursday it had reached an "
                 "agreement with Bolivia on a new loan.")
    assert all("PER" not in s and "CHL" not in s for s, _ in state_parties(result))
