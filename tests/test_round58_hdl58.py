"""Headline meetings, round 58: a headline and its standfirst announce the story's main event, which the body
tells first. A headline meeting with no day of its own that writes its people otherwise (a surname, a title, a
shortened name) than the body joins the body's first meeting of its sort instead of standing alone. Texts of
our own, with counter-examples: a headline announcing a meeting to come over a body telling talks held, and a
headline naming another meeting than the body's."""

from __future__ import annotations

from conftest import page


def meetings(analyse, headline: str, body: str) -> list[tuple[str, list[str]]]:
    doc = analyse(page(body, headline=headline))
    return [(m["kind"], sorted(m["people"])) for m in doc._.meetings]


def kinds(analyse, headline: str, body: str) -> list[str]:
    return [kind for kind, _ in meetings(analyse, headline, body)]


# -- the headline names a person otherwise: the body's first meeting -----------------------------------------

def test_a_transliterated_name_in_the_headline_joins_the_audience_told_first(analyse):
    found = meetings(analyse, "Mohammed bin Salman reçoit le ministre français des Armées",
                     "Le prince héritier saoudien Mohammed ben Salmane a accordé mardi à Riyad une audience au "
                     "ministre des Armées Sébastien Lecornu. Les deux hommes ont évoqué la coopération navale.")
    assert found == [("audience", ["lecornu", "salmane"])]


def test_a_shortened_name_in_the_headline_joins_the_first_of_two_visits(analyse):
    found = meetings(analyse, "Cheikh Tamim reçoit le secrétaire général de l'OTAN",
                     "L'émir du Qatar, Tamim ben Hamad Al Thani, a reçu lundi à Doha le secrétaire général de "
                     "l'OTAN Mark Rutte. Mardi, Mark Rutte s'est rendu sur la base aérienne d'Al-Oudeid, où il a "
                     "été reçu par le général Salem ben Hamad Al Nabet.")
    assert len(found) == 2
    assert "thani" in found[0][1] and "tamim" not in found[0][1]


def test_a_name_in_another_alphabet_joins_the_body_talks(analyse):
    found = meetings(analyse, "Le président Loukachenko reçoit Sergueï Choïgou",
                     "Le président biélorusse Alexandre Loukachenka s'est entretenu jeudi à Minsk avec le "
                     "secrétaire du Conseil de sécurité russe Sergei Shoigu au sujet des manœuvres conjointes.")
    assert len(found) == 1
    assert "choigou" not in found[0][1]


def test_the_headline_at_a_fair_joins_the_first_of_two_body_meetings(analyse):
    found = meetings(analyse, "Cheikh Mohammed reçoit le chef d'état-major des armées françaises au salon IDEX",
                     "Le vice-président émirien Mohammed ben Rached Al Maktoum a reçu mercredi à Abou Dhabi le "
                     "général Thierry Burkhard, chef d'état-major des armées. Dans l'après-midi, le général "
                     "Burkhard a été reçu par le chef d'état-major émirien, le général Issa Saif Al Mazrouei.")
    assert len(found) == 2
    assert found[0][1] == ["burkhard", "maktoum"]


def test_a_spelling_of_the_surname_joins_the_body_meeting(analyse):
    found = meetings(analyse, "Le général Mody reçoit l'émissaire de la France",
                     "Le chef d'état-major des armées nigériennes, le général Salifou Modi, a reçu vendredi à "
                     "Niamey l'ambassadeur de France Sylvain Itté pour un entretien.")
    assert found == [("entretiens", ["itte", "modi"])]


# -- counter-examples: a meeting to come, or a headline of another day ----------------------------------------

def test_a_headline_announcing_a_meeting_to_come_stays_apart_from_the_talks_held(analyse):
    found = kinds(analyse, "Mohammed bin Salman rencontrera le président français à Paris",
                  "Le prince héritier saoudien Mohammed ben Salmane s'est entretenu mardi par téléphone avec "
                  "le ministre des Armées Sébastien Lecornu.")
    assert len(found) == 2


def test_a_headline_with_a_day_of_its_own_stays_apart(analyse):
    found = kinds(analyse, "Le 3 février, Cheikh Tamim avait reçu le ministre français à Doha",
                  "L'émir Tamim ben Hamad Al Thani a accordé lundi 10 mars à Doha une audience au secrétaire "
                  "général de l'OTAN Mark Rutte.")
    assert len(found) == 2
