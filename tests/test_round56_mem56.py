"""Memberships, round 56: a change of command names two members of the unit handed over. The one who hands the
command (or the unit's flag) over and the one who receives it (`X a transmis le commandement du 1er RCP au colonel
Y`, `X a remis le drapeau du régiment au colonel Y`), the one who succeeds and the one succeeded at the head of a
body (`X a succédé au général Y à la tête de la brigade`) all serve in it. A thing handed over that is no command
(a decoration, a message), an authority that entrusts a command (`confier`), a succession with no body named: no
one. Texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def members(analyse, body: str) -> set[tuple[str, str]]:
    return {(r["subject_id"], r["object"]) for r in analyse(page(body))._.relations if r["relation"] == "MEMBER_OF"}


# -- handing the command over: the subject and the one it is handed to ----------------------------------------------

def test_the_command_of_a_regiment_handed_over(analyse):
    found = members(analyse, "Le colonel Jean Martinot a transmis vendredi le commandement du 1er régiment de "
                             "chasseurs parachutistes au colonel Paul Durandet, lors d'une prise d'armes à Pamiers.")
    assert {p for p, o in found if o.startswith("1er régiment de chasseurs parachutistes")} == {"martinot", "durandet"}


def test_the_command_of_a_brigade_ceded(analyse):
    found = members(analyse, "Le général Marc Lefébure a cédé jeudi le commandement de la 27e brigade d'infanterie "
                             "de montagne au général Luc Bernardin, sur la place du Bourg à Varces.")
    assert {p for p, o in found if o.startswith("27e brigade d'infanterie de montagne")} == {"lefebure", "bernardin"}


def test_the_flag_of_a_regiment_handed_over(analyse):
    found = members(analyse, "Sous les remparts de la citadelle, le colonel Henri Rouget a remis le drapeau du 8e "
                             "régiment de parachutistes d'infanterie de marine au colonel Yves Morelet.")
    assert {p for p, o in found if o.startswith("8e régiment de parachutistes")} == {"rouget", "morelet"}


def test_the_command_handed_to_a_name_before_the_thing(analyse):
    found = members(analyse, "Le brigadier-général Denis Côtelle a remis au colonel Éric Gagnard le commandement "
                             "du 5e Groupe-brigade mécanisé du Canada, à la Garnison Valcartier.")
    assert {p for p, o in found if o.startswith("5e Groupe-brigade mécanisé")} == {"cotelle", "gagnard"}


def test_the_one_succeeded_at_the_head_of_a_body(analyse):
    found = members(analyse, "Le vice-amiral Alain Petitot a succédé mardi au vice-amiral Jacques Girardin à la tête "
                             "de la Force océanique stratégique, à l'Île Longue.")
    assert {p for p, o in found if o == "Force océanique stratégique"} == {"petitot", "girardin"}


def test_the_one_replaced_at_the_head_of_a_body(analyse):
    found = members(analyse, "Le général Olivier Castanet remplace le général Bruno Lacombe à la tête de la 4e "
                             "brigade d'aérocombat, à Clermont-Ferrand.")
    assert {p for p, o in found if o.startswith("4e brigade d'aérocombat")} == {"castanet", "lacombe"}


# -- counter-examples -------------------------------------------------------------------------------------------------

def test_a_decoration_handed_over_is_no_command(analyse):
    found = members(analyse, "Le colonel Jean Martinot a remis vendredi la médaille de la Défense nationale au "
                             "sergent Paul Durandet, du 1er régiment de chasseurs parachutistes.")
    assert ("martinot", "1er régiment de chasseurs parachutistes") not in found


def test_an_authority_entrusting_a_command_is_no_member(analyse):
    found = members(analyse, "Le ministre Sébastien Lecornu a confié lundi le commandement de la 11e brigade "
                             "parachutiste au général Paul Durandet.")
    assert not {p for p, o in found if p == "lecornu" and o.startswith("11e brigade parachutiste")}


def test_a_flag_handed_to_a_unit_names_no_member(analyse):
    found = members(analyse, "Le président Emmanuel Macron a remis le drapeau du 3e régiment d'artillerie de marine "
                             "au régiment, place d'Armes.")
    assert not {p for p, o in found if p == "macron" and o.startswith("3e régiment d'artillerie de marine")}


def test_a_succession_with_no_body_named(analyse):
    found = members(analyse, "Le général Olivier Castanet a succédé au général Bruno Lacombe, qui rejoint Paris.")
    assert not {p for p, o in found if p == "lacombe"}

