"""Round 10: which date belongs to which meeting, and a meeting called off in the next sentence
(`components/meeting_mentions.py`, `components/meeting_groups.py`): texts of our own, each behaviour
with a counter-example."""

from __future__ import annotations

from conftest import dated_page as article


def meeting_with(doc, key: str) -> dict:
    return next(m for m in doc._.meetings if key in m["people"])


# -- `où`: the day of the clause the relative hangs on ------------------------------------------

TOUR = ("Mercredi 10 avril, le président Karim Benali a accueilli à Tunis le ministre italien de la Défense, "
        "M. Paolo Ferrante. Le déplacement de M. Ferrante s'inscrivait dans une tournée commencée le 7 avril "
        "à Rabat, {relative} par le roi Hassan Idrissi.")


def test_a_meeting_in_a_relative_of_place_takes_the_day_the_place_is_dated_with(analyse):
    doc = analyse(article("12 avril 2024", TOUR.format(relative="où il avait été reçu")))
    assert meeting_with(doc, "idrissi")["date"] == "2024-04-07"


def test_without_a_relative_of_place_the_day_is_not_carried(analyse):
    doc = analyse(article("12 avril 2024", TOUR.format(relative="puis il avait été reçu plus tard")))
    assert meeting_with(doc, "idrissi")["date"] != "2024-04-07"


# -- a meeting noun the parse left apart from the verb it is the subject of -------------------------

def test_a_meeting_noun_before_a_subjectless_main_verb_takes_its_day(analyse):
    doc = analyse(article("20 mai 2024", "La délégation française est arrivée lundi 13 mai à Bamako. Mais tout devait "
                          "se décider le lendemain : selon des diplomates, une audience avec le colonel Issa "
                          "Traoré, chef de la transition, était prévue le mercredi 15 mai."))
    audience = next(m for m in doc._.meetings if "traore" in m["people"])
    assert audience["date"] == "2024-05-15"


def test_a_main_verb_with_a_subject_of_its_own_dates_nothing_else(analyse):
    from pipeline.components.meeting_mentions import _subjectless_root_date

    doc = analyse(article("20 mai 2024", "Après une audience avec le colonel Issa Traoré, la délégation est "
                          "repartie le mercredi 15 mai."))
    noun = next(t for t in doc if t.lower_ == "audience")
    assert _subjectless_root_date(noun, [e for e in doc.ents if e.label_ == "DATE"], []) == ""


# -- called off in the next sentence ------------------------------------------------------------

CALLED = ("Le 3 juin, le ministre belge de la Défense, M. Luc Verbeke, a rencontré à Bruxelles son homologue "
          "néerlandais, M. Joost Smit. Une rencontre avec le ministre allemand, M. Jonas Keller, était prévue "
          "le 4 juin. {after}")


def test_a_pronoun_sentence_calling_off_right_after_the_mention_cancels_that_meeting(analyse):
    doc = analyse(article("6 juin 2024", CALLED.format(after="Elle n'aura jamais lieu.")))
    assert meeting_with(doc, "keller")["status"] == "cancelled"
    assert meeting_with(doc, "smit")["status"] == "held"


def test_a_sentence_calling_off_something_else_cancels_nothing(analyse):
    doc = analyse(article("6 juin 2024", CALLED.format(after="Le salon de l'armement, lui, a été annulé.")))
    assert meeting_with(doc, "keller")["status"] != "cancelled"


# -- `il y a cinq ans`: a count of years back dates the meeting ------------------------------------

def test_years_back_in_an_anniversary_sentence_is_the_story_day_that_year(analyse):
    doc = analyse(article("11 novembre 2023", "Le président Marc Dupuis a présidé ce samedi la cérémonie du "
                          "11-Novembre à Verdun. Il y a cinq ans, pour le centenaire de l'armistice et son "
                          "anniversaire, le président Dupuis avait présidé une cérémonie similaire à Compiègne "
                          "avec la chancelière allemande, Mme Anke Vogel."))
    assert meeting_with(doc, "vogel")["date"] == "2018-11-11"


def test_years_back_without_an_anniversary_is_that_year(analyse):
    doc = analyse(article("11 novembre 2023", "Le président Marc Dupuis a reçu ce samedi à Paris le chef de "
                          "l'Etat italien. Il y a cinq ans, le président Dupuis avait rencontré à Rome la "
                          "chancelière allemande, Mme Anke Vogel."))
    assert meeting_with(doc, "vogel")["date"] == "2018"
