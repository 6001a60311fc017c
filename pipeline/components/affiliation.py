"""The organisation of an official where neither the role's complement nor the role itself names one
(officials stage; `people.py` asks it, `relations.py` reads the result as MEMBER_OF).

Read from the structure of the sentence, never from a list of names:
- a role after a possessive (`Sa présidente, Mme X`, `l'invitation de son chef, le général X`) belongs
  to the organisation the sentence is about: the subject of its main verb, else that of the sentence
  before, when it is an organisation;
- an office of an international organisation (`office` in roles.yml: `le secrétaire général, M. X`)
  belongs to the international organisation named nearest: in its sentence, else the last one before;
- a title of a head of institutions.yml (its `titles`: `ministre` of `ministère`, `directeur` of
  `direction`) followed by the very complement of a body the text names with that head belongs to it:
  `le ministre slovène de la Défense` to the `ministère slovène de la Défense`, `directeur des achats`
  to the `direction des achats`; a demonym on one side only, or another portfolio, names another body;
  where the text names no such body, the listed body that head and complement spell (`commandant de
  l'espace`: the `Commandement de l'espace`), not for a head a complement alone makes a body (`ministère`);
- a role whose complement is a bare armed service (`chef d'état-major de la marine`) belongs to that service;
- a role whose complement is a demonstrative (`le président de cette institution, X`, `la présidente de cette
  commission`) belongs to the body named last before it with that head noun, or, for a noun that names any
  body (grammar.yml `body_nouns`), to the body named last;
- with no role at all, the words right after a name: `X, du 54e régiment d'artillerie`, `X, à la tête
  du Conseil national ...`, `X, qui commande la 6e BLB` (an ordinal before an acronym is kept with it),
  `X a succédé à Y à la tête de l'Armée suisse` (a verb whose subject is the name governs `la tête de`);
  before a name, a relative clause with the subject inverted: `la brigade, que commande le général X`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.components.lexicon import ORDINAL, Lexicon, leads
from pipeline.components.spans import DocIndex, group_spans, span_text
from pipeline.rulebook.terms import fold

OFFICE_BODIES = ("organisation", "commission", "secretariat")  # kinds of organisations.yml that have offices
REACH = 4  # tokens between a relative `qui`, its verb and the organisation
PORTFOLIO_HEAD = "defense"  # the head of institutions.yml that names a ministry by its portfolio (`la Défense belge`)
DEMONSTRATIVE_REACH = 2  # sentences before a role's own over which `de cette institution` refers back


def office_body(doc: Doc, idx: DocIndex, orgs: dict[str, dict], at: int) -> Span | None:
    """The international organisation (or its commission, its secretariat: no country) an office held
    at token `at` belongs to: the one named nearest in its sentence, else the last one named before.
    Listed names inside a longer name count too (`le Conseil permanent de l'OSCE`)."""
    def international(e: Span) -> bool:
        if e.label_ != "ORG" or not e.id_.startswith("organisations:"):
            return False
        entry = orgs.get(e.id_.split(":", 1)[1], {})
        return entry.get("kind") in OFFICE_BODIES and not entry.get("country")

    sent = idx.sent(at)
    bodies = sorted((e for e in [*idx.ents, *group_spans(doc, "lexicon")] if international(e)), key=lambda e: e.start)
    in_sentence = [e for e in bodies if sent.start <= e.start and e.end <= sent.end]
    if in_sentence:
        return min(in_sentence, key=lambda e: abs(e.start - at))
    before = [e for e in bodies if e.end <= sent.start]
    return before[-1] if before else None



def _describing_agent(token: Token, m: Span) -> bool:
    """A lower-case noun or adjective with no entity, parsed as the agent of a participle (`obl:agent`) with
    the name `m` hanging on it: a word for what the person is (`la libérale allemande X`), not his office."""
    return (token.dep_ == "obl:agent" and token.pos_ in ("NOUN", "ADJ") and not token.ent_type_
            and token.text.islower() and m.root.head.i == token.i)

class Affiliation:
    """Finds the organisation of a role, or of a person, the apposition did not give; `open(doc)` first."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.grammar = lexicon.grammar
        self.orgs = lexicon.by_file("organisations")
        # `ministre` -> the spellings of its body's head (`ministère`, `ministères`)
        self.titles: dict[str, list[tuple[str, ...]]] = {}
        for head in lexicon.institutions.get("heads") or []:
            terms = [tuple(fold(t).split()) for t in head.get("terms") or []]
            for title in head.get("titles") or []:
                self.titles.setdefault(fold(title), []).extend(terms)
        # `direction générale` -> `directeur`: the first title of the head a term spells (`appointed_to`)
        self.head_titles = {tuple(fold(t).split()): head["titles"][0]
                            for head in lexicon.institutions.get("heads") or [] if head.get("titles")
                            for t in head.get("terms") or []}
        # `commandement de l'espace` -> `fr.cde`: the listed bodies by their folded words (name and aliases), for
        # a title whose body the text does not name (`_listed_titled_body`); only heads that need a mark: a head
        # that a complement alone makes a body (`ministère de la Défense`) names one in every country
        self.listed_heads = {fold(t) for head in lexicon.institutions.get("heads") or []
                             if head.get("needs") != "complement" for t in head.get("terms") or []}
        self.listed: dict[tuple[str, ...], str] = {}
        for key, entry in self.orgs.items():
            for name in [entry.get("name") or "", *(entry.get("aliases") or [])]:
                self.listed.setdefault(tuple(fold(name.replace("’", "'")).replace("'", "' ").split()), key)
        # the bare armed services of `_branch_body`: heads that need a country, one word, not capitalised
        self.branch_heads = {fold(t) for h in lexicon.institutions.get("heads") or []
                             if h.get("needs") == "national" and not h.get("capitalised")  # not `la Défense`
                             for t in h.get("terms") or [] if " " not in t}
        # `commandant des forces navales`: the one-word heads of forces a domain adjective makes a service
        self.force_heads = {fold(t) for h in lexicon.institutions.get("heads") or [] if h.get("national_marks")
                            for t in h.get("terms") or [] if " " not in t}
        self.domains = {fold(w) for w in lexicon.institutions.get("domain_names") or []}
        self.domain_adjectives = {fold(w) for w in lexicon.institutions.get("domain_adjectives") or []}

    def open(self, doc: Doc) -> None:
        self.doc = doc
        self.idx = DocIndex.of(doc)
        self.org_at = {t: e for e in self.idx.ents if e.label_ == "ORG" for t in range(e.start, e.end)}

    # a role that names no organisation

    def of_role(self, role: Span) -> Span | None:
        doc = self.doc
        if (body := self._demonstrative_body(role)) is not None:
            return body
        if role.start > 0 and doc[role.start - 1].lower_ in self.grammar.possessive_determiners:
            return self._subject_org(role) or self._relative_antecedent(role) or self._headed_antecedent(role)
        if self.lexicon.entry(role.id_).get("office"):
            return self._office_body(role)
        return self._titled_body(role) or self._portfolio_body(role) or self._branch_body(role) \
            or self._definite_body(role)

    def _demonstrative_body(self, role: Span) -> Span | None:
        """`le président de cette institution, X`, `la présidente de cette commission`: a role whose complement
        is `de` + a demonstrative + a noun refers back to a body named before it in its sentence or the
        `DEMONSTRATIVE_REACH` before: the last one whose head (its first word but a determiner) is that noun,
        or the last one at all where the noun names any body (`body_nouns`: `institution`, `organe`)."""
        doc, grammar = self.doc, self.grammar
        at = next((k for k in range(role.start + 1, min(role.end + 1, len(doc) - 2))
                   if doc[k].lower_ in grammar.of_words and doc[k + 1].lower_ in grammar.demonstrative_determiners),
                  None)
        if at is None:
            return None
        noun = doc[at + 2].lower_
        first = self.idx.sent(role.start)
        for _ in range(DEMONSTRATIVE_REACH):
            if first.start == 0:
                break
            first = self.idx.sent(first.start - 1)
        for body in self.idx.ents_before(role.start):
            if body.start < first.start:
                break
            if body.label_ != "ORG":
                continue
            head = next((t.lower_ for t in body if t.lower_ not in grammar.determiners), "")
            if noun in grammar.body_nouns or fold(head) == fold(noun):
                return body
        return None

    def _definite_body(self, role: Span) -> Span | None:
        """`le PDG du groupe, X`, `le directeur général de l'organisation, X`, `la vice-présidente de la commission`:
        a role whose complement, right after its title or closing it, is a singular definite `de`-phrase of a
        common noun alone (no adjective, name or `de`-phrase after it, which would say which body) speaks of a
        body the reader already knows: the one of that kind the story names before the role. A noun of a firm
        (grammar.yml `company_nouns`: `groupe`, `avionneur`) stands for a company, a `kind_nouns` noun for a body
        of the kind it spells (`agence`, `commission`) or whose name it heads. Two such bodies, or none, and the
        phrase names no one's (`Thales et Safran ... le PDG du groupe`)."""
        doc = self.doc
        n = next((k for k in range(role.start + 1, min(role.end + 3, len(doc)))
                  if self.definite_noun(k) and (k == role.end - 1 or k - 1 == role.end or k - 2 == role.end)),
                 None)
        return None if n is None else self.definite_body_at(n, role.start)

    def definite_body_at(self, n: int, before: int) -> Span | None:
        """The body the definite noun at `n` speaks of (`_body_of_kind`, named before token `before`), where the
        phrase ends on the noun: an adjective, a name or a `de`-phrase after it says which body, another."""
        doc, grammar = self.doc, self.grammar
        after = doc[n + 1] if n + 1 < len(doc) else None
        if after is not None and not after.is_punct and (after.pos_ in ("ADJ", "PROPN") or _capitalised(after)
                                                         or after.lower_ in grammar.of_words or after.ent_type_):
            return None  # `le patron de la société paramilitaire`, `du groupe Rassemblement national`: another
        return self._body_of_kind(n, before)

    def _body_of_kind(self, n: int, before: int) -> Span | None:
        """The one body named before token `before` that the definite noun at `n` (`groupe`, `agence`, `force`,
        `régiment`) speaks of: a company for a noun of a firm; else a body of the kind the noun spells, or, for a
        body of no list, one whose name the noun heads past its ordinal (`le 92e régiment d'infanterie`). The
        nouns of a deployment (grammar.yml `deployment_nouns`) are words for one thing: `la force` of an
        operation, `l'opération` of a mission. Two such bodies, or none: None."""
        doc, grammar = self.doc, self.grammar
        noun = fold(doc[n].text)
        company = doc[n].lower_ in grammar.company_nouns
        kinds = {"entreprise"} if company else {fold(w) for w in grammar.deployment_nouns} \
            if doc[n].lower_ in grammar.deployment_nouns else {noun}
        found: dict[str, Span] = {}
        for body in self.idx.ents_before(before):
            if body.label_ != "ORG":
                continue
            entry = self.orgs.get(body.id_.removeprefix("organisations:"), {}) if body.id_ else {}
            head = next((fold(t.text) for t in body if t.lower_ not in grammar.determiners
                         and not ORDINAL.match(t.text)), "")
            named_as = company and body.start > 0 and doc[body.start - 1].lower_ in grammar.company_nouns
            if (entry.get("kind") or "").split("-")[0] in kinds or (not entry and (head in kinds or named_as)):
                found.setdefault(fold(body._.normalized or body.text), body)
        return next(iter(found.values())) if len(found) == 1 else None

    def definite_noun(self, k: int) -> bool:
        """Whether token `k` is a singular common noun of a firm or of a kind of body after `du`, `de la`,
        `de l'` (grammar.yml `singular_definite_articles`, `company_nouns`, `kind_nouns`), inside the role
        that closes on it (`commandant de l'opération`) or after it, in no other entity."""
        doc, grammar = self.doc, self.grammar
        token, article = doc[k], doc[k - 1].lower_
        if not token.is_lower or token.ent_type_ not in ("", "ROLE") \
                or article not in grammar.singular_definite_articles \
                or token.lower_ not in grammar.company_nouns | grammar.kind_nouns \
                or "Plur" in token.morph.get("Number"):
            return False
        if article not in grammar.definite_articles | grammar.elided_articles:
            return True  # `du groupe`
        before = doc[k - 2].lower_ if k >= 2 else ""
        return before in grammar.of_words and before not in grammar.singular_definite_articles  # `de la`, `de l'`

    def _branch_body(self, role: Span) -> Span | None:
        """`chef d'état-major de la marine`, `le chef de l'Armée`: a role whose complement is a bare armed
        service, a head of institutions.yml that needs a country (`armée`, `marine`, `gendarmerie`), in
        the singular and closing the phrase (no demonym, no `de`-phrase after it: those name a body of the
        lists), belongs to that service of the holder's own country, as written. So does a service named by
        its domain (`domain_names`, `domain_adjectives`) and nothing more: `de l'armée de l'air`, `de
        l'armée de terre`, `des forces navales`, `de la force aérienne`."""
        doc, grammar, heads = self.doc, self.grammar, self.branch_heads
        end = role.end
        while end < len(doc) and end - role.end < 3 and doc[end].lower_ in grammar.determiners | grammar.of_words:
            end += 1
        for i in range(role.start + 1, min(end + 1, len(doc))):
            token = doc[i]
            word = fold(token.text)
            if word not in heads and word not in self.force_heads:
                continue
            if doc[i - 1].lower_ not in grammar.determiners | grammar.elided_articles:
                return None  # `chef d'état-major armée`: a title's compound, no article
            last = self._domain_end(i) if word in heads | self.force_heads else None
            if last is None and (word not in heads or "Plur" in token.morph.get("Number") or token.text.endswith("s")):
                continue
            last = last or i
            after = doc[last + 1] if last + 1 < len(doc) else None
            if after is not None and not after.is_punct and (after.lower_ in grammar.of_words or after.pos_ == "ADJ"
                                                            or _capitalised(after) or after.ent_type_
                                                            or "Part" in after.morph.get("VerbForm")):
                return None  # `de la force aérienne déployée au Sahel`: a participle describes a force, names none
            span = Span(doc, i, last + 1, label="ORG")
            span._.normalized = span.text
            span._.source = "rule:institutions:branch" + ("+domain" if last > i else "")
            return span
        return None

    def _domain_end(self, i: int) -> int | None:
        """The last token of a domain right after the head at `i`: `forces navales`, `force aérienne` (a head of
        forces and a domain adjective), `armée de l'air`, `armée de terre` (a service head, `de`, a domain noun)."""
        doc, grammar = self.doc, self.grammar
        if i + 1 >= len(doc):
            return None
        nxt = fold(doc[i + 1].text)
        if fold(doc[i].text) in self.force_heads:
            return i + 1 if nxt in self.domain_adjectives else None
        if doc[i + 1].lower_ not in grammar.of_words:
            return None
        k, linking = i + 1, grammar.determiners | grammar.of_words | grammar.elided_articles
        while k < len(doc) and k - i < 4 and doc[k].lower_ in linking:
            k += 1
        return k if k < len(doc) and fold(doc[k].text) in self.domains else None

    def _titled_body(self, role: Span) -> Span | None:
        """The body the text names with the head of the role's title and the same complement: the role's
        words after its title, then the text's up to a punctuation mark or a verb. The body's complement
        is all of that complement or its beginning (`directeur des achats de la gendarmerie`: `direction des
        achats`); a `de`-phrase at least, so that a bare `ministère` is no one's."""
        doc = self.doc
        at = next((t.i for t in role if fold(t.text) in self.titles), None)
        if at is None:
            return None
        heads = self.titles[fold(doc[at].text)]
        end = role.end
        while end < len(doc) and end - role.end < 12 and not doc[end].is_punct \
                and doc[end].pos_ not in ("VERB", "AUX") \
                and not (doc[end].ent_type_ and doc[end].ent_type_ not in ("ORG", "MISC")):
            end += 1
        complement = [fold(t.text.replace("’", "'")) for t in doc[at + 1:end]]
        of_words = self.grammar.of_words
        found: list[tuple[int, Span]] = []
        for body, words in self._org_words():
            head = next((h for h in heads if tuple(words[:len(h)]) == h), None)
            if head is None:
                continue
            own = words[len(head):]
            if len(own) >= 2 and any(w in of_words for w in own) and own == complement[:len(own)]:
                found.append((len(own), body))
        if found:
            return max(found, key=lambda f: f[0])[1]
        return self._listed_titled_body(at, heads, complement)

    def _listed_titled_body(self, at: int, heads: list[tuple[str, ...]], complement: list[str]) -> Span | None:
        """`le général X, commandant de l'espace`, `directeur du renseignement militaire` where the text does not
        name the body: the head of the title and its complement spell a body of the lists (`Commandement de
        l'espace`, `Direction du renseignement militaire`). The complement read whole, up to a word that
        would name another body (a demonym or an adjective, a `de`-phrase, a capitalised word: `commandant
        des forces spéciales américaines` is not of the French command)."""
        doc, of_words = self.doc, self.grammar.of_words
        for size in range(len(complement), 1, -1):
            nxt = at + 1 + size
            if complement[0] not in of_words or nxt < len(doc) and (
                    doc[nxt].pos_ in ("ADJ", "PROPN") or doc[nxt].lower_ in of_words or _capitalised(doc[nxt])):
                continue
            key = next((self.listed[h + tuple(complement[:size])] for h in heads
                        if " ".join(h) in self.listed_heads and h + tuple(complement[:size]) in self.listed), None)
            if key is None:
                continue
            body = Span(doc, at + 1, nxt, label="ORG")
            body.id_ = f"organisations:{key}"
            body._.normalized, body._.source = self.orgs[key]["name"], f"rule:organisations:{key}+listed"
            return body
        return None

    def _org_words(self) -> list[tuple[Span, list[str]]]:
        """Each organisation of the Doc with its words folded, a leading determiner left out: made once
        per Doc (`DocIndex.memo`), where `_titled_body` folded every organisation for every role."""
        found = self.idx.memo.get("affiliation.org_words")
        if found is None:
            found = self.idx.memo["affiliation.org_words"] = []
            for body in self.idx.ents:
                if body.label_ != "ORG":
                    continue
                words = [fold(t.text.replace("’", "'")) for t in body]
                while words and words[0] in self.grammar.determiners:
                    words = words[1:]
                found.append((body, words))
        return found

    def _portfolio_body(self, role: Span) -> Span | None:
        """`le ministre russe de la Défense` where the text names `la Défense russe`, `ministre de la Défense
        nationale` where it names `Défense nationale`: a ministry named by its portfolio alone, without
        its head, is the minister's when it holds the very words of the title's complement, demonym
        included (`ministre nigérien de la Défense nationale` is not of the `Défense nationale` of another
        country). Only a title whose body is a ministry (institutions.yml `titles` of a `complement` head)."""
        doc = self.doc
        at = next((t.i for t in role if fold(t.text) in self.titles), None)
        if at is None:
            return None
        words = self._content_words(doc[at + 1:role.end])
        end = role.end
        skip = self.grammar.determiners | self.grammar.of_words
        # `ministre de la Défense nationale`: the complement the role left out, up to the end of the phrase
        while end < len(doc) and end - role.end < 6 and doc[end].is_alpha and doc[end].ent_type_ != "PER" and (
                doc[end].pos_ == "ADJ" or _capitalised(doc[end]) or doc[end].lower_ in skip and (
                    end + 1 < len(doc) and (_capitalised(doc[end + 1]) or doc[end + 1].lower_ in skip))):
            if doc[end].lower_ not in skip:
                words.append(fold(doc[end].text))
            end += 1
        if not words or len(words) > 3:
            return None
        for body, own in self._org_content_words():
            if body.start < end and body.end > at or _national_portfolio(body):
                continue  # the role's own words; a country's portfolio is its own officials' (below)
            if own and own[0] in words and sorted(own) == sorted(words) and not any(
                    tuple(own[:len(h)]) == h for heads in self.titles.values() for h in heads):
                return body
        return None

    def _org_content_words(self) -> list[tuple[Span, list[str]]]:
        """Each organisation of the Doc with its `_content_words`: made once per Doc (`DocIndex.memo`),
        where `_portfolio_body` read every organisation's words for every role."""
        found = self.idx.memo.get("affiliation.org_content_words")
        if found is None:
            found = self.idx.memo["affiliation.org_content_words"] = [
                (body, self._content_words(body)) for body in self.idx.ents if body.label_ == "ORG"]
        return found

    def _content_words(self, span) -> list[str]:
        """The folded words of a span but its determiners and `de`-words (`de la Défense` -> `defense`)."""
        skip = self.grammar.determiners | self.grammar.of_words
        return [fold(t.text.replace("’", "'")) for t in span if t.is_alpha and t.lower_ not in skip]

    def _relative_antecedent(self, role: Span) -> Span | None:
        """`s'est rendue au Centre X (CX), où elle a été accueillie par son directeur`: in a clause that a
        relative of place opens, a possessive role belongs to the organisation the relative stands for,
        named right before it (over its short form in brackets and a comma)."""
        doc = self.doc
        sent = self.idx.sent(role.start)
        relatives = self.grammar.place_relatives
        rel = next((t.i for t in reversed(doc[sent.start : role.start]) if t.lower_ in relatives), None)
        if rel is None:
            return None
        k, steps, bracket = rel - 1, 0, False
        while k >= sent.start and steps < 8:
            token = doc[k]
            org = self.org_at.get(k)
            if token.text == ")":
                bracket = True
            elif token.text == "(":
                bracket = False
            elif org is not None and org.label_ == "ORG" and not bracket:
                return org
            elif not (token.is_punct or bracket):
                return None
            k = org.start - 1 if org is not None else k - 1
            steps += 1
        return None

    def _headed_antecedent(self, role: Span) -> Span | None:
        """`le Commandement Sud des États-Unis (Southcom), en présence de son commandant`: a possessive title
        that leads a kind of body (institutions.yml `titles`: `commandant` of `commandement`, `directeur` of
        `direction`) belongs to the last body of that kind named before it in its sentence."""
        at = next((t.i for t in role if fold(t.text) in self.titles), None)
        if at is None:
            return None
        heads = self.titles[fold(self.doc[at].text)]
        sent = self.idx.sent(role.start)
        found = [body for body, words in self._org_words() if sent.start <= body.start and body.end <= role.start
                 and any(tuple(words[:len(h)]) == h for h in heads)]
        return max(found, key=lambda b: b.start) if found else None

    def _subject_org(self, role: Span) -> Span | None:
        """The organisation subject of the role's sentence (before the role), else of the sentence before."""
        sent = self.idx.sent(role.start)
        found = self._subject(sent, role.start)
        if found is None and sent.start > 0:
            found = self._subject(self.idx.sent(sent.start - 1), sent.start)
        return found

    def _subject(self, sent: Span, before: int) -> Span | None:
        for token in sent:
            if token.i >= before:
                break
            if token.dep_ in ("nsubj", "nsubj:pass") and token.head.dep_ == "ROOT" and token.i in self.org_at:
                return self.org_at[token.i]
        return None

    def _office_body(self, role: Span) -> Span | None:
        return office_body(self.doc, self.idx, self.orgs, role.start)

    def office_seat(self, role: Span, body: Span) -> tuple[str, str] | None:
        """`le commissaire chargé de la défense` of the UE: an office whose role says the kind of body it is
        held in (`office_kind`) belongs to the child of that kind the lists give the organisation named
        (`Commission européenne`): its canonical name and id; None where they give none."""
        kind = self.lexicon.entry(role.id_).get("office_kind")
        if not kind or not body.id_.startswith("organisations:"):
            return None
        parent = body.id_.split(":", 1)[1]
        seat = next((key for key, e in self.orgs.items() if e.get("parent") == parent and e.get("kind") == kind), None)
        return (self.orgs[seat]["name"], f"organisations:{seat}") if seat is not None else None

    def own_country_body(self, title: str, demonyms: set[str]) -> tuple[Span, str] | None:
        """`son homologue russe, le ministre de la Défense, X` where the text names `le ministère russe de la
        Défense`: the holder of a title of institutions.yml (`ministre`) whose country the text says belongs
        to the body it names with the head of that title, the very complement of the title and a demonym of
        his country (right after the head or closing the name); a demonym of another country names another
        body. Returns the body and its name without the demonym, folded (`ministere de la defense`); None
        where the title has no `de`-complement (a bare `ministre` is no one's)."""
        words = fold(title.replace("’", "'")).replace("'", "' ").split()
        heads = self.titles.get(words[0]) if words else None
        complement = " ".join(words[1:]).replace("' ", "'")
        if not heads or not any(w in self.grammar.of_words for w in words[1:]):
            return None
        for body, own in self._org_words():
            head = next((h for h in heads if tuple(own[: len(h)]) == h), None)
            rest = own[len(head):] if head is not None else []
            if len(rest) < 2:
                continue
            if rest[0] in demonyms:
                rest = rest[1:]
            elif rest[-1] in demonyms:
                rest = rest[:-1]
            else:
                continue
            if " ".join(rest).replace("' ", "'") == complement:
                return body, " ".join([*head, *rest]).replace("' ", "'")
        return None

    # a person with no role read

    def after_name(self, m: Span) -> Span | None:
        """`X, du 54e régiment ...`, `X, à la tête du CNSP`, `X, qui commande la 6e BLB`."""
        doc, grammar = self.doc, self.grammar
        i = m.end
        if i >= len(doc) or doc[i].text != ",":
            return None
        i += 1
        if i < len(doc) and doc[i].lower_ in grammar.place_prepositions and i + 1 < len(doc) \
                and doc[i + 1].lower_ in grammar.definite_articles | grammar.elided_articles and i + 2 < len(doc) \
                and doc[i + 2].lower_ in grammar.heading_words:
            i += 3  # `à la tête`
        elif i < len(doc) and doc[i].lower_ == "qui":
            verb = next((t for t in doc[i + 1 : i + 1 + REACH] if t.pos_ in ("VERB", "AUX")), None)
            if verb is None or not leads(verb, self.grammar.leading_verbs):
                return None
            j = verb.i + 1
            while j < len(doc) and doc[j].lower_ in grammar.determiners:
                j += 1
            return self._org_from(j)
        while i < len(doc) and doc[i].lower_ in grammar.of_words:
            i += 1
        if i == m.end + 1 or doc[i - 1].lower_ not in grammar.of_words:
            return None
        return self._org_from(i)

    def leading_relative(self, m: Span) -> tuple[Token, str] | None:
        """`le général X, qui commande la 9e brigade`, `X, qui commandait l'opération Barkhane depuis 2021`: a
        relative clause right after the name and a comma whose verb of `leading_verbs` is in the present or
        the imperfect of the narrative, with no auxiliary (`qui a commandé`, `qui commandera`: an office of
        another time), and whose object opens on a definite article: the verb and its object written as the
        complement of a title (`de la 9e brigade`, `du 1er RCP`, `des forces navales`: `de` contracts with
        `le`, `les`, grammar.yml `of_contractions`), up to a comma or a bracket. None otherwise."""
        doc, grammar = self.doc, self.grammar
        i = m.end
        if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in grammar.subject_relatives:
            return None
        verb = next((t for t in doc[i + 2 : i + 2 + REACH] if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or not leads(verb, grammar.leading_verbs) or verb.pos_ != "VERB" \
                or not {"Pres", "Imp"} & set(verb.morph.get("Tense")) \
                or any(c.dep_.startswith("aux") for c in verb.children):
            return None
        obj = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i), None)
        if obj is None:
            return None
        start = obj.left_edge.i
        article = doc[start].lower_
        if article not in grammar.definite_articles | grammar.elided_articles:
            return None
        end = start + 1
        while end <= obj.right_edge.i and doc[end].text not in (",", "(", ";"):
            end += 1
        words = " ".join(doc[start + 1 : end].text.split())
        contracted = {pair.split()[0]: pair.split()[1] for pair in grammar.of_contractions}
        if article in contracted:
            return verb, f"{contracted[article]} {words}"
        joined = "" if doc[start].whitespace_ == "" else " "
        return verb, f"de {article}{joined}{words}"

    def appointed_to(self, m: Span, verbs: set[str]) -> tuple[Span, str] | None:
        """`le Conseil a désigné le général X à la direction générale de la Sûreté générale, le général Y à la
        tête des Forces de sécurité intérieure`: a name in a clause of a verb of `holding_verbs` (roles.yml),
        `à` and an article right after it, then a heading word (`à la tête de`: the body after it) or a
        body whose head has a title (institutions.yml `titles`: `direction`): the body it names after the
        head (`Sûreté générale`) and the title written with it (`directeur général de la Sûreté générale`);
        the title is empty after a heading word. Not `X a été reçu à la direction générale de l'armement`."""
        doc, grammar = self.doc, self.grammar
        i = m.end
        if i + 2 >= len(doc) or doc[i].lower_ not in grammar.place_prepositions \
                or doc[i + 1].lower_ not in grammar.definite_articles | grammar.elided_articles:
            return None
        clause = doc[m.sent.start : m.start]
        if not any(t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in clause):
            return None
        i += 2
        if doc[i].lower_ in grammar.heading_words:
            i += 1
            while i < len(doc) and doc[i].lower_ in grammar.of_words:
                i += 1
            org = self._org_from(i) if doc[i - 1].lower_ in grammar.of_words else None
            return (org, "") if org is not None else None
        org = self.org_at.get(i)
        if org is None or org.start != i:
            return None
        words = tuple(fold(t.text) for t in org)
        size = next((n for n in range(len(words), 0, -1) if words[:n] in self.head_titles), 0)
        k = i + size
        while k < org.end and doc[k].lower_ in grammar.of_words:
            k += 1
        if not size or k == i + size or k >= org.end:
            return None  # `à la direction`: no body named after the head
        body = Span(doc, k, org.end, label="ORG")
        body._.normalized, body._.source = " ".join(body.text.split()), org._.source
        title = " ".join([self.head_titles[words[:size]], *(t.lemma_.lower() for t in doc[i + 1 : i + size])])
        return body, f"{title} {' '.join(doc[i + size : org.end].text.split())}"

    def heads_by_verb(self, m: Span) -> Span | None:
        """`X a succédé à Y à la tête de l'Armée suisse`, `X prendra la tête du COS`: the body after a heading
        word (`à la tête de`, grammar.yml `heading_words`) that a verb governs, in the name's sentence after
        it, whose subject is the name, or a title the name is written with (the parse hangs `le commandant de
        corps X` on its rank); with `être` the heading word is the predicate itself (`X est à la tête de l'armée
        de Terre`: the parse makes `tête` the head of the subject and of the copula; the name right before the
        copula is its subject whatever the parse hangs it on). Not in the imperfect (`X
        était à la tête de`, `avait pris`: a past office), not an infinitive with no subject of its own (`Y a
        quitté Z pour prendre la tête de`: Y's)."""
        doc, grammar = self.doc, self.grammar
        sent = self.idx.sent(m.start)
        for i in range(m.end, sent.end):
            if doc[i].lower_ not in grammar.heading_words:
                continue
            copula = next((c for c in doc[i].children if c.dep_ == "cop"), None)
            if copula is not None:
                verb = doc[i]  # `X est à la tête de Y`: the copula's predicate
            elif doc[i].head.pos_ in ("VERB", "AUX"):
                verb = doc[i].head
            else:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not any(m.start <= c.i < m.end or c.i < m.start <= c.i + REACH for c in subjects) \
                    and (copula is None or copula.i != m.end):  # `, X est à la tête de`: its subject, parsed or not
                return None
            if any("Imp" in t.morph.get("Tense") for t in [verb, *verb.children] if t.pos_ in ("VERB", "AUX")):
                return None
            j = i + 1
            while j < sent.end and doc[j].lower_ in grammar.of_words:
                j += 1
            return self._org_from(j) if j > i + 1 else None
        return None

    def led_by(self, m: Span) -> Span | None:
        """The organisation a verb of leading says the name leads (`led_with`), else None."""
        led = self.led_with(m)
        return led[0] if led is not None else None

    def led_with(self, m: Span) -> tuple[Span, Token | None] | None:
        """`l'amiral X dirige depuis septembre le Commandement allié Transformation`: a verb of
        `leading_verbs` right after the name, in the present, and the organisation after it in its
        clause (over an adverbial: the parse of such a sentence is not reliable enough to follow); or a
        relative clause, a participle's agent, `sous la conduite de`. The organisation and the verb of
        leading (None under a noun of leadership)."""
        doc = self.doc
        i = m.end
        if i >= len(doc) or doc[i].pos_ != "VERB" or not leads(doc[i], self.grammar.leading_verbs) \
                or "Pres" not in doc[i].morph.get("Tense") and doc[i].morph.get("Tense"):
            return self._led_by_relative(m) or self._led_by_agent(m) or self._led_under(m)
        for j in range(i + 1, min(len(doc), i + 1 + 2 * REACH)):
            if doc[j].is_punct:
                return None
            org = self.org_at.get(j)
            if org is not None:
                return (org, doc[i]) if org.label_ == "ORG" and org.start == j else None
        return None

    def _led_by_relative(self, m: Span) -> tuple[Span, Token] | None:
        """`l'état-major général, que dirige le général X` (not `la brigade qu'il commande`): a relative
        clause with the subject inverted after its verb of `leading_verbs` (present or imperfect), the
        relative pronoun (`object_relatives`) right after the organisation, a comma and its acronym in
        brackets at most between (`le SGDSN (...), que dirige X`): the name, after its rank or its
        determiner, leads the organisation. The word after the relative pronoun is its clause's verb
        whatever the tagger says (it reads `dirige` before a name as a proper noun)."""
        doc, grammar = self.doc, self.grammar
        j = m.start - 1
        while j >= 0 and (doc[j].ent_type_ == "RANK" or doc[j].lower_ in grammar.determiners):
            j -= 1
        if j < 1:
            return None
        verb = doc[j]
        tense = verb.morph.get("Tense")
        if verb.pos_ not in ("VERB", "AUX", "PROPN") or not leads(verb, self.grammar.leading_verbs) \
                or tense and not {"Pres", "Imp"} & set(tense):
            return None
        k = j - 1
        if doc[k].lower_ not in grammar.object_relatives:
            return None
        k -= 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if k >= 2 and doc[k].text == ")" and doc[k - 2].text == "(":
            k -= 3  # `(SGDSN)`: the acronym the text gives the organisation
        org = self.org_at.get(k) if k >= 0 else None
        return (org, verb) if org is not None and org.label_ == "ORG" and org.end == k + 1 else None

    def _led_by_agent(self, m: Span) -> tuple[Span, Token] | None:
        """`la Direction générale de l'armement (DGA), dirigée par X` (not `une mission conduite par le
        ministère, X ...`): the participle of a verb of `leading_verbs` and its agent (`agent_words`) right
        before the name (over its rank or its determiner), the organisation right before the participle
        (a comma and its acronym in brackets between at most): the name leads the organisation. A demonym
        between the agent and the name is passed over too (`présidée par l'Allemand X`), and so is a word that
        says what the person is, not an office, when the parse makes it the agent itself and the name its
        complement (`présidée par la libérale allemande X`, `par le socialiste portugais Y`)."""
        doc, grammar = self.doc, self.grammar
        j = m.start - 1
        while j >= 0 and (doc[j].ent_type_ == "RANK" or doc[j].lower_ in grammar.determiners
                          or doc[j].ent_type_ == "MISC" and doc[j].ent_id_.startswith("countries:")
                          or _describing_agent(doc[j], m)):
            j -= 1
        if j < 2 or doc[j].lower_ not in grammar.agent_words:
            return None
        verb = doc[j - 1]
        if "Part" not in verb.morph.get("VerbForm") or not leads(verb, self.grammar.leading_verbs):
            return None
        k = j - 2
        if doc[k].text == ",":
            k -= 1
        if k >= 2 and doc[k].text == ")" and doc[k - 2].text == "(":
            k -= 3  # `(DGA)`: the acronym the text gives the organisation
        org = self.org_at.get(k) if k >= 0 else None
        return (org, verb) if org is not None and org.label_ == "ORG" and org.end == k + 1 else None

    def _led_under(self, m: Span) -> tuple[Span, None] | None:
        """`l'état-major général, sous la conduite du général X, ...`, `la mission (EUTM), placée sous le commandement
        du colonel X`: `sous` (`under_words`), a determiner, a noun of `leadership_nouns` and `de` right before the
        name (over its rank), the organisation right before `sous` (a participle, a comma and its acronym in
        brackets between at most): the name leads the organisation."""
        doc, grammar = self.doc, self.grammar
        j = m.start - 1
        while j >= 0 and doc[j].ent_type_ == "RANK":
            j -= 1
        stop = j - 2
        while j > stop and doc[j].lower_ in grammar.determiners:
            j -= 1  # `du`, `de l'`
        if j < 3 or doc[j].lower_ not in grammar.leadership_nouns or doc[j - 1].lower_ not in grammar.determiners \
                or doc[j - 2].lower_ not in grammar.under_words:
            return None
        k = j - 3
        if k >= 0 and "Part" in doc[k].morph.get("VerbForm"):
            k -= 1  # `placée sous`
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if k >= 2 and doc[k].text == ")" and doc[k - 2].text == "(":
            k -= 3
        org = self.org_at.get(k) if k >= 0 else None
        if org is None:  # `l'état-major général`: a body of the lists the entities leave out, named with no country
            org = next((s for s in group_spans(doc, "lexicon") if s.label_ == "ORG" and s.end == k + 1), None)
        return (org, None) if org is not None and org.label_ == "ORG" and org.end == k + 1 else None

    def _org_from(self, i: int) -> Span | None:
        """The organisation starting at token i, or at i + 1 after an ordinal kept with it (`6e BLB`)."""
        doc = self.doc
        org = self.org_at.get(i)
        if org is not None and org.start == i:
            return org
        if i + 1 < len(doc) and ORDINAL.match(doc[i].text):
            org = self.org_at.get(i + 1)
            if org is not None and org.start == i + 1:
                span = Span(doc, i, org.end, label="ORG")
                span._.normalized = doc[i].text + " " + org._.normalized
                span._.source = org._.source
                return span
        return None


