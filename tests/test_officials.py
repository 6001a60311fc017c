"""Officials: one person per document, with rank, role, organisation and country read from appositions.

Each case names a person by key (surname, lower case, no accents) and the fields a careful reader
gives them. An empty string is asserted too: it means the text gives that person nothing there.
"""

from __future__ import annotations

import pytest

HEADER = "Actualités de la défense\n\n"

CASES = {
    "apposition-role-then-name": (
        "Le directeur général de la Gendarmerie nationale, le général d'armée Christian Rodriguez, a présenté le "
        "dispositif de sécurité des Jeux olympiques.",
        "rodriguez",
        {"name": "Christian Rodriguez", "rank": "général d'armée", "role": "directeur général",
         "organisation": "Gendarmerie nationale", "country": "France"},
    ),
    "apposition-name-then-role": (
        "L'amiral Rob Bauer, président du Comité militaire de l'OTAN, s'est rendu à Varsovie le 12 mai 2023.",
        "bauer",
        {"name": "Rob Bauer", "rank": "amiral", "role": "président", "organisation": "Comité militaire"},
    ),
    "apposition-role-acronym-organisation": (
        "Le directeur général de l'EMI, le général de corps d'armée Janusz Adamczak, a ouvert la conférence.",
        "adamczak",
        {"name": "Janusz Adamczak", "rank": "général de corps d'armée", "role": "directeur général",
         "organisation": "EMI"},  # the body as the text writes it
    ),
    "role-demonym-complement": (
        "Le ministre ukrainien de la Défense, Oleksii Reznikov, a participé à la réunion du groupe de contact "
        "à Ramstein.",
        "reznikov",
        {"name": "Oleksii Reznikov", "role": "ministre de la Défense", "country": "Ukraine", "rank": ""},
    ),
    "role-demonym-complement-feminine": (
        "La ministre néerlandaise de la Défense, Kajsa Ollongren, a annoncé la livraison de chasseurs F-16.",
        "ollongren",
        {"name": "Kajsa Ollongren", "role": "ministre de la Défense", "country": "Pays-Bas"},
    ),
    "feminine-role-with-organisation": (
        "La secrétaire générale adjointe de l'OTAN, Radmila Shekerinska, a visité le centre d'excellence.",
        "shekerinska",
        {"name": "Radmila Shekerinska", "role": "secrétaire général adjoint", "organisation": "OTAN"},
    ),
    "civility-monsieur-stripped": (
        "M. Sébastien Lecornu a reçu son homologue à l'hôtel de Brienne.",
        "lecornu",
        {"name": "Sébastien Lecornu"},
    ),
    "civility-madame-stripped": (
        "Le ministre a ensuite reçu Mme Kaja Kallas, Première ministre estonienne.",
        "kallas",
        {"name": "Kaja Kallas", "role": "Premier ministre", "country": "Estonie"},
    ),
    "civility-before-surname-only": (
        "Le sommet s'est achevé à Vilnius. M. Stoltenberg a salué l'unité des Alliés.",
        "stoltenberg",
        {"name": "Stoltenberg"},
    ),
    "later-mentions-fullest-name-longest-rank": (
        "Le général Wiermann a ouvert la conférence. Le général de corps d'armée Hans-Werner Wiermann a rappelé "
        "l'importance des partenariats. Wiermann a ensuite quitté Bruxelles.",
        "wiermann",
        {"name": "Hans-Werner Wiermann", "rank": "général de corps d'armée"},
    ),
    "counterpart-demonym": (
        "Le général Thierry Burkhard a accueilli son homologue allemand, le général Carsten Breuer, à Balard.",
        "breuer",
        {"name": "Carsten Breuer", "rank": "général", "country": "Allemagne"},
    ),
    "counterpart-demonym-and-role-after": (
        "Le général Thierry Burkhard s'est entretenu avec son homologue britannique, l'amiral Tony Radakin, chef "
        "d'état-major de la Défense, à Londres.",
        "radakin",
        {"name": "Tony Radakin", "rank": "amiral", "role": "chef d'état-major de la Défense", "country": "Royaume-Uni"},
    ),
    "role-implies-organisation-cema": (
        "Le chef d'état-major des armées, le général Thierry Burkhard, a présenté ses vœux aux armées.",
        "burkhard",
        {"name": "Thierry Burkhard", "rank": "général", "role": "chef d'état-major des armées",
         "organisation": "état-major des armées", "country": "France"},
    ),
    "role-implies-organisation-minister": (
        "La ministre des Armées, Florence Parly, s'est rendue à Niamey pour rencontrer les soldats de Barkhane.",
        "parly",
        {"name": "Florence Parly", "role": "ministre des Armées", "organisation": "ministère des Armées",
         "country": "France"},
    ),
    "role-implies-organisation-saceur": (
        "Le général Christopher Cavoli, commandant suprême des forces alliées en Europe, a présenté les plans "
        "régionaux aux chefs d'état-major.",
        "cavoli",
        {"name": "Christopher Cavoli", "rank": "général", "role": "commandant suprême des forces alliées en Europe",
         "organisation": "SHAPE"},
    ),
    "demonym-after-complement": (
        "Le ministre de la Défense italien, Guido Crosetto, a annoncé l'envoi d'un système SAMP/T à Kiev.",
        "crosetto",
        {"name": "Guido Crosetto", "role": "ministre de la Défense", "country": "Italie"},
    ),
    "role-with-organisation-armee-de-terre": (
        "Le chef d'état-major de l'armée de Terre, le général Pierre Schill, a visité le camp de Cincu.",
        "schill",
        {"name": "Pierre Schill", "rank": "général", "role": "chef d'état-major", "organisation": "armée de Terre"},
    ),
    "typographic-apostrophes": (
        "L’amiral Pierre Vandier, chef d’état-major de la Marine nationale, a embarqué sur la frégate Provence.",
        "vandier",
        {"name": "Pierre Vandier", "rank": "amiral", "role": "chef d'état-major", "organisation": "Marine nationale"},
    ),
    "civility-then-role-after": (
        "Mme Florence Parly, ministre des Armées, a inauguré le salon du Bourget.",
        "parly",
        {"name": "Florence Parly", "role": "ministre des Armées", "organisation": "ministère des Armées"},
    ),
    "role-implies-organisation-dga": (
        "Le délégué général pour l'armement, Emmanuel Chiva, a présenté les commandes de l'année.",
        "chiva",
        {"name": "Emmanuel Chiva", "role": "délégué général pour l'armement",
         "organisation": "Direction générale de l'armement", "country": "France"},
    ),
    "role-demonym-head-of-state": (
        "Le président ukrainien, Volodymyr Zelensky, a été reçu à l'Élysée par le président de la République, "
        "Emmanuel Macron.",
        "zelensky",
        {"name": "Volodymyr Zelensky", "role": "président", "country": "Ukraine"},
    ),
    "president-de-la-republique-is-french": (
        "Le président ukrainien, Volodymyr Zelensky, a été reçu à l'Élysée par le président de la République, "
        "Emmanuel Macron.",
        "macron",
        {"name": "Emmanuel Macron", "role": "président de la République", "country": "France"},
    ),
    "demonym-inside-role": (
        "Le secrétaire américain à la Défense, Lloyd Austin, a réuni le groupe de contact à Ramstein.",
        "austin",
        {"name": "Lloyd Austin", "role": "secrétaire à la Défense", "country": "États-Unis"},
    ),
    "long-role-implies-union": (
        "La haute représentante de l'Union pour les affaires étrangères et la politique de sécurité, Kaja Kallas, "
        "a présidé le Conseil des affaires étrangères.",
        "kallas",
        {"name": "Kaja Kallas", "role": "haut représentant pour les affaires étrangères et la politique de sécurité",
         "organisation": "Union européenne"},
    ),
}


