"""Stage 3c: one set of entities per Doc, from the rule taggers and the model, in `doc.ents`.

Priorities, in one place:
1. Rule spans (lexicon, dates) beat the model: they know institutional names the model cuts.
   Among rule spans the longest wins; at equal length DATE > RANK > ROLE > ORG > LOC > MISC.
2. Model spans are trimmed first (a leading `l'`, a leading civility, one word or several as `Son
   Excellence`, rank or role in a PER span: `général Wiermann` -> `Wiermann`), then dropped where they
   still overlap a rule span. A model ORG, LOC or MISC that is a weekday, a menu or breadcrumb of the
   page (`|`, `>`), a type designator (`F-35`) or ends on a preposition is no entity.
3. A capitalised name right after a rank or a civility is a PERSON even when the model missed it.
4. Acronyms that the article defines, `l'état-major des armées (EMA)`, tag the acronym's other
   mentions as the same organisation.

Every entity gets `Span._.normalized` (canonical name, ISO date) and `Span._.source`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.components.dates import RANGE_DAYS, WHOLE_RANGE_DAYS
from pipeline.components.furniture import furniture_tokens
from pipeline.components.lexicon import ORDINAL, Lexicon
from pipeline.components.lexicon import SPANS_KEY as LEXICON_KEY
from pipeline.components.spans import (
    DocIndex,
    cut_at_inner_apostrophe,
    doc_text,
    group_spans,
    own_country_end,
    parse_column,
    span_text,
    token_column,
    tokens_with,
)
from pipeline.rulebook.grammar import Grammar
from pipeline.rulebook.loader import RuleBook
from pipeline.rulebook.terms import fold_text as fold

PRIORITY = {"DATE": 0, "RANK": 1, "ROLE": 2, "ORG": 3, "LOC": 4, "MISC": 5}
INNER_ORG_MENTIONS = "inner_org_mentions"  # a body of the lists inside a name the grammar read
ROLE_ORGS = "role_orgs"  # organisations named inside a role: `chef d'[état-major des armées]`
ROLE_ORG_MENTIONS = "role_org_mentions"  # those of them that are entity mentions: `chef de l'[Armée suisse]`
RANGE_DAY_MENTIONS = "range_day_mentions"  # the days a range entity names: `du [20] au [31 mai 2024]`
MODEL_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
DESIGNATOR = re.compile(r"\b[A-Z]{1,3}-(?:\d{2,}|\d[A-Z]\b)")  # `F-35`, `P-8A`: a type of aircraft or missile
DATE_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")  # `en 2016 Rafale` is no count
NORMAL_FIELD = {"RANK": "rank", "ROLE": "role", "ORG": "name", "LOC": "name", "MISC": "name"}


def _priority(span: Span, grammar: Grammar) -> int:
    """A word that is both rank and role (`commandant`) is a role when a complement follows it
    (`commandant de la force`) or a possessive comes before it (`son commandant`: a body's commander, where
    a grade is no one's), a rank otherwise (`le commandant Dupont`). A qualifier of the office may come
    between the word and its complement (`commandant sortant de l'Aviation royale canadienne`)."""
    doc = span.doc
    after = span.end + (span.end < len(doc) and doc[span.end].lower_ in grammar.role_qualifiers)
    if span.label_ == "RANK" and (after < len(doc) and doc[after].lower_ in grammar.role_complements
                                  or span.start > 0 and doc[span.start - 1].lower_ in grammar.possessive_determiners):
        return PRIORITY["ROLE"] + 1
    return PRIORITY.get(span.label_, 9)


def pick_rule_spans(spans: list[Span], grammar: Grammar) -> list[Span]:
    """Non-overlapping rule spans: longest first, then by label priority, then earliest."""
    roles = [s for s in spans if s.label_ == "ROLE"]
    spans = [s for s in spans if s.label_ != "ROLE" or not any(
        r.start < s.start < r.end < s.end for r in roles)]  # `commandant en [chef] de l'armée`: the first title
    # `président de la [commission des affaires européennes]`: a name the grammar read past the end of a title that
    # closes on its head is the body the holder chairs; of the same length as the title, it wins and the title
    # keeps its head (`président`)
    past = {(s.start, s.end) for s in spans if s.label_ == "ORG" and s.id_.startswith("institutions:")
            and any(r.start < s.start < r.end < s.end for r in roles)}
    ordered = sorted(spans, key=lambda s: (-(s.end - s.start), (s.start, s.end) not in past, _priority(s, grammar),
                                           s.start))
    chosen: list[Span] = []
    taken: set[int] = set()
    for span in ordered:
        if not taken.isdisjoint(range(span.start, span.end)) and span.label_ == "ROLE":
            span = _role_head(span, taken, grammar)  # `chef de l'[état-major général des forces russes]` -> `chef`
        if span is not None and taken.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)


def _role_head(role: Span, taken: set[int], grammar: Grammar) -> Span | None:
    """What is left of a role whose tail is a longer organisation: its head, without `de l'`."""
    end = role.start
    while end < role.end and end not in taken:
        end += 1
    while end > role.start and role.doc[end - 1].lower_ in grammar.determiners:
        end -= 1
    if end == role.start or end == role.end or not taken.isdisjoint(range(role.start, end)):
        return None
    return Span(role.doc, role.start, end, label="ROLE", span_id=role.id_ + "#head")


class EntityMerger:
    """Pipeline stage: merge rule spans and model entities into `doc.ents`."""

    def __init__(self, book: RuleBook, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        civilities = [c.lower().split() for c in book.get("names", "civilities", [])]
        self.civilities = {c[0] for c in civilities if len(c) == 1}
        self.civility_words = sorted((tuple(c) for c in civilities if len(c) > 1), key=len, reverse=True)
        self.civility_firsts = {c[0] for c in self.civility_words}  # a token that opens none is no civility
        # `l'émir du Qatar, cheikh X`: a house title that is a civility only in lower case (`Cheikh X` may be a name)
        self.lower_civilities = set(book.get("names", "lower_civilities", []) or [])
        self.not_names = {w.lower() for w in book.get("names", "not_names", [])}
        self.weekdays = {w.lower() for w in book.get("dates", "weekdays", [])}
        self.range_days = RANGE_DAYS if book.get("dates", "range_days_are_entities", False) \
            else WHOLE_RANGE_DAYS if book.get("dates", "whole_range_days_are_entities", False) else None
        self.outlet_name_max = int(book.get("furniture", "outlet_name_max_words", 4))
        # `(Savoir News)`, `AH/Savoir News`: a name holding a word of an outlet's name is the outlet's, no person's
        self.masthead_markers = set(book.get("furniture", "masthead_markers", []) or [])
        self.thing_last_words = {w.lower() for w in book.get("names", "thing_last_words", []) or []}
        self.thing_nouns = {w.lower() for w in book.get("names", "thing_nouns", []) or []}
        # heads of units (`régiment`, `bataillon`): named whatever article introduces them
        self.unit_heads = {h["id"] for h in book.get("institutions", "heads", []) or [] if h.get("numbered")}
        # heads of a country's army (`armée`, `forces armées`): one closing a longer name is a body of its own
        self.inner_heads = {h["id"] for h in book.get("institutions", "heads", []) or [] if h.get("inner_body")}
        # `le Bureau politique du [Comité central du PCC]`: bodies named by a head and its complements (no portfolio,
        # no force named by its country or apposition, no numbered unit) are bodies of their own inside a longer name
        self.inner_named_heads = {h["id"] for h in book.get("institutions", "heads", []) or []
                                  if h.get("needs") == "mark" and not h.get("apposition") and not h.get("numbered")}
        self.event_heads = {fold(w) for w in book.get("institutions", "event_heads", []) or []}
        # the capitals and towns of countries.yml (`Dakar`, `Moscou`): a gathering named after one is held there
        self.cities = {p for e in book.entries("countries", "countries") for p in e.get("places") or []}
        self.document_heads = {fold(w) for w in book.get("institutions", "document_heads", []) or []}
        self.domains = {fold(w) for w in book.get("institutions", "domain_names", []) or []}  # `de l'Air`
        # the first words of the institution grammar's heads (`Conseil`, `Commission`): a heading so opened
        # may be a body's name
        self.body_heads = {fold(t).split()[0] for e in book.entries("institutions", "heads") for t in e["terms"]}
        # the first words of the heads of a national force (`armée`, `forces`): `l'armée chinoise` is a description
        self.force_heads = {fold(t).split()[0] for e in book.entries("institutions", "heads")
                            if e.get("needs") == "national" or e.get("national_marks") for t in e["terms"]}
        # `la Défense` (Belgium), `Défense nationale` (Canada): a national ministry named by its portfolio
        # alone (`portfolio` in organisations.yml): folded words -> (entry id, country)
        self.portfolios: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        for key, entry in lexicon.by_file("organisations").items():
            for term in entry.get("portfolio") or []:
                if entry.get("country"):
                    self.portfolios.setdefault(tuple(fold(term).split()), []).append((key, entry["country"]))
        # `la Commission` in a text naming the European Union (`short_name` in organisations.yml):
        # the word as written -> (entry id, its parent's id)
        self.short_names = {entry["short_name"]: (key, entry["parent"])
                            for key, entry in lexicon.by_file("organisations").items()
                            if entry.get("short_name") and entry.get("parent")}
        # `le locataire de l'Élysée`, `le chef du Pentagone`: words that before a house name its head
        self.house_words = {w.lower() for w in book.get("roles", "house_words", []) or []}

    def __call__(self, doc: Doc) -> Doc:
        # Span._ values are stored by offsets, so they are set once, on the entities that are kept:
        # a dropped model span at the same offsets as a rule span must not overwrite its values.
        values: dict[tuple[int, int, str], tuple[str, str]] = {}
        model_ents = list(doc.ents)  # `Doc.ents` builds every span again at each reading
        people_at = {i: e for e in model_ents if e.label_ == "PER" and len(e) > 1 for i in range(e.start, e.end)}
        candidates = list(doc.spans.get(LEXICON_KEY, [])) + list(doc.spans.get("dates", []))
        particles = self.lexicon.grammar.name_particles
        candidates = [s for s in candidates if not _word_part(s) and not _in_a_name(s, people_at)
                      and not _surname_after_particle(s, people_at, particles)]
        candidates = self._closed_by_demonym(doc, candidates)
        candidates = self._of_another_country(doc, candidates)
        candidates = _outside_ranks(candidates)
        candidates = _operations_of_the_lists(candidates)
        candidates = [s for s in candidates if not (s.id_.startswith("organisations:") and _edition(s))]
        candidates = _qualified_in_lower_case(candidates)
        candidates = [s for s in candidates if not _office_sought(s, self.lexicon.grammar)
                      and not self._acting_participle(s)]
        rule_spans = pick_rule_spans(candidates, self.lexicon.grammar)
        for span in rule_spans:
            values[_key(span)] = self._rule_value(span)
        self._keep_role_organisations(doc, candidates, rule_spans)
        rule_spans = self._qualify_by_demonym(doc, rule_spans, values)
        rule_spans = [s for s in rule_spans if not self._bare_generic(s, values) and not self._common_noun(s)
                      and not self._kind_of_a_noun(s) and not self._kind_of_the_body(s)
                      and not _of_machines(s, self.lexicon.grammar)
                      and not self._capital_word_of_another(s) and not _after_a_capital_adjective(s)
                      and not _one_of_a_kind(s, self.unit_heads, self.lexicon.grammar)]
        places = _place_words(doc, model_ents) | self.cities
        gatherings = [s for s in rule_spans if s.id_.startswith("institutions:") and self._gathering(s, places)]
        if gatherings:
            rule_spans = [s for s in rule_spans if s not in gatherings]
            # `la conférence annuelle du [Comité militaire]`: the body of the lists inside the gathering stays
            inside = [c for c in candidates if c.label_ == "ORG" and c.id_.startswith("organisations:")
                      and any(g.start <= c.start and c.end <= g.end for g in gatherings)]
            for span in pick_rule_spans(inside, self.lexicon.grammar):
                values[_key(span)] = self._rule_value(span)
                rule_spans.append(span)
            rule_spans.sort(key=lambda s: (s.start, s.end))
        rule_spans = _spelled_names(doc, rule_spans, values, self.lexicon.grammar)
        rule_spans = self._learn_acronyms(doc, rule_spans, values)
        taken = {i for s in rule_spans for i in range(s.start, s.end)}
        # `commandant de la [force Barracuda]`: the name of a body reaching past the role is no person's
        taken |= {i for s in doc.spans[ROLE_ORG_MENTIONS] for i in range(s.start, s.end)}
        model_spans = [s for s in (self._trim(doc, e, taken) for e in model_ents) if s is not None]
        role_acronyms = _role_acronyms(doc, rule_spans, model_spans, self.lexicon.grammar)
        model_spans = [s for s in model_spans if span_text(s) not in role_acronyms]
        texts = _document_acronyms(doc, self.document_heads, self.lexicon.grammar)
        model_spans = [s for s in model_spans if not (s.label_ == "ORG" and span_text(s) in texts)]
        model_spans = [s for s in model_spans if taken.isdisjoint(range(s.start, s.end))
                       and not (s.label_ in ("PER", "PERSON") and any(t.text in self.masthead_markers for t in s))]
        model_spans = [s for s in model_spans if not (s.label_ == "ORG" and (
            self._gathering(s, places) or _portfolio(s, rule_spans, self.lexicon.grammar)))]
        model_spans = _equipment(doc, rule_spans, model_spans, self.lexicon.grammar)
        model_spans = _places_named_elsewhere(model_ents, rule_spans, model_spans, self.lexicon.grammar)
        model_spans = _buildings_named_elsewhere(doc, model_spans, self.thing_nouns, self.civilities,
                                                 self.lexicon.grammar)
        model_spans = _named_companies(doc, model_spans, taken, self.lexicon.grammar)
        labelled = _places_outside_labels(doc, model_ents) | self.cities
        model_spans = _listed_people(doc, model_spans, taken, labelled, self.lexicon.grammar)
        model_spans = _bracketed_after_people(doc, model_spans, taken, labelled)
        model_spans = _given_name_before_person(doc, model_spans, taken, places)
        for span in model_spans:
            values[_key(span)] = (span_text(span), "model")
        rule_taken = set(taken)
        taken |= {i for s in model_spans for i in range(s.start, s.end)}
        people = self._names_after_titles(doc, rule_spans, taken, values)
        model_spans = _known_surnames(doc, model_spans + people, values)
        # `le Premier ministre X Y (AB-C)`: a person the model missed, named after his title, has his party too
        model_spans = _bracketed_after_people(doc, model_spans, rule_taken, labelled)
        for span in model_spans:
            values.setdefault(_key(span), (span_text(span), "model"))
        furniture = furniture_tokens(doc)  # menus, bylines, credits... yield no entity
        kept = [e for e in filter_spans(rule_spans + model_spans)
                if e.start not in furniture or _dates_the_page(doc, e)]
        _back_to_named(kept, values)
        kept = _definite_back_references(doc, kept, values, self.lexicon.grammar, furniture)
        kept = self._national_portfolios(doc, kept, values)
        kept = self._short_names(doc, kept, values, furniture)
        self._as_written(doc, kept, values)
        kept = self._house_titles(doc, kept, values)
        kept = _coordinated_demonyms(doc, kept, values, self.lexicon.grammar)
        doc.ents = kept
        DocIndex.forget(doc)
        for ent in kept:  # the entities just set, in their order (`filter_spans` sorts them)
            underscore = ent._  # one extension object per entity, not one per attribute
            underscore.normalized, underscore.source = values[_key(ent)]
        _armed_forces_once(doc, kept)
        doc.spans[RANGE_DAY_MENTIONS] = _days_of_ranges(doc, kept, self.range_days) if self.range_days else []
        # `l'état-major de la [Marine royale norvégienne]`: the army with its demonym wins the shorter listed name
        armies = self._inner_armies(doc, kept)
        inner = [s for s in self._inner_bodies(doc, kept)
                 if not any(a.start <= s.start and s.end <= a.end for a in armies)]
        doc.spans[INNER_ORG_MENTIONS] = sorted(inner + armies, key=lambda s: (s.start, s.end))
        return doc

    def _inner_bodies(self, doc: Doc, kept: list[Span]) -> list[Span]:
        """`le groupe de contact de la [Ligue arabe]`, `le comité directeur de l'[Agence européenne de défense]`:
        a body of the lists named in the last `de`-phrase of a name the grammar read is a body the text names,
        a mention of its own beside the longer name (as in a role: `role_org_mentions`). A generic body
        (`forces armées`: no country, parent or acronym, in lower case) names no one in particular."""
        names = [e for e in kept if e.label_ == "ORG" and e.id_.startswith("institutions:")]
        if not names:
            return []
        orgs = self.lexicon.by_file("organisations")
        of_words = self.lexicon.grammar.of_words
        # `les Forces armées congolaises (FAC)`, then `l'état-major des [FAC]`: the text's own acronym wins the lists'
        defined = {span_text(e): e._.normalized for e in kept
                   if e.label_ == "ORG" and e._.source == "rule:acronyms:defined-in-text"}
        # `le Bureau politique du [Comité central du PCC]`: a name the grammar read whose head is written with its
        # capital, closing a longer one, is a body the text names too
        listed = [s for s in group_spans(doc, LEXICON_KEY) if s.label_ == "ORG" and (
            s.id_.startswith("organisations:") or s.id_.startswith("institutions:") and _capitalised(s[0])
            and not s[0].is_sent_start and s.id_.split(":", 1)[1] in self.inner_named_heads)]
        found = []
        for ent in names:
            inner = [s for s in listed if ent.start < s.start and s.end <= ent.end
                     and doc[s.start - 1].lower_.replace("’", "'") in of_words]
            inner = [s for s in inner if not any(o.start < s.start < o.end or o.start == s.start and o.end > s.end
                                                 for o in inner)]
            if not inner:
                continue
            last = max(inner, key=lambda s: (s.start, -s.end))
            if last.id_.startswith("institutions:"):
                span = Span(doc, last.start, last.end, label="ORG", span_id=last.id_)
                span._.normalized, span._.source = span_text(span), "rule:" + last.id_ + "+inside"
                found.append(span)
                continue
            entry = orgs.get(last.id_.split(":", 1)[1], {})
            if entry and (end := own_country_end(doc, last, ent.end, of_words, entry.get("country"))):
                # `l'état-major de l'armée de l'Air ivoirienne`: that country's body, as written
                span = Span(doc, last.start, end, label="ORG", span_id=last.id_)
                span._.normalized, span._.source = span_text(span), "rule:" + last.id_ + "+inside+country"
                found.append(span)
            elif entry and (entry.get("country") or entry.get("parent") or entry.get("acronyms")
                            or entry["name"][:1].isupper()):
                span = Span(doc, last.start, last.end, label="ORG", span_id=last.id_)
                name = self._name_as_written(last, entry) if entry.get("also_named") \
                    else entry["name"] if entry.get("shared_name") else self._name_the_text_writes(doc, last.id_, entry)
                span._.normalized, span._.source = name, "rule:" + last.id_ + "+inside"
                if span_text(last) in defined:
                    span._.normalized, span._.source = defined[span_text(last)], "rule:acronyms:defined-in-text"
                found.append(span)
        return found

    def _inner_armies(self, doc: Doc, kept: list[Span]) -> list[Span]:
        """`le chef d'état-major général des [Forces armées togolaises]`, `l'état-major de l'[Armée polonaise]`: a
        country's army (a head of institutions.yml marked `inner_body`) closed by its demonym, ending the last
        `de`-phrase of a longer name, is a body the text names, a mention of its own beside the longer name.
        `l'état-major général des forces armées` (no country) names none; nor does a `de` + country that
        qualifies the longer name (`le ministère des Armées de la France`: a portfolio, then whose ministry;
        `Commandement central des forces armées des États-Unis`: the command's country)."""
        of_words = self.lexicon.grammar.of_words
        names = [e for e in kept if e.label_ == "ORG"]
        lexicon_spans = group_spans(doc, LEXICON_KEY)
        demonym_ends = {s.end for s in lexicon_spans if s.label_ == "MISC" and s.id_.startswith("countries:")}
        armies = [s for s in lexicon_spans if s.label_ == "ORG" and s.id_.startswith("institutions:")
                  and s.id_.split(":", 1)[1] in self.inner_heads and s.end in demonym_ends]
        found = []
        for ent in names:  # the kept entities do not overlap: one army at most closes each
            inner = [s for s in armies if ent.start < s.start and s.end == ent.end
                     and doc[s.start - 1].lower_.replace("’", "'") in of_words]
            if not inner:
                continue
            army = min(inner, key=lambda s: s.start)  # the longest: `Forces armées togolaises`, not `armées togolaises`
            span = Span(doc, army.start, army.end, label="ORG", span_id=army.id_)
            span._.normalized, span._.source = span_text(army), "rule:" + army.id_ + "+inside"
            found.append(span)
        return found

    def _keep_role_organisations(self, doc: Doc, candidates: list[Span], chosen: list[Span]) -> None:
        """`chef d'état-major des armées`, `secrétaire américain à la Défense`: the role won the overlap,
        but the organisation (`état-major des armées`) or the demonym it holds is still said. Kept in
        `doc.spans["role_orgs"]` and `doc.spans["role_countries"]`, beside the role."""
        role_at = {i: r for r in chosen if r.label_ == "ROLE" for i in range(r.start, r.end)}
        kept = {_key(s) for s in chosen}
        orgs, countries = [], []
        for span in candidates:
            role = role_at.get(span.start)
            if role is None or _key(span) in kept:
                continue
            if span.label_ == "ORG" and role.start < span.start and role.end <= span.end:
                if self._generic(span):
                    continue  # `chef d'[état-major général]`: a kind of body, of no one named, is no entity
                orgs.append(span)
            elif span.label_ == "MISC" and span.end <= role.end:
                countries.append(span)
            else:
                continue
            span._.normalized, span._.source = self._rule_value(span)
        doc.spans[ROLE_ORGS] = filter_spans(orgs)
        # `chef de l'[Armée suisse]`, `commandant de la [force aéromaritime française]`: a name reaching past
        # the role's own words is a body the text names, a mention of its own; `chef d'[état-major des
        # armées]` only spells the title
        # `chef d'[état-major interarmées] américain`: a title spelt without an article, then only its holder's
        # demonym, names no body either
        demonym_end = {c.start: c.end for c in candidates if c.label_ == "MISC" and c.id_.startswith("countries:")}
        doc.spans[ROLE_ORG_MENTIONS] = [o for o in doc.spans[ROLE_ORGS] if o.end > role_at[o.start].end
                                        and not self._title_and_demonym(o, role_at[o.start], demonym_end)]
        doc.spans["role_countries"] = filter_spans(countries)

    def _title_and_demonym(self, org: Span, role: Span, demonym_end: dict[int, int]) -> bool:
        """`chef d'état-major de la défense italien`: the organisation inside the role follows a bare `de`
        (no article: the words are the title's compound) and reaches past the role only by a demonym."""
        doc, grammar = org.doc, self.lexicon.grammar
        before = doc[org.start - 1]
        if before.lower_ not in grammar.of_words or before.morph.get("Definite") \
                or before.lower_ in grammar.definite_articles:
            return False
        return demonym_end.get(role.end) == org.end

    def _capital_word_of_another(self, span: Span) -> bool:
        """`la Marine`, `l'Alliance`: one word that names a listed body only by its capital (organisations.yml
        `case_sensitive`) names it after an article; not in a name that goes on (`Marine Royale`, `Marine de
        l'Armée populaire`, `Marine de la CEDEAO`: another country's or body's), after a name (`Rafale
        Marine`: an aircraft) or in a menu (`| Marine |`)."""
        if len(span) != 1 or span.label_ != "ORG" or not span.id_.startswith("organisations:"):
            return False
        entry = self.lexicon.entry(span.id_)
        if span.text not in (entry.get("case_sensitive") or []):
            return False
        doc, grammar = span.doc, self.lexicon.grammar
        before = doc[span.start - 1] if span.start else None
        if before is None or not (_determiner(before, grammar) or before.pos_ == "DET" and before.is_alpha):
            return True  # `cette Alliance`, `notre Marine`: a demonstrative or a possessive is a determiner too
        if span.end < len(doc) and _capitalised(doc[span.end]) and not doc[span.end].is_sent_start:
            return True
        after = doc[span.end:span.end + 3]
        return len(after) >= 2 and after[0].lower_ in grammar.of_words and any(
            _capitalised(t) for t in after[1:] if t.lower_ not in grammar.of_words)

    def _closed_by_demonym(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """`les Armées nigérianes en visite de travail à Niamey`: a name the grammar read ends at its demonym
        when a preposition of place (institutions.yml `place_linkers`) and a common noun follow it: what
        comes after is the sentence's circumstance, not a complement of the name (`forces terrestres
        américaines en Europe` goes on with a place; `Force en attente` has no demonym before `en`)."""
        linkers = {fold(w) for w in self.lexicon.institutions.get("place_linkers") or []}
        ends = {s.end for s in spans if s.label_ == "MISC" and s.id_.startswith("countries:")}
        out = []
        for span in spans:
            if span.label_ == "ORG" and span.id_.startswith("institutions:"):
                cut = next((i for i in range(span.start + 1, span.end - 1) if i in ends
                            and fold(doc[i].text) in linkers and doc[i + 1].is_lower), None)
                if cut is not None:
                    span = Span(doc, span.start, cut, label=span.label_, span_id=span.id_)
            out.append(span)
        return out

    def _of_another_country(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """`le Conseil de sécurité de la Fédération de Russie`, `la Marine nationale de Côte d'Ivoire`: a body
        of the lists followed by `de` and a country that is not its own is that country's body, named as
        written (a capitalised adjective before it belongs to the name: `la Grande Assemblée nationale de
        Turquie`). The country's own body (`l'Assemblée nationale de France`) or a parent that is no country
        (`le Conseil de sécurité de l'ONU`) keep the lists' name. The longer name competes with the roles
        as any other (`secrétaire du [Conseil de sécurité de la Fédération de Russie]`); a title spelt with its
        body and no article (`chef d'état-major des armées du Nigeria`) keeps its words, the country qualifies it."""
        grammar = self.lexicon.grammar
        country_at = {s.start: s for s in spans if s.label_ in ("LOC", "MISC") and s.id_.startswith("countries:")
                      and not s.id_.startswith("countries:r.") and s[0].text[:1].isupper()}
        role_at = {i for s in spans if s.label_ == "ROLE" for i in range(s.start + 1, s.end)}
        extra = []
        for span in spans:
            if span.label_ != "ORG" or not span.id_.startswith("organisations:"):
                continue
            before = doc[span.start - 1] if span.start > 0 else None
            if span.start in role_at and before is not None and before.lower_ in grammar.of_words \
                    and not before.morph.get("Definite"):
                continue  # `Chef d'[État-Major des Armées] du Nigeria`: the title's own words, no body named
            k = span.end
            if k >= len(doc) or doc[k].lower_ not in grammar.of_words:
                continue
            k += 1
            while k < len(doc) and k - span.end < 3 and _determiner(doc[k], grammar):
                k += 1
            country = country_at.get(k)
            own = self.lexicon.entry(span.id_).get("country")
            if country is None or country.id_.split(":", 1)[1] == own:
                continue
            start = span.start
            if start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "ADJ" \
                    and not doc[start - 1].is_sent_start:
                start -= 1  # `Grande Assemblée nationale`
            extra.append(Span(doc, start, country.end, label="ORG", span_id="institutions:of-country"))
        return spans + extra

    def _bare_generic(self, span: Span, values: dict) -> bool:
        """`les forces armées de nos deux pays`, `aux forces armées`: a generic body of the lists (a common
        noun, no country, parent or acronym), in the plural and with nothing the text adds to it, speaks of
        a kind of body, not of one: no entity. `forces armées nigériennes` keeps its country; a singular
        (`le porte-parole de l'état-major interarmées`) refers to one body the story names."""
        if span.label_ != "ORG" or not self._generic(span):
            return False
        entry = self.lexicon.entry(span.id_)
        name = entry.get("name") or ""
        head = next((t for t in span if t.lower_ not in self.lexicon.grammar.determiners), span[0])
        return name[:1].islower() and values[_key(span)][0] == name and "Plur" in head.morph.get("Number")

    def _kind_of_a_noun(self, span: Span) -> bool:
        """`un colonel de gendarmerie`, `une brigade de gendarmerie`: a generic body of the lists written in lower case
        (no country, parent or acronym) after `de` with no article is the kind of the noun before it, as an
        adjective would be, not the body; `les unités de la gendarmerie` names the body."""
        if span.label_ != "ORG" or span.start == 0 or not self._generic(span):
            return False
        name = self.lexicon.entry(span.id_).get("name") or ""
        before = span.doc[span.start - 1].lower_  # either apostrophe: the grammar's words hold both
        return name[:1].islower() and span[0].is_lower and before in self.lexicon.grammar.kind_prepositions

    def _kind_of_the_body(self, span: Span) -> bool:
        """`la Gendarmerie royale`, `la gendarmerie maritime`, `la gendarmerie de proximité`: an adjective, or `de` with
        no article and a common noun, right after a generic body of the lists (no country, parent or acronym) names a
        body or a kind of its own, of which the generic name is only the first words: the generic name alone is not
        what is meant. A demonym or a place makes the grammar's longer name (`la gendarmerie malienne`), read before."""
        doc = span.doc
        if span.label_ != "ORG" or span.end >= len(doc) or not self._generic(span):
            return False
        after = doc[span.end]
        if after.lower_ in self.lexicon.grammar.kind_prepositions and span.end + 1 < len(doc):
            after = doc[span.end + 1]
            return after.is_lower and after.is_alpha and after.pos_ == "NOUN"
        return after.pos_ == "ADJ" and after.is_lower and after.is_alpha

    def _common_noun(self, span: Span) -> bool:
        """`un conseil de sécurité stratégique`: a name the lists write with capitals, here in lower case
        after an indefinite article, is a common noun (one of a kind), not the body of the lists."""
        entry = self.lexicon.entry(span.id_)
        return (span.label_ == "ORG" and span.id_.startswith("organisations:") and span.start > 0
                and span.doc[span.start - 1].lower_ in self.lexicon.grammar.indefinite_articles
                and any(c.isupper() for c in entry.get("name", "")) and not any(c.isupper() for c in span_text(span)))

    def _generic(self, span: Span) -> bool:
        """A body of the lists named without its country, parent or acronym (`état-major général`,
        `forces armées`): inside a role it only repeats the role."""
        entry = self.lexicon.entry(span.id_)
        return bool(entry) and not (entry.get("country") or entry.get("parent") or entry.get("acronyms"))

    def _qualify_by_demonym(self, doc: Doc, spans: list[Span], values: dict) -> list[Span]:
        """`armée de Terre italienne`: an organisation followed by another country's demonym is that
        country's body, not the one of the rule (`armée de Terre` is French): keep it as written."""
        out: list[Span] = []
        skip: set[int] = set()
        for index, span in enumerate(spans):
            if index in skip:
                continue
            nxt = spans[index + 1] if index + 1 < len(spans) else None
            if (span.label_ == "ORG" and nxt is not None and nxt.label_ == "MISC" and nxt.start == span.end
                    and nxt.id_.startswith("countries:") and not nxt.id_.startswith("countries:r.")):
                # a region's adjective (`l'OTAN asiatique`) qualifies a likeness, not a body of a country
                country = nxt.id_.split(":", 1)[1]
                if self.lexicon.entry(span.id_).get("country") != country:
                    merged = Span(doc, span.start, nxt.end, label="ORG")
                    values[_key(merged)] = (span_text(merged), values[_key(span)][1] + "+demonym")
                    out.append(merged)
                    skip.add(index + 1)
                    continue
            out.append(span)
        return out

    def _rule_value(self, span: Span) -> tuple[str, str]:
        if span.label_ in ("DATE", "DURATION") and not span.id_.startswith("patterns:"):
            return span._.normalized, span._.source  # set by the date stage
        field = NORMAL_FIELD.get(span.label_)  # patterns.jsonl spans (EVENT, PERSON...) keep their text
        entry = self.lexicon.entry(span.id_)
        if span.label_ == "ORG" and entry and self._generic(span) \
                and fold(_without_article(span, self.lexicon.grammar)).startswith(fold(entry[field]) + " "):
            # `état-major général des armées` read by a generic entry: its canonical name (`état-major
            # général`) would drop the words that tell whose it is; the name stays as written
            return _without_article(span, self.lexicon.grammar), "rule:" + span.id_
        value = entry[field] if field and field in entry else span_text(span)  # the text only if needed
        if span.label_ == "ORG" and entry and entry.get("also_named"):
            value = self._name_as_written(span, entry)
        elif span.label_ == "ORG" and entry and span.id_.startswith("organisations:") and not entry.get("shared_name"):
            value = self._name_the_text_writes(span.doc, span.id_, entry)
        return value, "rule:" + span.id_

    def _name_the_text_writes(self, doc: Doc, key: str, entry: dict) -> str:
        """A body the text names by one of its listed names but never by the canonical one (`Daech`, `la
        KFOR`, `le Commandement central américain`) is named as the text writes it: the fullest of the
        listed names it writes (an expansion before an acronym), so that every mention of the body in the
        text keeps that one name. Where the text writes the canonical name, or none of the names (a seat,
        a description), the canonical name stays; so does a name other states give a body of their own
        (`shared_name`: `la Marine`), whose owner people.py settles from the canonical name. Made once per
        Doc and body."""
        memo = self.__dict__.get("_written")
        if memo is None or memo[0] is not doc:
            memo = self._written = (doc, {})
        known = memo[1].get(key)
        if known is None:
            known = memo[1][key] = self._fullest_written(doc, key, entry)
        return known

    def _fullest_written(self, doc: Doc, key: str, entry: dict) -> str:
        canonical = entry["name"]
        names = {fold(n): n for n in [*(entry.get("acronyms") or []), *(entry.get("case_sensitive") or []),
                                      *(entry.get("aliases") or [])]}
        names[fold(canonical)] = canonical
        written = set()
        for mention in group_spans(doc, LEXICON_KEY):
            if mention.id_ == key:
                name = names.get(fold(_without_article(mention, self.lexicon.grammar)))
                if name == canonical:
                    return canonical
                if name is not None:
                    written.add(name)
        if not written:
            return canonical
        return max(sorted(written), key=lambda n: (" " in n, len(n)))

    def _name_as_written(self, span: Span, entry: dict) -> str:
        """A body under two names (organisations.yml `also_named`: the Alliance des États du Sahel, since 2024
        the Confédération des États du Sahel) is named as the text writes it; its acronym or a short name
        takes the name the text spells in full, where it spells only one, else the canonical name."""
        other = {fold(n): n for n in entry.get("also_named") or []}
        written = fold(_without_article(span, self.lexicon.grammar))
        if written in other:
            return other[written]
        full = {fold(n) for n in [entry["name"], *(entry.get("aliases") or [])]}
        if written in full:
            return entry["name"]
        spelled = set()
        for mention in group_spans(span.doc, LEXICON_KEY):
            if mention.id_ == span.id_:
                folded = fold(_without_article(mention, self.lexicon.grammar))
                spelled |= {other[folded]} if folded in other else {entry["name"]} if folded in full else set()
        return spelled.pop() if len(spelled) == 1 else entry["name"]

    def _text_countries(self, kept: list[Span]) -> set[str]:
        """The countries whose own titles or bodies the text names: a role that always implies one
        (`country` in roles.yml: `chef de la Défense` -> `be`), a listed national body (`Forces armées
        canadiennes` -> `ca`)."""
        found = set()
        for ent in kept:
            code = self.lexicon.entry(ent.id_.removesuffix("#head")).get("country")
            if code and ent.label_ in ("ROLE", "ORG"):
                found.add(code)
        return found

    def _national_portfolios(self, doc: Doc, kept: list[Span], values: dict) -> list[Span]:
        """`a rappelé la Défense dans un communiqué`, `depuis son arrivée à la Défense nationale`: a country
        whose ministry is named by its portfolio alone (`portfolio` in organisations.yml) is named so in a
        text whose country is that one alone among those its titles and bodies name (`_text_countries`).
        The capitalised words of the portfolio, after an article or a `de` (a lone word without one is a
        heading or a tag: `Tags : Défense`), not closed by an adjective or a name (`la Défense belge`,
        `Défense nationale` is not `Défense`), outside a role's complement (`ministre de la Défense`) and any
        other name; a place or a name the model read within those words gives way (`la Défense`, a district
        of Paris). Written as the text does."""
        if not self.portfolios:
            return kept
        countries = self._text_countries(kept)
        owners = {c for found in self.portfolios.values() for _, c in found if c in countries}
        if len(owners) != 1:
            return kept
        grammar = self.lexicon.grammar
        lead = grammar.of_words | grammar.definite_articles | grammar.determiners
        at = {i: e for e in kept for i in range(e.start, e.end)}
        added, dropped = [], set()
        # each distinct word folded once, and where each folded word stands: a portfolio is looked for where
        # its first word is, not by folding every word of the text again for each portfolio
        strings, orths = doc.vocab.strings, token_column(doc, "ORTH")
        folded_of = {h: fold(strings[h]) for h in set(orths)}
        folded = [folded_of[h] for h in orths]
        where: dict[str, list[int]] = {}
        for i, word in enumerate(folded):
            where.setdefault(word, []).append(i)
        for words, found in self.portfolios.items():
            key = next((k for k, c in found if c in owners), None)
            if key is None:
                continue
            n = len(words)
            for i in where.get(words[0], []):
                if i > len(doc) - n or tuple(folded[i : i + n]) != words:
                    continue
                span = doc[i : i + n]
                if not _capitalised(span[0]):
                    continue
                after = doc[i + n] if i + n < len(doc) else None
                if after is not None and after.is_alpha and (after.pos_ == "ADJ" or _capitalised(after)):
                    continue
                if n == 1 and not (i > 0 and doc[i - 1].lower_ in lead):
                    continue
                inside = {at[j] for j in range(i, i + n) if j in at}
                if any(not (i <= e.start and e.end <= i + n and values[_key(e)][1] == "model") for e in inside):
                    continue
                k = i
                while k > 0 and doc[k - 1].lower_ in grammar.title_linkers:
                    k -= 1
                if k > 0 and (k - 1) in at and at[k - 1].label_ == "ROLE" and at[k - 1].end == k:
                    continue  # `ministre de la Défense`: the role's complement
                new = Span(doc, i, i + n, label="ORG", span_id=f"portfolio:{key}")  # no list parent: as written
                values[_key(new)] = (span_text(new), f"rule:organisations:{key}+portfolio")
                added.append(new)
                dropped |= inside
        if not added:
            return kept
        return sorted([e for e in kept if e not in dropped] + added, key=lambda e: e.start)

    def _short_names(self, doc: Doc, kept: list[Span], values: dict, furniture: set[int]) -> list[Span]:
        """`la présidente de la Commission`, `le plan présenté par la Commission`: a body's short name
        (`short_name` in organisations.yml), capitalised after a definite article and closed there (no
        complement, no adjective, no other capital: `la Commission de la CEDEAO`, `la Commission mixte`), in a
        text that names its parent or another body of that parent, is that body, under its own name. Inside a
        role's words it is a mention of its own, as a name reaching past a role (`role_org_mentions`)."""
        if not self.short_names:
            return kept
        named = {self.lexicon.entry(e.id_).get("id") for e in kept if e.label_ == "ORG"}
        named |= {self.lexicon.entry(e.id_).get("parent") for e in kept if e.label_ == "ORG"}
        wanted = {word: found for word, found in self.short_names.items() if found[1] in named}
        if not wanted:
            return kept
        grammar = self.lexicon.grammar
        articles = grammar.definite_articles | {a for a in grammar.elided_articles if a.startswith("l")}
        at = {i: e for e in kept for i in range(e.start, e.end)}
        added, mentions = [], []
        for i in tokens_with(doc, "ORTH", set(wanted)):
            after = doc[i + 1] if i + 1 < len(doc) else None
            if i == 0 or i in furniture or doc[i - 1].lower_ not in articles or after is not None and (
                    after.lower_ in grammar.of_words or after.pos_ == "ADJ" or after.text[:1].isupper()):
                continue
            holder = at.get(i)
            key = wanted[doc[i].text][0]
            name = self.lexicon.entry(f"organisations:{key}").get("name", doc[i].text)
            value = (name, f"rule:organisations:{key}+short")
            if holder is not None and holder.label_ == "ORG" and len(holder) == 1 \
                    and values[_key(holder)][1] == "model":
                values[_key(holder)] = value  # the model's `Commission`, alone: that body
                continue
            if holder is not None and holder.label_ != "ROLE":
                continue
            span = Span(doc, i, i + 1, label="ORG", span_id=f"organisations:{key}")
            if holder is None:
                values[_key(span)] = value
                added.append(span)
            else:
                span._.normalized, span._.source = value
                mentions.append(span)
        if mentions:  # `la présidente de la [Commission]`: the role names its organisation, as in `role_orgs`
            doc.spans[ROLE_ORG_MENTIONS] = [*doc.spans[ROLE_ORG_MENTIONS], *mentions]
            doc.spans[ROLE_ORGS] = sorted([*doc.spans[ROLE_ORGS], *mentions], key=lambda s: s.start)
        return sorted([*kept, *added], key=lambda e: e.start) if added else kept

    def _as_written(self, doc: Doc, kept: list[Span], values: dict) -> None:
        """`l'armée chinoise`, `le Pentagone`: a body of the lists the text names only by a description (a
        force's head and a demonym, in lower case: `_described`) or by its seat (organisations.yml `seats`)
        is written as the text does; where the text names it also by its name, an acronym or another alias
        (`la Bundeswehr ... les forces armées allemandes`), every mention keeps the canonical name."""
        mentions: dict[str, list[Span]] = {}
        for span in group_spans(doc, LEXICON_KEY):
            if span.label_ == "ORG" and span.id_.startswith("organisations:"):
                mentions.setdefault(span.id_, []).append(span)
        for ent in kept:
            if ent.label_ != "ORG" or not values[_key(ent)][1].startswith("rule:organisations:"):
                continue
            entry = self.lexicon.entry(ent.id_)
            if not entry or not self._described(ent, entry):
                continue
            if any(not self._described(m, entry) for m in mentions.get(ent.id_, [])):
                continue
            values[_key(ent)] = (_without_article(ent, self.lexicon.grammar), values[_key(ent)][1] + "+as-written")

    def _house_titles(self, doc: Doc, kept: list[Span], values: dict) -> list[Span]:
        """`le locataire de l'Élysée`, `le chef du Pentagone`, `le maître du Kremlin`: a house word (roles.yml
        `house_words`) joined by `de` to a body named by its seat (organisations.yml `seats`) is a periphrasis
        for the office that heads the body (its first `heads`): a ROLE of that office over the house word
        (`#head`: the word stands for the whole title), the seat staying the ORG it is."""
        grammar = self.lexicon.grammar
        titles: dict[int, Span] = {}
        for org in kept:
            if org.label_ != "ORG" or not org.id_.startswith("organisations:"):
                continue
            entry = self.lexicon.entry(org.id_)
            heads = entry.get("heads") or []
            if not heads or fold(_without_article(org, grammar)) not in {fold(t) for t in entry.get("seats") or []}:
                continue
            k = org.start - 1
            while k > org.start - 3 and k > 0 and doc[k].lower_ in grammar.of_words:
                k -= 1  # `de l'`, `du`, `de la`
            if k == org.start - 1 or doc[k + 1].lower_ not in grammar.of_words - grammar.definite_articles \
                    or doc[k].lower_ not in self.house_words:
                continue
            role = self.lexicon.entry(f"roles:{heads[0]}")
            if not role or any(e.start <= k < e.end and (e.start, e.end) != (k, k + 1) for e in kept):
                continue  # `le chef d'état-major du Pentagone`: a title of its own
            title = Span(doc, k, k + 1, label="ROLE", span_id=f"roles:{heads[0]}#head")
            values[_key(title)] = (role["role"], f"rule:roles:{heads[0]}#head")
            titles[k] = title
        if not titles:
            return kept
        return sorted([e for e in kept if not (e.start in titles and e.end == e.start + 1)]
                      + list(titles.values()), key=lambda e: e.start)

    def _described(self, span: Span, entry: dict) -> bool:
        """The span names the body by its seat, or by a description: a force's head in lower case
        (`armée`, `forces armées`, `forces de défense`), closed by a demonym (`chinoise`), not its name."""
        written = fold(_without_article(span, self.lexicon.grammar))
        if written in {fold(t) for t in entry.get("seats") or []}:
            return True
        if written == fold(entry.get("name", "")) or written.split()[0] not in self.force_heads:
            return False
        words = [t for t in span if t.is_alpha]
        last = words[-1] if words else None
        return last is not None and all(t.is_lower for t in words) and any(
            d.end == span.end and d.start == last.i and d.id_.startswith("countries:")
            and not d.id_.startswith("countries:r.") for d in group_spans(span.doc, LEXICON_KEY))

    def _acting_participle(self, span: Span) -> bool:
        """`le général X, représentant le chef d'état-major général`: a title whose word is also a present
        participle (roles.yml `acting_participle`), with no article before it and an article or a possessive
        right after it, is the verb (on whose behalf one acts), not the noun: a noun takes its complement
        with `de` (`le représentant de l'Union africaine`, `représentant spécial du secrétaire général`)."""
        if span.label_ != "ROLE" or len(span) != 1 or not self.lexicon.entry(span.id_).get("acting_participle"):
            return False
        doc, grammar = span.doc, self.lexicon.grammar
        if span.start > 0 and doc[span.start - 1].lower_ in grammar.determiners:
            return False
        after = grammar.title_determiners | grammar.possessive_determiners  # `représentant le`, `représentant son`
        return span.end < len(doc) and doc[span.end].lower_ in after

    def _trim(self, doc: Doc, ent: Span, taken: set[int]) -> Span | None:
        """A model entity without leading articles, civilities, ranks or roles; None if nothing is left."""
        start, end = ent.start, ent.end
        grammar, person = self.lexicon.grammar, ent.label_ == "PER"
        start = civil_start = self._inside_civility(doc, start, end)
        while start < end:
            token, civility = doc[start], self._civility_end(doc, start)
            if not (_determiner(token, grammar) or civility > start or token.is_space or token.is_punct
                    or person and start in taken):
                break
            civil_start = civility if civility > start else civil_start
            start = max(start + 1, civility)
        while end > start and ((last := doc[end - 1]).is_punct or last.is_space):
            end -= 1
        if person:
            end = _without_trailing_of(doc, start, end, grammar)
        if start >= end:
            return None
        label = MODEL_LABELS.get(ent.label_, "MISC")
        if label == "ORG":
            end = _before_missed_verb(doc, start, end)
        if label == "PERSON":
            end = _upper_surname_end(doc, start, end, taken)
            end = _glued_name_end(doc, start, end, taken)
            end = _syllable_end(doc, start, end, taken)
            if end < len(doc) and doc[end].lower_ in self.thing_last_words and doc[end].text[:1].isupper() \
                    and doc[end - 1].whitespace_ == " ":
                end, label = end + 1, "LOC"  # `l'Andrew W. Mellon Auditorium`: a hall named after a person
        else:
            end = _glued_word_end(doc, start, end, taken)
        while end < len(doc) and not doc[end - 1].whitespace_ and not doc[end].is_space \
                and (doc[end].text.startswith("/") or doc[end - 1].text == "/"):
            end += 1  # `AFC/M23`, `SAMP/T`: the model's span cut the word at its slash
        if label != "PERSON" and (
                self._in_apposition(doc, start, end, taken)
                and doc[start:end].text not in self.cities  # `à Phnom Penh, X`: a town of countries.yml `places`
                or civil_start == start > ent.start and _name_words(doc[start:end], grammar)):
            label = "PERSON"  # `Son Altesse Cheikh X bin Y` read as a place: a civility opens a person's name
        elif label == "PERSON" and end - start == 1 and start > 0 and doc[start - 1].lower_ in ("à", "au"):
            label = "LOC"  # `à Balard`: a lone name after `à` is a place
        elif label == "PERSON" and end - start > 1 and doc[start:end].text in self.cities:
            label = "LOC"  # `quitter Phnom Penh`: a town of several words of the lists (`Victoria` may be someone)
        if label == "ORG" and _dateline(doc, start, end):
            start = _dateline_start(doc, start)
            label = "LOC"  # `PEKIN, 29 août (Xinhua) --`: the place a dispatch was filed from
        span = Span(doc, start, end, label=label)
        if not self._plausible(span):
            return None
        if label == "ORG" and start > 0 and ORDINAL.match(doc[start - 1].text) and doc[start].is_upper:
            span = Span(doc, start - 1, end, label=label)  # `la 6e BLB`: the ordinal numbers the unit
        return span

    def _gathering(self, span: Span, places: set[str]) -> bool:
        """`Forum international de Dakar`, `Conférence de Munich sur la sécurité`: a name headed by a
        gathering's noun (institutions.yml `event_heads`) and named after a place is an event held there,
        not a body; `Forum sur la coopération sino-africaine`, `Conférence des chefs d'État` stay bodies.
        In lower case, one whose complement is a body of the lists is that body's meeting (`le sommet annuel
        de l'Union africaine`)."""
        grammar = self.lexicon.grammar
        words = [t for t in span if t.lower_ not in grammar.determiners]
        if not words or fold(words[0].text) not in self.event_heads:
            return False
        k = words[0].i + 1  # the first complement, over the adjectives (`Forum international de Dakar`)
        while k < span.end and span.doc[k].is_lower and span.doc[k].pos_ == "ADJ":
            k += 1
        while k < span.end and span.doc[k].lower_ in grammar.of_words:
            k += 1
        if k < span.end and k > words[0].i + 1 and words[0].is_lower and span.doc[k - 1].lower_ in grammar.of_words \
                and any(s.start == k and s.label_ == "ORG" and s.end <= span.end
                        for s in group_spans(span.doc, LEXICON_KEY)):
            return True  # `la conférence annuelle du Comité militaire`: a meeting of a body the lists hold
        return k < span.end and k > words[0].i + 1 and span.doc[k - 1].lower_ in grammar.of_words \
            and span.doc[k].is_alpha and span.doc[k].text in places

    def _inside_civility(self, doc: Doc, start: int, end: int) -> int:
        """`Son [Altesse Cheikh Hamdan bin Mohammed]`: a model span opening inside a civility of several
        words (names.yml `civilities`) starts past it; start when no civility before it reaches inside."""
        longest = len(self.civility_words[0]) if self.civility_words else 1  # sorted longest first
        for k in range(1, longest):
            if start - k >= 0 and start < (civility := self._civility_end(doc, start - k)) < end:
                return civility
        return start

    def _civility_end(self, doc: Doc, i: int) -> int:
        """Where a civility starting at token i ends (`M.`, `S.E.M.`, `Son Excellence`); i when none does."""
        if i >= len(doc):
            return i
        lower = parse_column(doc, "lower")  # asked for every word of every entity: no Python Token of each
        word = lower[i]
        if word in self.civility_firsts:  # the longest first: `Samdech Techo` over `Samdech`
            for words in self.civility_words:
                if lower[i : i + len(words)] == list(words):
                    return i + len(words)
        return i + 1 if word in self.civilities or parse_column(doc, "texts")[i] in self.lower_civilities else i

    def _in_apposition(self, doc: Doc, start: int, end: int, taken: set[int]) -> bool:
        """`le président turc, Recep Tayyip Erdoğan,`: a name the model called MISC, set between a
        title (role, rank, civility, demonym) and a comma, is a person."""
        if end - start < 2 or not all(_name_token(t) or t.text == "-" for t in doc[start:end]):
            return False
        before = start - 1
        if before >= 0 and doc[before].text in (",", "("):
            before -= 1  # `le président turc, Recep Tayyip Erdoğan,`, `et turc (Hulusi Akar)`
        return before >= 0 and (before in taken or doc[before].lower_ in self.civilities)

    def _plausible(self, span: Span) -> bool:
        """The model's entity looks like a name: capitalised, not a lone common word."""
        first = span[0].text
        if not first[:1].isupper() or span_text(span).lower() in self.not_names:
            return False
        if span.label_ != "PERSON" and _not_a_body(span, self.weekdays, self.lexicon.grammar):
            return False
        if span.label_ == "ORG" and span.start > 0 and span.doc[span.start - 1].like_num:
            return False  # `quarante-deux Rafale`, `12 Leopard`: things counted, not an organisation
        if _edition(span):
            return False  # `la CAN 2023`: an edition of an event
        if span.label_ == "ORG" and _document(span, self.document_heads, self.lexicon.grammar):
            return False  # `la Constitution`, `Plan national de relance`: a text or a plan, not a body
        if span.label_ == "ORG" and _elided_service(span, self.domains, self.lexicon.grammar):
            return False  # `les armées de Terre, de l'Air et de la Marine`: `Air`, a domain, its head left out
        if span.label_ == "ORG" and _machines(span, self.lexicon.grammar):
            return False  # `des Rafale supplémentaires`, `des escadrons de Rafale`
        if span.label_ == "ORG" and _capitalised_common_noun(span, self.lexicon.grammar):
            return False  # `les Parties contractantes`, a rubric `Posté dans Europe, Politique`
        if span.label_ != "PERSON" and (_credited(span) or _after_a_time(span) or _lone_line(span)):
            return False  # `© AFP`, `19:41 UTC`, a menu's or a motto's lines (`Liberté`, `LinkedIn`)
        if span.label_ == "ORG" and _masthead_line(span, self.outlet_name_max):
            return False  # `L'Express de Madagascar`, `MER ET MARINE` over the page: the outlet's name
        if span.label_ != "PERSON" and (_rubric_before_text(span) or _label_word(span)):
            return False  # `ANALYSE - Le report de ...`; a heading `Editeur`, a list's label `Présents. -`
        if span.label_ == "ORG" and (_dated_title(span) or (
                fold(span[0].text) not in self.body_heads and _heading_phrase(span))):
            return False  # `le plan « Horizon 2040 »`; a heading `Compte rendu de la séance`
        if span.label_ == "PERSON" and len(span) == 1 and span.start > 0 \
                and span.doc[span.start - 1].lower_ in self.lexicon.grammar.definite_articles:
            return False  # `Président de la Transition`: a name of a person takes no article
        if span.label_ == "PERSON":
            return all(t.text[:1].isupper() or t.is_punct or t.lower_ in self.lexicon.grammar.name_particles
                       or _after_glued_apostrophe(t, span.start) for t in span) \
                and not any(t.like_num and not _name_syllable(t, span.start) for t in span)
        return True

    def _names_after_titles(self, doc: Doc, rule_spans: list[Span], taken: set[int], values: dict) -> list[Span]:
        """`le général Ashraf`, `le ministre de la Défense Oleksii Reznikov`: capitalised words right
        after a rank, a role or a civility name a person."""
        people: list[Span] = []
        starts = [s.end for s in rule_spans if s.label_ in ("RANK", "ROLE")]  # `le ministre de la Défense X`
        demonym_end = {s.start: s.end for s in rule_spans if s.label_ == "MISC" and _demonym(s)}
        starts = [demonym_end.get(start, start) for start in starts]  # `le Premier ministre britannique X`
        civil = [self._civility_end(doc, i) for i in tokens_with(doc, "LOWER", self.civilities)]  # the longest
        civil += [i + len(w) for w in self.civility_words for i in tokens_with(doc, "LOWER", {w[0]})
                  if self._civility_end(doc, i) == i + len(w)]
        civil += [i + 1 for i in tokens_with(doc, "ORTH", self.lower_civilities)]  # `cheikh X`, never `Cheikh X`
        civil += [s.end for s in rule_spans if s.label_ == "RANK"]
        starts += civil
        civil_set = set(civil)  # a civility or a rank: a name opening with its particle may follow
        for start in starts:
            if start + 3 < len(doc) and doc[start].text == "(" and doc[start + 2].text == ")" \
                    and doc[start + 1].lower_ in self.lexicon.grammar.rank_sections:
                start += 3  # `le général (2S) X`: a general's reserve section between rank and name
            while start < len(doc) and self._civility_end(doc, start) > start:
                start = self._civility_end(doc, start)  # `l'amiral Sir Tony Radakin`, `S.E. M. X`
            end = start
            if start in civil_set and start < len(doc) and start not in taken:
                end = self._leading_particle(doc, start)  # `M. al-Sissi`, `Mme da Silva`, `le général de Villiers`
            while end < len(doc) and end not in taken:
                if _name_token(doc[end]) or _name_hyphen(doc, end, start) or self._inner_particle(doc, end, start):
                    end += 1
                elif _lower_name_part(doc, end, start) and end + 1 not in taken:
                    end += 2  # `Yoon Suk-yeol`: the hyphen and the syllable after it
                else:
                    break
            if end > start:
                span = Span(doc, start, end, label="PERSON")
                values[_key(span)] = (span_text(span), "rule:names:after-title")
                people.append(span)
                taken.update(range(start, end))
        return people

    def _leading_particle(self, doc: Doc, i: int) -> int:
        """After a civility or a rank, a surname may open with its particle, which a name in the middle
        of a sentence writes in lower case: `M. al-Sissi`, `Mme da Silva`, `le général de Villiers`. Where
        the name's first word ends (past its particle); i when token i opens no such name. An article
        (`M. le Président`) opens none."""
        grammar = self.lexicon.grammar
        word = doc[i].lower_
        if word not in grammar.name_particles or word in grammar.determiners:
            return i
        if i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ \
                and _name_token(doc[i + 2]):
            return i + 2  # `al-Sissi`, `el-Béchir`: the article joined to the name by a hyphen
        if i + 1 < len(doc) and _name_token(doc[i + 1]) and doc[i + 1].lower_ not in self.not_names:
            return i + 1
        return i

    def _inner_particle(self, doc: Doc, i: int, start: int) -> bool:
        """`Luiz Inacio Lula da Silva`: a particle of names between two capitalised words of a name (not a
        French preposition or article: `le général X de Gaulle` is not read past `de`)."""
        grammar = self.lexicon.grammar
        return i > start and i + 1 < len(doc) and doc[i].lower_ in grammar.name_particles \
            and doc[i].lower_ not in grammar.of_words | grammar.determiners \
            and _name_token(doc[i - 1]) and _name_token(doc[i + 1])

    def _inner_name(self, span: Span, acronym: str) -> Span | None:
        """The capitalised name inside an organisation's name whose initials the acronym in brackets
        spells, when the whole name's do not: the acronym stands for that inner name."""
        grammar = self.lexicon.grammar

        def initials(words: Span, skipped) -> str:
            return "".join(t.text[0] for t in words if not t.is_punct and t.lower_ not in skipped).upper()

        def spells(words: Span) -> bool:
            # `Volontaires pour la défense de la patrie (VDP)`: an acronym skips the lower-case function words
            function_words = set(grammar.determiners) | {w for w in grammar.wrap_words}
            return letters in (initials(words, grammar.determiners), initials(words, function_words))
        letters = acronym.upper()
        if spells(span) or len(letters) < 2:
            return None
        for k in range(span.start + 1, span.end - 1):
            if span.doc[k].text[:1].isupper() and span.doc[k - 1].lower_ in grammar.determiners \
                    and spells(span.doc[k : span.end]):
                return Span(span.doc, k, span.end, label="ORG")
        return None

    def _head_spelled(self, span: Span, acronym: str, spans: list[Span]) -> Span | None:
        """`le Comité militaire de l'OTAN (CMO)`, `directeur des ressources humaines de l'armée de Terre (DRHAT)`:
        an acronym in brackets that does not spell the body right before them, but the longer name of which that
        body is the complement (an organisation then only of-words or determiners up to the body, or a role then
        words in lower case: `directeur des ressources humaines de`),
        stands for that name. Returns the organisation starting the longer name, the body before the brackets
        itself where a role starts it (the acronym is the role's, no body's), None where no such name is spelled
        (the acronym is the body's: `un détachement des Forces rwandaises de défense (RDF)`)."""
        doc, grammar = span.doc, self.lexicon.grammar
        skipped = set(grammar.determiners) | set(grammar.wrap_words)
        letters = acronym.replace("&", "").replace("-", "")
        if len(letters) < 2 or _spells(span, letters, skipped):
            return None
        between = set(grammar.of_words) | set(grammar.determiners)
        head = next((s for s in spans if s.label_ in ("ORG", "ROLE") and s.end < span.start
                     and all(t.lower_.replace("’", "'") in between or s.label_ == "ROLE" and t.is_lower
                             for t in doc[s.end : span.start])
                     and _spells(doc[s.start : span.end], letters, skipped)), None)
        if head is None:
            return None
        return head if head.label_ == "ORG" else span

    def _learn_acronyms(self, doc: Doc, spans: list[Span], values: dict) -> list[Span]:
        """`l'état-major des armées (EMA)`: the acronym's other mentions are the same organisation."""
        learnt: dict[str, Span] = {}
        for span in spans:
            if span.label_ != "ORG" or span.end + 2 >= len(doc):
                continue
            if doc[span.end].text == "(" and doc[span.end + 2].text == ")" and doc[span.end + 1].is_upper:
                inner = self._inner_name(span, doc[span.end + 1].text)
                if inner is not None:  # `état-major général des Forces armées béninoises (FAB)`: FAB is the forces
                    values[_key(inner)] = (span_text(inner), values[_key(span)][1] + "+acronym")
                else:
                    head = self._head_spelled(span, doc[span.end + 1].text, spans)
                    if head is not None:  # `le Comité militaire de l'OTAN (CMO)`: the committee's, or no body's
                        if head is not span:
                            learnt.setdefault(doc[span.end + 1].text, head)
                        continue
                learnt.setdefault(doc[span.end + 1].text, inner or span)
        if not learnt:
            return spans
        doc._.acronyms = {acronym: values[_key(span)][0] for acronym, span in learnt.items()}
        # `ministère de la Défense nationale (MDN)`: a name the grammar read gives its acronym the article's
        # own meaning, over the lists' (`MDN` of Canada)
        # but not where the lists' body is named inside that name (`Conseil ministériel de l'[OSCE long name] (OSCE)`)
        inside = {(s.id_, o.start) for o in learnt.values() for s in group_spans(doc, LEXICON_KEY)
                  if o.start <= s.start and s.end <= o.end}
        # and where the name it follows is read inside a generic one (`état-major général des Forces armées
        # congolaises (FAC)`: the congolese forces, not the lists' `FAC` of Canada)
        spans = [s for s in spans if not (s.label_ == "ORG" and len(s) == 1 and s.text in learnt
                                          and _named_by_the_text(learnt[s.text])
                                          and s.id_.startswith("organisations:")
                                          and (s.id_, learnt[s.text].start) not in inside)]
        taken = {i for s in spans for i in range(s.start, s.end)}
        extra = []
        for i in tokens_with(doc, "ORTH", learnt):
            origin = learnt[doc[i].text]
            if i not in taken:
                span = Span(doc, i, i + 1, label="ORG", span_id=origin.id_)
                values[_key(span)] = (values[_key(origin)][0], "rule:acronyms:defined-in-text")
                extra.append(span)
        return sorted(spans + extra, key=lambda s: s.start)


def _named_by_the_text(origin: Span) -> bool:
    """The name an acronym in brackets follows is the grammar's reading of the article's own words: an
    institution's name or a name inside a generic body's (`l'état-major général des [Forces armées
    congolaises] (FAC)`, a span of no list); a generic body of the lists (`ministère de la Défense (MINDEF)`)
    leaves the acronym the lists' country-specific meaning."""
    return origin.id_.startswith("institutions:") or not origin.id_


ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,7}$")
SPELLED_REACH = 16  # how far back from its brackets the name an acronym spells may start


def _spells(words: Span, letters: str, skipped: set[str]) -> bool:
    """The initials of the words, function words set aside, spell the letters in order: each word in
    capitals gives the next letter, a lower-case word gives it or is passed over (`Organisation pour la
    mise en valeur du fleuve X (OMVX)`: `fleuve` gives none); the first word gives the first letter and
    every letter is given."""
    n = 0
    for t in words:
        if not t.is_alpha or t.lower_ in skipped:
            continue
        if n < len(letters) and t.text[0].upper() == letters[n]:
            n += 1
        elif t.text[:1].isupper() or n == 0:
            return False
    return n == len(letters)


def _spelled_names(doc: Doc, spans: list[Span], values: dict, grammar: Grammar) -> list[Span]:
    """`le Comité pour la Relance et la Sauvegarde des Ecoles (CRSE)`: an acronym in brackets, in capitals,
    spells the name right before it; the name starts with a capitalised word and ends at the brackets,
    whatever the grammar or the lists read inside it (a shorter name, a place), and is kept as written.
    A name already read whole, or a role, a person or a date in those words, leaves it as it was."""
    skipped = set(grammar.determiners) | set(grammar.wrap_words)
    extra: list[Span] = []
    drop: set[int] = set()
    for p in tokens_with(doc, "ORTH", {"("}):  # the brackets alone: a Python Token of every word costs
        if not (1 <= p < len(doc) - 2 and doc[p + 2].text == ")" and ACRONYM.match(doc[p + 1].text)):
            continue
        letters = doc[p + 1].text.replace("&", "").replace("-", "")
        sent_start = doc[p].sent.start
        end = p
        while end > sent_start and doc[end - 1].is_punct:
            end -= 1  # `« X Y Z » (XYZ)`: the name inside its quotes
        start = next((k for k in range(max(sent_start, end - SPELLED_REACH), end - 1)
                      if doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k].lower_ not in skipped
                      and (k == sent_start or doc[k - 1].lower_ in skipped or not doc[k - 1].is_alpha)
                      and _spells(doc[k:end], letters, skipped)), None)
        if start is None or end < p:
            continue  # a name in quotes (a programme, a title) is no body the acronym proves
        inside = [n for n, s in enumerate(spans) if s.start < p and s.end > start]
        if any(spans[n].end == p and spans[n].label_ == "ORG" for n in inside):
            continue  # the name before the brackets is read already: its reading stands
        if any(spans[n].start < start or spans[n].end > p or spans[n].label_ not in ("ORG", "LOC", "MISC")
               for n in inside):
            continue  # a name reaching past those words, or a role, a rank, a date in them
        span = Span(doc, start, p, label="ORG", span_id="institutions:spelled")
        values[_key(span)] = (span_text(span), "rule:institutions:spelled-acronym")
        extra.append(span)
        drop.update(inside)
    if not extra:
        return spans
    return sorted([s for n, s in enumerate(spans) if n not in drop] + extra, key=lambda s: (s.start, s.end))


def _days_of_ranges(doc: Doc, kept: list[Span], group: str = RANGE_DAYS) -> list[Span]:
    """`du [20] au [31 mai 2024]`: the days a range names (the date stage's `RANGE_DAYS`) are entity
    mentions where the range is an entity (`range_days_are_entities` in dates.yml); with that off, only
    the days it writes whole (`du [mardi 21] au [jeudi 23 novembre]`, `du [30 juin] au [2 juillet]`:
    `WHOLE_RANGE_DAYS`, `whole_range_days_are_entities`). They overlap it, and `doc.ents` cannot hold
    overlapping spans: they are a span group, written with the entities."""
    ranges = [(e.start, e.end) for e in kept if e.label_ == "DATE" and "/" in (e._.normalized or "")]
    return [d for d in doc.spans.get(group, []) if any(s <= d.start and d.end <= e for s, e in ranges)]


def _dates_the_page(doc: Doc, span: Span) -> bool:
    """The publication or update date on a line of furniture (`Par A. B. | 18 octobre 2025`, `POLITIQUE |
    Lundi 10 février 2025`): the one entity such a line yields, the page's own date as the date stage read it."""
    return span.label_ == "DATE" and span._.normalized in {doc._.published, doc._.updated} - {None, ""}


LABEL_REACH = 4  # the most words of a label in brackets after a person's name (`(Les Engagés)`, `(AB-C)`)


def _label_close(doc: Doc, p: int) -> int | None:
    """The index of the `)` closing the short label in brackets that opens at token p (`(RN)`, `(Open VLD)`),
    else None."""
    if p + 2 >= len(doc) or doc[p].text != "(":
        return None
    k = next((k for k in range(p + 2, min(p + 2 + LABEL_REACH, len(doc))) if doc[k].text in ")("), None)
    return k if k is not None and doc[k].text == ")" else None


def _places_outside_labels(doc: Doc, model_ents: list[Span]) -> set[str]:
    """The places the model or the lists read in the document, but for a word alone in brackets (a label the
    model may take for a place, `X Y (Horizons)`)."""
    spans = [*model_ents, *group_spans(doc, LEXICON_KEY)]
    return {span_text(e) for e in spans if e.label_ in ("LOC", "GPE")
            and not (e.start > 0 and doc[e.start - 1].text == "(" and e.end < len(doc) and doc[e.end].text == ")")}


def _acronym_label(label: Span) -> bool:
    """`(ABC)`, `(AB-C)` cut at its hyphen: one acronym, written with no space inside."""
    return not any(t.whitespace_ for t in label[:-1]) and bool(ACRONYM.match(label.text))


def _named_label(label: Span) -> bool:
    """`(Renaissance)`, `(Les Engagés)`, `(Open VLD)`: a name of one to three capitalised words (a lower-case
    word may follow the first, `(La Droite républicaine)`); `(ministre)`, `(2S)`, `(sic)` are none."""
    first = label[0]
    return first.is_alpha and first.text[:1].isupper() and len(label) <= 3 \
        and all(t.is_alpha or t.text in "-&" for t in label)


def _party_label(doc: Doc, p: int, taken: set[int], places: set[str]) -> Span | None:
    """The label in brackets opening at token p after a person's name (`X Y (RN)`, `X Y (Renaissance)`), when it
    names his party or his group: an acronym, or a capitalised name that neither the lists (`(Allemagne)`, a
    country or a city of countries.yml) nor the text elsewhere (`(Valenciennes)`, a place it names outside
    such brackets) read as a place."""
    q = _label_close(doc, p)
    if q is None or not taken.isdisjoint(range(p + 1, q)):
        return None
    label = doc[p + 1 : q]
    if _acronym_label(label):
        return label
    if _named_label(label) and label.text not in places:
        return label
    return None


def _listed_people(doc: Doc, model_spans: list[Span], taken: set[int], places: set[str],
                   grammar: Grammar) -> list[Span]:
    """`la commission a choisi X Y (AB) et Z W (CD)`, `Z W (CD), X Y (AB) et ...`: a name of two words or more
    in a list of people each followed by his party in brackets is a person's, whatever label the model gave
    it (a surname that is also a town's); its neighbour in the list, joined by a comma or `et` (a repeated
    `à` with it), is a person the model read, with a party label of his own."""
    items = {}  # start of a name -> (its span, the index of its closing bracket)
    for s in model_spans:
        if len(s) > 1 and s.label_ in ("PERSON", "LOC", "ORG", "MISC") and _party_label(doc, s.end, taken, places):
            items[s.start] = (s, _label_close(doc, s.end))
    joiners = grammar.and_words | grammar.place_prepositions | {","}

    def neighbours(s: Span, close: int) -> list[Span]:
        found = []
        k = close + 1  # the next item after the joiners
        while k < len(doc) and k - close <= 3 and doc[k].lower_ in joiners:
            k += 1
        if k - close > 1 and k in items:
            found.append(items[k][0])
        k = s.start - 1  # the item before, ended by its closing bracket
        while k > 0 and s.start - k <= 3 and doc[k].lower_ in joiners:
            k -= 1
        if k < s.start - 1 and doc[k].text == ")":
            before = next((i for i in items.values() if i[1] == k), None)
            if before is not None:
                found.append(before[0])
        return found

    out = list(model_spans)
    for s, close in items.values():
        if s.label_ == "PERSON" or not all(t.text[:1].isupper() and (t.is_alpha or "-" in t.text)
                                           or t.lower_ in grammar.name_particles for t in s):
            continue
        if any(n.label_ == "PERSON" for n in neighbours(s, close)):
            out[out.index(s)] = Span(doc, s.start, s.end, label="PERSON")
    return sorted(out, key=lambda x: (x.start, x.end))


def _bracketed_after_people(doc: Doc, model_spans: list[Span], taken: set[int], places: set[str]) -> list[Span]:
    """`la ministre X Y (ABC)`, `le député X Y (AB-C)`, `X Y (Renaissance)`: a party label in brackets right
    after a person's full name (`_party_label`) is the body he belongs to (his party, his group), an
    organisation whatever label the model gave it (a place, a name, a person); a person named by one word
    (`Y (AB)`), a lower-case word or a place in the brackets is left as it was."""
    people_end = {s.end: s for s in model_spans if s.label_ == "PERSON" and len(s) > 1}
    at = {s.start: s for s in model_spans}
    out = list(model_spans)
    for p in people_end:
        label = _party_label(doc, p, taken, places)
        if label is None:
            continue
        old = at.get(label.start)
        if old is not None and (old.end != label.end or old.label_ == "ORG"):
            continue
        if old is not None:
            out.remove(old)
        out.append(Span(doc, label.start, label.end, label="ORG"))
    return sorted(out, key=lambda s: (s.start, s.end))


def _given_name_before_person(doc: Doc, model_spans: list[Span], taken: set[int], places: set[str]) -> list[Span]:
    """`le Secrétaire d'Etat ..., Galax Yves Landry Etoga`: a rare given name the model read as a body of
    one word, right before the rest of the person's name and after the comma that opens the apposition,
    is the first word of that name. A place the lists or the text know (`Mali`) is never one."""
    at_end = {s.end: s for s in model_spans}
    out = list(model_spans)
    for person in model_spans:
        first = at_end.get(person.start)
        if person.label_ != "PERSON" or len(person) < 2 or first is None or first not in out \
                or first.label_ not in ("ORG", "MISC") or len(first) != 1 or first.start == 0:
            continue
        word = first[0]
        if doc[first.start - 1].text != "," or not (word.is_alpha and word.is_title) \
                or word.whitespace_ != " " or word.text in places or first.start in taken:
            continue
        out.remove(first)
        out[out.index(person)] = Span(doc, first.start, person.end, label="PERSON")
    return sorted(out, key=lambda s: (s.start, s.end))


def _coordinated_demonyms(doc: Doc, kept: list[Span], values: dict, grammar: Grammar) -> list[Span]:
    """`les forces armées maliennes, tchadiennes et nigériennes`, `les marines grecque et chypriote`: a
    national body closed by its demonym, then more demonyms joined by commas and a last `et`, names one
    body of each country, the head shared: each further demonym is an organisation of its own
    (`forces armées tchadiennes`). A list with no `et` closing it, or a word other than a demonym in it,
    is no such ellipsis."""
    demonyms = {s.start: s for s in group_spans(doc, LEXICON_KEY)
                if s.label_ == "MISC" and s.id_.startswith("countries:") and s[0].is_lower}
    closing = {s.end: s for s in demonyms.values()}
    added: list[Span] = []
    for ent in kept:
        last = closing.get(ent.end)
        if ent.label_ != "ORG" or last is None or last.start <= ent.start:
            continue
        found, j, closed = [], ent.end, False
        while j + 1 < len(doc) and (doc[j].text == "," or doc[j].lower_ in grammar.and_words):
            dem = demonyms.get(j + 1)
            if dem is None:
                break
            found.append(dem)
            closed = doc[j].lower_ in grammar.and_words
            j = dem.end
            if closed:
                break
        if not closed:
            continue
        stem = _without_article(doc[ent.start:last.start], grammar)
        for dem in found:
            span = Span(doc, dem.start, dem.end, label="ORG", span_id=ent.id_)
            values[_key(span)] = (f"{stem} {dem.text}", values[_key(ent)][1] + "+coordinated")
            added.append(span)
    if not added:
        return kept
    taken = {i for s in added for i in range(s.start, s.end)}
    rest = [e for e in kept if taken.isdisjoint(range(e.start, e.end))]
    return sorted(rest + added, key=lambda e: e.start)


def _armed_forces_once(doc: Doc, kept: list[Span]) -> None:
    """`les forces armées tchadiennes ... le chef d'état-major des armées tchadiennes`: `les armées` of a
    country are its `forces armées`; where the text names both, the short one takes the long one's name."""
    spans = [s for s in [*kept, *doc.spans.get(ROLE_ORG_MENTIONS, [])]
             if s.label_ == "ORG" and s.id_ == "institutions:armee"]
    long_names = {}
    for span in spans:
        words = fold(span._.normalized or "").split(" ", 1)
        if len(words) == 2 and words[0] == "forces" and words[1].startswith("armees "):
            long_names.setdefault(words[1], span._.normalized)
    for span in spans:
        name = long_names.get(fold(span._.normalized or ""))
        if name is not None:
            span._.normalized = name


def _back_to_named(ents: list[Span], values: dict) -> None:
    """`l'Alliance des États du Sahel (AES) ... depuis la création de l'Alliance`: one capitalised word
    that opens the name (as written or canonical: `AES`) of a body the text gave before is that body,
    short, whatever else the lists make of the word alone (`Alliance` is also the OTAN). The entity takes
    that body's id and canonical name."""
    earlier: list[tuple[str, Span]] = []
    for n, ent in enumerate(ents):
        if ent.label_ != "ORG":
            continue
        key = _key(ent)
        if len(ent) == 1 and ent[0].is_alpha and ent[0].is_title:
            prefix = ent[0].text + " "
            named = next((body for text, body in reversed(earlier)
                          if (text.startswith(prefix) or values[_key(body)][0].startswith(prefix))
                          and values[_key(body)][0] != values[key][0]), None)
            if named is not None:
                value, source = values[_key(named)]
                values[key] = (value, source if source.endswith("+named-before") else source + "+named-before")
                ent = ents[n] = Span(ent.doc, ent.start, ent.end, label="ORG", span_id=named.id_)
        earlier.append((span_text(ent), ent))


def _definite_back_references(doc: Doc, ents: list[Span], values: dict, grammar: Grammar,
                              furniture: set[int]) -> list[Span]:
    """`L'Office européen de police ... sous la présidence de sa directrice, en sa qualité de directrice de
    l'Office`: a capitalised word after a definite article (`l'`, `la`, `le`), alone (the next word is not
    capitalised), outside any entity, that opens the name of a body of two words or more the text named
    before is that body, short (as `_back_to_named` reads one the model or the lists already took). In lower
    case (`l'office`, `la commission`) it is a common noun, and names nothing."""
    articles = grammar.definite_articles | {a for a in grammar.elided_articles if a.startswith("l")}
    # a word the model alone took for something else (MISC) may be read again
    loose = {e.start: e for e in ents if len(e) == 1 and e.label_ == "MISC" and values[_key(e)][1] == "model"}
    taken = {i for e in ents for i in range(e.start, e.end) if e.start not in loose}
    bodies = [e for e in ents if e.label_ == "ORG" and len(e) > 1]
    added, dropped = [], set()
    # the words right after a definite article, found in the lower-case column: a loop over `doc` made
    # a Python Token of every word
    for i in [k + 1 for k in tokens_with(doc, "LOWER", articles) if k + 1 < len(doc)]:
        token = doc[i]
        if i in taken or i in furniture or i == 0 or token.is_sent_start or not (token.is_alpha and token.is_title) \
                or doc[i - 1].lower_ not in articles or i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            continue
        prefix = token.text + " "
        named = next((b for b in reversed(bodies) if b.end <= i and (
            span_text(b).startswith(prefix) or values[_key(b)][0].startswith(prefix))), None)
        if named is None:
            continue
        span = Span(doc, i, i + 1, label="ORG", span_id=named.id_)
        value, source = values[_key(named)]
        values[_key(span)] = (value, source if source.endswith("+named-before") else source + "+named-before")
        added.append(span)
        dropped.add(i)
    if not added:
        return ents
    return sorted([e for e in ents if e.start not in dropped or e.start not in loose] + added, key=lambda e: e.start)


def _operations_of_the_lists(spans: list[Span]) -> list[Span]:
    """`l'opération EUNAVFOR Atalanta`: a named operation (an EVENT of patterns.jsonl) whose name is a body of the
    lists (an operation with its headquarters and commander) is that body, not an event."""
    listed = {s.end for s in spans if s.label_ == "ORG" and s.id_.startswith("organisations:")}
    return [s for s in spans if not (s.label_ == "EVENT" and s.end in listed
                                     and any(o.label_ == "ORG" and o.end == s.end and o.start > s.start
                                             and o.id_.startswith("organisations:") for o in spans))]


def _qualified_in_lower_case(spans: list[Span]) -> list[Span]:
    """`le comité militaire conjoint`, `un conseil de sécurité nationale`: a name of the lists written in lower
    case, as a common noun, then qualified by a lower-case adjective (no demonym: `la marine nationale indienne`
    is that country's), names another body of that kind: kept as written, with its adjective. After an
    indefinite article (`un conseil de sécurité stratégique`) it is a session, no body."""
    starts = {s.start for s in spans if s.label_ in ("MISC", "LOC", "ROLE", "RANK", "DATE")}
    longer = {(s.start, k) for s in spans if s.label_ == "ORG" for k in range(s.start + 1, s.end + 1)}
    out = []
    for s in spans:
        doc = s.doc
        if s.label_ == "ORG" and s.id_.startswith("organisations:") and s[0].is_lower and s.end < len(doc) \
                and not (s.start > 0 and "Ind" in doc[s.start - 1].morph.get("Definite")) \
                and doc[s.end].pos_ == "ADJ" and doc[s.end].is_lower and doc[s.end].is_alpha \
                and s.end not in starts and bool(doc[s.end - 1].whitespace_) and (s.start, s.end + 1) not in longer:
            # a longer name the grammar read on the same words (`ministère de la Défense nationale`) says it
            s = Span(doc, s.start, s.end + 1, label="ORG", span_id="institutions:qualified")
        out.append(s)
    return out


def _one_of_a_kind(span: Span, unit_heads: set[str], grammar: Grammar) -> bool:
    """`une mission conjointe de la CEDEAO`, `un comité de suivi`: a name the institution grammar read, its head in
    lower case after an indefinite article, is one body of that kind the text introduces (a delegation sent, a
    group set up), not a body's name; `la mission militaire de partenariat de l'UE` names one. A unit (a `numbered`
    head of institutions.yml) is one however introduced: `un régiment binational de génie`."""
    return (span.id_.startswith("institutions:") and span.id_.split(":", 1)[1] not in unit_heads
            and span[0].is_lower and span.start > 0
            and span.doc[span.start - 1].lower_ in grammar.indefinite_articles)


def _edition(span: Span) -> bool:
    """`la CAN 2023`, `l'OTAN 2030`: an acronym of the lists followed by a year names an edition of an event or
    a programme, not the body the lists spell the same (`l'OTAN, en 2030`, `l'OTAN en 2023` stay the body)."""
    doc = span.doc
    return span.label_ == "ORG" and span_text(span).isupper() and span.end < len(doc) \
        and bool(DATE_YEAR.match(doc[span.end].text)) and bool(doc[span.end - 1].whitespace_)


def _outside_ranks(spans: list[Span]) -> list[Span]:
    """`un Général de Brigade Aérienne de l'armée de l'air nigériane`: a name the grammar read that starts
    inside a rank (`général de [brigade aérienne]`) is the rank's own words, not a unit; the body the rank
    serves in is read on its own (`armée de l'air nigériane`). `le général de brigade X commande la 7e
    brigade blindée`: the unit stands apart from the rank."""
    inside = {i for s in spans if s.label_ == "RANK" for i in range(s.start + 1, s.end)}
    return [s for s in spans if not (s.label_ == "ORG" and s.id_.startswith("institutions:") and s.start in inside)]


def _role_acronyms(doc: Doc, rule_spans: list[Span], model_spans: list[Span], grammar: Grammar) -> set[str]:
    """`chef de la Défense (CHOD)`: an acronym in brackets right after a role (over `de` and the role's country,
    `... du Royaume d'Espagne (JEMAD)`) is the role's; its other
    mentions (`le CHOD a été accueilli`) name a person's title, not an organisation. So is an acronym
    with a definite article set before a person's name, over its complement (`le VPM de la Défense Guy
    Kabombo`, `le CEMA Thierry Burkhard`); `de l'OTAN Jens Stoltenberg` (after `de`) is the body."""
    found = set()
    people = {s.start for s in model_spans if s.label_ == "PERSON"}
    for span in model_spans:
        i = span.start
        if span.label_ != "ORG" or len(span) != 1 or not span[0].is_upper or len(span[0]) < 2 or i < 1 \
                or doc[i - 1].lower_ not in grammar.definite_articles \
                or (i > 1 and doc[i - 2].lower_ in grammar.of_words):
            continue
        k = span.end
        while k < min(len(doc), span.end + 6) and k not in people and (
                doc[k].lower_ in grammar.of_words or doc[k].text[:1].isupper() and doc[k].is_alpha):
            k += 1
        if k in people:
            found.add(span_text(span))
    places = {s.start: s.end for s in rule_spans if s.label_ == "LOC" and s.id_.startswith("countries:")}
    for span in rule_spans:
        end = span.end
        k = end
        while k < min(len(doc), end + 2) and doc[k].lower_ in grammar.of_words:
            k += 1
        if k > end and k in places:
            end = places[k]  # `chef d'état-major de la Défense du Royaume d'Espagne (JEMAD)`: over the role's country
        if span.label_ == "ROLE" and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
                and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha and len(doc[end + 1]) > 1:
            found |= {doc[end + 1].text, doc[end + 1].text.upper()}
    return found


def _equipment(doc: Doc, rule_spans: list[Span], model_spans: list[Span], grammar: Grammar) -> list[Span]:
    """`42 avions de combat Rafale ... les Rafale Marine ... 36 Rafale`: a name the text gives to a
    machine (after an equipment noun, rule `patterns:equipement-*`, or counted by a number or by `un`:
    no body is counted, `la livraison d'un SAMP/T`) is no organisation, no place and no person wherever
    else the model finds it."""
    names = {t.text.rstrip(".") for s in rule_spans if s.id_.startswith("patterns:equipement") for t in s
             if t.text[:1].isupper()}  # `ASN4G.`: a code closing a sentence may keep its full stop
    names |= _listed_after(doc, [s for s in rule_spans if s.id_.startswith("patterns:equipement")], grammar)
    like_num = parse_column(doc, "like_num")  # `_counted_by` asks `like_num` first: the numbers alone
    names |= {doc[i + 1].text for i in range(len(doc) - 1)
              if like_num[i] and _counted_by(doc[i]) and doc[i + 1].is_title and doc[i + 1].is_alpha
              and not doc[i + 1].is_sent_start}
    # `les Tigre et les Caïman alignés`: a capitalised singular word after a plural determiner, whatever the
    # model read there (nothing, or a person), is a machine's type; so is it alone wherever else it stands
    # (`pilote de Tigre`): a person's name takes no plural determiner
    after_plural = [i + 1 for i in tokens_with(doc, "LOWER", grammar.plural_determiners) if i + 1 < len(doc)]
    names |= {doc[j].text for j in after_plural if doc[j].is_title and _machines(doc[j:j + 1], grammar)
              and (j + 1 == len(doc) or not _capitalised(doc[j + 1]))}
    names |= _defined_machines(doc, model_spans, grammar)
    # a machine named once is no one's surname: a person of that one word is the machine (not after the
    # indefinite article alone, `un Macron affaibli`, nor after `de` closing a plural noun, `les initiatives
    # de Trump`: both still name the man)
    model_spans = [Span(doc, s.start, s.end, label="MISC") if s.label_ in ("PER", "PERSON") and len(s) == 1
                   and s[0].text in names else s for s in model_spans]
    # `des escadrons de Rafale`: a name after `de` closing a plural common noun names machines
    # (one word: `les auditeurs de Radio Monde Info` name a station)
    names |= {e[0].text for e in doc.ents if e.label_ == "ORG" and _machines(e, grammar)
              and (len(e) == 1 or not _capitalised(e[1]))}
    names |= {doc[i + 1].text for i in tokens_with(doc, "LOWER", grammar.indefinite_articles)
              if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and not doc[i + 1].is_sent_start}
    # `le porte-avions Charles de Gaulle ... à bord du Charles de Gaulle`: the whole name, whatever the label
    whole = {s.doc[next(t.i for t in s if t.text[:1].isupper()):s.end].text for s in rule_spans
             if s.id_.startswith("patterns:equipement")}
    if not names:
        return model_spans
    return [Span(doc, s.start, s.end, label="MISC")
            if span_text(s) in whole or (s[0].text in names or span_text(s) in names) and s.label_ == "ORG"
            else s for s in model_spans]


def _company_name_start(doc: Doc, i: int, grammar: Grammar) -> bool:
    """Whether the name at token `i` follows a noun of a firm (grammar.yml company_nouns), a lower-case
    adjective between at most (`la société russe X`, `le groupe public X`, `l'entreprise X`)."""
    j = i - 1
    if j >= 0 and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in grammar.company_nouns \
            and doc[j].pos_ == "ADJ":
        j -= 1
    return j >= 0 and doc[j].lower_ in grammar.company_nouns and j > 0 \
        and doc[j - 1].lower_ in grammar.determiners | grammar.elided_articles | grammar.of_words


def _named_companies(doc: Doc, model_spans: list[Span], taken: set[int], grammar: Grammar) -> list[Span]:
    """`la société russe X`, `l'entreprise canadienne X`, `le constructeur X`: a capitalised name right
    after a determined noun of a firm (a lower-case adjective between at most) names a body, whatever
    label the model gave it, or found by it alone when the model gave none."""
    out = [Span(doc, s.start, s.end, label="ORG")
           if s.label_ in ("MISC", "LOC", "PER", "PERSON") and _company_name_start(doc, s.start, grammar) else s
           for s in model_spans]
    covered = {i for s in model_spans for i in range(s.start, s.end)}
    texts = parse_column(doc, "texts")  # `_capitalised` asks for a capital first: no Token for the others
    for i in range(1, len(doc)):
        if i in taken or i in covered or not texts[i][:1].isupper() or not _capitalised(doc[i]) or not doc[i].is_alpha \
                or doc[i].is_sent_start or not _company_name_start(doc, i, grammar):
            continue
        end = i
        while end < len(doc) and end not in taken and end not in covered and _capitalised(doc[end]) \
                and doc[end].is_alpha:
            end += 1
        out.append(Span(doc, i, end, label="ORG"))
        covered.update(range(i, end))
    return sorted(out, key=lambda s: (s.start, s.end))


def _counted_by(token) -> bool:
    """`36 Rafale`, `vingt Rafale`: a number in figures (not a year) or a number word in lower case before
    a name counts machines; `les Vingt-Sept` is a name itself."""
    if not token.like_num:
        return False
    if token.is_digit:
        return not DATE_YEAR.match(token.text)
    return token.is_alpha and token.is_lower


def _defined_machines(doc: Doc, model_spans: list[Span], grammar: Grammar) -> set[str]:
    """`le système de combat aérien du futur (SCAF)`, `le missile de moyenne portée (MMP)`: an acronym in
    brackets right after a phrase in lower case whose head noun names a machine or a programme (grammar.yml
    machine_nouns) names that machine wherever the model takes it for a body."""
    found = set()
    for span in model_spans:
        if len(span) != 1 or not span[0].is_upper or span.start < 2 or doc[span.start - 1].text != "(":
            continue
        k = span.start - 2
        # the words in lower case may join by hyphens (`missile air-sol`); a number counts the machines as an
        # article would (`cinq frégates de défense (FDI)`)
        while k > 0 and k > span.start - 12 and (doc[k].is_lower or doc[k].text == "-"):
            if doc[k].lower_ in grammar.machine_nouns and (doc[k - 1].lower_ in grammar.determiners
                                                          or _counted_by(doc[k - 1])):
                found.add(span.text)
                break
            k -= 1
    return found


def _listed_after(doc: Doc, machines: list[Span], grammar: Grammar) -> set[str]:
    """`véhicules Griffon, Jaguar et Serval`, `de type Jaguar, Griffon ou VBMR`: the capitalised words
    listed after a named machine (cut by commas and `et`) name machines of the same kind."""
    names = set()
    for span in machines:
        k = span.end
        while k + 1 < len(doc) and (doc[k].text == "," or doc[k].lower_ in grammar.and_words) \
                and doc[k + 1].text[:1].isupper() and not doc[k + 1].is_sent_start:
            names.add(doc[k + 1].text)
            k += 2
    return names


TIME = re.compile(r"^\d{1,2}[:h]\d\d$")
ELIDED_NAME = re.compile(r"^[A-Z][a-z]?['’]$")  # `N'` of `N'Daw`, `O'` of `O'Neill`; `l'` is lower case
MACHINE_TYPE = re.compile(r"^[A-Z]{1,3}-?\d{2,}[A-Z]*$")  # `A400M`, `F-16`, `C130`: a type of machine


def _place_words(doc: Doc, model_ents: list[Span]) -> set[str]:
    """The words of the places the model (its `Doc.ents`, read once) or the lists found in the document
    (`Dakar`, `Munich`)."""
    spans = [*model_ents, *group_spans(doc, LEXICON_KEY)]
    return {t.text for e in spans if e.label_ in ("LOC", "GPE") for t in e if t.text[:1].isupper()}


def _places_named_elsewhere(model_ents: list[Span], rule_spans: list[Span], model_spans: list[Span],
                            grammar: Grammar) -> list[Span]:
    """`le choix de Genève` where the text elsewhere names `Genève` as a place: the model's organisation whose
    whole words the model or the lists read as a place in the same document is that place (a town chosen, a
    capital), not a body; a name of the lists is never dropped, as it is no model span. A town takes no
    article: `l'Union` after an article, read once as a place, stays the body."""
    places = {span_text(e) for e in [*model_ents, *rule_spans] if e.label_ in ("LOC", "GPE")}
    return [s for s in model_spans if not (s.label_ == "ORG" and span_text(s) in places and not (
        s.start > 0 and (s.doc[s.start - 1].pos_ == "DET" or s.doc[s.start - 1].lower_ in grammar.elided_articles)))]


def _buildings_named_elsewhere(doc: Doc, model_spans: list[Span], thing_nouns: set[str], civilities: set[str],
                               grammar: Grammar) -> list[Span]:
    """`reçu au palais de X ... la visite à X`: a name the text writes elsewhere as the complement of a noun of
    a thing (names.yml thing_nouns: `palais`, `hôtel`, `caserne`) and a `de` names that building; where the model
    reads it as a person it is the place (LOC), not a person. A person named once in a building's name and
    elsewhere only by that name is rare; a name also opened by a civility or a title keeps the model's label
    (officials.py reads those)."""
    people = [s for s in model_spans if s.label_ in ("PER", "PERSON")]
    if not people or not thing_nouns:
        return model_spans
    words = parse_column(doc, "texts")  # read by index: a Token of every word for each person cost a tenth
    # of the stages; a thing noun then a `de` (`palais de`), found once from the LOWER column
    of_words = set(tokens_with(doc, "LOWER", grammar.of_words))
    heads = [i for i in tokens_with(doc, "LOWER", thing_nouns) if i + 1 in of_words]
    buildings: set[tuple[str, ...]] = set()
    for person in people:
        name = tuple(words[person.start:person.end])
        if any(i < len(doc) - len(name) - 1 and tuple(words[i + 2:i + 2 + len(name)]) == name for i in heads):
            buildings.add(name)
    titled = {s.end for s in group_spans(doc, LEXICON_KEY) if s.label_ in ("RANK", "ROLE")}
    buildings -= {tuple(words[s.start:s.end]) for s in people
                  if s.start in titled or s.start > 0 and doc[s.start - 1].lower_ in civilities}
    if not buildings:
        return model_spans
    return [Span(doc, s.start, s.end, label="LOC") if s.label_ in ("PER", "PERSON")
            and tuple(words[s.start:s.end]) in buildings else s for s in model_spans]


def _portfolio(span: Span, rule_spans: list[Span], grammar: Grammar) -> bool:
    """`ministre de l'Administration du territoire`, `commissaire chargé des Affaires politiques`, `les
    ministres français et australiens des Affaires étrangères`: common nouns written with a capital right
    after a role (over its linkers, demonyms and `et`) are the role's portfolio, not a body; the body is the
    ministry or the commission. A name (`directeur de Naval Group`) has more capitals than its first word.
    A portfolio of a list goes back over the ones before it (`ministre des Affaires étrangères, des Français
    de l'étranger et de la Coopération`); one word alone (`Coopération`, not `commissaire de la Cédéao`) only there,
    or where a role is `chargé de` it (`ministre déléguée chargée des Outre-mer`). A minister's colleague or
    portfolio (grammar.yml `portfolio_holders`: `sa collègue de l'Intérieur`) has one as a role does. A
    portfolio of the list the model read as a place (`chargée du Développement, de la Francophonie et des ...`)
    is gone over too."""
    doc = span.doc
    first = span[0].text  # `Outre-mer` is written with its capital, though not as a title
    if not (first[:1].isupper() and first[1:].islower()) or not _portfolio_words(span, grammar):
        return False
    ends = {s.end: s for s in rule_spans}
    k, linked, listed, charged = span.start, False, False, False
    while k > max(0, span.start - 14):
        before = ends.get(k)
        if linked and doc[k - 1].lower_ in grammar.portfolio_holders:
            return True
        if before is not None and before.label_ == "ROLE":
            if len(span) == 1 and not listed and not charged:
                return False
            # a minister's or a commissioner's complement is a portfolio, and so is what a role is `chargé de`;
            # a director's or a commander's a body (`directeur général de la Police grand-ducale`, `commandant
            # des Forces aériennes`)
            return before[0].lower_ in grammar.portfolio_titles \
                or any(t.lower_ in grammar.charge_words for t in before) \
                or doc[before.end].lower_ in grammar.charge_words
        if before is not None and before.label_ == "MISC" and before.id_.startswith("countries:"):
            k = before.start  # `ministres français et australiens des`
            continue
        word = doc[k - 1]
        if word.lower_ in grammar.title_linkers or word.lower_ in grammar.and_words:
            k, linked, charged = k - 1, True, charged or word.lower_ in grammar.charge_words
            continue
        if word.text == "," and k - 1 > 0 and doc[k - 2].is_title and doc[k - 2].ent_type_ not in ("PER", "LOC"):
            k, linked = k - 1, True  # `ministre de l'Intérieur, Sécurité, Décentralisation`: a list without linkers
            continue
        if linked and (word.text == "," or word.is_alpha and word.ent_type_ not in ("PER", "LOC")
                       and (word.is_title or word.pos_ in ("NOUN", "ADJ"))):
            k, listed = k - 1, True  # a portfolio named before in the list
            continue
        if linked and word.ent_type_ == "LOC" and word.is_title and k > 1 \
                and doc[k - 2].lower_ in grammar.singular_definite_articles:
            k, listed = k - 1, True  # `de la Francophonie`: a portfolio the model read as a place
            continue
        return False
    return False


def _portfolio_words(span: Span, grammar: Grammar) -> bool:
    """`Affaires étrangères`, `Transports et de la Mobilité urbaine`, `Décentralisation et Affaires coutumières`:
    words that may be a role's portfolio, a common noun and its lower-case words, or a list of such joined by `et`
    or commas, each item opening with its capital. A capital inside an item (`Naval Group`, `Forces armées
    de la Défense Nationale`) or a word in capitals is a name's."""
    doc = span.doc
    for token in span[1:]:
        if not token.text[:1].isupper():
            continue
        if not token.is_title:
            return False
        k = token.i - 1
        while k > span.start and doc[k].lower_ in grammar.title_linkers and doc[k].lower_ not in grammar.and_words:
            k -= 1  # `et de la Mobilité`: over the linkers to the word joining the items
        if not (doc[k].lower_ in grammar.and_words or doc[k].text == ","):
            return False
    return True


def _after_a_capital_adjective(span: Span) -> bool:
    """`la Grande Assemblée nationale` (Turkey's), `la Haute Cour de justice`: a name of the lists right after an
    adjective written with its capital inside a sentence is part of another name, not the body of the lists
    (`la nouvelle Assemblée nationale` is)."""
    if not span.id_.startswith("organisations:") or span.start < 2:
        return False
    before = span.doc[span.start - 1]
    return before.pos_ == "ADJ" and before.is_title and not before.is_sent_start \
        and span.doc[span.start - 2].pos_ == "DET"


def _line(span: Span) -> tuple[str, int, int]:
    """The text of the page and the bounds of the line holding the span's start."""
    text = doc_text(span.doc)  # `Doc.text` joins every token at each reading: once per entity was most of the stage
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.start_char)
    return text, start, len(text) if end < 0 else end


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """`PEKIN, 29 août (Xinhua) --`, `BRUXELLES, le 3 mai --`: a name in capitals opening its line, then a
    comma and a day, is the place a dispatch was filed from (a dateline), not a body. So is one then a dash
    (`LIMA – Le ministre ...`) where the story names that place in ordinary letters too, and the last word
    of a place in capitals whose first words the model left out (`SAN JOSE, 4 mai`)."""
    if not all(t.is_upper or t.is_punct for t in doc[start:end]) or end + 1 >= len(doc):
        return False
    first = _dateline_start(doc, start)
    if first > 0 and "\n" not in doc[first - 1].text + doc[first - 1].whitespace_:
        return False
    if doc[end].text == ",":
        return any(t.like_num for t in doc[end + 1 : end + 3])
    if doc[end].text not in DASHES or not doc[end].whitespace_ or not doc[end + 1].text[:1].isupper():
        return False
    text = doc_text(doc)
    name = fold(doc[first:end].text)
    folded = fold(text)
    return len(folded) == len(text) and any(
        not text[m.start():m.end()].isupper() for m in re.finditer(rf"\b{re.escape(name)}\b", folded))


DASHES = ("-", "–", "—")


def _dateline_start(doc: Doc, start: int) -> int:
    """Where the capitals of a dateline's place begin on its line (`SAN JOSE`), at `start` or before it."""
    k = start
    while k > 0 and "\n" not in doc[k - 1].text + doc[k - 1].whitespace_ and doc[k - 1].is_upper \
            and (doc[k - 1].is_alpha or _elided_capital(doc[k - 1])):
        k -= 1
    return k


def _elided_capital(token) -> bool:
    """`N'` of `N'DJAMENA`: a capital letter elided before the rest of a place's name in capitals."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] in ("'", "’") and not token.whitespace_


def _document(span: Span, heads: set[str], grammar: Grammar) -> bool:
    """`la Constitution`, `Plan national de relance`: a name headed by a noun of texts and plans
    (institutions.yml `document_heads`) names what bodies adopt, not a body."""
    words = [t for t in span if t.lower_ not in grammar.determiners]
    return bool(words) and fold(words[0].text) in heads


def _document_acronyms(doc: Doc, heads: set[str], grammar: Grammar) -> set[str]:
    """`la loi de programmation militaire (LPM)`, `l'« accord de défense » (ADR)`: an acronym in brackets
    closing a phrase, quoted or not, headed by a noun of texts and plans (institutions.yml `document_heads`)
    names that text; the model's organisation so written, there or later, is none."""
    found: set[str] = set()
    for i in tokens_with(doc, "ORTH", {"("}):  # the brackets alone: a Python Token of every word costs
        if i + 2 >= len(doc) or doc[i + 2].text != ")":
            continue
        acronym = doc[i + 1]
        if not (acronym.is_upper and acronym.is_alpha and len(acronym.text) > 1):
            continue
        k = i - 1
        if k >= 0 and doc[k].is_quote:  # `l'« accord de défense » (ADR)`: the quoted name closes there
            k -= 1
        # a text's noun the model reads as a verb (`le traité`, a participle's form) still heads the phrase
        while k >= 0 and k > i - 10 and not doc[k].is_punct and (
                doc[k].pos_ not in ("VERB", "AUX", "PRON") or fold(doc[k].text) in heads):
            before = doc[k - 1] if k > 0 else None
            # `Organisation du traité de l'Atlantique nord (OTAN)`: a text's noun after `du` is a complement
            if fold(doc[k].text) in heads and (before is None or before.is_punct or before.pos_ == "ADJ"
                                        or before.lower_ in grammar.title_determiners
                                        or before.lower_ in grammar.indefinite_articles):
                found.add(acronym.text)
                break
            k -= 1
    return found


def _credited(span: Span) -> bool:
    """`(Illustration) © AFP`: a name after a copyright sign on its line is a photo credit."""
    text, start, _ = _line(span)
    return "©" in text[start:span.start_char]


def _dated_title(span: Span) -> bool:
    """`le plan « Horizon 2040 »`: a name in quotes that goes on, inside the quotes, with a year is the
    title of a plan, a programme or an exercise, not a body."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].text not in ("«", '"', "“"):
        return False
    k = span.end
    while k < len(doc) and k - span.end < 3 and doc[k].text not in ("»", '"', "”"):
        if not (doc[k].like_num and len(doc[k].text) == 4):
            return False
        k += 1
    return k > span.end and k < len(doc) and doc[k].text in ("»", '"', "”")


def _heading_phrase(span: Span) -> bool:
    """`Compte rendu de la séance` alone at the head of its line, with no verb on the line: a common noun
    capitalised only as the first word of a heading, the rest in lower case, is a section title, not a body
    (a body's name at a line's head keeps a capital past its first word: `Conseil de l'Europe`). A name of one
    word is a heading's first word when the line goes on in lower case (`Bio express`)."""
    doc = span.doc
    if span[0].pos_ != "NOUN" or any(t.is_alpha and not t.is_lower for t in span[1:]):
        return False
    if span.start > 0 and "\n" not in doc[span.start - 1].text + doc[span.start - 1].whitespace_:
        return False
    text, start, end = _line(span)
    line = [t for t in doc[span.start:] if t.idx < end]
    words = [t for t in line[1:] if t.is_alpha]
    if len(span) < 2 and not (words and all(t.is_lower for t in words)):
        return False
    return len(line) <= 8 and not any(t.pos_ in ("VERB", "AUX") for t in line)


def _after_a_time(span: Span) -> bool:
    """`19:41 UTC`: a name right after a time of day is its zone."""
    return span.start > 0 and bool(TIME.match(span.doc[span.start - 1].text))


def _lone_line(span: Span) -> bool:
    """A name alone on its line, between short lines (a menu written one item a line, a motto,
    a masthead above a menu): the page's furniture, not the story's. The story's lines are sentences."""
    text, start, end = _line(span)
    if text[start:end].strip(" \t.:;,") != span_text(span):
        return False
    before = text[:start].rstrip("\n").rsplit("\n", 1)[-1].strip() if start else ""
    after = text[end:].lstrip("\n").split("\n", 1)[0].strip()
    return any(line and (len(line.split()) <= 3 or "|" in line) and not line.endswith((".", "!", "?"))
               for line in (before, after))


def _masthead_line(span: Span, max_words: int) -> bool:
    """The page's first line, a few words and no sentence, is the outlet's masthead (`Le Monde`, `L'Observateur
    Paalga`, `MER ET MARINE`): a name the model finds there is the outlet's, no body of the story. A body of the
    lists over its own page (`Ministère des Armées`, `OTAN`) is no model's find and stays."""
    text, start, end = _line(span)
    line = text[start:end].strip()
    return not text[:start].strip() and len(line.split()) <= max_words and not line.endswith((".", "!", "?"))


def _opens_line(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text + doc[i - 1].whitespace_


def _rubric_before_text(span: Span) -> bool:
    """`RÉCIT - Le report de la réunion ...`: a word in capitals opening its line, then a dash between
    spaces, is the rubric of the text after it; a name the model runs over that dash is the rubric and
    the text, no body (a dateline `PARIS - Le ministre ...` is a place the model reads alone)."""
    doc = span.doc
    if not _opens_line(doc, span.start) or not (span[0].is_upper and span[0].is_alpha):
        return False
    k = next((t.i for t in span[1:] if t.text in ("-", "–", "—")), None)
    return k is not None and bool(doc[k - 1].whitespace_) and bool(doc[k].whitespace_) \
        and all(t.is_upper and t.is_alpha for t in doc[span.start:k])


def _label_word(span: Span) -> bool:
    """`Editeur` alone on its line, `Présents. - M. X, Mme Y`: one word, not in capitals (an acronym is a
    name), opening its line and making its sentence alone (but for its stop or a dash after it), is the
    heading of a block or the label of a list, not a body the model should name."""
    doc = span.doc
    if len(span) != 1 or span[0].is_upper or not _opens_line(doc, span.start):
        return False
    if span.end < len(doc) and doc[span.end].text.startswith(":"):
        return False  # `Airbus : un contrat ...`: a headline's subject
    rest = []
    for t in doc[span.end:span.sent.end]:
        if t.text in ("-", "–", "—"):
            break  # `Présents. - M. X`: the list after the label
        if not t.is_space:
            rest.append(t)
    return all(t.is_punct for t in rest)


def _of_machines(span: Span, grammar: Grammar) -> bool:
    """`la flotte belgo-luxembourgeoise d'A400M`, `l'escadrille de F-16`: a name the grammar read, followed by
    `de` and a type of machine, is a set of machines, not a body (`l'escadron de chasse 2/30` is numbered)."""
    doc, k = span.doc, span.end
    return (span.label_ == "ORG" and span.id_.startswith("institutions:") and k + 1 < len(doc)
            and doc[k].lower_ in grammar.of_words and MACHINE_TYPE.match(doc[k + 1].text) is not None)


def _machines(span: Span, grammar: Grammar) -> bool:
    """`des Rafale supplémentaires`, `Les Rafale Marine du groupe aérien`, `des escadrons de Rafale`:
    a capitalised singular word (not an acronym) after a plural determiner, or after `de` closing a plural
    common noun, names machines, not a body (`les Nations unies`, `des Émirats` take the plural). A name
    set before an apposition headed by a machine noun (`le Gripen, l'avion de combat suédois`) too."""
    doc, start, end = span.doc, span.start, span.end
    texts, lower = parse_column(doc, "texts"), parse_column(doc, "lower")  # no Python Token of each word
    if end + 3 <= len(doc) and texts[end] == "," and lower[end + 1] in grammar.determiners \
            and lower[end + 2] in grammar.machine_nouns:
        return True
    if start == 0 or texts[start].isupper() or lower[start].endswith(("s", "x")) or not doc[start].is_alpha:
        return False
    before = lower[start - 1]
    if before in grammar.plural_determiners:
        return True
    return (before == "de" and span.start > 1 and doc[span.start - 2].is_lower
            and doc[span.start - 2].pos_ == "NOUN" and "Plur" in doc[span.start - 2].morph.get("Number"))


def _capitalised_common_noun(span: Span, grammar: Grammar) -> bool:
    """`les Parties contractantes`, `Posté dans Afrique, Diplomatie par X`: one word with a capital that the
    tagger reads as a common noun names no body where it is plural (a body named by a common noun takes the
    singular: `la Commission`, `le Parlement`), where it opens the sentence with no determiner, or where it
    is an item of a list with no determiner (a body so named keeps its article: `la Défense`). A verb form
    with its capital (`Provenant du podcast`, `Publié le`) names none either."""
    doc, word = span.doc, span[0]
    if len(span) != 1 or not word.is_title or not word.is_alpha or word.pos_ not in ("NOUN", "VERB"):
        return False
    if word.pos_ == "VERB":
        return True
    if "Plur" in word.morph.get("Number") or word.is_sent_start:
        return True  # `Filiale du groupe X, Y est ...`: the capital opening a sentence is no name's
    return span.start > 0 and (
        doc[span.start - 1].text == "," or doc[span.start - 1].lower_ in grammar.and_words)


def _word_part(span: Span) -> bool:
    """`MAJOR` in `ETAT-MAJOR`: a rank or role term glued by a hyphen to the word before it is part of
    that word (the tokenizer splits capitalised compounds)."""
    doc = span.doc
    return span.label_ in ("RANK", "ROLE") and span.start > 1 and doc[span.start - 1].text == "-" \
        and not doc[span.start - 2].whitespace_ and not doc[span.start - 1].whitespace_


def _in_a_name(span: Span, people_at: dict[int, Span]) -> bool:
    """`Luís Montenegro`: a country's name (accents folded) that ends a person's name the model found,
    after a first name, is a surname."""
    person = people_at.get(span.start)
    return (span.label_ in ("LOC", "MISC") and span.id_.startswith("countries:") and person is not None
            and person.start < span.start and span.end == person.end
            and all(_capitalised(t) for t in person))


def _surname_after_particle(span: Span, people_at: dict[int, Span], particles: set[str]) -> bool:
    """`Bruno Le Maire`, `Jean Le Juge`: a title word capitalised after a capitalised particle of names
    (grammar.yml `name_particles`) that follows a first name, all inside a person's name the model found,
    is a surname, not the office (`le maire de Bergerac`, `M. le Maire` keep theirs)."""
    doc = span.doc
    person = people_at.get(span.start)
    if span.label_ not in ("ROLE", "RANK") or person is None or span.start < 2 or span.end > person.end:
        return False
    particle, first = doc[span.start - 1], doc[span.start - 2]
    return particle.lower_ in particles and particle.text[:1].isupper() and not particle.is_sent_start \
        and person.start <= first.i and first.is_alpha and first.is_title and _capitalised(span[0])


def _office_sought(span: Span, grammar: Grammar) -> bool:
    """`l'élection de X à la présidence de la République`, `élu à la présidence`: a name of the lists opened by
    a noun of an office (`leadership_nouns`), governed through `à` by a word of taking or seeking an office
    (`office_seeking_words`), names that office, not the body of the same name (`reçu à la présidence`)."""
    root = span.root
    if span.label_ != "ORG" or root.lower_ not in grammar.leadership_nouns or root.i == root.head.i:
        return False
    if span.id_.startswith("institutions:"):
        return False  # `nommé à la direction générale de la Protection civile`: a name the grammar built is a body
    to = any(c.dep_ == "case" and c.lower_ in ("à", "au") for c in root.children)
    return to and root.head.lemma_.lower() in grammar.office_seeking_words


def _elided_service(span: Span, domains: set[str], grammar: Grammar) -> bool:
    """`les armées de Terre, de l'Air et de la Marine`, `les forces de terre et de l'Air`: a domain (institutions.yml
    `domain_names`) alone after a `de` is the complement of a service whose head a coordination left out, no body by
    itself; after a head with no `de` it is the body's name (`la composante Air`), which the grammar reads."""
    if len(span) != 1 or fold(span[0].text) not in domains or span.start == 0:
        return False
    before = span.doc[span.start - 1].lower_
    return before in grammar.of_words or before in grammar.elided_articles


def _not_a_body(span: Span, weekdays: set[str], grammar: Grammar) -> bool:
    """What the model calls an organisation or a place and is none: a weekday (`Mardi`), a menu or a
    breadcrumb of the page (`Accueil | Politique`, `Accueil > Sécurité`), a type designator with a
    number (`F-35`, `H145M`), a span ending on a preposition (`Agence d'information du`), a number
    (`les Vingt-Sept`), a bracket cut in two, a verb opening the sentence (`Parti de Toulon`)."""
    text = span_text(span)
    words = parse_column(span.doc, "texts")[span.start : span.end]
    if parse_column(span.doc, "lower")[span.start] in weekdays or "|" in words or ">" in words \
            or DESIGNATOR.search(text):
        return True
    # `_number_word` of each token, read from the Doc's columns: no Python Token of each word
    like_num, vocab = parse_column(span.doc, "like_num"), span.doc.vocab
    if all(w == "-" or like_num[k] or _number_parts(w, vocab) for k, w in enumerate(words, span.start)) \
            or text.count("(") != text.count(")"):
        return True  # `les Vingt-Sept` is a number of members; `AIP)-` a bracket cut in two
    if len(span) == 1 and span.start > 0 and "Dem" in span.doc[span.start - 1].morph.get("PronType"):
        return True  # `cette Administration`, `ce Comité`: a common noun pointing back, not a name
    if span[0].is_sent_start and span[0].pos_ in ("VERB", "AUX", "ADV") and len(span) > 1:
        return True  # `Parti de Toulon le 21 février, ...`: a verb that opens the sentence
    last = span[-1]
    return last.pos_ in ("ADP", "DET") or last.text in ("’", "'") or last.lower_ in grammar.determiners


def _before_missed_verb(doc: Doc, start: int, end: int) -> int:
    """`Le Parlement fédéral débat de plusieurs propositions`: in a sentence where the tagger found no
    finite verb, a lower-case noun set right after the capitalised name and its adjectives (no article,
    no `de`) is the verb it missed (`débat`, `examine`); the organisation ends before it."""
    if _has_finite_verb(doc[start].sent):
        return end
    for k in range(start + 1, end):
        if doc[k].pos_ == "NOUN" and doc[k].is_lower and doc[k].is_alpha and (
                doc[k - 1].pos_ == "ADJ" or doc[k - 1].pos_ in ("NOUN", "PROPN") and not doc[k - 1].is_lower):
            return k
    return end


_finite: dict[int, bool] = {}  # a sentence's start -> it holds a finite verb, for the Doc in `_finite_doc`
_finite_doc: list[Doc] = []


def _has_finite_verb(sent: Span) -> bool:
    """The tagger found a finite verb in the sentence, read once per sentence of a Doc (one Doc at a
    time, as `spans.token_column`): the organisations of a sentence each asked it of every word's morphology."""
    if not _finite_doc or _finite_doc[0] is not sent.doc:
        _finite.clear()
        _finite_doc[:] = [sent.doc]
    found = _finite.get(sent.start)
    if found is None:
        found = _finite[sent.start] = any("Fin" in t.morph.get("VerbForm") for t in sent)
    return found


def _number_word(token) -> bool:
    """`Vingt-Sept` as one token: a compound whose every part is a number word."""
    return token.like_num or _number_parts(token.text, token.vocab)


@lru_cache(maxsize=8192)
def _number_parts(text: str, vocab) -> bool:
    """Every part of a hyphenated word is a number word, by its text: the same capitalised words open
    the model's entities of every story, and a `vocab` lookup of each part costs more than the test."""
    return all(part and vocab[part.lower()].like_num for part in text.split("-"))


def _known_surnames(doc: Doc, spans: list[Span], values: dict) -> list[Span]:
    """`Florence Parly s'est rendue à Gao. Mme Parly a salué...`: the model took the first mention for
    two places; the surname of a person named elsewhere makes it a person, with the names before it."""
    surnames = {s[-1].text for s in spans if s.label_ == "PERSON" and len(s[-1].text) > 2}
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if span.label_ != "PERSON" and span[-1].text in surnames and all(_capitalised(t) for t in span):
            start = span.start
            if out and out[-1].end == start and out[-1].label_ != "PERSON" and all(_capitalised(t) for t in out[-1]):
                start = out.pop().start  # `Florence` + `Parly`
            span = Span(doc, start, span.end, label="PERSON")
            values[_key(span)] = (span_text(span), "model+surname")
        out.append(span)
    return out


def _without_trailing_of(doc: Doc, start: int, end: int, grammar) -> int:
    """`le roi [Mohammed VI du] Maroc`: a name never ends on `de`, `du`, `d'` in lower case; such a word closing
    a person's span opens the complement after the name (his country, his house), outside it."""
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in grammar.of_words:
        end -= 1
    return end


def _upper_surname_end(doc: Doc, start: int, end: int, taken: set[int]) -> int:
    """`le colonel Assimi GOÏTA`: a surname written in capitals after the given names the model read (written
    with their capital only) belongs to the name; an acronym of the lists (`taken`) does not."""
    if not all(t.text[:1].isupper() and not t.is_upper for t in doc[start:end] if t.is_alpha):
        return end
    while end < len(doc) and end - start < 5 and end not in taken and doc[end].is_alpha and doc[end].is_upper \
            and len(doc[end].text) > 2 and doc[end - 1].whitespace_ == " ":
        end += 1
    return end


def _glued_name_end(doc: Doc, start: int, end: int, taken: set[int]) -> int:
    """`Denis Sassou N'Guesso`, `Dieudonné Aba'a Owono`: a surname the tokenizer cut at its apostrophe
    (`N'` then `Guesso`, `Aba'` then `a`) goes on past the model's span, with the capitalised name words
    written right after the word so glued together."""
    if end >= len(doc) or end in taken:
        return end
    last, glued = doc[end - 1], end
    if last.text[-1:] in "'’" and len(last.text) > 2 and not last.whitespace_ and doc[end].is_alpha:
        glued = end + 1  # `Aba'` + `a`
    elif last.whitespace_ == " " and _name_token(doc[end]) and ELIDED_NAME.match(doc[end].text):
        glued = end + 2  # `N'` + `Guesso`
    if glued == end:
        return end
    while glued < len(doc) and glued - start < 6 and glued not in taken and doc[glued - 1].whitespace_ == " " \
            and _name_token(doc[glued]):
        glued += 1
    return glued


def _name_syllable(token, start: int) -> bool:
    """`Kim Jong Un`: a word that is also a French number word (`un`), written with its capital after the first
    word of a name, is a syllable of the name (Korean names end on `Un`); a number word in the middle of a
    sentence is written in lower case, and a name never opens on one."""
    return token.i > start and token.is_alpha and token.is_title and not token.is_sent_start


def _syllable_end(doc: Doc, start: int, end: int, taken: set[int]) -> int:
    """`Kim Jong [Un] est arrivé`: the model may leave out of a name its last syllable when it is also a French
    number word, which it then reads as the pronoun or the article `un`; written with its capital right after
    the name, in the middle of a sentence, it is the name's (`_name_syllable`)."""
    if end - start < 2 or end >= len(doc) or end in taken or doc[end - 1].whitespace_ != " ":
        return end
    word = doc[end]
    return end + 1 if word.like_num and _name_syllable(word, start) else end


def _glued_word_end(doc: Doc, start: int, end: int, taken: set[int]) -> int:
    """`à Sana'a`, `place Tian'anmen`: a place's name the tokenizer cut at its inner apostrophe (`Sana'` then
    `a`) goes on over the rest of the word, glued right after it (`cut_at_inner_apostrophe`)."""
    if end >= len(doc) or end in taken:
        return end
    return end + 1 if cut_at_inner_apostrophe(doc[end - 1], doc[end]) else end


def _after_glued_apostrophe(token, start: int) -> bool:
    """`a` of `Aba'a`: the rest of a name word the tokenizer cut at its apostrophe."""
    before = token.doc[token.i - 1] if token.i > start else None
    return before is not None and before.text[-1:] in "'’" and not before.whitespace_


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and (token.is_alpha or "-" in token.text)


def _determiner(token, grammar: Grammar) -> bool:
    """`l'OTAN` -> `OTAN`, `la Marine` -> `Marine`; but `La Haye` keeps its capital article."""
    if token.lower_ in grammar.elided_articles:
        return True
    return token.lower_ in grammar.determiners and (token.is_lower or token.is_sent_start)


def _without_article(span: Span, grammar: Grammar) -> str:
    """The span's text without a leading article (`l'`, `les`)."""
    start = span.start
    while start < span.end - 1 and _determiner(span.doc[start], grammar):
        start += 1
    return span.doc[start:span.end].text


def _key(span: Span) -> tuple[int, int, str]:
    return span.start, span.end, span.label_


def _demonym(span: Span) -> bool:
    """A demonym of a country (`britannique`), not of a region (`européen`)."""
    return span.id_.startswith("countries:") and not span.id_.startswith("countries:r.")


def _name_hyphen(doc: Doc, i: int, start: int) -> bool:
    """`Iouri-Bek`: a hyphen glued between two capitalised words inside a name joins them."""
    return i > start and i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_ and _name_token(doc[i - 1]) and _name_token(doc[i + 1])


def _lower_name_part(doc: Doc, i: int, start: int) -> bool:
    """`Suk-yeol`, `Jong-un`, `Jae-myung`: a given name romanised from Korean writes the syllable after its
    hyphen in lower case. Token i is that glued hyphen after a capitalised name word; the syllable is a short
    lower-case word that ends there (`-t-il`, `-même` come glued to their hyphen: they are not split so)."""
    if not (start < i and i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_
            and not doc[i].whitespace_ and _name_token(doc[i - 1])):
        return False
    part = doc[i + 1]
    return part.is_lower and part.is_alpha and 2 <= len(part.text) <= 6 \
        and (part.whitespace_ != "" or i + 2 == len(doc) or doc[i + 2].is_punct)


def _name_token(token) -> bool:
    """A word that can belong to a person's name (`N'Daw`, `O'Brien`: an elided particle glued to it)."""
    text = token.text
    glued = (ELIDED_NAME.match(text) is not None and not token.whitespace_ and token.i + 1 < len(token.doc)
             and token.nbor(1).text[:1].isupper())
    return (text[:1].isupper() and token.is_alpha or "-" in text and text[:1].isupper() or glued) \
        and len(text) > 1 and not token.is_sent_start


def _name_words(words: Span, grammar) -> bool:
    """Every word capitalised or a particle of names (`Hamdan bin Mohammed bin Rashid Al Maktoum`), opening
    and closing on a capitalised one."""
    return len(words) > 0 and words[0].text[:1].isupper() and words[-1].text[:1].isupper() and all(
        t.text[:1].isupper() and (t.is_alpha or "-" in t.text) or t.lower_ in grammar.name_particles for t in words)