def _national_portfolio(ent: Span) -> bool:
    """A ministry named by its portfolio alone (`la Défense`), read for the text's country (`entities.py`)."""
    return ent.label_ == "ORG" and ent.id_.startswith("portfolio:")


def national_ministries(doc: Doc, officials: list, lexicon: Lexicon) -> None:
    """`la ministre de la Défense, X` in a text that names the Belgian ministry `la Défense`, `le ministre
    Blair` written `ministre de la Défense nationale` beside his name where it names `Défense nationale`:
    an official with no organisation whose title is his country's minister or chief of that portfolio
    (`national_ministry` in roles.yml: its complement is the portfolio's words, a `de`-phrase may follow,
    `de l'époque`) belongs to his country's ministry as the text names it, by its portfolio alone or with
    the demonym of its country (`la Défense luxembourgeoise`, institutions.yml `defense`); an official of no stated
    country, to that of the one country whose portfolio the text names. A minister of another country
    (`son homologue lituanien, ministre de la Défense`) is not of it."""
    bodies: dict[str, tuple[Span, str, list[str]]] = {}  # country -> (body, its name as written, its portfolio)
    orgs = lexicon.by_file("organisations")
    demonyms = _demonym_codes(lexicon)
    for ent in DocIndex.of(doc).ents:  # not `doc.ents`: a new Span of each entity at each reading
        if _national_portfolio(ent):
            code = orgs.get(ent.id_.split(":", 1)[1], {}).get("country")
            if code:
                bodies.setdefault(code, (ent, ent._.normalized, [fold(t.text) for t in ent]))
        elif ent.label_ == "ORG" and ent.id_ == f"institutions:{PORTFOLIO_HEAD}":
            # `la Défense belge`: the portfolio and the demonym of its country, written as the text does
            words = [fold(t.text) for t in ent if t.is_alpha]
            codes = {demonyms[w] for w in words if w in demonyms}
            if len(codes) == 1:
                bodies.setdefault(codes.pop(), (ent, span_text(ent), [w for w in words if w not in demonyms]))
    if not bodies:
        return
    names = _country_codes(lexicon)
    only = next(iter(bodies)) if len(bodies) == 1 else ""
    grammar = lexicon.grammar
    for person in officials:
        if person["organisation"]:
            continue
        code = names.get(fold(person["country"]), "?") if person["country"] else only
        if code not in bodies:
            continue
        body, name, words = bodies[code]
        role_id = person["rules"].get("role", "").removeprefix("rule:").removesuffix("#head")
        titles = [person["role"]] if lexicon.entry(role_id).get("national_ministry") else []
        titles += [r.text for r in _apposed_roles(doc, person) if lexicon.entry(r.id_.removesuffix("#head")).get(
            "national_ministry")]
        if any(_complement_is(title, words, grammar) for title in titles):
            person["organisation"], person["organisation_id"] = name, body.id_
            person["rules"]["organisation"] = body._.source + "+national"


