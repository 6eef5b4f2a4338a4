"""English funding rounds: who put money into the company that raised it.

Tech news names a round's investors around a handful of words rather than with `invest`:
`X raised $N in a round led by A, with participation from B and C`, `A led the round`,
`B, C and D also participated`, `existing investors A and B joined`, `X's backers A and B`,
`raised $N from A`, `led by Samsung's venture arm` (the arm's owner invests). The company is
the subject of the raising verb, the round's owner (`Mistral AI's round`, `the round in
Mistral AI`), else the company that raised money in the sentence before or the article's
current subject (`Topic`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ingest.en_phrases import clause_prep_objects, listed_after, mention_at, with_conjuncts
from ingest.en_topic import Topic
from ingest.extraction import AGENT_TYPES, ORG_TYPES, Mention
from ingest.funding_labels import is_lead_in, labelled_investors
from ingest.relations_makers_en import clause_owner
from ingest.relations_stakes_en import INVESTOR_NOUNS, clause_subject, money_status, refused

RAISE_VERBS = {"raise", "secure", "close", "land", "receive", "get", "complete", "announce", "collect"}
ROUND_NOUNS = {"round", "funding", "financing", "investment", "raise", "series", "fundraising", "fundraise"}
ARM_NOUNS = {"arm", "fund", "unit", "subsidiary", "division"}  # `Samsung's venture arm`
ADVISED_NOUNS = {"fund", "account", "vehicle", "entity", "investor"}  # `funds advised by T. Rowe Price`
ADVISING_VERBS = {"advise", "manage", "run", "affiliate"}
PARTICIPANTS = INVESTOR_NOUNS | {"participant"}  # `A was among the participants in the round`
COMMIT_VERBS = {"commit", "pledge"}  # `committed $13 billion to OpenAI`
JOIN_VERBS = {"participate", "join", "return", "invest"}  # `existing backers also returned`, `with A also investing`
LEAD_VERBS = {"lead", "anchor", "spearhead"}  # `Amazon's fund anchors the round`
ARRIVAL_VERBS = {"come", "join", "sign", "return"}  # `came in as new investors`
MONEY_VERBS = {"put", "pour"}
MONEY_NOUNS = {"money", "cash", "capital", "funds"}

Triple = tuple[Mention, str, Mention, str]


def _investor(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The names a phrase gives, with the list it heads; an arm's owner for the arm."""
    named = mention_at(token, by_token)
    if named is None and token.lemma_.lower() in ARM_NOUNS:
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        named = by_token.get(owner.i) if owner is not None else None
    if named is None and token.lemma_.lower() in ADVISED_NOUNS:
        named = _adviser(token, by_token)
    if named is None:
        return []
    listed = with_conjuncts(named, token, by_token)
    return listed + [m for m in listed_after(token, by_token) if m not in listed]


