"""Meetings, first half: what one sentence says about a meeting (a *mention*).

A sentence holding a trigger from `rules/meetings.yml` (a noun such as `entretiens`, `réunion`,
`sommet`, or a verb such as `accueillir`, `s'entretenir`) is a mention of a meeting. `MentionReader`
fills its frame from the parse: kind, date, place, host and guests, the people who take part, groups,
status (held, planned, cancelled), whether it is a side meeting (`en marge de`) or a remote one
(`par téléphone`), and whether it refers back to the meeting just spoken of (`La rencontre s'est tenue
...`). `meeting_groups.py` then groups mentions into meetings.

Text inside quotation marks is the speaker's, not the reporter's: no trigger is read there.
"""

from __future__ import annotations

import itertools
import re
from typing import TypedDict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.components.furniture import furniture_tokens
from pipeline.components.lexicon import variants
from pipeline.components.linking import in_subject
from pipeline.components.quotations import inside, quoted_ranges
from pipeline.components.spans import DocIndex, doc_text, span_text, tokens_with
from pipeline.rows import CALENDAR_DAYS, Status, granularity
from pipeline.rulebook.grammar import Grammar
from pipeline.rulebook.loader import RuleBook

BODY_LINE_RE = re.compile(r"[^\s.][.!][\s»\"”]*$")  # a paragraph of the body ends a sentence
WEEKDAY_SOURCE = "rule:dates:weekday"  # a weekday counts from another date, like the rules with `anchor: text`

WORD_RE = re.compile(r"[\w'-]+")
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
    status: Status | str  # empty: the sentence does not say
    groups: list[str]
    subject: list[str]  # people in the subject of the main verb
    headline: bool  # in the header: it restates a meeting of the body, or names the story's own
    presence: bool  # no trigger: people taking part in the meeting spoken of (`également présent, X a ...`)


