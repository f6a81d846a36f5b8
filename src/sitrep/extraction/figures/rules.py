"""The figure rules as data: each rule's name, the step it belongs to, what it yields and example sentences.

A rule is the function that carries it, registered with ``@rule``. The examples
are run as tests and listed in the generated table ``docs/figure-rules.md``; both
collect the rules through ``sitrep.rulebook``, which loads every module that carries one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from ...errors import RuleError

F = TypeVar("F", bound=Callable[..., object])

#: The steps, in the order they run.
STEPS = ("quantities", "group", "kind", "attribution", "single", "parts", "page", "merge", "scope")


@dataclass(frozen=True)
class Example:
    """A sentence and what its record must say: the main event's totals, and figures any event must have."""

    text: str
    totals: dict[str, int]
    figures: tuple[tuple[str, int, str, str], ...] = ()  # (kind, count, scope, role)


@dataclass(frozen=True)
class Rule:
    name: str
    step: str
    yields: str
    examples: tuple[Example, ...]
    where: str  # module.function that carries the rule


RULES: dict[str, Rule] = {}


def rule(name: str, step: str, yields: str, *examples: Example) -> Callable[[F], F]:
    """Register the decorated function as the rule ``name``; the function itself is unchanged."""
    if step not in STEPS:
        raise RuleError(f"unknown step {step!r}")
    if not examples:
        raise RuleError(f"rule {name!r} needs an example")

    def register(fn: F) -> F:
        if name in RULES:
            raise RuleError(f"rule {name!r} is registered twice")
        module = fn.__module__.rsplit(".", 1)[-1]
        RULES[name] = Rule(name, step, yields, tuple(examples), f"{module}.{fn.__name__}")
        return fn

    return register
