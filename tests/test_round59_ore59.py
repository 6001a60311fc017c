"""Organisations, round 59: a state's security force named by its one common name (`la garde républicaine`, `la
garde nationale`, `la police républicaine`) is a body of the story's state; a generic body of the lists after `de`
with no article (`colonel de gendarmerie`) is only the kind of the noun before it, and an adjective or a `de` and a
common noun after the generic name name another body or a kind (`gendarmerie maritime`, `gendarmerie de montagne`).
Bare `la gendarmerie` is left unread: the held-out samples did not bear it out (see the round's report).
Texts of our own, each with counter-examples."""

from __future__ import annotations

from conftest import page


def orgs(analyse, body: str) -> list[str]:
    return [e.text for e in analyse(page(body)).ents if e.label_ == "ORG"]


# -- a state's force by its common name, with its article -------------------------------------------------------

def test_the_republican_guard_rendering_honours(analyse):
    found = orgs(analyse, "Après les honneurs rendus par un détachement de la garde républicaine, les deux chefs "
                          "d'état-major se sont entretenus à Paris.")
    assert "garde républicaine" in found


def test_the_republican_police_securing_a_stadium(analyse):
    assert "police républicaine" in orgs(analyse, "Les agents de la police républicaine ont sécurisé les abords du "
                                                  "stade de l'Amitié avant le match.")


def test_the_republican_police_beside_the_armed_forces(analyse):
    found = orgs(analyse, "Des officiers des Forces armées béninoises et de la police républicaine ont assisté à "
                          "la cérémonie de Cotonou.")
    assert "police républicaine" in found and "Forces armées béninoises" in found


def test_the_national_guard_of_tunisia_against_smugglers(analyse):
    assert "garde nationale" in orgs(analyse, "Le ministre tunisien de l'Intérieur a salué le travail de la garde "
                                              "nationale contre les réseaux de passeurs.")


def test_an_officer_of_the_republican_guard(analyse):
    assert "garde républicaine" in orgs(analyse, "Un officier de la garde républicaine a été blessé lors de l'attaque "
                                                 "du palais présidentiel.")


def test_the_republican_guard_with_its_capital(analyse):
    assert "Garde républicaine" in orgs(analyse, "La Garde républicaine a rendu les honneurs au président gabonais "
                                                 "au palais du bord de mer.")


# -- counter-examples -----------------------------------------------------------------------------------------------

def test_de_gendarmerie_without_article_is_a_kind(analyse):
    assert "gendarmerie" not in orgs(analyse, "Le colonel de gendarmerie Moussa Diallo a été nommé chef de cabinet.")
    assert "gendarmerie" not in orgs(analyse, "Une brigade de gendarmerie a été ouverte à Kayes.")


def test_a_demonym_or_a_place_keeps_the_longer_name(analyse):
    assert "gendarmerie malienne" in orgs(analyse, "La gendarmerie malienne a arrêté deux suspects près de Sikasso.")
    assert "garde nationale du Texas" in orgs(analyse, "La garde nationale du Texas a été déployée à la frontière.")
    assert "école de gendarmerie de Melun" in orgs(analyse, "Il a été formé à l'école de gendarmerie de Melun.")


def test_an_adjective_after_the_common_name_names_another_body(analyse):
    assert "gendarmerie" not in orgs(analyse, "La gendarmerie maritime a contrôlé le navire au large de Brest.")


def test_the_police_alone_is_no_body(analyse):
    assert orgs(analyse, "Le ministre a rencontré les responsables de la police et des pompiers à Nouméa.") == []


def test_a_kind_of_gendarmerie_after_de_is_no_body(analyse):
    assert "gendarmerie" not in orgs(analyse, "Le ministre a promis des moyens pour la gendarmerie de montagne "
                                              "dans les Alpes.")
