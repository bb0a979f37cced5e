"""Many document pairs as one Dask job: read → align → drift → export, each pair on its own.

The client reads the manifest, skips pairs whose outputs are already complete (a
done-marker per pair records the inputs' hashes, the model and the files), submits
the rest to a Dask cluster (a ``LocalCluster`` by default, or an existing one by
address), and writes each pair's files the moment its result comes back: every
file atomically (temporary name, then rename), then the marker. A crash therefore
loses only the pairs in flight, and a re-run picks up where the last one stopped.

Each worker loads the model once (``EncoderPlugin``, a Dask worker plugin) and
reuses it for every pair it is given.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import logging
import os
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alignment.termbase import Termbase
from corpora.aligned import AlignedCorpus
from corpora.errors import InputError
from corpora.exporters import FORMATS, export_corpus, format_for
from corpora.exporters.common import atomic_write_bytes
from models.base import Encoder

PLUGIN_PREFIX = "parallax-encoder:"
MARKER_SUFFIX = ".done.json"
SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
BATCH_EXTENSIONS = {"report": ".drift.html", "moses": "", "tmx-paragraph": ".paragraph.tmx"}

ProgressCallback = Callable[[int, int], None]
PairWork = Callable[["Pair", Encoder], AlignedCorpus]
"""What a worker does with one pair and the loaded encoder (``align_pair`` unless a caller swaps it)."""


# --------------------------------------------------------------------------- manifest


@dataclass(frozen=True)
class Pair:
    """One line of the manifest: two files to align and what to call the result."""

    source: str
    target: str
    name: str
    source_lang: str | None = None
    target_lang: str | None = None
    line: int = 0


def _safe_name(text: str) -> str:
    return SAFE_NAME.sub("_", text).strip("._") or "pair"


def read_manifest(path: str | os.PathLike[str]) -> list[Pair]:
    """Read a CSV of pairs: ``source,target[,name][,source_lang,target_lang]``.

    A header row (first cell ``source``) may name the columns; blank lines and lines
    starting with ``#`` are skipped; relative paths are relative to the manifest.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such manifest") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the manifest ({exc})") from None
    rows = [
        (number, [cell.strip() for cell in row])
        for number, row in enumerate(csv.reader(io.StringIO(text)), start=1)
        if row and any(cell.strip() for cell in row) and not row[0].lstrip().startswith("#")
    ]
    header: list[str] | None = None
    if rows and rows[0][1][0].lower() == "source":
        header = [cell.lower() for cell in rows[0][1]]
        rows = rows[1:]
        if "target" not in header:
            raise InputError(f"{path}: the header names no 'target' column")
    pairs: list[Pair] = []
    seen: dict[str, int] = {}
    base = path.parent
    for number, cells in rows:
        if header:
            values = dict(zip(header, cells, strict=False))
        else:
            layouts = {2: ["source", "target"], 3: ["source", "target", "name"],
                       4: ["source", "target", "source_lang", "target_lang"],
                       5: ["source", "target", "name", "source_lang", "target_lang"]}
            if len(cells) not in layouts:
                raise InputError(f"{path}, line {number}: expected source,target[,name][,source_lang,"
                                 f"target_lang], got {len(cells)} columns")
            values = dict(zip(layouts[len(cells)], cells, strict=True))
        if not values.get("source") or not values.get("target"):
            raise InputError(f"{path}, line {number}: a pair needs both a source and a target file")
        source, target = (str(base / values[k]) if not Path(values[k]).is_absolute() else values[k]
                          for k in ("source", "target"))
        name = _safe_name(values.get("name") or Path(values["source"]).stem)
        if name in seen:
            raise InputError(f"{path}, line {number}: the name {name!r} is also used on line {seen[name]}; "
                             "add a name column to tell the pairs apart")
        seen[name] = number
        pairs.append(Pair(source, target, name, values.get("source_lang") or None,
                          values.get("target_lang") or None, number))
    if not pairs:
        raise InputError(f"{path}: the manifest lists no pairs")
    return pairs


# --------------------------------------------------------------------------- one pair


def align_pair(pair: Pair, encoder: Encoder, termbase: Termbase | None = None) -> AlignedCorpus:
    """Read both files, align them, run drift: the shared pipeline, nothing of the batch's own.
    ``termbase``: terms and names that are not drift (``parallax batch --terms``)."""
    from parallax.pipeline import run_files

    result = run_files(pair.source, pair.target, encoder, source_lang=pair.source_lang,
                       target_lang=pair.target_lang, termbase=termbase)
    return result.corpus(name=pair.name, source_name=Path(pair.source).name,
                         target_name=Path(pair.target).name)


