"""Lexicon: ranks, roles, organisations and demonyms from the rule files, as they end up in doc.ents.

Expected spans are written inline: <ent label='RANK' norm='contre-amiral'>contre-amiral</ent>. An
expected span must be an entity with exactly these offsets, this label and this normalized value:
as doc.ents never overlap, this also says that no shorter rule (`général` inside `général de corps
d'armée`) and no wrong model span (`Comité militaire de l'OTAN` as one organisation) won.

An inline attribute is quoted with `'`, so it cannot hold one: `’` in a `norm` stands for the straight
apostrophe the rule files write (`norm='chef d’état-major adjoint'` expects `chef d'état-major adjoint`).
"""

from __future__ import annotations

import pytest

from conftest import parse_inline

HEADER = "Actualités de la défense\n\n"

RANKS = {
    # army
    "army-general-corps-armee": "Le <ent label='RANK' norm='général de corps d’armée'>général de corps d'armée</ent> "
                                "Peter Devogelaere a pris le commandement du Corps européen à Strasbourg.",
    "army-general-brigade": "Le <ent label='RANK' norm='général de brigade'>général de brigade</ent> Paul Sanzey "
                            "commande la brigade franco-allemande.",
    "army-lieutenant-colonel": "Le <ent label='RANK' norm='lieutenant-colonel'>lieutenant-colonel</ent> Arnaud "
                               "commande le groupement tactique déployé à Tapa, en Estonie.",
    "army-colonel": "Le <ent label='RANK' norm='colonel'>colonel</ent> Pierre Gaudillière, porte-parole de "
                    "l'état-major des armées, a détaillé l'opération.",
    "army-capitaine": "Le <ent label='RANK' norm='capitaine'>capitaine</ent> Lefebvre a présenté les chars Leclerc "
                      "déployés en Roumanie.",
    "typographic-apostrophe": "Le <ent label='RANK' norm='général de corps d’armée'>général de corps d’armée</ent> "
                              "Bertrand Toujouse a présidé la cérémonie à Lille.",
    # air and space force
    "air-general-armee-aerienne": "Le <ent label='RANK' norm='général d’armée aérienne'>général d'armée aérienne"
                                  "</ent> Stéphane Mille a visité la base aérienne de Mont-de-Marsan.",
    "air-general-brigade-aerienne": "Le <ent label='RANK' norm='général de brigade aérienne'>général de brigade "
                                    "aérienne</ent> Vincent Breton commande la base aérienne d'Orléans.",
    # navy
    "navy-vice-amiral-escadre": "Le <ent label='RANK' norm='vice-amiral d’escadre'>vice-amiral d'escadre</ent> "
                                "Hervé Bléjean dirige l'État-major de l'Union européenne.",
    "navy-contre-amiral": "Le <ent label='RANK' norm='contre-amiral'>contre-amiral</ent> Jacques Fayard a pris la "
                          "tête du groupe aéronaval en Méditerranée orientale.",
    "navy-capitaine-vaisseau": "Le <ent label='RANK' norm='capitaine de vaisseau'>capitaine de vaisseau</ent> "
                               "Guillaume Pinget commande le porte-avions.",
    "navy-capitaine-fregate": "Le <ent label='RANK' norm='capitaine de frégate'>capitaine de frégate</ent> Jérôme "
                              "Henry, commandant de la frégate Languedoc, a détaillé les tirs en mer Rouge.",
    # gendarmerie
    "gendarmerie-general-division": "Au sein de la Gendarmerie nationale, le <ent label='RANK' "
                                    "norm='général de division'>général de division</ent> Olivier Kim commande "
                                    "la région de gendarmerie de Bretagne.",
}

ROLES = {
    "directeur-general": "Le <ent label='ROLE' norm='directeur général'>directeur général</ent> de la Gendarmerie "
                         "nationale a présenté le dispositif de sécurité des Jeux olympiques.",
    "directrice-generale": "La <ent label='ROLE' norm='directeur général'>directrice générale</ent> de la DGSE a "
                           "été auditionnée par les <ent label='ROLE' norm='sénateur'>sénateurs</ent>.",
    "chef-etat-major-adjoint": "Le <ent label='ROLE' norm='chef d’état-major adjoint'>chef d'état-major adjoint"
                               "</ent> du SHAPE a présenté les plans régionaux.",
    "vice-chef-etat-major": "Le <ent label='ROLE' norm='vice-chef d’état-major'>vice-chef d'état-major</ent> "
                            "de l'EMI a reçu les <ent label='ROLE' norm='attaché de défense'>"
                            "attachés de défense</ent>.",
    "secretaire-general": "Le <ent label='ROLE' norm='secrétaire général'>secrétaire général</ent> de l'OTAN, "
                          "Mark Rutte, s'est rendu à Kiev.",
    "haut-representant": "Le <ent label='ROLE' norm='haut représentant'>haut représentant</ent> de l'Union, Josep "
                         "Borrell, a présenté la boussole stratégique.",
    "attache-defense": "L'<ent label='ROLE' norm='attaché de défense'>attaché de défense</ent> près l'ambassade de "
                       "France à Varsovie a assisté à l'exercice.",
    "representant-militaire": "Le <ent label='ROLE' norm='représentant militaire'>représentant militaire</ent> de la "
                              "France auprès de l'OTAN a participé aux travaux.",
    "ministre-armees": "La <ent label='ROLE' norm='ministre des Armées'>ministre des Armées</ent>, Florence Parly, "
                       "s'est rendue à Niamey.",
    "cheffe-etat-major-adjointe": "La <ent label='ROLE' norm='chef d’état-major adjoint'>cheffe d'état-major "
                                  "adjointe</ent> de la Marine nationale a inauguré le centre.",
    "attaches-defense-plural": "Les <ent label='ROLE' norm='attaché de défense'>attachés de défense</ent> en poste à "
                               "Paris ont visité le camp de Mailly.",
    "chef-etat-major-armees-longest": "Le <ent label='ROLE' norm='chef d’état-major des armées'>chef d'état-major "
                                      "des armées</ent> a présenté ses vœux aux armées.",
}

