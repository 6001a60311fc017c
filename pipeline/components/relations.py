"""Stage 4c: typed links between people and organisations.

- MET: people who took part in the same meeting (a planned or cancelled one links no one): the meeting's
  participants, from which the meeting stage left those only spoken of (`un message du président X`). In side
  meetings named in the plural (`la délégation a participé à des réunions avec A, B, C`) the people
  listed met the delegation, not each other: pairs are made only with the people of the subject; one
  side meeting (`a réuni X et Y pour une réunion trilatérale`) pairs everyone.
- HOSTED: the subject of a hosting verb -> the people it received (`a accueilli son homologue X`, also
  where the meeting stage paired no one: `homologue` the object of an active `accueillir`, `recevoir`); the
  host read from the parse -> the participants of other countries (not those of its own).
- COUNTERPART_OF: `son homologue [pakistanais], le général X` (X in apposition): X and the person named
  last before `homologue` (the possessor of `son`; in an earlier sentence, the last one spoken of as a
  subject); `ses homologues : X, Y`: each of them; `son homologue russe` with no name after it: the one
  person of that country the article names (of several, the one of the possessor's office, then the
  one spoken of last before, in an earlier sentence: `counterparts.py`).
- MEMBER_OF: a person -> the organisation of the role; for a role that is an office of an international
  organisation (`office` in roles.yml: `secrétaire général`), with no organisation given, the one named nearest;
  and what the text states beside an organisation's name (`X, membre du CNSP`, `la commission, présidée
  par X`, `à la tête de la Marine nationale, le vice-amiral X`); a member of an organ of a body whose acronym
  follows the organ's name (`le Comité central du Parti communiste chinois (PCC)`) is a member of that body too.
- PART_OF: an organisation -> its parent, where both are named in the article, or where the text
  says so (`la Division Sécurité coopérative de l'EMI`).
- ACRONYM_OF: an acronym used in the article -> the organisation's canonical name.
"""

from __future__ import annotations

import unicodedata
from itertools import combinations

from spacy.tokens import Doc, Span

from pipeline.components.affiliation import Affiliation, office_body
from pipeline.components.counterparts import last_before, pick_counterpart
from pipeline.components.interviews import interview_of, turn_at
from pipeline.components.lexicon import Lexicon
from pipeline.components.people import TITLES
from pipeline.components.spans import (
    DocIndex,
    dateline,
    doc_text,
    group_spans,
    own_country_end,
    span_text,
    tokens_with,
)
from pipeline.rulebook.loader import RuleBook


