"""Organisations and their members (issue #10, round 10): coordinated adjectives inside an institutional
name, `la Marine` alone, a ministry named by its portfolio, the US service components, `troupes` and
`préfecture maritime` as heads. The sentences are written for these tests; each behaviour has its
counter-example."""

from __future__ import annotations

from conftest import page


def rows(analyse, text: str) -> dict[str, list[dict]]:
    from pipeline.run.export import doc_rows

    return doc_rows(analyse(page(text)))


def org_names(analyse, text: str) -> dict[str, str]:
    return {r["text"]: r["normalized"] for r in rows(analyse, text)["entities"] if r["label"] == "ORG"}


def members(analyse, text: str) -> set[tuple[str, str]]:
    return {(r["subject"], r["object"]) for r in rows(analyse, text)["relations"] if r["relation"] == "MEMBER_OF"}


def organisation_of(analyse, text: str, name: str) -> str:
    return next(r["organisation"] for r in rows(analyse, text)["officials"] if r["name"] == name)


# coordinated adjectives

def test_two_adjectives_joined_by_et_stay_in_the_name(analyse):
    name = "Service fédéral de la coopération scientifique et technique de la Fédération de Russie"
    text = f"Le {name} a signé l'accord.\n"
    assert name in org_names(analyse, text)


def test_et_before_another_body_still_ends_the_name(analyse):
    """Counter-example: `et` then a noun phrase with its article is a second thing, not the name's."""
    text = "Le Service fédéral de la coopération technique et la marine russe ont signé l'accord.\n"
    names = org_names(analyse, text)
    assert not any("et la marine" in n for n in names)


# `la Marine`

def test_the_capitalised_marine_alone_is_the_marine_nationale(analyse):
    text = "L'amiral Paul Leroux, chef d'état-major de la Marine, a présenté le budget mardi.\n"
    assert organisation_of(analyse, text, "Paul Leroux") == "Marine nationale"
    assert ("Paul Leroux", "Marine nationale") in members(analyse, text)


def test_a_marine_of_another_country_is_not_the_marine_nationale(analyse):
    """Counter-example: `Marine` heading another's name, or after an aircraft's name."""
    text = ("Une frégate de la Marine de l'Armée populaire de libération a croisé au large. "
            "Des Rafale Marine ont survolé la zone.\n")
    assert "Marine nationale" not in org_names(analyse, text).values()


def test_a_lower_case_marine_is_no_body(analyse):
    """Counter-example: `marine` in lower case, alone, is a trade or a colour."""
    text = "Il portait une veste bleu marine lors de la cérémonie de mardi.\n"
    assert "Marine nationale" not in org_names(analyse, text).values()


# a ministry named by its portfolio

def test_a_minister_belongs_to_the_ministry_named_by_its_portfolio(analyse):
    text = ("Le ministre slovaque de la Défense, Pavol Novak, a reçu mardi ses homologues baltes, "
            "a indiqué la Défense slovaque dans un communiqué.\n")
    assert organisation_of(analyse, text, "Pavol Novak") != ""


def test_another_countrys_portfolio_is_not_the_ministers(analyse):
    """Counter-example: the ministry of another country, named by the same portfolio."""
    text = ("Le ministre slovaque de la Défense, Pavol Novak, a reçu mardi une délégation, "
            "a indiqué la Défense tchèque dans un communiqué.\n")
    assert "tchèque" not in organisation_of(analyse, text, "Pavol Novak")


# lists and heads

def test_a_us_service_component_is_one_body(analyse):
    text = "Le général John Miller, commandant de l'US Army Pacific, a ouvert la conférence mardi.\n"
    assert "US Army Pacific" in org_names(analyse, text)
    assert ("John Miller", "US Army Pacific") in members(analyse, text)


def test_troops_of_a_kind_and_a_country_are_a_branch(analyse):
    text = "Le colonel Ivan Petrov, commandant des troupes aéroportées russes, a assisté aux manœuvres.\n"
    assert "troupes aéroportées russes" in org_names(analyse, text)


def test_troops_of_a_country_alone_are_no_body(analyse):
    """Counter-example: `les troupes russes` (no kind) are soldiers, not a branch."""
    text = "Les troupes russes ont quitté la ville mardi après trois semaines de combats.\n"
    assert not any(n.startswith("troupes") for n in org_names(analyse, text))


def test_a_maritime_prefecture_is_a_body(analyse):
    text = "Le ministre a visité mardi la préfecture maritime de Brest avant de rejoindre le port.\n"
    assert "préfecture maritime de Brest" in org_names(analyse, text)


def test_a_prefecture_alone_is_no_maritime_body(analyse):
    """Counter-example: a bare `préfecture` is a building of the civil administration."""
    text = "Le ministre a visité mardi la préfecture de Brest avant de rejoindre le port.\n"
    assert not any(n.startswith("préfecture") for n in org_names(analyse, text))


# a body that depends on another

def parts(analyse, text: str) -> set[tuple[str, str]]:
    return {(r["subject"], r["object"]) for r in rows(analyse, text)["relations"] if r["relation"] == "PART_OF"}


def test_a_body_attached_to_another_is_part_of_it(analyse):
    text = "Le Centre d'essais de Brest, rattaché à la Direction générale de l'armement, a ouvert ses portes mardi.\n"
    assert ("Centre d'essais de Brest", "Direction générale de l'armement") in parts(analyse, text)


def test_a_body_that_meets_another_is_not_part_of_it(analyse):
    """Counter-example: two bodies in one sentence, joined by a verb of meeting, not of dependence."""
    text = "Le Centre d'essais de Brest a accueilli la Direction générale de l'armement mardi.\n"
    assert ("Centre d'essais de Brest", "Direction générale de l'armement") not in parts(analyse, text)


# an acronym and its name after a head; a place after `en`

def test_an_acronym_and_its_name_after_force_are_one_name(analyse):
    text = "Des soldats autrichiens servent au sein de la force KFOR ATLAS depuis le printemps.\n"
    assert "force KFOR ATLAS" in org_names(analyse, text)


def test_a_place_after_an_acronym_is_not_its_name(analyse):
    """Counter-example: the capitalised word after the acronym is a place the model found."""
    text = "Des soldats autrichiens servent au sein de la force KFOR Pristina depuis le printemps.\n"
    assert "force KFOR Pristina" not in org_names(analyse, text)


def test_a_listed_body_in_a_place_is_the_body_alone(analyse):
    text = "La mission est conduite par l'Union européenne en Bosnie et Herzégovine depuis 2004.\n"
    names = org_names(analyse, text)
    assert "Union européenne" in names
    assert not any(n.startswith("Union européenne en") for n in names)
