"""The gold QA set (tests/qa_gold/questions-*.yaml): questions with answers and evidence.

Each item names its answers by catalog id and/or Korean/English surface and/or a figure,
and the article sentences that support them; `split` keeps dev (for tuning) apart from
heldout; dev2 and heldout2 were written later, blind to the system. Once rules written on
dev and dev2 had failed to carry over three times, heldout and heldout2 became development
splits too, then heldout3 (twelve new articles with their questions, written together and
blind to the system). heldout3 became a development split in its turn when heldout4 (twelve
more, written the same way) was added; heldout4 measured three rounds and became a
development split when heldout6 was added, heldout5 (it measured rounds 7 and 8) when heldout7
was, heldout6 (rounds 8 and 9) when heldout8 was, heldout7 (rounds 9 and 10) when heldout9 was,
heldout8 (rounds 10 and 11) when heldout10 was, heldout9 (rounds 11 and 12) when heldout11
was, heldout10 (rounds 12 and 13) when heldout12 was, heldout11 (rounds 13 and 14) when
heldout13 was, heldout12 (rounds 14 and 15) when heldout14 was, heldout13 (rounds 15 and 16) when heldout15
was, heldout14 (rounds 16 and 17) when heldout16 was; heldout15 and heldout16 (twelve more each) are the
splits that measure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ingest.gold_splits import SPLITS  # one list of split names for both gold sets

TYPES = {"factoid", "list", "count", "relation", "claim_source", "comparison", "time", "not_in_corpus"}


class GoldError(ValueError):
    """A malformed gold file; the message names the item."""


@dataclass(frozen=True)
class GoldAnswer:
    id: str | None = None
    ko: str | None = None
    en: str | None = None
    value: str | None = None

    def surfaces(self) -> list[str]:
        return [s for s in (self.value, self.ko, self.en) if s]


@dataclass(frozen=True)
class GoldEvidence:
    article: str
    sentence: str


@dataclass(frozen=True)
class GoldQuestion:
    id: str
    question: str
    lang: str
    split: str
    type: str
    cross_lingual: bool
    abstain: bool
    answers: tuple[GoldAnswer, ...] = ()
    match: str = "any"
    evidence: tuple[GoldEvidence, ...] = field(default=())


def _item(raw: object, source: str) -> GoldQuestion:
    if not isinstance(raw, dict):
        raise GoldError(f"{source}: an item is not a mapping")
    try:
        question = GoldQuestion(
            id=str(raw["id"]),
            question=str(raw["question"]),
            lang=str(raw["lang"]),
            split=str(raw["split"]),
            type=str(raw["type"]),
            cross_lingual=bool(raw.get("cross_lingual", False)),
            abstain=bool(raw.get("abstain", False)),
            answers=tuple(
                GoldAnswer(
                    **{k: (str(v) if v is not None else None) for k, v in a.items() if k in ("id", "ko", "en", "value")}
                )
                for a in raw.get("answers") or ()
            ),
            match=str(raw.get("match", "any")),
            evidence=tuple(GoldEvidence(str(e["article"]), str(e["sentence"])) for e in raw.get("evidence") or ()),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise GoldError(f"{source}: item {raw.get('id', '?')} is malformed ({exc})") from exc
    if question.type not in TYPES or question.split not in SPLITS or question.match not in ("any", "all"):
        raise GoldError(f"{source}: item {question.id} has a bad type, split or match")
    if not question.abstain and not question.answers:
        raise GoldError(f"{source}: item {question.id} has no answers and does not abstain")
    return question


def load_questions(folder: Path, split: str = "dev") -> list[GoldQuestion]:
    """All questions of `split` (one of SPLITS, or 'all') from the YAML files in `folder`."""
    files = sorted(folder.glob("questions-*.yaml"))
    if not files:
        raise GoldError(f"no questions-*.yaml in {folder}")
    out: list[GoldQuestion] = []
    for path in files:
        items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        if not isinstance(items, list):
            raise GoldError(f"{path}: expected a list of questions")
        out.extend(_item(raw, path.name) for raw in items)
    return [q for q in out if split == "all" or q.split == split]
