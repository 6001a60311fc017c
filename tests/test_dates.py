"""Dates: each form, ranges, relative expressions, and what is not a date.

Expected spans are written inline: <ent norm='ISO'>text</ent>. A header line sets the publication
date the way news pages do, so relative dates have a reference.
"""

from __future__ import annotations

import pytest

from conftest import parse_inline

HEADER = "Titre de l'article\n\n  • 24 Nov. 2021 -\n\n"

CASES = {
    "day": "Le ministre s'est rendu à Vilnius le <ent norm='2021-11-24'>24 novembre 2021</ent>.",
    "first-of-month": "L'exercice a débuté le <ent norm='2021-07-01'>1er juillet</ent> en mer Baltique.",
    "english-abbreviation": "Une réunion s'est tenue le <ent norm='2021-11-24'>24 Nov. 2021</ent> à Mons.",
    "numeric": "Le traité a été signé le <ent norm='2019-11-15'>15/11/2019</ent> à Paris.",
    "weekday-day-month": "Le chef d'état-major est arrivé <ent norm='2021-06-14'>lundi 14 juin</ent> à Niamey.",
    "range": "<ent norm='2021-11-22/2021-11-25'>Du 22 au 25 novembre 2021</ent>, les délégués ont travaillé.",
    "pair": "Les ministres se réuniront <ent norm='2022-02-16/2022-02-17'>les 16 et 17 février</ent> à Bruxelles.",
    "month-year": "La mission a commencé en <ent norm='2021-06'>juin 2021</ent> au Mali.",
    "year": "Le programme sera achevé en <ent norm='2025'>2025</ent> selon la DGA.",
    "today": "La réunion d'<ent norm='2021-11-24'>aujourd'hui</ent> a permis de progresser.",
    "yesterday": "Le général a rencontré <ent norm='2021-11-23'>hier</ent> son homologue.",
    "last-week": "<ent norm='2021-11-15/2021-11-21'>La semaine dernière</ent>, les Alliés ont débattu.",
    "last-month": "<ent norm='2021-10'>Le mois dernier</ent>, lors du sommet, les chefs d'État ont décidé.",
    "year-ahead": "Ils ont adopté un plan de travail pour <ent norm='2022'>l'année à venir</ent>.",
    "mid-month": "Les manœuvres reprendront à la <ent norm='2022-01'>mi-janvier</ent> en Roumanie.",
    "past-july-in-november": "Le sommet du <ent norm='2021-07-14'>14 juillet</ent> reste dans les mémoires.",
    # issue #11; the header date is Wednesday 24 November 2021
    "offset-past": "La frégate a quitté Toulon <ent norm='2021-11-20'>il y a quatre jours</ent>.",
    "offset-past-months": "Le contrat a été notifié <ent norm='2020-05'>il y a 18 mois</ent> à l'industriel.",
    "offset-future-weeks": "Le bataillon sera relevé <ent norm='2021-12-06/2021-12-12'>dans deux semaines</ent>.",
    "offset-by": "La brigade devra être projetable <ent norm='2024'>d'ici trois ans</ent>.",
    "offset-since": "Les pilotes s'entraînent sur ce simulateur <ent norm='2021-05'>depuis six mois</ent>.",
    "year-after-noun": "Le ministère a publié son bilan <ent norm='2020'>2020</ent> des exportations.",
    "year-span-slash": "Le calendrier de la saison <ent norm='2022/2023'>2022/2023</ent> a été présenté aux écoles.",
    "year-span-between": "Le régiment a été engagé au Sahel entre <ent norm='2015/2019'>2015 et 2019</ent>.",
    "year-span-dash": "La loi de programmation couvre la période <ent norm='2019/2025'>2019-2025</ent>.",
    "year-span-from-to": "Il a commandé la base de <ent norm='2008/2012'>2008 à 2012</ent> avant de rejoindre Paris.",
    "two-digit-month-year": "Le général est entré à Saint-Cyr en <ent norm='1997-03'>mars 97</ent>.",
    "two-digit-day": "La frégate a été lancée le <ent norm='1995-06-03'>3 juin 95</ent>, à Lorient.",
    "numeric-day-month": "Le dernier convoi a quitté Gao le <ent norm='2021-05-12'>12/05</ent>.",
    "numeric-month-year": "Le marché a été attribué en <ent norm='2019-03'>03/2019</ent> à un consortium.",
    "numeric-dashes": "Le protocole a été signé le <ent norm='2018-02-14'>14-02-2018</ent> à Berlin.",
    "numeric-iso": "La note de l'état-major est datée du <ent norm='2019-04-17'>2019-04-17</ent>.",
    "numeric-dots": "L'appel d'offres se termine le <ent norm='2024-05-31'>31.05.2024</ent> à midi.",
    "month-first": "Publiée <ent norm='2021-03-03'>mars 3, 2021</ent>, la revue stratégique est en ligne.",
    "month-first-weekday": "Le site annonçait la cérémonie pour <ent norm='2025-04-07'>lundi, avril 7 2025</ent>.",
    "month-range": "Les manœuvres se sont déroulées en <ent norm='2021-06/2021-07'>juin-juillet</ent> en Lituanie.",
    "weekday-future": "Le chef d'état-major se rendra <ent norm='2021-11-25'>jeudi</ent> à Bamako.",
    "weekday-past": "Le ministre a reçu son homologue tchèque <ent norm='2021-11-18'>jeudi</ent> à Paris.",
    "weekday-day-number": "La cérémonie aura lieu <ent norm='2021-11-28'>dimanche 28</ent>, à 15 h, aux Invalides.",
    "date-past-verb": "Les ministres se sont réunis le <ent norm='2021-05-20'>20 mai</ent> à Lisbonne.",
    "month-future-verb": "Le second navire sera livré en <ent norm='2022-07'>juillet</ent> à la Marine.",
    "since-month": "Le porte-avions est en arrêt technique depuis <ent norm='2021-01'>janvier</ent>.",
    "weekend-past": "Les réservistes se sont entraînés <ent norm='2021-11-20/2021-11-21'>ce week-end</ent> à Sissonne.",
    "season-future": "Les essais en mer reprendront au printemps.",  # a season is no DATE (contract values)
    "season-this": "Le détachement restera à Constanța cet hiver.",
    "part-of-year": "Le rapport sera remis <ent norm='2021'>à la fin de l'année</ent>.",
    "start-of-month": "Les premiers hélicoptères sont arrivés <ent norm='2021-11'>au début du mois</ent>.",
    "century": "Le fort a été construit au <ent norm='18XX'>XIXe siècle</ent> pour défendre la rade.",
    "decade": "Ce blindé avait été conçu dans <ent norm='199X'>les années 90</ent>.",
    "christmas": "Les soldats de l'opération rentreront avant <ent norm='2021-12-25'>Noël</ent>.",
    "easter": "Le porte-hélicoptères reviendra à <ent norm='2022-04-17'>Pâques</ent> dans son port.",
    "bastille-day": "Les avions ont défilé sur les Champs-Élysées le <ent norm='2021-07-14'>14-Juillet</ent> dernier.",
    # issue #10 section 6 and the rest of #11; the header date is Wednesday 24 November 2021
    "quarter": "Les premières livraisons ont eu lieu au <ent norm='2021-01/2021-03'>premier trimestre 2021</ent>.",
    "semester": "Le régiment sera projeté au <ent norm='2022-01/2022-06'>1er semestre 2022</ent> au Levant.",
    "semester-no-year": "Les essais reprendront au <ent norm='2021-07/2021-12'>second semestre</ent> à Istres.",
    "back-to-school": "Le nouveau cursus de l'école ouvrira à la <ent norm='2022-09'>rentrée</ent> prochaine.",
    "back-to-school-year": "La réforme entrera en vigueur à la <ent norm='2022-09'>rentrée 2022</ent> dans les lycées.",
    "iso-week": "Les tirs sont programmés en <ent norm='2022-03-21/2022-03-27'>semaine 12 de 2022</ent> au camp.",
    "stop-after-pair": "Les délégations se retrouveront <ent norm='2021-12-11/2021-12-12'>les 11 et 12 décembre</ent>.",
    "stop-after-day": "Le navire appareillera le <ent norm='2021-12-15'>15 décembre</ent>.",
    "abbreviation-keeps-dot": "La revue a été publiée le <ent norm='2021-09-15'>15 sept.</ent> à Paris.",
    "dash-range": "Les ministres se réuniront à Bruxelles, <ent norm='2022-02-16/2022-02-17'>16-17 février 2022</ent>.",
    "this-weekday-present": "L'exercice se poursuit <ent norm='2021-11-25'>ce jeudi</ent> sur le plateau d'Albion.",
    "weekday-present": "La conférence, qui prend fin <ent norm='2021-11-25'>jeudi</ent>, réunit trente pays.",
}

