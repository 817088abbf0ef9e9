"""Cycle cost of every instruction, in closed form.

This module is the timing contract between the golden model and the RTL: the model
adds these numbers up, and the RTL (co-simulated) must take exactly as many cycles.

Execution is in-order: the controller issues one instruction (`ISSUE_CYCLES`) to its
engine, which *holds* the controller for some cycles (below) and then lets it issue
the next, while the GEMM and POST engines may go on working behind it (see
"Overlap").  The next instruction is fetched and decoded meanwhile, through a
pipeline of three cycles from its address to its ISSUE (the instruction memory's read,
a register, the decode) behind an address register, which every engine's three or more
cycles hide.  The total for
a run of a program is

    cycles = START_CYCLES + sum over instructions of (ISSUE_CYCLES + engine_cycles(instr))

where `START_CYCLES` bring the first instruction through the fetch pipeline.

Each engine's cycles split into *busy* cycles (data moves) and *stall* cycles (the
engine holds the instruction but no data moves: DRAM latency, array fill/drain,
pipeline latency).  Counters with those names exist in model and RTL alike.

Formulas (R = rows, C = cols of the array):

* LOAD: ``busy = beats = banks * words * dram_word_bytes(buf) / B`` (``B`` =
  ``dram_bytes_per_cycle``; every word is a whole number of beats; a ``narrow`` LOAD's
  words are one beat each);
  ``stall = dram_latency``.  One read burst per bank, requested on consecutive
  cycles; the memory returns the first beat ``dram_latency`` cycles after the first
  request and the rest back to back, so the latency is paid once per LOAD.
* STORE: ``busy = beats``; ``stall = STORE_LATENCY = 3`` (the buffer's read, its word
  registered, then the beat's bytes selected into a register before the bus).  Writes are posted: one addressed beat per
  cycle, no response awaited.
* GEMM (output-stationary array, operands broadcast from one register per row and
  column): ``busy = planes * kh * kw * words`` steps (a dense layer has a 1x1
  window; padding positions take their steps too); ``stall = array_latency =
  BUFFER_READ_REGS + ARRAY_INPUT_REGS + PE_LATENCY`` for the fill and drain, where
  ``PE_LATENCY =
  pop_stages + 1`` (the buffers' read latency plus the PE's pipeline registers, in
  the popcount tree and, with ``plane_dsp``, around the multiplier; the accumulator
  updates at the end of the last of these cycles).  It does not grow
  with the array's shape.
* POST: ``stall = levels + post_latency`` (the threshold entries are read one per
  cycle into registers; `POST_LATENCY` = 3: the last one's read latency, the first
  row's accumulators latched, then its levels computed into a register; one more,
  the LightNorm unit's register, on an accelerator with LightNorm units),
  ``busy = R * digits``
  (one array row of C accumulators through the C multi-threshold units, then one
  output digit plane written per cycle: ``digits = ceil(out_bits / elem_bits)``, the
  output bits for XNOR, `post_digits`).  ``levels = 2**out_bits - 1`` for THRESHOLD
  and 1 for RAW (whose ``out_bits`` is 1); 2 for a residual (``shortcut``) POST,
  whose shortcut word is read in the first of them.  A NORM (LightNorm) POST reads
  the entries `accel.isa.NORM_READS` names (4 for APPLY, 2 for STAT and FIN); APPLY
  writes its digits as THRESHOLD does, STAT takes one cycle per row and writes
  nothing, FIN takes ``busy = cols + 2`` (`post_steps`: one column finalized a
  cycle, then its mean and scale entries written).
* LOOP: ``LOOP_CYCLES`` = 3 (no engine: its body's first instruction goes through the
  fetch pipeline, whose address register sees the LOOP's pc a cycle after its ISSUE).  A LOOP is issued once; each iteration then issues its body
  instructions again (``ISSUE_CYCLES`` each), and jumping back to the body's first
  instruction costs nothing (the controller fetches it in place of the next).
* FINISH: 0 engine cycles.
  The sum above runs over the executed stream, `accel.isa.unroll`.

The busy and stall cycles above are the engines' counters.  How long each engine
holds the controller, and when the next instruction may issue, is:

Overlap (ISA version 5)
-----------------------
Let ``I`` be the cycle an instruction issues; the next one issues at
``I + 1 + hold`` at the earliest, later if what it needs is not ready:

* LOAD, STORE: ``hold = busy + stall`` (they end before anything else issues; a
  decoupled weight LOAD: below).
* LOOP: ``hold = LOOP_CYCLES``.
* GEMM: ``hold = max(steps, GEMM_MIN_CYCLES)``: the controller goes on after the last
  step, and the array drains behind it: the result *lands* (every accumulator holds
  it) at ``land = I + steps + array_latency + 1``.  A tile's first step does not
  clear the accumulators until the cycle before it lands (the clear is delayed by
  ``pop_stages``), so they hold the previous result until then.
* POST: ``hold = POST_ISSUE_CYCLES``.  Its engine reads the threshold entries in
  cycles ``I+1 .. I+levels``, then *selects* (latches every row's accumulators) at
  ``select = max(I + levels + 2, land + 1)`` (``land`` of the last GEMM issued before
  it), and writes its ``rows * digits`` planes (its `post_steps`) in the cycles
  ``select + L - 1 .. select + L - 2 + steps`` (``L`` = `post_latency`: ``select + 2
  ..`` without LightNorm units), the last of which is its *end*.
* A GEMM issues no earlier than ``I_post + levels + 2`` of the last POST (which then has
  read its thresholds and its activation words and will latch the accumulators before
  this GEMM's first step lands), and, if it pops a token (``pop_next``), no earlier
  than ``end + 2`` of the POST that pushed it (``push_prev``, at its end).
* A POST issues no earlier than ``end + 1`` of the previous POST (the engine's
  ``busy`` falls in the cycle of its last write, which the buffer lands a cycle later,
  before anything issued then reads it).
* LOAD, STORE and FINISH issue no earlier than ``end + 1`` of the last POST and
  ``land + 2`` of the last GEMM: every engine is idle.

Decoupled weight loads (ISA version 6)
--------------------------------------
A LOAD of the weight buffer with ``push_next`` runs behind the controller: it holds
the controller `LOAD_ISSUE_CYCLES` cycles, issues as soon as the load engine is free
(``end + 1`` of the previous such LOAD; it does not wait for the GEMM and POST
engines, which never write the weight buffer), *ends* at ``I + busy + stall`` (the
cycle a plain LOAD would let the controller go) and pushes a token then.  A GEMM
with ``pop_prev`` issues no earlier than ``end + 2`` of the LOAD whose token it pops
(tokens are popped in the order they are pushed).  Any other LOAD, a STORE and
FINISH also wait for it: no earlier than its ``end + 1``.  A GEMM that issues before
``end + 2`` and reads a weight word the LOAD writes is a race (`accel.model.schedule`).
Other buffers have writers besides the load engine (POST writes activations and
scores), so a ``push_next`` LOAD of them is refused.

A run's cycles are the FINISH's issue cycle + 1 (the first instruction issues at
`START_CYCLES`).  `accel.model.schedule` computes the issue cycles and checks a
program for races (a GEMM reading an activation word a running POST writes, for
lack of a token).
"""

