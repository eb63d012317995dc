"""Round P (eleventh session), by failure class on the samples and the blind block 211-222 once it was
scored."""

from extract_helpers import run
from test_extract_round_m import agreements, meetings


def test_talks_held_for_a_stated_time_are_held_on_the_story_s_day():
    result = run("Argentina's President Javier Milei will buy wheat, Chile's President Gabriel Boric said on Monday. "
                 "Boric held about three hours of talks with Milei at the president's residence on the coast.",
                 published="2024-05-15")
    assert meetings(result) == [(["ARG", "CHL"], "2024-05-13")]
