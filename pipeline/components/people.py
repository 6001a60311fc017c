"""Merging people: the mentions of a document into one `Official` each (officials stage, second half).

Mentions merge by surname (`person_key`): the fullest name is kept, and the first rank, role,
organisation and country the appositions give (`appositions.py`). Then a one-word name that is the
first name of one person named in full joins that person, a role after `en tant que` goes to the last
person named, and a role named alone (`la ministre`) becomes a mention of the person holding it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from pipeline.components.affiliation import Affiliation
from pipeline.components.appositions import Descriptor
from pipeline.components.lexicon import Lexicon
from pipeline.components.linking import in_subject, person_key, role_holders
from pipeline.components.spans import DocIndex, as_in_file, continued, dateline, doc_text, group_spans, story_of
from pipeline.rows import Official
from pipeline.rulebook.terms import fold_text

_BREADCRUMB = re.compile(r"\s+[>›»/]\s+")  # `Accueil > Liban > Sécurité`: the path of sections to a page
_MENU_REACH = 600  # characters of the text's head where the site's own menu stands
_MENU_ITEMS = re.compile(r"\s+[|·•]\s+|\s{2,}")  # `Belgique | Monde | Economie`, `Suisse   Monde   Economie`
# A web address's country code (`lematin.ma`, `french.news.cn`), at the end of a word on a short line of the masthead.
_COUNTRY_DOMAIN = re.compile(r"(?<=\w\w\w)\.(?P<code>[a-z]{2})\b(?![.\w])", re.IGNORECASE)  # `ACTUALITE.CD` too
# A dateline with no day: a place in capitals, an agency in brackets maybe, a dash (`N'DJAMENA - Le ...`,
# `KINSHASA (ACP) – ...`); only a town of the gazetteer is taken (`people.open`).
_UNDATED_DATELINE = re.compile(r"^[^\w\n]*(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’.]+(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’.]+){0,3})"
                               r"(?:\s*\([A-ZÀ-Ý][^)\n]{1,30}\))?\s+[-–—]\s", re.M)

COREFERENCE_SENTENCES = 3  # sentences before its own in which a role named alone finds its person
HISTORY_YEARS = 10  # a sentence dated this many years before the publication tells history
# A country a text names this many times less often than another is named in passing: the text is not about it
# (`_says`), so a title any state has said bare there is not that country's by default.
PASSING_MENTION = 2


def new_person(key: str) -> Official:
    return {"key": key, "name": "", "rank": "", "role": "", "role_as_written": "", "organisation": "",
            "organisation_as_written": "", "organisation_id": "", "country": "", "counterpart": False,
            "counterpart_title": "", "titled": False, "mentions": [], "first_char": 10**12, "rules": {}}


def merge_first_names(people: dict[str, Official]) -> None:
    """`Prabowo Subianto ... M. Prabowo`: a one-word name that is the first name of exactly one
    person named in full is that person (Indonesian, Arab or Brazilian usage)."""
    for key, person in list(people.items()):
        if " " in person["name"]:
            continue
        owners = [p for p in people.values() if " " in p["name"] and person_key(p["name"].split()[0]) == key]
        if len(owners) == 1:
            owner = owners[0]
            owner["mentions"] += person["mentions"]
            owner["first_char"] = min(owner["first_char"], person["first_char"])
            for field in ("rank", "role", "organisation", "country"):
                owner[field] = owner[field] or person[field]
            del people[key]


def merge_shorter_names(people: dict[str, Official]) -> None:
    """`Guy Kabombo ... Guy Kabombo Muadiamvita`: a name of several words that opens exactly one longer
    name of the document is that person, named without the last of his surnames."""
    for key, person in list(people.items()):
        words = [person_key(w) for w in person["name"].split()]
        if len(words) < 2:
            continue
        owners = [p for p in people.values() if p is not person and len(p["name"].split()) > len(words)
                  and [person_key(w) for w in p["name"].split()][: len(words)] == words]
        if len(owners) == 1:
            owner = owners[0]
            owner["mentions"] += person["mentions"]
            owner["first_char"] = min(owner["first_char"], person["first_char"])
            owner["titled"] = owner["titled"] or person["titled"]
            if not owner["role"]:  # the role and what goes with it, as read on the shorter name
                for field in ("role", "role_as_written", "organisation", "organisation_id"):
                    owner[field] = owner[field] or person[field]
                owner["rules"] = {**person["rules"], **owner["rules"]}
            owner["rank"] = owner["rank"] or person["rank"]
            owner["country"] = owner["country"] or person["country"]
            del people[key]


def _surnames(name: str, particles: set[str]) -> set[str]:
    """The words of a full name an article may name its bearer by alone: each word after the first
    name, but the particles, the last one without the article joined to it by a hyphen (`Al-Sissi`),
    an inner one too (`Mahamat Idriss Déby Itno`: `Déby`; `José Luis García Pérez`: `García`)."""
    words = name.split()
    if len(words) < 2:
        return set()
    article, _, rest = words[-1].partition("-")
    found = {person_key(rest)} if rest and article.lower() in particles else set()
    return found | {person_key(w) for w in words[1:-1] if w.lower() not in particles}


def merge_article_surnames(people: dict[str, Official], particles: set[str]) -> None:
    """`Abdel-Fattah Al-Sissi ... le président Sissi`, `Mahamat Idriss Déby Itno ... le général Déby`: a
    one-word name that is a surname of exactly one person named in full, other than the last one
    (`_surnames`), is that person."""
    for key, person in list(people.items()):
        if " " in person["name"] or "-" in person["name"]:
            continue
        owners = [p for p in people.values() if p is not person and key in _surnames(p["name"], particles)]
        if len(owners) == 1:
            owner = owners[0]
            owner["mentions"] += person["mentions"]
            owner["first_char"] = min(owner["first_char"], person["first_char"])
            owner["titled"] = owner["titled"] or person["titled"]
            for field in ("rank", "role", "role_as_written", "organisation", "organisation_id", "country"):
                owner[field] = owner[field] or person[field]
            del people[key]


def _country_words(doc: Doc) -> tuple[list[int], list[int]]:
    """The starts and ends of the lexicon's country words (`nigérien`), by start, once per Doc: a
    long text's piece has thousands of lexicon spans and hundreds of roles."""
    lexicon = group_spans(doc, "lexicon")
    memo = DocIndex.of(doc).memo
    known = memo.get("people.countries")
    if known is None or known[0] is not lexicon:
        spans = sorted((s.start, s.end) for s in lexicon if s.label_ == "MISC" and s.id_.startswith("countries:"))
        known = memo["people.countries"] = (lexicon, ([a for a, _ in spans], [b for _, b in spans]))
    return known[1]


def as_written(role: Span, grammar=None) -> str:
    """The role as the text gives it (`présidente`, `directrice générale`), apostrophes straightened,
    a capital kept only where the rule has one (`Premier ministre`, not `Directeur`)."""
    countries = _country_words(role.doc)
    demonyms = set()
    for k in range(bisect_right(countries[0], role.start), len(countries[0])):
        if countries[0][k] >= role.end:
            break
        if countries[1][k] <= role.end:
            demonyms.update(range(countries[0][k], countries[1][k]))
    term_words = role._.normalized.lower().split()
    demonyms = {i for i in demonyms if role.doc[i].lower_ not in term_words}  # `commissaire européen`: the term's own
    if demonyms:  # `ministre nigérien de la Défense`: the role is `ministre de la Défense`, the demonym its country
        text = "".join(t.text_with_ws for t in role if t.i not in demonyms).strip().replace("\u2019", "'")
    else:
        text = role.text.replace("\u2019", "'")
    canonical = role._.normalized
    first = text.split()[0] if text.split() else ""
    acronym = len(first) > 1 and first.isupper()  # `CEMA`, `CHEF` in a headline in capitals: never `cEMA`
    text = text if canonical[:1].isupper() or acronym else text[:1].lower() + text[1:]
    end = complement_end(role, grammar) if grammar is not None else role.end
    if end > role.end:  # `secrétaire général de la Mer`, `commandant le groupe aéronaval`
        text += role.doc[role.end - 1].whitespace_ + role.doc[role.end : end].text.replace("\u2019", "'")
    return text


COMPLEMENT_POS = {"NOUN", "PROPN", "ADJ", "NUM"}
COMPLEMENT_WINDOW = 12  # tokens a role's complement may span
PORTFOLIO_WINDOW = 24  # a minister's list of portfolios (`de l'Économie, des Finances et de la Souveraineté ...`)


def complement_end(role: Span, grammar) -> int:
    """Where the complement of a role ends: its `de` complements (`chef d'état-major de la Bundeswehr`,
    `préfet maritime de la Manche et de la mer du Nord`, `cheffe du DDPS`), and for a role that is a
    present participle of command its object (`commandant la flotte de l'Ouest`, a noun takes no
    article after it). Nouns, adjectives and names of things only: it stops at a comma, a verb, another
    preposition, a person's name, a rank or a date, and at an organisation, which is the person's
    organisation, not part of the role (`secrétaire général [de l'OTAN]`)."""
    doc = role.doc
    listing = any(t.lower_ in grammar.portfolio_titles for t in role)  # a minister's: a list of portfolios
    limit = min(len(doc), role.end + (PORTFOLIO_WINDOW if listing else COMPLEMENT_WINDOW))
    ents = {t.i: t.ent_type_ for t in doc[role.end : limit]}
    linkers = grammar.of_words - grammar.definite_articles - {"l'", "l\u2019"}
    articles = grammar.definite_articles | {"l'", "l\u2019"}
    i, end = role.end, role.end

    def group(j: int, stops: tuple[str, ...] = ("PERSON", "RANK", "DATE", "ORG")) -> int:
        """The end of the nominal group at `j` (an article, then nouns, adjectives, names), else `j`."""
        k = j + 1 if j < limit and doc[j].lower_ in articles else j
        start = k
        while k < limit and ents.get(k) not in stops and (
                doc[k].pos_ in COMPLEMENT_POS or doc[k].text == "-"
                or (k > start and ents.get(k) == ents.get(k - 1) != "")):
            k += 1
        if k < limit and k > start and ents.get(k) == "ORG" and doc[k - 1].pos_ == "NOUN" and doc[k - 1].is_lower:
            return j  # `du mouvement Hamas`: a common noun introducing a name belongs to the organisation
        return k if k > start else j

    i = end = qualified_end(doc, i, limit, grammar)  # `secrétaire d'État adjointe`, `président par intérim`
    if len(role) == 1 and role[0].lower_.endswith("ant") and i < limit and doc[i].lower_ in articles:
        k = group(i, ("PERSON", "RANK", "DATE", "ROLE"))  # a participle (`commandant la flotte`): its object
        if k == i:
            return role.end
        i = end = k

    def abroad(j: int) -> int:
        """The end of a portfolio's complement of place at j, else j: `à` and a common noun, after a
        present participle or not (`de la Communauté nationale à l'étranger`, `des Marocains résidant à
        l'étranger`). A name after `à` is where the minister is (`à Dakar`), not his portfolio's."""
        k = j + 1 if j < limit and doc[j].pos_ == "VERB" and doc[j].lower_.endswith("ant") else j
        if k >= limit or doc[k].lower_ not in grammar.portfolio_prepositions:
            return j
        after = group(k + 1, ("PERSON", "RANK", "DATE", "ORG", "LOC"))
        return after if after > k + 1 and all(t.is_lower for t in doc[k + 1 : after]) else j

    def chain(i: int, end: int, first: int) -> int:
        """Past the `de` complements from i (`de la Manche et de la mer du Nord`)."""
        listed = False  # portfolios coordinated: the last one may take a complement of place (`abroad`)
        while i < limit:
            j = i
            if doc[j].lower_ == "et" and j + 1 < limit and doc[j + 1].lower_ in linkers \
                    and (end > first or _portfolio_goes_on(role, j + 2, limit, articles)):
                j += 1  # `de la Manche et de la mer du Nord`
                listed = listing
            elif listing and doc[j].text == "," and j + 1 < limit and doc[j + 1].lower_ in linkers \
                    and _ends_on_portfolio(doc, role.start, end) and _capitalised(doc, j + 2, limit, articles) \
                    and _list_closes(doc, j + 1, limit, linkers, articles, ents):
                j += 1  # `des Affaires étrangères, de l'Intégration africaine et des Sénégalais de l'extérieur`
                listed = True
            elif listed and (k := abroad(j)) > j:
                i = end = k  # `et des Marocains résidant à l'étranger`
                continue
            if doc[j].lower_ not in linkers:
                break
            k = group(j + 1)
            if k == j + 1:
                break
            i = end = k
        return end

    if len(role) > 2 and role[-1].pos_ == "NOUN" and role[-1].is_lower:
        k = end
        while k < limit and doc[k].pos_ == "ADJ" and doc[k].is_lower and not ents.get(k):
            k += 1  # `chef du bureau politique`: the adjectives of the role's own complement noun
        if k > end and (k == limit or doc[k].lower_ in linkers or not doc[k].is_alpha):
            i = end = k
    end = chain(i, end, role.end)
    if end == role.end and role[0].lower_ in grammar.portfolio_titles and end + 2 < limit \
            and doc[end].lower_ in grammar.portfolio_prepositions:
        k = group(end + 1, ("PERSON", "RANK", "DATE", "ORG", "ROLE"))
        head = end + 2 if doc[end + 1].lower_ in articles else end + 1
        if k > head and doc[head].is_title:  # `commissaire européen à la Défense`, `ministre aux Affaires étrangères`
            end = chain(k, k, role.end)  # and its `de` complements: `ministre d'État aux Affaires de la Défense`
            end = _second_portfolio(role, end, limit, grammar)  # `et à l'Espace`
    if end == role.end and end < limit and doc[end].lower_ in grammar.role_complements - grammar.of_words \
            - articles and ents.get(end + 1 + (end + 1 < limit and doc[end + 1].lower_ in articles)) == "LOC":
        end = max(end, group(end + 1, ("PERSON", "RANK", "DATE", "ORG", "ROLE")))  # `commandant pour l'Afrique`
    end = qualified_end(doc, end, limit, grammar)  # `secrétaire adjoint à la Défense par intérim`
    if end < limit - 1 and doc[end].lower_ in grammar.charge_words:  # `chargée des affaires africaines`
        k = chain(end + 1, end + 1, end + 1)
        listed = k + 1 < limit and doc[k].text == "," and doc[k + 1].lower_ in linkers
        if k > end + 1 and not listed:  # a list of portfolios (`chargé de X, de Y et de Z`) is left whole
            end = k
    return end


def _second_portfolio(role: Span, end: int, limit: int, grammar) -> int:
    """`commissaire européen à la Défense et à l'Espace`, `commissaire au Commerce et à la Sécurité
    économique`: a portfolio given by `à` goes on over `et` and the same preposition to a second portfolio,
    a capitalised noun the parse coordinates with the first (`conj`), with its adjectives; not `et à la
    presse`, where the holder speaks to someone. Returns the new end, else `end`."""
    doc = role.doc
    if end + 2 >= limit or doc[end].lower_ not in grammar.and_words \
            or doc[end + 1].lower_ not in grammar.portfolio_prepositions:
        return end
    head = end + 3 if doc[end + 2].lower_ in grammar.definite_articles | {"l'", "l\u2019"} else end + 2
    if head >= limit or not doc[head].is_title or doc[head].dep_ != "conj" \
            or not role.start <= doc[head].head.i < end or doc[head].ent_type_ == "PERSON":
        return end
    k = head + 1
    while k < limit and doc[k].pos_ == "ADJ" and doc[k].head.i == head and doc[k].ent_type_ != "PERSON":
        k += 1
    return k


def _portfolio_goes_on(role: Span, k: int, limit: int, articles) -> bool:
    """`ministre de la Défense et des Anciens combattants`: a role whose term ends on its capitalised
    portfolio (`de l'Administration territoriale`: with its adjectives) goes on over `et de` to a second
    portfolio, capitalised too (not `et des militaires`)."""
    return _ends_on_portfolio(role.doc, role.start, role.end) and _capitalised(role.doc, k, limit, articles)


def _ends_on_portfolio(doc, start: int, end: int) -> bool:
    """The words start..end end on a portfolio: a capitalised noun after the title's first word, then only
    its adjectives in lower case (`des Affaires étrangères`, `de la Défense`, `de l'Administration territoriale`)."""
    k = end - 1
    while k > start and doc[k].is_lower and doc[k].pos_ == "ADJ":
        k -= 1
    return k > start and doc[k].is_title and doc[k].is_alpha


def _capitalised(doc, k: int, limit: int, articles) -> bool:
    """A capitalised noun at k, after its article if any: the first word of a portfolio (`la Décentralisation`)."""
    if k < limit and doc[k].lower_ in articles:
        k += 1
    return k < limit and doc[k].is_title and doc[k].is_alpha


def _list_closes(doc, k: int, limit: int, linkers, articles, ents: dict) -> bool:
    """A list of portfolios after a comma (`, de l'Intégration africaine et des Sénégalais`) is one only
    when `et` and a `de` with a capitalised portfolio close it before anything else than the nouns,
    adjectives and commas of the list: a name, a rank, a verb or a full stop says the comma ended the
    title (`le ministre de la Défense, du Mali, a dit`)."""
    while k < limit:
        if doc[k].lower_ == "et":
            return k + 1 < limit and doc[k + 1].lower_ in linkers and _capitalised(doc, k + 2, limit, articles)
        if ents.get(k) in ("PERSON", "RANK", "DATE") or doc[k].pos_ in ("VERB", "AUX") \
                or (doc[k].is_punct and doc[k].text not in (",", "-")):
            return False
        k += 1
    return False


