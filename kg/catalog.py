"""The bilingual entity catalog: one IRI per real-world entity, Korean and English names.

The catalog is the source of truth for linking: every surface form (labels in both
languages, aliases, spacing variants) maps to exactly one entity id.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

import rdflib
import yaml
from rdflib.namespace import OWL, RDF, SKOS

from kg.namespaces import ENTITY_TYPES, ID, TKG, WD


@dataclass(frozen=True)
class Entity:
    """A catalog entry."""

    id: str
    type: str
    en: str
    ko: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    parent: str | None = None

    @property
    def iri(self) -> str:
        return str(ID[self.id])

    def label(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en

    def surface_forms(self) -> list[str]:
        """Every string that names this entity, labels first, no duplicates."""
        seen: dict[str, None] = {}
        for form in (self.en, self.ko, *self.aliases):
            if form:
                seen.setdefault(form, None)
        return list(seen)


CORPORATE_SUFFIXES = {
    "ai", "inc", "inc.", "corp", "corp.", "labs", "technologies", "systems", "computing", "ltd", "ltd.", "networks",
    "group", "manufacturing", "holdings", "semiconductor", "semiconductors", "robotics", "software", "capital",
    "ventures", "partners", "management", "global", "international", "industries", "corporation", "incorporated",
    "limited", "plc", "llc",
    "랩스", "시스템즈", "테크놀로지스", "테크놀로지", "컴퓨팅", "네트웍스", "코퍼레이션", "그룹",
}  # fmt: skip
KO_SUFFIX = re.compile(r"^([가-힣]{2,})(" + "|".join(s for s in CORPORATE_SUFFIXES if re.match("[가-힣]", s)) + ")$")


def company_head(name: str) -> str | None:
    """A company's name without its corporate suffix (`Scale` of `Scale AI`, `람다` of `람다랩스`
    or `람다 랩스`), which articles and questions use for it once the full name is known."""
    words = head = name.split()
    while len(head) >= 2 and head[-1].lower() in CORPORATE_SUFFIXES:  # `Apollo Global Management` -> `Apollo`
        head = head[:-1]
    if len(head) < len(words):
        return " ".join(head)
    compound = KO_SUFFIX.match(name)
    return compound.group(1) if compound else None


def normalize(text: str) -> str:
    """The lookup key of a name: NFKC, case-folded, spaces/hyphens/dots removed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s\-_.·‧'’]+", "", text)


class CatalogError(ValueError):
    """The catalog file is malformed; the message names the entry."""


@dataclass
class Catalog:
    """All entities, with a normalised-name index for linking."""

    entities: dict[str, Entity]
    _by_key: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for entity in self.entities.values():
            for form in entity.surface_forms():
                key = normalize(form)
                if key and key not in self._by_key:
                    self._by_key[key] = entity.id

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities.values())

    def __len__(self) -> int:
        return len(self.entities)

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    @cached_property
    def people_by_surname(self) -> dict[str, set[str]]:
        """Surname (last word of a person's name, either language) -> ids of people."""
        people: dict[str, set[str]] = {}
        for entity in self:
            if entity.type == "Person":
                for form in entity.surface_forms():
                    parts = form.split()
                    if len(parts) > 1 and len(parts[-1]) >= 2:
                        people.setdefault(parts[-1].lower(), set()).add(entity.id)
        return people

    @cached_property
    def company_heads(self) -> dict[str, Entity]:
        """Companies by their name without its corporate suffix, where only one has it (`Lambda`)."""
        heads: dict[str, list[Entity]] = {}
        for entity in self:
            if entity.type == "Company":
                for head in {company_head(form) for form in entity.surface_forms()} - {None}:
                    heads.setdefault(str(head), []).append(entity)
        return {head: found[0] for head, found in heads.items() if len({e.id for e in found}) == 1}

    def matchable_forms(self, entity: Entity) -> list[str]:
        """Surface forms to match in text: a chip written after its maker (`Nvidia H100`,
        `엔비디아 H100`) is two mentions, the maker and the chip, so the joined alias is
        left to lookup (questions, fuzzy names) and not matched as one name."""
        forms = entity.surface_forms()
        if entity.type != "Chip":
            return forms
        names = set(forms)
        return [f for f in forms if not self._maker_prefixed(f, names)]

    def _maker_prefixed(self, form: str, names: set[str]) -> bool:
        words = form.split()
        for k in range(1, len(words)):
            maker = self.lookup(" ".join(words[:k]))
            if maker is not None and maker.type in ("Company", "ResearchOrg") and " ".join(words[k:]) in names:
                return True
        return False

    def by_iri(self, iri: str) -> Entity | None:
        prefix = str(ID)
        return self.entities.get(iri[len(prefix) :]) if iri.startswith(prefix) else None

    def lookup(self, name: str) -> Entity | None:
        """The entity a surface form names, or None."""
        entity_id = self._by_key.get(normalize(name))
        return self.entities[entity_id] if entity_id else None

    def to_graph(self) -> rdflib.Graph:
        """The catalog as RDF: types, SKOS labels in @en/@ko, sameAs Wikidata."""
        g = rdflib.Graph()
        for e in self:
            node = rdflib.URIRef(e.iri)
            g.add((node, RDF.type, TKG[e.type]))
            g.add((node, SKOS.prefLabel, rdflib.Literal(e.en, lang="en")))
            g.add((node, SKOS.prefLabel, rdflib.Literal(e.ko, lang="ko")))
            for alias in e.aliases:
                lang = "ko" if re.search(r"[가-힣]", alias) else "en"
                g.add((node, SKOS.altLabel, rdflib.Literal(alias, lang=lang)))
            if e.wikidata:
                g.add((node, OWL.sameAs, WD[e.wikidata]))
                g.add((node, TKG.wikidataId, rdflib.Literal(e.wikidata)))
            if e.parent and e.parent in self.entities:
                g.add((node, TKG.parentOrg, rdflib.URIRef(self.entities[e.parent].iri)))
        return g


def _parse(entries: Iterable[object], source: str) -> Catalog:
    entities: dict[str, Entity] = {}
    for n, raw in enumerate(entries):
        if not isinstance(raw, dict):
            raise CatalogError(f"{source}: entry {n} is not a mapping")
        try:
            entity = Entity(
                id=str(raw["id"]),
                type=str(raw["type"]),
                en=str(raw["en"]),
                ko=str(raw["ko"]),
                aliases=tuple(str(a) for a in raw.get("aliases") or ()),
                wikidata=str(raw["wikidata"]) if raw.get("wikidata") else None,
                parent=str(raw["parent"]) if raw.get("parent") else None,
            )
        except KeyError as exc:
            raise CatalogError(f"{source}: entry {n} lacks {exc}") from exc
        if entity.type not in ENTITY_TYPES:
            raise CatalogError(f"{source}: {entity.id} has unknown type {entity.type!r}")
        if entity.id in entities:
            raise CatalogError(f"{source}: duplicate id {entity.id}")
        entities[entity.id] = entity
    return Catalog(entities)


def load_catalog(path: Path | None = None) -> Catalog:
    """Read a catalog YAML file (default: the one shipped in kg/data)."""
    if path is None:
        return default_catalog()
    with path.open(encoding="utf-8") as fh:
        return _parse(yaml.safe_load(fh) or [], str(path))


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    text = resources.files("kg").joinpath("data/catalog.yaml").read_text(encoding="utf-8")
    return _parse(yaml.safe_load(text) or [], "kg/data/catalog.yaml")
