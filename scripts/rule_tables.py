"""Write the docs tables of every rule (figures, place patterns, event types): python scripts/rule_tables.py docs"""

import sys
from pathlib import Path

from sitrep.rulebook import TABLES

if __name__ == "__main__":
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        sys.exit("usage: python scripts/rule_tables.py DOCS_DIRECTORY")
    for name, make in TABLES.items():
        (Path(sys.argv[1]) / name).write_text(make(), encoding="utf-8")
        print(f"wrote {name}")
