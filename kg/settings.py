"""Configuration: the data directory, models, token and limits, from env and a config file.

Precedence: explicit arguments > environment (TRENDKG_*) > `<data>/config.toml` > defaults.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path


def _default_home() -> Path:
    return Path(os.environ.get("TRENDKG_HOME", Path.home() / ".cache" / "trendkg"))


@dataclass(frozen=True)
class Settings:
    """Everything a trendkg process needs to know about where things live and its limits."""

    data_dir: Path = field(default_factory=lambda: Path("data"))
    token: str | None = None
    embed_model: str = ""  # a local directory or a hub name; "" = the converted e5 copy
    embed_runtime: str = "onnx"  # the converted e5 copy runs on onnx (ONNX Runtime) or torch (sentence-transformers)
    english_model: str = ""  # spaCy package name; "" = en_core_web_sm, else the PyPI mirror
    query_timeout_s: float = 10.0
    query_workers: int = 1
    max_upload_bytes: int = 2_000_000
    # fetching pages and feeds over HTTP (ingest.fetch / ingest.netguard)
    fetch_timeout_s: float = 15.0
    fetch_max_bytes: int = 5_000_000
    fetch_max_redirects: int = 5
    allow_private_fetch: bool = False  # private/loopback/link-local addresses refused unless true
    fetch_allow: tuple[str, ...] = ()  # hosts or networks (CIDR) fetched even when private
    vector_backend: str = "exact"  # exact | hnsw (approximate, for large corpora)
    query_threads: int = 1  # torch threads once warmed up for queries (one short text each); 0 = torch default

    @property
    def graph_dir(self) -> Path:
        return self.data_dir / "graph"

    @property
    def vectors_dir(self) -> Path:
        return self.data_dir / "vectors"

    @property
    def snapshots_dir(self) -> Path:
        return self.data_dir / "snapshots"

    @property
    def embed_model_dir(self) -> Path:
        return Path(self.embed_model) if self.embed_model else _default_home() / "models" / "e5-small"

    @classmethod
    def load(cls, data_dir: str | Path | None = None, **overrides: object) -> Settings:
        data = Path(data_dir or os.environ.get("TRENDKG_DATA") or "data")
        values: dict[str, object] = {}
        config_file = data / "config.toml"
        if config_file.is_file():
            with config_file.open("rb") as fh:
                values.update(tomllib.load(fh))
        env = {
            "token": os.environ.get("TRENDKG_TOKEN"),
            "embed_model": os.environ.get("TRENDKG_EMBED_MODEL"),
            "embed_runtime": os.environ.get("TRENDKG_EMBED_RUNTIME"),
            "english_model": os.environ.get("TRENDKG_ENGLISH_MODEL"),
            "query_timeout_s": os.environ.get("TRENDKG_QUERY_TIMEOUT"),
            "query_workers": os.environ.get("TRENDKG_QUERY_WORKERS"),
            "fetch_timeout_s": os.environ.get("TRENDKG_FETCH_TIMEOUT"),
            "allow_private_fetch": os.environ.get("TRENDKG_ALLOW_PRIVATE_FETCH"),
            "fetch_allow": os.environ.get("TRENDKG_FETCH_ALLOW"),
            "vector_backend": os.environ.get("TRENDKG_VECTOR_BACKEND"),
            "query_threads": os.environ.get("TRENDKG_QUERY_THREADS"),
        }
        values.update({k: v for k, v in env.items() if v})
        values.update({k: v for k, v in overrides.items() if v is not None})
        known = {f for f in cls.__dataclass_fields__ if f != "data_dir"}
        unknown = set(values) - known
        if unknown:
            raise ValueError(f"unknown settings in {config_file}: {', '.join(sorted(unknown))}")
        settings = replace(cls(data_dir=data), **values)  # type: ignore[arg-type]
        return replace(
            settings,
            query_timeout_s=float(settings.query_timeout_s),
            query_workers=int(settings.query_workers),
            query_threads=int(settings.query_threads),
            max_upload_bytes=int(settings.max_upload_bytes),
            fetch_timeout_s=float(settings.fetch_timeout_s),
            fetch_max_bytes=int(settings.fetch_max_bytes),
            fetch_max_redirects=int(settings.fetch_max_redirects),
            allow_private_fetch=_as_bool(settings.allow_private_fetch),
            fetch_allow=_as_tuple(settings.fetch_allow),
        )


def _as_bool(value: object) -> bool:
    """TOML booleans as they are; env strings "1/true/yes/on" are true."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def _as_tuple(value: object) -> tuple[str, ...]:
    """A TOML list, or a comma-separated env string."""
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value)
    return ()
