"""The ``analyzer`` command line.

In: ``argv``. Out: files (JSONL, CSV, HTML, manifest) and an exit status:

    0  every article was analysed
    1  some articles failed (each named on stderr and in manifest.json)
    2  usage error (bad flags, no input found)
    3  the output could not be written (read-only or full disk)
    130 interrupted (Ctrl-C); ``report --resume`` finishes the run later

Subcommands: analyze, report, extract, evaluate, serve.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from importlib import resources
from pathlib import Path
from typing import Sequence

from analyzer import __version__
from analyzer.config import DEFAULT_MAX_BYTES, DEFAULT_TIME_BUDGET, Options
from analyzer.userconfig import ConfigError

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_OUTPUT, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
DEFAULT_CORPUS, DEFAULT_REPORTS = "corpus", "reports"


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=["auto", "dump", "html", "plain"], default="auto",
                        help="input kind (default: guess per file)")
    parser.add_argument("--jobs", type=int, default=0, metavar="N",
                        help="worker processes (default: all cores)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar or summary line")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                        help=f"skip inputs larger than N bytes (default {DEFAULT_MAX_BYTES:,})")
    parser.add_argument("--time-budget", type=float, default=DEFAULT_TIME_BUDGET, metavar="SECONDS",
                        help=f"fail an article that takes longer (default {DEFAULT_TIME_BUDGET:g}; 0 = none)")
    parser.add_argument("--config", default="", metavar="TOML",
                        help="user config: extra lexicon entries and sides")
    parser.add_argument("--engine", choices=["local", "dask"], default="local",
                        help="run locally or on a Dask cluster (needs analyzer[dask])")
    parser.add_argument("--scheduler", default="", metavar="ADDRESS",
                        help="Dask scheduler address (default: a local cluster)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="analyzer",
        description="What a news article says in its own voice, and what it attributes to whom.",
        epilog="Exit status: 0 all articles analysed, 1 some failed, 2 usage error, "
               "3 output not writable, 130 interrupted.")
    parser.add_argument("--version", action="version", version=f"analyzer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("analyze", help="analyse articles and write one JSON record per article",
                       description="Analyse articles (files, folders, .jsonl batches) into JSONL.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", default="-", metavar="OUT.jsonl", help="output file (default: standard output)")
    _common(p)

    p = sub.add_parser("report", help="write HTML reports, CSV tables, JSONL and manifest",
                       description="Analyse articles and write a report folder. With no PATH: corpus/ -> reports/.")
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--out", default=DEFAULT_REPORTS, metavar="DIR", help="output folder (default: reports)")
    p.add_argument("--resume", action="store_true",
                   help="reuse articles already analysed in DIR by this version with these options")
    _common(p)

    p = sub.add_parser("extract", help="show each article's metadata, body and removed lines",
                       description="The extraction debugging view: metadata, body, removed lines with reasons.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--format", choices=["auto", "dump", "html", "plain"], default="auto")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N")

    p = sub.add_parser("evaluate", help="score attributions against a gold JSONL (PolNeAR format)",
                       description="Analyse the gold texts and print the reference scorer's metrics.")
    p.add_argument("--gold", required=True, metavar="GOLD.jsonl")
    p.add_argument("--format", choices=["auto", "dump", "html", "plain"], default="plain")

    p = sub.add_parser("serve", help="a local page to paste an article and get its report",
                       description="Start the paste-in page on this computer (nothing leaves it).")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--config", default="", metavar="TOML")
    return parser


def _options(args: argparse.Namespace) -> Options:
    return Options(format=args.format, max_bytes=args.max_bytes,
                   time_budget=getattr(args, "time_budget", DEFAULT_TIME_BUDGET),
                   config_path=getattr(args, "config", ""))


def _jobs(args: argparse.Namespace) -> int:
    from analyzer.runner import default_jobs
    return args.jobs if args.jobs > 0 else default_jobs()


def _missing_paths(paths: Sequence[str]) -> list[str]:
    return [p for p in paths if p != "-" and not Path(p).exists()]


def data_hashes() -> dict[str, str]:
    """SHA-256 of every shipped lexicon and model file, for the manifest."""
    out: dict[str, str] = {}
    root = resources.files("analyzer")
    for folder in ("lexicons", "data", "attribution", "ingest"):
        base = root.joinpath(folder)
        if not base.is_dir():
            continue
        for entry in sorted(base.iterdir(), key=lambda e: e.name):
            if entry.is_file() and entry.name.endswith((".json", ".npz", ".tsv", ".txt", ".toml")):
                out[f"{folder}/{entry.name}"] = hashlib.sha256(entry.read_bytes()).hexdigest()
    return out


def lexicon_digest(options: Options) -> str:
    """Hash of the shipped lexicons merged with the user's config file, if any."""
    from analyzer.sources.lexicon import lexicon_digest as digest
    from analyzer.userconfig import load_user_config
    return digest(load_user_config(options.config_path or None))


