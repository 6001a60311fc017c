"""Reading appositions: what the words around a name say of a person (officials stage, first half).

French news introduces an official by apposition, in either order:
    le directeur général de l'EMI, le général de corps d'armée Hans-Werner Wiermann, ...
    l'amiral Rob Bauer, président du Comité militaire, ...
    son homologue pakistanais, le général Ashraf, directeur général de l'état-major interarmées
So each PERSON mention reads its rank right before it (`title`), a descriptor after it
(`, ROLE de ORG`, `after`) and a descriptor before it (`ROLE de ORG, [le RANK]`, `before`).
A descriptor after a name binds first and is then used up, so in a list of appositions a role is
never given to two people. `people.py` merges what is read here into one person per document.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.components.lexicon import Lexicon, _disagrees, fold
from pipeline.components.spans import DocIndex, group_spans, parse_column

DESCRIPTIVE_POS = {"NOUN", "PROPN", "ADJ", "DET", "ADP", "CCONJ", "NUM"}
WINDOW = 14  # tokens a description may span
GLOSS_WORDS = 6  # words of a gloss in brackets after a title (`(Chief Justice of Nigeria)`)
MAX_TITLE_ADJECTIVES = 2  # adjectives between an apposition's comma and its title (`X, nouveau ministre`)
MAX_MEMBERSHIP_BODY = 24  # tokens of a body after `membre de` before the title joined to it


class Descriptor:
    """What an apposition says of a person: role, organisation, country, and `son homologue`."""

    def __init__(self) -> None:
        self.role: Span | None = None
        self.org: Span | None = None
        self.country: Span | None = None
        self.counterpart = False
        self.counterpart_title = ""  # `homologue polonais`: the counterpart word as written (`_counterpart_title`)
        self.past = False  # `l'ancien chef d'état-major`: a role held before, which a role said now replaces


def _word_of(word: str) -> str:
    """A word of a fixed phrase compared in lower case, `d'` as `de`."""
    word = word.lower().replace("’", "'")
    return "de" if word == "d'" else word


def is_demonym(ent: Span | None) -> bool:
    """A demonym of a country (`pakistanais`), not of a region (`européen`)."""
    return ent is not None and ent.label_ == "MISC" and ent.id_.startswith("countries:") \
        and not ent.id_.startswith("countries:r.")


def _qualifying_participle(token) -> bool:
    """A present participle the parse attaches to a noun before it (`des Marocains résidant à l'étranger`
    in a ministry's title): part of the noun phrase of a description, not a verb of the sentence. A past
    participle (`le commandant reçu par X`, `les représentants conduits par X`) ends a phrase of its own,
    unless it qualifies a capitalised noun of a portfolio (`des Maliens installés à l'étranger`) and
    names no agent."""
    if not (token.pos_ == "VERB" and token.dep_ == "acl" and "Part" in token.morph.get("VerbForm")
            and token.head.i < token.i and token.head.pos_ in ("NOUN", "PROPN")):
        return False
    if "Pres" in token.morph.get("Tense"):
        return True
    return "Past" in token.morph.get("Tense") and token.head.is_title and token.head.i > token.sent.start \
        and not any(c.dep_ == "obl:agent" or c.lower_ == "par" for c in token.subtree)


def _is_country(ent: Span | None) -> bool:
    return ent is not None and ent.label_ == "LOC" and ent.id_.startswith("countries:") \
        and not ent.id_.startswith("countries:r.")  # `gouverneur militaire du Nord-Kivu`: a region, no country


def rank_section_start(doc: Doc, i: int, grammar) -> int:
    """Where a bracketed reserve section (`(2S)`, `(CR)`) ending before token i starts, else i."""
    if i > 3 and doc[i - 1].text == ")" and doc[i - 3].text == "(" and doc[i - 2].lower_ in grammar.rank_sections:
        return i - 3
    return i


def retirement_start(doc: Doc, i: int, grammar) -> int:
    """Where a phrase of retirement (grammar.yml `retirement_phrases`: `à la retraite`) ending before token i
    starts, else i: `le général britannique à la retraite X` keeps his rank and demonym over it."""
    lower = parse_column(doc, "lower")  # `token.lower_` of every word: no Python Token of each
    for phrase in grammar.retirement_phrases:
        words = phrase.split()
        k = i - len(words)
        if k > 0 and lower[k:i] == words:
            return k
    return i


class AppositionReader:
    """The descriptions around each PERSON mention of a document; `open(doc)` before reading one."""

    def __init__(self, lexicon: Lexicon, counterpart_words: set[str], civilities: set[str],
                 thing_nouns: set[str] = frozenset(), capacity_words: set[str] = frozenset()) -> None:
        self.lexicon = lexicon
        # `X, en sa qualité de chef de ...` (relations.yml `capacity_words`), `d'` read as `de`, longest first
        self.capacity = sorted({tuple(_word_of(w) for w in p.split()) for p in capacity_words}, key=len, reverse=True)
        self.civilities = civilities
        self.thing_nouns = thing_nouns
        self.countries = lexicon.by_file("countries")
        self.counterpart_words = counterpart_words

    def open(self, doc: Doc, idx: DocIndex) -> None:
        """Index the entities of the document about to be read."""
        self.idx = idx  # its sentences and its lower-case words (`DocIndex.lower`): no Python Token to read them
        self.ent_at = {t: e for e in idx.ents for t in range(e.start, e.end)}
        self.role_orgs = {s.start: s for s in doc.spans.get("role_orgs", [])}
        self.role_countries = {s.start: s for s in doc.spans.get("role_countries", [])}
        self.titles: dict[int, tuple[Span | None, Span | None]] = {}  # `title` by the mention's start

    def after(self, doc: Doc, m: Span) -> Descriptor:
        """`X, président du Comité militaire, ...`"""
        d = Descriptor()
        i = m.end
        if i < len(doc) and doc[i].text == ",":
            i += 1
            while i < len(doc) and i < m.end + 4 and doc[i].lower_ in self.lexicon.grammar.title_adverbs:
                i += 1  # `X, alors ministre de ...`, `X, devenu depuis secrétaire ...`
            i = self.capacity_end(doc, i)  # `X, en sa qualité de chef de ...`, `X, en tant que ministre`
            determiner = i
            while i < len(doc) and doc[i].lower_ in self.lexicon.grammar.title_determiners:
                i += 1
            ent = self.ent_at.get(i)
            if ent is None and i + 1 < len(doc) and doc[i].lower_ in self.lexicon.grammar.past_title_words \
                    and (former := self.ent_at.get(i + 1)) is not None and former.label_ == "ROLE":
                d.role, d.past = former, True  # `X, ancien chef de ... devenu président de ...`: the role now
                now = self._role_since(doc, former.end, self._read_complement(doc, former.end, d), d)
                return now if now is not d else Descriptor()
            if ent is None and (qualified := self._qualified_role(doc, i)) is not None:
                ent = qualified  # `X, nouveau ministre de la Défense`, `X, l'actuel chef d'état-major`
            if ent is None and i == determiner and (joined := self._role_after_membership(doc, i)) is not None:
                ent = joined  # `X, membre du Bureau politique et ministre des Affaires étrangères`
            if ent is not None and ent.label_ == "ROLE":
                d.role, d.past = ent, self._past(doc, ent)
                end = self._read_complement(doc, ent.end, d)
                if i > determiner and (self._introduces_next(doc, end) or self._titles_to_name(doc, end)):
                    return Descriptor()  # `X, le ministre-président de Basse-Saxe, Y`: it is Y's
                if i > determiner and self._main_subject(doc, ent, end):
                    return Descriptor()  # `Reçu par le ministre, X, le président a signé`: the verb's subject
                if d.past:
                    d = self._role_since(doc, ent.end, end, d)
        return d

    def _qualified_role(self, doc: Doc, i: int) -> Span | None:
        """The role after adjectives that the parse hangs on it (`nouveau`, `actuel`, `nouvel`), from token
        `i`; not after a word of the past (`ancien`: a past role, read as such), nor after an ordinal
        (`X, premier commandant de l'armée lettone`: a place in the office's history), else None."""
        j = i
        while j < len(doc) and j < i + MAX_TITLE_ADJECTIVES and doc[j].pos_ == "ADJ" and j not in self.ent_at \
                and doc[j].lower_ not in self.lexicon.grammar.past_title_words \
                and "Ord" not in doc[j].morph.get("NumType"):
            j += 1
        role = self.ent_at.get(j) if j > i else None
        if role is None or role.label_ != "ROLE" \
                or any(doc[k].dep_ != "amod" or doc[k].head.i not in range(role.start, role.end) for k in range(i, j)):
            return None
        return role

    def _role_after_membership(self, doc: Doc, i: int) -> Span | None:
        """`X, membre du Comité central du Parti (PCC) et vice-ministre de la Défense`, `X, membre du Bureau
        politique, directeur du Bureau ...`: a description that opens on a noun of membership (grammar.yml
        `membership_nouns`) and `de` names a body X sits in, no office; the title joined to it after `et` or a
        comma, with no determiner (`, et le ministre Y` opens another person), is X's role. The body runs to
        that joint within the sentence, over no verb and no other name; None when no title follows."""
        grammar = self.lexicon.grammar
        if i + 1 >= len(doc) or doc[i].lower_ not in grammar.membership_nouns \
                or _word_of(doc[i + 1].lower_) not in grammar.of_words:
            return None
        end = min(doc[i].sent.end, i + MAX_MEMBERSHIP_BODY)
        for k in range(i + 2, end - 1):
            if doc[k].pos_ in ("VERB", "AUX") or doc[k].ent_type_ == "PERSON":
                return None
            if doc[k].text == "," or doc[k].lower_ in grammar.and_words:
                role = self.ent_at.get(k + 1)
                if role is not None and role.label_ == "ROLE":
                    return role
                if doc[k].text == "," and doc[k + 1].lower_ not in grammar.and_words:
                    return None  # `X, membre de l'association, a déposé ...`: the description ends
        return None

    @staticmethod
    def _main_subject(doc: Doc, role: Span, end: int) -> bool:
        """A noun phrase with its article after `X,` that runs into a verb with no comma to close it, and
        that the parse makes the subject of a verb after it, is no apposition of X: X ends a fronted phrase
        (`Reçu par le ministre, X, le président a signé ...`) and the phrase opens the main clause; a clitic
        pronoun may stand between it and its verb (`le président s'est rendu`, `le ministre l'a reçu`)."""
        while end < len(doc) and doc[end].pos_ == "PRON" and doc[end].head.i > end \
                and doc[end].head.pos_ in ("AUX", "VERB") and not doc[end].dep_.startswith("nsubj"):
            end += 1  # `le chef de l'État s'est rendu`: a clitic before the verb (the parse's, no word list)
        if end >= len(doc) or doc[end].text == "," or doc[end].pos_ not in ("AUX", "VERB"):
            return False
        return any(t.dep_.startswith("nsubj") and t.head.i >= end for t in role)

    def _role_since(self, doc: Doc, start: int, end: int, d: Descriptor) -> Descriptor:
        """`X, ancien chef de la garde devenu président du Conseil`, `X, ancien ministre, aujourd'hui
        ambassadeur`: a role held before, then, within its description (`start` to `end`, or a comma
        after it), a word of the time since (grammar `title_adverbs`) and another role: the later role
        is the one held now, with its own complement."""
        grammar = self.lexicon.grammar
        if end < len(doc) and doc[end].text == ",":
            end += 1
        k = next((k for k in range(start, min(end + 1, len(doc))) if doc[k].lower_ in grammar.title_adverbs), None)
        if k is None:
            return d
        while k < len(doc) and doc[k].lower_ in grammar.title_adverbs | grammar.title_determiners:
            k += 1
        ent = self.ent_at.get(k)
        if ent is None or ent.label_ != "ROLE":
            return d
        now = Descriptor()
        now.role, now.past = ent, self._past(doc, ent)
        self._read_complement(doc, ent.end, now)
        now.country = now.country or d.country
        return now

    def capacity_end(self, doc: Doc, i: int) -> int:
        """Past a phrase of capacity starting at token `i` (`en sa qualité de`, `en tant que`, `ès qualités
        de`; `d'` for `de`), when a role follows it; `i` itself otherwise."""
        for phrase in self.capacity:
            end = i + len(phrase)
            if end < len(doc) and tuple(_word_of(t.text) for t in doc[i:end]) == phrase:
                ent = self.ent_at.get(end)
                if ent is not None and ent.label_ == "ROLE" and ent.start == end:
                    return end
        return i

    def describe(self, doc: Doc, role: Span) -> Descriptor:
        """What a role named alone says with its complement: `la présidente du Conseil italien`,
        `le président ukrainien` (its country), `le chef d'état-major de la Marine` (its organisation)."""
        d = Descriptor()
        d.role = role
        self._read_complement(doc, role.end, d)
        return d

    def names_thing(self, doc: Doc, m: Span) -> bool:
        """The name is a thing's, not a person's: a noun of `thing_nouns` governs it over adjectives,
        numbers, quotes, demonyms and `de` complements (`la frégate de défense aérienne Chevalier Paul`,
        `à bord du Charles de Gaulle`, `la base aérienne 118 « Colonel Rozanoff »`, `l'aéroport
        international Félix Houphouët-Boigny`). Not across a civility, a comma or another entity, and
        not over `de` right before a rank (`la base du colonel X` is the colonel's)."""
        if not self.thing_nouns or (m.start > 0 and self.idx.lower[m.start - 1] in self.civilities):
            return False
        if len(m) > 1 and m[0].lower_ in self.thing_nouns:
            return True  # `au Palais de Carthage`, `l'Hôtel de Brienne`: the noun of a building opens the name
        rank, _ = self.title(doc, m)
        i = rank.start if rank is not None else m.start
        title = self.ent_at.get(m.start - 1) if rank is None and m.start > 0 else None
        if title is not None and title.label_ == "ROLE" and title.text[:1].isupper():
            i = title.start  # `la caserne Grand-Duc Jean`, `l'hôpital Roi Baudouin`: a title capitalised in the name
        of_words = self.lexicon.grammar.of_words
        if rank is not None and i > 0 and doc[i - 1].lower_ in of_words:
            return False
        j, steps, sent_start = i - 1, 0, self.idx.sent(min(i, m.start)).start
        while j >= sent_start and steps < WINDOW // 2:
            token = doc[j]
            if token.lower_ in self.thing_nouns or token.lemma_.lower() in self.thing_nouns:
                return True
            ent = self.ent_at.get(j)
            if ent is not None and ent.label_ == "DATE" and all(t.like_num for t in ent):
                ent = None  # `la promotion 1989 « X »`: a year written as a number, not a date of the sentence
            if ent is not None and ent.label_ in ("ORG", "LOC", "FAC", "MISC") and not is_demonym(ent) \
                    and ent[0].lower_ in self.thing_nouns:
                return True  # `au Centre international de conférences Abdou Diouf`: the name of a place's own name
            if ent is not None and not is_demonym(ent):
                return False
            if ent is None and token.pos_ not in ("ADJ", "NUM", "NOUN") and token.text not in "«“\"" \
                    and token.lower_ not in of_words:
                return False
            j, steps = (ent.start if ent is not None else j) - 1, steps + 1
        return False

    def _introduces_next(self, doc: Doc, i: int) -> bool:
        """The description ends on `, [le] [rank] Name`, or runs straight into a name (`X, le président
        nigérien Mahamadou Issoufou`): it introduces the next person."""
        ent = self.ent_at.get(i) if i < len(doc) else None
        if ent is not None and ent.label_ == "RANK":
            ent = self.ent_at.get(ent.end)
        if ent is not None and ent.label_ == "PERSON":
            return True
        if i >= len(doc) or doc[i].text != ",":
            return False
        i += 1
        grammar = self.lexicon.grammar
        while i < len(doc) and (doc[i].lower_ in grammar.title_determiners or doc[i].lower_ in self.civilities):
            i += 1
        ent = self.ent_at.get(i)
        if ent is not None and ent.label_ == "RANK":
            ent = self.ent_at.get(ent.end)
        if ent is not None and ent.label_ != "PERSON" and not ent.id_ and len(ent) > 1 \
                and all(t.text[:1].isupper() for t in ent) and ent[0].pos_ == ent[-1].pos_ == "PROPN":
            return True  # `..., le président de la Transition malienne, Bah N'Daw`: a name the model misread
        return ent is not None and ent.label_ == "PERSON"

    def _titles_to_name(self, doc: Doc, i: int) -> bool:
        """The description is the first of a chain of titles, each after a comma, that ends on `, Name`
        (`X, le vice-Premier ministre, ministre de l'Intérieur, Sécurité et Affaires coutumières, Y`): the
        chain is Y's title, as in a list of attendees. The titles after the first have no determiner (one
        with its own opens the next person's); between them only portfolio words (capitalised words, the
        adjective of one, organisations, `de` and `et`), or the rest of the title's portfolio (`la ministre
        des Affaires étrangères, de la Coopération et des Nigériens de l'extérieur, Y`, `la ministre déléguée,
        chargée de la Francophonie, Y`: `_portfolio_part`); anything else (a verb, a lower-case noun) ends
        the chain."""
        grammar = self.lexicon.grammar
        joiners = grammar.of_words | grammar.and_words
        limit, titles = min(len(doc), i + 40), 0
        while i < limit and doc[i].text == ",":
            i += 1
            item = i
            while i < limit and (doc[i].lower_ in grammar.title_determiners or doc[i].lower_ in self.civilities):
                i += 1
            ent = self.ent_at.get(i)
            if ent is not None and ent.label_ == "RANK":
                ent = self.ent_at.get(ent.end)
            if ent is not None and ent.label_ == "PERSON":
                return titles > 0
            if ent is not None and ent.label_ == "ROLE":
                if i > item:
                    return False  # `X, le secrétaire à la Défense, la ministre belge, Y`: a title of its own is Y's
                titles += 1
                title = Descriptor()
                title.role = ent
                i = self._read_complement(doc, ent.end, title)
                continue
            if i == item and (end := self._portfolio_part(doc, i, limit)) is not None:
                titles, i = titles + 1, end
                continue
            start = i
            while i < limit and doc[i].text != ",":
                part = self.ent_at.get(i)
                if part is not None and part.label_ == "ORG":
                    i = part.end
                elif part is None and (doc[i].text[:1].isupper() or doc[i].lower_ in joiners):
                    i += 1
                elif part is None and doc[i].pos_ == "ADJ" and i > start and doc[i - 1].text[:1].isupper():
                    i += 1  # a portfolio word's adjective: `Affaires coutumières`, `Anciens combattants`
                else:
                    return False
            if i == start:
                return False
        return False

    def _portfolio_part(self, doc: Doc, i: int, limit: int) -> int | None:
        """After a title and a comma, from token `i`, the rest of its portfolio written as a part of its own:
        a word that goes on with a description (grammar `description_continuers`: `de`, `du`, `chargée`) with
        no article, then only words of a description (`de la Coopération et des Nigériens de l'extérieur`)
        and entities that are no one's name, title or date, up to the next comma (its index), else None."""
        continuers = self.lexicon.grammar.description_continuers
        if doc[i].lower_ not in continuers:
            return None
        while i < limit and doc[i].text != ",":
            ent = self.ent_at.get(i)
            if ent is not None and (ent.label_ in ("PERSON", "RANK", "ROLE", "DATE") or ent.end > limit):
                return None
            if ent is None and doc[i].lower_ not in continuers \
                    and (not self._descriptive(doc[i]) or doc[i].pos_ in ("VERB", "AUX")):
                return None  # `, réunis à Paris, Y`: a verb other than `chargé` ends the title
            i = ent.end if ent is not None else i + 1
        return i if i < limit else None

    def led_group_country(self, m: Span) -> Span | None:
        """`une délégation nigérienne conduite par le général Salifou Mody`, `les troupes françaises
        commandées par le général X`: the agent of a participle that qualifies a noun with a demonym
        belongs to that nation (read from the parse: name -> its title -> `obl:agent` of an `acl`). The
        participle is one of leading (grammar.yml `group_leading_verbs`): `la présence militaire française,
        évoquée par le Premier ministre X` says nothing of X's nation."""
        token = _climbed(m.root, "obl:agent", ("appos", "flat:name", "conj"))
        if token is None or token.head.dep_ != "acl" \
                or token.head.lemma_ not in self.lexicon.grammar.group_leading_verbs:
            return None
        group = token.head.head
        return next((ent for child in group.children if child.dep_ == "amod"
                     and is_demonym(ent := self.ent_at.get(child.i))), None)

    def subject_group_country(self, m: Span) -> Span | None:
        """`le général X, commandant ..., conduisait la délégation française`: the subject of a verb of
        leading (grammar.yml `group_leading_verbs`) whose object a demonym qualifies belongs to that nation
        (read from the parse: name -> its title -> `nsubj` of the verb -> `obj` -> `amod`)."""
        token = _climbed(m.root, "nsubj", ("appos", "flat:name"))
        if token is None or token.head.lemma_ not in self.lexicon.grammar.group_leading_verbs:
            return None
        return next((ent for obj in token.head.children if obj.dep_ == "obj" for child in obj.children
                     if child.dep_ == "amod" and is_demonym(ent := self.ent_at.get(child.i))), None)

    def member_group_country(self, m: Span) -> Span | None:
        """`la délégation rwandaise comprenait notamment le ministre X`: the object of a verb of membership
        (grammar.yml `group_member_verbs`) whose subject a demonym qualifies belongs to that nation (read
        from the parse: name -> its title -> `obj` of the verb -> `nsubj` -> `amod`)."""
        token = _climbed(m.root, "obj", ("appos", "flat:name", "conj"))
        if token is None or token.head.lemma_ not in self.lexicon.grammar.group_member_verbs:
            return None
        verb = token.head
        return next((ent for subject in verb.children if subject.dep_ == "nsubj" for child in subject.children
                     if child.dep_ == "amod" and is_demonym(ent := self.ent_at.get(child.i))), None)

    def companion_country(self, m: Span) -> Span | None:
        """`le chef de la diplomatie turque était accompagné du ministre X, de Y et de Z`, `le ministre
        turc, accompagné de X`: the agent of a participle of company (grammar.yml `companion_verbs`),
        passive or apposed to its noun, is of the suite of the one it qualifies; a demonym of that
        noun's phrase (on it or on its complement: `de la diplomatie turque`) is his country (read from
        the parse: name -> its titles, apposed and listed -> the `obl` of the participle -> its subject;
        a demonym inside a role's term counts: `le ministre chilien de la Défense, accompagné de X`)."""
        companion = self._companion(m)
        return self._phrase_demonym(companion) if companion is not None else None

    def _phrase_demonym(self, word: Token) -> Span | None:
        """The demonym qualifying a noun or its complement (`la délégation turque`, `le chef de la diplomatie
        turque`, `le ministre chilien de la Défense`: a demonym inside a role's term counts), else None."""
        words = [word, *(c for c in word.children if c.dep_ == "nmod")]
        return next((ent for w in words for child in w.children if child.dep_ == "amod"
                     and is_demonym(ent := self.role_countries.get(child.i) or self.ent_at.get(child.i))), None)

    def group_of_members(self, verb: Token) -> Token | None:
        """The group a verb of membership (grammar.yml `group_member_verbs`) lists the members of: its
        subject (`la délégation comprend X`), or the noun its participle or relative clause qualifies (`une
        délégation comprenant X`)."""
        if verb.dep_ in ("acl", "acl:relcl"):
            return verb.head  # `une délégation comprenant X`, `la délégation, qui comprenait X`
        return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)

    def group_country(self, group: Token) -> Span | None:
        """`la délégation brésilienne`, `le chef de l'État angolais était accompagné d'une délégation`: the
        demonym of a group, or of the one whose suite it is (the subject of a participle of company,
        grammar.yml `companion_verbs`, whose agent the group is)."""
        if (demonym := self._phrase_demonym(group)) is not None:
            return demonym
        leader = self._suite_leader(group)
        return self._phrase_demonym(leader) if leader is not None else None

    def group_leader(self, group: Token) -> Span | None:
        """The person named whose suite a group is (`X était accompagné d'une délégation comprenant Y`)."""
        leader = self._suite_leader(group)
        if leader is None:
            return None
        words = [leader, *(c for c in leader.children if c.dep_ in ("appos", "flat:name"))]
        return next((person for w in words if (person := self.ent_at.get(w.i)) is not None
                     and person.label_ == "PERSON"), None)  # `le président X était accompagné`: X

    def _suite_leader(self, group: Token) -> Token | None:
        """The word of the one a group is the agent of a participle of company of (its passive subject, or
        the noun the participle qualifies), else None."""
        verb = group.head
        if verb.lemma_ not in self.lexicon.grammar.companion_verbs or not group.dep_.startswith("obl"):
            return None
        if verb.dep_ in ("acl", "acl:relcl"):
            return verb.head
        return next((c for c in verb.children if c.dep_ == "nsubj:pass"), None)

    def companion_person(self, m: Span) -> Span | None:
        """`X était accompagné de son ministre des Affaires étrangères, Y`: the person whose suite the
        agent of a participle of company is in (the participle's subject, or the noun it qualifies, named);
        the one of the suite is of that person's country, as `companion_country` reads it of a demonym."""
        companion = self._companion(m)
        person = self.ent_at.get(companion.i) if companion is not None else None
        return person if person is not None and person.label_ == "PERSON" else None

    def _companion(self, m: Span) -> Token | None:
        """The word of the one a person named as the agent of a participle of company (grammar.yml
        `companion_verbs`) accompanies: the passive participle's subject, or the noun the participle qualifies."""
        verbs = self.lexicon.grammar.companion_verbs
        token = m.root
        for _ in range(4):  # the parse hangs a listed title on the participle, or on the title before
            if token.head.lemma_ in verbs and (token.dep_.startswith("obl") or token.dep_ == "appos"):
                break
            if token.dep_ not in ("appos", "flat:name", "conj") or token.head.i == token.i:
                return None
            token = token.head
        verb = token.head
        if verb.lemma_ not in verbs or not (token.dep_.startswith("obl") or token.dep_ == "appos"):
            return None
        if verb.dep_ in ("acl", "acl:relcl"):
            return verb.head  # `le ministre turc, accompagné de X`
        if any(c.dep_ == "aux:pass" for c in verb.children):
            return next((c for c in verb.children if c.dep_ == "nsubj:pass"), None)
        return None

    def represented_country(self, doc: Doc, start: int) -> Span | None:
        """`le Royaume-Uni était représenté par son ministre des Affaires étrangères, X`: the description
        opens (over its determiners) right after the agent's preposition (grammar.yml `agent_words`) of a
        participle of representing (grammar.yml `representing_verbs`); the country named just before the
        participle and its auxiliaries is the one the person stands for (read by the words: the parse
        often hangs the country elsewhere)."""
        grammar = self.lexicon.grammar
        ent = self._before_agent(doc, start, grammar.title_determiners | grammar.possessive_determiners,
                                 grammar.representing_verbs)
        return ent if _is_country(ent) else None

    def sent_country(self, role: Span) -> Span | None:
        """`la France avait dépêché le ministre X`, `la Chine n'a pas envoyé son ministre de la Défense, X`,
        `la France, partenaire du forum, était représentée par la secrétaire d'État X`: a title that is the
        object of a verb of sending (grammar.yml `sending_verbs`), or the agent of a passive participle of
        representing (`representing_verbs`), whose subject is a country's name, is held for that country
        (read from the parse: the title -> `obj` or `obl:agent` -> the verb -> its subject; the words of
        `represented_country` need the country right before the participle)."""
        grammar = self.lexicon.grammar
        token = role.root
        if token.dep_ == "obj" and token.head.lemma_ in grammar.sending_verbs:
            subjects = ("nsubj",)
        elif token.dep_ == "obl:agent" and token.head.lemma_ in grammar.representing_verbs:
            subjects = ("nsubj:pass",)
        else:
            return None
        ent = next((self.ent_at.get(c.i) for c in token.head.children if c.dep_ in subjects), None)
        return ent if _is_country(ent) else None

    def agent_group_country(self, doc: Doc, start: int) -> Span | None:
        """`la délégation ukrainienne était emmenée par le ministre X`, `une délégation nigérienne conduite
        par X`: read by the words when the parse misses the passive. The description of the person opens
        (over its determiners) right after the agent's preposition (grammar.yml `agent_words`), which
        follows a participle of leading (grammar.yml `group_leading_verbs`) and its auxiliaries; the
        demonym just before them is the group's nation."""
        grammar = self.lexicon.grammar
        ent = self._before_agent(doc, start, grammar.title_determiners | grammar.elided_articles,
                                 grammar.group_leading_verbs)
        return ent if is_demonym(ent) else None

    def _before_agent(self, doc: Doc, start: int, determiners: frozenset[str], verbs: frozenset[str]) -> Span | None:
        """The entity that ends right before a participle of `verbs` and its auxiliaries (at most one),
        the participle followed by the agent's preposition (grammar.yml `agent_words`) and then, over
        `determiners`, the description opening at `start`; None when the words are not so."""
        grammar = self.lexicon.grammar
        i = start
        while i > 0 and doc[i - 1].lower_ in determiners:
            i -= 1
        if i < 3 or doc[i - 1].lower_ not in grammar.agent_words or doc[i - 2].lemma_ not in verbs:
            return None
        k = i - 3
        while k >= 0 and doc[k].pos_ == "AUX" and i - 3 - k < 2:
            k -= 1
        ent = self.ent_at.get(k)
        return ent if ent is not None and ent.end == k + 1 else None

    def bracketed(self, doc: Doc, ent: Span) -> bool:
        """`ministre de l'Administration territoriale (Minat)`: one word in brackets right after a role
        or an organisation is its short form, not a person; so is an acronym in capitals cut at its
        hyphen (`(CJTF-HOA)`)."""
        if not (len(ent) == 1 or all(t.is_upper or t.text == "-" for t in ent)) or ent.start < 2 or ent.end >= len(doc):
            return False
        if doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
            return False
        before = self.ent_at.get(ent.start - 2)
        return before is not None and before.label_ in ("ROLE", "ORG")

    def title(self, doc: Doc, m: Span) -> tuple[Span | None, Span | None]:
        """The rank written right before a name, over a civility or a demonym, and that demonym:
        `l'amiral Sir Tony Radakin`, `le général de corps d'armée allemand Hans-Werner Wiermann`.
        It depends on the mention's start alone: read once per mention of the Doc `open` indexed (the
        officials ask it of each mention up to six times)."""
        if doc is not self.idx.doc:
            return self._title(doc, m)
        known = self.titles.get(m.start)
        if known is None:
            known = self.titles[m.start] = self._title(doc, m)
        return known

    def _title(self, doc: Doc, m: Span) -> tuple[Span | None, Span | None]:
        i, demonym = m.start, None
        ent_at, lower = self.ent_at, self.idx.lower
        i = _over_line_breaks(doc, i)  # `le général de brigade` at a line's end, the name on the next
        while i > 0 and lower[i - 1] in self.civilities:
            i -= 1
        if i > 1 and lower[i - 1] == "," and (rank := ent_at.get(i - 2)) is not None and rank.label_ == "RANK" \
                and rank.start > 0 and lower[rank.start - 1] in self.lexicon.grammar.title_determiners:
            i -= 1  # `le général de division, Salifou Mody`: a rank cut from its name by a comma
        i = rank_section_start(doc, i, self.lexicon.grammar)  # `le général (2S) X`
        i = retirement_start(doc, i, self.lexicon.grammar)  # `le général britannique à la retraite X`
        ent = ent_at.get(i - 1)
        if is_demonym(ent):
            demonym, ent = ent, ent_at.get(ent.start - 1)
        if ent is not None and ent.label_ == "RANK":
            return ent, demonym
        if demonym is None and ent is not None and ent.label_ == "ORG" and ent.end == i:
            served = self._service_title(doc, ent)
            if served is not None:
                return served
        if demonym is not None and demonym.text[:1].isupper() and demonym.start > 0 \
                and lower[demonym.start - 1] in self.lexicon.grammar.determiners:
            return None, demonym  # `le Nigérien Maman Sambo Sidikou`, `du Nigérian Bola Tinubu`: a nationality
        return None, None

    def _service_title(self, doc: Doc, org: Span) -> tuple[Span, Span | None] | None:
        """`le général de l'armée de l'air italienne X`: a rank, then the force it serves in (`de` and
        an article, grammar `of_words` and `definite_articles`), then the name: the rank is his, and the
        demonym that qualifies the force says his country."""
        grammar = self.lexicon.grammar
        k = org.start
        if k > 0 and doc[k - 1].lower_ in grammar.definite_articles | {"l'", "l’"}:
            k -= 1
        if k < 2 or doc[k - 1].lower_ not in grammar.of_words:
            return None
        rank = self.ent_at.get(k - 2)
        if rank is None or rank.label_ != "RANK" or rank.end != k - 1:
            return None
        demonym = next((s for s in group_spans(doc, "lexicon") if org.start <= s.start and s.end <= org.end
                        and is_demonym(s)), None)
        return rank, demonym

    def before(self, doc: Doc, m: Span, used: set[int]) -> Descriptor:
        """`le ministre ukrainien de la Défense, X` or `son homologue pakistanais, le général X`.
        A role read here is added to `used`."""
        d = Descriptor()
        ent_at, lower = self.ent_at, self.idx.lower
        i = m.start
        rank, demonym = self.title(doc, m)
        if rank is not None:
            i = rank.start
        elif demonym is not None:
            i = demonym.start
        while i > 0 and lower[i - 1] in self.civilities | self.lexicon.grammar.title_determiners:
            i -= 1
        i = self._over_civility_phrase(doc, i)
        while i > 0 and lower[i - 1] in self.lexicon.grammar.title_determiners:
            i -= 1  # `le premier ministre, le très honorable X`: the article of a civility of several words
        grammar = self.lexicon.grammar
        if i == m.start and i > 0 and lower[i - 1] in grammar.of_words \
                and lower[i - 1] not in grammar.title_determiners:
            return d  # `la maire de X`, `le conseiller de X`: the name completes the title, it does not hold it
        if i == m.start and i >= 3 and ent_at.get(i - 1) is None and doc[i - 1].is_lower \
                and doc[i - 1].pos_ in ("NOUN", "ADJ") and doc[i - 2].lower_ in grammar.title_determiners \
                and doc[i - 3].text == ",":
            i -= 2  # `le chef de l'opposition, le conservateur X`: a party or a trade apposed as a noun
        if i > 0 and doc[i - 1].text == ",":
            i -= 1
        start, units, first = i, 0, True
        sent_start = m.sent.start  # `Span.sent` makes a new Span at each reading
        if rank is not None and rank.start < sent_start:
            sent_start = doc[rank.start].sent.start  # a rank wrapped at a line's end: its own sentence's start
        while True:
            while start > sent_start and units < WINDOW:  # an entity counts as one word
                ent = ent_at.get(start - 1)
                if (opening := self._gloss_start(doc, start - 1, sent_start)) is not None:
                    start = opening  # `le président de la Cour suprême (Chief Justice of ...), X`
                elif ent is not None and (ent.label_ != "PERSON" or self.bracketed(doc, ent)
                                          or self._title_complement(doc, ent)):
                    start = ent.start
                elif ent is None and (self._descriptive(doc[start - 1]) or _qualifying_participle(doc[start - 1])
                                      or self._title_incise(doc[start - 1])) \
                        and not self._opens_object(doc, start - 1) and not self._joins_another(doc, start - 1):
                    start -= 1
                else:
                    break
                units += 1
            has_role = any((e := ent_at.get(k)) is not None and e.label_ == "ROLE" for k in range(start, i))
            if start <= sent_start + 1 or doc[start - 1].text != "," \
                    or not self._continues(doc, start, first, has_role):
                break
            start, units, first = start - 1, 0, False  # one description over commas
        start = self._inner_title_start(doc, start, i)
        j = start
        while j < i:
            ent = ent_at.get(j)
            if ent is not None and ent.label_ == "ROLE" and d.role is None and ent.start not in used:
                d.role, d.past = ent, self._past(doc, ent)
                used.add(ent.start)
                j = self._read_complement(doc, ent.end, d)
                continue
            if is_demonym(ent):
                d.country = d.country or ent
            elif d.counterpart and d.role is None and _is_country(ent) and self._names_country(doc, ent):
                d.country = d.country or ent  # `son homologue de la République démocratique du Congo, X`
            elif doc[j].lower_ in self.counterpart_words:
                d.counterpart, d.counterpart_title = True, self._counterpart_title(doc, j)
            j = ent.end if ent is not None else j + 1
        if start > sent_start + 1 and doc[start - 1].text == "," and not d.counterpart:
            comma = self._over_titles(doc, start - 1, sent_start)  # `le ministre d'État, ministre de X, Y`
            self._counterpart_before(doc, comma, d)  # `son homologue britannique, le ministre X`
        if rank is None and demonym is None:
            self._counterpart_pairs(doc, m, d)
        if d.role is None and not d.counterpart:
            self._counterpart_list(doc, i if rank is None and demonym is None else m.start, d)
        if d.role is None and not d.counterpart and not self._peer(doc, start, i):
            d.country = None  # `sur la candidature moldave ..., M. Macron a déclaré`: no description
        if d.role is not None and d.country is None and d.org is None:
            d.country = self._owner_country(doc, start)
        return d

    def _inner_title_start(self, doc: Doc, start: int, end: int) -> int:
        """`l'envoyé personnel du président français Emmanuel Macron`, `le conseiller du ministre X`: a title
        that is the `de` complement of another title and runs into the name (over a demonym) is the name's own;
        the title it completes is another person's (`le directeur de cabinet du Premier ministre, X`: over a
        comma, X is the director). The start of that inner title, else `start`."""
        roles = [e for k in range(start, end) if (e := self.ent_at.get(k)) is not None and e.start == k
                 and e.label_ == "ROLE"]
        if len(roles) < 2:
            return start
        inner, k = roles[-1], roles[-1].end
        while k < end and (is_demonym(self.ent_at.get(k))):
            k = self.ent_at[k].end
        of_words = self.lexicon.grammar.of_words
        if k != end or doc[end].text == "," or inner.start < 1 or doc[inner.start - 1].lower_ not in of_words:
            return start
        return inner.start

    def _gloss_start(self, doc: Doc, close: int, sent_start: int) -> int | None:
        """The opening bracket of a gloss closed at `close` and written right after a title or a body
        (`le président de la Cour suprême (Chief Justice of Nigeria)`, `le chef d'état-major (CEMA)`): a
        few words and no verb, read over as one unit of the description before a name."""
        if doc[close].text != ")":
            return None
        k = close - 1
        while k > sent_start and close - k <= GLOSS_WORDS and doc[k].text != "(":
            if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in {")", ","}:
                return None
            k -= 1
        if doc[k].text != "(" or k == close - 1:
            return None
        before = self.ent_at.get(k - 1)
        return k if before is not None and before.label_ in ("ROLE", "ORG") and before.end == k else None

    def _title_complement(self, doc: Doc, person: Span) -> bool:
        """A name written as the complement of a title (`la maire de X, Y`, `le conseiller de X, Y`): part
        of the description of the name after it, as a place or a body would be."""
        grammar = self.lexicon.grammar
        k = person.start - 1
        if k < 1 or doc[k].lower_ not in grammar.of_words or doc[k].lower_ in grammar.title_determiners:
            return False
        role = self.ent_at.get(k - 1)
        return role is not None and role.label_ == "ROLE" and role.end == k

    def _civility_phrases(self) -> list[list[str]]:
        """The words of each civility of several words, in the order of `civilities`: split once, where
        `_over_civility_phrase` split every civility at each title read (a fifth of its time). Made on first
        use, so that a worker unpickled from the compiled rules has it too."""
        phrases = self.__dict__.get("_phrases")
        if phrases is None:
            phrases = self._phrases = [w for w in (p.split() for p in self.civilities) if len(w) > 1]
        return phrases

    def _over_civility_phrase(self, doc: Doc, i: int) -> int:
        """`le Président, Son Excellence Monsieur X`, `la Reine, Sa Majesté X`: a civility of several words
        (names.yml `civilities`) opens on a possessive that is no civility alone; the start of the civility
        that ends at or runs over `i`, or `i`."""
        lower = DocIndex.of(doc).lower  # the words compared as strings: no Python Token of each
        for words in self._civility_phrases():
            for k in range(1, len(words) + 1):
                if k <= i and lower[i - k : i - k + len(words)] == words:
                    return self._over_civility_phrase(doc, i - k)
        return i

    def _peer(self, doc: Doc, start: int, end: int) -> bool:
        """`son collègue polonais, X`: the description right before the name is a peer's (grammar.yml
        `peer_nouns`), whose demonym says X's nation though it names no role."""
        return end > start and end < len(doc) and doc[end].text == "," \
            and any(t.lower_ in self.lexicon.grammar.peer_nouns for t in doc[start:end])

    def _owner_country(self, doc: Doc, start: int) -> Span | None:
        """`en Hongrie, un pays dont le Premier ministre, X, ...`, `la Hongrie, dont le président X`: the
        country a possessive relative (grammar.yml `owner_relatives`) right before the description stands
        for, named just before it (over `, un pays`)."""
        if start < 2 or doc[start - 1].lower_ not in self.lexicon.grammar.owner_relatives:
            return None
        for k in range(start - 2, max(start - 6, -1), -1):
            ent = self.ent_at.get(k)
            if ent is not None and _is_country(ent):
                return ent
            if ent is not None or (doc[k].pos_ not in ("DET", "NOUN", "PUNCT") and doc[k].text != ","):
                return None
        return None

    def _joins_another(self, doc: Doc, i: int) -> bool:
        """`entre le chef de l'État et le président russe X`: `et` before a determiner of a title joins
        another person's description; X's opens after it (`ministre de la Défense et des Anciens
        combattants` goes on: `des` is no title's determiner)."""
        grammar = self.lexicon.grammar
        if doc[i].lower_ not in grammar.and_words or i + 1 >= len(doc):
            return False
        k = i + 1
        if doc[k].pos_ == "ADP" and doc[k].lower_ not in grammar.of_words:
            # `par le président du Conseil et par la présidente de ...`: a preposition said again before a
            # title (or a rank, a name) joins another person; before a portfolio (`commissaire à la Défense
            # et à l'Espace`) the title goes on
            k += 1
            while k < len(doc) and doc[k].lower_ in grammar.title_determiners:
                k += 1
            other = self.ent_at.get(k)
            return other is not None and other.start == k and other.label_ in ("ROLE", "RANK", "PERSON")
        elif doc[k].lower_ in grammar.of_words and doc[k].lower_ not in grammar.title_determiners:
            # `accompagné du Premier ministre indien et de la ministre déléguée, X`: `de` said again before
            # a title joins another person; before a portfolio (`et de la Souveraineté`) the title goes on
            k += 1
            if k < len(doc) and doc[k].lower_ in grammar.title_determiners:
                k += 1
            role = self.ent_at.get(k)
            return role is not None and role.label_ == "ROLE" and role.start == k
        return k < len(doc) and doc[k].lower_ in grammar.title_determiners

    def _opens_object(self, doc: Doc, i: int) -> bool:
        """`a remis au Président français un message du Président de la République, M. X`: an indefinite
        article after a word that links no complement opens another phrase (the object of a verb);
        the description of X starts after it. `président d'une commission` goes on over it."""
        grammar = self.lexicon.grammar
        return doc[i].lower_ in grammar.indefinite_articles and i > 0 and doc[i - 1].lower_ not in grammar.title_linkers

    def _continues(self, doc: Doc, start: int, first: bool, has_role: bool) -> bool:
        """The words after a comma go on with the description before it: the next part of a title
        (`..., chargé de l'Administration de la Défense nationale, X`, `..., de la Paix et de la
        Sécurité, X`), a role set beside a role when no role is read yet (`Président de la République,
        Chef de l'Etat, le Maréchal du Tchad Idriss Déby Itno`: the nearest role is his), or, right
        before the name, its rank (`..., le Maréchal du Tchad Idriss Déby Itno`)."""
        ent = self.ent_at.get(start)
        if ent is not None and ent.label_ == "ROLE" and not has_role \
                or doc[start].lower_ in self.lexicon.grammar.description_continuers:
            before = self.ent_at.get(start - 2)
            return before is not None and before.label_ in ("ROLE", "ORG") or self._descriptive(doc[start - 2])
        if self._bare_portfolio(doc, start):
            return True  # `ministre de l'Intérieur, Sécurité, Décentralisation et Affaires coutumières, X`
        if not first:
            return False
        if self._title_incise(doc[start]):
            return True  # `Rapporteur des crédits du programme 146, consacré à l'équipement des forces, X`
        while start < len(doc) and doc[start].lower_ in self.lexicon.grammar.title_determiners:
            start += 1
        ent = self.ent_at.get(start)
        return ent is not None and ent.label_ == "RANK"

    def _counterpart_list(self, doc: Doc, i: int, d: Descriptor) -> None:
        """`ses homologues allemand Boris Pistorius, britannique John Healey et italien Guido Crosetto`,
        `ses homologues japonais, Nobuo Kishi, et australien, Richard Marles`: a demonym right before
        the name, in a list of demonyms and names that `homologues` opens, says the person's country; a
        name of the list may come with its rank or title (`malien, le colonel X, et togolais, Y`)."""
        if i > 0 and doc[i - 1].text in ",(":
            i -= 1
        demonym = self.ent_at.get(i - 1)
        if not is_demonym(demonym):
            return
        j, steps = demonym.start - 1, 0
        while j >= 0 and steps < 3 * WINDOW:
            ent = self.ent_at.get(j)
            if ent is not None and (ent.label_ in ("PERSON", "RANK", "ROLE") or is_demonym(ent)):
                j, steps = ent.start - 1, steps + 1
            elif ent is None and doc[j].lower_ in self.lexicon.grammar.title_determiners:
                j, steps = j - 1, steps + 1  # `le colonel X`: the article of a listed name's title
            elif ent is None and doc[j].lower_ in self.counterpart_words:
                d.counterpart, d.country = True, demonym
                d.counterpart_title = self._counterpart_title(doc, j)
                return
            elif ent is None and doc[j].text in {",", "(", ")"} | self.lexicon.grammar.and_words:
                j, steps = j - 1, steps + 1
            else:
                return

    def _counterpart_pairs(self, doc: Doc, m: Span, d: Descriptor) -> None:
        """`ses homologues allemande et polonais, Annalena Baerbock et Radosław Sikorski`: the names listed
        after a list of demonyms that `homologues` opens take the demonyms in order, one each, when the two
        lists are as long (the first name does not take them all, the last is no one's)."""
        and_words = self.lexicon.grammar.and_words
        names, k = [m.start], m.start
        while True:  # the names listed before this one, over commas and `et`
            j = k - 1
            while j >= 0 and (doc[j].text == "," or doc[j].lower_ in and_words):
                j -= 1
            ent = self.ent_at.get(j)
            if j == k - 1 or ent is None or ent.label_ != "PERSON":
                break
            names.insert(0, ent.start)
            k = ent.start
        end = m.end
        while True:  # and those listed after it
            j = end
            while j < len(doc) and (doc[j].text == "," or doc[j].lower_ in and_words):
                j += 1
            ent = self.ent_at.get(j)
            if j == end or ent is None or ent.label_ != "PERSON" or ent.start != j:
                break
            names.append(ent.start)
            end = ent.end
        if k < 2 or doc[k - 1].text != ",":
            return
        demonyms: list[Span] = []
        j = k - 2
        while j >= 0:  # the demonyms listed before the names, back to `homologues`
            ent = self.ent_at.get(j)
            if is_demonym(ent):
                demonyms.insert(0, ent)
                j = ent.start - 1
            elif ent is None and (doc[j].text == "," or doc[j].lower_ in and_words):
                j -= 1
            else:
                break
        if j < 0 or doc[j].lower_ not in self.counterpart_words or len(names) < 2 or len(demonyms) != len(names):
            return
        d.counterpart, d.country = True, demonyms[names.index(m.start)]
        d.counterpart_title = self._counterpart_title(doc, j)

    def _over_titles(self, doc: Doc, comma: int, sent_start: int, most: int = 4) -> int:
        """`son homologue tchadien, le ministre d'État, ministre des Affaires étrangères, porte-parole du
        gouvernement, X`: a minister's titles set one after the other between commas (a dignity, his
        portfolio and the rest of it opened by `de`, a second charge), each a role with its complement and no
        one else's name or verb, all
        describe the one person named after them; the comma before the first of them, where what is said
        of the whole description (`son homologue tchadien`) ends. `comma` when no title comes before it."""
        for _ in range(most):
            k = comma - 1
            while k > sent_start and doc[k].text != ",":
                k -= 1
            if k <= sent_start or doc[k].text != ",":
                return comma
            first = k + 1
            while first < comma and doc[first].lower_ in self.lexicon.grammar.title_determiners:
                first += 1
            ent = self.ent_at.get(first)
            portfolio = doc[k + 1].lower_ in self.lexicon.grammar.of_words  # `, de l'Intégration africaine,`
            if not portfolio and (ent is None or ent.label_ != "ROLE" or ent.start != first) or any(
                    (e := self.ent_at.get(j)) is not None and e.label_ == "PERSON" or doc[j].pos_ in ("VERB", "AUX")
                    for j in range(first, comma)):
                return comma
            comma = k
        return comma

    def _counterpart_before(self, doc: Doc, comma: int, d: Descriptor) -> None:
        """`son homologue [demonym]` just before a comma describes the person after the description; so
        does `son homologue de [country]` (`de la République démocratique du Congo`)."""
        i = comma
        demonym = None
        if is_demonym(self.ent_at.get(i - 1)):
            demonym = self.ent_at[i - 1]
            i = demonym.start
        elif (named := self.ent_at.get(i - 1)) is not None and _is_country(named) \
                and self._names_country(doc, named) and named.end == comma:
            demonym, i = named, named.start
            while i > 0 and doc[i - 1].lower_ in self.lexicon.grammar.of_words:
                i -= 1  # past `de`, `du`, `de la`
        if i > 0 and doc[i - 1].lower_ in self.counterpart_words:
            d.counterpart, d.counterpart_title = True, self._counterpart_title(doc, i - 1)
            d.country = d.country or demonym

    def _counterpart_title(self, doc: Doc, j: int) -> str:
        """`son homologue polonais, le général X`: the counterpart word at `j` as written with the demonym right
        after it, the title the text gives X when it gives no other (`relations.py`); `ses homologues malien, X,
        et nigérien, Y`: a plural shared by a list, each holds its singular alone."""
        if "Plur" in doc[j].morph.get("Number") or doc[j].lower_ != doc[j].lemma_.lower():
            return doc[j].lemma_.lower()
        demonym = self.ent_at.get(j + 1)
        return f"{doc[j].lower_} {demonym.text}" if is_demonym(demonym) and demonym.start == j + 1 else doc[j].lower_

    @staticmethod
    def _names_country(doc: Doc, ent: Span | None) -> bool:
        """`ukrainien` or `de Moldavie` (not `pour l'Afghanistan`) says whose official it is."""
        if is_demonym(ent):
            return True
        if not _is_country(ent):
            return False
        i = ent.start - 1  # `de la Macédoine du Nord`, `du Mali`, not `pour l'Afghanistan`
        if doc[i].lower_ in ("la", "l'", "l’", "le", "les"):
            i -= 1
        return doc[i].lower_ in {"de", "du", "des", "d'", "d’"}

    def _ends_description(self, token, ent: Span | None) -> bool:
        if ent is not None:
            return ent.label_ in ("PERSON", "DATE", "RANK")
        return not self._descriptive(token)

    def _title_incise(self, token) -> bool:
        """A past participle opening an incise after a comma and hanging on the title before it
        (`Rapporteure des crédits du programme 178, consacré à la préparation des forces, X`, `Présidente
        de la commission, chargée du budget, X`): the incise qualifies the title, which stays the name's."""
        if not (token.pos_ == "VERB" and token.dep_ == "acl" and "Part" in token.morph.get("VerbForm")
                and "Pres" not in token.morph.get("Tense") and token.i > 0 and token.doc[token.i - 1].text == ","):
            return False
        doc = token.doc
        if any(c.dep_ == "obl:agent" for c in token.children) or (token.i + 1 < len(doc)
                                                                   and doc[token.i + 1].lower_ == "par"):
            return False  # `Le ministre, accompagné par les Togolais de Lomé, X`: a participle with its agent
            # ends the description; X may be one of the agent's
        head = self.ent_at.get(token.head.i)  # the title opens the sentence: `Lors de la cérémonie présidée
        # par le chef d'état-major, consacrée aux blessés, X` gives X no title
        k = token.i
        while k < min(len(doc), token.i + WINDOW) and doc[k].text != ",":  # the incise, up to its comma
            if (e := self.ent_at.get(k)) is not None and e.label_ in ("ROLE", "PERSON"):
                return False  # `Le chef du gouvernement, accompagné du ministre de la Défense, X`: X is the minister
            k += 1
        return token.head.i < token.i and head is not None and head.label_ == "ROLE" \
            and all(t.lower_ in self.lexicon.grammar.title_determiners for t in doc[token.sent.start:head.start])

    def _bare_portfolio(self, doc: Doc, start: int) -> bool:
        """After a comma, the next portfolio of a minister's list written without `de` and its article, as
        some governments list them (`ministre de l'Intérieur, Sécurité, Décentralisation et Affaires
        coutumières`): a capitalised noun after a portfolio's end (a capitalised word or its adjective),
        then only capitalised words, their adjectives, `de` and `et` up to the next comma."""
        grammar = self.lexicon.grammar
        if start < 2 or not (doc[start - 2].text[:1].isupper() or doc[start - 2].pos_ == "ADJ"):
            return False
        joiners = grammar.of_words | grammar.and_words
        i, limit = start, min(len(doc), start + WINDOW)
        while i < limit and doc[i].text != ",":
            ent = self.ent_at.get(i)
            if ent is not None and (ent.label_ in ("PERSON", "RANK", "ROLE", "DATE") or ent.id_):
                return False
            portfolio = doc[i].is_title and doc[i].is_alpha and doc[i].pos_ in ("NOUN", "PROPN")
            if not portfolio and not (i > start and (doc[i].lower_ in joiners
                                                     or doc[i].pos_ == "ADJ" and doc[i].is_lower)):
                return False  # a portfolio's words: a capitalised noun, its adjectives, `de`, `et`
            i += 1
        return i > start and i < limit

    def _descriptive(self, token) -> bool:
        """A word that can belong to a description such as `ministre ukrainien de la Défense`."""
        if token.lower_ in self.lexicon.grammar.title_linkers or token.lower_ in self.counterpart_words:
            return True
        if token.lower_ in self.lexicon.grammar.role_qualifiers:
            return True  # `le président déchu, X`, `la secrétaire adjointe, X`: a participle of the title
        return token.pos_ in DESCRIPTIVE_POS and not token.is_punct and not token.is_space

    def _read_complement(self, doc: Doc, i: int, d: Descriptor) -> int:
        """`... de l'état-major interarmées`, `... ukrainien de la Défense`, `... de la République de Moldavie`:
        the first organisation, and the country from a demonym or from `de` + a country's name."""
        inner = next((self.role_orgs[i] for i in range(d.role.start + 1, d.role.end) if i in self.role_orgs), None)
        if inner is not None and self._staff(inner):
            inner = self._forces_of_staff(doc, inner)  # `chef d'état-major des armées françaises`
        if inner is not None:  # `chef d'état-major des armées`: the role names its organisation
            d.org = inner
            d.country = d.country or self._country_inside(doc, inner)
            i = max(i, inner.end)
        demonym = next((c for i in range(d.role.start, d.role.end) if (c := self.role_countries.get(i)) is not None
                        and is_demonym(c)), None)
        if demonym is not None:  # `secrétaire américain à la Défense`
            d.country = demonym
        end = min(len(doc), i + WINDOW)
        while i < end:
            ent = self.ent_at.get(i)
            if ent is not None and ent.label_ == "ORG" and d.org is None:
                # `chef d'état-major général des Forces armées béninoises`: the forces, as inside a role
                d.org = (self._forces_of_staff(doc, ent) if self._names_staff(doc, ent) else None) or ent
                d.country = d.country or self._country_inside(doc, ent)
            elif d.country is None and self._names_country(doc, ent):
                d.country = ent
            elif ent is not None and ent.label_ == "ROLE" and ent.start > d.role.start \
                    and self._own_determiner(doc, ent):
                return i  # `en présence du Roi et du Président américain`: a title with its own article, another's
            elif d.country is None and ent is not None and ent.label_ == "ROLE" and ent.start > d.role.start \
                    and (demonym := self._role_demonym(ent)) is not None:
                d.country = demonym  # `conseiller d'État et ministre chinois de la Défense`: the second title's
            elif d.org is None and self._next_part(doc, i):
                end = min(len(doc), i + WINDOW)  # the title goes on after the comma: so does its window
            elif doc[i].lower_ in self.lexicon.grammar.agent_words and i > 0 \
                    and doc[i - 1].lower_ in self.lexicon.grammar.role_qualifiers:
                return i  # `médiateur désigné par l'Union africaine`: who named him, not the body of his title
            elif self._ends_description(doc[i], ent):
                return i
            i = ent.end if ent is not None else i + 1
        return i

    def _own_determiner(self, doc: Doc, role: Span) -> bool:
        """A later title of the description joined by `et` with its own article (`le roi et le président
        américain`, `du Roi et du Président français`) is a second person's title, not a part of the first:
        its demonym and complements are that person's."""
        grammar = self.lexicon.grammar
        return role.start >= 2 and doc[role.start - 1].lower_ in grammar.determiners \
            and doc[role.start - 2].lower_ in grammar.and_words

    def _role_demonym(self, role: Span) -> Span | None:
        """The demonym written inside a role's term (`ministre polonais de la Défense`)."""
        return next((c for i in range(role.start, role.end) if (c := self.role_countries.get(i)) is not None
                     and is_demonym(c)), None)

    def _past(self, doc: Doc, role: Span) -> bool:
        """`l'ancien chef d'état-major`, `Ancienne ministre de la Défense, X`: a word of `past_title_words`
        right before the role (over the adjectives the parse attaches to it)."""
        i = role.start - 1
        while i >= 0 and doc[i].lower_ not in self.lexicon.grammar.past_title_words \
                and doc[i].pos_ == "ADJ" and doc[i].head.i in range(role.start, role.end):
            i -= 1
        return i >= 0 and doc[i].lower_ in self.lexicon.grammar.past_title_words

    def _next_part(self, doc: Doc, i: int) -> bool:
        """A comma inside one title, before its next part (`commissaire chargé des Affaires politiques,
        de la Paix et de la Sécurité de la Commission`): only after a `chargé` of the title."""
        grammar = self.lexicon.grammar
        if doc[i].text != "," or i + 1 >= len(doc) or doc[i + 1].lower_ not in grammar.description_continuers:
            return False
        start = doc[i].sent.start
        return any(doc[k].lower_ in grammar.description_continuers and doc[k].lower_ not in grammar.of_words
                   for k in range(max(start, i - WINDOW), i))

    def _staff(self, org: Span) -> bool:
        """A staff (`état-major des armées`, `état-major général`) named inside a role."""
        return self.lexicon.entry(org.id_).get("kind") == "etat-major" or org.id_ == "institutions:etat-major"

    def _names_staff(self, doc: Doc, org: Span) -> bool:
        """An organisation that opens on a staff's name (`état-major général des Forces armées béninoises`)."""
        return self._staff(org) or any(s.start == org.start and s.label_ == "ORG" and self._staff(s)
                                       for s in group_spans(doc, "lexicon"))

    def _forces_of_staff(self, doc: Doc, staff: Span) -> Span | None:
        """A chief of staff belongs to the forces his staff commands, when the text says whose they are:
        `chef d'état-major des armées françaises` -> `armées françaises`, `... des FACI` -> the FACI
        (read after the role); `chef d'état-major des armées` alone names no one's forces: None."""
        forces_words = {fold(t).split()[0] for h in self.lexicon.institutions.get("heads") or []
                        if h.get("needs") == "national" and not h.get("capitalised")  # `la Défense russe`: a ministry
                        for t in h.get("terms") or []}
        start = next((t.i for t in staff if fold(t.text) in forces_words), None)
        if start is None:
            return None
        countries = [s for s in group_spans(doc, "lexicon") if s.id_.startswith("countries:")
                     and not s.id_.startswith("countries:r.") and s.label_ in ("MISC", "LOC")]
        end = max([staff.end, *(s.end for s in countries if s.start == staff.end and s.label_ == "MISC")])
        forces = doc[start:end]  # `des armées béninoises`: the demonym may follow the role
        country = next((s for s in countries if forces.start <= s.start and s.end <= forces.end), None)
        if country is None or country.start > start and _disagrees(doc[country.start - 1], doc[country.end - 1]):
            return None  # `état-major des armées français`: a masculine demonym is the staff's, not the forces'
        forces = Span(doc, forces.start, forces.end, label="ORG", span_id="institutions:forces-of-staff")
        forces._.normalized, forces._.source = forces.text, staff._.source + "+forces"
        return forces

    def _international(self, org: Span) -> bool:
        """A listed body of no country that has a parent or an acronym of its own (a UN or EU mission, an
        alliance's command): a country named inside its name is where it serves (`au Liban`, `Mali`)."""
        if org.id_.startswith("institutions:"):
            return False
        entry = self.lexicon.entry(org.id_)
        return bool(entry) and entry.get("country") is None and bool(entry.get("parent") or entry.get("acronyms"))

    def _country_inside(self, doc: Doc, org: Span) -> Span | None:
        """`les forces armées nigériennes`, `état-major général des armées de Côte d'Ivoire`: a name
        kept as written says its country by a demonym or a country's name inside it; one after a preposition of
        place (`Mission de la SADC en République démocratique du Congo`) says where the body serves, not whose."""
        if not org.id_.startswith("institutions:") and self.lexicon.entry(org.id_).get("country") is not None:
            return None  # a listed national body says its country itself; a generic one (`état-major général`) not
        if self._international(org):
            return None  # `Force intérimaire des Nations unies au Liban`: where it serves, not whose it is
        grammar = self.lexicon.grammar
        served = grammar.place_prepositions | grammar.country_prepositions
        inside = [span for span in group_spans(doc, "lexicon") if org.start <= span.start and span.end <= org.end
                  and span.id_.startswith("countries:") and span.label_ in ("MISC", "LOC")]
        where = [span for span in inside if span.start > org.start and doc[span.start - 1].lower_ in served]
        for span in inside:
            if not span.id_.startswith("countries:r.") and not any(w.start <= span.start and span.end <= w.end
                                                                   for w in where):
                code = span.id_.split(":", 1)[1]
                span._.normalized = self.countries.get(code, {}).get("name", span.text)
                return span
        return None


def _over_line_breaks(doc: Doc, i: int) -> int:
    """The start of the blank tokens (a text wrapped by hand) right before token `i`, else `i`."""
    while i > 0 and doc[i - 1].is_space and doc[i - 1].text.count("\n") <= 1:
        i -= 1
    return i


def _climbed(token: Token, dep: str, through: tuple[str, ...]) -> Token | None:
    """From a name up to the word of its phrase that fills `dep` for a verb (`X`, `le ministre X`, `A et X`):
    at most three steps up through the relations `through`, else None."""
    for _ in range(3):
        if token.dep_ == dep:
            return token
        if token.dep_ not in through or token.head.i == token.i:
            return None
        token = token.head
    return token if token.dep_ == dep else None
