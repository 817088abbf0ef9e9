"""`PipelinedMultiplier`: an unsigned product with registers on both sides, placed in a
DSP block's own registers on an ECP5."""

from __future__ import annotations

from amaranth import ClockSignal, Const, Instance, Module, Signal, unsigned
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

__all__ = ["PipelinedMultiplier", "FamilyPlatform", "ECP5_MULT_WIDTH"]

#: Operand width of an ECP5 MULT18X18D.
ECP5_MULT_WIDTH = 18


class FamilyPlatform:
    """A stand-in for an amaranth platform that names only its FPGA family, the one
    attribute the RTL looks at: ``verilog.convert(x, platform=FamilyPlatform("ecp5"))``
    elaborates ``x`` as a board build for that family does (``None``: portable)."""

    def __init__(self, family: str | None):
        self.family = family


def _check_width(name, value, lo=1):
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an integer, not {value!r}")
    if value < lo:
        raise ValueError(f"{name} must be at least {lo}, not {value!r}")


class PipelinedMultiplier(wiring.Component):
    """``p = a * b`` (unsigned), ``regs`` registers on the operands and ``regs`` on
    the product.

    A DSP block's multiply and the routes into and out of it take most of a clock
    period at 100 MHz on an ECP5, and a placer puts the fabric flip-flops around a
    DSP block a few nanoseconds away from it.  So on an ECP5 platform
    (``platform.family == "ecp5"``) the last operand register and the first product
    register are the MULT18X18D's own (``REG_INPUTA/B_CLK``, ``REG_OUTPUT_CLK``): the
    block then costs 0.07 ns of setup and 0.66 ns from the clock to its output
    (Trellis' speed-6 timing database) in place of a 3.4 ns combinational path.
    Everywhere else (simulation, the Verilog of ``accel generate``, other FPGAs) the
    registers are flip-flops around ``a * b``; the two are equivalent cycle for cycle
    (``tests/test_dsp.py`` simulates the ECP5 form with a model of the block).

    Latency: ``2 * regs`` cycles from ``a``, ``b`` to ``p``.  Registers have no reset.

    Parameters
    ----------
    a_width, b_width : int
        Operand widths (each at most 18 for the ECP5 form).
    regs : int
        Registers on each side of the multiplier, at least 1.
    b_suffix : str
        Name suffix of ``b``'s fabric registers (a synthesis script can select them,
        e.g. to keep copies that it would otherwise merge).
    """

    def __init__(self, a_width: int, b_width: int, regs: int = 2, *, b_suffix: str = ""):
        _check_width("a_width", a_width)
        _check_width("b_width", b_width)
        _check_width("regs", regs)
        if not isinstance(b_suffix, str):
            raise TypeError(f"b_suffix must be a str, not {b_suffix!r}")
        self.a_width, self.b_width, self.regs = a_width, b_width, regs
        self.b_suffix = b_suffix
        super().__init__({"a": In(a_width), "b": In(b_width), "p": Out(a_width + b_width)})

    def elaborate(self, platform):
        m = Module()
        dsp = getattr(platform, "family", None) == "ecp5" and \
            max(self.a_width, self.b_width) <= ECP5_MULT_WIDTH
        fabric = self.regs - 1 if dsp else self.regs
        a, b = self.a, self.b
        for k in range(fabric):
            ra = Signal(self.a_width, name=f"a_q{k}", reset_less=True)
            rb = Signal(self.b_width, name=f"b_q{k}{self.b_suffix}", reset_less=True)
            m.d.sync += [ra.eq(a), rb.eq(b)]
            a, b = ra, rb
        if dsp:
            p = Signal(2 * ECP5_MULT_WIDTH)
            ports = {}
            for name, v in (("A", a), ("B", b)):
                bits = v.as_unsigned()
                ports.update({f"i_{name}{i}": bits[i] if i < len(bits) else Const(0)
                              for i in range(ECP5_MULT_WIDTH)})
            ports.update({f"i_C{i}": Const(0) for i in range(ECP5_MULT_WIDTH)})
            ports.update({f"o_P{i}": p[i] for i in range(2 * ECP5_MULT_WIDTH)})
            m.submodules.dsp = Instance(
                "MULT18X18D",
                p_REG_INPUTA_CLK="CLK0", p_REG_INPUTB_CLK="CLK0", p_REG_OUTPUT_CLK="CLK0",
                p_REG_INPUTA_CE="CE0", p_REG_INPUTB_CE="CE0", p_REG_OUTPUT_CE="CE0",
                p_REG_INPUTA_RST="RST0", p_REG_INPUTB_RST="RST0", p_REG_OUTPUT_RST="RST0",
                i_SIGNEDA=Const(0), i_SIGNEDB=Const(0), i_SOURCEA=Const(0),
                i_SOURCEB=Const(0), i_CLK0=ClockSignal("sync"), i_CE0=Const(1),
                i_RST0=Const(0), **ports)
            prod = p[:len(self.p)]
        else:
            prod = a * b
        for k in range(fabric):
            rp = Signal(unsigned(len(self.p)), name=f"p_q{k}", reset_less=True)
            m.d.sync += rp.eq(prod)
            prod = rp
        m.d.comb += self.p.eq(prod)
        return m
