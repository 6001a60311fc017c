"""Meeting hosts, round 52 (hst53): a visit to the seat of a staff or a defence headquarters (`au quartier
général de la Défense`, `à l'état-major de la Marine`), told with no host, is hosted by the one official of
the text heading that body, named in the story, who takes part. Texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[tuple[str, str, list[str]]]:
    return [(m["kind"], m["host"], m["people"]) for m in analyse(page(body))._.meetings]


def test_a_king_visiting_his_defence_headquarters_is_received_by_its_chief(analyse):
    found = hosts(analyse, "Le roi Philippe s'est rendu mardi au quartier général de la Défense, à Evere, pour "
                           "faire le point sur la situation au Sahel. Le chef de la Défense, l'amiral Michel "
                           "Hofman, a présenté au souverain les opérations en cours.")
    assert found[0][1] == "hofman"


def test_a_minister_visiting_the_navy_staff_is_received_by_its_chief(analyse):
    found = hosts(analyse, "Le ministre des Armées Sébastien Lecornu a effectué jeudi une visite au quartier "
                           "général de la Marine nationale, à Paris. L'amiral Nicolas Vaujour, chef d'état-major "
                           "de la Marine nationale, a détaillé les missions des frégates en mer Rouge.")
    assert found[0][1] == "vaujour"
    assert "vaujour" in found[0][2]


def test_a_visit_to_the_army_staff_names_its_chief_as_host(analyse):
    found = hosts(analyse, "La ministre de la Défense Ludivine Dedonder a effectué lundi une visite à "
                           "l'état-major de la composante Terre. Le commandant de la composante Terre, le "
                           "général-major Pierre Gérard, lui a présenté la nouvelle brigade motorisée.")
    assert found[0][1] == "gerard"


def test_a_visit_to_the_seat_of_a_staff_of_no_country_names_its_head(analyse):
    found = hosts(analyse, "Le Premier ministre Dick Schoof a effectué mardi une visite au quartier général "
                           "de l'OTAN à Bruxelles. Le secrétaire général de l'OTAN, Mark Rutte, a salué "
                           "l'engagement néerlandais.")
    assert found[0][1] == "rutte"


def test_a_visit_to_the_air_staff_names_its_chief(analyse):
    found = hosts(analyse, "Le président Emmanuel Macron a effectué vendredi une visite à l'état-major de "
                           "l'armée de l'Air et de l'Espace. Le général Stéphane Mille, chef d'état-major de "
                           "l'armée de l'Air et de l'Espace, a présenté le programme SCAF.")
    assert found[0][1] == "mille"


# -- counter-examples ---------------------------------------------------------------------------------------

def test_a_visit_to_another_bodys_headquarters_gets_no_chief_of_another_body(analyse):
    found = hosts(analyse, "Le ministre des Armées Sébastien Lecornu a effectué jeudi une visite au quartier "
                           "général de la Marine nationale. Le général Pierre Schill, chef d'état-major de "
                           "l'armée de Terre, a présenté la veille son plan de transformation.")
    assert found[0][1] != "schill"


def test_two_chiefs_of_the_body_named_give_no_host(analyse):
    found = hosts(analyse, "Le ministre des Armées a effectué jeudi une visite au quartier général de la "
                           "Marine nationale. L'amiral Nicolas Vaujour, chef d'état-major de la Marine "
                           "nationale, succède à l'amiral Pierre Vandier, ancien chef d'état-major de la "
                           "Marine nationale.")
    assert found[0][1] in ("", None)
