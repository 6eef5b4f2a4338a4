"""English relations that nouns carry rather than verbs.

News writing states makers, suppliers and distribution in noun phrases: `availability on A, B
and C`, `the Falcon model from TII`, `X became Y's exclusive cloud provider`, `Y is the biggest
customer for X hardware`, `Its first customer was X`; stakes and funding have their readers in
relations_stakes_en. The verb rules in relations_en miss these because the relation word is
not the clause's verb or the object hangs one level deeper.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ingest.en_phrases import clause_prep_objects, mention_at, named_list
from ingest.en_topic import Topic, antecedent_in_sentence
from ingest.extraction import AGENT_TYPES, ARTIFACT_TYPES, ORG_TYPES, Mention
from ingest.relations_makers_en import clause_owner
from ingest.relations_stakes_en import (
    FUNDING_NOUNS,
    INVEST_VERBS,
    INVESTOR_NOUNS,
    child,
    clause_subject,
    control_of,
    controlling,
    funded_by,
    funding_pairs,
    invest_verb,
    investor_noun,
    money_status,
    negated,
    possessor,
)

Triple = tuple[Mention, str, Mention, str]

def _availability(tok: Token, by_token: dict[int, Mention], topic: Topic) -> list[Triple]:
    """`announced the general availability of Gemini 1.5 Pro on Vertex AI`; `- Distribution:
    availability on AWS, Google Cloud and Azure` about the product last launched or discussed."""
    if tok.lemma_.lower() != "availability":
        return []
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    listed = named_list(child(of, ("pobj",)), by_token) if of is not None else []
    things = [m for m in listed if m.type in ARTIFACT_TYPES]
    things = things or ([topic.artifact] if topic.artifact is not None else [])
    venues = clause_prep_objects(tok, {"on", "through", "via", "in"}, by_token, {"Platform"})
    return [(t, "offeredOn", v, "asserted") for t in things for v in venues if t.iri != v.iri]


MAKER_NOUNS = {"company", "startup", "lab", "laboratory", "firm", "maker", "team", "developer", "group", "unit"}


def _maker_phrases(tok: Token, by_token: dict[int, Mention]) -> list[Triple]:
    """`the Falcon model from TII`, `Amazon Bedrock from AWS` (from + maker after a product);
    `Anthropic, the AI company behind the Claude models` (a maker noun + behind); `the GPT-4
    model behind ChatGPT` (a product runs on what is behind it)."""
    out: list[Triple] = []
    if tok.lower_ == "from" and tok.dep_ == "prep":
        thing = mention_at(tok.head, by_token, ARTIFACT_TYPES) or (
            mention_at(tok.head.head, by_token, ARTIFACT_TYPES) if tok.head.dep_ == "appos" else None
        )  # `the Falcon model from TII`, `Gemma, the open model from Google`
        pobj = child(tok, ("pobj",))
        maker = mention_at(pobj, by_token) if pobj is not None else None
        if thing is not None and maker is not None and thing.type in ARTIFACT_TYPES and maker.type in ORG_TYPES:
            out.append((maker, "develops", thing, "asserted"))
    if tok.lower_ == "behind" and tok.head.lemma_.lower() not in MAKER_NOUNS:  # `the GPT-4 model behind ChatGPT`
        before = [by_token[i] for i in (tok.i - 1, tok.i - 2) if i in by_token]
        inner = before[0] if before else None  # read from the surface: the parser attaches `behind` anywhere
        outer = by_token.get(tok.i + 1) or by_token.get(tok.i + 2)
        if inner is not None and outer is not None and {inner.type, outer.type} <= ARTIFACT_TYPES:
            out.append((outer, "uses", inner, "asserted"))
    if tok.lower_ == "behind" and tok.head.lemma_.lower() in MAKER_NOUNS:
        maker = by_token.get(tok.head.head.i) if tok.head.dep_ == "appos" else None
        pobj = child(tok, ("pobj",))
        thing = mention_at(pobj, by_token, ARTIFACT_TYPES) if pobj is not None else None
        if maker is not None and thing is not None and maker.type in ORG_TYPES and thing.type in ARTIFACT_TYPES:
            out.append((maker, "develops", thing, "asserted"))
    return out


MADE_FOR = {"build", "make", "manufacture", "produce", "assemble"}
SUPPLIER_NOUNS = {"supplier", "provider", "vendor"}
CUSTOMER_NOUNS = {"customer", "client", "buyer"}
SERVING_VERBS = {"serve", "have", "count", "win", "add"}  # the subject supplies the customers it names


def _party(token: Token | None, by_token: dict[int, Mention]) -> Mention | None:
    """The organisation a phrase names, or the owner of the product it names
    (`Nvidia's H100` -> Nvidia, `Cerebras hardware` -> Cerebras)."""
    if token is None:
        return None
    named = mention_at(token, by_token, ORG_TYPES)
    if named is not None and named.type in ORG_TYPES:
        return named
    for word in token.children:
        if word.dep_ in ("poss", "compound") and word.i in by_token and by_token[word.i].type in ORG_TYPES:
            return by_token[word.i]
    return None


def _subject_of_copula(tok: Token, by_token: dict[int, Mention]) -> Mention | None:
    """`X is/became the … supplier`, `X, the … supplier`; `the … customer was X`."""
    if tok.dep_ == "appos":
        return _party(tok.head, by_token)
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        return _party(child(tok.head, ("attr",)), by_token)
    if tok.dep_ in ("attr", "oprd", "dobj"):
        verb = tok.head
        while child(verb, ("nsubj", "nsubjpass")) is None and verb.dep_ == "conj":
            verb = verb.head  # `X invested in Y and became its provider`
        holder = child(verb, ("nsubj", "nsubjpass"))
        return _party(holder, by_token) or (antecedent_in_sentence(holder, by_token) if holder is not None else None)
    return None


SUBSIDIARY_NOUNS = {"subsidiary", "unit", "division"}


def _becomes_subsidiary(tok: Token, by_token: dict[int, Mention]) -> list[Triple]:
    """`Ampere will become a wholly owned subsidiary of SoftBank`: becoming another's
    subsidiary is being acquired by it (planned while the verb looks ahead)."""
    if tok.lemma_.lower() not in SUBSIDIARY_NOUNS or tok.dep_ not in ("attr", "oprd") or tok.head.lemma_ != "become":
        return []
    owner = possessor(tok, by_token) or _party(_deep_pobj(tok, "of"), by_token)
    owned = _subject_of_copula(tok, by_token)
    if owner is None or owned is None or owner.iri == owned.iri or owned.type not in ORG_TYPES:
        return []
    ahead = any(c.lower_ in ("will", "would", "'ll") for c in tok.head.children)
    return [(owner, "acquired", owned, "planned" if ahead else "asserted")]


def _deep_pobj(tok: Token, prep: str) -> Token | None:
    found = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == prep), None)
    return child(found, ("pobj",)) if found is not None else None


def _counted_among(tok: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """`Scale has counted Microsoft and Meta among its customers`: the verb's object list."""
    among = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "among" else None
    verb = among.head if among is not None else None
    if verb is None or verb.pos_ != "VERB":
        return []
    return [m for m in named_list(child(verb, ("dobj",)), by_token) if m.type in ORG_TYPES]