ORGANISATIONS = {
    "acronym-emi": "Le vice-chef d'état-major de l'<ent label='ORG' norm='EMI'>"
                   "EMI</ent> a reçu les attachés de défense.",
    "acronym-shape": "La délégation s'est rendue au <ent label='ORG' norm='SHAPE'>SHAPE</ent>, à Mons.",
    "shape-long-form": "La délégation a visité le <ent label='ORG' norm='Grand Quartier général des puissances "
                       "alliées en Europe'>Grand Quartier général des puissances alliées en Europe</ent> à Mons.",
    "ema-name-and-acronym": "L'<ent label='ORG' norm='état-major des armées'>état-major des armées</ent> "
                            "(<ent label='ORG' norm='état-major des armées'>EMA</ent>) a publié un communiqué.",
    "acronym-dga": "La <ent label='ORG' norm='DGA'>DGA</ent> a notifié la commande "
                   "de quarante-deux Rafale.",
    "agence-europeenne-defense": "Les ministres ont confié une étude à l'<ent label='ORG' "
                                 "norm='Agence européenne de défense'>Agence européenne de défense</ent>.",
    "osce-long-form-not-cut": "Les représentants de l'<ent label='ORG' norm='Organisation pour la sécurité et la "
                              "coopération en Europe'>Organisation pour la sécurité et la coopération en Europe"
                              "</ent> se sont réunis à Vienne.",
    "osce-acronym": "Les observateurs de l'<ent label='ORG' norm='OSCE'>OSCE</ent> ont quitté le Donbass.",
    "comite-militaire-split-from-otan": "Le <ent label='ORG' norm='Comité militaire'>Comité militaire</ent> de l'"
                                        "<ent label='ORG' norm='OTAN'>OTAN</ent> s'est réuni à Bruxelles.",
    "division-securite-cooperative-not-cut": "Le général a été reçu par la <ent label='ORG' "
                                             "norm='Division Sécurité coopérative'>Division Sécurité coopérative</ent> "
                                             "de l'<ent label='ORG' norm='État-major militaire international'>"
                                             "État-major militaire international</ent>.",
    "commandement-allie-transformation": "Le <ent label='ORG' norm='Commandement allié Transformation'>Commandement "
                                         "allié Transformation</ent> a organisé un séminaire à Norfolk.",
    "division-de-l-emi": "La <ent label='ORG' norm='Division Sécurité coopérative'>Division Sécurité coopérative"
                         "</ent> de l'<ent label='ORG' norm='EMI'>EMI</ent> organise "
                         "les entretiens avec les pays partenaires.",
    "otan-lower-case-spelling": "Le sommet de l'<ent label='ORG' norm='OTAN'>Otan</ent> s'ouvre à Vilnius.",
    "alliance-capitalised": "Les Alliés ont réaffirmé l'unité de l'<ent label='ORG' norm='Alliance'>Alliance</ent> "
                            "face à la Russie.",
}

DEMONYMS = {
    "pakistanais": "Le général a reçu une délégation de hauts responsables <ent label='MISC' norm='Pakistan'>"
                   "pakistanais</ent> au siège de l'OTAN.",
    "allemande": "La Bundeswehr a annoncé la création d'une brigade <ent label='MISC' norm='Allemagne'>allemande</ent> "
                 "en Lituanie.",
    "britanniques": "Des chasseurs <ent label='MISC' norm='Royaume-Uni'>britanniques</ent> ont intercepté deux "
                    "bombardiers <ent label='MISC' norm='Russie'>russes</ent>.",
}

CASES = {**RANKS, **ROLES, **ORGANISATIONS, **DEMONYMS}


def entities(doc) -> dict[tuple[int, int], tuple[str, str]]:
    return {(e.start_char, e.end_char): (e.label_, e._.normalized) for e in doc.ents}


def norm(expected) -> str:
    return expected.attrs["norm"].replace("\u2019", "'")