def qualified_end(doc, i: int, limit: int, grammar) -> int:
    """Past the words after a role that make another office of it (grammar.yml `role_qualifiers`:
    `adjointe`, `par intérim`, `déchu`), one word or a two-word phrase each."""
    while i < limit:
        if doc[i].lower_ in grammar.role_qualifiers:
            i += 1
        elif i + 1 < limit and f"{doc[i].lower_} {doc[i + 1].lower_}" in grammar.role_qualifiers:
            i += 2
        else:
            break
    return i


def _topic(mention: Span, pronouns: frozenset[str]) -> bool:
    """`Emmanuel Macron, lui, était encore en Espagne`: a name set at the head of its clause, taken up
    by a pronoun (the parser makes it the root): what the story is about. Or the heading of an interview,
    a name (after its rank) before a colon (`Amiral Nicolas Vaujour : « ... »`)."""
    doc = mention.doc
    name = doc[mention.start : mention.end]
    while name.end < len(doc) and doc[name.end].ent_type_ == "PERSON":
        name = doc[name.start : name.end + 1]
    if name.end < len(doc) and doc[name.end].text == ":" and all(
            t.ent_type_ == "RANK" for t in doc[name.sent.start : name.start]):
        return True
    token = mention.doc[mention.start]
    while token.dep_ == "flat:name" and token.head.i != token.i:
        token = token.head
    if token.dep_ != "ROOT":
        return False
    end = max([token.i, *(t.i for t in token.children if t.dep_ == "flat:name")]) + 1
    after = token.doc[end : end + 4]
    return len(after) > 2 and after[0].text == "," and after[1].lower_ in pronouns and after[2].text == ","


PARTICIPLE_LINKS = ("advcl", "conj", "xcomp", "acl", "appos")  # how a participle hangs on the clause it qualifies
# and over the title the participle qualifies, up to the clause
CLIMBED_LINKS = (*PARTICIPLE_LINKS, "obl:mod", "obl", "nmod", "obj", "nsubj", "nsubj:pass")


def _clause_subjects(verb: Token) -> list[Token]:
    """The subjects of the clause a participle hangs on, over the title it may qualify (`X est devenu
    chef de la Défense (CHOD), succédant à Y`: X), passive or not (`X a été nommé ..., succédant à Y`)."""
    head = verb
    for _ in range(3):
        if head.head.i == head.i or head.dep_ not in CLIMBED_LINKS:
            return []
        head = head.head
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if subjects:
            return subjects
    return []


def _name_token(doc: Doc, char: int, climb: tuple[str, ...] = ("flat:name",)) -> Token | None:
    """The head word of the name at `char`: the root of its token, climbed over the dependencies of `climb`
    (the later words of a name, `flat:name`) to the word the name hangs on the sentence by; None off a token."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    while token.dep_ in climb and token.head.i != token.i:
        token = token.head
    return token


def _genitive(doc: Doc, char: int, of_words: frozenset[str], leadership_nouns: frozenset[str] = frozenset()) -> bool:
    """The name at `char` is the complement of a common noun (`les héritiers de Y`, `la colonne de Y`),
    not of a noun of an office (`sous la présidence de Y`: Y holds it, grammar.yml `leadership_nouns`)."""
    token = _name_token(doc, char)
    if token is None:
        return False
    head = token.head
    return token.dep_ == "nmod" and head.pos_ == "NOUN" and head.is_lower and not head.ent_type_ \
        and head.lower_ not in leadership_nouns \
        and any(c.dep_ == "case" and c.lower_ in of_words for c in token.children)


def _subject_at(doc: Doc, char: int) -> bool:
    """The name at `char` is the subject of its clause, one of its subjects joined by `et`, or the
    complement of the subject's noun (`le déplacement de X a été bref`: X, the agent of the action told):
    what its sentence is about."""
    token = _name_token(doc, char, ("flat:name", "conj"))
    return token is not None and in_subject(token)


def _reported_at(doc: Doc, char: int) -> bool:
    """The name at `char` is told of inside a clause completing a verb of saying (`X a indiqué que Y
    pourrait venir`): Y is what X said, X what the sentence is about, so a title after it refers to X
    rather than to Y when nothing else tells them apart."""
    token = _name_token(doc, char, ("flat:name", "conj"))
    return token is not None and token.head.dep_ == "ccomp" and token.dep_ in ("nsubj", "nsubj:pass")


def _listed_beside_a_name(role: Span) -> bool:
    """`la délégation comprenait X, ainsi que le sultan de Sokoto`, `le ministre X et le gouverneur de Kano`:
    a title with its own complement (`de Sokoto`), joined in one list to a person the text names, is one
    more member of that list, someone the text does not name: no one named before holds it."""
    root = role.root
    if not any(c.dep_ == "nmod" and c.i >= role.end for c in root.children):
        return False  # `le président ukrainien`, `le chef de l'État`: a title in its own words may refer back
    first = root.head if root.dep_ == "conj" and root.head.i != root.i else root
    members = [first, *(c for c in first.children if c.dep_ == "conj")]
    for member in members:
        if member.i == root.i:
            continue
        near = [member, *(c for c in member.children if c.dep_ in ("appos", "nmod", "flat:name"))]
        if any(t.ent_type_ == "PERSON" and not (role.start <= t.i < role.end) for t in near):
            return True
    return False


def _dative_at(doc: Doc, char: int, datives: frozenset[str]) -> bool:
    """The name at `char` is the one a verb's action is told or given to (`X a promis à Y`, `un message
    adressé à Y`: grammar.yml `dative_prepositions`), a recipient, not what the sentence is about."""
    token = _name_token(doc, char)
    if token is None:
        return False
    head = token.head  # the verb, or the root the parser made of a participle it read as a noun
    return token.dep_ in ("obl", "obl:arg", "iobj", "nmod") and (head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT") \
        and any(c.dep_ == "case" and c.lower_ in datives for c in token.children)


def _in_relative_of(doc: Doc, char: int, others: list[int]) -> bool:
    """The name at `char` is inside a relative clause (`acl:relcl`) said of one of the other names (their
    first characters): `X, qui venait de rencontrer Y, ...`: Y is told of by way of X."""
    token = doc.char_span(char, char + 1, alignment_mode="expand")
    if token is None:
        return False
    token = token.root
    for _ in range(8):
        if token.dep_ == "acl:relcl":
            head = token.head
            while head.ent_iob_ == "I" and head.i > 0:  # the name's first word, where its mention starts
                head = doc[head.i - 1]
            return head.idx in others
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _named_apart(role: Span, char: int) -> bool:
    """The name at `char`, in the title's own sentence, is not the title's: a sentence that names a person
    and gives a title apart from the name (not `X, le président français,` nor `le président français X`)
    speaks of two people (`le président français est reçu par X`, `alors que X affirmait ..., le président
    américain a ...`): the same person would be `il`. So the title does not refer back to X, whatever
    earlier line (a headline) named him too."""
    name = _name_token(role.doc, char)
    if name is None or role.start <= name.i < role.end:
        return False
    if role.start <= name.head.i < role.end or role.root.head.i == name.i and role.root.dep_ in ("appos", "flat:name"):
        return False  # `le président français Emmanuel Macron`, `Emmanuel Macron, le président français`
    return not role.start - 2 <= name.i <= role.end + 1  # just before or after it: in apposition, however parsed


def _kin_of_a_woman(doc: Doc, char: int) -> bool:
    """The name at `char` follows a feminine noun with a possessive, no title (`son épouse X`, `sa fille
    X`): a woman, whom a masculine title (`le président`) does not refer to."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    noun, det = doc[span.start - 1], doc[span.start - 2]
    return noun.pos_ == "NOUN" and not noun.ent_type_ and "Fem" in noun.morph.get("Gender") \
        and "Yes" in det.morph.get("Poss")


def _named_alone(token: Token) -> bool:
    """A proper noun a description over a comma can be apposed to: not a place or a body, not the
    complement of a preposition (`la junte de Niamey, le chef de l'Etat`: Niamey is no one)."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ("", "RANK"):
        return False
    while token.dep_.startswith("flat") and token.head.i != token.i:
        token = token.head
    return not any(c.dep_ == "case" for c in token.children)


TITLES = "titles"  # person["rules"] key: every title said of the person (normalised, then rule), one a line


def _note_title(person: Official, role: Span) -> None:
    """Keep every title the text gives a person, not only the one written in the table: `le ministre de la
    Communication, porte-parole du gouvernement, X` is `le ministre` as much as `le porte-parole` later."""
    line = f"{role._.normalized}\t{role._.source}"
    titles = person["rules"].get(TITLES, "")
    if line not in titles.split("\n"):
        person["rules"][TITLES] = f"{titles}\n{line}" if titles else line


def _titles(person: Official) -> list[tuple[str, str]]:
    """The titles said of a person (`_note_title`), each as (normalised, rule)."""
    return [tuple(line.split("\t", 1)) for line in person["rules"].get(TITLES, "").split("\n") if "\t" in line]


def _gender(title: Span) -> str:
    """The gender a title is said in, read from its article's morphology (`la ministre`, `le ministre`,
    `du général`); `l'` and a title with no article say none."""
    doc = title.doc
    i = title.start - 1
    while i > 0 and doc[i].pos_ == "ADJ" and doc[i].head.i in range(title.start, title.end):
        i -= 1  # `la nouvelle ministre`
    if i < 0 or doc[i].pos_ not in ("DET", "ADP") or doc[i].text.endswith(("'", "’")):
        return ""
    found = doc[i].morph.get("Gender")
    return found[0] if len(found) == 1 else ""


def _plural_head(role: Span) -> bool:
    """`présidents`, `chefs d'État`: a role written in the plural, said of one of the people it names."""
    canonical = (role._.normalized or "").split()
    head = role[0].lower_
    return bool(canonical) and head != canonical[0].lower() and head.endswith(("s", "x")) \
        and not canonical[0].lower().endswith(("s", "x")) and head.rstrip("sx") == canonical[0].lower()


def _second_title(role: Span) -> Span | None:
    """`ministre secrétaire général`, `ministre conseiller`: a role written right after another, with no
    word nor punctuation between, is the second half of one title (the role itself ends at its own
    term, its complement would come after the second). Not over a line break (a list of titles)."""
    doc = role.doc
    if role.end >= len(doc) or "\n" in role[-1].whitespace_ or not role[-1].whitespace_ \
            or "Plur" in role.root.morph.get("Number"):
        return None
    nxt = DocIndex.of(doc).ent_starting(role.end)  # `doc.ents` makes a Span of every entity at each reading
    return nxt if nxt is not None and nxt.label_ == "ROLE" and nxt.text[:1].islower() == role.text[:1].islower() \
        else None


def _alone_on_a_line(doc: Doc, person: Official) -> bool:
    """The person's name, as first written, fills a line of its own somewhere in the page and no rank or
    civility is written with it: an outlet's name at the head of its page (then over its dateline), an
    author's name over the text."""
    if person["rank"] or person["titled"]:
        return False
    text = doc_text(doc)
    name = text[slice(*min(person["mentions"]))].strip()
    return any(line.strip() == name for line in text.split("\n"))


def _people_by_token(doc: Doc, people: dict[str, Official]) -> dict[int, Official]:
    """The person each token of a mention names (the first person read there)."""
    by_token: dict[int, Official] = {}
    for person in people.values():
        for start, end in person["mentions"]:
            for token in doc.char_span(start, end, alignment_mode="expand") or ():
                by_token.setdefault(token.i, person)
    return by_token


def _finer_rank(rank: str, held: str) -> bool:
    """A rank read on a mention replaces the one a person has when it says more of it (`général` ->
    `général de division`, `amiral` -> `vice-amiral`); another rank (`maréchal` said of a namesake,
    a father) does not replace the first one read."""
    return not held or (len(rank) > len(held) and held in rank)


