"""Sources named through a capital ("In Ankara, foreign ministry spokesman …"), in the article's spelling."""

from extract_helpers import run


def sources(result):
    return {s.source.label for s in result.statements}


def test_a_ministry_after_an_opening_capital_is_that_states():
    result = run("Greece and Cyprus signed a gas deal. In Ankara, foreign ministry spokesman Oncu Keceli "
                 "told reporters that the deal was unlawful.")
    assert "Turkish Foreign Ministry" in sources(result)
    assert "In Ankara" not in {p.person.label for p in result.people}
    assert "TUR" in {a.key for a, _ in result.states}   # through its ministry, not the place


def test_a_ministry_keeps_the_articles_spelling():
    result = run("Kenya bought 12 drones, the Kenyan defence ministry said.")
    assert "Kenyan Defence Ministry" in sources(result)
