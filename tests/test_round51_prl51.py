"""Presiding officers of chambers and committees, round 51: texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def official(analyse, body: str, key: str) -> dict:
    doc = analyse(page(body))
    return next(p for p in doc._.officials if p["key"] == key)


def written(person: dict) -> str:
    return person.get("role_as_written") or person["role"]


# -- the presiding title keeps its chamber: `président de l'Assemblée nationale` --------------------------

def test_the_speaker_of_a_national_assembly_keeps_the_chamber_in_his_title(analyse):
    p = official(analyse, "À Dakar, le ministre a été reçu mardi par le président de l'Assemblée nationale, "
                          "Amadou Mame Diop, avant de quitter le pays.", "diop")
    assert written(p) == "président de l'Assemblée nationale"
    assert p["organisation"] == "Assemblée nationale"


def test_the_presiding_officer_of_a_senate_keeps_it_too(analyse):
    p = official(analyse, "La délégation s'est entretenue jeudi avec la présidente du Sénat, Jeanine Lefort, "
                          "au palais du Luxembourg.", "lefort")
    assert written(p) == "présidente du Sénat"


def test_a_parliament_the_lists_do_not_hold_stays_in_the_title(analyse):
    p = official(analyse, "À Beyrouth, l'envoyé américain a ensuite rencontré le président du Parlement, "
                          "Karim Haddad, dans sa résidence.", "haddad")
    assert written(p) == "président du Parlement"


def test_a_name_written_before_the_title_gets_it_whole(analyse):
    p = official(analyse, "Paul Morel, président de l'Assemblée nationale, a salué lundi l'accord de défense "
                          "signé à Abidjan.", "morel")
    assert written(p) == "président de l'Assemblée nationale"


# -- counter-examples: a president of a country, a president alone ----------------------------------------

def test_the_president_of_a_company_is_no_chamber_s(analyse):
    p = official(analyse, "Le ministre a visité jeudi le site de Thales à Brest avec le président de Thales, "
                          "Patrice Caine.", "caine")
    assert written(p) == "président"
    assert p["organisation"] == "Thales"


def test_a_president_named_alone_keeps_the_bare_title(analyse):
    p = official(analyse, "Le ministre a été reçu mardi à Dakar par le président Bassirou Diomaye Faye.", "faye")
    assert written(p) == "président"


# -- `la commission X, présidée par l'Allemand Y`: a demonym between the agent and the name ----------------

def test_a_demonym_before_the_agent_s_name_keeps_the_body_he_leads(analyse):
    p = official(analyse, "Les députés ont entendu mardi la Direction générale de l'armement (DGA), dirigée par "
                          "le Français Paul Garnier, sur les livraisons d'obus.", "garnier")
    assert p["organisation"] in ("Direction générale de l'armement", "DGA")


def test_a_demonym_alone_after_the_participle_leads_nothing(analyse):
    p = official(analyse, "Les députés ont entendu mardi la Direction générale de l'armement (DGA), puis "
                          "le Français Paul Garnier, consultant, sur les livraisons d'obus.", "garnier")
    assert p["organisation"] not in ("Direction générale de l'armement", "DGA")
