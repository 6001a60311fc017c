"""Header dates, round 58: the publication date as outlets print it under the title. A byline's date after
a dash or a bar, followed by the update (`Par X - 29 juin 2023 à 19:10 | mis à jour le 30 juin 2023`,
`Par X, le 17 janvier 2025 à 20h45, mis à jour à 23h10`, `Par X - 30 Juillet 2023 modifié le ...`); an outlet
or agency tag before a date (`(VOVWORLD) 17/04/2025 18:05`, `jeu. 09 janv. 2025 - 15:42`); an agency named
after the date of a dateline (`Riyad, 02 décembre 2024, SPA --`); a date written year first (`2024/07/28
17:52`); an agency credited after the clock time. Counter-examples: a date in the first sentence of the body,
an event date in a headline, and the update, which never becomes the publication. Texts of our own."""

from __future__ import annotations

BODY = ("Le ministre des Armées a reçu mardi à l'hôtel de Brienne son homologue allemand pour des entretiens "
        "consacrés au char du futur et à la défense aérienne européenne.")


def header(analyse, lines: str, body: str = BODY) -> tuple[str, str]:
    doc = analyse(f"Le Journal de l'Est\nRégion | France-Monde | Sports\n\nDéfense : Paris et Berlin relancent "
                  f"leur coopération\n\n{lines}\n\n{body}")
    return doc._.published, doc._.updated


# -- a byline's date after a dash, a bar or a comma, the update after it ------------------------------------------

def test_a_byline_dash_date_then_the_update_after_a_bar(analyse):
    assert header(analyse, "Par Claire Dumont - 14 mars 2024 à 18:32 | mis à jour le 15 mars 2024 à 07:10") \
        == ("2024-03-14", "2024-03-15")


def test_a_byline_with_an_outlet_in_brackets_and_abbreviated_months(analyse):
    assert header(analyse, "Par Le Journal de l'Est (avec AFP) - 12 nov. 2024 à 21:14 | mis à jour le "
                           "13 nov. 2024 à 06:02") == ("2024-11-12", "2024-11-13")


def test_a_byline_comma_le_date_then_an_update_of_the_same_day(analyse):
    published, _ = header(analyse, "AFP / Par Jean MARTIN, le 5 février 2025 à 11h20, mis à jour à 15h05")
    assert published == "2025-02-05"


def test_a_byline_between_bars_then_the_update(analyse):
    assert header(analyse, "Par Sophie Lenoir | 12 septembre 2024 | Mis à jour le 13 septembre 2024 à 09h30") \
        == ("2024-09-12", "2024-09-13")


def test_an_outlet_and_a_byline_then_modifie_le(analyse):
    assert header(analyse, "Sahel Info | Par La rédaction - 2 Mai 2024 modifié le 3 Mai 2024 - 08:15") \
        == ("2024-05-02", "2024-05-03")


# -- an agency or a weekday before a date, an agency after a dateline's date, a date written year first ----------

def test_an_agency_in_brackets_before_a_numeric_date_and_a_time(analyse):
    published, _ = header(analyse, "(XINHUA) 08/11/2024 09:40")
    assert published == "2024-11-08"


def test_an_abbreviated_weekday_before_the_date(analyse):
    published, _ = header(analyse, "ven. 07 févr. 2025 - 16:20")
    assert published == "2025-02-07"


def test_a_dateline_with_the_agency_after_the_date(analyse):
    published, _ = header(analyse, "", body="Abou Dhabi, 14 novembre 2024, WAM -- Son Altesse le cheikh Mohammed "
                                            "ben Zayed a reçu au palais Qasr Al Watan le ministre indien de la "
                                            "Défense, Rajnath Singh.")
    assert published == "2024-11-14"


def test_a_date_written_year_first_above_a_dateline_without_its_year(analyse):
    published, _ = header(analyse, "2024/11/20 08:15", body="SÉOUL, 20 nov. (Yonhap) -- Le ministre de la Défense "
                                                            "nationale a reçu son homologue australien.")
    assert published == "2024-11-20"


def test_a_clause_saying_it_was_published_then_the_agency_credit(analyse):
    published, _ = header(analyse, "Ce contenu a été publié le 3 avril 2025 - 14:22 Keystone-ATS")
    assert published == "2025-04-03"


# -- counter-examples ----------------------------------------------------------------------------------------------

def test_a_date_in_the_first_sentence_of_the_body_is_no_publication(analyse):
    published, _ = header(analyse, "Par Claire Dumont", body=(
        "Le général Pierre Schill a remis ce jeudi 29 juin 2023 le drapeau du régiment à son nouveau chef de "
        "corps, au quartier Lyautey de Mourmelon."))
    assert published == ""


def test_a_first_sentence_opened_by_its_date_is_no_publication(analyse):
    published, _ = header(analyse, "", body=(
        "Le 3 mars 2025, le ministre des Armées a signé à Paris avec son homologue polonais une lettre "
        "d'intention sur la défense sol-air."))
    assert published == ""


def test_an_event_date_in_a_headline_is_no_publication(analyse):
    doc = analyse("Le Journal de l'Est\nRégion | France-Monde\n\nSommet de l'OTAN le 11 juillet 2023 à Vilnius : "
                  "ce qu'il faut retenir\n\n" + BODY)
    assert doc._.published == ""


def test_the_update_alone_after_a_byline_without_date_is_not_taken_for_another_day(analyse):
    published, updated = header(analyse, "Par Claire Dumont | Mis à jour le 15 mars 2024 à 07:10 | "
                                         "Publié le 14 mars 2024 à 18:32")
    assert (published, updated) == ("2024-03-14", "2024-03-15")
