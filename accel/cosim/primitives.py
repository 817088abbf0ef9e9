"""Simulation models of the FPGA primitives the generated RTL instantiates for a
family (`accel.hdl.dsp`), so that co-simulation covers the netlist a board build
synthesises, not only the portable Verilog.

Yosys ships the ECP5 ``MULT18X18D`` as a black box.  `mult18x18d_model` is a
behavioural model of the configurations `PipelinedMultiplier` uses, from Lattice's
sysDSP usage guide (TN1267): optional input registers on A and B, an optional
pipeline register and an optional output register, each clocked by ``CLK0`` with
enable ``CE0`` and synchronous reset ``RST0``, and ``P = A * B`` (signed when
``SIGNEDA``/``SIGNEDB``).  Any other setting (another clock, the shift-register
sources, cascading) stops the simulation with an error instead of being modelled
wrongly.
"""

from __future__ import annotations

__all__ = ["mult18x18d_model", "family_models"]


def mult18x18d_model() -> str:
    """Verilog of the ``MULT18X18D`` model."""
    a = ", ".join(f"A{i}" for i in range(18))
    b = ", ".join(f"B{i}" for i in range(18))
    c = ", ".join(f"C{i}" for i in range(18))
    p = ", ".join(f"P{i}" for i in range(36))
    bus = lambda n, w: "{" + ", ".join(f"{n}{i}" for i in reversed(range(w))) + "}"
    regs = ("INPUTA", "INPUTB", "PIPELINE", "OUTPUT")
    params = "\n".join(f'    parameter REG_{r}_{k} = "{d}";'
                       for r in regs + ("INPUTC",)
                       for k, d in (("CLK", "NONE"), ("CE", "CE0"), ("RST", "RST0")))
    checks = "\n".join(
        f'        if (REG_{r}_CLK != "NONE" && (REG_{r}_CLK != "CLK0" || REG_{r}_CE != "CE0"'
        f' || REG_{r}_RST != "RST0")) begin\n'
        f'            $display("MULT18X18D model: REG_{r} %s/%s/%s is not modelled",'
        f' REG_{r}_CLK, REG_{r}_CE, REG_{r}_RST);\n            $fatal(1);\n        end'
        for r in regs)
    return f"""// MULT18X18D: behavioural model (accel.cosim.primitives); see the module docstring
module MULT18X18D({a}, {b}, {c}, SIGNEDA, SIGNEDB, SOURCEA, SOURCEB,
    CLK0, CLK1, CLK2, CLK3, CE0, CE1, CE2, CE3, RST0, RST1, RST2, RST3, {p});
    input {a}, {b}, {c};
    input SIGNEDA, SIGNEDB, SOURCEA, SOURCEB;
    input CLK0, CLK1, CLK2, CLK3, CE0, CE1, CE2, CE3, RST0, RST1, RST2, RST3;
    output {p};
{params}
    parameter CLK0_DIV = "ENABLED";
    parameter CLK1_DIV = "ENABLED";
    parameter CLK2_DIV = "ENABLED";
    parameter CLK3_DIV = "ENABLED";
    parameter HIGHSPEED_CLK = "NONE";
    parameter GSR = "ENABLED";
    parameter CAS_MATCH_REG = "FALSE";
    parameter SOURCEB_MODE = "B_SHIFT";
    parameter MULT_BYPASS = "DISABLED";
    parameter RESETMODE = "SYNC";

    wire [17:0] a_in = {bus("A", 18)};
    wire [17:0] b_in = {bus("B", 18)};
    reg [17:0] a_q = 0, b_q = 0;
    reg sa_q = 0, sb_q = 0;
    reg [35:0] m_q = 0, p_q = 0;
    initial begin
{checks}
        if (MULT_BYPASS != "DISABLED" || RESETMODE != "SYNC") begin
            $display("MULT18X18D model: MULT_BYPASS %s, RESETMODE %s not modelled",
                     MULT_BYPASS, RESETMODE);
            $fatal(1);
        end
    end
    always @(posedge CLK0) begin
        if (RST0) begin
            a_q <= 0; b_q <= 0; sa_q <= 0; sb_q <= 0; m_q <= 0; p_q <= 0;
        end else if (CE0) begin
            a_q <= a_in; b_q <= b_in; sa_q <= SIGNEDA; sb_q <= SIGNEDB;
            m_q <= m_d; p_q <= m_o;
        end
    end
    wire [17:0] a_v = REG_INPUTA_CLK == "NONE" ? a_in : a_q;
    wire [17:0] b_v = REG_INPUTB_CLK == "NONE" ? b_in : b_q;
    wire sa = REG_INPUTA_CLK == "NONE" ? SIGNEDA : sa_q;
    wire sb = REG_INPUTB_CLK == "NONE" ? SIGNEDB : sb_q;
    wire [35:0] ax = {{{{18{{sa & a_v[17]}}}}, a_v}};
    wire [35:0] bx = {{{{18{{sb & b_v[17]}}}}, b_v}};
    wire [35:0] m_d = ax * bx;
    wire [35:0] m_o = REG_PIPELINE_CLK == "NONE" ? m_d : m_q;
    wire [35:0] p_o = REG_OUTPUT_CLK == "NONE" ? m_o : p_q;
    always @* if (SOURCEA !== 1'b0 || SOURCEB !== 1'b0) begin
        $display("MULT18X18D model: SOURCEA/SOURCEB (shift inputs) not modelled");
        $fatal(1);
    end
    assign {bus("P", 36)} = p_o;
endmodule
"""


def family_models(family: str | None) -> dict[str, str]:
    """``{file name: Verilog}`` of the primitive models a design elaborated for
    ``family`` needs (none for portable Verilog)."""
    if family is None:
        return {}
    if family == "ecp5":
        return {"MULT18X18D.v": mult18x18d_model()}
    raise ValueError(f"no primitive models for family {family!r}; families: ecp5")
