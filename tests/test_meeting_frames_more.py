"""Meeting frames, second round: places read from the parse (a ship after `à bord de`, a place word
and its name, `à` and a bare name, places pointed back to), hosts (`l'hôte de la réunion`, a
participle on the meeting noun), dates of another clause, and participants (speakers of a session,
people accompanying). Each behaviour with a counter-example. People are person keys.
"""

from __future__ import annotations

from conftest import dated_page as article


def only(doc) -> dict:
    meetings = doc._.meetings
    assert len(meetings) == 1, [(m["kind"], m["date"], m["people"]) for m in meetings]
    return meetings[0]


# -- places -------------------------------------------------------------------------------------

def test_ship_after_a_bord_de_is_the_place(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le contre-amiral Paul Fabre a accueilli à bord du "
                                         "Jean Bart le contre-amiral Rahul Mehta."))
    assert only(doc)["location"] == "Jean Bart"


def test_place_word_with_its_name_right_after(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, les deux ministres se sont entretenus à l'hôtel "
                                         "Bellevue-Palace. Le général Pierre Schill était présent."))
    assert doc._.meetings[0]["location"] == "hôtel Bellevue-Palace"


def test_place_word_alone_is_no_place(analyse):
    """Counter-example: `à l'hôtel` with no name names no place."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le général Pierre Schill a reçu le général Carsten "
                                         "Breuer à l'hôtel."))
    assert only(doc)["location"] == ""


def test_subject_of_a_meeting_is_not_its_place(analyse):
    """`une réunion consacrée au Niger` says what it is about, not where it is held."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le général Pierre Schill a présidé une réunion "
                                         "consacrée au Mali."))
    assert only(doc)["location"] == ""


def test_place_pointed_back_to_with_a_definite_article(analyse):
    doc = analyse(article("4 Apr. 2024", "Le général Pierre Schill est arrivé le 2 avril 2024 sur la base de "
                                         "Varennes.\n\nLe 3 avril 2024, le général Carsten Breuer a rejoint le "
                                         "général Schill sur la base pour un entretien."))
    assert doc._.meetings[-1]["location"] == "base de Varennes"


def test_sur_place_is_the_place_just_named(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, la ministre Anne Roux se rendra au camp Valdor."
                                         "\n\nSur place, la ministre doit rencontrer son homologue, Ilse Berg."))
    assert [m["location"] for m in doc._.meetings if "berg" in m["people"]] == ["camp Valdor"]


def test_no_place_pointed_back_to_without_a_pointer(analyse):
    """Counter-example: a meeting that neither says `sur place` nor names a place word keeps none."""
    doc = analyse(article("4 Apr. 2024", "Le 2 avril 2024, la ministre Anne Roux a inauguré le camp Valdor."
                                         "\n\nLe 3 avril 2024, la ministre a rencontré son homologue, Ilse Berg, "
                                         "pour un entretien téléphonique."))
    assert [m["location"] for m in doc._.meetings if "berg" in m["people"]] == [""]


# -- hosts -------------------------------------------------------------------------------------------

def test_host_noun_of_the_meeting(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, les chefs d'état-major ont tenu une réunion à "
                                         "Lomé. L'hôte de la réunion, le général Kossi Ayeva, a salué leur "
                                         "travail."))
    assert only(doc)["host"] == "ayeva"


