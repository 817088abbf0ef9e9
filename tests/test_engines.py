"""The golden model's engine entries (`accel.model.engines`): every opcode has one,
their static checks are what the machine refuses, their costs are the counters'."""

import numpy as np
import pytest

from accel import isa
from accel.config import preset
from accel.isa import Buf, Opcode, PostMode
from accel.model import Machine, SimError
from accel.model.counters import COUNTERS, instr_counters
from accel.model.engines import ENGINES, engine_of
from accel.timing import instr_cycles

CFG = preset("default")


def _load(**kw):
    return isa.Instr(Opcode.LOAD, **{**dict(buf=Buf.ACT, sram_addr=0, banks=1, words=1,
                                            dram_addr=0, dram_stride=0), **kw})


def _post(**kw):
    return isa.Instr(Opcode.POST, **{**dict(
        mode=PostMode.THRESHOLD, thr_addr=0, dst_addr=0, lane=0, shift=0, out_bits=1,
        plane_stride=1, shortcut=0, src_addr=0), **kw})


def test_every_opcode_has_one_engine_and_engines_name_their_counters():
    owners = [op for e in ENGINES for op in e.opcodes]
    assert sorted(owners) == sorted(Opcode) and len(owners) == len(set(owners))
    for e in ENGINES:
        if e.name is not None:
            assert {f"{e.name}_busy", f"{e.name}_stall"} <= set(COUNTERS)


BAD = [
    (_load(buf=Buf.OUT), "the out buffer is written by POST only"),
    (_load(banks=CFG.rows + 1), f"banks = {CFG.rows + 1} but the act buffer has {CFG.rows}"),
    (_load(sram_addr=CFG.act_depth - 1, words=2),
     f"act words {CFG.act_depth - 1}..{CFG.act_depth} exceeds its size {CFG.act_depth}"),
    (isa.Instr(Opcode.STORE, buf=Buf.WEIGHT, sram_addr=0, banks=1, words=1, dram_addr=0,
               dram_stride=0), "a STORE reads the act or out buffer, not weight"),
    (_post(out_bits=CFG.act_bits_max + 1),
     f"out_bits = {CFG.act_bits_max + 1} but the threshold unit makes at most"),
    (_post(mode=PostMode.OR, out_bits=2), "OR \\(max-pool\\) takes out_bits = 1, got 2"),
    (_post(lane=CFG.lanes_per_word), f"lane = {CFG.lanes_per_word} but a word has"),
    (_post(mode=PostMode.RAW, shortcut=1), "a RAW \\(score\\) POST has no shortcut"),
    (_post(shortcut=1, out_bits=2), "a shortcut POST makes 1 bit, got out_bits = 2"),
    (_post(thr_addr=CFG.thresh_depth), "thresh entries"),
]


@pytest.mark.parametrize("ins,msg", BAD, ids=[f"{i.op.name}-{n}" for n, (i, _) in enumerate(BAD)])
def test_static_checks_are_what_the_machine_refuses(ins, msg):
    import re
    problem = engine_of(ins.op).check(CFG, ins)
    assert problem is not None and re.search(msg, problem), problem
    with pytest.raises(SimError, match=f"instruction 7 \\({ins.op.name}\\): {msg}"):
        Machine(CFG, 1 << 16).execute(7, ins)


def test_legal_instructions_pass_the_checks_and_cost_what_timing_says():
    good = [_load(), _load(buf=Buf.WEIGHT, banks=CFG.cols, words=4), _post(),
            _post(mode=PostMode.RAW, shift=1), isa.Instr(Opcode.FINISH)]
    m = Machine(CFG, 1 << 16)
    for ins in good:
        assert engine_of(ins.op).check(CFG, ins) is None
        m.execute(0, ins)
        busy, stall = instr_cycles(CFG, ins)
        c = instr_counters(CFG, ins)
        name = engine_of(ins.op).name
        assert set(c) <= set(COUNTERS) and "cycles" not in c   # cycles: the schedule
        if name is not None:
            assert (c[f"{name}_busy"], c[f"{name}_stall"]) == (busy, stall)
    assert np.all(m.out[:, 0] == 0)      # RAW of zero accumulators against zero thresholds


def test_post_rules_are_one_table_for_model_and_rtl():
    """`isa.POST_RULES` decide for the model (on an `Instr`) what the RTL's issue stage
    computes from the same lambdas on its instruction view; here the model side, with
    the convolution rule on a dense-only config."""
    from accel.isa import POST_RULES
    dense = CFG.replace(name="dense-only", conv=False)
    for ins, fired in [(_post(mode=PostMode.OR), [1]), (_post(shortcut=1), [1]),
                       (_post(mode=PostMode.RAW, shortcut=1), [1, 3]), (_post(), [])]:
        assert [k for k, r in enumerate(POST_RULES) if r.refused(ins, dense)] == fired
    assert "POST OR (max-pool) needs convolution hardware" in \
        engine_of(Opcode.POST).check(dense, _post(mode=PostMode.OR))
