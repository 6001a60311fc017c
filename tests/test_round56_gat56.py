"""Meeting dates, round 56: a side meeting that names the gathering it stands beside (`en marge de l'ADMM-Plus`)
and no day of its own is held on that gathering's day and in its place, not on the day of the sentence told
just before. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def side_rows(analyse, body: str, published: str) -> list[tuple[str, str]]:
    doc = analyse(page(body, published=published))
    return [(m["date"], m["location"]) for m in doc._.meetings if m.get("side")]


def test_side_talks_take_the_day_of_the_named_gathering_not_of_the_flashback(analyse):
    body = ("Le ministre australien de la Défense Richard Marles a rencontré vendredi à Kuala Lumpur son homologue "
            "japonais Gen Nakatani. L'entretien s'est tenu en marge de la réunion des ministres de la Défense de "
            "l'ADMM-Plus, qui s'ouvre samedi dans la capitale malaisienne. La veille, jeudi, à Canberra, le Premier "
            "ministre Anthony Albanese avait signé un accord. Richard Marles doit également s'entretenir en marge "
            "de l'ADMM-Plus avec son homologue malaisien, Mohamed Khaled Nordin.")
    assert [d for d, _ in side_rows(analyse, body, "31 octobre 2025")] == ["2025-11-01"]


def test_side_talks_on_the_sidelines_of_a_named_summit(analyse):
    body = ("Le sommet du G20 s'est ouvert samedi à New Delhi. Vendredi, à Dacca, le président Emmanuel Macron "
            "avait inauguré un centre culturel. En marge du G20, Emmanuel Macron s'est entretenu avec le Premier "
            "ministre japonais Fumio Kishida.")
    assert side_rows(analyse, body, "10 septembre 2023") == [("2023-09-09", "New Delhi")]


def test_side_meeting_on_the_sidelines_of_a_named_forum(analyse):
    body = ("Le Forum international de Dakar sur la paix et la sécurité s'est ouvert lundi à Diamniadio. "
            "Dimanche, à Saint-Louis, le ministre des Forces armées avait visité une caserne. En marge du Forum, "
            "le président Macky Sall a reçu son homologue nigérien Mohamed Bazoum.")
    assert [d for d, _ in side_rows(analyse, body, "25 octobre 2022")] == ["2022-10-24"]


def test_side_talks_of_the_planned_gathering_named_before(analyse):
    body = ("Le Dialogue Shangri-La s'ouvre vendredi à Singapour. Mercredi, à Manille, le ministre Lloyd Austin "
            "avait rencontré le président Ferdinand Marcos. Lloyd Austin doit s'entretenir en marge du Dialogue "
            "avec son homologue chinois Dong Jun.")
    assert side_rows(analyse, body, "29 mai 2024") == [("2024-05-31", "Singapour")]


def test_side_talks_with_a_day_of_their_own_keep_it(analyse):
    body = ("Le sommet de l'OTAN s'est ouvert mardi à Vilnius. En marge du sommet, le président Joe Biden "
            "s'est entretenu mercredi avec le président ukrainien Volodymyr Zelensky.")
    assert side_rows(analyse, body, "13 juillet 2023") == [("2023-07-12", "Vilnius")]


def test_sidelines_of_a_gathering_never_told_keep_the_context(analyse):
    # counter-example: the gathering is named only in the margin phrase; the sentence's own day dates it
    body = ("Le ministre des Armées Sébastien Lecornu s'est rendu jeudi à Singapour. En marge du Dialogue "
            "Shangri-La, il s'est entretenu avec son homologue australien Richard Marles.")
    rows = side_rows(analyse, body, "1 juin 2024")
    assert [d for d, _ in rows] == ["2024-05-30"]


def test_a_gathering_told_in_a_relative_clause_does_not_cancel_the_margin(analyse):
    body = ("Le sommet de l'Union africaine s'ouvre samedi à Addis-Abeba. Vendredi, à Nairobi, le président "
            "William Ruto avait inauguré un port. Le président Emmanuel Macron, qui avait participé au Forum de "
            "Paris sur la paix en novembre, doit s'entretenir en marge du sommet avec le président Cyril "
            "Ramaphosa, hôte de la réunion.")
    rows = side_rows(analyse, body, "16 février 2024")
    assert [d for d, _ in rows] == ["2024-02-17"]


def test_the_gatherings_host_among_the_side_talks_people_hosts_them(analyse):
    body = ("La réunion des ministres de la Défense de l'ADMM-Plus s'ouvre samedi à Vientiane. Le ministre "
            "japonais Minoru Kihara, qui avait assisté au Dialogue Shangri-La en juin, doit s'entretenir en marge "
            "de l'ADMM-Plus avec le ministre laotien de la Défense, Chansamone Chanyalath, hôte de la réunion.")
    doc = analyse(page(body, published="22 novembre 2024"))
    side = [m for m in doc._.meetings if m.get("side")]
    assert [(m["date"], m["host"]) for m in side] == [("2024-11-23", "chanyalath")]


def test_side_talks_with_no_host_noun_have_no_host(analyse):
    # counter-example: two visitors on the sidelines, nobody named as the gathering's host: no host
    body = ("La réunion des ministres de la Défense de l'ADMM-Plus s'ouvre samedi à Vientiane. En marge de "
            "l'ADMM-Plus, le ministre japonais Minoru Kihara doit s'entretenir avec son homologue australien "
            "Richard Marles.")
    doc = analyse(page(body, published="22 novembre 2024"))
    side = [m for m in doc._.meetings if m.get("side")]
    assert [(m["date"], m["host"]) for m in side] == [("2024-11-23", "")]


# -- `réunis depuis jeudi`: the day after `depuis` on the gathering's own verb is its first day ---------------

def dates(analyse, body: str, published: str) -> list[tuple[str, str]]:
    doc = analyse(page(body, published=published))
    return [(m["date"], m.get("until") or "") for m in doc._.meetings]


def test_gathered_since_a_weekday_starts_that_day(analyse):
    body = ("Les ministres de la Défense de la CEDEAO, réunis depuis jeudi à Abuja, ont adopté une feuille de "
            "route pour la force en attente.")
    assert [d for d, _ in dates(analyse, body, "samedi 2 décembre 2023")] == ["2023-11-30"]


def test_gathered_since_monday_chiefs_of_staff(analyse):
    body = ("Les chefs d'état-major de l'Union européenne, réunis depuis lundi à Bruxelles, ont examiné le "
            "soutien militaire à l'Ukraine.")
    assert [d for d, _ in dates(analyse, body, "mercredi 14 février 2024")] == ["2024-02-12"]


def test_delegations_gathered_since_tuesday(analyse):
    body = ("Les délégations russe et américaine, réunies depuis mardi à Genève, ont achevé leurs discussions "
            "sur la stabilité stratégique.")
    assert [d for d, _ in dates(analyse, body, "jeudi 18 avril 2024")] == ["2024-04-16"]


def test_g7_ministers_gathered_since_saturday(analyse):
    body = ("Les ministres des Affaires étrangères du G7, réunis depuis samedi à Karuizawa, ont condamné les "
            "menaces nucléaires russes.")
    assert [d for d, _ in dates(analyse, body, "mardi 18 avril 2023")] == ["2023-04-15"]


def test_chiefs_of_defence_gathered_since_wednesday(analyse):
    body = ("Les chefs d'état-major des armées de l'AES, réunis depuis mercredi à Niamey, ont validé le concept "
            "d'opération de la force unifiée.")
    assert [d for d, _ in dates(analyse, body, "vendredi 8 mars 2024")] == ["2024-03-06"]


def test_a_date_after_since_on_another_noun_is_not_the_meetings(analyse):
    # counter-example: `depuis sa prise de fonctions, le 20 mai` dates the taking of office, not the visit
    body = ("Le ministre des Armées Sébastien Lecornu a effectué mardi à Niamey sa première visite depuis sa prise "
            "de fonctions, le 20 mai, et a rencontré le général Salifou Mody.")
    assert {d for d, _ in dates(analyse, body, "jeudi 14 septembre 2023")} == {"2023-09-12"}


def test_on_a_visit_since_monday_received_on_wednesday(analyse):
    # counter-example: the reception names its own day
    body = ("Le général Thierry Burkhard, en visite depuis lundi en Côte d'Ivoire, a été reçu mercredi par le "
            "président Alassane Ouattara.")
    assert [d for d, _ in dates(analyse, body, "jeudi 9 mars 2023")] == ["2023-03-08"]
