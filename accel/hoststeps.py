"""Elementwise steps the host applies around a program: an imported graph's input
preprocessing and quantizer, and its output nodes (`accel.interop.qonnx_import`).

They travel in the program file (`accel.program.Symbols`), so a compiled QONNX model
takes the graph's raw inputs and gives its outputs with no ONNX runtime installed.
Each step is a JSON list ``[op, *args]`` computed in float32 as qonnx's reference
executor computes the node it stands for (an IEEE float32 operation per element, as
onnxruntime does; `quant_codes` as qonnx's ``int_quant``), so the results are equal
bit for bit (tested against the executor):

``["mul", c]``, ``["add", c]``, ``["sub", c]``, ``["div", c]``
    ``x op c`` with the scalar ``c``.
``["quant_codes", scale, zero, lo, hi, rounding]``
    A ``Quant`` node's integer codes, as unsigned ``clip(round(x / scale + zero),
    lo, hi) - lo`` (the array's bit planes).
``["affine", shift, scale]``
    A last layer that read codes: ``(scores + shift[c]) * scale`` per class ``c``.
``["topk", k]``, ``["argmax"]``
    The graph's last node, a selection over the classes: the indices of the ``k``
    largest (ties: the lower index first, as ONNX's TopK), or of the largest, as
    ``(n, k)`` / ``(n, 1)`` (float32 holds them exactly).
"""

from __future__ import annotations

import numpy as np

__all__ = ["apply_steps", "check_steps", "split_selection", "STEP_OPS", "SELECTIONS"]

_ROUNDING = {
    "ROUND": np.round, "HALF_EVEN": np.round, "CEIL": np.ceil, "FLOOR": np.floor,
    "DOWN": np.fix, "UP": lambda v: np.sign(v) * np.ceil(np.abs(v)),
    "HALF_UP": lambda v: np.sign(v) * np.floor(np.abs(v) + 0.5),
    "HALF_DOWN": lambda v: np.sign(v) * np.ceil(np.abs(v) - 0.5),
}
#: Every step's name and its argument count.
STEP_OPS = {"mul": 1, "add": 1, "sub": 1, "div": 1, "quant_codes": 5, "affine": 2,
            "topk": 1, "argmax": 0}
#: Steps that select classes; only as the last step.
SELECTIONS = ("topk", "argmax")


def check_steps(steps) -> tuple:
    """``steps`` as a tuple of tuples, or `ValueError` naming the bad step."""
    if steps is None:
        return None
    if not isinstance(steps, (list, tuple)):
        raise ValueError(f"expected a list of steps, got {type(steps).__name__}")
    out = []
    for k, s in enumerate(steps):
        if not isinstance(s, (list, tuple)) or not s or s[0] not in STEP_OPS:
            raise ValueError(f"step {k}: {s!r} is not one of {sorted(STEP_OPS)}")
        if len(s) - 1 != STEP_OPS[s[0]]:
            raise ValueError(f"step {k} ({s[0]}): {len(s) - 1} arguments, expected "
                             f"{STEP_OPS[s[0]]}")
        if s[0] == "quant_codes" and s[5] not in _ROUNDING:
            raise ValueError(f"step {k}: rounding {s[5]!r}; expected one of {sorted(_ROUNDING)}")
        if s[0] in SELECTIONS and k != len(steps) - 1:
            raise ValueError(f"step {k} ({s[0]}) selects classes; it can only be the last")
        if s[0] == "topk" and not (isinstance(s[1], int) and s[1] >= 1):
            raise ValueError(f"step {k} (topk): k = {s[1]!r}, expected a positive integer")
        nums = [a for a in (s[1:5] if s[0] == "quant_codes" else s[1:])]
        flat = [v for a in nums for v in (a if isinstance(a, (list, tuple)) else [a])]
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool)
                   and np.isfinite(v) for v in flat):
            raise ValueError(f"step {k} ({s[0]}): its arguments must be finite numbers")
        out.append(tuple(tuple(a) if isinstance(a, list) else a for a in s))
    return tuple(out)


def apply_steps(steps, x) -> np.ndarray:
    """``x`` (float32) through ``steps``."""
    y = np.asarray(x, np.float32)
    for s in steps or ():
        op = s[0]
        if op in ("mul", "add", "sub", "div"):
            c = np.float32(s[1])
            y = {"mul": np.multiply, "add": np.add, "sub": np.subtract,
                 "div": np.divide}[op](y, c, dtype=np.float32)
        elif op == "quant_codes":
            scale, zero, lo, hi, rounding = s[1:]
            v = y / np.float32(scale)
            v = v + np.float32(zero)
            v = np.where(v > hi, np.float32(hi), v)
            v = np.where(v < lo, np.float32(lo), v)
            y = (_ROUNDING[rounding](v) - np.float32(lo)).astype(np.float32)
        elif op == "affine":
            shift, scale = s[1:]
            y = (y + np.asarray(shift, np.float32)) * np.float32(scale)
        elif op == "topk":
            y = np.argsort(-y, axis=1, kind="stable")[:, :s[1]].astype(np.float32)
        else:                                           # argmax
            y = np.argmax(y, axis=1)[:, None].astype(np.float32)
    return y


def split_selection(steps) -> tuple:
    """``(arithmetic steps, the final selection step or None)``."""
    steps = tuple(steps or ())
    if steps and steps[-1][0] in SELECTIONS:
        return steps[:-1], steps[-1]
    return steps, None
