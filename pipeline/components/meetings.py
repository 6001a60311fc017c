"""Stage 4b: meetings, talks, visits and summits, with date, place, host and participants.

Two halves: `meeting_mentions.py` reads what each sentence says about a meeting (its frame, from the
parse); `meeting_groups.py` groups those mentions into meetings and completes their date and place
from the context. `doc._.meetings` is a list of `Meeting` rows (`pipeline/rows.py`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.meeting_groups import MeetingGrouper
from pipeline.components.meeting_mentions import MentionReader
from pipeline.components.spans import doc_text, story_of
from pipeline.rulebook.loader import RuleBook


class MeetingFinder:
    """Pipeline stage: `doc._.meetings`, a list of `Meeting` rows."""

    def __init__(self, book: RuleBook, nlp: Language) -> None:
        self.reader = MentionReader(book, nlp)
        self.grouper = MeetingGrouper(book)
        self.spouse_nouns = {w.lower() for w in book.get("meetings", "spouse_nouns", [])}

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.reader.read(doc)
        meetings = self.grouper.group(doc, mentions, self.reader)
        self.grouper.date_from_length(meetings)
        self.grouper.date_from_ends(doc, meetings)
        self.grouper.date_from_arrival(doc, meetings)
        self.grouper.date_overnight(doc, meetings)
        self.grouper.place_from_dateline(doc_text(doc), self.reader.body_start, meetings, story_of(doc))
        self.grouper.place_from_byline(doc_text(doc), meetings)
        self.grouper.place_from_context(self.reader, meetings)
        self.grouper.place_from_place_line(doc_text(doc), meetings)
        self.grouper.place_from_chamber(doc, self.reader.body_start, meetings)
        self.grouper.place_within_stay(meetings)
        self.grouper.place_from_dated_city(doc, meetings)
        self.grouper.place_of_sidelined_gathering(doc, meetings)
        self.grouper.place_of_gathering_from_side(meetings)
        self.grouper.place_from_neighbour_day(meetings)
        self.grouper.place_city_of_country(doc_text(doc), self.reader.body_start, meetings)
        self.grouper.place_from_dateline_last(doc_text(doc), self.reader.body_start, meetings, story_of(doc))
        self.grouper.place_from_trip(doc, self.reader.body_start, meetings, story_of(doc))
        self.grouper.place_town_of_airport(meetings)
        self.grouper.place_town_of_visit(doc, self.reader.body_start, meetings, self.reader.lead_place())
        self.grouper.place_town_of_others_building(doc, self.reader.body_start, meetings)
        self.grouper.place_of_visit_landed(mentions, meetings)
        self.grouper.place_town_of_landing(doc, self.reader.body_start, meetings, story_of(doc))
        self.grouper.host_of_sponsor(self.reader, meetings)
        self.grouper.host_of_house(self.reader, meetings)
        self.grouper.host_of_office_room(doc_text(doc), self.reader, meetings)
        self.grouper.host_at_home(self.reader, meetings)
        self.grouper.host_of_visited(self.reader, meetings)
        self.grouper.host_of_stay_talks(meetings)
        self.grouper.host_in_building_of_stop(doc, self.reader.body_start, self.reader, meetings, story_of(doc))
        self.grouper.host_of_destination(doc, self.reader, meetings)
        self.grouper.host_of_summit(self.reader, meetings)
        self.grouper.host_of_house_of_the_day(meetings)
        self._without_spouses(doc, meetings)
        doc._.meetings = meetings
        return doc

    def _without_spouses(self, doc: Doc, meetings: list) -> None:
        """Leave out of each meeting's guests the people the text names only as someone's spouse: every
        mention right after a possessive and a noun of meetings.yml `spouse_nouns` (`X et son épouse, Y, ont été
        accueillis par Z`, `accompagné de sa femme Y`): on the protocol of the visit, not at the talks. A host
        stays; one named once without it (`elle a rencontré Y`) stays."""
        if not self.spouse_nouns:
            return
        spouses = {p["key"] for p in doc._.officials or []
                   if p.get("mentions") and all(self._after_spouse_noun(doc, start) for start, _ in p["mentions"])}
        for meeting in meetings:
            gone = spouses & set(meeting["people"]) - {meeting.get("host")}
            if gone:
                meeting["people"] = [p for p in meeting["people"] if p not in gone]
                meeting["hosted"] = [h for h in meeting["hosted"] if h[1] not in gone]

    def _after_spouse_noun(self, doc: Doc, char: int) -> bool:
        """The mention at `char` follows a noun of `spouse_nouns` with a possessive determiner (`son épouse`,
        `sa femme,`): a comma may stand between them and the name."""
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None:
            return False
        i = span.start - 1
        if i >= 0 and doc[i].text == ",":
            i -= 1
        return i >= 1 and doc[i].lower_ in self.spouse_nouns and "Yes" in doc[i - 1].morph.get("Poss")
