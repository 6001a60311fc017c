"""Meetings, first half: what one sentence says about a meeting (a *mention*).

A sentence holding a trigger from `rules/meetings.yml` (a noun such as `entretiens`, `réunion`,
`sommet`, or a verb such as `accueillir`, `s'entretenir`) is a mention of a meeting. `MentionReader`
fills its frame from the parse: kind, date, place, host and guests, the people who take part, groups,
status (held, planned, cancelled), whether it is a side meeting (`en marge de`) or a remote one
(`par téléphone`), and whether it refers back to the meeting just spoken of (`La rencontre s'est tenue
...`). `meeting_groups.py` then groups mentions into meetings.

Text inside quotation marks is the speaker's, not the reporter's: no trigger is read there, unless it is a
communiqué relayed whole in « » (`quotations.Relay`): third person, no speaker of its own.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from datetime import timedelta
from typing import NotRequired, TypedDict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.components.counterparts import last_before, office_classes, office_families, office_of, pick_counterpart
from pipeline.components.furniture import furniture_tokens
from pipeline.components.interviews import answer_after, interview_of, turn_at
from pipeline.components.lexicon import _acronym_after, folded_phrases, variants
from pipeline.components.linking import in_subject
from pipeline.components.people import _topic
from pipeline.components.quotations import Relay, inside
from pipeline.components.spans import (
    DocIndex,
    after_bound_word,
    continued,
    cut_at_inner_apostrophe,
    doc_text,
    parse_column,
    plain_words,
    span_text,
    tokens_with,
)
from pipeline.components.turns import MIN_TURNS, TurnReader
from pipeline.rows import CALENDAR_DAYS, Status, first_day, granularity, within
from pipeline.rulebook.grammar import Grammar, future_ending
from pipeline.rulebook.loader import RuleBook
from pipeline.rulebook.terms import fold_text

BODY_LINE_RE = re.compile(r"[^\s.][.!][\s»\"”]*$")  # a paragraph of the body ends a sentence
# where a line, or its part after a dash, opens (`Mercredi 23 octobre - Présidence de M. X`)
CHAIR_SEGMENT_RE = re.compile(r"(?:^|(?<=[ \t][-\u2013\u2014][ \t]))[ \t]*\S", re.M)
WEEKDAY_SOURCE = "rule:dates:weekday"  # a weekday counts from another date, like the rules with `anchor: text`

WORD_RE = re.compile(r"[\w'-]+")
PLACE_LABELS = ("LOC", "ORG", "MISC", "PERSON")  # the entities `_location` may read as a place
COMPLEMENT_DEPS = ("nmod", "flat:name", "amod", "appos", "nummod")  # the words a noun's complements hang by
PARTNER_DEPS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl:arg", "obl:mod", "obl", "obl:agent")
DATELINE_END_RE = re.compile(r"\s*(?:\([^)\n]{1,20}\))?\s*\.?\s*[-\u2013\u2014]")  # `(ACP).-` after a dateline's date


def body_start(doc: Doc, text: str) -> int:
    """Where the article's body begins: its first line that ends a sentence with a full stop,
    past the header (page furniture, kicker, headline); never on the first line. A headline
    restates the body's meeting: it is no mention of its own."""
    first = text.find("\n")
    if first < 0:
        return first
    furniture = [(f.start_char, f.end_char) for f in doc.spans.get("furniture", [])]
    at = first + 1
    for line in text[first + 1 :].split("\n"):
        if BODY_LINE_RE.search(line) and not any(a <= at < b for a, b in furniture):
            return at
        at += len(line) + 1
    return first


class Mention(TypedDict):
    """What one sentence says about a meeting: the frame read from its trigger."""

    kind: str
    rule: str
    sentence: str
    start_char: int
    end_char: int
    people: list[str]  # person keys
    host: str
    guests: list[str]
    date: str
    location: str
    remote: bool  # by telephone or video: no place
    side: bool  # after `en marge de`: a side meeting of its own
    verb_only: bool  # a verb trigger, no noun
    strong_host: bool  # the host read from the parse, not from word order
    anaphoric: bool  # `La rencontre s'est tenue ...`: the meeting just spoken of
    refers_back: bool  # `Cette rencontre s'inscrit dans ...`: a meeting already told, no new one
    status: Status | str  # empty: the sentence does not say
    groups: list[str]
    subject: list[str]  # people in the subject of the main verb
    headline: bool  # in the header: it restates a meeting of the body, or names the story's own
    presence: bool  # no trigger: people taking part in the meeting spoken of (`également présent, X a ...`)
    until: str  # `Les travaux s'achèvent demain`: the last day of the meeting spoken of; `DAY/` its first
    speakers: list[str]  # presence: people who speak, taking part only in a session of many (`X a déclaré`)
    paired: NotRequired[bool]  # a verb between people, its meeting nouns circumstances of it: read like a verb alone
    visited_host: NotRequired[bool]  # the host is the one a visitor (`le visiteur`, active subject) met
    joins: NotRequired[bool]  # `X et Y ont rejoint la délégation`: newcomers to the party of the meeting spoken of
    separate: NotRequired[bool]  # `des entretiens séparés avec A et B`: one meeting with each
    chair_day: NotRequired[bool]  # its day read from a record's chair line (`Mercredi 23 octobre - Présidence de M. X`)
    parties: NotRequired[list[str]]  # groups told by whose side they are (`la délégation des Forces armées X`)
    repeat: NotRequired[bool]  # `une seconde rencontre`: another talk between the people of the meeting told
    described: NotRequired[bool]  # `Les deux ministres se reverront`: its people read from a plural description
    sponsor: NotRequired[str]  # `sous les auspices de la Chine`: the country convening talks between others
    part_sitting: NotRequired[bool]  # `la séance d'ouverture`: a sitting of a longer gathering (sitting_parts)
    bare_sitting: NotRequired[bool]  # `en ouverture de la réunion`: a session noun with a definite article alone
    landmark: NotRequired[bool]  # `À l'issue de la cérémonie, X et Y ont eu un entretien`: a meeting after another
    sequel: NotRequired[bool]  # `Avant la cérémonie, X avait reçu Y` (`_beside`): before or after another, never it
    aim: NotRequired[bool]  # `X se rendra à Y pour assister à ...`: the trigger verb says what for
    during_stay: NotRequired[bool]  # `Au cours de son séjour, X a rencontré Y`: on a day of the trip told before
    returned: NotRequired[bool]  # `X, qui rentrait d'un déplacement à Kiev`: an earlier trip, a meeting of its own
    edition: NotRequired[bool]  # `le prochain sommet`, `la précédente réunion`: another edition of a series
    as_time: NotRequired[bool]  # `avant le sommet de Vilnius`: a meeting named only to date or describe what is told
    there: NotRequired[bool]  # `Les deux hommes y ont visité ...`: no place of its own, a clitic `y` points back to it
    scene: NotRequired[str]  # presence: a sentence opening another day (`Le lendemain, à X, ...`), its day
    anchors: NotRequired[list[str]]  # presence: the others it names (`X était accompagné de Y`: X), whose meeting
    party: NotRequired[list[str]]  # presence: the members of a travelling party (`la délégation comprenait X`)
    of_party: NotRequired[bool]  # presence: names members of a party told (`X faisait partie de la délégation`)
    honoured: NotRequired[list[str]]  # presence: officers a ceremony honours (`X a reçu ses attributs de général`)
    day_from: NotRequired[tuple[str, int]]  # `La veille de la cérémonie, X a reçu Y`: the lemma of a meeting noun
    # told before and the days counted from its day (`veille` -1, `lendemain` +1)
    beside_told: NotRequired[bool]  # side: `En marge de cette réunion`: beside the meeting just told, not the story's
    # last told Y joins


class MentionReader:
    """The mentions of a document, in text order (`read`), and the place a sentence names (`place_before`)."""

    def __init__(self, book: RuleBook, nlp: Language) -> None:
        vocab = nlp.vocab
        self.grammar = Grammar.from_book(book)
        self.relay = Relay(book.get("speech", "first_person_words", []),
                           book.get("speech", "relayed_document_words", []),
                           {f for e in book.entries("speech", "verbs") for f in [e["lemma"], *(e.get("forms") or [])]})
        # dates counted from another date the text gave (`la veille`): a flag on the rule, `anchor: text`
        self.anchored = tuple(f"rule:dates:{e['id']}" for e in book.entries("dates", "relative")
                              if e.get("anchor") == "text")
        # `la veille` -1, `le lendemain` +1: a day counted from another, by its noun (`la veille de la cérémonie`)
        self.day_nouns = {e["terms"][0].split()[-1]: int(e["offset"]) for e in book.entries("dates", "relative")
                          if e.get("anchor") == "text" and e.get("unit") == "day" and e.get("terms")}
        # a starting point or an end (`à partir du 25 novembre`, `depuis le 4 mars`): no day of an event
        self.bounds = tuple(plain_words(w) for w in book.get("dates", "year_not_carried_after", None) or [])
        self.nouns = PhraseMatcher(vocab, attr="LOWER")
        self.folded_nouns = PhraseMatcher(vocab, attr="NORM")  # folded by the lexicon stage: `REUNION`, `visite d'Etat`
        self.noun_entries: dict[str, dict] = {}
        for entry in book.entries("meetings", "nouns"):
            key = f"nouns.{entry['id']}"
            self.noun_entries[key] = entry
            self.nouns.add(key, [nlp.make_doc(form) for t in entry["terms"] for form in variants(t)])
            self.folded_nouns.add(key, folded_phrases(nlp, entry["terms"]))
        self.noun_words = {t.lower_ for m in self.noun_entries.values() for term in m["terms"]
                           for form in variants(term) for t in nlp.make_doc(form)}
        # the word a meeting noun opens on (`conférence` of `conférence de presse`), not the rest of its words
        self.noun_firsts = {nlp.make_doc(form)[0].lower_ for m in self.noun_entries.values() for term in m["terms"]
                            for form in variants(term)}
        self.verbs = {e["lemma"].lower(): e for e in book.entries("meetings", "verbs")}
        self.verb_forms = {f.lower(): e for e in book.entries("meetings", "verbs") for f in e.get("forms") or []}
        self.places = PhraseMatcher(vocab, attr="LOWER")
        self.phrase_places, self.complement_places, self.room_places = set(), set(), set()
        self.acronym_places: dict[str, set[str]] = {}
        self.preposed_places: dict[str, set[str]] = {}  # `sur la place Rouge`: only after these and an article
        for entry in book.entries("meetings", "locations"):
            self.places.add(entry["id"], [nlp.make_doc(f) for t in entry["terms"] for f in variants(t)])
            if entry.get("acronym"):
                self.acronym_places[entry["id"]] = set(entry["terms"])
            if entry.get("phrase"):
                self.phrase_places.add(entry["id"])
            if entry.get("complement"):
                self.complement_places.add(entry["id"])
            if entry.get("room"):
                self.room_places.add(entry["id"])
            if entry.get("after"):
                self.preposed_places[entry["id"]] = {w.lower() for w in entry["after"]}
        self.place_anaphors = [_norm(w) for w in book.get("meetings", "place_anaphors", [])]
        self.place_clitics = {w.lower() for w in book.get("meetings", "place_clitics", [])}
        self.countries = {n.lower() for key in ("countries", "regions") for e in book.entries("countries", key)
                          for n in [e["name"], *(e.get("aliases") or [])]}
        self.cities = {n.lower() for e in book.entries("countries", "countries") for n in e.get("places") or []}
        self.capitals = {n.lower(): e["places"][0] for e in book.entries("countries", "countries") if e.get("places")
                         for n in [e["name"], *(e.get("aliases") or []), *(e.get("demonyms") or [])]}
        self.capital_words = {w.lower() for w in book.get("meetings", "capital_words", [])}
        self.not_place_prepositions = {w.lower() for w in book.get("meetings", "not_place_prepositions", [])}
        self.end_verbs = {w.lower() for w in book.get("meetings", "end_verbs", [])}
        self.start_verbs = {w.lower() for w in book.get("meetings", "start_verbs", [])}
        self.host_nouns = {w.lower() for w in book.get("meetings", "host_nouns", [])}
        self.guest_nouns = {w.lower() for w in book.get("meetings", "guest_nouns", [])}
        self.described_person_nouns = {w.lower() for w in book.get("meetings", "described_person_nouns", [])}
        self.officer_nouns = {w.lower() for w in book.get("meetings", "officer_nouns", [])}
        self.invite_verbs = {w.lower() for w in book.get("meetings", "invite_verbs", [])}
        self.arrival_verbs = {w.lower() for w in book.get("meetings", "arrival_verbs", [])}
        self.visit_nouns = {w.lower() for w in book.get("meetings", "visit_nouns", [])}
        self.journey_nouns = {w.lower() for w in book.get("meetings", "journey_nouns", [])}
        self.stay_prepositions = [w.lower().split() for w in book.get("meetings", "stay_prepositions", [])]
        self.counterpart_nouns = {w.lower() for w in book.get("relations", "counterparts", [])}
        self.civilities = {w.lower() for w in book.get("names", "civilities", [])}
        self.country_of_id = {f"countries:{e['id']}": e["name"] for e in book.entries("countries", "countries")}
        # `sous l'égide de Riyad`: a capital (the first of a country's `places`) stands for its country
        self.country_of_capital = {e["places"][0].lower(): e["name"] for e in book.entries("countries", "countries")
                                   if e.get("places")}
        self._people_country: dict[str, str] = {}
        self._people_ranked: set[str] = set()
        self.seat_nouns = {w.lower() for w in book.get("meetings", "seat_nouns", [])}
        parts = [w.lower() for w in book.get("meetings", "sitting_parts", None) or []]
        self.sitting_parts = re.compile(rf"\s*(?:{'|'.join(map(re.escape, parts))})(?!\w)", re.I) if parts else None
        self.head_roles = {f"rule:roles:{w}" for w in book.get("meetings", "head_roles", [])}
        self._people_office: dict[str, tuple[str, str]] = {}
        self._people_body: dict[str, str] = {}
        self.office_classes = office_classes(book)
        self.office_families = office_families(book)  # office class -> family (`office_family`, roles.yml)
        self._people_mentions: dict[str, list[list[int]]] = {}
        self.demonym_country = {d.lower(): e["name"] for e in book.entries("countries", "countries")
                                for d in e.get("demonyms") or []}
        gathering = {w.lower() for w in book.get("meetings", "gathering_kinds", [])}
        self.gathering_bodies = {f"organisations:{e['id']}" for e in book.entries("organisations", "organisations")
                                 if (e.get("kind") or "").lower() in gathering}
        self.topic_verbs = {w.lower() for w in book.get("meetings", "topic_verbs", [])}
        self.side_markers = [m.lower() for m in book.get("meetings", "side_markers", [])]
        # the noun of a side locution (`en marge de`: `marge`), whose `de` complement names the gathering
        self.side_nouns = frozenset(m.split()[1] for m in self.side_markers if len(m.split()) > 1)
        self.group_words = {w.lower() for w in book.get("meetings", "group_words", [])}
        self.committee_words = {w.lower() for w in book.get("meetings", "committee_words", None) or []}
        self.pair_words = [w.lower() for w in book.get("meetings", "pair_words", [])]
        self.group_counts = {w.lower().split()[0]: int(w.split()[1]) for w in book.get("meetings", "group_counts", [])}
        # `les deux ministres`: the plural head of a description of officials (longest first) and the role words
        # of the office it names
        self.described_offices = sorted(((t.lower().replace("\u2019", "'"), (tuple(r.lower() for r in e["roles"]),
                                                                           e.get("ranked")))
                                         for e in book.entries("meetings", "described_offices") for t in e["terms"]),
                                        key=lambda item: -len(item[0]))
        self.host_markers = [w.lower().replace("\u2019", "'") for w in book.get("meetings", "host_markers", [])]
        self.folded_host_markers = [(w, _fold_kept(w)) for w in self.host_markers]  # folded once, not per mention
        # `sous les auspices de la Chine`: the host markers after which a country names the sponsoring side
        self.sponsor_markers = {w.lower().replace("\u2019", "'") for w in book.get("meetings", "sponsor_markers", [])}
        # `autour du président X`: each marker as its words (`autour d'` is two tokens, `autour` and `d'`)
        self.around_markers = [tuple(w.lower().replace("\u2019", "'").replace("'", "' ").split())
                               for w in book.get("meetings", "around_markers", [])]
        self.opening_verbs = {w.lower() for w in book.get("meetings", "opening_verbs", [])}
        self.chair_verbs = {w.lower() for w in book.get("meetings", "chair_verbs", [])}
        self.opening_nouns = {w.lower() for w in book.get("meetings", "opening_nouns", [])}
        # the noun of a marker ending in `de` (`invitation`, `présidence`): with an adjective it reads by the parse
        self.host_marker_nouns = {m.split()[-2].split("'")[-1] for m in self.host_markers
                                  if len(m.split()) > 2 and m.split()[-1] in ("de", "du", "d'")}
        self.modes = [{**e, "terms": [t.lower() for t in e["terms"]]} for e in book.entries("meetings", "modes")]
        self.mode_kinds = {k.lower() for e in book.entries("meetings", "modes") for k in e.get("applies_to") or []}
        self.planned_tenses = set(book.get("meetings", "planned_tenses", []))
        self.planned_modals = {w.lower() for w in book.get("meetings", "planned_modals", [])}
        self.planned_words = {w.lower() for w in book.get("meetings", "planned_words", [])}
        self.cancelled_words = [_norm(w) for w in book.get("meetings", "cancelled_words", [])]
        self.years_back = {f"rule:dates:{e['id']}" for e in book.entries("dates", "offsets")
                           if e.get("direction") == "past"}
        self.anniversary_words = [_norm(w) for w in book.get("dates", "anniversary_words", [])]
        self.not_participant_markers = [_norm(w) for w in book.get("meetings", "not_participant_markers", [])]
        self.not_participant_states = {w.lower() for w in book.get("meetings", "not_participant_states", [])}
        self.order_nouns = {w.lower() for w in book.get("meetings", "order_nouns", [])}
        self.carrier_nouns = {w.lower() for w in book.get("meetings", "carrier_nouns", [])}
        self.participant_nouns = {w.lower() for w in book.get("meetings", "participant_nouns", [])}
        self.spoken_of_pronouns = {w.lower() for w in book.get("meetings", "spoken_of_pronouns", [])}
        self.anaphoric_verbs = {w.lower() for w in book.get("meetings", "anaphoric_verbs", [])}
        self.venue_verbs = [w.lower().split() for w in book.get("meetings", "venue_verbs", [])]
        self.held_participles = frozenset(w.lower() for w in book.get("meetings", "held_participles", []))
        self.subject_modals = frozenset(w.lower() for w in book.get("meetings", "subject_modals", []))
        self.site_places = set(book.get("meetings", "site_places", []))
        self.room_sites = set(book.get("meetings", "room_sites", []))
        self.return_verbs = {w.lower() for w in book.get("meetings", "return_verbs", [])}
        self.return_nouns = {w.lower() for w in book.get("meetings", "return_nouns", [])}
        self.anaphoric_determiners = {w.lower() for w in book.get("meetings", "anaphoric_determiners", [])}
        self.definite_prepositions = {w.lower() for w in book.get("meetings", "definite_prepositions", None) or []}
        self.companion_verbs = {w.lower() for w in book.get("meetings", "companion_verbs", [])}
        self.representation_verbs = {w.lower() for w in book.get("meetings", "representation_verbs", [])}
        self.absence_verbs = {w.lower() for w in book.get("meetings", "absence_verbs", [])}
        self.leader_nouns = {w.lower() for w in book.get("meetings", "leader_nouns", [])}
        self.chair_markers = [w.lower().replace("\u2019", "'") for w in book.get("meetings", "chair_markers", [])]
        self.presence_verbs = {w.lower() for w in book.get("meetings", "presence_verbs", [])}
        self.presence_words = {w.lower() for w in book.get("meetings", "presence_words", [])}
        self.presence_nouns = {w.lower() for w in book.get("meetings", "presence_nouns", [])}
        self.roster_verbs = {w.lower() for w in book.get("meetings", "roster_verbs", [])}
        self.roster_nouns = {w.lower() for w in book.get("meetings", "roster_nouns", [])}
        self.dignitary_nouns = {w.lower() for w in book.get("meetings", "dignitary_nouns", [])}
        self.succession_verbs = {w.lower() for w in book.get("roles", "succession_verbs", [])}
        # the roles by id: a leader's title names the one holder of it or of an office it stands for
        self.role_entries = {e["id"]: e for e in book.entries("roles", "roles")}
        self.speech_verbs = {w.lower() for w in book.get("meetings", "session_speech_verbs", [])}
        self.noun_other_heads = {w.lower() for w in book.get("meetings", "noun_other_heads", [])}
        self.procedure_prepositions = {w.lower() for w in book.get("meetings", "procedure_prepositions", [])}
        self.denying_determiners = {w.lower() for w in book.get("meetings", "denying_determiners", [])}
        self.denying_prepositions = {w.lower() for w in book.get("meetings", "denying_prepositions", [])}
        self.top_nouns = {w.lower() for w in book.get("meetings", "top_nouns", [])}
        self.top_of = {w.lower() for w in book.get("meetings", "top_of", [])}
        self.assembly_verbs = {w.lower() for w in book.get("meetings", "assembly_verbs", [])}
        self.noun_other_verbs = {w.lower() for w in book.get("meetings", "noun_other_verbs", [])}
        self.report_verbs = {w.lower() for w in book.get("meetings", "report_verbs", [])}
        self.postponed_words = [_norm(w) for w in book.get("meetings", "postponed_words", [])]
        self.noun_complement_words = {w.lower() for w in book.get("meetings", "noun_complement_words", ["de"])}
        self.partner_words = {w.lower() for w in book.get("meetings", "partner_words", [])}
        self.sequence_prepositions = {w.lower() for w in book.get("meetings", "sequence_prepositions", [])}
        self.trip_verbs = {w.lower() for w in book.get("meetings", "trip_verbs", [])}
        self.next_leg_marks = {w.lower() for w in book.get("meetings", "next_leg_marks", [])}
        self.pair_prepositions = {w.lower() for w in book.get("meetings", "pair_prepositions", [])}
        self.since_prepositions = {w.lower() for w in book.get("meetings", "since_prepositions", [])}
        self.purpose_prepositions = {w.lower() for w in book.get("meetings", "purpose_prepositions", [])}
        self.sequence_nouns = {w.lower() for w in book.get("meetings", "sequence_nouns", [])}
        self.landmark_nouns = {w.lower() for w in book.get("meetings", "landmark_nouns", [])}
        self.landmark_verbs = {w.lower() for w in book.get("meetings", "landmark_verbs", [])}
        self.prospect_words = {w.lower() for w in book.get("meetings", "prospect_words", [])}
        self.edition_words = {w.lower() for w in book.get("meetings", "edition_words", [])}
        self.talks_kinds = {k.lower() for k in book.get("meetings", "talks_kinds", None) or []}
        self.programme_kinds = {k.lower() for k in book.get("meetings", "programme_kinds", None) or []}
        self.separate_words = {w.lower() for w in book.get("meetings", "separate_words", [])}
        self.in_turn_arrivals = {w.lower() for w in book.get("meetings", "in_turn_arrival_verbs", [])}
        turns = sorted({w.lower().replace("\u2019", "'") for w in book.get("meetings", "in_turn_words", [])},
                       key=len, reverse=True)
        self.in_turn = re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(w) for w in turns) + r")(?!\w)") \
            if turns else None
        self.per_partner_nouns = {w.lower() for w in book.get("meetings", "per_partner_nouns", [])}
        self.repeat_words = {w.lower() for w in book.get("meetings", "repeat_words", [])}
        self.repeat_kinds = {w.lower() for w in book.get("meetings", "repeat_kinds", [])}
        self.repeat_verbs = {f"rule:meetings:{w}" for w in book.get("meetings", "repeat_verbs", [])}
        self.welcome_verbs = {w.lower() for w in book.get("meetings", "welcome_verbs", [])}
        self.clitic_objects = {w.lower() for w in book.get("meetings", "clitic_objects", [])}
        self.attendance_phrases = {tuple(w.lower().split()) for w in book.get("meetings", "attendance_phrases", [])}
        self.succession_nouns = {w.lower() for w in book.get("meetings", "succession_nouns", [])}
        self.office_taking = {tuple(w.lower().split()) for w in book.get("meetings", "office_taking", [])}
        self.office_taking_verbs = {v for v, _ in self.office_taking}
        town = book.get("meetings", "headline_town", None)
        self.headline_town = re.compile(town, re.M) if town else None
        crumb = book.get("meetings", "breadcrumb_town", None)
        self.breadcrumb_town = re.compile(crumb, re.M) if crumb else None
        self.seating_phrases = {tuple(w.lower().split()) for w in book.get("meetings", "seating_phrases", [])}
        self.told_proceedings = {w.lower() for w in book.get("meetings", "told_proceedings", [])}
        self.command_handover = {tuple(w.lower().split()) for w in book.get("meetings", "command_handover", [])}
        self.command_handover_verbs = {v for v, _ in self.command_handover}
        self.clitic_attendance = {tuple(w.lower().split()) for w in book.get("meetings", "clitic_attendance", [])}
        self.membership_phrases = {tuple(w.lower().split()) for w in book.get("meetings", "membership_phrases", [])}
        self.honour_phrases = {tuple(w.lower().split()) for w in book.get("meetings", "honour_phrases", [])}
        self.honour_verbs = {w.lower() for w in book.get("meetings", "honour_verbs", [])}
        self.becoming_verbs = {w.lower() for w in book.get("meetings", "becoming_verbs", None) or []}
        # the first word of every rank (`contre-amiral`, `général` of `général de brigade`): the head of its phrase
        self.rank_heads = {t.lower().split()[0] for e in book.entries("ranks", "ranks")
                           for t in [*(e.get("terms") or [e["rank"]]), *(e.get("feminine_terms") or [])]}
        self.composition_verbs = {w.lower() for w in book.get("meetings", "composition_verbs", [])}
        self.side_party_nouns = {w.lower() for w in book.get("meetings", "side_party_nouns", [])}
        self.besides_words = {w.lower() for w in book.get("meetings", "besides_words", [])}
        self.said_verbs = {e["lemma"].lower() for e in book.entries("speech", "verbs")}  # speech.yml
        self.leader_verbs = {w.lower() for w in book.get("meetings", "leader_verbs", [])}
        self.causative_verbs = {w.lower() for w in book.get("meetings", "causative_verbs", [])}
        self.conduct_verbs = {w.lower() for w in book.get("meetings", "conduct_verbs", [])}
        self.holding_verbs = {w.lower() for w in book.get("meetings", "holding_verbs", [])}
        self.chambers = list(book.get("meetings", "chambers", []))
        self.future_endings = tuple(w.lower() for w in book.get("dates", "future_endings", []))  # no conditional
        self.lone_trip_rules = {f"rule:meetings:{r}" for r in book.get("meetings", "lone_trip_rules", [])}
        self.conditional_endings = tuple(w.lower() for w in book.get("dates", "conditional_endings", []))
        self.future_stems = dict(w.lower().split() for w in book.get("meetings", "future_stems", []))
        self.chair_lines = [w.lower().replace("\u2019", "'").split() for w in book.get("meetings", "chair_lines", [])]
        self.chamber_kinds = {k.lower() for k in book.get("meetings", "chamber_kinds", [])}
        self.record_sitting_kinds = {k.lower() for k in book.get("meetings", "record_sitting_kinds", [])}
        self.turns = TurnReader(book)  # the speaker labels of a record's turns, shared with the quotes stage
        self.beside_visits = [{**e, "terms": {t.lower() for t in e["terms"]},
                               "journeys": {w.lower() for w in e.get("journeys") or []},
                               "verbs": {w.lower() for w in e.get("verbs") or []}}
                              for e in book.entries("meetings", "beside_visits")]
        self.series_nouns = {w.lower() for w in book.get("meetings", "series_nouns", [])}

    @property
    def people_country(self) -> dict[str, str]:
        """The story's officials (`doc._.officials`) of the last `read`: person key -> country, "" when
        none is known. The grouper reads it to find who is at home (`MeetingGrouper.host_at_home`)."""
        return self._people_country

    @property
    def people_mentions(self) -> dict[str, list[list[int]]]:
        """The officials of the last `read`: each one's mentions, (start_char, end_char) pairs."""
        return self._people_mentions

    @property
    def people_office(self) -> dict[str, tuple[str, str]]:
        """The officials of the last `read` holding an office now (none whose role is a past one): person
        key -> (organisation id, role rule such as `rule:roles:president#head`), "" where not known."""
        return self._people_office

    @property
    def people_body(self) -> dict[str, str]:
        """The officials of the last `read`: person key -> the name of the body they belong to, as written
        (`Défense`, `composante Terre`), "" where not known."""
        return self._people_body

    @property
    def people_first_char(self) -> dict[str, int]:
        """The officials of the last `read`: person key -> the offset of the first mention in the text."""
        return {k: min(start for start, _ in spans) for k, spans in self._people_mentions.items() if spans}

    @property
    def people_travelling(self) -> set[str]:
        """The officials of the last `read` first named as the `de` complement of a journey noun
        (`journey_nouns`: `le déplacement du président X en Algérie`): each travels on a trip of his own;
        or as its companion, a `partner_words` complement of the journey (`un déplacement à Kiev avec X`,
        `un voyage effectué avec X`, `il a fait un déplacement à Rome avec X`): he travels along."""
        return self._people_travelling

    def _travelling(self, doc: Doc, mentions: list) -> bool:
        """The first of a person's mentions hangs (through its name, `président X`) on a journey noun."""
        first = min(mentions, default=None)
        span = first and doc.char_span(first[0], first[1], alignment_mode="expand")
        if not span:
            return False
        token = span.root
        while (token.dep_ in ("appos", "flat:name", "flat") or token.dep_ == "nmod" and not _case_of(token)) \
                and token.head is not token:
            token = token.head  # `le secrétaire d'Etat X`: the name read as a bare `nmod` of its title
        cases = _case_of(token)
        if cases & self.partner_words:
            return self._of_journey(token.head)
        return token.dep_ == "nmod" and token.head.pos_ == "NOUN" and token.head.lemma_.lower() in self.journey_nouns \
            and bool(cases & {"de", "du", "d'", "d’"})

    def _of_journey(self, head) -> bool:
        """A journey noun (`journey_nouns`), a participle hung on one (`un déplacement effectué`), or the verb
        whose object one is (`faire un déplacement`): what a companion phrase (`avec X`) hangs on."""
        if head.pos_ == "NOUN":
            return head.lemma_.lower() in self.journey_nouns
        return head.dep_ == "acl" and head.head.lemma_.lower() in self.journey_nouns or any(
            c.dep_ == "obj" and c.lemma_.lower() in self.journey_nouns for c in head.children)

    @property
    def people_first_body_char(self) -> dict[str, int]:
        """`people_first_char` counting only the body: a headline restates the story and names no one first."""
        start = getattr(self, "body_start", 0)
        return {k: min((s for s, _ in spans if s >= start), default=min(s for s, _ in spans))
                for k, spans in self._people_mentions.items() if spans}

    def read(self, doc: Doc) -> list[Mention]:
        """One mention per sentence of the body holding a trigger outside quotations."""
        text = self._text = doc_text(doc)
        quotes = self.relay.speech_ranges(text)  # a communiqué relayed in « » is read as the reporter's
        person_of = {}
        for person in doc._.officials or []:
            for start, _end in person["mentions"]:
                person_of[start] = person["key"]
        self._people_country = {person["key"]: person.get("country") or "" for person in doc._.officials or []}
        self._people_ranked = {person["key"] for person in doc._.officials or [] if person.get("rank")}
        self._people_mentions = {person["key"]: person["mentions"] for person in doc._.officials or []}
        self._people_travelling = {person["key"] for person in doc._.officials or []
                                   if self._travelling(doc, person["mentions"])}
        self._people_role = {person["key"]: (person.get("role") or "").lower() for person in doc._.officials or []}
        self._described_sents: set[int] = set()  # sentences whose people a plural description gave
        self._people_gender = {person["key"]: (person.get("rules") or {}).get("gender") or ""
                               for person in doc._.officials or []}
        self._people_body = {person["key"]: person.get("organisation") or "" for person in doc._.officials or []}
        self._people_office = {person["key"]: (person.get("organisation_id") or "",
                                               (person.get("rules") or {}).get("role") or "")
                               for person in doc._.officials or [] if not (person.get("rules") or {}).get("past_role")}
        nouns = filter_spans(self._noun_matches(doc))
        nouns = [n for n in nouns if not inside(quotes, n.start_char, n.end_char) and not self._other_sense(n)
                 and not self._without(n.root)]
        noun_heads = {t.i for n in nouns for t in n}  # `le sommet organisé par X`: a meeting's participle
        candidates = set(tokens_with(doc, "LEMMA", self.verbs)) | set(tokens_with(doc, "LOWER", self.verb_forms))
        candidates |= set(self._beside_heads(doc, person_of))  # `doit achever sa tournée auprès de X`
        candidates = sorted(candidates)
        verbs = [t for t in (doc[i] for i in candidates)
                 if self._verb_entry(t) is not None and not inside(quotes, t.idx, t.idx + len(t))
                 and "Imp" not in t.morph.get("Mood")  # `Recevez notre lettre`: a page's call, no meeting
                 and self._has_partner(t, person_of) and not self._describes_thing(t, person_of, noun_heads)
                 and not self._without(t)]
        places = filter_spans([p for p in self.places(doc, as_spans=True)  # `base aérienne` over `base`
                               if (p.label_ not in self.acronym_places or p.text in self.acronym_places[p.label_])
                               and self._preposed_place(p)])
        idx = self.idx = DocIndex.of(doc)
        by_sent: dict[int, tuple[list, list, list]] = {}
        for key, items in ((0, nouns), (1, verbs), (2, places)):
            for item in items:
                start = item.start if key != 1 else item.i
                by_sent.setdefault(idx.sent(start).start, ([], [], []))[key].append(item)
        self._places_by_sent = {start: found[2] for start, found in by_sent.items()}
        self._mention_sents = {start for start, found in by_sent.items() if found[0] or found[1]}
        mentions = self._told = []  # the mentions read so far: `les deux dirigeants` may stand for their pair
        # the headline restates the article; a later piece of a long text is all body
        start = self.body_start = 0 if continued(doc) else body_start(doc, text)
        furniture = furniture_tokens(doc)  # `Lire aussi : le ministre en visite à ...` is another story
        named_at = sorted(person_of)  # where the people's mentions start: a sentence naming no one adds no one
        rosters: list[tuple[str, list[str]]] = []  # the delegations whose members were told, in text order
        self.ahead: list[str] = []  # people shown present before any meeting is told (`_present_ahead`)
        for sent in idx.sents:
            within, acts, here = by_sent.get(sent.start, ([], [], []))
            frames = []
            if sent.start not in furniture and (within or acts):
                frames = self._frames(doc, sent, within, acts, here, quotes, person_of)
                self._date_of_other_like(sent, frames, quotes)
                party, received = self._party_in_frame(sent, rosters) if len(frames) == 1 else ([], False)
                for mention in frames:
                    if party and not mention.get("presence"):  # `la délégation a été reçue par X`: its members
                        new = [k for k in party if k not in mention["people"] and k != mention["host"]]
                        mention["people"] += new
                        if received and mention["host"] and mention["strong_host"]:
                            mention["guests"] = list(dict.fromkeys(mention["guests"] + new))
                    if mention.get("presence"):  # `X et Y ont fait le déplacement`: who came, no meeting
                        mention["anchors"] = self._anchors(sent, quotes, person_of, mention["people"])
                        mentions += [mention] if mentions and sent.start_char >= start else []
                        continue
                    if self._lone_planned_trip(mention):
                        continue
                    mention["headline"] = sent.start_char < start
                    mention["presence"] = False
                    mention["speakers"] = []
                    self._interview_person(doc, sent, mention, within, acts, person_of)
                    mention["repeat"] = len(frames) == 1 and (self._repeated(within) or self._met_again(mention))
                    mentions.append(mention)
            if sent.start not in furniture:
                rosters += self._rosters(sent, quotes, person_of)
            if not frames and sent.start not in furniture and sent.start_char >= start and not mentions and (
                    bisect_left(named_at, sent.start_char) < bisect_left(named_at, sent.end_char)):
                self.ahead += [k for k in self._present_people(sent, quotes, person_of)[0] if k not in self.ahead]
            if not frames and sent.start not in furniture and sent.start_char >= start and mentions:
                # no trigger, or one that frames nothing (`X était accompagné du général Y`): who was there;
                # every one of them is a person named in the sentence: none named, none there
                named = bisect_left(named_at, sent.start_char) < bisect_left(named_at, sent.end_char)
                present, speakers, party = self._present_people(sent, quotes, person_of) if named else ([], [], [])
                honoured = [k for k in self._honoured(sent, quotes, person_of) if k not in present + party] if (
                    named) else []
                party += honoured  # kept apart below: they join a ceremony only
                scene = "" if present or speakers or party else self._scene_change(sent)
                if scene:  # `Le lendemain, à X, le ministre a dû ...`: another day and place, no meeting word
                    mentions.append({**self._presence(sent, [], []), "scene": scene,
                                     "location": self._location(sent, self._places_by_sent[sent.start],
                                                                {sent.root.i})})
                if present or speakers or party:
                    mentions.append(self._presence(sent, present + party, speakers))
                    mentions[-1]["party"] = [k for k in party if k not in honoured]
                    mentions[-1]["honoured"] = honoured
                    # `A et B faisaient partie de la délégation`: members of a party already told
                    mentions[-1]["of_party"] = bool(mentions[-1]["party"]) or bool(
                        self._party_members(sent, quotes, person_of))
                    mentions[-1]["anchors"] = self._anchors(sent, quotes, person_of, present + party + speakers)
                    mentions[-1]["background"] = _told_before(sent.root)  # `y avaient signé`: the flashback's
                    # `Autour de la table figuraient X`: of a meeting held; `X y sera attendu`: of one to come
                    mentions[-1]["status"] = self._status(sent, sent.root, _words(span_text(sent))) or (
                        _finite_status(sent.root))
        if not self._record_chair(mentions, person_of):  # `Présidence de M. X`: the chair hosts the record's hearing
            self._record_turn_speakers(mentions, person_of)  # `01.02 X, ministre: ...`: who speaks takes part
        return self._unanswered_questions(doc, mentions)

    def _lone_planned_trip(self, mention: Mention) -> bool:
        """`X se rendra à Y vendredi`, `X doit se rendre à Y`, `annonce qu'elle se rendrait à Y`: a trip still
        to come, told by a verb of travel (`lone_trip_rules`) naming the traveller alone, no host and no group,
        is no meeting yet (the gold counts none); one met there is told by a trigger of its own. So is such a
        trip told in the pluperfect (`X, qui s'était déjà rendu à Y en 2020`): a flashback meeting nobody. A trip
        said to be for something (`pour assister à des tirs`) is the planned visit the gold counts."""
        return ((mention["status"] == "planned" or mention["background"]) and mention["verb_only"]
                and mention["rule"] in self.lone_trip_rules
                and len(mention["people"]) == 1 and not mention["host"] and not mention["groups"]
                and not mention.get("aim"))

    def _repeated(self, nouns: list[Span]) -> bool:
        """`Une seconde rencontre, évoquée pour l'après-midi, n'a pas eu lieu`: the sentence's first meeting
        noun, one of `repeat_kinds`, with an indefinite article and one of `repeat_words`, naming no party of
        its own (no `de`, `entre` or `avec` complement): another talk between the people just told of."""
        if not nouns or nouns[0].root.lemma_.lower() not in self.repeat_kinds:
            return False
        children = list(nouns[0].root.children)
        return any(c.dep_ == "amod" and c.lower_ in self.repeat_words for c in children) and any(
            c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in children) and not any(
            c.dep_ == "nmod" for c in children)

    def _met_again(self, mention: Mention) -> bool:
        """`Les deux ministres doivent se revoir à l'automne`, `Ils se reverront en mars`: a verb meaning to meet
        again (`repeat_verbs`) tells by its prefix another meeting between the people just told of."""
        return mention["verb_only"] and mention["rule"] in self.repeat_verbs

    def _date_of_other_like(self, sent: Span, frames: list[Mention], quotes) -> None:
        """`Cette visite intervient un mois après celle effectuée à X, le 3 mai, par le même Y, qui avait
        été reçu par Z`: a determined demonstrative pronoun (`celle` with a participle or a `de` complement)
        stands for another event of the noun's kind; the day (not a month) written in its phrase (up to a relative
        pronoun) is that event's, not the meeting told before the pronoun, and dates the pluperfect frame
        the sentence tells after it. The meeting told before the pronoun keeps the sentence's other day
        (`Le 12 mars, X a reçu Y, dont la visite suit celle du 3 janvier`: the 12th)."""
        doc = sent.doc
        pos = parse_column(doc, "pos")
        for pron in (doc[i] for i in range(sent.start, sent.end) if pos[i] == "PRON"):  # no Token of other words
            if "Dem" not in pron.morph.get("PronType") or inside(
                    quotes, pron.idx, pron.idx + 1):
                continue
            if not any(c.dep_ in ("acl", "nmod") for c in pron.children) and not (
                    pron.i + 1 < sent.end and doc[pron.i + 1].pos_ in ("ADP", "VERB")):
                continue  # `celle du 3 janvier`, `celle effectuée le 3 janvier`, however the parse hangs them
            end = next((t.i for t in doc[pron.i + 1 : sent.end] if "Rel" in t.morph.get("PronType")), sent.end)
            days = {e._.normalized for e in self.idx.ents_in(sent) if e.label_ == "DATE" and pron.i < e.start
                    and e.end <= end and granularity(e._.normalized or "") in ("day", "range")
                    and not inside(quotes, e.start_char, e.end_char)}
            if len(days) != 1:
                continue
            day = days.pop()
            own = {e._.normalized for e in self.idx.ents_in(sent) if e.label_ == "DATE" and (
                e.end <= pron.i or e.start >= end) and granularity(e._.normalized or "") in CALENDAR_DAYS
                and not inside(quotes, e.start_char, e.end_char)}
            for frame in frames:  # the meeting told before the pronoun: the sentence's other day, if one
                if frame["start_char"] < pron.idx and frame["date"] == day:
                    frame["date"] = next(iter(own)) if len(own) == 1 else ""
            for frame in frames:  # `qui avait été reçu par Z`: the event the pronoun stands for
                if end < sent.end and frame.get("background") and not frame["date"] and (
                        frame["start_char"] >= doc[end].idx):
                    frame["date"] = day
            return

    def _interview_person(self, doc: Doc, sent: Span, mention: Mention, nouns: list[Span], verbs: list,
                          person_of: dict[int, str]) -> None:
        """In an interview (`interviews.py`), the interviewee takes part in a meeting that an answer tells
        with `je` or `nous` (`j'ai rencontré mon homologue`, `je serai à X pour m'entretenir avec ...`), or a
        question with `vous` (`Vous vous êtes entretenu avec X`): the pronoun a subject or reflexive of the
        trigger's verb, or of a verb it depends on. A `je` of a quotation in an ordinary article is no one's here.
        The pronoun the active subject of a verb whose subject hosts (`host: subject`: `je recevrai à X mon
        homologue`), the meeting told with no host: the interviewee hosts it. The pronoun the object of such
        a verb whose subject names someone (`le président X m'a reçu`, `X nous a accueillis`): that one hosts,
        the interviewee is the guest."""
        turn = turn_at(doc, sent.start_char)
        if turn is None or not turn["speaker"] and turn["kind"] == "answer":
            return
        person = "1" if turn["kind"] == "answer" else "2"
        key = turn["speaker"] or (interview_of(doc) or {}).get("interviewee", "")
        host = next((h for v in verbs if not mention["host"] for h in [self._host_of_pronoun(v, person, person_of)]
                     if h and h != key), "")
        if key and host:  # `le président X m'a reçu`
            mention.update(people=list(dict.fromkeys([key, *mention["people"]])), host=host, guests=[key],
                           subject=[host], strong_host=True)
            return
        if not key or key in mention["people"]:
            return
        heads = [(v, False) for v in verbs] + [(n.root.head, True) for n in nouns  # `j'ai eu un entretien`
                                               if n.root.head.pos_ in ("VERB", "AUX") and n.root.head.i != n.root.i]
        for verb, subject_only in heads:  # `il nous a appris le déplacement des forces`: no one's meeting
            if any(_personal_pronoun(c, person) and (not subject_only or c.dep_.startswith("nsubj"))
                   for v in _verb_chain(verb) for c in v.children):
                mention["people"] = [key, *mention["people"]]
                mention["subject"] = mention.get("subject") or [key]
                if not (subject_only or mention["host"] or _passive(verb)) and (
                        self._verb_entry(verb) or {}).get("host") == "subject" and any(
                        _personal_pronoun(c, person) and c.dep_.startswith("nsubj") for c in verb.children):
                    mention["host"] = key
                return

    def _host_of_pronoun(self, verb, person: str, person_of: dict[int, str]) -> str:
        """`le président X m'a reçu`: the person the subject of an active host verb (`host: subject`) names,
        when its object is a personal pronoun of `person` and no pronoun of it is the subject (not the
        reflexive `je me suis entretenu`); else empty. The parser may read the clitic between a named subject
        and its verb as a second subject (`le général X, m'a reçu`): a nominal subject there makes it the object."""
        if _passive(verb) or (self._verb_entry(verb) or {}).get("host") != "subject":
            return ""
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        pronouns = [c for c in verb.children if _personal_pronoun(c, person)]
        if not subjects or not pronouns or any(c.dep_.startswith("nsubj") and c.i < subjects[0].i for c in pronouns):
            return ""
        named = [person_of[t.idx] for c in subjects for t in c.subtree if t.idx in person_of]
        return named[0] if named else ""

    def _unanswered_questions(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A question of an interview that names a meeting (`Allez-vous vous rendre à X ?`) tells none by
        itself: the answer after it tells it, when it does (`Oui, j'y serai en mai pour ...`): the people the
        question names join the answer's first mention; unanswered, the question is dropped. A statement
        the interviewer makes before the question (`Vous avez reçu X hier. Qu'en retenez-vous ?`) is the
        outlet's and stays."""
        kept = []
        for mention in mentions:
            turn = turn_at(doc, mention["start_char"])
            if turn is not None and turn["kind"] == "question" and not mention.get("presence") \
                    and mention["sentence"].rstrip(" »\"”").endswith("?"):
                answer = answer_after(doc, turn)
                told = next((m for m in mentions if answer is not None and not m.get("presence")
                             and answer["start"] <= m["start_char"] < answer["end"]), None)
                if told is not None:
                    told["people"] = list(dict.fromkeys([*told["people"], *mention["people"]]))
                continue
            kept.append(mention)
        return kept

    def _record_chair(self, mentions: list[Mention], person_of: dict[int, str]) -> bool:
        """A parliamentary record's head line `Présidence de M. X, président` (a line, or a line's part after a
        dash, `Mercredi 23 octobre - Présidence de M. X`, opening with one of `chair_lines`, in a text naming
        one of `chambers`) names the chair of the sitting it reports: the
        hearing or sitting (a kind of `chamber_kinds`) its heading announces (`Audition du général Y`, a
        mention before that line) that names no host is hosted by the chair, who takes part. A hearing
        told later in the record (`la commission de la défense vous a déjà entendu`) is not its own. True when
        a hearing was so chaired: its speakers are then its people."""
        if not mentions or not self.chair_lines:
            return False
        text = self._text
        chair, at = "", -1
        for line in CHAIR_SEGMENT_RE.finditer(text):
            end = line.start()
            for _ in range(3):  # `Présidence\nde M. X,\nprésident`: the line and the two after it
                end = text.find("\n", end + 1) if text.find("\n", end + 1) >= 0 else len(text)
            words = text[line.start() : end].lower().replace("\u2019", "'").replace("'", "' ").split()
            words = words[1:] if words and not any(ch.isalnum() for ch in words[0]) else words  # `- Présidence de`
            if not any(words[: len(m)] == m for m in self.chair_lines):
                continue
            named = sorted(start for start in person_of if line.start() <= start < end)
            if named:
                chair, at = person_of[named[0]], line.start()
                break
        if not chair or not any(c in text for c in self.chambers):
            return False
        chaired, speakers = [m for m in mentions if m["start_char"] < at and self._chaired(m)], []
        if not chaired:  # `Présidence de M. X` above the item's heading (`Audition de M. Y`): the hearing after it
            chaired = [m for m in mentions if m["start_char"] > at and self._chaired(m) and m["people"]][:1]
        speakers = [k for m in chaired if m["people"] for k in self._record_speakers(m, mentions, person_of)]
        day = self._chair_line_day(at)
        for mention in chaired:
            mention["host"], mention["strong_host"] = chair, True
            if day and not mention["date"]:  # `Mercredi 23 octobre 2024 – Présidence de M. X`: the sitting's day
                mention["date"], mention["chair_day"] = day, True
            mention["guests"] = [k for k in mention["people"] if k != chair]
            mention["people"] = [*mention["people"], chair] if chair not in mention["people"] else mention["people"]
            # who speaks in the record of that hearing takes part in it, the chair's colleagues no guests
            mention["people"] = list(dict.fromkeys([*mention["people"], *speakers]))
        return bool(chaired)

    def _chair_line_day(self, at: int) -> str:
        """The day a record's chair line opens with before its dash (`Mercredi 23 octobre 2024 – Présidence de
        M. X, président`): the day of the sitting it reports, not the week of the record's title (`Compte
        rendu de la semaine du 21 octobre`). One day alone on that line, else ""."""
        start = self._text.rfind("\n", 0, at) + 1
        days = [e for e in self.idx.ents if e.label_ == "DATE" and start <= e.start_char and e.end_char <= at
                and granularity(e._.normalized) == "day"]
        return days[0]._.normalized if len(days) == 1 else ""

    def _record_turn_speakers(self, mentions: list[Mention], person_of: dict[int, str]) -> None:
        """A parliamentary record (at least `MIN_TURNS` speaker labels naming people, `turns.py`: `01.02 X,
        ministre: `, `X (PS): `, `Le président: `) reports the sitting its header opens (`La réunion publique de
        commission est ouverte à 11 h 20 et présidée par M. X`, `Audition de M. Y`): a held mention of one of
        `record_sitting_kinds` before the first label. Who speaks in the turns takes part in it; one the
        speeches only name (`comme l'a dit le général X`) does not. With no place of its own, it sits at the
        chamber of `chambers` the header names first (`Chambre des représentants de Belgique`); a header that names
        no chamber reports no sitting of a parliament, and its speakers join nothing."""
        text = self._text
        starts = sorted(person_of)

        def named(m) -> str | None:
            k = bisect_left(starts, m.start("label"))
            return person_of[starts[k]] if k < len(starts) and starts[k] < m.end("label") else None

        turns = self.turns.speakers(text, named, person_of, lambda at: False)
        speakers = list(dict.fromkeys(key for _, key in turns if key))
        if len([key for _, key in turns if key]) < MIN_TURNS:
            return
        first = turns[0][0].start()  # the line of the first label, its number included
        sittings = [m for m in mentions if m["start_char"] < first and not m.get("presence") and not m["headline"]
                    and m["status"] in ("", "held") and m["kind"].split()[0].lower() in self.record_sitting_kinds]
        header = text[:first].lower()
        found = sorted((header.find(c.lower()), c) for c in self.chambers if c.lower() in header)
        if not found:
            return  # turns outside a chamber (a think tank's conference): no sitting of a parliament
        for mention in sittings:
            mention["people"] = list(dict.fromkeys([*mention["people"], *speakers]))
            if not mention["location"] and not mention["remote"] and found:
                mention["location"] = found[0][1]

    def _chaired(self, mention: Mention) -> bool:
        """A hearing or sitting (`chamber_kinds`) a record's chair may preside: held, with no host of its own."""
        return (not mention.get("presence") and not mention["host"] and mention["status"] in ("", "held")
                and mention["kind"].split()[0].lower() in self.chamber_kinds)

    def _record_speakers(self, hearing: Mention, mentions: list[Mention], person_of: dict[int, str]) -> list[str]:
        """`M. X, rapporteur pour avis. - Les reports ...`: in a record, the people a paragraph opens with as its
        speaker (a sentence at the head of a line, without a verb, naming one person), from the hearing's
        heading to the heading of a hearing of other people."""
        text, start = self._text, hearing["start_char"]
        end = min((m["start_char"] for m in mentions if m["start_char"] > start and self._chaired(m)
                   and m["people"] and not set(m["people"]) & set(hearing["people"])), default=len(text))
        found = []
        for sent in self.idx.sents:
            if not start < sent.start_char < end or (sent.start_char and text[sent.start_char - 1] != "\n"):
                continue
            if any(t.pos_ in ("VERB", "AUX") for t in sent):
                continue
            named = list(dict.fromkeys(person_of[t.idx] for t in sent if t.idx in person_of))
            if len(named) == 1:
                found += named
        return found

    def _noun_matches(self, doc: Doc) -> list[Span]:
        """The meeting nouns as written, and those written with capitals that drop their accents
        (`visite d'Etat`, `REUNION`): a word in lower case keeps its accents (`rencontré` is a verb)."""
        found = list(self.nouns(doc, as_spans=True))
        seen = {(s.start, s.end, s.label) for s in found}
        for span in self.folded_nouns(doc, as_spans=True):
            if (span.start, span.end, span.label) not in seen and all(
                    t.lower_ in self.noun_words or t.text != t.lower_ for t in span):
                found.append(span)
        return found

    def _other_sense(self, noun: Span) -> bool:
        """A meeting noun in another sense: the only word of its line (a rubric: `ENTRETIEN`), the `de`
        complement of a noun of `noun_other_heads` (`une période d'entretien`: upkeep), or the noun
        of a participle or verb of `noun_other_verbs` (`Entretien réalisé par X`, `un entretien accordé
        au journal`: an interview)."""
        root, sent = noun.root, noun.sent
        if all(t.is_punct or t.is_space or noun.start <= t.i < noun.end for t in sent):
            return True
        if self._granted(noun):
            return False  # `une audience accordée par X`: a verb of the noun's own `host_verbs`, no other sense
        if root.dep_ == "nmod" and root.head.lemma_.lower() in self.noun_other_heads and any(
                c.dep_ == "case" and c.lemma_.lower() == "de" for c in root.children):
            return True
        if any(c.dep_ == "acl" and c.lemma_.lower() in self.noun_other_verbs for c in root.children):
            return True
        if self._denied(noun) or self._top(noun):
            return True
        if _in_body_name(noun) or _in_role(noun) or self._procedure(noun) or not self._sitting(noun):
            return True
        if _in_place_name(noun):
            return True
        return root.dep_ in ("obj", "nsubj:pass") and root.head.lemma_.lower() in self.noun_other_verbs

    def _denied(self, noun: Span) -> bool:
        """`Aucune cérémonie n'a été annoncée`, `nulle rencontre`, `la restitution s'est faite sans cérémonie`:
        a meeting noun with a determiner of `denying_determiners`, or after a preposition of
        `denying_prepositions`, says that no such meeting is held."""
        return any((c.dep_ == "det" and c.lemma_.lower() in self.denying_determiners)
                   or (c.dep_ == "case" and c.lower_ in self.denying_prepositions) for c in noun.root.children)

    def _top(self, noun: Span) -> bool:
        """`au sommet de la cathédrale`, `au sommet de l'État`: a noun of `top_nouns` whose `de` complement is
        a thing with a top or a hierarchy (`top_of`) names that top, no summit (`le sommet de l'OTAN` is one)."""
        root = noun.root
        if root.lower_ not in self.top_nouns:
            return False
        return any(c.dep_ == "nmod" and c.lemma_.lower() in self.top_of
                   and any(g.dep_ == "case" and g.lemma_.lower() == "de" for g in c.children)
                   for c in root.children)

    def _sitting(self, noun: Span) -> bool:
        """A noun that names both a body and its sittings (`Conseil des ministres`, its entry's `sitting_verbs`)
        tells a sitting only as what one of those verbs holds: its object (`X a présidé un Conseil des
        ministres`), its subject in a reflexive (`le Conseil des ministres s'est tenu`), the noun a participle
        of them follows (`le Conseil des ministres tenu au palais`, however the parser hangs it), or the
        complement of a word of `sitting_times` that times an act by it (`la décision a été prise lors du
        Conseil des ministres`), or one dated or told as the next where its entry sets `dated_sittings`. Nouns
        without the list always do."""
        entry = self.noun_entries[noun.label_]
        verbs = set(entry.get("sitting_verbs") or ())
        if not verbs:
            return True
        root, doc = noun.root, noun.doc
        if any(c.dep_ == "acl" and c.lemma_.lower() in verbs for c in root.children):
            return True
        if entry.get("dated_sittings") and self._dated_sitting(root, verbs):
            return True
        if noun.end < len(doc) and doc[noun.end].dep_ == "acl" and doc[noun.end].lemma_.lower() in verbs:
            return True
        if root.head.lemma_.lower() in set(entry.get("sitting_times") or ()):
            return True
        return root.dep_ in ("obj", "nsubj", "nsubj:pass") and root.head.lemma_.lower() in verbs

    def _dated_sitting(self, root, verbs: set[str]) -> bool:
        """A body that exists only in its sittings (`dated_sittings`) is neither dated nor next: a date
        complement (`le Conseil européen des 20 et 21 mars`, `de juin`) or an adjective of `edition_words`
        (`le prochain Conseil de l'Atlantique Nord`) names one of its sittings, and so does a relative clause
        or a modal whose infinitive is a verb of `verbs` (`le Conseil européen qui devait se tenir`, `un
        Conseil européen doit se tenir`)."""
        if any(c.dep_ in ("acl", "acl:relcl") and _holds_by(c, verbs) for c in root.children):
            return True
        if any(c.dep_ == "amod" and c.lower_ in self.edition_words for c in root.children):
            return True
        if any(c.dep_ == "nmod" and c.ent_type_ == "DATE" for c in root.children):
            return True
        return root.dep_ in ("nsubj", "nsubj:pass") and _holds_by(root.head, verbs)

    def _procedure(self, noun: Span) -> bool:
        """`nommé en Conseil des ministres le 21 juillet`, `adopté en séance`: a sitting noun (`session`) after a
        preposition of `procedure_prepositions` with no determiner tells the way a decision was taken, no
        meeting; not when a verb of `assembly_verbs` governs it (`réunis en sommet extraordinaire`)."""
        root = noun.root
        if not self.noun_entries[noun.label_].get("session") or any(c.dep_ == "det" for c in root.children):
            return False
        if not any(c.dep_ == "case" and c.lower_ in self.procedure_prepositions for c in root.children):
            return False
        return root.head.lemma_.lower() not in self.assembly_verbs

    def _without_report_dates(self, ents: list[Span], trigger, governing) -> list[Span]:
        """`Le ministère a annoncé mardi la visite du général X`, `L'EMA a publié hier un communiqué sur la
        visite de X`, `La rencontre a été confirmée lundi`: a meeting noun inside the object (or the passive
        subject) of a verb of `report_verbs` told in a past tense is what was made known; a date
        complementing that verb tells when it was told, not when the meeting is held: the sentence's
        entities less those dates. A date inside the object (`a annoncé la visite du 12 mai`), one after
        `pour` (`a été annoncée pour jeudi`) or on a verb in the present (`une réunion est annoncée au
        premier trimestre`) still dates the meeting."""
        if trigger.pos_ in ("VERB", "AUX") or governing.i == trigger.i \
                or governing.lemma_.lower() not in self.report_verbs or not _told_past(governing):
            return ents
        token, seen = trigger, 0
        while token.head.i != governing.i and token.head.i != token.i and seen < 30:
            token, seen = token.head, seen + 1
        if token.head.i != governing.i or token.dep_ not in ("obj", "nsubj:pass"):
            return ents
        return [e for e in ents if e.label_ != "DATE" or e.root.head.i != governing.i
                or any(c.dep_ == "case" and c.lower_ == "pour" for c in e.root.children)]

    def _granter(self, nouns: list[Span], person_of: dict[int, str]) -> str:
        """A noun whose entry says `host_with` (`audience`: one grants it, the other is received): the
        person of its `avec` complement (hung on the noun, or on the verb it is the object of: `a eu une
        audience avec le roi X`) hosts; the noun's subject, the one received, is not it."""
        for noun in nouns:
            if not self.noun_entries.get(noun.label_, {}).get("host_with"):
                continue
            root = noun.root
            heads = [root, root.head] if root.dep_ in ("obj", "nsubj", "nsubj:pass") else [root]
            for head in heads:
                for child in head.children:
                    if child.i in range(noun.start, noun.end) or not any(
                            c.dep_ == "case" and c.lower_ == "avec" for c in child.children):
                        continue
                    named = [person_of[t.idx] for t in child.subtree if t.idx in person_of]
                    if named:
                        return named[0]
        return ""

    def _granted(self, noun: Span) -> bool:
        """The noun's verb (a participle on it, or the verb it is the object of) is one of the noun entry's own
        `host_verbs` (`une audience accordée par X`, `X a accordé une audience`): the meeting, granted by a host."""
        own = {w.lower() for w in self.noun_entries.get(noun.label_, {}).get("host_verbs") or []}
        root = self._slot(noun.root)
        verbs = [c for c in root.children if c.dep_ == "acl"]
        if root.dep_ in ("obj", "nsubj:pass"):
            verbs.append(root.head)
        return any(v.lemma_.lower() in own for v in verbs)

    def _slot(self, root):
        """The word that holds a meeting noun's place in its clause: the noun of a series it is the `de`
        complement of (`X a accordé une série d'audiences`: the series is what is granted, each audience
        with it), or the noun the parser hung it on bare, with its own article and no preposition (`a accordé
        au palais Rose une audience`, read `Rose une audience`): the verb governs that word. Else the noun."""
        if root.dep_ != "nmod" or root.head.pos_ not in ("NOUN", "PROPN"):
            return root
        cases = [c for c in root.children if c.dep_ == "case"]
        if root.head.lemma_.lower() in self.series_nouns and [c.lemma_.lower() for c in cases] == ["de"]:
            return root.head
        if not cases and any(c.dep_ == "det" for c in root.children) and root.head.dep_ in ("obj", "nsubj:pass"):
            return root.head
        return root

    def _present_people(self, sent: Span, quotes, person_of: dict[int, str]) -> tuple[list[str], list[str], list[str]]:
        """People a sentence without a trigger shows taking part in the meeting spoken of: the
        subject of a verb of the session (`M. X a présenté aux ministres ...`), or a name qualified
        as present or invited (`X, également présent, a salué ...`, `Invité à la séance, X a ...`);
        then the speakers, and apart the members of a travelling party (`La délégation comprenait X`)."""
        found, speakers = [], []
        for ent in self.idx.ents_in(sent):
            if ent.label_ not in ("PERSON", "ROLE") or ent.start_char not in person_of:
                continue
            if inside(quotes, ent.start_char, ent.end_char):
                continue
            root = ent.root
            while root.dep_ in ("appos", "flat:name", "flat", "conj") and root.head.i != root.i:
                root = root.head  # `le ministre, M. X,`: the phrase the name stands in (a comma read as `et`)
            if root.dep_ not in ("nsubj", "nsubj:pass"):
                continue
            verb = root.head
            qualified = any(c.lower_ in self.presence_words and c.dep_ in ("amod", "acl", "advcl", "appos")
                            for t in (root, verb, *(x for x in root.children if x.dep_ == "appos"),
                                      *(x for x in ent))
                            for c in t.children)
            if verb.lemma_.lower() in self.presence_verbs or qualified:
                found.append(person_of[ent.start_char])
            elif verb.lemma_.lower() in self.speech_verbs:
                speakers.append(person_of[ent.start_char])
        # `Il était accompagné du ministre X`, `Accompagné de X, le ministre ...`
        for i in self.idx.lemmas_in(self.companion_verbs | self.representation_verbs, sent.start, sent.end):
            verb = sent.doc[i]
            if not _passive(verb) and not (verb.dep_ == "advcl" and "Part" in verb.morph.get("VerbForm")) and not (
                    self._represented_by(verb)):
                continue
            companions = [c for c in verb.children if c.dep_ in ("obl:arg", "obl:agent")]
            if companions:  # the parser hangs the rest of a long list on the verb: `de la ministre, X, et du chef, Y`
                companions += [c for c in verb.children if c.i > companions[0].i and (
                    c.dep_ in ("dep", "appos") or _bare_name(c, companions[0].dep_ == "obl:agent")
                    or _named_apposition(c, person_of)
                    or self._split_complement(c, companions[0])) and not self._apposed_to_thing(
                        c, companions[0], person_of)]
            for child in companions:  # `du ministre X`, `par le général Y`
                found += [person_of[t.idx] for t in child.subtree
                          if t.idx in person_of and not inside(quotes, t.idx, t.idx + 1)
                          and not self._of_thing(t, child, person_of)]
        found += self._welcomers(sent, quotes, person_of)
        found += self._in_presence_of(sent, quotes, person_of)
        found += self._party_members(sent, quotes, person_of)
        found += self._there_present(sent, quotes, person_of)
        found += self._roster(sent, quotes, person_of)
        party = [k for k in self._delegation_members(sent, quotes, person_of) if k not in found]
        return list(dict.fromkeys(found)), list(dict.fromkeys(speakers)), list(dict.fromkeys(party))

    def _represented_by(self, verb) -> bool:
        """A verb of `representation_verbs` in the infinitive with its `par` agent, whatever verb governs it
        (`X s'est fait représenter par son ministre Y`, `X a choisi de se faire représenter par Y`): the
        agent stands in for the subject at the meeting spoken of. `X représente le pays` (no agent) does not."""
        return (verb.lemma_.lower() in self.representation_verbs and "Inf" in verb.morph.get("VerbForm")
                and any(c.dep_ == "obl:agent" for c in verb.children))

    def _of_thing(self, token, top, person_of: dict[int, str]) -> bool:
        """A name inside the complement of a thing within a companion's phrase (`par le général X, porteur
        d'un message du chef de l'Etat, Y`: Y is spoken of, not there): on the way up to the phrase, a `de`
        complement of a common noun that is no person, office or group. `du chef d'état-major, le général
        Y` (the office itself) and `d'une délégation de généraux, dont Y` (a group) keep Y."""
        for a in token.ancestors:
            if a.i == top.i:
                return False
            head = a.head
            if a.dep_ == "nmod" and head.pos_ == "NOUN" and not head.ent_type_ and head.idx not in person_of and (
                    head.lower_ not in self.group_words and head.lemma_.lower() not in self.group_words):
                return True
        return False

    def _apposed_to_thing(self, token, complement, person_of: dict[int, str]) -> bool:
        """A name the parser hung on the verb after a companion's phrase, set after a comma beside the phrase's
        last noun: it names that noun, and when that noun is the complement of a thing (`porteur d'un message
        du président, X`) the name is spoken of, no companion."""
        before = token.doc[complement.i : token.i]
        nouns = [t for t in before if t.pos_ in ("NOUN", "PROPN") and t.i in {x.i for x in complement.subtree}]
        return bool(nouns) and self._of_thing(nouns[-1], complement, person_of)

    def _split_complement(self, token, complement) -> bool:
        """A piece of the companion's phrase the parser cut off and hung on the verb: a noun right after
        the complement (`du chef d'état-major ..., le général X`, its `major` read as a circumstance), with
        no preposition of its own or one of `de`, `par` (`et du chef, Y`). `lors de sa visite`, `pour Y`
        (another preposition) and a clause are other circumstances."""
        if token.dep_ not in ("obl:mod", "obl", "nmod", "advcl") or token.pos_ not in ("NOUN", "PROPN"):
            return False
        between = token.doc[complement.right_edge.i + 1 : token.left_edge.i]
        if any(t.is_punct and t.lower_ not in (",", "-", "‑") for t in between):
            return False
        cases = [c for c in token.children if c.dep_ == "case"]
        return not cases or cases[0].lower_ in self.noun_complement_words | {"par", "du", "des"}

    def _scene_change(self, sent: Span) -> str:
        """The day a sentence without a meeting word moves the story to, when it opens on a day counted from
        the one told (`Le lendemain, sur la base de X, le ministre a dû ...`: a date of `anchor: text` before
        its main verb) and names a place: the scene after it is another day's, and a meeting noun pointing
        back (`cette réunion`) speaks of that day's. A day told after the verb (`il est reparti le lendemain`)
        or with no place is no new scene."""
        root = sent.root
        if root.pos_ not in ("VERB", "AUX") or not self._places_by_sent.get(sent.start):
            return ""
        date = next((e for e in self.idx.ents_in(sent) if e.label_ == "DATE"), None)
        if date is None or date._.source not in self.anchored or date.start > root.i or not date._.normalized:
            return ""
        if date.root.head.i != root.i:
            return ""  # `Dans un communiqué publié la veille, ...`: the day of a thing, not of the scene
        if not any(p.start > date.start and p.start < root.i and _governing_verb(p.root).i == root.i
                   for p in self._places_by_sent[sent.start]):
            return ""  # the place set with the day, before the verb: the scene's own
        return date._.normalized

    def _anchors(self, sent: Span, quotes, person_of: dict[int, str], added: list[str]) -> list[str]:
        """The people a presence sentence names beside those it adds to the meeting (`M. X était accompagné
        du général Y`: X; `Y, présent aux côtés de X`: X): the meeting last told with them is the one spoken of."""
        return list(dict.fromkeys(
            person_of[e.start_char] for e in self.idx.ents_in(sent) if e.start_char in person_of
            and person_of[e.start_char] not in added and not inside(quotes, e.start_char, e.end_char)))

    def _roster(self, sent: Span, quotes, person_of: dict[int, str]) -> list[str]:
        """A sentence listing who sat at the meeting just told, its subject after its verb: `Étaient
        présents X et Y` (the sentence opening with `être` and a word of `presence_words`), or `Autour de
        la table figuraient X, Y` / `Parmi les participants figuraient X` (a verb of `roster_verbs` after
        a phrase whose noun is one of `roster_nouns`, nobody named before the verb): the people named
        after the verb take part, but for one a verb of `representation_verbs` governs (`Y, venu représenter
        le président Z`: Z is absent). `Parmi les victimes figurait le sergent X` (no such noun) adds no one."""
        def named(tokens) -> list[str]:
            return [person_of[t.idx] for t in tokens if t.idx in person_of and not inside(quotes, t.idx, t.idx + 1)
                    and not any(a.lemma_.lower() in self.representation_verbs for a in t.ancestors)]

        verbless = self._verbless_roster(sent, quotes, person_of)
        if verbless:
            return verbless
        verb = next((t for t in sent if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return []
        after = sent.doc[verb.i + 1 : sent.end]
        if verb.i == sent.start and verb.lemma_.lower() == "être":
            word = next((t for t in sent.doc[verb.i + 1 : min(verb.i + 3, sent.end)]
                         if t.lower_ in self.presence_words), None)
            return named(sent.doc[word.i + 1 : sent.end]) if word is not None else []
        before = sent.doc[sent.start : verb.i]
        if verb.lemma_.lower() not in self.roster_verbs or named(before):
            return []
        if not self._roster_phrase(before) and not self._guests_pronoun(before):
            return []
        return named(after)

    def _roster_phrase(self, tokens) -> bool:
        """A phrase naming those at the meeting: a noun of `roster_nouns` (`Parmi les participants`), or a noun
        qualified by a word of `presence_words` (`Parmi les élus présents`, `Parmi les chefs d'Etat invités`).
        `Parmi les victimes`, `Parmi les élus absents` are no roster."""
        return any(t.lower_ in self.roster_nouns or t.lemma_.lower() in self.roster_nouns
                   or (t.lower_ in self.presence_words and t.dep_ == "amod") for t in tokens)

    def _guests_pronoun(self, before: Span) -> bool:
        """The phrase before a roster verb holds a personal pronoun (`Parmi eux figuraient X, Y`) whose
        antecedent, the subject of the sentence before, is a group of offices (`Une vingtaine de chefs d'Etat
        ont pris place dans la tribune`): the roster lists guests. `Plusieurs civils ont été blessés. Parmi eux
        figurait X` (no office) is no roster."""
        pronouns = [t for t in before if t.pos_ == "PRON" and "Prs" in t.morph.get("PronType")
                    and t.dep_ != "expl:comp" and "Yes" not in t.morph.get("Reflex")]
        if not pronouns:
            return False
        doc = before.doc
        if before.start == 0:
            return False
        prev = doc[before.start - 1].sent
        if self._dignitaries_before(prev, pronouns[0]):
            return True
        # the subject of the root's clause, or of a clause set beside a verbless root (`Accueil des délégations
        # sous la pluie : une cinquantaine de chefs d'Etat avaient fait le déplacement`)
        clauses = [prev.root, *(c for c in prev.root.children if c.dep_ == "parataxis" and c.pos_ in ("VERB", "AUX"))]
        subjects = [c for v in clauses for c in v.children if c.dep_ in ("nsubj", "nsubj:pass")]
        offices = [e for e in self.idx.ents_in(prev) if e.label_ == "ROLE"]
        for subject in subjects:
            span = {t.i for t in subject.subtree}
            if subject.morph.get("Number") == ["Sing"] and not any(
                    t.pos_ == "NUM" or t.dep_ == "nmod" for t in subject.children):
                continue  # a single subject: the pronoun speaks of others
            if any(e.start in span for e in offices):
                return True
        return False

    def _dignitaries_before(self, prev: Span, pronoun) -> bool:
        """`Près de mille élèves faisaient face aux autorités. Parmi elles, X, Y et Z.`: the sentence before holds
        a plural noun of `dignitary_nouns` of the pronoun's gender, whatever its function: the pronoun stands for
        those holders of office. `Plusieurs civils ont été blessés. Parmi eux` (no such noun) has none."""
        gender = pronoun.morph.get("Gender")
        nouns = [prev.doc[i] for i in self.idx.lemmas_in(self.dignitary_nouns, prev.start, prev.end)]
        return any(n.pos_ == "NOUN" and "Plur" in n.morph.get("Number")
                   and (not gender or not n.morph.get("Gender") or n.morph.get("Gender") == gender) for n in nouns)

    def _verbless_roster(self, sent: Span, quotes, person_of: dict[int, str]) -> list[str]:
        """A roster written without a verb of its own: `Autour de la table, une douzaine de ministres, parmi
        lesquels X, Y et Z` or `Parmi les invités, X et Y.` (the sentence's root no verb, a word of
        `roster_nouns` before the first person named, or a pronoun standing for a group of offices:
        `_guests_pronoun`): the people named take part. `Parmi les blessés, le
        sergent X.` (no such noun) and a sentence whose root is a verb add no one."""
        if sent.root.pos_ in ("VERB", "AUX"):
            return []
        # the list ends where a clause of its own begins (`, tandis que Y était représenté par Z`): the
        # parser may hang the last names of the list on that clause's verb
        end = next((t.i for t in sent if t.dep_ == "mark" and t.head.pos_ in ("VERB", "AUX")), sent.end)
        listed = [t for t in sent.doc[sent.start : end] if t.idx in person_of]
        if not listed:
            return []
        opening = sent.doc[sent.start : listed[0].i]
        # `Parmi eux, X, Y et Z.` after `des chefs d'Etat ont fait le déplacement`: a pronoun for a group of offices
        if not any(t.lower_ in self.roster_nouns or t.lemma_.lower() in self.roster_nouns for t in opening) and not (
                self._guests_pronoun(opening)):
            return []
        return list(dict.fromkeys(person_of[t.idx] for t in listed if not inside(quotes, t.idx, t.idx + 1)))

    def _there_present(self, sent: Span, quotes, person_of: dict[int, str]) -> list[str]:
        """`Y ont pris part le ministre X, le général Y et ...` (a verb of `clitic_attendance` with the clitic
        `y`, the meeting just told): the people named in the clause take part, however the parser hung
        the subject after the verb. `X et Y étaient également présents` (a word of `presence_words` as
        the predicate of `être`): the people named before it are present. `les militaires présents` (no
        copula) and `X y a pris part en 2019` (a year: another time) add no one. In a sentence the parser
        rooted on a noun (the subject's, the verb hung below it), the people named before the verb take part.
        A phrase of `seating_phrases` with no nominal subject before it (`Autour de lui avaient pris place X et
        Y`) seats the people named after it; `Ils ont pris place dans la salle ouverte par Z` (`ils`) does not."""
        def named(tokens) -> list[str]:
            return [person_of[t.idx] for t in tokens if t.idx in person_of and not inside(quotes, t.idx, t.idx + 1)]

        if any(e.label_ == "DATE" and any(t.like_num for t in e) for e in self.idx.ents_in(sent)):
            return []
        found = []
        for token in self._there_present_candidates(sent):
            if self._said_present(token) and not _negated(token):  # `X n'était pas présent`: stayed away
                found += named(sent.doc[sent.start : token.i])
            entry = next((e for e in self.clitic_attendance if e[0] == token.lemma_.lower() and all(
                any(c.lemma_.lower() == w for c in token.children) for w in e[1:])), None)
            if entry is None or token.pos_ not in ("VERB", "AUX"):
                continue
            if any(c.lower_ == "y" and c.pos_ == "PRON" or self._told_proceedings(c) for c in token.children):
                found += named(t for c in token.children for t in c.subtree if c.dep_ not in ("advcl", "ccomp"))
                if token != sent.root and sent.root.pos_ in ("NOUN", "PROPN"):
                    # `Les trois ministres, A, B et C, y ont paraphé ...` parsed with the subject as the root
                    found += named(sent.doc[sent.start : token.i])
        for i in self.idx.lemmas_in({v for v, _ in self.seating_phrases}, sent.start, sent.end):
            verb = sent.doc[i]  # `Autour de lui, X, Y et Z avaient pris place en tribune`: the names before it
            if verb.pos_ != "VERB" or not any(c.dep_ == "obj" and (verb.lemma_.lower(), c.lemma_.lower())
                                              in self.seating_phrases for c in verb.children):
                continue
            if any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
                found += named(sent.doc[sent.start : verb.i])
            if not any(c.dep_ == "nsubj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN", "PRON")
                       for c in verb.children):  # `Autour de lui avaient pris place X et Y`: the subject put
                found += named(sent.doc[verb.i : sent.end])  # after the verb (the parser may take it for an object)
        return list(dict.fromkeys(found))

    def _told_proceedings(self, token) -> bool:
        """`aux discussions`, `aux débats`: a complement of `à` naming the proceedings of the meeting just told
        (a noun of `told_proceedings`, plural, with a definite article or the contraction `aux`), where the
        clitic `y` would stand. `à des discussions` (indefinite) and `aux discussions de 2019` are others."""
        if not token.dep_.startswith("obl") or token.lower_ not in self.told_proceedings:
            return False
        marks = {c.lower_ for c in token.children if c.dep_ in ("case", "det")}
        return bool(marks & {"aux", "à"}) and not marks - {"aux", "à", "les"} and not any(
            c.dep_ in ("nmod", "amod", "nummod") and c.like_num for c in token.subtree if c.i > token.i)

    def _there_present_candidates(self, sent: Span) -> list:
        """The words of a sentence `_there_present` reads, in text order: a word of `presence_words`, or
        a word whose lemma opens an entry of `clitic_attendance`. Found in the Doc's columns, not by a
        Python Token per word of the sentence."""
        idx, lower = self.idx, self.idx.lower
        first_words = {e[0] for e in self.clitic_attendance}
        found = {i for i in range(sent.start, sent.end) if lower[i] in self.presence_words}
        found.update(idx.lemmas_in(first_words, sent.start, sent.end))
        return [sent.doc[i] for i in sorted(found)]

    def _party_members(self, sent: Span, quotes, person_of: dict[int, str]) -> list[str]:
        """`Le général X faisait partie de la délégation`: the subject of a verb and object of
        `membership_phrases` whose complement is a group of `group_words` with a definite or possessive
        determiner (the party already told) takes part in the meeting spoken of. `X fait partie du comité`
        (no group of visitors) does not."""
        found = []
        verbs = self.idx.lemmas_in({p[0] for p in self.membership_phrases}, sent.start, sent.end)
        for verb in (sent.doc[i] for i in verbs):  # only words whose lemma opens a phrase can match
            objects = [c for c in verb.children if c.dep_ == "obj"
                       and (verb.lemma_.lower(), c.lemma_.lower()) in self.membership_phrases]
            if not objects:
                continue
            groups = [c for t in (verb, *objects) for c in t.children if c.dep_ in ("obl:arg", "nmod", "obl")
                      and c.lemma_.lower() in self.group_words and any(
                          d.dep_ == "det" and (d.lower_ in self.grammar.definite_articles
                                               or d.lower_ in self.grammar.possessive_determiners)
                          for d in c.children)]
            if not groups:
                continue
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                found += [person_of[t.idx] for t in subject.subtree
                          if t.idx in person_of and not inside(quotes, t.idx, t.idx + 1)]
        return found

    def _honoured(self, sent: Span, quotes, person_of: dict[int, str]) -> list[str]:
        """The officers a ceremony honours: the subject of a verb and object of `honour_phrases` (`X a reçu ses
        attributs de général`, `Y a arboré ses deux étoiles`), the passive subject of a verb of `honour_verbs`
        (`Z a été promu général de division`), or the subject and object of such a verb in the active (`W a
        décoré le général V`: both are there), or the subject of a verb of `becoming_verbs` whose attribute is a rank
        (`Z est devenu contre-amiral`). `X a reçu une lettre` (another object) and `Y est devenu chef d'état-major`
        (a post, no rank) honour no one."""
        found = []
        lemmas = self.honour_verbs | {p[0] for p in self.honour_phrases}
        for verb in (sent.doc[i] for i in self.idx.lemmas_in(lemmas, sent.start, sent.end)):
            lemma = verb.lemma_.lower()
            phrase = any(c.dep_ == "obj" and (lemma, c.lemma_.lower()) in self.honour_phrases for c in verb.children)
            passive = _passive(verb) or any(c.dep_ == "cop" for c in verb.children)  # `a été élevé à la dignité`
            roles = ("nsubj", "nsubj:pass") if phrase else ("nsubj", "nsubj:pass") if passive else ("nsubj", "obj")
            if not phrase and lemma not in self.honour_verbs:
                continue
            found += self._honoured_subjects(verb, roles, quotes, person_of)
        for verb in (sent.doc[i] for i in self.idx.lemmas_in(self.becoming_verbs, sent.start, sent.end)):
            if any(c.dep_ in ("xcomp", "obj") and c.lower_ in self.rank_heads for c in verb.children):
                # `être devenu` is often read as a passive: its subject then `nsubj:pass`
                found += self._honoured_subjects(verb, ("nsubj", "nsubj:pass"), quotes, person_of)
        return found

    @staticmethod
    def _honoured_subjects(verb, roles, quotes, person_of: dict[int, str]) -> list[str]:
        """The people of the verb's complements of `roles`, or of its head's subject when the verb, joined to
        it, has none of its own (`X a reçu ses galons et arboré ses étoiles`)."""
        subjects = [c for c in verb.children if c.dep_ in roles]
        if not subjects and verb.dep_ == "conj":
            subjects = [c for c in verb.head.children if c.dep_ in roles and c.dep_.startswith("nsubj")]
        return [person_of[t.idx] for c in subjects for t in c.subtree
                if t.idx in person_of and not inside(quotes, t.idx, t.idx + 1)]

    def _delegation_members(self, sent: Span, quotes, person_of: dict[int, str]) -> list[str]:
        """The members of the party already told, read from the clause that says what it is made of: a group
        of `group_words` with a definite, demonstrative or possessive determiner (the party of the meeting
        spoken of), the subject of a verb of `composition_verbs` (`La délégation comprenait aussi X et Y`,
        `Sa délégation était conduite par X`) or the head of such a participle (`la délégation, composée
        de X et de Y, ...`): the people of that verb's complements take part. A group with an indefinite
        article (`une autre délégation comprenait X`: a party not told) or a verb of another sense (`la
        délégation a rencontré X`) adds no one; neither do people of a clause hung inside a complement
        that is no verb of joining (`X, nommé par Y`)."""
        found: list[str] = []
        lower = self.idx.lower  # the group words found in the column: no Python Token of the other words
        told = self.anaphoric_determiners | self.grammar.possessive_determiners
        for token in (sent.doc[i] for i in range(sent.start, sent.end) if lower[i] in self.group_words
                      or lower[i] in self.side_party_nouns and self._of_a_country(sent.doc[i])):
            leaders = self._leaders_of(token, quotes, person_of)
            if not leaders and not any(c.dep_ == "det" and c.lower_ in told for c in token.children):
                continue
            found += leaders + self._group_members(token, quotes, person_of)
        for token in (sent.doc[i] for i in self.idx.lemmas_in(self.composition_verbs, sent.start, sent.end)):
            found += [k for c in token.children if self._party_pronoun(c)
                      for k in self._group_members(c, quotes, person_of)]
        return found

    def _party_pronoun(self, token) -> bool:
        """`La délégation a été accueillie par X. Elle comprenait Y et Z`: a personal pronoun of the third
        person, subject of a verb of `composition_verbs`, standing for the group of `group_words` that is the
        subject of the sentence before (of the one before that when the pronoun there stands for it as well:
        `Elle est conduite par X. Elle comprend aussi Y`), gender and number agreeing. Another subject in
        between (`Le ministre a reçu la délégation. Il comprend ...`) is the pronoun's antecedent: no group."""
        if token.dep_ not in ("nsubj", "nsubj:pass") or token.pos_ != "PRON" or "3" not in token.morph.get("Person"):
            return False
        for sent in itertools.islice(self.idx.sents_before_char(token.sent.start_char), 2):
            subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubj:pass") and t.head.i == sent.root.i]
            if any(t.lower_ in self.group_words and _agree_in(t, token) for t in subjects):
                return True
            if not any(t.lower_ == token.lower_ and t.head.lemma_.lower() in self.composition_verbs
                       for t in subjects):
                return False
        return False

    def _group_members(self, token, quotes, person_of: dict[int, str], on_group: bool = True) -> list[str]:
        """The people a group word's clauses of composition name (`la délégation, composée de X`, `la
        délégation comprenait Y`, `une délégation dont faisait partie Z`), with the one set apart by a word of
        `besides_words` on that verb (`Outre M. X, la délégation comprenait Y et Z`: X is of it too).
        `on_group` False: not the names hung on the group word itself after its participle."""
        found: list[str] = []
        verbs = [c for c in token.children if c.dep_ in ("acl", "acl:relcl")
                 and c.lemma_.lower() in self.composition_verbs]
        verbs += [c for c in token.children if c.dep_ == "acl:relcl" and any(
            (c.lemma_.lower(), x.lemma_.lower()) in self.membership_phrases for x in c.children)]
        if token.dep_ in ("nsubj", "nsubj:pass") and token.head.lemma_.lower() in self.composition_verbs:
            verbs.append(token.head)  # and a verb of composition joined to it (`était conduite par X et comprenait Y`)
            verbs += [c for c in token.head.children if c.dep_ == "conj" and c.lemma_.lower() in self.composition_verbs
                      and not any(x.dep_.startswith("nsubj") for x in c.children)]
        for verb in verbs:
            found += self._members_of(verb, token, quotes, person_of, on_group)
            found += [person_of[t.idx] for c in verb.children if c.i < token.i and c.dep_ in ("obl", "obl:mod")
                      and any(x.dep_ == "case" and x.lower_ in self.besides_words for x in c.children)
                      for t in c.subtree if t.idx in person_of and not inside(quotes, t.idx, t.idx + 1)]
        return found

    def _group_country(self, token) -> str | None:
        """The country of a group word told as one already known: a demonym on it (`la délégation turque`:
        Turquie), "" for a bare definite, demonstrative or possessive one (`la délégation`: the one told
        last); None for one not told before (`une délégation`, `des délégations`, `les délégations`)."""
        if "Plur" in token.morph.get("Number") or token.lower_.endswith("s"):
            return None  # `les délégations des deux pays`: several groups
        country = next((self.demonym_country[c.lower_] for c in token.children
                        if c.dep_ == "amod" and c.lower_ in self.demonym_country), "")
        told = self.anaphoric_determiners | self.grammar.possessive_determiners
        if country or any(c.dep_ == "det" and c.lower_ in told for c in token.children):
            return country
        return None

    def _rosters(self, sent: Span, quotes, person_of: dict[int, str]) -> list[tuple[str, list[str]]]:
        """The delegations a sentence says the members of, with their country (`X, Y et Z ont conduit la
        délégation turque`, `Une délégation belge, conduite par X`, `La délégation comprenait Y`): a group
        word told by a demonym or a definite determiner and its members, read once and remembered through
        the document. `Une délégation comprenant X` (no country said) is none."""
        found = []
        lower = self.idx.lower  # the column, read once: the property is asked for every word otherwise
        for i in range(sent.start, sent.end):
            if lower[i] not in self.group_words:
                continue
            token = sent.doc[i]
            country = self._group_country(token)
            if country is None:
                continue
            told = any(c.dep_ == "det" and c.lower_ in self.anaphoric_determiners for c in token.children)
            members = self._leaders_of(token, quotes, person_of) + self._group_members(
                token, quotes, person_of, on_group=told)  # `une délégation nigérienne conduite par X, ...`
            if members:
                found.append((country, list(dict.fromkeys(members))))
        return found

    def _party_in_frame(self, sent: Span, rosters: list[tuple[str, list[str]]]) -> tuple[list[str], bool]:
        """The members of a delegation told before (`rosters`, in text order) that a meeting's clause names as
        a side: the subject, passive subject or object of a verb, or a phrase of `avec` (`la délégation turque
        a été reçue par X`, `X a reçu la délégation`, `la délégation s'est entretenue avec Y`). A demonym picks
        that country's delegation (another country's is another group: no one); a bare `la délégation` the
        one told last. The flag says the group was received (passive subject or object): the guests."""
        lower = self.idx.lower  # the column, read once: the property is asked for every word otherwise
        for i in range(sent.start, sent.end):
            if lower[i] not in self.group_words:
                continue
            token = sent.doc[i]
            country = self._group_country(token)
            if country is None or not (token.dep_ in ("nsubj", "nsubj:pass", "obj") or token.dep_.startswith(
                    "obl") and "avec" in {c.lower_ for c in token.children if c.dep_ == "case"}):
                continue
            country = country or (rosters[-1][0] if rosters else "")  # `la délégation`: the one told last
            known = [k for c, members in rosters if c == country for k in members]
            if known:  # the members told of it, all its sentences together
                return list(dict.fromkeys(known)), token.dep_ in ("nsubj:pass", "obj")
        return [], False

    def _of_a_country(self, noun) -> bool:
        """A noun qualified by a demonym (`la partie malienne`, `côté burkinabè`): one side of a meeting."""
        return any(c.dep_ == "amod" and c.lower_ in self.demonym_country for c in noun.children)

    def _leaders_of(self, group, quotes, person_of: dict[int, str]) -> list[str]:
        """`Le général X conduisait une délégation comprenant Y`: a group of `group_words`, the object of a verb
        of `leader_verbs` whose subject names a person, is told right there whatever its article; that
        subject leads it and takes part with its members. `X a reçu une délégation` (no verb of leading) and
        a group led by no one named (`le pays conduit une délégation`) give no leader."""
        verb = group.head
        if group.dep_ != "obj" or verb.lemma_.lower() not in self.leader_verbs:
            return []
        return [person_of[t.idx] for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
                if t.idx in person_of and not inside(quotes, t.idx, t.idx + 1)]

    def _members_of(self, verb, group, quotes, person_of: dict[int, str], on_group: bool = True) -> list[str]:
        """The people named in the complements of a verb of composition (object, `de`/`par` phrase, and the
        names the parser hangs after them), but not in its subject, the group itself, nor in a clause of
        another sense inside them (`X, nommé par Y`: only a verb of `companion_verbs`, `welcome_verbs`
        or `composition_verbs` keeps its people)."""
        keep = self.companion_verbs | self.welcome_verbs | self.composition_verbs
        complements = [c for c in verb.children if c.i != group.i and c.dep_ in (
            "obj", "obl:arg", "obl:agent", "obl:mod", "obl", "appos", "dep", "conj", "nmod")
            and not (c.dep_ in ("conj", "appos", "dep") and c.pos_ in ("VERB", "AUX"))
            or c.dep_ == "xcomp" and c.i > verb.i and c.idx in person_of]  # a name the parser took for a verb
        if on_group and verb.head.i == group.i:  # `une délégation comprenant le ministre, X, ...`
            complements += [c for c in group.children if c.i > verb.i and c.dep_ in ("appos", "conj", "nmod")]
        found = []
        for complement in complements:
            if complement.dep_ in ("obl", "obl:mod") and not any(
                    x.dep_ == "case" and x.lower_ in self.noun_complement_words | {"par", "parmi"}
                    for x in complement.children) and complement.ent_iob_ != "I" and not (
                    complement.idx in person_of and complement.i > verb.i
                    and not any(x.dep_ == "case" for x in complement.children)):  # `comprenait le ministre, X, ...`
                continue  # `selon un communiqué`, `à Tunis`: no member; a word inside a title begun in another
                # complement (`du chef d'état-major`: `major` torn from its title by the parser) stays in it
            for t in complement.subtree:
                if t.idx not in person_of or inside(quotes, t.idx, t.idx + 1):
                    continue
                clauses = [a for a in t.ancestors if a.i in {x.i for x in complement.subtree}
                           and a.dep_ in ("acl", "acl:relcl", "advcl", "ccomp")]
                if any(a.lemma_.lower() not in keep for a in clauses) or self._of_thing(t, complement, person_of):
                    continue
                found.append(person_of[t.idx])
        return found

    def _welcomers(self, sent: Span, quotes, person_of: dict[int, str]) -> list[str]:
        """`Le général X et le général Y l'attendaient au pied de la tribune`: the subject of a verb of
        `welcome_verbs` whose object is a personal pronoun (the visitor just told) takes part in the
        meeting spoken of, however the parser hung the names in it. `X attendait une réponse` does not."""
        found = []
        for i in self.idx.lemmas_in(self.welcome_verbs, sent.start, sent.end):
            verb = sent.doc[i]
            if not any(c.dep_ in ("obj", "iobj") and c.pos_ == "PRON" and "3" in c.morph.get("Person")
                       and c.i < verb.i or self._awaited_party(c) for c in verb.children):
                continue
            found += [person_of[t.idx] for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
                      if t.idx in person_of and not inside(quotes, t.idx, t.idx + 1)]
        return found

    def _awaited_party(self, token) -> bool:
        """`X et Y attendaient la délégation à l'entrée de l'usine`: the object is the party just told, a word
        of `group_words` with a definite determiner (not `une délégation`, not `une réponse`)."""
        return token.dep_ == "obj" and token.lower_ in self.group_words and any(
            c.dep_ == "det" and c.lower_ in self.grammar.definite_articles for c in token.children)

    def _in_presence_of(self, sent: Span, quotes, person_of: dict[int, str]) -> list[str]:
        """`En présence du ministre X et du général Y, les couleurs ont été hissées`: the people of a
        complement headed by one of `presence_nouns` hung on the sentence's verb, and the people of
        that verb's subject (`En présence des deux ministres, le général X y avait signé ...`), are at
        the meeting spoken of. A sentence with no verb that names several people after a meeting
        (`Parmi elles, le général X, le préfet Y, ...`) lists those present."""
        def named(tokens) -> list[tuple[int, str]]:
            return [(t.i, person_of[t.idx]) for t in tokens if t.idx in person_of
                    and not inside(quotes, t.idx, t.idx + 1)]

        found = []
        if any(e.label_ == "DATE" and any(t.like_num for t in e) for e in self.idx.ents_in(sent)):
            return found  # `Depuis son inauguration en juin 2021, en présence de X, ...`: another time
        presence = self.idx.memo.get("meeting_mentions.presence")
        if presence is None:  # the presence nouns of the whole Doc, found once in its columns, not by a Token per word
            idx, nouns = self.idx, self.presence_nouns
            presence = self.idx.memo["meeting_mentions.presence"] = sorted(
                {*idx.lemmas_in(nouns, 0, len(idx.doc)), *(i for i, w in enumerate(idx.lower) if w in nouns)})
        for i in presence[bisect_left(presence, sent.start) : bisect_left(presence, sent.end)]:
            token = sent.doc[i]
            cases = [c for c in token.children if c.dep_ == "case"]
            if not cases and token.i == sent.start and self._of_a_country(token) and token.head.i != token.i:
                # `Côté burkinabè, X et Y ont pris part à l'échange`: a side opening the sentence with no
                # preposition; the subject of its clause, however the parser hung the names, is that side.
                # A verb of saying (`Côté américain, le porte-parole X a évoqué ...`) speaks for the side:
                # its subject may not have been in the room
                verb = _governing_verb(token.head) if not token.dep_.startswith("nsubj") else token.head
                if verb.lemma_.lower() not in self.said_verbs | self.speech_verbs:
                    found += named(t for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") for t in c.subtree)
                continue
            if not cases or not (token.dep_.startswith("obl") or cases[0].i == sent.start):
                continue  # `sa présence au Mali`: the noun of a phrase, no circumstance of the clause
            verb = _governing_verb(token.head)  # the parser may hang it on the noun that follows
            found += named(t for c in token.children if c.dep_ == "nmod" for t in c.subtree)
            found += named(t for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") for t in c.subtree)
            if token.i < verb.i:  # the names between the circumstance and its verb: the subject, however parsed
                found += named(sent.doc[token.right_edge.i + 1 : verb.i])
            found += self._inverted_subject(token, verb, named)
            if cases[0].i == sent.start and sent.root.pos_ not in ("VERB", "AUX"):
                # `À ses côtés, X, secrétaire adjointe chargée de ..., et le général Y.`: a verbless list
                found += named(t for t in sent if t.i > token.i)
        if not any(t.pos_ in ("VERB", "AUX") for t in sent):
            listed = list(dict.fromkeys(key for _, key in named(sent)))
            if len(listed) > 1:
                found += named(sent)
        return [key for _, key in sorted(found)]  # in text order, however the parser hung them

    @staticmethod
    def _inverted_subject(token, verb, named) -> list[str]:
        """`Aux côtés du président avaient pris place le ministre X et le général Y`: after a presence
        phrase that opens the sentence, a verb with no subject of its own before it has its subject after it
        (the parser reads it as the object or hangs the names on it): the names of the verb's phrases
        after it, up to the sentence's end, are present. A comma after the phrase (`En présence de X, le
        ministre a signé ...`) sets the subject before the verb, read above."""
        if token.i != token.sent.start + 1 or verb.i <= token.i:
            return []
        if any(t.is_punct for t in token.doc[token.i : verb.i]) or any(
                c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and c.i != token.i
                for c in verb.children if c.i < verb.i):
            return []
        return named(t for c in verb.children if c.i > verb.i and c.dep_ in ("obj", "nsubj", "nsubj:pass", "appos",
                                                                             "dep", "obl:mod", "conj")
                     for t in c.subtree)

    def _describes_thing(self, verb, person_of: dict[int, str], noun_heads: set[int]) -> bool:
        """A participle that describes an institution, not an event: `la commission de la défense,
        présidée par X, vous a entendu` (who chairs it), `un pays dirigé par`. A participle hung on a
        person or a group (`le ministre, reçu par X`, `la délégation, accueillie par Y`) tells a meeting.
        So does a verb of receiving a partner (`accueillir`) in a relative clause of a thing, no person nor
        meeting in that clause."""
        entry = self._verb_entry(verb) or {}
        if entry.get("host") == "subject" and entry.get("partner") and _thing_relative(verb, person_of):
            head = verb.head  # `les pays qui accueillent des forces françaises`: what a thing holds, no one received
            return head.ent_type_ not in ("PERSON", "ROLE", "LOC") and head.i not in noun_heads \
                and head.lower_ not in self.group_words \
                and head.lemma_.lower() not in self.group_words \
                and not any(t.idx in person_of or t.i in noun_heads for t in verb.subtree)
        if verb.dep_ != "acl" or "Part" not in verb.morph.get("VerbForm") or not _passive(verb):
            return False
        head = verb.head
        if head.i in noun_heads or head.pos_ not in ("NOUN", "PROPN") or head.idx in person_of:
            return False
        if _disagrees(verb, head):  # `autour de la table des ministres, réunis sous la présidence de X`:
            agreeing = _agreeing_noun(verb, head)  # hung on the wrong noun: it describes the nearest that agrees
            if agreeing is not None and (agreeing.ent_type_ in ("PERSON", "ROLE") or agreeing.idx in person_of
                                         or agreeing.lower_ in self.group_words):
                return False  # people: their gathering is an event
        if head.ent_type_ in ("PERSON", "ROLE") or head.lower_ in self.group_words or (
                head.lemma_.lower() in self.group_words):
            return False
        own = [t for t in head.subtree if t.i not in {x.i for x in verb.subtree}]
        if any(t.ent_type_ == "DATE" for t in own):
            return False  # `le Conseil européen du 6 mars, présidé par X`: a dated session is an event
        return not any(t.idx in person_of for t in own if t.i < verb.i)

    @staticmethod
    def _presence(sent: Span, people: list[str], speakers: list[str] | None = None) -> Mention:
        return {"kind": "", "rule": "rule:meetings:presence", "sentence": span_text(sent).strip(),
                "start_char": sent.start_char, "end_char": sent.end_char, "people": people, "host": "",
                "guests": [], "date": "", "location": "", "remote": False, "side": False, "verb_only": False,
                "strong_host": False, "anaphoric": False, "refers_back": False, "status": "", "groups": [],
                "subject": people,
                "headline": False, "presence": True, "speakers": speakers or [], "until": ""}

    def place_before(self, before: int, date: str = "") -> str:
        """The place named in the two sentences before a character offset, within its paragraph
        (`Macron est arrivé sur la base de ... . Il a été accueilli par ...`)."""
        paragraph_start = self._text.rfind("\n", 0, before) + 1
        previous = itertools.takewhile(lambda s: s.start_char >= paragraph_start, self.idx.sents_before_char(before))
        for sent in itertools.islice(previous, 2):  # a place of a clause hung on a noun tells of another event
            if date and sent.start in self._mention_sents and self._other_day(sent, date):
                break  # `Le 5 mars, il avait participé à Dakar à une réunion.`: that meeting's place, not this one's
            if any(m.get("edition") and sent.start_char <= m["start_char"] < sent.end_char for m in self._told):
                break  # `Le prochain sommet se tiendra à X.`: another edition's place, told in passing
            place = self._location(sent, self._places_by_sent.get(sent.start, []), {sent.root.i}) or (
                self._stage_town(sent))
            if place:
                return place
        return ""

    def _stage_town(self, sent: Span) -> str:
        """`Première étape : X, où il est arrivé mercredi.`, `Vendredi, cap sur X.`: a sentence with no
        verb of its own (its root a noun) that names one town of the gazetteer marks a stage of a trip:
        the meetings told just after it are held in that town."""
        if sent.root.pos_ in ("VERB", "AUX"):
            return ""
        opening = next((t.i for t in sent if not t.is_punct), sent.start)
        towns = {t.text for t in sent if t.text.lower() in self.cities and t.text[:1].isupper()
                 and t.i > opening and sent.doc[t.i - 1].text != "("}  # not a dateline: `(X) ...`, `X, 23 nov. -`
        if any(e.label_ == "LOC" and e.text.lower() in self.cities and e.start == opening
               for e in self.idx.ents_in(sent)):
            return ""
        towns |= {e.text for e in self.idx.ents_in(sent) if e.label_ == "LOC" and e.text.lower() in self.cities
                  and e.start > opening and sent.doc[e.start - 1].text != "("}
        return towns.pop() if len(towns) == 1 else ""

    def _named_as_time(self, noun) -> bool:
        """`... avant le sommet que les Alliés tiendront à Vilnius`: the meeting noun is the object of a time
        preposition (`avant`, `après`, `depuis`), a landmark of time for what the sentence tells."""
        return any(c.dep_ == "case" and c.lower_ in self.grammar.time_prepositions for c in noun.children)

    def _past_landmark(self, noun) -> bool:
        """The meeting noun is the object of one of meetings.yml `since_prepositions` (`depuis le sommet`)."""
        return any(c.dep_ == "case" and c.lower_ in self.since_prepositions for c in noun.children)

    def _thing_clause(self, noun, triggers: set[int], person_of: dict[int, str]):
        """`X a rappelé la déclaration signée par Y à l'issue de la conférence`, `le cessez-le-feu décrété pour les
        commémorations`: the participle (no auxiliary: a modifier, not a clause of its own) of a clause describing
        a thing (a noun neither a meeting nor a person) in which the meeting noun sits, the circumstance of that
        thing rather than a meeting the sentence tells; None elsewhere."""
        token = noun
        for _ in range(6):
            head = token.head
            if head.i == token.i:
                return None
            if head.pos_ in ("VERB", "AUX"):
                thing = head.head
                described = (head.dep_ == "acl" and "Part" in head.morph.get("VerbForm")
                             and not any(c.dep_.startswith("aux") for c in head.children)
                             and thing.pos_ == "NOUN" and thing.i not in triggers and thing.idx not in person_of
                             and thing.ent_type_ not in ("PERSON", "ROLE") and thing.lower_ not in self.group_words
                             and thing.lemma_.lower() not in self.group_words)
                agreeing = _agreeing_noun(head, thing) if described and _disagrees(head, thing) else None
                if agreeing is not None and (agreeing.ent_type_ in ("PERSON", "ROLE") or agreeing.idx in person_of):
                    return None  # `en présence du ministre X, arrivé pour une visite`: hung on the wrong noun
                if head.lemma_.lower() in self.arrival_verbs:
                    return None  # people arrive, things do not: a person's arrival hung on the wrong noun
                return head if described else None
            token = head
        return None

    def _with_aim(self, trigger) -> bool:
        """`X doit se rendre à Y pour assister à ...`: the trigger verb governs an infinitive of purpose
        (introduced by one of `purpose_prepositions`)."""
        return any("Inf" in c.morph.get("VerbForm") and any(
            m.dep_ == "mark" and m.lower_ in self.purpose_prepositions for m in c.children) for c in trigger.children)

    def _purpose(self, noun) -> bool:
        """`pour les commémorations`: the meeting noun is the object of one of meetings.yml `purpose_prepositions`,
        an aim of what the clause tells, not where it was done."""
        return any(c.dep_ == "case" and c.lower_ in self.purpose_prepositions for c in noun.children)

    def _own_people(self, noun, ents: list[Span], person_of: dict[int, str], people: list[str]) -> list[str]:
        """The people of a meeting noun named only as a past landmark (`depuis le sommet de Y`) or as the
        circumstance of a thing: those of its own phrase or clause (`depuis le sommet tenu en présence du
        président X`, `l'accord signé par X lors du sommet`), or all of the sentence when a possessive names
        them (`peu avant sa prestation de serment`, `depuis leur rencontre`); the subject of the sentence
        (`X a affirmé que ... depuis le sommet`) tells something else and did not attend it for all it says."""
        if any(c.dep_ == "det" and c.lower_ in self.grammar.possessive_determiners for c in noun.children):
            return people
        own = _people_within(noun, ents, person_of)
        return [p for p in people if p in own]

    def _returned_from(self, trigger) -> bool:
        """`qui rentrait d'un déplacement à Kiev`, `de retour d'une visite à Alger`: a meeting noun, the
        `de` complement of a verb of `return_verbs` or of a noun of `return_nouns`, tells of a trip ended
        before the story's time: a meeting of its own, whose place and people are not the story's."""
        if trigger.pos_ not in ("NOUN", "PROPN") or not any(
                c.dep_ == "case" and c.lemma_.lower() == "de" for c in trigger.children):
            return False
        head = trigger.head
        if head.i == trigger.i:
            return False
        if head.pos_ in ("VERB", "AUX"):  # `rentrait` lemmatised `rentraire`: the stem tells it
            return head.lemma_.lower() in self.return_verbs or head.lower_ in self.return_verbs or (
                head.pos_ == "VERB" and any(head.lower_.startswith(v[:-2]) for v in self.return_verbs
                                            if v.endswith(("er", "ir"))))
        return head.lower_ in self.return_nouns

    def _during_stay(self, sent: Span) -> bool:
        """`Au cours de son séjour, X a rencontré Y`, `Lors de ce déplacement, X a été reçu par Y`: a journey
        noun (`journey_nouns`) with a possessive or demonstrative determiner after a preposition of a span of
        time (`stay_prepositions`): the meeting is one of the trip already told, on a day the text does not
        give."""
        for token in (sent.doc[i] for i in self.idx.lemmas_in(self.journey_nouns, sent.start, sent.end)):
            det = token.doc[token.i - 1] if token.i > sent.start else None
            if det is None or not ("Yes" in det.morph.get("Poss") or "Dem" in det.morph.get("PronType")):
                continue
            words = [t.lower_ for t in sent.doc[max(sent.start, det.i - 3):det.i]]
            if any(words[-len(p):] == p for p in self.stay_prepositions):
                return True
        return False

    def _other_day(self, sent: Span, date: str) -> bool:
        """The sentence names a day, and none within the meeting's `date` (a day or `start/end`)."""
        start, _, end = date.partition("/")
        first, last = first_day(start), first_day(end or start)
        days = [first_day(e._.normalized or "") for e in self.idx.ents_in(sent) if e.label_ == "DATE"
                and granularity(e._.normalized or "") == "day"]
        days = [d for d in days if d is not None]
        return bool(days) and first is not None and last is not None and not any(first <= d <= last for d in days)

    def place_after(self, after: int) -> str:
        """`X s'est entretenu avec Y. Les échanges se sont déroulés à Berlin.`: the sentence just after
        a character offset, within its paragraph, that tells of no meeting of its own but says where
        something took place (its main verb a `venue_verbs` entry, its subject no person) gives the place."""
        at = bisect_left(self.idx.sent_start_chars, after)
        if at >= len(self.idx.sents):
            return ""
        sent = self.idx.sents[at]
        end = len(self._text[:after].rstrip())  # a sentence's span holds the line breaks after it
        if sent.start in self._mention_sents or "\n" in self._text[end : sent.start_char]:
            return ""
        if not self._venue(sent.root) or any(c.dep_.startswith("nsubj") and c.ent_type_ for c in sent.root.children):
            return ""
        return self._location(sent, self._places_by_sent.get(sent.start, []), {sent.root.i})

    def _venue(self, verb) -> bool:
        """`se tenir`, `se dérouler`, `avoir lieu`: the verb (its lemma, a reflexive `se`, its object)
        says where something took place."""
        children = {c.lemma_.lower() for c in verb.children} | {c.lower_ for c in verb.children}
        reflexive = _reflexive(verb, self.grammar)
        for entry in self.venue_verbs:  # `se tenir`: a reflexive verb; `avoir lieu`: a verb and its object
            needs_se = entry[0] in self.grammar.reflexive_pronouns
            lemma, rest = (entry[1], entry[2:]) if needs_se else (entry[0], entry[1:])
            if verb.lemma_.lower() == lemma and (reflexive or not needs_se) and all(w in children for w in rest):
                return True
        return False

    def headline_place(self) -> str:
        """`À Cherbourg, le président fixe le cap`, `Niamey : le ministre reçoit ...`: the place a header
        line names after `à`, or before the colon that opens it, for a story whose body names none."""
        for sent in self.idx.sents:
            if sent.start_char >= self.body_start:
                break
            for ent in self.idx.ents_in(sent):
                if (ent.label_ == "LOC" or len(ent) == 1 and _opening_a(ent)) and not self._title_cased(ent) and (
                        _preposition(ent) == "à" or _opening_a(ent) or (  # `Niamey : le ministre reçoit ...`
                        ent.start == sent.start and ent.end < sent.end and sent.doc[ent.end].text == ":"
                        and not self._rubric(ent))) and (
                        ent.text.lower() not in self.countries):  # `Niger : Niamey accueille ...`: the city after
                    return ent.text
                if ent.label_ == "LOC" and ent.text.lower() not in self.countries and self._hosting_city(ent):
                    return ent.text
        return self._headline_town()

    def _headline_town(self) -> str:
        """`Carcassonne. Le 3e RPIMa a changé de chef`: a head line opening on a town (meetings.yml
        `headline_town`) where the model reads none, that town being read as a place (no country) in the body.
        A local daily files a story under its town's section: a breadcrumb ending on a town (`Accueil > Région
        > Metz`, meetings.yml `breadcrumb_town`) names it alike, under the same proof from the body."""
        if not self.body_start:
            return ""
        places = {e.text for e in self.idx.ents if e.label_ == "LOC" and e.start_char >= self.body_start}
        head = doc_text(self.idx.doc)[:self.body_start]
        body = doc_text(self.idx.doc)[self.body_start:]
        for pattern in (self.headline_town, self.breadcrumb_town):
            for found in pattern.finditer(head) if pattern is not None else ():
                place = found.group("place")
                if place.lower() in self.countries:
                    continue
                if pattern is self.breadcrumb_town and _common_in_body(place, body):
                    continue  # `Accueil > Analyses > Golfe`: a region's section, `du Golfe`, no town
                if place in places or pattern is self.breadcrumb_town and _town_in_body(place, body):
                    return place
        return ""

    def lead_place(self) -> tuple[str, list[str]]:
        """`Le président a séjourné à Dakar de lundi à mercredi.`: the story's lead (the body's first
        sentence) that tells of no meeting of its own but names a city (no country) where its main verb
        happened, and the days it names (normalised): the place of the story's meetings of those days
        that name none. A lead that names no day places nothing (`X est arrivé à Y.` then a meeting of
        another time)."""
        at = bisect_left(self.idx.sent_start_chars, self.body_start)
        if at >= len(self.idx.sents):
            return "", []
        sent = self.idx.sents[at]
        if sent.start in self._mention_sents:
            return "", []
        scene = self._lead_scene(at)
        if scene[0]:
            return scene
        ents = [e for e in self.idx.ents_in(sent) if e.label_ == "LOC" and _preposition(e) == "à"
                and e.text.lower() not in self.countries and _governing_verb(e.root).i == sent.root.i]
        days = [e._.normalized for e in self.idx.ents_in(sent) if e.label_ == "DATE" and e._.normalized]
        return (ents[0].text, days) if len({e.text for e in ents}) == 1 and days else ("", [])

    def _lead_scene(self, at: int) -> tuple[str, list[str]]:
        """`Il en était question depuis des mois. Ce 9 mai, à l'hôtel de ville de X, les deux présidents ont
        signé ...`: a sentence of the lead's paragraph after its first, telling of no meeting of its own,
        that names one day and opens on the place where its main verb happened (a place word after `à`, or
        the town that place word names)."""
        first = self.idx.sents[at]
        paragraph_end = self._text.find("\n", first.start_char)
        for sent in self.idx.sents[at + 1 : at + 3]:
            if paragraph_end != -1 and sent.start_char > paragraph_end or sent.start in self._mention_sents:
                break
            days = [e._.normalized for e in self.idx.ents_in(sent) if e.label_ == "DATE" and e._.normalized
                    and granularity(e._.normalized) == "day"]
            places = [p for p in self._places_by_sent.get(sent.start, []) if p.root.head.i == sent.root.i
                      and p.root.i < sent.root.i and any(c.dep_ == "case" and c.lower_ in ("à", "au")
                                                         for c in p.root.children)]
            if len(days) == 1 and places:
                subtree = {t.i for t in places[0].root.subtree}  # `l'hôtel de ville de X`: else the town it names
                town = next((e.text for e in self.idx.ents_in(sent) if e.label_ == "LOC" and e.root.i in subtree
                             and e.text.lower() not in self.countries), "")
                place = self._location(sent, places[:1], {sent.root.i}) or town
                if place:
                    return place, days
        return "", []

    def _rubric(self, ent: Span) -> bool:
        """`Défense : le ministre reçoit ...`: a word before a headline's colon that the tagger reads as a
        common noun (a rubric: `Défense`, `Sécurité`), not a city of the gazetteer, names no place."""
        return len(ent) == 1 and ent.root.pos_ == "NOUN" and ent.text.lower() not in self.cities

    def _title_cased(self, ent: Span) -> bool:
        """`Mise À Jour : 08.02.2024`: a rubric word (`_rubric`) after a capital `À` within its line (a
        line written in title case, the page's furniture) names no place; `À Cherbourg, ...` opens its line."""
        i = ent.start - 1
        return i > ent.sent.start and ent.doc[i].text == "À" and self._rubric(ent)

    def _hosting_city(self, ent: Span) -> bool:
        """`Niamey se prépare à accueillir le sommet`, `Dakar reçoit les chefs d'état-major`: a city subject
        of a verb whose subject hosts (`host: subject`), or of a verb that leads to one, is where it meets."""
        if not ent.root.dep_.startswith("nsubj"):
            return False
        verb = ent.root.head
        return any((self._verb_entry(v) or {}).get("host") == "subject"
                   for v in (verb, *(c for c in verb.children if c.dep_ == "xcomp")))

    def day_before(self, before: int, of_meeting: bool = False) -> str:
        """The day named in the sentence just before a character offset, within its paragraph, when
        that sentence tells of no meeting (`Le tournant a lieu le 23 octobre 2023. X est accueilli ...`),
        or, `of_meeting`, when it does (`Ce mardi, X s'est rendue à A. Elle y a été reçue par Y`)."""
        paragraph_start = self._text.rfind("\n", 0, before) + 1
        sent = next(self.idx.sents_before_char(before), None)
        if sent is None or sent.start_char < paragraph_start or (sent.start in self._mention_sents) != of_meeting:
            return ""
        days = [e._.normalized for e in self.idx.ents_in(sent) if e.label_ == "DATE"
                and granularity(e._.normalized or "") == "day"]
        return days[0] if len(days) == 1 else ""

    # -- one sentence ---------------------------------------------------------------------------

    def _mention(self, doc: Doc, sent: Span, nouns: list[Span], verbs: list, places: list[Span], quotes,
                 person_of: dict[int, str]) -> Mention:
        day_from = self._day_from_event(nouns)
        told = {n.root.i for n in nouns}  # with the gathering a side meeting stands beside, dropped by `_side`
        side, nouns, verbs = self._side(sent, nouns, verbs)
        nouns = _describing_others(nouns, verbs)
        kept = self._after_other(nouns)
        landmarks = {n.root.i for n in nouns if n not in kept}  # `à l'issue de la cérémonie`: its landmark
        nouns = kept
        sequel = not side and self._beside(nouns, verbs, person_of)
        if sequel:  # `Avant l'ouverture des travaux, X s'est entretenu`
            side, nouns = True, []
        elif not side and self._talks_by_landmark(nouns, verbs, person_of):  # `X s'est entretenu avec Y à
            landmarks, nouns = landmarks | {n.root.i for n in nouns}, []  # l'issue de la cérémonie`: the talks
        verb_entries = [self._verb_entry(v) for v in verbs]
        nouns = self._proceedings_first(nouns)
        if nouns:
            entry = self.noun_entries[nouns[0].label_]
            kind, rule = entry["kind"], f"rule:meetings:{entry['id']}"
        else:
            kind = verb_entries[0].get("kind") or verbs[0].lemma_
            rule = f"rule:meetings:{verb_entries[0]['id']}"
        ents = self.idx.ents_in(sent)
        trigger = nouns[0].root if nouns else verbs[0]
        governing = _governing_verb(trigger)  # read once: a walk up the parse
        triggers = {n.root.i for n in nouns} | {v.i for v in verbs}
        words = _words(span_text(sent))
        near = triggers | landmarks  # `à l'issue de la cérémonie, le ministre ...`: not spoken of
        people = [person_of[e.start_char] for e in ents  # a ROLE may name a person: `la ministre`
                  if e.start_char in person_of  # whatever label the model gave a name the officials read
                  and not inside(quotes, e.start_char, e.end_char) and not self._spoken_of(e, sent, near)
                  and not self._title_spoken_of(e, ents, sent, near, person_of)]
        people = self._without_landmark_people(doc, people, landmarks, ents, person_of)
        people = self._without_landmark_people(doc, people, self._told_landmarks(nouns, verbs), ents,
                                               person_of, least=1)  # read for the people only
        after = self._landmark_after(nouns, verbs)  # `Cette rencontre intervient après la visite de X`: no X
        if after is not None:
            before = {person_of[e.start_char] for e in ents if e.start < after and e.start_char in person_of}
            people = [k for k in people if k in before]
        lowered = span_text(sent).lower().replace("\u2019", "'")  # once: Span.text joins the tokens each time
        if len(people) < 2 and any(w in lowered and not self._reported(sent, lowered.find(w), triggers)
                                   and not _in_relative(sent, lowered.find(w), triggers) for w in self.pair_words):
            people += self._previous_pair(doc, sent, quotes, person_of)  # `les deux hommes s'étaient entretenus`
        elif len(people) < 2 and self._pair_subject([*verbs, governing]):
            people += [k for k in self._previous_pair(doc, sent, quotes, person_of) if k not in people]
        people += [k for k in self._counted_group(sent, [*verbs, governing], person_of)
                   if k not in people]  # `les trois ministres ont été reçus`: the three named before
        people += [k for k in self._delegation_leader(sent, person_of) if k not in people]
        if nouns:  # `La cérémonie s'est tenue au camp, où il a succédé au général Y`: both officers
            pair = self._handover_pair(sent, person_of)
            if not pair and entry.get("handover"):  # `X a succédé à Y. La passation s'est tenue ...`
                pair = self._told_handover(sent, person_of)
            elif not pair and entry.get("handover_next") and self._bare_definite(nouns[0]):
                pair = self._handover_beside(sent, person_of)  # `X a succédé à Y. La cérémonie s'est ...`
            people += [k for k in pair if k not in people]
        joins = self._joins_party(verbs)
        if joins:  # `X et Y ont rejoint la délégation`: the party of the meeting spoken of
            people += [k for k in self._previous_people(doc, sent, person_of) if k not in people]
        said_during = False
        host, guests, strong = self._host(sent, verbs, verb_entries, person_of)
        clitic_host = self._meeting_clitic_host(nouns, person_of)
        if clitic_host:  # `La rencontre s'est tenue chez X, qui l'a accueillie`: X hosts it and takes part
            host, guests, strong = clitic_host, [], False  # no HOSTED: the guests are the meeting's others
        handed = self._command_handed(sent, person_of) if any(self._hands_command(v) for v in verbs) else []
        if host in handed:  # `X a remis le drapeau au colonel Y`: the outgoing officer, not the ceremony's chair
            host, guests, strong = "", [], False
        people += [k for k in handed if k not in people]
        if not host:  # `s'est rendu auprès de X`, `achever sa tournée auprès de X`, `a rendu visite à X`: X receives
            beside = [*verbs, governing] if governing is not None and nouns else verbs  # the noun's verb, too
            host, guests, strong = self._beside_host(beside, person_of) or (host, guests, strong)
        if not host:  # `Le maire lui a fait visiter la ville`: who has it visited hosts the visitor
            host, guests, strong = self._causative_host(verbs, person_of) or (host, guests, strong)
        if not host:  # `Nous entendrons l'amiral X`, said by the chair a record names at the paragraph's head
            speaker = self._speaker_host(verbs, person_of)
            if speaker:  # said during the sitting the record tells: a later hearing is told in passing
                (host, guests, strong), said_during = speaker, True
                people += [host] if host not in people else []
        spoken_of = {person_of[e.start_char] for e in ents if e.start_char in person_of} - set(people)
        guests = [g for g in guests if g not in spoken_of]  # `a présidé une cérémonie en hommage au sergent X`
        if host in spoken_of and host != clitic_host:
            host, strong = "", False
        people += [g for g in guests if g not in people]  # `l'hôte du jour a été accueilli par X`: who came
        if not nouns:  # `Le 3 avril, il a rencontré le général X et le général Y`: `il` takes part
            people = list(dict.fromkeys(self._pronoun_subject(governing, person_of) + people))
        elif verbs:  # `il a signé avec X un traité, à l'issue d'un sommet`: the verb's `il` too
            people = list(dict.fromkeys([k for v in verbs for k in self._pronoun_subject(v, person_of)] + people))
        # `le responsable israélien doit s'entretenir avec X`: the Israeli named last takes part
        people += [k for v in verbs for k in self._demonym_described(v, ("nsubj", "nsubj:pass"), person_of, set(people))
                   if k not in people]
        partnered = self._partnered_object(nouns, verbs, person_of)
        if partnered:  # `Il a ensuite animé une conférence de presse avec Y`: `il` meets Y
            people = list(dict.fromkeys(partnered + people))
        visitors, met_by_visitor = [], False
        if nouns and governing is not None:  # `le visiteur a eu une séance de travail avec X`
            visitors = self._visitor_subject(governing, person_of)
            people = list(dict.fromkeys(visitors + people))
        if not host:  # `à l'invitation de X, Y s'est rendu...`: X hosts the others of the sentence
            host = (self._host_by_marker(sent, lowered, person_of) or self._host_by_qualified_marker(sent, person_of)
                    or self._host_around(sent, person_of)
                    or self._host_of_guest(sent, person_of) or self._opener(sent, triggers, person_of)
                    or self._host_country_leader(sent, person_of) or self._host_noun(
                        sent, triggers | (told if side else set()), person_of)  # `en marge de A avec Y, hôte de la
                    # réunion`: the gathering's host, one of the talks' people, receives them at home
                    or self._host_of_noun(nouns, person_of) or self._possessed_host(sent, triggers, person_of))
            strong = bool(host)  # `sous la présidence de X` says it in so many words
            guests = [p for p in people if p != host] if host in people else []
        if not host:  # `X a invité Y à effectuer une visite`: who invites hosts the visit
            host, invited = self._inviter(nouns, person_of)
            people += [k for k in (host, *invited) if k and k not in people]
        if not host:  # `la délégation a eu une séance de travail avec le ministre X`: the delegation came to X
            host = self._host_of_delegation(trigger, person_of)
            strong, guests = False, [] if host else guests
        if not host:  # `une audience avec le président X`: who grants an audience hosts it
            host = self._granter(nouns, person_of)
            strong, guests = (False, []) if host else (strong, guests)
        if not host:  # `X a rencontré à Pékin Y, venu pour le forum`: the one who came is the guest
            host = next(filter(None, (self._host_of_visitor(sent, v, person_of)
                                      for v in [*verbs, *(n.root for n in nouns)])), "")
            strong, guests = False, []  # read from a description, not a host verb: no HOSTED
        if not host and visitors and len([p for p in people if p not in visitors]) == 1:
            # `le visiteur a eu une séance de travail avec X`: the visitor came to the one he met, who hosts
            host, strong, guests = next(p for p in people if p not in visitors), False, []
            met_by_visitor = True
        if after is not None and host not in people:  # `au lendemain de la rencontre organisée par Y`: Y hosted it
            host, guests, strong = "", [], False
        thing_clause = self._thing_clause(nouns[0].root, triggers, person_of) if nouns and not verbs else None
        as_time = bool(nouns) and not verbs and self._named_as_time(nouns[0].root) or thing_clause is not None
        if thing_clause is not None:  # `X a rappelé l'accord signé par Y et Z lors du sommet`: Y and Z, not X
            scope = nouns[0].root if self._purpose(nouns[0].root) else thing_clause
            people = _people_within(scope, ents, person_of, quotes)
        elif as_time and self._past_landmark(nouns[0].root):  # `X a dit que ... depuis le sommet de Y`
            people = self._own_people(nouns[0].root, ents, person_of, people)
            host, guests = (host, guests) if host in people else ("", [])
        mode = next((x for x in self.modes if any(t in lowered for t in x["terms"])), None)
        if mode is not None and kind in self.mode_kinds:  # `s'est entretenu par téléphone`
            kind, rule = mode["kind"], f"{rule}+{mode['id']}"
        remote = bool(mode is not None and mode.get("remote"))
        # `puis vendredi à Riga, où il doit rencontrer X`: the antecedent of `où` before any other place
        own_place = "" if remote else (self._own_place(sent, places, nouns, triggers) or self._relative_place(
            trigger, verbs) or self._location(sent, places, triggers))
        clitic = not own_place and self._clitic_place(verbs)  # `Les deux hommes y ont visité ...`: the place told
        dating = self._without_report_dates(ents, trigger, governing)
        return {
            "kind": kind, "rule": rule, "sentence": span_text(sent).strip(), "start_char": sent.start_char,
            "end_char": sent.end_char, "people": list(dict.fromkeys(people)), "host": host, "guests": guests,
            # `puis vendredi à Riga, où il doit rencontrer X`: the day of the relative's antecedent first
            "date": self._reception_day(trigger, verbs, dating)
            or self._relative_day(trigger, verbs, dating, quotes)
            or _mention_date(sent, dating, trigger, quotes, self.anchored, self.bounds, self.held_participles,
                             (self.subject_modals, frozenset(self.end_verbs)))
            or self._years_ago(sent, dating, trigger, words)
            or _date_above(trigger, dating, quotes, self.grammar.time_prepositions, self.anchored)
            or _scene_of_participle(trigger, dating, quotes),
            "location": "" if remote else own_place or self._place_back(sent, places, lowered, clitic),
            "remote": remote,
            "side": side, "verb_only": not nouns, "strong_host": strong,
            **({"sequel": True} if sequel else {}),
            **({"beside_told": True} if side and self._beside_demonstrative(sent) else {}),
            **({"day_from": day_from} if day_from else {}),
            "paired": self._paired(nouns, verbs) or bool(partnered),
            "visited_host": met_by_visitor,
            "anaphoric": bool(nouns) and any(c.dep_ == "det" and c.lower_ in self.anaphoric_determiners
                                             for c in nouns[0].root.children)
            and governing.lemma_.lower() in self.anaphoric_verbs,
            "refers_back": self._refers_back(nouns, verbs, people, ents),
            "background": _pluperfect(governing),
            **({"returned": True} if self._returned_from(trigger) else {}),
            **({"during_stay": True} if self._during_stay(sent) else {}),
            **({"described": True} if sent.start in self._described_sents else {}),
            **({"aim": True} if self._with_aim(trigger) else {}),
            **({"as_time": True} if as_time else {}),
            "until": self._until(nouns, people, ents, clause_only=bool(verbs)) if all(  # `Les travaux de cette
                n.root.i in {t.i for t in nouns[0].root.subtree} for n in nouns[1:]) else "",  # session`
            **({"there": True} if clitic and not remote else {}),
            "status": self._status(sent, trigger, words),
            "groups": self._groups(sent), "subject": self._subject_people(sent, person_of), "joins": joins,
            **({"sponsor": sponsor} if not host and (sponsor := self._sponsor_of(sent, lowered)) else {}),
            "parties": self._parties(sent),
            # a session after talks is the same gathering; talks after a session are a meeting of their own
            "landmark": bool(landmarks) and (not nouns or not self.noun_entries[nouns[0].label_].get("session")),
            "they": _plural_pronoun_subject(governing),
            "attended": self._attended(nouns),
            "chaired_sitting": self._chaired_sitting(nouns, lowered, host),
            "body_sitting": bool(nouns) and any(c.dep_ == "nmod" and self._gathering_body(c)
                                                for c in nouns[0].root.children),
            "part_sitting": bool(nouns) and self._sitting_part(nouns[0]),
            # `En ouverture de la réunion, ...`, `Au cours de la séance, ...`: a session noun told bare, the
            # sitting the story is telling (`la prochaine réunion`, `la réunion de la commission des finances`
            # say which, maybe another)
            "bare_sitting": bool(nouns) and bool(self.noun_entries[nouns[0].label_].get("session"))
            and self._bare_definite(nouns[0]),
            "sits": not nouns and any((entry or {}).get("sits") for entry in verb_entries),
            **({"aside": True} if said_during and self._status(sent, trigger, words) == "planned" else {}),
            **({"edition": True} if self._other_edition(nouns) else {}),
        }

    def _other_edition(self, nouns: list[Span]) -> bool:
        """`Le prochain sommet se tiendra à X en octobre`, `lors de la précédente réunion`: the meeting noun is
        qualified by one of `edition_words`, an adjective saying which of a series is meant, another than the
        one the story tells. Its day and place are its own: neither talks `en marge du sommet` nor a sentence
        after it that names no place of its own take them."""
        return bool(nouns) and any(c.dep_ == "amod" and c.lower_ in self.edition_words
                                   for c in nouns[0].root.children)

    def _sitting_part(self, noun: Span) -> bool:
        """`la séance d'ouverture`, `la session plénière`: a session noun followed by one of meetings.yml
        `sitting_parts`, one sitting of a longer gathering."""
        return bool(self.sitting_parts and self.noun_entries[noun.label_].get("session")
                    and self.sitting_parts.match(doc_text(noun.doc), noun.end_char))

    def _handover_pair(self, sent: Span, person_of: dict[int, str]) -> list[str]:
        """The two officers of a change told in the meeting's sentence by a verb of roles.yml
        `succession_verbs` whose clause does not describe a person (`La cérémonie s'est tenue au camp, où il
        a succédé au général Y`, `Lors de la cérémonie, X a succédé à Y`): its subject (a pronoun: the
        person last named as a subject) and its `à` complement take part. `Le ministre X, qui a succédé au
        général Y, a présidé la cérémonie` (a clause on a person: a former holder) adds no one."""
        found: list[str] = []
        for verb in (sent.doc[i] for i in self.idx.lemmas_in(self.succession_verbs, sent.start, sent.end)):
            if verb.pos_ != "VERB":
                continue
            if verb.dep_ in ("acl:relcl", "acl", "appos") and (verb.head.idx in person_of or any(
                    t.idx in person_of for t in verb.head.children if t.dep_ in ("appos", "flat:name"))):
                continue
            outgoing = self._named_in(verb, ("obl:arg", "obj", "iobj"), person_of)
            if not outgoing:
                continue
            incoming = self._named_in(verb, ("nsubj",), person_of) or self._pronoun_subject(verb, person_of)
            if not incoming and verb.dep_ in ("advcl", "acl") and not any(
                    c.dep_.startswith("nsubj") for c in verb.children):  # `X a pris ses fonctions, succédant à Y`
                incoming = self._named_in(_governing_verb(verb.head), ("nsubj",), person_of)
            found += incoming + outgoing
        return found or self._command_handed(sent, person_of) or self._office_taker(sent, person_of)

    def _command_handed(self, sent: Span, person_of: dict[int, str]) -> list[str]:
        """`Le colonel X a transmis le commandement du régiment au colonel Y`, `il a remis le drapeau à Y`: a
        verb and object of meetings.yml `command_handover` with a person named in its `à` complement (the
        incoming officer) and its subject named or a pronoun (the outgoing one); a handover told as past (`X
        avait transmis`) is another day's."""
        for verb in (sent.doc[i] for i in self.idx.lemmas_in(self.command_handover_verbs, sent.start, sent.end)):
            if verb.pos_ != "VERB" or _pluperfect(verb) or not self._hands_command(verb):
                continue
            incoming = self._named_to(verb, person_of)
            outgoing = self._named_in(verb, ("nsubj",), person_of) or self._pronoun_subject(verb, person_of)
            if incoming and outgoing and incoming != outgoing:
                return outgoing + incoming
        return []

    def _named_to(self, verb, person_of: dict[int, str]) -> list[str]:
        """The first person named in a complement opened by `à` after the verb's object, in its clause (`a
        transmis le commandement du régiment au colonel Y`, which the parser may hang on the object's noun),
        not `en présence du général Y`."""
        doc = verb.doc
        obj = self._handed_object(verb) or verb
        for tok in doc[obj.i + 1:verb.sent.end]:
            if tok.pos_ in ("VERB", "AUX") or tok.lower_ in (";", ":"):
                break  # another clause: `..., où il a rencontré Y`
            if tok.dep_ == "case" and tok.lower_ in ("à", "au", "aux"):
                head = tok.head
                for e in self.idx.ents_over(head.left_edge.i, head.right_edge.i + 1):
                    if e.start_char in person_of:
                        return [person_of[e.start_char]]
        return []

    def _hands_command(self, verb) -> bool:
        """The verb hands over one of its meetings.yml `command_handover` objects (`transmettre le commandement`)."""
        return self._handed_object(verb) is not None

    def _handed_object(self, verb):
        """The object of meetings.yml `command_handover` the verb hands over: its `obj`, or the noun right after
        it, which the parser may hang elsewhere (`a transmis vendredi le commandement`, read under `vendredi`)."""
        lemma = verb.lemma_.lower()
        for c in verb.children:
            if c.dep_ == "obj" and (lemma, c.lemma_.lower()) in self.command_handover:
                return c
        for tok in verb.doc[verb.i + 1:min(verb.i + 5, verb.sent.end)]:
            if tok.pos_ == "ADP" or tok.is_punct:
                break
            if tok.pos_ == "NOUN" and (lemma, tok.lemma_.lower()) in self.command_handover:
                return tok
        return None

    def _office_taker(self, sent: Span, person_of: dict[int, str]) -> list[str]:
        """`Le général X a pris ses fonctions ce vendredi`: the named subject of a verb of meetings.yml
        `office_taking` with its object, the incoming officer of a change told without his predecessor."""
        for verb in (sent.doc[i] for i in self.idx.lemmas_in(self.office_taking_verbs, sent.start, sent.end)):
            if verb.pos_ == "VERB" and not _pluperfect(verb) and any(
                    c.dep_ == "obj" and (verb.lemma_.lower(), c.lemma_.lower()) in self.office_taking
                    for c in verb.children):
                named = self._named_in(verb, ("nsubj",), person_of)
                if named:
                    return named
        return []

    def _named_in(self, verb, deps: tuple[str, ...], person_of: dict[int, str]) -> list[str]:
        """The first person named in a complement of `verb` of one of `deps` (not a pronoun): a name the
        parser split off its title (`au général Tod D. Wolters`, `D.` the object) counts whole."""
        for c in verb.children:
            if c.dep_ in deps and c.pos_ != "PRON":
                for e in self.idx.ents_over(c.left_edge.i, c.right_edge.i + 1):
                    if e.start_char in person_of:
                        return [person_of[e.start_char]]
        return []

    def _told_handover(self, sent: Span, person_of: dict[int, str], reach: int = 4) -> list[str]:
        """The two officers of the change a change-of-command noun (meetings.yml `handover`) stands for, told
        before it (`Le général X a succédé au général Y. La passation s'est tenue ...`): the pair of
        `_handover_pair` in the nearest of the `reach` sentences before, not told as past (`X avait
        succédé à Y en 2021`)."""
        return self._change_in(itertools.islice(self.idx.sents_before_char(sent.start_char), reach), person_of)

    def _handover_beside(self, sent: Span, person_of: dict[int, str]) -> list[str]:
        """The two officers of a change told in the sentence right before or right after a bare definite
        ceremony noun (meetings.yml `handover_next`): `X a succédé à Y. La cérémonie s'est tenue à Z`, `La
        prise d'armes était présidée par W. X a succédé à Y`, or in the story's lead (`_lead_sentence`). A sentence
        that dates the change on another day than the ceremony's tells another event."""
        doc = sent.doc
        beside = [s for s in (next(self.idx.sents_before_char(sent.start_char), None),
                              self.idx.sent(sent.end) if sent.end < len(doc) else None) if s is not None]
        days = _days_in(e for e in self.idx.ents_in(sent) if not self._doings_of_someone(e, person_of))
        beside += [lead for lead in [self._lead_sentence()] if lead is not None and lead.end <= sent.start]
        return self._change_in([s for s in beside if not days or not _days_in(self.idx.ents_in(s))
                                or days & _days_in(self.idx.ents_in(s))], person_of)

    def _lead_sentence(self) -> Span | None:
        """The story's lead, the body's first sentence: a change of command it tells (`Le colonel X a transmis
        vendredi le commandement du régiment au colonel Y`) is the one the ceremony told further down marks,
        the sentences between describing the scene."""
        at = bisect_left(self.idx.sent_start_chars, getattr(self, "body_start", 0))
        return self.idx.sents[at] if at < len(self.idx.sents) else None

    def _doings_of_someone(self, ent: Span, person_of: dict[int, str]) -> bool:
        """`présidée par le général X, arrivé la veille au soir à Z`: the entity lies in a bare participle clause
        (no auxiliary, no subject) not on a noun other than a person's, which tells that person's doings, not
        the day of the sentence's event (`La prise d'armes, organisée mardi, ...` is the ceremony's day)."""
        for t in ent.root.ancestors:
            if t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") and not any(
                    c.dep_.startswith(("aux", "nsubj")) for c in t.children):
                noun = t.head if t.dep_ == "acl" else None
                return noun is None or noun.idx in person_of or any(
                    c.idx in person_of for c in noun.children if c.dep_ in ("appos", "flat:name"))
        return False

    def _change_in(self, sentences: Iterable[Span], person_of: dict[int, str]) -> list[str]:
        """The pair of `_handover_pair` in the first of `sentences` that tells a change not as past (`X
        avait succédé à Y en 2021`)."""
        for told in sentences:
            if any(v.lemma_.lower() in self.succession_verbs and _pluperfect(v) for v in told):
                continue
            pair = self._handover_pair(told, person_of)
            if pair:
                return pair
        return []

    def _definite(self, root) -> bool:
        """A meeting noun with a definite or demonstrative determiner (`à la cérémonie`), or after `à` fused with
        the definite article (`aux entretiens`: meetings.yml `definite_prepositions`)."""
        return any(c.dep_ == "det" and c.lower_ in self.anaphoric_determiners
                   or c.dep_ == "case" and c.lower_ in self.definite_prepositions for c in root.children)

    def _bare_definite(self, noun: Span) -> bool:
        """`la cérémonie`, `la prise d'armes`: a meeting noun with a definite or demonstrative determiner
        and no word of its own that says which (`la cérémonie d'hommage`, `la cérémonie franco-britannique`,
        `la cérémonie organisée par X`): the ceremony the story is telling."""
        root = noun.root
        return self._definite(root) and not any(
            c.dep_ in ("nmod", "amod", "acl", "appos") and not noun.start <= c.i < noun.end for c in root.children)

    def _chaired_sitting(self, nouns: list[Span], lowered: str, host: str) -> bool:
        """`La séance, présidée par l'amiral X, a été ouverte ...`: a noun of a session kind with a definite
        determiner whose host is named by one of `chair_markers`: the chair of a sitting, maybe of a conference
        hosted by another."""
        if not host or not nouns or not self.noun_entries[nouns[0].label_].get("session"):
            return False
        if not any(c.dep_ == "det" and c.lower_ in self.anaphoric_determiners for c in nouns[0].root.children):
            return False
        folded = _fold_kept(lowered)
        return any(_word_at(folded, _fold_kept(marker)) >= 0 for marker in self.chair_markers)

    def _attended(self, nouns: list[Span]) -> bool:
        """`X, Y et Z ont également assisté à la cérémonie`: a bare meeting noun with a definite determiner,
        the complement of a verb of attendance (`companion_verbs`), is the meeting just told, and those
        who attended it join it. A noun that says which one (`à la cérémonie franco-britannique`, `à la
        cérémonie organisée à X`) may be another; a side of `presence_nouns` (`Ont assisté à la rencontre, côté
        algérien, X`) says who attended, not which meeting."""
        if not nouns:
            return False
        root = nouns[0].root
        head = root.head
        took_part = any(len(e) > 1 and e[0] == head.lemma_.lower() and any(
            c.lemma_.lower() == e[1] for c in head.children) for e in self.clitic_attendance)  # `a pris part à`
        if root.dep_ not in ("obl:arg", "obl", "obl:mod", "obj") or (
                head.lemma_.lower() not in self.companion_verbs and not took_part):
            return False
        return self._definite(root) and not any(
            c.dep_ in ("amod", "nmod", "acl", "acl:relcl", "appos") and not _person_aside(c)
            and not self._where_held(c) and c.lemma_.lower() not in self.presence_nouns for c in root.children)

    def _where_held(self, clause) -> bool:
        """`à la cérémonie, qui s'est tenue dans la salle des banquets`: a relative clause whose verb is one of
        `anaphoric_verbs` says where or when the meeting took place, not which one it is."""
        return clause.dep_ == "acl:relcl" and clause.lemma_.lower() in self.anaphoric_verbs and any(
            c.dep_.startswith("nsubj") and "Rel" in c.morph.get("PronType") for c in clause.children)

    def _hosts_event(self, clause, verb, nouns: list[Span]) -> bool:
        """`X a rencontré Y, qui accueille le sommet`, `X a eu un échange avec Y, qui accueille la conférence
        avec Z`: a relative clause whose verb hosts (`host: subject`) a meeting noun, its direct object, beside
        a trigger outside the clause, tells who hosts that other meeting: a frame of its own whatever its
        tense (the present of `accueille` says no other time than the main clause's)."""
        if clause.dep_ != "acl:relcl" or clause.i != verb.i or (self._verb_entry(verb) or {}).get("host") != "subject":
            return False
        return any(n.root.head.i == verb.i and n.root.dep_ == "obj" for n in nouns)

    def _proceedings_first(self, nouns: list[Span]) -> list[Span]:
        """`a présidé l'ouverture des travaux du sommet`: a noun of the proceedings of a meeting (flag
        `proceedings`) whose `de` complement is another meeting noun names that meeting (the summit,
        its kind and rule); alone (`les travaux du Comité`) it stays the meeting's noun."""
        if not nouns or not self.noun_entries[nouns[0].label_].get("proceedings"):
            return nouns
        head = nouns[0].root
        inner = next((n for n in nouns[1:] if n.root.head.i == head.i and n.root.dep_ == "nmod"
                      and not self.noun_entries[n.label_].get("proceedings")), None)
        return [inner, *[n for n in nouns if n is not inner]] if inner is not None else nouns

    def _frames(self, doc: Doc, sent: Span, nouns: list[Span], verbs: list, places: list[Span], quotes,
                person_of: dict[int, str]) -> list[Mention]:
        """The mentions of one sentence: one frame per clause that tells of a meeting of its own.
        A meeting verb in a subordinate clause (a relative, an adverbial clause) is its own frame when
        a trigger stands outside that clause and the clause says another time of it (`La visite ...
        constitue la première étape d'une tournée qui le conduira jeudi à Alger, où il doit être reçu
        par X`: a planned audience after the visit told of): its own status. Its people,
        host, date and place are read within the clause; the people named only there leave the
        sentence's other frame."""
        words = _words(span_text(sent))
        if self._attendance(sent, nouns, verbs, places):
            came = self._mention(doc, sent, nouns, verbs, places, quotes, person_of)["people"]
            return [self._presence(sent, came)]
        split = self._earlier_noun_frame(doc, sent, nouns, verbs, places, quotes, person_of)
        if split:
            return split
        for verb in verbs:
            clause = verb.head if verb.dep_ == "xcomp" else verb  # `où il doit être reçu`: the modal's clause
            subordinate = clause.dep_ in ("acl:relcl", "advcl") or _misattached_relative(clause)
            if not subordinate or clause.i == clause.head.i:
                continue
            if self._next_leg_clause(clause, {n.root.i for n in nouns} | {v.i for v in verbs}):
                continue  # `X a reçu Y, avant de se rendre à Z`: the trip goes on, no meeting of its own
            inner = {t.i for t in clause.subtree}
            outside_nouns = [n for n in nouns if n.root.i not in inner]
            outside_verbs = [v for v in verbs if v.i not in inner]
            if not outside_nouns and not outside_verbs:
                continue
            main_trigger = outside_nouns[0].root if outside_nouns else outside_verbs[0]
            own = self._status(sent, verb, words)
            if self._hosts_event(clause, verb, nouns):
                pass  # `X, qui accueille la conférence avec Z`: the clause tells who hosts another meeting
            elif not own or own == self._status(sent, main_trigger, words) and not self._earlier_clause(
                    clause, verb, main_trigger, places, person_of) and not self._own_day_clause(
                    sent, verb, inner, person_of):
                continue  # the same time told twice: one frame (`se rendra à Vilnius, où elle participera au sommet`)
            span = doc[clause.left_edge.i : clause.right_edge.i + 1]
            inner_nouns = [n for n in nouns if n.root.i in inner]
            inner_verbs = [v for v in verbs if v.i in inner]
            framed = self._mention(doc, span, inner_nouns, inner_verbs,
                                   [p for p in places if p.root.i in inner], quotes, person_of)
            relative = any(c.lower_ in self.grammar.place_relatives and c.i < clause.i for c in clause.children)
            if relative:  # `à Alger, où il doit être reçu`: the place and the day of the clause it hangs on
                framed["location"] = self._relative_place(verb, inner_verbs) or framed["location"]
                framed["date"] = _mention_date(sent, self.idx.ents_in(sent), clause.head, quotes,
                                               self.anchored) or framed["date"]
            for key in framed["guests"] + [framed["host"]] + _antecedent(clause, person_of):
                if key and key not in framed["people"]:
                    framed["people"].append(key)
            main = self._mention(doc, sent, outside_nouns, outside_verbs, places, quotes, person_of)
            outside = {person_of[e.start_char] for e in self.idx.ents_in(sent) if e.start_char in person_of
                       and e.root.i not in inner}
            main["people"] = [k for k in main["people"] if k in outside]
            main["guests"] = [k for k in main["guests"] if k in outside]
            if main["location"] and main["location"] in span.text and main["location"] not in (
                    doc[sent.start : span.start].text + " " + doc[span.end : sent.end].text):
                main["location"] = ""  # a place of the other clause
            if main["host"] and main["host"] not in outside:
                main["host"], main["strong_host"] = "", False
            if relative and not main["date"] and self._earlier_clause(clause, verb, main_trigger, places, person_of):
                main["date"] = framed["date"]  # `Arrivé jeudi à A, d'où ...`: the day the clause hangs on
            return [main, framed]
        coordinated = (self._travel_then_meeting_frames(doc, sent, nouns, verbs, places, quotes, person_of)
                       or self._clause_meeting_frames(doc, sent, nouns, verbs, places, quotes, person_of)
                       or self._relative_noun_frames(doc, sent, nouns, verbs, places, quotes, person_of)
                       or self._coordinated_frames(doc, sent, nouns, verbs, places, quotes, person_of)
                       or self._announced_frames(doc, sent, nouns, verbs, places, quotes, person_of)
                       or self._sequence_frames(doc, sent, nouns, verbs, places, quotes, person_of)
                       or self._partnered_nouns_frames(doc, sent, nouns, verbs, places, quotes, person_of)
                       or self._dated_nouns_frames(doc, sent, nouns, verbs, places, quotes, person_of))
        if coordinated:
            return coordinated
        mention = self._mention(doc, sent, nouns, verbs, places, quotes, person_of)
        frames = self._separate(mention, nouns, verbs, person_of)
        if len(frames) == 1 and nouns and not verbs:
            self._conducted_in_clause(frames[0], nouns[0], quotes)
        if len(frames) == 1:
            frames = self._agent_chain(frames, sent, verbs, places, person_of)
        frames = self._partner_chain(frames, nouns, verbs, person_of) if len(frames) == 1 else frames
        if len(frames) == 1:
            frames = frames + self._held_after_all(sent, frames[0])
        return (frames + self._sequel_noun_frames(doc, sent, frames, nouns, places, quotes, person_of)
                + self._programme_sequel_frames(doc, sent, frames, nouns, places, quotes, person_of))

    def _held_after_all(self, sent: Span, mention: Mention) -> list[Mention]:
        """`la réunion prévue à Accra le 12 août avait été reportée, avant de se tenir finalement les 17
        et 18 août`: a meeting called off or put back whose sentence goes on with a verb of taking place
        (`venue_verbs`: `se tenir`, `avoir lieu`) of its own day or days, not the verb the meeting hangs
        on: the meeting was held after all, on those days. The planned day keeps its called-off meeting;
        the held one is another, dated by the days of that verb. `prévue le 12 août` alone stays planned."""
        if mention["status"] not in ("cancelled", "postponed"):
            return []
        for verb in sent:
            if verb.pos_ not in ("VERB", "AUX") or not self._venue(verb) or "Inf" not in verb.morph.get("VerbForm"):
                continue
            days = [e for e in self.idx.ents_in(sent) if e.label_ == "DATE" and granularity(e._.normalized) in (
                "day", "range") and _governing_verb(e.root).i == verb.i and e._.normalized != mention["date"]]
            if len(days) == 1:
                return [{**mention, "date": days[0]._.normalized, "status": "held", "until": "",
                         "refers_back": False, "anaphoric": False}]
        return []

    def _own_day_clause(self, sent: Span, verb, inner: set[int], person_of: dict[int, str]) -> bool:
        """`X devait rencontrer Y, qui sera reçu mardi 27 mai par Z`: a relative clause whose meeting verb
        names a person of its own after it and a day of its own, one the rest of the sentence does not
        give: another meeting, at another time, although both are told in the same tense. A clause naming
        no day (`qui l'a reçu au palais`), or the sentence's day again, stays one frame; so does one told
        before the story's time (`qui avait signé la veille un accord avec Z`: a background of the talks)."""
        if not (verb.dep_ == "acl:relcl" or _misattached_relative(verb)) or not any(
                t.idx in person_of for t in verb.subtree if t.i > verb.i):
            return False
        if _pluperfect(verb) or _told_before(verb):
            return False
        days = [e for e in self.idx.ents_in(sent) if e.label_ == "DATE" and e._.normalized]
        own = {e._.normalized for e in days if e.root.i in inner}
        return bool(own) and not own & {e._.normalized for e in days if e.root.i not in inner}

    def _earlier_clause(self, clause, verb, main_trigger, places: list[Span], person_of: dict[int, str]) -> bool:
        """`Arrivé à A en provenance de B, où il avait rencontré X, le ministre a été reçu par Y`: a
        relative clause of place (`où`) in the pluperfect, whose meeting verb names a person of its own,
        under a main trigger told in the story's time: an earlier meeting elsewhere, a frame of its own
        although both are held. A main trigger itself in the pluperfect, or a clause naming nobody
        (`où il avait été reçu`), stays one frame."""
        if not (_told_before(verb) or _pluperfect(verb)) or _told_before(_governing_verb(main_trigger)) or (
                _pluperfect(_governing_verb(main_trigger))):
            return False
        if not any(c.lower_ in self.grammar.place_relatives and c.i < clause.i for c in clause.children):
            return False
        return any(t.idx in person_of for t in verb.subtree if t.i > verb.i)

    def _agent_chain(self, frames: list[Mention], sent: Span, verbs: list, places: list[Span],
                     person_of: dict[int, str]) -> list[Mention]:
        """`X doit être reçu par A, puis, vendredi, par B`: a passive host verb with two agents or more,
        each its own `par` phrase naming someone else: one meeting per agent, each hosted by its agent and
        attended by the verb's guests; a day written between two agents dates the later ones, a place
        opening the later agent's conjunct (`puis à la Kasbah par B`) places it.
        `X a été reçu par A et B` (one `par`: co-hosts of one meeting) stays one."""
        mention = frames[0]
        for verb in verbs:
            entry = self._verb_entry(verb)
            if entry is None or entry.get("host") != "subject" or not _passive(verb):
                continue
            agents = [c for c in verb.children if c.dep_ == "obl:agent"
                      and any(k.dep_ == "case" and k.lower_ == "par" for k in c.children)]
            agents = sorted(agents + _agent_conjuncts(agents, self.grammar.and_words), key=lambda a: a.i)
            keys = []
            for agent in agents:
                named = [person_of[t.idx] for t in agent.subtree if t.idx in person_of]
                keys.append(named[0] if named else "")
            if len(agents) < 2 or not all(keys) or len(set(keys)) != len(keys):
                continue
            guests = [g for g in mention["guests"] if g not in keys] or [
                k for k in mention["people"] if k not in keys]
            if not guests:
                continue
            days = [e for e in self.idx.ents_in(sent) if e.label_ == "DATE" and e._.normalized]
            named_at = [max(t.i for t in _own_subtree(a, agents) if t.idx in person_of) for a in agents]
            later = [e._.normalized for e in days if e.start > named_at[0]]
            earlier = [e._.normalized for e in days if e.start < agents[0].left_edge.i]
            chain, date = [], earlier[-1] if earlier and mention["date"] in later else mention["date"]
            location = mention["location"]
            for n, (agent, key) in enumerate(zip(agents, keys, strict=True)):
                if n:  # the parser may hang the day on the agent before: after its name, before this `par`
                    opening = min((k.i for k in agent.children if k.dep_ == "case"), default=agent.left_edge.i)
                    between = [e for e in days if named_at[n - 1] < e.start < opening]
                    date = between[-1]._.normalized if between else date
                    if agent.dep_ == "obl:agent" and agent.head.dep_ == "conj":  # `puis à la Kasbah par B`
                        location = next((p.text for p in [*places, *self.idx.ents_in(sent)] if p.start <= agent.head.i
                                         < p.end and (p.label_ == "LOC" or p in places)), location)
                chain.append({**mention, "host": key, "guests": list(guests), "people": [key, *guests],
                              "date": date, "strong_host": True, "location": location,
                              **({"apart_from": mention["start_char"]} if n else {})})
            return chain
        return frames

    def _partner_chain(self, frames: list[Mention], nouns: list[Span], verbs: list,
                       person_of: dict[int, str]) -> list[Mention]:
        """`X s'est entretenu avec A, puis avec B`: the meeting word's partner phrase (`partner_words`)
        followed by conjuncts each with a partner word of its own and no `et`: one talk per partner, in
        turn, between the others of the frame and that partner; the host stays with the partner it is.
        Each meeting noun is tried in turn: a first one with no partner of its own is the landmark the talks
        are told against (`En marge de la réunion, X a eu un entretien avec A, puis avec B`, `À l'issue de la
        cérémonie, ...`), not the talks. `X s'est entretenu avec A et B`, `avec A et avec B` (one meeting of
        all) stay one."""
        mention = frames[0]
        for trigger in [n.root for n in nouns] + list(verbs[:1]):
            keys = next(filter(_one_each, (self._partners_in_turn(trigger, person_of),
                                           self._partners_in_order(trigger, person_of))), [])
            core = [k for k in mention["people"] if k not in keys]
            if not keys or not core:
                continue
            chain = []
            for n, key in enumerate(keys):
                host = mention["host"] if mention["host"] in (key, *core) else ""
                chain.append({**mention, "people": [*core, key], "host": host,
                              "strong_host": mention["strong_host"] and bool(host),
                              "guests": [g for g in mention["guests"] if g in (key, *core)],
                              **({"apart_from": mention["start_char"]} if n else {})})
            return chain
        return frames

    def _partners_in_turn(self, trigger, person_of: dict[int, str]) -> list[str]:
        """The partners of `_partner_chain` read from the parse: the trigger's one partner phrase, then the
        conjuncts the parser hangs on it or on the trigger, each with a partner word and no `et`; the one
        person named in each phrase ("" where none or several)."""
        phrases = [c for c in trigger.children if c.dep_.startswith(("obl", "nmod")) and c.i > trigger.i
                   and self._with_partner(c)]
        if len(phrases) != 1:
            return []
        phrases += [c for c in [*phrases[0].children, *trigger.children] if c.dep_ == "conj"
                    and c.pos_ in ("NOUN", "PROPN") and self._with_partner(c) and not self._and_joined(c)]
        keys = []
        for phrase in phrases:
            named = {person_of[t.idx] for t in _own_subtree(phrase, phrases) if t.idx in person_of}
            keys.append(named.pop() if len(named) == 1 else "")
        return keys

    def _partners_in_order(self, trigger, person_of: dict[int, str]) -> list[str]:
        """The partners of `_partner_chain` read in word order when the parser hung the first partner
        phrase on another word (`s'est entretenu en marge du forum avec son homologue, A, ainsi qu'avec
        B`): after the trigger, with no verb between, a partner word, then each later partner word
        opening a conjunct with no `et` (`puis avec`, `ainsi qu'avec`); the one person named from each
        partner word to the next. A later partner word opening no conjunct sits inside a phrase of the
        one before (`puis avec Y, invité à la séance sur les partenariats avec l'ONU`): no partner of its
        own. `avec A et avec B` and a partner word of another clause only (`avec A, qui a signé un accord
        avec B`) give none."""
        doc, lower = trigger.doc, self.idx.lower
        sent = trigger.sent
        starts = [i for i in range(trigger.i + 1, sent.end) if lower[i] in self.partner_words]
        if len(starts) < 2 or any(doc[i].pos_ in ("VERB", "AUX") for i in range(trigger.i + 1, starts[0])):
            return []
        starts = starts[:1] + [i for i in starts[1:] if doc[i].head.dep_ == "conj"]
        if len(starts) < 2 or any(self._and_joined(doc[i].head) for i in starts[1:]):
            return []
        keys = []
        for start, end in zip(starts, [*starts[1:], sent.end], strict=True):
            named = {person_of[t.idx] for t in doc[start:end] if t.idx in person_of}
            keys.append(named.pop() if len(named) == 1 else "")
        return keys

    def _and_joined(self, conjunct) -> bool:
        """The conjunct is joined by `et` (`avec A et avec B`: one meeting of all)."""
        return any(k.dep_ == "cc" and k.lower_ in self.grammar.and_words for k in conjunct.children)

    def _sequel_noun_frames(self, doc: Doc, sent: Span, frames: list[Mention], nouns: list[Span],
                            places: list[Span], quotes, person_of: dict[int, str]) -> list[Mention]:
        """`X a été reçu par A, puis par B, avant une audience au Vatican avec C`: a meeting noun in a
        circumstance of time of the sentence's verb (`_in_sequence`), with a partner phrase of its own
        (`partner_words`) naming one person none of the frames holds: another meeting, between the
        frames' guests (else their subject) and that person, with the place its phrase names, on the
        frames' day; that person leaves the frames. `avant un entretien avec A` (A named elsewhere in the
        sentence too) adds nothing."""
        if not frames or not nouns:
            return []
        core = frames[0]["guests"] or frames[0]["subject"]
        added = []
        for noun in nouns:
            root = noun.root
            verb = _governing_verb(root)
            if verb.i == root.i or not core or not self._in_sequence(noun, verb):
                continue
            inner = {t.i for t in root.subtree}
            told = {person_of[t.idx] for t in sent if t.idx in person_of and t.i not in inner}
            partners = [c for c in root.children if c.i > root.i and self._with_partner(c)]
            named = {person_of[t.idx] for c in partners for t in c.subtree if t.idx in person_of}
            if len(partners) != 1 or len(named) != 1 or named & told:
                continue
            span = doc[root.left_edge.i : root.right_edge.i + 1]
            framed = self._mention(doc, span, [noun], [], [p for p in places if span.start <= p.start < span.end],
                                   quotes, person_of)
            framed["people"] = list(dict.fromkeys([*core, *named]))
            framed["guests"] = [k for k in framed["guests"] if k in framed["people"]]
            if framed["host"] not in framed["people"]:
                framed["host"], framed["strong_host"] = "", False
            framed["date"] = framed["date"] or frames[0]["date"]
            framed["status"] = framed["status"] or frames[0]["status"]
            framed["separate"] = True  # grouping: a meeting of its own, not one of the frames told
            added.append(framed)
            for frame in frames:
                frame["people"] = [k for k in frame["people"] if k not in named]
                frame["guests"] = [k for k in frame["guests"] if k not in named]
        return added

    def _programme_sequel_frames(self, doc: Doc, sent: Span, frames: list[Mention], nouns: list[Span],
                                 places: list[Span], quotes, person_of: dict[int, str]) -> list[Mention]:
        """`Les deux présidents ont eu un tête-à-tête au palais, avant un dîner officiel`: one frame told
        between two people or more, then an event of a visit's programme (its kind one of
        `programme_kinds`) announced with an indefinite article in a circumstance of time of the
        sentence's verb (`_in_sequence`): a second event of the same people on the same day, under the
        same host, apart from the frame's. `avant le dîner officiel` (one already known, a landmark) and
        `avant une conférence de presse` (no programme event) stay in the one meeting."""
        if len(frames) != 1 or len(frames[0]["people"]) < 2 or frames[0]["side"]:
            return []
        frame = frames[0]
        for noun in nouns:
            root = noun.root
            verb = _governing_verb(root)
            kind = self.noun_entries[noun.label_]["kind"]
            if verb.i == root.i or kind.lower() not in self.programme_kinds or kind == frame["kind"]:
                continue
            if not self._in_sequence(noun, verb) or not any(
                    c.dep_ == "det" and c.lower_ in self.grammar.indefinite_articles for c in root.children):
                continue
            span = doc[root.left_edge.i : root.right_edge.i + 1]
            framed = self._mention(doc, span, [noun], [], [p for p in places if span.start <= p.start < span.end],
                                   quotes, person_of)
            framed.update(people=list(frame["people"]), host=frame["host"], strong_host=frame["strong_host"],
                          guests=list(frame["guests"]), date=framed["date"] or frame["date"],
                          status=framed["status"] or frame["status"], apart_from=frame["start_char"],
                          landmark=True)  # grouping: never the frame's meeting, placed after it (its host carried)
            return [framed]
        return []

    def _per_partner(self, noun, verb) -> bool:
        """`des entretiens avec A, B et C`, `X a eu des rencontres avec A et B`: a noun of `per_partner_nouns`
        in the plural whose partners are its own `avec` complements (or its verb's, the noun its object, or
        those of the object it completes: `X a tenu une série d'entretiens avec A et B`), or hung by the
        parser on a qualifier after the noun (`des entretiens en aparté avec A et B`);
        `En marge des entretiens, X a participé à des réunions avec A et B`: the talks are only a landmark."""
        if noun.lemma_.lower() not in self.per_partner_nouns or "Plur" not in noun.morph.get("Number"):
            return False
        holder = noun.head if noun.dep_ == "nmod" and noun.head.dep_ == "obj" else noun
        heads = (noun, holder, verb) if holder.dep_ == "obj" else (noun,)
        phrases = [c for head in heads for c in head.children]
        qualifiers = [c for c in phrases if c.i > noun.i and c.dep_ in ("amod", "nmod", "obl:mod")]
        return any(self._with_partner(c) for c in [*phrases, *(g for q in qualifiers for g in q.children)])

    def _with_partner(self, token) -> bool:
        """The token opens a phrase of its own with one of `partner_words` (`avec le président`)."""
        return any(k.dep_ == "case" and k.lower_ in self.partner_words for k in token.children)

    def _separate(self, mention: Mention, nouns: list[Span], verbs: list, person_of: dict[int, str]) -> list[Mention]:
        """`X a eu des entretiens séparés avec A et B`, `X s'est entretenu séparément avec A puis B`: the
        meeting noun qualified by one of `separate_words`, or its verb: one meeting between the
        subject and each other person. So too a plural talk noun with its partners (`_per_partner`) and
        one person as subject (`X a eu des entretiens avec A, B et C`; a pronoun subject counts). Without
        a person as subject nothing is split; `X a eu un entretien avec A et B`, `X s'est entretenu avec A
        et B` stay one meeting. A landmark noun before the talks (`Après la cérémonie, X a eu des
        entretiens avec A et B`) is not the talks' noun (`_after_other`)."""
        nouns = self._after_other(nouns)
        trigger = nouns[0].root if nouns else (verbs[0] if verbs else None)
        if trigger is None:
            return [mention]
        verb = _governing_verb(trigger)
        marks = [c for t in (trigger, verb) for c in t.children if c.dep_ in ("amod", "acl", "advmod")]
        marked = any(c.lemma_.lower() in self.separate_words or c.lower_ in self.separate_words for c in marks)
        in_turn = self._in_turn(trigger.sent, {trigger.i, verb.i}) and not (
            verb.lemma_.lower() in self.in_turn_arrivals or trigger.lemma_.lower() in self.in_turn_arrivals)
        marked = marked or in_turn
        plural = bool(nouns) and self._per_partner(trigger, verb)
        if not marked and not plural:
            return [mention]
        core = [k for k in mention["subject"] if k in mention["people"]] or (
            [mention["host"]] if mention["host"] in mention["people"] else [])
        if in_turn and mention["strong_host"] and mention["host"] in mention["people"] and len(
                mention["guests"]) > 1:  # `A et B ont été reçus l'un après l'autre par X`: X receives each
            core = [mention["host"]]
        if not core and plural:  # `Il a eu des entretiens avec A et B`: the pronoun's person
            core = self._pronoun_subject(verb, person_of)
        others = [k for k in mention["people"] if k not in core]
        if not core or len(others) < 2 or (not marked and len(core) > 1):
            return [mention]
        frames = []
        for other in others:
            frame = {**mention, "people": [*core, other], "guests": [g for g in mention["guests"] if g == other],
                     "separate": True}
            frames.append(frame)
        return frames

    def _in_turn(self, sent: Span, heads: set[int]) -> bool:
        """`X a reçu successivement A et B`, `X s'est entretenu tour à tour avec A et B`, `A et B ont été reçus
        l'un après l'autre par X`: a phrase of `in_turn_words` telling several meetings in turn, one with each.
        It must qualify the meeting's verb (or noun): the first verb above it in the parse is that one, not
        the verb of a clause within (`avec qui il a passé en revue les dossiers l'un après l'autre`)."""
        if self.in_turn is None:
            return False
        text = span_text(sent).lower().replace("\u2019", "'")
        for found in self.in_turn.finditer(text):
            token = sent.doc.char_span(sent.start_char + found.start(), sent.start_char + found.end(),
                                       alignment_mode="expand")
            if token is None:
                continue
            word = token[0]
            for _ in range(len(sent)):  # up the parse to the first verb (a word and its head never loop forever)
                if word.i in heads:
                    return True
                if word.pos_ in ("VERB", "AUX") or word.head is word:
                    break
                word = word.head
        return False

    @staticmethod
    def _paired(nouns: list[Span], verbs: list) -> bool:
        """`X s'est ensuite entretenue avec Y, dans le cadre du dialogue annuel`: a meeting verb between
        people, its meeting nouns only circumstances of it (not its subject nor its object): the verb
        tells who met, as a verb alone does."""
        heads = {v.i for v in verbs}
        return bool(verbs) and bool(nouns) and all(
            _governing_verb(n.root).i in heads and n.root.dep_.startswith(("obl", "nmod")) for n in nouns)

    def _partnered_object(self, nouns: list[Span], verbs: list, person_of: dict[int, str]) -> list[str]:
        """`Il a ensuite animé une conférence de presse conjointe avec Y`: the first meeting noun, the object
        of a verb that tells no meeting, with a partner phrase (`avec Y`, on the noun or after it on the verb)
        naming a person (`_partner_named`), the
        verb's subject a pronoun: the person that pronoun stands for (`_pronoun_subject`) meets Y; the
        noun tells who met, as a meeting verb does (`paired`). A named subject is read already; a noun
        with no partner phrase (`il a animé une conférence de presse`) names no pair. After a verb of
        `holding_verbs` the parser may read the plural article as a preposition (`Elle a mené des
        consultations avec Y`: `des` a case, the noun `obl:arg`): the same object."""
        if not nouns or nouns[0].root.head.i in {v.i for v in verbs}:
            return []
        root = nouns[0].root
        if root.dep_ != "obj" and not (root.dep_ == "obl:arg" and self._held_noun(root)):
            return []
        phrases = [*root.children, *(c for c in root.head.children if c.i > root.i and c.dep_.startswith("obl"))]
        if not any(self._with_partner(c) and self._partner_named(c, person_of) for c in phrases):
            return []
        return self._pronoun_subject(root.head, person_of)

    def _held_noun(self, noun) -> bool:
        """`Elle a mené des consultations`, `il a eu des entretiens`: the noun after a plural article the
        parser read as a preposition (`des`, a `case` of the noun), on a verb of `holding_verbs`: its object."""
        return noun.head.lemma_.lower() in self.holding_verbs and any(
            k.dep_ == "case" and k.lower_ in self.grammar.plural_determiners and k.i < noun.i for k in noun.children)

    @staticmethod
    def _partner_named(phrase, person_of: dict[int, str]) -> bool:
        """The partner phrase names a person, within it or in the apposition right after it, before any verb
        (`avec le chef d'état-major nigérien, le général X`: the parser may hang the name on another word)."""
        if any(t.idx in person_of for t in phrase.subtree):
            return True
        for token in phrase.doc[phrase.right_edge.i + 1 : phrase.sent.end]:
            if token.pos_ in ("VERB", "AUX") or token.lower_ in (";", ":"):
                return False
            if token.idx in person_of:
                return True
        return False

    def _joins_party(self, verbs: list) -> bool:
        """`Le président X et le Premier ministre Y ont rejoint la délégation belge`: a verb of
        `companion_verbs` whose object is a group of `group_words` with a definite or possessive
        determiner (the party already told): its subject joins the meeting spoken of."""
        return any(v.lemma_.lower() in self.companion_verbs and any(
            c.dep_ in ("obj", "obl:arg") and c.lemma_.lower() in self.group_words and any(
                d.dep_ == "det" and (d.lower_ in self.grammar.definite_articles
                                     or d.lower_ in self.grammar.possessive_determiners) for d in c.children)
            for c in v.children) for v in verbs)

    def _beside(self, nouns: list[Span], verbs: list, person_of: dict[int, str]) -> bool:
        """The meeting noun of the sentence sits in a circumstance set before a meeting verb, headed by
        one of `sequence_prepositions` (`Avant l'ouverture des travaux, X s'est entretenu avec Y`,
        `Après le sommet, X a reçu Y`), and the verb's clause names two people or more (a pronoun
        subject counts): the verb tells a meeting of its own beside the noun's, between its people.
        `X a reçu Y au siège, après une cérémonie` (the circumstance after the verb: the welcome of that
        visit), `Avant la cérémonie, X s'est entretenu avec des élus` (nobody named with X) stay one."""
        if not nouns or not verbs:
            return False
        if not self._names_two(verbs, person_of):
            return False
        heads = {v.i for v in verbs}
        if any(n.root.head.i in heads and not n.root.dep_.startswith("obl") for n in nouns):
            return False  # `X a ouvert le sommet`: the verb's own noun
        for noun in nouns[:1]:  # the noun that names the kind; others (`soucieuse de voir le sommet`) are asides
            token, seen = noun.root, 0
            while token.head.i not in heads and token.head.i != token.i and seen < 6:
                token, seen = token.head, seen + 1
            if token.head.i not in heads or token.i > token.head.i or not token.dep_.startswith("obl") or not any(
                    c.dep_ == "case" and c.lemma_.lower() in self.sequence_prepositions for c in token.children):
                return False
        return True

    def _names_two(self, verbs: list, person_of: dict[int, str]) -> bool:
        """The clauses of the meeting verbs name two people or more (a pronoun subject counts)."""
        named = {person_of[t.idx] for v in verbs for t in v.subtree if t.idx in person_of}
        pronoun = any(c.dep_ == "nsubj" and c.lower_ in self.grammar.subject_pronouns
                      for v in verbs for c in v.children)
        return len(named) + pronoun >= 2

    def _talks_by_landmark(self, nouns: list[Span], verbs: list, person_of: dict[int, str]) -> bool:
        """`X s'est entretenu avec Y à l'issue de la cérémonie`, `X et Y se sont entretenus au palais,
        avant une cérémonie de signature`: a verb of talks (its kind one of `talks_kinds`: `s'entretenir`,
        `discuter`) naming two people or more, every meeting noun of the sentence in a circumstance of
        time of that verb (`_in_sequence`), wherever it stands: the verb tells talks of their own; the
        nouns are only their landmark. A host verb (`X a reçu Y au siège, après une cérémonie`: the
        welcome of that event) and a noun the verb's own (`ils se sont entretenus lors du sommet`) stay."""
        talks = [v for v in verbs if (self._verb_entry(v) or {}).get("kind", "").lower() in self.talks_kinds]
        if not nouns or not talks or not self._names_two(talks, person_of):
            return False
        return all(any(self._in_sequence(n, v) for v in talks) for n in nouns)

    def _told_landmarks(self, nouns: list[Span], verbs: list) -> set[int]:
        """`X a reçu Y au lendemain de la réunion présidée par Z`, `X a reçu Y quinze jours après la visite
        de Z`, `X a effectué une visite dans le prolongement du déplacement de Z`: a meeting noun headed by a
        sequence preposition, or the `de` complement of a sequence or landmark noun (`_landmark_phrase`),
        other than the noun that tells the meeting (the first, when no verb does), names another event: the
        heads of those phrases, whose people leave the meeting (its kind, day, place and host stay as read).
        `X a reçu Y lors de la réunion présidée par Z` is that meeting: Z stays; so is a landmark holding every
        meeting word of the sentence (`annoncée au terme d'une réunion convoquée par Z avec Y`)."""
        own = nouns[0].root.i if nouns and not verbs else None
        words = [v.i for v in verbs] + [n.root.i for n in nouns]
        return {self._prospect_clause(n.root) for n in nouns if n.root.i != own and self._landmark_phrase(n.root)
                and not set(words) <= {t.i for t in n.root.subtree}}

    def _landmark_after(self, nouns: list[Span], verbs: list) -> int | None:
        """`Cette rencontre intervient après la visite de X`, `La réunion intervenait au lendemain de la
        rencontre organisée par Y`: the meeting noun that tells the meeting is the subject of its clause with
        a demonstrative or definite determiner (it points back to the meeting already told), and its verb
        (none of `anaphoric_verbs`, which tell where and when it took place) sets it before or after another
        event, in a circumstance after the verb headed by one of `sequence_prepositions` or a noun of
        `sequence_nouns` (`au lendemain de`). The sentence adds only that landmark: the offset where its
        circumstance opens, after which the people named took part in the other event, even when nobody
        else is named (the parser may hang a long title anywhere past it). None when a meeting verb tells a
        meeting (`X a reçu Y après la visite de Z`: the verb's meeting; `... après celle de Y, reçue le
        23 janvier par Z`: that earlier meeting, told with its own day)."""
        if not nouns:
            return None
        noun = nouns[0].root
        if noun.dep_ not in ("nsubj", "nsubj:pass") or not any(
                c.dep_ == "det" and c.lower_ in self.anaphoric_determiners for c in noun.children):
            return None
        verb = noun.head
        if verb.lemma_.lower() in self.anaphoric_verbs:
            return None  # `La réunion s'est tenue après l'arrivée du ministre X`: where and when it took place
        for child in verb.children:
            if child.i < verb.i or not child.dep_.startswith("obl"):
                continue
            if any(c.dep_ == "case" and c.lemma_.lower() in self.sequence_prepositions for c in child.children) or (
                    child.lemma_.lower() in self.sequence_nouns):
                start = child.left_edge.i
                if self._pair_meeting(child):
                    return None  # `... trois mois après la rencontre entre A et B`: that past meeting keeps its people
                if not verbs:
                    return start
                dated = any(e.label_ == "DATE" and e.start >= start for e in self.idx.ents_in(nouns[0].sent))
                return start if not dated and all(v.i >= start for v in verbs) else None  # the landmark's verb
        return None

    def _pair_meeting(self, token) -> bool:
        """The landmark is a meeting noun with a complement of its two sides (`pair_prepositions`: `la rencontre
        entre A et B`): a past meeting between them, told with its own people, not one person's doing."""
        return (token.lower_ in self.noun_words or token.lemma_.lower() in self.noun_words) and any(
            c.dep_ == "nmod" and any(k.dep_ == "case" and k.lower_ in self.pair_prepositions for k in c.children)
            for c in token.children)

    def _prospect_clause(self, token) -> int:
        """The head of the phrase naming a landmark noun's event: the verb of preparing it (`préparer le
        sommet entre Z et W`, the parse often hanging `entre Z et W` on the verb), else the noun."""
        return token.head.i if self._prepared(token) else token.i

    def _prepared(self, token) -> bool:
        """The meeting noun is the object of one of `landmark_verbs` (`préparer le sommet`)."""
        return token.dep_ == "obj" and token.head.lemma_.lower() in self.landmark_verbs

    def _landmark_phrase(self, token) -> bool:
        """`après la visite`, `au lendemain de la réunion`, `dans le prolongement du déplacement`: the
        token's own preposition sets a time (`sequence_prepositions`), or it is the complement of a noun
        of `sequence_nouns` or `landmark_nouns` before it, wherever the parse hangs the phrase. A meeting
        only in prospect is another event too: the object of one of `landmark_verbs` (`pour préparer le
        sommet entre Z et W`) or qualified by one of `prospect_words` (`une éventuelle rencontre`)."""
        if any(c.dep_ == "case" and c.lemma_.lower() in self.sequence_prepositions for c in token.children):
            return True
        if self._in_prospect(token):
            return True
        head = token.head
        return (token.dep_ == "nmod" and head.i < token.i
                and head.lemma_.lower() in self.sequence_nouns | self.landmark_nouns)

    def _in_prospect(self, token) -> bool:
        """The meeting noun is qualified by one of `prospect_words` (`une éventuelle rencontre`) or is the
        object of one of `landmark_verbs` (`préparer le sommet`)."""
        if any(c.dep_ == "amod" and c.lower_ in self.prospect_words for c in token.children):
            return True
        return self._prepared(token)

    @staticmethod
    def _without_landmark_people(doc: Doc, people: list[str], landmarks: set[int], ents: list[Span],
                                 person_of: dict[int, str], least: int = 2) -> list[str]:
        """`X a rencontré Y au lendemain du sommet entre les présidents Z et W`: the people named inside a
        landmark meeting noun (`_in_sequence`) took part in that other event, not in the one the sentence
        tells, when `least` others remain (none left: the sentence names only the landmark's people). Who
        is named outside the landmark too stays. `X a rencontré Y à l'issue de la cérémonie` loses no one."""
        if not landmarks:
            return people
        inner = {t.idx for i in landmarks for t in doc[i].subtree}
        theirs = {person_of[e.start_char] for e in ents if e.start_char in inner and e.start_char in person_of}
        theirs -= {person_of[e.start_char] for e in ents if e.start_char not in inner and e.start_char in person_of}
        kept = [k for k in people if k not in theirs]
        return kept if len(kept) >= least else people

    def _in_sequence(self, noun: Span, head) -> bool:
        """The noun sits in a circumstance of `head` that sets a time before or after it: headed by one
        of `sequence_prepositions` (`après la cérémonie`), or the `de` complement of one of
        `sequence_nouns` (`à l'issue de la cérémonie`, `au terme de la visite`)."""
        token, seen = noun.root, 0
        while token.head.i != head.i and token.head.i != token.i and seen < 6:
            token, seen = token.head, seen + 1
        if token.head.i != head.i or not token.dep_.startswith("obl"):
            return False
        if any(c.dep_ == "case" and c.lemma_.lower() in self.sequence_prepositions for c in token.children):
            return True
        return token.lemma_.lower() in self.sequence_nouns and token.i < noun.root.i

    def _after_other(self, nouns: list[Span]) -> list[Span]:
        """`A l'issue de la cérémonie, X et Y ont eu un entretien`: the first meeting noun sits in a
        circumstance of time of a verb whose object or subject is another meeting noun: the sentence
        tells that other meeting, after or before the first (which is only its landmark). The nouns of
        the circumstance leave the mention. `X a ouvert la réunion après la cérémonie` keeps its first
        noun (the verb's own); one noun alone stays."""
        if len(nouns) < 2:
            return nouns
        head = _governing_verb(nouns[0].root)
        if not self._in_sequence(nouns[0], head):
            return self._before_other(nouns, head)
        core = [n for n in nouns[1:] if n.root.head.i == head.i and n.root.dep_ in ("obj", "nsubj", "nsubj:pass")
                or _manner_complement(n, head)]
        if not core:
            return nouns
        return [n for n in nouns if not self._in_sequence(n, head)]

    def _before_other(self, nouns: list[Span], head) -> list[Span]:
        """`Ils ont eu un entretien en tête-à-tête avant la cérémonie`: the verb's own meeting noun
        first, a later one in a circumstance of time of that verb (its landmark) leaves the mention."""
        if nouns[0].root.head.i != head.i or nouns[0].root.dep_ not in ("obj", "nsubj", "nsubj:pass"):
            return nouns
        later = [n for n in nouns[1:] if self._in_sequence(n, head)]
        return [n for n in nouns if n not in later] if later else nouns

    def _attendance(self, sent: Span, nouns: list[Span], verbs: list, places: list[Span]) -> bool:
        """`X, Y et Z ont fait le déplacement`: the only meeting word the object, with a definite
        article, of a verb of `attendance_phrases`, in a sentence naming no place nor day: who came to
        the meeting spoken of."""
        if verbs or len(nouns) != 1:
            return False
        root, triggers = nouns[0].root, {n.root.i for n in nouns}
        # a place of a title (`le bourgmestre de Florennes`) or of an origin (`X du Niger`, `venus du Golfe`)
        # is no place of the coming, nor a day of another verb (`arrivés la veille`) its day
        if any(not _of_noun(e.root, triggers, self.grammar.of_words)
               and not (e.label_ != "DATE" and _origin(e.root, self.grammar.of_words))
               and not (e.label_ == "DATE" and e.root.head.pos_ == "VERB" and e.root.head.i != root.head.i)
               for e in [*places, *self.idx.ents_in(sent)] if e.label_ in ("DATE", "GPE", "LOC") or e in places):
            return False
        return (root.dep_ == "obj" and (root.head.lemma_.lower(), root.lemma_.lower()) in self.attendance_phrases
                and any(c.dep_ == "det" and c.lower_ in self.grammar.definite_articles for c in root.children))

    def _announced_frames(self, doc: Doc, sent: Span, nouns: list[Span], verbs: list, places: list[Span], quotes,
                          person_of: dict[int, str]) -> list[Mention]:
        """`La visite s'inscrit dans la préparation du sommet de l'Alliance, qui se tiendra les 3 et 4 mai`:
        a sentence whose first meeting noun speaks of the meeting already told, naming no date of its
        own, while another meeting noun of another kind comes with days of its own in a clause of its own
        (not the verb of the first noun): that other noun is a meeting of its own, on those days. A month
        only (`dans le prolongement de la rencontre entre X et Y, fin juillet à Z`) does so when that
        meeting names two people who met; else it is background of the one told."""
        if len(nouns) < 2 or _governing_verb(nouns[0].root).i in {v.i for v in verbs}:
            return []
        main = self._mention(doc, sent, nouns[:1], [], places, quotes, person_of)
        ents = self.idx.ents_in(sent)
        before = [person_of[e.start_char] for e in ents if e.start_char in person_of and e.start < nouns[1].start]
        if not self._refers_back(nouns[:1], [], before, ents):
            return []
        others = [n for n in nouns[1:] if self.noun_entries[n.label_]["kind"] != main["kind"]]
        if not others:
            return []
        verb = _governing_verb(nouns[0].root)
        # `après l'entretien que X avait eu avec Y ..., le 31 mai`: a relative clause on the other noun; its
        # days follow it, whatever verb the parse hangs them on
        relative = next((t.i for t in doc[others[0].end : sent.end] if "Rel" in t.morph.get("PronType")), None)
        if any(c.dep_ in ("acl", "acl:relcl") for c in others[0].root.children):
            relative = others[0].root.i
        recalled = self._recalled_noun(others[0], verb)
        days = {e._.normalized for e in ents if e.label_ == "DATE"
                and granularity(e._.normalized) in ("day", "range", "month")
                and (_governing_verb(e.root).i != verb.i or (relative is not None and e.start > relative)
                     or (recalled and e.start > others[0].start))
                and not inside(quotes, e.start_char, e.end_char) and e._.source not in self.anchored}
        if len(days) != 1 or (main["date"] and main["date"] not in days):
            return []
        framed = self._mention(doc, sent, others, verbs, places, quotes, person_of)
        named = [person_of[e.start_char] for e in ents if e.start_char in person_of and e.start > others[0].start
                 and not inside(quotes, e.start_char, e.end_char)]  # its clause names who took part
        framed["people"] = list(dict.fromkeys(framed["people"] + named))
        if recalled and not framed["people"]:  # `leur entretien`: the two who met in the meeting last told
            framed["people"] = self._last_pair([])
        if granularity(next(iter(days))) == "month" and len(framed["people"]) < 2:
            return []  # `fait suite aux sessions de la Conférence tenues fin mai`: a month, nobody met; background
        framed.update(date=days.pop(), refers_back=False, anaphoric=False, until="", apart_from=main["start_char"],
                      aside=True)  # told in passing: it dates nothing after it, nor becomes the meeting spoken of
        main.update(people=[], guests=[], host="", location="", refers_back=True)
        return [main, framed]

    def _recalled_noun(self, noun: Span, verb) -> bool:
        """`Cette rencontre intervient un an après leur entretien de X, le 14 mai`: the other meeting noun,
        with a possessive of several possessors (`plural_possessives`), sits in a circumstance of time of the
        verb (`après`, `depuis`): a meeting of the same people recalled, the day written after it its own.
        `après l'entretien` (no possessive) or `leur entretien` as the verb's object is not."""
        return any(c.dep_ == "det" and c.lower_ in self.grammar.plural_possessives for c in noun.root.children) and (
            self._in_sequence(noun, verb))

    def _clause_meeting_frames(self, doc: Doc, sent: Span, nouns: list[Span], verbs: list, places: list[Span],
                               quotes, person_of: dict[int, str]) -> list[Mention]:
        """`La visite a coïncidé avec celle de la ministre X, qui se trouvait à Y, où elle a rencontré Z`:
        the sentence's meeting noun, determined (the meeting told), has no verb of its own, and a relative
        clause holds a meeting verb with a subject of its own (a pronoun or `qui`) and someone met: that
        clause tells another meeting, between the person its subject stands for (the last named before the
        clause) and those it names; the people of the noun's frame are the others.
        `X a été reçu à Y, où il a rencontré Z` (the verb outside the clause) is left to the clause rules."""
        if not nouns or any(not self._in_relative_clause(v) for v in verbs):
            return []
        for verb in verbs:
            clause = verb.head if verb.dep_ == "xcomp" else verb
            inner = {t.i for t in clause.subtree}
            outside = [n for n in nouns if n.root.i not in inner]
            if not outside or not any(c.dep_ == "det" and (c.lower_ in self.grammar.definite_articles
                                                             or "Dem" in c.morph.get("PronType"))
                                      for c in outside[0].root.children):
                continue
            if not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in clause.children):
                continue
            met = [person_of[t.idx] for t in doc[clause.i : clause.right_edge.i + 1] if t.idx in person_of]
            before = [person_of[t.idx] for t in doc[sent.start : clause.left_edge.i] if t.idx in person_of
                      and t.i not in {x.i for n in outside for x in n.root.subtree}]
            if not met or not before or before[-1] in met:
                continue
            span = doc[clause.left_edge.i : clause.right_edge.i + 1]
            framed = self._mention(doc, span, [n for n in nouns if n.root.i in inner], [verb],
                                   [p for p in places if p.root.i in inner], quotes, person_of)
            framed["people"] = list(dict.fromkeys([before[-1], *met]))
            main = self._mention(doc, sent, outside, [], places, quotes, person_of)
            main["people"] = [k for k in main["people"] if k not in framed["people"]]
            main["guests"] = [k for k in main["guests"] if k not in framed["people"]]
            if main["host"] in framed["people"]:
                main["host"], main["strong_host"] = "", False
            framed["date"] = framed["date"] or main["date"]
            framed["apart_from"] = main["start_char"]
            return [main, framed]
        return []

    def _sequence_frames(self, doc: Doc, sent: Span, nouns: list[Span], verbs: list, places: list[Span], quotes,
                         person_of: dict[int, str]) -> list[Mention]:
        """`X a été accueilli à P par Y, avant de présider une cérémonie`, `X s'est entretenu avec Y après
        avoir participé à la réunion des ministres`: an infinitive clause opened by one of
        `sequence_prepositions`, whose object is a meeting noun of a session of many (`session: true`),
        tells a second meeting of the sentence's subject, apart from the one its main clause tells. The
        clause's verb has no subject of its own: the main clause's subject takes part (and hosts it when
        the verb hosts, `présider`). A clause with no session noun (`avant de tenir une conférence de
        presse`, `avant de s'entretenir avec lui`) stays in the one meeting."""
        for verb in verbs + [_governing_verb(n.root) for n in nouns]:
            opened = any(c.dep_ in ("mark", "case") and c.lemma_.lower() in self.sequence_prepositions
                         for c in verb.children)
            if verb.dep_ != "advcl" or not opened or any(c.dep_.startswith("nsubj") for c in verb.children):
                continue
            inner = {t.i for t in verb.subtree}
            inner_nouns = [n for n in nouns if n.root.i in inner and self.noun_entries[n.label_].get("session")
                           and _governing_verb(n.root).i == verb.i]
            outside_nouns = [n for n in nouns if n.root.i not in inner]
            outside_verbs = [v for v in verbs if v.i not in inner]
            if not inner_nouns or not (outside_nouns or outside_verbs):
                continue
            main = self._mention(doc, sent, outside_nouns, outside_verbs, [p for p in places if p.root.i not in inner],
                                 quotes, person_of)
            subject = _people_in(verb.head, ("nsubj", "nsubj:pass"), person_of) or self._pronoun_subject(
                verb.head, person_of)
            if not subject:
                continue
            span = doc[verb.left_edge.i : verb.right_edge.i + 1]
            inner_verbs = [v for v in verbs if v.i in inner]
            framed = self._mention(doc, span, inner_nouns, inner_verbs, [p for p in places if p.root.i in inner],
                                   quotes, person_of)
            entry = self._verb_entry(verb)
            if entry is not None and entry.get("host") == "subject" and not framed["host"]:
                framed["host"], framed["strong_host"] = subject[0], True  # `avant de présider la cérémonie`
            framed["people"] = list(dict.fromkeys(subject + framed["people"]))
            framed["guests"] = [k for k in framed["people"] if k != framed["host"]] if framed["host"] else []
            framed["date"] = framed["date"] or main["date"]
            framed["location"] = framed["location"] or self._scene_place(sent)  # `Vent frais sur la base. X ...`
            framed["apart_from"] = main["start_char"]  # grouping: never the meeting of the main clause
            return [main, framed]
        return []

    def _travel_then_meeting_frames(self, doc: Doc, sent: Span, nouns: list[Span], verbs: list, places: list[Span],
                                    quotes, person_of: dict[int, str]) -> list[Mention]:
        """A verb of travel or visit (its kind one of `visit_nouns`: `se rendre`, `visiter`) followed by an
        infinitive clause opened by one of `sequence_prepositions` whose own meeting verb (no subject of its
        own) names someone met: `X s'est rendu à A avant de rencontrer Y`. The travel (the main clause, its
        place) and the meeting with Y are two events: the visit of A is X's own; the meeting is X's with
        those the clause names, at a place the clause states (else none: the story tells it later), on the
        day of the sentence. A clause naming nobody (`avant de rencontrer des élèves`) stays in the visit."""
        for verb in verbs:
            clause = verb.head if verb.dep_ == "xcomp" else verb
            travel = clause.head
            if clause.dep_ != "advcl" or travel.i == clause.i or travel.i not in {v.i for v in verbs}:
                continue
            if not any(c.dep_ == "mark" and c.lemma_.lower() in self.sequence_prepositions for c in clause.children):
                continue
            if any(c.dep_.startswith("nsubj") for c in clause.children):
                continue
            entry, own_entry = self._verb_entry(travel), self._verb_entry(verb)
            if entry is None or own_entry is None or (entry.get("kind") or "") not in self.visit_nouns \
                    or entry.get("host") != "none" or (own_entry.get("kind") or "") in self.visit_nouns:
                continue  # `accueilli par X avant de signer avec Y`: a welcome, not a journey of one's own
            inner = {t.i for t in clause.subtree}
            met = list(dict.fromkeys(person_of[t.idx] for t in doc[clause.i : clause.right_edge.i + 1]
                                     if t.idx in person_of))
            subject = _people_in(travel, ("nsubj", "nsubj:pass"), person_of) or self._pronoun_subject(
                travel, person_of)
            outside = {person_of[e.start_char] for e in self.idx.ents_in(sent) if e.start_char in person_of
                       and e.root.i not in inner}
            if not met or not subject or set(met) & (set(subject) | outside):
                continue  # someone met outside the clause: one meeting told twice
            main = self._mention(doc, sent, [n for n in nouns if n.root.i not in inner],
                                 [v for v in verbs if v.i not in inner], [p for p in places if p.root.i not in inner],
                                 quotes, person_of)
            span = doc[clause.left_edge.i : clause.right_edge.i + 1]
            framed = self._mention(doc, span, [n for n in nouns if n.root.i in inner],
                                   [v for v in verbs if v.i in inner], [p for p in places if p.root.i in inner],
                                   quotes, person_of)
            main["people"] = [k for k in main["people"] if k not in met]
            main["guests"] = [k for k in main["guests"] if k not in met]
            if main["host"] in met:
                main["host"], main["strong_host"] = "", False
            framed["people"] = list(dict.fromkeys(subject + met + [framed["host"]] * bool(framed["host"])))
            if not framed["location"] or framed["location"] not in span.text:  # none, or the travel's
                framed["location"] = self._met_later_place(sent, met, person_of, main["location"])
            framed["date"] = framed["date"] or main["date"]
            framed["apart_from"] = main["start_char"]  # grouping: never the visit of the main clause
            return [main, framed]
        return []

    def _met_later_place(self, sent: Span, met: list[str], person_of: dict[int, str], travel: str) -> str:
        """`X s'est rendu à A avant de rencontrer Y. [...] X a ensuite été reçu à B par Y`: a meeting whose
        clause names no place is held where the next sentence telling of a meeting with one of the people
        met names one, other than the travel's; nowhere when that sentence names none."""
        at = bisect_left(self.idx.sent_start_chars, sent.end_char)
        for later in self.idx.sents[at:]:
            if later.start not in self._mention_sents or not any(
                    person_of.get(e.start_char) in met for e in self.idx.ents_in(later)):
                continue
            place = self._location(later, self._places_by_sent.get(later.start, []), {later.root.i})
            return place if place != travel else ""
        return ""

    def _relative_noun_frames(self, doc: Doc, sent: Span, nouns: list[Span], verbs: list, places: list[Span],
                              quotes, person_of: dict[int, str]) -> list[Mention]:
        """`Le soutien à l'Ukraine, ainsi que la réunion des ministres, que la ministre rejoindra à Bruxelles
        les 13 et 14 juin, figuraient à l'ordre du jour`: a meeting noun followed by a relative clause
        (`object_relatives`, after a comma or not) whose verb is a meeting verb (`rejoindre`, `participer`,
        `présider`) and says another time than the sentence's (a future in a past account) is a meeting
        of its own: its people are the clause's subject, its day, place and status the clause's. The
        sentence's other triggers (the talks whose agenda it was) keep their own frame, without those people.
        A clause of the same time (`la réunion, qu'il a présidée, a duré deux heures`) stays one frame."""
        words = _words(span_text(sent))
        for noun in nouns:
            clauses = {t.i for c in noun.root.children if c.dep_.startswith("acl") for t in c.subtree}
            at = noun.end  # past the noun's own complements (`des ministres de l'Alliance`), to its relative
            while at < sent.end and doc[at].head.i != doc[at].i and not doc[at].is_punct and at not in clauses and (
                    noun.root.is_ancestor(doc[at])):
                at += 1
            at += 1 if at < sent.end and doc[at].text == "," else 0
            at += 1 if at + 1 < sent.end and doc[at].pos_ == "ADP" else 0  # `à laquelle`
            if at >= sent.end or doc[at].lower_ not in self.grammar.object_relatives:
                continue
            # the clause's first verb, before a comma (the parser often hangs the pronoun elsewhere)
            verb = next((t for t in doc[at + 1 : sent.end] if t.pos_ == "VERB" or t.text in ",;"), doc[at])
            if verb.i <= at or verb.pos_ != "VERB" or self._verb_entry(verb) is None:
                continue
            if verb.dep_ == "ccomp" or any(c.dep_ == "obj" and c.i != at for c in verb.children):
                continue  # `lors de sa conférence de presse qu'il se rendrait à Kiev`: what was said there
            own = self._status(sent, verb, words)
            if not own or own == self._status(sent, noun.root, words):
                continue
            stop = next((t.i for t in doc[verb.i : sent.end] if t.text in ",;"), sent.end)
            span = doc[noun.start : stop]
            inner = set(range(noun.start, stop))
            framed = self._mention(doc, span, [noun], [], [p for p in places if p.start in inner], quotes, person_of)
            subject = _people_in(verb, ("nsubj",), person_of) or list(dict.fromkeys(
                person_of[t.idx] for t in doc[at + 1 : verb.i] if t.idx in person_of))  # between pronoun and verb
            if (self._verb_entry(verb) or {}).get("host") == "subject" and subject and not framed["host"]:
                framed["host"], framed["strong_host"] = subject[0], True  # `le sommet qu'il présidera`
            framed["people"] = list(dict.fromkeys(subject + framed["people"]))
            framed["status"] = own
            framed["location"] = self._location(doc[at:stop], [p for p in places if p.start in inner], {verb.i}) or (
                framed["location"])
            framed["date"] = _mention_date(sent, [e for e in self.idx.ents_in(sent) if e.start in inner], verb,
                                           quotes, self.anchored) or framed["date"]
            other_nouns = [n for n in nouns if n.start not in inner]
            other_verbs = [v for v in verbs if v.i not in inner]
            if not other_nouns and not other_verbs:
                return [framed]
            main = self._mention(doc, sent, other_nouns, other_verbs, [p for p in places if p.start not in inner],
                                 quotes, person_of)
            outside = {person_of[e.start_char] for e in self.idx.ents_in(sent) if e.start_char in person_of
                       and e.start not in inner}
            main["people"] = [k for k in main["people"] if k in outside]
            main["guests"] = [k for k in main["guests"] if k in outside]
            if main["host"] and main["host"] not in outside:
                main["host"], main["strong_host"] = "", False
            return [main, framed]
        return []

    def _scene_place(self, sent: Span) -> str:
        """`Vent frais et ciel dégagé sur la base navale. Mercredi, X a été accueilli à la préfecture par Y,
        avant de présider une prise d'armes`: a sentence without a finite verb just before, in the same
        paragraph, sets the scene at a place; the second meeting of the next sentence, naming no place of
        its own, is held there (the main clause's place is its own meeting's). A sentence telling an act
        (`X a déjeuné sur la base`) sets no scene."""
        paragraph_start = self._text.rfind("\n\n", 0, sent.start_char) + 1
        before = next(self.idx.sents_before_char(sent.start_char), None)
        if before is None or before.start_char < paragraph_start or before.start in self._mention_sents:
            return ""
        if any("Fin" in t.morph.get("VerbForm") for t in before):
            return ""
        places = self._places_by_sent.get(before.start, [])
        named = self._location(before, places) or self._place_back(before, places, span_text(before).lower())
        articles = self.grammar.definite_articles | self.grammar.elided_articles
        return named or next((_noun_phrase(p) for p in places
                              if p.start > before.start and before.doc[p.start - 1].lower_ in articles), "")

    def _conducted_in_clause(self, mention: Mention, meeting: Span, quotes) -> None:
        """`le report de la mission qu'elle devait mener en Inde en octobre`, `la visite qu'il a effectuée à
        Dakar le 3 mai`: a relative clause on the meeting noun whose verb (or the infinitive of its modal)
        is one of `conduct_verbs` says when and where that meeting is held: its day and its place (a
        country or a city of countries.yml it names) win over those of the sentence's verb (the day of an announcement).
        A clause of another verb (`la réunion, qu'il a annoncée le 3 mars`) dates the announcement: left.
        The parser often hangs such a clause elsewhere (`_hung_relative`): read all the same."""
        noun = meeting.root
        clauses = [(c, {t.i for t in c.subtree}) for c in noun.children if c.dep_ == "acl:relcl"]
        for clause, inner in clauses or self._hung_relative(meeting):
            acts = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
            act = next((a for a in acts if a.lemma_.lower() in self.conduct_verbs), None)
            if act is None:
                continue
            ents = [e for e in self.idx.ents_in(noun.sent) if e.root.i in inner
                    and not inside(quotes, e.start_char, e.end_char)]
            days = [e._.normalized for e in ents if e.label_ == "DATE" and e._.normalized
                    and granularity(e._.normalized) in CALENDAR_DAYS and e.root.head.i in {a.i for a in acts}]
            sites = [e.text for e in ents if e.label_ in ("GPE", "LOC") and e.root.head.i in {a.i for a in acts}
                     and _preposition(e) not in self.not_place_prepositions
                     and e.text.lower() in self.countries | self.cities]  # `au Royaume`: a name cut short
            if days:
                mention["date"] = days[0]
            if sites:
                mention["location"] = sites[0]
            return

    def _hung_relative(self, meeting: Span) -> list[tuple]:
        """`du déplacement qu'une délégation a effectué du 18 au 22 décembre`, `la visite, que les deux chefs
        devaient effectuer ce mercredi, a été annulée`: an object relative (`object_relatives`, after a comma or
        not) right after the meeting noun and its complements, which the parser hung on another word: the
        clause's first verb, before a comma, and the words up to that comma; none when that verb (or the
        infinitive it takes) has an object of its own (`a dit lors du sommet qu'il effectuerait une visite`)."""
        doc, sent = meeting.doc, meeting.sent
        at = meeting.end
        while at < sent.end and doc[at].text not in ",;:" and meeting.root.is_ancestor(doc[at]):
            at += 1  # past the noun's own complements (`du Centre de planification (CPCO)`)
        at += 1 if at < sent.end and doc[at].text == "," else 0
        if at >= sent.end or doc[at].lower_ not in self.grammar.object_relatives:
            return []
        verb = next((t for t in doc[at + 1 : sent.end] if t.pos_ == "VERB" or t.text in ",;"), None)
        if verb is None or verb.pos_ != "VERB":
            return []
        acts = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        if any(c.dep_ == "obj" for a in acts for c in a.children):
            return []
        stop = next((t.i for t in doc[verb.i : sent.end] if t.text in ",;"), sent.end)
        return [(verb, set(range(at, stop)))]

    @staticmethod
    def _in_relative_clause(verb) -> bool:
        """The verb (or the modal it hangs on) heads a relative clause."""
        clause = verb.head if verb.dep_ == "xcomp" else verb
        return clause.dep_ == "acl:relcl"

    def _coordinated_frames(self, doc: Doc, sent: Span, nouns: list[Span], verbs: list, places: list[Span], quotes,
                            person_of: dict[int, str]) -> list[Mention]:
        """`X s'entretient avec P, puis est reçu par N`: two meeting verbs joined by a conjunction, each
        with people of its own, tell two meetings of the same subject, on the day the sentence gives.
        `X a reçu et s'est entretenu avec P` (one set of people) stays one meeting. So too a meeting verb
        joined to the verb of a meeting noun: `X a participé à une séance consacrée à A, puis a rencontré P`,
        or to the modal that verb hangs on (`X doit avoir un entretien avec A, puis rencontrer P`: the parser
        joins `rencontrer` to `doit`)."""
        triggers = {v.i for v in verbs}
        noun_verbs = {_governing_verb(n.root).i for n in nouns}
        governed = [*verbs, *(_governing_verb(n.root) for n in nouns)]
        noun_verbs |= {v.head.i for v in governed if v.dep_ == "xcomp" and v.head.lemma_.lower() in self.planned_modals}
        noun_roots = {n.root.i for n in nouns}
        for verb in verbs:
            if verb.dep_ != "conj" or verb.head.i not in triggers | noun_verbs:
                continue
            if self._describes_meeting(verb, noun_roots):
                continue  # `le sommet, présidé par A et accueilli par B`: who chairs and who receives the one meeting
            inner = {t.i for t in verb.subtree}
            if any(n.root.i in inner for n in nouns):
                continue
            people = [(person_of[e.start_char], e.root.i in inner) for e in self.idx.ents_in(sent)
                      if e.start_char in person_of]
            own = {k for k, within in people if within}
            other = {k for k, within in people if not within}
            if not own or not other or own & other:
                continue
            span = doc[verb.left_edge.i : verb.right_edge.i + 1]
            main = self._mention(doc, sent, nouns, [v for v in verbs if v.i not in inner], places, quotes, person_of)
            framed = self._mention(doc, span, [], [v for v in verbs if v.i in inner],
                                   [p for p in places if p.root.i in inner], quotes, person_of)
            # `où il avait été reçu par A, le ministre X a rencontré B`: a conjunct with a subject of its own
            # shares none; the people of its clause are its frame
            subject = [] if _own_subject(verb) else [
                k for k in main["subject"] + self._pronoun_subject(verb.head, person_of) if k not in own] or (
                self._demonym_described(verb.head, ("nsubj",), person_of, own))  # `le dirigeant chinois doit ...`
            main["people"] = list(dict.fromkeys(subject + [k for k in main["people"] if k not in own]))
            main["guests"] = [k for k in main["guests"] if k not in own]
            framed["people"] = list(dict.fromkeys(subject + framed["people"] + [framed["host"]] * bool(framed["host"])))
            if framed["host"] and not framed["guests"]:
                framed["guests"] = subject
            framed["date"] = framed["date"] or main["date"]
            if verb.head.i in noun_verbs - triggers and verb.head.lemma_.lower() in self.planned_modals:
                framed["status"] = main["status"]  # `doit avoir ..., puis rencontrer P`: the modal's time too
            framed["apart_from"] = main["start_char"]  # grouping: never the meeting of the other frame
            return [main, framed]
        return []

    def _describes_meeting(self, verb, noun_roots: set[int]) -> bool:
        """`Le sommet, présidé par A et accueilli par B, s'est tenu à X`: past participles joined by a
        conjunction, each with its agent (`par`) and no auxiliary, hung on a meeting noun describe that
        meeting (who chairs it, who receives it, who organises it): one meeting, no second one. The parser
        may hang the first participle on the clause's verb (`a participé au sommet, présidé par A et
        accueilli par B`): it then describes the meeting noun that ends before its comma, if it agrees
        in number. A participle hung on a person (`X, accueilli par Y`) or a verb with its auxiliary
        (`puis a été reçu par Y`) still tells a meeting of its own."""
        chain = [verb]
        while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
            chain.append(chain[-1].head)
        first = chain[-1]
        if not all(_agent_participle(v) for v in chain):
            return False
        if first.dep_ == "acl":
            return first.head.i in noun_roots
        doc = first.doc
        if first.dep_ != "advcl" or first.i < first.sent.start + 2 or doc[first.i - 1].lower_ != ",":
            return False
        token = doc[first.i - 2]  # `au sommet de l'OTAN, présidé`: from the comma up to the noun it completes
        while token.i not in noun_roots and token.head.i != token.i and token.head.i < first.i and (
                token.dep_ in COMPLEMENT_DEPS):
            token = token.head
        return token.i in noun_roots and not _disagrees(first, token)

    def _partnered_nouns_frames(self, doc: Doc, sent: Span, nouns: list[Span], verbs: list, places: list[Span],
                                quotes, person_of: dict[int, str]) -> list[Mention]:
        """`X a enchaîné un entretien avec A à Paris et une rencontre avec B à Berlin`: two meeting nouns
        joined by a conjunction, each followed by a partner phrase (`partner_words`) naming one person of
        its own: two meetings of the sentence's subject, each with its own partner, place and (else the
        first's) day. `un entretien avec A et B`, `un dîner et un entretien avec A` (one partner) stay one."""
        for first, second in zip(nouns, nouns[1:], strict=False):
            if second.root.dep_ != "conj" or not any(
                    c.dep_ == "cc" for c in second.root.children) or second.start - first.end > 12:
                continue
            if first.end >= sent.end or second.end >= sent.end or not (
                    doc[first.end].lower_ in self.partner_words and doc[second.end].lower_ in self.partner_words):
                continue
            cut = min(t.i for t in second.root.subtree if t.i >= first.end)  # the conjunction before the noun
            before = doc[first.end : cut]
            after_end = next((t.i for t in doc[second.end : sent.end] if t.is_punct), sent.end)
            after = doc[second.end : after_end]
            own_first = {person_of[t.idx] for t in before if t.idx in person_of}
            own_second = {person_of[t.idx] for t in after if t.idx in person_of}
            if len(own_first) != 1 or len(own_second) != 1 or own_first == own_second:
                continue
            spans = (doc[sent.start : cut], doc[second.start : sent.end])
            frames = [self._mention(doc, span, [n for n in nouns if span.start <= n.start < span.end],
                                    [v for v in verbs if span.start <= v.i < span.end],
                                    [p for p in places if span.start <= p.start < span.end], quotes, person_of)
                      for span in spans]
            main, framed = frames
            core = [k for k in main["people"] if k not in own_first | own_second]
            if not core:
                continue
            main["people"] = core + sorted(own_first)
            framed["people"] = list(dict.fromkeys(core + framed["people"]))
            framed["date"] = framed["date"] or main["date"]
            framed["apart_from"] = main["start_char"]  # grouping: never the meeting of the other frame
            return [main, framed]
        return []

    def _dated_nouns_frames(self, doc: Doc, sent: Span, nouns: list[Span], verbs: list, places: list[Span],
                            quotes, person_of: dict[int, str]) -> list[Mention]:
        """`X participera au sommet du G7 du 15 au 17 juin à A, puis au sommet de l'OTAN les 24 et 25 juin à B`,
        `à quelques jours du Conseil européen des 20 et 21 mars et à trois mois du sommet prévu le 24 juin`: two
        meeting nouns of one sentence joined by a conjunction (`et`, `puis`), neither in the other's phrase, the
        stretch of each (the first's up to that conjunction, the second's from it to the end) holding a day (or
        days) of its own, neither within the other (`la visite du 12 au 15 avril` is the stay around a talk): two
        meetings, each with the day, place and time (held, planned) of its stretch; the sentence's subject
        takes part in both. A noun dated by a year only (`le sommet de Vilnius de 2023`), a meeting in
        another's phrase (`un entretien en marge du sommet du 10 juillet`) or one day for both stay one."""
        for first, second in zip(nouns, nouns[1:], strict=False):
            if _in_phrase_of(second.root, first.root) or _in_phrase_of(first.root, second.root):
                continue
            left = min(t.i for t in second.root.subtree if t.i >= first.end)  # `au`, `du` before the second noun
            own_first = {t.i for t in first.root.subtree} - {t.i for t in second.root.subtree}
            joint = max((t.i for t in doc[first.end : second.start] if t.pos_ == "CCONJ" and not t.ent_type_
                         and t.i not in own_first), default=None)  # not `une visite d'amitié et de travail`
            if joint is None:
                continue  # `..., en visite d'État du 12 au 15 avril`, `au lendemain d'une visite`: no second of a pair
            cut = min(joint, left)
            spans = (doc[sent.start : cut], doc[cut : sent.end])
            days = [{e._.normalized for e in self.idx.ents_in(span) if e.label_ == "DATE"
                     and granularity(e._.normalized or "") in ("day", "range")
                     and not inside(quotes, e.start_char, e.end_char)} for span in spans]
            if not all(days) or days[0] & days[1]:
                continue
            frames = [self._mention(doc, span, [n for n in nouns if span.start <= n.start < span.end],
                                    [v for v in verbs if span.start <= v.i < span.end],
                                    [p for p in places if span.start <= p.start < span.end], quotes, person_of)
                      for span in spans]
            for frame, own, noun, span in zip(frames, days, (first, second), spans, strict=True):
                # the parser may hang the day and place on another word (`à trois mois du sommet prévu le ...`)
                frame["date"] = frame["date"] or (next(iter(own)) if len(own) == 1 else "")
                after = doc[noun.start : span.end]
                frame["location"] = frame["location"] or self._location(
                    after, [p for p in places if after.start <= p.start < after.end])
            main, framed = frames
            if not main["date"] or not framed["date"] or within(main["date"], framed["date"]) or (
                    within(framed["date"], main["date"])):  # `la visite du 12 au 15 avril`: the stay around it
                continue
            framed["people"] = list(dict.fromkeys(main["subject"] + framed["people"]))
            framed["status"] = framed["status"] or main["status"]
            framed["apart_from"] = main["start_char"]  # grouping: never the meeting of the other frame
            return [main, framed]
        return []

    def _earlier_noun_frame(self, doc: Doc, sent: Span, nouns: list[Span], verbs: list, places: list[Span],
                            quotes, person_of: dict[int, str]) -> list[Mention]:
        """`Cette rencontre intervient trois mois après l'entretien que X avait eu avec Y, le 31 mai`: the
        first meeting noun points back to the meeting told (a demonstrative), a later one names its own
        people in a clause of its own: two frames, the people of that clause in the later one only."""
        if len(nouns) < 2 or verbs:
            return []
        first = nouns[0].root
        if not any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in first.children):
            return []
        for noun in nouns[1:]:
            root = noun.root
            clauses = [c for c in root.children if c.dep_ in ("acl:relcl", "acl")]
            inner = {t.i for c in clauses for t in c.subtree} | {t.i for t in noun}
            if first.i in inner or not any(t.idx in person_of for t in doc[min(inner) : max(inner) + 1]):
                continue
            span = doc[min(inner) : max(inner) + 1]
            framed = self._mention(doc, span, [n for n in nouns if n.root.i in inner], [],
                                   [p for p in places if p.root.i in inner], quotes, person_of)
            main = self._mention(doc, sent, [n for n in nouns if n.root.i not in inner], [], places, quotes,
                                 person_of)
            outside = {person_of[e.start_char] for e in self.idx.ents_in(sent) if e.start_char in person_of
                       and e.root.i not in inner}
            main["people"] = [k for k in main["people"] if k in outside]
            main["guests"] = [k for k in main["guests"] if k in outside]
            if main["host"] and main["host"] not in outside:
                main["host"], main["strong_host"] = "", False
            framed["date"] = framed["date"] or main["date"]
            return [main, framed]
        return []

    def _until(self, nouns: list[Span], people: list[str], ents: list[Span], clause_only: bool = False) -> str:
        """`Les travaux, prévus pour durer trois jours, s'achèvent demain`, `Les travaux, qui se
        poursuivront mardi, ...`: a meeting noun with a definite article, naming nobody, whose verb (or
        relative clause) says the meeting goes on or ends on a day: that day ends the meeting spoken of;
        one that says it began on a day (`Ouverts lundi dernier, les travaux ...`, `start_verbs`) opens
        it, given as `DAY/`.
        Only for a sentence with no other meeting word (`Le sommet se poursuit mardi avec une session
        élargie` opens a session of its own); with one (`clause_only`), only a relative clause of the noun
        says it (`La rencontre, qui prend fin mardi, réunit des ministres`: the day is the noun's own)."""
        if not nouns or people:
            return ""
        noun = nouns[0].root
        if not any(c.dep_ == "det" and c.lower_ in self.anaphoric_determiners for c in noun.children):
            return ""
        governing = _governing_verb(noun)
        verbs = [c for c in noun.children if c.dep_ == "acl:relcl"] if clause_only else [
            governing, *(c for c in noun.children if c.dep_ in ("acl:relcl", "acl")),
            *(c for c in governing.children if c.dep_ == "advcl" and "Part" in c.morph.get("VerbForm"))]
        for verb in verbs:  # `Ouverts lundi dernier, les travaux se sont déroulés ...`: the day it began
            said = {verb.lemma_.lower(), verb_phrase(verb)}  # `La rencontre, qui prend fin mardi, ...`
            if not said & (self.end_verbs | self.start_verbs):
                continue
            for ent in ents:
                if ent.label_ == "DATE" and granularity(ent._.normalized) == "day" and (
                        _governing_verb(ent.root).i == verb.i):
                    return ent._.normalized + ("/" if said & self.start_verbs else "")
        return ""

    def _refers_back(self, nouns: list[Span], verbs: list, people: list[str], ents: list[Span]) -> bool:
        """A meeting noun that speaks of a meeting already told instead of telling a new one: with a
        demonstrative (`Cette rencontre s'inscrit dans ...`, `X avait annoncé cette réunion`), or with
        a definite article, naming nobody, and no date of its own (`La visite intervient quelques mois
        après la rupture du contrat, en septembre 2021`: the date is the complement of another noun).
        A sentence with a meeting verb tells of a meeting of its own."""
        if not nouns or verbs:
            return False
        noun = nouns[0].root
        dets = [c for c in noun.children if c.dep_ == "det"]
        if any("Dem" in c.morph.get("PronType") for c in dets):
            return True
        if people or not any(c.lower_ in self.grammar.definite_articles | self.grammar.elided_articles
                             for c in dets):
            return False
        verb = _governing_verb(noun)
        for ent in ents:
            if ent.label_ != "DATE":
                continue
            head = ent.root.head
            if head.i in (noun.i, verb.i) or (
                    _governing_verb(ent.root).i == verb.i and head.pos_ not in ("NOUN", "PROPN")):
                return False  # `La visite aura lieu le 3 mars`: its own date
        return True

    def _absent_subject(self, ent: Span, triggers: set[int]) -> bool:
        """A person the subject of a negated verb of `absence_verbs` that is no trigger (`X ne s'y est
        finalement pas rendu`, `Y n'a pas assisté à la réunion`): absent from the meeting the sentence names."""
        token = ent.root
        while token.dep_ in ("appos", "flat:name", "flat") and token.head.i != token.i:
            token = token.head
        if token.dep_ not in ("nsubj", "nsubj:pass") or token.head.i in triggers:
            return False
        verb = token.head
        return (verb.lemma_.lower() in self.absence_verbs or self._said_present(verb)) and _negated(verb)

    def _said_present(self, token) -> bool:
        """A word of `presence_words` as the predicate of `être` (`X était présent`): the person is
        said to be at the meeting, or with a negation (`_negated`) not to be."""
        return token.lower_ in self.presence_words and any(c.dep_ == "cop" for c in token.children)

    def _reporting_source(self, ent: Span, sent: Span, triggers: set[int]) -> bool:
        """The name is the subject of a verb of saying (`said_verbs`) put after its verb, an incise that
        closes an account in the reporter's words (`Le ministre a reçu son homologue, a précisé le porte-parole
        du ministère, X`): X is the source of the account, not at the meeting. A quotation before the verb
        (`« ... », a souligné le Premier ministre`) gives a speaker's own words, often spoken at the meeting;
        `..., a déclaré X à l'issue de l'entretien` (a meeting word in a complement after the verb) keeps him."""
        token = ent.root
        while token.dep_ in ("appos", "flat:name", "flat") and token.head.i != token.i:
            token = token.head  # `le porte-parole, X`: the title is the subject
        verb = token.head
        if token.dep_ not in ("nsubj", "nsubj:pass") or verb.i > token.i or verb.i in triggers:
            return False
        if verb.lemma_.lower() not in self.said_verbs or any(
                t.is_quote for t in sent.doc[sent.start : verb.i]):
            return False
        return not any(t.i in triggers for c in verb.children if c.i > verb.i and c.i != token.i
                       for t in c.subtree)

    def _spoken_of(self, ent: Span, sent: Span, triggers: set[int]) -> bool:
        """A person the sentence speaks of without taking part in the meeting: after a marker
        (`hommage au sergent X`, `son prédécesseur, le général X`), said to be dead or honoured
        (`le caporal X, tué samedi`), or inside a relative clause whose verb is no meeting
        (`les militaires qui ont renversé le président X`)."""
        doc = sent.doc
        if self._without_meeting(ent, triggers):
            return True  # `..., sans obtenir de rencontre avec le président X`: not met
        if self._carried_from(ent):
            return True  # `porteur d'une invitation du roi X`: X sent it, the bearer came
        if self._partner_phrase(ent, sent, triggers):
            return False  # `s'est entretenu avec son prédécesseur X`: the partner of the meeting
        if self._absent_subject(ent, triggers):
            return True  # `X, annoncé à cette rencontre, ne s'y est pas rendu`: stayed away
        if self._reporting_source(ent, sent, triggers):
            return True  # `X a reçu Y, a précisé le porte-parole, Z`: Z told of the meeting
        if self._side_of_landmark(ent, triggers):
            return True  # `deux jours après l'appel entre X et Y`: the sides of another event
        before = _words(span_text(doc[max(sent.start, ent.start - 6) : ent.start]))
        if any(f" {m} " in before for m in self.not_participant_markers):
            return True
        if self._order_giver(ent, sent):
            return True  # `sur instruction du président X, le ministre Y a reçu Z`: X sent them
        if self._apposed_to_complement_of_thing(ent, sent, triggers):
            return True  # `porteur d'un message du chef de l'État, le capitaine X`: X sent it, not there
        near = range(max(sent.start, ent.start - 3), ent.end)
        lower = self.idx.lower
        if any(lower[i] in self.not_participant_states and doc[i].head.i in near and i not in near
               for i in range(sent.start, sent.end)):
            return True
        if self._interjected_head(ent, sent, triggers):
            return True
        token, seen = ent.root, 0
        while token.head.i != token.i and seen < 30:
            if token.i in triggers:
                return False
            if _apposed_to_other_name(token):
                return False  # `Sur instruction du président X, le ministre Y a reçu ...`: Y opens the clause
            if _title_of_other(ent, token, triggers):
                return True  # `Y, conseiller du président X`: X is named to say whom Y serves
            if token.dep_ in ("nmod", "obl:agent") and self._noun_complement(token, triggers):
                head = token.head  # `depuis le renversement du président X`: the complement of another noun
                if head.lower_ in self.participant_nouns or head.lemma_.lower() in self.participant_nouns:
                    return False  # `aux côtés du général X`, `en présence du ministre`
                if self._of_other_noun(head, triggers):
                    return True
            if token.dep_ == "obl:agent" and self._agent_of_thing(token.head, triggers):
                return True  # `pour sa nomination, décidée par le président X`: who decided, not who met
            # `X a expliqué que les deux chefs d'Etat partagent ...`: reported, not present; a clause the parser
            # hangs on a noun (`un objectif, que le secrétaire général X souhaite voir ...`) tells X's wish
            if token.dep_ == "ccomp" and token.head.pos_ in ("VERB", "AUX", "NOUN") and not _name_as_verb(
                    token) and not any(t.i in triggers for t in token.subtree):
                return True
            if _infinitive_of_person(token, triggers) and token.lemma_.lower() not in self.companion_verbs:
                return True  # `X, avant de céder sa place à Y, présidait la réunion`: Y is spoken of
            if token.dep_ == "acl:relcl" and _verbless_relative(token, triggers, self.partner_words):
                return False  # `des chefs d'État ..., parmi lesquels le président X`: the group's members
            if token.dep_ == "acl:relcl" and self._head_of_body(token):
                return True  # `les cadres de l'état-major, que dirige le général X`: who heads it, not present
            if token.dep_ == "acl:relcl":  # `l'entretien que X avait eu avec Y`: a clause of the meeting noun
                return token.lemma_.lower() not in self.companion_verbs and token.head.i not in triggers and not any(
                    t.i in triggers for t in token.subtree)
            if token.dep_ in ("obl:arg", "obj", "iobj") and token.head.i not in triggers and (
                    token.head.lemma_.lower() in self.succession_verbs):
                return True  # `arrivé en succédant à l'amiral X`: the former holder (a handover's pair joins apart)
            token, seen = token.head, seen + 1
        return False

    def _side_of_landmark(self, ent: Span, triggers: set[int]) -> bool:
        """The name is one side of an event (its phrase opened by one of `pair_prepositions`: `l'appel entre
        X et Y`) whose noun stands in a circumstance of time (`sequence_prepositions`: `deux jours après le
        premier appel entre X et Y`) holding no meeting word of the sentence: X and Y took part in that earlier
        or later event, named to date the one told. `une rencontre entre X et Y` (the trigger itself) keeps them."""
        token = ent.root
        while token.dep_ in ("conj", "appos", "flat:name", "flat") and token.head.i != token.i:
            token = token.head  # `entre X et Y`: Y a conjunct of X
        if not any(c.dep_ == "case" and c.lower_ in self.pair_prepositions for c in token.children):
            return False
        head = token.head  # the parser may hang the sides on the word above the event (`une semaine après
        # l'accord entre X et Y`: on `semaine`): a noun of that word before the name then stands for it
        nouns = [head, *(c for c in head.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i < token.i)]
        return any(noun.pos_ == "NOUN" and not any(t.i in triggers for t in noun.subtree) and any(
            c.dep_ == "case" and c.lower_ in self.sequence_prepositions for c in noun.children) for noun in nouns)

    def _carried_from(self, ent: Span) -> bool:
        """The name stands in the complement of a noun of `carrier_nouns` (`porteur d'un message de son
        homologue X`, `porteuse d'une invitation du roi Y pour une visite d'État`): what the bearer carries
        and who sent it, named beside the bearer who came; the sender stayed at home. The parser often hangs
        part of a long name on the carrier itself, past the `de` of the thing carried. The bearer (the head
        of the carrier noun) is no complement of it and stays."""
        token, seen = ent.root, 0
        while token.head.i != token.i and seen < 6:
            head = token.head
            if token.dep_ not in ("nmod", "flat:name", "flat", "appos", "amod"):
                break
            if head.lower_ in self.carrier_nouns or head.lemma_.lower() in self.carrier_nouns:
                return token.dep_ == "nmod"  # its complement; `le porteur du pli, le colonel X` names the bearer
            token, seen = head, seen + 1
        return self._carried_by_words(ent)

    def _carried_by_words(self, ent: Span) -> bool:
        """`porteur d'un message du général X`, read on the words where the parser hangs the name on the
        bearer's title: a carrier noun and its `de` within a few words before the name, no punctuation, verb
        nor other name between."""
        doc, lower = ent.doc, self.idx.lower
        if not any(lower[i] in self.carrier_nouns for i in range(max(0, ent.start - 8), ent.start)):
            return False  # no carrier noun in reach (most names): the walk below could not return True
        for i in range(ent.start - 1, max(ent.sent.start, ent.start - 8) - 1, -1):
            if doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX") or doc[i].ent_type_ == "PERSON":
                return False
            if lower[i] in self.carrier_nouns and i + 1 < ent.start and doc[i + 1].lemma_.lower() == "de":
                return True
        return False

    def _order_giver(self, ent: Span, sent: Span) -> bool:
        """The name follows a noun of `order_nouns` and its `de` within a few words, no punctuation between
        (`sur Hautes Instructions de Sa Majesté le Roi X`, `conformément aux directives du président X`): the
        one who gave the order, not at the meeting. Read on the words, as the parser hangs such titles anywhere."""
        doc, lower = sent.doc, self.idx.lower
        for i in range(ent.start - 1, max(sent.start, ent.start - 7) - 1, -1):
            if doc[i].is_punct:
                return False
            if lower[i] in self.order_nouns and i + 1 < ent.start and doc[i + 1].lemma_.lower() == "de":
                return True
        return False

    def _apposed_to_complement_of_thing(self, ent: Span, sent: Span, triggers: set[int]) -> bool:
        """The name, with its own title before it (its determiner, a civility, the words of a rank or role),
        follows a comma that closes a title (a role, or a counterpart noun: `homologue`) standing as the `de`
        complement of a thing (`porteur d'un message du chef de l'État burkinabè, le capitaine X`, `à qui il a
        remis une lettre de son homologue, le président Y`): the name is an apposition to that title, whose
        holder is spoken of, not at the meeting. The parser often hangs such a name on a person named
        before, as if listed. `le ministre A, porteur d'un message, et le général B` (no comma right before
        B's title) and `en présence du chef d'état-major, le général C` (a noun of `participant_nouns`) keep them."""
        doc = sent.doc
        i = ent.start - 1
        while i > sent.start and (doc[i].ent_type_ in ("RANK", "ROLE") or doc[i].pos_ == "DET"
                                  or doc[i].lower_ in self.civilities):
            i -= 1  # the name's own title: `le capitaine`, `le président`, `M.`
        if doc[i].text != "," or i - 1 <= sent.start:
            return False
        j = i - 1
        while j > sent.start and doc[j].pos_ == "ADJ":
            j -= 1  # a demonym after the title: `de son homologue sénégalais,`
        noun = doc[j]
        if noun.ent_type_ == "ROLE":
            noun = next((e.root for e in self.idx.ents_over(j, j + 1) if e.label_ == "ROLE"), noun)
        elif noun.lemma_.lower() not in self.counterpart_nouns and noun.lower_ not in self.counterpart_nouns:
            return False
        if noun.dep_ != "nmod" or not any(c.dep_ == "case" and c.lemma_.lower() == "de" for c in noun.children):
            return False
        # a noun, not a pronoun: `après celui du secrétaire américain, X, avec Y` stands for a call told before;
        # nor a body in a title (`du chef de la Maison militaire du Roi, le général X`: X holds the outer title)
        thing = noun.head
        return thing.pos_ == "NOUN" and thing.head.ent_type_ not in ("ROLE", "RANK") \
            and self._of_other_noun(thing, triggers)

    def _head_of_body(self, clause) -> bool:
        """A relative clause of a `companion_verbs` verb (`que dirige X`) hung on an institution (an
        organisation span, no word of `group_words`): it tells who heads that body, not who came with the
        party. `la délégation que conduit X` (a group) still brings X."""
        if clause.lemma_.lower() not in self.companion_verbs:
            return False
        head = clause.head
        if head.lemma_.lower() in self.group_words or head.lower_ in self.group_words:
            return False
        return head.ent_type_ == "ORG" or head.ent_id_.startswith("organisations:")

    def _without(self, token) -> bool:
        """`a quitté le pays sans avoir été reçu par X`, `s'est entretenu avec Y, sans obtenir de rencontre
        avec Z`: the token stands in an infinitive clause marked by one of grammar `privative_marks` (its
        verb, or a noun that clause governs): what it tells did not happen. `une réunion sans la presse`
        (a preposition before a noun, no clause) is no such clause."""
        seen = 0
        while seen < 8:
            if token.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "mark" and c.lower_ in self.grammar.privative_marks for c in token.children):
                return True
            if token.dep_ not in ("obj", "nmod", "obl", "obl:arg", "obl:mod", "xcomp") or token.head.i == token.i:
                return False  # the clause's own verb reached without a mark: told as it happened
            token, seen = token.head, seen + 1
        return False

    def _without_meeting(self, ent: Span, triggers: set[int]) -> bool:
        """The name stands in a clause of grammar `privative_marks` that holds none of the sentence's
        meeting words (`a rencontré X, sans avoir vu le président Y`): Y was not met."""
        token, seen = ent.root, 0
        while token.head.i != token.i and seen < 12:
            if token.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "mark" and c.lower_ in self.grammar.privative_marks for c in token.children):
                return not any(t.i in triggers for t in token.subtree)
            if token.i in triggers:
                return False
            token, seen = token.head, seen + 1
        return False

    def _agent_of_thing(self, participle, triggers: set[int]) -> bool:
        """A participle hung on a noun that is no meeting word, no person and no title (`sa nomination,
        décidée par X`, `la loi adoptée par X`): its agent is spoken of. `un sommet organisé par X`
        (a meeting word), `le ministre, accompagné par X`, `une délégation emmenée par X` (people) are not such."""
        if participle.dep_ != "acl" or participle.pos_ != "VERB" or "Part" not in participle.morph.get("VerbForm"):
            return False
        noun = participle.head
        if participle.lemma_.lower() in self.companion_verbs or noun.i in triggers or noun.pos_ != "NOUN":
            return False
        if noun.lower_ in self.group_words or noun.lemma_.lower() in self.group_words:
            return False  # `une délégation emmenée par X`: people, led by one who takes part
        return not noun.ent_type_ and not any(t.i in triggers for t in participle.subtree)

    def _noun_complement(self, token, triggers: set[int]) -> bool:
        """A complement of a noun opened by one of `noun_complement_words`: `de` always; another (`par`,
        the noun's agent) only where the noun hangs on no meeting verb nor passive (the parser hangs
        the agent of `a été reçu dans l'après-midi par X` on the noun before it)."""
        words = {c.lemma_.lower() for c in token.children if c.dep_ == "case"}
        if "de" in words:
            return True
        head = token.head  # alphabetic: not a dateline's `(AIP)-`
        if not words and token.ent_type_ in ("ROLE", "RANK") and head.i < token.i - 1 and any(
                c.dep_ == "det" for c in token.children) and head.ent_type_ not in ("ROLE", "RANK", "DATE") and (
                head.is_alpha and not self._place_before(head, token)):  # `a reçu à Rabat le chef`: its object
            # `En exécution des instructions de Sa Majesté le Roi X`: the parser hangs the title, with
            # no preposition of its own, on a noun further back (a name right after its title is no such)
            return True  # (a date owns no one: `a accueilli le lundi 11 mars le Premier ministre`)
        if not words & self.noun_complement_words:
            return False
        head, verb = token.head, _governing_verb(token.head)
        if not any(c.dep_ == "det" for c in head.children):
            return False  # `annoncée en grande pompe par X`: a set phrase, the agent is the participle's
        return verb.i not in triggers and not _passive(verb)

    def _place_before(self, head, token) -> bool:
        """A place's name right before the title, only its determiner between (`a reçu à Rabat le chef
        d'état-major`): the parser hung the verb's object on the place, which owns no one."""
        doc = token.doc
        place = head.ent_type_ in ("GPE", "LOC") or head.lower_ in self.cities or head.lower_ in self.countries
        return place and all(doc[j].dep_ == "det" for j in range(head.i + 1, token.i))

    def _interjected_head(self, ent: Span, sent: Span, triggers: set[int]) -> bool:
        """`qui ont renversé, le 26 juillet, le président X`, `depuis le renversement, le 26 juillet, du
        président X`: a date set between commas cuts the parse; the word before it governs the name.
        A verb of a clause hung on a noun that holds no meeting word (or a state of
        `not_participant_states`), or a noun no meeting word, makes the person spoken of."""
        doc = sent.doc
        phrase = ent.root
        while phrase.dep_ in ("appos", "flat:name", "flat") and phrase.head.i != phrase.i:
            phrase = phrase.head
        i = min(t.i for t in phrase.subtree if not t.is_punct) - 1
        if i < sent.start or doc[i].text != ",":
            return False
        date = next((e for e in self.idx.ents_in(sent) if e.label_ == "DATE" and e.end <= i
                     and all(t.pos_ == "ADJ" for t in doc[e.end : i])), None)  # `le 26 juillet dernier`
        if date is None:
            return False
        j = date.start - 1
        while j > sent.start and doc[j].pos_ == "DET":  # `, le 26 juillet,`
            j -= 1
        if j - 1 < sent.start or doc[j].text != ",":
            return False
        head = doc[j - 1]
        if head.i in triggers:
            return False
        if head.pos_ == "VERB" and not any(c.dep_ == "obj" for c in head.children):
            return head.lower_ in self.not_participant_states or (
                head.dep_ in ("acl", "acl:relcl") and not any(t.i in triggers for t in head.subtree))
        return head.pos_ == "NOUN" and any(c.dep_ == "case" for c in phrase.children) and (
            self._of_other_noun(head, triggers))

    def _partner_phrase(self, ent: Span, sent: Span, triggers: set[int]) -> bool:
        """The name stands in a phrase opened by one of `partner_words` after a meeting word (`s'est
        entretenu ... avec son prédécesseur X`): the person the meeting was held with, whatever
        marker precedes the name."""
        if not triggers or min(triggers) > ent.start:
            return False
        token, seen = ent.root, 0
        while seen < 4:
            if any(c.dep_ == "case" and c.lower_ in self.partner_words for c in token.children):
                return True
            if token.dep_ not in ("appos", "flat:name", "flat", "nmod") or token.head.i == token.i:
                break
            if token.dep_ == "nmod" and any(c.dep_ == "case" for c in token.children):
                break  # the complement of a noun (`avec le successeur du général X`): read word by word below
            token, seen = token.head, seen + 1
        # the parser may hang the apposed name elsewhere: `avec son prédécesseur, le général X` read
        # word by word, no verb, no `de` and no other name between
        doc = sent.doc
        ranked, i = 0, ent.start  # the words of a rank before the name (`le général de corps d'armée X`) count as none
        while i > max(sent.start, ent.start - 7 - ranked):
            i -= 1
            word = doc[i]
            if word.lower_ in self.partner_words:
                return True
            if word.ent_type_ == "RANK" and i + 1 < ent.start and doc[i + 1].ent_type_ in ("RANK", "PERSON"):
                ranked += 1
                continue
            if word.pos_ in ("VERB", "AUX") or word.lemma_.lower() == "de" or word.ent_type_ == "PERSON":
                return False
        return False

    def _title_spoken_of(self, ent: Span, ents: list[Span], sent: Span, triggers: set[int],
                         person_of: dict[int, str]) -> bool:
        """A name right after the title of the same person (`l'annonce par le président russe, X,`)
        is judged with that title: the parser often hangs the name elsewhere."""
        if ent.label_ != "PERSON":
            return False
        doc = sent.doc
        title = next((e for e in reversed(ents) if e.end <= ent.start and e.label_ == "ROLE"
                      and person_of.get(e.start_char) in (None, person_of.get(ent.start_char))), None)
        if title is None or not all(t.is_punct or t.head.i in range(title.start, title.end)
                                    for t in doc[title.end : ent.start]):
            return False  # `le président russe, X`: an adjective of the title between
        return self._spoken_of(title, sent, triggers)

    @staticmethod
    def _reported(sent: Span, at: int, triggers: set[int]) -> bool:
        """The words at this offset of the sentence lie in a reported clause that holds no meeting word
        (`X a expliqué que les deux chefs d'Etat partageaient ...`): they tell what was said."""
        token = sent.char_span(at, at + 1, alignment_mode="expand")
        if token is None or not len(token):
            return False
        token, seen = token.root, 0
        while token.head.i != token.i and seen < 30:
            if token.i in triggers:
                return False
            if token.dep_ == "ccomp" and not any(t.i in triggers for t in token.subtree):
                return True
            token, seen = token.head, seen + 1
        return False

    def _of_other_noun(self, head, triggers: set[int]) -> bool:
        """A noun (or `celle`, `celui`) whose `de` complement is only spoken of: no meeting word, no
        role nor name (`le chef de la délégation`), no group, none of `participant_nouns`."""
        if head.i in triggers or head.ent_type_ in ("PERSON", "ROLE", "RANK", "ORG"):
            return False
        if head.pos_ == "PRON":  # `deux mois après celle du général X`: another meeting, another time
            return head.lower_ in self.spoken_of_pronouns
        return (head.pos_ == "NOUN" and head.lower_ not in self.participant_nouns
                and head.lemma_.lower() not in self.participant_nouns and head.lower_ not in self.group_words)

    def _status(self, sent: Span, trigger, words: str) -> str:
        """`cancelled` when the sentence calls the meeting off, `planned` when the verb that governs
        the trigger is in the future, depends on a modal (`doit rencontrer`) or says it is awaited
        (`est attendu`), or a word qualifies the trigger (`la prochaine réunion`); `held` when that
        verb is in a past tense; else empty (no mark either way)."""
        if any(f" {w} " in words for w in self.cancelled_words):
            return "cancelled"
        if any(f" {w} " in words for w in self.postponed_words):
            return "postponed"  # called off for a later day: held wins if another mention says it took place
        verb = _governing_verb(trigger)
        chain = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "aux:tense"))]
        tenses = {t for tok in chain for t in tok.morph.get("Tense") if t != "Fut" or self._future_ending(tok)}
        if tenses & self.planned_tenses or self._future_form(verb) or self._purpose_of_future(verb):
            return "planned"
        if self._simple_conditional(verb):
            return "planned"
        heads = [verb.head] if verb.dep_ in ("xcomp", "ccomp") else []
        heads += [c for c in verb.children if c.dep_.startswith("aux")]
        if any(h.lemma_.lower() in self.planned_modals and h.i != verb.i for h in heads):
            return "planned"
        if verb.lower_ in self.planned_words or any(c.lower_ in self.planned_words | self.prospect_words
                                                    for c in trigger.children):
            return "planned"  # `la prochaine réunion`, `une éventuelle rencontre`
        if any(c.lower_ in self.planned_words and c.dep_ in ("aux:pass", "cop", "amod", "xcomp")
               and not _own_tense(c) for c in verb.children):
            return "planned"
        if "Past" in tenses or "Imp" in tenses:
            return "held"
        return ""

    def _previous_people(self, doc: Doc, sent: Span, person_of: dict[int, str]) -> list[str]:
        """The people named in the last sentence before `sent` that names any."""
        return self.idx.in_last_sentence((e.start, person_of[e.start_char]) for e in self.idx.ents_before(sent.start)
                                         if e.label_ in ("PERSON", "ROLE") and e.start_char in person_of
                                         and not self._spoken_of(e, self.idx.sent(e.start), set()))

    def _previous_pair(self, doc: Doc, sent: Span, quotes, person_of: dict[int, str], reach: int = 3) -> list[str]:
        """The people a pair word (`les deux hommes`) stands for: those of the last sentence before `sent`
        that names any, passing over (up to `reach` sentences) one that only adds members to the party
        told (`Le général X faisait partie de la délégation`): the pair is the two who met."""
        people = self._previous_people(doc, sent, person_of)
        before, seen = sent, 0
        while people and seen < reach:
            first = next((e for e in self.idx.ents_before(before.start) if e.label_ in ("PERSON", "ROLE")
                          and e.start_char in person_of), None)
            if first is None:
                break
            named = self.idx.sent(first.start)
            members = set(self._party_members(named, quotes, person_of))
            if not members or not set(people) <= members:
                break
            earlier = self._previous_people(doc, named, person_of)
            if not earlier:
                break
            people, before, seen = earlier, named, seen + 1
        pair = self._last_pair(people) if len(people) == 1 else []
        if pair and (people[0] in pair or not self._people_role.get(people[0])):  # `accompagné de son épouse, X`
            people = pair  # `Les deux dirigeants ...`: the pair of the last meeting; `X a été accueilli par son
            # homologue. Les deux chefs d'Etat ...`: the one named before is of that pair
        return self._described_pair(sent, people, person_of)

    def _described_pair(self, sent: Span, people: list[str], person_of: dict[int, str]) -> list[str]:
        """The people a plural description of the sentence stands for, given those `_previous_pair` read
        before it. A description naming an office (`les deux ministres`) keeps them unless one of them is
        unfit for it (`_unfit`); then it keeps those of them who hold it and adds the nearest people named
        before who hold it, then who may (`_may_hold`), as many as its number says: `X a reçu Y. Les
        généraux A et B ... Les deux ministres ...` is X and Y, not the two generals. Found short, none;
        when nobody named holds the office, those read before. A description of any office (`les deux
        hommes`) is left to those read before."""
        described = self._plural_description(sent)
        if described is None or described[1] is None:
            return people
        count, office = described
        if not any(self._unfit(k, office) for k in people):
            return people
        kept = [k for k in people if self._holds(k, office[0])]
        named = self._named_before(sent, person_of)
        holding = [k for k in named if k not in kept and self._holds(k, office[0])]
        if not holding:
            return people
        chosen = kept + holding + [k for k in named if k not in kept and k not in holding
                                   and self._may_hold(k, office[0]) and not self._unfit(k, office)]
        if len(chosen) < count:
            return []
        chosen = chosen[:count]
        self._described_sents.add(sent.start)
        return sorted(chosen, key=lambda k: -named.index(k) if k in named else 0)  # in text order

    def _holds(self, key: str, roles: tuple[str, ...]) -> bool:
        """Whether the role of the person `key` holds one of the role words of an office."""
        role = self._people_role.get(key, "").replace("\u2019", "'")
        return any(word in role for word in roles)

    def _unfit(self, key: str, office: tuple[tuple[str, ...], bool | None]) -> bool:
        """Whether the person `key`, of a role that is not the office a plural description names, cannot
        hold it: the role is another office of the list (`les deux chefs de gouvernement` are no president),
        or a military rank sits beside it for a civil office (`les deux ministres` are not the chief of the
        army), or none for an officers' one (`ranked`). Of no role read yet, or an office of neither list,
        one may (`le secrétaire d'État X`, `le chef de la diplomatie X` for `les deux ministres`)."""
        roles, ranked = office
        if not self._people_role.get(key) or self._holds(key, roles):
            return False
        if any(other != office and self._holds(key, other[0]) for _term, other in self.described_offices):
            return True
        return ranked is not None and ranked != (key in self._people_ranked)

    def _may_hold(self, key: str, roles: tuple[str, ...]) -> bool:
        """Whether the person `key` holds an office, or may: of no role nor rank read yet (`son homologue
        allemand X`, whose title the counterparts give later)."""
        return self._holds(key, roles) or not (self._people_role.get(key) or key in self._people_ranked)

    def _named_before(self, sent: Span, person_of: dict[int, str]) -> list[str]:
        """The people named before `sent`, nearest first, once each."""
        return list(dict.fromkeys(person_of[e.start_char] for e in self.idx.ents_before(sent.start)
                                  if e.label_ in ("PERSON", "ROLE") and e.start_char in person_of))

    def _plural_description(self, sent: Span) -> tuple[int, tuple[tuple[str, ...], bool | None] | None] | None:
        """The plural description of officials in `sent` (`les deux ministres`, `ces trois chefs d'État`): a
        noun with a determiner of `pair_determiners` and a number (`pair_numbers`, `group_counts`). Its
        count and the office its head names (meetings `described_offices`): its role words and whether
        officers hold it (`ranked`, None when either may), None for a description of any office (`les
        deux hommes`). None when there is none or it names a country or a group (`les deux pays`, `les
        deux délégations`)."""
        for noun in sent:
            if noun.pos_ != "NOUN" or noun.lower_ in self.countries or noun.lower_ in self.group_words or (
                    noun.lemma_.lower() in self.group_words):
                continue
            numbers = [c.lower_ for c in noun.children if c.dep_ == "nummod"]
            count = 2 if any(n in self.grammar.pair_numbers for n in numbers) else next(
                (self.group_counts[n] for n in numbers if n in self.group_counts), 0)
            if not count or not any(c.dep_ == "det" and c.lower_ in self.grammar.pair_determiners
                                    for c in noun.children):
                continue
            rest = sent.doc.text[noun.idx:sent.end_char].lower().replace("\u2019", "'")
            office = next((office for term, office in self.described_offices if rest.startswith(term) and (
                len(rest) == len(term) or not rest[len(term)].isalpha())), None)
            return count, office
        return None

    def _last_pair(self, people: list[str]) -> list[str]:
        """The two people of the last meeting told, host and guest (or its only two people), when a pair
        word finds in the sentence before only one person, of no office (`X a été accueilli par Y. Il
        était accompagné de son épouse, Z. Les deux dirigeants ...`: X and Y, not Z alone). None when
        that meeting names more or fewer than two; a flashback is passed over."""
        for mention in reversed(getattr(self, "_told", [])):
            if mention.get("presence") or mention.get("background"):  # a flashback is not the story's
                continue
            pair = list(dict.fromkeys([mention["host"], *mention["guests"]] if mention["host"] else mention["people"]))
            pair = [k for k in pair if k]
            return pair if len(pair) == 2 else []
        return []

    def _pair_subject(self, verbs: list) -> bool:
        """The subject of a meeting verb is `les deux` and a plural noun of people (`les deux négociateurs
        s'étaient retrouvés`): two people, named before. A place, a country, a name or a group of
        `group_words` (`les deux délégations`) is no such noun; a plural title is."""
        for verb in verbs:
            for noun in (verb.children if verb is not None else ()):
                if noun.dep_ not in ("nsubj", "nsubj:pass") or noun.pos_ != "NOUN" or (
                        noun.ent_type_ not in ("", "ROLE")):
                    continue
                if noun.morph.get("Number") != ["Plur"] or noun.lower_ in self.countries or (
                        noun.lower_ in self.group_words or noun.lemma_.lower() in self.group_words):
                    continue
                if any(c.dep_ == "nummod" and c.lower_ in self.grammar.pair_numbers for c in noun.children) and any(
                        c.dep_ == "det" and c.lower_ in self.grammar.pair_determiners for c in noun.children):
                    return True
        return False

    def _counted_group(self, sent: Span, verbs: list, person_of: dict[int, str]) -> list[str]:
        """`Les trois ministres ont été reçus par X`: a subject or object of a meeting verb that is a plural
        noun of people with a determiner of `pair_determiners` and a number of meetings `group_counts`
        (three or more; `deux` is `_pair_subject`'s) stands for that many people named before: the
        nearest ones, walking back at most five sentences, whose role holds the noun (`ministre`) when
        any person named there has such a role, else the nearest of any role. Found short of the
        number, the group is not read (`les trois délégations`, a group of `group_words`, never is)."""
        for verb in verbs:
            for noun in (verb.children if verb is not None else ()):
                if noun.dep_ not in ("nsubj", "nsubj:pass", "obj") or noun.pos_ != "NOUN" or (
                        noun.morph.get("Number") != ["Plur"] or noun.lower_ in self.group_words
                        or noun.lemma_.lower() in self.group_words):
                    continue
                count = next((self.group_counts[c.lower_] for c in noun.children
                              if c.dep_ == "nummod" and c.lower_ in self.group_counts), 0)
                if not count or not any(c.dep_ == "det" and c.lower_ in self.grammar.pair_determiners
                                        for c in noun.children):
                    continue
                named: list[str] = []
                here = bisect_right(self.idx.sent_starts, sent.start)
                for ent in self.idx.ents_before(sent.start):
                    if here - bisect_right(self.idx.sent_starts, ent.start) > 5:
                        break
                    if ent.label_ in ("PERSON", "ROLE") and ent.start_char in person_of:
                        named.append(person_of[ent.start_char])
                named = list(dict.fromkeys(named))
                word = noun.lemma_.lower()
                described = self._plural_description(sent)
                if described is not None and described[1] is not None:  # `les trois chefs d'État`: presidents
                    titled = [k for k in named if self._holds(k, described[1][0])]
                else:
                    titled = [k for k in named if word in self._people_role.get(k, "")]
                chosen = (titled if titled else named)[:count]
                if len(chosen) == count:
                    return chosen[::-1]  # in text order
        return []

    def _verb_entry(self, token) -> dict | None:
        """The trigger entry of a verb, if it is one: `se rendre` needs its reflexive pronoun. Read once per
        verb of the Doc (`read`'s filter, then `_mention` and the frames ask it again); asked before
        `_beside_heads` has read the Doc, it is not kept. A participle the tagger took for a name is one."""
        if token.pos_ not in ("VERB", "AUX") and not _misread_participle(token):
            return None
        doc = token.doc
        if "beside_heads" not in doc.user_data:
            return self._read_verb_entry(token)
        known = DocIndex.of(doc).memo.setdefault("meeting_mentions.verb_entry", {})
        if token.i not in known:
            known[token.i] = self._read_verb_entry(token)
        return known[token.i]

    def _read_verb_entry(self, token) -> dict | None:
        """`_verb_entry` read from the parse and the lists."""
        entry = self.verbs.get(token.lemma_.lower()) or self.verb_forms.get(token.lower_)
        if entry is not None and entry.get("reflexive") and not _reflexive(token, self.grammar):
            return None
        entry = entry or token.doc.user_data.get("beside_heads", {}).get(token.i, (None, None))[0]
        if entry is not None and entry.get("active") and (_passive(token) or token.dep_ == "acl:relcl" or (
                "Part" in token.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in token.children))):
            return None  # `Accompagné du ministre X`, `X, qui accompagnait le général Y`: who came along
        if entry is not None and entry.get("agent") and not _has_agent(token) and not _place_relative(
                token, self.grammar.place_relatives, self.clitic_objects):
            return None  # `attendre` meets someone only as `être attendu par X`
        if _negated(token):
            return None  # `ne reçoit pas de fonds`, `n'a jamais rencontré`: nothing took place
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in self.grammar.negating_modals and _negated(
                token.head):
            return None  # `n'a pu rencontrer ni X ni Y`, `n'a pas voulu recevoir X`: the modal's negation
        if entry is not None and entry.get("chamber") and not self._hearing(token):
            return None  # `entendre` hears a witness only before a chamber
        if entry is not None and entry.get("locution") and not _locution_complement(token, entry["locution"]):
            return None  # `faire face à ses homologues`, not `faire une déclaration`
        return entry

    def _beside_heads(self, doc: Doc, person_of: dict[int, str]) -> dict[int, tuple[dict, list[str]]]:
        """The verbs of a journey to someone: a `beside_visits` word (`auprès de`) opening a complement
        that names a person (a name, a title), hung on a verb of `journeys` (`se rendre`,
        `aller`) or a verb whose object is a noun of them (`achever sa tournée à Berlin auprès de X`,
        `effectuer une mission auprès de X`), or on such a noun itself: a visit to that person, who
        receives the visitor. After any other verb (`plaider auprès de X`, `intervenir auprès de X`, a
        request or a word put in) or noun (`chargé de mission auprès du ministre`: an office) it tells
        no meeting; a meeting word of its own makes that sentence a meeting anyway. The verb (the
        infinitive of a modal: `doit achever`) -> (its entry, the people visited), kept on the doc."""
        found = doc.user_data.get("beside_heads")
        if found is not None:
            return found
        found = doc.user_data["beside_heads"] = {}
        for entry in self.beside_visits:
            for word in tokens_with(doc, "LOWER", entry["terms"]):
                word = doc[word]
                complement = (word.head if word.dep_ in ("case", "fixed") else
                              next((c for c in word.children if c.dep_.startswith(("obl", "nmod"))), None))
                if complement is None:
                    continue
                named = complement.idx in person_of or complement.ent_type_ in ("PERSON", "ROLE")
                if entry.get("named") and not named:
                    continue  # `rendre visite aux soldats`, `une visite à Dakar, où il a rencontré Y`: no one visited
                visited = _people_of_complement(complement, person_of) or self._title_holder(complement, person_of)
                if not visited:
                    continue
                verb = complement.head if word.dep_ in ("case", "fixed") else word.head
                journey = verb.pos_ == "NOUN" and verb.lemma_.lower() in entry["journeys"] and verb.dep_ in (
                    "obj", "nsubj", "obl:arg", "obl:mod", "ROOT")  # `une tournée auprès de X`; not `chargé de mission`
                verb = _governing_verb(verb) if verb.pos_ == "NOUN" else verb
                if verb is None or verb.pos_ not in ("VERB", "AUX"):
                    continue
                inner = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
                if verb.lemma_.lower() in self.planned_modals and inner is not None:
                    verb = inner  # `doit achever sa tournée ... auprès de X`: the infinitive tells the visit
                if not (journey or self._journey(verb, entry["journeys"])):
                    continue
                if entry["verbs"] and verb.lemma_.lower() not in entry["verbs"]:
                    continue  # `présenter ses civilités à X`; `adresser une lettre à X` is no visit
                found[verb.i] = (entry, visited)
        return found

    def _title_holder(self, token, person_of: dict[int, str]) -> list[str]:
        """`Y est venu présenter ses civilités au Ministre`: a definite title alone (a ROLE with no name in it)
        stands for the one person of the document whose role holds the whole title; none when it fits
        several or no one, or the article is indefinite (`à un ministre`)."""
        if token.ent_type_ != "ROLE" or token.pos_ != "NOUN" or any(t.idx in person_of for t in token.subtree):
            return []
        if any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in token.children):
            return []
        title = next((e for e in token.doc.ents if e.start <= token.i < e.end and e.label_ == "ROLE"), None)
        if title is None:
            return []
        words = title.text.lower().replace("\u2019", "'")
        found = [k for k, role in self._people_role.items() if _word_at(role.replace("\u2019", "'"), words) >= 0]
        return found if len(found) == 1 else []

    def _journey(self, verb, journeys: set[str]) -> bool:
        """The verb, or its object, is a word of a journey: `se rendre` (a verb of `verbs` flagged
        `reflexive` needs its pronoun), `aller`, `achever sa tournée`, `effectuer une mission`."""
        lemma = verb.lemma_.lower()
        if lemma in journeys:
            entry = self.verbs.get(lemma)
            return not (entry and entry.get("reflexive") and not _reflexive(verb, self.grammar))
        return any(c.dep_ == "obj" and c.lemma_.lower() in journeys for c in verb.children)

    def _beside_host(self, verbs: list, person_of: dict[int, str]) -> tuple[str, list[str], bool] | None:
        """`X s'est rendu auprès de Y`: the person visited (the first named) receives the verb's subject."""
        heads = verbs[0].doc.user_data.get("beside_heads", {}) if verbs else {}
        for verb in verbs:
            if verb.i in heads:
                host = heads[verb.i][1][0]
                subject = verb.head if verb.dep_ == "xcomp" and not any(  # `Y est venu présenter ses civilités à X`
                    c.dep_.startswith("nsubj") for c in verb.children) else verb
                guests = [k for k in _people_in(subject, ("nsubj",), person_of)
                          or self._pronoun_subject(subject, person_of) if k != host]
                if not guests:  # `Troisième hôte de la journée, le colonel Y, est venu ...`: the parser made the
                    # visitor an apposition of a noun set before the verb, no subject: the one named first there
                    guests = [person_of[t.idx] for t in subject.sent if t.i < subject.i
                              and t.idx in person_of and person_of[t.idx] != host][:1]
                return host, guests, True
        return None

    def _hearing(self, token) -> bool:
        """A verb flagged `chamber` (`entendre`) tells a hearing in a text naming one of `chambers` (a
        parliamentary record, a report of a committee), its object heard in person: not a perception
        (`j'ai entendu le ministre dire que`, `entendre parler de`: an infinitive hangs on it)."""
        if any(c.pos_ in ("VERB", "AUX") and "Inf" in c.morph.get("VerbForm") for c in token.children):
            return False
        doc = token.doc
        if doc.user_data.get("chamber_named") is None:
            text = doc_text(doc)
            doc.user_data["chamber_named"] = any(c in text for c in self.chambers)
        return doc.user_data["chamber_named"]

    def _has_partner(self, verb, person_of: dict[int, str]) -> bool:
        """A verb flagged `partner` reports a meeting only with the people it names as its arguments:
        `partner: person` (`a rejoint le Premier ministre`, not `a rejoint son unité`) wants a person,
        a personal pronoun or a group word among its complements; `partner: any` the same among its
        subject and complements (`Il a reçu ...`, not `La base accueille deux escadrons`); `partner: avec`
        (`a signé avec le président X un traité`, not `a signé un contrat`) a person or group in a
        complement opened by `avec`. A verb with `objects` needs one of them as its object or passive
        subject (`le drapeau lui a été remis par X`: a ceremony); one with `things` none of them as its object
        or argument (`X a reçu le drapeau`, `des instructions`: a thing received, no guest; `a participé au
        coup d'État`: an act, no meeting)."""
        entry = self._verb_entry(verb) or {}
        need = entry.get("partner")
        if not need and entry.get("objects"):  # `X a prêté serment`, not `X a prêté main-forte`
            objects = {w.lower() for w in entry["objects"]}
            if verb.dep_ == "dep" and verb.head.i == verb.i + 1 and verb.head.lemma_.lower() in objects:
                return True  # the parser may make the bare object the head of its verb (`a prêté serment`)
            return any((c.dep_ in ("obj", "nsubj:pass") or c.pos_ == "NOUN" and not any(
                x.dep_ == "case" for x in c.children)) and c.lemma_.lower() in objects
                for c in verb.children)  # the parser hangs a bare object as xcomp or obl (`prêter serment`)
        if not need:
            return True
        arguments = [c for c in verb.children if c.dep_ in PARTNER_DEPS]
        if entry.get("chamber") and verb.dep_ == "advcl" and "Part" in verb.morph.get("VerbForm") and not any(
                c.dep_.startswith("nsubj") for c in arguments):
            # `Auditionnée mardi par la commission, la ministre X a ...`: the participle's passive subject is
            # the subject of the clause it opens, the partner the verb names
            arguments += [c for c in verb.head.children if c.dep_ == "nsubj" and c.i > verb.i]
        subjects = [c for c in arguments if c.dep_ == "nsubj"]
        if len(subjects) > 1:  # `tout comme X, dont le pays accueille le siège`: one subject, the nearest
            arguments = [c for c in arguments if c.dep_ != "nsubj" or c.i == max(x.i for x in subjects)]
        things = {w.lower() for w in entry.get("things") or []}
        if any(c.lemma_.lower() in things for c in _objects(arguments)):
            return False  # `X a reçu le drapeau`, `a participé au coup d'État`: a thing, no one met
        objects = {w.lower() for w in entry.get("objects") or []}
        if objects and not any(c.dep_ in ("obj", "nsubj:pass") and c.lemma_.lower() in objects for c in arguments):
            return False  # `le drapeau lui a été remis par X`, not `il a remis son rapport`
        if need == "gathering":  # `a pris part au Groupe de contact`, not `à cette audience` (the noun tells it)
            return any(c.dep_ in ("obl:arg", "obl:mod") and self._gathering_body(c) for c in arguments)
        if need == "avec":  # `signer un accord avec X`: the parser hangs the partner on the object
            arguments += [g for c in arguments if c.dep_ == "obj" for g in c.children if g.dep_ == "nmod"]
        if entry.get("joint") and self._joint_subject(arguments, person_of) and not any(
                c.lower_ in self.place_clitics and c.pos_ == "PRON" for c in verb.children):
            # `X et son homologue Y y ont signé ...`: signed at the meeting just told (`clitic_attendance`)
            return True  # `X et son homologue Y ont signé un accord`: the two signatories are each other's partner
        if need == "any":  # only a clause that names its subject and object, neither of them people, is none
            deps = {c.dep_ for c in arguments} | {"obj" for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "NOUN"
                                                  and not any(x.dep_ == "case" for x in c.children)}
            # `dont le pays accueille le quartier général de l'Alliance`: the parser hangs some objects as xcomp
            if not ({"nsubj", "nsubj:pass"} & deps and {"obj", "obl:agent"} & deps) and "nsubj:pass" not in deps:
                return True
        if need == "any" and _antecedent(verb, person_of):
            return True  # `c'est le président X qui a reçu ...`: the relative `qui` stands for the person before it
        for child in arguments:
            if need == "avec" and not any(c.dep_ == "case" and c.lower_ == "avec" for c in child.children):
                continue
            if need == "person" and child.dep_ == "nsubj" and child.head.i == verb.i:
                continue  # the subject moves; the partner is what it joins (a passive subject is that partner:
                # `X a été entendu par la commission`, `X a été rejoint par Y`)
            if any(t.idx in person_of or t.ent_type_ in ("PERSON", "ROLE") or t.lower_ in self.group_words
                   or t.lemma_.lower() in self.counterpart_nouns for t in child.subtree):
                return True  # a role stands for its holder: `avec le Premier ministre portugais`, `son homologue`
            if need == "person" and child.dep_ in ("obl:arg", "obl:mod") and self._gathering_body(child):
                return True  # `a pris part au Groupe de contact`: a sitting of a body that meets
            if need != "avec" and child.pos_ == "PRON" and "Prs" in child.morph.get("PronType") and (
                    child.lower_ not in self.grammar.reflexive_pronouns):
                return True
            if need != "avec" and child.pos_ == "PRON" and child.lower_ in self.grammar.subject_pronouns and (
                    self._pronoun_subject(verb, person_of)):
                return True  # the tagger leaves `PronType` off some `Elle`: the person it stands for
            if need == "any" and child.dep_ == "nsubj:pass" and child.pos_ == "NOUN" and not child.ent_type_ and (
                    not any(c.dep_ == "obl:agent" for c in arguments)):
                return False  # `l'annonce a été accueillie avec satisfaction`: a thing received
        return False

    def _joint_subject(self, arguments: list, person_of: dict[int, str]) -> bool:
        """The verb's subject names two people or more joined by a conjunction (`Le ministre X et son homologue
        Y ont signé ...`, `Le général X et le général Y ont signé ...`): a verb flagged `joint` (signing) done
        together tells that they sat at one table, each the other's partner. A subject and its conjuncts count
        each as a person by a name, a title (ROLE, RANK) or a counterpart noun (`son homologue`); one signatory
        (`X a signé un contrat`) is none."""
        for subject in (c for c in arguments if c.dep_ in ("nsubj", "nsubj:pass")):
            # the parser may hang the second one on the first one's name in apposition (`le ministre X et son
            # homologue Y`: `homologue` a conjunct of `X`)
            named = [subject, *(c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN")]
            heads = [subject, *(c for n in named for c in n.children
                                if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))]
            if len(heads) > 1 and sum(self._person_head(h, person_of) for h in heads) > 1:
                return True
        return False

    def _person_head(self, head, person_of: dict[int, str]) -> bool:
        """The head of a noun phrase names a person: the name itself, a title (ROLE, RANK) or a counterpart noun
        (`son homologue`), or a name in apposition or joined as a flat name (`le ministre, X`)."""
        own = [head, *(c for c in head.children if c.dep_ in ("appos", "flat:name", "flat", "nmod")
                       and c.pos_ == "PROPN")]
        return any(t.idx in person_of or t.ent_type_ in ("PERSON", "ROLE", "RANK")
                   or t.lemma_.lower() in self.counterpart_nouns for t in own)

    def _gathering_body(self, token) -> bool:
        """The complement names a body that exists to meet (its organisation kind in `gathering_kinds`:
        `le Groupe de contact`, `le Comité militaire`): taking part in it is taking part in a sitting."""
        return token.ent_type_ == "ORG" and token.ent_id_ in self.gathering_bodies

    def _side(self, sent: Span, nouns: list[Span], verbs: list) -> tuple[bool, list[Span], list]:
        """`En marge des entretiens, la délégation a participé à des réunions avec ...` is a side
        meeting: a trigger after `en marge de` + its noun. `La réunion s'est tenue en marge de la
        session` is not: its trigger comes first. Returns the side flag and the triggers that count."""
        text = span_text(sent).lower()
        found = [text.find(m) for m in self.side_markers if m in text]
        if not found:
            return False, nouns, verbs
        marker = sent.start_char + min(found)
        own = {v.i for v in verbs}
        # `X, qui avait pris part au Dialogue Shangri-La en mai, doit s'entretenir en marge de l'ADMM-Plus`: a
        # gathering told in a relative clause on another verb is another time, not what the talks stand beside
        nouns = [n for n in nouns if not _in_relative_of_other(n, own)] if verbs else nouns
        if verbs and not any(n.start_char < marker for n in nouns) and all(
                _governing_verb(n.root).i in own for n in nouns):
            # `Les deux hommes se sont entretenus vendredi en marge du forum`: the verb's talks, beside it
            return True, [n for n in nouns if n.start_char > marker][1:], verbs
        if any(n.start_char < marker for n in nouns) or any(v.idx < marker for v in verbs):
            return False, nouns, verbs
        later_nouns = [n for n in nouns if n.start_char > marker][1:]  # the first is what it is beside
        if not later_nouns and not verbs:
            return False, nouns, verbs
        return True, later_nouns, verbs

    def _day_from_event(self, nouns: list[Span]) -> tuple[str, int] | None:
        """`La veille de la cérémonie, X avait été reçu par Y`, `le lendemain du sommet`: a day noun (`veille`,
        `lendemain`) with its definite article and no preposition, whose `de` complement is a meeting noun,
        dates what the sentence tells by that meeting's day. `À la veille du sommet` (shortly before) and
        `au lendemain de` (in the wake of) count no day."""
        for noun in nouns:
            head = noun.root.head
            if (noun.root.dep_ == "nmod" and head.lower_ in self.day_nouns and head.pos_ == "NOUN"
                    and any(c.dep_ == "det" and c.lower_ in self.grammar.definite_articles for c in head.children)
                    and not any(c.dep_ == "case" for c in head.children)):
                return noun.root.lemma_.lower(), self.day_nouns[head.lower_]
        return None

    def _beside_demonstrative(self, sent: Span) -> bool:
        """`En marge de cette réunion, il a eu une rencontre avec Y`: the gathering the side meeting stands
        beside is named by a demonstrative, the one the text has just told (not always the story's own)."""
        text = span_text(sent).lower()
        found = [(text.find(m), -len(m)) for m in self.side_markers if m in text]
        if not found:
            return False
        at, length = min(found)  # the first marker, its longest form (`en marge de`, not `en marge`)
        after = sent.start_char + at - length
        token = next((t for t in sent if t.idx >= after and not t.is_space), None)
        return token is not None and "Dem" in token.morph.get("PronType") and token.pos_ == "DET"

    def _host(self, sent: Span, verbs, entries, person_of) -> tuple[str, list[str], bool]:
        """Who hosted, and whom: the subject of `a accueilli`, `a reçu` and the people received;
        in the passive (`X a été reçu par Y`) the agent hosts the subject. `se réunir` has no host.
        The flag says the host was read from the parse (a subject, an agent), not from word order.
        A gathering said both chaired and received (`présidée par A et accueillie par B`) is B's: who
        chairs is read last."""
        for verb, entry in self._chair_last(verbs, entries):
            if entry.get("host") != "subject" or _reflexive(verb, self.grammar):
                continue
            if verb.lemma_.lower() in self.chair_verbs and self._marker_on_committee(sent, verb.idx):
                continue  # `en association avec la sous-commission B, présidée par Y`: Y chairs B
            if entry.get("agent") and not _has_agent(verb):  # `..., où l'attendait X`
                awaited = self._awaiting(verb, person_of)
                if awaited:
                    return awaited
                continue
            passive = (_passive(verb) or _bare_participle(verb) or _agent_participle(verb)
                       or _detached_participle(verb) or _trailing_participle(verb))
            if _fronted_participle(verb) and not (passive and _people_in(verb, ("obl:agent",), person_of)):
                fronted = self._fronted_host(verb, person_of)
                if fronted is None:
                    continue  # `Accueilli par un piquet d'honneur, X a ...`: the agent names no one
                return fronted
            if passive:
                hosts = _people_in(verb, ("obl:agent",), person_of) or _people_after_par(sent, verb, person_of)
                parsed = hosts  # `a été reçu par X` names its host in so many words
                guests = (_people_in(verb, ("nsubj:pass", "nsubj"), person_of) or _antecedent(verb, person_of)
                          or _detached_subject(verb, person_of)  # `Reçu par X, Y a quitté ...`: Y received
                          or _people_before(sent, verb, person_of)
                          or self._pronoun_subject(verb, person_of)  # `Elle a ensuite été reçue par X`
                          or self._guest_noun_subject(verb, person_of)  # `le visiteur a été reçu par X`
                          or self._demonym_described(verb, ("nsubj:pass", "nsubj"), person_of, set(hosts))
                          or self._shared_subject(verb, person_of))  # `il s'entretient avec X, puis est reçu par Y`
                if not hosts:  # `qui avait été reçu par son homologue français`: the one French official
                    hosts = parsed = self._counterpart(verb, ("obl:agent",), set(guests))
                if not hosts:  # `X a été accueilli par son prédécesseur`: the other holder of X's office
                    hosts = parsed = self._predecessor(verb, set(guests))
                if not hosts:  # `X, qui a succédé à Y, ... a été accueilli par son prédécesseur`: Y
                    named = self._predecessor_named(verb, set(guests), person_of)
                    hosts = parsed = named[:1]
                    guests = guests or named[1:]  # the successor an unresolved description stands for
                if not hosts:  # `X a été accueillie au siège de l'OTAN`: the one head of that body
                    hosts = self._head_of_seat(verb, set(guests))
                if not hosts:  # `reçu par le chef de la diplomatie russe`: the one person of that role
                    hosts = parsed = self._described_person(verb, ("obl:agent",), set(guests))
            else:
                parsed = _subject_people(verb, person_of)
                if not parsed and verb.dep_ == "advcl" and not any(c.dep_.startswith("nsubj") for c in verb.children):
                    parsed = _people_in(verb.head, ("nsubj",), person_of)  # `Recevant X, Y a confié ...`: Y receives
                if not parsed and _thing_relative(verb, person_of):
                    continue  # `les pays qui accueillent des forces françaises`: a thing hosts, no one named before
                hosts = parsed or _people_before(sent, verb, person_of) or self._pronoun_subject(verb, person_of)
                if not hosts:  # `le ministre russe de la Défense a reçu ...`: the one Russian defence minister
                    hosts = parsed = self._described_person(verb, ("nsubj",), set())
                guests = (_people_in(verb, ("obj", "iobj", "obl:arg"), person_of)
                          or self._counterpart(verb, ("obj",), set(hosts)) or _people_after(sent, verb, person_of)
                          or self._object_pronoun_guest(verb, person_of, set(hosts))
                          # `X a reçu le responsable américain`: the American named last
                          or self._demonym_described(verb, ("obj",), person_of, set(hosts)))
            if hosts:
                return hosts[0], [g for g in guests if g != hosts[0]], bool(parsed) or bool(guests)
        return "", [], False

    def _fronted_host(self, verb, person_of: dict[int, str]) -> tuple[str, list[str], bool] | None:
        """Host and guest of a fronted participle (`_fronted_participle`), read from the words between `par` and
        the main clause's finite verb, whatever the parser made of them: the first person named there hosts, the
        last is the main subject received (`Accueilli par son homologue, le ministre X, le ministre Y a visité
        ...`); one person alone hosts when the main subject is a pronoun (`Reçu par X, il a ...`), else he is
        the one received and no host is named (`Accueilli par un piquet d'honneur, X a ...`)."""
        doc, sent = verb.doc, verb.sent
        par = next(t.i for t in doc[verb.i + 1 : sent.end] if t.lower_ == "par")
        finite = next((t for t in doc[par + 1 : sent.end]
                       if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")), None)
        if finite is None:  # `Reçu par X` (a headline): its agent hosts
            named = [person_of[t.idx] for t in doc[par + 1 : sent.end] if t.idx in person_of]
            return (named[0], [], True) if named else None
        main = finite.head if finite.pos_ == "AUX" and finite.head.i > finite.i else finite
        named = list(dict.fromkeys(person_of[t.idx] for t in doc[par + 1 : finite.i] if t.idx in person_of))
        if len(named) > 1:
            return named[0], named[-1:], True
        pronoun = any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in main.children)
        if named and pronoun:
            found = self._pronoun_subject(main, person_of)
            return named[0], [g for g in found if g != named[0]], True
        return None

    def _meeting_clitic_host(self, nouns: list[Span], person_of: dict[int, str]) -> str:
        """`La rencontre s'est tenue à Z, la résidence du Premier ministre X, qui l'a accueillie`, `Le sommet
        s'est tenu au palais, auprès de X, qui l'a accueilli`: a host verb (`host: subject`) of a relative clause
        inside the clause whose subject is the meeting's noun, its object a clitic (`clitic_objects`) agreeing
        with that noun in gender and number, has the clitic stand for the meeting: the relative's subject (the
        antecedent of `qui`, or a subject named in the clause) hosts it. A clause whose subject is a person
        (`X s'est rendu à Rabat, auprès de Y, qui l'a accueilli`) leaves the clitic to him, as before."""
        if not nouns:
            return ""
        noun = nouns[0].root
        if noun.dep_ not in ("nsubj", "nsubj:pass") or noun.head.pos_ not in ("VERB", "AUX"):
            return ""
        clause = noun.head
        for verb in clause.subtree:
            if verb.dep_ != "acl:relcl" or verb.i < clause.i:
                continue
            entry = self._verb_entry(verb)
            if not entry or entry.get("host") != "subject" or _passive(verb) or _reflexive(verb, self.grammar):
                continue
            clitic = next((c for c in verb.children if c.dep_ == "obj" and c.i < verb.i
                           and c.lower_.replace("\u2019", "'") in self.clitic_objects), None)
            if clitic is None or not _agrees(verb, noun):
                continue
            named = _people_in(verb, ("nsubj",), person_of)
            if not named and any(c.dep_ == "nsubj" and "Rel" in c.morph.get("PronType") for c in verb.children):
                named = [person_of[t.idx] for t in verb.head.subtree if t.i < verb.i and t.idx in person_of][-1:]
            if named:
                return named[0]
        return ""

    def _chair_last(self, verbs, entries) -> list[tuple]:
        """The meeting verbs with their entries, those of `chair_verbs` (`présider`) after the others: the
        chair of a gathering is not its host when the sentence says who received or organised it
        (`la réunion, présidée par A et accueillie par B`); alone, the chair hosts (`présidée par A`)."""
        pairs = list(zip(verbs, entries, strict=True))
        return sorted(pairs, key=lambda pair: pair[0].lemma_.lower() in self.chair_verbs)

    def _awaiting(self, verb, person_of: dict[int, str]) -> tuple[str, list[str], bool] | None:
        """`Il a atterri sur la base de Z, où l'attendait le ministre X`: a verb of `agent` (`attendre`) in a
        relative clause of a place (`où`), its object a clitic pronoun just before it (the visitor, the
        subject of the verb the place hangs on): the person named after the verb (its subject, inverted)
        receives the visitor there. `X attendait une réponse`, `où il attendait X` (no clitic) say nothing."""
        if not _place_relative(verb, self.grammar.place_relatives, self.clitic_objects):
            return None
        hosts = [person_of[t.idx] for t in verb.subtree if t.i > verb.i and t.idx in person_of][:1]
        if not hosts:
            return None
        arrival = _governing_verb(verb.head)
        guests = (_people_in(arrival, ("nsubj",), person_of) or self._pronoun_subject(arrival, person_of)
                  if arrival is not None else [])
        return hosts[0], [g for g in guests if g != hosts[0]], True

    def _object_pronoun_guest(self, verb, person_of: dict[int, str], hosts: set[str]) -> list[str]:
        """`X l'a reçu pour un dîner`: a host verb whose object is a singular personal pronoun of the third
        person receives the person last named as a subject, in the sentence before, said in the gender the
        participle agrees in (`X l'a reçue`: a woman); a subject named further back, or the host, is none."""
        pronoun = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "PRON" and c.i < verb.i
                        and not {"Rel", "Int"} & set(c.morph.get("PronType")) and c.morph.get("Number") != ["Plur"]
                        and c.morph.get("Person") in (["3"], []) and "Yes" not in c.morph.get("Reflex")
                        and c.lower_ not in self.grammar.reflexive_pronouns), None)
        if pronoun is None:
            return []
        outer = self._clause_subject(verb, person_of, hosts)
        if outer is not None:
            return outer
        if verb.sent.start == 0:
            return []
        said = verb.morph.get("Gender") if "Part" in verb.morph.get("VerbForm") else pronoun.morph.get("Gender")
        found = [k for k in self._last_subject(verb, person_of, said[0] if len(said) == 1 else "") if k not in hosts]
        before = verb.doc[verb.sent.start - 1].sent
        if not found or not any(person_of.get(t.idx) == found[0] for t in before):
            return []
        return found[:1]

    def _clause_subject(self, verb, person_of: dict[int, str], hosts: set[str]) -> list[str] | None:
        """`X était à Bruxelles, où le secrétaire général l'avait reçu`: a host verb of a relative clause whose
        object is a clitic stands for the person subject of the clause it hangs on, named or a pronoun
        (`elle était devenue la première à s'exprimer à Z, où Y l'avait reçue`: the one `elle` stands for).
        None when the verb is not of a relative clause, or that subject is no person but the host's: the
        caller looks back at the sentence before."""
        if verb.dep_ != "acl:relcl":
            return None
        clause = _governing_verb(verb.head)
        while clause is not None and clause.dep_ in ("xcomp", "conj") and not _subjects_of(clause):
            clause = _governing_verb(clause.head)  # `à s'exprimer à Z, où ...`: the subject of `devenir`
        subjects = _subjects_of(clause) if clause is not None else []
        if not subjects:
            return None
        found = (self._pronoun_subject(clause, person_of) if subjects[0].pos_ == "PRON"
                 else _people_in(clause, ("nsubj", "nsubj:pass"), person_of))
        return [k for k in found if k not in hosts][:1] or None

    def _host_of_visitor(self, sent: Span, trigger, person_of: dict[int, str]) -> str:
        """`X a rencontré jeudi Y, venu à la tête d'une délégation`, `X a eu des entretiens avec des
        responsables arrivés pour le forum, dont Y`, `X s'est entretenu avec Y, en visite officielle`:
        a complement of the meeting verb described as having come (a participle of `arrival_verbs`, or
        a `visit_nouns` noun without determiner: `en visite`) names the visitors; the subject of that
        verb, not among them, received them. A subject described so (`Y, venu pour le forum, a
        rencontré X`) names no host: only the visitor is told."""
        verb = _governing_verb(trigger)
        if verb is None:
            return ""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        inner = {t.i for c in subjects for t in c.subtree}
        pos = parse_column(sent.doc, "pos")
        for cue in (sent.doc[i] for i in range(sent.start, sent.end)  # a cue is a verb or a noun (`_arrival_cue`)
                    if pos[i] in ("VERB", "NOUN") and i not in inner and i != verb.i):
            if not self._arrival_cue(cue):
                continue
            described = cue.head
            while described.dep_ in ("appos", "flat:name") and described.head.i != described.i:
                described = described.head  # `Y, chef d'état-major, venu ...`: the name the title stands beside
            cue_tokens = {t.i for t in cue.subtree}
            if described.i == verb.i and cue.i > verb.i:  # the parser hangs `, venu ...` on the verb: the
                named = [t for t in sent.doc[verb.i + 1 : cue.i] if t.idx in person_of]  # name just before it
                visitors = {person_of[named[-1].idx]} if named else set()
            elif described.i == verb.i or described.i in inner or _governing_verb(described).i != verb.i:
                continue
            else:
                visitors = {person_of[t.idx] for t in described.subtree if t.idx in person_of and t.i not in cue_tokens}
                rel = next((t for t in cue.subtree if "Rel" in t.morph.get("PronType") and t.i > cue.i), None)
                if rel is not None:  # `arrivés pour le forum, dont Y et Z`: its members, however hung
                    visitors |= {person_of[t.idx] for t in cue.subtree if t.idx in person_of and t.i > rel.i}
            if not visitors:
                continue
            hosts = [c for c in _people_in(verb, _active_subject_deps(verb), person_of) if c not in visitors]
            if not hosts and any(c.pos_ == "PRON" for c in subjects):
                hosts = [c for c in self._pronoun_subject(verb, person_of) if c not in visitors]
            if hosts:
                return hosts[0]
        return ""

    def _described_person(self, verb, deps: tuple[str, ...], others: set[str]) -> list[str]:
        """`le ministre russe de la Défense a reçu ...`, `reçu par le chef de la diplomatie malienne`: a
        complement naming no one, headed by a role with a demonym, stands for the one official of the
        text holding that role for that country (none if two or none qualify)."""
        for child in verb.children:
            if child.dep_ not in deps or child.ent_type_ != "ROLE" or not child.ent_id_.startswith("roles:"):
                continue
            return self._described_token(child, others)
        return []

    def _described_token(self, child, others: set[str]) -> list[str]:
        """The one official of the text holding the role `child` heads, for the country its demonym names."""
        if not child.ent_id_.startswith("roles:") or any(t.ent_type_ == "PERSON" for t in child.subtree):
            return []
        countries = {self.demonym_country[t.lower_] for t in child.subtree if t.lower_ in self.demonym_country}
        if not countries:
            return self._lone_leader(child, others)
        if len(countries) != 1:
            return []
        role, country = f"rule:{child.ent_id_}", countries.pop()
        found = [k for k, (_, held) in self._people_office.items()
                 if held == role and self._people_country.get(k) == country and k not in others]
        return found if len(found) == 1 else []

    def _lone_leader(self, child, others: set[str]) -> list[str]:
        """`sous la présidence du chef de l'État` with no demonym: a title of the head of a state or government
        (roles.yml `national_leader`) stands for the one official of the text holding, of no body, that title
        or an office one of them names for the other (`same_as`: `président de la transition`); where a
        bare `président` of another country is named too, the one holding a leader's title of its own. None
        when two qualify (`X a reçu le président Y`, two presidents of a transition)."""
        entry = self.role_entries.get(child.ent_id_.removeprefix("roles:"))
        if entry is None or not entry.get("national_leader"):
            return []
        key = entry["id"]
        offices = {key, *(entry.get("same_as") or []),
                   *(i for i, e in self.role_entries.items() if key in (e.get("same_as") or []))}
        held = {k: office.split("#")[0].removeprefix("rule:roles:")
                for k, (body, office) in self._people_office.items() if not body}
        found = [k for k, office in held.items() if office in offices]
        if len(found) > 1:
            found = [k for k in found if self.role_entries.get(held[k], {}).get("national_leader")]
        return [k for k in found if k not in others] if len(found) == 1 else []

    def _head_of_seat(self, verb, others: set[str]) -> list[str]:
        """`X a été accueillie au siège de l'OTAN` (no agent): a complement of the host verb headed by a
        `seat_nouns` word whose `de` complement is an organisation names the body whose seat it is; the
        one official of the text who heads it (a role of `head_roles` in that organisation) hosts.
        None when two or none qualify, or when the visitor heads it."""
        for child in verb.children:
            if not child.dep_.startswith("obl") or child.lemma_.lower() not in self.seat_nouns:
                continue
            bodies = {t.ent_id_ for t in child.subtree if t.ent_id_.startswith("organisations:")}
            found = [k for k, (org, role) in self._people_office.items()
                     if org in bodies and role in self.head_roles]
            if len(found) == 1 and found[0] not in others:
                return found
            return []
        return []

    def _arrival_cue(self, cue) -> bool:
        """`venu ...`, `arrivés pour ...` (a participle with no subject nor auxiliary of its own), or
        `en visite` (a visit noun after a preposition, without determiner): the person described came."""
        children = list(cue.children)
        if cue.pos_ == "VERB" and cue.dep_ in ("acl", "advcl") and cue.lemma_.lower() in self.arrival_verbs:
            own = any(c.dep_.startswith(("nsubj", "aux")) for c in children)
            return "Part" in cue.morph.get("VerbForm") and not own
        return (cue.pos_ == "NOUN" and cue.lemma_.lower() in self.visit_nouns  # `, de passage à Rome`: may be a conj
                and cue.dep_ in ("nmod", "obl:mod", "appos", "conj") and any(c.dep_ == "case" for c in children)
                and not any(c.dep_ == "det" for c in children))

    def _counterpart(self, verb, deps: tuple[str, ...], others: set[str]) -> list[str]:
        """`son homologue français`, named nowhere in its phrase: the one person of the text of that
        demonym's country, other than the people already read; of several, the one holding the office
        of those read (`counterparts.py`), then the one spoken of last before (none if still tied)."""
        for child in [*verb.children, *(_agent_misread(verb) if "obl:agent" in deps else [])]:
            if (child.dep_ not in deps and child.i not in {t.i for t in _agent_misread(verb)}) or (
                    child.lemma_.lower() not in self.counterpart_nouns):
                continue
            if not any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in child.children):
                continue
            if any(t.ent_type_ == "PERSON" for t in child.subtree):
                continue
            country = next((self.country_of_id[t.ent_id_] for t in child.subtree
                            if t.ent_id_ in self.country_of_id), None)
            found = [k for k, c in self._people_country.items() if country and c == country and k not in others]
            if country and not found:  # no one of that country told: one of the same office, country unsaid
                found = self._counterpart_unplaced(others)
            return self._pick_counterpart(found, others, child.idx, child.doc)
        return []

    def _predecessor(self, verb, others: set[str]) -> list[str]:
        """`X a été accueilli par son prédécesseur` (an agent headed by one of `succession_nouns` with a
        possessive determiner, naming no one): the person of the text, not among `others`, holding the
        office (organisation and role) of one of them; of several, the one spoken of last."""
        for child in verb.children:
            if child.dep_ != "obl:agent" or child.lemma_.lower() not in self.succession_nouns:
                continue
            if not any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in child.children):
                continue
            if any(t.ent_type_ == "PERSON" for t in child.subtree):
                continue
            held = {self._people_office.get(k) for k in others} - {None, ("", "")}
            found = [k for k, office in self._people_office.items() if office in held and k not in others]
            return self._pick_counterpart(found, set(), child.idx, child.doc)
        return []

    def _predecessor_named(self, verb, guests: set[str], person_of: dict[int, str]) -> list[str]:
        """`X a succédé à Y ...; il a été accueilli par son prédécesseur`: an agent headed by `prédécesseur`
        (of `succession_nouns`, with a possessive determiner, naming no one) is the person a guest
        succeeded in the text: the complement of a roles `succession_verbs` verb whose subject (or, for a
        participle, the subject of the verb it hangs on) is a guest. `successeur` reads the other way.
        With no guest resolved (a description), the succession told last names both: the host, then the
        guest."""
        agent = next((c for c in verb.children if c.lemma_.lower() in self.succession_nouns and (
                      c.dep_ == "obl:agent" or any(d.dep_ == "case" and d.lower_ in self.grammar.agent_words
                                                   for d in c.children))
                      and any(d.dep_ == "det" and "Yes" in d.morph.get("Poss") for d in c.children)
                      and not any(t.ent_type_ == "PERSON" for t in c.subtree)), None)
        if agent is None:
            return []
        before = agent.lemma_.lower().startswith("pr")  # `prédécesseur`: the one the guest succeeded
        told = [t for t in verb.doc[: verb.i] if t.lemma_.lower() in self.succession_verbs and t.pos_ == "VERB"]
        if not guests:  # `L'ancien ministre a été accueilli par son prédécesseur`, the guest a description
            # the parser did not resolve: the succession told last before names both
            told = told[-1:]
        for token in told:
            subject = _names_in(token, ("nsubj",), person_of)
            if not subject and token.dep_ in ("acl", "advcl", "xcomp"):
                subject = _names_in(token.head, ("nsubj", "nsubj:pass"), person_of) or (
                    [person_of[token.head.idx]] if token.head.idx in person_of else [])
            succeeded = _names_in(token, ("obl:arg", "obj", "iobj", "obl", "obl:mod"), person_of)
            one, other = (succeeded, subject) if before else (subject, succeeded)
            if set(other) & guests or not guests and other:  # unresolved guest: the other of the succession
                host = [k for k in one if k not in guests and k not in other][:1]
                return host + (other[:1] if host and not guests else [])
        return []

    def _counterpart_unplaced(self, others: set[str]) -> list[str]:
        """`X avait été reçu par son homologue malien` where no one of the text is said to be of Mali:
        the people whose country is unsaid and whose office is that of `others` (a counterpart holds the
        same office); `_pick_counterpart` then takes the one spoken of last."""
        offices = {k: office_of(self.office_classes, role) for k, (_, role) in self._people_office.items()}
        wanted = {offices.get(k, "") for k in others} - {""}
        return [k for k, c in self._people_country.items()
                if not c and k not in others and offices.get(k, "") in wanted] if wanted else []

    def _pick_counterpart(self, found: list[str], others: set[str], char: int, doc: Doc) -> list[str]:
        """Of several people `son homologue X` may stand for, the one of the office of `others`, then the
        one spoken of last before `char`, sentence by sentence (`counterparts.pick_counterpart`)."""
        offices = {k: office_of(self.office_classes, role) for k, (_, role) in self._people_office.items()}
        latest = {k: last_before(self._people_mentions.get(k, []), char, doc) for k in found}
        return pick_counterpart(found, others, offices, latest, self.office_families)

    def _host_by_marker(self, sent: Span, lowered: str, person_of: dict[int, str]) -> str:
        """`sous la présidence du secrétaire général, M. X`: the first person after the marker, also where a
        capital drops its accent (`A l'invitation de X`)."""
        folded = _fold_kept(lowered)
        for marker, folded_marker in self.folded_host_markers:
            if folded_marker not in folded:  # the cheap test: folding keeps each character's place
                continue
            at = _word_at(lowered, marker)  # `présidé par`, not inside `coprésidé par X et par Y`
            at = at if at >= 0 else _word_at(folded, folded_marker)
            if at >= 0 and (self._marker_on_group(sent, sent.start_char + at)
                            or self._marker_on_committee(sent, sent.start_char + at)):
                continue
            if at >= 0:
                start = sent.start_char + at + len(marker)
                sponsor = self._sponsor_country(sent, start) if marker in self.sponsor_markers else ""
                if sponsor:  # `sous les auspices du Qatar, entre X et Y, en présence du ministre qatari Z`: Z
                    return next((person_of[t.idx] for t in sent if t.idx in person_of
                                 and self._people_country.get(person_of[t.idx]) == sponsor), "")
                anaphor = self._last_named_before(sent, lowered[at + len(marker):], start - len(marker), person_of)
                if anaphor:
                    return anaphor
                named = [t for t in sent if t.idx >= start and t.idx in person_of]
                if named and not _verb_between(sent, start, named[0].idx):
                    return person_of[named[0].idx]
                described = self._described_after_marker(sent, start)
                if described:
                    return described
                counterpart = self._counterpart_after_marker(sent, start, person_of)
                if counterpart:
                    return counterpart
        return ""

    def _host_around(self, sent: Span, person_of: dict[int, str]) -> str:
        """`une cérémonie organisée autour du président X`, `les ministres se sont réunis autour du chancelier X,
        dont ...`: a gathering held around one person (`around_markers`) is that person's: the phrase after the
        marker, up to the next punctuation, opens on a person (a name, a title, a rank) and names that one person
        only. A table, a theme or a thing (`autour de la table`, `autour de la question ukrainienne`, `autour du
        porte-avions`) names no host, even with people after it; two people (`autour de X et de Y`) co-chair. A
        title alone is followed by its name in apposition (`autour du secrétaire général de l'OTAN, X`); a title
        followed by another phrase (`a réuni autour de la ministre le général X`: the general is the object) is
        no name's."""
        doc = sent.doc
        markers = self._around_markers_in(sent)
        if not markers:  # most sentences: no `autour` at all, no token to try
            return ""
        for token in sent:
            marker = next((m for m in markers if doc[token.i: token.i + len(m)].text.lower()
                           .replace("\u2019", "'").replace("'", "' ").split() == list(m)), None)
            if marker is None:
                continue
            first = token.i + len(marker)
            while first < sent.end and doc[first].pos_ == "DET":
                first += 1
            if first >= sent.end or doc[first].ent_type_ not in ("PERSON", "ROLE", "RANK"):
                continue
            stretch, end = [], first
            for t in doc[first: sent.end]:
                if t.is_punct or t.pos_ == "DET" and t.i > first and doc[t.i - 1].pos_ != "ADP":
                    break  # a determiner not after `de` opens another phrase: `autour de la ministre le général X`
                stretch.append(t)
                end = t.i + 1
            if not any(t.idx in person_of for t in stretch) and end + 1 < sent.end and doc[end].text == "," and (
                    doc[end + 1].ent_type_ == "PERSON"):  # `autour du secrétaire général, X`: the title's name
                stretch.append(doc[end + 1])
            if any(t.pos_ == "CCONJ" for t in stretch):
                return ""  # `autour de X et de Y`: co-chairs, no host
            named = list(dict.fromkeys(person_of[t.idx] for t in stretch if t.idx in person_of))
            if len(named) == 1:
                return named[0]
        return ""

    def _around_markers_in(self, sent: Span) -> list[tuple[str, ...]]:
        """The `around_markers` (in their order) each of whose words is in the sentence's text, read as
        `_host_around` reads a marker's words (lower case, `'` then a space) and reaching as far past the
        sentence's end as a marker tried on its last word can: a marker missing one of its words matches at no
        token, so the sentence is tried against the others only (most sentences: none)."""
        doc = sent.doc
        longest = max((len(m) for m in self.around_markers), default=0)
        reach = min(len(doc), sent.end + max(longest - 1, 0))
        text = span_text(Span(doc, sent.start, reach)).lower().replace("\u2019", "'").replace("'", "' ")
        return [m for m in self.around_markers if all(w in text for w in m)]

    def _sponsor_of(self, sent: Span, lowered: str) -> str:
        """The country a sponsor marker of the sentence names (`des pourparlers tenus à Pékin sous les auspices de
        la Chine`), for a meeting whose representative of that country the sentence does not name: the talks are
        that country's, hosted by the one of its people who takes part, told elsewhere (`La partie chinoise
        était représentée par X`). '' when no such marker names a country."""
        folded = _fold_kept(lowered)
        for marker, folded_marker in self.folded_host_markers:
            if marker not in self.sponsor_markers or folded_marker not in folded:
                continue
            at = _word_at(lowered, marker)
            at = at if at >= 0 else _word_at(folded, folded_marker)
            if at >= 0 and not self._marker_on_group(sent, sent.start_char + at):
                country = self._sponsor_country(sent, sent.start_char + at + len(marker))
                if country:
                    return country
        return ""

    def _sponsor_country(self, sent: Span, start: int) -> str:
        """The country a host marker's phrase names (`sous les auspices du Qatar`, `sous l'égide de Riyad`, its
        capital standing for it): the gathering is that country's, hosted by its one representative named in
        the sentence, not by the first person named after (one of the parties); '' when a person, a body or
        nothing is named there."""
        first = next((t for t in sent if t.idx >= start and not t.is_space and t.pos_ != "DET"), None)
        if first is None or first.ent_type_ != "LOC":
            return ""
        return self.country_of_id.get(first.ent_id_, "") or self.country_of_capital.get(first.lower_, "")

    def _host_by_qualified_marker(self, sent: Span, person_of: dict[int, str]) -> str:
        """`à l'invitation personnelle de X`, `sous la présidence effective du ministre X`, `à l'aimable invitation
        de X`: a host marker whose noun (`host_marker_nouns`) an adjective qualifies, which the marker's words
        miss; read by the parse: the noun, with its preposition and an adjective, hosts by its `de` complement."""
        for token in self._words_in(sent, self.host_marker_nouns):
            if not any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in token.children):
                continue
            first = next(t for t in token.subtree if not t.is_punct)  # the phrase's preposition, first
            if first.lower_ not in ("à", "sous", "sur", "a") or (
                    token.head.lemma_.lower() in self.group_words):  # `une délégation, sous la conduite ...`: its head
                continue
            for child in token.children:
                if child.dep_ == "nmod" and child.i > token.i and any(
                        c.dep_ == "case" and c.lemma_.lower() == "de" for c in child.children):
                    named = [person_of[t.idx] for t in child.subtree if t.idx in person_of]
                    if named:
                        return named[0]
        return ""

    def _gathering(self, noun) -> bool:
        """A meeting noun one opens or closes as its host: not a trip (`journey_nouns`: `X a clôturé sa visite`,
        `X et Y ont clôturé une visite`, the traveller's) nor a possessed noun (`X a clos sa tournée`)."""
        return noun.lemma_.lower() not in self.journey_nouns and not _possessed(noun)

    def _opener(self, sent: Span, triggers: set[int], person_of: dict[int, str]) -> str:
        """`l'ouverture du sommet par le président X`, `la clôture de la conférence par X`: an `opening_nouns` noun
        whose `de` complement is the meeting's noun; its `par` complement (hung on either noun) names who opens
        or closes the gathering, who hosts it."""
        for token in self._words_in(sent, self.opening_nouns):
            meeting = next((c for c in token.children if c.i in triggers and c.dep_ == "nmod"), None)
            if meeting is None or not self._gathering(meeting):
                continue
            for head in (token, meeting):
                for child in head.children:
                    if child.i > meeting.i and any(c.dep_ == "case" and c.lower_ == "par" for c in child.children):
                        named = [person_of[t.idx] for t in child.subtree if t.idx in person_of]
                        if named:
                            return named[0]
        return ""

    def _host_country_leader(self, sent: Span, person_of: dict[int, str]) -> str:
        """`le président du pays hôte, X`, `X, chef de l'État du pays hôte`: a host noun qualifying a country noun
        (`pays hôte`) whose head is a role: the person holding that role, named in apposition to it (after the
        phrase) or the one the role itself is apposed to, hosts the gathering."""
        doc = sent.doc
        for token in self._words_in(sent, self.host_nouns):
            country, role = token.head, token.head.head
            if token.dep_ != "amod" or country.lemma_.lower() != "pays" or role.ent_type_ != "ROLE":
                continue
            if role.dep_ == "appos":  # `le président X, chef de l'État du pays hôte`
                named = [person_of[t.idx] for t in role.head.subtree if t.idx in person_of and t.i < role.i]
                if named:
                    return named[-1]
            end = max(t.i for t in country.subtree) + 1  # `le président du pays hôte, X`; not `..., et du président Y`
            if end + 1 < sent.end and doc[end].text == "," and doc[end + 1].pos_ not in ("CCONJ", "ADP"):
                after = doc[end + 1: min(end + 5, sent.end)]
                named = [person_of[t.idx] for t in after if t.idx in person_of and t.ent_type_ == "PERSON"]
                if named:
                    return named[0]
        return ""

    def _host_of_guest(self, sent: Span, person_of: dict[int, str]) -> str:
        """`X, invité du président Y, s'est rendu à Z`, `X était l'hôte du roi Y`: a guest noun (`guest_nouns`)
        whose `de` complement is a person (a name, a role) names who receives: that person hosts. `l'hôte de la
        Maison-Blanche`, `l'invité du jour`, `invité d'honneur` name no person; `invité à` is another verb."""
        for token in self._words_in(sent, self.guest_nouns):
            for child in token.children:
                if child.i < token.i or child.dep_ not in ("nmod", "obl:arg", "obl:mod") or not any(
                        c.dep_ == "case" and c.lemma_.lower() == "de" for c in child.children):
                    continue
                if child.ent_type_ not in ("PERSON", "ROLE"):
                    continue
                named = [person_of[t.idx] for t in child.subtree if t.idx in person_of]
                if named:
                    return named[0]
        return ""

    def _inviter(self, nouns: list[Span], person_of: dict[int, str]) -> tuple[str, list[str]]:
        """`X a invité Y à effectuer une visite`, `Y a été convié par X à prendre part au sommet`: a meeting
        noun, object of the verb of an `à` clause (xcomp, advcl) of an `invite_verbs` verb, is hosted by who invites
        (its subject, the agent of the passive); who is invited is its guest. So is a meeting noun that is the
        verb's own `à` complement, a meeting of its own making (`X a convié Y à un dîner`; `au sommet`, a definite
        gathering, may be another's)."""
        for noun in nouns:
            clause = noun.root.head
            to_clause = clause.dep_ == "xcomp" or clause.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ == "à" for c in clause.children)  # the passive's clause: advcl
            if noun.root.dep_ == "obj" and to_clause:
                verb = clause.head
            elif noun.root.dep_.startswith("obl") and any(
                    c.dep_ == "case" and c.lower_ == "à" for c in noun.root.children) and not any(
                    c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in noun.root.children):
                verb = clause  # `a convié Y à un dîner`: the noun hangs on the invite verb itself
            else:
                continue
            if verb.lemma_.lower() not in self.invite_verbs:
                continue
            if _passive(verb):
                hosts = _people_in(verb, ("obl:agent",), person_of)
                invited = _people_in(verb, ("nsubj:pass", "nsubj"), person_of)
            else:
                hosts = _people_in(verb, ("nsubj",), person_of)
                invited = _people_in(verb, ("obj", "iobj"), person_of)
            if hosts:
                return hosts[0], [k for k in invited if k != hosts[0]]
        return "", []

    def _counterpart_after_marker(self, sent: Span, start: int, person_of: dict[int, str]) -> str:
        """`X s'est rendu à Z, à l'invitation de son homologue N` naming no one: the counterpart noun (with a
        possessive, a demonym) right after the marker stands for the one person of that country, other than
        those named before it in the sentence (`_counterpart`'s reading, from the marker's phrase)."""
        first = next((t for t in sent if t.idx >= start and not t.is_space), None)
        while first is not None and first.pos_ == "DET" and first.i + 1 < sent.end:
            first = sent.doc[first.i + 1]
        if first is None or first.lemma_.lower() not in self.counterpart_nouns and (
                first.lower_ not in self.counterpart_nouns):
            return ""
        if not any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in first.children):
            return ""
        if any(t.ent_type_ == "PERSON" for t in first.subtree):
            return ""
        country = next((self.country_of_id[t.ent_id_] for t in first.subtree if t.ent_id_ in self.country_of_id), None)
        if not country:
            return ""
        others = {person_of[t.idx] for t in sent if t.idx < start and t.idx in person_of}
        found = [k for k, c in self._people_country.items() if c == country and k not in others]
        picked = self._pick_counterpart(found, others, first.idx, first.doc)
        return picked[0] if picked else ""

    def _described_after_marker(self, sent: Span, start: int) -> str:
        """`présidée par le ministre letton de la Défense` naming no one: the role right after the marker, with
        a demonym, stands for the one official of the text holding it for that country (`_described_person`)."""
        first = next((t for t in sent if t.idx >= start and not t.is_space), None)
        while first is not None and first.pos_ == "DET" and first.i + 1 < sent.end:
            first = sent.doc[first.i + 1]
        if first is None or first.ent_type_ != "ROLE":
            return ""
        head = first
        while head.head.i != head.i and head.head.ent_type_ == "ROLE" and head.head.i >= first.i:
            head = head.head
        found = self._described_token(head, set())
        return found[0] if found else ""

    def _last_named_before(self, sent: Span, rest: str, marker_char: int, person_of: dict[int, str]) -> str:
        """A host marker followed by an anaphor of the person named last (`last_named_words`: `à l'invitation
        de ce dernier`): the last person named before the marker in the sentence."""
        rest = rest.lstrip()
        if not any(re.match(rf"{re.escape(w)}(?!\w)", rest) for w in self.grammar.last_named_words):
            return ""
        named = [t for t in sent if t.idx < marker_char and t.idx in person_of]
        return person_of[named[-1].idx] if named else ""

    def _marker_on_group(self, sent: Span, char: int) -> bool:
        """`Une délégation, sous la conduite du ministre X, a rencontré Y`: a host marker whose phrase hangs
        on a group of `group_words` names who leads that group, not who hosts the meeting."""
        opening = next((t for t in sent if t.idx == char), None)
        if opening is None or opening.dep_ != "case":
            return False
        head = opening.head.head
        return head.lower_ in self.group_words or head.lemma_.lower() in self.group_words

    def _marker_on_committee(self, sent: Span, char: int) -> bool:
        """`L'audition s'est tenue sous la conduite du président de la commission A, X, en association avec la
        sous-commission B (SEDE), présidée par Y`: a chair participle set off by a comma right after the name of
        a committee (a noun of `committee_words`, maybe its sigle in brackets) names who chairs that committee,
        not who hosts the meeting; unless that committee is the `de` complement of another noun (`la réunion de
        la commission, présidée par X`: the meeting's chair)."""
        opening = next((t for t in sent if t.idx == char), None)
        if opening is None or "Part" not in opening.morph.get("VerbForm") and opening.pos_ != "VERB":
            return False
        doc, i = sent.doc, opening.i - 1
        if i < sent.start or doc[i].text != ",":
            return False
        i -= 1
        if i > sent.start and doc[i].text == ")":  # the committee's sigle: `(SEDE)`
            while i > sent.start and doc[i].text != "(":
                i -= 1
            i -= 1
        while i >= sent.start and (doc[i].pos_ in ("NOUN", "ADJ", "PROPN", "CCONJ") or doc[i].text in ("-", "\u2011")):
            if doc[i].lemma_.lower() in self.committee_words or doc[i].lower_ in self.committee_words:
                of = [c.lower_ for c in doc[i].children if c.dep_ == "case"]
                return not (doc[i].dep_ == "nmod" and of[:1] in (["de"], ["du"], ["des"], ["d'"]))
            i -= 1
        return False

    def _host_noun(self, sent: Span, triggers: set[int], person_of: dict[int, str]) -> str:
        """`L'hôte de la réunion, le vice-amiral X, ...`: a host noun whose `de` complement is the
        meeting's noun names the host in its apposition (`l'hôte de l'Algérie` names a guest: no)."""
        for token in self._words_in(sent, self.host_nouns):
            if not any(c.i in triggers and c.dep_ == "nmod" for c in token.children):
                continue
            named = _people_in(token, ("nsubj",), person_of)  # `X sera l'hôte du sommet`: the copula's subject
            if named:
                return named[0]
            head, k = token.head, token.i - 1  # `Le général X, hôte de la réunion, a salué ...`: it describes X
            while head.dep_ == "flat:name" and head.head.i < head.i:  # hung on the surname: the whole name
                head = head.head
            while k > sent.start and sent.doc[k].pos_ == "DET":
                k -= 1
            if token.dep_ in ("appos", "nmod", "conj") and head.i < token.i and sent.doc[k].text == ",":
                named = [person_of[t.idx] for t in head.subtree if t.idx in person_of and t.i < token.i]
                if named:
                    return named[-1]
            for child in token.children:
                if child.dep_ in ("appos", "flat:name"):
                    named = [person_of[t.idx] for t in child.subtree if t.idx in person_of]
                    if named:
                        return named[0]
            end = max(t.i for t in token.subtree) + 1  # the parser may hang the apposition on the verb
            if end < sent.end and sent.doc[end].text == ",":
                following = list(itertools.takewhile(lambda t: t.text != ",", sent.doc[end + 1 : sent.end]))
                if any(t.pos_ in ("VERB", "AUX") for t in following):
                    continue  # `..., a salué la présence du général Y`: the sentence goes on, Y is no apposition
                named = [person_of[t.idx] for t in following if t.idx in person_of]
                if named:
                    return named[0]
        return ""

    def _words_in(self, sent: Span, words: set[str]) -> list:
        """The tokens of a sentence whose lemma or form (lower case) is one of `words` (`host_nouns`,
        `capital_words`), in text order, found in the columns: no Python Token of the other words."""
        lower, start, end = self.idx.lower, sent.start, sent.end
        found = set(self.idx.lemmas_in(words, start, end))
        found.update(i for i in range(start, end) if lower[i] in words)
        return [sent.doc[i] for i in sorted(found)]

    def _possessed_host(self, sent: Span, triggers: set[int], person_of: dict[int, str]) -> str:
        """`X a eu un entretien avec son hôte, le président Y`: a host noun with a possessive determiner,
        complement of the meeting's noun or verb, names in its apposition who receives the others (`l'hôte
        de la conférence` without possessive, or a host noun hanging on no trigger, names nobody here)."""
        for token in self._words_in(sent, self.host_nouns):
            if not any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in token.children):
                continue
            doc = sent.doc
            if not ({token.head.i, token.head.head.i} & triggers or any(
                    doc[t].head.i == token.head.i for t in triggers)):  # `a eu un entretien avec son hôte`
                continue
            for child in token.children:
                if child.dep_ in ("appos", "flat:name", "nmod") and child.i > token.i:
                    named = [person_of[t.idx] for t in child.subtree if t.idx in person_of]
                    if named:
                        return named[0]
            end = max(t.i for t in token.subtree) + 1  # the parser may hang the apposition on the verb
            if end < sent.end and doc[end].text == ",":
                following = list(itertools.takewhile(lambda t: t.pos_ not in ("VERB", "AUX"), doc[end + 1 : sent.end]))
                named = [person_of[t.idx] for t in following if t.idx in person_of]
                if named:
                    return named[0]
        return ""

    def _host_of_noun(self, nouns: list[Span], person_of: dict[int, str]) -> str:
        """`X a présidé un conseil de sécurité`, `X, qui accueillait la réunion, a annoncé ...`,
        `un sommet organisé par X`: the subject (or the agent) of a host verb whose object (or passive
        subject) is the meeting noun hosts it. `Le ministre a évoqué la réunion` names no host."""
        for noun in nouns:
            relative = self._host_relative(noun, person_of)
            if relative:  # `lors de l'audience que lui a accordée X`, `le dîner qu'offrait X`
                return relative
            root = self._slot(noun.root)  # `X a accordé une série d'audiences`: the series is granted
            verb = next((c for c in root.children if c.dep_ == "acl" and (  # `organisé par X`: the agent tells
                _passive(c) or any(g.dep_ == "obl:agent" for g in c.children))), None)
            if verb is None and root.dep_ == "obj":  # `un dîner offert par X` before `X a évoqué le dîner offert`
                verb = root.head
            if verb is None and root.dep_ == "nsubj:pass" and root.head.lemma_.lower() in self.opening_verbs and (
                    self._gathering(root)):
                verb = root.head  # `le sommet a été ouvert par X`
            if verb is None:
                continue
            entry = self.verbs.get(verb.lemma_.lower())
            if verb.lemma_.lower() in {w.lower() for w in self.noun_entries[noun.label_].get("host_verbs") or []}:
                entry = {"host": "subject"}  # `X a présenté ses vœux aux armées`, `un dîner offert par X`
            if verb.lemma_.lower() in self.opening_verbs and self._gathering(root):
                entry = {"host": "subject"}  # `X a ouvert le sommet`, `la conférence, clôturée par X`
            if not entry or entry.get("host") != "subject" or _reflexive(verb, self.grammar):
                continue
            if verb.head.i == root.i or root.dep_ == "nsubj:pass":  # `un sommet organisé par X`
                named = _people_in(verb, ("obl:agent",), person_of) or self._other_than_possessor(verb, person_of)
                if named:
                    return named[0]
                continue
            if _passive(verb) or any(g.dep_ == "obl:agent" for g in verb.children):
                continue
            inner = {t.i for t in verb.subtree}
            for child in verb.children:
                if child.dep_ != "nsubj":
                    continue
                if "Rel" in child.morph.get("PronType") and verb.dep_ == "acl:relcl":
                    named = [person_of[t.idx] for t in verb.head.subtree if t.idx in person_of and t.i not in inner]
                elif child.pos_ == "PRON":
                    named = self._pronoun_subject(verb, person_of)
                else:
                    named = [person_of[t.idx] for t in child.subtree if t.idx in person_of]
                if named:
                    return named[0]
        return ""

    def _host_relative(self, noun: Span, person_of: dict[int, str]) -> str:
        """`l'audience que lui a accordée le président X`, `le sommet qu'accueillait X`: the meeting noun is the
        antecedent of a relative whose pronoun is the object of a host verb (its entry's `host: subject`, or
        one of the noun's own `host_verbs`); the relative's subject hosts. Its subject comes after the verb
        (the inversion of such relatives), so the parser may label it the object: the pronoun holds that slot."""
        own = {w.lower() for w in self.noun_entries.get(noun.label_, {}).get("host_verbs") or []}
        for verb in noun.root.children:
            if verb.dep_ != "acl:relcl" or _passive(verb) or _reflexive(verb, self.grammar):
                continue
            if not any(c.dep_ == "obj" and "Rel" in c.morph.get("PronType") for c in verb.children):
                continue
            lemma = verb.lemma_.lower()
            if lemma not in own and (self.verbs.get(lemma) or {}).get("host") != "subject":
                continue
            named = _people_in(verb, ("nsubj",), person_of) or _people_in(verb, ("obj",), person_of)
            if named:
                return named[0]
        return ""

    def _other_than_possessor(self, verb, person_of: dict[int, str]) -> list[str]:
        """`il a signé avec le président X un traité, à l'issue d'un sommet organisé par son hôte`: a
        possessed host noun as agent names the one person of the sentence other than the subject
        (the possessor), if there is exactly one."""
        agent = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
        if agent is None or agent.lemma_.lower() not in self.host_nouns or not any(
                c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in agent.children):
            return []
        sent = verb.sent
        subjects = set(self._subject_people(sent, person_of))
        root = sent.root
        subjects |= set(self._pronoun_subject(root, person_of))
        others = list(dict.fromkeys(person_of[t.idx] for t in sent if t.idx in person_of))
        others = [k for k in others if k not in subjects]
        return others if len(others) == 1 and subjects else []

    def _pronoun_subject(self, verb, person_of: dict[int, str]) -> list[str]:
        """`Le 28 juin, il a reçu ...`: a pronoun subject is the person last named as a subject."""
        if verb.dep_ == "xcomp" and not any(c.dep_.startswith("nsubj") for c in verb.children):
            verb = verb.head  # `il doit signer`, `il doit être reçu`: the subject of the modal
        # not `vous`, not `qui`; the tagger leaves `Person` off some `il`, the parser reads some as `expl:subj`
        if not any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and c.pos_ == "PRON"
                   and "Rel" not in c.morph.get("PronType")
                   and (c.morph.get("Person") == ["3"] or c.lower_ in self.grammar.subject_pronouns)
                   for c in verb.children):
            return []  # `qui` stands for the noun the relative clause hangs on, not for the last subject
        clause, seen = verb, 0
        while clause.dep_ in ("advcl", "acl:relcl", "xcomp", "conj") and seen < 5:
            clause, seen = _governing_verb(clause.head), seen + 1  # `a quitté X pour Y, où il doit signer`
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ != "PRON"]
            # the subject of the clause it hangs on, before or after it (`Jeudi à Bruxelles, où il participait
            # à une réunion, le général X a ...`); `la délégation ..., où elle doit`: a group, nobody
            named = [person_of[t.idx] for c in subjects for t in c.subtree if t.idx in person_of]
            if named or any(c.lower_ in self.group_words for c in subjects):
                return named[:1]
        # `il a été accueilli par X`, `il a reçu X`: a subject pronoun never stands for a complement of its own
        # verb (the same person would be told by a reflexive, `il s'est ...`), so not for X named as a subject before
        own = set(_people_in(verb, ("obj", "iobj", "obl:agent", "obl:arg", "obl:mod", "obl"), person_of))
        return self._last_subject(verb, person_of, self._pronoun_gender(verb), _plural_pronoun_subject(verb), own)

    @staticmethod
    def _pronoun_gender(verb) -> str:
        """The gender the verb's singular personal pronoun subject is said in (`elle` Fem, `il` Masc), else
        '' (`ils` may stand for men and women together)."""
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and c.pos_ == "PRON" and (
                    "Rel" not in c.morph.get("PronType") and c.morph.get("Number") == ["Sing"]):
                found = c.morph.get("Gender")
                return found[0] if len(found) == 1 else ""
        return ""

    def _last_subject(self, verb, person_of: dict[int, str], gender: str = "", plural: bool = False,
                      skip: set[str] = frozenset()) -> list[str]:
        """The person last named as a subject before the verb's sentence (none after a group subject);
        for a pronoun said in a gender (`elle`), not a person a title of the other gender was said of, nor
        one of `skip` (the pronoun's own verb names them otherwise). For a plural pronoun (`ils`), everyone
        named in that subject (`X, Y et Z sont arrivés. Ils ont été accueillis par W`)."""
        doc = verb.doc
        for token in reversed(doc[: verb.sent.start]):
            if token.idx in person_of and person_of[token.idx] in skip:
                continue
            own = self._people_gender.get(person_of[token.idx], "") if token.idx in person_of else ""
            if gender and own and own != gender and _subject_head_gender(token) != gender:
                continue  # `elle` after `le ministre X a remercié ...`: not him; after `une délégation
                # conduite par le général X est attendue`, the group he leads
            titled = self._titled_subject(token, person_of, gender)
            if titled:
                return titled
            if token.idx in person_of and (in_subject(token) or _subject_unparsed(token) or _subject_after_title(token)
                                           or _subject_of_misread_verb(token)
                                           or _topic(doc[token.i : token.i + 1], self.grammar.subject_pronouns)):
                return (_people_of_subject(token, person_of) if plural else []) or [person_of[token.idx]]
            if token.dep_ in ("nsubj", "nsubj:pass") and token.head.dep_ == "ROOT" and token.lower_ in self.group_words:
                return []  # `La délégation s'est entretenue ... . Elle avait été reçue`: a group, no person
        return []

    def _titled_subject(self, token, person_of: dict[int, str], gender: str) -> list[str]:
        """`La ministre poursuivra sa tournée. Elle doit ...`: a subject that is a title alone (a ROLE with no
        name, read as nobody or as a person not known to be of that gender), said in the pronoun's gender,
        stands for the one person of the document known to be of that gender whose role holds the whole
        title; none when the title fits several, or no gender is said."""
        if not gender or token.ent_type_ != "ROLE" or token.pos_ != "NOUN" or (
                token.dep_ not in ("nsubj", "nsubj:pass")):
            return []
        if token.idx in person_of and self._people_gender.get(person_of[token.idx], "") == gender:
            return []  # read as a person of that gender already: the caller takes it
        # the determiner says the gender of a noun of both genders (`la ministre`), which the tagger may miss
        said = next((c.morph.get("Gender") for c in token.children if c.dep_ == "det" and c.morph.get("Gender")),
                    token.morph.get("Gender"))
        if said != [gender] or any(t.idx in person_of for t in token.subtree if t.i != token.i):
            return []
        title = next((e for e in token.doc.ents if e.start <= token.i < e.end and e.label_ == "ROLE"), None)
        if title is None:
            return []
        words = title.text.lower().replace("\u2019", "'")  # the whole title: `chef de l'État` is no `chef de corps`
        found = [k for k, own in self._people_gender.items()
                 if own == gender and _word_at(self._people_role.get(k, "").replace("\u2019", "'"), words) >= 0]
        return found if len(found) == 1 else []

    def _guest_noun_subject(self, verb, person_of: dict[int, str]) -> list[str]:
        """`L'hôte du jour a été accueilli par X`, `le visiteur a été reçu par X`: a passive subject headed
        by a word of `guest_nouns`, or a rank named alone (`l'officier général`), stands, like a pronoun,
        for the person last named as a subject."""
        if not any(c.dep_ == "nsubj:pass" and c.pos_ == "NOUN" and (
                not c.ent_type_ and (c.lemma_.lower() in self.guest_nouns or c.lower_ in self.guest_nouns)
                # a rank named alone (`le colonel-général a été reçu par X`) stands for the officer too
                or c.ent_type_ == "RANK" and not any(t.idx in person_of for t in c.subtree)) for c in verb.children):
            return []
        return self._last_subject(verb, person_of)

    def _demonym_described(self, verb, deps: tuple[str, ...], person_of: dict[int, str], others: set[str]) -> list[str]:
        """`Le responsable américain a été reçu par X`, `X a reçu la dirigeante italienne`: a complement of the
        verb (of `deps`) that is a description with a demonym (`_described_by_demonym`) stands for the person
        of that country named last before the sentence. A subject is read on the modal too (`le responsable
        américain doit être reçu par X`)."""
        children = list(verb.children)
        if verb.dep_ == "xcomp" and not any(c.dep_.startswith("nsubj") for c in children):
            children += [c for c in verb.head.children if c.dep_.startswith("nsubj")]
        for child in children:
            if child.dep_ in deps:
                found = self._described_by_demonym(child, person_of, others)
                if found:
                    return found
        return []

    def _described_by_demonym(self, noun, person_of: dict[int, str], others: set[str]) -> list[str]:
        """A noun headed by a word of `described_person_nouns`, with the definite article and a demonym,
        naming no one (`le responsable américain`): the person of that country named last before its
        sentence, not one of `others`. `un responsable américain` (indefinite), `le responsable` (no
        country) stand for no one."""
        officer = noun.lemma_.lower() in self.officer_nouns  # `l'officier américain`: one holding a rank
        if noun.pos_ != "NOUN" or not (officer or noun.lemma_.lower() in self.described_person_nouns):
            return []
        if not any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in noun.children):
            return []
        if any(t.idx in person_of for t in noun.subtree):
            return []
        countries = {self.demonym_country[c.lower_] for c in noun.children
                     if c.dep_ == "amod" and c.lower_ in self.demonym_country}
        if len(countries) != 1:
            return []
        country, start = countries.pop(), noun.sent.start_char
        latest = {k: last_before(spans, start) for k, spans in self._people_mentions.items()
                  if k not in others and self._people_country.get(k) == country
                  and (not officer or k in self._people_ranked)}
        key, at = max(latest.items(), key=lambda item: item[1], default=("", -1))
        return [key] if at >= 0 else []

    def _visitor_subject(self, verb, person_of: dict[int, str]) -> list[str]:
        """`Le visiteur a eu une séance de travail avec X`, `l'invitée s'est entretenue avec Y`: the active
        subject of the verb a meeting noun hangs on, headed by a word of `guest_nouns` that is no word of
        `host_nouns` (`l'hôte`, active, is the one who receives) and naming no one, stands for the person
        last named as a subject."""
        guest_words = self.guest_nouns - self.host_nouns
        if not any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and not c.ent_type_
                   and (c.lemma_.lower() in guest_words or c.lower_ in guest_words)
                   and not any(t.idx in person_of for t in c.subtree) for c in verb.children):
            return []
        return self._last_subject(verb, person_of)

    def _shared_subject(self, verb, person_of: dict[int, str]) -> list[str]:
        """`Il s'entretient avec X, puis est reçu par Y`: a verb coordinated with another and naming no
        subject of its own shares that verb's subject (a name, or the person a pronoun stands for)."""
        if verb.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in verb.children):
            return []
        for token in reversed(verb.doc[verb.sent.start : verb.i]):
            if token.is_punct or token.pos_ == "CCONJ":
                break
            if token.idx in person_of:
                return []  # `puis le général X est reçu`: a subject of its own, which the parser hung elsewhere
        head = verb.head
        named = _people_in(head, ("nsubj", "nsubj:pass"), person_of)
        return named[:1] or self._pronoun_subject(head, person_of)

    def _subject_people(self, sent: Span, person_of) -> list[str]:
        """People in the subject of the sentence's main verb (who met the others)."""
        root = sent.root
        return _people_in(root, ("nsubj", "nsubj:pass"), person_of)

    def _causative_host(self, verbs: list, person_of: dict[int, str]) -> tuple[str, list[str], bool] | None:
        """`Le maire lui a fait visiter la ville`, `X a fait visiter la base au ministre Y`: a meeting verb
        governed by a verb of `causative_verbs` (the parse hangs it either way): the subject has the
        visitor see the place, hosting him; the visitor is the person named as its indirect object
        (`au ministre Y`), or the one a dative pronoun (`lui`) stands for, the last subject named."""
        for verb in verbs:
            cause = next((c for c in verb.children if c.lemma_.lower() in self.causative_verbs and c.i < verb.i), None)
            if cause is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.causative_verbs:
                cause = verb.head
            if cause is None:
                continue
            heads = [verb, cause]
            hosts = [k for h in heads for k in _people_in(h, ("nsubj",), person_of)]
            if not hosts:
                continue
            guests = [k for h in heads for k in _people_in(h, ("iobj", "obl:arg"), person_of) if k != hosts[0]]
            pronoun = any(c.pos_ == "PRON" and c.i < verb.i and c.dep_ in ("iobj", "dep", "obj")
                          and "Rel" not in c.morph.get("PronType") for h in heads for c in h.children)
            if not guests and pronoun:
                guests = [k for k in self._last_subject(verb, person_of) if k != hosts[0]]
            if guests:
                return hosts[0], guests, True
        return None

    def _speaker_host(self, verbs: list, person_of: dict[int, str]) -> tuple[str, list[str], bool] | None:
        """`M. le président X. ... Nous entendrons cet après-midi l'amiral Y`: in a record of what each
        speaker said, a host verb whose subject is a first-person pronoun is said by the speaker the
        paragraph opens with (a sentence without a verb naming one person): that speaker hosts."""
        for verb in verbs:
            entry = self._verb_entry(verb) or {}
            if entry.get("host") != "subject" or not any(
                    c.dep_ == "nsubj" and c.pos_ == "PRON" and c.morph.get("Person") == ["1"] for c in verb.children):
                continue
            doc, start = verb.doc, verb.sent.start_char
            opening = doc_text(doc).rfind("\n", 0, start) + 1
            label = next((s for s in self.idx.sents if s.start_char >= opening), None)
            if label is None or label.start_char >= start or any(t.pos_ in ("VERB", "AUX") for t in label):
                continue
            named = list(dict.fromkeys(person_of[t.idx] for t in label if t.idx in person_of))
            guests = [k for k in _people_in(verb, ("obj", "iobj", "obl:arg"), person_of) if named and k != named[0]]
            if len(named) == 1 and guests:
                return named[0], guests, True
        return None

    def _future_form(self, verb) -> bool:
        """A verb the tagger left in the present whose form is its infinitive (without the final `e` of
        `-re`) followed by an ending of the simple future (`future_endings` of dates.yml): `entendrons`, `recevra`; or
        one it read as a participle (`rejoindra`), which no participle's form can be."""
        lemma, form = verb.lemma_.lower(), verb.lower_
        if not {"Fin", "Part"} & set(verb.morph.get("VerbForm")) or not lemma.endswith(("er", "ir", "re")):
            return False
        stem = lemma[:-1] if lemma.endswith("re") else lemma
        return form.startswith(stem) and form[len(stem):] in self.future_endings or self._irregular_future(verb)

    def _simple_conditional(self, verb) -> bool:
        """`annonce qu'elle se rendrait à Kiev`, `X rencontrerait Y`: a trigger verb in the present conditional
        (a future in the past, or a meeting only hoped for) has not taken place; the tagger often reads it
        as an imperfect, so its form counts too: the future's stem (`rendr`, `ser`) and a conditional ending.
        A compound conditional (`des pourparlers auraient réuni X`: a report not vouched for) is left as is."""
        if "Fin" not in verb.morph.get("VerbForm") or any(c.dep_ in ("aux:tense", "aux:pass") for c in verb.children):
            return False
        if "Cnd" in verb.morph.get("Mood"):
            return True
        lemma, form = verb.lemma_.lower(), verb.lower_
        stem = self.future_stems.get(lemma) or (lemma[:-1] if lemma.endswith("re") else lemma)
        return (lemma.endswith(("er", "ir", "re")) and form.startswith(stem)
                and form[len(stem):] in self.conditional_endings)

    def _future_ending(self, verb) -> bool:
        """A form the tagger marks future is one only with a future's ending (`grammar.future_ending`):
        `Pistorius accueille X` is the news' present of a meeting told as it happens, none still to come."""
        return future_ending(verb.lower_, self.future_endings)

    def _irregular_future(self, verb) -> bool:
        """A future built on a stem of its own (`future_stems`: `serai`, `irai`, `aurai`, `ferai`, `verrai`),
        which the tagger often reads as another tense: the stem followed by a future ending."""
        stem = self.future_stems.get(verb.lemma_.lower())
        form = verb.lower_
        return bool(stem) and form.startswith(stem) and form[len(stem):] in self.future_endings

    def _purpose_of_future(self, verb) -> bool:
        """`je serai à X la semaine prochaine pour m'entretenir avec Y`: an infinitive trigger (of purpose,
        or coordinated with one) takes the tense of the verb it depends on: a future says planned."""
        if "Inf" not in verb.morph.get("VerbForm"):
            return False
        for head in _verb_chain(verb)[1:]:
            # the parse may make a noun the head and the verb its copula (`je serai à X début mai pour ...`)
            verbs = [head, *(c for c in head.children if c.dep_ in ("cop", "aux", "aux:tense"))]
            if any("Fut" in v.morph.get("Tense") or self._future_form(v) for v in verbs):
                return True
            if "Inf" not in head.morph.get("VerbForm"):
                return False
        return False

    def _clitic_place(self, verbs: list) -> bool:
        """`Elle doit y rencontrer le général X`: a place clitic on the meeting verb (or the modal it
        depends on) points back to the place just named; `il y a` (no meeting verb) does not."""
        for verb in verbs:
            for head in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
                if any(c.lower_ in self.place_clitics and c.i < head.i + 2 for c in head.children):
                    return True
        return False

    def _bare_back(self, sent: Span, bare: list[Span]) -> str:
        """The place a bare place word points back to: the last place of that word named before with its
        name (`sur la base` after `sur la base de l'OTAN de X`), or of its family of military sites."""
        if not bare:
            return ""
        for before in self.idx.sents_before_char(sent.start_char):
            if before.start_char < self.body_start:
                break
            found = self._places_by_sent.get(before.start, [])
            for place in bare:
                same = [p for p in found if p.text.lower() == place.text.lower()]
                named = next((x for x in (self._location(before, [p], as_name=True) for p in same)
                              if _site_name(x, place.text)), "")
                named = named or self._site_named_before(before, found, place)
                if named:
                    return named
        return ""

    def _site_named_before(self, before: Span, found: list[Span], place: Span) -> str:
        """`la base aérienne projetée X de N'Djamena a été rétrocédée. La cérémonie s'est déroulée sur
        le camp`: a bare military site (`site_places`) points back to a site of another word of that
        family named before, with its name."""
        if place.label_ not in self.site_places:
            return ""
        for other in found:
            if other.label_ in self.site_places and other.text.lower() != place.text.lower():
                named = self._location(before, [other], as_name=True)
                if _site_name(named, other.text):
                    return named
        heads = {label.split("-")[0] for label in self.site_places}  # `base` of `base-aerienne`
        for body in DocIndex.of(before.doc).ents_in(before):  # a site the institution grammar named as a body
            if body.label_ == "ORG" and body[0].lower_ in heads and body[0].lower_ != place.text.lower():
                return body.text
        return ""

    def _place_back(self, sent: Span, places: list[Span], lowered: str, clitic: bool = False) -> str:
        """A place the sentence points back to: `sur la base` after `sur la base de l'OTAN de X`
        (a place word with a definite article and no complement: the last place of that word named
        before, within the article), `Sur place, la ministre doit rencontrer ...` (the place named in
        the three sentences before, over a paragraph break)."""
        doc = sent.doc
        bare = [p for p in places if p[0].text[:1].islower() and p.start > sent.start
                and doc[p.start - 1].lower_ in self.grammar.definite_articles | self.grammar.elided_articles
                and (p.end >= sent.end or doc[p.end].lower_ not in self.grammar.of_words)]
        words = _words(lowered)
        pointing = clitic or any(f" {w} " in words for w in self.place_anaphors)
        if not bare and not pointing:
            return ""
        named = self._bare_back(sent, bare)  # `sur le camp ..., des cadres encore sur place`: the site first
        if named:
            return named
        named = self._clitic_antecedent(sent) if clitic else ""
        if named:  # `arrivé à l'aéroport de X, y a été accueilli`: the nearest place, in the clitic's own sentence
            return named
        for k, before in enumerate(self.idx.sents_before_char(sent.start_char)):
            if before.start_char < self.body_start:
                break
            found = self._places_by_sent.get(before.start, [])
            if clitic and k == 0:  # `Il s'est rendu au Niger, après Abidjan. Il y a été reçu`: the last place named
                named = self._last_place(before) or self._gathering_place(before)
                if named:
                    return named
            if pointing and k < 3:
                named = self._location(before, found)
                if named:
                    return named
        return ""

    def _clitic_antecedent(self, sent: Span) -> str:
        """`Le ministre, arrivé mardi à l'aéroport de X, y a été accueilli par Y`: the place clitic `y` stands
        for the nearest place named before it, which may be in its own sentence (a participle or a relative
        clause of the subject), before any place of the sentences before it: the last town or country after a
        place preposition (`à X`, `en X`), or named after `de` by the place phrase such a preposition opens
        (`à l'aéroport de X`), as `où` takes the town just before it. An origin (`venu de X`) is none."""
        doc = sent.doc
        clitic = next((t for t in sent if t.lower_ in self.place_clitics and t.pos_ == "PRON"), None)
        if clitic is None:
            return ""
        at = self.grammar.place_prepositions
        found = ""
        for ent in self.idx.ents_in(sent):
            if ent.label_ != "LOC" or ent.end > clitic.i or _described(ent.root):
                continue
            preposition = _preposition(ent)
            head = ent.root.head
            if preposition in ("à", "au", "aux", "en") or preposition in self.grammar.of_words and (
                    ent.root.dep_ == "nmod" and head.i != ent.root.i and head.pos_ == "NOUN"
                    and any(c.dep_ == "case" and c.lower_ in at for c in head.children)):
                found = doc[ent.start : ent.end].text
        return found

    def _last_place(self, sent: Span) -> str:
        """The last place the sentence names after a place preposition (`à`, `au`, `aux`, `en`): what a
        place clitic of the next sentence (`Ils y ont été reçus`) points back to, the nearest antecedent;
        a region that glosses the city before it (`à Tromsø, en Norvège`) is not another place."""
        ents = [e for e in self.idx.ents_in(sent) if e.label_ == "LOC"]
        ends = {e.end for e in ents}
        doc = sent.doc
        found = [e for e in ents if _preposition(e) in ("à", "au", "aux", "en") and not _described(e.root)
                 and not (e.start >= 2 and doc[e.start - 2].text == "," and e.start - 2 in ends)]
        return found[-1].text if found else ""  # `à Cambridge Bay, au Nunavut`: the region glosses the city

    def _gathering_place(self, sent: Span) -> str:
        """`Le sommet de Lisbonne a marqué les esprits. Elle y a rencontré ...`: the city of a gathering the
        sentence names (a meeting word named after a city, `_gathering_city`), what a place clitic of the
        next sentence points back to when no place follows a preposition."""
        for token in sent:
            if token.lower_ in self.noun_words and token.pos_ in ("NOUN", "PROPN") and not token.dep_.startswith("acl"):
                city = self._gathering_city(token)
                if city:
                    return city
        return ""

    def _relative_place(self, trigger, verbs: list) -> str:
        """`s'est envolé pour Chișinău, où il a été reçu`: a meeting verb in a relative clause opened
        by `où` took place in the place that clause hangs on (a body's seat after `à`: `à l'Ecole militaire, où`)."""
        doc = trigger.doc
        for verb in (_governing_verb(trigger), *verbs):
            if verb.dep_ == "xcomp":  # `où il doit être reçu`: the relative hangs on the modal
                verb = verb.head
            relatives = self.grammar.place_relatives
            relative = next((c for c in verb.children if c.lower_ in relatives and c.i < verb.i), None)
            if relative is None:
                continue
            before = relative.i - 1
            while before > verb.sent.start and doc[before].is_punct:
                before -= 1
            place = next((e for e in self.idx.ents_in(verb.sent) if e.start <= before < e.end), None)
            if place is not None and (place.label_ == "LOC" or place.label_ == "ORG" and _preposition(place) == "à"):
                return self._glossed_place(place)  # `s'est rendu à l'Ecole militaire, où il a eu un entretien`
        return ""

    def _glossed_place(self, place: Span) -> str:
        """`à la base de Cold Lake, en Alberta, où il a été reçu`: a region set off by a comma and a gloss
        preposition (`gloss_prepositions`: `en`, `dans les`) glosses the place named just before it, which is
        the antecedent of `où`, with its place word (`base de Cold Lake`); any other place is the antecedent."""
        doc, sent = place.doc, place.sent
        k = place.start - 1
        while k > sent.start and doc[k].lower_ in self.grammar.determiners - self.grammar.gloss_prepositions:
            k -= 1  # `dans les Landes`; `au Nunavut` opens on its preposition
        comma = k - 1
        if comma <= sent.start or doc[comma].text != "," or doc[k].lower_ not in self.grammar.gloss_prepositions:
            return place.text
        word = next((p for p in reversed(self._places_by_sent.get(sent.start, [])) if p.end <= comma
                     and not any(t.is_punct for t in doc[p.end : comma])), None)
        named = self._location(sent, [word]) if word is not None else ""
        if named:
            return named
        glossed = next((e for e in self.idx.ents_in(sent) if e.end == comma and e.label_ == "LOC"), None)
        return glossed.text if glossed is not None else place.text

    def _years_ago(self, sent: Span, ents: list[Span], trigger, words: str) -> str:
        """`Il y a cinq ans, X avait présidé une cérémonie`: a count of years back (an `offsets` entry
        of direction `past`) opening the sentence, set off by a comma, over a verb in a past tense, is
        the meeting's year; in a sentence about an anniversary (`anniversary_words`: `pour le 75e
        anniversaire`) the commemoration falls on the same day as the story's: that day, that year."""
        verb = _governing_verb(trigger)
        if verb.pos_ not in ("VERB", "AUX") or "Part" not in verb.morph.get("VerbForm") or not any(
                c.dep_ in ("aux", "aux:tense") and set(c.morph.get("Tense")) & {"Imp", "Pres"} for c in verb.children):
            return ""
        doc = sent.doc
        year = next((e for e in ents if e.label_ == "DATE" and e._.source in self.years_back
                     and granularity(e._.normalized or "") == "year" and e.start - sent.start <= 1
                     and e.end < sent.end and doc[e.end].text == "," and e.end <= trigger.i), None)
        if year is None:
            return ""
        published = doc._.published or ""
        if granularity(published) == "day" and any(f" {w} " in words for w in self.anniversary_words):
            return f"{year._.normalized}{published[4:]}"
        return year._.normalized

    def called_off_next(self, end_char: int) -> bool:
        """`... une audience était prévue le 13 mars. Elle n'aura jamais lieu.`: the sentence right after
        a mention, in its paragraph, that tells of no meeting of its own, opens on a subject pronoun
        (`subject_pronouns`) and calls something off (`cancelled_words`) calls that meeting off."""
        following = self.idx.doc.char_span(end_char, len(self._text), alignment_mode="expand")
        if following is None or not len(following) or "\n\n" in self._text[end_char:following.start_char]:
            return False
        sent = self.idx.sent(following.start)
        if sent.start in self._mention_sents or sent.start_char < end_char:
            return False
        first = sent[0]
        if first.lower_ not in self.grammar.subject_pronouns or not first.dep_.startswith("nsubj"):
            return False
        words = _words(span_text(sent))
        return any(f" {w} " in words for w in self.cancelled_words)

    def _reception_day(self, trigger, verbs: list, ents: list[Span]) -> str:
        """`X a reçu ce mercredi 27 août son homologue Y, arrivé la veille pour une visite d'État`: a
        visit noun told in a participle of arrival (`arrival_verbs`) hung on the guest of a meeting verb
        dates the guest's coming, not the meeting the sentence tells: the reception is held on the day
        complementing the meeting verb itself (the visit's first day is the arrival's)."""
        if trigger.pos_ in ("VERB", "AUX"):
            return ""
        arrival = _governing_verb(trigger)
        if arrival.lemma_.lower() not in self.arrival_verbs or arrival.dep_ not in ("acl", "advcl"):
            return ""
        above = {t.i for t in arrival.ancestors}
        for verb in verbs:
            if verb.i not in above:
                continue
            days = [e for e in ents if e.label_ == "DATE" and _governing_verb(e.root).i == verb.i
                    and e._.source not in self.anchored and granularity(e._.normalized or "") == "day"]
            if days:
                return days[0]._.normalized
        return ""

    def _relative_day(self, trigger, verbs: list, ents: list[Span], quotes) -> str:
        """`une tournée entamée le 5 mars à Amman, où il avait été reçu par le roi`: a meeting told in a
        relative clause opened by `où` (`place_relatives`), whose own clause gives no date, took place
        when the clause it hangs on says it was at that place: the day, range or month complementing
        the verb the place complements (the relative's antecedent), however the parse hung the clause;
        `jeudi à Vilnius, puis vendredi à Riga, où il doit rencontrer X`: the day the place hangs on."""
        doc = trigger.doc
        for verb in (_governing_verb(trigger), *verbs):
            if verb.dep_ == "xcomp":  # `où il doit être reçu`: the relative hangs on the modal
                verb = verb.head
            relative = next((c for c in verb.children if c.lower_ in self.grammar.place_relatives
                             and c.i < verb.i), None)
            if relative is None or any(e.label_ == "DATE" and relative.i < e.start and e.end <= verb.right_edge.i + 1
                                       for e in ents):
                continue  # `où il a rencontré mardi X`: the clause's own day
            before = relative.i - 1
            while before > verb.sent.start and doc[before].is_punct:
                before -= 1
            place = next((e for e in ents if e.start <= before < e.end and e.label_ in ("LOC", "ORG")), None)
            if place is None or place.root.head.i == verb.i:
                continue
            day = next((e for e in ents if e.label_ == "DATE" and e.end == place.start - 1
                        and doc[e.end].lower_ in self.grammar.place_prepositions), None)
            if day is not None and granularity(day._.normalized or "") in ("day", "range"):
                return day._.normalized  # `puis vendredi à Riga, où`: the day told with the place, whatever the parse
            anchor = place.root.head
            if anchor.pos_ not in ("VERB", "AUX"):
                continue
            days = [e for e in ents if e.label_ == "DATE" and e.end <= relative.i and e.root.head.i == anchor.i
                    and granularity(e._.normalized or "") in ("day", "range", "month")
                    and not inside(quotes, e.start_char, e.end_char)]
            if len(days) == 1:
                return days[0]._.normalized
        return ""

    def _location(self, sent: Span, places: list[Span], triggers: set[int] | None = None,
                  as_name: bool = False) -> str:
        """The meeting place, in order of precision: `au siège de l'OTAN` (a place word and what it
        belongs to), `à Bruxelles` (a city), `au SHAPE` (an organisation's seat), `aux Pays-Bas`.
        `as_name`: only the name of a place a later bare word points back to, wherever it stood (`les
        ateliers de la base aérienne de X`, `une attaque contre le camp de Y`), not where a meeting is held."""
        doc = sent.doc
        ents = self.idx.ents_in(sent)
        if triggers:  # `hommage au brigadier X, tué lors d'une attaque contre le camp de Gao`: another event's place
            places = [p for p in places if (not _in_other_clause(p.root, triggers, self.side_nouns)
                                            or _detached_participle_of(p.root, triggers))
                      and not _in_coordinated_clause(p.root, triggers)
                      and not self._topic(p.root, triggers) and not self._next_leg(p.root, triggers)]
            # only the labels read below (a PERSON may be a town: `_place_label`) go through the parse walks
            ents = [e for e in ents if e.label_ in PLACE_LABELS and (not _in_other_clause(e.root, triggers,
                                                                                           self.side_nouns)
                                                                     or _detached_participle_of(e.root, triggers))
                    and not self._topic(e.root, triggers)
                    and not _in_coordinated_clause(e.root, triggers) and not self._subject_matter(e, triggers)
                    and not self._event_as_time(e.root, triggers) and not self._next_leg(e.root, triggers)]
        for place in places:
            if not as_name and self._no_meeting_place(sent, place, (triggers or set()) | {p.root.i for p in places}):
                continue
            site = self._room_of_site(place, places)
            if site:  # `à son cabinet du camp X`: the room is one of the named site's, told after it
                return site
            if place.label_ in self.complement_places:  # `à bord du Charles de Gaulle`: the ship, whatever its label
                named = _complement_name(place, sent.end, self.grammar.of_words)
                if named is not None:
                    return named.text
                continue
            if place.label_ in self.acronym_places:  # `à la BFC Valcartier`, `sur la BA 107`: the site's sigle and name
                named = next((e for e in ents if e.start == place.end and e.label_ in ("LOC", "ORG")), None)
                end = named.end if named is not None else _capitalised_run(doc, place.end, sent.end)
                while end < sent.end and doc[end].like_num and end == place.end:
                    end += 1
                end = _named_tail(doc, _hyphenated(doc, end, sent.end), sent.end, self.grammar.of_words)
                if end > place.end:  # never alone: a sigle names a site only with its name or number
                    return doc[place.start : end].text
                continue
            if place[0].ent_type_ and place[0].ent_type_ not in ("LOC", "PERSON") and not _numbered_site(place[0]) and (
                    not self._named_building(place)):
                continue  # `état-major` inside `vice-chef d'état-major` is no place
            whole = next((e for e in ents if e.start <= place.start and e.end > place.end
                          and e.label_ in ("LOC", "ORG")), None)
            if whole is not None:  # the model's span holds the place word: `Palais de Carthage`
                return doc[_named_adjectives_start(place, whole.start) : whole.end].text
            i = place.end
            while i < sent.end and doc[i].pos_ == "ADJ" and doc[i].head.i == place.root.i and (
                    not doc[i].text[:1].isupper()):
                i += 1  # `l'aéroport militaire de Melsbroek`: the place word's adjectives, then its name
            while i < sent.end and (doc[i].lower_ in self.grammar.of_words or doc[i].like_num):
                i += 1
            ent = next((e for e in ents if e.start == i and e.label_ in ("ORG", "LOC")), None)
            if ent is not None:
                end = _named_tail(doc, _hyphenated(doc, ent.end, sent.end), sent.end, self.grammar.of_words)
                # `dans un salon de l'IFEMA`: one room among others of a named venue; the venue is the place
                start = ent.start if self._one_of_many(place) else place.start
                return _sigle_name(doc, end, sent.end) or doc[start : _town_of_name(doc, place, end, sent.end)].text
            soldier = _soldier_name_end(doc, i, sent.end) if i == place.end else None
            if soldier is not None:  # `la base aérienne projetée Sergent-chef X de N'Djamena`
                return doc[place.start : _named_tail(doc, soldier, sent.end, self.grammar.of_words)].text
            if i < sent.end and doc[i].text[:1].isupper() and doc[i].ent_type_ in ("", "MISC") and (
                    i > place.end or not place[-1].text[:1].isupper()):
                end = _named_tail(doc, _capitalised_run(doc, _hyphenated(doc, i + 1, sent.end), sent.end),
                                  sent.end, self.grammar.of_words)
                end = _particle_tail(doc, end, sent.end, self.grammar.name_particles)
                return doc[place.start : end].text  # `base aérienne 105 d'Évreux-Fauville`, `l'hôtel Shangri-La`
            if place[0].text[:1].isupper() and self._phrase_goes_on(place):
                return self._located_phrase(place, ents)  # `à la Chancellerie du premier ministre`: its phrase
            if place[0].text[:1].isupper():  # a named place on its own: `Balard`, `Pentagone`
                return self._fuller_name(place)
            if len(place) > 1 and place[-1].text[:1].isupper() and not self._thing_place(sent, place, triggers):
                return place.text  # `à l'hôtel de Brienne`: a term naming its building in full, whatever its label
            if i == place.end and len(place) > 1 and _acronym_after(doc, i):
                return place.text  # `sur la base aérienne projetée (BAP)`: a site its kind and acronym name
            if place.label_ in self.phrase_places and any(c.dep_ == "case" for c in place.root.children):
                # `dans la salle des conseils`, `à son cabinet`; not a subject (`La préfecture a annoncé`)
                return self._located_phrase(place, ents)
        city = self._city_of_noun(sent, ents, triggers or set()) or self._event_city(sent, triggers or set())
        if city:
            return city
        after = [(e, _preposition(e), self._place_label(e, triggers or set())) for e in ents if e.start > sent.start]
        for wanted in (("à", "LOC"), ("au", "ORG"), ("à", "ORG"), ("au", "LOC"), ("aux", "LOC"), ("à", "MISC"),
                       ("en", "LOC")):  # `s'est rendue en Lettonie`: a country, when nothing more precise
            for ent, preposition, label in after:
                if preposition != wanted[0] or label != wanted[1]:
                    continue  # tested first: the parse walks below are for the entities of this pair only
                if _described(ent.root) or (_of_title(ent.root) and not _gathered_officials(ent, triggers or set())):
                    continue  # `M. X, ancien consul à Dakar`: where the person served, not where one meets
                if _names_meeting(ent, triggers or set()) and ent[0].lower_ in self.noun_words:
                    continue  # `prend part à la Conférence des chefs ...`: the meeting itself, not its place
                if (wanted[1] != "MISC" or ent.root.dep_.startswith("obl")) and not (
                        triggers and _of_other_noun(ent.root, triggers, self.grammar.day_parts) and (
                            preposition != "à" or _body_joined(ent, self.grammar.day_parts)
                            or self._place_of_thing(ent.root, triggers, sent))):
                    if ent[0].lower_ in self.noun_firsts:  # `présente au Forum sur la sécurité internationale
                        town = self._gathering_city(ent[0])  # d'Halifax`: a gathering named after its town is there
                        if town:
                            return town
                    return doc[ent.start : _dedicated(ent, sent.end)].text  # as written: `commandement
                    # de forces interarmées alliées de Brunssum`, `Centre international de conférences Abdou Diouf`
        return self._capital_place(sent, triggers or set()) or self._arrival_place(sent, ents, triggers or set()) or (
            self._hosting_subject(ents, triggers or set()))
        # `à Charm el-Cheikh`: `à` and a bare name the model calls MISC, a complement of the verb

    def _next_leg(self, token, triggers: set[int]) -> bool:
        """`X a rencontré Y, avant de se rendre en Jordanie`: a place of a verb of travel (`trip_verbs`) in a
        clause opened by `avant de` (`next_leg_marks`), hung on a clause telling the meeting, is where the
        traveller went next, not where the meeting was held. The clause is the meeting's own when it holds
        every trigger (`X a quitté Paris avant de se rendre à Kiev`: the visit is the journey) or one more
        trigger than its verb (`avant de se rendre à Kiev, où il a rencontré Y`)."""
        verb = _governing_verb(token)
        while verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
        return self._next_leg_clause(verb, triggers)

    def _next_leg_clause(self, verb, triggers: set[int]) -> bool:
        """The clause of `verb` tells the next leg of a trip (`_next_leg`): a verb of `trip_verbs` opened by one
        of `next_leg_marks`, a trigger outside it and none inside but the verb itself, naming nobody (`avant de
        rejoindre le Premier ministre X`: a meeting of its own, the traveller joins someone)."""
        if verb.dep_ != "advcl" or verb.lemma_.lower() not in self.trip_verbs or not any(
                c.dep_ == "mark" and c.lower_ in self.next_leg_marks for c in verb.children):
            return False
        if any(t.ent_type_ in ("PERSON", "ROLE") for t in verb.subtree):
            return False
        inner = {t.i for t in verb.subtree}
        return any(k not in inner for k in triggers) and not any(k in inner and k != verb.i for k in triggers)

    def _no_meeting_place(self, sent: Span, place: Span, skip: set[int]) -> bool:
        """A place word where no one meets, though it names a place: the object of another act, where
        someone came from, what another noun (outside `skip`) belongs to, a person's title."""
        doc = sent.doc
        k = place.start - 1
        while k > sent.start and doc[k].lower_ in self.grammar.determiners:
            k -= 1
        if k >= sent.start and doc[k].lower_ in self.not_place_prepositions:
            return True  # `une attaque contre le camp de Gao`: the object of another act
        if place.root.head.lemma_.lower() in self.arrival_verbs and any(
                c.dep_ == "case" and c.lower_ in ("de", "d'", "du", "des") for c in place.root.children):
            return True  # `venus de leur garnison de X`: where they came from
        if _of_noun(place.root, skip, self.grammar.of_words):
            return True  # `membre du Bureau politique`: what another noun belongs to, not where one meets;
            # `la résidence officielle du château de X`: a place word of a place word names the same place
        return _of_person(place.root) and not _after_name(place.root)
        # `l'attaché de défense près l'ambassade de France`: a title, not a place

    def _place_of_thing(self, token, triggers: set[int], sent: Span) -> bool:
        """`a obtenu la création d'un commandement à Wiesbaden`: a town after `à` hung on a common noun that
        is no meeting, journey or place word, nor a person's title or a day, tells where that thing is (a
        command, a centre, a plant), not where the meeting is; `une rencontre à Riga`, `au siège de l'OTAN à
        Bruxelles`, `son homologue à Riga` keep their town."""
        while token.dep_ == "conj" and token.head.i != token.i:  # `à Tartu et à Riga`
            token = token.head
        head = token.head
        if token.dep_ != "nmod" or head.pos_ != "NOUN" or head.ent_type_ or head.i in triggers:
            return False
        if head.dep_.startswith("obl") or not any(c.dep_ == "det" for c in head.children):
            return False  # `dans la cour de la direction, à Issy`, `dans la même journée ... à Paris`: the act's
            # setting; `tenues à Annapolis`: a participle the parser took for a noun has no article
        verb = head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
            if verb.i in triggers and verb.pos_ in ("NOUN", "PROPN"):
                return False  # `un accord-cadre de la rencontre à Bruxelles`: the meeting's own phrase
        if verb.lemma_.lower() in self.verbs or verb.lower_ in self.verb_forms:
            return False  # `a reçu son homologue à Paris`, `une conférence réunissant vingt dirigeants à Paris`
        if any(self._meeting_word(t) for t in (head, *head.children)) or head.lemma_.lower() in self.journey_nouns:
            return False  # `une succession de rencontres, à Londres`: the meetings' own town
        return not any(p.start <= head.i < p.end for p in self._places_by_sent.get(sent.start, []))

    def _meeting_word(self, token) -> bool:
        """A common noun a meeting noun opens on (`rencontres`, `conférence`)."""
        return token.pos_ == "NOUN" and (token.lower_ in self.noun_firsts or token.lemma_.lower() in self.noun_firsts)

    def _room_of_site(self, place: Span, places: list[Span]) -> str:
        """`à son cabinet du camp X`, `dans le bureau de l'hôtel de Brienne`, `dans la salle de conférence du palais
        présidentiel d'Abuja`: a room word (`room: true`) whose phrase goes on, after `de`, to a site of
        its own (`room_sites`) carrying a name or a number is one of that site's rooms; the site, to the end of
        the room's phrase, is the place. `la salle des conseils de l'état-major` (a body's room), `la salle des
        banquets du palais` (no name) stay: none."""
        if place.label_ not in self.room_places:
            return ""
        doc, limit = place.doc, place.sent.end
        reach = place.start_char + len(_noun_phrase(place))
        end = next((t.i for t in doc[place.start : limit] if t.idx >= reach), limit)
        for site in places:
            if not place.end < site.start < end or site.label_ not in self.room_sites:
                continue
            k = site.start - 1
            while k > place.end and doc[k].lower_ in self.grammar.determiners and doc[k - 1].lower_ in (
                    self.grammar.of_words):
                k -= 1  # `de la`, `de l'`; `du` alone is both
            if doc[k].lower_ not in self.grammar.of_words:
                continue
            stop = max(end, site.end)  # the site's name, also when the phrase stops at it (`du camp X le général Y`)
            if stop == site.end < limit and doc[stop].text[:1].isupper():
                stop += 1
            # the phrase ends at a preposition other than `de` (`du camp X par le général Y`)
            stop = next((j for j in range(site.end, stop) if doc[j].pos_ == "ADP"
                         and doc[j].lower_ not in self.grammar.of_words), stop)
            named = doc[site.start : stop]
            if any(t.text[:1].isupper() or t.like_num for t in named):
                return doc[site.start : _named_tail(doc, named.end, limit, self.grammar.of_words)].text
        return ""

    def _thing_place(self, sent: Span, place: Span, triggers: set[int] | None) -> bool:
        """`depuis sa nomination à l'hôtel de Brienne`: a place hung on a noun that is no meeting word tells
        where that other thing happened (as for a named place, `_of_other_noun`); `a reçu son homologue à
        l'hôtel de Brienne`, hung by the parser on the guest (the meeting verb's object), keeps it."""
        if not triggers or not _of_other_noun(place.root, triggers, self.grammar.day_parts):
            return False
        at = any(c.dep_ == "case" and c.lower_ in self.grammar.place_prepositions for c in place.root.children)
        head = place.root.head  # the guest or the host of the meeting verb itself
        return not (at and head.dep_ in ("obj", "nsubj", "nsubj:pass") and head.head.i in triggers)

    def _named_building(self, place: Span) -> bool:
        """`à l'hôtel de Brienne`, `au palais de Koulouba`: a building of its own (`room_sites`) whose name the
        entities stage opened as an organisation is still a building where one is received, when a place
        preposition governs it; a body's word (`ministère`, `état-major`) so named stays the body."""
        token = place[0]
        return token.ent_type_ == "ORG" and token.ent_iob_ == "B" and place.label_ in self.room_sites and any(
            c.dep_ == "case" and c.lower_ in self.grammar.place_prepositions for c in place.root.children)

    def _one_of_many(self, place: Span) -> bool:
        """`un salon de l'IFEMA`, `une salle du palais`: a room word (`room: true`) with an indefinite article
        names one room of the named building after it, not a place of its own."""
        return place.label_ in self.room_places and any(
            c.dep_ == "det" and c.lower_ in self.grammar.indefinite_articles for c in place.root.children)

    def _place_label(self, ent: Span, triggers: set[int]) -> str:
        """The entity's label, a town of the gazetteer the model took for a person (`reçu jeudi à X`)
        read as the place it is when it hangs on the trigger verb itself (not on a verb of saying)."""
        if ent.label_ == "PERSON" and ent.text.lower() in self.cities and (
                _governing_verb(ent.root).i in triggers or _light_verb_place(ent, triggers)):
            return "LOC"
        return ent.label_

    def _fuller_name(self, place: Span) -> str:
        """`le Palais` after `au Palais royal de Laeken`: a named place of one word shortens the place the
        text named in full before it (the nearest earlier place entity opening on that word); else as is."""
        if len(place) != 1:
            return place.text
        word = place.text.lower()
        earlier = [e for e in DocIndex.of(place.doc).ents if e.end <= place.start and e.label_ in ("LOC", "ORG")
                   and len(e) > 1 and e[0].lower_ == word]
        return earlier[-1].text if earlier else place.text

    def _own_place(self, sent: Span, places: list[Span], nouns: list[Span], triggers: set[int]) -> str:
        """`accueilli à l'aéroport par X, avant un entretien au palais présidentiel`: the place the meeting
        noun that names the mention takes as its own complement (`à`, `au`, `aux`) is where that meeting
        was held, before any place of the rest of the clause (an arrival, a welcome)."""
        if not nouns:
            return ""
        noun = nouns[0].root

        # `avant un entretien au palais`: the next step, told with an indefinite article, is this meeting;
        # `une semaine après la visite à X` (a known event) dates it by another
        next_step = any(c.dep_ == "det" and c.lower_ in self.grammar.indefinite_articles for c in noun.children)

        def own(token) -> bool:
            return token.head.i == noun.i and token.dep_ == "nmod" and token.i > noun.i and any(
                c.dep_ == "case" and c.lower_ in self.grammar.place_prepositions for c in token.children) and (
                next_step or not self._event_as_time(token, triggers)) and not _in_other_clause(token, triggers)

        for place in places:
            if own(place.root):
                return self._location(sent, [place], triggers)
        for ent in self.idx.ents_in(sent):
            if ent.label_ == "LOC" and own(ent.root) and _preposition(ent) == "à" and (
                    ent.text.lower() not in self.countries):  # `en visite au Royaume`: a country, not the city
                return ent.text
        return ""

    def _phrase_goes_on(self, place: Span) -> bool:
        """A capitalised place word told by its phrase (`phrase: true`) after a preposition, whose phrase goes on
        past it with `de` and a common noun (`à la Chancellerie du premier ministre`): the phrase names the place,
        not the word alone (`à la Primature`, `au Palais présidentiel`)."""
        if place.label_ not in self.phrase_places or not any(c.dep_ == "case" for c in place.root.children):
            return False
        doc, i = place.doc, place.end
        return i + 1 < place.sent.end and doc[i].lower_ in self.grammar.of_words and (
            len(_noun_phrase(place)) > len(place.text)) and any(
            t.pos_ == "NOUN" and t.text[:1].islower() for t in doc[i + 1 : min(i + 3, place.sent.end)])

    def _located_phrase(self, place: Span, ents: list[Span]) -> str:
        """`dans son bureau à Yaoundé`, `à son cabinet au Plateau`: a place word told by its phrase, then at
        once (no comma) a place preposition (`à`, `au`, `aux`) and a named place: the room is one of the
        town's, and the town is the place a reader looks for. `dans son bureau au ministère de la Défense`:
        a room of a named seat is in that seat, and the seat in the town after it (`, à Yarzé`) if any. A
        named place set off by a comma right after the phrase glosses it alike (`dans son cabinet, au ministère`)."""
        phrase = _noun_phrase(place)
        doc, limit = place.doc, place.sent.end
        end = next((t.i for t in doc[place.start : limit] if t.idx >= place.start_char + len(phrase)), limit)
        # the parse may hang the town within the phrase (`la salle de conférences du ministère à Ouagadougou`)
        named = next((n for k in range(place.end, end + 1) if (n := self._placed_after(doc, k, ents, limit))), None)
        if named is None and end + 1 < limit and doc[end].text == ",":
            # `dans son cabinet, au ministère de la Défense`: the place set off by a comma glosses the room
            named = self._placed_after(doc, end + 1, ents, limit)
        if named is None:
            return phrase
        if named.label_ == "LOC":
            return named.text
        comma = named.end + (named.end < limit and doc[named.end].text == ",")
        town = self._placed_after(doc, comma, ents, limit)
        return town.text if town is not None and town.label_ == "LOC" else named.text

    def _placed_after(self, doc: Doc, i: int, ents: list[Span], limit: int) -> Span | None:
        """The named place (a town, LOC, or a seat, ORG) right after a place preposition at token i (`à Yaoundé`,
        `au ministère de la Défense`); no country (`à son bureau en France`: it adds nothing the reader needs)."""
        if i + 1 >= limit or doc[i].lower_ not in self.grammar.place_prepositions:
            return None
        named = next((e for e in ents if e.start == i + 1 and e.label_ in ("LOC", "ORG")), None)
        return None if named is None or named.text.lower() in self.countries else named

    def _event_city(self, sent: Span, triggers: set[int]) -> str:
        """`participera à la Conférence de Munich`, `est attendu au sommet de l'OTAN de La Haye`: a meeting
        noun of the mention, the complement after `à` of its clause's verb (where someone goes, takes
        part), named after a city (`_gathering_city`) was held in that city."""
        doc = sent.doc
        for i in sorted(triggers):
            noun = doc[i]
            if noun.pos_ not in ("NOUN", "PROPN"):
                continue
            during = self._during_gathering(noun)  # `au cours du Forum de X`: the noun of `cours`'s phrase
            # `accueillera les délégations au Forum de Davos`: the parser hangs the verb's `à` on its object
            guests = noun.dep_ == "nmod" and noun.head.dep_ == "obj" and noun.head.head.pos_ == "VERB"
            if not noun.dep_.startswith("obl") and not during and not guests:
                continue
            if not during and not any(c.dep_ == "case" and c.lower_ in self.grammar.place_prepositions
                                      for c in noun.children):
                continue  # `avant le sommet de Madrid`: another event dates this one
            if noun.head.dep_.startswith("acl") or during and _governing_verb(noun).dep_.startswith("acl"):
                continue  # `les décisions prises au sommet de Madrid`, `le consensus auquel ils sont parvenus
                # lors de leur rencontre de San Francisco`: an event spoken of in passing
            city = self._gathering_city(noun)
            if city:
                return city
        return ""

    def _preposed_place(self, place: Span) -> bool:
        """A place word of an entry with `after` (`place`, `esplanade`) opens a place only right after one of
        its prepositions and an article (`sur la place Rouge`, `sur l'esplanade des Invalides`); `la place de
        la France en Afrique`, `sur place`, `mettre en place` open none. Any other place word: always."""
        wanted = self.preposed_places.get(place.label_)
        if wanted is None:
            return True
        doc = place.doc
        k = place.start - 1
        return k > 0 and doc[k].lower_ in self.grammar.determiners and doc[k - 1].lower_ in wanted

    def _during_gathering(self, noun) -> bool:
        """`lors du sommet de l'OTAN de Vilnius`, `pendant la Conférence de Munich`, `au cours du Forum de
        Davos`: a meeting noun after a preposition of a span of time (`stay_prepositions`; `du`, `des`, `d'`
        are `de` and an article) is the gathering during which the meeting was held, hence where."""
        doc, left = noun.doc, noun.left_edge.i
        cases = [c.i for c in noun.children if c.dep_ == "case" and c.i < noun.i]
        end = max(cases) + 1 if cases else left
        words = [_of_as_de(t.lower_) for t in doc[max(noun.sent.start, left - 3) : end]]
        return any(words[-len(p):] == [_of_as_de(w) for w in p] for p in self.stay_prepositions)

    def _gathering_city(self, noun) -> str:
        """The city a gathering is named after: a `de` complement of the meeting noun, or of a complement
        of it (`sommet de l'OTAN de La Haye`, a topic: `Forum sur la sécurité internationale d'Halifax`),
        that the model reads as a place (LOC) or that the document names as a place elsewhere (`la
        Conférence de Munich` ... `à Munich`), no country."""
        doc, sent = noun.doc, noun.sent
        located = self.cities | {e.text.lower() for e in DocIndex.of(doc).ents if e.label_ == "LOC"}
        frontier, seen = [noun], 0
        while frontier and seen < 2:
            following = []
            for head in frontier:
                for child in head.children:
                    if child.dep_ != "nmod" or child.i <= head.i:
                        continue
                    cases = [c.lower_ for c in child.children if c.dep_ == "case"]
                    if not any(c in self.grammar.of_words for c in cases):
                        if cases:  # `Forum sur la sécurité internationale d'Halifax`: a topic, then the town
                            following.append(child)
                        continue
                    ent = next((e for e in self.idx.ents_in(sent) if e.start <= child.i < e.end), None)
                    if ent is not None and ent.label_ == "LOC":
                        name = ent.text
                    elif child.pos_ == "PROPN" and child.text[:1].isupper():
                        name = doc[child.i : _hyphenated(doc, child.i + 1, sent.end)].text
                    else:
                        following.append(child)
                        continue
                    if name.lower() in located and name.lower() not in self.countries:
                        return name
                    if _own_name_place(noun, child, ent) and name.lower() not in self.countries:
                        return name  # `la Conférence de Munich`: a gathering's proper name ends on its city
                    following.append(child)
            frontier, seen = following, seen + 1
        return ""

    def _capital_place(self, sent: Span, triggers: set[int]) -> str:
        """`dans la capitale russe`, `à la capitale du Niger`: a `capital_words` noun with a definite
        article and a demonym or a country's name (its `de` complement) is that country's capital
        (the first of its `places`), unless it tells of another event (`_in_other_clause`), or is where
        the person who arrived came from (`_arrival_place` reads a participle of arrival)."""
        doc = sent.doc
        for token in self._words_in(sent, self.capital_words):
            if token.i == sent.start or doc[token.i - 1].lower_ not in self.grammar.definite_articles:
                continue  # `une capitale régionale`: no one city
            if triggers and (_in_other_clause(token, triggers) and not self._arrived(token)
                             or self._topic(token, triggers)):
                continue
            for child in token.children:
                if child.i <= token.i:
                    continue
                name = child.lower_
                if child.dep_ == "nmod":  # `la capitale du Niger`, `la capitale de la Russie`
                    ent = next((e for e in self.idx.ents_in(sent) if e.start <= child.i < e.end), None)
                    name = ent.text.lower() if ent is not None else name
                elif child.dep_ != "amod":  # `la capitale russe`
                    continue
                if name in self.capitals:
                    return self.capitals[name]
        return ""

    def _arrived(self, token) -> bool:
        """The token is a complement of a participle of arrival (`arrivé dans la capitale russe le 7`),
        hung on a person or on the main verb: where that person is when the sentence's meeting takes place."""
        verb = _governing_verb(token)
        return (verb.lemma_.lower() in self.arrival_verbs and verb.dep_ in ("acl", "advcl")
                and "Part" in verb.morph.get("VerbForm"))

    def _hosting_subject(self, ents: list[Span], triggers: set[int]) -> str:
        """`Singapour a accueilli la 20e édition du Dialogue`, `Dakar accueille le sommet`: a city of the
        gazetteer, active subject of a verb whose subject hosts (`_hosting_city`), whose object holds a meeting
        noun of the mention within its noun phrase (no verb between), is where the meeting is held, when the
        sentence names no other place. A region (`le Tessin accueillait la conférence`) leaves the town to the
        rest of the text; `Paris a reçu les propositions, lors de l'entretien` hosts no talks."""
        for ent in ents:
            if ent.root.dep_ != "nsubj" or ent.text.lower() not in self.cities or not self._hosting_city(ent):
                continue
            verb = ent.root.head
            if any(_object_phrase_of(ent.doc[i], verb) for i in triggers if ent.doc[i].pos_ in ("NOUN", "PROPN")):
                return ent.text
        return ""

    def _arrival_place(self, sent: Span, ents: list[Span], triggers: set[int]) -> str:
        """`Le général X, arrivé à Moscou le 7 au soir, a été reçu par ...`: the city a participle of
        arrival names after `à` is where its person met, when the sentence names no other place."""
        for ent in self.idx.ents_in(sent):
            if ent.label_ == "LOC" and _preposition(ent) == "à" and self._arrived(ent.root) and (
                    ent.text.lower() not in self.countries):
                return ent.text
        return ""

    def _city_of_noun(self, sent: Span, ents: list[Span], triggers: set[int]) -> str:
        """`le sommet de Budapest`, `la réunion de Bruxelles`: a city (a LOC entity, or a place of the
        gazetteer the model left unlabelled), no country, that is the direct `de` complement of the
        meeting noun itself, the subject or object of its clause, is where the meeting is held; never a
        person's or a body's name."""
        doc = sent.doc
        for i in sorted(triggers):
            noun = doc[i]
            if noun.pos_ != "NOUN" or not (noun.dep_.startswith(("nsubj", "obj")) or noun.head.i == noun.i):
                continue  # `adopté au sommet de Madrid`: an event spoken of in passing, not this mention's own
            for child in noun.children:
                if child.dep_ != "nmod" or child.i <= noun.i or doc[child.i - 1].lower_ not in self.grammar.of_words:
                    continue
                if _other_case(child, self.grammar.of_words):
                    continue  # `le déplacement dans le massif`: a region the trip went through, no city
                if child.ent_type_ and child.ent_type_ != "LOC" or not child.text[:1].isupper():
                    continue
                ent = next((e for e in ents if e.start <= child.i < e.end), None)
                if ent is not None and ent.label_ == "LOC" and ent.start == child.i:
                    name = ent.text
                else:
                    name = _hyphenated(doc, child.i + 1, sent.end)
                    name = doc[child.i : name].text
                    if name.lower() not in self.cities:
                        continue
                if name.lower() not in self.countries:
                    return name
        return ""

    def _subject_matter(self, ent: Span, triggers: set[int]) -> bool:
        """`une conférence sur la sécurité en Asie`, `un débat sur la paix au Sahel`: a country or a region
        (`en`, `au`, `aux`) after a topic preposition that follows the meeting noun, in one phrase (no
        comma between), is what the meeting is about, wherever the parse hangs it; `à` and a city stays."""
        doc = ent.doc
        before = [i for i in triggers if i < ent.start and doc[i].pos_ == "NOUN"]
        if not before or _preposition(ent) in ("à", ""):  # the cheaper test first
            return False
        between = doc[max(before) + 1 : ent.start]
        if any(between.start <= p.start < between.end and p.label_ in self.preposed_places
               for p in self._places_by_sent.get(ent.sent.start, [])):
            return False  # `une cérémonie sur l'esplanade des Invalides`: `sur` a place word, not a topic
        return any(t.lower_ in self.grammar.topic_prepositions for t in between) and not any(
            t.is_punct or t.pos_ in ("VERB", "AUX") for t in between)

    def _event_as_time(self, token, triggers: set[int]) -> bool:
        """`... depuis 2022, après la visite à Taïwan de X`, `à la veille d'un sommet à Abuja`: a place
        within a noun phrase said after a time preposition (`après`, `avant`, `depuis`) or on a time noun
        (`veille`, `lendemain`) dates the meeting by another event; its place is that event's, unless
        that phrase holds every meeting word (`Après sa visite à Kiev, ...` told alone)."""
        head, seen = token.head, 0
        while head.i != head.head.i and head.pos_ in ("NOUN", "PROPN", "NUM") and seen < 4:
            if head.lemma_.lower() in self.grammar.time_nouns or any(
                    c.dep_ == "case" and c.lower_ in self.grammar.time_prepositions for c in head.children):
                inside_ = {t.i for t in head.subtree}
                return any(i not in inside_ for i in triggers)
            head, seen = head.head, seen + 1
        return False

    def _topic(self, token, triggers: set[int]) -> bool:
        """The token is a complement of a participle that gives the meeting's subject, not its place
        (`une réunion consacrée au Niger`), or the subject of the gathering it is held on the sidelines of
        (`en marge d'une conférence consacrée au Sahel`)."""
        verb = _governing_verb(token)
        return (verb.i != token.i and verb.lemma_.lower() in self.topic_verbs and verb.dep_ == "acl"
                and (verb.head.i in triggers or _on_sidelined_gathering(verb, self.side_nouns)))

    def _host_of_delegation(self, trigger, person_of: dict[int, str]) -> str:
        """`La délégation russe a eu une séance de travail avec le ministre X`, `une délégation s'est entretenue
        avec Y`: a delegation (a word of `group_words`), the subject of the meeting's verb with no person named
        in it, is the visiting side: the one person of the `avec` phrase (`partner_words`) receives it. A
        subject that names a person (`le ministre X et sa délégation`) or several partners name no host."""
        verb = _governing_verb(trigger)
        if verb is None:
            return ""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if len(subjects) != 1 or subjects[0].lower_ not in self.group_words:
            return ""
        if any(t.idx in person_of for t in subjects[0].subtree):
            return ""
        partners = [c for c in (*verb.children, *(trigger.children if trigger.i != verb.i else ()))
                    if c.dep_.startswith(("obl", "nmod")) and any(
                        x.dep_ == "case" and x.lower_ in self.partner_words for x in c.children)]
        named = list(dict.fromkeys(person_of[t.idx] for c in partners for t in c.subtree if t.idx in person_of
                                   and not any(a.dep_ == "case" and a.lemma_.lower() in self.presence_nouns
                                               for a in t.ancestors)))
        return named[0] if len(partners) == 1 and named else ""

    def _delegation_leader(self, sent: Span, person_of: dict[int, str]) -> list[str]:
        """`une délégation russe conduite par le général X` told before, then `la délégation russe a eu une séance
        de travail avec Y`: a group of `group_words` with a definite or demonstrative determiner, the subject of
        the sentence, is the one told before, and its leader (the agent of a participle of `companion_verbs`
        hung on the group word, the last told before this sentence) takes part. A group told with an
        indefinite article (`une autre délégation`) is a new one."""
        leaders = self.idx.memo.get("meeting_mentions.leaders")
        if leaders is None:
            leaders = self.idx.memo["meeting_mentions.leaders"] = []
            doc = sent.doc
            for i, word in enumerate(self.idx.lower):
                if word not in self.group_words:
                    continue
                for verb in doc[i].children:
                    if verb.dep_ == "acl" and verb.lemma_.lower() in self.companion_verbs:
                        agents = [c for c in verb.children if c.dep_ == "obl:agent"]
                        # `conduite par le vice-ministre, le général X`: the parser may hang the name on the group
                        agents += [c for c in doc[i].children if agents and c.dep_ == "appos" and c.i > verb.i]
                        named = [person_of[t.idx] for c in agents for t in c.subtree if t.idx in person_of]
                        if named:
                            leaders.append((i, named[0]))
                lead = next((t for t in doc[max(doc[i].sent.start, i - 4) : i] if t.lemma_.lower() in self.leader_nouns
                             and t.i > 0 and t.nbor(-1).dep_ in ("det", "case")), None)
                if lead is not None:  # `X, en visite, à la tête d'une délégation`: the person told before the phrase
                    named = [person_of[t.idx] for t in doc[doc[i].sent.start : lead.i] if t.idx in person_of]
                    if named:
                        leaders.append((i, named[-1]))
        found = []
        lower = self.idx.lower  # the group words found in the column: no Python Token of the other words
        for token in (sent.doc[i] for i in range(sent.start, sent.end) if lower[i] in self.group_words):
            if token.dep_ not in ("nsubj", "nsubj:pass"):
                continue
            if not any(c.dep_ == "det" and c.lower_ in self.anaphoric_determiners for c in token.children):
                continue
            before = [key for at, key in leaders if at < sent.start]
            if before and not any(at >= sent.start and at < sent.end for at, _ in leaders):
                found.append(before[-1])
        return found

    def _groups(self, sent: Span) -> list[str]:
        """`la délégation pakistanaise`: groups that take part, as written."""
        groups, lower = [], self.idx.lower
        for i in range(sent.start, sent.end):
            if lower[i] in self.group_words:
                token = sent.doc[i]
                end = token.i + 1
                while end < sent.end and (sent.doc[end].pos_ == "ADJ" or getattr(
                        self.idx.ent_starting(end), "label_", "") == "MISC"):
                    end += 1
                groups.append(sent.doc[token.i : end].text)
        return groups

    def _parties(self, sent: Span) -> list[str]:
        """`la délégation burkinabè`, `la délégation des Forces armées nigériennes`: groups that say whose side
        they are, by an adjective or by a complement of the noun (`noun_complement_words`) naming a body or a
        place, lower case, as written. A bare `la délégation` says no side: it may be the one told before."""
        parties = [g.lower() for g in self._groups(sent) if " " in g]
        lower = self.idx.lower
        for token in (sent.doc[i] for i in range(sent.start, sent.end) if lower[i] in self.group_words):
            for child in token.children:
                if child.dep_.startswith("nmod") and child.ent_type_ in ("ORG", "LOC") and any(
                        c.dep_ == "case" and (c.lemma_.lower() in self.noun_complement_words
                                              or c.lower_ in self.noun_complement_words) for c in child.children):
                    parties.append(sent.doc[token.i : child.right_edge.i + 1].text.lower())
        return list(dict.fromkeys(parties))


def _people_within(token, ents: list[Span], person_of: dict[int, str], quotes=()) -> list[str]:
    """The people named in the subtree of `token` (a phrase or a clause), outside quotations."""
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    return list(dict.fromkeys(person_of[e.start_char] for e in ents if e.start_char in person_of
                              and start <= e.start_char < end and not inside(quotes, e.start_char, e.end_char)))


def _negated(verb) -> bool:
    """A verb or predicate with a word of negation among its dependents (`ne ... pas`, `n'était pas
    présent`): the parser marks `pas`, `jamais`, `ni` with Polarity=Neg."""
    return any("Neg" in c.morph.get("Polarity") for c in verb.children)


def _case_of(token) -> set[str]:
    """The prepositions (`case` children) opening a token's phrase, lower case: `{"avec"}` for `avec X`."""
    return {c.lower_ for c in token.children if c.dep_ == "case"}


def _of_as_de(word: str) -> str:
    """`du`, `des`, `d'`: the preposition `de` (with an article); any other word as it is."""
    return "de" if word in ("du", "des", "d'", "d’") else word


def _in_place_name(noun: Span) -> bool:
    """A meeting noun written with a capital inside a place's name (`stationnées à La Réunion`, the
    island): a name, not a gathering."""
    return all(t.ent_type_ == "LOC" and t.text[:1].isupper() for t in noun) and (
        noun.start > noun.sent.start and noun.doc[noun.start - 1].ent_type_ == "LOC"
        or noun.end < noun.sent.end and noun.doc[noun.end].ent_type_ == "LOC")


def _locution_complement(verb, words: list[str]) -> bool:
    """A verb of a locution (`faire face à`) meets only through the complement the locution opens: the parser
    reads `face à` as the preposition of an argument of `faire`."""
    wanted = {w.lower() for w in words}
    return any(c.dep_ in ("obl:arg", "obl:mod") and any(g.dep_ == "case" and g.lower_ in wanted for g in c.children)
               for c in verb.children)


def _people_of_complement(complement, person_of: dict[int, str]) -> list[str]:
    """The people a complement names: its own words, and a name set beside it that the parser hangs
    elsewhere (`auprès du président portugais, Rui Costa`: the name after the comma)."""
    found = [person_of[t.idx] for t in complement.subtree if t.idx in person_of]
    doc = complement.doc
    end = complement.right_edge.i + 1
    if end + 1 < len(doc) and doc[end].text == ",":  # `au ministre, le général X`: its article and rank first
        for t in doc[end + 1:end + 5]:
            if t.idx in person_of:
                found.append(person_of[t.idx])
            if t.idx in person_of or not (t.pos_ == "DET" or t.ent_type_ in ("RANK", "ROLE")):
                break
    elif not found and complement.ent_type_ == "ROLE" and end < len(doc) and doc[end].idx in person_of and (
            doc[end].ent_type_ == "PERSON"):
        found.append(person_of[doc[end].idx])  # `au Premier ministre singapourien Lawrence Wong`: hung apart
    return list(dict.fromkeys(found))


def _subject_head_gender(token) -> str:
    """The gender of the head of the subject phrase a token stands in (`une délégation conduite par le
    général X`: Fem), when that head is another noun than the token's own title or name; else ''."""
    node, seen = token, 0
    while node.dep_ not in ("nsubj", "nsubj:pass") and node.head.i != node.i and seen < 8:
        node, seen = node.head, seen + 1
    if node.dep_ not in ("nsubj", "nsubj:pass") or node.pos_ != "NOUN" or node.ent_type_ in ("PERSON", "ROLE"):
        return ""
    found = node.morph.get("Gender")
    return found[0] if len(found) == 1 else ""


def _people_of_subject(token, person_of: dict[int, str]) -> list[str]:
    """The people named in the subject a name belongs to (through names, appositions, complements and
    conjuncts: `X, Y et Z sont arrivés`), when it names several."""
    for _ in range(8):
        if token.dep_ in ("nsubj", "nsubj:pass"):
            named = list(dict.fromkeys(person_of[t.idx] for t in token.subtree if t.idx in person_of))
            return named if len(named) > 1 else []
        if token.head.i == token.i or token.dep_ not in ("flat:name", "appos", "nmod", "flat", "conj"):
            return []
        token = token.head
    return []


def _own_subject(verb) -> bool:
    """The verb names a subject of its own (`le ministre X a rencontré`, `il a été reçu`), not `qui`: a verb
    coordinated with another shares that verb's subject only where it names none (`X s'entretient avec A,
    puis est reçu par B`)."""
    return any(c.dep_ in ("nsubj", "nsubj:pass") and "Rel" not in c.morph.get("PronType") for c in verb.children)


def _plural_pronoun_subject(verb) -> bool:
    """The verb's subject is a third-person plural personal pronoun (`Ils ont eu un entretien`)."""
    return any(c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "PRON" and c.morph.get("Number") == ["Plur"]
               and c.morph.get("Person") == ["3"] and "Rel" not in c.morph.get("PronType") for c in verb.children)


def _fold_kept(text: str) -> str:
    """`fold_text` one character at a time, the text keeping its length (its offsets hold). Each
    character is folded once per process (`_FoldedChars`): the sentences are folded whole, one
    `fold_text` per character was 10% of the stages."""
    return text.translate(_FOLDED_CHARS)


def _in_phrase_of(token, head) -> bool:
    """`un entretien en marge du sommet`: `sommet` hangs on `entretien` through complements alone, within its
    phrase. `au sommet de l'UE à Bruxelles et au sommet du G20`: the parser hangs the second `sommet` on
    `Bruxelles` as a conjunct: a phrase of its own, joined, not within the first."""
    while token.i != head.i:
        if token.dep_ == "conj" or token.head.i == token.i:
            return False
        token = token.head
    return True


class _FoldedChars(dict):
    """A character's first folded character (`fold_text`, itself when that folds to nothing), as
    `str.translate` reads it: a character not yet seen is folded on its first reading and kept."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = self[code] = (fold_text(char) or char)[0]
        return folded


_FOLDED_CHARS = _FoldedChars()


def _word_at(text: str, phrase: str) -> int:
    """Where the phrase first stands as whole words in the text (-1: nowhere)."""
    at = text.find(phrase)
    while at > 0 and text[at - 1].isalpha():
        at = text.find(phrase, at + 1)
    return at


def _norm(text: str) -> str:
    return " ".join(_words(text).split())


def _apposed_to_other_name(token) -> bool:
    """An apposition, or a conjunct with neither preposition nor `et`, after a comma to a title that already
    bears another person's name (`sur ordre du président X, le ministre Y a reçu`, `a reçu, conformément aux
    directives du président X, l'amiral Y`): the parser hung a new phrase, the subject after a fronted
    circumstance or the object after an incise, on the person before it. `un message du président X, du
    ministre Y et ...` (a list repeating its preposition) is a conjunct of that complement."""
    if token.dep_ == "conj":
        if any(c.dep_ in ("case", "cc") for c in token.children):
            return False
    elif token.dep_ != "appos":
        return False
    head = token.head
    names = [c for c in head.children if c.i < token.i and c.dep_ in ("appos", "flat:name", "nmod")
             and c.ent_type_ in ("PERSON", "PER")]
    return bool(names) and any(t.is_punct and t.lower_ == "," for t in token.doc[names[-1].i : token.i])


def _words(text: str) -> str:
    """Lower-case words between single spaces, apostrophes kept: matched as ` word `."""
    return " " + " ".join(WORD_RE.findall(text.lower().replace("\u2019", "'"))) + " "



def _preposition(ent: Span) -> str:
    """The preposition before an entity, over an organisation's article: `à l'hôtel de Brienne` -> `à`."""
    i = ent.start - 1
    index = DocIndex.of(ent.doc)  # the sentence and the words from the index: `Span.sent` and `doc[i]`
    start = index.sent(ent.start).start  # made anew at each of many readings per mention
    lower = index.lower
    if ent.label_ == "ORG" and i > start and lower[i] in ("l'", "l’", "la", "le", "les"):
        i -= 1  # not for places: `l'aide à l'Ukraine` names no meeting place
    return lower[i] if i >= start else ""


def _opening_a(ent: Span) -> bool:
    """`A Ramstein, la ministre promet ...`: a capital `A` without its accent opening the line before a
    name and a comma is the preposition `à`, and the name a place, whatever label the model gave a single
    word (the verb `a` opens no line; a person is named by more than one word)."""
    i = ent.start - 1
    return i >= 0 and i == ent.sent.start and ent.doc[i].text == "A" and (
        ent.end < ent.sent.end and ent.doc[ent.end].text == ",")


def _own_name_place(noun, child, ent: Span | None) -> bool:
    """`la Conférence de Munich sur la sécurité`, `le Sommet de Madrid`: a gathering written as a proper
    name (its meeting noun capitalised, not the sentence's first word) whose `de` complement is one
    capitalised word read as no entity of its own (no person, no organisation: inside the gathering's own
    name, or a place): that word is the city the gathering is named after, even out of the gazetteer."""
    if noun.i != child.head.i or not noun.text[:1].isupper() or noun.i == noun.sent.start:
        return False
    if ent is not None and ent.label_ != "LOC" and ent.start > noun.i:
        return False  # `le Sommet de l'Union africaine`: an organisation's own name
    if any(t.dep_ == "nmod" and t.i > child.i and t.text[:1].isupper() for t in (*child.children, *noun.children)):
        return False  # `le Forum de Cargèse de Rome`: the name's last place is the city
    return child.ent_type_ != "PERSON" and not any(c.dep_ in ("det", "nmod", "amod") for c in child.children
                                                    if c.i < child.i)


def _light_verb_place(ent: Span, triggers: set[int]) -> bool:
    """`X a eu lundi à Y des entretiens avec Z`, `a tenu à Y une réunion`: a meeting noun that is the
    object of the verb the town hangs on (or that the parse hangs on the town itself) is the act the
    verb tells: the town is where it is held, as for a meeting verb."""
    verb = _governing_verb(ent.root)
    if verb.i == ent.root.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    doc = ent.doc
    for i in triggers:
        noun = doc[i]
        if noun.pos_ != "NOUN" or noun.i < ent.start:
            continue
        if noun.head.i == verb.i and noun.dep_ in ("obj", "nmod", "obl:arg", "obl:mod") or (
                noun.head.i == ent.root.i and noun.dep_ == "nmod"):
            return True
    return False


def _names_meeting(ent: Span, triggers: set[int]) -> bool:
    """The entity opens with one of the mention's own triggers (`la Conférence des chefs des armées`,
    `le Forum de Dakar`; the caller checks it is a meeting noun, not a verbless sentence's root):
    it is the meeting's name, not the place where it is held."""
    return ent.start in triggers


def _object_phrase_of(token, verb) -> bool:
    """The token is the object of `verb` or a noun within that object's phrase, reached through nouns alone
    (`la 20e édition du Dialogue`), not through a verb of its own (`les propositions faites lors de l'entretien`)."""
    while token.dep_ != "obj" or token.head.i != verb.i:
        if token.head.i == token.i or token.pos_ in ("VERB", "AUX") or token.dep_ not in ("nmod", "appos", "conj"):
            return False
        token = token.head
    return True


def _noun_phrase(place: Span) -> str:
    """The place word and its complements as the parse attaches them, up to a comma, a verb or the opening of
    a clause (`C'est dans la salle de X que s'est tenue ...`: a conjunction or a pronoun ends the place).
    A complement of a place word is opened by a preposition (`la salle des fêtes`); an article right after
    the phrase opens the verb's object the parser hung on it (`a reçu au palais présidentiel le ministre`)."""
    doc, sent = place.doc, place.sent
    end = place.end
    right = {t.i for t in place.root.subtree if t.i >= place.end}
    while end < sent.end and end in right and doc[end].pos_ not in ("VERB", "AUX", "SCONJ", "PRON") and (
            not doc[end].is_punct or doc[end].text == "-") and not _opens_object(doc[end]):
        end = _hyphenated(doc, end + 1, sent.end)  # `de l'état-major général`: over a word cut at its hyphen
    return doc[place.start : end].text


def _opens_object(token) -> bool:
    """A lower-case article or determiner (`le`, `une`, `son`) not after a preposition starts a noun phrase of
    its own, not a complement of the word before it."""
    return (token.pos_ == "DET" and token.text[:1].islower() and token.i > 0
            and token.doc[token.i - 1].pos_ not in ("ADP", "DET"))


def _complement_name(place: Span, limit: int, of_words: frozenset[str]) -> Span | None:
    """The name after a place word and its `de` (`à bord du Charles de Gaulle` -> `Charles de Gaulle`):
    the model's entity starting there, else the capitalised words."""
    doc = place.doc
    i = place.end
    while i < limit and doc[i].lower_ in of_words:
        i += 1
    if i == place.end or i >= limit or not doc[i].text[:1].isupper():
        return None
    if doc[i].ent_iob_ == "B":
        ent = next((e for e in doc.ents if e.start == i), None)
        if ent is not None:
            return ent
    end = _named_tail(doc, _capitalised_run(doc, _hyphenated(doc, i + 1, limit), limit), limit, of_words)
    return doc[i:end]


def _capitalised_run(doc: Doc, i: int, limit: int) -> int:
    """A name of several capitalised words the model left unread (`le fort de Haut Mont`) goes on to its
    last capitalised word; another entity opening there, or a word in brackets, starts a name of its own."""
    while i < limit and doc[i].text[:1].isupper() and doc[i].ent_iob_ != "B" and doc[i].is_alpha:
        i += 1
    return i


def _of_noun(token, triggers: set[int], of_words) -> bool:
    """A place word opened by `de` (`membre du Bureau politique`, `le directeur de la base`) that
    complements a noun other than the meeting's own (`la visite de la base` is its place)."""
    head = token.head
    return (token.dep_ == "nmod" and head.pos_ == "NOUN" and head.i not in triggers
            and any(c.dep_ == "case" and c.lower_ in of_words for c in token.children))


def _origin(token, of_words) -> bool:
    """A place opened by `de` on a name or a verb (`Jean Martin du Niger`, `des délégations venues du Golfe`)
    says where people come from, not where they met."""
    while token.dep_ == "conj" and token.head.i != token.i:  # `venues du Maghreb, du Golfe et d'Europe`
        token = token.head
    return token.dep_ in ("nmod", "obl", "obl:arg") and token.head.pos_ in ("PROPN", "VERB") and any(
        c.dep_ == "case" and c.lower_ in of_words for c in token.children)


def _of_person(token) -> bool:
    """A place word that is a complement of a person's title (`l'attaché de défense près l'ambassade
    de France`, `le consul à l'ambassade`) says what the person is, not where a meeting is held."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "nmod" and token.head.ent_type_ in ("ROLE", "RANK", "PERSON")


def _of_title(token) -> bool:
    """`le ministre délégué à la Présidence, X`, `le ministre délégué à la Présidence a signé`: a name the
    parser hangs on a person's title, with no person's name between them, completes the title (where the
    person serves), not the meeting's place; `le président X en marge du sommet à Y` tells where."""
    head = token.head
    return _of_person(token) and head.ent_type_ in ("ROLE", "RANK") and head.i < token.i and not any(
        t.ent_type_ == "PERSON" for t in token.doc[head.i : token.i])


def _gathered_officials(ent: Span, triggers: set[int]) -> bool:
    """`lors de la réunion des ministres de la Défense à Bruxelles`, `le sommet des chefs d'État à Abuja`: a
    town the parser hangs on the plural title of the officials a meeting noun gathers (its `de` complement)
    is where that meeting is held, not where they serve (`le ministre délégué à la Présidence`: one title)."""
    title = ent.root.head
    return ent.label_ == "LOC" and "Plur" in title.morph.get("Number") and title.dep_ == "nmod" and (
        title.head.i in triggers) and any(c.dep_ == "case" and c.lemma_.lower() == "de" for c in title.children)


def _after_name(token) -> bool:
    """`reçoit le ministre X au palais Y`, `avec le ministre X, dans sa résidence de Y`: a place word the
    parser hangs on a title, but written after the person's name the title introduces, with nothing between
    but its own preposition and article, is where the act happens; a title's own complement comes before
    the name (`le consul à l'ambassade, M. X`) or after a name it describes (`M. X, consul à Dakar`)."""
    head, doc = token.head, token.doc
    if head.i >= token.i or head.ent_type_ not in ("ROLE", "RANK", "PERSON"):
        return False
    names = [t for t in doc[head.i : token.i] if t.ent_type_ == "PERSON"]
    if not names:
        return False
    between = doc[names[-1].i + 1 : token.i]  # `avec X au Grand Palais`: the place word's adjective too
    return all(t.is_punct or t.lower_ in ("à", "au", "aux", "l'", "l’", "la", "le", "les")
               or (t.head.i == token.i and t.dep_ in ("case", "det", "amod")) for t in between)


def _described(token) -> bool:
    """The token lies in a title in apposition to a person (`M. X, ancien consul à Dakar`, `le général
    Y, commandant de la zone de Gao`): it describes the person, not the meeting. A name in apposition
    (`le président X`) is no title: the parser hangs many a place on it. The walk stops at a verb."""
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return False
        if token.dep_ == "appos" and token.pos_ == "NOUN" and (
                token.ent_type_ in ("ROLE", "RANK") or token.head.ent_type_ in ("PERSON", "ROLE", "RANK")
                or any(c.ent_type_ == "PERSON" for c in token.head.children)):
            return True
        token = token.head
    return False


def _dedicated(place: Span, limit: int) -> int:
    """`Centre international de conférences Abdou Diouf`: a person's name right after a place's name,
    which the parse hangs on it (apposition), names the place after them: it is part of the place."""
    doc = place.doc
    i = place.end
    if i >= limit or doc[i].ent_iob_ != "B" or doc[i].ent_type_ != "PERSON":
        return i
    if not place.start <= doc[i].head.i < place.end or doc[i].dep_ not in ("appos", "flat:name", "flat", "nmod"):
        return i
    if len(place) == 1 and place[0].pos_ == "PROPN" and any(
            c.dep_ == "conj" and c.pos_ == "PROPN" for c in doc[i].children):
        return i  # `a réuni à l'Élysée X et Y`: a seat named by one word, then the people gathered there
    end = i + 1
    while end < limit and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _site_name(found: str, word: str) -> bool:
    """A place read for a place word is that word with its name (`base aérienne de X` for `base`), or the
    site's sigle and name (`BFC X`, `_sigle_name`), not another place of the sentence."""
    first = found.split()[0] if found else ""
    return len(found) > len(word) and (found.lower().startswith(word.lower()) or (first.isupper() and len(first) > 1))


def _sigle_name(doc: Doc, end: int, limit: int) -> str:
    """`la Base des Forces canadiennes (BFC) Valcartier`: a site's kind given in full, its sigle in brackets,
    then its own name: the site as it is called, the sigle and the name (`BFC Valcartier`); else ""."""
    if end + 3 >= limit or doc[end].text != "(" or doc[end + 2].text != ")":
        return ""
    sigle = doc[end + 1].text
    j = end + 3
    while j < limit and doc[j].text[:1].isupper() and doc[j].is_alpha:
        j = _hyphenated(doc, j + 1, limit)
    return f"{sigle} {doc[end + 3 : j].text}" if sigle.isupper() and len(sigle) > 1 and j > end + 3 else ""


def _hyphenated(doc: Doc, end: int, limit: int) -> int:
    """`l'Etat-Major`: a name the tokenizer or the model cut at its hyphen goes on; `place Tian'anmen`: so does
    one cut at its inner apostrophe (`Tian'` then `anmen`; never an elided article, `N'`, `d'`)."""
    while end < limit:
        last = doc[end - 1]
        if end + 1 < limit and doc[end].text in ("-", "\u2011") and not last.whitespace_:
            end += 2
        elif cut_at_inner_apostrophe(last, doc[end]):
            end += 1
        else:
            break
    return end


def _soldier_name_end(doc: Doc, i: int, limit: int) -> int | None:
    """`la base aérienne projetée Sergent-chef X`, `le quartier Général Y`: a site named after a soldier,
    a rank (capitalised) then a person's name right after the place word: the end of that name; `au camp
    Maréchal,` (the rank alone, capitalised, nothing capitalised after it): the end of the rank; else None."""
    if i >= limit or doc[i].ent_type_ != "RANK" or doc[i].ent_iob_ != "B" or not doc[i].text[:1].isupper():
        return None
    j = i + 1
    while j < limit and doc[j].ent_type_ == "RANK" and doc[j].ent_iob_ == "I":
        j += 1
    if j >= limit or not doc[j].text[:1].isupper():
        return j
    if doc[j].ent_type_ != "PERSON" or doc[j].ent_iob_ != "B":
        return None
    j += 1
    while j < limit and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "I":
        j += 1
    return j


def _town_of_name(doc: Doc, place: Span, end: int, limit: int) -> int:
    """`la base des Forces canadiennes Bagotville`: a capitalised name (no other entity, or a place)
    right after an organisation's name that ends a place phrase, hung within the phrase, is the town
    the place is named after: it is part of the place."""
    j = end
    while j < limit and doc[j].text[:1].isupper() and doc[j].pos_ in ("PROPN", "NOUN", "X") and (
            doc[j].ent_type_ in ("", "LOC", "MISC") and (doc[j].ent_iob_ != "B" or j == end)):
        j += 1
    if j == end or not any(place.start <= doc[k].head.i < j for k in range(end, j)):
        return end
    return j


def _named_tail(doc: Doc, i: int, limit: int, of_words: frozenset[str]) -> int:
    """`base de l'OTAN de Mihail Kogălniceanu`: a place phrase goes on over `de` + a name; an article with
    no `de` before it opens another phrase (`a accueilli à l'aéroport de X le Premier ministre Y`: the
    verb's object, after its place)."""
    j = i
    while j < limit and doc[j].lower_ in of_words:
        j += 1
    if j == i or j >= limit or not doc[j].text[:1].isupper() or doc[i].pos_ == "DET":
        return i
    while j < limit and doc[j].text[:1].isupper():
        j += 1
    return j


def _particle_tail(doc: Doc, i: int, limit: int, particles: frozenset[str]) -> int:
    """`le palais Huis ten Bosch`, `le château Van der Valk`: a place's name goes on over a name particle
    written in lower case and the capitalised words after it; an article of a title or of a common noun
    (`a accueilli à l'aéroport de X le Premier ministre Y`: the verb's object, after its place) opens
    another phrase."""
    j = i
    while j < limit and doc[j].lower_ in particles and doc[j].text[:1].islower():
        j += 1
    if j == i or j >= limit or not doc[j].text[:1].isupper() or doc[j].ent_type_ in ("PERSON", "DATE"):
        return i
    if doc[i].pos_ == "DET" and (doc[j].ent_type_ in ("ROLE", "RANK") or doc[i].head.pos_ == "NOUN"):
        return i
    while j < limit and doc[j].text[:1].isupper():
        j += 1
    return j


def _since(sent: Span, trigger, date: Span) -> bool:
    """`sa première visite depuis sa prise de commandement, le 4 juillet`: that date is not the visit's."""
    if date.root.head.i == trigger.i and any(c.dep_ == "case" and c.lower_ == "depuis" for c in date.root.children):
        return False  # `les ministres, réunis depuis jeudi à X`: the gathering's own first day, not another event's
    lo, hi = sorted((trigger.i, date.start))
    lower = parse_column(sent.doc, "lower")  # the column: no Python Token of each word between
    since = [i for i in range(lo, hi) if lower[i] == "depuis"]
    # `en visite depuis mardi, a été reçu jeudi`: a verb after `depuis` opens the time of another clause
    return bool(since) and not any(t.pos_ in ("VERB", "AUX") for t in sent.doc[since[-1] + 1 : hi])


def _named_adjectives_start(place: Span, floor: int) -> int:
    """Where a building's name starts when capitalised adjectives of its place word open it, down to `floor`
    (the model's span): `le Grand Palais du Peuple`, `le Petit Trianon` are one name with their adjective;
    a lower-case adjective (`le nouveau palais`) describes the place and stays out."""
    doc = place.doc
    start = place.start
    while start > floor and doc[start - 1].pos_ == "ADJ" and doc[start - 1].head.i == place.root.i and (
            doc[start - 1].text[:1].isupper()):
        start -= 1
    return start


def _in_other_clause(token, triggers: set[int], side_nouns: frozenset[str] = frozenset()) -> bool:
    """The token belongs to a clause hung on a noun or a verb (a participle, a relative, an adverbial
    clause) that neither holds a trigger nor hangs on one (`entretiens tenus au siège de l'OTAN`):
    it tells of another event. An infinitive belongs to the clause of the verb it completes (`qui
    devait se tenir à X`: the relative's clause). A participle placing the gathering a meeting is held on
    the sidelines of (`side_nouns`: `en marge du sommet du G7 tenu à X`) places the meeting too."""
    verb = _governing_verb(token)
    while verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    on_meeting_noun = (verb.head.i in triggers and verb.head.pos_ not in ("VERB", "AUX")
                       or _on_meeting_phrase(verb, triggers) or _on_sidelined_gathering(verb, side_nouns))
    return (verb.dep_ in ("acl", "acl:relcl", "advcl") and not on_meeting_noun
            and not _holds_trigger(verb, triggers)) or (
        _earlier_of_person(verb) and not triggers <= {t.i for t in verb.subtree})


def _holds_trigger(verb, triggers: set[int]) -> bool:
    """A trigger is the verb or hangs below it in the parse (`any(t.i in triggers for t in verb.subtree)`),
    read up from each trigger through its heads: a verb's subtree can be its whole sentence, and the
    triggers are few."""
    doc = verb.doc
    heads = parse_column(doc, "heads")  # walked by index: no Python Token at each step
    for k in triggers:
        if not 0 <= k < len(doc):
            continue
        i = k
        for _ in range(len(doc)):  # a parse is a tree: the walk ends at the root
            if i == verb.i:
                return True
            if heads[i] == i:
                break
            i = heads[i]
    return False


def _on_meeting_phrase(verb, triggers: set[int]) -> bool:
    """`le sommet de l'Otan organisé à Washington`: a past participle the parser hangs on the body a meeting
    noun names (its `de` complement, no person) qualifies the whole phrase: the meeting's own clause."""
    body = verb.head
    return (verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
            and body.dep_ == "nmod" and body.head.i in triggers and body.head.pos_ == "NOUN"
            and body.head.dep_ != "nmod"  # `la préparation du sommet de l'OTAN prévu à X`: a topic
            and body.ent_type_ not in ("PERSON", "ROLE", "RANK") and body.pos_ in ("PROPN", "NOUN"))


def _on_sidelined_gathering(verb, side_nouns: frozenset[str]) -> bool:
    """`en marge du sommet du G7 tenu en mai à X`, `en marge du sommet de la Communauté politique européenne
    réuni à Y`: a past participle with no subject of its own, hung on the gathering a side locution names
    (the `de` complement of `marge`) or on that gathering's own `de` body, tells where the gathering was,
    and a meeting on its sidelines was held there. `en marge d'une conférence consacrée au Sahel` is what
    the gathering is about (`_topic`), read apart."""
    if not side_nouns or verb.dep_ != "acl" or "Part" not in verb.morph.get("VerbForm") or (
            "Past" not in verb.morph.get("Tense")) or any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    noun = verb.head
    for _ in range(2):  # the gathering itself, or the body its `de` complement names
        if _sidelined(noun, side_nouns):
            return True
        if noun.dep_ != "nmod" or noun.head.i == noun.i:
            break
        noun = noun.head
    # the parser may hang it higher (`dans le prolongement de la rencontre ..., en marge du sommet Russie-Afrique
    # tenu à X`): the last common noun before it (names skipped) is the gathering, and it agrees with it
    doc, k = verb.doc, verb.i - 1
    while k >= verb.sent.start and (doc[k].pos_ != "NOUN" or doc[k].ent_type_):
        k -= 1
    if k < verb.sent.start or not _sidelined(doc[k], side_nouns):
        return False
    return all(not doc[k].morph.get(f) or not verb.morph.get(f) or doc[k].morph.get(f) == verb.morph.get(f)
               for f in ("Gender", "Number"))


def _sidelined(noun, side_nouns: frozenset[str]) -> bool:
    """`(en) marge du sommet`: the noun is the `de` complement of a side locution's noun."""
    return noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and noun.head.lower_ in side_nouns and any(
        c.dep_ == "case" for c in noun.head.children)


def _days_in(ents: Iterable[Span]) -> set[str]:
    """The calendar days the DATE entities among `ents` name (their first day)."""
    return {first_day(e._.normalized or "") for e in ents
            if e.label_ == "DATE" and granularity(e._.normalized or "") in ("day", "range")}


def _misattached_relative(verb) -> bool:
    """`X devait rencontrer Y, qui sera reçu mardi par Z`: a clause whose subject is the relative pronoun
    `qui`, set off by a comma after the noun it describes, is a relative clause of that noun although the
    parser hung it on the verb before as a complement (`ccomp`, `parataxis`). A completive clause never
    opens with a relative subject (`il a dit qu'il serait reçu`: `que` is a conjunction)."""
    if verb.dep_ not in ("ccomp", "parataxis"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i), None)
    if subject is None or "Rel" not in subject.morph.get("PronType"):
        return False
    before = subject.doc[subject.i - 1] if subject.i > 0 else None
    return before is not None and before.text == ","


def _pluperfect(verb) -> bool:
    """`il avait été reçu`, `s'était rendu`: the verb tells of a time before the story's."""
    return "Part" in verb.morph.get("VerbForm") and any(
        c.dep_.startswith("aux") and "Imp" in c.morph.get("Tense") for c in verb.children)


def _told_past(verb) -> bool:
    """`a annoncé`, `a été confirmée`, `annonçait`, `révéla`: a verb told in a past tense (a participle
    with its tense auxiliary, or a finite past); `est annoncée` (a passive in the present) is not."""
    if "Part" in verb.morph.get("VerbForm"):
        return any(c.dep_ == "aux:tense" for c in verb.children)
    return bool(set(verb.morph.get("Tense")) & {"Past", "Imp"})


def _told_before(verb) -> bool:
    """`y avaient signé`, `s'était rendu`: a pluperfect (its tense auxiliary in the imperfect); `était
    accompagné` (a passive in the imperfect) is the story's time."""
    return "Part" in verb.morph.get("VerbForm") and any(
        c.dep_ == "aux:tense" and "Imp" in c.morph.get("Tense") for c in verb.children)


def _finite_status(root) -> str:
    """A sentence with no meeting word, read by its verb or the copula of its adjective (`Étaient présents
    X et Y`, `Seront présents X et Y`): `planned` in the future or the conditional, `held` in another
    finite tense (the tagger reads many imperfects as presents), else empty."""
    chain = [root, *(c for c in root.children if c.dep_ in ("cop", "aux", "aux:pass", "aux:tense"))]
    if any("Fut" in t.morph.get("Tense") or "Cnd" in t.morph.get("Mood") for t in chain):
        return "planned"
    return "held" if any("Fin" in t.morph.get("VerbForm") for t in chain) else ""


def _in_coordinated_clause(token, triggers: set[int]) -> bool:
    """The token belongs to a verb coordinated with another that holds no trigger (`a reçu X à Paris,
    puis décidé l'ouverture d'une mission auprès de l'ambassade`): another act, not the meeting's place."""
    verb = _governing_verb(token)
    return verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and not _holds_trigger(verb, triggers)


def _earlier_of_person(verb) -> bool:
    """`reçu par X, qui avait rencontré Y deux jours plus tôt à Paris`: a relative clause hung on a
    person, in the pluperfect, tells of that person's earlier doing, whatever its verb (when a trigger
    stands outside it: `X, qui avait signé la veille à Madrid un accord, a remercié ...` is that meeting)."""
    index = DocIndex.of(verb.doc)  # asked for every entity of every mention's sentence: once per verb
    known = index.memo.setdefault("meeting_mentions.earlier_of_person", {})
    found = known.get(verb.i)
    if found is None:
        found = known[verb.i] = _reads_earlier_of_person(verb, index.sent(verb.i).start)
    return found


def _reads_earlier_of_person(verb, sent_start: int) -> bool:
    """`_earlier_of_person` read from the parse, the sentence starting at token `sent_start`."""
    if not any(c.dep_ == "aux:tense" and "Imp" in c.morph.get("Tense") for c in verb.children):
        return False
    if verb.dep_ == "acl:relcl":
        return verb.head.ent_type_ in ("PERSON", "ROLE")
    relative = next((c for c in verb.children if c.dep_.startswith("nsubj") and "Rel" in c.morph.get("PronType")
                     and c.i < verb.i), None)  # the parser may hang `, qui avait ...` on the main verb
    before = relative.i - 1 if relative is not None else -1
    while before >= sent_start and verb.doc[before].is_punct:
        before -= 1
    return before >= sent_start and verb.doc[before].ent_type_ in ("PERSON", "ROLE")


def _other_case(token, of_words) -> bool:
    """The token's own preposition is none of `of_words` (`dans l'`, `vers la`): an article before it
    (`l'`) does not make it a `de` complement."""
    return any(c.dep_ == "case" and c.lower_ not in of_words for c in token.children)


def _detached_participle_of(token, triggers: set[int]) -> bool:
    """`un sommet de la Cédéao, prévu dimanche à Abuja`: a past participle set off by a comma, with no
    subject nor auxiliary of its own, that agrees with the last common noun before it (outside names),
    a meeting noun, describes that noun, wherever the parser hangs it: its place is the meeting's."""
    verb = _governing_verb(token)
    doc = token.doc
    if verb.i == token.i or verb.dep_ not in ("advcl", "acl") or "Part" not in verb.morph.get("VerbForm"):
        return False
    if "Past" not in verb.morph.get("Tense") or verb.i == 0 or doc[verb.i - 1].text != ",":
        return False
    if any(c.dep_.startswith(("nsubj", "aux")) for c in verb.children):
        return False
    k = verb.i - 1
    while k >= verb.sent.start and (doc[k].pos_ != "NOUN" or doc[k].ent_type_):
        k -= 1
    if k < verb.sent.start or k not in triggers:
        return False
    noun = doc[k]
    return all(not noun.morph.get(f) or not verb.morph.get(f) or noun.morph.get(f) == verb.morph.get(f)
               for f in ("Gender", "Number"))


def _body_joined(ent: Span, day_parts: frozenset[str] = frozenset()) -> bool:
    """`une adhésion à l'OTAN`, `l'aide à l'Union africaine`: an organisation after `à` hung on a noun
    names what that noun is about (who joins, who is helped), not a place; a city after `à` may be one,
    and so may an organisation hung on a person or a day (`reçu X à l'Élysée`, `vendredi à l'Élysée`,
    `ce lundi après-midi à l'Élysée`: a part of the day, `day_parts`, is a time too)."""
    head = ent.root.head
    return ent.label_ == "ORG" and head.pos_ == "NOUN" and not head.ent_type_ and head.lower_ not in day_parts


def _of_other_noun(token, triggers: set[int], day_parts: frozenset[str] = frozenset()) -> bool:
    """`la situation sécuritaire au Mali`: a complement of a noun that is no meeting word says
    what is spoken of, not where the meeting is. A person's name has no such complement (`a rencontré
    X au Kremlin`: the parser hangs the verb's place on the name); a title's are read by `_of_title`;
    nor has a part of the day (`day_parts`: `réunit ce lundi après-midi au Kremlin X et Y`, the verb's place)."""
    while token.dep_ == "conj" and token.head.i != token.i:  # `au Mali et au Burkina Faso`
        token = token.head
    head = token.head
    return token.dep_ == "nmod" and head.pos_ in ("NOUN", "PROPN") and head.i not in triggers and (
        head.ent_type_ != "PERSON") and head.lower_ not in day_parts


def _title_of_other(ent: Span, token, triggers: set[int]) -> bool:
    """`Y, conseiller du président X`, `l'émissaire de X`, `le successeur du général X`: a title or a name
    opening a span of its own, the `de` complement of another title (no meeting word; the parser may read
    `envoyé` as a verb), names the one that other person serves, stands for or follows: X, the name of that
    complement, is spoken of, not there. A title's own words (`ministre de la Défense`, one span), a group
    (`la délégation du président X`, no title) and a second name after the complement's own (`conseiller
    du président X, Y`: Y the adviser, the parser hanging him on X) are no such."""
    head = token.head
    if head.ent_type_ != "ROLE" or head.i in triggers or head.i == token.i:
        return False
    if token.ent_type_ not in ("ROLE", "PERSON") or token.ent_iob_ != "B" or (
            token.dep_ not in ("nmod", "obl", "obl:arg", "obl:mod")):
        return False
    if not any(c.dep_ == "case" and c.lemma_.lower() == "de" for c in token.children):
        return False
    own = next((t for t in token.subtree if t.i > token.i and t.ent_type_ == "PERSON"), None)
    return ent.root.i == token.i or own is not None and ent.start <= own.i < ent.end


def _one_each(keys: list[str]) -> bool:
    """Two partners or more, one person each, no one twice."""
    return len(keys) >= 2 and all(keys) and len(set(keys)) == len(keys)


def _own_subtree(agent, agents: list) -> list:
    """The words of an agent's phrase, less those of another agent the parser hung inside it."""
    others = {a.i for a in agents if a.i != agent.i}
    inner = {t.i for a in agent.subtree if a.i in others for t in a.subtree}
    return [t for t in agent.subtree if t.i not in inner]


def _bare_name(token, conj: bool = False) -> bool:
    """`accompagné de la ministre, X, et du chef, Y`: a name the parser hangs on the verb as a circumstance
    without a preposition of its own (`obl:mod`, no `case`), right after a comma: the apposition of the phrase
    before it. With `conj`, read as a conjunct of the verb with no `et` of its own after an agent
    (`représenter par son ministre, Y`), the same apposition."""
    if token.dep_ == "conj" and (not conj or any(c.dep_ == "cc" for c in token.children)):
        return False
    return (token.dep_ in ("obl:mod", "conj") and token.pos_ == "PROPN" and token.i > 0
            and token.nbor(-1).text == "," and not any(c.dep_ == "case" for c in token.children))


def _in_body_name(noun: Span) -> bool:
    """`le Comité de commémoration, présidé par X`: a meeting noun inside the name of an organisation headed
    by another word names the body, no meeting. `la Conférence de Munich`, a name the noun heads, is one."""
    for ent in DocIndex.of(noun.doc).ents_in(noun.sent):  # not `Span.ents`: every entity of the Doc made anew
        if ent.label_ == "ORG" and ent.start <= noun.start and noun.end <= ent.end:
            return ent.root.i not in range(noun.start, noun.end) and ent.start < noun.start
    return False


def _holds_by(verb, verbs: set[str]) -> bool:
    """`qui devait se tenir`, `doit se tenir`: a verb of `verbs`, or a modal or aspect verb whose infinitive
    (`xcomp`) is one of them."""
    if verb.lemma_.lower() in verbs:
        return True
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in verbs for c in verb.children)


def _in_role(noun: Span) -> bool:
    """`la présidente du Conseil des ministres italien, X`: a meeting noun inside a function's title names the
    office (a ROLE entity), no sitting."""
    return any(ent.label_ == "ROLE" and ent.start <= noun.start and noun.end <= ent.end
               for ent in DocIndex.of(noun.doc).ents_in(noun.sent))


def _named_apposition(token, person_of: dict[int, str]) -> bool:
    """`représentée par la ministre de la Défense, X`: a known person's name the parser tags as a common noun
    and hangs on the verb right after a comma, as `_bare_name` reads a proper noun."""
    return (token.dep_ == "obl:mod" and token.idx in person_of and token.i > 0 and token.nbor(-1).text == ","
            and not any(c.dep_ == "case" for c in token.children))


def _agent_conjuncts(agents: list, and_words: frozenset[str]) -> list:
    """`reçu par A, puis, vendredi, par B`: the parser may hang the later `par` phrase on the first agent
    as its conjunct; one with a `par` of its own and no `et` is an agent of the verb too (`par A et par B`:
    co-hosts of one meeting). `reçu au palais par A, puis à la Kasbah par B`: the later place is read as
    the conjunct (`_placed_agent`), the agent after it hung on that place."""
    found = [c for a in agents for c in a.children if c.dep_ == "conj"
             and any(k.dep_ == "case" and k.lower_ == "par" for k in c.children)
             and not any(k.dep_ == "cc" and k.lower_ in and_words for k in c.children)]
    return found + [agent for a in agents for c in a.subtree for agent in [_placed_agent(c, and_words)] if agent]


def _placed_agent(conjunct, and_words: frozenset[str]):
    """`reçu au palais par A, puis à la Kasbah par B`: a conjunct within the first agent's phrase that opens
    with a preposition other than `par` (the place of the later reception), joined without `et`, holding
    an agent phrase of its own (`par B`): that agent, else None."""
    if conjunct.dep_ != "conj" or any(k.dep_ == "cc" and k.lower_ in and_words for k in conjunct.children):
        return None
    if not any(k.dep_ == "case" and k.lower_ != "par" for k in conjunct.children):
        return None
    return next((c for c in conjunct.children if c.dep_ == "obl:agent" and c.i > conjunct.i
                 and any(k.dep_ == "case" and k.lower_ == "par" for k in c.children)), None)


def _verb_chain(verb, steps: int = 4) -> list:
    """The verb and the verbs it depends on through an infinitive, an adverbial clause or a coordination
    (`je serai à X pour voir ... et m'entretenir avec Y`: `entretenir`, `voir`, `serai`)."""
    chain = [verb]
    while verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.i != verb.i and len(chain) <= steps:
        verb = verb.head
        chain.append(verb)
    return chain


def _date_above(trigger, ents: list[Span], quotes, times: Iterable[str] = (), anchored: tuple[str, ...] = ()) -> str:
    """`je serai à X début novembre pour m'entretenir avec Y`: an infinitive trigger (of purpose, or
    coordinated with one) is dated by the verb it depends on: a date complementing that verb, or the
    date the parse made the head of the clause. An infinitive after a time preposition (`après avoir
    été reçu par X, il a gagné Y mardi`, `avant de rencontrer X`: `time_prepositions`) tells of a time
    before or after that verb's: its date is not the meeting's. Nor is a day counted from another
    (`Reçu par X, il a coprésidé le lendemain ...`: `anchored`): it counts from the clause's own time."""
    chain = _verb_chain(_governing_verb(trigger))
    if any(c.dep_ in ("mark", "case") and c.lower_ in times for v in chain[:-1] for c in v.children):
        return ""
    own, chain = chain[0], chain[1:]
    for e in ents:
        if e.label_ != "DATE" or granularity(e._.normalized or "") not in CALENDAR_DAYS \
                or inside(quotes, e.start_char, e.end_char) or within_guillemets(trigger.sent, e):
            continue
        if chain and e._.source in anchored and e.root.head.i == chain[0].i and e.start > own.i \
                and not any(t.i == e.root.i for t in own.subtree):
            return ""  # `le lendemain, jeudi 2 mars`: counted from the clause's own day
        if any(e.start <= v.i < e.end or e.root.head.i == v.i for v in chain):
            return e._.normalized
    return ""


def _scene_of_participle(trigger, ents: list[Span], quotes) -> str:
    """`Devant les chefs d'État réunis sur la plage, le président a salué jeudi 6 juin les vétérans`: a
    participle trigger on a noun (no date of its own) tells of the scene the verb that noun hangs on
    tells: that verb's own day (a date complementing it) dates the meeting."""
    verb = _governing_verb(trigger)
    if verb.dep_ != "acl" or "Part" not in verb.morph.get("VerbForm"):
        return ""
    scene = _governing_verb(verb.head)
    if scene.i == verb.i or scene.pos_ not in ("VERB", "AUX"):
        return ""
    days = [e for e in ents if e.label_ == "DATE" and e.root.head.i == scene.i
            and granularity(e._.normalized or "") in ("day", "range")
            and not inside(quotes, e.start_char, e.end_char) and not within_guillemets(trigger.sent, e)]
    return days[0]._.normalized if len(days) == 1 else ""


def _personal_pronoun(token, person: str) -> bool:
    """A personal pronoun of that person (`1`: je, me, nous; `2`: vous) as a subject, object or reflexive."""
    return token.pos_ == "PRON" and token.morph.get("Person") == [person] and "Rel" not in token.morph.get(
        "PronType") and token.dep_.split(":")[0] in ("nsubj", "obj", "iobj", "expl")


def verb_phrase(verb) -> str:
    """The lemma of a verb with its bare object when it has one (`prendre fin`, `avoir lieu`: a light
    verb whose noun, without a determiner, carries the meaning), else its lemma alone; lower case."""
    lemma = verb.lemma_.lower()
    bare = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN"
                 and not any(g.dep_ == "det" for g in c.children)), None)
    return f"{lemma} {bare.lemma_.lower()}" if bare is not None else lemma


def _own_tense(participle) -> bool:
    """`..., dont le pays accueillait la réunion, a annoncé la livraison`: a participle with an auxiliary of
    tense of its own (`a annoncé`) is the verb of another clause the parser hung there, not a word that
    qualifies the meeting as planned (`la réunion est prévue`)."""
    return any(c.dep_ == "aux:tense" for c in participle.children)


def _in_relative_of_other(noun: Span, verbs: set[int]) -> bool:
    """A meeting noun whose first verb above it heads a relative clause (`qui avait qualifié la Chine de menace
    lors du Dialogue`) and is none of the mention's own verbs: told in passing about someone, at another time."""
    verb = _governing_verb(noun.root)
    return verb.i not in verbs and verb.i != noun.root.i and verb.dep_ == "acl:relcl"


def _governing_verb(token):
    """The first verb above a token in the parse (itself if it is one). Walked on the parse's lists
    (`parse_column`): called for every trigger of every rule, a walk through `token.head` made a
    Python Token at each step."""
    doc = token.doc
    heads, pos = parse_column(doc, "heads"), parse_column(doc, "pos")
    i = token.i
    seen = 0
    while pos[i] not in ("VERB", "AUX") and heads[i] != i and seen < 30:
        i, seen = heads[i], seen + 1
    return token if i == token.i else doc[i]


def _mention_date(sent: Span, ents: list[Span], trigger, quotes, anchored: tuple[str, ...],
                  bounds: tuple[str, ...] = (), held: frozenset[str] = frozenset(),
                  modals: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> str:
    """The date of a mention: one attached to the same verb as the trigger wins (`tous deux nommés
    le mois dernier, le chef de l'État a été accueilli` is no May meeting); else a day or range
    anywhere in the sentence. A bare year (`pour l'année à venir`) speaks of plans: never. A day after a
    bound word (`bounds`: `une trêve à partir du 25 novembre`) is a starting point or an end: beside a
    day said without one, it dates nothing."""
    grains = _date_grains(sent.doc)
    dates = [e for e in ents if e.label_ == "DATE" and _grain(grains, e) in CALENDAR_DAYS
             and not inside(quotes, e.start_char, e.end_char) and not _since(sent, trigger, e)
             and not _later_step(trigger, e) and not _editorial_note(sent, e) and not _quoted_apart(sent, trigger, e)]
    placed = _day_of_place(trigger, dates)
    if placed:  # `puis samedi à Varsovie, où il doit rencontrer X`
        return placed
    text = doc_text(sent.doc)
    free = [e for e in dates if not after_bound_word(text, e.start_char, bounds)]
    if any(_grain(grains, e) in ("day", "range") for e in free):
        # an end (`qui s'ouvre vendredi et se poursuivra jusqu'à dimanche`) closes the span the sentence opens
        starts = tuple(w for w in bounds if not w.startswith("jusqu"))
        dates = [e for e in dates if not after_bound_word(text, e.start_char, starts)]
    dates.sort(key=lambda e: e._.source == WEEKDAY_SOURCE or e._.source in anchored)  # explicit days first
    verb = _governing_verb(trigger)
    # the noun's phrase, walked only when there is a date to place in it
    phrase = {t.i for t in trigger.subtree} if dates and trigger.pos_ not in ("VERB", "AUX") else set()
    # a date counted from another (`la veille`) dates the verb it is a complement of, not a noun on the way
    linked = ([e for e in dates if _governing_verb(e.root).i == verb.i
               and (e._.source not in anchored or e.root.head.i == verb.i)]
              or [e for e in dates if e._.source not in anchored and _modal_infinitive_day(e, verb, trigger, modals)]
              or [e for e in dates if e.root.i in phrase  # `la rencontre prévue le 12 mai a été annulée`
                  and not _of_other_event(e.root, trigger)])
    linked = _past_dateline(sent, linked)
    apart = _subjectless_root_date(trigger, dates, quotes)
    if apart:  # `selon des sources, une audience avec X était prévue le 13 mars`: the parse hung it apart
        return apart
    # a meeting told as the complement of another noun (`le bilan de la conférence, organisée le 7 février`)
    # is a topic, not the verb's event: its participle's day wins over the verb's
    topic = _trailing_participle_dates(trigger, dates, anchored, held) if trigger.dep_ == "nmod" else ""
    if topic:
        return topic
    agent = "" if linked else _agent_relative_date(trigger, dates, anchored)
    if agent:  # `la visite effectuée à Rome, en mars, par le ministre X, qui avait été reçu par ...`
        return agent
    relative = _relative_dates(trigger, dates, anchored)
    if relative:  # `la conférence, qui s'ouvre vendredi et se poursuivra jusqu'à dimanche`
        return relative
    if linked:  # a day said as a complement of the verb itself (`a reçu, ce mercredi, ...`) first
        linked.sort(key=lambda e: (_grain(grains, e) not in ("day", "range"), e.root.head.i != verb.i))
        return _narrower(_coordinated_days(linked[0], dates), [e for e in dates if not _dateline(sent, e)
                                                               and not _of_other_event(e.root, trigger)])
    # unlinked (a parse that went astray): a day said before the trigger, `Du 22 au 25 novembre, ...`;
    # one after it mostly dates something else (`... au brigadier X, tué samedi dernier`)
    # a date inside a clause hung on another noun dates that (`dans un communiqué diffusé ce 12 mars, ...`)
    described = _participle_dates(trigger, dates, anchored, held)
    if described:
        return described
    days = [e for e in dates if _grain(grains, e) in ("day", "range") and e._.source not in anchored
            and e.start < trigger.i and not _in_other_clause(e.root, {trigger.i})]
    days = _past_dateline(sent, days)
    return days[0]._.normalized if days else (_opening_date(sent, dates, trigger, anchored)
                                              or _clause_opening_date(sent, dates, trigger)
                                              or _year_of_past_verb(ents, trigger, quotes))


def _modal_infinitive_day(date: Span, verb, trigger, modals: tuple[frozenset[str], frozenset[str]]) -> bool:
    """`des pourparlers devaient s'ouvrir ce mardi`, `la réunion pourrait se tenir le 5 mai`: a meeting noun in
    the subject of a verb of `modals` (`subject_modals`, then `end_verbs`) is the subject of the infinitive
    that verb takes: a date complementing that infinitive dates the meeting. A date under a complement of the
    infinitive (`préparer le sommet du 5 mai`), a noun that is no subject of the modal (`il doit évoquer la
    réunion mardi`), or the infinitive of an end (`la visite doit s'achever mercredi`: its last day, read
    when the meetings are grouped) says nothing of it."""
    lemmas, ends = modals
    if trigger.pos_ in ("VERB", "AUX") or verb.lemma_.lower() not in lemmas:
        return False
    infinitive = date.root.head
    if infinitive.dep_ != "xcomp" or infinitive.head.i != verb.i or "Inf" not in infinitive.morph.get("VerbForm") \
            or {infinitive.lemma_.lower(), verb_phrase(infinitive)} & ends:
        return False
    return any(c.dep_ in ("nsubj", "nsubj:pass") and c.left_edge.i <= trigger.i <= c.right_edge.i
               for c in verb.children)


def _date_grains(doc: Doc) -> dict[tuple[int, int], str]:
    """What each date entity of the Doc names (`granularity` of its `normalized` value: a day, a month,
    a range), read once per Doc: `_mention_date` asks it of every date of the sentence at each mention,
    and a `Span._` read costs a lookup in the Doc's user data."""
    index = DocIndex.of(doc)
    grains = index.memo.get("meeting_mentions.date_grains")
    if grains is None:
        grains = index.memo["meeting_mentions.date_grains"] = {
            (e.start, e.end): _meeting_grain(value) for e in index.ents
            if e.label_ == "DATE" and isinstance(value := e._.normalized, str)}
    return grains


def _meeting_grain(value: str) -> str:
    """The granularity of a date as a meeting's date: a range of years (`la feuille de route 2020-2030`,
    `le mandat 2024-2029`) is the span of a plan or a mandate, as a bare year is: no meeting lasts years."""
    grain = granularity(value)
    if grain == "range" and all(granularity(end) == "year" for end in value.split("/")):
        return "year"
    return grain


def _grain(grains: dict[tuple[int, int], str], date: Span) -> str:
    """The granularity of a date entity, from `_date_grains` (a span the Doc's entities do not hold is read)."""
    grain = grains.get((date.start, date.end))
    return grain if grain is not None else _meeting_grain(date._.normalized)


def _day_of_place(trigger, dates: list[Span]) -> str:
    """`vendredi à Rzeszów, puis samedi à Varsovie, où il doit rencontrer X`: a meeting told in a relative
    clause on a place (opened by a relative pronoun) falls on the day written right before that place and
    its preposition (`DAY à PLACE`), not on the day the sentence opens with."""
    verb = _governing_verb(trigger)
    while verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    place = verb.head
    if verb.dep_ != "acl:relcl" or place.i == verb.i or place.ent_type_ not in ("LOC", "GPE") \
            or not any("Rel" in c.morph.get("PronType") for c in verb.children):
        return ""
    case = [c for c in place.children if c.dep_ == "case" and c.i < place.i]
    if not case:
        return ""
    first = min(t.i for t in place.subtree if t.i <= place.i)
    days = [e for e in dates if e.end == first and granularity(e._.normalized or "") == "day"]
    return days[0]._.normalized if days else ""


def within_guillemets(sent: Span, date: Span) -> bool:
    """`appelé à défendre la liberté « aujourd'hui comme hier »`: a date inside guillemets is someone's
    words (quoted or not found as a quotation), never the day of the meeting told."""
    text = doc_text(sent.doc)  # not `Doc.text`: joined at each call
    before = text[min(sent.start_char, text.rfind("\n", 0, date.start_char) + 1):date.start_char]
    return before.count("«") > before.count("»")  # from the paragraph's start: a parse may cut a quotation


def _quoted_apart(sent: Span, trigger, date: Span) -> bool:
    """A date inside guillemets the trigger is not inside: someone's words beside the meeting told
    (`within_guillemets`). A date and a trigger with no guillemet between them are told in the same
    words: a text relayed whole in guillemets (`« Le général X a reçu en audience le vendredi 8 mars
    l'attaché de défense Y »`, a communiqué quoted without a speaker) dates its own meeting."""
    if not within_guillemets(sent, date):
        return False
    text = doc_text(sent.doc)
    start, end = sorted((trigger.idx, date.start_char))
    return any(mark in text[start:end] for mark in "«»")


def _editorial_note(sent: Span, date: Span) -> bool:
    """`[Mise à jour le 23 octobre à 00h30] Recevant mercredi 22 octobre ...`: a date inside square
    brackets is the editor's note on the page (an update, a correction), never the day of what is told."""
    if "[" not in doc_text(sent.doc):  # most texts: no bracket anywhere, no note
        return False
    before = sent.doc[sent.start : date.start].text
    return before.rfind("[") > before.rfind("]") and "]" in sent.doc[date.end : sent.end].text


def _subjectless_root_date(trigger, ents: list[Span], quotes) -> str:
    """`Selon des sources, une audience avec le général X, chef de la junte, était prévue le mercredi
    13 mars`: a meeting noun opening a phrase right before a verb which the parse left without a
    subject (the noun hung elsewhere, as `dep` or `appos`) is that verb's subject: the day or range
    complementing that verb is the meeting's. A verb with a subject of its own tells of something else."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("dep", "appos", "nsubj", "nsubj:pass"):
        return ""
    doc, sent = trigger.doc, trigger.sent
    verb = next((t for t in doc[trigger.right_edge.i + 1 : sent.end] if t.pos_ in ("VERB", "AUX")
                 and t.dep_ not in ("aux", "aux:pass", "aux:tense", "cop")), None)
    if verb is None or verb.i in {t.i for t in trigger.subtree} or any(
            c.dep_.startswith(("nsubj", "csubj", "expl")) for c in verb.children):
        return ""
    if any(not t.is_punct and t.dep_ not in ("aux", "aux:pass", "aux:tense", "cop", "advmod")
           for t in doc[trigger.right_edge.i + 1 : verb.i]):
        return ""  # the noun's phrase runs right up to the verb (its auxiliaries, a comma, an adverb between)
    days = [e for e in ents if e.label_ == "DATE" and e.root.head.i == verb.i and e.start > verb.i
            and granularity(e._.normalized or "") in ("day", "range") and not inside(quotes, e.start_char, e.end_char)]
    return days[0]._.normalized if len(days) == 1 else ""


def _later_step(trigger, date: Span) -> bool:
    """`il doit être reçu par X, puis, vendredi, par Y`: a day right after a conjunction that follows
    the trigger and a complement of it without a day dates the next step, not the meeting the trigger
    tells of first (`jeudi et vendredi`, two days joined, stay one span)."""
    doc = date.doc
    i = date.start - 1
    while i > trigger.i and doc[i].is_punct:
        i -= 1
    if i <= trigger.i + 1 or doc[i].pos_ != "CCONJ":
        return False
    j = i - 1
    while j > trigger.i and doc[j].is_punct:
        j -= 1
    return j > trigger.i and doc[j].ent_type_ != "DATE"


def _of_other_event(token, trigger) -> bool:
    """`le sommet consacré à la feuille de route arrêtée le 13 janvier`, `entretiens avec des officiers
    venus assister aux commémorations du 9 mai`: a date inside a clause (a participle, a relative) hung
    on a noun of the meeting phrase other than the meeting noun dates what that noun tells of. The
    meeting's name is the meeting (`du sommet de l'OTAN prévu en juillet`: the parser may hang the
    participle on the name); a person's name is no meeting's (`un entretien avec X, arrivé la veille`), even
    where the parse hung the participle on the meeting noun (`_apposed_to_person`)."""
    seen = 0
    while token.i != trigger.i and token.head.i != token.i and seen < 30:
        noun = token.head
        if token.pos_ in ("VERB", "AUX") and token.dep_ in ("acl", "acl:relcl") and noun.i != trigger.i \
                and not (noun.pos_ == "PROPN" and noun.head.i == trigger.i and noun.ent_type_ != "PERSON") \
                and not _epithet_of(noun, trigger):
            return True
        if noun.i == trigger.i and _apposed_to_person(token, trigger):
            return True
        token, seen = token.head, seen + 1
    return False


def _apposed_to_person(participle, trigger) -> bool:
    """`un tête-à-tête avec X, arrivé la veille au soir`: a participle set off by a comma right behind a
    person's name qualifies that person (an apposed participle goes with the nearest noun it can agree
    with), even where the parse hung it on the meeting noun: its date tells of the person's arrival,
    election, appointment, not of the meeting. A participle that agrees with the meeting noun and not
    with the person's title (`la rencontre avec le ministre, prévue mardi`) still qualifies the meeting."""
    if participle.dep_ != "acl" or "Part" not in participle.morph.get("VerbForm") or participle.i < trigger.i + 3:
        return False
    doc = participle.doc
    comma, name = doc[participle.i - 1], doc[participle.i - 2]
    if comma.text != "," or name.ent_type_ != "PERSON" or name.i <= trigger.i:
        return False
    person = name
    while person.head.i != person.i and person.head.i != trigger.i and person.head.ent_type_ == "PERSON":
        person = person.head
    title = next((t for t in doc[trigger.i + 1 : person.i] if t.pos_ == "NOUN" and person.head.i == t.i), None)
    return not (_agrees(participle, trigger) and title is not None and not _agrees(participle, title))


def _epithet_of(noun, trigger) -> bool:
    """`le sommet tripartite prévu dimanche`: a word right after the meeting noun that the parse made a
    noun of its own, hung on it with no preposition (an adjective misread), is part of the meeting's
    name: a participle hung on it qualifies the meeting."""
    return noun.head.i == trigger.i and noun.i == trigger.i + 1 and noun.dep_ in ("nmod", "amod", "appos") \
        and not any(c.dep_ == "case" for c in noun.children) and noun.is_lower


def dates_described_thing(date: Span) -> bool:
    """`des officiers venus assister aux cérémonies du 11 novembre`, `le traité signé le 4 avril`: a date
    inside a clause (a participle, a relative) hung on a noun that is not a meeting noun's own time
    (a complement of that clause's verb, or of a noun under it) dates what the clause tells of, not the
    story: a later meeting told with no date of its own takes none from it."""
    token, seen = date.root, 0
    while token.head.i != token.i and seen < 30:
        if token.pos_ in ("VERB", "AUX") and token.dep_ in ("acl", "acl:relcl") and token.i != date.root.i \
                and token.head.pos_ in ("NOUN", "PRON") and token.head.ent_type_ != "DATE":
            return True
        token, seen = token.head, seen + 1
    return False


def week_as_month(period: str) -> str:
    """`a tenu cette semaine une série d'entretiens`: a calendar week (a Monday to the Sunday after) says
    the meeting fell on one of its days, not that it lasted seven: a meeting's date is the week's month
    (that of its Thursday, where most of its days lie, when it runs over two months). Other values stay."""
    start, _, end = period.partition("/")
    first, last = first_day(start), first_day(end) if end else None
    if not (first and last and granularity(start) == "day" and first.weekday() == 0 and (last - first).days == 6):
        return period
    return (first + timedelta(days=3)).strftime("%Y-%m")


def _agent_relative_date(trigger, dates: list[Span], anchored: tuple[str, ...]) -> str:
    """`la tournée menée en Asie, en mars, par le ministre X, qui y avait rencontré son homologue`: a meeting
    verb in a relative clause (no date of its own) on the agent (`par X`) of a participle tells of that
    participle's event: the day or month the participle's clause gives, before the agent, is the meeting's
    (the parse may hang the agent and the date on the main verb beside the participle). A relative on a
    subject (`X, qui avait reçu Y, a visité le 5 mai ...`) tells of another time: nothing."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.dep_ != "acl:relcl":
        return ""
    noun = trigger.head
    if not any(c.dep_ == "case" and c.lower_ == "par" for c in noun.children):
        return ""
    sent = trigger.sent
    participle = noun.head if "Part" in noun.head.morph.get("VerbForm") else next(
        (t for t in reversed(sent.doc[sent.start : noun.i]) if t.dep_ == "acl" and "Part" in t.morph.get("VerbForm")),
        None)
    if participle is None:
        return ""
    found = [e for e in dates if participle.i < e.start and e.end <= noun.i and e._.source not in anchored
             and e.root.head.i in (participle.i, noun.head.i)
             and granularity(e._.normalized) in ("day", "range", "month")]
    return found[0]._.normalized if len(found) == 1 else ""


def _opening_date(sent: Span, dates: list[Span], trigger, anchored: tuple[str, ...]) -> str:
    """`En janvier dernier, en marge de la réunion organisée à Brest, elle avait ...`, `La veille, au même
    endroit, X avait ...`: a date that opens the sentence (after one word at most), set off by a comma,
    before the trigger, sets the time of the whole sentence, whatever the parse made of it."""
    doc = sent.doc
    for e in dates:
        if e.start - sent.start <= 1 and e.end < trigger.i and e.end < sent.end and doc[e.end].text == "," \
                and not _dateline(sent, e):
            return e._.normalized
    return ""


def _clause_opening_date(sent: Span, dates: list[Span], trigger) -> str:
    """`... a marqué la première journée : lundi, le président a rencontré X`, `...; mardi, elle a reçu Y`:
    a day that opens a clause after a colon or a semicolon, set off by a comma, dates the verb of that
    clause when the trigger's verb is the first verb after it, whatever noun the parse hung the day on."""
    doc = sent.doc
    verb = _governing_verb(trigger)
    for e in dates:
        if e.start <= sent.start or doc[e.start - 1].text not in (":", ";") or e.end >= sent.end \
                or doc[e.end].text != "," or e.end >= verb.i:
            continue
        between = doc[e.end : verb.i]
        if any(t.text in (":", ";") or (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "aux:tense", "aux:pass"))
               for t in between):
            continue
        if granularity(e._.normalized) in ("day", "range"):
            return e._.normalized
    return ""


def _relative_dates(trigger, dates: list[Span], anchored: tuple[str, ...]) -> str:
    """`la Conférence de Munich sur la sécurité, qui s'ouvre ce vendredi et se poursuivra jusqu'à
    dimanche`: a relative clause set off by a comma right after the meeting noun and its complements
    describes the meeting, however the parse hung it: one day it gives is the meeting's; a day and a
    later one after `jusqu'à` are its span. A lone day after `jusqu'à` (`le sommet, qui se tient jusqu'à
    mercredi`) is its end: the span opens on the day the sentence tells outside the clause, up to a week
    before (`a présidé mardi l'ouverture du sommet, qui se tient jusqu'à mercredi`)."""
    if trigger.pos_ in ("VERB", "AUX") or not dates:  # no day to read in a clause: the walks below find none
        return ""
    doc, sent = trigger.doc, trigger.sent
    # the clause may hang on a complement of the noun, not a person (`du sommet de la Communauté, qui ...`)
    clauses = {t.i for c in trigger.children if c.dep_ in ("acl:relcl", "acl", "punct") for t in c.subtree} | {
        t.i for n in trigger.subtree if n.i != trigger.i and n.ent_type_ not in ("PERSON", "PER")
        for c in n.children if c.dep_ == "acl:relcl" for t in c.subtree}
    phrase_end = max(t.i for t in trigger.subtree if t.i not in clauses and not t.is_punct) + 1
    if phrase_end + 1 >= sent.end or doc[phrase_end].text != "," \
            or "Rel" not in doc[phrase_end + 1].morph.get("PronType"):
        return ""
    end = next((t.i for t in doc[phrase_end + 2 : sent.end] if t.is_punct and t.text not in ("-", "'")), sent.end)
    inside_ = [e for e in dates if phrase_end + 1 < e.start and e.end <= end and e._.source not in anchored
               and granularity(e._.normalized) == "day"]
    if len(inside_) == 1 and doc[inside_[0].start - 1].lower_ in ("à", "au") and inside_[0].start > 1 \
            and doc[inside_[0].start - 2].lower_.startswith("jusqu"):
        return _span_until(inside_[0], [e for e in dates if e.end <= phrase_end + 1 or e.start >= end]) \
            or inside_[0]._.normalized
    if len(inside_) == 1:
        return inside_[0]._.normalized
    if len(inside_) == 2 and any(t.lower_.startswith("jusqu") for t in doc[inside_[0].end : inside_[1].start]):
        first, last = first_day(inside_[0]._.normalized), first_day(inside_[1]._.normalized)
        if first is not None and last is not None and 0 < (last - first).days <= 7:
            return f"{inside_[0]._.normalized}/{inside_[1]._.normalized}"
    return ""


def _span_until(end: Span, outside: list[Span]) -> str:
    """`DAY/END`: the one day of the sentence outside the meeting's clause, one to seven days before the
    day the meeting lasts until; '' when there is none or more than one."""
    last = first_day(end._.normalized)
    days = {e._.normalized for e in outside if granularity(e._.normalized) == "day"}
    starts = [d for d in days if last is not None and (first := first_day(d)) is not None
              and 0 < (last - first).days <= 7]
    return f"{starts[0]}/{end._.normalized}" if len(starts) == 1 else ""


def _year_of_past_verb(ents: list[Span], trigger, quotes) -> str:
    """`En 2017 déjà, le Roi s'était rendu auprès des troupes`: a year after `en`, a complement of the
    meeting's own verb told in a past tense, is the meeting's year when the sentence gives no closer
    date; a year hung elsewhere (`le plan pour 2030`) or on a verb to come speaks of plans."""
    verb = _governing_verb(trigger)
    if verb.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ in ("aux", "aux:tense") and set(c.morph.get("Tense")) & {"Imp", "Pres"} for c in verb.children) \
            or "Part" not in verb.morph.get("VerbForm"):
        return ""
    years = [e for e in ents if e.label_ == "DATE" and granularity(e._.normalized) == "year"
             and e.root.head.i == verb.i and not inside(quotes, e.start_char, e.end_char)
             and any(c.dep_ == "case" and c.lower_ == "en" for c in e.root.children)]
    return years[0]._.normalized if len(years) == 1 else ""



def _participle_dates(trigger, dates: list[Span], anchored: tuple[str, ...], held: frozenset[str] = frozenset()) -> str:
    """`Le sommet de l'Alliance, organisé à Madrid du 3 au 5 mai, a ...`: a participle set off by a comma
    right after the meeting noun (its name) describes it: a day or range it holds is the meeting's, even
    when the parse hangs the participle elsewhere."""
    if trigger.pos_ in ("VERB", "AUX"):
        return ""
    if trigger.i > trigger.sent.root.i:  # a complement: only a participle that agrees with it describes it
        return _trailing_participle_dates(trigger, dates, anchored, held)
    doc, i = trigger.doc, trigger.i + 1
    while i < trigger.sent.end and (doc[i].pos_ == "PROPN" or doc[i].is_title or doc[i].text in ("-", "\u2011")):
        i += 1  # the meeting's name: `Dialogue Shangri-La`
    if i + 1 >= len(doc) or doc[i].text != "," or "Part" not in doc[i + 1].morph.get("VerbForm"):
        return ""
    end = next((t.i for t in doc[i + 1 : trigger.sent.end] if t.is_punct and t.text != "-"), trigger.sent.end)
    inside_ = [e for e in dates if i + 1 < e.start and e.end <= end and e._.source not in anchored
               and granularity(e._.normalized) in ("day", "range")]
    return inside_[0]._.normalized if len(inside_) == 1 else ""


PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues")


def _trailing_participle_dates(trigger, dates: list[Span], anchored: tuple[str, ...],
                               held: frozenset[str] = frozenset()) -> str:
    """`Il a rendu compte de la conférence des chefs d'état-major de l'OTAN, réunie les 13 et 14 septembre à
    Prague`: a past participle set off by a comma after the meeting noun and its complements (nouns,
    articles, prepositions, adjectives: no verb between), with no subject nor auxiliary of its own and
    agreeing with the noun, describes that meeting, not the verb the sentence tells (the parser often
    hangs it on that verb, or tags `réunie` a finite verb): the one day or range it holds is the meeting's.
    Only a participle of holding (`held`: `réunie`, `tenue`, `organisée`) tells when it took place; one of
    planning (`prévue`) or of something else done to the noun (`l'entretien, diffusé mercredi`) does not."""
    doc, sent = trigger.doc, trigger.sent
    comma = next((t.i for t in doc[trigger.i + 1 : sent.end]
                  if t.is_punct and t.text not in ("-", "'", "\u2011")), None)
    if comma is None or comma + 1 >= sent.end or doc[comma].text != ",":
        return ""
    if any(t.pos_ in ("VERB", "AUX", "PRON", "SCONJ") for t in doc[trigger.i + 1 : comma]):
        return ""
    comma = _past_apposed_place(doc, comma, sent.end)
    verb = doc[comma + 1]
    if verb.pos_ != "VERB" or not ("Part" in verb.morph.get("VerbForm") or verb.lower_.endswith(PARTICIPLE_ENDINGS)):
        return ""
    if verb.dep_ not in ("advcl", "acl", "conj") or any(c.dep_.startswith(("nsubj", "aux")) for c in verb.children):
        return ""
    if verb.lemma_.lower() not in held or not _agrees(verb, trigger):
        return ""
    end = next((t.i for t in doc[comma + 2 : sent.end] if t.is_punct and t.text not in ("-", "'")), sent.end)
    inside_ = [e for e in dates if comma + 1 < e.start and e.end <= end and e._.source not in anchored
               and _governing_verb(e.root).i == verb.i and granularity(e._.normalized) in ("day", "range")]
    return inside_[0]._.normalized if len(inside_) == 1 else ""


def _past_apposed_place(doc: Doc, comma: int, end: int) -> int:
    """`le sommet du G7 de Kananaskis, au Canada, organisé du 15 au 17 juin`: a place set off by commas right
    after the meeting's phrase (a preposition, an article, a place's name, nothing else) stands between the
    noun and the participle that describes it: the comma after that place; else the comma given."""
    close = next((t.i for t in doc[comma + 1 : end] if t.is_punct), None)
    if close is None or close == comma + 1 or close + 1 >= end or doc[close].text != ",":
        return comma
    words = doc[comma + 1 : close]
    if all(t.pos_ in ("ADP", "DET", "PROPN") for t in words) and any(t.ent_type_ in ("LOC", "GPE") for t in words):
        return close
    return comma


def _narrower(value: str, dates: list[Span]) -> str:
    """`doit se rendre la semaine prochaine aux Pays-Bas pour le sommet, prévu les 24 et 25 juin`: a
    period of several days (a week, a month) told again in the sentence by days within it is those days."""
    start, _, end = value.partition("/")
    if granularity(start) == "month":
        start, end = f"{start}-01", f"{start}-31"
    elif not end or granularity(start) != "day":
        return value
    inside_ = [e._.normalized for e in dates if e._.normalized != value
               and granularity(e._.normalized.split("/")[0]) == "day"
               and start <= e._.normalized.split("/")[0] and e._.normalized.split("/")[-1] <= end]
    return inside_[0] if len(set(inside_)) == 1 else value


def _past_dateline(sent: Span, dates: list[Span]) -> list[Span]:
    """`Lubero, 12 février (ACP).- Il a séjourné mardi ...`: the day the sentence gives, not the
    dispatch's; the dateline's date stays when the sentence gives no other day."""
    if any(not _dateline(sent, e) and granularity(e._.normalized) in ("day", "range") for e in dates):
        return [e for e in dates if not _dateline(sent, e)]
    return dates


def _dateline(sent: Span, date: Span) -> bool:
    """The date of an agency dateline at the head of the sentence (`Lubero, 12 février 2025 (ACP).-`,
    `PARIS, 11 mars (AFP) -`): the day of the dispatch, not that of the events it tells."""
    doc = sent.doc
    if date.start - sent.start > 5 or not any(t.text == "," for t in doc[sent.start : date.start]):
        return False
    return bool(DATELINE_END_RE.match(doc_text(doc), date.end_char))  # not `doc.text`: joined at each call


def _coordinated_days(date: Span, dates: list[Span]) -> str:
    """`a accueilli jeudi et vendredi`: two days joined by a conjunction are the meeting's range; the
    first may bear a bare noun of the time of day the parse hung on it (`mercredi soir et jeudi`), the
    second its preposition of an end (`jeudi soir et jusqu'à vendredi`)."""
    value = date._.normalized
    doc = date.doc
    cc = date.end
    while cc < len(doc) and doc[cc].pos_ == "NOUN" and date.start <= doc[cc].head.i < date.end \
            and not any(True for _ in doc[cc].children):
        cc += 1  # `soir`, `matin`: a bare noun on the day, told of its hours
    if granularity(value) != "day" or cc + 1 >= len(doc) or doc[cc].dep_ != "cc":
        return value
    after = next((e for e in dates if e.start == cc + 1 or (  # `le 3 et le 4 avril`: over its article
        e.start == cc + 2 and doc[cc + 1].pos_ == "DET") or (  # `et jusqu'à vendredi`: over its prepositions
        e.start > cc + 1 and all(t.dep_ == "case" and t.head.i == e.root.i for t in doc[cc + 1 : e.start]))),
                 None)
    if after is None or granularity(after._.normalized) != "day":
        return value
    first, last = first_day(value), first_day(after._.normalized)
    if first is None or last is None or not 0 < (last - first).days <= 2:  # `entre le 1er et le 6 mars`: a span
        return value
    return f"{value}/{after._.normalized}"


def _names_in(verb, deps: tuple[str, ...], person_of: dict[int, str]) -> list[str]:
    """`_people_in`, and the people whose name the parser split (`Piotr/advmod Nowak/nsubj`): a word of a
    name in those children counts from the name's first word."""
    found = _people_in(verb, deps, person_of)
    doc = verb.doc
    for child in verb.children:
        if child.dep_ not in deps:
            continue
        for token in child.subtree:
            i = token.i
            while i > 0 and doc[i].ent_iob_ == "I":
                i -= 1
            key = person_of.get(doc[i].idx) if doc[i].ent_type_ == "PERSON" else None
            if key and key not in found:
                found.append(key)
    return found


def _agree_in(noun, pronoun) -> bool:
    """A noun and a pronoun of the same gender and number, as far as the parse tells."""
    return all(not noun.morph.get(f) or not pronoun.morph.get(f) or noun.morph.get(f) == pronoun.morph.get(f)
               for f in ("Gender", "Number"))


def _agrees(participle, noun) -> bool:
    """A past participle agreeing with a noun (`l'a accueillie`, the meeting `la rencontre`), read from its
    ending, the tagger often giving a feminine participle the masculine: `-e` feminine, `-s` plural
    (`accueillie`, `reçues`, `organisés`); a noun the tagger gives no gender or number agrees either way."""
    form = participle.lower_
    plural = form.endswith(("s", "x"))
    stem = form[:-1] if plural else form
    for said, of_noun in ((["Fem"] if stem.endswith("e") else ["Masc"], noun.morph.get("Gender")),
                          (["Plur"] if plural else ["Sing"], noun.morph.get("Number"))):
        if of_noun and said != of_noun:
            return False
    return True


def _subjects_of(verb) -> list:
    """The verb's own subjects (active or passive)."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]


def _people_in(verb, deps: tuple[str, ...], person_of: dict[int, str]) -> list[str]:
    """People named in the subtree of the verb's children with these dependency labels; a name
    (`le général X`) before a role that stands for someone (`le ministre d'Etat`), which may be
    resolved to another person of the text. A given name the model left out of the name (`_name_as_verb`),
    where the officials stage starts the mention, is a name too."""
    found, roles = [], []
    for child in verb.children:
        if child.dep_ in deps:
            for token in child.subtree:
                key = person_of.get(token.idx)
                if key and key not in found and key not in roles:
                    (found if token.ent_type_ == "PERSON" or _name_as_verb(token) else roles).append(key)
    return found + [k for k in roles if k not in found]


def _active_subject_deps(verb) -> tuple[str, ...]:
    """The dependencies of a verb's subject: with no passive auxiliary (`X a échangé avec Y`), a subject the
    parser hung as `nsubj:pass` is the verb's own active subject."""
    return ("nsubj",) if any(c.dep_ == "aux:pass" for c in verb.children) else ("nsubj", "nsubj:pass")


def _subject_people(verb, person_of) -> list[str]:
    """The people named as the verb's subject. A clause whose subject is the relative `qui` has no other:
    a name after the verb the parser also hung as its subject (`le sommet qui réunissait M. X et Y`) is
    its object, and the clause's subject is what `qui` stands for."""
    found = _people_in(verb, ("nsubj",), person_of)
    if not found or not any(c.dep_ == "nsubj" and c.lower_ == "qui" and "Rel" in c.morph.get("PronType")
                            for c in verb.children):
        return found
    before = {person_of[t.idx] for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i
              for t in c.subtree if t.idx in person_of}
    return [k for k in found if k in before]


def _antecedent(verb, person_of) -> list[str]:
    """`Y, qui avait été reçu par X`, `celle du général X, qui avait été reçu le 7 février par Y`: the
    subject `qui` of a relative clause stands for the person the clause hangs on (the last named before
    the clause, in the phrase it hangs on), who takes part in the clause's meeting."""
    if verb.dep_ != "acl:relcl" or not any(c.dep_.startswith("nsubj") and "Rel" in c.morph.get("PronType")
                                             for c in verb.children):
        return []
    inner = {t.i for t in verb.subtree}
    named = [person_of[t.idx] for t in verb.head.subtree
             if t.idx in person_of and t.i not in inner and t.i < verb.left_edge.i]
    return named[-1:]


def _thing_relative(verb, person_of) -> bool:
    """`les quatre pays qui accueillent des forces françaises`: a relative clause whose subject `qui` stands for
    a phrase naming no person (`_antecedent` finds none): its subject is that thing, not a person named before."""
    return verb.dep_ == "acl:relcl" and any(c.dep_.startswith("nsubj") and "Rel" in c.morph.get("PronType")
                                             for c in verb.children) and not _antecedent(verb, person_of)


def _subject_after_title(token) -> bool:
    """`Le Chef d'état-major de l'armée de l'Air, le général X, a été accueilli`: the parser may make the
    name after a long title a conjunct of it, joined by a comma only (no `et`): it is an apposition, and
    names the subject when the title does."""
    for _ in range(6):
        if token.dep_ in ("nsubj", "nsubj:pass"):
            return True
        if token.head.i == token.i:
            return False
        if token.dep_ == "conj" and any(c.dep_ == "cc" for c in token.children):
            return False  # `X et le général Y`: two people
        if token.dep_ not in ("flat:name", "appos", "nmod", "flat", "conj"):
            return False
        token = token.head
    return False


def _agent_misread(verb) -> list:
    """`a été accueilli à l'aéroport X par son homologue`: the parser may hang the agent on the noun before
    it; a noun of the passive verb's clause, after it, whose preposition is `par`, is the agent."""
    if not _passive(verb):
        return []
    return [t for t in verb.subtree if t.i > verb.i and t.dep_ == "nmod" and t.head.i != verb.i
            and any(c.dep_ == "case" and c.lower_ == "par" for c in t.children)][:1]


def _people_after_par(sent: Span, verb, person_of) -> list[str]:
    """`a été reçue à Jakarta par son homologue, M. X`: the parser often misses the agent; the first
    person named after `par` is it."""
    doc = sent.doc
    par = next((t.i for t in doc[verb.i + 1 : sent.end] if t.lower_ == "par"), None)
    if par is None:
        return []
    named = [t for t in doc[par + 1 : sent.end] if t.idx in person_of][:1]
    return [person_of[t.idx] for t in named if not _subject_of_other(t, verb)
            and not _verb_between(sent, doc[par].idx, t.idx)]  # `présidée par le ministre, s'est tenue ... X`


def _verbless_relative(token, triggers: set[int], partner_words: set[str]) -> bool:
    """`Des chefs d'État ont fait le déplacement, parmi lesquels le président X, son homologue Y`: a
    relative with no verb, headed by a noun, lists the members of the plural before it (however the
    parser hung it): they take part when that plural is the subject or the object of its verb, a
    complement of the meeting verb (`s'est entretenu avec sept homologues, dont X`), or the partners
    after a meeting word (`des entretiens avec plusieurs de ses hôtes, dont X`, a phrase of
    `partner_words` on the plural or on the quantity it counts, wherever the parser hung it).
    `soumises aux chefs d'État, dont le président X` (a recipient) does not."""
    rel = next((t for c in token.children for t in (c, *c.children) if "Rel" in t.morph.get("PronType")), None)
    if token.pos_ not in ("NOUN", "PROPN") or rel is None:
        return False
    group = next((t for t in reversed(token.doc[token.sent.start : rel.i])
                  if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number")), None)
    if group is None:
        return False
    if group.dep_ in ("nsubj", "nsubj:pass", "obj") or group.head.i in triggers:
        return True
    counted = group.head if group.dep_ == "nmod" and group.head.pos_ in ("DET", "PRON", "NUM") else group
    return bool(triggers) and min(triggers) < counted.i and any(
        c.dep_ == "case" and c.lower_ in partner_words for c in counted.children)


def _subject_of_other(token, verb) -> bool:
    """`Avant d'être reçu par le président, le ministre X s'est entretenu ...`: the name after an
    agent that names nobody is the subject of another verb (however its title and name are hung),
    not the agent."""
    for _ in range(6):
        if token.dep_ in ("nsubj", "nsubj:pass"):
            return token.head.i != verb.i
        if token.dep_ not in ("appos", "flat:name", "flat") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _people_after(sent: Span, verb, person_of) -> list[str]:
    """People named after the verb in its sentence: the parser may hang `son homologue, le général X`
    on the verb rather than on its object."""
    return list(dict.fromkeys(person_of[t.idx] for t in sent.doc[verb.i + 1 : sent.end] if t.idx in person_of))




def _in_relative(sent: Span, at: int, triggers: set[int]) -> bool:
    """The words at this offset of the sentence lie in a relative clause whose verb is no meeting word
    (`le consensus auquel sont parvenus les deux chefs d'Etat`): they name others than the meeting's."""
    span = sent.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token, seen = span.root, 0
    while token.head.i != token.i and seen < 30:
        if token.dep_ == "acl:relcl":
            return token.i not in triggers
        token, seen = token.head, seen + 1
    return False


def _subject_unparsed(token) -> bool:
    """A name before the main verb of a sentence whose verb the parser gave no subject, or a subject
    that is no person nor pronoun holding the name (`Fin août, X s'était rendu en Libye`, `Fin` read
    as the subject, the name as its conjunct): the subject it lost."""
    root = token.sent.root
    if token.i >= root.i or root.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")]
    return all(s.pos_ == "NOUN" and s.ent_type_ in ("", "DATE") and token.i in {t.i for t in s.subtree}
               for s in subjects)


def _subject_of_misread_verb(token) -> bool:
    """`Nommé CEMA au 1er septembre, le général X enchaîne les entretiens`: after a fronted participle the
    parser may read the sentence as verbless (the participle its root, the title joined to it) and hang the
    finite verb on the name as a clause of it (`acl`): the name, apposed to the title, is the verb's subject."""
    for _ in range(4):
        if token.dep_ not in ("flat:name", "flat"):
            break
        token = token.head
    if token.dep_ != "appos" or token.head.pos_ not in ("NOUN", "PROPN") or token.sent.root.pos_ in ("VERB", "AUX"):
        return False  # the sentence must have been read as verbless: its only finite verb is the name's clause
    return any(c.dep_ == "acl" and c.i > token.i and c.pos_ == "VERB" and "Fin" in c.morph.get("VerbForm")
               for c in token.children)


def _reflexive(verb, grammar: Grammar) -> bool:
    """`s'est entretenu`, `se sont réunis`: the verb carries a reflexive pronoun."""
    return any(c.lower_ in grammar.reflexive_pronouns for c in verb.children)


def _manner_complement(noun: Span, head) -> bool:
    """`ont été reçus en audience`, `se sont entretenus en tête-à-tête`: a meeting noun without determiner
    in a complement of the verb says what meeting the verb is (not a landmark of time)."""
    root = noun.root
    return (root.head.i == head.i and root.dep_ in ("obl:arg", "obl:mod", "obl")
            and not any(c.dep_ == "det" for c in root.children) and any(c.dep_ == "case" for c in root.children))


def _person_aside(token) -> bool:
    """`assistait à la cérémonie, tout comme la sous-ministre X`: a person (a name or a title) the parser hung
    on the meeting noun as an apposition says who else came, not which meeting."""
    if token.dep_ != "appos":
        return False
    if any(t.ent_type_ in ("PERSON", "ROLE") for t in token.subtree):
        return True
    after = token.doc[token.right_edge.i + 1 : token.right_edge.i + 3]  # `la sous-ministre, X`: her name after
    return len(after) == 2 and after[0].lower_ == "," and after[1].ent_type_ == "PERSON"


def _describing_others(nouns: list[Span], verbs: list) -> list[Span]:
    """`X, dont c'était le dernier sommet, présidait la réunion`: a meeting noun in a relative clause on a
    person (a name or a title) describes that person; when another trigger stands outside such clauses,
    the sentence tells that other one. A clause in the pluperfect whose subject is a relative pronoun right
    after a person (`a reçu le secrétaire à la Défense, qui avait participé au sommet`: an earlier time) is
    such a clause, however the parse hangs it."""
    def describing(noun: Span) -> bool:
        token, seen = noun.root, 0
        while token.head.i != token.i and seen < 8:
            if token.dep_ == "acl:relcl" and token.head.ent_type_ in ("PERSON", "ROLE"):
                return True
            if token.pos_ in ("VERB", "AUX") and _pluperfect(token) and _relative_after_person(token):
                return True
            token, seen = token.head, seen + 1
        return False
    kept = [n for n in nouns if not describing(n)]
    return kept if len(kept) < len(nouns) and (kept or verbs) else nouns


def _relative_after_person(verb) -> bool:
    """`..., le ministre X, qui avait participé ...`: the verb's subject is a relative pronoun set right
    after a person (a name or a title, a comma between at most)."""
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and "Rel" in c.morph.get("PronType")), None)
    if pronoun is None or pronoun.i == verb.sent.start:
        return False
    before = pronoun.nbor(-1)
    if before.is_punct and before.i > verb.sent.start:
        before = before.nbor(-1)
    return before.ent_type_ in ("PERSON", "ROLE")


def _infinitive_of_person(token, triggers: set[int]) -> bool:
    """An infinitive clause with its mark (`avant de céder sa place à Y`, `pour succéder à Y`) hung on a
    person (a name or a title), holding no trigger: what it tells is no part of the meeting."""
    return (token.dep_ == "acl" and token.pos_ == "VERB" and "Inf" in token.morph.get("VerbForm")
            and any(c.dep_ == "mark" for c in token.children) and token.head.ent_type_ in ("PERSON", "ROLE")
            and not any(t.i in triggers for t in token.subtree))


def _possessed(noun) -> bool:
    """`sa visite`, `leur sommet`: the noun has a possessive determiner."""
    return any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in noun.children)


def _passive(verb) -> bool:
    """`X a été reçu par Y`, and a past participle hung on a noun: `le sommet organisé à Londres par Y`."""
    return any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children) or _agent_with_etre(verb) or (
        verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
        and not _active_compound(verb))


def _agent_with_etre(verb) -> bool:
    """`X était d'ailleurs reçu par Y`: an adverb between them, the parser reads `être` as an auxiliary of
    tense; `être` with a participle and its agent (`par Y`) is the passive all the same."""
    return any(c.dep_ == "obl:agent" for c in verb.children) and any(
        c.dep_.startswith("aux") and c.lemma_.lower() == "être" for c in verb.children)


def _active_compound(verb) -> bool:
    """`C'est là que X a reçu Y`: a participle with `avoir` and a subject of its own, however the parser
    hung the clause (on a noun), is an active compound tense, no passive."""
    return any(c.dep_ == "aux:tense" and c.lemma_.lower() == "avoir" for c in verb.children) and any(
        c.dep_ == "nsubj" for c in verb.children)


def _place_relative(verb, relatives, clitics) -> bool:
    """`..., où l'attendait X`: a relative clause opened by `où`, a clitic object pronoun just before its verb
    (however the parser labels it)."""
    return (verb.dep_ == "acl:relcl" and any(c.lower_ in relatives for c in verb.children)
            and verb.i > 0 and verb.doc[verb.i - 1].lower_.replace("\u2019", "'") in clitics
            and verb.doc[verb.i - 1].head.i == verb.i)


def _has_agent(verb) -> bool:
    """A passive verb with its agent (`est attendu par X`)."""
    return any(c.dep_ == "obl:agent" for c in verb.children)


def _agent_participle(verb) -> bool:
    """`X prend part à la conférence, organisée par l'armée indienne`: a past participle with an agent
    of its own (`par ...`), however the parser hung it (an adverbial clause of the main verb), is a
    passive: its agent hosts, not the main verb's subject; an agent naming no one names no host."""
    return ("Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
            and not any(c.dep_.startswith("aux") for c in verb.children)
            and any(c.dep_ == "obl:agent" for c in verb.children))


def _disagrees(participle, noun) -> bool:
    """A plural participle hung on a singular noun (or the reverse): it agrees with another noun."""
    one, other = participle.morph.get("Number"), noun.morph.get("Number")
    return bool(one and other and one != other)


def _agreeing_noun(participle, wrong):
    """The nearest noun before the participle, in its sentence, that agrees with it in number and gender."""
    for token in reversed(participle.doc[participle.sent.start : participle.i]):
        if token.i == wrong.i or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if not _disagrees(participle, token) and not (
                participle.morph.get("Gender") and token.morph.get("Gender")
                and participle.morph.get("Gender") != token.morph.get("Gender")):
            return token
    return None


def _misread_participle(verb) -> bool:
    """`Accueilli à Port Moresby par X, Y ...`: a capitalised participle opening the sentence, before a
    place, the tagger may take for a name (no tense, its lemma the word itself); outside any entity and
    with an agent of its own (`par X`) it is the past participle all the same."""
    return (verb.pos_ == "PROPN" and verb.i == verb.sent.start and not verb.ent_type_
            and any(c.dep_ == "obl:agent" for c in verb.children))


def _detached_participle(verb) -> bool:
    """`Reçu par X au palais, Y a quitté ...`: a past participle without auxiliary nor subject of its own,
    detached before the main clause (an adverbial clause), is a passive whose subject is the main verb's:
    its agent (`par X`, however the parser hung it) hosts, the main subject is received."""
    return (("Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") or _misread_participle(verb))
            and verb.dep_ == "advcl" and verb.i < verb.head.i
            and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children))


def _trailing_participle(verb) -> bool:
    """`X a participé à la réunion du groupe, organisée pour la première fois à Ramstein`: a past participle
    without auxiliary nor subject of its own, set off by a comma after the main verb (an adverbial clause to
    the parser), describes a noun before it, a passive: the main verb's subject organised nothing."""
    return ("Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
            and verb.dep_ == "advcl" and verb.i > verb.head.i and verb.i > 0 and verb.doc[verb.i - 1].text == ","
            and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children))


def _detached_subject(verb, person_of) -> list[str]:
    """The subject of the main verb a detached participle (`_detached_participle`) shares."""
    if not _detached_participle(verb):
        return []
    return _people_in(verb.head, ("nsubj", "nsubj:pass"), person_of)[:1]


def _fronted_participle(verb) -> bool:
    """`Accueilli à l'aéroport par X, Y a ensuite visité ...`, `Le 29 mai, reçu au palais par X, Y a déclaré ...`:
    a past participle without auxiliary nor subject of its own opening its sentence (or after a fronted phrase
    with no verb nor person, closed by a comma), its `par` before any finite verb, is a passive however the
    parser hung it (the root, the main verb a conjunct of it, a word of the subject's phrase): its agent hosts."""
    if not ("Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") or _misread_participle(verb)):
        return False
    if any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children):
        return False
    doc, sent = verb.doc, verb.sent
    before = doc[sent.start : verb.i]
    if len(before) and (before[-1].text != "," or any(t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PERSON"
                                                        for t in before)):
        return False
    for token in doc[verb.i + 1 : sent.end]:
        if token.lower_ == "par":
            return True
        if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
            return False
    return False


def _bare_participle(verb) -> bool:
    """`X reçue au siège de ...` (a headline): a past participle without auxiliary, in a sentence with
    no finite verb, whose subject is its own reads as a passive, the subject received (a finite verb
    elsewhere in the sentence says the participle is a tagger's slip: `X réunit à Londres ...`)."""
    return ("Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
            and not any(c.dep_.startswith("aux") for c in verb.children)
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any("Fin" in t.morph.get("VerbForm") for t in verb.sent))


def _people_before(sent: Span, verb, person_of) -> list[str]:
    found = [person_of[t.idx] for t in sent.doc[sent.start : verb.i] if t.idx in person_of]
    return found[-1:] if found else []


def _numbered_site(token) -> bool:
    """`sur la base aérienne 105`: a site the entities stage named as a unit by its number (the grammar's
    `base` head) is still the place of the act, its name as written."""
    return token.ent_type_ == "ORG" and token.ent_iob_ == "B" and token.ent_id_ == "institutions:base"


def _verb_between(sent: Span, start: int, end: int) -> bool:
    """A finite clause goes on between a host marker and a name (`présidée par le ministre, s'est tenue en
    présence de X`): X is no complement of the marker. A name taken for a verb (`_name_as_verb`) is none."""
    return any(start <= t.idx < end and t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm")
               and not _name_as_verb(t) for t in sent)


def _name_as_verb(token) -> bool:
    """`par la Première ministre Mette X`: a word with a capital inside its sentence, the name after it hung
    on it (as its `flat:name`, its object), is a first name the tagger took for a verb, no clause."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (token.is_title and token.i > token.sent.start and after is not None and after.head.i == token.i
            and after.ent_type_ == "PERSON")



def _objects(arguments: list[Token]) -> list[Token]:
    """The verb's object and argument (`obj`, `obl:arg`), and the noun the parser hangs on a day it took for
    the object: in `a reçu jeudi ses galons` the weekday right after the verb reads as the object and the thing
    received as that day's complement (nmod); that complement is the object the sentence tells."""
    found = [c for c in arguments if c.dep_ in ("obj", "obl:arg")]
    return found + [g for c in found if c.ent_type_ == "DATE" for g in c.children
                    if g.dep_ == "nmod" and g.pos_ == "NOUN"]


def _town_in_body(place: str, body: str) -> bool:
    """`arrivé à Metz`, `le maire élu à Metz`: the body names the town as a place, after `à` (a section's
    noun is never written so: `la Défense`, `du Golfe`); the model may read no entity there."""
    return re.search(rf"(?<!\w)à\s+{re.escape(place)}(?![\w-])", body) is not None


def _common_in_body(place: str, body: str) -> bool:
    """`du Golfe`, `la Défense`, `au Sahel`: the body writes the name after an article, as a region or a
    common noun is written; a town's name takes none (`à Metz`, `de Strasbourg`)."""
    return re.search(rf"(?<!\w)(?:le|la|les|l[’']|du|des|au|aux)\s*{re.escape(place)}(?![\w-])", body,
                     re.I) is not None
