"""Which Korean words name a relation, and where its object stands.

A predicate noun or verb stem picks the relation (`협력` partnersWith, `출시` announced); the
role says which particle marks its object (`를` object, `와` partner, `에` target). Kiwi
splits some predicates in two (`미세+조정`, `내+놨다`, `상용+화`), and some come as a noun with its own
object particle before a light verb (`손을 잡았다` for `손잡았다`): both are read whole.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.korean_roles import OBJECT_PARTICLES
from ingest.scripts import HANGUL
from ingest.values import CURRENCY

# predicate lemma -> (relation, object role)
TRIGGERS: dict[str, tuple[str, str]] = {
    "협력": ("partnersWith", "partner"),
    "제휴": ("partnersWith", "partner"),
    "협업": ("partnersWith", "partner"),
    "파트너십": ("partnersWith", "partner"),
    "손잡": ("partnersWith", "partner"),
    "맞손": ("partnersWith", "partner"),
    "계약": ("partnersWith", "partner"),
    "협약": ("partnersWith", "partner"),  # `업무협약을 체결`, `MOU를 맺었다`
    "MOU": ("partnersWith", "partner"),
    "양해각서": ("partnersWith", "partner"),
    "동맹": ("partnersWith", "partner"),
    "합작": ("partnersWith", "partner"),  # `A와 합작사를 세웠다`
    "개발": ("develops", "object"),
    "운영": ("develops", "object"),  # `W&B가 운영하는 평가판 ‘호랑이’`: what a firm runs is its own
    "설계": ("develops", "object"),
    "만들": ("develops", "object"),
    "선보이": ("announced", "object"),
    "발표": ("announced", "object"),
    "공개": ("announced", "object"),
    "출시": ("announced", "object"),
    "론칭": ("announced", "object"),
    "런칭": ("announced", "object"),
    "릴리스": ("announced", "object"),
    "상용화": ("announced", "object"),
    "사용": ("uses", "object"),
    "쓰": ("uses", "object"),
    "돌리": ("uses", "object"),
    "삼": ("uses", "object"),  # `애저를 오픈AI의 클라우드로 삼는`
    "미세조정": ("uses", "object"),
    "파인튜닝": ("uses", "object"),
    "갖추": ("uses", "object"),
    "넣": ("uses", "object"),
    "담": ("uses", "object"),
    "장착": ("uses", "object"),
    "결합": ("uses", "object"),  # `B200 두 개와 그레이스 CPU를 결합한 GB200`
    "묶": ("uses", "object"),
    "채용": ("uses", "object"),
    "학습": ("uses", "means"),
    "활용": ("uses", "object"),
    "이용": ("uses", "object"),
    "채택": ("uses", "object"),
    "탑재": ("uses", "object"),
    "도입": ("uses", "object"),
    "인수": ("acquired", "object"),
    "품": ("acquired", "object"),  # `앤시스를 품는다`: the press's word for taking a company over
    "사들이": ("acquired", "object"),  # `주니퍼를 사들이기로 했다` (a company: chips and shares bought are no relation)
    "투자": ("investsIn", "target"),
    "출자": ("investsIn", "target"),  # `JASM에 출자했다`: an equity stake
    "공급": ("supplies", "target"),
    "납품": ("supplies", "target"),
    "경쟁": ("competesWith", "partner"),
    "다툼": ("competesWith", "partner"),  # `A와 B의 주도권 다툼`
    "각축": ("competesWith", "partner"),
    "격돌": ("competesWith", "partner"),
    "맞서": ("competesWith", "rival"),
    "맞붙": ("competesWith", "partner"),
    "대항": ("competesWith", "rival"),
    "도전장": ("competesWith", "target"),
    "도전": ("competesWith", "target"),
    "능가": ("competesWith", "object"),
    "뛰어넘": ("competesWith", "object"),
    "앞서": ("competesWith", "object"),  # the verb (`GPT-4를 앞섰다`); the adverb `앞서` is no VV
    "겨냥": ("competesWith", "object"),
    "제치": ("competesWith", "object"),
    "추월": ("competesWith", "object"),
    "앞지르": ("competesWith", "object"),
    "따라잡": ("competesWith", "object"),
    "견제": ("competesWith", "object"),
    "첫선": ("announced", "object"),
    "베일": ("announced", "object"),
    "내놓": ("announced", "object"),
    "준비": ("develops", "object"),
    "나오": ("announced", "object"),
    "드러내": ("announced", "object"),
    "생산": ("develops", "object"),
    "양산": ("develops", "object"),
    "기반": ("builtOn", "object"),
    "바탕": ("builtOn", "object"),  # `X를 바탕으로 만든 Y`
    "토대": ("builtOn", "object"),
    "제공": ("offeredOn", "venue"),
    "서비스": ("offeredOn", "venue"),
}

TOGETHER = {"함께", "공동", "같이"}  # `와 함께`, `공동 개발`: doing something as partners
TRIGGER_TAGS = ("NNG", "VV", "NNP", "SL")  # `MOU를 맺었다`: a Latin-script noun


MONEY_PUT = {"넣", "붓", "쏟"}  # `앤트로픽에 수십억 달러를 넣기로 했다`: money put into a company
CURRENCY_WORDS = {word for word in CURRENCY if HANGUL.search(word)}  # 달러, 원, 유로 …


def _money_put(doc: Doc, tok: Token) -> bool:
    before = doc[max(0, tok.i - 4) : tok.i]
    return tok.lemma_ in MONEY_PUT and len(before) > 0 and before[-1].text in OBJECT_PARTICLES and any(
        t.text in CURRENCY_WORDS for t in before
    )


def trigger_of(doc: Doc, tok: Token) -> tuple[str, str] | None:
    """(relation, object role) a token names, else None."""
    if _money_put(doc, tok):
        return ("investsIn", "target")
    trigger = TRIGGERS.get(tok.lemma_) or TRIGGERS.get(tok.text)
    if trigger is not None and tok.tag_.startswith(TRIGGER_TAGS):
        return trigger
    suffix = doc[tok.i + 1] if tok.i + 1 < len(doc) and doc[tok.i + 1].tag_.startswith("XSN") else None
    if suffix is not None and tok.tag_.startswith("NNG") and tok.lemma_ + suffix.text in TRIGGERS:
        return TRIGGERS[tok.lemma_ + suffix.text]  # `상용+화`
    if not tok.tag_.startswith(("NNG", "VV", "VX")) or tok.i == 0:
        return None
    split = TRIGGERS.get(doc[tok.i - 1].lemma_ + tok.lemma_)  # `미세+조정`, `내+놓`
    if split is not None:
        return split
    idiom = tok.i >= 2 and doc[tok.i - 1].text in OBJECT_PARTICLES and tok.tag_.startswith("VV")
    return TRIGGERS.get(doc[tok.i - 2].lemma_ + tok.lemma_) if idiom else None  # `손을 잡았다`


def trigger_start(doc: Doc, tok: Token) -> int:
    """Where the trigger at `tok` begins: the piece before it when Kiwi split the word (`기`+`반`
    of `블랙웰 기반`), so a bare name right before the word is still next to it."""
    if tok.i == 0 or TRIGGERS.get(tok.lemma_) or TRIGGERS.get(tok.text):
        return tok.i
    return tok.i - 1 if TRIGGERS.get(doc[tok.i - 1].lemma_ + tok.lemma_) else tok.i
