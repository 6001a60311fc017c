"""Normalisation before the model: what changes, what must not, and offsets back to the original."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.run.normalise import EditMap, Normalised, apply_edits, normalise, original_offsets

WORDS = {"militaire", "gouvernement", "ministre", "général", "reçu", "à", "le", "de", "la", "visite", "berlin",
         "Berlin", "porte-parole", "porteparole"}
known = WORDS.__contains__

PARAGRAPH = ("Le général de corps d'armée Hans-Werner Wiermann, directeur général de l'État-major militaire "
             "international de l'OTAN, a accueilli son homologue pakistanais, le général Muhammad Waseem Ashraf, "
             "à l'occasion de la dernière série d'entretiens de travail, reportés depuis plus d'un an en raison "
             "de la crise sanitaire. Les deux généraux ont évoqué la coopération militaire entre le Pakistan et "
             "l'OTAN.")
ARTICLE = f"Titre de l'article\n\n  • 24 Nov. 2021 -\n  • |\n\n{PARAGRAPH}\n\nLe ministre a conclu.\n"


def wrap(text: str, width: int = 72) -> str:
    import textwrap

    return "\n".join(textwrap.fill(line, width) if len(line) > width else line for line in text.split("\n"))


def back(n: Normalised, start: int, end: int) -> str:
    s, e = n.span(start, end)
    return n.original[s:e]


def test_clean_text_is_left_as_it_is():
    n = normalise(ARTICLE, known)
    assert n.text == ARTICLE and n.maps == () and not n.changed
    assert n.span(3, 9) == (3, 9)


def test_nfd_accents_composed_and_spans_cover_the_marks():
    original = unicodedata.normalize("NFD", "Le général Gérard Élysée")
    n = normalise(original)
    assert n.text == "Le général Gérard Élysée"
    start = n.text.index("Gérard")
    assert back(n, start, start + len("Gérard")) == unicodedata.normalize("NFD", "Gérard")
    assert back(n, n.text.index("Élysée"), len(n.text)) == unicodedata.normalize("NFD", "Élysée")


def test_runs_of_blanks_one_space_and_line_end_blanks_dropped():
    original = "Le  ministre\t\tdes   Armées  \nSébastien\u202fLecornu ,\u2009dit-il\u00a0:  oui"
    n = normalise(original)
    assert n.text == "Le ministre des Armées\nSébastien Lecornu , dit-il\u00a0: oui"
    start = n.text.index("Armées")
    assert back(n, start, start + 6) == "Armées"
    assert back(n, n.text.index("oui"), len(n.text)) == "oui"
    assert back(n, 0, n.text.index("Armées") + 6) == "Le  ministre\t\tdes   Armées"


def test_a_lone_no_break_space_is_kept_as_french_typography():
    text = "« Bonjour\u00a0», a dit M.\u00a0Dean\u00a0: 360\u00a0degrés."
    assert normalise(text).text == text


def test_zero_width_and_soft_hyphens_removed():
    original = "le gou\u00advernement\u200b fran\u200dçais\ufeff"
    n = normalise(original)
    assert n.text == "le gouvernement français"
    start = n.text.index("gouvernement")
    assert back(n, start, start + len("gouvernement")) == "gou\u00advernement"
    assert back(n, n.text.index("français"), len(n.text)) == "fran\u200dçais"


def test_soft_hyphen_at_a_line_end_joins_the_word():
    n = normalise("le gouver\u00ad\nnement a dit")
    assert n.text == "le gouvernement a dit"
    assert back(n, 3, 15) == "gouver\u00ad\nnement"


@pytest.mark.parametrize(("cut", "joined"), [
    ("une visite mili-\ntaire", "une visite militaire"),
    ("le chef d'état-\nmajor", "le chef d'état-major"),  # neither form known: the hyphen stays
    ("le porte-\nparole", "le porte-parole"),  # both known: the hyphenated one wins
    ("Hans-\nWerner Wiermann", "Hans-Werner Wiermann"),  # a capital after the hyphen: a name
    ("a-t-\nil dit", "a-t-il dit"),
    ("dit-\nelle", "dit-elle"),
])
def test_hyphenated_line_ends(cut, joined):
    n = normalise(cut, known)
    assert n.text == joined
    word = joined.split()[-1] if "mili" not in joined else "militaire"
    start = n.text.index(word)
    assert back(n, start, start + len(word)).replace("\n", "").replace("-", "") == word.replace("-", "")


def test_without_a_vocabulary_a_hyphen_at_a_line_end_is_kept():
    assert normalise("une visite mili-\ntaire").text == "une visite mili-taire"


def test_hard_wrapped_paragraph_rejoined_and_offsets_kept():
    wrapped = wrap(ARTICLE)
    assert wrapped != ARTICLE and max(len(line) for line in wrapped.split("\n")) <= 72
    n = normalise(wrapped, known)
    assert n.text == ARTICLE.replace("état-major", "état-major")
    for word in ("Wiermann", "pakistanais", "Muhammad Waseem Ashraf", "crise sanitaire"):
        start = n.text.index(word)
        assert re.sub(r"\s+", " ", back(n, start, start + len(word))) == word


def test_real_paragraph_breaks_headers_and_lists_stay():
    wrapped = wrap(ARTICLE)
    text = normalise(wrapped, known).text
    assert "\n\nLe ministre a conclu." in text  # a blank line is a paragraph break
    assert "Titre de l'article\n\n  • 24 Nov. 2021 -\n  • |\n\n" in text  # short header lines stay lines
    listing = wrap(PARAGRAPH) + "\n- premier point de la liste\n- second point"
    assert normalise(listing, known).text.endswith("l'OTAN.\n- premier point de la liste\n- second point")


def test_short_paragraphs_without_blank_lines_are_not_joined():
    text = ("Le ministre a reçu son homologue allemand à Paris ce lundi matin.\n"
            "Les deux hommes ont parlé de l'avion de combat du futur.\n"
            "Une déclaration commune a été signée en fin de journée au ministère.\n"
            "Elle sera publiée demain.\n")
    assert normalise(text, known).text == text


def test_last_line_of_a_wrapped_paragraph_followed_by_a_paragraph_is_not_joined():
    two = "Titre\n\n" + wrap(PARAGRAPH) + "\n" + wrap("Le ministre a conclu la visite par une conférence de presse.")
    n = normalise(two, known)
    assert n.text == "Titre\n\n" + PARAGRAPH + "\nLe ministre a conclu la visite par une conférence de presse."


def test_the_first_line_is_a_title_never_joined_to_the_body():
    text = "Le ministre des Armées reçoit son homologue allemand à Paris pour un dîner\n" + wrap(PARAGRAPH)
    assert normalise(text, known).text.startswith("Le ministre des Armées reçoit son homologue allemand à Paris "
                                                  "pour un dîner\nLe général")


def test_capital_title_line_gets_the_casing_of_the_text():
    body = "Le général Burkhard a été reçu à Berlin par son homologue, le général Breuer."
    n = normalise(f"LE GÉNÉRAL BURKHARD REÇU À BERLIN PAR LE GÉNÉRAL BREUER DE L'OTAN\n\n{body} L'OTAN salue.", known)
    assert n.text.split("\n")[0] == "Le général Burkhard reçu à Berlin par le général Breuer de L'OTAN"
    assert n.maps == ()  # same length: offsets unchanged
    assert n.original.split("\n")[0].isupper()


def test_capital_word_not_in_the_text_uses_the_vocabulary_or_stays():
    assert normalise("VISITE DE LA MINISTRE XYZ\n\nTexte.", known).text.startswith("Visite de la ministre XYZ")
    assert normalise("OTAN\n\nTexte.").text.startswith("OTAN")  # one word: not a title line


def test_crlf_and_cr():
    n = normalise("Titre\r\n\r\nLe ministre\rLecornu")
    assert n.text == "Titre\n\nLe ministre\nLecornu"
    assert back(n, n.text.index("Lecornu"), len(n.text)) == "Lecornu"


def test_edit_map_points_and_ends():
    text, edit_map = apply_edits("ab--cd  e", [(2, 4, ""), (6, 8, " ")])
    assert text == "abcd e"
    assert [edit_map.start(p) for p in range(len(text))] == [0, 1, 4, 5, 6, 8]
    assert edit_map.end(2) == 2  # `ab` ends before the deleted `--`
    assert edit_map.end(4) == 6 and edit_map.end(5) == 8 and edit_map.end(6) == 9
    assert EditMap().start(7) == 7


def test_original_offsets_moves_every_offset_column():
    n = normalise("Le  général  Burkhard")
    start = n.text.index("Burkhard")
    rows = {"entities": [{"start_char": start, "end_char": start + 8}],
            "officials": [{"first_char": start}],
            "relations": [{"start_char": 0, "end_char": len(n.text)}],
            "quotes": [{"start_char": 3, "end_char": 10}]}
    moved = original_offsets(rows, n)
    assert (moved["entities"][0]["start_char"], moved["entities"][0]["end_char"]) == (13, 21)
    assert moved["officials"][0]["first_char"] == 13
    assert moved["relations"][0]["end_char"] == len(n.original)
    assert n.original[moved["quotes"][0]["start_char"] : moved["quotes"][0]["end_char"]] == "général"


def test_every_character_maps_inside_the_original():
    original = unicodedata.normalize("NFD", wrap(ARTICLE.replace(" ", "  "), 60)).replace("\n", "\r\n")
    n = normalise(original, known)
    assert n.text.replace("    •", "  •") == ARTICLE  # indentation is left as written
    for match in re.finditer(r"\S+", n.text):
        s, e = n.span(match.start(), match.end())
        assert 0 <= s < e <= len(original)
        source = unicodedata.normalize("NFC", original[s:e])
        assert re.sub(r"\s+", "", source) == match.group()


ALPHABET = "aeiouzAEZé\u0301\u0327 \u00a0\u202f\t\n\r-\u00ad\u200b.«»:'"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=200))
def test_any_text_maps_each_letter_back_to_its_own_source(original):
    n = normalise(original, {"ae", "ee", "aeio"}.__contains__)
    ignorable = str.maketrans("", "", "\u00ad\u200b\n\r -")
    last = 0
    for i, char in enumerate(n.text):
        s, e = n.span(i, i + 1)
        assert last <= s <= e <= len(original)
        last = s
        if char.isalpha():  # read within its cluster: NFC may reorder marks (`é` + cedilla -> `ȩ` + acute)
            while s > 0 and unicodedata.combining(original[s]):
                s -= 1
            while e < len(original) and unicodedata.combining(original[e]):
                e += 1
            source = unicodedata.normalize("NFC", original[s:e]).translate(ignorable)
            starters = [c for c in source.casefold() if not unicodedata.combining(c)]
            assert starters == [char.casefold()], (i, char, original[s:e])


class Ranked:
    """A vocabulary with frequency ranks, as `known_words` gives for the model's vectors."""

    RANKS = {"de": 1, "De": 134, "et": 5, "Paris": 200, "paris": 3020, "sommet": 2211, "Sommet": 17624, "moscou": 3976,
             "Moscou": 3976}

    def __call__(self, word):
        return word in self.RANKS

    def rank(self, word):
        return self.RANKS.get(word)


def test_capital_words_not_in_the_text_take_the_more_frequent_casing():
    n = normalise("SOMMET DE PARIS ET MOSCOU\n\nLe texte.", Ranked())
    assert n.text.split("\n")[0] == "Sommet de Paris et moscou"  # a tie goes to lower case


def test_capital_word_read_with_its_neighbours():
    body = "Le chef d'état-major a reçu le directeur de l'État-major militaire international et l'état-major."
    n = normalise(f"L'ÉTAT-MAJOR MILITAIRE INTERNATIONAL REÇOIT\n\n{body}")
    assert n.text.startswith("L'État-major militaire international REÇOIT")  # unknown without a vocabulary