def home_portfolios(officials: list, lexicon: Lexicon) -> None:
    """`La Défense belge ... la ministre de la Défense, X`: a minister (grammar.yml `portfolio_titles`) the
    text gives no country is named as at home, where his ministry is called by its portfolio alone (`la
    Défense`); the demonym (institutions.yml `defense`) is the name given from abroad, kept for a minister the
    text gives a country (`la ministre luxembourgeoise de la Défense`) and for a chief, who heads the body so
    named (`chef de la Défense belge`)."""
    demonyms = _demonym_codes(lexicon)
    for person in officials:
        title = person["role"].split()
        if person["country"] or person["organisation_id"] != f"institutions:{PORTFOLIO_HEAD}" or not title \
                or title[0].lower() not in lexicon.grammar.portfolio_titles:
            continue
        words = person["organisation"].split()
        portfolio = [w for w in words if fold(w) not in demonyms]
        if portfolio and len(portfolio) < len(words):
            person["organisation"] = " ".join(portfolio)
            person["rules"]["organisation"] = person["rules"].get("organisation", "") + "+home"


def own_country_bodies(doc: Doc, officials: list, lexicon: Lexicon, affiliation: Affiliation) -> None:
    """`son homologue russe, le ministre de la Défense, X ... au siège du ministère russe de la Défense`: an
    official of a stated country whose title names no organisation, or only the body any country has under
    that name (a listed body of no country: `ministère de la Défense`), belongs to the body of his own
    country the text names with his title's head and complement and his country's demonym
    (`Affiliation.own_country_body`). `affiliation` is open on `doc`."""
    orgs = lexicon.by_file("organisations")
    countries = lexicon.by_file("countries")
    codes = _country_codes(lexicon)
    for person in officials:
        if not person["country"] or not person["role"]:
            continue
        org_id = person["organisation_id"].removeprefix("organisations:")
        if person["organisation"] and not (person["organisation_id"].startswith("organisations:")
                                           and org_id in orgs and not orgs[org_id].get("country")):
            continue
        code = codes.get(fold(person["country"]))
        demonyms = {fold(d) for d in (countries.get(code) or {}).get("demonyms") or []}
        found = affiliation.own_country_body(person["role"], demonyms) if demonyms else None
        if found is None:
            continue
        body, bare = found
        if person["organisation"] and fold(person["organisation"].replace("\u2019", "'")) != bare:
            continue  # another body than the bare name of his own
        person["organisation"], person["organisation_id"] = body._.normalized, body.id_
        person["rules"]["organisation"] = (body._.source or "model") + "+own-country"


