"""People named by what they do rather than by a title, sources that speak as offices, services and
networks, and reports cited by a long title with its publication."""

from extract_helpers import run


def people(result):
    return {p.person.label for p in result.people}


def sources(result):
    return {s.source.label for s in result.statements} | {r.publisher.label for r in result.reports if r.publisher}


def reports(result):
    return [(r.title, r.publisher.label if r.publisher else None) for r in result.reports]


def test_an_analyst_of_an_institution_who_said_is_a_person():
    result = run("Ana Ruiz of the Andean Policy Centre in Quito said Peru would struggle to find allies.")
    assert "Ana Ruiz" in people(result)
    assert result.people[0].affiliation.label == "Andean Policy Centre"


def test_a_speaker_described_by_a_relative_clause_is_a_person():
    result = run("The border will hold, said Tomas Berg, who studies border communities at a regional institute.")
    assert "Tomas Berg" in people(result)


def test_a_person_named_with_an_age_is_a_person():
    result = run("In return, Chile freed Hamid Farouk, 63, who was flown home on Sunday.")
    assert "Hamid Farouk" in people(result)


def test_a_photo_credit_names_the_photographer():
    result = run("Workers lay tracks near the border on Monday. (Photo: Lina Park / Coast Wire)\n\n"
                 "The line is due to open next year.")   # the caption line is page furniture; the credit counts
    assert "Lina Park" in people(result)


def test_an_appositive_role_may_start_with_a_capitalised_word():
    result = run("Honiara wants options, said Mere Tora, a Pacific security researcher at the Suva Policy Forum.")
    assert "Mere Tora" in people(result)


def test_an_owner_and_a_thing_are_no_person():
    result = run("Peru's Cabinet, which approved the plan, said it would take effect in June.")
    assert not any("Cabinet" in name for name in people(result))


def test_a_leaders_office_is_a_source():
    result = run("Boric's office said on Sunday that the agreement amounted to recognition.")
    assert "Boric's office" in sources(result)


def test_a_press_office_is_a_source():
    result = run("Boluarte's press office said the railway would open new routes.")
    assert "Boluarte's press office" in sources(result)


def test_a_state_committee_is_a_source():
    result = run("According to Peru's State Committee for National Security, the frontier runs for 1,007 km.")
    assert any("State Committee for National Security" in s for s in sources(result))


def test_a_department_named_with_and_is_a_source():
    result = run("Chile is Peru's largest partner, according to the Department of Foreign Affairs and Trade.")
    assert "Department of Foreign Affairs and Trade" in sources(result)


def test_a_network_is_a_source():
    result = run("The Andean Water Justice Network, a regional advocacy group, said in a statement that the ruling "
                 "should help small states.")
    assert any("Andean Water Justice Network" in s for s in sources(result))


def test_two_bodies_that_said_together_are_both_sources():
    result = run("In December, the International Monetary Fund and the World Bank said Peru had qualified for debt "
                 "relief.")
    assert {"International Monetary Fund", "World Bank"} <= sources(result)


def test_a_long_title_published_by_a_body_is_a_report():
    result = run("The oceans have absorbed most of the excess heat, according to Ocean Heat 2023: Synthesis Report, "
                 "published last year by the World Meteorological Organization.")
    assert reports(result)[0][0] == "Ocean Heat 2023: Synthesis Report"


def test_a_report_named_after_its_kind_and_owner_is_a_report():
    result = run("Peru executed 12 people in 2023, according to Amnesty International's annual report Death "
                 "Sentences and Executions 2023, published last month.")
    assert reports(result)[0][0] == "Death Sentences and Executions 2023"


def test_a_report_named_in_an_aside_after_its_publication_is_a_report():
    result = run("A World Bank report published in November, Andean Freight Corridor, found that volumes could "
                 "triple by 2030.")
    assert reports(result) == [("Andean Freight Corridor", "World Bank")]


def test_a_body_named_after_its_kind_is_a_source():
    result = run("Farmers blocked roads, and the European farm lobby Agri-Union said the deal would expose producers "
                 "to unfair competition.")
    assert "Agri-Union" in sources(result)


def test_a_person_named_after_a_title_is_no_body():
    result = run("The opposition leader Juan Perez said the deal was bad.")
    assert "Juan Perez" not in sources(result)


def test_a_speaker_named_after_the_verb_with_an_institution_is_a_person():
    result = run("“This is where it will fail,” said Marko Ilic of the Belgrade Centre for Regional Dialogue.")
    assert "Marko Ilic" in people(result)


def test_a_demonym_and_an_occupation_before_a_name_make_a_person():
    result = run("In May, Chile freed Peruvian diplomat Luis Ramos in return for Chilean aid worker Ana Soto.")
    assert {"Luis Ramos", "Ana Soto"} <= people(result)


def test_a_judge_is_a_role():
    result = run("Reading the opinion, the tribunal's president, the Icelandic judge Tomas Berg, said states must act.")
    assert "Tomas Berg" in people(result)


def test_a_spokesperson_for_a_body_makes_the_body_the_source():
    result = run("A spokesperson for the U.S. State Department said the talks were productive.")
    assert "U.S. State Department" in sources(result)


def test_a_named_bodys_representative_in_a_city_speaks_for_the_body():
    result = run("A Polisario Front representative in Brussels called the ruling a historic victory.")
    assert "Brussels" not in sources(result)
