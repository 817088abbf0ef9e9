"""Convolutional networks: torch == golden model, bit for bit, on every hidden map."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

from accel.compiler import CompileError, compile, torch_trace
from accel.config import AccelConfig
from accel.model import simulate
from accel.quant import BinaryAct, BinaryConv2d, BinaryLinear, BiRealBlock, QuantAct

from conftest import SMALL_CONFIGS, random_conv_net

BIG = AccelConfig(name="conv-test", rows=2, cols=8, lane_bits=16, acc_bits=24, act_depth=1024,
                  weight_depth=256, thresh_depth=64, out_depth=16, dram_bytes_per_cycle=2)

# (name, kwargs of random_conv_net)
NETS = [
    ("k3-pad1-pool", dict(layers=((5, 3, 1, 1, 1.0, 1), (9, 3, 1, 1, 1.0, 2)))),
    ("pad-1-stride2", dict(layers=((7, 3, 2, 1, -1.0, 1), (3, 3, 1, 1, -1.0, 1)))),
    ("k1-odd", dict(image=(5, 5, 5), layers=((17, 1, 1, 0, 1.0, 1), (11, 3, 2, 0, 1.0, 1)))),
    ("uint-pad-max", dict(layers=((6, 3, 1, 2, 1.0, 1),), fc=0)),
    ("quant-act", dict(layers=((6, 3, 1, 1, 1.0, 1), (5, 3, 1, 1, 1.0, 2)), act_bits=2)),
    ("sign-input-gsp", dict(sign_input=True, head="gsp",
                            layers=((6, 3, 1, 1, -1.0, 1), (13, 3, 1, 1, 1.0, 2)))),
    ("wide-channels", dict(image=(20, 4, 4), layers=((33, 3, 1, 1, 1.0, 2),), fc=0)),
    ("residual", dict(layers=((9, 3, 1, 1, 1.0, 1),),
                      residual=((3, 1.0, 1), (3, -1.0, 2), (1, 1.0, 1)))),
    ("residual-wide-gsp", dict(image=(3, 5, 5), layers=((70, 3, 1, 1, -1.0, 1),), head="gsp",
                               residual=((3, -1.0, 1), (3, 1.0, 1)))),
]


def _inputs(model, image, n, seed, sign=False):
    rng = np.random.default_rng(seed)
    if sign:
        return rng.normal(size=(n, *image)).astype(np.float32)
    return rng.integers(0, 256, (n, *image)).astype(np.float32)


def _check(model, x, cfg, batch=None, first_layer="auto"):
    prog = compile(model, x, cfg, batch=batch, first_layer=first_layer)
    res = simulate(prog, x, trace=True)
    out, hidden = torch_trace(model, prog, x)
    np.testing.assert_array_equal(res.scores, out)
    assert len(hidden) == len(res.hidden)
    for i, (h, g) in enumerate(zip(hidden, res.hidden)):
        np.testing.assert_array_equal(g, h, err_msg=f"hidden layer {i}")
    return prog, res


@pytest.mark.parametrize("name,kw", NETS, ids=[n for n, _ in NETS])
@pytest.mark.parametrize("cfg", [BIG, SMALL_CONFIGS[1]], ids=lambda c: c.name)
def test_random_conv_nets_bit_exact(name, kw, cfg):
    if cfg.act_bits_max < (kw.get("act_bits") or 1):
        pytest.skip("config has no multi-bit activations")
    model = random_conv_net(seed=len(name), **kw)
    image = kw.get("image", (3, 7, 6))
    x = _inputs(model, image, 2 * cfg.rows + 1, seed=1, sign=kw.get("sign_input", False))
    try:
        _check(model, x, cfg)
    except CompileError as e:                  # the small config may be too small: say why
        assert cfg is not BIG, e
        assert "not fit" in str(e) or "weight_depth" in str(e) or "imem_depth" in str(e), e


@pytest.mark.parametrize("name,kw", NETS, ids=[n for n, _ in NETS])
def test_random_conv_nets_bit_exact_with_direct_first_layer(name, kw):
    """The window walker reading the image itself (what im2col replaces by default)."""
    model = random_conv_net(seed=len(name), **kw)
    image = kw.get("image", (3, 7, 6))
    x = _inputs(model, image, 2 * BIG.rows + 1, seed=1, sign=kw.get("sign_input", False))
    prog, _ = _check(model, x, BIG, first_layer="direct")
    assert prog.symbols.input.im2col is None


def test_first_layer_im2col_is_chosen_when_it_saves_steps():
    """auto unfolds a 3-channel 3x3 first layer (27 taps: two 16-bit lane words a pixel
    instead of nine) and leaves a 1x1 one alone; asked for, im2col of a 1x1 layer is
    still exact."""
    model = random_conv_net(seed=4, layers=((5, 3, 1, 1, 1.0, 1), (9, 3, 1, 1, 1.0, 2)))
    x = _inputs(model, (3, 7, 6), 2 * BIG.rows, seed=2)
    prog, _ = _check(model, x, BIG)
    assert prog.symbols.input.im2col[:6] == (3, 3, 1, 1, 1, 1)
    first = [i for i, t in zip(prog.instrs, prog.tags) if t == 0 and i.op.name == "GEMM"]
    assert {(i.kh, i.kw, i.words, i.iy0 >= 0) for i in first} == {(1, 1, 2, True)}
    k1 = random_conv_net(seed=5, image=(5, 5, 5), layers=((17, 1, 1, 0, 1.0, 1),))
    x1 = _inputs(k1, (5, 5, 5), 2 * BIG.rows, seed=3)
    assert _check(k1, x1, BIG)[0].symbols.input.im2col is None
    assert _check(k1, x1, BIG, first_layer="im2col")[0].symbols.input.im2col[:6] == \
        (1, 1, 1, 1, 0, 0)
    with pytest.raises(CompileError, match="first_layer = 'sideways'"):
        compile(k1, x1, BIG, first_layer="sideways")


def test_conv_program_uses_windows_and_or():
    model = random_conv_net(seed=3, layers=((5, 3, 2, 1, 1.0, 1), (9, 3, 1, 1, -1.0, 2)))
    x = _inputs(model, (3, 7, 6), 2, 0)
    prog, _ = _check(model, x, BIG, first_layer="direct")
    gemms = [i for i in prog.instrs if i.op.name == "GEMM"]
    assert any(i.iy0 < 0 for i in gemms) and {i.pad for i in gemms} == {0, 1}
    assert any(i.op.name == "POST" and i.mode == 2 for i in prog.instrs)
    conv = prog.layers[0]
    assert conv.op == "conv" and conv.out_fm == (5, 4, 3) and conv.stride == (2, 2)


def test_flatten_order_is_torch_order():
    """A dense layer after a conv map sees torch's (C, H, W) flattening."""
    model = random_conv_net(seed=9, image=(2, 3, 4), layers=((70, 1, 1, 0, 1.0, 1),), fc=0,
                            classes=3)
    _check(model, _inputs(model, (2, 3, 4), 4, 2), BIG)