class RelationLinker:
    """Pipeline stage: `doc._.relations`, a list of relation dicts."""

    def __init__(self, lexicon: Lexicon, counterpart_words: set[str],
                 membership: dict[str, set[str]] | None = None, host_verbs: set[str] = frozenset(),
                 crowd_size: int = 0) -> None:
        self.lexicon = lexicon
        self.crowd_size = crowd_size
        self.host_verbs = host_verbs
        self.membership = membership or {}
        self.affiliation = Affiliation(lexicon)  # `le commandement de la force`: the body a definite noun speaks of
        self.orgs = lexicon.by_file("organisations")
        self.countries = lexicon.by_file("countries")
        # the organisations of the lists by their name in lower case (the first entry of a name, as a scan
        # of the file in order finds it): a person's organisation looked up per person, not by a scan
        self.org_named: dict[str, dict] = {}
        for entry in self.orgs.values():
            if entry.get("name"):
                self.org_named.setdefault(entry["name"].lower(), entry)
        self.counterpart_words = counterpart_words
        self.handed: dict[str, tuple[str, str]] = {}  # per Doc: a change of command's officer -> (unit, its head id)
        # a place -> its country (countries.yml `places`, the country's own names): where a meeting is held
        self.place_countries = {n.lower(): e["name"] for e in lexicon.by_file("countries").values() if e.get("name")
                                for n in [e["name"], *(e.get("aliases") or []), *(e.get("places") or [])]
                                if not e["id"].startswith("r.")}

    def __call__(self, doc: Doc) -> Doc:
        people = {p["key"]: p for p in doc._.officials or []}
        self.idx = DocIndex.of(doc)
        rows: list[dict] = []
        rows += self._meetings(doc, people)
        rows += self._counterparts(doc, people)
        self._counterpart_roles(people, rows)
        rows += self._members(doc, people)
        rows += self._members_in_text(doc, people)
        self._organisations_of_members(people, rows)
        self._commands_of_handovers(people)
        rows += self._chairs(doc, people)
        rows += self._organisations(doc)
        rows += self._bodies_of_acronym(doc, rows)
        rows = _stated_hosts_first(rows)
        seen, unique = set(), []
        for row in rows:
            key = (row["subject_id"], row["relation"], row["object_id"])
            if row["relation"] in ("MET", "COUNTERPART_OF"):
                key = (min(key[0], key[2]), row["relation"], max(key[0], key[2]))
            if key not in seen and row["subject_id"] != row["object_id"]:
                seen.add(key)
                unique.append(row)
        doc._.relations = unique
        return doc

    def _meetings(self, doc: Doc, people: dict[str, dict]) -> list[dict]:
        rows = []
        for meeting in doc._.meetings or []:
            if meeting.get("status") in ("planned", "cancelled"):
                continue  # only those who took part met: a meeting still to come, or called off, links no one
            where = (meeting["sentence"], meeting["start_char"], meeting["end_char"])
            # the meeting stage kept only those who took part (`un message du président X`: spoken of)
            present = list(meeting["people"])
            if meeting["side"] and not _one_meeting(doc, meeting) and not self._gathered(doc, meeting):
                subjects = [p for p in meeting["subject"] if p in present]
                pairs = [(s, o) for s in subjects for o in present if o not in subjects]
                pairs += list(combinations(subjects, 2))  # `A, B et C se sont entretenus avec X`: side by side
            elif self._crowd_host(meeting, present, people):
                # a crowd received by one host (`le sommet a réuni une cinquantaine de chefs d'État`): each
                # guest met the host; that two guests met among the crowd the text does not say
                host = meeting["host"]
                pairs = [(host, o) for o in present if o != host]
            else:
                apart = self._partners_in_turn(doc, meeting, people)
                pairs = [(a, b) for a, b in combinations(present, 2) if not (a in apart and b in apart)]
            rows += [_row("MET", a, b, *where, meeting["rule"]) for a, b in pairs]
            titles = self._counted_titles(doc, meeting)
            if titles:
                rows += [_row("COUNTERPART_OF", a, b, *where, "rule:relations:same-office-met")
                         for a, b in self._same_office(pairs, people, titles)]
            attending = self._attending(doc, meeting, people)
            for host, guest, sentence, start, end in meeting["hosted"]:
                if guest in present and guest not in attending and not self._chaired_with(doc, start, end):
                    for one in [host, *_cohosts(doc, people, host, start, end)]:
                        if one != guest:
                            rows.append(_row("HOSTED", one, guest, sentence, start, end, meeting["rule"]))
            guests = _foreign_guests({**meeting, "people": present}, self._with_countries(people),
                                     self._home(doc, meeting, people), self._international)
            guests += self._guests_of_international_host(meeting, present, people)
            for guest in guests:
                if guest not in attending:
                    rows.append(_row("HOSTED", meeting["host"], guest, *where, "rule:relations:host-of-foreign-guests"))
            if not meeting.get("remote"):
                rows += [r for r in self._clause_hosts(doc, meeting, people, present)
                         if r["object_id"] not in attending]
        return rows

    def _gathered(self, doc: Doc, meeting: dict) -> bool:
        """A side meeting told by a verb that brings its object together (relations.yml `gathering_verbs`:
        `X a réuni A et B en marge du sommet`): A and B met each other too, as at one table; a verb with a
        partner (`X s'est entretenu avec A, puis avec B`) tells meetings with X only."""
        verbs = self.membership.get("gathering_verbs", set())
        span = doc.char_span(meeting["start_char"], meeting["end_char"], alignment_mode="expand")
        return span is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in verbs and any(
            c.dep_ == "obj" for c in t.children) for t in span)

    def _partners_in_turn(self, doc: Doc, meeting: dict, people: dict[str, dict]) -> set[str]:
        """The people one person held talks with in turn (relations.yml `turn_verbs`): `X s'est entretenu avec A,
        B ainsi qu'avec C`, `X a rencontré A et B`, a verb of the meeting's sentences with one subject (no other
        subject coordinated to it) and two or more people coordinated in its complement (its object, or a phrase
        of `turn_partner_words`, or a bare noun phrase the parser hangs on the verb as an oblique). Each of them met
        X; the text does not say they met one another."""
        verbs = self.membership.get("turn_verbs", set())
        partner_words = self.membership.get("turn_partner_words", set())
        if not verbs:
            return set()
        at = {start: key for key, person in people.items() for start, _ in person["mentions"]}
        apart: set[str] = set()
        for sent in meeting_sentences(doc, meeting):
            for verb in sent:
                if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
                    continue
                subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
                if len(subjects) != 1 or any(c.dep_ == "conj" and any(g.dep_ == "cc" for g in c.children)
                                             for c in subjects[0].children):
                    continue  # `A et B se sont rencontrés`, `A et B se sont entretenus avec C`: side by side (a
                    # name after its title and a comma, which the parser may read as a conjunct, has no `et`)
                heads = [c for c in verb.children if c.dep_ == "obj" or c.dep_.startswith("obl") and (
                    not any(g.dep_ == "case" for g in c.children)  # an object the parser read as a bare oblique
                    or any(g.dep_ == "case" and g.lower_ in partner_words for g in c.children))]
                named = {key for head in heads for word in _listed(head) if (key := _person_at(doc, word, at))}
                if len(named) >= 2:
                    apart |= named
        return apart

    def _attending(self, doc: Doc, meeting: dict, people: dict[str, dict]) -> set[str]:
        """The people the meeting's sentences name only as attending (relations.yml `attendance_nouns`:
        `en présence du ministre X`, `X a reçu Y en présence de l'ambassadeur Z`): a witness of the audience,
        often of the host's own side, neither host nor guest. One named elsewhere in those sentences outside
        such a phrase (the object of the host verb) is not one of them."""
        nouns = self.membership.get("attendance_nouns", set())
        sents = meeting_sentences(doc, meeting)
        windows = []  # (start_char, end_char) of each `en présence de ...` beside a host verb, up to the next verb
        lower = self.idx.lower  # the attendance nouns found in the column: no Python Token of the other words
        for sent in sents:
            for t in (doc[i] for i in range(sent.start, sent.end) if lower[i] in nouns):
                if t.i == sent.start or doc[t.i - 1].lower_ != "en":
                    continue
                verb = next((a for a in t.ancestors if a.pos_ == "VERB"), None)
                if verb is None or verb.lemma_.lower() not in self.host_verbs or verb.i > t.i:
                    continue  # `la cérémonie s'est déroulée en présence de X`: X took part, the ceremony's guest;
                    # `après un accueil en présence des élus, X a été reçu par Y`: the phrase before the verb
                if not any(c.dep_ in ("obj", "iobj", "nsubj:pass") for c in verb.children):
                    continue  # `X a accueilli au palais, en présence de A et B, la réunion des trois pays`: a host
                    # verb with no one received (no object, as the parse reads it): those present are its guests
                stop = next((u for u in doc[t.i + 1:sent.end] if u.pos_ in ("VERB", "AUX") or u.text == ";"), None)
                windows.append((t.idx, stop.idx if stop is not None else sent.end_char))
        if not windows:
            return set()
        inside: dict[str, bool] = {}
        for key, person in people.items():
            for start, _ in person["mentions"]:
                if not any(s.start_char <= start < s.end_char for s in sents):
                    continue
                witnessed = any(a <= start < b for a, b in windows)
                inside[key] = inside.get(key, True) and witnessed
        return {key for key, witnessed in inside.items() if witnessed}

    def _counted_titles(self, doc: Doc, meeting: dict) -> set[str]:
        """The titles (lemmas, lower case) under which the meeting's sentences, or the one right after them, count
        its people: `les deux
        ministres`, `les trois ministres de la Défense`, `les deux chefs d'état-major` (a plural title, ROLE or
        RANK, with a numeral): the text says they hold one office."""
        sents = meeting_sentences(doc, meeting)
        if sents and sents[-1].end < len(doc):  # `X a reçu Y. Les deux ministres ont signé ...`: the sentence after
            sents = [*sents, self.idx.sent(sents[-1].end)]
        return {token.lemma_.lower() for sent in sents for ent in self.idx.ents_over(sent.start, sent.end)
                if ent.label_ in ("ROLE", "RANK")  # the titles' words only, not a Token of every word
                for token in doc[max(ent.start, sent.start) : min(ent.end, sent.end)]
                if "Plur" in token.morph.get("Number") and any(c.dep_ == "nummod" for c in token.children)}

    def _same_office(self, pairs: list[tuple[str, str]], people: dict[str, dict],
                     titles: set[str]) -> list[tuple[str, str]]:
        """Of the pairs who met, those holding the same office (`_office`: the role, or the office it shares
        abroad, `counterpart_role`), not for one country (a country unknown may differ), whose role or rank
        holds one of the `titles` the text counts them under (`_counted_titles`): the defence ministers of two
        states at one table, `les deux ministres`, are counterparts. Not a past office (`l'ancien ministre`)."""
        found = []
        for a, b in pairs:
            one, other = people.get(a), people.get(b)
            if one is None or other is None:
                continue
            office = self._office(one)
            countries = {one.get("country") or self._org_country(one), other.get("country") or self._org_country(other)}
            held = [{w.lower() for w in f"{p.get('role') or ''} {p.get('rank') or ''}".split()} for p in (one, other)]
            if not all(h & titles for h in held):
                continue  # `les deux ministres`: of those who met, only the ministers
            if office and office == self._office(other) and ("" in countries or len(countries) == 2) and \
                    bool(one.get("organisation")) == bool(other.get("organisation")):  # a head of state, an
                # association's `président`: not one office
                found.append((a, b))
        return found

    def _with_countries(self, people: dict[str, dict]) -> dict[str, dict]:
        """The people, those of no country given the country of the organisation they serve when the lists
        give it one (a minister of the `ministère des Armées` is French): whom a host received from abroad."""
        return {key: person if person.get("country") else {**person, "country": self._org_country(person)}
                for key, person in people.items()}

    def _org_country(self, person: dict) -> str:
        """The country of the person's organisation in the lists (organisations.yml `country`, or that of a
        parent), by its name in countries.yml; "" when none."""
        org = (person.get("organisation") or "").lower()
        entry = self.org_named.get(org) if org else None
        seen: set[str] = set()
        while entry is not None and entry.get("id") not in seen:
            seen.add(entry.get("id"))
            if entry.get("country"):
                return (self.countries.get(entry["country"]) or {}).get("name") or ""
            entry = self.orgs.get(entry.get("parent") or "")
        return ""

    def _guests_of_international_host(self, meeting: dict, present: list[str], people: dict[str, dict]) -> list[str]:
        """A host serving an organisation of states (relations.yml `international_kinds`: the secretary general
        of the OTAN, the chair of its military committee) received, in a meeting read from the parse and held in
        one place, each participant who does not serve such an organisation himself: he hosts every
        country's people, having none of his own; his colleagues of the organisation came with him."""
        host = meeting.get("host")
        person = people.get(host or "", {})
        if not host or person.get("country") or not meeting.get("strong_host") or meeting.get("remote") \
                or meeting.get("side") or host not in present or not self._international(person):
            return []
        return [p for p in present if p != host and p in people and not self._international(people[p])]

    def _international(self, person: dict) -> bool:
        """The person, of no country, serves an organisation of the lists that belongs to no country, nor
        do its parents (`OTAN`, `Commission européenne`): he comes from abroad wherever he is received."""
        org = (person.get("organisation") or "").lower()
        entry = self.org_named.get(org) if org else None
        seen: set[str] = set()
        while entry is not None and entry.get("id") not in seen and not entry.get("country"):
            seen.add(entry.get("id"))
            parent = self.orgs.get(entry.get("parent") or "")
            if parent is None:  # the root: an organisation of states (relations.yml `international_kinds`)
                return entry.get("kind") in self.membership.get("international_kinds", set())
            entry = parent
        return False

    def _home(self, doc: Doc, meeting: dict, people: dict[str, dict]) -> str:
        """The host's country: his own, else that of the place the meeting is held in (a host receives at
        home: `X a réuni à Paris ...`), else of the one place its first sentence names; "" when none is known,
        or the host serves an organisation of states (relations.yml `international_kinds`)."""
        host = meeting.get("host")
        if not host:
            return ""
        place = (meeting.get("location") or "").lower()
        if people.get(host, {}).get("country") or self._international(people.get(host, {})):
            return people.get(host, {}).get("country") or ""  # the secretary general has no home: not a host at home
        return self._org_country(people.get(host, {})) or self.place_countries.get(place, "") or \
            self._sentence_country(doc, meeting) or self._dateline_country(doc)

    def _dateline_country(self, doc: Doc) -> str:
        """The country of the place a dispatch was filed from (`Bamako, 16 sept (AMAP) -`, `Niamey, le 3 mai
        2024`, a line opening with a place, a comma and a day): a host of no stated country, in a place the
        lists do not hold (`au palais X`), received at the story's home. "" when no dateline or no known place."""
        found = dateline(doc_text(doc))  # the first, of a known place or not (spans.dateline)
        return self.place_countries.get(found.place.lower(), "") if found is not None else ""

    def _sentence_country(self, doc: Doc, meeting: dict) -> str:
        """The one country of the places named in the meeting's first sentence (a headline `Tchad : ...`, a
        dateline opening it), where the meeting's own place is not one of the lists (`au palais X`); "" when
        none or several. A country that is the `de` complement of a title (`audience avec l'ambassadeur de
        Chine`) says whose the title is, not where the meeting is."""
        sents = meeting_sentences(doc, meeting)[:1]
        found = {self.place_countries.get(e.text.lower()) for sent in sents for e in self.idx.ents_in(sent)
                 if e.label_ in ("GPE", "LOC") and not _of_title(e)} - {None, ""}
        return found.pop() if len(found) == 1 else ""

    def _chaired_with(self, doc: Doc, start: int, end: int) -> bool:
        """The sentence of a host and guest pair says only that they chaired together (`X, qui présidait la
        conférence avec Y`): a verb that presides (relations.yml `chair_verbs`), no
        verb that receives (`accueillir`, `recevoir`)."""
        chair_verbs = self.membership.get("chair_verbs", set())
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        lemmas = {t.lemma_.lower() for t in span if t.pos_ in ("VERB", "AUX")}
        return bool(lemmas & chair_verbs) and not lemmas & self.host_verbs

    def _crowd_host(self, meeting: dict, present: list[str], people: dict[str, dict]) -> bool:
        """A meeting of at least `crowd_size` people (relations.yml) held in one place whose host takes part,
        his guests of two countries at least: a delegation of one country (`le président a reçu le ministre,
        le chef d'état-major et ...`) met as one party, and its people met the host's."""
        host = meeting.get("host")
        if not self.crowd_size or len(present) < self.crowd_size or host not in present or meeting.get("remote"):
            return False
        return len({people.get(p, {}).get("country") for p in present if p != host} - {"", None}) >= 2

    def _clause_hosts(self, doc: Doc, meeting: dict, people: dict[str, dict], present: list[str]) -> list[dict]:
        """Every clause of the meeting's sentences whose active host verb names a person as subject and
        one as object: `X a accueilli A, tandis que Y recevait B` (the meeting keeps one host; Y hosted B
        too). Both must take part in the meeting; a relative clause's person is not its subject."""
        person_at = {s: p["key"] for p in people.values() for s, _ in p["mentions"]}
        rows = []
        for sent in meeting_sentences(doc, meeting):  # the host verbs' lemmas found in the column, then their Tokens
            for verb in (doc[i] for i in self.idx.lemmas_in(self.host_verbs, sent.start, sent.end)):
                if verb.pos_ != "VERB" or any(
                        c.dep_ in ("expl:comp", "expl:pv") or "Neg" in c.morph.get("Polarity") for c in verb.children):
                    continue
                if _passive(verb):  # `X et Y ont été reçus par Z`: Z hosted each of those named as subject
                    hosts = _named(verb, ("obl:agent",), person_at)
                    guests = _named(verb, ("nsubj:pass", "nsubj"), person_at)
                else:
                    hosts = _named(verb, ("nsubj",), person_at)
                    guests = _named(verb, ("obj",), person_at)
                if len(hosts) == 1 and hosts[0] in present:
                    rows += [_row("HOSTED", hosts[0], g, span_text(sent).strip(), sent.start_char, sent.end_char,
                                  "rule:relations:hosted-clause") for g in guests if g in present and g != hosts[0]]
            rows += self._unnamed_guests(sent, meeting, person_at, present)
        return rows

    def _unnamed_guests(self, sent: Span, meeting: dict, person_at: dict[int, str], present: list[str]) -> list[dict]:
        """A hosting verb whose guests are named by no name (`les deux ministres ont été accueillis par X`,
        `tous deux avaient été reçus par X`, `X a reçu son hôte`): X, the one person of its subject (active)
        or agent (passive), hosted the meeting's other people, save those named in the verb's own clause
        beside him (`en présence de Y`). A verb with a named guest is the clause rule's."""
        rows = []  # the host verbs' lemmas found in the column, then their Tokens
        for verb in (sent.doc[i] for i in self.idx.lemmas_in(self.host_verbs, sent.start, sent.end)):
            if verb.pos_ != "VERB" or any(
                    c.dep_ in ("expl:comp", "expl:pv") or "Neg" in c.morph.get("Polarity") for c in verb.children):
                continue
            passive = _passive(verb)
            guest_deps = ("nsubj:pass", "nsubj") if passive else ("obj",)
            arguments = [c for c in verb.children if c.dep_ in guest_deps]
            if len(arguments) != 1 or _named(verb, guest_deps, person_at) or \
                    arguments[0].lower_ in self.counterpart_words:  # `son homologue, X`: the counterpart rule's
                continue
            plural = "Plur" in arguments[0].morph.get("Number") or any(
                c.dep_ == "nummod" for c in arguments[0].children)  # `les deux ministres`, `ils`, `tous deux`
            if not plural and arguments[0].lemma_.lower() not in self.membership.get("guest_nouns", set()):
                continue  # `le drapeau lui a été remis par X`, `il a été reçu par X`: no one unnamed received
            if plural and not _office_holders(arguments[0]):
                continue  # `X a accueilli les militaires`, `les familles`: a crowd, not the meeting's people
            hosts = _named(verb, ("obl:agent",) if passive else ("nsubj",), person_at)
            if passive and not hosts:  # `reçus par le président X`: the parser may hang the agent as `obl`
                hosts = [h for c in verb.children if c.dep_ == "obl" and any(t.lower_ == "par" for t in c.children)
                         for h in _named(verb, ("obl",), person_at)][:1]
            if not hosts:  # `par le directeur du chantier, X`: the parser hangs the name in apposition elsewhere
                phrase = next((c for c in verb.children if c.dep_ == ("obl:agent" if passive else "nsubj")), None)
                after = phrase.right_edge.i + 1 if phrase is not None else len(sent.doc)
                if after + 1 < len(sent.doc) and sent.doc[after].text == "," and sent.doc[after + 1].idx in person_at:
                    hosts = [person_at[sent.doc[after + 1].idx]]
            if len(hosts) != 1 or hosts[0] not in present:
                continue
            beside = {person_at[t.idx] for t in verb.subtree if t.idx in person_at}
            guests = [g for g in present if g not in beside]
            if not plural and len(guests) != 1:
                continue  # `son hôte`: one person, the meeting's one other
            rows += [_row("HOSTED", hosts[0], g, span_text(sent).strip(), sent.start_char, sent.end_char,
                          "rule:relations:hosted-unnamed-guests") for g in guests]
        return rows

    def _counterparts(self, doc: Doc, people: dict[str, dict]) -> list[dict]:
        """The person named right after `homologue` is the counterpart of the person named last before it."""
        person_at = {start: p["key"] for p in people.values() for start, _ in p["mentions"]}
        sides = self._side_countries(doc, person_at)
        rows = []
        for i in tokens_with(doc, "LOWER", self.counterpart_words):
            token = doc[i]
            sent = self.idx.sent(token.i)
            ents = self.idx.ents_in(sent)
            after = [e for e in ents if e.label_ == "PERSON" and e.start > token.i and e.start_char in person_at]
            before = [person_at[e.start_char] for e in ents  # a ROLE may name a person: `la ministre`
                      if e.label_ in ("PERSON", "ROLE") and e.end <= token.i and e.start_char in person_at]
            titles = [e for e in ents if e.label_ == "ROLE" and e.end <= token.i]
            speaker = self._interview_possessor(doc, token)
            if speaker and speaker in people:  # `j'ai reçu mon homologue X`: the interviewee's counterpart
                before, titles = [speaker], []
            spoken_of = not before
            if not before:  # `Il a rencontré son homologue`: the last person spoken of as a subject, else the last
                spoken = [e for e in self.idx.ents_before(sent.start)
                          if e.label_ == "PERSON" and e.start_char in person_at]
                gender = _pronoun_gender(token)  # `elle a rencontré son homologue`: not the last man spoken of
                spoken = [e for e in spoken if not gender or people[person_at[e.start_char]]["rules"].get(
                    "gender", gender) == gender]
                subject = [e for e in spoken if _subject(e)]
                before = [person_at[e.start_char] for e in (subject or spoken)[:1]]
            by_title = spoken_of and titles and self._title_holder(people, titles[-1], [])
            if by_title:  # `le ministre chinois de la Défense s'entretient avec son homologue russe` (a headline):
                # the title's one holder is the possessor, whose office picks among the Russians; the title
                # states the office he meets his counterpart in, whatever role he is given first
                before = by_title
            # `ses homologues : le président du Faso, X, le président de la Transition, Y`: every one named after
            plural = "Plur" in token.morph.get("Number") or token.lower_.endswith("s")
            if plural:  # not one named as another's (`ses homologues, lors de la réunion présidée par X`)
                of_words = self.lexicon.grammar.of_words
                named = list(dict.fromkeys(person_at[e.start_char] for e in after if not _chairing(token, e, of_words)
                                           and not _possessor_after(token, e)))
            else:  # `son homologue pakistanais, le général X`: the name in apposition, no verb between
                named = [person_at[e.start_char] for e in after[:1] if _apposed(token, e)]
                if named and before:  # `aux côtés de son homologue A, X, et du ministre nigérien de la Défense, Y`
                    named += self._coordinated_of_office(doc, people, after, person_at, before[-1])
            # `son homologue russe` with no name after it, `ses homologues français, britannique (X)`: the one
            # person of that country the article names
            for country in self._demonyms_after(doc, token, ents):
                of_country = [k for k, p in people.items() if (p.get("country") or sides.get(k)) == country]
                if any(k in named for k in of_country):
                    continue  # `ses homologues japonais, X`: X is the one of that country
                if len(of_country) > 1 and before and (found := self._pair_of_office(people, before, of_country)):
                    before, of_country = found  # `X, reçu par le président Y, ... avec son homologue ghanéenne`
                elif len(of_country) > 1 and before:  # several: the one of the same office (`homologue`)
                    role = (people.get(before[-1], {}).get("role") or "").lower()
                    same = [k for k in of_country if role and (people[k].get("role") or "").lower() == role]
                    # else of the same kind of office: `ministre des Armées` and `ministre de la Défense`,
                    # not `Premier ministre` nor `ambassadrice`
                    kind = same or [k for k in of_country if role and (
                        people[k].get("role") or "").lower().split(" ")[0] == role.split(" ")[0]]
                    of_country = self._counterpart_of_office(doc, people, kind or of_country, before[-1], token.idx)
                elif of_country and before and not by_title and \
                        self._offices_differ(people.get(before[-1]), people[of_country[0]]):
                    # `X, reçu par le président Y après des entretiens avec son homologue guinéen`: X's, not Y's;
                    # `le ministre français, accueilli par son homologue tchadien`: not the president
                    before = self._antecedent_of_office(people, before, of_country[0])
                    if not before:
                        break
                if len(of_country) == 1 and of_country[0] not in named and (plural or not named):
                    named.append(of_country[0])
            if not plural and not named and before:  # `Reçu par X, il a inauguré avec son homologue ivoirien ...`
                found = self._countryless_counterpart(doc, people, sides, token, before)
                if found:
                    before, named = [found[0]], [found[1]]
            if spoken_of and titles:  # `le ministre de la Défense reçoit son homologue allemand X` (a headline)
                before = self._title_holder(people, titles[-1], named) or before
            elif not plural and len(named) == 1:
                before = self._antecedent_of_office(people, before, named[0]) or before
            if not plural and not named and not self._demonyms_after(doc, token, ents):
                # `Reçu par son homologue, le président X a ...`: no name, no demonym; the one of his office
                main = _main_subject_after(token, person_at) if spoken_of else ""
                before = [main] if main else before
                named = self._one_of_office(people, before[-1]) if before else []
            # `X a été accueilli par son homologue [tchadien]`: the counterpart received X
            hosted_by = not plural and _passive_agent_of_host(token, self.host_verbs)
            hosts = _hosted_object(token, self.host_verbs)  # `X a reçu ses homologues A et B`: each of them
            for other in named:
                if before and other != before[-1]:
                    rule = "rule:relations:counterparts"
                    rows.append(_row("COUNTERPART_OF", other, before[-1], span_text(sent).strip(), sent.start_char,
                                     sent.end_char, rule))
                    if hosts:  # `X a accueilli son homologue, Y`: X, the subject, received Y
                        rows.append(_row("HOSTED", before[-1], other, sent.text.strip(), sent.start_char,
                                         sent.end_char, "rule:relations:hosted-counterpart"))
                    if hosted_by:  # `X, reçu par son homologue`: the counterpart received X
                        rows.append(_row("HOSTED", other, before[-1], sent.text.strip(), sent.start_char,
                                         sent.end_char, "rule:relations:hosted-by-counterpart"))
            # `son homologue burkinabè A et le ministre nigérien de la Défense B`: the two counterparts of one
            # person, named as one, hold his office for two other countries: each other's counterparts too (not
            # `ses homologues A, B et C`, a list of guests of whom the text says nothing more)
            rows += [_row("COUNTERPART_OF", a, b, span_text(sent).strip(), sent.start_char, sent.end_char,
                          "rule:relations:counterparts-together") for a, b in combinations(dict.fromkeys(named), 2)
                     if not plural and before and before[-1] not in (a, b) and _other_countries(people[a], people[b])]
        return rows

    def _interview_possessor(self, doc: Doc, token) -> str:
        """`mon homologue` in an answer of an interview (`interviews.py`), `votre homologue` in a question
        (relations.yml `answer_possessives`, `question_possessives`): the possessive stands for the one who
        answers, whoever the sentence names before it (`En février, j'ai reçu à Dakar mon homologue gambien, X`).
        "" elsewhere: a `mon` of a quotation in an ordinary article, a possessive of the third person."""
        turn = turn_at(doc, token.idx)
        if turn is None:
            return ""
        words = self.membership.get("answer_possessives" if turn["kind"] == "answer" else "question_possessives", set())
        if not any(c.dep_ == "det" and c.lower_ in words for c in token.children):
            return ""
        return turn["speaker"] or (interview_of(doc) or {}).get("interviewee", "")

    def _countryless_counterpart(self, doc: Doc, people: dict[str, dict], sides: dict[str, str], token,
                                 before: list[str]) -> tuple[str, str] | None:
        """`Accueilli par X, il a inauguré avec son homologue ivoirien ...`: `son homologue <demonym>` whose
        country no person of the article has, in a clause whose subject is a personal pronoun: the one person
        named before it in the sentence, of no country known and of no other office, is that counterpart, and
        the pronoun stands for the last person spoken of as a subject before the sentence, of another country.
        (subject, counterpart), or None."""
        demonyms = self._demonyms_after(doc, token, self.idx.ents_in(self.idx.sent(token.i)))
        if len(demonyms) != 1 or any((p.get("country") or sides.get(k)) == demonyms[0] for k, p in people.items()):
            return None
        verb = token.head
        if not any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" and c.i < token.i for c in verb.children):
            return None
        loose = [k for k in dict.fromkeys(before) if not (people[k].get("country") or sides.get(k))]
        if len(loose) != 1:
            return None
        sent = self.idx.sent(token.i)
        person_at = {start: p["key"] for p in people.values() for start, _ in p["mentions"]}
        gender = _pronoun_gender(token)
        spoken = [person_at[e.start_char] for e in self.idx.ents_before(sent.start)
                  if e.label_ == "PERSON" and e.start_char in person_at and _subject(e)
                  and (not gender or people[person_at[e.start_char]]["rules"].get("gender", gender) == gender)]
        subject = next((k for k in spoken if k != loose[0]), "")
        country = (people.get(subject) or {}).get("country") or sides.get(subject)
        other = people[loose[0]]
        if not subject or not country or country == demonyms[0] or \
                (other.get("role") and not self._offices_meet(people[subject], other)):
            return None
        return subject, loose[0]

    def _antecedent_of_office(self, people: dict[str, dict], before: list[str], other: str) -> list[str]:
        """`X a été reçu par le président Y, après des entretiens avec son homologue guinéen Z`: of several people
        named before `son homologue`, the one whose office meets the counterpart's (a counterpart holds the
        same office), of another country than his; [] when none or several do (the last one named stays)."""
        counterpart = people.get(other) or {}
        country = counterpart.get("country")
        found = [k for k in dict.fromkeys(before) if k != other and k in people
                 and not (country and people[k].get("country") == country)
                 and self._offices_meet(people[k], counterpart)]
        return found if len(found) == 1 and len(set(before) - {other}) > 1 else []

    def _coordinated_of_office(self, doc: Doc, people: dict[str, dict], after: list[Span],
                               person_at: dict[int, str], of: str) -> list[str]:
        """`son homologue burkinabè, X, et du ministre nigérien de la Défense, Y`: the title coordinated (`et`, then
        `de`) with the counterpart named in apposition, then its holder in apposition: Y holds the office of `of`,
        of another country, and is his counterpart too (the text names them as one). [] otherwise."""
        if not after:
            return []
        of_words = self.lexicon.grammar.of_words
        i = after[0].end
        i += i < len(doc) and doc[i].text == ","
        if i + 2 >= len(doc) or doc[i].lower_ != "et" or doc[i + 1].lower_.replace("’", "'") not in of_words:
            return []
        role = self.idx.ent_starting(i + 2)
        if role is None or role.label_ != "ROLE":
            return []
        holder = next((e for e in after[1:2] if e.start > role.end and e.start - role.end < 8
                       and doc[role.end:e.start].text.count(",") == 1 and doc[role.end].text == ","), None)
        if holder is None:
            return []
        other, one = people[person_at[holder.start_char]], people.get(of) or {}
        if not one.get("country") or other.get("country") in ("", None, one.get("country")) or \
                not self._offices_meet(one, other):
            return []
        return [other["key"]]

    def _pair_of_office(self, people: dict[str, dict], before: list[str],
                        of_country: list[str]) -> tuple[list[str], list[str]] | None:
        """Several people named before `son homologue <démonyme>` and several of that country: the one pair,
        one of each, whose offices meet (`_antecedent_of_office`); None when not exactly one."""
        if len(set(before)) < 2:
            return None
        pairs = {(a, k) for k in of_country for a in self._antecedent_of_office(people, before, k)}
        if len(pairs) != 1:
            return None
        antecedent, counterpart = pairs.pop()
        return [antecedent], [counterpart]

    def _offices_differ(self, one: dict | None, other: dict) -> bool:
        """Both hold an office the roles name, neither one office (`_offices_meet`) nor one kind of office
        (the same head word: `ministre des Armées` and `ministre des Forces armées`): a foreign minister's
        counterpart is no head of state. No role decides nothing."""
        if not one or not self._office(one) or not self._office(other):
            return False
        one_word, other_word = ((p.get("role") or "").lower().split(" ")[0] for p in (one, other))
        return one_word != other_word and not self._offices_meet(one, other)

    def _one_of_office(self, people: dict[str, dict], of: str) -> list[str]:
        """`son homologue` with no name nor demonym: the one person of the article, of another known country
        than `of`'s, who holds his office (the same office class, or a role the one names as the same,
        roles.yml `same_as`: `chef de l'État` and `président`); [] when none or several."""
        person = people.get(of)
        country = (person or {}).get("country")
        if not person or not country or not self._office(person):
            return []
        found = [k for k, p in people.items() if k != of and p.get("country") and p["country"] != country
                 and self._offices_meet(person, p)]
        return found if len(found) == 1 else []

    def _offices_meet(self, one: dict, other: dict) -> bool:
        """The two hold one office: the same office class, or one role names the other as the same
        (roles.yml `same_as`)."""
        a, b = self._office(one), self._office(other)
        if not a or not b:
            return False
        if a == b:
            return True
        same_a = self.lexicon.entry(f"roles:{a}").get("same_as") or []
        same_b = self.lexicon.entry(f"roles:{b}").get("same_as") or []
        # `le président ukrainien` and `le président de la République` (French): one title names both
        # (`chef de l'État`, whose `same_as` lists each): heads of state of two countries hold one office
        return b in same_a or a in same_b or any(
            a in (e.get("same_as") or []) and b in (e.get("same_as") or [])
            for e in self.lexicon.by_file("roles").values())

    def _title_holder(self, people: dict[str, dict], title: Span, named: list[str]) -> list[str]:
        """The one person a title names where no name follows it (`le chef de l'armée reçoit son homologue X`,
        a headline): the one holding that role, or a role the title names as the same (roles.yml `same_as`:
        `le chef de l'État` for the president named before), else the one holding the office of the
        counterparts named (a counterpart holds the same office); [] when none or several."""
        others = [k for k in people if k not in named]
        role_of = {k: (people[k]["rules"].get("role") or "").removeprefix("rule:").removesuffix("#head")
                   for k in others}
        holders = [k for k in others if role_of[k] == title.id_] if title.id_ else []
        if not holders and title.id_:
            same = {f"roles:{r}" for r in self.lexicon.entry(title.id_).get("same_as") or []}
            holders = [k for k in others if role_of[k] in same]
        countries = {s._.normalized for s in group_spans(title.doc, "lexicon") if s.label_ == "MISC"
                     and s.id_.startswith("countries:") and title.start <= s.start and s.end <= title.end}
        if len(holders) > 1 and len(countries) == 1:  # `le ministre chinois de la Défense`: of the ministers of
            # defence, the Chinese one
            holders = [k for k in holders if people[k].get("country") in countries]
        if len(holders) != 1:
            wanted = {self._office(people[k]) for k in named if k in people} - {""}
            holders = [k for k in others if wanted and self._office(people[k]) in wanted]
        if not holders:  # `le ministre chinois de la Défense rencontre son homologue américain`: the one person
            # of the country the title names
            holders = [k for k in others if len(countries) == 1 and people[k].get("country") in countries]
        first = {k: min(start for start, _ in people[k]["mentions"]) for k in holders if people[k]["mentions"]}
        if len(first) > 1 and len(first) == len(holders) and \
                all(start > title.start_char for p in people.values() for start, _ in p["mentions"]):
            # a headline, before any name: the title names the one of those the story names first
            # (`le ministre chinois de la Défense rencontre ...`, then `le ministre chinois, X, a rencontré ...`)
            holders = [min(first, key=first.get)]
        return holders if len(holders) == 1 else []

    def _side_countries(self, doc: Doc, person_at: dict[int, str]) -> dict[str, str]:
        """`Côté malien, le ministre X et le chef d'état-major Y ; côté nigérien, ...`: the people named after a
        side word (relations.yml `side_words`) and its demonym, up to the next side or the end of the sentence,
        are of that country. Read for counterparts only, where a person's country is not otherwise known."""
        words = self.membership.get("side_words", set())
        found: dict[str, str] = {}
        for i in tokens_with(doc, "LOWER", words):
            sent = self.idx.sent(i)
            ents = self.idx.ents_in(sent)
            demonym = next((e for e in ents if e.start == i + 1 and e.id_.startswith("countries:")), None)
            if demonym is None or (i > sent.start and doc[i - 1].lower_ not in (",", ";", "et")) or \
                    i + 2 >= len(doc) or doc[demonym.end].text != ",":
                continue  # `aux côtés de`, `du côté de`: no side named
            stop = next((t.i for t in doc[demonym.end:sent.end] if t.lower_ in words), sent.end)
            for e in ents:
                if e.label_ == "PERSON" and demonym.end <= e.start < stop and e.start_char in person_at:
                    found.setdefault(person_at[e.start_char], demonym._.normalized)
        return found

    def _counterpart_of_office(self, doc: Doc, people: dict[str, dict], found: list[str], of: str,
                               char: int) -> list[str]:
        """Of several people `son homologue X` may stand for, the one holding the office of `of` (the
        same role, or the one its `counterpart_role` names: `ministre des Armées` and `ministre de la
        Défense`), then the one spoken of last before `char`; none when still tied (`counterparts.py`)."""
        offices = {k: self._office(people[k]) for k in [*found, of] if k in people}
        latest = {k: last_before(people[k]["mentions"], char, doc) for k in found}
        families = {o: self.lexicon.entry(f"roles:{o}").get("office_family", "") for o in offices.values() if o}
        return pick_counterpart(found, [of], offices, latest, {o: f for o, f in families.items() if f})

    def _office(self, person: dict) -> str:
        """The office a person's role shares with his counterparts abroad (`counterpart_role`, else the role)."""
        role_id = (person["rules"].get("role") or "").removeprefix("rule:").removesuffix("#head")
        entry = self.lexicon.entry(role_id)
        if not entry or person["rules"].get("past_role"):
            return ""
        return entry.get("counterpart_role") or role_id.removeprefix("roles:")

    def _counterpart_roles(self, people: dict[str, dict], rows: list[dict]) -> None:
        """`le ministre des Armées a reçu son homologue grec, X`: X, given no role, holds the civil office
        of the one he is the counterpart of, as the role entry names it for any country (`counterpart_role` in
        roles.yml: the French `ministre des Armées` has `ministre de la Défense` abroad)."""
        for row in rows:
            other, of = people.get(row["subject_id"]), people.get(row["object_id"])
            if row["relation"] != "COUNTERPART_OF" or other is None or of is None or other["role"] or not of["role"]:
                continue
            role_id = (of["rules"].get("role") or "").removeprefix("rule:").removesuffix("#head")
            entry = self.lexicon.entry(role_id)
            if not entry or of["rules"].get("past_role"):
                continue
            if (of["rank"] or other["rank"]) and not self._civil_office(entry):
                continue  # staff titles differ from one army to another (`CEMA`, `CDS`): civil offices only
            if other.get("country") and other.get("country") == of.get("country"):
                continue  # a counterpart is of another country: one of the same was not his counterpart
            if len(self._offices_held(of)) > 1:
                continue  # `le président et chef du gouvernement X ... son homologue`: which office is met?
            target = entry.get("counterpart_role")
            role = self.lexicon.entry(f"roles:{target}").get("role") if target else entry.get("role")
            if role and role.lower() not in self.lexicon.grammar.portfolio_titles:  # `ministre`: of what?
                other["role"] = other["role_as_written"] = role
                other["rules"]["role"] = "rule:relations:counterpart-role"
        for person in people.values():
            if not person["role"] and person.get("counterpart_title"):
                # `son homologue polonais, le général X`: no office of his own told, no civil office read from the
                # one he is the counterpart of (staff titles differ): the counterpart word is his title as written
                person["role"] = person["role_as_written"] = person["counterpart_title"]
                person["rules"]["role"] = "rule:relations:counterpart-title"

    def _civil_office(self, entry: dict) -> bool:
        """A government's office, held abroad under one title whoever holds it, an officer too (`le colonel X,
        ministre de la Défense`): a minister's (grammar.yml `portfolio_titles`), a head of state's or
        government's (`national_leader`), or one whose title abroad (`counterpart_role`) is such an office; not
        a chief of staff's: `chef d'état-major des armées` meets chiefs of defence staff abroad, whose staff
        titles differ from one army to another."""
        head = (entry.get("role") or "").split()[:1]
        abroad = entry.get("counterpart_role")
        return bool(head and head[0].lower() in self.lexicon.grammar.portfolio_titles
                    or entry.get("national_leader")
                    or (abroad and self._civil_office(self.lexicon.entry(f"roles:{abroad}") or {})))

    def _offices_held(self, person: dict) -> list[set[str]]:
        """The offices of the titles the text gives a person (`_note_title`). Titles are one office where
        they share their head word (`président`, `président de la République`), stand for one another
        (`same_as`: `chef de l'État`) or are held abroad as one (`counterpart_role`: `ministre des Armées`,
        `ministre de la Défense`); a title of a portfolio alone (`ministre`), a house's (`prince`), is none."""
        offices: list[set[str]] = []
        for line in person["rules"].get(TITLES, "").split("\n"):
            rule = line.partition("\t")[2].removeprefix("rule:").removesuffix("#head")
            entry = self.lexicon.entry(rule)
            role = (entry or {}).get("role") or ""
            if not role or role.lower() in self.lexicon.grammar.portfolio_titles or entry.get("house_title"):
                continue  # `le prince X, ministre de la Défense`: a title he bears is no office he holds
            names = {rule.removeprefix("roles:"), f"head:{role.split()[0].lower()}", *(entry.get("same_as") or [])}
            if entry.get("counterpart_role"):
                names.add(entry["counterpart_role"])
            joined = [o for o in offices if o & names]
            offices = [o for o in offices if not o & names] + [names.union(*joined)]
        return offices

    @staticmethod
    def _demonyms_after(doc: Doc, token, ents: list[Span]) -> list[str]:
        """The countries of the demonyms right after `homologue(s)`: `son homologue russe`, `ses homologues
        français, britannique (X) et turc (Y)`; the list ends at the first other word outside brackets."""
        by_start = {e.start: e for e in ents}
        countries, i, depth = [], token.i + 1, 0
        while i < len(doc) and i - token.i < 20:
            ent = by_start.get(i)
            if doc[i].text == "(":
                depth += 1
            elif doc[i].text == ")":
                depth -= 1
            elif depth == 0 and ent is not None and ent.label_ == "MISC" and ent.id_.startswith("countries:"):
                countries.append(ent._.normalized)
                i = ent.end
                continue
            elif depth == 0 and doc[i].lower_ not in (",", "et"):
                break
            i += 1
        return countries

    def _members(self, doc: Doc, people: dict[str, dict]) -> list[dict]:
        rows = []
        for person in people.values():
            start, end = person["mentions"][0]
            sent = self.idx.sent(doc.char_span(start, end, alignment_mode="expand").start)
            # `X (N-VA)`: his party fills the officials' column; the gold's memberships are of offices held
            bracketed = person["rules"].get("organisation", "").endswith("+bracketed")
            if person["organisation"] and not bracketed:
                org = person["organisation"]
                rule = person["rules"].get("organisation") or person["rules"].get("role", "")
            else:
                org, rule = self._office_of(doc, person)
            if not org:
                org, rule = self._body_in_role(doc, person)
            if not org:
                org, rule = self._forces_of_chief(person)
            if not org:
                org, rule = self._ministry_of_portfolio(person, people)
            if not org:
                org, rule = self._house_of_head(person)
            if org:
                rows.append(_row("MEMBER_OF", person["key"], org, span_text(sent).strip(),
                                 sent.start_char, sent.end_char, rule, subject=person["name"]))
        return rows

    def _organisations_of_members(self, people: dict[str, dict], rows: list[dict]) -> None:
        """An official whose mentions gave no organisation takes the body a membership the text states names
        (relations.yml `organisation_readings`): `le président de l'Union suisse des paysans, X, l'autre
        candidat` (a later title naming no body took the role), `X a transmis le commandement du 2e REP au
        colonel Y` (the giver and the receiver serve in the unit), `X a succédé au colonel Y à la tête de Z`
        (Y headed Z). The first such reading of the person in the order the rows were read; a reading of a
        title alone (a ministry a portfolio implies, a head's house) leaves the column as the officials stage
        wrote it, weighed there against the person's country."""
        readings = {f"rule:relations:{r}" for r in self.membership.get("organisation_readings", set())}
        for row in rows:
            person = people.get(row["subject_id"])
            if row["relation"] != "MEMBER_OF" or row["rule"] not in readings or person is None \
                    or person["organisation"]:
                continue
            entry = self.org_named.get(row["object"].lower())
            person["organisation"] = row["object"]
            person["organisation_id"] = f"organisations:{entry['id']}" if entry else ""
            person["rules"]["organisation"] = row["rule"]

    def _commands_of_handovers(self, people: dict[str, dict]) -> None:
        """The two officers of a change of command (`_members_by_handover`: `X a transmis le commandement du 2e REP
        au colonel Y`, `X a succédé au colonel Y à la tête de Z`) hold the command of the unit: a regiment's (a
        unit named with an institutions.yml head of relations.yml `corps_heads`) is its `chef de corps`
        (`corps_role`), any other unit's its `commandant` (`command_role`). Given to the one whose organisation
        is that unit and whose mentions gave no title, or only the title's first word (`vous reconnaîtrez pour
        chef le colonel Y`); a title of his own (`X, gouverneur militaire de Lyon, a transmis ...`) stays. Only an
        officer (a person with a rank: `X succède à Y à la tête du département` tells no command), and not at the
        head of a country's whole forces (relations.yml `forces_kinds`: `à la tête de l'Armée suisse`), whose
        chiefs bear the titles of each country (`chef de l'Armée`, `chef d'état-major`)."""
        corps_heads, forces = self.membership.get("corps_heads", set()), self.membership.get("forces_kinds", set())
        roles = {kind: self.lexicon.entry(f"roles:{next(iter(self.membership.get(kind) or ['']), '')}").get("role")
                 for kind in ("corps_role", "command_role")}
        for key, (unit, head) in self.handed.items():
            person = people.get(key)
            title = roles["corps_role" if head in corps_heads else "command_role"]
            if person is None or not title or not person["rank"] or head in forces or person["organisation"] != unit \
                    or person["rules"].get("past_role"):
                continue
            if person["role"] and not title.lower().startswith(person["role"].lower() + " "):
                continue
            person["role"] = person["role_as_written"] = title
            person["rules"]["role"] = "rule:relations:handover-command"

    def _forces_of_chief(self, person: dict) -> tuple[str, str]:
        """A chief of a country's whole forces (relations.yml `forces_chief_roles`: `chef d'état-major de la
        défense`), his role naming no body: the one body of a `forces_kinds` kind the article names, of his
        country (of any, where his country is not known); ("", "") when none or several."""
        role_id = (person["rules"].get("role") or "").removeprefix("rule:roles:").removesuffix("#head")
        if role_id not in self.membership.get("forces_chief_roles", set()) or person["rules"].get("past_role"):
            return "", ""
        kinds = self.membership.get("forces_kinds", set())
        country = person.get("country") or ""
        found = set()
        for ent in self.idx.ents:
            entry = self.orgs.get(ent.id_.removeprefix("organisations:")) if ent.label_ == "ORG" else None
            if not entry or entry.get("kind") not in kinds or not entry.get("country"):
                continue
            name = (self.countries.get(entry["country"]) or {}).get("name") or ""
            if not country or name == country:
                found.add(entry["name"])
        return (found.pop(), "rule:relations:forces-of-chief") if len(found) == 1 else ("", "")

    def _members_in_text(self, doc: Doc, people: dict[str, dict]) -> list[dict]:
        """Membership the text states next to an organisation's name: `X, membre du Conseil national`,
        `la commission des affaires étrangères, présidée par X`, `l'escadron, commandé par X`, `l'EUCOM, que
        dirige X`, `son successeur à la tête de la Marine nationale, le vice-amiral X`, `X prend la tête de Y`."""
        person_at = {start: p["key"] for p in people.values() for start, _ in p["mentions"]}
        persons = [e for e in self.idx.ents if e.label_ == "PERSON" and e.start_char in person_at]
        members, leads, heads = (self.membership.get(k, set()) for k in ("member_nouns", "lead_verbs", "head_nouns"))
        of_words = self.lexicon.grammar.of_words

        def person_within(start: int, end: int) -> str:
            found = next((e for e in persons if start <= e.start < end), None)
            return person_at[found.start_char] if found is not None else ""

        rows = []
        for org in self.idx.ents:
            if org.label_ != "ORG" or not org._.normalized:
                continue
            found = ""
            after = _skip(doc, org.end, {",", "»", ")", "("}, org.end + 4)
            if after + 1 < len(doc) and doc[after].lemma_.lower() in leads and doc[after + 1].lower_ == "par":
                found = person_within(after + 2, after + 8)  # `présidée par notre collègue X`
            elif doc[org.end - 1].text != "»" and (lead := _led_past_aside(doc, org, leads, of_words)) is not None:
                found = person_within(lead + 2, lead + 8)  # `la brigade, de Besançon, commandée par X`
            elif after + 1 < len(doc) and doc[after].lower_ in ("que", "qu'", "qu’") and \
                    doc[after + 1].lemma_.lower() in leads:
                found = person_within(after + 2, after + 6)  # `que dirige le général X`
            before = org.start - 1
            while before >= 0 and doc[before].lower_.replace("’", "'") in of_words and org.start - before < 3:
                before -= 1
            if not found and before >= 0 and before < org.start - 1:
                noun = doc[before]
                if noun.lower_ in members:  # `X, membre du Conseil`, `membre du Conseil, X`
                    left = next((e for e in persons if e.end == before - 1 and doc[before - 1].text == ","), None)
                    found = person_at[left.start_char] if left is not None else ""
                    if not found and after < len(doc) and doc[after - 1].text == "," and \
                            not _speaker_after(doc, org.end, after):
                        found = person_within(after, after + 4)
                elif noun.lower_ in heads and noun.head.pos_ == "VERB":
                    # `X prend la tête de Y`, `X quitte Z pour prendre la tête de Y`: the verb's subject (an
                    # infinitive's, its governing verb's); a name after a comma there opens another clause
                    # (`X quitte Z pour prendre la tête de Y, W lui succède`)
                    subjects = [c for c in _subject_verb(noun.head).children if c.dep_.startswith("nsubj")]
                    found = next((person_at[e.start_char] for c in subjects for e in persons
                                  if e.start <= c.i < e.end or c.i < e.start <= c.i + 4), "")
                elif noun.lower_ in heads and after < len(doc) and doc[after - 1].text == ",":
                    found = person_within(after, after + 6)  # `à la tête de la Marine, le vice-amiral X`
            if found:
                sent = self.idx.sent(org.start)
                rows.append(_row("MEMBER_OF", found, org._.normalized, span_text(sent).strip(), sent.start_char,
                                 sent.end_char, "rule:relations:member-in-text", subject=people[found]["name"]))
        return rows + self._members_by_role(doc, people, persons, person_at) + \
            self._members_by_relative(doc, people, persons, person_at) + \
            self._members_by_title_noun(doc, people, persons, person_at) + \
            self._members_by_handover(doc, people, persons, person_at)

    def _members_by_handover(self, doc: Doc, people: dict[str, dict], persons: list[Span],
                             person_at: dict[int, str]) -> list[dict]:
        """A change of command names two members of the unit. `X a transmis le commandement du 1er RCP au colonel
        Y`, `X a remis au colonel Y le drapeau du régiment Z`: a verb and the thing of command it hands over
        (meetings.yml `command_handover`), the nearest verb before the thing, whose `de`-complement is an organisation,
        handed to a person (relations.yml `handover_to_words`: `au colonel Y`, over determiners and ranks): the giver,
        the verb's subject, and the receiver serve in the unit; handed to no person (`au régiment`), no one. `X a
        succédé au général Y à la tête de Z`, `X remplace Y à la tête de Z` (roles.yml `succession_verbs`, a
        relations.yml `head_nouns` word): the one succeeded, the verb's object, served in Z as X does."""
        handovers = {tuple(p.split()) for p in self.membership.get("command_handover", set())}
        takings = {tuple(p.split()) for p in self.membership.get("command_taking", set())}
        things = {thing for _, thing in handovers | takings}
        from_words = self.membership.get("handover_from_words", set())
        successions, heads = self.membership.get("succession_verbs", set()), self.membership.get("head_nouns", set())
        to_words, of_words = self.membership.get("handover_to_words", set()), self.lexicon.grammar.of_words

        def person_from(token) -> str:  # the person a subject or object names (its rank or name first)
            named = self._apposed_name_start(doc, token.i - 1, True)  # over a rank of many words and a demonym
            return next((person_at[e.start_char] for e in persons if e.start <= token.i < e.end
                         or token.i < e.start <= token.i + 4 or e.start == named), "")

        rows, self.handed = [], {}
        for org, start in self._handover_bodies(doc):
            end = org.end if org.start == start else start + 1  # a body named, or the noun that stands for it
            before = start - 1
            while before >= 0 and doc[before].lower_.replace("’", "'") in of_words and start - before < 3:
                before -= 1
            if before < 0 or before == start - 1:
                continue
            noun, sent, found = doc[before], self.idx.sent(start), []
            if noun.lemma_.lower() in things:
                verb = next((doc[k] for k in range(noun.i - 1, sent.start - 1, -1) if doc[k].pos_ == "VERB"), None)
                if verb is not None and (verb.lemma_.lower(), noun.lemma_.lower()) in takings:
                    found = [*(person_from(c) for c in _subject_verb(verb).children if c.dep_.startswith("nsubj")),
                             self._giver_after(doc, end, sent.end, from_words, person_at, persons)]
                    rows += [_row("MEMBER_OF", key, org._.normalized, span_text(sent).strip(), sent.start_char,
                                  sent.end_char, "rule:relations:handover", subject=people[key]["name"])
                             for key in dict.fromkeys(found) if key]
                    continue
                if verb is None or (verb.lemma_.lower(), noun.lemma_.lower()) not in handovers:
                    continue
                receiver = ""
                for j in range(verb.i + 1, min(sent.end, end + 10)):
                    if doc[j].lower_ in to_words:
                        k = self._apposed_name_start(doc, j, True)
                        receiver = next((person_at[e.start_char] for e in persons if e.start == k), "")
                        if receiver:
                            break
                if receiver:
                    verb = _subject_verb(verb)
                    found = [receiver, *(person_from(c) for c in verb.children if c.dep_.startswith("nsubj"))]
            elif noun.lower_ in heads and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in successions:
                found = [person_from(c) for c in noun.head.children if c.dep_ in ("obj", "obl:arg", "iobj")]
                if any(found):  # the successor, the verb's subject, heads Z now
                    found += [person_from(c) for c in _subject_verb(noun.head).children if c.dep_.startswith("nsubj")]
            listed = self.orgs.get(org.id_.removeprefix("organisations:")) if org.id_.startswith("organisations:") \
                else None  # a body of the lists by its kind, one the grammar read by its head's id
            head = (listed.get("kind") or "") if listed else \
                org._.source.removeprefix("rule:institutions:").split("+")[0]
            for key in found:
                if key:
                    self.handed.setdefault(key, (org._.normalized, head))
            rows += [_row("MEMBER_OF", key, org._.normalized, span_text(sent).strip(), sent.start_char, sent.end_char,
                          "rule:relations:handover", subject=people[key]["name"])
                     for key in dict.fromkeys(found) if key]
        return rows

    def _handover_bodies(self, doc: Doc) -> list[tuple[Span, int]]:
        """The bodies a thing of command may be of, each with the token its name starts at: every organisation
        named, and a bare definite noun of a kind (`le commandement de la force`, `du régiment`) standing for the
        one body of that kind named before it (affiliation.py `definite_body_at`), at the noun."""
        found = [(org, org.start) for org in self.idx.ents if org.label_ == "ORG" and org._.normalized]
        self.affiliation.open(doc)
        grammar = self.lexicon.grammar
        # `definite_noun` asks first of all for a noun of a firm or a kind of body: only those words are read
        for k in tokens_with(doc, "LOWER", grammar.company_nouns | grammar.kind_nouns):
            if k >= 2 and self.affiliation.definite_noun(k) and not doc[k].ent_type_:
                body = self.affiliation.definite_body_at(k, k)
                if body is not None and body._.normalized:
                    found.append((body, k))
        return sorted(found, key=lambda pair: pair[1])

    def _members_by_relative(self, doc: Doc, people: dict[str, dict], persons: list[Span],
                             person_at: dict[int, str]) -> list[dict]:
        """`Y, qui dirige aussi l'Agence X`, `Y, qui commandait la brigade Z`: a relative clause right after a
        name whose verb leads (relations.yml `lead_verbs`) and whose object, over adverbs and determiners,
        is an organisation."""
        leads = self.membership.get("lead_verbs", set())
        determiners = self.lexicon.grammar.determiners
        rows = []
        for person in persons:
            i = person.end
            if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "qui":
                continue
            verb = doc[i + 2]
            if verb.pos_ not in ("VERB", "AUX") or not any(
                    verb.lemma_.lower() == v or (v.endswith("er") and verb.lower_.startswith(v[:-2])) for v in leads):
                continue
            j = verb.i + 1
            while j < len(doc) and j - verb.i < 4 and (doc[j].pos_ == "ADV" or doc[j].lower_ in determiners):
                j += 1
            org = self.idx.ent_starting(j) if j < len(doc) else None
            if org is None or org.label_ != "ORG" or not org._.normalized:
                continue
            found = person_at[person.start_char]
            sent = self.idx.sent(org.start)
            rows.append(_row("MEMBER_OF", found, org._.normalized, span_text(sent).strip(), sent.start_char,
                             sent.end_char, "rule:relations:member-relative", subject=people[found]["name"]))
        return rows

    def _members_by_role(self, doc: Doc, people: dict[str, dict], persons: list[Span],
                         person_at: dict[int, str]) -> list[dict]:
        """A role whose `de`-complement is an organisation, apposed to a mention of a person, makes him a
        member of it, whichever role his row keeps: `le président de l'Assemblée X (AX), le général Y`,
        `Y, directeur de l'Agence X`. The apposition is a comma and, between it and the name, only
        determiners, ranks and roles; a verb or anything else in between links nothing."""
        of_words = self.lexicon.grammar.of_words
        rows = []
        for role in self.idx.ents:
            if role.label_ != "ROLE":
                continue
            i = role.end
            while i < len(doc) and doc[i].lower_.replace("’", "'") in of_words and i - role.end < 3:
                i += 1
            org = self.idx.ent_starting(i) if i > role.end and i < len(doc) else None
            end = org.end if org is not None else i
            if org is None or org.label_ != "ORG" or not org._.normalized:
                org = self._charged_body(doc, role.end)  # `ministre délégué, chargé de l'Administration X`
                end = org.end if org is not None else i
            if org is None and i > role.end:
                org = self._body_named_back(doc, i)  # `vice-présidente de la commission`
                end = i + 1
            if org is None:
                continue
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                end += 3  # `(CNSP)`
            found = ""
            # `le Roi X, chef suprême et chef d'état-major général des FAR, M. Y`: a role coordinated with another
            # describes the one named before them, not the next name
            coordinated = role.start > 0 and doc[role.start - 1].lower_ in self.lexicon.grammar.and_words
            if end < len(doc) and doc[end].text == "," and not coordinated:
                k = self._apposed_name_start(doc, end)
                named = next((e for e in persons if e.start == k), None)
                found = person_at[named.start_char] if named is not None else ""
            before = self._capacity_start(doc, role.start)  # `X, en sa qualité de cheffe de l'Agence`
            adverbs = self.lexicon.grammar.title_adverbs | self.lexicon.grammar.besides_adverbs
            while before > 1 and role.start - before < 3 and doc[before - 1].lower_ in adverbs:
                before -= 1  # `X, également cheffe du Département`, `X, alors directeur de l'Agence`
            if not found and before > 1 and doc[before - 1].text == ",":
                named = next((e for e in persons if e.end == before - 1), None)
                found = person_at[named.start_char] if named is not None else ""
            if not found:  # `X, qui s'est proclamé chef du Conseil`, `X, qui est président de l'Agence`
                found = self._relative_holder(doc, persons, person_at, role.start)
            if found:
                name = org._.normalized
                code = self.orgs.get(org.id_.removeprefix("organisations:"), {}).get("country")
                country = self.lexicon.entry(f"countries:{code}").get("name") if code else ""
                if country and people[found].get("country") not in ("", None, country):
                    name = span_text(org)  # `chef d'état-major de l'Armée de l'Air` of another country: his own
                sent = self.idx.sent(role.start)
                rows.append(_row("MEMBER_OF", found, name, span_text(sent).strip(), sent.start_char,
                                 sent.end_char, "rule:relations:role-of-org", subject=people[found]["name"]))
        return rows

    def _body_named_back(self, doc: Doc, i: int) -> Span | None:
        """A title's complement that is a body's head noun alone, in lower case and ending the phrase
        (`vice-présidente de la commission,`; relations.yml `named_back_heads`), refers back, as a definite noun
        does, to the last body of that noun the article names in full before it (`la commission des affaires
        étrangères, de la défense et des forces armées`). None when the article
        names none before; a capitalised noun alone is a name of its own (`présidente de la Commission`: the
        European one), not a reference back."""
        noun = doc[i]
        if noun.pos_ != "NOUN" or noun.ent_type_ or not noun.text.islower() \
                or i + 1 < len(doc) and (doc[i + 1].is_alpha or doc[i + 1].text in ("(", "-")):
            return None  # `de la commission des finances`, `de la commission mixte`: a complement goes on
        word = _fold(noun.text)
        if word not in {_fold(w) for w in self.membership.get("named_back_heads", set())}:
            return None
        named = [ent for ent, name in self._org_names() if len(name.split()) > 1 and name.split()[0] == word
                 and ent.end <= i]
        return max(named, key=lambda e: e.start) if named else None

    def _giver_after(self, doc: Doc, start: int, end: int, from_words: set[str], person_at: dict[int, str],
                     persons: list[Span]) -> str:
        """The outgoing officer of a command taken `des mains du général Y` (relations.yml `handover_from_words`),
        right after the unit: the name after that word and its of-words, over ranks and demonyms; '' when none."""
        of_words = self.lexicon.grammar.of_words
        for j in range(start, min(end, start + 4)):
            if doc[j].lower_ in from_words:
                k = j + 1
                while k < end and doc[k].lower_.replace("’", "'") in of_words:
                    k += 1
                k = self._apposed_name_start(doc, k - 1)
                return next((person_at[e.start_char] for e in persons if e.start == k), "")
        return ""

    def _apposed_name_start(self, doc: Doc, comma: int, whole_ranks: bool = False) -> int:
        """Where the name apposed after the comma at `comma` starts: over determiners, ranks, roles, the demonym
        right after a rank or role (`au général espagnol X`) and title abbreviations (grammar.yml
        `title_abbreviations`: `, M. X`, `, le général X`), within 8 tokens. With `whole_ranks`, over the rest of
        a rank of many words too (`au général de corps d'armée X`) and a demonym after such a rank: the officer a
        command is handed to, where an apposition after a title (`, le général de division X`) has its own
        readings."""
        abbreviations = self.lexicon.grammar.title_abbreviations
        k = comma + 1
        while k < len(doc) and k - comma < 8 and (
                doc[k].ent_type_ in ("RANK", "ROLE", "") and doc[k].pos_ in ("DET", "NOUN", "ADJ", "PROPN")
                and (doc[k].ent_type_ or doc[k].pos_ == "DET")
                or doc[k].ent_type_ in ("RANK", "ROLE") and doc[k].text == "-"  # `lieutenant-général`
                or k > comma + 1 and doc[k].pos_ == "ADJ"
                and doc[k].ent_id_.startswith("countries:") and doc[k - 1].ent_type_ in ("RANK", "ROLE")
                or not doc[k].ent_type_ and (
                    doc[k].lower_.rstrip(".") in abbreviations or doc[k].text == "." and k > comma + 1
                    and doc[k - 1].lower_ in abbreviations)
                or whole_ranks and (doc[k].ent_type_ == "RANK" and doc[k].ent_iob_ == "I"  # `général de division`
                                    or self._demonym_after_rank(doc, k))):
            k += 1
        return k

    def _demonym_after_rank(self, doc: Doc, k: int) -> bool:
        """The token at `k` is a country's adjective in lower case right after a rank (`le général polonais X`)."""
        return k > 0 and doc[k - 1].ent_type_ == "RANK" and doc[k].pos_ == "ADJ" and doc[k].is_lower and any(
            e.start == k and e.id_.startswith("countries:") for e in self.idx.ents_between(k, k + 1))

    def _charged_body(self, doc: Doc, at: int) -> Span | None:
        """`ministre délégué auprès du Chef du gouvernement, chargé de l'Administration de la Défense nationale`: the
        body a role's next part of description (grammar.yml `description_continuers`, the `chargé` words) puts in
        its holder's charge, right after its of-words, over an `auprès de` phrase (grammar.yml `accredited_words`)
        and a comma; None when anything else stands between (`chargé de la coopération avec l'Agence`)."""
        grammar = self.lexicon.grammar
        charges = grammar.description_continuers - grammar.of_words
        i = at
        if i < len(doc) and doc[i].lower_ in grammar.accredited_words:  # `auprès du Chef du gouvernement`
            while i < len(doc) and i - at < 8 and doc[i].text != "," and doc[i].lower_ not in charges \
                    and doc[i].pos_ not in ("VERB", "AUX"):
                i += 1
        i = _skip(doc, i, {","}, i + 1)
        if i >= len(doc) or doc[i].lower_ not in charges:
            return None
        k = i + 1
        while k < len(doc) and k - i <= 2 and doc[k].lower_.replace("’", "'") in grammar.of_words:
            k += 1
        org = self.idx.ent_starting(k) if i + 1 < k < len(doc) else None
        return org if org is not None and org.label_ == "ORG" and org._.normalized else None

    def _title_heads(self) -> set[str]:
        """The nouns that open a title of roles.yml (`secrétaire`, `directeur`, `chef`), lower case."""
        if not hasattr(self, "_heads"):
            self._heads = {t.split()[0].lower() for e in self.lexicon.by_file("roles").values()
                           for t in e.get("terms") or [] if len(t.split()) > 1 or t.islower()}
        return self._heads

    def _members_by_title_noun(self, doc: Doc, people: dict[str, dict], persons: list[Span],
                               person_at: dict[int, str]) -> list[dict]:
        """A title the lists hold only in part, its head noun (the first word of a title of roles.yml) and its
        adjectives, then a `de`-complement that is an organisation, apposed to a name: `la secrétaire permanente
        de l'Agence X, la générale Y`, `le directeur exécutif du Centre Z, M. W`: the person is a member of
        the organisation. Only an apposition (a comma, then determiners, ranks, roles) links; a head word that
        the entities read as a role is `_members_by_role`'s."""
        of_words = self.lexicon.grammar.of_words
        heads = self._title_heads()
        rows = []
        for org in self.idx.ents:
            if org.label_ != "ORG" or not org._.normalized:
                continue
            i = org.start - 1
            while i >= 0 and org.start - i <= 2 and doc[i].lower_.replace("’", "'") in of_words:
                i -= 1
            if i == org.start - 1:
                continue
            adjectives = 0
            while i >= 0 and (doc[i].pos_ == "ADJ" or doc[i].dep_ == "amod") and doc[i].is_lower and adjectives < 2:
                i, adjectives = i - 1, adjectives + 1
            if not adjectives or i < 0 or doc[i].lower_ not in heads or doc[i].ent_type_ == "ROLE" \
                    or doc[i].pos_ not in ("NOUN", "PROPN"):
                continue
            end = org.end
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                end += 3  # `(CNS)`
            if end >= len(doc) or doc[end].text != ",":
                continue
            k = self._apposed_name_start(doc, end)
            named = next((e for e in persons if e.start == k), None)
            if named is None:
                continue
            found = person_at[named.start_char]
            sent = self.idx.sent(org.start)
            rows.append(_row("MEMBER_OF", found, org._.normalized, span_text(sent).strip(), sent.start_char,
                             sent.end_char, "rule:relations:title-noun-of-org", subject=people[found]["name"]))
        return rows

    def _relative_holder(self, doc: Doc, persons: list[Span], person_at: dict[int, str], at: int) -> str:
        """`X, qui s'est proclamé chef du Conseil`, `X, qui est aujourd'hui président de l'Agence`: the role at
        token `at` is said of the person before a comma and a subject relative (grammar.yml `subject_relatives`)
        whose verbs, auxiliaries, reflexive pronouns and adverbs alone stand between; in the present or the
        passé composé only (`qui était chef de`, `qui fut président de`: a role of the past). A date may stand
        between the verb and the role (`qui a été nommé lundi directeur de`)."""
        grammar = self.lexicon.grammar
        k = at - 1
        # `qui s'est proclamé samedi chef de`: a date between the verb and the title says when, no more
        while k > 1 and at - k <= 8 and (doc[k].pos_ in ("AUX", "VERB", "ADV") or doc[k].ent_type_ == "DATE" or
                                        doc[k].lower_ in grammar.reflexive_pronouns):
            k -= 1
        if k == at - 1 or k < 2 or doc[k].lower_ not in grammar.subject_relatives or doc[k - 1].text != ",":
            return ""
        verbs = doc[k + 1:at]
        if any(t.pos_ in ("AUX", "VERB") and "Fin" in t.morph.get("VerbForm") and
               set(t.morph.get("Tense")) & {"Imp", "Past", "Fut"} for t in verbs):
            return ""
        named = next((e for e in persons if e.end == k - 1), None)
        return person_at[named.start_char] if named is not None else ""

    def _capacity_start(self, doc: Doc, at: int) -> int:
        """Where a phrase of capacity (relations.yml `capacity_words`: `en sa qualité de`, `en tant que`) right
        before token `at` starts; `at` itself where there is none. `d'` stands for `de`."""
        def word(token) -> str:
            return "de" if token.lower_.replace("’", "'") == "d'" else token.lower_

        for phrase in sorted({tuple(p.replace("d'", "de").split()) for p in self.membership.get("capacity_words", ())},
                             key=len, reverse=True):
            start = at - len(phrase)
            if start >= 0 and tuple(word(t) for t in doc[start:at]) == phrase:
                return start
        return at

    def _chairs(self, doc: Doc, people: dict[str, dict]) -> list[dict]:
        """`M. le président X`, `Présidence de M. X, président` in the minutes of a body that speaks of itself
        as `notre commission` (or is spoken to as `votre commission`): the chair of the sitting, whose title
        (relations.yml `chair_titles`) names no body and who has no organisation nor country, is a member of the
        body the text names with that noun (`Commission de la défense nationale`): the one named last before the
        possessive, else the first after it; a possessive of a plural (`nos forces`) names several bodies, no one
        sitting. A text with no such possessive, or naming no such body, links no one."""
        titles = self.membership.get("chair_titles", set())
        possessives = self.lexicon.grammar.speaker_possessives
        # a chair of a sitting holds a bare title of no country: `le président américain X`, `sous la présidence
        # du président X` of a country, is a head of state, not the chair of a committee's minutes
        chairs = [p for p in people.values() if not p["organisation"] and not p.get("rank") and not p.get("country")
                  and (p.get("role") or "").lower() in titles]
        if not chairs or not possessives:
            return []
        orgs = [e for e in self.idx.ents if e.label_ == "ORG" and e._.normalized]
        determiners = self.lexicon.grammar.determiners
        body = None
        for i in tokens_with(doc, "LOWER", possessives):  # not a loop over `doc`: a Python Token per word
            token = doc[i]
            if token.i + 1 >= len(doc) or not doc[token.i + 1].is_lower \
                    or "Plur" in doc[token.i + 1].morph.get("Number"):
                continue  # `nos forces de défense`: several bodies of the speaker's country, no one sitting
            noun = doc[token.i + 1].lower_
            named = [e for e in orgs if next((t.lower_ for t in e if t.lower_ not in determiners), "") == noun
                     and len(e) > 1 and not self._led_by_another(doc, e)]
            earlier = [e for e in named if e.end <= token.i]
            body = earlier[-1] if earlier else next((e for e in named if e.start > token.i), None)
            if body is not None:
                break
        if body is None:
            body = self._sitting_body(doc, orgs, chairs)
        if body is None:
            return []
        sent = self.idx.sent(body.start)
        for person in chairs:  # the chair's organisation, as `_counterpart_roles` gives a role
            person["organisation"] = body._.normalized
            person["rules"]["organisation"] = "rule:relations:chair-of-our-body"
        return [_row("MEMBER_OF", p["key"], body._.normalized, span_text(sent).strip(), sent.start_char,
                     sent.end_char, "rule:relations:chair-of-our-body", subject=p["name"]) for p in chairs]

    def _sitting_body(self, doc: Doc, orgs: list[Span], chairs: list[dict]) -> Span | None:
        """`COMMISSION DES AFFAIRES ÉTRANGÈRES ... - Présidence de M. X, président -`: minutes naming their body in
        a header, then the chair of the sitting after a sitting word (relations.yml `sitting_words`) and an
        of-word: the body named last before that word, when the person named right after it is a chair."""
        of_words = self.lexicon.grammar.of_words
        chair_at = {start for p in chairs for start, _ in p["mentions"]}
        for i in tokens_with(doc, "LOWER", self.membership.get("sitting_words", set())):
            if i + 1 >= len(doc) or doc[i + 1].lower_ not in of_words:
                continue
            named = next((e for e in self.idx.ents if e.label_ == "PERSON" and i + 1 < e.start <= i + 4), None)
            if named is None or named.start_char not in chair_at:
                continue
            earlier = [e for e in orgs if e.end <= i and len(e) > 1 and not self._led_by_another(doc, e)]
            return earlier[-1] if earlier else None
        return None

    def _led_by_another(self, doc: Doc, org: Span) -> bool:
        """`la commission de la défense, présidée par notre collègue X`: the text gives the body its own leader."""
        leads = self.membership.get("lead_verbs", set())
        after = _skip(doc, org.end, {",", "»", ")", "("}, org.end + 4)
        return after + 1 < len(doc) and doc[after].lemma_.lower() in leads and doc[after + 1].lower_ == "par"

    def _body_in_role(self, doc: Doc, person: dict) -> tuple[str, str]:
        """A role given no organisation whose complement is a body the article names: `le chef d'état-major
        général des armées, le général X` and, elsewhere, `l'état-major général des armées`: X serves in it. The
        role must be that body's head title and an of-word (grammar.yml `of_words`), nothing more."""
        role = _fold(person.get("role") or "")
        if not role or person["rules"].get("past_role"):
            return "", ""
        of_words = self.lexicon.grammar.of_words
        for ent, name in self._org_names():
            head = role[: -len(name)].strip() if name and role.endswith(name) else ""
            parts = head.replace("'", "' ").split()
            if len(name.split()) > 1 and 2 <= len(parts) <= 3 and all(w in of_words for w in parts[1:]) and \
                    parts[0] not in self.lexicon.grammar.portfolio_titles:  # `chef d'`, not `ministre de la Défense`
                return (ent._.normalized or ent.text), "rule:relations:body-in-role"
        return "", ""

    def _house_of_head(self, person: dict) -> tuple[str, str]:
        """`le secrétaire à la Défense X` given no organisation and, elsewhere, `le Pentagone`: X serves in the one
        body of his country the article names whose head holds his role (organisations.yml `heads`), of a kind
        whose heads serve in it (relations.yml `house_kinds`: a ministry, not the head of state's palace);
        ("", "") when his country is not known, or none or several."""
        role_id = (person["rules"].get("role") or "").removeprefix("rule:roles:").removesuffix("#head")
        country = person.get("country") or ""
        if not role_id or not country or person["rules"].get("past_role"):
            return "", ""
        kinds = self.membership.get("house_kinds", set())
        found = set()
        for ent in self.idx.ents:
            entry = self.orgs.get(ent.id_.removeprefix("organisations:")) if ent.label_ == "ORG" else None
            if entry and role_id in (entry.get("heads") or []) and entry.get("kind") in kinds and \
                    (self.countries.get(entry.get("country") or "") or {}).get("name") == country:
                found.add(ent._.normalized or span_text(ent))
        return (found.pop(), "rule:relations:house-of-head") if len(found) == 1 else ("", "")

    def _ministry_of_portfolio(self, person: dict, people: dict[str, dict]) -> tuple[str, str]:
        """`le ministre de la Défense, X` given no organisation and, elsewhere, `le ministère arménien de la
        Défense`: X serves in the one ministry the article names for his portfolio (the words after `ministre`
        and `ministère`, demonyms aside), whose demonym, if any, is of his country where that is known;
        ("", "") when none or several. A country's ministry is not that of a minister of no known country
        where another official of that country holds the same title (`le ministre japonais des Affaires
        étrangères, X` and, in Séoul, `le ministre des Affaires étrangères, Y`: Y is of another country)."""
        words = _fold(person.get("role") or "").split()
        if len(words) < 3 or words[0] != "ministre" or person["rules"].get("past_role"):
            return "", ""
        demonyms = self._demonym_countries()
        portfolio = [w for w in words[1:] if w not in demonyms]
        country = person.get("country") or ""
        found: dict[str, set[str]] = {}  # the ministries of that portfolio, each with its demonyms' countries
        for ent, name in self._org_names():
            parts = name.split()
            if parts[0] == "ministere" and [w for w in parts[1:] if w not in demonyms] == portfolio:
                own = {demonyms[w] for w in [*parts[1:], *_fold(ent._.normalized or "").split()] if w in demonyms}
                found.setdefault(span_text(ent) if own else (ent._.normalized or span_text(ent)), set()).update(own)
        if len(found) != 1:  # none, or several (`le ministère russe de la Défense` and, later, `le ministère`)
            return "", ""
        (name, own), = found.items()
        if own and not country and any(
                other is not person and other.get("country") in own and not other["rules"].get("past_role")
                and [w for w in _fold(other.get("role") or "").split()[1:] if w not in demonyms] == portfolio
                for other in people.values()):
            return "", ""
        return ("", "") if own and country and country not in own else (name, "rule:relations:ministry-of-portfolio")

    def _bodies_of_acronym(self, doc: Doc, rows: list[dict]) -> list[dict]:
        """`le Comité central du Parti communiste chinois (PCC)`: the acronym in brackets after a chain of bodies
        spells the initials of its last link (`Parti communiste chinois`), not of the whole name: that body is
        named in its own right, and a member of an organ of it is its member too. Only where the acronym spells a
        link after an of-word (grammar.yml `of_words`), not the whole name."""
        of_words, determiners = self.lexicon.grammar.of_words, self.lexicon.grammar.determiners
        members = {}
        for row in rows:
            if row["relation"] == "MEMBER_OF":
                members.setdefault(row["object"], []).append(row)
        found = []
        for ent in self.idx.ents:
            if ent.label_ != "ORG" or ent._.normalized not in members or ent.end + 2 >= len(doc) \
                    or doc[ent.end].text != "(" or doc[ent.end + 2].text != ")":
                continue
            acronym = doc[ent.end + 1].text
            for k in range(ent.start + 1, ent.end - 1):
                if doc[k].lower_ not in of_words:
                    continue
                link = [t for t in doc[k + 1 : ent.end] if t.lower_ not in of_words and t.lower_ not in determiners]
                if link and link[0].is_title and "".join(t.text[0] for t in link).upper() == acronym:
                    body = doc[link[0].i : ent.end].text
                    found += [{**row, "object": body, "object_id": body, "rule": "rule:relations:body-of-acronym"}
                              for row in members[ent._.normalized]]
                    break
        return found

    def _demonym_countries(self) -> dict[str, str]:
        """Every demonym of countries.yml, folded, to its country's name (made once)."""
        if not hasattr(self, "_demonyms"):
            self._demonyms = {_fold(d): e.get("name") or "" for e in self.countries.values()
                              for d in e.get("demonyms") or []}
        return self._demonyms

    def _org_names(self) -> list[tuple[Span, str]]:
        """The Doc's ORG entities with their names as `_body_in_role` compares them (folded, without leading
        of-words nor `l'`), made once per Doc: it reads them for every person."""
        memo = self.idx.memo
        if "relations.org_names" not in memo:
            of_words = self.lexicon.grammar.of_words
            found = []
            for ent in self.idx.ents:
                if ent.label_ != "ORG":
                    continue
                words = span_text(ent).split()
                while len(words) > 1 and words[0].lower() in of_words:  # `la Marine nationale`
                    words = words[1:]
                name = _fold(" ".join(words))
                if name.startswith("l'"):
                    name = name[2:]
                found.append((ent, name))
            memo["relations.org_names"] = found
        return memo["relations.org_names"]

    def _office_of(self, doc: Doc, person: dict) -> tuple[str, str]:
        """`sous la présidence du secrétaire général, M. X` in a story of the OTAN: a role flagged `office`
        in roles.yml (an office of an international organisation) held by a person the text gives no
        organisation is an office of the international organisation (or its commission, its secretariat)
        named nearest: in the sentence of the person's first mention, else the nearest one named before it."""
        source = person["rules"].get("role", "")
        if not self.lexicon.entry(source.removeprefix("rule:")).get("office"):
            return "", ""
        start, end = person["mentions"][0]
        found = office_body(doc, self.idx, self.orgs, doc.char_span(start, end, alignment_mode="expand").start)
        if found is None:
            return "", ""
        return self.orgs[found.id_.split(":", 1)[1]]["name"], "rule:relations:office-of"

    def _organisations(self, doc: Doc) -> list[dict]:
        orgs = [e for e in [*self.idx.ents, *doc.spans.get("role_orgs", [])]
                if e.label_ == "ORG" and e.id_.startswith("organisations:")]
        named = {e.id_.split(":", 1)[1]: e for e in orgs}
        text = doc_text(doc)
        paragraphs: dict[str, set[int]] = {}  # the paragraphs where each organisation is named
        for e in orgs:
            paragraphs.setdefault(e.id_.split(":", 1)[1], set()).add(text.count("\n", 0, e.start_char))
        listed = [s for s in group_spans(doc, "lexicon") if s.label_ == "ORG" and s.id_.startswith("organisations:")]
        rows = []
        for ident, ent in named.items():
            entry = self.orgs[ident]
            parent = entry.get("parent")
            if parent and parent in named and (paragraphs[ident] & paragraphs[parent]
                                               or self._masthead(parent, paragraphs)):
                # both named in one paragraph: the text links them; named far apart, it states nothing
                rows.append(self._org_row("PART_OF", ent, self.orgs[parent]["name"], "rule:organisations:parent"))
            elif parent and self._names_within(ent, listed, f"organisations:{parent}"):
                # `le Conseil de paix et de sécurité de l'Union africaine`, `la force de l'OTAN au Kosovo`: the
                # body's own name says whose part it is
                rows.append(self._org_row("PART_OF", ent, self.orgs[parent]["name"],
                                          "rule:organisations:parent-in-name"))
        for ent in orgs:  # `la Division Sécurité coopérative de l'EMI`
            nxt = _org_after(doc, self.idx, ent, self.lexicon.grammar.of_words)
            if nxt is not None and nxt.id_ != ent.id_ and not self.orgs[ent.id_.split(":", 1)[1]].get("country"):
                rows.append(self._org_row("PART_OF", ent, nxt._.normalized, "rule:relations:org-de-org"))
        rows += self._grandparents(orgs, named, listed)
        rows += self._inner_parents(doc)
        rows += self._sub_bodies(doc)
        rows += self._dependent_bodies(doc)
        for ent in orgs:
            entry = self.orgs[ent.id_.split(":", 1)[1]]
            if ent.text in (entry.get("acronyms") or []) or ent._.source == "rule:acronyms:defined-in-text":
                rows.append(self._org_row("ACRONYM_OF", ent, entry["name"], ent._.source, subject=ent.text))
        return rows + self._acronyms_of_read_names()

    def _acronyms_of_read_names(self) -> list[dict]:
        """`l'Armée nationale populaire (ANP)`, `le Parti communiste vietnamien (PCV)`: an acronym the text defines
        in brackets after a name the grammar reads (a body of no list) is that body's acronym, as one of the
        lists' is; its later mentions carry the name (`rule:acronyms:defined-in-text`). Only an acronym entity:
        a bracket after a person (`(RN)`), a place (`(RDC)`) or a rank (`(2S)`) names no body."""
        rows = []
        for ent in self.idx.ents:
            if ent.label_ == "ORG" and ent._.source == "rule:acronyms:defined-in-text" \
                    and not ent.id_.startswith("organisations:") and ent._.normalized \
                    and _fold(ent._.normalized) != _fold(ent.text):
                rows.append(self._org_row("ACRONYM_OF", ent, ent._.normalized, ent._.source, subject=ent.text))
        return rows

    def _grandparents(self, orgs: list[Span], named: dict[str, Span], listed: list[Span]) -> list[dict]:
        """`le Comité militaire de l'Union européenne`, `le SHAPE, à Mons, coordonne les plans de l'OTAN`: a body
        of the lists is part of its parent's parents (organisations.yml `parent`, up the chain) where its own name
        holds one, or one is named in a sentence that names the body, the parent itself named nowhere; named only in
        the same paragraph, or beside the parent, a grandparent is no link the text states (the parent is)."""
        sentences: dict[str, set[int]] = {}  # the sentences where each organisation is named
        for e in orgs:
            sentences.setdefault(e.id_.split(":", 1)[1], set()).add(self.idx.sent(e.start).start)
        rows = []
        for ident, ent in named.items():
            chain: list[str] = []
            parent = self.orgs[ident].get("parent")
            while parent and parent in self.orgs and parent not in chain and parent != ident:
                chain.append(parent)
                parent = self.orgs[parent].get("parent")
            if chain and chain[0] in named:  # `la Division de l'EMI ... l'OTAN`: the parent named, the text's
                continue                     # chain goes through it (the parent is part of the OTAN)
            for ancestor in chain[1:]:
                if ancestor in named and sentences[ident] & sentences[ancestor]:
                    rows.append(self._org_row("PART_OF", ent, self.orgs[ancestor]["name"],
                                              "rule:organisations:grandparent"))
                elif self._names_within(ent, listed, f"organisations:{ancestor}"):
                    rows.append(self._org_row("PART_OF", ent, self.orgs[ancestor]["name"],
                                              "rule:organisations:parent-in-name"))
        return rows

    def _masthead(self, ident: str, paragraphs: dict[str, set[int]]) -> bool:
        """The body `ident`, of a kind of relations.yml `masthead_kinds` (a parliament), is named on the document's
        first line (`ASSEMBLÉE NATIONALE`, `Sénat`): the document is its own (the minutes of one of its committees),
        and its parts the text names anywhere are its parts, as that heading states."""
        return 0 in paragraphs[ident] and self.orgs[ident].get("kind") in self.membership.get("masthead_kinds", set())

    def _names_within(self, ent: Span, listed: list[Span], ident: str) -> bool:
        """A body of the lists (`ident`) named inside `ent` after an of-word (`... de l'Union africaine`)."""
        of_words = self.lexicon.grammar.of_words
        doc = ent.doc
        return any(s.id_ == ident and ent.start < s.start and s.end <= ent.end
                   and doc[s.start - 1].lower_.replace("’", "'") in of_words for s in listed)

    def _inner_parents(self, doc: Doc) -> list[dict]:
        """`la mission militaire de partenariat de l'UE`, `la commission de la politique de sécurité du
        Conseil national`: a name the grammar read whose last `de`-phrase is a body of the lists is part
        of that body, as the text states it. A generic body (`forces armées`: a common noun, no country,
        parent or acronym) names no one in particular; a country is no body. A staff (relations.yml `staff_heads`:
        `l'état-major de l'armée de Terre`) is the command of the force of the lists it names, no part of it the
        text states; one of a force another country qualifies (`l'état-major de la Marine nationale sénégalaise`)
        is still placed with that country's force, as written."""
        staffs = self.membership.get("staff_heads", set())
        names = [e for e in [*self.idx.ents, *doc.spans.get("role_orgs", [])]
                 if e.label_ == "ORG" and e.id_.startswith("institutions:")]
        if not names:
            return []
        listed = [s for s in group_spans(doc, "lexicon") if s.label_ == "ORG" and s.id_.startswith("organisations:")]
        of_words = self.lexicon.grammar.of_words
        rows = []
        for ent in names:
            inner = [s for s in listed if ent.start < s.start and s.end <= ent.end
                     and doc[s.start - 1].lower_.replace("’", "'") in of_words
                     and not _accredited(doc, s.start - 1, self.lexicon.grammar.accredited_words)]
            inner = [s for s in inner if not any(o.start < s.start < o.end for o in inner)]  # outermost only
            # `l'escadron de l'armée de l'Air grecque`: a listed body another country qualifies is that
            # country's, as written (its end, where the words that name the country end)
            own = {(s.start, s.end): own_country_end(doc, s, ent.end, of_words,
                                                     self.orgs.get(s.id_.split(":", 1)[1], {}).get("country"))
                   for s in inner}
            # `la force de l'Alliance des États du Sahel`: a listed word whose own `de`-phrase goes on inside
            # the name (`l'Alliance` of the lists, then `des États du Sahel`) is only the start of another name
            inner = [s for s in inner if s.end == ent.end or own[s.start, s.end]
                     or doc[s.end].lower_.replace("’", "'") not in of_words]
            itself = {s.id_ for s in listed if s.start == ent.start}  # the name is of the lists: no part of itself
            inner = [s for s in inner if s.id_ not in itself]
            if not inner:
                continue
            last = max(inner, key=lambda s: (s.start, bool(own[s.start, s.end]), -s.end))
            entry = self.orgs.get(last.id_.split(":", 1)[1], {})
            if entry and (end := own[last.start, last.end]):
                rows.append(self._org_row("PART_OF", ent, span_text(doc[last.start : end]),
                                          "rule:relations:name-de-org+country"))
            # a proper name (`G5 Sahel`) or a body placed by country, parent or acronym; not `forces armées`
            elif entry and ent.id_.split(":", 1)[1] not in staffs and (
                    entry.get("country") or entry.get("parent") or entry.get("acronyms")
                    or entry["name"][:1].isupper()):
                rows.append(self._org_row("PART_OF", ent, entry["name"], "rule:relations:name-de-org"))
        return rows

    def _sub_bodies(self, doc: Doc) -> list[dict]:
        """`le commandant de la flotte de l'Ouest de la marine indienne, le contre-amiral X`: a body the
        grammar read (no list entry places it) followed by `de` + another named body is part of it, as the
        text states; an official whose organisation is that sub-body, named in the same sentence, is also
        a member of the parent body. A country is no body; a body of the lists keeps its own parent."""
        of_words = self.lexicon.grammar.of_words
        people = [p for p in doc._.officials or [] if p.get("organisation")]
        rows = []
        for ent in self.idx.ents:
            if ent.label_ != "ORG" or not ent.id_.startswith("institutions:") or not ent._.normalized:
                continue
            parent = _body_after(doc, self.idx, ent, of_words)
            if parent is None or parent._.normalized == ent._.normalized:
                continue
            rows.append(self._org_row("PART_OF", ent, parent._.normalized, "rule:relations:sub-body"))
            sent = self.idx.sent(ent.start)
            for person in people:
                if person["organisation"] == ent._.normalized and any(
                        sent.start_char <= start < sent.end_char for start, _ in person["mentions"]):
                    rows.append(_row("MEMBER_OF", person["key"], parent._.normalized, span_text(sent).strip(),
                                     sent.start_char, sent.end_char, "rule:relations:member-of-parent-body",
                                     subject=person["name"]))
        return rows

    def _dependent_bodies(self, doc: Doc) -> list[dict]:
        """`la sous-commission de l'Asie relevant de la commission des affaires étrangères`, `la cellule, rattachée
        à l'état-major de la force`: a body, then a phrase of dependence (relations.yml `dependency_words`, over
        a comma), then another body: the first is part of the second, as the text states."""
        phrases = sorted({tuple(w.replace("’", "'").split()) for w in self.membership.get("dependency_words", ())},
                         key=len, reverse=True)
        if not phrases:
            return []
        grammar = self.lexicon.grammar
        rows = []
        for ent in self.idx.ents:
            if ent.label_ != "ORG" or not ent._.normalized:
                continue
            i = ent.end + (ent.end < len(doc) and doc[ent.end].text == ",")
            words = [w.replace("’", "'") for w in self.idx.lower[i:i + 6]]  # `token.lower_`: no Python Token of each
            # `placé sous l'autorité de`: the tokenizer keeps `l'` as a token of its own
            phrase = next((p for p in phrases if tuple(words[:len(p)]) == p), None)
            if phrase is None:
                continue
            k = i + len(phrase)
            while k < len(doc) and k - i - len(phrase) < 2 and doc[k].lower_.replace("’", "'") in grammar.determiners:
                k += 1
            parent = self.idx.ent_starting(k) if k < len(doc) else None
            if parent is not None and parent.label_ == "ORG" and parent._.normalized \
                    and parent._.normalized != ent._.normalized:
                rows.append(self._org_row("PART_OF", ent, parent._.normalized, "rule:relations:dependency"))
        return rows

    def _org_row(self, relation: str, ent: Span, obj: str, rule: str, subject: str | None = None) -> dict:
        sent = self.idx.sent(ent.start)
        subject = subject or ent._.normalized
        return _row(relation, subject, obj, span_text(sent).strip(), ent.start_char, ent.end_char, rule,
                    subject=subject)


