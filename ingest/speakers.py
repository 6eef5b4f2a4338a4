"""Outlets and firms named only as the subject of a reporting verb.

`Wired reported that …`, `The Information said …`, `블룸버그는 … 보도했다`: news outlets and
research firms are often named once, as the speaker of a figure, and neither the catalog nor
the name finders know them (Kiwi even knows 블룸버그 as an ordinary proper noun, so it is not
out-of-vocabulary). A capitalised or proper-noun subject of a reporting verb that is not
already a mention becomes a new Company mention, so the claim can be attributed to it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ingest.en_name_context import dateline
from ingest.extraction import Mention
from ingest.mentions import new_entity_iri

REPORT_EN = {"report", "say", "estimate", "forecast", "write", "calculate", "find", "project", "predict", "note"}
REPORT_KO = {"보도", "밝히", "전망", "추산", "추정", "분석", "집계", "예측", "전하", "말"}
SUBJECT_KO = {"는", "은", "가", "이", "도"}
NOT_SPEAKERS = {"It", "They", "He", "She", "We", "The", "This", "That", "Analysts", "Reports", "Officials"}


def _english(doc: Doc, taken: set[int]) -> list[Span]:
    out: list[Span] = []
    for verb in doc:
        if verb.lemma_ not in REPORT_EN or verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN" or subject.i in taken:
            continue
        start, end = subject.i, subject.i + 1  # with the compound words right before it, not an
        while start > 0 and doc[start - 1].dep_ == "compound" and start - 1 < doc[start - 1].head.i < end:
            start -= 1  # apposition's (`Waymo, the driverless-car company, said`)
        if start > 0 and doc[start - 1].text == "The":  # `The Information`, `The Verge`
            start -= 1
        span = doc[start:end]
        if span.text in NOT_SPEAKERS or not span.text[:1].isupper() or any(t.i in taken for t in span):
            continue
        if any(t.ent_type_ in ("PERSON", "GPE", "NORP") for t in span) or dateline(doc, start, end):
            continue  # people are found by the name finder; places and nationalities do not report
        out.append(span)
    return out


def _korean(doc: Doc, taken: set[int]) -> list[Span]:
    if not any(t.lemma_ in REPORT_KO for t in doc[-8:]):
        return []
    for i, token in enumerate(doc[:-1]):
        if token.i in taken or not token.tag_.startswith("NNP") or doc[i + 1].text not in SUBJECT_KO:
            continue
        if any(t.i in taken for t in doc[max(0, i - 1) : i]):
            return []  # a known name right before: `엔비디아 관계자는`
        return [doc[i : i + 1]]
    return []


def speaker_mentions(
    doc: Doc, found: list[tuple[Span, Mention]], offset: int, index: int
) -> list[tuple[Span, Mention]]:
    """New Company mentions for unknown subjects of reporting verbs in one sentence."""
    taken = {t.i for span, _ in found for t in span}
    spans = _korean(doc, taken) if doc.lang_ == "ko" else _english(doc, taken)
    out: list[tuple[Span, Mention]] = []
    for span in spans:
        name = span.text
        iri = new_entity_iri(name)
        start, end = offset + span.start_char, offset + span.end_char
        out.append((span, Mention(name, start, end, "Company", iri, index, name, True)))
    return out
