"""Round 13: meeting places. A place named by a building of remembrance (`au cimetière militaire de X`,
`au mémorial de Y`); a base whose full name ends in its town after an organisation's name (`la base des
Forces canadiennes Cold Lake`); a parliamentary sitting opened as a `réunion` whose heading announces a
hearing, held at the chamber the page names."""

from __future__ import annotations


def _locations(analyse, text):
    return [m["location"] for m in analyse(text)._.meetings]


HEAD = "Défense : les rendez-vous de la semaine\n\n12 mars 2024\n\n"


def test_cemetery_is_a_place(analyse):
    text = HEAD + ("La cérémonie d'hommage aux soldats tombés s'est tenue dimanche 10 mars 2024 au cimetière "
                   "militaire de Bergheim, en présence du ministre Paul Marchand.")
    assert any("Bergheim" in place for place in _locations(analyse, text))


def test_memorial_is_a_place(analyse):
    text = HEAD + ("Le ministre Paul Marchand et le général Luc Fabre ont assisté lundi 11 mars 2024 à la "
                   "cérémonie organisée au mémorial national de Valmont.")
    assert any("Valmont" in place for place in _locations(analyse, text))


def test_memorial_being_built_places_nothing(analyse):
    # counter-example: a memorial spoken of (to be built), not where the meeting is held
    text = HEAD + ("Le ministre Paul Marchand a reçu lundi 11 mars 2024 le général Luc Fabre pour évoquer "
                   "la construction d'un mémorial.")
    assert all("mémorial" not in place for place in _locations(analyse, text))


def test_base_named_after_a_force_and_its_town(analyse):
    text = HEAD + ("Le ministre Paul Marchand a rencontré lundi 11 mars 2024 le général Luc Fabre à la base "
                   "des Forces canadiennes Bagotville, au Québec.")
    assert any("Bagotville" in place for place in _locations(analyse, text))


RECORD = ("Assemblée nationale\n\nCommission de la défense nationale et des forces armées\n\n"
          "Mardi 5 mars 2024\n\n- Présidence de M. Jean Morel, président -\n\nLa réunion est ouverte à 17 heures.\n\n"
          "Audition du général Luc Fabre, chef d'état-major de l'armée de l'air\n\n")


def test_sitting_opened_as_a_meeting_announcing_a_hearing_is_at_the_chamber(analyse):
    text = RECORD + ("M. Jean Morel, président. - Mes chers collègues, nous recevons ce soir le général Luc Fabre, "
                     "que je remercie d'être venu.\n\nLa réunion est close à 19 heures.\n")
    assert "Assemblée nationale" in _locations(analyse, text)


def test_meeting_announcing_no_hearing_is_not_put_at_the_chamber(analyse):
    # counter-example: a meeting of a text naming a chamber, whose sentences announce no hearing
    text = ("Assemblée nationale\n\n12 mars 2024\n\nLe ministre Paul Marchand a rencontré lundi 11 mars 2024 "
            "le général Luc Fabre pour évoquer la loi de programmation.\n")
    assert all("Assemblée" not in place for place in _locations(analyse, text))


def test_commemoration_is_a_ceremony_with_its_place(analyse):
    text = HEAD + ("La commémoration de la bataille de Valmont s'est tenue dimanche 10 mars 2024 au cimetière "
                   "militaire de Valmont, sous la présidence du ministre Paul Marchand.")
    meetings = analyse(text)._.meetings
    assert [m["kind"] for m in meetings] == ["cérémonie"]
    assert "Valmont" in meetings[0]["location"]


def test_committee_of_commemoration_is_no_meeting(analyse):
    # counter-example: a body named after what it prepares (`le Comité de commémoration`) holds no meeting
    text = HEAD + "Le Comité de commémoration, présidé par l'historien Paul Marchand, rendra ses conclusions en mai."
    assert all(m["kind"] != "cérémonie" for m in analyse(text)._.meetings)


def test_trip_one_returns_from_gives_no_place_to_the_meeting(analyse):
    text = HEAD + ("La ministre Anne Roy a participé mardi 12 mars 2024 à la réunion des ministres de la Défense. "
                   "« Nous tiendrons », a lancé le général Luc Fabre, qui rentrait d'un déplacement à Kiev "
                   "effectué le week-end.")
    meetings = analyse(text)._.meetings
    reunion = next(m for m in meetings if m["kind"].startswith("réunion"))
    assert reunion["location"] != "Kiev"
    assert any(m["location"] == "Kiev" and m is not reunion for m in meetings)


