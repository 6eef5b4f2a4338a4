"""A Korean name found once is found everywhere in its article.

The name finders need a cue (`스타트업 X`, `칩 X를 공개`); later sentences use the bare
name (`X는 …`, `X가 …`). After every sentence of an article is read, each new Hangul name
the finders saw is marked wherever else it stands as a whole word, with the type (and the
Latin alias) of its first finding. Kiwi sometimes keeps an unknown word and its particle as
one token (`오렐리아가`/NNG); that token is split so the name is a token of its own.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ingest.korean_name_cues import COMPANY_SUFFIX
from ingest.names_common import ENTITY_LABELS, GENERIC_NAMES
from ingest.scripts import HANGUL, HANGUL_WORD

# particles that may stay glued to an unknown word, longest first, with Kiwi's tags
PARTICLES = {
    "에서는": "JKB+JX", "으로는": "JKB+JX", "에게서": "JKB", "에서": "JKB", "에게": "JKB", "으로": "JKB",
    "까지": "JX", "부터": "JX", "처럼": "JKB", "보다": "JKB", "과의": "JKB+JKG", "와의": "JKB+JKG",
    "이": "JKS", "가": "JKS", "은": "JX", "는": "JX", "을": "JKO", "를": "JKO", "의": "JKG",
    "와": "JKB", "과": "JKB", "에": "JKB", "도": "JX", "만": "JX", "로": "JKB",
}  # fmt: skip
BOUNDARY_BEFORE = re.compile(r"[\s'\"‘“(\[·,]")
LATIN_STEM = re.compile(r"([A-Z][A-Z0-9]{1,5})([가-힣]+)")  # `ADK그룹`: the group's Latin stem


def article_names(docs: list[Doc]) -> dict[str, tuple[str, str]]:
    """New (not catalog) names with Hangul in them, or Latin ones the article spelled out,
    by text: the type most of their findings gave (the first on a tie) and their Latin alias."""
    labels: dict[str, Counter[str]] = {}
    aliases: dict[str, str] = {}
    # `가우스` after `삼성 가우스`: the short form of a catalog name is linked to it, not new
    short_forms = {ent.text.split()[-1] for doc in docs for ent in doc.ents if ent.ent_id_}
    for doc in docs:
        for ent in doc.ents:
            text = ent.text
            # a Latin name counts once the article gave it an alias (`JASM(Japan Advanced …)`)
            if ent.ent_id_ or ent.label_ not in ENTITY_LABELS or len(text) < 2:
                continue
            if not HANGUL.search(text) and not (ent.kb_id_ and ent.kb_id_ != text):
                continue
            if text.split()[0] not in GENERIC_NAMES and text not in short_forms:
                labels.setdefault(text, Counter())[ent.label_] += 1
                aliases[text] = aliases.get(text) or ent.kb_id_
    for text in [t for t, counts in labels.items() if counts.most_common(1)[0][0] == "Company"]:
        stem = LATIN_STEM.fullmatch(text)
        if stem and COMPANY_SUFFIX.fullmatch(stem.group(2)) and stem.group(1) not in labels:
            labels[stem.group(1)], aliases[stem.group(1)] = Counter({"Company": 1}), ""  # `ADK` of `ADK그룹`
    return {text: (counts.most_common(1)[0][0], aliases[text]) for text, counts in labels.items()}


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Character offsets where `name` stands as a whole word (a particle may follow)."""
    out: list[tuple[int, int]] = []
    for match in re.finditer(re.escape(name), text):
        start, end = match.span()
        if start > 0 and not BOUNDARY_BEFORE.match(text[start - 1]):
            continue
        rest = re.match(r"[가-힣]*", text[end:])
        tail = rest.group(0) if rest else ""
        if tail and tail not in PARTICLES:
            continue
        out.append((start, end))
    return out


def _split_particle(doc: Doc, token: Token, name: str) -> bool:
    """`오렐리아가` -> `오렐리아` + `가`, when the token is the name and a particle."""
    rest = token.text[len(name) :]
    if not token.text.startswith(name) or rest not in PARTICLES:
        return False
    tags = [token.tag_.split("+")[0] if token.tag_.startswith("NN") else "NNP", PARTICLES[rest]]
    for string in (*tags, name, rest):
        doc.vocab.strings.add(string)
    with doc.retokenize() as retokenizer:
        retokenizer.split(
            token, [name, rest], heads=[(token, 0), (token, 0)], attrs={"TAG": tags, "LEMMA": [name, rest]}
        )
    return True


def spread_names(docs: list[Doc], texts: list[str]) -> None:
    """Mark each new Hangul name of the article wherever else it stands as a word. `texts`
    are the Docs' texts, which the caller has (`Doc.text` joins every token on each read)."""
    terms = glossed_terms(docs)
    names = {name: kind for name, kind in article_names(docs).items() if name not in terms}
    if not names and not terms:
        return
    for doc, text in zip(docs, texts, strict=True):
        found: list[tuple[int, int, tuple[str, str]]] = []
        for name, kind in names.items():
            if name not in text:
                continue
            for start, end in _occurrences(text, name):
                if doc.char_span(start, end) is None:
                    token = next((t for t in doc if t.idx == start), None)
                    if token is None or not _split_particle(doc, token, name):
                        continue
                found.append((start, end, kind))
        current = list(doc.ents)  # `Doc.ents` builds new Spans on every read
        ents = [_retyped(ent, names) for ent in current if ent.ent_id_ or ent.text not in terms]
        if found or len(ents) < len(current) or any(a is not b for a, b in zip(ents, current, strict=True)):
            spans = [doc.char_span(start, end, label=label, kb_id=kb_id) for start, end, (label, kb_id) in found]
            free = [s for s in spans if s is not None and _fits(s, ents)]
            doc.ents = filter_spans(ents + free)


def _fits(span: Span, ents: list[Span]) -> bool:
    """The span overlaps no name, or only new names inside it (`언노운 월즈` over `월즈` found alone)."""
    for ent in ents:
        if ent.start < span.end and span.start < ent.end:
            if ent.ent_id_ or not (span.start <= ent.start and ent.end <= span.end):
                return False
    return True


LOWER_GLOSS = re.compile(r"[a-z]+(?:[- ][a-z]+)*")


def glossed_terms(docs: list[Doc]) -> set[str]:
    """`언아웃(earn-out)`, `브리지론(bridge loan)`: Hangul words the article glosses with
    lower-case English words are terms, not names, wherever the article uses them."""
    terms: set[str] = set()
    for doc in docs:
        for tok in doc:
            if tok.text != "(" or tok.i == 0 or not HANGUL.search(doc[tok.i - 1].text):
                continue
            close = next((t.i for t in doc[tok.i + 1 : tok.i + 8] if t.text == ")"), None)
            if close is not None and close > tok.i + 1 and LOWER_GLOSS.fullmatch(doc[tok.i + 1 : close].text):
                start = tok.i - 1  # the whole word, which Kiwi may cut (`언|아웃`)
                while start > 0 and not doc[start - 1].whitespace_ and HANGUL_WORD.fullmatch(doc[start - 1].text):
                    start -= 1
                terms.add(doc[start : tok.i].text)
    return terms


def _retyped(ent: Span, names: dict[str, tuple[str, str]]) -> Span:
    """A new name's finding with the type the article settled on for it."""
    kind = names.get(ent.text) if not ent.ent_id_ else None
    if kind is None or kind == (ent.label_, ent.kb_id_):
        return ent
    return Span(ent.doc, ent.start, ent.end, label=kind[0], kb_id=kind[1])