def _promotion_done(verb) -> bool:
    """A promotion told as done: not in the future or the conditional, not an infinitive (`devrait être
    promu`, `a refusé d'être promu`), not denied (`n'a pas été promu`)."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "aux:tense", "cop"))]
    if any("Fut" in t.morph.get("Tense") or "Cnd" in t.morph.get("Mood") or "Inf" in t.morph.get("VerbForm")
           for t in words):
        return False
    return not any("Neg" in c.morph.get("Polarity") for c in verb.children)


def _list_head(role: Span) -> Span | None:
    """The first of titles set side by side over commas before a name (`Président de la Transition, Chef
    de l'Etat, le Colonel X`: the description keeps the nearest, `Chef de l'Etat`), None when the role
    opens no such list."""
    doc, head = role.doc, None
    ends = {e.end: e for e in DocIndex.of(doc).ents if e.label_ == "ROLE"}
    k = role.start
    while k >= 2 and doc[k - 1].text == "," and (prev := ends.get(k - 1)) is not None:
        head, k = prev, prev.start
    return head


def _role_root(role: Span):
    """The head of a role as the parse reads it: its first word whose head lies outside it. Not spaCy's
    `Span.root` (the word nearest the sentence's root), which a mis-parse hanging a compound's last word
    on the verb (`prend ses fonctions de chef d'état-major`: `major` on `prend`) makes that word."""
    return next((t for t in role if not role.start <= t.head.i < role.end or t.head.i == t.i), role.root)


def _ent_on(idx: DocIndex, i: int) -> Span | None:
    """The entity over token `i`, or None."""
    over = idx.ents_over(i, i + 1)
    return over[0] if over else None


def _conjoined(tokens: list[Token], label: str, idx: DocIndex) -> list[int]:
    """The starts of the entities of `label` a coordination joins, the first conjunct's own among them
    (`Emmanuel Macron et Narendra Modi`), in the order written; [] when a conjunct is no such entity."""
    starts = []
    for token in tokens:
        ent = _ent_on(idx, token.i)
        if ent is None or ent.label_ != label:
            return []
        starts.append(ent.start)
    return sorted(set(starts))


def _same_function(tokens: list[Token]) -> list[Token]:
    """Of the words a coordination joins, those that can share one function: a bare name is not joined to a
    phrase with its own preposition (`À Barcelone, Macron et Sánchez signent`: the parse may make the fronted
    place the first conjunct, and the verb after them another; only the names are joined by `et`). All of them
    when none is a bare noun."""
    bare = [t for t in tokens if (t.pos_ in ("NOUN", "PROPN") or t.ent_type_)
            and not any(c.dep_ == "case" for c in t.children)]  # a name the tagger read as a verb is a name
    return bare or tokens


def _name_list(idx: DocIndex, ent: Span, and_words: frozenset[str] | set[str] = frozenset()) -> list[int]:
    """The starts of the names a coordination joins to the name `ent`, its own among them, in the order
    written (`et` may join the last word of a name: `Tomas Lindqvist et Samuel Okoro`); [] when a conjunct
    is no name. Where the parse joins none, names side by side with only commas and a last `et` between
    them are one list all the same (`À Rome, Meloni et Sánchez signent`: the second read as the subject)."""
    names = _conjoined(_same_function([*ent, *(c for t in ent for c in t.conjuncts)]), "PERSON", idx)
    if len(names) > 1 or not and_words:
        return names
    doc, persons = idx.doc, [e for e in idx.ents_in(idx.sent(ent.start)) if e.label_ == "PERSON"]
    chains, chain, joints = [], [], []
    for person in persons:
        joint = doc[chain[-1].end].lower_ if chain and person.start == chain[-1].end + 1 else None
        if joint not in and_words and joint != ",":
            chains.append((chain := [], joints := []))
        else:
            joints.append(joint)
        chain.append(person)
    for chain, joints in chains:
        if ent in chain and len(chain) > 1 and joints[-1] in and_words and all(j == "," for j in joints[:-1]):
            return [e.start for e in chain]
    return names


def _named_after(idx: DocIndex, role: Span, count: int, place: int, by_token: dict[int, Official],
                 and_words: frozenset[str] | set[str] = frozenset()) -> Official | None:
    """`Le président de la République et le chancelier allemand ont inauguré le salon. Emmanuel Macron et
    Olaf Scholz ont visité ...`: a lede may title two leaders before it names them; titles joined by `et`
    then refer, in their order, to the first list of as many names joined by `et` in the sentences just
    after. The person at the title's place in that list; None when no such list follows."""
    sentence = idx.sent(role.start)
    end = sentence.end
    for _ in range(2 * COREFERENCE_SENTENCES):  # over a byline and a date line between a lede and its body
        if end >= len(idx.doc):
            break
        after = idx.sent(end)
        for ent in idx.ents_in(after):
            if ent.label_ != "PERSON":
                continue
            names = _name_list(idx, ent, and_words)
            if len(names) > 1 and names[0] == ent.start:  # a name alone (a byline, a third person) is no list
                if len(names) != count:
                    return None  # the first list after is of another length: which name is which, unsaid
                return by_token.get(names[place])
        end = after.end
    return None


_SIDES = {"nsubj": "agent", "obl:agent": "agent", "obj": "patient", "nsubj:pass": "patient"}


def _side(token: Token) -> str | None:
    """The part a word plays in its verb's act: `agent` (the subject, or `par X` after a passive) or
    `patient` (the object, or the subject of a passive); None for any other."""
    return _SIDES.get(token.dep_)


def _named_on(token: Token, by_token: dict[int, Official]) -> Official | None:
    """The person a subject or an object names: the name itself, or one set beside its head (`le général X`)."""
    for t in [token, *(c for c in token.children if c.dep_ in ("appos", "flat:name", "nmod"))]:
        if t.i in by_token:
            return by_token[t.i]
    return None


def _told_with_names(idx: DocIndex, role: Span, people: dict[str, Official]) -> Official | None:
    """`Le président français a reçu le chancelier allemand. [...] Emmanuel Macron a reçu Olaf Scholz`: a
    title that is the subject (or the object) of a verb whose object (or subject) is another title tells the
    act a clause of the same verb tells with names, in the sentences just before or after: the title is the
    name on its own side of that verb, not whoever is named nearest. The nearest such clause; None when
    none (another verb tells another act)."""
    verb, side = role.root.head, _side(role.root)
    if side is None or verb.pos_ != "VERB" or verb.i == role.root.i:
        return None
    if not any(_side(c) not in (None, side) and c.ent_type_ == "ROLE" for c in verb.children):
        return None  # `le président a reçu Olaf Scholz`: a name already across, no parallel to read
    doc, own = idx.doc, idx.sent(role.start)
    by_token = None
    found: list[tuple[int, Official]] = []
    for token in doc:
        if token.lemma_ != verb.lemma_ or token.pos_ != "VERB" or own.start <= token.i < own.end:
            continue
        sentence = idx.sent(token.i)
        apart = _sentences_between(idx, own, sentence)
        if apart > 2 * COREFERENCE_SENTENCES:
            continue
        by_token = by_token if by_token is not None else _people_by_token(doc, people)
        sides = {_side(c): _named_on(c, by_token) for c in token.children if _side(c) is not None}
        if sides.get("agent") is not None and sides.get("patient") is not None \
                and sides["agent"] is not sides["patient"]:
            found.append((apart, sides[side]))
    return min(found, key=lambda f: f[0])[1] if found else None


def _sentences_between(idx: DocIndex, one: Span, other: Span) -> int:
    """How many sentences apart two sentences are (1 for the next one)."""
    return abs(bisect_right(idx.sent_starts, one.start) - bisect_right(idx.sent_starts, other.start))


def _titles_joined(idx: DocIndex, role: Span, grammar=None) -> list[int]:
    """The starts of the titles `et` joins to `role`, its own among them, in the order written: from the parse,
    else from the words (`Le président de la République et le chancelier allemand ont inauguré`: the parser
    may miss a coordination of subjects; a title, its demonym, `et`, a determiner and a title are one)."""
    titles = _conjoined([role.root, *role.root.conjuncts], "ROLE", idx)
    if len(titles) > 1 or grammar is None:
        return titles
    doc = idx.doc
    roles = [e for e in idx.ents_in(idx.sent(role.start)) if e.label_ == "ROLE"]

    def next_title(title: Span) -> Span | None:
        k = complement_end(title, grammar)  # `la présidente du Conseil italien et le chef du gouvernement`
        while k < len(doc) and (doc[k].pos_ == "ADJ" or (e := _ent_on(idx, k)) is not None and e.label_ == "MISC"):
            k += 1  # its demonym: `le chancelier allemand`
        if k + 2 >= len(doc) or doc[k].lower_ not in grammar.and_words or doc[k + 1].pos_ != "DET":
            return None
        return next((e for e in roles if e.start in (k + 2, k + 3)), None)  # `et le (nouveau) ministre`

    chains, chain = [], []
    for title in roles:
        if not chain or next_title(chain[-1]) is not title:
            chains.append(chain := [])
        chain.append(title)
    return next(([t.start for t in c] for c in chains if role in c and len(c) > 1), [role.start])


def _respective(idx: DocIndex, role: Span, candidates: list[tuple[int, Official]],
                grammar=None) -> tuple[bool, Official | None]:
    """`Emmanuel Macron et Narendra Modi ... Le président de la République et le Premier ministre indien`:
    titles joined by `et` refer back, in their order, to as many names joined by `et` just before; the
    person at the role's place in the nearest such list. (False, None) when the role is joined to no other
    title; (True, None) when it is and no such list comes before: which of the names each title is, the text
    does not tell."""
    titles = _titles_joined(idx, role, grammar)
    if len(titles) < 2 or role.start not in titles:
        return False, None
    place, lists = titles.index(role.start), {}
    for at, person in candidates:
        i = idx.token_at_char(at)
        ent = None if i is None else _ent_on(idx, i)
        if ent is None:
            continue
        names = _name_list(idx, ent, grammar.and_words if grammar is not None else frozenset())
        if len(names) == len(titles) and ent.start in names:
            lists.setdefault(names[0], {})[names.index(ent.start)] = person
    if not lists:
        return True, None
    return True, lists[max(lists)].get(place)


def _fold(text: str) -> str:
    return text.casefold().replace("\u2019", "'")


class PeopleMerger:
    """Merges mentions and their descriptions into people, and finishes each person's fields."""

    def __init__(self, lexicon: Lexicon, holding: dict[str, set[str]] | None = None) -> None:
        self.lexicon = lexicon
        holding = holding or {}
        self.holding_verbs = holding.get("holding_verbs", set())
        self.office_nouns = holding.get("office_nouns", set())
        self.new_holder_words = holding.get("new_holder_words", set())
        self.next_holder_words = holding.get("next_holder_words", set())
        self.beside_nouns = holding.get("beside_nouns", set())
        self.succession_verbs = holding.get("succession_verbs", set())
        self.receiving_verbs = holding.get("receiving_verbs", set())
        self.promotion_verbs = holding.get("promotion_verbs", set())
        self.grade_nouns = holding.get("grade_nouns", set())
        self.enumeration_verbs = holding.get("enumeration_verbs", set())
        self.masthead_markers = holding.get("masthead_markers", set())
        self.tagline_markers = holding.get("tagline_markers", set())
        self.generic_domains = holding.get("generic_domains", set())
        self.home_page_words = holding.get("home_page_words", set())
        self.counterpart_words: set[str] = set()  # `homologue` (relations.yml `counterparts`), set by the officials
        self.office_defaults = self._office_defaults()
        self.sides: list[tuple[int, int, str]] = []  # `son homologue français`: see `counterpart_sides`
        self.dated_home = False
        self.orgs = lexicon.by_file("organisations")
        self.countries = lexicon.by_file("countries")
        self.places = {_fold(p): code for code, e in self.countries.items() for p in e.get("places") or []}
        # the countries (and the regions, `r.` codes) by their folded names and aliases: read by the outlet's
        # rubric, menu and breadcrumb of each Doc, made once here
        self.country_names = {_fold(n): code for code, e in self.countries.items() if not code.startswith("r.")
                              for n in [e["name"], *(e.get("aliases") or [])]}
        self.region_names = {_fold(n) for code, e in self.countries.items() if code.startswith("r.")
                             for n in [e["name"], *(e.get("aliases") or [])]}
        self.home = ""
        self.abroad: set[str] = set()
        self.contrasted: set[str] = set()  # countries whose national title the text qualifies as the other's
        self.named: dict[str, int] = {}  # how often such a text names each country
        self.seated: set[str] = set()  # the countries whose bodies such a text names by their seat
        self.shared_reading: dict[str, str] = {}  # a shared demonym's country -> the other one such a text means
        self.affiliation = Affiliation(lexicon)

    def open(self, doc: Doc) -> None:
        """The country of the story: the place of an agency dateline (`Niamey, 19 déc (ANP) -`), else
        a demonym in the outlet's name on the first line (`ANP - Agence Nigérienne de Presse`)."""
        self.affiliation.open(doc)
        text = doc_text(doc)
        handed = story_of(doc)  # a piece of a long text: the country the pieces before found, if any
        self.home = handed.get("home", "") if handed is not None else ""
        if not self.home:  # the first dateline of a town the gazetteer places (spans.dateline)
            found = dateline(text, accept=lambda line: _fold(line.place) in self.places) or dateline(
                text, pattern=_UNDATED_DATELINE, accept=lambda line: _fold(line.place) in self.places)
            self.home = self.places[_fold(found.place)] if found is not None else ""
        if handed is not None and self.home:
            handed["home"] = self.home
        self.dated_home = bool(self.home)  # the place a dispatch was filed from, not the outlet's country
        if not self.home and not continued(doc):  # the first line of the text, not of a later piece
            first_line = text.find("\n") if "\n" in text else len(text)
            self.home = self._rubric_country(text[:first_line])
            masthead = any(s.label_ == "masthead" and s.start_char < first_line
                           for s in doc.spans.get("furniture", [])) or bool(  # `ANP - Agence Nigérienne de Presse`
                {w.strip(".,;:'’").lower() for w in text[:first_line].split()} & self.masthead_markers)
            # a region's demonym (`Conseil européen`) names no outlet's country, as a region's name does not
            codes = {s.id_.removeprefix("countries:") for s in group_spans(doc, "lexicon")
                     if s.label_ == "MISC" and s.id_.startswith("countries:") and s.end_char <= first_line
                     and not s.id_.startswith("countries:r.") and not self._language(s)}
            codes |= self._masthead_names(doc, first_line)  # `La Presse de Tunisie`
            if not masthead and not self._headline_first(doc, text[:first_line]):
                codes |= self._outlet_line_names(doc, text[:first_line])  # `XYZ - Tout sur le Tchad`
            if not self.home and (masthead or not self._headline_first(doc, text[:first_line])):
                self.home = codes.pop() if len(codes) == 1 else ""  # `ANP - Agence Nigérienne de Presse`
        if not self.home and not continued(doc):
            self.home = self._tagline_country(doc, text)
        if not self.home and not continued(doc):
            self.home = self._domain_country(doc, text)
        if not self.home and not continued(doc):
            self.home = self._menu_country(doc)
        if not self.home and not continued(doc):
            self.home = self._section_country(doc)
        self.abroad = self._qualified_bodies(doc)
        self.contrasted = self._qualified_titles(doc) if not self.home else set()
        self.abroad |= self.contrasted
        self.sides = self.counterpart_sides(doc) if not self.home else []
        self.named = self._named_countries(doc) if self.contrasted or self.sides or not self.home else {}
        self.seated = self._seated_countries(doc) if not self.home else set()
        self.shared_reading = self._shared_demonym_reading(doc) if not self.home else {}

    def _language(self, demonym: Span) -> bool:
        """`Deutsche Welle en français`: a demonym after a preposition of language (grammar.yml
        `language_words`) names the language of the copy, not a country."""
        return demonym.label_ == "MISC" and demonym.start > 0 \
            and demonym.doc[demonym.start - 1].lower_ in self.lexicon.grammar.language_words

    def known_place(self, text: str) -> bool:
        """A city or a place of the gazetteer (countries.yml `places`)."""
        return _fold(text) in self.places

    @staticmethod
    def _masthead_names(doc: Doc, first_line: int) -> set[str]:
        """`La Presse de Tunisie`, `Radio Mali`: a country's name inside the outlet's name (the masthead on
        the first line) is the outlet's country, as its demonym is (`Agence Nigérienne de Presse`)."""
        heads = [s for s in doc.spans.get("furniture", []) if s.label_ == "masthead" and s.end_char <= first_line]
        return {s.id_.removeprefix("countries:") for s in group_spans(doc, "lexicon")
                if s.label_ != "MISC" and s.id_.startswith("countries:") and not s.id_.startswith("countries:r.")
                and any(h.start_char <= s.start_char and s.end_char <= h.end_char for h in heads)}

    @staticmethod
    def _outlet_line_names(doc: Doc, line: str) -> set[str]:
        """`ABC - Tout sur le Niger`: a short first line that is not the headline is the outlet's name
        and its tagline; a country's name there (not a region's) is the outlet's country, as a demonym is."""
        if not line.strip() or len(line.split()) > 8:
            return set()
        return {s.id_.removeprefix("countries:") for s in group_spans(doc, "lexicon")
                if s.label_ != "MISC" and s.id_.startswith("countries:") and not s.id_.startswith("countries:r.")
                and s.end_char <= len(line)}

    def _rubric_country(self, line: str) -> str:
        """`Mali : le chef de la diplomatie espagnole reçu à Koulouba`: a headline opening with a country's
        name and a colon files the story under that country, whatever nationality the rest names."""
        head, colon, _ = line.partition(":")
        if not colon or not 0 < len(head.split()) <= 3:
            return ""
        names = self.country_names
        return names.get(_fold(head.strip()), "")

    @staticmethod
    def _headline_first(doc: Doc, first_line: str) -> bool:
        """The text opens with its headline (`doc._.title`, found by the furniture stage): a nationality
        there says whom the story is about, not where the outlet is."""
        title = " ".join((doc._.title or "").split())
        return bool(title) and " ".join(first_line.split()).startswith(title[:40])

    def _tagline_country(self, doc: Doc, text: str) -> str:
        """`Fraternité Matin` / `Premier quotidien ivoirien d'informations générales`: the line right under
        an outlet's name (a masthead on the first line) that holds a word of an outlet (furniture.yml
        `masthead_markers`: `quotidien`, `agence`) or of a tagline (`tagline_markers`: `Actualité au Sénégal`)
        is its tagline; one country's demonym or name there (not a region's) is the outlet's country, hence
        the story's."""
        masthead = next((s for s in doc.spans.get("furniture", []) if s.label_ == "masthead"), None)
        first_end = text.find("\n")
        if masthead is None or first_end < 0 or masthead.start_char > first_end:
            return ""
        second_end = text.find("\n", first_end + 1)
        second_end = len(text) if second_end < 0 else second_end
        words = {w.strip(".,;:'’").lower() for w in text[first_end + 1:second_end].split()}
        if not words & (self.masthead_markers | self.tagline_markers):
            return ""
        codes = {s.id_.removeprefix("countries:") for s in group_spans(doc, "lexicon")
                 if s.id_.startswith("countries:") and not s.id_.startswith("countries:r.")
                 and first_end < s.start_char and s.end_char <= second_end and not self._language(s)}
        return codes.pop() if len(codes) == 1 else ""

    def _domain_country(self, doc: Doc, text: str) -> str:
        """`LE MATIN.ma`, `swissinfo.ch`: the outlet's web address, on its masthead or on a short line
        among the first three, ends on a country's code (the ids of countries.yml), the outlet's
        country, hence the story's; a code sold as a generic domain (countries.yml `generic_domains`:
        `.tv`, `.io`) says nothing."""
        codes = set()
        for line in text.split("\n", 3)[:3]:
            if not line.strip() or len(line.split()) > 8:
                continue
            for found in _COUNTRY_DOMAIN.finditer(line):
                code = found.group("code").lower()
                if code in self.countries and code not in self.generic_domains:
                    codes.add(code)
        return codes.pop() if len(codes) == 1 else ""

    def _menu_country(self, doc: Doc) -> str:
        """`Belgique | Monde | Economie`, `Accueil | Tchad | Afrique | International`: the site's menu (a
        line of sections, not a path to the page) whose first section after the home page is a country
        is an outlet of that country, opening on its national news; a region or a topic first
        (`Afrique | Monde | Russie`) says nothing, nor a row of countries (`Accueil | Mali | Niger | Tchad`:
        a regional outlet's pages, one per country)."""
        names = self.country_names
        home_words = {_fold(w) for w in self.home_page_words}
        for span in doc.spans.get("furniture", []):
            if span.label_ != "menu" or _BREADCRUMB.search(span.text) or span.start_char > _MENU_REACH:
                continue
            items = [i.strip() for i in _MENU_ITEMS.split(as_in_file(doc, span.start_char, span.end_char))]
            items = [i for i in items if i and _fold(i) not in home_words]
            if len(items) >= 3 and _fold(items[0]) in names and _fold(items[1]) not in names:
                return names[_fold(items[0])]
        return ""

    def _section_country(self, doc: Doc) -> str:
        """`Accueil > Liban > Sécurité`, `Accueil > Politique > Niger`: a breadcrumb that names one country
        among its sections, before any region, files the story under that country, the outlet's own news
        of it; a country under a region (`Moyen-Orient > Liban`: an outlet's world pages) or topics only
        (`Monde > Guerre en Ukraine`) say nothing, nor two countries."""
        names = self.country_names
        regions = self.region_names
        for span in doc.spans.get("furniture", []):
            if span.label_ != "menu":
                continue
            items = [i.strip() for i in _BREADCRUMB.split(span.text.strip())]
            if len(items) < 2:
                continue
            ahead = next((k for k, i in enumerate(items) if _fold(i) in regions), len(items))
            codes = {names[_fold(i)] for i in items[:ahead] if _fold(i) in names}
            if len(codes) == 1:
                return codes.pop()
        return ""

    def _qualified_titles(self, doc: Doc) -> set[str]:
        """`le Président de la République française`, `le chef de l'État français`: a national title of a
        country by default (`default_country`, of the role or of one it stands for) written with that
        country's demonym sets it apart from the same title written bare, another state's."""
        ents = {t: e for e in DocIndex.of(doc).ents for t in range(e.start, e.end)}
        found = set()
        for s in group_spans(doc, "lexicon"):
            if s.label_ != "MISC" or not s.id_.startswith("countries:") or s.id_.startswith("countries:r."):
                continue
            role = ents.get(s.start) if s.start in ents and ents[s.start].start < s.start else ents.get(s.start - 1)
            if role is None or role.label_ != "ROLE":
                continue
            entry = self.lexicon.entry(role.id_.removesuffix("#head"))
            defaults = {entry.get("default_country")} | {self.lexicon.entry(f"roles:{r}").get("default_country")
                                                         for r in entry.get("same_as") or []}
            defaults |= self.office_defaults.get(role.id_.removesuffix("#head").removeprefix("roles:"), set())
            if s.id_.removeprefix("countries:") in defaults and self._names_its_holder(doc, s.end, ents):
                found.add(s.id_.removeprefix("countries:"))
        return found

    def _office_defaults(self) -> dict[str, set[str]]:
        """The default countries of the office each role may name: roles another role stands for together
        (`same_as` of `chef de l'État`: `président de la République`, `président`) are one office, and
        share the default country one of them has (`président français` qualifies the French president)."""
        found: dict[str, set[str]] = {}
        for entry in self.lexicon.by_file("roles").values():
            office = entry.get("same_as") or []
            codes = {c for r in office if (c := self.lexicon.entry(f"roles:{r}").get("default_country"))}
            for r in office if codes else []:
                found.setdefault(r, set()).update(codes)
        return found

    def counterpart_sides(self, doc: Doc) -> list[tuple[int, int, str]]:
        """`X a reçu son homologue français`: a counterpart said with a possessive and a demonym is of
        that country, and the one whose counterpart he is, named before in the sentence, of another. The
        sentence's start, the counterpart's start (characters) and the country's code, one per such phrase."""
        grammar = self.lexicon.grammar
        sides = []
        for s in group_spans(doc, "lexicon"):
            if s.label_ == "MISC" and s.id_.startswith("countries:") and not s.id_.startswith("countries:r.") \
                    and s.start > 1 and doc[s.start - 1].lower_ in self.counterpart_words \
                    and doc[s.start - 2].lower_ in grammar.possessive_determiners:
                sides.append((doc[s.start].sent.start_char, doc[s.start - 2].idx, s.id_.removeprefix("countries:")))
        return sides

    def _other_side(self, person: Official, code: str) -> bool:
        """The person is named before `son homologue` of that country in one of his sentences: he is not
        of it (`le président de la République X a reçu son homologue français` is not French)."""
        return named_before_counterpart(person, self.sides, code)

    @staticmethod
    def _names_its_holder(doc: Doc, end: int, ents: dict) -> bool:
        """`le Président de la République française, M. X`: the qualified title names its own holder (a
        person right after it, a comma or capitalised words such as a civility between); a title said
        alone (`reçu par le chef de l'État français, le président ghanéen a ...`) may be a description of
        the bare title's holder."""
        for i in range(end, min(end + 4, len(doc))):
            ent = ents.get(i)
            if ent is not None and ent.start == i and ent.label_ == "PERSON":
                return True
            if not (doc[i].is_punct or doc[i].is_title or doc[i].is_upper):  # `,`, `M.`, `S.E.`
                return False
        return False

    def _named_countries(self, doc: Doc, demonyms: bool = True) -> dict[str, int]:
        """How often the text names each country, by its name, its demonym (unless `demonyms` is off) or
        its cities (countries.yml `places`); a word inside a region's name (`Indien` in `océan Indien`)
        names no country."""
        spans = group_spans(doc, "lexicon")
        regions = [s for s in spans if s.id_.startswith("countries:r.")]
        counts: dict[str, int] = {}
        for s in spans:
            if s.id_.startswith("countries:") and not s.id_.startswith("countries:r.") \
                    and (demonyms or s.label_ != "MISC") \
                    and not any(r.start <= s.start and s.end <= r.end for r in regions):
                code = s.id_.removeprefix("countries:")
                counts[code] = counts.get(code, 0) + 1
        for e in DocIndex.of(doc).ents:
            if e.label_ == "LOC" and (code := self.places.get(_fold(e.text))):
                counts[code] = counts.get(code, 0) + 1
        return counts

    def _shared_demonym_reading(self, doc: Doc) -> dict[str, str]:
        """`congolais` (listed under cd, shared with cg: countries.yml `demonyms_also_of`) in a text of no
        known country that names the other country (its name, its cities: `Brazzaville`) more often than
        the one the demonym is listed under: the demonym means the other country there."""
        shared = {code: e["demonyms_also_of"] for code, e in self.countries.items()
                  if len(e.get("demonyms_also_of") or []) == 1}
        if not shared:
            return {}
        names = self._named_countries(doc, demonyms=False)
        return {code: other for code, (other,) in shared.items() if names.get(other, 0) > names.get(code, 0)}

    def _says(self, code: str) -> bool:
        """A text of no known country names the country a title is of by default (its name, its demonym
        or one of its cities), or names no other: its officials may be meant by the title said bare; a
        text that names other countries only is not about them; nor is one that names it in passing beside
        another country it names at least `PASSING_MENTION` times as often and whose own bodies it names
        (`abroad`: `l'armée libanaise`), the country it is about."""
        if self.home or code in self.seated:
            return True
        said = self.named.get(code, 0)
        if said and any(n >= PASSING_MENTION * said for c, n in self.named.items() if c != code and c in self.abroad):
            return False  # `Paris` once in a story of Prague and of the `armée tchèque`: about Czech officials
        return said > 0 or not any(c != code for c in self.named)  # a text that names no other country: its default

    def _seated_countries(self, doc: Doc) -> set[str]:
        """The countries whose listed bodies the text names by their seat (organisations.yml `seats`:
        `l'Élysée`, of the French presidency): such a place names its country as a city does."""
        found = set()
        for e in DocIndex.of(doc).ents:
            entry = self.orgs.get(e.id_.removeprefix("organisations:")) if e.label_ == "ORG" else None
            if entry and entry.get("country") and _fold(e.text) in {_fold(x) for x in entry.get("seats") or []}:
                found.add(entry["country"])
        return found

    def _setting_country(self, other: str) -> str:
        """The country a text written from elsewhere (`abroad`) is about, for a title that would be
        `other`'s by default: the one it names most after `other`; none when two tie."""
        ranked = sorted(((n, c) for c, n in self.named.items() if c != other and c in self.countries), reverse=True)
        if not ranked or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
            return ""
        return ranked[0][1]

    def _qualified_bodies(self, doc: Doc) -> set[str]:
        """The countries whose own bodies the text qualifies by their demonym as one party among others
        (`le Chef d'Etat-major des armées françaises`, `l'Armée de l'Air et de l'Espace française`, `le
        ministre français des Armées`): a text written from that country names its bodies without it,
        so a title written alone there (`le Président de la République`) is not that country's by default."""
        ents = {t: e for e in DocIndex.of(doc).ents for t in range(e.start, e.end)}
        found = set()
        for s in group_spans(doc, "lexicon"):
            if s.label_ != "MISC" or not s.id_.startswith("countries:") or s.id_.startswith("countries:r."):
                continue
            code = s.id_.removeprefix("countries:")
            inside = ents.get(s.start)
            if inside is not None and inside.label_ in ("ORG", "ROLE") and inside.start < s.start:
                body = inside  # the demonym closes the name: `armées françaises`
            else:
                body = ents.get(s.start - 1)
                nxt = ents.get(s.end + 1) if s.end + 1 < len(doc) else None
                if body is not None and body.label_ == "ROLE":  # `ministre français des Armées`
                    if not (s.end < len(doc) and doc[s.end].lower_ in self.lexicon.grammar.of_words
                            and nxt is not None and nxt.label_ == "ORG"):
                        continue
                    body = nxt
            if body is None or body.label_ not in ("ORG", "ROLE"):
                continue
            entry = self.lexicon.entry(body.id_.removesuffix("#head"))
            if body.label_ == "ROLE":  # `ministre français des Armées`, `Président de la République française`
                listed = self.orgs.get(entry.get("organisation") or "", {}).get("country") \
                    or entry.get("default_country")
                if listed == code:
                    found.add(code)
                continue
            listed = entry.get("country")
            if listed == code or (listed is None and any(t.i in range(s.start, s.end) for t in body)):
                found.add(code)
        return found

    def update(self, person: Official, m: Span, rank: Span | None, *descriptors: Descriptor) -> None:
        """Add a mention, its rank and what its descriptors say to a person; the first role wins."""
        if len(m.text) > len(person["name"]):
            person["name"] = " ".join(m.text.split())  # a name wrapped over two lines is written on one
        person["mentions"].append([m.start_char, m.end_char])
        person["first_char"] = min(person["first_char"], m.start_char)
        for title in (rank, *(d.role for d in descriptors)):
            if title is not None and not person["rules"].get("gender"):
                person["rules"]["gender"] = _gender(title)  # `la ministre`: a woman; `le général`: a man
        if rank is not None and _finer_rank(rank._.normalized, person["rank"]):
            person["rank"], person["rules"]["rank"] = rank._.normalized, rank._.source
        for d in descriptors:
            role = d.role
            if role is not None and not d.past:
                _note_title(person, role)
            if role is not None and person["role"] and (head := _list_head(role)) is not None \
                    and self._completed(person, d, head):
                role = head  # `le Président X`, then `le Président de la Transition, Chef de l'Etat, X`
            if role is not None and (not person["role"] or self._fuller(person, d)
                                     or person["rules"].get("past_role") and not d.past
                                     or role is not d.role or self._completed(person, d)):
                self._set_role(person, role)
                person["rules"]["past_role"] = d.past  # `l'ancien chef d'état-major`: gives way to a role said now
                if d.past:
                    self._written_past(person, d.role)
                if person["organisation"]:
                    person["organisation"] = person["organisation_id"] = ""
                self._set_org(person, d.org, role, next((e.country for e in descriptors if e.country), None))
            if d.country is not None and not person["country"]:
                person["country"] = self._country_name(d.country)
            if d.counterpart:
                person["counterpart"] = True
                person["counterpart_title"] = person.get("counterpart_title") or d.counterpart_title
        self._title_home(person, descriptors)

    def _title_home(self, person: Official, descriptors: tuple[Descriptor, ...]) -> None:
        """`le Président de la République, S.E. X, président en exercice de l'Union africaine`: the role kept
        is the international one, the national title not kept still says the person is of the story's
        own country (a title of a country by default, as `finish` reads it)."""
        if person["country"] or not self.home or self.home not in self.countries:
            return
        for d in descriptors:
            if d.role is None or d.past or d.role._.source == person["rules"].get("role"):
                continue
            entry = self.lexicon.entry(d.role.id_.removesuffix("#head"))
            if entry.get("default_country") and not entry.get("country"):
                person["country"] = self.countries[self.home]["name"]
                return

    def _written_past(self, person: Official, role: Span) -> None:
        """`l'ancien président béninois X`: a role held before, while it is the only one, is written with
        the word that says so and the demonym right after the title (`ancien président béninois`: the
        office of that country he held, not one he holds)."""
        doc, i = role.doc, role.start - 1
        while i >= max(0, role.start - 3) and doc[i].lower_ not in self.lexicon.grammar.past_title_words:
            i -= 1
        if i >= 0 and doc[i].lower_ in self.lexicon.grammar.past_title_words:
            word = doc[i].lower_
            joined = "" if word.endswith("-") or doc[i].whitespace_ == "" else " "
            person["role_as_written"] = f"{word}{joined}{person['role_as_written']}"
            after = doc[role.end] if role.end < len(doc) else None
            if after is not None and after.ent_iob_ == "B" and after.ent_type_ == "MISC" and after.is_lower \
                    and after.ent_id_.startswith("countries:") and not after.ent_id_.startswith("countries:r."):
                person["role_as_written"] += f" {after.text}"

    @staticmethod
    def _fuller(person: Official, d: Descriptor) -> bool:
        """A bare one-word role with no organisation (`le chef du régime de transition`) gives way to a
        role with its organisation (`le président du CNSP`) said of the person later."""
        return (not person["organisation"] and " " not in person["role"] and d.org is not None
                and " " not in d.role._.normalized and d.role._.normalized != person["role"])

    def _completed(self, person: Official, d: Descriptor, role: Span | None = None) -> bool:
        """A title written bare (`le Président X` in a headline) gives way to the same title with its
        complement said of the person later (`le Président de la République, X`): the fuller form. `role`:
        another title of the description than its own (the head of a list of titles)."""
        role = role if role is not None else d.role
        held = person["role_as_written"] or person["role"]
        if d.past or person["rules"].get("past_role") or " " in held or person["organisation"]:
            return False
        entry = self.lexicon.entry(role.id_)
        held_entry = self.lexicon.entry(person["rules"].get("role", "").removeprefix("rule:"))
        if not person["country"] and (entry.get("country") or entry.get("default_country")) \
                and not held_entry.get("default_country") and not self.home:
            return False  # `le président de la République`: a country by default the bare title did not imply
            # (with a story's own country, the default gives way to it)
        if d.org is not None and role is d.role and role._.normalized == person["role"]:
            return True  # `le directeur X`, then `le directeur de la Sécurité civile, X`: his organisation
        written = as_written(role, self.lexicon.grammar)
        # `rapporteurs` then `rapporteure pour avis`: the written forms differ, the canonical ones extend
        canonical, held_canonical = (role._.normalized or "").lower(), person["role"].lower()
        return (written.lower().startswith(held.lower() + " ") and len(written) > len(held)
                or bool(held_canonical) and canonical.startswith(held_canonical + " "))

    def roles_en_tant_que(self, doc: Doc, idx: DocIndex, people: dict[str, Official], used: set[int]) -> None:
        """`Theresa May, qui dirigeait le gouvernement en tant que Première ministre`: a role after
        `en tant que` is the role of the last person named before it in the sentence."""
        for ent in idx.ents:
            if ent.label_ != "ROLE" or ent.start in used or ent.start < 3:
                continue
            if [t.lower_ for t in doc[ent.start - 3 : ent.start]] != ["en", "tant", "que"]:
                continue
            sentence = idx.ents_in(idx.sent(ent.start))
            named = [e for e in sentence if e.label_ == "PERSON" and e.end <= ent.start]
            person = people.get(person_key(named[-1].text)) if named else None
            if person is not None and not person["role"]:
                used.add(ent.start)
                self._set_role(person, ent)

    def roles_as(self, doc: Doc, idx: DocIndex, people: dict[str, Official], used: set[int],
                 describe: Callable[[Doc, Span], Descriptor] | None = None) -> None:
        """`X prête serment comme ministre de la Défense`, `Y a été confirmée comme cheffe de la diplomatie`:
        a bare role (no article: a capacity, not a comparison with someone, `comme le ministre`) right after
        `comme` (grammar `as_words`) is the role of the last person named before it in its sentence, when
        no verb of succession governs it (`roles_succeeded`) and that person has no role yet. Adjectives
        and their adverb may stand between (`désigné comme tout premier commissaire`, `comme nouveau chef`).
        The body the role's complement names is his as it is after a comma (`présenté comme nouveau commandant
        de la composante Marine`)."""
        for ent in idx.ents:
            if ent.label_ != "ROLE" or ent.start in used or ent.start < 2 or "Plur" in ent.root.morph.get("Number"):
                continue
            at, grammar = ent.start - 1, self.lexicon.grammar
            while at > ent.start - 3 and at > 0 and not doc[at].ent_type_ and (doc[at].pos_ in ("ADJ", "ADV") or (
                    doc[at].pos_ == "DET" and doc[at + 1].pos_ == "ADJ"  # `tout premier`, not `le premier`
                    and doc[at].lower_ not in grammar.determiners | grammar.title_determiners)):
                at -= 1
            if doc[at].lower_ not in grammar.as_words:
                continue
            sentence = idx.sent(ent.start)
            if any(t.pos_ == "VERB" and t.lemma_.lower() in self.succession_verbs
                   for t in doc[sentence.start : at]):
                continue
            named = [e for e in idx.ents_in(sentence) if e.label_ == "PERSON" and e.end <= at]
            person = people.get(person_key(named[-1].text)) if named else None
            if person is not None and not person["role"]:
                used.add(ent.start)
                self._set_role(person, ent)
                if describe is not None and not person["organisation"]:
                    described = describe(doc, ent)
                    self._set_org(person, described.org, ent, described.country)

    def roles_succeeded(self, doc: Doc, idx: DocIndex, people: dict[str, Official], used: set[int]) -> None:
        """`X a succédé à Y comme chef d'état-major`: a role after `comme` (grammar `as_words`) in the
        clause of a verb of succession (`succession_verbs`) is its subject's, and was the one it succeeded,
        the name between the verb and the role. Only for a person with no role yet."""
        by_token = _people_by_token(doc, people)
        for ent in idx.ents:
            if ent.label_ != "ROLE" or ent.start in used or ent.start < 2 \
                    or doc[ent.start - 1].lower_ not in self.lexicon.grammar.as_words:
                continue
            sentence = idx.sent(ent.start)
            verb = next((t for t in reversed(doc[sentence.start : ent.start - 1])
                         if t.pos_ == "VERB" and t.lemma_.lower() in self.succession_verbs), None)
            if verb is None:
                continue
            subjects = [self._person_of(c, by_token) for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
            successor = next((p for p in subjects if p is not None), None)  # `La générale X`: two read as subjects
            named = [e for e in idx.ents_in(sentence) if e.label_ == "PERSON" and verb.i < e.start < ent.start]
            succeeded = by_token.get(named[0].start) if named else None
            for person in (successor, succeeded):
                if person is not None and not person["role"]:
                    self._set_role(person, ent)
                    used.add(ent.start)

    def roles_of_predecessors(self, doc: Doc, idx: DocIndex, people: dict[str, Official]) -> None:
        """`X, nouveau chef de la Défense, succède à l'amiral Y`, `Le nouveau préfet maritime succède au
        vice-amiral Y`: the one succeeded (the person object of a verb of succession, `succession_verbs`)
        held the office of his successor, the subject (a person's present role, or the role written as
        the subject); a participle (`..., succédant à Y`) takes the subject of the clause it hangs on.
        Not when the verb names another capacity (`comme`), a replacement (`par`) or a removal (`de ses
        fonctions`), nor in the passive. Only for a predecessor with no role yet."""
        by_token = _people_by_token(doc, people)
        role_at = {k: e for e in idx.ents if e.label_ == "ROLE" for k in range(e.start, e.end)}
        blockers = {*self.lexicon.grammar.as_words, "par", "de", "d'", "d’"}
        for i in idx.lemmas_in(self.succession_verbs, 0, len(doc)):  # not a loop over `doc`: a Token per word
            verb = doc[i]
            if verb.pos_ != "VERB":
                continue
            kids = list(verb.children)
            if any(c.dep_ in ("nsubj:pass", "aux:pass") for c in kids) \
                    or any(g.dep_ == "case" and g.lower_ in blockers for c in kids for g in c.children):
                continue
            objects = [self._named_by(c, by_token) for c in kids if c.dep_ in ("obj", "obl", "obl:arg", "iobj")]
            predecessor = next((p for p in objects if p is not None), None)

            if predecessor is None or predecessor["role"]:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subjects and verb.dep_ in PARTICIPLE_LINKS:
                subjects = _clause_subjects(verb)
            if not subjects:
                continue
            # `Le lieutenant-général X`: the parser may make the rank a subject beside the name
            subject = next((c for c in subjects if self._named_by(c, by_token) is not None), subjects[0])
            successor = self._named_by(subject, by_token)
            if successor is predecessor:
                continue
            if successor is not None and successor["role"] and not successor["rules"].get("past_role"):
                predecessor["role"], predecessor["role_as_written"] = successor["role"], successor["role"]
                predecessor["rules"]["role"] = successor["rules"]["role"]
                if successor["organisation"] and not predecessor["organisation"]:  # the office's body too
                    predecessor["organisation"] = successor["organisation"]
                    predecessor["organisation_id"] = successor["organisation_id"]
                    predecessor["rules"]["organisation"] = successor["rules"].get("organisation", "")
            elif successor is None and subject.i in role_at:
                self._set_role(predecessor, role_at[subject.i])

    @staticmethod
    def _named_by(token, by_token: dict) -> Official | None:
        """The person a noun stands for: its own name, or the name hung on its rank (`l'amiral X`)."""
        if token.i in by_token:
            return by_token[token.i]
        return next((by_token[c.i] for c in token.children
                     if c.i in by_token and c.dep_ in ("appos", "flat", "flat:name", "nmod")), None)

    def roles_predicated(self, doc: Doc, idx: DocIndex, people: dict[str, Official], used: set[int],
                         describe: Callable[[Doc, Span], Descriptor]) -> None:
        """A role a verb says of its subject, read from the parse: `X est devenu le nouveau chef de la
        Défense`, `X a été nommé directeur`, `X est ministre de la Défense` (a copula), `X quittera ses
        fonctions de chef de l'Armée`, `X occupait le poste de vice-chef`. Only for a person with no role yet."""
        by_token = _people_by_token(doc, people)
        for ent in idx.ents:
            if ent.label_ != "ROLE" or ent.start in used or "Plur" in ent.root.morph.get("Number"):
                continue
            subject = self._predicate_subject(_role_root(ent))
            if subject is None:
                continue
            person = self._person_of(subject, by_token)
            if person is None or person["role"]:
                continue
            used.add(ent.start)
            described = describe(doc, ent)
            self._set_role(person, ent)
            self._set_org(person, described.org, ent, described.country)
            if described.country is not None and not person["country"]:
                person["country"] = self._country_name(described.country)
            if any(c.lower_ in self.new_holder_words for c in ent.root.children):  # `devenu le nouveau chef`
                person["rules"]["new_holder"] = ent._.source

    def _predicate_subject(self, root):
        """The subject a role is said of: of its copula, of the holding verb it is the attribute of,
        or of the verb whose object is the office noun it complements."""
        def subject_of(head):
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]
            # `Le général X prend ...`: the parse may read both the rank and the name as subjects
            subject = next((c for c in subjects if c.pos_ == "PROPN"), subjects[0] if subjects else None)
            if subject is not None and subject.pos_ == "PRON" and head.dep_ == "acl:relcl" \
                    and subject.lower_ in self.lexicon.grammar.subject_relatives:
                # `X, qui s'est proclamé chef du CNSP`: the relative pronoun stands for X; `X, qui était alors
                # chef du CNSP`, `qui fut ...`: a role of the past, not his
                verbs = [head, *(c for c in head.children if c.dep_ in ("aux", "aux:pass", "cop"))]
                if any("Fin" in t.morph.get("VerbForm") and set(t.morph.get("Tense")) & {"Imp", "Past", "Fut"}
                       for t in verbs):
                    return None
                return head.head
            return subject

        if any(c.dep_ == "cop" for c in root.children):
            return subject_of(root)
        head = root.head
        if head.i == root.i:
            return None
        if root.dep_ == "nmod" and head.dep_ == "obl:mod" and head.i < root.i and head.pos_ == "NOUN" \
                and head.head.pos_ in ("VERB", "AUX") and not any(c.dep_ == "case" for c in head.children):
            root, head = head, head.head  # `nommé mardi chef de ...`: the parse hangs the title on a bare day
        if head.dep_ == "ROOT" and head.i == head.sent.start and root.dep_ == "nmod" and self._holding_participle(head):
            # `Nommé CEMA au 1er septembre, le général X ...`: the parser may read the fronted participle as a noun,
            # the root, and the subject after the comma as its conjunct: the role is that subject's
            return next((c for c in head.children if c.dep_ in ("conj", "appos") and c.i > root.i
                         and c.pos_ in ("NOUN", "PROPN")), None)
        if head.pos_ in ("VERB", "AUX") and self._holding_verb(head) \
                and root.dep_ in ("xcomp", "obj", "obl:mod", "obl:arg", "obl"):
            if head.dep_ == "acl" and "Part" in head.morph.get("VerbForm"):
                return head.head  # `X, désigné comme premier commissaire à la Défense`: the participle's noun
            return subject_of(head)
        if root.dep_ == "nmod" and (head.lemma_.lower() in self.office_nouns or head.lower_ in self.office_nouns) \
                and head.dep_ == "obj" and head.head.pos_ == "VERB":
            return subject_of(head.head)
        return None

    def _holding_verb(self, token) -> bool:
        """A verb of `holding_verbs`. The lemmatizer leaves the present of a first-group verb whose form is
        also a noun as it is (`demeure`, `reste`): such a form, read as a verb, is its infinitive less `r`."""
        lemma = token.lemma_.lower()
        return lemma in self.holding_verbs or lemma.endswith("e") and lemma + "r" in self.holding_verbs

    def _holding_participle(self, token) -> bool:
        """`Nommé`, `Désignée`: the past participle of a first-group verb of `holding_verbs`, whatever the tag."""
        return any(token.lower_ in (verb[:-2] + "é", verb[:-2] + "ée") for verb in self.holding_verbs
                   if verb.endswith("er"))

    def ranks_promoted(self, doc: Doc, idx: DocIndex, people: dict[str, Official]) -> None:
        """`X a été élevé au grade de général de corps d'armée`, `X, promu général de brigade`: a rank given
        by a promotion (ranks.yml `promotion_verbs`, `grade_nouns`) is the one its subject holds from then
        on, over the rank written before the name. A plural subject (`quatre colonels ont été promus ...`)
        names its officers in the next sentence (`Il s'agit de X, de Y`). Not a promotion planned or denied."""
        by_token: dict[int, Official] | None = None
        for ent in idx.ents:
            if ent.label_ != "RANK":
                continue
            verb = self._promotion_verb(ent.root) or self._promotion_verb(ent[0])  # `promu lieutenant-colonel`
            if verb is None or not _promotion_done(verb):
                continue
            by_token = by_token if by_token is not None else _people_by_token(doc, people)
            for person in self._promoted(idx, verb, by_token):
                person["rank"], person["rules"]["rank"] = ent._.normalized, ent._.source

    def _promotion_verb(self, root):
        """The promotion verb a rank is given by: through `au grade de`, `à la dignité de`, or as the
        verb's bare attribute (`nommé général de brigade`); None for any other rank."""
        head = root.head
        if root.dep_ == "nmod" and head.lemma_.lower() in self.grade_nouns \
                and any(c.dep_ == "case" for c in head.children):
            root, head = head, head.head
        elif root.dep_ not in ("xcomp", "obj", "obl:mod", "obl:arg") or any(c.dep_ == "case" for c in root.children):
            return None
        if head.i == root.i or head.i > root.i or head.pos_ not in ("VERB", "ADJ") \
                or not {head.lemma_.lower(), head.lower_} & self.promotion_verbs:
            return None
        return head

    def _promoted(self, idx: DocIndex, verb, by_token: dict[int, Official]) -> list[Official]:
        """The people a promotion verb names: its subjects (the noun a participle hangs on), or, for a
        plural subject that names no one, the people of the next sentence when it opens a list
        (`enumeration_verbs`: `Il s'agit de X, de Y`)."""
        if verb.dep_ == "acl":
            subjects = [verb.head]
        else:
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")] or [
                c for c in verb.children if c.i < verb.i and c.pos_ == "NOUN"  # the parse may miss the subject:
                and not any(k.dep_ == "case" for k in c.children)]  # a bare noun before the verb
        subjects += [c for s in subjects for c in s.children if c.dep_ == "conj"]
        found = [p for s in subjects if (p := self._person_of(s, by_token)) is not None]
        if found or not any("Plur" in s.morph.get("Number") for s in subjects):
            return found
        sentence = idx.sent(verb.i)
        colon = next((t.i for t in sentence if t.i > verb.i and t.text == ":"), None)
        if colon is not None:  # `trois colonels ont été promus ... : X, Y et Z`
            listed = verb.doc[colon + 1 : sentence.end]
        elif sentence.end < len(verb.doc) \
                and idx.sent(sentence.end).root.lemma_.lower() in self.enumeration_verbs:
            listed = idx.sent(sentence.end)  # `Il s'agit de X, de Y`
        else:
            return []
        named = [by_token.get(e.start) for e in idx.ents_in(listed) if e.label_ == "PERSON"]
        return [p for p in named if p is not None]

    @staticmethod
    def _titles_a_name(role: Span) -> bool:
        """`la reine Maxima`: a title written right before a capitalised name is that name's, even when
        the name was not read as a person's; it refers back to no one."""
        doc = role.doc
        if role.end >= len(doc):
            return False
        nxt = doc[role.end]
        return nxt.is_alpha and nxt.text[:1].isupper() and not nxt.text.isupper() and not nxt.is_sent_start \
            and nxt.ent_type_ in ("", "MISC", "PERSON") and nxt.pos_ != "DET"

    def _said_of_pronoun(self, role: Span) -> bool:
        """`elle était devenue la première cheffe du DDPS à ...`, `il est le chef d'état-major`: a role said
        by a verb of a pronoun subject is that pronoun's, not a reference to the person named last."""
        subject = self._predicate_subject(role.root)
        return subject is not None and subject.pos_ == "PRON"

    @staticmethod
    def _person_of(token, by_token: dict) -> Official | None:
        """The person a subject names: the name itself, or a title whose name it governs (`Le commandant
        de corps Thomas Süssli`: the rank is the subject, the name its apposition)."""
        todo = [token]
        while todo:  # down the title's own words only (`le successeur de X` is not X)
            token = todo.pop(0)
            if token.i in by_token:
                return by_token[token.i]
            titled = token.ent_type_ in ("RANK", "ROLE")  # `le lieutenant-général X`: the rank's words go on
            todo += [c for c in token.children if c.dep_ in ("appos", "flat:name")
                     or titled and c.dep_ == "nmod" and c.ent_type_ in ("RANK", "PERSON")]
        return None

    def role_references(self, doc: Doc, idx: DocIndex, people: dict[str, Official], used: set[int],
                        describe: Callable[[Doc, Span], Descriptor] | None = None) -> None:
        """`la ministre a ensuite rencontré ...`: a role named alone, in the singular, refers to the
        person of the article holding it who was spoken of last. It becomes a mention of that person.

        When nobody holds it yet, a definite role (`le président ukrainien`, `le nouveau Premier ministre
        australien`, `la présidente du Conseil italien`) names the person spoken of last, in the
        sentences just before, who has no role and no other country (`coreferent`): that person
        takes the role, and the country its complement says (`describe`)."""
        starts = {p["key"]: sorted(s for s, _ in p["mentions"]) for p in people.values()}  # for a bisect

        def last_before(person: Official, char: int) -> int:
            return starts[person["key"]][bisect_left(starts[person["key"]], char) - 1]

        def said_before(person: Official, char: int) -> int:
            return bisect_left(starts[person["key"]], char)

        for ent in idx.ents:
            if ent.label_ != "ROLE" or ent.start in used or ent.start == 0:
                continue
            if "Plur" in ent.root.morph.get("Number"):
                continue
            if (introduced := self._named_next(idx, people, ent)) is not None:
                _note_title(introduced, ent)  # `le ministre de X, porte-parole de Y, Z`: Z is `le ministre` too
            article = self._definite_before(doc, ent)
            if article is None or self._said_of_pronoun(ent) or self._titles_a_name(ent) \
                    or _listed_beside_a_name(ent):
                continue
            described = describe(doc, ent) if describe is not None else None
            country = self._country_name(described.country) if described and described.country is not None else ""
            country = country or self._title_country(ent)  # `le président du Faso`: a title of one country
            seat = "" if country or described is None else self._seat_country(described.org)
            speaker = self._incise_speaker(idx, people, ent, article)
            own = "" if country or speaker is None else self._own_country(idx, ent)
            speaker_country = "" if speaker is None else self._country_of(speaker)
            if speaker is not None and not speaker["role"] \
                    and speaker_country in ("", country or own or speaker_country):
                self._set_role(speaker, ent)  # `X a soutenu ... : « ... », a déclaré le président de la République`
                if described is not None:
                    self._set_org(speaker, described.org, ent, described.country)
                if (country or own and self.home) and not speaker["country"]:
                    speaker["country"] = country or own
                    if not country:
                        speaker["rules"]["story_country"] = True
                used.add(ent.start)
                speaker["mentions"].append([ent.start_char, ent.end_char])
                insort(starts[speaker["key"]], ent.start_char)
                continue
            if speaker is not None and speaker["role"] and speaker_country in ("", country or speaker_country) \
                    and self._same_gender(speaker, _gender(ent)) and self._holds(people, speaker, ent):
                used.add(ent.start)  # `X a appelé ... « ... », a déclaré le président`: X, a head of state
                speaker["mentions"].append([ent.start_char, ent.end_char])
                insort(starts[speaker["key"]], ent.start_char)
                continue
            holders = role_holders(people.values(), ent, self.lexicon.entry(ent.id_).get("same_as"))
            own_id = ent.id_.removeprefix("roles:")  # `le président` for the one recorded as `chef de l'État`
            holders += [p for p in people.values() if p not in holders and not p["organisation"] and own_id in
                        (self.lexicon.entry(p["rules"].get("role", "").removeprefix("rule:")).get("same_as") or [])]
            holders += self._titled(people, holders, ent)
            unplaced = None
            if country:  # `le Premier ministre australien`: not the British one named before
                stands_for = self.lexicon.entry(ent.id_).get("same_as") or []  # `chef de l'État`: a `président`
                holders += [p for p in people.values() if p not in holders and self._role_id(p) in stands_for
                            and p["organisation"] and not self._international(p)
                            and self._country_of(p) == country]  # `le chef de la diplomatie française`: the
                # French minister, recorded with his ministry, not a foreign minister of no country yet
                same = [p for p in holders if self._country_of(p) == country]
                code = self._country_code(country)
                unknown = [p for p in holders if (not self._country_of(p) or p["rules"].get("story_country"))
                           and (p["role"] == ent._.normalized or self._role_id(p) in stands_for
                                or self._stands_for_role(p, own_id) and not self._untitled_meant(
                                    idx, people, ent, p, country, starts))  # `le chef de l'État`, then
                           # `le président français`; not him when the text has just told of an untitled person
                           and p["first_char"] < ent.start_char and self._same_gender(p, _gender(ent))
                           and not self._international(p)
                           and not self._other_side(p, code)]  # `X a reçu son homologue français`: not X
                exact = [p for p in unknown if p["role"] == ent._.normalized]  # the one so called, before
                if not same and (len(exact) == 1 or not exact and len(unknown) == 1):  # one it stands for
                    unplaced = (exact or unknown)[0]  # `le chef de l'État camerounais`
                holders = same
            if described is not None and described.org is not None:  # `le chef d'état-major de la Marine`
                holders = [p for p in holders if not p["organisation"] or p["organisation_id"] == described.org.id_
                           or p["organisation"] == described.org._.normalized]
                if self._international_org(described.org):  # `le président du Conseil européen`: not the
                    holders = [p for p in holders if p["organisation"] or not self._country_of(p)]  # one of a country
            if seat:  # `le chef du Pentagone`: the head of an American house, never another country's minister
                holders += self._house_heads(people, holders, ent, described.org)  # the secretary of defense
                holders = [p for p in holders if self._country_of(p) in ("", seat)]
            own = "" if country or described is None or described.org is not None else self._own_country(idx, ent)
            if own:  # `le chef de l'État` alone: the story's own, not the foreign president named before
                mine = [p for p in holders if self._country_of(p) in ("", own)]
                if not mine and self.home not in self.countries:  # the title's default country, a guess:
                    mine = [p for p in holders if p["role"] == ent._.normalized]  # the one holder of that title
                    mine, own = (mine, "") if len(mine) == 1 else ([], own)
                holders = mine
            if not holders:  # `la présidente de la commission` for the person recorded as `présidente`
                fixed = self.lexicon.entry(ent.id_).get("organisation")  # `le CEMM`: not the head of another service
                holders = [p for p in people.values() if p["role"] and ent._.normalized.startswith(p["role"] + " ")
                           and not (fixed and p["organisation_id"] not in ("", f"organisations:{fixed}"))
                           and (not own or self._country_of(p) in ("", own))
                           and (not country or self._country_of(p) in ("", country))]  # `le ministre allemand`
            gender = _gender(ent)
            holders = [p for p in holders if self._same_gender(p, gender)]
            before = [p for p in holders if p["first_char"] < ent.start_char]
            if own and any(p["country"] == own for p in before):  # the one said to be of the story's country
                before = [p for p in before if p["country"] == own]
            if (second := _second_title(ent)) is not None:  # `le ministre secrétaire général`: the one holding
                both = f"{ent._.normalized} {second._.normalized}"  # both titles, not another minister named since
                before = [p for p in before if p["role"].startswith(both) or p["role_as_written"].startswith(both)] \
                    or before
            window = self._window(idx, ent)
            named = ent._.normalized  # holders of the role itself, anywhere; of a role it stands for, recently
            recent = [p for p in before if p["role"] == named or p["role"].startswith(named + " ")
                      or last_before(p, ent.start_char) >= window]
            apposed = self._introduces(idx, ent, article, self.lexicon.grammar.and_words)
            if own and self.home and (holder := self._apposed_holder(doc, people, ent)) is not None \
                    and not holder["country"]:  # `Le Président de la République, M. X`: X is of the story's country
                holder["country"] = own
                holder["rules"]["story_country"] = True
            plain = doc[article].lower_ in self.lexicon.grammar.definite_articles | {"l'", "l’"}
            if any(t.lower_ in self.next_holder_words for t in doc[article + 1 : ent.start]):
                continue  # `le prochain président`: whoever it will be, no one named
            new = any(t.lower_ in self.new_holder_words for t in doc[article + 1 : ent.start])
            if new:  # `le nouveau chef d'état-major`: not the holder named so far, his successor
                recent = [p for p in recent if p["role"] and p["rules"].get("new_holder")]
            person = None  # `accompagné du gouverneur militaire`: after a preposition, only a nationality refers back
            if described is not None and not recent and not apposed and (plain or country or new) \
                    and not (own and before):  # the one holder of the title in the story's country: he
                # `la prise de commandement du nouveau préfet maritime`: after a preposition, a holder said
                # to be new refers back to the person just named as taking the post
                person = self._coreferent(idx, people, ent, country or own or seat, starts, window, gender,
                                          continuing=bool(own) and in_subject(ent.root))
                if person is None and not before:  # further back, only the subject the story is about
                    wider = self._window(idx, ent, 2 * COREFERENCE_SENTENCES)
                    person = self._coreferent(idx, people, ent, country or own or seat, starts, wider, gender,
                                              subject=True)
                    if person is not None and own and person["rank"]:  # a national title far from an officer
                        person = None  # named by rank is not his: `le président de la République` is someone else
                if person is None and not before and (country or seat) and not new and unplaced is None:
                    person = self._only_of_country(people, ent, country or seat, gender)
            # `X et son épouse ont été accueillis par le président Y ... en l'honneur du président français`:
            # the subject told of just before, spoken of more than the one holder, is what the story is about
            topic = unplaced is not None and person is not None and not self._country_of(person) \
                and person is self._coreferent(idx, people, ent, country, starts, window, gender, subject=True) \
                and said_before(person, ent.start_char) > said_before(unplaced, ent.start_char)
            if unplaced is not None and not apposed and not topic \
                    and (person is None or self._country_of(person) != country):
                person = None  # a person of that country named just before, else the one holder of no known country
                unplaced["country"] = country
                unplaced["rules"].pop("story_country", None)
                before, plain, new = [unplaced], True, False
            if own and person is not None and not person["country"] and self.home:
                person["country"] = own  # the head of state of the story's country is of that country
                person["rules"]["story_country"] = True  # a guess: a nationality written of him later wins
            if person is not None:
                self._set_role(person, ent)
                person["rules"]["past_role"] = False
                self._set_org(person, described.org, ent, described.country)
                if new:
                    person["rules"]["new_holder"] = ent._.source
                if country and (not person["country"] or person["rules"].get("story_country")):
                    person["country"] = country  # a nationality written of him beats the story's country
                    person["rules"].pop("story_country", None)
                used.add(ent.start)
            elif before and plain and new:  # the holder said to be new, else none
                newer = [p for p in before if p["rules"].get("new_holder")]
                if not newer:
                    continue
                person = max(newer, key=lambda p: last_before(p, ent.start_char))
            elif before and plain:
                before = [p for p in before if not self._other_office(p, named)] or before
                before = self._of_gender(before, gender) or before
                person = max(before, key=lambda p: last_before(p, ent.start_char))
            else:
                continue
            person["mentions"].append([ent.start_char, ent.end_char])
            insort(starts[person["key"]], ent.start_char)
            if gender and not person["rules"].get("gender"):
                person["rules"]["gender"] = gender  # `le ministre ukrainien` said of X: `la ministre` is someone else

    @staticmethod
    def _of_gender(people: list[Official], gender: str) -> list[Official]:
        """Of the people a feminine title may refer to, those known as women: the feminine is the marked
        form (`la ministre` is said of a woman; `le ministre` of anyone whose gender the text left unsaid)."""
        if gender != "Fem":
            return []
        return [p for p in people if p["rules"].get("gender") == gender]

    def _holds(self, people: dict[str, Official], person: Official, role: Span) -> bool:
        """The person holds the title a role names alone: the same or a longer form of it, a title it
        stands for or one that stands for it (`same_as`), in the table or among his other titles."""
        same_as = self.lexicon.entry(role.id_).get("same_as")
        if person in role_holders([person], role, same_as) or self._titled(people, [], role).count(person):
            return True
        own_id = role.id_.removeprefix("roles:")
        return not person["organisation"] and own_id in (self.lexicon.entry(
            person["rules"].get("role", "").removeprefix("rule:")).get("same_as") or [])

    def _title_country(self, role: Span) -> str:
        """The country a title is always of (`country` in roles.yml: `président du Faso`), else ''."""
        code = self.lexicon.entry(role.id_.removesuffix("#head")).get("country") or ""
        return self.countries[code]["name"] if code in self.countries else ""

    def _titled(self, people: dict[str, Official], holders: list[Official], role: Span) -> list[Official]:
        """The people, besides the holders found, given the title a role names alone in another of their
        titles (`_note_title`): the same title or a longer form of it, or a title it stands for (`same_as`)."""
        name = role._.normalized
        same = {f"rule:roles:{r}" for r in self.lexicon.entry(role.id_).get("same_as") or []}
        return [p for p in people.values() if p not in holders and not p["rules"].get("past_role")
                and any(t == name or t.startswith(name + " ") or rule in same and not p["organisation"]
                        for t, rule in _titles(p))]  # `le chef de l'État`: a president of a country, not of a body

    @staticmethod
    def _role_id(person: Official) -> str:
        """The id of the person's role in roles.yml (`president-transition`), else ''."""
        source = person["rules"].get("role", "").removeprefix("rule:")
        return source.removeprefix("roles:").removesuffix("#head") if source.startswith("roles:") else ""

    def _other_office(self, person: Official, named: str) -> bool:
        """`le Grand-Duc` is not the `Grand-Duc héritier`, `le directeur` not the `directeur adjoint`: the
        role named, then a qualifier (grammar.yml `role_qualifiers`), is another office."""
        extra = person["role"][len(named):].split() if person["role"].startswith(named + " ") else []
        return bool(extra) and extra[0].lower() in self.lexicon.grammar.role_qualifiers

    @staticmethod
    def _incise_speaker(idx: DocIndex, people: dict[str, Official], role: Span, article: int) -> Official | None:
        """`X a soutenu l'objectif : « ... », a déclaré le président`: a role that is the subject put after
        the verb of an incise closing a quotation is the speaker the sentence opened with, the person
        named as the subject of its clause before the quotation."""
        doc = role.doc
        verb = doc[article - 1] if article > 0 else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or role.root.head.i != verb.i \
                or not role.root.dep_.startswith(("nsubj", "obj")):  # an inverted subject is often read as object
            return None
        k = verb.i - 1
        while k > 0 and (doc[k].pos_ == "AUX" or doc[k].text == ","):
            k -= 1
        if doc[k].text not in ("»", '"', "”"):
            return None
        sentence = idx.sent(role.start)
        opening = next((t.i for t in doc[sentence.start : k] if t.text in ("«", '"', "“")), None)
        if opening is None:
            return None
        firsts = {s: p for p in people.values() for s, _ in p["mentions"]}
        for e in idx.ents_in(sentence):
            if e.label_ == "PERSON" and e.end <= opening and e.start_char in firsts and in_subject(e.root) \
                    and not any(t.pos_ in ("VERB", "AUX") for t in doc[sentence.start : e.start]):
                return firsts[e.start_char]  # the subject before any verb, not an object read as one
        return None

    @staticmethod
    def _apposed_holder(doc: Doc, people: dict[str, Official], role: Span) -> Official | None:
        """The person a title is apposed to over a comma and words of address (`Le Président de la
        République, Son Excellence Monsieur X`): named next, with no verb nor preposition in between."""
        if role.end >= len(doc) or doc[role.end].text != ",":
            return None
        firsts = {s: p for p in people.values() for s, _ in p["mentions"]}
        for token in doc[role.end + 1 : role.end + 8]:
            if token.idx in firsts:
                return firsts[token.idx]
            if token.pos_ in ("VERB", "AUX", "ADP") or token.is_punct:
                return None
        return None

    def _own_country(self, idx: DocIndex, role: Span) -> str:
        """The country a national title written without one names (`le chef de l'État`, `le président de
        la République`): the story's own, else the title's default (`default_country` in roles.yml, of the
        role or of a role it stands for) unless the text is written from elsewhere; none when its sentence
        names another country before it (`Au Sénégal, le président de la République ...`)."""
        entry = self.lexicon.entry(role.id_.removesuffix("#head"))
        defaults = [entry.get("default_country")] + [self.lexicon.entry(f"roles:{r}").get("default_country")
                                                     for r in entry.get("same_as") or []]
        default = next((c for c in defaults if c), None)
        if default is None:
            return ""
        code = self.home if self.home in self.countries \
            else self._setting_country(default) if default in self.contrasted \
            else "" if default in self.abroad else default
        if code not in self.countries:
            return ""
        sentence = idx.sent(role.start)
        for s in group_spans(role.doc, "lexicon"):
            if sentence.start <= s.start < role.start and s.id_.startswith("countries:") \
                    and not s.id_.startswith("countries:r.") and s.id_.removeprefix("countries:") != code:
                return ""
        return self.countries[code]["name"]

    @staticmethod
    def _same_gender(person: Official, gender: str) -> bool:
        """`la ministre` refers to no one a masculine title was said of, `le ministre` to no woman."""
        own = person["rules"].get("gender", "")
        return not gender or not own or own == gender

    def _definite_before(self, doc: Doc, role: Span) -> int | None:
        """The definite singular article of a role named alone, over adjectives (`le nouveau Premier
        ministre`): `le`, `la`, `l'`, or one merged with a preposition (`au`, `du`), read from its morphology."""
        i = role.start - 1
        while i > 0 and doc[i].pos_ == "ADJ" and doc[i].dep_ == "amod" and doc[i].head.i in range(role.start, role.end):
            i -= 1
        token = doc[i]
        if token.lower_ in self.lexicon.grammar.definite_articles | {"l'", "l’"} and token.lower_ != "les":
            return i
        morph = token.morph
        if token.lower_ in self.lexicon.grammar.determiners and "Def" in morph.get("Definite") \
                and "Plur" not in morph.get("Number") and token.lower_ not in self.lexicon.grammar.elided_articles:
            return i
        return None

    @staticmethod
    def _introduces(idx: DocIndex, role: Span, article: int, and_words: frozenset | set = frozenset()) -> bool:
        """The role describes a name of its own sentence rather than one before it: an apposition
        (`Abdel-Fatau Musah, le commissaire`), a description over commas before a name (`Le président
        de la Transition, Chef de l'Etat, le colonel X`); or its sentence has no verb (a page's contact
        block, `Cabinet du ministre de la Défense`): no reference to a person named before."""
        doc = role.doc
        if article > 1 and doc[article - 1].text == "," and (doc[article - 2].ent_type_ == "PERSON"
                                                             or _named_alone(doc[article - 2])):
            return True  # not after a clause (`Nommé le 21 juillet, le nouveau chef d'état-major ...`), nor
            # after a place closing one (`Après un sommet avec la junte de Dakar, le chef de l'Etat ...`)
        sentence = idx.sent(role.start)
        if not any(t.pos_ in ("VERB", "AUX") for t in sentence):
            return True
        after = [e for e in idx.ents_in(sentence) if e.start >= role.end]
        nxt = next((e for e in after if e.label_ == "PERSON"), None)
        if nxt is None:
            return False
        between = doc[role.end : nxt.start]
        ands = [t.i for t in between if t.lower_ in and_words]
        if ands and any(e.label_ == "ROLE" and ands[0] < e.start < nxt.start for e in after):
            return False  # `par le président de X et par la présidente de Y, Z`: Z is the nearer title's
        return any(t.text == "," for t in between) and not any(t.pos_ in ("VERB", "AUX") for t in between)

    def _named_next(self, idx: DocIndex, people: dict[str, Official], role: Span) -> Official | None:
        """The person a title describes over commas, named next in its sentence with no verb in between
        and no preposition but `de` (`le ministre de X, porte-parole de Y, Z`; not `en présence du chef de
        l'État, par le secrétaire d'État, Z`), else None."""
        doc = role.doc
        nxt = next((e for e in idx.ents_in(idx.sent(role.start)) if e.start >= role.end and e.label_ == "PERSON"), None)
        between = doc[role.end : nxt.start] if nxt is not None else []
        of_words = self.lexicon.grammar.of_words
        if nxt is None or not any(t.text == "," for t in between) \
                or any(t.pos_ in ("VERB", "AUX") or t.pos_ == "ADP" and t.lower_ not in of_words for t in between):
            return None
        return next((p for p in people.values() if any(s == nxt.start_char for s, _ in p["mentions"])), None)

    @staticmethod
    def _window(idx: DocIndex, role: Span, sentences: int = COREFERENCE_SENTENCES) -> int:
        """The first character of the sentences just before a role's own, where what it refers to is."""
        first = idx.sent(role.start)
        for _ in range(sentences):
            if first.start == 0:
                break
            first = idx.sent(first.start - 1)
        return first.start_char

    def _coreferent(self, idx: DocIndex, people: dict[str, Official], role: Span, country: str,
                    starts: dict[str, list[int]], window: int, gender: str = "",
                    subject: bool = False, continuing: bool = False) -> Official | None:
        """The person a role named alone refers back to: named in one of the sentences just before the
        role's own (not in it: `X a reçu le président ukrainien` is not X), the nearest first, with no
        role yet and no other country than the one the role says; with `subject`, named as the subject
        of a clause there (`Emmanuel Macron, lui, était encore en Espagne`). With `continuing`
        (a title of the story's own country without a demonym, itself the subject of its clause), the
        subject of the nearest sentence comes first: `X reçoit Y et Z. Le président de la République a
        organisé ...` goes on telling of X, where a demonym (`le président ukrainien`) rather describes a guest."""
        sentence = idx.sent(role.start)  # where its sentence begins, should the parser have run two together
        stops = [t for t in role.doc[sentence.start : role.start] if t.text in (".", "!", "?")]
        own = stops[-1].idx + 1 if stops else sentence.start_char
        candidates = []
        doc = role.doc
        ahead = [t for t in role.doc[role.end : sentence.end] if t.text in (".", "!", "?")]
        end = ahead[0].idx if ahead else sentence.end_char  # where its sentence ends, should the parser run on
        others = {p["key"] for p in people.values()  # `alors que X affirmait ..., le président français`
                  if any(_named_apart(role, s) for s in starts[p["key"]] if own <= s < end)}
        for person in people.values():
            at = [s for s in starts[person["key"]] if window <= s < own and not self._historical(idx, s)]
            if subject:
                at = [s for s in at if (m := doc.char_span(s, s + 1, alignment_mode="expand")) is not None
                      and (in_subject(m.root) or _topic(m, self.lexicon.grammar.subject_pronouns))]
            if at:
                candidates.append((max(at), person))
        grammar = self.lexicon.grammar
        genitive = {p["key"] for at, p in candidates if _genitive(doc, at, grammar.of_words, grammar.leadership_nouns)}
        aside = {p["key"] for at, p in candidates if _in_relative_of(doc, at, [a for a, q in candidates if q is not p])}
        sentences = {p["key"]: idx.sent(doc.char_span(at, at + 1, alignment_mode="expand").start).start
                     for at, p in candidates}
        subjects = {p["key"] for at, p in candidates if _subject_at(doc, at)}
        datives = {p["key"] for at, p in candidates if _dative_at(doc, at, grammar.dative_prepositions)}
        reported = {p["key"] for at, p in candidates if _reported_at(doc, at)}
        ordered = sorted(candidates, key=lambda c: c[0], reverse=True)
        if not subject:  # `X a promis à Y ... Le président français`: in the nearest sentence, Y told to comes last
            ordered = sorted(ordered, key=lambda c: (sentences[c[1]["key"]], continuing and c[1]["key"] in subjects,
                                                     c[1]["key"] not in datives or not any(
                sentences[p["key"]] == sentences[c[1]["key"]] and p["key"] not in datives for _, p in candidates),
                c[1]["key"] not in reported), reverse=True)
        else:  # `X a indiqué que Y pourrait venir`: of two subjects in one sentence, the one who says comes first
            ordered = sorted(ordered, key=lambda c: (sentences[c[1]["key"]], c[1]["key"] not in reported), reverse=True)
        if (told := _told_with_names(idx, role, people)) is not None:  # `le T1 a reçu le T2 ... X a reçu Y`
            held = told["role"] and not told["rules"].get("past_role")
            if held or country and self._country_of(told) not in ("", country) \
                    or not self._same_gender(told, gender):
                return None
            return told
        joined, meant = _respective(idx, role, candidates, grammar)  # `X et Y ... le T1 et le T2`
        if joined and meant is None and (ahead := self._titled_ahead(idx, people, role, grammar)) is not None:
            held = ahead["role"] and not ahead["rules"].get("past_role")  # `le T1 et le T2 ... X et Y`
            if held or country and self._country_of(ahead) not in ("", country) \
                    or not self._same_gender(ahead, gender):
                return None
            return ahead
        if meant is not None:  # the name at the title's place in a list of as many names
            ordered = [c for c in ordered if c[1] is meant] + [c for c in ordered if c[1] is not meant]
        beside = self._beside_possessor(role, sentence)  # `À ses côtés, le président américain`: not him
        for last, person in ordered:
            if person["key"] in genitive and person["key"] not in subjects \
                    and any(sentences[p["key"]] == sentences[person["key"]] and p["key"] not in genitive
                            and (subject or p["key"] not in datives) for _, p in candidates):
                continue  # `X salue les héritiers de Y`: Y, a noun's complement, is not what the story is about
            if person["key"] in aside or person["key"] in others:
                continue  # `X, qui venait de rencontrer Y, a été critiqué`: Y, told of by X's relative clause, is aside
            if _alone_on_a_line(doc, person):
                continue  # `Sputnik Afrique` over its dateline: the outlet or the author of the page, no official
            held = person["role"] and not person["rules"].get("past_role")  # `l'ancien président X ... le médiateur`
            if held or not (" " in person["name"] or person["rank"] or person["titled"]):
                continue  # `contre Washington`: a one-word name alone is rarely a person
            if country and self._country_of(person) not in ("", country):
                continue
            if country and self._other_side(person, self._country_code(country)):
                continue  # `X a accueilli son homologue ukrainien`: X is not `le président ukrainien`
            if not self._same_gender(person, gender) or gender == "Masc" and _kin_of_a_woman(doc, last):
                continue
            if beside:
                beside = False  # the one the possessive stands for: the person the title would refer back to
                continue
            return person
        return None

    def _beside_possessor(self, role: Span, sentence: Span) -> bool:
        """`À ses côtés, le président américain s'est dit confiant`, `en sa compagnie, le ministre`: before
        the title in its sentence, a noun of being beside someone (roles.yml `beside_nouns`) with a possessive
        of one possessor: the title is of another person than the one the possessive refers back to."""
        grammar = self.lexicon.grammar
        singular = set(grammar.possessive_determiners) - set(grammar.plural_possessives)
        return any(t.lower_ in self.beside_nouns and any(c.lower_ in singular for c in t.children)
                   for t in role.doc[sentence.start : role.start])

    @staticmethod
    def _titled_ahead(idx: DocIndex, people: dict[str, Official], role: Span, grammar=None) -> Official | None:
        """The person a title joined by `et` to others names when the names come after the titles, in a
        list of as many (`_named_after`)."""
        titles = _titles_joined(idx, role, grammar)
        if len(titles) < 2 or role.start not in titles:
            return None
        return _named_after(idx, role, len(titles), titles.index(role.start), _people_by_token(idx.doc, people),
                            grammar.and_words if grammar is not None else frozenset())

    def _only_of_country(self, people: dict[str, Official], role: Span, country: str,
                         gender: str) -> Official | None:
        """`le président russe` said paragraphs after the one Russian the text names (no role, no rank,
        a full name): a title with a demonym refers to the one person of that country named before it,
        however far, when no one else of that country is named before."""
        before = [p for p in people.values() if p["first_char"] < role.start_char
                  and self._country_of(p) == country]
        if len(before) != 1:
            return None
        person = before[0]
        if person["role"] or person["rank"] or " " not in person["name"] or not self._same_gender(person, gender) \
                or _alone_on_a_line(role.doc, person):
            return None
        return person

    @staticmethod
    def _historical(idx: DocIndex, char: int) -> bool:
        """The mention is in a sentence dated long before the publication (`l'armée du général X qui a
        débarqué en août 1944`): a figure of history, whom no title of the story's present refers to."""
        published = idx.doc._.published[:4]
        span = idx.doc.char_span(char, char + 1, alignment_mode="expand")
        if not published.isdigit() or span is None:
            return False
        years = [e._.normalized[:4] for e in idx.ents_in(idx.sent(span.start)) if e.label_ == "DATE"]
        return any(y.isdigit() and int(y) <= int(published) - HISTORY_YEARS for y in years)

    def _stands_for_role(self, person: Official, role_id: str) -> bool:
        """The person's title stands for that role (`chef de l'État` for `président`)."""
        return role_id in (self.lexicon.entry(f"roles:{self._role_id(person)}").get("same_as") or [])

    def _untitled_meant(self, idx: DocIndex, people: dict[str, Official], role: Span, holder: Official,
                        country: str, starts: dict[str, list[int]]) -> bool:
        """`X est reçu par Y à l'Élysée. « ... », a insisté le président ukrainien`: a title with a
        demonym refers to the person the story is telling of and has not yet titled (X, the subject of
        the sentences before), not to Y, a holder of a title it stands for, whose country the text never
        wrote. Only of a holder whose country is the story's guess or unwritten (the caller's case)."""
        if holder["rules"].get("story_country"):
            return False  # `le chef de l'État` under a dateline, then `le président français`: him
        gender = _gender(role)
        person = self._coreferent(idx, people, role, country, starts, self._window(idx, role), gender)
        if person is None:
            wider = self._window(idx, role, 2 * COREFERENCE_SENTENCES)
            person = self._coreferent(idx, people, role, country, starts, wider, gender, subject=True)
        return person is not None and person is not holder

    def _country_code(self, name: str) -> str:
        """The id in countries.yml of a country written by its name (`Ukraine`: `ua`), else ''."""
        return next((c for c, e in self.countries.items() if e["name"] == name), "")

    def _country_of(self, person: Official) -> str:
        """A person's country as it will be written: the text's, else the one the role or organisation implies."""
        return self.finish(dict(person))["country"]

    def _country_name(self, country: Span) -> str:
        """A demonym two countries share (`congolais`, listed under `cd` with `demonyms_also_of: [cg]`)
        is the story's country when that is the other one (`POINTE-NOIRE, 20 septembre (Xinhua)`), or,
        in a story of no known country, the other one when the text names it most (`shared_reading`)."""
        code = country.id_.removeprefix("countries:")
        setting = self.home or self.shared_reading.get(code, "")  # or the other one the text names most
        if country.label_ == "MISC" and setting in (self.countries.get(code, {}).get("demonyms_also_of") or []):
            return self.countries[setting]["name"]
        if not country._.normalized and code in self.countries:  # a demonym read inside an organisation's name
            return self.countries[code]["name"]
        return country._.normalized

    def _set_role(self, person: Official, role: Span) -> None:
        """`chef d'[état-major général des Forces armées béninoises]`: the organisation took the tail of
        the role's term, leaving `chef` as the ROLE span (`#head`); the role is still the whole term's."""
        _note_title(person, role)
        person["role"], person["rules"]["role"] = role._.normalized, role._.source
        person["role_as_written"] = as_written(role, self.lexicon.grammar)
        if _plural_head(role):  # `les présidents X et Y`: each is `président`; `les chefs d'Etat X et Y`: `chef d'Etat`
            written, head = as_written(role), role[0].text
            singular = role._.normalized.split()[0]
            person["role_as_written"] = singular + written[len(head):] if written.lower().startswith(head.lower()) \
                else role._.normalized
        elif (second := _second_title(role)) is not None:  # `ministre secrétaire général`: one title of two
            person["role_as_written"] = f"{as_written(role)} {as_written(second, self.lexicon.grammar)}"
        if role.id_.endswith("#head"):
            full = self.lexicon.entry(role.id_.removesuffix("#head")).get("role")
            if full:
                person["role"] = person["role_as_written"] = full
        if (named := self._with_body(role)) is not None:  # `chef du Département fédéral des affaires étrangères`
            person["role"] = person["role_as_written"] = named
        elif (presided := self._presided_body(role)) is not None:  # `président de l'Assemblée nationale`
            person["role_as_written"] = presided

    def _presided_body(self, role: Span) -> str | None:
        """A presiding title (roles.yml `presided_kinds`: `président`) right before `de` and a chamber or a
        council or committee (an organisation of one of those kinds, else one whose first word is in
        `presided_words` whatever kind the lists give it: `Parlement`, `Chambre`, `Comité des chefs
        d'état-major`) keeps the body in the title as written: `président de l'Assemblée nationale`,
        `présidente du Sénat`, `président du conseil départemental`; the body stays the organisation. None otherwise
        (`président de la République` is its own term; `président du Nigeria`, of no chamber). A chief of staff
        keeps the armed service his staff commands the same way (`chef d'état-major de l'armée de Terre`)."""
        entry = self.lexicon.entry(role.id_.removesuffix("#head"))
        kinds = set(entry.get("presided_kinds") or [])
        if not kinds or _plural_head(role):
            return None
        doc, grammar = role.doc, self.lexicon.grammar
        i = role.end
        if i >= len(doc) or doc[i].lower_ not in grammar.of_words:
            return None
        if i + 1 < len(doc) and doc[i + 1].lower_ in grammar.definite_articles | grammar.elided_articles:
            i += 1
        org = DocIndex.of(doc).ent_starting(i + 1)
        if org is None or org.label_ != "ORG":
            return None
        listed = self.orgs.get(org.id_.removeprefix("organisations:"))
        named_so = org[0].lower_ in set(entry.get("presided_words") or [])  # `Comité ...`, `Commission ...`
        if listed is not None and listed.get("kind") not in kinds and not named_so or listed is None and not named_so:
            return None
        return " ".join(f"{as_written(role, grammar)} {doc[role.end : org.end].text}".split()).replace("\u2019", "'")

    def _with_body(self, role: Span) -> str | None:
        """A title that names no office without the body it heads (`with_body` in roles.yml: `chef de
        département`, `chef de bureau`) is written with it: the organisation's name that took the tail
        of its term (`chef` + `du` + `Département fédéral des affaires étrangères`), else the adjectives
        of its noun that are no demonym (`chef du bureau présidentiel` of `chef du bureau présidentiel
        ukrainien`). None for other titles, or when nothing follows."""
        if not self.lexicon.entry(role.id_.removesuffix("#head")).get("with_body"):
            return None
        doc = role.doc
        ents = {e.start: e for e in DocIndex.of(doc).ents}
        end = role.end
        if role.id_.endswith("#head"):
            i = role.end
            while i < min(role.end + 3, len(doc)) and i not in ents and doc[i].lower_ in self.lexicon.grammar.of_words \
                    | self.lexicon.grammar.definite_articles | {"l'", "l’", "du", "des"}:
                i += 1
            org = ents.get(i)
            if org is None or org.label_ != "ORG":
                return None
            end = org.end
        else:
            while end < len(doc) and end not in ents and doc[end].pos_ == "ADJ" and doc[end].dep_ == "amod" \
                    and doc[end].head.i in range(role.start, end) and not doc[end].is_title:
                end += 1
            if end == role.end:
                return None
        return " ".join(doc[role.start : end].text.split())

    def _seat_country(self, org: Span | None) -> str:
        """`le chef du Pentagone`, `le locataire de l'Élysée`: a body named by its seat (organisations.yml
        `seats`) is one country's house; the country's name, else ''."""
        entry = self.orgs.get(org.id_.removeprefix("organisations:"), {}) if org is not None else {}
        code = entry.get("country") or ""
        seats = {_fold(x) for x in entry.get("seats") or []}
        if code not in self.countries or not {_fold(org.text), _fold(org._.normalized)} & seats:
            return ""
        return self.countries[code]["name"]

    def _house_heads(self, people: dict[str, Official], holders: list[Official], role: Span,
                     org: Span) -> list[Official]:
        """`le chef du Kremlin` for the Russian president named before: a head title (roles.yml `house_head`)
        of a house refers to the one holding a title the house's body `heads` (organisations.yml)."""
        if not self.lexicon.entry(role.id_.removesuffix("#head")).get("house_head"):
            return []
        heads = set(self.orgs.get(org.id_.removeprefix("organisations:"), {}).get("heads") or [])
        return [p for p in people.values() if p not in holders and self._role_id(p) in heads
                and not p["rules"].get("past_role")]

    def _international_org(self, org: Span) -> bool:
        """A listed body of no country (`le Conseil européen`, `l'OTAN`): a title of it is no national office."""
        org_id = org.id_.removeprefix("organisations:")
        return org.id_.startswith("organisations:") and org_id in self.orgs and not self.orgs[org_id].get("country")

    def _international(self, person: Official) -> bool:
        """The person holds his title in a listed body of no country (`le président du Conseil
        européen`): a national title with a demonym (`le président français`) is not his."""
        org_id = person["organisation_id"].removeprefix("organisations:")
        return bool(org_id) and org_id in self.orgs and not self.orgs[org_id].get("country")

    def _foreign(self, org_id: str, country: Span | None) -> bool:
        """`chef d'état-major des armées nigériennes`: the French body the title names is not his."""
        code = self.orgs.get(org_id, {}).get("country")
        return bool(code and country is not None and country.id_ != f"countries:{code}")

    def _foreign_listed(self, org: Span, person: Official, country: Span | None) -> bool:
        """A listed body a title spells (`chef du renseignement militaire`: the French `Direction du renseignement
        militaire`) is not the holder's where his country, or the story's, is another (`affiliation.py`)."""
        code = self.orgs.get(org.id_.removeprefix("organisations:"), {}).get("country")
        if not code:
            return False
        if country is not None:
            return country.id_ != f"countries:{code}"
        return bool(person["country"]) and person["country"] != self.countries.get(code, {}).get("name")

    def _set_org(self, person: Official, org: Span | None, role: Span, country: Span | None = None) -> None:
        if org is not None and self._foreign(org.id_.removeprefix("organisations:"), country):
            # `son homologue ivoirien, ..., chef d'état-major de l'Armée de l'Air`: a body of his own
            # country that a listed body of another one spells the same: kept as written
            person["organisation"], person["organisation_id"] = org.text, ""
            person["rules"]["organisation"] = org._.source + "+as-written"
            return
        if org is not None:
            person["organisation"], person["organisation_id"] = org._.normalized, org.id_
            person["organisation_as_written"] = org.text
            person["rules"]["organisation"] = org._.source
            if self._own_alias(org):
                person["rules"]["organisation"] += "+alias"  # `Sénat français`: no name other states share
            return
        implied = self.lexicon.entry(role.id_).get("organisation")
        if implied and implied in self.orgs and not self._foreign(implied, country):
            person["organisation"] = self.orgs[implied]["name"]
            person["organisation_id"] = f"organisations:{implied}"
            person["rules"]["organisation"] = role._.source
        elif not implied and (org := self.affiliation.of_role(role)) is not None \
                and not (org._.source.endswith("+listed") and self._foreign_listed(org, person, country)):
            seat = self.affiliation.office_seat(role, org)  # `commissaire` of the UE: the Commission européenne
            person["organisation"], person["organisation_id"] = seat or (org._.normalized, org.id_)
            person["rules"]["organisation"] = org._.source + ("+office" if seat else "") + "+affiliation"

    def _own_alias(self, org: Span) -> bool:
        """The text names a listed body by one of its other names (organisations.yml `aliases`, `seats`:
        `Sénat français`, `palais du Luxembourg`, `Marine française`), which only that country's body bears;
        its short name (`la Marine`, `la Présidence`: a term or a reading of its name) is the name every state
        gives its own. A body whose `shared_name` lists the names others share (`armée de l'Air`) has every
        other name its own (`armée de l'Air et de l'Espace`)."""
        entry = self.orgs.get(org.id_.removeprefix("organisations:"), {})
        written = fold_text(org.text)
        if isinstance(entry.get("shared_name"), list):  # the names other states share, the others its own
            return written not in {fold_text(n) for n in entry["shared_name"]}
        if org.text.isupper() or written == fold_text(entry.get("name") or org._.normalized or ""):
            return False
        return written in {fold_text(a) for a in [*(entry.get("aliases") or []), *(entry.get("seats") or [])]}

    def led(self, person: Official, m: Span) -> None:
        """`X dirige depuis septembre le Commandement allié Transformation`: the organisation a verb of
        leading says its subject leads is the person's now; a past role (`ancien chef d'état-major de la
        Marine`) and its organisation are not (`affiliation.py`)."""
        if person["organisation"] and not person["rules"].get("past_role"):
            return
        led = self.affiliation.led_with(m)
        if led is None:
            return
        org, verb = led
        if person["rules"].get("past_role"):
            person["role"] = person["role_as_written"] = ""
            person["rules"].pop("role", None)
            person["rules"]["past_role"] = False
        person["organisation"], person["organisation_id"] = org._.normalized, org.id_
        person["rules"]["organisation"] = (org._.source or "model") + "+led"
        if verb is not None and not person["rules"].get("gender"):
            # `présidée par la libérale allemande X`: the word the agent is said in tells a woman
            agent = next((c for c in verb.children if c.dep_ == "obl:agent" and m.root.head.i == c.i), None)
            if agent is not None and agent.morph.get("Gender") in (["Fem"], ["Masc"]):
                person["rules"]["gender"] = agent.morph.get("Gender")[0]
        if not person["role"] and verb is not None and (title := self._leader_title(verb, person)) is not None:
            person["role"], person["role_as_written"], person["rules"]["role"] = title

    def led_in_relative(self, person: Official, m: Span) -> None:
        """`le général X, qui commande la 9e brigade`: a person given no title whose relative clause says with
        a verb of leading that he leads a body holds the title naming that verb's subject (roles.yml
        `leading_verb`), written with the body as its complement: `commandant de la 9e brigade`
        (`affiliation.py` `leading_relative`: not a command of another time, `qui a commandé`)."""
        if person["role"]:
            return
        led = self.affiliation.leading_relative(m)
        if led is None or (title := self._leader_title(led[0], person)) is None:
            return
        role, written, rule = title
        person["role"], person["role_as_written"] = f"{role} {led[1]}", f"{written} {led[1]}"
        person["rules"]["role"] = rule + "+relative"

    def _leader_title(self, verb: Token, person: Official) -> tuple[str, str, str] | None:
        """`la commission, présidée par X`, `l'Eurocorps, commandé par X`: the one a
        verb of leading says leads a body holds the title that names its agent (roles.yml `leading_verb`:
        `présider` -> `président`), written in its feminine term for a woman; canonical role, role as
        written and the rule. None for a verb no title names."""
        lemma = verb.lemma_.lower()
        for role_id, entry in self.lexicon.by_file("roles").items():
            if entry.get("leading_verb") and (lemma == entry["leading_verb"] or verb.lower_.startswith(
                    entry["leading_verb"][:-2])):
                terms = entry.get("terms") or [entry["role"]]
                written = terms[1] if person["rules"].get("gender") == "Fem" and len(terms) > 1 else entry["role"]
                return entry["role"], written, f"rule:roles:{role_id}"
        return None

    def affiliate(self, person: Official, m: Span) -> None:
        """The organisation the words right after a name give when no role does (`affiliation.py`)."""
        org = self.affiliation.after_name(m)
        if org is not None:
            person["organisation"], person["organisation_id"] = org._.normalized, org.id_
            person["rules"]["organisation"] = (org._.source or "model") + "+affiliation"
        elif (org := self.affiliation.heads_by_verb(m)) is not None:
            person["organisation"], person["organisation_id"] = org._.normalized, org.id_
            person["rules"]["organisation"] = (org._.source or "model") + "+heading"
        elif (appointed := self.affiliation.appointed_to(m, self.holding_verbs)) is not None:
            org, title = appointed  # `X a été nommé à la direction de la Sécurité de l'État`
            person["organisation"], person["organisation_id"] = org._.normalized, org.id_
            person["rules"]["organisation"] = (org._.source or "model") + "+appointed"
            if title and not person["role"]:
                person["role"] = person["role_as_written"] = title
                person["rules"]["role"] = person["rules"]["organisation"]

    def finish(self, person: Official) -> Official:
        """A national organisation, else a national role (`président de la République`), tells the
        country when the text did not. A default of the rules (the role's country, or that of the
        organisation the role implies) gives way to the country of the story when it has one."""
        org = self.lexicon.entry(person["organisation_id"])
        role_source = person["rules"].get("role", "")
        role = self.lexicon.entry(role_source.removeprefix("rule:").removesuffix("#head"))
        implied = person["rules"].get("organisation") == role_source
        # `Présidence de la République`: any republic's; not so spelt with its country (`Sénat français`)
        shared = bool(org.get("shared_name")) and not person["rules"].get("organisation", "").endswith("+alias")
        # `armée de l'Air` (a list of the names others share): the canonical name is that country's own
        written = shared and isinstance(org.get("shared_name"), list)
        for code, by_default, guess, body in ((role.get("country"), False, False, False),
                                              (org.get("country"), implied or shared, shared, written),
                                              (role.get("default_country"), True, True, False)):
            if not person["country"] and code in self.countries:
                if by_default and not self.home and code in self.contrasted \
                        and (setting := self._setting_country(code)):
                    code = setting  # a title said bare against the same title of that country: the story's country
                    self._not_listed(person, implied, body)
                elif by_default and not self.home and (code in self.abroad or guess and not self._says(code)):
                    self._not_listed(person, False, body)
                    break  # a text that calls that country's bodies by their demonym is written from elsewhere;
                    # one that never names that country is not about the holder of a title any state has
                elif by_default and not self.home and self._other_side(person, code):
                    code = self._setting_country(code)  # `X a reçu son homologue français`: X is of another
                    self._not_listed(person, implied, body)
                    if code not in self.countries:
                        break
                if by_default and self.home and self.home != code and self.home in self.countries:
                    code = self.home  # `chef d'état-major des armées` of Niger: his own état-major, not `fr.ema`
                    self._not_listed(person, implied, body)
                person["country"] = self.countries[code]["name"]
        if not person["country"] and not self.dated_home and self.home in self.countries \
                and self._portfolio_title(person):
            person["country"] = self.countries[self.home]["name"]  # `le ministre des Affaires étrangères`, at home
        return person

    @staticmethod
    def _not_listed(person: Official, implied: bool, written: bool) -> None:
        """The listed body a title implies, or one written by a name every state gives its own that is not
        its canonical one (organisations.yml `shared_name` as a list: `l'armée de l'Air`), is not the
        holder's when his country is another: his own body, of no listed entry (`chef d'état-major des
        armées` of Niger), written as the text does (`l'armée de l'Air` of Senegal, not the French
        `armée de l'Air et de l'Espace`). A shared canonical name (`Marine nationale`) stays his."""
        if implied or written:
            person["organisation_id"] = ""
        if written and not implied and person["organisation_as_written"]:
            person["organisation"] = person["organisation_as_written"]

    def _portfolio_title(self, person: Official) -> bool:
        """A minister's title with its portfolio and nothing else (`ministre des Affaires étrangères`, no
        demonym, no organisation of another country, said now): in a story from a country, that country's
        minister, as a national title written bare is. Not from a dateline: a dispatch filed abroad
        (`KIEV, 3 mars -`) names the ministers of its own country there."""
        words = (person["role"] or "").split()
        return len(words) > 1 and words[0].lower() in self.lexicon.grammar.portfolio_titles \
            and not person["organisation"] and not person["rules"].get("past_role")


