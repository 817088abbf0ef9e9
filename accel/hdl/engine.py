"""What the engines of `accel.hdl.top.Accelerator` share: the command port between the
controller and an engine, the buffer request ports, and small netlist helpers.

An engine (`LoadEngine`, `StoreEngine`, `GemmEngine`, `PostEngine`) executes the
instructions of its opcodes (`accel.isa.ENGINE_OPCODES`).  Its command port,
`CommandSignature` (the controller's side; an engine has ``In(CommandSignature())``):

==============  ====  ================================================================
``decode``      out   the instruction word in the controller's decode stage, every
                      cycle (an engine registers what it precomputes from it)
``refused``     in    the engine cannot execute ``decode`` (meaningful when the word
                      is one of the engine's opcodes): the controller stops with error
``issue``       out   the word being issued (the decode stage's register)
``start``       out   one cycle: ``issue`` is this engine's; it runs from the next cycle
``instr``       out   the word issued last, held until the next issue
``done``        in    the last cycle the engine holds the controller (the controller
                      may issue the next word in the cycle after); a GEMM or POST
                      engine goes on working after it (`accel.timing`, "Overlap")
``busy``        in    the engine still works on an instruction (LOAD, STORE and
                      FINISH wait until no engine is busy)
``acc_hold``    in    the engine still needs the accumulators as they are or the
                      activation read port (a GEMM must not issue): the POST engine
``push``        in    one cycle: a token pushed to the previous engine (POST with
                      ``push_prev``, at its end)
==============  ====  ================================================================

An engine that is not running drives zero on every buffer request (its read address
registers are cleared when it finishes), so the top joins the requests of several
engines to one buffer port with an OR (`join`).
"""

from __future__ import annotations

import functools
import operator

from amaranth import Array, Cat, Const, Mux, Signal
from amaranth.lib import data, wiring
from amaranth.lib.wiring import In, Out

from .. import isa
from ..config import AccelConfig
from ..isa import Buf

__all__ = ["CommandSignature", "ReadRequest", "WriteRequest", "join", "bits", "select",
           "times", "per_buf", "WindowView", "inc_layout", "running", "check_config"]


class CommandSignature(wiring.Signature):
    """The controller's side of an engine's command port (see the module docstring)."""

    def __init__(self):
        super().__init__({
            "decode": Out(isa.WORD_BITS), "refused": In(1),
            "issue": Out(isa.WORD_BITS), "start": Out(1), "instr": Out(isa.WORD_BITS),
            "done": In(1), "busy": In(1), "acc_hold": In(1), "push": In(1),
        })


class ReadRequest(wiring.Signature):
    """A buffer read, the requesting engine's side: the word at ``addr`` is read at the
    clock edge when ``en`` is high (``addr`` is a register in the engine)."""

    def __init__(self, addr_bits: int):
        super().__init__({"addr": Out(addr_bits), "en": Out(1)})


class WriteRequest(wiring.Signature):
    """A buffer write, the requesting engine's side: ``data`` to word ``addr``, the
    parts ``en`` selects (one enable per bank or lane), registered in the buffers and
    written a cycle later."""

    def __init__(self, addr_bits: int, data_bits: int, en_bits: int):
        super().__init__({"addr": Out(addr_bits), "data": Out(data_bits),
                          "en": Out(en_bits)})


def join(m, sink, *sources):
    """Drive every member of the buffer port ``sink`` with the OR of the same member
    of ``sources``: the engines' requests, each zero while its engine does not use
    the port."""
    for name in sink.signature.members:
        vals = [getattr(s, name) for s in sources]
        m.d.comb += getattr(sink, name).eq(functools.reduce(operator.or_, vals))


def inc_layout(names) -> data.StructLayout:
    """The shape of an engine's ``inc`` port: one 16-bit increment per counter name
    (`accel.perfcounters.hw_counters`) the engine counts."""
    return data.StructLayout({n: 16 for n in names})


def bits(n: int) -> int:
    """Address bits of ``n`` words (at least 1)."""
    return max(1, (n - 1).bit_length())


def select(value, index, width: int):
    """``value.word_select(index, width)`` as a mux tree.

    A variable part-select makes every output bit depend on every input bit, which
    slows Amaranth's netlist checks quadratically on the wide buffer words; a mux over
    the words has one input per word per output bit.
    """
    n = len(value) // width
    if n == 1:
        return value[:width]
    return Array(value[i * width:(i + 1) * width] for i in range(n))[index]


def times(value, k: int):
    """``value * k`` for a constant ``k``, as a sum of shifts: a multiplier here would
    become a DSP block (3.9 ns on an ECP5) in the decode stage's one cycle."""
    terms = [value << i for i in range(k.bit_length()) if k >> i & 1]
    total = terms[0] if terms else Const(0)
    for t in terms[1:]:
        total = total + t
    return total


def per_buf(sel, values: dict):
    """Mux over the four buffers by a `Buf`-valued signal."""
    out = values["out"]
    for b in ("thresh", "weight", "act"):
        out = Mux(sel == int(Buf[b.upper()]), values[b], out)
    return out


class WindowView:
    """A GEMM `data.View`; without convolution hardware its window fields are the
    constants of `isa.DENSE_WINDOW` and ``dense_ok`` says the instruction asks no more."""

    def __init__(self, view, conv: bool):
        self._view, self._conv = view, conv
        self.dense_ok = Const(1) if conv else \
            Cat(*[getattr(view, k) == v for k, v in isa.DENSE_WINDOW.items()]).all()

    def __getattr__(self, name):
        if not self._conv and name in isa.DENSE_WINDOW:
            return Const(isa.DENSE_WINDOW[name])
        return getattr(self._view, name)


def running(m, cmd):
    """A register high from the cycle after ``cmd.start`` through ``cmd.done``: the
    engine holds an instruction."""
    active = Signal(name="active")
    with m.If(cmd.start):
        m.d.sync += active.eq(1)
    with m.Elif(cmd.done):
        m.d.sync += active.eq(0)
    return active


def check_config(cfg) -> AccelConfig:
    """``cfg`` if it is an `AccelConfig`; a component's constructor starts with it."""
    if not isinstance(cfg, AccelConfig):
        raise TypeError(f"cfg must be an AccelConfig, not {type(cfg).__name__}")
    return cfg
