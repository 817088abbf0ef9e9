"""`Program`: instructions + DRAM image + symbols, and its ``.accel`` file format.

File layout (all integers little-endian)::

    offset  size  field
    0       8     magic b"ACCELPRG"
    8       2     ISA version
    10      2     reserved (0)
    12      32    config hash (SHA-256 of the hardware fields, raw bytes)
    44      4     JSON metadata length J
    48      4     instruction count I
    52      4     DRAM image segment count G
    56      J     metadata (UTF-8 JSON: config, symbols, layers, segment table)
    ...     16*I  instruction words
    ...           segment payloads, in segment-table order
    end-4   4     CRC-32 of everything before it

`load` refuses a file that is truncated, has a bad magic, an ISA version it does
not speak, an invalid instruction (naming the word and the field), a CRC that does
not match, or (when a config is given) a config hash of another accelerator.
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass, field, fields
from pathlib import Path

from . import isa
from .config import AccelConfig

__all__ = ["Program", "Segment", "LayerInfo", "Symbols", "InputSymbol", "OutputSymbol", "Layout",
           "ProgramError", "MAGIC", "check_config", "FIRST_LAYER"]

MAGIC = b"ACCELPRG"
_HEAD = struct.Struct("<8sHH32sIII")


class ProgramError(ValueError):
    """A program file is malformed, or does not belong to this accelerator."""


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


@dataclass
class Segment:
    name: str
    addr: int
    data: bytes


def _ints(n: int | None = None, positive: bool = False):
    """A checker for a list of integers (a JSON array; ``n`` of them, or any non-zero
    count; each > 0 if ``positive``), returned as a tuple."""
    def check(v):
        if not isinstance(v, (list, tuple)) or (len(v) != n if n is not None else not v) \
                or not all(isinstance(x, int) and not isinstance(x, bool)
                           and (x > 0 or not positive) for x in v):
            what = f"{n} integers" if n is not None else \
                f"a list of {'positive ' if positive else ''}integers"
            raise TypeError(f"expected {what}, got {v!r}")
        return tuple(v)
    return check


def _of(t):
    def check(v):
        if not isinstance(v, t) or isinstance(v, bool) and t is not bool:
            raise TypeError(f"expected {t.__name__}, got {v!r}")
        return v
    return check


def _one_of(*choices):
    def check(v):
        if v not in choices:
            raise TypeError(f"expected one of {choices}, got {v!r}")
        return v
    return check


def _names(v):
    if not isinstance(v, (list, tuple)) or not all(isinstance(x, str) for x in v):
        raise TypeError(f"expected a list of module names, got {v!r}")
    return tuple(v)


def _optional(check):
    return lambda v: None if v is None else check(v)


def _floats(v):
    if not isinstance(v, (list, tuple)) or \
            not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v):
        raise TypeError(f"expected a list of numbers, got {v!r}")
    return tuple(float(x) for x in v)


def _steps(v):
    from .hoststeps import check_steps
    try:
        return check_steps(v)
    except ValueError as e:
        raise TypeError(str(e)) from None


def _checked(check, **kw):
    """A dataclass field whose JSON value ``check`` validates (and converts)."""
    return field(metadata={"check": check}, **kw)


class _Record:
    """A frozen dataclass with a checked JSON form (program-file metadata)."""

    def to_dict(self) -> dict:
        """The JSON form (lists for tuples, nested records as objects; optional fields
        that are ``None`` left out)."""
        out = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if v is None and f.default is None:
                continue
            out[f.name] = v.to_dict() if isinstance(v, _Record) else \
                list(v) if isinstance(v, tuple) else v
        return out

    @classmethod
    def from_dict(cls, d, where: str = "record"):
        """Parse and check the JSON form; a missing, unknown or mistyped key is a
        `ProgramError` naming it."""
        if not isinstance(d, dict):
            raise ProgramError(f"{where}: expected an object, got {type(d).__name__}")
        fs = fields(cls)
        names = [f.name for f in fs]
        missing = [f.name for f in fs if f.name not in d and f.default is not None]
        unknown = sorted(set(d) - set(names))
        if missing or unknown:
            raise ProgramError(f"{where}: " + "; ".join(
                ([f"missing keys {missing}"] if missing else [])
                + ([f"unknown keys {unknown}"] if unknown else [])))
        vals = {}
        for f in fs:
            if f.name not in d:
                continue
            check = f.metadata["check"]
            if isinstance(check, type) and issubclass(check, _Record):
                vals[f.name] = check.from_dict(d[f.name], f"{where}: {f.name}")
                continue
            try:
                vals[f.name] = check(d[f.name])
            except TypeError as e:
                raise ProgramError(f"{where}: {f.name}: {e}") from None
        return cls(**vals)


@dataclass(frozen=True)
class LayerInfo(_Record):
    """One compiled layer, as the compiler laid it out: the program file's ``layers``.

    ``macs`` is per image and counts a multi-bit input's MACs once; the array does
    ``planes * macs`` binary MACs for it.  ``out_dram`` is ``(byte address, stride per
    image)`` when the layer's output is spilled to DRAM, else ``None``.
    """
    name: str = _checked(_of(str))
    modules: tuple = _checked(_names)            # torch modules folded in, first to last
    n_in: int = _checked(_of(int))               # fan-in (inputs per output)
    n_out: int = _checked(_of(int))              # outputs (channels for a convolution)
    planes: int = _checked(_of(int))             # input bit planes
    macs: int = _checked(_of(int))               # MACs per image
    kind: str = _checked(_one_of("hidden", "final"))
    op: str = _checked(_one_of("dense", "conv"))
    in_fm: tuple = _checked(_ints(3))            # (C, H, W) of its input map
    out_fm: tuple = _checked(_ints(3))           # (C, H, W) of its output (after pooling)
    kernel: tuple = _checked(_ints(2))           # (kh, kw)
    stride: tuple = _checked(_ints(2))           # (sh, sw)
    padding: tuple = _checked(_ints(2))          # (ph, pw)
    pool: int = _checked(_of(int))               # max-pool window (1: none)
    gemm_tiles: int = _checked(_of(int))         # column tiles of its GEMMs
    post_tiles: int = _checked(_of(int))         # column tiles of its POSTs (pad tiles too)
    words: int = _checked(_of(int))              # activation words per input pixel
    out_bits: int = _checked(_of(int))           # output bits per activation
    out_kind: str = _checked(_one_of("binary", "uint", "score"))
    out_words: int = _checked(_of(int))          # activation words per output bit plane
    input_bands: int = _checked(_of(int))        # row bands its input streams in (0: whole)
    out_dram: tuple = _checked(_optional(_ints(2)))  # spilled output, or None
    flipped: int = _checked(_of(int))            # channels whose compare the fold flipped


#: How a first convolution may read the image (`accel.compile`'s ``first_layer``):
#: unfolded by the host (im2col, recorded in `InputSymbol.im2col`) or as it is.
FIRST_LAYER = ("auto", "im2col", "direct")


@dataclass(frozen=True)
class InputSymbol(_Record):
    """Where and how the host writes a run's images: ``batch`` rows of ``row_stride``
    bytes from DRAM byte ``addr``, each the image's bit planes packed pixel-major."""
    addr: int = _checked(_of(int))
    row_stride: int = _checked(_of(int))
    shape: tuple = _checked(_ints(2))            # (batch, values per image)
    image_shape: tuple = _checked(_ints(positive=True))  # one image, as the model takes it
    fm: tuple = _checked(_ints(3))               # (C, H, W)
    planes: int = _checked(_of(int))             # bit planes per value (1: sign bits)
    words: int = _checked(_of(int))              # words per input bit plane
    encoding: str = _checked(_of(str))           # "sign bits" or "uint<P> bit planes"
    #: (kh, kw, sh, sw, ph, pw, pad bit): the host unfolds the image (im2col) for a
    #: first convolution that reads it as a 1x1 convolution; None: pixels as they are
    im2col: tuple = _checked(_optional(_ints(7)), default=None)
    #: bytes of each input word in DRAM: the config's word bytes, or fewer (one bus beat:
    #: the word's low bytes, which a ``narrow`` LOAD completes with ones); None: all
    word_bytes: int = _checked(_optional(_of(int)), default=None)
    #: bits of one input digit (the config's ``elem_bits``): a value is ``planes``
    #: digits, element ``c`` of a word in bits ``[c*digit_bits, (c+1)*digit_bits)``
    digit_bits: int = _checked(_of(int), default=1)
    #: bits of an input value (None: ``planes * digit_bits``); larger values are refused
    value_bits: int = _checked(_optional(_of(int)), default=None)


