"""The instruction set, declared once.

Every instruction is one 128-bit little-endian word.  Bits ``[0:4]`` hold the opcode,
bits ``[4:8]`` the four dependency-token flags (VTA style: pop a token from the
previous/next engine before starting, push one to the previous/next engine when
done), and the opcode's own fields follow from bit 8 in declaration order.  Unused
bits are reserved and must be zero.

From the single `FORMATS` declaration this module derives

* `encode` / `decode` (Python ints <-> `Instr`), with range checks on every field;
* `assemble` / `disassemble` (one instruction per text line);
* `layout(op)`, the Amaranth `data.StructLayout` of each format, used by the RTL
  decoder (a test checks that it places every field where `encode` does).

Since ISA version 5 two of the token flags act (`accel.timing`, "Overlap"): a POST
with ``push_prev`` pushes a token when it has written its last output, and a GEMM
with ``pop_next`` does not issue before it can pop one (the compiler pairs a layer's
last POST with the next layer's first GEMM, which reads what that POST writes).  Since
version 6 the other two act for weight loads: a LOAD of the weight buffer with
``push_next`` runs behind the controller and pushes a token when its last word is
written, and a GEMM with ``pop_prev`` does not issue before it can pop one (the
compiler double-buffers weight blocks and loads the next block while the GEMMs of
this one run).  On other instructions they are reserved (nothing acts on them).
Version 7 adds POST mode NORM (LightNorm, `NormOp`) and its ``norm`` field (whose
fourth value, APPLY_OR, the max-pool after a LightNorm, came later in version 7:
no build of an earlier version 7 had LightNorm units).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

__all__ = ["DENSE_WINDOW", "field_of", "conv_feature", "ENGINE_OPCODES", "DMA_BUFFERS", "dma_refused", "LOAD_OPTION_BUFFER", "load_option_refused", "Rule", "POST_RULES",
    "ISA_VERSION", "WORD_BITS", "WORD_BYTES", "Opcode", "Buf", "PostMode", "GemmMode",
    "NormOp", "norm_applies", "post_merges", "NORM_RULES", "post_rules", "NORM_ENTRIES", "NORM_READS", "NORM_CHUNKING", "NORM_WRITES",
    "PE_KIND_MODE", "GEMM_RULES",
    "Field", "HEADER", "FORMATS", "Instr", "DecodeError", "EncodeError",
    "encode", "decode", "assemble", "disassemble", "layout", "field_offsets",
    "LOOP_BODY_OPS", "LoopError", "unroll", "loop_stepped",
]

ISA_VERSION = 7
WORD_BITS = 128
WORD_BYTES = WORD_BITS // 8


class Opcode(enum.IntEnum):
    LOAD = 1     #: DRAM -> on-chip buffer, 2-D strided (one row per bank)
    STORE = 2    #: act or out buffer -> DRAM, 2-D strided
    GEMM = 3     #: array pass over a tile: XNOR-popcount (bit planes optional)
    POST = 4     #: accumulators -> thresholds -> activation bits, or raw scores
    LOOP = 5     #: repeat the next ``body`` instructions ``count`` times, stepping addresses
    FINISH = 15  #: end of program: raise ``done``


class Buf(enum.IntEnum):
    ACT = 0      #: activations, one bank per array row, lane_bits words
    WEIGHT = 1   #: weights, one bank per array column, lane_bits words
    THRESH = 2   #: thresholds/offsets, one bank per array column, acc_bits entries
    OUT = 3      #: raw scores, one bank per array row, cols*acc_bits entries


#: The engine that executes each opcode; LOOP and FINISH are the controller's own.  The
#: model's engines (`accel.model.engines`) and the RTL's (`accel.hdl.top`) follow it.
ENGINE_OPCODES = {"load": (Opcode.LOAD,), "store": (Opcode.STORE,), "gemm": (Opcode.GEMM,),
                  "post": (Opcode.POST,)}


#: The buffers a LOAD may fill and a STORE may read (the out buffer is written by POST
#: only; weights and thresholds come from DRAM and are never written back).  The model
#: (`accel.model.engines`) and the RTL's decode (`accel.hdl.load`, `accel.hdl.store`) both
#: read it.
DMA_BUFFERS = {Opcode.LOAD: (Buf.ACT, Buf.WEIGHT, Buf.THRESH),
               Opcode.STORE: (Buf.ACT, Buf.OUT)}


def dma_refused(op: "Opcode") -> tuple:
    """The buffers a LOAD or STORE may not name, in `Buf` order."""
    return tuple(b for b in Buf if b not in DMA_BUFFERS[Opcode(op)])


#: A LOAD option and the one buffer it applies to: ``push_next`` (a decoupled LOAD: POST
#: writes the other buffers, so only the weight buffer has the load engine as its one
#: writer) and ``narrow`` (one bus beat per activation word).  The model and the RTL's
#: decode (`accel.hdl.load`) refuse it on another buffer.
LOAD_OPTION_BUFFER = {"push_next": Buf.WEIGHT, "narrow": Buf.ACT}
_LOAD_OPTION_WHAT = {"push_next": "a LOAD that runs behind the controller",
                     "narrow": "one bus beat per word"}


def load_option_refused(ins: "Instr") -> str | None:
    """Why LOAD ``ins`` may not use one of its options (`LOAD_OPTION_BUFFER`), or None."""
    for name, buf in LOAD_OPTION_BUFFER.items():
        if getattr(ins, name) and ins.buf != buf:
            return (f"{name} ({_LOAD_OPTION_WHAT[name]}) is for the {buf.name.lower()} "
                    f"buffer only, not {Buf(ins.buf).name.lower()}")
    return None


class PostMode(enum.IntEnum):
    #: y = sum over k < 2**out_bits - 1 of [acc >= thresh[thr_addr + k][c]]; digit d
    #: of y (bits ``d*n .. d*n + n - 1``, ``n`` = the config's ``elem_bits``: one bit
    #: for XNOR) goes to element ``c`` of lane ``lane`` of act word ``dst_addr + d *
    #: plane_stride``.  With
    #: ``shortcut`` (residual, out_bits 1): y = [acc >= thresh[thr_addr + s][c]], s the
    #: shortcut bit of column c (lane ``lane`` of act word ``src_addr``)
    THRESHOLD = 0
    RAW = 1        #: score = (acc << shift) - thresh[c]; written to the out buffer
    OR = 2         #: as THRESHOLD (out_bits 1), OR-ed into the lane: binary max-pool
    #: LightNorm (`AccelConfig.lightnorm`), the step `norm` (`NormOp`) names; the
    #: pre-activation ``d = (acc << shift) - offset`` as RAW computes it
    NORM = 3


class NormOp(enum.IntEnum):
    """The steps of a NORM POST.  Each reads entries of the layer tile's LightNorm
    block at ``thr_addr`` (`NORM_ENTRIES`, `NORM_READS`)."""
    #: y = LightNorm(d) with the block's mean, scale and bias
    #: (`accel.lightnorm.apply`), then the activation: sign (out_bits 1, bit 1 for y >=
    #: 0) or the level ``clamp(floor(y + 1/2), 0, 2**out_bits - 1)``, written as THRESHOLD
    #: writes its levels
    APPLY = 0
    #: add BFP(d) of every row to the statistics (`accel.hdl.lightnorm.LightNormStats`,
    #: chunked as the block's chunking entry says); writes nothing
    STAT = 1
    #: finalize the statistics into the block's mean and scale entries (``mean =
    #: T(sum * T(1/n))``, ``scale = T(gain * T(1/range))``) and clear them
    FIN = 2
    #: as APPLY (sign, out_bits 1), OR-ed into the lane as `PostMode.OR` does: the
    #: binary max-pool after a LightNorm (a convolution's pool window's later pixels)
    APPLY_OR = 3


def norm_applies(ins) -> object:
    """Whether POST ``ins`` is a NORM that normalizes and writes levels (APPLY,
    APPLY_OR); on an `Instr` or the RTL's view of one alike (`Rule`)."""
    return (ins.mode == PostMode.NORM) & ((ins.norm == NormOp.APPLY)
                                         | (ins.norm == NormOp.APPLY_OR))


