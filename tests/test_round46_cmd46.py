"""Commands and operations, round 46: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def orgs(doc) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "ORG"]


def organisation(doc, key: str) -> str:
    return next(o["organisation"] for o in doc._.officials if o["key"] == key)


# -- `le commandement de` as the object of a verb of handing over, or after `sous`: the act, no body ------

def test_the_command_handed_over_is_no_body(analyse):
    doc = analyse(page("Le 12 septembre, au camp de Tapa, le colonel Pierre Vautrin a transmis le commandement de "
                       "la force au colonel Luc Armand, nouveau commandant de la force."))
    assert not any(o.lower().startswith("commandement") for o in orgs(doc))
    assert organisation(doc, "armand") != "commandement de la force"


def test_the_command_taken_is_no_body(analyse):
    doc = analyse(page("Le colonel Luc Armand a cédé le commandement du groupement tactique Lynx au colonel Paul "
                       "Renaud, nouveau commandant du groupement tactique."))
    assert not any(o.lower().startswith("commandement") for o in orgs(doc))


def test_a_ship_placed_under_the_command_of_a_force_names_the_force_alone(analyse):
    doc = analyse(page("La frégate est placée sous le commandement de la force Aspides, dont le commandant, "
                       "l'amiral Paul Renaud, a reçu mardi le ministre Jean Dubois."))
    assert orgs(doc) == ["force Aspides"]


def test_a_command_named_as_the_subject_is_still_a_body(analyse):
    doc = analyse(page("Le commandement de la force Chammal a accueilli mardi le général Paul Renaud, venu "
                       "présenter son rapport. Le commandant de la force Chammal, le général Luc Armand, l'a reçu."))
    assert any(o.lower().startswith("commandement de la force chammal") for o in orgs(doc))


# -- a page whose one header date is its update (`Mis à jour le 24/12/2025`): published that day -----------

UPDATED_ONLY = ("État-major des armées\nAccueil > Opérations > Levant\n\nLe CEMA auprès des aviateurs au Levant\n\n"
                "{line}\n\nDu 21 au 23 décembre, le général Paul Renaud s'est rendu en Jordanie. Le 22 décembre, il "
                "a été reçu par le général Ali Hassan. Le 23 décembre, il s'est entretenu avec le général Omar Saleh.")


def test_a_lone_update_date_is_the_publication_date(analyse):
    doc = analyse(UPDATED_ONLY.format(line="Mis à jour le 24/12/2025"))
    assert (doc._.published, doc._.updated) == ("2025-12-24", "2025-12-24")
    dates = {e.text: e._.normalized for e in doc.ents if e.label_ == "DATE"}
    assert dates["23 décembre"] == "2025-12-23"  # a past deed, told after the story's first day


def test_an_update_told_after_the_byline_date_leaves_the_publication_unset(analyse):
    doc = analyse(UPDATED_ONLY.format(line="Par la rédaction - 22 déc. 2025 à 19:05 | mis à jour le 24 déc. 2025"))
    assert doc._.published != "2025-12-24"


# -- `le COMANFOR`, `le COMFOR`: a force commander's title by its acronym, never a body ---------------------

def test_a_force_commander_named_by_his_acronym_holds_a_title(analyse):
    doc = analyse(page("Le ministre Jean Dubois a été accueilli mardi à Abidjan par le COMANFOR, le général Paul "
                       "Renaud, avant de rejoindre le COMFOR FFEAU, le contre-amiral Luc Armand, à Abou Dhabi."))
    assert not {"COMANFOR", "COMFOR"} & set(orgs(doc))
    roles = {o["key"]: o["role"] for o in doc._.officials}
    assert roles["renaud"] and roles["armand"]


def test_a_command_named_by_its_acronym_stays_a_body(analyse):
    doc = analyse(page("Le ministre Jean Dubois a visité mardi le COMCYBER, à Rennes, où il a été accueilli par le "
                       "général Paul Renaud."))
    assert "COMCYBER" in orgs(doc)
