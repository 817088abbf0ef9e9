"""Dependency tokens between one layer's last POST and the next layer's first GEMM.

The next layer's first GEMM reads activation words that the previous layer's last POST
may still be writing (POSTs run behind the controller: `accel.timing`, "Overlap").
Unless a LOAD or STORE lies between them (those wait for every engine to be idle), the
POST gets ``push_prev`` and the GEMM ``pop_next``.  A LOOP would repeat the flags of its
body in every iteration, so the flagged iteration is written out of its LOOP (the first
iteration for the GEMM, the last for the POST); the rest stays a LOOP.
"""

from __future__ import annotations

from .. import isa
from ..isa import Instr, Opcode

__all__ = ["pair_tokens"]


def _units(instrs, tags):
    """``[(loop or None, [(instr, tag)...])]``: single instructions and LOOPs with their
    bodies, in program order."""
    out, i = [], 0
    while i < len(instrs):
        ins = instrs[i]
        if ins.op == Opcode.LOOP:
            out.append(((ins, tags[i]), list(zip(instrs[i + 1:i + 1 + ins.body],
                                                 tags[i + 1:i + 1 + ins.body]))))
            i += 1 + ins.body
        else:
            out.append((None, [(ins, tags[i])]))
            i += 1
    return out


def _flag(body, op, first, **flags):
    """``body`` with ``flags`` set on its first (or last) instruction of opcode ``op``."""
    idx = [k for k, (ins, _) in enumerate(body) if ins.op == op]
    k = idx[0] if first else idx[-1]
    body = list(body)
    ins, tag = body[k]
    body[k] = (ins.replace(**flags), tag)
    return body


def pair_tokens(instrs: list[Instr], tags: list[int]) -> tuple[list[Instr], list[int]]:
    """``(instrs, tags)`` with the token pairs set (see the module docstring)."""
    units = _units(instrs, tags)
    push, pop = set(), set()
    last_post = None                  # (unit index, layer tag) of the last POST
    for u, (_, body) in enumerate(units):
        ops = [ins.op for ins, _ in body]
        if Opcode.LOAD in ops or Opcode.STORE in ops:
            last_post = None
            continue
        if Opcode.GEMM in ops:
            tag = body[ops.index(Opcode.GEMM)][1]
            if last_post is not None and last_post[1] != tag:
                push.add(last_post[0])
                pop.add(u)
                last_post = None
        if Opcode.POST in ops:
            last_post = (u, body[len(ops) - 1 - ops[::-1].index(Opcode.POST)][1])
    out_i, out_t = [], []

    def put(pairs):
        for ins, tag in pairs:
            out_i.append(ins)
            out_t.append(tag)

    for u, (loop, body) in enumerate(units):
        first, last = u in pop, u in push
        if loop is None or loop[0].count == 1:   # nothing to repeat: written out
            if first:
                body = _flag(body, Opcode.GEMM, True, pop_next=1)
            if last:
                body = _flag(body, Opcode.POST, False, push_prev=1)
            put(body)
            continue
        lp, ltag = loop
        n = lp.count
        iters = [[(isa.loop_stepped(ins, lp, k), t) for ins, t in body] for k in (0, n - 1)]
        lo, hi = int(first), n - int(last)       # iterations left in the LOOP
        if first:
            put(_flag(iters[0], Opcode.GEMM, True, pop_next=1))
        if hi - lo == 1:
            put([(isa.loop_stepped(ins, lp, lo), t) for ins, t in body])
        elif hi > lo:
            put([(lp.replace(count=hi - lo), ltag)])
            put([(isa.loop_stepped(ins, lp, lo), t) for ins, t in body])
        if last:
            put(_flag(iters[1] if n > 1 else iters[0], Opcode.POST, False, push_prev=1))
    return out_i, out_t