class MentionReader:
    """The mentions of a document, in text order (`read`), and the place a sentence names (`place_before`)."""

    def __init__(self, book: RuleBook, nlp: Language) -> None:
        vocab = nlp.vocab
        self.grammar = Grammar.from_book(book)
        # dates counted from another date the text gave (`la veille`): a flag on the rule, `anchor: text`
        self.anchored = tuple(f"rule:dates:{e['id']}" for e in book.entries("dates", "relative")
                              if e.get("anchor") == "text")
        self.nouns = PhraseMatcher(vocab, attr="LOWER")
        self.noun_entries: dict[str, dict] = {}
        for entry in book.entries("meetings", "nouns"):
            key = f"nouns.{entry['id']}"
            self.noun_entries[key] = entry
            self.nouns.add(key, [nlp.make_doc(form) for t in entry["terms"] for form in variants(t)])
        self.verbs = {e["lemma"].lower(): e for e in book.entries("meetings", "verbs")}
        self.verb_forms = {f.lower(): e for e in book.entries("meetings", "verbs") for f in e.get("forms") or []}
        self.places = PhraseMatcher(vocab, attr="LOWER")
        self.phrase_places = set()
        for entry in book.entries("meetings", "locations"):
            self.places.add(entry["id"], [nlp.make_doc(f) for t in entry["terms"] for f in variants(t)])
            if entry.get("phrase"):
                self.phrase_places.add(entry["id"])
        self.side_markers = [m.lower() for m in book.get("meetings", "side_markers", [])]
        self.group_words = {w.lower() for w in book.get("meetings", "group_words", [])}
        self.pair_words = [w.lower() for w in book.get("meetings", "pair_words", [])]
        self.host_markers = [w.lower().replace("\u2019", "'") for w in book.get("meetings", "host_markers", [])]
        self.modes = [{**e, "terms": [t.lower() for t in e["terms"]]} for e in book.entries("meetings", "modes")]
        self.mode_kinds = {k.lower() for e in book.entries("meetings", "modes") for k in e.get("applies_to") or []}
        self.planned_tenses = set(book.get("meetings", "planned_tenses", []))
        self.planned_modals = {w.lower() for w in book.get("meetings", "planned_modals", [])}
        self.planned_words = {w.lower() for w in book.get("meetings", "planned_words", [])}
        self.cancelled_words = [_norm(w) for w in book.get("meetings", "cancelled_words", [])]
        self.not_participant_markers = [_norm(w) for w in book.get("meetings", "not_participant_markers", [])]
        self.not_participant_states = {w.lower() for w in book.get("meetings", "not_participant_states", [])}
        self.anaphoric_verbs = {w.lower() for w in book.get("meetings", "anaphoric_verbs", [])}
        self.anaphoric_determiners = {w.lower() for w in book.get("meetings", "anaphoric_determiners", [])}
        self.companion_verbs = {w.lower() for w in book.get("meetings", "companion_verbs", [])}
        self.presence_verbs = {w.lower() for w in book.get("meetings", "presence_verbs", [])}
        self.presence_words = {w.lower() for w in book.get("meetings", "presence_words", [])}


    def read(self, doc: Doc) -> list[Mention]:
        """One mention per sentence of the body holding a trigger outside quotations."""
        text = self._text = doc_text(doc)
        quotes = quoted_ranges(text)
        person_of = {}
        for person in doc._.officials or []:
            for start, _end in person["mentions"]:
                person_of[start] = person["key"]
        nouns = filter_spans(self.nouns(doc, as_spans=True))
        nouns = [n for n in nouns if not inside(quotes, n.start_char, n.end_char)]
        candidates = set(tokens_with(doc, "LEMMA", self.verbs)) | set(tokens_with(doc, "LOWER", self.verb_forms))
        candidates = sorted(candidates)
        verbs = [t for t in (doc[i] for i in candidates)
                 if self._verb_entry(t) is not None and not inside(quotes, t.idx, t.idx + len(t))]
        places = self.places(doc, as_spans=True)
        idx = self.idx = DocIndex.of(doc)
        by_sent: dict[int, tuple[list, list, list]] = {}
        for key, items in ((0, nouns), (1, verbs), (2, places)):
            for item in items:
                start = item.start if key != 1 else item.i
                by_sent.setdefault(idx.sent(start).start, ([], [], []))[key].append(item)
        self._places_by_sent = {start: found[2] for start, found in by_sent.items()}
        mentions = []
        start = self.body_start = body_start(doc, text)  # the headline restates the article
        furniture = furniture_tokens(doc)  # `Lire aussi : le ministre en visite à ...` is another story
        for sent in idx.sents:
            within, acts, here = by_sent.get(sent.start, ([], [], []))
            if sent.start not in furniture and (within or acts):
                mention = self._mention(doc, sent, within, acts, here, quotes, person_of)
                mention["headline"] = sent.start_char < start
                mention["presence"] = False
                mentions.append(mention)
            elif sent.start not in furniture and sent.start_char >= start and mentions:
                present = self._present_people(sent, quotes, person_of)
                if present:
                    mentions.append(self._presence(sent, present))
        return mentions

    def _present_people(self, sent: Span, quotes, person_of: dict[int, str]) -> list[str]:
        """People a sentence without a trigger shows taking part in the meeting spoken of: the
        subject of a verb of the session (`M. X a présenté aux ministres ...`), or a name qualified
        as present or invited (`X, également présent, a salué ...`, `Invité à la séance, X a ...`)."""
        found = []
        for ent in self.idx.ents_in(sent):
            if ent.label_ not in ("PERSON", "ROLE") or ent.start_char not in person_of:
                continue
            if inside(quotes, ent.start_char, ent.end_char):
                continue
            root = ent.root
            while root.dep_ in ("appos", "flat:name", "flat") and root.head.i != root.i:
                root = root.head  # `le ministre, M. X,`: the phrase the name stands in
            if root.dep_ not in ("nsubj", "nsubj:pass"):
                continue
            verb = root.head
            qualified = any(c.lower_ in self.presence_words and c.dep_ in ("amod", "acl", "advcl", "appos")
                            for t in (root, verb, *(x for x in root.children if x.dep_ == "appos"),
                                      *(x for x in ent))
                            for c in t.children)
            if verb.lemma_.lower() in self.presence_verbs or qualified:
                found.append(person_of[ent.start_char])
        return list(dict.fromkeys(found))

    @staticmethod
    def _presence(sent: Span, people: list[str]) -> Mention:
        return {"kind": "", "rule": "rule:meetings:presence", "sentence": span_text(sent).strip(),
                "start_char": sent.start_char, "end_char": sent.end_char, "people": people, "host": "",
                "guests": [], "date": "", "location": "", "remote": False, "side": False, "verb_only": False,
                "strong_host": False, "anaphoric": False, "status": "", "groups": [], "subject": people,
                "headline": False, "presence": True}

    def place_before(self, before: int) -> str:
        """The place named in the two sentences before a character offset, within its paragraph
        (`Macron est arrivé sur la base de ... . Il a été accueilli par ...`)."""
        paragraph_start = self._text.rfind("\n", 0, before) + 1
        previous = itertools.takewhile(lambda s: s.start_char >= paragraph_start, self.idx.sents_before_char(before))
        for sent in itertools.islice(previous, 2):
            place = self._location(sent, self._places_by_sent.get(sent.start, []))
            if place:
                return place
        return ""

    # -- one sentence ---------------------------------------------------------------------------

    def _mention(self, doc: Doc, sent: Span, nouns: list[Span], verbs: list, places: list[Span], quotes,
                 person_of: dict[int, str]) -> Mention:
        side, nouns, verbs = self._side(sent, nouns, verbs)
        verb_entries = [self._verb_entry(v) for v in verbs]
        if nouns:
            entry = self.noun_entries[nouns[0].label_]
            kind, rule = entry["kind"], f"rule:meetings:{entry['id']}"
        else:
            kind = verb_entries[0].get("kind") or verbs[0].lemma_
            rule = f"rule:meetings:{verb_entries[0]['id']}"
        ents = self.idx.ents_in(sent)
        trigger = nouns[0].root if nouns else verbs[0]
        triggers = {n.root.i for n in nouns} | {v.i for v in verbs}
        words = _words(span_text(sent))
        people = [person_of[e.start_char] for e in ents  # a ROLE may name a person: `la ministre`
                  if e.label_ in ("PERSON", "ROLE") and e.start_char in person_of
                  and not inside(quotes, e.start_char, e.end_char) and not self._spoken_of(e, sent, triggers)]
        lowered = span_text(sent).lower().replace("\u2019", "'")  # once: Span.text joins the tokens each time
        if len(people) < 2 and any(w in lowered for w in self.pair_words):
            people += self._previous_people(doc, sent, person_of)  # `les deux hommes s'étaient entretenus`
        host, guests, strong = self._host(sent, verbs, verb_entries, person_of)
        spoken_of = {person_of[e.start_char] for e in ents if e.start_char in person_of} - set(people)
        guests = [g for g in guests if g not in spoken_of]  # `a présidé une cérémonie en hommage au sergent X`
        if host in spoken_of:
            host, strong = "", False
        if not nouns:  # `Le 3 avril, il a rencontré le général X et le général Y`: `il` takes part
            people = list(dict.fromkeys(self._pronoun_subject(_governing_verb(trigger), person_of) + people))
        if not host:  # `à l'invitation de X, Y s'est rendu...`: X hosts the others of the sentence
            host = self._host_by_marker(sent, lowered, person_of)
            strong = bool(host)  # `sous la présidence de X` says it in so many words
            guests = [p for p in people if p != host] if host in people else []
        mode = next((x for x in self.modes if any(t in lowered for t in x["terms"])), None)
        if mode is not None and kind in self.mode_kinds:  # `s'est entretenu par téléphone`
            kind, rule = mode["kind"], f"{rule}+{mode['id']}"
        return {
            "kind": kind, "rule": rule, "sentence": span_text(sent).strip(), "start_char": sent.start_char,
            "end_char": sent.end_char, "people": list(dict.fromkeys(people)), "host": host, "guests": guests,
            "date": _mention_date(sent, ents, trigger, quotes, self.anchored),
            "location": "" if mode is not None and mode.get("remote") else (
                self._location(sent, places, triggers) or self._relative_place(trigger, verbs)),
            "remote": bool(mode is not None and mode.get("remote")),
            "side": side, "verb_only": not nouns, "strong_host": strong,
            "anaphoric": bool(nouns) and any(c.dep_ == "det" and c.lower_ in self.anaphoric_determiners
                                             for c in nouns[0].root.children)
            and _governing_verb(trigger).lemma_.lower() in self.anaphoric_verbs,
            "status": self._status(sent, trigger, words),
            "groups": self._groups(sent), "subject": self._subject_people(sent, person_of),
        }

    def _spoken_of(self, ent: Span, sent: Span, triggers: set[int]) -> bool:
        """A person the sentence speaks of without taking part in the meeting: after a marker
        (`hommage au sergent X`, `son prédécesseur, le général X`), said to be dead or honoured
        (`le caporal X, tué samedi`), or inside a relative clause whose verb is no meeting
        (`les militaires qui ont renversé le président X`)."""
        doc = sent.doc
        before = _words(span_text(doc[max(sent.start, ent.start - 6) : ent.start]))
        if any(f" {m} " in before for m in self.not_participant_markers):
            return True
        near = range(max(sent.start, ent.start - 3), ent.end)
        lower = self.idx.lower
        if any(lower[i] in self.not_participant_states and doc[i].head.i in near and i not in near
               for i in range(sent.start, sent.end)):
            return True
        token, seen = ent.root, 0
        while token.head.i != token.i and seen < 30:
            if token.i in triggers:
                return False
            if token.dep_ == "acl:relcl":
                return token.lemma_.lower() not in self.companion_verbs and not any(
                    t.i in triggers for t in token.subtree)
            token, seen = token.head, seen + 1
        return False

    def _status(self, sent: Span, trigger, words: str) -> str:
        """`cancelled` when the sentence calls the meeting off, `planned` when the verb that governs
        the trigger is in the future, depends on a modal (`doit rencontrer`) or says it is awaited
        (`est attendu`), or a word qualifies the trigger (`la prochaine réunion`); `held` when that
        verb is in a past tense; else empty (no mark either way)."""
        if any(f" {w} " in words for w in self.cancelled_words):
            return "cancelled"
        verb = _governing_verb(trigger)
        chain = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "aux:tense"))]
        tenses = {t for tok in chain for t in tok.morph.get("Tense")}
        if tenses & self.planned_tenses:
            return "planned"
        heads = [verb.head] if verb.dep_ in ("xcomp", "ccomp") else []
        heads += [c for c in verb.children if c.dep_.startswith("aux")]
        if any(h.lemma_.lower() in self.planned_modals and h.i != verb.i for h in heads):
            return "planned"
        if verb.lower_ in self.planned_words or any(c.lower_ in self.planned_words for c in trigger.children):
            return "planned"
        if any(c.lower_ in self.planned_words and c.dep_ in ("aux:pass", "cop", "amod", "xcomp")
               for c in verb.children):
            return "planned"
        if "Past" in tenses or "Imp" in tenses:
            return "held"
        return ""

    def _previous_people(self, doc: Doc, sent: Span, person_of: dict[int, str]) -> list[str]:
        """The people named in the last sentence before `sent` that names any."""
        return self.idx.in_last_sentence((e.start, person_of[e.start_char]) for e in self.idx.ents_before(sent.start)
                                         if e.label_ in ("PERSON", "ROLE") and e.start_char in person_of)

    def _verb_entry(self, token) -> dict | None:
        """The trigger entry of a verb, if it is one: `se rendre` needs its reflexive pronoun."""
        if token.pos_ not in ("VERB", "AUX"):
            return None
        entry = self.verbs.get(token.lemma_.lower()) or self.verb_forms.get(token.lower_)
        if entry is not None and entry.get("reflexive") and not _reflexive(token, self.grammar):
            return None
        if any("Neg" in c.morph.get("Polarity") for c in token.children):
            return None  # `ne reçoit pas de fonds`, `n'a jamais rencontré`: nothing took place
        return entry

    def _side(self, sent: Span, nouns: list[Span], verbs: list) -> tuple[bool, list[Span], list]:
        """`En marge des entretiens, la délégation a participé à des réunions avec ...` is a side
        meeting: a trigger after `en marge de` + its noun. `La réunion s'est tenue en marge de la
        session` is not: its trigger comes first. Returns the side flag and the triggers that count."""
        text = span_text(sent).lower()
        found = [text.find(m) for m in self.side_markers if m in text]
        if not found:
            return False, nouns, verbs
        marker = sent.start_char + min(found)
        if any(n.start_char < marker for n in nouns) or any(v.idx < marker for v in verbs):
            return False, nouns, verbs
        later_nouns = [n for n in nouns if n.start_char > marker][1:]  # the first is what it is beside
        if not later_nouns and not verbs:
            return False, nouns, verbs
        return True, later_nouns, verbs

    def _host(self, sent: Span, verbs, entries, person_of) -> tuple[str, list[str], bool]:
        """Who hosted, and whom: the subject of `a accueilli`, `a reçu` and the people received;
        in the passive (`X a été reçu par Y`) the agent hosts the subject. `se réunir` has no host.
        The flag says the host was read from the parse (a subject, an agent), not from word order."""
        for verb, entry in zip(verbs, entries, strict=True):
            if entry.get("host") != "subject" or _reflexive(verb, self.grammar):
                continue
            if _passive(verb):
                hosts = _people_in(verb, ("obl:agent",), person_of) or _people_after_par(sent, verb, person_of)
                parsed = hosts  # `a été reçu par X` names its host in so many words
                guests = _people_in(verb, ("nsubj:pass", "nsubj"), person_of) or _people_before(sent, verb, person_of)
            else:
                parsed = _people_in(verb, ("nsubj",), person_of)
                hosts = parsed or _people_before(sent, verb, person_of) or self._pronoun_subject(verb, person_of)
                guests = _people_in(verb, ("obj", "iobj", "obl:arg"), person_of) or _people_after(sent, verb, person_of)
            if hosts:
                return hosts[0], [g for g in guests if g != hosts[0]], bool(parsed) or bool(guests)
        return "", [], False

    def _host_by_marker(self, sent: Span, lowered: str, person_of: dict[int, str]) -> str:
        """`sous la présidence du secrétaire général, M. X`: the first person after the marker."""
        for marker in self.host_markers:
            at = lowered.find(marker)
            if at >= 0:
                start = sent.start_char + at + len(marker)
                named = [t for t in sent if t.idx >= start and t.idx in person_of]
                if named:
                    return person_of[named[0].idx]
        return ""

    @staticmethod
    def _pronoun_subject(verb, person_of: dict[int, str]) -> list[str]:
        """`Le 28 juin, il a reçu ...`: a pronoun subject is the person last named as a subject."""
        if not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children):
            return []
        doc = verb.doc
        for token in reversed(doc[: verb.sent.start]):
            if token.idx in person_of and in_subject(token):
                return [person_of[token.idx]]
        return []

    def _subject_people(self, sent: Span, person_of) -> list[str]:
        """People in the subject of the sentence's main verb (who met the others)."""
        root = sent.root
        return _people_in(root, ("nsubj", "nsubj:pass"), person_of)

    def _relative_place(self, trigger, verbs: list) -> str:
        """`s'est envolé pour Chișinău, où il a été reçu`: a meeting verb in a relative clause opened
        by `où` took place in the place that clause hangs on."""
        doc = trigger.doc
        for verb in (_governing_verb(trigger), *verbs):
            relatives = self.grammar.place_relatives
            relative = next((c for c in verb.children if c.lower_ in relatives and c.i < verb.i), None)
            if relative is None:
                continue
            before = relative.i - 1
            while before > verb.sent.start and doc[before].is_punct:
                before -= 1
            place = next((e for e in self.idx.ents_in(verb.sent) if e.start <= before < e.end), None)
            if place is not None and place.label_ == "LOC":
                return place.text
        return ""

    def _location(self, sent: Span, places: list[Span], triggers: set[int] | None = None) -> str:
        """The meeting place, in order of precision: `au siège de l'OTAN` (a place word and what it
        belongs to), `à Bruxelles` (a city), `au SHAPE` (an organisation's seat), `aux Pays-Bas`."""
        doc = sent.doc
        ents = self.idx.ents_in(sent)
        if triggers:  # `hommage au brigadier X, tué lors d'une attaque contre le camp de Gao`: another event's place
            places = [p for p in places if not _in_other_clause(p.root, triggers)]
            ents = [e for e in ents if not _in_other_clause(e.root, triggers)]
        for place in places:
            if place[0].ent_type_ and place[0].ent_type_ not in ("LOC", "PERSON"):
                continue  # `état-major` inside `vice-chef d'état-major` is no place
            whole = next((e for e in ents if e.start <= place.start and e.end > place.end
                          and e.label_ in ("LOC", "ORG")), None)
            if whole is not None:  # the model's span holds the place word: `Palais de Carthage`
                return doc[place.start : whole.end].text
            i = place.end
            while i < sent.end and (doc[i].lower_ in self.grammar.of_words or doc[i].like_num):
                i += 1
            ent = next((e for e in ents if e.start == i and e.label_ in ("ORG", "LOC")), None)
            if ent is not None:
                end = _named_tail(doc, _hyphenated(doc, ent.end, sent.end), sent.end, self.grammar.of_words)
                return doc[place.start : end].text
            if i > place.end and i < sent.end and doc[i].text[:1].isupper() and not doc[i].ent_type_:
                end = _named_tail(doc, _hyphenated(doc, i + 1, sent.end), sent.end, self.grammar.of_words)
                return doc[place.start : end].text  # `base aérienne 105 d'Évreux-Fauville`
            if place[0].text[:1].isupper():  # a named place on its own: `Balard`, `Pentagone`
                return place.text
            if place.label_ in self.phrase_places:  # `dans la salle des conseils`, `à son cabinet`
                return _noun_phrase(place)
        after = [(e, _preposition(e)) for e in ents if e.start > sent.start]
        for wanted in (("à", "LOC"), ("au", "ORG"), ("à", "ORG"), ("au", "LOC"), ("aux", "LOC")):
            for ent, preposition in after:
                if preposition == wanted[0] and ent.label_ == wanted[1]:
                    return ent.text  # as written: `commandement de forces interarmées alliées de Brunssum`
        return ""

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


