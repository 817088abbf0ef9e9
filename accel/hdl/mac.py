"""Multi-bit processing elements: ESB and integer products, a signed adder tree, and
the PE that accumulates their dot product.

A lane word of ``lane_bits`` carries ``E = lane_bits / elem_bits`` unsigned
activations of ``elem_bits`` bits (element ``i`` in bits ``[i*n, (i+1)*n)``); the
weight word carries the same count of ``weight_bits``-bit weights (ESB codes,
`accel.numformats`, or two's-complement integers).  A wider input is processed as digit
planes of ``elem_bits`` bits, plane ``p`` shifted by ``p * elem_bits``, like the
XNOR PE's bit planes.

Every product unit delivers its product as ``p + c``: a signed word ``p`` and a
correction bit ``c`` that the adder tree absorbs through its adders' carry inputs
(an ESB product is sign-magnitude: ``-x = ~x + 1``, the ``~`` in the product unit's
LUTs, the ``+ 1`` on a carry chain that is there anyway).
"""

from __future__ import annotations

from amaranth import Cat, Const, Module, Mux, Signal, signed, unsigned
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from ..config import ELEM_BITS, digit_planes
from ..numformats import EsbFormat
from .pe import PLANE_BITS, _check_int, pipeline_levels

__all__ = ["EsbProduct", "IntProduct", "SignedAdderTree", "DotPE", "ProductBank", "ELEM_BITS"]



def _check_elem_bits(elem_bits):
    if elem_bits not in ELEM_BITS or isinstance(elem_bits, bool):
        raise ValueError(f"elem_bits must be one of {ELEM_BITS}, not {elem_bits!r}")


class EsbProduct(wiring.Component):
    """``a * v(code)``: an unsigned ``elem_bits``-bit activation times an ESB weight.

    The code splits into sign, significand (at most ``m + 1`` bits: the implicit
    leading one of a normal number and the mantissa) and shift (``E - 1``, at most
    ``N``); the magnitude is ``m + 1`` shift-added copies of ``a`` (no multiplier),
    shifted once.  The product is ``p + c`` with ``p`` the magnitude, one's-complemented
    for a negative code, and ``c`` the sign (the ``+ 1`` of the two's complement).

    Latency: combinational.
    """

    def __init__(self, elem_bits: int, fmt: EsbFormat):
        _check_elem_bits(elem_bits)
        if not isinstance(fmt, EsbFormat):
            raise TypeError(f"fmt must be an EsbFormat, not {fmt!r}")
        self.elem_bits, self.fmt = elem_bits, fmt
        self.mag_bits = elem_bits + fmt.magnitude_bits
        super().__init__({"a": In(elem_bits), "code": In(fmt.bits),
                          "p": Out(signed(self.mag_bits + 1)), "c": Out(1)})

    def elaborate(self, platform):
        m = Module()
        f, n = self.fmt, self.elem_bits
        mb, eb = f.mantissa, f.exponent_bits
        code = self.code
        mant = code[:mb] if mb else Const(0, 1)
        expo = code[mb:mb + eb]
        neg = code[-1]
        normal = expo != 0
        # magnitude = (a * significand) << (E - 1): significand bits are the mantissa's
        # and the implicit one; each set bit adds a shifted copy of a
        sig_prod = Signal(n + mb + 1)
        terms = [Mux(normal, self.a << mb, 0)]
        terms += [Mux(mant[j], self.a << j, 0) for j in range(mb)]
        total = terms[0]
        for t in terms[1:]:
            total = total + t
        m.d.comb += sig_prod.eq(total)
        shift = Signal(range(max(2, f.max_exponent + 1)))
        m.d.comb += shift.eq(Mux(normal, expo - 1, 0))
        mag = Signal(self.mag_bits)
        m.d.comb += mag.eq(sig_prod << shift)
        m.d.comb += [self.p.eq((Cat(mag, 0) ^ neg.replicate(self.mag_bits + 1)).as_signed()),
                     self.c.eq(neg)]
        return m


class IntProduct(wiring.Component):
    """``a * w``: an unsigned ``elem_bits``-bit activation times a two's-complement
    ``weight_bits``-bit weight (the baseline a plain multiplier gives).  ``c`` is 0.

    Latency: combinational.
    """

    def __init__(self, elem_bits: int, weight_bits: int):
        _check_elem_bits(elem_bits)
        _check_int("weight_bits", weight_bits, 2, 8)
        self.elem_bits, self.weight_bits = elem_bits, weight_bits
        super().__init__({"a": In(elem_bits), "code": In(weight_bits),
                          "p": Out(signed(elem_bits + weight_bits)), "c": Out(1)})

    def elaborate(self, platform):
        m = Module()
        m.d.comb += [self.p.eq(Cat(self.a, 0).as_signed() * self.code.as_signed()),
                     self.c.eq(0)]
        return m