def host_verbs(book: RuleBook) -> set[str]:
    """The lemmas of the verbs of meetings.yml whose subject receives a partner (`host: subject` with a
    `partner`: `accueillir`, `recevoir`), not those that only preside (`présider`), nor those whose object is a
    thing handed over (`objects`: `remettre le drapeau au colonel X`, whose object names no guest)."""
    return {e["lemma"].lower() for e in book.entries("meetings", "verbs")
            if e.get("lemma") and e.get("host") == "subject" and e.get("partner") and not e.get("objects")}


def _hosted_object(token, verbs: set[str]) -> bool:
    """`homologue` is the direct object of an active hosting verb: `X a accueilli son homologue`, `X recevait
    son homologue`; not `X a été reçu par son homologue`, `X s'est rendu chez son homologue`."""
    verb = token.head
    if token.dep_ != "obj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return False
    return not any(c.dep_ in ("aux:pass", "nsubj:pass", "expl:pass") for c in verb.children)


def _stated_hosts_first(rows: list[dict]) -> list[dict]:
    """A host inferred from the meeting (`host-of-foreign-guests`: its host received the others) yields to
    the text: where a sentence of the same meeting says the other received him (`X, reçu par son
    homologue`), the inferred HOSTED the other way is dropped. A return visit told elsewhere (`Y avait reçu X
    en juin; en juillet, X s'était rendu chez Y`) keeps each host its own guest."""
    stated: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        if r["relation"] == "HOSTED" and r["rule"] != "rule:relations:host-of-foreign-guests":
            stated.setdefault((r["subject_id"], r["object_id"]), []).append(r["sentence"])
    return [r for r in rows if not (r["relation"] == "HOSTED" and r["rule"] == "rule:relations:host-of-foreign-guests"
                                    and any(said in r["sentence"]
                                            for said in stated.get((r["object_id"], r["subject_id"]), [])))]


