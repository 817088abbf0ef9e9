"""The ESB format and the quantized layers (REFERENCE.md, ESB): formats, codes, the
rounding (ties, exponent boundaries, saturation, zero, constant tensors), gradients."""

from fractions import Fraction

import numpy as np
import pytest
import torch
from torch.nn import functional as F

from accel.numformats import EsbFormat, valid_formats
from accel.quant import ESBConv2d, ESBLinear

FORMATS = [EsbFormat(b, m) for b, m in valid_formats()]


def ref_quantize(u: Fraction, fmt: EsbFormat) -> int:
    """REFERENCE.md's formula in exact rationals: ``v = q * 2**m``."""
    m, big_n = fmt.mantissa, fmt.max_exponent
    a = abs(u)
    n = 0
    while n < big_n and a >= 2 ** (n + 1):        # floor(log2 |u|), clipped to 0..N
        n += 1
    x = u / Fraction(2) ** (n - m)
    fl = x.numerator // x.denominator
    frac = x - fl
    r = fl + (1 if frac > Fraction(1, 2) or (frac == Fraction(1, 2) and fl % 2) else 0)
    q = r * Fraction(2) ** (n - m)
    c = Fraction(2) ** (big_n + 1) - Fraction(2) ** (big_n - m)
    q = max(-c, min(c, q))
    v = q * 2 ** m
    assert v.denominator == 1
    return int(v)


def authors_quantize(u: np.ndarray, fmt: EsbFormat) -> np.ndarray:
    """The formula as the authors' code evaluates it (natural log, the 1e-7 nudge)."""
    m = fmt.mantissa
    n = np.clip(np.floor(np.log(np.abs(u) + 1e-7) / np.log(2.0)), 0, fmt.max_exponent)
    s = 2.0 ** (n - m)
    q = np.clip(np.round(u / s) * s, -fmt.saturation, fmt.saturation)
    return (q * 2 ** m).astype(np.int64)


def test_valid_formats_and_refusals():
    assert [f for f in valid_formats() if 3 <= f[0] <= 5 and f[1] <= 2] == [
        (3, 0), (3, 1), (4, 0), (4, 1), (4, 2), (5, 1), (5, 2)]
    with pytest.raises(ValueError, match=r"bits=3, mantissa=2: .* leaves 1 mantissa bits"):
        EsbFormat(3, 2)
    with pytest.raises(ValueError, match=r"bits=5, mantissa=0: alpha/sigma is not tabulated"):
        EsbFormat(5, 0)
    with pytest.raises(ValueError, match=r"leaves 3 mantissa bits, not 0"):
        EsbFormat(8, 0)
    with pytest.raises(ValueError, match=r"bits must be in 2..8"):
        EsbFormat(9, 4)
    with pytest.raises(TypeError, match="bits must be an integer"):
        EsbFormat(4.0, 1)


def test_reference_example_b4_m1():
    f = EsbFormat(4, 1)
    # REFERENCE.md: {0, 0.5, 1, 1.5, 2, 3, 4, 6} * alpha, in units of 2**-1
    assert f.magnitudes.tolist() == [0, 1, 2, 3, 4, 6, 8, 12]
    assert (f.exponent_bits, f.max_exponent, f.saturation, f.max_int) == (2, 2, 6.0, 12)


@pytest.mark.parametrize("fmt", FORMATS, ids=str)
def test_codes_round_trip_and_significant_bits(fmt):
    codes = np.arange(fmt.codes)
    v = fmt.decode(codes)
    assert v[0] == 0 and v[1 << (fmt.bits - 1)] == 0            # +0 and -0
    assert np.array_equal(fmt.decode(fmt.encode(v)), v)
    sign, sig, shift = fmt.split(codes)
    assert np.array_equal(np.where(sign == 1, -1, 1) * (sig << shift), v)
    assert sig.max() < 1 << (fmt.mantissa + 1)                  # at most m + 1 bits
    assert shift.max() == fmt.max_exponent
    assert np.abs(v).max() == fmt.max_int == fmt.saturation * 2 ** fmt.mantissa
    with pytest.raises(ValueError, match="not a value of ESB"):
        fmt.encode([fmt.max_int + 1])
    with pytest.raises(ValueError, match=f"codes must be in 0..{fmt.codes - 1}"):
        fmt.decode([fmt.codes])


@pytest.mark.parametrize("fmt", FORMATS, ids=str)
def test_quantize_matches_exact_reference(fmt):
    """Every half-step point (ties included) across the whole range and past saturation,
    and points a hair either side of each."""
    m = fmt.mantissa
    pts = set()
    for n in range(fmt.max_exponent + 1):
        half = Fraction(2) ** (n - m) / 2
        top = Fraction(2) ** (n + 1)
        k = 0
        while k * half <= top:
            pts.add(k * half)
            k += 1
    pts |= {Fraction(fmt.max_int + 7, 2 ** m), Fraction(10 ** 6)}
    us = []
    for p in sorted(pts):
        for d in (Fraction(0), Fraction(1, 2 ** 20), -Fraction(1, 2 ** 20)):
            us += [p + d, -(p + d)]
    got = fmt.quantize(np.array([float(u) for u in us]))
    want = [ref_quantize(u, fmt) for u in us]
    assert got.tolist() == want


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f.exponent_bits >= 2], ids=str)
def test_quantize_matches_authors_formula(fmt):
    rng = np.random.default_rng(fmt.bits * 10 + fmt.mantissa)
    u = np.concatenate([rng.normal(0, s, 20000) for s in (0.3, 1, 4, 30, 300)])
    u = u.astype(np.float32).astype(np.float64)
    assert np.array_equal(fmt.quantize(u), authors_quantize(u, fmt))