def post_merges(ins) -> object:
    """Whether POST ``ins`` ORs its bits into the lane (a binary max-pool): mode OR or
    NORM APPLY_OR; on an `Instr` or the RTL's view of one alike."""
    return (ins.mode == PostMode.OR) | ((ins.mode == PostMode.NORM)
                                        & (ins.norm == NormOp.APPLY_OR))


#: The entries of a layer tile's LightNorm block, per column, from ``thr_addr``: the
#: pre-activation's offset, the statistics-format codes of the mean, scale and bias
#: (`accel.lightnorm.stat_encode`), the chunking (`NORM_CHUNKING`, in columns) and the
#: gain ``T(gamma * sqrt(2 ln(n/k)))``.
NORM_ENTRIES = ("offset", "mean", "scale", "bias", "chunking", "gain")
#: The block's entries each step reads, in order, one per cycle.
_APPLY_READS = ("offset", "mean", "scale", "bias")
NORM_READS = {NormOp.APPLY: _APPLY_READS, NormOp.STAT: ("offset", "chunking"),
              NormOp.FIN: ("chunking", "gain"), NormOp.APPLY_OR: _APPLY_READS}
#: The chunking entry's columns: ``T(1/n)`` and ``T(1/k)`` codes and
#: `accel.lightnorm.chunking`'s ``size``, ``longer`` and ``k``.
NORM_CHUNKING = ("inv_n", "inv_k", "size", "longer", "chunks")
#: The entries a FIN writes.
NORM_WRITES = ("mean", "scale")


