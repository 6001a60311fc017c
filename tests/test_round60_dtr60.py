"""Written day ranges, round 60: the days a range writes whole are dates of their own. Texts of our own.

A range whose days each carry their own weekday (`du mardi 21 au jeudi 23 novembre`, `jeudi et
vendredi`) or their own month (`du 30 juin au 2 juillet`) names each day as a single date is named: the
days are DATE entities besides the range (`whole_range_days_are_entities`, dates.yml). A range whose
days share one month and no weekday (`du 22 au 25 novembre 2021`, `les 14 et 15 décembre`) stays one
value. A number that is no day (`les 14 et 15 chars`, `du 21e régiment`) names no date at all.
"""

from __future__ import annotations

from pipeline.run.export import doc_rows

from conftest import page

BODY = len(page(""))  # where the body starts: the page's date line is a DATE too


def values(analyse, body: str, published: str = "14 mars 2024") -> list[str]:
    """The values of the DATE rows of the entities table in the body, in their order."""
    doc = analyse(page(body, published=published))
    return [r["normalized"] for r in doc_rows(doc)["entities"]
            if r["label"] == "DATE" and int(r["start_char"]) >= BODY]


# -- each day with its weekday -------------------------------------------------------------------------------

def test_a_range_whose_days_carry_weekdays_names_each_day(analyse):
    assert sorted(values(analyse, "Du lundi 11 au mercredi 13 mars 2024, le général Pierre Schill s'est rendu "
                                  "en Roumanie auprès des soldats de la mission Aigle.")) == \
        ["2024-03-11", "2024-03-11/2024-03-13", "2024-03-13"]


def test_a_night_from_one_weekday_to_the_next_names_both_days(analyse):
    assert sorted(values(analyse, "Les marins de la frégate Provence sont rentrés à Toulon dans la nuit du "
                                  "samedi 9 au dimanche 10 mars.")) == ["2024-03-09", "2024-03-09/2024-03-10",
                                                                        "2024-03-10"]


def test_two_bare_weekdays_joined_by_et_name_each_day(analyse):
    assert sorted(values(analyse, "Le chef d'état-major des armées, le général Thierry Burkhard, est attendu "
                                  "jeudi et vendredi à Varsovie.", published="12 mars 2024")) == \
        ["2024-03-14", "2024-03-14/2024-03-15", "2024-03-15"]


def test_a_range_of_two_bare_weekdays_names_each_day(analyse):
    assert sorted(values(analyse, "La ministre Ludivine Dupuis participera de mardi à jeudi au salon "
                                  "Eurosatory, à Villepinte.", published="10 juin 2024")) == \
        ["2024-06-11", "2024-06-11/2024-06-13", "2024-06-13"]


# -- each day with its month ---------------------------------------------------------------------------------

def test_a_range_over_two_months_names_each_day(analyse):
    assert sorted(values(analyse, "L'exercice Orion se déroulera du 26 février au 3 mars 2024 dans le "
                                  "nord-est de la France.", published="10 février 2024")) == \
        ["2024-02-26", "2024-02-26/2024-03-03", "2024-03-03"]


def test_a_visit_from_one_month_to_the_next_names_each_day(analyse):
    assert sorted(values(analyse, "Le ministre Sébastien Lecornu a visité la Nouvelle-Calédonie du 30 juin au "
                                  "2 juillet.", published="5 juillet 2024")) == \
        ["2024-06-30", "2024-06-30/2024-07-02", "2024-07-02"]


# -- counter-examples: days that share their month, numbers that are no days -----------------------------

def test_a_range_whose_days_share_their_month_stays_one_value(analyse):
    assert values(analyse, "Du 22 au 25 novembre 2021, le général Hans Schmidt a accueilli une délégation "
                           "au siège de l'OTAN.", published="26 novembre 2021") == ["2021-11-22/2021-11-25"]


def test_two_day_numbers_of_one_month_joined_by_et_stay_one_value(analyse):
    assert values(analyse, "Les ministres de la Défense de l'Union se réuniront les 14 et 15 mai à "
                           "Bruxelles.") == ["2024-05-14/2024-05-15"]


def test_numbers_of_tanks_are_no_days(analyse):
    assert values(analyse, "L'armée de Terre a reçu les 14 et 15 chars Leclerc rénovés de la tranche.") == []


def test_a_regiment_number_is_no_day(analyse):
    assert values(analyse, "Les soldats du 21e régiment d'infanterie de marine ont défilé à Fréjus.") == []


# -- a weekday under a plan told in the present passive (`sont prévus dimanche`): the coming one ---------------

def test_talks_planned_on_sunday_after_an_apposed_name_are_the_coming_sunday(analyse):
    assert values(analyse, "Des entretiens avec le maire de la ville de Toulon, Hubert Falco, sont prévus dimanche, "
                           "ainsi qu'une visite de la base navale.", published="16 septembre 2023") == ["2023-09-17"]


def test_talks_planned_with_a_governor_are_the_coming_sunday(analyse):
    assert values(analyse, "Des entretiens avec le gouverneur du district du Kamtchatka, Vladimir Solodov, sont "
                           "prévus dimanche, ainsi qu'une visite de la base navale.",
                  published="16 septembre 2023") == ["2023-09-17"]


def test_a_meeting_planned_in_the_singular_is_the_coming_sunday(analyse):
    assert values(analyse, "Une rencontre avec le préfet maritime de l'Atlantique, le vice-amiral Olivier Lebas, "
                           "est prévue dimanche, ainsi qu'une visite de l'Île Longue.",
                  published="16 septembre 2023") == ["2023-09-17"]


def test_a_minister_who_went_on_sunday_went_last_sunday(analyse):
    assert values(analyse, "Le ministre des Armées, Sébastien Lecornu, est allé dimanche à Brest, où il a "
                           "rencontré les marins.", published="16 septembre 2023") == ["2023-09-10"]


def test_talks_held_on_sunday_are_the_last_sunday(analyse):
    assert values(analyse, "Des entretiens avec le gouverneur de la région, Oleg Ivanov, ont eu lieu dimanche, "
                           "ainsi qu'une visite de la base navale.", published="16 septembre 2023") == ["2023-09-10"]
