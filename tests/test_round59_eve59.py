"""Meeting dates, round 59: a sentence opening on a later time of the same day (`Dans l'après-midi`,
`Dans la soirée`, `Le soir même`, `Plus tard dans la journée`, `Dans la foulée`) names no day: its meeting
is on the day of the meeting told before it, not on a month or a year the text named in passing. Texts
of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def dates(analyse, body: str, published: str = "14 mars 2024") -> list[str]:
    return [m["date"] for m in analyse(page(body, published))._.meetings]


def last_date(analyse, body: str, published: str) -> str:
    return analyse(page(body, published))._.meetings[-1]["date"]


# -- a later time of a day is on a day: not the month or year the meeting before was guessed on ------------

def test_afternoon_after_a_meeting_dated_by_a_month_in_passing(analyse):
    assert last_date(analyse, "Un avion de l'armée de l'air s'est posé mardi 25 juin à Niamey, avec à son bord la "
                              "mission européenne créée par le Conseil en octobre 2023. Les officiers ont été "
                              "accueillis à l'aéroport par le ministre nigérien de la Défense, Salifou Mody. Dans "
                              "l'après-midi, le président Abdourahamane Tiani a reçu le général Éric Peltier au "
                              "palais présidentiel.", "26 juin 2024") == "2024-06-25"


def test_evening_after_a_meeting_dated_by_a_year_in_passing(analyse):
    assert last_date(analyse, "Le porte-avions Charles de Gaulle a accosté samedi 9 mars à Djibouti, base française "
                              "depuis 1977. Le commandant du groupe aéronaval a été accueilli sur le quai par le chef "
                              "d'état-major djiboutien, le général Zakaria Cheikh Ibrahim. Dans la soirée, le "
                              "président Ismaïl Omar Guelleh a reçu l'amiral Jacques Mallard au palais présidentiel.",
                     "11 mars 2024") == "2024-03-09"


# -- the day of the meeting told before ----------------------------------------------------------------------

def test_afternoon_after_a_month_named_in_passing(analyse):
    assert dates(analyse, "Le ministre des Armées Sébastien Lecornu a été accueilli mardi 7 mai à Vilnius par "
                          "son homologue lituanien Laurynas Kasčiūnas. La brigade allemande, annoncée en juin "
                          "2023, y sera déployée. Dans l'après-midi, le président Gitanas Nausėda a reçu Sébastien "
                          "Lecornu au palais présidentiel.", "8 mai 2024") == ["2024-05-07", "2024-05-07"]


def test_evening_after_a_year_named_in_passing(analyse):
    assert dates(analyse, "Le président Emmanuel Macron a reçu lundi 15 avril à l'Élysée le Premier ministre "
                          "indien Narendra Modi. Les deux pays sont liés par un partenariat stratégique depuis "
                          "1998. Dans la soirée, Emmanuel Macron a offert un dîner d'État en l'honneur de "
                          "Narendra Modi au palais de l'Élysée.", "16 avril 2024") == ["2024-04-15", "2024-04-15"]


def test_later_that_day_after_a_month_named_in_passing(analyse):
    assert dates(analyse, "Le chef d'état-major des armées, le général Thierry Burkhard, a été reçu jeudi 11 "
                          "janvier à Abidjan par le président Alassane Ouattara. La base française, réduite en "
                          "octobre 2023, sera cédée. Plus tard dans la journée, le général Burkhard s'est entretenu "
                          "avec le ministre ivoirien de la Défense, Sansan Kambilé, au ministère.",
                 "12 janvier 2024") == ["2024-01-11", "2024-01-11"]


def test_same_evening_after_a_month_named_in_passing(analyse):
    assert dates(analyse, "Le secrétaire général de l'OTAN, Jens Stoltenberg, a été reçu mercredi 3 avril à Kiev "
                          "par le président Volodymyr Zelensky. L'Alliance avait promis de l'aide en juillet 2023. "
                          "Le soir même, Jens Stoltenberg a rencontré le ministre ukrainien de la Défense, Roustem "
                          "Oumerov, à Kiev.", "4 avril 2024") == ["2024-04-03", "2024-04-03"]


def test_straight_after_a_month_named_in_passing(analyse):
    assert dates(analyse, "Le ministre belge de la Défense, Theo Francken, a été accueilli vendredi 9 mai à "
                          "Varsovie par son homologue polonais Władysław Kosiniak-Kamysz. Le contrat, signé en "
                          "février 2025, prévoit des livraisons. Dans la foulée, Theo Francken a rencontré le "
                          "président polonais Andrzej Duda au palais présidentiel.",
                 "10 mai 2025") == ["2025-05-09", "2025-05-09"]


# -- counter-examples ---------------------------------------------------------------------------------------

def test_a_day_in_the_same_sentence_wins(analyse):
    assert dates(analyse, "Le ministre des Armées Sébastien Lecornu a été accueilli mardi 7 mai à Vilnius par "
                          "son homologue lituanien Laurynas Kasčiūnas. La brigade allemande, annoncée en juin "
                          "2023, y sera déployée. Dans l'après-midi du 8 mai, le président Gitanas Nausėda a reçu "
                          "Sébastien Lecornu au palais présidentiel.", "9 mai 2024") == ["2024-05-07", "2024-05-08"]


def test_a_story_with_no_dated_meeting_before_keeps_its_reading(analyse):
    assert dates(analyse, "Dans l'après-midi, le président Gitanas Nausėda a reçu le ministre des Armées "
                          "Sébastien Lecornu au palais présidentiel de Vilnius.", "8 mai 2024") == ["2024-05-08"]
