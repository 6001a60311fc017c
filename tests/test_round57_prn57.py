"""Princely titles, round 57: a title of a royal or princely house written before a name (`le prince X`,
`la princesse X`, roles.yml `house_title`) is a title the person bears: his role when the text gives him
no office, kept among his titles so that `le prince` alone later refers back to him, and no obstacle to a
plural title shared over a list of names. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def officials(analyse, body: str) -> dict[str, dict]:
    return {p["key"]: p for p in analyse(page(body))._.officials}


def speakers(analyse, body: str) -> list[str]:
    return [q["speaker"] for q in analyse(page(body))._.quotes]


# -- a prince named with no office: `prince` is his role --------------------------------------------------

def test_a_prince_received_by_a_king_is_a_prince(analyse):
    people = officials(analyse, "Le roi Felipe VI a reçu mardi à Madrid le prince Albert II de Monaco pour "
                                "évoquer la sécurité en Méditerranée.")
    assert people["felipe vi"]["role"] == "roi"
    assert people["albert ii"]["role"] == "prince"


def test_a_princess_at_a_ceremony_is_titled(analyse):
    people = officials(analyse, "La princesse Anne a assisté vendredi à la cérémonie du souvenir à Bayeux, aux "
                                "côtés du ministre délégué Jean-Louis Thiériot.")
    assert people["anne"]["role"] in ("prince", "princesse")
    assert people["thieriot"]["role"] == "ministre délégué"


# -- a prince who holds an office keeps the office; `le prince` later is still him --------------------------

def test_a_prince_governor_keeps_his_office_and_is_the_later_prince(analyse):
    body = ("Le prince Turki ben Abdallah, gouverneur de la région de Riyad, a accueilli jeudi le ministre "
            "français des Armées Sébastien Lecornu. Le prince a salué « une coopération exemplaire ».")
    people = officials(analyse, body)
    assert people["abdallah"]["role"] == "gouverneur"
    assert speakers(analyse, body) == ["Turki ben Abdallah"]


def test_a_prince_minister_keeps_the_ministers_role_and_his_counterparts(analyse):
    people = officials(analyse, "Le ministre saoudien de la Défense, le prince Mansour ben Nasser, a rencontré "
                                "mardi son homologue turc Yasar Güler. Le prince a remercié Ankara pour son "
                                "accueil.")
    assert people["nasser"]["role"] == "ministre de la Défense"
    assert people["guler"]["role"] == "ministre de la Défense"


def test_a_later_bare_prince_speaks_for_the_prince_minister(analyse):
    body = ("Le prince Fahd ben Turki, ministre de la Garde nationale, s'est rendu lundi à Paris. « Notre "
            "partenariat est solide », a déclaré le prince devant la presse.")
    assert speakers(analyse, body) == ["Fahd ben Turki"]


# -- a plural title shared over a list goes on past a prince's title ------------------------------------------

def test_a_plural_title_is_shared_by_a_prince_and_the_next_name(analyse):
    people = officials(analyse, "Les ministres de la Défense des deux pays, le prince Abdelaziz ben Fahd et "
                                "Ahmed Khalil, se sont entretenus lundi à Riyad.")
    assert people["fahd"]["role"] == "ministre de la Défense"
    assert people["khalil"]["role"] == "ministre de la Défense"


# -- counter-examples ----------------------------------------------------------------------------------------

def test_a_crown_prince_stays_crown_prince(analyse):
    people = officials(analyse, "Le président Emmanuel Macron a reçu le prince héritier Hussein de Jordanie à "
                                "l'Élysée, avant un dîner avec le ministre des Armées.")
    assert people["hussein"]["role"] == "prince héritier"


def test_a_bare_prince_is_not_a_minister_named_without_the_title(analyse):
    body = ("Le ministre jordanien de la Défense Youssef Hneiti a reçu le prince Albert II de Monaco. « La "
            "Méditerranée nous unit », a déclaré le prince.")
    assert speakers(analyse, body) == ["Albert II"]
    assert officials(analyse, body)["hneiti"]["role"] == "ministre de la Défense"


# -- the deputy of a region's emir is an office the prince holds -------------------------------------------

def test_a_prince_vice_emir_of_a_region_is_vice_emir(analyse):
    people = officials(analyse, "À son arrivée à Djeddah, le ministre a été accueilli par le vice-émir de la "
                                "région de La Mecque, le prince Saoud ben Mechaal.")
    assert people["mechaal"]["role"] == "vice-émir"



def test_an_emir_of_a_state_is_still_emir(analyse):
    people = officials(analyse, "L'émir du Koweït, Mechaal al-Ahmad al-Sabah, a reçu mercredi le général "
                                "Fabien Mandon.")
    assert people["al-sabah"]["role"] == "émir"
