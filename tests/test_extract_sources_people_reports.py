"""Attribution, people with roles, reports, meetings, and page noise."""

import pytest

from extract_helpers import agreements, run

from kg.extract import extract
from kg.sources import parse_article


def sources(result):
    return {s.source.label for s in result.statements}


@pytest.mark.parametrize("sentence, source", [
    ("Brazil and Chile signed a trade deal, Reuters reported.", "Reuters"),
    ("According to Al Jazeera, Qatar hosted the talks.", "Al Jazeera"),
    ("State news agency IRNA said the talks with Oman went well.", "Islamic Republic News Agency"),
    ("Qatar will host the talks, the Qatari Foreign Ministry said in a statement.", "Qatari Foreign Ministry"),
    ("Kuwaiti daily Al Qabas reported that Kuwait and Iraq met.", "Al Qabas"),
    ("The Kremlin said Russia was ready to talk.", "Kremlin"),
    ("Peru is prepared, Brazil’s Foreign Ministry told reporters.", "Brazilian Foreign Ministry"),
    ("The Thai army said two soldiers were wounded near the border.", "Thai Army"),
    ("The Philippine coast guard said a Chinese vessel fired water cannon.", "Filipino Coast Guard"),
    ("The Uzbek presidential press service said the talks were productive.", "Uzbekistani Presidency"),
])
def test_attribution_forms(sentence, source):
    assert source in sources(run(sentence))


def test_the_outlet_that_published_the_article_stays_the_publisher():
    result = run("Chile and Peru signed a water deal.")
    assert result.publisher.label == "The Meridian Post"
    assert not result.statements


def test_the_outlet_a_speaker_told_is_a_source_unless_it_published_the_article():
    assert "Reuters" in sources(run("“It is a good deal,” analyst Maria Lopes told Reuters on Monday."))
    text = ("Title: Water deal\nPublisher: Reuters\nDate: 2024-05-15\n\nWater deal\n\n"
            "“It is a good deal,” analyst Maria Lopes told Reuters on Monday.\n")
    assert "Reuters" not in sources(extract(parse_article(text, "test.txt")))


def people(result):
    return {p.person.label: p for p in result.people}


def test_role_before_name_with_state_affiliation():
    found = people(run("Kenya’s Foreign Minister Musalia Mudavadi met Ugandan President Yoweri Museveni in Kampala on May 3."))
    assert found["Musalia Mudavadi"].role == "Foreign Minister"
    assert found["Musalia Mudavadi"].affiliation.key == "KEN"
    assert found["Yoweri Museveni"].affiliation.key == "UGA"


def test_role_with_complement_and_commas():
    found = people(run("Chile’s Undersecretary Minister for Asia, Africa, and Oceania Laura Soto and Indian Ambassador to Chile "
                       "Arun Rao agreed to hold consultations."))
    assert "Laura Soto" in found and "Arun Rao" in found
    assert found["Arun Rao"].role == "Ambassador to Chile"
    assert found["Arun Rao"].affiliation.key == "IND"


def test_appositive_role_and_employer():
    found = people(run("“The deal matters,” said Lina Haddad, a researcher at the Cairo Institute for Policy Studies, on Monday."))
    assert found["Lina Haddad"].role.startswith("researcher at the Cairo Institute")
    assert found["Lina Haddad"].affiliation.label.startswith("Cairo Institute")


def test_byline_and_photo_credit_are_people():
    text = ("Title: T\nDate: 2024-01-02\n\nT\n\nPhoto: Kim Lee – AFP\n\nBy Ravi Menon\n\n"
            "India and Nepal signed a power deal.\n")
    from kg.extract import extract
    from kg.sources import parse_article
    found = people(extract(parse_article(text, "x.txt")))
    assert found["Kim Lee"].role == "photographer" and found["Kim Lee"].affiliation.label == "Agence France-Presse"
    assert found["Ravi Menon"].role == "author"


@pytest.mark.parametrize("sentence, title, publisher, year", [
    ("In its World Report 2024, Human Rights Watch criticised Egypt.", "World Report 2024", "Human Rights Watch", 2024),
    ("Amnesty International’s annual report on the death penalty named Iran.", None, "Amnesty International", None),
    ("According to the 2023 edition of the Global Peace Index, Iceland ranked first.", "Global Peace Index", None, 2023),
    ("The IISS’s Military Balance 2024 report counted Chinese warships.", "Military Balance 2024", "International Institute for Strategic Studies", 2024),
    ("A report released Tuesday by Transparency International ranked Denmark first.", None, "Transparency International", None),
    # an edition year before the name, and a name with an "of …" complement
    ("Growth has slowed, according to the 2021 Sahel Resilience Index of West African States, published in May.",
     "2021 Sahel Resilience Index of West African States", None, 2021),
    ("The 2019 Defence White Paper named China as the main challenge.", "2019 Defence White Paper", None, 2019),
    # "in its report <Title>, published …", and a title in sentence case
    ("Human Rights Watch, in its report Silenced Voices: Press Freedom in the Gulf 2022, published last month, "
     "named Bahrain.", "Silenced Voices: Press Freedom in the Gulf 2022", "Human Rights Watch", 2022),
    ("The World Bank, in its Regional economic update published in April, lowered its forecast.",
     "Regional economic update", "World Bank", None),
    # an organization's name before the kind word is the publisher, not a title
    ("Most Chileans backed the deal in a Human Rights Watch survey published in January.", None, "Human Rights Watch", None),
])
def test_report_forms(sentence, title, publisher, year):
    reports = run(sentence).reports
    assert reports, sentence
    report = reports[0]
    if title:
        assert report.title == title
    if publisher:
        assert report.publisher and report.publisher.label == publisher
    if year:
        assert report.year == year