def _sext(v, width):
    """``v`` read as signed, sign-extended (or truncated) to ``width`` bits."""
    v = v.as_signed()
    return Cat(v, v[-1].replicate(width - len(v))) if width > len(v) else v[:width]


def _add_with_carry(a, b, c, width):
    """``a + b + c`` (``a``, ``b`` signed, ``c`` one bit) in ``width`` bits, as one
    two-operand adder one bit wider whose lowest bit adds ``c + c``: its carry is ``c``.
    Written as ``a + b + c``, Yosys makes a three-operand ``$macc`` and maps it into
    LUTs: a 16-input tree of 9-bit values took 304 LUT4s on the ECP5 that way."""
    s = Cat(c, _sext(a, width)) + Cat(c, _sext(b, width))
    return s[1:width + 1]


class SignedAdderTree(wiring.Component):
    """``o = sum(i[k]) + sum(c[k])`` over ``count`` signed ``width``-bit inputs and as
    many correction bits, through a balanced tree of two-input adders, each of which
    takes one correction bit through its carry input (the last one, if ``count - 1``
    adders leave one over, is added at the root).

    Parameters
    ----------
    count, width : int
    stages : int
        Pipeline registers, spread over the levels as in `accel.hdl.pe.Popcount`.

    Latency: ``stages`` cycles from ``i``/``c`` to ``o``.
    """

    def __init__(self, count: int, width: int, stages: int = 0):
        _check_int("count", count, 1)
        _check_int("width", width, 1)
        _check_int("stages", stages, 0, 16)
        self.count, self.width, self.stages = count, width, stages
        self.levels = (count - 1).bit_length()
        self.out_width = width + self.levels + 1
        super().__init__({"i": In(count * width), "c": In(count),
                          "o": Out(signed(self.out_width))})

    def elaborate(self, platform):
        m = Module()
        regs = pipeline_levels(self.levels, self.stages)
        n_reg = 0

        def registered(v, lv):
            """``v`` (a value of tree level ``lv``) through the registers after it."""
            nonlocal n_reg
            for _ in range(regs.count(lv)):
                r = Signal(v.shape(), name=f"sum_r{n_reg}", reset_less=True)
                m.d.sync += r.eq(v)
                v, n_reg = r, n_reg + 1
            return v

        W = self.width
        carries = [registered(self.c[k], 0) for k in range(self.count)]
        nodes = [registered(self.i[k * W:(k + 1) * W].as_signed(), 0) for k in range(self.count)]
        spare = list(range(self.count))               # carries not yet absorbed
        for lv in range(1, self.levels + 1):
            nxt = []
            for j in range(0, len(nodes), 2):
                if j + 1 == len(nodes):
                    nxt.append(nodes[j])
                    continue
                v = Signal(signed(W + lv + 1), name=f"sum_l{lv}_{j // 2}")
                m.d.comb += v.eq(_add_with_carry(nodes[j], nodes[j + 1],
                                                 carries[spare.pop()], len(v)))
                nxt.append(v)
            # registers after this level, for the values that were passed up too
            nodes = [registered(v, lv) for v in nxt]
            carries = [registered(c, lv) for c in carries]
        root = nodes[0]
        for k in spare:
            root = root + carries[k]
        m.d.comb += self.o.eq(root)
        return m


