"""Stage 2: the language model, fr_core_news_md: tokens, sentences, parse, lemmas, PER/ORG/LOC/MISC.

News pages put a headline and short header lines above the body; the parser alone glues them to the
first sentence. A small component marks every line break as a sentence start before the parser
runs, so a headline never leaks into the sentence after it.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "fr_core_news_md"


SENTENCE_END = {".", "!", "?", "…", "»", ":", ";", "”", ")"}


@Language.component("line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """A line break opens a sentence; nothing else does unless terminal punctuation comes before.

    Without this the parser cuts `l'état-major` at its hyphen and glues a headline to the body.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text:
            token.is_sent_start = True
        elif previous.text not in SENTENCE_END and not previous.text.endswith("."):
            token.is_sent_start = False
    return doc


def load_model(name: str = MODEL) -> Language:
    """The French model with line-break sentence starts."""
    nlp = spacy.load(name)
    nlp.add_pipe("line_sentences", before="parser")
    return nlp


def model_version(nlp: Language) -> str:
    """What identifies the model's output: its name, its version and spaCy's."""
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}-spacy{spacy.__version__}"
