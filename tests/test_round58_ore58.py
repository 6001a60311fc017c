"""Organisations as entities, round 58: a country's army named in the last `de`-phrase of a longer name
(`le chef d'état-major général des Forces armées sénégalaises`) is a body the text names, a mention of its own
beside the longer name. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def orgs(analyse, text: str) -> dict[str, str]:
    """Text -> normalized name of every ORG the tables would hold (entities and mentions inside names)."""
    doc = analyse(text)
    found = [*doc.ents, *doc.spans.get("role_org_mentions", []), *doc.spans.get("inner_org_mentions", [])]
    return {e.text: e._.normalized for e in found if e.label_ == "ORG"}


# -- a national army inside the name of its staff or command is named too -----------------------------------

def test_the_army_of_a_general_staff_in_a_delegation(analyse):
    found = orgs(analyse, page("Jeudi, une délégation conduite par le chef d'état-major général des Forces armées "
                               "sénégalaises, le général Mbaye Cissé, est arrivée à Nouakchott."))
    assert "Forces armées sénégalaises" in found


def test_the_army_named_by_a_capitalised_demonym_after_its_staff(analyse):
    found = orgs(analyse, page("L'état-major de l'Armée tchèque a publié lundi le bilan de l'exercice mené avec "
                               "les chasseurs alpins près de Brno."))
    assert "Armée tchèque" in found


def test_the_army_of_a_general_staff_as_a_body_of_its_own(analyse):
    found = orgs(analyse, page("L'état-major général des Forces armées ivoiriennes a annoncé lundi la fin de "
                               "l'exercice conjoint avec les soldats ghanéens."))
    assert "Forces armées ivoiriennes" in found


def test_the_air_force_of_a_country_after_its_staff(analyse):
    found = orgs(analyse, page("Un avion de l'état-major de l'armée de l'Air ivoirienne s'est posé mardi à Bouaké "
                               "après une mission de surveillance."))
    assert "armée de l'Air ivoirienne" in found


def test_the_navy_with_its_demonym_wins_a_shorter_listed_name(analyse):
    found = orgs(analyse, page("Les officiers de l'état-major de la Marine royale norvégienne ont quitté Bergen "
                               "mardi pour l'exercice Dynamic Mongoose."))
    assert "Marine royale norvégienne" in found and "Marine royale" not in found


# -- counter-examples: no country, or no army, names no body of its own ---------------------------------------

def test_a_ministry_of_the_armies_of_a_country_names_no_army(analyse):
    found = orgs(analyse, page("Le ministère des Armées de la France a signé jeudi un accord avec l'Estonie."))
    assert "Armées de la France" not in found


def test_a_staff_of_armed_forces_of_no_country_names_no_army(analyse):
    found = orgs(analyse, page("Le chef d'état-major général des forces armées a présidé mardi la cérémonie "
                               "de clôture de l'exercice."))
    assert "forces armées" not in found


def test_the_army_alone_after_a_staff_is_no_body_of_its_own(analyse):
    found = orgs(analyse, page("Le chef d'état-major de l'armée a rencontré lundi les élus de la commune."))
    assert "armée" not in found


def test_a_weekday_a_city_and_a_ship_stay_no_organisation(analyse):
    found = orgs(analyse, page("Mardi, à Toulon, le porte-avions Charles de Gaulle a appareillé pour la "
                               "Méditerranée orientale."))
    assert not any(name in found for name in ("Mardi", "Toulon", "Charles de Gaulle"))
