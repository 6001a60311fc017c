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


# -- a headline restates the story: naming the official of the place there makes him no one named before ----

VISIT = ("Le ministre letton de la Défense Andris Sprūds a effectué jeudi une visite officielle à Varsovie, où il a "
         "rencontré le président Andrzej Duda.")


def test_an_official_first_named_in_the_headline_is_still_brought_in_by_the_place(analyse):
    doc = analyse(page("Le ministre letton de la Défense Andris Sprūds a présenté mardi sa stratégie navale. "
                       + VISIT.replace("Le ministre letton de la Défense Andris Sprūds", "Il"),
                       headline="Sprūds et Duda à Varsovie"))
    assert [m["host"] for m in doc._.meetings] == ["duda"]


def test_an_official_named_in_the_body_before_the_visit_may_be_of_either_side(analyse):
    doc = analyse(page("Le président Andrzej Duda a présenté mardi sa stratégie navale. " + VISIT,
                       headline="Sprūds et Duda à Varsovie"))
    assert [m["host"] for m in doc._.meetings] == [""]


# -- a visitor of no stated country meets the official of the place: the place's official hosts ------------

def test_a_visitor_of_no_stated_country_is_hosted_by_the_official_of_the_place(analyse):
    found = hosts(analyse, "La ministre Anita Anand a effectué mercredi une visite à Riga, où elle a rencontré "
                           "son homologue letton, Andris Sprūds.")
    assert found == [("visite", "spruds")]


def test_a_visit_to_the_country_of_neither_names_no_host(analyse):
    found = hosts(analyse, "La ministre Anita Anand a effectué mercredi une visite à Vilnius, où elle a rencontré "
                           "son homologue letton, Andris Sprūds.")
    assert found == [("visite", "")]


# -- `le visiteur a eu une séance de travail avec X`: the visitor came to the one he met, who hosts ---------

RECEIVED = ("Le ministre letton de la Défense Andris Sprūds a été reçu jeudi au palais présidentiel par le président "
            "polonais Andrzej Duda. {subject} a ensuite eu une séance de travail avec {partners}.")


def test_a_visitor_described_as_such_is_hosted_by_the_one_he_met(analyse):
    found = hosts(analyse, RECEIVED.format(subject="Le visiteur",
                                           partners="le ministre polonais de la Défense Władysław Kosiniak-Kamysz"))
    assert any(h == "kosiniak-kamysz" for _, h in found)


def test_a_visitor_meeting_two_others_names_no_host_of_their_own(analyse):
    found = hosts(analyse, RECEIVED.format(subject="Le visiteur",
                                           partners="les ministres polonais Władysław Kosiniak-Kamysz et "
                                                    "Radosław Sikorski"))
    assert all(h != "kosiniak-kamysz" for _, h in found)
