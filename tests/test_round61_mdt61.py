"""Meeting dates, round 61: a meeting noun in the subject of a modal (`devaient s'ouvrir ce vendredi`,
`pourrait se tenir le 20 mars`) is dated by the day complementing the infinitive; an object relative on the
meeting noun whose verb is one of `conduct_verbs` (`que les deux chefs devaient effectuer ce vendredi`)
dates it even where the parser hung the clause on another word. Texts of our own (published Thursday
14 March 2024), with counter-examples."""

from __future__ import annotations

from conftest import page


def dates(analyse, body: str) -> list[str]:
    return [m["date"] for m in analyse(page(body))._.meetings]


# -- a meeting noun, subject of a modal: the day of the infinitive ------------------------------------------

def test_talks_that_were_to_open_this_friday(analyse):
    # `ce vendredi`, complement of `s'ouvrir`, not the publication day
    assert dates(analyse, "Des pourparlers directs entre le ministre Jean Dupuis et le général Paul Mercier "
                          "devaient s'ouvrir ce vendredi à Genève.") == ["2024-03-15"]


def test_meeting_that_could_be_held_on_a_day(analyse):
    assert dates(analyse, "La réunion entre la ministre Claire Lambert et son homologue Marco Bellini "
                          "pourrait se tenir le 20 mars à Rome.") == ["2024-03-20"]


def test_talks_going_to_resume_on_monday(analyse):
    assert dates(analyse, "Les entretiens entre le ministre Jean Dupuis et le général Paul Mercier vont "
                          "reprendre lundi à Genève.") == ["2024-03-18"]


def test_date_under_a_complement_of_the_infinitive_is_not_the_meetings(analyse):
    # counter-example: `du 20 mars` dates the summit the meeting prepares, not the meeting
    assert "2024-03-20" not in dates(analyse, "La rencontre entre le ministre Jean Dupuis et le général Paul "
                                              "Mercier doit permettre de préparer le sommet du 20 mars.")


# -- an object relative whose verb conducts the meeting ---------------------------------------------------

def test_visit_the_two_chiefs_were_to_make_this_friday(analyse):
    assert dates(analyse, "Contretemps : la visite du centre des opérations, que le ministre Jean Dupuis et le "
                          "général Paul Mercier devaient effectuer ce vendredi, a été annulée.") == ["2024-03-15"]


def test_relative_with_an_object_of_its_own_is_no_relative_of_the_meeting(analyse):
    # counter-example: `qu'` opens what was said at the meeting (`effectuerait une visite`), not its clause
    assert "2024-03-20" not in dates(analyse, "Le ministre Jean Dupuis a indiqué lors de son entretien avec le "
                                              "général Paul Mercier qu'il effectuerait une tournée le 20 mars.")


def test_visit_that_is_to_end_on_a_day_is_not_dated_by_its_end(analyse):
    # counter-example: `doit s'achever samedi` gives the visit's last day, not the day of the talks told first
    found = dates(analyse, "Le ministre Jean Dupuis a été reçu mercredi à Rome par son homologue Marco Bellini. "
                           "La visite du ministre en Italie doit s'achever samedi.")
    assert found[0] == "2024-03-13" and "2024-03-16" not in found


# -- a participle of holding after a place set off by commas -------------------------------------------

def test_summit_in_a_country_then_organised_from_to(analyse):
    # `, au Canada,` stands between the summit and the participle that dates it: the whole range
    found = dates(analyse, "Le président Jean Dupuis a fait escale à Reykjavik en route vers le sommet du G7 de "
                           "Kananaskis, au Canada, organisé du 15 au 17 juin par le Premier ministre Marc Carrier.")
    assert "2024-06-15/2024-06-17" in found


def test_participle_after_a_place_that_is_not_of_holding_dates_nothing(analyse):
    # counter-example: `annoncé le 2 mars` dates the announcement, not the summit
    found = dates(analyse, "Le président Jean Dupuis se rendra au sommet du G7 de Kananaskis, au Canada, annoncé "
                           "le 2 mars par le Premier ministre Marc Carrier.")
    assert "2024-03-02" not in found