def _adviser(token: Token, by_token: dict[int, Mention]) -> Mention | None:
    """`Funds and accounts advised by T. Rowe Price led the round`: the firm behind the funds."""
    for verb in (c for n in [token, *token.conjuncts] for c in n.children):
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in ADVISING_VERBS:
            agent = next((c for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None:
                return mention_at(pobj, by_token)
    return None


def _pobj_investors(prep: Token | None, by_token: dict[int, Mention]) -> list[Mention]:
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return _investor(pobj, by_token) if pobj is not None else []


def _along_with(verb: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """`… joined, along with Sound Ventures`, `… include A and B, alongside C`: the names added."""
    out: list[Mention] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("along", "alongside", "together")):
        withs = [prep] if prep.lower_ == "alongside" else [c for c in prep.children if c.lower_ == "with"]
        out += [m for w in withs for m in _pobj_investors(w, by_token)]
    return out


def _money_raised(verb: Token) -> bool:
    """A raising verb whose clause names money or a round: `raised $500 million`, `closed a round`."""
    if verb.lemma_.lower() not in RAISE_VERBS or verb.pos_ != "VERB":
        return False
    kept = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod") or (c.dep_ == "prep" and c.lower_ == "in")]
    words = [t for c in kept for t in c.subtree]  # not `raised its forecast to $4 billion`
    return any(t.ent_type_ == "MONEY" or t.lemma_.lower() in ROUND_NOUNS for t in words)


def _round_owner(doc: Doc, by_token: dict[int, Mention]) -> Mention | None:
    """`Mistral AI's round`, `the round in Mistral AI`, `Databricks' Series I`, `X's backers`."""
    for tok in doc:
        if tok.lemma_.lower() not in ROUND_NOUNS | INVESTOR_NOUNS:
            continue
        named = [tok, tok.head] if tok.dep_ == "compound" else [tok]  # `Mistral AI's Series B`
        for c in (c for n in named for c in n.children):
            if c.dep_ == "poss" and c.i in by_token:
                return by_token[c.i]
            if c.dep_ == "poss" and c.lower_ in ("its", "their"):  # `Groq said its round was led by A`
                return clause_owner(c, by_token)
            if c.dep_ == "poss" and c.lower_ == "whose":  # `Zentry, whose investors include A`
                clause = next((a for a in c.ancestors if a.dep_ == "relcl"), None)
                return mention_at(clause.head, by_token) if clause is not None else None
            if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ == "VERB":
                verb = tok.head.head  # `Orbit AI emerged with a $70 million seed round`
                subject = next((s for s in verb.children if s.dep_ == "nsubj"), None)
                raiser = mention_at(subject, by_token) if subject is not None else by_token.get(verb.i - 1)
                if raiser is not None:  # (`In March Orbit AI emerged`: parsed as the place of `In`)
                    return raiser
            if c.dep_ == "prep" and c.lower_ in ("in", "for", "into"):
                pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if pobj is not None and mention_at(pobj, by_token) is not None:
                    return mention_at(pobj, by_token)
    return None


def _investors(doc: Doc, by_token: dict[int, Mention], context: bool) -> list[Mention]:
    """Everyone the sentence names as putting money into a round."""
    out: list[Mention] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma == "lead" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children):
            out += _pobj_investors(next(c for c in tok.children if c.dep_ == "agent"), by_token)  # `led by A`
        elif lemma in LEAD_VERBS and tok.pos_ == "VERB":  # `A led the round`, `Series A, which A led`, `B co-led it`
            rounds = ROUND_NOUNS | ({"it"} if context else set())
            if (any(c.dep_ == "dobj" and _is_round(c, rounds) for c in tok.children) or _led_round(tok)) and not (
                refused(tok)
            ):
                out += [m for c in _subjects(tok) for m in _investor(c, by_token)]
        elif lemma == "participation":  # `with participation from B, C and D`
            out += _pobj_investors(next((c for c in tok.children if c.lower_ == "from"), None), by_token)
        elif (lemma in JOIN_VERBS or _takes_part(tok)) and _joins_round(tok) and context and not refused(tok):
            out += [m for c in tok.children if c.dep_ == "nsubj" for m in _investor(c, by_token)]
            out += _along_with(tok, by_token)
        elif lemma in PARTICIPANTS and tok.dep_ == "pobj" and tok.head.lower_ == "as" and context:
            verb = tok.head.head  # `C and D came in as new investors`
            if verb.pos_ == "VERB" and verb.lemma_ in ARRIVAL_VERBS:
                out += [m for c in verb.children if c.dep_ == "nsubj" for m in _investor(c, by_token)]
        elif (lemma == "be" or lemma in COMMIT_VERBS) and context and _into_round(tok) and not refused(tok):
            out += [m for c in tok.children if c.dep_ == "nsubj" for m in _investor(c, by_token)]
        elif lemma in MONEY_VERBS and tok.pos_ == "VERB" and context and _money_put_in(tok):
            out += [m for c in tok.children if c.dep_ == "nsubj" for m in _investor(c, by_token)]  # `also put money in`
        elif lemma in PARTICIPANTS and tok.dep_ == "pobj" and tok.head.lower_ == "among" and context:
            named = [c for c in tok.head.head.children if c.dep_ == "dobj"]  # `Reuters named A among its backers`
            named = named or [c for c in tok.head.head.children if c.dep_ == "nsubj"]
            out += [m for c in named for m in _investor(c, by_token)]
            among = tok.head.head  # `with A, B and C among the investors`: on A, or on the verb beside `with A`
            withs = (
                [c for c in among.children if c.dep_ == "prep" and c.lower_ == "with"] if among.pos_ == "VERB" else []
            )
            out += _investor(among, by_token) + [m for w in withs for m in _pobj_investors(w, by_token)]
        elif lemma in INVESTOR_NOUNS and tok.i + 1 < len(doc) and tok.i + 1 in by_token:  # `existing investors A and B`
            out += _investor(doc[tok.i + 1], by_token)
            out += [m for m in listed_after(doc[tok.i + 1], by_token) if m not in out]
        elif lemma in INVESTOR_NOUNS and tok.dep_ == "nsubj" and tok.head.lemma_ == "include":  # `Investors include A`
            out += [m for c in tok.head.children if c.dep_ == "dobj" for m in _investor(c, by_token)]
            out += _along_with(tok.head, by_token)
        elif lemma == "include" and tok.pos_ == "VERB" and _round_subject(tok):  # `the round … included A and B`
            out += [m for c in tok.children if c.dep_ == "dobj" for m in _investor(c, by_token)]
        elif _money_raised(tok):  # `raised $4 billion from Amazon`
            froms = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"]
            froms += [p for c in tok.children if c.dep_ == "dobj" for p in c.children if p.lower_ == "from"]
            out += [m for p in froms for m in _pobj_investors(p, by_token)]
    return [m for i, m in enumerate(out) if m.type in AGENT_TYPES and m not in out[:i]]


def _is_round(token: Token, rounds: set[str]) -> bool:
    """`the round`, `the Series A` (the parser makes `Series` a compound of `A`)."""
    return token.lemma_.lower() in rounds or any(
        c.dep_ == "compound" and c.lemma_.lower() in ROUND_NOUNS for c in token.children
    )


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is coordinated with (`A and B co-led it`,
    where the parser makes `co` the verb and `led` its conjunct)."""
    node = verb
    while node.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in node.children):
        node = node.head
    return [c for c in node.children if c.dep_.startswith("nsubj")]


def _money_put_in(verb: Token) -> bool:
    """`B and C also put money in`: money into the round, the company left unsaid."""
    money = any(c.dep_ == "dobj" and c.lemma_.lower() in MONEY_NOUNS for c in verb.children)
    return money and any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "in" and not list(c.children)
                         for c in verb.children)  # fmt: skip


def _into_round(verb: Token) -> bool:
    """`A and B are in Rebellions' Series C`, `committed money to the company's bridge round`:
    the verb's `in` or `to` phrase is a round (its owner, the raiser, is read elsewhere)."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "to")]
    return any(_is_round(p, ROUND_NOUNS) for c in preps for p in c.children if p.dep_ == "pobj")


def _led_round(verb: Token) -> bool:
    """`Figure's Series A, which Parkway led`: the relative clause's head is the round."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children):
        return False
    head = verb.head
    return head.lemma_.lower() in ROUND_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in ROUND_NOUNS for c in head.children
    )


def _committed(doc: Doc, by_token: dict[int, Mention]) -> list[Triple]:
    """`Microsoft has committed $13 billion to OpenAI`: money pledged to a company."""
    out: list[Triple] = []
    for verb in doc:
        if verb.lemma_ not in COMMIT_VERBS or verb.pos_ != "VERB" or refused(verb):
            continue
        money = any(t.ent_type_ == "MONEY" for c in verb.children if c.dep_ == "dobj" for t in c.subtree)
        giver = next((by_token[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in by_token), None)
        if money and giver is not None and giver.type in AGENT_TYPES:
            out += [
                (giver, "investsIn", m, money_status(doc))
                for m in clause_prep_objects(verb, {"to"}, by_token, ORG_TYPES)
            ]
    return out


def _round_subject(verb: Token) -> bool:
    """The verb's subject (or the subject of the verb it is coordinated with) is a round."""
    return any(c.lemma_.lower() in ROUND_NOUNS for c in _subjects(verb))


def _takes_part(verb: Token) -> bool:
    return verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)


