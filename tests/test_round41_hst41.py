"""Meeting hosts, round 41: hosts told by nouns and relatives, texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"]) for m in doc._.meetings]


# -- a meeting noun, antecedent of a relative whose object pronoun a host verb takes: its subject hosts -----

def test_the_granter_of_an_audience_told_in_a_relative_hosts_it(analyse):
    found = hosts(analyse, "Lors de l'audience que lui a accordée le président Paul Biya mardi à Yaoundé, le "
                           "ministre Sébastien Lecornu a évoqué la coopération militaire.")
    assert found == [("audience", "biya")]


def test_a_relative_of_a_verb_that_hosts_nothing_names_no_host(analyse):
    found = hosts(analyse, "Lors de l'audience qu'a évoquée le président Paul Biya mardi à Yaoundé, le "
                           "ministre Sébastien Lecornu a parlé de la coopération militaire.")
    assert all(h != "biya" for _, h in found)


# -- a host marker whose noun an adjective qualifies (`à l'invitation personnelle de X`) ---------------------

def test_an_invitation_with_an_adjective_still_names_the_host(analyse):
    found = hosts(analyse, "Mardi, à l'invitation personnelle du président Paul Biya, le ministre Sébastien "
                           "Lecornu a effectué une visite à Yaoundé.")
    assert found == [("visite", "biya")]


def test_an_adjective_before_the_invitation_noun_too(analyse):
    found = hosts(analyse, "Le ministre Sébastien Lecornu a effectué mardi une visite à Yaoundé, à l'aimable "
                           "invitation du président Paul Biya.")
    assert found == [("visite", "biya")]


def test_an_invitation_of_a_country_names_no_person(analyse):
    found = hosts(analyse, "Mardi, à l'invitation officielle de la France, le ministre Sébastien Lecornu a "
                           "effectué une visite à Yaoundé.")
    assert found == [("visite", "")]


# -- `X, invité du président Y`: a guest noun whose `de` complement is a person names who receives ------------

def test_the_guest_of_a_person_is_received_by_that_person(analyse):
    found = hosts(analyse, "Le ministre Sébastien Lecornu, invité du président Paul Biya, s'est rendu mardi à "
                           "Yaoundé.")
    assert found == [("visite", "biya")]


def test_a_guest_noun_first_in_the_sentence(analyse):
    found = hosts(analyse, "Invitée du roi Philippe, la ministre Ludivine Dedonder a effectué mardi une visite au "
                           "palais de Laeken.")
    assert found == [("visite", "philippe")]


def test_the_guest_of_a_broadcaster_or_of_the_day_names_no_host(analyse):
    found = hosts(analyse, "Le ministre Sébastien Lecornu, invité de franceinfo, s'est rendu mardi à Yaoundé.")
    assert found == [("visite", "")]


def test_a_periphrasis_for_a_president_makes_no_meeting(analyse):
    assert hosts(analyse, "Mardi, l'hôte de la Maison-Blanche, Donald Trump, a annoncé de nouvelles sanctions "
                          "contre la Russie.") == []


def test_invited_to_do_something_names_no_host_by_the_guest_noun(analyse):
    found = hosts(analyse, "Le ministre Sébastien Lecornu, invité à participer mardi au sommet de Yaoundé, a "
                           "rencontré le président Paul Biya.")
    assert all(h != "biya" for _, h in found)


# -- the one who opens or closes a gathering hosts it; not a traveller ending his own trip --------------------

def test_the_opening_of_a_summit_by_a_person_names_its_host(analyse):
    found = hosts(analyse, "L'ouverture du sommet par le président Bola Tinubu mardi à Abuja a été suivie d'un huis "
                           "clos avec le président Patrice Talon.")
    assert found == [("sommet", "tinubu")]


def test_a_summit_opened_by_a_person_in_the_passive(analyse):
    found = hosts(analyse, "Le sommet a été ouvert mardi à Abuja par le président Bola Tinubu, en présence du "
                           "président Patrice Talon.")
    assert found == [("sommet", "tinubu")]


def test_the_one_who_closes_a_conference_hosts_it(analyse):
    found = hosts(analyse, "La présidente Viola Amherd a clôturé dimanche à Lucerne la conférence sur la paix en "
                           "présence du président Volodymyr Zelensky.")
    assert found == [("conférence", "amherd")]


def test_two_leaders_closing_a_visit_host_nothing_by_it(analyse):
    found = hosts(analyse, "Le président Abdelmadjid Tebboune et le président Emmanuel Macron ont clôturé samedi à "
                           "Alger une visite officielle de trois jours.")
    assert all(h == "" for _, h in found)


# -- `X sera l'hôte du sommet`: the copula's subject of a host noun whose `de` complement is the meeting ------

def test_the_subject_of_host_of_the_summit_hosts_it(analyse):
    found = hosts(analyse, "Du 3 au 5 mars, le président Joe Biden sera l'hôte du sommet des dirigeants à "
                           "Washington, en présence du président Paul Kagame.")
    assert found == [("sommet", "biden")]



# -- `le président du pays hôte, X`: who holds the role of the host country hosts ----------------------------

def test_the_leader_of_the_host_country_hosts_the_summit(analyse):
    found = hosts(analyse, "Le sommet de la Cédéao s'est ouvert mardi à Abuja en présence du président Patrice "
                           "Talon et du président du pays hôte, Bola Tinubu.")
    assert found == [("sommet", "tinubu")]


def test_a_leader_joined_after_the_host_country_is_no_host(analyse):
    found = hosts(analyse, "Le sommet s'est tenu mardi à Abuja en présence du chef de l'État du pays hôte, et du "
                           "président Patrice Talon.")
    assert all(h != "talon" for _, h in found)