def _passive_agent_of_host(token, verbs: set[str]) -> bool:
    """`homologue` is the agent of a hosting verb in the passive: `X a été reçu par son homologue`,
    `Accueilli par son homologue, X a ...`; not `X a reçu son homologue`."""
    if token.dep_ != "obl:agent" and not any(c.dep_ == "case" and c.lower_ == "par" for c in token.children):
        return False
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)  # the parser may hang the
    # agent on a noun between (`reçu à sa sortie de l'avion par son homologue`)
    return verb is not None and verb.lemma_.lower() in verbs and (_passive(verb) or (
        "Part" in verb.morph.get("VerbForm") and not any(c.dep_ == "aux:tense" for c in verb.children)))


def _main_subject_after(token, person_at: dict[int, str]) -> str:
    """`Reçu par son homologue, le président X a signé ...`: the person named as subject of the sentence's
    main verb after `homologue`, where `homologue` hangs in a clause fronted before it; "" when none."""
    root = token.sent.root
    if not any(a.i == root.i for a in token.ancestors) or token.head.i == root.i:
        return ""
    subject = next((c for c in root.children if c.dep_.startswith("nsubj") and c.i > token.i), None)
    if subject is None:
        return ""
    for t in subject.subtree:
        if t.idx in person_at and t.i > token.i:
            return person_at[t.idx]
    return ""


