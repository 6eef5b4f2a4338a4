"""Lone capitalised words the small model called a person or a nationality, where the article
names no person by them: companies (`Zoom announced the deal`, `competes with Zendesk`,
`Atlassian was founded in Sydney`).

`en_core_web_sm` tags many one-word company names as people (`Zoom`, `Zendesk`, `Genesys`)
or, for an `-ian` ending, as a nationality (`Atlassian`). A lone person word waits for a
full name in its article (`Reinhardt` for `Peter Reinhardt`). A word no full name of the
article holds, that no given name precedes anywhere in it and that is no given name
itself, names a company: news introduces people by their full names. Like the other short
forms (`ingest.company_first_words`), these are handed to the article's short forms before
its first sentence is read, so every sentence naming the word, tagged or not, links it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from ingest.extraction import Mention
from ingest.given_names import is_given_name
from ingest.mentions import new_entity_iri
from ingest.names_common import SURNAME
from kg.catalog import Catalog

CAPITALISED_BEFORE = r"\b([A-Z][a-z]+)\s+{}\b"


def lone_company_words(docs: Iterable[Doc], catalog: Catalog) -> dict[str, Mention]:
    """The article's lone words that are no person's (see the module docstring), as new
    companies: each used as a noun's head at least once (not only in `Majorana zero modes`),
    neither a full name's surname nor the first word of a longer name (`Tower` of `Tower
    Semiconductor`), and no word of a page's share bar (`Email`)."""
    english = [doc for doc in docs if doc.lang_ != "ko"]
    lone = [ent for doc in english for ent in doc.ents if ent.kb_id_ == SURNAME]
    if not lone:
        return {}
    heads = {ent.text for ent in lone if _a_head(ent)}
    longer = [ent for doc in english for ent in doc.ents if len(ent) > 1]
    # a surname of a full name (`Reinhardt`), the first word of a company's (`Tower`, linked to it as its short form)
    named = {ent[-1].text if ent.label_ == "Person" else ent[0].text for ent in longer}
    text = "\n".join(doc.text for doc in english)
    return {
        word: Mention(word, 0, 0, "Company", new_entity_iri(word), 0, word, is_new=True)
        for word in sorted(heads)
        if word not in named
        and re.fullmatch(r"[A-Z][\w.-]+", word)
        and word not in CHROME_WORDS
        and not is_given_name(word)
        and catalog.lookup(word) is None
        and not _after_given_name(word, text)
    }


CHROME_WORDS = {"Email", "Print", "Share", "Copy", "Link", "Comments", "Subscribe", "Newsletter", "Home", "Menu"}
HEAD_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "poss", "appos", "attr", "ROOT"}


def _a_head(ent: Span) -> bool:
    """The word is a noun phrase's head here, not the modifier of a noun after it (`Majorana zero modes`)."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return ent.root.dep_ in HEAD_ROLES and (after is None or after.pos_ not in ("NOUN", "NUM", "PROPN"))


def _after_given_name(word: str, text: str) -> bool:
    """`Calvin French-Owen`: a given name before the word anywhere in the article (a full name
    the model missed)."""
    return any(is_given_name(m.group(1)) for m in re.finditer(CAPITALISED_BEFORE.format(re.escape(word)), text))


# peoples the small model tags as it should: never a company however they are used
DEMONYMS = {
    "American", "Chinese", "Korean", "Japanese", "European", "British", "French", "German", "Dutch", "Indian",
    "Taiwanese", "Israeli", "Canadian", "Australian", "Swedish", "Finnish", "Russian", "Spanish", "Italian", "Swiss",
    "Irish", "Asian", "African", "Brazilian", "Singaporean", "Vietnamese", "Indonesian", "Saudi", "Emirati",
    "Republican", "Republicans", "Democrat", "Democrats", "Democratic",
}  # fmt: skip
ACTING = {"nsubj", "nsubjpass", "poss"}


def acting_nationality(doc: Doc, start: int, end: int) -> bool:
    """`Atlassian was founded …`, `Atlassian's offer`: a one-word `nationality` that acts as a
    subject or an owner, not one modifying a noun (`Chinese chipmakers`), is a lone name."""
    token = doc[start]
    return end - start == 1 and token.tag_ == "NNP" and token.dep_ in ACTING and token.text not in DEMONYMS
