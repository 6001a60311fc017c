"""Meeting participants, round 27: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, str, list[str]]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"], list(m["people"])) for m in doc._.meetings]


# -- a sitting of a gathering (`la séance d'ouverture`) told during a summit is part of that summit ---------

SUMMIT = ("Le président sénégalais Macky Sall a présidé lundi à Dakar l'ouverture du sommet de l'Union africaine "
          "sur la sécurité maritime, en présence de chefs d'Etat et de gouvernement. A l'entame des travaux, le "
          "président mauritanien Mohamed Ould Ghazouani a remis la présidence de l'Union au président Sall. ")


def test_those_taking_part_in_the_opening_sitting_take_part_in_the_summit(analyse):
    found = meetings(analyse, SUMMIT + "Ont pris part à la séance d'ouverture le président ghanéen Nana Akufo-Addo "
                                       "et le président ivoirien Alassane Ouattara.")
    assert len(found) == 1
    kind, host, people = found[0]
    assert kind == "sommet" and {"sall", "akufo-addo", "ouattara"} <= set(people)


def test_a_closing_plenary_sitting_is_part_of_the_summit_too(analyse):
    found = meetings(analyse, SUMMIT + "La session plénière a réuni le président ghanéen Nana Akufo-Addo "
                                       "et le président ivoirien Alassane Ouattara.")
    assert len(found) == 1 and {"akufo-addo", "ouattara"} <= set(found[0][2])


def test_a_sitting_named_without_its_part_stays_a_meeting_of_its_own(analyse):
    found = meetings(analyse, SUMMIT + "Ont pris part à la séance de travail le président ghanéen Nana Akufo-Addo "
                                       "et le président ivoirien Alassane Ouattara.")
    summit = next(people for kind, _, people in found if kind == "sommet")
    assert "akufo-addo" not in summit and "ouattara" not in summit


def test_an_opening_sitting_after_talks_joins_no_talks(analyse):
    found = meetings(analyse, "Le ministre des Armées Sébastien Lecornu s'est entretenu lundi à Paris avec son "
                              "homologue allemand Boris Pistorius. Ont pris part à la séance d'ouverture du salon le "
                              "général Thierry Burkhard et l'amiral Pierre Vandier.")
    talks = next(people for kind, _, people in found if kind.startswith("entretien"))
    assert "burkhard" not in talks and "vandier" not in talks


# -- signing at the meeting just told (`y ont signé`, `y ont paraphé`): the signatories take part ---------

TALKS = "Le président polonais Andrzej Duda a reçu mardi à Varsovie le président lituanien Gitanas Nausėda. "


def test_ministers_signing_there_take_part_in_the_meeting(analyse):
    found = meetings(analyse, TALKS + "Le ministre polonais des Affaires étrangères Radosław Sikorski et son "
                                      "homologue lituanien Kęstutis Budrys y ont signé une déclaration commune.")
    assert any({"duda", "nauseda", "sikorski", "budrys"} <= set(people) for _, _, people in found)


def test_ministers_listed_before_a_signing_there_take_part_however_parsed(analyse):
    found = meetings(analyse, TALKS + "Les trois ministres, le Suédois Tobias Billström, la Finlandaise Elina "
                                      "Valtonen et le Norvégien Espen Barth Eide, y ont paraphé un mémorandum.")
    assert any({"duda", "billstrom", "valtonen", "eide"} <= set(people) for _, _, people in found)


def test_a_signing_elsewhere_adds_no_one_to_the_meeting(analyse):
    found = meetings(analyse, TALKS + "Le ministre polonais des Affaires étrangères Radosław Sikorski avait signé "
                                      "un accord semblable avec la Lettonie.")
    assert not any("sikorski" in people for _, _, people in found)


# -- `ils` after a subject naming several people stands for all of them ---------------------------------

ARRIVAL = ("Le Premier ministre grec Kyriakos Mitsotakis, le chancelier autrichien Karl Nehammer et le Premier "
           "ministre croate Andrej Plenković sont arrivés jeudi à Kiev. ")


def test_they_received_after_several_named_arrivals_are_all_guests(analyse):
    found = meetings(analyse, ARRIVAL + "Ils ont été accueillis par le président ukrainien Volodymyr Zelensky.")
    assert any({"zelensky", "mitsotakis", "nehammer", "plenkovic"} <= set(people) for _, _, people in found)


def test_he_received_after_several_named_arrivals_is_the_last_subject_only(analyse):
    found = meetings(analyse, "Le ministre grec de la Défense Nikos Dendias et son homologue croate Ivan Anušić "
                              "ont présenté lundi leur plan. Le lendemain, il a été accueilli à Kiev par le "
                              "président ukrainien Volodymyr Zelensky.")
    assert not any({"dendias", "anusic"} <= set(people) for _, _, people in found)
