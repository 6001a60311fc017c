"""Round 19 (dat19): header dates as Swiss pages, blogs and regional dailies print them, and a plan told
in the past (`devait se tenir`), whose date lies on either side of the day of writing."""

from __future__ import annotations

from conftest import page

HEAD = "Défense : la réforme des casernes avance\nLa Gazette du Jura\n\n"
BODY = "Le commandant de la place a inspecté les nouveaux hangars de la base avec les élus du canton."


def _dates(analyse, text: str) -> dict[str, str]:
    doc = analyse(text)
    return {s.text: s._.normalized for s in doc.spans["dates"]}


def _entity_dates(analyse, text: str) -> set[str]:
    return {e._.normalized for e in analyse(text).ents if e.label_ == "DATE"}


def test_padded_day_month_two_digit_year_is_a_header_date(analyse):
    doc = analyse(HEAD + "Publié le 07.03.24, 09:12\nMis à jour le 07.03.24, 17:40\n\n" + BODY)
    assert doc._.published == "2024-03-07"


def test_version_number_is_no_date(analyse):
    # counter-example: parts not padded to two digits are a version number, not a day
    dates = _dates(analyse, page("Le logiciel de mission du drone passe en version 3.4.21 cet automne."))
    assert "3.4.21" not in dates


def test_byline_then_dash_then_date_is_the_publication(analyse):
    doc = analyse(HEAD + "Par la rédaction - 12 mars 2024 à 08:00 | mis à jour le 12 mars 2024 à 10:05\n\n" + BODY)
    assert doc._.published == "2024-03-12"


def test_dash_inside_a_sentence_is_no_byline(analyse):
    # counter-example: a sentence of the story (a full stop, many words) that holds ` - ` and a date
    doc = analyse(HEAD + "Le contrat des hangars - signé à Delémont le 12 mars 2024 à 08:00 par le canton et "
                         "l'armée - prévoit une extension de la piste et une nouvelle tour de contrôle.\n\n" + BODY)
    assert doc._.published != "2024-03-12"


def test_blog_posted_line_gives_the_publication(analyse):
    doc = analyse(HEAD + "Posté dans Europe, Défense par Jeanne Martin Le 14-02-2025\n\n" + BODY)
    assert doc._.published == "2025-02-14"


def test_posted_inside_a_sentence_is_no_header(analyse):
    # counter-example: `posté` in the body, not opening a header line
    doc = analyse(HEAD + "Un message posté par le régiment le 14-02-2025 annonçait la fin des travaux.\n\n" + BODY)
    assert doc._.published != "2025-02-14"


def test_plan_told_in_the_past_takes_the_nearest_days(analyse):
    # written on 20 March 2024: `devait se tenir les 3 et 4 mars` is this March, not next year's
    dates = _dates(analyse, page("L'exercice conjoint devait se tenir les 3 et 4 mars à Brest, mais il a été "
                                 "reporté faute de navires disponibles.", published="20 mars 2024"))
    assert dates.get("les 3 et 4 mars") == "2024-03-03/2024-03-04"


def test_plan_told_in_the_present_lies_ahead(analyse):
    # counter-example: `doit se tenir` is still to come: next year's March
    dates = _dates(analyse, page("L'exercice conjoint doit se tenir les 3 et 4 mars à Brest avec les navires "
                                 "de trois marines.", published="20 mars 2024"))
    assert dates.get("les 3 et 4 mars") == "2025-03-03/2025-03-04"


def test_weekday_of_a_plan_told_in_the_past_is_the_nearest(analyse):
    # written on Thursday 14 March 2024: the Saturday the speech was planned for is two days ahead
    dates = _dates(analyse, page("Le ministre devait s'exprimer samedi devant les réservistes, mais la "
                                 "tempête a tout changé.", published="14 mars 2024"))
    assert dates.get("samedi") == "2024-03-16"


def test_weekday_told_in_the_past_is_behind(analyse):
    # counter-example: a past tense without a plan: last Saturday
    dates = _dates(analyse, page("Le ministre s'est exprimé samedi devant les réservistes, malgré la "
                                 "tempête.", published="14 mars 2024"))
    assert dates.get("samedi") == "2024-03-09"


def test_day_an_event_is_moved_to_is_the_nearest(analyse):
    # written on 12 March 2025, in the past tense: the new day is still to come
    dates = _dates(analyse, page("La réunion des chefs d'état-major, d'abord fixée au printemps, a été avancée "
                                 "au 28 mars à Varsovie.", published="12 mars 2025"))
    assert dates.get("28 mars") == "2025-03-28"


def test_day_told_in_the_past_without_a_move_is_behind(analyse):
    # counter-example: no `au` before the day, a past tense: last year's 28 March
    dates = _dates(analyse, page("Les chefs d'état-major se sont réunis le 28 mars à Varsovie.",
                                 published="12 mars 2025"))
    assert dates.get("28 mars") == "2024-03-28"


def test_count_of_days_after_closing_its_phrase_is_later(analyse):
    dates = _dates(analyse, page("Le 3 janvier, la colonne a quitté Gao ; quatre jours après, elle entrait dans "
                                 "Niamey.", published="20 janvier 2025"))
    assert dates.get("quatre jours après") == "2025-01-07"


def test_count_of_days_before_closing_its_phrase_is_earlier(analyse):
    dates = _dates(analyse, page("Le 10 janvier, la colonne est entrée dans Niamey. Quatre jours avant, elle "
                                 "avait quitté Gao.", published="20 janvier 2025"))
    assert dates.get("Quatre jours avant") == "2025-01-06"


def test_count_of_days_after_an_event_is_no_date_of_the_text(analyse):
    # counter-examples: `après le départ` counts from the departure, not from the last date told;
    # a sentence of the words alone looks forward to the date the next sentence gives
    dates = _dates(analyse, page("Le 3 janvier, la colonne a quitté Gao. Quatre jours après le départ du convoi, "
                                 "une embuscade a visé l'escorte.", published="20 janvier 2025"))
    assert "Quatre jours après" not in dates
    dates = _dates(analyse, page("La commission s'est réunie hier à Bangui.\n\nQuinze ans après. C'est en 2010 "
                                 "que s'était tenue sa première session.", published="20 janvier 2025"))
    assert "Quinze ans après" not in dates


def test_author_box_closed_by_a_link_label_gives_no_date(analyse):
    text = page(BODY) + ("\n\nNewsletter\nCamille Roche est journaliste à la rubrique défense depuis 2016. "
                         "Plus d'infos\n")
    assert "2016" not in _entity_dates(analyse, text)


def test_sentence_asking_for_more_information_is_no_furniture(analyse):
    # counter-example: the words inside a sentence of the story, not closing its line after a full stop
    assert "2016" in _entity_dates(analyse, page("Le régiment recrute depuis 2016 des réservistes et leur donne "
                                                 "plus d'infos sur les missions."))
