"""Countries, round 52: a service named without its country (`l'armée de l'Air`, `l'armée de Terre`,
`la Marine nationale`, `la Présidence`) is the service of the country the story is about, not France's:
every state has its air force and its navy. France only in a French story, or when the text writes the
French name in full or with its demonym. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def official(analyse, body: str, surname: str) -> dict:
    people = analyse(page(body))._.officials
    found = [p for p in people if p["name"].split()[-1] == surname]
    assert found, [p["name"] for p in people]
    return found[0]


# -- a bare service in a story from another country is that country's -----------------------------------------

def test_a_bare_air_force_in_a_story_from_dakar(analyse):
    p = official(analyse, "Dakar, 12 mars (APS) - Le chef d'état-major de l'armée de l'Air, le général Birame "
                          "Ndiaye, a reçu mardi à Ouakam l'attaché de défense de l'ambassade des États-Unis.",
                 "Ndiaye")
    assert (p["organisation"].lower(), p["country"]) == ("armée de l'air", "Sénégal")


def test_a_bare_army_in_a_story_from_bamako(analyse):
    p = official(analyse, "Bamako, 4 avril (AMAP) - Le chef d'état-major de l'armée de Terre, le général "
                          "Souleymane Dembélé, a présidé jeudi la cérémonie de sortie des élèves sous-officiers "
                          "à Koulikoro.", "Dembélé")
    assert (p["organisation"], p["country"]) == ("armée de Terre", "Mali")


def test_a_bare_navy_in_a_story_from_abidjan(analyse):
    p = official(analyse, "Abidjan, 7 mai (AIP) - Le chef d'état-major de la Marine nationale, le "
                          "contre-amiral Koné Gaoussou, a accueilli lundi au port d'Abidjan une frégate "
                          "espagnole en escale.", "Gaoussou")
    assert p["country"] == "Côte d'Ivoire"


def test_a_bare_air_force_in_a_story_from_ouagadougou(analyse):
    p = official(analyse, "Ouagadougou, 2 juin (AIB) - Le commandant de l'armée de l'Air, le colonel-major "
                          "Adama Sawadogo, a remis vendredi leurs brevets aux nouveaux pilotes.", "Sawadogo")
    assert (p["organisation"].lower(), p["country"]) == ("armée de l'air", "Burkina Faso")


def test_the_navy_named_short_in_a_story_from_douala(analyse):
    p = official(analyse, "Douala, 15 juillet (CRTV) - Le chef d'état-major de la Marine, le contre-amiral "
                          "Jean Mendoua, a reçu lundi à la base navale le commandant d'un patrouilleur "
                          "allemand.", "Mendoua")
    assert (p["organisation"], p["country"]) == ("Marine nationale", "Cameroun")


# -- counter-examples: the French service stays French ------------------------------------------------------

def test_a_bare_air_force_in_a_french_story_is_french(analyse):
    p = official(analyse, "Le chef d'état-major de l'armée de l'Air, le général Jérôme Bellanger, a reçu "
                          "mardi à Paris son homologue sénégalais.", "Bellanger")
    assert (p["organisation"], p["country"]) == ("armée de l'Air et de l'Espace", "France")


def test_the_french_air_force_with_its_demonym_in_a_story_from_dakar(analyse):
    p = official(analyse, "Dakar, 12 mars (APS) - Le chef d'état-major de l'armée de l'Air française, le "
                          "général Jérôme Bellanger, est arrivé lundi à Dakar pour une visite de trois jours.",
                 "Bellanger")
    assert (p["organisation"], p["country"]) == ("armée de l'Air et de l'Espace", "France")


def test_the_french_senate_with_its_demonym_in_a_story_from_abidjan(analyse):
    p = official(analyse, "Abidjan, 3 février (AIP) - Le président du Sénat français, Gérard Larcher, a été "
                          "reçu mercredi au palais présidentiel.", "Larcher")
    assert p["country"] == "France"


def test_a_bare_army_in_a_story_of_no_country_is_french(analyse):
    p = official(analyse, "Le chef d'état-major de l'armée de Terre, le général Pierre Schill, a présenté "
                          "jeudi aux députés le nouveau modèle de l'armée.", "Schill")
    assert (p["organisation"], p["country"]) == ("armée de Terre", "France")


def test_the_french_air_force_by_its_full_name_in_a_story_from_dakar(analyse):
    p = official(analyse, "Dakar, 12 mars (APS) - Le chef d'état-major de l'armée de l'Air et de l'Espace, le "
                          "général Jérôme Bellanger, est arrivé lundi à Dakar pour une visite de trois jours.",
                 "Bellanger")
    assert (p["organisation"], p["country"]) == ("armée de l'Air et de l'Espace", "France")
