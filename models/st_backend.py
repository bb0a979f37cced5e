"""Any sentence-transformers model, by local folder or by a name already in the local cache.

Offline is the normal case here: a name that is not a folder is looked up only in
the local Hugging Face cache. When it is not there we fail at once with a message
saying how to provide it, instead of hanging on a download. Downloading is only
tried when the caller asks for it (``allow_download=True``, which the edge sets from
``PARALLAX_ALLOW_DOWNLOAD=1``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from models._versions import folder_fingerprint, package_version
from models.base import EncoderInfo, ProgressCallback, clip_texts, input_chars
from models.batching import encode_in_batches
from models.errors import ModelError, ModelNotAvailable


def auto_device() -> str:
    """ "cuda" when a GPU is usable, else "cpu" (torch is imported only here, lazily)."""
    import torch

    if torch.cuda.is_available():
        return "cuda"
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        return "mps"
    return "cpu"


def _cached_snapshot(repo_id: str) -> Path | None:
    """The local snapshot folder of a Hub model, or None: never touches the network."""
    from huggingface_hub import snapshot_download

    candidates = [repo_id] if "/" in repo_id else [repo_id, f"sentence-transformers/{repo_id}"]
    for candidate in candidates:
        try:
            return Path(snapshot_download(candidate, local_files_only=True))
        except Exception:  # not cached, or not a valid repo id: both mean "not here"
            continue
    return None


def _not_available_message(name: str) -> str:
    return (
        f"model '{name}' is not on this machine and model downloads are off. Provide it as a local "
        f"folder (pass its path as the model name), or download it on a connected machine "
        f"(e.g. SentenceTransformer('{name}').save('DIR'), then copy DIR here), or set "
        f"PARALLAX_ALLOW_DOWNLOAD=1 where the network can reach the model hub."
    )


def _read_json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


@contextmanager
def _quiet_loading() -> Iterator[None]:
    """No progress bars or load reports on stderr from library code; restored afterwards.

    (e.g. the converted e5 folder has no pooler weights, which mean pooling never uses,
    and transformers would print a table about it.)
    """
    import logging

    from transformers.utils import logging as hf_logging

    bars_on = hf_logging.is_progress_bar_enabled()
    verbosity = hf_logging.get_verbosity()
    st_logger = logging.getLogger("sentence_transformers")
    st_level = st_logger.level
    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    st_logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        st_logger.setLevel(st_level)
        hf_logging.set_verbosity(verbosity)
        if bars_on:
            hf_logging.enable_progress_bar()


class SentenceTransformerEncoder:
    """A sentence-transformers model; resolved (and checked) now, loaded on the first ``encode``."""

    def __init__(
        self,
        name_or_path: str,
        device: str | None = None,
        prompt: str | None = None,
        allow_download: bool = False,
        trust_remote_code: bool = False,
        name: str | None = None,
        family: str | None = None,
    ) -> None:
        if not name_or_path or not name_or_path.strip():
            raise ModelError("empty sentence-transformers model name")
        self.source = name_or_path.strip()
        self._device = device
        self._prompt = prompt
        self._trust_remote_code = trust_remote_code
        self._model: Any = None
        folder = Path(self.source).expanduser()
        self.folder: Path | None
        if folder.is_dir():
            self.folder = folder.resolve()
            if not (self.folder / "modules.json").exists() and not (self.folder / "config.json").exists():
                raise ModelError(f"'{self.source}' is a folder but holds no sentence-transformers model")
            version = f"fp:{folder_fingerprint(self.folder)}"
        else:
            self.folder = _cached_snapshot(self.source)
            if self.folder is not None:
                version = self.folder.name[:12]  # the Hub commit of the cached snapshot
            elif allow_download:
                version = "download"
            else:
                raise ModelNotAvailable(_not_available_message(self.source))
        st_version = package_version("sentence-transformers")
        label = self.folder.name if folder.is_dir() and self.folder is not None else self.source
        self.name = name or f"st:{label}|{version}|sentence-transformers=={st_version}"
        self.info = EncoderInfo(family or "st", f"{version}|sentence-transformers=={st_version}")
        self._dim: int | None = None
        self._max_tokens: int | None = None
        if self.folder is not None:
            self._read_sizes(self.folder)

    def _read_sizes(self, folder: Path) -> None:
        """Dim and length from the folder's configs, so asking for them loads nothing."""
        modules = _read_json(folder / "modules.json")
        kinds = [str(m.get("type", "")) for m in modules] if isinstance(modules, list) else []
        if kinds and all(k.endswith(("Transformer", "Pooling", "Normalize")) for k in kinds):
            for module in modules:
                if str(module.get("type", "")).endswith("Pooling"):
                    pooling = _read_json(folder / module.get("path", "") / "config.json")
                    self._dim = pooling.get("word_embedding_dimension") or pooling.get("embedding_dimension")
        length = _read_json(folder / "sentence_bert_config.json").get("max_seq_length")
        self._max_tokens = int(length) if length else None

    @property
    def dim(self) -> int:
        if self._dim is None:
            model = self._load()
            get_dim = (
                getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
            )
            self._dim = int(get_dim())
        return self._dim

    @property
    def max_tokens(self) -> int:
        if self._max_tokens is None:
            self._max_tokens = int(self._load().max_seq_length or 512)
        return self._max_tokens

    @property
    def device(self) -> str:
        """Where the model runs (resolved on first use when not given)."""
        if self._device is None:
            self._device = auto_device()
        return self._device

    def _load(self) -> Any:
        if self._model is not None:
            return self._model
        from sentence_transformers import SentenceTransformer

        with _quiet_loading():
            try:
                model = SentenceTransformer(
                    str(self.folder) if self.folder is not None else self.source,
                    device=self.device,
                    local_files_only=self.folder is not None,
                    trust_remote_code=self._trust_remote_code,
                )
            except OSError as exc:
                first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise ModelNotAvailable(f"cannot load model '{self.source}': {first_line}") from exc
        if self.device == "cpu":
            model = model.float()  # half precision on CPU is slow and loses agreement with the reference
        self._model = model
        return model

    def words(self) -> SentenceTransformerEncoder:
        return self

    def encode(
        self,
        texts: list[str],
        batch_size: int = 32,
        progress: ProgressCallback | None = None,
    ) -> np.ndarray:
        """Unit-norm float32 rows; the model's default prompt (e.g. "query: ") applies unless overridden."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._load()

        def run(chunk: list[str]) -> np.ndarray:
            return model.encode(
                chunk,
                batch_size=len(chunk),
                prompt=self._prompt,
                convert_to_numpy=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            )

        texts = clip_texts(list(texts), input_chars(self))  # the model truncates by tokens after this
        return encode_in_batches(texts, self.dim, batch_size, run, progress, sort_by_length=True)
