"""Round 15, organisations and false officials: a surname in capitals, a hall or a body named in English taken
for a person, a named operation the lists hold, a country's force before `contre`, the one unit of a listed body."""

from __future__ import annotations


def _orgs(doc) -> dict[str, str]:
    return {e.text: e._.normalized for e in doc.ents if e.label_ == "ORG"}


def _people(doc) -> list[str]:
    return [p["name"] for p in doc._.officials]


def test_surname_in_capitals_belongs_to_the_name(analyse):
    doc = analyse("La cérémonie s'est tenue en présence du général Moussa TRAORÉ, chef d'état-major, à Bamako.")
    assert "Moussa TRAORÉ" in [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_acronym_of_the_lists_after_a_name_is_not_a_surname(analyse):
    doc = analyse("Le général Pierre Durand OTAN a été reçu hier.")
    assert "Pierre Durand OTAN" not in [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_hall_named_after_a_person_is_no_official(analyse):
    doc = analyse("Les festivités ont débuté mardi soir à l'Andrew J. Carlton Auditorium, en présence des ministres.")
    assert not any("Carlton" in n for n in _people(doc))


def test_venue_forum_is_no_official(analyse):
    doc = analyse("Mercredi, au Grand Forum, les chefs d'État et de gouvernement ont adopté la déclaration.")
    assert not any("Forum" in n for n in _people(doc))


def test_person_named_before_an_auditorium_in_lower_case_stays_an_official(analyse):
    doc = analyse("L'ambassadeur Andrew J. Carlton a présidé la séance dans l'auditorium de la mission.")
    assert any("Carlton" in n for n in _people(doc))


def test_named_operation_of_the_lists_is_the_body(analyse):
    doc = analyse("La frégate opère en étroite coordination avec l'opération EUNAVFOR ATALANTA dans l'océan Indien.")
    assert "EUNAVFOR Atalanta" in _orgs(doc).values()


def test_named_operation_not_in_the_lists_stays_an_event(analyse):
    doc = analyse("La frégate opère dans le cadre de l'opération Tempête Bleue dans l'océan Indien.")
    assert not any("Tempête" in t for t in _orgs(doc))


def test_national_force_closes_before_contre(analyse):
    doc = analyse("Il a rappelé l'engagement de l'armée belge contre les groupes armés dans la région.")
    assert "armée belge" in _orgs(doc)
    assert not any("contre" in t for t in _orgs(doc))


def test_contre_after_a_noun_stays_in_the_name(analyse):
    doc = analyse("Le Centre de coordination de la lutte contre le terrorisme a publié son rapport annuel.")
    assert any("contre le terrorisme" in t for t in _orgs(doc))


def test_the_regiment_of_a_listed_body_is_a_body(analyse):
    doc = analyse("Des unités du régiment du service militaire adapté ont été déployées après le cyclone.")
    assert "régiment du service militaire adapté" in _orgs(doc)


def test_regiments_of_a_listed_body_in_the_plural_are_a_kind(analyse):
    doc = analyse("Les régiments du service militaire adapté recrutent des jeunes chaque année.")
    assert "régiments du service militaire adapté" not in _orgs(doc)


def test_two_countries_forces_coordinated_are_no_one_name(analyse):
    doc = analyse("Les armées ivoirienne et ghanéenne mèneront des patrouilles conjointes le long de la frontière.")
    assert not any(" et " in t for t in _orgs(doc))


def test_one_countrys_force_alone_is_a_body(analyse):
    doc = analyse("L'armée ghanéenne mènera des patrouilles le long de la frontière.")
    assert "armée ghanéenne" in _orgs(doc)


def test_qualities_joined_by_et_stay_in_the_name(analyse):
    doc = analyse("Le Service fédéral de la coopération militaire et technique a signé le contrat hier.")
    assert any("militaire et technique" in t for t in _orgs(doc))