def run_key(options: Options) -> str:
    """What must match for a cached article to be reused by ``--resume``."""
    blob = json.dumps({"version": __version__, "options": options.to_dict(), "data": data_hashes(),
                       "lexicon": lexicon_digest(options)}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        if args.command == "analyze":
            return _cmd_analyze(args)
        if args.command == "report":
            return _cmd_report(args)
        if args.command == "extract":
            return _cmd_extract(args)
        if args.command == "evaluate":
            return _cmd_evaluate(args)
        if args.command == "serve":
            return _cmd_serve(args)
    except ConfigError as exc:
        return _usage_error(str(exc))
    except KeyboardInterrupt:
        print("analyzer: interrupted; `analyzer report --resume` finishes the rest", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    parser.error(f"unknown command {args.command}")
    return EXIT_USAGE


def _usage_error(message: str) -> int:
    print(f"analyzer: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _cmd_analyze(args: argparse.Namespace) -> int:
    from analyzer.batch import analyze_to_jsonl
    missing = _missing_paths(args.paths)
    if missing:
        return _usage_error(f"no such file or folder: {', '.join(missing)}")
    return analyze_to_jsonl(args.paths, args.json, _options(args), jobs=_jobs(args), quiet=args.quiet,
                            engine=args.engine, scheduler=args.scheduler)


def _cmd_report(args: argparse.Namespace) -> int:
    from analyzer.batch import write_report
    paths = args.paths or [DEFAULT_CORPUS]
    missing = _missing_paths(paths)
    if missing:
        return _usage_error(f"no such file or folder: {', '.join(missing)}")
    return write_report(paths, args.out, _options(args), jobs=_jobs(args), quiet=args.quiet,
                        resume=args.resume, engine=args.engine, scheduler=args.scheduler)


def _cmd_extract(args: argparse.Namespace) -> int:
    from analyzer.batch import describe
    from analyzer.ingest import Failure, format_extract, iter_articles
    missing = _missing_paths(args.paths)
    if missing:
        return _usage_error(f"no such file or folder: {', '.join(missing)}")
    status = EXIT_OK
    for item in iter_articles(args.paths, Options(format=args.format, max_bytes=args.max_bytes)):
        if isinstance(item, Failure):
            print(describe(item), file=sys.stderr)
            status = EXIT_FAILURES
        else:
            print(format_extract(item))
    return status


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from analyzer.evaluate import evaluate_file, format_evaluation
    if not Path(args.gold).is_file():
        return _usage_error(f"no such gold file: {args.gold}")
    print(format_evaluation(evaluate_file(args.gold, format=args.format)))
    return EXIT_OK


def _cmd_serve(args: argparse.Namespace) -> int:
    from analyzer.serve import serve
    serve(host=args.host, port=args.port, options=Options(config_path=args.config))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
