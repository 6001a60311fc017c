"""Meeting places, round 56: the story's town told outside the meeting's sentence. A press release prints
its dateline date first on a line of its own above the body (`Le 19 novembre 2023 – Halifax (Nouvelle-Écosse)
– Défense nationale`); a visit told over a range of days (`a séjourné à Bamako du 28 au 30 août`) holds the
meetings of its days. Texts of our own, each with counter-examples."""

from __future__ import annotations

HEAD = ("Défense nationale\nAccueil > Nouvelles\n\nLe ministre conclut sa participation au forum\n\n"
        "Communiqué de presse\n\n")


def places(analyse, text: str) -> list[str]:
    return [m["location"] for m in analyse(text)._.meetings]


def release(dateline: str, body: str) -> str:
    """A ministry's press release: its header, the dateline on a line of its own, then the body."""
    return f"{HEAD}{dateline}\n\n{body}\n"


# -- a press release's dateline, its date first, on a line of its own above the body ----------------------------

def test_a_date_first_dateline_with_the_province_places_the_talks_of_its_day(analyse):
    assert places(analyse, release(
        "Le 18 novembre 2023 – Halifax (Nouvelle-Écosse) – Défense nationale / Forces armées canadiennes",
        "Aujourd'hui, le ministre de la Défense nationale, Bill Blair, s'est entretenu avec son homologue "
        "norvégien, Bjørn Arild Gram, en marge des séances plénières.")) == ["Halifax"]


def test_a_date_first_dateline_with_the_country_in_brackets_and_no_issuer(analyse):
    assert places(analyse, release(
        "Le 6 septembre 2024 - Ramstein (Allemagne)",
        "La ministre de la Défense, Ludivine Dedonder, s'est entretenue ce vendredi avec son homologue "
        "néerlandais, Ruben Brekelmans.")) == ["Ramstein"]


def test_a_date_first_dateline_of_a_federal_district(analyse):
    assert places(analyse, release(
        "Le 14 mai 2024 – Washington, D.C. – Défense nationale",
        "Aujourd'hui, la ministre de la Défense nationale, Anita Anand, a rencontré le secrétaire américain "
        "à la Défense, Lloyd Austin.")) == ["Washington"]


def test_the_dateline_does_not_displace_the_place_the_sentence_names(analyse):
    assert places(analyse, release(
        "Le 12 mars 2024 – Ottawa (Ontario) – Défense nationale",
        "Aujourd'hui, le ministre de la Défense nationale, Bill Blair, a rencontré à Bruxelles le secrétaire "
        "général de l'OTAN, Jens Stoltenberg.")) == ["Bruxelles"]


def test_a_call_under_a_date_first_dateline_has_no_place(analyse):
    assert places(analyse, release(
        "Le 12 mars 2024 – Ottawa (Ontario) – Défense nationale",
        "Aujourd'hui, le ministre de la Défense nationale, Bill Blair, s'est entretenu par téléphone avec "
        "son homologue ukrainien, Roustem Oumerov.")) == [""]


def test_a_line_of_the_day_name_and_the_hour_of_posting_is_no_dateline(analyse):
    found = places(analyse, "Nhân Dân\nAccueil > Politique\n\nLe Premier ministre reçoit le ministre\n\n"
                            "Mardi, 12/03/2024 - 18:20\n\nLe Premier ministre Pham Minh Chinh a reçu le 12 mars "
                            "le ministre français des Armées, Sébastien Lecornu.\n")
    assert "Mardi" not in found


def test_a_dated_line_naming_the_kind_of_text_is_no_dateline(analyse):
    found = places(analyse, "Présidence de la République\n\n12 mars 2024 - Communiqué\n\nLe président de la "
                            "République a reçu le 12 mars le président du Conseil européen, Charles Michel.\n")
    assert "Communiqué" not in found


# -- a visit told over a range of days holds the meetings of its days ---------------------------------------------

def test_a_ceremony_on_the_last_day_of_a_stay_told_with_its_range(analyse):
    found = places(analyse, release(
        "Publié le 8 mars 2024",
        "Le chef d'état-major des armées ivoiriennes, le général Lassina Doumbia, a séjourné à Dakar du 4 au "
        "6 mars 2024. Cette visite de travail visait à renforcer la coopération entre les deux armées.\n\n"
        "Lundi 4 mars, dès son arrivée, l'hôte ivoirien a eu une séance de travail à l'état-major général "
        "des armées avec son homologue sénégalais, le général Mbaye Cissé.\n\n"
        "Le mardi 5 mars, il a été reçu en audience au palais de la République par le président Macky Sall.\n\n"
        "La dernière journée, mercredi 6 mars, a été marquée par une cérémonie de décoration."))
    assert found[-1] == "Dakar"


def test_a_ceremony_after_the_range_of_the_stay_takes_no_place_from_it(analyse):
    found = places(analyse, release(
        "Publié le 12 mars 2024",
        "Le chef d'état-major des armées ivoiriennes, le général Lassina Doumbia, a séjourné à Dakar du 4 au "
        "6 mars 2024. Cette visite de travail visait à renforcer la coopération entre les deux armées.\n\n"
        "De retour, le lundi 11 mars, il a présidé une cérémonie de décoration."))
    assert found[-1] != "Dakar"


def test_a_meeting_within_the_stay_that_names_its_own_place_keeps_it(analyse):
    found = places(analyse, release(
        "Publié le 8 mars 2024",
        "Le chef d'état-major des armées ivoiriennes, le général Lassina Doumbia, a séjourné à Dakar du 4 au "
        "6 mars 2024. Cette visite de travail visait à renforcer la coopération entre les deux armées.\n\n"
        "Le mardi 5 mars, il a présidé une cérémonie de décoration à Thiès."))
    assert found[-1] == "Thiès"
