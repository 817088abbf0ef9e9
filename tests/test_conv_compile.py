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
]


def _inputs(model, image, n, seed, sign=False):
    rng = np.random.default_rng(seed)
    if sign:
        return rng.normal(size=(n, *image)).astype(np.float32)
    return rng.integers(0, 256, (n, *image)).astype(np.float32)


def _check(model, x, cfg, batch=None):
    prog = compile(model, x, cfg, batch=batch)
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
        assert "do not fit" in str(e) or "weight_depth" in str(e) or "imem_depth" in str(e), e


def test_conv_program_uses_windows_and_or():
    model = random_conv_net(seed=3, layers=((5, 3, 2, 1, 1.0, 1), (9, 3, 1, 1, -1.0, 2)))
    x = _inputs(model, (3, 7, 6), 2, 0)
    prog, _ = _check(model, x, BIG)
    gemms = [i for i in prog.instrs if i.op.name == "GEMM"]
    assert any(i.iy0 < 0 for i in gemms) and {i.pad for i in gemms} == {0, 1}
    assert any(i.op.name == "POST" and i.mode == 2 for i in prog.instrs)
    conv = prog.layers[0]
    assert conv["op"] == "conv" and conv["out_fm"] == [5, 4, 3] and conv["stride"] == [2, 2]


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


def test_residual_block_refused_with_reason():
    m = nn.Sequential(BinaryAct(), BiRealBlock(4), nn.Flatten(),
                      BinaryLinear(64, 3))
    with pytest.raises(CompileError, match="residual"):
        compile(m.eval(), np.zeros((2, 4, 4, 4), np.float32), BIG)


def test_conv_last_layer_refused():
    m = nn.Sequential(BinaryConv2d(1, 4, 3, in_bits=8))
    with pytest.raises(CompileError, match="BinaryLinear"):
        compile(m.eval(), np.zeros((2, 1, 4, 4), np.float32), BIG)
