"""Meeting grouping, fourth round: which sentences tell of a meeting already told. A demonstrative
meeting noun (`Cette rencontre s'inscrit ...`) or a definite one naming nobody whose date belongs
to another noun (`La visite intervient après la rupture ..., en mai 2021`) is no new meeting; a
definite noun `s'est tenue en présence de X` adds its people to the meeting just told; a participle
describing an institution (`la commission, présidée par X`) is no meeting. Each behaviour with a
counter-example. People are person keys.
"""

from __future__ import annotations

from conftest import dated_page as article


def summary(doc) -> list[tuple]:
    return [(m["kind"], m["date"], m["host"], m["people"]) for m in doc._.meetings]


VISIT = ("Le mardi 5 mars 2024, le ministre des Armées, Paul Arnaud, a reçu à Paris son homologue portugais, "
         "Rui Matos. ")


def test_demonstrative_meeting_noun_speaks_of_the_meeting_told(analyse):
    doc = analyse(article("6 Mar. 2024", VISIT + "Cette rencontre s'inscrit dans la relance engagée après "
                                                 "les élections de mai 2022."))
    assert len(doc._.meetings) == 1, summary(doc)
    assert doc._.meetings[0]["date"] == "2024-03-05"


def test_definite_noun_with_the_date_of_another_noun_is_no_new_meeting(analyse):
    doc = analyse(article("6 Mar. 2024", VISIT + "La visite intervient quelques mois après la rupture de "
                                                 "septembre 2023 du contrat de frégates."))
    assert len(doc._.meetings) == 1, summary(doc)


def test_definite_noun_with_its_own_date_and_people_is_a_meeting(analyse):
    """Counter-example: a meeting noun with its own people and date tells another meeting."""
    doc = analyse(article("6 Mar. 2024", VISIT + "Le sommet de l'OTAN réunira le président Luc Morel et le "
                                                 "chancelier Jens Wolf le 10 juillet à Vilnius."))
    assert len(doc._.meetings) == 2, summary(doc)


CEREMONY = ("Le jeudi 7 mars 2024, le ministre de la Défense, Paul Arnaud, et son homologue portugais, Rui Matos, "
            "ont coprésidé à Porto la cérémonie de transfert de la base aérienne. ")


def test_held_in_the_presence_of_adds_people_to_the_meeting_told(analyse):
    doc = analyse(article("8 Mar. 2024", CEREMONY + "La cérémonie s'est tenue en présence du chef d'état-major, "
                                                    "le général Luc Morel, et de l'ambassadeur, Jean Petit."))
    assert len(doc._.meetings) == 1, summary(doc)
    assert {"morel", "petit"} <= set(doc._.meetings[0]["people"])


def test_another_kind_held_with_other_people_is_its_own_meeting(analyse):
    """Counter-example: another kind of meeting with other people, dated, is another meeting."""
    doc = analyse(article("8 Mar. 2024", CEREMONY + "Le 9 mars, le général Luc Morel a reçu à Lisbonne "
                                                    "l'ambassadeur, Jean Petit."))
    assert len(doc._.meetings) == 2, summary(doc)


def test_participle_describing_an_institution_is_no_meeting(analyse):
    doc = analyse(article("8 Mar. 2024", "Le mercredi 6 mars 2024, la commission a auditionné le général Paul "
                                         "Arnaud. La commission de la défense, présidée par le député Luc Morel, "
                                         "l'avait déjà entendu."))
    assert all("morel" not in m["people"] or len(m["people"]) > 1 for m in doc._.meetings), summary(doc)
    assert not any(m["host"] == "morel" and m["people"] == ["morel"] for m in doc._.meetings), summary(doc)


def test_participle_on_a_person_is_a_meeting(analyse):
    """Counter-example: `le ministre, reçu par X` tells of an audience."""
    doc = analyse(article("8 Mar. 2024", "Le mercredi 6 mars 2024, le ministre portugais, Rui Matos, reçu par "
                                         "le président Luc Morel, a évoqué la coopération navale."))
    assert any(m["host"] == "morel" and "matos" in m["people"] for m in doc._.meetings), summary(doc)


def test_session_told_after_its_close_comes_back_to_its_opening_day(analyse):
    doc = analyse(article("19 Aug. 2023", "Après deux jours de travaux à Accra, les chefs d'état-major ont bouclé "
                                          "ce vendredi 18 août 2023 leur réunion extraordinaire.\n\nJeudi 17 août, à "
                                          "l'ouverture des travaux, le général Paul Morel avait voulu rassurer."))
    dated = [m for m in doc._.meetings if m["kind"] == "travaux"]
    assert len(dated) == 1, [(m["kind"], m["date"]) for m in doc._.meetings]
    assert dated[0]["date"] == "2023-08-17/2023-08-18"


def test_visit_days_dated_apart_stay_apart(analyse):
    """Counter-example: a visit (no session) dated the day before another visit is an event of its own."""
    doc = analyse(article("19 Aug. 2023", "Le vendredi 18 août 2023, le ministre Paul Morel a reçu à Accra le "
                                          "général Jean Vidal.\n\nLe jeudi 17 août, le ministre Paul Morel avait "
                                          "reçu à Accra le général Marc Doucet."))
    assert sorted(m["date"] for m in doc._.meetings) == ["2023-08-17", "2023-08-18"], [
        (m["kind"], m["date"]) for m in doc._.meetings]
