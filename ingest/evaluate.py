"""`trendkg eval extraction`: precision/recall/F1 of the pipeline against the gold set.

Mentions match on exact span (and type, for the typed score); linking is judged on the
gold mentions the system found; relations match on (subject, predicate, object, sentence)
with the two symmetric predicates unordered; claims match by sentence, then attribution,
citation and values are judged on the matched ones.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from ingest.extract import Extractor
from ingest.extraction import Extraction
from ingest.gold import SYMMETRIC, GoldArticle


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: set[Any], system: set[Any]) -> None:
        self.tp += len(gold & system)
        self.fp += len(system - gold)
        self.fn += len(gold - system)


@dataclass
class Ratio:
    hit: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 0.0


@dataclass
class LangReport:
    mentions: Score = field(default_factory=Score)
    typed: Score = field(default_factory=Score)
    linking: Ratio = field(default_factory=Ratio)
    relations: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    claims: Score = field(default_factory=Score)
    attribution: Ratio = field(default_factory=Ratio)
    citation: Ratio = field(default_factory=Ratio)
    values: Ratio = field(default_factory=Ratio)
    missed: Counter[str] = field(default_factory=Counter)
    spurious: Counter[str] = field(default_factory=Counter)
    missed_relations: list[str] = field(default_factory=list)

    def relations_total(self) -> Score:
        total = Score()
        for s in self.relations.values():
            total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
        return total


def _sentence_of(extraction: Extraction, offset: int) -> int | None:
    for s in extraction.sentences:
        if s.start <= offset < s.end:
            return s.index
    return None


def _rel_key(s: str, p: str, o: str) -> tuple[str, str, str]:
    return (min(s, o), p, max(s, o)) if p in SYMMETRIC else (s, p, o)


def score_article(gold: GoldArticle, extraction: Extraction, report: LangReport, iri_uses: dict[str, set[str]]) -> None:
    body = gold.article.body
    sys_spans = {(m.start, m.end): m for m in extraction.mentions}
    gold_spans = {(m.start, m.end): m for m in gold.mentions}
    report.mentions.add(set(gold_spans), set(sys_spans))
    report.typed.add({(s, e, m.type) for (s, e), m in gold_spans.items()},
                     {(s, e, m.type) for (s, e), m in sys_spans.items()})
    for span, gm in gold_spans.items():
        found = sys_spans.get(span)
        if found is None:
            report.missed[f"{gm.text} ({gm.type})"] += 1
            continue
        if gm.iri:
            report.linking.total += 1
            report.linking.hit += found.iri == gm.iri
            iri_uses[gm.iri].add(found.iri)
    for span, sm in sys_spans.items():
        if span not in gold_spans:
            report.spurious[f"{body[span[0]:span[1]]} ({sm.type})"] += 1

    gold_rels: dict[str, set[tuple[str, str, str, int | None]]] = defaultdict(set)
    for r in gold.relations:
        gold_rels[r.predicate].add((*r.key(), _sentence_of(extraction, r.start)))
    sys_rels: dict[str, set[tuple[str, str, str, int | None]]] = defaultdict(set)
    for rel in extraction.relations:
        sys_rels[rel.predicate].add((*_rel_key(rel.subject, rel.predicate, rel.object), rel.sentence))
    for predicate in set(gold_rels) | set(sys_rels):
        report.relations[predicate].add(gold_rels[predicate], sys_rels[predicate])
        for s, p, o, _ in gold_rels[predicate] - sys_rels[predicate]:
            report.missed_relations.append(f"{s.rsplit('/', 1)[-1]} {p} {o.rsplit('/', 1)[-1]}")

    sys_claims = {c.sentence: c for c in extraction.claims}
    gold_claims = {_sentence_of(extraction, c.start): c for c in gold.claims}
    report.claims.add(set(gold_claims), set(sys_claims))
    for index, gc in gold_claims.items():
        sc = sys_claims.get(index) if index is not None else None
        if sc is None:
            continue
        report.attribution.total += 1
        report.attribution.hit += sc.attributed_to == gc.attributed_to
        report.citation.total += 1
        report.citation.hit += sc.citation == gc.citation
        raws = " ".join(v.raw for v in sc.values)
        for value in gc.values:
            report.values.total += 1
            report.values.hit += value.replace(" ", "") in raws.replace(" ", "")


def evaluate(gold_set: list[GoldArticle], extractor: Extractor) -> dict[str, Any]:
    reports: dict[str, LangReport] = defaultdict(LangReport)
    iri_uses: dict[str, set[str]] = defaultdict(set)
    by_lang: dict[str, set[str]] = defaultdict(set)
    for gold in gold_set:
        extraction = extractor.extract(gold.article)
        score_article(gold, extraction, reports[gold.article.lang], iri_uses)
        for m in gold.mentions:
            if m.iri:
                by_lang[m.iri].add(gold.article.lang)
    both = [iri for iri, langs in by_lang.items() if len(langs) == 2]
    consistent = sum(1 for iri in both if iri_uses.get(iri, set()) <= {iri})
    return {
        "articles": len(gold_set),
        "languages": {lang: _summary(r) for lang, r in sorted(reports.items())},
        "cross_lingual_one_iri": {"entities": len(both), "consistent": consistent},
    }


def _prf(s: Score) -> dict[str, float | int]:
    return {"p": round(s.precision, 3), "r": round(s.recall, 3), "f1": round(s.f1, 3), "gold": s.tp + s.fn}


def _summary(r: LangReport) -> dict[str, Any]:
    return {
        "mentions": _prf(r.mentions),
        "typed_mentions": _prf(r.typed),
        "linked_iri_accuracy": round(r.linking.value, 3),
        "relations": _prf(r.relations_total()),
        "relations_by_type": {p: _prf(s) for p, s in sorted(r.relations.items())},
        "claims": _prf(r.claims),
        "claim_attribution_accuracy": round(r.attribution.value, 3),
        "claim_citation_accuracy": round(r.citation.value, 3),
        "claim_value_recall": round(r.values.value, 3),
        "worst_missed_mentions": r.missed.most_common(8),
        "worst_spurious_mentions": r.spurious.most_common(8),
        "missed_relations": r.missed_relations[:8],
    }


def format_report(result: dict[str, Any]) -> str:
    """A plain-text table for the terminal."""
    lines = [f"gold articles: {result['articles']}"]
    row = "{:<28}" + "{:>24}" * len(result["languages"])
    langs = list(result["languages"])
    lines.append(row.format("", *langs))

    def prf(key: str, data: dict[str, Any]) -> str:
        v = data[key]
        return f"{v['p']:.2f}/{v['r']:.2f}/{v['f1']:.2f}"

    for key in ("mentions", "typed_mentions", "relations", "claims"):
        lines.append(row.format(f"{key} P/R/F1", *(prf(key, result["languages"][lang]) for lang in langs)))
    for key in ("linked_iri_accuracy", "claim_attribution_accuracy", "claim_citation_accuracy", "claim_value_recall"):
        lines.append(row.format(key, *(f"{result['languages'][lang][key]:.3f}" for lang in langs)))
    predicates = sorted({p for lang in langs for p in result["languages"][lang]["relations_by_type"]})
    for p in predicates:
        cells = []
        for lang in langs:
            v = result["languages"][lang]["relations_by_type"].get(p)
            cells.append(f"{v['p']:.2f}/{v['r']:.2f}/{v['f1']:.2f} n={v['gold']}" if v else "-")
        lines.append(row.format(f"  {p}", *cells))
    x = result["cross_lingual_one_iri"]
    lines.append(f"one IRI across languages: {x['consistent']}/{x['entities']}")
    for lang in langs:
        data = result["languages"][lang]
        lines.append(f"[{lang}] worst missed: " + ", ".join(f"{t}×{n}" for t, n in data["worst_missed_mentions"]))
        lines.append(f"[{lang}] worst spurious: " + ", ".join(f"{t}×{n}" for t, n in data["worst_spurious_mentions"]))
        lines.append(f"[{lang}] missed relations: " + "; ".join(data["missed_relations"]))
    return "\n".join(lines)
