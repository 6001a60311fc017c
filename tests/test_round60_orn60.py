"""Organisations, round 60: institutions of other countries written in French (a fleet named by its sea, a
committee a role holds, an office or a party written with its capital, a national parliament by its own name).
Texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def orgs(analyse, body: str) -> list[str]:
    """The ORG mentions the entities table gets: entities, and the bodies named inside a role or a longer name."""
    doc = analyse(page(body, published="14 mars 2024"))
    inside = [*doc.spans.get("role_org_mentions", []), *doc.spans.get("inner_org_mentions", [])]
    return [e.text for e in doc.ents if e.label_ == "ORG"] + [s.text for s in inside]


# -- a fleet is named by its sea (`la flotte du Pacifique`, `la flotte de la Baltique`) -------------------------

def test_a_fleet_named_by_its_ocean(analyse):
    assert "flotte du Pacifique" in orgs(analyse, "Le ministre russe de la Défense a passé en revue mardi les "
                                                  "navires de la flotte du Pacifique à Vladivostok.")


def test_a_fleet_named_by_its_sea(analyse):
    assert "flotte de la Baltique" in orgs(analyse, "Le commandant de la flotte de la Baltique a été limogé "
                                                    "jeudi, selon l'agence Interfax.")


def test_a_fleet_of_machines_or_a_plural_fleet_is_no_body(analyse):
    found = orgs(analyse, "L'armée de l'Air entretient une flotte de drones à Cognac, et les flottes de "
                          "l'Atlantique ont été réduites.")
    assert not any(o.startswith("flotte") for o in found)


# -- a committee a role holds, named by its subject (`président de la commission de la politique étrangère`) -----

def test_the_committee_a_chairman_holds_is_named_by_its_subject(analyse):
    found = orgs(analyse, "La délégation a rencontré M. Ivan Petrenko, président de la commission des affaires "
                          "européennes du parlement ukrainien.")
    assert any(o.startswith("commission des affaires européennes") for o in found)


def test_a_committee_with_an_enumerated_subject_the_chairwoman_holds(analyse):
    found = orgs(analyse, "Elle s'est entretenue avec Mme Anna Kowalska, présidente de la commission de la "
                          "sécurité nationale, de la défense et du renseignement, à Varsovie.")
    assert "commission de la sécurité nationale, de la défense et du renseignement" in found


def test_a_bare_committee_or_a_committee_of_experts_is_no_body(analyse):
    found = orgs(analyse, "Le président de la commission a salué le travail d'une commission de spécialistes, "
                          "réunie à Kiev, et le conseil de ses aînés.")
    assert not any(o.lower().startswith(("commission", "conseil")) for o in found)


# -- an office or a party written with its capital (`Bureau de la sécurité nationale`, `Parti communiste chinois`) --

def test_an_office_of_the_head_of_state_with_its_capital(analyse):
    found = orgs(analyse, "Les sénateurs ont été reçus par M. Jan Nowak, chef du Bureau de la sécurité "
                          "nationale, qui conseille le président polonais.")
    assert "Bureau de la sécurité nationale" in found


def test_a_party_named_by_its_adjective_and_demonym(analyse):
    found = orgs(analyse, "M. Wang Huning, membre du Comité permanent du Bureau politique du Parti communiste "
                          "chinois, a reçu jeudi une délégation vietnamienne.")
    assert "Parti communiste chinois" in found


def test_a_party_named_by_its_complement(analyse):
    found = orgs(analyse, "Le chef du Parti des travailleurs du Kurdistan a annoncé jeudi la fin de la lutte armée.")
    assert any(o.startswith("Parti des travailleurs") for o in found)


def test_an_office_or_a_party_in_lower_case_is_no_body(analyse):
    found = orgs(analyse, "Le ministre a reçu le général dans son bureau de la rue Saint-Dominique, puis a "
                          "dénoncé le parti pris des observateurs.")
    assert not any(o.lower().startswith(("bureau", "parti")) for o in found)


# -- a national parliament by its own name (`la Verkhovna Rada`, `le Sejm`, `la Knesset`) -------------------------

def test_the_ukrainian_parliament_by_its_name(analyse):
    assert "Verkhovna Rada" in orgs(analyse, "Le président de la Verkhovna Rada a reçu jeudi une délégation de "
                                             "sénateurs français à Kiev.")


def test_the_polish_parliament_by_its_name(analyse):
    assert "Sejm" in orgs(analyse, "Le Sejm a adopté vendredi la loi de programmation militaire, a annoncé "
                                   "le ministre polonais de la Défense.")


def test_a_town_or_a_treaty_is_no_parliament(analyse):
    found = orgs(analyse, "Le ministre s'est rendu lundi à Varsovie, puis à Riga, pour évoquer le traité de "
                          "Lisbonne.")
    assert found == []
