"""Round J (tuned on samples 091–126): parties resolved across sentences. "The two rivals" in a sentence
that names one of them is the pair the reader met that holds it, not the article's most frequent pair.
Every sentence here is our own."""

from extract_helpers import agreements, run


# --- "the two neighbours" when the sentence names one of them -----------------------------------------


def test_a_pair_reference_beside_a_named_state_is_the_pair_that_holds_it():
    found = agreements(run(
        "Chile and Peru signed a fisheries treaty in Lima on Monday. Chile and Peru also agreed to open a new "
        "border crossing. Chile and Peru will hold further talks in June.\n\n"
        "Bolivian Foreign Minister Rosa Quispe held talks with her Paraguayan counterpart in Asuncion on Friday.\n\n"
        "It was the first visit to Paraguay by a Bolivian foreign minister in a decade, and the two neighbours "
        "agreed to build a railway link."))
    assert found[-1][:2] == ({"BOL", "PRY"}, "agreed")
    assert ({"CHL", "PER"}, "agreed", "2024-05-13") in found[:2]


def test_a_pair_reference_without_a_named_state_still_recalls_the_pair_told_of():
    found = agreements(run(
        "Chile and Peru signed a fisheries treaty in Lima on Monday.\n\n"
        "The two sides also agreed to open a third border crossing next year."))
    assert [f[0] for f in found] == [{"CHL", "PER"}, {"CHL", "PER"}]


# --- "A bilateral agreement signed in …", "A separate accord was signed at the same ceremony" ---------------


def test_a_separate_instrument_signed_at_the_same_ceremony_has_the_parties_of_the_one_told_of():
    found = agreements(run(
        "Chile and Peru signed a fisheries treaty in Lima on Monday.\n\n"
        "A separate agreement on customs cooperation was signed at the same ceremony."))
    assert found == [({"CHL", "PER"}, "signed", "2024-05-13"), ({"CHL", "PER"}, "signed", "2024-05-13")]


def test_a_bilateral_instrument_signed_long_ago_is_the_pair_told_of():
    found = agreements(run(
        "Chile and Peru signed a fisheries treaty in Lima on Monday.\n\n"
        "A bilateral agreement signed in Arica in 1999 then set up a joint commission on the border."))
    assert ({"CHL", "PER"}, "signed", "1999") in found


def test_a_bilateral_instrument_after_a_three_party_signing_is_not_guessed():
    found = agreements(run(
        "Chile, Peru and Ecuador signed a fisheries treaty in Lima on Monday.\n\n"
        "A bilateral agreement signed in 1999 set up a joint commission."))
    assert found == [({"CHL", "PER", "ECU"}, "signed", "2024-05-13")]


def test_a_bilateral_instrument_with_a_state_outside_the_pair_is_not_given_the_pair():
    found = agreements(run(
        "Chile and Peru signed a fisheries treaty in Lima on Monday.\n\n"
        "A bilateral agreement with Bolivia signed in 1999 set up a joint commission."))
    assert all(f[0] != {"CHL", "PER"} or f[2] != "1999" for f in found)
