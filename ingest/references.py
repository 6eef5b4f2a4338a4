"""The numbered reference list at the end of an article, and footnote markers in text.

Articles cite like a column: `…것이다.1` in the text, `1. Reuters, “Title,” Nov 17, 2022`
at the end. The list is found as the last run of lines numbered 1, 2, 3, … .
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LIST_LINE = re.compile(r"^[ \t]*(\d{1,3})[.)][ \t]+(\S.*)$", re.M)
HEADER = re.compile(
    r"^[ \t]*(references?|sources?|notes|footnotes|참고\s*(문헌|자료)|출처|각주|주석)[ \t]*:?[ \t]*$",
    re.I | re.M,
)
QUOTED = re.compile(r"[“\"‘']\s*(.+?)\s*[,.]?\s*[”\"’']")
URL = re.compile(r"https?://[^\s)>\]]+")
DATE = re.compile(
    r"(\d{4}[.\-/년 ]\s*\d{1,2}[.\-/월 ]\s*\d{1,2}일?|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|"
    r"\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}|"
    r"\d{4}년\s*\d{1,2}월|\b(?:19|20)\d{2}\b)"
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
# a sentence ending in a day of a month (`…on February 27.1 Both`): one look-behind per width
DAY_ENDS = "|".join(f"(?<={month} {digits}\\.)" for month in MONTHS for digits in (r"\d", r"\d\d"))
# a marker after a sentence's end: `…것이다.1`, `…said.”2`, and after a year or a day that ends
# one (`…in 2023.1 The next`), where a decimal (`3.1`) is not a marker
FOOTNOTE = re.compile(
    rf"(?:(?<=[^\d\s][.!?。」”\"’)])|(?:(?<=(?:19|20)\d\d\.)|{DAY_ENDS})(?=\d{{1,2}}\s+[A-Z]))(\d{{1,2}})(?=\s|$)"
)


@dataclass(frozen=True)
class Reference:
    number: int
    text: str
    start: int
    end: int
    publisher: str | None
    title: str | None
    date: str | None
    url: str | None
    authors: tuple[str, ...] = ()


AUTHOR = re.compile(r"[A-Z][\w'-]+,\s*(?:[A-Z]\.\s*)+")  # `McDonald, J.`


def parse_reference(number: int, text: str, start: int, end: int) -> Reference:
    """Split a reference line into publisher, title, date and URL where recognisable."""
    url_match = URL.search(text)
    title_match = QUOTED.search(text)
    title = title_match.group(1).rstrip(",. ") if title_match else None
    head = text[: title_match.start()] if title_match else text.split(",", 1)[0]
    authors = tuple(a.strip(" ,") for a in AUTHOR.findall(head))
    publisher = None if authors else (head.strip(" ,.") or None)
    tail = text[title_match.end() :] if title_match else text
    date_match = DATE.search(tail)
    return Reference(
        number=number,
        text=text.strip(),
        start=start,
        end=end,
        publisher=publisher,
        title=title,
        date=date_match.group(1).strip() if date_match else None,
        url=url_match.group(0) if url_match else None,
        authors=authors,
    )


def find_references(body: str) -> tuple[list[Reference], tuple[int, int] | None]:
    """The reference list and the character region it (and its header) occupies."""
    lines = list(LIST_LINE.finditer(body))
    best: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for match in lines:
        number = int(match.group(1))
        if run and number == int(run[-1].group(1)) + 1 and _only_blank_between(body, run[-1], match):
            run.append(match)
        elif number == 1:
            run = [match]
        else:
            run = []
        if run and (len(run) >= len(best) or run[0].start() > (best[0].start() if best else -1)):
            best = list(run)
    if not best or not _looks_cited(body[: best[0].start()], len(best)):
        return [], None
    refs = [parse_reference(int(m.group(1)), m.group(2), m.start(2), m.end(2)) for m in best]
    region_start = best[0].start()
    headers = list(HEADER.finditer(body, 0, region_start))
    header = headers[-1] if headers else None
    if header and not body[header.end() : region_start].strip():
        region_start = header.start()
    return refs, (region_start, best[-1].end())


def _only_blank_between(body: str, a: re.Match[str], b: re.Match[str]) -> bool:
    return not body[a.end() : b.start()].strip()


def _looks_cited(text_before: str, count: int) -> bool:
    """A numbered list is a reference list only if the text carries its markers."""
    markers = {int(m.group(1)) for m in FOOTNOTE.finditer(text_before)}
    return bool(markers) and max(markers) <= count + 1