def _joins_round(verb: Token) -> bool:
    """`also joined`, `joined the round`, `participated in the Series B`, not `joined the
    board` or `took part in the conference`."""
    if verb.pos_ != "VERB":
        return False
    things = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "part"]
    things += [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"
    ]
    return all(
        t.lemma_.lower() in ROUND_NOUNS or any(w.lemma_.lower() in ROUND_NOUNS for w in t.children) for t in things
    )


def _raiser(doc: Doc, by_token: dict[int, Mention], topic: Topic) -> Mention | None:
    """Who raised the money this sentence is about, if it says so."""
    verb = next((t for t in doc if _money_raised(t) and not refused(t)), None)
    named = clause_subject(verb, by_token, topic) if verb is not None else None
    if verb is not None and verb.dep_ == "relcl":  # `Anthropic, which raised $4 billion from Amazon`
        named = mention_at(verb.head, by_token) or named
    named = named or _round_owner(doc, by_token) or _valued(doc, by_token)
    return named if named is not None and named.type in ORG_TYPES else None


def _valued(doc: Doc, by_token: dict[int, Mention]) -> Mention | None:
    """`The funding values Scale AI at $13.8 billion`: the company a round values raised it."""
    for verb in doc:
        if verb.lemma_ == "value" and verb.pos_ == "VERB" and _round_subject(verb):
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "appos", "oprd")), None)  # parses vary
            if obj is not None and mention_at(obj, by_token) is not None:
                return mention_at(obj, by_token)
    return None


