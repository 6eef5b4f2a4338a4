"""One type for a new name across an article, from the mentions whose context typed it.

Both languages' name finders type each mention of a new name on its own, mostly by default
(the small English model mostly says ORG; a Korean model code defaults to a product), so
`Agentforce` is a company where nothing around it says otherwise, and a product where the
article writes `its Agentforce platform`. The name finders record which spans their context
typed (`Doc.user_data[CUED_TYPES]`); a new name's untyped mentions take the type its typed
mentions agree on, before any relation rule reads the types.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span

from ingest.extraction import Mention

CUED_TYPES = "trendkg_cued_types"  # Doc.user_data key: {(start, end): type} of names typed by their context


def sentence_doc(sent: Span) -> Doc:
    """The sentence as its own Doc, keeping the types its context gave names."""
    doc = sent.as_doc()
    cued = sent.doc.user_data.get(CUED_TYPES, {})
    doc.user_data[CUED_TYPES] = {
        (start - sent.start, end - sent.start): label
        for (start, end), label in cued.items()
        if sent.start <= start and end <= sent.end
    }
    return doc


def article_name_types(docs: Iterable[Doc]) -> dict[str, str]:
    """Name -> the type most of its context-typed mentions in the article have."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        for (start, end), label in doc.user_data.get(CUED_TYPES, {}).items():
            votes[doc[start:end].text][label] += 1
    return {name: counts.most_common(1)[0][0] for name, counts in votes.items()}


def retyped(doc: Doc, found: list[tuple[Span, Mention]], types: dict[str, str]) -> list[tuple[Span, Mention]]:
    """A new mention takes the type its own context gave it, else its name's article type (a
    short form copied from an earlier mention carries that mention's type until here)."""
    cued = doc.user_data.get(CUED_TYPES, {})
    out: list[tuple[Span, Mention]] = []
    for span, mention in found:
        typed = cued.get((span.start, span.end)) or types.get(mention.text)
        if mention.is_new and typed and typed != mention.type and "Person" not in (typed, mention.type):
            mention = replace(mention, type=typed)
        out.append((span, mention))
    return out
