"""The project's gold annotations (tests/gold/*.yaml) resolved to spans of an article body.

Annotations name things by surface text (see tests/gold/README.md); this module turns
them into character spans of the same body the pipeline reads, so gold and system can be
compared span for span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ingest.document import Article, IngestError
from ingest.gold_splits import SPLITS
from ingest.mentions import new_entity_iri
from ingest.readers import SUPPORTED_SUFFIXES, read_path
from ingest.references import find_references
from ingest.variants import edition_of
from kg.catalog import Catalog

SYMMETRIC = {"partnersWith", "competesWith"}


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    text: str
    type: str
    iri: str | None  # None for entities the catalog lacks ("new")


@dataclass(frozen=True)
class GoldRelation:
    subject: str
    predicate: str
    object: str
    start: int  # offset of the annotated sentence substring
    status: str

    def key(self) -> tuple[str, str, str]:
        if self.predicate in SYMMETRIC:
            a, b = sorted((self.subject, self.object))
            return (a, self.predicate, b)
        return (self.subject, self.predicate, self.object)


@dataclass(frozen=True)
class GoldClaim:
    start: int
    text: str
    values: tuple[str, ...]
    attributed_to: str | None
    citation: int | None


@dataclass
class GoldArticle:
    article: Article
    split: str
    mentions: list[GoldMention] = field(default_factory=list)
    relations: list[GoldRelation] = field(default_factory=list)
    claims: list[GoldClaim] = field(default_factory=list)


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _is_hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"


def _boundary_ok(body: str, start: int, end: int) -> bool:
    text = body[start:end]
    before = body[start - 1] if start > 0 else " "
    after = body[end] if end < len(body) else " "
    if _ascii_alnum(text[0]) and _ascii_alnum(before):
        return False
    if _ascii_alnum(text[-1]) and _ascii_alnum(after):
        return False
    return not (_is_hangul(text[0]) and _is_hangul(before))


def resolve_mentions(
    body: str, entries: list[dict[str, str]], catalog: Catalog, exclude: tuple[int, int] | None
) -> list[GoldMention]:
    """Every occurrence of every listed name, longest names first, never overlapping."""
    taken: list[tuple[int, int]] = []
    out: list[GoldMention] = []
    for entry in sorted(entries, key=lambda e: -len(str(e["text"]))):
        text = str(entry["text"])
        ident = str(entry.get("id") or "new")
        entity = catalog.get(ident)
        pos = body.find(text)
        while pos >= 0 and text:
            end = pos + len(text)
            inside_refs = exclude is not None and exclude[0] <= pos < exclude[1]
            overlaps = any(pos < e and s < end for s, e in taken)
            if not inside_refs and not overlaps and _boundary_ok(body, pos, end):
                taken.append((pos, end))
                out.append(GoldMention(pos, end, text, str(entry["type"]), entity.iri if entity else None))
            pos = body.find(text, pos + 1)
    return sorted(out, key=lambda m: m.start)


def gold_iri(ident: str, catalog: Catalog, body: str = "") -> str:
    """Catalog id -> its IRI; `new:<Name>` (or an unknown id) -> the IRI minted for new names,
    from the Latin form when the body gives the name with an alias (`그레이스컬(Grayskull)`),
    as ingest mints one IRI for both."""
    if ident.startswith("new:"):
        return new_entity_iri(edition_of(ident[4:], catalog) or _minted_from(ident[4:], body))
    entity = catalog.get(ident)
    return entity.iri if entity else new_entity_iri(ident)


def _minted_from(name: str, body: str) -> str:
    """The form a new name's IRI is minted from: the Latin side of `NAME(Alias)` / `Alias(NAME)`
    (of `NAME(Long Name, ACR)`, the long name; `NAME(이하 SM)` defines a short name, no alias)."""
    escaped = re.escape(name)
    alias = re.search(escaped + r"\(([^()\n]{1,40})\)", body)
    if alias and re.search(r"[A-Za-z]", alias.group(1)) and not alias.group(1).startswith("이하 "):
        return alias.group(1).split(", ")[0]  # `(Long Name, ACR)`: the long name
    outer = re.search(r"([^\s()]+(?: [^\s()]+)?)\(" + escaped + r"\)", body)
    if outer and not re.search(r"[A-Za-z]", name) and re.search(r"[A-Za-z]", outer.group(1)):
        return outer.group(1)
    return name


def _locate(body: str, snippet: str, where: str) -> int:
    pos = body.find(snippet)
    if pos < 0:
        squashed = re.sub(r"\s+", " ", snippet)
        pos = body.find(squashed)
    if pos < 0:
        raise IngestError(f"{where}: sentence snippet not found: {snippet[:40]!r}")
    return pos


def find_article_file(corpus: Path, stem: str) -> Path:
    for path in corpus.rglob(f"{stem}.*"):
        if path.suffix.lower() in SUPPORTED_SUFFIXES:
            return path
    raise IngestError(f"no corpus file for gold article {stem}")


def load_gold(gold_file: Path, corpus: Path, catalog: Catalog) -> GoldArticle:
    data = yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}
    stem = str(data.get("article") or gold_file.stem)
    article = read_path(find_article_file(corpus, stem))
    body = article.body
    _, ref_region = find_references(body)
    split = str(data.get("split") or "dev")
    if split not in SPLITS:
        raise IngestError(f"{gold_file.name}: unknown split {split!r} (one of {', '.join(SPLITS)})")
    gold = GoldArticle(article, split)
    gold.mentions = resolve_mentions(body, list(data.get("entities") or []), catalog, ref_region)
    for rel in data.get("relations") or []:
        gold.relations.append(
            GoldRelation(
                gold_iri(str(rel["subject"]), catalog, body),
                str(rel["predicate"]),
                gold_iri(str(rel["object"]), catalog, body),
                _locate(body, str(rel["sentence"]), gold_file.name),
                str(rel.get("status") or "asserted"),
            )
        )
    for claim in data.get("claims") or []:
        who = claim.get("attributed_to")
        gold.claims.append(
            GoldClaim(
                _locate(body, str(claim["sentence"]), gold_file.name),
                str(claim["sentence"]),
                tuple(str(v) for v in claim.get("values") or ()),
                gold_iri(str(who), catalog, body) if who else None,
                int(claim["citation"]) if claim.get("citation") is not None else None,
            )
        )
    return gold


def load_gold_set(gold_dir: Path, corpus: Path, catalog: Catalog, split: str | None) -> list[GoldArticle]:
    """All gold articles (or one split), in file-name order."""
    articles = [load_gold(f, corpus, catalog) for f in sorted(gold_dir.glob("*.yaml"))]
    return [a for a in articles if split in (None, "all") or a.split == split]
