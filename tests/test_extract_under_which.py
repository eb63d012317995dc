"""An instrument told with what it binds its parties to ("an agreement signed last Thursday, under which
Peru and Chile will build …", "a memorandum under which Washington will provide … to clear Peru's arrears"):
the states of the 'under which' clause are its parties when the trigger's own clause names fewer than two;
the clause ends at an adverbial ("…, during a visit to …"). Every sentence here is our own."""

from extract_helpers import run


def state_parties(result):
    return [({p.key for p in a.parties if p.kind == "state"}, a.status) for a in result.agreements]


def test_a_passive_signing_takes_its_parties_from_the_under_which_clause():
    result = run("Part of the sum rests on an agreement signed last Thursday, under which Peru and Chile will "
                 "build a data centre.")
    assert state_parties(result) == [({"PER", "CHL"}, "signed")]


def test_a_capital_and_a_possessive_in_the_under_which_clause():
    result = run("Ministers also signed a memorandum of understanding under which Washington will provide "
                 "bridge financing to clear Peru's arrears.")
    assert state_parties(result) == [({"USA", "PER"}, "signed")]


def test_the_clause_ends_before_an_adverbial_naming_a_visitor():
    result = run("Officials signed a memorandum under which Peru will buy grain, during a visit to Lima by "
                 "Chilean President Pablo Soto.")
    assert result.agreements == []


def test_parties_named_before_are_kept():
    result = run("Peru and Chile signed a pact under which an attack on either will be treated as an attack on "
                 "both, officials said.")
    assert state_parties(result) == [({"PER", "CHL"}, "signed")]
