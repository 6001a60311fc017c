"""Meeting hosts and participants, round 14 (`components/meeting_mentions.py` host and participant
functions, `components/meeting_groups.py` grouping): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from test_hosts_participants_round9 import article, meetings

from pipeline.components.meeting_groups import _room_of

# -- `reçu par son homologue malien` where no one is said to be of Mali: the one of the same office -----

COUNCIL = ("Le ministre de la Défense, le colonel Moussa Keita, a présidé lundi à Bamako une réunion du conseil "
           "de sécurité, en présence du gouverneur de Kayes, Ali Sanogo.")


def test_a_counterpart_of_an_unsaid_country_holds_the_guest_office(analyse):
    doc = analyse(article(COUNCIL + "\n\nMercredi, le ministre nigérien de la Défense, Issa Bako, a été reçu en "
                          "audience par son homologue malien."))
    audiences = [(m["host"], m["people"]) for m in doc._.meetings if m["kind"] == "audience"]
    assert audiences == [("keita", ["keita", "bako"])]


def test_no_one_of_the_guest_office_names_no_counterpart(analyse):
    doc = analyse(article(COUNCIL.replace("Le ministre de la Défense", "Le maire de Bamako")
                          + "\n\nMercredi, le ministre nigérien de la Défense, Issa Bako, a été reçu en "
                          "audience par son homologue malien."))
    assert all(m["host"] != "keita" for m in doc._.meetings if m["kind"] == "audience")


# -- `C'est là que X a reçu Y`: an active compound tense hung on a noun is no passive ----------------

def test_a_subject_with_avoir_receives_even_in_a_cleft_sentence(analyse):
    doc = analyse(article("C'est dans ce bâtiment de verre, sous haute surveillance, que la ministre française, "
                          "Claire Dubois, a reçu mardi la délégation japonaise conduite par le vice-ministre "
                          "Kenji Sato."))
    assert [h for h, _ in meetings(doc)] == ["dubois"]


def test_a_participle_hung_on_a_noun_is_still_a_passive(analyse):
    doc = analyse(article("Le vice-ministre japonais Kenji Sato, reçu mardi par la ministre française Claire Dubois, "
                          "a visité le bâtiment."))
    assert [h for h, _ in meetings(doc)] == ["dubois"]


# -- `X faisait partie de la délégation`: a member of the party takes part ---------------------------

RECEPTION = ("La ministre française des Armées, Claire Dubois, a reçu mardi à Paris la délégation japonaise "
             "conduite par le vice-ministre Kenji Sato.")


def test_a_member_of_the_delegation_takes_part(analyse):
    doc = analyse(article(RECEPTION + " Le général Taro Ito faisait partie de la délégation."))
    assert "ito" in meetings(doc)[0][1]


def test_a_member_of_a_committee_does_not(analyse):
    doc = analyse(article(RECEPTION + " Le général Taro Ito fait partie du comité de suivi du programme."))
    assert "ito" not in meetings(doc)[0][1]


# -- a meeting noun in a relative clause on a person describes that person ----------------------------

SITTING = "Jeudi, le conseil des ministres nordiques s'est réuni à Oslo en présence du ministre danois Erik Lund."


def test_a_meeting_noun_describing_the_chair_is_not_the_meeting(analyse):
    doc = analyse(article(SITTING + " Le président du conseil, Jan Holm, dont c'était le dernier sommet avant de "
                          "céder sa place à Per Dahl, présidait la réunion."))
    assert len(doc._.meetings) == 1
    host, people = meetings(doc)[0]
    assert host == "holm" and "lund" in people and "dahl" not in people


def test_a_companion_of_the_chair_stays(analyse):
    doc = analyse(article(SITTING + " Le président du conseil, Jan Holm, accompagné de son conseiller Per Dahl, "
                          "présidait la réunion."))
    assert "dahl" in meetings(doc)[0][1]


# -- a day guessed from the page, then the days the body names: one summit ---------------------------

def test_a_summit_first_undated_takes_the_days_told_later(analyse):
    doc = analyse(article("Le Premier ministre, Paul Weber, et la ministre de la Défense, Anne Klein, ont "
                          "représenté le pays au sommet de l'OTAN.\n\nPaul Weber et Anne Klein ont participé de "
                          "mardi à jeudi au sommet de l'OTAN organisé à Vilnius.", published="14 juillet 2023"))
    summits = [m for m in doc._.meetings if m["kind"] == "sommet"]
    assert len(summits) == 1 and summits[0]["date"] == "2023-07-11/2023-07-13"


# -- the same day, two people none of whom were at a meeting of another kind: their own talks ---------

HOSTED = ("Mercredi, les dirigeants de l'Alliance ont été accueillis par le président américain, Tom Hale, au "
          "centre de conférences pour la séance de travail.")


def test_talks_between_others_the_same_day_are_their_own(analyse):
    doc = analyse(article(HOSTED + "\n\nDe son côté, la ministre de la Défense, Anne Klein, a eu mercredi un "
                          "entretien avec son homologue belge, Luc Peeters."))
    assert len(doc._.meetings) == 2


def test_talks_with_the_host_the_same_day_join_his_meeting(analyse):
    doc = analyse(article(HOSTED + "\n\nLe président Tom Hale et le secrétaire général Jan Holm ont tenu "
                          "mercredi une séance de travail."))
    assert len(doc._.meetings) == 1


# -- a part of a building named by its noun lies within the building ----------------------------------

def test_a_room_of_the_palace_lies_within_the_palace():
    assert _room_of("salle des banquets du palais", "palais de Koulouba")
    assert _room_of("cour de l'hôtel", "hôtel de Brienne")


def test_a_room_of_another_building_does_not():
    assert not _room_of("salle des banquets du palais", "ministère de la Défense")
    assert not _room_of("salle des banquets du palais", "palais")


# -- `X a été accueilli par son prédécesseur`: the other holder of X's office hosts --------------------

HANDOVER = ("Le général Jean Blanc, chef d'état-major de l'armée de Terre depuis 2021, quitte ses fonctions. "
            "Le général Paul Morel, chef d'état-major de l'armée de Terre, a été accueilli mardi à Paris par son "
            "prédécesseur, au cours d'une brève cérémonie de passation.")


def test_the_predecessor_of_the_guest_hosts(analyse):
    doc = analyse(article(HANDOVER))
    assert [h for h, _ in meetings(doc)] == ["blanc"]


def test_someone_of_another_office_is_no_predecessor(analyse):
    doc = analyse(article(HANDOVER.replace("Le général Jean Blanc, chef d'état-major de l'armée de Terre",
                                           "Le général Jean Blanc, inspecteur de l'armée de Terre")))
    assert [h for h, _ in meetings(doc)] != ["blanc"]


# -- `assistait à la cérémonie, tout comme la sous-ministre X`: a person hung on the noun says who came --

INVESTITURE = ("La générale Anne Roy a succédé jeudi au général Marc Dion comme chef d'état-major, lors d'une "
               "cérémonie à Québec présidée par le gouverneur Louis Caron.")


def test_people_attending_the_ceremony_just_told_join_it(analyse):
    doc = analyse(article(INVESTITURE + "\n\nLe ministre de la Défense, Paul Tremblay, assistait à la cérémonie, "
                          "tout comme la sous-ministre de la Défense, Julie Gagnon, et plusieurs anciens chefs."))
    assert len(doc._.meetings) == 1
    assert {"tremblay", "gagnon"} <= set(meetings(doc)[0][1])


def test_a_ceremony_said_to_be_another_stays_apart(analyse):
    doc = analyse(article(INVESTITURE + "\n\nLe ministre de la Défense, Paul Tremblay, et la sous-ministre, Julie "
                          "Gagnon, assistaient à la cérémonie organisée le lendemain à Ottawa."))
    assert len(doc._.meetings) == 2


# -- `où il est attendu par X`: the agent of `attendre` receives; the active voice is no meeting ---------

def test_the_agent_who_awaits_the_visitor_hosts(analyse):
    doc = analyse(article("Le Premier ministre canadien, Paul Tremblay, doit gagner Berlin, où il est attendu par "
                          "le chancelier allemand, Karl Huber."))
    assert [h for h, _ in meetings(doc)] == ["huber"]


def test_someone_awaiting_an_answer_meets_no_one(analyse):
    doc = analyse(article("Le chancelier allemand, Karl Huber, attend une réponse du Premier ministre canadien, Paul "
                          "Tremblay."))
    assert not doc._.meetings


# -- a side meeting told twice (the standfirst, then the body) between the same two: one meeting ------

SIDE = ("Mercredi, les dirigeants de l'Alliance se sont réunis en sommet à Oslo.\n\nEn marge du sommet, le président "
        "américain, Tom Hale, s'est entretenu avec le président ukrainien, Ivan Petrenko.")


def test_a_side_meeting_told_again_is_one(analyse):
    doc = analyse(article(SIDE + " Ivan Petrenko a été reçu par Tom Hale en marge du sommet, dans un hôtel de la "
                          "ville."))
    sides = [m for m in doc._.meetings if m["side"]]
    assert len(sides) == 1 and sides[0]["host"] == "hale"


def test_a_side_meeting_with_someone_else_is_another(analyse):
    doc = analyse(article(SIDE + " Ivan Petrenko a été reçu par le chancelier allemand, Karl Huber, en marge du "
                          "sommet."))
    assert len([m for m in doc._.meetings if m["side"]]) == 2


# -- `Y ont pris part X, Y et Z`, `X et Y étaient également présents`: who was at the meeting told ------

SIGNING = ("Le palais présidentiel a abrité samedi la cérémonie de signature du traité, sous la très haute présidence "
           "du président Karim Traoré.")


def test_people_after_y_ont_pris_part_take_part(analyse):
    doc = analyse(article(SIGNING + "\n\nY ont pris part le ministre de la Défense, le colonel Ali Diop, et le chef "
                          "d'état-major, le général Omar Sow."))
    assert meetings(doc) == [("traore", ["traore", "diop", "sow"])]


def test_people_said_present_take_part(analyse):
    doc = analyse(article(SIGNING + "\n\nLe chef d'état-major, le général Omar Sow, ainsi que plusieurs membres du "
                          "gouvernement étaient également présents."))
    assert "sow" in meetings(doc)[0][1]


def test_a_year_of_another_time_adds_no_one(analyse):
    doc = analyse(article(SIGNING + "\n\nLe général Omar Sow y avait pris part en 2019, lors de la première "
                          "édition."))
    assert "sow" not in meetings(doc)[0][1]


# -- `Avant la cérémonie, les ministres ont été reçus en audience par X`: an audience of its own ------------

def test_an_audience_before_the_ceremony_is_its_own(analyse):
    doc = analyse(article(SIGNING + "\n\nAvant la cérémonie, les trois ministres ont été reçus en audience par le "
                          "président Karim Traoré."))
    assert sorted(m["kind"] for m in doc._.meetings) == ["audience", "cérémonie"]


def test_people_who_spoke_after_the_ceremony_are_no_meeting(analyse):
    doc = analyse(article(SIGNING + "\n\nA l'issue de la cérémonie, le colonel Ali Diop a salué un accord "
                          "historique."))
    assert len(doc._.meetings) == 1


# -- `accueilli à l'aéroport X par son homologue`: the agent the parser hung on the place ---------------

AIRPORT = ("Arrivé la veille au soir dans la capitale, le ministre français des Armées, Paul Martin, a été accueilli "
           "à l'aéroport international Hassan Djamous par son homologue tchadien.")


def test_a_counterpart_hung_on_the_place_still_hosts(analyse):
    doc = analyse(article("Le ministre tchadien de la Défense, Ali Mahamat, a présidé lundi une réunion à "
                          "N'Djamena.\n\n" + AIRPORT))
    assert ("mahamat", ["mahamat", "martin"]) in meetings(doc)


def test_no_one_of_that_country_names_no_host(analyse):
    doc = analyse(article("Le ministre nigérien de la Défense, Ali Mahamat, a présidé lundi une réunion à "
                          "Niamey.\n\n" + AIRPORT))
    assert all(h != "mahamat" for h, people in meetings(doc) if "martin" in people)


# -- `Dans la foulée, X a présidé la réunion du Conseil`: a sitting of a body after a ceremony ----------

HANDOVER_NATO = ("Le général Paul Morel a été accueilli mardi au siège de l'OTAN par le général Jean Blanc, au cours "
                 "d'une brève cérémonie de passation.")


def test_a_chaired_sitting_of_a_council_after_a_ceremony_is_its_own(analyse):
    doc = analyse(article(HANDOVER_NATO + " Dans la foulée, le secrétaire général, Jan Holm, a présidé la réunion "
                          "du Conseil de l'Atlantique Nord."))
    assert sorted(m["kind"] for m in doc._.meetings) == ["cérémonie", "réunion"]


def test_a_chaired_meeting_naming_no_body_stays_in_the_ceremony(analyse):
    doc = analyse(article("Le général Paul Morel a pris ses fonctions mardi au siège de l'OTAN, au cours d'une brève "
                          "cérémonie de passation. Le secrétaire général, Jan Holm, présidait la cérémonie."))
    assert len(doc._.meetings) == 1


# -- `Y a pris part à la cérémonie, qui s'est tenue dans la salle du palais`: the reception just told ------

WELCOME = ("Le président Karim Traoré a reçu samedi au palais de Sikasso les délégations venues signer le traité, "
           "conduites par le ministre Ali Diop.")


def test_people_who_took_part_in_the_ceremony_join_the_reception_told(analyse):
    doc = analyse(article(WELCOME + " Le général Omar Sow a pris part à la cérémonie, qui s'est tenue dans la "
                          "salle des banquets du palais."))
    assert len(doc._.meetings) == 1
    assert doc._.meetings[0]["kind"] == "cérémonie" and "sow" in doc._.meetings[0]["people"]


def test_a_ceremony_held_in_another_town_stays_apart(analyse):
    doc = analyse(article(WELCOME + " Le général Omar Sow a pris part à la cérémonie, qui s'est tenue à Bamako."))
    assert len(doc._.meetings) == 2
