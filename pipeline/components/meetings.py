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
        self.grouper.place_from_chamber(doc_text(doc), self.reader.body_start, meetings)
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
        self.grouper.host_of_house(self.reader, meetings)
        self.grouper.host_of_office_room(doc_text(doc), self.reader, meetings)
        self.grouper.host_at_home(self.reader, meetings)
        self.grouper.host_of_visited(self.reader, meetings)
        self.grouper.host_of_stay_talks(meetings)
        self.grouper.host_in_building_of_stop(doc, self.reader.body_start, self.reader, meetings, story_of(doc))
        self.grouper.host_of_summit(self.reader, meetings)
        doc._.meetings = meetings
        return doc
