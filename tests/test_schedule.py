"""The issue schedule of overlapping engines (`accel.model.schedule`): tokens, races,
deadlocks, and the cycles it gives against the rules of `accel.timing`."""

from __future__ import annotations

import re

import numpy as np
import pytest

from accel.compiler import compile
from accel.isa import Buf, Instr, Opcode
from accel.model import Machine, SimError, executed_stream, simulate
from accel.model.schedule import ScheduleError, gemm_reads_word, schedule
from accel.program import Program
from accel.timing import (GEMM_MIN_CYCLES, LOAD_ISSUE_CYCLES, POST_ISSUE_CYCLES, array_latency,
                          gemm_steps, instr_cycles)

from conftest import random_conv_net
from test_conv_compile import BIG, NETS, _inputs


def _compiled(name):
    kw = dict(NETS)[name]
    model = random_conv_net(seed=5, **kw)
    image = kw.get("image", (3, 7, 6))
    x = _inputs(model, image, 3, seed=1, sign=kw.get("sign_input", False))
    return compile(model, x, BIG), x


def _with(prog: Program, instrs) -> Program:
    return Program(prog.config, list(instrs), prog.segments, prog.symbols, prog.layers,
                   prog.tags, prog.dram_size, prog.batch, prog.layout)


@pytest.mark.parametrize("name", ["k3-pad1-pool", "residual", "quant-act", "k1-odd"])
def test_compiled_programs_pair_tokens_outside_loops_and_never_race(name):
    prog, x = _compiled(name)
    ins = prog.instrs
    pops = [k for k, i in enumerate(ins) if i.op == Opcode.GEMM and i.pop_next]
    pushes = [k for k, i in enumerate(ins) if i.op == Opcode.POST and i.push_prev]
    assert pops and len(pops) == len(pushes)
    # no flagged instruction inside a LOOP body (the LOOP would repeat the flag)
    bodies = {k for j, i in enumerate(ins) if i.op == Opcode.LOOP
              for k in range(j + 1, j + 1 + i.body)}
    assert not bodies & set(pops + pushes)
    # each pop follows its push, the next layer's first GEMM after its last POST
    for push, pop in zip(pushes, pops):
        assert push < pop and prog.tags[push] != prog.tags[pop]
    schedule(prog.config, executed_stream(prog))      # no ScheduleError
    simulate(prog, x)


@pytest.mark.parametrize("name", ["k3-pad1-pool", "residual"])
def test_removing_a_pop_is_reported_as_a_race_naming_both_instructions(name):
    prog, x = _compiled(name)
    # (without the weight LOADs' tokens, pop_prev, which may make a GEMM wait past the
    # POST's end anyway: every LOAD then waits for every engine)
    plain = [i.replace(push_next=0, pop_prev=0) for i in prog.instrs]
    simulate(_with(prog, plain), x)
    pops = [k for k, i in enumerate(plain) if i.op == Opcode.GEMM and i.pop_next]
    assert pops
    for k in pops:
        bad = list(plain)
        bad[k] = bad[k].replace(pop_next=0)
        # (tokens are counted, not named: without this pop, a later GEMM pops its token
        # and races; or this one, if it reads what the last POST writes)
        with pytest.raises(SimError, match=r"race: instruction \d+ \(GEMM.*reads activation "
                                           r"word \d+, which instruction \d+ \(POST"):
            simulate(_with(prog, bad), x)


def test_removing_a_push_is_a_deadlock():
    prog, x = _compiled("k3-pad1-pool")
    k = next(k for k, i in enumerate(prog.instrs) if i.op == Opcode.POST and i.push_prev)
    bad = list(prog.instrs)
    bad[k] = bad[k].replace(push_prev=0)
    with pytest.raises(SimError, match="no POST before it pushes: the controller would "
                                       "wait forever"):
        simulate(_with(prog, bad), x)


def test_too_many_tokens_are_refused():
    prog, _ = _compiled("k1-odd")
    posts = [(j, i.replace(push_prev=1)) for j, i in executed_stream(prog)
             if i.op == Opcode.POST]
    assert len(posts) > 15
    with pytest.raises(ScheduleError, match=r"pushes token 16, more than the controller "
                                            r"holds \(15\)"):
        schedule(prog.config, posts)


def test_gemm_reads_word_agrees_with_the_model_window():
    prog, _ = _compiled("k3-pad1-pool")
    m = Machine(prog.config, prog.dram_size)
    gemms = [(j, i) for j, i in executed_stream(prog) if i.op == Opcode.GEMM][:40]
    for j, g in gemms:
        idx, valid = m._gemm_addresses(j, g)
        words = set(np.asarray(idx)[:, valid].ravel().tolist())
        lo, hi = min(words), max(words)
        for w in range(max(0, lo - 3), hi + 4):
            assert gemm_reads_word(g, w) == (w in words), (j, w)


