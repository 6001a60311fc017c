"""Meeting places and dates, round 40: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def placed(analyse, body: str) -> list[tuple[str, str, str]]:
    """(kind, date_start, location) of each meeting of a page published Thursday 14 March 2024."""
    doc = analyse(page(body))
    return [(m["kind"], m["date"], m["location"]) for m in doc._.meetings]


# -- a meeting told in a relative `où` clause is held at its antecedent, not at an earlier stop of the tour ------

def test_a_relative_where_after_two_stops_places_the_meeting_at_the_second(analyse):
    found = placed(analyse, "Le ministre estonien de la Défense, Hanno Pevkur, est attendu lundi à Tallinn, puis "
                            "mardi à Vilnius, où il doit s'entretenir avec son homologue lituanien, Laurynas "
                            "Kasčiūnas.")
    assert [(d, p) for _, d, p in found] == [("2024-03-19", "Vilnius")]


def test_a_relative_where_in_the_past_and_the_passive_dates_the_meeting_by_its_stop(analyse):
    found = placed(analyse, "La ministre canadienne de la Défense, Anita Anand, s'est rendue lundi à Oslo, puis "
                            "mercredi à Helsinki, où elle a été reçue par le président finlandais Alexander Stubb.")
    assert [(d, p) for _, d, p in found] == [("2024-03-13", "Helsinki")]


def test_a_relative_where_with_a_day_of_its_own_keeps_that_day(analyse):
    found = placed(analyse, "Le chef d'état-major des armées, le général Thierry Burkhard, est passé lundi par "
                            "Dakar, puis à Abidjan, où il a rencontré mercredi son homologue ivoirien, le général "
                            "Lassina Doumbia.")
    assert [(d, p) for _, d, p in found] == [("2024-03-13", "Abidjan")]


def test_a_meeting_in_the_main_clause_keeps_the_place_of_its_own_clause(analyse):
    found = placed(analyse, "Le ministre estonien de la Défense, Hanno Pevkur, a rencontré lundi à Tallinn son "
                            "homologue lituanien, Laurynas Kasčiūnas, avant de partir pour Vilnius.")
    assert [(d, p) for _, d, p in found] == [("2024-03-11", "Tallinn")]


# -- a region set off by a comma glosses the place before it: `où` points to that place -------------------------

def test_a_region_glossing_a_base_leaves_the_base_as_the_place(analyse):
    found = placed(analyse, "Le président Emmanuel Macron s'est rendu mardi à la base aérienne de Mont-de-Marsan, "
                            "dans les Landes, où il a été accueilli par le ministre des Armées, Sébastien Lecornu.")
    assert [p for _, _, p in found] == ["base aérienne de Mont-de-Marsan"]


def test_a_country_glossing_a_camp_leaves_the_camp_as_the_place(analyse):
    found = placed(analyse, "Le président Emmanuel Macron s'est rendu mardi au camp d'Ādaži, en Lettonie, où il a "
                            "été accueilli par le Premier ministre letton, Krišjānis Kariņš.")
    assert [p for _, _, p in found] == ["camp d'Ādaži"]


def test_a_territory_glossing_a_town_after_au_leaves_the_town_as_the_place(analyse):
    found = placed(analyse, "La ministre Anita Anand s'est rendue mardi à Iqaluit, au Nunavut, où elle a été "
                            "accueillie par le commandant de la région, le général Dave Turnbull.")
    assert [p for _, _, p in found] == ["Iqaluit"]


def test_a_country_named_alone_before_where_is_the_place(analyse):
    found = placed(analyse, "Le président Emmanuel Macron s'est rendu mardi en Lettonie, où il a été accueilli par "
                            "le Premier ministre letton, Krišjānis Kariņš.")
    assert [p for _, _, p in found] == ["Lettonie"]


# -- a cleft (`C'est dans la salle X que s'est tenue ...`): the clause after `que` is no part of the place ---------

HANDOVER = ("la cérémonie de passation de commandement entre le général Moussa Salaou Barmou et le général "
            "Mamane Sani Kiaou.")


def test_a_cleft_place_ends_before_its_que(analyse):
    found = placed(analyse, "C'est dans la salle des fêtes de la mairie que s'est tenue, le mardi 12 mars 2024, "
                   + HANDOVER)
    assert [(d, p) for _, d, p in found] == [("2024-03-12", "salle des fêtes de la mairie")]


def test_a_place_in_the_plain_order_keeps_its_complements(analyse):
    found = placed(analyse, "La cérémonie de passation de commandement entre le général Moussa Salaou Barmou et le "
                            "général Mamane Sani Kiaou s'est tenue mardi dans la salle des fêtes de la mairie "
                            "de Niamey.")  # round 47: `... à Niamey` gives the town (test_round47_plc47)
    assert [p for _, _, p in found] == ["salle des fêtes de la mairie de Niamey"]


# -- `salle de conférences`, `salle de réunion`: a room named for what is held in it is no meeting ---------------

def test_a_room_named_after_conferences_is_no_conference(analyse):
    found = placed(analyse, "C'est dans la salle de conférences de l'état-major que s'est tenue, le mardi 12 mars "
                            "2024, " + HANDOVER)
    assert [(k, d) for k, d, _ in found] == [("cérémonie", "2024-03-12")]


def test_a_conference_held_in_a_room_is_still_a_conference(analyse):
    found = placed(analyse, "Le général Moussa Salaou Barmou a ouvert mardi, dans la salle du conseil de l'état-major, "
                            "la conférence des chefs d'état-major avec le général Mamane Sani Kiaou.")
    assert [k for k, _, _ in found] == ["conférence"]
