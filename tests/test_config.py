import pytest

from accel.config import DSP_REGS, PRESETS, AccelConfig, ConfigError, preset


def test_presets_valid_and_distinct():
    hashes = {c.hash for c in PRESETS.values()}
    assert len(hashes) == len(PRESETS)
    for name, c in PRESETS.items():
        assert c.name == name
        assert c.cols <= c.lane_bits and c.lane_bits % c.cols == 0


@pytest.mark.parametrize("field,value,words", [
    ("rows", 0, "rows = 0"), ("rows", 1000, "rows = 1000"),
    ("cols", 3, "cols = 3"), ("cols", 128, "cols = 128"),
    ("lane_bits", 48, "lane_bits = 48"), ("lane_bits", 4, "lane_bits = 4"),
    ("acc_bits", 12, "acc_bits = 12"), ("acc_bits", 40, "acc_bits = 40"),
    ("in_bits", 0, "in_bits = 0"), ("in_bits", 9, "in_bits = 9"),
    ("act_depth", 0, "act_depth = 0"), ("weight_depth", 70000, "weight_depth = 70000"),
    ("pe_kind", "fp16", "pe_kind = 'fp16'"), ("clock_mhz", -1.0, "clock_mhz = -1.0"),
    ("dram_bytes_per_cycle", 3, "dram_bytes_per_cycle = 3"),
    ("dram_latency", 0, "dram_latency = 0"), ("rows", 2.5, "rows = 2.5"),
    ("dram_bytes_per_cycle", 16, "no larger than a word (8 bytes)"),
    ("imem_depth", 0, "imem_depth = 0"),
    ("pop_stages", 9, "pop_stages = 9"), ("rows", True, "rows = True"),
    ("plane_dsp", 1, "plane_dsp = 1 must be true or false"), ("conv", "no", "conv = 'no'"),
])
def test_bad_values_name_field_and_value(field, value, words):
    with pytest.raises(ConfigError) as e:
        AccelConfig(**{field: value})
    assert words in str(e.value)


def test_plane_dsp_needs_a_product_register():
    for n in range(2 * DSP_REGS):
        with pytest.raises(ConfigError,
                           match=rf"pop_stages = {n} .*at least {2 * DSP_REGS} with plane_dsp"):
            AccelConfig(plane_dsp=True, pop_stages=n)
    assert AccelConfig(plane_dsp=True, pop_stages=2 * DSP_REGS).pop_stages == 2 * DSP_REGS


def test_toml_round_trip(tmp_path):
    for c in PRESETS.values():
        p = tmp_path / f"{c.name}.toml"
        c.save(p)
        assert AccelConfig.load(p) == c


def test_toml_preset_base_and_errors(tmp_path):
    p = tmp_path / "c.toml"
    p.write_text('[accel]\npreset = "ice40-up5k"\nclock_mhz = 12.0\n')
    c = AccelConfig.load(p)
    assert c.rows == preset("ice40-up5k").rows and c.clock_mhz == 12.0
    assert c.hash == preset("ice40-up5k").hash  # the clock is not hardware
    p.write_text("[accel]\nbogus = 1\n")
    with pytest.raises(ConfigError, match="bogus"):
        AccelConfig.load(p)
    p.write_text("[accel\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        AccelConfig.load(p)
    with pytest.raises(ConfigError, match="presets"):
        preset("nope")


def test_hash_covers_hardware_only():
    a = preset("default")
    assert a.replace(dram_latency=1, clock_mhz=1.0, name="x").hash == a.hash
    assert a.replace(dram_bytes_per_cycle=4).hash != a.hash  # the bus width is hardware
    assert a.replace(acc_bits=16).hash != a.hash


def test_multibit_pe_kinds_validate_and_keep_xnor_hashes():
    from accel.config import MULTIBIT_FIELDS
    base = preset("ecp5-85f")
    # the multi-bit fields at their XNOR values are not part of the identity
    assert not set(MULTIBIT_FIELDS) & set(base.hardware_dict())
    esb = base.replace(pe_kind="esb", elem_bits=4, weight_bits=4, esb_mantissa=1,
                       plane_dsp=False)
    assert (esb.elems_per_word, esb.weight_word_bits, esb.lanes_per_word) == (16, 64, 1)
    assert esb.acc_base == 1 << 23 and str(esb.esb_format) == "ESB4m1"
    assert esb.hash != base.hash and esb.replace(esb_mantissa=0).hash != esb.hash
    wide = esb.replace(weight_bits=5, esb_mantissa=2)
    assert wide.weight_word_bits == 80 and wide.dram_word_bytes("weight") == 12
    for kw, msg in [
            (dict(elem_bits=4), "elem_bits = 4 must be 1 for pe_kind 'xnor'"),
            (dict(pe_kind="esb", elem_bits=3, weight_bits=4, esb_mantissa=1, plane_dsp=False),
             "elem_bits = 3 must be 1, 2, 4 or 8"),
            (dict(pe_kind="esb", elem_bits=8, weight_bits=4, esb_mantissa=1, plane_dsp=False),
             r"elem_bits = 8 x cols \(16\) must not exceed lane_bits \(64\)"),
            (dict(pe_kind="esb", elem_bits=4, weight_bits=4, esb_mantissa=3, plane_dsp=False),
             "weight_bits = 4 with esb_mantissa = 3: ESB format bits=4, mantissa=3"),
            (dict(pe_kind="int", elem_bits=4, weight_bits=9, plane_dsp=False),
             "weight_bits = 9 must be in 2..8 for pe_kind 'int'"),
            (dict(pe_kind="int", elem_bits=4, weight_bits=4), "plane_dsp = True applies to"),
    ]:
        with pytest.raises(ConfigError, match=msg):
            base.replace(**kw)
