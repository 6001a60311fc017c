"""Grouping meeting mentions into meetings, round 10 (`components/meeting_groups.py` grouping
functions): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "14 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def told(doc) -> list[tuple[str, str, list[str]]]:
    return [(m["date"], m["location"], sorted(m["people"])) for m in doc._.meetings]


# -- a session dated within a trip over several days keeps its own days ------------------------------

def test_a_session_within_a_trip_keeps_its_narrower_days(analyse):
    doc = analyse(article("Le ministre letton Janis Ozols effectuera du 18 au 21 mars une visite en Pologne. Le "
                          "19 mars, il participera à Varsovie à une conférence sur la défense aérienne."))
    assert sorted(m["date"] for m in doc._.meetings) == ["2024-03-18/2024-03-21", "2024-03-19"]


def test_a_trip_spoken_of_again_stays_one_meeting(analyse):
    doc = analyse(article("La ministre danoise de la Défense, Karen Holm, effectuera une visite en Espagne du "
                          "18 au 22 mars, à l'invitation de son homologue Pedro Ortega. Le 19 mars, la visite "
                          "se poursuivra à Séville."))
    assert [m["date"] for m in doc._.meetings].count("2024-03-19") == 0


# -- received in another town: another meeting of the same trip ------------------------------------

def test_a_host_receiving_in_another_town_holds_a_meeting_of_its_own(analyse):
    doc = analyse(article("Mardi 12 mars, le ministre norvégien Lars Dahl s'est rendu à Mykolaïv avant de "
                          "s'entretenir avec le président Volodymyr Zelensky. Le ministre a ensuite été reçu à "
                          "Kiev par le président Volodymyr Zelensky."))
    assert sorted(m["location"] for m in doc._.meetings) == ["Kiev", "Mykolaïv"]
    assert next(m for m in doc._.meetings if m["location"] == "Kiev")["host"] == "zelensky"


def test_a_host_receiving_in_a_building_stays_in_the_meeting(analyse):
    doc = analyse(article("Mardi 12 mars, le ministre norvégien Lars Dahl s'est entretenu à Kiev avec le président "
                          "Volodymyr Zelensky. Le ministre a été reçu au palais Mariinsky par le président "
                          "Volodymyr Zelensky."))
    assert len([m for m in doc._.meetings if "dahl" in m["people"]]) == 1


# -- a meeting called off, then someone else receives or chairs: another meeting --------------------

CALLED_OFF = ("Privé de sa rencontre avec Pedro Ortega, le ministre danois Lars Dahl n'est pas reparti les mains "
              "vides du sommet de l'OTAN. ")


def test_a_new_host_on_the_guessed_day_holds_a_meeting_of_its_own(analyse):
    doc = analyse(article(CALLED_OFF + "La rencontre a donc été annulée. Le secrétaire général Mark Rutte a reçu "
                          "M. Dahl jeudi pour un entretien bilatéral."))
    assert sorted((m["host"], sorted(m["people"]), m["status"]) for m in doc._.meetings) == [
        ("", ["dahl", "ortega"], "cancelled"), ("rutte", ["dahl", "rutte"], "held")]


def test_a_host_among_the_people_stays_in_the_meeting(analyse):
    doc = analyse(article("Le ministre danois Lars Dahl et son homologue espagnol Pedro Ortega se sont retrouvés "
                          "à Madrid. M. Ortega a reçu M. Dahl jeudi au ministère de la Défense."))
    assert len(doc._.meetings) == 1


def test_a_chair_after_a_meeting_called_off_tells_of_another_gathering(analyse):
    doc = analyse(article(CALLED_OFF + "La rencontre a donc été annulée. « L'Alliance sera là », a affirmé le "
                          "secrétaire général Mark Rutte, qui présidait la rencontre de Bruxelles depuis lundi."))
    called_off = next(m for m in doc._.meetings if m["status"] == "cancelled")
    assert sorted(called_off["people"]) == ["dahl", "ortega"] and not called_off["host"]


def test_a_chair_of_the_meeting_told_joins_it(analyse):
    doc = analyse(article("Jeudi, le général Luis Ortega et l'amiral Lars Dahl ont assisté à Madrid à la cérémonie "
                          "de passation de commandement. La cérémonie était présidée par la ministre Margarita "
                          "Robles."))
    assert len(doc._.meetings) == 1


# -- `en marge de`, between the very people of a meeting told: that meeting -------------------------

def test_a_side_mention_between_the_people_of_a_meeting_told_is_that_meeting(analyse):
    doc = analyse(article(CALLED_OFF + "Le ministre danois devait s'entretenir avec son homologue espagnol en marge "
                          "du sommet, mais M. Ortega est reparti dès lundi soir."))
    assert [sorted(m["people"]) for m in doc._.meetings] == [["dahl", "ortega"]]


def test_a_side_meeting_with_someone_else_is_its_own(analyse):
    doc = analyse(article("Le ministre danois Lars Dahl s'est entretenu avec son homologue espagnol Pedro Ortega. "
                          "Mardi, en marge du sommet, le ministre danois a eu un entretien avec le ministre italien "
                          "Paolo Conti."))
    assert sorted(sorted(m["people"]) for m in doc._.meetings) == [["conti", "dahl"], ["dahl", "ortega"]]


# -- `dans le cadre d'une visite de trois jours`: the visit, from the meeting's day ------------------

def test_a_visit_of_days_around_a_dated_audience_spans_its_days(analyse):
    doc = analyse(article("Le ministre tchèque Pavel Novak a été reçu en audience lundi à Lisbonne par son homologue "
                          "portugais, le général Rui Costa, dans le cadre d'une visite de travail de trois jours au "
                          "Portugal."))
    assert sorted((m["date"], m["host"]) for m in doc._.meetings) == [
        ("2024-03-11", "costa"), ("2024-03-11/2024-03-13", "")]


def test_a_visit_of_days_with_no_day_told_opens_no_stay(analyse):
    doc = analyse(article("Le ministre tchèque Pavel Novak effectue une visite de travail de trois jours au Portugal. "
                          "Il a été reçu par son homologue portugais, le général Rui Costa."))
    assert all("/" not in (m["date"] or "") for m in doc._.meetings)


def test_a_follow_up_sentence_completes_the_meeting_it_refers_back_to(analyse):
    doc = analyse(article("Le ministre tchèque Pavel Novak a été reçu en audience lundi à Lisbonne par son homologue "
                          "portugais, le général Rui Costa. La rencontre s'est tenue au ministère de la Défense."))
    assert len(doc._.meetings) == 1 and len(doc._.meetings[0]["sentences"]) == 2

