"""Round 16, organisations: national forces named once for several countries (`les forces armées
tchadiennes, camerounaises et centrafricaines`), an outlet's own name on the masthead line."""

from __future__ import annotations


def _orgs(doc) -> dict[str, str]:
    return {e.text: e._.normalized for e in doc.ents if e.label_ == "ORG"}


def test_coordinated_demonyms_share_the_national_head(analyse):
    doc = analyse("Les forces armées tchadiennes, camerounaises et centrafricaines ont mené une patrouille "
                  "commune le long de la frontière.")
    names = set(_orgs(doc).values())
    assert {"forces armées camerounaises", "forces armées centrafricaines"} <= names


def test_invariable_demonym_after_et(analyse):
    doc = analyse("Les forces armées sénégalaises et burkinabè ont signé un accord de coopération à Dakar.")
    names = {n.lower() for n in _orgs(doc).values()}
    assert "forces armées burkinabè" in names


def test_demonym_list_without_et_is_no_ellipsis(analyse):
    doc = analyse("Les forces armées tchadiennes, camerounaises selon la presse, ont quitté la ville.")
    assert "forces armées camerounaises" not in set(_orgs(doc).values())


def test_demonym_of_a_person_after_a_force_is_no_body(analyse):
    doc = analyse("Le chef des forces armées tchadiennes et son homologue camerounais se sont entretenus lundi.")
    assert not any(n.endswith("camerounais") for n in _orgs(doc).values())


MASTHEAD = """InfoSahel - Agence de Presse Sahélienne
Accueil | Politique | Défense | Sport

Niger : le ministre de la Défense reçoit son homologue tchadien

Publié le 12 mars 2024 à 10h02

Le ministre nigérien de la Défense a reçu mardi à Niamey son homologue tchadien pour évoquer la sécurité.
"""


def test_outlet_name_on_the_masthead_is_no_body(analyse):
    doc = analyse(MASTHEAD)
    assert not any("Agence" in n for n in _orgs(doc))


def test_agency_named_in_the_story_stays_a_body(analyse):
    doc = analyse(MASTHEAD + "\nL'Agence de presse sahélienne a diffusé le communiqué du ministère mercredi.\n")
    assert any("Agence de presse" in n for n in _orgs(doc))


def test_gendarmerie_of_a_territory_is_a_body(analyse):
    doc = analyse("Le bouclage du quartier a été assuré par la gendarmerie de la Haute-Garonne dès l'aube.")
    assert "gendarmerie de la Haute-Garonne" in _orgs(doc)


def test_gendarmerie_of_a_common_noun_is_no_body(analyse):
    doc = analyse("Le ministre a annoncé le renfort de la gendarmerie de proximité dans les communes rurales.")
    assert not any(n.startswith("gendarmerie") for n in _orgs(doc))


def test_army_of_a_region_is_not_read_as_regional(analyse):
    doc = analyse("Les historiens ont évoqué l'armée de la Loire pendant la conférence.")
    assert "armée de la Loire" not in _orgs(doc)


def test_armies_of_a_region_are_no_body(analyse):
    doc = analyse("Le général participe cette semaine à une réunion des armées du Moyen-Orient à Amman.")
    assert not any(n.startswith("armées") for n in _orgs(doc))


def test_armed_forces_of_a_country_stay_a_body(analyse):
    doc = analyse("Le général a rencontré cette semaine les forces armées de la République centrafricaine à Bangui.")
    assert any(n.startswith("forces armées de la République centrafricaine") for n in _orgs(doc))


def test_lower_case_meeting_of_a_listed_body_is_no_body(analyse):
    doc = analyse("Les chefs d'état-major ont participé jeudi à la conférence annuelle de l'Union africaine "
                  "à Addis-Abeba.")
    assert not any(n.lower().startswith("conférence") for n in _orgs(doc))
    assert any("Union africaine" in n for n in _orgs(doc))


def test_capitalised_conference_of_members_stays_a_body(analyse):
    doc = analyse("La Conférence des chefs d'État de l'Union africaine a adopté la résolution jeudi.")
    assert any(n.startswith("Conférence des chefs d'État") for n in _orgs(doc))


def test_directorate_of_the_ministry_named_back(analyse):
    doc = analyse("Le rapporteur a interrogé jeudi la direction des ressources humaines du ministère "
                  "sur les effectifs.")
    assert "direction des ressources humaines" in _orgs(doc)


def test_direction_of_the_ministry_alone_is_no_body(analyse):
    doc = analyse("Le rapporteur a interrogé jeudi la direction du ministère sur les effectifs.")
    assert not any(n.startswith("direction") for n in _orgs(doc))


def test_press_service_of_the_ministry_is_no_body(analyse):
    doc = analyse("Selon le service de presse du ministère, la réunion a eu lieu mardi.")
    assert not any(n.startswith("service") for n in _orgs(doc))
