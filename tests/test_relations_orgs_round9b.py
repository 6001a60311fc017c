"""Relations and organisations (issue #10, round 9b): a sub-body's parent, a leading participle past an
aside, spurious organisations (a quoted plan, a heading line). The sentences are written for these
tests; each behaviour has its counter-example."""

from __future__ import annotations

from conftest import page


def rows(analyse, text: str) -> dict[str, list[dict]]:
    from pipeline.run.export import doc_rows

    return doc_rows(analyse(page(text)))


def relations(analyse, text: str) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["relation"], r["object"]) for r in rows(analyse, text)["relations"]}


def org_names(analyse, text: str) -> set[str]:
    return {r["text"] for r in rows(analyse, text)["entities"] if r["label"] == "ORG"}


def test_a_member_of_a_sub_body_is_a_member_of_its_parent(analyse):
    text = ("Le 3 mai, le vice-amiral Paul Durand a reçu à bord le commandant de la flotte du Sud de la "
            "marine brésilienne, le contre-amiral Joao Ribeiro Santos.\n")
    found = relations(analyse, text)
    assert ("Joao Ribeiro Santos", "MEMBER_OF", "marine brésilienne") in found
    assert ("flotte du Sud", "PART_OF", "marine brésilienne") in found


def test_a_sub_body_alone_names_no_parent(analyse):
    """Counter-example: no `de` + body after the sub-body, no parent is stated."""
    text = ("Le 3 mai, le vice-amiral Paul Durand a reçu à bord le commandant de la flotte du Sud, "
            "le contre-amiral Joao Ribeiro Santos.\n")
    found = relations(analyse, text)
    assert not any(r == "PART_OF" and s == "flotte du Sud" for s, r, _ in found)
    assert not any(s == "Joao Ribeiro Santos" and "marine" in o for s, r, o in found if r == "MEMBER_OF")


def test_a_participle_past_an_aside_names_the_leader(analyse):
    text = ("Les chars viennent de la 11e brigade blindée, de Nîmes, commandée par le général Louis Marchetti. "
            "Ils ont rejoint la Pologne lundi.\n")
    assert ("Louis Marchetti", "MEMBER_OF", "11e brigade blindée") in relations(analyse, text)


def test_a_participle_of_the_aside_names_no_leader(analyse):
    """Counter-example: the participle leads another verb's clause (a finite verb comes first)."""
    text = ("Les chars viennent de la 11e brigade blindée, qui a quitté Nîmes, escortée par le général "
            "Louis Marchetti. Ils ont rejoint la Pologne lundi.\n")
    assert ("Louis Marchetti", "MEMBER_OF", "11e brigade blindée") not in relations(analyse, text)


def test_a_quoted_title_with_a_year_is_no_body(analyse):
    text = "Les ministres ont discuté du programme « Horizon 2040 » et de son financement par les États.\n"
    assert "Horizon" not in org_names(analyse, text)


def test_a_quoted_body_name_stays_a_body(analyse):
    """Counter-example: a quoted name with no year after it is not a plan's title."""
    text = "Les ministres ont salué le travail de la Fondation « Europa Nostra » et de ses bénévoles.\n"
    assert any(n.startswith("Fondation") or n.startswith("Europa") for n in org_names(analyse, text))


def test_a_heading_of_common_words_is_no_body(analyse):
    text = ("Les ministres se sont réunis à Vienne le 4 juin 2025.\n\nCompte rendu de la séance\n\n"
            "Ils ont adopté trois textes.\n")
    assert not any(n.startswith("Compte rendu") for n in org_names(analyse, text))


def test_a_heading_naming_a_council_stays_a_body(analyse):
    """Counter-example: a heading opened by a head of the institution grammar may name a body."""
    text = ("Les ministres se sont réunis à Vienne le 4 juin 2025.\n\nCommission des affaires maritimes\n\n"
            "Ils ont adopté trois textes.\n")
    assert any(n.startswith("Commission des affaires") for n in org_names(analyse, text))
