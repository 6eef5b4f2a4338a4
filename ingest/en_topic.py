"""Who `it`, `they`, `the company` or `the models` stand for in English sentences.

Inside one sentence a pronoun subject takes the named subject of a clause above it
(`SK hynix said it had begun …`, `Sapeon …, and it unveiled …`, `the team Qualcomm gained
when it bought Nuvia`); otherwise the `Topic` carried from the sentences before answers.
Also what a sentence offers the topic: the name a `- Name:` line is about, a clause subject
when the main clause names no one, and which names are only sources (`Reuters reported`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ingest.en_phrases import mention_at
from ingest.extraction import AGENT_TYPES as AGENTS
from ingest.extraction import ARTIFACT_TYPES, ORG_TYPES, Mention

AGENT_WORDS = {"company", "firm", "startup", "chipmaker", "group", "maker", "it", "they", "she", "he"}
ARTIFACT_WORDS = {
    "model", "models", "chip", "chips", "system", "service", "platform", "accelerator", "weight",
    "instance", "instances",
}
DEFINITE = {"the", "this", "these", "that", "those", "each", "every"}  # `each instance`: one of the product's
PERSONAL = ("she", "he", "her", "his", "him")
SUBJECT_PRONOUNS = {"it", "they", "both", "all", "she", "he"}


@dataclass
class Topic:
    """What `it`, `the company` or `the models` refer to: the last subjects seen."""

    agent: Mention | None = None  # the last organisation
    person: Mention | None = None
    artifact: Mention | None = None
    orgs: tuple[Mention, ...] = ()  # the last two organisations named, for `the two companies`
    products: tuple[Mention, ...] = ()  # the products the last sentence naming any named
    funded: Mention | None = None  # who raised money in the sentence before (`B and C also joined`)
    lead: tuple[Mention, str] | None = None  # `Microsoft announced:` — the doer and verb its bullets take
    spec_of: Mention | None = None  # `The published specifications:` — the product its spec lines describe
    before_list: Mention | None = None  # the organisation discussed before a list began (`- Nvidia: …`)
    in_list: bool = False

    def list_line(self, item: bool) -> None:
        """A list's lines name organisations of their own (`- Dell: in May Dell launched …`);
        once it ends, `it` is again what the text was about before it."""
        if item and not self.in_list:
            self.before_list = self.agent
        elif not item and self.in_list and self.before_list is not None:
            self.agent = self.before_list
        self.in_list = item

    def remember(self, named: list[Mention]) -> None:
        for mention in named:
            if mention.type in ("Company", "ResearchOrg"):
                self.orgs = (*(m for m in self.orgs if m.iri != mention.iri), mention)[-2:]
        products = [m for m in named if m.type in ARTIFACT_TYPES]
        if products:  # the products the last sentence naming any named, for `both` / `the two chips`
            self.products = tuple(dict.fromkeys(products))

    def both(self, word: Token | None) -> list[Mention]:
        """`unveiled both`, `the two chips`: the two products of one kind the last such
        sentence named (`Maia 100 and Cobalt 100 for the Azure cloud` -> the two chips)."""
        pair = word is not None and (
            word.lower_ == "both"
            or (word.lemma_.lower() in ARTIFACT_WORDS and any(c.lower_ in ("both", "two") for c in word.children))
        )
        kinds = [[m for m in self.products if m.type == kind] for kind in ("Chip", "Product", "Platform")]
        pairs = [group for group in kinds if len(group) == 2]
        return pairs[0] if pair and len(pairs) == 1 else []

    def product(self, pronoun: Token, by_token: dict[int, Mention]) -> Mention | None:
        """The product `it` / `them` stands for: the named object of the verb its clause is
        coordinated with (`released Gemma … and made it available`), else the one last
        discussed."""
        node = pronoun
        for _ in range(3):
            if node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
                obj = next((c for c in node.head.children if c.dep_ == "dobj"), None)
                named = mention_at(obj, by_token, ARTIFACT_TYPES) if obj is not None else None
                if named is not None and named.type in ARTIFACT_TYPES:
                    return named
                break
            node = node.head
        return self.artifact

    def resolve(self, word: Token) -> Mention | None:
        lemma = word.lemma_.lower()
        if lemma in ARTIFACT_WORDS:  # `the model`, `these chips`, not `AI systems` in general
            det = next((c for c in word.children if c.dep_ == "det" and c.lower_ in DEFINITE), None)
            between = list(word.doc[det.i + 1 : word.i]) if det is not None else []
            named = any(t.pos_ not in ("ADJ", "ADV") for t in between)  # `every CS-2 system` names its own
            return self.artifact if det is not None and not named else None
        if word.lower_ in PERSONAL:
            return self.person
        if word.tag_ in ("PRP", "PRP$") or lemma in AGENT_WORDS:
            return self.agent
        return None

    def update(self, mention: Mention | None) -> None:
        if mention is None:
            return
        if mention.type == "Person":
            self.person = mention
        elif mention.type in AGENTS:
            self.agent = mention
        else:
            self.artifact = mention


def antecedent_in_sentence(pronoun: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The named subject of a clause governing the pronoun's clause, of the pronoun's kind
    (a person for `he`/`she`, an organisation for `it`/`they`)."""
    if pronoun.lower_ not in SUBJECT_PRONOUNS:
        return None
    person = pronoun.lower_ in PERSONAL
    node = pronoun.head
    while node.head.i != node.i:
        node = node.head
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i < pronoun.i:
                found = mention_at(child, by_token)
                if _of_kind(found, person):
                    return found
    return _before_colon(pronoun, by_token, person)


