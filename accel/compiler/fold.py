"""Fold ``rescale -> BatchNorm -> sign`` into one integer threshold per channel.

REFERENCE.md: the ground truth is the PyTorch module in eval mode (float32), not the
real-number formula.  So instead of evaluating ``tau = mu - b - beta*sigma/gamma`` we
run the block's own float32 modules on candidate integer pre-activations and find,
per channel, where the output flips.  Float32 multiplication and addition are
monotone, so the output is a monotone step function of the pre-activation ``a``: we
locate the step with a vectorised binary search (all channels at once, candidate
values laid out as a ``(k, channels)`` batch exactly like a real forward pass).

The result is expressed in the hardware's domain.  For a channel the hardware tests
``S >= T`` on the unsigned accumulator ``S``:

* binary input: ``S`` = popcount of XNOR matches, ``a = 2*S - N``;
* ``P``-bit unsigned input: ``S = sum_p 2**p * S_p`` over bit planes, and
  ``a = S - Q*(N - pw)`` with ``Q = 2**P - 1`` and ``pw`` the channel's +1 weights.

A channel whose output falls as ``a`` rises (gamma < 0) gets its weights negated
(``flip``), turning it into a rising one.  A constant channel (gamma = 0, |tau|
beyond the reachable range, alpha = 0) gets ``T = 0`` (always +1) or
``T = S_max + 1`` (always -1).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from .graph import Block

__all__ = ["Folded", "fold_block", "block_post"]


@dataclass
class Folded:
    """Integer form of one block."""
    weight_pos: np.ndarray      # (M, N) bool, True = +1, after flips
    flip: np.ndarray            # (M,) bool, channel weights negated
    thresholds: np.ndarray      # (M,) int64, hardware domain (hidden layers)
    offsets: np.ndarray         # (M,) int64, raw score = (S << shift) - offset (final)
    shift: int
    s_max: int                  # largest reachable accumulator value
    score_max: int              # largest |score| of a final layer
    epilogue_scale: np.ndarray | None  # (M,) float32 alpha of a final layer


def block_post(blk: Block):
    """The block's float32 function from integer pre-activation to output."""
    mods = [m for m in (blk.bn, blk.act) if m is not None]

    @torch.no_grad()
    def post(a: torch.Tensor) -> torch.Tensor:
        y = blk.linear.rescale(a)
        for m in mods:
            y = m(y)
        return y
    return post


def _eval_sign(post, a: np.ndarray) -> np.ndarray:
    """post(a) >= 0 for an int64 ``(k, M)`` array (sign output is +-1)."""
    y = post(torch.from_numpy(a.astype(np.float32)))
    return (y >= 0).numpy()


def _first_true(post, lo: np.ndarray, step: int, n: np.ndarray, rising: np.ndarray) -> np.ndarray:
    """Per channel, the least i in [0, n] with out(lo + step*i) == rising (n+1 if none)."""
    left = np.zeros_like(n)
    right = n + 1
    while True:
        active = left < right
        if not active.any():
            return left
        mid = (left + right) // 2
        a = (lo + step * np.minimum(mid, n))[None, :]
        hit = _eval_sign(post, a)[0] == rising
        hit |= mid > n
        right = np.where(active & hit, mid, right)
        left = np.where(active & ~hit, mid + 1, left)


@torch.no_grad()
def fold_block(blk: Block) -> Folded:
    lin = blk.linear
    w_pos = (lin.binary_weight().detach().numpy() > 0)        # (M, N)
    M, N = w_pos.shape
    planes = blk.in_bits if blk.input_kind == "uint" else 1
    Q = (1 << planes) - 1
    pw = w_pos.sum(axis=1).astype(np.int64)
    if blk.input_kind == "uint":
        lo, step, n = -Q * (N - pw), 1, np.full(M, Q * N, np.int64)  # a = lo + i, i <= Q*N
        s_max = Q * N
    else:
        lo, step, n = np.full(M, -N, np.int64), 2, np.full(M, N, np.int64)
        s_max = N

    if blk.final:
        scale = lin.alpha().detach().numpy().astype(np.float32) if lin.use_alpha else None
        if blk.input_kind == "uint":
            offsets, shift = Q * (N - pw), 0
        else:
            offsets, shift = np.full(M, N, np.int64), 1
        return Folded(w_pos, np.zeros(M, bool), np.zeros(M, np.int64), offsets, shift,
                      s_max, Q * N, scale)

    post = block_post(blk)
    hi = lo + step * n
    out_lo = _eval_sign(post, lo[None, :])[0]
    out_hi = _eval_sign(post, hi[None, :])[0]
    const = out_lo == out_hi
    rising = ~out_lo & out_hi
    # first index whose output differs from the output at the low end
    i_star = _first_true(post, lo, step, n, ~out_lo)
    a_star = lo + step * i_star            # first a with the "high-end" output
    flip = ~const & ~rising                # falling channels: negate weights
    T = np.empty(M, np.int64)
    if blk.input_kind == "uint":
        # rising: +1 iff a >= a_star  <=>  S >= a_star + Q*(N - pw)
        T_rise = a_star + Q * (N - pw)
        # falling: +1 iff a <= a_star - 1; flipped weights w' = -w, a' = -a, pw' = N - pw:
        # +1 iff a' >= 1 - a_star  <=>  S' >= 1 - a_star + Q*pw
        T_fall = 1 - a_star + Q * pw
    else:
        # a = 2S - N; rising: S >= i_star.  falling: +1 iff S < i_star; S' = N - S:
        T_rise = i_star
        T_fall = N - i_star + 1
    T = np.where(rising, T_rise, T_fall)
    T = np.where(const, np.where(out_lo, 0, s_max + 1), T)
    T = np.clip(T, 0, s_max + 1)
    w_eff = np.where(flip[:, None], ~w_pos, w_pos)
    return Folded(w_eff, flip, T.astype(np.int64), np.zeros(M, np.int64), 0, s_max, 0, None)
