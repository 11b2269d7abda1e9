"""Comparing two walks' output line by line (ours against net-snmp's)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field


@dataclass
class LineComparison:
    """How many of net-snmp's lines we printed identically, and the ones we did not."""

    identical: int
    total: int
    differences: list[tuple[str, str]] = field(default_factory=list)  # (ours, theirs)

    @property
    def share(self) -> float:
        return self.identical / self.total if self.total else 1.0


def compare_lines(ours: list[str], theirs: list[str]) -> LineComparison:
    """Lines in the same place on both sides count as identical (difflib aligns insertions
    and deletions, so one extra line does not shift the rest out of step)."""
    matcher = difflib.SequenceMatcher(a=ours, b=theirs, autojunk=False)
    identical = 0
    differences: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            identical += i2 - i1
            continue
        left, right = ours[i1:i2], theirs[j1:j2]
        for k in range(max(len(left), len(right))):
            differences.append(
                (
                    left[k] if k < len(left) else "<missing>",
                    right[k] if k < len(right) else "<missing>",
                )
            )
    return LineComparison(identical, max(len(theirs), len(ours)), differences)