def _conv(n, *extra, first_bits=8):
    return nn.Sequential(BinaryConv2d(1, 4, 3, padding=1, in_bits=first_bits),
                         nn.BatchNorm2d(4), *extra, nn.Flatten(), BinaryLinear(n, 3)).eval()


@pytest.mark.parametrize("n,mods,needle", [
    (16, (QuantAct(2), nn.MaxPool2d(2)), "max-pools binary"),
    (36, (BinaryAct(), nn.MaxPool2d(2, stride=1)), "stride = kernel"),
    (36, (BinaryAct(), nn.MaxPool2d(2, padding=1)), "no padding"),
], ids=["pool-nbit", "pool-overlap", "pool-pad"])
def test_unsupported_pools_named(n, mods, needle):
    x = np.zeros((2, 1, 4, 4), np.float32)
    with pytest.raises(CompileError, match=needle):
        compile(_conv(n, *mods), x, BIG)


def test_pad_code_must_be_uniform():
    m = nn.Sequential(BinaryConv2d(1, 4, 3, padding=1, in_bits=8, pad_value=7),
                      nn.BatchNorm2d(4), BinaryAct(), nn.Flatten(),
                      BinaryLinear(64, 3))
    with pytest.raises(CompileError, match="pad code 7"):
        compile(m.eval(), np.zeros((2, 1, 4, 4), np.float32), BIG)


def test_residual_block_needs_binary_input():
    """x + BN(conv(x)) is folded for x = +-1 only: after a QuantAct, or on raw integer
    input, the block is refused with the reason."""
    m = nn.Sequential(BinaryConv2d(4, 4, 3, padding=1, in_bits=8), nn.BatchNorm2d(4),
                      QuantAct(2), BiRealBlock(4), nn.Flatten(), BinaryLinear(64, 3))
    with pytest.raises(CompileError, match=r"must be \+-1 \(a BinaryAct\), not QuantAct\(2\)"):
        compile(m.eval(), np.zeros((2, 4, 4, 4), np.float32), BIG)
    m = nn.Sequential(BiRealBlock(4), nn.Flatten(), BinaryLinear(64, 3))
    with pytest.raises(CompileError, match="not unsigned integers"):
        compile(m.eval(), np.zeros((2, 4, 4, 4), np.float32), BIG)


