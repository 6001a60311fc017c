"""Meeting participants, round 25 (`components/meeting_mentions.py`): a roster told with `se trouver`, a
representative sent by `se faire représenter par`, a person who stayed away (`absence_verbs`); on texts of our
own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "9 octobre 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def participants(doc) -> set[str]:
    return {p for m in doc._.meetings for p in m["people"]}


COUNCIL = ("Le conseil de défense s'est réuni mardi à Lisbonne sous la présidence du Premier ministre Rui Matos. "
           "{roster}")


def test_a_roster_told_with_se_trouver_joins_the_meeting(analyse):
    doc = analyse(article(COUNCIL.format(roster=(
        "Autour de la table se trouvaient la ministre de la Défense, Helena Correia, et le ministre de "
        "l'Intérieur, Paulo Serrano."))))
    assert {"correia", "serrano"} <= participants(doc)


def test_se_trouver_without_a_table_or_participants_is_no_roster(analyse):
    doc = analyse(article(COUNCIL.format(roster=(
        "À Porto se trouvaient ce jour-là la ministre de la Culture, Helena Correia, et le maire Paulo Serrano."))))
    assert not {"correia", "serrano"} & participants(doc)


SUMMIT = ("Le sommet régional sur la sécurité s'est tenu jeudi à Dakar sous la présidence du chef de l'Etat "
          "sénégalais Amadou Ndiaye, en présence du président malien Oumar Keita. {absent}")


def test_a_representative_takes_part_and_the_head_who_stayed_away_does_not(analyse):
    doc = analyse(article(SUMMIT.format(absent=(
        "Le président ivoirien Jean Kouame, attendu à ce sommet, ne s'y est finalement pas rendu. "
        "Il s'est fait représenter par son ministre de la Défense, Paul Yao."))))
    found = participants(doc)
    assert "yao" in found and "kouame" not in found


def test_a_head_at_the_meeting_who_did_something_else_stays(analyse):
    doc = analyse(article(SUMMIT.format(absent=(
        "Le président ivoirien Jean Kouame, venu à ce sommet, n'a pas caché sa satisfaction."))))
    assert "kouame" in participants(doc)


def test_representing_a_country_without_an_agent_adds_no_one(analyse):
    doc = analyse(article(SUMMIT.format(absent=(
        "Le ministre Paul Yao représente la Côte d'Ivoire depuis 2019 au sein de cette organisation."))))
    assert "yao" not in participants(doc)


AUDIENCE = ("Le ministre turc de la Défense, Kemal Arslan, a été reçu en audience mardi à Accra par le président "
            "ghanéen Kofi Mensah. {session}")


def meetings_of(doc, key: str) -> list[set[str]]:
    return [set(m["people"]) for m in doc._.meetings if key in m["people"]]


def test_the_visitor_s_working_session_with_another_is_a_meeting_of_its_own(analyse):
    doc = analyse(article(AUDIENCE.format(session=(
        "Le visiteur a ensuite eu une séance de travail avec son homologue ghanéen, Samuel Owusu."))))
    sessions = meetings_of(doc, "owusu")
    assert sessions and all("arslan" in s and "mensah" not in s for s in sessions)
    assert any({"arslan", "mensah"} <= s and "owusu" not in s for s in meetings_of(doc, "mensah"))


def test_a_session_the_host_holds_with_both_stays_the_one_meeting(analyse):
    doc = analyse(article(AUDIENCE.format(session=(
        "Le chef de l'Etat a ensuite eu une séance de travail avec le visiteur et le ministre Samuel Owusu."))))
    assert not any("owusu" in s and "mensah" not in s for s in meetings_of(doc, "owusu"))