def _listed_customers(tok: Token, by_token: dict[int, Mention]) -> list[Mention]:
    listed: list[Mention] = []
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "include":
        listed += named_list(child(tok.head, ("dobj",)), by_token)
    for marker in tok.children:  # `customers including A`, `like A`, `such as A`
        if marker.lower_ in ("including", "like", "as") and marker.dep_ == "prep":
            listed += named_list(child(marker, ("pobj",)), by_token)
    return [m for m in listed if m.type in ORG_TYPES]


def _trade(tok: Token, by_token: dict[int, Mention], topic: Topic) -> list[tuple[Mention, Mention]]:
    """(supplier, customer) from `X became Y's exclusive cloud provider`, `the main supplier of
    HBM3 for Nvidia's H100`, `Y is the biggest customer for X hardware`, `supply … for Y's H200`."""
    lemma = tok.lemma_.lower()
    heads = [tok, tok.head] if tok.dep_ in ("attr", "oprd") else [tok]  # `became the supplier … for Nvidia's H200`
    fors = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "of")]
    objects = [_party(child(p, ("pobj",)), by_token) for p in fors]
    if lemma in SUPPLIER_NOUNS:
        customer = _party(child(tok, ("poss",)), by_token) or next((o for o in objects if o is not None), None)
        supplier = _subject_of_copula(tok, by_token)
        owner = child(tok, ("poss",))
        if customer is None and supplier is not None and owner is not None and owner.lower_ in ("its", "their"):
            others = {m.iri: m for m in by_token.values() if m.type in ORG_TYPES and m.iri != supplier.iri}
            customer = next(iter(others.values())) if len(others) == 1 else None  # `in OpenAI, became its provider`
        return [(supplier, customer)] if supplier and customer else []
    if lemma in CUSTOMER_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_ in SERVING_VERBS:
        supplier = clause_subject(tok.head, by_token, topic)  # `X serves 4,400 clients, among them A and B`
        appositions = [a for a in tok.children if a.dep_ == "appos"]
        named = _listed_customers(tok, by_token) + [m for a in appositions for m in named_list(a, by_token)]
        return [(supplier, c) for c in named if c.type in ORG_TYPES] if supplier is not None else []
    if lemma in CUSTOMER_NOUNS:
        supplier = next((o for o in objects if o is not None), None) or _party(child(tok, ("poss",)), by_token)
        supplier = supplier or _party(child(tok, ("compound",)), by_token)  # `are all TSMC customers`
        customer = _subject_of_copula(tok, by_token)
        owner = child(tok, ("poss",))
        if supplier is None and customer is not None and owner is not None and owner.lower_ in ("its", "their"):
            supplier = topic.agent  # `Its first customer was X`: the company the article is about
        if supplier is None and customer is not None and tok.dep_ in ("attr", "oprd"):
            supplier = _signed_with(tok.head, by_token)  # `X became a customer, signing a contract with Y`
        if customer is None:  # `Cerebras's customers include G42`, `sells to customers including G42`
            if supplier is None and tok.dep_ in ("pobj", "dobj"):
                supplier = clause_subject(tok, by_token, Topic())
            if supplier is None and owner is not None and owner.lower_ in ("its", "their"):
                supplier = clause_owner(owner, by_token)  # `Harborline said its customers include A and B`
            listed = _listed_customers(tok, by_token) + _counted_among(tok, by_token)
            return [(supplier, c) for c in listed] if supplier is not None else []
        if tok.dep_ in ("attr", "oprd"):  # `Nvidia, Apple and AMD are all TSMC customers`
            holder = child(tok.head, ("nsubj", "nsubjpass"))
            customers = [m for m in named_list(holder, by_token) if m.type in ORG_TYPES] or [customer]
            return [(supplier, c) for c in customers] if supplier else []
        return [(supplier, customer)] if supplier and customer else []
    if lemma == "supply" and tok.pos_ == "VERB":  # `supply … for Y's H200`
        customer = next((o for o in objects if o is not None), None)
        supplier = clause_subject(tok, by_token, Topic())
        return [(supplier, customer)] if supplier and customer else []
    if lemma in MADE_FOR and tok.pos_ == "VERB":  # `Dell and Supermicro build the racks for xAI`
        customers = clause_prep_objects(tok, {"for"}, by_token, ORG_TYPES)
        suppliers = named_list(child(tok, ("nsubj",)), by_token)
        fabs = clause_prep_objects(tok, {"at"}, by_token, ORG_TYPES)  # `manufactures them at Samsung Foundry`
        maker = clause_subject(tok, by_token, topic) if fabs else None
        made = [(f, maker) for f in fabs if maker is not None and maker.type in ORG_TYPES and f.iri != maker.iri]
        return made + [(s, c) for s in suppliers for c in customers if s.type in ORG_TYPES]
    return []


