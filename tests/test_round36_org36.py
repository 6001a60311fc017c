"""Organisations as entities and as officials' affiliations, round 36: texts of our own, each behaviour with a
counter-example that must not change."""

from __future__ import annotations

from conftest import page


def orgs(analyse, text: str) -> dict[str, str]:
    """Text -> normalized name of every ORG the tables would hold (entities and mentions inside roles)."""
    doc = analyse(text)
    found = [*doc.ents, *doc.spans.get("role_org_mentions", []), *doc.spans.get("inner_org_mentions", [])]
    return {e.text: e._.normalized for e in found if e.label_ == "ORG"}


def official(analyse, text: str, surname: str) -> dict:
    doc = analyse(page(text))
    return next(p for p in doc._.officials if p["name"].endswith(surname))


# -- `élu à la présidence de la République`: the office taken, not the presidency's services -----------------

def test_the_presidency_a_man_is_elected_to_is_an_office(analyse):
    found = orgs(analyse, page("Trois semaines après l'élection de Marc Dufresne à la présidence de la République, "
                               "le gouvernement a tenu sa première réunion mardi."))
    assert "présidence de la République" not in found


def test_the_presidency_a_minister_is_received_at_stays_a_body(analyse):
    found = orgs(analyse, page("Le ministre Marc Dufresne a été reçu mardi à la présidence de la République, "
                               "où il a présenté la loi de programmation militaire."))
    assert found.get("présidence de la République") == "Présidence de la République"


def test_a_weekday_opening_the_sentence_is_still_no_organisation(analyse):
    found = orgs(analyse, page("Mardi, le candidat Marc Dufresne a annoncé sa candidature à la présidence. "
                               "Le croiseur Jeanne d'Arc est entré au port."))
    assert not any(name in found for name in ("Mardi", "présidence", "Jeanne d'Arc"))


# -- `la présidente de la Commission, X`: the short name inside the title is the official's organisation -----

def test_the_commission_named_in_the_title_is_the_officials_organisation(analyse):
    person = official(analyse, "Les chefs d'État de l'Union européenne se sont réunis jeudi à Bruxelles. Ils ont "
                               "été accueillis par la présidente de la Commission, Ingrid Valmont.", "Valmont")
    assert person["organisation"] == "Commission européenne"


def test_a_commission_in_a_text_without_the_union_names_no_organisation(analyse):
    person = official(analyse, "Les députés se sont réunis jeudi à Paris. Ils ont été accueillis par la présidente "
                               "de la Commission, Ingrid Valmont.", "Valmont")
    assert person["organisation"] != "Commission européenne"


# -- an acronym the text defines names that body inside a longer name too, not the lists' namesake -----------

def test_an_acronym_defined_by_the_text_wins_inside_a_longer_name(analyse):
    found = orgs(analyse, page("Le chef des Forces armées congolaises (FAC) a reçu mardi ses officiers, en présence "
                               "de cadres de l'état-major général des FAC."))
    assert found.get("FAC") == "Forces armées congolaises"


def test_the_lists_acronym_stays_where_the_text_defines_none(analyse):
    found = orgs(analyse, page("Le ministre canadien de la Défense a reçu mardi les officiers de l'état-major "
                               "général des FAC à Ottawa."))
    assert found.get("FAC") == "FAC"  # the lists' body (not the text's), under the name the text writes


# -- the European corps under the name it bears since 1993 ----------------------------------------------------

def test_eurocorps_is_named_eurocorps(analyse):
    found = orgs(analyse, page("Le général Paul Mertens a servi au quartier général de l'Eurocorps à Strasbourg."))
    assert found.get("Eurocorps") == "Eurocorps"


def test_the_old_name_of_eurocorps_is_the_same_body(analyse):
    found = orgs(analyse, page("Le général Paul Mertens a servi au Corps européen à Strasbourg."))
    assert found.get("Corps européen") == "Corps européen"  # the same listed body, as the text writes it


# -- a type of machine is no organisation: a code after a machine noun and its adjectives, a designator, an
#    acronym in brackets after machines counted by a number ----------------------------------------------------

def test_a_code_after_a_machine_noun_and_its_adjectives_is_a_machine(analyse):
    doc = analyse(page("Plusieurs contrats ont été signés, dont celui portant sur quatre radars GM400 de Thales, et "
                       "les escadrons seront dotés du futur missile nucléaire KX4B."))
    machines = {e.text.rstrip(".") for e in doc.ents if e._.source == "rule:patterns:equipement-code"}
    assert machines == {"radars GM400", "missile nucléaire KX4B"}
    assert not any(e.label_ == "ORG" and e.text.startswith(("GM400", "KX4B")) for e in doc.ents)


def test_a_group_named_by_a_code_stays_an_organisation(analyse):
    doc = analyse(page("Le ministre a évoqué mardi les attaques de drones du M23 dans l'est du Congo, "
                       "avant le sommet du G20."))
    assert not any(e._.source == "rule:patterns:equipement-code" for e in doc.ents)
    found = {e.text for e in doc.ents if e.label_ == "ORG"}
    assert {"M23", "G20"} <= found


def test_a_designator_with_a_letter_after_its_number_is_a_machine(analyse):
    found = orgs(analyse, page("Le Canada a reçu mardi ses premiers appareils. Le P-9B permettra aux forces de "
                               "surveiller l'Arctique."))
    assert "P-9B" not in found


def test_an_acronym_after_machines_counted_by_a_number_is_a_machine(analyse):
    found = orgs(analyse, page("Le chantier livrera trois frégates de taille intermédiaire (FTI) à la Marine "
                               "nationale."))
    assert "FTI" not in found and "Marine nationale" in found


def test_an_acronym_after_a_body_counted_by_a_number_stays_a_body(analyse):
    found = orgs(analyse, page("Le ministre a réuni mardi les cinq membres du Conseil de défense et de sécurité "
                               "nationale (CDSN) à Abidjan. Le CDSN a adopté la loi."))
    assert "CDSN" in found
