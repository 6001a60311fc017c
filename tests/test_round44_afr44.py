"""African agency wires, round 44: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"]) for m in doc._.meetings]


# -- `au cabinet du ministre d'Etat`: a meeting held in the office room of a title, the one so titled hosts --

ROOM = ("Séance de travail, mardi au cabinet du ministre d'Etat, entre {first}, Téné Birahima Ouattara, et le "
        "ministre ghanéen de la Défense, Dominic Nitiwul.")


def test_a_verbless_working_session_in_the_office_of_a_title_is_hosted_by_its_holder(analyse):
    found = hosts(analyse, ROOM.format(first="le ministre d'Etat, ministre de la Défense"))
    assert found == [("réunion de travail", "ouattara")]


def test_the_room_phrase_itself_names_no_holder(analyse):
    found = hosts(analyse, ROOM.format(first="le ministre ivoirien de la Défense"))
    assert found == [("réunion de travail", "")]


TALKS = ("{title}, Jean-Pierre Bemba, a échangé mardi avec le général Monwabisi Dyakopu, commandant de la force de "
         "la SAMIDRC. La rencontre s'est tenue au cabinet de travail du Vice-Premier ministre, en présence du "
         "général Christian Tshiwewe Songesha.")


def test_a_meeting_told_later_as_held_in_the_working_office_of_a_title_is_hosted_by_its_holder(analyse):
    found = hosts(analyse, TALKS.format(title="Le Vice-Premier ministre, ministre de la Défense"))
    assert found == [("échange", "bemba")]


def test_an_office_of_a_title_no_participant_bears_names_no_host(analyse):
    found = hosts(analyse, TALKS.format(title="Le ministre de la Défense"))
    assert found == [("échange", "")]


def test_the_office_of_the_chief_of_staff_is_hosted_by_the_chief_of_staff(analyse):
    found = hosts(analyse, "Le chef d'état-major général des armées, le général Moussa Salaou Barmou, s'est "
                           "entretenu lundi avec le colonel Ali Diallo dans le bureau du chef d'état-major "
                           "général des armées.")
    assert found == [("entretiens", "barmou")]


def test_the_office_of_a_title_two_participants_bear_names_no_host(analyse):
    found = hosts(analyse, "Le ministre de la Défense, Salifou Mody, s'est entretenu lundi avec le ministre des "
                           "Affaires étrangères, Bakary Yaou Sangaré, dans le bureau du ministre.")
    assert found == [("entretiens", "")]


def officials(analyse, body: str, published: str = "14 mars 2024") -> dict[str, dict]:
    doc = analyse(page(body, published))
    return {p["key"]: p for p in doc._.officials}


# -- a country inside a body's name after a preposition of place says where it serves, not whose it is ------

def test_a_mission_in_a_country_leaves_the_commander_his_own_nationality(analyse):
    found = officials(analyse, "Le ministre a échangé avec le commandant de la force de la Mission de la SADC en "
                               "République démocratique du Congo, le général-major sud-africain Monwabisi Dyakopu.")
    assert found["dyakopu"]["country"] == "Afrique du Sud"


def test_a_mission_in_a_country_gives_no_country_of_its_own(analyse):
    found = officials(analyse, "Le ministre a échangé avec le commandant de la force de la Mission régionale en "
                               "République centrafricaine, le général Amadou Sow.")
    assert found["sow"]["country"] == ""


def test_a_country_named_with_de_inside_a_body_is_still_its_country(analyse):
    found = officials(analyse, "Le ministre a reçu le chef d'état-major général des armées de Côte d'Ivoire, le "
                               "général Lassina Doumbia.")
    assert found["doumbia"]["country"] == "Côte d'Ivoire"


# -- `le commandant supérieur de la Gendarmerie nationale`: a West African gendarmerie's head ---------------

def test_the_head_of_a_west_african_gendarmerie_is_a_title_of_that_country(analyse):
    found = officials(analyse, "Le ministre ivoirien de la Défense, Téné Birahima Ouattara, a reçu lundi le "
                               "commandant supérieur de la Gendarmerie nationale, le général Apalo Touré.")
    assert (found["toure"]["role"], found["toure"]["organisation"]) == ("commandant supérieur",
                                                                        "Gendarmerie nationale")
    assert found["toure"]["country"] != "France"


def test_the_french_gendarmerie_stays_french(analyse):
    found = officials(analyse, "Le ministre Gérald Darmanin a reçu le directeur général de la Gendarmerie "
                               "nationale, le général Christian Rodriguez.")
    assert found["rodriguez"]["country"] == "France"


def test_a_commandant_alone_stays_a_rank(analyse):
    found = officials(analyse, "Le commandant Jean Dupont a été reçu lundi par le ministre.")
    assert (found["dupont"]["rank"], found["dupont"]["role"]) == ("commandant", "")


# -- `l'envoyé personnel du président X`: the name closing a title's `de` complement holds the inner title ---

def test_the_name_after_the_title_a_title_completes_holds_the_inner_title(analyse):
    found = officials(analyse, "Le président tchadien Mahamat Idriss Deby Itno a reçu jeudi l'envoyé personnel du "
                               "président français Emmanuel Macron.")
    assert found["macron"]["role"] == "président"


def test_the_adviser_of_a_president_named_after_the_title_is_no_adviser(analyse):
    found = officials(analyse, "Le ministre a reçu jeudi le conseiller du président Emmanuel Macron.")
    assert found["macron"]["role"] != "conseiller"


def test_a_name_after_a_comma_holds_the_whole_title(analyse):
    found = officials(analyse, "Le ministre a reçu le directeur de cabinet du Premier ministre, Jean Dupont.")
    assert found["dupont"]["role"] == "directeur de cabinet"


# -- `les pays qui accueillent des forces françaises`: a thing that hosts troops receives no one ------------

def meetings(analyse, body: str) -> list[tuple[str, str, list[str]]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"], m["people"]) for m in doc._.meetings]


def test_a_country_that_hosts_forces_receives_no_one(analyse):
    found = meetings(analyse, "M. Jean-Marie Bockel a été désigné en février par le président Emmanuel Macron "
                              "pour conduire une mission auprès des pays africains qui accueillent encore des "
                              "forces françaises.")
    assert found == []


def test_a_person_the_relative_clause_hangs_on_still_hosts(analyse):
    found = meetings(analyse, "Le ministre Sébastien Lecornu a salué jeudi le président Ismaïl Omar Guelleh, qui "
                              "accueillait le chef d'état-major Thierry Burkhard.")
    assert found and found[0][2] and "burkhard" in found[0][2]


def test_a_thing_that_receives_a_person_is_still_a_visit(analyse):
    found = meetings(analyse, "Le président Emmanuel Macron a salué les pays qui accueillent le ministre Sébastien "
                              "Lecornu cette semaine.")
    assert found and "lecornu" in found[0][2]


# -- `Kinshasa, 20 février 2024 (ACP).-`: an agency's dateline with a full stop before its dash -------------

def test_a_dateline_with_a_full_stop_before_its_dash_gives_the_publication_day(analyse):
    doc = analyse("Le VPM reçoit le commandant de la force\n\nKinshasa, 20 février 2024 (ACP).- Le ministre de la "
                  "Défense a échangé mardi avec le général Monwabisi Dyakopu.")
    assert doc._.published == "2024-02-20"


def test_a_date_in_a_sentence_with_an_agency_later_is_no_publication_day(analyse):
    doc = analyse("Le VPM reçoit le commandant de la force\n\nLe ministre de la Défense, arrivé le 20 février 2024 "
                  "à Goma selon l'agence (ACP), a échangé mardi avec le général Monwabisi Dyakopu.")
    assert doc._.published != "2024-02-20"


# -- `audience avec l'ambassadeur de Chine`: a country completing a guest's title is not the meeting's ------

AUDIENCE = ("Le ministre de la Défense nationale, le général Salifou Mody, a reçu en audience mercredi, à son "
            "cabinet, le diplomate Jiang Feng. Côté nigérien, le chef d'état-major des armées, le général Moussa "
            "Salaou Barmou, a assisté à l'audience.")


def hosted(analyse, headline: str) -> set[tuple[str, str]]:
    doc = analyse(page(AUDIENCE, headline=headline))
    return {(r["subject"], r["object"]) for r in doc._.relations if r["relation"] == "HOSTED"}


def test_the_country_of_a_guest_title_in_the_headline_makes_no_home_side_member_a_guest(analyse):
    found = hosted(analyse, "Défense : audience du ministre d'Etat avec l'ambassadeur de Chine")
    assert ("mody", "barmou") not in found


def test_a_country_the_headline_names_as_a_place_still_gives_the_home(analyse):
    found = hosted(analyse, "Niger : audience du ministre d'Etat avec l'ambassadeur chinois")
    assert ("mody", "barmou") not in found
    assert ("mody", "feng") in found
