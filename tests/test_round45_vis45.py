"""State visits told as several events, round 45: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def dates(analyse, body: str, published: str) -> dict[str, str]:
    return {s.text: s._.normalized for s in analyse(page(body, published)).spans["dates"]}


def meetings(analyse, body: str, published: str = "14 avril 2023") -> list[tuple[str, str, str]]:
    doc = analyse(page(body, published))
    return [(m["kind"], m["date"], m["host"]) for m in doc._.meetings]


# -- a visit's days without their year, told under a past verb on its first day: under way, this year's ----

def test_a_visit_under_way_on_the_day_of_publication_keeps_that_year(analyse):
    found = dates(analyse, "Le président Vo Van Thuong a reçu mardi le dirigeant chinois Xi Jinping, en visite "
                           "d'Etat au Vietnam les 12 et 13 décembre.", "12 décembre 2023")
    assert found["les 12 et 13 décembre"] == "2023-12-12/2023-12-13"


def test_a_range_begun_the_day_before_publication_keeps_that_year(analyse):
    found = dates(analyse, "Le président brésilien, qui effectue une visite d'Etat en Chine du 12 au 15 avril, "
                           "a rencontré le Premier ministre Li Qiang.", "14 avril 2023")
    assert found["du 12 au 15 avril"] == "2023-04-12/2023-04-15"


def test_a_past_range_wholly_after_publication_is_still_last_years(analyse):
    found = dates(analyse, "Les deux ministres se sont rencontrés à Hanoï les 20 et 21 décembre.",
                  "12 décembre 2023")
    assert found["les 20 et 21 décembre"] == "2022-12-20/2022-12-21"


def test_a_range_to_come_under_a_future_verb_is_unchanged(analyse):
    found = dates(analyse, "Le président se rendra en Chine du 12 au 15 avril.", "14 mars 2023")
    assert found["du 12 au 15 avril"] == "2023-04-12/2023-04-15"


# -- a banquet or state dinner offered in someone's honour: an event of its own, its giver hosting ---------

TALKS = ("Le président chinois Xi Jinping a tenu vendredi des entretiens avec le président brésilien Luiz Inacio "
         "Lula da Silva au Grand Palais du Peuple à Pékin. ")


def test_a_banquet_offered_after_talks_in_the_same_palace_is_its_own_meeting(analyse):
    found = meetings(analyse, TALKS + "Dans la soirée, Xi Jinping a offert un banquet de bienvenue en l'honneur de "
                                      "Lula au Grand Palais du Peuple.")
    assert ("banquet", "2023-04-14", "jinping") in found and len(found) == 2


def test_a_state_banquet_names_its_giver_as_host(analyse):
    found = meetings(analyse, "Le secrétaire général Nguyen Phu Trong a eu mardi des entretiens avec Xi Jinping au "
                              "siège du Comité central, à Hanoï. Dans la soirée, le président Vo Van Thuong a offert "
                              "un banquet d'Etat en l'honneur de Xi Jinping au Centre international des conventions.",
                     "12 décembre 2023")
    assert ("banquet", "2023-12-12", "thuong") in found


def test_a_state_dinner_offered_by_the_president_is_hosted_by_him(analyse):
    found = meetings(analyse, "Lundi soir, le président Emmanuel Macron a offert un dîner d'Etat en l'honneur du "
                              "président Cyril Ramaphosa au Grand Trianon, à Versailles.", "19 juillet 2022")
    assert [(k, h) for k, _, h in found] == [("dîner d'État", "macron")]


def test_talks_continued_over_a_lunch_told_by_a_verb_alone_stay_one_meeting(analyse):
    found = meetings(analyse, TALKS + "Les deux présidents ont ensuite poursuivi leurs échanges au cours d'un "
                                      "déjeuner.")
    assert len(found) == 1


# -- `le même jour` a paragraph after a day and a visit's span: that day, not the span's first -----------

def test_the_same_day_counts_from_the_day_told_not_from_the_visit_span_after_it(analyse):
    found = dates(analyse, "Le président chinois a tenu vendredi des entretiens avec le président brésilien, en "
                           "visite d'Etat en Chine du 12 au 15 avril.\n\nLe même jour, le président brésilien a "
                           "rencontré le Premier ministre Li Qiang.", "14 avril 2023")
    assert found["Le même jour"] == "2023-04-14"


def test_the_same_day_after_a_span_alone_still_counts_from_it(analyse):
    found = dates(analyse, "Le président brésilien a effectué une visite d'Etat en Chine du 12 au 15 avril.\n\n"
                           "Le même jour, le ministre a rencontré le Premier ministre Li Qiang.", "20 avril 2023")
    assert found["Le même jour"] == "2023-04-12"
