"""Organisation entities and dates, round 50: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def ents(analyse, body: str, label: str) -> list[tuple[str, str]]:
    doc = analyse(page(body, published="14 mars 2024"))
    return [(e.text, e._.normalized) for e in doc.ents if e.label_ == label and e.text != "14 mars 2024"]


# -- a year a figure is compared with is a date (`en hausse de 7 % par rapport à 2023`) -----------------------

def test_a_year_after_par_rapport_a_is_a_date(analyse):
    found = ents(analyse, "Les crédits de la défense progressent de 7 % par rapport à 2023, a indiqué le ministre.",
                 "DATE")
    assert ("2023", "2023") in found


def test_a_year_after_compare_a_opening_the_sentence_is_a_date(analyse):
    found = ents(analyse, "Comparé à 2019, le nombre de recrues de l'armée de Terre a doublé.", "DATE")
    assert ("2019", "2019") in found


def test_a_year_after_comparativement_a_is_a_date(analyse):
    found = ents(analyse, "Les exportations d'armement ont reculé comparativement à 2021, selon le rapport annuel.",
                 "DATE")
    assert ("2021", "2021") in found


def test_a_year_after_rapportee_a_is_a_date(analyse):
    found = ents(analyse, "La dépense militaire, rapportée à 2022, reste en deçà de l'objectif de l'OTAN.", "DATE")
    assert ("2022", "2022") in found


def test_a_count_compared_with_a_count_is_no_date(analyse):
    found = ents(analyse, "Le bataillon aligne 600 soldats par rapport à 2000 soldats prévus au départ.", "DATE")
    assert found == []


# -- a school the army numbers (`école de recrues d'infanterie 2`): the number closes its name ----------------

def test_a_numbered_recruit_school_keeps_its_number(analyse):
    found = ents(analyse, "Le colonel Paul Favre commande l'école de recrues d'infanterie 2 à Colombier.", "ORG")
    assert ("école de recrues d'infanterie 2", "école de recrues d'infanterie 2") in found


def test_a_numbered_officers_school_keeps_its_number(analyse):
    found = ents(analyse, "Les aspirants de l'école d'officiers 14 ont défilé jeudi à Berne.", "ORG")
    assert [t for t, _ in found] == ["école d'officiers 14"]


def test_a_numbered_school_as_a_complement_of_a_title_keeps_its_number(analyse):
    found = ents(analyse, "Le commandant de l'école de sous-officiers 30 a reçu le chef de l'armée suisse.", "ORG")
    assert "école de sous-officiers 30" in [t for t, _ in found]


def test_a_year_after_a_school_is_not_its_number(analyse):
    found = ents(analyse, "L'École de guerre 2025 accueille des officiers étrangers.", "ORG")
    assert all("2025" not in t for t, _ in found)


# -- the Canadian army's brigade, the `groupe-brigade` --------------------------------------------------------

def test_a_numbered_mechanised_groupe_brigade_is_one_body(analyse):
    found = ents(analyse, "Le ministre a salué les soldats du 5e Groupe-brigade mécanisé du Canada.", "ORG")
    assert [t for t, _ in found] == ["5e Groupe-brigade mécanisé du Canada"]


def test_a_numbered_reserve_groupe_brigade_is_one_body(analyse):
    found = ents(analyse, "Les réservistes du 34e Groupe-brigade du Canada ont participé à l'exercice.", "ORG")
    assert [t for t, _ in found] == ["34e Groupe-brigade du Canada"]


def test_a_bare_groupe_brigade_names_no_body(analyse):
    found = ents(analyse, "Le groupe-brigade a été déployé en Lettonie pour six mois.", "ORG")
    assert found == []
