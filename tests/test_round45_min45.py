"""Ministry and armed-forces pages, round 45: who met whom when the guest or host is a title or a pronoun.
Texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, list[str]]]:
    doc = analyse(page(body))
    return [(m["host"], sorted(m["people"])) for m in doc._.meetings]


# -- a chief of staff named by his title's acronym alone is the guest a passive verb tells ------------------

def test_a_guest_named_by_the_acronym_of_his_title_takes_part(analyse):
    found = meetings(analyse, "Le général d'armée Pierre Schill, chef d'état-major de l'armée de Terre (CEMAT), "
                              "s'est rendu en Roumanie du 13 au 15 mars. À Bucarest, le 13 mars, le CEMAT a été "
                              "reçu par son homologue, le général-major Iulian Berdilă.")
    assert any(host == "berdila" and "schill" in parts for host, parts in found)


def test_a_guest_named_by_the_full_title_takes_part(analyse):
    found = meetings(analyse, "L'amiral Nicolas Vaujour, chef d'état-major de la Marine, s'est rendu à Rome lundi. "
                              "Le chef d'état-major de la Marine a été accueilli par l'amiral Enrico Credendino.")
    assert any(host == "credendino" and "vaujour" in parts for host, parts in found)


def test_the_acronym_of_another_chiefs_title_brings_no_one_in(analyse):
    found = meetings(analyse, "Le général d'armée Pierre Schill, chef d'état-major de l'armée de Terre (CEMAT), a "
                              "présenté lundi son plan. Mardi, le CEMM a été reçu par le général Iulian Berdilă.")
    assert all("schill" not in parts for _, parts in found)


# -- `Nommé CEMA au 1er septembre, le général X enchaîne ...`: the parser loses the subject after a fronted
# participle; a pronoun subject of the next sentence still stands for him --------------------------------

def test_a_pronoun_stands_for_the_subject_after_a_fronted_participle(analyse):
    found = meetings(analyse, "Nommé chef d'état-major des armées [CEMA] au 1er septembre, le général d'armée "
                              "aérienne Fabien Mandon enchaîne depuis les entretiens avec ses homologues européens. "
                              "Ce 9 octobre, il a ainsi reçu à Balard le général Carsten Breuer, inspecteur général "
                              "de la Bundeswehr.")
    assert any(host == "mandon" and parts == ["breuer", "mandon"] for host, parts in found)


def test_a_pronoun_after_a_named_subject_keeps_working(analyse):
    found = meetings(analyse, "Le général d'armée aérienne Fabien Mandon a présenté lundi ses priorités. "
                              "Ce 9 octobre, il a reçu à Balard le général Carsten Breuer.")
    assert any(host == "mandon" and parts == ["breuer", "mandon"] for host, parts in found)


def test_a_name_in_an_apposition_to_an_object_is_no_subject(analyse):
    found = meetings(analyse, "Le ministre a salué le général d'armée aérienne Fabien Mandon, qui quitte ses "
                              "fonctions. Ce 9 octobre, il a reçu à Balard le général Carsten Breuer.")
    assert all(host != "mandon" for host, _ in found)


# -- `Nommé CEMA au 1er septembre, le général X ...`: the role a fronted participle gives is the subject's ----

def official(analyse, body: str, key: str) -> dict:
    doc = analyse(page(body))
    return next(o for o in doc._.officials if o["key"] == key)


def test_a_fronted_appointment_gives_its_role_to_the_subject(analyse):
    person = official(analyse, "Nommé chef d'état-major des armées [CEMA] au 1er septembre, le général d'armée "
                               "aérienne Fabien Mandon enchaîne depuis les entretiens avec ses homologues. Le général "
                               "Mandon était auparavant chef d'état-major particulier du président de la République.",
                      "mandon")
    assert person["role"] == "chef d'état-major des armées"


def test_a_fronted_word_that_appoints_no_one_gives_no_role(analyse):
    person = official(analyse, "Arrivé à Balard au 1er septembre, le général d'armée aérienne Fabien Mandon enchaîne "
                               "depuis les entretiens. Le général Mandon était auparavant chef d'état-major "
                               "particulier du président de la République.", "mandon")
    assert person["role"] != "chef d'état-major des armées"
