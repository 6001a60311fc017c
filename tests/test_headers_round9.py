"""Header lines as more outlets print them: a byline before the date, a clause saying the page was
published, and a dateline without its year whose year the weekdays of the story decide."""

from __future__ import annotations

import pytest

TITLE = "La frégate rejoint le groupe aéronaval"
BODY = "La frégate a appareillé de Toulon pour rejoindre le porte-avions."

HEADERS = {
    "byline-clock-spaced": "Par Claire N. 16 juin 2023 à 10 h 05 min",
    "byline-english": "By J. Martin 16 juin 2023",
    "said-published": "Cet article a été publié le 16 juin 2023 - 17:14",
}


@pytest.mark.parametrize("line", HEADERS.values(), ids=HEADERS.keys())
def test_a_byline_or_a_published_clause_before_a_lone_date_gives_the_publication(analyse, line):
    doc = analyse(f"{TITLE}\n\n{line}\n\n{BODY}")
    assert doc._.published == "2023-06-16"


NOT_HEADERS = {
    "decree-sentence": "Par décret du président de la République du 16 juin 2023, le général est nommé à la tête "
                       "de la flotte.",
    "long-byline-sentence": "Par une note adressée aux états-majors des trois armées le 16 juin 2023",
    "published-then-more": "Le rapport a été publié le 16 juin 2023 par la commission",
}


@pytest.mark.parametrize("line", NOT_HEADERS.values(), ids=NOT_HEADERS.keys())
def test_a_sentence_with_par_or_publie_before_a_date_is_no_header(analyse, line):
    doc = analyse(f"{TITLE}\n\n{line}\n\n{BODY}")
    assert doc._.published == ""


def test_a_yearless_dateline_takes_the_year_where_the_story_s_weekday_falls(analyse):
    """Only one year is written, an earlier one; `vendredi 21 octobre` is a Friday in 2022, not 2021."""
    doc = analyse("La transition au centre des discussions\n\n"
                  "Conakry, 22 oct (AGP)- Le chef de l'Etat a reçu vendredi 21 octobre le médiateur régional. "
                  "La crise s'était ouverte le 5 septembre 2021.")
    assert doc._.published == "2022-10-22"


def test_without_a_weekday_the_yearless_dateline_takes_the_story_s_year(analyse):
    """The counter-example: no weekday to go by, the year of the first full date stays."""
    doc = analyse("La transition au centre des discussions\n\n"
                  "Conakry, 22 oct (AGP)- Le chef de l'Etat a reçu le 21 octobre le médiateur régional. "
                  "La crise s'était ouverte le 5 septembre 2021.")
    assert doc._.published == "2021-10-22"


def _orgs_and_people(doc) -> set[str]:
    return {e.text for e in doc.ents if e.label_ in ("ORG", "PERSON")}


def test_a_byline_signed_inside_its_line_is_furniture(analyse):
    doc = analyse("La Belgique livre des F-16 à l'Ukraine\n\nBelga - Édité par Claire Nollet\n"
                  "Publié le 8 avril 2025\n\nLe ministre de la Défense a annoncé mardi la livraison.")
    assert "Claire Nollet" not in _orgs_and_people(doc)


def test_a_sentence_saying_who_wrote_a_report_is_no_byline(analyse):
    doc = analyse("La Belgique livre des F-16 à l'Ukraine\n\nPublié le 8 avril 2025\n\n"
                  "Le rapport rédigé par Claire Nollet, la directrice du renseignement, a été remis mardi au "
                  "gouvernement fédéral, qui en débattra la semaine prochaine.")
    assert "Claire Nollet" in _orgs_and_people(doc)


def test_the_outlet_name_and_a_rubric_above_the_headline_yield_no_organisation(analyse):
    doc = analyse("RTBF Actus\nAccueil > Info > Monde\n\nInternational\n\n"
                  "La Belgique livre des F-16 à l'Ukraine\n\nPublié le 8 avril 2025\n\n"
                  "Le ministre de la Défense a annoncé mardi la livraison des premiers F-16 à l'Ukraine.")
    assert not {"RTBF Actus", "RTBF", "International"} & _orgs_and_people(doc)
    assert doc._.title == "La Belgique livre des F-16 à l'Ukraine"


def test_a_kicker_and_a_body_s_own_page_header_stay(analyse):
    """The counter-examples: a sentence-long kicker over the headline is the article's, and the page of
    a body the lists know names that body."""
    doc = analyse("ASSEMBLÉE NATIONALE\nAccueil > Travaux parlementaires > Commissions\n\n"
                  "VISITE DU MINISTRE BELGE DE LA DÉFENSE À KIEV AVEC LE GÉNÉRAL MICHEL HOFMAN\n\n"
                  "La Belgique livre des F-16 à l'Ukraine\n\nPublié le 8 avril 2025\n\n"
                  "Le ministre de la Défense a annoncé mardi la livraison des premiers F-16 à l'Ukraine.")
    assert not any(span.label_ == "masthead" and "ASSEMBL" in span.text for span in doc.spans["furniture"])
    assert not any(span.label_ == "masthead" and "VISITE" in span.text for span in doc.spans["furniture"])


def test_a_headline_with_straight_quotes_and_a_comma_keeps_the_columns_of_a_sniffing_reader(analyse, tmp_path):
    """documents.csv read as the shared scorer reads it (`csv.Sniffer` on the header line guesses
    `doublequote=False`): a headline's quotes are typographic, so its comma cuts no cell."""
    import csv
    import io

    from pipeline.run.export import document_row
    from pipeline.run.ingest import Article

    text = (f'Le ministre à Toulon: "La Marine doit intervenir au large, à tout moment"\n\n'
            f"Publié le 28/03/2024 à 06:45\n\n{BODY}")
    doc = analyse(text)
    row = document_row(Article(doc_id="t", source_path="t.txt", text=text), doc)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(row))
    writer.writeheader()
    writer.writerow(row)
    raw = buffer.getvalue()
    dialect = csv.Sniffer().sniff(raw.splitlines()[0], delimiters=",;\t")
    read = next(csv.DictReader(io.StringIO(raw, newline=""), dialect=dialect))
    assert read["published"] == "2024-03-28"
    assert read["title"] == "Le ministre à Toulon: “La Marine doit intervenir au large, à tout moment”"


def test_a_headline_without_quotes_is_written_as_it_is(analyse):
    from pipeline.run.export import document_row
    from pipeline.run.ingest import Article

    text = f"La frégate rejoint le groupe aéronaval, en Méditerranée\n\nPublié le 28/03/2024\n\n{BODY}"
    row = document_row(Article(doc_id="t", source_path="t.txt", text=text), analyse(text))
    assert row["title"] == "La frégate rejoint le groupe aéronaval, en Méditerranée"
