"""Dates, round 9c: the day `le jour même`, `le même jour`, `le lendemain` count from is a day of the
story, not the day of a thing a noun names (`depuis le putsch du 26 juillet`, `l'accord conclu le 3
mai`); a paragraph whose only day dates such a thing still counts from the story's last day. Each
with a counter-example.

The header line sets the publication date: Thursday 6 March 2025.
"""

from __future__ import annotations

HEADER = "Titre de l'article\n\n  • 6 mars 2025 -\n\n"


def _dates(analyse, text: str) -> dict[str, str]:
    doc = analyse(HEADER + text)
    return {s.text: s._.normalized for s in doc.spans["dates"]}


def test_same_day_skips_the_date_of_a_noun_after_depuis(analyse):
    found = _dates(analyse, "Lundi 3 mars, la ministre arrive à Dakar. Jamais, depuis la crise du 14 janvier 2024, "
                            "Paris n'avait envoyé un membre du gouvernement.\n\nLe jour même, elle est reçue par "
                            "le président.")
    assert found["Le jour même"] == "2025-03-03"


def test_same_day_counts_from_a_day_told_as_the_story(analyse):
    found = _dates(analyse, "Lundi 3 mars, la ministre arrive à Dakar. Le 14 janvier 2024, Paris avait envoyé un "
                            "ministre.\n\nLe jour même, il était reçu par le président.")
    assert found["Le jour même"] == "2024-01-14"


def test_same_day_skips_a_day_that_dates_an_agreement(analyse):
    found = _dates(analyse, "Le général a reçu mercredi son homologue. Ils ont parlé de la trêve signée le 12 "
                            "octobre 2024 entre les deux pays. Le même jour, il a reçu l'ambassadeur.")
    assert found["Le même jour"] == "2025-03-05"


def test_same_day_counts_from_a_participle_set_off_by_commas(analyse):
    found = _dates(analyse, "Le général a reçu mercredi son homologue. Le ministre, arrivé le 28 février à "
                            "Rabat, a visité la base. Le même jour, il a reçu l'ambassadeur.")
    assert found["Le même jour"] == "2025-02-28"


def test_next_day_in_a_paragraph_dating_only_a_tour_counts_from_the_story(analyse):
    found = _dates(analyse, "Mardi 4 mars, le président a accueilli le ministre.\n\nLa visite s'inscrivait dans "
                            "une tournée entamée le 1er mars à Rabat. Le ministre était attendu le lendemain "
                            "à Tunis.")
    assert found["le lendemain"] == "2025-03-05"


def test_next_day_in_a_paragraph_telling_a_day_counts_from_it(analyse):
    found = _dates(analyse, "Mardi 4 mars, le président a accueilli le ministre.\n\nLe ministre a quitté Rabat "
                            "le 1er mars. Il était à Tunis le lendemain.")
    assert found["le lendemain"] == "2025-03-02"
