"""Fold ``rescale -> BatchNorm -> activation`` into integer thresholds per channel.

REFERENCE.md: the ground truth is the PyTorch module in eval mode (float32), not the
real-number formula.  So instead of evaluating ``tau = mu - b - beta*sigma/gamma`` we
run the block's own float32 modules on candidate integer pre-activations and find,
per channel, where the output steps.  Float32 multiplication and addition are
monotone, so the output is a monotone step function of the pre-activation: we locate
each step with a vectorised binary search (all channels at once, candidates laid out
as a ``(k, channels)`` batch exactly like a real forward pass, C-contiguous like one:
torch 2.13's CPU batch norm rounds a transposed batch differently, 1.5 against
1.4999999 for a channel with beta = 1.5 at x = its running mean, which moved a
`QuantAct(2)` level across its rounding boundary).

The search runs in the hardware's own domain, the unsigned accumulator
``S in [0, S_max]``, which maps to the pre-activation ``a`` by

* binary (+-1) input: ``a = 2*S - N`` (``a = N - 2*S`` with negated weights);
* ``P``-bit unsigned input: ``S = sum_p 2**p * S_p`` over bit planes and
  ``a = S - Q*(N - pw)`` (``a = Q*pw - S`` with negated weights), ``Q = 2**P - 1``,
  ``pw`` the channel's +1 weights;
* multi-bit weights (ESB, integer): the accumulator holds the signed dot product
  itself (offset by the config's `accel.config.AccelConfig.acc_base`, which
  `accel.compiler.lower` adds), ``a = S`` (``a = -S`` with negated weights), ``S`` in
  ``[Q * sum(min(v, 0)), Q * sum(max(v, 0))]`` per channel.

A `accel.quant.LightNorm1d` block folds nothing: its POST (NORM) computes the
pre-activation as a final layer's scores (``offsets``, ``shift``) and normalizes it
with the constants `accel.compiler.lower` writes.

The activation's level is ``y = [post(a) >= 0]`` for `BinaryAct` (sign: level 1 is
+1) and ``y = post(a)`` for ``QuantAct(n)`` (levels ``0 .. 2**n - 1``).  A channel
whose level falls as ``S`` rises (gamma < 0) gets its weights negated (``flip``), so
every channel rises in ``S``; the hardware then computes
``y = sum_k [S >= T_k]`` with ``T_k`` = the least ``S`` whose level is ``>= k``
(``S_max + 1`` if none).  Constant channels (gamma = 0, thresholds beyond the
reachable range, alpha = 0) come out as ``T_k = 0`` or ``S_max + 1``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from .graph import Block

__all__ = ["Folded", "fold_block", "block_post", "block_levels"]


@dataclass
class Folded:
    """Integer form of one block.  Multi-bit blocks (``signed``): ``weight_pos`` holds
    the integer weights ``v`` (int64) after flips, thresholds and ``s_min..s_max`` are
    signed dot products (before `accel.config.AccelConfig.acc_base`)."""
    weight_pos: np.ndarray      # (M, N) bool, True = +1, after flips (multi-bit: int64 v)
    flip: np.ndarray            # (M,) bool, channel weights negated
    thresholds: np.ndarray      # (levels, M) int64, S domain (hidden layers)
    offsets: np.ndarray         # (M,) int64, raw score = (S << shift) - offset (final)
    shift: int
    s_max: int                  # largest reachable accumulator value
    score_max: int              # largest |score| of a final layer
    epilogue_scale: np.ndarray | None  # (M,) float32 alpha of a final layer
    out_bits: int = 1
    signed: bool = False        # multi-bit weights: the accumulator's sums are signed
    s_min: int = 0              # least reachable accumulator value (signed: negative)


def block_post(blk: Block, shortcut: float | None = None):
    """The block's float32 function from integer pre-activation to its output.

    A residual block adds its +-1 input ``shortcut`` between the norm and the
    activation, as `accel.quant.BiRealBlock` does.
    """
    @torch.no_grad()
    def post(a: torch.Tensor) -> torch.Tensor:
        a = a.contiguous()                # as a forward pass has it (module docstring)
        shape = a.shape
        if blk.conv:                      # (k, M) candidates as k images of M 1x1 maps
            a = a.reshape(*shape, 1, 1)
        y = blk.linear.rescale(a)
        if blk.bn is not None:
            y = blk.bn(y)
        if shortcut is not None:
            y = y + torch.full_like(y, shortcut)
        if blk.act is not None:
            y = blk.act(y)
        return y.reshape(shape)
    return post


def block_levels(blk: Block, shortcut: float | None = None):
    """``a (k, M) int64 -> level (k, M) int64`` through the block's own modules."""
    post = block_post(blk, shortcut)
    uint = blk.out_kind == "uint"

    def levels(a: np.ndarray) -> np.ndarray:
        y = post(torch.from_numpy(a.astype(np.float32))).numpy()
        return y.astype(np.int64) if uint else (y >= 0).astype(np.int64)
    return levels


def _a_of_s(S, flip, blk: Block, N: int, pw: np.ndarray):
    """Pre-activation for accumulator value ``S`` (per channel, broadcast over rows)."""
    if blk.input_kind == "uint":
        Q = (1 << blk.in_bits) - 1
        return np.where(flip, Q * pw - S, S - Q * (N - pw))
    return np.where(flip, N - 2 * S, 2 * S - N)


