"""The grammar of institutional names (rules/institutions.yml), round 2 of issue #10 section 5.

Each behaviour has its counter-example. All sentences are written for these tests.
"""

from __future__ import annotations

HEADER = "Actualités de la défense\n\n"


def orgs(doc) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "ORG"]


def test_an_acronym_in_brackets_marks_a_name(analyse):
    doc = analyse(HEADER + "Le navire rejoindra la force de soutien logistique (FSLN) dès le printemps.")
    assert "force de soutien logistique" in orgs(doc)


def test_a_force_without_mark_is_no_name(analyse):
    """Counter-example: `la force de frappe` names no body."""
    doc = analyse(HEADER + "Le ministre a rappelé que la force de frappe reste le pilier de la dissuasion.")
    assert not [o for o in orgs(doc) if o.startswith("force")]


def test_a_name_apposed_to_the_head(analyse):
    doc = analyse(HEADER + "Un hélicoptère aux couleurs de la composante Air était posé à Florennes.")
    assert "composante Air" in orgs(doc)


def test_an_ordinal_names_a_unit_without_complement(analyse):
    doc = analyse(HEADER + "Les pilotes de la 3e Escadre ont rejoint la base la semaine dernière.")
    assert "3e Escadre" in orgs(doc)


def test_a_hyphenated_demonym_of_two_countries(analyse):
    doc = analyse(HEADER + "Le Conseil consultatif de sécurité germano-polonais s'est réuni à Varsovie.")
    assert "Conseil consultatif de sécurité germano-polonais" in orgs(doc)


def test_a_prefix_is_no_country(analyse):
    """Counter-example: `pro-russe` is an opinion, not a body of two countries."""
    doc = analyse(HEADER + "Un groupe pro-russe a manifesté devant le parlement.")
    assert not [o for o in orgs(doc) if o.startswith("groupe")]


def test_a_ministry_keeps_its_coordinated_portfolios(analyse):
    doc = analyse(HEADER + "Le ministère de la Défense et des Anciens combattants a publié un communiqué.")
    assert "ministère de la Défense et des Anciens combattants" in orgs(doc)


def test_a_coordinated_thing_with_its_own_name_is_another(analyse):
    """Counter-example: `et du fabricant Dassault` brings in another body."""
    doc = analyse(HEADER + "Des représentants de la Direction du matériel et du fabricant Dassault Aviation "
                           "étaient présents.")
    assert "Direction du matériel" in orgs(doc)
    assert not [o for o in orgs(doc) if "fabricant" in o]


def test_a_generic_ministry_is_kept_as_written(analyse):
    doc = analyse(HEADER + "Selon un communiqué du ministère de la Défense nationale, la visite a duré deux jours.")
    found = [(e.text, e._.normalized) for e in doc.ents if e.label_ == "ORG"]
    assert ("ministère de la Défense nationale", "ministère de la Défense nationale") in found


def test_a_direction_named_by_its_director(analyse):
    doc = analyse(HEADER + "Le colonel Paul Remy, directeur des ressources humaines de l'armée de Terre, a été "
                           "entendu. La direction des ressources humaines prépare le plan annuel.")
    assert "direction des ressources humaines" in orgs(doc)


def test_a_direction_with_no_director_is_no_body(analyse):
    """Counter-example: `la direction des opérations` where nobody is its director."""
    doc = analyse(HEADER + "Le général a pris la direction des opérations aériennes au printemps.")
    assert not [o for o in orgs(doc) if o.startswith("direction")]


def test_a_country_after_en_closes_a_marked_name(analyse):
    doc = analyse(HEADER + "L'Espagne dirige le groupement tactique multinational de l'OTAN en Slovaquie.")
    assert "groupement tactique multinational de l'OTAN en Slovaquie" in orgs(doc)


def test_a_national_army_after_a_role(analyse):
    doc = analyse(HEADER + "Il a été reçu par le chef de l'Armée autrichienne, le général Rudolf Stern.")
    person = [o for o in doc._.officials if o["name"].endswith("Stern")][0]
    assert person["organisation"] == "Armée autrichienne"


def test_a_role_keeps_its_own_complement(analyse):
    """Counter-example: in `chef d'état-major de l'armée de Terre` the role takes the `de`-phrase."""
    doc = analyse(HEADER + "Le chef d'état-major de l'armée de Terre, le général Marc Dubois, a parlé.")
    assert not [o for o in orgs(doc) if o.startswith("état-major")]


def test_a_demonym_after_a_de_phrase_qualifies_the_name(analyse):
    doc = analyse(HEADER + "Les appareils ont été livrés à l'armée de l'air égyptienne en mars.")
    assert "armée de l'air égyptienne" in orgs(doc)


# -- spurious organisations: machines named in the text --------------------------------------------

def test_a_named_machine_is_no_organisation(analyse):
    doc = analyse(HEADER + "Le pays a commandé 24 avions de combat Gripen. Les premiers Gripen seront livrés en "
                           "2026, et 12 Gripen suivront.")
    assert not [o for o in orgs(doc) if "Gripen" in o]


