"""Run the coder on one process or many, always yielding records in input order.

Workers each load the pipeline once (pool initializer). The parent reads stories and
submits them in chunks through a bounded window, so memory stays flat however large the
input: a million stories never sit in a queue at once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from dateline.model import CodedStory, Story
from dateline.nlp.coder import Coder

_WORKER: Coder | None = None


def _init(kwargs: dict[str, Any]) -> None:
    global _WORKER
    _WORKER = Coder(**kwargs)


def _code(chunk: list[Story]) -> list[CodedStory]:
    assert _WORKER is not None, "worker initializer did not run"
    return list(_WORKER.code(chunk))


def code_stories(
    stories: Iterable[Story],
    workers: int = 1,
    chunk_size: int = 64,
    **coder_kwargs: Any,
) -> Iterator[CodedStory]:
    """Code every story; ``workers`` > 1 spreads chunks over that many processes."""
    if workers <= 1:
        yield from Coder(**coder_kwargs).code(stories)
        return
    it = iter(stories)
    window: deque[Future[list[CodedStory]]] = deque()
    with ProcessPoolExecutor(workers, initializer=_init, initargs=(coder_kwargs,)) as pool:
        while True:
            while len(window) < workers * 3 and (chunk := list(islice(it, chunk_size))):
                window.append(pool.submit(_code, chunk))
            if not window:
                break
            yield from window.popleft().result()