KNOWN_BUGS: dict[str, str] = {}  # case id -> why it fails, while a bug is open


def params(table: dict, known_bugs: dict[str, str]) -> list:
    """The cases of `table` as pytest params, the known bugs marked as strict expected failures."""
    return [pytest.param(*case, id=name, marks=[pytest.mark.xfail(reason=known_bugs[name], strict=True)]
                         if name in known_bugs else []) for name, case in table.items()]


def official(doc, key: str) -> dict:
    found = [p for p in doc._.officials if p["key"] == key]
    assert len(found) == 1, [p["key"] for p in doc._.officials]
    return found[0]


@pytest.mark.parametrize(("text", "key", "expected"), params(CASES, KNOWN_BUGS))
def test_official_fields(analyse, text, key, expected):
    person = official(analyse(HEADER + text), key)
    assert {field: person[field] for field in expected} == expected



def test_later_mentions_merged_into_one_person(analyse):
    doc = analyse(HEADER + "Le général de corps d'armée Hans-Werner Wiermann a ouvert la conférence. Le général "
                           "Wiermann a rappelé l'importance des partenariats. Wiermann a ensuite quitté Bruxelles.")
    assert [p["key"] for p in doc._.officials] == ["wiermann"]
    person = doc._.officials[0]
    assert len(person["mentions"]) == 3
    assert (person["name"], person["rank"]) == ("Hans-Werner Wiermann", "général de corps d'armée")


@pytest.mark.parametrize("text", [
    "M. Sébastien Lecornu a reçu Mme Kaja Kallas à l'hôtel de Brienne.",
    "Mme Parly et M. Singh ont signé la feuille de route à New Delhi.",
], ids=["full-names", "surnames"])
def test_no_civility_left_in_names(analyse, text):
    doc = analyse(HEADER + text)
    names = [p["name"] for p in doc._.officials]
    assert len(names) == 2, names
    assert not [n for n in names if n.split()[0] in ("M.", "Mme")], names


