"""Who led, and who joined, the funding round a question names (`Who led Cohere's Series D?`).

Articles name a round in one sentence and its investors in the same or the following ones
(`… raised $1 billion in a Series F round. The round was led by Accel.`, `- New investors:
Amazon, Meta`, `… 시리즈 D 투자를 유치했다. A가 투자를 주도했고, B, C가 새로 참여했다`). The
reader starts at the round's sentence, reads on until another round is named, and gives each
organisation the role of its clause: the cue after the names in Korean (the verb ends the
clause), the cue before them in English (`led by`, `participation from`, a list item's label),
else the one after them (`Salesforce Ventures led the round`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest.extraction import ORG_TYPES
from ingest.scripts import HANGUL
from kg.store import GraphStore
from qa.compose import Composed, Evidence
from qa.question import Question
from qa.retrieval.hybrid import next_key, sentence_number
from qa.roles import name_spans, positions
from qa.templates import mentioned_entities_query, round_sentences_query, sentences_query

ROUND = re.compile(r"(?:series|시리즈)\s*-?\s*([a-k])(?![a-z])|(seed|시드)", re.I)
LEAD = r"\blead\b|\bled\b|\bleading\b|주도|리드|이끌|이끈"
NEW = r"\bnew\b|\bnewly\b|first-time|신규|새로|새롭게|새 투자"
RETURNING = r"\bexisting\b|\breturning\b|\breturned\b|기존"
JOINED = r"\bjoin|participat|\binvest|\bbacker|참여|합류|참가|투자자|투자사"
CUES = {"lead": re.compile(LEAD, re.I), "new": re.compile(NEW, re.I), "returning": re.compile(RETURNING, re.I)}
ANY_CUE = re.compile("|".join([LEAD, NEW, RETURNING, JOINED]), re.I)
# an English cue that names the investors after it: `led by`, `participation from`, `including`
NAMES_FOLLOW = r"[\w ,]{0,25}?(?:\bby|\bfrom|\bincluding|\bwith|:)\s*"
CUE_BEFORE = re.compile(rf"(?:{LEAD}|{NEW}|{RETURNING}|{JOINED}){NAMES_FOLLOW}$", re.I)
# a Korean clause ends at a connective verb ending before a comma (`주도했고,`, `참여했으며,`)
KO_CLAUSE_END = re.compile(r"(?:고|며),|[.;]")
EN_CLAUSE_END = re.compile(r"[.;]|, (?:and|while|with)\b")
SOURCE = re.compile(
    r"^\s*(?:에 따르면|에 의하면|의 보도|는 보도|가 보도|reported|said)|(?:according to|per|reported by)\s*$", re.I
)
LIST_LABEL = re.compile(r"^\s*[-*•]\s*([^:：]{1,40})[:：]")
WINDOW = 10  # sentences read after the round's own
ROUND_BACK = 3  # sentences a round's sentence looks back for the company that raised it
DEBT = re.compile(r"\bdebt|\bloans?\b|\bcredit|\blenders?\b|대출|차입|신용|여신", re.I)
STARTS = 3  # sentences naming the round read from, best-retrieved first


def asked_rounds(text: str) -> list[str]:
    """The rounds a text names, as letters or `seed`, in order."""
    return list(dict.fromkeys((m.group(1) or "seed").lower() for m in ROUND.finditer(text)))


def asked_round(text: str) -> str | None:
    """The first round a text names."""
    rounds = asked_rounds(text)
    return rounds[0] if rounds else None


def round_pattern(letter: str) -> str:
    """A SPARQL (XPath) regular expression for sentences naming the round."""
    if letter == "seed":
        return "seed|시드"
    return f"(series|시리즈)\\s*-?\\s*{letter}([^a-z]|$)"


def asked_role(text: str) -> str:
    """`lead`, `new` or `all`: which of a round's investors a question asks for."""
    for role in ("lead", "new"):
        if CUES[role].search(text):
            return role
    return "all"


ABOUT_MONEY = re.compile(rf"{LEAD}|{NEW}|{RETURNING}|{JOINED}|round|funding|financing|라운드|투자|유치", re.I)
HEADING = re.compile(r"^\s*(?:#|■|\*\*)|^[^.!?:]{1,40}$")  # a title line has no full stop


def ends_round(text: str, letter: str) -> bool:
    """The reader stops at a sentence naming another round, or at one about something other
    than money (a heading in between does not stop it)."""
    if any(named != letter for named in asked_rounds(text)):
        return True
    return not ABOUT_MONEY.search(text) and not HEADING.match(text)


@dataclass(frozen=True)
class Investor:
    iri: str
    role: str  # lead | new | returning | joined


def _role(cues: str) -> str | None:
    for role, cue in CUES.items():
        if cue.search(cues):
            return role
    return "joined" if ANY_CUE.search(cues) else None


def investors(text: str, lang: str, organisations: list[str], names_of: Callable[[str], list[str]]) -> list[Investor]:
    """The organisations of one sentence that take part in the round, with their roles, in
    the order the sentence names them."""
    label = LIST_LABEL.match(text)
    out: list[tuple[int, Investor]] = []
    for iri in organisations:
        found = name_spans(text, names_of(iri))
        if not found:
            continue
        start, end = min(found, key=lambda span: (span[0], -span[1]))  # the first, and the longest there
        if SOURCE.search(text[end : end + 8]) or SOURCE.search(text[max(0, start - 16) : start]):
            continue  # `로이터에 따르면`, `according to Reuters`: who reports, not who invests
        role = _role(label.group(1)) if label and start > label.end() - 1 else _clause_role(text, start, end, lang)
        if role:
            out.append((start, Investor(iri, role)))
    return [investor for _, investor in sorted(out, key=lambda found: found[0])]


