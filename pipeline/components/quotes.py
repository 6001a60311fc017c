"""Stage 4d: direct quotations and who said them.

A quotation is text in « » or “ ”. Its speaker is read from the words around it:
- before it when a colon introduces it: `X a déclaré : « ... »`;
- after it, in the same sentence: `« ... », a souligné le général Wiermann`;
- before it otherwise: `selon X, « ... »`, `Pour M. X, l'Alliance doit « ... »`.
The speaker may be named by name, by rank alone (`a ajouté le général`: the last speaker of that
rank), by role (`a souligné le directeur général de l'EMI`: the official holding that role), by role
and nationality (`a lancé le chef de la diplomatie américaine`), or by a pronoun (`a-t-il ajouté`,
`selon lui`, `Il a précisé que « ... »`): the person last spoken of as a subject.
A quotation whose text ends its sentence (`... la paix. »`) has no speaker after it.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left

from spacy.attrs import IDX
from spacy.tokens import Doc, Span

from pipeline.components.interviews import interview_of, turn_at
from pipeline.components.linking import in_subject, person_key, role_holders
from pipeline.components.people import _gender
from pipeline.components.quotations import inside, quotations, quoted_ranges
from pipeline.components.spans import DocIndex, doc_text, group_spans
from pipeline.components.turns import MIN_TURNS, TurnReader
from pipeline.rulebook.grammar import Grammar
from pipeline.rulebook.loader import RuleBook

QUOTE_RE = re.compile(r"«\s*(?P<a>[^»]+?)\s*»|“\s*(?P<b>[^”]+?)\s*”|\"\s*(?P<c>[^\"\n]+?)\s*\"")
QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}  # the opening marks of QUOTE_RE and their closing ones
COMPOUND_NAME_RE = re.compile(r"\b[A-ZÀ-Ý][\w']+(?:-[A-ZÀ-Ý][\w']+)+")  # a surname of two capitalised parts
SHORT = 4  # fewer words: a quoted word or phrase, kept only when the sentence says who spoke it
TITLE_WORDS = 8  # a quotation this short, capitalised and verbless, is a name or a title
SENTENCES_BACK = 6  # sentences read back for the subject a pronoun stands for
WINDOW = 160  # characters read after or before a quotation for its speaker
# A sentence of a paragraph printed without quotation marks, up to its last comma, then the rest up to its end.
UNMARKED_RE = re.compile(r"(?:^|(?<=[.!?…]\s))(?P<text>[A-ZÀ-Ý][^«»“”\"\n.!?…]{15,}),"
                         r"[ \t]+(?P<rest>[^,«»“”\"\n.!?…]{3,100})[.!?…]", re.M)

# A person and a past title in apposition: `X, ancien ministre`, `l'ancien ministre ..., le général X`.
PAST_BEFORE_RE = re.compile(r",\s*[\w-]+\s*")
PAST_AFTER_RE = re.compile(r",\s*(?:(?:le|la|l['’])\s*)?(?:\w+\s+)?")


class QuoteFinder:
    """Pipeline stage: `doc._.quotes`, a list of quote dicts."""

    def __init__(self, book: RuleBook) -> None:
        self.grammar = Grammar.from_book(book)
        self.verbs = {e["lemma"].lower() for e in book.entries("speech", "verbs")}
        self.forms = {f.lower() for e in book.entries("speech", "verbs") for f in e.get("forms") or []}
        self.markers = [t.lower() for e in book.entries("speech", "markers") for t in e["terms"]]
        self.markers += [f for f in self.forms if " " in f]  # `a mis en garde`: forms of several words
        self.dashes = tuple(book.get("speech", "attribution_dashes", []))
        self.first_person = {w.lower() for w in book.get("speech", "first_person_words", [])}
        self.inverting = {w.lower() for w in book.get("speech", "inverting_auxiliaries", [])}
        self.counterparts = {w.lower() for w in book.get("relations", "counterparts", [])}
        self.civilities = {w.lower() for w in book.get("names", "civilities", [])}
        self.turns = TurnReader(book, self.grammar)
        self.same_as = {f"roles:{e['id']}": e.get("same_as") for e in book.entries("roles", "roles")}
        self.new_holder_words = {w.lower() for w in book.get("roles", "new_holder_words", [])}
        self.succession_nouns = {w.lower() for w in book.get("meetings", "succession_nouns", [])}
        defaults = {e["id"] for e in book.entries("roles", "roles") if e.get("default_country")}
        self.national = {f"roles:{e['id']}" for e in book.entries("roles", "roles")  # `le chef de l'État`
                         if e["id"] in defaults or set(e.get("same_as") or []) & defaults}

    def __call__(self, doc: Doc) -> Doc:
        people = doc._.officials or []
        self.person_at = {start: p for p in people for start, _ in p["mentions"]}
        self.person_starts = sorted(self.person_at)
        self.people = people
        quotes = []
        self.last_speaker, self.last_speaker_at = None, -1
        self.text = doc_text(doc)
        self.doc = doc
        self.idx = DocIndex.of(doc)
        self.token_starts = doc.to_array([IDX]).reshape(-1).tolist()  # not `t.idx for t in doc`: a Token each
        self.token_at = {c: i for i, c in enumerate(self.token_starts)}  # `char_to_token` of the same array
        self.quoted = quoted_ranges(self.text)
        turns = self._record_turns(doc, 0)
        for index, m in enumerate(quotations(QUOTE_RE, self.text, QUOTE_PAIRS), 1):  # linear in the text
            group = next(g for g in "abc" if m.group(g))
            text = m.group(group)
            short = len(text.split()) < SHORT
            if short and text[:1].isupper():  # a title or a name (`« Livre blanc »`, `« Barkhane »`)
                continue  # a word or two in lower case is kept when its sentence says who spoke it
            if self._title(m.start(group), m.end(group), text):  # `baptisé « Arche de la paix »`
                continue
            opens = next((t for t in turns if t["start_char"] == m.start()), None)  # `Le président: « ... »`
            if opens is not None and len(turns) >= MIN_TURNS:
                speaker = self._turn_speaker(turns, m.start())
            else:
                speaker = self._speaker(doc, m, text, short) or self._turn_speaker(turns, m.start())
            if speaker is None and not short:
                speaker = self._interviewee_speaks(doc, m.start())
            if short and not speaker:  # `a évoqué « une page nouvelle »`, not `le concept de « haute intensité »`
                continue
            if speaker:
                self.last_speaker, self.last_speaker_at = speaker, m.end()
            quotes.append({"quote_id": f"Q{index}", "quote": text, "start_char": m.start(group),
                           "end_char": m.end(group), "speaker_key": speaker["key"] if speaker else "",
                           "speaker": speaker["name"] if speaker else ""})
        last_id = len(quotes) and max(int(q["quote_id"][1:]) for q in quotes)
        if len(turns) >= MIN_TURNS:  # a record, whatever question marks it holds: no interview
            quotes += [{**t, "quote_id": f"Q{last_id + k}"} for k, t in enumerate(
                (t for t in turns if t["speaker_key"] and t["quote"][:1] not in QUOTE_PAIRS), 1)]
        else:
            quotes += self._answers(doc, last_id) or [{**t, "quote_id": f"Q{last_id + k}"}
                                                      for k, t in enumerate(turns, 1)
                                                      if t["speaker_key"] and t["quote"][:1] not in QUOTE_PAIRS]
        doc._.quotes = quotes + self._unmarked(doc, quotes)
        return doc

    def _unmarked(self, doc: Doc, quotes: list[dict]) -> list[dict]:
        """Direct speech printed without quotation marks: a sentence that speaks in the first person
        (`Nous restons aux côtés de nos alliés, a déclaré la ministre.`), closed by a comma and an
        inverted speech verb (`a déclaré X`, `précise-t-il`), whose speaker is read as after a quotation.
        A sentence in the third person (`Le contrat sera signé en mai, a précisé le ministère.`) is
        reported speech; a sentence inside a quotation or an interview's answer is already counted."""
        found = []
        last_id = max((int(q["quote_id"][1:]) for q in quotes), default=0)
        taken = [(q["start_char"], q["end_char"]) for q in quotes]
        for m in UNMARKED_RE.finditer(self.text):
            text, rest = m.group("text"), m.group("rest").split()
            words = {w.lower() for w in re.findall(r"\w+'?", text)}  # `j'ai`: `j'`, `ai`
            if not words & self.first_person or not self._inverted_speech(rest):
                continue
            start, end = m.start("text"), m.end("text")
            if self._quoted(start) or any(a < end and start < b for a, b in taken):
                continue
            speaker = self._after(doc, end)
            if speaker is None:
                continue
            last_id += 1
            found.append({"quote_id": f"Q{last_id}", "quote": text, "start_char": start, "end_char": end,
                          "speaker_key": speaker["key"], "speaker": speaker["name"]})
        return found

    def _inverted_speech(self, words: list[str]) -> bool:
        """`a déclaré X`, `a-t-il ajouté`, `précise-t-il`, `estime le général`: the words after the comma
        open with a speech verb whose subject follows it."""
        parts = words[0].lower().split("-") if words else [""]
        verb, pronoun = parts[0], parts[-1] if len(parts) > 1 else ""
        if pronoun and pronoun not in self.grammar.subject_pronouns:
            return False  # `a-t-il`, `précise-t-elle`: the pronoun after the verb; not `sous-marins`
        if verb in self.inverting and len(words) > 1:  # `a déclaré X`, `a-t-il ajouté`
            return words[1].lower() in self.forms
        if pronoun:
            return verb in self.forms  # `précise-t-il`
        nxt = words[1].lower().replace("’", "'") if len(words) > 1 else ""  # `estime le général X`: its subject
        determiner = nxt in self.grammar.title_determiners or nxt[:2] in self.grammar.title_determiners  # `l'amiral`
        return verb in self.forms and bool(nxt) and (words[1][:1].isupper() or determiner)

    def _record_turns(self, doc: Doc, last_id: int) -> list[dict]:
        """A parliament's record of a hearing (`M. X, président. - Mes chers collègues, ...`, `01.02 X, ministre:
        ...`, `Le président: ...`): each labelled paragraph gives the words of the person its label names
        (`turns.py`); the label is left out. A function label no one holds still ends the turn before it (a
        turn of no one)."""
        def named(m) -> dict | None:
            span = doc.char_span(m.start("label"), m.end("label"), alignment_mode="contract")
            return self._named(span) if span is not None else None

        turns = []
        for m, speaker in self.turns.speakers(self.text, named, self.person_at, self._quoted):
            text = m.group("text").strip()
            last_id += 1
            turns.append({"quote_id": f"Q{last_id}", "quote": text, "start_char": m.start("text"),
                          "end_char": m.start("text") + len(text), "speaker_key": speaker["key"] if speaker else "",
                          "speaker": speaker["name"] if speaker else ""})
        return turns

    def _turn_speaker(self, turns: list[dict], char: int) -> dict | None:
        """In a record, a quotation said in a speaker's turn (`Général X. - ... \n\n L'enjeu est
        simple : « ... »`): the turn goes on over the paragraphs up to the next label."""
        if len(turns) < MIN_TURNS:
            return None
        before = [t for t in turns if t["start_char"] <= char]
        if not before:
            return None
        key = before[-1]["speaker_key"]
        if not key:
            return None
        return next((p for p in self.people if p["key"] == key), None)

    def _answers(self, doc: Doc, last_id: int) -> list[dict]:
        """An interview's answers (`interviews.py`) are the interviewee's own words, one quotation each, its
        speaker's label left out (`P. V. : ...`); the questions are nobody's words."""
        found = interview_of(doc)
        if found is None:
            return []
        by_key = {p["key"]: p for p in self.people}
        answers = []
        for turn in found["turns"]:
            speaker = by_key.get(turn["speaker"])
            if turn["kind"] != "answer" or speaker is None:
                continue
            start, end = turn["start"], turn["end"]
            label = LABEL_RE.match(self.text, start, end)
            if label is not None and label.group("mark") == ":":
                start = label.end()
            text = self.text[start:end].strip()
            if not text:
                continue
            start = self.text.index(text, start)
            last_id += 1
            answers.append({"quote_id": f"Q{last_id}", "quote": text, "start_char": start,
                            "end_char": start + len(text), "speaker_key": speaker["key"], "speaker": speaker["name"]})
        return answers

    def _interviewee_speaks(self, doc: Doc, start: int) -> dict | None:
        """In an interview, a quotation its sentence gives to no one is the interviewee's own words when it
        stands in an answer (`... nos écoles. « Nous ne pourrons ... » Les écoles ...`), however far from the
        answer's label, or heads the page before the first question, opening its line (`« ... » : entretien
        avec le général X`, a title line under a kicker naming X). A quotation in a question is nobody's."""
        found = interview_of(doc)
        if found is None:
            return None
        turn = turn_at(doc, start)
        if turn is not None:
            key = turn["speaker"] if turn["kind"] == "answer" else ""
        else:
            first = min(t["start"] for t in found["turns"])
            line = self.text.rfind("\n", 0, start) + 1
            heads = start < first and not self.text[line:start].strip()
            key = found["interviewee"] if heads else ""
        return next((p for p in self.people if p["key"] == key), None) if key else None

    def _title(self, start: int, end: int, text: str) -> bool:
        """A name or a title in quotation marks, not words someone spoke: it opens with a capital, holds
        no verb (by the parse) and no sentence mark, and is short (`« Déclaration d'Alger pour un
        partenariat stratégique »`, `« Swiss Defence Industry Day »`); words a clause with a finite verb
        introduces by a colon are spoken (`il a lancé une invitation : « La prochaine fois, à Berlin »`, not
        `À lire aussi : « ... »`)."""
        if self._introduced_by_clause(start):
            return False
        if not text[:1].isupper() or len(text.split()) > TITLE_WORDS or re.search(r"[.!?…;]", text):
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        words = [t for t in span if not t.is_punct] if span is not None else []
        return bool(words) and not any(t.pos_ in ("VERB", "AUX") for t in words)

    def _introduced_by_clause(self, start: int) -> bool:
        """The quotation follows a colon that ends a clause with a finite verb, in its line."""
        colon = self.text.rfind(":", max(0, start - 50), start)
        if colon < 0 or self.text[colon + 1 : start].strip(" «“\"\t"):
            return False
        line = self.text.rfind("\n", 0, colon) + 1
        span = self.doc.char_span(max(line, colon - WINDOW), colon, alignment_mode="contract")
        return span is not None and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in span)

    def _speaker(self, doc: Doc, m: re.Match, text: str, short: bool = False) -> dict | None:
        introduced = self.text[max(0, m.start() - 50) : m.start()].rstrip().endswith(":")
        continues = self.text[m.end() : m.end() + 50].lstrip().startswith(",")  # `« ... . », a rappelé X`
        ends_sentence = text.rstrip().endswith((".", "!", "?", "…")) and not continues
        after = None if introduced or ends_sentence or short else self._after(doc, m.end())
        found = after or self._before(doc, m.start(), introduced, short)
        if found or short:
            return found
        return self._attribution_line(doc, m) or self._transcript_label(doc, m.start())

    def _is_speech(self, token) -> bool:
        return token.lemma_.lower() in self.verbs or token.lower_ in self.forms

    def _speaks(self, span: Span) -> bool:
        return any(self._is_speech(t) for t in span) or self._speaks_multi(span)

    def _opens_marker(self, token) -> bool:
        """The verb of a speech verb of several words (`rendu` of `rendu hommage`), followed by its rest."""
        rest = token.doc[token.i : token.i + 4].text.lower()
        return token.pos_ in ("VERB", "AUX") and any(
            " " in m and m.startswith(token.lower_ + " ") and rest.startswith(m) for m in self.markers)

    def _speaks_multi(self, span: Span) -> bool:
        text = span.text.lower()
        return any(m in text for m in self.markers)

    def _after(self, doc: Doc, end: int) -> dict | None:
        """`», a souligné le général Wiermann` / `», a ajouté le général.` / `», a-t-il ajouté`."""
        span = doc.char_span(end, min(len(self.text), end + WINDOW), alignment_mode="contract")
        if span is None or not len(span):
            return None
        clause = _before_relative(_clause(span))
        if not self._speaks(clause) or _new_clause(clause):
            return None
        incise = self._incise(clause)
        if incise is not None:  # `», a-t-il indiqué, avant de saluer la position sénégalaise`: he
            found = self._pronoun(incise, doc, end)
            if found is not None:
                return found
        return self._named(clause) or self._by_title(clause) or self._succession(clause) \
            or self._pronoun(clause, doc, end) or self._woman_described(clause)

    def _incise(self, clause: Span) -> Span | None:
        """The words of a speech verb with an inverted subject pronoun (`a-t-il indiqué`, `précise-t-elle`)
        up to the comma after them, when they name no one: the rest of the sentence (`, avant de saluer
        le ministre sénégalais`) names others than the speaker. One named after a preposition (`a-t-il
        lancé à la ministre`, `a-t-elle répondu au général`) is spoken to or of, not the speaker."""
        verb = next((t for t in clause if self._is_speech(t)), None)
        if verb is None:
            return None
        end = next((t.i for t in clause if t.i > verb.i and t.text in {",", ";", ":"}), clause.end)
        words = clause.doc[clause.start : end]
        if not any(t.lower_ in self.grammar.subject_pronouns for t in words):
            return None
        named = [e for e in self.idx.ents_in(words) if e.label_ in ("PERSON", "ROLE", "RANK")]
        if any(not _governed(e, titled=True) for e in named):
            return None
        return words

    def _before(self, doc: Doc, start: int, introduced: bool = False, short: bool = False) -> dict | None:
        """`X a déclaré : « ... »`, `selon X, « ... »`, `Pour M. X, l'Alliance doit « ... »`; after a
        colon any verb will do (`X a vu dans ce choix une reconnaissance : « ... »`)."""
        line_start = self.text.rfind("\n", 0, start) + 1
        if not introduced and not self.text[line_start:start].strip():
            return None  # a quotation that opens its paragraph: the paragraph before says nothing of it
        span = doc.char_span(max(0, start - WINDOW), start, alignment_mode="contract")
        if span is None or not len(span):
            return None
        starts = [t.i for t in span if t.is_sent_start]
        if len(starts) > 1 and doc[starts[-1]].is_punct and doc[starts[-1]].text in {",", ";"}:
            starts.pop()  # the parser cut `Pour X, la session marque « ... »` at its comma
        tail = doc[starts[-1] if starts else span.start : span.end]
        while len(tail) > 1 and tail[0].is_space:  # a paragraph's opening line break
            tail = tail[1:]
        opens_with_pour = len(tail) > 1 and tail[0].lower_ == "pour"
        if not (self._speaks(tail) or opens_with_pour or introduced):
            return None
        mentions = [e for e in self.idx.ents_in(tail) if e.label_ == "PERSON" and e.start_char in self.person_at]
        subjects = [e for e in mentions if in_subject(e[0])]  # `X, qui avait reçu Y, a remercié ... « ... »`
        if mentions and not subjects and any(t.lower_ in self.grammar.subject_pronouns and in_subject(t) for t in tail):
            found = self._pronoun(tail, doc, tail.start_char)  # `Il a remercié Mme X, avant d'ajouter : « »`
            if found:
                return found
        if mentions and not subjects and (titled := self._titled_subject(tail)) is not None:
            return titled  # `le ministre a remis au général X ses insignes, saluant « ... »`: the minister
        if mentions and not subjects and (attributed := self._opening_attribution(tail, mentions)) is not None:
            return attributed  # `Pour le ministre X, qui a reçu le général Y, « ... »`: X, not Y
        if mentions and (absolute := self._absolute_speaker(tail)) is not None:
            return absolute  # `X et Y ont conclu une trêve, le président américain qualifiant ... « ... »`
        if subjects or mentions:
            speaking = [e for e in subjects if self._says(e)]  # `X a indiqué que Y pourrait « ... »`: X
            return self.person_at[(speaking or subjects or mentions)[-1].start_char]
        if self._goes_on(tail):
            return self.last_speaker  # `a souligné que « ... », ajoutant que « ... »`: the same speaker
        if short and not any(self._is_speech(t) for t in tail) and not self._speaks_multi(tail):
            return None  # a phrase is given to a speaker of its own sentence only: `Il a évoqué « ... »`
        found = self._by_title(tail) or self._succession(tail) or self._pronoun(tail, doc, tail.start_char) \
            or self._woman_described(tail)
        if found is None and any(self._is_speech(t) for t in tail) and not any(in_subject(t) for t in tail):
            return self.last_speaker  # `Et d'ajouter : « ... »`: a verb without a subject goes on
        return found

    def _says(self, ent: Span) -> bool:
        """The name is the subject of a speech verb (`X a indiqué que Y pourrait venir`: X, not Y, who
        is the subject of the clause X's words report), read over the name, apposition or complement it
        belongs to (`le conseiller, X, a indiqué`)."""
        token = ent.root
        for _ in range(4):
            if token.dep_ in ("nsubj", "nsubj:pass") or token.head.i == token.i:
                break
            token = token.head
        verb = token.head
        return token.dep_ in ("nsubj", "nsubj:pass") and (self._is_speech(verb) or self._opens_marker(verb))

    def _opening_attribution(self, tail: Span, mentions: list[Span]) -> dict | None:
        """A sentence opening with a word that gives the words to someone (`Pour X, ...`, `Selon X`,
        `D'après X`): the person named in that opening phrase, up to its first comma, speaks; people
        named in a relative clause or apposition after it (`, qui a reçu Y,`) do not."""
        opening = {tail[0].lower_, tail[:2].text.lower().replace("’", "'")}
        if not opening & ({"pour"} | set(self.markers)):
            return None
        comma = next((t.idx for t in tail if t.text == ","), tail.end_char)
        if mentions[0].start_char > comma:
            return None
        return self.person_at[mentions[0].start_char]

    def _absolute_speaker(self, tail: Span) -> dict | None:
        """A speech verb in the present participle with a subject of its own after a comma, a title named
        with its article and no name (`, le président américain qualifiant leur rencontre de « ... »`, `, la
        ministre saluant « ... »`): the holder of that title speaks, not the people the main clause names."""
        doc = tail.doc
        for verb in tail:
            if not (self._is_speech(verb) and verb.lower_.endswith("ant")) or verb.i - 1 <= tail.start:
                continue
            comma = next((j for j in range(verb.i - 1, max(tail.start, verb.i - 8) - 1, -1)
                          if doc[j].text == ","), None)
            if comma is None or doc[comma + 1].lower_ not in self.grammar.title_determiners:
                continue
            title = doc[comma + 1 : verb.i]
            ents = self.idx.ents_in(title)
            if any(e.label_ == "ROLE" for e in ents) and not any(e.label_ == "PERSON" for e in ents):
                return self._by_title(title)
        return None

    def _titled_subject(self, tail: Span) -> dict | None:
        """The speaker named by title as the subject of the verb the quotation hangs on, where the people the
        sentence names are its objects (`le ministre a décoré le général X, saluant « ... »`). A speech verb
        with a subject of its own (`le général X, qui a déclaré`) is that subject's. A verb of several words
        (`a rendu hommage au général X « ... »`) is read by its first word."""
        speech = [t for t in tail if self._is_speech(t) or self._opens_marker(t)]
        if not speech or any(c.dep_ in ("nsubj", "nsubj:pass") and (c.ent_type_ not in ("ROLE", "RANK") or any(
                t.ent_type_ == "PERSON" for t in c.subtree)) for c in speech[-1].children):
            return None  # `le général X, qui a déclaré`, `le président X a promis`: the verb's own subject, no title
        governing = {speech[-1].i} | {t.i for t in speech[-1].ancestors}
        titles = [e for e in self.idx.ents_in(tail) if e.label_ in ("ROLE", "RANK")
                  and e.root.dep_ in ("nsubj", "nsubj:pass") and e.root.head.i in governing]
        if not titles:
            return None
        title = titles[-1]
        return self._by_title(tail.doc[title.start : title.end])

    def _goes_on(self, tail: Span) -> bool:
        """The quotation hangs on a speech verb in the present participle with no subject of its own
        (`ajoutant que`, `précisant :`), in the sentence of the last speaker's quotation."""
        if self.last_speaker is None or self.last_speaker_at < tail.start_char:
            return False
        verbs = [t for t in tail if self._is_speech(t) and t.idx >= self.last_speaker_at]
        return bool(verbs) and "Part" in verbs[-1].morph.get("VerbForm") and "Pres" in verbs[-1].morph.get(
            "Tense") and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in verbs[-1].children)

    def _attribution_line(self, doc: Doc, m: re.Match) -> dict | None:
        """A citation block of a press release: the quotation alone on its line, then its author on
        the same line after a dash (`« ... » — L'honorable X, ministre ...`) or on the next line
        (`L'honorable X, ministre de la Défense nationale`), a line without a verb."""
        line_start = self.text.rfind("\n", 0, m.start()) + 1
        rest_of_line = self.text[m.end() : self.text.find("\n", m.end()) % (len(self.text) + 1)]
        if rest_of_line.strip().startswith(self.dashes) if self.dashes else False:
            start, end = m.end(), m.end() + len(rest_of_line)
        elif not self.text[line_start : m.start()].strip() and not rest_of_line.strip():
            following = re.compile(r"\n\s*(?P<line>[^\n]+)").match(self.text, m.end() + len(rest_of_line))
            if following is None:
                return None
            start, end = following.start("line"), following.end("line")
        else:
            return None
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or len(span) > 25 or any(t.pos_ in ("VERB", "AUX") for t in span):
            return None
        return self._named(span)

    def _transcript_label(self, doc: Doc, start: int) -> dict | None:
        """A transcript or interview: the quotation's paragraph, or one before it, opens with its
        speaker's name (`Général X, chef d'état-major des armées. ...`, `Amiral X : ...`, `X. Y. : ...`);
        a label that names nobody (`Le journal : ...`) is the interviewer's."""
        for line_start in _line_starts_before(self.text, start):
            label = LABEL_RE.match(self.text, line_start)
            if label is None:
                continue
            span = doc.char_span(label.start("label"), label.end("label"), alignment_mode="contract")
            if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
                continue
            person = self._named(span) or self._initials(label.group("label"))
            if person or label.group("mark") == ":":
                return person
        return None

    def _initials(self, label: str) -> dict | None:
        """`N. V.`: the one person whose name has these initials."""
        letters = re.findall(r"\b(\w)\.", label)
        if len(letters) < 2 or len(letters) != len(label.replace(".", " ").split()):
            return None
        found = [p for p in self.people
                 if [w[0].upper() for w in p["name"].replace("-", " ").split()][-len(letters):] == letters]
        return found[0] if len(found) == 1 else None

    def _named(self, clause: Span) -> dict | None:
        for ent in self.idx.ents_in(clause):
            if ent.label_ == "PERSON" and ent.start_char in self.person_at:
                return self.person_at[ent.start_char]
        by_key = {p["key"]: p for p in self.people}  # a known surname the model did not tag here
        for token in clause:
            if token.is_title and person_key(token.text) in by_key:
                return by_key[person_key(token.text)]
        for word in COMPOUND_NAME_RE.findall(clause.text):  # `Smith-Carter`, split by the tokenizer at its hyphen
            if person_key(word) in by_key:
                return by_key[person_key(word)]
        return None

    def _by_title(self, clause: Span) -> dict | None:
        """A speaker named by role (and organisation or nationality), or by rank alone."""
        ents = [e for e in self.idx.ents_in(clause) if not self._vocative(e)]
        roles = [e for e in ents if e.label_ == "ROLE"]
        if roles and all(_governed(e) for e in roles) and any(
                e.label_ == "RANK" and not _governed(e) for e in ents):
            roles = []  # `a expliqué le général au ministre`: the one spoken to is no speaker
        countries = _title_countries(ents) or (self._inner_countries(roles[0]) if roles else set())
        referred = self.person_at.get(roles[0].start_char) if roles else None
        if referred is not None and countries and referred["country"] and referred["country"] not in countries:
            referred = None  # `le ministre polonais` read as a mention of the Italian minister: not him
        if roles and self._said_past(roles[0]):  # `l'ancien ministre`: a former holder, never the one now
            return self._former_holder(roles[0], countries)
        if referred is not None and referred["rules"].get("new_holder"):
            return referred  # `le nouveau chef d'état-major`: the successor the officials stage found
        if referred is not None and roles and not referred["role"].startswith(roles[0]._.normalized):
            return referred  # `le président` for the one called `le chef de l'État`, not a `président du gouvernement`
        if roles and (successor := self._successor(roles[0])) is not None:
            return successor
        if roles:
            orgs = [e._.normalized for e in ents if e.label_ == "ORG"]
            holders = role_holders(self.people, roles[0], self.same_as.get(roles[0].id_))
            if orgs:
                holders = [p for p in holders if p["organisation"] in orgs] or holders
            named = roles[0]._.normalized
            direct = [p for p in holders if p["role"] == named or p["role"].startswith(named + " ")]
            holders = direct or holders  # `le chef de l'État` who was called so, before any president
            holders = holders or self._loose_holders(roles[0])
            # `a lancé le chef du Pentagone`: a title said now is not the one a former holder held
            holders = [p for p in holders if not p["rules"].get("past_role")]
            if countries:  # `le ministre grec`: not the French minister, whose country is known
                holders = _of_countries(holders, countries)
            gendered = self._of_gender(holders, roles[0])
            if holders and not gendered:
                return None  # `a affirmé le ministre` after only `la ministre X`: neither her nor a guess
            holders = gendered
            if referred is not None and referred in holders and roles[0].id_.removesuffix("#head") in self.national:
                return referred  # a national title (`le chef de l'État`) read by the people stage as the story's own
            if holders:
                return holders[0]
            if not holders and not countries and (alone := self._one_of_gender(roles[0])) is not None:
                return alone
        compatriot = self._compatriot(countries) if countries else None
        if countries and not roles and not any(e.label_ == "RANK" for e in ents):
            chained = self._subject_chain(clause.doc, clause.start_char)  # `X s'est employé à ... « ... », a
            if chained is not None and chained is not compatriot and chained["country"] in countries | {""} \
                    and self._named_in_paragraph(chained, clause.start_char):  # assuré le Néerlandais`: X
                return chained
        if compatriot:  # `le responsable américain a affirmé`, `son homologue australien a insisté`
            return compatriot
        if not roles and any(_demonym_subject(e) for e in ents) and not any(e.label_ == "RANK" for e in ents):
            unplaced = [p for p in self.people if not p["country"] and self._named_in_paragraph(p, clause.start_char)]
            if len(unplaced) == 1:  # `a déclaré le Norvégien` of the one man of no country read named just before
                return unplaced[0]
        counterpart = self._counterpart(clause)
        if counterpart is not None:  # `son homologue a indiqué que ...`
            return counterpart
        ranks = [e for e in ents if e.label_ == "RANK"]
        if ranks:
            rank = ranks[0]._.normalized
            holders = [p for p in self.people if rank in p["rank"]]
            titled = [p for p in self.people if p in holders or self._ranked_mention(p, rank)]
            if (latest := self._subject_latest(titled, clause.start_char)) is not None:
                return latest  # `Le général X a reçu le drapeau. « ... », a souligné le général`: X
            if self.last_speaker is not None and rank in self.last_speaker["rank"]:
                return self.last_speaker
            if holders:
                return holders[0]
        return None

    def _said_past(self, role: Span) -> bool:
        """`l'ancien ministre`, `l'ex-chef d'état-major`: a word of `past_title_words` right before the
        title, over the adjectives between them (`l'ancien Premier ministre`)."""
        doc = role.doc
        i = role.start - 1
        while i >= 0 and doc[i].lower_ not in self.grammar.past_title_words and doc[i].pos_ == "ADJ":
            i -= 1
        return i >= 0 and doc[i].lower_ in self.grammar.past_title_words

    def _former_holder(self, role: Span, countries: set[str]) -> dict | None:
        """`L'ancien ministre ... a réaffirmé « ... »`: a title held in the past names the one person the
        text described with it before (`X, ancien ministre de la Défense`), two such give nobody. With a
        demonym (`l'ancien ministre français`) and nobody so described, it is the epithet of the person of
        that country the story follows: of those named before, whose title now is another, the one named
        most often (a tie gives nobody). Never one who holds the title now."""
        before = role.start_char
        named = [p for p in self.people if any(start < before and not self._quoted(start)
                                               for start, _ in p["mentions"])]
        holders = role_holders(named, role, self.same_as.get(role.id_))
        former = [p for p in holders if p["rules"].get("past_role")] or self._described_past(role)
        if former:
            return former[0] if len(former) == 1 else None
        if not countries:
            return None
        others = self._of_said_gender([p for p in _of_countries(named, countries) if p not in holders], role)
        counts = sorted(((sum(start < before for start, _ in p["mentions"]), p) for p in others),
                        key=lambda c: -c[0])
        if not counts:
            return self._epithet_of_last_named(role, holders, countries)
        if len(counts) > 1 and counts[1][0] == counts[0][0]:
            return None
        return counts[0][1]

    def _epithet_of_last_named(self, role: Span, holders: list[dict], countries: set[str]) -> dict | None:
        """`..., a confirmé le président du Conseil européen, X. « ... », a estimé l'ancien Premier ministre
        portugais`: a past title with a demonym, when no one of that country was named, is an epithet of
        someone just named whose title now is another (an international one, of no country): of the people
        the last sentence naming any names, the one not holding that title now, of no other country, whose
        gender the article allows (not `la présidente de la Commission` for `l'ancien ministre`). Two such
        give nobody."""
        named = [self.person_at[t.idx] for t in self._named_last(role.doc, role.start_char)]
        paragraph = self.text.rfind("\n", 0, role.start_char)
        if not named and self.last_speaker is not None and self.last_speaker_at > paragraph:
            named = [self.last_speaker]  # `Pour X, il s'agit de « ... ». « ... », a ajouté l'ancien ministre`: X
        found = list({p["key"]: p for p in named if p not in holders and p["country"] in countries | {""}}.values())
        found = self._of_said_gender(found, role)
        return found[0] if len(found) == 1 else None

    def _of_said_gender(self, people: list[dict], role: Span) -> list[dict]:
        """The people a past title's gender allows: its article's (`la ministre`), else its adjectives'
        when `l'` says none (`l'ancien Premier ministre`: not `la présidente de la Commission`); a person
        of unknown gender is allowed."""
        said = {g for t in role.doc[max(0, role.start - 3) : role.start] if t.pos_ == "ADJ"
                for g in t.morph.get("Gender")}
        gender = _gender(role) or (next(iter(said)) if len(said) == 1 else "")
        return [p for p in people if self._gender_of(p) in ("", gender)] if gender else people

    def _described_past(self, role: Span) -> list[dict]:
        """The people the text described before with that title said in the past, in apposition
        (`X, ancien ministre de la Défense,`, `l'ancien chef d'état-major, le général X`): the officials
        stage keeps only a role held now, so the past one is read again here."""
        name = role._.normalized
        found = []
        for ent in self.idx.ents_in(role.doc[: role.start]):
            if ent.label_ != "ROLE" or not (ent._.normalized == name or ent._.normalized.startswith(name + " ")) \
                    or not self._said_past(ent) or self._quoted(ent.start_char):
                continue
            for p in self.people:
                if p not in found and any(e <= ent.start_char and PAST_BEFORE_RE.fullmatch(self.text[e:ent.start_char])
                                          or s >= ent.end_char and PAST_AFTER_RE.fullmatch(self.text[ent.end_char:s])
                                          for s, e in p["mentions"]):
                    found.append(p)
        return found

    def _succession(self, clause: Span) -> dict | None:
        """`Son successeur a bâti ...`, `a affirmé son successeur`: a noun of succession (meetings.yml
        `succession_nouns`) with a possessive determiner names the person the text set beside the same
        noun before, in apposition or right after it (`à son successeur, le général X`, `son successeur
        X`), the last such; none set there gives nobody."""
        noun = next((t for t in clause if t.lower_ in self.succession_nouns and not self._quoted(t.idx)
                     and any(c.dep_ == "det" and "Poss=Yes" in c.morph for c in t.children)), None)
        if noun is None:
            return None
        beside = re.compile(rf"\b{re.escape(noun.lower_)}\s*,?\s*(?:(?:le|la|l['’])\s*)?(?:[\w-]+\s+){{0,2}}$", re.I)
        found = [(start, p) for p in self.people for start, _ in p["mentions"] if start < noun.idx
                 and not self._quoted(start) and beside.search(self.text[max(0, start - 60) : start])]
        return max(found, key=lambda f: f[0])[1] if found else None

    def _ranked_mention(self, person: dict, rank: str) -> bool:
        """The person is named once after that rank (`le général X`), whatever rank the officials stage
        recorded (`le colonel X`, promoted since)."""
        for start, _ in person["mentions"]:
            i = self.token_at.get(start)
            before = next(self.idx.ents_before(i), None) if i is not None else None
            if before is not None and before.end == i and before.label_ == "RANK" and before._.normalized == rank:
                return True
        return False

    def _subject_latest(self, people: list[dict], before: int) -> dict | None:
        """Of these people, the one named by name last before `before` as the subject of a clause, outside
        quotation marks: a title alone (`le général`) stands for the one of that title the text has just
        spoken of (`Le général X a reçu le drapeau`), not for one the last speaker spoke to (`a remercié le
        général Y`)."""
        mentions = [(start, p) for p in people for start, _ in p["mentions"] if start < before
                    and start in self.token_at and self.doc[self.token_at[start]].ent_type_ == "PERSON"
                    and in_subject(self.doc[self.token_at[start]]) and not self._quoted(start)]
        return max(mentions, key=lambda m: m[0])[1] if mentions else None

    def _successor(self, role: Span) -> dict | None:
        """`a déclaré le nouveau président en exercice` when no one was recorded as the new holder of the
        role: not its holder named so far but the one the paragraph just spoke of (`a transmis la
        présidence au général X`), the person named by name last before it, outside quotation marks. A
        paragraph that names no one before the title (`« ... », a déclaré le nouveau préfet` opening it)
        goes on from the one before it, which introduced the new holder."""
        doc = role.doc
        j = role.start - 1
        while j >= 0 and doc[j].pos_ == "ADJ":
            j -= 1
        said_new = any(t.lower_ in self.new_holder_words for t in doc[j + 1 : role.start])
        if not said_new or j < 0 or doc[j].pos_ != "DET":
            return None
        if any(p["rules"].get("new_holder") for p in self.people):
            return None
        paragraph = self.text.rfind("\n", 0, role.start_char)
        nearest = bisect_left(self.person_starts, role.start_char) - 1
        if paragraph > 0 and nearest >= 0 and self.person_starts[nearest] <= paragraph:  # no one named here yet
            end = paragraph
            while end > 0 and self.text[end - 1].isspace():  # the blank lines between the paragraphs
                end -= 1
            paragraph = self.text.rfind("\n", 0, end)
        for k in range(nearest, -1, -1):
            at = self.person_starts[k]
            if at <= paragraph:
                return None
            if at in self.token_at and doc[self.token_at[at]].ent_type_ == "PERSON" and not self._quoted(at):
                return self.person_at[at]
        return None

    def _one_of_gender(self, role: Span) -> dict | None:
        """`a déclaré la conseillère fédérale`, a role nobody was recorded with: the one person of the
        article its article's gender says (the one woman named), else nobody."""
        gender = _gender(role)
        same = [p for p in self.people if self._gender_of(p) == gender] if gender else []
        return same[0] if len(same) == 1 else None

    def _vocative(self, title: Span) -> bool:
        """`Monsieur le président, ...`, `Madame la ministre !`: a title after a civility and an article
        and before a punctuation addresses someone (the one spoken to), it names no speaker; `M. le
        président X.` (a name after it) is a title."""
        doc = title.doc
        if title.label_ not in ("ROLE", "RANK") or title.start < 2 or title.end >= len(doc):
            return False
        return doc[title.start - 1].lower_ in self.grammar.definite_articles \
            and doc[title.start - 2].text.lower() in self.civilities and doc[title.end].is_punct

    def _of_gender(self, holders: list[dict], role: Span) -> list[dict]:
        """`a déclaré le ministre`: of the holders of the role, the ones its article's gender may say
        (not `la ministre du Commerce` named first); all of them when none agrees or the article says none."""
        gender = _gender(role)
        if not gender:
            return holders
        agreeing = [p for p in holders if self._gender_of(p) in ("", gender)]
        if len(holders) == 1:  # `a affirmé le ministre` after only `la ministre X`: not her
            return agreeing
        return agreeing or holders

    def _named_in_paragraph(self, person: dict, before: int) -> bool:
        """The person is named by name (not only by a title) in the paragraph before `before`."""
        paragraph = self.text.rfind("\n", 0, before)
        return any(paragraph < start < before and start in self.token_at
                   and self.doc[self.token_at[start]].ent_type_ == "PERSON" for start, _ in person["mentions"])

    def _counterpart(self, clause: Span) -> dict | None:
        """`son homologue` as the speaker (not `à son homologue`): the counterpart of the last speaker,
        the person of another country the article names most."""
        words = [t for t in clause if t.lower_ in self.counterparts and t.pos_ == "NOUN"]
        if not words or self.last_speaker is None:
            return None
        if _governed(clause.doc[words[0].i : words[0].i + 1]):
            return None
        key = self.last_speaker["key"]
        by_key = {p["key"]: p for p in self.people}
        linked = {r["object_id"] if r["subject_id"] == key else r["subject_id"]
                  for r in self.doc._.relations or [] if r["relation"] == "COUNTERPART_OF"
                  and key in (r["subject_id"], r["object_id"])} - {key}
        if len(linked) == 1 and next(iter(linked)) in by_key:  # the one the article calls so
            return by_key[next(iter(linked))]
        others = [p for p in self.people if p["country"] and self.last_speaker["country"]
                  and p["country"] != self.last_speaker["country"]]
        return max(others, key=lambda p: len(p["mentions"])) if others else None

    def _loose_holders(self, role: Span) -> list[dict]:
        """`la présidente de la commission` for a person recorded as `présidente`: the roles compared
        without accents nor feminine endings, the person's role the head of the one named."""
        named = _fold_role(role._.normalized or role.text)
        folded = [(p, _fold_role(p["role"])) for p in self.people if p["role"]]
        return [p for p, role in folded if named == role or named.startswith(role + " ")]

    def _compatriot(self, countries: set[str]) -> dict | None:
        """The one person of that country; among several, the last speaker, or the one the article
        names most (a definite description points at its protagonist)."""
        compatriots = [p for p in self.people if p["country"] in countries] or self._named_with_demonym(countries)
        if len(compatriots) < 2:
            return compatriots[0] if compatriots else None
        if self.last_speaker in compatriots:
            return self.last_speaker
        counts = sorted((len(p["mentions"]) for p in compatriots), reverse=True)
        if counts[0] > counts[1]:
            return max(compatriots, key=lambda p: len(p["mentions"]))
        return None

    def _inner_countries(self, role: Span) -> set[str]:
        """The countries of the demonyms written inside a title (`le ministre polonais de la Défense`,
        `le chef de la diplomatie malienne`), not the words of the title's own term (`commissaire européen`)."""
        term = (role._.normalized or "").lower().split()
        return {s._.normalized for s in group_spans(role.doc, "lexicon") if s.label_ == "MISC"
                and s.id_.startswith("countries:") and role.start <= s.start and s.end <= role.end
                and not any(t.lower_ in term for t in s)}

    def _named_with_demonym(self, countries: set[str]) -> list[dict]:
        """The people whose country is not recorded but whose name the text writes right after a
        demonym of one of the countries (`son collègue polonais, X`, `le Polonais X`): a nationality
        said by the name, a person of that country for a title with that demonym."""
        by_end = {s.end: s for s in group_spans(self.doc, "lexicon") if s.label_ == "MISC"
                  and s.id_.startswith("countries:") and s._.normalized in countries}
        found = []
        for person in self.people:
            if person["country"]:
                continue
            for start, _ in person["mentions"]:
                k = self.token_at.get(start)
                if k is None:
                    continue
                j = k - 1 if k and self.doc[k - 1].text == "," else k
                if j in by_end:
                    found.append(person)
                    break
        return found

    def _woman_described(self, clause: Span) -> dict | None:
        """A speaker described by a noun written alike for both genders after a feminine article (`la
        diplomate`, `la numéro deux du ministère`), outside any entity: a woman, the one named last in
        the paragraph before it, as a feminine pronoun is read (`le diplomate` says no gender)."""
        for token in clause:
            if token.lower_ in self.grammar.epicene_person_nouns and not token.ent_type_ and token.i > 0 \
                    and token.doc[token.i - 1].lower_ == "la" and (not _governed(token.doc[token.i : token.i + 1])
                                                                   or self._attributed(token)):
                return self._last_agreeing(token.idx, True)
            if token.lower_ in self.grammar.epicene_person_nouns and not token.ent_type_ and token.i > 0 \
                    and token.doc[token.i - 1].lower_.replace("’", "'") in ("le", "l'") and in_subject(token):
                return self._described_subject(token)
        return None

    def _described_subject(self, noun) -> dict | None:
        """`Le diplomate a reconnu que « ... »` after `X a défendu le texte`: a definite description
        that says no name, no title and no country is the subject the sentence before it spoke of,
        read back as a pronoun is (`il`), from the start of its own sentence."""
        chained = self._subject_chain(noun.doc, noun.sent.start_char)
        named = self._last_named_subject(noun.doc, noun.idx)
        if chained is None and named is None and self.last_speaker_at > self.text.rfind("\n", 0, noun.idx):
            named = self.last_speaker  # `X a défendu un texte qui donne « ... ». Le diplomate a reconnu`: X
        return self._agrees(chained, False) or self._agrees(named, False)

    def _attributed(self, token) -> bool:
        """The noun phrase is the one a marker of attribution gives the words to (`selon la diplomate`,
        `d'après la porte-parole`): the preposition before its article is a marker, not `à` or `avec`."""
        j = token.i - 1
        while j >= 0 and token.doc[j].pos_ == "DET":
            j -= 1
        words = {token.doc[j].lower_, token.doc[max(0, j - 1) : j + 1].text.lower()} if j >= 0 else set()
        return bool(words & set(self.markers))

    def _pronoun(self, clause: Span, doc: Doc, before: int) -> dict | None:
        """`a-t-il ajouté`, `selon lui`, `Il a précisé`: whoever was spoken of last, the last speaker
        or the last person named as a subject."""
        pronouns = [t for t in clause if t.lower_ in self.grammar.subject_pronouns]
        if not pronouns:
            return None
        feminine = pronouns[0].lower_ in self.grammar.feminine_words
        raw = self._subject_chain(doc, before)
        if raw is not None:  # `L'amiral X dirige ... Il est ... il répond ... « ... », prévient-il`: X
            return self._agrees(raw, feminine) or self._last_agreeing(before, feminine)
        named = self._named_last(doc, before)
        last_sentence = [t for t in named if self._agrees(self.person_at[t.idx], feminine)]
        raw = self._last_named_subject(doc, before)
        if raw is not None and self._agrees(raw, feminine):  # `X s'est rendu à ... avec Y. « ... », a-t-il dit`: X
            return raw
        if last_sentence:  # someone was named since the last quote: the subject of the last such sentence
            subjects = [t for t in last_sentence if in_subject(t)]
            return self.person_at[(subjects or last_sentence)[0].idx]
        if raw is None and not named:
            return self._agrees(self.last_speaker, feminine) or (
                self._last_agreeing(before, feminine) if self.last_speaker is not None else None)
        return self._last_agreeing(before, feminine)

    def _last_agreeing(self, before: int, feminine: bool) -> dict | None:
        """When the one spoken of last is of the other gender (`X a reçu le général Y ... a-t-elle
        dit`): the person named last in the paragraph whose gender is known to be the pronoun's."""
        paragraph = self.text.rfind("\n", 0, before)
        for k in range(bisect_left(self.person_starts, before) - 1, -1, -1):
            at = self.person_starts[k]
            if at <= paragraph:
                return None
            gender = self._gender_of(self.person_at[at])
            if gender and (gender == "Fem") == feminine:
                return self.person_at[at]
        return None

    def _agrees(self, person: dict | None, feminine: bool) -> dict | None:
        """The person, unless a pronoun of the other gender stands for them (`a-t-elle ajouté` is not
        said of the general, `selon lui` not of Mme X); a person of unknown gender agrees with both."""
        if person is None:
            return None
        gender = self._gender_of(person)
        return person if not gender or (gender == "Fem") == feminine else None

    def _gender_of(self, person: dict) -> str:
        """`Fem` or `Masc` as a title's article said it (`la ministre`), else `Fem` after a civility of a
        woman (`Mme X`), else unknown."""
        gender = person["rules"].get("gender", "")
        if gender:
            return gender
        for start, _ in person["mentions"]:
            k = self.token_at.get(start)
            if k and self.doc[k - 1].lower_.rstrip(".") in self.grammar.feminine_words:
                return "Fem"
        return "Fem" if _feminine_title(person) else ""

    def _subject_chain(self, doc: Doc, before: int) -> dict | None:
        """Back through the sentences of the paragraph before `before`: the first whose subject is not
        a pronoun names the one a pronoun stands for, by name (`l'amiral X dirige ...`) or by role
        (`le chef des armées a rendu hommage ... Il a ensuite détaillé ...`). The subject is read as
        the words just before the first finite verb outside quotation marks (the parser often takes
        an inverted object for a subject)."""
        paragraph = self._told_from(self.text.rfind("\n", 0, before) + 1)
        k = bisect_left(self.token_starts, before) - 1
        if k < 0:
            return None
        sent = doc[k].sent
        for _ in range(SENTENCES_BACK):
            if sent.end_char <= paragraph:
                return None
            subject = self._finite_subject(sent, before)
            if subject is not None and subject.lower_ not in self.grammar.subject_pronouns:
                return self._subject_named(subject)
            if subject is None and sent.start_char < before and any(
                    t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not self._quoted(t.idx)
                    for t in sent if t.idx < before):
                return None  # a subject that is no name, role nor pronoun: the chain breaks
            if sent.start == 0:
                return None
            sent = doc[sent.start - 1].sent
        return None

    def _told_from(self, paragraph: int) -> int:
        """Where the story a paragraph goes on from begins: a paragraph that opens with a quotation
        (`« ... », a-t-il déclaré.`) names its speaker by the subject of the paragraph before it (`Le
        chef de l'État a présidé le Conseil.`); a line without end punctuation between them is a
        heading, which breaks the story."""
        if not self.text[paragraph:].lstrip(" \t").startswith(tuple(QUOTE_PAIRS)):
            return paragraph
        end = paragraph - 1
        while end > 0 and self.text[end - 1] in " \t\n":
            end -= 1
        if end <= 0 or self.text[end - 1] not in ".!?…»\"”":
            return paragraph
        return self.text.rfind("\n", 0, end) + 1

    def _finite_subject(self, sent: Span, before: int):
        """The token just before the first finite verb of the sentence outside quotation marks, past
        the clitics and negation between them (`il ne l'a pas dit`)."""
        relative = False
        for verb in sent:
            if verb.idx >= before:
                return None
            if verb.pos_ not in ("VERB", "AUX") or "Fin" not in verb.morph.get("VerbForm") or self._quoted(verb.idx):
                continue
            if _relative(verb):  # `L'officier, qui a pris ..., s'est dit`: the verb of the main clause
                relative = True
                continue
            j = verb.i - 1
            while j >= sent.start and j > verb.i - 4 and doc_pos(sent.doc[j]) == "clitic":
                j -= 1
            if relative and j >= sent.start and sent.doc[j].is_punct:  # `X, qui ..., a dit`: the subject before it
                return _parsed_subject(verb) or sent.doc[j]
            return sent.doc[j] if j >= sent.start else None
        return None

    def _subject_named(self, subject) -> dict | None:
        """The person a subject names: a known person ending there, or the holder of the role. An
        adjective after the noun (`le président réélu`, `le chef de l'État rwandais`) is read with
        the noun it qualifies."""
        noun = subject if subject.ent_type_ == "PERSON" else _qualified(subject)  # `le Président Macron`: him
        for ent in self.idx.ents_in(subject.sent):
            if not ent.start <= noun.i < ent.end:
                continue
            if ent.label_ == "PERSON" and ent.start_char in self.person_at:
                return self.person_at[ent.start_char]
            if ent.label_ == "ROLE":
                return self._by_title(subject.doc[ent.start - 1 if ent.start else 0 : max(ent.end, subject.i + 1)])
        return self._succession(subject.doc[noun.i : noun.i + 1]) or self._described(noun)

    def _described(self, subject) -> dict | None:
        """A definite description of a person by a noun and a nationality (`l'officier italien`, `le
        diplomate américain`): the one person of that country, else the one person of the article whose
        country is not known (never one known to be of another country)."""
        if subject.pos_ != "NOUN" or not any(t.lower_.replace("’", "'") in self.grammar.title_determiners
                                               for t in subject.children if t.dep_ == "det"):
            return None
        countries = {e._.normalized for e in self.idx.ents_in(subject.sent) if e.label_ == "MISC"
                     and e.id_.startswith("countries:") and e.root.head == subject and e.start > subject.i}
        if not countries:
            return None
        found = [p for p in self.people if p["country"] in countries]
        found = found or [p for p in self.people if not p["country"]]
        return found[0] if len(found) == 1 else None

    def _quoted(self, at: int) -> bool:
        return inside(self.quoted, at, at + 1)

    def _last_named_subject(self, doc: Doc, before: int) -> dict | None:
        """The person named last as a subject, after the last speaker and in the same paragraph."""
        paragraph = self.text.rfind("\n", 0, before)
        for k in range(bisect_left(self.person_starts, before) - 1, -1, -1):
            at = self.person_starts[k]
            if at <= max(self.last_speaker_at, paragraph):
                return None
            if at in self.token_at and in_subject(doc[self.token_at[at]]):
                return self.person_at[at]
        return None

    def _named_last(self, doc: Doc, before: int) -> list:
        """The first tokens of the people named in the last sentence that names any, after the last
        speaker and before `before`; read backwards from `before`, so a long text stays linear."""
        nearest_first = (self.person_starts[k] for k in range(bisect_left(self.person_starts, before) - 1, -1, -1))
        since_speaker = itertools.takewhile(lambda at: at > self.last_speaker_at, nearest_first)
        named = (doc[self.token_at[at]] for at in since_speaker if at in self.token_at)
        return self.idx.in_last_sentence((token.i, token) for token in named)




