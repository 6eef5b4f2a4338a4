"""What every `trendkg` subcommand shares: the one-line error type and the services for `--data`."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qa.services import Services


class CliError(Exception):
    """A user-facing failure: printed as one line, exit status 1 (or the given one)."""


@contextmanager
def open_services(args: argparse.Namespace) -> Iterator[Services]:
    """The subsystems for `--data`, closed (store lock released) however the command ends."""
    svc = _services(args)
    try:
        yield svc
    finally:
        svc.close()


def _services(args: argparse.Namespace) -> Services:
    from kg.settings import Settings
    from kg.store import StoreError
    from qa.services import Services

    try:
        return Services(Settings.load(args.data))
    except (StoreError, ValueError) as exc:
        raise CliError(str(exc)) from exc
