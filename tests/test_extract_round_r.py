"""Round R (thirteenth session): what the blind blocks of real-page styles still lost."""

from extract_helpers import run
from test_extract_round_m import meetings
from kg.extract.text import split


def test_a_leaders_short_surname_names_him_after_his_full_name():
    result = run("Nepal's Prime Minister K.P. Sharma Oli arrived in Beijing on Monday.\n\n"
                 "Oli held talks with Premier Li Qiang on Tuesday.", published="2024-12-05")
    assert (["CHN", "NPL"], "2024-12-03") in meetings(result)


def test_a_short_surname_that_is_a_word_is_not_the_person_alone():   # a guard: "May" is the month
    result = run("British Prime Minister Theresa May visited Paris in January.\n\n"
                 "In May, Germany and France held talks in Berlin.", published="2019-06-05")
    assert (["DEU", "FRA"], "2019-05") in meetings(result)
    assert not any("GBR" in parties and date == "2019-05" for parties, date in meetings(result))


def test_the_platform_x_ends_a_sentence():
    text = "The ministry said on X. Oli had held talks on Tuesday. Malcolm X. Little spoke."
    assert [s.text for s in split(text, 0, len(text))] == [
        "The ministry said on X.", "Oli had held talks on Tuesday.", "Malcolm X. Little spoke."]
