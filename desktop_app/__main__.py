"""`python -m desktop_app` is the same entry as the `imprint` command."""

from desktop_app.cli import run

# Guarded: the window's render processes import the main module again when they start.
if __name__ == "__main__":
    run()
