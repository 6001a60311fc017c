"""Organisations, round 52: bodies of the Sahel and of smaller armies the lists did not hold, and the
names of Belgian and royal bodies the institution grammar reads by their head. Texts of our own, each
with a counter-example."""

from __future__ import annotations

from conftest import page


def orgs(analyse, body: str) -> list[str]:
    return [e._.normalized for e in analyse(page(body)).ents if e.label_ == "ORG"]


# -- a body under two names (the Alliance, since 2024 the Confédération des États du Sahel): as written -------

def test_the_confederation_is_named_as_written(analyse):
    found = orgs(analyse, "Les chefs d'état-major de la Confédération des États du Sahel (AES) se sont réunis "
                          "lundi à Niamey pour fixer le calendrier de la force unifiée.")
    assert "Confédération des États du Sahel" in found
    assert "Alliance des États du Sahel" not in found


def test_the_acronym_takes_the_only_name_the_text_spells(analyse):
    found = orgs(analyse, "Le sommet de la Confédération des États du Sahel s'est tenu à Bamako. Les trois "
                          "pays de l'AES veulent mutualiser leurs moyens aériens.")
    assert found.count("Confédération des États du Sahel") == 2


def test_the_alliance_keeps_its_name_where_the_text_writes_it(analyse):
    found = orgs(analyse, "Les ministres de l'Alliance des États du Sahel (AES) se sont retrouvés jeudi à "
                          "Ouagadougou.")
    assert set(found) == {"Alliance des États du Sahel"}


def test_both_names_in_one_text_are_both_kept(analyse):
    found = orgs(analyse, "Née Alliance des États du Sahel en 2023, l'organisation est devenue la Confédération "
                          "des États du Sahel en juillet 2024.")
    assert {"Alliance des États du Sahel", "Confédération des États du Sahel"} <= set(found)


# -- the armed forces of Mali and of the Central African Republic by their acronym ---------------------------

def test_fama_alone_names_the_malian_forces(analyse):
    # the Forces armées maliennes of the lists, under the acronym the text writes
    assert "FAMa" in orgs(analyse, "Une patrouille des FAMa a été prise en embuscade mardi près de Ménaka.")


def test_faca_after_the_staff_names_the_central_african_forces(analyse):
    found = orgs(analyse, "Le chef d'état-major général des Forces armées centrafricaines (FACA) a reçu "
                          "jeudi à Bangui le commandant de la force de la MINUSCA. Les FACA ont repris le "
                          "contrôle de la ville.")
    assert "Forces armées centrafricaines" in found


def test_fama_in_lower_case_is_no_body(analyse):
    assert "Forces armées maliennes" not in orgs(analyse, "La fama de ce chanteur dépasse les frontières du "
                                                          "Mali.")


# -- a head of state's military household and a military band, with their capital ---------------------------

def test_the_military_household_of_the_king(analyse):
    assert "Maison militaire du Roi" in orgs(analyse, "Le chef de la Maison militaire du Roi, le général "
                                                      "Jef Van den Put, assistait à la cérémonie à Bruxelles.")


def test_a_band_named_by_its_corps(analyse):
    assert "Musique royale des Guides" in orgs(analyse, "La Musique royale des Guides a joué la Brabançonne "
                                                        "devant le palais royal.")


def test_a_band_named_by_its_arm(analyse):
    assert "Musique de l'air" in orgs(analyse, "La Musique de l'air a ouvert samedi le défilé sur la base "
                                               "aérienne de Villacoublay.")


def test_music_and_a_house_in_lower_case_are_no_bodies(analyse):
    found = orgs(analyse, "La musique militaire a retenti pendant que la famille visitait une maison "
                          "militaire du XVIIIe siècle.")
    assert not any("usique" in f or "aison" in f for f in found)


# -- a country's defence named by its portfolio and demonym, as written --------------------------------------

def test_the_belgian_defence_is_written_as_the_text_does(analyse):
    assert "Défense belge" in orgs(analyse, "Le contrat a été signé mardi, a indiqué la Défense belge dans "
                                            "un communiqué.")


def test_the_defence_of_a_country_in_lower_case_is_a_policy(analyse):
    found = orgs(analyse, "La défense belge du flanc est reste une priorité, a dit le ministre.")
    assert not any("Défense" in f for f in found)
