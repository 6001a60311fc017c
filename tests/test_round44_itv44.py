"""Interviews, analyses and press reviews, round 44: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def countries(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {o["key"]: o["country"] for o in doc._.officials}


# -- `ses homologues allemande et polonais, A et B`: the demonyms go to the names in order, one each ------

def test_two_counterparts_listed_after_two_demonyms_take_one_each(analyse):
    found = countries(analyse, "Le ministre des Affaires étrangères, Stéphane Séjourné, a accueilli lundi ses "
                               "homologues allemande et polonais, Annalena Baerbock et Radosław Sikorski, à Paris.")
    assert (found["baerbock"], found["sikorski"]) == ("Allemagne", "Pologne")


def test_three_counterparts_listed_after_three_demonyms_take_one_each(analyse):
    found = countries(analyse, "Le ministre des Armées a reçu ses homologues britannique, italien et allemand, "
                               "John Healey, Guido Crosetto et Boris Pistorius, à Paris le 3 mars.")
    assert (found["healey"], found["crosetto"], found["pistorius"]) == ("Royaume-Uni", "Italie", "Allemagne")


def test_a_name_outside_the_list_takes_no_demonym_of_it(analyse):
    found = countries(analyse, "Le ministre des Armées a reçu son homologue britannique, John Healey, et le "
                               "ministre Guido Crosetto à Paris le 3 mars.")
    assert (found["healey"], found["crosetto"]) == ("Royaume-Uni", "")


def test_a_periphrasis_with_a_demonym_then_names_the_one_of_that_country(analyse):
    doc = analyse(page("Le ministre des Affaires étrangères, Stéphane Séjourné, a accueilli lundi ses homologues "
                       "allemande et polonais, Annalena Baerbock et Radosław Sikorski, à Paris. « Nous ne laisserons "
                       "pas la Russie écrire notre avenir », a lancé le ministre français à l'issue des travaux."))
    assert [q["speaker"] for q in doc._.quotes] == ["Stéphane Séjourné"]


# -- a day of history told in passing (`Né le 29 août 1991`) is no anchor of `le même jour` after it -------

def dates(analyse, body: str, published: str = "20 février 2024") -> dict[str, str]:
    doc = analyse(page(body, published))
    return {e.text: e._.normalized for e in doc.ents if e.label_ == "DATE"}


WEIMAR = ("Le 12 février, le ministre Stéphane Séjourné a accueilli ses homologues à La Celle-Saint-Cloud.\n\n"
          "Né le 29 août 1991 à Weimar, le Triangle devait accompagner le retour de la Pologne en Europe.\n\n")


def test_the_same_day_after_a_day_of_history_is_the_story_day(analyse):
    found = dates(analyse, WEIMAR + "Le même jour, le premier ministre Donald Tusk était à Paris.")
    assert found["Le même jour"] == "2024-02-12"


def test_days_earlier_after_a_day_of_history_count_from_the_story_day(analyse):
    found = dates(analyse, WEIMAR + "Le même jour, le premier ministre Donald Tusk était à Paris. Deux jours plus "
                                    "tôt, Donald Trump avait menacé les alliés.")
    assert found["Deux jours plus tôt"] == "2024-02-10"


def test_a_day_a_clause_tells_after_the_story_day_still_anchors(analyse):
    found = dates(analyse, "Le 12 février, le ministre Stéphane Séjourné a accueilli ses homologues.\n\n"
                           "Le 29 août 1991, les trois ministres s'étaient réunis à Weimar.\n\n"
                           "Le même jour, ils avaient signé une déclaration commune.")
    assert found["Le même jour"] == "1991-08-29"


def test_a_history_told_for_itself_keeps_its_days(analyse):
    found = dates(analyse, "Le 6 juin 1944, les Alliés débarquaient en Normandie.\n\n"
                           "Le même jour, les parachutistes tenaient le pont de Bénouville.", "6 juin 2024")
    assert found["Le même jour"] == "1944-06-06"


# -- `X était d'ailleurs reçu par Y`: an adverb inside the passive leaves the agent the host ---------------

def hosts(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"]) for m in doc._.meetings]


def test_a_passive_with_an_adverb_inside_is_hosted_by_its_agent(analyse):
    found = hosts(analyse, "Le 10 mars, Rishi Sunak était d'ailleurs reçu à l'Élysée par Emmanuel Macron pour un "
                           "sommet franco-britannique.")
    assert found == [("sommet", "macron")]


def test_a_passive_with_an_adverb_inside_gives_the_hosted_relation(analyse):
    doc = analyse(page("Le 1er juillet 2022, Anthony Albanese était d'ailleurs reçu à l'Élysée par Emmanuel "
                       "Macron pour un sommet franco-australien."))
    hosted = [(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == "HOSTED"]
    assert hosted == [("macron", "albanese")]


def test_etre_with_a_participle_of_motion_and_no_agent_names_no_host(analyse):
    found = hosts(analyse, "Le 10 mars, Rishi Sunak était d'ailleurs arrivé à l'Élysée pour un sommet "
                           "franco-britannique avec Emmanuel Macron.")
    assert found == [("sommet", "")]


# -- `à San Diego, le président américain Joe Biden`: a role titling the name after it makes no person of
# -- the place before its comma ---------------------------------------------------------------------------

def names(analyse, body: str) -> list[str]:
    return [o["name"] for o in analyse(page(body))._.officials]


def test_a_place_of_two_words_before_a_titled_name_is_no_person(analyse):
    found = names(analyse, "Lundi 13 mars, à San Diego, le président américain Joe Biden a reçu le premier "
                           "ministre australien Anthony Albanese.")
    assert "San Diego" not in found and "Joe Biden" in found


def test_a_place_of_two_words_before_a_titled_name_with_no_demonym_is_no_person(analyse):
    found = names(analyse, "Le 5 avril, à Los Angeles, le président de la Chambre Kevin McCarthy a reçu la "
                           "présidente Tsai Ing-wen.")
    assert "Los Angeles" not in found


def test_a_name_before_a_comma_and_a_role_alone_is_still_a_person(analyse):
    found = names(analyse, "Le 12 mai, Abdel-Fatau Musah, le commissaire de la Cédéao, a reçu le ministre.")
    assert "Abdel-Fatau Musah" in found


# -- `sera à La Haye mardi`: a weekday the parser hangs on a place takes the tense of the verb -------------

def test_a_weekday_after_a_place_in_the_future_is_the_next_one(analyse):
    found = dates(analyse, "Le président sera à La Haye mardi pour une visite d'État aux Pays-Bas.", "10 avril 2023")
    assert found["mardi"] == "2023-04-11"


def test_a_weekday_after_a_place_with_a_verb_of_motion_in_the_future_is_the_next_one(analyse):
    found = dates(analyse, "La ministre se rendra à Varsovie jeudi pour rencontrer son homologue.", "10 avril 2023")
    assert found["jeudi"] == "2023-04-13"


def test_a_weekday_after_a_place_in_the_past_stays_the_last_one(analyse):
    found = dates(analyse, "Le président était à La Haye mardi pour une visite d'État aux Pays-Bas.", "10 avril 2023")
    assert found["mardi"] == "2023-04-04"


# -- `dans la nuit de mardi à mercredi ..., mercredi 19 juin`: a bare weekday is near the day its sentence dates

def test_a_weekday_range_before_a_dated_weekday_is_that_week(analyse):
    found = dates(analyse, "Accueilli dans la nuit de mardi à mercredi par le dirigeant, le président a signé "
                           "mercredi 19 juin un traité.", "24 juin 2024")
    assert found["mardi à mercredi"] == "2024-06-18/2024-06-19"


def test_a_weekday_before_a_later_dated_weekday_is_the_nearest_one(analyse):
    found = dates(analyse, "Le président restera en France jusqu'à dimanche : une visite d'État est prévue samedi "
                           "8 juin à Paris.", "4 juin 2024")
    assert found["dimanche"] == "2024-06-09"


def test_this_weekday_stays_in_the_week_of_writing(analyse):
    found = dates(analyse, "Le salon a rouvert ses portes ce lundi à Villepinte, jusqu'au vendredi 17 juin.",
                  "14 juin 2022")
    assert found["ce lundi"] == "2022-06-13"
