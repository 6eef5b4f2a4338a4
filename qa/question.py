"""Question analysis: language, entities (through ingest's own pipelines), intent.

Questions are read the way articles are: the same Kiwi/spaCy pipelines and catalog
EntityRuler find `엔비디아의` or `Nvidia's` and link them to one IRI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.document import IngestError, detect_language
from ingest.extract import Extractor
from ingest.extraction import Mention

# intent -> (relation predicate or None, Korean cue, English cue)
INTENTS: list[tuple[str, str | None, str, str]] = [
    (
        "claim_source",
        None,
        r"(출처|누가\s*(전망|예측|추정|말)|어디서?\s*(전망|예측|추정)|따르면|전망치|근거)",
        r"\b(who (forecast|predict|estimat|project|said|says|claim)|source of|according to whom|which source|cited)",
    ),
    (
        "partners",
        "partnersWith",
        r"(협력|파트너|제휴|손잡|협업|맞손)",
        r"\b(partner|collaborat|team(ed)? up|work(s|ed)? with|ally)",
    ),
    ("competitors", "competesWith", r"(경쟁|라이벌)", r"\b(compet|rival)"),
    ("acquired", "acquired", r"(인수|사들)", r"\b(acquir|bought|buy|purchas)"),
    ("invests", "investsIn", r"(투자)", r"\b(invest)"),
    ("supplies", "supplies", r"(공급|납품)", r"\b(suppl|ship)"),
    ("develops", "develops", r"(개발|만들|만든|설계)", r"\b(develop|build|built|make|made|design)"),
    ("uses", "uses", r"(사용|쓰는|쓴|활용|채택|탑재|도입)", r"\b(use|uses|used|using|adopt|deploy|run on|runs on)"),
    ("announced", "announced", r"(발표|공개|출시|선보)", r"\b(announc|unveil|launch|introduc|releas)"),
    (
        "claims",
        None,
        r"(전망|예상|규모|시장|점유율|매출|얼마)",
        r"\b(forecast|market|share|revenue|how (much|big|many)|expect)",
    ),
]


@dataclass
class Question:
    text: str
    lang: str
    entities: list[Mention] = field(default_factory=list)
    intent: str = "search"
    predicate: str | None = None


def analyze(text: str, extractor: Extractor) -> Question:
    text = text.strip()
    if not text:
        raise IngestError("empty question")
    try:
        lang = detect_language(text)
    except IngestError:
        lang = "en"
    mentions = [m for _, m in extractor.analyze_text(text, lang)]
    if lang == "ko":  # Latin-script names in a Korean question: try English rules too
        known = {m.iri for m in mentions}
        mentions += [m for _, m in extractor.analyze_text(text, "en") if m.iri not in known and not m.is_new]
    question = Question(text, lang, _dedupe(mentions))
    lowered = text.lower()
    for intent, predicate, ko_cue, en_cue in INTENTS:
        if re.search(ko_cue if lang == "ko" else en_cue, lowered):
            question.intent, question.predicate = intent, predicate
            break
    return question


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for m in mentions:
        seen.setdefault(m.iri, m)
    return list(seen.values())
