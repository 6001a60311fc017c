"""Organisations and their members (issue #10, round 11): the chair of a committee's sitting, a role in
apposition over a phrase of capacity (`en sa qualité de`), a leader's title set right after a head
(`comité directeur`). The sentences are written for these tests; each behaviour has its counter-example."""

from __future__ import annotations

from conftest import page


def rows(analyse, text: str) -> dict[str, list[dict]]:
    from pipeline.run.export import doc_rows

    return doc_rows(analyse(page(text)))


def org_names(analyse, text: str) -> dict[str, str]:
    return {r["text"]: r["normalized"] for r in rows(analyse, text)["entities"] if r["label"] == "ORG"}


def members(analyse, text: str) -> set[tuple[str, str]]:
    return {(r["subject"], r["object"].lower()) for r in rows(analyse, text)["relations"]
            if r["relation"] == "MEMBER_OF"}


def part_of(analyse, text: str) -> set[tuple[str, str]]:
    return {(r["subject"], r["object"]) for r in rows(analyse, text)["relations"] if r["relation"] == "PART_OF"}


# the chair of a sitting

MINUTES = ("Commission des finances, de l'économie générale et du contrôle budgétaire\n\n"
           "Présidence de M. Arnaud Delorme, président\n\n"
           "M. le président Arnaud Delorme. Madame la directrice, je vous remercie d'être venue devant notre "
           "commission pour présenter le budget de la gendarmerie.\n")


def test_the_chair_of_a_sitting_belongs_to_the_committee_that_says_notre_commission(analyse):
    assert any(who == "Arnaud Delorme" and body.startswith("commission des finances")
               for who, body in members(analyse, MINUTES))


def test_a_president_with_no_notre_commission_joins_no_committee(analyse):
    """Counter-example: a bare `président` in a story that names a committee but is not its minutes."""
    text = ("Le président Arnaud Delorme a reçu mardi les syndicats. La commission des finances de l'Assemblée "
            "nationale examinera le texte la semaine prochaine.\n")
    assert not any(who == "Arnaud Delorme" and "commission" in body for who, body in members(analyse, text))


def test_a_committee_chaired_by_another_is_not_the_chairs(analyse):
    """Counter-example: `notre commission` where the only committee named is led by someone else."""
    text = ("Présidence de M. Arnaud Delorme, président\n\n"
            "M. le président Arnaud Delorme. Notre commission vous entend aujourd'hui. La commission de la défense "
            "nationale et des forces armées, présidée par notre collègue Paul Marchand, vous a déjà reçu.\n")
    assert not any(who == "Arnaud Delorme" and "défense" in body for who, body in members(analyse, text))


# a phrase of capacity

def test_a_role_after_en_sa_qualite_de_makes_a_member_of_the_body(analyse):
    text = ("L'Office européen de police (Europol) a tenu sa réunion à La Haye. La séance s'est tenue sous la "
            "présidence de Mme Ilse Varga, en sa qualité de directrice de l'Office.\n")
    assert ("Ilse Varga", "europol") in members(analyse, text)  # `l'Office`: the body named before


def test_a_capacity_phrase_with_no_body_after_the_role_links_nothing(analyse):
    """Counter-example: `en sa qualité de directrice` with no `de`-body after it."""
    text = ("L'Agence européenne de défense a tenu sa réunion à Bruxelles, sous la présidence de Mme Ilse Varga, "
            "en sa qualité de directrice, puis de M. Karl Weber.\n")
    assert not any(who == "Ilse Varga" for who, _ in members(analyse, text))


# a leader's title right after a head

def test_a_leaders_title_after_a_head_is_part_of_the_name(analyse):
    text = "Le conseil directeur de l'Agence européenne de défense s'est réuni jeudi à Bruxelles.\n"
    names = org_names(analyse, text)
    assert "conseil directeur de l'Agence européenne de défense" in names
    assert ("conseil directeur de l'Agence européenne de défense", "Agence européenne de défense") \
        in part_of(analyse, text)


def test_a_title_after_a_comma_is_the_role_of_a_person(analyse):
    """Counter-example: `le comité, directeur` is no name; nor `comité directeur` with nothing after it."""
    text = ("Le comité s'est réuni. M. Karl Weber, directeur de l'Agence européenne de défense, a présenté "
            "le rapport au comité directeur.\n")
    names = org_names(analyse, text)
    assert not any(n.startswith("comité directeur") for n in names)
    assert ("Karl Weber", "agence européenne de défense") in members(analyse, text)


# a definite article and the first word of a body named before

def test_a_capitalised_word_after_a_definite_article_is_the_body_named_before(analyse):
    text = ("L'Agence nationale de la sécurité des systèmes d'information a publié son rapport. Selon l'Agence, "
            "les attaques ont augmenté de dix pour cent.\n")
    names = org_names(analyse, text)
    assert names.get("Agence") == "Agence nationale de la sécurité des systèmes d'information"


def test_a_lower_case_word_or_a_longer_name_is_not_the_body_named_before(analyse):
    """Counter-example: `l'agence` in lower case is any agency; `l'Agence France-Presse` another name."""
    text = ("L'Agence nationale de la sécurité des systèmes d'information a publié son rapport. Le président "
            "l'a lu à l'agence, puis l'a remis à l'Agence France-Presse.\n")
    names = org_names(analyse, text)
    assert "agence" not in names and "Agence" not in names


# a body of the lists inside a longer name

def test_a_listed_body_in_the_last_de_phrase_of_a_name_is_a_mention_of_its_own(analyse):
    text = "Le groupe de travail de la Ligue arabe s'est réuni au Caire.\n"
    entities = [r for r in rows(analyse, text)["entities"] if r["label"] == "ORG"]
    assert any(r["normalized"] == "Ligue arabe" for r in entities)  # the Ligue des États arabes as written
    assert any(r["text"].startswith("groupe de travail") for r in entities)


def test_a_generic_body_inside_a_name_is_no_mention(analyse):
    """Counter-example: `forces armées` in a longer name names no one in particular."""
    text = "Le centre de formation des forces armées a ouvert ses portes à Bamako.\n"
    entities = [r for r in rows(analyse, text)["entities"] if r["label"] == "ORG"]
    assert not any(r["source"].endswith("+inside") for r in entities)
