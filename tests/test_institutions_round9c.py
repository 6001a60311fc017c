"""Organisations the institution grammar did not read (issue #10, round 9c): lower-case bodies marked by a
membership or a chair, a capitalised parent body after a lower-case name, a country's forces named with a
`de`-phrase and a demonym, a time phrase or a missed verb after a name, armed groups of the lists, and
`le Souverain` (a title, no body).

Each behaviour has its counter-example. All sentences are written for these tests.
"""

from __future__ import annotations

HEADER = "Actualités de la défense\n\n"


def orgs(doc) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "ORG"]


def test_a_membership_marks_a_lower_case_body(analyse):
    doc = analyse(HEADER + "La sénatrice, membre de la commission des forces armées, a voté contre le budget.")
    assert "commission des forces armées" in orgs(doc)


def test_a_lower_case_body_without_membership_is_no_name(analyse):
    """Counter-example: spoken of, not sat in, `la commission des finances` bears no mark."""
    doc = analyse(HEADER + "Le député a parlé de la commission des finances avec ses collègues.")
    assert not [o for o in orgs(doc) if o.startswith("commission")]


def test_a_chair_marks_a_body_and_its_coordinated_regions(analyse):
    doc = analyse(HEADER + "Le député, président de la sous-commission de l'Asie et du Pacifique, "
                           "a rencontré le ministre.")
    assert "sous-commission de l'Asie et du Pacifique" in orgs(doc)


def test_a_chair_of_a_capitalised_body_is_no_new_name(analyse):
    """Counter-example: `présidente du Conseil italien` is a title; the chair marks only lower-case bodies."""
    doc = analyse(HEADER + "La présidente du Conseil italien a reçu le ministre à Rome.")
    assert "Conseil italien" not in orgs(doc)


def test_a_capitalised_parent_body_is_a_name_of_its_own(analyse):
    doc = analyse(HEADER + "Le rapport de la commission des affaires étrangères de la Chambre des députés "
                           "sera publié.")
    assert {"commission des affaires étrangères", "Chambre des députés"} <= set(orgs(doc))


def test_plural_bodies_of_a_named_parent(analyse):
    doc = analyse(HEADER + "Le texte a été examiné par les commissions des finances des Chambres fédérales "
                           "la semaine dernière.")
    assert {"commissions des finances", "Chambres fédérales"} <= set(orgs(doc))


def test_plural_units_of_a_lower_case_force_stay_a_kind(analyse):
    """Counter-example: `des escadrons de chasse de l'armée de l'Air` speaks of a kind of units."""
    doc = analyse(HEADER + "Des escadrons de chasse de l'armée de l'Air ont décollé de la base.")
    assert not [o for o in orgs(doc) if o.startswith("escadrons")]


def test_forces_with_a_de_phrase_and_a_demonym(analyse):
    doc = analyse(HEADER + "Le gouvernement a salué le courage des forces de sécurité maliennes face aux jihadistes.")
    assert "forces de sécurité maliennes" in orgs(doc)


def test_a_single_force_with_a_demonym_is_no_body(analyse):
    """Counter-example: `la force de frappe française` is a means, not a body."""
    doc = analyse(HEADER + "La force de frappe française reste le pilier de la dissuasion.")
    assert not [o for o in orgs(doc) if o.startswith("force")]


def test_a_time_phrase_ends_a_name(analyse):
    doc = analyse(HEADER + "La réforme a occupé le Conseil des ministres en fin de semaine dernière.")
    assert "Conseil des ministres" in orgs(doc)
    assert not [o for o in orgs(doc) if "semaine" in o]


def test_en_and_a_bare_noun_still_qualify_a_force(analyse):
    """Counter-example: `en attente` is no time phrase."""
    doc = analyse(HEADER + "Les chefs d'état-major ont évoqué la Force en attente de l'organisation régionale.")
    assert [o for o in orgs(doc) if o.startswith("Force en attente")]


def test_a_model_name_ends_before_the_verb_the_tagger_missed(analyse):
    doc = analyse(HEADER + "Le Parlement fédéral débat de plusieurs propositions sur la neutralité.")
    assert "Parlement fédéral" in orgs(doc)
    assert not [o for o in orgs(doc) if "débat" in o]


def test_a_name_in_a_sentence_with_its_verb_is_kept(analyse):
    """Counter-example: with a finite verb found, the model's name is left whole."""
    doc = analyse(HEADER + "Le Grand Conseil genevois examine ce texte depuis lundi.")
    assert "Grand Conseil genevois" in orgs(doc)


def test_armed_groups_of_the_lists(analyse):
    doc = analyse(HEADER + "Les combattants de Boko Haram ont attaqué un poste tenu par l'armée.")
    assert "Boko Haram" in orgs(doc)


def test_the_sovereign_is_a_title_not_a_body(analyse):
    doc = analyse(HEADER + "La visite a été préparée par le Souverain et son gouvernement.")
    assert [e.label_ for e in doc.ents if e.text == "Souverain"] == ["ROLE"]  # the king's title (roles.yml)


def test_a_plural_demonym_after_two_coordinated_armies_is_neither_name(analyse):
    doc = analyse(HEADER + "Des unités de l'armée de terre et de l'armée de l'air sénégalaises ont participé "
                           "à l'exercice.")
    assert not [o for o in orgs(doc) if o.endswith("sénégalaises")]


def test_a_singular_demonym_closes_the_name(analyse):
    """Counter-example: the demonym agrees with the one army it follows."""
    doc = analyse(HEADER + "Des unités de l'armée de l'air sénégalaise ont participé à l'exercice.")
    assert "armée de l'air sénégalaise" in orgs(doc)
