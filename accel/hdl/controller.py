"""`Controller`: instruction memory, fetch, decode, issue and LOOP."""

from __future__ import annotations

import enum

from amaranth import Cat, Const, Module, Mux, Signal, unsigned
from amaranth.lib import data, memory, wiring
from amaranth.lib.wiring import In, Out

from .. import isa
from ..config import AccelConfig
from ..isa import Opcode
from ..timing import LOOP_CYCLES, POST_LATENCY, START_CYCLES, TOKEN_MAX, array_latency
from .engine import CommandSignature, bits, check_config, inc_layout

__all__ = ["Controller", "State", "ENGINES"]

#: The engines the controller issues to, in `isa.ENGINE_OPCODES` order.
ENGINES = tuple(isa.ENGINE_OPCODES)


class State(enum.IntEnum):
    IDLE = 0
    ISSUE = 1
    EXEC = 2       # an engine holds the instruction issued last
    DONE = 3
    ERROR = 4
    FETCH = 5      # after start: the first instruction through the fetch pipeline
    LOOP = 6       # a LOOP's engine-less cycles: its body's first word in the pipeline
    WAIT = 7       # the last instruction let go; the next one's engine is not ready


def _one_hot(op: Opcode) -> str:
    """The ``m.Case`` pattern of opcode ``op`` in a one-hot word of every opcode, in
    `Opcode`'s order."""
    ops = list(Opcode)
    return "".join("1" if o is op else "-" for o in reversed(ops))


