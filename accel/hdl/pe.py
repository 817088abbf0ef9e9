"""XNOR-popcount processing element and its pipelined popcount."""

from __future__ import annotations

import math

from amaranth import Module, Signal, unsigned
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from ..config import DSP_REGS
from .dsp import PipelinedMultiplier

__all__ = ["Popcount", "XnorPopcountPE", "PLANE_BITS", "SCALE_BITS", "KEEP_SUFFIX",
           "pipeline_levels"]

#: Width of the bit-plane index carried with each step (planes 1..8 -> index 0..7).
PLANE_BITS = 3
#: Width of a plane's one-hot weight ``1 << plane`` (`XnorPopcountPE` ``plane_dsp``).
SCALE_BITS = 1 << PLANE_BITS
#: Name suffix of the registers that are copies of each other on purpose (the array's
#: operand and control registers per PE group, each PE's multiplier scale): a synthesis
#: tool would merge identical flip-flops back into one, so the board build marks these
#: ``keep`` (`accel.board.build`).
KEEP_SUFFIX = "_keep"


def _check_bool(name, value):
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, not {value!r}")


def _check_plane_dsp(plane_dsp, pop_stages):
    _check_bool("plane_dsp", plane_dsp)
    if plane_dsp and pop_stages < 2 * DSP_REGS:
        raise ValueError(f"plane_dsp needs pop_stages >= {2 * DSP_REGS} (its last registers "
                         "hold the multiplier's operands and its product), "
                         f"not {pop_stages!r}")


def _check_int(name, value, lo, hi=None):
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an integer, not {value!r}")
    if value < lo or (hi is not None and value > hi):
        raise ValueError(f"{name} must be in {lo}..{hi if hi is not None else 'inf'}, "
                         f"not {value!r}")


