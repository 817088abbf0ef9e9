"""Dependency tokens: decoupled weight LOADs, and POST -> next layer's first GEMM.

Weight LOADs run behind the controller (`accel.timing`, "Decoupled weight loads"): each
weight LOAD moves up to just after the last GEMM that reads the words it overwrites
(and no earlier than the previous weight LOAD or the first reader of the previous
decoupled one), gets ``push_next``, and the first GEMM after it that reads what it
writes gets ``pop_prev``.  With the compiler's double-buffered weight blocks, block
b + 1 then loads while the GEMMs of block b run; resident weights (one block per layer)
load layer l + 1's while layer l computes.

The next layer's first GEMM reads activation words that the previous layer's last POST
may still be writing (POSTs run behind the controller: `accel.timing`, "Overlap").
Unless a LOAD or STORE that waits for every engine to be idle lies between them, the
POST gets ``push_prev`` and the GEMM ``pop_next``.

A LOOP would repeat the flags of its body in every iteration, so a flagged iteration is
written out of its LOOP (the first iteration for a GEMM, the last for the POST); the
rest stays a LOOP.
"""

from __future__ import annotations

from .. import isa
from ..isa import Buf, Instr, Opcode
from ..model.schedule import gemm_weight_words
from ..timing import async_load

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


def _reads(body, words: range) -> bool:
    """Whether a GEMM of ``body`` (a LOOP's body stepped in no weight field) reads one
    of the weight ``words``."""
    for ins, _ in body:
        if ins.op == Opcode.GEMM:
            r = gemm_weight_words(ins)
            if max(r.start, words.start) < min(r.stop, words.stop):
                return True
    return False


def _overlaps(bodies) -> bool:
    """Whether a GEMM or POST comes first in ``bodies`` before a LOAD or STORE that waits
    for every engine."""
    for body in bodies:
        for ins, _ in body:
            if ins.op in (Opcode.GEMM, Opcode.POST):
                return True
            if ins.op == Opcode.STORE or (ins.op == Opcode.LOAD and not async_load(ins)):
                return False
    return False


def _prefetch(units):
    """``(units, lpop)``: every weight LOAD with a later reader moved up and flagged
    ``push_next``; ``lpop``: the units whose first GEMM pops its token."""
    units = list(units)
    lpop = []                            # the popping units, as body lists (identity)
    for u in range(len(units)):
        loop, body = units[u]
        ins, tag = body[0]
        if loop is not None or ins.op != Opcode.LOAD or ins.buf != Buf.WEIGHT:
            continue
        words = range(ins.sram_addr, ins.sram_addr + ins.words)
        user = next((v for v in range(u + 1, len(units)) if _reads(units[v][1], words)), None)
        if user is None:
            continue
        # up to the last reader of the words it overwrites, the previous weight LOAD, or
        # the first reader of the previous decoupled LOAD (above it, this one would hold
        # the controller until that one ends)
        to = u
        while to > 0:
            lp, prev = units[to - 1]
            if _reads(prev, words) or (lp is None and prev[0][0].op == Opcode.LOAD
                                       and prev[0][0].buf == Buf.WEIGHT) \
                    or (lpop and prev is lpop[-1]):
                break
            to -= 1
        # worth it only if a GEMM or POST runs behind it before its reader (and before
        # anything that waits for every engine)
        between = [b for _, b in units[to:u] + units[u + 1:user]]
        if not _overlaps(between):
            continue
        lpop.append(units[user][1])
        del units[u]
        units.insert(to, (None, [(ins.replace(push_next=1), tag)]))
    ids = {id(b) for b in lpop}
    return units, {v for v, (_, b) in enumerate(units) if id(b) in ids}


def pair_tokens(instrs: list[Instr], tags: list[int]) -> tuple[list[Instr], list[int]]:
    """``(instrs, tags)`` with the tokens set (see the module docstring)."""
    units, lpop = _prefetch(_units(instrs, tags))
    push, pop = set(), set()
    last_post = None                  # (unit index, layer tag) of the last POST
    for u, (_, body) in enumerate(units):
        ops = [ins.op for ins, _ in body]
        if any(ins.op == Opcode.STORE or (ins.op == Opcode.LOAD and not async_load(ins))
               for ins, _ in body):
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
        flags = {**({"pop_next": 1} if u in pop else {}), **({"pop_prev": 1} if u in lpop else {})}
        first, last = bool(flags), u in push
        if loop is None or loop[0].count == 1:   # nothing to repeat: written out
            if first:
                body = _flag(body, Opcode.GEMM, True, **flags)
            if last:
                body = _flag(body, Opcode.POST, False, push_prev=1)
            put(body)
            continue
        lp, ltag = loop
        n = lp.count
        iters = [[(isa.loop_stepped(ins, lp, k), t) for ins, t in body] for k in (0, n - 1)]
        lo, hi = int(first), n - int(last)       # iterations left in the LOOP
        if first:
            put(_flag(iters[0], Opcode.GEMM, True, **flags))
        if hi - lo == 1:
            put([(isa.loop_stepped(ins, lp, lo), t) for ins, t in body])
        elif hi > lo:
            put([(lp.replace(count=hi - lo), ltag)])
            put([(isa.loop_stepped(ins, lp, lo), t) for ins, t in body])
        if last:
            put(_flag(iters[1] if n > 1 else iters[0], Opcode.POST, False, push_prev=1))
    return out_i, out_t
