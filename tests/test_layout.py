"""The package reads as the pipeline: no module imports from a stage above it, and no imports go in a circle.

Every import counts, the ones inside functions too: an import moved into a function still ties the two modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"

#: The stages, lowest first. A module may import from its own stage or a lower one, never from a higher one.
#: A package's stage is every module's under it (``sitrep.extraction`` covers ``sitrep.extraction.figures.kind``).
LAYERS: tuple[tuple[str, ...], ...] = (
    ("sitrep.errors", "sitrep.logs", "sitrep.record"),  # what every stage shares: its errors, logs, output types
    ("sitrep.read",),  # bytes and HTML into a report's text
    ("sitrep.nlp", "sitrep.pos"),  # the spaCy parse and its tag fixes
    ("sitrep.extraction",),  # one module per value, with the word tables, numbers, dates and gazetteer they use
    ("sitrep.events",),  # the values into events: their type, their totals
    ("sitrep.pipeline", "sitrep.rulebook"),  # read, nlp, extract, events in order: a record; the rules they carry
    ("sitrep.store",),  # records, events and incidents in a database
    ("sitrep.incidents",),  # events of many reports linked into incidents, over the store's rows
    ("sitrep.export", "sitrep.views", "sitrep.render", "sitrep.schema"),  # read-outs of records and incidents
    ("sitrep.ingest",),  # reports into the store, linked into incidents
    ("sitrep.distributed",),  # ingest over a Dask cluster
    # the front doors: ``sitrep`` itself is the Python API; evaluate scores what it gives (``sitrep.geoparse``)
    ("sitrep.web", "sitrep.cli", "sitrep", "sitrep.evaluate"),
)


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted((SRC / "sitrep").rglob("*.py")):
        if "migrations" in path.parts:
            continue  # alembic's scripts, run by alembic, not imported
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """The sitrep modules that ``name`` imports, wherever in the file the import is."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            # ``from pkg import mod`` imports the module pkg.mod; ``from mod import name`` imports mod
            targets = [f"{source}.{a.name}" if f"{source}.{a.name}" in MODULES else source for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in MODULES:
                target = target.rpartition(".")[0]  # ``import sitrep.extraction.place`` names the module it reaches
            if target and target != name:
                out.add(target)
    return out


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _stage(name: str) -> int:
    best, stage = -1, -1
    for rank, names in enumerate(LAYERS):
        for prefix in names:
            if (name == prefix or name.startswith(prefix + ".")) and len(prefix) > best:
                best, stage = len(prefix), rank
    return stage


def test_every_module_has_a_stage() -> None:
    assert [name for name in MODULES if _stage(name) < 0] == []


def test_no_module_imports_from_a_stage_above_it() -> None:
    upward = sorted(
        f"{name} ({LAYERS[_stage(name)][0]}) imports {target} ({LAYERS[_stage(target)][0]})"
        for name, targets in GRAPH.items()
        for target in targets
        if _stage(target) > _stage(name)
    )
    assert upward == []


def _cycles() -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(GRAPH[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    return groups


def test_no_import_cycles() -> None:
    assert _cycles() == []


def test_the_checker_sees_relative_and_lazy_imports() -> None:
    assert "sitrep.extraction.place" in GRAPH["sitrep.pipeline"]  # from .extraction import place as place_x
    assert "sitrep.events" in GRAPH["sitrep.pipeline"]  # from . import events as events_x
    assert "sitrep.pipeline" in GRAPH["sitrep"]  # inside a function
    assert "sitrep.extraction.lexicon" in GRAPH["sitrep.extraction.figures.kind"]  # from .. import lexicon as lx


def test_no_module_shadows_a_name_of_the_python_api() -> None:
    """``sitrep.extract`` is the function: a subpackage of that name would replace it once imported."""
    import sitrep

    shadowed = [name for name in sitrep.__all__ if f"sitrep.{name}" in MODULES]
    assert shadowed == []


def test_no_extraction_module_is_over_400_lines() -> None:
    """A module of the extraction stage does one step; past 400 lines it is doing several."""
    long = {
        name: lines
        for name, path in MODULES.items()
        if name.startswith("sitrep.extraction") and (lines := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}


def test_no_module_imports_another_modules_private_name() -> None:
    """A leading underscore says "this module's own": a name another module needs is part of its public surface."""
    private = sorted(
        f"{name} imports {alias.name} from {node.module or '.'}"
        for name, path in MODULES.items()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module != "__future__"
        for alias in node.names
        if alias.name.startswith("_") and not alias.name.startswith("__")
    )
    assert private == []
