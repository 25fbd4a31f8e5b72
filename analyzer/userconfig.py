"""The user's TOML config: extra lexicon entries and sides, without editing the package.

In: a path to a TOML file (``Options.config_path``; "" or None means no file).
Out: ``UserConfig`` — frozen, hashable tuples of extra entries, merged over the shipped
lexicons by ``analyzer.sources.lexicon.load_lexicon``.

Example file::

    outlets = ["Evening Courier"]                 # news media: type MED
    anonymity = ["asked that (?:his|her) name be withheld"]   # regexes

    [roles]                                        # term = "TYPE" or a table
    "harbour master" = "GOV"
    "union boss" = {type = "NGO", official = false, gender = "-"}

    [organisations]                                # name = "TYPE" or a table
    "Hezbollah" = {type = "SEC", affiliation = "Lebanon"}
    "Acme Corp" = "BUS"

    [countries]                                    # canonical = [names and demonyms]
    "Israel" = ["Zionist entity"]

    [people]                                       # name = table
    "Pat Ryder" = {type = "SEC", affiliation = "US", gender = "man"}

    [sides]                                        # side name = affiliations on that side
    israel_us = ["Israel", "US"]
    iran_axis = ["Iran", "Hezbollah", "Palestinians", "Lebanon"]
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from analyzer.model import SOURCE_TYPES


class ConfigError(ValueError):
    """The config file exists but cannot be used; the message says where."""


@dataclass(frozen=True, slots=True)
class RoleEntry:
    term: str
    type: str
    official: bool = True
    generic: bool = False
    gender: str = "-"
    person: bool = True


@dataclass(frozen=True, slots=True)
class OrgEntry:
    name: str
    type: str
    affiliation: str = ""
    official: bool | None = None  # None: decided by type


@dataclass(frozen=True, slots=True)
class PersonEntry:
    name: str
    type: str
    affiliation: str = ""
    gender: str = "unknown"
    official: bool | None = None
    start: str = ""  # ISO date the row starts to apply ("" = always)
    end: str = ""
    written: bool = False  # found only by the name written in full; the article's own titles outrank it


@dataclass(frozen=True, slots=True)
class UserConfig:
    path: str = ""
    roles: tuple[RoleEntry, ...] = ()
    organisations: tuple[OrgEntry, ...] = ()
    outlets: tuple[str, ...] = ()
    countries: tuple[tuple[str, tuple[str, ...]], ...] = ()
    people: tuple[PersonEntry, ...] = ()
    anonymity: tuple[str, ...] = ()
    sides: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def sides_dict(self) -> dict[str, tuple[str, ...]]:
        return dict(self.sides)


def load_user_config(path: str | None) -> UserConfig:
    """Read and check the TOML file at ``path``; no path gives the empty config."""
    if not path:
        return UserConfig()
    resolved = Path(path).expanduser()
    try:
        stamp = resolved.stat().st_mtime_ns
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror})") from exc
    return _load_cached(str(resolved), stamp)


@lru_cache(maxsize=8)
def _load_cached(path: str, stamp: int) -> UserConfig:
    try:
        raw = tomllib.loads(Path(path).read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    return parse_user_config(raw, path=path)


def parse_user_config(raw: dict[str, Any], path: str = "") -> UserConfig:
    """Build a ``UserConfig`` from already-parsed TOML (used by tests)."""
    return UserConfig(
        path=path,
        roles=tuple(_role(k, v, path) for k, v in _table(raw, "roles", path).items()),
        organisations=tuple(_org(k, v, path) for k, v in _table(raw, "organisations", path).items()),
        outlets=_strings(raw.get("outlets", []), "outlets", path),
        countries=tuple((k, _strings(v, f"countries.{k}", path))
                        for k, v in _table(raw, "countries", path).items()),
        people=tuple(_person(k, v, path) for k, v in _table(raw, "people", path).items()),
        anonymity=_strings(raw.get("anonymity", []), "anonymity", path),
        sides=tuple((k, _strings(v, f"sides.{k}", path)) for k, v in _table(raw, "sides", path).items()),
    )


def _table(raw: dict[str, Any], key: str, path: str) -> dict[str, Any]:
    value = raw.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: [{key}] must be a table")
    return value


def _strings(value: Any, key: str, path: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: {key} must be a list of strings")
    return tuple(value)


def _check_type(value: Any, where: str, path: str) -> str:
    code = str(value).upper()
    if code not in SOURCE_TYPES:
        raise ConfigError(f"{path}: {where}: unknown source type {value!r} (use one of {', '.join(SOURCE_TYPES)})")
    return code


def _fields(key: str, value: Any, section: str, path: str) -> dict[str, Any]:
    if isinstance(value, str):
        return {"type": _check_type(value, f"{section}.{key}", path)}
    if not isinstance(value, dict) or "type" not in value:
        raise ConfigError(f"{path}: {section}.{key} must be a type code or a table with 'type'")
    out = dict(value)
    out["type"] = _check_type(value["type"], f"{section}.{key}", path)
    return out


def _role(key: str, value: Any, path: str) -> RoleEntry:
    f = _fields(key, value, "roles", path)
    official = bool(f.get("official", f["type"] in ("GOV", "SEC", "JUD", "INT")))
    return RoleEntry(key.lower(), f["type"], official, bool(f.get("generic", False)),
                     str(f.get("gender", "-")), bool(f.get("person", True)))


def _org(key: str, value: Any, path: str) -> OrgEntry:
    f = _fields(key, value, "organisations", path)
    official = f.get("official")
    return OrgEntry(key, f["type"], str(f.get("affiliation", "")), None if official is None else bool(official))


def _person(key: str, value: Any, path: str) -> PersonEntry:
    f = _fields(key, value, "people", path)
    official = f.get("official")
    gender = str(f.get("gender", "unknown"))
    if gender not in ("woman", "man", "unknown"):
        raise ConfigError(f"{path}: people.{key}: gender must be woman, man or unknown")
    return PersonEntry(key, f["type"], str(f.get("affiliation", "")), gender,
                       None if official is None else bool(official),
                       str(f.get("from", "")), str(f.get("to", "")))
