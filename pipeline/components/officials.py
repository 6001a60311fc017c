"""Stage 4a: officials, one per person of a document, with rank, role, organisation and country.

Two halves: `appositions.py` reads what the words around each PERSON mention say of it (rank before
it, descriptions after and before it), `people.py` merges the mentions into one `Official` per person.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.components.affiliation import (
    bracketed_bodies,
    headed_bodies,
    home_portfolios,
    national_ministries,
    own_country_bodies,
)
from pipeline.components.appositions import AppositionReader, _is_country, is_demonym
from pipeline.components.furniture import furniture_tokens
from pipeline.components.lexicon import Lexicon
from pipeline.components.linking import person_key
from pipeline.components.people import (
    PeopleMerger,
    _note_title,
    leaders_at_home,
    leaders_of_the_place,
    merge_article_surnames,
    merge_first_names,
    merge_shorter_names,
    new_person,
    shared_demonym_rivals,
)
from pipeline.components.spans import DocIndex, doc_text, parse_column, token_column
from pipeline.rows import Official
from pipeline.rulebook.terms import fold_text

LIST_OPENERS = (",", "–", "—", "(")  # what sets off `parmi lesquels A et B` after a plural noun
MAX_NAME_WORDS = 5  # `Mohamed Ould Cheikh El Ghazouani`; more capitalised words in a row are a menu or a title


class OfficialLinker:
    """Pipeline stage: `doc._.officials`, a list of `Official` rows in order of first mention."""

    def __init__(self, lexicon: Lexicon, counterpart_words: set[str], civilities: set[str],
                 thing_nouns: set[str] = frozenset(), thing_last_words: set[str] = frozenset(),
                 holding: dict[str, set[str]] | None = None) -> None:
        # `Son Excellence`: its words after the first (a determiner here) are civility words too
        self.civilities = civilities | {w for c in civilities for w in c.split()[1:]}
        self.reader = AppositionReader(lexicon, counterpart_words, self.civilities, thing_nouns,
                                       (holding or {}).get("capacity_words", frozenset()))
        self.merger = PeopleMerger(lexicon, holding or {})
        self.merger.counterpart_words = {w.lower() for w in counterpart_words}
        self.grammar = lexicon.grammar
        # prepositions of place as a headline in capitals writes them (`A` for `à`): `_before_place_word`
        self.place_words = {fold_text(w) for w in self.grammar.site_prepositions | self.grammar.country_prepositions}
        self.thing_last_words = {w.lower() for w in thing_last_words}
        self.side_words = (holding or {}).get("side_words", frozenset())

    def __call__(self, doc: Doc) -> Doc:
        idx = DocIndex.of(doc)
        self.reader.open(doc, idx)
        self.merger.open(doc)
        mentions = [e for e in idx.ents if e.label_ == "PERSON" and not self.reader.names_thing(doc, e)
                    and not self.reader.bracketed(doc, e) and not self._no_name(doc, e) and not _credit(doc, e)]
        furniture = furniture_tokens(doc)  # `Photo : X / DR Tags : ...`: a credit's words recover no name
        mentions = sorted((e for e in self._recovered(doc, idx, mentions) if not self.reader.names_thing(doc, e)
                           and not self._no_name(doc, e) and e.start not in furniture), key=lambda e: e.start)
        mentions = [_with_regnal_number(doc, self._before_place_word(m)) for m in mentions]
        editions = self._editions(doc, mentions)
        mentions = [m for m in mentions if " ".join(m.text.split()) not in editions]
        after = {m.start: self.reader.after(doc, m) for m in mentions}
        used_roles = {d.role.start for d in after.values() if d.role is not None}
        used_roles |= self._coordinated_roles(doc, idx, used_roles)
        people: dict[str, Official] = {}
        told: dict[int, Span] = {}  # the end of a titled mention -> the country it was given
        borne: dict[str, Span] = {}  # person key -> the house title written before his name (`le prince X`)
        suites: list[tuple[str, str]] = []  # (one of a suite, the person he accompanies): `X accompagné de son Y`
        for m in mentions:
            key = _regnal_key(m.text) or person_key(m.text)
            if not key:
                continue
            person = people.setdefault(key, new_person(key))
            person["titled"] = person["titled"] or (m.start > 0 and doc[m.start - 1].lower_ in self.civilities)
            rank, demonym = self.reader.title(doc, m)
            if (house := self._house_title(doc, (rank or demonym or m).start)) is not None:
                used_roles.add(house.start)  # `le prince X`: a title he bears, no bare `le prince` to resolve
                _note_title(person, house)  # a later `le prince` refers back to him, whatever his office
                borne.setdefault(key, house)
            before = self.reader.before(doc, m, used_roles)
            if demonym is not None:
                before.country = before.country or demonym
            if before.role is None and (listed := self._title_list(doc, m.start)) is not None:
                before.role = listed  # `des présidents X du Tchad, Y du Mali et Z du Niger`: each a `président`
            shared = None
            if before.role is None and (listed := self._plural_role_list(doc, m)) is not None:
                before.role = listed  # `les ministres de la Défense, A et B`: each a `ministre de la Défense`
            if before.role is not None and _plural_title(before.role):
                shared = self._share_of(doc, before.role, m)  # `les ministres des Armées et de la Défense, A et B`
            held = None
            if before.role is not None and before.org is None and _plural_title(before.role):
                before.org = held = self._held_for(doc, m.end)  # `..., le général X pour l'armée de Terre, ...`
            if before.country is None and after[m.start].country is None:
                before.country = self._country_after(doc, m.end)  # `le président X du Tchad`, `X du Mali`
            if before.country is None and after[m.start].country is None:
                before.country = self.reader.led_group_country(m)
            if before.country is None and after[m.start].country is None:
                before.country = self.reader.subject_group_country(m)  # `X conduisait la délégation française`
            if before.country is None and after[m.start].country is None:
                before.country = self.reader.member_group_country(m)  # `la délégation rwandaise comprenait X`
            if before.country is None and after[m.start].country is None \
                    and (group := self._listing_group(doc, (before.role or rank or m).start)) is not None:
                # `la délégation comprend notamment le ministre A, le ministre B et la ministre C`
                before.country = self.reader.group_country(group) or self._side_country(doc, group.i)
                if before.country is None and (leader := self.reader.group_leader(group)) is not None:
                    suites.append((key, person_key(leader.text)))  # `X était accompagné d'une délégation
                    # comprenant Y`: Y of X's country
            if before.country is None and after[m.start].country is None:
                before.country = self.reader.companion_country(m)  # `le ministre turc, accompagné de X`
            if before.country is None and after[m.start].country is None and before.role is not None:
                before.country = self.reader.represented_country(doc, before.role.start)  # `représenté par son X`
            if before.country is None and after[m.start].country is None and before.role is not None:
                before.country = self.reader.sent_country(before.role)  # `la France avait dépêché le ministre X`
            if before.country is None and after[m.start].country is None \
                    and (companion := self.reader.companion_person(m)) is not None:
                suites.append((key, person_key(companion.text)))  # his country once the other's is read
            if before.country is None and after[m.start].country is None:
                before.country = self.reader.agent_group_country(
                    doc, before.role.start if before.role is not None else (rank or m).start)
            if before.country is None and after[m.start].country is None:
                before.country = self._country_of_leader(doc, m.start)  # `l'Espagne de X`
            if before.country is None and after[m.start].country is None:
                before.country = self._side_country(doc, m.start)  # `Côté allemand, la ministre X`
            if before.country is None and after[m.start].country is None and before.role is not None \
                    and before.org is None and after[m.start].org is None and not before.counterpart:
                before.country = self._list_country(doc, before.role, told)  # `le président rwandais X et
                # le ministre des Affaires étrangères Y`
            if (country := before.country or after[m.start].country) is not None and before.role is not None:
                told[m.end] = country
            if self._title_role(doc, before, m, rank):  # `le roi X, chef suprême des armées`: his title first
                self.merger.update(person, m, rank, before, after[m.start])
            else:
                self.merger.update(person, m, rank, after[m.start], before)
            if held is not None and person["organisation_id"] == held.id_ \
                    and person["role"] == before.role._.normalized:
                person["role_as_written"] = self._title_of_body(doc, person["role_as_written"], held)
            if shared is not None and person["role"] == before.role._.normalized:
                person["role_as_written"] = _title_with_share(person["role_as_written"], *shared)
            if not person["organisation"] and after[m.start].role is None:
                self.merger.affiliate(person, m)  # `X, à la tête du CNSP`: no role, an organisation
            self.merger.led(person, m)  # `X dirige le Commandement ...`
            self.merger.led_in_relative(person, m)  # `X, qui commande la 9e brigade`
        merge_first_names(people)
        merge_shorter_names(people)
        merge_article_surnames(people, self.grammar.name_particles)
        self.merger.roles_en_tant_que(doc, idx, people, used_roles)
        self.merger.roles_succeeded(doc, idx, people, used_roles)
        self.merger.roles_as(doc, idx, people, used_roles, self.reader.describe)
        self.merger.roles_predicated(doc, idx, people, used_roles, self.reader.describe)
        self.merger.ranks_promoted(doc, idx, people)
        self._roles_by_copula(doc, idx, people, used_roles)
        # the one succeeded holds his successor's office before a role named alone is read as his
        # (`X a succédé au général Y ... décidée par le président de la République`); again after, for
        # a successor whose role only a reference gives (`le nouveau chef d'état-major`)
        self.merger.roles_of_predecessors(doc, idx, people)
        self.merger.role_references(doc, idx, people, used_roles, self.reader.describe)
        self.merger.roles_of_predecessors(doc, idx, people)
        for key, house in borne.items():  # `le prince X` given no office: the title he bears is his role
            if key in people and not people[key]["role"]:
                self.merger._set_role(people[key], house)
        # A one-word name with no civility, rank or role anywhere (`Washington`, `Leclerc` the tank, `Ramstein`)
        # is the model's guess at a place or a thing far more often than an official: it is left out.
        for key, companion in suites:  # `X était accompagné de son ministre Y`: Y of X's country
            if key in people and companion in people and not people[key]["country"]:
                people[key]["country"] = people[companion]["country"]
        people = {k: p for k, p in people.items() if (" " in p["name"] and not _byline(doc, p)
                                                      and not _signed(doc, p, self.grammar.place_prepositions))
                  or p["rank"] or p["role"] or p["titled"]}
        doc._.officials = [self.merger.finish(p) for p in sorted(people.values(), key=lambda p: p["first_char"])]
        national_ministries(doc, doc._.officials, self.merger.lexicon)  # `la Défense` of a Belgian minister
        home_portfolios(doc._.officials, self.merger.lexicon)  # `la ministre de la Défense`, not `Défense belge`
        headed_bodies(doc, doc._.officials, self.merger.lexicon)  # `le chef du X, le conseiller fédéral Y`
        leaders_of_the_place(doc, doc._.officials, self.merger)  # `à Berlin, le chancelier X l'a accueilli`
        leaders_at_home(doc, doc._.officials, self.merger)  # `le Premier ministre X` in a story of one country
        shared_demonym_rivals(doc, doc._.officials, self.merger)  # `le président congolais X` beside the RDC's
        # `le ministre de la Défense X`, Russian, where the text names the `ministère russe de la Défense`
        own_country_bodies(doc, doc._.officials, self.merger.lexicon, self.merger.affiliation)
        bracketed_bodies(doc, doc._.officials)  # `Théo Francken (N-VA)`: his party, with no other body
        return doc


    def _house_title(self, doc: Doc, start: int) -> Span | None:
        """The title of a royal or princely house (roles.yml `house_title`, also a civility) written right
        before a name starting at `start`, over other civilities (`SAR le Prince X`, `le prince X ben Y`):
        a title the person bears whatever office he holds; None when there is none."""
        i = start
        while i > 0 and (ent := self.reader.ent_at.get(i - 1)) is None and doc[i - 1].lower_ in self.civilities:
            i -= 1
        ent = self.reader.ent_at.get(i - 1) if i > 0 else None
        if ent is None or ent.label_ != "ROLE" or ent.end != i or _plural_title(ent):
            return None
        return ent if self.merger.lexicon.entry(ent.id_).get("house_title") else None

    def _title_role(self, doc: Doc, before, m: Span, rank: Span | None) -> bool:
        """The role read before the name is written against it as a title (`la conseillère fédérale X`,
        `Sa Majesté le Roi X`, `le ministre de la Défense, X` is not): it is said of the person first."""
        role = before.role
        if role is None or before.past:
            return False
        i = rank.start if rank is not None else m.start
        while i > 0 and doc[i - 1].lower_ in self.civilities:
            i -= 1
        return role.end == i

    def _roles_by_copula(self, doc: Doc, idx: DocIndex, people: dict[str, Official], used: set[int]) -> None:
        """`la ville, dont le maire est X`, `le commandant de la base est le colonel X`: a role with its
        definite article is the subject of a copula in the present whose attribute is the name (the copula
        hangs on the name or its rank in the parse): the role is X's. Only for a person with no role yet."""
        grammar = self.grammar
        ent_of = {k: e for e in idx.ents for k in range(e.start, e.end)}
        for person in people.values():
            if person["role"]:
                continue
            for start, _end in person["mentions"]:
                span = doc.char_span(start, _end, alignment_mode="expand")
                if span is None:
                    continue
                k = span.start
                while k > 0 and (doc[k - 1].lower_ in self.civilities | grammar.title_determiners
                                 or (e := ent_of.get(k - 1)) is not None and e.label_ == "RANK"):
                    k -= 1
                if k < 2 or doc[k - 1].dep_ != "cop" or not k - 1 < doc[k - 1].head.i < span.end \
                        or "Pres" not in doc[k - 1].morph.get("Tense"):
                    continue
                j = k - 2  # over the role's complement: `de l'armée de Terre`
                while j >= 0 and (e := ent_of.get(j)) is not None and e.label_ in ("ORG", "LOC") \
                        or j >= 0 and doc[j].lower_ in grammar.of_words and ent_of.get(j) is None:
                    j = ent_of[j].start - 1 if ent_of.get(j) is not None else j - 1
                role = ent_of.get(j)
                if role is None or role.label_ != "ROLE" or role.start in used or role.start == 0 \
                        or "Plur" in role.root.morph.get("Number"):
                    continue
                a = role.start - 1
                if doc[a].pos_ == "ADJ" and a > 0:
                    a -= 1  # `le nouveau commandant`
                if doc[a].lower_ not in grammar.title_determiners:
                    continue
                used.add(role.start)
                described = self.reader.describe(doc, role)
                self.merger._set_role(person, role)
                self.merger._set_org(person, described.org, role, described.country)
                if described.country is not None and not person["country"]:
                    person["country"] = self.merger._country_name(described.country)
                break

    def _coordinated_roles(self, doc: Doc, idx: DocIndex, used: set[int]) -> set[int]:
        """`X, Chef Suprême et Chef d'Etat-Major Général des FAR, le général Y`: a role joined by `et` to a
        role said of X is X's too, not a description of the name after it."""
        roles = sorted((e.start, e.end) for e in idx.ents if e.label_ == "ROLE")
        ends = {start: end for start, end in roles}
        found, grown = set(), True
        while grown:
            grown = False
            for start in used | found:
                end = ends.get(start)
                if end is None:
                    continue
                j = end
                while j < len(doc) and doc[j].pos_ in ("ADJ", "PROPN") and j - end < 3:
                    j += 1  # `Chef Suprême` read as `chef` and an adjective
                if j + 1 < len(doc) and doc[j].lower_ in self.grammar.and_words and j + 1 in ends \
                        and j + 1 not in used | found:
                    found.add(j + 1)
                    grown = True
        return found

    def _recovered(self, doc: Doc, idx: DocIndex, mentions: list[Span]) -> list[Span]:
        """Names the model missed or read as another kind (ORG, MISC, LOC, or a word such as `Mais`)
        where the words around them say a person: right after a rank or a civility (`le général de
        corps d'armée Alfons Mais`), after a role and a comma (`l'ambassadeur des États-Unis à Rabat,
        Puneet Talwar`), or before a comma and a role (`Abdel-Fatau Musah, le commissaire de la Cédéao`).
        A name is two to four capitalised words (one after a rank or civility), none of a listed entity."""
        mentions = self._joined_names(doc, mentions)
        taken = {t for m in mentions for t in range(m.start, m.end)}
        out = []
        for m in mentions:  # `Alfons` + `Mais`: a capitalised word glued to a name, before a punctuation
            end = m.end
            while end < len(doc) - 1 and self._name_word(doc, end) \
                    and (end not in self.reader.ent_at or self._surname_read_as_place(doc, m, end)) \
                    and doc[end + 1].is_punct and end - m.start < 4:
                end += 1
            start = m.start if m.start - 1 in taken or not self._given_name_after_title(doc, m.start - 1) \
                else m.start - 1
            out.append(m if (start, end) == (m.start, m.end) else Span(doc, start, end, label="PERSON"))
        taken |= {t for m in out for t in range(m.start, m.end)}
        capitalised = self._capitalised_words(doc)  # most words are not: skipped without a call
        i = 0
        while i < len(doc):
            if not capitalised[i] or i in taken or not self._name_word(doc, i) or doc[i].is_sent_start:
                i += 1
                continue
            j = i
            while j < len(doc) and j - i < 6 and j not in taken and (self._name_word(doc, j) or (
                    j + 1 < len(doc) and self._name_word(doc, j + 1) and j + 1 not in taken
                    and (doc[j].lower_ in self.grammar.name_particles  # `Abdel-Fatau`: a hyphen inside a name
                         or doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_
                         or _elided_capital(doc[j].text) and not doc[j].whitespace_))):  # `N'Daw`
                j += 1
            if j + 1 < len(doc) and j > i and doc[j].text == "-" and not doc[j - 1].whitespace_ \
                    and not doc[j].whitespace_ and doc[j + 1].is_alpha and doc[j + 1].is_lower:
                j += 2  # `Shin Won-sik`: a given name of two syllables joined by a hyphen, the second in lower case
            if self._person_context(doc, i, j) and not _plural_words(doc[i:j]):
                out.append(Span(doc, i, j, label="PERSON"))
                taken |= set(range(i, j))
            i = max(j, i + 1)
        return out

    def _joined_names(self, doc: Doc, mentions: list[Span]) -> list[Span]:
        """A given name the model cut from the rest of its name: one word read as a person right before
        another name (`Mahamat` + `Idriss Déby`), or before a line break and the capitalised words of a
        surname closed by a punctuation (`M. Giuseppe` / `Conte,` in a text wrapped by hand), is one name.
        Two names of several words each, or on two lines, stay two people (a list, a caption)."""
        out: list[Span] = []
        for m in sorted(mentions, key=lambda e: e.start):
            if out and len(out[-1]) == 1 and (m.start == out[-1].end or m.start == out[-1].end + 1
                                              and _line_break(doc[out[-1].end]) and len(m) == 1):
                out[-1] = Span(doc, out[-1].start, m.end, label="PERSON")
                continue
            out.append(m)
        for n, m in enumerate(out):
            k = m.end
            if len(m) != 1 or k + 1 >= len(doc) or not _line_break(doc[k]) or k + 1 in self.reader.ent_at:
                continue
            j = k + 1
            while j < len(doc) and j - k <= 2 and self._name_word(doc, j):
                j += 1
            if j > k + 1 and j < len(doc) and (doc[j].is_punct or doc[j].lower_ in self.grammar.and_words):
                out[n] = Span(doc, m.start, j, label="PERSON")
        return out

    def _country_after(self, doc: Doc, end: int) -> Span | None:
        """`X du Tchad`, `X de la Côte d'Ivoire`: a country named with `de` right after a name, the
        name's phrase ending there (a comma, `et` or `ou`, a stop, a verb), says the person's country
        (`le roi Abdallah II de Jordanie ou encore ...`: a coordinating conjunction, as the parse tells it)."""
        grammar = self.grammar
        if end >= len(doc) or doc[end].lower_ not in grammar.of_words:
            return None
        k = end + 1
        if k < len(doc) and doc[k].lower_ in grammar.definite_articles | grammar.elided_articles:
            k += 1
        ent = self.reader.ent_at.get(k)
        if not _is_country(ent) or ent.start != k:
            return None
        closes = ent.end >= len(doc) or doc[ent.end].is_punct or doc[ent.end].is_space \
            or doc[ent.end].lower_ in grammar.and_words or doc[ent.end].pos_ in ("AUX", "VERB", "CCONJ")
        return ent if closes else None

    def _country_of_leader(self, doc: Doc, start: int) -> Span | None:
        """`l'Espagne de X`, `la Russie de X`: a country named with its definite article and `de` right
        before a name is the country that person leads, hence his."""
        if start < 3 or doc[start - 1].lower_ not in self.grammar.of_words:
            return None
        ent = self.reader.ent_at.get(start - 2)
        if not _is_country(ent) or ent.end != start - 1 or ent.start == 0:
            return None
        article = doc[ent.start - 1].lower_
        return ent if article in self.grammar.definite_articles | {"l'", "l’"} and article != "les" else None

    def _side_country(self, doc: Doc, start: int) -> Span | None:
        """`Côté allemand, la ministre X a annoncé ...`: a side word (relations.yml `side_words`), a demonym
        and a comma at the head of the sentence give the country of the people named after them before
        the sentence's verb; the nearest side first (`côté malien, X ; côté nigérien, Y`)."""
        idx = DocIndex.of(doc)  # the words read from the columns: no Python Token of each
        pos, texts, lower = parse_column(doc, "pos"), parse_column(doc, "texts"), idx.lower
        for k in range(start - 1, idx.sent(start).start - 1, -1):
            if pos[k] in ("VERB", "AUX") or texts[k] in (".", "!", "?"):
                return None
            if lower[k] in self.side_words:
                demonym = self.reader.ent_at.get(k + 1)
                if is_demonym(demonym) and demonym.start == k + 1 and demonym.end < len(doc) \
                        and doc[demonym.end].text == ",":
                    return demonym
                return None
        return None

    def _listing_group(self, doc: Doc, start: int):
        """`la délégation comprend notamment le ministre A, le ministre B et la conseillère C`, `une délégation
        comprenant A et B`: the group whose members a verb of membership (grammar.yml `group_member_verbs`)
        lists, for a description opening at `start` in that list. Read back by the words over the items
        before it (names, titles, their complements, commas and `et`): the parse hangs the later items
        anywhere. Another verb or the sentence's end between says another clause."""
        idx = DocIndex.of(doc)
        pos, texts = parse_column(doc, "pos"), parse_column(doc, "texts")
        verbs = self.grammar.group_member_verbs
        k, first = start - 1, idx.sent(start).start
        while k >= first:
            if pos[k] in ("VERB", "AUX") and doc[k].lemma_ in verbs:
                return self.reader.group_of_members(doc[k])
            ent = self.reader.ent_at.get(k)
            if ent is not None and ent.start < k:
                k = ent.start
                continue
            if pos[k] in ("VERB", "AUX") or texts[k] in (".", "!", "?", ";", ":", "(", ")"):
                return None
            k -= 1
        return None

    def _list_country(self, doc: Doc, role: Span, told: dict[int, Span]) -> Span | None:
        """`la Première ministre danoise A, le ministre de la Défense B et le ministre des Affaires étrangères C`:
        a minister's title (grammar.yml `portfolio_titles`) that follows a titled name given a country,
        joined to it by commas, `et` or a list joiner (`list_joiners`) and an article only, names a member
        of the same government: the country of the name before is his. A verb between (`X a reçu le
        ministre Y`) makes another clause; a title of one country (`ministre des Armées`, of the French
        ministry) or a head of state's (`le roi X`) is no member of another's government."""
        grammar = self.grammar
        if role[0].lower_ not in grammar.portfolio_titles:
            return None
        entry = self.merger.lexicon.entry(role.id_.removesuffix("#head"))
        if entry.get("country") or entry.get("default_country") \
                or self.merger.orgs.get(entry.get("organisation") or "", {}).get("country"):
            return None
        joiners = grammar.and_words | grammar.list_joiners
        k = role.start - 1
        if k >= 0 and doc[k].lower_ in grammar.definite_articles | grammar.elided_articles:
            k -= 1
        joined = False
        while k >= 0 and (doc[k].text == "," or doc[k].lower_ in joiners):
            joined, k = True, k - 1
        return told.get(k + 1) if joined else None

    def _title_list(self, doc: Doc, i: int) -> Span | None:
        """The plural title that opens a list of names each followed by his country, for a name after
        the first (`les présidents A du Tchad, B du Mali et C du Niger`): B and C hold it too. The
        name itself must be followed by its country; the list is read back item by item to the title."""
        if self._country_after(doc, self._name_end(doc, i)) is None:
            return None
        k = i - 1
        for _ in range(8):  # items of the list
            if k < 1 or not (doc[k].text == "," or doc[k].lower_ in self.grammar.and_words):
                return None
            country = self.reader.ent_at.get(k - 1)
            if not _is_country(country):
                return None
            k = country.start - 1
            if doc[k].lower_ in self.grammar.definite_articles | self.grammar.elided_articles:
                k -= 1
            if doc[k].lower_ not in self.grammar.of_words:
                return None
            k -= 1
            start = k
            while k >= 0 and (self._name_word(doc, k) or self.reader.ent_at.get(k) is not None
                              and self.reader.ent_at[k].label_ == "PERSON"
                              or doc[k].lower_ in self.grammar.name_particles and k < start):
                k -= 1
            if k == start:
                return None  # no name in the item
            while k >= 0 and doc[k].lower_ in self.civilities:
                k -= 1
            role = self.reader.ent_at.get(k)
            if role is not None and role.label_ == "ROLE":
                return role if role.end == k + 1 and _plural_title(role) else None
        return None

    def _plural_role_list(self, doc: Doc, m: Span) -> Span | None:
        """A plural title closed by a comma or a colon, then a list of names (each perhaps after its
        article and demonym): every name of the list holds the title (`les chefs d'état-major des deux
        pays, le Béninois A et le Togolais B`). Between the title and the list only a short verbless
        complement (`des trois pays`, `à savoir`); a verb there makes the names its subject or object."""
        titles = [s.start for s in self.reader.title(doc, m) if s is not None]  # the name's own rank, demonym
        k = min(titles, default=m.start) - 1
        for _ in range(8):  # items of the list, read back to the title
            if (house := self._house_title(doc, k + 1)) is not None:
                k = house.start - 1  # `le prince X`: a title he bears, the list's plural title goes on past it
            rank = self.reader.ent_at.get(k)
            if rank is not None and rank.label_ == "RANK":
                k = rank.start - 1  # `l'amiral X`
            demonym = self.reader.ent_at.get(k)
            if demonym is not None and is_demonym(demonym):
                k = demonym.start - 1
            if k >= 0 and doc[k].lower_ in self.grammar.definite_articles | self.grammar.elided_articles:
                k -= 1
            if k < 1:
                return None
            previous = self.reader.ent_at.get(k - 1)
            if previous is not None and previous.label_ == "ORG" and (named := self._held_by(doc, previous)):
                previous = named  # `X pour l'armée de Terre, Y ...`: the item before is X's
            if (named := self._held_in_by(doc, previous)) is not None:
                previous = named  # `A au Mali et B au Niger`: the item before is A's
            separator = doc[k].text in (",", ":") or doc[k].lower_ in self.grammar.and_words
            if separator and previous is not None and previous.label_ == "PERSON" and doc[k].text != ":":
                k = previous.start - 1
                continue
            if separator and previous is None and doc[k].text != ":" and self._name_word(doc, k - 1):
                j = k - 1  # a name the model did not read (`le Bissau-Guinéen Umaro Sissoco Embaló et ...`)
                while j > 0 and k - j <= MAX_NAME_WORDS and self._name_word(doc, j):
                    j -= 1
                if is_demonym(self.reader.ent_at.get(j)) or self.reader.ent_at.get(j) is not None \
                        and self.reader.ent_at[j].label_ == "RANK":
                    k = j
                    continue
            if doc[k].lower_ in self.grammar.and_words:
                return None
            if doc[k].lower_ in self.grammar.member_list_words:
                return self._members_of(doc, k, m)  # `plusieurs chefs d'État étaient là, parmi lesquels A et B`
            for j in range(k, max(k - 9, -1), -1):  # the short complement back to the title
                role = self.reader.ent_at.get(j)
                if role is not None and role.label_ == "ROLE":
                    return role if _plural_title(role) and role.end == j + 1 else None
                infinitive = "Inf" in doc[j].morph.get("VerbForm") and j > 0 and doc[j - 1].lower_ == "à"
                if doc[j].pos_ in ("VERB", "AUX") and not infinitive or doc[j].text in (".", ";", "!", "?"):
                    return None
            return None
        return None

    def _share_of(self, doc: Doc, role: Span, m: Span) -> tuple[str, str] | None:
        """`les ministres des Armées et de la Défense, A et B`: a plural title whose complement joins as many
        complements by `et` as the list after it joins names gives each name, in order, his own share (A is
        `ministre des Armées`, B `ministre de la Défense`): the first complement and the one at the name's
        place, as written. None when the title has one complement, or the counts differ (which is whose,
        unsaid)."""
        shares = self._shares(role)
        if len(shares) < 2:
            return None
        names = self._names_listed(doc, shares[-1][-1].i + 1)
        if len(names) != len(shares) or m.start not in names:
            return None
        return _words(shares[0]), _words(shares[names.index(m.start)])

    @staticmethod
    def _shares(role: Span) -> list[list]:
        """The complements of a title's head joined by `et` (`des Armées et de la Défense`), each the
        tokens of its own phrase (its preposition, article and adjectives; not the `et` nor the next one)."""
        first = next((c for c in role.root.children if c.dep_ == "nmod"
                      and any(k.dep_ == "case" for k in c.children)), None)
        if first is None:
            return []
        heads = {first, *first.conjuncts, *(c for c in role.root.conjuncts if c.i > first.i and c.pos_ == "NOUN")}
        shares = []  # the parser may hang the later complements on the title (`des Armées, de l'Intérieur et ...`)
        for head in sorted(heads, key=lambda t: t.i):
            if not any(k.dep_ == "case" for k in head.children):
                return []  # `des Armées et Marine`: no complement of its own
            words = [head] + [t for c in head.children if c.dep_ not in ("conj", "cc", "punct") for t in c.subtree]
            shares.append(sorted(words, key=lambda t: t.i))
        return shares

    def _names_listed(self, doc: Doc, k: int) -> list[int]:
        """The starts of the names listed after a comma at token `k`, joined by commas and `et`, each
        perhaps after its article, rank or demonym (`, le général A et l'amiral B`); empty when no comma."""
        if k >= len(doc) or doc[k].text != ",":
            return []
        names, k = [], k + 1
        articles = self.grammar.definite_articles | self.grammar.elided_articles
        while k < len(doc):
            while k < len(doc) and (doc[k].lower_ in articles or (e := self.reader.ent_at.get(k)) is not None
                                    and (e.label_ == "RANK" or is_demonym(e)) and e.start == k):
                k = self.reader.ent_at[k].end if self.reader.ent_at.get(k) is not None else k + 1
            name = self.reader.ent_at.get(k)
            if name is None or name.label_ != "PERSON" or name.start != k:
                break
            names.append(k)
            k = name.end
            if k < len(doc) and (doc[k].text == "," or doc[k].lower_ in self.grammar.and_words):
                k += 1
                continue
            break
        return names

    def _members_of(self, doc: Doc, k: int, m: Span) -> Span | None:
        """A list of names opened by words of membership after a comma (grammar `member_list_words`:
        `parmi lesquels`, `dont`, `notamment`, ending at token `k`) names some of the people a plural noun
        before it counts: when that noun, the nearest plural one back in the sentence, is a plural title,
        each name holds it (`plusieurs chefs d'État avaient fait le déplacement, parmi lesquels le
        Sénégalais A et le Gambien B`). The nearest plural noun that is no title (`les délégations, dont
        le Malien A`) takes the list; a name a verb follows (`..., dont A a salué`) is a clause's subject."""
        while k > 0 and doc[k].lower_ in self.grammar.member_list_words:
            k -= 1
        end = self._held_in_end(doc, m.end)  # `..., dont A au Mali`: the name's phrase ends after his country
        if doc[k].text not in LIST_OPENERS or end < len(doc) and doc[end].pos_ in ("VERB", "AUX"):
            return None
        sent_start = self.reader.idx.sent(k).start
        j = k - 1
        while j >= sent_start:
            ent = self.reader.ent_at.get(j)
            if ent is not None and ent.label_ == "ROLE" and _plural_title(ent):
                return ent
            if ent is not None:
                j = ent.start - 1
                continue
            if doc[j].pos_ == "NOUN" and "Plur" in doc[j].morph.get("Number") or doc[j].text in (";", ":"):
                return None
            j -= 1
        return None

    def _held_for(self, doc: Doc, end: int) -> Span | None:
        """The body a name of a list holds its plural title for: `X pour l'armée de Terre` (grammar
        `share_words`, an article perhaps between), the body right after the name; else None."""
        if end >= len(doc) or doc[end].lower_ not in self.grammar.share_words:
            return None
        k = end + 1
        if k < len(doc) and doc[k].lower_ in self.grammar.definite_articles | self.grammar.elided_articles:
            k += 1
        org = self.reader.ent_at.get(k)
        return org if org is not None and org.label_ == "ORG" and org.start == k else None

    def _title_of_body(self, doc: Doc, title: str, org: Span) -> str:
        """The title a name of a list holds for a body, written with it: `les chefs d'état-major, le général X
        pour l'armée de Terre` makes X `chef d'état-major de l'armée de Terre`. Only after an article `de` keeps
        apart (`de l'armée`, `de la Marine`); after one it contracts with (grammar `contracted_articles`: `du`,
        `des`), or none, the title alone."""
        article = doc[org.start - 1] if org.start > 0 else None
        articles = self.grammar.definite_articles | self.grammar.elided_articles
        if article is None or article.lower_ not in articles - self.grammar.contracted_articles - {"d'", "d’"}:
            return title
        joined = "" if article.whitespace_ == "" else " "
        return f"{title} de {article.lower_}{joined}{' '.join(org.text.split())}"

    def _held_in_end(self, doc: Doc, end: int) -> int:
        """`A au Mali`, `B en Italie`, `C aux États-Unis`: in a list of the holders of a plural title, a country
        right after a name with a preposition of place (grammar `country_prepositions`, `place_prepositions`)
        is the one he holds it in; where that country ends, else `end`."""
        prepositions = self.grammar.country_prepositions | self.grammar.place_prepositions
        if end + 1 >= len(doc) or doc[end].lower_ not in prepositions:
            return end
        country = self.reader.ent_at.get(end + 1)
        return country.end if _is_country(country) and country.start == end + 1 else end

    def _held_in_by(self, doc: Doc, country: Span | None) -> Span | None:
        """The name before `au Mali` whose country it is in a list (`_held_in_end`), else None."""
        if not _is_country(country) or country.start < 2:
            return None
        name = self.reader.ent_at.get(country.start - 2)
        return name if name is not None and name.label_ == "PERSON" \
            and self._held_in_end(doc, name.end) == country.end else None

    def _held_by(self, doc: Doc, org: Span) -> Span | None:
        """The name before `pour l'armée de Terre` whose body `org` is (`_held_for`), else None."""
        k = org.start - 1
        if k >= 0 and doc[k].lower_ in self.grammar.definite_articles | self.grammar.elided_articles:
            k -= 1
        name = self.reader.ent_at.get(k - 1) if k >= 1 and doc[k].lower_ in self.grammar.share_words else None
        return name if name is not None and name.label_ == "PERSON" and self._held_for(doc, name.end) == org else None

    def _name_end(self, doc: Doc, i: int) -> int:
        """The end of the capitalised words of a name starting at i (a model's mention, or words)."""
        j = i
        while j < len(doc) and j - i < MAX_NAME_WORDS and (self._name_word(doc, j) or (
                (e := self.reader.ent_at.get(j)) is not None and e.label_ == "PERSON")):
            j += 1
        return j

    def _before_place_word(self, m: Span) -> Span:
        """`IBRAHIM TRAORE A MOSCOU` in a headline in capitals: a name written in capitals ends before a
        preposition of place (grammar.yml `site_prepositions`, `country_prepositions`), written in capitals
        without its accent (`A` for `à`); what follows is where the person is, not a word of the name."""
        if len(m) < 3 or not m.text.isupper():
            return m
        cut = next((k for k in range(m.start + 2, m.end) if fold_text(m.doc[k].text) in self.place_words), None)
        return m if cut is None else Span(m.doc, m.start, cut, label=m.label_)

    def _surname_read_as_place(self, doc: Doc, m: Span, i: int) -> bool:
        """`le général de brigade Abdourahamane Tiani.`: one word the model read as a place (no place of
        the gazetteer) glued to a name that follows a rank or a role is the rest of that name."""
        ent = self.reader.ent_at.get(i)
        before = self.reader.ent_at.get(m.start - 1) if m.start > 0 else None
        return ent is not None and ent.label_ == "LOC" and len(ent) == 1 and not ent.id_ \
            and not self.merger.known_place(ent.text) and before is not None and before.label_ in ("RANK", "ROLE")

    def _given_name_after_title(self, doc: Doc, i: int) -> bool:
        """`la Première ministre danoise Mette Frederiksen`: a capitalised word the model left out of the name
        right after it (read as a verb, `Mette`), itself right after a title (a rank, a role, a role and
        its demonym), is the given name."""
        if i < 1 or doc[i].is_sent_start or i in self.reader.ent_at or not self._name_word(doc, i):
            return False
        before = self.reader.ent_at.get(i - 1)
        if is_demonym(before) and before.start > 0:
            before = self.reader.ent_at.get(before.start - 1)
        return before is not None and before.label_ in ("RANK", "ROLE") and before.end <= i

    def _name_word(self, doc: Doc, i: int) -> bool:
        """A capitalised word that no listed entity claims (`Talwar`, `N'Daw`, `Abdel-Fatau`)."""
        ent = self.reader.ent_at.get(i)
        if ent is not None and (ent.id_ or ent.label_ in ("RANK", "ROLE", "DATE")):
            return False
        return self._capitalised_words(doc)[i]

    def _capitalised_words(self, doc: Doc) -> list[bool]:
        """For each token of the Doc, whether its word could be part of a name: capitalised, more
        than a letter, with a letter in lower case, no punctuation, no civility. That depends on the
        word alone, so it is decided once per distinct word (by its ORTH hash) and listed once per
        Doc: `_recovered` asks it of every token."""
        known = self.__dict__.get("_capitalised")
        if known is not None and known[0] is doc:
            return known[1]
        by_orth: dict[int, bool] = self.__dict__.setdefault("_capitalised_by_orth", {})
        flags = []
        for i, orth in enumerate(token_column(doc, "ORTH")):
            flag = by_orth.get(orth)
            if flag is None:
                token = doc[i]
                flag = by_orth[orth] = token.text[:1].isupper() and len(token.text) > 1 and not token.is_punct \
                    and any(c.islower() for c in token.text) and token.lower_ not in self.civilities
            flags.append(flag)
        self._capitalised = (doc, flags)
        return flags

    def _person_context(self, doc: Doc, i: int, j: int) -> bool:
        ent_at = self.reader.ent_at
        ends = j >= len(doc) or doc[j].is_punct or doc[j].lower_ in self.grammar.and_words
        before = self.reader.ent_at.get(i - 1)
        if ends and (before is not None and before.label_ == "RANK" or doc[i - 1].lower_ in self.civilities):
            return True  # `le général Ashraf`, `M. Dupont`
        if ends and j - i == 1 and before is not None and before.label_ == "ROLE" and before.end == i \
                and self.merger.lexicon.entry(before.id_).get("given_name"):
            return True  # `le pape François`, `le roi Charles`: a title written before a given name alone
        if j - i < 2:
            return False
        if self._title_list(doc, i) is not None:
            return True  # `les présidents A du Tchad, B du Mali et C du Niger`: B and C
        if ends and self._after_title(doc, i):
            return True  # `le secrétaire général de l'Otan Mark Rutte,`: the model read `Otan Mark Rutte` as one body
        if ends and is_demonym(before) and before[0].text[:1].isupper() and before.start > 0 \
                and doc[before.start - 1].lower_ in self.grammar.determiners:
            return True  # `le Philippin Gilberto Teodoro`: a nationality written as a noun before a name
        if doc[i - 1].text == "," and ends:  # `l'ambassadeur des États-Unis d'Amérique à Rabat, Puneet Talwar`
            k = i - 2
            while k > doc[i].sent.start and k > i - 14 \
                    and (ent_at.get(k) is not None or self.reader._descriptive(doc[k])):
                role = ent_at.get(k)
                if role is not None and role.label_ == "ROLE":
                    return True
                k = role.start - 1 if role is not None else k - 1
        if j + 2 < len(doc) and doc[j].text == "," \
                and "Def" not in doc[i - 1].morph.get("Definite"):  # `Abdel-Fatau Musah, le commissaire de la Cédéao`
            # (a name takes no article: `à la veille du Nouvel An, le président` names a day, not a person)
            k = j + 1
            while k < len(doc) and k < j + 4 and doc[k].lower_ in self.grammar.title_adverbs:
                k += 1  # `Nancy Pelosi, alors présidente de la Chambre`
            while k < len(doc) and doc[k].lower_ in self.grammar.title_determiners:
                k += 1
            after = ent_at.get(k)
            return k > j + 1 and after is not None and after.label_ == "ROLE" and not self._titles_next_name(after)
        return False

    def _titles_next_name(self, role: Span) -> bool:
        """`à San Diego, le président américain Joe Biden`: a role written before a name (over its demonym,
        its complement and a comma: `le président de la Chambre des représentants, Kevin McCarthy`) is that
        name's title; it says nothing of the words before its comma."""
        doc, ent_at, grammar = role.doc, self.reader.ent_at, self.grammar
        k = role.end
        while k < len(doc) and k < role.end + 8:
            ent = ent_at.get(k)
            if ent is not None and ent.start == k and ent.label_ == "PERSON":
                return True
            if ent is not None and ent.start == k and (is_demonym(ent) or ent.label_ in ("ORG", "LOC")):
                k = ent.end  # `américain`, `de la Chambre des représentants`
            elif ent is None and (doc[k].lower_ in grammar.of_words | grammar.determiners
                                  or doc[k].is_alpha and doc[k].text[:1].isupper()):  # `de la Chambre`
                k += 1
            else:  # `..., Kevin McCarthy`: a comma, then the name
                nxt = ent_at.get(k + 1)
                return ent is None and doc[k].text == "," and nxt is not None and nxt.start == k + 1 \
                    and nxt.label_ == "PERSON"
        return False

    def _after_title(self, doc: Doc, i: int) -> bool:
        """Words right after a title written before a name with no comma: the title itself (`le secrétaire
        général X`) or its complement, a body or a place joined to it by `de` (`le secrétaire général de
        l'Otan X`, `le ministre de la Défense du Mali X`)."""
        before = self.reader.ent_at.get(i - 1)
        if before is None or before.end != i:
            return False
        if before.label_ in ("ORG", "LOC"):
            k = before.start - 1
            while k >= 0 and k > before.start - 3 and doc[k].lower_ in self.grammar.of_words:
                k -= 1
            if k == before.start - 1:
                return False
            before = self.reader.ent_at.get(k)
            if before is None or before.end != k + 1:
                return False
        return before.label_ == "ROLE" and not _plural_title(before)

    def _editions(self, doc: Doc, mentions: list[Span]) -> set[str]:
        """Names written with a year right after them and no civility or rank before (`avec Northern Shield
        2024, la brigade ...`): the edition of an exercise or an event, never a person's name; the same
        words elsewhere in the text (a list of tags) name that thing too."""
        found = set()
        for m in mentions:
            if m.end >= len(doc) or not _YEAR.match(doc[m.end].text) or "\n" in m[-1].whitespace_:
                continue
            if (m.start > 0 and doc[m.start - 1].lower_ in self.civilities) or self.reader.title(doc, m)[0] is not None:
                continue
            found.add(" ".join(m.text.split()))
        return found

    def _no_name(self, doc: Doc, m: Span) -> bool:
        """Words the model took for a person's name that by their form are none:
        - initials only, or a first name and an initial (`K. A.`, `Par C. G. - Publié le`, `Pascal B. dit :`):
          a byline or a reader's comment signed in the page, never an official;
        - opening on a determiner with no civility or rank before it (`retenir La Valette`, `la politique
          Notre Nord, fort et libre`): a place or a title (`M. Le Drian`, `Jean-Yves Le Drian` stay names);
        - closing on a word that names a building (`Lancaster House`): a place;
        - longer than any name (`International Défense Économie Société Opinions Vidéos Fil`): a menu."""
        words = []
        for t in m:
            if t.text in ("-", "–", "—", "|", "/"):
                break  # `C. G. - Publié le ...`: the name stops at a separator of the page
            words.append(t.text)
        if not words or all(_initial(w) for w in words) or _initial(words[-1]):
            return True
        if len([w for w in words if w.lower() not in self.grammar.name_particles]) > MAX_NAME_WORDS:
            return True  # `International Défense Économie Société Opinions Vidéos Fil`: a menu of the page
        before = doc[m.start - 1] if m.start > 0 else None
        titled = before is not None and before.lower_ in self.civilities or self.reader.title(doc, m)[0] is not None
        first = m[0].lower_
        determiner = first in self.grammar.determiners or first in self.grammar.possessive_determiners \
            or "Yes" in m[0].morph.get("Poss")
        if len(m) > 1 and not titled and determiner:
            return True
        return m[-1].lower_ in self.thing_last_words


