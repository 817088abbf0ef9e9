"""Hardware claims come from builds: the committed reports describe today's RTL, and
CI builds the iCEBreaker (it is small) and fails if it does not fit or misses its clock."""

import json
from pathlib import Path

import pytest

from accel.config import preset

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "boards" / "reports").glob("*.json"))


def test_committed_board_reports_describe_the_current_rtl():
    assert any(p.stem == "icebreaker" for p in REPORTS), "boards/reports/icebreaker.json missing"
    for p in REPORTS:
        r = json.loads(p.read_text())
        cfg = preset(r["preset"])
        manifest = json.loads((ROOT / "rtl_out" / cfg.name / "manifest.json").read_text())
        assert r["config_hash"] == cfg.hash, f"{p.name}: built for another {cfg.name}; make boards"
        assert r["verilog_sha256"] == manifest["verilog_sha256"], \
            f"{p.name} describes older RTL than rtl_out/{cfg.name}; run make boards"
        assert r["clock_mhz"] == cfg.clock_mhz


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
