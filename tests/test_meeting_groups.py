"""Which meetings an article holds, their date and place: mentions grouped into meetings
(`components/meeting_groups.py`) from what each sentence says (`components/meeting_mentions.py`).

Pure grouping helpers first (no model), then whole texts of our own, each with a counter-example.
People are person keys.
"""

from __future__ import annotations

from pipeline.components.meeting_groups import _dates_story, _elsewhere_others, _headline_target
from pipeline.rows import within

from conftest import dated_page as article


def frames(doc) -> list[tuple[str, str, set[str]]]:
    return [(m["date"], m["location"], set(m["people"])) for m in doc._.meetings]


# -- grouping helpers, on plain rows ------------------------------------------------------------

def _mention(**fields) -> dict:
    return {"people": [], "location": "", "kind": "visite", "host": "", "guests": [], "strong_host": False,
            "side": False, **fields}


def test_within_a_range_and_not_outside():
    assert within("2023-07-11", "2023-07-11/2023-07-12")
    assert within("2023-07-11", "2023-07-11")
    assert not within("2023-07-13", "2023-07-11/2023-07-12")


def test_a_span_of_years_dates_no_story():
    assert _dates_story("2020-09-30") and _dates_story("2020-09") and _dates_story("2020-09-28/2020-09-30")
    assert not _dates_story("2020/2030")  # `la période 2020-2030`
    assert not _dates_story("2020")


def test_headline_joins_the_meeting_sharing_most_people():
    meetings = [_mention(people=["a", "b"]), _mention(people=["c", "d"]), _mention(people=["c", "e"])]
    assert _headline_target(_mention(people=["c", "d"]), meetings) is meetings[1]
    assert _headline_target(_mention(people=["x"]), meetings) is None  # nobody shared: a meeting of its own
    assert _headline_target(_mention(), meetings) is meetings[0]  # names nobody: the story's first meeting
    summit = _mention(kind="sommet", people=["c"])
    assert _headline_target(_mention(kind="sommet", people=["x"]), [*meetings, summit]) is summit  # its only kind


def test_other_people_in_another_place_are_another_meeting():
    paris = _mention(people=["a", "b"], location="Paris")
    assert _elsewhere_others(_mention(people=["c", "d"], location="Djeddah"), paris)
    assert not _elsewhere_others(_mention(people=["a", "d"], location="Djeddah"), paris)  # one of them was there
    assert not _elsewhere_others(_mention(people=["c", "d"], location="Paris"), paris)  # the same place


# -- which meetings ------------------------------------------------------------------------------

def test_related_article_in_page_furniture_is_no_meeting(analyse):
    body = ("Le 3 avril 2024, le ministre Sébastien Lecornu a reçu son homologue Boris Pistorius à Paris.\n\n"
            "Lire aussi : Le général Pierre Schill a rencontré le général Carsten Breuer à Berlin")
    assert [m["people"] for m in analyse(article("4 Apr. 2024", body))._.meetings] == [["lecornu", "pistorius"]]


def test_related_line_in_the_body_is_a_meeting(analyse):
    body = ("Le 3 avril 2024, le ministre Sébastien Lecornu a reçu son homologue Boris Pistorius à Paris.\n\n"
            "Le 4 avril 2024, le général Pierre Schill a rencontré le général Carsten Breuer à Berlin.")
    assert len(analyse(article("5 Apr. 2024", body))._.meetings) == 2


def test_headline_restating_the_body_is_the_same_meeting(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le ministre Sébastien Lecornu a reçu son homologue "
                          "allemand, Boris Pistorius, à Paris.",
                          headline="Défense\n\nLe ministre Lecornu reçoit Boris Pistorius à Paris"))
    assert frames(doc) == [("2024-04-03", "Paris", {"lecornu", "pistorius"})]


def test_headline_with_its_own_people_is_its_own_meeting(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le ministre Sébastien Lecornu a reçu son homologue "
                          "allemand, Boris Pistorius, à Paris.",
                          headline="Défense\n\nLe général Schill a rencontré le général Carsten Breuer à Berlin"))
    assert len(doc._.meetings) == 2


def test_audience_after_talks_among_others_is_its_own_meeting(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024 à Niamey, le ministre Salif Traoré a eu un entretien "
                          "avec son homologue, le ministre Moussa Diarra. Dans l'après-midi, le président Amadou "
                          "Koné a reçu en audience le ministre Diarra."))
    assert [set(m["people"]) for m in doc._.meetings] == [{"traore", "diarra"}, {"kone", "diarra"}]
    assert doc._.meetings[1]["host"] == "kone"


def test_host_receiving_a_lone_visitor_is_the_same_visit(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le général Paul Martin s'est rendu au quartier "
                          "général de Brunssum. Le commandant du quartier général, le général Luca Bianchi, a "
                          "reçu le général Martin."))
    assert [set(m["people"]) for m in doc._.meetings] == [{"martin", "bianchi"}]


def test_same_day_other_people_elsewhere_is_another_meeting(analyse):
    doc = analyse(article("12 Mar. 2025", "Mardi 11 mars 2025, à Paris, le général Paul Martin a réuni le "
                          "général Luca Bianchi et l'amiral Jan Kowalski. Au même moment mardi, à Djeddah, le "
                          "ministre Ali Hassan a rencontré le ministre Omar Nasser."))
    assert [(m["location"], set(m["people"])) for m in doc._.meetings] == [
        ("Paris", {"martin", "bianchi", "kowalski"}), ("Djeddah", {"hassan", "nasser"})]


