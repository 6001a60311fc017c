"""Interviews: the question-and-answer layout of an article, and who answers.

Outlets publish an interview as alternating paragraphs: a question (a paragraph ending with a
question mark, bare or labelled with a name that is nobody's: the outlet's, `Le journal : ...`) and
the answer after it (bare, or labelled with the interviewee's name: `Amiral X : ...`, `X. Y. : ...`).
The answers are the interviewee's own words: `je` and `nous` there stand for the interviewee, as
`vous` does in a question. A question asked by a person named in its label (`M. X (groupe). Quand
...?`, a hearing's record) is no interviewer's: such a record is no interview.

A question printed on its own line right above its answer, with no blank line between them, is a
turn of its own too.

The interviewee is the person the answers' labels name most; with bare answers, the person the
header and lead (everything before the first question) name most, first named on a tie.
A text is an interview when at least two questions are each followed by an answer.
"""

from __future__ import annotations

import re
from typing import TypedDict

from spacy.tokens import Doc

from pipeline.components.furniture import SPANS_KEY
from pipeline.components.linking import person_key
from pipeline.components.spans import doc_text

PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")  # lines up to a blank line
LABEL_RE = re.compile(r"(?P<label>[^\n.:«»\"?!]{2,60}?|(?:\w\. ?){2,3})\s?(?P<mark>[.:])\s")
QUESTION_END_RE = re.compile(r"\?[\s»\"”]*$")
ANSWER_END_RE = re.compile(r"[.!…»\"”)][\s]*$")  # an answer's paragraph ends a sentence
LABEL_WORDS = 6  # a longer label is a sentence, not a name
MIN_PAIRS = 2
USER_DATA = "interview"


class Turn(TypedDict):
    """One paragraph of an interview: a question or an answer, and who speaks it (answers only)."""

    start: int
    end: int
    kind: str  # `question` or `answer`
    speaker: str  # person key; empty for a question


class Interview(TypedDict):
    interviewee: str  # person key
    turns: list[Turn]


def interview_of(doc: Doc) -> Interview | None:
    """The document's interview layout, or None when it is no interview (read once per document)."""
    if USER_DATA not in doc.user_data:
        doc.user_data[USER_DATA] = _read(doc)
    return doc.user_data[USER_DATA]


def turn_at(doc: Doc, char: int) -> Turn | None:
    """The question or answer holding the character, if the document is an interview."""
    found = interview_of(doc)
    if found is None:
        return None
    return next((t for t in found["turns"] if t["start"] <= char < t["end"]), None)


def answer_after(doc: Doc, question: Turn) -> Turn | None:
    """The answer that follows a question."""
    found = interview_of(doc) or {"turns": []}
    turns = found["turns"]
    at = next((k for k, t in enumerate(turns) if t is question), None)
    if at is None or at + 1 >= len(turns) or turns[at + 1]["kind"] != "answer":
        return None
    return turns[at + 1]


def _read(doc: Doc) -> Interview | None:
    text = doc_text(doc)
    people = doc._.officials or []
    person_at = {start: p["key"] for p in people for start, _ in p["mentions"]}
    furniture = [(f.start_char, f.end_char) for f in doc.spans.get(SPANS_KEY, [])]
    paragraphs = [part for m in PARAGRAPH_RE.finditer(text) if not any(a <= m.start() < b for a, b in furniture)
                  for part in _question_line(text, m.start(), m.end())]
    turns: list[Turn] = []
    labelled: list[str] = []
    current: Turn | None = None
    for start, end in paragraphs:
        body = text[start:end]
        label, speaker = _label(text, start, end, people, person_at)
        if QUESTION_END_RE.search(body) and not speaker:
            current = {"start": start, "end": end, "kind": "question", "speaker": ""}
            turns.append(current)
        elif speaker and label:  # `Amiral X : ...`: an answer wherever it stands
            current = {"start": start, "end": end, "kind": "answer", "speaker": speaker}
            turns.append(current)
            labelled.append(speaker)
        elif current is not None and ANSWER_END_RE.search(body):  # `Concrètement : ...` is no label
            if current["kind"] == "answer":  # the answer goes on in another paragraph
                current["end"] = end
            else:
                current = {"start": start, "end": end, "kind": "answer", "speaker": ""}
                turns.append(current)
        else:
            current = None  # a rubric, a caption, the page's foot: the exchange stops
    pairs = sum(1 for a, b in zip(turns, turns[1:], strict=False) if a["kind"] == "question" and b["kind"] == "answer")
    if pairs < MIN_PAIRS:
        return None
    first_question = next(t["start"] for t in turns if t["kind"] == "question")
    interviewee = _most(labelled) or _most_named(people, first_question)
    if not interviewee:
        return None
    for turn in turns:
        if turn["kind"] == "answer" and not turn["speaker"]:
            turn["speaker"] = interviewee
    return {"interviewee": interviewee, "turns": turns}


def _question_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph whose first line is a question and whose next lines answer it (`Pourquoi Dakar ?` on its
    line, the answer on the line below, no blank line between them): two turns, the question and the rest."""
    line_end = text.find("\n", start, end)
    if line_end < 0 or not QUESTION_END_RE.search(text[start:line_end]) or not text[line_end:end].strip():
        return [(start, end)]
    rest = line_end + 1
    while rest < end and text[rest].isspace():
        rest += 1
    return [(start, line_end), (rest, end)]


def _label(text: str, start: int, end: int, people: list[dict], person_at: dict[int, str]) -> tuple[bool, str]:
    """Whether the paragraph opens with a speaker's label (`X : `, `X. Y. : `), and the person it names."""
    m = LABEL_RE.match(text, start, end)
    if m is None or len(m.group("label").split()) > LABEL_WORDS:
        return False, ""
    if m.group("mark") == "." and not re.fullmatch(r"(?:\w\. ?){2,3}", m.group("label") + "."):
        initials = re.fullmatch(r"(?:\w\. ?){1,2}\w", m.group("label"))
        if initials is None and not any(m.start("label") <= s < m.end("label") for s in person_at):
            return False, ""  # a sentence's first words, not a label
    label = m.group("label")
    named = [k for s, k in person_at.items() if m.start("label") <= s < m.end("label")]
    if named:
        return True, named[0]
    by_surname = [p["key"] for p in people if any(person_key(w) == p["key"] for w in label.split())]
    if by_surname:
        return True, by_surname[0]
    return (m.group("mark") == ":" and label[:1].isupper()), _initials(label, people)


def _initials(label: str, people: list[dict]) -> str:
    """`N. V.`: the one person whose name has these initials."""
    letters = re.findall(r"\b(\w)\.", label)
    if len(letters) < 2:
        return ""
    found = [p["key"] for p in people
             if [w[0].upper() for w in p["name"].replace("-", " ").split()][-len(letters):] == letters]
    return found[0] if len(found) == 1 else ""


def _most(keys: list[str]) -> str:
    return max(dict.fromkeys(keys), key=keys.count) if keys else ""


def _most_named(people: list[dict], before: int) -> str:
    """The person named most before the first question, the first named on a tie."""
    counts = [(sum(1 for s, _ in p["mentions"] if s < before), -min((s for s, _ in p["mentions"]), default=0),
               p["key"]) for p in people]
    counts = [c for c in counts if c[0]]
    return max(counts)[2] if counts else ""