def funding_relations(doc: Doc, mentions: list[tuple[Span, Mention]], topic: Topic) -> list[Triple]:
    """investsIn (investor -> company raising) for one sentence; remembers in `topic` who
    raised money so the next sentence's `B and C also participated` finds it."""
    listed = labelled_investors(doc.text, mentions)
    if listed is not None:  # `- New investors: Amazon, Meta` under the round's sentence
        funded = topic.funded
        return [(i, "investsIn", funded, "asserted") for i in listed if funded is not None and i.iri != funded.iri]
    by_token: dict[int, Mention] = {}
    for span, mention in mentions:
        for t in span:
            by_token.setdefault(t.i, mention)
    committed = _committed(doc, by_token)
    raiser = _raiser(doc, by_token, topic)
    rounds = any(t.lemma_.lower() in ROUND_NOUNS for t in doc)
    investors = _investors(doc, by_token, context=raiser is not None or rounds or topic.funded is not None)
    target = raiser or topic.funded or (topic.agent if rounds else None)
    about_round = rounds or bool(investors)  # `The round was led by A.` keeps the raiser for `B also joined.`
    kept = topic.funded if is_lead_in(doc.text) else None  # `The investors:` introduces the list
    topic.funded = raiser or _invested_in(doc, by_token) or (target if about_round else kept)
    if target is None or target.type not in ORG_TYPES:
        return committed
    if raiser is None and any(i.iri == target.iri for i in investors):
        return committed  # `Nvidia and Google joined as new investors`: the remembered company is no target here
    status = money_status(doc)
    return committed + [(i, "investsIn", target, status) for i in investors if i.iri != target.iri]


def _invested_in(doc: Doc, by_token: dict[int, Mention]) -> Mention | None:
    """`Samsung invested in Rebellions`: the company money went into, for `B also took part`."""
    for verb in doc:
        if verb.lemma_ == "invest" and verb.pos_ == "VERB" and not refused(verb):
            named = clause_prep_objects(verb, {"in", "into"}, by_token, ORG_TYPES)
            if named:
                return named[0]
    return None
