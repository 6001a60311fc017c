"""Live blogs and pages' header lines, round 48: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from pipeline.run.normalise import normalise

HEAD = "Défense : les ministres européens veulent accélérer les livraisons de munitions\n\n"
BODY = "\n\nLe ministre de la Défense a détaillé mardi le calendrier des livraisons."


# -- a byline, then a publication line in lower case (`par X` / `publié le ...`): two header lines -----------

def test_a_lower_case_publication_line_under_a_byline_stays_a_line_of_its_own():
    for header in ("par La Rédaction\npublié le 3 mars 2025 à 9h15, mis à jour le 3 mars 2025 à 18h40",
                   "par Claire Dubois et Marc Lefèvre\npublié le mardi 4 mars 2025 à 6h30",
                   "by Staff Writer\nmis à jour le 04/03/2025 à 10:00",
                   "par AFP\nmis en ligne le 4 mars 2025"):
        text = HEAD + header + BODY
        assert normalise(text).text == text, header


def test_an_update_line_under_a_publication_line_ending_on_a_month_stays_apart():
    text = HEAD + "publié le mardi 4 mars\nmis à jour le 5 mars" + BODY
    assert normalise(text).text == text


def test_a_sentence_wrapped_before_publie_le_is_still_joined():
    """No byline before it: `publié le` goes on the sentence (a counter-example)."""
    text = HEAD + "Le rapport annuel a été\npublié le 3 mars 2025 par le ministère." + BODY
    assert "Le rapport annuel a été publié le 3 mars 2025" in normalise(text).text


def test_a_byline_followed_by_prose_in_lower_case_is_joined_as_before():
    """`par` then a line that is no dated header line: the old reading, a sentence cut in two."""
    text = HEAD + "Les stocks ont été reconstitués par\nles industriels de la défense depuis 2023." + BODY
    assert "reconstitués par les industriels" in normalise(text).text


def test_a_publication_line_without_a_date_after_its_marker_is_no_header():
    text = HEAD + "par La Rédaction\npublié par le ministère en fin de semaine, le document reste flou." + BODY
    assert "par La Rédaction publié par le ministère" in normalise(text).text


# -- the page's date read from such a header, and a bare weekday the body dates in full ---------------------

LIVE = ("Guerre en Ukraine : les alliés promettent de nouvelles livraisons\n\n"
        "par La Rédaction\n"
        "publié le {published} à 7h02, mis à jour le {published} à 21h10\n\n"
        "10h05\n"
        "Les ministres de la Défense de l'Union européenne réunis {weekday}\n\n"
        "La haute représentante a indiqué que les ministres de la Défense de l'Union européenne se "
        "réuniraient {told}, à Bruxelles, pour discuter des munitions.\n")


def test_the_publication_line_under_a_byline_gives_the_page_its_date(analyse):
    doc = analyse(LIVE.format(published="11 mars 2025", weekday="vendredi", told="vendredi 14 mars"))
    assert doc._.published == "2025-03-11"


def test_a_bare_weekday_of_a_heading_takes_the_day_the_body_gives_it(analyse):
    doc = analyse(LIVE.format(published="11 mars 2025", weekday="vendredi", told="vendredi 14 mars"))
    days = {s.text: s._.normalized for s in doc.spans["dates"]}
    assert days.get("vendredi") == "2025-03-14"


def test_a_bare_weekday_the_body_does_not_date_is_read_as_before(analyse):
    """Counter-example: the body gives another weekday, so `vendredi` keeps its reading (the last one)."""
    doc = analyse(LIVE.format(published="11 mars 2025", weekday="vendredi", told="jeudi 13 mars"))
    days = {s.text: s._.normalized for s in doc.spans["dates"]}
    assert days.get("vendredi") == "2025-03-07"