def _office_holders(phrase) -> bool:
    """A plural guest phrase with no name that may stand for the meeting's people: a pronoun (`ils`, `tous
    deux`), a counted phrase (`les trois émissaires`) or a title (`les ministres`, `les chefs d'État`, a ROLE or
    RANK of the entities); not a plain common noun (`les militaires`, `les familles`, `les délégations`)."""
    return phrase.pos_ == "PRON" or phrase.ent_type_ in ("ROLE", "RANK") or any(
        c.dep_ == "nummod" or c.pos_ == "PRON" for c in phrase.children)


def _cohosts(doc: Doc, people: dict[str, dict], host: str, start: int, end: int) -> list[str]:
    """The people coordinated with the host in its sentence host with it: `a été accueilli par le Premier
    ministre X et la ministre Y`, `X et Y ont reçu Z`. A person merely named beside the host (`X, en
    présence de Y`) is none: only a conjunct of the host's own phrase counts."""
    person_at = {s: p["key"] for p in people.values() for s, _ in p["mentions"] if start <= s < end}
    at = next((s for s, key in person_at.items() if key == host), None)
    span = doc.char_span(at, at + 1, alignment_mode="expand") if at is not None else None
    if span is None:
        return []
    token = span.root
    path = [token]  # the name's chain up to its phrase, whose tokens a second conjunct may hang on
    for _ in range(4):  # from the name up to its phrase: `la ministre de la Défense, Y` (name in apposition)
        if token.dep_ not in ("appos", "flat:name", "flat") or token.head.i == token.i:
            break
        token = token.head
        path.append(token)
    phrase = token.head if token.dep_ == "conj" else token
    found = []
    # `par le chef de la Défense, le général X, et par le vice-chef ...`: the parser may hang the second
    # conjunct on the first's title in apposition rather than on the phrase itself
    name_i = span.root.i
    conjuncts = [c for t in dict.fromkeys([phrase, *path]) for c in t.children
                 if c.dep_ == "conj" and (t is phrase or c.i > name_i)]
    if phrase.dep_ == "obl:agent":  # `..., et par le chef de corps, le colonel Y`: the parser joins the
        # repeated agent to the verb; its own `par` says it is the verb's agent too
        conjuncts += [c for c in phrase.head.children if c.dep_ == "conj" and c.i > name_i
                      and any(g.dep_ == "case" and g.lower_ == "par" for g in c.children)]
    for conj in [phrase, *dict.fromkeys(conjuncts)]:
        inner = {t.i for c in conj.children if c.dep_ == "conj" for t in c.subtree} if conj is phrase else set()
        named = [person_at[t.idx] for t in conj.subtree if t.idx in person_at and t.i not in inner]
        after = conj.right_edge.i + 1
        if not named and conj is not phrase and after + 1 < len(doc) and doc[after].text == "," and (
                doc[after + 1].idx in person_at):  # `et la ministre de la Défense, Y`: the parser hangs Y elsewhere
            named = [person_at[doc[after + 1].idx]]
        if not named and conj is not phrase and conj.pos_ in ("NOUN", "PROPN"):
            named = _title_name(doc, person_at, conj, phrase.right_edge.i)
        if named and named[0] != host and named[0] not in found:
            found.append(named[0])
    if phrase.dep_ == "nsubj" and _plural_verb(phrase.head):
        # `X, ministre délégué auprès du Chef du Gouvernement, et le général Y, ..., ont reçu Z`: the
        # verb in the plural says two hosts, though the parser hangs the second inside the first's title
        for conj in phrase.subtree:
            if conj.dep_ == "conj" and conj.head.i != phrase.i and any(c.dep_ == "cc" for c in conj.children):
                inner = {t.i for c in conj.children if c.dep_ == "conj" for t in c.subtree}
                named = [person_at[t.idx] for t in conj.subtree if t.idx in person_at and t.i not in inner]
                if named and named[0] != host and named[0] not in found:
                    found.append(named[0])
    return found