def _of_kind(found: Mention | None, person: bool) -> bool:
    """An agent of the pronoun's kind: a person for `he`/`she`, an organisation for `it`/`they`."""
    return found is not None and found.type in AGENTS and (found.type == "Person") == person


def _before_colon(pronoun: Token, by_token: dict[int, Mention], person: bool) -> Mention | None:
    """`Cisco has been buying too: in 2023 it agreed to acquire Splunk`: the subject of the
    clause a colon or semicolon closes, before the pronoun (the parser may hang that clause
    under the pronoun's verb)."""
    colon = next((t for t in reversed(pronoun.doc[: pronoun.i]) if t.text in (":", ";")), None)
    if colon is None:
        return None
    for child in reversed(pronoun.doc[: colon.i]):
        if child.dep_ in ("nsubj", "nsubjpass") and child.head.i < colon.i:
            found = mention_at(child, by_token)
            if _of_kind(found, person):
                return found
    return None


def appositive_owner(noun: Token, by_token: dict[int, Mention]) -> Mention | None:
    """`Jais, an Arabic-English model developed by …`: the name the noun is in apposition to."""
    return mention_at(noun.head, by_token) if noun.dep_ == "appos" else None


def subject_of_passive(verb: Token, by_token: dict[int, Mention], topic: Topic | None = None) -> Mention | None:
    """What a passive or participle clause is about: its subject (`the models` -> the topic),
    the noun it modifies (`CG-3, a supercomputer built on …` -> CG-3), the noun a relative
    clause hangs from (`LUMI, the supercomputer that is built on …`), or the subject a
    described noun is said of (`It was another system built from …` -> the product last
    discussed)."""
    for child in verb.children:
        if child.dep_ in ("nsubjpass", "nsubj"):
            if verb.dep_ == "relcl" and child.tag_ in ("WDT", "WP"):
                return mention_at(verb.head, by_token) or appositive_owner(verb.head, by_token)
            found = mention_at(child, by_token)
            return found if found is not None or topic is None else topic.resolve(child)
    if verb.dep_ in ("acl", "amod"):
        named = mention_at(verb.head, by_token) or appositive_owner(verb.head, by_token)
        if named is None and verb.head.dep_ == "attr":
            holder = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
            if holder is not None:
                named = mention_at(holder, by_token)
                if named is None and topic is not None and holder.lower_ in ("it", "this"):
                    named = topic.artifact
        return named
    return None


def item_head(doc: Doc, by_token: dict[int, Mention]) -> Mention | None:
    """The name a `- Name: description` line is about."""
    i = 0
    while i < len(doc) and doc[i].text in ("-", "*", "•", "–"):
        i += 1
    named = by_token.get(i)
    while named is not None and i < len(doc) and by_token.get(i) is named:
        i += 1
        if named.type in ORG_TYPES and by_token.get(i) not in (None, named):
            named = by_token[i]  # `- AMD Instinct MI300A:` — the maker's name comes first
    return named if i < len(doc) and doc[i].text == ":" else None


REPORTING = {"report", "say", "write", "estimate", "note", "according", "cite", "forecast"}


def reporter(span: Span) -> bool:
    """`Reuters reported that …`, `according to TrendForce`: a source, not a party."""
    root = span.root
    return (root.dep_ == "nsubj" and root.head.lemma_.lower() in REPORTING) or (
        root.dep_ == "pobj" and root.head.head.lower_ == "according"
    )


def clause_subject_org(doc: Doc, by_token: dict[int, Mention]) -> Mention | None:
    """The first organisation that is the subject of any clause (`Not because Google does not
    buy GPUs …`): what the sentence is about when its main clause names no one."""
    for t in doc:
        if t.dep_ in ("nsubj", "nsubjpass") and t.i in by_token and by_token[t.i].type in ORG_TYPES:
            return by_token[t.i]
    return None
