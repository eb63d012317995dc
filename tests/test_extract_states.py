"""States however named, and names that must not be taken for states."""

import pytest

from extract_helpers import run, states


@pytest.mark.parametrize("sentence, expected", [
    ("Officials from the U.S. and the UK spoke on Monday.", {"USA", "GBR"}),
    ("The DPRK and the UAE exchanged notes.", {"PRK", "ARE"}),
    ("The Iranian president and a Mexican newspaper were mentioned.", {"IRN", "MEX"}),
    ("Riyadh and Tehran restored contacts.", {"SAU", "IRN"}),
    ("Washington warned Beijing about the move.", {"USA", "CHN"}),
    ("Türkiye and Burma were both named.", {"TUR", "MMR"}),
    ("Turkey hosted a delegation from Irán.", {"TUR", "IRN"}),
    ("Georgia and Azerbaijan discussed a pipeline.", {"GEO", "AZE"}),
    ("Niger and Nigeria share a long border.", {"NER", "NGA"}),
    ("Guinea-Bissau and Equatorial Guinea signed nothing.", {"GNB", "GNQ"}),
    ("The Democratic Republic of the Congo accused Rwanda.", {"COD", "RWA"}),
    ("The Dominican Republic and Haiti closed a crossing.", {"DOM", "HTI"}),
])
def test_states_however_named(sentence, expected):
    assert states(run(sentence)) == expected


@pytest.mark.parametrize("sentence, absent", [
    ("Brussels criticised the plan announced by Hungary.", "BEL"),
    ("Latin American leaders met in Bogotá.", "USA"),
    ("George Washington is on the banknote, Mexico said.", "USA"),
    ("Michael Jordan visited Paris, France said.", "JOR"),
    ("Chad Smith wrote about Kenya.", "TCD"),
    ("The Jordan River was low, Israel said.", "JOR"),
    ("Atlanta, Georgia, hosted a trade fair with Chile.", "GEO"),
])
def test_names_that_are_not_states_here(sentence, absent):
    assert absent not in states(run(sentence))


def test_blocs_and_organizations_are_never_states():
    result = run("The EU, BRICS, ASEAN, the African Union, the IAEA and OPEC issued statements with Brazil.")
    assert states(result) == {"BRA"}
    orgs = {o.label for o in result.organizations}
    assert {"European Union", "BRICS", "ASEAN", "African Union", "International Atomic Energy Agency", "OPEC"} <= orgs


def test_capital_named_as_a_place_is_not_a_party_or_state():
    result = run("Kenya and Uganda held talks in Nairobi on May 2.")
    assert states(result) == {"KEN", "UGA"}
    meeting = result.meetings[0]
    assert meeting.place == "Nairobi"
    assert {p.key for p in meeting.participants} == {"KEN", "UGA"}