def _title_name(doc: Doc, person_at: dict[int, str], conj, last: int) -> list[str]:
    """The name a conjunct title leads to though the parser hangs it elsewhere in the phrase (`et la ministre
    de la Défense Y`, `et par le vice-chef de la Défense, le lieutenant-général Y`): the first person after
    the title, up to the phrase's end, before another conjunction or a preposition other than `de` begins a
    phrase of its own (`et son épouse, en présence du général Y`: Y is no host)."""
    for t in doc[conj.i:last + 1]:
        if t.idx in person_at:
            return [person_at[t.idx]]
        if t.i > conj.i and (t.dep_ == "cc" or t.dep_.startswith("acl") or "Rel" in t.morph.get("PronType") or (
                t.dep_ == "case" and t.lower_ not in _TITLE_CASES)):
            return []
    return []


_TITLE_CASES = frozenset({"de", "du", "des", "d'", "d’"})


def _named(verb, deps: tuple[str, ...], person_at: dict[int, str]) -> list[str]:
    """The people named in the verb's arguments of these labels, outside clauses hung on them."""
    found = []
    for child in verb.children:
        if child.dep_ in deps:
            inner = {t.i for c in child.subtree if c.dep_ in ("acl:relcl", "acl", "advcl") and c.i != child.i
                     for t in c.subtree}
            found += [person_at[t.idx] for t in child.subtree if t.idx in person_at and t.i not in inner]
    return list(dict.fromkeys(found))