def _clause_role(text: str, start: int, end: int, lang: str) -> str | None:
    clause_end = KO_CLAUSE_END if lang == "ko" else EN_CLAUSE_END
    after = text[end:]
    stop = clause_end.search(after)
    following = after[: stop.start()] if stop else after
    if lang == "ko":
        first = ANY_CUE.search(following)
        return _role(following[: first.end()]) if first else None
    before = text[:start]
    opener = max((m.end() for m in clause_end.finditer(before)), default=0)
    leading = CUE_BEFORE.search(_names_trimmed(before[opener:]))
    if leading:
        return _role(leading.group(0))
    first = ANY_CUE.search(following)
    return _role(following[: first.end()]) if first else None


def _names_trimmed(before: str) -> str:
    """`led by A, B and` -> `led by`: the names listed ahead of this one are not in the way."""
    cues = list(ANY_CUE.finditer(before))
    if not cues:
        return before
    end = cues[-1].end()
    colon_or_prep = re.match(NAMES_FOLLOW, before[end:], re.I)
    return before[: end + colon_or_prep.end()] if colon_or_prep else before


def pick(found: list[Investor], role: str) -> list[str]:
    """The investors of the asked role (`new` falls back to every joiner who is not the lead)."""
    if role == "all":
        return list(dict.fromkeys(i.iri for i in found))
    chosen = [i.iri for i in found if i.role == role]
    if not chosen and role == "new":
        chosen = [i.iri for i in found if i.role == "joined"]
    return list(dict.fromkeys(chosen))


def round_sentences(store: GraphStore, q: Question, letter: str, ranked: list[Evidence]) -> list[str]:
    """Sentences naming the round in an article that names the asked company in them or just
    before them (`**Q: … Hugging Face …?** A: … closed a Series D`), or in its headline; the
    best-retrieved first."""
    rank = {ev.key: n for n, ev in enumerate(ranked)}
    starts: set[str] = set()
    for entity in q.entities:
        for r in store.select(round_sentences_query(entity.iri, round_pattern(letter))):
            key, title = str(r["sentence"]), str(r["title"])
            if 0 <= sentence_number(key) - sentence_number(str(r["near"])) <= ROUND_BACK or positions(title, q.names):
                starts.add(key)  # ... or in an article whose headline names it
    return sorted(starts, key=lambda k: (rank.get(k, len(rank)), k))


def round_evidence(store: GraphStore, q: Question, ranked: list[Evidence]) -> list[Evidence]:
    """`허깅페이스 시리즈D 투자 규모`: the sentences naming each round the question names, ahead
    of the retrieved ones (they may be in the other language, where retrieval missed them);
    a sentence naming only other rounds tells nothing of the asked one."""
    asked = asked_rounds(q.text)
    keys = [k for letter in asked for k in round_sentences(store, q, letter, ranked)[:1]]
    ranked = [ev for ev in ranked if not set(asked_rounds(ev.text)) - set(asked)]  # `Series B` tells no Series C
    if not keys:
        return ranked
    rows = {str(r["sentence"]): r for r in store.select(sentences_query(keys))}
    known = {ev.key: ev for ev in ranked}
    top = ranked[0].score + 1.0 if ranked else 1.0
    dense = max((ev.dense for ev in ranked), default=0.0)  # found by name, not by likeness: the best one's
    first = [Evidence(k, rows[k], top, 1.0, dense, known[k].entities if k in known else []) for k in keys if k in rows]
    return first + [ev for ev in ranked if ev.key not in set(keys)]


def round_investors(
    store: GraphStore,
    q: Question,
    ranked: list[Evidence],
    type_of: Callable[[str], str],
    names_of: Callable[[str], list[str]],
) -> tuple[Composed, str] | None:
    """`Who led X's Series D`: the round's sentence (qa.rounds.round_sentences) and the
    sentences after it until the reader stops, from the best-retrieved sentence naming the
    round on (a column names it again where no investor follows); the SPARQL shown selects
    the sentences the answer came from."""
    letter = asked_round(q.text)
    if letter is None or DEBT.search(q.text):
        return None  # lenders are no round's investors
    for start in round_sentences(store, q, letter, ranked)[:STARTS]:
        found = _read_round(store, q, letter, start, type_of, names_of)
        if found:
            return found
    return None


def _read_round(
    store: GraphStore,
    q: Question,
    letter: str,
    start: str,
    type_of: Callable[[str], str],
    names_of: Callable[[str], list[str]],
) -> tuple[Composed, str] | None:
    asked = {m.iri for m in q.entities}
    keys = [start]
    while len(keys) <= WINDOW:
        keys.append(next_key(keys[-1]))
    rows = {str(r["sentence"]): r for r in store.select(sentences_query(keys))}
    organisations: dict[str, list[str]] = {}
    for r in store.select(mentioned_entities_query(keys)):
        iri = str(r["entity"])
        if iri not in asked and type_of(iri) in ORG_TYPES:
            organisations.setdefault(str(r["sentence"]), []).append(iri)
    found: list[Investor] = []
    used: dict[str, Evidence] = {}
    for n, key in enumerate(keys):
        text = str(rows[key]["text"]) if key in rows else ""
        if not text or (n and ends_round(text, letter)):
            break
        lang = "ko" if HANGUL.search(text) else "en"
        for investor in investors(text, lang, list(dict.fromkeys(organisations.get(key, []))), names_of):
            found.append(investor)
            used.setdefault(investor.iri, Evidence(key, rows[key], 0.0, 1.0, 1.0))
    answers = pick(found, asked_role(q.text))
    if not answers:
        return None
    evidence = list({used[a].key: used[a] for a in answers}.values())
    return ("", answers, evidence), sentences_query([ev.key for ev in evidence])