def test_gemm_post_overlap_by_hand():
    """A pixel of 9 steps: the next pixel's GEMM issues 9 + 1 + POST_ISSUE_CYCLES + 1
    cycles later while the POST writes behind it; the POST waits for the landing."""
    cfg = BIG
    g = Instr(Opcode.GEMM, mode=0, accumulate=0, act_addr=0, w_addr=0, words=1, planes=1,
              plane_stride=0, kh=3, kw=3, fm_h=8, fm_w=8, iy0=0, ix0=0, pad=1, tail_bits=0)
    p = Instr(Opcode.POST, mode=1, thr_addr=0, dst_addr=100, lane=0, shift=0, out_bits=1,
              plane_stride=0, shortcut=0, src_addr=0)
    stream = list(enumerate([g, p, g, p, Instr(Opcode.FINISH)]))
    s = schedule(cfg, stream)
    S, tail = gemm_steps(g), array_latency(cfg)
    g0 = 2
    p0 = g0 + 1 + max(S, GEMM_MIN_CYCLES)
    g1 = p0 + 1 + POST_ISSUE_CYCLES                   # levels 1: thresholds read by then
    land0 = g0 + S + tail + 1
    end0 = max(p0 + 1 + 2, land0 + 1) + 1 + cfg.rows
    p1 = max(g1 + 1 + S, end0 + 1)
    land1 = g1 + S + tail + 1
    end1 = max(p1 + 1 + 2, land1 + 1) + 1 + cfg.rows
    assert s.issue == (g0, p0, g1, p1, end1 + 1)
    assert s.cycles == end1 + 2 and sum(s.spans()) == s.cycles


