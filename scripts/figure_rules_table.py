"""Write the docs table of every figure rule: python scripts/figure_rules_table.py > docs/figure-rules.md"""

from sitrep.rulebook import table

if __name__ == "__main__":
    print(table(), end="")