def leaders_of_the_place(doc: Doc, officials: list, merger: PeopleMerger) -> None:
    """`il s'est rendu à Berlin : le chancelier X l'a accueilli`: the head of a government or a state
    (roles.yml `national_leader`; or `leader_alone`, `le président X`, held of no body, and only as one who
    receives) the text gives no country, named as the one who receives (subject or agent of a verb of
    roles.yml `receiving_verbs`), leads the country of the place the story stands in: the place a relative
    of place his clause opens with stands for (`au Rwanda, où il sera reçu par X`), else the first place
    his sentence names before him (a city of countries.yml `places`, or a country's name; a demonym
    qualifies a title of either side and says nothing of the place; a place named later is often where
    the visitor came from, `arrivé à Ottawa en provenance de Washington`)."""
    lexicon = merger.lexicon
    idx = DocIndex.of(doc)
    found: list[tuple[int, str]] = []
    for s in group_spans(doc, "lexicon"):
        if s.label_ != "MISC" and s.id_.startswith("countries:") and not s.id_.startswith("countries:r."):
            found.append((s.start, s.id_.removeprefix("countries:")))
    found += [(e.start, code) for e in idx.ents if e.label_ == "LOC" and (code := merger.places.get(_fold(e.text)))]
    found.sort()
    if not found:
        return
    ends = dict(_place_ends(doc, idx, merger))
    for person in officials:
        source = person["rules"].get("role", "").removeprefix("rule:").removesuffix("#head")
        entry = lexicon.entry(source)
        national = entry.get("national_leader")
        if person["country"] or person["rules"].get("past_role") or person["organisation"] and not national \
                or not (national or entry.get("leader_alone")):
            continue  # `le président X` of no body who receives: a head of state (roles.yml `leader_alone`)
        at = [idx.token_at_char(start) for start, _ in sorted(person["mentions"])]
        token = next((doc[i] for i in at if i is not None and _receives(doc[i], merger.receiving_verbs)), None)
        if not national and token is None:
            continue  # `à Washington, où il a rencontré le président X`: X may be a visitor there too
        # `attendu au Nigeria, où il doit s'entretenir avec le Premier ministre X`: the place the relative
        # stands for, before any other of the sentence (`Après Kinshasa, il est attendu au Rwanda, où ...`)
        code = next((c for i in at if i is not None and doc[i].ent_type_ == "PERSON"  # his name, not a title
                     and (c := _relative_place(doc[i], ends, lexicon))), "")
        if code:
            if code in merger.countries and not person["organisation"]:
                person["country"] = merger.countries[code]["name"]
            continue
        if token is None:
            continue
        codes = [code for i, code in found if token.sent.start <= i < token.i]
        if codes and codes[0] in merger.countries:
            person["country"] = merger.countries[codes[0]]["name"]


