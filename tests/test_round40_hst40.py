"""Meeting hosts, round 40: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"]) for m in doc._.meetings]


# -- `sur invitation de X` names the host as `à l'invitation de X` does ----------------------------------------

def test_a_visit_made_on_the_invitation_of_an_official_is_hosted_by_him(analyse):
    found = hosts(analyse, "Le ministre Sering Modou Njie a effectué mardi une visite à Dakar sur invitation du "
                           "ministre Birame Diop.")
    assert found == [("visite", "diop")]


def test_the_article_form_of_the_invitation_marker_names_the_host_too(analyse):
    found = hosts(analyse, "Sur l'invitation du général Birame Diop, le ministre Sering Modou Njie a effectué "
                           "mardi une visite à Dakar.")
    assert found == [("visite", "diop")]


def test_a_visit_made_on_the_instruction_of_an_official_is_not_hosted_by_him(analyse):
    found = hosts(analyse, "Le ministre Sering Modou Njie a effectué mardi une visite à Dakar sur instruction du "
                           "président Adama Barrow.")
    assert found == [("visite", "")]


# -- a partner described as staying or passing through is the visitor: the verb's subject receives him --------

def test_a_partner_staying_in_the_capital_is_received_by_the_subject(analyse):
    # the parser reads this active subject as `nsubj:pass`: still the subject who received the visitor
    found = hosts(analyse, "Le ministre Luc Mbarga a, dans la foulée, échangé avec le général Michel Bernard, "
                           "en séjour dans la capitale.")
    assert found == [("échange", "mbarga")]


def test_a_partner_met_in_the_capital_without_a_stay_told_names_no_host(analyse):
    found = hosts(analyse, "Le ministre Luc Mbarga a, dans la foulée, échangé avec le général Michel Bernard "
                           "dans la capitale.")
    assert found == [("échange", "")]


def test_a_partner_passing_through_is_received_by_the_subject(analyse):
    found = hosts(analyse, "Le ministre Guido Crosetto a eu mardi une séance de travail avec le général Frederik "
                           "Vansina, de passage à Rome.")
    assert [h for _, h in found] == ["crosetto"]


def test_a_partner_met_in_a_town_without_passing_through_names_no_host(analyse):
    found = hosts(analyse, "Le ministre Guido Crosetto a eu mardi une séance de travail avec le général Frederik "
                           "Vansina à Rome.")
    assert [h for _, h in found] == [""]


# -- `X a convié Y à un dîner`: who invites to a meal of his own hosts it ---------------------------------------

def test_who_invites_a_guest_to_a_lunch_hosts_it(analyse):
    found = hosts(analyse, "La reine Mathilde a convié mardi le président Alexander Stubb à un déjeuner au "
                           "château de Laeken.")
    assert found == [("déjeuner", "mathilde")]


def test_who_invites_a_guest_to_a_summit_named_as_a_known_gathering_does_not_host_it(analyse):
    found = hosts(analyse, "Le ministre Guido Crosetto a convié mardi le général Frederik Vansina au sommet de "
                           "l'OTAN.")
    assert [h for _, h in found] == [""]


# -- `X a été reçu au palais présidentiel` (no agent): the one holder of that office of the visited country -----

def test_a_visitor_received_at_the_presidential_palace_is_hosted_by_the_president_of_the_place(analyse):
    found = hosts(analyse, "Le ministre malien de la Défense Sadio Camara a été reçu mardi au palais présidentiel "
                           "de Niamey. Le président nigérien Abdourahamane Tiani et le président burkinabè Ibrahim "
                           "Traoré ont salué la coopération.")
    assert found == [("visite", "tiani")]


def test_a_visitor_received_at_the_palace_of_no_place_and_two_presidents_told_names_no_host(analyse):
    found = hosts(analyse, "Le ministre malien de la Défense Sadio Camara a été reçu mardi au palais présidentiel. "
                           "Le président nigérien Abdourahamane Tiani et le président burkinabè Ibrahim Traoré ont "
                           "salué la coopération.")
    assert found == [("visite", "")]


def test_a_visitor_of_no_known_country_received_at_the_palace_names_no_host(analyse):
    found = hosts(analyse, "Le ministre Sadio Camara a été reçu mardi au palais présidentiel. Le président "
                           "burkinabè Ibrahim Traoré a salué la coopération.")
    assert found == [("visite", "")]


# -- `X a rendu visite au président Y`: the person visited receives, as with `s'est rendu auprès de Y` ----------

def test_the_person_one_pays_a_visit_to_hosts_it(analyse):
    found = hosts(analyse, "La ministre Ludivine Dedonder a rendu visite mardi au roi Philippe au palais de Laeken.")
    assert found == [("visite", "philippe")]


def test_a_courtesy_visit_paid_to_a_president_is_hosted_by_him(analyse):
    found = hosts(analyse, "Le ministre français Sébastien Lecornu a rendu une visite de courtoisie mardi au "
                           "président ivoirien Alassane Ouattara.")
    assert [h for _, h in found] == ["ouattara"]


def test_a_visit_paid_to_troops_names_no_host(analyse):
    found = hosts(analyse, "Le ministre Sébastien Lecornu a rendu visite mardi aux soldats français déployés à "
                           "Abidjan.")
    assert [h for _, h in found] == [""]


def test_a_visit_to_a_town_where_an_officer_is_met_is_no_visit_paid_to_him(analyse):
    found = hosts(analyse, "Le ministre Sébastien Lecornu a effectué mardi une visite à Abidjan, où il a rencontré "
                           "le général Lassina Doumbia.")
    assert [h for _, h in found] == [""]
