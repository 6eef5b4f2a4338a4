"""Evidence rows and mentioned entities of sentences, read once until the store changes.

Every question reads the same kinds of facts about the sentences retrieval found: their text,
article and citation (`sentences_query`) and the entities mentioned in them
(`mentioned_entities_query`). Those facts change only when an article is written, and popular
sentences come back for many questions, so a sentence is read from the store the first time
it is asked for and kept, per store generation (qa.store_cache), up to a bound. A store that
keeps no generation (a remote endpoint) is read every time.
"""

from __future__ import annotations

import threading

from kg.store import GraphStore, Row
from qa.store_cache import store_generation
from qa.templates import mentioned_entities_query, sentences_query

LIMIT = 100_000  # sentences kept; past it the cache starts again (a long-running server must not grow without end)


class SentenceRows:
    def __init__(self, store: GraphStore, limit: int = LIMIT) -> None:
        self.store = store
        self.limit = limit
        self._rows: dict[str, Row] = {}
        self._mentions: dict[str, list[str]] = {}
        self._generation = -1
        self._lock = threading.Lock()

    def _current(self) -> bool:
        """Drop what an older store generation wrote; whether anything may be kept."""
        generation = store_generation(self.store)
        if generation != self._generation or len(self._rows) + len(self._mentions) > self.limit:
            self._rows, self._mentions, self._generation = {}, {}, generation
        return generation >= 0

    def rows(self, keys: list[str]) -> dict[str, Row]:
        """The evidence row of each stored sentence among `keys` (unknown keys are left out)."""
        with self._lock:
            keep = self._current()
            missing = [k for k in dict.fromkeys(keys) if k not in self._rows]
            read = {str(r["sentence"]): r for r in self.store.select(sentences_query(missing))} if missing else {}
            if keep:
                self._rows.update(read)
            return {k: row for k in keys if (row := self._rows.get(k) or read.get(k)) is not None}

    def mentions(self, keys: list[str]) -> dict[str, list[str]]:
        """The entity IRIs mentioned in each of the sentences (none: an empty list)."""
        with self._lock:
            keep = self._current()
            missing = [k for k in dict.fromkeys(keys) if k not in self._mentions]
            read: dict[str, list[str]] = {k: [] for k in missing}
            for r in self.store.select(mentioned_entities_query(missing)) if missing else []:
                read[str(r["sentence"])].append(str(r["entity"]))
            if keep:
                self._mentions.update(read)
            return {k: self._mentions.get(k, read.get(k, [])) for k in keys}