def _place_ends(doc: Doc, idx: DocIndex, merger: PeopleMerger) -> list[tuple[int, str]]:
    """The last token of each country's name and each city of the gazetteer, with its country."""
    ends = [(s.end - 1, s.id_.removeprefix("countries:")) for s in group_spans(doc, "lexicon")
            if s.label_ != "MISC" and s.id_.startswith("countries:") and not s.id_.startswith("countries:r.")]
    return ends + [(e.end - 1, code) for e in idx.ents
                   if e.label_ == "LOC" and (code := merger.places.get(_fold(e.text)))]


def _relative_place(token: Token, ends: dict[int, str], lexicon: Lexicon) -> str:
    """`au Nigeria, où il doit s'entretenir avec le président X`: the country of the place a relative of
    place (grammar.yml `place_relatives`) stands for, when it opens the clause naming the leader (not
    as its subject; the name inside the relative clause), after the place (over a comma) and with no
    other place between; else ''."""
    relatives = lexicon.grammar.place_relatives
    doc = token.doc
    head = token
    while head.dep_ in ("flat:name", "flat", "appos") and head.head is not head:
        head = head.head
    if head.dep_.startswith("nsubj"):
        return ""  # `en Slovaquie, où le Premier ministre X a été reçu`: the visitor, not the one met
    for j in range(token.i - 1, token.sent.start, -1):
        if j in ends:
            return ""  # a place nearer the leader than any relative
        if doc[j].lower_ in relatives:
            if not doc[j].head.is_ancestor(token):
                return ""  # `à Washington, où il avait rencontré X, il a été accueilli par Y`: Y is not in it
            k = j - 1 if doc[j - 1].text != "," else j - 2
            return ends.get(k, "")
    return ""


