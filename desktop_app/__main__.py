"""`python -m desktop_app` is the same entry as the `imprint` command."""

from desktop_app.cli import run

run()