class GemmMode(enum.IntEnum):
    XNOR = 0       #: acc += sum over planes p of popcount(XNOR(a_p, w)) << p
    #: acc += sum over digit planes p of (sum_i a_p,i * v(w_i)) << (elem_bits * p), with
    #: ``v`` the ESB value of code ``w_i`` (`accel.numformats`)
    ESB = 1
    INT = 2        #: as ESB with two's-complement integer weights


#: The GEMM mode of each PE kind (`AccelConfig.pe_kind`): a GEMM runs on its kind only.
PE_KIND_MODE = {"xnor": GemmMode.XNOR, "esb": GemmMode.ESB, "int": GemmMode.INT}


@dataclass(frozen=True)
class Field:
    """One bit field of an instruction format.

    ``lo``/``hi`` bound the legal values (``hi`` defaults to the field's maximum);
    ``enum`` names the values of an enumerated field; a ``signed`` field is two's
    complement (``lo`` defaults to its minimum); a field with a ``default`` may be left
    out (an option added to a format: programs that do not use it need not name it).
    """
    name: str
    width: int
    lo: int | None = None
    hi: int | None = None
    enum: type | None = None
    doc: str = ""
    signed: bool = False
    default: int | None = None

    def __post_init__(self):
        if self.lo is None:
            object.__setattr__(self, "lo", -(1 << (self.width - 1)) if self.signed else 0)

    @property
    def max(self) -> int:
        if self.hi is not None:
            return self.hi
        if self.enum is not None:
            return max(self.enum)
        return (1 << (self.width - 1)) - 1 if self.signed else (1 << self.width) - 1

    def to_bits(self, v: int) -> int:
        return v & ((1 << self.width) - 1)

    def from_bits(self, raw: int) -> int:
        if self.signed and raw >> (self.width - 1):
            return raw - (1 << self.width)
        return raw

    def legal(self, v: int) -> bool:
        if self.enum is not None:
            return v in {int(e) for e in self.enum}
        return self.lo <= v <= self.max


HEADER: tuple[Field, ...] = (
    Field("opcode", 4, enum=Opcode),
    Field("pop_prev", 1, doc="wait for a token from the previous engine"),
    Field("pop_next", 1, doc="wait for a token from the next engine"),
    Field("push_prev", 1, doc="send a token to the previous engine when done"),
    Field("push_next", 1, doc="send a token to the next engine when done"),
)
TOKEN_FLAGS = tuple(f.name for f in HEADER[1:])