def test_cli_simulate_of_a_racing_program_exits_2_with_one_line(tmp_path, capsys):
    """A program file whose token pairs were tampered with: `accel simulate` names the
    race in one line, exits 2 and writes no output."""
    from accel.cli import main
    prog, _ = _compiled("residual")
    bad = list(prog.instrs)
    for k, i in enumerate(bad):
        if i.op == Opcode.GEMM and i.pop_next:
            bad[k] = i.replace(pop_next=0)
    path, out = tmp_path / "race.accel", tmp_path / "s.npy"
    _with(prog, bad).save(path)
    capsys.readouterr()
    assert main(["simulate", str(path), "--random", "2", "--output", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "race: instruction" in err and "(POST" in err
    assert not out.exists()


@pytest.mark.parametrize("tamper", ["pop_prev", "push_next_act", "narrow_word_bytes"])
def test_cli_simulate_of_a_tampered_weight_load_program_exits_2(tmp_path, capsys, tamper):
    """Program files whose ISA 6 parts were tampered with (a weight LOAD's token removed,
    push_next on an act LOAD, input words narrower than a pixel): `accel simulate` exits
    2 with one line naming the problem and its numbers, and writes no output."""
    import dataclasses
    from accel.cli import main
    prog, _, _ = _streamed()
    bad = list(prog.instrs)
    if tamper == "pop_prev":
        bad = [i.replace(pop_prev=0) for i in bad]
        want = r"race: instruction \d+ \(GEMM.*reads weight word \d+.*\(LOAD.*cycle \d+"
    elif tamper == "push_next_act":
        k = next(k for k, i in enumerate(bad) if i.op == Opcode.LOAD and i.buf == Buf.ACT)
        bad[k] = bad[k].replace(push_next=1)
        want = rf"instruction {k}.*push_next .* weight buffer only, not act"
    prog = _with(prog, bad)
    if tamper == "narrow_word_bytes":      # 27 im2col taps a pixel, in 1-byte words
        sym = prog.symbols
        prog = dataclasses.replace(prog, symbols=dataclasses.replace(
            sym, input=dataclasses.replace(sym.input, word_bytes=1)))
        want = r"input words are 1 bytes in DRAM but a pixel has 27 bits"
    path, out = tmp_path / "bad.accel", tmp_path / "s.npy"
    prog.save(path)
    capsys.readouterr()
    assert main(["simulate", str(path), "--random", "2", "--output", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and re.search(want, err), err
    assert not out.exists()


# ---- decoupled weight loads (ISA version 6) ------------------------------------------

STREAM = BIG.replace(name="stream", weight_depth=24)


def _streamed(name="k3-pad1-pool"):
    kw = dict(NETS)[name]
    model = random_conv_net(seed=5, **kw)
    x = _inputs(model, kw.get("image", (3, 7, 6)), 3, seed=1, sign=kw.get("sign_input", False))
    return compile(model, x, STREAM), x, model


@pytest.mark.parametrize("name", ["k3-pad1-pool", "wide-channels", "residual", "k1-odd"])
def test_streamed_weights_load_behind_the_gemms_double_buffered(name):
    prog, x, model = _streamed(name)
    ins = prog.instrs
    loads = [k for k, i in enumerate(ins) if i.op == Opcode.LOAD and i.push_next]
    pops = [k for k, i in enumerate(ins) if i.op == Opcode.GEMM and i.pop_prev]
    assert loads and len(loads) == len(pops)
    assert all(ins[k].buf == Buf.WEIGHT for k in loads)
    # blocks alternate between the buffer's halves (unless a convolution's channel
    # needs more than half: k1-odd's 153-input 3x3 layer, 18 of 24 words)
    half = STREAM.weight_depth // 2
    halves = name != "k1-odd"
    assert {ins[k].sram_addr for k in loads} == ({0, half} if halves else {0})
    assert all(ins[k].words <= half for k in loads) == halves
    bodies = {k for j, i in enumerate(ins) if i.op == Opcode.LOOP
              for k in range(j + 1, j + 1 + i.body)}
    assert not bodies & set(pops)
    # each LOAD comes before the GEMM that pops its token, with a GEMM or POST between
    for load, pop in zip(loads, pops):
        assert load < pop
        assert any(ins[k].op in (Opcode.GEMM, Opcode.POST) for k in range(load + 1, pop))
    res = simulate(prog, x)               # no ScheduleError
    import torch
    want = model(torch.as_tensor(x)).detach().numpy().round()
    np.testing.assert_array_equal(res.scores, want)
    # and the decoupled program is faster than the same one with every LOAD waiting
    plain = [i.replace(push_next=0, pop_prev=0) for i in ins]
    assert simulate(_with(prog, plain), x).cycles > res.cycles


def test_removing_a_pop_prev_is_a_race_on_a_weight_word():
    prog, x, _ = _streamed()
    raced = 0
    for k in [k for k, i in enumerate(prog.instrs) if i.op == Opcode.GEMM and i.pop_prev]:
        bad = list(prog.instrs)
        bad[k] = bad[k].replace(pop_prev=0)
        try:
            simulate(_with(prog, bad), x)
        except SimError as e:
            assert re.search(r"race: instruction \d+ \(GEMM.*reads weight word \d+, which "
                             r"instruction \d+ \(LOAD.*writes until cycle \d+", str(e)), e
            raced += 1
    assert raced >= 1


def test_a_pop_prev_without_a_decoupled_load_is_a_deadlock():
    prog, x, _ = _streamed()
    k = next(k for k, i in enumerate(prog.instrs) if i.op == Opcode.LOAD and i.push_next)
    bad = list(prog.instrs)
    bad[k] = bad[k].replace(push_next=0)
    with pytest.raises(SimError, match="pop_prev.*no weight LOAD before it pushes"):
        simulate(_with(prog, bad), x)


def test_push_next_is_refused_on_other_buffers():
    prog, x, _ = _streamed()
    k = next(k for k, i in enumerate(prog.instrs) if i.op == Opcode.LOAD and i.buf == Buf.ACT)
    bad = list(prog.instrs)
    bad[k] = bad[k].replace(push_next=1)
    with pytest.raises(SimError, match="push_next .* weight buffer only, not act"):
        simulate(_with(prog, bad), x)


def test_decoupled_load_schedule_by_hand():
    """A weight LOAD behind a GEMM: issue cycles from the rules of `accel.timing`."""
    cfg = STREAM
    g = Instr(Opcode.GEMM, mode=0, accumulate=0, act_addr=0, w_addr=0, words=2, planes=1,
              plane_stride=0, kh=1, kw=1, fm_h=1, fm_w=1, iy0=0, ix0=0, pad=0, tail_bits=0)
    ld = Instr(Opcode.LOAD, buf=Buf.WEIGHT, sram_addr=12, banks=8, words=3, dram_addr=0,
               dram_stride=64, push_next=1)
    g2 = g.replace(w_addr=12, pop_prev=1)
    s = schedule(cfg, list(enumerate([ld, g, g2, Instr(Opcode.FINISH)])))
    busy, stall = instr_cycles(cfg, ld)
    end = 2 + busy + stall                     # the LOAD issues at START_CYCLES = 2
    # the LOAD holds the controller LOAD_ISSUE_CYCLES; the first GEMM reads words 0..1
    # and runs behind it; the second pops its token: end + 2
    assert end + 2 > 2 + 1 + LOAD_ISSUE_CYCLES + 1 + GEMM_MIN_CYCLES
    assert s.issue[:3] == (2, 2 + 1 + LOAD_ISSUE_CYCLES, end + 2)
    # the FINISH waits for the second GEMM to land: its issue + steps + tail + 1, + 2
    assert s.issue[3] == end + 2 + 2 + array_latency(cfg) + 1 + 2
    # without the pop the second GEMM reads words 12..13 while the LOAD writes 12..14
    with pytest.raises(ScheduleError, match="reads weight word 12"):
        schedule(cfg, list(enumerate([ld, g, g2.replace(pop_prev=0), Instr(Opcode.FINISH)])))