def test_host_noun_of_a_country_is_a_guest(analyse):
    """Counter-example: `l'hôte de la Belgique` is the guest of the country, no host of the meeting."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, les chefs d'état-major ont tenu une réunion à "
                                         "Bruxelles. L'hôte de la Belgique, le général Kossi Ayeva, a salué leur "
                                         "travail."))
    assert only(doc)["host"] != "ayeva"


def test_meeting_organised_by_someone(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le général Pierre Schill a participé au sommet "
                                         "organisé à Rome par la ministre italienne, Giulia Conti."))
    assert only(doc)["host"] == "conti"


# -- dates ---------------------------------------------------------------------------------------

def test_date_of_a_communique_does_not_date_the_meeting(analyse):
    doc = analyse(article("12 Apr. 2024", "La réunion s'est tenue le 10 avril 2024 à Paris. Dans un communiqué "
                                          "diffusé ce 11 avril, l'état-major a précisé que le général Pierre "
                                          "Schill avait organisé cette rencontre."))
    assert [m["date"] for m in doc._.meetings] == ["2024-04-10"]


# -- participants --------------------------------------------------------------------------------

def test_speaker_of_a_session_takes_part(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le Conseil a tenu une séance sur la sécurité "
                                         "maritime, présidée par le ministre Paul Fabre. Le ministre danois, Lars "
                                         "Holm, a déclaré que la menace grandissait."))
    assert "holm" in only(doc)["people"]


def test_speaker_after_talks_between_two_takes_no_part(analyse):
    """Counter-example: after talks between two, a quoted spokesman took no part."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le ministre Paul Fabre s'est entretenu avec son "
                                         "homologue Lars Holm. Le porte-parole du ministère, Marc Lenoir, a "
                                         "déclaré que les échanges avaient été francs."))
    assert "lenoir" not in only(doc)["people"]


def test_people_accompanying_take_part(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le ministre Paul Fabre a visité la base aérienne "
                                         "de Cognac. Il était accompagné du général Louis Marchal."))
    assert "marchal" in only(doc)["people"]


def test_place_of_another_act_is_no_meeting_place(analyse):
    """`une attaque contre le camp de X`: the object of another act, not where the session was."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, en ouverture de séance, la présidente Claire Morel a "
                                         "rendu hommage au sergent Luc Bernard, tué lors d'une attaque contre le "
                                         "camp de Tessalit."))
    assert "Tessalit" not in only(doc)["location"]


def test_country_spoken_of_is_no_meeting_place(analyse):
    """`la situation au Mali et au Niger` is what the talks are about."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le ministre Paul Fabre s'est entretenu avec son "
                                         "homologue Lars Holm de la situation sécuritaire au Mali et au Niger."))
    assert only(doc)["location"] == ""


def test_country_where_talks_are_held_is_their_place(analyse):
    """Counter-example: `au Niger` as a complement of the verb is where they met."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le ministre Paul Fabre s'est entretenu au Niger avec "
                                         "son homologue Lars Holm."))
    assert only(doc)["location"] == "Niger"


def test_two_coordinated_days_are_the_meetings_range(analyse):
    doc = analyse(article("5 Apr. 2024", "La ministre Anne Roux a accueilli le 3 avril 2024 et le 4 avril 2024 à "
                                         "Lyon son homologue, Ilse Berg."))
    assert only(doc)["date"] == "2024-04-03/2024-04-04"


def test_days_far_apart_are_no_range(analyse):
    """Counter-example: two days far apart are no meeting over several days."""
    doc = analyse(article("10 Apr. 2024", "La ministre Anne Roux a accueilli le 3 avril 2024 et le 8 avril 2024 à "
                                          "Lyon son homologue, Ilse Berg."))
    assert "/" not in doc._.meetings[0]["date"]


def test_proceedings_ending_later_extend_the_meeting(analyse):
    doc = analyse(article("3 Apr. 2024", "Le 2 avril 2024, le général Pierre Schill a ouvert à Dakar une réunion "
                                         "des chefs d'état-major. Les travaux s'achèvent le 4 avril 2024."))
    assert only(doc)["date"] == "2024-04-02/2024-04-04"


def test_proceedings_ending_with_another_session_open_it(analyse):
    """Counter-example: `se poursuit mardi avec une session élargie` opens a session of its own."""
    doc = analyse(article("3 Apr. 2024", "Le 2 avril 2024, le général Pierre Schill a ouvert à Dakar une réunion "
                                         "des chefs d'état-major. La réunion se poursuit le 3 avril 2024 avec une "
                                         "session élargie aux partenaires."))
    assert doc._.meetings[0]["date"] == "2024-04-02"
