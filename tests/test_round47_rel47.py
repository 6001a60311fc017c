"""Relations, round 47: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations


def members(analyse, text: str) -> list[tuple[str, str]]:
    doc = analyse(text)
    return [(r["subject_id"], r["object"]) for r in doc._.relations if r["relation"] == "MEMBER_OF"]


# -- the chair of a sitting holds a bare title of no country: a head of state chairing a meeting is no member ------

FORUM = ("Coalition pour la sécurité maritime\n\nJeudi 4 avril 2024\n\n"
         "Les ministres de la Coalition pour la sécurité maritime se sont retrouvés jeudi à Lisbonne. "
         "La prochaine session se tiendra en juin, sous la présidence {of} Marc Lenoir, à Rome.")


def test_a_president_of_a_country_chairing_a_forum_is_no_member_of_it(analyse):
    found = members(analyse, FORUM.format(of="du président italien"))
    assert not any(p == "lenoir" and "coalition" in org.lower() for p, org in found)


MINUTES = ("Commission des affaires étrangères, de la défense et des forces armées\n\nMercredi 10 avril 2024\n\n"
           "- Présidence de M. Luc Ferrand, président -\n\nLa séance est ouverte à 9 h 30.\n\n"
           "M. Luc Ferrand. - Nous recevons aujourd'hui l'amiral Henri Vasseur pour faire le point sur la flotte.")


def test_the_chair_of_minutes_still_belongs_to_the_body_of_their_header(analyse):
    found = members(analyse, MINUTES)
    assert any(p == "ferrand" and org.lower().startswith("commission des affaires étrangères") for p, org in found)


OUR_BODY = ("M. le président Luc Ferrand. - Mes chers collègues, notre commission reçoit ce matin le général Paul "
            "Morel. La commission de la défense nationale et des forces armées suit de près la préparation des armées.")


def test_the_chair_of_a_body_speaking_of_itself_still_belongs_to_it(analyse):
    found = members(analyse, OUR_BODY)
    assert any(p == "ferrand" and "commission" in org.lower() for p, org in found)


# -- `le Comité central du Parti X (PX)`: the acronym spells the chain's last link, a body of its own ---------------

def test_a_member_of_an_organ_is_a_member_of_the_body_the_acronym_spells(analyse):
    found = members(analyse, "Le secrétaire général du Comité central du Parti populaire révolutionnaire lao (PPRL), "
                             "Thongsing Vannalath, a reçu mardi à Vientiane le ministre japonais de la Défense.")
    assert ("vannalath", "Parti populaire révolutionnaire lao") in found


def test_an_acronym_of_the_whole_chain_adds_no_body(analyse):
    found = members(analyse, "Le secrétaire général du Comité central du Parti (CCP), Thongsing Vannalath, a reçu "
                             "mardi à Vientiane le ministre japonais de la Défense.")
    assert not any(p == "vannalath" and org == "Parti" for p, org in found)
