"""The command line: arguments, formats, exit codes. Everything else is the library's."""
from __future__ import annotations

import json
import sys

import click

from . import __version__, parse_path
from .errors import InputError


@click.command()
@click.argument("inputs", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["auto", "json", "jsonl"]), default="auto")
@click.version_option(__version__, prog_name="msgparse")
def main(inputs: tuple[str, ...], fmt: str) -> None:
    """Read news stories about messages and print structured records."""
    failed = False
    for path in inputs:
        try:
            rec = parse_path(path)
        except InputError as e:
            click.echo(f"msgparse: error: {e}", err=True)
            failed = True
            continue
        sys.stdout.write(json.dumps(rec, ensure_ascii=False, indent=2 if fmt == "json" else None) + "\n")
    sys.exit(1 if failed else 0)
