"""Meeting dates, round 60: a stay told by the day it ended, in a phrase of its end (`au terme d'une visite de
deux jours`, `à l'issue d'une visite de quarante-huit heures`) beside a verb of leaving: it ran from that many
days before. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import dated_page


def dates(analyse, published: str, body: str) -> list[str]:
    return [m["date"] for m in analyse(dated_page(published, body))._.meetings]


# -- a stay ended on a day, told by its length in days: a range ---------------------------------------------

def test_a_visit_of_two_days_left_on_a_weekday(analyse):
    assert dates(analyse, "14 mars 2024", "Le ministre des Armées Sébastien Lecornu a quitté Kiev mercredi, au "
                 "terme d'une visite de deux jours au cours de laquelle il a rencontré son homologue Roustem "
                 "Oumerov.") == ["2024-03-12/2024-03-13"]


def test_a_state_visit_of_three_days_back_home_on_a_dated_day(analyse):
    assert dates(analyse, "14 mars 2024", "Le président nigérien Abdourahamane Tiani a regagné Niamey le "
                 "vendredi 8 mars, au terme d'une visite d'État de trois jours au Tchad, où il a été reçu par le "
                 "président Mahamat Idriss Déby.") == ["2024-03-06/2024-03-08"]


def test_a_stay_after_a_phrase_of_its_end_opening_the_sentence(analyse):
    assert dates(analyse, "20 novembre 2024", "À l'issue d'une visite officielle de trois jours au Sénégal, le chef "
                 "d'état-major des armées, le général Thierry Burkhard, a quitté Dakar mardi "
                 "19 novembre.") == ["2024-11-17/2024-11-19"]


# -- a length in hours that counts whole days ----------------------------------------------------------------

def test_a_visit_of_forty_eight_hours_is_two_days(analyse):
    assert dates(analyse, "30 septembre 2023", "Le secrétaire américain à la Défense Lloyd Austin a quitté Luanda "
                 "le jeudi 28 septembre, au terme d'une visite de quarante-huit heures, au cours de laquelle il a "
                 "été reçu par le président João Lourenço.") == ["2023-09-27/2023-09-28"]


def test_a_visit_of_72_hours_in_figures(analyse):
    assert dates(analyse, "30 septembre 2023", "Le ministre de la Défense Boris Pistorius a quitté Vilnius vendredi "
                 "29 septembre, au terme d'un séjour de 72 heures au cours duquel il s'est entretenu avec son "
                 "homologue Arvydas Anušauskas.") == ["2023-09-27/2023-09-29"]


# -- counter-examples ----------------------------------------------------------------------------------------

def test_a_visit_of_twenty_four_hours_is_one_day(analyse):
    assert dates(analyse, "30 septembre 2023", "Le secrétaire américain à la Défense Lloyd Austin a quitté Luanda "
                 "le jeudi 28 septembre, au terme d'une visite de vingt-quatre heures, au cours de laquelle il a "
                 "été reçu par le président João Lourenço.") == ["2023-09-28"]


def test_talks_of_two_hours_are_no_stay(analyse):
    assert "2024-03-13" in dates(analyse, "14 mars 2024", "À l'issue d'un entretien de deux heures avec son "
                                 "homologue Boris Pistorius, le ministre Sébastien Lecornu a quitté Berlin mercredi.")
    assert not any("/" in d for d in dates(
        analyse, "14 mars 2024", "À l'issue d'un entretien de deux heures avec son homologue Boris Pistorius, le "
        "ministre Sébastien Lecornu a quitté Berlin mercredi."))


def test_a_stay_to_come_is_counted_from_its_start(analyse):
    assert sorted(dates(analyse, "14 mars 2024", "Le ministre Sébastien Lecornu, qui a rencontré mercredi son "
                        "homologue Boris Pistorius à Berlin, entamera jeudi une visite de deux jours en "
                        "Pologne.")) == ["2024-03-13", "2024-03-14/2024-03-15"]
