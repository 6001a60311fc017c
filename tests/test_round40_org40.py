"""An official's organisation and the organisations table, round 40: texts of our own, each behaviour with a
counter-example."""

from __future__ import annotations

from conftest import page


def organisation_of(analyse, body: str, last_name: str) -> str:
    doc = analyse(page(body))
    found = [p["organisation"] for p in doc._.officials if p["name"].endswith(last_name)]
    assert found, f"{last_name} is no official"
    return found[0]


def orgs(analyse, body: str) -> list[str]:
    return [e.text for e in analyse(page(body)).ents if e.label_ == "ORG"]


# -- `le président de cette institution, X`: a demonstrative complement refers back to a body named before ----

def test_a_demonstrative_body_noun_refers_back_to_the_body_named_before_in_the_sentence(analyse):
    assert organisation_of(analyse, "Le chef de l'État a prêté serment devant la Cour constitutionnelle, lors d'une "
                                    "audience dirigée par le président de cette institution, Paul Sawadogo.",
                           "Sawadogo") == "Cour constitutionnelle"


def test_a_demonstrative_body_noun_refers_back_over_a_sentence(analyse):
    assert organisation_of(analyse, "Le texte a été transmis mardi à la Cour suprême. Le premier président de cette "
                                    "juridiction, Jean Kaboré, a promis un examen rapide.", "Kaboré") == "Cour suprême"


def test_a_demonstrative_head_noun_refers_back_to_the_body_of_that_head(analyse):
    assert organisation_of(analyse, "Le rapport de la Commission de la défense a été publié mardi. Selon la "
                                    "présidente de cette commission, Anne Dupuis, il sera débattu jeudi.",
                           "Dupuis") == "Commission de la défense"


def test_a_demonstrative_of_no_body_names_none(analyse):
    # `ce pays` names no body: the Cour suprême named before is not his
    assert organisation_of(analyse, "Le texte a été transmis mardi à la Cour suprême. Le président de ce pays, "
                                    "Jean Kaboré, a promis un examen rapide.", "Kaboré") == ""


def test_a_demonstrative_head_noun_skips_a_body_of_another_head(analyse):
    # `cette commission`: the Cour suprême named before has another head
    assert organisation_of(analyse, "Le texte a été transmis mardi à la Cour suprême. Le président de cette "
                                    "commission, Jean Kaboré, a promis un examen rapide.", "Kaboré") == ""


# -- `l'Assemblée des représentants du peuple (ARP)`: a house of a parliament named with its capital ---------

def test_a_capitalised_assembly_with_its_complement_is_a_body(analyse):
    found = orgs(analyse, "Le texte a été adopté jeudi au siège de l'Assemblée des représentants du peuple (ARP), "
                          "en présence de nombreux députés.")
    assert "Assemblée des représentants du peuple" in found and "ARP" in found


def test_the_chair_of_an_assembly_named_by_its_acronym_belongs_to_it(analyse):
    assert organisation_of(analyse, "Les députés de l'Assemblée législative de transition (ALT) ont voté la loi, "
                                    "a indiqué le président de l'ALT, Youssouf Diallo.",
                           "Diallo") == "Assemblée législative de transition"


def test_an_assembly_without_its_capital_is_no_body(analyse):
    found = orgs(analyse, "Le texte a été présenté jeudi devant l'assemblée des actionnaires du groupe, "
                          "réunie à Paris.")
    assert not any(o.lower().startswith("assemblée") for o in found)


# -- `la Défense belge`: a country's ministry named by its portfolio and demonym is its chief's ---------------

def test_a_chief_of_the_portfolio_belongs_to_his_country_s_defence_named_with_its_demonym(analyse):
    assert organisation_of(analyse, "Le général Frederik Vansina, chef de la Défense, a accueilli les appareils à "
                                    "Florennes, a fait savoir la Défense belge.", "Vansina") == "Défense belge"


def test_a_minister_of_the_portfolio_belongs_to_his_country_s_defence_named_with_its_demonym(analyse):
    assert organisation_of(analyse, "La ministre luxembourgeoise de la Défense, Yuriko Backes, a visité la caserne. "
                                    "Le projet est une priorité de la Défense luxembourgeoise.",
                           "Backes") == "Défense luxembourgeoise"


def test_a_minister_of_another_country_is_not_of_the_defence_named_with_a_demonym(analyse):
    assert organisation_of(analyse, "Le ministre belge de la Défense, Theo Francken, a rencontré son homologue à "
                                    "Bruxelles, a indiqué la Défense luxembourgeoise.", "Francken") == ""


# -- `du ministère et de nombreux cadres de la Défense`: `et` right after a head joins another thing ---------

def test_a_head_followed_at_once_by_et_names_no_body_with_what_follows(analyse):
    found = orgs(analyse, "Le ministre a salué mardi à Niamey les agents du ministère et des services de la "
                          "Sécurité.")
    assert not any(o.startswith("ministère et") for o in found)


def test_a_head_followed_at_once_by_et_de_names_no_body_with_what_follows(analyse):
    found = orgs(analyse, "Le secrétaire général du ministère et de nombreux cadres de la Sécurité étaient présents.")
    assert not any(o.startswith("ministère et") for o in found)


def test_portfolios_joined_by_et_after_a_complement_stay_one_ministry(analyse):
    found = orgs(analyse, "Le secrétaire général du ministère de la Défense et des Anciens combattants était présent.")
    assert "ministère de la Défense et des Anciens combattants" in found


# -- `le chef de l'armement, X`: the Swiss head of procurement leads armasuisse ----------------------------

def test_the_chief_of_armament_belongs_to_armasuisse(analyse):
    assert organisation_of(analyse, "Le chef de l'armement, Urs Loher, a signé mardi à Berne le contrat des "
                                    "nouveaux avions.", "Loher") == "armasuisse"


def test_the_chief_of_the_army_is_not_of_armasuisse(analyse):
    assert organisation_of(analyse, "Le chef de l'Armée suisse, le commandant de corps Urs Loher, a signé mardi à "
                                    "Berne le contrat des nouveaux avions.", "Loher") == "Armée suisse"


# -- `nos forces de défense` in a president's words: a plural possessive names no sitting body he chairs -----

def members(analyse, body: str) -> set[tuple[str, str]]:
    from pipeline.run.export import doc_rows

    return {(r["subject"], r["object"].lower()) for r in doc_rows(analyse(page(body)))["relations"]
            if r["relation"] == "MEMBER_OF"}


def test_a_president_speaking_of_our_forces_is_no_member_of_them(analyse):
    text = ("Le président Paul Amegan a prêté serment samedi à Lomé. Les Forces de défense et de sécurité ont défilé "
            "devant lui. « Nous bâtirons la paix avec nos forces de défense et avec chaque citoyen », a déclaré le "
            "président Paul Amegan.")
    assert not any(who == "Paul Amegan" for who, _ in members(analyse, text))


def test_the_chair_of_a_sitting_still_belongs_to_the_committee_that_says_notre_commission(analyse):
    text = ("Commission des finances et du budget\n\nPrésidence de M. Paul Amegan, président\n\n"
            "M. le président Paul Amegan. Madame la ministre, je vous remercie d'être venue devant notre commission "
            "pour présenter le budget des armées.")
    assert any(who == "Paul Amegan" and body.startswith("commission des finances")
               for who, body in members(analyse, text))
