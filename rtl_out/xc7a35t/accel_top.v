(* top =  1  *)
(* generator = "Amaranth" *)
module accel_top(imem_we, imem_addr, imem_data, mem_rd_ready, mem_rd_data_valid, mem_rd_data, mem_wr_ready, ctr_sel, clk, rst, done, busy, error, mem_rd_valid, mem_rd_addr, mem_rd_len, mem_wr_valid, mem_wr_addr, mem_wr_data, ctr_value, config_id
, start);
  wire [7:0] \$1 ;
  wire \$2 ;
  wire [15:0] \$3 ;
  wire [15:0] \$4 ;
  wire [15:0] \$5 ;
  wire [767:0] acc;
  wire [767:0] \acc$165 ;
  wire [127:0] act_data;
  wire [127:0] \act_data$156 ;
  wire [127:0] \act_data$159 ;
  wire [127:0] \act_data$162 ;
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
  wire [127:0] act_wr__data;
  wire [127:0] \act_wr__data$123 ;
  wire [127:0] \act_wr__data$124 ;
  wire [7:0] act_wr__en;
  wire [7:0] \act_wr__en$126 ;
  wire [7:0] \act_wr__en$127 ;
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
  output [47:0] ctr_value;
  wire [47:0] ctr_value;
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
  input [9:0] imem_addr;
  wire [9:0] imem_addr;
  wire [9:0] \imem_addr$24 ;
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
  input [63:0] mem_rd_data;
  wire [63:0] mem_rd_data;
  wire [63:0] \mem_rd_data$34 ;
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
  output [63:0] mem_wr_data;
  wire [63:0] mem_wr_data;
  wire [63:0] \mem_wr_data$38 ;
  input mem_wr_ready;
  wire mem_wr_ready;
  wire \mem_wr_ready$36 ;
  output mem_wr_valid;
  wire mem_wr_valid;
  wire \mem_wr_valid$35 ;
  wire [2:0] pending;
  wire [2:0] \pending$169 ;
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
  wire [383:0] tob_data;
  wire [383:0] \tob_data$161 ;
  wire [383:0] \tob_data$163 ;
  wire [8:0] tob_rd__addr;
  wire [8:0] \tob_rd__addr$139 ;
  wire [8:0] \tob_rd__addr$140 ;
  wire tob_rd__en;
  wire \tob_rd__en$142 ;
  wire \tob_rd__en$143 ;
  wire [8:0] tob_wr__addr;
  wire [8:0] \tob_wr__addr$145 ;
  wire [8:0] \tob_wr__addr$146 ;
  wire [383:0] tob_wr__data;
  wire [383:0] \tob_wr__data$148 ;
  wire [383:0] \tob_wr__data$149 ;
  wire [15:0] tob_wr__en;
  wire [15:0] \tob_wr__en$151 ;
  wire [15:0] \tob_wr__en$152 ;
  wire [47:0] value;
  wire [1023:0] weight_data;
  wire [1023:0] \weight_data$158 ;
  wire [8:0] weight_rd__addr;
  wire [8:0] \weight_rd__addr$129 ;
  wire weight_rd__en;
  wire \weight_rd__en$131 ;
  wire [8:0] weight_wr__addr;
  wire [8:0] \weight_wr__addr$133 ;
  wire [1023:0] weight_wr__data;
  wire [1023:0] \weight_wr__data$135 ;
  wire [15:0] weight_wr__en;
  wire [15:0] \weight_wr__en$137 ;
  assign act_wr__addr = \act_wr__addr$120  | \act_wr__addr$121 ;
  assign act_wr__data = \act_wr__data$123  | \act_wr__data$124 ;
  assign act_wr__en = \act_wr__en$126  | \act_wr__en$127 ;
  assign tob_rd__addr = \tob_rd__addr$139  | \tob_rd__addr$140 ;
  assign tob_rd__en = \tob_rd__en$142  | \tob_rd__en$143 ;
  assign tob_wr__addr = \tob_wr__addr$145  | \tob_wr__addr$146 ;
  assign tob_wr__data = \tob_wr__data$148  | \tob_wr__data$149 ;
  assign tob_wr__en = \tob_wr__en$151  | \tob_wr__en$152 ;
  assign \$3  = \inc$173 [47:32] | \inc$174 [47:32];
  assign \$4  = \$3  | \inc$175 [79:64];
  assign \$5  = \inc$172 [47:32] | \inc$175 [95:80];
  assign \$1  = \act_rd__addr$112  | \act_rd__addr$113 ;
  assign act_rd__addr = \$1  | \tob_rd__addr$140 [7:0];
  assign \$2  = \act_rd__en$116  | \act_rd__en$117 ;
  assign act_rd__en = \$2  | \act_rd__en$118 ;
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
    .mem_rd_addr(mem_rd_addr),
    .mem_rd_data(mem_rd_data),
    .mem_rd_data_valid(mem_rd_data_valid),
    .mem_rd_len(mem_rd_len),
    .mem_rd_ready(mem_rd_ready),
    .mem_rd_valid(mem_rd_valid),
    .rst(rst),
    .tob_wr__addr(\tob_wr__addr$145 ),
    .tob_wr__data(\tob_wr__data$148 ),
    .tob_wr__en(\tob_wr__en$151 ),
    .weight_wr__addr(weight_wr__addr),
    .weight_wr__data(weight_wr__data),
    .weight_wr__en(weight_wr__en)
  );
  \accel_top.post  post (
    .\acc$80 (acc),
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
    .act_rd__en(\act_rd__en$118 ),
    .clk(clk),
    .cmd__decode(cmd__decode),
    .cmd__done(store__done),
    .cmd__instr(cmd__instr),
    .cmd__issue(cmd__issue),
    .cmd__refused(store__refused),
    .cmd__start(\cmd__start$73 ),
    .inc(\inc$173 ),
    .mem_wr_addr(mem_wr_addr),
    .mem_wr_data(mem_wr_data),
    .mem_wr_ready(mem_wr_ready),
    .mem_wr_valid(mem_wr_valid),
    .raddr(\tob_rd__addr$140 ),
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
  assign \mem_rd_addr$31  = mem_rd_addr;
  assign \mem_rd_len$32  = mem_rd_len;
  assign \mem_rd_data_valid$33  = mem_rd_data_valid;
  assign \mem_rd_data$34  = mem_rd_data;
  assign \mem_wr_valid$35  = mem_wr_valid;
  assign \mem_wr_ready$36  = mem_wr_ready;
  assign \mem_wr_addr$37  = mem_wr_addr;
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
  assign \act_rd__addr$114  = \tob_rd__addr$140 [7:0];
  assign \weight_rd__addr$129  = weight_rd__addr;
  assign \weight_rd__en$131  = weight_rd__en;
  assign \weight_wr__addr$133  = weight_wr__addr;
  assign \weight_wr__data$135  = weight_wr__data;
  assign \weight_wr__en$137  = weight_wr__en;
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
  assign config_id = 32'd2190526106;
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
  reg [7:0] \$2 ;
  reg [15:0] \$3 ;
  reg [15:0] \$4 ;
  reg [127:0] \$5 ;
  (* init = 8'h00 *)
  wire [7:0] \$signature__addr ;
  (* init = 9'h000 *)
  wire [8:0] \$signature__addr$28 ;
  (* init = 9'h000 *)
  wire [8:0] \$signature__addr$31 ;
  wire [7:0] \$signature__addr$34 ;
  wire [8:0] \$signature__addr$38 ;
  wire [127:0] \$signature__data ;
  wire [1023:0] \$signature__data$24 ;
  (* init = 128'h00000000000000000000000000000000 *)
  wire [127:0] \$signature__data$26 ;
  (* init = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 *)
  wire [1023:0] \$signature__data$29 ;
  (* init = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 *)
  wire [383:0] \$signature__data$32 ;
  (* init = 8'h00 *)
  wire [7:0] \$signature__en ;
  (* init = 16'h0000 *)
  wire [15:0] \$signature__en$30 ;
  (* init = 16'h0000 *)
  wire [15:0] \$signature__en$33 ;
  wire \$signature__en$36 ;
  wire \$signature__en$40 ;
  reg [7:0] act_addr_q = 8'h00;
  (* init = 128'h00000000000000000000000000000000 *)
  wire [127:0] act_data;
  reg [127:0] act_data_q = 128'h00000000000000000000000000000000;
  reg [7:0] act_en_q = 8'h00;
  input act_hold;
  wire act_hold;
  output [127:0] act_q;
  reg [127:0] act_q = 128'h00000000000000000000000000000000;
  input [7:0] act_rd__addr;
  wire [7:0] act_rd__addr;
  input act_rd__en;
  wire act_rd__en;
  input [7:0] act_wr__addr;
  wire [7:0] act_wr__addr;
  input [127:0] act_wr__data;
  wire [127:0] act_wr__data;
  input [7:0] act_wr__en;
  wire [7:0] act_wr__en;
  input clk;
  wire clk;
  input rst;
  wire rst;
  reg [8:0] thresh_out_addr_q = 9'h000;
  reg [383:0] thresh_out_data_q = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  reg [15:0] thresh_out_en_q = 16'h0000;
  output [383:0] tob_data;
  wire [383:0] tob_data;
  input [8:0] tob_r__addr;
  wire [8:0] tob_r__addr;
  wire [383:0] tob_r__data;
  input tob_r__en;
  wire tob_r__en;
  wire [8:0] tob_rd__addr;
  wire tob_rd__en;
  input [8:0] tob_wr__addr;
  wire [8:0] tob_wr__addr;
  input [383:0] tob_wr__data;
  wire [383:0] tob_wr__data;
  input [15:0] tob_wr__en;
  wire [15:0] tob_wr__en;
  reg [8:0] weight_addr_q = 9'h000;
  (* init = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 *)
  wire [1023:0] weight_data;
  reg [1023:0] weight_data_q = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  reg [15:0] weight_en_q = 16'h0000;
  input [8:0] weight_rd__addr;
  wire [8:0] weight_rd__addr;
  input weight_rd__en;
  wire weight_rd__en;
  input [8:0] weight_wr__addr;
  wire [8:0] weight_wr__addr;
  input [1023:0] weight_wr__data;
  wire [1023:0] weight_wr__data;
  input [15:0] weight_wr__en;
  wire [15:0] weight_wr__en;
  output [1023:0] wgt_q;
  reg [1023:0] wgt_q = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  reg [127:0] act_buf [255:0];
  initial begin
    act_buf[0] = 128'h00000000000000000000000000000000;
    act_buf[1] = 128'h00000000000000000000000000000000;
    act_buf[2] = 128'h00000000000000000000000000000000;
    act_buf[3] = 128'h00000000000000000000000000000000;
    act_buf[4] = 128'h00000000000000000000000000000000;
    act_buf[5] = 128'h00000000000000000000000000000000;
    act_buf[6] = 128'h00000000000000000000000000000000;
    act_buf[7] = 128'h00000000000000000000000000000000;
    act_buf[8] = 128'h00000000000000000000000000000000;
    act_buf[9] = 128'h00000000000000000000000000000000;
    act_buf[10] = 128'h00000000000000000000000000000000;
    act_buf[11] = 128'h00000000000000000000000000000000;
    act_buf[12] = 128'h00000000000000000000000000000000;
    act_buf[13] = 128'h00000000000000000000000000000000;
    act_buf[14] = 128'h00000000000000000000000000000000;
    act_buf[15] = 128'h00000000000000000000000000000000;
    act_buf[16] = 128'h00000000000000000000000000000000;
    act_buf[17] = 128'h00000000000000000000000000000000;
    act_buf[18] = 128'h00000000000000000000000000000000;
    act_buf[19] = 128'h00000000000000000000000000000000;
    act_buf[20] = 128'h00000000000000000000000000000000;
    act_buf[21] = 128'h00000000000000000000000000000000;
    act_buf[22] = 128'h00000000000000000000000000000000;
    act_buf[23] = 128'h00000000000000000000000000000000;
    act_buf[24] = 128'h00000000000000000000000000000000;
    act_buf[25] = 128'h00000000000000000000000000000000;
    act_buf[26] = 128'h00000000000000000000000000000000;
    act_buf[27] = 128'h00000000000000000000000000000000;
    act_buf[28] = 128'h00000000000000000000000000000000;
    act_buf[29] = 128'h00000000000000000000000000000000;
    act_buf[30] = 128'h00000000000000000000000000000000;
    act_buf[31] = 128'h00000000000000000000000000000000;
    act_buf[32] = 128'h00000000000000000000000000000000;
    act_buf[33] = 128'h00000000000000000000000000000000;
    act_buf[34] = 128'h00000000000000000000000000000000;
    act_buf[35] = 128'h00000000000000000000000000000000;
    act_buf[36] = 128'h00000000000000000000000000000000;
    act_buf[37] = 128'h00000000000000000000000000000000;
    act_buf[38] = 128'h00000000000000000000000000000000;
    act_buf[39] = 128'h00000000000000000000000000000000;
    act_buf[40] = 128'h00000000000000000000000000000000;
    act_buf[41] = 128'h00000000000000000000000000000000;
    act_buf[42] = 128'h00000000000000000000000000000000;
    act_buf[43] = 128'h00000000000000000000000000000000;
    act_buf[44] = 128'h00000000000000000000000000000000;
    act_buf[45] = 128'h00000000000000000000000000000000;
    act_buf[46] = 128'h00000000000000000000000000000000;
    act_buf[47] = 128'h00000000000000000000000000000000;
    act_buf[48] = 128'h00000000000000000000000000000000;
    act_buf[49] = 128'h00000000000000000000000000000000;
    act_buf[50] = 128'h00000000000000000000000000000000;
    act_buf[51] = 128'h00000000000000000000000000000000;
    act_buf[52] = 128'h00000000000000000000000000000000;
    act_buf[53] = 128'h00000000000000000000000000000000;
    act_buf[54] = 128'h00000000000000000000000000000000;
    act_buf[55] = 128'h00000000000000000000000000000000;
    act_buf[56] = 128'h00000000000000000000000000000000;
    act_buf[57] = 128'h00000000000000000000000000000000;
    act_buf[58] = 128'h00000000000000000000000000000000;
    act_buf[59] = 128'h00000000000000000000000000000000;
    act_buf[60] = 128'h00000000000000000000000000000000;
    act_buf[61] = 128'h00000000000000000000000000000000;
    act_buf[62] = 128'h00000000000000000000000000000000;
    act_buf[63] = 128'h00000000000000000000000000000000;
    act_buf[64] = 128'h00000000000000000000000000000000;
    act_buf[65] = 128'h00000000000000000000000000000000;
    act_buf[66] = 128'h00000000000000000000000000000000;
    act_buf[67] = 128'h00000000000000000000000000000000;
    act_buf[68] = 128'h00000000000000000000000000000000;
    act_buf[69] = 128'h00000000000000000000000000000000;
    act_buf[70] = 128'h00000000000000000000000000000000;
    act_buf[71] = 128'h00000000000000000000000000000000;
    act_buf[72] = 128'h00000000000000000000000000000000;
    act_buf[73] = 128'h00000000000000000000000000000000;
    act_buf[74] = 128'h00000000000000000000000000000000;
    act_buf[75] = 128'h00000000000000000000000000000000;
    act_buf[76] = 128'h00000000000000000000000000000000;
    act_buf[77] = 128'h00000000000000000000000000000000;
    act_buf[78] = 128'h00000000000000000000000000000000;
    act_buf[79] = 128'h00000000000000000000000000000000;
    act_buf[80] = 128'h00000000000000000000000000000000;
    act_buf[81] = 128'h00000000000000000000000000000000;
    act_buf[82] = 128'h00000000000000000000000000000000;
    act_buf[83] = 128'h00000000000000000000000000000000;
    act_buf[84] = 128'h00000000000000000000000000000000;
    act_buf[85] = 128'h00000000000000000000000000000000;
    act_buf[86] = 128'h00000000000000000000000000000000;
    act_buf[87] = 128'h00000000000000000000000000000000;
    act_buf[88] = 128'h00000000000000000000000000000000;
    act_buf[89] = 128'h00000000000000000000000000000000;
    act_buf[90] = 128'h00000000000000000000000000000000;
    act_buf[91] = 128'h00000000000000000000000000000000;
    act_buf[92] = 128'h00000000000000000000000000000000;
    act_buf[93] = 128'h00000000000000000000000000000000;
    act_buf[94] = 128'h00000000000000000000000000000000;
    act_buf[95] = 128'h00000000000000000000000000000000;
    act_buf[96] = 128'h00000000000000000000000000000000;
    act_buf[97] = 128'h00000000000000000000000000000000;
    act_buf[98] = 128'h00000000000000000000000000000000;
    act_buf[99] = 128'h00000000000000000000000000000000;
    act_buf[100] = 128'h00000000000000000000000000000000;
    act_buf[101] = 128'h00000000000000000000000000000000;
    act_buf[102] = 128'h00000000000000000000000000000000;
    act_buf[103] = 128'h00000000000000000000000000000000;
    act_buf[104] = 128'h00000000000000000000000000000000;
    act_buf[105] = 128'h00000000000000000000000000000000;
    act_buf[106] = 128'h00000000000000000000000000000000;
    act_buf[107] = 128'h00000000000000000000000000000000;
    act_buf[108] = 128'h00000000000000000000000000000000;
    act_buf[109] = 128'h00000000000000000000000000000000;
    act_buf[110] = 128'h00000000000000000000000000000000;
    act_buf[111] = 128'h00000000000000000000000000000000;
    act_buf[112] = 128'h00000000000000000000000000000000;
    act_buf[113] = 128'h00000000000000000000000000000000;
    act_buf[114] = 128'h00000000000000000000000000000000;
    act_buf[115] = 128'h00000000000000000000000000000000;
    act_buf[116] = 128'h00000000000000000000000000000000;
    act_buf[117] = 128'h00000000000000000000000000000000;
    act_buf[118] = 128'h00000000000000000000000000000000;
    act_buf[119] = 128'h00000000000000000000000000000000;
    act_buf[120] = 128'h00000000000000000000000000000000;
    act_buf[121] = 128'h00000000000000000000000000000000;
    act_buf[122] = 128'h00000000000000000000000000000000;
    act_buf[123] = 128'h00000000000000000000000000000000;
    act_buf[124] = 128'h00000000000000000000000000000000;
    act_buf[125] = 128'h00000000000000000000000000000000;
    act_buf[126] = 128'h00000000000000000000000000000000;
    act_buf[127] = 128'h00000000000000000000000000000000;
    act_buf[128] = 128'h00000000000000000000000000000000;
    act_buf[129] = 128'h00000000000000000000000000000000;
    act_buf[130] = 128'h00000000000000000000000000000000;
    act_buf[131] = 128'h00000000000000000000000000000000;
    act_buf[132] = 128'h00000000000000000000000000000000;
    act_buf[133] = 128'h00000000000000000000000000000000;
    act_buf[134] = 128'h00000000000000000000000000000000;
    act_buf[135] = 128'h00000000000000000000000000000000;
    act_buf[136] = 128'h00000000000000000000000000000000;
    act_buf[137] = 128'h00000000000000000000000000000000;
    act_buf[138] = 128'h00000000000000000000000000000000;
    act_buf[139] = 128'h00000000000000000000000000000000;
    act_buf[140] = 128'h00000000000000000000000000000000;
    act_buf[141] = 128'h00000000000000000000000000000000;
    act_buf[142] = 128'h00000000000000000000000000000000;
    act_buf[143] = 128'h00000000000000000000000000000000;
    act_buf[144] = 128'h00000000000000000000000000000000;
    act_buf[145] = 128'h00000000000000000000000000000000;
    act_buf[146] = 128'h00000000000000000000000000000000;
    act_buf[147] = 128'h00000000000000000000000000000000;
    act_buf[148] = 128'h00000000000000000000000000000000;
    act_buf[149] = 128'h00000000000000000000000000000000;
    act_buf[150] = 128'h00000000000000000000000000000000;
    act_buf[151] = 128'h00000000000000000000000000000000;
    act_buf[152] = 128'h00000000000000000000000000000000;
    act_buf[153] = 128'h00000000000000000000000000000000;
    act_buf[154] = 128'h00000000000000000000000000000000;
    act_buf[155] = 128'h00000000000000000000000000000000;
    act_buf[156] = 128'h00000000000000000000000000000000;
    act_buf[157] = 128'h00000000000000000000000000000000;
    act_buf[158] = 128'h00000000000000000000000000000000;
    act_buf[159] = 128'h00000000000000000000000000000000;
    act_buf[160] = 128'h00000000000000000000000000000000;
    act_buf[161] = 128'h00000000000000000000000000000000;
    act_buf[162] = 128'h00000000000000000000000000000000;
    act_buf[163] = 128'h00000000000000000000000000000000;
    act_buf[164] = 128'h00000000000000000000000000000000;
    act_buf[165] = 128'h00000000000000000000000000000000;
    act_buf[166] = 128'h00000000000000000000000000000000;
    act_buf[167] = 128'h00000000000000000000000000000000;
    act_buf[168] = 128'h00000000000000000000000000000000;
    act_buf[169] = 128'h00000000000000000000000000000000;
    act_buf[170] = 128'h00000000000000000000000000000000;
    act_buf[171] = 128'h00000000000000000000000000000000;
    act_buf[172] = 128'h00000000000000000000000000000000;
    act_buf[173] = 128'h00000000000000000000000000000000;
    act_buf[174] = 128'h00000000000000000000000000000000;
    act_buf[175] = 128'h00000000000000000000000000000000;
    act_buf[176] = 128'h00000000000000000000000000000000;
    act_buf[177] = 128'h00000000000000000000000000000000;
    act_buf[178] = 128'h00000000000000000000000000000000;
    act_buf[179] = 128'h00000000000000000000000000000000;
    act_buf[180] = 128'h00000000000000000000000000000000;
    act_buf[181] = 128'h00000000000000000000000000000000;
    act_buf[182] = 128'h00000000000000000000000000000000;
    act_buf[183] = 128'h00000000000000000000000000000000;
    act_buf[184] = 128'h00000000000000000000000000000000;
    act_buf[185] = 128'h00000000000000000000000000000000;
    act_buf[186] = 128'h00000000000000000000000000000000;
    act_buf[187] = 128'h00000000000000000000000000000000;
    act_buf[188] = 128'h00000000000000000000000000000000;
    act_buf[189] = 128'h00000000000000000000000000000000;
    act_buf[190] = 128'h00000000000000000000000000000000;
    act_buf[191] = 128'h00000000000000000000000000000000;
    act_buf[192] = 128'h00000000000000000000000000000000;
    act_buf[193] = 128'h00000000000000000000000000000000;
    act_buf[194] = 128'h00000000000000000000000000000000;
    act_buf[195] = 128'h00000000000000000000000000000000;
    act_buf[196] = 128'h00000000000000000000000000000000;
    act_buf[197] = 128'h00000000000000000000000000000000;
    act_buf[198] = 128'h00000000000000000000000000000000;
    act_buf[199] = 128'h00000000000000000000000000000000;
    act_buf[200] = 128'h00000000000000000000000000000000;
    act_buf[201] = 128'h00000000000000000000000000000000;
    act_buf[202] = 128'h00000000000000000000000000000000;
    act_buf[203] = 128'h00000000000000000000000000000000;
    act_buf[204] = 128'h00000000000000000000000000000000;
    act_buf[205] = 128'h00000000000000000000000000000000;
    act_buf[206] = 128'h00000000000000000000000000000000;
    act_buf[207] = 128'h00000000000000000000000000000000;
    act_buf[208] = 128'h00000000000000000000000000000000;
    act_buf[209] = 128'h00000000000000000000000000000000;
    act_buf[210] = 128'h00000000000000000000000000000000;
    act_buf[211] = 128'h00000000000000000000000000000000;
    act_buf[212] = 128'h00000000000000000000000000000000;
    act_buf[213] = 128'h00000000000000000000000000000000;
    act_buf[214] = 128'h00000000000000000000000000000000;
    act_buf[215] = 128'h00000000000000000000000000000000;
    act_buf[216] = 128'h00000000000000000000000000000000;
    act_buf[217] = 128'h00000000000000000000000000000000;
    act_buf[218] = 128'h00000000000000000000000000000000;
    act_buf[219] = 128'h00000000000000000000000000000000;
    act_buf[220] = 128'h00000000000000000000000000000000;
    act_buf[221] = 128'h00000000000000000000000000000000;
    act_buf[222] = 128'h00000000000000000000000000000000;
    act_buf[223] = 128'h00000000000000000000000000000000;
    act_buf[224] = 128'h00000000000000000000000000000000;
    act_buf[225] = 128'h00000000000000000000000000000000;
    act_buf[226] = 128'h00000000000000000000000000000000;
    act_buf[227] = 128'h00000000000000000000000000000000;
    act_buf[228] = 128'h00000000000000000000000000000000;
    act_buf[229] = 128'h00000000000000000000000000000000;
    act_buf[230] = 128'h00000000000000000000000000000000;
    act_buf[231] = 128'h00000000000000000000000000000000;
    act_buf[232] = 128'h00000000000000000000000000000000;
    act_buf[233] = 128'h00000000000000000000000000000000;
    act_buf[234] = 128'h00000000000000000000000000000000;
    act_buf[235] = 128'h00000000000000000000000000000000;
    act_buf[236] = 128'h00000000000000000000000000000000;
    act_buf[237] = 128'h00000000000000000000000000000000;
    act_buf[238] = 128'h00000000000000000000000000000000;
    act_buf[239] = 128'h00000000000000000000000000000000;
    act_buf[240] = 128'h00000000000000000000000000000000;
    act_buf[241] = 128'h00000000000000000000000000000000;
    act_buf[242] = 128'h00000000000000000000000000000000;
    act_buf[243] = 128'h00000000000000000000000000000000;
    act_buf[244] = 128'h00000000000000000000000000000000;
    act_buf[245] = 128'h00000000000000000000000000000000;
    act_buf[246] = 128'h00000000000000000000000000000000;
    act_buf[247] = 128'h00000000000000000000000000000000;
    act_buf[248] = 128'h00000000000000000000000000000000;
    act_buf[249] = 128'h00000000000000000000000000000000;
    act_buf[250] = 128'h00000000000000000000000000000000;
    act_buf[251] = 128'h00000000000000000000000000000000;
    act_buf[252] = 128'h00000000000000000000000000000000;
    act_buf[253] = 128'h00000000000000000000000000000000;
    act_buf[254] = 128'h00000000000000000000000000000000;
    act_buf[255] = 128'h00000000000000000000000000000000;
  end
  always @(posedge clk) begin
    if (act_en_q[0])
      act_buf[act_addr_q][15:0] <= act_data_q[15:0];
    if (act_en_q[1])
      act_buf[act_addr_q][31:16] <= act_data_q[31:16];
    if (act_en_q[2])
      act_buf[act_addr_q][47:32] <= act_data_q[47:32];
    if (act_en_q[3])
      act_buf[act_addr_q][63:48] <= act_data_q[63:48];
    if (act_en_q[4])
      act_buf[act_addr_q][79:64] <= act_data_q[79:64];
    if (act_en_q[5])
      act_buf[act_addr_q][95:80] <= act_data_q[95:80];
    if (act_en_q[6])
      act_buf[act_addr_q][111:96] <= act_data_q[111:96];
    if (act_en_q[7])
      act_buf[act_addr_q][127:112] <= act_data_q[127:112];
  end
  reg [127:0] _0_;
  always @(posedge clk) begin
    if (act_rd__en) begin
      _0_ <= act_buf[act_rd__addr];
    end
  end
  assign \$signature__data  = _0_;
  reg [383:0] thresh_out_buf [319:0];
  initial begin
    thresh_out_buf[0] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[1] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[2] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[3] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[4] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[5] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[6] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[7] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[8] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[9] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[10] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[11] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[12] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[13] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[14] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[15] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[16] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[17] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[18] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[19] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[20] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[21] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[22] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[23] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[24] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[25] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[26] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[27] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[28] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[29] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[30] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[31] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[32] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[33] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[34] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[35] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[36] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[37] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[38] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[39] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[40] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[41] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[42] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[43] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[44] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[45] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[46] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[47] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[48] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[49] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[50] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[51] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[52] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[53] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[54] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[55] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[56] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[57] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[58] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[59] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[60] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[61] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[62] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[63] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[64] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[65] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[66] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[67] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[68] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[69] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[70] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[71] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[72] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[73] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[74] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[75] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[76] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[77] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[78] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[79] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[80] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[81] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[82] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[83] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[84] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[85] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[86] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[87] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[88] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[89] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[90] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[91] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[92] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[93] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[94] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[95] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[96] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[97] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[98] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[99] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[100] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[101] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[102] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[103] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[104] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[105] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[106] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[107] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[108] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[109] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[110] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[111] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[112] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[113] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[114] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[115] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[116] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[117] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[118] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[119] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[120] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[121] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[122] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[123] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[124] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[125] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[126] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[127] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[128] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[129] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[130] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[131] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[132] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[133] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[134] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[135] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[136] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[137] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[138] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[139] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[140] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[141] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[142] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[143] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[144] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[145] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[146] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[147] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[148] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[149] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[150] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[151] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[152] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[153] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[154] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[155] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[156] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[157] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[158] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[159] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[160] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[161] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[162] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[163] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[164] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[165] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[166] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[167] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[168] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[169] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[170] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[171] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[172] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[173] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[174] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[175] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[176] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[177] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[178] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[179] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[180] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[181] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[182] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[183] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[184] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[185] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[186] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[187] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[188] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[189] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[190] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[191] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[192] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[193] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[194] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[195] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[196] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[197] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[198] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[199] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[200] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[201] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[202] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[203] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[204] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[205] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[206] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[207] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[208] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[209] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[210] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[211] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[212] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[213] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[214] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[215] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[216] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[217] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[218] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[219] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[220] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[221] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[222] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[223] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[224] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[225] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[226] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[227] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[228] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[229] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[230] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[231] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[232] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[233] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[234] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[235] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[236] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[237] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[238] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[239] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[240] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[241] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[242] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[243] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[244] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[245] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[246] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[247] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[248] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[249] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[250] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[251] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[252] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[253] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[254] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[255] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[256] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[257] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[258] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[259] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[260] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[261] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[262] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[263] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[264] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[265] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[266] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[267] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[268] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[269] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[270] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[271] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[272] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[273] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[274] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[275] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[276] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[277] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[278] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[279] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[280] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[281] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[282] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[283] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[284] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[285] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[286] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[287] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[288] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[289] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[290] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[291] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[292] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[293] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[294] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[295] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[296] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[297] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[298] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[299] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[300] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[301] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[302] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[303] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[304] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[305] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[306] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[307] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[308] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[309] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[310] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[311] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[312] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[313] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[314] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[315] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[316] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[317] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[318] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    thresh_out_buf[319] = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  end
  always @(posedge clk) begin
    if (thresh_out_en_q[0])
      thresh_out_buf[thresh_out_addr_q][23:0] <= thresh_out_data_q[23:0];
    if (thresh_out_en_q[1])
      thresh_out_buf[thresh_out_addr_q][47:24] <= thresh_out_data_q[47:24];
    if (thresh_out_en_q[2])
      thresh_out_buf[thresh_out_addr_q][71:48] <= thresh_out_data_q[71:48];
    if (thresh_out_en_q[3])
      thresh_out_buf[thresh_out_addr_q][95:72] <= thresh_out_data_q[95:72];
    if (thresh_out_en_q[4])
      thresh_out_buf[thresh_out_addr_q][119:96] <= thresh_out_data_q[119:96];
    if (thresh_out_en_q[5])
      thresh_out_buf[thresh_out_addr_q][143:120] <= thresh_out_data_q[143:120];
    if (thresh_out_en_q[6])
      thresh_out_buf[thresh_out_addr_q][167:144] <= thresh_out_data_q[167:144];
    if (thresh_out_en_q[7])
      thresh_out_buf[thresh_out_addr_q][191:168] <= thresh_out_data_q[191:168];
    if (thresh_out_en_q[8])
      thresh_out_buf[thresh_out_addr_q][215:192] <= thresh_out_data_q[215:192];
    if (thresh_out_en_q[9])
      thresh_out_buf[thresh_out_addr_q][239:216] <= thresh_out_data_q[239:216];
    if (thresh_out_en_q[10])
      thresh_out_buf[thresh_out_addr_q][263:240] <= thresh_out_data_q[263:240];
    if (thresh_out_en_q[11])
      thresh_out_buf[thresh_out_addr_q][287:264] <= thresh_out_data_q[287:264];
    if (thresh_out_en_q[12])
      thresh_out_buf[thresh_out_addr_q][311:288] <= thresh_out_data_q[311:288];
    if (thresh_out_en_q[13])
      thresh_out_buf[thresh_out_addr_q][335:312] <= thresh_out_data_q[335:312];
    if (thresh_out_en_q[14])
      thresh_out_buf[thresh_out_addr_q][359:336] <= thresh_out_data_q[359:336];
    if (thresh_out_en_q[15])
      thresh_out_buf[thresh_out_addr_q][383:360] <= thresh_out_data_q[383:360];
  end
  reg [383:0] _1_;
  always @(posedge clk) begin
    if (tob_r__en) begin
      _1_ <= thresh_out_buf[tob_r__addr];
    end
  end
  assign tob_data = _1_;
  reg [1023:0] weight_buf [511:0];
  initial begin
    weight_buf[0] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[1] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[2] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[3] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[4] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[5] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[6] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[7] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[8] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[9] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[10] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[11] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[12] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[13] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[14] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[15] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[16] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[17] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[18] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[19] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[20] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[21] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[22] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[23] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[24] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[25] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[26] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[27] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[28] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[29] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[30] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[31] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[32] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[33] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[34] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[35] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[36] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[37] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[38] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[39] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[40] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[41] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[42] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[43] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[44] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[45] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[46] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[47] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[48] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[49] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[50] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[51] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[52] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[53] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[54] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[55] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[56] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[57] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[58] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[59] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[60] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[61] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[62] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[63] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[64] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[65] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[66] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[67] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[68] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[69] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[70] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[71] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[72] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[73] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[74] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[75] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[76] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[77] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[78] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[79] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[80] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[81] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[82] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[83] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[84] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[85] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[86] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[87] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[88] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[89] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[90] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[91] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[92] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[93] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[94] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[95] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[96] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[97] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[98] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[99] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[100] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[101] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[102] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[103] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[104] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[105] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[106] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[107] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[108] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[109] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[110] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[111] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[112] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[113] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[114] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[115] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[116] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[117] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[118] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[119] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[120] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[121] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[122] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[123] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[124] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[125] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[126] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[127] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[128] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[129] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[130] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[131] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[132] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[133] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[134] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[135] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[136] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[137] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[138] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[139] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[140] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[141] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[142] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[143] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[144] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[145] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[146] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[147] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[148] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[149] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[150] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[151] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[152] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[153] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[154] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[155] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[156] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[157] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[158] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[159] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[160] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[161] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[162] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[163] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[164] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[165] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[166] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[167] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[168] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[169] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[170] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[171] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[172] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[173] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[174] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[175] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[176] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[177] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[178] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[179] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[180] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[181] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[182] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[183] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[184] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[185] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[186] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[187] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[188] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[189] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[190] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[191] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[192] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[193] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[194] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[195] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[196] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[197] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[198] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[199] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[200] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[201] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[202] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[203] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[204] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[205] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[206] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[207] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[208] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[209] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[210] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[211] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[212] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[213] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[214] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[215] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[216] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[217] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[218] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[219] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[220] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[221] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[222] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[223] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[224] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[225] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[226] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[227] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[228] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[229] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[230] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[231] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[232] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[233] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[234] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[235] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[236] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[237] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[238] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[239] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[240] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[241] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[242] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[243] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[244] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[245] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[246] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[247] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[248] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[249] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[250] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[251] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[252] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[253] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[254] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[255] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[256] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[257] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[258] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[259] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[260] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[261] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[262] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[263] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[264] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[265] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[266] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[267] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[268] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[269] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[270] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[271] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[272] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[273] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[274] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[275] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[276] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[277] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[278] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[279] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[280] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[281] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[282] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[283] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[284] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[285] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[286] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[287] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[288] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[289] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[290] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[291] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[292] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[293] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[294] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[295] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[296] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[297] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[298] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[299] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[300] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[301] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[302] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[303] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[304] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[305] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[306] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[307] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[308] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[309] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[310] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[311] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[312] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[313] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[314] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[315] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[316] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[317] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[318] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[319] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[320] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[321] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[322] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[323] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[324] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[325] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[326] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[327] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[328] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[329] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[330] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[331] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[332] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[333] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[334] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[335] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[336] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[337] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[338] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[339] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[340] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[341] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[342] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[343] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[344] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[345] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[346] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[347] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[348] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[349] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[350] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[351] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[352] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[353] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[354] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[355] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[356] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[357] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[358] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[359] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[360] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[361] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[362] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[363] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[364] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[365] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[366] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[367] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[368] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[369] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[370] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[371] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[372] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[373] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[374] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[375] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[376] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[377] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[378] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[379] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[380] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[381] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[382] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[383] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[384] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[385] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[386] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[387] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[388] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[389] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[390] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[391] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[392] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[393] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[394] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[395] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[396] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[397] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[398] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[399] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[400] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[401] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[402] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[403] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[404] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[405] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[406] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[407] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[408] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[409] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[410] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[411] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[412] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[413] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[414] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[415] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[416] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[417] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[418] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[419] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[420] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[421] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[422] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[423] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[424] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[425] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[426] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[427] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[428] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[429] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[430] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[431] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[432] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[433] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[434] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[435] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[436] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[437] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[438] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[439] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[440] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[441] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[442] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[443] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[444] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[445] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[446] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[447] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[448] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[449] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[450] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[451] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[452] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[453] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[454] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[455] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[456] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[457] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[458] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[459] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[460] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[461] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[462] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[463] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[464] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[465] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[466] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[467] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[468] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[469] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[470] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[471] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[472] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[473] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[474] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[475] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[476] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[477] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[478] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[479] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[480] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[481] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[482] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[483] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[484] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[485] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[486] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[487] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[488] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[489] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[490] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[491] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[492] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[493] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[494] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[495] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[496] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[497] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[498] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[499] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[500] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[501] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[502] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[503] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[504] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[505] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[506] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[507] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[508] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[509] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[510] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    weight_buf[511] = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  end
  always @(posedge clk) begin
    if (weight_en_q[0])
      weight_buf[weight_addr_q][63:0] <= weight_data_q[63:0];
    if (weight_en_q[1])
      weight_buf[weight_addr_q][127:64] <= weight_data_q[127:64];
    if (weight_en_q[2])
      weight_buf[weight_addr_q][191:128] <= weight_data_q[191:128];
    if (weight_en_q[3])
      weight_buf[weight_addr_q][255:192] <= weight_data_q[255:192];
    if (weight_en_q[4])
      weight_buf[weight_addr_q][319:256] <= weight_data_q[319:256];
    if (weight_en_q[5])
      weight_buf[weight_addr_q][383:320] <= weight_data_q[383:320];
    if (weight_en_q[6])
      weight_buf[weight_addr_q][447:384] <= weight_data_q[447:384];
    if (weight_en_q[7])
      weight_buf[weight_addr_q][511:448] <= weight_data_q[511:448];
    if (weight_en_q[8])
      weight_buf[weight_addr_q][575:512] <= weight_data_q[575:512];
    if (weight_en_q[9])
      weight_buf[weight_addr_q][639:576] <= weight_data_q[639:576];
    if (weight_en_q[10])
      weight_buf[weight_addr_q][703:640] <= weight_data_q[703:640];
    if (weight_en_q[11])
      weight_buf[weight_addr_q][767:704] <= weight_data_q[767:704];
    if (weight_en_q[12])
      weight_buf[weight_addr_q][831:768] <= weight_data_q[831:768];
    if (weight_en_q[13])
      weight_buf[weight_addr_q][895:832] <= weight_data_q[895:832];
    if (weight_en_q[14])
      weight_buf[weight_addr_q][959:896] <= weight_data_q[959:896];
    if (weight_en_q[15])
      weight_buf[weight_addr_q][1023:960] <= weight_data_q[1023:960];
  end
  reg [1023:0] _2_;
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
      \$2  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$3  = weight_wr__en;
    if (rst) begin
      \$3  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$4  = tob_wr__en;
    if (rst) begin
      \$4  = 16'h0000;
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
  wire [11:0] \$100 ;
  wire [11:0] \$101 ;
  wire \$102 ;
  wire [2:0] \$103 ;
  wire \$104 ;
  wire [16:0] \$105 ;
  wire \$106 ;
  wire [16:0] \$107 ;
  wire [16:0] \$108 ;
  wire [16:0] \$109 ;
  wire \$11 ;
  wire [9:0] \$110 ;
  reg \$111 ;
  reg [9:0] \$112 ;
  reg [10:0] \$113 ;
  reg [127:0] \$114 ;
  reg [127:0] \$115 ;
  reg [5:0] \$116 ;
  reg \$117 ;
  reg [2:0] \$118 ;
  reg [3:0] \$119 ;
  wire \$12 ;
  reg [3:0] \$120 ;
  reg [1:0] \$121 ;
  reg \$122 ;
  reg [127:0] \$123 ;
  reg [15:0] \$124 ;
  reg [10:0] \$125 ;
  reg [10:0] \$126 ;
  reg [15:0] \$127 ;
  reg [15:0] \$128 ;
  reg [15:0] \$129 ;
  wire \$13 ;
  reg [8:0] \$130 ;
  reg [15:0] \$131 ;
  reg [15:0] \$132 ;
  reg [15:0] \$133 ;
  reg [8:0] \$134 ;
  reg [15:0] \$135 ;
  reg [15:0] \$136 ;
  reg [15:0] \$137 ;
  reg [8:0] \$138 ;
  reg \$139 ;
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
  wire [11:0] \$61 ;
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
  wire [11:0] \$74 ;
  wire [11:0] \$75 ;
  wire [11:0] \$76 ;
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
  reg [10:0] \$like  = 11'h000;
  reg \$signal  = 1'h0;
  reg [15:0] \$signal$22  = 16'h0000;
  reg [15:0] \$signal$23  = 16'h0000;
  reg [8:0] \$signal$24  = 9'h000;
  reg [8:0] \$signal$25  = 9'h000;
  reg [15:0] \$signal$26  = 16'h0000;
  reg [15:0] \$signal$27  = 16'h0000;
  reg [15:0] \$signal$28  = 16'h0000;
  reg [15:0] \$signal$29  = 16'h0000;
  reg \$signal$69 ;
  reg [15:0] \$signal$80  = 16'h0000;
  reg [15:0] \$signal$81  = 16'h0000;
  reg [15:0] \$signal$82  = 16'h0000;
  reg [8:0] \$signal$83  = 9'h000;
  wire [9:0] \$signature__addr ;
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
  (* init = 10'h000 *)
  wire [9:0] fetch_addr;
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
  input [9:0] imem_addr;
  wire [9:0] imem_addr;
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
  reg [9:0] ir__addr = 10'h000;
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
  reg [10:0] lp_end = 11'h000;
  reg [15:0] lp_left = 16'h0000;
  reg lp_once = 1'h0;
  reg lpop;
  reg [3:0] ltokens = 4'h0;
  reg n_bad = 1'h0;
  reg [5:0] n_is = 6'h00;
  (* init = 128'h00000000000000000000000000000000 *)
  wire [127:0] nxt;
  reg [10:0] pc = 11'h000;
  reg [10:0] pc_next;
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
  reg [127:0] imem [1023:0];
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
    imem[512] = 128'h00000000000000000000000000000000;
    imem[513] = 128'h00000000000000000000000000000000;
    imem[514] = 128'h00000000000000000000000000000000;
    imem[515] = 128'h00000000000000000000000000000000;
    imem[516] = 128'h00000000000000000000000000000000;
    imem[517] = 128'h00000000000000000000000000000000;
    imem[518] = 128'h00000000000000000000000000000000;
    imem[519] = 128'h00000000000000000000000000000000;
    imem[520] = 128'h00000000000000000000000000000000;
    imem[521] = 128'h00000000000000000000000000000000;
    imem[522] = 128'h00000000000000000000000000000000;
    imem[523] = 128'h00000000000000000000000000000000;
    imem[524] = 128'h00000000000000000000000000000000;
    imem[525] = 128'h00000000000000000000000000000000;
    imem[526] = 128'h00000000000000000000000000000000;
    imem[527] = 128'h00000000000000000000000000000000;
    imem[528] = 128'h00000000000000000000000000000000;
    imem[529] = 128'h00000000000000000000000000000000;
    imem[530] = 128'h00000000000000000000000000000000;
    imem[531] = 128'h00000000000000000000000000000000;
    imem[532] = 128'h00000000000000000000000000000000;
    imem[533] = 128'h00000000000000000000000000000000;
    imem[534] = 128'h00000000000000000000000000000000;
    imem[535] = 128'h00000000000000000000000000000000;
    imem[536] = 128'h00000000000000000000000000000000;
    imem[537] = 128'h00000000000000000000000000000000;
    imem[538] = 128'h00000000000000000000000000000000;
    imem[539] = 128'h00000000000000000000000000000000;
    imem[540] = 128'h00000000000000000000000000000000;
    imem[541] = 128'h00000000000000000000000000000000;
    imem[542] = 128'h00000000000000000000000000000000;
    imem[543] = 128'h00000000000000000000000000000000;
    imem[544] = 128'h00000000000000000000000000000000;
    imem[545] = 128'h00000000000000000000000000000000;
    imem[546] = 128'h00000000000000000000000000000000;
    imem[547] = 128'h00000000000000000000000000000000;
    imem[548] = 128'h00000000000000000000000000000000;
    imem[549] = 128'h00000000000000000000000000000000;
    imem[550] = 128'h00000000000000000000000000000000;
    imem[551] = 128'h00000000000000000000000000000000;
    imem[552] = 128'h00000000000000000000000000000000;
    imem[553] = 128'h00000000000000000000000000000000;
    imem[554] = 128'h00000000000000000000000000000000;
    imem[555] = 128'h00000000000000000000000000000000;
    imem[556] = 128'h00000000000000000000000000000000;
    imem[557] = 128'h00000000000000000000000000000000;
    imem[558] = 128'h00000000000000000000000000000000;
    imem[559] = 128'h00000000000000000000000000000000;
    imem[560] = 128'h00000000000000000000000000000000;
    imem[561] = 128'h00000000000000000000000000000000;
    imem[562] = 128'h00000000000000000000000000000000;
    imem[563] = 128'h00000000000000000000000000000000;
    imem[564] = 128'h00000000000000000000000000000000;
    imem[565] = 128'h00000000000000000000000000000000;
    imem[566] = 128'h00000000000000000000000000000000;
    imem[567] = 128'h00000000000000000000000000000000;
    imem[568] = 128'h00000000000000000000000000000000;
    imem[569] = 128'h00000000000000000000000000000000;
    imem[570] = 128'h00000000000000000000000000000000;
    imem[571] = 128'h00000000000000000000000000000000;
    imem[572] = 128'h00000000000000000000000000000000;
    imem[573] = 128'h00000000000000000000000000000000;
    imem[574] = 128'h00000000000000000000000000000000;
    imem[575] = 128'h00000000000000000000000000000000;
    imem[576] = 128'h00000000000000000000000000000000;
    imem[577] = 128'h00000000000000000000000000000000;
    imem[578] = 128'h00000000000000000000000000000000;
    imem[579] = 128'h00000000000000000000000000000000;
    imem[580] = 128'h00000000000000000000000000000000;
    imem[581] = 128'h00000000000000000000000000000000;
    imem[582] = 128'h00000000000000000000000000000000;
    imem[583] = 128'h00000000000000000000000000000000;
    imem[584] = 128'h00000000000000000000000000000000;
    imem[585] = 128'h00000000000000000000000000000000;
    imem[586] = 128'h00000000000000000000000000000000;
    imem[587] = 128'h00000000000000000000000000000000;
    imem[588] = 128'h00000000000000000000000000000000;
    imem[589] = 128'h00000000000000000000000000000000;
    imem[590] = 128'h00000000000000000000000000000000;
    imem[591] = 128'h00000000000000000000000000000000;
    imem[592] = 128'h00000000000000000000000000000000;
    imem[593] = 128'h00000000000000000000000000000000;
    imem[594] = 128'h00000000000000000000000000000000;
    imem[595] = 128'h00000000000000000000000000000000;
    imem[596] = 128'h00000000000000000000000000000000;
    imem[597] = 128'h00000000000000000000000000000000;
    imem[598] = 128'h00000000000000000000000000000000;
    imem[599] = 128'h00000000000000000000000000000000;
    imem[600] = 128'h00000000000000000000000000000000;
    imem[601] = 128'h00000000000000000000000000000000;
    imem[602] = 128'h00000000000000000000000000000000;
    imem[603] = 128'h00000000000000000000000000000000;
    imem[604] = 128'h00000000000000000000000000000000;
    imem[605] = 128'h00000000000000000000000000000000;
    imem[606] = 128'h00000000000000000000000000000000;
    imem[607] = 128'h00000000000000000000000000000000;
    imem[608] = 128'h00000000000000000000000000000000;
    imem[609] = 128'h00000000000000000000000000000000;
    imem[610] = 128'h00000000000000000000000000000000;
    imem[611] = 128'h00000000000000000000000000000000;
    imem[612] = 128'h00000000000000000000000000000000;
    imem[613] = 128'h00000000000000000000000000000000;
    imem[614] = 128'h00000000000000000000000000000000;
    imem[615] = 128'h00000000000000000000000000000000;
    imem[616] = 128'h00000000000000000000000000000000;
    imem[617] = 128'h00000000000000000000000000000000;
    imem[618] = 128'h00000000000000000000000000000000;
    imem[619] = 128'h00000000000000000000000000000000;
    imem[620] = 128'h00000000000000000000000000000000;
    imem[621] = 128'h00000000000000000000000000000000;
    imem[622] = 128'h00000000000000000000000000000000;
    imem[623] = 128'h00000000000000000000000000000000;
    imem[624] = 128'h00000000000000000000000000000000;
    imem[625] = 128'h00000000000000000000000000000000;
    imem[626] = 128'h00000000000000000000000000000000;
    imem[627] = 128'h00000000000000000000000000000000;
    imem[628] = 128'h00000000000000000000000000000000;
    imem[629] = 128'h00000000000000000000000000000000;
    imem[630] = 128'h00000000000000000000000000000000;
    imem[631] = 128'h00000000000000000000000000000000;
    imem[632] = 128'h00000000000000000000000000000000;
    imem[633] = 128'h00000000000000000000000000000000;
    imem[634] = 128'h00000000000000000000000000000000;
    imem[635] = 128'h00000000000000000000000000000000;
    imem[636] = 128'h00000000000000000000000000000000;
    imem[637] = 128'h00000000000000000000000000000000;
    imem[638] = 128'h00000000000000000000000000000000;
    imem[639] = 128'h00000000000000000000000000000000;
    imem[640] = 128'h00000000000000000000000000000000;
    imem[641] = 128'h00000000000000000000000000000000;
    imem[642] = 128'h00000000000000000000000000000000;
    imem[643] = 128'h00000000000000000000000000000000;
    imem[644] = 128'h00000000000000000000000000000000;
    imem[645] = 128'h00000000000000000000000000000000;
    imem[646] = 128'h00000000000000000000000000000000;
    imem[647] = 128'h00000000000000000000000000000000;
    imem[648] = 128'h00000000000000000000000000000000;
    imem[649] = 128'h00000000000000000000000000000000;
    imem[650] = 128'h00000000000000000000000000000000;
    imem[651] = 128'h00000000000000000000000000000000;
    imem[652] = 128'h00000000000000000000000000000000;
    imem[653] = 128'h00000000000000000000000000000000;
    imem[654] = 128'h00000000000000000000000000000000;
    imem[655] = 128'h00000000000000000000000000000000;
    imem[656] = 128'h00000000000000000000000000000000;
    imem[657] = 128'h00000000000000000000000000000000;
    imem[658] = 128'h00000000000000000000000000000000;
    imem[659] = 128'h00000000000000000000000000000000;
    imem[660] = 128'h00000000000000000000000000000000;
    imem[661] = 128'h00000000000000000000000000000000;
    imem[662] = 128'h00000000000000000000000000000000;
    imem[663] = 128'h00000000000000000000000000000000;
    imem[664] = 128'h00000000000000000000000000000000;
    imem[665] = 128'h00000000000000000000000000000000;
    imem[666] = 128'h00000000000000000000000000000000;
    imem[667] = 128'h00000000000000000000000000000000;
    imem[668] = 128'h00000000000000000000000000000000;
    imem[669] = 128'h00000000000000000000000000000000;
    imem[670] = 128'h00000000000000000000000000000000;
    imem[671] = 128'h00000000000000000000000000000000;
    imem[672] = 128'h00000000000000000000000000000000;
    imem[673] = 128'h00000000000000000000000000000000;
    imem[674] = 128'h00000000000000000000000000000000;
    imem[675] = 128'h00000000000000000000000000000000;
    imem[676] = 128'h00000000000000000000000000000000;
    imem[677] = 128'h00000000000000000000000000000000;
    imem[678] = 128'h00000000000000000000000000000000;
    imem[679] = 128'h00000000000000000000000000000000;
    imem[680] = 128'h00000000000000000000000000000000;
    imem[681] = 128'h00000000000000000000000000000000;
    imem[682] = 128'h00000000000000000000000000000000;
    imem[683] = 128'h00000000000000000000000000000000;
    imem[684] = 128'h00000000000000000000000000000000;
    imem[685] = 128'h00000000000000000000000000000000;
    imem[686] = 128'h00000000000000000000000000000000;
    imem[687] = 128'h00000000000000000000000000000000;
    imem[688] = 128'h00000000000000000000000000000000;
    imem[689] = 128'h00000000000000000000000000000000;
    imem[690] = 128'h00000000000000000000000000000000;
    imem[691] = 128'h00000000000000000000000000000000;
    imem[692] = 128'h00000000000000000000000000000000;
    imem[693] = 128'h00000000000000000000000000000000;
    imem[694] = 128'h00000000000000000000000000000000;
    imem[695] = 128'h00000000000000000000000000000000;
    imem[696] = 128'h00000000000000000000000000000000;
    imem[697] = 128'h00000000000000000000000000000000;
    imem[698] = 128'h00000000000000000000000000000000;
    imem[699] = 128'h00000000000000000000000000000000;
    imem[700] = 128'h00000000000000000000000000000000;
    imem[701] = 128'h00000000000000000000000000000000;
    imem[702] = 128'h00000000000000000000000000000000;
    imem[703] = 128'h00000000000000000000000000000000;
    imem[704] = 128'h00000000000000000000000000000000;
    imem[705] = 128'h00000000000000000000000000000000;
    imem[706] = 128'h00000000000000000000000000000000;
    imem[707] = 128'h00000000000000000000000000000000;
    imem[708] = 128'h00000000000000000000000000000000;
    imem[709] = 128'h00000000000000000000000000000000;
    imem[710] = 128'h00000000000000000000000000000000;
    imem[711] = 128'h00000000000000000000000000000000;
    imem[712] = 128'h00000000000000000000000000000000;
    imem[713] = 128'h00000000000000000000000000000000;
    imem[714] = 128'h00000000000000000000000000000000;
    imem[715] = 128'h00000000000000000000000000000000;
    imem[716] = 128'h00000000000000000000000000000000;
    imem[717] = 128'h00000000000000000000000000000000;
    imem[718] = 128'h00000000000000000000000000000000;
    imem[719] = 128'h00000000000000000000000000000000;
    imem[720] = 128'h00000000000000000000000000000000;
    imem[721] = 128'h00000000000000000000000000000000;
    imem[722] = 128'h00000000000000000000000000000000;
    imem[723] = 128'h00000000000000000000000000000000;
    imem[724] = 128'h00000000000000000000000000000000;
    imem[725] = 128'h00000000000000000000000000000000;
    imem[726] = 128'h00000000000000000000000000000000;
    imem[727] = 128'h00000000000000000000000000000000;
    imem[728] = 128'h00000000000000000000000000000000;
    imem[729] = 128'h00000000000000000000000000000000;
    imem[730] = 128'h00000000000000000000000000000000;
    imem[731] = 128'h00000000000000000000000000000000;
    imem[732] = 128'h00000000000000000000000000000000;
    imem[733] = 128'h00000000000000000000000000000000;
    imem[734] = 128'h00000000000000000000000000000000;
    imem[735] = 128'h00000000000000000000000000000000;
    imem[736] = 128'h00000000000000000000000000000000;
    imem[737] = 128'h00000000000000000000000000000000;
    imem[738] = 128'h00000000000000000000000000000000;
    imem[739] = 128'h00000000000000000000000000000000;
    imem[740] = 128'h00000000000000000000000000000000;
    imem[741] = 128'h00000000000000000000000000000000;
    imem[742] = 128'h00000000000000000000000000000000;
    imem[743] = 128'h00000000000000000000000000000000;
    imem[744] = 128'h00000000000000000000000000000000;
    imem[745] = 128'h00000000000000000000000000000000;
    imem[746] = 128'h00000000000000000000000000000000;
    imem[747] = 128'h00000000000000000000000000000000;
    imem[748] = 128'h00000000000000000000000000000000;
    imem[749] = 128'h00000000000000000000000000000000;
    imem[750] = 128'h00000000000000000000000000000000;
    imem[751] = 128'h00000000000000000000000000000000;
    imem[752] = 128'h00000000000000000000000000000000;
    imem[753] = 128'h00000000000000000000000000000000;
    imem[754] = 128'h00000000000000000000000000000000;
    imem[755] = 128'h00000000000000000000000000000000;
    imem[756] = 128'h00000000000000000000000000000000;
    imem[757] = 128'h00000000000000000000000000000000;
    imem[758] = 128'h00000000000000000000000000000000;
    imem[759] = 128'h00000000000000000000000000000000;
    imem[760] = 128'h00000000000000000000000000000000;
    imem[761] = 128'h00000000000000000000000000000000;
    imem[762] = 128'h00000000000000000000000000000000;
    imem[763] = 128'h00000000000000000000000000000000;
    imem[764] = 128'h00000000000000000000000000000000;
    imem[765] = 128'h00000000000000000000000000000000;
    imem[766] = 128'h00000000000000000000000000000000;
    imem[767] = 128'h00000000000000000000000000000000;
    imem[768] = 128'h00000000000000000000000000000000;
    imem[769] = 128'h00000000000000000000000000000000;
    imem[770] = 128'h00000000000000000000000000000000;
    imem[771] = 128'h00000000000000000000000000000000;
    imem[772] = 128'h00000000000000000000000000000000;
    imem[773] = 128'h00000000000000000000000000000000;
    imem[774] = 128'h00000000000000000000000000000000;
    imem[775] = 128'h00000000000000000000000000000000;
    imem[776] = 128'h00000000000000000000000000000000;
    imem[777] = 128'h00000000000000000000000000000000;
    imem[778] = 128'h00000000000000000000000000000000;
    imem[779] = 128'h00000000000000000000000000000000;
    imem[780] = 128'h00000000000000000000000000000000;
    imem[781] = 128'h00000000000000000000000000000000;
    imem[782] = 128'h00000000000000000000000000000000;
    imem[783] = 128'h00000000000000000000000000000000;
    imem[784] = 128'h00000000000000000000000000000000;
    imem[785] = 128'h00000000000000000000000000000000;
    imem[786] = 128'h00000000000000000000000000000000;
    imem[787] = 128'h00000000000000000000000000000000;
    imem[788] = 128'h00000000000000000000000000000000;
    imem[789] = 128'h00000000000000000000000000000000;
    imem[790] = 128'h00000000000000000000000000000000;
    imem[791] = 128'h00000000000000000000000000000000;
    imem[792] = 128'h00000000000000000000000000000000;
    imem[793] = 128'h00000000000000000000000000000000;
    imem[794] = 128'h00000000000000000000000000000000;
    imem[795] = 128'h00000000000000000000000000000000;
    imem[796] = 128'h00000000000000000000000000000000;
    imem[797] = 128'h00000000000000000000000000000000;
    imem[798] = 128'h00000000000000000000000000000000;
    imem[799] = 128'h00000000000000000000000000000000;
    imem[800] = 128'h00000000000000000000000000000000;
    imem[801] = 128'h00000000000000000000000000000000;
    imem[802] = 128'h00000000000000000000000000000000;
    imem[803] = 128'h00000000000000000000000000000000;
    imem[804] = 128'h00000000000000000000000000000000;
    imem[805] = 128'h00000000000000000000000000000000;
    imem[806] = 128'h00000000000000000000000000000000;
    imem[807] = 128'h00000000000000000000000000000000;
    imem[808] = 128'h00000000000000000000000000000000;
    imem[809] = 128'h00000000000000000000000000000000;
    imem[810] = 128'h00000000000000000000000000000000;
    imem[811] = 128'h00000000000000000000000000000000;
    imem[812] = 128'h00000000000000000000000000000000;
    imem[813] = 128'h00000000000000000000000000000000;
    imem[814] = 128'h00000000000000000000000000000000;
    imem[815] = 128'h00000000000000000000000000000000;
    imem[816] = 128'h00000000000000000000000000000000;
    imem[817] = 128'h00000000000000000000000000000000;
    imem[818] = 128'h00000000000000000000000000000000;
    imem[819] = 128'h00000000000000000000000000000000;
    imem[820] = 128'h00000000000000000000000000000000;
    imem[821] = 128'h00000000000000000000000000000000;
    imem[822] = 128'h00000000000000000000000000000000;
    imem[823] = 128'h00000000000000000000000000000000;
    imem[824] = 128'h00000000000000000000000000000000;
    imem[825] = 128'h00000000000000000000000000000000;
    imem[826] = 128'h00000000000000000000000000000000;
    imem[827] = 128'h00000000000000000000000000000000;
    imem[828] = 128'h00000000000000000000000000000000;
    imem[829] = 128'h00000000000000000000000000000000;
    imem[830] = 128'h00000000000000000000000000000000;
    imem[831] = 128'h00000000000000000000000000000000;
    imem[832] = 128'h00000000000000000000000000000000;
    imem[833] = 128'h00000000000000000000000000000000;
    imem[834] = 128'h00000000000000000000000000000000;
    imem[835] = 128'h00000000000000000000000000000000;
    imem[836] = 128'h00000000000000000000000000000000;
    imem[837] = 128'h00000000000000000000000000000000;
    imem[838] = 128'h00000000000000000000000000000000;
    imem[839] = 128'h00000000000000000000000000000000;
    imem[840] = 128'h00000000000000000000000000000000;
    imem[841] = 128'h00000000000000000000000000000000;
    imem[842] = 128'h00000000000000000000000000000000;
    imem[843] = 128'h00000000000000000000000000000000;
    imem[844] = 128'h00000000000000000000000000000000;
    imem[845] = 128'h00000000000000000000000000000000;
    imem[846] = 128'h00000000000000000000000000000000;
    imem[847] = 128'h00000000000000000000000000000000;
    imem[848] = 128'h00000000000000000000000000000000;
    imem[849] = 128'h00000000000000000000000000000000;
    imem[850] = 128'h00000000000000000000000000000000;
    imem[851] = 128'h00000000000000000000000000000000;
    imem[852] = 128'h00000000000000000000000000000000;
    imem[853] = 128'h00000000000000000000000000000000;
    imem[854] = 128'h00000000000000000000000000000000;
    imem[855] = 128'h00000000000000000000000000000000;
    imem[856] = 128'h00000000000000000000000000000000;
    imem[857] = 128'h00000000000000000000000000000000;
    imem[858] = 128'h00000000000000000000000000000000;
    imem[859] = 128'h00000000000000000000000000000000;
    imem[860] = 128'h00000000000000000000000000000000;
    imem[861] = 128'h00000000000000000000000000000000;
    imem[862] = 128'h00000000000000000000000000000000;
    imem[863] = 128'h00000000000000000000000000000000;
    imem[864] = 128'h00000000000000000000000000000000;
    imem[865] = 128'h00000000000000000000000000000000;
    imem[866] = 128'h00000000000000000000000000000000;
    imem[867] = 128'h00000000000000000000000000000000;
    imem[868] = 128'h00000000000000000000000000000000;
    imem[869] = 128'h00000000000000000000000000000000;
    imem[870] = 128'h00000000000000000000000000000000;
    imem[871] = 128'h00000000000000000000000000000000;
    imem[872] = 128'h00000000000000000000000000000000;
    imem[873] = 128'h00000000000000000000000000000000;
    imem[874] = 128'h00000000000000000000000000000000;
    imem[875] = 128'h00000000000000000000000000000000;
    imem[876] = 128'h00000000000000000000000000000000;
    imem[877] = 128'h00000000000000000000000000000000;
    imem[878] = 128'h00000000000000000000000000000000;
    imem[879] = 128'h00000000000000000000000000000000;
    imem[880] = 128'h00000000000000000000000000000000;
    imem[881] = 128'h00000000000000000000000000000000;
    imem[882] = 128'h00000000000000000000000000000000;
    imem[883] = 128'h00000000000000000000000000000000;
    imem[884] = 128'h00000000000000000000000000000000;
    imem[885] = 128'h00000000000000000000000000000000;
    imem[886] = 128'h00000000000000000000000000000000;
    imem[887] = 128'h00000000000000000000000000000000;
    imem[888] = 128'h00000000000000000000000000000000;
    imem[889] = 128'h00000000000000000000000000000000;
    imem[890] = 128'h00000000000000000000000000000000;
    imem[891] = 128'h00000000000000000000000000000000;
    imem[892] = 128'h00000000000000000000000000000000;
    imem[893] = 128'h00000000000000000000000000000000;
    imem[894] = 128'h00000000000000000000000000000000;
    imem[895] = 128'h00000000000000000000000000000000;
    imem[896] = 128'h00000000000000000000000000000000;
    imem[897] = 128'h00000000000000000000000000000000;
    imem[898] = 128'h00000000000000000000000000000000;
    imem[899] = 128'h00000000000000000000000000000000;
    imem[900] = 128'h00000000000000000000000000000000;
    imem[901] = 128'h00000000000000000000000000000000;
    imem[902] = 128'h00000000000000000000000000000000;
    imem[903] = 128'h00000000000000000000000000000000;
    imem[904] = 128'h00000000000000000000000000000000;
    imem[905] = 128'h00000000000000000000000000000000;
    imem[906] = 128'h00000000000000000000000000000000;
    imem[907] = 128'h00000000000000000000000000000000;
    imem[908] = 128'h00000000000000000000000000000000;
    imem[909] = 128'h00000000000000000000000000000000;
    imem[910] = 128'h00000000000000000000000000000000;
    imem[911] = 128'h00000000000000000000000000000000;
    imem[912] = 128'h00000000000000000000000000000000;
    imem[913] = 128'h00000000000000000000000000000000;
    imem[914] = 128'h00000000000000000000000000000000;
    imem[915] = 128'h00000000000000000000000000000000;
    imem[916] = 128'h00000000000000000000000000000000;
    imem[917] = 128'h00000000000000000000000000000000;
    imem[918] = 128'h00000000000000000000000000000000;
    imem[919] = 128'h00000000000000000000000000000000;
    imem[920] = 128'h00000000000000000000000000000000;
    imem[921] = 128'h00000000000000000000000000000000;
    imem[922] = 128'h00000000000000000000000000000000;
    imem[923] = 128'h00000000000000000000000000000000;
    imem[924] = 128'h00000000000000000000000000000000;
    imem[925] = 128'h00000000000000000000000000000000;
    imem[926] = 128'h00000000000000000000000000000000;
    imem[927] = 128'h00000000000000000000000000000000;
    imem[928] = 128'h00000000000000000000000000000000;
    imem[929] = 128'h00000000000000000000000000000000;
    imem[930] = 128'h00000000000000000000000000000000;
    imem[931] = 128'h00000000000000000000000000000000;
    imem[932] = 128'h00000000000000000000000000000000;
    imem[933] = 128'h00000000000000000000000000000000;
    imem[934] = 128'h00000000000000000000000000000000;
    imem[935] = 128'h00000000000000000000000000000000;
    imem[936] = 128'h00000000000000000000000000000000;
    imem[937] = 128'h00000000000000000000000000000000;
    imem[938] = 128'h00000000000000000000000000000000;
    imem[939] = 128'h00000000000000000000000000000000;
    imem[940] = 128'h00000000000000000000000000000000;
    imem[941] = 128'h00000000000000000000000000000000;
    imem[942] = 128'h00000000000000000000000000000000;
    imem[943] = 128'h00000000000000000000000000000000;
    imem[944] = 128'h00000000000000000000000000000000;
    imem[945] = 128'h00000000000000000000000000000000;
    imem[946] = 128'h00000000000000000000000000000000;
    imem[947] = 128'h00000000000000000000000000000000;
    imem[948] = 128'h00000000000000000000000000000000;
    imem[949] = 128'h00000000000000000000000000000000;
    imem[950] = 128'h00000000000000000000000000000000;
    imem[951] = 128'h00000000000000000000000000000000;
    imem[952] = 128'h00000000000000000000000000000000;
    imem[953] = 128'h00000000000000000000000000000000;
    imem[954] = 128'h00000000000000000000000000000000;
    imem[955] = 128'h00000000000000000000000000000000;
    imem[956] = 128'h00000000000000000000000000000000;
    imem[957] = 128'h00000000000000000000000000000000;
    imem[958] = 128'h00000000000000000000000000000000;
    imem[959] = 128'h00000000000000000000000000000000;
    imem[960] = 128'h00000000000000000000000000000000;
    imem[961] = 128'h00000000000000000000000000000000;
    imem[962] = 128'h00000000000000000000000000000000;
    imem[963] = 128'h00000000000000000000000000000000;
    imem[964] = 128'h00000000000000000000000000000000;
    imem[965] = 128'h00000000000000000000000000000000;
    imem[966] = 128'h00000000000000000000000000000000;
    imem[967] = 128'h00000000000000000000000000000000;
    imem[968] = 128'h00000000000000000000000000000000;
    imem[969] = 128'h00000000000000000000000000000000;
    imem[970] = 128'h00000000000000000000000000000000;
    imem[971] = 128'h00000000000000000000000000000000;
    imem[972] = 128'h00000000000000000000000000000000;
    imem[973] = 128'h00000000000000000000000000000000;
    imem[974] = 128'h00000000000000000000000000000000;
    imem[975] = 128'h00000000000000000000000000000000;
    imem[976] = 128'h00000000000000000000000000000000;
    imem[977] = 128'h00000000000000000000000000000000;
    imem[978] = 128'h00000000000000000000000000000000;
    imem[979] = 128'h00000000000000000000000000000000;
    imem[980] = 128'h00000000000000000000000000000000;
    imem[981] = 128'h00000000000000000000000000000000;
    imem[982] = 128'h00000000000000000000000000000000;
    imem[983] = 128'h00000000000000000000000000000000;
    imem[984] = 128'h00000000000000000000000000000000;
    imem[985] = 128'h00000000000000000000000000000000;
    imem[986] = 128'h00000000000000000000000000000000;
    imem[987] = 128'h00000000000000000000000000000000;
    imem[988] = 128'h00000000000000000000000000000000;
    imem[989] = 128'h00000000000000000000000000000000;
    imem[990] = 128'h00000000000000000000000000000000;
    imem[991] = 128'h00000000000000000000000000000000;
    imem[992] = 128'h00000000000000000000000000000000;
    imem[993] = 128'h00000000000000000000000000000000;
    imem[994] = 128'h00000000000000000000000000000000;
    imem[995] = 128'h00000000000000000000000000000000;
    imem[996] = 128'h00000000000000000000000000000000;
    imem[997] = 128'h00000000000000000000000000000000;
    imem[998] = 128'h00000000000000000000000000000000;
    imem[999] = 128'h00000000000000000000000000000000;
    imem[1000] = 128'h00000000000000000000000000000000;
    imem[1001] = 128'h00000000000000000000000000000000;
    imem[1002] = 128'h00000000000000000000000000000000;
    imem[1003] = 128'h00000000000000000000000000000000;
    imem[1004] = 128'h00000000000000000000000000000000;
    imem[1005] = 128'h00000000000000000000000000000000;
    imem[1006] = 128'h00000000000000000000000000000000;
    imem[1007] = 128'h00000000000000000000000000000000;
    imem[1008] = 128'h00000000000000000000000000000000;
    imem[1009] = 128'h00000000000000000000000000000000;
    imem[1010] = 128'h00000000000000000000000000000000;
    imem[1011] = 128'h00000000000000000000000000000000;
    imem[1012] = 128'h00000000000000000000000000000000;
    imem[1013] = 128'h00000000000000000000000000000000;
    imem[1014] = 128'h00000000000000000000000000000000;
    imem[1015] = 128'h00000000000000000000000000000000;
    imem[1016] = 128'h00000000000000000000000000000000;
    imem[1017] = 128'h00000000000000000000000000000000;
    imem[1018] = 128'h00000000000000000000000000000000;
    imem[1019] = 128'h00000000000000000000000000000000;
    imem[1020] = 128'h00000000000000000000000000000000;
    imem[1021] = 128'h00000000000000000000000000000000;
    imem[1022] = 128'h00000000000000000000000000000000;
    imem[1023] = 128'h00000000000000000000000000000000;
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
  assign \$11  = \$signal  & at_end;
  assign \$12  = \$11  & lp_once;
  assign \$13  = ~ \$12 ;
  assign \$14  = \$signal  & \$13 ;
  assign \$15  = ir_q[3:0] == 2'h3;
  assign \$16  = \$14  & \$15 ;
  assign \$17  = \$signal  & at_end;
  assign \$18  = ~ lp_once;
  assign \$19  = \$17  & \$18 ;
  assign \$20  = \$19  ? \$signal$23  : \$signal$22 ;
  assign \$21  = ir_q[26:11] + \$20 ;
  assign \$22  = \$signal  & at_end;
  assign \$23  = ~ lp_once;
  assign \$24  = \$22  & \$23 ;
  assign \$25  = \$24  ? \$signal$25  : \$signal$24 ;
  assign \$26  = $signed(ir_q[113:105]) + $signed({ 1'h0, \$25  });
  assign \$27  = \$signal  & at_end;
  assign \$28  = \$27  & lp_once;
  assign \$29  = ~ \$28 ;
  assign \$30  = \$signal  & \$29 ;
  assign \$31  = ir_q[3:0] == 3'h4;
  assign \$32  = \$30  & \$31 ;
  assign \$33  = \$signal  & at_end;
  assign \$34  = ~ lp_once;
  assign \$35  = \$33  & \$34 ;
  assign \$36  = \$35  ? \$signal$27  : \$signal$26 ;
  assign \$37  = ir_q[41:26] + \$36 ;
  assign \$38  = \$signal  & at_end;
  assign \$39  = ~ lp_once;
  assign \$40  = \$38  & \$39 ;
  assign \$41  = \$40  ? \$signal$29  : \$signal$28 ;
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
  assign \$62  = \$signal  & at_end;
  assign \$63  = pc == lp_end;
  assign \$64  = ! state;
  assign \$65  = state == 2'h3;
  assign \$66  = \$64  | \$65 ;
  assign \$67  = state == 3'h4;
  assign \$68  = \$66  | \$67 ;
  assign \$69  = state == 3'h5;
  assign \$70  = \$68  | \$69 ;
  assign \$71  = \$signal  & at_end;
  assign \$72  = ~ lp_once;
  assign \$73  = \$71  & \$72 ;
  assign \$74  = pc + 1'h1;
  assign \$75  = \$73  ? { 1'h0, \$like  } : \$74 ;
  assign \$76  = \$70  ? 12'h000 : \$75 ;
  assign \$77  = ir_q[3:0] == 1'h1;
  assign \$78  = ir_q[3:0] == 2'h2;
  assign \$79  = ir_q[3:0] == 2'h3;
  assign \$80  = ir_q[3:0] == 3'h4;
  assign \$81  = ir_q[3:0] == 3'h5;
  assign \$82  = ir_q[3:0] == 4'hf;
  assign \$83  = \$signal  & at_end;
  assign \$84  = \$83  & lp_once;
  assign \$85  = ~ \$84 ;
  assign \$86  = \$signal  & \$85 ;
  assign \$87  = ir_q[3:0] == 2'h3;
  assign \$88  = ir_q[3:0] == 3'h4;
  assign \$89  = | { \$88 , \$87  };
  assign \$90  = ~ \$89 ;
  assign \$91  = \$86  & \$90 ;
  assign \$92  = bad | \$91 ;
  assign \$93  = released & blocked;
  assign \$94  = tokens + post__push;
  assign \$95  = \$94  - \$signal$69 ;
  assign \$96  = ltokens + load__push;
  assign \$97  = \$96  - lpop;
  assign \$98  = t + 1'h1;
  assign \$99  = t == 1'h1;
  assign \$100  = pc + 1'h1;
  assign \$101  = pc + load__issue[31:24];
  assign \$102  = load__issue[23:8] == 1'h1;
  assign \$103  = t + 1'h1;
  assign \$104  = \$signal  & at_end;
  assign \$105  = lp_left - 1'h1;
  assign \$106  = lp_left == 2'h2;
  assign \$107  = \$signal$23  + \$signal$80 ;
  assign \$108  = \$signal$27  + \$signal$81 ;
  assign \$109  = \$signal$29  + \$signal$82 ;
  assign \$110  = \$signal$25  + \$signal$83 ;
  always @(posedge clk)
    at_end <= \$111 ;
  always @(posedge clk)
    ir__addr <= \$112 ;
  always @(posedge clk)
    pc <= \$113 ;
  always @(posedge clk)
    ir_q <= \$114 ;
  always @(posedge clk)
    load__issue <= \$115 ;
  always @(posedge clk)
    n_is <= \$116 ;
  always @(posedge clk)
    n_bad <= \$117 ;
  always @(posedge clk)
    state <= \$118 ;
  always @(posedge clk)
    tokens <= \$119 ;
  always @(posedge clk)
    ltokens <= \$120 ;
  always @(posedge clk)
    t <= \$121 ;
  always @(posedge clk)
    \$signal  <= \$122 ;
  always @(posedge clk)
    load__instr <= \$123 ;
  always @(posedge clk)
    lp_left <= \$124 ;
  always @(posedge clk)
    \$like  <= \$125 ;
  always @(posedge clk)
    lp_end <= \$126 ;
  always @(posedge clk)
    \$signal$22  <= \$127 ;
  always @(posedge clk)
    \$signal$26  <= \$128 ;
  always @(posedge clk)
    \$signal$28  <= \$129 ;
  always @(posedge clk)
    \$signal$24  <= \$130 ;
  always @(posedge clk)
    \$signal$80  <= \$131 ;
  always @(posedge clk)
    \$signal$81  <= \$132 ;
  always @(posedge clk)
    \$signal$82  <= \$133 ;
  always @(posedge clk)
    \$signal$83  <= \$134 ;
  always @(posedge clk)
    \$signal$23  <= \$135 ;
  always @(posedge clk)
    \$signal$27  <= \$136 ;
  always @(posedge clk)
    \$signal$29  <= \$137 ;
  always @(posedge clk)
    \$signal$25  <= \$138 ;
  always @(posedge clk)
    lp_once <= \$139 ;
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    pc_next = pc;
    casez (state)
      3'h0, 3'h3, 3'h4:
          if (start) begin
            pc_next = 11'h000;
          end
    endcase
    if (finish) begin
      pc_next = \$61 [10:0];
      if (\$62 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          pc_next = \$like ;
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
          bad = 1'h0;
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
    \$signal$69  = 1'h0;
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
                  \$signal$69  = load__issue[5];
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
    \$111  = \$63 ;
    if (rst) begin
      \$111  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$112  = \$76 [9:0];
    if (rst) begin
      \$112  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$113  = pc_next;
    if (rst) begin
      \$113  = 11'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$114  = ir__data;
    if (rst) begin
      \$114  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$115  = fetched;
    if (rst) begin
      \$115  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$116  = { \$82 , \$81 , \$80 , \$79 , \$78 , \$77  };
    if (rst) begin
      \$116  = 6'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$117  = \$92 ;
    if (rst) begin
      \$117  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$118  = state;
    if (\$93 ) begin
      \$118  = 3'h7;
    end
    casez (state)
      3'h0, 3'h3, 3'h4:
          if (start) begin
            \$118  = 3'h5;
          end
      3'h5:
          if (\$99 ) begin
            \$118  = 3'h1;
          end
      3'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
            \$118  = 3'h4;
          end else begin
            casez (n_is)
              6'b?1????:
                  \$118  = 3'h6;
              6'b?????1:
                  \$118  = 3'h2;
              6'b????1?:
                  \$118  = 3'h2;
              6'b???1??:
                  \$118  = 3'h2;
              6'b??1???:
                  \$118  = 3'h2;
              6'b1?????:
                  \$118  = 3'h3;
            endcase
          end
    endcase
    if (finish) begin
      \$118  = 3'h1;
    end
    if (rst) begin
      \$118  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$119  = \$95 [3:0];
    casez (state)
      3'h0, 3'h3, 3'h4:
          if (start) begin
            \$119  = 4'h0;
          end
    endcase
    if (rst) begin
      \$119  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$120  = \$97 [3:0];
    casez (state)
      3'h0, 3'h3, 3'h4:
          if (start) begin
            \$120  = 4'h0;
          end
    endcase
    if (rst) begin
      \$120  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$121  = t;
    casez (state)
      3'h0, 3'h3, 3'h4:
          if (start) begin
            \$121  = 2'h0;
          end
      3'h5:
          \$121  = \$98 [1:0];
      3'h1:
          \$121  = 2'h0;
      3'h6:
          \$121  = \$103 [1:0];
    endcase
    if (rst) begin
      \$121  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$122  = \$signal ;
    casez (state)
      3'h0, 3'h3, 3'h4:
          if (start) begin
            \$122  = 1'h0;
          end
      3'h5:
          /* empty */;
      3'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  \$122  = 1'h1;
            endcase
          end
    endcase
    if (finish) begin
      if (\$104 ) begin
        if (lp_once) begin
          \$122  = 1'h0;
        end
      end
    end
    if (rst) begin
      \$122  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$123  = load__instr;
    casez (state)
      3'h0, 3'h3, 3'h4:
          /* empty */;
      3'h5:
          /* empty */;
      3'h1:
          \$123  = load__issue;
    endcase
    if (rst) begin
      \$123  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$124  = lp_left;
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
                  \$124  = load__issue[23:8];
            endcase
          end
    endcase
    if (finish) begin
      if (\$104 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$124  = \$105 [15:0];
        end
      end
    end
    if (rst) begin
      \$124  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$125  = \$like ;
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
                  \$125  = \$100 [10:0];
            endcase
          end
    endcase
    if (rst) begin
      \$125  = 11'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$126  = lp_end;
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
                  \$126  = \$101 [10:0];
            endcase
          end
    endcase
    if (rst) begin
      \$126  = 11'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$127  = \$signal$22 ;
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
                  \$127  = 16'h0000;
            endcase
          end
    endcase
    if (finish) begin
      if (\$104 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$127  = \$signal$23 ;
        end
      end
    end
    if (rst) begin
      \$127  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$128  = \$signal$26 ;
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
                  \$128  = 16'h0000;
            endcase
          end
    endcase
    if (finish) begin
      if (\$104 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$128  = \$signal$27 ;
        end
      end
    end
    if (rst) begin
      \$128  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$129  = \$signal$28 ;
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
                  \$129  = 16'h0000;
            endcase
          end
    endcase
    if (finish) begin
      if (\$104 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$129  = \$signal$29 ;
        end
      end
    end
    if (rst) begin
      \$129  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$130  = \$signal$24 ;
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
                  \$130  = 9'h000;
            endcase
          end
    endcase
    if (finish) begin
      if (\$104 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$130  = \$signal$25 ;
        end
      end
    end
    if (rst) begin
      \$130  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$131  = \$signal$80 ;
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
                  \$131  = load__issue[47:32];
            endcase
          end
    endcase
    if (rst) begin
      \$131  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$132  = \$signal$81 ;
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
                  \$132  = load__issue[72:57];
            endcase
          end
    endcase
    if (rst) begin
      \$132  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$133  = \$signal$82 ;
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
                  \$133  = load__issue[88:73];
            endcase
          end
    endcase
    if (rst) begin
      \$133  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$134  = \$signal$83 ;
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
                  \$134  = load__issue[56:48];
            endcase
          end
    endcase
    if (rst) begin
      \$134  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$135  = \$signal$23 ;
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
                  \$135  = load__issue[47:32];
            endcase
          end
    endcase
    if (finish) begin
      if (\$104 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$135  = \$107 [15:0];
        end
      end
    end
    if (rst) begin
      \$135  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$136  = \$signal$27 ;
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
                  \$136  = load__issue[72:57];
            endcase
          end
    endcase
    if (finish) begin
      if (\$104 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$136  = \$108 [15:0];
        end
      end
    end
    if (rst) begin
      \$136  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$137  = \$signal$29 ;
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
                  \$137  = load__issue[88:73];
            endcase
          end
    endcase
    if (finish) begin
      if (\$104 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$137  = \$109 [15:0];
        end
      end
    end
    if (rst) begin
      \$137  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$138  = \$signal$25 ;
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
                  \$138  = load__issue[56:48];
            endcase
          end
    endcase
    if (finish) begin
      if (\$104 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$138  = \$110 [8:0];
        end
      end
    end
    if (rst) begin
      \$138  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$139  = lp_once;
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
                  \$139  = \$102 ;
            endcase
          end
    endcase
    if (finish) begin
      if (\$104 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$139  = \$106 ;
        end
      end
    end
    if (rst) begin
      \$139  = 1'h0;
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
endmodule

(* generator = "Amaranth" *)
module \accel_top.counters (clk, rst, running, clear, inc, value, sel);
  reg \$auto$verilog_backend.cc:2355:dump_module$3  = 0;
  reg [47:0] \$1 ;
  wire [48:0] \$10 ;
  wire [48:0] \$11 ;
  wire [48:0] \$12 ;
  wire [48:0] \$13 ;
  wire [48:0] \$14 ;
  wire [48:0] \$15 ;
  wire [48:0] \$16 ;
  wire [48:0] \$17 ;
  wire [48:0] \$18 ;
  wire [48:0] \$19 ;
  reg [47:0] \$2 ;
  wire [48:0] \$20 ;
  wire [48:0] \$21 ;
  wire [48:0] \$22 ;
  wire [48:0] \$23 ;
  wire [48:0] \$24 ;
  wire [48:0] \$25 ;
  reg [47:0] \$26 ;
  reg [47:0] \$27 ;
  reg [47:0] \$28 ;
  reg [47:0] \$29 ;
  reg [47:0] \$3 ;
  reg [47:0] \$30 ;
  reg [2:0] \$31 ;
  reg [47:0] \$32 ;
  reg \$33 ;
  reg [15:0] \$34 ;
  reg [47:0] \$35 ;
  reg [15:0] \$36 ;
  reg [47:0] \$37 ;
  reg [15:0] \$38 ;
  reg [47:0] \$39 ;
  reg [47:0] \$4 ;
  reg [15:0] \$40 ;
  reg [47:0] \$41 ;
  reg [15:0] \$42 ;
  reg [47:0] \$43 ;
  reg [15:0] \$44 ;
  reg [47:0] \$45 ;
  reg [15:0] \$46 ;
  reg [47:0] \$47 ;
  reg [15:0] \$48 ;
  reg [47:0] \$49 ;
  reg [47:0] \$5 ;
  reg [15:0] \$50 ;
  reg [47:0] \$51 ;
  reg [15:0] \$52 ;
  reg [47:0] \$53 ;
  reg [15:0] \$54 ;
  reg [47:0] \$55 ;
  reg [15:0] \$56 ;
  reg [47:0] \$57 ;
  reg [15:0] \$58 ;
  reg [47:0] \$59 ;
  reg [47:0] \$6 ;
  reg [15:0] \$60 ;
  reg [47:0] \$61 ;
  reg [15:0] \$62 ;
  reg [47:0] \$63 ;
  reg [15:0] \$64 ;
  reg [47:0] \$65 ;
  reg [15:0] \$66 ;
  reg [47:0] \$67 ;
  reg [15:0] \$68 ;
  reg [47:0] \$69 ;
  wire [48:0] \$7 ;
  reg [15:0] \$70 ;
  reg [47:0] \$71 ;
  wire [48:0] \$8 ;
  wire [48:0] \$9 ;
  input clear;
  wire clear;
  input clk;
  wire clk;
  reg counting = 1'h0;
  reg [47:0] ctr_cycles = 48'h000000000000;
  reg [47:0] ctr_gemm_busy = 48'h000000000000;
  reg [47:0] ctr_gemm_stall = 48'h000000000000;
  reg [47:0] ctr_group0 = 48'h000000000000;
  reg [47:0] ctr_group1 = 48'h000000000000;
  reg [47:0] ctr_group2 = 48'h000000000000;
  reg [47:0] ctr_group3 = 48'h000000000000;
  reg [47:0] ctr_group4 = 48'h000000000000;
  reg [47:0] ctr_instructions = 48'h000000000000;
  reg [47:0] ctr_load_busy = 48'h000000000000;
  reg [47:0] ctr_load_stall = 48'h000000000000;
  reg [47:0] ctr_post_busy = 48'h000000000000;
  reg [47:0] ctr_post_stall = 48'h000000000000;
  reg [47:0] ctr_sram_act_reads = 48'h000000000000;
  reg [47:0] ctr_sram_act_writes = 48'h000000000000;
  reg [47:0] ctr_sram_out_reads = 48'h000000000000;
  reg [47:0] ctr_sram_out_writes = 48'h000000000000;
  reg [47:0] ctr_sram_thresh_reads = 48'h000000000000;
  reg [47:0] ctr_sram_thresh_writes = 48'h000000000000;
  reg [47:0] ctr_sram_weight_reads = 48'h000000000000;
  reg [47:0] ctr_sram_weight_writes = 48'h000000000000;
  reg [47:0] ctr_store_busy = 48'h000000000000;
  reg [47:0] ctr_store_stall = 48'h000000000000;
  reg [47:0] ctr_threshold_ops = 48'h000000000000;
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
  output [47:0] value;
  reg [47:0] value = 48'h000000000000;
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
      \$28  = 48'h000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$29  = \$4 ;
    if (rst) begin
      \$29  = 48'h000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$30  = \$5 ;
    if (rst) begin
      \$30  = 48'h000000000000;
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
      \$32  = 48'h000000000000;
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
      \$35  = 48'h000000000000;
    end else if (counting) begin
      \$35  = \$7 [47:0];
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
      \$37  = 48'h000000000000;
    end else if (counting) begin
      \$37  = \$8 [47:0];
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
      \$39  = 48'h000000000000;
    end else if (counting) begin
      \$39  = \$9 [47:0];
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
      \$41  = 48'h000000000000;
    end else if (counting) begin
      \$41  = \$10 [47:0];
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
      \$43  = 48'h000000000000;
    end else if (counting) begin
      \$43  = \$11 [47:0];
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
      \$45  = 48'h000000000000;
    end else if (counting) begin
      \$45  = \$12 [47:0];
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
      \$47  = 48'h000000000000;
    end else if (counting) begin
      \$47  = \$13 [47:0];
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
      \$49  = 48'h000000000000;
    end else if (counting) begin
      \$49  = \$14 [47:0];
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
      \$51  = 48'h000000000000;
    end else if (counting) begin
      \$51  = \$15 [47:0];
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
      \$53  = 48'h000000000000;
    end else if (counting) begin
      \$53  = \$16 [47:0];
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
      \$55  = 48'h000000000000;
    end else if (counting) begin
      \$55  = \$17 [47:0];
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
      \$57  = 48'h000000000000;
    end else if (counting) begin
      \$57  = \$18 [47:0];
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
      \$59  = 48'h000000000000;
    end else if (counting) begin
      \$59  = \$19 [47:0];
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
      \$61  = 48'h000000000000;
    end else if (counting) begin
      \$61  = \$20 [47:0];
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
      \$63  = 48'h000000000000;
    end else if (counting) begin
      \$63  = \$21 [47:0];
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
      \$65  = 48'h000000000000;
    end else if (counting) begin
      \$65  = \$22 [47:0];
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
      \$67  = 48'h000000000000;
    end else if (counting) begin
      \$67  = \$23 [47:0];
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
      \$69  = 48'h000000000000;
    end else if (counting) begin
      \$69  = \$24 [47:0];
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
      \$71  = 48'h000000000000;
    end else if (counting) begin
      \$71  = \$25 [47:0];
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
    \$5  = 48'h000000000000;
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
    \$6  = 48'h000000000000;
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
      \$26  = 48'h000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$27  = \$2 ;
    if (rst) begin
      \$27  = 48'h000000000000;
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
  wire \$105 ;
  wire \$106 ;
  wire \$107 ;
  wire \$108 ;
  wire \$109 ;
  wire \$11 ;
  wire \$110 ;
  wire \$111 ;
  wire \$112 ;
  wire \$113 ;
  wire \$114 ;
  wire \$115 ;
  wire \$116 ;
  wire \$117 ;
  wire \$118 ;
  wire \$119 ;
  wire \$12 ;
  wire \$120 ;
  wire \$121 ;
  wire \$122 ;
  wire \$123 ;
  wire \$124 ;
  wire \$125 ;
  wire \$126 ;
  wire \$127 ;
  wire \$128 ;
  wire \$129 ;
  wire \$13 ;
  wire \$130 ;
  wire \$131 ;
  wire \$132 ;
  wire \$133 ;
  wire \$134 ;
  wire \$135 ;
  wire \$136 ;
  wire \$137 ;
  wire \$138 ;
  wire \$139 ;
  wire \$14 ;
  wire \$140 ;
  wire \$141 ;
  wire \$142 ;
  wire \$143 ;
  wire \$144 ;
  wire \$145 ;
  wire \$146 ;
  wire \$147 ;
  wire \$148 ;
  wire \$149 ;
  wire \$15 ;
  wire \$150 ;
  wire \$151 ;
  wire \$152 ;
  wire \$153 ;
  wire \$154 ;
  wire \$155 ;
  wire \$156 ;
  wire \$157 ;
  wire \$158 ;
  wire \$159 ;
  wire \$16 ;
  wire \$160 ;
  wire \$161 ;
  wire \$162 ;
  wire \$163 ;
  wire \$164 ;
  wire \$165 ;
  wire \$166 ;
  wire \$167 ;
  wire \$168 ;
  wire \$169 ;
  wire \$17 ;
  wire \$170 ;
  wire \$171 ;
  wire \$172 ;
  wire \$173 ;
  wire \$174 ;
  wire \$175 ;
  wire \$176 ;
  wire \$177 ;
  wire \$178 ;
  wire \$179 ;
  wire \$18 ;
  wire \$180 ;
  wire \$181 ;
  wire \$182 ;
  wire \$183 ;
  wire \$184 ;
  wire \$185 ;
  wire \$186 ;
  wire \$187 ;
  wire \$188 ;
  wire \$189 ;
  wire \$19 ;
  wire \$190 ;
  wire \$191 ;
  wire \$192 ;
  wire \$193 ;
  wire \$194 ;
  wire \$195 ;
  wire \$196 ;
  wire \$197 ;
  wire \$198 ;
  wire \$199 ;
  wire \$2 ;
  wire \$20 ;
  wire \$200 ;
  wire \$201 ;
  wire \$202 ;
  wire \$203 ;
  wire \$204 ;
  wire \$205 ;
  wire \$206 ;
  wire \$207 ;
  wire \$208 ;
  wire \$209 ;
  wire \$21 ;
  wire \$210 ;
  wire \$211 ;
  wire \$212 ;
  wire \$213 ;
  wire \$214 ;
  wire \$215 ;
  wire \$216 ;
  wire \$217 ;
  wire \$218 ;
  wire \$219 ;
  wire \$22 ;
  wire [63:0] \$220 ;
  wire \$221 ;
  wire [11:0] \$222 ;
  wire [4:0] \$223 ;
  wire [3:0] \$224 ;
  wire [3:0] \$225 ;
  wire \$226 ;
  wire \$227 ;
  wire \$228 ;
  wire \$229 ;
  wire \$23 ;
  wire \$230 ;
  wire [2:0] \$231 ;
  wire \$232 ;
  wire \$233 ;
  wire \$234 ;
  wire \$235 ;
  wire \$236 ;
  wire \$237 ;
  wire \$238 ;
  wire \$239 ;
  wire \$24 ;
  wire [63:0] \$240 ;
  wire [9:0] \$241 ;
  wire [8:0] \$242 ;
  wire \$243 ;
  wire \$244 ;
  wire [3:0] \$245 ;
  wire [16:0] \$246 ;
  wire [16:0] \$247 ;
  wire [16:0] \$248 ;
  wire \$249 ;
  wire [1:0] \$25 ;
  wire [3:0] \$250 ;
  wire \$251 ;
  wire [3:0] \$252 ;
  wire [10:0] \$253 ;
  wire [8:0] \$254 ;
  wire [8:0] \$255 ;
  wire [3:0] \$256 ;
  wire \$257 ;
  wire [3:0] \$258 ;
  wire [10:0] \$259 ;
  wire [3:0] \$26 ;
  wire [3:0] \$260 ;
  wire \$261 ;
  wire [11:0] \$262 ;
  wire [11:0] \$263 ;
  wire \$264 ;
  wire [3:0] \$265 ;
  wire [4:0] \$266 ;
  reg [7:0] \$267 ;
  reg [63:0] \$268 ;
  reg \$269 ;
  wire [18:0] \$27 ;
  reg [63:0] \$270 ;
  reg \$271 ;
  reg \$272 ;
  reg [2:0] \$273 ;
  reg \$274 ;
  reg \$275 ;
  reg \$276 ;
  reg \$277 ;
  reg \$278 ;
  reg \$279 ;
  wire \$28 ;
  reg \$280 ;
  reg \$281 ;
  reg \$282 ;
  reg [8:0] \$283 ;
  reg [2:0] \$284 ;
  reg [15:0] \$285 ;
  reg [2:0] \$286 ;
  reg [2:0] \$287 ;
  reg [2:0] \$288 ;
  reg [1:0] \$289 ;
  wire \$29 ;
  reg [10:0] \$290 ;
  reg [2:0] \$291 ;
  reg [2:0] \$292 ;
  reg [9:0] \$293 ;
  reg [9:0] \$294 ;
  reg \$295 ;
  reg \$296 ;
  reg \$297 ;
  reg \$298 ;
  reg [7:0] \$299 ;
  wire \$3 ;
  wire \$30 ;
  reg [7:0] \$300 ;
  reg [7:0] \$301 ;
  reg [7:0] \$302 ;
  reg [63:0] \$303 ;
  reg \$304 ;
  reg [2:0] \$305 ;
  reg \$306 ;
  reg [63:0] \$307 ;
  reg [9:0] \$308 ;
  reg [2:0] \$309 ;
  wire \$31 ;
  wire \$32 ;
  wire \$33 ;
  wire \$34 ;
  wire \$35 ;
  wire \$36 ;
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
  wire \$94 ;
  wire \$95 ;
  wire \$96 ;
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
  wire [7:0] \$signal$37 ;
  (* init = 9'h000 *)
  wire [8:0] \$signal$39 ;
  reg \$signal$46  = 1'h0;
  reg \$signal$47  = 1'h0;
  reg [2:0] \$signal$58  = 3'h0;
  reg [2:0] \$signal$59  = 3'h0;
  reg [10:0] \$signal$61  = 11'h000;
  reg [2:0] \$signal$62  = 3'h0;
  reg [7:0] \$signal$65  = 8'h00;
  wire [127:0] a_in;
  output [767:0] acc;
  wire [767:0] acc;
  wire [767:0] \acc$1 ;
  input [127:0] act_data;
  wire [127:0] act_data;
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
  reg [9:0] flight = 10'h000;
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
  reg [63:0] n_pad_last = 64'h0000000000000000;
  reg [7:0] n_pitch = 8'h00;
  reg [2:0] p = 3'h0;
  reg [63:0] p_pad_last = 64'h0000000000000000;
  reg pad_d = 1'h0;
  reg [63:0] pad_word_d = 64'h0000000000000000;
  reg [63:0] pad_word_q = 64'h0000000000000000;
  output [2:0] pending;
  reg [2:0] pending = 3'h0;
  reg [7:0] pitch = 8'h00;
  reg [2:0] plane = 3'h0;
  reg [7:0] plane_base = 8'h00;
  input rst;
  wire rst;
  reg valid = 1'h0;
  reg [15:0] w1 = 16'h0000;
  input [1023:0] w_in;
  wire [1023:0] w_in;
  wire [1023:0] weight_data;
  output [8:0] weight_rd__addr;
  reg [8:0] weight_rd__addr = 9'h000;
  output weight_rd__en;
  reg weight_rd__en;
  reg zero = 1'h0;
  reg zero_d0 = 1'h0;
  reg zero_d1 = 1'h0;
  reg zero_d2 = 1'h0;
  reg zero_d3 = 1'h0;
  reg zero_d4 = 1'h0;
  (* init = 1'h0 *)
  wire zero_d5;
  assign \$2  = | cmd__decode[9:8];
  assign \$3  = | cmd__decode[123:115];
  assign a_in = \$signal  ? { pad_word_q, pad_word_q } : act_data;
  assign \$6  = held == 2'h3;
  assign \$7  = ~ issuing;
  assign \$8  = issuing & \$signal$22 ;
  assign \$9  = \$8  & \$signal$23 ;
  assign \$10  = \$9  & \$signal$24 ;
  assign \$11  = \$10  & \$signal$25 ;
  assign \$12  = \$7  | \$11 ;
  assign \$13  = \$6  & \$12 ;
  assign \$14  = issuing & \$signal$22 ;
  assign \$15  = \$14  & \$signal$23 ;
  assign \$16  = \$15  & \$signal$24 ;
  assign \$17  = \$16  & \$signal$25 ;
  assign \$18  = $signed(\$signal$28 ) >= $signed(1'h0);
  assign \$19  = $signed(\$signal$28 ) < $signed({ 1'h0, cmd__instr[87:80] });
  assign \$20  = \$18  & \$19 ;
  assign \$21  = $signed(ix) >= $signed(1'h0);
  assign \$22  = \$20  & \$21 ;
  assign \$23  = $signed(ix) < $signed({ 1'h0, cmd__instr[95:88] });
  assign \$24  = \$22  & \$23 ;
  assign \$25  = \$24  ? 2'h2 : 2'h0;
  assign \$26  = cmd__start ? 4'h9 : 4'h0;
  assign cmd__busy = | pending;
  assign \$27  = cmd__decode[95:88] * cmd__decode[53:43];
  assign \$28  = | cmd__decode[123:115];
  assign \$29  = cmd__decode[123:115] <= 1'h0;
  assign \$30  = \$28  & \$29 ;
  assign \$31  = | cmd__decode[123:115];
  assign \$32  = cmd__decode[123:115] <= 1'h1;
  assign \$33  = \$31  & \$32 ;
  assign \$34  = | cmd__decode[123:115];
  assign \$35  = cmd__decode[123:115] <= 2'h2;
  assign \$36  = \$34  & \$35 ;
  assign \$37  = | cmd__decode[123:115];
  assign \$38  = cmd__decode[123:115] <= 2'h3;
  assign \$39  = \$37  & \$38 ;
  assign \$40  = | cmd__decode[123:115];
  assign \$41  = cmd__decode[123:115] <= 3'h4;
  assign \$42  = \$40  & \$41 ;
  assign \$43  = | cmd__decode[123:115];
  assign \$44  = cmd__decode[123:115] <= 3'h5;
  assign \$45  = \$43  & \$44 ;
  assign \$46  = | cmd__decode[123:115];
  assign \$47  = cmd__decode[123:115] <= 3'h6;
  assign \$48  = \$46  & \$47 ;
  assign \$49  = | cmd__decode[123:115];
  assign \$50  = cmd__decode[123:115] <= 3'h7;
  assign \$51  = \$49  & \$50 ;
  assign \$52  = | cmd__decode[123:115];
  assign \$53  = cmd__decode[123:115] <= 4'h8;
  assign \$54  = \$52  & \$53 ;
  assign \$55  = | cmd__decode[123:115];
  assign \$56  = cmd__decode[123:115] <= 4'h9;
  assign \$57  = \$55  & \$56 ;
  assign \$58  = | cmd__decode[123:115];
  assign \$59  = cmd__decode[123:115] <= 4'ha;
  assign \$60  = \$58  & \$59 ;
  assign \$61  = | cmd__decode[123:115];
  assign \$62  = cmd__decode[123:115] <= 4'hb;
  assign \$63  = \$61  & \$62 ;
  assign \$64  = | cmd__decode[123:115];
  assign \$65  = cmd__decode[123:115] <= 4'hc;
  assign \$66  = \$64  & \$65 ;
  assign \$67  = | cmd__decode[123:115];
  assign \$68  = cmd__decode[123:115] <= 4'hd;
  assign \$69  = \$67  & \$68 ;
  assign \$70  = | cmd__decode[123:115];
  assign \$71  = cmd__decode[123:115] <= 4'he;
  assign \$72  = \$70  & \$71 ;
  assign \$73  = | cmd__decode[123:115];
  assign \$74  = cmd__decode[123:115] <= 4'hf;
  assign \$75  = \$73  & \$74 ;
  assign \$76  = | cmd__decode[123:115];
  assign \$77  = cmd__decode[123:115] <= 5'h10;
  assign \$78  = \$76  & \$77 ;
  assign \$79  = | cmd__decode[123:115];
  assign \$80  = cmd__decode[123:115] <= 5'h11;
  assign \$81  = \$79  & \$80 ;
  assign \$82  = | cmd__decode[123:115];
  assign \$83  = cmd__decode[123:115] <= 5'h12;
  assign \$84  = \$82  & \$83 ;
  assign \$85  = | cmd__decode[123:115];
  assign \$86  = cmd__decode[123:115] <= 5'h13;
  assign \$87  = \$85  & \$86 ;
  assign \$88  = | cmd__decode[123:115];
  assign \$89  = cmd__decode[123:115] <= 5'h14;
  assign \$90  = \$88  & \$89 ;
  assign \$91  = | cmd__decode[123:115];
  assign \$92  = cmd__decode[123:115] <= 5'h15;
  assign \$93  = \$91  & \$92 ;
  assign \$94  = | cmd__decode[123:115];
  assign \$95  = cmd__decode[123:115] <= 5'h16;
  assign \$96  = \$94  & \$95 ;
  assign \$97  = | cmd__decode[123:115];
  assign \$98  = cmd__decode[123:115] <= 5'h17;
  assign \$99  = \$97  & \$98 ;
  assign \$100  = | cmd__decode[123:115];
  assign \$101  = cmd__decode[123:115] <= 5'h18;
  assign \$102  = \$100  & \$101 ;
  assign \$103  = | cmd__decode[123:115];
  assign \$104  = cmd__decode[123:115] <= 5'h19;
  assign \$105  = \$103  & \$104 ;
  assign \$106  = | cmd__decode[123:115];
  assign \$107  = cmd__decode[123:115] <= 5'h1a;
  assign \$108  = \$106  & \$107 ;
  assign \$109  = | cmd__decode[123:115];
  assign \$110  = cmd__decode[123:115] <= 5'h1b;
  assign \$111  = \$109  & \$110 ;
  assign \$112  = | cmd__decode[123:115];
  assign \$113  = cmd__decode[123:115] <= 5'h1c;
  assign \$114  = \$112  & \$113 ;
  assign \$115  = | cmd__decode[123:115];
  assign \$116  = cmd__decode[123:115] <= 5'h1d;
  assign \$117  = \$115  & \$116 ;
  assign \$118  = | cmd__decode[123:115];
  assign \$119  = cmd__decode[123:115] <= 5'h1e;
  assign \$120  = \$118  & \$119 ;
  assign \$121  = | cmd__decode[123:115];
  assign \$122  = cmd__decode[123:115] <= 5'h1f;
  assign \$123  = \$121  & \$122 ;
  assign \$124  = | cmd__decode[123:115];
  assign \$125  = cmd__decode[123:115] <= 6'h20;
  assign \$126  = \$124  & \$125 ;
  assign \$127  = | cmd__decode[123:115];
  assign \$128  = cmd__decode[123:115] <= 6'h21;
  assign \$129  = \$127  & \$128 ;
  assign \$130  = | cmd__decode[123:115];
  assign \$131  = cmd__decode[123:115] <= 6'h22;
  assign \$132  = \$130  & \$131 ;
  assign \$133  = | cmd__decode[123:115];
  assign \$134  = cmd__decode[123:115] <= 6'h23;
  assign \$135  = \$133  & \$134 ;
  assign \$136  = | cmd__decode[123:115];
  assign \$137  = cmd__decode[123:115] <= 6'h24;
  assign \$138  = \$136  & \$137 ;
  assign \$139  = | cmd__decode[123:115];
  assign \$140  = cmd__decode[123:115] <= 6'h25;
  assign \$141  = \$139  & \$140 ;
  assign \$142  = | cmd__decode[123:115];
  assign \$143  = cmd__decode[123:115] <= 6'h26;
  assign \$144  = \$142  & \$143 ;
  assign \$145  = | cmd__decode[123:115];
  assign \$146  = cmd__decode[123:115] <= 6'h27;
  assign \$147  = \$145  & \$146 ;
  assign \$148  = | cmd__decode[123:115];
  assign \$149  = cmd__decode[123:115] <= 6'h28;
  assign \$150  = \$148  & \$149 ;
  assign \$151  = | cmd__decode[123:115];
  assign \$152  = cmd__decode[123:115] <= 6'h29;
  assign \$153  = \$151  & \$152 ;
  assign \$154  = | cmd__decode[123:115];
  assign \$155  = cmd__decode[123:115] <= 6'h2a;
  assign \$156  = \$154  & \$155 ;
  assign \$157  = | cmd__decode[123:115];
  assign \$158  = cmd__decode[123:115] <= 6'h2b;
  assign \$159  = \$157  & \$158 ;
  assign \$160  = | cmd__decode[123:115];
  assign \$161  = cmd__decode[123:115] <= 6'h2c;
  assign \$162  = \$160  & \$161 ;
  assign \$163  = | cmd__decode[123:115];
  assign \$164  = cmd__decode[123:115] <= 6'h2d;
  assign \$165  = \$163  & \$164 ;
  assign \$166  = | cmd__decode[123:115];
  assign \$167  = cmd__decode[123:115] <= 6'h2e;
  assign \$168  = \$166  & \$167 ;
  assign \$169  = | cmd__decode[123:115];
  assign \$170  = cmd__decode[123:115] <= 6'h2f;
  assign \$171  = \$169  & \$170 ;
  assign \$172  = | cmd__decode[123:115];
  assign \$173  = cmd__decode[123:115] <= 6'h30;
  assign \$174  = \$172  & \$173 ;
  assign \$175  = | cmd__decode[123:115];
  assign \$176  = cmd__decode[123:115] <= 6'h31;
  assign \$177  = \$175  & \$176 ;
  assign \$178  = | cmd__decode[123:115];
  assign \$179  = cmd__decode[123:115] <= 6'h32;
  assign \$180  = \$178  & \$179 ;
  assign \$181  = | cmd__decode[123:115];
  assign \$182  = cmd__decode[123:115] <= 6'h33;
  assign \$183  = \$181  & \$182 ;
  assign \$184  = | cmd__decode[123:115];
  assign \$185  = cmd__decode[123:115] <= 6'h34;
  assign \$186  = \$184  & \$185 ;
  assign \$187  = | cmd__decode[123:115];
  assign \$188  = cmd__decode[123:115] <= 6'h35;
  assign \$189  = \$187  & \$188 ;
  assign \$190  = | cmd__decode[123:115];
  assign \$191  = cmd__decode[123:115] <= 6'h36;
  assign \$192  = \$190  & \$191 ;
  assign \$193  = | cmd__decode[123:115];
  assign \$194  = cmd__decode[123:115] <= 6'h37;
  assign \$195  = \$193  & \$194 ;
  assign \$196  = | cmd__decode[123:115];
  assign \$197  = cmd__decode[123:115] <= 6'h38;
  assign \$198  = \$196  & \$197 ;
  assign \$199  = | cmd__decode[123:115];
  assign \$200  = cmd__decode[123:115] <= 6'h39;
  assign \$201  = \$199  & \$200 ;
  assign \$202  = | cmd__decode[123:115];
  assign \$203  = cmd__decode[123:115] <= 6'h3a;
  assign \$204  = \$202  & \$203 ;
  assign \$205  = | cmd__decode[123:115];
  assign \$206  = cmd__decode[123:115] <= 6'h3b;
  assign \$207  = \$205  & \$206 ;
  assign \$208  = | cmd__decode[123:115];
  assign \$209  = cmd__decode[123:115] <= 6'h3c;
  assign \$210  = \$208  & \$209 ;
  assign \$211  = | cmd__decode[123:115];
  assign \$212  = cmd__decode[123:115] <= 6'h3d;
  assign \$213  = \$211  & \$212 ;
  assign \$214  = | cmd__decode[123:115];
  assign \$215  = cmd__decode[123:115] <= 6'h3e;
  assign \$216  = \$214  & \$215 ;
  assign \$217  = | cmd__decode[123:115];
  assign \$218  = cmd__decode[123:115] <= 6'h3f;
  assign \$219  = \$217  & \$218 ;
  assign \$220  = cmd__decode[114] ? 64'hffffffffffffffff : { \$219 , \$216 , \$213 , \$210 , \$207 , \$204 , \$201 , \$198 , \$195 , \$192 , \$189 , \$186 , \$183 , \$180 , \$177 , \$174 , \$171 , \$168 , \$165 , \$162 , \$159 , \$156 , \$153 , \$150 , \$147 , \$144 , \$141 , \$138 , \$135 , \$132 , \$129 , \$126 , \$123 , \$120 , \$117 , \$114 , \$111 , \$108 , \$105 , \$102 , \$99 , \$96 , \$93 , \$90 , \$87 , \$84 , \$81 , \$78 , \$75 , \$72 , \$69 , \$66 , \$63 , \$60 , \$57 , \$54 , \$51 , \$48 , \$45 , \$42 , \$39 , \$36 , \$33 , \$30  };
  assign \$221  = ~ cmd__issue[10];
  assign \$222  = cmd__issue[53:43] - 1'h1;
  assign \$223  = cmd__issue[57:54] - 1'h1;
  assign \$224  = cmd__issue[79:77] - 1'h1;
  assign \$225  = cmd__issue[76:74] - 1'h1;
  assign \$226  = cmd__issue[53:43] == 1'h1;
  assign \$227  = cmd__issue[79:77] == 1'h1;
  assign \$228  = cmd__issue[76:74] == 1'h1;
  assign \$229  = cmd__issue[57:54] == 1'h1;
  assign \$230  = held != 2'h3;
  assign \$231  = held + 1'h1;
  assign \$232  = $signed(\$signal$28 ) >= $signed(1'h0);
  assign \$233  = $signed(\$signal$28 ) < $signed({ 1'h0, cmd__instr[87:80] });
  assign \$234  = \$232  & \$233 ;
  assign \$235  = $signed(ix) >= $signed(1'h0);
  assign \$236  = \$234  & \$235 ;
  assign \$237  = $signed(ix) < $signed({ 1'h0, cmd__instr[95:88] });
  assign \$238  = \$236  & \$237 ;
  assign \$239  = ~ \$238 ;
  assign \$240  = \$signal$22  ? p_pad_last : { cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114], cmd__instr[114] };
  assign \$241  = weight_rd__addr + 1'h1;
  assign \$242  = act_rd__addr + 1'h1;
  assign \$243  = ! w1;
  assign \$244  = ! \$signal$59 ;
  assign \$245  = p + 1'h1;
  assign \$246  = plane_base + cmd__instr[73:58];
  assign \$247  = plane_base + cmd__instr[73:58];
  assign \$248  = plane_base + cmd__instr[73:58];
  assign \$249  = ! kh1;
  assign \$250  = p + 1'h1;
  assign \$251  = \$250  == \$signal$58 ;
  assign \$252  = ky + 1'h1;
  assign \$253  = $signed(\$signal$28 ) + $signed(2'h1);
  assign \$254  = \$signal$65  + pitch;
  assign \$255  = \$signal$65  + pitch;
  assign \$256  = ky + 1'h1;
  assign \$257  = \$256  == kh1;
  assign \$258  = \$signal$62  + 1'h1;
  assign \$259  = $signed(ix) + $signed(2'h1);
  assign \$260  = \$signal$62  + 1'h1;
  assign \$261  = \$260  == \$signal$59 ;
  assign \$262  = \$signal$61  + 1'h1;
  assign \$263  = \$signal$61  + 1'h1;
  assign \$264  = \$263  == w1;
  assign \$265  = pending + cmd__start;
  assign \$266  = \$265  - flight[9];
  always @(posedge clk)
    n_pitch <= \$267 ;
  always @(posedge clk)
    n_pad_last <= \$268 ;
  always @(posedge clk)
    \$signal  <= \$269 ;
  always @(posedge clk)
    pad_word_q <= \$270 ;
  always @(posedge clk)
    valid <= \$271 ;
  always @(posedge clk)
    \$signal$47  <= \$272 ;
  always @(posedge clk)
    plane <= \$273 ;
  always @(posedge clk)
    zero_d0 <= \$274 ;
  always @(posedge clk)
    zero_d1 <= \$275 ;
  always @(posedge clk)
    zero_d2 <= \$276 ;
  always @(posedge clk)
    zero_d3 <= \$277 ;
  always @(posedge clk)
    zero_d4 <= \$278 ;
  always @(posedge clk)
    zero <= \$279 ;
  always @(posedge clk)
    \$signal$46  <= \$280 ;
  always @(posedge clk)
    cz <= \$281 ;
  always @(posedge clk)
    active <= \$282 ;
  always @(posedge clk)
    weight_rd__addr <= \$283 ;
  always @(posedge clk)
    p <= \$284 ;
  always @(posedge clk)
    w1 <= \$285 ;
  always @(posedge clk)
    \$signal$58  <= \$286 ;
  always @(posedge clk)
    \$signal$59  <= \$287 ;
  always @(posedge clk)
    kh1 <= \$288 ;
  always @(posedge clk)
    held <= \$289 ;
  always @(posedge clk)
    \$signal$61  <= \$290 ;
  always @(posedge clk)
    \$signal$62  <= \$291 ;
  always @(posedge clk)
    ky <= \$292 ;
  always @(posedge clk)
    \$signal$28  <= \$293 ;
  always @(posedge clk)
    ix <= \$294 ;
  always @(posedge clk)
    \$signal$22  <= \$295 ;
  always @(posedge clk)
    \$signal$23  <= \$296 ;
  always @(posedge clk)
    \$signal$24  <= \$297 ;
  always @(posedge clk)
    \$signal$25  <= \$298 ;
  always @(posedge clk)
    plane_base <= \$299 ;
  always @(posedge clk)
    \$signal$65  <= \$300 ;
  always @(posedge clk)
    act_rd__addr <= \$301 ;
  always @(posedge clk)
    pitch <= \$302 ;
  always @(posedge clk)
    p_pad_last <= \$303 ;
  always @(posedge clk)
    issuing <= \$304 ;
  always @(posedge clk)
    cp <= \$305 ;
  always @(posedge clk)
    pad_d <= \$306 ;
  always @(posedge clk)
    pad_word_d <= \$307 ;
  always @(posedge clk)
    flight <= \$308 ;
  always @(posedge clk)
    pending <= \$309 ;
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
      cmd__done = \$13 ;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    last_step = 1'h0;
    if (active) begin
      last_step = \$17 ;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    { inc[63:32], inc[15:0] } = 48'h000000000000;
    if (active) begin
      if (issuing) begin
        inc[15:0] = 16'h0001;
        inc[47:32] = { 14'h0000, \$25  };
        inc[63:48] = 16'h0010;
      end
    end
    begin
        inc[31:16] = { 12'h000, \$26  };
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$267  = \$27 [7:0];
    if (rst) begin
      \$267  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$268  = \$220 ;
    if (rst) begin
      \$268  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$269  = pad_d;
    if (rst) begin
      \$269  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$270  = pad_word_d;
    if (rst) begin
      \$270  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$271  = \$signal$46 ;
    if (rst) begin
      \$271  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$272  = cz;
    if (rst) begin
      \$272  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$273  = cp;
    if (rst) begin
      \$273  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$274  = \$signal$47 ;
    if (rst) begin
      \$274  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$275  = zero_d0;
    if (rst) begin
      \$275  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$276  = zero_d1;
    if (rst) begin
      \$276  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$277  = zero_d2;
    if (rst) begin
      \$277  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$278  = zero_d3;
    if (rst) begin
      \$278  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$279  = zero_d4;
    if (rst) begin
      \$279  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$280  = 1'h0;
    if (active) begin
      if (issuing) begin
        \$280  = 1'h1;
      end
    end
    if (rst) begin
      \$280  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$281  = 1'h0;
    if (cmd__start) begin
      \$281  = \$221 ;
    end
    if (rst) begin
      \$281  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$282  = active;
    if (cmd__start) begin
      \$282  = 1'h1;
    end else if (cmd__done) begin
      \$282  = 1'h0;
    end
    if (rst) begin
      \$282  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$283  = weight_rd__addr;
    if (cmd__start) begin
      \$283  = cmd__issue[35:27];
    end
    if (active) begin
      if (issuing) begin
        \$283  = \$241 [8:0];
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            if (\$signal$24 ) begin
              \$283  = cmd__instr[35:27];
            end
          end
        end
      end
    end
    if (cmd__done) begin
      \$283  = 9'h000;
    end
    if (rst) begin
      \$283  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$284  = p;
    if (cmd__start) begin
      \$284  = 3'h0;
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            if (\$signal$24 ) begin
              \$284  = \$245 [2:0];
            end
          end
        end
      end
    end
    if (rst) begin
      \$284  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$285  = w1;
    if (cmd__start) begin
      \$285  = { \$222 [11], \$222 [11], \$222 [11], \$222 [11], \$222  };
    end
    if (rst) begin
      \$285  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$286  = \$signal$58 ;
    if (cmd__start) begin
      \$286  = \$223 [2:0];
    end
    if (rst) begin
      \$286  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$287  = \$signal$59 ;
    if (cmd__start) begin
      \$287  = \$224 [2:0];
    end
    if (rst) begin
      \$287  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$288  = kh1;
    if (cmd__start) begin
      \$288  = \$225 [2:0];
    end
    if (rst) begin
      \$288  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$289  = held;
    if (cmd__start) begin
      \$289  = 2'h0;
    end
    if (active) begin
      if (\$230 ) begin
        \$289  = \$231 [1:0];
      end
    end
    if (rst) begin
      \$289  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$290  = \$signal$61 ;
    if (cmd__start) begin
      \$290  = 11'h000;
    end
    if (active) begin
      if (issuing) begin
        (* full_case = 32'd1 *)
        if (\$signal$22 ) begin
          \$290  = 11'h000;
        end else begin
          \$290  = \$262 [10:0];
        end
      end
    end
    if (rst) begin
      \$290  = 11'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$291  = \$signal$62 ;
    if (cmd__start) begin
      \$291  = 3'h0;
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          (* full_case = 32'd1 *)
          if (\$signal$23 ) begin
            \$291  = 3'h0;
          end else begin
            \$291  = \$258 [2:0];
          end
        end
      end
    end
    if (rst) begin
      \$291  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$292  = ky;
    if (cmd__start) begin
      \$292  = 3'h0;
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            (* full_case = 32'd1 *)
            if (\$signal$24 ) begin
              \$292  = 3'h0;
            end else begin
              \$292  = \$252 [2:0];
            end
          end
        end
      end
    end
    if (rst) begin
      \$292  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$293  = \$signal$28 ;
    if (cmd__start) begin
      \$293  = { cmd__issue[104], cmd__issue[104:96] };
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            (* full_case = 32'd1 *)
            if (\$signal$24 ) begin
              \$293  = { cmd__instr[104], cmd__instr[104:96] };
            end else begin
              \$293  = \$253 [9:0];
            end
          end
        end
      end
    end
    if (rst) begin
      \$293  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$294  = ix;
    if (cmd__start) begin
      \$294  = { cmd__issue[113], cmd__issue[113:105] };
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          (* full_case = 32'd1 *)
          if (\$signal$23 ) begin
            \$294  = { cmd__instr[113], cmd__instr[113:105] };
          end else begin
            \$294  = \$259 [9:0];
          end
        end
      end
    end
    if (rst) begin
      \$294  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$295  = \$signal$22 ;
    if (cmd__start) begin
      \$295  = \$226 ;
    end
    if (active) begin
      if (issuing) begin
        (* full_case = 32'd1 *)
        if (\$signal$22 ) begin
          \$295  = \$243 ;
        end else begin
          \$295  = \$264 ;
        end
      end
    end
    if (rst) begin
      \$295  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$296  = \$signal$23 ;
    if (cmd__start) begin
      \$296  = \$227 ;
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          (* full_case = 32'd1 *)
          if (\$signal$23 ) begin
            \$296  = \$244 ;
          end else begin
            \$296  = \$261 ;
          end
        end
      end
    end
    if (rst) begin
      \$296  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$297  = \$signal$24 ;
    if (cmd__start) begin
      \$297  = \$228 ;
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            (* full_case = 32'd1 *)
            if (\$signal$24 ) begin
              \$297  = \$249 ;
            end else begin
              \$297  = \$257 ;
            end
          end
        end
      end
    end
    if (rst) begin
      \$297  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$298  = \$signal$25 ;
    if (cmd__start) begin
      \$298  = \$229 ;
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            if (\$signal$24 ) begin
              \$298  = \$251 ;
            end
          end
        end
      end
    end
    if (rst) begin
      \$298  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$299  = plane_base;
    if (cmd__start) begin
      \$299  = cmd__issue[18:11];
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            if (\$signal$24 ) begin
              \$299  = \$246 [7:0];
            end
          end
        end
      end
    end
    if (rst) begin
      \$299  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$300  = \$signal$65 ;
    if (cmd__start) begin
      \$300  = cmd__issue[18:11];
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            (* full_case = 32'd1 *)
            if (\$signal$24 ) begin
              \$300  = \$247 [7:0];
            end else begin
              \$300  = \$254 [7:0];
            end
          end
        end
      end
    end
    if (rst) begin
      \$300  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$301  = act_rd__addr;
    if (cmd__start) begin
      \$301  = cmd__issue[18:11];
    end
    if (active) begin
      if (issuing) begin
        \$301  = \$242 [7:0];
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            (* full_case = 32'd1 *)
            if (\$signal$24 ) begin
              \$301  = \$248 [7:0];
            end else begin
              \$301  = \$255 [7:0];
            end
          end
        end
      end
    end
    if (cmd__done) begin
      \$301  = 8'h00;
    end
    if (rst) begin
      \$301  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$302  = pitch;
    if (cmd__start) begin
      \$302  = n_pitch;
    end
    if (rst) begin
      \$302  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$303  = p_pad_last;
    if (cmd__start) begin
      \$303  = n_pad_last;
    end
    if (rst) begin
      \$303  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$304  = issuing;
    if (cmd__start) begin
      \$304  = 1'h1;
    end
    if (active) begin
      if (issuing) begin
        if (\$signal$22 ) begin
          if (\$signal$23 ) begin
            if (\$signal$24 ) begin
              if (\$signal$25 ) begin
                \$304  = 1'h0;
              end
            end
          end
        end
      end
    end
    if (rst) begin
      \$304  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$305  = cp;
    if (active) begin
      if (issuing) begin
        \$305  = p;
      end
    end
    if (rst) begin
      \$305  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$306  = pad_d;
    if (active) begin
      if (issuing) begin
        \$306  = \$239 ;
      end
    end
    if (rst) begin
      \$306  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$307  = pad_word_d;
    if (active) begin
      if (issuing) begin
        \$307  = \$240 ;
      end
    end
    if (rst) begin
      \$307  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$308  = { flight[8:0], last_step };
    if (rst) begin
      \$308  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$309  = \$266 [2:0];
    if (rst) begin
      \$309  = 3'h0;
    end
  end
  assign \acc$1  = acc;
  assign weight_data = w_in;
  assign \$signal$11  = valid;
  assign zero_d5 = zero;
  assign cp_q = plane;
  assign \$signal$37  = act_rd__addr;
  assign \$signal$39  = weight_rd__addr;
  assign land = flight[9];
  assign \inc.gemm_busy  = inc[15:0];
  assign \inc.gemm_stall  = inc[31:16];
  assign \inc.sram_act_reads  = inc[47:32];
  assign \inc.sram_weight_reads  = inc[63:48];
  assign \$1  = 1'h0;
  assign \$4  = 1'h0;
  assign \$5  = \$2 ;
  assign cmd__refused = \$2 ;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array (rst, a_in, w_in, valid, plane, zero, acc, clk);
  wire [7:0] \$1 ;
  wire [7:0] \$2 ;
  wire [7:0] \$3 ;
  wire [7:0] \$4 ;
  wire [7:0] \$5 ;
  wire [7:0] \$6 ;
  wire [7:0] \$7 ;
  wire [7:0] \$8 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] a;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$104 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$110 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$116 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$122 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$128 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$134 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$140 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$146 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$152 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$158 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$164 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$170 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$176 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$182 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$188 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$194 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$200 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$206 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$212 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$218 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$224 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$230 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$236 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$242 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$62 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$68 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$74 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$80 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$86 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$92 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$98 ;
  reg [63:0] a0_g0_q0_keep = 64'h0000000000000000;
  reg [63:0] a0_g1_q0_keep = 64'h0000000000000000;
  reg [63:0] a0_g2_q0_keep = 64'h0000000000000000;
  reg [63:0] a0_g3_q0_keep = 64'h0000000000000000;
  reg [63:0] a1_g0_q0_keep = 64'h0000000000000000;
  reg [63:0] a1_g1_q0_keep = 64'h0000000000000000;
  reg [63:0] a1_g2_q0_keep = 64'h0000000000000000;
  reg [63:0] a1_g3_q0_keep = 64'h0000000000000000;
  input [127:0] a_in;
  wire [127:0] a_in;
  output [767:0] acc;
  wire [767:0] acc;
  wire [23:0] \acc$103 ;
  wire [23:0] \acc$109 ;
  wire [23:0] \acc$115 ;
  wire [23:0] \acc$121 ;
  wire [23:0] \acc$127 ;
  wire [23:0] \acc$133 ;
  wire [23:0] \acc$139 ;
  wire [23:0] \acc$145 ;
  wire [23:0] \acc$151 ;
  wire [23:0] \acc$157 ;
  wire [23:0] \acc$163 ;
  wire [23:0] \acc$169 ;
  wire [23:0] \acc$175 ;
  wire [23:0] \acc$181 ;
  wire [23:0] \acc$187 ;
  wire [23:0] \acc$193 ;
  wire [23:0] \acc$199 ;
  wire [23:0] \acc$205 ;
  wire [23:0] \acc$211 ;
  wire [23:0] \acc$217 ;
  wire [23:0] \acc$223 ;
  wire [23:0] \acc$229 ;
  wire [23:0] \acc$235 ;
  wire [23:0] \acc$241 ;
  wire [23:0] \acc$247 ;
  wire [23:0] \acc$61 ;
  wire [23:0] \acc$67 ;
  wire [23:0] \acc$73 ;
  wire [23:0] \acc$79 ;
  wire [23:0] \acc$85 ;
  wire [23:0] \acc$91 ;
  wire [23:0] \acc$97 ;
  input clk;
  wire clk;
  input [2:0] plane;
  wire [2:0] plane;
  reg [7:0] plane_r0_g0_q0_keep = 8'h00;
  reg [7:0] plane_r0_g1_q0_keep = 8'h00;
  reg [7:0] plane_r0_g2_q0_keep = 8'h00;
  reg [7:0] plane_r0_g3_q0_keep = 8'h00;
  reg [7:0] plane_r1_g0_q0_keep = 8'h00;
  reg [7:0] plane_r1_g1_q0_keep = 8'h00;
  reg [7:0] plane_r1_g2_q0_keep = 8'h00;
  reg [7:0] plane_r1_g3_q0_keep = 8'h00;
  input rst;
  wire rst;
  (* init = 8'h00 *)
  wire [7:0] scale;
  (* init = 8'h00 *)
  wire [7:0] \scale$102 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$108 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$114 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$120 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$126 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$132 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$138 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$144 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$150 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$156 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$162 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$168 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$174 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$180 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$186 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$192 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$198 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$204 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$210 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$216 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$222 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$228 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$234 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$240 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$246 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$66 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$72 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$78 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$84 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$90 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$96 ;
  input valid;
  wire valid;
  (* init = 1'h0 *)
  wire \valid$100 ;
  (* init = 1'h0 *)
  wire \valid$106 ;
  (* init = 1'h0 *)
  wire \valid$112 ;
  (* init = 1'h0 *)
  wire \valid$118 ;
  (* init = 1'h0 *)
  wire \valid$124 ;
  (* init = 1'h0 *)
  wire \valid$130 ;
  (* init = 1'h0 *)
  wire \valid$136 ;
  (* init = 1'h0 *)
  wire \valid$142 ;
  (* init = 1'h0 *)
  wire \valid$148 ;
  (* init = 1'h0 *)
  wire \valid$154 ;
  (* init = 1'h0 *)
  wire \valid$160 ;
  (* init = 1'h0 *)
  wire \valid$166 ;
  (* init = 1'h0 *)
  wire \valid$172 ;
  (* init = 1'h0 *)
  wire \valid$178 ;
  (* init = 1'h0 *)
  wire \valid$184 ;
  (* init = 1'h0 *)
  wire \valid$190 ;
  (* init = 1'h0 *)
  wire \valid$196 ;
  (* init = 1'h0 *)
  wire \valid$202 ;
  (* init = 1'h0 *)
  wire \valid$208 ;
  (* init = 1'h0 *)
  wire \valid$214 ;
  (* init = 1'h0 *)
  wire \valid$220 ;
  (* init = 1'h0 *)
  wire \valid$226 ;
  (* init = 1'h0 *)
  wire \valid$232 ;
  (* init = 1'h0 *)
  wire \valid$238 ;
  (* init = 1'h0 *)
  wire \valid$244 ;
  (* init = 1'h0 *)
  wire \valid$57 ;
  (* init = 1'h0 *)
  wire \valid$64 ;
  (* init = 1'h0 *)
  wire \valid$70 ;
  (* init = 1'h0 *)
  wire \valid$76 ;
  (* init = 1'h0 *)
  wire \valid$82 ;
  (* init = 1'h0 *)
  wire \valid$88 ;
  (* init = 1'h0 *)
  wire \valid$94 ;
  reg valid_r0_g0_q0_keep = 1'h0;
  reg valid_r0_g1_q0_keep = 1'h0;
  reg valid_r0_g2_q0_keep = 1'h0;
  reg valid_r0_g3_q0_keep = 1'h0;
  reg valid_r1_g0_q0_keep = 1'h0;
  reg valid_r1_g1_q0_keep = 1'h0;
  reg valid_r1_g2_q0_keep = 1'h0;
  reg valid_r1_g3_q0_keep = 1'h0;
  (* init = 64'h0000000000000000 *)
  wire [63:0] w;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$105 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$111 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$117 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$123 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$129 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$135 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$141 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$147 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$153 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$159 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$165 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$171 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$177 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$183 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$189 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$195 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$201 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$207 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$213 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$219 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$225 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$231 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$237 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$243 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$63 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$69 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$75 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$81 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$87 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$93 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$99 ;
  reg [63:0] w0_q0 = 64'h0000000000000000;
  reg [63:0] w10_q0 = 64'h0000000000000000;
  reg [63:0] w11_q0 = 64'h0000000000000000;
  reg [63:0] w12_q0 = 64'h0000000000000000;
  reg [63:0] w13_q0 = 64'h0000000000000000;
  reg [63:0] w14_q0 = 64'h0000000000000000;
  reg [63:0] w15_q0 = 64'h0000000000000000;
  reg [63:0] w1_q0 = 64'h0000000000000000;
  reg [63:0] w2_q0 = 64'h0000000000000000;
  reg [63:0] w3_q0 = 64'h0000000000000000;
  reg [63:0] w4_q0 = 64'h0000000000000000;
  reg [63:0] w5_q0 = 64'h0000000000000000;
  reg [63:0] w6_q0 = 64'h0000000000000000;
  reg [63:0] w7_q0 = 64'h0000000000000000;
  reg [63:0] w8_q0 = 64'h0000000000000000;
  reg [63:0] w9_q0 = 64'h0000000000000000;
  input [1023:0] w_in;
  wire [1023:0] w_in;
  input zero;
  wire zero;
  (* init = 1'h0 *)
  wire \zero$101 ;
  (* init = 1'h0 *)
  wire \zero$107 ;
  (* init = 1'h0 *)
  wire \zero$113 ;
  (* init = 1'h0 *)
  wire \zero$119 ;
  (* init = 1'h0 *)
  wire \zero$125 ;
  (* init = 1'h0 *)
  wire \zero$131 ;
  (* init = 1'h0 *)
  wire \zero$137 ;
  (* init = 1'h0 *)
  wire \zero$143 ;
  (* init = 1'h0 *)
  wire \zero$149 ;
  (* init = 1'h0 *)
  wire \zero$155 ;
  (* init = 1'h0 *)
  wire \zero$161 ;
  (* init = 1'h0 *)
  wire \zero$167 ;
  (* init = 1'h0 *)
  wire \zero$173 ;
  (* init = 1'h0 *)
  wire \zero$179 ;
  (* init = 1'h0 *)
  wire \zero$185 ;
  (* init = 1'h0 *)
  wire \zero$191 ;
  (* init = 1'h0 *)
  wire \zero$197 ;
  (* init = 1'h0 *)
  wire \zero$203 ;
  (* init = 1'h0 *)
  wire \zero$209 ;
  (* init = 1'h0 *)
  wire \zero$215 ;
  (* init = 1'h0 *)
  wire \zero$221 ;
  (* init = 1'h0 *)
  wire \zero$227 ;
  (* init = 1'h0 *)
  wire \zero$233 ;
  (* init = 1'h0 *)
  wire \zero$239 ;
  (* init = 1'h0 *)
  wire \zero$245 ;
  (* init = 1'h0 *)
  wire \zero$58 ;
  (* init = 1'h0 *)
  wire \zero$65 ;
  (* init = 1'h0 *)
  wire \zero$71 ;
  (* init = 1'h0 *)
  wire \zero$77 ;
  (* init = 1'h0 *)
  wire \zero$83 ;
  (* init = 1'h0 *)
  wire \zero$89 ;
  (* init = 1'h0 *)
  wire \zero$95 ;
  reg zero_r0_g0_q0_keep = 1'h0;
  reg zero_r0_g1_q0_keep = 1'h0;
  reg zero_r0_g2_q0_keep = 1'h0;
  reg zero_r0_g3_q0_keep = 1'h0;
  reg zero_r1_g0_q0_keep = 1'h0;
  reg zero_r1_g1_q0_keep = 1'h0;
  reg zero_r1_g2_q0_keep = 1'h0;
  reg zero_r1_g3_q0_keep = 1'h0;
  assign \$2  = 1'h1 << plane;
  assign \$3  = 1'h1 << plane;
  assign \$4  = 1'h1 << plane;
  assign \$5  = 1'h1 << plane;
  assign \$6  = 1'h1 << plane;
  assign \$7  = 1'h1 << plane;
  assign \$8  = 1'h1 << plane;
  always @(posedge clk)
    a0_g0_q0_keep <= a_in[63:0];
  always @(posedge clk)
    a0_g1_q0_keep <= a_in[63:0];
  always @(posedge clk)
    a0_g2_q0_keep <= a_in[63:0];
  always @(posedge clk)
    a0_g3_q0_keep <= a_in[63:0];
  always @(posedge clk)
    a1_g0_q0_keep <= a_in[127:64];
  always @(posedge clk)
    a1_g1_q0_keep <= a_in[127:64];
  always @(posedge clk)
    a1_g2_q0_keep <= a_in[127:64];
  always @(posedge clk)
    a1_g3_q0_keep <= a_in[127:64];
  always @(posedge clk)
    w0_q0 <= w_in[63:0];
  always @(posedge clk)
    w1_q0 <= w_in[127:64];
  always @(posedge clk)
    w2_q0 <= w_in[191:128];
  always @(posedge clk)
    w3_q0 <= w_in[255:192];
  always @(posedge clk)
    w4_q0 <= w_in[319:256];
  always @(posedge clk)
    w5_q0 <= w_in[383:320];
  always @(posedge clk)
    w6_q0 <= w_in[447:384];
  always @(posedge clk)
    w7_q0 <= w_in[511:448];
  always @(posedge clk)
    w8_q0 <= w_in[575:512];
  always @(posedge clk)
    w9_q0 <= w_in[639:576];
  always @(posedge clk)
    w10_q0 <= w_in[703:640];
  always @(posedge clk)
    w11_q0 <= w_in[767:704];
  always @(posedge clk)
    w12_q0 <= w_in[831:768];
  always @(posedge clk)
    w13_q0 <= w_in[895:832];
  always @(posedge clk)
    w14_q0 <= w_in[959:896];
  always @(posedge clk)
    w15_q0 <= w_in[1023:960];
  always @(posedge clk)
    valid_r0_g0_q0_keep <= valid;
  always @(posedge clk)
    zero_r0_g0_q0_keep <= zero;
  always @(posedge clk)
    plane_r0_g0_q0_keep <= \$1 ;
  always @(posedge clk)
    valid_r0_g1_q0_keep <= valid;
  always @(posedge clk)
    zero_r0_g1_q0_keep <= zero;
  always @(posedge clk)
    plane_r0_g1_q0_keep <= \$2 ;
  always @(posedge clk)
    valid_r0_g2_q0_keep <= valid;
  always @(posedge clk)
    zero_r0_g2_q0_keep <= zero;
  always @(posedge clk)
    plane_r0_g2_q0_keep <= \$3 ;
  always @(posedge clk)
    valid_r0_g3_q0_keep <= valid;
  always @(posedge clk)
    zero_r0_g3_q0_keep <= zero;
  always @(posedge clk)
    plane_r0_g3_q0_keep <= \$4 ;
  always @(posedge clk)
    valid_r1_g0_q0_keep <= valid;
  always @(posedge clk)
    zero_r1_g0_q0_keep <= zero;
  always @(posedge clk)
    plane_r1_g0_q0_keep <= \$5 ;
  always @(posedge clk)
    valid_r1_g1_q0_keep <= valid;
  always @(posedge clk)
    zero_r1_g1_q0_keep <= zero;
  always @(posedge clk)
    plane_r1_g1_q0_keep <= \$6 ;
  always @(posedge clk)
    valid_r1_g2_q0_keep <= valid;
  always @(posedge clk)
    zero_r1_g2_q0_keep <= zero;
  always @(posedge clk)
    plane_r1_g2_q0_keep <= \$7 ;
  always @(posedge clk)
    valid_r1_g3_q0_keep <= valid;
  always @(posedge clk)
    zero_r1_g3_q0_keep <= zero;
  always @(posedge clk)
    plane_r1_g3_q0_keep <= \$8 ;
  assign \$1  = 1'h1 << plane;
  \accel_top.gemm.array.pe_0_0  pe_0_0 (
    .a(a0_g0_q0_keep),
    .acc(\acc$61 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g0_q0_keep),
    .valid(valid_r0_g0_q0_keep),
    .w(w0_q0),
    .zero(zero_r0_g0_q0_keep)
  );
  \accel_top.gemm.array.pe_0_1  pe_0_1 (
    .a(a0_g0_q0_keep),
    .acc(\acc$67 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g0_q0_keep),
    .valid(valid_r0_g0_q0_keep),
    .w(w1_q0),
    .zero(zero_r0_g0_q0_keep)
  );
  \accel_top.gemm.array.pe_0_10  pe_0_10 (
    .a(a0_g2_q0_keep),
    .acc(\acc$121 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g2_q0_keep),
    .valid(valid_r0_g2_q0_keep),
    .w(w10_q0),
    .zero(zero_r0_g2_q0_keep)
  );
  \accel_top.gemm.array.pe_0_11  pe_0_11 (
    .a(a0_g2_q0_keep),
    .acc(\acc$127 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g2_q0_keep),
    .valid(valid_r0_g2_q0_keep),
    .w(w11_q0),
    .zero(zero_r0_g2_q0_keep)
  );
  \accel_top.gemm.array.pe_0_12  pe_0_12 (
    .a(a0_g3_q0_keep),
    .acc(\acc$133 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g3_q0_keep),
    .valid(valid_r0_g3_q0_keep),
    .w(w12_q0),
    .zero(zero_r0_g3_q0_keep)
  );
  \accel_top.gemm.array.pe_0_13  pe_0_13 (
    .a(a0_g3_q0_keep),
    .acc(\acc$139 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g3_q0_keep),
    .valid(valid_r0_g3_q0_keep),
    .w(w13_q0),
    .zero(zero_r0_g3_q0_keep)
  );
  \accel_top.gemm.array.pe_0_14  pe_0_14 (
    .a(a0_g3_q0_keep),
    .acc(\acc$145 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g3_q0_keep),
    .valid(valid_r0_g3_q0_keep),
    .w(w14_q0),
    .zero(zero_r0_g3_q0_keep)
  );
  \accel_top.gemm.array.pe_0_15  pe_0_15 (
    .a(a0_g3_q0_keep),
    .acc(\acc$151 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g3_q0_keep),
    .valid(valid_r0_g3_q0_keep),
    .w(w15_q0),
    .zero(zero_r0_g3_q0_keep)
  );
  \accel_top.gemm.array.pe_0_2  pe_0_2 (
    .a(a0_g0_q0_keep),
    .acc(\acc$73 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g0_q0_keep),
    .valid(valid_r0_g0_q0_keep),
    .w(w2_q0),
    .zero(zero_r0_g0_q0_keep)
  );
  \accel_top.gemm.array.pe_0_3  pe_0_3 (
    .a(a0_g0_q0_keep),
    .acc(\acc$79 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g0_q0_keep),
    .valid(valid_r0_g0_q0_keep),
    .w(w3_q0),
    .zero(zero_r0_g0_q0_keep)
  );
  \accel_top.gemm.array.pe_0_4  pe_0_4 (
    .a(a0_g1_q0_keep),
    .acc(\acc$85 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g1_q0_keep),
    .valid(valid_r0_g1_q0_keep),
    .w(w4_q0),
    .zero(zero_r0_g1_q0_keep)
  );
  \accel_top.gemm.array.pe_0_5  pe_0_5 (
    .a(a0_g1_q0_keep),
    .acc(\acc$91 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g1_q0_keep),
    .valid(valid_r0_g1_q0_keep),
    .w(w5_q0),
    .zero(zero_r0_g1_q0_keep)
  );
  \accel_top.gemm.array.pe_0_6  pe_0_6 (
    .a(a0_g1_q0_keep),
    .acc(\acc$97 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g1_q0_keep),
    .valid(valid_r0_g1_q0_keep),
    .w(w6_q0),
    .zero(zero_r0_g1_q0_keep)
  );
  \accel_top.gemm.array.pe_0_7  pe_0_7 (
    .a(a0_g1_q0_keep),
    .acc(\acc$103 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g1_q0_keep),
    .valid(valid_r0_g1_q0_keep),
    .w(w7_q0),
    .zero(zero_r0_g1_q0_keep)
  );
  \accel_top.gemm.array.pe_0_8  pe_0_8 (
    .a(a0_g2_q0_keep),
    .acc(\acc$109 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g2_q0_keep),
    .valid(valid_r0_g2_q0_keep),
    .w(w8_q0),
    .zero(zero_r0_g2_q0_keep)
  );
  \accel_top.gemm.array.pe_0_9  pe_0_9 (
    .a(a0_g2_q0_keep),
    .acc(\acc$115 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g2_q0_keep),
    .valid(valid_r0_g2_q0_keep),
    .w(w9_q0),
    .zero(zero_r0_g2_q0_keep)
  );
  \accel_top.gemm.array.pe_1_0  pe_1_0 (
    .a(a1_g0_q0_keep),
    .acc(\acc$157 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g0_q0_keep),
    .valid(valid_r1_g0_q0_keep),
    .w(w0_q0),
    .zero(zero_r1_g0_q0_keep)
  );
  \accel_top.gemm.array.pe_1_1  pe_1_1 (
    .a(a1_g0_q0_keep),
    .acc(\acc$163 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g0_q0_keep),
    .valid(valid_r1_g0_q0_keep),
    .w(w1_q0),
    .zero(zero_r1_g0_q0_keep)
  );
  \accel_top.gemm.array.pe_1_10  pe_1_10 (
    .a(a1_g2_q0_keep),
    .acc(\acc$217 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g2_q0_keep),
    .valid(valid_r1_g2_q0_keep),
    .w(w10_q0),
    .zero(zero_r1_g2_q0_keep)
  );
  \accel_top.gemm.array.pe_1_11  pe_1_11 (
    .a(a1_g2_q0_keep),
    .acc(\acc$223 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g2_q0_keep),
    .valid(valid_r1_g2_q0_keep),
    .w(w11_q0),
    .zero(zero_r1_g2_q0_keep)
  );
  \accel_top.gemm.array.pe_1_12  pe_1_12 (
    .a(a1_g3_q0_keep),
    .acc(\acc$229 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g3_q0_keep),
    .valid(valid_r1_g3_q0_keep),
    .w(w12_q0),
    .zero(zero_r1_g3_q0_keep)
  );
  \accel_top.gemm.array.pe_1_13  pe_1_13 (
    .a(a1_g3_q0_keep),
    .acc(\acc$235 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g3_q0_keep),
    .valid(valid_r1_g3_q0_keep),
    .w(w13_q0),
    .zero(zero_r1_g3_q0_keep)
  );
  \accel_top.gemm.array.pe_1_14  pe_1_14 (
    .a(a1_g3_q0_keep),
    .acc(\acc$241 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g3_q0_keep),
    .valid(valid_r1_g3_q0_keep),
    .w(w14_q0),
    .zero(zero_r1_g3_q0_keep)
  );
  \accel_top.gemm.array.pe_1_15  pe_1_15 (
    .a(a1_g3_q0_keep),
    .acc(\acc$247 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g3_q0_keep),
    .valid(valid_r1_g3_q0_keep),
    .w(w15_q0),
    .zero(zero_r1_g3_q0_keep)
  );
  \accel_top.gemm.array.pe_1_2  pe_1_2 (
    .a(a1_g0_q0_keep),
    .acc(\acc$169 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g0_q0_keep),
    .valid(valid_r1_g0_q0_keep),
    .w(w2_q0),
    .zero(zero_r1_g0_q0_keep)
  );
  \accel_top.gemm.array.pe_1_3  pe_1_3 (
    .a(a1_g0_q0_keep),
    .acc(\acc$175 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g0_q0_keep),
    .valid(valid_r1_g0_q0_keep),
    .w(w3_q0),
    .zero(zero_r1_g0_q0_keep)
  );
  \accel_top.gemm.array.pe_1_4  pe_1_4 (
    .a(a1_g1_q0_keep),
    .acc(\acc$181 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g1_q0_keep),
    .valid(valid_r1_g1_q0_keep),
    .w(w4_q0),
    .zero(zero_r1_g1_q0_keep)
  );
  \accel_top.gemm.array.pe_1_5  pe_1_5 (
    .a(a1_g1_q0_keep),
    .acc(\acc$187 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g1_q0_keep),
    .valid(valid_r1_g1_q0_keep),
    .w(w5_q0),
    .zero(zero_r1_g1_q0_keep)
  );
  \accel_top.gemm.array.pe_1_6  pe_1_6 (
    .a(a1_g1_q0_keep),
    .acc(\acc$193 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g1_q0_keep),
    .valid(valid_r1_g1_q0_keep),
    .w(w6_q0),
    .zero(zero_r1_g1_q0_keep)
  );
  \accel_top.gemm.array.pe_1_7  pe_1_7 (
    .a(a1_g1_q0_keep),
    .acc(\acc$199 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g1_q0_keep),
    .valid(valid_r1_g1_q0_keep),
    .w(w7_q0),
    .zero(zero_r1_g1_q0_keep)
  );
  \accel_top.gemm.array.pe_1_8  pe_1_8 (
    .a(a1_g2_q0_keep),
    .acc(\acc$205 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g2_q0_keep),
    .valid(valid_r1_g2_q0_keep),
    .w(w8_q0),
    .zero(zero_r1_g2_q0_keep)
  );
  \accel_top.gemm.array.pe_1_9  pe_1_9 (
    .a(a1_g2_q0_keep),
    .acc(\acc$211 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g2_q0_keep),
    .valid(valid_r1_g2_q0_keep),
    .w(w9_q0),
    .zero(zero_r1_g2_q0_keep)
  );
  assign a = a0_g0_q0_keep;
  assign w = w0_q0;
  assign \valid$57  = valid_r0_g0_q0_keep;
  assign \zero$58  = zero_r0_g0_q0_keep;
  assign scale = plane_r0_g0_q0_keep;
  assign \a$62  = a0_g0_q0_keep;
  assign \w$63  = w1_q0;
  assign \valid$64  = valid_r0_g0_q0_keep;
  assign \zero$65  = zero_r0_g0_q0_keep;
  assign \scale$66  = plane_r0_g0_q0_keep;
  assign \a$68  = a0_g0_q0_keep;
  assign \w$69  = w2_q0;
  assign \valid$70  = valid_r0_g0_q0_keep;
  assign \zero$71  = zero_r0_g0_q0_keep;
  assign \scale$72  = plane_r0_g0_q0_keep;
  assign \a$74  = a0_g0_q0_keep;
  assign \w$75  = w3_q0;
  assign \valid$76  = valid_r0_g0_q0_keep;
  assign \zero$77  = zero_r0_g0_q0_keep;
  assign \scale$78  = plane_r0_g0_q0_keep;
  assign \a$80  = a0_g1_q0_keep;
  assign \w$81  = w4_q0;
  assign \valid$82  = valid_r0_g1_q0_keep;
  assign \zero$83  = zero_r0_g1_q0_keep;
  assign \scale$84  = plane_r0_g1_q0_keep;
  assign \a$86  = a0_g1_q0_keep;
  assign \w$87  = w5_q0;
  assign \valid$88  = valid_r0_g1_q0_keep;
  assign \zero$89  = zero_r0_g1_q0_keep;
  assign \scale$90  = plane_r0_g1_q0_keep;
  assign \a$92  = a0_g1_q0_keep;
  assign \w$93  = w6_q0;
  assign \valid$94  = valid_r0_g1_q0_keep;
  assign \zero$95  = zero_r0_g1_q0_keep;
  assign \scale$96  = plane_r0_g1_q0_keep;
  assign \a$98  = a0_g1_q0_keep;
  assign \w$99  = w7_q0;
  assign \valid$100  = valid_r0_g1_q0_keep;
  assign \zero$101  = zero_r0_g1_q0_keep;
  assign \scale$102  = plane_r0_g1_q0_keep;
  assign \a$104  = a0_g2_q0_keep;
  assign \w$105  = w8_q0;
  assign \valid$106  = valid_r0_g2_q0_keep;
  assign \zero$107  = zero_r0_g2_q0_keep;
  assign \scale$108  = plane_r0_g2_q0_keep;
  assign \a$110  = a0_g2_q0_keep;
  assign \w$111  = w9_q0;
  assign \valid$112  = valid_r0_g2_q0_keep;
  assign \zero$113  = zero_r0_g2_q0_keep;
  assign \scale$114  = plane_r0_g2_q0_keep;
  assign \a$116  = a0_g2_q0_keep;
  assign \w$117  = w10_q0;
  assign \valid$118  = valid_r0_g2_q0_keep;
  assign \zero$119  = zero_r0_g2_q0_keep;
  assign \scale$120  = plane_r0_g2_q0_keep;
  assign \a$122  = a0_g2_q0_keep;
  assign \w$123  = w11_q0;
  assign \valid$124  = valid_r0_g2_q0_keep;
  assign \zero$125  = zero_r0_g2_q0_keep;
  assign \scale$126  = plane_r0_g2_q0_keep;
  assign \a$128  = a0_g3_q0_keep;
  assign \w$129  = w12_q0;
  assign \valid$130  = valid_r0_g3_q0_keep;
  assign \zero$131  = zero_r0_g3_q0_keep;
  assign \scale$132  = plane_r0_g3_q0_keep;
  assign \a$134  = a0_g3_q0_keep;
  assign \w$135  = w13_q0;
  assign \valid$136  = valid_r0_g3_q0_keep;
  assign \zero$137  = zero_r0_g3_q0_keep;
  assign \scale$138  = plane_r0_g3_q0_keep;
  assign \a$140  = a0_g3_q0_keep;
  assign \w$141  = w14_q0;
  assign \valid$142  = valid_r0_g3_q0_keep;
  assign \zero$143  = zero_r0_g3_q0_keep;
  assign \scale$144  = plane_r0_g3_q0_keep;
  assign \a$146  = a0_g3_q0_keep;
  assign \w$147  = w15_q0;
  assign \valid$148  = valid_r0_g3_q0_keep;
  assign \zero$149  = zero_r0_g3_q0_keep;
  assign \scale$150  = plane_r0_g3_q0_keep;
  assign \a$152  = a1_g0_q0_keep;
  assign \w$153  = w0_q0;
  assign \valid$154  = valid_r1_g0_q0_keep;
  assign \zero$155  = zero_r1_g0_q0_keep;
  assign \scale$156  = plane_r1_g0_q0_keep;
  assign \a$158  = a1_g0_q0_keep;
  assign \w$159  = w1_q0;
  assign \valid$160  = valid_r1_g0_q0_keep;
  assign \zero$161  = zero_r1_g0_q0_keep;
  assign \scale$162  = plane_r1_g0_q0_keep;
  assign \a$164  = a1_g0_q0_keep;
  assign \w$165  = w2_q0;
  assign \valid$166  = valid_r1_g0_q0_keep;
  assign \zero$167  = zero_r1_g0_q0_keep;
  assign \scale$168  = plane_r1_g0_q0_keep;
  assign \a$170  = a1_g0_q0_keep;
  assign \w$171  = w3_q0;
  assign \valid$172  = valid_r1_g0_q0_keep;
  assign \zero$173  = zero_r1_g0_q0_keep;
  assign \scale$174  = plane_r1_g0_q0_keep;
  assign \a$176  = a1_g1_q0_keep;
  assign \w$177  = w4_q0;
  assign \valid$178  = valid_r1_g1_q0_keep;
  assign \zero$179  = zero_r1_g1_q0_keep;
  assign \scale$180  = plane_r1_g1_q0_keep;
  assign \a$182  = a1_g1_q0_keep;
  assign \w$183  = w5_q0;
  assign \valid$184  = valid_r1_g1_q0_keep;
  assign \zero$185  = zero_r1_g1_q0_keep;
  assign \scale$186  = plane_r1_g1_q0_keep;
  assign \a$188  = a1_g1_q0_keep;
  assign \w$189  = w6_q0;
  assign \valid$190  = valid_r1_g1_q0_keep;
  assign \zero$191  = zero_r1_g1_q0_keep;
  assign \scale$192  = plane_r1_g1_q0_keep;
  assign \a$194  = a1_g1_q0_keep;
  assign \w$195  = w7_q0;
  assign \valid$196  = valid_r1_g1_q0_keep;
  assign \zero$197  = zero_r1_g1_q0_keep;
  assign \scale$198  = plane_r1_g1_q0_keep;
  assign \a$200  = a1_g2_q0_keep;
  assign \w$201  = w8_q0;
  assign \valid$202  = valid_r1_g2_q0_keep;
  assign \zero$203  = zero_r1_g2_q0_keep;
  assign \scale$204  = plane_r1_g2_q0_keep;
  assign \a$206  = a1_g2_q0_keep;
  assign \w$207  = w9_q0;
  assign \valid$208  = valid_r1_g2_q0_keep;
  assign \zero$209  = zero_r1_g2_q0_keep;
  assign \scale$210  = plane_r1_g2_q0_keep;
  assign \a$212  = a1_g2_q0_keep;
  assign \w$213  = w10_q0;
  assign \valid$214  = valid_r1_g2_q0_keep;
  assign \zero$215  = zero_r1_g2_q0_keep;
  assign \scale$216  = plane_r1_g2_q0_keep;
  assign \a$218  = a1_g2_q0_keep;
  assign \w$219  = w11_q0;
  assign \valid$220  = valid_r1_g2_q0_keep;
  assign \zero$221  = zero_r1_g2_q0_keep;
  assign \scale$222  = plane_r1_g2_q0_keep;
  assign \a$224  = a1_g3_q0_keep;
  assign \w$225  = w12_q0;
  assign \valid$226  = valid_r1_g3_q0_keep;
  assign \zero$227  = zero_r1_g3_q0_keep;
  assign \scale$228  = plane_r1_g3_q0_keep;
  assign \a$230  = a1_g3_q0_keep;
  assign \w$231  = w13_q0;
  assign \valid$232  = valid_r1_g3_q0_keep;
  assign \zero$233  = zero_r1_g3_q0_keep;
  assign \scale$234  = plane_r1_g3_q0_keep;
  assign \a$236  = a1_g3_q0_keep;
  assign \w$237  = w14_q0;
  assign \valid$238  = valid_r1_g3_q0_keep;
  assign \zero$239  = zero_r1_g3_q0_keep;
  assign \scale$240  = plane_r1_g3_q0_keep;
  assign \a$242  = a1_g3_q0_keep;
  assign \w$243  = w15_q0;
  assign \valid$244  = valid_r1_g3_q0_keep;
  assign \zero$245  = zero_r1_g3_q0_keep;
  assign \scale$246  = plane_r1_g3_q0_keep;
  assign acc[767:744] = \acc$247 ;
  assign acc[743:720] = \acc$241 ;
  assign acc[719:696] = \acc$235 ;
  assign acc[695:672] = \acc$229 ;
  assign acc[671:648] = \acc$223 ;
  assign acc[647:624] = \acc$217 ;
  assign acc[623:600] = \acc$211 ;
  assign acc[599:576] = \acc$205 ;
  assign acc[575:552] = \acc$199 ;
  assign acc[551:528] = \acc$193 ;
  assign acc[527:504] = \acc$187 ;
  assign acc[503:480] = \acc$181 ;
  assign acc[479:456] = \acc$175 ;
  assign acc[455:432] = \acc$169 ;
  assign acc[431:408] = \acc$163 ;
  assign acc[407:384] = \acc$157 ;
  assign acc[383:360] = \acc$151 ;
  assign acc[359:336] = \acc$145 ;
  assign acc[335:312] = \acc$139 ;
  assign acc[311:288] = \acc$133 ;
  assign acc[287:264] = \acc$127 ;
  assign acc[263:240] = \acc$121 ;
  assign acc[239:216] = \acc$115 ;
  assign acc[215:192] = \acc$109 ;
  assign acc[191:168] = \acc$103 ;
  assign acc[167:144] = \acc$97 ;
  assign acc[143:120] = \acc$91 ;
  assign acc[119:96] = \acc$85 ;
  assign acc[95:72] = \acc$79 ;
  assign acc[71:48] = \acc$73 ;
  assign acc[47:24] = \acc$67 ;
  assign acc[23:0] = \acc$61 ;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_0 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$5  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_0_0.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_0_0.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$5 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_0.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_0.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_1 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$6  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_0_1.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_0_1.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$6 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_1.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_1.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_10 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$7  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_0_10.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_0_10.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$7 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_10.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_10.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_11 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$8  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_0_11.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_0_11.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$8 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_11.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_11.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_12 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$9  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_0_12.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_0_12.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_12.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_12.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_13 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$10  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_0_13.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_0_13.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_13.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_13.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_14 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$11  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_0_14.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_0_14.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_14.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_14.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_15 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$12  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_0_15.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_0_15.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$12 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_15.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_15.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_2 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$13  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_0_2.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_0_2.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$13 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_2.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_2.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_3 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$14  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_0_3.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_0_3.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$14 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_3.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_3.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_4 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$15  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_0_4.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_0_4.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$15 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_4.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_4.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_5 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$16  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_0_5.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_0_5.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$16 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_5.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_5.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_6 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$17  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_0_6.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_0_6.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$17 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_6.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_6.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_7 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$18  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_0_7.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_0_7.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$18 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_7.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_7.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_8 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$19  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_0_8.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_0_8.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$19 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_8.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_8.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_9 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$20  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_0_9.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_0_9.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$20 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_9.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_0_9.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_0 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$21  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_1_0.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_1_0.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$21 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_0.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_0.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_1 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$22  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_1_1.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_1_1.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$22 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_1.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_1.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_10 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$23  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_1_10.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_1_10.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$23 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_10.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_10.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_11 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$24  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_1_11.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_1_11.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$24 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_11.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_11.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_12 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$25  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_1_12.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_1_12.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$25 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_12.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_12.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_13 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$26  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_1_13.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_1_13.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$26 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_13.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_13.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_14 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$27  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_1_14.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_1_14.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$27 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_14.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_14.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_15 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$28  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_1_15.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_1_15.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$28 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_15.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_15.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_2 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$29  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_1_2.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_1_2.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$29 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_2.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_2.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_3 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$30  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_1_3.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_1_3.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$30 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_3.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_3.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_4 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$31  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_1_4.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_1_4.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$31 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_4.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_4.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_5 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$32  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_1_5.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_1_5.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$32 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_5.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_5.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_6 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$33  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_1_6.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_1_6.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$33 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_6.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_6.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_7 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$34  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_1_7.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_1_7.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$34 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_7.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_7.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_8 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$35  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_1_8.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_1_8.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$35 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_8.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_8.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_9 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$36  = 0;
  wire [63:0] \$1 ;
  wire [24:0] \$2 ;
  reg [23:0] \$3 ;
  input [63:0] a;
  wire [63:0] a;
  wire [6:0] \a$3 ;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$8 ;
  reg [7:0] b = 8'h00;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  wire [14:0] p;
  reg [7:0] plane_d0 = 8'h00;
  (* init = 8'h00 *)
  wire [7:0] plane_d1;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  reg valid_m0 = 1'h0;
  reg valid_m1 = 1'h0;
  reg valid_m2 = 1'h0;
  reg valid_m3 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    b <= plane_d0;
  always @(posedge clk)
    valid_m0 <= valid_d1;
  always @(posedge clk)
    valid_m1 <= valid_m0;
  always @(posedge clk)
    valid_m2 <= valid_m1;
  always @(posedge clk)
    valid_m3 <= valid_m2;
  always @(posedge clk)
    acc <= \$3 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = acc + p;
  always @(posedge clk)
    valid_d0 <= valid;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  \accel_top.gemm.array.pe_1_9.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.gemm.array.pe_1_9.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$36 ) begin end
    \$3  = acc;
    if (zero) begin
      \$3  = 24'h000000;
    end else if (valid_m3) begin
      \$3  = \$2 [23:0];
    end
  end
  assign o = \a$3 ;
  assign plane_d1 = b;
  assign \acc$8  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_9.mul (rst, b, a, p_q1, clk);
  wire [14:0] \$1 ;
  input [6:0] a;
  wire [6:0] a;
  reg [6:0] a_q0 = 7'h00;
  reg [6:0] a_q1 = 7'h00;
  input [7:0] b;
  wire [7:0] b;
  reg [7:0] b_q0_keep = 8'h00;
  reg [7:0] b_q1_keep = 8'h00;
  input clk;
  wire clk;
  (* init = 15'h0000 *)
  wire [14:0] p;
  reg [14:0] p_q0 = 15'h0000;
  output [14:0] p_q1;
  reg [14:0] p_q1 = 15'h0000;
  input rst;
  wire rst;
  assign \$1  = a_q1 * b_q1_keep;
  always @(posedge clk)
    a_q0 <= a;
  always @(posedge clk)
    b_q0_keep <= b;
  always @(posedge clk)
    a_q1 <= a_q0;
  always @(posedge clk)
    b_q1_keep <= b_q0_keep;
  always @(posedge clk)
    p_q0 <= \$1 ;
  always @(posedge clk)
    p_q1 <= p_q0;
  assign p = p_q1;
endmodule

(* generator = "Amaranth" *)
module \accel_top.gemm.array.pe_1_9.pop (rst, i, o, clk);
  wire [2:0] \$1 ;
  wire [4:0] \$10 ;
  wire [5:0] \$11 ;
  wire [6:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [2:0] \$15 ;
  wire [3:0] \$16 ;
  wire [3:0] \$17 ;
  wire [4:0] \$18 ;
  wire [2:0] \$19 ;
  wire [3:0] \$2 ;
  wire [3:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [3:0] \$23 ;
  wire [4:0] \$24 ;
  wire [4:0] \$25 ;
  wire [5:0] \$26 ;
  wire [6:0] \$27 ;
  wire [7:0] \$28 ;
  wire [4:0] \$3 ;
  wire [5:0] \$4 ;
  wire [2:0] \$5 ;
  wire [3:0] \$6 ;
  wire [2:0] \$7 ;
  wire [3:0] \$8 ;
  wire [3:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  output [6:0] o;
  reg [6:0] o = 7'h00;
  wire [1:0] pop_l1_0;
  wire [1:0] \pop_l1_0$11 ;
  wire [1:0] \pop_l1_0$15 ;
  wire [1:0] \pop_l1_0$16 ;
  wire [1:0] \pop_l1_0$18 ;
  wire [1:0] \pop_l1_0$2 ;
  wire [1:0] \pop_l1_0$21 ;
  wire [1:0] \pop_l1_0$22 ;
  wire [1:0] \pop_l1_0$24 ;
  wire [1:0] \pop_l1_0$4 ;
  wire [1:0] \pop_l1_0$5 ;
  wire [1:0] \pop_l1_0$8 ;
  wire [1:0] \pop_l1_0$9 ;
  wire [1:0] pop_l1_1;
  wire [1:0] \pop_l1_1$30 ;
  wire [1:0] \pop_l1_1$32 ;
  wire [1:0] \pop_l1_1$35 ;
  wire [1:0] \pop_l1_1$36 ;
  wire [1:0] \pop_l1_1$38 ;
  wire [1:0] \pop_l1_1$42 ;
  wire [1:0] \pop_l1_1$43 ;
  wire [1:0] \pop_l1_1$45 ;
  wire [1:0] \pop_l1_1$48 ;
  wire [1:0] \pop_l1_1$49 ;
  wire [1:0] \pop_l1_1$51 ;
  wire [2:0] pop_l2_0;
  wire [2:0] \pop_l2_0$10 ;
  wire [1:0] \pop_l2_0$12 ;
  wire [2:0] \pop_l2_0$17 ;
  wire [1:0] \pop_l2_0$19 ;
  wire [2:0] \pop_l2_0$23 ;
  wire [1:0] \pop_l2_0$25 ;
  wire [2:0] \pop_l2_0$6 ;
  wire [2:0] pop_l2_1;
  wire [1:0] \pop_l2_1$33 ;
  wire [2:0] \pop_l2_1$37 ;
  wire [1:0] \pop_l2_1$39 ;
  wire [2:0] \pop_l2_1$44 ;
  wire [1:0] \pop_l2_1$46 ;
  wire [2:0] \pop_l2_1$50 ;
  wire [1:0] \pop_l2_1$52 ;
  wire [3:0] pop_l3_0;
  wire [2:0] \pop_l3_0$13 ;
  wire [2:0] \pop_l3_0$20 ;
  wire [2:0] \pop_l3_0$26 ;
  wire [2:0] pop_l3_1;
  wire [2:0] \pop_l3_1$40 ;
  wire [2:0] \pop_l3_1$47 ;
  wire [2:0] \pop_l3_1$53 ;
  wire [4:0] pop_l4_0;
  wire [3:0] \pop_l4_0$27 ;
  wire [3:0] pop_l4_1;
  wire [3:0] \pop_l4_1$54 ;
  wire [5:0] pop_l5_0;
  wire [4:0] pop_l5_1;
  wire [6:0] pop_l6_0;
  reg [5:0] pop_r0 = 6'h00;
  reg [4:0] pop_r1 = 5'h00;
  reg pop_r2 = 1'h0;
  (* init = 7'h00 *)
  wire [6:0] pop_r3;
  input rst;
  wire rst;
  assign pop_l1_0 = i[3] + i[4];
  assign \pop_l1_0$2  = i[5] + i[6];
  assign pop_l2_0 = pop_l1_0 + \pop_l1_0$2 ;
  assign \pop_l1_0$4  = i[7] + i[8];
  assign \pop_l1_0$5  = i[9] + i[10];
  assign \pop_l2_0$6  = \pop_l1_0$4  + \pop_l1_0$5 ;
  assign pop_l3_0 = pop_l2_0 + \pop_l2_0$6 ;
  assign \pop_l1_0$8  = i[11] + i[12];
  assign \pop_l1_0$9  = i[13] + i[14];
  assign \pop_l2_0$10  = \pop_l1_0$8  + \pop_l1_0$9 ;
  assign \pop_l1_0$11  = i[15] + i[16];
  assign \$1  = \pop_l1_0$11  + i[17];
  assign \$2  = \pop_l2_0$10  + \$1 [1:0];
  assign \$3  = pop_l3_0 + \$2 [2:0];
  assign \$4  = \$3  + i[2];
  assign \pop_l1_0$15  = i[19] + i[20];
  assign \pop_l1_0$16  = i[21] + i[22];
  assign \pop_l2_0$17  = \pop_l1_0$15  + \pop_l1_0$16 ;
  assign \pop_l1_0$18  = i[23] + i[24];
  assign \$5  = \pop_l1_0$18  + i[25];
  assign \$6  = \pop_l2_0$17  + \$5 [1:0];
  assign \pop_l1_0$21  = i[26] + i[27];
  assign \pop_l1_0$22  = i[28] + i[29];
  assign \pop_l2_0$23  = \pop_l1_0$21  + \pop_l1_0$22 ;
  assign \pop_l1_0$24  = i[30] + i[31];
  assign \$7  = \pop_l1_0$24  + i[32];
  assign \$8  = \pop_l2_0$23  + \$7 [1:0];
  assign \$9  = \$6 [2:0] + \$8 [2:0];
  assign \$10  = \$9  + i[18];
  assign \$11  = \$4 [4:0] + \$10 [3:0];
  assign \$12  = \$11  + i[1];
  assign pop_l1_1 = i[35] + i[36];
  assign \pop_l1_1$30  = i[37] + i[38];
  assign pop_l2_1 = pop_l1_1 + \pop_l1_1$30 ;
  assign \pop_l1_1$32  = i[39] + i[40];
  assign \$13  = \pop_l1_1$32  + i[41];
  assign \$14  = pop_l2_1 + \$13 [1:0];
  assign \pop_l1_1$35  = i[42] + i[43];
  assign \pop_l1_1$36  = i[44] + i[45];
  assign \pop_l2_1$37  = \pop_l1_1$35  + \pop_l1_1$36 ;
  assign \pop_l1_1$38  = i[46] + i[47];
  assign \$15  = \pop_l1_1$38  + i[48];
  assign \$16  = \pop_l2_1$37  + \$15 [1:0];
  assign \$17  = \$14 [2:0] + \$16 [2:0];
  assign \$18  = \$17  + i[34];
  assign \pop_l1_1$42  = i[50] + i[51];
  assign \pop_l1_1$43  = i[52] + i[53];
  assign \pop_l2_1$44  = \pop_l1_1$42  + \pop_l1_1$43 ;
  assign \pop_l1_1$45  = i[54] + i[55];
  assign \$19  = \pop_l1_1$45  + i[56];
  assign \$20  = \pop_l2_1$44  + \$19 [1:0];
  assign \pop_l1_1$48  = i[57] + i[58];
  assign \pop_l1_1$49  = i[59] + i[60];
  assign \pop_l2_1$50  = \pop_l1_1$48  + \pop_l1_1$49 ;
  assign \pop_l1_1$51  = i[61] + i[62];
  assign \$21  = \pop_l1_1$51  + i[63];
  assign \$22  = \pop_l2_1$50  + \$21 [1:0];
  assign \$23  = \$20 [2:0] + \$22 [2:0];
  assign \$24  = \$23  + i[49];
  assign \$25  = \$18 [3:0] + \$24 [3:0];
  assign \$26  = \$25  + i[33];
  assign \$27  = pop_r0 + pop_r1;
  assign \$28  = \$27  + pop_r2;
  always @(posedge clk)
    pop_r0 <= \$12 [5:0];
  always @(posedge clk)
    pop_r1 <= \$26 [4:0];
  always @(posedge clk)
    pop_r2 <= i[0];
  always @(posedge clk)
    o <= \$28 [6:0];
  assign \pop_l2_0$12  = \$1 [1:0];
  assign \pop_l3_0$13  = \$2 [2:0];
  assign pop_l4_0 = \$4 [4:0];
  assign \pop_l2_0$19  = \$5 [1:0];
  assign \pop_l3_0$20  = \$6 [2:0];
  assign \pop_l2_0$25  = \$7 [1:0];
  assign \pop_l3_0$26  = \$8 [2:0];
  assign \pop_l4_0$27  = \$10 [3:0];
  assign pop_l5_0 = \$12 [5:0];
  assign \pop_l2_1$33  = \$13 [1:0];
  assign pop_l3_1 = \$14 [2:0];
  assign \pop_l2_1$39  = \$15 [1:0];
  assign \pop_l3_1$40  = \$16 [2:0];
  assign pop_l4_1 = \$18 [3:0];
  assign \pop_l2_1$46  = \$19 [1:0];
  assign \pop_l3_1$47  = \$20 [2:0];
  assign \pop_l2_1$52  = \$21 [1:0];
  assign \pop_l3_1$53  = \$22 [2:0];
  assign \pop_l4_1$54  = \$24 [3:0];
  assign pop_l5_1 = \$26 [4:0];
  assign pop_l6_0 = \$28 [6:0];
  assign pop_r3 = o;
endmodule

(* generator = "Amaranth" *)
module \accel_top.load (mem_rd_data_valid, mem_rd_data, clk, rst, cmd__refused, cmd__done, cmd__busy, cmd__push, mem_rd_valid, cmd__decode, cmd__start, cmd__issue, inc, act_wr__addr, act_wr__data, act_wr__en, weight_wr__addr, weight_wr__data, weight_wr__en, tob_wr__addr, tob_wr__data
, tob_wr__en, mem_rd_len, mem_rd_addr, mem_rd_ready);
  reg \$auto$verilog_backend.cc:2355:dump_module$37  = 0;
  wire \$1 ;
  wire [16:0] \$10 ;
  reg \$100 ;
  reg [2:0] \$101 ;
  reg [9:0] \$102 ;
  reg [4:0] \$103 ;
  reg [23:0] \$104 ;
  reg \$105 ;
  reg [4:0] \$106 ;
  reg [31:0] \$107 ;
  reg [4:0] \$108 ;
  reg [9:0] \$109 ;
  wire \$11 ;
  reg [2:0] \$110 ;
  reg \$111 ;
  reg \$112 ;
  reg [63:0] \$113 ;
  reg \$114 ;
  reg \$115 ;
  wire \$12 ;
  wire \$13 ;
  wire \$14 ;
  wire \$15 ;
  wire \$16 ;
  wire \$17 ;
  wire \$18 ;
  wire [16:0] \$19 ;
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
  wire \$35 ;
  wire [16:0] \$36 ;
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
  wire [16:0] \$61 ;
  wire \$62 ;
  wire [16:0] \$63 ;
  wire \$64 ;
  wire [16:0] \$65 ;
  wire [16:0] \$66 ;
  wire [16:0] \$67 ;
  wire [16:0] \$68 ;
  wire [16:0] \$69 ;
  wire \$7 ;
  wire [16:0] \$70 ;
  wire \$71 ;
  wire [16:0] \$72 ;
  wire [9:0] \$73 ;
  wire \$74 ;
  wire \$75 ;
  wire \$76 ;
  wire \$77 ;
  wire \$78 ;
  wire [5:0] \$79 ;
  wire \$8 ;
  wire [32:0] \$80 ;
  wire \$81 ;
  wire \$82 ;
  wire \$83 ;
  wire [5:0] \$84 ;
  wire \$85 ;
  wire [5:0] \$86 ;
  wire \$87 ;
  wire [10:0] \$88 ;
  wire [10:0] \$89 ;
  wire \$9 ;
  wire \$90 ;
  wire [3:0] \$91 ;
  wire [3:0] \$92 ;
  wire \$93 ;
  wire [1:0] \$94 ;
  reg [2:0] \$95 ;
  reg [23:0] \$96 ;
  reg [3:0] \$97 ;
  reg \$98 ;
  reg [127:0] \$99 ;
  reg \$signal  = 1'h0;
  reg [9:0] \$signal$43  = 10'h000;
  output [7:0] act_wr__addr;
  reg [7:0] act_wr__addr;
  output [127:0] act_wr__data;
  reg [127:0] act_wr__data;
  output [7:0] act_wr__en;
  reg [7:0] act_wr__en;
  reg active = 1'h0;
  reg [63:0] asm = 64'h0000000000000000;
  reg [4:0] b1 = 5'h00;
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
  reg [63:0] full;
  reg [3:0] held = 4'h0;
  output [79:0] inc;
  reg [79:0] inc;
  wire [15:0] \inc.load_busy ;
  wire [15:0] \inc.load_stall ;
  wire [15:0] \inc.sram_act_writes ;
  wire [15:0] \inc.sram_thresh_writes ;
  wire [15:0] \inc.sram_weight_writes ;
  reg [127:0] load_instr = 128'h00000000000000000000000000000000;
  output [31:0] mem_rd_addr;
  reg [31:0] mem_rd_addr = 32'd0;
  input [63:0] mem_rd_data;
  wire [63:0] mem_rd_data;
  input mem_rd_data_valid;
  wire mem_rd_data_valid;
  output [23:0] mem_rd_len;
  reg [23:0] mem_rd_len = 24'h000000;
  input mem_rd_ready;
  wire mem_rd_ready;
  output mem_rd_valid;
  wire mem_rd_valid;
  reg [2:0] n_nb1 = 3'h0;
  reg [23:0] n_rd_len = 24'h000000;
  reg [2:0] nb1 = 3'h0;
  (* init = 24'h000000 *)
  wire [23:0] rd_len;
  (* init = 32'd0 *)
  wire [31:0] req_addr;
  reg [4:0] req_cnt = 5'h00;
  reg req_more = 1'h0;
  input rst;
  wire rst;
  reg [4:0] rx_bank = 5'h00;
  reg [2:0] rx_beat = 3'h0;
  reg rx_bl = 1'h0;
  reg rx_blast = 1'h0;
  reg rx_oh = 1'h1;
  reg [9:0] rx_word = 10'h000;
  output [8:0] tob_wr__addr;
  reg [8:0] tob_wr__addr;
  output [383:0] tob_wr__data;
  reg [383:0] tob_wr__data;
  output [15:0] tob_wr__en;
  reg [15:0] tob_wr__en;
  output [8:0] weight_wr__addr;
  reg [8:0] weight_wr__addr;
  output [1023:0] weight_wr__data;
  reg [1023:0] weight_wr__data;
  output [15:0] weight_wr__en;
  reg [15:0] weight_wr__en;
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
  assign mem_rd_valid = active & req_more;
  assign \$9  = rx_bl & \$signal ;
  assign \$10  = load_instr[25:10] + rx_word;
  assign \$11  = ! rx_bank;
  assign \$12  = ! rx_bank;
  assign \$13  = ! rx_bank;
  assign \$14  = ! rx_bank;
  assign \$15  = rx_bank == 1'h1;
  assign \$16  = rx_bank == 1'h1;
  assign \$17  = rx_bank == 1'h1;
  assign \$18  = rx_bank == 1'h1;
  assign \$19  = load_instr[25:10] + rx_word;
  assign \$20  = ! rx_bank;
  assign \$21  = rx_bank == 1'h1;
  assign \$22  = rx_bank == 2'h2;
  assign \$23  = rx_bank == 2'h3;
  assign \$24  = rx_bank == 3'h4;
  assign \$25  = rx_bank == 3'h5;
  assign \$26  = rx_bank == 3'h6;
  assign \$27  = rx_bank == 3'h7;
  assign \$28  = rx_bank == 4'h8;
  assign \$29  = rx_bank == 4'h9;
  assign \$30  = rx_bank == 4'ha;
  assign \$31  = rx_bank == 4'hb;
  assign \$32  = rx_bank == 4'hc;
  assign \$33  = rx_bank == 4'hd;
  assign \$34  = rx_bank == 4'he;
  assign \$35  = rx_bank == 4'hf;
  assign \$36  = load_instr[25:10] + rx_word;
  assign \$37  = ! rx_bank;
  assign \$38  = rx_bank == 1'h1;
  assign \$39  = rx_bank == 2'h2;
  assign \$40  = rx_bank == 2'h3;
  assign \$41  = rx_bank == 3'h4;
  assign \$42  = rx_bank == 3'h5;
  assign \$43  = rx_bank == 3'h6;
  assign \$44  = rx_bank == 3'h7;
  assign \$45  = rx_bank == 4'h8;
  assign \$46  = rx_bank == 4'h9;
  assign \$47  = rx_bank == 4'ha;
  assign \$48  = rx_bank == 4'hb;
  assign \$49  = rx_bank == 4'hc;
  assign \$50  = rx_bank == 4'hd;
  assign \$51  = rx_bank == 4'he;
  assign \$52  = rx_bank == 4'hf;
  assign \$53  = ! cmd__decode[9:8];
  assign \$54  = cmd__decode[9:8] == 1'h1;
  assign \$55  = cmd__decode[9:8] == 2'h2;
  assign \$60  = ! cmd__decode[9:8];
  assign \$62  = cmd__decode[9:8] == 1'h1;
  assign \$64  = cmd__decode[9:8] == 2'h2;
  assign \$71  = cmd__start & cmd__issue[7];
  assign \$72  = cmd__issue[50:35] - 1'h1;
  assign \$73  = cmd__issue[34:26] - 1'h1;
  assign \$74  = | cmd__issue[34:26];
  assign \$75  = ! n_nb1;
  assign \$76  = cmd__issue[50:35] == 1'h1;
  assign \$77  = cmd__issue[34:26] == 1'h1;
  assign \$78  = mem_rd_valid & mem_rd_ready;
  assign \$79  = req_cnt + 1'h1;
  assign \$80  = mem_rd_addr + load_instr[114:83];
  assign \$81  = req_cnt != b1;
  assign \$82  = ! nb1;
  assign \$83  = rx_bl & \$signal ;
  assign \$84  = rx_bank + 1'h1;
  assign \$85  = ! \$signal$43 ;
  assign \$86  = rx_bank + 1'h1;
  assign \$87  = \$86  == b1;
  assign \$88  = rx_word + 1'h1;
  assign \$89  = rx_word + 1'h1;
  assign \$90  = \$89  == \$signal$43 ;
  assign \$91  = rx_beat + 1'h1;
  assign \$92  = rx_beat + 1'h1;
  assign \$93  = \$92  == nb1;
  always @(posedge clk)
    n_nb1 <= \$95 ;
  always @(posedge clk)
    n_rd_len <= \$96 ;
  always @(posedge clk)
    held <= \$97 ;
  always @(posedge clk)
    active <= \$98 ;
  always @(posedge clk)
    load_instr <= \$99 ;
  always @(posedge clk)
    decoupled <= \$100 ;
  always @(posedge clk)
    nb1 <= \$101 ;
  always @(posedge clk)
    \$signal$43  <= \$102 ;
  always @(posedge clk)
    b1 <= \$103 ;
  always @(posedge clk)
    mem_rd_len <= \$104 ;
  always @(posedge clk)
    req_more <= \$105 ;
  always @(posedge clk)
    req_cnt <= \$106 ;
  always @(posedge clk)
    mem_rd_addr <= \$107 ;
  always @(posedge clk)
    rx_bank <= \$108 ;
  always @(posedge clk)
    rx_word <= \$109 ;
  always @(posedge clk)
    rx_beat <= \$110 ;
  always @(posedge clk)
    rx_bl <= \$111 ;
  always @(posedge clk)
    rx_oh <= \$112 ;
  always @(posedge clk)
    asm <= \$113 ;
  always @(posedge clk)
    \$signal  <= \$114 ;
  always @(posedge clk)
    rx_blast <= \$115 ;
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    full = 64'h0000000000000000;
    if (active) begin
      full = asm;
      if (rx_oh) begin
        full = mem_rd_data;
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
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
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
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
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
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
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    act_wr__data = 128'h00000000000000000000000000000000;
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          casez (load_instr[9:8])
            2'h0:
                act_wr__data = { full, full };
          endcase
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    act_wr__en = 8'h00;
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          casez (load_instr[9:8])
            2'h0:
                act_wr__en = { \$18 , \$17 , \$16 , \$15 , \$14 , \$13 , \$12 , \$11  };
          endcase
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    weight_wr__addr = 9'h000;
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          casez (load_instr[9:8])
            2'h0:
                /* empty */;
            2'h1:
                weight_wr__addr = \$19 [8:0];
          endcase
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    weight_wr__data = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          casez (load_instr[9:8])
            2'h0:
                /* empty */;
            2'h1:
                weight_wr__data = { full, full, full, full, full, full, full, full, full, full, full, full, full, full, full, full };
          endcase
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    weight_wr__en = 16'h0000;
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          casez (load_instr[9:8])
            2'h0:
                /* empty */;
            2'h1:
                weight_wr__en = { \$35 , \$34 , \$33 , \$32 , \$31 , \$30 , \$29 , \$28 , \$27 , \$26 , \$25 , \$24 , \$23 , \$22 , \$21 , \$20  };
          endcase
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    tob_wr__addr = 9'h000;
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          casez (load_instr[9:8])
            2'h0:
                /* empty */;
            2'h1:
                /* empty */;
            2'h2:
                tob_wr__addr = \$36 [8:0];
          endcase
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    tob_wr__data = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          casez (load_instr[9:8])
            2'h0:
                /* empty */;
            2'h1:
                /* empty */;
            2'h2:
                tob_wr__data = { full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0] };
          endcase
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    tob_wr__en = 16'h0000;
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          casez (load_instr[9:8])
            2'h0:
                /* empty */;
            2'h1:
                /* empty */;
            2'h2:
                tob_wr__en = { \$52 , \$51 , \$50 , \$49 , \$48 , \$47 , \$46 , \$45 , \$44 , \$43 , \$42 , \$41 , \$40 , \$39 , \$38 , \$37  };
          endcase
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$95  = { 2'h0, \$59  };
    if (rst) begin
      \$95  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$96  = { 7'h00, \$70  };
    if (rst) begin
      \$96  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$97  = { held[2:0], \$71  };
    if (rst) begin
      \$97  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$98  = active;
    if (fin) begin
      \$98  = 1'h0;
    end
    if (cmd__start) begin
      \$98  = 1'h1;
    end
    if (rst) begin
      \$98  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$99  = load_instr;
    if (cmd__start) begin
      \$99  = cmd__issue;
    end
    if (rst) begin
      \$99  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$100  = decoupled;
    if (cmd__start) begin
      \$100  = cmd__issue[7];
    end
    if (rst) begin
      \$100  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$101  = nb1;
    if (cmd__start) begin
      \$101  = n_nb1;
    end
    if (rst) begin
      \$101  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$102  = \$signal$43 ;
    if (cmd__start) begin
      \$102  = \$72 [9:0];
    end
    if (rst) begin
      \$102  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$103  = b1;
    if (cmd__start) begin
      \$103  = \$73 [4:0];
    end
    if (rst) begin
      \$103  = 5'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$104  = mem_rd_len;
    if (cmd__start) begin
      \$104  = n_rd_len;
    end
    if (rst) begin
      \$104  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$105  = req_more;
    if (cmd__start) begin
      \$105  = \$74 ;
    end
    if (active) begin
      if (\$78 ) begin
        \$105  = \$81 ;
      end
    end
    if (rst) begin
      \$105  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$106  = req_cnt;
    if (cmd__start) begin
      \$106  = 5'h00;
    end
    if (active) begin
      if (\$78 ) begin
        \$106  = \$79 [4:0];
      end
    end
    if (rst) begin
      \$106  = 5'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$107  = mem_rd_addr;
    if (cmd__start) begin
      \$107  = cmd__issue[82:51];
    end
    if (active) begin
      if (\$78 ) begin
        \$107  = \$80 [31:0];
      end
    end
    if (rst) begin
      \$107  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$108  = rx_bank;
    if (cmd__start) begin
      \$108  = 5'h00;
    end
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          if (\$83 ) begin
            \$108  = \$84 [4:0];
          end
        end
      end
    end
    if (rst) begin
      \$108  = 5'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$109  = rx_word;
    if (cmd__start) begin
      \$109  = 10'h000;
    end
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          (* full_case = 32'd1 *)
          if (\$83 ) begin
            \$109  = 10'h000;
          end else begin
            \$109  = \$88 [9:0];
          end
        end
      end
    end
    if (rst) begin
      \$109  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$110  = rx_beat;
    if (cmd__start) begin
      \$110  = 3'h0;
    end
    if (active) begin
      if (mem_rd_data_valid) begin
        (* full_case = 32'd1 *)
        if (rx_bl) begin
          \$110  = 3'h0;
        end else begin
          \$110  = \$91 [2:0];
        end
      end
    end
    if (rst) begin
      \$110  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$111  = rx_bl;
    if (cmd__start) begin
      \$111  = \$75 ;
    end
    if (active) begin
      if (mem_rd_data_valid) begin
        (* full_case = 32'd1 *)
        if (rx_bl) begin
          \$111  = \$82 ;
        end else begin
          \$111  = \$93 ;
        end
      end
    end
    if (rst) begin
      \$111  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$112  = rx_oh;
    if (cmd__start) begin
      \$112  = 1'h1;
    end
    if (active) begin
      if (mem_rd_data_valid) begin
        (* full_case = 32'd1 *)
        if (rx_bl) begin
          \$112  = 1'h1;
        end else begin
          \$112  = \$94 [0];
        end
      end
    end
    if (rst) begin
      \$112  = 1'h1;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$113  = asm;
    if (cmd__start) begin
      \$113  = 64'hffffffffffffffff;
    end
    if (active) begin
      if (mem_rd_data_valid) begin
        (* full_case = 32'd1 *)
        if (rx_bl) begin
        end else begin
          \$113  = full;
        end
      end
    end
    if (rst) begin
      \$113  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$114  = \$signal ;
    if (cmd__start) begin
      \$114  = \$76 ;
    end
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          (* full_case = 32'd1 *)
          if (\$83 ) begin
            \$114  = \$85 ;
          end else begin
            \$114  = \$90 ;
          end
        end
      end
    end
    if (rst) begin
      \$114  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$37 ) begin end
    \$115  = rx_blast;
    if (cmd__start) begin
      \$115  = \$77 ;
    end
    if (active) begin
      if (mem_rd_data_valid) begin
        if (rx_bl) begin
          if (\$83 ) begin
            \$115  = \$87 ;
          end
        end
      end
    end
    if (rst) begin
      \$115  = 1'h0;
    end
  end
  assign req_addr = mem_rd_addr;
  assign rd_len = mem_rd_len;
  assign \inc.load_busy  = inc[15:0];
  assign \inc.load_stall  = inc[31:16];
  assign \inc.sram_act_writes  = inc[47:32];
  assign \inc.sram_weight_writes  = inc[63:48];
  assign \inc.sram_thresh_writes  = inc[79:64];
  assign \$56  = 1'h0;
  assign \$57  = \$56 ;
  assign \$58  = \$57 ;
  assign \$59  = \$58 ;
  assign \$61  = { 1'h0, cmd__decode[50:35] };
  assign \$63  = { 1'h0, cmd__decode[50:35] };
  assign \$65  = { 1'h0, cmd__decode[50:35] };
  assign \$66  = { 1'h0, cmd__decode[50:35] };
  assign \$94  = { rx_oh, 1'h0 };
  assign \$67  = \$66 ;
  assign \$68  = \$67 ;
  assign \$69  = \$68 ;
  assign \$70  = \$69 ;
endmodule

(* generator = "Amaranth" *)
module \accel_top.post (rst, tob_data, cmd__refused, cmd__busy, cmd__decode, cmd__start, cmd__issue, act_data, land, pending, \acc$80 , inc, act_rd__en, tob_rd__en, tob_wr__addr, tob_wr__data, tob_wr__en, act_wr__addr, act_wr__data, act_wr__en, cmd__push
, cmd__done, cmd__acc_hold, tob_rd__addr, act_rd__addr, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$38  = 0;
  wire \$1 ;
  wire \$10 ;
  wire \$100 ;
  wire \$101 ;
  wire \$102 ;
  wire \$103 ;
  wire \$104 ;
  wire \$105 ;
  wire \$106 ;
  wire \$107 ;
  wire \$108 ;
  wire \$109 ;
  wire \$11 ;
  wire \$110 ;
  wire \$111 ;
  reg [15:0] \$112 ;
  wire [15:0] \$113 ;
  wire [15:0] \$114 ;
  wire \$115 ;
  wire \$116 ;
  wire \$117 ;
  wire \$118 ;
  wire \$119 ;
  wire \$12 ;
  wire \$120 ;
  wire \$121 ;
  wire \$122 ;
  wire \$123 ;
  wire \$124 ;
  wire \$125 ;
  wire \$126 ;
  wire \$127 ;
  wire \$128 ;
  wire \$129 ;
  wire \$13 ;
  wire \$130 ;
  wire \$131 ;
  reg [15:0] \$132 ;
  wire [15:0] \$133 ;
  wire [15:0] \$134 ;
  wire \$135 ;
  wire \$136 ;
  wire \$137 ;
  wire \$138 ;
  wire \$139 ;
  wire \$14 ;
  wire \$140 ;
  wire \$141 ;
  wire \$142 ;
  wire \$143 ;
  wire \$144 ;
  wire \$145 ;
  wire \$146 ;
  wire \$147 ;
  wire \$148 ;
  wire \$149 ;
  wire \$15 ;
  wire \$150 ;
  wire \$151 ;
  reg [15:0] \$152 ;
  wire [15:0] \$153 ;
  wire [15:0] \$154 ;
  wire \$155 ;
  wire \$156 ;
  wire \$157 ;
  wire \$158 ;
  wire \$159 ;
  wire \$16 ;
  wire \$160 ;
  wire \$161 ;
  wire \$162 ;
  wire \$163 ;
  wire \$164 ;
  wire \$165 ;
  wire \$166 ;
  wire \$167 ;
  wire \$168 ;
  wire \$169 ;
  wire \$17 ;
  wire \$170 ;
  wire \$171 ;
  reg [15:0] \$172 ;
  wire [15:0] \$173 ;
  wire [15:0] \$174 ;
  wire \$175 ;
  wire \$176 ;
  wire \$177 ;
  wire \$178 ;
  wire \$179 ;
  wire \$18 ;
  wire \$180 ;
  wire \$181 ;
  wire \$182 ;
  wire \$183 ;
  wire \$184 ;
  wire \$185 ;
  wire \$186 ;
  wire \$187 ;
  wire \$188 ;
  wire \$189 ;
  wire [2:0] \$19 ;
  wire \$190 ;
  wire \$191 ;
  reg [15:0] \$192 ;
  wire [15:0] \$193 ;
  wire [15:0] \$194 ;
  wire \$195 ;
  wire \$196 ;
  wire \$197 ;
  wire \$198 ;
  wire \$199 ;
  wire \$2 ;
  wire [2:0] \$20 ;
  wire \$200 ;
  wire \$201 ;
  wire \$202 ;
  wire \$203 ;
  wire \$204 ;
  wire \$205 ;
  wire \$206 ;
  wire \$207 ;
  wire \$208 ;
  wire \$209 ;
  wire \$21 ;
  wire \$210 ;
  wire \$211 ;
  wire \$212 ;
  wire \$213 ;
  wire \$214 ;
  wire \$215 ;
  wire \$216 ;
  wire \$217 ;
  wire \$218 ;
  wire \$219 ;
  wire \$22 ;
  wire \$220 ;
  wire \$221 ;
  reg [14:0] \$222 ;
  wire [14:0] \$223 ;
  wire [14:0] \$224 ;
  wire \$225 ;
  reg [14:0] \$226 ;
  wire [14:0] \$227 ;
  wire [14:0] \$228 ;
  wire [14:0] \$229 ;
  wire \$23 ;
  wire \$230 ;
  wire \$231 ;
  wire \$232 ;
  wire [4:0] \$233 ;
  wire [4:0] \$234 ;
  wire [3:0] \$235 ;
  wire [15:0] \$236 ;
  wire [3:0] \$237 ;
  wire \$238 ;
  wire \$239 ;
  wire \$24 ;
  wire \$240 ;
  wire [3:0] \$241 ;
  wire \$242 ;
  wire [3:0] \$243 ;
  wire \$244 ;
  wire \$245 ;
  wire \$246 ;
  wire [9:0] \$247 ;
  wire \$248 ;
  wire \$249 ;
  wire \$25 ;
  wire \$250 ;
  wire \$251 ;
  reg [15:0] \$252 ;
  reg [15:0] \$253 ;
  wire \$254 ;
  wire [1:0] \$255 ;
  wire \$256 ;
  wire \$257 ;
  reg [15:0] \$258 ;
  reg [15:0] \$259 ;
  wire \$26 ;
  wire \$260 ;
  wire \$261 ;
  wire \$262 ;
  wire \$263 ;
  wire [2:0] \$264 ;
  wire [4:0] \$265 ;
  wire \$266 ;
  wire [16:0] \$267 ;
  reg \$268 ;
  wire [23:0] \$269 ;
  wire \$27 ;
  reg \$270 ;
  wire [23:0] \$271 ;
  reg \$272 ;
  wire [23:0] \$273 ;
  reg \$274 ;
  wire [23:0] \$275 ;
  reg \$276 ;
  wire [23:0] \$277 ;
  reg \$278 ;
  wire [23:0] \$279 ;
  wire \$28 ;
  reg \$280 ;
  wire [23:0] \$281 ;
  reg \$282 ;
  wire [23:0] \$283 ;
  reg \$284 ;
  wire [23:0] \$285 ;
  reg \$286 ;
  wire [23:0] \$287 ;
  reg \$288 ;
  wire [23:0] \$289 ;
  wire \$29 ;
  reg \$290 ;
  wire [23:0] \$291 ;
  reg \$292 ;
  wire [23:0] \$293 ;
  reg \$294 ;
  wire [23:0] \$295 ;
  reg \$296 ;
  wire [23:0] \$297 ;
  reg \$298 ;
  wire [23:0] \$299 ;
  wire \$3 ;
  wire [6:0] \$30 ;
  wire [383:0] \$300 ;
  wire \$301 ;
  reg [383:0] \$302 ;
  reg [1:0] \$303 ;
  reg [1:0] \$304 ;
  reg \$305 ;
  reg \$306 ;
  reg [3:0] \$307 ;
  reg [3:0] \$308 ;
  reg \$309 ;
  wire \$31 ;
  reg [127:0] \$310 ;
  reg \$311 ;
  reg [2:0] \$312 ;
  reg [2:0] \$313 ;
  reg [1:0] \$314 ;
  reg [3:0] \$315 ;
  reg \$316 ;
  reg \$317 ;
  reg [7:0] \$318 ;
  reg [1:0] \$319 ;
  wire [7:0] \$32 ;
  reg [8:0] \$320 ;
  reg [7:0] \$321 ;
  reg [1:0] \$322 ;
  reg [3:0] \$323 ;
  reg \$324 ;
  reg \$325 ;
  reg \$326 ;
  reg \$327 ;
  reg \$328 ;
  reg \$329 ;
  wire [9:0] \$33 ;
  reg \$330 ;
  reg \$331 ;
  reg \$332 ;
  reg \$333 ;
  reg \$334 ;
  reg \$335 ;
  reg \$336 ;
  reg \$337 ;
  reg \$338 ;
  reg \$339 ;
  wire [16:0] \$34 ;
  reg \$340 ;
  reg [383:0] \$341 ;
  reg [383:0] \$342 ;
  reg [383:0] \$343 ;
  reg [31:0] \$344 ;
  reg [31:0] \$345 ;
  reg [383:0] \$346 ;
  reg [767:0] \$347 ;
  reg [383:0] \$348 ;
  reg [1:0] \$349 ;
  wire \$35 ;
  reg [3:0] \$350 ;
  reg [31:0] \$351 ;
  reg [383:0] \$352 ;
  reg [1:0] \$353 ;
  reg [3:0] \$354 ;
  wire \$36 ;
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
  reg [15:0] \$52 ;
  wire [15:0] \$53 ;
  wire [15:0] \$54 ;
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
  reg [15:0] \$72 ;
  wire [15:0] \$73 ;
  wire [15:0] \$74 ;
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
  wire \$85 ;
  wire \$86 ;
  wire \$87 ;
  wire \$88 ;
  wire \$89 ;
  wire \$9 ;
  wire \$90 ;
  wire \$91 ;
  reg [15:0] \$92 ;
  wire [15:0] \$93 ;
  wire [15:0] \$94 ;
  wire \$95 ;
  wire \$96 ;
  wire \$97 ;
  wire \$98 ;
  wire \$99 ;
  reg [1:0] \$like  = 2'h0;
  reg [1:0] \$like$19  = 2'h0;
  reg \$signal  = 1'h0;
  (* init = 8'h00 *)
  wire [7:0] aaddr;
  reg [383:0] acc = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  input [767:0] \acc$80 ;
  wire [767:0] \acc$80 ;
  reg [767:0] acc_all = 768'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  (* init = 1'h0 *)
  wire acc_hold;
  (* init = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 *)
  wire [383:0] acc_q;
  input [127:0] act_data;
  wire [127:0] act_data;
  output [7:0] act_rd__addr;
  reg [7:0] act_rd__addr = 8'h00;
  output act_rd__en;
  reg act_rd__en;
  output [7:0] act_wr__addr;
  reg [7:0] act_wr__addr;
  output [127:0] act_wr__data;
  reg [127:0] act_wr__data;
  output [7:0] act_wr__en;
  reg [7:0] act_wr__en;
  reg active = 1'h0;
  (* init = 2'h0 *)
  wire [1:0] \active$35 ;
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
  reg [1:0] crow = 2'h0;
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
  reg [1:0] n_cmp = 2'h0;
  reg [1:0] n_lv = 2'h0;
  reg [3:0] n_ob1 = 4'h0;
  reg n_res = 1'h0;
  reg [31:0] old_bits = 32'd0;
  reg [3:0] p_ob1 = 4'h0;
  reg p_res = 1'h0;
  reg p_shift_c0_keep = 1'h0;
  reg p_shift_c10_keep = 1'h0;
  reg p_shift_c11_keep = 1'h0;
  reg p_shift_c12_keep = 1'h0;
  reg p_shift_c13_keep = 1'h0;
  reg p_shift_c14_keep = 1'h0;
  reg p_shift_c15_keep = 1'h0;
  reg p_shift_c1_keep = 1'h0;
  reg p_shift_c2_keep = 1'h0;
  reg p_shift_c3_keep = 1'h0;
  reg p_shift_c4_keep = 1'h0;
  reg p_shift_c5_keep = 1'h0;
  reg p_shift_c6_keep = 1'h0;
  reg p_shift_c7_keep = 1'h0;
  reg p_shift_c8_keep = 1'h0;
  reg p_shift_c9_keep = 1'h0;
  reg [7:0] paddr = 8'h00;
  input [2:0] pending;
  wire [2:0] pending;
  reg [127:0] post_instr = 128'h00000000000000000000000000000000;
  input rst;
  wire rst;
  reg [3:0] sbit = 4'h0;
  reg [31:0] sc_bits = 32'd0;
  wire [383:0] scores;
  reg [383:0] scores_q = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  wire [15:0] shift;
  reg [1:0] srow = 2'h0;
  reg svalid = 1'h0;
  reg [2:0] t = 3'h0;
  reg [383:0] thr0_q = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  (* init = 9'h000 *)
  wire [8:0] thr_ptr;
  wire [1151:0] thresh;
  reg [383:0] thresh_l0 = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  reg [383:0] thresh_l1 = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  reg [383:0] thresh_l2 = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  input [383:0] tob_data;
  wire [383:0] tob_data;
  output [8:0] tob_rd__addr;
  reg [8:0] tob_rd__addr = 9'h000;
  output tob_rd__en;
  reg tob_rd__en;
  output [8:0] tob_wr__addr;
  reg [8:0] tob_wr__addr;
  output [383:0] tob_wr__data;
  reg [383:0] tob_wr__data;
  output [15:0] tob_wr__en;
  reg [15:0] tob_wr__en;
  reg [2:0] wait_n = 3'h0;
  reg [3:0] wbit = 4'h0;
  reg [1:0] wrow = 2'h0;
  reg wvalid = 1'h0;
  wire [31:0] y;
  reg [31:0] y_q = 32'd0;
  assign \$1  = cmd__decode[9:8] != 1'h1;
  assign \$2  = cmd__decode[54:51] > 2'h2;
  assign \$3  = \$1  & \$2 ;
  assign \$4  = cmd__decode[9:8] == 2'h2;
  assign \$5  = \$4  | cmd__decode[71];
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
  assign \$24  = post_instr[71] & \$23 ;
  assign \$25  = post_instr[9:8] == 2'h2;
  assign \$26  = post_instr[71] ? 1'h1 : 1'h0;
  assign \$27  = t == \$26 ;
  assign \$28  = \$25  & \$27 ;
  assign \$29  = ! wbit;
  assign \$30  = 5'h10 * \$like$19 ;
  assign \$31  = post_instr[9:8] == 1'h1;
  assign \$32  = wrow * 6'h20;
  assign \$33  = 9'h100 + \$32 ;
  assign \$34  = \$33  + post_instr[41:26];
  assign \$35  = y_q[1:0] >> wbit[0];
  assign \$36  = y_q[3:2] >> wbit[0];
  assign \$37  = y_q[5:4] >> wbit[0];
  assign \$38  = y_q[7:6] >> wbit[0];
  assign \$39  = y_q[9:8] >> wbit[0];
  assign \$40  = y_q[11:10] >> wbit[0];
  assign \$41  = y_q[13:12] >> wbit[0];
  assign \$42  = y_q[15:14] >> wbit[0];
  assign \$43  = y_q[17:16] >> wbit[0];
  assign \$44  = y_q[19:18] >> wbit[0];
  assign \$45  = y_q[21:20] >> wbit[0];
  assign \$46  = y_q[23:22] >> wbit[0];
  assign \$47  = y_q[25:24] >> wbit[0];
  assign \$48  = y_q[27:26] >> wbit[0];
  assign \$49  = y_q[29:28] >> wbit[0];
  assign \$50  = y_q[31:30] >> wbit[0];
  assign \$51  = post_instr[9:8] == 2'h2;
  assign \$53  = \$51  ? \$52  : 16'h0000;
  assign \$54  = { \$50 , \$49 , \$48 , \$47 , \$46 , \$45 , \$44 , \$43 , \$42 , \$41 , \$40 , \$39 , \$38 , \$37 , \$36 , \$35  } | \$53 ;
  assign \$55  = y_q[1:0] >> wbit[0];
  assign \$56  = y_q[3:2] >> wbit[0];
  assign \$57  = y_q[5:4] >> wbit[0];
  assign \$58  = y_q[7:6] >> wbit[0];
  assign \$59  = y_q[9:8] >> wbit[0];
  assign \$60  = y_q[11:10] >> wbit[0];
  assign \$61  = y_q[13:12] >> wbit[0];
  assign \$62  = y_q[15:14] >> wbit[0];
  assign \$63  = y_q[17:16] >> wbit[0];
  assign \$64  = y_q[19:18] >> wbit[0];
  assign \$65  = y_q[21:20] >> wbit[0];
  assign \$66  = y_q[23:22] >> wbit[0];
  assign \$67  = y_q[25:24] >> wbit[0];
  assign \$68  = y_q[27:26] >> wbit[0];
  assign \$69  = y_q[29:28] >> wbit[0];
  assign \$70  = y_q[31:30] >> wbit[0];
  assign \$71  = post_instr[9:8] == 2'h2;
  assign \$73  = \$71  ? \$72  : 16'h0000;
  assign \$74  = { \$70 , \$69 , \$68 , \$67 , \$66 , \$65 , \$64 , \$63 , \$62 , \$61 , \$60 , \$59 , \$58 , \$57 , \$56 , \$55  } | \$73 ;
  assign \$75  = y_q[1:0] >> wbit[0];
  assign \$76  = y_q[3:2] >> wbit[0];
  assign \$77  = y_q[5:4] >> wbit[0];
  assign \$78  = y_q[7:6] >> wbit[0];
  assign \$79  = y_q[9:8] >> wbit[0];
  assign \$80  = y_q[11:10] >> wbit[0];
  assign \$81  = y_q[13:12] >> wbit[0];
  assign \$82  = y_q[15:14] >> wbit[0];
  assign \$83  = y_q[17:16] >> wbit[0];
  assign \$84  = y_q[19:18] >> wbit[0];
  assign \$85  = y_q[21:20] >> wbit[0];
  assign \$86  = y_q[23:22] >> wbit[0];
  assign \$87  = y_q[25:24] >> wbit[0];
  assign \$88  = y_q[27:26] >> wbit[0];
  assign \$89  = y_q[29:28] >> wbit[0];
  assign \$90  = y_q[31:30] >> wbit[0];
  assign \$91  = post_instr[9:8] == 2'h2;
  assign \$93  = \$91  ? \$92  : 16'h0000;
  assign \$94  = { \$90 , \$89 , \$88 , \$87 , \$86 , \$85 , \$84 , \$83 , \$82 , \$81 , \$80 , \$79 , \$78 , \$77 , \$76 , \$75  } | \$93 ;
  assign \$95  = y_q[1:0] >> wbit[0];
  assign \$96  = y_q[3:2] >> wbit[0];
  assign \$97  = y_q[5:4] >> wbit[0];
  assign \$98  = y_q[7:6] >> wbit[0];
  assign \$99  = y_q[9:8] >> wbit[0];
  assign \$100  = y_q[11:10] >> wbit[0];
  assign \$101  = y_q[13:12] >> wbit[0];
  assign \$102  = y_q[15:14] >> wbit[0];
  assign \$103  = y_q[17:16] >> wbit[0];
  assign \$104  = y_q[19:18] >> wbit[0];
  assign \$105  = y_q[21:20] >> wbit[0];
  assign \$106  = y_q[23:22] >> wbit[0];
  assign \$107  = y_q[25:24] >> wbit[0];
  assign \$108  = y_q[27:26] >> wbit[0];
  assign \$109  = y_q[29:28] >> wbit[0];
  assign \$110  = y_q[31:30] >> wbit[0];
  assign \$111  = post_instr[9:8] == 2'h2;
  assign \$113  = \$111  ? \$112  : 16'h0000;
  assign \$114  = { \$110 , \$109 , \$108 , \$107 , \$106 , \$105 , \$104 , \$103 , \$102 , \$101 , \$100 , \$99 , \$98 , \$97 , \$96 , \$95  } | \$113 ;
  assign \$115  = y_q[1:0] >> wbit[0];
  assign \$116  = y_q[3:2] >> wbit[0];
  assign \$117  = y_q[5:4] >> wbit[0];
  assign \$118  = y_q[7:6] >> wbit[0];
  assign \$119  = y_q[9:8] >> wbit[0];
  assign \$120  = y_q[11:10] >> wbit[0];
  assign \$121  = y_q[13:12] >> wbit[0];
  assign \$122  = y_q[15:14] >> wbit[0];
  assign \$123  = y_q[17:16] >> wbit[0];
  assign \$124  = y_q[19:18] >> wbit[0];
  assign \$125  = y_q[21:20] >> wbit[0];
  assign \$126  = y_q[23:22] >> wbit[0];
  assign \$127  = y_q[25:24] >> wbit[0];
  assign \$128  = y_q[27:26] >> wbit[0];
  assign \$129  = y_q[29:28] >> wbit[0];
  assign \$130  = y_q[31:30] >> wbit[0];
  assign \$131  = post_instr[9:8] == 2'h2;
  assign \$133  = \$131  ? \$132  : 16'h0000;
  assign \$134  = { \$130 , \$129 , \$128 , \$127 , \$126 , \$125 , \$124 , \$123 , \$122 , \$121 , \$120 , \$119 , \$118 , \$117 , \$116 , \$115  } | \$133 ;
  assign \$135  = y_q[1:0] >> wbit[0];
  assign \$136  = y_q[3:2] >> wbit[0];
  assign \$137  = y_q[5:4] >> wbit[0];
  assign \$138  = y_q[7:6] >> wbit[0];
  assign \$139  = y_q[9:8] >> wbit[0];
  assign \$140  = y_q[11:10] >> wbit[0];
  assign \$141  = y_q[13:12] >> wbit[0];
  assign \$142  = y_q[15:14] >> wbit[0];
  assign \$143  = y_q[17:16] >> wbit[0];
  assign \$144  = y_q[19:18] >> wbit[0];
  assign \$145  = y_q[21:20] >> wbit[0];
  assign \$146  = y_q[23:22] >> wbit[0];
  assign \$147  = y_q[25:24] >> wbit[0];
  assign \$148  = y_q[27:26] >> wbit[0];
  assign \$149  = y_q[29:28] >> wbit[0];
  assign \$150  = y_q[31:30] >> wbit[0];
  assign \$151  = post_instr[9:8] == 2'h2;
  assign \$153  = \$151  ? \$152  : 16'h0000;
  assign \$154  = { \$150 , \$149 , \$148 , \$147 , \$146 , \$145 , \$144 , \$143 , \$142 , \$141 , \$140 , \$139 , \$138 , \$137 , \$136 , \$135  } | \$153 ;
  assign \$155  = y_q[1:0] >> wbit[0];
  assign \$156  = y_q[3:2] >> wbit[0];
  assign \$157  = y_q[5:4] >> wbit[0];
  assign \$158  = y_q[7:6] >> wbit[0];
  assign \$159  = y_q[9:8] >> wbit[0];
  assign \$160  = y_q[11:10] >> wbit[0];
  assign \$161  = y_q[13:12] >> wbit[0];
  assign \$162  = y_q[15:14] >> wbit[0];
  assign \$163  = y_q[17:16] >> wbit[0];
  assign \$164  = y_q[19:18] >> wbit[0];
  assign \$165  = y_q[21:20] >> wbit[0];
  assign \$166  = y_q[23:22] >> wbit[0];
  assign \$167  = y_q[25:24] >> wbit[0];
  assign \$168  = y_q[27:26] >> wbit[0];
  assign \$169  = y_q[29:28] >> wbit[0];
  assign \$170  = y_q[31:30] >> wbit[0];
  assign \$171  = post_instr[9:8] == 2'h2;
  assign \$173  = \$171  ? \$172  : 16'h0000;
  assign \$174  = { \$170 , \$169 , \$168 , \$167 , \$166 , \$165 , \$164 , \$163 , \$162 , \$161 , \$160 , \$159 , \$158 , \$157 , \$156 , \$155  } | \$173 ;
  assign \$175  = y_q[1:0] >> wbit[0];
  assign \$176  = y_q[3:2] >> wbit[0];
  assign \$177  = y_q[5:4] >> wbit[0];
  assign \$178  = y_q[7:6] >> wbit[0];
  assign \$179  = y_q[9:8] >> wbit[0];
  assign \$180  = y_q[11:10] >> wbit[0];
  assign \$181  = y_q[13:12] >> wbit[0];
  assign \$182  = y_q[15:14] >> wbit[0];
  assign \$183  = y_q[17:16] >> wbit[0];
  assign \$184  = y_q[19:18] >> wbit[0];
  assign \$185  = y_q[21:20] >> wbit[0];
  assign \$186  = y_q[23:22] >> wbit[0];
  assign \$187  = y_q[25:24] >> wbit[0];
  assign \$188  = y_q[27:26] >> wbit[0];
  assign \$189  = y_q[29:28] >> wbit[0];
  assign \$190  = y_q[31:30] >> wbit[0];
  assign \$191  = post_instr[9:8] == 2'h2;
  assign \$193  = \$191  ? \$192  : 16'h0000;
  assign \$194  = { \$190 , \$189 , \$188 , \$187 , \$186 , \$185 , \$184 , \$183 , \$182 , \$181 , \$180 , \$179 , \$178 , \$177 , \$176 , \$175  } | \$193 ;
  assign \$195  = ! wrow;
  assign \$196  = ! post_instr[49:42];
  assign \$197  = \$195  & \$196 ;
  assign \$198  = ! wrow;
  assign \$199  = post_instr[49:42] == 1'h1;
  assign \$200  = \$198  & \$199 ;
  assign \$201  = ! wrow;
  assign \$202  = post_instr[49:42] == 2'h2;
  assign \$203  = \$201  & \$202 ;
  assign \$204  = ! wrow;
  assign \$205  = post_instr[49:42] == 2'h3;
  assign \$206  = \$204  & \$205 ;
  assign \$207  = wrow == 1'h1;
  assign \$208  = ! post_instr[49:42];
  assign \$209  = \$207  & \$208 ;
  assign \$210  = wrow == 1'h1;
  assign \$211  = post_instr[49:42] == 1'h1;
  assign \$212  = \$210  & \$211 ;
  assign \$213  = wrow == 1'h1;
  assign \$214  = post_instr[49:42] == 2'h2;
  assign \$215  = \$213  & \$214 ;
  assign \$216  = wrow == 1'h1;
  assign \$217  = post_instr[49:42] == 2'h3;
  assign \$218  = \$216  & \$217 ;
  assign \$219  = wbit == p_ob1;
  assign \$220  = wrow == 1'h1;
  assign \$221  = cmd__decode[9:8] == 1'h1;
  assign \$223  = cmd__decode[71] ? 15'h0002 : \$222 ;
  assign \$224  = \$221  ? 15'h0001 : \$223 ;
  assign \$225  = cmd__decode[9:8] == 1'h1;
  assign \$227  = cmd__decode[71] ? 15'h0002 : \$226 ;
  assign \$228  = \$225  ? 15'h0001 : \$227 ;
  assign \$229  = cmd__decode[71] ? 15'h0001 : \$228 ;
  assign \$230  = cmd__decode[9:8] == 1'h1;
  assign \$231  = cmd__decode[50] & \$230 ;
  assign \$232  = cmd__decode[9:8] == 1'h1;
  assign \$233  = cmd__decode[54:51] - 1'h1;
  assign \$234  = \$232  ? 5'h00 : \$233 ;
  assign \$235  = pending - land;
  assign \$236  = cmd__issue[71] ? cmd__issue[87:72] : cmd__issue[41:26];
  assign \$237  = t + 1'h1;
  assign \$238  = \$237  < \$like ;
  assign \$239  = | wait_n;
  assign \$240  = land & \$239 ;
  assign \$241  = wait_n - \$240 ;
  assign \$242  = t != 3'h4;
  assign \$243  = t + 1'h1;
  assign \$244  = t == 1'h1;
  assign \$245  = t == 2'h2;
  assign \$246  = t == 2'h3;
  assign \$247  = tob_rd__addr + 1'h1;
  assign \$248  = ! t;
  assign \$249  = t == 1'h1;
  assign \$250  = t == 2'h2;
  assign \$251  = post_instr[71] & \$250 ;
  assign \$254  = post_instr[9:8] == 2'h2;
  assign \$255  = post_instr[71] ? 2'h3 : 2'h2;
  assign \$256  = t == \$255 ;
  assign \$257  = \$254  & \$256 ;
  assign \$260  = t > \$like ;
  assign \$261  = ! wait_n;
  assign \$262  = \$260  & \$261 ;
  assign \$263  = cbit == p_ob1;
  assign \$264  = crow + 1'h1;
  assign \$265  = cbit + 1'h1;
  assign \$266  = wbit == p_ob1;
  assign \$267  = paddr + post_instr[70:55];
  assign \$269  = \$268  ? thresh_l1[23:0] : thresh_l0[23:0];
  assign \$271  = \$270  ? thresh_l1[47:24] : thresh_l0[47:24];
  assign \$273  = \$272  ? thresh_l1[71:48] : thresh_l0[71:48];
  assign \$275  = \$274  ? thresh_l1[95:72] : thresh_l0[95:72];
  assign \$277  = \$276  ? thresh_l1[119:96] : thresh_l0[119:96];
  assign \$279  = \$278  ? thresh_l1[143:120] : thresh_l0[143:120];
  assign \$281  = \$280  ? thresh_l1[167:144] : thresh_l0[167:144];
  assign \$283  = \$282  ? thresh_l1[191:168] : thresh_l0[191:168];
  assign \$285  = \$284  ? thresh_l1[215:192] : thresh_l0[215:192];
  assign \$287  = \$286  ? thresh_l1[239:216] : thresh_l0[239:216];
  assign \$289  = \$288  ? thresh_l1[263:240] : thresh_l0[263:240];
  assign \$291  = \$290  ? thresh_l1[287:264] : thresh_l0[287:264];
  assign \$293  = \$292  ? thresh_l1[311:288] : thresh_l0[311:288];
  assign \$295  = \$294  ? thresh_l1[335:312] : thresh_l0[335:312];
  assign \$297  = \$296  ? thresh_l1[359:336] : thresh_l0[359:336];
  assign \$299  = \$298  ? thresh_l1[383:360] : thresh_l0[383:360];
  assign \$300  = p_res ? { \$299 , \$297 , \$295 , \$293 , \$291 , \$289 , \$287 , \$285 , \$283 , \$281 , \$279 , \$277 , \$275 , \$273 , \$271 , \$269  } : thresh_l0;
  assign \$301  = ~ svalid;
  always @(posedge clk)
    n_lv <= \$303 ;
  always @(posedge clk)
    n_cmp <= \$304 ;
  always @(posedge clk)
    n_res <= \$305 ;
  always @(posedge clk)
    \$signal  <= \$306 ;
  always @(posedge clk)
    n_ob1 <= \$307 ;
  always @(posedge clk)
    held <= \$308 ;
  always @(posedge clk)
    active <= \$309 ;
  always @(posedge clk)
    post_instr <= \$310 ;
  always @(posedge clk)
    cmd__acc_hold <= \$311 ;
  always @(posedge clk)
    wait_n <= \$312 ;
  always @(posedge clk)
    t <= \$313 ;
  always @(posedge clk)
    crow <= \$314 ;
  always @(posedge clk)
    cbit <= \$315 ;
  always @(posedge clk)
    svalid <= \$316 ;
  always @(posedge clk)
    wvalid <= \$317 ;
  always @(posedge clk)
    paddr <= \$318 ;
  always @(posedge clk)
    \$like  <= \$319 ;
  always @(posedge clk)
    tob_rd__addr <= \$320 ;
  always @(posedge clk)
    act_rd__addr <= \$321 ;
  always @(posedge clk)
    \$like$19  <= \$322 ;
  always @(posedge clk)
    p_ob1 <= \$323 ;
  always @(posedge clk)
    p_shift_c0_keep <= \$324 ;
  always @(posedge clk)
    p_shift_c1_keep <= \$325 ;
  always @(posedge clk)
    p_shift_c2_keep <= \$326 ;
  always @(posedge clk)
    p_shift_c3_keep <= \$327 ;
  always @(posedge clk)
    p_shift_c4_keep <= \$328 ;
  always @(posedge clk)
    p_shift_c5_keep <= \$329 ;
  always @(posedge clk)
    p_shift_c6_keep <= \$330 ;
  always @(posedge clk)
    p_shift_c7_keep <= \$331 ;
  always @(posedge clk)
    p_shift_c8_keep <= \$332 ;
  always @(posedge clk)
    p_shift_c9_keep <= \$333 ;
  always @(posedge clk)
    p_shift_c10_keep <= \$334 ;
  always @(posedge clk)
    p_shift_c11_keep <= \$335 ;
  always @(posedge clk)
    p_shift_c12_keep <= \$336 ;
  always @(posedge clk)
    p_shift_c13_keep <= \$337 ;
  always @(posedge clk)
    p_shift_c14_keep <= \$338 ;
  always @(posedge clk)
    p_shift_c15_keep <= \$339 ;
  always @(posedge clk)
    p_res <= \$340 ;
  always @(posedge clk)
    thresh_l0 <= \$341 ;
  always @(posedge clk)
    thresh_l1 <= \$342 ;
  always @(posedge clk)
    thresh_l2 <= \$343 ;
  always @(posedge clk)
    sc_bits <= \$344 ;
  always @(posedge clk)
    old_bits <= \$345 ;
  always @(posedge clk)
    thr0_q <= \$346 ;
  always @(posedge clk)
    acc_all <= \$347 ;
  always @(posedge clk)
    acc <= \$348 ;
  always @(posedge clk)
    srow <= \$349 ;
  always @(posedge clk)
    sbit <= \$350 ;
  always @(posedge clk)
    y_q <= \$351 ;
  always @(posedge clk)
    scores_q <= \$352 ;
  always @(posedge clk)
    wrow <= \$353 ;
  always @(posedge clk)
    wbit <= \$354 ;
  \accel_top.post.thresh_unit  thresh_unit (
    .acc(acc),
    .active(\$like$19 ),
    .\port$4644$0 (p_shift_c0_keep),
    .\port$4646$0 (p_shift_c1_keep),
    .\port$4648$0 (p_shift_c2_keep),
    .\port$4650$0 (p_shift_c3_keep),
    .\port$4652$0 (p_shift_c4_keep),
    .\port$4654$0 (p_shift_c5_keep),
    .\port$4656$0 (p_shift_c6_keep),
    .\port$4658$0 (p_shift_c7_keep),
    .\port$4660$0 (p_shift_c8_keep),
    .\port$4662$0 (p_shift_c9_keep),
    .\port$4664$0 (p_shift_c10_keep),
    .\port$4666$0 (p_shift_c11_keep),
    .\port$4668$0 (p_shift_c12_keep),
    .\port$4670$0 (p_shift_c13_keep),
    .\port$4672$0 (p_shift_c14_keep),
    .\port$4674$0 (p_shift_c15_keep),
    .\port$4680$0 (thresh_l1),
    .\port$4682$0 (thresh_l2),
    .\port$4688$0 (thr0_q),
    .scores(scores),
    .y(y)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$52  = 16'h0000;
    casez (wrow)
      2'h0:
          \$52  = old_bits[15:0];
      2'h1:
          \$52  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$72  = 16'h0000;
    casez (wrow)
      2'h0:
          \$72  = old_bits[15:0];
      2'h1:
          \$72  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$92  = 16'h0000;
    casez (wrow)
      2'h0:
          \$92  = old_bits[15:0];
      2'h1:
          \$92  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$112  = 16'h0000;
    casez (wrow)
      2'h0:
          \$112  = old_bits[15:0];
      2'h1:
          \$112  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$132  = 16'h0000;
    casez (wrow)
      2'h0:
          \$132  = old_bits[15:0];
      2'h1:
          \$132  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$152  = 16'h0000;
    casez (wrow)
      2'h0:
          \$152  = old_bits[15:0];
      2'h1:
          \$152  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$172  = 16'h0000;
    casez (wrow)
      2'h0:
          \$172  = old_bits[15:0];
      2'h1:
          \$172  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$192  = 16'h0000;
    casez (wrow)
      2'h0:
          \$192  = old_bits[15:0];
      2'h1:
          \$192  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    (* full_case = 32'd1 *)
    casez (cmd__decode[54:51])
      4'h0:
          \$222  = 15'h0000;
      4'h1:
          \$222  = 15'h0001;
      4'h2:
          \$222  = 15'h0003;
      4'h3:
          \$222  = 15'h0007;
      4'h4:
          \$222  = 15'h000f;
      4'h5:
          \$222  = 15'h001f;
      4'h6:
          \$222  = 15'h003f;
      4'h7:
          \$222  = 15'h007f;
      4'h8:
          \$222  = 15'h00ff;
      4'h9:
          \$222  = 15'h01ff;
      4'ha:
          \$222  = 15'h03ff;
      4'hb:
          \$222  = 15'h07ff;
      4'hc:
          \$222  = 15'h0fff;
      4'hd:
          \$222  = 15'h1fff;
      4'he:
          \$222  = 15'h3fff;
      4'hf:
          \$222  = 15'h7fff;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    (* full_case = 32'd1 *)
    casez (cmd__decode[54:51])
      4'h0:
          \$226  = 15'h0000;
      4'h1:
          \$226  = 15'h0001;
      4'h2:
          \$226  = 15'h0003;
      4'h3:
          \$226  = 15'h0007;
      4'h4:
          \$226  = 15'h000f;
      4'h5:
          \$226  = 15'h001f;
      4'h6:
          \$226  = 15'h003f;
      4'h7:
          \$226  = 15'h007f;
      4'h8:
          \$226  = 15'h00ff;
      4'h9:
          \$226  = 15'h01ff;
      4'ha:
          \$226  = 15'h03ff;
      4'hb:
          \$226  = 15'h07ff;
      4'hc:
          \$226  = 15'h0fff;
      4'hd:
          \$226  = 15'h1fff;
      4'he:
          \$226  = 15'h3fff;
      4'hf:
          \$226  = 15'h7fff;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$252  = 16'h0000;
    casez (post_instr[49:42])
      8'h00:
          \$252  = act_data[15:0];
      8'h01:
          \$252  = act_data[31:16];
      8'h02:
          \$252  = act_data[47:32];
      8'h03:
          \$252  = act_data[63:48];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$253  = 16'h0000;
    casez (post_instr[49:42])
      8'h00:
          \$253  = act_data[79:64];
      8'h01:
          \$253  = act_data[95:80];
      8'h02:
          \$253  = act_data[111:96];
      8'h03:
          \$253  = act_data[127:112];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$258  = 16'h0000;
    casez (post_instr[49:42])
      8'h00:
          \$258  = act_data[15:0];
      8'h01:
          \$258  = act_data[31:16];
      8'h02:
          \$258  = act_data[47:32];
      8'h03:
          \$258  = act_data[63:48];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$259  = 16'h0000;
    casez (post_instr[49:42])
      8'h00:
          \$259  = act_data[79:64];
      8'h01:
          \$259  = act_data[95:80];
      8'h02:
          \$259  = act_data[111:96];
      8'h03:
          \$259  = act_data[127:112];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$268  = 1'h0;
    casez (crow)
      2'h0:
          \$268  = sc_bits[0];
      2'h1:
          \$268  = sc_bits[16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$270  = 1'h0;
    casez (crow)
      2'h0:
          \$270  = sc_bits[1];
      2'h1:
          \$270  = sc_bits[17];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$272  = 1'h0;
    casez (crow)
      2'h0:
          \$272  = sc_bits[2];
      2'h1:
          \$272  = sc_bits[18];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$274  = 1'h0;
    casez (crow)
      2'h0:
          \$274  = sc_bits[3];
      2'h1:
          \$274  = sc_bits[19];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$276  = 1'h0;
    casez (crow)
      2'h0:
          \$276  = sc_bits[4];
      2'h1:
          \$276  = sc_bits[20];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$278  = 1'h0;
    casez (crow)
      2'h0:
          \$278  = sc_bits[5];
      2'h1:
          \$278  = sc_bits[21];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$280  = 1'h0;
    casez (crow)
      2'h0:
          \$280  = sc_bits[6];
      2'h1:
          \$280  = sc_bits[22];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$282  = 1'h0;
    casez (crow)
      2'h0:
          \$282  = sc_bits[7];
      2'h1:
          \$282  = sc_bits[23];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$284  = 1'h0;
    casez (crow)
      2'h0:
          \$284  = sc_bits[8];
      2'h1:
          \$284  = sc_bits[24];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$286  = 1'h0;
    casez (crow)
      2'h0:
          \$286  = sc_bits[9];
      2'h1:
          \$286  = sc_bits[25];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$288  = 1'h0;
    casez (crow)
      2'h0:
          \$288  = sc_bits[10];
      2'h1:
          \$288  = sc_bits[26];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$290  = 1'h0;
    casez (crow)
      2'h0:
          \$290  = sc_bits[11];
      2'h1:
          \$290  = sc_bits[27];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$292  = 1'h0;
    casez (crow)
      2'h0:
          \$292  = sc_bits[12];
      2'h1:
          \$292  = sc_bits[28];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$294  = 1'h0;
    casez (crow)
      2'h0:
          \$294  = sc_bits[13];
      2'h1:
          \$294  = sc_bits[29];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$296  = 1'h0;
    casez (crow)
      2'h0:
          \$296  = sc_bits[14];
      2'h1:
          \$296  = sc_bits[30];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$298  = 1'h0;
    casez (crow)
      2'h0:
          \$298  = sc_bits[15];
      2'h1:
          \$298  = sc_bits[31];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$302  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    casez (crow)
      2'h0:
          \$302  = acc_all[383:0];
      2'h1:
          \$302  = acc_all[767:384];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    { inc[111:32], inc[15:0] } = 96'h000000000000000000000000;
    if (active) begin
      if (\$22 ) begin
        inc[63:48] = 16'h0010;
        if (\$24 ) begin
          inc[79:64] = 16'h0002;
        end
        if (\$28 ) begin
          inc[79:64] = 16'h0002;
        end
      end
      if (wvalid) begin
        inc[15:0] = 16'h0001;
        if (\$29 ) begin
          inc[47:32] = { 9'h000, \$30  };
        end
        (* full_case = 32'd1 *)
        if (\$31 ) begin
          inc[111:96] = 16'h0001;
        end else begin
          inc[95:80] = 16'h0001;
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    act_rd__en = 1'h0;
    if (active) begin
      act_rd__en = \$21 ;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    tob_rd__en = 1'h0;
    if (active) begin
      tob_rd__en = 1'h1;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    tob_wr__addr = 9'h000;
    if (active) begin
      if (wvalid) begin
        if (\$31 ) begin
          tob_wr__addr = \$34 [8:0];
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    tob_wr__data = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    if (active) begin
      if (wvalid) begin
        if (\$31 ) begin
          tob_wr__data = scores_q;
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    tob_wr__en = 16'h0000;
    if (active) begin
      if (wvalid) begin
        if (\$31 ) begin
          tob_wr__en = 16'hffff;
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    act_wr__addr = 8'h00;
    if (active) begin
      if (wvalid) begin
        (* full_case = 32'd1 *)
        if (\$31 ) begin
        end else begin
          act_wr__addr = paddr;
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    act_wr__data = 128'h00000000000000000000000000000000;
    if (active) begin
      if (wvalid) begin
        (* full_case = 32'd1 *)
        if (\$31 ) begin
        end else begin
          act_wr__data = { \$194 , \$174 , \$154 , \$134 , \$114 , \$94 , \$74 , \$54  };
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    act_wr__en = 8'h00;
    if (active) begin
      if (wvalid) begin
        (* full_case = 32'd1 *)
        if (\$31 ) begin
        end else begin
          act_wr__en = { \$218 , \$215 , \$212 , \$209 , \$206 , \$203 , \$200 , \$197  };
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    fin = 1'h0;
    if (active) begin
      if (wvalid) begin
        if (\$219 ) begin
          if (\$220 ) begin
            fin = 1'h1;
          end
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    cmd__push = 1'h0;
    if (active) begin
      if (wvalid) begin
        if (\$219 ) begin
          if (\$220 ) begin
            cmd__push = post_instr[6];
          end
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$303  = \$224 [1:0];
    if (rst) begin
      \$303  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$304  = \$229 [1:0];
    if (rst) begin
      \$304  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$305  = cmd__decode[71];
    if (rst) begin
      \$305  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$306  = \$231 ;
    if (rst) begin
      \$306  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$307  = \$234 [3:0];
    if (rst) begin
      \$307  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$308  = { held[2:0], cmd__start };
    if (rst) begin
      \$308  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$309  = active;
    if (fin) begin
      \$309  = 1'h0;
    end
    if (cmd__start) begin
      \$309  = 1'h1;
    end
    if (rst) begin
      \$309  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$310  = post_instr;
    if (cmd__start) begin
      \$310  = cmd__issue;
    end
    if (rst) begin
      \$310  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$311  = cmd__acc_hold;
    if (cmd__start) begin
      \$311  = 1'h1;
    end
    if (active) begin
      \$311  = \$238 ;
    end
    if (rst) begin
      \$311  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$312  = wait_n;
    if (cmd__start) begin
      \$312  = \$235 [2:0];
    end
    if (active) begin
      \$312  = \$241 [2:0];
    end
    if (rst) begin
      \$312  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$313  = t;
    if (cmd__start) begin
      \$313  = 3'h0;
    end
    if (active) begin
      if (\$242 ) begin
        \$313  = \$243 [2:0];
      end
    end
    if (rst) begin
      \$313  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$314  = crow;
    if (cmd__start) begin
      \$314  = 2'h0;
    end
    if (active) begin
      if (\$262 ) begin
        if (\$263 ) begin
          \$314  = \$264 [1:0];
        end
      end
    end
    if (rst) begin
      \$314  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$315  = cbit;
    if (cmd__start) begin
      \$315  = 4'h0;
    end
    if (active) begin
      if (\$262 ) begin
        (* full_case = 32'd1 *)
        if (\$263 ) begin
          \$315  = 4'h0;
        end else begin
          \$315  = \$265 [3:0];
        end
      end
    end
    if (rst) begin
      \$315  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$316  = svalid;
    if (cmd__start) begin
      \$316  = 1'h0;
    end
    if (active) begin
      if (\$262 ) begin
        \$316  = 1'h1;
      end
    end
    if (rst) begin
      \$316  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$317  = wvalid;
    if (cmd__start) begin
      \$317  = 1'h0;
    end
    if (active) begin
      \$317  = svalid;
    end
    if (rst) begin
      \$317  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$318  = paddr;
    if (cmd__start) begin
      \$318  = cmd__issue[33:26];
    end
    if (active) begin
      if (wvalid) begin
        (* full_case = 32'd1 *)
        if (\$266 ) begin
          \$318  = post_instr[33:26];
        end else begin
          \$318  = \$267 [7:0];
        end
      end
    end
    if (rst) begin
      \$318  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$319  = \$like ;
    if (cmd__start) begin
      \$319  = n_lv;
    end
    if (rst) begin
      \$319  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$320  = tob_rd__addr;
    if (cmd__start) begin
      \$320  = cmd__issue[18:10];
    end
    if (active) begin
      \$320  = \$247 [8:0];
    end
    if (fin) begin
      \$320  = 9'h000;
    end
    if (rst) begin
      \$320  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$321  = act_rd__addr;
    if (cmd__start) begin
      \$321  = \$236 [7:0];
    end
    if (active) begin
      if (\$248 ) begin
        \$321  = post_instr[33:26];
      end
      if (\$249 ) begin
        \$321  = 8'h00;
      end
    end
    if (fin) begin
      \$321  = 8'h00;
    end
    if (rst) begin
      \$321  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$322  = \$like$19 ;
    if (cmd__start) begin
      \$322  = n_cmp;
    end
    if (rst) begin
      \$322  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$323  = p_ob1;
    if (cmd__start) begin
      \$323  = n_ob1;
    end
    if (rst) begin
      \$323  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$324  = p_shift_c0_keep;
    if (cmd__start) begin
      \$324  = \$signal ;
    end
    if (rst) begin
      \$324  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$325  = p_shift_c1_keep;
    if (cmd__start) begin
      \$325  = \$signal ;
    end
    if (rst) begin
      \$325  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$326  = p_shift_c2_keep;
    if (cmd__start) begin
      \$326  = \$signal ;
    end
    if (rst) begin
      \$326  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$327  = p_shift_c3_keep;
    if (cmd__start) begin
      \$327  = \$signal ;
    end
    if (rst) begin
      \$327  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$328  = p_shift_c4_keep;
    if (cmd__start) begin
      \$328  = \$signal ;
    end
    if (rst) begin
      \$328  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$329  = p_shift_c5_keep;
    if (cmd__start) begin
      \$329  = \$signal ;
    end
    if (rst) begin
      \$329  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$330  = p_shift_c6_keep;
    if (cmd__start) begin
      \$330  = \$signal ;
    end
    if (rst) begin
      \$330  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$331  = p_shift_c7_keep;
    if (cmd__start) begin
      \$331  = \$signal ;
    end
    if (rst) begin
      \$331  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$332  = p_shift_c8_keep;
    if (cmd__start) begin
      \$332  = \$signal ;
    end
    if (rst) begin
      \$332  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$333  = p_shift_c9_keep;
    if (cmd__start) begin
      \$333  = \$signal ;
    end
    if (rst) begin
      \$333  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$334  = p_shift_c10_keep;
    if (cmd__start) begin
      \$334  = \$signal ;
    end
    if (rst) begin
      \$334  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$335  = p_shift_c11_keep;
    if (cmd__start) begin
      \$335  = \$signal ;
    end
    if (rst) begin
      \$335  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$336  = p_shift_c12_keep;
    if (cmd__start) begin
      \$336  = \$signal ;
    end
    if (rst) begin
      \$336  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$337  = p_shift_c13_keep;
    if (cmd__start) begin
      \$337  = \$signal ;
    end
    if (rst) begin
      \$337  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$338  = p_shift_c14_keep;
    if (cmd__start) begin
      \$338  = \$signal ;
    end
    if (rst) begin
      \$338  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$339  = p_shift_c15_keep;
    if (cmd__start) begin
      \$339  = \$signal ;
    end
    if (rst) begin
      \$339  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$340  = p_res;
    if (cmd__start) begin
      \$340  = n_res;
    end
    if (rst) begin
      \$340  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$341  = thresh_l0;
    if (active) begin
      if (\$244 ) begin
        \$341  = tob_data;
      end
    end
    if (rst) begin
      \$341  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$342  = thresh_l1;
    if (active) begin
      if (\$245 ) begin
        \$342  = tob_data;
      end
    end
    if (rst) begin
      \$342  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$343  = thresh_l2;
    if (active) begin
      if (\$246 ) begin
        \$343  = tob_data;
      end
    end
    if (rst) begin
      \$343  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$344  = sc_bits;
    if (active) begin
      if (\$251 ) begin
        \$344  = { \$253 , \$252  };
      end
    end
    if (rst) begin
      \$344  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$345  = old_bits;
    if (active) begin
      if (\$257 ) begin
        \$345  = { \$259 , \$258  };
      end
    end
    if (rst) begin
      \$345  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$346  = \$300 ;
    if (rst) begin
      \$346  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$347  = acc_all;
    if (\$301 ) begin
      \$347  = \acc$80 ;
    end
    if (rst) begin
      \$347  = 768'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$348  = \$302 ;
    if (rst) begin
      \$348  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$349  = crow;
    if (rst) begin
      \$349  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$350  = cbit;
    if (rst) begin
      \$350  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$351  = y;
    if (rst) begin
      \$351  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$352  = scores;
    if (rst) begin
      \$352  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$353  = srow;
    if (rst) begin
      \$353  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$38 ) begin end
    \$354  = sbit;
    if (rst) begin
      \$354  = 4'h0;
    end
  end
  assign acc_hold = cmd__acc_hold;
  assign acc_q = acc;
  assign \active$35  = \$like$19 ;
  assign shift = { p_shift_c15_keep, p_shift_c14_keep, p_shift_c13_keep, p_shift_c12_keep, p_shift_c11_keep, p_shift_c10_keep, p_shift_c9_keep, p_shift_c8_keep, p_shift_c7_keep, p_shift_c6_keep, p_shift_c5_keep, p_shift_c4_keep, p_shift_c3_keep, p_shift_c2_keep, p_shift_c1_keep, p_shift_c0_keep };
  assign thresh = { thresh_l2, thresh_l1, thr0_q };
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
  assign \$6  = 1'h0;
  assign \$7  = \$3 ;
  assign \$17  = 1'h0;
  assign cmd__refused = \$16 ;
endmodule

(* generator = "Amaranth" *)
module \accel_top.post.thresh_unit (\port$4644$0 , \port$4646$0 , \port$4648$0 , \port$4650$0 , \port$4652$0 , \port$4654$0 , \port$4656$0 , \port$4658$0 , \port$4660$0 , \port$4662$0 , \port$4664$0 , \port$4666$0 , \port$4668$0 , \port$4670$0 , \port$4672$0 , \port$4674$0 , \port$4680$0 , \port$4682$0 , \port$4688$0 , acc, y
, scores, active);
  wire [24:0] \$1 ;
  wire [2:0] \$10 ;
  wire [2:0] \$100 ;
  wire [24:0] \$101 ;
  wire [26:0] \$102 ;
  wire \$103 ;
  wire \$104 ;
  wire \$105 ;
  wire \$106 ;
  wire \$107 ;
  wire \$108 ;
  wire [1:0] \$109 ;
  wire [24:0] \$11 ;
  wire [2:0] \$110 ;
  wire [24:0] \$111 ;
  wire [26:0] \$112 ;
  wire \$113 ;
  wire \$114 ;
  wire \$115 ;
  wire \$116 ;
  wire \$117 ;
  wire \$118 ;
  wire [1:0] \$119 ;
  wire [26:0] \$12 ;
  wire [2:0] \$120 ;
  wire [24:0] \$121 ;
  wire [26:0] \$122 ;
  wire \$123 ;
  wire \$124 ;
  wire \$125 ;
  wire \$126 ;
  wire \$127 ;
  wire \$128 ;
  wire [1:0] \$129 ;
  wire \$13 ;
  wire [2:0] \$130 ;
  wire [24:0] \$131 ;
  wire [26:0] \$132 ;
  wire \$133 ;
  wire \$134 ;
  wire \$135 ;
  wire \$136 ;
  wire \$137 ;
  wire \$138 ;
  wire [1:0] \$139 ;
  wire \$14 ;
  wire [2:0] \$140 ;
  wire [24:0] \$141 ;
  wire [26:0] \$142 ;
  wire \$143 ;
  wire \$144 ;
  wire \$145 ;
  wire \$146 ;
  wire \$147 ;
  wire \$148 ;
  wire [1:0] \$149 ;
  wire \$15 ;
  wire [2:0] \$150 ;
  wire [24:0] \$151 ;
  wire [26:0] \$152 ;
  wire \$153 ;
  wire \$154 ;
  wire \$155 ;
  wire \$156 ;
  wire \$157 ;
  wire \$158 ;
  wire [1:0] \$159 ;
  wire \$16 ;
  wire [2:0] \$160 ;
  wire \$17 ;
  wire \$18 ;
  wire [1:0] \$19 ;
  wire [26:0] \$2 ;
  wire [2:0] \$20 ;
  wire [24:0] \$21 ;
  wire [26:0] \$22 ;
  wire \$23 ;
  wire \$24 ;
  wire \$25 ;
  wire \$26 ;
  wire \$27 ;
  wire \$28 ;
  wire [1:0] \$29 ;
  wire \$3 ;
  wire [2:0] \$30 ;
  wire [24:0] \$31 ;
  wire [26:0] \$32 ;
  wire \$33 ;
  wire \$34 ;
  wire \$35 ;
  wire \$36 ;
  wire \$37 ;
  wire \$38 ;
  wire [1:0] \$39 ;
  wire \$4 ;
  wire [2:0] \$40 ;
  wire [24:0] \$41 ;
  wire [26:0] \$42 ;
  wire \$43 ;
  wire \$44 ;
  wire \$45 ;
  wire \$46 ;
  wire \$47 ;
  wire \$48 ;
  wire [1:0] \$49 ;
  wire \$5 ;
  wire [2:0] \$50 ;
  wire [24:0] \$51 ;
  wire [26:0] \$52 ;
  wire \$53 ;
  wire \$54 ;
  wire \$55 ;
  wire \$56 ;
  wire \$57 ;
  wire \$58 ;
  wire [1:0] \$59 ;
  wire \$6 ;
  wire [2:0] \$60 ;
  wire [24:0] \$61 ;
  wire [26:0] \$62 ;
  wire \$63 ;
  wire \$64 ;
  wire \$65 ;
  wire \$66 ;
  wire \$67 ;
  wire \$68 ;
  wire [1:0] \$69 ;
  wire \$7 ;
  wire [2:0] \$70 ;
  wire [24:0] \$71 ;
  wire [26:0] \$72 ;
  wire \$73 ;
  wire \$74 ;
  wire \$75 ;
  wire \$76 ;
  wire \$77 ;
  wire \$78 ;
  wire [1:0] \$79 ;
  wire \$8 ;
  wire [2:0] \$80 ;
  wire [24:0] \$81 ;
  wire [26:0] \$82 ;
  wire \$83 ;
  wire \$84 ;
  wire \$85 ;
  wire \$86 ;
  wire \$87 ;
  wire \$88 ;
  wire [1:0] \$89 ;
  wire [1:0] \$9 ;
  wire [2:0] \$90 ;
  wire [24:0] \$91 ;
  wire [26:0] \$92 ;
  wire \$93 ;
  wire \$94 ;
  wire \$95 ;
  wire \$96 ;
  wire \$97 ;
  wire \$98 ;
  wire [1:0] \$99 ;
  input [383:0] acc;
  wire [383:0] acc;
  input [1:0] active;
  wire [1:0] active;
  wire [25:0] diff_c0;
  wire [25:0] diff_c1;
  wire [25:0] diff_c10;
  wire [25:0] diff_c11;
  wire [25:0] diff_c12;
  wire [25:0] diff_c13;
  wire [25:0] diff_c14;
  wire [25:0] diff_c15;
  wire [25:0] diff_c2;
  wire [25:0] diff_c3;
  wire [25:0] diff_c4;
  wire [25:0] diff_c5;
  wire [25:0] diff_c6;
  wire [25:0] diff_c7;
  wire [25:0] diff_c8;
  wire [25:0] diff_c9;
  wire hit_c0_l0;
  wire hit_c0_l1;
  wire hit_c0_l2;
  wire hit_c10_l0;
  wire hit_c10_l1;
  wire hit_c10_l2;
  wire hit_c11_l0;
  wire hit_c11_l1;
  wire hit_c11_l2;
  wire hit_c12_l0;
  wire hit_c12_l1;
  wire hit_c12_l2;
  wire hit_c13_l0;
  wire hit_c13_l1;
  wire hit_c13_l2;
  wire hit_c14_l0;
  wire hit_c14_l1;
  wire hit_c14_l2;
  wire hit_c15_l0;
  wire hit_c15_l1;
  wire hit_c15_l2;
  wire hit_c1_l0;
  wire hit_c1_l1;
  wire hit_c1_l2;
  wire hit_c2_l0;
  wire hit_c2_l1;
  wire hit_c2_l2;
  wire hit_c3_l0;
  wire hit_c3_l1;
  wire hit_c3_l2;
  wire hit_c4_l0;
  wire hit_c4_l1;
  wire hit_c4_l2;
  wire hit_c5_l0;
  wire hit_c5_l1;
  wire hit_c5_l2;
  wire hit_c6_l0;
  wire hit_c6_l1;
  wire hit_c6_l2;
  wire hit_c7_l0;
  wire hit_c7_l1;
  wire hit_c7_l2;
  wire hit_c8_l0;
  wire hit_c8_l1;
  wire hit_c8_l2;
  wire hit_c9_l0;
  wire hit_c9_l1;
  wire hit_c9_l2;
  input \port$4644$0 ;
  wire \port$4644$0 ;
  input \port$4646$0 ;
  wire \port$4646$0 ;
  input \port$4648$0 ;
  wire \port$4648$0 ;
  input \port$4650$0 ;
  wire \port$4650$0 ;
  input \port$4652$0 ;
  wire \port$4652$0 ;
  input \port$4654$0 ;
  wire \port$4654$0 ;
  input \port$4656$0 ;
  wire \port$4656$0 ;
  input \port$4658$0 ;
  wire \port$4658$0 ;
  input \port$4660$0 ;
  wire \port$4660$0 ;
  input \port$4662$0 ;
  wire \port$4662$0 ;
  input \port$4664$0 ;
  wire \port$4664$0 ;
  input \port$4666$0 ;
  wire \port$4666$0 ;
  input \port$4668$0 ;
  wire \port$4668$0 ;
  input \port$4670$0 ;
  wire \port$4670$0 ;
  input \port$4672$0 ;
  wire \port$4672$0 ;
  input \port$4674$0 ;
  wire \port$4674$0 ;
  input [383:0] \port$4680$0 ;
  wire [383:0] \port$4680$0 ;
  input [383:0] \port$4682$0 ;
  wire [383:0] \port$4682$0 ;
  input [383:0] \port$4688$0 ;
  wire [383:0] \port$4688$0 ;
  output [383:0] scores;
  wire [383:0] scores;
  wire [15:0] shift;
  wire [1151:0] thresh;
  output [31:0] y;
  wire [31:0] y;
  assign \$1  = acc[23:0] << \port$4644$0 ;
  assign \$2  = \$1  - \port$4688$0 [23:0];
  assign \$3  = active > 1'h0;
  assign \$4  = ~ \$2 [25];
  assign hit_c0_l0 = \$3  & \$4 ;
  assign \$5  = active > 1'h1;
  assign \$6  = acc[23:0] >= \port$4680$0 [23:0];
  assign hit_c0_l1 = \$5  & \$6 ;
  assign \$7  = active > 2'h2;
  assign \$8  = acc[23:0] >= \port$4682$0 [23:0];
  assign hit_c0_l2 = \$7  & \$8 ;
  assign \$9  = hit_c0_l0 + hit_c0_l1;
  assign \$10  = \$9  + hit_c0_l2;
  assign \$11  = acc[47:24] << \port$4646$0 ;
  assign \$12  = \$11  - \port$4688$0 [47:24];
  assign \$13  = active > 1'h0;
  assign \$14  = ~ \$12 [25];
  assign hit_c1_l0 = \$13  & \$14 ;
  assign \$15  = active > 1'h1;
  assign \$16  = acc[47:24] >= \port$4680$0 [47:24];
  assign hit_c1_l1 = \$15  & \$16 ;
  assign \$17  = active > 2'h2;
  assign \$18  = acc[47:24] >= \port$4682$0 [47:24];
  assign hit_c1_l2 = \$17  & \$18 ;
  assign \$19  = hit_c1_l0 + hit_c1_l1;
  assign \$20  = \$19  + hit_c1_l2;
  assign \$21  = acc[71:48] << \port$4648$0 ;
  assign \$22  = \$21  - \port$4688$0 [71:48];
  assign \$23  = active > 1'h0;
  assign \$24  = ~ \$22 [25];
  assign hit_c2_l0 = \$23  & \$24 ;
  assign \$25  = active > 1'h1;
  assign \$26  = acc[71:48] >= \port$4680$0 [71:48];
  assign hit_c2_l1 = \$25  & \$26 ;
  assign \$27  = active > 2'h2;
  assign \$28  = acc[71:48] >= \port$4682$0 [71:48];
  assign hit_c2_l2 = \$27  & \$28 ;
  assign \$29  = hit_c2_l0 + hit_c2_l1;
  assign \$30  = \$29  + hit_c2_l2;
  assign \$31  = acc[95:72] << \port$4650$0 ;
  assign \$32  = \$31  - \port$4688$0 [95:72];
  assign \$33  = active > 1'h0;
  assign \$34  = ~ \$32 [25];
  assign hit_c3_l0 = \$33  & \$34 ;
  assign \$35  = active > 1'h1;
  assign \$36  = acc[95:72] >= \port$4680$0 [95:72];
  assign hit_c3_l1 = \$35  & \$36 ;
  assign \$37  = active > 2'h2;
  assign \$38  = acc[95:72] >= \port$4682$0 [95:72];
  assign hit_c3_l2 = \$37  & \$38 ;
  assign \$39  = hit_c3_l0 + hit_c3_l1;
  assign \$40  = \$39  + hit_c3_l2;
  assign \$41  = acc[119:96] << \port$4652$0 ;
  assign \$42  = \$41  - \port$4688$0 [119:96];
  assign \$43  = active > 1'h0;
  assign \$44  = ~ \$42 [25];
  assign hit_c4_l0 = \$43  & \$44 ;
  assign \$45  = active > 1'h1;
  assign \$46  = acc[119:96] >= \port$4680$0 [119:96];
  assign hit_c4_l1 = \$45  & \$46 ;
  assign \$47  = active > 2'h2;
  assign \$48  = acc[119:96] >= \port$4682$0 [119:96];
  assign hit_c4_l2 = \$47  & \$48 ;
  assign \$49  = hit_c4_l0 + hit_c4_l1;
  assign \$50  = \$49  + hit_c4_l2;
  assign \$51  = acc[143:120] << \port$4654$0 ;
  assign \$52  = \$51  - \port$4688$0 [143:120];
  assign \$53  = active > 1'h0;
  assign \$54  = ~ \$52 [25];
  assign hit_c5_l0 = \$53  & \$54 ;
  assign \$55  = active > 1'h1;
  assign \$56  = acc[143:120] >= \port$4680$0 [143:120];
  assign hit_c5_l1 = \$55  & \$56 ;
  assign \$57  = active > 2'h2;
  assign \$58  = acc[143:120] >= \port$4682$0 [143:120];
  assign hit_c5_l2 = \$57  & \$58 ;
  assign \$59  = hit_c5_l0 + hit_c5_l1;
  assign \$60  = \$59  + hit_c5_l2;
  assign \$61  = acc[167:144] << \port$4656$0 ;
  assign \$62  = \$61  - \port$4688$0 [167:144];
  assign \$63  = active > 1'h0;
  assign \$64  = ~ \$62 [25];
  assign hit_c6_l0 = \$63  & \$64 ;
  assign \$65  = active > 1'h1;
  assign \$66  = acc[167:144] >= \port$4680$0 [167:144];
  assign hit_c6_l1 = \$65  & \$66 ;
  assign \$67  = active > 2'h2;
  assign \$68  = acc[167:144] >= \port$4682$0 [167:144];
  assign hit_c6_l2 = \$67  & \$68 ;
  assign \$69  = hit_c6_l0 + hit_c6_l1;
  assign \$70  = \$69  + hit_c6_l2;
  assign \$71  = acc[191:168] << \port$4658$0 ;
  assign \$72  = \$71  - \port$4688$0 [191:168];
  assign \$73  = active > 1'h0;
  assign \$74  = ~ \$72 [25];
  assign hit_c7_l0 = \$73  & \$74 ;
  assign \$75  = active > 1'h1;
  assign \$76  = acc[191:168] >= \port$4680$0 [191:168];
  assign hit_c7_l1 = \$75  & \$76 ;
  assign \$77  = active > 2'h2;
  assign \$78  = acc[191:168] >= \port$4682$0 [191:168];
  assign hit_c7_l2 = \$77  & \$78 ;
  assign \$79  = hit_c7_l0 + hit_c7_l1;
  assign \$80  = \$79  + hit_c7_l2;
  assign \$81  = acc[215:192] << \port$4660$0 ;
  assign \$82  = \$81  - \port$4688$0 [215:192];
  assign \$83  = active > 1'h0;
  assign \$84  = ~ \$82 [25];
  assign hit_c8_l0 = \$83  & \$84 ;
  assign \$85  = active > 1'h1;
  assign \$86  = acc[215:192] >= \port$4680$0 [215:192];
  assign hit_c8_l1 = \$85  & \$86 ;
  assign \$87  = active > 2'h2;
  assign \$88  = acc[215:192] >= \port$4682$0 [215:192];
  assign hit_c8_l2 = \$87  & \$88 ;
  assign \$89  = hit_c8_l0 + hit_c8_l1;
  assign \$90  = \$89  + hit_c8_l2;
  assign \$91  = acc[239:216] << \port$4662$0 ;
  assign \$92  = \$91  - \port$4688$0 [239:216];
  assign \$93  = active > 1'h0;
  assign \$94  = ~ \$92 [25];
  assign hit_c9_l0 = \$93  & \$94 ;
  assign \$95  = active > 1'h1;
  assign \$96  = acc[239:216] >= \port$4680$0 [239:216];
  assign hit_c9_l1 = \$95  & \$96 ;
  assign \$97  = active > 2'h2;
  assign \$98  = acc[239:216] >= \port$4682$0 [239:216];
  assign hit_c9_l2 = \$97  & \$98 ;
  assign \$99  = hit_c9_l0 + hit_c9_l1;
  assign \$100  = \$99  + hit_c9_l2;
  assign \$101  = acc[263:240] << \port$4664$0 ;
  assign \$102  = \$101  - \port$4688$0 [263:240];
  assign \$103  = active > 1'h0;
  assign \$104  = ~ \$102 [25];
  assign hit_c10_l0 = \$103  & \$104 ;
  assign \$105  = active > 1'h1;
  assign \$106  = acc[263:240] >= \port$4680$0 [263:240];
  assign hit_c10_l1 = \$105  & \$106 ;
  assign \$107  = active > 2'h2;
  assign \$108  = acc[263:240] >= \port$4682$0 [263:240];
  assign hit_c10_l2 = \$107  & \$108 ;
  assign \$109  = hit_c10_l0 + hit_c10_l1;
  assign \$110  = \$109  + hit_c10_l2;
  assign \$111  = acc[287:264] << \port$4666$0 ;
  assign \$112  = \$111  - \port$4688$0 [287:264];
  assign \$113  = active > 1'h0;
  assign \$114  = ~ \$112 [25];
  assign hit_c11_l0 = \$113  & \$114 ;
  assign \$115  = active > 1'h1;
  assign \$116  = acc[287:264] >= \port$4680$0 [287:264];
  assign hit_c11_l1 = \$115  & \$116 ;
  assign \$117  = active > 2'h2;
  assign \$118  = acc[287:264] >= \port$4682$0 [287:264];
  assign hit_c11_l2 = \$117  & \$118 ;
  assign \$119  = hit_c11_l0 + hit_c11_l1;
  assign \$120  = \$119  + hit_c11_l2;
  assign \$121  = acc[311:288] << \port$4668$0 ;
  assign \$122  = \$121  - \port$4688$0 [311:288];
  assign \$123  = active > 1'h0;
  assign \$124  = ~ \$122 [25];
  assign hit_c12_l0 = \$123  & \$124 ;
  assign \$125  = active > 1'h1;
  assign \$126  = acc[311:288] >= \port$4680$0 [311:288];
  assign hit_c12_l1 = \$125  & \$126 ;
  assign \$127  = active > 2'h2;
  assign \$128  = acc[311:288] >= \port$4682$0 [311:288];
  assign hit_c12_l2 = \$127  & \$128 ;
  assign \$129  = hit_c12_l0 + hit_c12_l1;
  assign \$130  = \$129  + hit_c12_l2;
  assign \$131  = acc[335:312] << \port$4670$0 ;
  assign \$132  = \$131  - \port$4688$0 [335:312];
  assign \$133  = active > 1'h0;
  assign \$134  = ~ \$132 [25];
  assign hit_c13_l0 = \$133  & \$134 ;
  assign \$135  = active > 1'h1;
  assign \$136  = acc[335:312] >= \port$4680$0 [335:312];
  assign hit_c13_l1 = \$135  & \$136 ;
  assign \$137  = active > 2'h2;
  assign \$138  = acc[335:312] >= \port$4682$0 [335:312];
  assign hit_c13_l2 = \$137  & \$138 ;
  assign \$139  = hit_c13_l0 + hit_c13_l1;
  assign \$140  = \$139  + hit_c13_l2;
  assign \$141  = acc[359:336] << \port$4672$0 ;
  assign \$142  = \$141  - \port$4688$0 [359:336];
  assign \$143  = active > 1'h0;
  assign \$144  = ~ \$142 [25];
  assign hit_c14_l0 = \$143  & \$144 ;
  assign \$145  = active > 1'h1;
  assign \$146  = acc[359:336] >= \port$4680$0 [359:336];
  assign hit_c14_l1 = \$145  & \$146 ;
  assign \$147  = active > 2'h2;
  assign \$148  = acc[359:336] >= \port$4682$0 [359:336];
  assign hit_c14_l2 = \$147  & \$148 ;
  assign \$149  = hit_c14_l0 + hit_c14_l1;
  assign \$150  = \$149  + hit_c14_l2;
  assign \$151  = acc[383:360] << \port$4674$0 ;
  assign \$152  = \$151  - \port$4688$0 [383:360];
  assign \$153  = active > 1'h0;
  assign \$154  = ~ \$152 [25];
  assign hit_c15_l0 = \$153  & \$154 ;
  assign \$155  = active > 1'h1;
  assign \$156  = acc[383:360] >= \port$4680$0 [383:360];
  assign hit_c15_l1 = \$155  & \$156 ;
  assign \$157  = active > 2'h2;
  assign \$158  = acc[383:360] >= \port$4682$0 [383:360];
  assign hit_c15_l2 = \$157  & \$158 ;
  assign \$159  = hit_c15_l0 + hit_c15_l1;
  assign \$160  = \$159  + hit_c15_l2;
  assign diff_c0 = \$2 [25:0];
  assign shift = { \port$4674$0 , \port$4672$0 , \port$4670$0 , \port$4668$0 , \port$4666$0 , \port$4664$0 , \port$4662$0 , \port$4660$0 , \port$4658$0 , \port$4656$0 , \port$4654$0 , \port$4652$0 , \port$4650$0 , \port$4648$0 , \port$4646$0 , \port$4644$0  };
  assign thresh = { \port$4682$0 , \port$4680$0 , \port$4688$0  };
  assign diff_c1 = \$12 [25:0];
  assign diff_c2 = \$22 [25:0];
  assign diff_c3 = \$32 [25:0];
  assign diff_c4 = \$42 [25:0];
  assign diff_c5 = \$52 [25:0];
  assign diff_c6 = \$62 [25:0];
  assign diff_c7 = \$72 [25:0];
  assign diff_c8 = \$82 [25:0];
  assign diff_c9 = \$92 [25:0];
  assign diff_c10 = \$102 [25:0];
  assign diff_c11 = \$112 [25:0];
  assign diff_c12 = \$122 [25:0];
  assign diff_c13 = \$132 [25:0];
  assign diff_c14 = \$142 [25:0];
  assign diff_c15 = \$152 [25:0];
  assign scores[383:360] = \$152 [23:0];
  assign scores[359:336] = \$142 [23:0];
  assign scores[335:312] = \$132 [23:0];
  assign scores[311:288] = \$122 [23:0];
  assign scores[287:264] = \$112 [23:0];
  assign scores[263:240] = \$102 [23:0];
  assign scores[239:216] = \$92 [23:0];
  assign scores[215:192] = \$82 [23:0];
  assign scores[191:168] = \$72 [23:0];
  assign scores[167:144] = \$62 [23:0];
  assign scores[143:120] = \$52 [23:0];
  assign scores[119:96] = \$42 [23:0];
  assign scores[95:72] = \$32 [23:0];
  assign scores[71:48] = \$22 [23:0];
  assign scores[47:24] = \$12 [23:0];
  assign scores[23:0] = \$2 [23:0];
  assign y[31:30] = \$160 [1:0];
  assign y[29:28] = \$150 [1:0];
  assign y[27:26] = \$140 [1:0];
  assign y[25:24] = \$130 [1:0];
  assign y[23:22] = \$120 [1:0];
  assign y[21:20] = \$110 [1:0];
  assign y[19:18] = \$100 [1:0];
  assign y[17:16] = \$90 [1:0];
  assign y[15:14] = \$80 [1:0];
  assign y[13:12] = \$70 [1:0];
  assign y[11:10] = \$60 [1:0];
  assign y[9:8] = \$50 [1:0];
  assign y[7:6] = \$40 [1:0];
  assign y[5:4] = \$30 [1:0];
  assign y[3:2] = \$20 [1:0];
  assign y[1:0] = \$10 [1:0];
endmodule

(* generator = "Amaranth" *)
module \accel_top.store (clk, rst, tob_data, cmd__refused, mem_wr_valid, cmd__decode, cmd__start, cmd__issue, cmd__instr, act_data, inc, act_hold, cmd__done, act_rd__en, tob_rd__en, raddr, mem_wr_addr, mem_wr_data, mem_wr_ready);
  reg \$auto$verilog_backend.cc:2355:dump_module$39  = 0;
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
  wire \$19 ;
  wire \$2 ;
  wire [2:0] \$20 ;
  wire [2:0] \$21 ;
  wire [2:0] \$22 ;
  wire \$23 ;
  wire [8:0] \$24 ;
  wire [16:0] \$25 ;
  wire [16:0] \$26 ;
  wire [9:0] \$27 ;
  wire \$28 ;
  wire \$29 ;
  wire \$3 ;
  wire \$30 ;
  wire \$31 ;
  wire \$32 ;
  wire \$33 ;
  wire \$34 ;
  wire \$35 ;
  wire \$36 ;
  wire [5:0] \$37 ;
  wire \$38 ;
  wire [5:0] \$39 ;
  wire \$4 ;
  wire \$40 ;
  wire [32:0] \$41 ;
  wire [32:0] \$42 ;
  wire \$43 ;
  wire [5:0] \$44 ;
  wire [9:0] \$45 ;
  wire \$46 ;
  wire [5:0] \$47 ;
  wire [9:0] \$48 ;
  wire [10:0] \$49 ;
  wire \$5 ;
  wire [32:0] \$50 ;
  wire [10:0] \$51 ;
  wire \$52 ;
  wire [9:0] \$53 ;
  wire [3:0] \$54 ;
  wire [32:0] \$55 ;
  wire [3:0] \$56 ;
  wire \$57 ;
  wire \$58 ;
  wire \$59 ;
  reg [63:0] \$6 ;
  wire \$60 ;
  wire \$61 ;
  wire \$62 ;
  wire [383:0] \$63 ;
  wire [383:0] \$64 ;
  wire [63:0] \$65 ;
  reg [2:0] \$66 ;
  reg [8:0] \$67 ;
  reg \$68 ;
  reg [4:0] \$69 ;
  wire \$7 ;
  reg [9:0] \$70 ;
  reg [2:0] \$71 ;
  reg [9:0] \$72 ;
  reg [4:0] \$73 ;
  reg [2:0] \$74 ;
  reg [31:0] \$75 ;
  reg [31:0] \$76 ;
  reg \$77 ;
  reg \$78 ;
  reg \$79 ;
  wire \$8 ;
  reg [8:0] \$80 ;
  reg [8:0] \$81 ;
  reg \$82 ;
  reg \$83 ;
  reg \$84 ;
  reg \$85 ;
  reg \$86 ;
  reg [4:0] \$87 ;
  reg [2:0] \$88 ;
  reg [31:0] \$89 ;
  wire \$9 ;
  reg \$90 ;
  reg [31:0] \$91 ;
  reg \$92 ;
  reg [4:0] \$93 ;
  reg [2:0] \$94 ;
  reg [383:0] \$95 ;
  reg [31:0] \$96 ;
  reg \$97 ;
  reg [63:0] \$98 ;
  reg \$signal  = 1'h0;
  reg \$signal$13  = 1'h0;
  reg [4:0] \$signal$30  = 5'h00;
  reg [9:0] \$signal$33  = 10'h000;
  reg [31:0] \$signal$36  = 32'd0;
  reg \$signal$38  = 1'h0;
  reg \$signal$39  = 1'h0;
  reg \$signal$42  = 1'h0;
  reg \$signal$43  = 1'h0;
  reg [4:0] \$signal$45  = 5'h00;
  reg \$signal$50  = 1'h0;
  input [127:0] act_data;
  wire [127:0] act_data;
  output act_hold;
  reg act_hold;
  wire [7:0] act_rd__addr;
  output act_rd__en;
  reg act_rd__en;
  reg active = 1'h0;
  reg [4:0] b1 = 5'h00;
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
  output [31:0] mem_wr_addr;
  reg [31:0] mem_wr_addr = 32'd0;
  output [63:0] mem_wr_data;
  reg [63:0] mem_wr_data = 64'h0000000000000000;
  input mem_wr_ready;
  wire mem_wr_ready;
  output mem_wr_valid;
  wire mem_wr_valid;
  reg [2:0] n_nb1 = 3'h0;
  reg [8:0] n_t_base = 9'h000;
  reg [2:0] nb1 = 3'h0;
  reg [31:0] o_addr = 32'd0;
  reg [31:0] o_addr2 = 32'd0;
  (* init = 32'd0 *)
  wire [31:0] o_addr3;
  reg [4:0] o_bank2 = 5'h00;
  reg [2:0] o_beat = 3'h0;
  reg [2:0] o_beat2 = 3'h0;
  (* init = 64'h0000000000000000 *)
  wire [63:0] o_data3;
  reg o_last = 1'h0;
  reg [383:0] out_q = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  output [8:0] raddr;
  reg [8:0] raddr = 9'h000;
  input rst;
  wire rst;
  reg [31:0] s_cur = 32'd0;
  reg [63:0] store_act;
  reg [8:0] t_row = 9'h000;
  input [383:0] tob_data;
  wire [383:0] tob_data;
  (* init = 9'h000 *)
  wire [8:0] tob_rd__addr;
  output tob_rd__en;
  reg tob_rd__en;
  reg [2:0] tx_beat = 3'h0;
  reg tx_kl = 1'h0;
  reg [9:0] tx_word = 10'h000;
  assign \$2  = cmd__decode[9:8] == 2'h2;
  assign cmd__refused = \$1  | \$2 ;
  assign \$3  = ~ \$signal ;
  assign \$4  = \$3  | mem_wr_ready;
  assign \$5  = ! tx_beat;
  assign \$7  = ~ \$signal ;
  assign \$8  = \$7  | mem_wr_ready;
  assign \$9  = ~ \$8 ;
  assign \$10  = \$signal  & mem_wr_ready;
  assign \$11  = ~ mem_wr_ready;
  assign \$12  = \$signal  & \$11 ;
  assign \$13  = ~ \$12 ;
  assign \$14  = ~ mem_wr_ready;
  assign \$15  = \$signal  & \$14 ;
  assign \$16  = ~ \$15 ;
  assign mem_wr_valid = active & \$signal ;
  assign \$17  = ! cmd__decode[9:8];
  assign \$18  = cmd__decode[9:8] == 1'h1;
  assign \$19  = cmd__decode[9:8] == 2'h2;
  assign \$20  = \$19  ? 3'h0 : 3'h5;
  assign \$21  = \$18  ? 3'h0 : \$20 ;
  assign \$22  = \$17  ? 3'h0 : \$21 ;
  assign \$23  = cmd__decode[9:8] == 2'h3;
  assign \$24  = \$23  ? 9'h100 : 9'h000;
  assign \$25  = cmd__decode[25:10] + \$24 ;
  assign \$26  = cmd__issue[50:35] - 1'h1;
  assign \$27  = cmd__issue[34:26] - 1'h1;
  assign \$28  = ! n_nb1;
  assign \$29  = cmd__issue[50:35] == 1'h1;
  assign \$30  = cmd__issue[34:26] == 1'h1;
  assign \$31  = cmd__issue[9:8] == 2'h3;
  assign \$32  = ~ \$signal ;
  assign \$33  = \$32  | mem_wr_ready;
  assign \$34  = \$signal$38  & \$signal$39 ;
  assign \$35  = \$34  & tx_kl;
  assign \$36  = ! nb1;
  assign \$37  = \$signal$30  + 1'h1;
  assign \$38  = ! \$signal$33 ;
  assign \$39  = \$signal$30  + 1'h1;
  assign \$40  = \$39  == b1;
  assign \$41  = \$signal$36  + cmd__instr[114:83];
  assign \$42  = \$signal$36  + cmd__instr[114:83];
  assign \$43  = cmd__instr[9:8] == 2'h3;
  assign \$44  = \$43  ? 6'h20 : 6'h00;
  assign \$45  = t_row + \$44 ;
  assign \$46  = cmd__instr[9:8] == 2'h3;
  assign \$47  = \$46  ? 6'h20 : 6'h00;
  assign \$48  = t_row + \$47 ;
  assign \$49  = tx_word + 1'h1;
  assign \$50  = s_cur + 4'h8;
  assign \$51  = tx_word + 1'h1;
  assign \$52  = \$51  == \$signal$33 ;
  assign \$53  = raddr + 1'h1;
  assign \$54  = tx_beat + 1'h1;
  assign \$55  = s_cur + 4'h8;
  assign \$56  = tx_beat + 1'h1;
  assign \$57  = \$56  == nb1;
  assign \$58  = \$signal$38  & \$signal$39 ;
  assign \$59  = \$58  & tx_kl;
  assign \$60  = ~ \$signal ;
  assign \$61  = \$60  | mem_wr_ready;
  assign \$62  = ! o_beat;
  assign \$64  = \$62  ? tob_data : \$63 ;
  assign \$65  = is_out ? out_q[63:0] : store_act;
  always @(posedge clk)
    n_nb1 <= \$66 ;
  always @(posedge clk)
    n_t_base <= \$67 ;
  always @(posedge clk)
    active <= \$68 ;
  always @(posedge clk)
    \$signal$30  <= \$69 ;
  always @(posedge clk)
    tx_word <= \$70 ;
  always @(posedge clk)
    nb1 <= \$71 ;
  always @(posedge clk)
    \$signal$33  <= \$72 ;
  always @(posedge clk)
    b1 <= \$73 ;
  always @(posedge clk)
    tx_beat <= \$74 ;
  always @(posedge clk)
    \$signal$36  <= \$75 ;
  always @(posedge clk)
    s_cur <= \$76 ;
  always @(posedge clk)
    \$signal$38  <= \$77 ;
  always @(posedge clk)
    \$signal$39  <= \$78 ;
  always @(posedge clk)
    tx_kl <= \$79 ;
  always @(posedge clk)
    t_row <= \$80 ;
  always @(posedge clk)
    raddr <= \$81 ;
  always @(posedge clk)
    issuing <= \$82 ;
  always @(posedge clk)
    \$signal$42  <= \$83 ;
  always @(posedge clk)
    \$signal$43  <= \$84 ;
  always @(posedge clk)
    \$signal  <= \$85 ;
  always @(posedge clk)
    is_out <= \$86 ;
  always @(posedge clk)
    \$signal$45  <= \$87 ;
  always @(posedge clk)
    o_beat <= \$88 ;
  always @(posedge clk)
    o_addr <= \$89 ;
  always @(posedge clk)
    o_last <= \$90 ;
  always @(posedge clk)
    o_addr2 <= \$91 ;
  always @(posedge clk)
    \$signal$50  <= \$92 ;
  always @(posedge clk)
    o_bank2 <= \$93 ;
  always @(posedge clk)
    o_beat2 <= \$94 ;
  always @(posedge clk)
    out_q <= \$95 ;
  always @(posedge clk)
    mem_wr_addr <= \$96 ;
  always @(posedge clk)
    \$signal$13  <= \$97 ;
  always @(posedge clk)
    mem_wr_data <= \$98 ;
  assign \$1  = cmd__decode[9:8] == 1'h1;
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    (* full_case = 32'd1 *)
    casez (o_bank2[0])
      1'h0:
          \$6  = act_data[63:0];
      1'h1:
          \$6  = act_data[127:64];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
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
      if (\$10 ) begin
        inc[15:0] = 16'h0001;
      end else begin
        inc[31:16] = 16'h0001;
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    store_act = 64'h0000000000000000;
    if (active) begin
      store_act = \$6 ;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    act_hold = 1'h0;
    if (active) begin
      act_hold = \$9 ;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    cmd__done = 1'h0;
    if (active) begin
      if (\$10 ) begin
        if (\$signal$13 ) begin
          cmd__done = 1'h1;
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    act_rd__en = 1'h0;
    if (active) begin
      act_rd__en = \$13 ;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    tob_rd__en = 1'h0;
    if (active) begin
      tob_rd__en = \$16 ;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$66  = \$22 ;
    if (rst) begin
      \$66  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$67  = \$25 [8:0];
    if (rst) begin
      \$67  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$68  = active;
    if (cmd__start) begin
      \$68  = 1'h1;
    end else if (cmd__done) begin
      \$68  = 1'h0;
    end
    if (rst) begin
      \$68  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$69  = \$signal$30 ;
    if (cmd__start) begin
      \$69  = 5'h00;
    end
    if (active) begin
      if (\$33 ) begin
        if (issuing) begin
          if (\$signal$38 ) begin
            if (\$signal$39 ) begin
              \$69  = \$37 [4:0];
            end
          end
        end
      end
    end
    if (rst) begin
      \$69  = 5'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$70  = tx_word;
    if (cmd__start) begin
      \$70  = 10'h000;
    end
    if (active) begin
      if (\$33 ) begin
        if (issuing) begin
          if (\$signal$38 ) begin
            (* full_case = 32'd1 *)
            if (\$signal$39 ) begin
              \$70  = 10'h000;
            end else begin
              \$70  = \$49 [9:0];
            end
          end
        end
      end
    end
    if (rst) begin
      \$70  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$71  = nb1;
    if (cmd__start) begin
      \$71  = n_nb1;
    end
    if (rst) begin
      \$71  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$72  = \$signal$33 ;
    if (cmd__start) begin
      \$72  = \$26 [9:0];
    end
    if (rst) begin
      \$72  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$73  = b1;
    if (cmd__start) begin
      \$73  = \$27 [4:0];
    end
    if (rst) begin
      \$73  = 5'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$74  = tx_beat;
    if (cmd__start) begin
      \$74  = 3'h0;
    end
    if (active) begin
      if (\$33 ) begin
        if (issuing) begin
          (* full_case = 32'd1 *)
          if (\$signal$38 ) begin
            \$74  = 3'h0;
          end else begin
            \$74  = \$54 [2:0];
          end
        end
      end
    end
    if (rst) begin
      \$74  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$75  = \$signal$36 ;
    if (cmd__start) begin
      \$75  = cmd__issue[82:51];
    end
    if (active) begin
      if (\$33 ) begin
        if (issuing) begin
          if (\$signal$38 ) begin
            if (\$signal$39 ) begin
              \$75  = \$41 [31:0];
            end
          end
        end
      end
    end
    if (rst) begin
      \$75  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$76  = s_cur;
    if (cmd__start) begin
      \$76  = cmd__issue[82:51];
    end
    if (active) begin
      if (\$33 ) begin
        if (issuing) begin
          (* full_case = 32'd1 *)
          if (\$signal$38 ) begin
            (* full_case = 32'd1 *)
            if (\$signal$39 ) begin
              \$76  = \$42 [31:0];
            end else begin
              \$76  = \$50 [31:0];
            end
          end else begin
            \$76  = \$55 [31:0];
          end
        end
      end
    end
    if (rst) begin
      \$76  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$77  = \$signal$38 ;
    if (cmd__start) begin
      \$77  = \$28 ;
    end
    if (active) begin
      if (\$33 ) begin
        if (issuing) begin
          (* full_case = 32'd1 *)
          if (\$signal$38 ) begin
            \$77  = \$36 ;
          end else begin
            \$77  = \$57 ;
          end
        end
      end
    end
    if (rst) begin
      \$77  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$78  = \$signal$39 ;
    if (cmd__start) begin
      \$78  = \$29 ;
    end
    if (active) begin
      if (\$33 ) begin
        if (issuing) begin
          if (\$signal$38 ) begin
            (* full_case = 32'd1 *)
            if (\$signal$39 ) begin
              \$78  = \$38 ;
            end else begin
              \$78  = \$52 ;
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
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$79  = tx_kl;
    if (cmd__start) begin
      \$79  = \$30 ;
    end
    if (active) begin
      if (\$33 ) begin
        if (issuing) begin
          if (\$signal$38 ) begin
            if (\$signal$39 ) begin
              \$79  = \$40 ;
            end
          end
        end
      end
    end
    if (rst) begin
      \$79  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$80  = t_row;
    if (cmd__start) begin
      \$80  = n_t_base;
    end
    if (active) begin
      if (\$33 ) begin
        if (issuing) begin
          if (\$signal$38 ) begin
            if (\$signal$39 ) begin
              \$80  = \$45 [8:0];
            end
          end
        end
      end
    end
    if (rst) begin
      \$80  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$81  = raddr;
    if (cmd__start) begin
      \$81  = n_t_base;
    end
    if (active) begin
      if (\$33 ) begin
        if (issuing) begin
          if (\$signal$38 ) begin
            (* full_case = 32'd1 *)
            if (\$signal$39 ) begin
              \$81  = \$48 [8:0];
            end else begin
              \$81  = \$53 [8:0];
            end
          end
        end
      end
    end
    if (cmd__done) begin
      \$81  = 9'h000;
    end
    if (rst) begin
      \$81  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$82  = issuing;
    if (cmd__start) begin
      \$82  = 1'h1;
    end
    if (active) begin
      if (\$33 ) begin
        if (issuing) begin
          if (\$59 ) begin
            \$82  = 1'h0;
          end
        end
      end
    end
    if (rst) begin
      \$82  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$83  = \$signal$42 ;
    if (cmd__start) begin
      \$83  = 1'h0;
    end
    if (active) begin
      if (\$33 ) begin
        (* full_case = 32'd1 *)
        if (issuing) begin
          \$83  = 1'h1;
        end else begin
          \$83  = 1'h0;
        end
      end
    end
    if (rst) begin
      \$83  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$84  = \$signal$43 ;
    if (cmd__start) begin
      \$84  = 1'h0;
    end
    if (active) begin
      if (\$61 ) begin
        \$84  = \$signal$42 ;
      end
    end
    if (rst) begin
      \$84  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$85  = \$signal ;
    if (cmd__start) begin
      \$85  = 1'h0;
    end
    if (active) begin
      if (\$61 ) begin
        \$85  = \$signal$43 ;
      end
    end
    if (rst) begin
      \$85  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$86  = is_out;
    if (cmd__start) begin
      \$86  = \$31 ;
    end
    if (rst) begin
      \$86  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$87  = \$signal$45 ;
    if (active) begin
      if (\$33 ) begin
        if (issuing) begin
          \$87  = \$signal$30 ;
        end
      end
    end
    if (rst) begin
      \$87  = 5'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$88  = o_beat;
    if (active) begin
      if (\$33 ) begin
        if (issuing) begin
          \$88  = tx_beat;
        end
      end
    end
    if (rst) begin
      \$88  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$89  = o_addr;
    if (active) begin
      if (\$33 ) begin
        if (issuing) begin
          \$89  = s_cur;
        end
      end
    end
    if (rst) begin
      \$89  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$90  = o_last;
    if (active) begin
      if (\$33 ) begin
        if (issuing) begin
          \$90  = \$35 ;
        end
      end
    end
    if (rst) begin
      \$90  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$91  = o_addr2;
    if (active) begin
      if (\$61 ) begin
        \$91  = o_addr;
      end
    end
    if (rst) begin
      \$91  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$92  = \$signal$50 ;
    if (active) begin
      if (\$61 ) begin
        \$92  = o_last;
      end
    end
    if (rst) begin
      \$92  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$93  = o_bank2;
    if (active) begin
      if (\$61 ) begin
        \$93  = \$signal$45 ;
      end
    end
    if (rst) begin
      \$93  = 5'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$94  = o_beat2;
    if (active) begin
      if (\$61 ) begin
        \$94  = o_beat;
      end
    end
    if (rst) begin
      \$94  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$95  = out_q;
    if (active) begin
      if (\$61 ) begin
        \$95  = \$64 ;
      end
    end
    if (rst) begin
      \$95  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$96  = mem_wr_addr;
    if (active) begin
      if (\$61 ) begin
        \$96  = o_addr2;
      end
    end
    if (rst) begin
      \$96  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$97  = \$signal$13 ;
    if (active) begin
      if (\$61 ) begin
        \$97  = \$signal$50 ;
      end
    end
    if (rst) begin
      \$97  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$39 ) begin end
    \$98  = mem_wr_data;
    if (active) begin
      if (\$61 ) begin
        \$98  = \$65 ;
      end
    end
    if (rst) begin
      \$98  = 64'h0000000000000000;
    end
  end
  assign o_addr3 = mem_wr_addr;
  assign o_data3 = mem_wr_data;
  assign act_rd__addr = raddr[7:0];
  assign tob_rd__addr = raddr;
  assign \inc.store_busy  = inc[15:0];
  assign \inc.store_stall  = inc[31:16];
  assign \inc.sram_act_reads  = inc[47:32];
  assign \inc.sram_out_reads  = inc[63:48];
  assign \$63  = { 64'h0000000000000000, out_q[383:64] };
endmodule
