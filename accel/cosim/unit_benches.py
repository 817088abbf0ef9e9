"""cocotb unit benches: the generated Verilog of the PE and of the threshold unit
against the golden model's `ref_*` functions.

Parameters and the report path come in the JSON file named by ``ACCEL_UNIT_JOB``.
Each bench drives random and edge-case inputs at falling clock edges, checks every
result, and writes ``{"checked": n, "errors": [...]}`` to the report.
"""

import json
import os
import random
from pathlib import Path

import cocotb
import numpy as np
from cocotb.clock import Clock
from cocotb.triggers import FallingEdge, Timer

from accel.config import digit_planes
from accel.model.ops import (lightnorm_stats_cases, lightnorm_unit_cases, ref_dot_pe_trace,
                             ref_lightnorm_stats, ref_lightnorm_unit, ref_multi_threshold,
                             ref_pe_trace, ref_products, ref_raw_score)


def _job():
    return json.loads(Path(os.environ["ACCEL_UNIT_JOB"]).read_text())


def _limbs(v, bits):
    return np.array([[(v >> (64 * j)) & (2**64 - 1) for j in range(max(1, bits // 64))]],
                    dtype=np.uint64)


def _array_port(dut, name, c):
    """Element ``c`` of array port ``name``: one Verilog port per element."""
    return getattr(dut, f"{name}__{c}")


async def _check_acc_trace(dut, job, steps, expect, scale=False):
    """Drive ``steps[k] = (a, w, valid, zero, plane)`` at falling edges (then idle) and
    compare the accumulator after each edge with ``expect`` (a ``ref_*_trace``); the
    report to ``job["report"]``.  ``scale``: the PE takes ``1 << plane`` (plane_dsp)."""
    errors, checked = [], 0
    for k in range(len(expect)):
        a, w, v, z, p = steps[k] if k < len(steps) else (0, 0, 0, 0, 0)
        dut.a.value, dut.w.value, dut.valid.value, dut.zero.value = a, w, v, z
        if scale:
            dut.scale.value = 1 << p
        else:
            dut.plane.value = p
        await FallingEdge(dut.clk)
        got = dut.acc.value.to_unsigned()
        checked += 1
        if got != expect[k] and len(errors) < 10:
            errors.append(f"edge {k}: expected acc {expect[k]}, got {got}")
    Path(job["report"]).write_text(json.dumps({"checked": checked, "errors": errors}))
    assert not errors, errors


@cocotb.test()
async def pe_bench(dut):
    job = _job()
    if job["unit"] != "pe":
        return
    W, A, S = job["lane_bits"], job["acc_bits"], job["pop_stages"]
    rnd = random.Random(job["seed"])
    cocotb.start_soon(Clock(dut.clk, 10, unit="ns").start(start_high=False))
    dut.rst.value = 0
    dsp = bool(job.get("plane_dsp"))      # the PE takes 1 << plane as "scale"
    for n in ("a", "w", "valid", "zero", "scale" if dsp else "plane"):
        getattr(dut, n).value = 0
    await FallingEdge(dut.clk)
    edge = [0, (1 << W) - 1, 1, 1 << (W - 1)]
    steps = []
    for i in range(job["steps"]):
        a = edge[i] if i < len(edge) else rnd.getrandbits(W)
        w = edge[-1 - i] if i < len(edge) else rnd.getrandbits(W)
        steps.append((a, w, int(rnd.random() < 0.85), int(i == 0 or rnd.random() < 0.1),
                      rnd.randrange(8)))
    expect = ref_pe_trace(steps, S, A, W)
    await _check_acc_trace(dut, job, steps, expect, dsp)


@cocotb.test()
async def threshold_bench(dut):
    job = _job()
    if job["unit"] != "threshold":
        return
    C, A, L = job["cols"], job["acc_bits"], job["levels"]
    Y = max(1, L.bit_length())
    rnd = random.Random(job["seed"])   # combinational: no clock, no reset
    errors, checked = [], 0
    for trial in range(job["steps"]):
        active = rnd.randint(1, L)
        acc = np.array([rnd.getrandbits(A) for _ in range(C)], np.int64)
        thr = np.sort(np.array([[rnd.getrandbits(A) for _ in range(C)] for _ in range(L)],
                               np.int64), axis=0)
        for c in range(C):
            if rnd.random() < 0.3:
                thr[0, c] = acc[c]             # exact ties reach the level
        if trial == 0:
            acc[:] = 0
        shift = trial % 2
        dut.acc.value = sum(int(v) << (A * c) for c, v in enumerate(acc))
        dut.thresh.value = sum(int(v) << (A * i) for i, v in enumerate(thr.ravel()))
        dut.active.value = active
        dut.shift.value = (1 << C) - 1 if shift else 0
        await Timer(1, unit="ns")
        y = dut.y.value.to_unsigned()
        scores = dut.scores.value.to_unsigned()
        got_y = np.array([(y >> (Y * c)) & ((1 << Y) - 1) for c in range(C)], np.int64)
        got_s = np.array([(scores >> (A * c)) & ((1 << A) - 1) for c in range(C)], np.int64)
        got_s = (got_s ^ (1 << (A - 1))) - (1 << (A - 1))
        checked += 1
        # levels are compared only by threshold POSTs, which drive shift 0
        y_ok = shift == 1 or (got_y == ref_multi_threshold(acc, thr[:active])).all()
        if not y_ok or not (got_s == ref_raw_score(acc, thr[0], shift, A)).all():
            errors.append(f"trial {trial}: acc {acc.tolist()} thr {thr.tolist()} "
                          f"active {active} shift {shift}")
    Path(job["report"]).write_text(json.dumps({"checked": checked, "errors": errors}))
    assert not errors, errors


@cocotb.test()
async def products_bench(dut):
    """Every (activation, code) word through a `ProductBank`: each unit sees every pair
    of its widths."""
    job = _job()
    if job["unit"] != "products":
        return
    from accel.cosim import product_units
    from accel.hdl.mac import ProductBank
    units = product_units(job["units"])
    bank = ProductBank(units)
    ob = ProductBank.OUT_BITS
    refs = []
    for kind, n, w in units:
        wb = w.bits if kind == "esb" else w
        a = np.arange(1 << bank.a_bits) & ((1 << n) - 1)
        c = np.arange(1 << bank.code_bits) & ((1 << wb) - 1)
        refs.append(ref_products(a[:, None], c[None, :], kind,
                                 fmt=w if kind == "esb" else None,
                                 weight_bits=None if kind == "esb" else w))
    errors, checked = [], 0
    for a in range(1 << bank.a_bits):
        dut.a.value = a
        for code in range(1 << bank.code_bits):
            dut.code.value = code
            await Timer(1, unit="ns")
            p, c = dut.p.value.to_unsigned(), dut.c.value.to_unsigned()
            for k, (kind, n, w) in enumerate(units):
                v = (p >> (k * ob)) & ((1 << ob) - 1)
                got = v - (1 << ob) * (v >> (ob - 1)) + ((c >> k) & 1)
                checked += 1
                if got != refs[k][a, code] and len(errors) < 10:
                    errors.append(f"{kind} n={n} {w}: a={a} code={code}: expected "
                                  f"{refs[k][a, code]}, got {got}")
    Path(job["report"]).write_text(json.dumps({"checked": checked, "errors": errors}))
    assert not errors, errors


@cocotb.test()
async def dot_pe_bench(dut):
    """Random steps (and the largest operands) through a `DotPE`, its accumulator
    checked at every clock edge against `ref_dot_pe_trace`."""
    job = _job()
    if job["unit"] != "dot_pe":
        return
    from accel.cosim import _dot_pe_weights
    kw = _dot_pe_weights(job)
    L, n, A, S = job["lane_bits"], job["elem_bits"], job["acc_bits"], job["stages"]
    E = L // n
    b = kw["fmt"].bits if "fmt" in kw else kw["weight_bits"]
    planes = digit_planes(8, n)          # a DotPE's default
    rnd = random.Random(job["seed"])
    cocotb.start_soon(Clock(dut.clk, 10, unit="ns").start(start_high=False))
    dut.rst.value = 0
    for name in ("a", "w", "valid", "zero", "plane"):
        getattr(dut, name).value = 0
    await FallingEdge(dut.clk)
    top = (1 << (b - 1)) - 1 if "fmt" in kw else (1 << b) - 1
    steps = [((1 << L) - 1, sum(top << (i * b) for i in range(E)), 1, 1, planes - 1)]
    for _ in range(job["steps"] - 1):
        steps.append((rnd.getrandbits(L), rnd.getrandbits(E * b), int(rnd.random() < 0.85),
                      int(rnd.random() < 0.1), rnd.randrange(planes)))
    expect = ref_dot_pe_trace(steps, kind=job["kind"], lane_bits=L, elem_bits=n, acc_bits=A,
                              stages=S, **kw)
    await _check_acc_trace(dut, job, steps, expect)


@cocotb.test()
async def lightnorm_bench(dut):
    """`accel.model.ops.lightnorm_unit_cases` through a `LightNormUnit`, against
    `ref_lightnorm_unit`: the normalized value, its sign and its level."""
    job = _job()
    if job["unit"] != "lightnorm":
        return
    from accel.cosim import _lightnorm_spec
    from accel.lightnorm import FRAC_OF_Y, stat_encode
    spec = _lightnorm_spec(job)
    C, A = job["cols"], job["acc_bits"]
    errors, checked = [], 0
    for k, (d, mean, a, b, nb) in enumerate(
            lightnorm_unit_cases(C, A, job["steps"], job["seed"], spec)):
        for c in range(C):
            _array_port(dut, "d", c).value = int(d[c]) & ((1 << A) - 1)
            for name, v in (("mean", mean), ("a", a), ("b", b)):
                _array_port(dut, name, c).value = int(stat_encode(v[c:c + 1], spec)[0])
        dut.out_bits.value = nb
        await Timer(1, unit="ns")
        y, nonneg, level = ref_lightnorm_unit(d, mean, a, b, nb, spec)
        got = [_array_port(dut, "y", c).value.to_signed() / 2.0 ** FRAC_OF_Y for c in range(C)]
        nn = dut.nonneg.value.to_unsigned()
        got_nn = [(nn >> c) & 1 for c in range(C)]
        lv = [_array_port(dut, "level", c).value.to_unsigned() for c in range(C)]
        checked += 1
        if (got, got_nn, lv) != (y.tolist(), nonneg.tolist(), level.tolist()) \
                and len(errors) < 10:
            errors.append(f"case {k}: d {d.tolist()}: y {got} != {y.tolist()}, signs "
                          f"{got_nn} != {nonneg.tolist()} or levels {lv} != {level.tolist()}")
    Path(job["report"]).write_text(json.dumps({"checked": checked, "errors": errors}))
    assert not errors, errors


@cocotb.test()
async def lightnorm_stats_bench(dut):
    """`accel.model.ops.lightnorm_stats_cases` through a `LightNormStats`: each batch's
    rows in statistics mode, then every column finalized, against
    `ref_lightnorm_stats`; a clear between batches."""
    job = _job()
    if job["unit"] != "lightnorm_stats":
        return
    from accel.cosim import _lightnorm_spec
    from accel.hdl.lightnorm import LightNormStats
    from accel.lightnorm import reciprocal, stat_encode
    spec = _lightnorm_spec(job)
    C, Q = job["cols"], job["in_bits"]
    cocotb.start_soon(Clock(dut.clk, 10, unit="ns").start(start_high=False))
    dut.rst.value = 0
    dut.valid.value = dut.clear.value = dut.col.value = 0

    await FallingEdge(dut.clk)
    errors, checked = [], 0
    for b, (rows, n, gains) in enumerate(lightnorm_stats_cases(C, job["seed"], spec)):
        for name, v in LightNormStats.chunking(n, spec).items():
            getattr(dut, name).value = v
        dut.inv_n.value = int(stat_encode(reciprocal(n, spec), spec))
        dut.inv_k.value = int(stat_encode(reciprocal(min(spec.chunks, n), spec), spec))
        for c in range(C):
            _array_port(dut, "gain", c).value = int(stat_encode(gains[c], spec))
        dut.valid.value = 1
        for row in rows:
            for c in range(C):
                _array_port(dut, "q", c).value = int(row[c]) & ((1 << Q) - 1)
            await FallingEdge(dut.clk)
        dut.valid.value = 0
        want = ref_lightnorm_stats(rows, n, gains, spec)
        for c in range(C):
            dut.col.value = c
            await FallingEdge(dut.clk)
            got = [dut.mean.value.to_unsigned(), dut.range.value.to_unsigned(),
                   dut.scale.value.to_unsigned()]
            checked += 1
            if got != [w[c] for w in want] and len(errors) < 10:
                errors.append(f"batch {b} (n {n}) column {c}: (mean, range, scale) codes "
                              f"{got} != {[w[c] for w in want]}")
        dut.clear.value = 1
        await FallingEdge(dut.clk)
        dut.clear.value = 0
    Path(job["report"]).write_text(json.dumps({"checked": checked, "errors": errors}))
    assert not errors, errors
