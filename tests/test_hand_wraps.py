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


# -- a paragraph wrapped by hand before a capitalised name -------------------------------------------------

WRAPPED = ("Titre de la page\n\n"
           "Jeudi 4 mai, la ministre néerlandaise a été accueillie à La Haye par le président\n"
           "Marcel Dupont. Elle a tenu une conférence de presse avec\n"
           "le ministre de la Défense, Jan Peeters, au sujet des avions de combat promis à l'Ukraine par les\n"
           "Alliés au printemps, puis elle a regagné Amsterdam dans la soirée.\n")


def test_a_wrapped_line_before_a_capitalised_name_is_joined_in_a_wrapped_paragraph():
    assert cleaned(WRAPPED).split("\n")[2].startswith(
        "Jeudi 4 mai, la ministre néerlandaise a été accueillie à La Haye par le président Marcel Dupont. Elle a "
        "tenu")


def test_a_paragraph_with_no_other_wrap_keeps_a_break_before_a_capital():
    """Counter-example: nothing else in the paragraph was wrapped, so the line may end a title or a line of
    its own (a poem, an address, a signature)."""
    text = ("Titre de la page\n\n"
            "La cérémonie de passation de commandement s'est tenue sous la présidence du ministre\n"
            "Les autorités locales étaient présentes à la cérémonie.\n")
    assert cleaned(text) == text


def test_share_and_menu_lines_beside_a_wrapped_paragraph_keep_their_breaks():
    """Counter-example: menu and share lines end on words and are followed by capitals, but their words are
    capitalised, not running text."""
    menu = "Partager : Facebook Twitter WhatsApp Imprimer Envoyer Copier le Lien\nLire aussi : Gouvernement\n\n"
    assert cleaned(WRAPPED + "\n" + menu).endswith(menu)
