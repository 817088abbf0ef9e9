"""Multi-bit PEs (`accel.hdl.mac`) in Amaranth's simulator against the model's
reference functions: every (weight code, activation) pair of every ESB format with
b in {3, 4, 5}, m in {0, 1, 2} and of the integer baselines, for every supported
activation width; the adder tree; the PE's accumulator cycle by cycle."""

import numpy as np
import pytest

from accel.numformats import EsbFormat, valid_formats
from accel.hdl.mac import ELEM_BITS, DotPE, EsbProduct, IntProduct, ProductBank, SignedAdderTree
from accel.model.ops import ref_dot_pe_trace, ref_products

from test_hdl import run_tb

#: The formats the issue asks for exhaustively: b in {3, 4, 5}, m in {0, 1, 2}, where valid.
BENCH_FORMATS = [EsbFormat(b, m) for b, m in valid_formats() if 3 <= b <= 5 and m <= 2]
BENCH_UNITS = ([("esb", n, f) for f in BENCH_FORMATS for n in ELEM_BITS]
               + [("int", n, 4) for n in ELEM_BITS])


def signed(v, bits):
    return v - (1 << bits) if v >> (bits - 1) else v


def bank_values(p, c, units):
    """Each unit's product ``p + c`` out of a `ProductBank`'s outputs."""
    ob = ProductBank.OUT_BITS
    return [signed((p >> (k * ob)) & ((1 << ob) - 1), ob) + ((c >> k) & 1)
            for k in range(len(units))]


def unit_ref(unit, a, code):
    kind, n, w = unit
    bits = w.bits if kind == "esb" else w
    a, code = a & ((1 << n) - 1), code & ((1 << bits) - 1)
    return int(ref_products(a, code, kind, fmt=w if kind == "esb" else None,
                            weight_bits=None if kind == "esb" else w))


def test_bench_covers_the_issue_formats():
    assert [(f.bits, f.mantissa) for f in BENCH_FORMATS] == [
        (3, 0), (3, 1), (4, 0), (4, 1), (4, 2), (5, 1), (5, 2)]


@pytest.mark.parametrize("units,codes", [
    (BENCH_UNITS, None),
    ([("int", n, 8) for n in ELEM_BITS], [0, 1, 2, 63, 64, 127, 128, 129, 200, 254, 255])],
    ids=["esb-int4-exhaustive", "int8"])
def test_rtl_products_vs_ref(units, codes):
    """Every (activation, code) word through every unit at once: each unit sees every
    pair of its widths (the bank takes the low bits); int8 weights: edge codes only."""
    dut = ProductBank(units)
    codes = range(1 << dut.code_bits) if codes is None else codes

    async def bench(ctx):
        bad = []
        for a in range(1 << dut.a_bits):
            ctx.set(dut.a, a)
            for code in codes:
                ctx.set(dut.code, code)
                got = bank_values(ctx.get(dut.p), ctx.get(dut.c), units)
                for unit, g in zip(units, got):
                    want = unit_ref(unit, a, code)
                    if g != want and len(bad) < 5:
                        bad.append((unit[0], unit[1], str(unit[2]), a, code, g, want))
        assert not bad, bad
    run_tb(dut, bench, clocked=False)


@pytest.mark.parametrize("count,width,stages", [(1, 5, 0), (2, 5, 1), (5, 7, 2), (16, 9, 0),
                                                (16, 9, 3), (32, 6, 5)])
def test_rtl_signed_adder_tree_vs_sum(count, width, stages):
    rng = np.random.default_rng(count * 100 + stages)
    dut = SignedAdderTree(count, width, stages)
    lo, hi = -(1 << (width - 1)), (1 << (width - 1)) - 1
    vecs = [([lo] * count, [1] * count), ([hi] * count, [1] * count), ([0] * count, [0] * count)]
    vecs += [(rng.integers(lo, hi + 1, count).tolist(), rng.integers(0, 2, count).tolist())
             for _ in range(40)]

    async def bench(ctx):
        got = []
        for k in range(len(vecs) + stages):
            i, c = vecs[k] if k < len(vecs) else ([0] * count, [0] * count)
            ctx.set(dut.i, sum((v & ((1 << width) - 1)) << (j * width) for j, v in enumerate(i)))
            ctx.set(dut.c, sum(b << j for j, b in enumerate(c)))
            if k >= stages:
                got.append(ctx.get(dut.o))
            await (ctx.tick() if stages else ctx.delay(1e-8))
        assert got == [sum(i) + sum(c) for i, c in vecs]
    run_tb(dut, bench, clocked=stages > 0)


