"""Where an English trigger verb's arguments are written when the small parser does not
hang them on the verb: the object after a colon, the object of a coordinated verb, products
coordinated across dates, co-makers `together with`, the next name after the verb, a second
`with` phrase the parser hung on the clause; whether
the verb names a joint effort, whether selling makes a maker, the organisation owning a phrase.

Shared by the verb rules in relations_en.
"""

from __future__ import annotations

from spacy.tokens import Token

from ingest.en_phrases import CLAUSES, PREP_DEPS, mention_at, token_of, with_conjuncts
from ingest.extraction import AGENT_TYPES as AGENTS
from ingest.extraction import ARTIFACT_TYPES as ARTIFACTS
from ingest.extraction import ORG_TYPES, Mention
from ingest.relations_makers_en import OWN_WORDS


def listed_objects(verb: Token, by_token: dict[int, Mention], types: set[str]) -> list[Mention]:
    """Names of `types` coordinated anywhere in the verb's own clause (the parser hangs `and B` of
    `released A in May and B in June`, `bought A in 2018 and B in 2019` on the date)."""
    out: list[Mention] = []
    stack = [c for c in verb.children if c.dep_ not in CLAUSES and c.pos_ not in ("VERB", "AUX")]
    while stack:
        t = stack.pop()
        named = by_token.get(t.i)
        if t.dep_ == "conj" and named is not None and named.type in types and named not in out:
            out.append(named)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSES and c.pos_ not in ("VERB", "AUX"))
    return out


def pronoun_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in verb.children)


def own_design(verb: Token) -> bool:
    """The announced thing is described as the announcer's own (`its own design`, `its
    in-house chip`)."""
    stack = [c for c in verb.children if c.dep_ == "dobj"]
    while stack:
        t = stack.pop()
        if t.lower_ in OWN_WORDS:
            return True
        stack.extend(c for c in t.children if c.dep_ not in CLAUSES and c.dep_ != "appos")
    return False