def test_trip_made_now_keeps_its_place(analyse):
    # counter-example: a trip the story tells (no coming back from it) keeps its place
    text = HEAD + "Le général Luc Fabre a effectué mardi 12 mars 2024 un déplacement à Kiev avec la ministre Anne Roy."
    assert "Kiev" in _locations(analyse, text)


NEWS = "Le Quotidien\n\n{title}\n\nLa ministre de la Défense participait mardi à la réunion des alliés.\n\n" \
       "Publié le 12/03/2024\n\nLa ministre Anne Roy a pris part mardi à cette réunion avec le général Luc Fabre.\n"


def test_headline_opening_with_unaccented_a_names_the_place(analyse):
    text = NEWS.format(title="A Ramstein, la ministre promet une aide durable")
    assert "Ramstein" in _locations(analyse, text)


def test_headline_with_verb_a_names_no_place(analyse):
    # counter-example: `a` the verb (no capital opening the line) names no place
    text = NEWS.format(title="La ministre a Ramstein en tête, et promet une aide durable")
    assert all("Ramstein" not in place for place in _locations(analyse, text))


def test_bare_camp_points_back_to_the_base_named_with_a_soldier(analyse):
    text = HEAD + ("Le 10 mars 2024, la base aérienne projetée Capitaine Jean Forge de Valmont a été remise "
                   "aux autorités locales. Ce transfert marque la fin de la présence française au Bénin.\n\n"
                   "La cérémonie s'est déroulée dans la matinée sur le camp, en présence du général Luc Fabre "
                   "et des derniers cadres encore sur place.")
    places = _locations(analyse, text)
    assert any("Valmont" in place or "Jean Forge" in place for place in places)


def test_bare_camp_with_no_site_before_takes_no_site(analyse):
    # counter-example: no site named before; the bare word points back to nothing of its family
    text = HEAD + ("Le 10 mars 2024, l'accord de défense avec le Bénin a pris fin.\n\n"
                   "La cérémonie s'est déroulée dans la matinée sur le camp, en présence du général Luc Fabre.")
    assert all("base" not in place for place in _locations(analyse, text))


# -- the weekday of a range's last day picks its year -------------------------------------------

LETTER = "La Gazette\n\nPublié le dimanche 8 janvier 2023\n\n"


def _date_norms(analyse, text):
    return [e._.normalized for e in analyse(text).ents if e.label_ == "DATE"]


def test_weekday_of_a_range_picks_the_year_against_an_earlier_year(analyse):
    text = LETTER + ("Les soldats détenus depuis juillet 2022 sont rentrés. Ils ont été accueillis dans la nuit du "
                     "samedi 7 au dimanche 8 janvier à l'aéroport par le ministre Paul Marchand.")
    assert "2023-01-07/2023-01-08" in _date_norms(analyse, text)


def test_range_without_weekday_keeps_the_year_of_its_context(analyse):
    # counter-example: no weekday, the year of the story's context stands
    text = LETTER + ("Les soldats ont été détenus en 2021. Ils avaient été interrogés du 7 au 8 janvier 2021 "
                     "par les enquêteurs.")
    assert "2021-01-07/2021-01-08" in _date_norms(analyse, text)


# -- a meeting told by the day it ended, with its length, began that many days before -----------

SUMMIT = "Le Courrier\n\nPublié le 17 mars 2024\n\n"


def _dates(analyse, text):
    return [m["date"] for m in analyse(text)._.meetings]


def test_summit_ended_on_a_day_with_its_length_is_a_range(analyse):
    text = SUMMIT + ("Le sommet pour la paix s'est achevé dimanche à Lucerne sur l'adoption d'une déclaration. "
                     "Pendant deux jours, l'hôtel a accueilli une centaine de délégations.")
    assert "2024-03-16/2024-03-17" in _dates(analyse, text)


def test_summit_ended_on_a_day_without_its_length_stays_that_day(analyse):
    # counter-example: no length given, the day it ended is all the text says
    text = SUMMIT + ("Le sommet pour la paix s'est achevé dimanche à Lucerne sur l'adoption d'une déclaration. "
                     "L'hôtel a accueilli une centaine de délégations.")
    assert "2024-03-17" in _dates(analyse, text)


# -- a meeting only announced and one held that day elsewhere are two ---------------------------