PE_CASES = [("esb", 64, 4, EsbFormat(4, 1), 2), ("esb", 32, 8, EsbFormat(5, 2), 0),
            ("esb", 16, 2, EsbFormat(3, 0), 1), ("esb", 16, 1, EsbFormat(4, 0), 3),
            ("int", 32, 4, 4, 2), ("int", 16, 8, 8, 1)]


@pytest.mark.parametrize("kind,lane,n,w,stages", PE_CASES,
                         ids=lambda v: str(v) if not isinstance(v, str) else v)
def test_rtl_dot_pe_vs_ref(kind, lane, n, w, stages):
    rng = np.random.default_rng(lane + n + stages)
    acc_bits = 16
    kw = dict(fmt=w) if kind == "esb" else dict(weight_bits=w)
    dut = DotPE(kind, lane, n, acc_bits, stages=stages, **kw)
    E, b = lane // n, dut.weight_bits
    planes = dut.planes
    full_w = [(1 << b) - 1 if kind == "int" else (1 << (b - 1)) - 1] * E   # the largest
    steps = [((1 << lane) - 1, sum(v << (i * b) for i, v in enumerate(full_w)), 1, 1, 0)]
    for k in range(150):
        a = int.from_bytes(rng.bytes(lane // 8), "little")
        wv = int.from_bytes(rng.bytes((E * b + 7) // 8), "little") & ((1 << (E * b)) - 1)
        steps.append((a, wv, int(rng.random() < 0.85), int(rng.random() < 0.1),
                      int(rng.integers(0, planes))))
    want = ref_dot_pe_trace(steps, kind=kind, lane_bits=lane, elem_bits=n, acc_bits=acc_bits,
                            stages=stages, **kw)

    async def bench(ctx):
        got = []
        for k in range(len(want)):
            a, wv, v, z, p = steps[k] if k < len(steps) else (0, 0, 0, 0, 0)
            for port, val in ((dut.a, a), (dut.w, wv), (dut.valid, v), (dut.zero, z),
                              (dut.plane, p)):
                ctx.set(port, val)
            await ctx.tick()
            got.append(ctx.get(dut.acc))
        assert got == want
    run_tb(dut, bench)


def test_constructors_validate():
    with pytest.raises(ValueError, match=r"elem_bits must be one of \(1, 2, 4, 8\), not 3"):
        EsbProduct(3, EsbFormat(4, 1))
    with pytest.raises(TypeError, match="fmt must be an EsbFormat"):
        EsbProduct(4, (4, 1))
    with pytest.raises(ValueError, match="weight_bits must be in 2..8"):
        IntProduct(4, 9)
    with pytest.raises(ValueError, match="kind must be 'esb' or 'int'"):
        DotPE("xnor", 64, 4, 24, fmt=EsbFormat(4, 1))
    with pytest.raises(TypeError, match="an ESB PE needs fmt"):
        DotPE("esb", 64, 4, 24)
    with pytest.raises(ValueError, match="planes must be in 1..8"):
        DotPE("int", 64, 4, 24, weight_bits=4, planes=9)


def _spec(units):
    return [[k, n, [w.bits, w.mantissa] if k == "esb" else w] for k, n, w in units]


@pytest.mark.parametrize("sim", ["verilator", "icarus"])
def test_cocotb_products_exhaustive(sim):
    """The generated Verilog of every product unit, every (activation, code) pair."""
    from accel.cosim import run_unit_bench
    rep = run_unit_bench("products", sim, units=_spec(BENCH_UNITS))
    assert rep["errors"] == [] and rep["checked"] == 256 * 32 * len(BENCH_UNITS)


@pytest.mark.parametrize("params", [
    dict(kind="esb", lane_bits=64, elem_bits=4, acc_bits=24, stages=2, fmt=[4, 1]),
    dict(kind="esb", lane_bits=32, elem_bits=8, acc_bits=16, stages=1, fmt=[5, 2]),
    dict(kind="int", lane_bits=32, elem_bits=4, acc_bits=16, stages=0, weight_bits=4)],
    ids=lambda p: f"{p['kind']}-{p['lane_bits']}-{p['elem_bits']}")
def test_cocotb_dot_pe(params):
    from accel.cosim import run_unit_bench
    rep = run_unit_bench("dot_pe", "verilator", steps=150, **params)
    assert rep["errors"] == [] and rep["checked"] == 150 + params["stages"] + 1
