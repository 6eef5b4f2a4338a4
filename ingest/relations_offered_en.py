"""English `offeredOn`: where a model, chip or service can be had.

Three phrase families: the thing is available, offered, hosted or in preview on a platform
(`X is available through A and on B`, `Google made X available in A`, `Microsoft offered X
to customers on A`, `plans to add X to A`); a platform hosts or includes things (`Model
Garden included Llama 2 and Claude 2`, `Azure now hosts …`); a thing described as a
platform's service (`Vertex AI, Google Cloud's machine-learning platform`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.en_phrases import clause_prep_objects, mention_at
from ingest.en_topic import Topic, subject_of_passive
from ingest.en_verb_args import next_mention
from ingest.extraction import ARTIFACT_TYPES as ARTIFACTS
from ingest.extraction import Mention

OFFERED = {
    "available", "offer", "host", "deploy", "provide", "launch", "list", "add", "bring", "preview",
    "arrive", "land", "debut", "appear",  # `Claude 3 Opus arrived on Amazon Bedrock`
}
VENUE_PREPS = {"on", "through", "via", "in", "into"}
REACHED = {"call", "access", "reach", "try", "use", "run", "buy", "rent", "get", "download", "open", "pull"}
TO_VENUE = {"add", "bring"}  # `add the H200 to Azure`
HOSTING = {"host", "hosts", "hosted", "include", "includes", "included", "carries", "carried", "lists", "listed"}
HOSTING_ADVERBS = {"now", "also", "already", "still", "then"}
SERVICE_NOUNS = {"platform", "service", "tool", "catalog", "marketplace", "offering", "store", "hub"}
PLATFORM = {"Platform"}
PRONOUNS = {"it", "they", "them", "this"}
Triple = tuple[Mention, str, Mention, str]


def _thing(tok: Token, by_token: dict[int, Mention], topic: Topic) -> Mention | None:
    """What is on offer: the direct object of an active verb (`offered IPUs`), else what the
    clause is about (`X is available`, `X, hosted on`), a pronoun or `the model` standing for
    the product last discussed."""
    if tok.pos_ == "VERB" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None:
            named = mention_at(obj, by_token, ARTIFACTS)
            return named or (topic.product(obj, by_token) if obj.lower_ in PRONOUNS else None)
    clause = tok
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head  # `moved into public preview on A`: the verb above the noun
    thing = subject_of_passive(tok, by_token) or subject_of_passive(clause, by_token)
    if thing is not None and thing.type in ARTIFACTS:
        return thing
    holders = [c for node in (tok, clause) for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
    holder = holders[0] if holders else None  # `made it available`: `it` is the adjective's subject
    if holder is None and clause.dep_ == "conj":  # `The model is released … and is available on A`
        holder = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if holder is not None and holder.i in by_token:
            return by_token[holder.i]
    if holder is not None and (holder.lower_ in PRONOUNS or holder.i not in by_token):
        return topic.resolve(holder) if holder.lower_ not in PRONOUNS else topic.product(holder, by_token)
    return None


def _on_offer(tok: Token, by_token: dict[int, Mention], topic: Topic) -> list[Triple]:
    preps = VENUE_PREPS | {"to"} if tok.lemma_.lower() in TO_VENUE else VENUE_PREPS
    if any(c.dep_ == "agent" for c in tok.children):
        preps = preps | {"by"}  # `The H200 will be offered by Microsoft Azure`
    places = clause_prep_objects(tok, preps, by_token, PLATFORM)
    if tok.dep_ in ("acomp", "pobj"):  # `is available through A`: the prep hangs from `is`
        places += [p for p in clause_prep_objects(tok.head, preps, by_token, PLATFORM) if p not in places]
    thing = _thing(tok, by_token, topic) if places else None
    if thing is None or thing.type not in ARTIFACTS:
        return []
    return [(thing, "offeredOn", p, "asserted") for p in places if p.iri != thing.iri]


def _hosted(doc: Doc, by_token: dict[int, Mention]) -> list[Triple]:
    """`Model Garden included A, B and C`, `Azure, in other words, now hosts A`: a platform
    that is the subject of a hosting verb (or written right before it) offers the products
    named after it, up to the next verb."""
    out: list[Triple] = []
    for tok in doc:
        if tok.lower_ not in HOSTING:
            continue
        j = tok.i - 1
        while j >= 0 and doc[j].lower_ in HOSTING_ADVERBS:
            j -= 1
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        platform = by_token.get(j) or (mention_at(subject, by_token) if subject is not None else None)
        if platform is None or platform.type != "Platform":
            continue
        for t in doc[tok.i + 1 :]:
            if t.pos_ in ("VERB", "AUX") or t.text in (";", "—", ":"):
                break
            thing = by_token.get(t.i)
            if thing is not None and thing.type in ARTIFACTS and thing.iri != platform.iri:
                if (thing, "offeredOn", platform, "asserted") not in out:
                    out.append((thing, "offeredOn", platform, "asserted"))
    return out


def _platform_service(doc: Doc, by_token: dict[int, Mention]) -> list[Triple]:
    """`Vertex AI, Google Cloud's machine-learning platform`: offered on the possessor
    platform (read from the surface: the parser often takes the apposition for a list)."""
    out: list[Triple] = []
    for tok in doc:
        if tok.text not in ("'s", "’s") or tok.head.head.lemma_.lower() not in SERVICE_NOUNS:
            continue
        owner = by_token.get(tok.i - 1)
        start = tok.i - 1
        while start > 0 and by_token.get(start - 1) is owner:
            start -= 1
        thing = by_token.get(start - 2) if start >= 2 and doc[start - 1].text == "," else None
        if owner is not None and thing is not None and owner.type == "Platform" and thing.type in ARTIFACTS:
            if owner.iri != thing.iri:
                out.append((thing, "offeredOn", owner, "asserted"))
    return out


def _reached_through(tok: Token, by_token: dict[int, Mention], topic: Topic) -> list[Triple]:
    """`developers could call Gemini Pro through the Gemini API`, `access Claude via Bedrock`,
    `run X on Bedrock`, `download it from the Hugging Face Hub`: what is reached through a
    platform is offered on it."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    thing = mention_at(obj, by_token, ARTIFACTS) if obj is not None else next_mention(tok, by_token)
    if thing is None and obj is not None and obj.lower_ in PRONOUNS:
        thing = topic.product(obj, by_token)
    if thing is None or thing.type not in ARTIFACTS:
        return []
    places = clause_prep_objects(tok, {"through", "via", "on", "in", "from"}, by_token, PLATFORM)
    return [(thing, "offeredOn", p, "asserted") for p in places if p.iri != thing.iri]


def offered_relations(doc: Doc, by_token: dict[int, Mention], topic: Topic) -> list[Triple]:
    out: list[Triple] = []
    for tok in doc:
        if tok.lemma_.lower() in OFFERED:
            out += _on_offer(tok, by_token, topic)
        elif tok.lemma_.lower() in REACHED and tok.pos_ == "VERB":
            out += _reached_through(tok, by_token, topic)
    return out + _hosted(doc, by_token) + _platform_service(doc, by_token)