def _norm(text: str) -> str:
    return " ".join(_words(text).split())


def _words(text: str) -> str:
    """Lower-case words between single spaces, apostrophes kept: matched as ` word `."""
    return " " + " ".join(WORD_RE.findall(text.lower().replace("\u2019", "'"))) + " "



def _preposition(ent: Span) -> str:
    """The preposition before an entity, over an organisation's article: `à l'hôtel de Brienne` -> `à`."""
    i = ent.start - 1
    if ent.label_ == "ORG" and i > ent.sent.start and ent.doc[i].lower_ in ("l'", "l’", "la", "le", "les"):
        i -= 1  # not for places: `l'aide à l'Ukraine` names no meeting place
    return ent.doc[i].lower_ if i >= ent.sent.start else ""


def _noun_phrase(place: Span) -> str:
    """The place word and its complements as the parse attaches them, up to a comma or a verb."""
    doc, sent = place.doc, place.sent
    end = place.end
    right = {t.i for t in place.root.subtree if t.i >= place.end}
    while end < sent.end and end in right and doc[end].pos_ not in ("VERB", "AUX") and (
            not doc[end].is_punct or doc[end].text == "-"):
        end += 1
    return doc[place.start : end].text


def _hyphenated(doc: Doc, end: int, limit: int) -> int:
    """`l'Etat-Major`: a name the tokenizer or the model cut at its hyphen goes on."""
    while end + 1 < limit and doc[end].text in ("-", "\u2011") and not doc[end - 1].whitespace_:
        end += 2
    return end


