"""Threshold folding swept over every reachable pre-activation (REFERENCE.md)."""

import numpy as np
import pytest
import torch
from torch import nn

from accel.compiler.fold import block_post, fold_block
from accel.compiler.graph import Block
from accel.quant import BinaryAct, BinaryLinear, QuantAct


def make_block(N, M, mean, var, gamma, beta, in_bits=None, alpha=False, seed=0, act=None):
    torch.manual_seed(seed)
    lin = BinaryLinear(N, M, in_bits=in_bits, alpha=alpha)
    bn = nn.BatchNorm1d(M)
    with torch.no_grad():
        for t, v in ((bn.running_mean, mean), (bn.running_var, var), (bn.weight, gamma),
                     (bn.bias, beta)):
            t.copy_(torch.as_tensor(np.broadcast_to(v, (M,)).copy(), dtype=torch.float32))
    bn.eval()
    blk = Block("b", lin, bn, act or BinaryAct(), "uint" if in_bits else "binary", in_bits or 1)
    return blk


def hw_output(f, S, channel):
    return S >= f.thresholds[channel]


def check_binary_sweep(blk):
    f = fold_block(blk)
    N = blk.linear.in_features
    post = block_post(blk)
    p = np.arange(N + 1)
    a = 2 * p - N
    ref = post(torch.as_tensor(np.repeat(a[:, None], blk.linear.out_features, 1),
                               dtype=torch.float32)).numpy() >= 0          # (N+1, M)
    for c in range(blk.linear.out_features):
        # hardware: S = matches with (possibly flipped) weights
        S = (N - p) if f.flip[c] else p
        got = S >= f.thresholds[0, c]
        assert (got == ref[:, c]).all(), (c, f.thresholds[c], f.flip[c])
    return f


@pytest.mark.parametrize("N", [1, 31, 32, 33, 63, 64, 65, 1023])
def test_binary_cases(N):
    eps = 1e-5
    cases = [  # (mean, var, gamma, beta)
        (0.0, 1.0, 1.0, 0.0),          # tau = 0
        (3.0, 1 - eps, 1.0, 0.0),      # exact tie at an integer (parity permitting)
        (3.0, 1 - eps, -1.0, 0.0),     # gamma < 0, tie
        (1.5, 2.0, -0.7, 0.3),         # gamma < 0
        (0.0, 1.0, 0.0, 0.5),          # gamma = 0, beta > 0: constant +1
        (0.0, 1.0, 0.0, -0.5),         # gamma = 0, beta < 0: constant -1
        (0.0, 1.0, 0.0, 0.0),          # gamma = 0, beta = 0: sign(0) = +1
        (10.0 * N, 1.0, 1.0, 0.0),     # |tau| > N: constant -1
        (-10.0 * N, 1.0, 1.0, 0.0),    # constant +1
        (5.000001, 1.0, 1.0, 0.0),     # a hair above an integer
        (4.999999, 1.0, 1.0, 0.0),     # a hair below
        (7.0, 0.25, 2.0, 1e-7),        # near-tie in float32
    ]
    for mean, var, gamma, beta in cases:
        check_binary_sweep(make_block(N, 1, mean, var, gamma, beta))


def test_constant_channels_use_range_ends():
    f = check_binary_sweep(make_block(33, 2, [1e6, -1e6], 1.0, 1.0, 0.0))
    assert f.thresholds[0].tolist() == [34, 0]


def test_random_channels_with_alpha():
    rng = np.random.default_rng(0)
    M, N = 64, 65
    blk = make_block(N, M, rng.uniform(-30, 30, M), rng.uniform(0.1, 40, M),
                     rng.uniform(-2, 2, M), rng.uniform(-1, 1, M), alpha=True)
    with torch.no_grad():
        blk.linear.weight[3].zero_()  # all-zero filter: alpha = 0
    check_binary_sweep(blk)


@pytest.mark.parametrize("in_bits", [1, 4, 8])
def test_uint_input_sweep(in_bits):
    """First layer: S = sum_p 2^p S_p, a = S - Q*(N - pw); sweep every reachable a."""
    rng = np.random.default_rng(in_bits)
    N, M = 5, 24
    Q = (1 << in_bits) - 1
    blk = make_block(N, M, rng.uniform(-2, 2, M) * Q, rng.uniform(0.1, 4, M) * Q,
                     rng.uniform(-2, 2, M), rng.uniform(-1, 1, M), in_bits=in_bits, seed=in_bits)
    with torch.no_grad():
        blk.bn.weight[:3] = 0.0
        blk.bn.running_mean[5] = 2.0
        blk.bn.running_var[5] = 1 - 1e-5
        blk.bn.bias[5] = 0.0
    f = fold_block(blk)
    w = (blk.linear.binary_weight().detach().numpy() > 0)
    post = block_post(blk)
    for c in range(M):
        pw = int(w[c].sum())
        a = np.arange(-Q * (N - pw), Q * pw + 1)
        ref = post(torch.as_tensor(np.repeat(a[:, None], M, 1), dtype=torch.float32)).numpy()[:, c] >= 0
        if f.flip[c]:
            S = -a + Q * pw          # flipped weights: a' = -a, N - pw' = pw
        else:
            S = a + Q * (N - pw)
        assert (S >= 0).all() and (S <= Q * N).all()
        assert ((S >= f.thresholds[0, c]) == ref).all(), c


@pytest.mark.parametrize("in_bits", [None, 3])
@pytest.mark.parametrize("bits", [1, 2, 3])
def test_multi_threshold_sweep(in_bits, bits):
    """QuantAct(bits): y = sum_k [S >= T_k] equals torch's level at every reachable S."""
    rng = np.random.default_rng(bits * 10 + (in_bits or 0))
    N, M = 33, 40
    Q = (1 << in_bits) - 1 if in_bits else 1
    L = (1 << bits) - 1
    scale = Q * N / 4
    blk = make_block(N, M, rng.uniform(-1, 1, M) * scale, rng.uniform(0.05, 1, M) * scale ** 2 / 4,
                     rng.uniform(-2, 2, M) * L, rng.uniform(-1, L + 1, M), in_bits=in_bits,
                     seed=bits, act=QuantAct(bits))
    with torch.no_grad():
        blk.bn.weight[:2] = 0.0           # constant channels
        blk.bn.bias[0], blk.bn.bias[1] = 1.5, 100.0
    f = fold_block(blk)
    assert f.thresholds.shape == (L, M) and f.out_bits == bits
    assert (np.diff(f.thresholds, axis=0) >= 0).all()     # sorted levels
    post = block_post(blk)
    w = (blk.linear.binary_weight().detach().numpy() > 0)
    S = np.arange(Q * N + 1)
    for c in range(M):
        pw = int(w[c].sum())
        if in_bits:
            a = np.where(f.flip[c], Q * pw - S, S - Q * (N - pw))
        else:
            a = np.where(f.flip[c], N - 2 * S, 2 * S - N)
        ref = post(torch.as_tensor(np.repeat(a[:, None], M, 1), dtype=torch.float32)).numpy()[:, c]
        got = (S[None, :] >= f.thresholds[:, c][:, None]).sum(axis=0)
        assert (got == ref).all(), c
