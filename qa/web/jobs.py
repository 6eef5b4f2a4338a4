"""Background ingest jobs for URL batches: `POST /api/ingest {"urls": [...]}` returns a job
id at once and `GET /api/jobs/<id>` reports progress. One worker thread runs the jobs in
order, so there is one writer; finished jobs are kept (the newest `KEEP`) for polling."""

from __future__ import annotations

import queue
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from ingest.pipeline import ArticleResult

KEEP = 200


@dataclass
class Job:
    id: str
    urls: list[str]
    state: str = "queued"  # queued | running | done | failed
    total: int = 0
    done: int = 0
    results: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, result: ArticleResult) -> None:
        with self._lock:
            self.results.append(asdict(result))
            self.done += 1

    def grow(self, count: int) -> None:
        """A feed turned out to hold `count + 1` items where one URL was counted."""
        with self._lock:
            self.total += count

    def to_json(self) -> dict[str, Any]:
        with self._lock:
            data: dict[str, Any] = {
                "job": self.id, "state": self.state, "total": self.total, "done": self.done,
                "results": list(self.results),
            }
            if self.error:
                data["error"] = self.error
            return data


class JobRunner:
    def __init__(self, work: Callable[[Job], object]) -> None:
        self._work = work
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._queue: queue.Queue[Job] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def submit(self, urls: list[str]) -> Job:
        job = Job(uuid.uuid4().hex, list(urls), total=len(urls))
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEEP:
                self._jobs.popitem(last=False)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="trendkg-ingest-jobs", daemon=True)
                self._thread.start()
        self._queue.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            job.state = "running"
            try:
                self._work(job)
                job.state = "done"
            except Exception as exc:  # a bug must not kill the worker: the job says what happened
                job.error = f"{type(exc).__name__}: {exc}"
                job.state = "failed"
            finally:
                self._queue.task_done()
