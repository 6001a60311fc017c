"""Round 24 of officials' countries, on texts of our own, each with a counter-example: the country of
the story read from an undated dateline, the outlet's web address, its menu and its breadcrumb (a national
title written bare is then that country's); a coordinated title with its own article keeps its demonym
to itself; the one who receives `son homologue français` is not French."""

from __future__ import annotations

BODY = ("Le chef d'état-major des armées, le général Paul Okonkwo, a inspecté mardi les troupes "
        "déployées dans le nord du pays.")


def person(doc, key: str) -> dict | None:
    return next((o for o in doc._.officials if o["key"].endswith(key)), None)


# --- the story's country: an undated dateline --------------------------------------------------

def test_an_undated_dateline_in_capitals_gives_the_story_country(analyse):
    doc = analyse(f"Actualités de la défense\n\nDAKAR - {BODY}\n")
    assert person(doc, "okonkwo")["country"] == "Sénégal"


def test_a_heading_in_capitals_that_is_no_town_gives_no_country(analyse):
    doc = analyse(f"Actualités de la défense\n\nSÉCURITÉ - {BODY}\n")
    assert person(doc, "okonkwo")["country"] in ("", "France")  # no story country (France only if named)


# --- the outlet's web address ----------------------------------------------------------------------

def test_the_country_code_of_the_outlet_address_gives_the_story_country(analyse):
    doc = analyse(f"LE VEILLEUR.sn\nPolitique | Société | Sport\n\nUne inspection dans le nord\n\n{BODY}\n")
    assert person(doc, "okonkwo")["country"] == "Sénégal"


def test_a_generic_domain_says_nothing(analyse):
    doc = analyse(f"LE VEILLEUR.tv\nPolitique | Société | Sport\n\nUne inspection dans le nord\n\n{BODY}\n")
    assert person(doc, "okonkwo")["country"] in ("", "France")  # no story country


# --- the site's menu and the breadcrumb -----------------------------------------------------------

def test_a_menu_opening_on_a_country_gives_the_outlet_country(analyse):
    doc = analyse(f"Le Veilleur\nAccueil | Sénégal | Afrique | Monde | Sport\n\nUne inspection dans le nord\n\n"
                  f"{BODY}\n")
    assert person(doc, "okonkwo")["country"] == "Sénégal"


def test_a_menu_opening_on_a_region_says_nothing(analyse):
    doc = analyse(f"Le Veilleur\nAccueil | Afrique | Sénégal | Monde | Sport\n\nUne inspection dans le nord\n\n"
                  f"{BODY}\n")
    assert person(doc, "okonkwo")["country"] in ("", "France")  # no story country


def test_a_breadcrumb_naming_a_country_after_a_topic_files_the_story_there(analyse):
    doc = analyse(f"Le Veilleur\nAccueil > Politique > Sénégal\n\nUne inspection dans le nord\n\n{BODY}\n")
    assert person(doc, "okonkwo")["country"] == "Sénégal"


def test_a_breadcrumb_naming_two_countries_says_nothing(analyse):
    doc = analyse(f"Le Veilleur\nAccueil > Sénégal > Mali\n\nUne inspection dans le nord\n\n{BODY}\n")
    assert person(doc, "okonkwo")["country"] in ("", "France")  # no story country


# --- a coordinated title with its own article -----------------------------------------------------

TWO_TITLES = ("Actualités de la défense\n\nLe roi Harald V a reçu lundi à Oslo le président Joe Biden. "
              "Des accords ont été signés en présence du Roi et {second} américain.\n")


def test_a_second_title_with_its_own_article_keeps_its_demonym(analyse):
    doc = analyse(TWO_TITLES.format(second="du Président"))
    assert person(doc, "harald v")["country"] != "États-Unis"
    assert person(doc, "biden")["country"] == "États-Unis"


def test_a_second_title_without_article_is_the_same_person(analyse):
    doc = analyse("Actualités de la défense\n\nLe conseiller d'État et ministre chinois de la Défense, "
                  "Wei Fenghe, a reçu mardi une délégation à Pékin.\n")
    assert person(doc, "fenghe")["country"] == "Chine"


# --- the other side of `son homologue français` ---------------------------------------------------

COUNTERPART = ("Actualités de la défense\n\nMardi, le président de la République {host} a reçu son "
               "homologue {demonym} {guest} à {town}. Les deux chefs d'État ont parlé de sécurité.\n")


def test_who_receives_his_french_counterpart_is_not_french(analyse):
    doc = analyse(COUNTERPART.format(host="Amadou Sy", demonym="français", guest="Emmanuel Macron",
                                     town="Dakar"))
    assert person(doc, "sy")["country"] == "Sénégal"  # the other country the text names
    assert person(doc, "macron")["country"] == "France"


def test_who_receives_a_foreign_counterpart_keeps_the_default(analyse):
    doc = analyse(COUNTERPART.format(host="Emmanuel Macron", demonym="sénégalais", guest="Amadou Sy",
                                     town="l'Élysée"))
    assert person(doc, "macron")["country"] == "France"
    assert person(doc, "sy")["country"] == "Sénégal"


# --- an organisation led by the agent of its participle -------------------------------------------

def test_the_agent_of_a_participle_of_leading_after_an_organisation_leads_it(analyse):
    doc = analyse("Actualités de la défense\n\nLe Service de santé des armées (SSA), dirigé par le médecin "
                  "général Anne Rivière, prépare un plan pour 2026.\n")
    assert person(doc, "riviere")["organisation"] == "Service de santé des armées"


def test_the_agent_of_another_participle_does_not(analyse):
    doc = analyse("Actualités de la défense\n\nLe Service de santé des armées a reçu une lettre signée par "
                  "Anne Rivière, qui prépare un plan pour 2026.\n")
    assert person(doc, "riviere")["organisation"] == ""


# --- a minister's bare portfolio title in an outlet's story ---------------------------------------

MINISTER = "Le ministre des Affaires étrangères, Amadou Sy, a reçu mardi une délégation."


def test_a_bare_portfolio_title_in_a_national_outlet_is_that_country(analyse):
    doc = analyse(f"LE VEILLEUR.sn\nPolitique | Société | Sport\n\nUne délégation reçue\n\n{MINISTER}\n")
    assert person(doc, "sy")["country"] == "Sénégal"


def test_a_bare_portfolio_title_in_a_dispatch_filed_abroad_is_not_the_dateline_country(analyse):
    doc = analyse(f"Actualités de la défense\n\nDAKAR, 3 mars (AFP) - {MINISTER}\n")
    assert person(doc, "sy")["country"] == ""


def test_a_breadcrumb_naming_a_country_under_a_region_says_nothing(analyse):
    doc = analyse(f"Le Veilleur\nAccueil > Afrique > Sénégal\n\nUne inspection dans le nord\n\n{BODY}\n")
    assert person(doc, "okonkwo")["country"] in ("", "France")  # no story country
