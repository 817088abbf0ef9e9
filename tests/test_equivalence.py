"""torch (eval) == golden model, bit-exact, on outputs and every hidden activation."""

import numpy as np
import pytest
import torch
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import accel
from accel.config import AccelConfig, preset
from accel.quant import BinaryAct

from conftest import random_input, random_net, torch_reference

# Small configs force every tiling path: weight streaming, reduction split, threshold
# streaming, several lanes per word, multi-limb words.
TINY = AccelConfig(name="tiny", rows=2, cols=4, lane_bits=8, acc_bits=24, act_depth=1200,
                   weight_depth=16, thresh_depth=8, out_depth=64, dram_bytes_per_cycle=1,
                   dram_latency=3)
WIDE = AccelConfig(name="wide", rows=3, cols=128, lane_bits=256, acc_bits=24, act_depth=64,
                   weight_depth=64, thresh_depth=4, out_depth=8, dram_bytes_per_cycle=16)
CONFIGS = [preset("default"), preset("ice40-up5k").replace(acc_bits=24, act_depth=512, out_depth=128, imem_depth=8192), TINY, WIDE,
           preset("ecp5-85f").replace(act_depth=512, imem_depth=8192)]


def check_equal(model, x, cfg, batch=None):
    prog = accel.compile(model, torch.as_tensor(x[:1]), cfg, batch=batch)
    res = accel.simulate(prog, x, trace=True)
    ref, hidden = torch_reference(model, x)
    if isinstance(model[0], BinaryAct):
        hidden = hidden[1:]  # the input's own binarization is done by the host
    assert res.logits.dtype == np.float32
    np.testing.assert_array_equal(res.logits, ref)
    if prog.symbols.epilogue_scale is None:
        np.testing.assert_array_equal(res.scores, ref.astype(np.int64))
    assert len(hidden) == len(res.hidden)
    for i, (a, b) in enumerate(zip(hidden, res.hidden)):
        assert (a == b).all(), f"hidden layer {i}: {(a != b).sum()} mismatches"
    return prog, res


def test_digits_whole_test_split(trained_mlp):
    model, (_, _, xte, yte) = trained_mlp
    for cfg in (preset("default"), preset("ice40-up5k")):
        prog, res = check_equal(model, xte.astype(np.float32), cfg)
        assert res.images == len(xte) == 360
        ref_pred = model(torch.as_tensor(xte, dtype=torch.float32)).argmax(1).numpy()
        assert (res.predictions == ref_pred).all()


@pytest.mark.parametrize("fan_in", [1, 31, 33, 65, 100, 1000])
@pytest.mark.parametrize("cfg", CONFIGS, ids=lambda c: c.name)
def test_awkward_fan_in(fan_in, cfg):
    rng = np.random.default_rng(fan_in)
    model = random_net([fan_in, 37, fan_in, 11], seed=fan_in, in_bits=8)
    check_equal(model, random_input(rng, 2 * cfg.rows + 1, fan_in), cfg)


@pytest.mark.parametrize("cfg", CONFIGS, ids=lambda c: c.name)
def test_binary_input_and_alpha(cfg):
    from torch import nn
    rng = np.random.default_rng(5)
    body = random_net([70, 45, 19, 7], seed=5, alpha=True)
    body[0].in_bits = None
    model = nn.Sequential(BinaryAct(), *body).eval()
    x = rng.normal(size=(cfg.rows * 2, 70)).astype(np.float32)
    x[0, :5] = 0.0  # sign(0) = +1 at the input too
    check_equal(model, x, cfg)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sizes=st.lists(st.sampled_from([1, 2, 7, 31, 33, 64, 65, 100, 130]), min_size=2,
                      max_size=5),
       in_bits=st.integers(1, 8), alpha=st.booleans(), seed=st.integers(0, 2**16),
       cfg=st.sampled_from(CONFIGS))
def test_random_networks(sizes, in_bits, alpha, seed, cfg):
    rng = np.random.default_rng(seed)
    model = random_net(sizes, seed=seed, in_bits=in_bits, alpha=alpha)
    check_equal(model, random_input(rng, cfg.rows + 1, sizes[0], in_bits), cfg)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sizes=st.lists(st.sampled_from([1, 5, 31, 33, 64, 100]), min_size=3, max_size=5),
       act=st.lists(st.sampled_from([None, 1, 2]), min_size=3, max_size=3),
       seed=st.integers(0, 2**16), cfg=st.sampled_from(CONFIGS))
# a channel at beta = 1.5 on its running mean: folded from a transposed batch, whose
# batch norm rounded to 1.5 (level 2) where the forward pass gives 1.4999999 (level 1)
@example(sizes=[1, 64, 100, 1], act=[1, 2, None], seed=427, cfg=CONFIGS[0])
def test_random_multibit_activations(sizes, act, seed, cfg):
    """QuantAct(1|2) hidden layers (multi-threshold, bit-plane inputs) mixed with signs."""
    bits = act[:len(sizes) - 2]
    if any(b and b > cfg.act_bits_max for b in bits):
        cfg = cfg.replace(act_bits_max=2)
    rng = np.random.default_rng(seed)
    model = random_net(sizes, seed=seed, act_bits=bits)
    check_equal(model, random_input(rng, cfg.rows + 1, sizes[0]), cfg)


def test_batch_larger_than_rows():
    rng = np.random.default_rng(1)
    model = random_net([40, 50, 10], seed=1)
    cfg = preset("ice40-up5k")
    prog, res = check_equal(model, random_input(rng, 13, 40), cfg, batch=6)
    assert prog.batch == 6 and res.runs == 3
