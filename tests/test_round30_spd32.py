"""Round 30, eleventh profile pass (spd32): the rules that scanned every word of a sentence through
`doc[i]` (a Python Token each) now find their few candidates in the Doc's columns (`parse_column`,
`DocIndex.lower`, `DocIndex.lemmas_in`) or among the entities (`DocIndex.ents_over`), and make a Token
of those only. Each test runs the pipeline on its own sentences, then compares the new read with the
plain scan it replaced, and shows a case the read must leave out."""

from __future__ import annotations

from pipeline.components.appositions import is_demonym
from pipeline.components.relations import meeting_sentences
from pipeline.components.spans import DocIndex

from conftest import page

TEXT = page(
    "Côté allemand, la ministre Anke Vollmer a promis deux frégates. Le général Paul Arnaud, hôte de la "
    "réunion, a reçu les deux ministres de la Défense, venus à la tête de leurs délégations. Celle du "
    "4 février, qui avait réuni les chefs d'état-major, avait été reportée. Le colonel Hervé Molin a "
    "succédé au colonel Jean Tessier, qui commandait le régiment depuis 2022."
)


def _stage(pipeline, suffix):
    return next(s for name, s in pipeline.stages if name.endswith(suffix)).worker


def test_ents_over_holds_every_word_with_an_entity_type(analyse):
    doc = analyse(TEXT)
    index = DocIndex.of(doc)
    inside_one = next(e for e in index.ents if len(e) > 1)
    ranges = [(0, len(doc)), (inside_one.start + 1, inside_one.end + 3), *((s.start, s.end) for s in index.sents)]
    for start, end in ranges:
        covered = {i for e in index.ents_over(start, end) for i in range(e.start, e.end) if start <= i < end}
        assert covered == {t.i for t in doc[start:end] if t.ent_type_}
    # an entity begun before the range is held (its words there have its type); none ending before it
    assert index.ents_over(inside_one.start + 1, inside_one.end)[0] == inside_one
    assert index.ents_over(inside_one.end, inside_one.end) == []


def test_host_words_are_the_host_nouns_a_scan_finds(analyse, pipeline):
    doc = analyse(TEXT)
    reader = _stage(pipeline, "meetings").reader
    reader.idx = DocIndex.of(doc)
    found = []
    for sent in doc.sents:
        for nouns in (reader.host_nouns, reader.capital_words):
            plain = [t for t in sent if t.lemma_.lower() in nouns or t.lower_ in nouns]
            assert reader._words_in(sent, nouns) == plain
            found += plain
    assert [t.lower_ for t in found] == ["hôte"]  # counter-example: the other sentences hold none


def test_counted_titles_read_from_the_entities_as_from_every_word(analyse, pipeline):
    doc = analyse(TEXT)
    linker = _stage(pipeline, "relations")
    linker.idx = DocIndex.of(doc)
    assert doc._.meetings
    for meeting in doc._.meetings:
        sents = meeting_sentences(doc, meeting)
        if sents and sents[-1].end < len(doc):
            sents = [*sents, linker.idx.sent(sents[-1].end)]
        plain = {t.lemma_.lower() for sent in sents for t in sent
                 if t.ent_type_ in ("ROLE", "RANK") and "Plur" in t.morph.get("Number")
                 and any(c.dep_ == "nummod" for c in t.children)}
        assert linker._counted_titles(doc, meeting) == plain
    titles = {t for m in doc._.meetings for t in linker._counted_titles(doc, m)}
    assert "ministre" in titles  # `les deux ministres de la Défense`
    # counter-example: `les chefs d'état-major`, plural with no numeral, counts no one
    assert "chef" not in titles


def test_side_country_read_from_the_columns_as_from_the_tokens(analyse, pipeline):
    doc = analyse(TEXT)
    linker = _stage(pipeline, "officials")

    def plain(start):
        for k in range(start - 1, doc[start].sent.start - 1, -1):
            if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (".", "!", "?"):
                return None
            if doc[k].lower_ in linker.side_words:
                demonym = linker.reader.ent_at.get(k + 1)
                if is_demonym(demonym) and demonym.start == k + 1 and demonym.end < len(doc) \
                        and doc[demonym.end].text == ",":
                    return demonym
                return None
        return None

    sides = [linker._side_country(doc, t.i) for t in doc]
    assert sides == [plain(t.i) for t in doc]
    name = next(t.i for t in doc if t.text == "Vollmer")
    assert sides[name] is not None and sides[name].text == "allemand"
    # counter-example: a name after the sentence's verb takes no side
    assert sides[next(t.i for t in doc if t.text == "frégates")] is None


def test_succession_verbs_found_in_the_lemma_column_as_by_a_scan(analyse, pipeline):
    doc = analyse(TEXT)
    reader = _stage(pipeline, "meetings").reader
    index = reader.idx = DocIndex.of(doc)
    verbs = reader.succession_verbs
    for sent in doc.sents:  # the candidates `_handover_pair` now reads, against its old scan
        plain = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in verbs]
        assert [doc[i] for i in index.lemmas_in(verbs, sent.start, sent.end) if doc[i].pos_ == "VERB"] == plain
    found = [doc[i] for i in index.lemmas_in(verbs, 0, len(doc))]
    assert [t.lower_ for t in found] == ["succédé"]
    # counter-example: `commandait`, a verb of the same sentence, is no succession verb
    assert not any(t.lower_ == "commandait" for t in found)

