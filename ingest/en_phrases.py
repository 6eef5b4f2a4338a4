"""How English phrases name entities: the mention a parse node stands for, and lists of them.

Shared by the verb rules (relations_en) and the noun rules (relations_nouns_en).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.extraction import AGENT_TYPES as AGENTS
from ingest.extraction import Mention

NEAR_DEPS = {"compound", "amod", "appos", "nmod", "poss", "det", "nummod", "quantmod", "punct", "case"}


def mention_at(token: Token, by_token: dict[int, Mention], prefer: set[str] | None = None) -> Mention | None:
    """The entity a phrase names: its head or a modifier close to it, never one buried in a
    prepositional or relative clause (`a collaboration to build … on Azure` names no entity).
    With `prefer`, a modifier of those types wins over an owner (`Google's Gemma models`)."""
    if token.i in by_token:
        return by_token[token.i]
    # the name itself (`AMD's MI300X accelerator`, `its next platform, Blackwell`) before its owner
    queue = sorted((c for c in token.children if c.dep_ in NEAR_DEPS or is_naming(c)), key=lambda c: c.dep_ == "poss")
    first: Mention | None = None
    while queue:
        t = queue.pop(0)
        if t.i in by_token:
            if prefer is None or by_token[t.i].type in prefer:
                return by_token[t.i]
            first = first or by_token[t.i]
        queue.extend(
            c for c in t.children if c.dep_ in NEAR_DEPS or c.dep_ in ("oprd", "dobj", "attr") and is_naming(t)
        )
    return first


def is_naming(token: Token) -> bool:
    """`a chip called ATOM`, `a model named Solar`."""
    return token.dep_ == "acl" and token.lemma_ in ("call", "name", "dub", "brand")


def prep_object(
    head: Token, preps: tuple[str, ...], by_token: dict[int, Mention], prefer: set[str] | None = None
) -> Mention | None:
    for child in head.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return mention_at(pobj, by_token, prefer)
    return None


CLAUSES = {"relcl", "ccomp", "advcl", "csubj", "parataxis"}
# where the parser hangs a preposition on its verb (`supplies batteries to A, B and C` as a dative)
PREP_DEPS = ("prep", "prt", "dative")


def _same_clause(token: Token) -> bool:
    """Not the start of another clause: a relative, reported or coordinated verb."""
    return token.dep_ not in CLAUSES and not (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"))


def clause_prep_objects(
    head: Token, preps: set[str], by_token: dict[int, Mention], types: set[str]
) -> list[Mention]:
    """Every name of `types` after one of `preps` in `head`'s own clause (not inside a
    relative or reported clause), lists included: `through A and on B`, `trained X on A
    and Y on B`."""
    out: list[Mention] = []
    stack = [c for c in head.children if _same_clause(c)]
    while stack:
        t = stack.pop()
        if t.dep_ == "pobj" and t.head.lower_ in preps:
            listed = with_conjuncts(mention_at(t, by_token, types), t, by_token)
            out += [m for m in listed if m.type in types and m not in out]
        stack.extend(c for c in t.children if _same_clause(c))
    return sorted(out, key=lambda m: m.start)


def with_conjuncts(first: Mention | None, token: Token | None, by_token: dict[int, Mention]) -> list[Mention]:
    """A mention plus the ones coordinated with it: `Trainium and Inferentia`."""
    if first is None:
        return []
    out = [first]
    conjuncts = list(token.conjuncts) if token is not None else []
    if token is not None and token.dep_ in ("compound", "nmod") and token.head.i not in by_token:
        conjuncts += token.head.conjuncts  # `the Gaudi 3 accelerator … and the Xeon 6 CPU`
    for conj in conjuncts:
        other = mention_at(conj, by_token)
        if other is not None and other.iri not in {m.iri for m in out}:
            out.append(other)
    if token is not None:
        kind = first.type in AGENTS
        out += [m for m in listed_after(token, by_token) if (m.type in AGENTS) == kind and m not in out]
    return out


LIST_GLUE = {",", "and", "or", "&"}


def _span_end(i: int, by_token: dict[int, Mention]) -> int:
    mention = by_token[i]
    while by_token.get(i + 1) is mention:
        i += 1
    return i


def listed_after(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The names that follow a name in a written list (`AWS (Amazon), Hugging Face and
    Kaggle`), read from the surface because the small parser often breaks long lists. A
    name followed by a verb starts a new clause (`…, and Google uses`), and one followed by
    `'s` owns what follows: neither is a list item."""
    doc = token.doc
    if token.i not in by_token:
        return []
    out: list[Mention] = []
    j = _span_end(token.i, by_token) + 1
    while j < len(doc):
        if doc[j].text == "(":
            close = next((k for k in range(j, min(j + 8, len(doc))) if doc[k].text == ")"), None)
            if close is None:
                break
            j = close + 1
        elif doc[j].lower_ in LIST_GLUE:
            j += 1
        elif j in by_token:
            end = _span_end(j, by_token)
            if end + 1 < len(doc) and (doc[end + 1].pos_ in ("VERB", "AUX") or doc[end + 1].text in ("'s", "’s")):
                break  # `…, and Google uses`: a new clause; `IBM, Google's rival`: an owner, not an item
            out.append(by_token[j])
            j = end + 1
        elif doc[j].pos_ == "PROPN" and j + 1 < len(doc) and doc[j + 1].lower_ in LIST_GLUE:
            j += 1  # `Acer, ASUS, Dell`: an unrecognised name does not end the list
        else:
            break
    return out


def token_of(mention: Mention | None, by_token: dict[int, Mention], doc: Doc) -> Token | None:
    if mention is None:
        return None
    for i, m in by_token.items():
        if m is mention:
            return doc[i]
    return None


def words_of(doc: Doc) -> set[str]:
    """The sentence's lower-cased words for cue lookups (hedges, plans), the month `May` left
    out: `In May, X signed` is no `may`."""
    return {t.lower_ for t in doc if not (t.lower_ == "may" and t.tag_ != "MD")}


def named_right_after(token: Token, by_token: dict[int, Mention], reach: int = 5) -> Token | None:
    """The first name within `reach` words after `token`, past lower-case words only (`of the
    coding startup Windsurf`): the surface reading where the small parser broke the phrase."""
    for t in token.doc[token.i + 1 : token.i + 1 + reach]:
        if t.i in by_token:
            return t
        if not (t.is_alpha and t.is_lower):
            return None
    return None



def named_list(token: Token | None, by_token: dict[int, Mention], prefer: set[str] | None = None) -> list[Mention]:
    """The mention a node names plus the list it heads (`A, B and C`)."""
    if token is None:
        return []
    return with_conjuncts(mention_at(token, by_token, prefer), token, by_token)


def denied(tok: Token) -> bool:
    """`did not buy`, `is not a competitor`: the clause says no (`not only … but` still says yes)."""
    doc = tok.doc
    return any(c.dep_ == "neg" and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "only") for c in tok.children)


def included_names(noun: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The names a class noun lists as its members: `the big cloud providers, including A, B
    and C`, `chips such as A and B`."""
    out: list[Mention] = []
    for prep in noun.children:
        such = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
        if prep.dep_ == "prep" and (prep.lower_ == "including" or such):
            for first in (c for c in prep.children if c.dep_ == "pobj"):
                out += named_list(first, by_token)
    return out

