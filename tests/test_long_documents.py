"""Long documents: parsed in pieces within spaCy's max_length, joined back with the original offsets.

The pieces here are a few hundred characters so the tests are quick; in a run they are
PIECE_CHARS (100,000). `bench/big_file.py` runs a real 20 MB file through the CLI.
"""

from __future__ import annotations

import pytest

from pipeline.run.model import CONTEXT_CHARS, parse_many, rule_stages, split_text

from conftest import ROOT

RAW = sorted((ROOT / "data" / "raw").glob("*.txt"))


def window(limit: int) -> int:
    """Where the first piece ends when no better cut is found: the limit less the context on both sides."""
    return limit - 2 * min(CONTEXT_CHARS, limit // 4)


def ents(doc) -> list[tuple[int, int, str, str]]:
    return [(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


def parsed_whole(nlp, text: str):
    """The text parsed in one piece by the model alone (our rule stages run after it)."""
    return next(iter(nlp.pipe([text], disable=rule_stages(nlp))))


# -- cutting --------------------------------------------------------------------------------------


def test_pieces_rebuild_the_text_and_respect_the_limit():
    text = RAW[0].read_text(encoding="utf-8")
    for limit in (50, 120, 300, 1000, len(text)):
        pieces = split_text(text, limit)
        assert "".join(pieces) == text
        assert all(0 < len(piece) <= limit for piece in pieces)
    assert split_text(text, len(text)) == [text]


def test_cuts_prefer_paragraphs_then_sentences_and_skip_abbreviations():
    paragraph = "Le général a reçu M. Dupont à Paris. Ils ont parlé de la Baltique. Puis de l'Ukraine.\n\n"
    pieces = split_text(paragraph * 4, len(paragraph) + 10)
    assert pieces[:3] == [paragraph] * 3  # at the blank line, not at the limit
    pieces = split_text(paragraph, 40)
    assert all(not piece.endswith("M. ") for piece in pieces)  # `M. Dupont` stays whole
    assert pieces[0] == "Le général a reçu M. Dupont à Paris. "


def test_a_run_without_any_blank_is_cut_at_the_limit():
    assert split_text("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]
    with pytest.raises(ValueError, match="at least 1"):
        split_text("texte", 0)


# -- parsing in pieces ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pieces_and_whole(nlp):
    """Each sample parsed in pieces of ~500 characters (each read with its neighbours' words) and whole."""
    out = []
    for path in RAW:
        text = path.read_text(encoding="utf-8")
        [(doc, context)] = parse_many(nlp, [(text, path.stem)], max_chars=1000)
        out.append((path, text, doc, context, parsed_whole(nlp, text)))
    return out


def test_pieces_rebuild_each_text_at_its_offsets(pieces_and_whole):
    for path, text, doc, context, _whole in pieces_and_whole:
        assert context == path.stem
        assert len(split_text(text, 500)) >= 4  # the text really was cut
        assert doc.text == text
        assert all(text[e.start_char:e.end_char] == e.text for e in doc.ents)


def test_pieces_give_the_entities_of_the_whole_text(pieces_and_whole):
    """Nearly all: the model's numbers are not exactly those of the whole text.

    A batch of pieces is not the same matrix as one whole text, so the sums of the model's layers
    run in another order and differ in the last bits; a decision on the edge (is `Mélanie Joly` one
    person, or `Mélanie` a MISC?) can flip, far from any cut. Measured on the 64 samples: 2 of the
    3,313 entities of the whole texts are not found as such in the pieces. What must hold is that the
    cuts lose nothing wholesale: at least 99% of the whole texts' entities come out of the pieces, and
    no document loses more than three.
    """
    found = total = 0
    worst = {}
    for path, _text, doc, _context, whole in pieces_and_whole:
        expected, got = set(ents(whole)), set(ents(doc))
        found += len(expected & got)
        total += len(expected)
        worst[path.stem] = len(expected - got)
    assert total > 1000
    assert found / total >= 0.99, (found, total)
    assert max(worst.values()) <= 3, {k: v for k, v in worst.items() if v}


def test_an_entity_opening_a_piece_is_kept(nlp):
    """Cut at 580, the organisation at 583 was lost when pieces were parsed without context."""
    text = (ROOT / "data" / "raw" / "art07_conseil_securite_ukraine.txt").read_text(encoding="utf-8")
    whole = ents(parsed_whole(nlp, text))
    [(doc, _)] = parse_many(nlp, [(text, None)], max_chars=800)
    organisation = next(e for e in whole if e[0] == 583)
    assert organisation[2] == "ORG"
    assert organisation in ents(doc)


def test_a_name_across_the_limit_is_found_at_its_offsets(nlp):
    before = "Les ministres de la Défense se sont retrouvés à Bruxelles pour un conseil restreint. " * 3
    sentence = "Le chef d’état-major des armées, le général Thierry Burkhard, a reçu son homologue à Balard."
    text = before + "\n\n" + sentence + "\n\n" + before
    start = text.index("Thierry Burkhard")
    limit = next(n for n in range(start, 3 * start) if start < window(n) < start + len("Thierry"))
    [(doc, _)] = parse_many(nlp, [(text, None)], max_chars=limit)
    assert doc.text == text
    assert (start, start + len("Thierry Burkhard"), "PER", "Thierry Burkhard") in ents(doc)
    assert (start, start + len("Thierry Burkhard"), "PER", "Thierry Burkhard") in ents(parsed_whole(nlp, text))


def test_order_and_contexts_are_kept_across_long_and_short_texts(nlp):
    texts = [p.read_text(encoding="utf-8") for p in RAW[:3]]
    items = [(texts[0], "a"), ("Bref.", "b"), (texts[1] + "\n\n" + texts[2], "c"), ("", "d")]
    parsed = list(parse_many(nlp, items, batch_size=2, max_chars=900))
    assert [context for _doc, context in parsed] == ["a", "b", "c", "d"]
    assert [doc.text for doc, _context in parsed] == [text for text, _context in items]


def test_the_pipeline_takes_a_text_over_max_length(pipeline, analyse):
    """spaCy raises E088 on a text over nlp.max_length; the pipeline must not."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in RAW[:4])
    saved = pipeline.nlp.max_length
    pipeline.nlp.max_length = 3000
    try:
        with pytest.raises(ValueError, match="E088"):
            pipeline.nlp(text)
        doc = analyse(text)
    finally:
        pipeline.nlp.max_length = saved
    assert doc.text == text
    assert doc._.officials
    for ent in doc.ents:
        assert text[ent.start_char:ent.end_char] == ent.text
    second_article = len(RAW[0].read_text(encoding="utf-8")) + 2
    assert any(ent.start_char > second_article for ent in doc.ents if ent.label_ == "PERSON")


def test_pieces_are_joined_as_from_docs_joins_them(nlp, monkeypatch):
    """The lean join (one attribute array, each piece dropped once copied) makes the Doc that
    `Doc.from_docs` makes, byte for byte, and keeps no piece; a text in one piece is not joined."""
    from spacy.tokens import Doc

    from pipeline.run import model

    lean, compared = model._joined, []

    def both(pieces):
        reference = Doc.from_docs(list(pieces), ensure_whitespace=False, exclude=["tensor"])
        joined = lean(pieces)
        compared.append((joined.to_bytes(exclude=["tensor"]) == reference.to_bytes(exclude=["tensor"]), pieces))
        return joined

    monkeypatch.setattr(model, "_joined", both)
    text = (ROOT / "data" / "raw" / "art07_conseil_securite_ukraine.txt").read_text(encoding="utf-8")
    [(doc, _)] = parse_many(nlp, [(text, None)], max_chars=800)
    assert doc.text == text and len(doc.tensor) == 0
    assert compared == [(True, [])]
    [(short, _)] = parse_many(nlp, [("Le général a reçu son homologue à Balard.", None)])
    assert compared == [(True, [])] and short.text == "Le général a reçu son homologue à Balard."


# -- a long text analysed piece by piece ----------------------------------------------------------


def _rows_alone(pipeline, text: str) -> dict:
    from pipeline.run.ingest import Article
    from pipeline.run.runner import results

    [(_article, rows)] = list(results(pipeline, [Article(doc_id="alone", source_path="alone.txt", text=text)]))
    return rows


def _three_articles_as_pieces(pipeline, monkeypatch):
    """Three sample articles in one text, each a piece (cut at the blank lines between them), through
    the piece-by-piece path: (text, articles, their starts, the rows)."""
    from pipeline.run import model
    from pipeline.run.ingest import Article
    from pipeline.run.runner import results

    # a later piece is the body of one story: its first line is no headline, so the later articles are
    # ones whose headline names no meeting nor person (`... en visite à Brunssum` would be a meeting there)
    names = ["art06_burkhard_breuer_balard.txt", "art05_milley_guerassimov_appel.txt",
             "art07_conseil_securite_ukraine.txt"]
    articles = [(ROOT / "data" / "raw" / name).read_text(encoding="utf-8").strip() + "\n" for name in names]
    text = "\n\n".join(articles)
    starts = [sum(len(a) + 2 for a in articles[:i]) for i in range(len(articles))]
    bounds = [(s, s + len(a) + 2) for s, a in zip(starts, articles, strict=True)]
    bounds[-1] = (bounds[-1][0], len(text))
    monkeypatch.setattr(model, "_bounds", lambda _text, _limit: bounds)
    monkeypatch.setattr(model, "PIECE_CHARS", 2000)
    monkeypatch.setattr("pipeline.run.runner.PIECE_CHARS", 2000)
    [(_article, rows)] = list(results(pipeline, [Article(doc_id="long", source_path="long.txt", text=text)]))
    return text, articles, starts, rows


def test_a_long_text_gives_per_piece_what_each_article_gives_alone(pipeline, monkeypatch):
    """Three sample articles in one text, each a piece (cut at the blank lines between them): the
    piece-by-piece path (`Pipeline.piece_rows`, what a text over the piece size takes) finds in each
    piece the officials and meetings the article gives alone, at offsets shifted by the piece's
    start; the ids run on, one document row holds the whole text's length and tokens."""

    text, articles, starts, rows = _three_articles_as_pieces(pipeline, monkeypatch)

    [document] = rows["documents"]
    assert document["n_chars"] == len(text) and document["doc_id"] == "long"
    assert [r["entity_id"] for r in rows["entities"]] == [f"E{i}" for i in range(1, len(rows["entities"]) + 1)]
    assert [r["meeting_id"] for r in rows["meetings"]] == [f"M{i}" for i in range(1, len(rows["meetings"]) + 1)]
    for row in rows["entities"]:
        assert text[row["start_char"]:row["end_char"]] == row["text"]

    def official(r, shift=0):
        return r["name"], r["rank"], r["role"], r["organisation"], r["first_char"] + shift

    def meeting(r):  # its first sentence: which later sentences join it depends on the story's dates
        return r["kind"], r["evidence"].split(" […] ")[0]  # (read from the first piece, as in the joined text)

    expected_officials, expected_meetings, tokens = set(), [], 0
    for start, article in zip(starts, articles, strict=True):
        alone = _rows_alone(pipeline, article)
        assert alone["officials"] and alone["meetings"]  # each article has something to find
        expected_officials |= {official(r, start) for r in alone["officials"]}
        expected_meetings += [meeting(r) for r in alone["meetings"]]
        entities = {(r["start_char"] + start, r["end_char"] + start, r["label"]) for r in alone["entities"]}
        assert entities == {(r["start_char"], r["end_char"], r["label"]) for r in rows["entities"]
                            if start <= r["start_char"] < start + len(article)}
        tokens += alone["documents"][0]["n_tokens"]
    got = {official(r) for r in rows["officials"]}
    # a person named in two articles is one row, at its first mention: counter-example of a plain union
    assert got <= expected_officials and {(n, f) for n, *_, f in got} == {
        min(((n, f) for n, *_, f in expected_officials if n == name), key=lambda x: x[1])
        for name in {n for n, *_ in expected_officials}}
    # every meeting an article gives alone is told in the long text's, in the same words; a sentence
    # may join an earlier meeting there, dated by the story's reference (the first piece's)
    told = [sentence for r in rows["meetings"] for sentence in r["evidence"].split(" […] ")]
    assert all(sentence in told for _kind, sentence in expected_meetings)
    assert document["n_tokens"] >= tokens - len(articles)  # the blank lines between articles are tokens of their own


@pytest.mark.xfail(strict=True, reason=(
    "known difference, 2026-11-30: in the piece path the second article's header lines are body "
    "lines dated by the first article's story, and the grouping (since the side-meeting and "
    "meeting-to-come rules of branch qpart2) then makes a `réunion` of a relative clause "
    "(`où il participait à une réunion du Comité militaire`) that the article alone does not give"))
def test_a_long_text_gives_no_meeting_kind_its_articles_do_not_give(pipeline, monkeypatch):
    """The same three articles as above: the long text's meetings are of kinds the articles give alone."""
    _text, articles, _starts, rows = _three_articles_as_pieces(pipeline, monkeypatch)
    alone_kinds = {r["kind"] for article in articles for r in _rows_alone(pipeline, article)["meetings"]}
    assert alone_kinds >= {r["kind"] for r in rows["meetings"]}


def test_a_long_text_hands_its_publication_date_to_later_pieces(pipeline, monkeypatch):
    """The header of the first piece dates the whole text: a later piece's relative date (`mardi`)
    is read against it, as in the joined text, and the document row has the first piece's date and
    title. Counter-example: the same later piece alone has no date to read `mardi` against."""
    from pipeline.run import model
    from pipeline.run.ingest import Article
    from pipeline.run.runner import results

    head = ("Les armées renforcent leur présence en Roumanie\n\nPublié le 4 mars 2025\n\n"
            "Le ministre des Armées a annoncé un renfort de blindés en Roumanie.\n\n")
    later = "Le chef d’état-major de l’armée de Terre s’est rendu mardi à Cincu auprès des soldats français.\n"
    text = head + later
    monkeypatch.setattr(model, "_bounds", lambda _text, _limit: [(0, len(head)), (len(head), len(text))])
    monkeypatch.setattr(model, "PIECE_CHARS", 100)
    monkeypatch.setattr("pipeline.run.runner.PIECE_CHARS", 100)
    [(_article, rows)] = list(results(pipeline, [Article(doc_id="long", source_path="long.txt", text=text)]))
    [document] = rows["documents"]
    assert document["published"] == "2025-03-04"
    assert document["title"] == "Les armées renforcent leur présence en Roumanie"
    mardi = [(r["start_char"], r["normalized"]) for r in rows["entities"] if r["text"] == "mardi"]
    [(joined_article, doc)] = list(pipeline.analyse([Article(doc_id="long", source_path="long.txt", text=text)]))
    assert mardi == [(e.start_char, e._.normalized) for e in doc.ents if e.text == "mardi"]
    assert mardi[0][0] == text.index("mardi") and mardi[0][1].startswith("2025-0")
    alone = [r["normalized"] for r in _rows_alone(pipeline, later)["entities"] if r["text"] == "mardi"]
    assert alone != [mardi[0][1]]
