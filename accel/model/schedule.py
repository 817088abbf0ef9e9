"""When every instruction of a run issues: the overlap rules of `accel.timing`.

The controller issues in order; GEMM and POST engines work on behind it (a GEMM's
array drains while the next instruction issues, a POST thresholds and writes while
the next pixel's GEMM runs).  `schedule` walks the executed stream once and returns
every instruction's issue cycle, from the rules written in `accel.timing` ("Overlap"),
which the RTL implements and co-simulation checks cycle for cycle.

It also checks the program's synchronisation: a GEMM that reads an activation word
which a POST still running writes (the compiler prevents it with a token: the POST
pushes, the GEMM pops) is a race, reported naming both instructions; a pop that no
earlier POST pushes would wait forever; more than `TOKEN_MAX` tokens outstanding
overflow the controller's counter.  Likewise for decoupled weight LOADs (ISA
version 6): a GEMM that reads a weight word a running ``push_next`` LOAD writes, for
lack of a ``pop_prev``, is a race.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..config import AccelConfig
from ..isa import Instr, Opcode, PostMode, norm_applies
from ..timing import (GEMM_MIN_CYCLES, LOAD_ISSUE_CYCLES, POST_ISSUE_CYCLES, START_CYCLES,
                      TOKEN_MAX, array_latency, async_load, gemm_steps, instr_cycles,
                      post_digits, post_latency, post_levels, post_steps)

__all__ = ["Schedule", "ScheduleError", "TOKEN_MAX", "schedule", "issues", "gemm_reads_word",
           "gemm_weight_words", "post_writes"]

class ScheduleError(RuntimeError):
    """The program races, deadlocks or overflows the token counter."""


@dataclass(frozen=True)
class Schedule:
    """``issue[q]``: the cycle the ``q``-th executed instruction issues; ``cycles``: the
    run's cycles (FINISH's issue + 1, or the last instruction's end)."""
    issue: tuple
    cycles: int

    def spans(self) -> list[int]:
        """Cycles charged to each executed instruction: from its issue to the next
        one's (the first also gets the run's `START_CYCLES`, the last the rest)."""
        nxt = list(self.issue[1:]) + [self.cycles]
        out = [b - a for a, b in zip(self.issue, nxt)]
        if out:
            out[0] += self.issue[0]
        return out


def post_writes(cfg: AccelConfig, ins: Instr) -> tuple:
    """Activation words a POST writes (none for RAW: it writes scores; none for a NORM
    STAT or FIN)."""
    if ins.mode == PostMode.RAW or (ins.mode == PostMode.NORM and not norm_applies(ins)):
        return ()
    return tuple(ins.dst_addr + b * ins.plane_stride for b in range(post_digits(cfg, ins)))


def gemm_reads_word(ins: Instr, word: int) -> bool:
    """Whether GEMM ``ins`` reads activation word ``word`` (window positions inside
    the map only; addresses modulo 2**16 as in `accel.model.Machine`)."""
    span = ((ins.planes - 1) * ins.plane_stride
            + ((ins.kh - 1) * ins.fm_w + ins.kw) * ins.words)
    if (word - ins.act_addr) % (1 << 16) >= span:       # outside the window's extent
        return False
    for p in range(ins.planes):
        for ky in range(ins.kh):
            if not 0 <= ins.iy0 + ky < ins.fm_h:
                continue
            for kx in range(ins.kw):
                if not 0 <= ins.ix0 + kx < ins.fm_w:
                    continue
                lo = (ins.act_addr + p * ins.plane_stride
                      + (ky * ins.fm_w + kx) * ins.words) % (1 << 16)
                if lo <= word < lo + ins.words:
                    return True
    return False


def gemm_weight_words(ins: Instr) -> range:
    """Weight words a GEMM reads (every plane reads the same ones)."""
    return range(ins.w_addr, ins.w_addr + ins.kh * ins.kw * ins.words)


def _overlap(a: range, b: range) -> int | None:
    lo = max(a.start, b.start)
    return lo if lo < min(a.stop, b.stop) else None


def _describe(q, j, ins):
    return f"instruction {j} ({ins.op.name}, executed #{q})"


def _push(queue: list, end: int, q, j, ins) -> None:
    """A token pushed at cycle ``end``; more than `TOKEN_MAX` waiting is an error."""
    queue.append(end)
    if len(queue) > TOKEN_MAX:
        raise ScheduleError(f"{_describe(q, j, ins)} pushes token {len(queue)}, more than "
                            f"the controller holds ({TOKEN_MAX})")


def _static(cfg: AccelConfig, ins: Instr) -> tuple:
    """What the schedule needs of an instruction that loop iterations do not change:
    ``(op, a, b, pop, push)``: a GEMM's steps (``pop``: bit 0 ``pop_next``, bit 1
    ``pop_prev``); a POST's levels and its end after its select; a LOAD/STORE's hold
    (``push``: a decoupled weight LOAD)."""
    op = ins.op
    if op == Opcode.GEMM:
        return op, gemm_steps(ins), 0, ins.pop_next | ins.pop_prev << 1, 0
    if op == Opcode.POST:
        return (op, post_levels(ins), post_latency(cfg) - 2 + post_steps(cfg, ins), 0,
                ins.push_prev)
    busy, stall = instr_cycles(cfg, ins)
    return op, busy + stall, 0, 0, int(async_load(ins))


