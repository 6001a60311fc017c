"""Meeting hosts, round 17 (`rules/meetings.yml` host markers): texts of our own, each behaviour with a
counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "14 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def meetings(doc) -> list[tuple[str, list[str]]]:
    return [(m["host"], list(m["people"])) for m in doc._.meetings]


# -- `sous la conduite de X`: who conducts the sitting chairs it --------------------------------------

def test_a_meeting_held_under_the_conduct_of_an_official_is_hosted_by_him(analyse):
    doc = analyse(article("La réunion des chefs d'état-major de la région s'est tenue mardi à Dakar, sous la "
                          "conduite du général Amadou Diallo, chef d'état-major général des armées sénégalaises."))
    assert [h for h, _ in meetings(doc)] == ["diallo"]


def test_a_meeting_without_a_word_of_conduct_has_no_host(analyse):
    doc = analyse(article("La réunion des chefs d'état-major de la région s'est tenue mardi à Dakar, en présence "
                          "du général Amadou Diallo, chef d'état-major général des armées sénégalaises."))
    assert [h for h, _ in meetings(doc)] == [""]


def test_the_head_of_a_visiting_delegation_does_not_host_its_talks(analyse):
    doc = analyse(article("Une délégation malienne, sous la conduite du ministre de la Défense Sadio Koné, a "
                          "rencontré mardi à Dakar le général Amadou Diallo, chef d'état-major général des armées "
                          "sénégalaises."))
    # round 43: talks at home with a visitor of no stated country are hosted by the home side (rules/README.md,
    # "Host convention"), never by the head of the visiting delegation
    assert [h for h, _ in meetings(doc)] == ["diallo"]


# -- talks on the sidelines of a gathering, under an agency dateline: held at the dateline's place -----

def places(doc) -> list[tuple[str, str]]:
    return [(m["kind"], m["location"]) for m in doc._.meetings]


def test_side_talks_of_the_story_day_are_held_at_the_dateline_place(analyse):
    doc = analyse(article("DAKAR, 12 mars (APS) -- Le ministre malien de la Défense, Sadio Koné, a rencontré "
                          "mardi le général Amadou Diallo, chef d'état-major général des armées sénégalaises, en "
                          "marge de la réunion des ministres de la Défense de la Cedeao.\n\nLes deux hommes ont "
                          "évoqué la sécurité des frontières.", published="12 mars 2024"))
    assert ("rencontre", "Dakar") in places(doc)


def test_side_talks_of_an_earlier_day_do_not_take_the_dateline_place(analyse):
    doc = analyse(article("DAKAR, 12 mars (APS) -- Le ministre malien de la Défense, Sadio Koné, a réuni mardi "
                          "ses conseillers.\n\nLe 2 février, il avait rencontré le général Amadou Diallo en marge "
                          "de la réunion des ministres de la Défense de la Cedeao.", published="12 mars 2024"))
    assert ("rencontre", "Dakar") not in places(doc)
