"""Meeting dates, round 56: a meeting told `au cours de son séjour` (during the stay told before, which lasted
several days) and naming no day of its own is dated by the whole stay, not by its first day nor by a day of
another scene in between. Texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def dates(analyse, body: str) -> list[str]:
    return [m["date"] for m in analyse(page(body))._.meetings]


# -- a meeting told during a stay of several days, naming no day: the stay's days --------------------------

def test_during_his_stay_after_a_visit_from_to(analyse):
    assert dates(analyse, "Le ministre des Armées Sébastien Lecornu a effectué du 11 au 13 mars une visite "
                          "officielle en Inde. Au cours de son séjour, le ministre a également rencontré le chef "
                          "d'état-major de la défense, le général Anil Chauhan.") == [
        "2024-03-11/2024-03-13", "2024-03-11/2024-03-13"]


def test_during_her_stay_after_a_visit_of_three_days(analyse):
    assert dates(analyse, "La ministre luxembourgeoise de la Défense Yuriko Backes s'est rendue en Lituanie du 4 "
                          "au 6 mars. Durant son séjour, elle s'est entretenue avec son homologue lituanien, "
                          "Laurynas Kasčiūnas.")[-1] == "2024-03-04/2024-03-06"


def test_during_his_visit_after_a_dated_scene_of_another_day(analyse):
    assert dates(analyse, "Du 11 au 14 mars 2024, le général Anil Chauhan a effectué une visite officielle en "
                          "France. Le 12 mars, le général Thierry Burkhard l'a accueilli à l'École militaire pour "
                          "un entretien bilatéral. Au cours de son séjour, le général Chauhan s'est également "
                          "entretenu avec le général Vincent Giraud.")[-1] == "2024-03-11/2024-03-14"


def test_during_this_trip_the_demonstrative(analyse):
    assert dates(analyse, "Le chef d'état-major des armées, le général Thierry Burkhard, a effectué du 4 au 6 mars "
                          "une tournée au Sahel. Lors de ce déplacement, il a été reçu par le président nigérien "
                          "Mohamed Bazoum.")[-1] == "2024-03-04/2024-03-06"


def test_during_his_stay_received_in_the_passive(analyse):
    assert dates(analyse, "L'amiral Rob Bauer, président du Comité militaire de l'OTAN, s'est rendu en Suisse les 11 "
                          "et 12 mars. Au cours de son séjour, l'amiral Bauer a également été reçu par la conseillère "
                          "fédérale Viola Amherd.")[-1] == "2024-03-11/2024-03-12"


# -- counter-examples: a day of its own, a stay of one day, no stay word ------------------------------------

def test_during_his_stay_with_a_day_of_its_own_keeps_that_day(analyse):
    assert dates(analyse, "Le ministre des Armées Sébastien Lecornu a effectué du 11 au 13 mars une visite "
                          "officielle en Inde. Au cours de son séjour, le ministre a rencontré mardi 12 mars le "
                          "général Anil Chauhan.")[-1] == "2024-03-12"


def test_during_a_stay_of_one_day_keeps_that_day(analyse):
    assert dates(analyse, "Le ministre des Armées Sébastien Lecornu s'est rendu le 12 mars en Inde. Au cours de "
                          "son séjour, le ministre a également rencontré le général Anil Chauhan.")[-1] == "2024-03-12"


def test_a_later_meeting_without_a_stay_word_keeps_a_single_day(analyse):
    assert dates(analyse, "Le ministre canadien de la Défense Bill Blair a effectué une visite de trois jours en "
                          "Lettonie, du 11 au 13 mars. Mercredi, il a rencontré son homologue letton, Andris "
                          "Sprūds.")[-1] == "2024-03-13"