def _page(standfirst, body):
    return ("Le Journal\n\nArmées : le général reçoit son homologue\n\n" + standfirst +
            "\n\nle 12 mars 2024 à 18h40\n\n" + body + "\n")


def test_announced_meeting_elsewhere_does_not_place_the_held_one(analyse):
    text = _page("Le général Luc Fabre doit être reçu prochainement à Valmont par le président.",
                 "Le chef d'état-major, le général Paul Marchand, a reçu mardi à son bureau de Montclar le "
                 "général Luc Fabre.")
    places = [(m["location"], m["status"]) for m in analyse(text)._.meetings]
    held = [p for p, status in places if status == "held"]
    assert held and all("Valmont" not in p for p in held)


def test_announced_meeting_at_the_same_place_is_the_held_one(analyse):
    # counter-example: announced there, then told held there: one meeting
    text = _page("Le général Luc Fabre doit être reçu à Montclar.",
                 "Le chef d'état-major, le général Paul Marchand, a reçu mardi à Montclar le général Luc Fabre.")
    assert len(analyse(text)._.meetings) == 1


# -- an organisation after `à` hung on a common noun is what the noun is about -------------------

def test_membership_of_an_organisation_is_no_place(analyse):
    text = HEAD + ("Mardi 12 mars 2024, le ministre Paul Marchand a écarté une adhésion à l'OTAN comme issue "
                   "d'une négociation, en présence du général Luc Fabre.")
    assert all("OTAN" not in place for place in _locations(analyse, text))


def test_organisation_seat_after_a_person_is_a_place(analyse):
    # counter-example: hung on the guest, the seat is where he is received
    text = HEAD + "Le président Paul Marchand a reçu le général Luc Fabre à l'Élysée mardi 12 mars 2024."
    assert any("Élysée" in place for place in _locations(analyse, text))


# -- a meeting placed only in a country takes the city of that day's other meeting ---------------

CONF = "Radio Nord\n\nPublié le 26 septembre 2023\n\n"


def test_side_exchange_in_a_country_takes_the_city_of_the_conference(analyse):
    text = CONF + ("Le général Luc Fabre participe mardi à une conférence des armées à New Delhi.\n\n"
                   "En marge des travaux, il a eu un bref échange avec le général Paul Marchand, en Inde "
                   "pour la première fois.")
    places = _locations(analyse, text)
    assert "Inde" not in places and places.count("New Delhi") >= 1


def test_country_stays_when_that_day_holds_two_cities():
    # counter-example: two cities of that country that day (or another day's city): none chosen
    from pipeline.components.meeting_groups import _city_of_same_day

    def meeting(date, location):
        return {"date": date, "location": location}

    cities = ["New Delhi", "Bombay"]
    alone = meeting("2023-09-26", "Inde")
    assert _city_of_same_day(alone, [alone, meeting("2023-09-26", "New Delhi")], cities) == "New Delhi"
    assert _city_of_same_day(alone, [alone, meeting("2023-09-26", "New Delhi"), meeting("2023-09-26", "Bombay")],
                             cities) == ""
    assert _city_of_same_day(alone, [alone, meeting("2023-09-20", "New Delhi")], cities) == ""


# -- a meeting within the days of a stay told with its place was held there ----------------------

STAY = "Le Monde d'ici\n\nPublié le 18 mars 2024\n\n"


def test_audience_within_a_two_day_visit_is_at_its_place(analyse):
    text = STAY + ("Mardi 12 mars, la ministre Anne Roy atterrit à Valmont pour une visite de deux jours.\n\n"
                   "Selon des sources diplomatiques, une audience avec le général Luc Fabre était prévue le "
                   "mercredi 13 mars.")
    doc = analyse(text)
    audience = next(m for m in doc._.meetings if "fabre" in m["people"])
    assert audience["location"] == "Valmont"


def test_audience_after_the_stay_gets_no_place_from_it(analyse):
    # counter-example: a day past the stay's days
    text = STAY + ("Mardi 12 mars, la ministre Anne Roy atterrit à Valmont pour une visite de deux jours.\n\n"
                   "Selon des sources diplomatiques, une audience avec le général Luc Fabre était prévue le "
                   "vendredi 15 mars.")
    doc = analyse(text)
    audience = next(m for m in doc._.meetings if "fabre" in m["people"])
    assert audience["location"] != "Valmont"
