"""Quote speakers and roles, round 9b, on sentences of our own: a title with its demonym (`le ministre
grec`) speaks for a person of that country, never for the holder known to be of another; the demonym
written right after the title is the one that counts (`l'officier général togolais a remercié la partie
ghanéenne`); the one person so called whose country is not known takes the demonym (`le chef de l'État
camerounais`); a figure of a sentence dated long before the publication is no referent of a title of the
story's present; a past role is written with its `ancien`, and gives way to a role said now (`médiateur`).
Each with a counter-example."""

from __future__ import annotations

from conftest import page

HEADER = "Actualités de la défense\n\n"


def run(analyse, text: str, dated: bool = False):
    return analyse(page(text) if dated else HEADER + text)


def speakers(doc) -> list[str]:
    return [q["speaker"] for q in doc._.quotes]


def person(doc, key: str) -> dict | None:
    return next((o for o in doc._.officials if o["key"].endswith(key)), None)


def written(p: dict) -> str:
    return p["role_as_written"] or p["role"]


GREEK = ("Le ministre des Armées, Paul Durand, a reçu lundi à Paris son homologue grec Nikos Karanikas. "
         "« Ce navire est le cœur de notre flotte », a lancé Paul Durand. ")


def test_title_with_a_demonym_speaks_for_that_country(analyse):
    doc = run(analyse, GREEK + "Le ministre grec a affirmé : « Nos marins attendent ces frégates. »")
    assert speakers(doc) == ["Paul Durand", "Nikos Karanikas"]


def test_title_without_a_demonym_keeps_its_holder(analyse):
    doc = run(analyse, GREEK + "Le ministre a affirmé : « Nos marins attendent ces frégates. »")
    assert speakers(doc) == ["Paul Durand", "Paul Durand"]


TWO_CHIEFS = ("Le général Paul Amenyo, chef d'état-major ghanéen, a reçu le général Jean Tossou, chef "
              "d'état-major togolais. « La coopération est exemplaire », a déclaré le général Amenyo. ")


def test_demonym_right_after_the_title_names_the_speaker(analyse):
    doc = run(analyse, TWO_CHIEFS + "L'officier général togolais a, de son côté, remercié la partie ghanéenne "
              "pour l'accueil, estimant que « cette commission est devenue un rendez-vous utile ».")
    assert speakers(doc)[-1] == "Jean Tossou"


def test_other_demonym_after_the_title_names_the_other(analyse):
    doc = run(analyse, TWO_CHIEFS + "L'officier général ghanéen a, de son côté, remercié la partie togolaise "
              "pour sa venue, estimant que « cette commission est devenue un rendez-vous utile ».")
    assert speakers(doc)[-1] == "Paul Amenyo"


HISTORY = "La visite a rappelé la mort du leader nationaliste Jean Mbarga en 1958. "
CLOSING = "Le chef de l'État camerounais a pour sa part affirmé : « Nos deux pays ont une histoire commune. »"


def test_demonym_goes_to_the_one_holder_of_no_known_country(analyse):
    doc = run(analyse, "Le président Emmanuel Macron a reçu mardi à Yaoundé le chef de l'État Paul Essomba. "
              + HISTORY + CLOSING)
    assert speakers(doc) == ["Paul Essomba"]
    assert person(doc, "essomba")["country"] == "Cameroun"


def test_demonym_with_two_holders_of_no_known_country_picks_neither(analyse):
    doc = run(analyse, "Le président Emmanuel Macron a reçu mardi à Paris le chef de l'État Paul Essomba et le "
              "chef de l'État Ali Traoré. " + HISTORY + CLOSING)
    assert "Paul Essomba" not in speakers(doc) and "Ali Traoré" not in speakers(doc)
    assert not person(doc, "essomba")["country"]