def test_a_ship_named_like_a_person_is_no_person(analyse):
    doc = analyse(HEADER + "Le groupe naval réunit le porte-avions Jean Bart et deux frégates. Le contre-amiral "
                           "Luc Morel a accueilli à bord du Jean Bart le chef de la marine locale.")
    assert not [o for o in doc._.officials if o["name"] == "Jean Bart"]


def test_a_counted_thing_is_counted_not_an_organisation(analyse):
    """Counter-example: a year before a name counts nothing (`en 2016 Airbus`)."""
    doc = analyse(HEADER + "Créée en 1970, Airbus a livré ses premiers avions à la marine locale.")
    assert "Airbus" in orgs(doc)


# -- acronyms defined in the text -------------------------------------------------------------------

def test_an_acronym_defined_in_the_text_beats_the_lists(analyse):
    doc = analyse(HEADER + "Le chef d'état-major a rencontré les responsables du ministère de la Défense nationale "
                           "(MDN) à Alger. Le MDN a publié un communiqué.")
    values = {e._.normalized for e in doc.ents if e.text == "MDN"}
    assert values == {"ministère de la Défense nationale"}


def test_a_plural_head_in_lower_case_is_a_kind_of_units(analyse):
    """Counter-example to `4e Escadre`: `des escadrons de Mirage de l'armée de l'Air` name no one unit."""
    doc = analyse(HEADER + "Plusieurs escadrons de Mirage de l'armée de l'Air ont participé à l'exercice.")
    assert not [o for o in orgs(doc) if o.startswith("escadrons")]


def test_a_participle_after_an_adjective_belongs_to_the_name(analyse):
    doc = analyse(HEADER + "Les soldats du groupement tactique multinational de présence avancée renforcée de "
                           "l'OTAN en Estonie ont défilé.")
    assert "groupement tactique multinational de présence avancée renforcée de l'OTAN en Estonie" in orgs(doc)


def test_a_verb_tagged_as_a_participle_ends_the_name(analyse):
    """Counter-example: `recrute` after `militaires` is the verb of the sentence, not part of the name."""
    doc = analyse(HEADER + "Le colonel Paul Remy est directeur des personnels civils de la marine. La direction "
                           "des personnels civils recrute et forme les agents.")
    assert "direction des personnels civils" in orgs(doc)


def test_a_capitalised_head_with_a_compound_place(analyse):
    doc = analyse(HEADER + "Le navire a fait escale au Port autonome de Pointe-Noire la semaine dernière.")
    assert "Port autonome de Pointe-Noire" in orgs(doc)


def test_a_national_union(analyse):
    doc = analyse(HEADER + "Le député, président de l'Union suisse des arts et métiers, a voté contre le texte.")
    assert "Union suisse des arts et métiers" in orgs(doc)


# -- spurious names of the model ---------------------------------------------------------------------

def test_a_verb_opening_a_sentence_is_no_organisation(analyse):
    doc = analyse(HEADER + "Le navire a quitté Brest. Parti de Brest le 3 mars, il a rejoint Djibouti.")
    assert not [o for o in orgs(doc) if o.startswith("Parti")]


def test_a_word_after_an_article_is_no_person(analyse):
    """`président de la Transition`: a person's name takes no article."""
    doc = analyse(HEADER + "Le Président du Faso, Président de la Transition, le capitaine Ali Sawadogo, a reçu "
                           "le ministre.")
    assert not [o for o in doc._.officials if o["name"] == "Transition"]
    assert [o for o in doc._.officials if o["name"].endswith("Sawadogo")]


def test_a_region_adjective_makes_no_national_body(analyse):
    """Counter-example to `armée de Terre italienne`: an `OTAN asiatique` is a likeness, not a body."""
    doc = analyse(HEADER + "Pékin dénonce la création d'une OTAN asiatique dans le Pacifique.")
    assert "OTAN asiatique" not in orgs(doc)


def test_a_kind_then_a_demonym_names_a_branch(analyse):
    doc = analyse(HEADER + "Les Forces aériennes danoises ont décollé hier. "
                           "Les forces navales grecques ont rejoint le port.")
    assert "Forces aériennes danoises" in orgs(doc) and "forces navales grecques" in orgs(doc)


def test_a_demonym_without_a_kind_names_no_branch(analyse):
    """Counter-example: `les forces italiennes` are a country's troops, no named body."""
    doc = analyse(HEADER + "Les forces italiennes ont quitté la région au printemps.")
    assert not [o for o in orgs(doc) if o.lower().startswith("forces")]


def test_a_unit_of_several_nations_with_its_mission(analyse):
    doc = analyse(HEADER + "Le traité crée un régiment binational de génie dès la rentrée.")
    assert "régiment binational de génie" in orgs(doc)


def test_a_unit_of_several_nations_alone_is_a_kind(analyse):
    """Counter-example: without a `de`-phrase the adjective names a kind of unit."""
    doc = analyse(HEADER + "Chaque pays fournit un régiment binational au dispositif.")
    assert not [o for o in orgs(doc) if o.startswith("régiment")]
