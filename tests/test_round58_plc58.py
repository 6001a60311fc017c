"""Meeting places, round 58: a building the entities stage names as an organisation (`l'hôtel de Brienne`,
`le palais de Koulouba`) is still where a guest is received, and a fort or a citadel with its name (`au
fort de Brégançon`) is a place. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[str]:
    return [m["location"] for m in analyse(page(body))._.meetings]


# -- a building of its own, named as an organisation by the model, after the guest ------------------------

def test_the_ministers_hotel_after_the_guest(analyse):
    assert places(analyse, "Le ministre des Armées a reçu mardi son homologue grec à l'hôtel de "
                           "Brienne.") == ["hôtel de Brienne"]


def test_the_prime_ministers_hotel_after_the_guest(analyse):
    assert places(analyse, "Le Premier ministre a reçu jeudi son homologue italien à l'hôtel de "
                           "Matignon.") == ["hôtel de Matignon"]


def test_a_presidential_palace_after_the_guest(analyse):
    assert places(analyse, "Le chef de l'Etat a reçu vendredi son homologue sénégalais au palais de "
                           "Koulouba.") == ["palais de Koulouba"]


def test_a_body_named_after_the_guest_is_no_place(analyse):
    # `du ministère`: the body the guest belongs to, not a building where they met
    found = places(analyse, "Le ministre a reçu jeudi le directeur du ministère de la Défense.")
    assert all("ministère" not in p for p in found)


# -- a fort or a citadel with its name is a place; the idiom `au fort de` (`at the height of`) is none ------

def test_a_fort_with_its_name(analyse):
    assert places(analyse, "Le président de la République a reçu jeudi le chancelier allemand au fort de "
                           "Brégançon.") == ["fort de Brégançon"]


def test_a_fort_with_its_name_in_a_dinner(analyse):
    assert places(analyse, "Le président a offert lundi un dîner au roi Charles III au fort de "
                           "Vincennes.") == ["fort de Vincennes"]


def test_a_citadel_with_its_name(analyse):
    assert places(analyse, "Le ministre des Armées a rencontré samedi le commandant de la Légion étrangère "
                           "à la citadelle de Calvi.") == ["citadelle de Calvi"]


def test_at_the_height_of_a_crisis_is_no_place(analyse):
    assert places(analyse, "Au fort de la crise, le ministre a reçu mardi son homologue belge à "
                           "Bruxelles.") == ["Bruxelles"]


# -- a gathering named by the officials it brings together: the town after their title is the gathering's ----

def test_a_meeting_of_ministers_in_a_town(analyse):
    assert places(analyse, "En juin, la ministre avait rencontré l'amiral Rob Bauer lors de la réunion des "
                           "ministres de la Défense à Bruxelles.") == ["Bruxelles"]


def test_a_council_of_ministers_of_a_union_in_a_town(analyse):
    assert places(analyse, "Le ministre a rencontré mardi son homologue letton lors de la réunion des ministres "
                           "des Affaires étrangères de l'Union européenne à Luxembourg.") == ["Luxembourg"]


def test_a_conference_of_chiefs_of_staff_in_a_town(analyse):
    assert places(analyse, "Le général a rencontré son homologue italien lors de la conférence des chefs "
                           "d'état-major de l'Union européenne à Bruxelles.") == ["Bruxelles"]


def test_a_title_of_the_guest_keeps_its_own_complement(analyse):
    # `délégués à la Défense`: what the guests are, no place of the visit
    found = places(analyse, "Le ministre a reçu jeudi les ministres délégués à la Défense du Cameroun et du "
                            "Gabon.")
    assert found == [""]
