"""The same service name in two countries, round 58: a body of the lists whose words another state gives its
own (`armée de l'Air`, `Gendarmerie nationale`, `Assemblée nationale`), named inside a longer name and
qualified there by another country's demonym (`l'armée de l'Air grecque`) or by that country's name in its
`de`-phrase (`la Gendarmerie nationale de Côte d'Ivoire`), is that country's body, kept as written; the
longer name is part of it, not of the listed body. Texts of our own, each class with counter-examples."""

from __future__ import annotations

from conftest import page


def inner(analyse, body: str) -> dict[str, str]:
    """The bodies named inside longer names: as written -> canonical name."""
    doc = analyse(page(body))
    return {e.text: e._.normalized for e in doc.spans.get("inner_org_mentions", [])}


def parents(analyse, body: str) -> set[tuple[str, str]]:
    return {(r["subject"], r["object"]) for r in analyse(page(body))._.relations if r["relation"] == "PART_OF"}


# -- a demonym of another country after the body inside a longer name -------------------------------------------

def test_the_staff_of_the_ivorian_air_force(analyse):
    found = inner(analyse, "Le chef d'état-major de l'armée de l'Air française a visité lundi l'état-major de "
                           "l'armée de l'Air ivoirienne à Abidjan.")
    assert found == {"armée de l'Air ivoirienne": "armée de l'Air ivoirienne"}


def test_a_squadron_of_the_greek_air_force_is_part_of_it(analyse):
    found = parents(analyse, "Les pilotes de l'escadron de chasse de l'armée de l'Air grecque se sont entraînés "
                             "avec leurs homologues français.")
    assert found == {("escadron de chasse de l'armée de l'Air grecque", "armée de l'Air grecque")}


def test_the_staff_of_the_senegalese_navy(analyse):
    body = "Une délégation de l'état-major de la Marine nationale sénégalaise a été reçue jeudi à Brest."
    assert inner(analyse, body) == {"Marine nationale sénégalaise": "Marine nationale sénégalaise"}
    assert parents(analyse, body) == {("état-major de la Marine nationale sénégalaise",
                                       "Marine nationale sénégalaise")}


def test_the_defence_committee_of_the_ivorian_parliament(analyse):
    found = parents(analyse, "La commission de la défense de l'Assemblée nationale ivoirienne a auditionné "
                             "mardi le ministre.")
    assert ("commission de la défense de l'Assemblée nationale ivoirienne",
            "Assemblée nationale ivoirienne") in found
    assert all(parent != "Assemblée nationale" for _, parent in found)


# -- the country's name in the body's `de`-phrase ----------------------------------------------------------------

def test_the_directorate_of_the_ivorian_gendarmerie(analyse):
    found = inner(analyse, "La direction de la Gendarmerie nationale de Côte d'Ivoire a signé un accord avec "
                           "Europol.")
    assert found == {"Gendarmerie nationale de Côte d'Ivoire": "Gendarmerie nationale de Côte d'Ivoire"}


def test_a_battalion_of_the_burkinabe_gendarmerie(analyse):
    body = "Le bataillon de la Gendarmerie nationale du Burkina Faso a été déployé mardi à Djibo."
    assert inner(analyse, body) == {"Gendarmerie nationale du Burkina Faso": "Gendarmerie nationale du Burkina Faso"}
    assert parents(analyse, body) == {("bataillon de la Gendarmerie nationale du Burkina Faso",
                                       "Gendarmerie nationale du Burkina Faso")}


def test_the_command_of_the_army_of_niger(analyse):
    found = inner(analyse, "Le général a inspecté mardi le commandement de l'armée de Terre du Niger à Niamey.")
    assert found == {"armée de Terre du Niger": "armée de Terre du Niger"}


# -- counter-examples: no country, or the body's own -------------------------------------------------------------

def test_a_squadron_of_the_air_force_alone_stays_french(analyse):
    body = "Le colonel Jean Dupont commande l'escadron de transport de l'armée de l'Air à Orléans."
    assert inner(analyse, body) == {"armée de l'Air": "armée de l'Air et de l'Espace"}
    assert parents(analyse, body) == {("escadron de transport de l'armée de l'Air", "armée de l'Air et de l'Espace")}


def test_a_school_of_the_french_air_and_space_force_stays_french(analyse):
    body = "L'école de l'armée de l'Air et de l'Espace française forme les pilotes de chasse à Salon-de-Provence."
    assert inner(analyse, body) == {"armée de l'Air et de l'Espace française": "armée de l'Air et de l'Espace"}


def test_a_regiment_of_the_army_in_a_french_town_stays_french(analyse):
    found = inner(analyse, "Le centre d'entraînement de l'armée de Terre de Mourmelon accueille les régiments.")
    assert all(normal == "armée de Terre" for normal in found.values())