class Controller(wiring.Component):
    """Fetches, decodes and issues the program in the instruction memory, one
    instruction at a time, each to its engine's command port (``load``, ``store``,
    ``gemm``, ``post``: `accel.hdl.engine.CommandSignature`); executes LOOP itself.

    The host writes the program (``imem_we`` has one enable per byte of the word) and
    pulses ``start``; ``done`` rises the cycle after FINISH issues, ``error`` when an
    instruction is invalid for this accelerator (an engine refuses it, an unknown
    opcode, a LOOP without convolution hardware, or anything but GEMM and POST in a
    LOOP body).

    Latency (`accel.timing`): `START_CYCLES` after start, then for each instruction
    one issue cycle and the cycles its engine holds the controller (``done``; a LOOP's
    `LOOP_CYCLES`), and as many more as the next instruction waits for its engine
    (`accel.timing`, "Overlap": a GEMM while the POST engine holds the accumulators or
    for a token it pops, a POST for the POST engine, LOAD, STORE and FINISH for every
    engine to be idle).  The next instruction is fetched and decoded meanwhile: three
    cycles from its address to its issue, which every engine's three or more cycles
    hide.  Tokens: a POST's ``push`` adds one, a GEMM with ``pop_next`` takes one as it
    issues; a decoupled weight LOAD's ``push`` adds one to a second counter, from which
    a GEMM with ``pop_prev`` takes one (`accel.timing.TOKEN_MAX` at most in each).  A
    decoupled LOAD waits for the load engine only.
    """

    def __init__(self, cfg: AccelConfig):
        self.cfg = cfg = check_config(cfg)
        super().__init__({
            "start": In(1), "done": Out(1), "busy": Out(1), "error": Out(1),
            "imem_we": In(isa.WORD_BITS // 8), "imem_addr": In(bits(cfg.imem_depth)),
            "imem_data": In(isa.WORD_BITS),
            **{e: Out(CommandSignature()) for e in ENGINES},
            "clear": Out(1),                       # the counters: a run starts
            "inc": Out(inc_layout(("cycles", "instructions"))),
        })

    def elaborate(self, platform):
        cfg = self.cfg
        m = Module()
        engines = {e: getattr(self, e) for e in ENGINES}

        m.submodules.imem = imem = memory.Memory(shape=unsigned(isa.WORD_BITS),
                                                 depth=cfg.imem_depth, init=[])
        iw, ir = imem.write_port(granularity=8), imem.read_port()
        m.d.comb += [iw.addr.eq(self.imem_addr), iw.data.eq(self.imem_data),
                     iw.en.eq(self.imem_we)]

        state = Signal(State, init=State.IDLE)
        pc = Signal(bits(cfg.imem_depth + 1))
        pc_next = Signal.like(pc)
        # the instruction an engine executes: the fetched word (with a LOOP's offsets
        # applied) held in a register, so the instruction memory can fetch the next one
        # meanwhile: its address never waits for an engine to finish
        instr = Signal(isa.WORD_BITS)
        t = Signal(range(max(START_CYCLES, LOOP_CYCLES) + 1))   # FETCH and LOOP cycles
        finish = Signal()                  # the running instruction's last cycle
        # LOOP: the body [lp_start, lp_end] repeats; each fetched body instruction gets
        # the loop's running offsets added to its stepped fields (`accel.isa.loop_stepped`)
        lp_active = Signal() if cfg.conv else Const(0)   # no LOOP without conv hardware
        lp_left = Signal(16)
        lp_start, lp_end = Signal.like(pc), Signal.like(pc)
        off_act, off_dst, off_src, off_ix = Signal(16), Signal(16), Signal(16), Signal(9)
        st_act, st_dst, st_src, st_ix = Signal(16), Signal(16), Signal(16), Signal(9)
        # the next iteration's offsets (off + st) and lp_left == 1, kept in registers so
        # that a fetched word's fields take one adder after the jump decision
        nx_act, nx_dst, nx_src, nx_ix = Signal(16), Signal(16), Signal(16), Signal(9)
        lp_once = Signal()

        # ---- fetch pipeline ------------------------------------------------------------
        # From the ISSUE of the instruction at pc the memory reads the next one (pc + 1,
        # or the loop body's first when pc ends an iteration that repeats); the word is
        # registered as read (`ir_q`), then decoded into `nxt` and the engines'
        # precomputed fields, with the loop offsets it will issue under applied.  Three
        # cycles from address to ISSUE, and the address is registered: every engine
        # takes at least three cycles, a LOOP takes three (`LOOP_CYCLES`) and a run
        # starts with two (`START_CYCLES`; the address is 0 from idle on).
        idle = (state == State.IDLE) | (state == State.DONE) | (state == State.ERROR)
        # pc == lp_end, kept in a register computed every cycle: it is one cycle stale
        # after pc or lp_end change (the ISSUE that follows a finish, and the LOOP's
        # ISSUE).  Nothing reads it then: ISSUE's fetch decision is about the
        # instruction after the one issuing, which next issues four cycles after this
        # one's engine starts (a GEMM or POST in a loop body takes four or more; a
        # LOOP's ISSUE is outside a loop), so the fetch address computed a cycle after
        # ISSUE still arrives in time (three cycles from address to ISSUE)
        assert min(array_latency(cfg) + 1, POST_LATENCY + 2) >= 4
        at_end = Signal()
        m.d.sync += at_end.eq(pc == lp_end)
        ends_iter = lp_active & at_end
        jump = ends_iter & ~lp_once
        act_n = lp_active & ~(ends_iter & lp_once)          # in the loop at the next ISSUE
        # the fetch address is a register (the instruction memory sees no logic): it
        # holds the address computed a cycle earlier, one cycle late after each ISSUE,
        # which engines of three or more cycles hide (a LOOP takes `LOOP_CYCLES` = 3)
        fetch_addr = Signal.like(ir.addr)
        m.d.sync += fetch_addr.eq(Mux(idle | (state == State.FETCH), 0,
                                      Mux(jump, lp_start, pc + 1)))
        m.d.comb += [pc_next.eq(pc), ir.addr.eq(fetch_addr),
                     self.done.eq(state == State.DONE), self.error.eq(state == State.ERROR),
                     self.busy.eq(~idle), self.clear.eq(idle & self.start),
                     self.inc.cycles.eq(self.busy)]
        m.d.sync += pc.eq(pc_next)

        # ---- decode: the word in ir_q as it will issue ----------------------------------
        ir_q = Signal(isa.WORD_BITS)
        m.d.sync += ir_q.eq(ir.data)
        qv = {op: data.View(isa.layout(op), ir_q) for op in Opcode}
        q_op = ir_q[:4]
        fetched = Signal(isa.WORD_BITS)     # ir_q with its loop offsets applied
        fv = {op: data.View(isa.layout(op), fetched) for op in Opcode}
        m.d.comb += fetched.eq(ir_q)
        with m.If(act_n & (q_op == Opcode.GEMM)):
            m.d.comb += [
                fv[Opcode.GEMM].act_addr.eq(qv[Opcode.GEMM].act_addr
                                            + Mux(jump, nx_act, off_act)),
                fv[Opcode.GEMM].ix0.eq(qv[Opcode.GEMM].ix0 + Mux(jump, nx_ix, off_ix))]
        with m.If(act_n & (q_op == Opcode.POST)):
            m.d.comb += [
                fv[Opcode.POST].dst_addr.eq(qv[Opcode.POST].dst_addr
                                            + Mux(jump, nx_dst, off_dst)),
                fv[Opcode.POST].src_addr.eq(qv[Opcode.POST].src_addr
                                            + Mux(jump, nx_src, off_src))]
        # every engine decodes the word (its own fields, registered with `nxt`) and
        # says whether it refuses it; a LOOP body holds GEMM and POST only
        nxt = Signal(isa.WORD_BITS)                 # the instruction ISSUE takes next
        n_bad = Signal()                            # invalid here: ISSUE stops on it
        n_is = Signal(len(Opcode))                  # its opcode, one-hot (`_one_hot`)
        bad = Signal()
        with m.Switch(q_op):
            for name, ops in isa.ENGINE_OPCODES.items():
                with m.Case(*ops):
                    m.d.comb += bad.eq(engines[name].refused)
            with m.Case(Opcode.LOOP):
                m.d.comb += bad.eq(not cfg.conv)             # no LOOP hardware
            with m.Case(Opcode.FINISH):
                pass
            with m.Default():
                m.d.comb += bad.eq(1)
        body_ok = Cat(*[q_op == op for op in isa.LOOP_BODY_OPS]).any()
        m.d.sync += [nxt.eq(fetched), n_is.eq(Cat(*[q_op == op for op in Opcode])),
                     n_bad.eq(bad | (act_n & ~body_ok))]
        for cmd in engines.values():
            m.d.comb += [cmd.decode.eq(fetched), cmd.issue.eq(nxt), cmd.instr.eq(instr)]
        # the running instruction lets the controller go (its engine's `done`, a LOOP's
        # last cycle, or it did already: WAIT), and the next one may issue: `blocked`
        # is decided on the fetched word `ir_q` (valid four cycles after an ISSUE, when
        # `nxt` may still be a cycle from holding it) and engine state in registers
        released = Signal()
        m.d.comb += released.eq(
            ((state == State.EXEC) & Cat(*[cmd.done for cmd in engines.values()]).any())
            | ((state == State.LOOP) & (t == LOOP_CYCLES - 1)) | (state == State.WAIT))
        tokens = Signal(range(TOKEN_MAX + 1))
        ltokens = Signal(range(TOKEN_MAX + 1), name="ltokens")
        post, load = engines["post"], engines["load"]
        any_busy = Cat(*[cmd.busy for cmd in engines.values()]).any()
        blocked = Signal()
        with m.Switch(q_op):
            with m.Case(Opcode.GEMM):
                m.d.comb += blocked.eq(post.acc_hold
                                       | (qv[Opcode.GEMM].pop_next & (tokens == 0))
                                       | (qv[Opcode.GEMM].pop_prev & (ltokens == 0)))
            with m.Case(Opcode.LOAD):
                m.d.comb += blocked.eq(Mux(qv[Opcode.LOAD].push_next, load.busy, any_busy))
            with m.Case(Opcode.POST):
                m.d.comb += blocked.eq(post.busy)
            with m.Case(Opcode.STORE, Opcode.FINISH):
                m.d.comb += blocked.eq(any_busy)
        m.d.comb += finish.eq(released & ~blocked)
        with m.If(released & blocked):
            m.d.sync += state.eq(State.WAIT)
        # tokens: pushed by a POST as it ends, popped by a GEMM with pop_next as it
        # issues; load tokens: pushed by a decoupled LOAD, popped by pop_prev
        pop, lpop = Signal(), Signal()
        m.d.sync += [tokens.eq(tokens + post.push - pop), ltokens.eq(ltokens + load.push - lpop)]

        with m.Switch(state):
            with m.Case(State.IDLE, State.DONE, State.ERROR):
                with m.If(self.start):
                    m.d.comb += pc_next.eq(0)
                    m.d.sync += [state.eq(State.FETCH), t.eq(0), tokens.eq(0), ltokens.eq(0)]
                    if cfg.conv:
                        m.d.sync += lp_active.eq(0)
            with m.Case(State.FETCH):                # instruction 0 enters the pipeline
                m.d.sync += t.eq(t + 1)
                with m.If(t == START_CYCLES - 1):
                    m.d.sync += state.eq(State.ISSUE)
            with m.Case(State.ISSUE):
                m.d.sync += [t.eq(0), instr.eq(nxt)]
                m.d.comb += self.inc.instructions.eq(1)
                with m.If(n_bad):
                    m.d.sync += state.eq(State.ERROR)
                with m.Else():
                    with m.Switch(n_is):
                        with m.Case(_one_hot(Opcode.LOOP)):
                            if cfg.conv:
                                f = data.View(isa.layout(Opcode.LOOP), nxt)
                                m.d.sync += [state.eq(State.LOOP), lp_active.eq(1),
                                             lp_left.eq(f.count), lp_start.eq(pc + 1),
                                             lp_end.eq(pc + f.body), off_act.eq(0), off_dst.eq(0),
                                             off_src.eq(0), off_ix.eq(0), st_act.eq(f.act_step),
                                             st_dst.eq(f.dst_step), st_src.eq(f.src_step),
                                             st_ix.eq(f.ix_step), nx_act.eq(f.act_step),
                                             nx_dst.eq(f.dst_step), nx_src.eq(f.src_step),
                                             nx_ix.eq(f.ix_step), lp_once.eq(f.count == 1)]
                        for name, ops in isa.ENGINE_OPCODES.items():
                            with m.Case(*[_one_hot(op) for op in ops]):
                                m.d.sync += state.eq(State.EXEC)
                                m.d.comb += engines[name].start.eq(1)
                                if name == "gemm":
                                    gv = data.View(isa.layout(Opcode.GEMM), nxt)
                                    m.d.comb += [pop.eq(gv.pop_next), lpop.eq(gv.pop_prev)]
                        with m.Case(_one_hot(Opcode.FINISH)):
                            m.d.sync += state.eq(State.DONE)
            with m.Case(State.LOOP):                 # its body's first word is fetched
                m.d.sync += t.eq(t + 1)

        with m.If(finish):
            m.d.comb += pc_next.eq(pc + 1)
            m.d.sync += state.eq(State.ISSUE)
            with m.If(ends_iter):
                with m.If(lp_once):
                    if cfg.conv:
                        m.d.sync += lp_active.eq(0)
                with m.Else():                            # next iteration
                    m.d.comb += pc_next.eq(lp_start)
                    m.d.sync += [lp_left.eq(lp_left - 1), lp_once.eq(lp_left == 2),
                                 off_act.eq(nx_act), off_dst.eq(nx_dst), off_src.eq(nx_src),
                                 off_ix.eq(nx_ix), nx_act.eq(nx_act + st_act),
                                 nx_dst.eq(nx_dst + st_dst), nx_src.eq(nx_src + st_src),
                                 nx_ix.eq(nx_ix + st_ix)]
        return m
