"""English attribution: `according to X`, `per X`, `X said`, `…, X predicts.`, a passive
agent (`reported by X`), a pronoun subject carried from the sentences before."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ingest.attribution import PRONOUNS, Speaker, leading_label
from ingest.extraction import AGENT_TYPES, Mention

SAY_EN = {
    "say",
    "forecast",
    "predict",
    "estimate",
    "expect",
    "project",
    "tell",
    "note",
    "argue",
    "claim",
    "announce",
    "report",
    "raise",
    "state",
    "disclose",
    "reveal",
    "add",
    "write",
    "calculate",
    "find",
    "show",
    "peg",
    "see",
    "warn",
    "count",
    "tally",
    "reckon",
    "survey",
    "publish",
    "confirm",
    "describe",
    "put",
}
OUTLOOK_NOUNS = {
    "forecast",
    "estimate",
    "outlook",
    "guidance",
    "projection",
    "target",
    "prediction",
    "expectation",
    "that",
    "it",
}


def en_attribution(doc: Doc, mentions: list[tuple[Span, Mention]], speaker: Speaker) -> Mention | None:
    by_token = {t.i: m for s, m in mentions for t in s}
    cited = _cited_source(doc, by_token) or leading_label(doc, mentions) or _trailing_speaker(doc, by_token)
    if cited:
        return cited
    for tok in doc:
        if not _reports(tok):
            continue
        owner = _report_owner(tok, by_token)  # `a McKinsey report estimating that …`
        if owner is not None:
            return owner
        for child in _subject_side(tok):
            if child.dep_ == "agent":  # `accounts reported by Reuters`
                for t in child.subtree:
                    if t.i in by_token and by_token[t.i].type in AGENT_TYPES:
                        return by_token[t.i]
            if child.dep_ != "nsubj" or any(t.lower_ in ("neither", "no") for t in child.subtree):
                continue  # `Microsoft is expected to spend`: the passive subject is not speaking
            named = [by_token[t.i] for t in _outside_clauses(child) if t.i in by_token]
            named = [m for m in named if m.type in AGENT_TYPES]
            if named:  # the head noun's name first, then a person: `Nvidia CEO Jensen Huang said`
                head = by_token.get(child.i)
                return head if head in named else next((m for m in named if m.type == "Person"), named[0])
            if child.lower_ in PRONOUNS or any(t.lower_ in PRONOUNS for t in child.subtree):
                return speaker.antecedent(child.lower_)
    return None


REPORT_NOUNS = {"report", "study", "survey", "analysis", "estimate", "forecast", "paper", "note"}


def _report_owner(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The organisation naming a report the participle describes (`pointed to a June 2023
    McKinsey & Company report estimating that …`): the report speaks for it."""
    head = verb.head
    if verb.dep_ != "acl" or head.lemma_.lower() not in REPORT_NOUNS:
        return None
    inside = {t.i for t in verb.subtree}
    named = [by_token[t.i] for t in head.subtree if t.i < head.i and t.i not in inside and t.i in by_token]
    return next((m for m in named if m.type in AGENT_TYPES), None)


def _reports(tok: Token) -> bool:
    """A reporting verb, not negated; `raise` only a forecast (`Graphcore raised $700 million` is
    funding), `put` only a figure (`figures put the share at 40%`)."""
    if tok.lemma_ not in SAY_EN or tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
        return False
    if tok.lemma_ == "raise":
        return any(c.dep_ == "dobj" and c.lemma_ in OUTLOOK_NOUNS for c in tok.children)
    if tok.lemma_ == "put":
        return any(c.dep_ == "prep" and c.lower_ == "at" for c in tok.children)
    return True


def _cited_source(doc: Doc, by_token: dict[int, Mention]) -> Mention | None:
    """`according to X`, `per X,`."""
    for tok in doc:
        after = tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"
        if after or (tok.lower_ == "per" and (tok.i == 0 or doc[tok.i - 1].is_punct)):
            first = tok.i + (2 if after else 1)
            for t in doc[first : first + 6]:
                if t.i in by_token:
                    return by_token[t.i]
    return None


def _trailing_speaker(doc: Doc, by_token: dict[int, Mention]) -> Mention | None:
    """`…, TrendForce predicts.` / `…, said Lisa Su.`: the speaker after the last comma, whatever
    the parser made of the verb."""
    commas = [t.i for t in doc if t.text == ","]
    if not commas:
        return None
    tail = [t for t in doc[commas[-1] + 1 :] if not t.is_punct]
    if not 2 <= len(tail) <= 6:
        return None
    says = [k for k, t in enumerate(tail) if t.lemma_ in SAY_EN or t.lower_.rstrip("s") in SAY_EN]
    named = [k for k, t in enumerate(tail) if t.i in by_token and by_token[t.i].type in AGENT_TYPES]
    if says and named and (says[0] == 0 or says[0] == named[-1] + 1):
        return by_token[tail[named[0]].i]
    return None


def _subject_side(verb: Token) -> list[Token]:
    """The verb's children, or, for a participle or coordinated verb without a subject of its
    own (`The update painted a closer race, projecting that …`), the governing verb's."""
    own = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in own) or verb.dep_ not in ("advcl", "conj", "xcomp"):
        return own
    return own + [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _outside_clauses(head: Token) -> list[Token]:
    """The subject phrase without its relative clauses: in `the chip that Apple introduced
    raises that`, Apple is not the one speaking."""
    clauses = [t for t in head.subtree if t.dep_ == "relcl" and t.i != head.i]
    inside = {t.i for c in clauses for t in c.subtree}
    return [t for t in head.subtree if t.i not in inside]


LEAD_VERBS_EN = {"describe", "present", "give", "list", "outline", "detail", "summarize", "put"}


def en_lead_in_speaker(doc: Doc, mentions: list[tuple[Span, Mention]], speaker: Speaker) -> Mention | None:
    """`as Meta described them:`, `the company presented:`."""
    found = en_attribution(doc, mentions, speaker)
    if found is not None:
        return found
    by_token = {t.i: m for s, m in mentions for t in s}
    for tok in doc:
        if tok.lemma_ in LEAD_VERBS_EN and tok.pos_ == "VERB":
            for child in tok.children:
                if child.dep_ == "nsubj":
                    named = by_token.get(child.i)
                    if named is not None and named.type in AGENT_TYPES:
                        return named
                    if child.lower_ in PRONOUNS or any(t.lower_ in PRONOUNS for t in child.subtree):
                        return speaker.antecedent(child.lower_)
    return None
