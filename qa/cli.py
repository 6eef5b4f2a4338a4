"""The `trendkg` command line: ingest, watch, ask, sparql, serve, stats, extract, export, delete.

Every subcommand takes `--data DIR` (default ./data, or TRENDKG_DATA). Errors are one line
on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from ingest.gold_splits import SPLITS
from qa.cli_common import CliError, open_services
from qa.cli_ingest import add_ingest_commands

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

SPARQL_FORMATS = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "nquads": "application/n-quads",
    "ntriples": "application/n-triples",
}


def cmd_ask(args: argparse.Namespace) -> int:
    from ingest.document import IngestError

    with open_services(args) as svc:
        try:
            result = svc.answerer.ask(args.question)
        except IngestError as exc:
            raise CliError(str(exc)) from exc
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(result["answer"])
    for ev in result["evidence"]:
        print(f"  - “{ev['sentence']}” — {ev['title']} ({ev['date'] or 'n.d.'}, {ev['lang']})")
        if ev["citation"]:
            print(f"    ↳ {ev['citation']}")
    return 0


def cmd_sparql(args: argparse.Namespace) -> int:
    from kg.sparql_runner import SparqlError

    with open_services(args) as svc:
        try:
            response = svc.sparql.run(
                args.query, accept=SPARQL_FORMATS[args.format], default_graph_uris=[], named_graph_uris=[]
            )
        except SparqlError as exc:
            raise CliError(str(exc)) from exc
    sys.stdout.buffer.write(response.body)
    if not response.body.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import waitress

    from qa.web import create_app

    with open_services(args) as svc:
        app = create_app(services=svc)
        print(f"serving on http://{args.host}:{args.port}", flush=True)
        waitress.serve(app, host=args.host, port=args.port, threads=args.threads, ident="trendkg")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from qa.browse import stats

    with open_services(args) as svc:
        counts = stats(svc.store)
    for key, value in counts.items():
        print(f"{key:>17}: {value}")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from ingest.document import IngestError
    from ingest.extract import Extractor
    from ingest.readers import read_path

    try:
        article = read_path(Path(args.file))
    except IngestError as exc:
        raise CliError(str(exc)) from exc
    extraction = Extractor().extract(article)
    if args.json:
        print(json.dumps(extraction.to_json(), ensure_ascii=False, indent=2))
    else:
        data = extraction.to_json()
        for key in ("entities", "relations", "claims"):
            print(f"{key}: {len(data[key])}")  # type: ignore[arg-type]
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kg.store import StoreError

    with open_services(args) as svc:
        try:
            sys.stdout.buffer.write(svc.store.export(args.format))
        except StoreError as exc:
            raise CliError(str(exc)) from exc
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_services(args) as svc:
        found = svc.ingestor.delete(args.article)
    if not found:
        raise CliError(f"no article {args.article}")
    print(f"deleted {args.article}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    if args.what == "qa":
        return cmd_eval_qa(args)
    from ingest.document import IngestError
    from ingest.evaluate import evaluate, format_report
    from ingest.extract import Extractor
    from ingest.gold import load_gold_set

    extractor = Extractor()
    try:
        gold = load_gold_set(Path(args.gold or "tests/gold"), Path(args.corpus), extractor.catalog, args.split)
    except (IngestError, OSError, KeyError, ValueError) as exc:
        raise CliError(f"cannot read the gold set: {exc}") from exc
    if not gold:
        raise CliError(f"no gold articles for split {args.split!r} in {args.gold}")
    result = evaluate(gold, extractor)
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else format_report(result))
    return 0


def cmd_eval_qa(args: argparse.Namespace) -> int:
    """Score `ask` on the gold QA set against the store in `--data` (ingest the corpus first)."""
    from qa.eval import evaluate, format_report
    from qa.gold import GoldError, load_questions

    try:
        questions = load_questions(Path(args.gold or "tests/qa_gold"), args.split)
    except (GoldError, OSError) as exc:
        raise CliError(f"cannot read the gold set: {exc}") from exc
    if not questions:
        raise CliError(f"no gold questions for split {args.split!r}")
    with open_services(args) as svc:
        if not svc.store.graph_iris():
            raise CliError("the store is empty: run `trendkg ingest corpus` first")
        svc.warm_up()
        result = evaluate(questions, svc.answerer.ask)
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else format_report(result, args.verbose))
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from kg.review import decide, list_candidates

    with open_services(args) as svc:
        if args.action == "list":
            candidates = list_candidates(svc.store, None if args.all else "open")
            for c in candidates:
                print(f"{c.id}  {c.score:5.1f}  {c.state:<8}  {c.label}  ({c.source} -> {c.target})")
            print(f"{len(candidates)} candidate(s)")
            return 0
        if not args.id:
            raise CliError(f"review {args.action} needs a candidate id (see `trendkg review list`)")
        try:
            decided = decide(svc.store, args.id, accept=args.action == "accept")
        except KeyError as exc:
            raise CliError(str(exc.args[0])) from exc
        print(f"{decided.state}: {decided.label}")
        return 0


def build_parser() -> argparse.ArgumentParser:
    data_help = "data directory (default ./data or TRENDKG_DATA)"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data", default=argparse.SUPPRESS, help=data_help)
    parser = argparse.ArgumentParser(prog="trendkg", description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help=data_help)
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, func: Callable[[argparse.Namespace], int], help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_)
        p.set_defaults(func=func)
        return p

    add_ingest_commands(add)
    p = add("ask", cmd_ask, "answer a question in Korean or English")
    p.add_argument("question")
    p.add_argument("--json", action="store_true")
    p = add("sparql", cmd_sparql, "run a SPARQL query")
    p.add_argument("query")
    p.add_argument("--format", choices=sorted(SPARQL_FORMATS), default="json")
    p = add("serve", cmd_serve, "serve the web UI, API and SPARQL endpoint")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=5000)
    p.add_argument("--threads", type=int, default=8)
    add("stats", cmd_stats, "counts of articles, entities, relations, claims, triples")
    p = add("extract", cmd_extract, "print what the pipeline finds in one article, store nothing")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p = add("export", cmd_export, "write the whole graph to stdout")
    p.add_argument("--format", choices=["trig", "nquads", "turtle", "ntriples", "jsonld"], default="trig")
    p = add("eval", cmd_eval, "score extraction or question answering against the project's gold sets")
    p.add_argument("what", choices=["extraction", "qa"])
    p.add_argument("--split", choices=[*SPLITS, "all"], default="dev")
    p.add_argument("--gold", default=None, help="gold folder (default tests/gold, or tests/qa_gold for qa)")
    p.add_argument("--corpus", default="corpus")
    p.add_argument("--json", action="store_true")
    p.add_argument("--verbose", action="store_true", help="qa: list the questions answered wrongly")
    p = add("review", cmd_review, "list, accept or reject cross-language merge candidates")
    p.add_argument("action", nargs="?", choices=["list", "accept", "reject"], default="list")
    p.add_argument("id", nargs="?")
    p.add_argument("--all", action="store_true", help="also list decided candidates")
    p = add("delete", cmd_delete, "delete an article (its named graph and vectors)")
    p.add_argument("article")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except CliError as exc:
        print(f"trendkg: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