def _named_tail(doc: Doc, i: int, limit: int, of_words: frozenset[str]) -> int:
    """`base de l'OTAN de Mihail Kogălniceanu`: a place phrase goes on over `de` + a name."""
    j = i
    while j < limit and doc[j].lower_ in of_words:
        j += 1
    if j == i or j >= limit or not doc[j].text[:1].isupper():
        return i
    while j < limit and doc[j].text[:1].isupper():
        j += 1
    return j


def _since(sent: Span, trigger, date: Span) -> bool:
    """`sa première visite depuis sa prise de commandement, le 4 juillet`: that date is not the visit's."""
    lo, hi = sorted((trigger.i, date.start))
    return any(t.lower_ == "depuis" for t in sent.doc[lo:hi])


def _in_other_clause(token, triggers: set[int]) -> bool:
    """The token belongs to a clause hung on a noun or a verb (a participle, a relative, an adverbial
    clause) that neither holds a trigger nor hangs on one (`entretiens tenus au siège de l'OTAN`):
    it tells of another event."""
    verb = _governing_verb(token)
    on_meeting_noun = verb.head.i in triggers and verb.head.pos_ not in ("VERB", "AUX")
    return (verb.dep_ in ("acl", "acl:relcl", "advcl") and not on_meeting_noun
            and not any(t.i in triggers for t in verb.subtree))


