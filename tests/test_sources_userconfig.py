"""The user TOML config: extra lexicon entries change resolution; bad files fail with a clear message."""
from __future__ import annotations

import pytest

from analyzer.config import Options
from analyzer.segment import segment
from analyzer.sources import resolve_sources
from analyzer.userconfig import ConfigError, load_user_config, parse_user_config
from test_sources_helpers import article, attributions

# Fictional names throughout.
CONFIG = """
outlets = ["Velm Evening Bell"]
anonymity = ["asked that (?:his|her) name be withheld"]

[roles]
"harbour master" = "GOV"

[organisations]
"Ostland Liberation Front" = {type = "SEC", affiliation = "Ostland"}

[countries]
"Ostland" = ["Ostlandic", "Ostlanders"]

[people]
"Mira Kessel" = {type = "POL", affiliation = "Velmland", gender = "woman"}

[sides]
velm = ["Velmland"]
ost = ["Ostland"]
"""


@pytest.fixture()
def cfg(tmp_path):
    path = tmp_path / "user.toml"
    path.write_text(CONFIG, "utf-8")
    return str(path)


def _run(text, specs, config):
    art = article(text)
    atts = attributions(text, specs)
    return resolve_sources(art, segment(art).sentences, atts, Options(config_path=config))[1]


TABLE = [
    ("The quay is closed, the harbour master said.", ("the harbour master", "said", "The quay is closed"),
     dict(type="GOV", official=True)),
    ("The truce is over, the Ostland Liberation Front said.",
     ("the Ostland Liberation Front", "said", "The truce is over"), dict(type="SEC", affiliation="Ostland")),
    ("The truce is over, Ostlandic officials said.", ("Ostlandic officials", "said", "The truce is over"),
     dict(type="GOV", affiliation="Ostland", named=False)),
    ("Taxes will fall, Kessel said.", ("Kessel", "said", "Taxes will fall"),
     dict(type="POL", gender="woman", affiliation="Velmland", name="Mira Kessel")),
    ("Ships are late, the Velm Evening Bell reported.", ("the Velm Evening Bell", "reported", "Ships are late"),
     dict(type="MED")),
    ("Ships are late, said a clerk who asked that her name be withheld.", ("a clerk", "said", "Ships are late"),
     dict(anonymity_justified=True)),
]


@pytest.mark.parametrize("text,spec,expected", TABLE, ids=[t[1][0] for t in TABLE])
def test_config_entries_apply(cfg, text, spec, expected):
    sources = _run(text, [spec], cfg)
    assert len(sources) == 1
    for key, value in expected.items():
        assert getattr(sources[0], key) == value, (key, sources[0])


def test_without_config_the_entries_are_absent():
    sources = _run("The truce is over, the Ostland Liberation Front said.",
                   [("the Ostland Liberation Front", "said", "The truce is over")], "")
    assert sources[0].affiliation != "Ostland" or sources[0].type != "SEC"


def test_sides_loaded(cfg):
    assert load_user_config(cfg).sides_dict() == {"velm": ("Velmland",), "ost": ("Ostland",)}
    assert load_user_config("").sides == ()


BAD = [
    ({"roles": {"x": "NOPE"}}, "unknown source type"),
    ({"sides": {"a": [1, 2]}}, "list of strings"),
    ({"organisations": []}, "must be a table"),
    ({"people": {"P Q": {"type": "POL", "gender": "other"}}}, "gender"),
]


@pytest.mark.parametrize("raw,message", BAD)
def test_bad_config(raw, message):
    with pytest.raises(ConfigError, match=message):
        parse_user_config(raw, path="user.toml")


def test_missing_and_invalid_files(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_user_config(str(tmp_path / "absent.toml"))
    bad = tmp_path / "bad.toml"
    bad.write_text("[sides\n", "utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_user_config(str(bad))
