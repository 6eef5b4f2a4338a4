"""User SPARQL in killable worker processes over snapshots of the store.

Why: a pyoxigraph evaluation (say an aggregate over a cartesian product) cannot be
interrupted in-process, and a second process cannot open the live store (RocksDB lock). So
queries go to `kg/sparql_worker.py` processes that open a checkpoint of the store read-only;
the runner re-checkpoints when `store.generation` moved, deletes checkpoints no worker has
open, and SIGKILLs a worker that overruns the time limit (then starts a fresh one).
Updates are transactional and run in-process on the live store.
"""

from __future__ import annotations

import json
import os
import queue
import re
import secrets
import select
import shutil
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.namespaces import PREFIXES
from kg.sparql_worker import FORMATS as FORMATS  # re-exported: name -> media type
from kg.sparql_worker import (
    FRAME,
    GRAPH_FORMATS,
    RESULT_FORMATS,
    analyse_query,
    negotiate,
    offer,
    prepare_update,
)
from kg.store import OxigraphGraphStore, StoreError

_WORKER_SCRIPT = Path(__file__).with_name("sparql_worker.py")


class SparqlError(Exception):
    """Anything the runner refuses or fails at; the message is meant for the user."""


class QueryTimeout(SparqlError):
    """The query ran past the time limit (its worker was killed) or no worker came free."""


