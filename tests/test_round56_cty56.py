"""Country of officials, round 56: the members a delegation lists. Texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def countries(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {p["name"]: p["country"] for p in doc._.officials}


# -- `la délégation comprend le ministre A, le ministre B et la ministre C`: every name of the list a verb of
# membership opens is of the group's country, said by its demonym, by the side the sentence opens on, or by
# the one whose suite the group is; not only the first name, which the parse hangs on the verb ------------

def test_every_member_listed_after_the_side_of_the_delegation(analyse):
    found = countries(analyse, "Côté italien, la délégation comprend notamment le ministre de la Défense, Guido "
                               "Crosetto, le ministre de l'Économie, Giancarlo Giorgetti, et la ministre du Tourisme, "
                               "Daniela Santanchè.")
    assert found["Guido Crosetto"] == "Italie"
    assert found["Giancarlo Giorgetti"] == "Italie"
    assert found["Daniela Santanchè"] == "Italie"


def test_every_member_of_a_delegation_accompanying_a_head_of_state_with_a_demonym(analyse):
    found = countries(analyse, "Le chef de l'État angolais était accompagné d'une délégation comprenant notamment "
                               "le ministre des Affaires étrangères Tete António, le ministre des Finances Vera Daves "
                               "et le conseiller spécial Manuel Neto.")
    assert found["Tete António"] == "Angola"
    assert found["Vera Daves"] == "Angola"
    assert found["Manuel Neto"] == "Angola"


def test_every_member_of_a_delegation_with_its_demonym(analyse):
    found = countries(analyse, "La délégation indonésienne comprenait le ministre de la Défense Sjafrie "
                               "Sjamsoeddin, le chef d'état-major Agus Subiyanto et le ministre des Affaires "
                               "étrangères Sugiono.")
    assert found["Sjafrie Sjamsoeddin"] == "Indonésie"
    assert found["Agus Subiyanto"] == "Indonésie"


def test_members_of_the_delegation_accompanying_a_named_president_are_of_his_country(analyse):
    found = countries(analyse, "Le président ghanéen John Mahama est arrivé lundi à Paris. John Mahama était "
                               "accompagné d'une délégation comprenant le ministre des Finances Cassiel Ato Forson "
                               "et la ministre des Affaires étrangères Samuel Okudzeto Ablakwa.")
    assert found["Cassiel Ato Forson"] == "Ghana"
    assert found["Samuel Okudzeto Ablakwa"] == "Ghana"


def test_a_delegation_qualified_by_a_relative_clause_of_membership(analyse):
    found = countries(analyse, "La délégation sénégalaise, qui comprenait le ministre des Forces armées Birame "
                               "Diop et le chef d'état-major général Mbaye Cissé, a été reçue jeudi à Paris.")
    assert found["Birame Diop"] == "Sénégal"
    assert found["Mbaye Cissé"] == "Sénégal"


def test_a_name_after_another_verb_is_not_a_member_of_the_group(analyse):
    found = countries(analyse, "La délégation française comprenait une dizaine d'officiers, qui ont rencontré le "
                               "ministre des Finances Cassiel Ato Forson.")
    assert found["Cassiel Ato Forson"] != "France"


def test_a_name_in_the_next_sentence_is_not_a_member_of_the_group(analyse):
    found = countries(analyse, "La délégation française comprenait dix officiers. Le ministre des Affaires "
                               "étrangères Tete António a ensuite reçu les journalistes.")
    assert found["Tete António"] != "France"


def test_a_delegation_of_no_stated_country_gives_none(analyse):
    found = countries(analyse, "La délégation comprenait notamment le ministre des Finances Vera Daves et le "
                               "conseiller spécial Manuel Neto.")
    assert found["Vera Daves"] == ""
    assert found["Manuel Neto"] == ""
