"""Round 21 (par21): meeting participants read through a pronoun whose antecedent is a title alone."""

HEAD = "Publié le 3 mars 2024\n\n"


def _meeting(doc, kind_word):
    return next(m for m in doc._.meetings if kind_word in m["kind"])


def test_feminine_pronoun_after_bare_title_is_the_woman_with_that_title(analyse):
    # `la ministre` said alone between the pronoun and a man named as a subject: the pronoun is her
    doc = analyse(HEAD + "La ministre des Armées, Claire Dubois, a rencontré lundi à Oslo son homologue "
                  "norvégien, Lars Nilsen. Nous restons unis, a affirmé Claire Dubois lors d'une conférence de presse "
                  "commune avec le ministre norvégien. Lars Nilsen a salué la qualité de la coopération. "
                  "La ministre poursuivra sa tournée en Europe. Elle doit participer jeudi à la réunion des "
                  "ministres de la Défense de l'Union européenne à Bruxelles.")
    people = _meeting(doc, "réunion")["people"]
    assert "dubois" in people
    assert "nilsen" not in people


def test_masculine_pronoun_after_bare_title_keeps_the_man(analyse):
    # counter-example: `il` after `le ministre` is not the woman, and the title fits only the man named
    doc = analyse(HEAD + "La ministre des Armées, Claire Dubois, a rencontré lundi à Oslo son homologue "
                  "norvégien, le ministre de la Défense Lars Nilsen. Le ministre norvégien a salué la qualité "
                  "de la coopération entre les deux pays. Il doit participer jeudi à la réunion des "
                  "ministres de la Défense de l'Union européenne à Bruxelles.")
    people = _meeting(doc, "réunion")["people"]
    assert "dubois" not in people
