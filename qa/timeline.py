"""The dates a timeline gives the sentences under its entries.

A timeline writes the date once, in the entry's heading (`**2024년 9월 25일 — 협상 중단**`,
`■ 2022년 10월: 인수 완료`), and tells the event in the sentences below it,
which hold no date of their own. A date question answered by such a sentence takes its
entry's date: the nearest heading a few sentences back.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.store import Row
from qa.compose import Evidence
from qa.retrieval.hybrid import previous_keys
from qa.spans import Date, dates_in

LOOK_BACK = 4  # sentences an entry's body may run to below its heading
HEADING_LENGTH = 80  # characters: a heading is short
MARKUP = re.compile(r"^[\s*#■▶]*")  # not a list item's dash: an item tells its own event
HEADING_DASH = re.compile(r"\s(?:—|–|-)\s|:\s")  # what ends the heading's date
DATE_LENGTH = 24  # characters before the dash: the date alone


def heading_date(text: str) -> Date | None:
    """The date a timeline heading opens with, or None when the text is no such heading."""
    body = MARKUP.sub("", text)
    dash = HEADING_DASH.search(body)
    if len(body) > HEADING_LENGTH or dash is None or dash.start() > DATE_LENGTH:
        return None
    found = dates_in(body[: dash.start()], None)
    return found[0][1] if found and found[0][0] == 0 else None


def entry_dates(evidence: list[Evidence], rows: Callable[[list[str]], dict[str, Row]]) -> dict[str, Date]:
    """The date of the timeline entry each sentence with no date of its own sits in (by
    sentence key), for those under one; `rows` reads stored sentences by key."""
    back = {ev.key: previous_keys(ev.key, LOOK_BACK) for ev in evidence if not dates_in(ev.text, ev.year)}
    read = rows([k for ks in back.values() for k in ks])
    out: dict[str, Date] = {}
    for key, earlier in back.items():
        for k in earlier:  # nearest first
            date = heading_date(str(read[k]["text"])) if k in read else None
            if date is not None:
                out[key] = date
                break
    return out
