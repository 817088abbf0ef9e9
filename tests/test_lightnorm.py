"""LightNorm's arithmetic (`accel.lightnorm`) and the PyTorch modules: BFP truncation,
saturation, all-zero groups, mixed signs, zero range, n not divisible by the chunk
count, chunks of one value, exactness against rational arithmetic, gradients."""

import math
from fractions import Fraction

import numpy as np
import pytest
import torch

from accel.lightnorm import (BfpFormat, LightNormSpec, batch_stats, bfp, channel_scale,
                             lightnorm)
from accel.quant import LightNorm1d, LightNorm2d


def frac_trunc(v: Fraction, e_top: int, fmt: BfpFormat) -> Fraction:
    """One value truncated with its group's exponent ``e_top`` (rationals)."""
    e = min(max(e_top, fmt.exp_min), fmt.exp_max)
    unit = Fraction(2) ** (e + 1 - fmt.mant_bits)
    m = min(abs(v) // unit, (1 << fmt.mant_bits) - 1)
    return (m * unit) * (1 if v >= 0 else -1)


def frac_exponent(v: Fraction) -> int:
    e = 0
    a = abs(v)
    while a >= 2:
        a /= 2
        e += 1
    while a < 1:
        a *= 2
        e -= 1
    return e


def frac_bfp(row, fmt: BfpFormat):
    out = []
    for g0 in range(0, len(row), fmt.group):
        grp = row[g0:g0 + fmt.group]
        nz = [frac_exponent(v) for v in grp if v != 0]
        out += [frac_trunc(v, max(nz), fmt) if nz else Fraction(0) for v in grp]
    return out


def test_bfp_shares_the_exponent_and_truncates_toward_zero():
    f = BfpFormat(mant_bits=4, exp_bits=5, group=4)
    # the group's largest, 100, sets E = 6: unit 2**(6 + 1 - 4) = 8
    assert bfp(np.array([[5.0, -3.0, 0.3, 100.0]]), f).tolist() == [[0.0, 0.0, 0.0, 96.0]]
    # 21 sets E = 4, unit 2; signs kept, magnitudes truncated
    assert bfp(np.array([[-21.0, 21.0, 7.9, 1.0]]), f).tolist() == [[-20.0, 20.0, 6.0, 0.0]]
    # all-zero group; a shorter last group (6 channels in groups of 4)
    assert bfp(np.array([[0.0, 0, 0, 0, 3.3, -0.7]]), f).tolist() == [[0, 0, 0, 0, 3.25, -0.5]]
    # groups run along axis 1 only: every sample and pixel has its own
    x = np.array([[[1.0, 100.0]], [[1.0, 1.0]]]).transpose(0, 2, 1)    # (2, 2, 1)
    assert bfp(x, BfpFormat(2, 5, 2))[:, :, 0].tolist() == [[0.0, 96.0], [1.0, 1.0]]


def test_bfp_saturates_and_flushes_at_its_exponent_range():
    f = BfpFormat(mant_bits=4, exp_bits=3, group=2)       # exponents -2 .. 3
    assert (f.exp_min, f.exp_max, f.max_value) == (-2, 3, 15.0)
    assert bfp(np.array([[100.0, -100.0]]), f).tolist() == [[15.0, -15.0]]
    assert bfp(np.array([[0.01, 0.2]]), f).tolist() == [[0.0, 0.1875]]
    with pytest.raises(ValueError, match="inf or NaN"):
        bfp(np.array([[np.inf, 1.0]]), f)


@pytest.mark.parametrize("fmt", [BfpFormat(4, 5, 8), BfpFormat(3, 4, 3), BfpFormat(8, 5, 1)])
def test_bfp_equals_rational_reference(fmt):
    rng = np.random.default_rng(fmt.group)
    x = rng.integers(-3000, 3000, (20, 13)) / rng.choice([1, 2, 8, 64], (20, 13))
    x[3] = 0.0
    got = bfp(x, fmt)
    for r in range(len(x)):
        want = frac_bfp([Fraction(v) for v in x[r]], fmt)
        assert [Fraction(v) for v in got[r]] == want


def test_statistics_chunks_and_edge_cases():
    spec = LightNormSpec(BfpFormat(8, 5, 1), stat_bits=8, chunks=4)
    # 10 values of one channel in chunks of 3, 3, 2, 2 (array_split)
    v = np.array([1.0, 5, 3, 2, 2, 2, 7, -1, 4, 4])[:, None]
    mean, rng, k = batch_stats(v, spec)
    assert k == 4 and mean[0] == 2.875 and rng[0] == (5 + 2 + 7 + 4 - (1 + 2 - 1 + 4)) / 4
    # the mean takes the exact sum: 4096 values of 100 sum to 409,600, past the
    # statistics format's largest value (65,280), which a truncated sum would stop at
    assert batch_stats(np.full((4096, 1), 100.0), spec)[0][0] == 100.0
    # fewer values than chunks: chunks of one value, whose range is 0 and C(1) infinite:
    # the scale is 0 and every output is beta
    spec8 = LightNormSpec(BfpFormat(4, 5, 1), chunks=8)
    y, (_, r, npc) = lightnorm(np.array([[3.0], [9.0], [-4.0]]), [1.5], [0.75], spec8)
    assert npc == 1.0 and r[0] == 0.0 and y[:, 0].tolist() == [0.75] * 3
    # a constant channel: zero range, scale 0
    y, (m, r, _) = lightnorm(np.full((16, 1), 6.0), [2.0], [-0.5], spec8)
    assert m[0] == 6.0 and r[0] == 0.0 and y[:, 0].tolist() == [-0.5] * 16
    assert channel_scale([1.0], [0.0], 4.0, spec8).tolist() == [0.0]


def test_lightnorm_is_exact_in_rationals():
    """Every step but the tabulated reciprocals and gamma * sqrt(2 ln n/k) is exact in
    float64: recompute them in rationals from the same constants."""
    spec = LightNormSpec(BfpFormat(4, 5, 4), stat_bits=8, chunks=8)
    rng = np.random.default_rng(1)
    x = rng.integers(-2000, 2000, (48, 6)).astype(np.float64)
    x[:, 2] = 0.0                                          # an all-zero channel
    gamma, beta = rng.uniform(-2, 2, 6), rng.uniform(-3, 3, 6)
    y, (mean, r, npc) = lightnorm(x, gamma, beta, spec)
    a = channel_scale(gamma, r, npc, spec)
    b = spec.t(beta)
    T = LightNormSpec(BfpFormat(8, 5, 1))                 # the statistics format
    for i in range(len(x)):
        q = frac_bfp([Fraction(v) for v in x[i]], spec.data)
        z = []
        def t(v):
            return frac_trunc(v, frac_exponent(v), T.data) if v else Fraction(0)
        for c in range(6):
            z.append(t(t(q[c] - Fraction(mean[c])) * Fraction(a[c])) + Fraction(b[c]))
        assert [Fraction(v) for v in y[i]] == frac_bfp(z, spec.data)
        assert frac_bfp([t(v) for v in z], spec.data) == frac_bfp(z, spec.data)  # (T of z: no-op)
    assert mean[2] == 0 and r[2] == 0 and a[2] == 0         # the all-zero channel


def test_modules_forward_the_exact_values_in_every_mode():
    torch.manual_seed(0)
    ln = LightNorm2d(5, group=2, mant_bits=5, chunks=4)
    with torch.no_grad():
        ln.weight.copy_(torch.tensor([1.0, -0.5, 2.0, 0.0, 1.25]))
        ln.bias.copy_(torch.tensor([0.0, 0.5, -1.0, 0.25, 3.0]))
    x = torch.randint(-40, 40, (3, 5, 4, 4)).float()
    g, b = ln.weight.detach().double().numpy(), ln.bias.detach().double().numpy()
    want, (mean, r, npc) = lightnorm(x.double().numpy(), g, b, ln.spec)
    assert torch.equal(ln(x), torch.as_tensor(want, dtype=torch.float32))       # training
    assert torch.allclose(ln.running_mean, torch.as_tensor(0.1 * mean, dtype=torch.float32))
    assert float(ln.running_per_chunk) == 3 * 16 / 4
    ln.eval()
    run, _ = lightnorm(x.double().numpy(), g, b, ln.spec, ln.running_stats())
    assert torch.equal(ln(x), torch.as_tensor(run, dtype=torch.float32))
    ln.adapt = True                          # evaluation with the batch's statistics
    assert torch.equal(ln(x), torch.as_tensor(want, dtype=torch.float32))
    with pytest.raises(ValueError, match=r"expects 4-d input with 5 channels, got \(3, 5\)"):
        ln(torch.zeros(3, 5))


def test_gradients_flow_through_the_surrogate():
    torch.manual_seed(1)
    ln = LightNorm1d(4, group=4)
    x = (torch.randn(32, 4) * 20).round().requires_grad_(True)
    (ln(x) * torch.arange(4.0)).sum().backward()
    assert x.grad is not None and x.grad.abs().sum() > 0
    assert ln.weight.grad.abs().sum() > 0 and ln.bias.grad.tolist() == [0.0, 32.0, 64.0, 96.0]


def test_spec_validation():
    with pytest.raises(ValueError, match="mant_bits must be in 1..24"):
        BfpFormat(mant_bits=0)
    with pytest.raises(ValueError, match="at most 8 mantissa and 5 exponent bits"):
        LightNormSpec(BfpFormat(10, 5, 8))
    with pytest.raises(ValueError, match="momentum must be in"):
        LightNorm1d(4, momentum=0.0)
    with pytest.raises(ValueError, match="statistics over 0 values"):
        batch_stats(np.zeros((0, 3)), LightNormSpec())
    assert math.isclose(BfpFormat().max_value, 15 * 2.0 ** 12)


@pytest.mark.parametrize("fmt,width,frac", [(BfpFormat(4, 5, 4), 36, 17),
                                            (BfpFormat(4, 3, 3), 12, 5),
                                            (BfpFormat(2, 3, 1), 10, 4)],
                         ids=["fp10-g4", "e3-g3", "m2-g1"])
def test_rtl_bfp_truncate_vs_ref(fmt, width, frac):
    """`BfpTruncate` against `accel.lightnorm.bfp`: random values over the whole range,
    all-zero groups, mixed signs, saturating and flushing groups."""
    from accel.hdl.bfp import BfpTruncate
    from test_hdl import run_tb
    count = 7
    dut = BfpTruncate(count, width, frac, fmt)
    rng = np.random.default_rng(width)
    top = (1 << (width - 1)) - 1
    cases = [[0] * count, [top] * count, [-top] * count, [1, -1] * 3 + [0],
             [top, 1, -1, 0, 5, -5, 3]]
    for _ in range(150):
        scale = int(rng.integers(1, width))
        cases.append([int(v) for v in rng.integers(-(1 << scale), 1 << scale, count)])

    async def bench(ctx):
        for vals in cases:
            for k, v in enumerate(vals):
                ctx.set(dut.i[k], v)
            got = [ctx.get(dut.o[k]) for k in range(count)]
            want = bfp(np.array([vals], np.float64) / 2 ** frac, fmt)[0] * 2 ** frac
            assert got == [int(w) for w in want], (vals, got, want.tolist())
    run_tb(dut, bench, clocked=False)


def test_rtl_lightnorm_unit_vs_apply():
    """`LightNormUnit` against `ref_lightnorm_unit` (`accel.lightnorm.apply`):
    `lightnorm_unit_cases`, random constants and inputs and the edge cases (an all-zero
    group, zero scale, mixed signs, saturating inputs and products, negative gamma)."""
    from accel.hdl.lightnorm import LightNormUnit
    from accel.lightnorm import stat_encode
    from accel.model.ops import lightnorm_unit_cases, ref_lightnorm_unit
    from test_hdl import run_tb
    spec = LightNormSpec(BfpFormat(4, 5, 4), stat_bits=8, chunks=8)
    C, A = 6, 24
    dut = LightNormUnit(C, A, spec)

    async def bench(ctx):
        for d, mean, a, b, nb in lightnorm_unit_cases(C, A, 120, 3, spec):
            for c in range(C):
                ctx.set(dut.d[c], int(d[c]))
                for port, v in ((dut.mean, mean), (dut.a, a), (dut.b, b)):
                    ctx.set(port[c], int(stat_encode(v[c:c + 1], spec)[0]))
            ctx.set(dut.out_bits, nb)
            y, nonneg, level = ref_lightnorm_unit(d, mean, a, b, nb, spec)
            got = [ctx.get(dut.y[c]) / 2.0 ** 21 for c in range(C)]
            assert got == y.tolist(), (d.tolist(), got, y.tolist())
            nn = ctx.get(dut.nonneg)
            assert [(nn >> c) & 1 for c in range(C)] == nonneg.tolist()
            assert [ctx.get(dut.level[c]) for c in range(C)] == level.tolist()
    run_tb(dut, bench, clocked=False)


@pytest.mark.parametrize("sim,steps", [("verilator", 200), ("icarus", 40)])
def test_cocotb_lightnorm_unit(sim, steps):
    """The generated Verilog of the normalize unit against `accel.lightnorm.apply`."""
    from accel.cosim import run_unit_bench
    rep = run_unit_bench("lightnorm", sim, steps=steps, cols=8, acc_bits=24, data=[4, 5, 4])
    assert rep["errors"] == [] and rep["checked"] == steps + 1


@pytest.mark.parametrize("chunks", [8, 3])
def test_rtl_lightnorm_stats_vs_ref(chunks):
    """`LightNormStats` against `accel.lightnorm.chunk_sums` + `finalize`: n not
    divisible by the chunk count, chunks of one value (n < chunks), n = 1, zero range,
    an all-zero column, one sign, saturating sums, values past n ignored, clear."""
    from accel.hdl.lightnorm import LightNormStats
    from accel.lightnorm import reciprocal, stat_encode
    from accel.model.ops import lightnorm_stats_cases, ref_lightnorm_stats
    from test_hdl import run_tb
    spec = LightNormSpec(BfpFormat(4, 5, 4), stat_bits=8, chunks=chunks)
    C = 5
    dut = LightNormStats(C, 17, spec)
    cases = lightnorm_stats_cases(C, chunks, spec)

    async def bench(ctx):
        for rows, n, gains in cases:
            k = LightNormStats.chunking(n, spec)
            for name, v in k.items():
                ctx.set(getattr(dut, name), v)
            ctx.set(dut.inv_n, int(stat_encode(reciprocal(n, spec), spec)))
            ctx.set(dut.inv_k, int(stat_encode(reciprocal(k["chunks"], spec), spec)))
            for c in range(C):
                ctx.set(dut.gain[c], int(stat_encode(gains[c], spec)))
            ctx.set(dut.valid, 1)
            for row in rows:
                for c in range(C):
                    ctx.set(dut.q[c], int(row[c]))
                await ctx.tick()
            ctx.set(dut.valid, 0)
            want = ref_lightnorm_stats(rows, n, gains, spec)
            got = [[], [], []]
            for c in range(C + 1):
                ctx.set(dut.col, min(c, C - 1))
                await ctx.tick()
                if c < C:
                    got[0].append(ctx.get(dut.mean))
                    got[1].append(ctx.get(dut.range))
                    got[2].append(ctx.get(dut.scale))
            assert got == want, (n, got, want)
            ctx.set(dut.clear, 1)
            await ctx.tick()
            ctx.set(dut.clear, 0)
    run_tb(dut, bench)


@pytest.mark.parametrize("sim", ["verilator", "icarus"])
def test_cocotb_lightnorm_stats(sim):
    """The generated Verilog of the statistics unit against `ref_lightnorm_stats`."""
    from accel.cosim import run_unit_bench
    rep = run_unit_bench("lightnorm_stats", sim, cols=8, in_bits=17, data=[4, 5, 4], chunks=3)
    assert rep["errors"] == [] and rep["checked"] == 10 * 8


# --- compiler and golden model ---------------------------------------------------------
def ln_mlp(hidden=64, seed=0, **ln):
    from torch import nn
    from accel.quant import BinaryAct, BinaryLinear
    torch.manual_seed(seed)
    m = nn.Sequential(nn.Flatten(), BinaryLinear(64, hidden, in_bits=8), LightNorm1d(hidden, **ln),
                      BinaryAct(), BinaryLinear(hidden, hidden), LightNorm1d(hidden, **ln),
                      BinaryAct(), BinaryLinear(hidden, 10))
    return m


@pytest.fixture(scope="module")
def ln_net():
    """A LightNorm MLP with running statistics from a few training batches of digits."""
    from accel.datasets import digits
    xtr, _, xte, _ = digits(seed=0)
    m = ln_mlp()
    m.train()
    with torch.no_grad():
        for i in range(0, 640, 64):
            m(torch.as_tensor(xtr[i:i + 64], dtype=torch.float32))
    m.eval()
    return m, xte


def _set_adapt(m, on):
    for mod in m.modules():
        if isinstance(mod, LightNorm1d):
            mod.adapt = on


@pytest.mark.parametrize("adapt,batch", [(False, 8), (True, 40), (True, 36)])
def test_lightnorm_network_torch_equals_model(ln_net, adapt, batch):
    """torch == model bit-exact, with the running statistics (NORM APPLY in place of
    thresholds) and with each run's batch statistics gathered on the device (STAT, FIN,
    APPLY; 36 = 9 chunks of 4: n not a multiple of the chunk count is the 40's 8 x 5)."""
    from accel.compiler import compile, torch_trace
    from accel.config import preset
    from accel.energy import EnergyTable, energy_breakdown, lightnorm_energy
    from accel.model import simulate
    m, xte = ln_net
    prog = compile(m, torch.as_tensor(xte[:4]), preset("lightnorm"), batch=batch, adapt=adapt)
    assert prog.layout.norm_stats == ("batch" if adapt else "running")
    x = xte[:2 * batch]
    res = simulate(prog, x, trace=True)
    _set_adapt(m, adapt)
    try:
        runs = [torch_trace(m, prog, x[i:i + batch]) for i in range(0, len(x), batch)]
    finally:
        _set_adapt(m, False)
    assert np.array_equal(res.logits, np.concatenate([r[0] for r in runs]))
    for k, h in enumerate(res.hidden):
        assert np.array_equal(h, np.concatenate([r[1][k] for r in runs])), k
    ops = [(i.mode, i.norm) for i in prog.instrs if i.op == 4]
    assert ((3, 1) in ops and (3, 2) in ops) == adapt and (3, 0) in ops
    # the LightNorm counters: each image's 2 x 64 features normalized once (and taken
    # into the statistics once when adapting), 128 columns finalized per batch
    c = res.counters
    assert c["norm_ops"] == len(x) * 128
    assert (c["norm_stat_ops"], c["norm_fin_ops"]) == \
        ((len(x) * 128, len(x) // batch * 128) if adapt else (0, 0))
    e = energy_breakdown(c, prog.config)
    assert e["lightnorm"] == lightnorm_energy(c, prog.config, EnergyTable.default().pj) > 0


def test_norm_counters_only_with_lightnorm_units():
    """The RTL keeps the LightNorm counters only with LightNorm units (every other
    configuration's counters, and so its Verilog, are unchanged); the host reads them
    as zero there."""
    from accel.config import preset
    from accel.model.counters import expand_hw_counters
    from accel.perfcounters import HW_COUNTERS, NORM_COUNTERS, hw_counters
    assert hw_counters(preset("default")) == HW_COUNTERS
    assert hw_counters(preset("lightnorm")) == HW_COUNTERS + NORM_COUNTERS
    cfg = preset("default")
    c = expand_hw_counters(cfg, dict.fromkeys(HW_COUNTERS, 7))
    assert [c[n] for n in NORM_COUNTERS] == [0, 0, 0] and c["threshold_ops"] == 7
    ln = preset("lightnorm")
    c = expand_hw_counters(ln, {n: k for k, n in enumerate(hw_counters(ln))})
    assert [c[n] for n in NORM_COUNTERS] == [len(HW_COUNTERS) + k for k in range(3)]


def test_lightnorm_adapt_differs_from_running(ln_net):
    """The batch statistics are the batch's: shifting the inputs moves the frozen
    network's outputs but the adapted one follows."""
    from accel.compiler import compile
    from accel.config import preset
    from accel.model import simulate
    m, xte = ln_net
    cfg = preset("lightnorm")
    run = compile(m, torch.as_tensor(xte[:4]), cfg, batch=40)
    ada = compile(m, torch.as_tensor(xte[:4]), cfg, batch=40, adapt=True)
    assert not np.array_equal(simulate(run, xte[:40]).scores, simulate(ada, xte[:40]).scores)


def test_lightnorm_compile_errors(ln_net):
    from torch import nn
    from accel.compiler import CompileError, compile
    from accel.config import preset
    from accel.quant import BinaryAct, BinaryLinear
    m, xte = ln_net
    x = torch.as_tensor(xte[:4])
    ln = preset("lightnorm")
    with pytest.raises(CompileError, match="no LightNorm units .lightnorm = False"):
        compile(m, x, preset("default"))
    with pytest.raises(CompileError, match="act_depth = 1024 .a smaller batch than 800"):
        compile(m, x, ln, batch=800, adapt=True)
    plain = nn.Sequential(nn.Flatten(), BinaryLinear(64, 16, in_bits=8), BinaryAct(),
                          BinaryLinear(16, 10))
    with pytest.raises(CompileError, match="needs a LightNorm layer"):
        compile(plain, x, ln, adapt=True)
    cases = [
        (nn.Sequential(BinaryLinear(64, 16, in_bits=8, alpha=True), LightNorm1d(16), BinaryAct(),
                       BinaryLinear(16, 10)), "alpha = True"),
        (nn.Sequential(BinaryLinear(64, 12, in_bits=8), LightNorm1d(12), BinaryAct(),
                       BinaryLinear(12, 10)), "12 features.*multiple of 8"),
        (nn.Sequential(BinaryLinear(64, 16, in_bits=8), LightNorm1d(16, mant_bits=5), BinaryAct(),
                       BinaryLinear(16, 10)), "hardware's LightNorm units compute in"),
        (nn.Sequential(BinaryLinear(64, 16, in_bits=8), BinaryAct(), BinaryLinear(16, 16),
                       LightNorm1d(16)), "ends in .* .LightNorm1d."),
    ]
    for net, msg in cases:
        with pytest.raises(CompileError, match=msg):
            compile(net, x, ln)


def test_lightnorm_model_refuses_what_the_hardware_cannot_run():
    """NORM on an accelerator without LightNorm units, ``norm`` on another mode, a FIN
    without statistics or with fewer values than its chunking names."""
    from accel.config import preset
    from accel.isa import Instr, NormOp, Opcode, PostMode
    from accel.model.engines import PostEngine
    from accel.model import Machine, SimError
    post = dict(thr_addr=0, dst_addr=0, lane=0, shift=0, out_bits=1, plane_stride=0,
                shortcut=0, src_addr=0)
    eng = PostEngine()
    norm = Instr(Opcode.POST, mode=PostMode.NORM, norm=NormOp.STAT, **post)
    assert "lightnorm = False" in eng.check(preset("default"), norm)
    assert "is for a NORM POST" in eng.check(preset("lightnorm"),
                                             Instr(Opcode.POST, mode=PostMode.THRESHOLD,
                                                   norm=NormOp.FIN, **post))
    assert "writes no activations" in eng.check(preset("lightnorm"),
                                                norm.replace(out_bits=2))
    cfg = preset("lightnorm")
    m = Machine(cfg, 64)
    fin = norm.replace(norm=NormOp.FIN)
    with pytest.raises(SimError, match="FIN with no STAT"):
        eng.execute(m, 0, fin)
    m.thresh[:5, 4] = [0, 0, 3, 0, 2]                       # 2 chunks of 3 values
    eng.execute(m, 0, norm)                                 # 4 rows: 4 values
    with pytest.raises(SimError, match="FIN after 4 values per column; .* names 6"):
        eng.execute(m, 1, fin)
    m.thresh[:5, 4] = 0
    m.norm_rows, m.norm_chunking = [], None
    with pytest.raises(SimError, match="size 0, chunks 0"):
        eng.execute(m, 2, norm)


# --- LightNorm after convolutions -------------------------------------------------------------
def ln_cnn(seed=0):
    """A binary CNN with LightNorm2d: a max-pool after the first (NORM APPLY_OR), a
    2-bit QuantAct after the second (pad channels must read all ones)."""
    from torch import nn
    from accel.quant import BinaryAct, BinaryConv2d, BinaryLinear, QuantAct
    torch.manual_seed(seed)
    return nn.Sequential(nn.Unflatten(1, (1, 8)), BinaryAct(),
                         BinaryConv2d(1, 8, 3, padding=1), LightNorm2d(8), BinaryAct(),
                         nn.MaxPool2d(2), BinaryConv2d(8, 16, 3, padding=1), LightNorm2d(16),
                         QuantAct(2), nn.Flatten(), BinaryLinear(256, 10, in_bits=2))


@pytest.fixture(scope="module")
def ln_cnn_net():
    """`ln_cnn` with running statistics from a few training batches; inputs signed."""
    from accel.datasets import digits
    xtr, _, xte, _ = digits(seed=0)
    xtr, xte = xtr.astype(np.float32) - 40, xte.astype(np.float32) - 40
    m = ln_cnn()
    m.train()
    with torch.no_grad():
        for i in range(0, 640, 64):
            m(torch.as_tensor(xtr[i:i + 64]))
    m.eval()
    return m, xte


@pytest.mark.parametrize("adapt,batch,act_depth", [(False, 8, None), (True, 4, None),
                                                   (True, 12, 4096)])
def test_lightnorm_cnn_torch_equals_model(ln_cnn_net, adapt, batch, act_depth):
    """LightNorm2d after convolutions, torch == model bit-exact on every output and
    hidden map: running statistics (NORM APPLY, APPLY_OR for the max-pool) and batch
    statistics gathered on the device pixel by pixel over every batch tile (STAT in
    LOOPs along the output rows, FIN, then APPLY)."""
    import dataclasses
    from accel.compiler import compile, torch_trace
    from accel.config import preset
    from accel.isa import NormOp, Opcode, PostMode
    from accel.model import simulate
    m, xte = ln_cnn_net
    cfg = preset("lightnorm")
    if act_depth:
        cfg = dataclasses.replace(cfg, act_depth=act_depth)
    prog = compile(m, torch.as_tensor(xte[:4]), cfg, batch=batch, adapt=adapt)
    x = xte[:2 * batch]
    res = simulate(prog, x, trace=True)
    out, hidden = torch_trace(m, prog, x)
    assert np.array_equal(res.logits, out)
    assert len(res.hidden) == 2
    for k, h in enumerate(res.hidden):
        assert np.array_equal(h, hidden[k]), k
    norms = {NormOp(i.norm) for i in prog.instrs if i.op == Opcode.POST
             and i.mode == PostMode.NORM}
    assert norms == ({NormOp.APPLY, NormOp.APPLY_OR} | ({NormOp.STAT, NormOp.FIN} if adapt
                                                       else set()))
    c = res.counters
    # the statistics: every conv pixel (8 x 8, then 4 x 4) of every image, per column
    cols = cfg.cols
    assert c["norm_stat_ops"] == (len(x) * (64 + 16) * cols if adapt else 0)
    assert c["norm_fin_ops"] == (len(x) // batch * 2 * cols if adapt else 0)


def test_lightnorm_cnn_adapt_follows_the_batch(ln_cnn_net):
    """Batch statistics differ from the running ones, and the order of the values in
    the range's chunks is the pixel-major one (`accel.lightnorm._per_channel`)."""
    from accel.compiler import compile
    from accel.config import preset
    from accel.lightnorm import _per_channel
    from accel.model import simulate
    m, xte = ln_cnn_net
    run = compile(m, torch.as_tensor(xte[:4]), preset("lightnorm"), batch=4)
    ada = compile(m, torch.as_tensor(xte[:4]), preset("lightnorm"), batch=4, adapt=True)
    assert not np.array_equal(simulate(run, xte[:8]).scores, simulate(ada, xte[:8]).scores)
    q = np.arange(2 * 3 * 2 * 2).reshape(2, 3, 2, 2)           # (N, C, H, W)
    assert _per_channel(q)[1].tolist() == [4, 16, 5, 17, 6, 18, 7, 19]


def test_lightnorm_cnn_compile_errors(ln_cnn_net):
    import dataclasses
    from torch import nn
    from accel.compiler import CompileError, compile
    from accel.config import preset
    from accel.quant import BinaryAct, BinaryConv2d, BinaryLinear, QuantAct
    m, xte = ln_cnn_net
    x = torch.as_tensor(xte[:4])
    ln = preset("lightnorm")
    with pytest.raises(CompileError, match="takes batch 1200 x 64 pixels = 76,800 values per "
                                           "channel .* at most 65,535"):
        compile(m, x, dataclasses.replace(ln, act_depth=65535), batch=1200, adapt=True)
    with pytest.raises(CompileError, match="adapt keeps every batch tile's activations on chip: "
                                           "100 tiles"):
        compile(m, x, ln, batch=400, adapt=True)
    with pytest.raises(CompileError, match="adapt: layer .* LightNorm blocks of 6 entries, "
                                           "which do not fit thresh_depth = 12"):
        compile(m, x, dataclasses.replace(ln, thresh_depth=12), batch=4, adapt=True)
    head = [nn.Unflatten(1, (1, 8)), BinaryAct(), BinaryConv2d(1, 8, 3, padding=1)]
    cases = [
        (nn.Sequential(*head, LightNorm1d(8), BinaryAct(), nn.Flatten(), BinaryLinear(512, 10)),
         "does not run on input shape .8, 8.: LightNorm1d.8. expects 2-d input"),
        (nn.Sequential(nn.Flatten(), BinaryLinear(64, 16, in_bits=8), LightNorm2d(16),
                       BinaryAct(), BinaryLinear(16, 10)),
         "is a BinaryLinear, so its norm is a LightNorm1d"),
        (nn.Sequential(*head, LightNorm2d(8), QuantAct(2), nn.MaxPool2d(2), nn.Flatten(),
                       BinaryLinear(128, 10, in_bits=2)), "pools 2-bit activations"),
    ]
    for net, msg in cases:
        with pytest.raises(CompileError, match=msg):
            compile(net, x, ln)


#: A small accelerator with LightNorm units, for co-simulation in the test suite.
LN_SMALL = dict(name="ln-small", rows=2, cols=8, lane_bits=32, acc_bits=16, act_depth=512,
                weight_depth=128, thresh_depth=128, out_depth=16, imem_depth=512,
                pop_stages=1, dram_bytes_per_cycle=4, dram_latency=6, counter_bits=32,
                lightnorm=True)


@pytest.mark.parametrize("sim", ["verilator", "icarus"])
def test_cosim_lightnorm_running_and_adapted(ln_net, ln_cnn_net, sim):
    """The RTL's NORM POSTs equal the model, bit and cycle for cycle, with every counter:
    running statistics (APPLY) and on-device batch statistics (STAT, FIN, APPLY in
    LOOPs over the batch tiles), of the MLP and of the CNN (APPLY_OR: the max-pool
    after a LightNorm2d; STAT in LOOPs along the output rows), on Verilator and
    Icarus."""
    from accel.compiler import compile
    from accel.config import AccelConfig
    from accel.cosim import run_cosim
    cfg = AccelConfig(**LN_SMALL)
    n = 6 if sim == "icarus" else 12
    for (m, xte), adapt, batch in ((ln_net, False, 4), (ln_net, True, 6),
                                   (ln_cnn_net, False, 4), (ln_cnn_net, True, 4)):
        k = n if m is ln_net[0] else 8
        prog = compile(m, torch.as_tensor(xte[:2]), cfg, batch=batch, adapt=adapt)
        r = run_cosim(prog, xte[:k], sim)
        assert r.ok, r.describe()
        assert r.images == k and r.mismatches == 0


# --- the LightNorm demo and the CLI ---------------------------------------------------------
@pytest.fixture(scope="module")
def ln_demo(tmp_path_factory):
    from conftest import run_demo
    return run_demo(tmp_path_factory, "lightnorm")


def test_lightnorm_demo_accuracy_adaptation_and_bit_exact(ln_demo):
    """`accel demo --net lightnorm`: >= 95 % on the test split, torch == model on every
    output and hidden activation; on the shifted split the on-device statistics recover
    at least half of what the frozen ones lose, bit-exact too."""
    rc, ck, out = ln_demo
    assert rc == 0 and ck.exists() and out["preset"] == "lightnorm" and out["images"] == 360
    for k in ("torch_accuracy", "model_accuracy", "mismatches", "hidden_mismatches",
              "cycles_per_inference", "energy_pj_per_inference", "layers",
              "inferences_per_second", "counters", "energy_breakdown_pj"):
        assert k in out
    assert out["mismatches"] == 0 and out["hidden_mismatches"] == 0
    assert out["torch_accuracy"] == out["model_accuracy"] >= 0.95
    a = out["adaptation"]
    assert a["batch"] == 120 and a["frozen_mismatches"] == 0
    assert a["adapted_mismatches"] == 0 and a["adapted_hidden_mismatches"] == 0
    assert a["adapted_model_accuracy"] == a["adapted_accuracy"]
    assert a["frozen_accuracy"] < out["torch_accuracy"] - 0.05       # the shift hurts
    assert a["recovered"] >= 0.5


def test_lightnorm_checkpoint_through_the_cli(ln_demo, tmp_path, capsys):
    """`accel compile --adapt` and `accel simulate CKPT --adapt`; `--adapt` on a program
    with running statistics is refused, naming the file."""
    import json
    from accel.cli import main
    _, ck, _ = ln_demo
    prog = tmp_path / "ada.accel"
    assert main(["compile", str(ck), "--preset", "lightnorm", "--batch", "40", "--adapt",
                 "-o", str(prog)]) == 0
    js, js2 = tmp_path / "a.json", tmp_path / "b.json"
    assert main(["simulate", str(prog), "--images", "80", "--json", str(js)]) == 0
    assert main(["simulate", str(ck), "--preset", "lightnorm", "--batch", "40", "--adapt",
                 "--images", "80", "--json", str(js2)]) == 0
    a, b = json.loads(js.read_text()), json.loads(js2.read_text())
    assert a["accuracy"] == b["accuracy"] > 0.9 and a["cycles"] == b["cycles"]
    run = tmp_path / "run.accel"
    assert main(["compile", str(ck), "--preset", "lightnorm", "-o", str(run)]) == 0
    capsys.readouterr()
    assert main(["simulate", str(run), "--adapt"]) == 2
    err = capsys.readouterr().err
    assert "run.accel: --adapt, but the program takes the running statistics" in err


def test_rtl_conventional_batchnorm_vs_ref():
    """The benchmark's baseline (`accel.hdl.batchnorm`) computes what `ref_batchnorm`
    says: statistics, finalize (table inverse square root) and normalize."""
    from accel.hdl.batchnorm import BatchNormStats, BatchNormUnit, ref_batchnorm
    from test_hdl import run_tb
    C, A = 4, 16
    st, un = BatchNormStats(C, A), BatchNormUnit(C, A)
    rng = np.random.default_rng(5)
    cases = []
    for n in (1, 5, 37):
        big = 1 << int(rng.integers(2, 14))
        rows = rng.integers(-big, big, (n, C))
        rows[:, 1] = rows[0, 1]                             # zero variance
        cases.append((rows, n, rng.integers(-800, 800, C), rng.integers(-3000, 3000, C),
                      int(rng.integers(1, 4))))

    async def stats(ctx):
        for rows, n, g, b, ob in cases:
            ctx.set(st.inv_n, round((1 << 16) / n))
            for c in range(C):
                ctx.set(st.gamma[c], int(g[c]))
                ctx.set(st.beta[c], int(b[c]))
            ctx.set(st.valid, 1)
            for r in rows:
                for c in range(C):
                    ctx.set(st.d[c], int(r[c]))
                await ctx.tick()
            ctx.set(st.valid, 0)
            got = []
            for c in range(C + 1):
                ctx.set(st.col, min(c, C - 1))
                await ctx.tick()
                if c:
                    got.append((ctx.get(st.scale), ctx.get(st.bias)))
            scale, bias, _, _ = ref_batchnorm(rows, n, g, b, ob)
            assert got == list(zip(scale, bias)), (n, got, scale, bias)
            ctx.set(st.clear, 1)
            await ctx.tick()
            ctx.set(st.clear, 0)
    run_tb(st, stats)

    async def unit(ctx):
        for rows, n, g, b, ob in cases:
            scale, bias, nonneg, level = ref_batchnorm(rows, n, g, b, ob)
            ctx.set(un.out_bits, ob)
            for c in range(C):
                ctx.set(un.scale[c], scale[c])
                ctx.set(un.bias[c], bias[c])
            for k, r in enumerate(rows):
                for c in range(C):
                    ctx.set(un.d[c], int(r[c]))
                nn_ = ctx.get(un.nonneg)
                assert [(nn_ >> c) & 1 for c in range(C)] == nonneg[k]
                assert [ctx.get(un.level[c]) for c in range(C)] == level[k]
    run_tb(un, unit, clocked=False)


@pytest.mark.parametrize("argv,msg", [
    (["--preset", "default"], "has no LightNorm units (lightnorm = False)"),
    (["--adapt-batch", "7"], "batch = 7 must be a positive multiple of rows = 4"),
    (["--adapt-batch", "4000"], "adapt keeps every batch tile's activations on chip: 1000 tiles"),
])
def test_lightnorm_demo_refuses_before_training(tmp_path, capsys, argv, msg):
    """A LightNorm demo its accelerator or batch cannot run exits 2 with one line before
    it trains, and writes no checkpoint."""
    from accel.cli import main
    ck = tmp_path / "ln.pt"
    assert main(["demo", "--net", "lightnorm", "--checkpoint", str(ck), "-q", *argv]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and msg in err[0], err
    assert not ck.exists()
