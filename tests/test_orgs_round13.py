"""Round 13, organisations: descriptions and seats written as the text does, invariable demonyms, courts,
a country's `armées` beside its `forces armées`."""

from __future__ import annotations


def _orgs(doc) -> dict[str, str]:
    return {e.text: e._.normalized for e in doc.ents if e.label_ == "ORG"}


def test_national_force_described_alone_is_written_as_the_text_does(analyse):
    doc = analyse("Le ministre a salué la coopération avec l'armée chinoise lors de sa visite à Pékin.")
    assert _orgs(doc).get("armée chinoise") == "armée chinoise"


def test_national_force_described_beside_its_name_takes_the_canonical_name(analyse):
    doc = analyse("L'Armée populaire de libération a tenu des exercices. Les observateurs ont suivi "
                  "l'armée chinoise pendant trois jours.")
    assert _orgs(doc).get("armée chinoise") == "Armée populaire de libération"


def test_capitalised_alias_is_the_body_under_the_name_the_text_writes(analyse):
    doc = analyse("Le chef de Tsahal a rencontré son homologue à Paris.")
    assert _orgs(doc).get("Tsahal") == "Tsahal"  # the Forces de défense d'Israël, as written


def test_seat_named_alone_is_written_as_the_text_does(analyse):
    doc = analyse("Un porte-parole du Pentagone a confirmé la livraison des munitions mardi.")
    assert _orgs(doc).get("Pentagone") == "Pentagone"


def test_seat_beside_the_body_takes_the_canonical_name(analyse):
    doc = analyse("Le département de la Défense a publié un rapport. Le Pentagone a ensuite précisé "
                  "le calendrier des livraisons.")
    assert _orgs(doc).get("Pentagone") == "département de la Défense"


def test_invariable_demonym_agrees_with_a_feminine_head(analyse):
    doc = analyse("Le colonel Dupont a rappelé les sacrifices consentis par l'armée burkinabè depuis 2015.")
    assert "armée burkinabè" in _orgs(doc)


def test_masculine_demonym_after_a_feminine_head_still_qualifies_another_noun(analyse):
    doc = analyse("Le ministre a reçu un officier de marine néerlandais à Brest.")
    assert not any("néerlandais" in name for name in _orgs(doc))


def test_court_named_by_its_seat_is_a_body(analyse):
    doc = analyse("Les deux hommes ont été condamnés par la cour d'assises de Niamey à dix ans de prison.")
    assert "cour d'assises de Niamey" in _orgs(doc)
    doc = analyse("Le tribunal militaire de Ouagadougou a rendu son verdict jeudi.")
    assert "tribunal militaire de Ouagadougou" in _orgs(doc)


def test_court_without_a_seat_names_none(analyse):
    doc = analyse("Les deux officiers seront jugés par un tribunal militaire, a indiqué le parquet.")
    assert not any("tribunal" in name for name in _orgs(doc))


def test_armees_of_a_country_beside_its_forces_armees_take_that_name(pipeline):
    from pipeline.run.ingest import Article

    text = ("Le camp a été remis aux forces armées tchadiennes. Le chef d'état-major général des armées "
            "tchadiennes, le général Idriss Moussa, a présidé la cérémonie.")
    doc = next(iter(pipeline.analyse([Article(doc_id="t13", source_path="t13.txt", text=text)])))[1]
    mentions = [*doc.ents, *doc.spans.get("role_org_mentions", [])]
    names = {m.text: m._.normalized for m in mentions if m.label_ == "ORG"}
    assert names.get("armées tchadiennes") == "forces armées tchadiennes"


def test_armees_alone_keep_their_words(pipeline):
    from pipeline.run.ingest import Article

    text = "Le chef d'état-major général des armées tchadiennes, le général Idriss Moussa, a présidé la cérémonie."
    doc = next(iter(pipeline.analyse([Article(doc_id="t13b", source_path="t13b.txt", text=text)])))[1]
    names = {m.text: m._.normalized for m in doc.spans.get("role_org_mentions", []) if m.label_ == "ORG"}
    assert names.get("armées tchadiennes", "armées tchadiennes") == "armées tchadiennes"
