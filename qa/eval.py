"""`trendkg eval qa`: run the gold questions through `ask` and score them.

Reports accuracy by language, type and cross-lingual flag, evidence precision, the share
of answers carrying cited evidence, abstention precision/recall and latency percentiles.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from qa.eval_match import answer_matches, normalize
from qa.gold import GoldQuestion


def answer_text(result: dict[str, Any]) -> tuple[str, set[str]]:
    """What an answer says: its line plus both labels of each answer entity, and the IRIs."""
    parts = [str(result["answer"])]
    for a in result["answers"]:
        parts += [a["label"], *a["labels"].values()]
    return " | ".join(parts), {a["iri"] for a in result["answers"] if a["iri"]}


def is_correct(q: GoldQuestion, result: dict[str, Any]) -> bool:
    if q.abstain or result["abstained"]:
        return q.abstain and bool(result["abstained"])
    text, iris = answer_text(result)
    hits = [answer_matches(g, text, iris) for g in q.answers]
    return all(hits) if q.match == "all" else any(hits)


def evidence_hit(q: GoldQuestion, result: dict[str, Any]) -> bool:
    """A gold evidence sentence is among the returned evidence (same article, text overlaps)."""
    for ev in result["evidence"]:
        article = str(ev["article"]).rsplit("/", 1)[-1]
        got = normalize(str(ev["sentence"]))
        for gold in q.evidence:
            want = normalize(gold.sentence)
            if article == gold.article and (want in got or got in want):
                return True
    return False


def cited(result: dict[str, Any]) -> bool:
    return any(ev["article"] and (ev["title"] or ev["url"] or ev["citation"]) for ev in result["evidence"])


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))] if ordered else 0.0


def _rate(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 3) if denominator else None


def evaluate(questions: list[GoldQuestion], ask: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    for q in questions:
        started = time.perf_counter()
        result = ask(q.question)
        ms = (time.perf_counter() - started) * 1000
        correct = is_correct(q, result)
        rows.append(
            {
                "id": q.id, "lang": q.lang, "type": q.type, "cross_lingual": q.cross_lingual,
                "gold_abstain": q.abstain, "abstained": bool(result["abstained"]), "correct": correct,
                "evidence_hit": evidence_hit(q, result) if correct and not q.abstain else None,
                "cited": cited(result) if not result["abstained"] else None,
                "ms": round(ms, 1), "question": q.question, "answer": result["answer"],
            }
        )  # fmt: skip
    return summarize(rows)


def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
    groups: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        groups["lang"][r["lang"]].append(r["correct"])
        groups["type"][r["type"]].append(r["correct"])
        groups["cross_lingual"]["yes" if r["cross_lingual"] else "no"].append(r["correct"])
    answered = [r for r in rows if not r["abstained"]]
    hits = [r["evidence_hit"] for r in rows if r["evidence_hit"] is not None]
    abstained = [r for r in rows if r["abstained"]]
    should = [r for r in rows if r["gold_abstain"]]
    answerable = [r for r in rows if not r["gold_abstain"]]
    ms = [r["ms"] for r in rows]
    return {
        "n": len(rows),
        "accuracy": _rate(sum(r["correct"] for r in rows), len(rows)),
        "by": {
            name: {k: {"n": len(v), "accuracy": _rate(sum(v), len(v))} for k, v in sorted(g.items())}
            for name, g in groups.items()
        },
        "evidence_precision": _rate(sum(hits), len(hits)),
        "cited_share": _rate(sum(bool(r["cited"]) for r in answered), len(answered)),
        "abstention": {
            "precision": _rate(sum(r["gold_abstain"] for r in abstained), len(abstained)),
            "recall": _rate(sum(r["abstained"] for r in should), len(should)),
            "answerable_abstained": _rate(sum(r["abstained"] for r in answerable), len(answerable)),
        },
        "latency_ms": {"p50": round(_percentile(ms, 0.5), 1), "p95": round(_percentile(ms, 0.95), 1)},
        "questions": rows,
    }


def format_report(result: dict[str, Any], verbose: bool = False) -> str:
    def pct(v: float | None) -> str:
        return "  n/a" if v is None else f"{v * 100:5.1f}%"

    lines = [f"questions: {result['n']}   accuracy: {pct(result['accuracy'])}"]
    for name, group in result["by"].items():
        cells = "  ".join(f"{k}: {pct(v['accuracy'])} (n={v['n']})" for k, v in group.items())
        lines.append(f"  by {name:<13} {cells}")
    ab = result["abstention"]
    lines += [
        f"evidence precision: {pct(result['evidence_precision'])}   cited answers: {pct(result['cited_share'])}",
        f"abstention: precision {pct(ab['precision'])}  recall {pct(ab['recall'])}  "
        f"answerable abstained {pct(ab['answerable_abstained'])}",
        f"latency: p50 {result['latency_ms']['p50']} ms  p95 {result['latency_ms']['p95']} ms",
    ]
    if verbose:
        for r in result["questions"]:
            if not r["correct"]:
                lines.append(f"  MISS {r['id']} [{r['type']}] {r['question']} -> {r['answer'][:120]}")
    return "\n".join(lines)
