"""Meeting places, round 50: a military site named by its sigle, and a bare site word pointing back to a
site named before as the complement of another noun. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[str]:
    return [m["location"] for m in analyse(page(body))._.meetings]


# -- a site's sigle and its name or number is one place (`à la BFC X`, `sur la BA 113`) ---------------------

def test_a_sigle_and_a_name_model_read_as_one_place(analyse):
    assert places(analyse, "Le ministre de la Défense nationale Bill Blair a rencontré mardi son homologue "
                           "Lloyd Austin à la BFC Petawawa.") == ["BFC Petawawa"]


def test_a_sigle_and_a_name_model_read_apart(analyse):
    assert places(analyse, "Le ministre de la Défense nationale Bill Blair a accueilli jeudi son homologue "
                           "britannique John Healey à la BFC Borden, en Ontario.") == ["BFC Borden"]


def test_a_sigle_with_its_number_and_town(analyse):
    assert places(analyse, "Le ministre des Armées a reçu lundi son homologue grec sur la BA 113 de "
                           "Saint-Dizier.") == ["BA 113 de Saint-Dizier"]


def test_a_sigle_with_a_hyphenated_name_in_a_relative_clause(analyse):
    assert places(analyse, "La ministre Geneviève Darrieussecq s'est rendue mardi à la BAN Lann-Bihoué, où "
                           "elle a rencontré le vice-amiral Pierre Vandier.") == ["BAN Lann-Bihoué"]


def test_a_sigle_of_a_projected_base_in_the_passive(analyse):
    assert places(analyse, "Le général Thierry Burkhard a été accueilli jeudi sur la BAP de Niamey par le "
                           "général Salifou Mody.") == ["BAP de Niamey"]


def test_the_kind_in_full_then_its_sigle_in_brackets_gives_the_sigle_and_name(analyse):
    assert places(analyse, "Le ministre Bill Blair s'est rendu vendredi à la Base des Forces canadiennes (BFC) "
                           "Borden, où il a rencontré le général Wayne Eyre.") == ["BFC Borden"]


def test_a_sigle_alone_or_the_same_letters_in_lower_case_is_no_place(analyse):
    assert places(analyse, "Le ministre a reçu jeudi son homologue à Ottawa, avant de rappeler le ban des "
                           "alliés.") == ["Ottawa"]
    found = places(analyse, "Le ministre a évoqué jeudi le budget. Il a reçu vendredi son homologue belge "
                            "Ludivine Dedonder, puis a évoqué la BA, sans plus de détail.")
    assert all("BA" not in p for p in found)


# -- a bare site word points back to the site named before, even as the complement of another noun -----------

def test_a_bare_base_points_back_to_the_site_whose_workshops_were_named(analyse):
    assert places(analyse, "Le gouvernement investira un milliard pour rénover les ateliers de la Base des "
                           "Forces canadiennes (BFC) Petawawa. Le ministre Bill Blair, qui visitait la base "
                           "vendredi, a rencontré le général Wayne Eyre.") == ["BFC Petawawa"]


def test_a_bare_base_points_back_to_an_air_base_named_by_its_runways(analyse):
    assert places(analyse, "Les travaux sur les pistes de la base aérienne de Cazaux dureront deux ans. Le "
                           "ministre des Armées a reçu mardi sur la base son homologue belge Ludivine "
                           "Dedonder.") == ["base aérienne de Cazaux"]


def test_a_bare_base_points_back_to_a_naval_base_in_a_fronted_day(analyse):
    assert places(analyse, "Le chantier du quai de la base navale de Toulon s'achève. Vendredi, le ministre "
                           "s'est entretenu sur la base avec le chef d'état-major de la marine italienne, "
                           "l'amiral Enrico Credendino.") == ["base navale de Toulon"]


def test_a_bare_base_with_no_site_named_before_stays_unplaced(analyse):
    assert places(analyse, "Le ministre a évoqué jeudi le budget de la Défense. Il a reçu vendredi son "
                           "homologue belge Ludivine Dedonder sur la base.") == [""]
