"""Organisations as entities (issue #10, round 9): the grammar of institutional names reads unit codes,
compass points, houses of parliament, title-case names over `et`, and a country's ministry named by its
portfolio. The sentences are written for these tests; each behaviour has its counter-example."""

from __future__ import annotations

from conftest import page


def org_names(analyse, text: str) -> dict[str, str]:
    from pipeline.run.export import doc_rows

    return {r["text"]: r["normalized"] for r in doc_rows(analyse(page(text)))["entities"] if r["label"] == "ORG"}


def officials(analyse, text: str) -> dict[str, dict]:
    from pipeline.run.export import doc_rows

    return {r["name"]: r for r in doc_rows(analyse(page(text)))["officials"]}


def test_a_unit_code_names_a_flotilla(analyse):
    names = org_names(analyse, "Un avion de guet de la flottille 11F a guidé les chasseurs au-dessus du golfe.\n")
    assert "flottille 11F" in names


def test_a_word_after_a_flotilla_is_no_code(analyse):
    """Counter-example: a lower-case word after the head marks no unit."""
    names = org_names(analyse, "Chaque flottille embarquée a reçu des pilotes supplémentaires cette année.\n")
    assert not any(n.lower().startswith("flottille") for n in names)


def test_a_compass_point_names_a_fleet(analyse):
    names = org_names(analyse, "La flotte de l'Est avait engagé trois frégates pour l'exercice de printemps.\n")
    assert "flotte de l'Est" in names


def test_a_compass_point_after_an_adjective_names_a_division(analyse):
    text = "Les soldats sont placés sous le contrôle de la division multinationale Nord-Est depuis mai.\n"
    assert "division multinationale Nord-Est" in org_names(analyse, text)


def test_a_direction_in_lower_case_names_no_body(analyse):
    """Counter-example: `le sud de la ville` is a direction."""
    names = org_names(analyse, "Les troupes se sont repliées vers le sud de la ville après les combats.\n")
    assert not any("sud" in n.lower() for n in names)


def test_a_compound_place_is_no_compass_point(analyse):
    """Counter-example: `Centre-Amérique` is a region's name, not the compass point `Centre`."""
    text = "Il a rejoint les Forces alliées Centre-Amérique à leur création en 1960.\n"
    assert "Forces alliées Centre" not in org_names(analyse, text)


def test_a_house_of_parliament_is_a_body(analyse):
    text = "Le texte a été adopté par la Chambre des représentants du Congrès mercredi soir.\n"
    assert any(n.startswith("Chambre des représentants") for n in org_names(analyse, text))


def test_a_chamber_in_lower_case_is_no_body(analyse):
    """Counter-example: `une chambre de commerce` bears no mark."""
    names = org_names(analyse, "Les élus ont visité une chambre de commerce à Lyon la semaine dernière.\n")
    assert not any(n.lower().startswith("chambre") for n in names)


def test_a_title_case_name_goes_on_over_et(analyse):
    text = "Le communiqué a été diffusé par l'Agence Béninoise de Presse et de Communication en 2019.\n"
    assert "Agence Béninoise de Presse et de Communication" in org_names(analyse, text)


def test_a_bare_et_in_a_title_case_name(analyse):
    text = "Le texte vient de l'Agence Togolaise de Presse et Publicité, qui l'a diffusé jeudi.\n"
    assert "Agence Togolaise de Presse et Publicité" in org_names(analyse, text)


def test_et_before_another_body_ends_the_name(analyse):
    """Counter-example: a name of the lists after `et` is another body."""
    names = org_names(analyse, "Le projet associe l'Agence européenne de défense et Airbus depuis 2020.\n")
    assert "Airbus" in names and not any("et Airbus" in n for n in names)


def test_an_association_with_its_capital_is_a_body(analyse):
    text = "Le rapport a été présenté par l'Association marocaine des études stratégiques à Rabat.\n"
    assert "Association marocaine des études stratégiques" in org_names(analyse, text)


