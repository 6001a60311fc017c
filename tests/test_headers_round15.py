"""Header dates, round 15: a byline line of fields between bars (`Par : X | 07 mars, 2025 à 14:06:21 | Lu
N fois`) gives the publication date, the clock time going with the date; a body sentence with a day and a
time does not. On texts of our own."""

from __future__ import annotations

BODY = ("Le ministre de la Défense a reçu mardi à Dakar son homologue malien pour des entretiens consacrés à la "
        "sécurité des frontières.")


def test_a_date_and_its_clock_between_the_bars_of_a_byline_is_the_publication(analyse):
    text = ("Sahel : Dakar et Bamako renforcent leur coopération\n\n"
            "Par : Rédaction Actu Sahel - actusahel.sn | 12 mars, 2025 à 09:41:07  | Lu 812 fois | 3 Commentaires\n\n"
            + BODY)
    assert analyse(text)._.published == "2025-03-12"


def test_a_day_and_a_time_in_a_sentence_is_no_publication(analyse):
    text = ("Sahel : Dakar et Bamako renforcent leur coopération\n\n"
            "Les deux délégations se retrouveront le 12 mars 2025 à 09:41 au ministère pour signer un protocole "
            "d'accord sur la surveillance des frontières et l'échange de renseignements.\n\n" + BODY)
    assert analyse(text)._.published == ""