_DMA = (
    Field("buf", 2, enum=Buf, doc="on-chip buffer"),
    Field("sram_addr", 16, doc="first word in every bank"),
    Field("banks", 9, lo=1, hi=256, doc="banks 0..banks-1 take part"),
    Field("words", 16, lo=1, doc="words per bank"),
    Field("dram_addr", 32, doc="byte address of bank 0's first word"),
    Field("dram_stride", 32, doc="bytes between consecutive banks' data in DRAM"),
)

FORMATS: dict[Opcode, tuple[Field, ...]] = {
    Opcode.LOAD: _DMA + (
        Field("narrow", 1, default=0, doc="act only: each word is one bus beat in DRAM (its low "
              "8 * dram_bytes_per_cycle bits; the rest of the word is ones, the pad bit)"),),
    Opcode.STORE: _DMA,
    Opcode.GEMM: (
        Field("mode", 2, enum=GemmMode),
        Field("accumulate", 1, doc="0: clear the accumulators first"),
        Field("act_addr", 16, doc="word 0 of the window's top-left pixel (iy0, ix0) in "
                                         "plane 0, modulo 2**16 (it may lie in the padding)"),
        Field("w_addr", 16, doc="weight word of step 0"),
        Field("words", 11, lo=1, doc="words per pixel (a dense layer: its whole input)"),
        Field("planes", 4, lo=1, hi=8, doc="bit planes of the input (1 = binary)"),
        Field("plane_stride", 16, doc="activation words between planes"),
        Field("kh", 3, lo=1, hi=7, doc="window rows"),
        Field("kw", 3, lo=1, hi=7, doc="window columns"),
        Field("fm_h", 8, lo=1, doc="feature-map rows"),
        Field("fm_w", 8, lo=1, doc="feature-map columns"),
        Field("iy0", 9, signed=True, doc="window's top row (negative: in the padding)"),
        Field("ix0", 9, signed=True, doc="window's left column"),
        Field("pad", 1, doc="padding pixels read as +1 (1) or -1 / code 0 (0)"),
        Field("tail_bits", 9, doc="valid bits in a pixel's last word (0: all)"),
    ),
    Opcode.POST: (
        Field("mode", 2, enum=PostMode),
        Field("thr_addr", 16, doc="first threshold entry (per column bank)"),
        Field("dst_addr", 16, doc="act word of bit 0 (THRESHOLD) or out entry (RAW)"),
        Field("lane", 8, doc="THRESHOLD: which cols-bit lane of the act word"),
        Field("shift", 1, doc="RAW: accumulator left shift before the offset"),
        Field("out_bits", 4, lo=1, hi=8, doc="THRESHOLD: output bits (2**out_bits - 1 "
                                               "thresholds); RAW: 1"),
        Field("plane_stride", 16, doc="THRESHOLD: act words between output bit planes"),
        Field("shortcut", 1, doc="residual: column c compares with entry thr_addr + b, b the "
                                 "bit of column c in lane `lane` of act word src_addr "
                                 "(out_bits 1)"),
        Field("src_addr", 16, doc="shortcut: act word holding the block input's bits"),
        Field("norm", 2, enum=NormOp, default=0, doc="NORM: the LightNorm step (`NormOp`)"),
    ),
    Opcode.LOOP: (
        Field("count", 16, lo=1, doc="iterations (1: the body runs once)"),
        Field("body", 8, lo=1, doc="instructions after the LOOP that repeat (GEMM/POST only)"),
        Field("act_step", 16, doc="added (mod 2**16) to each body GEMM's act_addr per iteration"),
        Field("ix_step", 9, signed=True, doc="added to each body GEMM's ix0 per iteration"),
        Field("dst_step", 16, doc="added (mod 2**16) to each body POST's dst_addr per iteration"),
        Field("src_step", 16, doc="added (mod 2**16) to each body POST's src_addr per iteration"),
    ),
    Opcode.FINISH: (),
}

#: The GEMM window of a dense layer: one 1x1 "pixel" whose words are the input vector.
DENSE_WINDOW = dict(kh=1, kw=1, fm_h=1, fm_w=1, iy0=0, ix0=0, pad=0, tail_bits=0)


