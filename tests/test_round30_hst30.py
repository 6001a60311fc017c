"""Meeting hosts, round 30: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"]) for m in doc._.meetings]


# -- a summit in the town of one side: that side's leader hosts it ---------------------------------------

SUMMIT = ("Un sommet consacré à la sécurité maritime s'est tenu samedi à {town} entre le président ghanéen "
          "John Mahama et le président ivoirien Alassane Ouattara.")


def test_a_summit_in_the_town_of_one_leader_is_hosted_by_him(analyse):
    assert hosts(analyse, SUMMIT.format(town="Accra")) == [("sommet", "mahama")]


def test_a_summit_on_neutral_ground_has_no_host(analyse):
    assert hosts(analyse, SUMMIT.format(town="Lomé")) == [("sommet", "")]


def test_a_summit_is_hosted_by_the_head_of_state_before_the_head_of_government(analyse):
    found = hosts(analyse, "Un sommet consacré à la défense européenne s'est tenu samedi à Paris entre le président "
                           "français Emmanuel Macron, le Premier ministre français François Bayrou et le chancelier "
                           "allemand Friedrich Merz.")
    assert found == [("sommet", "macron")]


# -- talks at home with several people of the place's country: the highest ranking of them hosts -----------

def test_talks_at_home_are_hosted_by_the_leader_among_several_of_the_place(analyse):
    found = hosts(analyse, "Le ministre ivoirien de la Défense Téné Birahima Ouattara s'est entretenu mardi à Accra "
                           "avec le président ghanéen John Mahama et le ministre ghanéen de la Défense Omane Boamah.")
    assert found == [("entretiens", "mahama")]


def test_two_ministers_of_the_place_name_no_host(analyse):
    found = hosts(analyse, "Le ministre ivoirien de la Défense Téné Birahima Ouattara s'est entretenu mardi à Accra "
                           "avec le ministre ghanéen des Affaires étrangères Samuel Ablakwa et le ministre ghanéen "
                           "de la Défense Omane Boamah.")
    assert found == [("entretiens", "")]


# -- in an interview, `je recevrai X` under an answer labelled with initials: the interviewee hosts ----------

INTERVIEW = ("ENTRETIEN\nJan Peeters : « La marine doit grandir »\n\n"
             "Le chef d'état-major de la marine belge, l'amiral Jan Peeters, détaille ses priorités.\n\n"
             "Q. : Quelle est votre priorité ?\n\n"
             "J. P. : Le recrutement. Il nous faut plusieurs centaines de marins de plus.\n\n"
             "Q. : Quels sont vos prochains rendez-vous ?\n\n"
             "J. P. : Je {verb} en mars mon homologue néerlandais, le général Onno Eichelsheim, pour faire le point "
             "sur la coopération navale.")


def test_the_interviewee_receiving_a_guest_hosts_him(analyse):
    doc = analyse(INTERVIEW.format(verb="recevrai"))
    assert [(m["host"], m["people"]) for m in doc._.meetings] == [("peeters", ["peeters", "eichelsheim"])]


def test_the_interviewee_meeting_a_counterpart_hosts_nothing(analyse):
    doc = analyse(INTERVIEW.format(verb="rencontrerai"))
    assert [(m["host"], m["people"]) for m in doc._.meetings] == [("", ["peeters", "eichelsheim"])]
