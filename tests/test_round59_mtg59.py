"""Meetings, round 59: two meeting nouns of one sentence, each with a day of its own (`au sommet du G7 du 15
au 17 juin à X, puis au sommet de l'OTAN les 24 et 25 juin à Y`), are two meetings, each with the day and the
place of its own phrase. Texts of our own, with counter-examples (one meeting named twice, a meeting inside
another one's phrase, a noun dated by a year only)."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str, published: str = "14 mars 2025") -> list[tuple[str, str, str]]:
    doc = analyse(page(body, published))
    return sorted((m["kind"], m["date"], m["location"]) for m in doc._.meetings)


# -- two meeting nouns, each with a day of its own: two meetings ---------------------------------------------

def test_two_summits_joined_by_puis_each_with_its_days_and_town(analyse):
    found = meetings(analyse, "La ministre de la Défense, Anita Anand, participera au sommet du G7 du 15 au 17 "
                              "juin 2025 à Kananaskis, puis au sommet de l'OTAN les 24 et 25 juin à La Haye.")
    assert [(d, p) for _, d, p in found] == [("2025-06-15/2025-06-17", "Kananaskis"),
                                              ("2025-06-24/2025-06-25", "La Haye")]


def test_an_announcement_a_few_days_before_two_summits(analyse):
    found = meetings(analyse, "L'annonce survient à quelques jours du sommet européen des 20 et 21 mars 2025 "
                              "à Bruxelles et à trois mois du sommet de l'OTAN prévu les 24 et 25 juin à La "
                              "Haye.")
    assert [(d, p) for _, d, p in found] == [("2025-03-20/2025-03-21", "Bruxelles"),
                                              ("2025-06-24/2025-06-25", "La Haye")]


def test_a_minister_at_a_meeting_then_at_another_on_its_own_day(analyse):
    found = meetings(analyse, "Le ministre des Armées Sébastien Lecornu a pris part le 13 février 2025 à la "
                              "réunion des ministres de la Défense de l'OTAN à Bruxelles, puis le 14 février "
                              "à la conférence de Munich sur la sécurité.", published="15 février 2025")
    assert sorted(d for _, d, _ in found) == ["2025-02-13", "2025-02-14"]


def test_a_council_then_a_summit_each_dated(analyse):
    found = meetings(analyse, "Le chancelier Friedrich Merz sera présent au sommet de l'UE du 26 juin 2025 "
                              "à Bruxelles et au sommet du G20 du 22 novembre à Johannesburg.",
                     published="2 juin 2025")
    assert [(d, p) for _, d, p in found] == [("2025-06-26", "Bruxelles"), ("2025-11-22", "Johannesburg")]


def test_each_summit_keeps_the_person_of_the_sentence(analyse):
    doc = analyse(page("Le président Emmanuel Macron se rendra au sommet de l'Union africaine le 10 février "
                       "2025 à Addis-Abeba, puis au sommet du G20 le 22 novembre 2025 à Johannesburg.",
                       "3 février 2025"))
    assert sorted((m["date"], tuple(m["people"])) for m in doc._.meetings) == [
        ("2025-02-10", ("macron",)), ("2025-11-22", ("macron",))]


# -- counter-examples: one meeting ---------------------------------------------------------------------------

def test_a_meeting_in_the_margin_of_a_summit_is_no_second_dated_noun(analyse):
    found = meetings(analyse, "Le ministre Bill Blair a eu le 11 juillet 2024 un entretien avec son homologue "
                              "Lloyd Austin en marge du sommet de l'OTAN à Washington.", published="12 juillet 2024")
    assert len([k for k, _, _ in found if k.startswith("entretien")]) == 1
    assert all(d == "2024-07-11" for _, d, _ in found)


def test_a_summit_named_with_a_year_only_beside_one_dated(analyse):
    found = meetings(analyse, "Le président Emmanuel Macron participera le 24 juin 2025 au sommet de La Haye, "
                              "deux ans après le sommet de Vilnius de 2023.", published="3 juin 2025")
    assert [d for _, d, _ in found] == ["2025-06-24"]


def test_one_summit_named_twice_with_one_day(analyse):
    found = meetings(analyse, "Le sommet de l'OTAN se tiendra les 24 et 25 juin 2025 à La Haye ; ce sommet "
                              "sera le premier de Mark Rutte.", published="3 juin 2025")
    assert [d for _, d, _ in found] == ["2025-06-24/2025-06-25"]


def test_a_conjunction_within_the_first_noun_joins_no_second_meeting(analyse):
    found = meetings(analyse, "Le président Bassirou Diomaye Faye a effectué jeudi 18 avril 2024 une visite "
                              "d'amitié et de travail en Mauritanie, la première depuis son investiture le 2 "
                              "avril.", published="18 avril 2024")
    assert [d for _, d, _ in found] == ["2024-04-18"]


# -- a working meal after talks, announced with an indefinite article: an event of its own ---------------------

def test_talks_then_a_working_lunch_are_two_events(analyse):
    found = meetings(analyse, "Le ministre des Armées Sébastien Lecornu a reçu mardi 4 mars 2025 son homologue "
                              "polonais Władysław Kosiniak-Kamysz à l'hôtel de Brienne. Les deux ministres se "
                              "sont entretenus en tête-à-tête, avant un déjeuner de travail réunissant les deux "
                              "délégations.", published="4 mars 2025")
    assert "déjeuner de travail" in [k for k, _, _ in found]


def test_talks_then_a_working_dinner_are_two_events(analyse):
    found = meetings(analyse, "Le président Emmanuel Macron s'est entretenu lundi 3 février 2025 à l'Élysée avec "
                              "le Premier ministre grec Kyriakos Mitsotakis, avant un dîner de travail.",
                     published="3 février 2025")
    assert "dîner de travail" in [k for k, _, _ in found]


def test_talks_before_the_lunch_already_told_stay_one(analyse):
    found = meetings(analyse, "Le président Emmanuel Macron s'est entretenu lundi 3 février 2025 à l'Élysée avec "
                              "le Premier ministre grec Kyriakos Mitsotakis, avant le déjeuner de travail.",
                     published="3 février 2025")
    assert len(found) == 1