@torch.no_grad()
def fold_block(blk: Block) -> Folded:
    if blk.pe_kind != "xnor":
        return _fold_coded(blk)
    lin = blk.linear
    w_pos = blk.weight4().reshape(blk.out_channels, -1)       # (M, N), N = C*kh*kw
    M, N = w_pos.shape
    Q = (1 << blk.in_bits) - 1 if blk.input_kind == "uint" else 1
    pw = w_pos.sum(axis=1).astype(np.int64)
    s_max = Q * N

    if blk.final or blk.lightnorm:
        # the pre-activation itself: a final layer's scores, a LightNorm's input
        scale = lin.alpha().detach().numpy().astype(np.float32) if lin.use_alpha else None
        if blk.input_kind == "uint":
            offsets, shift = Q * (N - pw), 0
        else:
            offsets, shift = np.full(M, N, np.int64), 1
        return Folded(w_pos, np.zeros(M, bool), np.zeros((1, M), np.int64), offsets, shift,
                      s_max, Q * N, scale, 1 if blk.final else blk.out_bits)

    no_flip = np.zeros(M, bool)
    ends = np.stack([np.zeros(M, np.int64), np.full(M, s_max, np.int64)])   # S = 0, S_max
    if blk.residual:     # one threshold per shortcut value: row 0 for -1 (bit 0), row 1 for +1
        levels = [block_levels(blk, -1.0), block_levels(blk, 1.0)]
        flip = np.zeros(M, bool)
        for level in levels:                    # the norm's direction; the shortcut only
            y_ends = level(_a_of_s(ends, no_flip, blk, N, pw))      # shifts the step
            flip |= y_ends[1] < y_ends[0]
        rows = [_search(level, flip, blk, N, pw, s_max, 1)[0] for level in levels]
        w_eff = np.where(flip[:, None], ~w_pos, w_pos)
        return Folded(w_eff, flip, np.stack(rows), np.zeros(M, np.int64), 0, s_max, 0, None, 1)
    level = block_levels(blk)
    L = (1 << blk.out_bits) - 1
    y_ends = level(_a_of_s(ends, no_flip, blk, N, pw))
    flip = y_ends[1] < y_ends[0]                                # falling channels
    lo = _search(level, flip, blk, N, pw, s_max, L)
    w_eff = np.where(flip[:, None], ~w_pos, w_pos)
    return Folded(w_eff, flip, lo, np.zeros(M, np.int64), 0, s_max, 0, None, blk.out_bits)


def _search(level, flip, blk: Block, N: int, pw: np.ndarray, s_max: int, L: int) -> np.ndarray:
    """``(L, M)``: per level k = 1..L and channel, the least S whose level is >= k
    (``s_max + 1`` if none), by a vectorised binary search."""
    M = len(flip)
    return _least(level, lambda S: _a_of_s(S, flip, blk, N, pw), np.zeros(M, np.int64),
                  np.full(M, s_max, np.int64), L)


def _least(level, a_of, s_lo: np.ndarray, s_hi: np.ndarray, L: int) -> np.ndarray:
    """``(L, M)``: per level k = 1..L and channel, the least S in ``[s_lo, s_hi]`` (per
    channel) whose level is >= k (``s_hi + 1`` if none), by a vectorised binary search."""
    M = len(s_lo)
    k = np.arange(1, L + 1)[:, None]                            # (L, 1)
    lo = np.broadcast_to(s_lo, (L, M)).astype(np.int64)
    top = np.broadcast_to(s_hi, (L, M)).astype(np.int64)
    hi = top + 1
    while True:
        active = lo < hi
        if not active.any():
            break
        mid = (lo + hi) // 2
        probe = np.minimum(mid, top)
        y = level(a_of(probe).reshape(L, M)).reshape(L, M)
        ok = (y >= k) & (mid <= top)
        hi = np.where(active & ok, mid, hi)
        lo = np.where(active & ~ok, mid + 1, lo)
    return lo


def _fold_coded(blk: Block) -> Folded:
    """A multi-bit block: the accumulator holds ``S = sum x * v`` (signed); falling
    channels get ``v`` negated (exact: ESB is sign-magnitude, the integer format
    symmetric)."""
    lin = blk.linear
    v = blk.weight4().reshape(blk.out_channels, -1).astype(np.int64)    # (M, N)
    M, N = v.shape
    Q = (1 << blk.in_bits) - 1
    d_lo = Q * np.minimum(v, 0).sum(axis=1)
    d_hi = Q * np.maximum(v, 0).sum(axis=1)
    if blk.final:
        scale = lin.step().detach().numpy().astype(np.float32)
        top = int(max(-d_lo.min(initial=0), d_hi.max(initial=0)))
        return Folded(v, np.zeros(M, bool), np.zeros((1, M), np.int64), np.zeros(M, np.int64),
                      0, int(d_hi.max(initial=0)), top, scale, signed=True,
                      s_min=int(d_lo.min(initial=0)))
    level = block_levels(blk)
    L = (1 << blk.out_bits) - 1
    y_ends = level(np.stack([d_lo, d_hi]))
    flip = y_ends[1] < y_ends[0]                                # falling channels
    lo = np.where(flip, -d_hi, d_lo)
    hi = np.where(flip, -d_lo, d_hi)
    thr = _least(level, lambda S: np.where(flip, -S, S), lo, hi, L)
    w_eff = np.where(flip[:, None], -v, v)
    return Folded(w_eff, flip, thr, np.zeros(M, np.int64), 0, int(hi.max(initial=0)), 0, None,
                  blk.out_bits, signed=True, s_min=int(lo.min(initial=0)))
