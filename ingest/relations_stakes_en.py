"""English stakes and funding written with nouns and verbs: `X's shareholders include A and B`,
`A is a strategic investor in X`, `backed by A`, `funding from A`, `invested $1 billion in X`,
`Amazon's stake in Anthropic`; control taken (`took a controlling stake in X`, `takes control
of X`) is an acquisition. Also the clause helpers the other noun readers share
(relations_nouns_en) and whether money was refused, reported or only planned.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.en_phrases import denied, mention_at, named_list, prep_object, words_of
from ingest.en_topic import Topic, antecedent_in_sentence, subject_of_passive
from ingest.extraction import ORG_TYPES, Mention

INVESTOR_NOUNS = {"investor", "shareholder", "backer", "stakeholder"}
FUNDING_NOUNS = {
    "funding", "investment", "stake", "backing", "capital", "%", "percent", "share", "shares", "commitment", "bet",
}
INVEST_VERBS = {"invest", "put", "pour"}



def child(token: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def possessor(token: Token, by_token: dict[int, Mention]) -> Mention | None:
    owner = child(token, ("poss",))
    return mention_at(owner, by_token) if owner is not None else None


def clause_subject(token: Token, by_token: dict[int, Mention], topic: Topic) -> Mention | None:
    node: Token | None = token
    while node is not None:
        subject = child(node, ("nsubj", "nsubjpass"))
        if subject is not None:
            return mention_at(subject, by_token) or antecedent_in_sentence(subject, by_token) or topic.resolve(subject)
        node = node.head if node.head.i != node.i else None
    return None


def _deep_prep_object(token: Token, preps: tuple[str, ...], by_token: dict[int, Mention]) -> Mention | None:
    """`invested $1 billion in OpenAI`: the `in` phrase may hang from the amount, or from a
    clause about the amount (`put the $4 billion it promised into Anthropic`)."""
    for t in token.subtree:
        heads = [t.head.i, t.head.head.i] + ([t.head.head.head.i] if t.head.dep_ == "relcl" else [])
        if t.dep_ == "prep" and t.lower_ in preps and token.i in heads:
            pobj = child(t, ("pobj",))
            if pobj is not None and mention_at(pobj, by_token) is not None:
                return mention_at(pobj, by_token)
    return None


def investor_noun(tok: Token, by_token: dict[int, Mention], topic: Topic) -> list[tuple[Mention, Mention]]:
    target = possessor(tok, by_token) or prep_object(tok, ("in",), by_token)
    if target is not None and target.type not in ORG_TYPES:
        target = None  # `among its investors` read as the owner of something else
    investors: list[Mention] = []
    slot = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one" else tok
    head = slot.head  # `one of the first outside investors in X` stands where the noun would
    if slot.dep_ == "attr":
        investors = named_list(_named_subject(head), by_token)
    elif tok.dep_ == "nsubj" and head.lemma_ == "include":
        investors = named_list(child(head, ("dobj",)), by_token)
    elif slot.dep_ == "appos":
        investors = named_list(head, by_token)
    elif tok.dep_ == "pobj" and head.lower_ in ("among", "as"):  # `X is among the investors`, `counts X among`
        verb = head.head
        investors = named_list(child(verb, ("dobj",)), by_token) or named_list(child(verb, ("nsubj",)), by_token)
    including = next((c for c in tok.children if c.lower_ in ("including", "include", "such")), None)
    if including is not None:
        investors += named_list(child(including, ("pobj", "dobj")), by_token)
    owner = child(tok, ("poss",))
    if target is None and investors and owner is not None and owner.lower_ in ("its", "their"):
        target = topic.agent  # `X has long been its biggest backer`: the company the article is about
    if target is None and investors:
        target = clause_subject(head, by_token, topic)
    if target is not None and any(i.iri == target.iri for i in investors):
        return []  # `Nvidia and Google joined as new investors`: the clause's subject invests
    return [(i, target) for i in investors if target is not None]


def _named_subject(verb: Token) -> Token | None:
    """The subject of a copula; for a relative one (`the group that is X's largest investor`),
    the name the clause's noun is in apposition to (or the noun itself)."""
    subject = child(verb, ("nsubj",))
    if subject is None or subject.tag_ not in ("WDT", "WP") or verb.dep_ != "relcl":
        return subject
    noun = verb.head
    return noun.head if noun.dep_ == "appos" else noun


def funding_pairs(tok: Token, by_token: dict[int, Mention], topic: Topic) -> list[tuple[Mention, Mention]]:
    source = prep_object(tok, ("from", "by"), by_token)
    if source is None:
        return _stake_in(tok, by_token, topic)
    marker = next(c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by"))
    sources = named_list(child(marker, ("pobj",)), by_token)
    backed = tok.lemma_ == "back" or funded_by(tok)
    target = subject_of_passive(tok, by_token, topic) if backed else None
    if target is None and not (backed and tok.dep_ in ("acl", "amod")):  # `a startup backed by KT`
        target = clause_subject(tok, by_token, topic)
    return [(s, target) for s in sources or [source] if target is not None]


def funded_by(tok: Token) -> bool:
    """`a startup funded by A and B`, `financed by B`: a passive with its agent, like `backed by`."""
    return (
        tok.lemma_.lower() in ("fund", "finance")
        and tok.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in tok.children)
    )