def _feminine_title(person: dict) -> bool:
    """The title as written is the feminine form of the title's canonical word (`ambassadrice` for
    `ambassadeur`, `directrice`, `présidente`, `cheffe`): the person is a woman."""
    written = (person.get("role_as_written") or "").lower().split()
    canonical = (person.get("role") or "").lower().split()
    if not written or not canonical or written[0] == canonical[0]:
        return False
    w, c = written[0], canonical[0]
    if c.endswith("eur") and w in (c[:-3] + "rice", c[:-3] + "euse"):
        return True
    return w.startswith(c) and w[len(c):] in ("e", "fe", "sse")


def _demonym_subject(ent: Span) -> bool:
    """`a déclaré le Norvégien`: one man named by his nationality, as a noun, the subject of the verb."""
    root = ent.root
    return ent.id_.startswith("countries:") and ent.text[:1].isupper() and root.dep_ in ("nsubj", "nsubj:pass") \
        and "Plur" not in root.morph.get("Number")


def _title_countries(ents: list[Span]) -> set[str]:
    """The countries the clause names; those written right after a title when there are any (`l'officier
    général mauritanien a remercié la partie marocaine`: Mauritanian)."""
    countries = [e for e in ents if e.label_ == "MISC" and e.id_.startswith("countries:")]
    titles = [e for e in ents if e.label_ in ("ROLE", "RANK")]
    own = [c for c in countries if any(t.end <= c.start <= t.end + 1 for t in titles)]
    return {e._.normalized for e in own or countries}


