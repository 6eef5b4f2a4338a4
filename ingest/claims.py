"""Claims: sentences stating a figure or a forecast, who says so, and which footnote backs it.

Values come from ingest.values (patterns on the text); who says so from the attribution
rules of each language (ingest.attribution_ko, ingest.attribution_en), with the speaker
carried from sentence to sentence (ingest.attribution.Speaker). The citation is the
footnote marker right after the sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ingest.attribution import Speaker, leading_label
from ingest.attribution_en import en_attribution, en_lead_in_speaker
from ingest.attribution_ko import ko_attribution, ko_lead_in_speaker
from ingest.extraction import Claim, Mention, Sentence
from ingest.segment import starts_list_item
from ingest.values import find_values

FORECAST_KO = re.compile(r"(전망|예상|예측|내다봤|추정|것이다|것으로|할 것|될 것|계획|예정|가능성)")
FORECAST_EN = re.compile(r"\b(forecast|expect|predict|project|estimate|will|would|by 20\d\d)", re.I)
TARGET_KO = re.compile(
    r"((?:19|20)\d{2})년(?:\s*\d{1,2}월)?\s*(?:까지|에는|이면|부터)|(?:올해|내년|연내|하반기|상반기)"
)
TARGET_EN = re.compile(r"\b(?:by|in|through)\s+(?:(?:the end of|early|late|mid-)\s*)?((?:19|20)\d{2})\b")


LEAD_IN_KO = re.compile(r"다음과 같")


def in_list_item(body: str, offset: int) -> bool:
    """Whether the text at `offset` sits on a bulleted or numbered line."""
    return starts_list_item(body, body.rfind("\n", 0, offset) + 1)


def is_lead_in(text: str, lang: str) -> bool:
    """A sentence that introduces a list: ends in a colon, or Korean `다음과 같다`."""
    stripped = re.sub(r"\d+$", "", text.rstrip())  # a footnote marker after the colon
    return stripped.endswith(":") or (lang == "ko" and bool(LEAD_IN_KO.search(text)))


def lead_in_speaker(doc: Doc, lang: str, mentions: list[tuple[Span, Mention]], speaker: Speaker) -> Mention | None:
    """Who the items of a list speak for."""
    return ko_lead_in_speaker(doc, mentions) if lang == "ko" else en_lead_in_speaker(doc, mentions, speaker)


def extract_claim(
    sentence: Sentence,
    lang: str,
    mentions: list[tuple[Span, Mention]],
    speaker: Speaker | None = None,
    list_item: bool = False,
) -> Claim | None:
    """A claim when the sentence carries a figure, or a forecast about a year; an item of a
    list speaks for whoever the list's lead-in named, unless it names its own source (a
    leading `X:` only names the item's subject when the lead-in named a speaker)."""
    speaker = speaker or Speaker()
    speaker.sentence = sentence.index
    doc, text = sentence.doc, sentence.text
    who = ko_attribution(doc, mentions, speaker) if lang == "ko" else en_attribution(doc, mentions, speaker)
    if list_item and (who is None or (speaker.lead is not None and who == leading_label(doc, mentions))):
        who = speaker.lead  # `- Silo AI: $665 million` under `as AMD presented them:` is AMD's figure
    if who is not None:
        speaker.mention, speaker.mention_at = who, sentence.index
    values = find_values(text)
    is_forecast = bool((FORECAST_KO if lang == "ko" else FORECAST_EN).search(text))
    target = (TARGET_KO if lang == "ko" else TARGET_EN).search(text)
    if not values and not (is_forecast and target):
        return None
    about = tuple(dict.fromkeys(m.iri for _, m in mentions if who is None or m.iri != who.iri))
    return Claim(
        text=text,
        start=sentence.start,
        end=sentence.end,
        sentence=sentence.index,
        values=tuple(values),
        about=about,
        attributed_to=who.iri if who else None,
        attributed_name=who.label if who else None,
        citation=sentence.footnote,
        target_date=target.group(1) if target else None,
        is_forecast=is_forecast,
    )
