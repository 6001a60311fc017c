"""Titles of a chief of staff, round 59: `chef d'état-major` followed by `de` + the armed service he heads
keeps the service in the title as written (`chef d'état-major de l'armée de Terre`), the service staying his
organisation; a title of its own term, or a body after a contracted article, is left as it was. Texts of our
own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def roles(analyse, body: str) -> dict[str, tuple[str, str]]:
    """Surname (last word of the name, lower case) -> (role as written, organisation)."""
    return {p["name"].split()[-1].lower(): (p.get("role_as_written") or p["role"], p["organisation"])
            for p in analyse(page(body))._.officials}


def test_the_army_chief_named_after_his_title(analyse):
    found = roles(analyse, "La commission a entendu mercredi le chef d'état-major de l'armée de Terre, le "
                           "général Pierre Schill, sur l'exécution de la loi de programmation militaire.")
    assert found["schill"][0].lower() == "chef d'état-major de l'armée de terre"


def test_the_air_force_chief_in_apposition_after_his_name(analyse):
    found = roles(analyse, "Le général Stéphane Mille, chef d'état-major de l'armée de l'Air et de l'Espace, "
                           "a présenté mardi aux sénateurs les besoins de son armée en avions ravitailleurs.")
    assert found["mille"][0].lower() == "chef d'état-major de l'armée de l'air et de l'espace"


def test_the_navy_chief_keeps_the_navy_in_his_title(analyse):
    found = roles(analyse, "L'amiral Nicolas Vaujour, chef d'état-major de la Marine, s'est rendu jeudi à "
                           "Brest pour saluer l'équipage du sous-marin Suffren.")
    assert found["vaujour"][0] == "chef d'état-major de la Marine"


def test_a_foreign_army_chief_keeps_his_army(analyse):
    found = roles(analyse, "Le chef d'état-major de l'armée de terre italienne, le général Carmine Masiello, "
                           "a été reçu lundi à Paris.")
    assert found["masiello"][0].lower().startswith("chef d'état-major de l'armée de terre")


def test_a_feminine_title_keeps_the_service_too(analyse):
    found = roles(analyse, "La générale Jennie Carignan, cheffe d'état-major de l'armée de terre canadienne "
                           "par intérim, a visité mardi la base de Valcartier.")
    assert found["carignan"][0].lower().startswith("cheffe d'état-major de l'armée de terre")


# -- counter-examples ---------------------------------------------------------------------------------------

def test_the_chief_of_the_defence_staff_keeps_his_own_term(analyse):
    found = roles(analyse, "Le général Thierry Burkhard, chef d'état-major des armées, a reçu jeudi son "
                           "homologue britannique, l'amiral Tony Radakin.")
    assert found["burkhard"][0] == "chef d'état-major des armées"


def test_a_bare_chief_of_staff_stays_bare(analyse):
    found = roles(analyse, "Le colonel Jean Dupuis, chef d'état-major, a accueilli lundi la délégation "
                           "allemande à Strasbourg.")
    assert found["dupuis"][0] == "chef d'état-major"


def test_a_chief_of_staff_of_a_minister_is_no_service_chief(analyse):
    found = roles(analyse, "Le général Thierry Burkhard a reçu mardi le chef d'état-major de la ministre, "
                           "le général Paul Martin, pour préparer le sommet.")
    assert "armée" not in found.get("martin", ("", ""))[0]


# -- `présidée par la libérale allemande X`: a word for what the chair is, then the name, still leads the body --

def test_a_subcommittee_chaired_by_a_described_woman(analyse):
    found = roles(analyse, "Les députés de la sous-commission sécurité et défense (SEDE), présidée par la "
                           "libérale allemande Marie-Agnes Strack-Zimmermann, ont entendu mardi le commissaire.")
    assert found["strack-zimmermann"] == ("présidente", "sous-commission sécurité et défense")


def test_a_committee_chaired_by_a_described_man(analyse):
    found = roles(analyse, "L'audition s'est tenue devant la commission des affaires étrangères (AFET), présidée "
                           "par le conservateur allemand David McAllister, à Bruxelles.")
    assert found["mcallister"][0] == "président"


def test_a_witness_heard_by_the_committee_is_not_its_chair(analyse):
    found = roles(analyse, "La sous-commission sécurité et défense (SEDE), présidée par la libérale allemande "
                           "Marie-Agnes Strack-Zimmermann, a entendu mardi le général Robert Brieger, président du "
                           "Comité militaire de l'UE.")
    assert found["brieger"][0].startswith("président du Comité militaire")
    assert found["brieger"][1] != "sous-commission sécurité et défense"


# -- `vice-présidente de la commission`: the bare committee is the one the article names in full -------------

def test_a_vice_chair_of_the_committee_named_before(analyse):
    found = roles(analyse, "Le ministre a été entendu mercredi par la commission de la défense nationale et des "
                           "forces armées de l'Assemblée nationale. La députée Anne Genetet, vice-présidente de la "
                           "commission, l'a interrogé sur les munitions.")
    assert found["genetet"][1].lower().startswith("commission de la défense nationale")


def test_a_secretary_of_the_senate_committee_named_before(analyse):
    found = roles(analyse, "La commission des affaires étrangères, de la défense et des forces armées du Sénat a "
                           "auditionné mardi le chef d'état-major des armées. Le sénateur Olivier Cadic, secrétaire "
                           "de la commission, a salué sa franchise.")
    assert found["cadic"][1].lower().startswith("commission des affaires étrangères")


def test_a_bare_committee_in_a_story_that_names_none_is_no_body(analyse):
    found = roles(analyse, "Le député Jean Dupont, vice-président de la commission, a demandé mardi un rapport "
                           "sur les munitions livrées à l'Ukraine.")
    assert found["dupont"][1] == ""


def test_the_capitalised_commission_is_not_the_parliament_committee(analyse):
    found = roles(analyse, "La sous-commission sécurité et défense du Parlement européen a entendu mardi Ursula "
                           "von der Leyen, présidente de la Commission, sur le programme industriel.")
    assert "sous-commission" not in found["leyen"][1]
