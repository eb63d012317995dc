"""The news agreement told again by its name ("put their names to the Andes Treaty", "The Andes Treaty
was signed in …") is the agreement already told of: one agreement, whether its name is capitalised or
not. Every sentence here is our own."""

from extract_helpers import run


def test_putting_names_to_the_named_treaty_is_the_agreement_told_of():
    result = run("Peru and Chile signed a defence treaty on Monday. Peruvian President Ana Rojas and her Chilean "
                 "counterpart, Pablo Soto, put their names to the Andes Treaty at a ceremony in Lima.")
    told = {(frozenset(p.key for p in a.parties), a.topic, a.date, a.status) for a in result.agreements}
    assert len(result.agreements) == 2 and len(told) == 1


def test_a_passive_signing_of_the_named_treaty_is_the_agreement_told_of():
    result = run("Peru and Chile signed a defence treaty on Monday. The Andes Treaty was signed in Lima in "
                 "the presence of both cabinets.")
    told = {(frozenset(p.key for p in a.parties), a.topic, a.date, a.status) for a in result.agreements}
    assert len(result.agreements) == 2 and len(told) == 1
