"""Hardware claims come from builds: the committed reports describe today's RTL, and
CI builds the iCEBreaker (it is small) and fails if it does not fit or misses its clock."""

import json
from pathlib import Path

import pytest

from accel.config import preset

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "boards" / "reports").glob("*.json"))


def test_committed_board_reports_describe_the_current_rtl():
    from accel.board.boards import board
    assert any(p.stem == "icebreaker" for p in REPORTS), "boards/reports/icebreaker.json missing"
    for p in REPORTS:
        r = json.loads(p.read_text())
        cfg = preset(r["preset"])
        manifest = json.loads((ROOT / "rtl_out" / cfg.name / "manifest.json").read_text())
        assert r["config_hash"] == cfg.hash, f"{p.name}: built for another {cfg.name}; make boards"
        assert r["verilog_sha256"] == manifest["verilog_sha256"], \
            f"{p.name} describes older RTL than rtl_out/{cfg.name}; run make boards"
        assert r["clock_mhz"] == cfg.clock_mhz
        assert r["seed"] == board(r["board"]).seed, f"{p.name}: built with another seed"


@pytest.mark.slow
def test_icebreaker_build_fits_and_meets_its_clock(tmp_path):
    from accel.board.boards import board
    from accel.board.build import build_board
    r = build_board(board("icebreaker"), tmp_path)
    lc = r["luts"]
    assert lc["used"] <= 0.9 * lc["available"], lc
    assert r["brams"]["used"] <= r["brams"]["available"]
    assert r["meets_timing"], r["fmax_mhz"]
    assert (tmp_path / "top.bin").stat().st_size > 100_000
    # the sweep's synth level reads the same synthesis (its stamp matches: no second run)
    from accel.board.build import BuildTimeout, synth_board
    s = synth_board(board("icebreaker"), tmp_path)
    assert s["seconds"] == 0.0 and 0.5 * lc["used"] < s["luts"] <= lc["used"]
    assert s["brams"] == r["brams"]["used"] and s["capacity"]["luts"] == lc["available"]
    # a place and route given one second is stopped and says so
    with pytest.raises(BuildTimeout, match="place and route did not finish in"):
        build_board(board("icebreaker"), tmp_path, pnr_timeout=1)


def test_a_build_report_without_the_digits_figures():
    """A config the digits MLP does not compile for (a small instruction memory) still
    gets its build report, with the reason in place of the digits figures."""
    from accel.board.build import report_summary
    r = json.loads((ROOT / "boards" / "reports" / "icebreaker.json").read_text())
    r.update(digits_cycles_per_inference=None, digits_inferences_per_s=None,
             digits_inferences_per_s_at_clock=None, digits_note="the digits MLP does not "
             "compile for this config: the program has 549 instructions")
    rows = dict(report_summary(r))
    assert rows["digits MLP"].endswith("549 instructions")
    assert not any("inferences/s" in k for k in rows)


def test_slow_paths_groups_every_late_register_input_of_the_timing_report():
    from accel.board.build import SLOW_PATH_SHARE, slow_paths

    def net(driver, *ends):
        return {"driver": driver, "net": driver + "_n", "port": "Q",
                "endpoints": [{"cell": c, "port": p, "delay": [0.5, t]} for c, p, t in ends]}

    rep = {"detailed_net_timings": [
        net("core.a_TRELLIS_FF_Q", ("core.b_TRELLIS_FF_Q_3", "DI", 9.5),
            ("core.b_TRELLIS_FF_Q_4", "DI", 9.95), ("core.c_TRELLIS_FF_Q", "CE", 8.0)),
        net("core.pe.product0_TRELLIS_FF_Q_DI_MULT18X18D_P13",
            ("core.pe.product0_TRELLIS_FF_Q_1", "M", 11.2)),
        net("core.d_LUT4_Z", ("core.b_TRELLIS_FF_Q_7", "DI", 9.0)),
    ]}
    got = slow_paths(rep, 10.0)
    assert [(g["register"], g["port"], g["inputs"], g["arrival_ns"]) for g in got] == [
        ("core.pe.product0", "M", 1, 11.2), ("core.b", "DI", 3, 9.95)]
    assert got[0]["driver"] == "core.pe.product0 (its multiplier)"
    assert got[1]["driver"] == "core.a"
    # 8.0 ns is under SLOW_PATH_SHARE of 10 ns; at 8.5 ns it is late
    assert SLOW_PATH_SHARE * 10.0 > 8.0
    assert [g["register"] for g in slow_paths(rep, 8.5)][-1] == "core.c"
    assert slow_paths(rep, 10.0, limit=1) == got[:1]
    assert slow_paths({}, 10.0) == []
    with pytest.raises(ValueError, match="period_ns must be positive, not 0"):
        slow_paths(rep, 0)


def test_report_summaries_name_the_mac_kind_and_the_published_esb_figure():
    from accel.board.build import mac_kind, report_summary
    rows = {p.stem: dict(report_summary(json.loads(p.read_text()))) for p in REPORTS}
    esb = rows["ulx3s-85f-ecp5-esb"]
    assert "published ESB: 10.95 GOPS / kLUT6" in esb["GOPS / kLUT4"]
    assert "array LUT4 per ESB4m1 x uint4 MAC" in esb
    assert "array LUT4 per binary MAC" in rows["ulx3s-85f"]
    assert mac_kind(preset("ecp5-int4")) == "int4 x uint4" and mac_kind(preset("ecp5-85f")) == "binary"