def conv_feature(ins: "Instr") -> str | None:
    """What convolution hardware ``ins`` needs (None for dense GEMMs and the rest): an
    accelerator built with ``conv = False`` has none of it."""
    if ins.op == Opcode.LOOP:
        return "LOOP"
    if ins.op == Opcode.GEMM and any(getattr(ins, k) != v for k, v in DENSE_WINDOW.items()):
        return "a GEMM convolution window"
    if ins.op == Opcode.POST and ins.mode == PostMode.OR:
        return "POST OR (max-pool)"
    if ins.op == Opcode.POST and ins.mode == PostMode.NORM and ins.norm == NormOp.APPLY_OR:
        return "POST NORM APPLY_OR (max-pool)"
    if ins.op == Opcode.POST and ins.shortcut:
        return "a POST shortcut (residual)"
    return None


@dataclass(frozen=True)
class Rule:
    """A legality rule that the RTL's issue stage and the golden model both enforce.

    ``refused(ins, cfg)`` uses only ``& | == != >`` on the instruction's fields, so it
    evaluates on an `Instr` (Python integers: the model) and on the RTL's view of the
    instruction word (Amaranth values: a signal in `accel.hdl.post`) alike; the rule is
    written once.  ``message(ins, cfg)`` says why, for the model's error.
    """
    refused: object
    message: object


#: What makes a GEMM illegal for the accelerator ``cfg`` (besides its addresses).
GEMM_RULES = (
    Rule(lambda i, c: i.mode != PE_KIND_MODE[c.pe_kind],
         lambda i, c: f"mode = {GemmMode(i.mode).name} but the accelerator's PEs are "
                      f"{c.pe_kind!r} ({PE_KIND_MODE[c.pe_kind].name})"),
    Rule(lambda i, c: (i.tail_bits != 0) & c.multibit,
         lambda i, c: f"tail_bits = {i.tail_bits}: multi-bit PEs have no pad-bit matching "
                      "(a word's unused elements have weight 0)"),
)

#: What makes a POST illegal for the accelerator ``cfg`` (besides its addresses).
POST_RULES = (
    Rule(lambda i, c: (i.mode != PostMode.RAW) & (i.out_bits > c.act_bits_max),
         lambda i, c: f"out_bits = {i.out_bits} but the threshold unit makes at most "
                      f"act_bits_max = {c.act_bits_max}"),
    Rule(lambda i, c: ((i.mode == PostMode.OR) | i.shortcut) & (not c.conv),
         lambda i, c: f"{conv_feature(i)} needs convolution hardware, but config "
                      f"{c.name!r} has conv = False"),
    Rule(lambda i, c: (i.mode == PostMode.OR) & (i.out_bits != 1),
         lambda i, c: f"OR (max-pool) takes out_bits = 1, got {i.out_bits}"),
    Rule(lambda i, c: i.shortcut & ((i.mode == PostMode.RAW) | (i.out_bits != 1)),
         lambda i, c: "a RAW (score) POST has no shortcut" if i.mode == PostMode.RAW
         else f"a shortcut POST makes 1 bit, got out_bits = {i.out_bits}"),
    Rule(lambda i, c: i.shortcut & c.multibit,
         lambda i, c: f"a shortcut POST picks a threshold by a +-1 input bit; the "
                      f"{c.pe_kind!r} PEs take unsigned multi-bit inputs"),
)