from __future__ import annotations

from .config import AccelConfig, digit_planes
from .isa import NORM_READS, NORM_WRITES, Buf, Instr, NormOp, Opcode, PostMode, norm_applies

__all__ = ["GEMM_MIN_CYCLES", "POST_ISSUE_CYCLES", "LOAD_ISSUE_CYCLES", "async_load", "dram_word_beats", "TOKEN_MAX", "ISSUE_CYCLES", "START_CYCLES", "LOOP_CYCLES", "POST_LATENCY", "STORE_LATENCY", "post_latency", "post_steps", "BUFFER_READ_REGS", "ARRAY_INPUT_REGS", "pe_latency", "array_latency", "word_bytes", "post_levels", "post_digits",
           "post_compares", "gemm_steps", "gemm_valid_positions",
           "dma_beats", "instr_cycles"]

#: Issue of one instruction by the in-order controller (fetch and decode overlap the
#: previous instruction's engine).
ISSUE_CYCLES = 1
#: The fewest cycles a GEMM holds the controller: the fetch pipeline brings the next
#: instruction of a loop body to its issue in four cycles (see `accel.hdl.controller`).
GEMM_MIN_CYCLES = 4
#: The cycles a POST holds the controller (the same fetch pipeline's four).
POST_ISSUE_CYCLES = 4
#: The cycles a decoupled weight LOAD (``push_next``) holds the controller (the same
#: fetch pipeline's four).
LOAD_ISSUE_CYCLES = 4
#: Tokens each of the controller's counters holds (4 bits).
TOKEN_MAX = 15
#: Once per run: the first instruction through the fetch pipeline after start.
START_CYCLES = 2
#: A LOOP's cycles after its issue: its body's first instruction through the fetch
#: pipeline (the fetch address register, the memory's read, a register, the decode).
LOOP_CYCLES = 3
#: Store-engine latency: the buffer read, its word registered, then the beat's bytes
#: selected (bank, beat) into the register that drives the bus.
STORE_LATENCY = 3
#: POST cycles after the threshold reads: the last entry's read latency, a row's
#: accumulators latched (they come from the whole array), and the threshold unit's
#: output register.
POST_LATENCY = 3


def post_latency(cfg: AccelConfig) -> int:
    """`POST_LATENCY`, and one more with LightNorm units (`AccelConfig.lightnorm`): every
    POST's row then passes the normalize stage's register before it is written."""
    return POST_LATENCY + int(cfg.lightnorm)