def test_edge_cases_b4_m1():
    f = EsbFormat(4, 1)
    q = lambda *u: f.quantize(np.array(u)).tolist()      # noqa: E731
    assert q(0.0, -0.0) == [0, 0]                          # zero
    assert q(0.25, 0.75, 1.25, 1.75) == [0, 2, 2, 4]       # ties to even, in units of 0.5
    assert q(2.5, 3.5, 5.0) == [4, 8, 8]                   # 3.5 -> 4 across the exponent
    assert q(1.74, 1.76) == [3, 4]                          # into the next binade
    assert q(5.01, 6.0, 7.0, 1e9, -1e9) == [12, 12, 12, 12, -12]   # saturation at +-c
    with pytest.raises(ValueError, match="inf or NaN"):
        f.quantize(np.array([np.nan]))


def test_layer_integer_weights_and_forward():
    torch.manual_seed(0)
    lin = ESBLinear(20, 5, bits=4, mantissa=1, in_bits=4)
    x = torch.randint(0, 16, (7, 20)).float()
    v = lin.int_weight().detach()
    fmt = lin.fmt
    alpha = lin.alpha()
    assert torch.equal(v, torch.as_tensor(fmt.quantize((lin.weight / alpha[:, None])
                                                       .detach().numpy()), dtype=v.dtype))
    assert torch.equal(torch.as_tensor(fmt.decode(lin.codes().numpy()), dtype=v.dtype), v)
    want_alpha = fmt.alpha_sigma * lin.weight.detach().std(dim=1) + 1e-5
    assert torch.equal(alpha, want_alpha)
    d = lin.dot(x)
    assert torch.equal(d, d.round()) and torch.equal(d, x @ v.T)
    assert torch.equal(lin(x), d * (alpha * 0.5))


def test_constant_and_zero_weights():
    lin = ESBLinear(6, 2)
    with torch.no_grad():
        lin.weight[0] = 0.3          # constant: std 0, alpha 1e-5, saturates at +c
        lin.weight[1] = 0.0          # all zero: every code +0
    v = lin.int_weight().detach()
    assert v[0].tolist() == [12.0] * 6 and v[1].tolist() == [0.0] * 6
    assert lin.codes()[1].tolist() == [0] * 6
    assert torch.equal(lin(torch.ones(1, 6))[0, 1:], torch.zeros(1))


def test_straight_through_gradient():
    torch.manual_seed(1)
    conv = ESBConv2d(3, 4, 3, padding=1, bits=5, mantissa=2, in_bits=3)
    x = torch.randint(0, 8, (2, 3, 6, 6)).float()
    g = torch.randn(2, 4, 6, 6)
    (conv(x) * g).sum().backward()
    w = conv.weight.detach().clone().requires_grad_(True)
    (F.conv2d(x, w, padding=1) * g).sum().backward()
    assert torch.allclose(conv.weight.grad, w.grad, rtol=1e-5, atol=1e-5)


def test_layer_argument_errors():
    with pytest.raises(ValueError, match="in_bits must be an integer in 1..8"):
        ESBLinear(4, 2, in_bits=0)
    with pytest.raises(ValueError, match="at least 2 weights per output channel"):
        ESBLinear(1, 2)
    with pytest.raises(ValueError, match=r"pad_value must be an integer code in 0..15"):
        ESBConv2d(2, 2, 3, padding=1, pad_value=16)
    with pytest.raises(ValueError, match="bits=4, mantissa=3"):
        ESBConv2d(2, 2, 3, bits=4, mantissa=3)


def test_one_bit_exponent_is_sign_magnitude():
    f = EsbFormat(4, 2)
    assert (f.exponent_bits, f.max_exponent, f.saturation) == (1, 0, 1.75)
    assert f.magnitudes.tolist() == list(range(8))          # 0 .. 1.75 in steps of 0.25


def test_int_format_and_layers():
    from accel.numformats import IntFormat
    from accel.quant import IntConv2d, IntLinear
    f = IntFormat(4)
    assert f.max_int == 7 and f.quantize(np.array([0.5, 1.5, -7.6, 100.0])).tolist() == [0, 2, -7, 7]
    assert f.decode(f.encode([-7, -1, 0, 7])).tolist() == [-7, -1, 0, 7]
    with pytest.raises(ValueError, match="outside the symmetric int4 range"):
        f.encode([-8])
    torch.manual_seed(2)
    lin = IntLinear(12, 4, bits=4, in_bits=3)
    v = lin.int_weight().detach()
    assert v.abs().max() == 7 and torch.equal(lin.alpha(), lin.weight.detach().abs().amax(1) / 7)
    x = torch.randint(0, 8, (3, 12)).float()
    assert torch.equal(lin(x), (x @ v.T) * lin.alpha())
    conv = IntConv2d(2, 3, 3, padding=1, bits=8, in_bits=2)
    with torch.no_grad():
        conv.weight[1] = 0.0
    assert conv.alpha()[1] == 1.0 and conv.codes()[1].abs().sum() == 0
    with pytest.raises(ValueError, match="bits must be in 2..8"):
        IntLinear(4, 2, bits=9)
