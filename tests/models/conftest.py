"""Make tests/models/models_testkit.py importable as ``models_testkit`` (importlib import mode)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
