"""Officials, round 58: ranks of other armies and services (the navies of West Africa write `capitaine de
vaisseau major` as their `colonel-major`; their police ranks `contrôleur général de police`; the Belgian
navy its `amiral de division`), a rank parted from its name by a nationality and `à la retraite`, feminine
titles of Canadian French (`commandante`), an outgoing holder (`commandant sortant`), a professor.
Sentences of our own, each class with a counter-example."""

from __future__ import annotations

from conftest import page


def person(analyse, body: str, key: str) -> dict | None:
    doc = analyse(page(body))
    return next((o for o in doc._.officials if o["key"].endswith(key)), None)


def role(p: dict) -> str:
    """The role as the table writes it: as the text gives it."""
    return p["role_as_written"] or p["role"]


# -- ranks of other armies and services ---------------------------------------------------------------------

def test_a_west_african_navy_writes_major_after_capitaine_de_vaisseau(analyse):
    p = person(analyse, "À Dakar, le capitaine de vaisseau major Abdou Sène a pris le commandement de la "
                        "Marine sénégalaise.", "sene")
    assert p is not None and p["rank"] == "capitaine de vaisseau major"


def test_the_same_rank_without_major_stays_capitaine_de_vaisseau(analyse):
    p = person(analyse, "À Brest, le capitaine de vaisseau Marc Lefèvre a pris le commandement de la "
                        "frégate Aquitaine.", "lefevre")
    assert p is not None and p["rank"] == "capitaine de vaisseau"


def test_a_police_rank_of_francophone_africa(analyse):
    p = person(analyse, "Le contrôleur général de police Moussa Traoré a été nommé directeur général de la "
                        "Police nationale du Mali.", "traore")
    assert p is not None and p["rank"] == "contrôleur général de police"


def test_a_police_rank_with_major(analyse):
    p = person(analyse, "À Abidjan, le contrôleur général major de police Koffi Yao a reçu les insignes de "
                        "son nouveau grade.", "yao")
    assert p is not None and p["rank"] == "contrôleur général major de police"


def test_the_belgian_navy_writes_amiral_de_division(analyse):
    p = person(analyse, "À Zeebruges, l'amiral de division Pieter Claes a présenté les nouveaux chasseurs de "
                        "mines de la composante Marine.", "claes")
    assert p is not None and p["rank"] == "amiral de division"


def test_amiral_de_flottille(analyse):
    p = person(analyse, "L'amiral de flottille Koen Peeters commande le groupe naval belgo-néerlandais.",
               "peeters")
    assert p is not None and p["rank"] == "amiral de flottille"


def test_an_amiral_of_a_division_named_after_him_stays_amiral(analyse):
    p = person(analyse, "L'amiral Pierre Vandier a rendu visite à la division navale de l'océan Indien.",
               "vandier")
    assert p is not None and p["rank"] == "amiral"


def test_a_retired_rank_parted_from_its_name_by_a_nationality(analyse):
    p = person(analyse, "Le général britannique à la retraite Richard Barrons a dénoncé devant les députés "
                        "l'état des stocks de munitions.", "barrons")
    assert p is not None and p["rank"] == "général"
    assert p["country"] == "Royaume-Uni"


# -- feminine titles, outgoing holders, a professor ------------------------------------------------------------

def test_a_feminine_commander_in_apposition(analyse):
    p = person(analyse, "La lieutenante-générale Isabelle Tremblay, commandante de l'Armée canadienne, a "
                        "passé en revue les troupes à Petawawa.", "tremblay")
    assert p is not None and role(p).startswith("commandante")


def test_an_outgoing_commander_in_apposition(analyse):
    p = person(analyse, "Le vice-amiral Marc Dubois, commandant sortant de la Marine royale canadienne, a "
                        "remis le drapeau à son successeur à Halifax.", "dubois")
    assert p is not None and role(p).startswith("commandant sortant")


def test_a_former_commander_stays_as_written(analyse):
    p = person(analyse, "Le général Pierre Schill, ancien commandant de la 7e brigade blindée, a visité le "
                        "camp de Mourmelon.", "schill")
    assert p is not None and "sortant" not in role(p)


def test_a_professor_named_with_his_title(analyse):
    p = person(analyse, "Le professeur Bruno Tertrais, de la Fondation pour la recherche stratégique, a "
                        "ouvert le colloque de Paris.", "tertrais")
    assert p is not None and role(p) == "professeur"


def test_a_professor_who_holds_an_office_keeps_the_office(analyse):
    p = person(analyse, "Le professeur Bruno Tertrais, directeur adjoint de la Fondation pour la recherche "
                        "stratégique, a ouvert le colloque de Paris.", "tertrais")
    assert p is not None and role(p) == "directeur adjoint"


def test_a_commandant_sortant_without_complement_before_a_name_stays_a_rank(analyse):
    p = person(analyse, "Le commandant Paul Girard a remis le fanion de la compagnie à son successeur.", "girard")
    assert p is not None and p["rank"] == "commandant"