def _subject_verb(verb):
    """The verb whose subject an infinitive clause shares (`X quitte Z pour prendre la tête de Y`: `quitte`);
    the verb itself when it has a subject of its own or is no such infinitive."""
    while "Inf" in verb.morph.get("VerbForm") and verb.dep_ in ("advcl", "xcomp") and verb.head is not verb \
            and not any(c.dep_.startswith("nsubj") for c in verb.children):
        verb = verb.head
    return verb


def _passive(verb) -> bool:
    """`a été reçu`, `reçu par X` (a participle with no auxiliary of tense): the passive voice."""
    return any(c.dep_ in ("aux:pass", "nsubj:pass", "expl:pass") for c in verb.children) or (
        "Pass" in verb.morph.get("Voice") and not any(c.dep_ == "aux:tense" for c in verb.children))


def _plural_verb(verb) -> bool:
    """The verb, or its auxiliary, agrees in the plural (`ont reçu`, `reçoivent`)."""
    return any("Plur" in t.morph.get("Number") and "Fin" in t.morph.get("VerbForm")
               for t in [verb, *(c for c in verb.children if c.dep_.startswith("aux"))])


def _listed(head) -> list:
    """A complement and the words coordinated to it (`avec A, B ainsi qu'avec C`: B and C conjuncts of A), with
    the name apposed to each title (`le Premier ministre, M. X`)."""
    words, todo = [], [head]
    while todo:
        word = todo.pop()
        words.append(word)
        todo += [c for c in word.children if c.dep_ in ("conj", "appos", "flat:name", "nmod", "amod")
                 and (c.dep_ not in ("nmod", "amod") or c.ent_type_ == "PERSON")]
    return words