def _line_break(token) -> bool:
    """A whitespace token holding one line break: a line wrapped by hand, not a paragraph's end."""
    return token.is_space and token.text.count("\n") == 1


def _words(tokens: list) -> str:
    """Tokens as written, on one line."""
    return " ".join("".join(t.text_with_ws for t in tokens).split()).replace("\u2019", "'")


def _title_with_share(written: str, first: str, own: str) -> str:
    """The title as written for the first share (`ministre des Armées`, or `ministre` when the title's
    term stopped before its complement) with the name's own share in its place."""
    base = written[: -len(first)].strip() if written.endswith(first) else written
    return f"{base} {own}"


def _plural_words(words: Span) -> bool:
    """`sur Hautes Instructions Royales, le ministre X`: capitalised words the parser reads as a plural
    noun or adjective are a thing's title; a name takes no plural."""
    return any(t.pos_ in ("NOUN", "ADJ") and "Plur" in t.morph.get("Number") for t in words)


_YEAR = re.compile(r"^(?:19|20)\d\d$")  # `Dacian Spring 2024`: an edition's year
_REGNAL = re.compile(r"^[IVXL]+$")  # a king's number (`Mohammed VI`, `Charles III`) is no surname


def _plural_title(role: Span) -> bool:
    """`présidents`, `chefs d'État`: a role whose head word is plural (by the parse, or by its form
    against the rule's singular)."""
    head = role[0]
    if "Plur" in head.morph.get("Number"):
        return True
    canonical = role._.normalized.split()[0].lower() if role._.normalized else ""
    return head.lower_ != canonical and head.lower_.endswith(("s", "x")) and not canonical.endswith(("s", "x"))


