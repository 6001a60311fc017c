"""Text as outlets and users give it: seasons are no DATE, lists of other stories yield no entity, a
short capitalised verbless quotation is a name or a title, and messy copies give the clean rows.

Own sentences; expected spans inline (<ent norm='ISO'>...</ent>), each behaviour with a counter-example.
"""

from __future__ import annotations

import unicodedata

from conftest import parse_inline

HEADER = "Titre de l'article sur la défense\n\n  • 12 Mar. 2024 -\n\n"


def dates(doc) -> dict[tuple[int, int], str]:
    return {(e.start_char, e.end_char): e._.normalized for e in doc.ents if e.label_ == "DATE"
            and e.start_char >= len(HEADER)}


def test_a_season_is_no_date_but_its_written_year_and_a_month_are(analyse):
    text, expected = parse_inline(HEADER + "Les frégates appareilleront à l'<ent norm='2024'>automne 2024</ent>, "
                                           "après un arrêt "
                                           "technique achevé en <ent norm='2024-02'>février</ent>.")
    assert dates(analyse(text)) == {(e.start, e.end): e.attrs["norm"] for e in expected}


def test_dates_of_a_list_of_other_stories_are_no_entities(analyse):
    body = ("Le chef d'état-major a visité le <ent norm='2024-03-11'>11 mars</ent> la base navale de Brest.\n\n"
            "Dernières dépêches\n- Inondations : trois villages évacués jeudi\n- Rugby : victoire 28-12 samedi\n")
    text, expected = parse_inline(HEADER + body)
    assert dates(analyse(text)) == {(e.start, e.end): e.attrs["norm"] for e in expected}


def test_a_dated_list_item_in_the_story_stays_a_date(analyse):
    body = ("Le programme de la visite :\n- arrivée à Dakar le <ent norm='2024-03-14'>14 mars</ent>\n"
            "- entretien avec le ministre le <ent norm='2024-03-15'>15 mars</ent>\n")
    text, expected = parse_inline(HEADER + body)
    assert dates(analyse(text)) == {(e.start, e.end): e.attrs["norm"] for e in expected}


def test_a_quoted_name_is_no_quotation(analyse):
    doc = analyse(HEADER + "Le centre de formation, baptisé « Maison des sapeurs du fleuve », a ouvert ses portes.")
    assert doc._.quotes == []


def test_a_short_capitalised_sentence_with_a_verb_is_a_quotation(analyse):
    doc = analyse(HEADER + "« Nous tiendrons la ligne », a déclaré le général Arnaud Tessier devant les cadets.")
    assert [q["quote"] for q in doc._.quotes] == ["Nous tiendrons la ligne"]


def test_a_one_word_quote_is_a_quotation_only_of_a_speaker_its_sentence_names(analyse):
    """A word in quotation marks after a speech verb is its subject's word, as the gold lists them (round 58,
    `a dénoncé le comportement « dangereux »`); a scare quote no one speaks in its sentence is none."""
    doc = analyse(HEADER + "Le général Arnaud Tessier a dénoncé une « provocation » lors de son discours.")
    assert [(q["quote"], q["speaker"]) for q in doc._.quotes] == [("provocation", "Arnaud Tessier")]
    doc = analyse(HEADER + "Une « provocation » a eu lieu mardi près de la frontière.")
    assert doc._.quotes == []


def test_a_byline_date_is_the_page_date_and_the_body_date_resolves_against_it(analyse):
    """The byline's date is the page's own (one DATE, as the gold lists publication dates, round 36); the
    body's day without a year takes its year from it."""
    body = ("Par Claire Dumont le <ent norm='2024-03-12'>12 mars 2024</ent>\n\n"
            "Le ministre de la Défense s'est rendu à Lorient le <ent norm='2024-03-11'>11 mars</ent>.")
    text, expected = parse_inline("Titre de l'article sur la défense\n\n" + body)
    doc = analyse(text)
    found = {(e.start_char, e.end_char): e._.normalized for e in doc.ents if e.label_ == "DATE"}
    assert found == {(e.start, e.end): e.attrs["norm"] for e in expected}


BODY = ("Le ministre des Armées, Paul Renard, a reçu le 11 mars à Paris son homologue belge, Anne Lambert. "
        "Les deux ministres ont évoqué la coopération navale : « Nos marines travaillent ensemble depuis "
        "longtemps et continueront à le faire », a déclaré Paul Renard à l'issue de l'entretien.")


def rows(doc) -> list[tuple[str, str]]:
    return sorted((e.label_, e.text) for e in doc.ents) + [("Q", q["quote"]) for q in doc._.quotes]


def squeeze(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_messy_copies_give_the_clean_rows_with_offsets_in_the_file(analyse):
    clean = analyse(HEADER + BODY)
    messy_text = unicodedata.normalize("NFD", HEADER + BODY.replace(" :", "\u00a0:").replace(", ", ",  "))
    messy = analyse(messy_text)
    assert [(label, squeeze(text)) for label, text in rows(messy)] == rows(clean)
    from pipeline.run.normalise import USER_DATA_KEY
    normalised = messy.user_data[USER_DATA_KEY]
    for ent in messy.ents:  # every offset, moved back, points into the text as the user gave it
        start, end = normalised.span(ent.start_char, ent.end_char)
        assert squeeze(messy_text[start:end]) == squeeze(ent.text)
