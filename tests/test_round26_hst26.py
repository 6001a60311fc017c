"""Meeting hosts, round 26: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"]) for m in doc._.meetings]


# -- a person on a trip of his own (`le déplacement du président X en Pologne`) is no one at home ---------

def test_an_official_named_by_his_own_trip_hosts_no_visit_there(analyse):
    found = hosts(analyse, "Le ministre letton de la Défense Andris Sprūds a présenté mardi sa stratégie navale. "
                           "Arrivé jeudi à Varsovie, le ministre letton a effectué une visite de deux jours, dans le "
                           "prolongement du déplacement du président Edgars Rinkēvičs en Pologne.")
    assert found and all(h != "rinkevics" for _, h in found)


def test_an_official_the_place_brings_in_still_hosts_the_visitor(analyse):
    found = hosts(analyse, "Le ministre letton de la Défense Andris Sprūds a présenté mardi sa stratégie navale. "
                           "Arrivé jeudi à Varsovie, le ministre letton a effectué une visite de deux jours, au "
                           "cours de laquelle il s'est entretenu avec le président Andrzej Duda.")
    assert any(h == "duda" for _, h in found)
