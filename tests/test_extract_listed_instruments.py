"""A list of the instruments signed ("The documents signed were: - a memorandum …; - a treaty …"): each item is
an agreement of the states that signed just before, with the item as its evidence."""

from extract_helpers import run

from kg.extract.text import split


def told(result) -> list[tuple[set[str], str, str | None, str]]:
    return [({p.key for p in a.parties}, a.status, a.date, a.evidence.text) for a in result.agreements]


def test_each_bulleted_instrument_after_a_signing_is_an_agreement_of_its_states():
    result = run("India and Vietnam signed four agreements in Hanoi on Wednesday during a visit by Prime Minister "
                 "Narendra Modi, the Indian foreign ministry said.\n\n"
                 "The agreements signed were:\n\n"
                 "- a memorandum of understanding on cooperation in renewable energy;\n"
                 "- a treaty on mutual legal assistance in criminal matters;\n"
                 "- an agreement on the exemption of visas for diplomatic passport holders.",
                 published="2023-04-20")
    items = [a for a in told(result) if a[3].startswith("- ")]
    assert [a[:3] for a in items] == [({"IND", "VNM"}, "signed", "2023-04-19")] * 3
    assert [a[3] for a in items] == ["- a memorandum of understanding on cooperation in renewable energy;",
                                     "- a treaty on mutual legal assistance in criminal matters;",
                                     "- an agreement on the exemption of visas for diplomatic passport holders."]
    topics = [a.topic for a in result.agreements if a.evidence.text.startswith("- ")]
    assert topics[0] == "memorandum of understanding on cooperation in renewable energy"


def test_numbered_instruments_after_a_lead_in_that_signs_them_keep_their_numbers():
    result = run("Japanese Prime Minister Fumio Kishida and Philippine President Ferdinand Marcos Jr. met in Manila "
                 "on Friday. In their presence, officials of the two countries signed the following documents:\n\n"
                 "1. Agreement on the Reciprocal Access of forces;\n"
                 "2. Memorandum of Cooperation on maritime safety;\n"
                 "3. Exchange of notes on a coastal radar grant.", published="2023-04-15")
    items = [a for a in told(result) if a[3][:1].isdigit()]
    assert [a[3] for a in items] == ["1. Agreement on the Reciprocal Access of forces;",
                                     "2. Memorandum of Cooperation on maritime safety;",
                                     "3. Exchange of notes on a coastal radar grant."]
    assert all(a[:3] == ({"JPN", "PHL"}, "signed", "2023-04-14") for a in items)


def test_instruments_listed_as_expected_or_without_a_signing_before_are_none():
    """Guards: a lead-in of what may come, or a list with no signing told before it, makes no agreement."""
    result = run("Chile and Peru signed a border trade agreement in Lima on Wednesday.\n\n"
                 "Officials said more could be signed next year:\n\n"
                 "- a memorandum on rail links;\n- an agreement on fisheries.", published="2023-04-20")
    assert not [a for a in told(result) if a[3].startswith("- ")]
    result = run("Trade ministers met in Geneva on Tuesday. The documents on the table were:\n\n"
                 "- a memorandum on rail links;\n- an agreement on fisheries.", published="2023-04-20")
    assert not [a for a in told(result) if a[3].startswith("- ")]


def test_a_number_opening_a_list_item_ends_no_sentence():
    result = run("The two sides signed the following:\n\n1. Treaty on extradition.", published="2023-04-20")
    assert not any(a.evidence.text == "1." for a in result.agreements)
    text = "1. Agreement on the Reciprocal Access of forces. It was signed by both ministers."
    assert [s.text for s in split(text, 0, len(text))] == ["1. Agreement on the Reciprocal Access of forces.",
                                                           "It was signed by both ministers."]


def test_a_number_after_a_colon_or_semicolon_numbers_an_item_inline():
    text = "They signed: 1. Agreement on forces; 2. Memorandum on maritime safety. It took an hour."
    assert [s.text for s in split(text, 0, len(text))] == [
        "They signed: 1. Agreement on forces; 2. Memorandum on maritime safety.", "It took an hour."]
    text = "Growth was 3. Then it fell."   # a figure that ends a sentence still ends it
    assert [s.text for s in split(text, 0, len(text))] == ["Growth was 3.", "Then it fell."]
