"""Meeting hosts, round 33: who invites hosts the visit. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def visits(analyse, body: str) -> list[tuple[str, str, list[str]]]:
    doc = analyse(page(body))
    return [(m["host"], sorted(m["people"])) for m in doc._.meetings if m["kind"].startswith("visite")]


# -- `X a invité Y à effectuer une visite`: the inviter hosts, the invited comes -------------------------

def test_who_invites_another_to_make_a_visit_hosts_it(analyse):
    found = visits(analyse, "Le président Andrzej Duda a invité mardi le chancelier Olaf Scholz à effectuer une "
                            "visite officielle en Pologne.")
    assert found == [("duda", ["duda", "scholz"])]


def test_who_encourages_another_to_make_a_visit_hosts_nothing(analyse):
    found = visits(analyse, "Le président Andrzej Duda a encouragé mardi le chancelier Olaf Scholz à effectuer une "
                            "visite officielle en Ukraine.")
    assert [h for h, _ in found] == [""]


# -- `Le Souverain a invité X ...`: the title (a term of `roi`) stands for the king named before -----------------------

def test_the_sovereign_by_his_title_hosts_the_visit_he_invites_to(analyse):
    found = visits(analyse, "Le roi Abdallah II a présidé lundi une réunion du gouvernement à Amman. Le Souverain a "
                            "invité le président Emmanuel Macron à effectuer prochainement une visite officielle "
                            "en Jordanie.")
    assert found == [("abdallah ii", ["abdallah ii", "macron"])]


def test_the_sovereign_by_his_title_names_no_one_where_no_king_was_named(analyse):
    found = visits(analyse, "Le président Andrzej Duda a présidé lundi une réunion du gouvernement à Varsovie. Le "
                            "Souverain a invité le président Emmanuel Macron à effectuer prochainement une visite "
                            "officielle en Jordanie.")
    assert [h for h, _ in found] == [""]


def test_the_agent_of_a_passive_invitation_hosts_the_visit(analyse):
    found = visits(analyse, "Le chancelier Olaf Scholz a été invité par le président Andrzej Duda à effectuer une "
                            "visite d'Etat en Pologne.")
    assert found == [("duda", ["duda", "scholz"])]


def test_the_agent_of_a_passive_encouragement_hosts_nothing(analyse):
    found = visits(analyse, "Le chancelier Olaf Scholz a été encouragé par le président Andrzej Duda à effectuer une "
                            "visite d'Etat en Ukraine.")
    assert [h for h, _ in found] == [""]


# -- `le ministre secrétaire général a reçu`: a title written in two halves refers to the one holding both --

CABINET = ("Le général Ousmane Diallo, ministre secrétaire général de la Présidence, est arrivé vendredi à Berlin. "
           "Il est accompagné du ministre des Affaires étrangères, Ibrahima Sow. ")


def test_a_title_in_two_halves_refers_to_its_holder_not_the_minister_named_last(analyse):
    found = hosts_of(analyse, CABINET + "Samedi, le ministre secrétaire général de la Présidence a reçu en audience "
                                       "le ministre tchèque de la Défense, Pavel Novak.")
    assert ("audience", "diallo") in found


def test_a_title_in_one_half_still_refers_to_the_minister_named_last(analyse):
    found = hosts_of(analyse, CABINET + "Samedi, le ministre a reçu en audience le ministre tchèque de la "
                                       "Défense, Pavel Novak.")
    assert ("audience", "sow") in found


def hosts_of(analyse, body: str) -> list[tuple[str, str]]:
    return [(m["kind"], m["host"]) for m in analyse(page(body))._.meetings]
