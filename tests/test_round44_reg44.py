"""Changes of command told by regional dailies, round 44: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, list[str]]]:
    doc = analyse(page(body))
    return [(m["host"], m["people"]) for m in doc._.meetings]


CHANGE = ("Lundi, le colonel Paul Marchal a transmis le commandement du 1er régiment de chasseurs au colonel Louis "
          "Berthier. ")


# -- `X a transmis le commandement à Y`, `X a remis le drapeau à Y`: the two officers of the change ----------

def test_the_officers_handing_over_command_attend_the_ceremony_told_next(analyse):
    found = meetings(analyse, CHANGE + "La prise d'armes était présidée par le général Jean Dufort.")
    assert found == [("dufort", ["dufort", "marchal", "berthier"])]


def test_a_handover_with_the_relay_word_is_a_change_too(analyse):
    found = meetings(analyse, "Le général Jean Dufort passe le relais au général Louis Berthier. La passation de "
                              "commandement s'est tenue lundi à Verdun.")
    assert [sorted(p) for _, p in found] == [["berthier", "dufort"]]


def test_a_handover_told_as_past_is_another_days(analyse):
    found = meetings(analyse, "Le colonel Paul Marchal avait transmis le commandement du 1er régiment de chasseurs "
                              "au colonel Louis Berthier en 2021. La prise d'armes de lundi était présidée par le "
                              "général Jean Dufort.")
    assert found == [("dufort", ["dufort"])]


def test_the_officer_handing_over_the_flag_is_no_host_beside_a_chair(analyse):
    found = meetings(analyse, "Lundi, le colonel Paul Marchal a remis le drapeau du 1er régiment de chasseurs au "
                              "colonel Louis Berthier. La cérémonie était présidée par le général Jean Dufort.")
    assert found == [("dufort", ["dufort", "marchal", "berthier"])]


def test_a_medal_handed_over_keeps_its_giver_as_host(analyse):
    found = meetings(analyse, "Lundi, le général Jean Dufort a remis la médaille de la Défense nationale au sergent "
                              "Louis Berthier. La cérémonie s'est tenue à Verdun.")
    assert found == [("dufort", ["dufort", "berthier"])]


def test_a_person_present_at_a_handover_is_no_incoming_officer(analyse):
    found = meetings(analyse, "Lundi, le général Jean Dufort a remis le drapeau du régiment au chef de corps en "
                              "présence du préfet Louis Berthier. La cérémonie s'est tenue à Verdun.")
    assert [h for h, _ in found] == ["dufort"]


# -- the day of the chair's own doings (`arrivé la veille`) is not the ceremony's --------------------------

def test_the_chairs_arrival_the_day_before_keeps_the_change_of_the_ceremony(analyse):
    found = meetings(analyse, CHANGE + "La prise d'armes était présidée par le général Jean Dufort, arrivé la "
                                       "veille au soir à Verdun.")
    assert found == [("dufort", ["dufort", "marchal", "berthier"])]


def test_a_ceremony_dated_another_day_than_the_change_is_another_event(analyse):
    found = meetings(analyse, "Lundi 11 mars, le colonel Paul Marchal a transmis le commandement du 1er régiment de "
                              "chasseurs au colonel Louis Berthier. La prise d'armes, organisée mardi 12 mars, était "
                              "présidée par le général Jean Dufort.")
    assert found == [("dufort", ["dufort"])]


# -- `X avait fait le déplacement, de même que le maire de Z, Y`: a title's town is no place of the coming -

CEREMONY = ("Lundi, le colonel Paul Marchal a transmis le commandement du 1er régiment de chasseurs au colonel Louis "
            "Berthier lors d'une prise d'armes présidée par le général Jean Dufort. ")


def test_who_came_with_a_title_naming_a_town_joins_the_ceremony(analyse):
    found = meetings(analyse, CEREMONY + "La ministre Anne Rivière avait fait le déplacement, de même que le maire "
                                         "de Verdun, Samuel Hazard.")
    assert len(found) == 1 and {"riviere", "hazard"} <= set(found[0][1])


def test_a_trip_to_a_place_of_its_own_is_no_coming_to_the_ceremony(analyse):
    found = meetings(analyse, CEREMONY + "La ministre Anne Rivière a fait le déplacement à Bruxelles mardi.")
    assert "riviere" not in found[0][1]


# -- where the ceremony was held: the regional headline's town, a garrison; not where the troops came from --

def places(analyse, body: str, headline: str = "Le régiment a changé de chef") -> list[str]:
    doc = analyse(page(body, headline=headline))
    return [m["location"] for m in doc._.meetings]


TOWN_STORY = ("Mercredi, le colonel Paul Marchal a transmis le commandement du 3e régiment au colonel Louis Berthier, "
              "sous les remparts de la Cité. La cérémonie était présidée par le général Jean Dufort. Le maire de "
              "Carcassonne, Samuel Hazard, a reçu les officiers en fin de journée.")


def test_a_headline_opening_on_a_town_of_the_story_places_its_meetings(analyse):
    assert places(analyse, TOWN_STORY, headline="Carcassonne. Le régiment a changé de chef")[0] == "Carcassonne"


def test_a_headline_opening_on_a_rubric_places_nothing(analyse):
    assert places(analyse, TOWN_STORY, headline="Défense. Le régiment a changé de chef")[0] == ""


def test_a_headline_town_the_story_never_names_as_a_place_places_nothing(analyse):
    story = TOWN_STORY.replace("Le maire de Carcassonne, Samuel Hazard,", "Le maire, Samuel Hazard,")
    assert places(analyse, story, headline="Carcassonne. Le régiment a changé de chef")[0] == ""


def test_a_garrison_named_after_its_word_is_the_place(analyse):
    found = places(analyse, "Jeudi, le colonel Paul Marchal a cédé le commandement de la brigade au colonel Louis "
                            "Berthier, lors d'une cérémonie tenue à la Garnison Valcartier.")
    assert found == ["Garnison Valcartier"]


def test_the_garrison_the_troops_came_from_is_no_place_of_the_ceremony(analyse):
    found = places(analyse, "Le président Jean Dufort a présidé samedi la cérémonie, en présence des soldats du "
                            "régiment, venus de leur garnison de Meyenheim.")
    assert found == [""]


def test_a_ceremony_held_in_a_garrison_keeps_it(analyse):
    found = places(analyse, "Le président Jean Dufort a présidé samedi la cérémonie dans la garnison de Meyenheim.")
    assert found == ["garnison de Meyenheim"]


# -- `X et Y attendaient la délégation`: the officials of the place welcoming the visitors take part -------

ARRIVAL = "Le président Paul Durand a été accueilli jeudi sur le site de l'usine par son directeur, Louis Berthier. "


def test_officials_awaiting_the_party_take_part_in_the_visit(analyse):
    found = meetings(analyse, ARRIVAL + "Le préfet, Jean Dufort, et le maire, Samuel Hazard, attendaient la "
                                        "délégation à l'entrée de l'usine.")
    assert len(found) == 1 and {"dufort", "hazard"} <= set(found[0][1])


def test_officials_awaiting_something_else_take_no_part(analyse):
    found = meetings(analyse, ARRIVAL + "Le préfet, Jean Dufort, et le maire, Samuel Hazard, attendaient une "
                                        "réponse du ministère.")
    assert not {"dufort", "hazard"} & {k for _, people in found for k in people}


# -- a Belgian commune's mayor is a `bourgmestre` -----------------------------------------------------------

def roles(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {o["name"]: o["role"] for o in doc._.officials}


def test_a_belgian_mayor_holds_the_role_of_bourgmestre(analyse):
    found = roles(analyse, "La ministre Anne Rivière a été reçue vendredi par le bourgmestre de Florennes, Samuel "
                           "Hazard.")
    assert found["Samuel Hazard"].startswith("bourgmestre")


def test_a_french_mayor_stays_a_maire(analyse):
    found = roles(analyse, "La ministre Anne Rivière a été reçue vendredi par le maire de Verdun, Samuel Hazard.")
    assert found["Samuel Hazard"].startswith("maire")


# -- `X, Y et Z avaient pris place en tribune`: seated at the ceremony just told ---------------------------

SEATED = ("Mercredi, le colonel Paul Marchal a transmis le commandement du 3e régiment au colonel Louis Berthier. "
          "La cérémonie était présidée par le général Jean Dufort. ")


def test_officials_taking_their_seats_attend_the_ceremony(analyse):
    found = meetings(analyse, SEATED + "Autour de lui, le maire, Samuel Hazard, et la présidente du conseil "
                                       "départemental, Anne Rivière, avaient pris place en tribune.")
    assert len(found) == 1 and {"hazard", "riviere"} <= set(found[0][1])


def test_officials_taking_their_leave_attend_nothing(analyse):
    found = meetings(analyse, SEATED + "Autour de lui, le maire, Samuel Hazard, et la présidente du conseil "
                                       "départemental, Anne Rivière, avaient pris congé dès midi.")
    assert not {"hazard", "riviere"} & {k for _, people in found for k in people}


# -- `X a remis le drapeau au colonel Y`: the flag handed over names no guest of X ------------------------

def hosted(analyse, body: str) -> set[tuple[str, str]]:
    doc = analyse(page(body))
    return {(r["subject"], r["object"]) for r in doc._.relations if r["relation"] == "HOSTED"}


def test_the_flag_handed_over_to_the_new_colonel_is_no_hosting(analyse):
    found = hosted(analyse, "Ce mercredi 28 juin, sous les remparts de la Cité, le colonel Paul Marchal a remis le "
                            "drapeau du 3e régiment de parachutistes d'infanterie de marine au colonel Louis "
                            "Berthier. La cérémonie était présidée par le général Jean Dufort.")
    assert ("marchal", "berthier") not in found


def test_a_general_receiving_the_new_colonel_hosts_him(analyse):
    found = hosted(analyse, "Mercredi, le général Jean Dufort a reçu à Verdun le colonel Louis Berthier, nouveau "
                            "chef de corps du 3e régiment, pour un entretien.")
    assert ("dufort", "berthier") in found