def test_conv_last_layer_refused():
    m = nn.Sequential(BinaryConv2d(1, 4, 3, in_bits=8))
    with pytest.raises(CompileError, match="BinaryLinear"):
        compile(m.eval(), np.zeros((2, 1, 4, 4), np.float32), BIG)


def test_loops_change_only_the_issue_cycles():
    """A LOOP per conv row computes exactly what the written-out instructions compute;
    the only cost difference is the LOOP's own cycles (its issue and `LOOP_CYCLES`),
    which overlap with the engines still working behind the controller."""
    from accel.isa import Opcode
    from accel.timing import ISSUE_CYCLES, LOOP_CYCLES
    name, kw = NETS[0]
    model = random_conv_net(seed=3, **kw)
    x = _inputs(model, (3, 7, 6), 5, seed=2)
    looped, flat = compile(model, x, BIG), compile(model, x, BIG, loops=False)
    n_loops = sum(i.op == Opcode.LOOP for i in looped.instrs)
    assert n_loops > 0 and not any(i.op == Opcode.LOOP for i in flat.instrs)
    assert len(flat.instrs) > len(looped.instrs) + n_loops
    a, b = simulate(looped, x), simulate(flat, x)
    np.testing.assert_array_equal(a.scores, b.scores)
    assert (b.cycles_per_run < a.cycles_per_run
            <= b.cycles_per_run + n_loops * (ISSUE_CYCLES + LOOP_CYCLES))
    assert a.counters["instructions"] == b.counters["instructions"] + n_loops * a.runs
    for k in a.counters:
        if k not in ("cycles", "instructions"):
            assert a.counters[k] == b.counters[k], k


