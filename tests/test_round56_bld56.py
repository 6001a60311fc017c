"""Meeting places, round 56: a visitor welcomed at an airport named after no town (`à l'aéroport international
X`) landed in the town the story is in; the airport is where the plane stood, the table gives the town.
Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[str]:
    return [m["location"] for m in analyse(page(body))._.meetings]


# -- an airport named after no town: the town of the dateline or of the trip's stop ---------------------------

def test_an_airport_named_after_a_person_under_a_dateline(analyse):
    assert places(analyse, "NIAMEY - Arrivée samedi à l'aéroport international Diori Hamani, la délégation "
                           "conduite par le général Abdulsalami Abubakar a été accueillie par le Premier "
                           "ministre Ali Mahaman Lamine Zeine.") == ["Niamey"]


def test_an_airport_of_a_town_reached_the_sentence_before(analyse):
    assert places(analyse, "Le ministre des Armées Sébastien Lecornu est arrivé jeudi à Djibouti. À "
                           "l'aéroport international Ambouli, il a été accueilli par son homologue Hassan "
                           "Omar Mohamed Bourhan.") == ["Djibouti"]


def test_an_airport_under_a_dateline_in_the_passive_with_the_host_first(analyse):
    assert places(analyse, "ABIDJAN - Le Premier ministre Robert Beugré Mambé a accueilli mardi à l'aéroport "
                           "international Félix-Houphouët-Boigny le ministre français des Armées, Sébastien "
                           "Lecornu.") == ["Abidjan"]


def test_an_airport_named_after_a_person_after_a_trip_verb(analyse):
    assert places(analyse, "Le secrétaire américain à la Défense Lloyd Austin s'est rendu lundi à Nairobi. "
                           "Accueilli à l'aéroport international Jomo Kenyatta par le ministre kényan de la "
                           "Défense Aden Duale, il a salué un partenaire fiable.") == ["Nairobi"]


def test_a_military_airfield_named_after_no_town_under_a_dateline(analyse):
    assert places(analyse, "DAKAR - Le général Thierry Burkhard a été accueilli vendredi à l'aérodrome "
                           "militaire Léopold Sédar Senghor par le chef d'état-major général des armées "
                           "sénégalaises, le général Mbaye Cissé.") == ["Dakar"]


# -- counter-examples: no town told, or an airport named after its town ------------------------------------

def test_an_airport_with_no_town_told_stays(analyse):
    assert places(analyse, "Le général Abdulsalami Abubakar a été accueilli samedi à l'aéroport international "
                           "Diori Hamani par le Premier ministre Ali Mahaman Lamine Zeine.") == [
        "aéroport international Diori Hamani"]


def test_an_airport_named_after_its_town_gives_that_town_not_the_datelines(analyse):
    assert places(analyse, "PARIS - Le ministre des Armées a accueilli jeudi à l'aéroport de Brest son "
                           "homologue britannique John Healey.") == ["Brest"]


def test_a_meeting_in_town_told_at_a_palace_keeps_its_palace(analyse):
    assert places(analyse, "NIAMEY - Le général Abdourahamane Tiani a reçu samedi au palais présidentiel le "
                           "général Abdulsalami Abubakar.") == ["palais présidentiel"]


# -- no stop told: the one town of the host's country the text names -------------------------------------------

def test_an_airport_in_a_story_naming_the_hosts_capital_once(analyse):
    assert places(analyse, "Le ministre tchadien Abderaman Koulamallah a été accueilli mardi à l'aéroport "
                           "international Modibo Keïta par son homologue malien Abdoulaye Diop. Les autorités "
                           "de Bamako espèrent un accord sur la sécurité des frontières.") == ["Bamako"]


def test_an_airport_in_a_story_naming_two_towns_of_the_hosts_country_stays(analyse):
    assert places(analyse, "Le ministre tchadien Abderaman Koulamallah a été accueilli mardi à l'aéroport "
                           "international Nsimalen par le ministre camerounais de la Défense Joseph Beti "
                           "Assomo. Les autorités de Yaoundé et les armateurs de Douala espèrent un "
                           "accord.") == ["aéroport international Nsimalen"]
