import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accel import isa
from accel.isa import FORMATS, HEADER, DecodeError, EncodeError, Instr, Opcode


def instr_strategy():
    def for_op(op):
        fields = {}
        for f in HEADER[1:] + FORMATS[op]:
            if f.enum is not None:
                fields[f.name] = st.sampled_from([int(e) for e in f.enum])
            else:
                fields[f.name] = st.integers(f.lo, f.max)
        return st.fixed_dictionaries(fields).map(lambda d: Instr(op, **d))
    return st.one_of([for_op(op) for op in Opcode])


@settings(max_examples=300)
@given(instr_strategy())
def test_encode_decode_round_trip(ins):
    w = isa.encode(ins)
    assert 0 <= w < 1 << isa.WORD_BITS
    assert isa.decode(w) == ins
    assert isa.assemble(isa.disassemble(ins)) == ins
    assert isa.decode_bytes(isa.encode_bytes([ins, ins])) == [ins, ins]


@settings(max_examples=100, deadline=None)
@given(instr_strategy())
def test_amaranth_layout_agrees_with_encoder(ins):
    lay = isa.layout(ins.op)
    assert lay.size == isa.WORD_BITS
    vals = {"opcode": int(ins.op), **ins.f}
    const = lay.const(vals)
    assert const.as_value().value == isa.encode(ins)
    # and every field sits at the offset the encoder uses
    for name, (off, width) in isa.field_offsets(ins.op).items():
        assert lay[name].offset == off and lay[name].width == width


@settings(max_examples=500)
@given(st.integers(0, (1 << 128) - 1))
def test_decoder_never_crashes(word):
    try:
        ins = isa.decode(word)
    except DecodeError as e:
        assert "word" in str(e)
    else:
        assert isa.encode(ins) == word


def test_decoder_names_word_and_field():
    with pytest.raises(DecodeError, match=r"word 7 .*opcode = 9"):
        isa.decode(9, index=7)
    good = isa.encode(Instr(Opcode.GEMM, mode=0, accumulate=0, act_addr=0, w_addr=0, words=1,
                            planes=1, plane_stride=0, kh=1, kw=1, fm_h=1, fm_w=1, iy0=-2,
                            ix0=0, pad=0, tail_bits=0))
    assert isa.decode(good).iy0 == -2      # signed fields round-trip
    off, _ = isa.field_offsets(Opcode.GEMM)["planes"]
    with pytest.raises(DecodeError, match="planes = 0"):
        isa.decode(good & ~(0xF << off))
    with pytest.raises(DecodeError, match="reserved bits"):
        isa.decode(good | 1 << 127)
    with pytest.raises(DecodeError, match="not a multiple"):
        isa.decode_bytes(b"\0" * 17)


def test_encoder_refuses_bad_fields():
    with pytest.raises(EncodeError, match="words = 0"):
        Instr(Opcode.LOAD, buf=0, sram_addr=0, banks=1, words=0, dram_addr=0, dram_stride=0)
    with pytest.raises(EncodeError, match="missing"):
        Instr(Opcode.POST, mode=0)
    with pytest.raises(EncodeError, match="unknown field"):
        Instr(Opcode.FINISH, bogus=1)
    with pytest.raises(EncodeError, match="unknown opcode"):
        isa.assemble("JUMP x=1")
    with pytest.raises(EncodeError, match="not one of"):
        isa.assemble("LOAD buf=dram sram_addr=0 banks=1 words=1 dram_addr=0 dram_stride=0")


def test_text_form_example():
    ins = isa.assemble("LOAD buf=weight sram_addr=3 banks=8 words=16 dram_addr=0x40 "
                       "dram_stride=128 +push_next  # comment")
    assert ins.buf == isa.Buf.WEIGHT and ins.push_next == 1 and ins.dram_addr == 64
    assert isa.disassemble(ins) == ("LOAD buf=weight sram_addr=3 banks=8 words=16 "
                                    "dram_addr=0x40 dram_stride=0x80 +push_next")


def _loop(**kw):
    f = dict(count=3, body=2, act_step=5, ix_step=2, dst_step=1, src_step=3)
    f.update(kw)
    return Instr(Opcode.LOOP, **f)


def _gemm(**kw):
    f = dict(mode=0, accumulate=0, act_addr=65534, w_addr=0, words=1, planes=1, plane_stride=0,
             kh=3, kw=3, fm_h=4, fm_w=4, iy0=-1, ix0=-1, pad=1, tail_bits=0)
    f.update(kw)
    return Instr(Opcode.GEMM, **f)


def _post(**kw):
    f = dict(mode=0, thr_addr=0, dst_addr=7, lane=0, shift=0, out_bits=1, plane_stride=0, shortcut=0, src_addr=4)
    f.update(kw)
    return Instr(Opcode.POST, **f)


def test_unroll_steps_gemm_and_post_fields():
    prog = [_loop(), _gemm(), _post(), Instr(Opcode.FINISH)]
    out = list(isa.unroll(prog))
    assert [j for j, _ in out] == [0, 1, 2, 1, 2, 1, 2, 3]
    gemms = [i for _, i in out if i.op == Opcode.GEMM]
    assert [g.act_addr for g in gemms] == [65534, 3, 8]          # modulo 2**16
    assert [g.ix0 for g in gemms] == [-1, 1, 3]
    assert [p.dst_addr for _, p in out if p.op == Opcode.POST] == [7, 8, 9]
    assert [p.src_addr for _, p in out if p.op == Opcode.POST] == [4, 7, 10]
    assert all(g.iy0 == -1 and g.w_addr == 0 for g in gemms)     # other fields unchanged


def test_unroll_refuses_malformed_loops():
    fin = Instr(Opcode.FINISH)
    with pytest.raises(isa.LoopError, match="runs past the end"):
        list(isa.unroll([_loop(body=3), _gemm(), fin]))
    with pytest.raises(isa.LoopError, match="FINISH inside the body"):
        list(isa.unroll([_loop(), _gemm(), fin]))
    with pytest.raises(isa.LoopError, match="LOOP inside the body"):
        list(isa.unroll([_loop(), _loop(), _gemm(), fin]))
    with pytest.raises(isa.LoopError, match="ix0 = 257 leaves its range"):
        list(isa.unroll([_loop(count=200, ix_step=2, body=1), _gemm(ix0=-1), fin]))