def _with_regnal_number(doc: Doc, m: Span) -> Span:
    """`le roi Mohammed V`: a monarch's number written right after the name, which the model left
    out of it, belongs to the name (a one-word name only: `Dupont V` is no king)."""
    if len(m) == 1 and m.end < len(doc) and _REGNAL.match(doc[m.end].text) and m[-1].whitespace_ == " ":
        return Span(doc, m.start, m.end + 1, label=m.label_)
    return m


def _regnal_key(name: str) -> str:
    """`Mohammed VI` -> `mohammed vi`: a monarch is told by name and number, not by the number alone
    (`Felipe VI` and `Mohammed VI` are two people)."""
    words = name.split()
    if len(words) >= 2 and _REGNAL.match(words[-1]):
        return f"{person_key(words[-2])} {words[-1].lower()}"
    return ""


def _elided_capital(word: str) -> bool:
    """`N'` of `N'Daw`, `D'` of `D'Almeida`: a capital elided before the rest of a name."""
    return len(word) == 2 and word[0].isupper() and word[1] in "'\u2019"


def _initial(word: str) -> bool:
    """`K.`, `A.`, `J.-P.`: an initial, not a name."""
    letters = word.replace(".", "").replace("-", "")
    return re.fullmatch(r"(?:\w\.-?)+", word) is not None and len(letters) <= 2


