#!/usr/bin/env python3
"""`make eval`: sitrep scored by the shared scorers on the shared evaluation sets.

    python scripts/eval_shared.py ../shared
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path


def run(*args: str) -> None:
    print("$", " ".join(args), flush=True)
    subprocess.run(args, check=True)


def main() -> int:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared").resolve()
    sitrep = str(Path(sys.executable).with_name("sitrep"))
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir, pred_dir = Path(tmp, "gold"), Path(tmp, "pred")
        gold_dir.mkdir()
        pred_dir.mkdir()
        for example in sorted((shared / "examples").iterdir()):
            gold = example / "gold.json"
            if not gold.exists():
                continue
            published = json.loads(gold.read_text(encoding="utf-8")).get("published", "")
            (gold_dir / f"{example.name}.json").write_bytes(gold.read_bytes())
            with open(pred_dir / f"{example.name}.json", "w", encoding="utf-8") as out:
                subprocess.run([sitrep, "extract", str(example / "article.txt"), "--published", published,
                                "--format", "json"], stdout=out, check=True)
        print("== shared examples")
        run(sys.executable, str(shared / "eval" / "score.py"), str(gold_dir), str(pred_dir))
        gva = shared / "data" / "gva" / "dev.jsonl"
        if gva.exists():
            pred = Path(tmp, "gva-dev.jsonl")
            print("== GVA dev set")
            run(sitrep, "eval", str(gva), "--out", str(pred))
            run(sys.executable, str(shared / "eval" / "score_gva.py"), str(gva), str(pred))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
