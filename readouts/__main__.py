"""``python -m readouts`` runs the command line."""

from .cli import console

console()
