"""Round 25 (mdt25): meeting dates. A first plan since replaced (`prévue initialement jeudi`) lies on
neither side of the story's day; an infinitive after a time preposition (`après avoir été reçu`) is not
dated by the verb it depends on."""

from __future__ import annotations


def _dates(analyse, text: str) -> dict[str, str]:
    return {s.text: s._.normalized for s in analyse(text).spans["dates"]}


def _meeting_dates(analyse, text: str) -> list[str]:
    return [m["date"] for m in analyse(text)._.meetings]


HEAD = "Diplomatie : les négociations de Genève\n\nPublié le 16 mai 2025\n\n"


def test_superseded_plan_weekday_is_the_nearest_past_one(analyse):
    text = HEAD + ("Les deux délégations se sont retrouvées ce vendredi 16 mai à Genève. Une séance prévue "
                   "initialement jeudi et repoussée au lendemain, qui n'a débouché sur rien.")
    assert _dates(analyse, text)["jeudi"] == "2025-05-15"


def test_plan_without_superseded_word_stays_ahead(analyse):
    text = HEAD + ("Les deux délégations se sont retrouvées ce vendredi 16 mai à Genève. Une nouvelle séance, "
                   "prévue jeudi à Genève, doit prolonger ces échanges.")
    assert _dates(analyse, text)["jeudi"] == "2025-05-22"


PAGE = "Défense : une tournée en Europe\n\nPublié le 19 mars 2025\n\n"


def test_meeting_in_an_apres_infinitive_is_not_dated_by_the_main_verb(analyse):
    text = PAGE + ("Lundi, le ministre a inauguré une usine à Lyon. Vingt-quatre heures après avoir été reçu "
                   "à Berne par son homologue, Paul Marchand a visité mardi une caserne à Genève.")
    assert "2025-03-18" not in _meeting_dates(analyse, text)


def test_meeting_in_a_purpose_infinitive_takes_the_main_verb_date(analyse):
    text = PAGE + ("Lundi, le ministre a inauguré une usine à Lyon. Paul Marchand s'est rendu mardi à Berne "
                   "pour s'entretenir avec son homologue suisse Hans Keller.")
    assert "2025-03-18" in _meeting_dates(analyse, text)


CEASEFIRE = "Grands Lacs : le sommet de Kigoma\n\nPublié le 23 novembre 2022\n\n"


def test_starting_point_after_a_partir_du_does_not_date_an_undated_meeting(analyse):
    text = CEASEFIRE + ("La réunion régionale, tenue ce mercredi 23 novembre à Kigoma, a exigé une trêve à partir "
                        "du samedi 26 novembre à midi.\n\nLe président tanzanien Amani Mwinyi a réuni autour de "
                        "la table ses homologues de la région.")
    dates = _meeting_dates(analyse, text)
    assert "2022-11-26" not in dates and "2022-11-23" in dates


def test_day_without_starting_word_still_dates_an_undated_meeting(analyse):
    text = CEASEFIRE + ("Une trêve a été observée le samedi 19 novembre dans la région.\n\nLe président tanzanien "
                        "Amani Mwinyi a réuni autour de la table ses homologues de la région.")
    assert "2022-11-19" in _meeting_dates(analyse, text)


TOUR = "Afrique : la tournée du président\n\nPublié le 5 mars 2023\n\n"


def test_participle_clause_is_not_dated_by_a_day_counted_from_it(analyse):
    text = TOUR + ("Le président français est arrivé mercredi 1er mars au soir à Franceville. Reçu par le président "
                   "gabonais Paul Obame, il a inauguré le lendemain, jeudi 2 mars, une école d'ingénieurs.")
    assert _meeting_dates(analyse, text)[0] == "2023-03-01"


def test_participle_clause_takes_a_plain_day_of_its_verb(analyse):
    text = TOUR + ("Le président français est arrivé mercredi 1er mars au soir à Franceville. Reçu par le président "
                   "gabonais Paul Obame, il a inauguré jeudi 2 mars une école d'ingénieurs.")
    assert _meeting_dates(analyse, text)[0] == "2023-03-02"


VISIT = "Diplomatie : la tournée européenne\n\nPublié le 24 mars 2022\n\n"


def test_relative_on_a_place_takes_the_day_written_before_that_place(analyse):
    text = VISIT + ("La ministre est attendue vendredi à Lyon, dans le centre du pays, puis samedi à Lisbonne, "
                    "où elle doit rencontrer le président portugais Rui Costa.")
    assert "2022-03-26" in _meeting_dates(analyse, text)


def test_relative_on_a_place_without_its_own_day_keeps_the_sentence_day(analyse):
    text = VISIT + ("La ministre est attendue samedi à Lisbonne, où elle doit rencontrer le président portugais "
                    "Rui Costa.")
    assert "2022-03-26" in _meeting_dates(analyse, text)