class DotPE(wiring.Component):
    """One output-stationary multi-bit PE: ``acc += (sum_i a_i * w_i) << (n * plane)``.

    Parameters
    ----------
    kind : str
        ``"esb"`` (weights are codes of ``fmt``) or ``"int"`` (two's complement of
        ``weight_bits``).
    lane_bits, elem_bits : int
        ``E = lane_bits / elem_bits`` products per step.
    acc_bits : int
    fmt : EsbFormat or None
        The ESB format (``kind = "esb"``).
    weight_bits : int or None
        The integer weights' width (``kind = "int"``).
    stages : int
        Pipeline registers in the adder tree.
    planes : int or None
        Digit planes the PE weighs (``plane`` in ``0 .. planes - 1``); by default
        enough for an 8-bit input, ``ceil(8 / elem_bits)``.

    The accumulator holds the signed sum plus ``2**(acc_bits - 1)`` (``zero`` sets it
    to that), so unsigned comparisons downstream order it as signed numbers; it wraps
    modulo ``2**acc_bits`` (the compiler refuses layers that could overflow).

    Latency: a step's contribution is in the accumulator at the end of the cycle
    ``stages`` cycles after its operands arrive; ``zero`` acts at the end of its cycle.
    """

    def __init__(self, kind: str, lane_bits: int, elem_bits: int, acc_bits: int, *,
                 fmt: EsbFormat | None = None, weight_bits: int | None = None,
                 stages: int = 0, planes: int | None = None):
        if kind not in ("esb", "int"):
            raise ValueError(f"kind must be 'esb' or 'int', not {kind!r}")
        _check_elem_bits(elem_bits)
        _check_int("lane_bits", lane_bits, elem_bits)
        if lane_bits % elem_bits:
            raise ValueError(f"lane_bits {lane_bits} is not a multiple of elem_bits {elem_bits}")
        _check_int("acc_bits", acc_bits, 2)
        _check_int("stages", stages, 0, 16)
        if kind == "esb":
            if not isinstance(fmt, EsbFormat):
                raise TypeError(f"an ESB PE needs fmt, an EsbFormat, not {fmt!r}")
            weight_bits = fmt.bits
        else:
            _check_int("weight_bits", weight_bits, 2, 8)
        self.kind, self.fmt = kind, fmt
        self.lane_bits, self.elem_bits, self.acc_bits = lane_bits, elem_bits, acc_bits
        self.weight_bits, self.stages = weight_bits, stages
        self.elems = lane_bits // elem_bits
        if planes is None:
            planes = digit_planes(8, elem_bits)
        _check_int("planes", planes, 1, 1 << PLANE_BITS)
        self.planes = planes
        super().__init__({
            "a": In(lane_bits), "w": In(self.elems * weight_bits),
            "valid": In(1), "zero": In(1), "plane": In(PLANE_BITS),
            "acc": Out(acc_bits),
        })

    def product(self):
        if self.kind == "esb":
            return EsbProduct(self.elem_bits, self.fmt)
        return IntProduct(self.elem_bits, self.weight_bits)

    def elaborate(self, platform):
        m = Module()
        n, b, E = self.elem_bits, self.weight_bits, self.elems
        prods = []
        for i in range(E):
            pr = m.submodules[f"mul{i}"] = self.product()
            m.d.comb += [pr.a.eq(self.a[i * n:(i + 1) * n]), pr.code.eq(self.w[i * b:(i + 1) * b])]
            prods.append(pr)
        pw = len(prods[0].p)
        m.submodules.tree = tree = SignedAdderTree(E, pw, self.stages)
        m.d.comb += [tree.i.eq(Cat(*[p.p for p in prods])), tree.c.eq(Cat(*[p.c for p in prods]))]
        valid, plane = self.valid, self.plane
        for k in range(self.stages):
            v = Signal(name=f"valid_d{k}", reset_less=True)
            p = Signal.like(plane, name=f"plane_d{k}", reset_less=True)
            m.d.sync += [v.eq(valid), p.eq(plane)]
            valid, plane = v, p
        # digit plane p weighs 2**(n*p): shift by whole elements
        shifted = Signal(signed(self.acc_bits))
        with m.Switch(plane):
            for p in range(self.planes):
                with m.Case(p):
                    m.d.comb += shifted.eq(tree.o << (n * p))
        acc = Signal(unsigned(self.acc_bits), reset_less=True)
        with m.If(self.zero):
            m.d.sync += acc.eq(1 << (self.acc_bits - 1))
        with m.Elif(valid):
            m.d.sync += acc.eq(acc + shifted.as_unsigned())
        m.d.comb += self.acc.eq(acc)
        return m


class ProductBank(wiring.Component):
    """Product units side by side for exhaustive benches: unit ``k`` of ``units`` (each
    ``("esb", elem_bits, EsbFormat)`` or ``("int", elem_bits, weight_bits)``) takes the
    low ``elem_bits`` of ``a`` and the low weight bits of ``code``; its ``p`` and ``c``
    are at ``k * OUT_BITS`` in ``p`` and bit ``k`` of ``c``.

    Latency: combinational.
    """

    OUT_BITS = 24

    def __init__(self, units):
        self.units = list(units)
        if not self.units:
            raise ValueError("ProductBank needs at least one unit")
        self.a_bits = max(u[1] for u in self.units)
        self.code_bits = max(u[2].bits if u[0] == "esb" else u[2] for u in self.units)
        super().__init__({"a": In(self.a_bits), "code": In(self.code_bits),
                          "p": Out(len(self.units) * self.OUT_BITS), "c": Out(len(self.units))})

    def elaborate(self, platform):
        m = Module()
        for k, (kind, n, w) in enumerate(self.units):
            u = m.submodules[f"u{k}"] = (EsbProduct(n, w) if kind == "esb" else IntProduct(n, w))
            m.d.comb += [u.a.eq(self.a[:n]), u.code.eq(self.code[:len(u.code)]),
                         self.p[k * self.OUT_BITS:(k + 1) * self.OUT_BITS].eq(u.p),
                         self.c[k].eq(u.c)]
        return m
