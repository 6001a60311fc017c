"""Round 22 (coref22): which person a description denotes."""

from __future__ import annotations

from conftest import page


def _official(doc, key):
    return next(p for p in doc._.officials if p["key"] == key)


def _speaker(doc, words):
    return next((q["speaker_key"] for q in doc._.quotes if words in q["quote"]), None)


SUMMIT = ("Le président ukrainien Petro Kovalenko est arrivé jeudi à Bruxelles. Les Vingt-Sept y tenaient un "
          "sommet extraordinaire sous la présidence de Pierre Lambert. {welcome}, il a pris part aux travaux.")


def test_coordinated_descriptions_name_the_nearer_title(analyse):
    """`par le président de X et par la présidente de Y, Z`: Z holds the title next to her name."""
    doc = analyse(page(SUMMIT.format(welcome="Accueilli par le président du Conseil européen et par la "
                                             "présidente de la Commission, Anna Weber")))
    weber = _official(doc, "weber")
    assert weber["role"].startswith("président de la commission")
    assert weber["organisation"] != "Conseil européen"
    assert _official(doc, "kovalenko")["organisation"] != "Conseil européen"


def test_single_description_still_apposed(analyse):
    """Counter-example: one description before the name is hers."""
    doc = analyse(page(SUMMIT.format(welcome="Accueilli par la présidente de la Commission, Anna Weber")))
    assert _official(doc, "weber")["role"].startswith("président de la commission")


def test_international_office_is_not_a_national_president(analyse):
    """`le président du Conseil européen` is not the president of a country named before: it reaches the
    person the summit was chaired by, who has no role yet."""
    doc = analyse(page(SUMMIT.format(welcome="Accueilli par le président du Conseil européen")))
    assert _official(doc, "kovalenko")["organisation"] != "Conseil européen"
    assert _official(doc, "lambert")["organisation"] == "Conseil européen"


QUOTE = ("La ministre belge des Affaires étrangères, Sophie Martin, a publié un communiqué lundi. "
         "Le texte appelle au calme. « Nous restons vigilants face à la situation dans toute la région », "
         "a affirmé {title}.")


def test_masculine_title_is_not_the_one_woman_holder(analyse):
    """`a affirmé le ministre` when the only minister named is `la ministre X`: not her."""
    doc = analyse(page(QUOTE.format(title="le ministre")))
    assert _speaker(doc, "vigilants") != "martin"


def test_feminine_title_is_the_woman_holder(analyse):
    """Counter-example: `a affirmé la ministre` is her."""
    doc = analyse(page(QUOTE.format(title="la ministre")))
    assert _speaker(doc, "vigilants") == "martin"


CHAIR = ("Le président ukrainien Petro Kovalenko a rejoint jeudi {clause}. Accueilli par le président du "
         "Conseil européen, il a pris part aux travaux.")


def test_holder_of_an_office_noun_is_referred_to(analyse):
    """`sous la présidence de X`: X holds the office, a later title of it refers to him."""
    doc = analyse(page(CHAIR.format(clause="le sommet tenu à Bruxelles sous la présidence de Pierre Lambert")))
    assert _official(doc, "lambert")["organisation"] == "Conseil européen"


def test_complement_of_another_noun_is_not_referred_to(analyse):
    """Counter-example: `la mémoire de X` names no holder of anything."""
    doc = analyse(page(CHAIR.format(clause="la cérémonie organisée à Bruxelles à la mémoire de Pierre Lambert")))
    assert all(p["organisation"] != "Conseil européen" for p in doc._.officials if p["key"] == "lambert")
