"""Country of officials, round 48: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def countries(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {p["name"]: p["country"] for p in doc._.officials}


# -- the leader of a group a demonym qualifies is of that nation, with the feminine `conduite par` too --------
# (the model gives `conduite` the lemma of the noun; `menée`, `emmenée` were read already)

def test_the_leader_of_a_delegation_conduite_par_is_of_its_nation(analyse):
    found = countries(analyse, "Dans la soirée, le Premier ministre a reçu au palais la délégation kényane "
                               "conduite par Rose Wanjiku, conseillère à la sécurité nationale du président.")
    assert found["Rose Wanjiku"] == "Kenya"


def test_the_leader_in_an_incise_after_the_group_is_of_its_nation(analyse):
    found = countries(analyse, "La délégation ghanéenne, conduite par Kwame Mensah, ministre de la Défense, "
                               "a été reçue lundi à Abidjan.")
    assert found["Kwame Mensah"] == "Ghana"


def test_the_leader_of_a_mission_conduite_par_a_titled_person_is_of_its_nation(analyse):
    found = countries(analyse, "Une mission militaire béninoise conduite par le général Paul Houngbédji est "
                               "arrivée mardi à Niamey pour une visite de travail.")
    assert found["Paul Houngbédji"] == "Bénin"


def test_the_one_who_receives_a_delegation_is_not_of_its_nation(analyse):
    found = countries(analyse, "Dans la soirée, la délégation kényane a été accueillie par Rose Wanjiku, "
                               "conseillère à la sécurité nationale du président.")
    assert found["Rose Wanjiku"] != "Kenya"


def test_a_delegation_of_no_nation_gives_its_leader_none(analyse):
    found = countries(analyse, "Le Premier ministre a reçu au palais la délégation conduite par Awa Diallo, "
                               "secrétaire générale du gouvernement.")
    assert found["Awa Diallo"] == ""


# -- a plural title then a list of names: each name holds the title (the plural of a many-word title) -------

def roles(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {p["name"]: p["role"] for p in doc._.officials}


def test_each_name_after_a_plural_security_adviser_title_and_a_colon_holds_it(analyse):
    found = roles(analyse, "Le ministre a ensuite reçu les conseillers à la sécurité nationale des deux pays "
                           "voisins : le Polonais Jan Kowalski et le Letton Janis Berzins.")
    assert found == {"Jan Kowalski": "conseiller à la sécurité nationale",
                     "Janis Berzins": "conseiller à la sécurité nationale"}


def test_each_name_after_plural_security_advisers_and_a_comma_holds_the_title(analyse):
    found = roles(analyse, "Les conseillères à la sécurité nationale des deux pays, Anna Nowak et Ilze Ozola, ont "
                           "signé mardi un accord de coopération.")
    assert found == {"Anna Nowak": "conseiller à la sécurité nationale",
                     "Ilze Ozola": "conseiller à la sécurité nationale"}


def test_names_that_are_the_object_of_the_advisers_take_no_title(analyse):
    found = roles(analyse, "Les conseillers à la sécurité nationale ont reçu mardi Jan Kowalski et Janis Berzins.")
    assert found.get("Jan Kowalski", "") != "conseiller à la sécurité nationale"


# -- the civilian secretaries of the US military departments are American, whatever body their title names ---

def people(analyse, body: str) -> dict[str, tuple[str, str]]:
    doc = analyse(page(body))
    return {p["name"]: (p["role"], p["country"]) for p in doc._.officials}


def test_a_secretary_of_the_army_received_in_paris_is_american(analyse):
    found = people(analyse, "Le ministre des Armées a reçu mardi à Paris le secrétaire à l'Armée de terre, "
                            "John Miller.")
    assert found["John Miller"] == ("secrétaire à l'Armée de terre", "États-Unis")


def test_a_secretary_of_the_navy_at_a_french_port_is_american(analyse):
    found = people(analyse, "Lors de l'escale, la secrétaire à la Marine Jane Porter a visité mardi la base "
                            "navale de Toulon.")
    assert found["Jane Porter"] == ("secrétaire à la Marine", "États-Unis")


def test_the_french_army_chief_beside_such_a_secretary_stays_french(analyse):
    found = people(analyse, "Le chef d'état-major de l'armée de Terre, le général Pierre Martin, a reçu le "
                            "secrétaire à l'Armée de l'air Tom Reed.")
    assert found["Pierre Martin"][1] == "France"
    assert found["Tom Reed"][1] == "États-Unis"


# -- a title held before keeps the demonym written right after it (`ancien président ghanéen`) -------------

def written(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {p["name"]: p["role_as_written"] for p in doc._.officials}


def test_a_former_title_keeps_the_demonym_after_it(analyse):
    found = written(analyse, "La mission d'observation, conduite par l'ancien président ghanéen John Mensah, a "
                             "rendu son rapport.")
    assert found["John Mensah"] == "ancien président ghanéen"


def test_a_former_title_with_no_demonym_is_written_as_before(analyse):
    found = written(analyse, "L'ancien président John Mensah a rendu mardi son rapport à Accra.")
    assert found["John Mensah"] == "ancien président"


def test_a_present_title_still_drops_its_demonym(analyse):
    found = written(analyse, "Le président ghanéen John Mensah a rendu mardi son rapport.")
    assert found["John Mensah"] == "président"
