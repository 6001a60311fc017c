"""Meeting places, round 53: a room of a named site (`à son cabinet du camp X`, `dans son bureau de l'hôtel de
Brienne`, `dans la salle de conférence du palais présidentiel d'Abuja`): the site is the place a reader looks
for, the room one of its parts. A room of a title or of a body that is no site (`au cabinet du ministre`, `dans la
salle des conseils de l'état-major`, `dans la salle des fêtes de la mairie`) and a courtyard where a ceremony is
held (`sur la place d'armes de la caserne X`) stay as written. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[str]:
    return [m["location"] for m in analyse(page(body))._.meetings]


# -- a room of a named military site or building: the site ------------------------------------------------

def test_an_office_of_a_named_camp_is_in_the_camp(analyse):
    assert places(analyse, "Le chef d'état-major général des armées, le général Paul Ngaté, a reçu mardi à son "
                           "cabinet du camp Kassaï le général Carlos Mendes.") == ["camp Kassaï"]


def test_the_office_of_a_named_mansion_is_in_the_mansion(analyse):
    assert places(analyse, "La ministre des Armées Florence Parly a reçu jeudi son homologue portugais João "
                           "Cravinho dans son bureau de l'hôtel de Brienne.") == ["hôtel de Brienne"]


def test_the_office_of_a_camp_then_who_showed_the_guest_in(analyse):
    assert places(analyse, "Le général Paul Ngaté a reçu mardi le général Carlos Mendes à son cabinet du camp "
                           "Kassaï par une haie d'honneur de la garde.") == ["camp Kassaï"]


def test_a_conference_room_of_a_presidential_palace_with_its_town(analyse):
    assert places(analyse, "Le président Bola Tinubu a reçu lundi le président Mahamadou Issoufou dans la salle "
                           "de conférence du palais présidentiel d'Abuja.") == ["palais présidentiel d'Abuja"]


def test_the_office_of_a_named_air_base(analyse):
    assert places(analyse, "Le général Stéphane Mille a reçu vendredi le général britannique Richard Knighton "
                           "dans le bureau de la base aérienne 113 de Saint-Dizier.") == [
        "base aérienne 113 de Saint-Dizier"]


def test_a_ceremony_on_the_parade_ground_of_a_named_barracks_stays_there(analyse):
    assert places(analyse, "Le ministre de la Défense Ludivine Dedonder a présidé lundi une prise d'armes en "
                           "présence du général Michel Hofman sur la place d'armes de la caserne Roi "
                           "Albert.") == ["place d'armes de la caserne Roi Albert"]


# -- counter-examples: a room of a title, of a body, of a town hall: as written ---------------------------------

def test_the_office_of_a_title_stays(analyse):
    assert places(analyse, "Le ministre d'Etat Téné Birahima Ouattara a reçu mardi au cabinet du ministre "
                           "l'ambassadeur du Ghana, le général Francis Vib-Sanziri.") == ["cabinet du ministre"]


def test_the_council_room_of_a_general_staff_stays(analyse):
    assert places(analyse, "Le général Thierry Burkhard a reçu jeudi le général Christopher Cavoli dans la "
                           "salle des conseils de l'état-major.") == ["salle des conseils de l'état-major"]


def test_the_banquet_hall_of_a_town_hall_stays(analyse):
    assert places(analyse, "Le préfet Jean Dupont a réuni lundi les maires du département dans la salle des "
                           "fêtes de la mairie.") == ["salle des fêtes de la mairie"]