def _of_countries(holders: list[dict], countries: set[str]) -> list[dict]:
    """The holders of one of the countries a title says (`le ministre grec`), else those whose country
    is not known: never the holder known to be of another country."""
    return [p for p in holders if p["country"] in countries] or [p for p in holders if not p["country"]]


def _governed(ent: Span, titled: bool = False) -> bool:
    """The phrase is governed by a preposition (`au ministre`, `à son homologue`); with `titled`, a name
    over the title before it too (`à la ministre X`)."""
    j = ent.start - 1
    while j >= 0 and (ent.doc[j].pos_ == "DET" or titled and ent.doc[j].ent_type_ in ("ROLE", "RANK")):
        j -= 1
    return j >= 0 and ent.doc[j].pos_ == "ADP"


def _qualified(token):
    """The noun an adjective after it qualifies (`réélu` of `le président réélu`, `rwandais` of `le chef de
    l'État rwandais`), through a chain of such adjectives; any other word is itself."""
    while token.head.i < token.i and (token.dep_ == "amod" and token.pos_ == "ADJ" or token.dep_ in ("amod", "acl")
                                       and token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")):
        token = token.head
    return token


def _relative(verb) -> bool:
    """The finite verb heads a relative clause (`qui a pris`), or is the auxiliary of one."""
    head = verb.head if verb.pos_ == "AUX" and verb.dep_.startswith("aux") else verb
    return head.dep_ == "acl:relcl"


def _parsed_subject(verb):
    """The subject the parse gives the verb (or the verb its auxiliary serves), outside an incise."""
    head = verb.head if verb.pos_ == "AUX" and verb.dep_.startswith("aux") else verb
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i), None)