def _receives(token: Token, verbs: set[str]) -> bool:
    """The name's head is the subject of a receiving verb (`X l'a accueilli`), or its agent (`reçu par
    le président, puis par X`: the agent of the verb, or one coordinated to that agent)."""
    while token.dep_ in ("flat:name", "flat", "appos", "conj") and token.head is not token:
        if token.dep_ == "conj" and token.head.dep_ not in ("obl:agent", "nsubj", "appos", "flat:name"):
            break
        token = token.head
    verb = token.head
    agent = token.dep_ == "obl:agent" or token.dep_.startswith("obl") and _after_par(token)
    return (token.dep_ == "nsubj" or agent) and verb.lemma_.lower() in verbs



def _after_par(token: Token) -> bool:
    """`par le chancelier X`: `par` right before the name, over its article and title (nouns, adjectives)."""
    j = token.i - 1
    while j >= token.sent.start and token.i - j <= 5 and token.doc[j].pos_ in ("DET", "NOUN", "ADJ", "PROPN"):
        j -= 1
    return j >= token.sent.start and token.doc[j].lower_ == "par"


def leaders_at_home(doc: Doc, officials: list, merger: PeopleMerger) -> None:
    """`le Premier ministre X`, `le chef du gouvernement, X` in a story of one country (its outlet's,
    not a dateline's: a dispatch filed abroad names the leaders there): the head of a government or a
    state (roles.yml `national_leader`) the text gives no country, of no body, said now, is that
    country's, unless another holder of his office is of it (one holder a country: `le Premier
    ministre X` beside the home country's own is a foreign one) or a sentence naming him names
    another country or one of its cities before him (`en Israël, une rencontre avec le Premier
    ministre X`); a demonym there qualifies a title or a thing of either side and says nothing. One named
    before `son homologue` of that country in his sentence is of another (`le président X a reçu son
    homologue français` in a French story)."""
    home = merger.home
    if home not in merger.countries or home.startswith("r.") or merger.dated_home:
        return  # a region (`Afrique`) is no country whose leaders the story names
    lexicon = merger.lexicon
    idx = DocIndex.of(doc)
    places = [s.start_char for s in group_spans(doc, "lexicon") if s.label_ != "MISC" and s.id_.startswith("countries:")
              and not s.id_.startswith("countries:r.") and s.id_.removeprefix("countries:") != home]
    places += [e.start_char for e in idx.ents if e.label_ == "LOC" and merger.places.get(_fold(e.text), home) != home]
    name = merger.countries[home]["name"]
    sides = merger.counterpart_sides(doc)
    for person in officials:
        source = _role_source(person)
        if person["country"] or person["organisation"] or person["rules"].get("past_role") \
                or not lexicon.entry(f"roles:{source}").get("national_leader"):
            continue
        if named_before_counterpart(person, sides, home):
            continue  # `X a reçu son homologue français`: X is the other side
        mine = _offices(lexicon, person)
        if any(o is not person and o["country"] == name and _offices(lexicon, o) & mine for o in officials):
            continue
        if _title_places_elsewhere(doc, idx, person, home, merger):
            continue  # `X, président de la transition au Burkina Faso`: his title's own place says his country
        opening = idx.sent_start_chars  # the start of the sentence of each mention
        if any(opening[bisect_right(opening, start) - 1] <= at < start for start, _ in person["mentions"]
               for at in places):
            continue
        person["country"] = name


