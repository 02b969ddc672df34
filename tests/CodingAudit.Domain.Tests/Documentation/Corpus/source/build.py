import importlib, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import common
for part in ["corpus_a", "corpus_b", "corpus_c", "corpus_d", "corpus_e", "corpus_f", "corpus_g"]:
    importlib.import_module(part)
import em_reaudit
em_reaudit.apply(common.CASES)
import uncertain_reaudit
uncertain_reaudit.apply(common.CASES)
here = os.path.dirname(os.path.abspath(__file__))
common.write(os.path.join(here, "..", "claims.jsonl"), os.path.join(here, "..", "expected.jsonl"))
print(len(common.CASES), "claims")
from collections import Counter
c = Counter()
for _, t in common.CASES:
    for x in t: c[x["kind"]] += 1
for k, v in sorted(c.items()): print(k, v)
