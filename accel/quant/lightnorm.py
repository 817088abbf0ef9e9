"""`LightNorm1d` / `LightNorm2d`: range batch norm in block floating point.

The forward values are `accel.lightnorm.lightnorm`'s, exactly (the same function the
golden model and the hardware follow); the gradient is that of the same range batch
norm in float32 without the truncations (straight-through).  Training uses the batch's
statistics and keeps running ones (momentum, like `torch.nn.BatchNorm1d`); evaluation
uses the running ones, unless ``adapt`` is set: then the batch's own statistics,
as the accelerator computes them on the device (`accel simulate --adapt`).
"""

from __future__ import annotations

import math

import torch
from torch import nn

from ..lightnorm import BfpFormat, LightNormSpec, lightnorm

__all__ = ["LightNorm1d", "LightNorm2d"]


class _LightNorm(nn.Module):
    dims: int                                   # 2: (N, C); 4: (N, C, H, W)

    def __init__(self, num_features: int, *, group: int = 8, mant_bits: int = 4,
                 exp_bits: int = 5, stat_bits: int = 8, chunks: int = 8,
                 momentum: float = 0.1):
        super().__init__()
        if not isinstance(num_features, int) or isinstance(num_features, bool) \
                or num_features < 1:
            raise ValueError(f"num_features must be a positive integer, got {num_features!r}")
        if not 0.0 < momentum <= 1.0:
            raise ValueError(f"momentum must be in (0, 1], got {momentum!r}")
        self.spec = LightNormSpec(BfpFormat(mant_bits, exp_bits, group), stat_bits=stat_bits,
                                  chunks=chunks)
        self.num_features, self.momentum = num_features, momentum
        self.weight = nn.Parameter(torch.ones(num_features))
        self.bias = nn.Parameter(torch.zeros(num_features))
        self.register_buffer("running_mean", torch.zeros(num_features))
        self.register_buffer("running_range", torch.ones(num_features))
        # values per chunk of the training batches: C(n) of the running statistics
        self.register_buffer("running_per_chunk", torch.tensor(float(2 * chunks)))
        #: evaluate with the batch's statistics instead of the running ones
        self.adapt = False

    def _check(self, x):
        if x.dim() != self.dims or x.shape[1] != self.num_features:
            raise ValueError(f"{type(self).__name__}({self.num_features}) expects "
                             f"{self.dims}-d input with {self.num_features} channels, got "
                             f"{tuple(x.shape)}")

    def running_stats(self):
        """``(mean, range, values per chunk)`` of evaluation, as numpy."""
        return (self.running_mean.detach().double().numpy(),
                self.running_range.detach().double().numpy(),
                float(self.running_per_chunk))

    def forward(self, x):
        self._check(x)
        batch = self.training or self.adapt
        gamma = self.weight.detach().double().numpy()
        beta = self.bias.detach().double().numpy()
        y, (mean, rng, npc) = lightnorm(x.detach().double().cpu().numpy(), gamma, beta,
                                        self.spec, None if batch else self.running_stats())
        exact = torch.as_tensor(y, dtype=x.dtype, device=x.device)
        if self.training:
            with torch.no_grad():
                m = self.momentum
                self.running_mean.mul_(1 - m).add_(m * torch.as_tensor(mean, dtype=x.dtype))
                self.running_range.mul_(1 - m).add_(m * torch.as_tensor(rng, dtype=x.dtype))
                self.running_per_chunk.fill_(npc)
            return exact + (self._surrogate(x, npc) - self._surrogate(x, npc).detach())
        return exact

    def _surrogate(self, x, npc):
        """The range batch norm in float32, with the batch's statistics: its gradient."""
        # (C, n) in `accel.lightnorm`'s order: row, column, sample
        v = x.movedim(1, 0).movedim(1, -1).reshape(self.num_features, -1)
        k = min(self.spec.chunks, v.shape[1])
        parts = torch.tensor_split(v, k, dim=1)
        hi = torch.stack([p.max(dim=1).values for p in parts]).mean(0)
        lo = torch.stack([p.min(dim=1).values for p in parts]).mean(0)
        scale = math.sqrt(2 * math.log(npc)) if npc > 1 else 0.0
        shape = (1, -1) + (1,) * (self.dims - 2)
        xhat = (x - v.mean(1).reshape(shape)) * scale / (hi - lo).clamp_min(1e-5).reshape(shape)
        return self.weight.reshape(shape) * xhat + self.bias.reshape(shape)

    def extra_repr(self):
        d = self.spec.data
        return (f"{self.num_features}, group={d.group}, mant_bits={d.mant_bits}, "
                f"exp_bits={d.exp_bits}, stat_bits={self.spec.stat_bits}, "
                f"chunks={self.spec.chunks}")


class LightNorm1d(_LightNorm):
    """LightNorm over ``(N, C)``: each channel's statistics over the batch."""
    dims = 2


class LightNorm2d(_LightNorm):
    """LightNorm over ``(N, C, H, W)``: each channel's statistics over batch and pixels.

    The range's chunks split each channel's values taken pixel by pixel (row, column,
    then sample): the order the accelerator's array produces them, one pixel of
    ``rows`` samples at a time, so that the chunks do not depend on the array.
    """
    dims = 4
