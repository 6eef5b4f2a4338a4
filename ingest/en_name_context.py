"""Names the small English model misread, put right by the words around them: a given name
it left off a surname (`Raghib Hussain` found as `Hussain`), a firm it took for a place
(`the private equity firm Silver Lake`, tagged LOC), a dateline it took for a name
(`SAN FRANCISCO — Together AI said …`), and a firm's first word it left off (`Meridian7
Ventures` found as `Ventures`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ingest.given_names import is_given_name

DETERMINERS = {"its", "the", "a", "an", "their", "his", "her", "our", "'s", "’s"}
PLACES = {"GPE", "LOC", "FAC"}
FIRM_NOUNS = {
    "firm", "company", "investor", "fund", "startup", "group", "chipmaker", "manager", "lender", "bank", "operator",
}  # fmt: skip
DASHES = {"—", "–", "-", "--"}


def dateline(doc: Doc, start: int, end: int) -> bool:
    """`SAN FRANCISCO — …`, `SEOUL, South Korea — …`: upper-case words before a dash open a
    news report with its place, never a name."""
    text = doc[start:end].text
    if not (text.isupper() and len(text) > 3):
        return False
    after = [t.text for t in doc[end : end + 9]]
    dash = next((n for n, a in enumerate(after) if a in DASHES), None)
    # `ARMONK, N.Y. and SAN FRANCISCO —`: places, their states and `and` up to the dash
    return dash is not None and (
        dash == 0 or after[0] == "," and all(a.isupper() or not a.isalnum() or a == "and" for a in after[:dash])
    )


def firm_name_start(doc: Doc, start: int, taken: set[int]) -> int:
    """Where a firm's name starts whose last word alone was tagged (`Meridian7 Ventures`,
    tagged `Ventures`): back over the capitalised words (digits allowed) no other name holds."""
    while start > 0 and start - 1 not in taken:
        word = doc[start - 1]
        if not (word.text[:1].isupper() and word.text.isalnum()) or word.is_sent_start or word.is_stop:
            break
        start -= 1
    return start


def firm_before(doc: Doc, start: int) -> bool:
    """`the private equity firm Silver Lake`: a firm noun, within a determined phrase, right
    before what the small model took for a place."""
    if start == 0 or doc[start - 1].lower_ not in FIRM_NOUNS or not doc[start - 1].is_lower:
        return False
    return any(t.lower_ in DETERMINERS for t in doc[max(0, start - 5) : start - 1])


BUYING = {"buy", "acquire"}
DEAL_NOUNS = {"acquisition", "purchase", "takeover", "buyout"}


def bought_slot(doc: Doc, start: int, end: int) -> bool:
    """`buy Sound United`, `acquisition of Inphi`, `the Sound United purchase`: only a company is
    bought, whatever the small model took the name for (a place, a nationality)."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and before.lemma_ in BUYING and before.pos_ == "VERB":
        return True
    if before is not None and before.lower_ == "of" and start > 1 and doc[start - 2].lemma_ in DEAL_NOUNS:
        return True
    if bought_by_relative(doc, end):
        return True
    return after is not None and after.lemma_ in DEAL_NOUNS and before is not None and before.lower_ == "the"


def bought_by_relative(doc: Doc, end: int) -> bool:
    """`Adallom, which Microsoft bought in 2015`: the name a relative clause says a company bought."""
    after = doc[end : end + 4]
    return (
        len(after) == 4
        and after[0].text == ","
        and after[1].lower_ in ("which", "that")
        and after[2].text[:1].isupper()
        and after[3].lemma_ in BUYING
    )


def given_name_before(doc: Doc, start: int, kept: list[Span]) -> bool:
    """The word before a lone surname is a given name of no other name: a capitalised proper
    noun, not a stop word (`The` is a given name too)."""
    if start == 0 or any(span.start <= start - 1 < span.end for span in kept):
        return False
    word = doc[start - 1]
    return word.tag_ == "NNP" and word.is_alpha and word.text[:1].isupper() and not word.is_stop and is_given_name(
        word.text
    )
