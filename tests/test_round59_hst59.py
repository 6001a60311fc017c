"""Meeting hosts, round 59: a gathering told first by those who attend it, then named again by another session
noun with its chair (`Quant à la réunion elle-même, elle est présidée par X`), talks of its own told in
between: the chair hosts that gathering, he holds no sitting of his own. Texts of our own, with
counter-examples."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[tuple[str, str]]:
    return [(m["kind"], m["host"]) for m in analyse(page(body))._.meetings]


def chaired(analyse, body: str, attendee: str) -> tuple[str, bool]:
    """The host of the first meeting the attendee is at, and whether the chair was left at a sitting alone."""
    meetings = analyse(page(body))._.meetings
    first = next(m for m in meetings if attendee in m["people"])
    return first["host"], any(m["people"] == [m["host"]] and m["host"] for m in meetings)


# -- the chair of a gathering named again by another noun, talks told in between -------------------------------

def test_the_chair_of_an_annual_meeting_told_after_a_comment(analyse):
    body = ("Le général Thomas Süssli, chef de l'Armée, participe les 21 et 22 mai 2024 à la rencontre annuelle "
            "des chefs d'armée de l'Union européenne, au siège de l'Union. Un point est consacré à l'opération "
            "Althea.\n\nEn marge de la réunion, deux entretiens bilatéraux sont prévus. Le général Süssli "
            "s'entretiendra d'abord avec le général autrichien Rudolf Striedinger, chef d'état-major des forces "
            "armées autrichiennes.\n\nMon commentaire\n\nAvec Vienne et Dublin, Berne partage la même contrainte : "
            "coopérer sans renoncer à la neutralité.\n\nQuant à la réunion elle-même, elle est présidée par le "
            "général Robert Brieger, président du Comité militaire de l'Union européenne, qui a ouvert les travaux "
            "ce matin.")
    assert chaired(analyse, body, "sussli") == ("brieger", False)


def test_the_chair_of_land_chiefs_named_as_a_conference(analyse):
    body = ("Le général Pierre Schill participe les 10 et 11 octobre 2023 à la rencontre des chefs d'armée de "
            "Terre européens, à Wiesbaden. Il doit s'y entretenir avec son homologue polonais, le général Wiesław "
            "Kukuła. De Varsovie à Madrid, tous s'inquiètent des stocks. Quant à la conférence elle-même, elle est "
            "présidée par le général Darryl Williams, commandant de l'armée de Terre américaine en Europe.")
    assert chaired(analyse, body, "schill") == ("williams", False)


def test_the_chair_of_navy_chiefs_named_as_a_meeting(analyse):
    body = ("L'amiral Michel Hofman, chef de la Défense belge, assiste le 20 septembre 2023 au colloque des chefs "
            "de marine de l'OTAN, à Lisbonne. Il doit y rencontrer son homologue portugais, l'amiral Henrique "
            "Gouveia e Melo. De Madrid à Athènes, les marines s'inquiètent. Quant à la réunion elle-même, elle est "
            "présidée par l'amiral Stuart Munsch, commandant des forces navales américaines en Europe.")
    meetings = analyse(page(body))._.meetings
    assert (meetings[0]["kind"], meetings[0]["host"], meetings[0]["location"]) == ("colloque", "munsch", "Lisbonne")
    assert not any(m["location"] == "Athènes" for m in meetings)


def test_the_chair_of_air_chiefs_told_after_their_talks(analyse):
    body = ("Le général Stéphane Mille participe les 5 et 6 mars 2024 au symposium des chefs d'état-major de "
            "l'air de l'OTAN, à Ramstein. Il doit s'y entretenir avec son homologue allemand, le général Ingo "
            "Gerhartz. De Londres à Rome, tous veulent des munitions. Quant à la réunion elle-même, elle est "
            "présidée par le général James Hecker, commandant des forces aériennes américaines en Europe.")
    assert chaired(analyse, body, "mille") == ("hecker", False)


def test_the_chair_of_defence_directors_told_after_their_talks(analyse):
    body = ("Le délégué général pour l'armement, Emmanuel Chiva, participe le 14 novembre 2023 au séminaire des "
            "directeurs nationaux de l'armement de l'OTAN, à Bruxelles. Il doit s'y entretenir avec son homologue "
            "allemande, Annette Lehnigk-Emden. De Berlin à Varsovie, les stocks inquiètent. Quant à la réunion "
            "elle-même, elle est présidée par le secrétaire général adjoint de l'OTAN, Mircea Geoană.")
    assert chaired(analyse, body, "chiva") == ("geoana", False)


# -- counter-examples ------------------------------------------------------------------------------------

def test_a_sitting_chaired_on_another_day_stays_its_own(analyse):
    body = ("Le général Thierry Burkhard a participé lundi 3 juin à la réunion des chefs d'état-major de l'Union "
            "européenne, à Bruxelles.\n\n"
            "Le vendredi 14 juin, la réunion du Conseil de défense, présidée par Emmanuel Macron, a porté sur "
            "la loi de programmation militaire.")
    assert chaired(analyse, body, "burkhard") == ("", True)


def test_a_chaired_sitting_with_a_newcomer_is_not_the_gathering(analyse):
    body = ("Le général Thierry Burkhard participe mardi 4 juin à la rencontre des chefs d'état-major de l'Union "
            "européenne, à Bruxelles. Il doit s'y entretenir avec le général Carsten Breuer. Quant à la séance "
            "elle-même, présidée par le général Robert Brieger, elle a réuni le ministre Pål Jonson.")
    assert chaired(analyse, body, "burkhard")[0] != "brieger"


def test_talks_between_equals_keep_no_host(analyse):
    body = ("Le ministre des Armées, Sébastien Lecornu, a rencontré mardi à Genève son homologue ukrainien, "
            "Roustem Oumerov, en marge d'une conférence.")
    assert [h for _, h in hosts(analyse, body)] == [""]


def test_a_chaired_meeting_with_its_own_people_keeps_its_chair(analyse):
    body = ("Le Conseil de l'Atlantique Nord s'est réuni jeudi à Bruxelles. La réunion était présidée par le "
            "secrétaire général de l'OTAN, Mark Rutte.")
    assert ("réunion", "rutte") in hosts(analyse, body)


# -- the seat of an office named by its own name: its holder receives there ----------------------------------

def host_of(analyse, body: str) -> list[str]:
    return [m["host"] for m in analyse(page(body))._.meetings]


def test_talks_at_the_grand_serail_are_hosted_by_the_prime_minister(analyse):
    assert host_of(analyse, "L'émissaire américain Amos Hochstein s'est ensuite rendu au Grand Sérail, où il s'est "
                            "entretenu avec le Premier ministre, Najib Mikati, en présence du ministre Abdallah "
                            "Bou Habib.") == ["mikati"]


def test_talks_at_the_grand_serail_told_in_the_pluperfect(analyse):
    assert host_of(analyse, "Jeudi matin, l'envoyé français Jean-Yves Le Drian s'était entretenu au Grand Sérail "
                            "avec le Premier ministre Nawaf Salam et le ministre Ghassan Salamé.") == ["salam"]


def test_an_audience_at_baabda_is_hosted_by_the_president(analyse):
    assert host_of(analyse, "Le ministre français Jean-Noël Barrot s'est entretenu vendredi au palais de Baabda "
                            "avec le président Joseph Aoun et le ministre Youssef Raggi.") == ["aoun"]


def test_an_audience_at_kosyam_is_hosted_by_the_president(analyse):
    assert host_of(analyse, "Le ministre togolais Robert Dussey s'est entretenu lundi au palais de Kosyam avec le "
                            "président Ibrahim Traoré et le ministre Karamoko Jean-Marie Traoré.") == ["traore"]


def test_an_audience_at_koulouba_is_hosted_by_the_president(analyse):
    assert host_of(analyse, "Le général Célestin Simporé s'est entretenu mardi au palais de Koulouba avec le "
                            "président de la Transition, le général Assimi Goïta, et le ministre Sadio "
                            "Camara.") == ["goita"]


def test_talks_at_baabda_with_the_president_and_the_prime_minister(analyse):
    assert host_of(analyse, "L'envoyé saoudien Yazid ben Farhane s'est entretenu mercredi à Baabda avec le "
                            "président Joseph Aoun et le Premier ministre Nawaf Salam.") == ["aoun"]
