"""The story's trip: an ordered list of stops, read once per Doc (used by `meetings.py`).

A stop is a town the story's travellers are in from the sentence that takes them there to the sentence
that takes them elsewhere: the dateline's town opens the story; a movement verb (meetings.yml
`trip_verbs`: `se rendre à X`, `arriver à X`, `poursuivre sa tournée à X`) or a fronted place
(`À X, le ministre ...`) opens the next one. A meeting told within a stop was held in its town unless its
own sentence names another place; the stop's days are the days its sentences name.

Also a stop (round 25): a town that is the object of a movement verb (`a rejoint X`), a place after a copula
(`X était à Rome`), a country after one (`en X`, `au X`: when the sentence names no town, and not the country
of the town just reached; it only fills a meeting's empty place), a one-word town the gazetteer lacks. A
trip verb in the future (`il se rendra à X`) opens none: the story is not there yet. A stop whose opening
sentence names no day carries the last day the text named (this paragraph or the one before, no earlier than
the stop before, no bound like `jusqu'au 23`): `Lundi, ... Dans l'après-midi, ... À X, il a été reçu`.

Also a stop (round 56): a gathering the travellers attend (meetings.yml `gathering_attendance`: `participe à la
Conférence de Munich`, `présente au Forum sur la sécurité internationale d'Halifax`, `s'est rendu au sommet de
l'OTAN de Vilnius`), named after its town (a `de` complement of its noun, `gathering_nouns`, or of a topic
complement of it), or a gathering a town hosts (`Dakar accueille le Forum ...`): the talks told on its days
were held in that town. Not one told in the future (`participera`), the pluperfect (`avait participé`: the
background), nor in passing (`lors du sommet de Vilnius`: no verb of attendance).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TypedDict

from spacy.tokens import Doc, Span, Token

from pipeline.components.spans import (
    DocIndex,
    after_bound_word,
    doc_text,
    in_bound_phrase,
    plain_words,
    tokens_with,
)
from pipeline.rows import first_day, granularity
from pipeline.rulebook.grammar import future_ending

PATH_DEPS = ("obl", "obl:arg", "obl:mod", "nmod", "obj", "xcomp")  # from a place up to the verb that moves


class Stop(TypedDict):
    place: str  # the town
    start_char: int  # where the text starts telling it
    days: list[str]  # ISO days named by the sentences told there
    day: str  # the one day its opening sentence names (`Le lendemain, à X, ...`), else ''
    travellers: list[str]  # person keys of the subject of the verb that moved them there
    rule: str  # `dateline`, `movement:<verb>`, `fronted`
    carried: str  # no day in its opening sentence: the last day the text named before it (the trip goes on that day)
    clause: tuple[int, int]  # the characters whose days open it: its sentence, or the relative clause that moved them


class TripReader:
    """`read(doc, ...)`: the stops of a story in text order."""

    def __init__(self, verbs: set[str], prepositions: tuple[str, ...], cities: set[str],
                 countries: set[str], not_prepositions: set[str] = frozenset(),
                 buildings: set[str] = frozenset(), place_country: dict[str, str] | None = None,
                 bounds: tuple[str, ...] = (), passive_only: set[str] = frozenset(),
                 behind_nouns: set[str] = frozenset(), behind_prepositions: set[str] = frozenset(),
                 gathering_nouns: set[str] = frozenset(), attendance: set[str] = frozenset(),
                 hosting: set[str] = frozenset(), of_words: set[str] = frozenset(),
                 future_endings: tuple[str, ...] = (), next_leg_marks: set[str] = frozenset()) -> None:
        self.next_leg_marks = next_leg_marks  # `avant de se rendre à X`: a stop opened once the sentence is told
        self.future_endings = future_endings  # dates.yml's, of the simple future and the conditional, after `r`
        self.gathering_nouns = gathering_nouns  # `conférence`, `forum`, `sommet`: a gathering named after its town
        self.attendance = attendance  # `participer`, `présent`: words setting their subject at a gathering
        self.hosting = hosting  # `accueillir`: a town, its subject, hosts the gathering, its object
        self.of_words = of_words  # `de`, `d'`, `du`: the town closing a gathering's name
        self.behind_nouns = behind_nouns  # `au lendemain de`, `à l'issue de`, `de retour de`: a stop passed
        self.behind_prepositions = behind_prepositions  # `après sa visite à X`: an event set in time, not a move
        self.bounds = tuple(plain_words(b) for b in bounds)
        self.buildings = buildings  # nouns heading a place (meetings.yml `locations`: `base`, `palais`)
        self.not_prepositions = not_prepositions
        self.verbs = verbs
        self.passive_only = passive_only  # `il est attendu à X` moves him; `nous attendons X` moves no one
        self.prepositions = {p.lower() for p in prepositions}
        self.cities = cities
        self.countries = countries
        self.place_country = place_country or {}  # a place's country (countries.yml): a country stop or its town's
        self.last = ""

    def read(self, doc: Doc, body_start: int, dateline: str = "") -> list[Stop]:
        stops: list[Stop] = []
        self.last = ""
        if dateline and dateline.lower() not in self.countries:
            stops.append(Stop(place=dateline.title() if dateline.isupper() else dateline, start_char=body_start,
                              days=[], day="", travellers=[], rule="dateline", carried="",
                              clause=(body_start, body_start)))
        keys = _mention_keys(doc)
        told, told_end = "", 0  # the last day the body named, in text order, and the end of its sentence
        for sent in DocIndex.of(doc).sents:  # `doc.sents` makes every sentence anew
            if sent.end_char <= body_start:
                continue
            # decided once per sentence from its entities: a stop is a place (LOC) the scene moves to, a day
            # a DATE; a sentence with neither (most of them) has nothing for the readers below
            labels = {e.label_ for e in _ents(sent)}
            if "LOC" not in labels and "DATE" not in labels and not self._gathering_nouns_in(sent):
                if stops:
                    self.last = stops[-1]["place"]
                continue
            stop = ((self._fronted(sent) or self._moved(sent, keys)) if "LOC" in labels else None) \
                or self._gathering(sent, keys)
            if stop is not None and not (stops and stops[-1]["place"] == stop["place"]):
                opening = _days(sent, stop["clause"])
                stop["day"] = opening[0] if len(set(opening)) == 1 else ""
                last = stops[-1] if stops else None
                since = (last["day"] or last["carried"] or min(last["days"] or [told])) if last else told
                near = _paragraphs(doc_text(doc)[told_end:sent.start_char]) <= 1  # this paragraph or the one before
                if not opening and told and told >= since and near:
                    stop["carried"], stop["days"] = told, [told]  # no day of its own: the trip goes on that day
                stops.append(stop)
            if stops:
                self.last = stops[-1]["place"]
                stops[-1]["days"].extend(d for d in _days(sent) if d not in stops[-1]["days"])
            named = self._told_days(sent)
            if named:  # the day a sentence tells comes first (`Lundi, ... puis mardi`)
                told, told_end = named[0], sent.end_char
        return stops

    def _told_days(self, sent: Span) -> list[str]:
        """The days a sentence tells, less those after a word of a bound (dates.yml `year_not_carried_after`:
        `jusqu'au 23 juin`, `depuis le 2 mai`): an end or a start, not a day the story is told in."""
        return [e._.normalized for e in _ents(sent) if e.label_ == "DATE" and e._.normalized
                and granularity(e._.normalized) == "day" and first_day(e._.normalized) is not None
                and not after_bound_word(doc_text(sent.doc), e.start_char, self.bounds)
                and not in_bound_phrase(e, self.bounds)]

    def _town(self, ent: Span) -> bool:
        low = ent.text.lower()
        return ent.label_ == "LOC" and low in self.cities and low not in self.countries and ent.start > 0 \
            and ent.doc[ent.start - 1].lower_ in self.prepositions

    def _fronted(self, sent: Span) -> Stop | None:
        """`À X, le ministre ...`, `Le lendemain, sur la base aérienne de X, le ministre ...`: a place phrase
        (a preposition, not one of `not_place_prepositions`, and a noun holding a place that is no country)
        set off by a comma before the sentence's verb and its subject: the scene moves there."""
        root = sent.root
        for ent in _ents(sent):
            if ent.start >= root.i or ent.label_ != "LOC" or ent.text.lower() in self.countries:
                continue
            phrase = ent.root
            while phrase.head.i != root.i and phrase.head.i < root.i and phrase.dep_ in PATH_DEPS:
                phrase = phrase.head
            if phrase.head.i != root.i or not phrase.dep_.startswith("obl"):
                continue
            case = [c for c in phrase.children if c.dep_ == "case" and c.i < phrase.i]
            after = phrase.right_edge.i + 1
            if not case or case[0].lower_ in self.not_prepositions or after >= sent.end \
                    or sent.doc[after].text != "," \
                    or any(t.dep_.startswith("nsubj") for t in sent.doc[sent.start:after]):
                continue
            if phrase.i >= ent.start and any(c.dep_ in ("det", "nummod") and c.i < ent.start for c in phrase.children):
                continue  # `Sur les 90 Etats présents, ...`: a town takes no determiner of its own
            if phrase.i < ent.start and phrase.lower_ not in self.buildings:
                continue  # `En marge du sommet de X,`, `À la veille de ...`: no place of the scene
            # `À X, ...`: the town itself; `sur la base aérienne de X`: the building with its town
            place = ent.text if phrase.i >= ent.start else sent.doc[phrase.i:ent.end].text
            return Stop(place=place, start_char=sent.start_char, days=[], day="", travellers=[], rule="fronted",
                        carried="", clause=(sent.start_char, sent.end_char))
        return None

    def _moved(self, sent: Span, keys: list[tuple[int, int, str]]) -> Stop | None:
        """The last town a movement verb of the sentence takes its subject to (`s'est rendu à X`, `a
        rejoint X`), else the last place such a verb or a copula (`était à X`) takes it to (`_destination`:
        a country, `au Royaume-Uni`, a town the gazetteer lacks): the text now tells what happens there."""
        found, other = None, None
        for ent in _ents(sent):
            building = self._building_of(ent)
            if building is not None:  # `a atterri sur la base aérienne d'X`: the building with its town
                verb = _verb_above(building)
                if verb is not None and verb.lemma_.lower() in self.verbs and "Fut" not in verb.morph.get("Tense"):
                    found = Stop(place=sent.doc[building.i:ent.end].text, start_char=sent.start_char, days=[],
                                 day="", travellers=_subject_keys(verb, keys), rule=f"movement:{verb.lemma_.lower()}",
                                 carried="", clause=_clause_of(verb, sent))
                continue
            if not self._destination(ent):
                continue
            verb = _verb_above(ent.root)
            if verb is not None and self._behind(ent.root, verb):
                continue  # `arrivé à X au lendemain de sa visite à Y`: Y is a stop already passed
            if verb is not None and self._moving(verb):
                if "Fut" in verb.morph.get("Tense"):
                    continue  # `il se rendra à X`: a trip to come, the story is not there yet
                stop = Stop(place=ent.text, start_char=sent.end_char if self._next_leg(verb) else sent.start_char,
                            days=[], day="", travellers=_subject_keys(verb, keys),
                            rule=f"movement:{verb.lemma_.lower()}", carried="", clause=_clause_of(verb, sent))
            elif verb is None and _located(ent):  # `X était à Rome`: where the story finds them
                stop = Stop(place=ent.text, start_char=sent.start_char, days=[], day="", travellers=[],
                            rule="movement:être", carried="", clause=(sent.start_char, sent.end_char))
            else:
                continue
            if self._town(ent) or (ent.root.dep_ == "obj" and ent.text.lower() in self.cities):
                found = stop
            else:
                other = stop
        country = self.place_country.get
        if found is None and other is not None and other["place"].lower() in self.countries \
                and country(other["place"].lower(), "") == country(self.last.lower(), "") != "":
            return None  # `se rendre à Erevan` then `sa visite en Arménie`: still in that country's town
        return found or other

    def _gathering(self, sent: Span, keys: list[tuple[int, int, str]]) -> Stop | None:
        """`La délégation présente à la Conférence de Munich sur la sécurité`, `il participe au Forum sur la
        sécurité internationale d'Halifax`: a gathering noun (`gathering_nouns`) named after a town
        (`_gathering_town`) that a word of attendance (`attendance`, a trip verb; neither future nor
        pluperfect) takes as its complement; `Dakar accueille le Forum ...`: a gathering a town hosts (`_host_town`).
        The story is in that town."""
        for noun in self._gathering_nouns_in(sent):
            town = self._gathering_town(noun)
            word = noun.head if noun.dep_ in PATH_DEPS else noun
            while word.ent_type_ == "DATE" and word.dep_ in PATH_DEPS and word.head.i != word.i:
                word = word.head  # `participe depuis vendredi à la Conférence`: the parse may hang it on the day;
                # not through another noun (`dans la salle de conférence du palais d'Abuja`: a room)
            if town and word.i != noun.i and word.pos_ in ("VERB", "ADJ") and self._attending(word):
                return Stop(place=town, start_char=sent.start_char, days=[], day="",
                            travellers=_subject_keys(word, keys) if word.pos_ == "VERB" else [],
                            rule=f"gathering:{word.lemma_.lower()}", carried="",
                            clause=(sent.start_char, sent.end_char))
            town, verb = self._host_town(noun)
            if town and self._attending(verb):
                return Stop(place=town, start_char=sent.start_char, days=[], day="", travellers=[],
                            rule=f"gathering:{verb.lemma_.lower()}", carried="",
                            clause=(sent.start_char, sent.end_char))
        return None

    def _gathering_nouns_in(self, sent: Span) -> list[Token]:
        """The gathering nouns of a sentence (`_gathering_noun`), in order. The words or lemmas that may be one
        are found once per Doc from its columns (`_gathering_words`), so no Python Token is made for every word."""
        doc = sent.doc
        words = self._gathering_words(doc)
        found = (doc[k] for k in words[bisect_left(words, sent.start) : bisect_left(words, sent.end)])
        return [token for token in found if self._gathering_noun(token)]

    def _gathering_words(self, doc: Doc) -> list[int]:
        """The tokens whose word or lemma in lower case is a gathering noun, read once for the last Doc asked."""
        known = self.__dict__.get("_gathering_at")
        if known is not None and known[0] is doc:
            return known[1]
        idx = DocIndex.of(doc)
        words = sorted({*tokens_with(doc, "LOWER", self.gathering_nouns),
                        *idx.lemmas_in(self.gathering_nouns, 0, len(doc))})
        self._gathering_at = (doc, words)
        return words

    def _gathering_noun(self, token: Token) -> bool:
        return token.pos_ in ("NOUN", "PROPN") and (token.lower_ in self.gathering_nouns
                                                    or token.lemma_.lower() in self.gathering_nouns)

    def _gathering_town(self, noun: Token) -> str:
        """The town a gathering is named after: a `de` complement of its noun, or of one of that noun's own
        complements (a body, a topic: `sommet de l'OTAN de Vilnius`, `Forum sur la sécurité internationale
        d'Halifax`), a town of the gazetteer or a place the model reads (LOC), no country; else ''."""
        doc = noun.doc
        frontier = [noun]
        for _ in range(2):
            following = []
            for head in frontier:
                for child in head.children:
                    if child.dep_ != "nmod" or child.i <= head.i:
                        continue
                    following.append(child)
                    if not any(c.dep_ == "case" and c.lower_ in self.of_words for c in child.children):
                        continue
                    if child.pos_ != "PROPN" or not child.text[:1].isupper():
                        continue
                    end = child.i + 1
                    while end < child.sent.end and doc[end].dep_ == "flat:name" and doc[end].head.i == child.i:
                        end += 1
                    name = doc[child.i:end].text
                    low = name.lower()
                    if low in self.countries:
                        continue
                    if low in self.cities or child.ent_type_ == "LOC" and child.ent_iob_ == "B" and (
                            end == len(doc) or doc[end].ent_iob_ != "I"):
                        return name
            frontier = following
        return ""

    def _host_town(self, noun: Token) -> tuple[str, Token | None]:
        """`Dakar accueille depuis lundi le Forum ...`, `le Tessin accueillait la Conférence ...`: a verb of hosting
        (`hosting`) right after a town's name (of the gazetteer, or a place the model reads, no country),
        the gathering noun after it in the same clause (no punctuation between): that town and the verb."""
        doc, sent = noun.doc, noun.sent
        verb = next((t for t in reversed(doc[sent.start:noun.i]) if t.lemma_.lower() in self.hosting
                     or t.is_punct), None)
        if verb is None or verb.is_punct or verb.i == sent.start:
            return "", None
        end = verb.i
        while end > sent.start and doc[end - 1].pos_ == "AUX":
            end -= 1
        start = end
        while start > sent.start and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_punct:
            start -= 1
        for k in range(start, end):
            name = doc[k:end].text
            low = name.lower()
            if low in self.countries:
                return "", None
            if low in self.cities or (doc[k].ent_type_ == "LOC" and doc[k].ent_iob_ == "B"):
                return name, verb
        return "", None

    def _attending(self, word: Token | None) -> bool:
        """A word of attendance (a verb or an adjective: `participer`, `présent`), of a trip or of hosting, told as the
        story's present or past, not the future (`participera`: the story is not there yet) nor the
        pluperfect (`avait participé`: the background of the story)."""
        if word is None:
            return False
        lemma, low = word.lemma_.lower(), word.lower_
        phrase = any(f"{lemma} {c.lower_}" in self.attendance for c in word.children if c.dep_ == "obj")
        if lemma not in self.attendance and low not in self.attendance and lemma not in self.hosting \
                and not phrase and not self._moving(word):
            return False  # `prendre part à`: a verb and its object; not `les décisions prises au sommet de X`
        if future_ending(word.lower_, self.future_endings) or any(
                c.dep_.startswith("aux") and future_ending(c.lower_, self.future_endings) for c in word.children):
            return False  # `participera`, `sera présent`, `participerait`: as written (the tagger misses some)
        return not any(c.dep_.startswith("aux") and "Imp" in c.morph.get("Tense") for c in word.children)

    def _behind(self, place: Token, verb: Token) -> bool:
        """A place hung on a movement verb through a locution of time or of return (`au lendemain de sa
        visite à Y`, `à l'issue de son séjour à Y`, `de retour d'une visite à Y`: a noun of `behind_nouns`)
        or a complement set in time (`après son escale à Y`: a preposition of `behind_prepositions`): the
        event it names is one the traveller has left behind, the verb takes him elsewhere."""
        token = place
        while token.i != verb.i and token.head.i != token.i:
            if token.lemma_.lower() in self.behind_nouns or token.lower_ in self.behind_nouns or any(
                    c.dep_ == "case" and c.lower_ in self.behind_prepositions for c in token.children):
                return True
            token = token.head
        return False

    def _next_leg(self, verb: Token) -> bool:
        """`X a rencontré Y, avant de se rendre en Jordanie`: a movement verb in a clause opened by one of
        `next_leg_marks`, hung on another verb, takes the traveller on once what the sentence tells is over:
        the stop opens after the sentence. Not when the clause tells what happened there (`avant de se rendre
        à Kiev, où il a rencontré Y`: a relative clause of its own; `avant de rejoindre le Premier ministre X`:
        someone met there)."""
        return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.next_leg_marks
                                            for c in verb.children) and not any(
            t.dep_ == "acl:relcl" or t.ent_type_ in ("PERSON", "ROLE") for t in verb.subtree)

    def _moving(self, verb: Token) -> bool:
        """A verb of `trip_verbs`, in the passive when it moves someone only then (`trip_verbs_passive_only`:
        `il est attendu à X`, `le ministre, attendu à X, ...`; not `nous attendons X`, `il a attendu X`)."""
        lemma = verb.lemma_.lower()
        if lemma not in self.passive_only:
            return lemma in self.verbs
        return "Part" in verb.morph.get("VerbForm") and not any(  # `a attendu X`: the active, with `avoir`
            c.lemma_ == "avoir" for c in verb.children if c.dep_.startswith("aux"))

    def _building_of(self, ent: Span) -> Token | None:
        """The noun of a place (`buildings`: `base`, `palais`) a town (LOC) is the complement of, itself after
        a preposition of place (`sur la base aérienne d'X`, `au palais de X`): that noun, else None."""
        if ent.label_ != "LOC":  # before `Span.root`, a walk through the words' Tokens
            return None
        noun = ent.root.head
        if ent.root.dep_ != "nmod" or noun.i >= ent.start or noun.lower_ not in self.buildings \
                or ent.text.lower() in self.countries:
            return None
        case = [c for c in noun.children if c.dep_ == "case" and c.i < noun.i]
        return noun if case and case[0].lower_ not in self.not_prepositions else None

    def _destination(self, ent: Span) -> bool:
        """A place a movement verb can take someone to: a named place (LOC) after a preposition of place
        (a town, of the gazetteer or not, or a country) or the object of the verb (`rejoindre X`)."""
        if ent.label_ != "LOC" or not ent.text[:1].isupper() or ent.start == 0:
            return False
        before = ent.doc[ent.start - 1]
        low = ent.text.lower()
        if low not in self.cities and low not in self.countries and " " in ent.text:
            return False  # a town the gazetteer lacks is one word (`Aix-la-Chapelle`), a monument is more
        return before.lower_ in self.prepositions or (ent.root.dep_ == "obj" and before.pos_ != "DET")


