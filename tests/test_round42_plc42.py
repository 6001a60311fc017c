"""Meeting places, round 42: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["location"]) for m in doc._.meetings]


# -- a country named by its title alone (`au Royaume`, `au Grand-Duché`) or a figure (`l'Hexagone`) ---------
# -- gives way to the city of that country the meeting's own sentence names -----------------------------

def test_a_kingdom_named_by_its_title_gives_way_to_the_city_told_after(analyse):
    found = places(analyse, "Le général norvégien Eirik Kristoffersen effectue depuis lundi une visite de travail au "
                            "Royaume. Il a été reçu mardi à Rabat par le ministre délégué à la Défense, Abdelkader "
                            "Bennani.")
    assert found and all(place == "Rabat" for _, place in found)


def test_a_grand_duchy_named_by_its_title_gives_way_to_its_capital(analyse):
    found = places(analyse, "Le général belge Pieter Claes effectue une visite de travail au Grand-Duché. Lundi, à "
                            "Luxembourg, il s'est entretenu avec la ministre de la Défense, Anne Weydert.")
    assert found and all(place == "Luxembourg" for _, place in found)


def test_a_title_alone_with_no_city_told_stays_as_written(analyse):
    found = places(analyse, "Le général norvégien Eirik Kristoffersen a effectué mercredi une visite de travail au "
                            "Royaume, la première depuis sa nomination.")
    assert found == [("visite de travail", "Royaume")]


def test_a_city_of_a_country_of_another_title_does_not_replace_it(analyse):
    found = places(analyse, "Le général belge Pieter Claes effectue une visite de travail au Grand-Duché. Mardi, à "
                            "Berne, il avait rencontré le chef de l'armée suisse, Thomas Süssli.")
    assert found and found[0][1] != "Berne"
