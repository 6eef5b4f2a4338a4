"""`Metro-Goldwyn-Mayer (MGM)`: an acronym in brackets right after the name it spells.

The small model's bare acronyms are mostly terms (`GPU`, `TCO`) and the English name finder
drops them; but an acronym the article defines by spelling the name before it is that
name's short form, in the definition and anywhere else in the article (a title often uses
it before the body defines it). The IRI is minted from the long name.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from ingest.en_hyphen_names import HYPHENS
from ingest.extraction import Mention
from ingest.mentions import new_entity_iri
from ingest.names_common import ACRONYM, JOINERS, initials, spells


def defined_acronym(doc: Doc, start: int, end: int) -> str | None:
    """The name an acronym in brackets spells, written right before the brackets, if any."""
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return None
    acronym = doc[start:end].text
    if not ACRONYM.fullmatch(acronym):
        return None
    i, words = start - 1, list[str]()
    while i > 0 and len(initials(words)) < len(acronym):
        word = doc[i - 1]
        if word.text in HYPHENS and not word.whitespace_:
            i -= 1
            continue
        if not (word.text[:1].isupper() or word.lower_ in JOINERS):
            break
        words.insert(0, word.text)
        i -= 1
    spelled = initials(w for w in words if w.lower() not in JOINERS) == acronym
    return doc[i : start - 1].text if spelled else None


def defined_acronyms(docs: Iterable[Doc]) -> dict[str, Mention]:
    """The article's defined acronyms, each standing for the new name it spells."""
    out: dict[str, Mention] = {}
    for doc in docs:
        if doc.lang_ == "ko":
            continue
        ents: list[Span] = list(doc.ents)
        for a, b in zip(ents, ents[1:], strict=False):
            if b.start != a.end + 1 or a.ent_id_ or defined_acronym(doc, b.start, b.end) is None:
                continue
            if a.label_ in ("Company", "ResearchOrg", "Platform", "Product") and spells(b.text, a.text):
                out.setdefault(b.text, Mention(a.text, 0, 0, a.label_, new_entity_iri(a.text), 0, a.text, is_new=True))
    return out