#: What makes a NORM (LightNorm) POST illegal.  The model checks them with `POST_RULES`
#: on every accelerator; the RTL only where it has LightNorm units
#: (`AccelConfig.lightnorm`): a build without them has the logic of the ISA before
#: NORM (which never decoded mode 3: programs for it never hold one, the compiler
#: refuses to emit one, and the model refuses to run one).
NORM_RULES = (
    Rule(lambda i, c: (i.mode == PostMode.NORM) & (not c.lightnorm),
         lambda i, c: f"a NORM (LightNorm) POST needs LightNorm units, but config {c.name!r} "
                      "has lightnorm = False"),
    Rule(lambda i, c: (i.mode != PostMode.NORM) & (i.norm != NormOp.APPLY),
         lambda i, c: f"norm = {i.norm} is for a NORM POST, not {PostMode(i.mode).name}"),
    Rule(lambda i, c: ((i.mode == PostMode.NORM) & (i.norm != NormOp.APPLY)
                       & (i.norm != NormOp.APPLY_OR) & (i.out_bits != 1)),
         lambda i, c: f"a NORM {NormOp(i.norm).name} writes no activations: out_bits = 1, "
                      f"got {i.out_bits}"),
    Rule(lambda i, c: (i.mode == PostMode.NORM) & (i.norm == NormOp.APPLY_OR) & (i.out_bits != 1),
         lambda i, c: f"NORM APPLY_OR (max-pool) takes out_bits = 1, got {i.out_bits}"),
    Rule(lambda i, c: (i.mode == PostMode.NORM) & (i.norm == NormOp.APPLY_OR) & (not c.conv),
         lambda i, c: f"{conv_feature(i)} needs convolution hardware, but config "
                      f"{c.name!r} has conv = False"),
    Rule(lambda i, c: (i.mode == PostMode.NORM) & i.shortcut,
         lambda i, c: "a NORM POST has no shortcut"),
)


def post_rules(cfg) -> tuple:
    """The POST rules the RTL of ``cfg`` checks (`NORM_RULES` only with LightNorm units)."""
    return POST_RULES + (NORM_RULES if cfg.lightnorm else ())


#: Opcodes a LOOP body may hold (the loop steps their addresses; no nesting).
LOOP_BODY_OPS = (Opcode.GEMM, Opcode.POST)

for _op, _fs in FORMATS.items():  # the declaration itself is checked at import
    assert sum(f.width for f in HEADER + _fs) <= WORD_BITS, _op


class EncodeError(ValueError):
    """An instruction field is missing, unknown or out of range."""


class DecodeError(ValueError):
    """A word is not a valid instruction (names the word and the field)."""


class LoopError(ValueError):
    """A LOOP is malformed: its body runs past the program, nests, or holds an opcode
    other than GEMM/POST, or stepping moves a field out of its range."""


