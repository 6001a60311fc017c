"""Meeting places, round 21 (hst21): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "14 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def places(doc) -> dict[str, str]:
    return {m["date"]: m["location"] for m in doc._.meetings}


# -- `au même endroit`: an earlier meeting of the same host, told again by an anaphor of place -----------

FIRST = ("Le ministre de la Défense, Paul Mba, a reçu mardi au siège du ministère, à Libreville, l'ambassadeur "
         "d'Italie, Marco Rossi. ")


def test_the_same_place_anaphor_carries_the_earlier_place(analyse):
    doc = analyse(article(FIRST + "Le ministre avait déjà reçu le diplomate le 4 mai 2022, au même endroit, pour "
                          "évoquer la formation des officiers."))
    assert places(doc).get("2022-05-04")


def test_without_the_anaphor_an_older_meeting_takes_no_place(analyse):
    doc = analyse(article(FIRST + "Le ministre avait déjà reçu le diplomate le 4 mai 2022, pour évoquer la "
                          "formation des officiers."))
    assert not places(doc).get("2022-05-04")


# -- `à l'invitation de ce dernier`: the anaphor after a host marker stands for the person named last -------

def hosts(doc) -> list[str]:
    return [m["host"] for m in doc._.meetings]


def test_invitation_of_the_last_named_hosts(analyse):
    doc = analyse(article("Le président gabonais, Paul Mba, s'est entretenu mardi à Genève avec le président du "
                          "Conseil italien, Marco Rossi, à l'invitation de ce dernier."))
    assert "rossi" in hosts(doc)


def test_invitation_of_a_named_person_keeps_that_person(analyse):
    doc = analyse(article("Le président gabonais, Paul Mba, s'est entretenu mardi à Genève avec le président du "
                          "Conseil italien, Marco Rossi, à l'invitation du président Mba."))
    assert "rossi" not in hosts(doc)