def schedule(cfg: AccelConfig, stream) -> Schedule:
    """Issue cycles of the executed ``stream`` (``(index, Instr)`` pairs,
    `accel.model.executed_stream`) on ``cfg``; `ScheduleError` on a race, a deadlock
    or a token overflow.  (`issues` gives them one by one, in bounded memory.)"""
    gen = issues(cfg, stream)
    issue = []
    while True:
        try:
            issue.append(next(gen)[2])
        except StopIteration as stop:
            return Schedule(tuple(issue), stop.value)


def issues(cfg: AccelConfig, stream):
    """`schedule` as a generator: yields ``(j, ins, issue cycle)`` for each executed
    instruction, up to FINISH, and returns the run's cycles (``StopIteration.value``).
    It holds no more than the instructions in flight, so a long LOOP is scheduled in
    bounded memory."""
    tail = array_latency(cfg)
    earliest = START_CYCLES          # the controller's next free issue cycle
    gemm_land = -10                  # the last GEMM's landing
    post = None                      # (q, j, ins, issue, end) of the last POST
    post_ready = 0                   # the last POST's issue + levels + 2
    post_free = 0                    # the last POST's end + 1
    tokens: list = []                # end of each pushing POST not yet popped
    ltokens: list = []               # end of each decoupled LOAD not yet popped
    load = None                      # (q, j, ins, issue, end) of the last decoupled LOAD
    load_free = 0                    # its end + 1
    finish_at = None
    static: dict = {}
    hits: dict = {}                  # race checks of loop iterations repeat
    GEMM, POST, FINISH, LOOP = Opcode.GEMM, Opcode.POST, Opcode.FINISH, Opcode.LOOP
    for q, (j, ins) in enumerate(stream):
        st = static.get(j)
        if st is None:
            st = static[j] = _static(cfg, ins)
        op, a, b, pop, push = st
        at = earliest
        if op == GEMM:
            if post_ready > at:
                at = post_ready
            for bit, queue, flag, who in ((2, ltokens, "pop_prev", "weight LOAD"),
                                          (1, tokens, "pop_next", "POST")):
                if pop & bit:
                    if not queue:
                        raise ScheduleError(
                            f"{_describe(q, j, ins)} pops a token ({flag}) that no {who} "
                            "before it pushes: the controller would wait forever")
                    at = max(at, queue.pop(0) + 2)
            if post is not None and at <= post[4]:
                pq, pj, pins, pi, pend = post
                hit = None
                for w in post_writes(cfg, pins):
                    key = (j, ins.ix0, (w - ins.act_addr) % (1 << 16))
                    r = hits.get(key)
                    if r is None:
                        r = hits[key] = gemm_reads_word(ins, w)
                    if r:
                        hit = w
                        break
                if hit is not None:
                    raise ScheduleError(
                        f"race: {_describe(q, j, ins)} issues in cycle {at} and reads "
                        f"activation word {hit}, which {_describe(pq, pj, pins)} writes "
                        f"until cycle {pend}: the POST needs push_prev and the GEMM "
                        "pop_next")
            if load is not None and at <= load[4] + 1:
                lq, lj, lins, li, lend = load
                hit = _overlap(gemm_weight_words(ins),
                               range(lins.sram_addr, lins.sram_addr + lins.words))
                if hit is not None:
                    raise ScheduleError(
                        f"race: {_describe(q, j, ins)} issues in cycle {at} and reads "
                        f"weight word {hit}, which {_describe(lq, lj, lins)} writes until "
                        f"cycle {lend}: the LOAD needs push_next and the GEMM pop_prev")
            yield j, ins, at
            gemm_land = at + a + tail + 1
            earliest = at + 1 + (a if a > GEMM_MIN_CYCLES else GEMM_MIN_CYCLES)
        elif op == POST:
            if post_free > at:
                at = post_free
            yield j, ins, at
            select = max(at + a + 2, gemm_land + 1)
            end = select + b
            post = (q, j, ins, at, end)
            post_ready, post_free = at + a + 2, end + 1
            if push:
                _push(tokens, end, q, j, ins)
            earliest = at + 1 + POST_ISSUE_CYCLES
        elif op == LOOP:
            yield j, ins, at
            earliest = at + 1 + a
        elif push:                          # a decoupled weight LOAD
            at = max(at, load_free)
            yield j, ins, at
            end = at + a
            load, load_free = (q, j, ins, at, end), end + 1
            _push(ltokens, end, q, j, ins)
            earliest = at + 1 + LOAD_ISSUE_CYCLES
        else:                               # LOAD, STORE, FINISH: every engine idle
            at = max(at, gemm_land + 2, post_free, load_free)
            yield j, ins, at
            if op == FINISH:
                finish_at = at
                break
            earliest = at + 1 + a
    return finish_at + 1 if finish_at is not None else earliest