def doc_pos(token) -> str:
    """`clitic` for a negation or an object pronoun between a subject and its verb."""
    if token.pos_ == "PRON" and token.dep_ not in ("nsubj", "nsubj:pass"):
        return "clitic"
    if token.pos_ == "ADV" and token.dep_ == "advmod" and len(token.text) <= 3:
        return "clitic"
    return token.pos_


def _fold_role(role: str) -> str:
    """`Présidente de la Commission` -> `president de la commission`: lower case, no accents, no
    feminine ending, for comparing roles written for a man or a woman."""
    text = unicodedata.normalize("NFKD", role.replace("’", "'").lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"(?<=[a-z]{4})(?:e|es|s)$", "", w) for w in text.split())


LABEL_RE = re.compile(r"(?P<label>[^\n.:«»\"]{2,90}?|(?:\w\. ?){2,3})\s?(?P<mark>[.:])\s")
PARAGRAPHS_BACK = 12  # lines read back for a transcript's speaker label


def _line_starts_before(text: str, at: int):
    """The starts of the line holding `at` and of the lines before it, nearest first."""
    end = at
    for _ in range(PARAGRAPHS_BACK):
        start = text.rfind("\n", 0, end) + 1
        yield start
        if start == 0:
            return
        end = start - 1


def _new_clause(clause: Span) -> bool:
    """`« ... », tandis que Y a souligné ...`, `« ... », mais Y a répondu ...`: a conjunction right after
    the quotation opens a clause of its own with its own speaker; an incise (`», a souligné X`) has none."""
    words = [t for t in clause if not t.is_punct and not t.is_space][:2]
    if not words:
        return False
    return words[0].pos_ in ("SCONJ", "CCONJ") or (  # `tandis que`, `alors que`, `même si`: an adverb and `que`
        len(words) == 2 and words[0].pos_ == "ADV" and words[1].pos_ == "SCONJ")


def _before_relative(clause: Span) -> Span:
    """The words of an incise before a relative clause set off by a comma (`», selon la diplomate, qui n'a pu
    rencontrer ni X ni Y`): the people the relative clause names are not the speaker it describes."""
    for token in clause:
        if token.i > clause.start and token.doc[token.i - 1].text == "," and "Rel" in token.morph.get("PronType"):
            return clause.doc[clause.start : token.i - 1]
    return clause


def _clause(span: Span) -> Span:
    """The words after a quotation, up to the end of its sentence or the next quotation."""
    end = span.start
    for token in span:
        if token.text in {".", "«", "“", "!", "?"} or "\n" in token.text:
            break
        end = token.i + 1
    return span.doc[span.start : end]
