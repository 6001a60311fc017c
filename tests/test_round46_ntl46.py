"""Multilateral meetings, round 46: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"], m["status"]) for m in doc._.meetings]


# -- a trailing past participle (`..., organisée à Ramstein`) describes the meeting: the subject of the
#    main verb only took part, the chair named after hosts --------------------------------------------

CHAIR = " La réunion s'est tenue sous la présidence du secrétaire américain à la Défense, Lloyd Austin."


def test_a_trailing_participle_of_the_meeting_makes_no_host_of_the_participant(analyse):
    found = meetings(analyse, "La ministre de la Défense, Ludivine Dedonder, a participé ce vendredi à la 24e "
                              "réunion du Groupe de contact pour la défense de l'Ukraine (UDCG), organisée pour la "
                              "première fois depuis plusieurs mois en présentiel sur la base aérienne de Ramstein, "
                              "en Allemagne." + CHAIR)
    assert [h for _, h, _ in found] == ["austin"]


def test_a_trailing_participle_with_no_chair_names_no_host(analyse):
    found = meetings(analyse, "Le ministre néerlandais de la Défense, Ruben Brekelmans, a pris part mardi à la "
                              "réunion des ministres de la Défense (UDCG), organisée pour la première fois à "
                              "Bruxelles.")
    assert found and all(h != "brekelmans" for _, h, _ in found)


def test_the_subject_of_an_active_host_verb_still_hosts(analyse):
    found = meetings(analyse, "Le ministre néerlandais de la Défense, Ruben Brekelmans, a organisé mardi une "
                              "réunion des ministres de la Défense à La Haye.")
    assert [h for _, h, _ in found] == ["brekelmans"]


def test_a_participle_set_before_the_main_clause_still_names_its_agent(analyse):
    found = meetings(analyse, "Reçu par le président Klaus Iohannis au palais Cotroceni, le secrétaire général "
                              "Jens Stoltenberg a évoqué la sécurité de la mer Noire.")
    assert [h for _, h, _ in found] == ["iohannis"]


# -- `a annoncé` hung by the parser on the verb of a relative clause (`dont le pays accueillait la
#    réunion, a annoncé ...`) is another clause's verb: the meeting is no announced one -----------------

def test_a_compound_tense_hung_on_the_meeting_verb_does_not_make_it_planned(analyse):
    found = meetings(analyse, "Le ministre allemand de la Défense, Boris Pistorius, dont le pays accueillait la "
                              "réunion, a annoncé la livraison de douze obusiers.")
    assert [s for _, _, s in found] == ["held"]


def test_a_meeting_said_planned_stays_planned(analyse):
    found = meetings(analyse, "La prochaine réunion du groupe de contact est prévue le 12 octobre 2024 à Ramstein.")
    assert [s for _, _, s in found] == ["planned"]


# -- the Triangle de Weimar, a standing format of three foreign ministers, is a body; the town is a place ----

def orgs(analyse, body: str) -> list[str]:
    return [e.text for e in analyse(page(body)).ents if e.label_ == "ORG"]


def test_the_weimar_triangle_is_a_body(analyse):
    assert "Triangle de Weimar" in orgs(analyse, "Les ministres des Affaires étrangères du Triangle de Weimar se "
                                                 "sont réunis mercredi à Paris.")


def test_the_town_of_weimar_is_no_body(analyse):
    assert not any("Weimar" in o for o in orgs(analyse, "Les trois ministres se sont réunis mercredi à Weimar, "
                                                        "en Thuringe."))
