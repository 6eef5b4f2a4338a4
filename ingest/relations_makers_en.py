"""English `develops` from how a maker is written next to its product: `the AWS-designed
Trainium`, `Nvidia-built systems` (maker-verb compounds); `their own accelerators: Google's
TPUs` (an owner's own product); `Maia 100 and Cobalt 100, its first in-house chips`,
`Nvidia's next platform, Blackwell` (an apposition naming the owner of a product)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ingest.en_phrases import included_names, mention_at, named_list, named_right_after, with_conjuncts
from ingest.en_topic import Topic, antecedent_in_sentence
from ingest.extraction import AGENT_TYPES as AGENTS
from ingest.extraction import ARTIFACT_TYPES as ARTIFACTS
from ingest.extraction import ORG_TYPES, Mention

Triple = tuple[Mention, str, Mention, str]
OWN_WORDS = {"own", "custom", "in-house", "homegrown", "house"}


def _maker_compounds(doc: Doc, by_token: dict[int, Mention]) -> list[Triple]:
    """`the AWS-designed Trainium`, `Nvidia-built systems`: maker-verb compounds."""
    out: list[Triple] = []
    for tok in doc:
        if tok.lemma_ in ("design", "develop", "build", "make") and tok.i >= 2 and doc[tok.i - 1].text == "-":
            maker = by_token.get(tok.i - 2)
            thing = by_token.get(tok.head.i) or mention_at(tok.head, by_token)
            if maker and thing and maker.type in AGENTS and thing.type in ARTIFACTS:
                named = next((t for t in tok.head.subtree if by_token.get(t.i) is thing), tok.head)
                things = with_conjuncts(thing, named, by_token)  # `the AWS-designed Trainium and Inferentia chips`
                things += [m for c in tok.head.conjuncts for m in [by_token.get(c.i)] if m is not None]
                out += [(maker, "develops", m, "asserted") for m in dict.fromkeys(things) if m.type in ARTIFACTS]
    return out


MAKER_TITLES = {"maker", "developer", "creator", "owner"}  # `ChatGPT maker OpenAI`
BEHIND_NOUNS = {"company", "startup", "firm", "lab", "group", "team", "studio"}  # `the company behind Cursor`


def _maker_titles(doc: Doc, by_token: dict[int, Mention]) -> list[Triple]:
    """`Cursor maker Anysphere` (a product named as its maker's title), `Anysphere, the
    company behind the AI code editor Cursor` and `Cognition, the maker of Devin`: the maker
    develops the product."""
    out: list[Triple] = []
    for tok in doc:
        if tok.lower_ in MAKER_TITLES and 0 < tok.i < len(doc) - 1:
            thing, maker = by_token.get(tok.i - 1), by_token.get(tok.i + 1)
        elif tok.lower_ == "behind" and tok.head.lower_ in BEHIND_NOUNS and tok.head.dep_ == "appos":
            named = named_right_after(tok, by_token, reach=6)
            thing, maker = (by_token[named.i] if named is not None else None), mention_at(tok.head.head, by_token)
        elif tok.lower_ == "of" and tok.head.lower_ in MAKER_TITLES and tok.head.dep_ == "appos":
            named = named_right_after(tok, by_token, reach=6)  # `Cognition, the maker of the AI agent Devin`
            thing, maker = (by_token[named.i] if named is not None else None), mention_at(tok.head.head, by_token)
        else:
            continue
        if thing is not None and maker is not None and thing.type in ARTIFACTS and maker.type in AGENTS:
            out.append((maker, "develops", thing, "asserted"))
    return out


def _own_products(doc: Doc, by_token: dict[int, Mention]) -> list[Triple]:
    """`their own accelerators: Google's TPUs, AWS's Trainium`, `its own Codex coding agent` — an
    owner's own product."""
    if not any(t.lower_ in ("own", "custom", "in-house", "homegrown") for t in doc):
        return []
    out: list[Triple] = []
    for tok in doc:
        if tok.dep_ == "poss" and tok.i in by_token and tok.head.i in by_token:
            owner, thing = by_token[tok.i], by_token[tok.head.i]
            if owner.type in AGENTS and thing.type in ARTIFACTS and owner.iri != thing.iri:
                out.append((owner, "develops", thing, "asserted"))
        elif tok.dep_ == "poss" and tok.lower_ in ("its", "their") and OWN_WORDS & {c.lower_ for c in tok.head.lefts}:
            # `OpenAI, having lost Windsurf, is pushing its own Codex coding agent`
            before = [t for t in tok.head.subtree if tok.i < t.i < tok.head.i and t.i in by_token]
            named = [by_token[t.i] for t in before if by_token[t.i].type in ARTIFACTS]
            verb = tok.head.head  # the clause's own subject holds it (`as it does with its own X` names none)
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if named else None
            holder = mention_at(subject, by_token) if subject is not None else None
            if holder is not None and holder.type in ORG_TYPES:
                out.append((holder, "develops", named[0], "asserted"))
    return out


def _listed_before(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The names of a written list that ends right before `token` (`A and B, its …`)."""
    doc = token.doc
    out: list[Mention] = []
    j = token.i - 1
    while j >= 0 and doc[j].text == ",":
        j -= 1
    while j >= 0:
        named = by_token.get(j)
        if named is not None:
            if named not in out:
                out.append(named)
            j -= 1
        elif doc[j].lower_ in (",", "and", "or"):
            j -= 1
        else:
            break
    return [m for m in out if m.type in ARTIFACTS]


KIND_NOUNS = {
    "platform", "chip", "model", "accelerator", "processor", "gpu", "cpu", "npu", "assistant", "software", "stack",
    "family", "system", "supercomputer", "service", "line", "series", "generation", "version", "release",
    "product", "architecture", "engine", "framework", "chatbot", "llm", "lineup",
}
NAMING_PUNCT = {",", ":", "—", "–", "("}


def _described_owner(noun: Token, by_token: dict[int, Mention], topic: Topic | None) -> Mention | None:
    """The organisation a description names as owner: `Nvidia's next platform`, `its own
    assistant` (the clause's organisation), `the latest release of AMD's software stack`."""
    owner_word = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner_word is None:  # `a release of AMD's stack`: one level down, through `of`
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if inner is not None and inner.lemma_.lower() in KIND_NOUNS:
            owner_word = next((c for c in inner.children if c.dep_ == "poss"), None)
    if owner_word is None:
        return None
    owner = by_token.get(owner_word.i)
    if owner is None and owner_word.lower_ in ("its", "their"):
        owner = clause_owner(owner_word, by_token, topic)
        if owner is None and topic is not None and noun.dep_ == "nsubj":
            owner = topic.agent  # `Its best-known product is Servi`: the company the article is about
        if owner is not None and _shared_subject(owner_word):
            return None  # `A and B announced …, with its first product`: whose is unclear
    return owner if owner is not None and owner.type in ORG_TYPES else None


def described_products(doc: Doc, by_token: dict[int, Mention]) -> list[tuple[Token, list[Mention]]]:
    """Products named next to a description noun that says what they are: `its
    second-generation chip, RNGD`, `Maia 100 and Cobalt 100, its first in-house chips`,
    `- ROCm 6: the latest release of …` — (description noun, names)."""
    out: list[tuple[Token, list[Mention]]] = []
    for noun in doc:
        if noun.i in by_token or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if noun.lemma_.lower() not in KIND_NOUNS and not any(c.lower_ in OWN_WORDS for c in noun.children):
            continue
        phrase = doc[noun.left_edge.i : noun.i + 1]
        named = _given_names(noun, by_token)  # `its HBM3E family … under the name Shinebolt`
        if not any(t.i in by_token and t.dep_ != "poss" and by_token[t.i].type in ARTIFACTS for t in phrase):
            named += _apposed(noun, phrase, by_token)  # `Google's own PaLM 2 models, …` is a name, not a description
            named += _copula_named(noun, by_token) + included_names(noun, by_token)
        named = [m for m in named if m.type in ARTIFACTS]
        if named:
            out.append((noun, named))
    return out


def _apposed(noun: Token, phrase: Span, by_token: dict[int, Mention]) -> list[Mention]:
    """The names written right before (`A and B, its …`, `- ROCm 6: the …`) or right after
    (`Nvidia's next platform, Blackwell`) a description."""
    doc = noun.doc
    start = phrase.start
    named = _listed_before(doc[start - 1], by_token) if start >= 2 and doc[start - 1].text in NAMING_PUNCT else []
    after = noun.i + 2 if noun.i + 2 < len(doc) and doc[noun.i + 2].lower_ != "the" else noun.i + 3
    if noun.i + 1 < len(doc) and doc[noun.i + 1].text == "," and after in by_token:
        named.append(by_token[after])
    return named


def _copula_named(noun: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The names on the other side of `be` or `include`: `Its best-known product is Servi`,
    `Servi is its flagship robot`, `Its products include A and B`."""
    if noun.head.lemma_ == "include" and noun.dep_ == "nsubj":
        side = next((c for c in noun.head.children if c.dep_ == "dobj"), None)
        return named_list(side, by_token)
    if noun.head.lemma_ != "be" or noun.dep_ not in ("nsubj", "attr"):
        return []
    other = "attr" if noun.dep_ == "nsubj" else "nsubj"
    side = next((c for c in noun.head.children if c.dep_ == other), None)
    named = mention_at(side, by_token) if side is not None else None
    return [named] if named is not None else []


NAMING_VERBS = {"call", "name", "dub", "brand", "market", "sell"}


def _given_names(noun: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The name a description is given: `Groq's chip, which it calls a Language Processing
    Unit`, `markets its HBM3E family under the name Shinebolt`."""
    out: list[Mention] = []
    for clause in noun.children:
        if clause.dep_ == "relcl" and clause.lemma_ in NAMING_VERBS:
            names = [mention_at(c, by_token) for c in clause.children if c.dep_ in ("oprd", "attr", "dobj")]
            out += [m for m in names if m is not None]
    if noun.dep_ == "dobj":
        for prep in noun.head.children:
            words = [c for c in prep.children if c.dep_ == "pobj"] if prep.lower_ == "under" else []
            if any(is_name_word(w) for w in words):  # the parser may hang `name` and `ATOM` side by side
                out += [m for m in (mention_at(w, by_token) for w in words) if m is not None]
    return out


def is_name_word(token: Token) -> bool:
    """`the name` itself, or a name written with it (`the name ATOM`, `the name, ATOM`)."""
    return token.lemma_ == "name" or any(c.dep_ == "compound" and c.lemma_ == "name" for c in token.children) or (
        token.dep_ == "appos" and token.head.lemma_ == "name"
    )


def _possessed_apposition(doc: Doc, by_token: dict[int, Mention], topic: Topic | None) -> list[Triple]:
    """A product named next to a description of it that names its owner makes the owner its
    maker: `Maia 100 and Cobalt 100, its first in-house chips`, `Nvidia's next platform,
    Blackwell`, `- ROCm 6: the latest release of AMD's software stack`. The description's
    noun must say it is a product (or `own`) — `Meta's cluster, …` names no maker."""
    out: list[Triple] = []
    for noun, named in described_products(doc, by_token):
        owner = _described_owner(noun, by_token, topic)
        if owner is not None:
            out += [(owner, "develops", m, "asserted") for m in named if m.iri != owner.iri]
    return out


def _shared_subject(pronoun: Token) -> bool:
    root = pronoun.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(c.dep_ == "conj" for c in subject.children)


def clause_owner(pronoun: Token, by_token: dict[int, Mention], topic: Topic | None = None) -> Mention | None:
    """Whose `its`/`their` is: the subject of a clause above it, else the sentence's subject
    (`the company` through `topic`)."""
    found = antecedent_in_sentence(pronoun, by_token)
    if found is None:
        root = pronoun.sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        found = mention_at(subject, by_token) if subject is not None else None
        if found is None and subject is not None and topic is not None:
            found = topic.resolve(subject)
    return found


def maker_relations(doc: Doc, by_token: dict[int, Mention], topic: Topic | None = None) -> list[Triple]:
    return (
        _maker_compounds(doc, by_token)
        + _maker_titles(doc, by_token)
        + _own_products(doc, by_token)
        + _possessed_apposition(doc, by_token, topic)
    )
