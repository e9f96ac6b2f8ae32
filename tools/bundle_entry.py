"""Entry script for the PyInstaller bundle (a package's __main__ cannot use relative imports there)."""

from shigu_gui.cli import main

raise SystemExit(main())
