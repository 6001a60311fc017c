"""Meeting hosts, round 25: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"]) for m in doc._.meetings]


# -- a detached past participle (`Reçu par X, Y a ...`) is a passive: its agent hosts ------------------

def test_a_detached_participle_is_hosted_by_its_agent_not_the_main_subject(analyse):
    found = hosts(analyse, "Reçu vendredi au palais de Cotroceni par Klaus Iohannis, le président moldave Igor "
                           "Dodon a quitté Bucarest plus tôt que prévu, après un échange tendu.")
    assert [h for _, h in found] == ["iohannis"]


def test_a_present_participle_leaves_the_main_subject_host(analyse):
    found = hosts(analyse, "Recevant vendredi au palais de Cotroceni le président moldave Igor Dodon, Klaus "
                           "Iohannis a salué un partenariat solide.")
    assert [h for _, h in found] == ["iohannis"]


# -- `à l'invitation de son homologue N` naming no one: the one official of that country ---------------

INVITED = ("Le ministre estonien de la Défense Hanno Pevkur a présenté sa stratégie navale. Le ministre letton "
           "de la Défense Andris Sprūds a salué le projet. Le 3 mars, c'est le ministre letton qui s'était rendu "
           "à Tallinn, à l'invitation de son homologue {demonym}.")


def test_an_invitation_by_an_unnamed_counterpart_is_hosted_by_the_official_of_that_country(analyse):
    found = hosts(analyse, INVITED.format(demonym="estonien"))
    assert ("visite", "pevkur") in found


def test_an_invitation_by_a_counterpart_of_a_country_nobody_holds_names_no_host(analyse):
    found = hosts(analyse, INVITED.format(demonym="lituanien"))
    assert all(h != "pevkur" for _, h in found)


# -- a pair met in the country of neither known side: the official the place brings in is at home -------

def test_an_official_of_no_stated_country_first_named_at_the_place_hosts_the_visitor(analyse):
    found = hosts(analyse, "Le ministre letton de la Défense Andris Sprūds a présenté mardi sa stratégie navale. "
                           "Il est attendu jeudi en Pologne, où il doit s'entretenir avec le président Andrzej Duda.")
    assert ("entretiens", "duda") in found or ("entretien", "duda") in found


def test_the_storys_own_official_of_no_stated_country_hosts_nothing_abroad(analyse):
    found = hosts(analyse, "Le ministre Pål Jonson a présenté mardi sa stratégie navale. Il est attendu jeudi en "
                           "Pologne, où il doit s'entretenir avec le ministre letton de la Défense Andris Sprūds.")
    assert [h for _, h in found] == [""]


# -- an audience is granted: `accordée par X`, `X a accordé une audience`, `une audience avec X` ----------

def test_an_audience_granted_by_a_president_is_a_meeting_he_hosts(analyse):
    found = hosts(analyse, "Le président polonais Andrzej Duda a accordé mardi une audience au ministre letton de "
                           "la Défense Andris Sprūds.")
    assert found == [("audience", "duda")]


def test_an_interview_granted_to_a_paper_is_no_meeting(analyse):
    found = hosts(analyse, "Le ministre letton de la Défense Andris Sprūds a accordé mardi un entretien au "
                           "journal Diena.")
    assert found == []


def test_an_audience_with_a_president_is_hosted_by_him(analyse):
    found = hosts(analyse, "Le ministre letton de la Défense Andris Sprūds a eu mardi une audience avec le "
                           "président polonais Andrzej Duda.")
    assert found == [("audience", "duda")]


def test_talks_with_a_president_name_no_host_of_their_own(analyse):
    found = hosts(analyse, "Le ministre letton de la Défense Andris Sprūds a eu mardi un entretien avec le "
                           "président polonais Andrzej Duda.")
    assert [h for _, h in found] == [""]


# -- the house of an office: a royal palace is the king's --------------------------------------------

def test_a_meeting_at_a_royal_palace_is_hosted_by_the_king(analyse):
    found = hosts(analyse, "Le ministre letton de la Défense Andris Sprūds a rencontré mardi le roi Felipe VI au "
                           "palais royal de Madrid.")
    assert [h for _, h in found] == ["felipe vi"]


def test_a_meeting_at_a_royal_palace_without_its_king_names_no_host(analyse):
    found = hosts(analyse, "Le ministre letton de la Défense Andris Sprūds a rencontré mardi le président Alar "
                           "Karis au palais royal de Madrid.")
    assert [h for _, h in found] == [""]