#: Registers on the activation and weight buffers' read data, before anything else
#: (a block RAM's 5.8 ns clock to output on an ECP5 leaves no time for logic or for a
#: wire across the chip); the padding multiplexer comes after them.
BUFFER_READ_REGS = 1
#: The array's registers between its inputs and the PEs (`accel.hdl.array.INPUT_REGS`).
ARRAY_INPUT_REGS = 1

def pe_latency(cfg: AccelConfig) -> int:
    """Cycles from operands entering a PE to the accumulator holding the result."""
    return cfg.pop_stages + 1


def array_latency(cfg: AccelConfig) -> int:
    """GEMM fill and drain: cycles after the last step is issued until every
    accumulator holds it."""
    return BUFFER_READ_REGS + ARRAY_INPUT_REGS + pe_latency(cfg)


def word_bytes(cfg: AccelConfig, buf: int) -> int:
    """Bytes that one word of buffer ``buf`` occupies in DRAM."""
    return cfg.dram_word_bytes(Buf(buf).name.lower())


def dram_word_beats(cfg: AccelConfig, ins: Instr) -> int:
    """Bus beats of one word of a LOAD/STORE (a ``narrow`` LOAD's: one)."""
    if ins.op == Opcode.LOAD and ins.narrow:
        return 1
    return word_bytes(cfg, ins.buf) // cfg.dram_bytes_per_cycle


def dma_beats(cfg: AccelConfig, ins: Instr) -> int:
    """Bus beats of a LOAD/STORE (every word is a whole number of beats)."""
    return ins.banks * ins.words * dram_word_beats(cfg, ins)


def gemm_steps(ins: Instr) -> int:
    """Array steps of a GEMM: every plane, window position and word (padding too)."""
    return ins.planes * ins.kh * ins.kw * ins.words


def gemm_valid_positions(ins: Instr) -> int:
    """Window positions inside the feature map (the others read the pad word, no SRAM)."""
    rows = sum(0 <= ins.iy0 + ky < ins.fm_h for ky in range(ins.kh))
    cols = sum(0 <= ins.ix0 + kx < ins.fm_w for kx in range(ins.kw))
    return rows * cols


def post_levels(ins: Instr) -> int:
    """Threshold entries a POST reads per column (a shortcut POST reads both of its
    entries and compares with the one its shortcut bit selects; a NORM POST the
    entries of `accel.isa.NORM_READS`)."""
    if ins.mode == PostMode.NORM:
        return len(NORM_READS[NormOp(ins.norm)])
    if ins.mode == PostMode.RAW:
        return 1
    if ins.shortcut:
        return 2
    return (1 << ins.out_bits) - 1 if ins.mode == PostMode.THRESHOLD else 1


def post_digits(cfg: AccelConfig, ins: Instr) -> int:
    """Digit planes a POST writes: ``out_bits`` bits in ``elem_bits``-bit digits (one
    bit each for XNOR); one score row for RAW."""
    if ins.mode == PostMode.RAW or (ins.mode == PostMode.NORM and not norm_applies(ins)):
        return 1
    return digit_planes(ins.out_bits, cfg.elem_bits)


def post_steps(cfg: AccelConfig, ins: Instr) -> int:
    """A POST's steps, one a cycle behind its select: a row's digit planes (``rows *
    digits``; STAT: one step per row, adding it to the statistics), or a FIN's
    finalize of one column a step and then its two entry writes (``cols + 2``)."""
    if ins.mode == PostMode.NORM and ins.norm == NormOp.FIN:
        return cfg.cols + len(NORM_WRITES)
    return cfg.rows * post_digits(cfg, ins)


def post_compares(ins: Instr) -> int:
    """Threshold comparisons per column and row of a POST (one for a shortcut POST;
    none for a NORM, whose work the LightNorm counters count)."""
    if ins.mode == PostMode.NORM:
        return 0
    return 1 if ins.shortcut and ins.mode != PostMode.RAW else post_levels(ins)


def async_load(ins: Instr) -> bool:
    """Whether ``ins`` is a decoupled LOAD (of the weight buffer, with ``push_next``)."""
    return ins.op == Opcode.LOAD and bool(ins.push_next) and ins.buf == Buf.WEIGHT


def instr_cycles(cfg: AccelConfig, ins: Instr) -> tuple[int, int]:
    """``(busy, stall)`` engine cycles of one instruction (issue cycles excluded)."""
    op = ins.op
    if op == Opcode.LOAD:
        return dma_beats(cfg, ins), cfg.dram_latency
    if op == Opcode.STORE:
        return dma_beats(cfg, ins), STORE_LATENCY
    if op == Opcode.GEMM:
        return gemm_steps(ins), array_latency(cfg)
    if op == Opcode.POST:
        return post_steps(cfg, ins), post_levels(ins) + post_latency(cfg)
    if op == Opcode.LOOP:
        return 0, LOOP_CYCLES
    return 0, 0
