"""Quantization-aware training loop for the shipped binary networks."""

from __future__ import annotations

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from .quant import BinaryLinear, ESBLinear, clip_weights_

__all__ = ["train", "accuracy", "score_scale"]


def score_scale(model: nn.Module) -> float:
    """Softmax temperature for integer scores: 1/sqrt(fan-in of the last layer).

    It lives in the loss, not the model, so the compiled integer scores equal the
    model's output exactly (a positive scale does not change the argmax).
    """
    last = [m for m in model.modules() if isinstance(m, (BinaryLinear, ESBLinear))][-1]
    return 1.0 / float(np.sqrt(last.in_features))


def random_shift(x: torch.Tensor, g: torch.Generator, max_shift: int = 1) -> torch.Tensor:
    """Shift each image by up to ``max_shift`` pixels in each direction, zero fill."""
    n = x.shape[0]
    out = torch.zeros_like(x)
    dy = torch.randint(-max_shift, max_shift + 1, (n,), generator=g)
    dx = torch.randint(-max_shift, max_shift + 1, (n,), generator=g)
    H, W = x.shape[-2:]
    for i in range(n):
        sy, sx = int(dy[i]), int(dx[i])
        out[i, ..., max(0, sy):H + min(0, sy), max(0, sx):W + min(0, sx)] = \
            x[i, ..., max(0, -sy):H + min(0, -sy), max(0, -sx):W + min(0, -sx)]
    return out


def train(model: nn.Module, x: np.ndarray, y: np.ndarray, *, epochs: int = 40,
          batch_size: int = 64, lr: float = 1e-2, seed: int = 0, progress: bool = True,
          description: str = "training", augment: bool = False) -> list[float]:
    """Adam + straight-through estimator; latent weights clipped to [-1, 1] each step.

    ``augment`` shifts images by up to one pixel (for convolutional nets).  Returns the
    mean loss of each epoch.  Shows a rich progress bar when ``progress``.
    """
    torch.manual_seed(seed)
    xt = torch.as_tensor(np.asarray(x), dtype=torch.float32)
    yt = torch.as_tensor(np.asarray(y), dtype=torch.long)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=max(1, epochs))
    t = score_scale(model)
    g = torch.Generator().manual_seed(seed)
    losses = []
    bar = None
    if progress:
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn)
        bar = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                       TextColumn("loss {task.fields[loss]:.3f}"), TimeElapsedColumn(),
                       transient=False)
        bar.start()
        task = bar.add_task(description, total=epochs, loss=float("nan"))
    try:
        for _ in range(epochs):
            model.train()
            perm = torch.randperm(len(xt), generator=g)
            tot = 0.0
            for i in range(0, len(xt), batch_size):
                idx = perm[i:i + batch_size]
                if len(idx) < 2:
                    continue
                xb = random_shift(xt[idx], g) if augment else xt[idx]
                loss = F.cross_entropy(model(xb) * t, yt[idx])
                opt.zero_grad()
                loss.backward()
                opt.step()
                clip_weights_(model)
                tot += loss.item() * len(idx)
            sched.step()
            losses.append(tot / len(xt))
            if bar is not None:
                bar.update(task, advance=1, loss=losses[-1])
    finally:
        if bar is not None:
            bar.stop()
    model.eval()
    return losses


@torch.no_grad()
def accuracy(model: nn.Module, x: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """Eval-mode accuracy and the raw outputs."""
    model.eval()
    out = model(torch.as_tensor(np.asarray(x), dtype=torch.float32)).numpy()
    return float((out.argmax(1) == np.asarray(y)).mean()), out