class Instr:
    """One decoded instruction: an opcode, its fields and the token flags.

    Fields are attributes (``ins.words``); missing token flags default to 0.
    """

    __slots__ = ("op", "f")

    def __init__(self, op, **fields):
        op = Opcode(op)
        object.__setattr__(self, "op", op)
        names = {f.name for f in FORMATS[op]} | set(TOKEN_FLAGS)
        unknown = set(fields) - names
        if unknown:
            raise EncodeError(f"{op.name}: unknown field(s) {sorted(unknown)}; "
                              f"fields are {[f.name for f in FORMATS[op]]} + {list(TOKEN_FLAGS)}")
        missing = [f.name for f in FORMATS[op] if f.name not in fields and f.default is None]
        if missing:
            raise EncodeError(f"{op.name}: missing field(s) {missing}")
        vals = {t: 0 for t in TOKEN_FLAGS}
        vals.update({f.name: f.default for f in FORMATS[op] if f.default is not None})
        for f in HEADER[1:] + FORMATS[op]:
            if f.name in fields:
                v = fields[f.name]
                if isinstance(v, bool):
                    v = int(v)
                if not isinstance(v, int):
                    raise EncodeError(f"{op.name}.{f.name} = {v!r} is not an integer")
                v = int(v)
                if not f.legal(v):
                    rng = (f"one of {[e.name for e in f.enum]}" if f.enum
                           else f"{f.lo}..{f.max}")
                    raise EncodeError(f"{op.name}.{f.name} = {v} is out of range ({rng})")
                vals[f.name] = v
        object.__setattr__(self, "f", vals)

    def replace(self, **changes) -> "Instr":
        """A copy with some fields changed; the new values must be legal (unchecked:
        for the model's hot loop, whose callers check what can go out of range)."""
        new = object.__new__(Instr)
        object.__setattr__(new, "op", self.op)
        object.__setattr__(new, "f", {**self.f, **changes})
        return new

    def __getattr__(self, name):
        try:
            return self.f[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        raise AttributeError("Instr is immutable")

    def __eq__(self, other):
        return isinstance(other, Instr) and self.op == other.op and self.f == other.f

    def __hash__(self):
        return hash((self.op, tuple(sorted(self.f.items()))))

    def __repr__(self):
        return f"Instr({disassemble(self)})"


def field_of(op: Opcode, name: str) -> Field:
    """The field ``name`` of ``op``'s format (`KeyError` if it has none)."""
    for f in FORMATS[op]:
        if f.name == name:
            return f
    raise KeyError(f"{op.name} has no field {name!r}")


def field_offsets(op: Opcode) -> dict[str, tuple[int, int]]:
    """``{field: (bit offset, width)}`` for the full word of ``op``."""
    out, pos = {}, 0
    for f in HEADER + FORMATS[Opcode(op)]:
        out[f.name] = (pos, f.width)
        pos += f.width
    return out


def encode(ins: Instr) -> int:
    """The 128-bit word of ``ins`` as a Python int."""
    word = 0
    fields = {f.name: f for f in HEADER + FORMATS[ins.op]}
    for name, (off, _) in field_offsets(ins.op).items():
        v = int(ins.op) if name == "opcode" else fields[name].to_bits(ins.f[name])
        word |= v << off
    return word


def decode(word: int, index: int | None = None) -> Instr:
    """Decode one word, or raise `DecodeError` naming the word and the field."""
    where = f"word {index}" if index is not None else "word"
    if not 0 <= word < (1 << WORD_BITS):
        raise DecodeError(f"{where}: {word:#x} is not a {WORD_BITS}-bit value")
    opc = word & 0xF
    if opc not in {int(o) for o in Opcode}:
        raise DecodeError(f"{where} ({word:#034x}): field opcode = {opc} is not an opcode "
                          f"(valid: {', '.join(f'{o.name}={int(o)}' for o in Opcode)})")
    op = Opcode(opc)
    vals, pos = {}, 0
    for f in HEADER + FORMATS[op]:
        v = f.from_bits((word >> pos) & ((1 << f.width) - 1))
        pos += f.width
        if f.name == "opcode":
            continue
        if not f.legal(v):
            raise DecodeError(f"{where} ({word:#034x}): {op.name} field {f.name} = {v} is "
                              f"out of range")
        vals[f.name] = v
    if word >> pos:
        raise DecodeError(f"{where} ({word:#034x}): {op.name} reserved bits [{pos}:{WORD_BITS}] "
                          f"are {word >> pos:#x}, must be 0")
    return Instr(op, **vals)


def encode_bytes(instrs) -> bytes:
    return b"".join(encode(i).to_bytes(WORD_BYTES, "little") for i in instrs)


def decode_bytes(blob: bytes) -> list[Instr]:
    if len(blob) % WORD_BYTES:
        raise DecodeError(f"instruction stream of {len(blob)} bytes is not a multiple of "
                          f"{WORD_BYTES}")
    return [decode(int.from_bytes(blob[i:i + WORD_BYTES], "little"), i // WORD_BYTES)
            for i in range(0, len(blob), WORD_BYTES)]


# --- loops -------------------------------------------------------------------------------
def loop_stepped(ins: Instr, loop: Instr, i: int) -> Instr:
    """Body instruction ``ins`` as iteration ``i`` of ``loop`` executes it.

    GEMM: ``act_addr += i*act_step`` (mod 2**16), ``ix0 += i*ix_step``; POST:
    ``dst_addr += i*dst_step``, ``src_addr += i*src_step`` (mod 2**16).  A stepped ``ix0`` outside its field's range
    raises `LoopError` (the RTL's adder would wrap it).
    """
    if i == 0:
        return ins
    if ins.op == Opcode.GEMM:
        ix0 = ins.ix0 + i * loop.ix_step
        if not _IX0.lo <= ix0 <= _IX0.max:
            raise LoopError(f"LOOP iteration {i}: GEMM ix0 = {ix0} leaves its range "
                            f"{_IX0.lo}..{_IX0.max}")
        return ins.replace(act_addr=(ins.act_addr + i * loop.act_step) % (1 << 16), ix0=ix0)
    if ins.op == Opcode.POST:
        return ins.replace(dst_addr=(ins.dst_addr + i * loop.dst_step) % (1 << 16),
                           src_addr=(ins.src_addr + i * loop.src_step) % (1 << 16))
    return ins


_IX0 = field_of(Opcode.GEMM, "ix0")


def unroll(instrs):
    """The executed instruction stream: ``(index, Instr)`` pairs in issue order.

    A LOOP is issued once (it yields itself); its body is then issued ``count`` times,
    stepped by `loop_stepped`.  ``index`` is the position of the (unstepped) instruction
    in ``instrs``.  Raises `LoopError` for a malformed loop.
    """
    j, n = 0, len(instrs)
    while j < n:
        ins = instrs[j]
        yield j, ins
        if ins.op != Opcode.LOOP:
            j += 1
            continue
        body = instrs[j + 1:j + 1 + ins.body]
        if len(body) < ins.body:
            raise LoopError(f"instruction {j}: LOOP body of {ins.body} runs past the end of "
                            f"the program ({n} instructions)")
        for k, b in enumerate(body):
            if b.op not in LOOP_BODY_OPS:
                raise LoopError(f"instruction {j + 1 + k}: {b.op.name} inside the body of the "
                                f"LOOP at {j}; a body holds only GEMM and POST")
        for i in range(ins.count):
            for k, b in enumerate(body):
                yield j + 1 + k, loop_stepped(b, ins, i)
        j += 1 + ins.body


# --- text form ---------------------------------------------------------------------------
def disassemble(ins: Instr) -> str:
    """``OPCODE field=value ... [+token ...]``; enum fields print their names, options at
    their default are left out."""
    parts = [ins.op.name]
    for f in FORMATS[ins.op]:
        v = ins.f[f.name]
        if f.default is not None and v == f.default:      # an option left at its default
            continue
        if f.enum is not None:
            parts.append(f"{f.name}={f.enum(v).name.lower()}")
        elif f.name.startswith("dram_"):
            parts.append(f"{f.name}={v:#x}")
        else:
            parts.append(f"{f.name}={v}")
    parts += [f"+{t}" for t in TOKEN_FLAGS if ins.f[t]]
    return " ".join(parts)


def assemble(line: str) -> Instr:
    """Parse one line of `disassemble` output (``#`` starts a comment)."""
    text = line.split("#", 1)[0].strip()
    if not text:
        raise EncodeError(f"empty instruction line {line!r}")
    head, *rest = text.split()
    try:
        op = Opcode[head.upper()]
    except KeyError:
        raise EncodeError(f"unknown opcode {head!r}; opcodes: {[o.name for o in Opcode]}") from None
    fmt = {f.name: f for f in FORMATS[op]}
    fields = {}
    for tok in rest:
        if tok.startswith("+"):
            fields[tok[1:]] = 1
            continue
        if "=" not in tok:
            raise EncodeError(f"{op.name}: expected field=value, got {tok!r}")
        k, v = tok.split("=", 1)
        f = fmt.get(k)
        if f is not None and f.enum is not None and not v.lstrip("-").isdigit():
            try:
                fields[k] = int(f.enum[v.upper()])
            except KeyError:
                raise EncodeError(f"{op.name}.{k}: {v!r} is not one of "
                                  f"{[e.name.lower() for e in f.enum]}") from None
        else:
            try:
                fields[k] = int(v, 0)
            except ValueError:
                raise EncodeError(f"{op.name}.{k}: {v!r} is not an integer") from None
    return Instr(op, **fields)


# --- Amaranth layouts ----------------------------------------------------------------------
def layout(op: Opcode):
    """The `amaranth.lib.data.StructLayout` of one instruction format (128 bits)."""
    from amaranth import signed, unsigned
    from amaranth.lib import data
    fs = HEADER + FORMATS[Opcode(op)]
    members = {f.name: (signed if f.signed else unsigned)(f.width) for f in fs}
    used = sum(f.width for f in fs)
    if used < WORD_BITS:
        members["reserved"] = WORD_BITS - used
    return data.StructLayout(members)
