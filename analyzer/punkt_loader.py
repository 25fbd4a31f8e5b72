"""Load nltk's Punkt module without importing all of nltk.

In: nothing. Out: the ``nltk.tokenize.punkt`` module.

Why: ``import nltk`` runs nltk's package ``__init__``, which imports most of
nltk and SciPy (about 1.2 s here); Punkt itself needs 0.15 s. Start-up time
matters for a command-line tool and for workers, so when nltk is not imported
yet we load Punkt under temporary empty package shells for ``nltk`` and
``nltk.tokenize`` and remove the shells at once. A later ``import nltk`` by
the user runs the real package ``__init__`` as usual and reuses the same Punkt
module.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import types
from types import ModuleType

PUNKT = "nltk.tokenize.punkt"


def load_punkt() -> ModuleType:
    if PUNKT in sys.modules or "nltk" in sys.modules:
        return importlib.import_module(PUNKT)
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("nltk is not installed (pip install nltk)")
    root = list(spec.submodule_search_locations)[0]
    shells = {"nltk": os.path.join(root), "nltk.tokenize": os.path.join(root, "tokenize")}
    modules = {}
    for name, path in shells.items():
        shell = types.ModuleType(name)
        shell.__path__ = [path]
        modules[name] = shell
    sys.modules.update(modules)
    try:
        return importlib.import_module(PUNKT)
    finally:
        for name, shell in modules.items():
            if sys.modules.get(name) is shell:
                del sys.modules[name]
