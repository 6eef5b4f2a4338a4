"""English relations from the dependency parse of en_core_web_sm.

A trigger verb picks the relation; its subject comes from `nsubj` (climbing through
xcomp/advcl/conj to the clause that has one), its object from `dobj` or a preposition
(`with`, `in`, `on`, `to`). Passive clauses swap roles (`X was acquired by Y`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ingest.en_phrases import (
    PREP_DEPS,
    clause_prep_objects,
    denied,
    included_names,
    mention_at,
    prep_object,
    token_of,
    with_conjuncts,
    words_of,
)
from ingest.en_surface import bought_appositions, surface_clauses
from ingest.en_topic import (
    Topic,
    antecedent_in_sentence,
    appositive_owner,
    clause_subject_org,
    item_head,
    reporter,
    subject_of_passive,
)
from ingest.en_verb_args import (
    SELLING,
    after_colon,
    agent_of,
    co_makers,
    jointly,
    licensor,
    listed_objects,
    made_into,
    misread_subject,
    named_under,
    next_mention,
    own_design,
    owners_goods,
    paid_for,
    phrasal_lemma,
    possessor_org,
    preverbal_subject,
    pronoun_subject,
    second_with,
    sells_its_own,
    shared_object,
    spelled_out,
    trained_thing,
)
from ingest.extraction import ORG_TYPES, Mention
from ingest.relations_based_en import BUILT_ON, based_relations, put_into_relations
from ingest.relations_events_en import event_relations
from ingest.relations_hardware import containment, with_parts
from ingest.relations_ko import AGENTS, ARTIFACTS, OBJECT_TYPES, SUBJECT_TYPES
from ingest.relations_lists_en import listed_items, note_lead_in
from ingest.relations_makers_en import described_products, is_name_word, maker_relations
from ingest.relations_offered_en import offered_relations
from ingest.relations_pairs_en import companies_together, pair_relations
from ingest.relations_stakes_en import refused

# verb lemma -> (relation, preposition that introduces the object, or "" for dobj)
TRIGGERS: dict[str, tuple[str, str]] = {
    "partner": ("partnersWith", "with"),
    "partnership": ("partnersWith", "with"),
    "collaboration": ("partnersWith", "with"),
    "alliance": ("partnersWith", "with"),
    "deal": ("partnersWith", "with"),  # `struck a deal with Microsoft`
    "agreement": ("partnersWith", "with"),
    "pact": ("partnersWith", "with"),
    "memorandum": ("partnersWith", "with"),  # `signed a memorandum of understanding with Humain`
    "sign": ("partnersWith", "with"),  # `signed an MOU with Humain` (the small model makes MOU a name)
    "tie-up": ("partnersWith", "with"),
    "collaborate": ("partnersWith", "with"),
    "team": ("partnersWith", "with"),
    "ally": ("partnersWith", "with"),
    "work": ("partnersWith", "with"),
    "develop": ("develops", ""),
    "build": ("develops", ""),
    "design": ("develops", ""),
    "create": ("develops", ""),
    "make": ("develops", ""),
    "announce": ("announced", ""),
    "unveil": ("announced", ""),
    "launch": ("announced", ""),
    "introduce": ("announced", ""),
    "release": ("announced", ""),
    "debut": ("announced", ""),
    "present": ("announced", ""),
    "show": ("announced", ""),
    "showcase": ("announced", ""),
    "publish": ("announced", ""),
    "preview": ("announced", ""),
    "follow": ("announced", "with"),  # `Nvidia followed with the H200`
    "roll out": ("announced", ""),  # phrasal verbs: lemma + particle (`phrasal_lemma`)
    "take on": ("competesWith", "on"),  # `Gaudi 3 takes on the H100`
    "bring out": ("announced", ""),
    "open-source": ("announced", ""),
    "use": ("uses", ""),
    "power": ("uses", ""),
    "carry": ("uses", ""),
    "pack": ("uses", ""),
    "feature": ("uses", ""),
    "integrate": ("uses", ""),
    "combine": ("uses", ""),
    "employ": ("uses", ""),
    "tap": ("uses", ""),  # `taps Gemini Pro for answers`
    "include": ("uses", ""),  # parts: only a product's (WHOLE_VERBS)
    "contain": ("uses", ""),
    "produce": ("develops", ""),
    "manufacture": ("develops", ""),
    "mass-produce": ("develops", ""),
    "production": ("develops", "of"),
    "adopt": ("uses", ""),
    "put": ("uses", ""),  # `has been putting ATOM into its data centers`
    "rely": ("uses", "on"),
    "choose": ("uses", ""),
    "select": ("uses", ""),
    "pick": ("uses", ""),
    "turn": ("uses", "to"),  # `Apple turned to Google's TPUs`
    "deploy": ("uses", ""),
    "acquire": ("acquired", ""),
    "pay": ("acquired", "for"),  # `agreed to pay $5.4 billion for Tower`: the company itself (paid_for)
    "buy": ("acquired", ""),
    "invest": ("investsIn", "in"),
    "supply": ("supplies", "to"),
    "license": ("supplies", "to"),  # `Arm licenses its designs to Apple`; `Apple licenses Arm technology` (licensor)
    "ship": ("supplies", "to"),
    "sell": ("develops", ""),  # `Juniper also sells Apstra`: a new product of its own (SELLING)
    "offer": ("develops", ""),
    "compete": ("competesWith", "with"),
    "rival": ("competesWith", ""),
}
SURFACE_TRIGGERS = {"power": "uses", "use": "uses", "run": "uses", "tap": "uses", "adopt": "uses"}
PART_NOUNS = {"rest", "remainder", "balance"}  # `bought the rest of Windsurf`: the company itself
OBJECT_DEPS = ("dobj", "attr", "oprd", "pobj")  # `pobj`: the company a part noun's `of` names
VERB_ONLY = {"team", "work", "ally", "partner"}  # `lead the team`, `a partner`: nouns naming no relation
HEDGED_HEADS = {"plan", "seek", "consider", "aim", "intend", "expect", "hope"}
HEDGED_WORDS = {"talks", "reportedly", "may", "might", "could"}
CLIMB = {"xcomp", "advcl", "conj", "ccomp", "relcl", "acl"}


def _subject(verb: Token, by_token: dict[int, Mention], topic: Topic | None = None) -> tuple[Mention | None, bool]:
    """The agent of `verb` and whether the clause is passive; pronouns resolve via `topic`."""
    node: Token | None = verb
    while node is not None:
        # the named subject nearest the verb: `- Arm: in April Intel and Arm signed …` (the item head
        # parses as a subject too), else the first
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        named = [c for c in subjects if c.i < node.i and mention_at(c, by_token) is not None]
        for child in named[-1:] or subjects[:1]:
                passive = child.dep_ == "nsubjpass"
                if node.dep_ == "relcl" and child.tag_ in ("WDT", "WP"):  # `X, its new system, which runs on`
                    return mention_at(node.head, by_token) or appositive_owner(node.head, by_token), passive
                if node is not verb and passive and verb.tag_ != "VBN":
                    passive = False  # `X was announced and powers Y`: the passive is the first verb's
                if node is not verb and verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children):
                    passive = True  # `X agreed to be acquired by Y`: the passive is the infinitive's
                found = mention_at(child, by_token) or antecedent_in_sentence(child, by_token)
                if found is None and topic is not None:
                    found = topic.resolve(child)
                return found, passive
        if node.dep_ == "relcl" or (node.dep_ == "acl" and node.tag_ == "VBG"):  # `VMs using the MI300X`
            return mention_at(node.head, by_token) or appositive_owner(node.head, by_token), False
        if node.dep_ == "acl" and node.head.dep_ == "dobj" and any(c.lower_ == "to" for c in node.children):
            node = node.head.head  # `it had signed an agreement to acquire X`: the signer acquires
            continue
        node = node.head if node.dep_ in CLIMB and node.head.i != node.i else None
    return preverbal_subject(verb, by_token), False


def _object(verb: Token, prep: str, by_token: dict[int, Mention], prefer: set[str]) -> Mention | None:
    """The object named by `dobj` or the trigger's preposition; of the types the relation
    takes where a phrase names two (`relies on Nvidia H100 GPUs` -> H100)."""
    for child in verb.children:
        if not prep and child.dep_ == "dobj" and child.lemma_.lower() in PART_NOUNS:
            child = next((p for c in child.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), child)
        named = mention_at(child, by_token, prefer) if not prep and child.dep_ in OBJECT_DEPS else None
        if named is not None:  # `introduced two chips: the Gaudi 3 …` — the parser makes both objects
            return named
        if child.dep_ in PREP_DEPS and child.lower_ in (prep or "with", "with", "in", "on", "to", "against"):
            if prep and child.lower_ != prep and not (prep == "with" and child.lower_ == "against"):
                continue  # `competes against` as `competes with`
            if child.i < verb.i and any(c.dep_ == "nsubj" and c.i > child.i for c in verb.children):
                continue  # `With Windsurf, Cognition now competes with …`: a phrase before the subject
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                listed = included_names(pobj, by_token) if prefer & ORG_TYPES else []  # `with providers, including A`
                named = mention_at(pobj, by_token, prefer) or next((m for m in listed if m.type in prefer), None)
                if named is not None:
                    return named
    return None


def _object_word(verb: Token, prep: str, topic: Topic, subject: Mention | None) -> Mention | None:
    """An object written as `the company` / `it`: the agent the article is about."""
    for child in verb.children:
        words = [child] if child.dep_ in ("dobj",) else [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "prep" and prep and child.lower_ != prep:
            continue
        for word in words:
            found = topic.resolve(word)
            if found is not None and found is not subject:
                return found
    return None


def english_relations(
    doc: Doc, mentions: list[tuple[Span, Mention]], topic: Topic | None = None
) -> list[tuple[Mention, str, Mention, str]]:
    """(subject, predicate, object, status) found in one sentence; `topic` carries the
    antecedents of pronouns from sentence to sentence."""
    topic = topic or Topic()
    by_token: dict[int, Mention] = {}
    for span, mention in mentions:
        by_token.setdefault(span.root.i, mention)
        for t in span:
            by_token.setdefault(t.i, mention)
    found: list[tuple[Mention, str, Mention, str]] = []
    for verb in doc:
        lemma = phrasal_lemma(verb)  # `roll out`
        if verb.pos_ not in ("VERB", "NOUN") or (lemma not in TRIGGERS and lemma not in TRAINED):
            continue
        if made_into(verb):
            continue  # `made GPT-4 available`, `made the weights public`: no making
        if lemma == "put" and clause_prep_objects(verb, {"into", "inside"}, by_token, {"Product", "Platform"}):
            continue  # `put o1 into Azure OpenAI Service`: the product named as host takes it (put_into_relations)
        predicate, prep = TRIGGERS.get(lemma, ("uses", "on"))
        # `X announced a partnership with Y`: the noun's clause carries the subject
        clause = verb.head if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "attr", "pobj", "conj") else verb
        while clause.pos_ == "ADP" and clause.head.i != clause.i:
            clause = clause.head  # `was already in volume production of HBM3E`
        if denied(verb) or denied(clause) or (predicate == "investsIn" and refused(verb)):
            continue  # `did not buy X`, `declined to invest in X`
        subject, passive = _subject(clause, by_token, topic)
        if subject is None and predicate == "competesWith" and verb.dep_ == "relcl" and verb.head.dep_ == "dobj":
            subject = _subject(verb.head.head, by_token, topic)[0]  # `A and B sell tools that compete with C`
        obj = _object(verb, prep, by_token, OBJECT_TYPES[predicate])
        if predicate == "acquired" and owners_goods(verb, obj, by_token):
            continue  # `buys Nvidia's chips`
        if obj is None and prep and verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # `struck a deal with Microsoft`
            obj = _object(verb.head, prep, by_token, OBJECT_TYPES[predicate])
        for of in [c for c in verb.children if c.lower_ == "of"] if obj is None and verb.pos_ == "NOUN" else []:
            for kind in (k for k in of.children if k.dep_ == "pobj"):  # `a memorandum of understanding with X`
                obj = obj or _object(kind, prep, by_token, OBJECT_TYPES[predicate])
        if lemma == "buy" and obj is None and (stake := prep_object(verb, ("into",), by_token, ORG_TYPES)):
            predicate, obj = "investsIn", stake  # `bought into X`: a stake
        if lemma == "pay":
            obj = paid_for(verb, by_token)
            if obj is None:
                continue  # `paid $X for a stake in Y`, `for Y's licence`: no purchase of Y
        if obj is None and lemma == "license" and subject is not None:
            subject, obj = licensor(verb, by_token), subject  # the owner of what is licensed supplies the licensee
        if obj is None and predicate in ("investsIn", "acquired", "partnersWith"):
            obj = _object_word(verb, prep, topic, subject)  # `invested in the company`
        reduced = verb.dep_ == "acl" and verb.tag_ == "VBN" and (
            agent_of(verb, by_token) is not None or predicate == "announced"
        )
        if (passive or reduced) and verb.lemma_ == "power":
            continue  # `X, powered by Y`: the agent is the part (based_relations)
        if passive or reduced:  # `X was developed by Y`, `X, a model developed by Y`
            thing = (
                subject
                if passive
                else (mention_at(verb.head, by_token, ARTIFACTS) or appositive_owner(verb.head, by_token))
            )
            agent = agent_of(verb, by_token)
            if agent is None and predicate in ("announced", "develops") and (passive or thing is not None):
                # `Meta's LLaMA models, published in 2023`; `TPU v4 was announced at I/O`: by the
                # possessor, else the company the article is about
                agent = possessor_org(verb.head if reduced else verb, by_token, thing) or topic.agent
            subject, obj = agent, thing
        elif obj is None and verb.dep_ == "relcl" and subject is not None:
            if is_name_word(verb.head):
                continue  # `the name Shinebolt, which it first used`: a name is not a product in use
            # `the RSC that Meta announced in 2022`, `Einstein Copilot, the assistant Salesforce launched`
            obj = mention_at(verb.head, by_token) or appositive_owner(verb.head, by_token)
        elif verb.lemma_ == "power" and obj is not None and (subject is not None or pronoun_subject(verb)):
            if (subject is None or subject.type not in ARTIFACTS) and pronoun_subject(verb):
                subject = topic.artifact  # `It will power El Capitan`: the product last discussed
            predicate, subject, obj = "builtOn", obj, subject  # `Inferentia2 powers the Inf2 instances`
            if subject is not None and obj is not None:  # a chip: part or base; a model: used (`GPT-4o powers ChatGPT`)
                predicate = containment(subject) if obj.type == "Chip" else "uses"
        elif obj is None and not prep:
            obj = next_mention(verb, by_token) or shared_object(verb, by_token) or after_colon(verb, by_token)
            obj = obj or spelled_out(verb, by_token)
            obj = obj or named_under(verb, by_token)
            pronoun = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("it", "them")), None)
            lead_in = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)  # `as AMD presented them:`
            if obj is None and pronoun is not None and not lead_in and predicate in ("announced", "develops"):
                obj = topic.product(pronoun, by_token)  # `Google launched it at I/O`: the product last discussed
        misread = misread_subject(verb, by_token)  # `Groq competes with Nvidia`, read as a noun phrase
        subject = misread or subject
        noun_only = predicate not in ("partnersWith", "develops") or verb.lemma_ in VERB_ONLY
        if verb.pos_ == "NOUN" and not misread and noun_only:
            continue
        if verb.lemma_ in SELLING and not sells_its_own(verb, subject, obj, passive or reduced, by_token):
            continue
        on_object = prep_object(verb, ("on", "upon"), by_token, ARTIFACTS)  # `on 3,072 Nvidia H100 GPUs`
        if on_object is None and verb.lemma_ in TRAINED:  # `running its models on Gaudi 2`
            on_object = next(iter(clause_prep_objects(verb, {"on", "upon"}, by_token, ARTIFACTS)), None)
        participle = verb.dep_ == "acl" and verb.tag_ == "VBN"  # `Gemini, trained on TPUs`
        if (passive or participle) and on_object and (verb.lemma_ in BUILT_ON or verb.lemma_ in TRAINED):
            predicate = "builtOn" if verb.lemma_ in BUILT_ON else "uses"
            subject, obj = subject_of_passive(verb, by_token, topic), on_object
        elif verb.lemma_ in TRAINED and on_object:  # `Databricks trained DBRX on 3,072 H100 GPUs`
            trainee = trained_thing(verb, by_token)
            predicate, obj = "uses", on_object
            under = on_object.type in ("Chip", "Platform")  # a model run on is used (`runs on GPT-4`)
            if verb.lemma_ == "run" and trainee is None and subject is not None and subject.type in ARTIFACTS and under:
                predicate = "builtOn"  # `Frontier runs on EPYC processors`: the system on what is under it
            if trainee is not None and subject is not None and trainee.iri != subject.iri:
                found.append((trainee, "uses", on_object, "asserted"))
        elif verb.lemma_ in TRAINED and not passive:
            trainee = trained_thing(verb, by_token)
            if trainee is None or subject is None:
                continue
            if verb.lemma_ == "run" and subject.type in ARTIFACTS:  # `ChatGPT now runs GPT-4o`, `Bedrock runs Claude`
                predicate, obj = "uses", trainee
                if subject.type == "Platform":
                    predicate, subject, obj = "offeredOn", trainee, subject
            elif verb.lemma_ == "train" and subject.type in ORG_TYPES:
                predicate, obj = "develops", trainee  # `Snowflake said it trained Arctic for $2 million`
            else:
                continue
        status = "asserted"
        if verb.head.lemma_ in HEDGED_HEADS or bool(words_of(doc) & HEDGED_WORDS):
            status = "hedged"
        subjects = with_conjuncts(subject, token_of(subject, by_token, doc), by_token)
        joint = [m for m in subjects if m.type in ORG_TYPES] if not (passive or reduced) else []
        if predicate in ("develops", "announced") and len(joint) >= 2 and jointly(verb):
            found += [(joint[0], "partnersWith", m, status) for m in joint[1:]]  # `A and B are jointly developing`
        objects = with_conjuncts(obj, token_of(obj, by_token, doc), by_token)
        if predicate in ("partnersWith", "competesWith") and obj is not None:  # `… with A, and with B and C`
            objects += [m for m in second_with(verb, by_token) if m not in objects]
        if obj is None and predicate in ("announced", "develops", "uses"):
            after = next((t for t in doc[verb.i + 1 : verb.i + 2] if t.lower_ == "both"), None)  # `unveiled both at`
            objects = topic.both(after or next((c for c in verb.children if c.dep_ == "dobj"), None))
        if predicate == "announced" and own_design(verb):  # `introduced two chips of its own design: …`
            found += [(subj, "develops", ob, status) for subj in subjects for ob in objects if subj.type in ORG_TYPES]
        if predicate in ("announced", "develops", "acquired") and objects:  # `released A in May and B in June`
            objects += [m for m in listed_objects(verb, by_token, OBJECT_TYPES[predicate]) if m not in objects]
        if verb.lemma_ in TRAINED and on_object:  # `trained X on A and Y on B`
            objects += [m for m in clause_prep_objects(verb, {"on", "upon"}, by_token, ARTIFACTS) if m not in objects]
        if predicate == "develops" and subject is not None:  # `developed Maia together with OpenAI`
            makers = [m for m in co_makers(verb, by_token) if m.iri != subject.iri]
            if not (passive or reduced):  # `X developed Y with Z`; a passive's maker may be an owner's unit
                found += [(subject, "partnersWith", m, status) for m in makers if subject.type in ORG_TYPES]
            subjects += [m for m in makers if m not in subjects]
        if not objects and predicate in ("partnersWith", "competesWith") and len(subjects) >= 2:
            subjects, objects = subjects[:1], subjects[1:]  # `X and Y partnered`
        for subj in subjects:
            for ob in objects:
                if subj.iri == ob.iri:
                    continue
                if verb.lemma_ in COMPONENT_VERBS and ob.type != "Chip":
                    continue  # `carries 80 GB of HBM3`, not `carry Claude's next generation`
                if verb.lemma_ in WHOLE_VERBS and subj.type not in ARTIFACTS:
                    continue  # `the X Elite includes a Hexagon NPU`, not `Nvidia's lineup includes the H100`
                if predicate == "uses" and verb.lemma_ != "train" and subj.type in ARTIFACTS and ob.type == "Chip":
                    found.append((subj, containment(subj), ob, status))  # a service on a chip is built on it
                elif subj.type in SUBJECT_TYPES.get(predicate, AGENTS) and ob.type in OBJECT_TYPES[predicate]:
                    found.append((subj, predicate, ob, status))
    found.extend(offered_relations(doc, by_token, topic))
    found.extend(surface_clauses(doc, by_token, SURFACE_TRIGGERS))
    found.extend(bought_appositions(doc, by_token))
    found.extend(based_relations(doc, by_token, topic))
    found.extend(put_into_relations(doc, by_token, topic))
    found.extend(event_relations(doc, by_token, topic))
    found.extend(with_parts(doc, by_token, TRIGGERS))
    found.extend(maker_relations(doc, by_token, topic))
    found.extend(companies_together(doc, topic))
    found.extend(listed_items(doc, by_token, topic))
    found.extend(pair_relations(doc, by_token, topic))
    topic.remember([m for span, m in sorted(mentions, key=lambda sm: sm[0].start) if not reporter(span)])
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    launched = [o for _, p, o, _ in found if p == "announced"]
    introduced = [m for _, named in described_products(doc, by_token) for m in named]
    if launched or introduced:  # `Meta released Llama 3 …`, `took its new chip, RNGD, to …`: the bullets after
        topic.artifact = (launched or introduced)[-1]
    if root is not None:
        topic.update(_subject(root, by_token, topic)[0] or clause_subject_org(doc, by_token))
        headed = item_head(doc, by_token)
        if headed is not None and headed.type in ARTIFACTS:
            topic.artifact = headed  # `- AMD Instinct MI300A: an APU …` is about MI300A
    note_lead_in(doc, topic)
    return found


TRAINED = {"train", "run"}
COMPONENT_VERBS = {"carry", "pack", "feature", "integrate", "combine", "employ", "include", "contain"}
WHOLE_VERBS = {"include", "contain"}