def _stake_in(tok: Token, by_token: dict[int, Mention], topic: Topic) -> list[tuple[Mention, Mention]]:
    """`Microsoft made a small investment in the company`, `Amazon's stake in Anthropic`,
    `SoftBank owns about 90% of Arm`: the holder is the possessor or the clause's subject."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "into", "of")), None)
    pobj = child(prep, ("pobj",)) if prep is not None else None
    modifiers = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i in by_token]
    named = by_token[modifiers[0].i] if modifiers else None
    if named is not None and named.type in ORG_TYPES and tok.lemma_.lower() in MONEY_NOUNS:
        target: Mention | None = named  # `its $4 billion Anthropic investment`
    elif prep is None or pobj is None or (prep.lower_ == "of" and tok.lemma_.lower() not in HELD):
        return []
    else:
        target = mention_at(pobj, by_token) or (topic.resolve(pobj) if pobj.lemma_.lower() in COMPANY_WORDS else None)
    if tok.dep_ == "dobj" and tok.head.lemma_ == "sell":  # `sell 51% of Altera to Silver Lake`: the buyer holds it
        buyer = prep_object(tok.head, ("to",), by_token)
        return [(buyer, target)] if buyer is not None and target is not None else []
    holder = possessor(tok, by_token)
    pronoun = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
    if holder is None and (pronoun or tok.dep_ == "dobj" and tok.head.lemma_ in STAKE_VERBS):  # `completes its stake`
        holder = clause_subject(tok.head, by_token, topic)
    return [(holder, target)] if holder is not None and target is not None else []


CONTROL_WORDS = {"controlling", "majority"}
TAKE_CONTROL = {"take", "gain", "assume", "acquire", "seize"}


def controlling(tok: Token) -> bool:
    """`a controlling stake`, `a majority stake`."""
    return tok.lemma_.lower() == "stake" and any(c.lower_ in CONTROL_WORDS for c in tok.children)


def control_of(tok: Token, by_token: dict[int, Mention], topic: Topic) -> list[tuple[Mention, Mention]]:
    """`LG takes control of Bear Robotics`, `taking control of the company`: an acquisition."""
    if tok.dep_ != "dobj" or tok.head.lemma_ not in TAKE_CONTROL:
        return []
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = child(prep, ("pobj",)) if prep is not None else None
    if pobj is None:
        return []
    holder = clause_subject(tok.head, by_token, topic)
    target = mention_at(pobj, by_token, ORG_TYPES)
    if target is None and pobj.lemma_ in COMPANY_WORDS:  # `the company`: the last other one named, else the topic's
        named = [m for i, m in sorted(by_token.items()) if i < pobj.i and m.type in ORG_TYPES and m is not holder]
        target = named[-1] if named else topic.resolve(pobj)
    if holder is None or target is None or holder.iri == target.iri or target.type not in ORG_TYPES:
        return []
    return [(holder, target)]


COMPANY_WORDS = {"company", "startup", "firm"}
MONEY_NOUNS = {"investment", "commitment", "stake", "bet", "funding", "backing"}
HELD = {"stake", "%", "percent", "share", "shares"}
STAKE_VERBS = {"make", "take", "hold", "own", "acquire", "buy", "announce", "complete"}


def invest_verb(tok: Token, by_token: dict[int, Mention], topic: Topic) -> list[tuple[Mention, Mention]]:
    target = _deep_prep_object(tok, ("in", "into"), by_token)
    money = any(t.ent_type_ == "MONEY" for t in tok.subtree)
    if target is None or refused(tok) or (tok.lemma_ != "invest" and not money):
        return []
    investor = clause_subject(tok, by_token, topic)
    return [(investor, target)] if investor is not None else []


REFUSED = {"decline", "refuse", "deny", "reject"}
HEDGES = {"talks", "reportedly", "reports", "reported", "may", "might", "could", "considering"}
PLANS = {"will", "plan", "plans", "planned", "expected"}


def negated(verb: Token) -> bool:
    """`did not buy`, `rather than bought from Nvidia`, `instead of buying`."""
    before = [t.lower_ for t in verb.doc[max(0, verb.i - 3) : verb.i]]
    return denied(verb) or "than" in before or "instead" in before


def refused(verb: Token) -> bool:
    """`declined to invest`, `did not participate`, `rather than invest`."""
    return negated(verb) or (verb.dep_ == "xcomp" and verb.head.lemma_ in REFUSED)


def money_status(doc: Doc) -> str:
    """`in talks to invest`, `reportedly invested` (hedged); `will invest` (planned)."""
    words = words_of(doc)
    if words & HEDGES:
        return "hedged"
    return "planned" if words & PLANS else "asserted"
