"""Lines cut by hand (or by a mail program at no fixed width) inside a sentence are one line again
before the model reads them; header lines, paragraphs and lists keep their breaks."""

from __future__ import annotations

from pipeline.run.normalise import normalise


def cleaned(text: str) -> str:
    return normalise(text).text


def test_a_line_ending_on_a_function_word_or_a_comma_goes_on_in_the_next():
    text = ("Titre de la page\n\nLe Président de la\nRépublique a reçu mardi,\nau palais, le ministre de la "
            "Défense du\nNiger.\n")
    assert cleaned(text) == ("Titre de la page\n\nLe Président de la République a reçu mardi, au palais, le "
                             "ministre de la Défense du Niger.\n")


def test_a_line_going_on_in_lower_case_after_a_word_is_joined():
    text = "Titre\n\nLe chef d'état-major a rencontré\nson homologue à Dakar.\n"
    assert cleaned(text) == "Titre\n\nLe chef d'état-major a rencontré son homologue à Dakar.\n"


def test_header_lines_paragraphs_and_lists_keep_their_breaks():
    """The counter-examples: a masthead over a menu, a sentence's end, an item of a list, a line that
    ends on a name before a capital (`d'Information` is no elided article)."""
    text = ("AMI - Agence Mauritanienne d'Information\nAccueil Politique Economie\nMardi 30 juin 2020\n\n"
            "Le sommet s'est ouvert.\nLes chefs d'Etat ont adopté :\n- une feuille de route\n- un budget\n")
    assert cleaned(text) == text
