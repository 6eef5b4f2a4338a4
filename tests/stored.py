"""Test helper: store one article written for a test (the pipeline's own ingest path)."""

from __future__ import annotations

from ingest.readers import Article
from qa.services import Services


def ingest_text(svc: Services, article_id: str, body: str, lang: str) -> None:
    result = svc.ingestor.ingest_article(Article(id=article_id, body=body, title=article_id, lang=lang), "test")
    assert result.status == "added", result.message
