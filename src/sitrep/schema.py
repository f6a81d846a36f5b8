"""The JSON Schema of the record, generated from the models in ``record.py``.

The repository keeps a copy in ``docs/record.schema.json``; the tests fail
when it no longer matches the models. Regenerate it with::

    make schema                                        # or:
    python -m sitrep.schema docs/record.schema.json

Without a path the schema is printed to standard output.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from .record import Record

#: The JSON Schema dialect pydantic writes.
DIALECT = "https://json-schema.org/draft/2020-12/schema"
#: Where the repository keeps the generated schema, relative to its root.
SCHEMA_PATH = "docs/record.schema.json"
#: The command that regenerates it.
REGENERATE = "make schema"
USAGE = "usage: python -m sitrep.schema [PATH]  (writes the record's JSON Schema to PATH; without it, prints it)\n"


def record_schema() -> dict[str, Any]:
    """The schema of one record in the JSON form ``Record.to_json()`` gives."""
    return {"$schema": DIALECT, **Record.model_json_schema()}


def schema_text() -> str:
    """The schema as the repository stores it: two-space indents, a final newline."""
    return json.dumps(record_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in ("-h", "--help"):
        sys.stdout.write(USAGE)
        return 0
    if len(args) > 1 or (args and args[0].startswith("-")):
        sys.stderr.write(USAGE)
        return 2
    if not args:
        sys.stdout.write(schema_text())
        return 0
    path = Path(args[0])
    path.write_text(schema_text(), encoding="utf-8")
    sys.stderr.write(f"wrote {path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
