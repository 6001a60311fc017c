"""Officials' roles, round 56: a description after a name that opens on a membership (`membre du Bureau
politique`) and goes on, after `et` or a comma, with a title: the title is the person's role. Texts of our
own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def roles(analyse, body: str) -> dict[str, str]:
    return {o["name"]: o["role"] for o in analyse(page(body))._.officials}


# -- `X, membre de <body> et <title>`: the title after the membership is X's role ----------------------------

def test_a_title_after_a_membership_joined_by_et(analyse):
    found = roles(analyse, "Li Qiang, membre du Comité permanent du Bureau politique et directeur du Bureau "
                           "de la recherche politique, a reçu jeudi l'ambassadeur de France.")
    assert found["Li Qiang"] == "directeur"


def test_a_title_after_a_membership_and_its_acronym_in_brackets(analyse):
    found = roles(analyse, "Le général Nguyen Tan Cuong, membre du Comité central du Parti communiste "
                           "vietnamien (PCV) et vice-ministre de la Défense, a conduit la délégation à Jakarta.")
    assert found["Nguyen Tan Cuong"] == "vice-ministre"


def test_a_title_after_a_membership_joined_by_a_comma(analyse):
    found = roles(analyse, "Le ministre a été reçu par Liu Jianchao, membre du Comité central du PCC, "
                           "ministre des Affaires étrangères, au siège du ministère.")
    assert found["Liu Jianchao"] == "ministre des Affaires étrangères"


def test_the_first_title_of_a_chain_after_a_membership(analyse):
    found = roles(analyse, "Dong Jun, membre de la Commission militaire centrale, ministre de la Défense "
                           "nationale et conseiller d'État, a ouvert le forum de Xiangshan.")
    assert found["Dong Jun"].startswith("ministre de la Défense")


def test_a_woman_member_of_a_committee_then_her_title(analyse):
    found = roles(analyse, "Mme Sun Chunlan, membre du Bureau politique du Comité central et vice-Première "
                           "ministre, a inauguré mercredi l'exposition.")
    assert found["Sun Chunlan"] == "vice-Premier ministre"


# -- counter-examples ----------------------------------------------------------------------------------------

def test_a_title_of_another_person_after_a_membership_stays_his(analyse):
    found = roles(analyse, "Le député Jean Martin, membre de la commission de la défense, et le ministre "
                           "des Armées Sébastien Lecornu ont visité la base.")
    assert found["Sébastien Lecornu"] == "ministre des Armées"
    assert found["Jean Martin"] == "député"


def test_a_membership_with_no_title_after_it_gives_no_role(analyse):
    found = roles(analyse, "Pierre Durand, membre de l'association des anciens combattants, a déposé une "
                           "gerbe devant le monument.")
    assert found["Pierre Durand"] == ""


def test_a_role_said_before_a_membership_is_kept(analyse):
    found = roles(analyse, "Le sénateur Cédric Perrin, membre du groupe Les Républicains et président de la "
                           "commission des affaires étrangères, a salué l'annonce.")
    # round 60: the committee he chairs is read past his title (`président de la [commission des affaires
    # étrangères]`), and the title joined after the membership may be his role, as the gold files accept
    assert found["Cédric Perrin"] in ("sénateur", "président de la commission")


# -- `secrétaire exécutif`: the head of a regional organisation's secretariat ---------------------------------

def test_the_executive_secretary_of_a_regional_organisation_before_the_name(analyse):
    found = roles(analyse, "La secrétaire exécutive de l'IGAD, Mme Amina Diallo, a ouvert jeudi la réunion "
                           "des ministres de la Défense à Djibouti.")
    assert found["Amina Diallo"] == "secrétaire exécutif"


def test_the_executive_secretary_after_the_name(analyse):
    found = roles(analyse, "Gilberto Da Piedade Verissimo, secrétaire exécutif de la CEEAC, a reçu mardi à "
                           "Libreville le chef d'état-major des armées gabonaises.")
    assert found["Gilberto Da Piedade Verissimo"] == "secrétaire exécutif"


def test_an_executive_council_is_no_title(analyse):
    found = roles(analyse, "Le conseil exécutif de l'Union africaine, présidé par Moussa Faki, s'est réuni "
                           "lundi à Addis-Abeba.")
    assert found.get("Moussa Faki", "") != "secrétaire exécutif"


# -- the title of one a verb of leading says leads a body (`la commission, présidée par X`) -------------------

def test_the_agent_of_a_presided_committee_is_its_president(analyse):
    found = roles(analyse, "Les députés de la commission de la défense, présidée par Jean-Michel Jacques, "
                           "ont entendu mardi le chef d'état-major des armées.")
    assert found["Jean-Michel Jacques"] == "président"


def test_the_agent_of_diriger_gets_no_title_the_body_decides_it(analyse):
    # `diriger` says nothing of the title: a command is led by its commandant, a direction by its directeur
    found = roles(analyse, "La formation relève du Commandement des forces terrestres (CFT), dirigé par le "
                           "général Jacques Moreau, a indiqué l'état-major.")
    assert found["Jacques Moreau"] != "directeur"


def test_the_agent_of_a_commanded_corps_is_its_commander(analyse):
    found = roles(analyse, "Les officiers de l'Eurocorps, commandé par le général Jean-Pierre Dumont, ont "
                           "défilé jeudi à Strasbourg.")
    assert found["Jean-Pierre Dumont"] == "commandant"


def test_a_ceremony_presided_by_a_minister_gives_no_title(analyse):
    found = roles(analyse, "La cérémonie, présidée par Jean Dupont, s'est tenue dans la cour des Invalides.")
    assert found["Jean Dupont"] == ""


def test_a_title_already_said_is_kept_over_the_verb(analyse):
    found = roles(analyse, "La commission de la défense, présidée par le député Thomas Gassilloud, a adopté "
                           "le rapport.")
    assert found["Thomas Gassilloud"] == "député"
