"""People exchanged between states: "A was exchanged for Russian B", "X and Y swapped ten agents for four
…", "X released five citizens … in exchange for …". The parties are the states whose people are exchanged,
named as nations ("Canadian", "Americans") or where they were held, not the mediator, the venue or the
agency that reports it. Every sentence here is our own."""

from extract_helpers import run


def state_parties(result):
    return [({p.key for p in a.parties if p.kind == "state"}, a.status) for a in result.agreements]


def test_a_person_exchanged_for_another_names_both_states_by_nationality():
    result = run("In March 2022, Canadian hockey player Tom Reid was exchanged for Chinese businessman Li Wei "
                 "in Doha, in a deal mediated by Qatar.")
    assert state_parties(result) == [({"CAN", "CHN"}, "agreed")]
    assert result.meetings == []


def test_two_states_swapping_agents():
    result = run("In 2012, Canada and Chile swapped four Chilean agents for two Canadians accused of spying.")
    assert state_parties(result) == [({"CAN", "CHL"}, "agreed")]


def test_released_in_exchange_counts_the_states_where_people_were_held_not_the_reporter():
    result = run("Chile released five prisoners on Monday in exchange for two Chileans held in Peru and "
                 "Bolivia, Argentina's foreign ministry said.")
    assert state_parties(result) == [({"CHL", "PER", "BOL"}, "agreed")]


def test_the_state_that_helped_is_no_party():
    result = run("Chile released ten Peruvian citizens on Monday in an exchange negotiated with the help of "
                 "Uruguay.")
    assert state_parties(result) == [({"CHL", "PER"}, "agreed")]


def test_goods_and_fire_are_not_people():
    result = run("Indian and Pakistani troops exchanged fire for three hours in May. Brent crude traded for "
                 "$80 as Saudi Arabia and Russia kept output steady.")
    assert result.agreements == []