def batch_output_base(pair_name: str, out_dir: Path, fmt: str) -> Path:
    """Where a pair's output in one format goes: ``<out>/<name><ext>`` (Moses: ``<name>.<lang>``)."""
    return out_dir / f"{pair_name}{BATCH_EXTENSIONS.get(fmt, FORMATS[fmt].extension)}"


def marker_path(out_dir: Path, pair: Pair) -> Path:
    return out_dir / f"{pair.name}{MARKER_SUFFIX}"


def fingerprint(path: str) -> str | None:
    """SHA-256 of an input file, or None when this machine cannot read it."""
    try:
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None


def write_pair_outputs(
    corpus: AlignedCorpus, pair: Pair, out_dir: Path, formats: Sequence[str], model: str,
    inputs: dict[str, str | None] | None = None,
) -> list[Path]:
    """Write every format (each file atomically), then the done-marker that lets a re-run skip it."""
    written: list[Path] = []
    for fmt in formats:
        written += export_corpus(corpus, fmt, batch_output_base(pair.name, out_dir, fmt))
    marker = {
        "pair": asdict(pair),
        "model": model,
        "formats": list(formats),
        "files": [p.name for p in written],
        "inputs": inputs if inputs is not None else {"source": fingerprint(pair.source),
                                                     "target": fingerprint(pair.target)},
        "beads": len(corpus.beads),
        "flagged": sum(1 for b in corpus.beads if b.kinds),
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    atomic_write_bytes(marker_path(out_dir, pair), json.dumps(marker, indent=1).encode("utf-8"))
    return written


def is_done(pair: Pair, out_dir: Path, formats: Sequence[str], model: str,
            inputs: dict[str, str | None]) -> bool:
    """True when a marker says this pair was finished with the same inputs, model and formats,
    and every file it lists is still there."""
    try:
        marker = json.loads(marker_path(out_dir, pair).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        marker.get("model") == model
        and set(formats) <= set(marker.get("formats", []))
        and marker.get("inputs") == inputs
        and all((out_dir / name).is_file() for name in marker.get("files", []))
    )


_LOCAL_ENCODERS: dict[str, Encoder] = {}


def worker_thread_env(workers: int, cores: int | None = None) -> dict[str, str]:
    """Thread limits for each local worker process, so that workers share the cores.

    Each model back end and numba would otherwise start one thread per core in every worker:
    two workers on two cores ran slower than one (measured: docs/benchmarks.md, Batch).
    """
    per = str(max(1, (cores or os.cpu_count() or 1) // max(1, workers)))
    return {"PARALLAX_THREADS": per, "NUMBA_NUM_THREADS": per, "OMP_NUM_THREADS": per,
            "OPENBLAS_NUM_THREADS": per, "MKL_NUM_THREADS": per}


def local_encoder(name: str) -> Encoder:
    """The encoder for ``name``, loaded once per process."""
    if name not in _LOCAL_ENCODERS:
        from parallax.settings import current

        _LOCAL_ENCODERS[name] = current().encoder(name, cache=False)
    return _LOCAL_ENCODERS[name]


def process_pair(pair: Pair, encoder_name: str, out_dir: str | os.PathLike[str],
                 formats: Sequence[str]) -> list[Path]:
    """One pair start to finish in this process (no Dask): align, then write outputs and marker."""
    corpus = align_pair(pair, local_encoder(encoder_name))
    return write_pair_outputs(corpus, pair, Path(out_dir), formats, encoder_name)


# --------------------------------------------------------------------------- Dask


try:
    from distributed import WorkerPlugin as _WorkerPluginBase
except ImportError:  # pragma: no cover - distributed is a dependency; keep import errors readable
    _WorkerPluginBase = object  # type: ignore[misc,assignment]


class EncoderPlugin(_WorkerPluginBase):  # type: ignore[misc,valid-type]
    """Loads the model once when a worker starts (or joins) and keeps it for every task."""

    def __init__(self, model: str) -> None:
        self.model = model
        self.encoder: Encoder | None = None
        self.loads = 0
        self.load_seconds = 0.0

    def setup(self, worker: Any) -> None:
        from parallax.settings import current  # the worker's own settings (PARALLAX_THREADS per worker)

        started = time.perf_counter()
        self.encoder = current().encoder(self.model, cache=False)
        self.encoder.encode(["warm-up"])  # weights load lazily: load them now, once
        self.loads += 1
        self.load_seconds = time.perf_counter() - started


@dataclass
class TaskResult:
    """What a worker sends back for one pair."""

    corpus: AlignedCorpus
    worker: str
    model_loads: int
    seconds: float


def _worker_task(pair: Pair, model: str, work: PairWork | None = None) -> TaskResult:
    """Runs on a worker: align one pair with the worker's already-loaded encoder."""
    from distributed import get_worker

    worker = get_worker()
    plugin = worker.plugins.get(PLUGIN_PREFIX + model)
    if plugin is None or plugin.encoder is None:  # plugin missing: fall back to a per-process cache
        encoder, loads = local_encoder(model), 1
    else:
        encoder, loads = plugin.encoder, plugin.loads
    started = time.perf_counter()
    corpus = (work or align_pair)(pair, encoder)
    return TaskResult(corpus, worker.address, loads, time.perf_counter() - started)


@dataclass
class BatchSummary:
    """How a batch went: pairs done, skipped (already finished) and failed (with the reason)."""

    done: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    files: dict[str, list[str]] = field(default_factory=dict)
    model_loads: dict[str, int] = field(default_factory=dict)
    task_seconds: dict[str, float] = field(default_factory=dict)
    """Per pair: seconds its worker spent reading, aligning and running drift."""
    seconds: float = 0.0
    workers: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ok": self.ok}


def failure_reason(exc: BaseException) -> str:
    """One line saying why a pair failed."""
    if isinstance(exc, InputError):
        return str(exc).splitlines()[0] if str(exc) else "bad input"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def check_formats(formats: Sequence[str]) -> list[str]:
    """Normalise and validate format names (``tmx,tsv``)."""
    names = [format_for(None, f).name for f in formats if f.strip()]
    if not names:
        raise InputError("give at least one export format, e.g. --format tmx,tsv")
    return list(dict.fromkeys(names))


def run_batch(
    pairs: Sequence[Pair],
    out_dir: str | os.PathLike[str],
    formats: Sequence[str],
    model: str,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    progress: ProgressCallback | None = None,
    work: PairWork | None = None,
    termbase: Termbase | None = None,
) -> BatchSummary:
    """Align and export every pair not already done, on Dask; see the module docstring.

    ``work`` replaces ``align_pair`` (it must be importable or picklable by value on the workers).
    ``termbase``: terms whose numbers and names are not drift, in every pair (a pair finished with
    another termbase is done again).
    """
    from distributed import Client, LocalCluster, as_completed

    formats = check_formats(formats)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    summary = BatchSummary()
    started = time.perf_counter()
    inputs = {p.name: {"source": fingerprint(p.source), "target": fingerprint(p.target)} for p in pairs}
    if termbase:
        terms = hashlib.sha256(repr(termbase).encode("utf-8")).hexdigest()
        inputs = {name: {**given, "terms": terms} for name, given in inputs.items()}
        work = work or functools.partial(align_pair, termbase=termbase)
    todo = []
    for pair in pairs:
        if is_done(pair, out, formats, model, inputs[pair.name]):
            summary.skipped.append(pair.name)
        else:
            todo.append(pair)
    total = len(pairs)
    if progress:
        progress(len(summary.skipped), total)
    if not todo:
        summary.seconds = time.perf_counter() - started
        return summary

    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as exc:
            reason = failure_reason(exc)
            raise InputError(f"cannot reach the Dask scheduler at {scheduler} ({reason})") from None
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR,
                               env=worker_thread_env(workers))
        client = Client(cluster)
        client.wait_for_workers(max(1, workers), timeout=120)
    try:
        summary.workers = len(client.scheduler_info(n_workers=-1)["workers"])
        client.register_plugin(EncoderPlugin(model), name=PLUGIN_PREFIX + model)
        futures = {client.submit(_worker_task, pair, model, work, pure=False, retries=0): pair
                   for pair in todo}
        finished = len(summary.skipped)
        for future in as_completed(futures):
            pair = futures[future]
            try:
                result: TaskResult = future.result()
                files = write_pair_outputs(result.corpus, pair, out, formats, model, inputs[pair.name])
            except Exception as exc:  # one pair's failure must not stop the others
                summary.failed[pair.name] = failure_reason(exc)
            else:
                summary.done.append(pair.name)
                summary.files[pair.name] = [str(f) for f in files]
                summary.model_loads[result.worker] = result.model_loads
                summary.task_seconds[pair.name] = round(result.seconds, 3)
            finally:
                future.release()
            finished += 1
            if progress:
                progress(finished, total)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    summary.seconds = time.perf_counter() - started
    return summary