def pipeline_levels(levels: int, stages: int) -> list[int]:
    """Where ``stages`` pipeline registers go in an adder tree of ``levels`` levels: the
    tree level after which each sits (0 = the inputs), one after the root and one
    before it, any more spread evenly below (with more stages than levels, some
    levels get two)."""
    last = [max(0, levels - j) for j in range(min(stages, 2))]
    rest = stages - len(last)
    return sorted(last + [max(0, -(-(levels - 1) * i // (rest + 1)))
                          for i in range(1, rest + 1)])


class Popcount(wiring.Component):
    """Number of set bits of ``i``, through a binary adder tree.

    From level `CARRY_IN_LEVEL` up, each adder also adds one input bit through its
    carry input (``a + b + c``; a carry chain takes it for nothing), so the levels
    below, which synthesis maps into LUTs, count fewer bits: on an ECP5, a 64-bit PE
    with ``plane_dsp`` and registers at levels 3, 5 and 6 took 202 LUT4s without the
    carry inputs and takes 183 with them (``synth_ecp5 -nowidelut``; 7 of the 64 bits
    enter through carry inputs, the LUT levels sum groups of 7 and 8).

    Parameters
    ----------
    width : int
        Input bits.
    stages : int
        Pipeline registers: one after the final adder and one before it (registers
        low in the tree cut it where it is widest and keep the LUT mapper from merging
        the XNORs and the first adders: on an ECP5, a 64-bit PE with registers at
        levels 2 and 4 took 279 LUT4s, with them at 5 and 6, 217, ``synth_ecp5
        -nowidelut``); any more spread over the levels below, so that no stage is
        deep (with ``plane_dsp``: at levels 5 and 6 the PE took 186 LUT4s, but its first
        stage, the XNORs and five levels, was 7 LUTs deep, 82 MHz on the ECP5 preset;
        at 3, 5 and 6 it took 202, before the carry inputs).
        With more stages than levels, some levels get two.

    Latency: ``stages`` cycles from ``i`` to ``o``.
    """

    #: The lowest tree level whose adders take an input bit through their carry input.
    CARRY_IN_LEVEL = 4

    def __init__(self, width: int, stages: int = 0):
        _check_int("width", width, 1)
        _check_int("stages", stages, 0, 16)
        self.width, self.stages = width, stages
        super().__init__({"i": In(width), "o": Out(range(width + 1))})

    @property
    def levels(self) -> int:
        return math.ceil(math.log2(self.width)) if self.width > 1 else 0

    def register_levels(self) -> list[int]:
        """Tree level after which each pipeline register sits (0 = the input)."""
        return pipeline_levels(self.levels, self.stages)

    @classmethod
    def capacity(cls, level: int) -> int:
        """Input bits a node at ``level`` of the tree can sum."""
        if level == 0:
            return 1
        return 2 * cls.capacity(level - 1) + (level >= cls.CARRY_IN_LEVEL)

    def tree(self):
        """The adder tree: a node is an input bit's index, or ``(level, left, right,
        carry_in, bits)`` with ``carry_in`` an input bit's index or None; a node sums
        ``bits`` input bits.  Nodes that would add nothing pass their child up."""
        lanes = iter(range(self.width))

        def build(level, n):
            if level == 0:
                return next(lanes)
            if n <= self.capacity(level - 1):
                return build(level - 1, n)
            ci = next(lanes) if level >= self.CARRY_IN_LEVEL and n >= 3 else None
            rest = n - (ci is not None)
            half = (rest + 1) // 2
            return (level, build(level - 1, half), build(level - 1, rest - half), ci, n)

        return build(self.levels, self.width)

    def elaborate(self, platform):
        m = Module()
        regs = self.register_levels()
        n_reg = 0

        def registered(v, levels):
            """``v`` through the registers after each of ``levels``."""
            nonlocal n_reg
            for _ in range(sum(regs.count(lv) for lv in levels)):
                r = Signal(len(v), name=f"pop_r{n_reg}", reset_less=True)
                m.d.sync += r.eq(v)
                v, n_reg = r, n_reg + 1
            return v

        def emit(node, level):
            """The node's sum, registered as a value of ``level`` is."""
            if isinstance(node, int):
                return registered(self.i[node], range(level + 1))
            lv, left, right, ci, n = node
            s = Signal(range(n + 1), name=f"pop_l{lv}_{n_reg}")
            total = emit(left, lv - 1) + emit(right, lv - 1)
            if ci is not None:
                total = total + registered(self.i[ci], range(lv))
            m.d.comb += s.eq(total)
            return registered(s, range(lv, level + 1))

        m.d.comb += self.o.eq(emit(self.tree(), self.levels))
        return m


class XnorPopcountPE(wiring.Component):
    """One output-stationary PE: ``acc += popcount(XNOR(a, w)) << plane``.

    With ``plane_dsp`` the PE takes ``scale = 1 << plane`` (one-hot, decoded once by
    the array) in place of ``plane`` and multiplies: synthesis puts the product in a
    DSP block instead of a shifter in LUTs, and the last ``2 * DSP_REGS`` of the
    ``pop_stages`` registers hold the multiplier's operands and its product (a DSP
    block's delay and the routing in and out of it are a clock period's worth on an
    ECP5), so ``plane_dsp`` needs ``pop_stages >= 2 * DSP_REGS``.

    Each cycle with ``valid`` the PE counts the matching bits of ``a`` and ``w`` and
    adds them, shifted by the bit-plane index, to its accumulator.  ``zero`` sets the
    accumulator to 0 at once (before a tile's first step lands; it takes precedence
    over a contribution landing in the same cycle): a synchronous reset of the
    accumulator's flip-flops, so starting a tile costs no multiplexer in front of the
    adder.  The operands come from the array's row and column registers
    (`accel.hdl.array.PEArray`); the PE passes nothing on.

    Latency: the accumulator holds a step's contribution at the end of the cycle
    ``pop_stages`` cycles after the step's operands arrive; ``zero`` acts at the end of
    the cycle it is high.  The accumulator wraps modulo ``2**acc_bits`` (the compiler
    refuses layers that could overflow).
    """

    def __init__(self, lane_bits: int, acc_bits: int, pop_stages: int = 0,
                 plane_dsp: bool = False):
        _check_int("lane_bits", lane_bits, 1)
        _check_int("acc_bits", acc_bits, 1)
        _check_int("pop_stages", pop_stages, 0, 16)
        _check_plane_dsp(plane_dsp, pop_stages)
        self.lane_bits, self.acc_bits, self.pop_stages = lane_bits, acc_bits, pop_stages
        self.plane_dsp = plane_dsp
        W = lane_bits
        super().__init__({
            "a": In(W), "w": In(W),
            "valid": In(1), "zero": In(1),
            "scale" if plane_dsp else "plane": In(SCALE_BITS if plane_dsp else PLANE_BITS),
            "acc": Out(acc_bits),
        })

    def elaborate(self, platform):
        m = Module()
        tree_stages = self.pop_stages - 2 * DSP_REGS * self.plane_dsp
        m.submodules.pop = pop = Popcount(self.lane_bits, tree_stages)
        m.d.comb += pop.i.eq(~(self.a ^ self.w))
        # control delayed alongside the popcount pipeline
        valid, plane = self.valid, self.scale if self.plane_dsp else self.plane
        for k in range(tree_stages):
            v = Signal(name=f"valid_d{k}", reset_less=True)
            p = Signal.like(plane, name=f"plane_d{k}", reset_less=True)
            m.d.sync += [v.eq(valid), p.eq(plane)]
            valid, plane = v, p
        if self.plane_dsp:
            # DSP_REGS registers on each side of the multiplier (`PipelinedMultiplier`).
            # Every PE's scale registers are its own (kept), so that they can sit by
            # the PE's DSP block instead of one register driving all of them
            m.submodules.mul = mul = PipelinedMultiplier(len(pop.o), len(plane), DSP_REGS,
                                                         b_suffix=KEEP_SUFFIX)
            m.d.comb += [mul.a.eq(pop.o), mul.b.eq(plane)]
            for k in range(2 * DSP_REGS):
                v = Signal(name=f"valid_m{k}", reset_less=True)
                m.d.sync += v.eq(valid)
                valid = v
            add = mul.p
        else:
            add = pop.o << plane
        # datapath registers have no reset (`zero` starts every tile), which keeps the
        # reset's fan-out to the control logic
        acc = Signal(unsigned(self.acc_bits), reset_less=True)
        with m.If(self.zero):
            m.d.sync += acc.eq(0)
        with m.Elif(valid):
            m.d.sync += acc.eq(acc + add)
        m.d.comb += self.acc.eq(acc)
        return m
