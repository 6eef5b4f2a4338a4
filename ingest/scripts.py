"""Which writing system a text uses: Hangul picks the Korean pipeline, tokenizer and wording."""

from __future__ import annotations

import re

HANGUL = re.compile(r"[가-힣]")
HANGUL_WORD = re.compile(r"[가-힣]+")  # a word written in Hangul only