def _person_at(doc: Doc, word, at: dict[int, str]) -> str | None:
    """The person whose mention covers `word` (the key of `at`, a mention's first character)."""
    if word.ent_type_ != "PERSON":
        return None
    i = word.i
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return at.get(doc[i].idx)


def _one_meeting(doc: Doc, meeting: dict) -> bool:
    """A side meeting its sentence names in the singular (`a réuni X et Y pour une réunion trilatérale`):
    all its people met one another. In the plural (`a participé à des réunions avec A, B, C`) or read
    from a verb alone, each met the subject only."""
    span = doc.char_span(meeting["start_char"], meeting["end_char"], alignment_mode="expand")
    word = (meeting.get("kind") or "").split(" ")[0].lower()
    if span is None or not word or meeting.get("verb_only"):
        return False
    found = [t for t in span if t.lower_ == word or t.lemma_.lower() == word]
    return bool(found) and all("Plur" not in t.morph.get("Number") for t in found)


def _possessor_after(token, ent: Span) -> bool:
    """`Prenant la parole au nom de ses homologues, le ministre X a déclaré`: the person named after
    `homologues` is the subject of the verb the phrase of `homologues` hangs on (through a fronted clause):
    he is whose counterparts they are, not one of them."""
    if not _subject(ent):
        return False
    verb = ent.root
    while verb.dep_ != "nsubj" and not verb.dep_.startswith("nsubj") and verb.head.i != verb.i:
        verb = verb.head
    verb = verb.head
    return token.i < ent.start and any(a.i == verb.i for a in token.ancestors)


def _chairing(token, ent: Span, of_words: frozenset[str]) -> bool:
    """The person after `homologues` is named as the one presiding or inviting (`sous la présidence du secrétaire
    général X`, `à l'invitation de X`, `présidée par X`): a phrase outside the subtree of `homologues`, hung
    on a noun or verb that a preposition other than `de` opens, or on a participle: not one of them."""
    if token.left_edge.i <= ent.root.i <= token.right_edge.i:
        return False
    head = ent.root
    for _ in range(8):
        if head.i == token.i or head.head.i == head.i:
            return False
        if head.dep_ == "obl:agent":
            return True
        if head.dep_ == "nmod" and head.head.pos_ == "NOUN" and head.head.i > token.i and any(
                c.dep_ == "case" and c.lower_.replace("’", "'") not in of_words for c in head.head.children):
            return True
        head = head.head
    return False


def _apposed(token, ent: Span) -> bool:
    """`son homologue pakistanais, le général X`: the name in the phrase of `homologue` (its subtree), or
    close after it with no verb between; not `son homologue en Hongrie, dont le Premier ministre, X`."""
    if token.left_edge.i <= ent.root.i <= token.right_edge.i:
        return True
    between = ent.doc[token.i + 1:ent.start]
    return len(between) <= 14 and not any(t.pos_ in ("VERB", "AUX", "PRON", "SCONJ") for t in between)


def _pronoun_gender(token) -> str:
    """The gender of the personal pronoun subject of the verb `homologue` depends on (`elle a rencontré son
    homologue`: `Fem`); empty where the subject is no pronoun or says none."""
    verb = token.head
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if subject is None or subject.pos_ != "PRON":
        return ""
    found = subject.morph.get("Gender")
    return found[0] if len(found) == 1 else ""


def _subject(ent: Span) -> bool:
    """The person is the subject of a verb (`le général X s'est entretenu`), through rank, role and name."""
    token = ent.root
    for _ in range(6):
        if token.dep_.startswith("nsubj"):
            return True
        if token.dep_ not in ("appos", "flat", "flat:name", "amod", "nmod") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _skip(doc: Doc, i: int, tokens: set[str], limit: int) -> int:
    """The first token from `i` that is not one of `tokens` (punctuation), before `limit`."""
    while i < min(limit, len(doc)) and doc[i].text in tokens:
        i += 1
    return i


def _other_countries(one: dict, other: dict) -> bool:
    """Both of a known country, not the same one."""
    return bool(one.get("country") and other.get("country") and one["country"] != other["country"])


def _fold(text: str) -> str:
    """Lower case, accents and typographic apostrophes away: `Etat-Major` and `état-major` are one word."""
    text = unicodedata.normalize("NFD", text.replace("’", "'").lower())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def _speaker_after(doc: Doc, end: int, after: int) -> bool:
    """`... jamais membre de l'OTAN », a déclaré X`: the name after the body's comma follows a closing
    quotation mark or a verb, the speaker of a quote or the subject of another clause, no member named."""
    if any(t.text in ("»", "”") for t in doc[end:after]):
        return True
    words = []
    for t in doc[after:min(after + 4, len(doc))]:
        if t.ent_type_ == "PERSON":
            break
        words.append(t)
    return any(t.pos_ in ("VERB", "AUX") for t in words)


def _of_title(ent: Span) -> bool:
    """`l'ambassadeur de Chine`, `le président de la République populaire de Chine`: a place hung by `de` on a
    title (a ROLE word) names the country the title belongs to."""
    root = ent.root
    return root.dep_ == "nmod" and root.head.ent_type_ == "ROLE" and any(
        c.dep_ == "case" and c.lemma_.lower() == "de" for c in root.children)


def _foreign_guests(meeting: dict, people: dict[str, dict], country: str = "",
                    international=lambda person: False) -> list[str]:
    """The host read from the parse (a subject of `recevoir`, an agent, `sous la présidence de`) of a
    meeting held in one place received its participants of other countries: `X a reçu le ministre
    allemand Y, en présence du ministre Z` (Z, of X's country, came with the host, not as a guest).
    A talk by telephone or video hosts no one; people of unknown country are left out, save those serving
    an international organisation (`international`: the secretary general of the OTAN received in Paris)."""
    host = meeting.get("host")
    country = country or (people.get(host, {}).get("country") if host else "")
    if not country or not meeting.get("strong_host") or meeting.get("remote") or meeting.get("side"):
        return []
    at_home = people.get(host, {}).get("country")  # a host of his own country, not an organisation's official
    return [p for p in meeting["people"] if p != host and (
        people.get(p, {}).get("country") not in ("", None, country) or (
            at_home and p in people and not people[p].get("country") and international(people[p])))]


def _past_own_acronym(doc: Doc, idx: DocIndex, ent: Span) -> int:
    """`la Force multinationale mixte (FMM) de la Commission du bassin du lac Tchad`: the token after the body's
    own acronym, in brackets right after its name (an ORG of the same name), else the name's end; the `de`-phrase
    after the brackets is still the name's."""
    i = ent.end
    if i + 2 < len(doc) and doc[i].text == "(":
        inner = idx.ent_starting(i + 1)
        if inner is not None and inner.label_ == "ORG" and inner._.normalized == ent._.normalized \
                and inner.end < len(doc) and doc[inner.end].text == ")":
            return inner.end + 1
    return i


def _org_after(doc: Doc, idx: DocIndex, ent: Span, of_words: frozenset[str]) -> Span | None:
    """The organisation named right after `ent` (and its acronym in brackets) through `de`/`du`/`de l'`, if any."""
    start = i = _past_own_acronym(doc, idx, ent)
    while i < len(doc) and doc[i].lower_ in of_words and i - start < 3:
        i += 1
    if i == start or i >= len(doc):
        return None
    following = idx.ent_starting(i)
    if following is not None and following.label_ == "ORG" and following.id_.startswith("organisations:"):
        return following
    return None


def _accredited(doc: Doc, i: int, words: frozenset[str]) -> bool:
    """The `de` at token `i` ends a preposition of place or accreditation (grammar.yml `accredited_words`:
    `auprès des Nations unies`, `près de Bamako`): what follows owns nothing before it."""
    return i > 0 and doc[i - 1].lower_ in words


def _body_after(doc: Doc, idx: DocIndex, ent: Span, of_words: frozenset[str]) -> Span | None:
    """The named body (of the lists or of the grammar) right after `ent` (and its acronym in brackets) through
    `de`/`de la`, if any."""
    start = i = _past_own_acronym(doc, idx, ent)
    while i < len(doc) and doc[i].lower_.replace("’", "'") in of_words and i - start < 3:
        i += 1
    if i == start or i >= len(doc):
        return None
    following = idx.ent_starting(i)
    if following is not None and following.label_ == "ORG" and following._.normalized and \
            following.id_.split(":", 1)[0] in ("organisations", "institutions"):
        return following
    return None


def _led_past_aside(doc: Doc, org: Span, leads: set[str], of_words: frozenset[str]) -> int | None:
    """`la 7e brigade blindée, de Besançon, commandée par X`: a leading participle set off from the body's
    name by an aside between commas, whose head in the parse is a word of the name (the participle
    qualifies the body, not the aside). The participle's index, else None."""
    if org.end >= len(doc) or doc[org.end].text != ",":
        return None
    for k in range(org.end + 1, min(org.end + 8, len(doc) - 1)):
        token = doc[k]
        if token.is_sent_start or token.text in (";", ":"):
            return None
        if token.pos_ in ("VERB", "AUX") or token.lemma_.lower() in leads:
            if token.lemma_.lower() not in leads or doc[k + 1].lower_ != "par":
                return None
            if doc[k - 1].text != "," or k - org.end <= 2:
                return None
            if org.start <= token.head.i < org.end:
                return k
            # the parser may hang the participle on the aside's place (`de Besançon`): it qualifies the body
            # where it agrees with the name's head noun and the aside is only a place
            aside = doc[org.end + 1:k - 1]
            agrees = all(token.morph.get(f) == org.root.morph.get(f) and token.morph.get(f)
                         for f in ("Gender", "Number"))
            place = all(t.ent_type_ in ("LOC", "GPE") or t.lower_.replace("’", "'") in of_words for t in aside)
            return k if agrees and place and org.end + 1 <= token.head.i < k - 1 else None
    return None


def _row(relation: str, subject_id: str, object_id: str, sentence: str, start: int, end: int, rule: str,
         subject: str | None = None) -> dict:
    """A relation; person keys are turned into names and person ids at export."""
    return {"relation": relation, "subject_id": subject_id, "object_id": object_id, "subject": subject or subject_id,
            "object": object_id, "sentence": sentence, "start_char": start, "end_char": end, "rule": rule}


def meeting_sentences(doc: Doc, meeting: dict) -> list[Span]:
    """The Doc's sentences a meeting row was read from, in order; the sentences are indexed by their
    text once per Doc (a long text has thousands of meetings)."""
    memo = DocIndex.of(doc).memo
    by_text = memo.get("relations.sentences")
    if by_text is None:
        by_text = memo["relations.sentences"] = {}
        for sent in DocIndex.of(doc).sents:
            by_text.setdefault(span_text(sent).strip(), []).append(sent)
    texts = {s.strip() for s in meeting.get("sentences") or [meeting.get("sentence", "")] if s.strip()}
    return sorted((sent for text in texts for sent in by_text.get(text, [])), key=lambda sent: sent.start)
