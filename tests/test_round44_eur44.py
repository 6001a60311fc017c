"""European defence ministries' and armies' releases, round 44: texts of our own, each behaviour with a
counter-example that must not change."""

from __future__ import annotations

import pytest

from conftest import page


def officials(analyse, text: str) -> dict[str, dict]:
    doc = analyse(text)
    return {o["name"].split()[-1].lower(): o for o in doc._.officials}


def org_names(analyse, text: str) -> list[str]:
    return [e.text for e in analyse(page(text)).ents if e.label_ == "ORG"]


# -- the domain a force fights in names a component set after its lower-case head (`la composante Terre`) --

@pytest.mark.parametrize("text, name", [
    ("La Belgique fournit une centaine de militaires, issus pour la plupart de la composante Terre.",
     "composante Terre"),
    ("Les hélicoptères de la composante Air ont rejoint la base de Beauvechain mardi.", "composante Air"),
    ("Les équipages de la composante Terre et ceux de la Marine se sont entraînés ensemble.", "composante Terre"),
])
def test_a_domain_after_a_lower_case_component_names_it(analyse, text, name):
    assert name in org_names(analyse, text)


def test_the_commander_of_the_land_component_belongs_to_it(analyse):
    people = officials(analyse, page("Le commandant de la composante Terre, le général-major Luc Verbeke, a "
                                     "présenté jeudi le plan d'entraînement de ses unités."))
    assert people["verbeke"]["role"] == "commandant"
    assert people["verbeke"]["organisation"] == "Composante Terre"  # the Belgian component of the lists (round 53)


@pytest.mark.parametrize("text", [
    "Le détachement a rejoint la composante Kidal au printemps dernier.",
    "Les soldats ont combattu sur terre, sur mer et dans les airs pendant trois semaines.",
])
def test_a_town_after_a_lower_case_head_or_a_lower_case_domain_names_no_component(analyse, text):
    """Counter-examples: a town after the head stays a place; a domain in lower case is a word."""
    assert not any(n.lower().startswith(("composante", "terre")) for n in org_names(analyse, text))


# -- the Belgian chief of defence's deputy: `vice-chef de la Défense`, before or after the name --------------

@pytest.mark.parametrize("text", [
    "Le vice-chef de la Défense, le lieutenant-général Marc Peeters, a ouvert la séance jeudi à Evere.",
    "Le lieutenant-général Marc Peeters, vice-chef de la Défense, a ouvert la séance jeudi à Evere.",
    "La vice-cheffe de la Défense, Anne Peeters, a ouvert la séance jeudi à Evere.",
])
def test_the_deputy_chief_of_defence_is_named_by_his_title(analyse, text):
    assert officials(analyse, page(text))["peeters"]["role"].startswith("vice-chef")


def test_the_chief_of_defence_keeps_his_own_title(analyse):
    """Counter-example: the chief himself is no deputy."""
    person = officials(analyse, page("Le chef de la Défense, l'amiral Jan Claes, a ouvert la séance jeudi à "
                                     "Evere."))["claes"]
    assert person["role"] == "chef de la Défense"


# -- a region's demonym on the first line (`Conseil européen`) is no outlet's country -----------------------

RELEASE = ("Communiqué de presse\n1 novembre 2024\n\nL'UE et le Japon renforcent leur partenariat\n\n"
           "Le haut représentant, Josep Borrell, s'est entretenu à Tokyo avec le ministre de la Défense, "
           "Gen Nakatani, de la coopération industrielle.")


def test_a_region_demonym_over_the_page_gives_no_country(analyse):
    person = officials(analyse, f"Conseil européen\nConseil de l'Union européenne\n\n{RELEASE}")["nakatani"]
    assert person["country"] != "Europe"


def test_a_country_demonym_over_the_page_still_gives_the_story_country(analyse):
    """Counter-example: a national outlet's demonym still tells whose officials the story names."""
    text = ("ANP - Agence Nigérienne de Presse\n\nLe ministre de la Défense, Salifou Mody, a reçu les chefs "
            "militaires à Niamey.")
    assert officials(analyse, text)["mody"]["country"] == "Niger"


# -- a release's dateline is where it is filed: a meeting placed in another country stays there -------------

def meetings(analyse, body: str) -> list[dict]:
    return analyse(page(body, published="5 septembre 2024"))._.meetings


@pytest.mark.parametrize("place", ["à Luxembourg", "au Luxembourg"])
def test_a_meeting_in_another_country_than_the_datelines_stays_there(analyse, place):
    found = meetings(analyse, f"Berne, 05.09.2024 - La cheffe du DDPS, Viola Amherd, s'est entretenue jeudi {place} "
                              "avec la ministre luxembourgeoise de la Défense, Yuriko Backes.")
    assert [m["location"] for m in found] == ["Luxembourg"]


def test_a_meeting_placed_only_in_the_datelines_country_is_in_its_town(analyse):
    """Counter-example: a country that is the dateline's own still gives way to the dateline's town."""
    found = meetings(analyse, "Vienne, 05.09.2024 - La ministre autrichienne de la Défense, Klaudia Tanner, a reçu "
                              "jeudi en Autriche la cheffe du DDPS, Viola Amherd.")
    assert [m["location"] for m in found] == ["Vienne"]


# -- a noun of time after a linker ends a body's name (`son ministère pour l'année 2024`) -----------------------

@pytest.mark.parametrize("text, bad", [
    ("Le ministre a présenté aux Alliés les priorités de son ministère pour l'année 2024.", "ministère pour"),
    ("Le chancelier a évoqué les conclusions du Conseil européen de la semaine dernière.", "semaine"),
])
def test_a_time_phrase_is_no_part_of_a_body_name(analyse, text, bad):
    assert not any(bad in n for n in org_names(analyse, text))


def test_a_body_named_by_a_de_phrase_keeps_it(analyse):
    """Counter-example: a `de`-phrase that is no noun of time stays in the name."""
    assert "ministère de la Défense nationale" in org_names(
        analyse, "Le ministère de la Défense nationale a présenté ses priorités pour l'année 2024.")


# -- a country's ministry is not that of a minister of no known country when its own minister is named ---------

def memberships(analyse, body: str) -> set[tuple[str, str]]:
    return {(r["subject"], r["object"]) for r in analyse(page(body))._.relations if r["relation"] == "MEMBER_OF"}


def test_a_second_minister_of_the_portfolio_is_not_of_the_named_countrys_ministry(analyse):
    found = memberships(analyse, "Le haut représentant a rencontré à Tokyo le ministre japonais des Affaires "
                                 "étrangères, Takeshi Iwaya, au ministère japonais des Affaires étrangères. Il "
                                 "coprésidera ensuite à Séoul un dialogue avec le ministre des Affaires "
                                 "étrangères, Cho Tae-yul.")
    assert ("Cho Tae-yul", "ministère japonais des Affaires étrangères") not in found


def test_the_one_minister_of_the_portfolio_still_serves_in_the_named_ministry(analyse):
    """Counter-example: with no other minister of that country, the ministry named is his."""
    found = memberships(analyse, "Le ministre de la Défense, Suren Papikyan, a reçu mardi une délégation. Selon "
                                 "le ministère arménien de la Défense, les entretiens ont porté sur la formation.")
    assert ("Suren Papikyan", "ministère arménien de la Défense") in found
