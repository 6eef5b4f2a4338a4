"""Who holds a role (founder, chief executive) at the organisation a question asks about.

`Mustafa Suleyman, a co-founder of DeepMind` names a founder, but of DeepMind: a person in
the sentence counts for the asked organisation only when a role word sits closer to one of
its names than to any other organisation's (`Mistral AI was founded in Paris by Arthur
Mensch, who came from DeepMind` -> Mensch). A sentence that leans on the one before for its
organisation (`Its founder and chief executive, Jonathan Ross, …`) counts when no other
organisation is named near the role word; a sentence that opens with the organisation (a
Korean one with it as topic) counts unless another one sits right beside the role word
(`아마존 창업자 제프 베이조스`; `Stability AI, the startup behind …, has appointed X as chief executive`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.scripts import HANGUL
from qa.attributes import PATTERNS
from qa.reporting import told_outlet

ROLES = ("founder", "leader")
NEAR = 25  # characters: an organisation named this close to the role word is the one it is about
FAR = 30  # ... and one further away than this is not what the role is of, unless it is the topic
ADJACENT = 4  # ... and one this close (`X 창업자`, `founder of X`) certainly is
# the organisation a Korean sentence is about: its topic (`딥엑스(DEEPX)는 … 대표가 세운 회사다`)
TOPIC = re.compile(r"[^\s]+?(?:\([^()]{1,30}\))?(?:은|는|이|가)\s")


def asks_role(attributes: frozenset[str] | set[str]) -> bool:
    return bool(attributes & set(ROLES))


def name_spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Where the names occur as words (`Groq` is not inside `GroqCloud`; a particle may follow Hangul)."""
    lowered = text.lower()
    out: list[tuple[int, int]] = []
    for name in {n.lower() for n in names if len(n) > 1}:
        if name not in lowered:
            continue  # no pattern to build (names vary: compiling each would thrash the regex cache)
        tail = r"(?![a-z0-9])" if name[-1:].isascii() else ""
        out += [m.span() for m in re.finditer(rf"(?<![a-z0-9가-힣]){re.escape(name)}{tail}", lowered)]
    return out


def positions(text: str, names: list[str]) -> list[int]:
    return [start for start, _ in name_spans(text, names)]


def role_holders(
    text: str, asked: list[str], people: list[str], organisations: list[str], names_of: Callable[[str], list[str]]
) -> list[str]:
    """The people (IRIs) of the sentence holding a role at the organisation named by `asked`;
    `organisations` are the other organisations the sentence mentions."""
    lowered = text.lower()
    roles = [(m.start(), m.end()) for role in ROLES for m in PATTERNS[role].finditer(lowered)]
    mine = positions(text, asked)
    cited = told_outlet(text) or ""  # `로이터에 따르면`: where the sentence got it from, no organisation of the role
    others = [
        (p, p + len(n))
        for iri in organisations
        for n in names_of(iri)
        if not (len(n) > 1 and cited.endswith(n))
        for p in positions(text, [n])
    ]
    topic = any(TOPIC.match(text[p:]) or not HANGUL.search(text) for p in mine if p <= 2)

    def about_asked(start: int, end: int) -> bool:
        if any(abs(start - o_end) <= ADJACENT or abs(o_start - end) <= ADJACENT for o_start, o_end in others):
            return False  # `아마존 창업자 제프 베이조스`, `a co-founder of DeepMind`
        nearest_other = min((abs(start - p) for p, _ in others), default=10**6)
        if mine:  # far from the role word, the organisation is likely another tie (`오픈AI에서 연구원으로`)
            closest = min(abs(start - p) for p in mine)
            return topic or (closest < nearest_other and closest <= FAR)
        return nearest_other > NEAR

    if not any(about_asked(start, end) for start, end in roles):
        return []
    return [iri for iri in people if positions(text, names_of(iri))]
