(* top =  1  *)
(* generator = "Amaranth" *)
module accel_top(imem_we, imem_addr, imem_data, mem_rd_ready, mem_rd_data_valid, mem_rd_data, mem_wr_ready, ctr_sel, clk, rst, done, busy, error, mem_rd_valid, mem_rd_addr, mem_rd_len, mem_wr_valid, mem_wr_addr, mem_wr_data, ctr_value, config_id
, start);
  wire [7:0] \$1 ;
  wire \$2 ;
  wire [15:0] \$3 ;
  wire [15:0] \$4 ;
  wire [15:0] \$5 ;
  wire [15:0] \$6 ;
  wire [15:0] \$7 ;
  wire [63:0] acc;
  wire [63:0] \acc$165 ;
  wire [15:0] act_data;
  wire [15:0] \act_data$156 ;
  wire [15:0] \act_data$159 ;
  wire [15:0] \act_data$162 ;
  wire act_hold;
  wire \act_hold$154 ;
  wire [7:0] act_rd__addr;
  wire [7:0] \act_rd__addr$112 ;
  wire [7:0] \act_rd__addr$113 ;
  wire [7:0] \act_rd__addr$114 ;
  wire act_rd__en;
  wire \act_rd__en$116 ;
  wire \act_rd__en$117 ;
  wire \act_rd__en$118 ;
  wire [7:0] act_wr__addr;
  wire [7:0] \act_wr__addr$120 ;
  wire [7:0] \act_wr__addr$121 ;
  wire [15:0] act_wr__data;
  wire [15:0] \act_wr__data$123 ;
  wire [15:0] \act_wr__data$124 ;
  wire [3:0] act_wr__en;
  wire [3:0] \act_wr__en$126 ;
  wire [3:0] \act_wr__en$127 ;
  output busy;
  wire busy;
  wire \busy$27 ;
  wire clear;
  wire \clear$178 ;
  input clk;
  wire clk;
  wire cmd__acc_hold;
  wire \cmd__acc_hold$58 ;
  wire \cmd__acc_hold$76 ;
  wire \cmd__acc_hold$94 ;
  wire cmd__busy;
  wire \cmd__busy$60 ;
  wire \cmd__busy$78 ;
  wire \cmd__busy$96 ;
  wire [127:0] cmd__decode;
  wire [127:0] \cmd__decode$61 ;
  wire [127:0] \cmd__decode$79 ;
  wire [127:0] \cmd__decode$97 ;
  wire cmd__done;
  wire \cmd__done$100 ;
  wire \cmd__done$64 ;
  wire \cmd__done$82 ;
  wire [127:0] cmd__instr;
  wire [127:0] \cmd__instr$101 ;
  wire [127:0] \cmd__instr$65 ;
  wire [127:0] \cmd__instr$83 ;
  wire [127:0] cmd__issue;
  wire [127:0] \cmd__issue$103 ;
  wire [127:0] \cmd__issue$67 ;
  wire [127:0] \cmd__issue$85 ;
  wire cmd__push;
  wire \cmd__push$106 ;
  wire \cmd__push$70 ;
  wire \cmd__push$88 ;
  wire cmd__refused;
  wire \cmd__refused$108 ;
  wire \cmd__refused$72 ;
  wire \cmd__refused$90 ;
  wire cmd__start;
  wire \cmd__start$109 ;
  wire \cmd__start$73 ;
  wire \cmd__start$91 ;
  output [31:0] config_id;
  wire [31:0] config_id;
  input [4:0] ctr_sel;
  wire [4:0] ctr_sel;
  output [23:0] ctr_value;
  wire [23:0] ctr_value;
  output done;
  wire done;
  wire \done$26 ;
  output error;
  wire error;
  wire \error$28 ;
  wire gemm__acc_hold;
  wire gemm__busy;
  wire [127:0] gemm__decode;
  wire gemm__done;
  wire [127:0] gemm__instr;
  wire [127:0] gemm__issue;
  wire gemm__push;
  wire gemm__refused;
  wire gemm__start;
  input [8:0] imem_addr;
  wire [8:0] imem_addr;
  wire [8:0] \imem_addr$24 ;
  input [127:0] imem_data;
  wire [127:0] imem_data;
  wire [127:0] \imem_data$25 ;
  input [15:0] imem_we;
  wire [15:0] imem_we;
  wire [15:0] \imem_we$23 ;
  wire [303:0] inc;
  wire [31:0] \inc$171 ;
  wire [15:0] \inc$171.cycles ;
  wire [15:0] \inc$171.instructions ;
  wire [79:0] \inc$172 ;
  wire [15:0] \inc$172.load_busy ;
  wire [15:0] \inc$172.load_stall ;
  wire [15:0] \inc$172.sram_act_writes ;
  wire [15:0] \inc$172.sram_thresh_writes ;
  wire [15:0] \inc$172.sram_weight_writes ;
  wire [63:0] \inc$173 ;
  wire [15:0] \inc$173.sram_act_reads ;
  wire [15:0] \inc$173.sram_out_reads ;
  wire [15:0] \inc$173.store_busy ;
  wire [15:0] \inc$173.store_stall ;
  wire [63:0] \inc$174 ;
  wire [15:0] \inc$174.gemm_busy ;
  wire [15:0] \inc$174.gemm_stall ;
  wire [15:0] \inc$174.sram_act_reads ;
  wire [15:0] \inc$174.sram_weight_reads ;
  wire [111:0] \inc$175 ;
  wire [15:0] \inc$175.post_busy ;
  wire [15:0] \inc$175.post_stall ;
  wire [15:0] \inc$175.sram_act_reads ;
  wire [15:0] \inc$175.sram_act_writes ;
  wire [15:0] \inc$175.sram_out_writes ;
  wire [15:0] \inc$175.sram_thresh_reads ;
  wire [15:0] \inc$175.threshold_ops ;
  wire [15:0] \inc.cycles ;
  wire [15:0] \inc.gemm_busy ;
  wire [15:0] \inc.gemm_stall ;
  wire [15:0] \inc.instructions ;
  wire [15:0] \inc.load_busy ;
  wire [15:0] \inc.load_stall ;
  wire [15:0] \inc.post_busy ;
  wire [15:0] \inc.post_stall ;
  wire [15:0] \inc.sram_act_reads ;
  wire [15:0] \inc.sram_act_writes ;
  wire [15:0] \inc.sram_out_reads ;
  wire [15:0] \inc.sram_out_writes ;
  wire [15:0] \inc.sram_thresh_reads ;
  wire [15:0] \inc.sram_thresh_writes ;
  wire [15:0] \inc.sram_weight_reads ;
  wire [15:0] \inc.sram_weight_writes ;
  wire [15:0] \inc.store_busy ;
  wire [15:0] \inc.store_stall ;
  wire [15:0] \inc.threshold_ops ;
  wire land;
  wire \land$167 ;
  wire load__acc_hold;
  wire load__busy;
  wire [127:0] load__decode;
  wire load__done;
  wire [127:0] load__instr;
  wire [127:0] load__issue;
  wire load__push;
  wire load__refused;
  wire load__start;
  output [31:0] mem_rd_addr;
  wire [31:0] mem_rd_addr;
  wire [31:0] \mem_rd_addr$31 ;
  input [15:0] mem_rd_data;
  wire [15:0] mem_rd_data;
  wire [15:0] \mem_rd_data$34 ;
  input mem_rd_data_valid;
  wire mem_rd_data_valid;
  wire \mem_rd_data_valid$33 ;
  output [23:0] mem_rd_len;
  wire [23:0] mem_rd_len;
  wire [23:0] \mem_rd_len$32 ;
  input mem_rd_ready;
  wire mem_rd_ready;
  wire \mem_rd_ready$30 ;
  output mem_rd_valid;
  wire mem_rd_valid;
  wire \mem_rd_valid$29 ;
  output [31:0] mem_wr_addr;
  wire [31:0] mem_wr_addr;
  wire [31:0] \mem_wr_addr$37 ;
  output [15:0] mem_wr_data;
  wire [15:0] mem_wr_data;
  wire [15:0] \mem_wr_data$38 ;
  input mem_wr_ready;
  wire mem_wr_ready;
  wire \mem_wr_ready$36 ;
  output mem_wr_valid;
  wire mem_wr_valid;
  wire \mem_wr_valid$35 ;
  wire [1:0] pending;
  wire [1:0] \pending$169 ;
  wire post__acc_hold;
  wire post__busy;
  wire [127:0] post__decode;
  wire post__done;
  wire [127:0] post__instr;
  wire [127:0] post__issue;
  wire post__push;
  wire post__refused;
  wire post__start;
  input rst;
  wire rst;
  wire running;
  wire [4:0] sel;
  input start;
  wire start;
  wire \start$22 ;
  wire store__acc_hold;
  wire store__busy;
  wire [127:0] store__decode;
  wire store__done;
  wire [127:0] store__instr;
  wire [127:0] store__issue;
  wire store__push;
  wire store__refused;
  wire store__start;
  wire [63:0] tob_data;
  wire [63:0] \tob_data$161 ;
  wire [63:0] \tob_data$163 ;
  wire [7:0] tob_rd__addr;
  wire [7:0] \tob_rd__addr$139 ;
  wire [7:0] \tob_rd__addr$140 ;
  wire tob_rd__en;
  wire \tob_rd__en$142 ;
  wire \tob_rd__en$143 ;
  wire [7:0] tob_wr__addr;
  wire [7:0] \tob_wr__addr$145 ;
  wire [7:0] \tob_wr__addr$146 ;
  wire [63:0] tob_wr__data;
  wire [63:0] \tob_wr__data$148 ;
  wire [63:0] \tob_wr__data$149 ;
  wire [3:0] tob_wr__en;
  wire [3:0] \tob_wr__en$151 ;
  wire [3:0] \tob_wr__en$152 ;
  wire [23:0] value;
  wire [63:0] weight_data;
  wire [63:0] \weight_data$158 ;
  wire [7:0] weight_rd__addr;
  wire [7:0] \weight_rd__addr$129 ;
  wire weight_rd__en;
  wire \weight_rd__en$131 ;
  wire [7:0] weight_wr__addr;
  wire [7:0] \weight_wr__addr$133 ;
  wire [63:0] weight_wr__data;
  wire [63:0] \weight_wr__data$135 ;
  wire [3:0] weight_wr__en;
  wire [3:0] \weight_wr__en$137 ;
  assign \$2  = \act_rd__en$116  | \act_rd__en$117 ;
  assign act_rd__en = \$2  | \act_rd__en$118 ;
  assign act_wr__addr = \act_wr__addr$120  | \act_wr__addr$121 ;
  assign act_wr__data = \act_wr__data$123  | \act_wr__data$124 ;
  assign act_wr__en = \act_wr__en$126  | \act_wr__en$127 ;
  assign tob_rd__addr = \tob_rd__addr$139  | \act_rd__addr$114 ;
  assign tob_rd__en = \tob_rd__en$142  | \tob_rd__en$143 ;
  assign tob_wr__addr = \tob_wr__addr$145  | \tob_wr__addr$146 ;
  assign tob_wr__data = \tob_wr__data$148  | \tob_wr__data$149 ;
  assign tob_wr__en = \tob_wr__en$151  | \tob_wr__en$152 ;
  assign \$3  = \inc$173 [47:32] | \inc$174 [47:32];
  assign \$4  = \$3  | \inc$175 [79:64];
  assign \$5  = \inc$172 [47:32] | \inc$175 [95:80];
  assign \$1  = \act_rd__addr$112  | \act_rd__addr$113 ;
  assign act_rd__addr = \$1  | \act_rd__addr$114 ;
  \accel_top.buffers  buffers (
    .act_hold(act_hold),
    .act_q(act_data),
    .act_rd__addr(act_rd__addr),
    .act_rd__en(act_rd__en),
    .act_wr__addr(act_wr__addr),
    .act_wr__data(act_wr__data),
    .act_wr__en(act_wr__en),
    .clk(clk),
    .rst(rst),
    .tob_data(tob_data),
    .tob_r__addr(tob_rd__addr),
    .tob_r__en(tob_rd__en),
    .tob_wr__addr(tob_wr__addr),
    .tob_wr__data(tob_wr__data),
    .tob_wr__en(tob_wr__en),
    .weight_rd__addr(weight_rd__addr),
    .weight_rd__en(weight_rd__en),
    .weight_wr__addr(weight_wr__addr),
    .weight_wr__data(weight_wr__data),
    .weight_wr__en(weight_wr__en),
    .wgt_q(weight_data)
  );
  \accel_top.controller  controller (
    .busy(busy),
    .clear(clear),
    .clk(clk),
    .done(done),
    .error(error),
    .fetched(cmd__decode),
    .gemm__busy(gemm__busy),
    .gemm__done(gemm__done),
    .gemm__refused(gemm__refused),
    .gemm__start(\cmd__start$91 ),
    .imem_addr(imem_addr),
    .imem_data(imem_data),
    .imem_we(imem_we),
    .inc(\inc$171 ),
    .load__busy(load__busy),
    .load__done(load__done),
    .load__instr(cmd__instr),
    .load__issue(cmd__issue),
    .load__push(load__push),
    .load__refused(load__refused),
    .load__start(cmd__start),
    .post__acc_hold(post__acc_hold),
    .post__busy(post__busy),
    .post__done(post__done),
    .post__push(post__push),
    .post__refused(post__refused),
    .post__start(\cmd__start$109 ),
    .rst(rst),
    .start(start),
    .store__done(store__done),
    .store__refused(store__refused),
    .store__start(\cmd__start$73 )
  );
  \accel_top.counters  counters (
    .clear(clear),
    .clk(clk),
    .inc(inc),
    .rst(rst),
    .running(busy),
    .sel(ctr_sel),
    .value(ctr_value)
  );
  \accel_top.gemm  gemm (
    .acc(acc),
    .act_data(act_data),
    .act_rd__addr(\act_rd__addr$112 ),
    .act_rd__en(\act_rd__en$116 ),
    .clk(clk),
    .cmd__busy(gemm__busy),
    .cmd__decode(cmd__decode),
    .cmd__done(gemm__done),
    .cmd__instr(cmd__instr),
    .cmd__issue(cmd__issue),
    .cmd__refused(gemm__refused),
    .cmd__start(\cmd__start$91 ),
    .inc(\inc$174 ),
    .land(land),
    .pending(pending),
    .rst(rst),
    .w_in(weight_data),
    .weight_rd__addr(weight_rd__addr),
    .weight_rd__en(weight_rd__en)
  );
  \accel_top.load  load (
    .act_wr__addr(\act_wr__addr$120 ),
    .act_wr__data(\act_wr__data$123 ),
    .act_wr__en(\act_wr__en$126 ),
    .clk(clk),
    .cmd__busy(load__busy),
    .cmd__decode(cmd__decode),
    .cmd__done(load__done),
    .cmd__issue(cmd__issue),
    .cmd__push(load__push),
    .cmd__refused(load__refused),
    .cmd__start(cmd__start),
    .inc(\inc$172 ),
    .mem_rd_data(mem_rd_data),
    .mem_rd_data_valid(mem_rd_data_valid),
    .mem_rd_len(mem_rd_len),
    .mem_rd_ready(mem_rd_ready),
    .mem_rd_valid(mem_rd_valid),
    .req_addr(\$6 ),
    .rst(rst),
    .tob_wr__addr(\tob_wr__addr$145 ),
    .tob_wr__data(\tob_wr__data$148 ),
    .tob_wr__en(\tob_wr__en$151 ),
    .weight_wr__addr(weight_wr__addr),
    .weight_wr__data(weight_wr__data),
    .weight_wr__en(weight_wr__en)
  );
  \accel_top.post  post (
    .acc(acc),
    .act_data(act_data),
    .act_rd__addr(\act_rd__addr$113 ),
    .act_rd__en(\act_rd__en$117 ),
    .act_wr__addr(\act_wr__addr$121 ),
    .act_wr__data(\act_wr__data$124 ),
    .act_wr__en(\act_wr__en$127 ),
    .clk(clk),
    .cmd__acc_hold(post__acc_hold),
    .cmd__busy(post__busy),
    .cmd__decode(cmd__decode),
    .cmd__done(post__done),
    .cmd__issue(cmd__issue),
    .cmd__push(post__push),
    .cmd__refused(post__refused),
    .cmd__start(\cmd__start$109 ),
    .inc(\inc$175 ),
    .land(land),
    .pending(pending),
    .rst(rst),
    .tob_data(tob_data),
    .tob_rd__addr(\tob_rd__addr$139 ),
    .tob_rd__en(\tob_rd__en$142 ),
    .tob_wr__addr(\tob_wr__addr$146 ),
    .tob_wr__data(\tob_wr__data$149 ),
    .tob_wr__en(\tob_wr__en$152 )
  );
  \accel_top.store  store (
    .act_data(act_data),
    .act_hold(act_hold),
    .act_rd__addr(\act_rd__addr$114 ),
    .act_rd__en(\act_rd__en$118 ),
    .clk(clk),
    .cmd__decode(cmd__decode),
    .cmd__done(store__done),
    .cmd__instr(cmd__instr),
    .cmd__issue(cmd__issue),
    .cmd__refused(store__refused),
    .cmd__start(\cmd__start$73 ),
    .inc(\inc$173 ),
    .mem_wr_data(mem_wr_data),
    .mem_wr_ready(mem_wr_ready),
    .mem_wr_valid(mem_wr_valid),
    .o_addr3(\$7 ),
    .rst(rst),
    .tob_data(tob_data),
    .tob_rd__en(\tob_rd__en$143 )
  );
  assign \start$22  = start;
  assign \imem_we$23  = imem_we;
  assign \imem_addr$24  = imem_addr;
  assign \imem_data$25  = imem_data;
  assign \done$26  = done;
  assign \busy$27  = busy;
  assign \error$28  = error;
  assign \mem_rd_valid$29  = mem_rd_valid;
  assign \mem_rd_ready$30  = mem_rd_ready;
  assign \mem_rd_addr$31  = { 16'h0000, \$6  };
  assign \mem_rd_len$32  = mem_rd_len;
  assign \mem_rd_data_valid$33  = mem_rd_data_valid;
  assign \mem_rd_data$34  = mem_rd_data;
  assign \mem_wr_valid$35  = mem_wr_valid;
  assign \mem_wr_ready$36  = mem_wr_ready;
  assign \mem_wr_addr$37  = { 16'h0000, \$7  };
  assign \mem_wr_data$38  = mem_wr_data;
  assign load__acc_hold = 1'h0;
  assign cmd__acc_hold = 1'h0;
  assign cmd__busy = load__busy;
  assign load__decode = cmd__decode;
  assign cmd__done = load__done;
  assign load__instr = cmd__instr;
  assign load__issue = cmd__issue;
  assign cmd__push = load__push;
  assign cmd__refused = load__refused;
  assign load__start = cmd__start;
  assign store__acc_hold = 1'h0;
  assign \cmd__acc_hold$58  = 1'h0;
  assign store__busy = 1'h0;
  assign \cmd__busy$60  = 1'h0;
  assign \cmd__decode$61  = cmd__decode;
  assign store__decode = cmd__decode;
  assign \cmd__done$64  = store__done;
  assign \cmd__instr$65  = cmd__instr;
  assign store__instr = cmd__instr;
  assign \cmd__issue$67  = cmd__issue;
  assign store__issue = cmd__issue;
  assign store__push = 1'h0;
  assign \cmd__push$70  = 1'h0;
  assign \cmd__refused$72  = store__refused;
  assign store__start = \cmd__start$73 ;
  assign gemm__acc_hold = 1'h0;
  assign \cmd__acc_hold$76  = 1'h0;
  assign \cmd__busy$78  = gemm__busy;
  assign \cmd__decode$79  = cmd__decode;
  assign gemm__decode = cmd__decode;
  assign \cmd__done$82  = gemm__done;
  assign \cmd__instr$83  = cmd__instr;
  assign gemm__instr = cmd__instr;
  assign \cmd__issue$85  = cmd__issue;
  assign gemm__issue = cmd__issue;
  assign gemm__push = 1'h0;
  assign \cmd__push$88  = 1'h0;
  assign \cmd__refused$90  = gemm__refused;
  assign gemm__start = \cmd__start$91 ;
  assign \cmd__acc_hold$94  = post__acc_hold;
  assign \cmd__busy$96  = post__busy;
  assign \cmd__decode$97  = cmd__decode;
  assign post__decode = cmd__decode;
  assign \cmd__done$100  = post__done;
  assign \cmd__instr$101  = cmd__instr;
  assign post__instr = cmd__instr;
  assign \cmd__issue$103  = cmd__issue;
  assign post__issue = cmd__issue;
  assign \cmd__push$106  = post__push;
  assign \cmd__refused$108  = post__refused;
  assign post__start = \cmd__start$109 ;
  assign \weight_rd__addr$129  = weight_rd__addr;
  assign \weight_rd__en$131  = weight_rd__en;
  assign \weight_wr__addr$133  = weight_wr__addr;
  assign \weight_wr__data$135  = weight_wr__data;
  assign \weight_wr__en$137  = weight_wr__en;
  assign \tob_rd__addr$140  = \act_rd__addr$114 ;
  assign \act_hold$154  = act_hold;
  assign \act_data$156  = act_data;
  assign \weight_data$158  = weight_data;
  assign \act_data$159  = act_data;
  assign \tob_data$161  = tob_data;
  assign \act_data$162  = act_data;
  assign \tob_data$163  = tob_data;
  assign \acc$165  = acc;
  assign \land$167  = land;
  assign \pending$169  = pending;
  assign running = busy;
  assign \clear$178  = clear;
  assign sel = ctr_sel;
  assign value = ctr_value;
  assign mem_rd_addr = { 16'h0000, \$6  };
  assign mem_wr_addr = { 16'h0000, \$7  };
  assign config_id = 32'd3647098214;
  assign \inc.cycles  = inc[15:0];
  assign \inc.instructions  = inc[31:16];
  assign \inc.load_busy  = inc[47:32];
  assign \inc.load_stall  = inc[63:48];
  assign \inc.store_busy  = inc[79:64];
  assign \inc.store_stall  = inc[95:80];
  assign \inc.gemm_busy  = inc[111:96];
  assign \inc.gemm_stall  = inc[127:112];
  assign \inc.post_busy  = inc[143:128];
  assign \inc.post_stall  = inc[159:144];
  assign \inc.sram_act_reads  = inc[175:160];
  assign \inc.sram_act_writes  = inc[191:176];
  assign \inc.sram_weight_reads  = inc[207:192];
  assign \inc.sram_weight_writes  = inc[223:208];
  assign \inc.sram_thresh_reads  = inc[239:224];
  assign \inc.sram_thresh_writes  = inc[255:240];
  assign \inc.sram_out_reads  = inc[271:256];
  assign \inc.sram_out_writes  = inc[287:272];
  assign \inc.threshold_ops  = inc[303:288];
  assign \inc$171.cycles  = \inc$171 [15:0];
  assign \inc$171.instructions  = \inc$171 [31:16];
  assign \inc$172.load_busy  = \inc$172 [15:0];
  assign \inc$172.load_stall  = \inc$172 [31:16];
  assign \inc$172.sram_act_writes  = \inc$172 [47:32];
  assign \inc$172.sram_weight_writes  = \inc$172 [63:48];
  assign \inc$172.sram_thresh_writes  = \inc$172 [79:64];
  assign \inc$173.store_busy  = \inc$173 [15:0];
  assign \inc$173.store_stall  = \inc$173 [31:16];
  assign \inc$173.sram_act_reads  = \inc$173 [47:32];
  assign \inc$173.sram_out_reads  = \inc$173 [63:48];
  assign \inc$174.gemm_busy  = \inc$174 [15:0];
  assign \inc$174.gemm_stall  = \inc$174 [31:16];
  assign \inc$174.sram_act_reads  = \inc$174 [47:32];
  assign \inc$174.sram_weight_reads  = \inc$174 [63:48];
  assign \inc$175.post_busy  = \inc$175 [15:0];
  assign \inc$175.post_stall  = \inc$175 [31:16];
  assign \inc$175.threshold_ops  = \inc$175 [47:32];
  assign \inc$175.sram_thresh_reads  = \inc$175 [63:48];
  assign \inc$175.sram_act_reads  = \inc$175 [79:64];
  assign \inc$175.sram_act_writes  = \inc$175 [95:80];
  assign \inc$175.sram_out_writes  = \inc$175 [111:96];
  assign inc[303:288] = \inc$175 [47:32];
  assign inc[287:272] = \inc$175 [111:96];
  assign inc[271:256] = \inc$173 [63:48];
  assign inc[255:240] = \inc$172 [79:64];
  assign inc[239:224] = \inc$175 [63:48];
  assign inc[223:208] = \inc$172 [63:48];
  assign inc[207:192] = \inc$174 [63:48];
  assign inc[191:176] = \$5 ;
  assign inc[175:160] = \$4 ;
  assign inc[159:144] = \inc$175 [31:16];
  assign inc[143:128] = \inc$175 [15:0];
  assign inc[127:112] = \inc$174 [31:16];
  assign inc[111:96] = \inc$174 [15:0];
  assign inc[95:80] = \inc$173 [31:16];
  assign inc[79:64] = \inc$173 [15:0];
  assign inc[63:48] = \inc$172 [31:16];
  assign inc[47:32] = \inc$172 [15:0];
  assign inc[31:16] = \inc$171 [31:16];
  assign inc[15:0] = \inc$171 [15:0];
endmodule

(* generator = "Amaranth" *)
module \accel_top.buffers (rst, act_rd__addr, act_rd__en, act_wr__addr, act_wr__data, act_wr__en, tob_r__addr, tob_r__en, tob_wr__addr, tob_wr__data, tob_wr__en, tob_data, act_q, wgt_q, weight_wr__addr, weight_wr__data, weight_wr__en, act_hold, weight_rd__en, weight_rd__addr, clk
);
  reg \$auto$verilog_backend.cc:2355:dump_module$1  = 0;
  wire \$1 ;
  reg [3:0] \$2 ;
  reg [3:0] \$3 ;
  reg [3:0] \$4 ;
  reg [15:0] \$5 ;
  (* init = 8'h00 *)
  wire [7:0] \$signature__addr ;
  (* init = 8'h00 *)
  wire [7:0] \$signature__addr$28 ;
  (* init = 8'h00 *)
  wire [7:0] \$signature__addr$31 ;
  wire [7:0] \$signature__addr$34 ;
  wire [7:0] \$signature__addr$38 ;
  wire [15:0] \$signature__data ;
  wire [63:0] \$signature__data$24 ;
  (* init = 16'h0000 *)
  wire [15:0] \$signature__data$26 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \$signature__data$29 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \$signature__data$32 ;
  (* init = 4'h0 *)
  wire [3:0] \$signature__en ;
  (* init = 4'h0 *)
  wire [3:0] \$signature__en$30 ;
  (* init = 4'h0 *)
  wire [3:0] \$signature__en$33 ;
  wire \$signature__en$36 ;
  wire \$signature__en$40 ;
  reg [7:0] act_addr_q = 8'h00;
  (* init = 16'h0000 *)
  wire [15:0] act_data;
  reg [15:0] act_data_q = 16'h0000;
  reg [3:0] act_en_q = 4'h0;
  input act_hold;
  wire act_hold;
  output [15:0] act_q;
  reg [15:0] act_q = 16'h0000;
  input [7:0] act_rd__addr;
  wire [7:0] act_rd__addr;
  input act_rd__en;
  wire act_rd__en;
  input [7:0] act_wr__addr;
  wire [7:0] act_wr__addr;
  input [15:0] act_wr__data;
  wire [15:0] act_wr__data;
  input [3:0] act_wr__en;
  wire [3:0] act_wr__en;
  input clk;
  wire clk;
  input rst;
  wire rst;
  reg [7:0] thresh_out_addr_q = 8'h00;
  reg [63:0] thresh_out_data_q = 64'h0000000000000000;
  reg [3:0] thresh_out_en_q = 4'h0;
  output [63:0] tob_data;
  wire [63:0] tob_data;
  input [7:0] tob_r__addr;
  wire [7:0] tob_r__addr;
  wire [63:0] tob_r__data;
  input tob_r__en;
  wire tob_r__en;
  wire [7:0] tob_rd__addr;
  wire tob_rd__en;
  input [7:0] tob_wr__addr;
  wire [7:0] tob_wr__addr;
  input [63:0] tob_wr__data;
  wire [63:0] tob_wr__data;
  input [3:0] tob_wr__en;
  wire [3:0] tob_wr__en;
  reg [7:0] weight_addr_q = 8'h00;
  (* init = 64'h0000000000000000 *)
  wire [63:0] weight_data;
  reg [63:0] weight_data_q = 64'h0000000000000000;
  reg [3:0] weight_en_q = 4'h0;
  input [7:0] weight_rd__addr;
  wire [7:0] weight_rd__addr;
  input weight_rd__en;
  wire weight_rd__en;
  input [7:0] weight_wr__addr;
  wire [7:0] weight_wr__addr;
  input [63:0] weight_wr__data;
  wire [63:0] weight_wr__data;
  input [3:0] weight_wr__en;
  wire [3:0] weight_wr__en;
  output [63:0] wgt_q;
  reg [63:0] wgt_q = 64'h0000000000000000;
  reg [15:0] act_buf [255:0];
  initial begin
    act_buf[0] = 16'h0000;
    act_buf[1] = 16'h0000;
    act_buf[2] = 16'h0000;
    act_buf[3] = 16'h0000;
    act_buf[4] = 16'h0000;
    act_buf[5] = 16'h0000;
    act_buf[6] = 16'h0000;
    act_buf[7] = 16'h0000;
    act_buf[8] = 16'h0000;
    act_buf[9] = 16'h0000;
    act_buf[10] = 16'h0000;
    act_buf[11] = 16'h0000;
    act_buf[12] = 16'h0000;
    act_buf[13] = 16'h0000;
    act_buf[14] = 16'h0000;
    act_buf[15] = 16'h0000;
    act_buf[16] = 16'h0000;
    act_buf[17] = 16'h0000;
    act_buf[18] = 16'h0000;
    act_buf[19] = 16'h0000;
    act_buf[20] = 16'h0000;
    act_buf[21] = 16'h0000;
    act_buf[22] = 16'h0000;
    act_buf[23] = 16'h0000;
    act_buf[24] = 16'h0000;
    act_buf[25] = 16'h0000;
    act_buf[26] = 16'h0000;
    act_buf[27] = 16'h0000;
    act_buf[28] = 16'h0000;
    act_buf[29] = 16'h0000;
    act_buf[30] = 16'h0000;
    act_buf[31] = 16'h0000;
    act_buf[32] = 16'h0000;
    act_buf[33] = 16'h0000;
    act_buf[34] = 16'h0000;
    act_buf[35] = 16'h0000;
    act_buf[36] = 16'h0000;
    act_buf[37] = 16'h0000;
    act_buf[38] = 16'h0000;
    act_buf[39] = 16'h0000;
    act_buf[40] = 16'h0000;
    act_buf[41] = 16'h0000;
    act_buf[42] = 16'h0000;
    act_buf[43] = 16'h0000;
    act_buf[44] = 16'h0000;
    act_buf[45] = 16'h0000;
    act_buf[46] = 16'h0000;
    act_buf[47] = 16'h0000;
    act_buf[48] = 16'h0000;
    act_buf[49] = 16'h0000;
    act_buf[50] = 16'h0000;
    act_buf[51] = 16'h0000;
    act_buf[52] = 16'h0000;
    act_buf[53] = 16'h0000;
    act_buf[54] = 16'h0000;
    act_buf[55] = 16'h0000;
    act_buf[56] = 16'h0000;
    act_buf[57] = 16'h0000;
    act_buf[58] = 16'h0000;
    act_buf[59] = 16'h0000;
    act_buf[60] = 16'h0000;
    act_buf[61] = 16'h0000;
    act_buf[62] = 16'h0000;
    act_buf[63] = 16'h0000;
    act_buf[64] = 16'h0000;
    act_buf[65] = 16'h0000;
    act_buf[66] = 16'h0000;
    act_buf[67] = 16'h0000;
    act_buf[68] = 16'h0000;
    act_buf[69] = 16'h0000;
    act_buf[70] = 16'h0000;
    act_buf[71] = 16'h0000;
    act_buf[72] = 16'h0000;
    act_buf[73] = 16'h0000;
    act_buf[74] = 16'h0000;
    act_buf[75] = 16'h0000;
    act_buf[76] = 16'h0000;
    act_buf[77] = 16'h0000;
    act_buf[78] = 16'h0000;
    act_buf[79] = 16'h0000;
    act_buf[80] = 16'h0000;
    act_buf[81] = 16'h0000;
    act_buf[82] = 16'h0000;
    act_buf[83] = 16'h0000;
    act_buf[84] = 16'h0000;
    act_buf[85] = 16'h0000;
    act_buf[86] = 16'h0000;
    act_buf[87] = 16'h0000;
    act_buf[88] = 16'h0000;
    act_buf[89] = 16'h0000;
    act_buf[90] = 16'h0000;
    act_buf[91] = 16'h0000;
    act_buf[92] = 16'h0000;
    act_buf[93] = 16'h0000;
    act_buf[94] = 16'h0000;
    act_buf[95] = 16'h0000;
    act_buf[96] = 16'h0000;
    act_buf[97] = 16'h0000;
    act_buf[98] = 16'h0000;
    act_buf[99] = 16'h0000;
    act_buf[100] = 16'h0000;
    act_buf[101] = 16'h0000;
    act_buf[102] = 16'h0000;
    act_buf[103] = 16'h0000;
    act_buf[104] = 16'h0000;
    act_buf[105] = 16'h0000;
    act_buf[106] = 16'h0000;
    act_buf[107] = 16'h0000;
    act_buf[108] = 16'h0000;
    act_buf[109] = 16'h0000;
    act_buf[110] = 16'h0000;
    act_buf[111] = 16'h0000;
    act_buf[112] = 16'h0000;
    act_buf[113] = 16'h0000;
    act_buf[114] = 16'h0000;
    act_buf[115] = 16'h0000;
    act_buf[116] = 16'h0000;
    act_buf[117] = 16'h0000;
    act_buf[118] = 16'h0000;
    act_buf[119] = 16'h0000;
    act_buf[120] = 16'h0000;
    act_buf[121] = 16'h0000;
    act_buf[122] = 16'h0000;
    act_buf[123] = 16'h0000;
    act_buf[124] = 16'h0000;
    act_buf[125] = 16'h0000;
    act_buf[126] = 16'h0000;
    act_buf[127] = 16'h0000;
    act_buf[128] = 16'h0000;
    act_buf[129] = 16'h0000;
    act_buf[130] = 16'h0000;
    act_buf[131] = 16'h0000;
    act_buf[132] = 16'h0000;
    act_buf[133] = 16'h0000;
    act_buf[134] = 16'h0000;
    act_buf[135] = 16'h0000;
    act_buf[136] = 16'h0000;
    act_buf[137] = 16'h0000;
    act_buf[138] = 16'h0000;
    act_buf[139] = 16'h0000;
    act_buf[140] = 16'h0000;
    act_buf[141] = 16'h0000;
    act_buf[142] = 16'h0000;
    act_buf[143] = 16'h0000;
    act_buf[144] = 16'h0000;
    act_buf[145] = 16'h0000;
    act_buf[146] = 16'h0000;
    act_buf[147] = 16'h0000;
    act_buf[148] = 16'h0000;
    act_buf[149] = 16'h0000;
    act_buf[150] = 16'h0000;
    act_buf[151] = 16'h0000;
    act_buf[152] = 16'h0000;
    act_buf[153] = 16'h0000;
    act_buf[154] = 16'h0000;
    act_buf[155] = 16'h0000;
    act_buf[156] = 16'h0000;
    act_buf[157] = 16'h0000;
    act_buf[158] = 16'h0000;
    act_buf[159] = 16'h0000;
    act_buf[160] = 16'h0000;
    act_buf[161] = 16'h0000;
    act_buf[162] = 16'h0000;
    act_buf[163] = 16'h0000;
    act_buf[164] = 16'h0000;
    act_buf[165] = 16'h0000;
    act_buf[166] = 16'h0000;
    act_buf[167] = 16'h0000;
    act_buf[168] = 16'h0000;
    act_buf[169] = 16'h0000;
    act_buf[170] = 16'h0000;
    act_buf[171] = 16'h0000;
    act_buf[172] = 16'h0000;
    act_buf[173] = 16'h0000;
    act_buf[174] = 16'h0000;
    act_buf[175] = 16'h0000;
    act_buf[176] = 16'h0000;
    act_buf[177] = 16'h0000;
    act_buf[178] = 16'h0000;
    act_buf[179] = 16'h0000;
    act_buf[180] = 16'h0000;
    act_buf[181] = 16'h0000;
    act_buf[182] = 16'h0000;
    act_buf[183] = 16'h0000;
    act_buf[184] = 16'h0000;
    act_buf[185] = 16'h0000;
    act_buf[186] = 16'h0000;
    act_buf[187] = 16'h0000;
    act_buf[188] = 16'h0000;
    act_buf[189] = 16'h0000;
    act_buf[190] = 16'h0000;
    act_buf[191] = 16'h0000;
    act_buf[192] = 16'h0000;
    act_buf[193] = 16'h0000;
    act_buf[194] = 16'h0000;
    act_buf[195] = 16'h0000;
    act_buf[196] = 16'h0000;
    act_buf[197] = 16'h0000;
    act_buf[198] = 16'h0000;
    act_buf[199] = 16'h0000;
    act_buf[200] = 16'h0000;
    act_buf[201] = 16'h0000;
    act_buf[202] = 16'h0000;
    act_buf[203] = 16'h0000;
    act_buf[204] = 16'h0000;
    act_buf[205] = 16'h0000;
    act_buf[206] = 16'h0000;
    act_buf[207] = 16'h0000;
    act_buf[208] = 16'h0000;
    act_buf[209] = 16'h0000;
    act_buf[210] = 16'h0000;
    act_buf[211] = 16'h0000;
    act_buf[212] = 16'h0000;
    act_buf[213] = 16'h0000;
    act_buf[214] = 16'h0000;
    act_buf[215] = 16'h0000;
    act_buf[216] = 16'h0000;
    act_buf[217] = 16'h0000;
    act_buf[218] = 16'h0000;
    act_buf[219] = 16'h0000;
    act_buf[220] = 16'h0000;
    act_buf[221] = 16'h0000;
    act_buf[222] = 16'h0000;
    act_buf[223] = 16'h0000;
    act_buf[224] = 16'h0000;
    act_buf[225] = 16'h0000;
    act_buf[226] = 16'h0000;
    act_buf[227] = 16'h0000;
    act_buf[228] = 16'h0000;
    act_buf[229] = 16'h0000;
    act_buf[230] = 16'h0000;
    act_buf[231] = 16'h0000;
    act_buf[232] = 16'h0000;
    act_buf[233] = 16'h0000;
    act_buf[234] = 16'h0000;
    act_buf[235] = 16'h0000;
    act_buf[236] = 16'h0000;
    act_buf[237] = 16'h0000;
    act_buf[238] = 16'h0000;
    act_buf[239] = 16'h0000;
    act_buf[240] = 16'h0000;
    act_buf[241] = 16'h0000;
    act_buf[242] = 16'h0000;
    act_buf[243] = 16'h0000;
    act_buf[244] = 16'h0000;
    act_buf[245] = 16'h0000;
    act_buf[246] = 16'h0000;
    act_buf[247] = 16'h0000;
    act_buf[248] = 16'h0000;
    act_buf[249] = 16'h0000;
    act_buf[250] = 16'h0000;
    act_buf[251] = 16'h0000;
    act_buf[252] = 16'h0000;
    act_buf[253] = 16'h0000;
    act_buf[254] = 16'h0000;
    act_buf[255] = 16'h0000;
  end
  always @(posedge clk) begin
    if (act_en_q[0])
      act_buf[act_addr_q][3:0] <= act_data_q[3:0];
    if (act_en_q[1])
      act_buf[act_addr_q][7:4] <= act_data_q[7:4];
    if (act_en_q[2])
      act_buf[act_addr_q][11:8] <= act_data_q[11:8];
    if (act_en_q[3])
      act_buf[act_addr_q][15:12] <= act_data_q[15:12];
  end
  reg [15:0] _0_;
  always @(posedge clk) begin
    if (act_rd__en) begin
      _0_ <= act_buf[act_rd__addr];
    end
  end
  assign \$signature__data  = _0_;
  reg [63:0] thresh_out_buf [255:0];
  initial begin
    thresh_out_buf[0] = 64'h0000000000000000;
    thresh_out_buf[1] = 64'h0000000000000000;
    thresh_out_buf[2] = 64'h0000000000000000;
    thresh_out_buf[3] = 64'h0000000000000000;
    thresh_out_buf[4] = 64'h0000000000000000;
    thresh_out_buf[5] = 64'h0000000000000000;
    thresh_out_buf[6] = 64'h0000000000000000;
    thresh_out_buf[7] = 64'h0000000000000000;
    thresh_out_buf[8] = 64'h0000000000000000;
    thresh_out_buf[9] = 64'h0000000000000000;
    thresh_out_buf[10] = 64'h0000000000000000;
    thresh_out_buf[11] = 64'h0000000000000000;
    thresh_out_buf[12] = 64'h0000000000000000;
    thresh_out_buf[13] = 64'h0000000000000000;
    thresh_out_buf[14] = 64'h0000000000000000;
    thresh_out_buf[15] = 64'h0000000000000000;
    thresh_out_buf[16] = 64'h0000000000000000;
    thresh_out_buf[17] = 64'h0000000000000000;
    thresh_out_buf[18] = 64'h0000000000000000;
    thresh_out_buf[19] = 64'h0000000000000000;
    thresh_out_buf[20] = 64'h0000000000000000;
    thresh_out_buf[21] = 64'h0000000000000000;
    thresh_out_buf[22] = 64'h0000000000000000;
    thresh_out_buf[23] = 64'h0000000000000000;
    thresh_out_buf[24] = 64'h0000000000000000;
    thresh_out_buf[25] = 64'h0000000000000000;
    thresh_out_buf[26] = 64'h0000000000000000;
    thresh_out_buf[27] = 64'h0000000000000000;
    thresh_out_buf[28] = 64'h0000000000000000;
    thresh_out_buf[29] = 64'h0000000000000000;
    thresh_out_buf[30] = 64'h0000000000000000;
    thresh_out_buf[31] = 64'h0000000000000000;
    thresh_out_buf[32] = 64'h0000000000000000;
    thresh_out_buf[33] = 64'h0000000000000000;
    thresh_out_buf[34] = 64'h0000000000000000;
    thresh_out_buf[35] = 64'h0000000000000000;
    thresh_out_buf[36] = 64'h0000000000000000;
    thresh_out_buf[37] = 64'h0000000000000000;
    thresh_out_buf[38] = 64'h0000000000000000;
    thresh_out_buf[39] = 64'h0000000000000000;
    thresh_out_buf[40] = 64'h0000000000000000;
    thresh_out_buf[41] = 64'h0000000000000000;
    thresh_out_buf[42] = 64'h0000000000000000;
    thresh_out_buf[43] = 64'h0000000000000000;
    thresh_out_buf[44] = 64'h0000000000000000;
    thresh_out_buf[45] = 64'h0000000000000000;
    thresh_out_buf[46] = 64'h0000000000000000;
    thresh_out_buf[47] = 64'h0000000000000000;
    thresh_out_buf[48] = 64'h0000000000000000;
    thresh_out_buf[49] = 64'h0000000000000000;
    thresh_out_buf[50] = 64'h0000000000000000;
    thresh_out_buf[51] = 64'h0000000000000000;
    thresh_out_buf[52] = 64'h0000000000000000;
    thresh_out_buf[53] = 64'h0000000000000000;
    thresh_out_buf[54] = 64'h0000000000000000;
    thresh_out_buf[55] = 64'h0000000000000000;
    thresh_out_buf[56] = 64'h0000000000000000;
    thresh_out_buf[57] = 64'h0000000000000000;
    thresh_out_buf[58] = 64'h0000000000000000;
    thresh_out_buf[59] = 64'h0000000000000000;
    thresh_out_buf[60] = 64'h0000000000000000;
    thresh_out_buf[61] = 64'h0000000000000000;
    thresh_out_buf[62] = 64'h0000000000000000;
    thresh_out_buf[63] = 64'h0000000000000000;
    thresh_out_buf[64] = 64'h0000000000000000;
    thresh_out_buf[65] = 64'h0000000000000000;
    thresh_out_buf[66] = 64'h0000000000000000;
    thresh_out_buf[67] = 64'h0000000000000000;
    thresh_out_buf[68] = 64'h0000000000000000;
    thresh_out_buf[69] = 64'h0000000000000000;
    thresh_out_buf[70] = 64'h0000000000000000;
    thresh_out_buf[71] = 64'h0000000000000000;
    thresh_out_buf[72] = 64'h0000000000000000;
    thresh_out_buf[73] = 64'h0000000000000000;
    thresh_out_buf[74] = 64'h0000000000000000;
    thresh_out_buf[75] = 64'h0000000000000000;
    thresh_out_buf[76] = 64'h0000000000000000;
    thresh_out_buf[77] = 64'h0000000000000000;
    thresh_out_buf[78] = 64'h0000000000000000;
    thresh_out_buf[79] = 64'h0000000000000000;
    thresh_out_buf[80] = 64'h0000000000000000;
    thresh_out_buf[81] = 64'h0000000000000000;
    thresh_out_buf[82] = 64'h0000000000000000;
    thresh_out_buf[83] = 64'h0000000000000000;
    thresh_out_buf[84] = 64'h0000000000000000;
    thresh_out_buf[85] = 64'h0000000000000000;
    thresh_out_buf[86] = 64'h0000000000000000;
    thresh_out_buf[87] = 64'h0000000000000000;
    thresh_out_buf[88] = 64'h0000000000000000;
    thresh_out_buf[89] = 64'h0000000000000000;
    thresh_out_buf[90] = 64'h0000000000000000;
    thresh_out_buf[91] = 64'h0000000000000000;
    thresh_out_buf[92] = 64'h0000000000000000;
    thresh_out_buf[93] = 64'h0000000000000000;
    thresh_out_buf[94] = 64'h0000000000000000;
    thresh_out_buf[95] = 64'h0000000000000000;
    thresh_out_buf[96] = 64'h0000000000000000;
    thresh_out_buf[97] = 64'h0000000000000000;
    thresh_out_buf[98] = 64'h0000000000000000;
    thresh_out_buf[99] = 64'h0000000000000000;
    thresh_out_buf[100] = 64'h0000000000000000;
    thresh_out_buf[101] = 64'h0000000000000000;
    thresh_out_buf[102] = 64'h0000000000000000;
    thresh_out_buf[103] = 64'h0000000000000000;
    thresh_out_buf[104] = 64'h0000000000000000;
    thresh_out_buf[105] = 64'h0000000000000000;
    thresh_out_buf[106] = 64'h0000000000000000;
    thresh_out_buf[107] = 64'h0000000000000000;
    thresh_out_buf[108] = 64'h0000000000000000;
    thresh_out_buf[109] = 64'h0000000000000000;
    thresh_out_buf[110] = 64'h0000000000000000;
    thresh_out_buf[111] = 64'h0000000000000000;
    thresh_out_buf[112] = 64'h0000000000000000;
    thresh_out_buf[113] = 64'h0000000000000000;
    thresh_out_buf[114] = 64'h0000000000000000;
    thresh_out_buf[115] = 64'h0000000000000000;
    thresh_out_buf[116] = 64'h0000000000000000;
    thresh_out_buf[117] = 64'h0000000000000000;
    thresh_out_buf[118] = 64'h0000000000000000;
    thresh_out_buf[119] = 64'h0000000000000000;
    thresh_out_buf[120] = 64'h0000000000000000;
    thresh_out_buf[121] = 64'h0000000000000000;
    thresh_out_buf[122] = 64'h0000000000000000;
    thresh_out_buf[123] = 64'h0000000000000000;
    thresh_out_buf[124] = 64'h0000000000000000;
    thresh_out_buf[125] = 64'h0000000000000000;
    thresh_out_buf[126] = 64'h0000000000000000;
    thresh_out_buf[127] = 64'h0000000000000000;
    thresh_out_buf[128] = 64'h0000000000000000;
    thresh_out_buf[129] = 64'h0000000000000000;
    thresh_out_buf[130] = 64'h0000000000000000;
    thresh_out_buf[131] = 64'h0000000000000000;
    thresh_out_buf[132] = 64'h0000000000000000;
    thresh_out_buf[133] = 64'h0000000000000000;
    thresh_out_buf[134] = 64'h0000000000000000;
    thresh_out_buf[135] = 64'h0000000000000000;
    thresh_out_buf[136] = 64'h0000000000000000;
    thresh_out_buf[137] = 64'h0000000000000000;
    thresh_out_buf[138] = 64'h0000000000000000;
    thresh_out_buf[139] = 64'h0000000000000000;
    thresh_out_buf[140] = 64'h0000000000000000;
    thresh_out_buf[141] = 64'h0000000000000000;
    thresh_out_buf[142] = 64'h0000000000000000;
    thresh_out_buf[143] = 64'h0000000000000000;
    thresh_out_buf[144] = 64'h0000000000000000;
    thresh_out_buf[145] = 64'h0000000000000000;
    thresh_out_buf[146] = 64'h0000000000000000;
    thresh_out_buf[147] = 64'h0000000000000000;
    thresh_out_buf[148] = 64'h0000000000000000;
    thresh_out_buf[149] = 64'h0000000000000000;
    thresh_out_buf[150] = 64'h0000000000000000;
    thresh_out_buf[151] = 64'h0000000000000000;
    thresh_out_buf[152] = 64'h0000000000000000;
    thresh_out_buf[153] = 64'h0000000000000000;
    thresh_out_buf[154] = 64'h0000000000000000;
    thresh_out_buf[155] = 64'h0000000000000000;
    thresh_out_buf[156] = 64'h0000000000000000;
    thresh_out_buf[157] = 64'h0000000000000000;
    thresh_out_buf[158] = 64'h0000000000000000;
    thresh_out_buf[159] = 64'h0000000000000000;
    thresh_out_buf[160] = 64'h0000000000000000;
    thresh_out_buf[161] = 64'h0000000000000000;
    thresh_out_buf[162] = 64'h0000000000000000;
    thresh_out_buf[163] = 64'h0000000000000000;
    thresh_out_buf[164] = 64'h0000000000000000;
    thresh_out_buf[165] = 64'h0000000000000000;
    thresh_out_buf[166] = 64'h0000000000000000;
    thresh_out_buf[167] = 64'h0000000000000000;
    thresh_out_buf[168] = 64'h0000000000000000;
    thresh_out_buf[169] = 64'h0000000000000000;
    thresh_out_buf[170] = 64'h0000000000000000;
    thresh_out_buf[171] = 64'h0000000000000000;
    thresh_out_buf[172] = 64'h0000000000000000;
    thresh_out_buf[173] = 64'h0000000000000000;
    thresh_out_buf[174] = 64'h0000000000000000;
    thresh_out_buf[175] = 64'h0000000000000000;
    thresh_out_buf[176] = 64'h0000000000000000;
    thresh_out_buf[177] = 64'h0000000000000000;
    thresh_out_buf[178] = 64'h0000000000000000;
    thresh_out_buf[179] = 64'h0000000000000000;
    thresh_out_buf[180] = 64'h0000000000000000;
    thresh_out_buf[181] = 64'h0000000000000000;
    thresh_out_buf[182] = 64'h0000000000000000;
    thresh_out_buf[183] = 64'h0000000000000000;
    thresh_out_buf[184] = 64'h0000000000000000;
    thresh_out_buf[185] = 64'h0000000000000000;
    thresh_out_buf[186] = 64'h0000000000000000;
    thresh_out_buf[187] = 64'h0000000000000000;
    thresh_out_buf[188] = 64'h0000000000000000;
    thresh_out_buf[189] = 64'h0000000000000000;
    thresh_out_buf[190] = 64'h0000000000000000;
    thresh_out_buf[191] = 64'h0000000000000000;
    thresh_out_buf[192] = 64'h0000000000000000;
    thresh_out_buf[193] = 64'h0000000000000000;
    thresh_out_buf[194] = 64'h0000000000000000;
    thresh_out_buf[195] = 64'h0000000000000000;
    thresh_out_buf[196] = 64'h0000000000000000;
    thresh_out_buf[197] = 64'h0000000000000000;
    thresh_out_buf[198] = 64'h0000000000000000;
    thresh_out_buf[199] = 64'h0000000000000000;
    thresh_out_buf[200] = 64'h0000000000000000;
    thresh_out_buf[201] = 64'h0000000000000000;
    thresh_out_buf[202] = 64'h0000000000000000;
    thresh_out_buf[203] = 64'h0000000000000000;
    thresh_out_buf[204] = 64'h0000000000000000;
    thresh_out_buf[205] = 64'h0000000000000000;
    thresh_out_buf[206] = 64'h0000000000000000;
    thresh_out_buf[207] = 64'h0000000000000000;
    thresh_out_buf[208] = 64'h0000000000000000;
    thresh_out_buf[209] = 64'h0000000000000000;
    thresh_out_buf[210] = 64'h0000000000000000;
    thresh_out_buf[211] = 64'h0000000000000000;
    thresh_out_buf[212] = 64'h0000000000000000;
    thresh_out_buf[213] = 64'h0000000000000000;
    thresh_out_buf[214] = 64'h0000000000000000;
    thresh_out_buf[215] = 64'h0000000000000000;
    thresh_out_buf[216] = 64'h0000000000000000;
    thresh_out_buf[217] = 64'h0000000000000000;
    thresh_out_buf[218] = 64'h0000000000000000;
    thresh_out_buf[219] = 64'h0000000000000000;
    thresh_out_buf[220] = 64'h0000000000000000;
    thresh_out_buf[221] = 64'h0000000000000000;
    thresh_out_buf[222] = 64'h0000000000000000;
    thresh_out_buf[223] = 64'h0000000000000000;
    thresh_out_buf[224] = 64'h0000000000000000;
    thresh_out_buf[225] = 64'h0000000000000000;
    thresh_out_buf[226] = 64'h0000000000000000;
    thresh_out_buf[227] = 64'h0000000000000000;
    thresh_out_buf[228] = 64'h0000000000000000;
    thresh_out_buf[229] = 64'h0000000000000000;
    thresh_out_buf[230] = 64'h0000000000000000;
    thresh_out_buf[231] = 64'h0000000000000000;
    thresh_out_buf[232] = 64'h0000000000000000;
    thresh_out_buf[233] = 64'h0000000000000000;
    thresh_out_buf[234] = 64'h0000000000000000;
    thresh_out_buf[235] = 64'h0000000000000000;
    thresh_out_buf[236] = 64'h0000000000000000;
    thresh_out_buf[237] = 64'h0000000000000000;
    thresh_out_buf[238] = 64'h0000000000000000;
    thresh_out_buf[239] = 64'h0000000000000000;
    thresh_out_buf[240] = 64'h0000000000000000;
    thresh_out_buf[241] = 64'h0000000000000000;
    thresh_out_buf[242] = 64'h0000000000000000;
    thresh_out_buf[243] = 64'h0000000000000000;
    thresh_out_buf[244] = 64'h0000000000000000;
    thresh_out_buf[245] = 64'h0000000000000000;
    thresh_out_buf[246] = 64'h0000000000000000;
    thresh_out_buf[247] = 64'h0000000000000000;
    thresh_out_buf[248] = 64'h0000000000000000;
    thresh_out_buf[249] = 64'h0000000000000000;
    thresh_out_buf[250] = 64'h0000000000000000;
    thresh_out_buf[251] = 64'h0000000000000000;
    thresh_out_buf[252] = 64'h0000000000000000;
    thresh_out_buf[253] = 64'h0000000000000000;
    thresh_out_buf[254] = 64'h0000000000000000;
    thresh_out_buf[255] = 64'h0000000000000000;
  end
  always @(posedge clk) begin
    if (thresh_out_en_q[0])
      thresh_out_buf[thresh_out_addr_q][15:0] <= thresh_out_data_q[15:0];
    if (thresh_out_en_q[1])
      thresh_out_buf[thresh_out_addr_q][31:16] <= thresh_out_data_q[31:16];
    if (thresh_out_en_q[2])
      thresh_out_buf[thresh_out_addr_q][47:32] <= thresh_out_data_q[47:32];
    if (thresh_out_en_q[3])
      thresh_out_buf[thresh_out_addr_q][63:48] <= thresh_out_data_q[63:48];
  end
  reg [63:0] _1_;
  always @(posedge clk) begin
    if (tob_r__en) begin
      _1_ <= thresh_out_buf[tob_r__addr];
    end
  end
  assign tob_data = _1_;
  reg [63:0] weight_buf [255:0];
  initial begin
    weight_buf[0] = 64'h0000000000000000;
    weight_buf[1] = 64'h0000000000000000;
    weight_buf[2] = 64'h0000000000000000;
    weight_buf[3] = 64'h0000000000000000;
    weight_buf[4] = 64'h0000000000000000;
    weight_buf[5] = 64'h0000000000000000;
    weight_buf[6] = 64'h0000000000000000;
    weight_buf[7] = 64'h0000000000000000;
    weight_buf[8] = 64'h0000000000000000;
    weight_buf[9] = 64'h0000000000000000;
    weight_buf[10] = 64'h0000000000000000;
    weight_buf[11] = 64'h0000000000000000;
    weight_buf[12] = 64'h0000000000000000;
    weight_buf[13] = 64'h0000000000000000;
    weight_buf[14] = 64'h0000000000000000;
    weight_buf[15] = 64'h0000000000000000;
    weight_buf[16] = 64'h0000000000000000;
    weight_buf[17] = 64'h0000000000000000;
    weight_buf[18] = 64'h0000000000000000;
    weight_buf[19] = 64'h0000000000000000;
    weight_buf[20] = 64'h0000000000000000;
    weight_buf[21] = 64'h0000000000000000;
    weight_buf[22] = 64'h0000000000000000;
    weight_buf[23] = 64'h0000000000000000;
    weight_buf[24] = 64'h0000000000000000;
    weight_buf[25] = 64'h0000000000000000;
    weight_buf[26] = 64'h0000000000000000;
    weight_buf[27] = 64'h0000000000000000;
    weight_buf[28] = 64'h0000000000000000;
    weight_buf[29] = 64'h0000000000000000;
    weight_buf[30] = 64'h0000000000000000;
    weight_buf[31] = 64'h0000000000000000;
    weight_buf[32] = 64'h0000000000000000;
    weight_buf[33] = 64'h0000000000000000;
    weight_buf[34] = 64'h0000000000000000;
    weight_buf[35] = 64'h0000000000000000;
    weight_buf[36] = 64'h0000000000000000;
    weight_buf[37] = 64'h0000000000000000;
    weight_buf[38] = 64'h0000000000000000;
    weight_buf[39] = 64'h0000000000000000;
    weight_buf[40] = 64'h0000000000000000;
    weight_buf[41] = 64'h0000000000000000;
    weight_buf[42] = 64'h0000000000000000;
    weight_buf[43] = 64'h0000000000000000;
    weight_buf[44] = 64'h0000000000000000;
    weight_buf[45] = 64'h0000000000000000;
    weight_buf[46] = 64'h0000000000000000;
    weight_buf[47] = 64'h0000000000000000;
    weight_buf[48] = 64'h0000000000000000;
    weight_buf[49] = 64'h0000000000000000;
    weight_buf[50] = 64'h0000000000000000;
    weight_buf[51] = 64'h0000000000000000;
    weight_buf[52] = 64'h0000000000000000;
    weight_buf[53] = 64'h0000000000000000;
    weight_buf[54] = 64'h0000000000000000;
    weight_buf[55] = 64'h0000000000000000;
    weight_buf[56] = 64'h0000000000000000;
    weight_buf[57] = 64'h0000000000000000;
    weight_buf[58] = 64'h0000000000000000;
    weight_buf[59] = 64'h0000000000000000;
    weight_buf[60] = 64'h0000000000000000;
    weight_buf[61] = 64'h0000000000000000;
    weight_buf[62] = 64'h0000000000000000;
    weight_buf[63] = 64'h0000000000000000;
    weight_buf[64] = 64'h0000000000000000;
    weight_buf[65] = 64'h0000000000000000;
    weight_buf[66] = 64'h0000000000000000;
    weight_buf[67] = 64'h0000000000000000;
    weight_buf[68] = 64'h0000000000000000;
    weight_buf[69] = 64'h0000000000000000;
    weight_buf[70] = 64'h0000000000000000;
    weight_buf[71] = 64'h0000000000000000;
    weight_buf[72] = 64'h0000000000000000;
    weight_buf[73] = 64'h0000000000000000;
    weight_buf[74] = 64'h0000000000000000;
    weight_buf[75] = 64'h0000000000000000;
    weight_buf[76] = 64'h0000000000000000;
    weight_buf[77] = 64'h0000000000000000;
    weight_buf[78] = 64'h0000000000000000;
    weight_buf[79] = 64'h0000000000000000;
    weight_buf[80] = 64'h0000000000000000;
    weight_buf[81] = 64'h0000000000000000;
    weight_buf[82] = 64'h0000000000000000;
    weight_buf[83] = 64'h0000000000000000;
    weight_buf[84] = 64'h0000000000000000;
    weight_buf[85] = 64'h0000000000000000;
    weight_buf[86] = 64'h0000000000000000;
    weight_buf[87] = 64'h0000000000000000;
    weight_buf[88] = 64'h0000000000000000;
    weight_buf[89] = 64'h0000000000000000;
    weight_buf[90] = 64'h0000000000000000;
    weight_buf[91] = 64'h0000000000000000;
    weight_buf[92] = 64'h0000000000000000;
    weight_buf[93] = 64'h0000000000000000;
    weight_buf[94] = 64'h0000000000000000;
    weight_buf[95] = 64'h0000000000000000;
    weight_buf[96] = 64'h0000000000000000;
    weight_buf[97] = 64'h0000000000000000;
    weight_buf[98] = 64'h0000000000000000;
    weight_buf[99] = 64'h0000000000000000;
    weight_buf[100] = 64'h0000000000000000;
    weight_buf[101] = 64'h0000000000000000;
    weight_buf[102] = 64'h0000000000000000;
    weight_buf[103] = 64'h0000000000000000;
    weight_buf[104] = 64'h0000000000000000;
    weight_buf[105] = 64'h0000000000000000;
    weight_buf[106] = 64'h0000000000000000;
    weight_buf[107] = 64'h0000000000000000;
    weight_buf[108] = 64'h0000000000000000;
    weight_buf[109] = 64'h0000000000000000;
    weight_buf[110] = 64'h0000000000000000;
    weight_buf[111] = 64'h0000000000000000;
    weight_buf[112] = 64'h0000000000000000;
    weight_buf[113] = 64'h0000000000000000;
    weight_buf[114] = 64'h0000000000000000;
    weight_buf[115] = 64'h0000000000000000;
    weight_buf[116] = 64'h0000000000000000;
    weight_buf[117] = 64'h0000000000000000;
    weight_buf[118] = 64'h0000000000000000;
    weight_buf[119] = 64'h0000000000000000;
    weight_buf[120] = 64'h0000000000000000;
    weight_buf[121] = 64'h0000000000000000;
    weight_buf[122] = 64'h0000000000000000;
    weight_buf[123] = 64'h0000000000000000;
    weight_buf[124] = 64'h0000000000000000;
    weight_buf[125] = 64'h0000000000000000;
    weight_buf[126] = 64'h0000000000000000;
    weight_buf[127] = 64'h0000000000000000;
    weight_buf[128] = 64'h0000000000000000;
    weight_buf[129] = 64'h0000000000000000;
    weight_buf[130] = 64'h0000000000000000;
    weight_buf[131] = 64'h0000000000000000;
    weight_buf[132] = 64'h0000000000000000;
    weight_buf[133] = 64'h0000000000000000;
    weight_buf[134] = 64'h0000000000000000;
    weight_buf[135] = 64'h0000000000000000;
    weight_buf[136] = 64'h0000000000000000;
    weight_buf[137] = 64'h0000000000000000;
    weight_buf[138] = 64'h0000000000000000;
    weight_buf[139] = 64'h0000000000000000;
    weight_buf[140] = 64'h0000000000000000;
    weight_buf[141] = 64'h0000000000000000;
    weight_buf[142] = 64'h0000000000000000;
    weight_buf[143] = 64'h0000000000000000;
    weight_buf[144] = 64'h0000000000000000;
    weight_buf[145] = 64'h0000000000000000;
    weight_buf[146] = 64'h0000000000000000;
    weight_buf[147] = 64'h0000000000000000;
    weight_buf[148] = 64'h0000000000000000;
    weight_buf[149] = 64'h0000000000000000;
    weight_buf[150] = 64'h0000000000000000;
    weight_buf[151] = 64'h0000000000000000;
    weight_buf[152] = 64'h0000000000000000;
    weight_buf[153] = 64'h0000000000000000;
    weight_buf[154] = 64'h0000000000000000;
    weight_buf[155] = 64'h0000000000000000;
    weight_buf[156] = 64'h0000000000000000;
    weight_buf[157] = 64'h0000000000000000;
    weight_buf[158] = 64'h0000000000000000;
    weight_buf[159] = 64'h0000000000000000;
    weight_buf[160] = 64'h0000000000000000;
    weight_buf[161] = 64'h0000000000000000;
    weight_buf[162] = 64'h0000000000000000;
    weight_buf[163] = 64'h0000000000000000;
    weight_buf[164] = 64'h0000000000000000;
    weight_buf[165] = 64'h0000000000000000;
    weight_buf[166] = 64'h0000000000000000;
    weight_buf[167] = 64'h0000000000000000;
    weight_buf[168] = 64'h0000000000000000;
    weight_buf[169] = 64'h0000000000000000;
    weight_buf[170] = 64'h0000000000000000;
    weight_buf[171] = 64'h0000000000000000;
    weight_buf[172] = 64'h0000000000000000;
    weight_buf[173] = 64'h0000000000000000;
    weight_buf[174] = 64'h0000000000000000;
    weight_buf[175] = 64'h0000000000000000;
    weight_buf[176] = 64'h0000000000000000;
    weight_buf[177] = 64'h0000000000000000;
    weight_buf[178] = 64'h0000000000000000;
    weight_buf[179] = 64'h0000000000000000;
    weight_buf[180] = 64'h0000000000000000;
    weight_buf[181] = 64'h0000000000000000;
    weight_buf[182] = 64'h0000000000000000;
    weight_buf[183] = 64'h0000000000000000;
    weight_buf[184] = 64'h0000000000000000;
    weight_buf[185] = 64'h0000000000000000;
    weight_buf[186] = 64'h0000000000000000;
    weight_buf[187] = 64'h0000000000000000;
    weight_buf[188] = 64'h0000000000000000;
    weight_buf[189] = 64'h0000000000000000;
    weight_buf[190] = 64'h0000000000000000;
    weight_buf[191] = 64'h0000000000000000;
    weight_buf[192] = 64'h0000000000000000;
    weight_buf[193] = 64'h0000000000000000;
    weight_buf[194] = 64'h0000000000000000;
    weight_buf[195] = 64'h0000000000000000;
    weight_buf[196] = 64'h0000000000000000;
    weight_buf[197] = 64'h0000000000000000;
    weight_buf[198] = 64'h0000000000000000;
    weight_buf[199] = 64'h0000000000000000;
    weight_buf[200] = 64'h0000000000000000;
    weight_buf[201] = 64'h0000000000000000;
    weight_buf[202] = 64'h0000000000000000;
    weight_buf[203] = 64'h0000000000000000;
    weight_buf[204] = 64'h0000000000000000;
    weight_buf[205] = 64'h0000000000000000;
    weight_buf[206] = 64'h0000000000000000;
    weight_buf[207] = 64'h0000000000000000;
    weight_buf[208] = 64'h0000000000000000;
    weight_buf[209] = 64'h0000000000000000;
    weight_buf[210] = 64'h0000000000000000;
    weight_buf[211] = 64'h0000000000000000;
    weight_buf[212] = 64'h0000000000000000;
    weight_buf[213] = 64'h0000000000000000;
    weight_buf[214] = 64'h0000000000000000;
    weight_buf[215] = 64'h0000000000000000;
    weight_buf[216] = 64'h0000000000000000;
    weight_buf[217] = 64'h0000000000000000;
    weight_buf[218] = 64'h0000000000000000;
    weight_buf[219] = 64'h0000000000000000;
    weight_buf[220] = 64'h0000000000000000;
    weight_buf[221] = 64'h0000000000000000;
    weight_buf[222] = 64'h0000000000000000;
    weight_buf[223] = 64'h0000000000000000;
    weight_buf[224] = 64'h0000000000000000;
    weight_buf[225] = 64'h0000000000000000;
    weight_buf[226] = 64'h0000000000000000;
    weight_buf[227] = 64'h0000000000000000;
    weight_buf[228] = 64'h0000000000000000;
    weight_buf[229] = 64'h0000000000000000;
    weight_buf[230] = 64'h0000000000000000;
    weight_buf[231] = 64'h0000000000000000;
    weight_buf[232] = 64'h0000000000000000;
    weight_buf[233] = 64'h0000000000000000;
    weight_buf[234] = 64'h0000000000000000;
    weight_buf[235] = 64'h0000000000000000;
    weight_buf[236] = 64'h0000000000000000;
    weight_buf[237] = 64'h0000000000000000;
    weight_buf[238] = 64'h0000000000000000;
    weight_buf[239] = 64'h0000000000000000;
    weight_buf[240] = 64'h0000000000000000;
    weight_buf[241] = 64'h0000000000000000;
    weight_buf[242] = 64'h0000000000000000;
    weight_buf[243] = 64'h0000000000000000;
    weight_buf[244] = 64'h0000000000000000;
    weight_buf[245] = 64'h0000000000000000;
    weight_buf[246] = 64'h0000000000000000;
    weight_buf[247] = 64'h0000000000000000;
    weight_buf[248] = 64'h0000000000000000;
    weight_buf[249] = 64'h0000000000000000;
    weight_buf[250] = 64'h0000000000000000;
    weight_buf[251] = 64'h0000000000000000;
    weight_buf[252] = 64'h0000000000000000;
    weight_buf[253] = 64'h0000000000000000;
    weight_buf[254] = 64'h0000000000000000;
    weight_buf[255] = 64'h0000000000000000;
  end
  always @(posedge clk) begin
    if (weight_en_q[0])
      weight_buf[weight_addr_q][15:0] <= weight_data_q[15:0];
    if (weight_en_q[1])
      weight_buf[weight_addr_q][31:16] <= weight_data_q[31:16];
    if (weight_en_q[2])
      weight_buf[weight_addr_q][47:32] <= weight_data_q[47:32];
    if (weight_en_q[3])
      weight_buf[weight_addr_q][63:48] <= weight_data_q[63:48];
  end
  reg [63:0] _2_;
  always @(posedge clk) begin
    if (weight_rd__en) begin
      _2_ <= weight_buf[weight_rd__addr];
    end
  end
  assign \$signature__data$24  = _2_;
  always @(posedge clk)
    act_addr_q <= act_wr__addr;
  always @(posedge clk)
    act_data_q <= act_wr__data;
  always @(posedge clk)
    act_en_q <= \$2 ;
  always @(posedge clk)
    weight_addr_q <= weight_wr__addr;
  always @(posedge clk)
    weight_data_q <= weight_wr__data;
  always @(posedge clk)
    weight_en_q <= \$3 ;
  always @(posedge clk)
    thresh_out_addr_q <= tob_wr__addr;
  always @(posedge clk)
    thresh_out_data_q <= tob_wr__data;
  always @(posedge clk)
    thresh_out_en_q <= \$4 ;
  always @(posedge clk)
    act_q <= \$5 ;
  always @(posedge clk)
    wgt_q <= \$signature__data$24 ;
  assign \$1  = ~ act_hold;
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$2  = act_wr__en;
    if (rst) begin
      \$2  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$3  = weight_wr__en;
    if (rst) begin
      \$3  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$4  = tob_wr__en;
    if (rst) begin
      \$4  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$5  = act_q;
    if (\$1 ) begin
      \$5  = \$signature__data ;
    end
  end
  assign \$signature__addr  = act_addr_q;
  assign \$signature__data$26  = act_data_q;
  assign \$signature__en  = act_en_q;
  assign \$signature__addr$28  = weight_addr_q;
  assign \$signature__data$29  = weight_data_q;
  assign \$signature__en$30  = weight_en_q;
  assign \$signature__addr$31  = thresh_out_addr_q;
  assign \$signature__data$32  = thresh_out_data_q;
  assign \$signature__en$33  = thresh_out_en_q;
  assign \$signature__addr$34  = act_rd__addr;
  assign \$signature__en$36  = act_rd__en;
  assign \$signature__addr$38  = weight_rd__addr;
  assign \$signature__en$40  = weight_rd__en;
  assign tob_rd__addr = tob_r__addr;
  assign tob_rd__en = tob_r__en;
  assign act_data = act_q;
  assign weight_data = wgt_q;
  assign tob_r__data = tob_data;
endmodule

(* generator = "Amaranth" *)
module \accel_top.controller (imem_we, imem_addr, imem_data, clk, rst, done, error, busy, clear, load__refused, load__done, load__busy, load__push, store__refused, gemm__refused, gemm__busy, post__refused, post__busy, inc, fetched, load__start
, store__start, gemm__start, post__start, load__issue, load__instr, store__done, gemm__done, post__push, post__done, post__acc_hold, start);
  reg \$auto$verilog_backend.cc:2355:dump_module$2  = 0;
  wire \$1 ;
  wire \$10 ;
  wire [2:0] \$100 ;
  wire \$101 ;
  wire [16:0] \$102 ;
  wire \$103 ;
  wire [16:0] \$104 ;
  wire [16:0] \$105 ;
  wire [16:0] \$106 ;
  wire [9:0] \$107 ;
  reg \$108 ;
  reg [8:0] \$109 ;
  wire \$11 ;
  reg [9:0] \$110 ;
  reg [127:0] \$111 ;
  reg [127:0] \$112 ;
  reg [5:0] \$113 ;
  reg \$114 ;
  reg [2:0] \$115 ;
  reg [3:0] \$116 ;
  reg [3:0] \$117 ;
  reg [1:0] \$118 ;
  reg [127:0] \$119 ;
  wire \$12 ;
  reg [15:0] \$120 ;
  reg \$121 ;
  reg [15:0] \$122 ;
  reg [15:0] \$123 ;
  reg [15:0] \$124 ;
  reg [8:0] \$125 ;
  reg [15:0] \$126 ;
  reg [15:0] \$127 ;
  reg [15:0] \$128 ;
  reg [8:0] \$129 ;
  wire \$13 ;
  wire \$14 ;
  wire \$15 ;
  wire \$16 ;
  wire \$17 ;
  wire \$18 ;
  wire \$19 ;
  wire \$2 ;
  wire [15:0] \$20 ;
  wire [16:0] \$21 ;
  wire \$22 ;
  wire \$23 ;
  wire \$24 ;
  wire [8:0] \$25 ;
  wire [10:0] \$26 ;
  wire \$27 ;
  wire \$28 ;
  wire \$29 ;
  wire \$3 ;
  wire \$30 ;
  wire \$31 ;
  wire \$32 ;
  wire \$33 ;
  wire \$34 ;
  wire \$35 ;
  wire [15:0] \$36 ;
  wire [16:0] \$37 ;
  wire \$38 ;
  wire \$39 ;
  wire \$4 ;
  wire \$40 ;
  wire [15:0] \$41 ;
  wire [16:0] \$42 ;
  wire \$43 ;
  wire \$44 ;
  wire \$45 ;
  wire \$46 ;
  wire \$47 ;
  wire \$48 ;
  wire \$49 ;
  wire \$5 ;
  wire \$50 ;
  wire \$51 ;
  wire \$52 ;
  wire \$53 ;
  wire \$54 ;
  wire \$55 ;
  wire \$56 ;
  wire \$57 ;
  wire \$58 ;
  wire \$59 ;
  wire \$6 ;
  wire \$60 ;
  wire [10:0] \$61 ;
  wire \$62 ;
  wire \$63 ;
  wire \$64 ;
  wire \$65 ;
  wire \$66 ;
  wire \$67 ;
  wire \$68 ;
  wire \$69 ;
  wire \$7 ;
  wire \$70 ;
  wire \$71 ;
  wire \$72 ;
  wire \$73 ;
  wire [10:0] \$74 ;
  wire [10:0] \$75 ;
  wire [10:0] \$76 ;
  wire \$77 ;
  wire \$78 ;
  wire \$79 ;
  wire \$8 ;
  wire \$80 ;
  wire \$81 ;
  wire \$82 ;
  wire \$83 ;
  wire \$84 ;
  wire \$85 ;
  wire \$86 ;
  wire \$87 ;
  wire \$88 ;
  wire \$89 ;
  wire \$9 ;
  wire \$90 ;
  wire \$91 ;
  wire \$92 ;
  wire \$93 ;
  wire [4:0] \$94 ;
  wire [5:0] \$95 ;
  wire [4:0] \$96 ;
  wire [5:0] \$97 ;
  wire [2:0] \$98 ;
  wire \$99 ;
  wire [9:0] \$like ;
  reg [15:0] \$signal  = 16'h0000;
  reg [15:0] \$signal$22  = 16'h0000;
  reg [8:0] \$signal$23  = 9'h000;
  reg [8:0] \$signal$24  = 9'h000;
  reg [15:0] \$signal$25  = 16'h0000;
  reg [15:0] \$signal$26  = 16'h0000;
  reg [15:0] \$signal$27  = 16'h0000;
  reg [15:0] \$signal$28  = 16'h0000;
  reg \$signal$68 ;
  wire [15:0] \$signal$79 ;
  wire [15:0] \$signal$80 ;
  wire [15:0] \$signal$81 ;
  wire [8:0] \$signal$82 ;
  wire [8:0] \$signature__addr ;
  wire [127:0] \$signature__data ;
  wire [15:0] \$signature__en ;
  reg at_end = 1'h0;
  reg bad;
  reg blocked;
  output busy;
  wire busy;
  output clear;
  wire clear;
  input clk;
  wire clk;
  output done;
  wire done;
  output error;
  wire error;
  (* init = 9'h000 *)
  wire [8:0] fetch_addr;
  output [127:0] fetched;
  reg [127:0] fetched;
  wire finish;
  input gemm__busy;
  wire gemm__busy;
  wire [127:0] gemm__decode;
  input gemm__done;
  wire gemm__done;
  (* init = 128'h00000000000000000000000000000000 *)
  wire [127:0] gemm__instr;
  (* init = 128'h00000000000000000000000000000000 *)
  wire [127:0] gemm__issue;
  input gemm__refused;
  wire gemm__refused;
  output gemm__start;
  reg gemm__start;
  input [8:0] imem_addr;
  wire [8:0] imem_addr;
  input [127:0] imem_data;
  wire [127:0] imem_data;
  input [15:0] imem_we;
  wire [15:0] imem_we;
  output [31:0] inc;
  reg [31:0] inc;
  wire [15:0] \inc.cycles ;
  wire [15:0] \inc.instructions ;
  (* init = 128'h00000000000000000000000000000000 *)
  wire [127:0] instr;
  reg [8:0] ir__addr = 9'h000;
  wire [127:0] ir__data;
  reg [127:0] ir_q = 128'h00000000000000000000000000000000;
  input load__busy;
  wire load__busy;
  wire [127:0] load__decode;
  input load__done;
  wire load__done;
  output [127:0] load__instr;
  reg [127:0] load__instr = 128'h00000000000000000000000000000000;
  output [127:0] load__issue;
  reg [127:0] load__issue = 128'h00000000000000000000000000000000;
  input load__push;
  wire load__push;
  input load__refused;
  wire load__refused;
  output load__start;
  reg load__start;
  wire [9:0] lp_end;
  reg [15:0] lp_left = 16'h0000;
  reg lp_once = 1'h0;
  reg lpop;
  reg [3:0] ltokens = 4'h0;
  reg n_bad = 1'h0;
  reg [5:0] n_is = 6'h00;
  (* init = 128'h00000000000000000000000000000000 *)
  wire [127:0] nxt;
  reg [9:0] pc = 10'h000;
  reg [9:0] pc_next;
  input post__acc_hold;
  wire post__acc_hold;
  input post__busy;
  wire post__busy;
  wire [127:0] post__decode;
  input post__done;
  wire post__done;
  (* init = 128'h00000000000000000000000000000000 *)
  wire [127:0] post__instr;
  (* init = 128'h00000000000000000000000000000000 *)
  wire [127:0] post__issue;
  input post__push;
  wire post__push;
  input post__refused;
  wire post__refused;
  output post__start;
  reg post__start;
  wire released;
  input rst;
  wire rst;
  input start;
  wire start;
  (* enum_base_type = "State" *)
  (* enum_value_000 = "IDLE" *)
  (* enum_value_001 = "ISSUE" *)
  (* enum_value_010 = "EXEC" *)
  (* enum_value_011 = "DONE" *)
  (* enum_value_100 = "ERROR" *)
  (* enum_value_101 = "FETCH" *)
  (* enum_value_110 = "LOOP" *)
  (* enum_value_111 = "WAIT" *)
  reg [2:0] state = 3'h0;
  wire store__busy;
  wire [127:0] store__decode;
  input store__done;
  wire store__done;
  (* init = 128'h00000000000000000000000000000000 *)
  wire [127:0] store__instr;
  (* init = 128'h00000000000000000000000000000000 *)
  wire [127:0] store__issue;
  input store__refused;
  wire store__refused;
  output store__start;
  reg store__start;
  reg [1:0] t = 2'h0;
  reg [3:0] tokens = 4'h0;
  reg [127:0] imem [511:0];
  initial begin
    imem[0] = 128'h00000000000000000000000000000000;
    imem[1] = 128'h00000000000000000000000000000000;
    imem[2] = 128'h00000000000000000000000000000000;
    imem[3] = 128'h00000000000000000000000000000000;
    imem[4] = 128'h00000000000000000000000000000000;
    imem[5] = 128'h00000000000000000000000000000000;
    imem[6] = 128'h00000000000000000000000000000000;
    imem[7] = 128'h00000000000000000000000000000000;
    imem[8] = 128'h00000000000000000000000000000000;
    imem[9] = 128'h00000000000000000000000000000000;
    imem[10] = 128'h00000000000000000000000000000000;
    imem[11] = 128'h00000000000000000000000000000000;
    imem[12] = 128'h00000000000000000000000000000000;
    imem[13] = 128'h00000000000000000000000000000000;
    imem[14] = 128'h00000000000000000000000000000000;
    imem[15] = 128'h00000000000000000000000000000000;
    imem[16] = 128'h00000000000000000000000000000000;
    imem[17] = 128'h00000000000000000000000000000000;
    imem[18] = 128'h00000000000000000000000000000000;
    imem[19] = 128'h00000000000000000000000000000000;
    imem[20] = 128'h00000000000000000000000000000000;
    imem[21] = 128'h00000000000000000000000000000000;
    imem[22] = 128'h00000000000000000000000000000000;
    imem[23] = 128'h00000000000000000000000000000000;
    imem[24] = 128'h00000000000000000000000000000000;
    imem[25] = 128'h00000000000000000000000000000000;
    imem[26] = 128'h00000000000000000000000000000000;
    imem[27] = 128'h00000000000000000000000000000000;
    imem[28] = 128'h00000000000000000000000000000000;
    imem[29] = 128'h00000000000000000000000000000000;
    imem[30] = 128'h00000000000000000000000000000000;
    imem[31] = 128'h00000000000000000000000000000000;
    imem[32] = 128'h00000000000000000000000000000000;
    imem[33] = 128'h00000000000000000000000000000000;
    imem[34] = 128'h00000000000000000000000000000000;
    imem[35] = 128'h00000000000000000000000000000000;
    imem[36] = 128'h00000000000000000000000000000000;
    imem[37] = 128'h00000000000000000000000000000000;
    imem[38] = 128'h00000000000000000000000000000000;
    imem[39] = 128'h00000000000000000000000000000000;
    imem[40] = 128'h00000000000000000000000000000000;
    imem[41] = 128'h00000000000000000000000000000000;
    imem[42] = 128'h00000000000000000000000000000000;
    imem[43] = 128'h00000000000000000000000000000000;
    imem[44] = 128'h00000000000000000000000000000000;
    imem[45] = 128'h00000000000000000000000000000000;
    imem[46] = 128'h00000000000000000000000000000000;
    imem[47] = 128'h00000000000000000000000000000000;
    imem[48] = 128'h00000000000000000000000000000000;
    imem[49] = 128'h00000000000000000000000000000000;
    imem[50] = 128'h00000000000000000000000000000000;
    imem[51] = 128'h00000000000000000000000000000000;
    imem[52] = 128'h00000000000000000000000000000000;
    imem[53] = 128'h00000000000000000000000000000000;
    imem[54] = 128'h00000000000000000000000000000000;
    imem[55] = 128'h00000000000000000000000000000000;
    imem[56] = 128'h00000000000000000000000000000000;
    imem[57] = 128'h00000000000000000000000000000000;
    imem[58] = 128'h00000000000000000000000000000000;
    imem[59] = 128'h00000000000000000000000000000000;
    imem[60] = 128'h00000000000000000000000000000000;
    imem[61] = 128'h00000000000000000000000000000000;
    imem[62] = 128'h00000000000000000000000000000000;
    imem[63] = 128'h00000000000000000000000000000000;
    imem[64] = 128'h00000000000000000000000000000000;
    imem[65] = 128'h00000000000000000000000000000000;
    imem[66] = 128'h00000000000000000000000000000000;
    imem[67] = 128'h00000000000000000000000000000000;
    imem[68] = 128'h00000000000000000000000000000000;
    imem[69] = 128'h00000000000000000000000000000000;
    imem[70] = 128'h00000000000000000000000000000000;
    imem[71] = 128'h00000000000000000000000000000000;
    imem[72] = 128'h00000000000000000000000000000000;
    imem[73] = 128'h00000000000000000000000000000000;
    imem[74] = 128'h00000000000000000000000000000000;
    imem[75] = 128'h00000000000000000000000000000000;
    imem[76] = 128'h00000000000000000000000000000000;
    imem[77] = 128'h00000000000000000000000000000000;
    imem[78] = 128'h00000000000000000000000000000000;
    imem[79] = 128'h00000000000000000000000000000000;
    imem[80] = 128'h00000000000000000000000000000000;
    imem[81] = 128'h00000000000000000000000000000000;
    imem[82] = 128'h00000000000000000000000000000000;
    imem[83] = 128'h00000000000000000000000000000000;
    imem[84] = 128'h00000000000000000000000000000000;
    imem[85] = 128'h00000000000000000000000000000000;
    imem[86] = 128'h00000000000000000000000000000000;
    imem[87] = 128'h00000000000000000000000000000000;
    imem[88] = 128'h00000000000000000000000000000000;
    imem[89] = 128'h00000000000000000000000000000000;
    imem[90] = 128'h00000000000000000000000000000000;
    imem[91] = 128'h00000000000000000000000000000000;
    imem[92] = 128'h00000000000000000000000000000000;
    imem[93] = 128'h00000000000000000000000000000000;
    imem[94] = 128'h00000000000000000000000000000000;
    imem[95] = 128'h00000000000000000000000000000000;
    imem[96] = 128'h00000000000000000000000000000000;
    imem[97] = 128'h00000000000000000000000000000000;
    imem[98] = 128'h00000000000000000000000000000000;
    imem[99] = 128'h00000000000000000000000000000000;
    imem[100] = 128'h00000000000000000000000000000000;
    imem[101] = 128'h00000000000000000000000000000000;
    imem[102] = 128'h00000000000000000000000000000000;
    imem[103] = 128'h00000000000000000000000000000000;
    imem[104] = 128'h00000000000000000000000000000000;
    imem[105] = 128'h00000000000000000000000000000000;
    imem[106] = 128'h00000000000000000000000000000000;
    imem[107] = 128'h00000000000000000000000000000000;
    imem[108] = 128'h00000000000000000000000000000000;
    imem[109] = 128'h00000000000000000000000000000000;
    imem[110] = 128'h00000000000000000000000000000000;
    imem[111] = 128'h00000000000000000000000000000000;
    imem[112] = 128'h00000000000000000000000000000000;
    imem[113] = 128'h00000000000000000000000000000000;
    imem[114] = 128'h00000000000000000000000000000000;
    imem[115] = 128'h00000000000000000000000000000000;
    imem[116] = 128'h00000000000000000000000000000000;
    imem[117] = 128'h00000000000000000000000000000000;
    imem[118] = 128'h00000000000000000000000000000000;
    imem[119] = 128'h00000000000000000000000000000000;
    imem[120] = 128'h00000000000000000000000000000000;
    imem[121] = 128'h00000000000000000000000000000000;
    imem[122] = 128'h00000000000000000000000000000000;
    imem[123] = 128'h00000000000000000000000000000000;
    imem[124] = 128'h00000000000000000000000000000000;
    imem[125] = 128'h00000000000000000000000000000000;
    imem[126] = 128'h00000000000000000000000000000000;
    imem[127] = 128'h00000000000000000000000000000000;
    imem[128] = 128'h00000000000000000000000000000000;
    imem[129] = 128'h00000000000000000000000000000000;
    imem[130] = 128'h00000000000000000000000000000000;
    imem[131] = 128'h00000000000000000000000000000000;
    imem[132] = 128'h00000000000000000000000000000000;
    imem[133] = 128'h00000000000000000000000000000000;
    imem[134] = 128'h00000000000000000000000000000000;
    imem[135] = 128'h00000000000000000000000000000000;
    imem[136] = 128'h00000000000000000000000000000000;
    imem[137] = 128'h00000000000000000000000000000000;
    imem[138] = 128'h00000000000000000000000000000000;
    imem[139] = 128'h00000000000000000000000000000000;
    imem[140] = 128'h00000000000000000000000000000000;
    imem[141] = 128'h00000000000000000000000000000000;
    imem[142] = 128'h00000000000000000000000000000000;
    imem[143] = 128'h00000000000000000000000000000000;
    imem[144] = 128'h00000000000000000000000000000000;
    imem[145] = 128'h00000000000000000000000000000000;
    imem[146] = 128'h00000000000000000000000000000000;
    imem[147] = 128'h00000000000000000000000000000000;
    imem[148] = 128'h00000000000000000000000000000000;
    imem[149] = 128'h00000000000000000000000000000000;
    imem[150] = 128'h00000000000000000000000000000000;
    imem[151] = 128'h00000000000000000000000000000000;
    imem[152] = 128'h00000000000000000000000000000000;
    imem[153] = 128'h00000000000000000000000000000000;
    imem[154] = 128'h00000000000000000000000000000000;
    imem[155] = 128'h00000000000000000000000000000000;
    imem[156] = 128'h00000000000000000000000000000000;
    imem[157] = 128'h00000000000000000000000000000000;
    imem[158] = 128'h00000000000000000000000000000000;
    imem[159] = 128'h00000000000000000000000000000000;
    imem[160] = 128'h00000000000000000000000000000000;
    imem[161] = 128'h00000000000000000000000000000000;
    imem[162] = 128'h00000000000000000000000000000000;
    imem[163] = 128'h00000000000000000000000000000000;
    imem[164] = 128'h00000000000000000000000000000000;
    imem[165] = 128'h00000000000000000000000000000000;
    imem[166] = 128'h00000000000000000000000000000000;
    imem[167] = 128'h00000000000000000000000000000000;
    imem[168] = 128'h00000000000000000000000000000000;
    imem[169] = 128'h00000000000000000000000000000000;
    imem[170] = 128'h00000000000000000000000000000000;
    imem[171] = 128'h00000000000000000000000000000000;
    imem[172] = 128'h00000000000000000000000000000000;
    imem[173] = 128'h00000000000000000000000000000000;
    imem[174] = 128'h00000000000000000000000000000000;
    imem[175] = 128'h00000000000000000000000000000000;
    imem[176] = 128'h00000000000000000000000000000000;
    imem[177] = 128'h00000000000000000000000000000000;
    imem[178] = 128'h00000000000000000000000000000000;
    imem[179] = 128'h00000000000000000000000000000000;
    imem[180] = 128'h00000000000000000000000000000000;
    imem[181] = 128'h00000000000000000000000000000000;
    imem[182] = 128'h00000000000000000000000000000000;
    imem[183] = 128'h00000000000000000000000000000000;
    imem[184] = 128'h00000000000000000000000000000000;
    imem[185] = 128'h00000000000000000000000000000000;
    imem[186] = 128'h00000000000000000000000000000000;
    imem[187] = 128'h00000000000000000000000000000000;
    imem[188] = 128'h00000000000000000000000000000000;
    imem[189] = 128'h00000000000000000000000000000000;
    imem[190] = 128'h00000000000000000000000000000000;
    imem[191] = 128'h00000000000000000000000000000000;
    imem[192] = 128'h00000000000000000000000000000000;
    imem[193] = 128'h00000000000000000000000000000000;
    imem[194] = 128'h00000000000000000000000000000000;
    imem[195] = 128'h00000000000000000000000000000000;
    imem[196] = 128'h00000000000000000000000000000000;
    imem[197] = 128'h00000000000000000000000000000000;
    imem[198] = 128'h00000000000000000000000000000000;
    imem[199] = 128'h00000000000000000000000000000000;
    imem[200] = 128'h00000000000000000000000000000000;
    imem[201] = 128'h00000000000000000000000000000000;
    imem[202] = 128'h00000000000000000000000000000000;
    imem[203] = 128'h00000000000000000000000000000000;
    imem[204] = 128'h00000000000000000000000000000000;
    imem[205] = 128'h00000000000000000000000000000000;
    imem[206] = 128'h00000000000000000000000000000000;
    imem[207] = 128'h00000000000000000000000000000000;
    imem[208] = 128'h00000000000000000000000000000000;
    imem[209] = 128'h00000000000000000000000000000000;
    imem[210] = 128'h00000000000000000000000000000000;
    imem[211] = 128'h00000000000000000000000000000000;
    imem[212] = 128'h00000000000000000000000000000000;
    imem[213] = 128'h00000000000000000000000000000000;
    imem[214] = 128'h00000000000000000000000000000000;
    imem[215] = 128'h00000000000000000000000000000000;
    imem[216] = 128'h00000000000000000000000000000000;
    imem[217] = 128'h00000000000000000000000000000000;
    imem[218] = 128'h00000000000000000000000000000000;
    imem[219] = 128'h00000000000000000000000000000000;
    imem[220] = 128'h00000000000000000000000000000000;
    imem[221] = 128'h00000000000000000000000000000000;
    imem[222] = 128'h00000000000000000000000000000000;
    imem[223] = 128'h00000000000000000000000000000000;
    imem[224] = 128'h00000000000000000000000000000000;
    imem[225] = 128'h00000000000000000000000000000000;
    imem[226] = 128'h00000000000000000000000000000000;
    imem[227] = 128'h00000000000000000000000000000000;
    imem[228] = 128'h00000000000000000000000000000000;
    imem[229] = 128'h00000000000000000000000000000000;
    imem[230] = 128'h00000000000000000000000000000000;
    imem[231] = 128'h00000000000000000000000000000000;
    imem[232] = 128'h00000000000000000000000000000000;
    imem[233] = 128'h00000000000000000000000000000000;
    imem[234] = 128'h00000000000000000000000000000000;
    imem[235] = 128'h00000000000000000000000000000000;
    imem[236] = 128'h00000000000000000000000000000000;
    imem[237] = 128'h00000000000000000000000000000000;
    imem[238] = 128'h00000000000000000000000000000000;
    imem[239] = 128'h00000000000000000000000000000000;
    imem[240] = 128'h00000000000000000000000000000000;
    imem[241] = 128'h00000000000000000000000000000000;
    imem[242] = 128'h00000000000000000000000000000000;
    imem[243] = 128'h00000000000000000000000000000000;
    imem[244] = 128'h00000000000000000000000000000000;
    imem[245] = 128'h00000000000000000000000000000000;
    imem[246] = 128'h00000000000000000000000000000000;
    imem[247] = 128'h00000000000000000000000000000000;
    imem[248] = 128'h00000000000000000000000000000000;
    imem[249] = 128'h00000000000000000000000000000000;
    imem[250] = 128'h00000000000000000000000000000000;
    imem[251] = 128'h00000000000000000000000000000000;
    imem[252] = 128'h00000000000000000000000000000000;
    imem[253] = 128'h00000000000000000000000000000000;
    imem[254] = 128'h00000000000000000000000000000000;
    imem[255] = 128'h00000000000000000000000000000000;
    imem[256] = 128'h00000000000000000000000000000000;
    imem[257] = 128'h00000000000000000000000000000000;
    imem[258] = 128'h00000000000000000000000000000000;
    imem[259] = 128'h00000000000000000000000000000000;
    imem[260] = 128'h00000000000000000000000000000000;
    imem[261] = 128'h00000000000000000000000000000000;
    imem[262] = 128'h00000000000000000000000000000000;
    imem[263] = 128'h00000000000000000000000000000000;
    imem[264] = 128'h00000000000000000000000000000000;
    imem[265] = 128'h00000000000000000000000000000000;
    imem[266] = 128'h00000000000000000000000000000000;
    imem[267] = 128'h00000000000000000000000000000000;
    imem[268] = 128'h00000000000000000000000000000000;
    imem[269] = 128'h00000000000000000000000000000000;
    imem[270] = 128'h00000000000000000000000000000000;
    imem[271] = 128'h00000000000000000000000000000000;
    imem[272] = 128'h00000000000000000000000000000000;
    imem[273] = 128'h00000000000000000000000000000000;
    imem[274] = 128'h00000000000000000000000000000000;
    imem[275] = 128'h00000000000000000000000000000000;
    imem[276] = 128'h00000000000000000000000000000000;
    imem[277] = 128'h00000000000000000000000000000000;
    imem[278] = 128'h00000000000000000000000000000000;
    imem[279] = 128'h00000000000000000000000000000000;
    imem[280] = 128'h00000000000000000000000000000000;
    imem[281] = 128'h00000000000000000000000000000000;
    imem[282] = 128'h00000000000000000000000000000000;
    imem[283] = 128'h00000000000000000000000000000000;
    imem[284] = 128'h00000000000000000000000000000000;
    imem[285] = 128'h00000000000000000000000000000000;
    imem[286] = 128'h00000000000000000000000000000000;
    imem[287] = 128'h00000000000000000000000000000000;
    imem[288] = 128'h00000000000000000000000000000000;
    imem[289] = 128'h00000000000000000000000000000000;
    imem[290] = 128'h00000000000000000000000000000000;
    imem[291] = 128'h00000000000000000000000000000000;
    imem[292] = 128'h00000000000000000000000000000000;
    imem[293] = 128'h00000000000000000000000000000000;
    imem[294] = 128'h00000000000000000000000000000000;
    imem[295] = 128'h00000000000000000000000000000000;
    imem[296] = 128'h00000000000000000000000000000000;
    imem[297] = 128'h00000000000000000000000000000000;
    imem[298] = 128'h00000000000000000000000000000000;
    imem[299] = 128'h00000000000000000000000000000000;
    imem[300] = 128'h00000000000000000000000000000000;
    imem[301] = 128'h00000000000000000000000000000000;
    imem[302] = 128'h00000000000000000000000000000000;
    imem[303] = 128'h00000000000000000000000000000000;
    imem[304] = 128'h00000000000000000000000000000000;
    imem[305] = 128'h00000000000000000000000000000000;
    imem[306] = 128'h00000000000000000000000000000000;
    imem[307] = 128'h00000000000000000000000000000000;
    imem[308] = 128'h00000000000000000000000000000000;
    imem[309] = 128'h00000000000000000000000000000000;
    imem[310] = 128'h00000000000000000000000000000000;
    imem[311] = 128'h00000000000000000000000000000000;
    imem[312] = 128'h00000000000000000000000000000000;
    imem[313] = 128'h00000000000000000000000000000000;
    imem[314] = 128'h00000000000000000000000000000000;
    imem[315] = 128'h00000000000000000000000000000000;
    imem[316] = 128'h00000000000000000000000000000000;
    imem[317] = 128'h00000000000000000000000000000000;
    imem[318] = 128'h00000000000000000000000000000000;
    imem[319] = 128'h00000000000000000000000000000000;
    imem[320] = 128'h00000000000000000000000000000000;
    imem[321] = 128'h00000000000000000000000000000000;
    imem[322] = 128'h00000000000000000000000000000000;
    imem[323] = 128'h00000000000000000000000000000000;
    imem[324] = 128'h00000000000000000000000000000000;
    imem[325] = 128'h00000000000000000000000000000000;
    imem[326] = 128'h00000000000000000000000000000000;
    imem[327] = 128'h00000000000000000000000000000000;
    imem[328] = 128'h00000000000000000000000000000000;
    imem[329] = 128'h00000000000000000000000000000000;
    imem[330] = 128'h00000000000000000000000000000000;
    imem[331] = 128'h00000000000000000000000000000000;
    imem[332] = 128'h00000000000000000000000000000000;
    imem[333] = 128'h00000000000000000000000000000000;
    imem[334] = 128'h00000000000000000000000000000000;
    imem[335] = 128'h00000000000000000000000000000000;
    imem[336] = 128'h00000000000000000000000000000000;
    imem[337] = 128'h00000000000000000000000000000000;
    imem[338] = 128'h00000000000000000000000000000000;
    imem[339] = 128'h00000000000000000000000000000000;
    imem[340] = 128'h00000000000000000000000000000000;
    imem[341] = 128'h00000000000000000000000000000000;
    imem[342] = 128'h00000000000000000000000000000000;
    imem[343] = 128'h00000000000000000000000000000000;
    imem[344] = 128'h00000000000000000000000000000000;
    imem[345] = 128'h00000000000000000000000000000000;
    imem[346] = 128'h00000000000000000000000000000000;
    imem[347] = 128'h00000000000000000000000000000000;
    imem[348] = 128'h00000000000000000000000000000000;
    imem[349] = 128'h00000000000000000000000000000000;
    imem[350] = 128'h00000000000000000000000000000000;
    imem[351] = 128'h00000000000000000000000000000000;
    imem[352] = 128'h00000000000000000000000000000000;
    imem[353] = 128'h00000000000000000000000000000000;
    imem[354] = 128'h00000000000000000000000000000000;
    imem[355] = 128'h00000000000000000000000000000000;
    imem[356] = 128'h00000000000000000000000000000000;
    imem[357] = 128'h00000000000000000000000000000000;
    imem[358] = 128'h00000000000000000000000000000000;
    imem[359] = 128'h00000000000000000000000000000000;
    imem[360] = 128'h00000000000000000000000000000000;
    imem[361] = 128'h00000000000000000000000000000000;
    imem[362] = 128'h00000000000000000000000000000000;
    imem[363] = 128'h00000000000000000000000000000000;
    imem[364] = 128'h00000000000000000000000000000000;
    imem[365] = 128'h00000000000000000000000000000000;
    imem[366] = 128'h00000000000000000000000000000000;
    imem[367] = 128'h00000000000000000000000000000000;
    imem[368] = 128'h00000000000000000000000000000000;
    imem[369] = 128'h00000000000000000000000000000000;
    imem[370] = 128'h00000000000000000000000000000000;
    imem[371] = 128'h00000000000000000000000000000000;
    imem[372] = 128'h00000000000000000000000000000000;
    imem[373] = 128'h00000000000000000000000000000000;
    imem[374] = 128'h00000000000000000000000000000000;
    imem[375] = 128'h00000000000000000000000000000000;
    imem[376] = 128'h00000000000000000000000000000000;
    imem[377] = 128'h00000000000000000000000000000000;
    imem[378] = 128'h00000000000000000000000000000000;
    imem[379] = 128'h00000000000000000000000000000000;
    imem[380] = 128'h00000000000000000000000000000000;
    imem[381] = 128'h00000000000000000000000000000000;
    imem[382] = 128'h00000000000000000000000000000000;
    imem[383] = 128'h00000000000000000000000000000000;
    imem[384] = 128'h00000000000000000000000000000000;
    imem[385] = 128'h00000000000000000000000000000000;
    imem[386] = 128'h00000000000000000000000000000000;
    imem[387] = 128'h00000000000000000000000000000000;
    imem[388] = 128'h00000000000000000000000000000000;
    imem[389] = 128'h00000000000000000000000000000000;
    imem[390] = 128'h00000000000000000000000000000000;
    imem[391] = 128'h00000000000000000000000000000000;
    imem[392] = 128'h00000000000000000000000000000000;
    imem[393] = 128'h00000000000000000000000000000000;
    imem[394] = 128'h00000000000000000000000000000000;
    imem[395] = 128'h00000000000000000000000000000000;
    imem[396] = 128'h00000000000000000000000000000000;
    imem[397] = 128'h00000000000000000000000000000000;
    imem[398] = 128'h00000000000000000000000000000000;
    imem[399] = 128'h00000000000000000000000000000000;
    imem[400] = 128'h00000000000000000000000000000000;
    imem[401] = 128'h00000000000000000000000000000000;
    imem[402] = 128'h00000000000000000000000000000000;
    imem[403] = 128'h00000000000000000000000000000000;
    imem[404] = 128'h00000000000000000000000000000000;
    imem[405] = 128'h00000000000000000000000000000000;
    imem[406] = 128'h00000000000000000000000000000000;
    imem[407] = 128'h00000000000000000000000000000000;
    imem[408] = 128'h00000000000000000000000000000000;
    imem[409] = 128'h00000000000000000000000000000000;
    imem[410] = 128'h00000000000000000000000000000000;
    imem[411] = 128'h00000000000000000000000000000000;
    imem[412] = 128'h00000000000000000000000000000000;
    imem[413] = 128'h00000000000000000000000000000000;
    imem[414] = 128'h00000000000000000000000000000000;
    imem[415] = 128'h00000000000000000000000000000000;
    imem[416] = 128'h00000000000000000000000000000000;
    imem[417] = 128'h00000000000000000000000000000000;
    imem[418] = 128'h00000000000000000000000000000000;
    imem[419] = 128'h00000000000000000000000000000000;
    imem[420] = 128'h00000000000000000000000000000000;
    imem[421] = 128'h00000000000000000000000000000000;
    imem[422] = 128'h00000000000000000000000000000000;
    imem[423] = 128'h00000000000000000000000000000000;
    imem[424] = 128'h00000000000000000000000000000000;
    imem[425] = 128'h00000000000000000000000000000000;
    imem[426] = 128'h00000000000000000000000000000000;
    imem[427] = 128'h00000000000000000000000000000000;
    imem[428] = 128'h00000000000000000000000000000000;
    imem[429] = 128'h00000000000000000000000000000000;
    imem[430] = 128'h00000000000000000000000000000000;
    imem[431] = 128'h00000000000000000000000000000000;
    imem[432] = 128'h00000000000000000000000000000000;
    imem[433] = 128'h00000000000000000000000000000000;
    imem[434] = 128'h00000000000000000000000000000000;
    imem[435] = 128'h00000000000000000000000000000000;
    imem[436] = 128'h00000000000000000000000000000000;
    imem[437] = 128'h00000000000000000000000000000000;
    imem[438] = 128'h00000000000000000000000000000000;
    imem[439] = 128'h00000000000000000000000000000000;
    imem[440] = 128'h00000000000000000000000000000000;
    imem[441] = 128'h00000000000000000000000000000000;
    imem[442] = 128'h00000000000000000000000000000000;
    imem[443] = 128'h00000000000000000000000000000000;
    imem[444] = 128'h00000000000000000000000000000000;
    imem[445] = 128'h00000000000000000000000000000000;
    imem[446] = 128'h00000000000000000000000000000000;
    imem[447] = 128'h00000000000000000000000000000000;
    imem[448] = 128'h00000000000000000000000000000000;
    imem[449] = 128'h00000000000000000000000000000000;
    imem[450] = 128'h00000000000000000000000000000000;
    imem[451] = 128'h00000000000000000000000000000000;
    imem[452] = 128'h00000000000000000000000000000000;
    imem[453] = 128'h00000000000000000000000000000000;
    imem[454] = 128'h00000000000000000000000000000000;
    imem[455] = 128'h00000000000000000000000000000000;
    imem[456] = 128'h00000000000000000000000000000000;
    imem[457] = 128'h00000000000000000000000000000000;
    imem[458] = 128'h00000000000000000000000000000000;
    imem[459] = 128'h00000000000000000000000000000000;
    imem[460] = 128'h00000000000000000000000000000000;
    imem[461] = 128'h00000000000000000000000000000000;
    imem[462] = 128'h00000000000000000000000000000000;
    imem[463] = 128'h00000000000000000000000000000000;
    imem[464] = 128'h00000000000000000000000000000000;
    imem[465] = 128'h00000000000000000000000000000000;
    imem[466] = 128'h00000000000000000000000000000000;
    imem[467] = 128'h00000000000000000000000000000000;
    imem[468] = 128'h00000000000000000000000000000000;
    imem[469] = 128'h00000000000000000000000000000000;
    imem[470] = 128'h00000000000000000000000000000000;
    imem[471] = 128'h00000000000000000000000000000000;
    imem[472] = 128'h00000000000000000000000000000000;
    imem[473] = 128'h00000000000000000000000000000000;
    imem[474] = 128'h00000000000000000000000000000000;
    imem[475] = 128'h00000000000000000000000000000000;
    imem[476] = 128'h00000000000000000000000000000000;
    imem[477] = 128'h00000000000000000000000000000000;
    imem[478] = 128'h00000000000000000000000000000000;
    imem[479] = 128'h00000000000000000000000000000000;
    imem[480] = 128'h00000000000000000000000000000000;
    imem[481] = 128'h00000000000000000000000000000000;
    imem[482] = 128'h00000000000000000000000000000000;
    imem[483] = 128'h00000000000000000000000000000000;
    imem[484] = 128'h00000000000000000000000000000000;
    imem[485] = 128'h00000000000000000000000000000000;
    imem[486] = 128'h00000000000000000000000000000000;
    imem[487] = 128'h00000000000000000000000000000000;
    imem[488] = 128'h00000000000000000000000000000000;
    imem[489] = 128'h00000000000000000000000000000000;
    imem[490] = 128'h00000000000000000000000000000000;
    imem[491] = 128'h00000000000000000000000000000000;
    imem[492] = 128'h00000000000000000000000000000000;
    imem[493] = 128'h00000000000000000000000000000000;
    imem[494] = 128'h00000000000000000000000000000000;
    imem[495] = 128'h00000000000000000000000000000000;
    imem[496] = 128'h00000000000000000000000000000000;
    imem[497] = 128'h00000000000000000000000000000000;
    imem[498] = 128'h00000000000000000000000000000000;
    imem[499] = 128'h00000000000000000000000000000000;
    imem[500] = 128'h00000000000000000000000000000000;
    imem[501] = 128'h00000000000000000000000000000000;
    imem[502] = 128'h00000000000000000000000000000000;
    imem[503] = 128'h00000000000000000000000000000000;
    imem[504] = 128'h00000000000000000000000000000000;
    imem[505] = 128'h00000000000000000000000000000000;
    imem[506] = 128'h00000000000000000000000000000000;
    imem[507] = 128'h00000000000000000000000000000000;
    imem[508] = 128'h00000000000000000000000000000000;
    imem[509] = 128'h00000000000000000000000000000000;
    imem[510] = 128'h00000000000000000000000000000000;
    imem[511] = 128'h00000000000000000000000000000000;
  end
  always @(posedge clk) begin
    if (imem_we[0])
      imem[imem_addr][7:0] <= imem_data[7:0];
    if (imem_we[1])
      imem[imem_addr][15:8] <= imem_data[15:8];
    if (imem_we[2])
      imem[imem_addr][23:16] <= imem_data[23:16];
    if (imem_we[3])
      imem[imem_addr][31:24] <= imem_data[31:24];
    if (imem_we[4])
      imem[imem_addr][39:32] <= imem_data[39:32];
    if (imem_we[5])
      imem[imem_addr][47:40] <= imem_data[47:40];
    if (imem_we[6])
      imem[imem_addr][55:48] <= imem_data[55:48];
    if (imem_we[7])
      imem[imem_addr][63:56] <= imem_data[63:56];
    if (imem_we[8])
      imem[imem_addr][71:64] <= imem_data[71:64];
    if (imem_we[9])
      imem[imem_addr][79:72] <= imem_data[79:72];
    if (imem_we[10])
      imem[imem_addr][87:80] <= imem_data[87:80];
    if (imem_we[11])
      imem[imem_addr][95:88] <= imem_data[95:88];
    if (imem_we[12])
      imem[imem_addr][103:96] <= imem_data[103:96];
    if (imem_we[13])
      imem[imem_addr][111:104] <= imem_data[111:104];
    if (imem_we[14])
      imem[imem_addr][119:112] <= imem_data[119:112];
    if (imem_we[15])
      imem[imem_addr][127:120] <= imem_data[127:120];
  end
  reg [127:0] _0_;
  always @(posedge clk) begin
    _0_ <= imem[ir__addr];
  end
  assign ir__data = _0_;
  assign done = state == 2'h3;
  assign error = state == 3'h4;
  assign \$1  = ! state;
  assign \$2  = state == 2'h3;
  assign \$3  = \$1  | \$2 ;
  assign \$4  = state == 3'h4;
  assign \$5  = \$3  | \$4 ;
  assign busy = ~ \$5 ;
  assign \$6  = ! state;
  assign \$7  = state == 2'h3;
  assign \$8  = \$6  | \$7 ;
  assign \$9  = state == 3'h4;
  assign \$10  = \$8  | \$9 ;
  assign clear = \$10  & start;
  assign \$15  = ir_q[3:0] == 2'h3;
  assign \$18  = ~ lp_once;
  assign \$21  = ir_q[26:11] + \$20 ;
  assign \$23  = ~ lp_once;
  assign \$26  = $signed(ir_q[113:105]) + $signed({ 1'h0, \$25  });
  assign \$31  = ir_q[3:0] == 3'h4;
  assign \$34  = ~ lp_once;
  assign \$37  = ir_q[41:26] + \$36 ;
  assign \$39  = ~ lp_once;
  assign \$42  = ir_q[87:72] + \$41 ;
  assign \$43  = state == 2'h2;
  assign \$44  = | { post__done, gemm__done, store__done, load__done };
  assign \$45  = \$43  & \$44 ;
  assign \$46  = state == 3'h6;
  assign \$47  = t == 2'h2;
  assign \$48  = \$46  & \$47 ;
  assign \$49  = \$45  | \$48 ;
  assign \$50  = state == 3'h7;
  assign released = \$49  | \$50 ;
  assign \$51  = ! tokens;
  assign \$52  = ir_q[5] & \$51 ;
  assign \$53  = post__acc_hold | \$52 ;
  assign \$54  = ! ltokens;
  assign \$55  = ir_q[4] & \$54 ;
  assign \$56  = \$53  | \$55 ;
  assign \$57  = | { post__busy, gemm__busy, 1'h0, load__busy };
  assign \$58  = ir_q[7] ? load__busy : \$57 ;
  assign \$59  = | { post__busy, gemm__busy, 1'h0, load__busy };
  assign \$60  = ~ blocked;
  assign finish = released & \$60 ;
  assign \$61  = pc + 1'h1;
  assign \$63  = ! pc;
  assign \$64  = ! state;
  assign \$65  = state == 2'h3;
  assign \$66  = \$64  | \$65 ;
  assign \$67  = state == 3'h4;
  assign \$68  = \$66  | \$67 ;
  assign \$69  = state == 3'h5;
  assign \$70  = \$68  | \$69 ;
  assign \$72  = ~ lp_once;
  assign \$74  = pc + 1'h1;
  assign \$76  = \$70  ? 11'h000 : \$75 ;
  assign \$77  = ir_q[3:0] == 1'h1;
  assign \$78  = ir_q[3:0] == 2'h2;
  assign \$79  = ir_q[3:0] == 2'h3;
  assign \$80  = ir_q[3:0] == 3'h4;
  assign \$81  = ir_q[3:0] == 3'h5;
  assign \$82  = ir_q[3:0] == 4'hf;
  assign \$87  = ir_q[3:0] == 2'h3;
  assign \$88  = ir_q[3:0] == 3'h4;
  assign \$89  = | { \$88 , \$87  };
  assign \$90  = ~ \$89 ;
  assign \$93  = released & blocked;
  assign \$94  = tokens + post__push;
  assign \$95  = \$94  - \$signal$68 ;
  assign \$96  = ltokens + load__push;
  assign \$97  = \$96  - lpop;
  assign \$98  = t + 1'h1;
  assign \$99  = t == 1'h1;
  assign \$100  = t + 1'h1;
  assign \$102  = lp_left - 1'h1;
  assign \$103  = lp_left == 2'h2;
  assign \$104  = \$signal$22  + 1'h0;
  assign \$105  = \$signal$26  + 1'h0;
  assign \$106  = \$signal$28  + 1'h0;
  assign \$107  = \$signal$24  + 1'h0;
  always @(posedge clk)
    at_end <= \$108 ;
  always @(posedge clk)
    ir__addr <= \$109 ;
  always @(posedge clk)
    pc <= \$110 ;
  always @(posedge clk)
    ir_q <= \$111 ;
  always @(posedge clk)
    load__issue <= \$112 ;
  always @(posedge clk)
    n_is <= \$113 ;
  always @(posedge clk)
    n_bad <= \$114 ;
  always @(posedge clk)
    state <= \$115 ;
  always @(posedge clk)
    tokens <= \$116 ;
  always @(posedge clk)
    ltokens <= \$117 ;
  always @(posedge clk)
    t <= \$118 ;
  always @(posedge clk)
    load__instr <= \$119 ;
  always @(posedge clk)
    lp_left <= \$120 ;
  always @(posedge clk)
    lp_once <= \$121 ;
  always @(posedge clk)
    \$signal  <= \$122 ;
  always @(posedge clk)
    \$signal$25  <= \$123 ;
  always @(posedge clk)
    \$signal$27  <= \$124 ;
  always @(posedge clk)
    \$signal$23  <= \$125 ;
  always @(posedge clk)
    \$signal$22  <= \$126 ;
  always @(posedge clk)
    \$signal$26  <= \$127 ;
  always @(posedge clk)
    \$signal$28  <= \$128 ;
  always @(posedge clk)
    \$signal$24  <= \$129 ;
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    pc_next = pc;
    casez (state)
      3'h0, 3'h3, 3'h4:
          if (start) begin
            pc_next = 10'h000;
          end
    endcase
    if (finish) begin
      pc_next = \$61 [9:0];
      if (\$62 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          pc_next = 10'h000;
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    inc[31:16] = 16'h0000;
    casez (state)
      3'h0, 3'h3, 3'h4:
          /* empty */;
      3'h5:
          /* empty */;
      3'h1:
          inc[31:16] = 16'h0001;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    { fetched[113:105], fetched[87:72], fetched[41:11] } = { ir_q[113:105], ir_q[87:72], ir_q[41:11] };
    if (\$16 ) begin
      fetched[26:11] = \$21 [15:0];
      fetched[113:105] = \$26 [8:0];
    end
    if (\$32 ) begin
      fetched[41:26] = \$37 [15:0];
      fetched[87:72] = \$42 [15:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    bad = 1'h0;
    (* full_case = 32'd1 *)
    casez (ir_q[3:0])
      4'h1:
          bad = load__refused;
      4'h2:
          bad = store__refused;
      4'h3:
          bad = gemm__refused;
      4'h4:
          bad = post__refused;
      4'h5:
          bad = 1'h1;
      4'hf:
          /* empty */;
      default:
          bad = 1'h1;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    blocked = 1'h0;
    casez (ir_q[3:0])
      4'h3:
          blocked = \$56 ;
      4'h1:
          blocked = \$58 ;
      4'h4:
          blocked = post__busy;
      4'h2, 4'hf:
          blocked = \$59 ;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    load__start = 1'h0;
    casez (state)
      3'h0, 3'h3, 3'h4:
          /* empty */;
      3'h5:
          /* empty */;
      3'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  load__start = 1'h1;
            endcase
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    store__start = 1'h0;
    casez (state)
      3'h0, 3'h3, 3'h4:
          /* empty */;
      3'h5:
          /* empty */;
      3'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  store__start = 1'h1;
            endcase
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    gemm__start = 1'h0;
    casez (state)
      3'h0, 3'h3, 3'h4:
          /* empty */;
      3'h5:
          /* empty */;
      3'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  /* empty */;
              6'b???1??:
                  gemm__start = 1'h1;
            endcase
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$signal$68  = 1'h0;
    casez (state)
      3'h0, 3'h3, 3'h4:
          /* empty */;
      3'h5:
          /* empty */;
      3'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  /* empty */;
              6'b???1??:
                  \$signal$68  = load__issue[5];
            endcase
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    lpop = 1'h0;
    casez (state)
      3'h0, 3'h3, 3'h4:
          /* empty */;
      3'h5:
          /* empty */;
      3'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  /* empty */;
              6'b???1??:
                  lpop = load__issue[4];
            endcase
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    post__start = 1'h0;
    casez (state)
      3'h0, 3'h3, 3'h4:
          /* empty */;
      3'h5:
          /* empty */;
      3'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  /* empty */;
              6'b???1??:
                  /* empty */;
              6'b??1???:
                  post__start = 1'h1;
            endcase
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$108  = \$63 ;
    if (rst) begin
      \$108  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$109  = \$76 [8:0];
    if (rst) begin
      \$109  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$110  = pc_next;
    if (rst) begin
      \$110  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$111  = ir__data;
    if (rst) begin
      \$111  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$112  = fetched;
    if (rst) begin
      \$112  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$113  = { \$82 , \$81 , \$80 , \$79 , \$78 , \$77  };
    if (rst) begin
      \$113  = 6'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$114  = \$92 ;
    if (rst) begin
      \$114  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$115  = state;
    if (\$93 ) begin
      \$115  = 3'h7;
    end
    casez (state)
      3'h0, 3'h3, 3'h4:
          if (start) begin
            \$115  = 3'h5;
          end
      3'h5:
          if (\$99 ) begin
            \$115  = 3'h1;
          end
      3'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
            \$115  = 3'h4;
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  \$115  = 3'h2;
              6'b????1?:
                  \$115  = 3'h2;
              6'b???1??:
                  \$115  = 3'h2;
              6'b??1???:
                  \$115  = 3'h2;
              6'b1?????:
                  \$115  = 3'h3;
            endcase
          end
    endcase
    if (finish) begin
      \$115  = 3'h1;
    end
    if (rst) begin
      \$115  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$116  = \$95 [3:0];
    casez (state)
      3'h0, 3'h3, 3'h4:
          if (start) begin
            \$116  = 4'h0;
          end
    endcase
    if (rst) begin
      \$116  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$117  = \$97 [3:0];
    casez (state)
      3'h0, 3'h3, 3'h4:
          if (start) begin
            \$117  = 4'h0;
          end
    endcase
    if (rst) begin
      \$117  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$118  = t;
    casez (state)
      3'h0, 3'h3, 3'h4:
          if (start) begin
            \$118  = 2'h0;
          end
      3'h5:
          \$118  = \$98 [1:0];
      3'h1:
          \$118  = 2'h0;
      3'h6:
          \$118  = \$100 [1:0];
    endcase
    if (rst) begin
      \$118  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$119  = load__instr;
    casez (state)
      3'h0, 3'h3, 3'h4:
          /* empty */;
      3'h5:
          /* empty */;
      3'h1:
          \$119  = load__issue;
    endcase
    if (rst) begin
      \$119  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$120  = lp_left;
    if (finish) begin
      if (\$101 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$120  = \$102 [15:0];
        end
      end
    end
    if (rst) begin
      \$120  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$121  = lp_once;
    if (finish) begin
      if (\$101 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$121  = \$103 ;
        end
      end
    end
    if (rst) begin
      \$121  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$122  = \$signal ;
    if (finish) begin
      if (\$101 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$122  = \$signal$22 ;
        end
      end
    end
    if (rst) begin
      \$122  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$123  = \$signal$25 ;
    if (finish) begin
      if (\$101 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$123  = \$signal$26 ;
        end
      end
    end
    if (rst) begin
      \$123  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$124  = \$signal$27 ;
    if (finish) begin
      if (\$101 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$124  = \$signal$28 ;
        end
      end
    end
    if (rst) begin
      \$124  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$125  = \$signal$23 ;
    if (finish) begin
      if (\$101 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$125  = \$signal$24 ;
        end
      end
    end
    if (rst) begin
      \$125  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$126  = \$signal$22 ;
    if (finish) begin
      if (\$101 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$126  = \$104 [15:0];
        end
      end
    end
    if (rst) begin
      \$126  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$127  = \$signal$26 ;
    if (finish) begin
      if (\$101 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$127  = \$105 [15:0];
        end
      end
    end
    if (rst) begin
      \$127  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$128  = \$signal$28 ;
    if (finish) begin
      if (\$101 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$128  = \$106 [15:0];
        end
      end
    end
    if (rst) begin
      \$128  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$129  = \$signal$24 ;
    if (finish) begin
      if (\$101 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$129  = \$107 [8:0];
        end
      end
    end
    if (rst) begin
      \$129  = 9'h000;
    end
  end
  assign \$signature__addr  = imem_addr;
  assign \$signature__data  = imem_data;
  assign \$signature__en  = imem_we;
  assign fetch_addr = ir__addr;
  assign load__decode = fetched;
  assign nxt = load__issue;
  assign instr = load__instr;
  assign store__decode = fetched;
  assign store__issue = load__issue;
  assign store__instr = load__instr;
  assign gemm__decode = fetched;
  assign gemm__issue = load__issue;
  assign gemm__instr = load__instr;
  assign post__decode = fetched;
  assign post__issue = load__issue;
  assign post__instr = load__instr;
  assign store__busy = 1'h0;
  assign \$like  = 10'h000;
  assign lp_end = 10'h000;
  assign \$signal$79  = 16'h0000;
  assign \$signal$80  = 16'h0000;
  assign \$signal$81  = 16'h0000;
  assign \$signal$82  = 9'h000;
  assign \inc.cycles  = inc[15:0];
  assign \inc.instructions  = inc[31:16];
  always @*
    fetched[10:0] = ir_q[10:0];
  always @*
    fetched[71:42] = ir_q[71:42];
  always @*
    fetched[104:88] = ir_q[104:88];
  always @*
    fetched[127:114] = ir_q[127:114];
  always @*
    inc[15:0] = { 15'h0000, busy };
  assign \$11  = 1'h0;
  assign \$12  = 1'h0;
  assign \$13  = 1'h1;
  assign \$14  = 1'h0;
  assign \$16  = 1'h0;
  assign \$17  = 1'h0;
  assign \$19  = 1'h0;
  assign \$20  = \$signal ;
  assign \$22  = 1'h0;
  assign \$24  = 1'h0;
  assign \$25  = \$signal$23 ;
  assign \$27  = 1'h0;
  assign \$28  = 1'h0;
  assign \$29  = 1'h1;
  assign \$30  = 1'h0;
  assign \$32  = 1'h0;
  assign \$33  = 1'h0;
  assign \$35  = 1'h0;
  assign \$36  = \$signal$25 ;
  assign \$38  = 1'h0;
  assign \$40  = 1'h0;
  assign \$41  = \$signal$27 ;
  assign \$62  = 1'h0;
  assign \$71  = 1'h0;
  assign \$73  = 1'h0;
  assign \$75  = \$74 ;
  assign \$83  = 1'h0;
  assign \$84  = 1'h0;
  assign \$85  = 1'h1;
  assign \$86  = 1'h0;
  assign \$91  = 1'h0;
  assign \$92  = bad;
  assign \$101  = 1'h0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.counters (clk, rst, running, clear, inc, value, sel);
  reg \$auto$verilog_backend.cc:2355:dump_module$3  = 0;
  reg [23:0] \$1 ;
  wire [24:0] \$10 ;
  wire [24:0] \$11 ;
  wire [24:0] \$12 ;
  wire [24:0] \$13 ;
  wire [24:0] \$14 ;
  wire [24:0] \$15 ;
  wire [24:0] \$16 ;
  wire [24:0] \$17 ;
  wire [24:0] \$18 ;
  wire [24:0] \$19 ;
  reg [23:0] \$2 ;
  wire [24:0] \$20 ;
  wire [24:0] \$21 ;
  wire [24:0] \$22 ;
  wire [24:0] \$23 ;
  wire [24:0] \$24 ;
  wire [24:0] \$25 ;
  reg [23:0] \$26 ;
  reg [23:0] \$27 ;
  reg [23:0] \$28 ;
  reg [23:0] \$29 ;
  reg [23:0] \$3 ;
  reg [23:0] \$30 ;
  reg [2:0] \$31 ;
  reg [23:0] \$32 ;
  reg \$33 ;
  reg [15:0] \$34 ;
  reg [23:0] \$35 ;
  reg [15:0] \$36 ;
  reg [23:0] \$37 ;
  reg [15:0] \$38 ;
  reg [23:0] \$39 ;
  reg [23:0] \$4 ;
  reg [15:0] \$40 ;
  reg [23:0] \$41 ;
  reg [15:0] \$42 ;
  reg [23:0] \$43 ;
  reg [15:0] \$44 ;
  reg [23:0] \$45 ;
  reg [15:0] \$46 ;
  reg [23:0] \$47 ;
  reg [15:0] \$48 ;
  reg [23:0] \$49 ;
  reg [23:0] \$5 ;
  reg [15:0] \$50 ;
  reg [23:0] \$51 ;
  reg [15:0] \$52 ;
  reg [23:0] \$53 ;
  reg [15:0] \$54 ;
  reg [23:0] \$55 ;
  reg [15:0] \$56 ;
  reg [23:0] \$57 ;
  reg [15:0] \$58 ;
  reg [23:0] \$59 ;
  reg [23:0] \$6 ;
  reg [15:0] \$60 ;
  reg [23:0] \$61 ;
  reg [15:0] \$62 ;
  reg [23:0] \$63 ;
  reg [15:0] \$64 ;
  reg [23:0] \$65 ;
  reg [15:0] \$66 ;
  reg [23:0] \$67 ;
  reg [15:0] \$68 ;
  reg [23:0] \$69 ;
  wire [24:0] \$7 ;
  reg [15:0] \$70 ;
  reg [23:0] \$71 ;
  wire [24:0] \$8 ;
  wire [24:0] \$9 ;
  input clear;
  wire clear;
  input clk;
  wire clk;
  reg counting = 1'h0;
  reg [23:0] ctr_cycles = 24'h000000;
  reg [23:0] ctr_gemm_busy = 24'h000000;
  reg [23:0] ctr_gemm_stall = 24'h000000;
  reg [23:0] ctr_group0 = 24'h000000;
  reg [23:0] ctr_group1 = 24'h000000;
  reg [23:0] ctr_group2 = 24'h000000;
  reg [23:0] ctr_group3 = 24'h000000;
  reg [23:0] ctr_group4 = 24'h000000;
  reg [23:0] ctr_instructions = 24'h000000;
  reg [23:0] ctr_load_busy = 24'h000000;
  reg [23:0] ctr_load_stall = 24'h000000;
  reg [23:0] ctr_post_busy = 24'h000000;
  reg [23:0] ctr_post_stall = 24'h000000;
  reg [23:0] ctr_sram_act_reads = 24'h000000;
  reg [23:0] ctr_sram_act_writes = 24'h000000;
  reg [23:0] ctr_sram_out_reads = 24'h000000;
  reg [23:0] ctr_sram_out_writes = 24'h000000;
  reg [23:0] ctr_sram_thresh_reads = 24'h000000;
  reg [23:0] ctr_sram_thresh_writes = 24'h000000;
  reg [23:0] ctr_sram_weight_reads = 24'h000000;
  reg [23:0] ctr_sram_weight_writes = 24'h000000;
  reg [23:0] ctr_store_busy = 24'h000000;
  reg [23:0] ctr_store_stall = 24'h000000;
  reg [23:0] ctr_threshold_ops = 24'h000000;
  input [303:0] inc;
  wire [303:0] inc;
  wire [15:0] \inc.cycles ;
  wire [15:0] \inc.gemm_busy ;
  wire [15:0] \inc.gemm_stall ;
  wire [15:0] \inc.instructions ;
  wire [15:0] \inc.load_busy ;
  wire [15:0] \inc.load_stall ;
  wire [15:0] \inc.post_busy ;
  wire [15:0] \inc.post_stall ;
  wire [15:0] \inc.sram_act_reads ;
  wire [15:0] \inc.sram_act_writes ;
  wire [15:0] \inc.sram_out_reads ;
  wire [15:0] \inc.sram_out_writes ;
  wire [15:0] \inc.sram_thresh_reads ;
  wire [15:0] \inc.sram_thresh_writes ;
  wire [15:0] \inc.sram_weight_reads ;
  wire [15:0] \inc.sram_weight_writes ;
  wire [15:0] \inc.store_busy ;
  wire [15:0] \inc.store_stall ;
  wire [15:0] \inc.threshold_ops ;
  reg [15:0] inc_q_cycles = 16'h0000;
  reg [15:0] inc_q_gemm_busy = 16'h0000;
  reg [15:0] inc_q_gemm_stall = 16'h0000;
  reg [15:0] inc_q_instructions = 16'h0000;
  reg [15:0] inc_q_load_busy = 16'h0000;
  reg [15:0] inc_q_load_stall = 16'h0000;
  reg [15:0] inc_q_post_busy = 16'h0000;
  reg [15:0] inc_q_post_stall = 16'h0000;
  reg [15:0] inc_q_sram_act_reads = 16'h0000;
  reg [15:0] inc_q_sram_act_writes = 16'h0000;
  reg [15:0] inc_q_sram_out_reads = 16'h0000;
  reg [15:0] inc_q_sram_out_writes = 16'h0000;
  reg [15:0] inc_q_sram_thresh_reads = 16'h0000;
  reg [15:0] inc_q_sram_thresh_writes = 16'h0000;
  reg [15:0] inc_q_sram_weight_reads = 16'h0000;
  reg [15:0] inc_q_sram_weight_writes = 16'h0000;
  reg [15:0] inc_q_store_busy = 16'h0000;
  reg [15:0] inc_q_store_stall = 16'h0000;
  reg [15:0] inc_q_threshold_ops = 16'h0000;
  input rst;
  wire rst;
  input running;
  wire running;
  input [4:0] sel;
  wire [4:0] sel;
  reg [2:0] sel_q = 3'h0;
  output [23:0] value;
  reg [23:0] value = 24'h000000;
  always @(posedge clk)
    ctr_group1 <= \$27 ;
  always @(posedge clk)
    ctr_group2 <= \$28 ;
  always @(posedge clk)
    ctr_group3 <= \$29 ;
  always @(posedge clk)
    ctr_group4 <= \$30 ;
  always @(posedge clk)
    sel_q <= \$31 ;
  always @(posedge clk)
    value <= \$32 ;
  always @(posedge clk)
    counting <= \$33 ;
  always @(posedge clk)
    inc_q_cycles <= \$34 ;
  always @(posedge clk)
    ctr_cycles <= \$35 ;
  always @(posedge clk)
    inc_q_instructions <= \$36 ;
  always @(posedge clk)
    ctr_instructions <= \$37 ;
  always @(posedge clk)
    inc_q_load_busy <= \$38 ;
  always @(posedge clk)
    ctr_load_busy <= \$39 ;
  always @(posedge clk)
    inc_q_load_stall <= \$40 ;
  always @(posedge clk)
    ctr_load_stall <= \$41 ;
  always @(posedge clk)
    inc_q_store_busy <= \$42 ;
  always @(posedge clk)
    ctr_store_busy <= \$43 ;
  always @(posedge clk)
    inc_q_store_stall <= \$44 ;
  always @(posedge clk)
    ctr_store_stall <= \$45 ;
  always @(posedge clk)
    inc_q_gemm_busy <= \$46 ;
  always @(posedge clk)
    ctr_gemm_busy <= \$47 ;
  always @(posedge clk)
    inc_q_gemm_stall <= \$48 ;
  always @(posedge clk)
    ctr_gemm_stall <= \$49 ;
  always @(posedge clk)
    inc_q_post_busy <= \$50 ;
  always @(posedge clk)
    ctr_post_busy <= \$51 ;
  always @(posedge clk)
    inc_q_post_stall <= \$52 ;
  always @(posedge clk)
    ctr_post_stall <= \$53 ;
  always @(posedge clk)
    inc_q_sram_act_reads <= \$54 ;
  always @(posedge clk)
    ctr_sram_act_reads <= \$55 ;
  always @(posedge clk)
    inc_q_sram_act_writes <= \$56 ;
  always @(posedge clk)
    ctr_sram_act_writes <= \$57 ;
  always @(posedge clk)
    inc_q_sram_weight_reads <= \$58 ;
  always @(posedge clk)
    ctr_sram_weight_reads <= \$59 ;
  always @(posedge clk)
    inc_q_sram_weight_writes <= \$60 ;
  always @(posedge clk)
    ctr_sram_weight_writes <= \$61 ;
  always @(posedge clk)
    inc_q_sram_thresh_reads <= \$62 ;
  always @(posedge clk)
    ctr_sram_thresh_reads <= \$63 ;
  always @(posedge clk)
    inc_q_sram_thresh_writes <= \$64 ;
  always @(posedge clk)
    ctr_sram_thresh_writes <= \$65 ;
  always @(posedge clk)
    inc_q_sram_out_reads <= \$66 ;
  always @(posedge clk)
    ctr_sram_out_reads <= \$67 ;
  always @(posedge clk)
    inc_q_sram_out_writes <= \$68 ;
  always @(posedge clk)
    ctr_sram_out_writes <= \$69 ;
  always @(posedge clk)
    inc_q_threshold_ops <= \$70 ;
  always @(posedge clk)
    ctr_threshold_ops <= \$71 ;
  assign \$7  = ctr_cycles + inc_q_cycles;
  assign \$8  = ctr_instructions + inc_q_instructions;
  assign \$9  = ctr_load_busy + inc_q_load_busy;
  assign \$10  = ctr_load_stall + inc_q_load_stall;
  assign \$11  = ctr_store_busy + inc_q_store_busy;
  assign \$12  = ctr_store_stall + inc_q_store_stall;
  assign \$13  = ctr_gemm_busy + inc_q_gemm_busy;
  assign \$14  = ctr_gemm_stall + inc_q_gemm_stall;
  assign \$15  = ctr_post_busy + inc_q_post_busy;
  assign \$16  = ctr_post_stall + inc_q_post_stall;
  assign \$17  = ctr_sram_act_reads + inc_q_sram_act_reads;
  assign \$18  = ctr_sram_act_writes + inc_q_sram_act_writes;
  assign \$19  = ctr_sram_weight_reads + inc_q_sram_weight_reads;
  assign \$20  = ctr_sram_weight_writes + inc_q_sram_weight_writes;
  assign \$21  = ctr_sram_thresh_reads + inc_q_sram_thresh_reads;
  assign \$22  = ctr_sram_thresh_writes + inc_q_sram_thresh_writes;
  assign \$23  = ctr_sram_out_reads + inc_q_sram_out_reads;
  assign \$24  = ctr_sram_out_writes + inc_q_sram_out_writes;
  assign \$25  = ctr_threshold_ops + inc_q_threshold_ops;
  always @(posedge clk)
    ctr_group0 <= \$26 ;
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$28  = \$3 ;
    if (rst) begin
      \$28  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$29  = \$4 ;
    if (rst) begin
      \$29  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$30  = \$5 ;
    if (rst) begin
      \$30  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$31  = sel[4:2];
    if (rst) begin
      \$31  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$32  = \$6 ;
    if (rst) begin
      \$32  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$33  = running;
    if (rst) begin
      \$33  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$34  = inc[15:0];
    if (rst) begin
      \$34  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$35  = ctr_cycles;
    if (clear) begin
      \$35  = 24'h000000;
    end else if (counting) begin
      \$35  = \$7 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$36  = inc[31:16];
    if (rst) begin
      \$36  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$37  = ctr_instructions;
    if (clear) begin
      \$37  = 24'h000000;
    end else if (counting) begin
      \$37  = \$8 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$38  = inc[47:32];
    if (rst) begin
      \$38  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$39  = ctr_load_busy;
    if (clear) begin
      \$39  = 24'h000000;
    end else if (counting) begin
      \$39  = \$9 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$40  = inc[63:48];
    if (rst) begin
      \$40  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$41  = ctr_load_stall;
    if (clear) begin
      \$41  = 24'h000000;
    end else if (counting) begin
      \$41  = \$10 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$42  = inc[79:64];
    if (rst) begin
      \$42  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$43  = ctr_store_busy;
    if (clear) begin
      \$43  = 24'h000000;
    end else if (counting) begin
      \$43  = \$11 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$44  = inc[95:80];
    if (rst) begin
      \$44  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$45  = ctr_store_stall;
    if (clear) begin
      \$45  = 24'h000000;
    end else if (counting) begin
      \$45  = \$12 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$46  = inc[111:96];
    if (rst) begin
      \$46  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$47  = ctr_gemm_busy;
    if (clear) begin
      \$47  = 24'h000000;
    end else if (counting) begin
      \$47  = \$13 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$48  = inc[127:112];
    if (rst) begin
      \$48  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$49  = ctr_gemm_stall;
    if (clear) begin
      \$49  = 24'h000000;
    end else if (counting) begin
      \$49  = \$14 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$50  = inc[143:128];
    if (rst) begin
      \$50  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$51  = ctr_post_busy;
    if (clear) begin
      \$51  = 24'h000000;
    end else if (counting) begin
      \$51  = \$15 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$52  = inc[159:144];
    if (rst) begin
      \$52  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$53  = ctr_post_stall;
    if (clear) begin
      \$53  = 24'h000000;
    end else if (counting) begin
      \$53  = \$16 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$54  = inc[175:160];
    if (rst) begin
      \$54  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$55  = ctr_sram_act_reads;
    if (clear) begin
      \$55  = 24'h000000;
    end else if (counting) begin
      \$55  = \$17 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$56  = inc[191:176];
    if (rst) begin
      \$56  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$57  = ctr_sram_act_writes;
    if (clear) begin
      \$57  = 24'h000000;
    end else if (counting) begin
      \$57  = \$18 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$58  = inc[207:192];
    if (rst) begin
      \$58  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$59  = ctr_sram_weight_reads;
    if (clear) begin
      \$59  = 24'h000000;
    end else if (counting) begin
      \$59  = \$19 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$60  = inc[223:208];
    if (rst) begin
      \$60  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$61  = ctr_sram_weight_writes;
    if (clear) begin
      \$61  = 24'h000000;
    end else if (counting) begin
      \$61  = \$20 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$62  = inc[239:224];
    if (rst) begin
      \$62  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$63  = ctr_sram_thresh_reads;
    if (clear) begin
      \$63  = 24'h000000;
    end else if (counting) begin
      \$63  = \$21 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$64  = inc[255:240];
    if (rst) begin
      \$64  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$65  = ctr_sram_thresh_writes;
    if (clear) begin
      \$65  = 24'h000000;
    end else if (counting) begin
      \$65  = \$22 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$66  = inc[271:256];
    if (rst) begin
      \$66  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$67  = ctr_sram_out_reads;
    if (clear) begin
      \$67  = 24'h000000;
    end else if (counting) begin
      \$67  = \$23 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$68  = inc[287:272];
    if (rst) begin
      \$68  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$69  = ctr_sram_out_writes;
    if (clear) begin
      \$69  = 24'h000000;
    end else if (counting) begin
      \$69  = \$24 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$70  = inc[303:288];
    if (rst) begin
      \$70  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$71  = ctr_threshold_ops;
    if (clear) begin
      \$71  = 24'h000000;
    end else if (counting) begin
      \$71  = \$25 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    (* full_case = 32'd1 *)
    casez (sel[1:0])
      2'h0:
          \$1  = ctr_cycles;
      2'h1:
          \$1  = ctr_instructions;
      2'h2:
          \$1  = ctr_load_busy;
      2'h3:
          \$1  = ctr_load_stall;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    (* full_case = 32'd1 *)
    casez (sel[1:0])
      2'h0:
          \$2  = ctr_store_busy;
      2'h1:
          \$2  = ctr_store_stall;
      2'h2:
          \$2  = ctr_gemm_busy;
      2'h3:
          \$2  = ctr_gemm_stall;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    (* full_case = 32'd1 *)
    casez (sel[1:0])
      2'h0:
          \$3  = ctr_post_busy;
      2'h1:
          \$3  = ctr_post_stall;
      2'h2:
          \$3  = ctr_sram_act_reads;
      2'h3:
          \$3  = ctr_sram_act_writes;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    (* full_case = 32'd1 *)
    casez (sel[1:0])
      2'h0:
          \$4  = ctr_sram_weight_reads;
      2'h1:
          \$4  = ctr_sram_weight_writes;
      2'h2:
          \$4  = ctr_sram_thresh_reads;
      2'h3:
          \$4  = ctr_sram_thresh_writes;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$5  = 24'h000000;
    casez (sel[1:0])
      2'h0:
          \$5  = ctr_sram_out_reads;
      2'h1:
          \$5  = ctr_sram_out_writes;
      2'h2:
          \$5  = ctr_threshold_ops;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$6  = 24'h000000;
    casez (sel_q)
      3'h0:
          \$6  = ctr_group0;
      3'h1:
          \$6  = ctr_group1;
      3'h2:
          \$6  = ctr_group2;
      3'h3:
          \$6  = ctr_group3;
      3'h4:
          \$6  = ctr_group4;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$26  = \$1 ;
    if (rst) begin
      \$26  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$27  = \$2 ;
    if (rst) begin
      \$27  = 24'h000000;
    end
  end
  assign \inc.cycles  = inc[15:0];
  assign \inc.instructions  = inc[31:16];
  assign \inc.load_busy  = inc[47:32];
  assign \inc.load_stall  = inc[63:48];
  assign \inc.store_busy  = inc[79:64];
  assign \inc.store_stall  = inc[95:80];
  assign \inc.gemm_busy  = inc[111:96];
  assign \inc.gemm_stall  = inc[127:112];
  assign \inc.post_busy  = inc[143:128];
  assign \inc.post_stall  = inc[159:144];
  assign \inc.sram_act_reads  = inc[175:160];
  assign \inc.sram_act_writes  = inc[191:176];
  assign \inc.sram_weight_reads  = inc[207:192];
  assign \inc.sram_weight_writes  = inc[223:208];
  assign \inc.sram_thresh_reads  = inc[239:224];
  assign \inc.sram_thresh_writes  = inc[255:240];
  assign \inc.sram_out_reads  = inc[271:256];
  assign \inc.sram_out_writes  = inc[287:272];
  assign \inc.threshold_ops  = inc[303:288];
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm (rst, cmd__refused, cmd__busy, cmd__decode, cmd__start, cmd__issue, cmd__instr, act_data, w_in, act_rd__en, weight_rd__en, cmd__done, inc, weight_rd__addr, act_rd__addr, land, pending, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$4  = 0;
  wire \$1 ;
  wire \$10 ;
  wire \$100 ;
  wire \$101 ;
  wire \$102 ;
  wire \$103 ;
  wire \$104 ;
  wire [15:0] \$105 ;
  wire [8:0] \$106 ;
  wire [8:0] \$107 ;
  wire \$108 ;
  wire \$109 ;
  wire \$11 ;
  wire [3:0] \$110 ;
  wire [16:0] \$111 ;
  wire [16:0] \$112 ;
  wire [16:0] \$113 ;
  wire \$114 ;
  wire [3:0] \$115 ;
  wire \$116 ;
  wire [3:0] \$117 ;
  wire [10:0] \$118 ;
  wire [8:0] \$119 ;
  wire \$12 ;
  wire [8:0] \$120 ;
  wire [3:0] \$121 ;
  wire \$122 ;
  wire [3:0] \$123 ;
  wire [10:0] \$124 ;
  wire [3:0] \$125 ;
  wire \$126 ;
  wire [11:0] \$127 ;
  wire [11:0] \$128 ;
  wire \$129 ;
  wire \$13 ;
  wire [2:0] \$130 ;
  wire [3:0] \$131 ;
  reg [7:0] \$132 ;
  reg [15:0] \$133 ;
  reg \$134 ;
  reg [15:0] \$135 ;
  reg \$136 ;
  reg \$137 ;
  reg [2:0] \$138 ;
  reg \$139 ;
  wire \$14 ;
  reg \$140 ;
  reg \$141 ;
  reg \$142 ;
  reg [7:0] \$143 ;
  reg [2:0] \$144 ;
  reg [15:0] \$145 ;
  reg [2:0] \$146 ;
  reg [2:0] \$147 ;
  reg [2:0] \$148 ;
  reg [1:0] \$149 ;
  wire \$15 ;
  reg [10:0] \$150 ;
  reg [2:0] \$151 ;
  reg [2:0] \$152 ;
  reg [9:0] \$153 ;
  reg [9:0] \$154 ;
  reg \$155 ;
  reg \$156 ;
  reg \$157 ;
  reg \$158 ;
  reg [7:0] \$159 ;
  wire \$16 ;
  reg [7:0] \$160 ;
  reg [7:0] \$161 ;
  reg [7:0] \$162 ;
  reg [15:0] \$163 ;
  reg \$164 ;
  reg [2:0] \$165 ;
  reg \$166 ;
  reg [15:0] \$167 ;
  reg [4:0] \$168 ;
  reg [1:0] \$169 ;
  wire \$17 ;
  wire \$18 ;
  wire \$19 ;
  wire \$2 ;
  wire \$20 ;
  wire \$21 ;
  wire \$22 ;
  wire \$23 ;
  wire \$24 ;
  wire \$25 ;
  wire \$26 ;
  wire \$27 ;
  wire \$28 ;
  wire \$29 ;
  wire \$3 ;
  wire \$30 ;
  wire \$31 ;
  wire \$32 ;
  wire \$33 ;
  wire \$34 ;
  wire [2:0] \$35 ;
  wire [11:0] \$36 ;
  wire \$37 ;
  wire \$38 ;
  wire \$39 ;
  wire \$4 ;
  wire \$40 ;
  wire \$41 ;
  wire \$42 ;
  wire \$43 ;
  wire \$44 ;
  wire \$45 ;
  wire \$46 ;
  wire \$47 ;
  wire \$48 ;
  wire \$49 ;
  wire \$5 ;
  wire \$50 ;
  wire \$51 ;
  wire \$52 ;
  wire \$53 ;
  wire \$54 ;
  wire \$55 ;
  wire \$56 ;
  wire \$57 ;
  wire \$58 ;
  wire \$59 ;
  wire \$6 ;
  wire \$60 ;
  wire \$61 ;
  wire \$62 ;
  wire \$63 ;
  wire \$64 ;
  wire \$65 ;
  wire \$66 ;
  wire \$67 ;
  wire \$68 ;
  wire \$69 ;
  wire \$7 ;
  wire \$70 ;
  wire \$71 ;
  wire \$72 ;
  wire \$73 ;
  wire \$74 ;
  wire \$75 ;
  wire \$76 ;
  wire \$77 ;
  wire \$78 ;
  wire \$79 ;
  wire \$8 ;
  wire \$80 ;
  wire \$81 ;
  wire \$82 ;
  wire \$83 ;
  wire \$84 ;
  wire [15:0] \$85 ;
  wire \$86 ;
  wire [11:0] \$87 ;
  wire [4:0] \$88 ;
  wire [1:0] \$89 ;
  wire \$9 ;
  wire [1:0] \$90 ;
  wire \$91 ;
  wire \$92 ;
  wire \$93 ;
  wire \$94 ;
  wire \$95 ;
  wire [2:0] \$96 ;
  wire \$97 ;
  wire \$98 ;
  wire \$99 ;
  reg \$signal  = 1'h0;
  (* init = 1'h0 *)
  wire \$signal$11 ;
  reg \$signal$22  = 1'h0;
  reg \$signal$23  = 1'h0;
  reg \$signal$24  = 1'h0;
  reg \$signal$25  = 1'h0;
  reg [9:0] \$signal$28  = 10'h000;
  (* init = 8'h00 *)
  wire [7:0] \$signal$36 ;
  (* init = 8'h00 *)
  wire [7:0] \$signal$38 ;
  reg \$signal$45  = 1'h0;
  reg \$signal$46  = 1'h0;
  reg [2:0] \$signal$52  = 3'h0;
  reg [2:0] \$signal$53  = 3'h0;
  reg [10:0] \$signal$55  = 11'h000;
  reg [2:0] \$signal$56  = 3'h0;
  reg [7:0] \$signal$59  = 8'h00;
  wire [15:0] a_in;
  output [63:0] acc;
  wire [63:0] acc;
  wire [63:0] \acc$1 ;
  input [15:0] act_data;
  wire [15:0] act_data;
  output [7:0] act_rd__addr;
  reg [7:0] act_rd__addr = 8'h00;
  output act_rd__en;
  reg act_rd__en;
  reg active = 1'h0;
  input clk;
  wire clk;
  output cmd__busy;
  wire cmd__busy;
  input [127:0] cmd__decode;
  wire [127:0] cmd__decode;
  output cmd__done;
  reg cmd__done;
  input [127:0] cmd__instr;
  wire [127:0] cmd__instr;
  input [127:0] cmd__issue;
  wire [127:0] cmd__issue;
  output cmd__refused;
  wire cmd__refused;
  input cmd__start;
  wire cmd__start;
  reg [2:0] cp = 3'h0;
  (* init = 3'h0 *)
  wire [2:0] cp_q;
  reg cz = 1'h0;
  reg [4:0] flight = 5'h00;
  reg [1:0] held = 2'h0;
  output [63:0] inc;
  reg [63:0] inc;
  wire [15:0] \inc.gemm_busy ;
  wire [15:0] \inc.gemm_stall ;
  wire [15:0] \inc.sram_act_reads ;
  wire [15:0] \inc.sram_weight_reads ;
  reg issuing = 1'h0;
  reg [9:0] ix = 10'h000;
  reg [2:0] kh1 = 3'h0;
  reg [2:0] ky = 3'h0;
  output land;
  wire land;
  reg last_step;
  reg [15:0] n_pad_last = 16'h0000;
  reg [7:0] n_pitch = 8'h00;
  reg [2:0] p = 3'h0;
  reg [15:0] p_pad_last = 16'h0000;
  reg pad_d = 1'h0;
  reg [15:0] pad_word_d = 16'h0000;
  reg [15:0] pad_word_q = 16'h0000;
  output [1:0] pending;
  reg [1:0] pending = 2'h0;
  reg [7:0] pitch = 8'h00;
  reg [2:0] plane = 3'h0;
  reg [7:0] plane_base = 8'h00;
  input rst;
  wire rst;
  reg valid = 1'h0;
  reg [15:0] w1 = 16'h0000;
  input [63:0] w_in;
  wire [63:0] w_in;
  wire [63:0] weight_data;
  output [7:0] weight_rd__addr;
  reg [7:0] weight_rd__addr = 8'h00;
  output weight_rd__en;
  reg weight_rd__en;
  reg zero = 1'h0;
  (* init = 1'h0 *)
  wire zero_d0;
  assign \$1  = cmd__decode[76:74] == 1'h1;
  assign \$2  = cmd__decode[79:77] == 1'h1;
  assign \$3  = cmd__decode[87:80] == 1'h1;
  assign \$4  = cmd__decode[95:88] == 1'h1;
  assign \$5  = ! cmd__decode[104:96];
  assign \$6  = ! cmd__decode[113:105];
  assign \$7  = ! cmd__decode[114];
  assign \$8  = ! cmd__decode[123:115];
  assign \$9  = & { \$8 , \$7 , \$6 , \$5 , \$4 , \$3 , \$2 , \$1  };
  assign \$10  = ~ \$9 ;
  assign \$11  = | cmd__decode[9:8];
  assign cmd__refused = \$10  | \$14 ;
  assign a_in = \$signal  ? pad_word_q : act_data;
  assign \$15  = held == 2'h3;
  assign \$16  = ~ issuing;
  assign \$17  = issuing & \$signal$22 ;
  assign \$18  = \$17  & \$signal$23 ;
  assign \$19  = \$18  & \$signal$24 ;
  assign \$20  = \$19  & \$signal$25 ;
  assign \$21  = \$16  | \$20 ;
  assign \$22  = \$15  & \$21 ;
  assign \$23  = issuing & \$signal$22 ;
  assign \$24  = \$23  & \$signal$23 ;
  assign \$25  = \$24  & \$signal$24 ;
  assign \$26  = \$25  & \$signal$25 ;
  assign \$27  = $signed(\$signal$28 ) >= $signed(1'h0);
  assign \$28  = $signed(\$signal$28 ) < $signed(2'h1);
  assign \$29  = \$27  & \$28 ;
  assign \$30  = $signed(ix) >= $signed(1'h0);
  assign \$31  = \$29  & \$30 ;
  assign \$32  = $signed(ix) < $signed(2'h1);
  assign \$33  = \$31  & \$32 ;
  assign \$34  = \$33  ? 1'h1 : 1'h0;
  assign \$35  = cmd__start ? 3'h4 : 3'h0;
  assign cmd__busy = | pending;
  assign \$36  = 1'h1 * cmd__decode[53:43];
  assign \$86  = ~ cmd__issue[10];
  assign \$87  = cmd__issue[53:43] - 1'h1;
  assign \$88  = cmd__issue[57:54] - 1'h1;
  assign \$91  = cmd__issue[53:43] == 1'h1;
  assign \$94  = cmd__issue[57:54] == 1'h1;
  assign \$95  = held != 2'h3;
  assign \$96  = held + 1'h1;
  assign \$97  = $signed(\$signal$28 ) >= $signed(1'h0);
  assign \$98  = $signed(\$signal$28 ) < $signed(2'h1);
  assign \$99  = \$97  & \$98 ;
  assign \$100  = $signed(ix) >= $signed(1'h0);
  assign \$101  = \$99  & \$100 ;
  assign \$102  = $signed(ix) < $signed(2'h1);
  assign \$103  = \$101  & \$102 ;
  assign \$104  = ~ \$103 ;
  assign \$105  = \$signal$22  ? p_pad_last : 16'h0000;
  assign \$106  = weight_rd__addr + 1'h1;
  assign \$107  = act_rd__addr + 1'h1;
  assign \$108  = ! w1;
  assign \$109  = ! \$signal$53 ;
  assign \$110  = p + 1'h1;
  assign \$111  = plane_base + cmd__instr[73:58];
  assign \$112  = plane_base + cmd__instr[73:58];
  assign \$113  = plane_base + cmd__instr[73:58];
  assign \$114  = ! kh1;
  assign \$115  = p + 1'h1;
  assign \$116  = \$115  == \$signal$52 ;
  assign \$117  = ky + 1'h1;
  assign \$118  = $signed(\$signal$28 ) + $signed(2'h1);
  assign \$119  = \$signal$59  + pitch;
  assign \$120  = \$signal$59  + pitch;
  assign \$121  = ky + 1'h1;
  assign \$122  = \$121  == kh1;
  assign \$123  = \$signal$56  + 1'h1;
  assign \$124  = $signed(ix) + $signed(2'h1);
  assign \$125  = \$signal$56  + 1'h1;
  assign \$126  = \$125  == \$signal$53 ;
  assign \$127  = \$signal$55  + 1'h1;
  assign \$128  = \$signal$55  + 1'h1;
  assign \$129  = \$128  == w1;
  assign \$130  = pending + cmd__start;
  assign \$131  = \$130  - flight[4];
  always @(posedge clk)
    n_pitch <= \$132 ;
  always @(posedge clk)
    n_pad_last <= \$133 ;
  always @(posedge clk)
    \$signal  <= \$134 ;
  always @(posedge clk)
    pad_word_q <= \$135 ;
  always @(posedge clk)
    valid <= \$136 ;
  always @(posedge clk)
    \$signal$46  <= \$137 ;
  always @(posedge clk)
    plane <= \$138 ;
  always @(posedge clk)
    zero <= \$139 ;
  always @(posedge clk)
    \$signal$45  <= \$140 ;
  always @(posedge clk)
    cz <= \$141 ;
  always @(posedge clk)
    active <= \$142 ;
  always @(posedge clk)
    weight_rd__addr <= \$143 ;
  always @(posedge clk)
    p <= \$144 ;
  always @(posedge clk)
    w1 <= \$145 ;
  always @(posedge clk)
    \$signal$52  <= \$146 ;
  always @(posedge clk)
    \$signal$53  <= \$147 ;
  always @(posedge clk)
    kh1 <= \$148 ;
  always @(posedge clk)
    held <= \$149 ;
  always @(posedge clk)
    \$signal$55  <= \$150 ;
  always @(posedge clk)
    \$signal$56  <= \$151 ;
  always @(posedge clk)
    ky <= \$152 ;
  always @(posedge clk)
    \$signal$28  <= \$153 ;
  always @(posedge clk)
    ix <= \$154 ;
  always @(posedge clk)
    \$signal$22  <= \$155 ;
  always @(posedge clk)
    \$signal$23  <= \$156 ;
  always @(posedge clk)
    \$signal$24  <= \$157 ;
  always @(posedge clk)
    \$signal$25  <= \$158 ;
  always @(posedge clk)
    plane_base <= \$159 ;
  always @(posedge clk)
    \$signal$59  <= \$160 ;
  always @(posedge clk)
    act_rd__addr <= \$161 ;
  always @(posedge clk)
    pitch <= \$162 ;
  always @(posedge clk)
    p_pad_last <= \$163 ;
  always @(posedge clk)
    issuing <= \$164 ;
  always @(posedge clk)
    cp <= \$165 ;
  always @(posedge clk)
    pad_d <= \$166 ;
  always @(posedge clk)
    pad_word_d <= \$167 ;
  always @(posedge clk)
    flight <= \$168 ;
  always @(posedge clk)
    pending <= \$169 ;
  \accel_top.gemm.array  array (
    .a_in(a_in),
    .acc(acc),
    .clk(clk),
    .plane(plane),
    .rst(rst),
    .valid(valid),
    .w_in(w_in),
    .zero(zero)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    act_rd__en = 1'h0;
    if (active) begin
      act_rd__en = 1'h1;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    weight_rd__en = 1'h0;
    if (active) begin
      weight_rd__en = 1'h1;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    cmd__done = 1'h0;
    if (active) begin
      cmd__done = \$22 ;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    last_step = 1'h0;
    if (active) begin
      last_step = \$26 ;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    { inc[63:32], inc[15:0] } = 48'h000000000000;
    if (active) begin
      if (issuing) begin
        inc[15:0] = 16'h0001;
        inc[47:32] = { 15'h0000, \$34  };
        inc[63:48] = 16'h0004;
      end
    end
    begin
        inc[31:16] = { 13'h0000, \$35  };
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$132  = \$36 [7:0];
    if (rst) begin
      \$132  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$133  = \$85 ;
    if (rst) begin
      \$133  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$134  = pad_d;
    if (rst) begin
      \$134  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$135  = pad_word_d;
    if (rst) begin
      \$135  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$136  = \$signal$45 ;
    if (rst) begin
      \$136  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$137  = cz;
    if (rst) begin
      \$137  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$138  = cp;
    if (rst) begin
      \$138  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$139  = \$signal$46 ;
    if (rst) begin
      \$139  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$140  = 1'h0;
    if (active) begin
      if (issuing) begin
        \$140  = 1'h1;
      end
    end
    if (rst) begin
      \$140  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$141  = 1'h0;
    if (cmd__start) begin
      \$141  = \$86 ;
    end
    if (rst) begin
      \$141  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$142  = active;
    if (cmd__start) begin
      \$142  = 1'h1;
    end else if (cmd__done) begin
      \$142  = 1'h0;
    end
    if (rst) begin
      \$142  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$143  = weight_rd__addr;
    if (cmd__start) begin
      \$143  = cmd__issue[34:27];
    end
    if (active) begin
      if (issuing) begin
        \$143  = \$106 [7:0];
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            if (\$signal$24 ) begin
              \$143  = cmd__instr[34:27];
            end
          end
        end
      end
    end
    if (cmd__done) begin
      \$143  = 8'h00;
    end
    if (rst) begin
      \$143  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$144  = p;
    if (cmd__start) begin
      \$144  = 3'h0;
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            if (\$signal$24 ) begin
              \$144  = \$110 [2:0];
            end
          end
        end
      end
    end
    if (rst) begin
      \$144  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$145  = w1;
    if (cmd__start) begin
      \$145  = { \$87 [11], \$87 [11], \$87 [11], \$87 [11], \$87  };
    end
    if (rst) begin
      \$145  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$146  = \$signal$52 ;
    if (cmd__start) begin
      \$146  = \$88 [2:0];
    end
    if (rst) begin
      \$146  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$147  = \$signal$53 ;
    if (cmd__start) begin
      \$147  = { \$89 [1], \$89  };
    end
    if (rst) begin
      \$147  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$148  = kh1;
    if (cmd__start) begin
      \$148  = { \$90 [1], \$90  };
    end
    if (rst) begin
      \$148  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$149  = held;
    if (cmd__start) begin
      \$149  = 2'h0;
    end
    if (active) begin
      if (\$95 ) begin
        \$149  = \$96 [1:0];
      end
    end
    if (rst) begin
      \$149  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$150  = \$signal$55 ;
    if (cmd__start) begin
      \$150  = 11'h000;
    end
    if (active) begin
      if (issuing) begin
        (* full_case = 32'd1 *)
        if (\$signal$22 ) begin
          \$150  = 11'h000;
        end else begin
          \$150  = \$127 [10:0];
        end
      end
    end
    if (rst) begin
      \$150  = 11'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$151  = \$signal$56 ;
    if (cmd__start) begin
      \$151  = 3'h0;
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          (* full_case = 32'd1 *)
          if (\$signal$23 ) begin
            \$151  = 3'h0;
          end else begin
            \$151  = \$123 [2:0];
          end
        end
      end
    end
    if (rst) begin
      \$151  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$152  = ky;
    if (cmd__start) begin
      \$152  = 3'h0;
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            (* full_case = 32'd1 *)
            if (\$signal$24 ) begin
              \$152  = 3'h0;
            end else begin
              \$152  = \$117 [2:0];
            end
          end
        end
      end
    end
    if (rst) begin
      \$152  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$153  = \$signal$28 ;
    if (cmd__start) begin
      \$153  = 10'h000;
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            (* full_case = 32'd1 *)
            if (\$signal$24 ) begin
              \$153  = 10'h000;
            end else begin
              \$153  = \$118 [9:0];
            end
          end
        end
      end
    end
    if (rst) begin
      \$153  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$154  = ix;
    if (cmd__start) begin
      \$154  = 10'h000;
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          (* full_case = 32'd1 *)
          if (\$signal$23 ) begin
            \$154  = 10'h000;
          end else begin
            \$154  = \$124 [9:0];
          end
        end
      end
    end
    if (rst) begin
      \$154  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$155  = \$signal$22 ;
    if (cmd__start) begin
      \$155  = \$91 ;
    end
    if (active) begin
      if (issuing) begin
        (* full_case = 32'd1 *)
        if (\$signal$22 ) begin
          \$155  = \$108 ;
        end else begin
          \$155  = \$129 ;
        end
      end
    end
    if (rst) begin
      \$155  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$156  = \$signal$23 ;
    if (cmd__start) begin
      \$156  = \$92 ;
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          (* full_case = 32'd1 *)
          if (\$signal$23 ) begin
            \$156  = \$109 ;
          end else begin
            \$156  = \$126 ;
          end
        end
      end
    end
    if (rst) begin
      \$156  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$157  = \$signal$24 ;
    if (cmd__start) begin
      \$157  = \$93 ;
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            (* full_case = 32'd1 *)
            if (\$signal$24 ) begin
              \$157  = \$114 ;
            end else begin
              \$157  = \$122 ;
            end
          end
        end
      end
    end
    if (rst) begin
      \$157  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$158  = \$signal$25 ;
    if (cmd__start) begin
      \$158  = \$94 ;
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            if (\$signal$24 ) begin
              \$158  = \$116 ;
            end
          end
        end
      end
    end
    if (rst) begin
      \$158  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$159  = plane_base;
    if (cmd__start) begin
      \$159  = cmd__issue[18:11];
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            if (\$signal$24 ) begin
              \$159  = \$111 [7:0];
            end
          end
        end
      end
    end
    if (rst) begin
      \$159  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$160  = \$signal$59 ;
    if (cmd__start) begin
      \$160  = cmd__issue[18:11];
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            (* full_case = 32'd1 *)
            if (\$signal$24 ) begin
              \$160  = \$112 [7:0];
            end else begin
              \$160  = \$119 [7:0];
            end
          end
        end
      end
    end
    if (rst) begin
      \$160  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$161  = act_rd__addr;
    if (cmd__start) begin
      \$161  = cmd__issue[18:11];
    end
    if (active) begin
      if (issuing) begin
        \$161  = \$107 [7:0];
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            (* full_case = 32'd1 *)
            if (\$signal$24 ) begin
              \$161  = \$113 [7:0];
            end else begin
              \$161  = \$120 [7:0];
            end
          end
        end
      end
    end
    if (cmd__done) begin
      \$161  = 8'h00;
    end
    if (rst) begin
      \$161  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$162  = pitch;
    if (cmd__start) begin
      \$162  = n_pitch;
    end
    if (rst) begin
      \$162  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$163  = p_pad_last;
    if (cmd__start) begin
      \$163  = n_pad_last;
    end
    if (rst) begin
      \$163  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$164  = issuing;
    if (cmd__start) begin
      \$164  = 1'h1;
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            if (\$signal$24 ) begin
              if (\$signal$25 ) begin
                \$164  = 1'h0;
              end
            end
          end
        end
      end
    end
    if (rst) begin
      \$164  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$165  = cp;
    if (active) begin
      if (issuing) begin
        \$165  = p;
      end
    end
    if (rst) begin
      \$165  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$166  = pad_d;
    if (active) begin
      if (issuing) begin
        \$166  = \$104 ;
      end
    end
    if (rst) begin
      \$166  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$167  = pad_word_d;
    if (active) begin
      if (issuing) begin
        \$167  = \$105 ;
      end
    end
    if (rst) begin
      \$167  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$168  = { flight[3:0], last_step };
    if (rst) begin
      \$168  = 5'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$169  = \$131 [1:0];
    if (rst) begin
      \$169  = 2'h0;
    end
  end
  assign \acc$1  = acc;
  assign weight_data = w_in;
  assign \$signal$11  = valid;
  assign zero_d0 = zero;
  assign cp_q = plane;
  assign \$signal$36  = act_rd__addr;
  assign \$signal$38  = weight_rd__addr;
  assign land = flight[4];
  assign \inc.gemm_busy  = inc[15:0];
  assign \inc.gemm_stall  = inc[31:16];
  assign \inc.sram_act_reads  = inc[47:32];
  assign \inc.sram_weight_reads  = inc[63:48];
  assign \$12  = 1'h0;
  assign \$13  = 1'h0;
  assign \$14  = \$11 ;
  assign \$37  = 1'h0;
  assign \$38  = 1'h1;
  assign \$39  = 1'h0;
  assign \$40  = 1'h0;
  assign \$41  = 1'h1;
  assign \$42  = 1'h0;
  assign \$43  = 1'h0;
  assign \$44  = 1'h1;
  assign \$45  = 1'h0;
  assign \$46  = 1'h0;
  assign \$47  = 1'h1;
  assign \$48  = 1'h0;
  assign \$49  = 1'h0;
  assign \$50  = 1'h1;
  assign \$51  = 1'h0;
  assign \$52  = 1'h0;
  assign \$53  = 1'h1;
  assign \$54  = 1'h0;
  assign \$55  = 1'h0;
  assign \$56  = 1'h1;
  assign \$57  = 1'h0;
  assign \$58  = 1'h0;
  assign \$59  = 1'h1;
  assign \$60  = 1'h0;
  assign \$61  = 1'h0;
  assign \$62  = 1'h1;
  assign \$63  = 1'h0;
  assign \$64  = 1'h0;
  assign \$65  = 1'h1;
  assign \$66  = 1'h0;
  assign \$67  = 1'h0;
  assign \$68  = 1'h1;
  assign \$69  = 1'h0;
  assign \$70  = 1'h0;
  assign \$71  = 1'h1;
  assign \$72  = 1'h0;
  assign \$73  = 1'h0;
  assign \$74  = 1'h1;
  assign \$75  = 1'h0;
  assign \$76  = 1'h0;
  assign \$77  = 1'h1;
  assign \$78  = 1'h0;
  assign \$79  = 1'h0;
  assign \$80  = 1'h1;
  assign \$81  = 1'h0;
  assign \$82  = 1'h0;
  assign \$83  = 1'h1;
  assign \$84  = 1'h0;
  assign \$85  = 16'h0000;
  assign \$89  = 2'h0;
  assign \$90  = 2'h0;
  assign \$92  = 1'h1;
  assign \$93  = 1'h1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array (rst, a_in, w_in, valid, plane, zero, acc, clk);
  (* init = 16'h0000 *)
  wire [15:0] a;
  (* init = 16'h0000 *)
  wire [15:0] \a$22 ;
  (* init = 16'h0000 *)
  wire [15:0] \a$28 ;
  (* init = 16'h0000 *)
  wire [15:0] \a$34 ;
  reg [15:0] a0_g0_q0 = 16'h0000;
  input [15:0] a_in;
  wire [15:0] a_in;
  output [63:0] acc;
  wire [63:0] acc;
  wire [15:0] \acc$21 ;
  wire [15:0] \acc$27 ;
  wire [15:0] \acc$33 ;
  wire [15:0] \acc$39 ;
  input clk;
  wire clk;
  input [2:0] plane;
  wire [2:0] plane;
  (* init = 3'h0 *)
  wire [2:0] \plane$19 ;
  (* init = 3'h0 *)
  wire [2:0] \plane$26 ;
  (* init = 3'h0 *)
  wire [2:0] \plane$32 ;
  (* init = 3'h0 *)
  wire [2:0] \plane$38 ;
  reg [2:0] plane_r0_g0_q0 = 3'h0;
  input rst;
  wire rst;
  input valid;
  wire valid;
  (* init = 1'h0 *)
  wire \valid$17 ;
  (* init = 1'h0 *)
  wire \valid$24 ;
  (* init = 1'h0 *)
  wire \valid$30 ;
  (* init = 1'h0 *)
  wire \valid$36 ;
  reg valid_r0_g0_q0 = 1'h0;
  (* init = 16'h0000 *)
  wire [15:0] w;
  (* init = 16'h0000 *)
  wire [15:0] \w$23 ;
  (* init = 16'h0000 *)
  wire [15:0] \w$29 ;
  (* init = 16'h0000 *)
  wire [15:0] \w$35 ;
  reg [15:0] w0_q0 = 16'h0000;
  reg [15:0] w1_q0 = 16'h0000;
  reg [15:0] w2_q0 = 16'h0000;
  reg [15:0] w3_q0 = 16'h0000;
  input [63:0] w_in;
  wire [63:0] w_in;
  input zero;
  wire zero;
  (* init = 1'h0 *)
  wire \zero$18 ;
  (* init = 1'h0 *)
  wire \zero$25 ;
  (* init = 1'h0 *)
  wire \zero$31 ;
  (* init = 1'h0 *)
  wire \zero$37 ;
  reg zero_r0_g0_q0 = 1'h0;
  always @(posedge clk)
    a0_g0_q0 <= a_in;
  always @(posedge clk)
    w0_q0 <= w_in[15:0];
  always @(posedge clk)
    w1_q0 <= w_in[31:16];
  always @(posedge clk)
    w2_q0 <= w_in[47:32];
  always @(posedge clk)
    w3_q0 <= w_in[63:48];
  always @(posedge clk)
    valid_r0_g0_q0 <= valid;
  always @(posedge clk)
    zero_r0_g0_q0 <= zero;
  always @(posedge clk)
    plane_r0_g0_q0 <= plane;
  \accel_top.gemm.array.pe_0_0  pe_0_0 (
    .a(a0_g0_q0),
    .acc(\acc$21 ),
    .clk(clk),
    .plane(plane_r0_g0_q0),
    .rst(rst),
    .valid(valid_r0_g0_q0),
    .w(w0_q0),
    .zero(zero_r0_g0_q0)
  );
  \accel_top.gemm.array.pe_0_1  pe_0_1 (
    .a(a0_g0_q0),
    .acc(\acc$27 ),
    .clk(clk),
    .plane(plane_r0_g0_q0),
    .rst(rst),
    .valid(valid_r0_g0_q0),
    .w(w1_q0),
    .zero(zero_r0_g0_q0)
  );
  \accel_top.gemm.array.pe_0_2  pe_0_2 (
    .a(a0_g0_q0),
    .acc(\acc$33 ),
    .clk(clk),
    .plane(plane_r0_g0_q0),
    .rst(rst),
    .valid(valid_r0_g0_q0),
    .w(w2_q0),
    .zero(zero_r0_g0_q0)
  );
  \accel_top.gemm.array.pe_0_3  pe_0_3 (
    .a(a0_g0_q0),
    .acc(\acc$39 ),
    .clk(clk),
    .plane(plane_r0_g0_q0),
    .rst(rst),
    .valid(valid_r0_g0_q0),
    .w(w3_q0),
    .zero(zero_r0_g0_q0)
  );
  assign a = a0_g0_q0;
  assign w = w0_q0;
  assign \valid$17  = valid_r0_g0_q0;
  assign \zero$18  = zero_r0_g0_q0;
  assign \plane$19  = plane_r0_g0_q0;
  assign \a$22  = a0_g0_q0;
  assign \w$23  = w1_q0;
  assign \valid$24  = valid_r0_g0_q0;
  assign \zero$25  = zero_r0_g0_q0;
  assign \plane$26  = plane_r0_g0_q0;
  assign \a$28  = a0_g0_q0;
  assign \w$29  = w2_q0;
  assign \valid$30  = valid_r0_g0_q0;
  assign \zero$31  = zero_r0_g0_q0;
  assign \plane$32  = plane_r0_g0_q0;
  assign \a$34  = a0_g0_q0;
  assign \w$35  = w3_q0;
  assign \valid$36  = valid_r0_g0_q0;
  assign \zero$37  = zero_r0_g0_q0;
  assign \plane$38  = plane_r0_g0_q0;
  assign acc[63:48] = \acc$39 ;
  assign acc[47:32] = \acc$33 ;
  assign acc[31:16] = \acc$27 ;
  assign acc[15:0] = \acc$21 ;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_0 (rst, a, w, valid, zero, plane, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$5  = 0;
  wire [15:0] \$1 ;
  wire [11:0] \$2 ;
  wire [16:0] \$3 ;
  reg [15:0] \$4 ;
  input [15:0] a;
  wire [15:0] a;
  output [15:0] acc;
  reg [15:0] acc = 16'h0000;
  (* init = 16'h0000 *)
  wire [15:0] \acc$4 ;
  input clk;
  wire clk;
  wire [15:0] i;
  wire [4:0] o;
  input [2:0] plane;
  wire [2:0] plane;
  reg [2:0] plane_d0 = 3'h0;
  input rst;
  wire rst;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  input [15:0] w;
  wire [15:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= plane;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o << plane_d0;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.gemm.array.pe_0_0.pop  pop (
    .clk(clk),
    .i(i),
    .o(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$5 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 16'h0000;
    end else if (valid_d0) begin
      \$4  = \$3 [15:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_0.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [3:0] \$2 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  input clk;
  wire clk;
  input [15:0] i;
  wire [15:0] i;
  output [4:0] o;
  reg [4:0] o = 5'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [4:0] pop_l4_0;
  (* init = 5'h00 *)
  wire [4:0] pop_r0;
  input rst;
  wire rst;
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[9] + i[10];
  assign \pop_l1_0$9  = i[11] + i[12];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[13] + i[14];
  assign \$1  = \pop_l1_0$11  + i[15];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[0];
  always @(posedge clk)
    o <= \$4 [4:0];
  assign pop_l1_0 = i[1] + i[2];
  assign \pop_l1_0$2  = i[3] + i[4];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[5] + i[6];
  assign \pop_l1_0$5  = i[7] + i[8];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign pop_r0 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_1 (rst, a, w, valid, zero, plane, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$6  = 0;
  wire [15:0] \$1 ;
  wire [11:0] \$2 ;
  wire [16:0] \$3 ;
  reg [15:0] \$4 ;
  input [15:0] a;
  wire [15:0] a;
  output [15:0] acc;
  reg [15:0] acc = 16'h0000;
  (* init = 16'h0000 *)
  wire [15:0] \acc$4 ;
  input clk;
  wire clk;
  wire [15:0] i;
  wire [4:0] o;
  input [2:0] plane;
  wire [2:0] plane;
  reg [2:0] plane_d0 = 3'h0;
  input rst;
  wire rst;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  input [15:0] w;
  wire [15:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= plane;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o << plane_d0;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.gemm.array.pe_0_1.pop  pop (
    .clk(clk),
    .i(i),
    .o(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$6 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 16'h0000;
    end else if (valid_d0) begin
      \$4  = \$3 [15:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_1.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [3:0] \$2 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  input clk;
  wire clk;
  input [15:0] i;
  wire [15:0] i;
  output [4:0] o;
  reg [4:0] o = 5'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [4:0] pop_l4_0;
  (* init = 5'h00 *)
  wire [4:0] pop_r0;
  input rst;
  wire rst;
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[9] + i[10];
  assign \pop_l1_0$9  = i[11] + i[12];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[13] + i[14];
  assign \$1  = \pop_l1_0$11  + i[15];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[0];
  always @(posedge clk)
    o <= \$4 [4:0];
  assign pop_l1_0 = i[1] + i[2];
  assign \pop_l1_0$2  = i[3] + i[4];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[5] + i[6];
  assign \pop_l1_0$5  = i[7] + i[8];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign pop_r0 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_2 (rst, a, w, valid, zero, plane, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$7  = 0;
  wire [15:0] \$1 ;
  wire [11:0] \$2 ;
  wire [16:0] \$3 ;
  reg [15:0] \$4 ;
  input [15:0] a;
  wire [15:0] a;
  output [15:0] acc;
  reg [15:0] acc = 16'h0000;
  (* init = 16'h0000 *)
  wire [15:0] \acc$4 ;
  input clk;
  wire clk;
  wire [15:0] i;
  wire [4:0] o;
  input [2:0] plane;
  wire [2:0] plane;
  reg [2:0] plane_d0 = 3'h0;
  input rst;
  wire rst;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  input [15:0] w;
  wire [15:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= plane;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o << plane_d0;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.gemm.array.pe_0_2.pop  pop (
    .clk(clk),
    .i(i),
    .o(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$7 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 16'h0000;
    end else if (valid_d0) begin
      \$4  = \$3 [15:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_2.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [3:0] \$2 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  input clk;
  wire clk;
  input [15:0] i;
  wire [15:0] i;
  output [4:0] o;
  reg [4:0] o = 5'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [4:0] pop_l4_0;
  (* init = 5'h00 *)
  wire [4:0] pop_r0;
  input rst;
  wire rst;
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[9] + i[10];
  assign \pop_l1_0$9  = i[11] + i[12];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[13] + i[14];
  assign \$1  = \pop_l1_0$11  + i[15];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[0];
  always @(posedge clk)
    o <= \$4 [4:0];
  assign pop_l1_0 = i[1] + i[2];
  assign \pop_l1_0$2  = i[3] + i[4];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[5] + i[6];
  assign \pop_l1_0$5  = i[7] + i[8];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign pop_r0 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_3 (rst, a, w, valid, zero, plane, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$8  = 0;
  wire [15:0] \$1 ;
  wire [11:0] \$2 ;
  wire [16:0] \$3 ;
  reg [15:0] \$4 ;
  input [15:0] a;
  wire [15:0] a;
  output [15:0] acc;
  reg [15:0] acc = 16'h0000;
  (* init = 16'h0000 *)
  wire [15:0] \acc$4 ;
  input clk;
  wire clk;
  wire [15:0] i;
  wire [4:0] o;
  input [2:0] plane;
  wire [2:0] plane;
  reg [2:0] plane_d0 = 3'h0;
  input rst;
  wire rst;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  input [15:0] w;
  wire [15:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= plane;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o << plane_d0;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.gemm.array.pe_0_3.pop  pop (
    .clk(clk),
    .i(i),
    .o(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$8 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 16'h0000;
    end else if (valid_d0) begin
      \$4  = \$3 [15:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_3.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [3:0] \$2 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  input clk;
  wire clk;
  input [15:0] i;
  wire [15:0] i;
  output [4:0] o;
  reg [4:0] o = 5'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [4:0] pop_l4_0;
  (* init = 5'h00 *)
  wire [4:0] pop_r0;
  input rst;
  wire rst;
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[9] + i[10];
  assign \pop_l1_0$9  = i[11] + i[12];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[13] + i[14];
  assign \$1  = \pop_l1_0$11  + i[15];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[0];
  always @(posedge clk)
    o <= \$4 [4:0];
  assign pop_l1_0 = i[1] + i[2];
  assign \pop_l1_0$2  = i[3] + i[4];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[5] + i[6];
  assign \pop_l1_0$5  = i[7] + i[8];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign pop_r0 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.load (mem_rd_data_valid, mem_rd_data, clk, rst, cmd__refused, cmd__done, cmd__busy, cmd__push, mem_rd_valid, cmd__decode, cmd__start, cmd__issue, inc, act_wr__addr, act_wr__data, act_wr__en, weight_wr__addr, weight_wr__data, weight_wr__en, tob_wr__addr, tob_wr__data
, tob_wr__en, mem_rd_len, req_addr, mem_rd_ready);
  reg \$auto$verilog_backend.cc:2355:dump_module$9  = 0;
  wire \$1 ;
  wire [16:0] \$10 ;
  wire \$11 ;
  wire \$12 ;
  wire \$13 ;
  wire \$14 ;
  wire [16:0] \$15 ;
  wire \$16 ;
  wire \$17 ;
  wire \$18 ;
  wire \$19 ;
  wire \$2 ;
  wire [16:0] \$20 ;
  wire \$21 ;
  wire \$22 ;
  wire \$23 ;
  wire \$24 ;
  wire \$25 ;
  wire \$26 ;
  wire \$27 ;
  wire \$28 ;
  wire \$29 ;
  wire \$3 ;
  wire \$30 ;
  wire \$31 ;
  wire \$32 ;
  wire [16:0] \$33 ;
  wire \$34 ;
  wire [16:0] \$35 ;
  wire \$36 ;
  wire [16:0] \$37 ;
  wire [16:0] \$38 ;
  wire [16:0] \$39 ;
  wire \$4 ;
  wire [16:0] \$40 ;
  wire [16:0] \$41 ;
  wire [16:0] \$42 ;
  wire \$43 ;
  wire [16:0] \$44 ;
  wire [9:0] \$45 ;
  wire \$46 ;
  wire \$47 ;
  wire \$48 ;
  wire \$49 ;
  wire \$5 ;
  wire \$50 ;
  wire [3:0] \$51 ;
  wire [32:0] \$52 ;
  wire \$53 ;
  wire \$54 ;
  wire \$55 ;
  wire [3:0] \$56 ;
  wire \$57 ;
  wire [3:0] \$58 ;
  wire \$59 ;
  wire \$6 ;
  wire [9:0] \$60 ;
  wire [9:0] \$61 ;
  wire \$62 ;
  wire [3:0] \$63 ;
  wire [3:0] \$64 ;
  wire \$65 ;
  wire [1:0] \$66 ;
  reg [1:0] \$67 ;
  reg [23:0] \$68 ;
  reg [3:0] \$69 ;
  wire \$7 ;
  reg \$70 ;
  reg [127:0] \$71 ;
  reg \$72 ;
  reg [1:0] \$73 ;
  reg [8:0] \$74 ;
  reg [2:0] \$75 ;
  reg [23:0] \$76 ;
  reg \$77 ;
  reg [2:0] \$78 ;
  reg [15:0] \$79 ;
  wire \$8 ;
  reg [2:0] \$80 ;
  reg [8:0] \$81 ;
  reg [2:0] \$82 ;
  reg \$83 ;
  reg \$84 ;
  reg [15:0] \$85 ;
  reg \$86 ;
  reg \$87 ;
  wire \$9 ;
  reg \$signal  = 1'h0;
  reg [8:0] \$signal$43  = 9'h000;
  output [7:0] act_wr__addr;
  reg [7:0] act_wr__addr;
  output [15:0] act_wr__data;
  reg [15:0] act_wr__data;
  output [3:0] act_wr__en;
  reg [3:0] act_wr__en;
  reg active = 1'h0;
  reg [15:0] asm = 16'h0000;
  reg [2:0] b1 = 3'h0;
  input clk;
  wire clk;
  output cmd__busy;
  wire cmd__busy;
  input [127:0] cmd__decode;
  wire [127:0] cmd__decode;
  output cmd__done;
  wire cmd__done;
  input [127:0] cmd__issue;
  wire [127:0] cmd__issue;
  output cmd__push;
  wire cmd__push;
  output cmd__refused;
  wire cmd__refused;
  input cmd__start;
  wire cmd__start;
  reg decoupled = 1'h0;
  reg fin;
  reg [15:0] full;
  reg [3:0] held = 4'h0;
  output [79:0] inc;
  reg [79:0] inc;
  wire [15:0] \inc.load_busy ;
  wire [15:0] \inc.load_stall ;
  wire [15:0] \inc.sram_act_writes ;
  wire [15:0] \inc.sram_thresh_writes ;
  wire [15:0] \inc.sram_weight_writes ;
  reg [127:0] load_instr = 128'h00000000000000000000000000000000;
  wire [31:0] mem_rd_addr;
  input [15:0] mem_rd_data;
  wire [15:0] mem_rd_data;
  input mem_rd_data_valid;
  wire mem_rd_data_valid;
  output [23:0] mem_rd_len;
  reg [23:0] mem_rd_len = 24'h000000;
  input mem_rd_ready;
  wire mem_rd_ready;
  output mem_rd_valid;
  wire mem_rd_valid;
  reg [1:0] n_nb1 = 2'h0;
  reg [23:0] n_rd_len = 24'h000000;
  reg [1:0] nb1 = 2'h0;
  (* init = 24'h000000 *)
  wire [23:0] rd_len;
  output [15:0] req_addr;
  reg [15:0] req_addr = 16'h0000;
  reg [2:0] req_cnt = 3'h0;
  reg req_more = 1'h0;
  input rst;
  wire rst;
  reg [2:0] rx_bank = 3'h0;
  reg [2:0] rx_beat = 3'h0;
  reg rx_bl = 1'h0;
  reg rx_blast = 1'h0;
  reg rx_oh = 1'h1;
  reg [8:0] rx_word = 9'h000;
  output [7:0] tob_wr__addr;
  reg [7:0] tob_wr__addr;
  output [63:0] tob_wr__data;
  reg [63:0] tob_wr__data;
  output [3:0] tob_wr__en;
  reg [3:0] tob_wr__en;
  output [7:0] weight_wr__addr;
  reg [7:0] weight_wr__addr;
  output [63:0] weight_wr__data;
  reg [63:0] weight_wr__data;
  output [3:0] weight_wr__en;
  reg [3:0] weight_wr__en;
  assign mem_rd_valid = active & req_more;
  assign \$9  = rx_bl & \$signal ;
  assign \$10  = load_instr[25:10] + rx_word;
  assign \$11  = ! rx_bank;
  assign \$12  = ! rx_bank;
  assign \$13  = ! rx_bank;
  assign \$14  = ! rx_bank;
  assign \$15  = load_instr[25:10] + rx_word;
  assign \$16  = ! rx_bank;
  assign \$17  = rx_bank == 1'h1;
  assign \$18  = rx_bank == 2'h2;
  assign \$19  = rx_bank == 2'h3;
  assign \$20  = load_instr[25:10] + rx_word;
  assign \$21  = ! rx_bank;
  assign \$22  = rx_bank == 1'h1;
  assign \$23  = rx_bank == 2'h2;
  assign \$24  = rx_bank == 2'h3;
  assign \$25  = ! cmd__decode[9:8];
  assign \$26  = cmd__decode[9:8] == 1'h1;
  assign \$27  = cmd__decode[9:8] == 2'h2;
  assign \$32  = ! cmd__decode[9:8];
  assign \$34  = cmd__decode[9:8] == 1'h1;
  assign \$36  = cmd__decode[9:8] == 2'h2;
  assign \$43  = cmd__start & cmd__issue[7];
  assign \$44  = cmd__issue[50:35] - 1'h1;
  assign \$45  = cmd__issue[34:26] - 1'h1;
  assign \$46  = | cmd__issue[34:26];
  assign \$47  = ! n_nb1;
  assign \$48  = cmd__issue[50:35] == 1'h1;
  assign \$49  = cmd__issue[34:26] == 1'h1;
  assign \$50  = mem_rd_valid & mem_rd_ready;
  assign \$51  = req_cnt + 1'h1;
  assign \$52  = req_addr + load_instr[114:83];
  assign \$53  = req_cnt != b1;
  assign \$54  = ! nb1;
  assign \$55  = rx_bl & \$signal ;
  assign \$56  = rx_bank + 1'h1;
  assign \$57  = ! \$signal$43 ;
  assign \$58  = rx_bank + 1'h1;
  assign \$59  = \$58  == b1;
  assign \$60  = rx_word + 1'h1;
  assign \$61  = rx_word + 1'h1;
  assign \$62  = \$61  == \$signal$43 ;
  assign \$63  = rx_beat + 1'h1;
  assign \$64  = rx_beat + 1'h1;
  assign \$65  = \$64  == nb1;
  always @(posedge clk)
    n_nb1 <= \$67 ;
  always @(posedge clk)
    n_rd_len <= \$68 ;
  always @(posedge clk)
    held <= \$69 ;
  always @(posedge clk)
    active <= \$70 ;
  always @(posedge clk)
    load_instr <= \$71 ;
  always @(posedge clk)
    decoupled <= \$72 ;
  always @(posedge clk)
    nb1 <= \$73 ;
  always @(posedge clk)
    \$signal$43  <= \$74 ;
  always @(posedge clk)
    b1 <= \$75 ;
  always @(posedge clk)
    mem_rd_len <= \$76 ;
  always @(posedge clk)
    req_more <= \$77 ;
  always @(posedge clk)
    req_cnt <= \$78 ;
  always @(posedge clk)
    req_addr <= \$79 ;
  always @(posedge clk)
    rx_bank <= \$80 ;
  always @(posedge clk)
    rx_word <= \$81 ;
  always @(posedge clk)
    rx_beat <= \$82 ;
  always @(posedge clk)
    rx_bl <= \$83 ;
  always @(posedge clk)
    rx_oh <= \$84 ;
  always @(posedge clk)
    asm <= \$85 ;
  always @(posedge clk)
    \$signal  <= \$86 ;
  always @(posedge clk)
    rx_blast <= \$87 ;
  assign \$1  = cmd__decode[9:8] == 2'h3;
  assign \$2  = cmd__decode[9:8] != 1'h1;
  assign \$3  = cmd__decode[7] & \$2 ;
  assign \$4  = | cmd__decode[9:8];
  assign \$5  = cmd__decode[115] & \$4 ;
  assign \$6  = \$3  | \$5 ;
  assign cmd__refused = \$1  | \$6 ;
  assign cmd__done = decoupled ? held[3] : fin;
  assign \$7  = active & decoupled;
  assign \$8  = ~ fin;
  assign cmd__busy = \$7  & \$8 ;
  assign cmd__push = fin & decoupled;
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    full = 16'h0000;
    if (active) begin
      full = asm;
      if (rx_oh) begin
        full = mem_rd_data;
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    inc = 80'h00000000000000000000;
    if (active) begin
      (* full_case = 32'd1 *)
      if (mem_rd_data_valid) begin
        inc[15:0] = 16'h0001;
        if (rx_bl) begin
          casez (load_instr[9:8])
            2'h0:
                inc[47:32] = 16'h0001;
            2'h1:
                inc[63:48] = 16'h0001;
            2'h2:
                inc[79:64] = 16'h0001;
          endcase
        end
      end else begin
        inc[31:16] = 16'h0001;
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    fin = 1'h0;
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          if (\$9 ) begin
            if (rx_blast) begin
              fin = 1'h1;
            end
          end
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    act_wr__addr = 8'h00;
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          casez (load_instr[9:8])
            2'h0:
                act_wr__addr = \$10 [7:0];
          endcase
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    act_wr__data = 16'h0000;
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          casez (load_instr[9:8])
            2'h0:
                act_wr__data = full;
          endcase
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    act_wr__en = 4'h0;
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          casez (load_instr[9:8])
            2'h0:
                act_wr__en = { \$14 , \$13 , \$12 , \$11  };
          endcase
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    weight_wr__addr = 8'h00;
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          casez (load_instr[9:8])
            2'h0:
                /* empty */;
            2'h1:
                weight_wr__addr = \$15 [7:0];
          endcase
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    weight_wr__data = 64'h0000000000000000;
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          casez (load_instr[9:8])
            2'h0:
                /* empty */;
            2'h1:
                weight_wr__data = { full, full, full, full };
          endcase
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    weight_wr__en = 4'h0;
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          casez (load_instr[9:8])
            2'h0:
                /* empty */;
            2'h1:
                weight_wr__en = { \$19 , \$18 , \$17 , \$16  };
          endcase
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    tob_wr__addr = 8'h00;
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          casez (load_instr[9:8])
            2'h0:
                /* empty */;
            2'h1:
                /* empty */;
            2'h2:
                tob_wr__addr = \$20 [7:0];
          endcase
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    tob_wr__data = 64'h0000000000000000;
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          casez (load_instr[9:8])
            2'h0:
                /* empty */;
            2'h1:
                /* empty */;
            2'h2:
                tob_wr__data = { full, full, full, full };
          endcase
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    tob_wr__en = 4'h0;
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          casez (load_instr[9:8])
            2'h0:
                /* empty */;
            2'h1:
                /* empty */;
            2'h2:
                tob_wr__en = { \$24 , \$23 , \$22 , \$21  };
          endcase
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$67  = { 1'h0, \$31  };
    if (rst) begin
      \$67  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$68  = { 7'h00, \$42  };
    if (rst) begin
      \$68  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$69  = { held[2:0], \$43  };
    if (rst) begin
      \$69  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$70  = active;
    if (fin) begin
      \$70  = 1'h0;
    end
    if (cmd__start) begin
      \$70  = 1'h1;
    end
    if (rst) begin
      \$70  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$71  = load_instr;
    if (cmd__start) begin
      \$71  = cmd__issue;
    end
    if (rst) begin
      \$71  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$72  = decoupled;
    if (cmd__start) begin
      \$72  = cmd__issue[7];
    end
    if (rst) begin
      \$72  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$73  = nb1;
    if (cmd__start) begin
      \$73  = n_nb1;
    end
    if (rst) begin
      \$73  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$74  = \$signal$43 ;
    if (cmd__start) begin
      \$74  = \$44 [8:0];
    end
    if (rst) begin
      \$74  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$75  = b1;
    if (cmd__start) begin
      \$75  = \$45 [2:0];
    end
    if (rst) begin
      \$75  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$76  = mem_rd_len;
    if (cmd__start) begin
      \$76  = n_rd_len;
    end
    if (rst) begin
      \$76  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$77  = req_more;
    if (cmd__start) begin
      \$77  = \$46 ;
    end
    if (active) begin
      if (\$50 ) begin
        \$77  = \$53 ;
      end
    end
    if (rst) begin
      \$77  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$78  = req_cnt;
    if (cmd__start) begin
      \$78  = 3'h0;
    end
    if (active) begin
      if (\$50 ) begin
        \$78  = \$51 [2:0];
      end
    end
    if (rst) begin
      \$78  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$79  = req_addr;
    if (cmd__start) begin
      \$79  = cmd__issue[66:51];
    end
    if (active) begin
      if (\$50 ) begin
        \$79  = \$52 [15:0];
      end
    end
    if (rst) begin
      \$79  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$80  = rx_bank;
    if (cmd__start) begin
      \$80  = 3'h0;
    end
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          if (\$55 ) begin
            \$80  = \$56 [2:0];
          end
        end
      end
    end
    if (rst) begin
      \$80  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$81  = rx_word;
    if (cmd__start) begin
      \$81  = 9'h000;
    end
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          (* full_case = 32'd1 *)
          if (\$55 ) begin
            \$81  = 9'h000;
          end else begin
            \$81  = \$60 [8:0];
          end
        end
      end
    end
    if (rst) begin
      \$81  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$82  = rx_beat;
    if (cmd__start) begin
      \$82  = 3'h0;
    end
    if (active) begin
      if (mem_rd_data_valid) begin
        (* full_case = 32'd1 *)
        if (rx_bl) begin
          \$82  = 3'h0;
        end else begin
          \$82  = \$63 [2:0];
        end
      end
    end
    if (rst) begin
      \$82  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$83  = rx_bl;
    if (cmd__start) begin
      \$83  = \$47 ;
    end
    if (active) begin
      if (mem_rd_data_valid) begin
        (* full_case = 32'd1 *)
        if (rx_bl) begin
          \$83  = \$54 ;
        end else begin
          \$83  = \$65 ;
        end
      end
    end
    if (rst) begin
      \$83  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$84  = rx_oh;
    if (cmd__start) begin
      \$84  = 1'h1;
    end
    if (active) begin
      if (mem_rd_data_valid) begin
        (* full_case = 32'd1 *)
        if (rx_bl) begin
          \$84  = 1'h1;
        end else begin
          \$84  = \$66 [0];
        end
      end
    end
    if (rst) begin
      \$84  = 1'h1;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$85  = asm;
    if (cmd__start) begin
      \$85  = 16'hffff;
    end
    if (active) begin
      if (mem_rd_data_valid) begin
        (* full_case = 32'd1 *)
        if (rx_bl) begin
        end else begin
          \$85  = full;
        end
      end
    end
    if (rst) begin
      \$85  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$86  = \$signal ;
    if (cmd__start) begin
      \$86  = \$48 ;
    end
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          (* full_case = 32'd1 *)
          if (\$55 ) begin
            \$86  = \$57 ;
          end else begin
            \$86  = \$62 ;
          end
        end
      end
    end
    if (rst) begin
      \$86  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$87  = rx_blast;
    if (cmd__start) begin
      \$87  = \$49 ;
    end
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          if (\$55 ) begin
            \$87  = \$59 ;
          end
        end
      end
    end
    if (rst) begin
      \$87  = 1'h0;
    end
  end
  assign mem_rd_addr = { 16'h0000, req_addr };
  assign rd_len = mem_rd_len;
  assign \inc.load_busy  = inc[15:0];
  assign \inc.load_stall  = inc[31:16];
  assign \inc.sram_act_writes  = inc[47:32];
  assign \inc.sram_weight_writes  = inc[63:48];
  assign \inc.sram_thresh_writes  = inc[79:64];
  assign \$38  = { 1'h0, cmd__decode[50:35] };
  assign \$28  = 1'h0;
  assign \$29  = \$28 ;
  assign \$30  = \$29 ;
  assign \$31  = \$30 ;
  assign \$33  = { 1'h0, cmd__decode[50:35] };
  assign \$35  = { 1'h0, cmd__decode[50:35] };
  assign \$37  = { 1'h0, cmd__decode[50:35] };
  assign \$66  = { rx_oh, 1'h0 };
  assign \$39  = \$38 ;
  assign \$40  = \$39 ;
  assign \$41  = \$40 ;
  assign \$42  = \$41 ;
endmodule

(* generator = "Amaranth" *)
module \accel_top.post (rst, tob_data, cmd__refused, cmd__busy, cmd__decode, cmd__start, cmd__issue, act_data, land, pending, acc, inc, act_rd__en, tob_rd__en, tob_wr__addr, tob_wr__data, tob_wr__en, act_wr__addr, act_wr__data, act_wr__en, cmd__push
, cmd__done, cmd__acc_hold, tob_rd__addr, act_rd__addr, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$10  = 0;
  wire \$1 ;
  wire \$10 ;
  reg [3:0] \$100 ;
  reg \$101 ;
  reg [127:0] \$102 ;
  reg \$103 ;
  reg [1:0] \$104 ;
  reg [1:0] \$105 ;
  reg \$106 ;
  reg [3:0] \$107 ;
  reg \$108 ;
  reg \$109 ;
  wire \$11 ;
  reg [7:0] \$110 ;
  reg [1:0] \$111 ;
  reg [7:0] \$112 ;
  reg [7:0] \$113 ;
  reg \$114 ;
  reg [3:0] \$115 ;
  reg \$116 ;
  reg \$117 ;
  reg \$118 ;
  reg \$119 ;
  wire \$12 ;
  reg \$120 ;
  reg [63:0] \$121 ;
  reg [3:0] \$122 ;
  reg \$123 ;
  reg [3:0] \$124 ;
  reg [3:0] \$125 ;
  reg [63:0] \$126 ;
  reg \$127 ;
  reg [3:0] \$128 ;
  wire \$13 ;
  wire \$14 ;
  wire \$15 ;
  wire \$16 ;
  wire \$17 ;
  wire \$18 ;
  wire [2:0] \$19 ;
  wire \$2 ;
  wire [2:0] \$20 ;
  wire \$21 ;
  wire \$22 ;
  wire \$23 ;
  wire \$24 ;
  wire \$25 ;
  wire \$26 ;
  wire \$27 ;
  wire \$28 ;
  wire [3:0] \$29 ;
  wire \$3 ;
  wire \$30 ;
  wire [8:0] \$31 ;
  wire [9:0] \$32 ;
  wire [16:0] \$33 ;
  wire [3:0] \$34 ;
  wire [3:0] \$35 ;
  wire [3:0] \$36 ;
  wire [3:0] \$37 ;
  wire [3:0] \$38 ;
  wire [3:0] \$39 ;
  wire \$4 ;
  wire [3:0] \$40 ;
  wire [3:0] \$41 ;
  wire \$42 ;
  wire \$43 ;
  wire \$44 ;
  wire \$45 ;
  wire \$46 ;
  wire \$47 ;
  wire \$48 ;
  wire \$49 ;
  wire \$5 ;
  wire \$50 ;
  wire \$51 ;
  wire \$52 ;
  wire \$53 ;
  wire \$54 ;
  wire \$55 ;
  wire \$56 ;
  reg [14:0] \$57 ;
  wire [14:0] \$58 ;
  wire [14:0] \$59 ;
  wire \$6 ;
  wire \$60 ;
  reg [14:0] \$61 ;
  wire [14:0] \$62 ;
  wire [14:0] \$63 ;
  wire [14:0] \$64 ;
  wire \$65 ;
  wire \$66 ;
  wire \$67 ;
  wire [4:0] \$68 ;
  wire [4:0] \$69 ;
  wire \$7 ;
  wire [2:0] \$70 ;
  wire [15:0] \$71 ;
  wire [2:0] \$72 ;
  wire \$73 ;
  wire \$74 ;
  wire \$75 ;
  wire [2:0] \$76 ;
  wire \$77 ;
  wire [2:0] \$78 ;
  wire \$79 ;
  wire \$8 ;
  wire [8:0] \$80 ;
  wire \$81 ;
  wire \$82 ;
  wire [1:0] \$83 ;
  wire \$84 ;
  wire \$85 ;
  reg [3:0] \$86 ;
  wire \$87 ;
  wire \$88 ;
  wire \$89 ;
  wire \$9 ;
  wire \$90 ;
  wire [1:0] \$91 ;
  wire [4:0] \$92 ;
  wire \$93 ;
  wire [16:0] \$94 ;
  reg [1:0] \$95 ;
  reg \$96 ;
  reg \$97 ;
  reg \$98 ;
  reg [3:0] \$99 ;
  reg [1:0] \$like  = 2'h0;
  reg \$like$18  = 1'h0;
  reg \$signal  = 1'h0;
  (* init = 8'h00 *)
  wire [7:0] aaddr;
  input [63:0] acc;
  wire [63:0] acc;
  wire [63:0] \acc$34 ;
  (* init = 1'h0 *)
  wire acc_hold;
  input [15:0] act_data;
  wire [15:0] act_data;
  output [7:0] act_rd__addr;
  reg [7:0] act_rd__addr = 8'h00;
  output act_rd__en;
  reg act_rd__en;
  output [7:0] act_wr__addr;
  reg [7:0] act_wr__addr;
  output [15:0] act_wr__data;
  reg [15:0] act_wr__data;
  output [3:0] act_wr__en;
  reg [3:0] act_wr__en;
  reg active = 1'h0;
  (* init = 1'h0 *)
  wire \active$35 ;
  reg [3:0] cbit = 4'h0;
  input clk;
  wire clk;
  output cmd__acc_hold;
  reg cmd__acc_hold = 1'h0;
  output cmd__busy;
  wire cmd__busy;
  input [127:0] cmd__decode;
  wire [127:0] cmd__decode;
  output cmd__done;
  wire cmd__done;
  input [127:0] cmd__issue;
  wire [127:0] cmd__issue;
  output cmd__push;
  reg cmd__push;
  output cmd__refused;
  wire cmd__refused;
  input cmd__start;
  wire cmd__start;
  reg crow = 1'h0;
  reg fin;
  reg [3:0] held = 4'h0;
  output [111:0] inc;
  reg [111:0] inc;
  wire [15:0] \inc.post_busy ;
  wire [15:0] \inc.post_stall ;
  wire [15:0] \inc.sram_act_reads ;
  wire [15:0] \inc.sram_act_writes ;
  wire [15:0] \inc.sram_out_writes ;
  wire [15:0] \inc.sram_thresh_reads ;
  wire [15:0] \inc.threshold_ops ;
  input land;
  wire land;
  reg n_cmp = 1'h0;
  reg [1:0] n_lv = 2'h0;
  reg [3:0] n_ob1 = 4'h0;
  reg n_res = 1'h0;
  reg [3:0] old_bits = 4'h0;
  reg [3:0] p_ob1 = 4'h0;
  reg p_res = 1'h0;
  reg p_shift_c0_keep = 1'h0;
  reg p_shift_c1_keep = 1'h0;
  reg p_shift_c2_keep = 1'h0;
  reg p_shift_c3_keep = 1'h0;
  reg [7:0] paddr = 8'h00;
  input [1:0] pending;
  wire [1:0] pending;
  reg [127:0] post_instr = 128'h00000000000000000000000000000000;
  input rst;
  wire rst;
  reg [3:0] sbit = 4'h0;
  wire [63:0] scores;
  reg [63:0] scores_q = 64'h0000000000000000;
  wire [3:0] shift;
  reg srow = 1'h0;
  reg svalid = 1'h0;
  reg [1:0] t = 2'h0;
  (* init = 8'h00 *)
  wire [7:0] thr_ptr;
  reg [63:0] thresh = 64'h0000000000000000;
  (* init = 64'h0000000000000000 *)
  wire [63:0] thresh_l0;
  input [63:0] tob_data;
  wire [63:0] tob_data;
  output [7:0] tob_rd__addr;
  reg [7:0] tob_rd__addr = 8'h00;
  output tob_rd__en;
  reg tob_rd__en;
  output [7:0] tob_wr__addr;
  reg [7:0] tob_wr__addr;
  output [63:0] tob_wr__data;
  reg [63:0] tob_wr__data;
  output [3:0] tob_wr__en;
  reg [3:0] tob_wr__en;
  reg [1:0] wait_n = 2'h0;
  reg [3:0] wbit = 4'h0;
  reg wrow = 1'h0;
  reg wvalid = 1'h0;
  wire [3:0] y;
  reg [3:0] y_q = 4'h0;
  assign \$1  = cmd__decode[9:8] != 1'h1;
  assign \$2  = cmd__decode[54:51] > 1'h1;
  assign \$3  = \$1  & \$2 ;
  assign \$4  = cmd__decode[9:8] == 2'h2;
  assign \$5  = \$4  | cmd__decode[71];
  assign \$7  = \$3  | \$6 ;
  assign \$8  = cmd__decode[9:8] == 2'h2;
  assign \$9  = cmd__decode[54:51] != 1'h1;
  assign \$10  = \$8  & \$9 ;
  assign \$11  = \$7  | \$10 ;
  assign \$12  = cmd__decode[9:8] == 1'h1;
  assign \$13  = cmd__decode[54:51] != 1'h1;
  assign \$14  = \$12  | \$13 ;
  assign \$15  = cmd__decode[71] & \$14 ;
  assign \$16  = \$11  | \$15 ;
  assign \$18  = ~ fin;
  assign cmd__busy = active & \$18 ;
  assign \$19  = n_lv + 2'h3;
  assign \$20  = cmd__start ? \$19  : 3'h0;
  assign \$21  = t < 2'h2;
  assign \$22  = t < \$like ;
  assign \$23  = ! t;
  assign \$26  = ! t;
  assign \$28  = ! wbit;
  assign \$29  = 3'h4 * \$like$18 ;
  assign \$30  = post_instr[9:8] == 1'h1;
  assign \$31  = wrow * 8'h80;
  assign \$32  = 8'h80 + \$31 ;
  assign \$33  = \$32  + post_instr[41:26];
  assign \$42  = ! wrow;
  assign \$43  = ! post_instr[49:42];
  assign \$44  = \$42  & \$43 ;
  assign \$45  = ! wrow;
  assign \$46  = post_instr[49:42] == 1'h1;
  assign \$47  = \$45  & \$46 ;
  assign \$48  = ! wrow;
  assign \$49  = post_instr[49:42] == 2'h2;
  assign \$50  = \$48  & \$49 ;
  assign \$51  = ! wrow;
  assign \$52  = post_instr[49:42] == 2'h3;
  assign \$53  = \$51  & \$52 ;
  assign \$54  = wbit == p_ob1;
  assign \$55  = ! wrow;
  assign \$56  = cmd__decode[9:8] == 1'h1;
  assign \$59  = \$56  ? 15'h0001 : \$58 ;
  assign \$60  = cmd__decode[9:8] == 1'h1;
  assign \$63  = \$60  ? 15'h0001 : \$62 ;
  assign \$65  = cmd__decode[9:8] == 1'h1;
  assign \$66  = cmd__decode[50] & \$65 ;
  assign \$67  = cmd__decode[9:8] == 1'h1;
  assign \$68  = cmd__decode[54:51] - 1'h1;
  assign \$69  = \$67  ? 5'h00 : \$68 ;
  assign \$70  = pending - land;
  assign \$72  = t + 1'h1;
  assign \$73  = \$72  < \$like ;
  assign \$74  = | wait_n;
  assign \$75  = land & \$74 ;
  assign \$76  = wait_n - \$75 ;
  assign \$77  = t != 2'h3;
  assign \$78  = t + 1'h1;
  assign \$79  = t == 1'h1;
  assign \$80  = tob_rd__addr + 1'h1;
  assign \$81  = ! t;
  assign \$82  = t == 1'h1;
  assign \$84  = t == 2'h2;
  assign \$87  = t > \$like ;
  assign \$88  = ! wait_n;
  assign \$89  = \$87  & \$88 ;
  assign \$90  = cbit == p_ob1;
  assign \$91  = crow + 1'h1;
  assign \$92  = cbit + 1'h1;
  assign \$93  = wbit == p_ob1;
  assign \$94  = paddr + post_instr[70:55];
  always @(posedge clk)
    n_lv <= \$95 ;
  always @(posedge clk)
    n_cmp <= \$96 ;
  always @(posedge clk)
    n_res <= \$97 ;
  always @(posedge clk)
    \$signal  <= \$98 ;
  always @(posedge clk)
    n_ob1 <= \$99 ;
  always @(posedge clk)
    held <= \$100 ;
  always @(posedge clk)
    active <= \$101 ;
  always @(posedge clk)
    post_instr <= \$102 ;
  always @(posedge clk)
    cmd__acc_hold <= \$103 ;
  always @(posedge clk)
    wait_n <= \$104 ;
  always @(posedge clk)
    t <= \$105 ;
  always @(posedge clk)
    crow <= \$106 ;
  always @(posedge clk)
    cbit <= \$107 ;
  always @(posedge clk)
    svalid <= \$108 ;
  always @(posedge clk)
    wvalid <= \$109 ;
  always @(posedge clk)
    paddr <= \$110 ;
  always @(posedge clk)
    \$like  <= \$111 ;
  always @(posedge clk)
    tob_rd__addr <= \$112 ;
  always @(posedge clk)
    act_rd__addr <= \$113 ;
  always @(posedge clk)
    \$like$18  <= \$114 ;
  always @(posedge clk)
    p_ob1 <= \$115 ;
  always @(posedge clk)
    p_shift_c0_keep <= \$116 ;
  always @(posedge clk)
    p_shift_c1_keep <= \$117 ;
  always @(posedge clk)
    p_shift_c2_keep <= \$118 ;
  always @(posedge clk)
    p_shift_c3_keep <= \$119 ;
  always @(posedge clk)
    p_res <= \$120 ;
  always @(posedge clk)
    thresh <= \$121 ;
  always @(posedge clk)
    old_bits <= \$122 ;
  always @(posedge clk)
    srow <= \$123 ;
  always @(posedge clk)
    sbit <= \$124 ;
  always @(posedge clk)
    y_q <= \$125 ;
  always @(posedge clk)
    scores_q <= \$126 ;
  always @(posedge clk)
    wrow <= \$127 ;
  always @(posedge clk)
    wbit <= \$128 ;
  \accel_top.post.thresh_unit  thresh_unit (
    .acc(acc),
    .active(\$like$18 ),
    .\port$1217$0 (p_shift_c0_keep),
    .\port$1219$0 (p_shift_c1_keep),
    .\port$1221$0 (p_shift_c2_keep),
    .\port$1223$0 (p_shift_c3_keep),
    .scores(scores),
    .thresh(thresh),
    .y(y)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    (* full_case = 32'd1 *)
    casez (cmd__decode[54:51])
      4'h0:
          \$57  = 15'h0000;
      4'h1:
          \$57  = 15'h0001;
      4'h2:
          \$57  = 15'h0003;
      4'h3:
          \$57  = 15'h0007;
      4'h4:
          \$57  = 15'h000f;
      4'h5:
          \$57  = 15'h001f;
      4'h6:
          \$57  = 15'h003f;
      4'h7:
          \$57  = 15'h007f;
      4'h8:
          \$57  = 15'h00ff;
      4'h9:
          \$57  = 15'h01ff;
      4'ha:
          \$57  = 15'h03ff;
      4'hb:
          \$57  = 15'h07ff;
      4'hc:
          \$57  = 15'h0fff;
      4'hd:
          \$57  = 15'h1fff;
      4'he:
          \$57  = 15'h3fff;
      4'hf:
          \$57  = 15'h7fff;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    (* full_case = 32'd1 *)
    casez (cmd__decode[54:51])
      4'h0:
          \$61  = 15'h0000;
      4'h1:
          \$61  = 15'h0001;
      4'h2:
          \$61  = 15'h0003;
      4'h3:
          \$61  = 15'h0007;
      4'h4:
          \$61  = 15'h000f;
      4'h5:
          \$61  = 15'h001f;
      4'h6:
          \$61  = 15'h003f;
      4'h7:
          \$61  = 15'h007f;
      4'h8:
          \$61  = 15'h00ff;
      4'h9:
          \$61  = 15'h01ff;
      4'ha:
          \$61  = 15'h03ff;
      4'hb:
          \$61  = 15'h07ff;
      4'hc:
          \$61  = 15'h0fff;
      4'hd:
          \$61  = 15'h1fff;
      4'he:
          \$61  = 15'h3fff;
      4'hf:
          \$61  = 15'h7fff;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$86  = 4'h0;
    casez (post_instr[49:42])
      8'h00:
          \$86  = act_data[3:0];
      8'h01:
          \$86  = act_data[7:4];
      8'h02:
          \$86  = act_data[11:8];
      8'h03:
          \$86  = act_data[15:12];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    { inc[111:32], inc[15:0] } = 96'h000000000000000000000000;
    if (active) begin
      if (\$22 ) begin
        inc[63:48] = 16'h0004;
        if (\$24 ) begin
          inc[79:64] = 16'h0001;
        end
        if (\$27 ) begin
          inc[79:64] = 16'h0001;
        end
      end
      if (wvalid) begin
        inc[15:0] = 16'h0001;
        if (\$28 ) begin
          inc[47:32] = { 12'h000, \$29  };
        end
        (* full_case = 32'd1 *)
        if (\$30 ) begin
          inc[111:96] = 16'h0001;
        end else begin
          inc[95:80] = 16'h0001;
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    act_rd__en = 1'h0;
    if (active) begin
      act_rd__en = \$21 ;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    tob_rd__en = 1'h0;
    if (active) begin
      tob_rd__en = 1'h1;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    tob_wr__addr = 8'h00;
    if (active) begin
      if (wvalid) begin
        if (\$30 ) begin
          tob_wr__addr = \$33 [7:0];
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    tob_wr__data = 64'h0000000000000000;
    if (active) begin
      if (wvalid) begin
        if (\$30 ) begin
          tob_wr__data = scores_q;
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    tob_wr__en = 4'h0;
    if (active) begin
      if (wvalid) begin
        if (\$30 ) begin
          tob_wr__en = 4'hf;
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    act_wr__addr = 8'h00;
    if (active) begin
      if (wvalid) begin
        (* full_case = 32'd1 *)
        if (\$30 ) begin
        end else begin
          act_wr__addr = paddr;
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    act_wr__data = 16'h0000;
    if (active) begin
      if (wvalid) begin
        (* full_case = 32'd1 *)
        if (\$30 ) begin
        end else begin
          act_wr__data = { \$41 , \$39 , \$37 , \$35  };
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    act_wr__en = 4'h0;
    if (active) begin
      if (wvalid) begin
        (* full_case = 32'd1 *)
        if (\$30 ) begin
        end else begin
          act_wr__en = { \$53 , \$50 , \$47 , \$44  };
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    fin = 1'h0;
    if (active) begin
      if (wvalid) begin
        if (\$54 ) begin
          if (\$55 ) begin
            fin = 1'h1;
          end
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    cmd__push = 1'h0;
    if (active) begin
      if (wvalid) begin
        if (\$54 ) begin
          if (\$55 ) begin
            cmd__push = post_instr[6];
          end
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$95  = \$59 [1:0];
    if (rst) begin
      \$95  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$96  = \$64 [0];
    if (rst) begin
      \$96  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$97  = 1'h0;
    if (rst) begin
      \$97  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$98  = \$66 ;
    if (rst) begin
      \$98  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$99  = \$69 [3:0];
    if (rst) begin
      \$99  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$100  = { held[2:0], cmd__start };
    if (rst) begin
      \$100  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$101  = active;
    if (fin) begin
      \$101  = 1'h0;
    end
    if (cmd__start) begin
      \$101  = 1'h1;
    end
    if (rst) begin
      \$101  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$102  = post_instr;
    if (cmd__start) begin
      \$102  = cmd__issue;
    end
    if (rst) begin
      \$102  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$103  = cmd__acc_hold;
    if (cmd__start) begin
      \$103  = 1'h1;
    end
    if (active) begin
      \$103  = \$73 ;
    end
    if (rst) begin
      \$103  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$104  = wait_n;
    if (cmd__start) begin
      \$104  = \$70 [1:0];
    end
    if (active) begin
      \$104  = \$76 [1:0];
    end
    if (rst) begin
      \$104  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$105  = t;
    if (cmd__start) begin
      \$105  = 2'h0;
    end
    if (active) begin
      if (\$77 ) begin
        \$105  = \$78 [1:0];
      end
    end
    if (rst) begin
      \$105  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$106  = crow;
    if (cmd__start) begin
      \$106  = 1'h0;
    end
    if (active) begin
      if (\$89 ) begin
        if (\$90 ) begin
          \$106  = \$91 [0];
        end
      end
    end
    if (rst) begin
      \$106  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$107  = cbit;
    if (cmd__start) begin
      \$107  = 4'h0;
    end
    if (active) begin
      if (\$89 ) begin
        (* full_case = 32'd1 *)
        if (\$90 ) begin
          \$107  = 4'h0;
        end else begin
          \$107  = \$92 [3:0];
        end
      end
    end
    if (rst) begin
      \$107  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$108  = svalid;
    if (cmd__start) begin
      \$108  = 1'h0;
    end
    if (active) begin
      if (\$89 ) begin
        \$108  = 1'h1;
      end
    end
    if (rst) begin
      \$108  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$109  = wvalid;
    if (cmd__start) begin
      \$109  = 1'h0;
    end
    if (active) begin
      \$109  = svalid;
    end
    if (rst) begin
      \$109  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$110  = paddr;
    if (cmd__start) begin
      \$110  = cmd__issue[33:26];
    end
    if (active) begin
      if (wvalid) begin
        (* full_case = 32'd1 *)
        if (\$93 ) begin
          \$110  = post_instr[33:26];
        end else begin
          \$110  = \$94 [7:0];
        end
      end
    end
    if (rst) begin
      \$110  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$111  = \$like ;
    if (cmd__start) begin
      \$111  = n_lv;
    end
    if (rst) begin
      \$111  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$112  = tob_rd__addr;
    if (cmd__start) begin
      \$112  = cmd__issue[17:10];
    end
    if (active) begin
      \$112  = \$80 [7:0];
    end
    if (fin) begin
      \$112  = 8'h00;
    end
    if (rst) begin
      \$112  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$113  = act_rd__addr;
    if (cmd__start) begin
      \$113  = \$71 [7:0];
    end
    if (active) begin
      if (\$81 ) begin
        \$113  = post_instr[33:26];
      end
      if (\$82 ) begin
        \$113  = 8'h00;
      end
    end
    if (fin) begin
      \$113  = 8'h00;
    end
    if (rst) begin
      \$113  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$114  = \$like$18 ;
    if (cmd__start) begin
      \$114  = n_cmp;
    end
    if (rst) begin
      \$114  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$115  = p_ob1;
    if (cmd__start) begin
      \$115  = n_ob1;
    end
    if (rst) begin
      \$115  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$116  = p_shift_c0_keep;
    if (cmd__start) begin
      \$116  = \$signal ;
    end
    if (rst) begin
      \$116  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$117  = p_shift_c1_keep;
    if (cmd__start) begin
      \$117  = \$signal ;
    end
    if (rst) begin
      \$117  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$118  = p_shift_c2_keep;
    if (cmd__start) begin
      \$118  = \$signal ;
    end
    if (rst) begin
      \$118  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$119  = p_shift_c3_keep;
    if (cmd__start) begin
      \$119  = \$signal ;
    end
    if (rst) begin
      \$119  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$120  = p_res;
    if (cmd__start) begin
      \$120  = n_res;
    end
    if (rst) begin
      \$120  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$121  = thresh;
    if (active) begin
      if (\$79 ) begin
        \$121  = tob_data;
      end
    end
    if (rst) begin
      \$121  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$122  = old_bits;
    if (active) begin
      if (\$85 ) begin
        \$122  = \$86 ;
      end
    end
    if (rst) begin
      \$122  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$123  = crow;
    if (rst) begin
      \$123  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$124  = cbit;
    if (rst) begin
      \$124  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$125  = y;
    if (rst) begin
      \$125  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$126  = scores;
    if (rst) begin
      \$126  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$127  = srow;
    if (rst) begin
      \$127  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$128  = sbit;
    if (rst) begin
      \$128  = 4'h0;
    end
  end
  assign acc_hold = cmd__acc_hold;
  assign \acc$34  = acc;
  assign \active$35  = \$like$18 ;
  assign shift = { p_shift_c3_keep, p_shift_c2_keep, p_shift_c1_keep, p_shift_c0_keep };
  assign thresh_l0 = thresh;
  assign aaddr = act_rd__addr;
  assign thr_ptr = tob_rd__addr;
  assign cmd__done = held[3];
  assign \inc.post_busy  = inc[15:0];
  assign \inc.post_stall  = inc[31:16];
  assign \inc.threshold_ops  = inc[47:32];
  assign \inc.sram_thresh_reads  = inc[63:48];
  assign \inc.sram_act_reads  = inc[79:64];
  assign \inc.sram_act_writes  = inc[95:80];
  assign \inc.sram_out_writes  = inc[111:96];
  always @*
    inc[31:16] = { 13'h0000, \$20  };
  assign \$6  = \$5 ;
  assign \$17  = 1'h0;
  assign cmd__refused = \$16 ;
  assign \$24  = 1'h0;
  assign \$25  = 1'h0;
  assign \$27  = 1'h0;
  assign \$34  = 4'h0;
  assign \$35  = y_q;
  assign \$36  = 4'h0;
  assign \$37  = y_q;
  assign \$38  = 4'h0;
  assign \$39  = y_q;
  assign \$40  = 4'h0;
  assign \$41  = y_q;
  assign \$58  = \$57 ;
  assign \$62  = \$61 ;
  assign \$64  = \$63 ;
  assign \$71  = cmd__issue[41:26];
  assign \$83  = 2'h2;
  assign \$85  = 1'h0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.post.thresh_unit (active, \port$1217$0 , \port$1219$0 , \port$1221$0 , \port$1223$0 , thresh, y, scores, acc);
  wire [16:0] \$1 ;
  wire [18:0] \$10 ;
  wire \$11 ;
  wire \$12 ;
  wire [16:0] \$13 ;
  wire [18:0] \$14 ;
  wire \$15 ;
  wire \$16 ;
  wire [18:0] \$2 ;
  wire \$3 ;
  wire \$4 ;
  wire [16:0] \$5 ;
  wire [18:0] \$6 ;
  wire \$7 ;
  wire \$8 ;
  wire [16:0] \$9 ;
  input [63:0] acc;
  wire [63:0] acc;
  input active;
  wire active;
  wire [17:0] diff_c0;
  wire [17:0] diff_c1;
  wire [17:0] diff_c2;
  wire [17:0] diff_c3;
  wire hit_c0_l0;
  wire hit_c1_l0;
  wire hit_c2_l0;
  wire hit_c3_l0;
  input \port$1217$0 ;
  wire \port$1217$0 ;
  input \port$1219$0 ;
  wire \port$1219$0 ;
  input \port$1221$0 ;
  wire \port$1221$0 ;
  input \port$1223$0 ;
  wire \port$1223$0 ;
  output [63:0] scores;
  wire [63:0] scores;
  wire [3:0] shift;
  input [63:0] thresh;
  wire [63:0] thresh;
  output [3:0] y;
  wire [3:0] y;
  assign \$1  = acc[15:0] << \port$1217$0 ;
  assign \$2  = \$1  - thresh[15:0];
  assign \$3  = active > 1'h0;
  assign \$4  = ~ \$2 [17];
  assign hit_c0_l0 = \$3  & \$4 ;
  assign \$5  = acc[31:16] << \port$1219$0 ;
  assign \$6  = \$5  - thresh[31:16];
  assign \$7  = active > 1'h0;
  assign \$8  = ~ \$6 [17];
  assign hit_c1_l0 = \$7  & \$8 ;
  assign \$9  = acc[47:32] << \port$1221$0 ;
  assign \$10  = \$9  - thresh[47:32];
  assign \$11  = active > 1'h0;
  assign \$12  = ~ \$10 [17];
  assign hit_c2_l0 = \$11  & \$12 ;
  assign \$13  = acc[63:48] << \port$1223$0 ;
  assign \$14  = \$13  - thresh[63:48];
  assign \$15  = active > 1'h0;
  assign \$16  = ~ \$14 [17];
  assign hit_c3_l0 = \$15  & \$16 ;
  assign diff_c0 = \$2 [17:0];
  assign shift = { \port$1223$0 , \port$1221$0 , \port$1219$0 , \port$1217$0  };
  assign diff_c1 = \$6 [17:0];
  assign diff_c2 = \$10 [17:0];
  assign diff_c3 = \$14 [17:0];
  assign scores[63:48] = \$14 [15:0];
  assign scores[47:32] = \$10 [15:0];
  assign scores[31:16] = \$6 [15:0];
  assign scores[15:0] = \$2 [15:0];
  assign y[3] = hit_c3_l0;
  assign y[2] = hit_c2_l0;
  assign y[1] = hit_c1_l0;
  assign y[0] = hit_c0_l0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.store (clk, rst, tob_data, cmd__refused, mem_wr_valid, cmd__decode, cmd__start, cmd__issue, cmd__instr, act_data, inc, act_hold, cmd__done, act_rd__en, tob_rd__en, act_rd__addr, o_addr3, mem_wr_data, mem_wr_ready);
  reg \$auto$verilog_backend.cc:2355:dump_module$11  = 0;
  wire \$1 ;
  wire \$10 ;
  wire \$11 ;
  wire \$12 ;
  wire \$13 ;
  wire \$14 ;
  wire \$15 ;
  wire \$16 ;
  wire \$17 ;
  wire \$18 ;
  wire [1:0] \$19 ;
  wire \$2 ;
  wire [1:0] \$20 ;
  wire [1:0] \$21 ;
  wire \$22 ;
  wire [7:0] \$23 ;
  wire [16:0] \$24 ;
  wire [16:0] \$25 ;
  wire [9:0] \$26 ;
  wire \$27 ;
  wire \$28 ;
  wire \$29 ;
  wire \$3 ;
  wire \$30 ;
  wire \$31 ;
  wire \$32 ;
  wire \$33 ;
  wire \$34 ;
  wire \$35 ;
  wire [3:0] \$36 ;
  wire \$37 ;
  wire [3:0] \$38 ;
  wire \$39 ;
  wire \$4 ;
  wire [32:0] \$40 ;
  wire [32:0] \$41 ;
  wire \$42 ;
  wire [7:0] \$43 ;
  wire [8:0] \$44 ;
  wire \$45 ;
  wire [7:0] \$46 ;
  wire [8:0] \$47 ;
  wire [9:0] \$48 ;
  wire [16:0] \$49 ;
  wire \$5 ;
  wire [9:0] \$50 ;
  wire \$51 ;
  wire [8:0] \$52 ;
  wire [3:0] \$53 ;
  wire [16:0] \$54 ;
  wire [3:0] \$55 ;
  wire \$56 ;
  wire \$57 ;
  wire \$58 ;
  wire \$59 ;
  wire \$6 ;
  wire \$60 ;
  wire \$61 ;
  wire [63:0] \$62 ;
  wire [63:0] \$63 ;
  wire [15:0] \$64 ;
  reg [1:0] \$65 ;
  reg [7:0] \$66 ;
  reg \$67 ;
  reg [2:0] \$68 ;
  reg [8:0] \$69 ;
  wire \$7 ;
  reg [1:0] \$70 ;
  reg [8:0] \$71 ;
  reg [2:0] \$72 ;
  reg [2:0] \$73 ;
  reg [15:0] \$74 ;
  reg [15:0] \$75 ;
  reg \$76 ;
  reg \$77 ;
  reg \$78 ;
  reg [7:0] \$79 ;
  wire \$8 ;
  reg [7:0] \$80 ;
  reg \$81 ;
  reg \$82 ;
  reg \$83 ;
  reg \$84 ;
  reg \$85 ;
  reg [2:0] \$86 ;
  reg [2:0] \$87 ;
  reg [15:0] \$88 ;
  reg \$89 ;
  wire \$9 ;
  reg [15:0] \$90 ;
  reg \$91 ;
  reg [2:0] \$92 ;
  reg [2:0] \$93 ;
  reg [63:0] \$94 ;
  reg [15:0] \$95 ;
  reg \$96 ;
  reg [15:0] \$97 ;
  reg \$signal  = 1'h0;
  reg \$signal$12  = 1'h0;
  reg [2:0] \$signal$29  = 3'h0;
  reg [8:0] \$signal$32  = 9'h000;
  reg [15:0] \$signal$35  = 16'h0000;
  reg \$signal$37  = 1'h0;
  reg \$signal$38  = 1'h0;
  reg \$signal$41  = 1'h0;
  reg \$signal$42  = 1'h0;
  reg [2:0] \$signal$44  = 3'h0;
  reg \$signal$49  = 1'h0;
  input [15:0] act_data;
  wire [15:0] act_data;
  output act_hold;
  reg act_hold;
  output [7:0] act_rd__addr;
  reg [7:0] act_rd__addr = 8'h00;
  output act_rd__en;
  reg act_rd__en;
  reg active = 1'h0;
  reg [2:0] b1 = 3'h0;
  input clk;
  wire clk;
  input [127:0] cmd__decode;
  wire [127:0] cmd__decode;
  output cmd__done;
  reg cmd__done;
  input [127:0] cmd__instr;
  wire [127:0] cmd__instr;
  input [127:0] cmd__issue;
  wire [127:0] cmd__issue;
  output cmd__refused;
  wire cmd__refused;
  input cmd__start;
  wire cmd__start;
  output [63:0] inc;
  reg [63:0] inc;
  wire [15:0] \inc.sram_act_reads ;
  wire [15:0] \inc.sram_out_reads ;
  wire [15:0] \inc.store_busy ;
  wire [15:0] \inc.store_stall ;
  reg is_out = 1'h0;
  reg issuing = 1'h0;
  wire [31:0] mem_wr_addr;
  output [15:0] mem_wr_data;
  reg [15:0] mem_wr_data = 16'h0000;
  input mem_wr_ready;
  wire mem_wr_ready;
  output mem_wr_valid;
  wire mem_wr_valid;
  reg [1:0] n_nb1 = 2'h0;
  reg [7:0] n_t_base = 8'h00;
  reg [1:0] nb1 = 2'h0;
  reg [15:0] o_addr = 16'h0000;
  reg [15:0] o_addr2 = 16'h0000;
  output [15:0] o_addr3;
  reg [15:0] o_addr3 = 16'h0000;
  reg [2:0] o_bank2 = 3'h0;
  reg [2:0] o_beat = 3'h0;
  reg [2:0] o_beat2 = 3'h0;
  (* init = 16'h0000 *)
  wire [15:0] o_data3;
  reg o_last = 1'h0;
  reg [63:0] out_q = 64'h0000000000000000;
  (* init = 8'h00 *)
  wire [7:0] raddr;
  input rst;
  wire rst;
  reg [15:0] s_cur = 16'h0000;
  reg [15:0] store_act;
  reg [7:0] t_row = 8'h00;
  input [63:0] tob_data;
  wire [63:0] tob_data;
  (* init = 8'h00 *)
  wire [7:0] tob_rd__addr;
  output tob_rd__en;
  reg tob_rd__en;
  reg [2:0] tx_beat = 3'h0;
  reg tx_kl = 1'h0;
  reg [8:0] tx_word = 9'h000;
  assign cmd__refused = \$1  | \$2 ;
  assign \$3  = ~ \$signal ;
  assign \$4  = \$3  | mem_wr_ready;
  assign \$5  = ! tx_beat;
  assign \$6  = ~ \$signal ;
  assign \$7  = \$6  | mem_wr_ready;
  assign \$8  = ~ \$7 ;
  assign \$9  = \$signal  & mem_wr_ready;
  assign \$10  = ~ mem_wr_ready;
  assign \$11  = \$signal  & \$10 ;
  assign \$12  = ~ \$11 ;
  assign \$13  = ~ mem_wr_ready;
  assign \$14  = \$signal  & \$13 ;
  assign \$15  = ~ \$14 ;
  assign mem_wr_valid = active & \$signal ;
  assign \$16  = ! cmd__decode[9:8];
  assign \$17  = cmd__decode[9:8] == 1'h1;
  assign \$18  = cmd__decode[9:8] == 2'h2;
  assign \$19  = \$18  ? 2'h0 : 2'h3;
  assign \$20  = \$17  ? 2'h0 : \$19 ;
  assign \$21  = \$16  ? 2'h0 : \$20 ;
  assign \$22  = cmd__decode[9:8] == 2'h3;
  assign \$23  = \$22  ? 8'h80 : 8'h00;
  assign \$24  = cmd__decode[25:10] + \$23 ;
  assign \$25  = cmd__issue[50:35] - 1'h1;
  assign \$26  = cmd__issue[34:26] - 1'h1;
  assign \$27  = ! n_nb1;
  assign \$28  = cmd__issue[50:35] == 1'h1;
  assign \$29  = cmd__issue[34:26] == 1'h1;
  assign \$30  = cmd__issue[9:8] == 2'h3;
  assign \$31  = ~ \$signal ;
  assign \$32  = \$31  | mem_wr_ready;
  assign \$33  = \$signal$37  & \$signal$38 ;
  assign \$34  = \$33  & tx_kl;
  assign \$35  = ! nb1;
  assign \$36  = \$signal$29  + 1'h1;
  assign \$37  = ! \$signal$32 ;
  assign \$38  = \$signal$29  + 1'h1;
  assign \$39  = \$38  == b1;
  assign \$40  = \$signal$35  + cmd__instr[114:83];
  assign \$41  = \$signal$35  + cmd__instr[114:83];
  assign \$42  = cmd__instr[9:8] == 2'h3;
  assign \$43  = \$42  ? 8'h80 : 8'h00;
  assign \$44  = t_row + \$43 ;
  assign \$45  = cmd__instr[9:8] == 2'h3;
  assign \$46  = \$45  ? 8'h80 : 8'h00;
  assign \$47  = t_row + \$46 ;
  assign \$48  = tx_word + 1'h1;
  assign \$49  = s_cur + 2'h2;
  assign \$50  = tx_word + 1'h1;
  assign \$51  = \$50  == \$signal$32 ;
  assign \$52  = act_rd__addr + 1'h1;
  assign \$53  = tx_beat + 1'h1;
  assign \$54  = s_cur + 2'h2;
  assign \$55  = tx_beat + 1'h1;
  assign \$56  = \$55  == nb1;
  assign \$57  = \$signal$37  & \$signal$38 ;
  assign \$58  = \$57  & tx_kl;
  assign \$59  = ~ \$signal ;
  assign \$60  = \$59  | mem_wr_ready;
  assign \$61  = ! o_beat;
  assign \$63  = \$61  ? tob_data : \$62 ;
  assign \$64  = is_out ? out_q[15:0] : store_act;
  always @(posedge clk)
    n_nb1 <= \$65 ;
  always @(posedge clk)
    n_t_base <= \$66 ;
  always @(posedge clk)
    active <= \$67 ;
  always @(posedge clk)
    \$signal$29  <= \$68 ;
  always @(posedge clk)
    tx_word <= \$69 ;
  always @(posedge clk)
    nb1 <= \$70 ;
  always @(posedge clk)
    \$signal$32  <= \$71 ;
  always @(posedge clk)
    b1 <= \$72 ;
  always @(posedge clk)
    tx_beat <= \$73 ;
  always @(posedge clk)
    \$signal$35  <= \$74 ;
  always @(posedge clk)
    s_cur <= \$75 ;
  always @(posedge clk)
    \$signal$37  <= \$76 ;
  always @(posedge clk)
    \$signal$38  <= \$77 ;
  always @(posedge clk)
    tx_kl <= \$78 ;
  always @(posedge clk)
    t_row <= \$79 ;
  always @(posedge clk)
    act_rd__addr <= \$80 ;
  always @(posedge clk)
    issuing <= \$81 ;
  always @(posedge clk)
    \$signal$41  <= \$82 ;
  always @(posedge clk)
    \$signal$42  <= \$83 ;
  always @(posedge clk)
    \$signal  <= \$84 ;
  always @(posedge clk)
    is_out <= \$85 ;
  always @(posedge clk)
    \$signal$44  <= \$86 ;
  always @(posedge clk)
    o_beat <= \$87 ;
  always @(posedge clk)
    o_addr <= \$88 ;
  always @(posedge clk)
    o_last <= \$89 ;
  always @(posedge clk)
    o_addr2 <= \$90 ;
  always @(posedge clk)
    \$signal$49  <= \$91 ;
  always @(posedge clk)
    o_bank2 <= \$92 ;
  always @(posedge clk)
    o_beat2 <= \$93 ;
  always @(posedge clk)
    out_q <= \$94 ;
  always @(posedge clk)
    o_addr3 <= \$95 ;
  always @(posedge clk)
    \$signal$12  <= \$96 ;
  always @(posedge clk)
    mem_wr_data <= \$97 ;
  assign \$1  = cmd__decode[9:8] == 1'h1;
  assign \$2  = cmd__decode[9:8] == 2'h2;
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    inc = 64'h0000000000000000;
    if (active) begin
      if (\$4 ) begin
        if (issuing) begin
          if (\$5 ) begin
            casez (cmd__instr[9:8])
              2'h0:
                  inc[47:32] = 16'h0001;
              2'h3:
                  inc[63:48] = 16'h0001;
            endcase
          end
        end
      end
      (* full_case = 32'd1 *)
      if (\$9 ) begin
        inc[15:0] = 16'h0001;
      end else begin
        inc[31:16] = 16'h0001;
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    store_act = 16'h0000;
    if (active) begin
      store_act = act_data;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    act_hold = 1'h0;
    if (active) begin
      act_hold = \$8 ;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    cmd__done = 1'h0;
    if (active) begin
      if (\$9 ) begin
        if (\$signal$12 ) begin
          cmd__done = 1'h1;
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    act_rd__en = 1'h0;
    if (active) begin
      act_rd__en = \$12 ;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    tob_rd__en = 1'h0;
    if (active) begin
      tob_rd__en = \$15 ;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$65  = \$21 ;
    if (rst) begin
      \$65  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$66  = \$24 [7:0];
    if (rst) begin
      \$66  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$67  = active;
    if (cmd__start) begin
      \$67  = 1'h1;
    end else if (cmd__done) begin
      \$67  = 1'h0;
    end
    if (rst) begin
      \$67  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$68  = \$signal$29 ;
    if (cmd__start) begin
      \$68  = 3'h0;
    end
    if (active) begin
      if (\$32 ) begin
        if (issuing) begin
          if (\$signal$37 ) begin
            if (\$signal$38 ) begin
              \$68  = \$36 [2:0];
            end
          end
        end
      end
    end
    if (rst) begin
      \$68  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$69  = tx_word;
    if (cmd__start) begin
      \$69  = 9'h000;
    end
    if (active) begin
      if (\$32 ) begin
        if (issuing) begin
          if (\$signal$37 ) begin
            (* full_case = 32'd1 *)
            if (\$signal$38 ) begin
              \$69  = 9'h000;
            end else begin
              \$69  = \$48 [8:0];
            end
          end
        end
      end
    end
    if (rst) begin
      \$69  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$70  = nb1;
    if (cmd__start) begin
      \$70  = n_nb1;
    end
    if (rst) begin
      \$70  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$71  = \$signal$32 ;
    if (cmd__start) begin
      \$71  = \$25 [8:0];
    end
    if (rst) begin
      \$71  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$72  = b1;
    if (cmd__start) begin
      \$72  = \$26 [2:0];
    end
    if (rst) begin
      \$72  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$73  = tx_beat;
    if (cmd__start) begin
      \$73  = 3'h0;
    end
    if (active) begin
      if (\$32 ) begin
        if (issuing) begin
          (* full_case = 32'd1 *)
          if (\$signal$37 ) begin
            \$73  = 3'h0;
          end else begin
            \$73  = \$53 [2:0];
          end
        end
      end
    end
    if (rst) begin
      \$73  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$74  = \$signal$35 ;
    if (cmd__start) begin
      \$74  = cmd__issue[66:51];
    end
    if (active) begin
      if (\$32 ) begin
        if (issuing) begin
          if (\$signal$37 ) begin
            if (\$signal$38 ) begin
              \$74  = \$40 [15:0];
            end
          end
        end
      end
    end
    if (rst) begin
      \$74  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$75  = s_cur;
    if (cmd__start) begin
      \$75  = cmd__issue[66:51];
    end
    if (active) begin
      if (\$32 ) begin
        if (issuing) begin
          (* full_case = 32'd1 *)
          if (\$signal$37 ) begin
            (* full_case = 32'd1 *)
            if (\$signal$38 ) begin
              \$75  = \$41 [15:0];
            end else begin
              \$75  = \$49 [15:0];
            end
          end else begin
            \$75  = \$54 [15:0];
          end
        end
      end
    end
    if (rst) begin
      \$75  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$76  = \$signal$37 ;
    if (cmd__start) begin
      \$76  = \$27 ;
    end
    if (active) begin
      if (\$32 ) begin
        if (issuing) begin
          (* full_case = 32'd1 *)
          if (\$signal$37 ) begin
            \$76  = \$35 ;
          end else begin
            \$76  = \$56 ;
          end
        end
      end
    end
    if (rst) begin
      \$76  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$77  = \$signal$38 ;
    if (cmd__start) begin
      \$77  = \$28 ;
    end
    if (active) begin
      if (\$32 ) begin
        if (issuing) begin
          if (\$signal$37 ) begin
            (* full_case = 32'd1 *)
            if (\$signal$38 ) begin
              \$77  = \$37 ;
            end else begin
              \$77  = \$51 ;
            end
          end
        end
      end
    end
    if (rst) begin
      \$77  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$78  = tx_kl;
    if (cmd__start) begin
      \$78  = \$29 ;
    end
    if (active) begin
      if (\$32 ) begin
        if (issuing) begin
          if (\$signal$37 ) begin
            if (\$signal$38 ) begin
              \$78  = \$39 ;
            end
          end
        end
      end
    end
    if (rst) begin
      \$78  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$79  = t_row;
    if (cmd__start) begin
      \$79  = n_t_base;
    end
    if (active) begin
      if (\$32 ) begin
        if (issuing) begin
          if (\$signal$37 ) begin
            if (\$signal$38 ) begin
              \$79  = \$44 [7:0];
            end
          end
        end
      end
    end
    if (rst) begin
      \$79  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$80  = act_rd__addr;
    if (cmd__start) begin
      \$80  = n_t_base;
    end
    if (active) begin
      if (\$32 ) begin
        if (issuing) begin
          if (\$signal$37 ) begin
            (* full_case = 32'd1 *)
            if (\$signal$38 ) begin
              \$80  = \$47 [7:0];
            end else begin
              \$80  = \$52 [7:0];
            end
          end
        end
      end
    end
    if (cmd__done) begin
      \$80  = 8'h00;
    end
    if (rst) begin
      \$80  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$81  = issuing;
    if (cmd__start) begin
      \$81  = 1'h1;
    end
    if (active) begin
      if (\$32 ) begin
        if (issuing) begin
          if (\$58 ) begin
            \$81  = 1'h0;
          end
        end
      end
    end
    if (rst) begin
      \$81  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$82  = \$signal$41 ;
    if (cmd__start) begin
      \$82  = 1'h0;
    end
    if (active) begin
      if (\$32 ) begin
        (* full_case = 32'd1 *)
        if (issuing) begin
          \$82  = 1'h1;
        end else begin
          \$82  = 1'h0;
        end
      end
    end
    if (rst) begin
      \$82  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$83  = \$signal$42 ;
    if (cmd__start) begin
      \$83  = 1'h0;
    end
    if (active) begin
      if (\$60 ) begin
        \$83  = \$signal$41 ;
      end
    end
    if (rst) begin
      \$83  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$84  = \$signal ;
    if (cmd__start) begin
      \$84  = 1'h0;
    end
    if (active) begin
      if (\$60 ) begin
        \$84  = \$signal$42 ;
      end
    end
    if (rst) begin
      \$84  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$85  = is_out;
    if (cmd__start) begin
      \$85  = \$30 ;
    end
    if (rst) begin
      \$85  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$86  = \$signal$44 ;
    if (active) begin
      if (\$32 ) begin
        if (issuing) begin
          \$86  = \$signal$29 ;
        end
      end
    end
    if (rst) begin
      \$86  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$87  = o_beat;
    if (active) begin
      if (\$32 ) begin
        if (issuing) begin
          \$87  = tx_beat;
        end
      end
    end
    if (rst) begin
      \$87  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$88  = o_addr;
    if (active) begin
      if (\$32 ) begin
        if (issuing) begin
          \$88  = s_cur;
        end
      end
    end
    if (rst) begin
      \$88  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$89  = o_last;
    if (active) begin
      if (\$32 ) begin
        if (issuing) begin
          \$89  = \$34 ;
        end
      end
    end
    if (rst) begin
      \$89  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$90  = o_addr2;
    if (active) begin
      if (\$60 ) begin
        \$90  = o_addr;
      end
    end
    if (rst) begin
      \$90  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$91  = \$signal$49 ;
    if (active) begin
      if (\$60 ) begin
        \$91  = o_last;
      end
    end
    if (rst) begin
      \$91  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$92  = o_bank2;
    if (active) begin
      if (\$60 ) begin
        \$92  = \$signal$44 ;
      end
    end
    if (rst) begin
      \$92  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$93  = o_beat2;
    if (active) begin
      if (\$60 ) begin
        \$93  = o_beat;
      end
    end
    if (rst) begin
      \$93  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$94  = out_q;
    if (active) begin
      if (\$60 ) begin
        \$94  = \$63 ;
      end
    end
    if (rst) begin
      \$94  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$95  = o_addr3;
    if (active) begin
      if (\$60 ) begin
        \$95  = o_addr2;
      end
    end
    if (rst) begin
      \$95  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$96  = \$signal$12 ;
    if (active) begin
      if (\$60 ) begin
        \$96  = \$signal$49 ;
      end
    end
    if (rst) begin
      \$96  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$97  = mem_wr_data;
    if (active) begin
      if (\$60 ) begin
        \$97  = \$64 ;
      end
    end
    if (rst) begin
      \$97  = 16'h0000;
    end
  end
  assign mem_wr_addr = { 16'h0000, o_addr3 };
  assign o_data3 = mem_wr_data;
  assign raddr = act_rd__addr;
  assign tob_rd__addr = act_rd__addr;
  assign \inc.store_busy  = inc[15:0];
  assign \inc.store_stall  = inc[31:16];
  assign \inc.sram_act_reads  = inc[47:32];
  assign \inc.sram_out_reads  = inc[63:48];
  assign \$62  = { 16'h0000, out_q[63:16] };
endmodule
