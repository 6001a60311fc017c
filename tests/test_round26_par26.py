"""Meeting participants, round 26 (`components/meeting_mentions.py`, `rules/meetings.yml`): a swearing-in
is a ceremony, and its guests listed after a pronoun (`Parmi eux figuraient X, Y`) take part; on texts of
our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "9 octobre 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def participants(doc) -> set[str]:
    return {p for m in doc._.meetings for p in m["people"]}


SWEARING = ("Le président élu, Marc Dufour, a prêté serment mardi au palais des congrès de Lomé devant les juges "
            "de la Cour suprême. {guests}")


def test_a_swearing_in_is_a_ceremony_with_its_guests(analyse):
    doc = analyse(article(SWEARING.format(guests=(
        "Plusieurs chefs d'Etat ont assisté à la cérémonie. Parmi eux figuraient le président béninois "
        "Paul Agossou et le président ghanéen Kwame Boateng."))))
    assert {"dufour", "agossou", "boateng"} <= participants(doc)


def test_lending_a_hand_is_no_ceremony(analyse):
    doc = analyse(article(
        "Le ministre de la Défense, Marc Dufour, a prêté main-forte mardi aux secouristes de Lomé."))
    assert "dufour" not in participants(doc)


def test_a_pronoun_roster_of_victims_adds_no_one(analyse):
    doc = analyse(article(SWEARING.format(guests=(
        "La veille, plusieurs civils avaient été blessés dans un accident près du palais. Parmi eux "
        "figuraient le commerçant Paul Agossou et le chauffeur Kwame Boateng."))))
    assert not {"agossou", "boateng"} & participants(doc)


def test_a_host_receiving_a_pronoun_receives_the_subject_just_told(analyse):
    doc = analyse(article(
        "Le ministre brésilien de la Défense, Paulo Reis, a atterri mardi à Lisbonne. Le Premier ministre "
        "portugais, Rui Matos, l'a reçu pour un déjeuner de travail au palais de São Bento."))
    assert any({"reis", "matos"} <= set(m["people"]) for m in doc._.meetings)


def test_a_pronoun_the_participle_says_is_a_thing_of_another_gender_adds_no_guest(analyse):
    doc = analyse(article(
        "La ministre de la Culture, Ana Costa, a rédigé mardi une note sur la défense. Le Premier ministre "
        "portugais, Rui Matos, l'a reçu pour un déjeuner de travail au palais de São Bento."))
    assert not any({"costa", "matos"} <= set(m["people"]) for m in doc._.meetings)
