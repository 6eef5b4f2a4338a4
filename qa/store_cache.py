"""A value read from the store and kept until the store changes.

The answerer's read models (topics, corpus words, the BM25 index) are built from every stored
article, which takes long enough that a question must not pay for it. `store.generation`
counts writes within this process; a store without one (a remote endpoint) is read again on
every use. One lock per value: the first reader after a write rebuilds, the others wait.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from kg.store import GraphStore

T = TypeVar("T")


def store_generation(store: GraphStore) -> int:
    """The store's write count, or -2 when it keeps none (always stale)."""
    return int(getattr(store, "generation", -2))


class StoreCache(Generic[T]):
    def __init__(self, store: GraphStore, build: Callable[[], T]) -> None:
        self.store = store
        self._build = build
        self._generation = -1
        self._value: T | None = None
        self._lock = threading.Lock()

    def get(self) -> T:
        with self._lock:
            generation = store_generation(self.store)
            if self._value is None or generation < 0 or generation != self._generation:
                self._value = self._build()
                self._generation = generation
            return self._value
