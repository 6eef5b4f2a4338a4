"""What a feed watcher remembers between runs: the items already ingested and the
validators (ETag, Last-Modified) for conditional GET; one JSON file in the data dir,
rewritten atomically so a crash never leaves half a file."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

FILE_NAME = "feeds.json"


class FeedState:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / FILE_NAME
        self._lock = threading.Lock()
        self._feeds: dict[str, dict[str, Any]] = {}
        if self.path.is_file():
            try:
                loaded = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                loaded = {}  # unreadable state: poll everything again (duplicates are skipped anyway)
            self._feeds = loaded if isinstance(loaded, dict) else {}

    def _feed(self, url: str) -> dict[str, Any]:
        return self._feeds.setdefault(url, {"etag": None, "last_modified": None, "seen": []})

    def validators(self, url: str) -> tuple[str | None, str | None]:
        with self._lock:
            feed = self._feed(url)
            return feed.get("etag"), feed.get("last_modified")

    def is_seen(self, url: str, key: str) -> bool:
        with self._lock:
            return key in self._feed(url)["seen"]

    def update(self, url: str, seen: list[str], etag: str | None, last_modified: str | None) -> None:
        """Remember new item keys and the validators of the response they came from; saved at once."""
        with self._lock:
            feed = self._feed(url)
            feed["seen"] = list(dict.fromkeys([*feed["seen"], *seen]))
            feed["etag"], feed["last_modified"] = etag, last_modified
            self._save()

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(self._feeds, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)
