"""Meeting hosts and participants, round 43: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"]) for m in doc._.meetings]


# -- talks of every kind between two sides at home: an `entrevue`, a `déplacement`, talks of a visitor ---------
# -- of no stated country with the official of the place: the home side hosts (rules/README.md) ---------------

def test_an_entrevue_at_home_is_hosted_by_the_home_side(analyse):
    found = hosts(analyse, "Le ministre estonien de la Défense Hanno Pevkur a eu mardi à Vilnius une entrevue avec "
                           "son homologue lituanienne, Dovilė Šakalienė.")
    assert ("entrevue", "sakaliene") in found


def test_an_entrevue_on_neutral_ground_names_no_host(analyse):
    found = hosts(analyse, "Le ministre estonien de la Défense Hanno Pevkur a eu mardi à Oslo une entrevue avec "
                           "son homologue lituanienne, Dovilė Šakalienė.")
    assert ("entrevue", "") in found


def test_a_visitor_of_no_stated_country_in_talks_is_hosted_by_the_official_of_the_place(analyse):
    found = hosts(analyse, "Le ministre Pål Jonson a présenté lundi son budget. Mercredi à Helsinki, Pål Jonson "
                           "s'est entretenu avec le ministre finlandais de la Défense, Antti Häkkänen.")
    assert any(h == "hakkanen" for _, h in found)


def test_talks_of_a_visitor_of_no_stated_country_elsewhere_name_no_host(analyse):
    found = hosts(analyse, "Le ministre Pål Jonson a présenté lundi son budget. Mercredi à Tallinn, Pål Jonson "
                           "s'est entretenu avec le ministre finlandais de la Défense, Antti Häkkänen.")
    assert found and all(h != "hakkanen" for _, h in found)


def test_a_deplacement_to_the_country_of_the_one_met_is_hosted_by_him(analyse):
    found = hosts(analyse, "La ministre Ingrid Roos a présenté lundi son plan. Lors d'un déplacement à Varsovie "
                           "jeudi, Ingrid Roos a rencontré le ministre polonais de la Défense, Adam Nowicki.")
    assert any(h == "nowicki" for _, h in found)


# -- a companion of a journey (`un déplacement à Z avec X`, `effectué avec X`) travels along: the place does -----
# -- not make him its own official, and he hosts nothing there ---------------------------------------------

def test_a_companion_of_a_journey_hosts_nothing_at_its_destination(analyse):
    found = hosts(analyse, "Le secrétaire américain à la Défense Paul Harlan est rentré d'un déplacement à Kiev "
                           "effectué samedi avec le secrétaire d'Etat Mark Delane.")
    assert found and all(h != "delane" for _, h in found)


def test_a_companion_phrase_with_a_journey_as_object_also_travels_along(analyse):
    found = hosts(analyse, "Le secrétaire américain à la Défense Paul Harlan a fait samedi un déplacement à Kiev "
                           "avec le secrétaire d'Etat Mark Delane.")
    assert found and all(h != "delane" for _, h in found)


def test_the_one_met_on_a_journey_is_still_brought_in_by_the_place(analyse):
    found = hosts(analyse, "Le secrétaire américain à la Défense Paul Harlan a effectué samedi un déplacement à "
                           "Kiev, où il a rencontré le ministre Roman Kovalenko.")
    assert any(h == "kovalenko" for _, h in found)


# -- a summit in a country none of whose people is of that country: that country's one head of state, ---------
# -- named in the text, hosts it and takes part ---------------------------------------------------------------

SUMMIT = ("Le président américain Paul Harlan a salué lundi l'unité de l'Alliance. Le Premier ministre Jan Vermeer "
          "et la ministre Eva Lind ont participé mardi au sommet de l'Otan organisé à {}.")


def test_a_summit_in_the_country_of_a_head_of_state_named_apart_is_hosted_by_him(analyse):
    doc = analyse(page(SUMMIT.format("Washington")))
    summit = [m for m in doc._.meetings if m["kind"].startswith("sommet")]
    assert summit and summit[0]["host"] == "harlan" and "harlan" in summit[0]["people"]


def test_a_summit_in_another_country_than_the_head_of_state_s_names_no_host(analyse):
    doc = analyse(page(SUMMIT.format("Madrid")))
    summit = [m for m in doc._.meetings if m["kind"].startswith("sommet")]
    assert summit and summit[0]["host"] == "" and "harlan" not in summit[0]["people"]


def test_an_official_of_the_country_heading_no_state_hosts_no_summit(analyse):
    doc = analyse(page(SUMMIT.format("Washington").replace("Le président américain", "Le secrétaire d'Etat américain")))
    summit = [m for m in doc._.meetings if m["kind"].startswith("sommet")]
    assert summit and summit[0]["host"] == "" and "harlan" not in summit[0]["people"]


# -- a visit to a country none of whose people is of it, told with no host: that country's one head of --------
# -- state, named in the text, receives the visitors -------------------------------------------------------------

VISIT = ("Le président nigérien Ali Sani a nommé lundi un nouveau gouvernement. La ministre belge de la Défense "
         "Eva Lind a effectué mercredi une visite officielle {}.")


def test_a_visit_to_the_country_of_a_head_of_state_named_apart_is_hosted_by_him(analyse):
    doc = analyse(page(VISIT.format("au Niger")))
    visit = [m for m in doc._.meetings if m["kind"].startswith("visite")]
    assert visit and visit[0]["host"] == "sani" and "sani" in visit[0]["people"]


def test_a_visit_to_another_country_is_not_hosted_by_him(analyse):
    doc = analyse(page(VISIT.format("au Mali")))
    visit = [m for m in doc._.meetings if m["kind"].startswith("visite")]
    assert visit and visit[0]["host"] != "sani" and "sani" not in visit[0]["people"]


def test_a_visit_meeting_an_official_of_the_country_keeps_him_as_host(analyse):
    doc = analyse(page(VISIT.format("à Niamey, où elle a rencontré son homologue nigérien, Omar Issa")))
    visit = [m for m in doc._.meetings if m["kind"].startswith("visite")]
    assert visit and visit[0]["host"] == "issa" and "sani" not in visit[0]["people"]