def test_meeting_held_with_place_and_date():
    result = run("Egypt’s president hosted Ethiopia’s prime minister in Cairo on April 2.", published="2024-05-01")
    meeting = result.meetings[0]
    assert {p.key for p in meeting.participants} == {"EGY", "ETH"}
    assert meeting.place == "Cairo" and meeting.date == "2024-04-02"


@pytest.mark.parametrize("sentence", [
    "Egypt and Ethiopia will meet in Cairo next month.",
    "Egypt and Ethiopia have met many times in the past.",
])
def test_announced_or_background_meetings_are_not_events(sentence):
    assert run(sentence).meetings == []


def test_page_noise_is_not_text():
    result = run("Chile and Peru signed a water deal.\n\nRelated: Chile and Bolivia signed nothing\n\nShare this article")
    assert len(result.agreements) == 1


def test_people_after_a_state_possessive_and_in_plural_roles():
    found = people(run("Leaders included Brazil’s Luiz Inácio Lula da Silva and Colombia’s Gustavo Petro. "
                       "Foreign Ministers Ana Lima and Rui Costa met in Lisbon on May 2."))
    assert found["Luiz Inácio Lula da Silva"].affiliation.key == "BRA"
    assert found["Gustavo Petro"].affiliation.key == "COL"
    assert {"Ana Lima", "Rui Costa"} <= set(found)


def test_a_role_phrase_then_the_name_in_commas():
    found = people(run("Peru’s minister of production and foreign trade, Julio Vera, signed the deal."))
    assert found["Julio Vera"].role.startswith("minister of production")


def test_a_name_before_a_date_and_no_place_as_a_person():
    found = people(run("Soldiers ousted President Mohamed Bazoum on July 26 in Russia’s Far East."))
    assert "Mohamed Bazoum" in found and "Far East" not in found


def test_the_country_s_ministry_is_the_article_s_state():
    result = run("Indonesia and France signed a jet deal on Monday. "
                 "Indonesia could buy more, the country's defence ministry has said.")
    assert "Indonesian Defence Ministry" in sources(result)


def test_a_statement_issued_by_two_offices():
    result = run("Armenia and Azerbaijan agreed to swap prisoners, in a joint statement issued by the office of "
                 "Armenia’s prime minister and the administration of Azerbaijan’s president.")
    assert any(s.startswith("Office of Armenia") for s in sources(result))


@pytest.mark.parametrize("sentence, name, role", [
    ("Nepal's Foreign Minister N.P. Saud met officials in Delhi.", "N.P. Saud", "Foreign Minister"),
    ("The accord was negotiated under Prime Minister P.V. Narasimha Rao in 1993.", "P.V. Narasimha Rao", "Prime Minister"),
    ("Bangladesh's Foreign Secretary Md. Shahidul Haque received the delegation.", "Md. Shahidul Haque", "Foreign Secretary"),
    ("Indian External Affairs Minister S. Jaishankar arrived on Monday.", "S. Jaishankar", "External Affairs Minister"),
])
def test_names_with_initials(sentence, name, role):
    found = people(run(sentence))
    assert found[name].role == role


def test_an_abbreviated_state_is_no_initial_of_a_name():
    assert not people(run("The U.S. Treasury said on Monday that the sanctions would stay."))


def test_an_army_that_signs_is_its_state():
    found = agreements(run("The Thai army and the Cambodian army signed a ceasefire in Bangkok on Monday."))
    assert found and found[0][:2] == ({"KHM", "THA"}, "signed")


def test_a_report_compiled_by_an_organization_and_no_determiner_as_a_source():
    result = run("The report, compiled by the World Bank, estimated losses at $5 billion.")
    assert [(r.title, r.publisher.label) for r in result.reports] == [(None, "World Bank")]
    assert sources(result) == {"World Bank"}


def test_a_lower_case_deputy_role_keeps_its_state():
    found = people(run("The deal was negotiated by Peru's deputy foreign minister, Javier Sánchez, over six months."))
    assert found["Javier Sánchez"].role == "deputy foreign minister"
    assert found["Javier Sánchez"].affiliation.key == "PER"
