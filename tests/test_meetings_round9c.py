"""Meeting hosts, participants and grouping, round 9c (`components/meeting_mentions.py` host functions,
`components/meeting_groups.py`): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(doc) -> list[tuple[str, str, list[str]]]:
    return [(m["kind"], m["host"], sorted(m["people"])) for m in doc._.meetings]


# -- the seat of a body: its one head of the text hosts ------------------------------------------------

SEAT = ("La ministre norvégienne de la Défense, Anna Berg, s'est entretenue mardi à Bruxelles avec le "
        "secrétaire général de l'OTAN, Karl Olsen. La ministre a été accueillie au siège de l'OTAN dans la "
        "matinée.")


def test_a_guest_received_at_the_seat_of_a_body_is_hosted_by_its_head(analyse):
    doc = analyse(page(SEAT))
    assert [(h, p) for _, h, p in meetings(doc)] == [("olsen", ["berg", "olsen"])]


def test_the_seat_of_another_body_names_no_host(analyse):
    doc = analyse(page(SEAT.replace("au siège de l'OTAN", "au siège de l'ONU")))
    assert [h for _, h, _ in meetings(doc)] == [""]


def test_a_headline_participle_reads_as_a_passive(analyse):
    doc = analyse(page("Le secrétaire général de l'OTAN, Karl Olsen, a salué mardi la venue de la ministre "
                       "norvégienne de la Défense, Anna Berg, à Bruxelles.",
                       headline="Anna Berg reçue au siège de l'OTAN"))
    assert "berg" not in [h for _, h, _ in meetings(doc)]


# -- the proceedings of a summit are the summit; talks of a host and one guest are their own ----------

SUMMIT = ("Le président du Ghana, Kofi Mensah, président en exercice de la CEDEAO, a présidé lundi au palais "
          "de la Culture d'Accra l'ouverture des travaux du sommet des chefs d'Etat de la CEDEAO. Le sommet a "
          "vu la participation, à Accra, du président du Sénégal, Amadou Diallo, et du président du Bénin, "
          "Paul Houngbo.")


def test_the_opening_of_the_proceedings_of_a_summit_is_the_summit(analyse):
    doc = analyse(page(SUMMIT))
    assert meetings(doc) == [("sommet", "mensah", ["diallo", "houngbo", "mensah"])]


def test_proceedings_alone_stay_the_meeting(analyse):
    doc = analyse(page("Le ministre Kofi Mensah a présidé lundi à Accra l'ouverture des travaux du comité "
                       "de défense."))
    assert [k for k, _, _ in meetings(doc)] == ["travaux"]


def test_a_welcome_then_talks_the_day_of_the_summit_is_a_meeting_of_its_own(analyse):
    doc = analyse(page(SUMMIT + " A son arrivée lundi matin, M. Diallo avait été accueilli à l'aéroport par "
                       "le président Kofi Mensah, avant un entretien en tête-à-tête."))
    found = meetings(doc)
    assert found[0] == ("sommet", "mensah", ["diallo", "houngbo", "mensah"])
    assert ("entretien en tête-à-tête", "mensah", ["diallo", "mensah"]) in found  # the kind as written


def test_a_town_and_another_town_stay_apart(analyse):
    doc = analyse(page(SUMMIT.replace("à Accra, du", "à Lomé, du")))
    assert len(doc._.meetings) == 2


# -- a participle the parser hung on the wrong noun: it describes the people it agrees with -----------

def test_ministers_gathered_under_the_chair_of_someone_meet_under_that_host(analyse):
    doc = analyse(page("Le ministre belge Jan Peeters a pris place mardi, au siège de l'OTAN à Bruxelles, autour "
                       "de la table des ministres de la Défense de l'OTAN, réunis sous la présidence du "
                       "secrétaire général Karl Olsen."))
    assert [h for _, h, _ in meetings(doc)] == ["olsen"]


def test_a_body_chaired_by_someone_is_no_meeting(analyse):
    doc = analyse(page("La commission des affaires étrangères et des forces armées, présidée par le député Paul "
                       "Morel, a publié mardi un rapport sur la défense européenne."))
    assert not doc._.meetings


# -- a description standing for the one person of the text with that role and country ----------------

DESCRIBED = ("Le ministre danois de la Défense a reçu mardi à Copenhague le général Omar Saleh. Le ministre "
             "danois de la Défense, Lars Holm, a salué une coopération exemplaire.")


def test_a_role_with_a_demonym_stands_for_the_one_official_so_described(analyse):
    doc = analyse(page(DESCRIBED))
    assert ("holm", "saleh") in {(r["subject_id"], r["object_id"]) for r in doc._.relations
                                 if r["relation"] == "HOSTED"}


def test_a_role_of_another_country_stands_for_no_one(analyse):
    doc = analyse(page(DESCRIBED.replace("Le ministre danois de la Défense a reçu", "Le ministre suédois de la "
                                                                                     "Défense a reçu")))
    assert not any(r["relation"] == "HOSTED" for r in doc._.relations)
