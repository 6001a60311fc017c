"""Meeting participants, round 58: at a ceremony of promotion or decoration, the officers honoured take part
(`X a reçu ses attributs de général`, `Y a été élevé au rang de commandeur`, `Z a décoré le général W`): a
sentence with no meeting word whose subject receives a rank's insignia, or who is promoted or decorated there,
joins the ceremony spoken of. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def people(analyse, body: str) -> list[list[str]]:
    return [m["people"] for m in analyse(page(body))._.meetings]


CEREMONY = ("Une cérémonie militaire s'est tenue jeudi au camp Ghezo de Cotonou, sous la présidence du ministre "
            "de la Défense, Fortunet Alain Nouatin. ")


def test_an_officer_receiving_his_insignia_takes_part(analyse):
    found = people(analyse, CEREMONY + "Le colonel Jean-Paul Agossou a reçu ses attributs de général de brigade.")
    assert found and "agossou" in found[0] and "nouatin" in found[0]


def test_an_officer_wearing_his_new_stars_takes_part(analyse):
    found = people(analyse, CEREMONY + "Le colonel-major Romuald Dossou a arboré ses deux étoiles de général.")
    assert found and "dossou" in found[0]


def test_an_officer_promoted_there_takes_part(analyse):
    found = people(analyse, "La cérémonie de remise des galons s'est déroulée mardi à l'école militaire de "
                            "Yaoundé, en présence du ministre Joseph Beti Assomo. Le colonel Paul Mbarga a été "
                            "promu général de brigade.")
    assert found and "mbarga" in found[0] and "assomo" in found[0]


def test_the_people_decorated_by_the_guest_take_part(analyse):
    found = people(analyse, "Une cérémonie de décoration s'est tenue mercredi à Niamey. Le "
                            "général Moussa Diallo a décoré le ministre de la Défense, le général Salifou Mody, "
                            "et le chef d'état-major, le général Moussa Barmou.")
    assert found and {"diallo", "mody", "barmou"} <= set(found[0])


def test_a_general_raised_to_a_grade_of_an_order_takes_part(analyse):
    found = people(analyse, "Une cérémonie s'est tenue lundi aux Invalides, présidée par le ministre Sébastien "
                            "Lecornu. Le général Pierre Schill a été élevé à la dignité de grand officier de la "
                            "Légion d'honneur.")
    assert found and "schill" in found[0] and "lecornu" in found[0]


# -- counter-examples: no honour told, or a career told in the past ------------------------------------------

def test_an_officer_promoted_long_ago_is_no_participant_of_talks(analyse):
    found = people(analyse, "Le ministre Sébastien Lecornu s'est entretenu mardi à Paris avec son homologue "
                            "Boris Pistorius. Le général Carsten Breuer a été promu général en 2023.")
    assert found and "breuer" not in found[0]


def test_an_officer_receiving_a_letter_is_no_participant(analyse):
    found = people(analyse, CEREMONY + "Le colonel Jean-Paul Agossou a reçu une lettre du président.")
    assert found and "agossou" not in found[0]