def memorial(year: str) -> str:
    return ("Plusieurs dirigeants africains ont assisté lundi à l'inauguration d'un mémorial à Douala. Le "
            f"monument honore les soldats de la division du général Jean Leclerc, qui ont combattu en {year}. "
            "« Leur courage nous oblige », a déclaré le chef de l'État.")


def test_figure_of_history_is_no_referent_of_a_present_title(analyse):
    doc = run(analyse, memorial("1944"), dated=True)
    leclerc = person(doc, "leclerc")
    assert leclerc is None or not leclerc["role"]


def test_figure_of_the_present_is_a_referent(analyse):
    doc = run(analyse, memorial("2023"), dated=True)
    assert person(doc, "leclerc")["role"] == "chef de l'État"


MEDIATOR = ("Le président a reçu le médiateur de la Communauté économique des États de l'Afrique de l'Ouest "
            "(CEDEAO) pour la Guinée, l'ancien président béninois Paul Houngbo.")


def test_past_role_is_written_with_ancien(analyse):
    p = person(run(analyse, MEDIATOR), "houngbo")
    assert written(p) == "ancien président béninois"  # round 48: the demonym after a former title is kept


def test_present_role_is_written_without_ancien(analyse):
    p = person(run(analyse, "Le président a reçu le président béninois Paul Houngbo."), "houngbo")
    assert written(p) == "président"


def test_mediator_said_now_replaces_the_past_role(analyse):
    p = person(run(analyse, MEDIATOR + " Le médiateur s'est réjoui de la qualité des échanges."), "houngbo")
    assert p["role"] == "médiateur"


def test_words_qualified_are_the_subjects(analyse):
    doc = run(analyse, "La ministre de la Défense, Marie Dupont, a reçu lundi son homologue luxembourgeoise Anne "
              "Weber. Sa collègue luxembourgeoise a qualifié l'unité de « projet phare ».")
    assert speakers(doc) == ["Anne Weber"]


def test_phrase_in_a_sentence_without_speech_has_no_speaker(analyse):
    doc = run(analyse, "La ministre de la Défense, Marie Dupont, a reçu lundi son homologue luxembourgeoise Anne "
              "Weber. Sa collègue luxembourgeoise a visité les hangars du « projet phare ».")
    assert speakers(doc) == []


VISIT = ("La ministre des Armées, Claire Morel, a reçu lundi le général Paul Amenyo. Le général Amenyo a visité "
         "la base. ")
CIVIL = "Mme Claire Morel a reçu lundi le général Paul Amenyo à Paris. Le général Amenyo a visité la base. "


def test_feminine_pronoun_speaker_is_the_woman(analyse):
    assert speakers(run(analyse, VISIT + "« Nous devons avancer ensemble », a-t-elle affirmé.")) == ["Claire Morel"]
    assert speakers(run(analyse, CIVIL + "Selon elle, « la coopération doit s'intensifier »."))[-1] == "Claire Morel"


def test_masculine_pronoun_speaker_is_the_man(analyse):
    assert speakers(run(analyse, VISIT + "« Nous devons avancer ensemble », a-t-il affirmé.")) == ["Paul Amenyo"]
    assert speakers(run(analyse, CIVIL + "Selon lui, « la coopération doit s'intensifier »."))[-1] == "Paul Amenyo"


DUTCH = "Le ministre néerlandais de la Défense, Pieter de Vries, a rencontré mardi le ministre belge. Jeudi, "
SAID = "« Il n'y a pas de négociation sans l'Ukraine », a assuré le Néerlandais."


def test_nationality_speaker_is_the_subject_just_named(analyse):
    doc = run(analyse, DUTCH + "Jan Vermeer s'est employé à calmer le jeu. " + SAID)
    assert speakers(doc) == ["Jan Vermeer"]


def test_nationality_speaker_without_a_named_subject_is_the_compatriot(analyse):
    doc = run(analyse, DUTCH + "le sommet s'est employé à calmer le jeu. " + SAID)
    assert speakers(doc) == ["Pieter de Vries"]
