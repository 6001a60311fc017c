"""Organisation entities, round 31: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def orgs(analyse, text: str) -> dict[str, str]:
    """Text -> normalized name of every ORG the tables would hold (entities and mentions inside roles)."""
    doc = analyse(text)
    found = [*doc.ents, *doc.spans.get("role_org_mentions", [])]
    return {e.text: e._.normalized for e in found if e.label_ == "ORG"}


# -- a quoted name of a text, then its acronym in brackets: the acronym names the text, not a body -----------

def test_the_acronym_of_a_quoted_agreement_is_no_organisation(analyse):
    found = orgs(analyse, page("Le « traité de défense mutuelle » (TDM) a été ratifié par le Sénat philippin, a "
                               "indiqué la présidence."))
    assert "TDM" not in found and "Sénat philippin" in found


def test_the_acronym_of_a_quoted_body_stays_an_organisation(analyse):
    found = orgs(analyse, page("Le « Groupe de soutien logistique » (GSL) a été créé mardi à Tokyo par les deux "
                               "ministres. Selon le GSL, les troupes pourront s’entraîner ensemble."))
    assert "GSL" in found


# -- a menu's label opening a sentence of the story (`Accueil des délégations ...`) is no menu ----------------

def test_a_sentence_opening_on_a_menu_word_keeps_its_bodies(analyse):
    found = orgs(analyse, page("Accueil des délégations sous la pluie : le président du Conseil européen, "
                               "Charles Michel, était présent mardi à Chisinau."))
    assert found.get("Conseil européen") == "Conseil européen"


def test_a_breadcrumb_opening_on_a_menu_word_stays_furniture(analyse):
    found = orgs(analyse, "Accueil > Europe > Le Conseil européen à Chisinau\n\n"
                          + page("Les délégations étaient présentes mardi à Chisinau."))
    assert "Conseil européen" not in found


# -- `la Commission` in a text naming the European Union is its Commission (`short_name`) --------------------

def test_the_commission_of_a_title_in_a_text_naming_the_union_is_the_european_commission(analyse):
    found = orgs(analyse, page("Le sommet de l’Union européenne s’est tenu mardi à Bruxelles. La présidente de "
                               "la Commission, Anna Berg, a salué le plan."))
    assert found.get("Commission") == "Commission européenne"


def test_the_commission_of_a_title_in_a_text_naming_another_body_is_none_of_the_union(analyse):
    found = orgs(analyse, page("Le sommet de la CEDEAO s’est tenu mardi à Abuja. La présidente de la Commission, "
                               "Anna Berg, a salué le plan."))
    assert "Commission européenne" not in found.values()


def test_a_commission_with_its_own_adjective_is_another_body(analyse):
    found = orgs(analyse, page("Le sommet de l’Union européenne s’est tenu mardi à Bruxelles. La Commission mixte "
                               "des frontières a salué le plan."))
    assert "Commission européenne" not in found.values()


# -- a heading's first word, the line going on in lower case (`Bio express`), is no body -------------------

BIO = ("Le général Marc Weber a reçu mardi son homologue belge à Diekirch.\n\n"
       "{heading}\nLe général Marc Weber a pris le commandement de l'armée en 2023.")


def test_the_first_word_of_a_heading_in_lower_case_is_no_organisation(analyse):
    found = orgs(analyse, page(BIO.format(heading="Bio express")))
    assert "Bio" not in found


def test_a_name_opening_a_sentence_of_the_story_stays_an_organisation(analyse):
    found = orgs(analyse, page(BIO.format(heading="Frontex a publié mardi son rapport annuel sur les frontières.")))
    assert "Frontex" in found
