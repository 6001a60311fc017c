"""Organisations as entities (issue #10 sections 2 and 5, round 5): furniture words, bases and units the
grammar reads, gatherings, portfolios, role acronyms, machines and words cut at a slash. Each behaviour
has its counter-example; all sentences are written for these tests."""

from __future__ import annotations

HEADER = "Actualités de la défense\n\n"


def org_texts(analyse, text: str) -> list[str]:
    from pipeline.run.export import doc_rows

    rows = doc_rows(analyse(HEADER + text))["entities"]
    return [r["text"] for r in rows if r["label"] == "ORG"]


STORY = "Le ministre a visité jeudi les installations du 12e régiment de cuirassiers à Olivet.\n\n"


def test_a_related_articles_block_yields_no_entity(analyse):
    text = STORY + "À lire également\n- La composante Terre reçoit ses premiers blindés\n"
    assert not any("composante" in o for o in org_texts(analyse, text))


def test_a_credit_without_colon_and_a_text_credit_yield_no_entity(analyse):
    text = ("Photo Le Courrier /J.M. - Les cavaliers du régiment lors de la revue.\n\n" + STORY
            + "Texte : Cellule Communication Terre\n")
    orgs = org_texts(analyse, text)
    assert "Courrier" not in orgs and not any("Cellule" in o for o in orgs)


def test_a_categories_line_yields_no_entity(analyse):
    text = STORY + "Catégories : Forces navales, Opérations extérieures\n"
    assert "Forces navales" not in org_texts(analyse, text)


def test_a_story_line_stays_read(analyse):
    """Counter-example: the story's own sentences keep their organisations."""
    assert any(o.startswith("12e régiment") for o in org_texts(analyse, STORY))


def test_a_numbered_air_base_is_a_body(analyse):
    text = "Les abords de la base aérienne 126 ont été bouclés dès l'aube par la gendarmerie."
    assert any(o.startswith("base aérienne 126") for o in org_texts(analyse, text))


def test_a_base_after_a_place_preposition_is_left_to_the_meeting_frames(analyse):
    """Counter-example: `sur la base aérienne de Solenzara` is where the meeting takes place (a base named by
    its number, `sur la base aérienne 126`, names the unit wherever it stands: round 21)."""
    text = "Le ministre a reçu son homologue sur la base aérienne de Solenzara le 4 mai 2023."
    assert not any(o.startswith("base aérienne") for o in org_texts(analyse, text))


def test_an_unnumbered_lower_case_base_is_a_place(analyse):
    """Counter-example: a base named by its town only is a place, no body."""
    text = "Les abords de la base aérienne de Solenzara ont été bouclés dès l'aube."
    assert not any(o.startswith("base aérienne") for o in org_texts(analyse, text))


def test_an_ordinal_wing_is_a_unit(analyse):
    text = "Le colonel a commandé le 2e Wing tactique de Florennes avant de rejoindre l'état-major."
    assert any(o.startswith("2e Wing tactique") for o in org_texts(analyse, text))


def test_a_force_en_attente_is_one_name(analyse):
    text = "Les chefs d'état-major ont examiné la relève des officiers de la Force en attente de la CEDEAO."
    assert any(o.startswith("Force en attente de la CEDEAO") for o in org_texts(analyse, text))


def test_a_forum_named_after_a_city_is_an_event(analyse):
    text = ("Dakar accueille les délégations. Le président a ouvert lundi le Forum international de Dakar "
            "en présence de nombreux ministres.")
    assert not any(o.startswith("Forum") for o in org_texts(analyse, text))


def test_a_conference_of_members_stays_a_body(analyse):
    """Counter-example: a gathering's noun with its members is a standing body."""
    text = "La Conférence des chefs d'État de l'organisation se réunira en session extraordinaire à Niamey."
    assert any(o.startswith("Conférence des chefs") for o in org_texts(analyse, text))


def test_a_ministers_portfolio_is_no_body(analyse):
    text = ("Le Premier ministre a reçu Jean Mbarga, ministre de l'Administration territoriale, "
            "pour préparer la réunion de la commission mixte.")
    assert "Administration territoriale" not in org_texts(analyse, text)


def test_a_directors_body_stays_one(analyse):
    """Counter-example: after a director's title, the capitalised name is the body he leads."""
    text = ("La cérémonie s'est tenue en présence du directeur général de la Police fédérale, "
            "Marc Dupont, et de plusieurs élus.")
    assert any(o.startswith("Police fédérale") for o in org_texts(analyse, text))


def test_an_acronym_before_a_persons_name_is_a_title(analyse):
    text = ("Le VPM de la Défense Jean-Pierre Lukusa a visité le front. Le VPM a ensuite présidé "
            "une réunion de sécurité à Beni.")
    assert "VPM" not in org_texts(analyse, text)


def test_a_body_acronym_before_a_persons_name_stays_a_body(analyse):
    """Counter-example: after `de`, the acronym is the body of the person's title."""
    text = "Le secrétaire général de l'OTAN Mark Rutte a salué l'effort des Alliés."
    assert "OTAN" in org_texts(analyse, text)


def test_a_machine_counted_by_un_is_no_body(analyse):
    text = ("Rome livrera d'ici l'été un SAMP/T à Kiev. Le SAMP/T protège les villes contre les missiles "
            "balistiques.")
    assert not any(o.startswith("SAMP") for o in org_texts(analyse, text))


def test_an_ordinal_acronym_keeps_its_ordinal(analyse):
    text = "Le général Lambert, qui commande la 9e BIMa, a accueilli le ministre à Poitiers."
    orgs = org_texts(analyse, text)
    assert "BIMa" not in orgs or "9e BIMa" in orgs