def _governing_verb(token):
    """The first verb above a token in the parse (itself if it is one)."""
    seen = 0
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i and seen < 30:
        token, seen = token.head, seen + 1
    return token


def _mention_date(sent: Span, ents: list[Span], trigger, quotes, anchored: tuple[str, ...]) -> str:
    """The date of a mention: one attached to the same verb as the trigger wins (`tous deux nommés
    le mois dernier, le chef de l'État a été accueilli` is no May meeting); else a day or range
    anywhere in the sentence. A bare year (`pour l'année à venir`) speaks of plans: never."""
    dates = [e for e in ents if e.label_ == "DATE" and granularity(e._.normalized) in CALENDAR_DAYS
             and not inside(quotes, e.start_char, e.end_char) and not _since(sent, trigger, e)]
    dates.sort(key=lambda e: e._.source == WEEKDAY_SOURCE or e._.source in anchored)  # explicit days first
    verb = _governing_verb(trigger)
    phrase = {t.i for t in trigger.subtree} if trigger.pos_ not in ("VERB", "AUX") else set()
    # a date counted from another (`la veille`) dates the verb it is a complement of, not a noun on the way
    linked = ([e for e in dates if _governing_verb(e.root).i == verb.i
               and (e._.source not in anchored or e.root.head.i == verb.i)]
              or [e for e in dates if e.root.i in phrase])  # `la rencontre prévue le 12 mai a été annulée`
    if linked:  # a day said as a complement of the verb itself (`a reçu, ce mercredi, ...`) first
        linked.sort(key=lambda e: (granularity(e._.normalized) not in ("day", "range"), e.root.head.i != verb.i))
        return linked[0]._.normalized
    # unlinked (a parse that went astray): a day said before the trigger, `Du 22 au 25 novembre, ...`;
    # one after it mostly dates something else (`... au brigadier X, tué samedi dernier`)
    days = [e for e in dates if granularity(e._.normalized) in ("day", "range") and e._.source not in anchored
            and e.start < trigger.i]
    return days[0]._.normalized if days else ""


