"""Results cache: each document's rows kept beside the parse cache, so a re-run runs our stages only
on the documents a rule edit can change (early cut-off).

A document's rows (every table's, and its `documents` row) depend on its file (text, doc_id, path,
encoding...), on our code and the model, and on the rule book, never on the other documents of the
run: person ids, `people.csv` and `organisations.csv` are made after, by `export.TableWriter`. So an
entry is named by the document (`doc_key`: its file's values and the code's fingerprint, `code_print`,
which covers what names a parse-cache entry) and says for which rule book (`rules_print`) its rows
hold. It also keeps the document's words and lemmas, case- and accent-folded (`doc_words`).

A run with the same rules reuses every entry. After a rule edit, the rule book of the entry's run
(kept in `books/`) and the new one are compared key by key (`rule_changes`): when every changed
value is lexical (`LEXICAL_LISTS`, `ENTRY_LISTS`: word lists a stage matches against the text's
words or lemmas), the changed strings are the terms added or removed (all of an entry's terms, old
and new, when another of its fields changed, and the terms of every entry naming a changed one);
a document is run again only if, for some changed string, each of its words starts a word or a
lemma of the document (`stem`: a prefix, so inflected forms count). Any other change (a number, a
regular expression, `patterns.jsonl`, a list not known to be words) runs every document again.
When in doubt, run again: the tables are byte-identical to a run without this cache.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import importlib.metadata
import os
import pickle
import re
import tempfile
import zlib
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import LEMMA, NORM

from pipeline.components.stage import digest, rule_files
from pipeline.rulebook.loader import LINE
from pipeline.rulebook.terms import fold_text
from pipeline.run.cache import NORMALISE_CODE, SEAL, seal, sentence_rules_digest
from pipeline.run.export import Packed, document_row
from pipeline.run.ingest import Article
from pipeline.run.model import MODEL

FORMAT = 1  # bump when an entry's layout or what decides reuse changes
FOLDER = "results"  # inside the --cache folder
WORDS_KEY = "_words"  # the document's folded words and lemmas, beside its rows (`runner`), never written out
Rows = dict[str, Any]
Result = tuple[Article, Rows | Packed]  # Packed: the rows as stored (`export.Packed`)

# -- what is lexical: word lists a stage matches against the text's words or lemmas ----------------
# A top-level list of words: a change matters only to documents holding a word added or removed.
LEXICAL_LISTS: dict[str, set[str]] = {
    "roles": {"holding_verbs", "office_nouns", "new_holder_words", "next_holder_words", "succession_verbs",
              "receiving_verbs", "beside_nouns"},
    "meetings": {"not_place_prepositions", "end_verbs", "start_verbs", "start_nouns", "place_anaphors", "place_clitics",
                 "same_place_markers", "venue_verbs", "chambers", "chamber_kinds", "host_nouns", "seat_nouns",
                 "guest_nouns", "arrival_verbs", "visit_nouns", "topic_verbs", "side_markers", "group_words",
                 "pair_words", "host_markers", "planned_modals", "planned_words", "cancelled_words",
                 "postponed_words", "noun_other_heads", "noun_other_verbs", "not_participant_markers",
                 "not_participant_states", "participant_nouns", "noun_complement_words", "partner_words",
                 "spoken_of_pronouns", "anaphoric_determiners", "anaphoric_verbs", "companion_verbs",
                 "presence_verbs", "presence_words", "presence_nouns", "sequence_prepositions", "sequence_nouns",
                 "since_prepositions", "purpose_prepositions", "per_partner_nouns",
                 "separate_words", "attendance_phrases", "welcome_verbs", "clitic_objects", "session_speech_verbs",
                 "capital_words"},
    "names": {"civilities", "not_names", "thing_nouns", "thing_last_words"},
    "ranks": {"promotion_verbs", "grade_nouns", "enumeration_verbs"},
    "relations": {"counterparts", "member_nouns", "lead_verbs", "head_nouns", "guest_nouns"},
    # every list of grammar.yml but word endings and the two read before the model (parse-cache key)
    "grammar": {"determiners", "elided_articles", "definite_articles", "title_determiners", "of_words",
                "possessive_determiners", "heading_words", "leading_verbs", "title_linkers", "role_complements",
                "place_prepositions", "reflexive_pronouns", "subject_pronouns", "feminine_words", "name_particles",
                "place_relatives", "title_adverbs", "past_title_words", "description_continuers", "and_words",
                "plural_determiners", "indefinite_articles", "site_prepositions", "portfolio_titles",
                "topic_prepositions", "time_prepositions", "time_nouns", "day_parts", "rank_sections",
                "retirement_phrases", "role_qualifiers",
                "charge_words", "portfolio_holders", "as_words", "share_words", "contracted_articles"},
}
# Lists of entries whose changes can be followed entry by entry: (file, key) -> the entry's fields that
# are lists of words (their added/removed items are the changed strings). A change of any other field
# of an entry changes all its terms (`entry_terms`), old and new.
ENTRY_LISTS: dict[tuple[str, str], set[str]] = {
    ("ranks", "ranks"): {"terms"},
    ("roles", "roles"): {"terms"},
    ("organisations", "organisations"): {"acronyms", "aliases"},
    ("countries", "countries"): {"aliases", "demonyms", "places"},
    ("countries", "regions"): {"aliases", "demonyms"},
    ("meetings", "nouns"): {"terms"},
    ("meetings", "verbs"): {"forms", "terms"},
    ("meetings", "locations"): {"terms"},
    ("speech", "verbs"): {"forms"},
    ("speech", "markers"): {"terms"},
}
# Fields that name other entries or codes, never matched against the text: not an entry's terms.
REFERENCE_FIELDS = {"id", "organisation", "country", "default_country", "same_as", "parent", "counterpart_role",
                    "demonyms_also_of", "kind", "code", "service", "office_kind", "applies_to"}
# Fields whose value other entries or lists may use to name an entry.
NAMING_FIELDS = ("id", "name", "role", "rank", "lemma")
MANY = 16  # `extract --watch --jobs N`: fewer documents to run again than this run in this process


# -- fingerprints and keys --------------------------------------------------------------------------


def code_print() -> str:
    """Our code (every source of `pipeline/`), the model and spaCy, and what names a parse-cache entry:
    another of any, other entries."""
    sha = hashlib.sha256(f"f{FORMAT}\0{MODEL}\0".encode())
    for name in (MODEL, "spacy"):
        try:
            sha.update(f"{name}={importlib.metadata.version(name)}\0".encode())
        except importlib.metadata.PackageNotFoundError:
            sha.update(f"{name}=?\0".encode())
    root = Path(__file__).resolve().parent.parent
    for path in sorted(root.rglob("*.py")):
        sha.update(path.relative_to(root).as_posix().encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    sha.update(f"{NORMALISE_CODE}\0{sentence_rules_digest()}".encode())
    return sha.hexdigest()


def rules_print(rules: Path) -> str:
    return digest(rule_files(Path(rules)))


def doc_key(article: Article, code: str, published: str | None = None) -> str:
    """What a document's rows depend on besides the rules: its file as read, the code, the run's date."""
    values = repr((code, published, dataclasses.astuple(article)))
    return hashlib.sha256(values.encode("utf-8", "surrogatepass")).hexdigest()


# -- words --------------------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """`terms.fold_text` (case and accents, as the matcher folds), ligatures spelt out (`cœur`: `coeur`)."""
    return fold_text(text).replace("œ", "oe").replace("æ", "ae")


def words_of(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def doc_words(doc, text: str = "") -> tuple[str, ...]:
    """The folded words of a Doc's text and of the original text, and its tokens' folded lemmas and
    norms (`Mme` -> `madame`), sorted.

    The same words as `words_of` over each text, folded piece by piece: `fold` of a text is the
    `fold` of its blank-separated pieces joined by (folded) blank space, never part of a word
    (case folding looks at nothing across a blank, NFKD reorders marks only between two starters,
    and blank space folds to blank space), so every word lies in one piece. The two texts share
    nearly all their pieces, and a piece (`la`, `de`, a lemma) is folded once per process."""
    from pipeline.components.spans import doc_text

    pieces = set(doc_text(doc).split())
    pieces.update(text.split())
    if len(doc):  # the lemmas and norms (`Token.norm_`: its own, else its word's) of every token, as arrays
        strings = doc.vocab.strings
        pieces.update(strings[key] for key in numpy.unique(doc.to_array([LEMMA, NORM])).tolist())
    found: set[str] = set()
    for piece in pieces:
        found.update(_piece_words(piece))
    return tuple(sorted(found))


@functools.lru_cache(maxsize=1 << 16)
def _piece_words(piece: str) -> list[str]:
    return words_of(piece)


def stem(word: str) -> str:
    """The prefix a document word must start with to count as `word` (inflected forms count)."""
    return word[: max(3, (len(word) + 1) // 2)]


def mentions(words: tuple[str, ...], string: str) -> bool:
    """Whether each word of `string` starts a word of the sorted `words` (a string without words: yes)."""
    parts = words_of(string)
    if not parts:
        return True
    for part in parts:
        prefix = stem(part)
        at = bisect_left(words, prefix)
        if at >= len(words) or not words[at].startswith(prefix):
            return False
    return True


# -- what changed between two rule books ----------------------------------------------------------


@dataclass
class Change:
    """What a rule edit can change: every document (`everything` says why), or the documents that
    mention one of `strings`."""

    everything: str = ""
    strings: set[str] = field(default_factory=set)

    def touches(self, words: tuple[str, ...] | None) -> bool:
        if self.everything or words is None:
            return True
        return any(mentions(words, string) for string in self.strings)


class _Everything(Exception):
    pass


def clean(value: Any) -> Any:
    """A parsed rule value without the line numbers the loader adds (no stage reads them)."""
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items() if k != LINE}
    if isinstance(value, list):
        return [clean(v) for v in value]
    return value


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def entry_terms(entry: dict | None) -> set[str]:
    """Every string of an entry a stage may match against a text: all but its references."""
    if not entry:
        return set()
    return {s for key, value in entry.items() if key not in REFERENCE_FIELDS for s in _strings(value)}


def _list_change(old: Any, new: Any, where: str) -> set[str]:
    old, new = old or [], new or []
    if not (isinstance(old, list) and isinstance(new, list)
            and all(isinstance(v, str) for v in old + new)):
        raise _Everything(f"{where} changed")
    changed = set(old) ^ set(new)
    return changed or set(old) | set(new)  # the same words in another order: all of them


def rule_changes(old: dict | None, new: dict) -> Change:
    """What a document must hold for the edit from rule book `old` to `new` (`RuleBook.files`) to
    change its rows."""
    if old is None:
        return Change("the rules of the earlier run are not known")
    try:
        return Change(strings=_changes(clean(old), clean(new)))
    except _Everything as reason:
        return Change(str(reason))


def _changes(old: dict, new: dict) -> set[str]:
    strings: set[str] = set()
    changed: list[dict] = []  # entries changed, old and new versions: what other rules may name
    renamed: list[dict] = []  # those of them changed otherwise than in their word lists (or added, removed)
    for name in sorted(set(old) | set(new)):
        before, after = old.get(name), new.get(name)
        if before == after:
            continue
        if name == "patterns":
            raise _Everything("patterns.jsonl changed")
        if not (isinstance(before, dict) and isinstance(after, dict)):
            raise _Everything(f"{name}.yml changed")
        for key in sorted(set(before) | set(after), key=str):
            was, now = before.get(key), after.get(key)
            if was == now:
                continue
            where = f"{name}.yml `{key}`"
            if key in LEXICAL_LISTS.get(name, ()):
                strings |= _list_change(was, now, where)
            elif (name, key) in ENTRY_LISTS:
                strings |= _entry_changes(was, now, ENTRY_LISTS[name, key], where, changed, renamed)
            else:
                raise _Everything(f"{where} changed (not a word list)")
    strings |= _named_by_others(old, new, changed, renamed)
    return strings


def _by_id(entries: Any, where: str) -> dict[str, dict]:
    entries = entries or []
    if not isinstance(entries, list) or not all(isinstance(e, dict) and isinstance(e.get("id"), str)
                                                for e in entries):
        raise _Everything(f"{where} changed (an entry without id)")
    return {e["id"]: e for e in entries}


def _entry_changes(was: Any, now: Any, lists: set[str], where: str, changed: list[dict],
                   renamed: list[dict]) -> set[str]:
    before, after = _by_id(was, where), _by_id(now, where)
    if list(before) != [i for i in after if i in before]:
        raise _Everything(f"{where}: entries in another order")  # an entry's rank may decide between two
    strings: set[str] = set()
    for ident in sorted(set(before) | set(after)):
        old, new = before.get(ident), after.get(ident)
        if old == new:
            continue
        changed.extend(e for e in (old, new) if e)
        if old is None or new is None:
            strings |= entry_terms(old or new)
            renamed.append(old or new)
            continue
        for key in sorted(set(old) | set(new)):
            if old.get(key) == new.get(key):
                continue
            if key in lists:
                strings |= _list_change(old.get(key), new.get(key), f"{where} {ident} `{key}`")
            else:
                strings |= entry_terms(old) | entry_terms(new)
                renamed.extend((old, new))
    return strings


def _names(entries: Iterable[dict]) -> set[str]:
    return {fold(e[k]) for e in entries for k in NAMING_FIELDS if isinstance(e.get(k), str)}


def _named_by_others(old: dict, new: dict, changed: list[dict], renamed: list[dict]) -> set[str]:
    """The terms of every entry that names a changed entry, closed over; every document when a list
    that is not an entry, or a pattern, names one.

    An entry changed otherwise than in its word lists (`renamed`: a name, an organisation, a country,
    added or removed) may change what any entry naming it gives, by any field. One whose word lists
    alone changed acts as before wherever none of those words is: an entry naming it by `parent`,
    `organisation` or `country` reads its id and name, which did not change, so only the entries
    that stand for it (`TERM_LINKS`: `same_as`...) are added."""
    strings: set[str] = set()
    seen = {id(entry) for entry in changed}  # their own terms are counted already
    linked, named = _names(changed), _names(renamed)
    while linked or named:
        found_linked: set[str] = set()
        found_named: set[str] = set()
        for book in (old, new):
            for file, data in book.items():
                if not isinstance(data, dict):
                    continue
                for key, value in data.items():
                    if (file, key) in ENTRY_LISTS and isinstance(value, list):
                        for entry in value:
                            if id(entry) in seen or not isinstance(entry, dict):
                                continue
                            by_name = any(fold(s) in named for k, v in entry.items() if k not in LEXICAL_FIELDS
                                          for s in _strings(v))
                            by_link = any(fold(s) in linked for k, v in entry.items() if k in TERM_LINKS
                                          for s in _strings(v))
                            if by_name or by_link:
                                seen.add(id(entry))
                                strings |= entry_terms(entry)
                                (found_named if by_name else found_linked).update(_names([entry]))
                    else:
                        for s in _strings(value):
                            folded = fold(s)
                            if folded in named or any(folded.endswith(":" + n) for n in named):
                                raise _Everything(f"{file} `{key}` names a changed entry ({s})")
        linked, named = found_linked, found_named
    return strings


# the term lists of an entry name no other entry: a term equal to another entry's name is no reference
LEXICAL_FIELDS = {"terms", "acronyms", "aliases", "demonyms", "places", "forms"}
# the fields by which an entry stands for another (reads its terms, not only its id and name)
TERM_LINKS = {"same_as", "counterpart_role", "demonyms_also_of"}


# -- the store ------------------------------------------------------------------------------------


@dataclass
class ReuseStats:
    reused: int = 0
    rerun: int = 0
    why_all: str = ""  # when every document ran again for a reason other than having no entry
    write_errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        total = self.reused + self.rerun
        text = f"{self.rerun} of {total} document{'s' if total != 1 else ''} run through the rule stages, " \
               f"{self.reused} reused from the results of an earlier run"
        if self.rerun and not self.reused and self.why_all:
            text += f" (all: {self.why_all})"
        return text


class ResultsCache:
    """Entries `<folder>/results/<code print>/<key[:2]>/<key>.pickle`: (rules print, words, rows), and
    the rule book of every rules print met, `books/<rules print>.pickle`; in memory too with `memory`
    (`extract --watch`), or only there when `folder` is None."""

    def __init__(self, folder: Path | None, memory: bool = False) -> None:
        self.code = code_print()
        self.folder = Path(folder) / FOLDER / self.code[:24] if folder is not None else None
        self.memory: dict[str, Any] | None = {} if memory or folder is None else None
        self.stats = ReuseStats()
        self._books: dict[str, dict] = {}
        # in memory: what the table writer made of each stored entry's rows (`export.TableWriter` memo)
        self.written: dict | None = {} if self.memory is not None else None

    # -- entries

    def _path(self, key: str, kind: str = "") -> Path:
        assert self.folder is not None
        return self.folder / "books" / f"{key}.pickle" if kind == "book" else self.folder / key[:2] / f"{key}.pickle"

    def _load(self, key: str, kind: str = "") -> Any:
        if self.memory is not None and (kind, key) in self.memory:
            return self.memory[kind, key]
        if self.folder is None:
            return None
        try:
            entry = self._path(key, kind).read_bytes()
            data, digest_ = entry[: -len(SEAL) - 32], entry[-32:]
            if entry[-len(SEAL) - 32 : -32] != SEAL or hashlib.sha256(data).digest() != digest_:
                return None
            value = pickle.loads(zlib.decompress(data))
        except Exception:  # absent, damaged, another format: made again
            return None
        if self.memory is not None:
            self.memory[kind, key] = value
        return value

    def _store(self, key: str, value: Any, kind: str = "") -> None:
        if self.memory is not None:
            self.memory[kind, key] = value
        if self.folder is None:
            return
        path, temporary = self._path(key, kind), ""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".tmp-", suffix=".pickle", dir=path.parent)
            with os.fdopen(handle, "wb") as stream:
                stream.write(seal(zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)))
            os.replace(temporary, path)
        except OSError as error:
            self.stats.write_errors.append(f"{path}: {error}")
            if temporary:
                Path(temporary).unlink(missing_ok=True)

    def _restamp(self, key: str, entry: tuple) -> None:
        """An entry reused under other rules, stamped with them. Kept in memory (`extract --watch`),
        only there: the entry on disk keeps the rules its rows were made with, whose book is kept
        too (`books/`), so a later run compares its rules with those, and reuses it or not, as soundly
        (and a watch does not write every reused entry again at each save)."""
        if self.memory is not None:
            self.memory["", key] = entry
        else:
            self._store(key, entry)

    def book(self, rules: str) -> dict | None:
        if rules not in self._books:
            found = self._load(rules, "book")
            if found is None:
                return None
            self._books[rules] = found
        return self._books[rules]

    # -- a run

    def results(self, articles: Iterable[Article], rules: str, book: dict,
                run: Callable[[list[Article]], Iterable[Result]], published: str | None = None
                ) -> Iterator[Result]:
        """(article, rows) of every article, in order: an entry's rows (`export.Packed`, as stored) when
        the rules `rules` (the rule book `book`) cannot have changed them, else the rows `run` gives for
        the articles to run again (in their order), stored for the next run (then packed too)."""
        self.stats = stats = ReuseStats()
        book = pickle.loads(pickle.dumps(book, protocol=pickle.HIGHEST_PROTOCOL))  # as read: no stage changes it
        if self.book(rules) is None:
            self._books[rules] = book
            self._store(rules, book, "book")
        changes: dict[str, Change] = {}
        plan: list[tuple[Article, str, bytes | None]] = []  # article, key, the rows to reuse
        todo: list[Article] = []
        for article in articles:
            if article.error:
                plan.append((article, "", b""))
                continue
            key = doc_key(article, self.code, published)
            entry = self._load(key)
            rows = None
            if entry is not None:
                was, words, rows = entry
                if was != rules:
                    change = changes.get(was)
                    if change is None:
                        change = changes[was] = rule_changes(self.book(was), book)
                    if change.touches(words):
                        stats.why_all = stats.why_all or change.everything or "every document holds a changed term"
                        rows = None
                    else:  # the next edit is compared with these rules
                        self._restamp(key, (rules, words, rows))
            else:
                stats.why_all = stats.why_all or "no results of an earlier run with this code"
            plan.append((article, key, rows))
            if rows is None:
                todo.append(article)
                stats.rerun += 1
            else:
                stats.reused += 1
        fresh = iter(run(todo) if todo else ())
        for article, key, rows in plan:
            if rows == b"":
                yield article, {"documents": [document_row(article)]}
            elif rows is not None:
                yield article, Packed(rows)
            else:
                done, made = next(fresh)
                assert done.doc_id == article.doc_id, (done.doc_id, article.doc_id)
                words = made.pop(WORDS_KEY, None)
                if not done.error and made["documents"][0]["status"] == "ok":
                    packed = Packed.of(made)
                    self._store(key, (rules, words, packed.data))
                    made = packed
                yield done, made


def reuse_results(cache: ResultsCache, tasks: list, rules: Path, book: dict,
                  run: Callable[[list], Iterable[Result]], published: str | None = None) -> Iterator[Result]:
    """`ResultsCache.results` over the tasks of a run (`engines.plan`): `run` gets the tasks to run again."""
    from pipeline.run.engines import read

    articles = [read(task) for task in tasks]
    by_id = {id(article): task for article, task in zip(articles, tasks, strict=True)}
    return cache.results(articles, rules_print(rules), book, lambda todo: run([by_id[id(a)] for a in todo]),
                         published)
