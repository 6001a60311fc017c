"""Round 13 of officials and quote speakers, on sentences of our own: the demonym of a second title
joined by `et` gives the country; `ministre fédéral` with its demonym inside; a present participle inside a
ministry's title keeps the description before the name (a past participle does not); a bare title gives way
to the same title with its complement; `commandant pour <place>` is a role; a quotation followed by
`tandis que Y a dit` is not Y's. Each with a counter-example."""

from __future__ import annotations

HEADER = "Actualités de la défense\n\n"


def run(analyse, text: str):
    return analyse(HEADER + text)


def person(doc, key: str) -> dict | None:
    return next((o for o in doc._.officials if o["key"].endswith(key)), None)


def role(p: dict) -> str:
    return p.get("role_as_written") or p["role"]


def speaker_of(doc, words: str) -> str:
    return next(q["speaker_key"] for q in doc._.quotes if words in q["quote"])


def test_demonym_of_a_second_title_gives_the_country(analyse):
    doc = run(analyse, "Le chancelier a reçu Jan Nowak, vice-Premier ministre et ministre polonais de "
                       "l'Intérieur, mardi à Berlin.")
    assert person(doc, "nowak")["country"] == "Pologne"
    doc = run(analyse, "Le secrétaire d'État et ministre norvégien des Affaires étrangères, Ole Hansen, "
                       "a rencontré mardi son homologue.")
    assert person(doc, "hansen")["country"] == "Norvège"


def test_no_second_title_no_country(analyse):
    doc = run(analyse, "Le chancelier a reçu Jan Nowak, vice-Premier ministre, mardi à Berlin.")
    assert person(doc, "nowak")["country"] == ""


def test_federal_minister_with_a_demonym_inside(analyse):
    doc = run(analyse, "Le ministre a reçu Karl Weber, ministre fédéral autrichien de la Défense, à Paris.")
    p = person(doc, "weber")
    assert role(p) == "ministre fédéral de la Défense" and p["country"] == "Autriche"


def test_present_participle_inside_a_ministry_title(analyse):
    doc = run(analyse, "La délégation doit s'entretenir jeudi avec le ministre des Affaires étrangères, de la "
                       "Coopération et des Tunisiens résidant à l'étranger, M. Karim Ben Salah, avant de repartir.")
    assert person(doc, "salah")["role"] == "ministre des Affaires étrangères"


def test_past_participle_ends_the_description(analyse):
    doc = run(analyse, "Défense : le commandant de la flotte reçu à Tunis par Karim Ben Salah et le chef "
                       "d'état-major.")
    p = person(doc, "salah")
    assert p is None or p["role"] == ""


def test_bare_title_gives_way_to_its_complement(analyse):
    doc = run(analyse, "Le directeur Paul Martin visite la base.\n\nLe directeur de la Sécurité civile, Paul "
                       "Martin, a inspecté mardi les équipes.")
    p = person(doc, "martin")
    assert p["role"] == "directeur" and p["organisation"] == "Sécurité civile"


def test_bare_title_kept_against_another_title(analyse):
    doc = run(analyse, "Le directeur Paul Martin visite la base.\n\nLe préfet de la Gironde, Paul Martin, a "
                       "inspecté mardi les équipes.")
    assert person(doc, "martin")["role"] == "directeur"


def test_commandant_for_a_region_is_a_role(analyse):
    doc = run(analyse, "Le général Marc Dufresne, commandant pour l'Europe, a estimé que tout allait bien.")
    p = person(doc, "dufresne")
    assert p["rank"] == "général" and role(p) == "commandant pour l'Europe"


def test_commandant_before_a_name_is_a_rank(analyse):
    doc = run(analyse, "Le commandant Marc Dufresne a estimé que tout allait bien.")
    p = person(doc, "dufresne")
    assert p["rank"] == "commandant" and p["role"] == ""


def test_quotation_before_a_new_clause_is_not_its_speakers(analyse):
    doc = run(analyse, "Karl Weber a pour sa part insisté sur la nécessité de « produire plus et plus vite », "
                       "tandis que Jan Nowak a souligné que la sécurité « commence à l'Est ».")
    assert speaker_of(doc, "produire plus") == "weber"
    assert speaker_of(doc, "commence") == "nowak"


def test_incise_after_a_quotation_is_its_speakers(analyse):
    doc = run(analyse, "Le ministre a salué « un partenariat solide et durable », a souligné Jan Nowak.")
    assert speaker_of(doc, "partenariat") == "nowak"
