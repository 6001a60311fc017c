"""Parse cache: the language model's output, one file per document, so a rule edit re-runs in seconds.

The model is nine tenths of a run; the rule and linking stages are cheap. Tuning rules means
re-running the same texts again and again, so the model's Doc for each text is kept on disk and
only the stages after the model run again.

What is stored is the model's output only, before any of our stages touch it: a `DocBin` without
user data (`store_user_data=False`), so no rule result can ever leak from one run into the next.

An entry is named by the sha256 of the text and of what made the Doc (model name and version,
spaCy version, the model's pipe names, this file's format number): another model or another spaCy
gives other names, so its entries are simply never read. Entries are written atomically (temporary
file, then rename), so an interrupted or concurrent run leaves whole files or none. An entry that
cannot be read, or that does not give back the very text asked for, is ignored and rebuilt: the
cache is never trusted over the model.

Each entry ends with a digest of its content (`SEAL` and the sha256 of the DocBin bytes before it;
zlib ignores what follows its stream, so the bytes stay a DocBin): an entry edited or damaged after
it was written does not match and is rebuilt. An entry larger than its text could need (file size,
or size once decompressed: a small file can hold a "zip bomb") is refused before it is decoded,
and rebuilt, so memory stays bounded whatever the cache folder holds.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy
import srsly
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from pipeline.components import sentences as _sentences
from pipeline.components.spans import TEXT_KEY, doc_text
from pipeline.run import normalise as _normalise
from pipeline.run.model import load_weights, model_version, rule_stages
from pipeline.run.normalise import Normalised

Parse = Callable[[Iterable[tuple[str, Any]]], Iterable[tuple[Doc, Any]]]
NO_GROUPS = srsly.msgpack_dumps([])  # how DocBin writes a Doc without span groups
FORMAT = 2  # bump when what is stored changes, so old entries are never read again (2: sealed)
SUFFIX = ".spacy"
SEAL = b"\0defnews-sha256\0"  # then 32 bytes: the sha256 of everything before SEAL
DIGEST_BYTES = 32
# Bounds per character of text: a DocBin of French news takes about 3.5 bytes compressed and 22 once
# decompressed per character (measured on data/raw); anything far above is not the model's output.
MAX_STORED_PER_CHAR, MAX_UNPACKED_PER_CHAR, SLACK = 64, 512, 1 << 20
NORMALISE_CODE = hashlib.sha256(Path(_normalise.__file__).read_bytes() + b"\0" + "\n".join(
    [*sorted(_normalise.wrap_words()), *_normalise.header_markers(),
     *sorted(_normalise.byline_openers())]).encode()).hexdigest()  # another cleaning, other entries


def cache_version(nlp: Language) -> str:
    """What decides whether a stored Doc is the one this model would produce."""
    model_pipes = [name for name in nlp.pipe_names if name not in rule_stages(nlp)]
    return f"{model_version(nlp)}-{'+'.join(model_pipes)}-f{FORMAT}-s{sentence_rules_digest()}"


def sentence_rules_digest() -> str:
    """The sentence stage runs before the parser, so its code and its word list are part of the parse:
    another of either, other entries (a stored Doc would keep the old sentence bounds)."""
    code = Path(_sentences.__file__).read_bytes()
    words = "\n".join(sorted(_sentences.title_abbreviations())).encode()
    return hashlib.sha256(code + b"\0" + words).hexdigest()[:12]


@dataclass
class CacheStats:
    """How many documents came from the cache, from the model, and how many entries were bad."""

    hits: int = 0
    misses: int = 0
    rebuilt: int = 0
    write_errors: list[str] = field(default_factory=list)


class ParseCache:
    """A folder of model outputs, keyed by text and model."""

    def __init__(self, folder: Path, nlp: Language, version: str | None = None) -> None:
        self.nlp = nlp
        self.version = version or cache_version(nlp)
        self.folder = Path(folder) / re.sub(r"[^A-Za-z0-9._+-]+", "_", self.version)
        self.stats = CacheStats()
        self.memory: dict[Path, Any] | None = None  # entries kept in this process too (`keep_in_memory`)
        self.disk = True

    def keep_in_memory(self, disk: bool = True) -> ParseCache:
        """Keep every entry read or written in memory as well (`extract --watch` re-runs the same
        texts again and again); `disk=False`: in memory only, the folder is neither read nor written."""
        self.memory, self.disk = {}, disk
        return self

    def _read(self, path: Path, chars: int) -> bytes | None:
        """The data of an entry for a text of `chars` characters, from memory or from its sealed
        file; None when absent, or (counted as rebuilt) unreadable, edited, damaged or oversized."""
        data = self.memory.get(path) if self.memory is not None else None
        if data is None and self.disk:
            try:
                if path.stat().st_size > MAX_STORED_PER_CHAR * chars + SLACK:
                    raise ValueError("larger than its text could need")
                data = unseal(path.read_bytes(), MAX_UNPACKED_PER_CHAR * chars + SLACK)
            except FileNotFoundError:
                return None
            except (OSError, ValueError):
                self.stats.rebuilt += 1
                return None
            if self.memory is not None:
                self.memory[path] = data
        return data

    def path(self, text: str) -> Path:
        """Where the Doc of `text` lives: two hex digits of fan-out keep folders small."""
        digest = hashlib.sha256(f"{self.version}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()
        return self.folder / digest[:2] / f"{digest}{SUFFIX}"

    def get(self, text: str) -> Doc | None:
        """The stored Doc of `text`, or None when absent, unreadable or not this text's."""
        path = self.path(text)
        data = self._read(path, len(text))
        if data is None:
            return None
        doc = self._decode(data, text)
        if doc is None or doc_text(doc) != text:  # a whole entry, but not of this text: rebuilt
            self.stats.rebuilt += 1
            return None
        return doc

    def _decode(self, data: bytes, text: str | None = None) -> Doc | None:
        """A Doc from bytes; any failure (truncated, not a DocBin, garbage) means no Doc. With `text`,
        a Doc whose words and spaces do not give back `text` is refused before it is built."""
        try:
            message = srsly.msgpack.loads(zlib.decompress(data), raw=False, use_list=True, object_pairs_hook=dict)
            return self._read_one(message, text) or _only(list(DocBin().from_bytes(data).get_docs(self.nlp.vocab)))
        except Exception:  # a damaged entry of any kind is rebuilt, never trusted
            return None

    def _read_one(self, msg: dict, text: str | None = None) -> Doc | None:
        """The Doc of a one-document DocBin message, as `DocBin.get_docs` builds it, in half the time.

        `DocBin.from_bytes` looks up msgpack extension decoders through the package metadata on every
        call, and `get_docs` makes a lexeme of every string (lemmas and tags too): together half the
        cost of a warm document. Anything but the plain model output this cache writes (several
        documents, span groups, user data, unknown spaces) returns None and goes through DocBin itself.
        """
        flags = (msg.get("flags") or [{}])[0]
        groups = (msg.get("span_groups") or [b""])[0]
        single = numpy.frombuffer(msg["lengths"], dtype="int32").size == 1
        if not single or msg.get("user_data") or flags.get("has_unknown_spaces") or groups not in (b"", NO_GROUPS):
            return None
        attrs = msg["attrs"]
        tokens = numpy.frombuffer(msg["tokens"], dtype="uint64").reshape(-1, len(attrs))
        strings = self.nlp.vocab.strings
        for string in msg["strings"]:
            strings.add(string)
        orths = tokens[:, attrs.index(ORTH)]
        spaces = numpy.frombuffer(msg["spaces"], bool)
        if text is not None:  # the text the words give, joined from the strings: `Doc.text` makes a Token of each
            words = [strings[o] for o in orths.tolist()]
            joined = "".join(w + " " if s else w for w, s in zip(words, spaces.tolist(), strict=True))
            if joined != text:
                return None
        doc = Doc(self.nlp.vocab, words=orths, spaces=spaces)
        doc.cats = (msg.get("cats") or [{}])[0]
        doc = doc.from_array(attrs, tokens)
        if text is not None:
            doc.user_data[TEXT_KEY] = text  # what `doc_text` would join again
        return doc

    def normalised(self, text: str, make: Callable[[str], Normalised]) -> Normalised:
        """`make(text)` (the text cleaned for the model and its map, `normalise.normalise`), kept in
        the cache beside the Docs: a re-run neither cleans the text again nor reads the vocabulary
        the cleaning consults. Named by the text, the model and the code of `normalise.py`."""
        digest = hashlib.sha256(f"{self.version}\0{NORMALISE_CODE}\0{text}".encode("utf-8", "surrogatepass"))
        path = self.folder / "normalised" / digest.hexdigest()[:2] / f"{digest.hexdigest()}.pickle"
        try:
            found = pickle.loads(zlib.decompress(self._read(path, len(text)) or b""))
            if isinstance(found, Normalised) and found.original == text:
                return found
        except Exception:  # absent or damaged: made again
            pass
        made = make(text)
        self._write(path, zlib.compress(pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL), 1))  # sealed as Docs
        return made

    def _write(self, path: Path, data: bytes) -> None:
        """Atomically; a failed write costs speed next time, never the run."""
        if self.memory is not None:
            self.memory[path] = data
        if not self.disk:
            return
        temporary = ""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=path.parent)
            with os.fdopen(handle, "wb") as stream:
                stream.write(seal(data))
            os.replace(temporary, path)
        except OSError as error:
            self.stats.write_errors.append(f"{path}: {error}")
            if temporary:
                Path(temporary).unlink(missing_ok=True)

    def put(self, doc: Doc, text: str | None = None) -> None:
        """Store the model's Doc atomically; a failed write costs speed next time, never the run."""
        path = self.path(doc.text if text is None else text)
        binary = DocBin(store_user_data=False)
        binary.add(doc)
        self._write(path, binary.to_bytes())

    def pipe(self, items: Iterable[tuple[str, Any]], parse: Parse | None = None,
             batch_size: int = 16) -> Iterator[tuple[Doc, Any]]:
        """Like `nlp.pipe(items, as_tuples=True)`, in the same order, running the model on misses only.

        `parse` is how the caller runs the model (`nlp.pipe`, or a wrapper that splits long texts),
        given and returning `(text, context)` pairs; it only ever sees the texts not cached yet.
        """
        parse = parse or (lambda pairs: load_weights(self.nlp).pipe(pairs, as_tuples=True, batch_size=batch_size,
                                                                   disable=rule_stages(self.nlp)))
        batch: list[tuple[str, Any]] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                yield from self._batch(batch, parse)
                batch = []
        if batch:
            yield from self._batch(batch, parse)

    def _batch(self, batch: list[tuple[str, Any]], parse: Parse) -> Iterator[tuple[Doc, Any]]:
        docs: list[Doc | None] = [self.get(text) for text, _ in batch]
        todo = [(batch[i][0], i) for i, doc in enumerate(docs) if doc is None]
        self.stats.hits += len(batch) - len(todo)
        self.stats.misses += len(todo)
        for doc, i in parse(todo) if todo else ():
            self.put(doc, batch[i][0])
            docs[i] = doc
        for doc, (_text, context) in zip(docs, batch, strict=True):
            yield doc, context


def seal(data: bytes) -> bytes:
    """The DocBin bytes with their digest after them."""
    return data + SEAL + hashlib.sha256(data).digest()


def unseal(entry: bytes, max_unpacked: int) -> bytes:
    """The DocBin bytes of an entry whose digest matches and whose content, decompressed, stays within
    `max_unpacked` bytes; ValueError otherwise (decompression stops at the bound: no zip bomb)."""
    data, seal_mark, digest = entry[: -len(SEAL) - DIGEST_BYTES], entry[-len(SEAL) - DIGEST_BYTES : -DIGEST_BYTES], \
        entry[-DIGEST_BYTES:]
    if seal_mark != SEAL or hashlib.sha256(data).digest() != digest:
        raise ValueError("digest does not match the content")
    unpacker = zlib.decompressobj()
    try:
        unpacker.decompress(data, max_unpacked)
    except zlib.error as error:
        raise ValueError(f"not compressed data: {error}") from None
    if unpacker.unconsumed_tail:
        raise ValueError("larger than its text could need once decompressed")
    return data


def _only(docs: list[Doc]) -> Doc | None:
    return docs[0] if len(docs) == 1 else None
