"""English organisation names the small model does not tag, found by the slot they fill.

Some argument slots only organisations fill: the object of `acquire`/`buy`/`back`/`sue`,
the subject of `raised`/`invested`/`reported`, `led by X`, `acquisition of X`, `X's chief executive`,
`investors including X, Y and Z`, `X, a rival`. A capitalised word (or a run of them) there
that no other name covers is a Company (`Splunk`, `Coatue`, `The Information`); one a
company launches (`unveiled Agentforce on …`) is a Product. Common words
written with a capital (sentence-initial `Revenue`, `Cloud`, `Series`) are kept out by a stop
list, their tag and by the same word written in lower case elsewhere in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ingest.en_name_context import FIRM_NOUNS, bought_by_relative
from ingest.names_common import EVENTS, GENERIC_NAMES

# lemmas whose subject (the run right before) is an organisation
SUBJECT_VERBS = {"acquire", "buy", "invest", "raise", "back", "partner", "sue", "compete", "report", "say", "announce"}
# lemmas whose object (the run right after, or after a preposition) is an organisation
OBJECT_VERBS = {"acquire", "buy", "back", "sue", "partner", "compete", "invest", "fund"}
OBJECT_PREPS = {"with", "against", "in"}
LAUNCH_VERBS = {"unveil", "launch", "release", "introduce", "debut", "announce"}
BY_VERBS = {"lead", "back", "acquire", "buy", "fund", "finance", "found"}  # `a round led by X`, `backed by X`
# `acquisition of X`, `stake in X`, `a subsidiary of X`
NOUN_OF = {"acquisition", "takeover", "purchase", "rival", "rivals", "stake", "subsidiary", "subsidiaries",
           "investment", "shareholder", "shareholders", "investor", "backer", "owner", "parent"}  # fmt: skip
ROUND_WORDS = {"round", "series", "financing", "funding", "raise", "it"}
LIST_HEADS = {
    "investors", "backers", "firms", "companies", "participants", "customers", "partners", "rivals", "competitors",
    "startups", "providers", "specialists", "makers", "chipmakers",
}  # fmt: skip
TITLES = {"ceo", "chief", "founder", "co-founder", "cofounder", "president", "chairman", "spokesperson"}
APPOSITIVE_NOUNS = {
    "rival", "startup", "start-up", "company", "firm", "investor", "chipmaker", "maker", "provider",
    "developer", "outlet", "publication", "subsidiary", "unit", "competitor",
}  # fmt: skip
STOP_WORDS = {
    "The", "This", "That", "These", "Those", "It", "Its", "We", "They", "He", "She", "I", "You", "Our", "Their",
    "A", "An", "In", "On", "At", "For", "But", "And", "Or", "So", "If", "As", "By", "With", "After", "Before",
    "Cloud", "Revenue", "Series", "Company", "Investors", "Analysts", "Shares", "Sales", "Customers", "Users",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "Today", "Earlier",
    "Last", "Next", "Both", "Each", "Other", "Some", "Many", "Most", "All", "One", "Two", "Three", "New", "Chief",
}  # fmt: skip
SUFFIX_WORDS = {"AI", "Labs", "Robotics", "Inc", "Inc.", "Technologies", "Systems", "Networks", "Computing"}
NOT_NAME_ENTS = {"GPE", "NORP", "LOC", "FAC"}
COLLECTIVES = {"family", "series", "line", "suite", "pair", "set", "range", "collection"}
CAPITALISED = re.compile(r"[A-Z][A-Za-z0-9&.-]*")
COMMON_TAGS = {"NN", "NNS", "JJ", "JJR", "JJS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "RB", "DT", "PRP", "IN"}


def slot_names(
    doc: Doc,
    taken: set[int],
    kind_of: Callable[[str], str | None] = lambda _: None,
    described: Callable[[Doc, int], str | None] = lambda _doc, _i: None,
) -> list[Span]:
    """New Company spans for capitalised runs in organisation-only slots, outside `taken`; a
    Product for what a company launches; the type an apposition's head noun gives (`kind_of`:
    `SmolLM, a family of small models`, `Gradio, a tool for …`) or the class word before the
    name does (`described`: `its earlier chip, Sycamore, …`, `a model called Zephyr`)."""
    lowered = {t.lower_ for t in doc if t.is_lower}
    out: list[Span] = []
    i = 0
    while i < len(doc):
        end = _run_end(doc, i, taken, lowered)
        if end == i:
            i += 1
            continue
        start = i - 1 if i > 0 and doc[i - 1].text == "The" and i - 1 not in taken and end == i + 1 else i
        if _in_slot(doc, start, end):
            out.append(Span(doc, start, end, label="Company"))
        elif launched(doc, start, end):
            out.append(Span(doc, start, end, label="Product"))
        elif _whole(doc, start) and (kind := _described_kind(doc, end, kind_of)) is not None:
            out.append(Span(doc, start, end, label=kind))
        elif (kind := described(doc, start)) is not None and kind != "Company":
            out.append(Span(doc, start, end, label=kind))
        elif (kind := _own_kind(doc, start, end, kind_of)) is not None:
            out.append(Span(doc, start, end, label=kind))
        i = end
    return out


def _name_word(doc: Doc, token: Token, taken: set[int], lowered: set[str]) -> bool:
    text = token.text
    if not CAPITALISED.fullmatch(text) or text in STOP_WORDS or text in GENERIC_NAMES:
        return False
    if _suffixed(doc, token.i, taken):
        return True  # `Figure AI`: a common word before a corporate suffix is a name
    if token.i in taken:
        return False
    if re.fullmatch(r"[A-Z]{2,6}", text) and token.i > 0 and doc[token.i - 1].lower_ in FIRM_NOUNS:
        return doc[token.i - 1].is_lower  # `private equity firm IMM`: an acronym a firm noun names
    if text in EVENTS or re.fullmatch(r"[A-Z]{2,6}s?", text) or token.lower_ in lowered:
        return False  # bare acronyms are terms; a word also written in lower case is a common word
    first = token.is_sent_start or (token.i > 0 and not doc[token.i - 1].is_alpha and doc[token.i - 1].text != ",")
    return not (first and token.tag_ in COMMON_TAGS) or _firm_apposition(doc, token.i + 1)


def _firm_apposition(doc: Doc, i: int) -> bool:
    """`Harvey, a legal AI startup`: an apposition naming a firm makes even a sentence's first
    word, read as a common noun, a name."""
    after = doc[i : i + 3]
    return len(after) == 3 and after[0].text == "," and after[1].lower_ in ("a", "an") and _appositive_noun(doc, i + 2)


def _suffixed(doc: Doc, i: int, taken: set[int]) -> bool:
    """A word before a corporate suffix, neither claimed by another name (the small model's
    places and buildings do not count: it calls `AI` a place and `Lantern AI` a facility)."""
    nxt = i + 1
    if nxt >= len(doc) or doc[nxt].text not in SUFFIX_WORDS:
        return False
    return all(k not in taken or doc[k].ent_type_ in NOT_NAME_ENTS for k in (i, nxt))


def _run_end(doc: Doc, i: int, taken: set[int], lowered: set[str]) -> int:
    end = i
    while end < len(doc) and end - i < 3 and _name_word(doc, doc[end], taken, lowered):
        end += 1
    if end > i and _suffixed(doc, end - 1, taken):
        end += 1  # the suffix itself (`AI` alone is a term, not a name word)
    return end


def _in_slot(doc: Doc, start: int, end: int) -> bool:
    before = [t.lower_ for t in doc[max(0, start - 3) : start]]
    after = list(doc[end : end + 5])
    nxt = after[0] if after else None
    if nxt is not None and nxt.tag_ in ("NN", "NNS") and nxt.is_lower:
        return False  # `bought Treasury bonds`: the capitalised word modifies the noun that fills the slot
    if nxt is not None and nxt.lemma_.lower() in SUBJECT_VERBS and nxt.pos_ in ("VERB", "AUX"):
        return True
    if len(after) >= 2 and after[0].text in ("'s", "’s") and after[1].lower_ in TITLES:
        return True
    if len(after) >= 3 and after[0].text == "," and after[1].lower_ in ("a", "an", "the", "its"):
        return _appositive_noun(doc, end + 2)
    if len(after) >= 3 and after[0].text == "," and after[1].lower_ == "whose" and after[2].lower_ in LIST_HEADS:
        return True  # `Zentry, whose investors include …`
    if _leads_round(doc, end):
        return True
    if len(after) >= 4 and after[0].text == "," and after[1].lower_ in ("which", "that"):  # `X, which is backed by`
        return bought_by_relative(doc, end) or any(t.tag_ == "VBN" and t.lemma_.lower() in BY_VERBS for t in after[2:5])
    if before and start > 0:
        prev = doc[start - 1]
        if prev.lemma_.lower() in OBJECT_VERBS and prev.pos_ == "VERB":
            return True
        if before[-1] in OBJECT_PREPS and start > 1 and doc[start - 2].lemma_.lower() in OBJECT_VERBS | {"invest"}:
            return True
        if before[-1] == "by" and start > 1 and doc[start - 2].lemma_.lower() in BY_VERBS:
            return True
        if before[-1] in ("of", "in") and len(before) >= 2 and before[-2] in NOUN_OF:
            return True
        if before[-2:] == ["according", "to"]:
            return True
    return _listed(doc, start)


def _leads_round(doc: Doc, i: int) -> bool:
    """`Accel and Coatue co-led the round`, `A and B led the Series A`: past the rest of a list
    of names, a verb of leading whose object is a round."""
    while i < len(doc) and (doc[i].lower_ in (",", "and") or CAPITALISED.fullmatch(doc[i].text)):
        if doc[i].lower_ == "co":
            break
        i += 1
    words = [t.lower_ for t in doc[i : i + 6]]
    if words[:3] == ["co", "-", "led"]:
        words = words[3:]
    elif words[:1] in (["led"], ["co-led"]):
        words = words[1:]
    else:
        return False
    return bool(words) and words[0] in ("the", "a", "its", "their", "it") and any(w in ROUND_WORDS for w in words[:4])


def launched(doc: Doc, start: int, end: int) -> bool:
    """`Salesforce unveiled Agentforce on …`: what a company launches is a product (a name
    right after the verb, and before a preposition, a comma or the sentence's end)."""
    if start == 0 or doc[start - 1].lemma_.lower() not in LAUNCH_VERBS or doc[start - 1].pos_ != "VERB":
        return False
    return end >= len(doc) or doc[end].pos_ in ("ADP", "PUNCT", "CCONJ")


def _appositive_noun(doc: Doc, start: int) -> bool:
    """`, a rival`, `, a two-year-old developer of`: the first noun of the appositive, past
    its modifiers, says what the name is."""
    head = appositive_head(doc, start)
    return head is not None and head.lower_ in APPOSITIVE_NOUNS


def appositive_head(doc: Doc, start: int) -> Token | None:
    """The first common noun from `start` past modifiers (`a two-year-old developer`), or the
    noun a collective names (`a family of small models` -> models)."""
    for token in doc[start : start + 7]:
        if _common_noun(token) and token.text not in ("year", "old"):
            while token.i + 1 < len(doc) and _compound_tail(doc[token.i + 1]):
                token = doc[token.i + 1]  # `a free chat app`: the compound's last noun
            of = token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of"
            return appositive_head(doc, token.i + 2) if token.lower_ in COLLECTIVES and of else token
        if token.text in (",", "(", ";") or token.pos_ == "VERB":
            return None
    return None


def _whole(doc: Doc, start: int) -> bool:
    """The run is the whole name, not the tail of one (`Stable Video Diffusion`, `HPE GreenLake`,
    `DeepSeek-R1-Lite-Preview`): nothing capitalised or hyphened runs into it from the left."""
    if start == 0:
        return True
    prev = doc[start - 1]
    return prev.whitespace_ != "" and not prev.text[:1].isupper() and prev.text not in ("-", "–")


def _common_noun(token: Token) -> bool:
    return token.tag_.startswith("NN") and token.is_lower  # the small model calls some (`app`) proper


def _compound_tail(token: Token) -> bool:
    """A noun continuing a compound, or a class noun the small model tagged otherwise (`a
    payments startup`: it reads startup as a participle there)."""
    return _common_noun(token) or (token.is_lower and token.lower_ in APPOSITIVE_NOUNS)


def _own_kind(doc: Doc, start: int, end: int, kind_of: Callable[[str], str | None]) -> str | None:
    """`its own Codex coding agent`, `their new Trainium chips`: a name after an owner's `own`
    or `new`, before a class noun (one modifier between), is of the class's type."""
    if start < 2 or doc[start - 2].lower_ not in ("its", "their") or doc[start - 1].lower_ not in ("own", "new"):
        return None
    for word in doc[end : end + 2]:
        kind = kind_of(word.lower_) if word.is_lower else None
        if kind in ("Product", "Platform", "Chip"):
            return kind
    return None


def _described_kind(doc: Doc, end: int, kind_of: Callable[[str], str | None]) -> str | None:
    """An artifact type from an apposition right after the name (`HuggingChat, a free chat app`)."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the", "its"):
        return None
    head = appositive_head(doc, end + 2)
    kind = kind_of(head.lower_) if head is not None else None
    return kind if kind in ("Product", "Platform", "Chip") else None


def _listed(doc: Doc, start: int) -> bool:
    """`investors including X, Y and Z`, `backers such as X`, `investors … include X`: walk back
    over the list."""
    j = start - 1
    while j >= 0 and j > start - 12:
        word = doc[j].lower_
        if word == ":" and j > 0 and doc[j - 1].lower_ in LIST_HEADS:
            return True  # `Investors: X, Y and Z`
        if word in ("investors", "backers") and doc[j].is_lower:
            return True  # `existing investors Foundry Group and GV also took part`
        if word in ("including", "like") or (word == "as" and j > 0 and doc[j - 1].lower_ == "such"):
            head = j - 2 if word == "as" else j - 1
            return head >= 0 and doc[head].lower_ in LIST_HEADS
        if doc[j].lemma_ == "include" and doc[j].pos_ == "VERB":  # `The investors joining the rescue include X`
            return any(c.dep_ == "nsubj" and c.lower_ in LIST_HEADS for c in doc[j].children)
        if not (word in (",", "and") or CAPITALISED.fullmatch(doc[j].text)):
            return False
        j -= 1
    return False