def after_colon(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    """`introduced two chips of its own design: the Maia 100 … and the Cobalt 100`: an
    unnamed object spelled out after a colon."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in by_token), None)
    colon = next((t for t in verb.doc[verb.i + 1 :] if t.text == ":"), None)
    if obj is None or colon is None or colon.i - obj.i > 12:
        return None
    after = [by_token[t.i] for t in verb.doc[colon.i + 1 : colon.i + 5] if t.i in by_token]
    return after[0] if after and after[0].type in ARTIFACTS else None


def shared_object(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    """`developed and tested Maia`: the object written after a later coordinated verb."""
    later = [c for v in verb.conjuncts if v.i > verb.i for c in v.children if c.dep_ == "dobj"]
    return mention_at(later[0], by_token) if later else None


def co_makers(verb: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """Organisations a thing is made `with` / `together with` (on the verb or a verb
    coordinated with it, or hung on its object): `developed and tested Maia together with
    OpenAI`, `will co-develop a platform with Deutsche Telekom`."""
    out: list[Mention] = []
    shared = [v for v in verb.conjuncts if not any(c.dep_.startswith("nsubj") for c in v.children)]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for node in (verb, *shared, *objects):
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            for pobj in prep.children:
                named = by_token.get(pobj.i) if pobj.dep_ == "pobj" else None
                if named is not None and named.type in ORG_TYPES:
                    out += [m for m in with_conjuncts(named, pobj, by_token) if m.type in ORG_TYPES and m not in out]
    return out


def trained_thing(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The model a `train` verb trains (its direct object), if it is a named product."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    found = mention_at(obj, by_token, ARTIFACTS) if obj is not None else None
    return found if found is not None and found.type in ARTIFACTS else None


def next_mention(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The entity right after a transitive verb (`acquired MosaicML for ...`)."""
    for t in verb.doc[verb.i + 1 : verb.i + 4]:
        if t.i in by_token:
            return by_token[t.i]
        if t.pos_ in ("VERB", "ADP", "PUNCT") and t.text not in ("the", "a", "an"):
            break
    return None


def spelled_out(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    """`released two models, o1-preview and o1-mini`: an unnamed object whose names follow it in
    apposition or (as the small parser often has it) as conjuncts."""
    doc = verb.doc
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i not in by_token):
        for child in obj.children:
            if child.dep_ in ("appos", "conj") and child.i in by_token:
                return by_token[child.i]
        # `released its own family of small models, OpenELM,`: the name after the object and a
        # comma, on the surface (the parser hangs it elsewhere); not `acquired the company, X said`
        end = max((t.i for t in obj.subtree if not t.is_punct), default=obj.i) + 1
        name = by_token.get(end + 1) if end < len(doc) and doc[end].text == "," else None
        if name is not None:
            last = max(t.i for t in doc[end + 1 : end + 9] if by_token.get(t.i) is name)
            if last + 1 >= len(doc) or doc[last + 1].lemma_ not in REPORTING:
                return name
    return None


REPORTING = {"say", "report", "tell", "note", "add"}



def preverbal_subject(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    """`MosaicML released MPT-7B …` where the small parser gave the sentence no subject: the
    name written right before the verb (adverbs aside), when it is not inside a phrase."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    j = verb.i - 1
    while j >= 0 and verb.doc[j].pos_ in ("ADV", "AUX", "PART"):
        j -= 1
    named = by_token.get(j)
    if named is None or named.type not in AGENTS:
        return None
    start = j
    while start > 0 and by_token.get(start - 1) is named:
        start -= 1
    inside = any(t.dep_ in ("pobj", "poss", "dobj") for t in verb.doc[start : j + 1])
    return None if inside or (start > 0 and verb.doc[start - 1].pos_ not in ("PUNCT", "CCONJ")) else named


PHRASAL = {"roll": "out", "bring": "out", "take": "on"}  # verbs that name a relation only with their particle


def phrasal_lemma(verb: Token) -> str:
    """`roll out` for `rolled out Llama 3` (lemma plus its particle; the parser may call the
    particle a preposition: `takes on the H100`), else the lemma."""
    particle = PHRASAL.get(verb.lemma_)
    if particle is None or not any(c.dep_ in ("prt", "prep") and c.lower_ == particle for c in verb.children):
        return verb.lemma_
    return f"{verb.lemma_} {particle}"


def made_into(verb: Token) -> bool:
    """`made GPT-4 available`, `made its weights public`: `make` with an adjective result."""
    return verb.lemma_ == "make" and any(
        c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.pos_ == "ADJ" for c in verb.children
    )


def named_under(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    """`build nine supercomputers under the Condor Galaxy name`: the name the unnamed object
    is made under."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "under":
            for pobj in prep.children:
                named = mention_at(pobj, by_token) if pobj.dep_ == "pobj" and "name" in pobj.lower_ else None
                if named is not None and named.type in ARTIFACTS:
                    return named
    return None


JOINTLY = {"jointly", "together", "co-"}


def jointly(verb: Token) -> bool:
    """`A and B are jointly developing`, `A and B announced a jointly engineered system`."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.lower_ in JOINTLY for c in verb.children) or any(
        t.lower_ in JOINTLY for o in objects for t in o.subtree if t.i < o.i
    )


SELLING = {"sell", "offer"}


def sells_its_own(
    verb: Token, subject: Mention | None, obj: Mention | None, passive: bool, by_token: dict[int, Mention]
) -> bool:
    """Selling or offering makes a maker only of a product no catalog credits to anyone (a new
    name) and no other organisation owns in the sentence: `Juniper also sells Apstra`, not
    `AWS offers Anthropic's Claude`."""
    if passive or verb.pos_ != "VERB" or subject is None or obj is None or not obj.is_new:
        return False
    thing = next((t for t in verb.doc if by_token.get(t.i) is obj), verb)
    owners = [c for node in (thing, thing.head) for c in node.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
    theirs = any(by_token.get(c.i) is None or by_token[c.i].iri != subject.iri for c in owners)  # `Zentrix's Kestrel`
    return subject.type in ("Company", "ResearchOrg") and not theirs


def possessor_org(head: Token, by_token: dict[int, Mention], thing: Mention | None) -> Mention | None:
    """The organisation owning the noun phrase of `thing`: `Meta's first LLaMA models`."""
    node = head if thing is None else next((t for t in head.doc if by_token.get(t.i) is thing), head)
    for candidate in (node, node.head):
        for child in candidate.children:
            if child.dep_ == "poss" and child.i in by_token and by_token[child.i].type in ("Company", "ResearchOrg"):
                return by_token[child.i]
    return None


def paid_for(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    """`pay $53 a share in cash for Tower`: the company `for` takes (wherever the parser hangs
    it in the verb's phrase), not a part of it (`for a stake in Y`, `for Y's licence`)."""
    for t in verb.subtree:
        if t.dep_ in PREP_DEPS and t.lower_ == "for" and (t.head.i == verb.i or t.head.pos_ != "VERB"):
            for pobj in t.children:
                named = mention_at(pobj, by_token) if pobj.dep_ == "pobj" else None
                if named is not None and named.type == "Company" and pobj.text in named.text.split():
                    return named
    return None


def licensor(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    """`licenses Arm technology`, `licenses designs from Arm`: the organisation that owns what is licensed."""
    for child in verb.children:
        if child.dep_ == "dobj":
            words = [child]
        else:
            words = [c for c in child.children if c.dep_ == "pobj"] if child.lower_ == "from" else []
        for word in words:
            named = mention_at(word, by_token, ORG_TYPES)
            if named is not None and named.type in ORG_TYPES:
                return named
    return None


def second_with(verb: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """`partnerships with A, …, and with the packaging specialists B and C`: the names of a
    `with` phrase the parser coordinated with the clause rather than with the first one (or hung
    on a relative clause about the first: `with A, whose …, and with B`)."""
    out: list[Mention] = []
    for prep in verb.doc[verb.i + 1 :]:
        if prep.lower_ not in ("with", "against"):
            continue
        # `with AMD, whose chips sell well, and with Intel`: the parser hangs it on the relative clause
        after_clause = prep.dep_ == "prep" and prep.head.dep_ == "relcl" and verb.doc[prep.i - 1].lower_ == "and"
        on_verb = prep.head.i in (verb.i, verb.head.i) or prep.head.lower_ in ("with", "against")
        if not (after_clause or (prep.dep_ == "conj" and on_verb)):
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):  # `with providers such as CoreWeave`
            named = mention_at(pobj, by_token) or next((by_token[t.i] for t in pobj.subtree if t.i in by_token), None)
            token = token_of(named, by_token, verb.doc)
            out += [m for m in with_conjuncts(named, token, by_token) if m not in out]
    return out


def owners_goods(verb: Token, obj: Mention | None, by_token: dict[int, Mention]) -> bool:
    """`Naver buys Nvidia's chips`: the object is goods the named company makes (a plural noun
    it owns), not the company."""
    goods = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or goods is None or goods.i in by_token or goods.tag_ != "NNS":
        return False
    return any(c.dep_ == "poss" and by_token.get(c.i) is obj for c in goods.children)


def misread_subject(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    """`Groq competes with Nvidia`: the small parser reads a name and a third-person verb as one
    noun phrase (`competes` a noun, the name its compound); the name is the verb's subject."""
    if verb.pos_ != "NOUN" or verb.lower_ not in MISREAD_VERBS or verb.dep_ != "ROOT":
        return None
    return next((by_token[c.i] for c in verb.lefts if c.dep_ == "compound" and c.i in by_token), None)


MISREAD_VERBS = {"competes", "partners", "invests"}


def agent_of(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The name of a passive verb's `by` phrase (`was developed by Y`)."""
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return mention_at(pobj, by_token)
    return None