# Dates whose year or day comes from another date of the text.
IN_CONTEXT = {
    "year-carries-on": "En <ent norm='2019'>2019</ent>, la DGA a commandé le drone ; "
                       "en <ent norm='2019-03'>mars</ent>, les premiers essais ont commencé.",
    "day-after-next": "Le sommet s'est ouvert le <ent norm='2021-06-12'>12 juin 2021</ent> à Bruxelles. "
                      "<ent norm='2021-06-14'>Le surlendemain</ent>, les chefs d'état-major ont conclu.",
    "same-weekday": "Les inscriptions ouvriront le <ent norm='2021-06-08'>mardi 8 juin 2021</ent>. Le premier stage "
                    "commencera <ent norm='2021-06-10'>ce même jeudi</ent> au camp de Canjuers.",
    "years-later": "La base a fermé en <ent norm='2015'>2015</ent>. <ent norm='2018'>Trois ans plus tard</ent>, "
                   "un régiment s'y est installé.",
    "apposed-earlier": "L'offensive a commencé le <ent norm='2022-03-10'>10 mars 2022</ent>. Les unités étaient "
                       "arrivées le <ent norm='2022-03-06'>6 mars</ent>, <ent norm='2022-03-06'>quatre jours plus "
                       "tôt</ent>.",
    "day-after-in-paragraph": "Le sommet s'est tenu le <ent norm='2021-10-30'>30 octobre</ent> à Rome. "
                              "<ent norm='2021-10-31'>Le lendemain</ent>, les ministres ont publié un communiqué.",
    "day-after-opening-paragraph": "Le <ent norm='2021-11-12'>vendredi 12 novembre</ent>, le ministre a reçu son "
                                   "homologue.\n\n<ent norm='2021-11-13'>Le lendemain</ent>, il a visité la base.",
    "eve-without-day-in-paragraph": "Le ministre a parlé au téléphone avec son homologue.\n\nDans un communiqué "
                                    "diffusé <ent norm='2021-11-23'>la veille</ent>, l'état-major a donné son bilan.",
    "that-day": "Leur dernier échange remontait au <ent norm='2020-10-23'>23 octobre 2020</ent> : "
                "<ent norm='2020-10-23'>ce jour-là</ent>, le ministre avait appelé ses homologues. "
                "<ent norm='2020-10-21'>Deux jours plus tôt</ent>, il avait parlé au général.",
    "flashback-paragraph": "Le comité s'était réuni à Accra <ent norm='2019-08-17/2019-08-18'>les 17 et 18 août "
                           "2019</ent>. Cette session avait d'abord été convoquée pour le "
                           "<ent norm='2019-08-12'>12 août</ent>.",
    "sequence-of-weekdays": "Le ministre se rendra <ent norm='2021-11-25'>jeudi</ent> à Alger, puis "
                            "<ent norm='2021-11-26'>vendredi</ent> à Rabat.",
    "since-year-does-not-carry": "La France dirige depuis <ent norm='2017'>2017</ent> le groupement. En "
                                 "<ent norm='2021-06'>juin</ent>, au sommet, Paris a promis des renforts.",
    "twin-seasons": "Le régiment s'entraîne en montagne été comme hiver.",
}


