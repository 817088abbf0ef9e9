"""Amaranth components in Amaranth's simulator against the golden model (rtl_* vs ref_*)."""

import numpy as np
import pytest
import torch
from amaranth.sim import Simulator

import accel
from accel import isa
from accel.config import DSP_REGS, AccelConfig
from accel.cosim.amaranth_sim import run_amaranth
from accel.hdl.dsp import PipelinedMultiplier
from accel.hdl import Accelerator, PEArray, Popcount, ThresholdUnit, XnorPopcountPE
from accel.model.ops import (ref_accumulate, ref_matches, ref_pe_trace, ref_multi_threshold, ref_raw_score,
                             ref_threshold)
from accel.program import ProgramError
from accel.model.counters import rtl_view
from accel.timing import BUFFER_READ_REGS, LOOP_CYCLES, START_CYCLES, array_latency

from conftest import CONV_CONFIG, SMALL_CONFIGS, random_input, random_net


def run_tb(dut, bench, clocked=True):
    sim = Simulator(dut)
    if clocked:
        sim.add_clock(1e-8)
    sim.add_testbench(bench)
    sim.run()


def words(rng, n, bits):
    return [int(v) for v in rng.integers(0, 1 << min(bits, 63), n)] if bits <= 63 else \
        [int.from_bytes(rng.bytes(bits // 8), "little") for _ in range(n)]


def limbs(v, bits):
    return np.array([[(v >> (64 * j)) & (2**64 - 1) for j in range(max(1, bits // 64))]],
                    dtype=np.uint64)


@pytest.mark.parametrize("width,stages", [(1, 0), (7, 1), (17, 2), (32, 0), (32, 2), (64, 1),
                                          (64, 3), (64, 5), (100, 3)])
def test_rtl_popcount_vs_ref(width, stages):
    """Every input bit alone and every bit but one (each counted once, whether it
    enters the tree at the bottom or through an adder's carry input), and random words."""
    rng = np.random.default_rng(width * 10 + stages)
    dut = Popcount(width, stages)
    clocked = stages > 0
    full = (1 << width) - 1
    vals = ([0, full] + [1 << k for k in range(width)] + [full ^ (1 << k) for k in range(width)]
            + words(rng, 40, width))

    async def bench(ctx):
        got = []
        for k in range(len(vals) + stages):
            ctx.set(dut.i, vals[k] if k < len(vals) else 0)
            if k >= stages:
                got.append(ctx.get(dut.o))
            await (ctx.tick() if clocked else ctx.delay(1e-8))
        assert got == [bin(v).count("1") for v in vals]
    run_tb(dut, bench, clocked)


@pytest.mark.parametrize("lane_bits,stages,plane_dsp", [(8, 0, False), (16, 1, False),
                                                        (64, 2, False), (64, 4, True),
                                                        (64, 7, True)])
def test_rtl_pe_vs_ref(lane_bits, stages, plane_dsp):
    rng = np.random.default_rng(lane_bits + stages)
    A = 16
    dut = XnorPopcountPE(lane_bits, A, stages, plane_dsp)
    steps = [(words(rng, 1, lane_bits)[0], words(rng, 1, lane_bits)[0],
              int(rng.random() < 0.8), int(i == 0 or rng.random() < 0.15), int(rng.integers(0, 8)))
             for i in range(60)]
    expect = ref_pe_trace(steps, stages, A, lane_bits)
    assert len(set(expect)) > 20 and 0 in expect[1:]     # the bench exercises both

    async def bench(ctx):
        for k in range(len(expect)):
            s = steps[k] if k < len(steps) else (0, 0, 0, 0, 0)
            for n, val in zip(("a", "w", "valid", "zero"), s):
                ctx.set(getattr(dut, n), val)
            if plane_dsp:                    # the array decodes the one-hot scale
                ctx.set(dut.scale, 1 << s[4])
            else:
                ctx.set(dut.plane, s[4])
            await ctx.tick()
            assert ctx.get(dut.acc) == expect[k], f"edge {k}"
    run_tb(dut, bench)


@pytest.mark.parametrize("levels", [1, 3, 15])
def test_rtl_threshold_vs_ref(levels):
    rng = np.random.default_rng(7 + levels)
    C, A = 8, 16
    dut = ThresholdUnit(C, A, levels)
    Y = dut.y_bits

    async def bench(ctx):
        for trial in range(60):
            active = int(rng.integers(1, levels + 1))
            acc = rng.integers(0, 1 << A, C)
            thr = np.sort(rng.integers(0, 1 << A, (levels, C)), axis=0)
            tie = rng.random(C) < 0.3
            thr[0, tie] = acc[tie]                     # exact ties reach the level
            shift = trial % 2
            ctx.set(dut.acc, sum(int(v) << (A * c) for c, v in enumerate(acc)))
            ctx.set(dut.thresh, sum(int(v) << (A * i) for i, v in enumerate(thr.ravel())))
            ctx.set(dut.active, active)
            ctx.set(dut.shift, (1 << C) - 1 if shift else 0)
            y, scores = ctx.get(dut.y), ctx.get(dut.scores)
            got_y = np.array([(y >> (Y * c)) & ((1 << Y) - 1) for c in range(C)])
            got_s = np.array([(scores >> (A * c)) & ((1 << A) - 1) for c in range(C)])
            got_s = (got_s ^ (1 << (A - 1))) - (1 << (A - 1))
            if shift == 0:      # levels are compared only by threshold POSTs (shift 0)
                assert (got_y == ref_multi_threshold(acc, thr[:active])).all()
                if active == 1:
                    assert (got_y == ref_threshold(acc, thr[0])).all()
            assert (got_s == ref_raw_score(acc, thr[0], shift, A)).all()
    run_tb(dut, bench, clocked=False)


@pytest.mark.parametrize("rows,cols,stages,plane_dsp", [(1, 1, 0, False), (3, 2, 1, False),
                                                        (2, 4, 2, False), (2, 4, 4, True),
                                                        (2, 8, 7, True)])
def test_rtl_array_vs_ref_and_latency(rows, cols, stages, plane_dsp):
    rng = np.random.default_rng(rows * 7 + cols)
    W, A = 16, 16
    dut = PEArray(rows, cols, W, A, stages, plane_dsp)
    n = 9
    a = rng.integers(0, 1 << W, (n, rows)).astype(np.uint64)
    w = rng.integers(0, 1 << W, (n, cols)).astype(np.uint64)
    planes = rng.integers(0, 8, n)
    expect = np.zeros((rows, cols), np.int64)
    for s in range(n):
        m = ref_matches(a[s][:, None], w[s][:, None], W)
        expect = ref_accumulate(expect, m, int(planes[s]), s == 0, A)
    fill = 1 + stages   # the last step lands this many cycles later (input register + popcount)

    def read(ctx):
        v = ctx.get(dut.acc)
        return np.array([[(v >> (A * (r * cols + c))) & ((1 << A) - 1) for c in range(cols)]
                         for r in range(rows)])

    # steps of a previous tile, its drain (as a GEMM waits for it), then a cycle that
    # zeroes the accumulators
    garbage = 3
    idle = range(-1 - fill, 0)

    async def bench(ctx):
        for s in range(-garbage - fill - 1, n + fill + 1):
            ctx.set(dut.zero, int(s == -1))
            ctx.set(dut.valid, int(s < n and s not in idle))
            if s < n:
                ctx.set(dut.a_in, int(rng.integers(0, 1 << W)) if s < 0 else
                        sum(int(x) << (W * r) for r, x in enumerate(a[s])))
                ctx.set(dut.w_in, int(rng.integers(0, 1 << W)) if s < 0 else
                        sum(int(x) << (W * c) for c, x in enumerate(w[s])))
                ctx.set(dut.plane, 7 if s < 0 else int(planes[s]))
            await ctx.tick()
            if s == n - 1 + fill - 1:
                assert not (read(ctx) == expect).all(), "finished earlier than the formula"
            if s == n - 1 + fill:
                assert (read(ctx) == expect).all()
    run_tb(dut, bench)
    # the formula the timing model uses: buffer read and its register + fill/drain +
    # popcount stages
    cfg = AccelConfig(rows=rows, cols=cols, lane_bits=W, pop_stages=stages,
                      dram_bytes_per_cycle=1)
    assert array_latency(cfg) == BUFFER_READ_REGS + fill + 1


SMALL = SMALL_CONFIGS


def check_rtl_equals_model(prog, x, run=None):
    res = accel.simulate(prog, x)
    run = run or run_amaranth(prog, x)
    np.testing.assert_array_equal(run.scores, res.scores)
    per_run = rtl_view(prog.config, {k: v // res.runs for k, v in res.counters.items()})
    for c, measured in zip(run.counters, run.measured_cycles):
        assert measured == res.cycles_per_run == c["cycles"]
        assert c == per_run
    return res, run


@pytest.mark.parametrize("cfg", SMALL, ids=lambda c: c.name)
@pytest.mark.parametrize("seed", range(4))
def test_rtl_system_vs_model(cfg, seed):
    rng = np.random.default_rng(seed * 31 + cfg.rows)
    sizes = [int(s) for s in rng.choice([1, 5, 17, 33, 70], size=rng.integers(2, 5))]
    bits = int(rng.integers(1, 9))
    model = random_net(sizes, seed=seed, in_bits=bits, alpha=bool(seed % 2))
    x = random_input(rng, cfg.rows + 1, sizes[0], bits)
    check_rtl_equals_model(accel.compile(model, torch.as_tensor(x[:1]), cfg), x)


@pytest.mark.parametrize("cfg", SMALL, ids=lambda c: c.name)
def test_rtl_store_under_write_backpressure(cfg):
    """A memory that refuses write beats (ready low 2 cycles in 5) stalls the store
    engine: its pipeline holds every beat (scores, spilled hidden layers) and the
    outputs equal the model's; only the cycle count grows."""
    rng = np.random.default_rng(5)
    model = random_net([33, 17, 5], seed=3, in_bits=3)
    x = random_input(rng, cfg.rows + 1, 33, 3)
    prog = accel.compile(model, torch.as_tensor(x[:1]), cfg)
    res = accel.simulate(prog, x)
    run = run_amaranth(prog, x, wr_ready=lambda n: n % 5 not in (1, 3))
    np.testing.assert_array_equal(run.scores, res.scores)
    stalled = sum(run.measured_cycles) - res.cycles
    assert stalled > 0 and sum(c["store_stall"] for c in run.counters) \
        == res.counters["store_stall"] + stalled


@pytest.mark.parametrize("cfg", SMALL, ids=lambda c: c.name)
def test_rtl_store_copies_activations_under_backpressure(cfg):
    """LOAD words into the act buffer, STORE them back to another DRAM region while the
    memory refuses write beats 2 cycles in 5 (word boundaries land in every pipeline
    stage): the copy is byte for byte.  A STORE of weights or thresholds (never written
    back: they come from DRAM) stops the RTL with error and the model with SimError."""
    from accel.cosim.dram import DramModel
    from accel.model import Machine, SimError
    B = cfg.dram_bytes_per_cycle
    wb, nw = cfg.dram_word_bytes("act"), 3
    nbytes = cfg.rows * nw * wb
    dma = dict(buf=isa.Buf.ACT, sram_addr=1, banks=cfg.rows, words=nw, dram_stride=nw * wb)
    instrs = [isa.Instr(isa.Opcode.LOAD, dram_addr=0, **dma),
              isa.Instr(isa.Opcode.STORE, dram_addr=2048, **dma), isa.Instr(isa.Opcode.FINISH)]
    dut = Accelerator(cfg)
    dram = DramModel(4096, cfg.dram_latency, B)
    src = np.random.default_rng(cfg.rows).integers(0, 256, nbytes, dtype=np.uint8).tobytes()
    dram.write(0, src)

    async def bench(ctx):
        ctx.set(dut.mem_rd_ready, 1)
        await load_and_start(ctx, dut, [isa.encode(ins) for ins in instrs])
        for n in range(2000):
            rdy = int(n % 5 not in (1, 3))
            ctx.set(dut.mem_wr_ready, rdy)
            rv, wv = ctx.get(dut.mem_rd_valid), ctx.get(dut.mem_wr_valid) & rdy
            dv, dd = dram.step(rv, ctx.get(dut.mem_rd_addr), ctx.get(dut.mem_rd_len),
                               wv, ctx.get(dut.mem_wr_addr), ctx.get(dut.mem_wr_data))
            ctx.set(dut.mem_rd_data_valid, dv)
            ctx.set(dut.mem_rd_data, dd)
            if ctx.get(dut.done) or ctx.get(dut.error):
                break
            await ctx.tick()
        assert ctx.get(dut.done) and not ctx.get(dut.error)
    run_tb(dut, bench)
    assert dram.read(2048, nbytes) == src
    for buf in (isa.Buf.WEIGHT, isa.Buf.THRESH):
        store = isa.Instr(isa.Opcode.STORE, buf=buf, sram_addr=0, banks=1, words=1,
                          dram_addr=0, dram_stride=0)
        f = run_words(isa.encode(store), isa.encode(isa.Instr(isa.Opcode.FINISH)), cycles=4,
                      dut=dut)
        assert f["error"] and not f["done"]
        with pytest.raises(SimError, match="a STORE reads the act or out buffer"):
            Machine(cfg, 64).execute(0, store)


@pytest.mark.parametrize("cfg", SMALL, ids=lambda c: c.name)
def test_rtl_multibit_activations_vs_model(cfg):
    """QuantAct(2) and QuantAct(1) layers: multi-threshold POSTs and bit-plane GEMMs."""
    cfg = cfg.replace(act_bits_max=2)
    rng = np.random.default_rng(cfg.rows)
    model = random_net([33, 17, 40, 6], seed=cfg.rows, act_bits=[2, 1])
    x = random_input(rng, cfg.rows + 1, 33)
    check_rtl_equals_model(accel.compile(model, torch.as_tensor(x[:1]), cfg), x)


def test_rtl_digits_mlp_ice40(trained_mlp):
    model, (_, _, xte, _) = trained_mlp
    cfg = accel.preset("ice40-up5k")
    prog = accel.compile(model, torch.as_tensor(xte[:1], dtype=torch.float32), cfg)
    check_rtl_equals_model(prog, xte[:4])


def test_rtl_refuses_other_config():
    model = random_net([10, 4], seed=0)
    prog = accel.compile(model, torch.zeros(1, 10), SMALL[0])
    with pytest.raises(ProgramError, match="config id"):
        run_amaranth(prog, np.zeros((1, 10)), dut=Accelerator(SMALL[1]))


async def load_and_start(ctx, dut, words):
    """Write instruction words into the instruction memory, then pulse start."""
    ctx.set(dut.imem_we, 0xFFFF)
    for a, word in enumerate(words):
        ctx.set(dut.imem_addr, a)
        ctx.set(dut.imem_data, word)
        await ctx.tick()
    ctx.set(dut.imem_we, 0)
    ctx.set(dut.start, 1)
    await ctx.tick()
    ctx.set(dut.start, 0)


def run_words(*words: int, cycles: int = 1, dut=None) -> dict:
    """Load instruction words, start, and report the flags ``cycles + 1`` cycles after
    the first instruction's issue (`START_CYCLES` after start)."""
    dut = dut or Accelerator(SMALL[0])
    flags = {}

    async def bench(ctx):
        await load_and_start(ctx, dut, words)
        for _ in range(START_CYCLES + cycles):
            await ctx.tick()
        flags.update(error=ctx.get(dut.error), done=ctx.get(dut.done), busy=ctx.get(dut.busy))
    run_tb(dut, bench)
    return flags


def test_rtl_refuses_malformed_loop_body():
    """A LOOP body holds GEMM/POST only: a LOAD, a FINISH or a nested LOOP in it is an
    error (the model refuses the same programs, `test_isa`)."""
    loop = isa.encode(isa.Instr(isa.Opcode.LOOP, count=2, body=1, act_step=0, ix_step=0,
                                dst_step=0, src_step=0))
    finish = isa.encode(isa.Instr(isa.Opcode.FINISH))
    for inner in (finish, loop):
        f = run_words(loop, inner, finish, cycles=3 + LOOP_CYCLES)
        assert f["error"] and not f["done"], inner
    # the same LOOP around nothing but the FINISH after its body is fine
    post = isa.encode(isa.Instr(isa.Opcode.POST, mode=isa.PostMode.RAW, thr_addr=0,
                                dst_addr=0, lane=0, shift=0, out_bits=1, plane_stride=0,
                                shortcut=0, src_addr=0))
    f = run_words(loop, post, finish, cycles=40)
    assert f["done"] and not f["error"]


def test_rtl_invalid_opcode_stops_with_error():
    f = run_words(9)          # opcode 9 does not exist
    assert f["error"] and not f["done"] and not f["busy"]


@pytest.mark.parametrize("regs", [1, 2, 3])
def test_rtl_pipelined_multiplier_vs_product(regs):
    """The portable form: every product ``2 * regs`` cycles after its operands."""
    rng = np.random.default_rng(regs)
    dut = PipelinedMultiplier(7, 8, regs)
    ops = [(0, 0), (127, 255), (1, 128), (127, 1)] + \
        [tuple(int(v) for v in rng.integers(0, (128, 256))) for _ in range(40)]

    async def bench(ctx):
        got = []
        for k in range(len(ops) + 2 * regs):
            a, b = ops[k] if k < len(ops) else (0, 0)
            ctx.set(dut.a, a)
            ctx.set(dut.b, b)
            if k >= 2 * regs:
                got.append(ctx.get(dut.p))
            await ctx.tick()
        assert got == [a * b for a, b in ops]
    run_tb(dut, bench)


def test_pipelined_multiplier_is_a_dsp_block_on_ecp5_only():
    from amaranth.back import verilog

    class Family:
        family = "ecp5"
    ecp5 = verilog.convert(PipelinedMultiplier(7, 8, 2), name="m", platform=Family())
    assert "MULT18X18D" in ecp5 and 'REG_OUTPUT_CLK("CLK0")' in ecp5
    assert "MULT18X18D" not in verilog.convert(PipelinedMultiplier(7, 8, 2), name="m")
    # wider than the block's 18-bit operands: portable form
    assert "MULT18X18D" not in verilog.convert(PipelinedMultiplier(19, 8, 2), name="m",
                                               platform=Family())


def test_constructors_validate():
    with pytest.raises(TypeError, match="AccelConfig"):
        Accelerator("default")
    with pytest.raises(ValueError, match="width must be in 1"):
        Popcount(0)
    with pytest.raises(TypeError, match="lane_bits must be an integer"):
        XnorPopcountPE(8.0, 16)
    with pytest.raises(ValueError, match="rows must be in 1"):
        PEArray(0, 1, 8, 8)
    with pytest.raises(ValueError, match="stages must be in 0..16"):
        Popcount(8, 17)
    with pytest.raises(ValueError, match="regs must be at least 1, not 0"):
        PipelinedMultiplier(7, 8, 0)
    with pytest.raises(TypeError, match="a_width must be an integer, not 7.0"):
        PipelinedMultiplier(7.0, 8)
    with pytest.raises(TypeError, match="b_suffix must be a str, not 1"):
        PipelinedMultiplier(7, 8, b_suffix=1)
    with pytest.raises(TypeError, match="plane_dsp must be a bool, not 1"):
        XnorPopcountPE(8, 16, 0, 1)
    with pytest.raises(TypeError, match="plane_dsp must be a bool, not 'yes'"):
        PEArray(1, 1, 8, 8, 0, "yes")
    for cls in (XnorPopcountPE, lambda *a: PEArray(1, 1, *a)):
        for n in range(2 * DSP_REGS):
            with pytest.raises(ValueError,
                               match=rf"plane_dsp needs pop_stages >= {2 * DSP_REGS} .*not {n}"):
                cls(8, 16, n, True)


def test_popcount_registers_sit_at_the_last_levels():
    """Pipeline registers cut the tree late (where the LUT mapper loses least), the
    third and later ones spread over the levels below."""
    assert Popcount(64, 2).register_levels() == [5, 6]
    assert Popcount(64, 3).register_levels() == [3, 5, 6]     # no deep first stage
    assert Popcount(64, 4).register_levels() == [2, 4, 5, 6]
    assert Popcount(16, 1).register_levels() == [4]
    assert Popcount(4, 4).register_levels() == [1, 1, 1, 2]      # more stages than levels


def _tree_bits(node):
    """(bits entering at the bottom, bits entering through carry inputs)."""
    if isinstance(node, int):
        return [node], []
    _, left, right, ci, _ = node
    (ll, lc), (rl, rc) = _tree_bits(left), _tree_bits(right)
    return ll + rl, lc + rc + ([ci] if ci is not None else [])


@pytest.mark.parametrize("width", [1, 2, 3, 7, 16, 17, 64, 100])
def test_popcount_tree_counts_every_bit_once(width):
    """The adder tree's carry inputs: each input bit enters once, the adders from
    `CARRY_IN_LEVEL` up take one each, and no node sums more bits than it can."""
    pc = Popcount(width)
    tree = pc.tree()
    leaves, carries = _tree_bits(tree)
    assert sorted(leaves + carries) == list(range(width))

    def walk(node):
        if isinstance(node, int):
            return
        level, left, right, ci, n = node
        assert n <= Popcount.capacity(level)
        assert (ci is not None) == (level >= Popcount.CARRY_IN_LEVEL and n >= 3)
        walk(left), walk(right)
    walk(tree)
    if width == 64:     # 4 + 2 + 1 carry inputs at levels 4, 5, 6
        assert len(carries) == 7


def test_rtl_refuses_nbit_max_pool():
    """An OR (max-pool) POST of more than one bit has no meaning: error, never a guess."""
    word = isa.Instr(isa.Opcode.POST, mode=isa.PostMode.OR, thr_addr=0, dst_addr=0, lane=0,
                     shift=0, out_bits=2, plane_stride=1, shortcut=0, src_addr=0)
    f = run_words(isa.encode(word))
    assert f["error"] and not f["done"]


@pytest.mark.parametrize("name,kw", [
    ("pad+1-pool", dict(image=(3, 5, 4), layers=((5, 3, 1, 1, 1.0, 2),), fc=0)),
    ("pad-1-stride2-k1", dict(image=(9, 5, 5), sign_input=True,
                              layers=((3, 3, 2, 1, -1.0, 1), (6, 1, 1, 0, 1.0, 1)), fc=0)),
    ("input-bands", dict(image=(3, 12, 10), layers=((5, 3, 1, 1, 1.0, 2),), fc=0)),
    ("hidden-spill", dict(image=(3, 16, 12), fc=0,
                          layers=((9, 3, 1, 1, 1.0, 1), (5, 3, 1, 1, -1.0, 2)))),
    ("residual-pool", dict(image=(2, 6, 5), layers=((6, 3, 1, 1, 1.0, 1),), fc=0,
                           residual=((3, -1.0, 1), (3, 1.0, 2)))),
    ("uint-2bit-gsp", dict(image=(2, 4, 4), in_bits=3, act_bits=2, head="gsp",
                           layers=((3, 3, 1, 1, -1.0, 1), (5, 3, 1, 1, 1.0, 1)), fc=0)),
    ("im2col-bands-pool", dict(image=(3, 12, 10), in_bits=4, layers=((5, 3, 1, 1, 1.0, 2),), fc=0,
                               first="im2col")),
], ids=lambda v: v if isinstance(v, str) else "")
def test_rtl_conv_vs_model(name, kw):
    """Window GEMMs (both pad values, tails, stride 2, 1x1 and 3x3; the first layer
    reading the image itself), max-pool ORs and multi-bit maps, and an unfolded
    (im2col) first layer: Amaranth simulation == golden model, outputs and every
    counter."""
    from conftest import random_conv_net
    kw = dict(kw)
    first = kw.pop("first", "direct")
    model = random_conv_net(seed=len(name), classes=3, **kw)
    rng = np.random.default_rng(0)
    hi = 1 << kw.get("in_bits", 8)
    x = (rng.normal(size=(3, *kw["image"])) if kw.get("sign_input")
         else rng.integers(0, hi, (3, *kw["image"]))).astype(np.float32)
    prog = accel.compile(model, x, CONV_CONFIG, first_layer=first)
    assert any(i.op == isa.Opcode.GEMM and i.kh > 1 for i in prog.instrs) == (first == "direct")
    assert (prog.symbols.input.im2col is not None) == (first == "im2col")
    if first == "im2col":
        assert prog.layers[0].input_bands > 1
    assert any(i.op == isa.Opcode.LOOP for i in prog.instrs)
    if kw.get("residual"):                  # shortcut POSTs, also merging into a max-pool
        assert any(i.op == isa.Opcode.POST and i.shortcut and i.mode == isa.PostMode.OR
                   for i in prog.instrs)
    check_rtl_equals_model(prog, x)


@pytest.mark.parametrize("first", ["im2col", "direct"])
def test_rtl_narrow_input_loads_vs_model(first):
    """A first layer whose pixel fits one bus beat (3x3 taps of one channel, or 3
    channels, in 16 bits of a 32-bit word) reads its input with narrow LOADs: half the
    DRAM bytes, the word's other half ones; Amaranth simulation == model == torch."""
    import torch
    from conftest import random_conv_net
    cfg = CONV_CONFIG.replace(name="conv-narrow", lane_bits=32, dram_bytes_per_cycle=2,
                              act_depth=1024)
    image = (1, 9, 8) if first == "im2col" else (3, 7, 6)
    model = random_conv_net(seed=4, classes=3, image=image, in_bits=4,
                            layers=((5, 3, 1, 1, 1.0, 1),), fc=0)
    x = np.random.default_rng(0).integers(0, 16, (3, *image)).astype(np.float32)
    prog = accel.compile(model, x, cfg, first_layer=first)
    narrow = [i for i in prog.instrs if i.op == isa.Opcode.LOAD and i.narrow]
    assert narrow and all(i.buf == isa.Buf.ACT for i in narrow)
    assert prog.symbols.input.word_bytes == 2 and "narrow=1" in isa.disassemble(narrow[0])
    want = model(torch.as_tensor(x)).detach().numpy().round()
    np.testing.assert_array_equal(accel.simulate(prog, x).scores, want)
    check_rtl_equals_model(prog, x)


def test_rtl_refuses_load_options_on_other_buffers():
    """narrow is for the act buffer, push_next for the weight buffer: the model and
    the RTL refuse them elsewhere."""
    from accel.model import Machine, SimError
    base = dict(sram_addr=0, banks=1, words=1, dram_addr=0, dram_stride=0)
    for opt, buf in (("narrow", isa.Buf.WEIGHT), ("push_next", isa.Buf.ACT)):
        load = isa.Instr(isa.Opcode.LOAD, buf=buf, **base, **{opt: 1})
        f = run_words(isa.encode(load), isa.encode(isa.Instr(isa.Opcode.FINISH)), cycles=4)
        assert f["error"] and not f["done"]
        with pytest.raises(SimError, match=f"{opt} .* is for the .* buffer only, not "
                                           f"{buf.name.lower()}"):
            Machine(SMALL[0], 64).execute(0, load)


def test_rtl_refuses_load_into_out_buffer():
    """The out buffer is written by POST only: the model and the RTL refuse a LOAD into it."""
    load = isa.Instr(isa.Opcode.LOAD, buf=isa.Buf.OUT, sram_addr=0, banks=1, words=1,
                     dram_addr=0, dram_stride=0)
    f = run_words(isa.encode(load), isa.encode(isa.Instr(isa.Opcode.FINISH)), cycles=4)
    assert f["error"] and not f["done"]
    from accel.model import Machine, SimError
    with pytest.raises(SimError, match="written by POST only"):
        Machine(SMALL[0], 64).execute(0, load)


def test_rtl_without_conv_hardware_vs_model():
    """conv = False: dense programs run equal to the model; a convolution is refused by
    the compiler, and a conv instruction stops the RTL with error and the model with
    SimError."""
    from accel.compiler import CompileError
    from accel.model import Machine, SimError
    cfg = SMALL[0].replace(name="s1-dense", conv=False)
    for seed in range(2):
        model = random_net([20, 9, 5], seed=seed)
        prog = accel.compile(model, torch.zeros(1, 20), cfg)
        check_rtl_equals_model(prog, random_input(np.random.default_rng(seed), 3, 20))
    from accel.models import digits_cnn
    with pytest.raises(CompileError, match="conv = False"):
        accel.compile(digits_cnn(width=8).eval(), torch.zeros(1, 8, 8), accel.preset("ice40-up5k"))
    gemm = isa.Instr(isa.Opcode.GEMM, **dict(
        isa.DENSE_WINDOW, kh=3, kw=3, fm_h=4, fm_w=4, act_addr=0, w_addr=0, words=1,
        planes=1, plane_stride=0, accumulate=0, mode=0))
    with pytest.raises(SimError, match="convolution window needs convolution hardware"):
        Machine(cfg, 64).execute(0, gemm)
    dut = Accelerator(cfg)
    finish = isa.encode(isa.Instr(isa.Opcode.FINISH))
    loop = isa.encode(isa.Instr(isa.Opcode.LOOP, count=2, body=1, act_step=0, ix_step=0,
                                dst_step=0, src_step=0))
    for word in (isa.encode(gemm), loop):
        f = run_words(word, finish, cycles=4, dut=dut)
        assert f["error"] and not f["done"]


def _random_instr(rng, op):
    """An encodable instruction of opcode ``op`` with every field uniformly random
    within its legal values."""
    fields = {}
    for f in isa.FORMATS[op]:
        if f.enum is not None:
            fields[f.name] = int(rng.choice([int(e) for e in f.enum]))
        else:
            fields[f.name] = int(rng.integers(f.lo, f.max + 1))
    if op == isa.Opcode.GEMM and rng.random() < 0.5:      # half of them dense
        fields.update(isa.DENSE_WINDOW)
    if op == isa.Opcode.LOAD:                             # its option flags
        fields["push_next"] = int(rng.integers(0, 2))
    return isa.Instr(op, **fields)


def _ref_refused(cfg, ins) -> bool:
    """The rules each engine's decode enforces (`accel.isa`); address ranges are the
    model's alone (the RTL wraps them)."""
    if ins.op in isa.DMA_BUFFERS:
        return ins.buf not in isa.DMA_BUFFERS[ins.op] or (
            ins.op == isa.Opcode.LOAD and isa.load_option_refused(ins) is not None)
    if ins.op == isa.Opcode.GEMM:
        return (not cfg.conv and isa.conv_feature(ins) is not None) or any(
            bool(rule.refused(ins, cfg)) for rule in isa.GEMM_RULES)
    return any(bool(rule.refused(ins, cfg)) for rule in isa.POST_RULES)


@pytest.mark.parametrize("variant", ["conv", "no-conv", "esb"])
def test_rtl_engine_decode_refuses_what_the_isa_rules_refuse(variant):
    """Each engine's ``refused`` on random words of its opcode equals the `isa` rule
    the golden model's engine checks, evaluated on the decoded `Instr`."""
    from accel.hdl.gemm import GemmEngine
    from accel.hdl.load import LoadEngine
    from accel.hdl.post import PostEngine
    from accel.hdl.store import StoreEngine
    cfg = {"conv": CONV_CONFIG, "no-conv": CONV_CONFIG.replace(name="no-conv", conv=False),
           "esb": CONV_CONFIG.replace(name="esb", pe_kind="esb", elem_bits=2, weight_bits=4,
                                      esb_mantissa=1, lane_bits=16)}[variant]
    rng = np.random.default_rng(7)
    for cls, op in ((LoadEngine, isa.Opcode.LOAD), (StoreEngine, isa.Opcode.STORE),
                    (GemmEngine, isa.Opcode.GEMM), (PostEngine, isa.Opcode.POST)):
        dut = cls(cfg)
        cases = [_random_instr(rng, op) for _ in range(150)]
        want = [_ref_refused(cfg, ins) for ins in cases]
        assert 0 < sum(want) < len(want), (op, sum(want))
        got = []

        async def bench(ctx):
            for ins in cases:
                ctx.set(dut.cmd.decode, isa.encode(ins))
                got.append(bool(ctx.get(dut.cmd.refused)))

        run_tb(dut, bench, clocked=False)
        bad = [(str(ins), g) for ins, w, g in zip(cases, want, got) if w != g]
        assert not bad, f"{cls.__name__}: {bad[:3]}"


def test_hdl_imports_nothing_from_the_model():
    """The RTL reads its constants from `accel.isa`, `accel.timing` and
    `accel.perfcounters`, never from the golden model it is checked against."""
    import subprocess
    import sys
    code = ("import sys, accel.hdl, accel.hdl.generate, accel.board.top\n"
            "bad = sorted(m for m in sys.modules if m.startswith('accel.model'))\n"
            "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True)


# --- property: random well-formed programs, model == Amaranth simulation --------------
from hypothesis import HealthCheck, given, reject, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_SIZES = st.sampled_from([1, 3, 5, 17, 33, 70])


@st.composite
def dense_programs(draw):
    """A random MLP (widths, input bits, sign or 1-/2-bit hidden maps, alpha) compiled
    for one of the small configs, and its images (1 to 2 * rows + 1 of them)."""
    cfg = draw(st.sampled_from(SMALL))
    sizes = draw(st.lists(_SIZES, min_size=2, max_size=4))
    bits = draw(st.integers(1, 8))
    acts = draw(st.lists(st.sampled_from([None, 1, 2]), min_size=len(sizes) - 2,
                         max_size=len(sizes) - 2))
    seed = draw(st.integers(0, 2 ** 16))
    n = draw(st.integers(1, 2 * cfg.rows + 1))
    model = random_net(sizes, seed=seed, in_bits=bits, alpha=draw(st.booleans()),
                       act_bits=acts)
    x = random_input(np.random.default_rng(seed), n, sizes[0], bits)
    return _compiled_or_reject(model, x, cfg)


@st.composite
def conv_programs(draw):
    """A random conv BNN for `CONV_CONFIG`: 1 or 2 convolutions (3 to 11 channels,
    kernel 1 or 3, stride 1 or 2, pad +1 / -1 / none, max-pool), 2-bit maps or Bi-Real
    blocks, flatten or GlobalSumPool2d, sign or n-bit input; and 1 to 5 images."""
    layers = []
    for li in range(draw(st.integers(1, 2))):
        k = draw(st.sampled_from([1, 3]))
        layers.append((draw(st.sampled_from([3, 5, 7, 9, 11])), k,
                       draw(st.sampled_from([1, 2])) if li == 0 else 1,
                       draw(st.integers(0, 1)) if k == 3 else 0,
                       draw(st.sampled_from([1.0, -1.0])), 1))
    if layers[-1][2] == 1 and draw(st.booleans()):
        layers[-1] = layers[-1][:5] + (2,)
    act_bits = draw(st.sampled_from([None, 2]))
    residual = () if act_bits else tuple(
        (3, draw(st.sampled_from([1.0, -1.0])), 1) for _ in range(draw(st.integers(0, 2))))
    sign = draw(st.booleans())
    in_bits = draw(st.sampled_from([2, 4, 8]))
    image = (draw(st.sampled_from([1, 3, 5])), draw(st.integers(5, 7)), draw(st.integers(5, 7)))
    seed = draw(st.integers(0, 2 ** 16))
    from conftest import random_conv_net
    model = random_conv_net(seed=seed, image=image, layers=tuple(layers), sign_input=sign,
                            in_bits=in_bits, act_bits=act_bits, residual=residual,
                            head=draw(st.sampled_from(["flatten", "gsp"])),
                            fc=draw(st.sampled_from([0, 5])), classes=3)
    rng = np.random.default_rng(seed)
    n = draw(st.integers(1, 2 * CONV_CONFIG.rows + 1))
    x = (rng.normal(size=(n, *image)) if sign else
         rng.integers(0, 1 << in_bits, (n, *image))).astype(np.float32)
    return _compiled_or_reject(model, x, CONV_CONFIG)


def _compiled_or_reject(model, x, cfg):
    from accel.compiler import CompileError
    try:
        return accel.compile(model, torch.as_tensor(x[:1]), cfg), x
    except CompileError:               # not a well-formed program for this config
        reject()


_PROPERTY = settings(max_examples=12, deadline=None, derandomize=True,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


@_PROPERTY
@given(dense_programs())
def test_property_dense_programs_model_equals_amaranth(job):
    """Any well-formed dense program: Amaranth's simulation of the RTL gives the
    model's scores, cycles and every counter."""
    check_rtl_equals_model(*job)


@_PROPERTY
@given(conv_programs())
def test_property_conv_programs_model_equals_amaranth(job):
    """Any well-formed conv program (windows, pads, pooling, n-bit maps, residual
    blocks, LOOPs): Amaranth simulation == model, outputs, cycles and counters."""
    check_rtl_equals_model(*job)