def _signed_with(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    """`…, signing a contract with CoreWeave`: the party of a participle clause's `with`."""
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"):
        named = clause_prep_objects(clause, {"with"}, by_token, ORG_TYPES)
        if named:
            return named[0]
    return None


DEVICE_NOUNS = {"system", "server", "instance", "machine", "pc", "laptop", "rack", "node", "model", "device", "phone"}
SHOW_VERBS = {"show", "ship", "launch", "offer", "sell", "announce", "unveil", "introduce", "release", "build"}


def _device_makers(tok: Token, by_token: dict[int, Mention]) -> list[Triple]:
    """`Dell, Lenovo and Supermicro showed MI300X systems`, `Server makers including Dell …
    shipped Snapdragon-based models`: makers of devices built around a chip use it."""
    if tok.lemma_.lower() not in DEVICE_NOUNS or tok.dep_ != "dobj" or tok.head.lemma_ not in SHOW_VERBS:
        return []
    withs = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "with"]  # `offer servers with Gaudi 3`
    words = [*tok.subtree, *(t for w in withs for t in w.subtree)]
    chip = next((by_token[t.i] for t in words if t.i in by_token and by_token[t.i].type == "Chip"), None)
    subject = child(tok.head, ("nsubj",))
    if chip is None or subject is None:
        return []
    makers = named_list(subject, by_token)
    including = next((c for c in subject.children if c.lower_ in ("including", "like")), None)
    if including is not None:
        makers += named_list(child(including, ("pobj",)), by_token)
    return [(m, "uses", chip, "asserted") for m in makers if m.type in ORG_TYPES]