def _people_in(verb, deps: tuple[str, ...], person_of: dict[int, str]) -> list[str]:
    """People named in the subtree of the verb's children with these dependency labels; a name
    (`le général X`) before a role that stands for someone (`le ministre d'Etat`), which may be
    resolved to another person of the text."""
    found, roles = [], []
    for child in verb.children:
        if child.dep_ in deps:
            for token in child.subtree:
                key = person_of.get(token.idx)
                if key and key not in found and key not in roles:
                    (found if token.ent_type_ == "PERSON" else roles).append(key)
    return found + [k for k in roles if k not in found]


def _people_after_par(sent: Span, verb, person_of) -> list[str]:
    """`a été reçue à Jakarta par son homologue, M. X`: the parser often misses the agent; the first
    person named after `par` is it."""
    doc = sent.doc
    par = next((t.i for t in doc[verb.i + 1 : sent.end] if t.lower_ == "par"), None)
    if par is None:
        return []
    return [person_of[t.idx] for t in doc[par + 1 : sent.end] if t.idx in person_of][:1]


def _people_after(sent: Span, verb, person_of) -> list[str]:
    """People named after the verb in its sentence: the parser may hang `son homologue, le général X`
    on the verb rather than on its object."""
    return list(dict.fromkeys(person_of[t.idx] for t in sent.doc[verb.i + 1 : sent.end] if t.idx in person_of))




def _reflexive(verb, grammar: Grammar) -> bool:
    """`s'est entretenu`, `se sont réunis`: the verb carries a reflexive pronoun."""
    return any(c.lower_ in grammar.reflexive_pronouns for c in verb.children)


def _passive(verb) -> bool:
    return any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children)


def _people_before(sent: Span, verb, person_of) -> list[str]:
    found = [person_of[t.idx] for t in sent.doc[sent.start : verb.i] if t.idx in person_of]
    return found[-1:] if found else []