@pytest.mark.parametrize("annotated", CASES.values(), ids=CASES.keys())
def test_lexicon_entities(analyse, annotated):
    text, expected = parse_inline(HEADER + annotated)
    doc = analyse(text)
    labels = {exp.attrs["label"] for exp in expected}
    found = {span: value for span, value in entities(doc).items() if value[0] in labels}
    # exactly the annotated entities of those labels: a spurious extra span fails the case too
    assert found == {(exp.start, exp.end): (exp.attrs["label"], norm(exp)) for exp in expected}, annotated


@pytest.mark.parametrize("annotated", CASES.values(), ids=CASES.keys())
def test_lexicon_entities_come_from_rules(analyse, annotated):
    text, expected = parse_inline(HEADER + annotated)
    doc = analyse(text)
    sources = {(e.start_char, e.end_char): e._.source for e in doc.ents}
    for exp in expected:
        assert sources.get((exp.start, exp.end), "").startswith("rule:"), (exp.text, sources)


def test_longest_rank_wins(analyse):
    doc = analyse(HEADER + "Le général de corps d'armée Peter Devogelaere a pris le commandement du Corps européen.")
    ranks = [(e.text, e._.normalized, e._.source) for e in doc.ents if e.label_ == "RANK"]
    assert ranks == [("général de corps d'armée", "général de corps d'armée",
                      "rule:ranks:commun.general-corps-armee")]


def test_acronym_known_to_the_rules_tagged_after_its_definition(analyse):
    doc = analyse(HEADER + "La Direction du renseignement militaire (DRM) a publié une note sur le Sahel. "
                           "Selon la DRM, la menace terroriste persiste.")
    orgs = [(e.text, e._.normalized) for e in doc.ents if e.label_ == "ORG"]
    assert orgs == [("Direction du renseignement militaire", "Direction du renseignement militaire"),
                    ("DRM", "Direction du renseignement militaire"),
                    ("DRM", "Direction du renseignement militaire")]


def test_acronym_defined_in_the_article_is_learnt(analyse):
    """`FAN` is not among the acronyms of the rule files: the article itself defines it."""
    doc = analyse(HEADER + "La Force d'action navale (FAN) a déployé deux frégates en mer Rouge. "
                           "La FAN assure aussi la protection des approches maritimes.")
    fan = [e for e in doc.ents if e.text == "FAN"]
    assert len(fan) == 2
    assert all(e.label_ == "ORG" and e._.normalized == "Force d'action navale" for e in fan)
    assert fan[1]._.source == "rule:acronyms:defined-in-text"
    assert doc._.acronyms == {"FAN": "Force d'action navale"}


NOT_ORGANISATIONS = {
    "lowercase-alliance": ("Une alliance de circonstance ne suffit pas à garantir la sécurité du continent.",
                           "alliance"),
    "allies": ("Ensemble, les Alliés ont affirmé leur soutien à l'Ukraine.", "Alliés"),
    "etat": ("Le sommet a rappelé que l'État reste le garant de la sécurité nationale.", "État"),
    "ensemble": ("Ensemble, les deux ministres ont visité la base navale de Toulon.", "Ensemble"),
    "defense-sentence-start": ("Défense européenne : les ministres veulent accélérer les commandes communes.",
                               "Défense"),
}


@pytest.mark.parametrize(("text", "word"), NOT_ORGANISATIONS.values(), ids=NOT_ORGANISATIONS.keys())
def test_capitalised_common_words_are_not_organisations(analyse, text, word):
    doc = analyse(HEADER + text)
    assert [e.text for e in doc.ents if e.label_ == "ORG" and word in e.text] == []


def test_token_patterns_match_in_every_sentence_that_holds_their_first_word(analyse):
    doc = analyse(HEADER + "L'opération Barkhane s'est achevée au Mali. Plusieurs milliers de soldats ont pris part "
                           "à l'exercice Orion en Champagne, puis à l'exercice Polaris en mer.")
    events = [(s.text, s.id_) for s in doc.spans["lexicon"] if s.label_ == "EVENT"]
    assert events == [("opération Barkhane", "patterns:operation-nommee"),
                      ("exercice Orion", "patterns:exercice-nomme"), ("exercice Polaris", "patterns:exercice-nomme")]


def test_token_pattern_windows(pipeline):
    """Sentences from a first word on; the whole text for a pattern that may begin with any word."""
    from pipeline.components.lexicon import TokenPatterns

    nlp = pipeline.nlp
    doc = nlp("Rien ici. Puis l'exercice Orion a commencé. Fin.")
    pinned = TokenPatterns(nlp, [{"label": "EVENT", "id": "x", "pattern": [{"LOWER": "exercice"}, {"IS_TITLE": True}]}])
    assert [w.text for w in pinned._windows(doc)] == ["exercice Orion a commencé."]
    assert [s.text for s in pinned(doc)] == ["exercice Orion"]
    free = TokenPatterns(nlp, [{"label": "EVENT", "id": "y", "pattern": [{"IS_TITLE": True, "OP": "?"},
                                                                         {"LOWER": "orion"}]}])
    assert [w.text for w in free._windows(doc)] == [doc.text]
    assert pinned._windows(nlp("Aucune manœuvre aujourd'hui.")) == []