def bracketed_bodies(doc: Doc, officials: list) -> None:
    """`Théo Francken (N-VA)`, `le député X (RN)`, `Y (OTAN)`: an organisation in brackets right after a
    person's name is the one he belongs to (his party, his alliance), for an official with no other. The
    Swiss press adds the canton after a slash (`X (UDC/ZH)`): the party is what comes before it."""
    idx = DocIndex.of(doc)
    orgs = {e.start: e for e in idx.ents if e.label_ == "ORG"}
    for person in officials:
        if person["organisation"]:
            continue
        for start, end in person["mentions"]:
            m = doc.char_span(start, end, alignment_mode="expand")
            if m is None or m.end + 2 >= len(doc) or doc[m.end].text != "(":
                continue
            body = orgs.get(m.end + 1)
            if body is not None and body.end < len(doc) and doc[body.end].text == ")":
                name = body._.normalized or body.text
                if not body.id_ and "/" in name:
                    name = name.split("/")[0].strip()  # `UDC/ZH`: the party, not its canton
                person["organisation"], person["organisation_id"] = name, body.id_
                person["rules"]["organisation"] = (body._.source or "model") + "+bracketed"
                break


def _demonym_codes(lexicon: Lexicon) -> dict[str, str]:
    """Countries by their folded demonyms (`belge` -> `be`), made once per lexicon (`Lexicon.derived`)."""
    return lexicon.derived("countries", "demonym_codes", lambda countries: {
        fold(d): code for code, e in countries.items() for d in e.get("demonyms") or []})


