"""The cheaper paths of the model and the stages give what the plain ones give: the array lemmatizer
the lemmas of spaCy's own loop, the kept folded norms the norms of folding each word again, a
cached Doc's text check the text of `Doc.text`."""

from __future__ import annotations

import spacy
from spacy.attrs import LEMMA, NORM, ORTH
from spacy.tokens import Doc

from pipeline.components.lexicon import set_folded_norms
from pipeline.components.spans import TEXT_KEY, group_spans, span_text
from pipeline.rulebook.terms import fold_text
from pipeline.run.cache import ParseCache
from pipeline.run.model import MODEL, array_lemmatizer

from conftest import ROOT

SAMPLES = ["art02_comite_militaire_bruxelles", "art06_burkhard_breuer_balard"]


def test_array_lemmatizer_gives_spacys_lemmas(pipeline):
    plain = spacy.load(MODEL)
    texts = [(ROOT / "data" / "raw" / f"{name}.txt").read_text(encoding="utf-8") for name in SAMPLES]
    texts.append("Les ministres se sont rendus à Paris ; la ministre s'y rendra. Ils rencontrèrent les généraux.")
    assert type(pipeline.nlp.get_pipe("lemmatizer")).__name__ == "ArrayLemmatizer"
    lemmatizer = array_lemmatizer(spacy.load(MODEL)).get_pipe("lemmatizer")
    for doc in plain.pipe(texts):
        again = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
        for token, source in zip(again, doc, strict=True):
            token.pos, token.morph = source.pos, source.morph
        lemmatizer(again)
        assert [t.lemma_ for t in again] == [t.lemma_ for t in doc]
    assert "rendre" in [t.lemma_ for t in again] and "général" in [t.lemma_ for t in again]


def test_array_lemmatizer_keeps_a_lemma_already_set():
    """As spaCy's: a token that has a lemma (set by the attribute ruler, say) keeps it."""
    nlp = array_lemmatizer(spacy.load(MODEL))
    doc = nlp.make_doc("Les généraux ont rencontré")
    for name in ("tok2vec", "morphologizer", "attribute_ruler"):
        doc = nlp.get_pipe(name)(doc)
    doc[1].lemma_ = "GÉNÉRAL-AS-SET"
    doc = nlp.get_pipe("lemmatizer")(doc)
    assert doc[1].lemma_ == "GÉNÉRAL-AS-SET"
    assert doc[3].lemma_ != "GÉNÉRAL-AS-SET" and doc.to_array([LEMMA])[3] != 0


def test_folded_norms_are_each_words_folding(pipeline):
    vocab = pipeline.nlp.vocab
    first = Doc(vocab, words=["Chef", "d'", "Etat-Major", "ÉTAT-MAJOR", "Général"])
    second = Doc(vocab, words=["état-major", "Chef", "Défense"])  # words met before, and a new one
    for doc in (first, second):
        set_folded_norms(doc)
        assert [t.norm_ for t in doc] == [fold_text(t.text) for t in doc]
    assert second[0].norm_ == first[2].norm_ == "etat-major" and second[2].norm_ == "defense"
    assert first.to_array([ORTH]).tolist() != first.to_array([NORM]).tolist()


def test_cached_doc_text_is_checked_from_its_words(pipeline, tmp_path):
    cache = ParseCache(tmp_path, pipeline.nlp)
    text = (ROOT / "data" / "raw" / f"{SAMPLES[0]}.txt").read_text(encoding="utf-8")
    doc = pipeline.nlp.make_doc(text)
    cache.put(doc, text)
    back = cache.get(text)
    assert back is not None and back.user_data[TEXT_KEY] == text == back.text
    other = text.replace("OTAN", "OTAN ", 1)  # another text under the first one's entry: refused
    cache.put(doc, other)
    assert cache.get(other) is None and cache.stats.rebuilt == 1


def test_group_spans_and_span_text_read_what_the_doc_holds(analyse):
    doc = analyse("Le général Thierry Burkhard, chef d'état-major des armées, a reçu le ministre de la Défense.")
    assert [(s.start, s.end, s.label_) for s in group_spans(doc, "lexicon")] == \
        [(s.start, s.end, s.label_) for s in doc.spans["lexicon"]]
    assert group_spans(doc, "no such group") == ()
    for sent in doc.sents:
        assert span_text(sent) == sent.text
    assert span_text(doc[3:3]) == ""
