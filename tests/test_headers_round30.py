"""Header dates, round 30: a header line labelled `Date` (`Date 14.03.2025`, `Date : 14 mars 2025`) gives the
publication date, as broadcasters' and institutions' pages print it; a sentence about a date does not. On texts
of our own."""

from __future__ import annotations

BODY = ("Le ministre de la Défense a reçu mardi à Dakar son homologue malien pour des entretiens consacrés à la "
        "sécurité des frontières.")


def test_a_header_line_labelled_date_in_dots_is_the_publication(analyse):
    text = "SAHEL\n\nDakar et Bamako renforcent leur coopération\n\nDate 14.03.2025\n\n" + BODY
    assert analyse(text)._.published == "2025-03-14"


def test_a_header_line_labelled_date_with_a_colon_is_the_publication(analyse):
    text = ("Communiqué de presse\n\nDakar et Bamako renforcent leur coopération\n\nDate : 14 mars 2025\n\n"
            "Partager :   Facebook   Twitter\n\n" + BODY)
    assert analyse(text)._.published == "2025-03-14"


def test_a_sentence_about_a_date_is_no_publication(analyse):
    text = ("Dakar et Bamako renforcent leur coopération\n\n"
            "La date du 14 mars 2025 a été retenue par les deux délégations pour signer un protocole d'accord sur "
            "la surveillance des frontières.\n\n" + BODY)
    assert analyse(text)._.published == ""
