"""Learn the Punkt sentence-splitter parameters shipped in analyzer/data/punkt_params.json.

In: PolNeAR train texts (../shared/data/polnear/train.jsonl by default).
Out: analyzer/data/punkt_params.json — abbreviation types, collocations,
sentence starters and orthographic context learned by nltk's PunktTrainer,
plus the hand list in analyzer/data/abbreviations.txt (titles, months,
states) that must never end a sentence. Only statistics are stored, no text.

    python scripts/train_punkt.py [TRAIN.jsonl]
"""
import json
import sys
from pathlib import Path

from nltk.tokenize.punkt import PunktTrainer

ROOT = Path(__file__).resolve().parent.parent
# Words seen fewer times than this carry too little evidence for the
# orthographic heuristic and only bloat the file.
MIN_ORTHO_COUNT = 3


def main(train_path: str) -> None:
    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = False
    texts = [json.loads(line)["text"] for line in open(train_path, encoding="utf-8")]
    trainer.train("\n\n".join(texts), finalize=True)
    params = trainer.get_params()
    counts: dict[str, int] = {}
    for text in texts:
        for word in text.lower().split():
            counts[word.strip(".,;:!?\"'()“”‘’")] = counts.get(word, 0) + 1
    hand = [w.strip().lower() for w in (ROOT / "analyzer/data/abbreviations.txt").read_text().splitlines()
            if w.strip() and not w.startswith("#")]
    out = {
        "source": "PunktTrainer on PolNeAR train (statistics only) + analyzer/data/abbreviations.txt",
        "abbrev_types": sorted(set(params.abbrev_types) | set(hand)),
        "collocations": sorted([list(c) for c in params.collocations]),
        "sent_starters": sorted(params.sent_starters),
        "ortho_context": {w: f for w, f in sorted(params.ortho_context.items())
                          if counts.get(w, 0) >= MIN_ORTHO_COUNT},
    }
    target = ROOT / "analyzer/data/punkt_params.json"
    target.write_text(json.dumps(out, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {target}: {len(out['abbrev_types'])} abbreviations, "
          f"{len(out['collocations'])} collocations, {len(out['sent_starters'])} starters, "
          f"{len(out['ortho_context'])} ortho entries")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared/data/polnear/train.jsonl"))
