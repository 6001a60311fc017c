"""Meeting hosts, round 58: a visitor who goes to a place (`X s'est rendu à Z, où il s'est entretenu avec Y`)
is received there by the one he finds, an official at home, not on a trip of his own, of no other country
than the place's. Texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[tuple[str, str]]:
    return [(m["kind"], m["host"]) for m in analyse(page(body))._.meetings]


def host_keys(analyse, body: str) -> list[str]:
    return [m["host"] for m in analyse(page(body))._.meetings]


# -- the visitor moves to the other's place: the one he finds there receives him ----------------------------

def test_a_visitor_goes_to_a_ministry_and_talks_with_its_general(analyse):
    found = host_keys(analyse, "Le secrétaire d'État américain Marco Rubio s'est rendu mardi au ministère de la "
                               "Défense à Yarzé, où il s'est entretenu avec le commandant en chef de l'armée, le "
                               "général Joseph Aoun.")
    assert found and "aoun" in found[0].lower()


def test_a_envoy_goes_to_the_speaker_residence(analyse):
    found = host_keys(analyse, "L'envoyé spécial américain Amos Hochstein s'est ensuite rendu à Aïn el-Tiné, où il "
                               "a rencontré le président du Parlement, Nabih Berry.")
    assert found and "berry" in found[0].lower()


def test_a_minister_goes_to_the_seat_of_government_and_meets_its_head(analyse):
    found = host_keys(analyse, "Le ministre italien de la Défense Guido Crosetto s'est rendu lundi au Grand Sérail, "
                               "où il s'est entretenu avec le Premier ministre Nawaf Salam.")
    assert found and "salam" in found[0].lower()


def test_a_visitor_with_his_ambassador_is_received_by_the_one_at_home(analyse):
    found = host_keys(analyse, "L'émissaire français Jean-Yves Le Drian s'est rendu mercredi à Aïn el-Tiné, où il "
                               "s'est entretenu avec le président du Parlement, Nabih Berry, en présence de "
                               "l'ambassadeur de France, Hervé Magro.")
    assert found and "berry" in found[0].lower()


def test_a_chief_of_staff_goes_to_the_general_staff_of_his_host(analyse):
    found = host_keys(analyse, "Le chef d'état-major des armées français, le général Fabien Mandon, s'est rendu "
                               "lundi à Kati, où il s'est entretenu avec le chef d'état-major général des armées, "
                               "le général Oumar Diarra.")
    assert found and "diarra" in found[0].lower()


# -- counter-examples ---------------------------------------------------------------------------------------

def test_two_visitors_of_other_countries_meeting_on_neutral_ground_have_no_host(analyse):
    found = host_keys(analyse, "Le secrétaire d'État américain Antony Blinken s'est rendu jeudi à Genève, où il a "
                               "rencontré le ministre russe des Affaires étrangères, Sergueï Lavrov.")
    assert found and not found[0]


def test_a_phone_call_after_a_trip_has_no_host(analyse):
    found = hosts(analyse, "Le ministre des Armées s'est rendu lundi à Toulon. Le soir, il s'est entretenu au "
                           "téléphone avec son homologue britannique John Healey.")
    assert all(not host for kind, host in found if "téléphon" in kind)


def test_a_host_verb_keeps_its_own_host(analyse):
    found = host_keys(analyse, "Le ministre grec de la Défense Nikos Dendias s'est rendu mardi à Paris, où il a été "
                               "reçu par le ministre des Armées Sébastien Lecornu.")
    assert found and "lecornu" in found[0].lower()