@pytest.mark.parametrize("annotated", [*CASES.values(), *IN_CONTEXT.values()], ids=[*CASES, *IN_CONTEXT])
def test_date_forms(analyse, annotated):
    text, expected = parse_inline(HEADER + annotated)
    doc = analyse(text)
    found = {(e.start_char, e.end_char): e._.normalized for e in doc.ents
             if e.label_ == "DATE" and e.start_char >= len(HEADER)}
    # exactly the annotated dates: a spurious extra span fails the case as a missing one does
    assert found == {(exp.start, exp.end): exp.attrs["norm"] for exp in expected}, annotated


def test_duration_is_no_date(analyse):
    text, expected = parse_inline(HEADER + "Le lieutenant a servi en Guyane <ent norm='P3Y'>pendant trois ans</ent>.")
    doc = analyse(text)
    assert [(e.start_char, e.end_char, e.label_, e._.normalized) for e in doc.ents if e.label_ in ("DATE", "DURATION")
            and e.start_char >= len(HEADER)] == [(expected[0].start, expected[0].end, "DURATION", "P3Y")]


NOT_DATES = {
    "age": "Le général, âgé de 56 ans, a pris ses fonctions.",
    "duration": "En plus de 25 ans, l'Alliance a tissé un réseau de partenariats.",
    "count": "Le général a salué les 32 représentants militaires des pays partenaires.",
    "aircraft": "La France a livré des Mirage 2000 à l'Inde.",
    "programme": "Les participants ont évoqué le programme OTAN 2030.",
    "soldiers": "Environ 3 000 soldats sont déployés en Estonie.",
    "september-number": "Sept soldats ont été blessés lors de l'attaque.",
    "habit": "Le vendredi, les recrues courent douze kilomètres en treillis.",
    "revolution": "L'historien a rappelé le rôle de la marine dans la révolution d'Octobre.",
    "age-86": "L'ancien chef d'état-major, âgé de 86 ans, a assisté à la cérémonie.",
    "past-participle": "Le contrat a été signé par les deux ministres.",
    "purpose-season": "Le régiment a reçu des tenues pour l'hiver.",
    "two-digit-count": "Le 3 juin 12 blindés ont franchi la frontière.",
    "future-of-tomorrow": "Les deux pays veulent bâtir ensemble la défense de demain.",
    "week-described": "Rien, dans cette semaine de tensions, n'a changé la donne.",
    "return-to-port": "La rentrée du navire au port a été retardée par la tempête.",
    "quarter-count": "Le trimestre a été difficile pour les industriels.",
}


