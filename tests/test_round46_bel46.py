"""Meeting hosts, round 46 (Belgian and Luxembourg outlets): texts of our own, each behaviour with a
counter-example. A host's conjunct the parser hangs elsewhere in the agent phrase still hosts."""

from __future__ import annotations

from conftest import page


def hosted(analyse, body: str) -> set[tuple[str, str]]:
    doc = analyse(page(body))
    return {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == "HOSTED"}


def hosts_of(analyse, body: str, guest: str) -> set[str]:
    return {h for h, g in hosted(analyse, body) if g == guest}


# -- `par le Premier ministre X et la ministre de la Défense Y`: the name with no comma after the title ------

def test_a_second_host_named_right_after_her_title_hosts_too(analyse):
    found = hosts_of(analyse, "Le président ukrainien Volodymyr Zelensky est arrivé mardi à l'aéroport militaire de "
                              "Melsbroek, où il a été accueilli par le Premier ministre Alexander De Croo et la "
                              "ministre de la Défense Ludivine Dedonder.", "zelensky")
    assert found == {"croo", "dedonder"}


def test_a_minister_met_in_a_phrase_of_her_own_is_no_host(analyse):
    found = hosts_of(analyse, "Le président ukrainien Volodymyr Zelensky est arrivé mardi à l'aéroport militaire de "
                              "Melsbroek, où il a été accueilli par le Premier ministre Alexander De Croo et son "
                              "épouse, en présence de la ministre de la Défense Ludivine Dedonder.", "zelensky")
    assert found == {"croo"}


# -- `par le chef de la Défense, le général X, et par le vice-chef ..., le lieutenant-général Y` --------------

def test_a_second_agent_with_its_own_par_and_title_in_apposition_hosts_too(analyse):
    found = hosts_of(analyse, "Le nouveau ministre de la Défense Theo Francken a effectué mercredi sa première visite "
                              "au quartier général de la Défense, à Evere. Le ministre a été reçu par le chef de la "
                              "Défense, le général Frederik Vansina, et par le vice-chef de la Défense, le "
                              "lieutenant-général Guy Buchet, lors d'une courte cérémonie.", "francken")
    assert found == {"vansina", "buchet"}


def test_an_officer_met_after_the_reception_is_no_host(analyse):
    found = hosts_of(analyse, "Le nouveau ministre de la Défense Theo Francken a effectué mercredi sa première visite "
                              "au quartier général de la Défense, à Evere. Le ministre a été reçu par le chef de la "
                              "Défense, le général Frederik Vansina, avant de s'entretenir avec le vice-chef de la "
                              "Défense, le lieutenant-général Guy Buchet.", "francken")
    assert found == {"vansina"}


# -- the same with ranks: `par le général X, commandant ..., et le colonel Y, chef de corps` -----------------

def test_a_second_officer_after_the_first_ones_title_hosts_too(analyse):
    found = hosts_of(analyse, "Le ministre néerlandais de la Défense Ruben Brekelmans s'est rendu jeudi à "
                              "Florennes. Il y a été accueilli par le commandant de la composante Air, le général "
                              "Geert De Decker, et par le chef de corps de la base, le colonel Jan Peeters.",
                     "brekelmans")
    assert found == {"decker", "peeters"}


def test_an_officer_of_the_host_s_own_title_is_no_second_host(analyse):
    found = hosts_of(analyse, "Le ministre néerlandais de la Défense Ruben Brekelmans s'est rendu jeudi à "
                              "Florennes. Il y a été accueilli par le commandant de la composante Air, le général "
                              "Geert De Decker, dont le colonel Jan Peeters est l'adjoint.", "brekelmans")
    assert "peeters" not in found


# -- `le Roi doit présider jeudi`: an infinitive the tagger reads as a participle still looks ahead ----------

def dates(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body, published="mardi 1 mars 2022"))
    return {s.text: s._.normalized for s in doc.spans["dates"]}


def test_a_weekday_under_devoir_and_a_misread_infinitive_is_the_next_one(analyse):
    found = dates(analyse, "Le Roi doit présider jeudi au Palais royal une nouvelle réunion consacrée à la crise.")
    assert found.get("jeudi") == "2022-03-03"


def test_a_weekday_under_the_participle_of_a_compound_past_is_the_last_one(analyse):
    found = dates(analyse, "Le Roi a présidé jeudi au Palais royal une réunion consacrée à la crise.")
    assert found.get("jeudi") == "2022-02-24"


def test_a_weekday_under_aller_and_an_infinitive_is_the_next_one(analyse):
    found = dates(analyse, "Le chef de la Défense va présider lundi le conseil de direction de la Défense.")
    assert found.get("lundi") == "2022-03-07"


def test_a_weekday_under_devait_stays_the_nearest_one(analyse):
    found = dates(analyse, "Le ministre devait présider lundi le conseil, mais il a été retenu à Bruxelles.")
    assert found.get("lundi") == "2022-02-28"