@pytest.mark.parametrize("pad", [1.0, -1.0])
def test_input_streamed_in_row_bands(pad):
    """An 8-bit input map larger than the activation buffer is loaded band by band
    (overlapping rows again); the result is bit-exact, and the error names the numbers
    when not even one band fits."""
    from accel.isa import Buf, Opcode
    cfg = AccelConfig(name="bands", rows=2, cols=8, lane_bits=16, acc_bits=24, act_depth=400,
                      weight_depth=256, thresh_depth=64, out_depth=16, dram_bytes_per_cycle=2)
    kw = dict(image=(3, 13, 9), layers=((9, 3, 1, 1, pad, 2), (6, 3, 2, 1, 1.0, 1)))
    model = random_conv_net(seed=5, **kw)
    x = _inputs(model, kw["image"], 5, seed=3)
    prog, _ = _check(model, x, cfg)
    bands = prog.layers[0].input_bands
    assert bands >= 2
    loads = [i for i in prog.instrs if i.op == Opcode.LOAD and i.buf == Buf.ACT]
    assert len(loads) == bands * 8 * (prog.batch // cfg.rows)
    assert sum(l.words for l in loads) > 8 * 13 * 9 * prog.batch // cfg.rows   # rows overlap
    small = AccelConfig(name="tiny-act", rows=2, cols=8, lane_bits=16, acc_bits=24,
                        act_depth=100, weight_depth=256, thresh_depth=64, out_depth=16,
                        dram_bytes_per_cycle=2)
    with pytest.raises(CompileError, match=r"act_depth = 100 \(the first layer streams its input"):
        compile(model, x, small)


def test_cnv_on_ecp5_bit_exact():
    """FINN's CNV (random weights and BN statistics) on the ecp5-85f preset: the 8-bit
    input streams in row bands, every conv row is a LOOP, the program fits the
    instruction memory, and torch == model on every hidden map."""
    from accel.config import preset
    from accel.isa import Opcode
    from accel.models import cnv
    from conftest import randomize_bn
    torch.manual_seed(0)
    model = cnv()
    rng = np.random.default_rng(0)
    fan_in = iter([27, 576, 576, 1152, 1152, 2304, 256, 512])
    for mod in model.modules():
        if isinstance(mod, (nn.BatchNorm1d, nn.BatchNorm2d)):
            f = next(fan_in)
            randomize_bn(mod, rng, int(np.sqrt(f)) * 2, scale=127.5 if f == 27 else 1.0,
                         gamma_neg=0.2, gamma_zero=0.0, ties=0.1)
    cfg = preset("ecp5-85f")
    x = _inputs(model, (3, 32, 32), 3, seed=4)
    prog, res = _check(model, x, cfg)
    assert prog.layers[0].input_bands > 1
    assert len(prog.instrs) <= cfg.imem_depth
    assert sum(i.op == Opcode.LOOP for i in prog.instrs) > 100
    assert [l.name.split()[0] for l in prog.layers] == \
        [f"conv{i}" for i in range(6)] + [f"fc{i}" for i in range(6, 9)]
    varied = [h.std(axis=0).mean() > 0.05 for h in res.hidden]
    assert sum(varied) >= 6, varied          # the maps carry information, not constants


@pytest.mark.parametrize("kw", [
    dict(image=(3, 16, 12), layers=((9, 3, 1, 1, 1.0, 1), (5, 3, 1, 1, -1.0, 2)), fc=0),
    dict(image=(3, 16, 12), layers=((9, 3, 1, 1, 1.0, 1), (11, 3, 2, 1, 1.0, 1),
                                    (5, 1, 1, 0, 1.0, 2)), act_bits=2, fc=5),
], ids=["binary", "2bit-stride2"])
def test_hidden_maps_spill_to_dram(kw):
    """A hidden map larger than its half of the activation buffer is stored to DRAM band
    by band and loaded band by band by the next layer: bit-exact on every hidden map
    (the trace reads spilled maps from DRAM)."""
    from accel.isa import Buf, Opcode
    from conftest import CONV_CONFIG
    model = random_conv_net(seed=3, **kw)
    x = _inputs(model, kw["image"], 5, seed=0)
    prog, _ = _check(model, x, CONV_CONFIG)
    assert prog.layers[0].out_dram is not None and prog.layers[1].input_bands > 1
    stores = [i for i in prog.instrs if i.op == Opcode.STORE and i.buf == Buf.ACT]
    assert len(stores) == prog.layers[0].input_bands * (kw.get("act_bits") or 1)


def test_spill_refused_for_dense_and_residual_readers():
    from conftest import CONV_CONFIG
    dense = random_conv_net(seed=1, image=(3, 16, 12), layers=((9, 3, 1, 1, 1.0, 1),), fc=0)
    with pytest.raises(CompileError, match=r"\(dense\) reads a map of 384 words per bank"):
        compile(dense, _inputs(dense, (3, 16, 12), 2, seed=0), CONV_CONFIG)
    res = random_conv_net(seed=1, image=(3, 16, 12), layers=((9, 3, 1, 1, 1.0, 1),), fc=0,
                          residual=((3, 1.0, 2),))
    with pytest.raises(CompileError, match=r"\(residual\) reads a map of 384 words"):
        compile(res, _inputs(res, (3, 16, 12), 2, seed=0), CONV_CONFIG)


def test_xnor_net_alpha_convolutions_bit_exact():
    """BinaryConv2d with XNOR-Net alpha (folded into the thresholds), pad code 255 on
    8-bit input, -1 padding, stride 2, and an alpha final layer (host epilogue)."""
    from conftest import randomize_bn
    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    c1 = BinaryConv2d(3, 7, 3, padding=1, in_bits=8, alpha=True, pad_value=255.0)
    c2 = BinaryConv2d(7, 5, 3, stride=2, padding=1, alpha=True, pad_value=-1.0)
    b1, b2 = nn.BatchNorm2d(7), nn.BatchNorm2d(5)
    randomize_bn(b1, rng, 27, scale=127.5)
    randomize_bn(b2, rng, 63)
    with torch.no_grad():
        c1.weight.normal_()
        c2.weight.normal_()
    model = nn.Sequential(c1, b1, BinaryAct(), nn.MaxPool2d(2), c2, b2, BinaryAct(),
                          nn.Flatten(), BinaryLinear(20, 4, alpha=True)).eval()
    x = rng.integers(0, 256, (9, 3, 8, 9)).astype(np.float32)
    prog = compile(model, x, BIG)
    res = simulate(prog, x, trace=True)
    _, hidden = torch_trace(model, prog, x)
    with torch.no_grad():
        np.testing.assert_array_equal(res.logits, model(torch.as_tensor(x)).numpy())
    for h, g in zip(hidden, res.hidden):
        np.testing.assert_array_equal(g, h)
