"""Organisations the lists do not hold, read from their shape, and what is no organisation (round 18,
`rules/institutions.yml` heads `arme`, `inspection`, `departement`, `brigade` in apposition;
`components/lexicon.py`, `components/entities.py`): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "14 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def orgs(doc) -> set[str]:
    return {e.text for e in [*doc.ents, *doc.spans.get("role_org_mentions", [])] if e.label_ == "ORG"}


def official(doc, surname: str) -> dict:
    return next(p for p in doc._.officials if p["name"].endswith(surname))


# -- a regiment named by its arm after its ordinal -------------------------------------------------------

def test_an_arm_after_its_ordinal_names_a_regiment(analyse):
    doc = analyse(article("Les soldats du 12e cuirassiers ont défilé mardi à Olivet devant le préfet."))
    assert "12e cuirassiers" in orgs(doc)


def test_a_regiment_an_officer_commands_is_his(analyse):
    doc = analyse(article("Le colonel Paul Morin commande le 2e dragons depuis l'été."))
    assert official(doc, "Morin")["organisation"] == "2e dragons"


def test_soldiers_of_an_arm_without_ordinal_are_no_unit(analyse):
    doc = analyse(article("Des tirailleurs sénégalais ont été honorés mardi à Dakar par le ministre."))
    assert not any("tirailleurs" in o for o in orgs(doc))


# -- an inspection, a department, whatever the capitals --------------------------------------------------

def test_an_inspection_keeps_its_complement_in_capitals(analyse):
    doc = analyse(article("Le ministre a été reçu mardi au siège de l'Inspection Générale des FAR à Rabat."))
    assert "Inspection Générale des FAR" in orgs(doc)
    assert "Inspection Générale" not in orgs(doc)


def test_a_lower_case_inspection_of_an_act_is_no_body(analyse):
    doc = analyse(article("L'inspection des véhicules a duré mardi toute la matinée au camp."))
    assert not any("inspection" in o.lower() for o in orgs(doc))


def test_a_ministry_named_department_keeps_its_demonym_and_portfolio(analyse):
    doc = analyse(article("Le ministre a été reçu mardi au département philippin de la Défense nationale, à Manille."))
    assert "département philippin de la Défense nationale" in orgs(doc)


def test_a_department_of_a_territory_is_no_body(analyse):
    doc = analyse(article("Le département du Var a accueilli mardi le salon de la défense à Toulon."))
    assert not any("département" in o for o in orgs(doc))


# -- a unit named right after its head -------------------------------------------------------------------

def test_a_brigade_named_in_apposition_is_its_commanders(analyse):
    doc = analyse(article("Le général Luca Bianchi, commandant de la brigade Folgore, a reçu mardi une délégation "
                          "française."))
    assert "brigade Folgore" in orgs(doc)
    assert official(doc, "Bianchi")["organisation"] == "brigade Folgore"


def test_a_force_named_after_the_role_is_no_person(analyse):
    doc = analyse(article("Le commandant de la force Barracuda, le général Henri Lemaire, a reçu jeudi une "
                          "délégation tchadienne."))
    assert [p["name"] for p in doc._.officials] == ["Henri Lemaire"]
    assert official(doc, "Lemaire")["organisation"] == "force Barracuda"


def test_a_brigade_alone_is_no_body(analyse):
    doc = analyse(article("La brigade a quitté mardi sa caserne de Livourne pour le Liban."))
    assert not any("brigade" in o for o in orgs(doc))


# -- a dateline's place in capitals is no organisation ---------------------------------------------------

def entities(doc, label: str) -> set[str]:
    return {e.text for e in doc.ents if e.label_ == label}


def test_a_dateline_with_a_dash_is_a_place(analyse):
    doc = analyse("Sommet\n\n14 mars 2024\n\nWASHINGTON – Le Premier ministre, Paul Weber, et le ministre des "
                  "Finances ont assisté mardi au sommet du G7 organisé à Washington.")
    assert "WASHINGTON" not in entities(doc, "ORG")
    assert "G7" in entities(doc, "ORG")


def test_a_dateline_of_two_words_in_capitals_is_one_place(analyse):
    doc = analyse("Sommet\n\n14 mars 2024\n\nSIEM REAP, 22 novembre (Xinhua) -- Le ministre chinois de la "
                  "Défense a rencontré mardi son homologue.")
    assert "REAP" not in entities(doc, "ORG")
    assert "SIEM REAP" in entities(doc, "LOC")


def test_a_rubric_with_a_dash_named_nowhere_else_is_no_place(analyse):
    doc = analyse("Sommet\n\n14 mars 2024\n\nANALYSE – Le report de la réunion des ministres inquiète l'OTAN.")
    assert "ANALYSE" not in entities(doc, "LOC")


# -- the demonym after a chief of staff's title ----------------------------------------------------------

def test_a_masculine_demonym_after_the_forces_is_the_chiefs(analyse):
    doc = analyse(article("Le chef d'état-major des armées français, le général Paul Morin, a reçu mardi son "
                          "homologue à Paris."))
    assert official(doc, "Morin")["organisation"] == "état-major des armées"


def test_a_demonym_agreeing_with_the_forces_names_them(analyse):
    doc = analyse(article("Le chef d'état-major des armées béninoises, le général Paul Agbo, a reçu mardi son "
                          "homologue à Cotonou."))
    assert official(doc, "Agbo")["organisation"] == "armées béninoises"


# -- an acronym with a year is an edition ----------------------------------------------------------------

def test_an_acronym_followed_by_a_year_is_no_body(analyse):
    doc = analyse(article("Le ministre a assisté mardi soir au match de la CAN 2027 entre le Maroc et le Sénégal."))
    assert "CAN" not in orgs(doc)


def test_an_acronym_followed_by_another_word_stays_the_body(analyse):
    doc = analyse(article("Le ministre a présenté mardi au CAN le plan de défense aérienne, avant la réunion de 2027."))
    assert "CAN" in orgs(doc)


# -- a listed name in lower case with an adjective of its own --------------------------------------------

def test_a_listed_name_qualified_in_lower_case_is_another_body(analyse):
    doc = analyse(article("Les deux généraux doivent préparer la prochaine session du comité militaire conjoint, "
                          "selon le communiqué publié mardi."))
    assert "comité militaire conjoint" in orgs(doc)
    assert "comité militaire" not in orgs(doc)


def test_a_listed_name_with_its_demonym_stays_that_countrys(analyse):
    doc = analyse(article("Le ministère de la Défense nationale algérien a publié mardi un communiqué."))
    assert not any(o.endswith("algérien") and o.startswith("ministère de la Défense ") and "nationale" not in o
                   for o in orgs(doc))
    assert any(o.startswith("ministère de la Défense nationale") for o in orgs(doc))


def test_a_session_after_an_indefinite_article_is_no_body(analyse):
    doc = analyse(article("Le ministre a présidé mardi un conseil de sécurité extraordinaire à Goma."))
    assert not any(o.startswith("conseil de sécurité") for o in orgs(doc))
