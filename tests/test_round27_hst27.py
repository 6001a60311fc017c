"""Meeting hosts, round 27: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"]) for m in doc._.meetings]


# -- a house of an office named in the meeting's own sentence, read as an organisation, not a place -------

def test_talks_at_the_kremlin_are_hosted_by_the_russian_president(analyse):
    found = hosts(analyse, "Le président kazakh Kassym-Jomart Tokaïev a eu mardi des entretiens avec le président "
                           "russe Vladimir Poutine au Kremlin.")
    assert ("entretiens", "poutine") in found


def test_the_kremlin_named_as_a_source_places_no_talks_there(analyse):
    found = hosts(analyse, "Le président kazakh Kassym-Jomart Tokaïev a eu mardi des entretiens avec le président "
                           "russe Vladimir Poutine, selon un communiqué du Kremlin.")
    assert found and all(h != "poutine" for _, h in found)


def test_a_meeting_verb_at_the_kremlin_is_hosted_by_the_russian_president(analyse):
    found = hosts(analyse, "Le chancelier autrichien Karl Nehammer a rencontré lundi le président russe Vladimir "
                           "Poutine au Kremlin.")
    assert found == [("rencontre", "poutine")]


def test_a_house_whose_office_no_participant_holds_names_no_host(analyse):
    found = hosts(analyse, "Le chancelier autrichien Karl Nehammer a rencontré lundi le ministre russe des Affaires "
                           "étrangères Sergueï Lavrov au Kremlin.")
    assert found and all(h == "" for _, h in found)


# -- a visit to a house named by its own name: the one official of the text holding it receives ----------

def test_a_visit_to_the_white_house_is_hosted_by_the_american_president_named_before(analyse):
    found = hosts(analyse, "Le président américain Donald Trump a annoncé mardi de nouveaux droits de douane. "
                           "Jeudi, le Premier ministre britannique Keir Starmer a effectué une visite à la "
                           "Maison-Blanche.")
    assert ("visite", "trump") in found


def test_a_visit_to_the_white_house_names_no_president_of_another_country_as_host(analyse):
    found = hosts(analyse, "Le président français Emmanuel Macron a annoncé mardi de nouveaux investissements. "
                           "Jeudi, le Premier ministre britannique Keir Starmer a effectué une visite à la "
                           "Maison-Blanche.")
    assert found and all(h == "" for _, h in found)
