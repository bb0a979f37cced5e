"""One module per CLI verb: ``<verb>_cmd.py`` with ``register(subparsers)``."""