@pytest.mark.parametrize("text", NOT_DATES.values(), ids=NOT_DATES.keys())
def test_not_dates(analyse, text):
    doc = analyse(text)
    assert [e.text for e in doc.ents if e.label_ == "DATE"] == []


def test_header_gives_publication_and_update_dates(analyse):
    doc = analyse("Titre\n\n  • 24 Nov. 2021 -\n  • |\n  • Mis à jour le: 02 Dec. 2021 09:20\n\nLe texte.")
    assert (doc._.published, doc._.updated) == ("2021-11-24", "2021-12-02")


def test_two_digit_count_is_no_year(analyse):
    doc = analyse(HEADER + "Le 3 juin 12 blindés ont franchi la frontière.")
    assert [e._.normalized for e in doc.ents if e.label_ == "DATE" and e.start_char >= len(HEADER)] == ["2021-06-03"]


HEADER_LINES = {
    "published-weekday": "Publié le lundi 3 mars 2025",
    "weekday-commas-time": "mardi, 4 mars, 2025 à 10:15",
    "month-first-by": "Mars 4, 2025 by Jean Dupont",
    "place-dots": "Genève, 04.03.2025 -",
    "slashes": "04/03/2025",
    "agency-spaced-dots": "Xinhua | 4. 3. 2025",
}


@pytest.mark.parametrize("line", HEADER_LINES.values(), ids=HEADER_LINES.keys())
def test_header_forms_give_publication_date(analyse, line):
    doc = analyse(f"Les ministres de la Défense réunis à Bruxelles\n\n{line}\n\nLes ministres ont adopté un plan.")
    assert doc._.published in ("2025-03-03", "2025-03-04")


def test_update_line_with_time(analyse):
    doc = analyse("Titre\n\n  • 03 Mar. 2025 -\n  • Mis à jour le 4 mars 2025 à 18h02\n\nLe texte.")
    assert (doc._.published, doc._.updated) == ("2025-03-03", "2025-03-04")


BOTH_ON_ONE_LINE = {
    "pipes": "Publié le : 14/05/2024 - 08:30 | Mis à jour le : 15/05/2024 - 11:02",
    "dot": "Publié le 14 mai 2024 à 08h30. Mis à jour le 15 mai 2024 à 11h02.",
    "byline-first": "Par Anne Martin | 14 mai 2024 | Mis à jour le 15 mai 2024 à 11:02",
    "dashes": "Publié le 14-05-2024 à 08h30 - Mis à jour le 15-05-2024 à 11h02",
    "last-modified": "Publié le 14.05.2024 | Dernière modification le 15.05.2024",
}


@pytest.mark.parametrize("line", BOTH_ON_ONE_LINE.values(), ids=BOTH_ON_ONE_LINE.keys())
def test_publication_and_update_on_one_line_each_by_its_marker(analyse, line):
    doc = analyse(f"La frégate rejoint le groupe aéronaval\n\n{line}\n\nLa frégate a appareillé de Toulon.")
    assert (doc._.published, doc._.updated) == ("2024-05-14", "2024-05-15")