LISTS = {
    "three-people-two-roles": (
        "Étaient présents le secrétaire général de l'OTAN, Jens Stoltenberg, le général Christopher Cavoli, "
        "commandant suprême des forces alliées en Europe, et l'amiral Rob Bauer.",
        {"stoltenberg": "secrétaire général", "cavoli": "commandant suprême des forces alliées en Europe", "bauer": ""},
    ),
    "role-then-counterpart": (
        "Le chef d'état-major des armées, le général Thierry Burkhard, et son homologue britannique, l'amiral Tony "
        "Radakin, ont signé une lettre d'intention.",
        {"burkhard": "chef d'état-major des armées", "radakin": "homologue britannique"},  # the counterpart word
    ),
    "two-ministers": (
        "Le ministre des Armées, Sébastien Lecornu, et le ministre allemand de la Défense, Boris Pistorius, ont "
        "relancé le programme de char du futur.",
        {"lecornu": "ministre des Armées", "pistorius": "ministre de la Défense"},
    ),
    "name-role-then-bare-name": (
        "L'amiral Rob Bauer, président du Comité militaire, et le général Robert Brieger ont présidé la séance.",
        {"bauer": "président", "brieger": ""},
    ),
}


@pytest.mark.parametrize(("text", "roles"), LISTS.values(), ids=LISTS.keys())
def test_role_never_given_to_two_people(analyse, text, roles):
    doc = analyse(HEADER + text)
    assert {key: official(doc, key)["role"] for key in roles} == roles


def test_fullest_name_when_the_first_mention_opens_a_paragraph(analyse):
    """`Florence Parly` opens the body, `Mme Parly` follows: one person, under her full name."""
    doc = analyse(HEADER + "Florence Parly s'est rendue à Gao le 12 juin 2021. Mme Parly a salué les soldats de "
                           "Barkhane.")
    assert [(p["key"], p["name"]) for p in doc._.officials] == [("parly", "Florence Parly")]


def test_counterpart_country_not_given_to_the_host(analyse):
    doc = analyse(HEADER + "Le général Thierry Burkhard a accueilli son homologue allemand, le général Carsten "
                           "Breuer, à Balard.")
    assert official(doc, "burkhard")["country"] == ""
    assert official(doc, "breuer")["country"] == "Allemagne"


def test_two_ministers_keep_their_own_country(analyse):
    doc = analyse(HEADER + LISTS["two-ministers"][0])
    assert (official(doc, "lecornu")["country"], official(doc, "pistorius")["country"]) == ("France", "Allemagne")


def test_ship_or_place_words_are_not_officials(analyse):
    doc = analyse(HEADER + "Le ministre a visité la base aérienne de Mont-de-Marsan puis le port de Toulon.")
    assert doc._.officials == []


LONE_WORDS = {
    "tank": ("Le programme doit remplacer les chars Leclerc français et Leopard 2 allemands.", "leclerc"),
    "city": ("Washington a salué la reprise du dialogue entre les deux armées.", "washington"),
}


@pytest.mark.parametrize(("text", "key"), LONE_WORDS.values(), ids=LONE_WORDS.keys())
def test_a_lone_untitled_word_is_no_official(analyse, text, key):
    """A one-word name without civility, rank or role is the model's guess at a thing or a place."""
    doc = analyse(HEADER + text)
    assert key not in {p["key"] for p in doc._.officials}


def test_a_surname_with_a_civility_is_an_official(analyse):
    doc = analyse(HEADER + "Mme Parly a salué les soldats de l'opération Barkhane à Gao.")
    assert [p["name"] for p in doc._.officials] == ["Parly"]


@pytest.mark.parametrize(("text", "key", "country", "organisation_id"), [
    # the dateline names a capital: the story's country wins over the rule's French default
    ("Ouagadougou, 4 mars (AIB) - Le président de la République, Jean-Baptiste Kouyaté, a reçu les chefs "
     "militaires au palais.", "kouyate", "Burkina Faso", ""),
    ("Lomé, 12 juin (ATOP) - Le chef d'état-major des armées, le général Paul Amégan, a inspecté les unités.",
     "amegan", "Togo", ""),
    # no dateline: the French defaults stand
    ("Le président de la République, Jean-Baptiste Kouyaté, a reçu les chefs militaires au palais.",
     "kouyate", "France", ""),
    ("Le chef d'état-major des armées, le général Paul Amégan, a inspecté les unités.",
     "amegan", "France", "organisations:fr.ema"),
    # a dateline in France: France
    ("Paris, 12 juin (AFP) - Le chef d'état-major des armées, le général Paul Amégan, a inspecté les unités.",
     "amegan", "France", "organisations:fr.ema"),
    # a country the text names wins over the story's country
    ("Lomé, 12 juin (ATOP) - Le chef d'état-major des armées françaises, le général Paul Amégan, a inspecté "
     "les unités.", "amegan", "France", None),
])
def test_story_country_over_a_rule_default(analyse, text, key, country, organisation_id):
    person = official(analyse("Agence de presse\n\n" + text), key)
    assert person["country"] == country
    if organisation_id is not None:
        assert person["organisation_id"] == organisation_id


def test_outlet_demonym_tells_the_story_country(analyse):
    text = ("ANP - Agence Nigérienne de Presse\n\nLe président de la République, Jean-Baptiste Kouyaté, a reçu "
            "les chefs militaires au palais.")
    assert official(analyse(text), "kouyate")["country"] == "Niger"