@dataclass(frozen=True)
class OutputSymbol(_Record):
    """Where the host reads a run's scores: ``batch`` rows of ``row_stride`` bytes from
    DRAM byte ``addr``, each ``entries`` out-buffer words of signed scores."""
    addr: int = _checked(_of(int))
    row_stride: int = _checked(_of(int))
    shape: tuple = _checked(_ints(2))            # (batch, classes)
    entries: int = _checked(_of(int))
    encoding: str = _checked(_of(str))           # "int<acc_bits> scores"


@dataclass(frozen=True)
class Symbols(_Record):
    """The contract between a program and its host driver (model, cosim, board)."""
    input: InputSymbol = _checked(InputSymbol)
    output: OutputSymbol = _checked(OutputSymbol)
    #: per-class float scale the host applies to the integer scores (None: none)
    epilogue_scale: tuple = _checked(_optional(_floats), default=None)
    #: steps the host applies to the raw input before encoding it, and to the integer
    #: scores (`accel.hoststeps`: an imported graph's preprocessing, input quantizer and
    #: output nodes); None: none
    input_steps: tuple = _checked(_optional(_steps), default=None)
    output_steps: tuple = _checked(_optional(_steps), default=None)


@dataclass(frozen=True)
class Layout(_Record):
    """How the compiler used the buffers: whether every layer's weights and thresholds
    stay on chip for the whole run (loaded once), and the activation buffer's two
    regions (word addresses per bank: layers alternate between them)."""
    weights_resident: bool = _checked(_of(bool))
    thresholds_resident: bool = _checked(_of(bool))
    act_regions: tuple = _checked(_ints(2))
    #: where LightNorm layers take their statistics: "none" (no LightNorm layer),
    #: "running" (the training's, in the DRAM image) or "batch" (each run's batch,
    #: gathered on the device: on-device adaptation; layer by layer over the batch)
    norm_stats: str = _checked(_one_of("none", "running", "batch"), default="none")
    #: words between consecutive batch tiles' maps in each region, when a run keeps
    #: every tile's maps on chip (``norm_stats`` "batch"); (0, 0) otherwise
    tile_stride: tuple = _checked(_ints(2), default=(0, 0))


