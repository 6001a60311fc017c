"""Round 40, fifteenth profile pass (spd40): work the stages did again for every Doc, or for every sentence
or word of it, that a reading made once (per lexicon, per Doc) or a cheap test on the sentence's entities
already decides. Each test compares the skipped or kept path with the full one on its own sentences, with a
case the full path must still read."""

from __future__ import annotations

import pipeline.components.affiliation as affiliation
from pipeline.components.spans import DocIndex, token_column
from pipeline.rulebook.terms import fold, fold_text

from conftest import page

TRIP = page(
    "Le ministre des Armées Paul Ferrand est arrivé lundi 4 mars à Dakar. "
    "La coopération entre les deux armées sera renforcée. "
    "Il s'est ensuite rendu à Thiès, où il a rencontré le général Amadou Ndiaye. "
    "Les discussions ont porté sur la formation des officiers."
)
NO_MEETING = page(
    "La marine a reçu sa troisième frégate, construite à Lorient. "
    "Le programme, lancé en 2019, compte six navires. La flotte sera renouvelée d'ici 2030."
)


def _stage(pipeline, suffix: str):
    return next(s for name, s in pipeline.stages if name.endswith(suffix)).worker


def test_trip_skips_only_sentences_without_place_or_day(analyse, pipeline):
    doc = analyse(TRIP)
    grouper = _stage(pipeline, "meetings").grouper
    reader, idx = grouper.trips, DocIndex.of(doc)
    stops = reader.read(doc, 0)
    assert [s["place"] for s in stops] == ["Dakar", "Thiès"]  # the full path still reads the places
    skipped = [s for s in idx.sents if not {e.label_ for e in idx.ents_in(s)} & {"LOC", "DATE"}]
    assert skipped  # `La coopération entre les deux armées ...`: no place, no day
    for sent in skipped:  # what the full path reads there: nothing
        reader.last = "Dakar"
        assert reader._fronted(sent) is None and reader._moved(sent, []) is None
        assert reader._told_days(sent) == []
    dated = [s for s in idx.sents if "DATE" in {e.label_ for e in idx.ents_in(s)}]
    assert reader._told_days(dated[0])  # counter-example: a sentence with a day is read


def test_trip_not_read_without_a_mention(analyse, pipeline):
    grouper = _stage(pipeline, "meetings").grouper
    doc = analyse(NO_MEETING)
    assert not doc._.meetings and grouper._trip[0] is not doc  # no mention: the trip is never read
    assert grouper.trip(doc, 0) == grouper.trips.read(doc, 0)  # asked now, as it would have been read
    doc = analyse(TRIP)
    assert doc._.meetings and grouper._trip[0] is doc  # counter-example: a meeting told, its trip read


def test_country_codes_made_once_per_lexicon(pipeline):
    lexicon = _stage(pipeline, "officials").merger.lexicon
    plain = {fold(e["name"]): code for code, e in lexicon.by_file("countries").items() if e.get("name")}
    codes = affiliation._country_codes(lexicon)
    assert codes == plain and codes["senegal"] == "sn"
    assert affiliation._country_codes(lexicon) is codes  # kept: the same map for the next Doc
    saved = dict(lexicon.entries), dict(lexicon.__dict__.get("_by_file", {}))
    try:  # counter-example: an entry added to the lexicon makes the map again
        lexicon.add("countries", {"id": "zz", "name": "Zédie"}, "LOC", [])
        assert affiliation._country_codes(lexicon)["zedie"] == "zz"
    finally:
        lexicon.entries.clear()
        lexicon.entries.update(saved[0])
        lexicon.__dict__["_by_file"] = saved[1]
    assert affiliation._country_codes(lexicon) == plain


def test_country_names_of_the_merger_as_made_per_doc(pipeline):
    merger = _stage(pipeline, "officials").merger
    names = {n.casefold().replace("\u2019", "'"): code for code, e in merger.countries.items()
             if not code.startswith("r.") for n in [e["name"], *(e.get("aliases") or [])]}
    assert merger.country_names == names and names["sénégal"] == "sn"
    assert not set(merger.region_names) & set(names)  # counter-example: a region is no country


def test_organisation_by_name_as_the_scan_finds_it(pipeline):
    linker = _stage(pipeline, "relations")
    for entry in linker.orgs.values():
        name = (entry.get("name") or "").lower()
        if name:
            assert linker.org_named[name] is next(e for e in linker.orgs.values()
                                                  if (e.get("name") or "").lower() == name)
    known = next(e for e in linker.orgs.values() if e.get("country") and e.get("name"))
    assert linker._org_country({"organisation": known["name"]})  # a listed body: its country
    assert linker._org_country({"organisation": ""}) == ""  # counter-examples: none, or one not listed
    assert linker._org_country({"organisation": "Amicale des anciens de Zédie"}) == ""


def test_portfolio_words_folded_once_per_doc(analyse):
    text = page("Le chef de la Défense, l'amiral Marc Janssens, a rappelé que la Défense recrutera 2 000 militaires "
                "cette année. La Défense nationale sera modernisée.")
    doc = analyse(text)
    strings = doc.vocab.strings
    assert [fold_text(strings[h]) for h in token_column(doc, "ORTH")] == [fold_text(t.text) for t in doc]
    portfolios = [e for e in doc.ents if e._.source.endswith("+portfolio")]
    assert [e.text for e in portfolios] == ["Défense"]  # `la Défense`, not `Défense nationale` (an adjective)
    french = analyse(page("Le ministre des Armées Paul Ferrand a rappelé que la Défense recrutera."))
    assert not [e for e in french.ents if e._.source.endswith("+portfolio")]  # counter-example: not Belgian
