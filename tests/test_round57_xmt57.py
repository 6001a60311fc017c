"""Meeting hosts, round 57: a gathering said both chaired (`présidée par A`) and received (`accueillie par B`)
in one sentence is hosted by the one who receives it; the chair alone still hosts. Texts of our own, each
with a counter-example."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[str]:
    return [m["host"] for m in analyse(page(body))._.meetings]


# -- who receives a gathering hosts it, before who chairs it ------------------------------------------------

def test_an_informal_meeting_chaired_by_one_and_received_by_another(analyse):
    assert hosts(analyse, "Les ministres de la Défense de l'Union se sont retrouvés mercredi à Stockholm pour "
                          "leur réunion informelle, présidée par le Haut Représentant Kaja Kallas et accueillie "
                          "par le ministre suédois de la Défense, Pål Jonson.") == ["jonson"]


def test_received_told_before_chaired(analyse):
    assert hosts(analyse, "La réunion des chefs d'état-major de l'Union, accueillie par le général Jan Christian "
                          "Kaack à Berlin, était présidée par le général Robert Brieger.") == ["kaack"]


def test_chiefs_of_defence_chaired_by_the_committee_chair_and_received_by_the_host_chief(analyse):
    assert hosts(analyse, "Les chefs d'état-major des armées de l'Alliance se sont réunis jeudi à Varsovie pour leur "
                          "réunion annuelle, présidée par l'amiral Rob Bauer, et accueillie par le chef d'état-major "
                          "polonais, le général Wiesław Kukuła.") == ["kukuła"]


def test_a_council_chaired_by_the_minister_who_hosted_his_counterparts(analyse):
    assert hosts(analyse, "Le conseil, présidé par le ministre belge Theo Francken, a été accueilli à Bruxelles "
                          "par le ministre néerlandais Ruben Brekelmans.") == ["brekelmans"]


def test_a_chair_who_then_receives_hosts_both(analyse):
    assert hosts(analyse, "Le ministre des Armées Sébastien Lecornu a présidé jeudi la réunion à Paris et y "
                          "a reçu le ministre estonien Hanno Pevkur.")[:1] == ["lecornu"]


# -- counter-examples: the chair alone hosts ----------------------------------------------------------------

def test_the_chair_alone_hosts(analyse):
    assert hosts(analyse, "La réunion des ministres de la Défense, présidée par le Haut Représentant Josep "
                          "Borrell, s'est tenue mardi à Bruxelles.") == ["borrell"]


def test_a_received_thing_is_no_host(analyse):
    assert hosts(analyse, "La réunion, présidée par le général Robert Brieger, a accueilli les premiers "
                          "rapports des missions.") == ["brieger"]
