"""Meeting places, round 57: the sitting of a parliamentary committee (a hearing, a meeting of the
committee) naming no place of its own was held at the chamber the committee belongs to, even when the
chamber is named in an earlier sentence (`La commission de la défense du Sénat a ouvert ses auditions.
Son président a accueilli ...`) or only by its bare name inside the committee's (`la commission de la
Défense nationale de la Chambre`). Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[str]:
    return [m["location"] for m in analyse(page(body))._.meetings]


# -- the chamber of the committee, named in an earlier sentence ----------------------------------------------

def test_a_hearing_whose_chamber_the_previous_sentence_names(analyse):
    assert places(analyse, "La commission des affaires étrangères et de la défense du Sénat a ouvert, le mardi "
                           "8 octobre 2024, un cycle d'auditions sur la loi de programmation militaire. Son "
                           "président, M. Cédric Perrin, a accueilli à cette occasion le général Pierre Schill, "
                           "chef d'état-major de l'armée de Terre. En ouverture de séance, le président a rendu "
                           "hommage aux soldats tombés au Levant.") == ["Sénat"]


def test_a_sitting_of_the_assembly_committee_told_by_its_opening(analyse):
    assert places(analyse, "La commission de la défense nationale et des forces armées de l'Assemblée "
                           "nationale s'est penchée mercredi 12 mars 2025 sur la situation en Ukraine. Au cours "
                           "de la séance, son président, M. Jean-Michel Jacques, a accueilli le général Thierry "
                           "Burkhard, chef d'état-major des armées.") == ["Assemblée nationale"]


# -- the committee's meeting, its chamber a bare name in the committee's (`de la Chambre`) ------------------

def test_the_meeting_of_a_committee_of_the_belgian_chamber(analyse):
    assert places(analyse, "La question des drones s'est invitée ce mercredi 5 février 2025 en commission de la "
                           "Défense nationale de la Chambre. Le député Pieter De Spiegeleer a interrogé le "
                           "ministre de la Défense, Theo Francken. La réunion publique de la commission, présidée "
                           "par Michel De Maegd, s'est ouverte à 14 heures.") == ["Chambre"]


def test_the_meeting_of_a_subcommittee_of_the_european_parliament(analyse):
    assert places(analyse, "La sous-commission sécurité et défense du Parlement européen a entendu le mardi "
                           "4 février 2025 le général Robert Brieger, président du Comité militaire de l'Union "
                           "européenne. La réunion de la sous-commission, présidée par Marie-Agnes "
                           "Strack-Zimmermann, a duré deux heures.") == ["Parlement européen"]


def test_a_committee_of_the_senate_hears_a_chief_then_meets_again(analyse):
    assert places(analyse, "La commission des affaires étrangères, de la défense et des forces armées du Sénat "
                           "a reçu le mercredi 15 janvier 2025 l'amiral Nicolas Vaujour, chef d'état-major de la "
                           "Marine. Une seconde réunion de la commission, présidée par M. Cédric Perrin, a eu "
                           "lieu le jeudi 16 janvier 2025.") == ["Sénat", "Sénat"]


# -- counter-examples: a place of its own stays, a committee of no chamber takes none ---------------------

def test_a_committee_chair_on_a_trip_keeps_the_place_of_the_trip(analyse):
    found = places(analyse, "La commission de la défense du Sénat a ouvert mardi 8 octobre 2024 ses auditions "
                            "budgétaires. Le lendemain, son président, M. Cédric Perrin, en déplacement à Toulon, "
                            "a rencontré le vice-amiral Christophe Lucas, préfet maritime.")
    assert "Toulon" in found and "Sénat" not in found[-1:]


def test_a_hearing_held_in_a_town_keeps_the_town(analyse):
    assert places(analyse, "Les députés de la commission de la défense de l'Assemblée nationale, en déplacement "
                           "à Brest, ont rencontré le jeudi 6 mars 2025 le vice-amiral Olivier Lebas, commandant "
                           "de la force océanique stratégique.") == ["Brest"]


def test_a_joint_commission_of_two_armies_is_no_chamber_sitting(analyse):
    found = places(analyse, "Le Sénat a adopté mardi 4 mars 2025 le projet de loi. Jeudi 6 mars 2025, la "
                            "réunion de la commission mixte franco-ivoirienne a rassemblé le général Lassina "
                            "Doumbia et le général Fabien Mandon.")
    assert "Sénat" not in found and "Chambre" not in found
