"""Titles, names and institutions as outlets write them (issue #10, sections 4 and 5).

Each behaviour has its counter-example: what looks alike and must not be read the same way.
All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

HEADER = "Actualités de la défense\n\n"


def ents(doc, label: str) -> list[tuple[str, str]]:
    return [(e.text, e._.normalized) for e in doc.ents if e.label_ == label]


def official(doc, surname: str) -> dict:
    found = [o for o in doc._.officials if o["name"].split()[-1] == surname]
    assert found, f"no official {surname}: {[o['name'] for o in doc._.officials]}"
    return found[0]


# -- section 4: capitals and accents ---------------------------------------------------------------

def test_titles_match_whatever_the_capitals_and_accents(analyse):
    doc = analyse(HEADER + "Le Chef d'Etat-Major Général des Armées, le général d'Armée Oumar Dialla, "
                           "a reçu à Bamako une délégation des Etats-Unis.")
    assert ("Chef d'Etat-Major Général des Armées", "chef d'état-major général des armées") in ents(doc, "ROLE")
    assert ("général d'Armée", "général d'armée") in ents(doc, "RANK")
    assert ("Etats-Unis", "États-Unis") in ents(doc, "LOC")
    person = official(doc, "Dialla")
    assert person["rank"] == "général d'armée"
    assert person["role"] == "chef d'état-major général des armées"


def test_a_rank_glued_inside_a_capitalised_compound_is_no_rank(analyse):
    """Counter-example: `MAJOR` in `ETAT-MAJOR` is not the rank `major`."""
    doc = analyse(HEADER + "LES CHEFS D'ETAT-MAJOR SE REUNISSENT A DAKAR\n\nLa réunion a commencé lundi.")
    assert not [t for t, _ in ents(doc, "RANK") if t.upper() == "MAJOR"]
    roles = [(text.lower(), value) for text, value in ents(doc, "ROLE")]  # the capitals are read as words
    assert ("chefs d'etat-major", "chef d'état-major") in roles


# -- section 4: ranks cut from their names ---------------------------------------------------------

def test_a_rank_cut_from_its_name_by_a_comma(analyse):
    doc = analyse(HEADER + "Le ministre a décoré le général de division, Ibrahim Sawadogo, pour ses états "
                           "de service.")
    assert official(doc, "Sawadogo")["rank"] == "général de division"


def test_a_comma_after_an_indefinite_rank_cuts_nothing(analyse):
    """Counter-example: `à un colonel, Marc Petit ...`: the colonel is someone else."""
    doc = analyse(HEADER + "Pendant que le ministre parlait à un colonel, Marc Petit, le porte-parole, a quitté "
                           "la salle.")
    assert official(doc, "Petit")["rank"] == ""


def test_a_rank_and_its_name_around_a_demonym(analyse):
    doc = analyse(HEADER + "Le général américain Mark Halloway a visité la base de Ramstein.")
    person = official(doc, "Halloway")
    assert person["rank"] == "général"
    assert person["country"] == "États-Unis"


def test_ministerial_title_with_a_nationality(analyse):
    doc = analyse(HEADER + "Le ministre nigérien de la Défense nationale, le général Salifou Boubacar, a reçu "
                           "son homologue à Niamey.")
    person = official(doc, "Boubacar")
    assert person["role"] == "ministre de la Défense"
    assert person["country"] == "Niger"
    assert person["rank"] == "général"


def test_a_demonym_after_a_plain_role_makes_no_longer_role(analyse):
    """Counter-example: `le ministre nigérien, X, ...` is a minister of Niger, not of Defence."""
    doc = analyse(HEADER + "Le ministre nigérien, Moussa Garba, a présidé la cérémonie de clôture.")
    person = official(doc, "Garba")
    assert person["role"] == "ministre"
    assert person["country"] == "Niger"


@pytest.mark.parametrize(("rank", "norm"), [
    ("lieutenant-général", "lieutenant-général"),
    ("général de division aérienne", "général de division aérienne"),
    ("général de brigade aérienne", "général de brigade aérienne"),
    ("colonel-major", "colonel-major"),
    ("divisionnaire", "divisionnaire"),
    ("commandant de corps", "commandant de corps"),
])
def test_ranks_of_other_armies_in_french(analyse, rank, norm):
    doc = analyse(HEADER + f"Le {rank} Alain Kaboré a inspecté les unités déployées dans le nord.")
    assert official(doc, "Kaboré")["rank"] == norm


# -- section 4: honorifics --------------------------------------------------------------------------

def test_honorifics_are_never_part_of_a_name(analyse):
    doc = analyse(HEADER + "Le président a reçu S.E.M. Jean-Baptiste Kouassi, puis Son Excellence M. Paul "
                           "Ngando, ambassadeur du Cameroun, et Mme Awa Traoré.")
    names = {o["name"] for o in doc._.officials}
    assert "Jean-Baptiste Kouassi" in names
    assert "Paul Ngando" in names
    assert not [n for n in names if "Excellence" in n or n.startswith(("S.E", "M.", "Mme"))]
    assert not [t for t, _ in ents(doc, "PERSON") if "Excellence" in t]


def test_a_country_ending_a_persons_name_is_a_surname(analyse):
    """`Luís Montenegro`, matched accent-free, is not the Montenegro; `au Monténégro` still is."""
    doc = analyse(HEADER + "Le président a appelé le Premier ministre portugais, Luís Montenegro, avant son "
                           "voyage au Monténégro.")
    assert official(doc, "Montenegro")["country"] == "Portugal"
    assert ("Monténégro", "Monténégro") in ents(doc, "LOC")


# -- section 5: institutional names by grammar ----------------------------------------------------

def test_units_with_their_numbers_and_names(analyse):
    doc = analyse(HEADER + "Le ministre a visité le 41e régiment de transmissions puis l'escadron de chasse "
                           "et de reconnaissance 2/33 « Savoie » à Cognac.")
    orgs = [t for t, _ in ents(doc, "ORG")]
    assert "41e régiment de transmissions" in orgs
    assert "escadron de chasse et de reconnaissance 2/33 « Savoie »" in orgs


def test_national_forces_in_lower_case_with_their_country(analyse):
    doc = analyse(HEADER + "Le colonel Pieter Claes, commandant de l'armée belge au Sahel, a rencontré les "
                           "forces armées nigériennes.")
    orgs = [t for t, _ in ents(doc, "ORG")]
    assert "armée belge" in orgs
    assert "forces armées nigériennes" in orgs
    person = official(doc, "Claes")
    assert person["organisation"] == "armée belge"
    assert person["country"] == "Belgique"


def test_same_words_of_two_countries_are_two_organisations(analyse):
    doc = analyse(HEADER + "Le ministère de la Défense nationale du Niger et le ministère de la Défense nationale "
                           "du Tchad ont signé un protocole.")
    orgs = {n for _, n in ents(doc, "ORG")}
    assert "ministère de la Défense nationale du Niger" in orgs
    assert "ministère de la Défense nationale du Tchad" in orgs


def test_the_state_staff_of_a_country(analyse):
    doc = analyse(HEADER + "L'état-major général des armées de Côte d'Ivoire a publié un communiqué.")
    assert ("état-major général des armées de Côte d'Ivoire", "état-major général des armées de Côte d'Ivoire") \
        in ents(doc, "ORG")


def test_generic_nouns_are_no_organisations(analyse):
    """Counter-examples: a head noun with no mark of a name (`la direction du projet`, `une brigade
    de sapeurs`), a head alone (`Le Conseil`), a coordinated second body."""
    doc = analyse(HEADER + "La direction du projet a changé. Le Conseil a siégé mardi. Une brigade de sapeurs "
                           "est arrivée. Le budget de l'Agence européenne de défense et du Fonds européen de la "
                           "défense augmente.")
    orgs = [t for t, _ in ents(doc, "ORG")]
    assert "direction du projet" not in orgs
    assert "Conseil" not in orgs
    assert not [o for o in orgs if o.startswith("brigade")]
    assert not [o for o in orgs if "et du Fonds" in o]


def test_a_body_of_a_listed_body_stays_two_names(analyse):
    """`Comité militaire de l'OTAN`: two names of the lists, linked by PART_OF, not one new name."""
    doc = analyse(HEADER + "Le Comité militaire de l'OTAN s'est réuni à Bruxelles.")
    orgs = [n for _, n in ents(doc, "ORG")]
    assert "OTAN" in orgs
    assert not [o for o in orgs if o.startswith("Comité militaire de")]


def test_weekdays_menus_and_aircraft_are_no_organisations(analyse):
    doc = analyse(HEADER + "Accueil | Politique | Sécurité | Economie | Sport\n\n"
                           "Mardi, la Belgique a confirmé la commande de F-35 supplémentaires.")
    orgs = [t for t, _ in ents(doc, "ORG")]
    assert not [o for o in orgs if "|" in o or o in ("Mardi", "F-35")]


def test_a_chief_of_staff_belongs_to_the_forces_the_text_names(analyse):
    doc = analyse(HEADER + "Le chef d'état-major des armées béninoises, le général Fructueux Gbedo, a reçu le chef "
                           "d'état-major général des FACI, le général Lassina Kone.")
    person = official(doc, "Gbedo")
    assert person["organisation"] == "armées béninoises"
    assert person["country"] == "Bénin"
    assert official(doc, "Kone")["organisation"] != "état-major général"


def test_a_chief_of_staff_of_unnamed_forces_keeps_the_staff(analyse):
    """Counter-example: `chef d'état-major des armées` alone names no country's forces."""
    doc = analyse(HEADER + "Le chef d'état-major des armées, le général Paul Durand, a présenté ses voeux.")
    assert official(doc, "Durand")["organisation"] == "état-major des armées"
