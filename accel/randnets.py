"""Random binary networks and programs: the inputs of equivalence tests and of the
co-simulation soak (`benchmarks/cosim_soak.py`).

`random_net` (MLPs) and `random_conv_net` (conv BNNs: windows, strides, pad values,
max-pool, n-bit maps, Bi-Real residual blocks, GlobalSumPool2d) give networks whose
batch norms put thresholds inside, at and beyond the reachable range
(`randomize_bn`).  `random_mlp_job` and `random_conv_job` draw one network's shape,
compile it for a config and draw its images: a ``(Program, images)`` pair for
`accel.cosim.run_cosim_many`.
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from .config import AccelConfig
from .quant import BinaryAct, BinaryLinear, QuantAct

__all__ = ["SMALL_CONFIGS", "CONV_CONFIG", "BANDS_CONFIG", "randomize_bn", "random_net", "random_conv_net", "random_input",
           "random_mlp_job", "random_conv_job"]


# Small accelerators for RTL tests; together they cover pop_stages 0..3, several bus
# widths and DRAM latencies, weight/threshold streaming and reduction splits.
SMALL_CONFIGS = [
    AccelConfig(name="s1", rows=2, cols=4, lane_bits=16, acc_bits=16, act_depth=64,
                weight_depth=8, thresh_depth=3, out_depth=40, imem_depth=1024,
                dram_bytes_per_cycle=1, dram_latency=1, pop_stages=0),
    AccelConfig(name="s2", rows=3, cols=8, lane_bits=8, acc_bits=24, act_depth=128,
                weight_depth=64, thresh_depth=16, out_depth=40, imem_depth=1024,
                dram_bytes_per_cycle=1, dram_latency=5, pop_stages=2),
    AccelConfig(name="s3", rows=1, cols=2, lane_bits=64, acc_bits=32, act_depth=64,
                weight_depth=16, thresh_depth=16, out_depth=40, imem_depth=1024,
                dram_bytes_per_cycle=8, dram_latency=2, pop_stages=3),
]

# Room for small feature maps (8-bit input planes are the big ones) and 2-bit maps;
# weight_depth 40: most random conv nets stream their weights, double-buffered (halves
# of 20 words hold a 3x3 window of 2 words per position), with decoupled LOADs.
CONV_CONFIG = AccelConfig(name="conv-rtl", rows=2, cols=4, lane_bits=8, acc_bits=16,
                          act_depth=512, weight_depth=40, thresh_depth=16, out_depth=8,
                          imem_depth=1024, dram_bytes_per_cycle=1, dram_latency=3,
                          pop_stages=1, act_bits_max=2)

# A small activation buffer for maps of 8 to 13 pixels a side: inputs streamed in row
# bands, hidden maps spilled to DRAM and reloaded band by band.
BANDS_CONFIG = AccelConfig(name="bands-rtl", rows=2, cols=4, lane_bits=8, acc_bits=16,
                           act_depth=160, weight_depth=40, thresh_depth=16, out_depth=8,
                           imem_depth=2048, dram_bytes_per_cycle=1, dram_latency=4,
                           pop_stages=2, act_bits_max=2)


def randomize_bn(bn: nn.BatchNorm1d, rng: np.random.Generator, fan_in: int, scale: float = 1.0,
                 gamma_neg: float = 0.3, gamma_zero: float = 0.1, ties: float = 0.2):
    """BN statistics that put thresholds inside, at and beyond the reachable range.

    Some channels get gamma < 0, some gamma = 0, and some an exact tie: BN(a) == 0
    for a reachable integer a (mean = a, var + eps = 1, beta = 0).
    """
    n = bn.num_features
    with torch.no_grad():
        mean = rng.uniform(-1.3, 1.3, n) * fan_in * scale
        var = rng.uniform(0.1, 4.0, n) * max(1.0, fan_in * scale) ** 2 / 16
        gamma = rng.uniform(0.2, 2.0, n) * rng.choice([1, -1], n, p=[1 - gamma_neg, gamma_neg])
        gamma[rng.random(n) < gamma_zero] = 0.0
        beta = rng.uniform(-1, 1, n)
        tie = rng.random(n) < ties
        parity = fan_in % 2 if scale == 1.0 else 0
        tie_at = rng.integers(-fan_in, fan_in + 1, n)
        tie_at = tie_at - ((tie_at - parity) % 2) if scale == 1.0 else tie_at
        mean[tie] = tie_at[tie]
        var[tie] = 1.0 - bn.eps
        beta[tie] = 0.0
        bn.running_mean.copy_(torch.as_tensor(mean, dtype=torch.float32))
        bn.running_var.copy_(torch.as_tensor(var, dtype=torch.float32))
        bn.weight.copy_(torch.as_tensor(gamma, dtype=torch.float32))
        bn.bias.copy_(torch.as_tensor(beta, dtype=torch.float32))


def random_net(sizes, *, in_bits=8, alpha=False, seed=0, bn=True, act_bits=None) -> nn.Sequential:
    """BinaryLinear/BN/activation MLP with layer widths ``sizes`` and random statistics.

    ``act_bits``: None for sign activations everywhere, an int n for QuantAct(n) on
    every hidden layer, or a list with one entry (None or n) per hidden layer.
    """
    rng = np.random.default_rng(seed)
    torch.manual_seed(seed)
    hidden = len(sizes) - 2
    acts = act_bits if isinstance(act_bits, (list, tuple)) else [act_bits] * hidden
    mods = []
    prev_bits = in_bits
    for i, (a, b) in enumerate(zip(sizes, sizes[1:])):
        final = i == len(sizes) - 2
        lin = BinaryLinear(a, b, in_bits=prev_bits, alpha=alpha and (i % 2 == 1 or final))
        mods.append(lin)
        if not final:
            if bn:
                norm = nn.BatchNorm1d(b)
                scale = ((1 << prev_bits) - 1) / 2 if prev_bits else 1.0
                randomize_bn(norm, rng, a, scale=scale)
                if acts[i]:
                    with torch.no_grad():  # centre the output on the quantizer's range
                        norm.bias.add_(((1 << acts[i]) - 1) / 2)
                mods.append(norm)
            mods.append(QuantAct(acts[i]) if acts[i] else BinaryAct())
            prev_bits = acts[i]
    return nn.Sequential(*mods).eval()


def random_input(rng, n, n_in, in_bits=8):
    return rng.integers(0, 1 << in_bits, (n, n_in)).astype(np.float32)


def random_conv_net(seed=0, *, image=(3, 7, 6), in_bits=8, layers=((5, 3, 1, 1, 1.0, 1),),
                    act_bits=None, head="flatten", fc=7, classes=5, sign_input=False,
                    residual=()):
    """Random conv BNN for images ``image = (C, H, W)``.

    ``layers``: ``(cout, k, stride, padding, pad_value, pool)`` each.  The first conv
    takes ``in_bits``-bit input (a negative ``pad_value`` then means code 0), or +-1
    input after a BinaryAct when ``sign_input``.  Every conv is followed by a
    randomized BatchNorm2d, a BinaryAct (a QuantAct(act_bits) when unpooled and
    ``act_bits``) and an optional MaxPool2d; then a `BiRealBlock` (randomized BN) per
    ``residual`` entry ``(k, pad_value, pool)``; then Flatten or GlobalSumPool2d
    (``head``), a hidden BinaryLinear of ``fc`` outputs (if ``fc``) and the final
    BinaryLinear.
    """
    from .quant import BinaryConv2d, GlobalSumPool2d
    rng = np.random.default_rng(seed)
    torch.manual_seed(seed)
    mods: list[nn.Module] = [BinaryAct()] if sign_input else []
    cin, prev_bits = image[0], (None if sign_input else in_bits)
    for i, (cout, k, s, p, pv, pool) in enumerate(layers):
        if prev_bits is not None:
            pv = 0.0 if pv < 0 else float((1 << prev_bits) - 1)
        conv = BinaryConv2d(cin, cout, k, stride=s, padding=p, pad_value=pv, in_bits=prev_bits)
        bn = nn.BatchNorm2d(cout)
        scale = ((1 << prev_bits) - 1) / 2 if prev_bits else 1.0
        randomize_bn(bn, rng, cin * k * k, scale=scale)
        bits = act_bits if (act_bits and pool == 1) else None
        if bits:
            with torch.no_grad():
                bn.bias.add_(((1 << bits) - 1) / 2)
        mods += [conv, bn, QuantAct(bits) if bits else BinaryAct()]
        if pool > 1:
            mods.append(nn.MaxPool2d(pool))
        cin, prev_bits = cout, bits
    for k, pv, pool in residual:
        from .quant import BiRealBlock
        blk = BiRealBlock(cin, k, pad_value=pv)
        randomize_bn(blk.bn, rng, cin * k * k)
        mods.append(blk)
        if pool > 1:
            mods.append(nn.MaxPool2d(pool))
    mods.append(GlobalSumPool2d() if head == "gsp" else nn.Flatten())
    with torch.no_grad():
        n_in = nn.Sequential(*mods).eval()(torch.zeros(1, *image)).shape[1]
    if fc:
        lin = BinaryLinear(n_in, fc, in_bits=prev_bits)
        bn = nn.BatchNorm1d(fc)
        randomize_bn(bn, rng, n_in, scale=((1 << prev_bits) - 1) / 2 if prev_bits else 1.0)
        mods += [lin, bn, BinaryAct()]
        n_in, prev_bits = fc, None
    mods.append(BinaryLinear(n_in, classes, in_bits=prev_bits))
    return nn.Sequential(*mods).eval()


def random_mlp_job(cfg, rng: np.random.Generator, seed: int):
    """A random MLP (2 to 4 layers of 1 to 70 neurons, 1..8-bit input, sign or 1-/2-bit
    hidden activations, alpha on every other one) compiled for ``cfg``, and 1 to
    ``2 * rows + 1`` random images."""
    from .compiler import compile as accel_compile
    sizes = [int(s) for s in rng.choice([1, 3, 5, 17, 33, 70], size=rng.integers(2, 5))]
    bits = int(rng.integers(1, 9))
    acts = [[None, 1, 2][int(i)] for i in rng.integers(0, 3, len(sizes) - 2)]
    model = random_net(sizes, seed=seed, in_bits=bits, alpha=bool(seed % 2), act_bits=acts)
    x = random_input(rng, int(rng.integers(1, 2 * cfg.rows + 2)), sizes[0], bits)
    return accel_compile(model, torch.as_tensor(x[:1]), cfg), x


def random_conv_job(cfg, rng: np.random.Generator, seed: int, *, min_side: int = 5,
                    max_side: int = 8, residual_every: int = 3):
    """A random conv BNN compiled for ``cfg`` and its images: 1 or 2 convolutions of
    3 to 11 channels, kernels 1 and 3, stride 1 or 2, pad +1, -1 / code 0 or none,
    max-pool, 2-bit maps, Bi-Real residual blocks (at least every ``residual_every``-th
    network), GlobalSumPool2d or flatten, sign or 2/4/8-bit input of ``min_side`` to
    ``max_side - 1`` pixels a side (large sides on a small activation buffer: maps
    streamed in row bands and spilled to DRAM)."""
    from .compiler import compile as accel_compile
    layers = []
    for li in range(int(rng.integers(1, 3))):
        ks = int(rng.choice([1, 3]))
        stride = int(rng.choice([1, 2])) if li == 0 else 1
        pad = (int(rng.integers(0, 2)) if li == 0 else 1) if ks == 3 else 0
        layers.append((int(rng.choice([3, 5, 7, 9, 11])), ks, stride, pad,
                       float(rng.choice([1.0, -1.0])), 1))
    if rng.random() < 0.5 and layers[-1][2] == 1:
        layers[-1] = layers[-1][:5] + (2,)                 # max-pool after the last conv
    sign = bool(rng.random() < 0.3)
    act_bits = 2 if rng.random() < 0.3 else None
    residual = ()
    if act_bits is None and (rng.random() < 0.4 or seed % residual_every == 1):
        residual = tuple((3, float(rng.choice([1.0, -1.0])), 1)
                         for _ in range(int(rng.integers(1, 3))))
    kw = dict(image=(int(rng.choice([1, 3, 5])), int(rng.integers(min_side, max_side)),
                     int(rng.integers(min_side, max_side))),
              layers=tuple(layers), sign_input=sign, in_bits=int(rng.choice([2, 4, 8])),
              act_bits=act_bits, residual=residual,
              head="gsp" if rng.random() < 0.3 else "flatten",
              fc=int(rng.choice([0, 5])), classes=3)
    model = random_conv_net(seed=seed, **kw)
    n_img = int(rng.integers(1, 2 * cfg.rows + 2))
    x = (rng.normal(size=(n_img, *kw["image"])) if sign else
         rng.integers(0, 1 << kw["in_bits"], (n_img, *kw["image"]))).astype(np.float32)
    return accel_compile(model, x, cfg), x
