"""Titles told by metonymy, round 41: texts of our own, each behaviour with a counter-example.

A head noun before a house that stands for one country's institution (`le chef du Pentagone`, `le chef du
Kremlin`, `le chef du Quai d'Orsay`: organisations.yml `seats`) names that country's official, never
another country's one named nearby."""

from __future__ import annotations

from conftest import page


def official(analyse, body: str, key: str) -> dict:
    doc = analyse(page(body))
    found = [p for p in doc._.officials if p["key"] == key]
    assert len(found) == 1, [p["key"] for p in doc._.officials]
    return found[0]


# -- a house of one country is no title of another country's official named before it ----------------------

def test_the_head_of_a_foreign_house_is_not_the_counterpart_named_before(analyse):
    person = official(analyse, "Le secrétaire américain à la Défense Lloyd Austin a reçu mardi à Washington son "
                               "homologue japonais Minoru Kihara. Le chef du Pentagone et le ministre japonais ont "
                               "ensuite signé un accord sur les missiles.", "kihara")
    assert person["role"] != "chef" and person["organisation"] != "Pentagone"


def test_the_head_of_the_foreign_ministry_by_its_seat_is_not_the_visiting_minister(analyse):
    person = official(analyse, "Le ministre des Affaires étrangères Jean-Noël Barrot a reçu vendredi son homologue "
                               "ghanéen Samuel Okudzeto Ablakwa. Le chef du Quai d'Orsay a insisté sur la sécurité "
                               "au Sahel.", "ablakwa")
    assert person["role"] != "chef" and person["organisation"] != "Quai d'Orsay"


def test_the_kremlin_is_a_house_of_russia_too(analyse):
    person = official(analyse, "Le ministre indien des Affaires étrangères a reçu jeudi à New Delhi son homologue "
                               "omanais Badr Albusaidi. Le chef du Kremlin avait appelé la veille à la retenue dans "
                               "le Golfe.", "albusaidi")
    assert person["role"] != "chef" and person["organisation"] != "Kremlin"


# -- counter-examples: the house's own official still takes the title --------------------------------------

def test_the_head_of_the_house_is_the_official_of_its_country_named_before(analyse):
    person = official(analyse, "Le ministre polonais de la Défense Władysław Kosiniak-Kamysz a accueilli mardi à "
                               "Varsovie Lloyd Austin. Le chef du Pentagone a promis de nouvelles livraisons de "
                               "munitions.", "austin")
    # round 43 (rol43, `house_words`): the house's word gives the office its body heads, not the bare `chef`
    assert (person["role"], person["organisation"], person["country"]) == ("secrétaire à la Défense", "Pentagone",
                                                                            "États-Unis")


def test_the_head_of_the_house_is_the_person_of_no_known_country_named_before(analyse):
    person = official(analyse, "Pete Hegseth est arrivé lundi à Manille. Le chef du Pentagone a rencontré mardi le "
                               "ministre philippin de la Défense, Gilberto Teodoro.", "hegseth")
    assert person["organisation"] == "Pentagone" and person["country"] == "États-Unis"


def test_a_demonym_still_says_the_country_of_a_title_without_a_house(analyse):
    person = official(analyse, "Le ministre ghanéen des Affaires étrangères Samuel Okudzeto Ablakwa a atterri "
                               "vendredi à Accra. Le chef de la diplomatie ghanéenne a insisté sur la sécurité au "
                               "Sahel.", "ablakwa")
    assert person["country"] == "Ghana"


# -- the head of a house is the one holding the title the house stands for (organisations.yml `heads`) ------

def test_the_head_of_the_kremlin_is_the_russian_president_named_before(analyse):
    person = official(analyse, "Le président russe Vladimir Poutine a reçu mercredi à Moscou son homologue bolivien "
                               "Luis Arce. « Nos deux pays partagent une vision commune », a déclaré le chef du "
                               "Kremlin.", "poutine")
    assert len(person["mentions"]) == 2 and person["role"] == "président"


def test_the_head_of_the_pentagon_is_the_secretary_of_defense_named_before(analyse):
    person = official(analyse, "Le secrétaire américain à la Défense Pete Hegseth a rencontré vendredi son homologue "
                               "chinois Dong Jun. Le chef du Pentagone s'est ensuite entretenu avec le ministre "
                               "philippin de la Défense, Gilberto Teodoro.", "hegseth")
    assert len(person["mentions"]) == 2 and person["role"] == "secrétaire à la Défense"


def test_the_spokesman_of_the_house_is_not_its_head(analyse):
    body = ("Le président russe Vladimir Poutine a reçu mercredi à Moscou son homologue bolivien Luis Arce. Le {} du "
            "Kremlin a ensuite évoqué un accord sur le lithium.")
    assert len(official(analyse, body.format("chef"), "poutine")["mentions"]) == 2
    assert len(official(analyse, body.format("porte-parole"), "poutine")["mentions"]) == 1


def test_the_head_of_the_pentagon_is_not_the_president_of_its_country(analyse):
    person = official(analyse, "Le président américain Donald Trump a reçu lundi à Washington le président kényan "
                               "William Ruto. Le chef du Pentagone a ensuite évoqué la Somalie.", "trump")
    assert len(person["mentions"]) == 1