@dataclass
class Program:
    """A compiled program for one `AccelConfig`.

    Attributes
    ----------
    config : AccelConfig
    instrs : list of `isa.Instr`
    segments : list of `Segment`
        Initial DRAM contents (weights, thresholds).
    symbols : `Symbols`
        The ``input`` and ``output`` descriptors (DRAM address, row stride, shape,
        encoding) and the optional ``epilogue_scale`` (per-class float scale the host
        applies to the integer scores).
    layers : list of `LayerInfo`
        Per layer: name, shape, planes, MACs per image, where its output lives.
    tags : list of int
        Per instruction, the index of the layer it belongs to (-1: input/output,
        -2: weights and thresholds loaded once for all layers).
    dram_size : int
        Bytes of DRAM the program touches.
    batch : int
        Images per program run.
    layout : `Layout`
        Which weights and thresholds stay resident, and the activation regions.
    """
    config: AccelConfig
    instrs: list
    segments: list
    symbols: Symbols
    layers: list
    tags: list
    dram_size: int
    batch: int
    layout: Layout

    # --- text -----------------------------------------------------------------------
    def disassemble(self) -> str:
        names = [l.name for l in self.layers]
        lines = [f"; accel program, ISA v{isa.ISA_VERSION}, config {self.config.name} "
                 f"(hash {self.config.hash[:16]}), batch {self.batch}",
                 f"; {len(self.instrs)} instructions, DRAM {self.dram_size} bytes"]
        for s in self.segments:
            lines.append(f"; segment {s.name:<12} @ {s.addr:#010x}  {len(s.data)} bytes")
        for k in ("input", "output"):
            sym = getattr(self.symbols, k)
            lines.append(f"; symbol  {k:<12} @ {sym.addr:#010x}  shape {sym.shape} "
                         f"{sym.encoding}")
        for i, (ins, t) in enumerate(zip(self.instrs, self.tags)):
            tag = names[t] if t >= 0 else ("io" if t == -1 else "preload")
            lines.append(f"{i:6d}  {isa.disassemble(ins):<96} ; {tag}")
        return "\n".join(lines) + "\n"

    # --- file -----------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        segtab = []
        for s in self.segments:
            segtab.append({"name": s.name, "addr": s.addr, "size": len(s.data)})
        meta = {"config": self.config.to_dict(), "symbols": self.symbols.to_dict(),
                "layers": [l.to_dict() for l in self.layers], "tags": self.tags,
                "dram_size": self.dram_size,
                "batch": self.batch, "segments": segtab, "layout": self.layout.to_dict()}
        mj = json.dumps(meta, sort_keys=True).encode()
        head = _HEAD.pack(MAGIC, isa.ISA_VERSION, 0, bytes.fromhex(self.config.hash),
                          len(mj), len(self.instrs), len(self.segments))
        body = head + mj + isa.encode_bytes(self.instrs) + b"".join(s.data for s in self.segments)
        return body + struct.pack("<I", zlib.crc32(body))

    def save(self, path) -> None:
        """Write the program file atomically (`accel.outputs.write_atomic`)."""
        from .outputs import write_atomic
        write_atomic(path, self.to_bytes())

    # --- validity -------------------------------------------------------------------
    def validate(self, where: str = "program") -> None:
        """Refuse (`ProgramError`, naming the field and the numbers) a program the
        accelerator cannot run or its host cannot drive: the instruction count against
        ``imem_depth``; FINISH (exactly one, last: the controller stops there and never
        fetches past it); ``batch`` (a positive multiple of ``rows``); the layer
        ``tags``; DRAM segments and the input and output symbols inside ``dram_size``
        (at most the DRAM the config addresses, `AccelConfig.dram_bytes`); the activation regions inside the
        activation buffer.  `load` calls it after the CRC check and `accel.simulate`
        before running, so the golden model refuses what the hardware refuses."""
        cfg, n = self.config, len(self.instrs)

        def bad(msg):
            raise ProgramError(f"{where}: {msg}")
        if not n:
            bad("no instructions")
        if n > cfg.imem_depth:
            bad(f"{n} instructions, but the instruction memory of config {cfg.name!r} holds "
                f"{cfg.imem_depth} (imem_depth)")
        fin = [k for k, ins in enumerate(self.instrs) if ins.op == isa.Opcode.FINISH]
        if not fin:
            bad("no FINISH instruction: the controller would run off the end of the program")
        if fin[0] != n - 1:
            bad(f"FINISH at instruction {fin[0]} is followed by {n - 1 - fin[0]} more, which "
                "the controller never runs (FINISH must be the last instruction, and the "
                "only one)")
        if not _is_int(self.batch) or self.batch < 1 or self.batch % cfg.rows:
            bad(f"batch {self.batch!r} must be a positive multiple of rows ({cfg.rows})")
        if not isinstance(self.tags, list) or len(self.tags) != n:
            bad(f"{len(self.tags) if isinstance(self.tags, list) else self.tags!r} layer tags "
                f"for {n} instructions")
        L = len(self.layers)
        if not L:
            bad("no layers")
        for k, t in enumerate(self.tags):
            if not _is_int(t) or not -2 <= t < L:
                bad(f"layer tag {t!r} of instruction {k} is not a layer index 0..{L - 1} "
                    "(nor -1: input/output, -2: preload)")
        if not _is_int(self.dram_size) or not 0 < self.dram_size <= cfg.dram_bytes:
            bad(f"dram_size {self.dram_size!r} must be in 1..{cfg.dram_bytes} (the DRAM "
                f"config {cfg.name!r} addresses: dram_addr_bits = {cfg.dram_addr_bits})")

        def inside(what, addr, size):
            if addr < 0 or size < 0 or addr + size > self.dram_size:
                bad(f"{what} at DRAM byte {addr} of {size} bytes lies outside the "
                    f"program's DRAM ({self.dram_size} bytes)")
        for s in self.segments:
            inside(f"segment {s.name!r}", s.addr, len(s.data))
        for key in ("input", "output"):
            sym = getattr(self.symbols, key)
            if sym.shape[0] != self.batch:
                bad(f"symbols.{key}.shape {sym.shape} is not for batch {self.batch}")
            if sym.row_stride < 1:
                bad(f"symbols.{key}.row_stride {sym.row_stride} must be positive")
            inside(f"symbols.{key} ({self.batch} rows of {sym.row_stride} bytes)", sym.addr,
                   self.batch * sym.row_stride)
        for k, l in enumerate(self.layers):
            small = {f: getattr(l, f) for f in ("n_in", "n_out", "planes", "out_bits", "pool",
                                                "gemm_tiles", "post_tiles", "words")
                     if getattr(l, f) < 1}
            if small:
                bad(f"layer {k} ({l.name}): {small} must be positive")
            if (l.kind == "final") != (k == L - 1):
                bad(f"layer {k} ({l.name}) is {l.kind!r}; only the last layer is 'final'")
            if l.out_dram is not None and not 0 <= l.out_dram[0] < self.dram_size:
                bad(f"layer {k} ({l.name}): its spilled output at DRAM byte {l.out_dram[0]} "
                    f"lies outside the program's DRAM ({self.dram_size} bytes)")
        if self.symbols.output.shape[1] != self.layers[-1].n_out:
            bad(f"symbols.output has {self.symbols.output.shape[1]} classes, the last layer "
                f"{self.layers[-1].n_out} outputs")
        for k, r in enumerate(self.layout.act_regions):
            if not 0 <= r < cfg.act_depth:
                bad(f"layout.act_regions[{k}] = {r} lies outside the activation buffer "
                    f"({cfg.act_depth} words)")

    # --- file -----------------------------------------------------------------------
    @classmethod
    def from_bytes(cls, blob: bytes, config: AccelConfig | None = None,
                   where: str = "program") -> "Program":
        """Parse a program file: the header, the file's length (what the header and the
        segment table announce: "truncated" names the part that is cut), the CRC, then
        the instructions and the metadata's schema, then `validate`."""
        if len(blob) < _HEAD.size + 4:
            raise ProgramError(f"{where}: {len(blob)} bytes is too short for a program "
                               f"(header alone is {_HEAD.size + 4})")
        magic, ver, rsv, chash, jlen, n_ins, n_seg = _HEAD.unpack_from(blob)
        if magic != MAGIC:
            raise ProgramError(f"{where}: bad magic {magic!r}, expected {MAGIC!r} "
                               "(not an accel program file)")
        if ver != isa.ISA_VERSION:
            raise ProgramError(f"{where}: ISA version {ver}, this accel speaks version "
                               f"{isa.ISA_VERSION}; recompile the model")
        if rsv:
            raise ProgramError(f"{where}: reserved header field is {rsv}, must be 0")
        pos = _HEAD.size
        ipos = pos + jlen
        need = ipos + n_ins * isa.WORD_BYTES + 4
        if len(blob) < need:
            raise ProgramError(f"{where}: truncated: header announces at least {need} bytes "
                               f"({jlen} of metadata, {n_ins} instructions), file has {len(blob)}")
        try:        # the segment table, if it parses, says how long the file must be
            sizes = [int(s["size"]) for s in json.loads(blob[pos:ipos])["segments"]]
        except (ValueError, KeyError, TypeError, AttributeError):
            sizes = None                   # corrupt metadata: the CRC check names it
        if sizes is not None and len(blob) < need + sum(sizes):
            raise ProgramError(f"{where}: truncated in the DRAM image: the metadata announces "
                               f"{need + sum(sizes)} bytes ({len(sizes)} segments of "
                               f"{sum(sizes)} bytes), the file has {len(blob)}")
        (crc,) = struct.unpack_from("<I", blob, len(blob) - 4)
        calc = zlib.crc32(blob[:-4])
        if crc != calc:
            raise ProgramError(f"{where}: CRC mismatch (stored {crc:#010x}, computed "
                               f"{calc:#010x}): the file is corrupted")
        try:
            instrs = isa.decode_bytes(blob[ipos:ipos + n_ins * isa.WORD_BYTES])
        except isa.DecodeError as e:
            raise ProgramError(f"{where}: invalid instruction: {e}") from None
        try:
            meta = json.loads(blob[pos:ipos])
            if not isinstance(meta, dict):
                raise ProgramError(f"{where}: metadata is not a JSON object")
            missing = sorted({"config", "symbols", "layers", "tags", "dram_size", "batch",
                              "segments", "layout"} - set(meta))
            if missing:
                raise ProgramError(f"{where}: metadata lacks {missing}")
            segtab = meta["segments"]
            if len(segtab) != n_seg:
                raise ProgramError(f"{where}: header says {n_seg} segments, metadata lists "
                                   f"{len(segtab)}")
            pos = ipos + n_ins * isa.WORD_BYTES
            segs = []
            for k, s in enumerate(segtab):
                if not (isinstance(s, dict) and isinstance(s.get("name"), str)
                        and _is_int(s.get("addr")) and _is_int(s.get("size"))):
                    raise ProgramError(f"{where}: segment {k}: expected {{name, addr, size}}, "
                                       f"got {s!r}")
                end = pos + s["size"]
                segs.append(Segment(s["name"], s["addr"], bytes(blob[pos:end])))
                pos = end
            if pos != len(blob) - 4:
                raise ProgramError(f"{where}: {len(blob) - 4 - pos} unexpected bytes before "
                                   "the CRC")
            cfg = AccelConfig.from_dict(meta["config"])
            if not isinstance(meta["layers"], list):
                raise ProgramError(f"{where}: layers: expected a list")
            layers = [LayerInfo.from_dict(l, f"{where}: layer {k}")
                      for k, l in enumerate(meta["layers"])]
            symbols = Symbols.from_dict(meta["symbols"], f"{where}: symbols")
            prog = cls(cfg, instrs, segs, symbols, layers, meta["tags"], meta["dram_size"],
                       meta["batch"], Layout.from_dict(meta["layout"], f"{where}: layout"))
        except ProgramError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            raise ProgramError(f"{where}: metadata is malformed ({type(e).__name__}: {e})") from None
        if cfg.hash != chash.hex():
            raise ProgramError(f"{where}: header config hash {chash.hex()[:16]} does not match "
                               f"the embedded config ({cfg.hash[:16]})")
        prog.validate(where)
        if config is not None:
            check_config(prog, config)
        return prog

    @classmethod
    def load(cls, path, config: AccelConfig | None = None) -> "Program":
        p = Path(path)
        if p.is_dir():
            raise ProgramError(f"{p}: is a directory, not a program file")
        return cls.from_bytes(p.read_bytes(), config, where=str(p))


def check_config(prog: Program, config: AccelConfig) -> None:
    """Refuse to run ``prog`` on an accelerator built from another config."""
    if prog.config.hash != config.hash:
        diff = {k: (v, getattr(config, k)) for k, v in prog.config.hardware_dict().items()
                if getattr(config, k) != v}
        raise ProgramError(
            f"program was compiled for config {prog.config.name!r} (hash "
            f"{prog.config.hash[:16]}) but the accelerator is {config.name!r} (hash "
            f"{config.hash[:16]}); differing fields (program, accelerator): {diff}")