LONE_DATE_LINES = {
    "alone": "14 mai 2024",
    "byline-dots": "Par la rédaction · 14 mai 2024 · 12 commentaires",
    "release-dateline": "Le 14 mai 2024 – Ottawa (Ontario) – Défense nationale",
    "agency-after": "14.05.2024, Agence de presse",
}


@pytest.mark.parametrize("line", LONE_DATE_LINES.values(), ids=LONE_DATE_LINES.keys())
def test_a_date_standing_alone_under_the_title_is_the_publication_date(analyse, line):
    doc = analyse(f"La frégate rejoint le groupe aéronaval\n\n{line}\n\nLa frégate a appareillé de Toulon hier.")
    assert doc._.published == "2024-05-14"


MENU = "\n\n".join(["Aller au contenu", "Accueil", "Actualités", "Défense", "Rechercher", "Menu", "English",
                     "Accueil > Actualités > Communiqués"])


def test_a_header_under_a_menu_spaced_by_blank_lines_is_read(analyse):
    """Eight menu lines spaced by blank ones push the release's dateline to the 20th line of the page."""
    doc = analyse(f"{MENU}\n\nLa frégate rejoint le groupe aéronaval\n\nCommuniqué de presse\n\n"
                  f"{LONE_DATE_LINES['release-dateline']}\n\nLa frégate a appareillé de Toulon hier.")
    assert doc._.published == "2024-05-14"


def test_a_lone_date_far_down_the_page_is_no_header(analyse):
    body = "\n".join(f"Paragraphe {n} du récit de la journée." for n in range(12))
    doc = analyse(f"La frégate rejoint le groupe aéronaval\n{body}\n{LONE_DATE_LINES['alone']}\nFin.")
    assert doc._.published == ""


def test_publication_marker_inside_a_sentence_is_no_header(analyse):
    doc = analyse("La revue stratégique\n\nLe rapport publié le 14 mai 2024 par le ministère a été discuté.\n\n"
                  "Les députés en ont débattu.")
    assert doc._.published == ""


def test_a_dated_sentence_under_the_title_is_no_header(analyse):
    doc = analyse("La frégate rejoint le groupe aéronaval\n\nLe 14 mai 2024, la frégate a appareillé de Toulon "
                  "pour rejoindre le porte-avions en Méditerranée orientale.")
    assert doc._.published == ""


def test_dateline_gives_publication_date(analyse):
    doc = analyse("Un navire russe en mer du Nord\n\nPARIS, 4 mars (AFP) - Un navire a été repéré le 2 mars 2025 "
                  "au large de Brest, a annoncé la Marine.")
    assert doc._.published == "2025-03-04"


def test_range_never_crosses_a_line_break(analyse):
    text = "Titre\n\n  • 24 Nov. 2021 -\n12 décembre : les ministres se réuniront à Bruxelles."
    doc = analyse(text)
    assert doc._.published == "2021-11-24"
    assert [e._.normalized for e in doc.ents if e.label_ == "DATE"] == ["2021-11-24", "2021-12-12"]


def test_relative_date_without_header_uses_previous_absolute_date(analyse):
    doc = analyse("Titre\n\nLe 13 juillet 2021, une réunion s'est tenue. Le mois dernier, un sommet a eu lieu. "
                  "La réunion d'aujourd'hui a été utile.")
    values = [e._.normalized for e in doc.ents if e.label_ == "DATE"]
    assert values == ["2021-07-13", "2021-06", "2021-07-13"]


def test_relative_date_never_uses_a_later_date_of_the_text(analyse):
    """Without a header, `le mois dernier` counts from the story's first date, not from one given later."""
    doc = analyse("Titre\n\nLe 13 juillet 2021, une réunion s'est tenue. Le 20 septembre 2021, une autre suivra. "
                  "Le mois dernier, un sommet a eu lieu.")
    assert [e._.normalized for e in doc.ents if e.label_ == "DATE"] == ["2021-07-13", "2021-09-20", "2021-06"]


def test_start_of_a_mandate_is_no_reference(analyse):
    """`depuis le 22 juillet 2021` is where a state starts: the story's date is the next one."""
    doc = analyse("Titre\n\nLe général, chef d'état-major depuis le 22 juillet 2021, a achevé le dimanche 5 septembre "
                  "2021 une tournée au Sahel.\n\nVendredi, à Niamey, il a rencontré les autorités.")
    assert [e._.normalized for e in doc.ents if e.label_ == "DATE"][-1] == "2021-09-03"