def _country_codes(lexicon: Lexicon) -> dict[str, str]:
    """Countries by their folded name (`mali` -> its code in countries.yml), made once per lexicon, not per
    Doc (`Lexicon.derived`): folding the names of every country costs about a millisecond."""
    return lexicon.derived("countries", "country_codes", lambda countries: {
        fold(e["name"]): code for code, e in countries.items() if e.get("name")})


def _apposed_roles(doc: Doc, person) -> list[Span]:
    """The roles written against one of a person's mentions, over a comma: `X, ministre de ...`,
    `le ministre de ..., X`."""
    idx = DocIndex.of(doc)
    roles = {e.start: e for e in idx.ents if e.label_ == "ROLE"}
    ends = {e.end: e for e in idx.ents if e.label_ == "ROLE"}
    found = []
    for start, end in person["mentions"]:
        m = doc.char_span(start, end, alignment_mode="expand")
        if m is None:
            continue
        after = m.end + 1 if m.end < len(doc) and doc[m.end].text == "," else m.end
        before = m.start - 1 if m.start > 0 and doc[m.start - 1].text == "," else m.start
        found += [r for r in (roles.get(after), ends.get(before)) if r is not None]
    return found


def _complement_is(title: str, words: list[str], grammar) -> bool:
    """`ministre de la Défense` has the complement `Défense`, `ministre de la Défense de l'époque` too;
    `ministre de la Défense nationale` has `Défense nationale`, not `Défense`."""
    tokens = fold(title.replace("’", "'")).replace("'", "' ").split()
    skip = grammar.determiners | grammar.of_words
    j = 1
    while j < len(tokens) and tokens[j] in skip:
        j += 1
    if j == 1 or tokens[j : j + len(words)] != words:
        return False
    return j + len(words) == len(tokens) or tokens[j + len(words)] in grammar.of_words


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and token.is_alpha