def test_an_association_in_lower_case_is_no_body(analyse):
    """Counter-example."""
    names = org_names(analyse, "Ils ont fondé une association de riverains à Lyon pour protester.\n")
    assert not any(n.lower().startswith("association") for n in names)


def test_the_capitalised_defence_of_a_country_is_its_ministry(analyse):
    text = "Le contrat a été confirmé dimanche, a fait savoir la Défense belge dans un communiqué.\n"
    assert "Défense belge" in org_names(analyse, text)


def test_a_countrys_defence_in_lower_case_is_a_policy(analyse):
    """Counter-example: `la défense française` is no body."""
    names = org_names(analyse, "La défense française repose d'abord sur la dissuasion nucléaire.\n")
    assert not any(n.lower().startswith("défense") for n in names)


def test_defence_inside_a_chief_of_staffs_role_is_no_body(analyse):
    """Counter-example: `chef d'état-major de la défense italien` names no `défense italien`."""
    text = "Le comité a élu l'amiral Marco Vellutini, chef d'état-major de la défense italien.\n"
    people = officials(analyse, text)
    assert all("défense italien" not in p["organisation"] for p in people.values())
    assert "défense italien" not in org_names(analyse, text)


def test_a_countrys_defence_is_written_as_the_text_does(analyse):
    """Round 52: `la Défense russe` is kept as written, as the portfolio alone (`la Défense`) is."""
    text = "Le contrat a été confirmé dimanche, a fait savoir la Défense russe dans un communiqué.\n"
    assert org_names(analyse, text).get("Défense russe") == "Défense russe"


def test_one_word_opening_a_name_given_before_is_that_body(analyse):
    text = ("Les trois pays ont fondé l'Alliance des États du Sahel (AES) en 2023. Depuis la création de "
            "l'Alliance, les échanges militaires se sont multipliés.\n")
    assert org_names(analyse, text).get("Alliance") == "Alliance des États du Sahel"


def test_one_word_with_no_name_before_keeps_the_lists_body(analyse):
    """Counter-example: `l'Alliance` alone is the OTAN's, as the lists say, under the name the text writes."""
    text = "Depuis la création de l'Alliance en 1949, la Pologne a rejoint le traité atlantique.\n"
    assert org_names(analyse, text).get("Alliance") == "Alliance"  # the OTAN's name as written


def test_a_commissioner_of_the_union_sits_in_its_commission(analyse):
    text = ("Les ministres des États membres de l'UE se sont réunis à Bruxelles. Le commissaire chargé de la "
            "défense et de l'espace, M. Andrius Kaminskas, a pris part aux travaux.\n")
    person = officials(analyse, text)["Andrius Kaminskas"]
    assert person["organisation"] == "Commission européenne"
    assert org_names(analyse, text).get("UE") == "UE"  # the entity keeps its own name, as the text writes it


def test_a_commissioner_of_a_body_with_no_listed_commission_is_of_the_body(analyse):
    """Counter-example: the lists give the CEDEAO no commission of its own."""
    text = "Le commissaire chargé des affaires politiques de la CEDEAO, M. Abdel Moussa, a présenté le rapport.\n"
    person = officials(analyse, text)["Abdel Moussa"]
    assert person["organisation"] == "CEDEAO"  # the body's name as the text writes it


def test_a_capitalised_head_then_a_name_the_model_took_for_a_place(analyse):
    text = "Les pilotes de la Composante Terre ont été salués par le ministre mardi.\n"
    assert "Composante Terre" in org_names(analyse, text)


def test_a_lower_case_head_then_a_place_is_no_name(analyse):
    """Counter-example: after a head in lower case, a place stays a place."""
    text = "Le détachement a rejoint la composante Gao au printemps dernier.\n"
    assert not any(n.lower().startswith("composante") for n in org_names(analyse, text))
