"""Meetings, round 59: a council named by its body (`le Conseil européen`, `le Conseil de l'Atlantique Nord`)
is a meeting where the text tells it as an event (dated, `lors du`, held, next), never where it names the
institution (`le président du Conseil européen`, `le Conseil européen a décidé`). Texts of our own."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str, published: str = "3 mars 2025") -> list[tuple[str, str, str]]:
    return [(m["kind"], m["date"], m["status"]) for m in analyse(page(body, published))._.meetings]


def kinds(analyse, body: str) -> list[str]:
    return [m["kind"] for m in analyse(page(body, "3 mars 2025"))._.meetings]


# -- a council told as an event -----------------------------------------------------------------------------

def test_a_council_dated_by_its_complement_is_a_meeting(analyse):
    found = meetings(analyse, "La question des avoirs russes gelés sera renvoyée au "
                              "Conseil européen des 20 et 21 mars.")
    assert [d for _, d, _ in found] == ["2025-03-20/2025-03-21"]


def test_a_council_of_a_month_timing_a_decision_is_a_meeting(analyse):
    found = meetings(analyse, "Les chefs de gouvernement trancheront la question "
                              "lors du Conseil européen de juin.", "3 février 2025")
    assert [d for _, d, _ in found] == ["2025-06"]


def test_a_council_held_on_a_day_is_a_meeting(analyse):
    found = meetings(analyse, "Un Conseil européen extraordinaire consacré à l'Ukraine "
                              "doit se tenir à Bruxelles jeudi 6 mars.", "2 mars 2025")
    assert [d for _, d, _ in found] == ["2025-03-06"]


def test_a_council_of_the_alliance_held_is_a_meeting(analyse):
    found = meetings(analyse, "Jeudi, à Bruxelles, s'est tenu le Conseil de l'Atlantique Nord, en présence du "
                              "ministre ukrainien de la Défense, Roustem Oumerov.", "5 avril 2024")
    assert [(k, d) for k, d, _ in found] == [("Conseil de l'Atlantique Nord", "2024-04-04")]


def test_the_next_council_of_the_alliance_is_a_planned_meeting(analyse):
    found = meetings(analyse, "Le secrétaire général de l'OTAN, Mark Rutte, présentera "
                              "le plan au prochain Conseil de l'Atlantique Nord, le 14 mai.", "10 mai 2025")
    assert ("Conseil de l'Atlantique Nord", "2025-05-14", "planned") in found


# -- the institution, no meeting ----------------------------------------------------------------------------

def test_the_president_of_the_council_is_a_title(analyse):
    assert kinds(analyse, "Le président du Conseil européen, António Costa, a salué "
                          "lundi l'accord sur la défense.") == []


def test_the_council_deciding_is_the_institution(analyse):
    assert kinds(analyse, "Le Conseil européen a décidé mardi de prolonger les "
                          "sanctions contre la Russie.") == []


def test_the_security_council_adopting_a_resolution_is_no_meeting(analyse):
    assert kinds(analyse, "Le Conseil de sécurité de l'ONU a adopté lundi une résolution "
                          "sur Haïti.") == []


def test_an_envoy_to_the_north_atlantic_council_is_a_title(analyse):
    assert kinds(analyse, "L'ambassadeur de France auprès du Conseil de l'Atlantique "
                          "Nord a rappelé mardi l'engagement français.") == []
