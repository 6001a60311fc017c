"""Meeting dates, round 58: a meeting put back, then held after all on days of its own (`la réunion prévue
le 12 février avait été reportée, avant de se tenir finalement les 20 et 21 février`): the held days are a
meeting of their own, the planned day keeps the called-off one. Also, as guards (they passed before this
round), a stay told as ending on a day, its first day given by a participle of the meeting noun (`achève ce
vendredi une visite de cinq jours, entamée le lundi 25 mars`), with or without an agency dateline. Texts of
our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def dates(analyse, body: str, published: str = "15 mars 2024") -> list[str]:
    return [m["date"] for m in analyse(page(body, published))._.meetings]


# -- an end verb with its day, a start participle of the noun with another: the span --------------------

def test_a_visit_ended_on_friday_begun_on_monday(analyse):
    assert dates(analyse, "Le général Pierre Schill, chef d'état-major de l'armée de Terre, achève ce "
                          "vendredi une visite officielle de cinq jours au Sénégal, entamée le lundi 11 mars.",
                 )[0] == "2024-03-11/2024-03-15"


def test_a_tour_closed_on_sunday_begun_on_thursday(analyse):
    assert dates(analyse, "Le ministre des Armées Sébastien Lecornu a terminé dimanche 10 mars une visite "
                          "de quatre jours dans les pays baltes, commencée le jeudi 7 mars.")[0] \
        == "2024-03-07/2024-03-10"


def test_a_stay_ended_today_begun_on_tuesday(analyse):
    assert dates(analyse, "L'amiral Nicolas Vaujour, chef d'état-major de la Marine, a achevé mercredi 13 "
                          "mars une visite de travail de deux jours à Athènes, entamée le mardi 12 mars.")[0] \
        == "2024-03-12/2024-03-13"


def test_a_mission_ended_on_thursday_opened_on_monday(analyse):
    assert dates(analyse, "Le général Thierry Burkhard termine ce jeudi un déplacement de quatre "
                          "jours en Côte d'Ivoire, débuté le lundi 11 mars.")[0] == "2024-03-11/2024-03-14"


def test_a_state_visit_ended_on_wednesday_begun_on_monday(analyse):
    assert dates(analyse, "Le président Emmanuel Macron a achevé mercredi une visite d'État de trois jours "
                          "au Brésil, entamée le lundi 11 mars.")[0] == "2024-03-11/2024-03-13"


# -- counter-examples --------------------------------------------------------------------------------------

def test_a_visit_ended_on_a_day_without_its_first_day_keeps_that_day(analyse):
    assert dates(analyse, "Le général Pierre Schill achève ce vendredi 15 mars une visite officielle au "
                          "Sénégal.")[0] == "2024-03-15"


def test_a_participle_of_another_noun_does_not_open_the_visit(analyse):
    # the agreement was begun on Monday, not the visit: the end verb's day alone
    assert dates(analyse, "Le ministre Sébastien Lecornu achève ce vendredi 15 mars une visite à Varsovie, "
                          "consacrée à l'accord signé le 4 mars.")[0] == "2024-03-15"


def test_a_start_more_than_a_fortnight_before_is_no_span(analyse):
    # a begun date far from the end is another stage of a long operation, not the visit's first day
    assert dates(analyse, "Le général Pierre Schill achève ce vendredi 15 mars une visite au Tchad, entamée "
                          "le lundi 5 février.")[0] == "2024-03-15"


# -- an agency dateline heading the sentence dates the dispatch, not the visit ------------------------------

def test_a_dateline_does_not_hide_the_first_day_of_a_visit(analyse):
    assert dates(analyse, "Dakar, 15 mars 2024 (APS) – Le général de corps d'armée Bertrand Toujouse, "
                          "commandant des forces terrestres (CFT) françaises, achève ce vendredi une visite de "
                          "travail de cinq jours au Sénégal, "
                          "entamée le lundi 11 mars.")[0] == "2024-03-11/2024-03-15"


def test_a_dateline_does_not_hide_the_first_day_of_a_state_visit(analyse):
    assert dates(analyse, "Cotonou, 15 mars 2024 (ABP) – Le général Fabien Mandon, major général des armées "
                          "(MGA) françaises, achève ce vendredi une visite de travail de quatre jours au "
                          "Bénin, entamée le mardi 12 mars.")[0] == "2024-03-12/2024-03-15"


def test_a_dateline_alone_still_dates_a_visit_ended_that_day(analyse):
    assert dates(analyse, "Abidjan, 15 mars 2024 (AIP) – Le général Thierry Burkhard achève ce vendredi une "
                          "visite en Côte d'Ivoire.")[0] == "2024-03-15"


# -- a meeting put back, then held after all on other days: the held days are a meeting of their own -------

def held_dates(analyse, body: str) -> list[tuple[str, str]]:
    return [(m["date"], m["status"]) for m in analyse(page(body, "15 mars 2024"))._.meetings]


def test_a_meeting_postponed_then_held_on_two_days(analyse):
    assert ("2024-02-20/2024-02-21", "held") in held_dates(
        analyse, "Le Comité des chefs d'état-major de la CEDEAO, dont la réunion prévue à Abuja le 12 février "
                 "avait été reportée sine die, avant de se tenir finalement les 20 et 21 février.")


def test_a_summit_postponed_then_held_on_one_day(analyse):
    assert ("2024-03-08", "held") in held_dates(
        analyse, "Le sommet de l'Union africaine prévu à Addis-Abeba le 1er mars a été reporté, avant "
                 "d'avoir finalement lieu le 8 mars.")


def test_a_meeting_only_planned_stays_planned(analyse):
    got = held_dates(analyse, "La réunion des ministres de la Défense de l'OTAN est prévue à Bruxelles le 12 "
                              "avril.")
    assert all(status != "held" for _, status in got)


def test_a_joint_commission_adjourned_then_held(analyse):
    assert ("2024-03-11", "held") in held_dates(
        analyse, "La réunion de la commission militaire mixte franco-marocaine, prévue le 4 mars à Rabat, a été "
                 "ajournée avant de se tenir finalement le 11 mars.")


def test_a_council_put_back_then_held(analyse):
    assert ("2024-02-09", "held") in held_dates(
        analyse, "La réunion des ministres de la Défense du G5 Sahel, programmée le 2 février à Nouakchott, a "
                 "été reportée pour finalement se tenir le 9 février.")


def test_a_meeting_held_on_the_day_it_was_put_back_to_is_told_once(analyse):
    got = held_dates(analyse, "La rencontre entre les chefs d'état-major, reportée à plusieurs reprises, a fini "
                              "par avoir lieu le 6 mars à Dakar.")
    assert len(got) == 1
