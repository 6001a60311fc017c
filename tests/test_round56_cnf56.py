"""Meeting places, round 56: talks told on the days of a gathering the travellers attend, a gathering named
after its town (`la Conférence de Munich`, `le Forum sur la sécurité internationale d'Halifax`) or hosted by
one (`Dakar accueille le Forum ...`), were held in that town. Texts of our own, each with a counter-example
(a gathering told as background, one to come, a phone call)."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[str]:
    return [m["location"] for m in analyse(page(body))._.meetings]


def place_with(analyse, body: str, key: str) -> str | None:
    """The place of the meeting whose people hold `key`."""
    return next((m["location"] for m in analyse(page(body))._.meetings if key in m["people"]), None)


# -- a gathering the travellers attend sets the scene in its town ----------------------------------------------

def test_talks_on_the_days_of_a_conference_named_after_its_town(analyse):
    assert place_with(analyse, "Le ministre des Armées Sébastien Lecornu participe depuis vendredi à la "
                               "Conférence de Munich sur la sécurité. Samedi, il s'est entretenu avec le "
                               "ministre allemand de la Défense Boris Pistorius.", "pistorius") == "Munich"


def test_a_forum_whose_name_gives_its_topic_before_its_town(analyse):
    assert place_with(analyse, "La délégation canadienne présente au Forum sur la sécurité internationale "
                               "d'Halifax a multiplié les rencontres. Samedi, le ministre Bill Blair a reçu "
                               "son homologue ukrainien Roustem Oumerov.", "oumerov") == "Halifax"


def test_a_summit_of_a_body_named_after_its_town(analyse):
    assert place_with(analyse, "Le président Emmanuel Macron a pris part mardi au sommet de l'OTAN de "
                               "Vilnius. Mercredi, il s'est entretenu avec le président ukrainien Volodymyr "
                               "Zelensky.", "zelensky") == "Vilnius"


def test_a_town_hosting_a_forum(analyse):
    assert place_with(analyse, "Dakar accueille depuis lundi le Forum international sur la paix et la "
                               "sécurité en Afrique. Mardi, le ministre des Forces armées Birame Diop a reçu "
                               "le général Michael Langley.", "langley") == "Dakar"


def test_going_to_a_symposium_named_after_its_town(analyse):
    assert place_with(analyse, "La ministre de la Défense Ludivine Dedonder s'est rendue mercredi au Symposium "
                               "de Varsovie sur la sécurité. Jeudi, elle s'est entretenue avec le ministre "
                               "polonais de la Défense Mariusz Błaszczak.", "błaszczak") == "Varsovie"


# -- counter-examples ---------------------------------------------------------------------------------------

def test_a_gathering_told_as_background_sets_no_scene(analyse):
    found = place_with(analyse, "Lors du sommet de l'OTAN de Vilnius, en juillet, les alliés avaient promis "
                                "des munitions. Mardi, le ministre Sébastien Lecornu a reçu son homologue "
                                "estonien Hanno Pevkur.", "pevkur")
    assert found != "Vilnius"


def test_a_gathering_to_come_sets_no_scene(analyse):
    found = place_with(analyse, "Le ministre Sébastien Lecornu participera vendredi à la Conférence de Munich "
                                "sur la sécurité. Mercredi, il a reçu son homologue estonien Hanno Pevkur.",
                       "pevkur")
    assert found != "Munich"


def test_a_phone_call_on_the_days_of_a_gathering_has_no_place(analyse):
    found = place_with(analyse, "Le ministre Sébastien Lecornu participe depuis vendredi à la Conférence de "
                                "Munich sur la sécurité. Samedi, il s'est entretenu par téléphone avec son "
                                "homologue ukrainien Roustem Oumerov.", "oumerov")
    assert not found


# -- a past meeting told with its own site: a space or naval site named after its town ---------------------------

def test_a_meeting_at_a_cosmodrome(analyse):
    assert places(analyse, "Le président Vladimir Poutine a reçu mercredi son homologue biélorusse Alexandre "
                           "Loukachenko au cosmodrome de Vostotchny.") == ["cosmodrome de Vostotchny"]


def test_a_meeting_at_a_space_centre(analyse):
    assert places(analyse, "Le ministre des Armées a rencontré mardi son homologue indien Rajnath Singh au "
                           "centre spatial de Kourou.") == ["centre spatial de Kourou"]


def test_a_cosmodrome_as_the_object_of_a_strike_is_no_place(analyse):
    found = places(analyse, "Le ministre a reçu mardi son homologue ukrainien Roustem Oumerov après une "
                            "frappe contre le cosmodrome de Plessetsk.")
    assert all("Plessetsk" not in (p or "") for p in found)