def headed_bodies(doc: Doc, officials: list, lexicon: Lexicon) -> None:
    """`le chef de [ORG] (ACR), le conseiller fédéral X`: an official whose organisation is only the one
    his membership title implies (a role of roles.yml with an `organisation`, the body he sits in), or
    whose title names no body (`chef de l'État`), belongs to the body the title written before it heads:
    a role, its `de`-complement an organisation, an acronym in brackets, a comma, then his own title (and
    his rank) before his name. Any other organisation stays."""
    idx = DocIndex.of(doc)
    roles_ending = {e.end: e for e in idx.ents if e.label_ == "ROLE"}
    ranks_ending = {e.end: e for e in idx.ents if e.label_ == "RANK"}
    orgs_ending = {e.end: e for e in idx.ents if e.label_ == "ORG"}
    grammar = lexicon.grammar
    for person in officials:
        rules = person.get("rules") or {}
        if not rules.get("role") or person["organisation"] and rules.get("organisation") != rules.get("role"):
            continue  # a title of no body (`chef de l'État`) takes the body the title before it heads too
        for start, end in person["mentions"]:
            m = doc.char_span(start, end, alignment_mode="expand")
            at = m.start if m is not None else -1
            if at in ranks_ending:  # `..., Chef de l'État, général d'armée X`: his rank between title and name
                at = ranks_ending[at].start
                while at > 0 and doc[at - 1].lower_ in grammar.title_determiners:
                    at -= 1
                at = at - 1 if at > 0 and doc[at - 1].text == "," and at - 1 in roles_ending else at
            own = roles_ending.get(at)
            if own is None:
                continue
            j = own.start
            while j > 0 and doc[j - 1].lower_ in grammar.title_determiners:
                j -= 1
            if j == 0 or doc[j - 1].text != ",":
                continue
            k = j - 1
            if k > 0 and doc[k - 1].text == ")":  # `(DDPS)`
                opening = next((i for i in range(k - 2, max(k - 6, -1), -1) if doc[i].text == "("), None)
                k = opening if opening is not None else k
            body = orgs_ending.get(k)
            if body is None:
                continue
            i = body.start
            while i > 0 and doc[i - 1].lower_ in grammar.of_words:
                i -= 1
            if i == body.start or roles_ending.get(i) is None:
                continue
            person["organisation"], person["organisation_id"] = body._.normalized, body.id_
            rules["organisation"] = body._.source + "+headed"
            break