def stop_at(stops: list[Stop], char: int) -> Stop | None:
    """The stop the text is telling at a character offset: the last one opened before it."""
    return next((s for s in reversed(stops) if s["start_char"] <= char), None)


def _verb_above(token: Token) -> Token | None:
    """The verb a place hangs on through complements only (`à X` of the verb, of its object: `effectuer
    une visite à X`), never through a clause of its own (a relative, an adverbial clause)."""
    while token.dep_ in PATH_DEPS and token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _located(ent: Span) -> bool:
    """A place predicated with a copula (`X était à Rome`): the place governs the copula written just
    before its preposition."""
    cop = ent.doc[ent.start - 2] if ent.start > 1 else None
    return cop is not None and cop.dep_ == "cop" and cop.head.i == ent.root.i and cop.lemma_.lower() == "être"


def _paragraphs(text: str) -> int:
    """How many paragraph breaks a stretch of text crosses."""
    return len(re.findall(r"\n\s*", text))


def _ents(sent: Span) -> list[Span]:
    """`sent.ents` from the Doc's index: `Span.ents` makes every entity of the Doc anew at each reading,
    and the trip reads each sentence's entities three times."""
    return DocIndex.of(sent.doc).ents_in(sent)


def _days(sent: Span, clause: tuple[int, int] | None = None) -> list[str]:
    """The days a sentence names; with `clause`, those within those characters only."""
    lo, hi = clause or (sent.start_char, sent.end_char)
    return [e._.normalized for e in _ents(sent) if e.label_ == "DATE" and e._.normalized
            and granularity(e._.normalized) == "day" and first_day(e._.normalized) is not None
            and lo <= e.start_char and e.end_char <= hi]


def _clause_of(verb: Token, sent: Span) -> tuple[int, int]:
    """The characters whose days tell when a movement verb took them there: a relative clause's own
    (`a bouclé jeudi à X une tournée qui l'a d'abord conduit à Y`: Thursday is the main verb's day, not
    Y's), else the whole sentence."""
    if verb.dep_ != "acl:relcl":
        return sent.start_char, sent.end_char
    return verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)


def _mention_keys(doc: Doc) -> list[tuple[int, int, str]]:
    return [(start, end, o["key"]) for o in doc._.officials or [] for start, end in o.get("mentions") or []]


def _subject_keys(verb: Token, keys: list[tuple[int, int, str]]) -> list[str]:
    found: list[str] = []
    for child in verb.children:
        if child.dep_.startswith("nsubj"):
            lo, hi = child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
            found += [k for s, e, k in keys if lo <= s and e <= hi and k not in found]
    return found