def _byline(doc: Doc, person: Official) -> bool:
    """Named on a line of its own (`Claire Vasseur`, an agency's name over its dateline, an outlet's name
    at the head of its page): the author of the page or its outlet, not an official, unless a rank, role
    or civility says otherwise."""
    text = doc_text(doc)
    name = text[slice(*min(person["mentions"]))]
    memo = DocIndex.of(doc).memo  # the lines split once per Doc, not once per person
    lines = memo.get("officials.lines")
    if lines is None:
        lines = memo["officials.lines"] = {line.strip() for line in text.split("\n")}
        # `Rédacteur en chef : Wang Lin`, `Texte : X`: a credit of the page, a label and a colon before the name
        lines |= {m.group(1).strip() for m in _CREDIT_LINE.finditer(text)}
    return name in lines


def _credit(doc: Doc, m: Span) -> bool:
    """A name alone in brackets on its line, after a label and a colon or nothing (`[Rédacteur : X]`,
    `(Texte : X)`): a credit of the page, never an official."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, m.start_char) + 1
    line_end = text.find("\n", m.end_char) % (len(text) + 1)
    before, after = text[line_start : m.start_char].strip(), text[m.end_char : line_end].strip()
    return before[:1] in ("[", "(") and after in ("]", ")") \
        and (len(before) == 1 or before.endswith(":") and len(before.split()) <= 4)


def _signed(doc: Doc, person: Official, prepositions: set[str]) -> bool:
    """A signature line, named once: a reporter and the place they write from (`Claire Vasseur à Halifax,
    Nouvelle-Écosse`), the page's author."""
    if len(person["mentions"]) != 1:
        return False
    text = doc_text(doc)
    start, end = person["mentions"][0]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) % (len(text) + 1)
    before, after = text[line_start:start].strip(), text[end:line_end].strip()
    words = after.split(" ", 1)
    return not before and len(words) == 2 and words[0].lower() in prepositions \
        and bool(_PLACES.match(words[1]))


_PLACES = re.compile(r"^[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*){0,3}(?:, [A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*){0,3})?$")
_CREDIT_LINE = re.compile(r"^[^\S\n]*[^\W\d][^:\n«»\"]{0,40}?[^\S\n]*:[^\S\n]*([^\n:«»\"]{3,60}?)[^\S\n]*$", re.M)
