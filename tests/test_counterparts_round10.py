"""`son homologue <démonyme>` among several people of that country, and national titles written without a
country (round 10, `components/counterparts.py`, `meeting_mentions.py`, `relations.py`, `people.py`):
texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "14 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def related(doc, relation: str) -> set[tuple[str, str]]:
    return {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == relation}


def hosts(doc) -> set[tuple[str, tuple[str, ...]]]:
    return {(m["host"], tuple(sorted(m["people"]))) for m in doc._.meetings}


TWO_ITALIANS = ("Le ministre italien de la Défense, Marco Ferri, et la ministre italienne des Affaires étrangères, "
                "Giulia Bianchi, sont arrivés lundi à Madrid pour deux jours. ")


# -- several people of the demonym's country: the one of the same office ----------------------------

def test_the_counterpart_holds_the_office_of_the_subject(analyse):
    doc = analyse(article(TWO_ITALIANS + "Mardi 12 mars, le ministre espagnol de la Défense, Javier Ruiz, a reçu "
                          "son homologue italien au ministère."))
    assert ("ferri", "ruiz") in related(doc, "COUNTERPART_OF") or ("ruiz", "ferri") in related(doc, "COUNTERPART_OF")
    assert not {("bianchi", "ruiz"), ("ruiz", "bianchi")} & related(doc, "COUNTERPART_OF")
    assert ("ruiz", "ferri") in related(doc, "HOSTED")


def test_a_foreign_minister_has_the_foreign_minister_for_counterpart(analyse):
    doc = analyse(article(TWO_ITALIANS + "Mardi 12 mars, la ministre espagnole des Affaires étrangères, Ana Ruiz, "
                          "a reçu son homologue italienne au palais de Santa Cruz."))
    pairs = related(doc, "COUNTERPART_OF")
    assert ("bianchi", "ruiz") in pairs or ("ruiz", "bianchi") in pairs
    assert not {("ferri", "ruiz"), ("ruiz", "ferri")} & pairs


def test_the_french_minister_of_the_armed_forces_is_a_defence_ministers_counterpart(analyse):
    doc = analyse(article("La ministre française de la Culture, Claire Morel, et le ministre des Armées, "
                          "Paul Girard, ont visité lundi Madrid. Le lendemain, Claire Morel a rencontré des "
                          "artistes. Le ministre de la Défense espagnol, Javier Ruiz, avait été reçu en janvier "
                          "à Paris par son homologue français."))
    assert any(h == "girard" and "ruiz" in p for h, p in hosts(doc))
    assert not any(h == "morel" and "ruiz" in p for h, p in hosts(doc))


# -- no office to tell them apart: the one spoken of last before -------------------------------------

def test_without_an_office_the_last_one_spoken_of_before(analyse):
    doc = analyse(article(TWO_ITALIANS + "Le lendemain, Giulia Bianchi a visité le musée du Prado. Mercredi "
                          "13 mars, le général Luis Ortega, qui avait été reçu à Rome par son homologue italienne "
                          "en janvier, a salué cette visite."))
    pairs = related(doc, "COUNTERPART_OF")
    assert ("bianchi", "ortega") in pairs or ("ortega", "bianchi") in pairs
    assert not {("ferri", "ortega"), ("ortega", "ferri")} & pairs


def test_no_one_spoken_of_before_no_counterpart(analyse):
    doc = analyse(article("Mercredi 13 mars, le général Luis Ortega, qui avait été reçu à Rome par son homologue "
                          "italien en janvier, a salué la coopération. Le ministre italien de la Défense, Marco "
                          "Ferri, et la ministre italienne des Affaires étrangères, Giulia Bianchi, viendront en mai."))
    pairs = related(doc, "COUNTERPART_OF")
    assert not {p for p in pairs if "ortega" in p}


# -- a plural list naming the one of that country --------------------------------------------------

def test_a_named_counterpart_in_a_list_adds_no_other_of_his_country(analyse):
    doc = analyse(article("Le Premier ministre japonais, Kenji Sato, a ouvert le forum lundi 11 mars. Le lendemain, "
                          "le secrétaire américain à la Défense, John Miller, a réuni ses homologues japonais, "
                          "Taro Ito, et australien, Mark Evans, pour une réunion trilatérale."))
    pairs = related(doc, "COUNTERPART_OF")
    assert not {("sato", "miller"), ("miller", "sato")} & pairs


# -- a national title written alone: the country the page files the story under ---------------------

def _filed_under(breadcrumb: str) -> str:
    return (f"Le Quotidien du Soir\n{breadcrumb}\n\nLa coopération militaire au cœur d'une audience\n\n"
            "  • 14 mars 2024 -\n\nLe président de la République, Karim Haddad, a reçu mardi 12 mars le chef "
            "d'état-major de l'armée, le général Samir Nassar.")


def _country(doc, key: str) -> str:
    return next(p["country"] for p in doc._.officials if p["key"] == key)


def test_a_breadcrumb_section_of_a_country_gives_the_story_country(analyse):
    doc = analyse(_filed_under("Accueil > Liban > Sécurité"))
    assert _country(doc, "haddad") == "Liban"


def test_a_breadcrumb_section_of_a_region_or_topic_gives_none(analyse):
    for breadcrumb in ("Accueil > Moyen-Orient > Liban", "Monde > Europe > Guerre au Liban"):
        doc = analyse(_filed_under(breadcrumb))
        assert _country(doc, "haddad") != "Liban"
