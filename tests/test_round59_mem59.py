"""Memberships, round 59: a role, or a command handed over, whose complement is a bare definite noun of a
deployment or of a military unit (`le commandant de la force`, `le chef de la mission`, `le commandant de
l'opération`, `le chef de corps du régiment`, `le commandant de la base`) speaks of the one body of that kind
the story named before: the holder serves in it. A force, an operation and a mission are words for one thing
(the body deployed abroad: `la force` of an operation, `l'opération` of a mission); a unit's noun points back to
a body whose name that noun heads, past its ordinal (`le 92e régiment d'infanterie`). Two such bodies, none
named before, or a noun that goes on (`la force aérienne`): no one's. Texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def analysed(analyse, body: str):
    doc = analyse(page(body))
    members = {(r["subject_id"], r["object"]) for r in doc._.relations if r["relation"] == "MEMBER_OF"}
    organisations = {p["key"]: p["organisation"] for p in doc._.officials}
    return members, organisations


# -- a deployment: force, operation and mission point back to one another --------------------------------------------

def test_the_commander_of_the_operation_serves_in_the_operation_named_before(analyse):
    members, orgs = analysed(analyse, "L'opération EUFOR Althea compte environ 1 100 militaires en Bosnie-Herzégovine. "
                                      "Le commandant de l'opération, le général Marcus Hollister, s'est rendu "
                                      "mardi au camp Butmir.")
    assert orgs["hollister"] == "EUFOR Althea"
    assert ("hollister", "EUFOR Althea") in members


def test_the_commander_of_the_force_of_a_mission(analyse):
    members, orgs = analysed(analyse, "La Force intérimaire des Nations unies au Liban (FINUL) a renforcé ses "
                                      "patrouilles le long de la Ligne bleue. Le commandant de la force, le général "
                                      "Aurelio Benedetti, a reçu jeudi le chef de l'armée libanaise.")
    assert orgs["benedetti"].startswith("Force intérimaire des Nations unies au Liban")


def test_the_head_of_the_mission_of_an_operation_named_before(analyse):
    members, orgs = analysed(analyse, "L'Union européenne a prolongé le mandat de l'opération EUNAVFOR Atalanta dans "
                                      "l'océan Indien. Le chef de la mission, le contre-amiral Ignacio Varela, a "
                                      "présenté son bilan aux ambassadeurs.")
    assert orgs["varela"].startswith("EUNAVFOR Atalanta") or orgs["varela"] == "opération Atalanta"


def test_the_command_of_the_force_handed_over(analyse):
    members, _ = analysed(analyse, "La Force pour le Kosovo (KFOR) a changé de chef. Le général de division Ottavio "
                                   "Serafini a transmis vendredi le commandement de la force au général de division "
                                   "Gábor Halmi, lors d'une cérémonie à Pristina.")
    kfor = {o for p, o in members if p in ("serafini", "halmi") and o.startswith("Force pour le Kosovo")}
    assert {p for p, o in members if o in kfor} == {"serafini", "halmi"}


# -- a unit: the noun heads the name, past its ordinal -----------------------------------------------------------------

def test_the_chief_of_corps_of_the_regiment_named_before(analyse):
    members, orgs = analysed(analyse, "Le ministre s'est rendu lundi au 92e régiment d'infanterie, à Clermont-Ferrand. "
                                      "Le chef de corps du régiment, le colonel Arnaud Pellerin, lui a présenté les "
                                      "compagnies de retour d'Estonie.")
    assert orgs["pellerin"].startswith("92e régiment d'infanterie")


def test_the_commander_of_the_air_base_named_before(analyse):
    members, orgs = analysed(analyse, "La ministre a visité mercredi la base aérienne 118 de Mont-de-Marsan. Elle a "
                                      "été accueillie par le colonel Hervé Lestrade, commandant de la base.")
    assert orgs["lestrade"].startswith("base aérienne 118")


# -- counter-examples --------------------------------------------------------------------------------------------------

def test_two_operations_named_before_make_the_operation_no_ones(analyse):
    _, orgs = analysed(analyse, "Les opérations EUFOR Althea et EUNAVFOR Atalanta ont été prolongées d'un an. Le "
                                "commandant de l'opération, le général Marcus Hollister, a salué la décision.")
    assert orgs["hollister"] == ""


def test_the_air_force_is_no_force_of_an_operation(analyse):
    _, orgs = analysed(analyse, "L'opération EUFOR Althea compte environ 1 100 militaires. Le commandant de la force "
                                "aérienne slovène, le général Jure Kovačič, a salué la coopération.")
    assert orgs["kovacic"] != "EUFOR Althea"


def test_an_operation_named_only_after_the_title_is_not_pointed_back_to(analyse):
    _, orgs = analysed(analyse, "Le commandant de l'opération, le général Marcus Hollister, s'est exprimé mardi. Il "
                                "a rappelé que l'opération EUFOR Althea compte 1 100 militaires.")
    assert orgs["hollister"] != "EUFOR Althea"


def test_a_visitor_of_the_regiment_is_no_member(analyse):
    members, orgs = analysed(analyse, "Le ministre Sébastien Lecornu s'est rendu lundi au 92e régiment d'infanterie, "
                                      "à Clermont-Ferrand, où il a salué les compagnies de retour d'Estonie.")
    assert not any(p == "lecornu" and o.startswith("92e régiment") for p, o in members)


# -- a role after `comme`: the body its complement names is the holder's -------------------------------------------

def test_presented_as_the_new_commander_of_a_component(analyse):
    members, orgs = analysed(analyse, "Le chef de la Défense a présenté vendredi le général-major Luc Verhoeven comme "
                                      "nouveau commandant de la composante Air, lors d'une cérémonie à Beauvechain.")
    assert orgs["verhoeven"] == "Composante Air"
    assert ("verhoeven", "Composante Air") in members


def test_confirmed_as_the_commander_of_an_operation(analyse):
    _, orgs = analysed(analyse, "Réunis à Bruxelles, les ministres ont confirmé l'amiral Giorgos Kastanis comme "
                                "nouveau commandant de l'opération EUNAVFOR Aspides.")
    assert orgs["kastanis"] == "EUNAVFOR Aspides"


def test_a_body_named_after_a_role_with_no_complement_is_not_his(analyse):
    _, orgs = analysed(analyse, "Le général-major Luc Verhoeven, présenté comme nouveau commandant, a salué mardi les "
                                "aviateurs de la composante Air.")
    assert orgs["verhoeven"] != "Composante Air"