# -- date and place ------------------------------------------------------------------------------

def test_day_complement_of_the_verb_dates_the_meeting(analyse):
    doc = analyse(article("2 Aug. 2023", "Le président Amadou Koné a reçu en audience, ce mercredi à Bamako, le "
                          "général Moussa Diarra, auteur du coup d'État du 26 juillet dernier."))
    assert [m["date"] for m in doc._.meetings] == ["2023-08-02"]


def test_date_in_the_sentence_without_weekday_still_dates_it(analyse):
    doc = analyse(article("2 Aug. 2023", "Le président Amadou Koné a reçu en audience le 1er août 2023 à Bamako "
                          "le général Moussa Diarra."))
    assert [m["date"] for m in doc._.meetings] == ["2023-08-01"]


def test_context_date_is_no_span_of_years(analyse):
    doc = analyse(article("30 Sep. 2020", "Le ministre Salif Traoré et le ministre Moussa Diarra ont signé "
                          "mercredi 30 septembre 2020 une feuille de route couvrant la période 2020-2030.\n\n"
                          "Les deux ministres ont eu, auparavant, un entretien en tête-à-tête."))
    assert [m["date"] for m in doc._.meetings] == ["2020-09-30"]


def test_place_a_relative_where_stands_for(analyse):
    doc = analyse(article("15 Jun. 2022", "Le 15 juin 2022, le ministre Salif Traoré s'est envolé pour "
                          "Chișinău, où il a été reçu par la présidente Maria Popescu."))
    assert [m["location"] for m in doc._.meetings] == ["Chișinău"]


def test_where_after_no_place_gives_no_place(analyse):
    doc = analyse(article("15 Jun. 2022", "Le 15 juin 2022, au moment où il a été reçu par la présidente Maria "
                          "Popescu, le ministre Salif Traoré a salué la coopération entre les deux armées."))
    assert [m["location"] for m in doc._.meetings] == [""]


def test_negated_meeting_verb_is_no_meeting(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le ministre Salif Traoré n'a pas rencontré le "
                          "ministre Moussa Diarra à Paris."))
    assert doc._.meetings == []


def test_affirmed_meeting_verb_is_a_meeting(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le ministre Salif Traoré a rencontré le ministre "
                          "Moussa Diarra à Paris."))
    assert [set(m["people"]) for m in doc._.meetings] == [{"traore", "diarra"}]


def test_pronoun_subject_takes_part_beside_two_people_met(analyse):
    doc = analyse(article("1 Dec. 2023", "Le 30 novembre 2023, le ministre Salif Traoré s'est entretenu avec le "
                          "ministre Moussa Diarra à Skopje.\n\nLe même jour, il a également rencontré M. Paul Martin "
                          "et M. Luca Bianchi."))
    assert set(doc._.meetings[-1]["people"]) == {"traore", "martin", "bianchi"}


def test_named_subject_is_no_pronoun(analyse):
    doc = analyse(article("1 Dec. 2023", "Le 30 novembre 2023, le ministre Salif Traoré s'est entretenu avec le "
                          "ministre Moussa Diarra à Skopje.\n\nLe même jour, M. Ali Hassan a rencontré M. Paul Martin "
                          "et M. Luca Bianchi."))
    assert set(doc._.meetings[-1]["people"]) == {"hassan", "martin", "bianchi"}


def test_la_veille_through_a_noun_dates_no_meeting(analyse):
    doc = analyse(article("18 Dec. 2021", "Le vendredi 17 décembre 2021, la ministre Claire Martin a effectué "
                          "une visite officielle à New Delhi.\n\nArrivée la veille au soir dans la capitale, Mme "
                          "Martin a été reçue dans la matinée par le Premier ministre, M. Ravi Kumar."))
    assert "2021-12-16" not in [m["date"] for m in doc._.meetings]


def test_la_veille_as_the_verbs_complement_dates_the_meeting(analyse):
    doc = analyse(article("18 Dec. 2021", "Le vendredi 17 décembre 2021, la ministre Claire Martin a effectué "
                          "une visite officielle à New Delhi.\n\nElle avait été reçue la veille par le Premier "
                          "ministre, M. Ravi Kumar."))
    assert "2021-12-16" in [m["date"] for m in doc._.meetings]


def test_place_of_another_clause_is_not_the_meetings(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le ministre Salif Traoré a reçu le général Moussa "
                          "Diarra, blessé lors d'une attaque contre le camp de Gao."))
    assert "Gao" not in doc._.meetings[0]["location"]


def test_place_of_the_meeting_verb_is_the_meetings(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le ministre Salif Traoré a reçu le général Moussa "
                          "Diarra au camp de Gao."))
    assert "Gao" in doc._.meetings[0]["location"]


def test_place_of_a_participle_on_the_meeting_noun_is_the_meetings(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le général Paul Martin a accueilli le général Moussa "
                          "Diarra dans le cadre d'entretiens de travail tenus au siège de l'OTAN."))
    assert "siège" in doc._.meetings[0]["location"]
