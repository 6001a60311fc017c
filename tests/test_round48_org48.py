"""Names of bodies, round 48: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def orgs(analyse, body: str) -> list[str]:
    return [e.text for e in analyse(page(body)).ents if e.label_ == "ORG"]


# -- `en matière de politique, de défense et de sécurité`: an enumeration of `de`-phrases closed by `et de` --

def test_an_enumeration_of_lower_case_complements_stays_in_the_name(analyse):
    found = orgs(analyse, "Le sénateur a présidé mardi la Commission des affaires étrangères, de la défense et des "
                          "forces armées, qui examinait le budget.")
    assert "Commission des affaires étrangères, de la défense et des forces armées" in found


def test_an_enumeration_of_a_ministry_s_portfolios_stays_in_the_name(analyse):
    found = orgs(analyse, "Un communiqué du ministère de l'Intérieur, de la Sécurité publique et de la Protection "
                          "civile annonce de nouvelles mesures.")
    assert "ministère de l'Intérieur, de la Sécurité publique et de la Protection civile" in found


def test_a_standing_organ_of_a_community_is_named_with_its_enumeration(analyse):
    found = orgs(analyse, "Le chef de l'État zambien assure désormais la présidence de l'Organe de coopération en "
                          "matière de politique, de défense et de sécurité de la communauté régionale.")
    assert any(o.startswith("Organe de coopération en matière de politique, de défense et de sécurité") for o in found)


def test_a_list_of_people_after_a_body_is_no_enumeration_of_its_name(analyse):
    found = orgs(analyse, "Des représentants du ministère de la Défense, des officiers et des diplomates ont assisté "
                          "à la cérémonie.")
    assert "ministère de la Défense" in found
    assert not any("officiers" in o for o in found)


def test_a_comma_before_an_incise_closes_the_name(analyse):
    found = orgs(analyse, "La Commission de la défense, de son côté, a adopté le texte jeudi.")
    assert not any("côté" in o for o in found)


def test_a_press_organ_is_no_body(analyse):
    assert not any(o.lower().startswith("organe") for o in orgs(
        analyse, "Un organe de presse local a publié la liste des participants lundi."))


def test_an_enumeration_of_bodies_of_the_lists_is_several_bodies(analyse):
    found = orgs(analyse, "Une mission d'observation de la CEDEAO, de l'Union africaine et des Nations unies est "
                          "arrivée lundi à Bissau.")
    assert not any("Union africaine" in o and "CEDEAO" in o for o in found)


def test_an_enumeration_of_capitalised_bodies_after_forces_is_several_bodies(analyse):
    found = orgs(analyse, "Des unités des Forces de défense aérienne du territoire, de la Gendarmerie nationale et de "
                          "la Garde républicaine ont défilé.")
    assert not any("Gendarmerie" in o and "territoire" in o for o in found)


# -- `organe`: a body's head only with its capital inside a sentence -------------------------------------

def test_an_organ_described_in_lower_case_is_no_name(analyse):
    found = orgs(analyse, "Le ministre a pris la parole devant le Conseil de l'Atlantique Nord, le principal organe "
                          "de décision de l'Alliance.")
    assert not any(o.lower().startswith("organe") for o in found)


def test_an_organ_opening_a_sentence_owes_its_capital_to_its_place(analyse):
    found = orgs(analyse, "Organe consultatif de la Communauté, le comité des chefs d'état-major se réunit chaque "
                          "année à Abuja.")
    assert not any(o.startswith("Organe") for o in found)


def test_an_organ_written_with_its_capital_inside_a_sentence_is_a_name(analyse):
    found = orgs(analyse, "Le président sud-africain a quitté la tête de l'Organe de coopération en matière de "
                          "politique, de défense et de sécurité en août.")
    assert "Organe de coopération en matière de politique, de défense et de sécurité" in found


def test_a_capitalised_head_alone_on_its_line_keeps_its_capital(analyse):
    doc = analyse(page("Défense néerlandaise\n\nLe ministre a accueilli lundi à La Haye ses homologues du Benelux "
                       "pour une réunion sur la défense aérienne."))
    assert any(e.text == "Défense néerlandaise" for e in doc.ents if e.label_ == "ORG")