BUY_VERBS = {"buy", "purchase", "order", "source", "rent", "lease", "procure"}


def _bought_from(tok: Token, by_token: dict[int, Mention], topic: Topic) -> list[Triple]:
    """`Microsoft bought H100 GPUs from Nvidia`: the seller supplies the buyer, who uses what
    it bought; `rented TPUs from Google Cloud`: the buyer uses the platform."""
    if tok.lemma_.lower() not in BUY_VERBS or tok.pos_ != "VERB" or negated(tok):
        return []
    sellers = clause_prep_objects(tok, {"from"}, by_token, ORG_TYPES | {"Platform"})
    buyer = clause_subject(tok, by_token, topic)
    if not sellers or buyer is None or buyer.type not in ORG_TYPES:
        return []
    obj = child(tok, ("dobj",))
    goods = [by_token[t.i] for t in obj.subtree if t.i in by_token] if obj is not None else []
    if obj is not None and obj.i in by_token and by_token[obj.i].type in ORG_TYPES:
        return []  # `bought Boston Dynamics and Schaft from Alphabet`: a sale of companies, no supply
    out: list[Triple] = [(buyer, "uses", g, "asserted") for g in goods[:1] if g.type in ARTIFACT_TYPES]
    for seller in sellers:
        if seller.type == "Platform":
            out.append((buyer, "uses", seller, "asserted"))
        elif seller.iri != buyer.iri:
            out.append((seller, "supplies", buyer, "asserted"))
    return out


AHEAD_HEADS = {"agree", "plan", "expect", "aim", "intend"}


def _sold_to(tok: Token, by_token: dict[int, Mention]) -> list[Triple]:
    """`agreed to sell Motorola Mobility to Lenovo`, `sold its HERE mapping business to Audi,
    BMW and Daimler`: each buyer acquires the company sold (the seller's own products are
    `sells_its_own`)."""
    if tok.lemma_.lower() != "sell" or tok.pos_ != "VERB" or negated(tok):
        return []
    sold = child(tok, ("dobj",))
    company = mention_at(sold, by_token, ORG_TYPES) if sold is not None else None
    if company is None or company.type not in ORG_TYPES:
        return []
    buyers = [m for m in clause_prep_objects(tok, {"to"}, by_token, ORG_TYPES) if m.type in ORG_TYPES]
    ahead = tok.head.lemma_ in AHEAD_HEADS or any(c.lower_ == "will" for c in tok.children)
    status = "planned" if ahead else money_status(tok.doc)
    return [(b, "acquired", company, status) for b in buyers if b.iri != company.iri]


def noun_relations(doc: Doc, mentions: list[tuple[Span, Mention]], topic: Topic) -> list[Triple]:
    by_token: dict[int, Mention] = {}
    for span, mention in mentions:
        for t in span:
            by_token.setdefault(t.i, mention)
    pairs: list[tuple[Mention, Mention]] = []
    out: list[Triple] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma in INVESTOR_NOUNS:
            pairs += investor_noun(tok, by_token, topic)
        elif lemma in FUNDING_NOUNS or (lemma == "back" and tok.tag_ == "VBN") or funded_by(tok):
            funded = funding_pairs(tok, by_token, topic)
            if controlling(tok):  # `took a controlling 30% stake in X`: control is an acquisition
                out += [(i, "acquired", t, money_status(doc)) for i, t in funded if t.type in ORG_TYPES]
            else:
                pairs += funded
        elif lemma == "control" and tok.pos_ == "NOUN":
            out += [(h, "acquired", t, money_status(doc)) for h, t in control_of(tok, by_token, topic)]
        elif lemma in INVEST_VERBS and tok.pos_ == "VERB":
            pairs += invest_verb(tok, by_token, topic)
        out += _availability(tok, by_token, topic)
        out += _maker_phrases(tok, by_token)
        out += _device_makers(tok, by_token)
        out += _bought_from(tok, by_token, topic) + _sold_to(tok, by_token)
        out += _becomes_subsidiary(tok, by_token)
        out += [(a, "supplies", b, "asserted") for a, b in _trade(tok, by_token, topic) if a.iri != b.iri]
    status = money_status(doc)
    stakes = [(i, t) for i, t in pairs if i.type in AGENT_TYPES and t.type in ORG_TYPES and i.iri != t.iri]
    out += [(i, "investsIn", t, status) for i, t in stakes]
    return out