def _title_places_elsewhere(doc: Doc, idx: DocIndex, person: Official, home: str, merger: PeopleMerger) -> bool:
    """`le capitaine X, président de la transition au Burkina Faso`: the title apposed to one of his names
    (a comma, then the title) ends on a place (`à`, `au`, `en`: grammar.yml `place_prepositions`,
    `country_prepositions`, over an article) that is another country than the story's, or one of its cities:
    the title is held there."""
    grammar = merger.lexicon.grammar
    over = grammar.place_prepositions | grammar.country_prepositions | grammar.definite_articles | {"l'", "l’"}
    for start, _ in person["mentions"]:
        at = idx.token_at_char(start)
        name = idx.ent_starting(at) if at is not None else None
        if name is None or name.end + 1 >= len(doc) or doc[name.end].text != ",":
            continue
        title = idx.ent_starting(name.end + 1)
        if title is None or title.label_ != "ROLE":
            continue
        i = title.end
        while i < len(doc) and doc[i].lower_ in over and i - title.end < 2:
            i += 1
        if i == title.end or doc[title.end].lower_ not in grammar.place_prepositions | grammar.country_prepositions:
            continue
        place = next((s for s in group_spans(doc, "lexicon") if s.start == i and s.label_ != "MISC"
                      and s.id_.startswith("countries:") and not s.id_.startswith("countries:r.")), None)
        code = place.id_.removeprefix("countries:") if place is not None else ""
        ent = idx.ent_starting(i)
        if not code and ent is not None and ent.label_ == "LOC":
            code = merger.places.get(_fold(ent.text), "")
        if code and code != home:
            return True
    return False


