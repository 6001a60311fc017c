"""ORG entities (round 23, org23: institutions.yml heads `parquet`, `mécanisme`, `garde-côtes`; a capitalised
head with its adjective and a demonym; organisations.yml `Guardia Civil`, `Nexter`; a model's organisation
the text names as a place elsewhere). Texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "14 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def orgs(doc) -> set[str]:
    return {e.text for e in doc.ents if e.label_ == "ORG"}


# -- a prosecution office named by its complement -------------------------------------------------------

def test_a_prosecution_office_with_its_adjective_is_a_body(analyse):
    doc = analyse(article("Les enquêteurs ont saisi trois armes, a indiqué jeudi le parquet national de Lisbonne, "
                          "qui a ouvert une information judiciaire."))
    assert "parquet national de Lisbonne" in orgs(doc)


def test_a_bare_prosecution_office_is_no_body(analyse):
    doc = analyse(article("Les enquêteurs ont saisi trois armes et le parquet a ouvert une information judiciaire "
                          "jeudi à Lisbonne."))
    assert not any(o.lower().startswith("parquet") for o in orgs(doc))


# -- a coast guard named by its demonym -----------------------------------------------------------------

def test_a_coast_guard_with_its_demonym_is_a_body(analyse):
    doc = analyse(article("Les garde-côtes sénégalais ont intercepté une pirogue au large de Saint-Louis, "
                          "a annoncé mardi la marine."))
    assert "garde-côtes sénégalais" in orgs(doc)


def test_a_coast_guard_without_country_is_no_body(analyse):
    doc = analyse(article("Des garde-côtes ont intercepté une pirogue au large de Saint-Louis mardi soir."))
    assert not any(o.lower().startswith("garde") for o in orgs(doc))


# -- a mechanism named with its capital -----------------------------------------------------------------

def test_a_capitalised_mechanism_with_its_complement_is_a_body(analyse):
    doc = analyse(article("Les deux pays mettront sur pied un Mécanisme mixte de surveillance des frontières "
                          "avant la fin de l'année, selon le communiqué."))
    assert "Mécanisme mixte de surveillance des frontières" in orgs(doc)


def test_a_lower_case_mechanism_is_no_body(analyse):
    doc = analyse(article("Les deux pays mettront sur pied un mécanisme de surveillance des frontières avant la "
                          "fin de l'année, selon le communiqué."))
    assert not any(o.lower().startswith("mécanisme") for o in orgs(doc))


# -- a capitalised head, its adjective, a demonym -------------------------------------------------------

def test_a_capitalised_council_with_adjective_and_demonym_is_a_body(analyse):
    doc = analyse(article("Le ministre a été reçu à Niamey par le vice-président du Conseil souverain soudanais, "
                          "venu pour deux jours."))
    assert "Conseil souverain soudanais" in orgs(doc)


def test_a_lower_case_council_with_adjective_and_demonym_is_no_new_body(analyse):
    doc = analyse(article("Le ministre a été reçu à Niamey par un membre du conseil souverain soudanais, venu "
                          "pour deux jours."))
    assert not any(o.lower().startswith("conseil") for o in orgs(doc))


# -- bodies of the lists --------------------------------------------------------------------------------

def test_a_spanish_body_named_in_spanish(analyse):
    doc = analyse(article("La Guardia Civil a arrêté quatre passeurs présumés à Algésiras, a rapporté le "
                          "ministère espagnol de l'Intérieur."))
    assert "Guardia Civil" in orgs(doc)


def test_a_firm_under_its_former_name_is_written_so(analyse):
    doc = analyse(article("Les obusiers livrés par Nexter ont été remis à l'armée lituanienne en mars, a précisé "
                          "le ministre Arvydas Anušauskas."))
    assert "Nexter" in orgs(doc)
    assert "KNDS France" not in {e._.normalized for e in doc.ents if e.label_ == "ORG"}


# -- a town the model reads as an organisation -----------------------------------------------------------

def test_a_town_named_as_a_place_elsewhere_is_no_body(analyse):
    doc = analyse(article("Les négociateurs se retrouveront à Lausanne lundi. Pour les deux délégations, le choix "
                          "de Lausanne a valeur de symbole, a souligné le ministre Paul Ondo."))
    assert "Lausanne" not in orgs(doc)

