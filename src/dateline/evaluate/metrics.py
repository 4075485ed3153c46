"""Counting helpers shared by every scorer: P/R/F1 and per-label confusion."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def row(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }


@dataclass
class Confusion:
    """Gold label x predicted label counts, with per-label precision and recall."""

    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, gold: str, pred: str) -> None:
        self.pairs[(gold, pred)] += 1

    @property
    def accuracy(self) -> float:
        total = sum(self.pairs.values())
        return sum(n for (g, p), n in self.pairs.items() if g == p) / total if total else 0.0

    def labels(self) -> list[str]:
        return sorted({x for pair in self.pairs for x in pair})

    def per_label(self) -> dict[str, PRF]:
        out: dict[str, PRF] = {}
        for (g, p), n in self.pairs.items():
            out.setdefault(g, PRF())
            out.setdefault(p, PRF())
            if g == p:
                out[g].tp += n
            else:
                out[g].fn += n
                out[p].fp += n
        return out
