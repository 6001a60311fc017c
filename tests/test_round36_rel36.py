"""Relations the text states, round 36: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def links(analyse, text: str, relation: str) -> set[tuple[str, str]]:
    doc = analyse(text)
    return {(r["subject"], r["object"]) for r in doc._.relations if r["relation"] == relation}


# -- a chamber named on the document's first line issues it: its committee named below is its part ----------

MINUTES = ("{first}\n\nCompte rendu de la séance\n\n"
           "Mardi 12 mars 2024, la commission des affaires étrangères, de la défense et des forces armées a "
           "entendu le général Paul Martin, chef d'état-major de l'armée de Terre, sur la préparation des forces.")


def test_a_committee_is_part_of_the_chamber_heading_its_minutes(analyse):
    found = links(analyse, MINUTES.format(first="Sénat"), "PART_OF")
    assert ("commission des affaires étrangères, de la défense et des forces armées", "Sénat") in found


def test_a_chamber_named_far_below_its_committee_links_nothing(analyse):
    text = MINUTES.format(first="Compte rendu intégral") + "\n\nLe texte sera examiné ensuite par le Sénat."
    found = links(analyse, text, "PART_OF")
    assert not any(obj == "Sénat" for _, obj in found)


def test_a_ministry_heading_its_website_claims_no_service_named_below(analyse):
    text = ("Ministère des Armées\n\nActualités\n\nLa Marine nationale a déployé mardi une frégate en "
            "Méditerranée orientale pour une mission de surveillance.")
    found = links(analyse, text, "PART_OF")
    assert not any(subject == "Marine nationale" for subject, _ in found)


# -- a body is part of its parent's parents too, where the text names them beside it ------------------------

def test_a_body_is_part_of_its_grandparent_named_in_the_same_paragraph(analyse):
    found = links(analyse, page("Le Grand quartier général des puissances alliées en Europe (SHAPE), à Mons, "
                                "coordonne les plans de défense de l'OTAN sur le flanc oriental."), "PART_OF")
    assert ("SHAPE", "OTAN") in found


def test_a_grandparent_named_in_another_paragraph_links_nothing(analyse):
    found = links(analyse, page("Le Grand quartier général des puissances alliées en Europe (SHAPE), à Mons, "
                                "a accueilli mardi une conférence sur la logistique.\n\nLes ministres de l'OTAN "
                                "se réuniront en juin à Bruxelles."), "PART_OF")
    assert ("SHAPE", "OTAN") not in found


# -- `X quitte Z pour prendre la tête de Y, W lui succède`: X leads Y, not W -------------------------------

def test_the_subject_of_taking_the_head_of_a_body_is_its_member_not_the_next_clause(analyse):
    found = links(analyse, page("Le général Pierre Durand quitte la brigade pour prendre la tête de la Marine "
                                "nationale, le général Henri Lebrun lui succède."), "MEMBER_OF")
    names = {subject for subject, obj in found if obj == "Marine nationale"}
    assert "Pierre Durand" in names and "Henri Lebrun" not in names


def test_a_name_apposed_after_at_the_head_of_a_body_is_still_its_member(analyse):
    found = links(analyse, page("À la tête de la Marine nationale, le vice-amiral Henri Lebrun a présenté mardi "
                                "le plan de modernisation de la flotte."), "MEMBER_OF")
    assert ("Henri Lebrun", "Marine nationale") in found


def test_a_body_whose_own_name_holds_its_grandparent_is_part_of_it(analyse):
    found = links(analyse, page("Le Comité militaire de l'Union européenne s'est réuni mardi à Bruxelles."),
                  "PART_OF")
    assert ("Comité militaire de l'Union européenne", "Union européenne") in found


def test_a_grandparent_named_in_the_next_sentence_only_links_nothing(analyse):
    found = links(analyse, page("Les officiers du SHAPE ont préparé mardi l'exercice de printemps. L'OTAN a "
                                "publié son programme de travail."), "PART_OF")
    assert ("SHAPE", "OTAN") not in found
