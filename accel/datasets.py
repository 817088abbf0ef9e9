"""Offline data sets.  scikit-learn ships the 8x8 digits; nothing is downloaded."""

from __future__ import annotations

import numpy as np

__all__ = ["digits", "shifted"]


def digits(test_fraction: float = 0.2, seed: int = 0):
    """The 1797 8x8 digits as uint8 images in 0..255, split into train and test.

    Pixel values 0..16 are scaled by 16 and clipped to 255, so the first layer sees
    real 8-bit input.  Returns ``(x_train, y_train, x_test, y_test)`` with images of
    shape ``(n, 8, 8)``; the split is stratified and fixed by ``seed``.
    """
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    d = load_digits()
    x = np.minimum(d.images * 16, 255).astype(np.uint8)
    y = d.target.astype(np.int64)
    xtr, xte, ytr, yte = train_test_split(x, y, test_size=test_fraction, random_state=seed,
                                          stratify=y)
    return xtr, ytr, xte, yte


def shifted(x) -> np.ndarray:
    """The digits as a dimmer, foggier camera sees them: pixels scaled by 0.5 and offset
    by 40, rounded and clipped to 0..255 (the LightNorm adaptation's shifted split)."""
    return np.clip(np.round(np.asarray(x, np.float64) * 0.5 + 40), 0, 255).astype(np.uint8)
