"""Hearings and sittings of parliament committees, round 59: the hearing is held at its chamber, on the day
of the record's chair line, hosted by the committee's chair; a meeting the witness reports on keeps its own
chair, day and place. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def rows(analyse, text: str) -> list[tuple]:
    return [(m["kind"], m["date"], m["location"], m["host"]) for m in analyse(text)._.meetings]


# -- a meeting the witness reports on during a hearing is a meeting of its own ----------------------------

def test_a_conference_reported_on_in_a_hearing_keeps_its_town_day_and_chair(analyse):
    found = rows(analyse, page(
        "La commission de la défense nationale de l'Assemblée nationale a entendu mercredi le général Pierre "
        "Schill, chef d'état-major de l'armée de terre. Il a rendu compte de la conférence des chefs "
        "d'état-major de l'armée de terre européens, réunie les 4 et 5 mars à Varsovie sous la présidence du "
        "général Wieslaw Kukula.", published="13 mars 2024"))
    assert ("audition", "2024-03-13", "Assemblée nationale", "") in [(k, d, p, "") for k, d, p, _ in found]
    assert ("conférence", "2024-03-04/2024-03-05", "Varsovie", "kukula") in found


def test_a_hearing_announced_for_later_is_held_at_the_chamber_not_in_the_town_told_before(analyse):
    found = rows(analyse, page(
        "La commission de la défense nationale de l'Assemblée nationale a entendu mercredi le délégué général "
        "pour l'armement, Emmanuel Chiva. Il a évoqué le salon Eurosatory, organisé en juin à Villepinte. Le "
        "président Jean-Michel Jacques a annoncé que la commission entendrait le 23 octobre le ministre des "
        "Armées, Sébastien Lecornu.", published="16 octobre 2024"))
    later = [m for m in found if m[1] == "2024-10-23"]
    assert later and later[0][2] == "Assemblée nationale"


def test_counter_example_a_conference_told_outside_any_chamber_stays_one_meeting(analyse):
    found = rows(analyse, page(
        "Le général Thierry Burkhard a participé jeudi à la conférence des chefs d'état-major de la défense "
        "de l'OTAN à Bruxelles. La conférence était présidée par l'amiral Rob Bauer.",
        published="18 janvier 2024"))
    assert [m[2] for m in found] == ["Bruxelles"]


# -- the day of a record's chair line dates the hearing ---------------------------------------------------

def test_the_chair_line_day_dates_the_hearing_not_the_week_of_the_record(analyse):
    text = ("SÉNAT\nCommission des affaires étrangères, de la défense et des forces armées\n\n"
            "Compte rendu de la semaine du 18 novembre 2024\n\n"
            "Audition de l'amiral Pierre Vandier, commandant suprême allié pour la transformation\n\n"
            "Mercredi 20 novembre 2024 – Présidence de M. Cédric Perrin, président\n\n"
            "M. Cédric Perrin, président. – Amiral, le Sénat est heureux de vous accueillir pour cette audition.\n\n"
            "Amiral Pierre Vandier. – Merci, monsieur le président. L'Alliance doit se transformer.\n\n"
            "M. Hugues Saury. – Quels sont vos moyens ?\n\n"
            "Amiral Pierre Vandier. – Ils sont comptés.\n")
    found = rows(analyse, text)
    assert ("audition", "2024-11-20", "Sénat", "perrin") in found


def test_counter_example_a_chair_line_with_no_day_leaves_the_date_to_the_context(analyse):
    text = ("SÉNAT\nCommission des affaires étrangères, de la défense et des forces armées\n\n"
            "Réunion du mercredi 20 novembre 2024\n\n"
            "Audition de l'amiral Pierre Vandier, commandant suprême allié pour la transformation\n\n"
            "Présidence de M. Cédric Perrin, président\n\n"
            "M. Cédric Perrin, président. – Amiral, le Sénat est heureux de vous accueillir pour cette audition.\n\n"
            "Amiral Pierre Vandier. – Merci, monsieur le président.\n")
    found = rows(analyse, text)
    assert ("audition", "2024-11-20", "Sénat", "perrin") in found


# -- the chair of another committee named in passing hosts nothing ----------------------------------------

def test_the_chair_of_an_associated_sub_committee_is_no_host(analyse):
    found = rows(analyse, page(
        "L'audition de M. Andrius Kubilius s'est tenue jeudi à Bruxelles sous la conduite du président de la "
        "commission de l'industrie, Borys Budka, en association avec la sous-commission sécurité et défense "
        "(SEDE), présidée par Marie-Agnes Strack-Zimmermann.", published="7 novembre 2024"))
    assert [m[3] for m in found] == ["budka"]


def test_counter_example_the_chair_of_the_committee_meeting_itself_hosts_it(analyse):
    found = rows(analyse, page(
        "La réunion de la commission des affaires étrangères, présidée par David McAllister, s'est tenue "
        "mardi à Bruxelles avec la haute représentante Kaja Kallas.", published="13 novembre 2024"))
    assert [m[3] for m in found] == ["mcallister"]


# -- a participle of assembly after a complement noun dates that meeting ----------------------------------

def test_a_meeting_complement_dated_by_its_participle_of_assembly(analyse):
    found = rows(analyse, page(
        "La ministre a présenté aux députés les conclusions de la réunion des ministres de la Défense de "
        "l'Union européenne, réunie les 28 et 29 août à Tolède.", published="4 septembre 2024"))
    assert ("2024-08-28/2024-08-29", "Tolède") in [m[1:3] for m in found]


def test_counter_example_another_participle_after_the_noun_dates_nothing(analyse):
    found = rows(analyse, page(
        "Le ministre a commenté la transcription de l'entretien, diffusé mercredi, que le président X a "
        "accordé à la radio.", published="4 septembre 2024"))
    assert all(m[1] != "2024-09-04" or m[0] != "entretien" for m in found)
