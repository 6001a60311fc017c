"""West and Central African agencies, round 46: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def people(analyse, body: str) -> dict[str, tuple[str, str]]:
    doc = analyse(page(body))
    return {o["name"]: (o["role"], o["organisation"]) for o in doc._.officials}


# -- a rare given name the model read as a body, after the comma of an apposition, starts the name ---------

def test_a_given_name_read_as_a_body_opens_the_name_after_the_apposition(analyse):
    found = people(analyse, "A ses côtés, le Chef d'Etat-Major des Armées, le Général d'Armée René Claude Meka, "
                            "le Secrétaire d'Etat à la Défense chargé de la Gendarmerie nationale, Galax Yves "
                            "Landry Etoga, et plusieurs attachés de défense.")
    assert "Galax Yves Landry Etoga" in found
    assert found["Galax Yves Landry Etoga"][0].startswith("secrétaire d'")
    assert found["René Claude Meka"][0].lower().startswith("chef d'état-major")


def test_a_given_name_read_as_a_body_in_a_list_of_guests(analyse):
    found = people(analyse, "Le ministre a reçu lundi le directeur de la sécurité militaire, Galax Yves Landry "
                            "Etoga, puis le colonel Jean Mballa.")
    assert "Galax Yves Landry Etoga" in found


def test_a_country_before_a_name_after_a_comma_stays_a_place(analyse):
    found = people(analyse, "Le sommet a réuni trois pays, Mali, Assimi Goïta représentant Bamako, et le Niger.")
    assert not any(name.startswith("Mali") for name in found)
