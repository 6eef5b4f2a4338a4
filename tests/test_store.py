"""The embedded store: atomic graph replacement, even under kill -9."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import rdflib

from kg.store import OxigraphGraphStore

G = "https://trendkg.org/graph/t"

WRITER = """
import sys, rdflib
from kg.store import OxigraphGraphStore
store = OxigraphGraphStore(sys.argv[1])
n = 0
print("ready", flush=True)
while True:
    n += 1
    g = rdflib.Graph()
    for i in range(20000):
        g.add((rdflib.URIRef(f"https://x/{i}"), rdflib.URIRef("https://x/p"), rdflib.Literal(n)))
    store.replace_graph(sys.argv[2], g)
"""


def _graph(n: int, size: int) -> rdflib.Graph:
    g = rdflib.Graph()
    for i in range(size):
        g.add((rdflib.URIRef(f"https://x/{i}"), rdflib.URIRef("https://x/p"), rdflib.Literal(n)))
    return g


def test_replace_graph_swaps_content(tmp_path: Path) -> None:
    store = OxigraphGraphStore(tmp_path / "g")
    store.replace_graph(G, _graph(1, 10))
    store.replace_graph(G, _graph(2, 5))
    rows = store.select(f"SELECT ?o WHERE {{ GRAPH <{G}> {{ ?s ?p ?o }} }}")
    assert sorted(int(str(r["o"])) for r in rows) == [2] * 5
    assert store.drop_graph(G) and not store.drop_graph(G)
    assert store.graph_iris() == []
    store.close()


def test_kill_9_mid_write_leaves_all_or_nothing(tmp_path: Path) -> None:
    path = tmp_path / "g"
    root = Path(__file__).resolve().parent.parent
    for delay in (0.9, 1.7, 2.6):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), G], cwd=root, stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        store = OxigraphGraphStore(path)
        rows = store.select(
            f"SELECT ?o (COUNT(*) AS ?n) WHERE {{ GRAPH <{G}> {{ ?s ?p ?o }} }} GROUP BY ?o"
        )
        store.close()
        # one version only, complete: never a mix of two writes or a partial one
        assert len(rows) <= 1
        if rows:
            assert int(str(rows[0]["n"])) == 20000