def named_before_counterpart(person: Official, sides: list[tuple[int, int, str]], code: str) -> bool:
    """The person is named before `son homologue` of that country (`PeopleMerger.counterpart_sides`) in one
    of his sentences."""
    return any(start <= m[0] and m[1] <= at for start, at, side in sides if side == code
               for m in person["mentions"])


def _role_source(person: Official) -> str:
    """The id of the person's role in roles.yml, as its rule names it (`premier-ministre`), else ''."""
    return person["rules"].get("role", "").removeprefix("rule:").removesuffix("#head").removeprefix("roles:")


def _offices(lexicon: Lexicon, person: Official) -> set[str]:
    """The ids of the office the person holds now: his role's, the roles it stands for (`same_as`) and
    those that stand for it (`chef de l'État` and `président de la République`)."""
    source = _role_source(person)
    if not source or person["rules"].get("past_role"):
        return set()
    same = set(lexicon.entry(f"roles:{source}").get("same_as") or [])
    return {source} | same | {rid for rid, e in lexicon.by_file("roles").items() if source in (e.get("same_as") or [])}


def shared_demonym_rivals(doc: Doc, officials: list, merger: PeopleMerger) -> None:
    """`le président congolais X` in a text whose head of that state (`congolais` of cd, shared with cg:
    countries.yml `demonyms_also_of`) is another person: one office has one holder per country, so the
    holder the shared demonym qualifies is of the other country sharing it."""
    lexicon = merger.lexicon
    shared = {e["name"]: (code, e["demonyms_also_of"]) for code, e in merger.countries.items()
              if len(e.get("demonyms_also_of") or []) == 1}
    demonyms = [s for s in group_spans(doc, "lexicon") if s.label_ == "MISC"
                and any(s.id_ == f"countries:{code}" for code, _ in shared.values())]
    if not demonyms:
        return
    text = doc_text(doc)

    def qualified(person: Official) -> bool:  # `président congolais X`: the demonym right before a name
        return any(any(s.end_char <= start and not text[s.end_char:start].strip() for s in demonyms)
                   for start, _ in person["mentions"])

    for person in officials:
        if person["country"] not in shared or not qualified(person):
            continue
        mine = _offices(lexicon, person)
        code, (other,) = shared[person["country"]]
        if mine and any(o is not person and o["country"] == person["country"] and _offices(lexicon, o) & mine
                        and not qualified(o) for o in officials) and other in merger.countries:
            person["country"] = merger.countries[other]["name"]