class SparqlSyntaxError(SparqlError):
    """The query or update does not parse; line and column as Oxigraph reports them."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.line, self.column = line, column

    @classmethod
    def from_oxigraph(cls, exc: SyntaxError | str) -> SparqlSyntaxError:
        match = re.match(r"error at (\d+):(\d+):\s*(.*)", str(exc), re.S)
        if not match:
            return cls(f"SPARQL syntax error: {_shorten(str(exc))}")
        line, column = int(match[1]), int(match[2])
        where = f"line {line}, column {column}"
        return cls(f"SPARQL syntax error at {where}: {_shorten(match[3])}", line, column)


class NotAcceptable(SparqlError):
    """No result format the client accepts exists for this kind of query."""


class BadRequest(SparqlError):
    """A request trendkg refuses: SERVICE/LOAD, a bad graph IRI, a dataset conflict."""


class QueryFailed(SparqlError):
    """Oxigraph rejected the query while evaluating it (e.g. an unknown function)."""


class ServiceError(SparqlError):
    """A server-side failure: a worker crashed, the store could not be read."""


@dataclass(frozen=True)
class SparqlResponse:
    body: bytes
    media_type: str


def _shorten(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + " …"


def check_iris(iris: Iterable[str]) -> list[str]:
    try:
        return [ox.NamedNode(iri).value for iri in iris]
    except ValueError as exc:
        raise BadRequest(f"not a valid graph IRI: {exc}") from exc


class _Timeout(Exception): ...


class _Died(Exception): ...


class _Worker:
    """One worker process and the snapshot it has open."""

    def __init__(self) -> None:
        cmd = [sys.executable, "-I", str(_WORKER_SCRIPT)]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
        self.started = time.monotonic()
        self.ready_after: float | None = None  # seconds from spawn to ready
        self.isolated = False
        self.snapshot: Path | None = None

    def _read(self, n: int, deadline: float) -> bytes:
        assert self.proc.stdout is not None
        fd, buf = self.proc.stdout.fileno(), bytearray()
        while len(buf) < n:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                raise _Timeout
            chunk = os.read(fd, min(n - len(buf), 1 << 20))
            if not chunk:
                raise _Died
            buf += chunk
        return bytes(buf)

    def receive(self, deadline: float) -> tuple[dict[str, Any], bytes]:
        header_len, body_len = FRAME.unpack(self._read(FRAME.size, deadline))
        header = json.loads(self._read(header_len, deadline).decode("utf-8"))
        return header, self._read(body_len, deadline) if body_len else b""

    def send(self, header: dict[str, Any], deadline: float) -> None:
        if self.ready_after is None:  # the hello frame comes first
            hello, _ = self.receive(deadline)
            self.ready_after = float(hello["ready_at"]) - self.started  # one system clock
            self.isolated = bool(hello.get("isolated"))
        assert self.proc.stdin is not None
        data = json.dumps(header).encode("utf-8")
        view = memoryview(FRAME.pack(len(data), 0) + data)
        try:
            while view:
                view = view[self.proc.stdin.write(view) or 0 :]
        except OSError as exc:  # BrokenPipeError: the worker is gone
            raise _Died from exc

    def stop(self, kill: bool) -> None:
        if self.proc.poll() is None and not kill and self.proc.stdin is not None:
            try:
                self.proc.stdin.close()  # EOF: an idle worker exits on its own
                self.proc.wait(timeout=1.0)
            except (OSError, subprocess.TimeoutExpired):
                pass
        if self.proc.poll() is None:
            self.proc.kill()
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None and not stream.closed:
                stream.close()
        self.proc.wait()


def _shutdown(workers: list[_Worker], directory: Path) -> None:
    for worker in workers:
        worker.stop(kill=False)
    shutil.rmtree(directory, ignore_errors=True)


class SparqlRunner:
    """Runs SPARQL queries in `workers` processes with a per-query time limit."""

    def __init__(
        self, store: OxigraphGraphStore, snapshots_dir: Path, timeout_s: float, workers: int = 1
    ) -> None:
        if store.path is None:
            raise StoreError("the SPARQL runner needs an on-disk store (it runs on snapshots)")
        self.store = store
        self.timeout_s = float(timeout_s)
        _remove_stale_runs(Path(snapshots_dir))
        self._dir = Path(snapshots_dir) / f"run-{os.getpid()}-{secrets.token_hex(4)}"
        self._dir.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._snapshot: Path | None = None
        self._snapshot_generation = -1
        self._workers = [_Worker() for _ in range(max(1, int(workers)))]
        self._idle: queue.Queue[_Worker] = queue.Queue()
        for worker in self._workers:
            self._idle.put(worker)
        self._closed = False
        self._finalizer = weakref.finalize(self, _shutdown, self._workers, self._dir)

    def run(
        self,
        query: str,
        *,
        accept: str | None,
        default_graph_uris: list[str],
        named_graph_uris: list[str],
        base_iri: str | None = None,
    ) -> SparqlResponse:
        """Evaluate a query (SELECT/ASK/CONSTRUCT/DESCRIBE) and serialize it per `accept`.

        No dataset given: the default graph is the union of the named graphs (trendkg keeps
        nothing in the real default graph). A protocol dataset replaces FROM / FROM NAMED.
        """
        shape = analyse_query(query)
        if shape.uses_service:
            raise BadRequest("SERVICE (federated query) is disabled: trendkg never fetches URLs")
        results_format = negotiate(accept, RESULT_FORMATS)
        graph_format = negotiate(accept, GRAPH_FORMATS)
        if shape.form in ("SELECT", "ASK") and results_format is None:
            raise NotAcceptable(offer(shape.form, RESULT_FORMATS))
        if shape.form in ("CONSTRUCT", "DESCRIBE") and graph_format is None:
            raise NotAcceptable(offer(shape.form, GRAPH_FORMATS))
        request = {
            "query": query,
            "base_iri": base_iri,
            "default_graph_uris": check_iris(default_graph_uris),
            "named_graph_uris": check_iris(named_graph_uris),
            "results_format": results_format,
            "graph_format": graph_format,
            "prefixes": PREFIXES,
        }
        header, body = self._dispatch(request)
        if header.get("ok"):
            return SparqlResponse(body=body, media_type=str(header["media_type"]))
        kind, message = header.get("kind"), str(header.get("message", ""))
        if kind == "syntax":
            raise SparqlSyntaxError.from_oxigraph(message)
        if kind == "not_acceptable":
            raise NotAcceptable(
                offer("this", RESULT_FORMATS if message == "results" else GRAPH_FORMATS)
            )
        if kind == "refused":
            raise BadRequest(message)
        if kind == "store":
            raise ServiceError(f"the graph store could not be read: {message}")
        raise QueryFailed(f"query failed: {_shorten(message)}")

    def _dispatch(self, request: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
        """Send to a free worker; the time limit counts from when a worker was free and held the checkpoint."""
        if self._closed:
            raise ServiceError("the SPARQL runner is closed")
        try:
            worker = self._idle.get(timeout=self.timeout_s)
        except queue.Empty:
            n = len(self._workers)
            raise QueryTimeout(f"all {n} query workers stayed busy for {self.timeout_s:g} s; "
                               "try again later") from None  # fmt: skip
        try:
            request["snapshot"] = str(self._assign_snapshot(worker))
            deadline = time.monotonic() + self.timeout_s  # after the store's checkpoint: that is no query's time
            worker.send(request, deadline)
            return worker.receive(deadline)
        except _Timeout:
            worker = self._replace(worker)
            raise QueryTimeout(
                f"query exceeded the {self.timeout_s:g} s time limit and was stopped"
            ) from None
        except _Died:
            dead, worker = worker, self._replace(worker)
            code = dead.proc.returncode
            raise ServiceError(f"the query worker exited unexpectedly (exit code {code})") from None
        finally:
            self._idle.put(worker)
            self._collect_garbage()

    def _replace(self, worker: _Worker) -> _Worker:
        """SIGKILL a worker (the only way to stop its evaluation) and start a fresh one."""
        worker.stop(kill=True)
        fresh = _Worker()
        with self._lock:
            self._workers[self._workers.index(worker)] = fresh
        return fresh

    def _assign_snapshot(self, worker: _Worker) -> Path:
        """The checkpoint of the current generation, made if missing; `worker` now uses it."""
        with self._lock:
            if self._snapshot is None or self._snapshot_generation != self.store.generation:
                with self.store.write_lock:
                    generation = self.store.generation
                    path = self._dir / f"gen-{generation:09d}"
                    try:
                        self.store.snapshot(path)
                    except (OSError, StoreError) as exc:
                        raise ServiceError(f"could not snapshot the graph store: {exc}") from exc
                self._snapshot, self._snapshot_generation = path, generation
            worker.snapshot = self._snapshot
            return self._snapshot

    def _collect_garbage(self) -> None:
        with self._lock:
            keep = {w.snapshot for w in self._workers} | {self._snapshot}
            for path in self._dir.glob("gen-*"):
                if path not in keep:
                    shutil.rmtree(path, ignore_errors=True)

    def update(
        self,
        update: str,
        *,
        base_iri: str | None = None,
        using_graph_uris: Iterable[str] = (),
        using_named_graph_uris: Iterable[str] = (),
    ) -> None:
        """Run a SPARQL Update on the live store (one transaction) and bump its generation.

        Without USING, WHERE clauses match Oxigraph's real default graph, which trendkg
        keeps empty: use GRAPH ?g { ... } (or using-graph-uri) to match article graphs.
        """
        using, using_named = check_iris(using_graph_uris), check_iris(using_named_graph_uris)
        try:
            text = prepare_update(update, using, using_named)
        except ValueError as exc:
            raise BadRequest(str(exc)) from exc
        if text != update:  # report syntax errors at the user's own line and column
            _raise_on_syntax_error(update, base_iri)
        with self.store.write_lock:
            try:
                self.store.oxigraph.update(text, base_iri=base_iri)
            except SyntaxError as exc:
                raise SparqlSyntaxError.from_oxigraph(exc) from None
            except OSError as exc:
                raise ServiceError(f"the update could not be applied: {exc}") from exc
            except (RuntimeError, ValueError, TypeError) as exc:
                raise QueryFailed(f"update failed: {_shorten(str(exc))}") from exc
            self.store.generation += 1

    @property
    def network_isolated(self) -> bool:
        """Whether the started workers run without network (a second fence after SERVICE)."""
        return all(w.isolated for w in self._workers if w.ready_after is not None)

    def worker_startup_s(self) -> list[float]:
        return [w.ready_after for w in self._workers if w.ready_after is not None]

    def snapshot_dirs(self) -> list[Path]:
        return sorted(self._dir.glob("gen-*"))

    def close(self) -> None:
        """Stop the workers and delete this runner's snapshots."""
        self._closed = True
        self._finalizer()


def _raise_on_syntax_error(update: str, base_iri: str | None) -> None:
    try:
        ox.Store().update(update, base_iri=base_iri)  # a scratch in-memory store, discarded
    except SyntaxError as exc:
        raise SparqlSyntaxError.from_oxigraph(exc) from None
    except Exception:  # evaluation problems show up in the real run
        return


def _remove_stale_runs(snapshots_dir: Path) -> None:
    """Delete snapshot dirs left by runners whose process is gone (crash, kill -9)."""
    for path in snapshots_dir.glob("run-*-*"):
        try:
            os.kill(int(path.name.split("-")[1]), 0)
        except ProcessLookupError:
            shutil.rmtree(path, ignore_errors=True)
        except (ValueError, PermissionError):
            continue
