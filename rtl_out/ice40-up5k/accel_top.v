(* top =  1  *)
(* generator = "Amaranth" *)
module accel_top(imem_we, imem_addr, imem_data, mem_rd_ready, mem_rd_data_valid, mem_rd_data, mem_wr_ready, ctr_sel, clk, rst, done, busy, error, mem_rd_valid, mem_rd_addr, mem_rd_len, mem_wr_valid, mem_wr_addr, mem_wr_data, ctr_value, config_id
, start);
  reg \$auto$verilog_backend.cc:2355:dump_module$1  = 0;
  wire \$1 ;
  wire \$10 ;
  wire \$100 ;
  wire \$101 ;
  wire \$102 ;
  wire \$103 ;
  wire \$104 ;
  wire \$105 ;
  reg [15:0] \$106 ;
  wire [15:0] \$107 ;
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
  wire [3:0] \$126 ;
  wire \$127 ;
  wire [8:0] \$128 ;
  wire [9:0] \$129 ;
  wire \$13 ;
  wire [16:0] \$130 ;
  wire \$131 ;
  wire \$132 ;
  wire \$133 ;
  wire \$134 ;
  wire [3:0] \$135 ;
  wire [3:0] \$136 ;
  wire \$137 ;
  wire \$138 ;
  wire \$139 ;
  wire \$14 ;
  wire \$140 ;
  wire [3:0] \$141 ;
  wire [3:0] \$142 ;
  wire \$143 ;
  wire \$144 ;
  wire \$145 ;
  wire \$146 ;
  wire [3:0] \$147 ;
  wire [3:0] \$148 ;
  wire \$149 ;
  wire \$15 ;
  wire \$150 ;
  wire \$151 ;
  wire \$152 ;
  wire [3:0] \$153 ;
  wire [3:0] \$154 ;
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
  wire [10:0] \$169 ;
  wire [16:0] \$17 ;
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
  wire [16:0] \$18 ;
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
  wire [17:0] \$19 ;
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
  wire [10:0] \$202 ;
  wire [10:0] \$203 ;
  wire [10:0] \$204 ;
  reg [23:0] \$205 ;
  reg [23:0] \$206 ;
  reg [23:0] \$207 ;
  reg [23:0] \$208 ;
  reg [23:0] \$209 ;
  wire \$21 ;
  reg [23:0] \$210 ;
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
  wire \$222 ;
  wire \$223 ;
  wire \$224 ;
  wire \$225 ;
  wire [1:0] \$226 ;
  wire [1:0] \$227 ;
  wire [1:0] \$228 ;
  wire \$229 ;
  wire \$23 ;
  wire [16:0] \$230 ;
  wire \$231 ;
  wire [16:0] \$232 ;
  wire \$233 ;
  wire [16:0] \$234 ;
  wire [18:0] \$235 ;
  wire [18:0] \$236 ;
  wire [18:0] \$237 ;
  wire [18:0] \$238 ;
  wire \$239 ;
  wire [9:0] \$24 ;
  wire [7:0] \$240 ;
  wire [16:0] \$241 ;
  wire [11:0] \$242 ;
  wire \$243 ;
  wire \$244 ;
  wire \$245 ;
  wire \$246 ;
  wire \$247 ;
  wire \$248 ;
  wire \$249 ;
  wire [9:0] \$25 ;
  wire \$250 ;
  wire \$251 ;
  wire \$252 ;
  wire \$253 ;
  wire \$254 ;
  wire \$255 ;
  wire \$256 ;
  wire \$257 ;
  wire \$258 ;
  wire \$259 ;
  wire [11:0] \$26 ;
  wire \$260 ;
  wire \$261 ;
  wire \$262 ;
  wire \$263 ;
  wire \$264 ;
  wire \$265 ;
  wire \$266 ;
  wire \$267 ;
  wire \$268 ;
  wire \$269 ;
  wire \$27 ;
  wire \$270 ;
  wire \$271 ;
  wire \$272 ;
  wire \$273 ;
  wire \$274 ;
  wire \$275 ;
  wire \$276 ;
  wire \$277 ;
  wire \$278 ;
  wire \$279 ;
  wire \$28 ;
  wire \$280 ;
  wire \$281 ;
  wire \$282 ;
  wire \$283 ;
  wire \$284 ;
  wire \$285 ;
  wire \$286 ;
  wire \$287 ;
  wire \$288 ;
  wire \$289 ;
  wire \$29 ;
  wire \$290 ;
  wire [15:0] \$291 ;
  wire \$292 ;
  reg [14:0] \$293 ;
  wire [14:0] \$294 ;
  wire [14:0] \$295 ;
  wire \$296 ;
  reg [14:0] \$297 ;
  wire [14:0] \$298 ;
  wire [14:0] \$299 ;
  wire \$3 ;
  wire \$30 ;
  wire [14:0] \$300 ;
  wire \$301 ;
  wire \$302 ;
  wire \$303 ;
  wire [4:0] \$304 ;
  wire [4:0] \$305 ;
  wire [2:0] \$306 ;
  wire \$307 ;
  wire [16:0] \$308 ;
  wire [9:0] \$309 ;
  wire \$31 ;
  wire \$310 ;
  wire \$311 ;
  wire \$312 ;
  wire [16:0] \$313 ;
  wire [9:0] \$314 ;
  wire \$315 ;
  wire [11:0] \$316 ;
  wire [4:0] \$317 ;
  wire [1:0] \$318 ;
  wire [1:0] \$319 ;
  wire \$32 ;
  wire [15:0] \$320 ;
  wire [2:0] \$321 ;
  wire \$322 ;
  wire [10:0] \$323 ;
  wire [32:0] \$324 ;
  wire \$325 ;
  wire \$326 ;
  wire \$327 ;
  wire \$328 ;
  wire [10:0] \$329 ;
  wire \$33 ;
  wire \$330 ;
  wire [10:0] \$331 ;
  wire \$332 ;
  wire [16:0] \$333 ;
  wire [16:0] \$334 ;
  wire \$335 ;
  wire [3:0] \$336 ;
  wire \$337 ;
  wire \$338 ;
  wire \$339 ;
  wire \$34 ;
  wire \$340 ;
  wire \$341 ;
  wire \$342 ;
  wire \$343 ;
  wire \$344 ;
  wire \$345 ;
  wire [10:0] \$346 ;
  wire [32:0] \$347 ;
  wire [32:0] \$348 ;
  wire \$349 ;
  wire \$35 ;
  wire [7:0] \$350 ;
  wire [8:0] \$351 ;
  wire \$352 ;
  wire [7:0] \$353 ;
  wire [8:0] \$354 ;
  wire \$355 ;
  wire [7:0] \$356 ;
  wire [8:0] \$357 ;
  wire [16:0] \$358 ;
  wire [16:0] \$359 ;
  wire \$36 ;
  wire [16:0] \$360 ;
  wire [16:0] \$361 ;
  wire [3:0] \$362 ;
  wire [16:0] \$363 ;
  wire \$364 ;
  wire \$365 ;
  wire \$366 ;
  wire \$367 ;
  wire \$368 ;
  wire \$369 ;
  wire \$37 ;
  wire \$370 ;
  wire \$371 ;
  wire \$372 ;
  wire \$373 ;
  wire \$374 ;
  wire \$375 ;
  wire \$376 ;
  wire \$377 ;
  wire \$378 ;
  wire \$379 ;
  wire \$38 ;
  wire [15:0] \$380 ;
  wire [8:0] \$381 ;
  wire [16:0] \$382 ;
  wire \$383 ;
  wire \$384 ;
  wire \$385 ;
  wire [3:0] \$386 ;
  wire [16:0] \$387 ;
  wire [16:0] \$388 ;
  wire [16:0] \$389 ;
  wire [16:0] \$39 ;
  wire \$390 ;
  wire [3:0] \$391 ;
  wire [10:0] \$392 ;
  wire [16:0] \$393 ;
  wire [16:0] \$394 ;
  wire [3:0] \$395 ;
  wire [10:0] \$396 ;
  wire [11:0] \$397 ;
  wire [16:0] \$398 ;
  wire \$399 ;
  wire \$4 ;
  wire [16:0] \$40 ;
  wire [2:0] \$400 ;
  wire \$401 ;
  wire [16:0] \$402 ;
  wire \$403 ;
  wire \$404 ;
  wire \$405 ;
  wire [1:0] \$406 ;
  wire \$407 ;
  wire \$408 ;
  reg [3:0] \$409 ;
  wire [17:0] \$41 ;
  reg [3:0] \$410 ;
  wire \$411 ;
  wire \$412 ;
  wire [1:0] \$413 ;
  wire [4:0] \$414 ;
  wire \$415 ;
  wire \$416 ;
  wire [16:0] \$417 ;
  wire \$418 ;
  wire \$419 ;
  wire \$42 ;
  wire \$420 ;
  wire [16:0] \$421 ;
  wire [16:0] \$422 ;
  wire [16:0] \$423 ;
  wire [16:0] \$424 ;
  wire [9:0] \$425 ;
  wire \$426 ;
  wire \$427 ;
  wire \$428 ;
  wire \$429 ;
  wire \$43 ;
  wire \$430 ;
  wire \$431 ;
  wire [24:0] \$432 ;
  wire \$433 ;
  wire \$434 ;
  wire \$435 ;
  wire \$436 ;
  wire \$437 ;
  wire \$438 ;
  wire [24:0] \$439 ;
  wire \$44 ;
  wire \$440 ;
  wire \$441 ;
  wire \$442 ;
  wire \$443 ;
  wire \$444 ;
  wire \$445 ;
  wire [24:0] \$446 ;
  wire \$447 ;
  wire \$448 ;
  wire \$449 ;
  wire \$45 ;
  wire \$450 ;
  wire \$451 ;
  wire \$452 ;
  wire [24:0] \$453 ;
  wire \$454 ;
  wire \$455 ;
  wire \$456 ;
  wire \$457 ;
  wire \$458 ;
  wire \$459 ;
  wire [16:0] \$46 ;
  wire [24:0] \$460 ;
  wire \$461 ;
  wire \$462 ;
  wire \$463 ;
  wire \$464 ;
  wire \$465 ;
  wire \$466 ;
  wire [24:0] \$467 ;
  wire \$468 ;
  wire \$469 ;
  wire [16:0] \$47 ;
  wire \$470 ;
  wire \$471 ;
  wire \$472 ;
  wire \$473 ;
  wire [24:0] \$474 ;
  wire \$475 ;
  wire \$476 ;
  wire \$477 ;
  wire \$478 ;
  wire \$479 ;
  wire [17:0] \$48 ;
  wire \$480 ;
  wire [24:0] \$481 ;
  wire \$482 ;
  wire \$483 ;
  wire \$484 ;
  wire \$485 ;
  wire \$486 ;
  wire \$487 ;
  wire [24:0] \$488 ;
  wire \$489 ;
  wire \$49 ;
  wire \$490 ;
  wire \$491 ;
  wire \$492 ;
  wire \$493 ;
  wire \$494 ;
  wire [24:0] \$495 ;
  wire \$496 ;
  wire \$497 ;
  wire \$498 ;
  wire \$499 ;
  wire \$5 ;
  wire \$50 ;
  wire \$500 ;
  wire \$501 ;
  wire [24:0] \$502 ;
  wire \$503 ;
  wire \$504 ;
  wire \$505 ;
  wire \$506 ;
  wire \$507 ;
  wire \$508 ;
  wire [24:0] \$509 ;
  wire \$51 ;
  wire \$510 ;
  wire \$511 ;
  wire \$512 ;
  wire \$513 ;
  wire \$514 ;
  wire \$515 ;
  wire [24:0] \$516 ;
  wire \$517 ;
  wire \$518 ;
  wire \$519 ;
  wire \$52 ;
  wire \$520 ;
  wire \$521 ;
  wire \$522 ;
  wire [24:0] \$523 ;
  wire \$524 ;
  wire \$525 ;
  wire \$526 ;
  wire \$527 ;
  wire \$528 ;
  wire \$529 ;
  wire \$53 ;
  wire [24:0] \$530 ;
  wire \$531 ;
  wire \$532 ;
  wire \$533 ;
  wire \$534 ;
  wire \$535 ;
  wire \$536 ;
  wire [24:0] \$537 ;
  wire \$538 ;
  wire \$539 ;
  wire \$54 ;
  wire \$540 ;
  wire \$541 ;
  wire \$542 ;
  wire \$543 ;
  wire [24:0] \$544 ;
  wire \$545 ;
  wire \$546 ;
  wire \$547 ;
  wire \$548 ;
  wire \$549 ;
  wire \$55 ;
  wire \$550 ;
  wire [24:0] \$551 ;
  wire \$552 ;
  wire \$553 ;
  wire \$554 ;
  wire \$555 ;
  wire \$556 ;
  wire \$557 ;
  wire [24:0] \$558 ;
  reg [3:0] \$559 ;
  wire \$56 ;
  reg [3:0] \$560 ;
  reg [3:0] \$561 ;
  reg [8:0] \$562 ;
  reg [9:0] \$563 ;
  reg [23:0] \$564 ;
  reg [23:0] \$565 ;
  reg [23:0] \$566 ;
  reg [23:0] \$567 ;
  reg [23:0] \$568 ;
  reg [2:0] \$569 ;
  wire \$57 ;
  reg [23:0] \$570 ;
  reg [15:0] \$571 ;
  reg \$572 ;
  reg [15:0] \$573 ;
  reg \$574 ;
  reg \$575 ;
  reg [2:0] \$576 ;
  reg \$577 ;
  reg \$578 ;
  reg [127:0] \$579 ;
  wire \$58 ;
  reg [127:0] \$580 ;
  reg \$581 ;
  reg [1:0] \$582 ;
  reg [23:0] \$583 ;
  reg [7:0] \$584 ;
  reg [15:0] \$585 ;
  reg [15:0] \$586 ;
  reg [1:0] \$587 ;
  reg \$588 ;
  reg \$589 ;
  wire \$59 ;
  reg \$590 ;
  reg [3:0] \$591 ;
  reg [3:0] \$592 ;
  reg [1:0] \$593 ;
  reg [127:0] \$594 ;
  reg [1:0] \$595 ;
  reg [15:0] \$596 ;
  reg [9:0] \$597 ;
  reg [23:0] \$598 ;
  reg \$599 ;
  wire \$6 ;
  wire \$60 ;
  reg [9:0] \$600 ;
  reg [15:0] \$601 ;
  reg [9:0] \$602 ;
  reg [15:0] \$603 ;
  reg [2:0] \$604 ;
  reg \$605 ;
  reg \$606 ;
  reg [9:0] \$607 ;
  reg [15:0] \$608 ;
  reg [2:0] \$609 ;
  wire \$61 ;
  reg [15:0] \$610 ;
  reg [15:0] \$611 ;
  reg [7:0] \$612 ;
  reg [15:0] \$613 ;
  reg [15:0] \$614 ;
  reg \$615 ;
  reg \$616 ;
  reg \$617 ;
  reg \$618 ;
  reg [7:0] \$619 ;
  wire \$62 ;
  reg [2:0] \$620 ;
  reg [2:0] \$621 ;
  reg [2:0] \$622 ;
  reg [2:0] \$623 ;
  reg [15:0] \$624 ;
  reg [10:0] \$625 ;
  reg [2:0] \$626 ;
  reg [2:0] \$627 ;
  reg [9:0] \$628 ;
  reg [9:0] \$629 ;
  wire \$63 ;
  reg [15:0] \$630 ;
  reg [15:0] \$631 ;
  reg [15:0] \$632 ;
  reg [15:0] \$633 ;
  reg \$634 ;
  reg [3:0] \$635 ;
  reg \$636 ;
  reg \$637 ;
  reg [15:0] \$638 ;
  reg [1:0] \$639 ;
  wire \$64 ;
  reg \$640 ;
  reg [3:0] \$641 ;
  reg \$642 ;
  reg \$643 ;
  reg [15:0] \$644 ;
  reg [9:0] \$645 ;
  reg [2:0] \$646 ;
  reg [15:0] \$647 ;
  reg \$648 ;
  reg [15:0] \$649 ;
  wire \$65 ;
  reg \$650 ;
  reg [9:0] \$651 ;
  reg [2:0] \$652 ;
  reg [63:0] \$653 ;
  reg [2:0] \$654 ;
  reg [15:0] \$655 ;
  reg [15:0] \$656 ;
  reg [15:0] \$657 ;
  reg [3:0] \$658 ;
  reg [3:0] \$659 ;
  wire \$66 ;
  reg [15:0] \$660 ;
  reg [15:0] \$661 ;
  reg [15:0] \$662 ;
  reg [15:0] \$663 ;
  reg [8:0] \$664 ;
  reg \$665 ;
  reg [3:0] \$666 ;
  reg [3:0] \$667 ;
  reg [63:0] \$668 ;
  reg \$669 ;
  wire \$67 ;
  reg [3:0] \$670 ;
  reg \$671 ;
  reg [15:0] \$672 ;
  reg [23:0] \$673 ;
  reg [15:0] \$674 ;
  reg [23:0] \$675 ;
  reg [15:0] \$676 ;
  reg [23:0] \$677 ;
  reg [15:0] \$678 ;
  reg [23:0] \$679 ;
  wire \$68 ;
  reg [15:0] \$680 ;
  reg [23:0] \$681 ;
  reg [15:0] \$682 ;
  reg [23:0] \$683 ;
  reg [15:0] \$684 ;
  reg [23:0] \$685 ;
  reg [15:0] \$686 ;
  reg [23:0] \$687 ;
  reg [15:0] \$688 ;
  reg [23:0] \$689 ;
  wire \$69 ;
  reg [15:0] \$690 ;
  reg [23:0] \$691 ;
  reg [15:0] \$692 ;
  reg [23:0] \$693 ;
  reg [15:0] \$694 ;
  reg [23:0] \$695 ;
  reg [15:0] \$696 ;
  reg [23:0] \$697 ;
  reg [15:0] \$698 ;
  reg [23:0] \$699 ;
  wire \$7 ;
  wire \$70 ;
  reg [15:0] \$700 ;
  reg [23:0] \$701 ;
  reg [15:0] \$702 ;
  reg [23:0] \$703 ;
  reg [15:0] \$704 ;
  reg [23:0] \$705 ;
  reg [15:0] \$706 ;
  reg [23:0] \$707 ;
  reg [15:0] \$708 ;
  reg [23:0] \$709 ;
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
  wire [16:0] \$84 ;
  wire \$85 ;
  wire \$86 ;
  wire \$87 ;
  wire \$88 ;
  wire [16:0] \$89 ;
  wire \$9 ;
  wire \$90 ;
  wire \$91 ;
  wire \$92 ;
  wire \$93 ;
  wire [16:0] \$94 ;
  wire \$95 ;
  wire \$96 ;
  wire \$97 ;
  wire \$98 ;
  wire \$99 ;
  wire [9:0] \$like ;
  reg [1:0] \$like$194  = 2'h0;
  reg \$like$195  = 1'h0;
  reg \$signal  = 1'h0;
  reg \$signal$103  = 1'h0;
  reg \$signal$115  = 1'h0;
  reg [9:0] \$signal$118  = 10'h000;
  reg [15:0] \$signal$146  = 16'h0000;
  (* init = 8'h00 *)
  wire [7:0] \$signal$148 ;
  reg \$signal$183  = 1'h0;
  reg \$signal$197  = 1'h0;
  reg [15:0] \$signal$199  = 16'h0000;
  reg [9:0] \$signal$202  = 10'h000;
  reg [15:0] \$signal$204  = 16'h0000;
  reg \$signal$207  = 1'h0;
  reg [2:0] \$signal$209  = 3'h0;
  reg [2:0] \$signal$210  = 3'h0;
  reg [10:0] \$signal$212  = 11'h000;
  reg [2:0] \$signal$213  = 3'h0;
  reg [15:0] \$signal$216  = 16'h0000;
  reg [9:0] \$signal$223  = 10'h000;
  reg [15:0] \$signal$229  = 16'h0000;
  reg [15:0] \$signal$230  = 16'h0000;
  reg [3:0] \$signal$231  = 4'h0;
  (* init = 1'h0 *)
  wire \$signal$56 ;
  (* init = 1'h0 *)
  wire \$signal$58 ;
  reg [15:0] \$signal$65  = 16'h0000;
  wire [15:0] \$signal$66 ;
  reg [8:0] \$signal$67  = 9'h000;
  wire [8:0] \$signal$68 ;
  reg [15:0] \$signal$69  = 16'h0000;
  wire [15:0] \$signal$70 ;
  reg [15:0] \$signal$71  = 16'h0000;
  wire [15:0] \$signal$72 ;
  reg \$signal$85  = 1'h0;
  wire [8:0] \$signature__addr ;
  reg [7:0] \$signature__addr$25  = 8'h00;
  reg [7:0] \$signature__addr$31  = 8'h00;
  reg [7:0] \$signature__addr$37  = 8'h00;
  wire [127:0] \$signature__data ;
  reg [63:0] \$signature__data$27  = 64'h0000000000000000;
  reg [15:0] \$signature__data$33  = 16'h0000;
  reg [63:0] \$signature__data$39  = 64'h0000000000000000;
  wire [15:0] \$signature__en ;
  reg [3:0] \$signature__en$29  = 4'h0;
  reg [3:0] \$signature__en$35  = 4'h0;
  reg [3:0] \$signature__en$41  = 4'h0;
  wire [15:0] a_in;
  wire [63:0] acc;
  wire [63:0] \acc$140 ;
  (* init = 8'h00 *)
  wire [7:0] act_addr_q;
  reg [7:0] act_addr_req;
  (* init = 16'h0000 *)
  wire [15:0] act_data_q;
  reg [15:0] act_data_req;
  (* init = 4'h0 *)
  wire [3:0] act_en_q;
  reg [3:0] act_en_req;
  reg [15:0] act_q = 16'h0000;
  wire [7:0] act_r__addr;
  wire [15:0] act_r__data;
  wire act_r__en;
  (* init = 1'h0 *)
  wire active;
  reg [15:0] asm = 16'h0000;
  reg [9:0] b1 = 10'h000;
  reg bad;
  output busy;
  wire busy;
  reg [3:0] cbit = 4'h0;
  input clk;
  wire clk;
  output [31:0] config_id;
  wire [31:0] config_id;
  reg counting = 1'h0;
  reg [2:0] cp = 3'h0;
  (* init = 3'h0 *)
  wire [2:0] cp_q;
  reg crow = 1'h0;
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
  input [4:0] ctr_sel;
  wire [4:0] ctr_sel;
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
  output [23:0] ctr_value;
  reg [23:0] ctr_value = 24'h000000;
  reg cz = 1'h0;
  output done;
  wire done;
  output error;
  wire error;
  (* init = 9'h000 *)
  wire [8:0] fetch_addr;
  reg [127:0] fetched;
  reg finish;
  reg [15:0] full;
  input [8:0] imem_addr;
  wire [8:0] imem_addr;
  input [127:0] imem_data;
  wire [127:0] imem_data;
  input [15:0] imem_we;
  wire [15:0] imem_we;
  wire [15:0] inc_cycles;
  reg [15:0] inc_gemm_busy;
  reg [15:0] inc_gemm_stall;
  reg [15:0] inc_instructions;
  reg [15:0] inc_load_busy;
  reg [15:0] inc_load_stall;
  reg [15:0] inc_post_busy;
  reg [15:0] inc_post_stall;
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
  reg [15:0] inc_sram_act_reads;
  reg [15:0] inc_sram_act_writes;
  reg [15:0] inc_sram_out_reads;
  reg [15:0] inc_sram_out_writes;
  reg [15:0] inc_sram_thresh_reads;
  reg [15:0] inc_sram_thresh_writes;
  reg [15:0] inc_sram_weight_reads;
  reg [15:0] inc_sram_weight_writes;
  reg [15:0] inc_store_busy;
  reg [15:0] inc_store_stall;
  reg [15:0] inc_threshold_ops;
  reg [127:0] instr = 128'h00000000000000000000000000000000;
  reg [8:0] ir__addr = 9'h000;
  wire [127:0] ir__data;
  reg [127:0] ir_q = 128'h00000000000000000000000000000000;
  reg issuing = 1'h0;
  reg [9:0] ix = 10'h000;
  reg [2:0] kh1 = 3'h0;
  reg [2:0] ky = 3'h0;
  wire [9:0] lp_end;
  reg [15:0] lp_left = 16'h0000;
  output [31:0] mem_rd_addr;
  reg [31:0] mem_rd_addr;
  input [15:0] mem_rd_data;
  wire [15:0] mem_rd_data;
  input mem_rd_data_valid;
  wire mem_rd_data_valid;
  output [23:0] mem_rd_len;
  reg [23:0] mem_rd_len;
  input mem_rd_ready;
  wire mem_rd_ready;
  output mem_rd_valid;
  reg mem_rd_valid;
  output [31:0] mem_wr_addr;
  reg [31:0] mem_wr_addr;
  output [15:0] mem_wr_data;
  reg [15:0] mem_wr_data;
  input mem_wr_ready;
  wire mem_wr_ready;
  output mem_wr_valid;
  reg mem_wr_valid;
  reg n_bad = 1'h0;
  reg [1:0] n_nb1 = 2'h0;
  reg [3:0] n_ob1 = 4'h0;
  reg [15:0] n_pad_last = 16'h0000;
  reg [15:0] n_pitch = 16'h0000;
  reg [23:0] n_rd_len = 24'h000000;
  reg n_res = 1'h0;
  reg [7:0] n_t_base = 8'h00;
  reg [1:0] nb1 = 2'h0;
  reg [127:0] nxt = 128'h00000000000000000000000000000000;
  reg [15:0] o_addr = 16'h0000;
  reg [15:0] o_addr2 = 16'h0000;
  reg [9:0] o_bank2 = 10'h000;
  reg [2:0] o_beat = 3'h0;
  reg [2:0] o_beat2 = 3'h0;
  reg o_last = 1'h0;
  reg [3:0] old_bits = 4'h0;
  reg [2:0] p = 3'h0;
  reg p_cmp = 1'h0;
  reg [1:0] p_lv = 2'h0;
  reg [3:0] p_ob1 = 4'h0;
  reg [15:0] p_pad_last = 16'h0000;
  reg p_res = 1'h0;
  (* init = 1'h0 *)
  wire p_shift;
  reg pad_d = 1'h0;
  reg [15:0] pad_word_d = 16'h0000;
  reg [15:0] pad_word_q = 16'h0000;
  reg [15:0] paddr = 16'h0000;
  reg [9:0] pc = 10'h000;
  reg [9:0] pc_next;
  reg [15:0] pitch = 16'h0000;
  reg [2:0] plane = 3'h0;
  reg [15:0] plane_base = 16'h0000;
  reg rd_hold;
  reg [23:0] rd_len = 24'h000000;
  reg [15:0] req_addr = 16'h0000;
  reg [9:0] req_cnt = 10'h000;
  reg req_more = 1'h0;
  input rst;
  wire rst;
  reg [9:0] rx_bank = 10'h000;
  reg [2:0] rx_beat = 3'h0;
  reg rx_blast = 1'h0;
  reg [15:0] rx_word = 16'h0000;
  reg [15:0] s_cur = 16'h0000;
  reg [3:0] sbit = 4'h0;
  wire [63:0] scores;
  reg [63:0] scores_q = 64'h0000000000000000;
  reg [2:0] sel_q = 3'h0;
  reg shift = 1'h0;
  reg srow = 1'h0;
  input start;
  wire start;
  reg [3:0] state = 4'h0;
  reg [15:0] store_act;
  reg [63:0] store_out;
  reg svalid = 1'h0;
  reg [1:0] t = 2'h0;
  reg [7:0] t_row = 8'h00;
  reg [15:0] tail = 16'h0000;
  reg [15:0] thr_ptr = 16'h0000;
  wire [7:0] thr_r__addr;
  wire [63:0] thr_r__data;
  wire thr_r__en;
  (* init = 64'h0000000000000000 *)
  wire [63:0] thresh;
  reg [63:0] thresh_l0 = 64'h0000000000000000;
  (* init = 8'h00 *)
  wire [7:0] thresh_out_addr_q;
  reg [7:0] thresh_out_addr_req;
  (* init = 64'h0000000000000000 *)
  wire [63:0] thresh_out_data_q;
  reg [63:0] thresh_out_data_req;
  (* init = 4'h0 *)
  wire [3:0] thresh_out_en_q;
  reg [3:0] thresh_out_en_req;
  reg [2:0] tx_beat = 3'h0;
  reg [15:0] tx_word = 16'h0000;
  reg valid = 1'h0;
  reg [63:0] w_in = 64'h0000000000000000;
  reg [3:0] wbit = 4'h0;
  (* init = 8'h00 *)
  wire [7:0] weight_addr_q;
  reg [7:0] weight_addr_req;
  (* init = 64'h0000000000000000 *)
  wire [63:0] weight_data_q;
  reg [63:0] weight_data_req;
  (* init = 4'h0 *)
  wire [3:0] weight_en_q;
  reg [3:0] weight_en_req;
  (* init = 64'h0000000000000000 *)
  wire [63:0] wgt_q;
  reg [7:0] wgt_r__addr = 8'h00;
  wire [63:0] wgt_r__data;
  wire wgt_r__en;
  reg wrow = 1'h0;
  reg wvalid = 1'h0;
  wire [3:0] y;
  reg [3:0] y_q = 4'h0;
  reg zero = 1'h0;
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
    if (\$signature__en$35 [0])
      act_buf[\$signature__addr$31 ][3:0] <= \$signature__data$33 [3:0];
    if (\$signature__en$35 [1])
      act_buf[\$signature__addr$31 ][7:4] <= \$signature__data$33 [7:4];
    if (\$signature__en$35 [2])
      act_buf[\$signature__addr$31 ][11:8] <= \$signature__data$33 [11:8];
    if (\$signature__en$35 [3])
      act_buf[\$signature__addr$31 ][15:12] <= \$signature__data$33 [15:12];
  end
  reg [15:0] _0_;
  always @(posedge clk) begin
    if (act_r__en) begin
      _0_ <= act_buf[\$signal$146 [7:0]];
    end
  end
  assign act_r__data = _0_;
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
  reg [127:0] _1_;
  always @(posedge clk) begin
    _1_ <= imem[ir__addr];
  end
  assign ir__data = _1_;
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
    if (\$signature__en$29 [0])
      thresh_out_buf[\$signature__addr$25 ][15:0] <= \$signature__data$27 [15:0];
    if (\$signature__en$29 [1])
      thresh_out_buf[\$signature__addr$25 ][31:16] <= \$signature__data$27 [31:16];
    if (\$signature__en$29 [2])
      thresh_out_buf[\$signature__addr$25 ][47:32] <= \$signature__data$27 [47:32];
    if (\$signature__en$29 [3])
      thresh_out_buf[\$signature__addr$25 ][63:48] <= \$signature__data$27 [63:48];
  end
  reg [63:0] _2_;
  always @(posedge clk) begin
    if (thr_r__en) begin
      _2_ <= thresh_out_buf[thr_ptr[7:0]];
    end
  end
  assign thr_r__data = _2_;
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
    if (\$signature__en$41 [0])
      weight_buf[\$signature__addr$37 ][15:0] <= \$signature__data$39 [15:0];
    if (\$signature__en$41 [1])
      weight_buf[\$signature__addr$37 ][31:16] <= \$signature__data$39 [31:16];
    if (\$signature__en$41 [2])
      weight_buf[\$signature__addr$37 ][47:32] <= \$signature__data$39 [47:32];
    if (\$signature__en$41 [3])
      weight_buf[\$signature__addr$37 ][63:48] <= \$signature__data$39 [63:48];
  end
  reg [63:0] _3_;
  always @(posedge clk) begin
    if (wgt_r__en) begin
      _3_ <= weight_buf[wgt_r__addr];
    end
  end
  assign wgt_r__data = _3_;
  assign \$292  = ir_q[9:8] == 1'h1;
  assign \$295  = \$292  ? 15'h0001 : \$294 ;
  assign \$296  = ir_q[9:8] == 1'h1;
  assign \$299  = \$296  ? 15'h0001 : \$298 ;
  assign \$301  = ir_q[9:8] == 1'h1;
  assign \$302  = ir_q[50] & \$301 ;
  assign \$303  = ir_q[9:8] == 1'h1;
  assign \$304  = ir_q[54:51] - 1'h1;
  assign \$305  = \$303  ? 5'h00 : \$304 ;
  assign \$306  = t + 1'h1;
  assign \$307  = t == 1'h1;
  assign \$308  = nxt[50:35] - 1'h1;
  assign \$309  = nxt[34:26] - 1'h1;
  assign \$310  = | nxt[34:26];
  assign \$311  = nxt[50:35] == 1'h1;
  assign \$312  = nxt[34:26] == 1'h1;
  assign \$313  = nxt[50:35] - 1'h1;
  assign \$314  = nxt[34:26] - 1'h1;
  assign \$315  = ~ nxt[10];
  assign \$316  = nxt[53:43] - 1'h1;
  assign \$317  = nxt[57:54] - 1'h1;
  assign \$321  = t + 1'h1;
  assign \$322  = mem_rd_valid & mem_rd_ready;
  assign \$323  = req_cnt + 1'h1;
  assign \$324  = req_addr + instr[114:83];
  assign \$325  = req_cnt != b1;
  assign \$326  = rx_beat == nb1;
  assign \$327  = rx_beat == nb1;
  assign \$328  = \$327  & \$signal$85 ;
  assign \$329  = rx_bank + 1'h1;
  assign \$330  = ! \$signal$199 ;
  assign \$331  = rx_bank + 1'h1;
  assign \$332  = \$331  == b1;
  assign \$333  = rx_word + 1'h1;
  assign \$334  = rx_word + 1'h1;
  assign \$335  = \$334  == \$signal$199 ;
  assign \$336  = rx_beat + 1'h1;
  assign \$337  = ~ \$signal$103 ;
  assign \$338  = \$337  | mem_wr_ready;
  assign \$339  = tx_beat == nb1;
  assign \$340  = tx_word == \$signal$199 ;
  assign \$341  = \$339  & \$340 ;
  assign \$342  = \$signal$202  == b1;
  assign \$343  = \$341  & \$342 ;
  assign \$344  = tx_beat == nb1;
  assign \$345  = tx_word == \$signal$199 ;
  assign \$346  = \$signal$202  + 1'h1;
  assign \$347  = \$signal$204  + instr[114:83];
  assign \$348  = \$signal$204  + instr[114:83];
  assign \$349  = instr[9:8] == 2'h3;
  assign \$350  = \$349  ? 8'h80 : 8'h00;
  assign \$351  = t_row + \$350 ;
  assign \$352  = instr[9:8] == 2'h3;
  assign \$353  = \$352  ? 8'h80 : 8'h00;
  assign \$354  = t_row + \$353 ;
  assign \$355  = instr[9:8] == 2'h3;
  assign \$356  = \$355  ? 8'h80 : 8'h00;
  assign \$357  = t_row + \$356 ;
  assign \$358  = tx_word + 1'h1;
  assign \$359  = s_cur + 2'h2;
  assign \$360  = \$signal$146  + 1'h1;
  assign \$361  = thr_ptr + 1'h1;
  assign \$362  = tx_beat + 1'h1;
  assign \$363  = s_cur + 2'h2;
  assign \$364  = tx_beat == nb1;
  assign \$365  = tx_word == \$signal$199 ;
  assign \$366  = \$364  & \$365 ;
  assign \$367  = \$signal$202  == b1;
  assign \$368  = \$366  & \$367 ;
  assign \$369  = ~ \$signal$103 ;
  assign \$370  = \$369  | mem_wr_ready;
  assign \$371  = $signed(\$signal$118 ) >= $signed(1'h0);
  assign \$372  = $signed(\$signal$118 ) < $signed(2'h1);
  assign \$373  = \$371  & \$372 ;
  assign \$374  = $signed(ix) >= $signed(1'h0);
  assign \$375  = \$373  & \$374 ;
  assign \$376  = $signed(ix) < $signed(2'h1);
  assign \$377  = \$375  & \$376 ;
  assign \$378  = ~ \$377 ;
  assign \$379  = \$signal$212  == \$signal$199 ;
  assign \$380  = \$379  ? p_pad_last : 16'h0000;
  assign \$381  = wgt_r__addr + 1'h1;
  assign \$382  = \$signal$146  + 1'h1;
  assign \$383  = \$signal$212  == \$signal$199 ;
  assign \$384  = \$signal$213  == \$signal$210 ;
  assign \$385  = ky == kh1;
  assign \$386  = p + 1'h1;
  assign \$387  = plane_base + instr[73:58];
  assign \$388  = plane_base + instr[73:58];
  assign \$389  = plane_base + instr[73:58];
  assign \$390  = p == \$signal$209 ;
  assign \$391  = ky + 1'h1;
  assign \$392  = $signed(\$signal$118 ) + $signed(2'h1);
  assign \$393  = \$signal$216  + pitch;
  assign \$394  = \$signal$216  + pitch;
  assign \$395  = \$signal$213  + 1'h1;
  assign \$396  = $signed(ix) + $signed(2'h1);
  assign \$397  = \$signal$212  + 1'h1;
  assign \$398  = tail + 1'h1;
  assign \$399  = t != 2'h3;
  assign \$400  = t + 1'h1;
  assign \$401  = t == 1'h1;
  assign \$402  = thr_ptr + 1'h1;
  assign \$403  = ! t;
  assign \$404  = t == 1'h1;
  assign \$407  = t == 2'h1;
  assign \$411  = t > p_lv;
  assign \$412  = cbit == p_ob1;
  assign \$413  = crow + 1'h1;
  assign \$414  = cbit + 1'h1;
  assign \$415  = ~ wvalid;
  assign \$416  = wbit == p_ob1;
  assign \$417  = paddr + instr[70:55];
  assign \$418  = ! pc;
  assign \$420  = lp_left == 1'h1;
  assign \$421  = lp_left - 1'h1;
  assign \$422  = \$signal$65  + 1'h0;
  assign \$423  = \$signal$69  + 1'h0;
  assign \$424  = \$signal$71  + 1'h0;
  assign \$425  = \$signal$67  + 1'h0;
  assign \$426  = ! state;
  assign \$427  = state == 3'h6;
  assign \$428  = \$426  | \$427 ;
  assign \$429  = state == 3'h7;
  assign \$430  = \$428  | \$429 ;
  assign \$431  = \$430  & start;
  assign \$432  = ctr_cycles + inc_q_cycles;
  assign \$433  = ! state;
  assign \$434  = state == 3'h6;
  assign \$435  = \$433  | \$434 ;
  assign \$436  = state == 3'h7;
  assign \$437  = \$435  | \$436 ;
  assign \$438  = \$437  & start;
  assign \$439  = ctr_instructions + inc_q_instructions;
  assign \$440  = ! state;
  assign \$441  = state == 3'h6;
  assign \$442  = \$440  | \$441 ;
  assign \$443  = state == 3'h7;
  assign \$444  = \$442  | \$443 ;
  assign \$445  = \$444  & start;
  assign \$446  = ctr_load_busy + inc_q_load_busy;
  assign \$447  = ! state;
  assign \$448  = state == 3'h6;
  assign \$449  = \$447  | \$448 ;
  assign \$450  = state == 3'h7;
  assign \$451  = \$449  | \$450 ;
  assign \$452  = \$451  & start;
  assign \$453  = ctr_load_stall + inc_q_load_stall;
  assign \$454  = ! state;
  assign \$455  = state == 3'h6;
  assign \$456  = \$454  | \$455 ;
  assign \$457  = state == 3'h7;
  assign \$458  = \$456  | \$457 ;
  assign \$459  = \$458  & start;
  assign \$460  = ctr_store_busy + inc_q_store_busy;
  assign \$461  = ! state;
  assign \$462  = state == 3'h6;
  assign \$463  = \$461  | \$462 ;
  assign \$464  = state == 3'h7;
  assign \$465  = \$463  | \$464 ;
  assign \$466  = \$465  & start;
  assign \$467  = ctr_store_stall + inc_q_store_stall;
  assign \$468  = ! state;
  assign \$469  = state == 3'h6;
  assign \$470  = \$468  | \$469 ;
  assign \$471  = state == 3'h7;
  assign \$472  = \$470  | \$471 ;
  assign \$473  = \$472  & start;
  assign \$474  = ctr_gemm_busy + inc_q_gemm_busy;
  assign \$475  = ! state;
  assign \$476  = state == 3'h6;
  assign \$477  = \$475  | \$476 ;
  assign \$478  = state == 3'h7;
  assign \$479  = \$477  | \$478 ;
  assign \$480  = \$479  & start;
  assign \$481  = ctr_gemm_stall + inc_q_gemm_stall;
  assign \$482  = ! state;
  assign \$483  = state == 3'h6;
  assign \$484  = \$482  | \$483 ;
  assign \$485  = state == 3'h7;
  assign \$486  = \$484  | \$485 ;
  assign \$487  = \$486  & start;
  assign \$488  = ctr_post_busy + inc_q_post_busy;
  assign \$489  = ! state;
  assign \$490  = state == 3'h6;
  assign \$491  = \$489  | \$490 ;
  assign \$492  = state == 3'h7;
  assign \$493  = \$491  | \$492 ;
  assign \$494  = \$493  & start;
  assign \$495  = ctr_post_stall + inc_q_post_stall;
  assign \$496  = ! state;
  assign \$497  = state == 3'h6;
  assign \$498  = \$496  | \$497 ;
  assign \$499  = state == 3'h7;
  assign \$500  = \$498  | \$499 ;
  assign \$501  = \$500  & start;
  assign \$502  = ctr_sram_act_reads + inc_q_sram_act_reads;
  assign \$503  = ! state;
  assign \$504  = state == 3'h6;
  assign \$505  = \$503  | \$504 ;
  assign \$506  = state == 3'h7;
  assign \$507  = \$505  | \$506 ;
  assign \$508  = \$507  & start;
  assign \$509  = ctr_sram_act_writes + inc_q_sram_act_writes;
  assign \$510  = ! state;
  assign \$511  = state == 3'h6;
  assign \$512  = \$510  | \$511 ;
  assign \$513  = state == 3'h7;
  assign \$514  = \$512  | \$513 ;
  assign \$515  = \$514  & start;
  assign \$516  = ctr_sram_weight_reads + inc_q_sram_weight_reads;
  assign \$517  = ! state;
  assign \$518  = state == 3'h6;
  assign \$519  = \$517  | \$518 ;
  assign \$520  = state == 3'h7;
  assign \$521  = \$519  | \$520 ;
  assign \$522  = \$521  & start;
  assign \$523  = ctr_sram_weight_writes + inc_q_sram_weight_writes;
  assign \$524  = ! state;
  assign \$525  = state == 3'h6;
  assign \$526  = \$524  | \$525 ;
  assign \$527  = state == 3'h7;
  assign \$528  = \$526  | \$527 ;
  assign \$529  = \$528  & start;
  assign \$530  = ctr_sram_thresh_reads + inc_q_sram_thresh_reads;
  assign \$531  = ! state;
  assign \$532  = state == 3'h6;
  assign \$533  = \$531  | \$532 ;
  assign \$534  = state == 3'h7;
  assign \$535  = \$533  | \$534 ;
  assign \$536  = \$535  & start;
  assign \$537  = ctr_sram_thresh_writes + inc_q_sram_thresh_writes;
  assign \$538  = ! state;
  assign \$539  = state == 3'h6;
  assign \$540  = \$538  | \$539 ;
  assign \$541  = state == 3'h7;
  assign \$542  = \$540  | \$541 ;
  assign \$543  = \$542  & start;
  assign \$544  = ctr_sram_out_reads + inc_q_sram_out_reads;
  assign \$545  = ! state;
  assign \$546  = state == 3'h6;
  assign \$547  = \$545  | \$546 ;
  assign \$548  = state == 3'h7;
  assign \$549  = \$547  | \$548 ;
  assign \$550  = \$549  & start;
  assign \$551  = ctr_sram_out_writes + inc_q_sram_out_writes;
  assign \$552  = ! state;
  assign \$553  = state == 3'h6;
  assign \$554  = \$552  | \$553 ;
  assign \$555  = state == 3'h7;
  assign \$556  = \$554  | \$555 ;
  assign \$557  = \$556  & start;
  assign \$558  = ctr_threshold_ops + inc_q_threshold_ops;
  always @(posedge clk)
    \$signature__addr$25  <= thresh_out_addr_req;
  always @(posedge clk)
    \$signature__data$27  <= thresh_out_data_req;
  always @(posedge clk)
    \$signature__en$29  <= \$559 ;
  always @(posedge clk)
    \$signature__addr$31  <= act_addr_req;
  always @(posedge clk)
    \$signature__data$33  <= act_data_req;
  always @(posedge clk)
    \$signature__en$35  <= \$560 ;
  always @(posedge clk)
    \$signature__addr$37  <= weight_addr_req;
  always @(posedge clk)
    \$signature__data$39  <= weight_data_req;
  always @(posedge clk)
    \$signature__en$41  <= \$561 ;
  always @(posedge clk)
    ir__addr <= \$562 ;
  always @(posedge clk)
    pc <= \$563 ;
  always @(posedge clk)
    ctr_group0 <= \$564 ;
  always @(posedge clk)
    ctr_group1 <= \$565 ;
  always @(posedge clk)
    ctr_group2 <= \$566 ;
  always @(posedge clk)
    ctr_group3 <= \$567 ;
  always @(posedge clk)
    ctr_group4 <= \$568 ;
  always @(posedge clk)
    sel_q <= \$569 ;
  always @(posedge clk)
    ctr_value <= \$570 ;
  always @(posedge clk)
    act_q <= \$571 ;
  always @(posedge clk)
    w_in <= wgt_r__data;
  always @(posedge clk)
    \$signal  <= \$572 ;
  always @(posedge clk)
    pad_word_q <= \$573 ;
  always @(posedge clk)
    valid <= \$574 ;
  always @(posedge clk)
    zero <= \$575 ;
  always @(posedge clk)
    plane <= \$576 ;
  always @(posedge clk)
    \$signal$183  <= \$577 ;
  always @(posedge clk)
    cz <= \$578 ;
  always @(posedge clk)
    ir_q <= \$579 ;
  always @(posedge clk)
    nxt <= \$580 ;
  always @(posedge clk)
    n_bad <= \$581 ;
  always @(posedge clk)
    n_nb1 <= \$582 ;
  always @(posedge clk)
    n_rd_len <= \$583 ;
  always @(posedge clk)
    n_t_base <= \$584 ;
  always @(posedge clk)
    n_pitch <= \$585 ;
  always @(posedge clk)
    n_pad_last <= \$586 ;
  always @(posedge clk)
    \$like$194  <= \$587 ;
  always @(posedge clk)
    \$like$195  <= \$588 ;
  always @(posedge clk)
    n_res <= \$589 ;
  always @(posedge clk)
    \$signal$197  <= \$590 ;
  always @(posedge clk)
    n_ob1 <= \$591 ;
  always @(posedge clk)
    state <= \$592 ;
  always @(posedge clk)
    t <= \$593 ;
  always @(posedge clk)
    instr <= \$594 ;
  always @(posedge clk)
    nb1 <= \$595 ;
  always @(posedge clk)
    \$signal$199  <= \$596 ;
  always @(posedge clk)
    b1 <= \$597 ;
  always @(posedge clk)
    rd_len <= \$598 ;
  always @(posedge clk)
    req_more <= \$599 ;
  always @(posedge clk)
    req_cnt <= \$600 ;
  always @(posedge clk)
    req_addr <= \$601 ;
  always @(posedge clk)
    rx_bank <= \$602 ;
  always @(posedge clk)
    rx_word <= \$603 ;
  always @(posedge clk)
    rx_beat <= \$604 ;
  always @(posedge clk)
    \$signal$85  <= \$605 ;
  always @(posedge clk)
    rx_blast <= \$606 ;
  always @(posedge clk)
    \$signal$202  <= \$607 ;
  always @(posedge clk)
    tx_word <= \$608 ;
  always @(posedge clk)
    tx_beat <= \$609 ;
  always @(posedge clk)
    \$signal$204  <= \$610 ;
  always @(posedge clk)
    s_cur <= \$611 ;
  always @(posedge clk)
    t_row <= \$612 ;
  always @(posedge clk)
    \$signal$146  <= \$613 ;
  always @(posedge clk)
    thr_ptr <= \$614 ;
  always @(posedge clk)
    issuing <= \$615 ;
  always @(posedge clk)
    \$signal$207  <= \$616 ;
  always @(posedge clk)
    \$signal$103  <= \$617 ;
  always @(posedge clk)
    pad_d <= \$618 ;
  always @(posedge clk)
    wgt_r__addr <= \$619 ;
  always @(posedge clk)
    p <= \$620 ;
  always @(posedge clk)
    \$signal$209  <= \$621 ;
  always @(posedge clk)
    \$signal$210  <= \$622 ;
  always @(posedge clk)
    kh1 <= \$623 ;
  always @(posedge clk)
    tail <= \$624 ;
  always @(posedge clk)
    \$signal$212  <= \$625 ;
  always @(posedge clk)
    \$signal$213  <= \$626 ;
  always @(posedge clk)
    ky <= \$627 ;
  always @(posedge clk)
    \$signal$118  <= \$628 ;
  always @(posedge clk)
    ix <= \$629 ;
  always @(posedge clk)
    plane_base <= \$630 ;
  always @(posedge clk)
    \$signal$216  <= \$631 ;
  always @(posedge clk)
    pitch <= \$632 ;
  always @(posedge clk)
    p_pad_last <= \$633 ;
  always @(posedge clk)
    crow <= \$634 ;
  always @(posedge clk)
    cbit <= \$635 ;
  always @(posedge clk)
    svalid <= \$636 ;
  always @(posedge clk)
    wvalid <= \$637 ;
  always @(posedge clk)
    paddr <= \$638 ;
  always @(posedge clk)
    p_lv <= \$639 ;
  always @(posedge clk)
    p_cmp <= \$640 ;
  always @(posedge clk)
    p_ob1 <= \$641 ;
  always @(posedge clk)
    shift <= \$642 ;
  always @(posedge clk)
    p_res <= \$643 ;
  always @(posedge clk)
    asm <= \$644 ;
  always @(posedge clk)
    \$signal$223  <= \$645 ;
  always @(posedge clk)
    o_beat <= \$646 ;
  always @(posedge clk)
    o_addr <= \$647 ;
  always @(posedge clk)
    o_last <= \$648 ;
  always @(posedge clk)
    o_addr2 <= \$649 ;
  always @(posedge clk)
    \$signal$115  <= \$650 ;
  always @(posedge clk)
    o_bank2 <= \$651 ;
  always @(posedge clk)
    o_beat2 <= \$652 ;
  always @(posedge clk)
    thresh_l0 <= \$653 ;
  always @(posedge clk)
    cp <= \$654 ;
  always @(posedge clk)
    pad_word_d <= \$655 ;
  always @(posedge clk)
    \$signal$229  <= \$656 ;
  always @(posedge clk)
    \$signal$230  <= \$657 ;
  always @(posedge clk)
    \$signal$231  <= \$658 ;
  always @(posedge clk)
    old_bits <= \$659 ;
  always @(posedge clk)
    lp_left <= \$660 ;
  always @(posedge clk)
    \$signal$65  <= \$661 ;
  always @(posedge clk)
    \$signal$69  <= \$662 ;
  always @(posedge clk)
    \$signal$71  <= \$663 ;
  always @(posedge clk)
    \$signal$67  <= \$664 ;
  always @(posedge clk)
    srow <= \$665 ;
  always @(posedge clk)
    sbit <= \$666 ;
  always @(posedge clk)
    y_q <= \$667 ;
  always @(posedge clk)
    scores_q <= \$668 ;
  always @(posedge clk)
    wrow <= \$669 ;
  always @(posedge clk)
    wbit <= \$670 ;
  always @(posedge clk)
    counting <= \$671 ;
  always @(posedge clk)
    inc_q_cycles <= \$672 ;
  always @(posedge clk)
    ctr_cycles <= \$673 ;
  always @(posedge clk)
    inc_q_instructions <= \$674 ;
  always @(posedge clk)
    ctr_instructions <= \$675 ;
  always @(posedge clk)
    inc_q_load_busy <= \$676 ;
  always @(posedge clk)
    ctr_load_busy <= \$677 ;
  always @(posedge clk)
    inc_q_load_stall <= \$678 ;
  always @(posedge clk)
    ctr_load_stall <= \$679 ;
  always @(posedge clk)
    inc_q_store_busy <= \$680 ;
  always @(posedge clk)
    ctr_store_busy <= \$681 ;
  always @(posedge clk)
    inc_q_store_stall <= \$682 ;
  always @(posedge clk)
    ctr_store_stall <= \$683 ;
  always @(posedge clk)
    inc_q_gemm_busy <= \$684 ;
  always @(posedge clk)
    ctr_gemm_busy <= \$685 ;
  always @(posedge clk)
    inc_q_gemm_stall <= \$686 ;
  always @(posedge clk)
    ctr_gemm_stall <= \$687 ;
  always @(posedge clk)
    inc_q_post_busy <= \$688 ;
  always @(posedge clk)
    ctr_post_busy <= \$689 ;
  always @(posedge clk)
    inc_q_post_stall <= \$690 ;
  always @(posedge clk)
    ctr_post_stall <= \$691 ;
  always @(posedge clk)
    inc_q_sram_act_reads <= \$692 ;
  always @(posedge clk)
    ctr_sram_act_reads <= \$693 ;
  always @(posedge clk)
    inc_q_sram_act_writes <= \$694 ;
  always @(posedge clk)
    ctr_sram_act_writes <= \$695 ;
  always @(posedge clk)
    inc_q_sram_weight_reads <= \$696 ;
  always @(posedge clk)
    ctr_sram_weight_reads <= \$697 ;
  always @(posedge clk)
    inc_q_sram_weight_writes <= \$698 ;
  always @(posedge clk)
    ctr_sram_weight_writes <= \$699 ;
  always @(posedge clk)
    inc_q_sram_thresh_reads <= \$700 ;
  always @(posedge clk)
    ctr_sram_thresh_reads <= \$701 ;
  always @(posedge clk)
    inc_q_sram_thresh_writes <= \$702 ;
  always @(posedge clk)
    ctr_sram_thresh_writes <= \$703 ;
  always @(posedge clk)
    inc_q_sram_out_reads <= \$704 ;
  always @(posedge clk)
    ctr_sram_out_reads <= \$705 ;
  always @(posedge clk)
    inc_q_sram_out_writes <= \$706 ;
  always @(posedge clk)
    ctr_sram_out_writes <= \$707 ;
  always @(posedge clk)
    inc_q_threshold_ops <= \$708 ;
  always @(posedge clk)
    ctr_threshold_ops <= \$709 ;
  assign done = state == 3'h6;
  assign error = state == 3'h7;
  assign \$1  = | state;
  assign \$2  = state != 3'h6;
  assign \$3  = \$1  & \$2 ;
  assign \$4  = state != 3'h7;
  assign busy = \$3  & \$4 ;
  assign a_in = \$signal  ? pad_word_q : act_q;
  assign \$5  = ! pc;
  assign \$7  = lp_left == 1'h1;
  assign \$11  = ir_q[3:0] == 2'h3;
  assign \$13  = ! pc;
  assign \$15  = lp_left != 1'h1;
  assign \$17  = \$signal$65  + 1'h0;
  assign \$19  = ir_q[26:11] + \$18 ;
  assign \$20  = ! pc;
  assign \$22  = lp_left != 1'h1;
  assign \$24  = \$signal$67  + 1'h0;
  assign \$26  = $signed(ir_q[113:105]) + $signed({ 1'h0, \$25  });
  assign \$27  = ! pc;
  assign \$29  = lp_left == 1'h1;
  assign \$33  = ir_q[3:0] == 3'h4;
  assign \$35  = ! pc;
  assign \$37  = lp_left != 1'h1;
  assign \$39  = \$signal$69  + 1'h0;
  assign \$41  = ir_q[41:26] + \$40 ;
  assign \$42  = ! pc;
  assign \$44  = lp_left != 1'h1;
  assign \$46  = \$signal$71  + 1'h0;
  assign \$48  = ir_q[87:72] + \$47 ;
  assign \$49  = ir_q[9:8] == 2'h3;
  assign \$50  = ir_q[9:8] == 1'h1;
  assign \$51  = ir_q[9:8] == 2'h2;
  assign \$52  = \$50  | \$51 ;
  assign \$53  = ir_q[76:74] == 1'h1;
  assign \$54  = ir_q[79:77] == 1'h1;
  assign \$55  = ir_q[87:80] == 1'h1;
  assign \$56  = ir_q[95:88] == 1'h1;
  assign \$57  = ! ir_q[104:96];
  assign \$58  = ! ir_q[113:105];
  assign \$59  = ! ir_q[114];
  assign \$60  = ! ir_q[123:115];
  assign \$61  = & { \$60 , \$59 , \$58 , \$57 , \$56 , \$55 , \$54 , \$53  };
  assign \$62  = ~ \$61 ;
  assign \$63  = ir_q[9:8] != 1'h1;
  assign \$64  = ir_q[54:51] > 1'h1;
  assign \$65  = \$63  & \$64 ;
  assign \$66  = ir_q[9:8] == 2'h2;
  assign \$67  = \$66  | ir_q[71];
  assign \$69  = \$65  | \$68 ;
  assign \$70  = ir_q[9:8] == 2'h2;
  assign \$71  = ir_q[54:51] != 1'h1;
  assign \$72  = \$70  & \$71 ;
  assign \$73  = \$69  | \$72 ;
  assign \$74  = ir_q[9:8] == 1'h1;
  assign \$75  = ir_q[54:51] != 1'h1;
  assign \$76  = \$74  | \$75 ;
  assign \$77  = ir_q[71] & \$76 ;
  assign \$78  = \$73  | \$77 ;
  assign \$79  = t == 2'h2;
  assign \$80  = ! rx_beat;
  assign \$81  = rx_beat == nb1;
  assign \$82  = rx_beat == nb1;
  assign \$83  = \$82  & \$signal$85 ;
  assign \$84  = instr[25:10] + rx_word;
  assign \$85  = ! rx_bank;
  assign \$86  = ! rx_bank;
  assign \$87  = ! rx_bank;
  assign \$88  = ! rx_bank;
  assign \$89  = instr[25:10] + rx_word;
  assign \$90  = ! rx_bank;
  assign \$91  = rx_bank == 1'h1;
  assign \$92  = rx_bank == 2'h2;
  assign \$93  = rx_bank == 2'h3;
  assign \$94  = instr[25:10] + rx_word;
  assign \$95  = ! rx_bank;
  assign \$96  = rx_bank == 1'h1;
  assign \$97  = rx_bank == 2'h2;
  assign \$98  = rx_bank == 2'h3;
  assign \$99  = ~ \$signal$103 ;
  assign \$100  = \$99  | mem_wr_ready;
  assign \$101  = ! tx_beat;
  assign \$102  = ~ \$signal$103 ;
  assign \$103  = \$102  | mem_wr_ready;
  assign \$104  = ~ \$103 ;
  assign \$105  = instr[9:8] == 2'h3;
  assign \$107  = \$105  ? \$106  : store_act;
  assign \$108  = \$signal$103  & mem_wr_ready;
  assign \$109  = $signed(\$signal$118 ) >= $signed(1'h0);
  assign \$110  = $signed(\$signal$118 ) < $signed(2'h1);
  assign \$111  = \$109  & \$110 ;
  assign \$112  = $signed(ix) >= $signed(1'h0);
  assign \$113  = \$111  & \$112 ;
  assign \$114  = $signed(ix) < $signed(2'h1);
  assign \$115  = \$113  & \$114 ;
  assign \$116  = \$115  ? 1'h1 : 1'h0;
  assign \$117  = tail == 2'h3;
  assign \$118  = t < p_lv;
  assign \$119  = ! t;
  assign \$122  = ! t;
  assign \$124  = ~ wvalid;
  assign \$125  = ! wbit;
  assign \$126  = 3'h4 * p_cmp;
  assign \$127  = instr[9:8] == 1'h1;
  assign \$128  = wrow * 8'h80;
  assign \$129  = 8'h80 + \$128 ;
  assign \$130  = \$129  + instr[41:26];
  assign \$131  = y_q[0] >> wbit;
  assign \$132  = y_q[1] >> wbit;
  assign \$133  = y_q[2] >> wbit;
  assign \$134  = y_q[3] >> wbit;
  assign \$137  = y_q[0] >> wbit;
  assign \$138  = y_q[1] >> wbit;
  assign \$139  = y_q[2] >> wbit;
  assign \$140  = y_q[3] >> wbit;
  assign \$143  = y_q[0] >> wbit;
  assign \$144  = y_q[1] >> wbit;
  assign \$145  = y_q[2] >> wbit;
  assign \$146  = y_q[3] >> wbit;
  assign \$149  = y_q[0] >> wbit;
  assign \$150  = y_q[1] >> wbit;
  assign \$151  = y_q[2] >> wbit;
  assign \$152  = y_q[3] >> wbit;
  assign \$155  = ! wrow;
  assign \$156  = ! instr[49:42];
  assign \$157  = \$155  & \$156 ;
  assign \$158  = ! wrow;
  assign \$159  = instr[49:42] == 1'h1;
  assign \$160  = \$158  & \$159 ;
  assign \$161  = ! wrow;
  assign \$162  = instr[49:42] == 2'h2;
  assign \$163  = \$161  & \$162 ;
  assign \$164  = ! wrow;
  assign \$165  = instr[49:42] == 2'h3;
  assign \$166  = \$164  & \$165 ;
  assign \$167  = wbit == p_ob1;
  assign \$168  = ! wrow;
  assign \$169  = pc + 1'h1;
  assign \$170  = ! pc;
  assign \$172  = lp_left == 1'h1;
  assign \$173  = state == 3'h4;
  assign \$174  = state == 3'h5;
  assign \$175  = \$173  | \$174 ;
  assign \$176  = state == 2'h3;
  assign \$177  = \$175  | \$176 ;
  assign \$178  = state == 2'h3;
  assign \$179  = \$178  & \$signal$103 ;
  assign \$180  = ~ mem_wr_ready;
  assign \$181  = \$179  & \$180 ;
  assign \$182  = ~ \$181 ;
  assign act_r__en = \$177  & \$182 ;
  assign wgt_r__en = state == 3'h4;
  assign \$183  = state == 3'h5;
  assign \$184  = state == 2'h3;
  assign \$185  = \$183  | \$184 ;
  assign \$186  = state == 2'h3;
  assign \$187  = \$186  & \$signal$103 ;
  assign \$188  = ~ mem_wr_ready;
  assign \$189  = \$187  & \$188 ;
  assign \$190  = ~ \$189 ;
  assign thr_r__en = \$185  & \$190 ;
  assign \$191  = ! state;
  assign \$192  = state == 3'h6;
  assign \$193  = \$191  | \$192 ;
  assign \$194  = state == 3'h7;
  assign \$195  = \$193  | \$194 ;
  assign \$196  = state == 4'h8;
  assign \$197  = \$195  | \$196 ;
  assign \$198  = ! pc;
  assign \$200  = lp_left != 1'h1;
  assign \$202  = pc + 1'h1;
  assign \$204  = \$197  ? 11'h000 : \$203 ;
  assign \$211  = ~ rd_hold;
  assign \$212  = ! pc;
  assign \$214  = lp_left == 1'h1;
  assign \$218  = ir_q[3:0] != 2'h3;
  assign \$220  = ir_q[3:0] != 3'h4;
  assign \$223  = ! ir_q[9:8];
  assign \$224  = ir_q[9:8] == 1'h1;
  assign \$225  = ir_q[9:8] == 2'h2;
  assign \$226  = \$225  ? 2'h0 : 2'h3;
  assign \$227  = \$224  ? 2'h0 : \$226 ;
  assign \$228  = \$223  ? 2'h0 : \$227 ;
  assign \$229  = ! ir_q[9:8];
  assign \$231  = ir_q[9:8] == 1'h1;
  assign \$233  = ir_q[9:8] == 2'h2;
  assign \$236  = \$233  ? { 2'h0, \$234  } : \$235 ;
  assign \$237  = \$231  ? { 2'h0, \$232  } : \$236 ;
  assign \$238  = \$229  ? { 2'h0, \$230  } : \$237 ;
  assign \$239  = ir_q[9:8] == 2'h3;
  assign \$240  = \$239  ? 8'h80 : 8'h00;
  assign \$241  = ir_q[25:10] + \$240 ;
  assign \$242  = 1'h1 * ir_q[53:43];
  \accel_top.array  array (
    .a_in(a_in),
    .acc(acc),
    .clk(clk),
    .plane(plane),
    .rst(rst),
    .valid(valid),
    .w_in(w_in),
    .zero(zero)
  );
  \accel_top.thresh_unit  thresh_unit (
    .acc(acc),
    .active(p_cmp),
    .scores(scores),
    .shift(shift),
    .thresh(thresh_l0),
    .y(y)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ir_q[54:51])
      4'h0:
          \$293  = 15'h0000;
      4'h1:
          \$293  = 15'h0001;
      4'h2:
          \$293  = 15'h0003;
      4'h3:
          \$293  = 15'h0007;
      4'h4:
          \$293  = 15'h000f;
      4'h5:
          \$293  = 15'h001f;
      4'h6:
          \$293  = 15'h003f;
      4'h7:
          \$293  = 15'h007f;
      4'h8:
          \$293  = 15'h00ff;
      4'h9:
          \$293  = 15'h01ff;
      4'ha:
          \$293  = 15'h03ff;
      4'hb:
          \$293  = 15'h07ff;
      4'hc:
          \$293  = 15'h0fff;
      4'hd:
          \$293  = 15'h1fff;
      4'he:
          \$293  = 15'h3fff;
      4'hf:
          \$293  = 15'h7fff;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ir_q[54:51])
      4'h0:
          \$297  = 15'h0000;
      4'h1:
          \$297  = 15'h0001;
      4'h2:
          \$297  = 15'h0003;
      4'h3:
          \$297  = 15'h0007;
      4'h4:
          \$297  = 15'h000f;
      4'h5:
          \$297  = 15'h001f;
      4'h6:
          \$297  = 15'h003f;
      4'h7:
          \$297  = 15'h007f;
      4'h8:
          \$297  = 15'h00ff;
      4'h9:
          \$297  = 15'h01ff;
      4'ha:
          \$297  = 15'h03ff;
      4'hb:
          \$297  = 15'h07ff;
      4'hc:
          \$297  = 15'h0fff;
      4'hd:
          \$297  = 15'h1fff;
      4'he:
          \$297  = 15'h3fff;
      4'hf:
          \$297  = 15'h7fff;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$409  = 4'h0;
    casez (instr[49:42])
      8'h00:
          \$409  = \$signal$229 [3:0];
      8'h01:
          \$409  = \$signal$229 [7:4];
      8'h02:
          \$409  = \$signal$229 [11:8];
      8'h03:
          \$409  = \$signal$229 [15:12];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$410  = 4'h0;
    casez (instr[49:42])
      8'h00:
          \$410  = \$signal$230 [3:0];
      8'h01:
          \$410  = \$signal$230 [7:4];
      8'h02:
          \$410  = \$signal$230 [11:8];
      8'h03:
          \$410  = \$signal$230 [15:12];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    pc_next = pc;
    casez (state)
      4'h0, 4'h6, 4'h7:
          if (start) begin
            pc_next = 10'h000;
          end
    endcase
    if (finish) begin
      pc_next = \$169 [9:0];
      if (\$171 ) begin
        (* full_case = 32'd1 *)
        if (\$172 ) begin
        end else begin
          pc_next = 10'h000;
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    { fetched[113:105], fetched[87:72], fetched[41:11] } = { ir_q[113:105], ir_q[87:72], ir_q[41:11] };
    if (\$12 ) begin
      fetched[26:11] = \$19 [15:0];
      fetched[113:105] = \$26 [8:0];
    end
    if (\$34 ) begin
      fetched[41:26] = \$41 [15:0];
      fetched[87:72] = \$48 [15:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    bad = 1'h0;
    (* full_case = 32'd1 *)
    casez (ir_q[3:0])
      4'h1:
          bad = \$49 ;
      4'h2:
          bad = \$52 ;
      4'h3:
          bad = \$62 ;
      4'h4:
          bad = \$78 ;
      4'h5:
          bad = 1'h1;
      4'hf:
          /* empty */;
      default:
          bad = 1'h1;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    inc_instructions = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          inc_instructions = 16'h0001;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    finish = 1'h0;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          if (\$79 ) begin
            finish = 1'h1;
          end
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$81 ) begin
              if (\$83 ) begin
                if (rx_blast) begin
                  finish = 1'h1;
                end
              end
            end
          end
      4'h3:
          if (\$108 ) begin
            if (\$signal$115 ) begin
              finish = 1'h1;
            end
          end
      4'h4:
          (* full_case = 32'd1 *)
          if (issuing) begin
          end else begin
            if (\$117 ) begin
              finish = 1'h1;
            end
          end
      4'h5:
          (* full_case = 32'd1 *)
          if (\$124 ) begin
          end else begin
            if (\$167 ) begin
              if (\$168 ) begin
                finish = 1'h1;
              end
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    mem_rd_valid = 1'h0;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          mem_rd_valid = req_more;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    mem_rd_addr = 32'd0;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          mem_rd_addr = { 16'h0000, req_addr };
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    mem_rd_len = 24'h000000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          mem_rd_len = rd_len;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    full = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
        begin
          full = asm;
          if (\$80 ) begin
            full = mem_rd_data;
          end
        end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    inc_load_busy = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            inc_load_busy = 16'h0001;
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    act_addr_req = 8'h00;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$81 ) begin
              casez (instr[9:8])
                2'h0:
                    act_addr_req = \$84 [7:0];
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$124 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$127 ) begin
            end else begin
              act_addr_req = paddr[7:0];
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    act_data_req = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$81 ) begin
              casez (instr[9:8])
                2'h0:
                    act_data_req = full;
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$124 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$127 ) begin
            end else begin
              act_data_req = { \$154 , \$148 , \$142 , \$136  };
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    act_en_req = 4'h0;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$81 ) begin
              casez (instr[9:8])
                2'h0:
                    act_en_req = { \$88 , \$87 , \$86 , \$85  };
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$124 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$127 ) begin
            end else begin
              act_en_req = { \$166 , \$163 , \$160 , \$157  };
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    inc_sram_act_writes = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$81 ) begin
              casez (instr[9:8])
                2'h0:
                    inc_sram_act_writes = 16'h0001;
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$124 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$127 ) begin
            end else begin
              inc_sram_act_writes = 16'h0001;
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    weight_addr_req = 8'h00;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$81 ) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    weight_addr_req = \$89 [7:0];
              endcase
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    weight_data_req = 64'h0000000000000000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$81 ) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    weight_data_req = { full, full, full, full };
              endcase
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    weight_en_req = 4'h0;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$81 ) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    weight_en_req = { \$93 , \$92 , \$91 , \$90  };
              endcase
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    inc_sram_weight_writes = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$81 ) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    inc_sram_weight_writes = 16'h0001;
              endcase
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    thresh_out_addr_req = 8'h00;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$81 ) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    /* empty */;
                2'h2:
                    thresh_out_addr_req = \$94 [7:0];
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$124 ) begin
          end else begin
            if (\$127 ) begin
              thresh_out_addr_req = \$130 [7:0];
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    thresh_out_data_req = 64'h0000000000000000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$81 ) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    /* empty */;
                2'h2:
                    thresh_out_data_req = { full, full, full, full };
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$124 ) begin
          end else begin
            if (\$127 ) begin
              thresh_out_data_req = scores_q;
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    thresh_out_en_req = 4'h0;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$81 ) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    /* empty */;
                2'h2:
                    thresh_out_en_req = { \$98 , \$97 , \$96 , \$95  };
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$124 ) begin
          end else begin
            if (\$127 ) begin
              thresh_out_en_req = 4'hf;
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    inc_sram_thresh_writes = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$81 ) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    /* empty */;
                2'h2:
                    inc_sram_thresh_writes = 16'h0001;
              endcase
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    inc_load_stall = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          (* full_case = 32'd1 *)
          if (mem_rd_data_valid) begin
          end else begin
            inc_load_stall = 16'h0001;
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    inc_sram_act_reads = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$100 ) begin
            if (issuing) begin
              if (\$101 ) begin
                casez (instr[9:8])
                  2'h0:
                      inc_sram_act_reads = 16'h0001;
                endcase
              end
            end
          end
      4'h4:
          if (issuing) begin
            inc_sram_act_reads = { 15'h0000, \$116  };
          end
      4'h5:
          if (\$118 ) begin
            if (\$120 ) begin
              inc_sram_act_reads = 16'h0001;
            end
            if (\$123 ) begin
              inc_sram_act_reads = 16'h0001;
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    inc_sram_out_reads = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$100 ) begin
            if (issuing) begin
              if (\$101 ) begin
                casez (instr[9:8])
                  2'h0:
                      /* empty */;
                  2'h3:
                      inc_sram_out_reads = 16'h0001;
                endcase
              end
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    store_act = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          store_act = act_q;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    store_out = 64'h0000000000000000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          store_out = thresh_l0;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    rd_hold = 1'h0;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          rd_hold = \$104 ;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    mem_wr_valid = 1'h0;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          mem_wr_valid = \$signal$103 ;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    mem_wr_addr = 32'd0;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          mem_wr_addr = { 16'h0000, o_addr2 };
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    mem_wr_data = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          mem_wr_data = \$107 ;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    inc_store_busy = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$108 ) begin
            inc_store_busy = 16'h0001;
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    inc_store_stall = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          (* full_case = 32'd1 *)
          if (\$108 ) begin
          end else begin
            inc_store_stall = 16'h0001;
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    inc_gemm_busy = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          if (issuing) begin
            inc_gemm_busy = 16'h0001;
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    inc_sram_weight_reads = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          if (issuing) begin
            inc_sram_weight_reads = 16'h0004;
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    inc_gemm_stall = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          (* full_case = 32'd1 *)
          if (issuing) begin
          end else begin
            inc_gemm_stall = 16'h0001;
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    inc_sram_thresh_reads = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          if (\$118 ) begin
            inc_sram_thresh_reads = 16'h0004;
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    inc_post_stall = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          if (\$124 ) begin
            inc_post_stall = 16'h0001;
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    inc_post_busy = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$124 ) begin
          end else begin
            inc_post_busy = 16'h0001;
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    inc_threshold_ops = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$124 ) begin
          end else begin
            if (\$125 ) begin
              inc_threshold_ops = { 12'h000, \$126  };
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    inc_sram_out_writes = 16'h0000;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$124 ) begin
          end else begin
            if (\$127 ) begin
              inc_sram_out_writes = 16'h0001;
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$559  = thresh_out_en_req;
    if (rst) begin
      \$559  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$560  = act_en_req;
    if (rst) begin
      \$560  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$561  = weight_en_req;
    if (rst) begin
      \$561  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$562  = \$204 [8:0];
    if (rst) begin
      \$562  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$563  = pc_next;
    if (rst) begin
      \$563  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$564  = \$205 ;
    if (rst) begin
      \$564  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$565  = \$206 ;
    if (rst) begin
      \$565  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$566  = \$207 ;
    if (rst) begin
      \$566  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$567  = \$208 ;
    if (rst) begin
      \$567  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$568  = \$209 ;
    if (rst) begin
      \$568  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$569  = ctr_sel[4:2];
    if (rst) begin
      \$569  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$570  = \$210 ;
    if (rst) begin
      \$570  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$571  = act_q;
    if (\$211 ) begin
      \$571  = act_r__data;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$572  = pad_d;
    if (rst) begin
      \$572  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$573  = pad_word_d;
    if (rst) begin
      \$573  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$574  = \$signal$183 ;
    if (rst) begin
      \$574  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$575  = cz;
    if (rst) begin
      \$575  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$576  = cp;
    if (rst) begin
      \$576  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$577  = 1'h0;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          if (issuing) begin
            \$577  = 1'h1;
          end
    endcase
    if (rst) begin
      \$577  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$578  = 1'h0;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  \$578  = \$315 ;
            endcase
          end
    endcase
    if (rst) begin
      \$578  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$579  = ir__data;
    if (rst) begin
      \$579  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$580  = fetched;
    if (rst) begin
      \$580  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$581  = \$222 ;
    if (rst) begin
      \$581  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$582  = \$228 ;
    if (rst) begin
      \$582  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$583  = { 5'h00, \$238  };
    if (rst) begin
      \$583  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$584  = \$241 [7:0];
    if (rst) begin
      \$584  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$585  = { 4'h0, \$242  };
    if (rst) begin
      \$585  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$586  = \$291 ;
    if (rst) begin
      \$586  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$587  = \$295 [1:0];
    if (rst) begin
      \$587  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$588  = \$300 [0];
    if (rst) begin
      \$588  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$589  = 1'h0;
    if (rst) begin
      \$589  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$590  = \$302 ;
    if (rst) begin
      \$590  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$591  = \$305 [3:0];
    if (rst) begin
      \$591  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$592  = state;
    casez (state)
      4'h0, 4'h6, 4'h7:
          if (start) begin
            \$592  = 4'h8;
          end
      4'h8:
          if (\$307 ) begin
            \$592  = 4'h1;
          end
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
            \$592  = 4'h7;
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  \$592  = 4'h2;
              4'h2:
                  \$592  = 4'h3;
              4'h3:
                  \$592  = 4'h4;
              4'h4:
                  \$592  = 4'h5;
              4'hf:
                  \$592  = 4'h6;
            endcase
          end
    endcase
    if (finish) begin
      \$592  = 4'h1;
    end
    if (rst) begin
      \$592  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$593  = t;
    casez (state)
      4'h0, 4'h6, 4'h7:
          if (start) begin
            \$593  = 2'h0;
          end
      4'h8:
          \$593  = \$306 [1:0];
      4'h1:
          \$593  = 2'h0;
      4'h9:
          \$593  = \$321 [1:0];
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          if (\$399 ) begin
            \$593  = \$400 [1:0];
          end
    endcase
    if (rst) begin
      \$593  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$594  = instr;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          \$594  = nxt;
    endcase
    if (rst) begin
      \$594  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$595  = nb1;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  \$595  = n_nb1;
              4'h2:
                  \$595  = n_nb1;
            endcase
          end
    endcase
    if (rst) begin
      \$595  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$596  = \$signal$199 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  \$596  = \$308 [15:0];
              4'h2:
                  \$596  = \$313 [15:0];
              4'h3:
                  \$596  = { \$316 [11], \$316 [11], \$316 [11], \$316 [11], \$316  };
            endcase
          end
    endcase
    if (rst) begin
      \$596  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$597  = b1;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  \$597  = \$309 ;
              4'h2:
                  \$597  = \$314 ;
            endcase
          end
    endcase
    if (rst) begin
      \$597  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$598  = rd_len;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  \$598  = n_rd_len;
            endcase
          end
    endcase
    if (rst) begin
      \$598  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$599  = req_more;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  \$599  = \$310 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (\$322 ) begin
            \$599  = \$325 ;
          end
    endcase
    if (rst) begin
      \$599  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$600  = req_cnt;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  \$600  = 10'h000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (\$322 ) begin
            \$600  = \$323 [9:0];
          end
    endcase
    if (rst) begin
      \$600  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$601  = req_addr;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  \$601  = nxt[66:51];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (\$322 ) begin
            \$601  = \$324 [15:0];
          end
    endcase
    if (rst) begin
      \$601  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$602  = rx_bank;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  \$602  = 10'h000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$326 ) begin
              if (\$328 ) begin
                \$602  = \$329 [9:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$602  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$603  = rx_word;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  \$603  = 16'h0000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$326 ) begin
              (* full_case = 32'd1 *)
              if (\$328 ) begin
                \$603  = 16'h0000;
              end else begin
                \$603  = \$333 [15:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$603  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$604  = rx_beat;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  \$604  = 3'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            (* full_case = 32'd1 *)
            if (\$326 ) begin
              \$604  = 3'h0;
            end else begin
              \$604  = \$336 [2:0];
            end
          end
    endcase
    if (rst) begin
      \$604  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$605  = \$signal$85 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  \$605  = \$311 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$326 ) begin
              (* full_case = 32'd1 *)
              if (\$328 ) begin
                \$605  = \$330 ;
              end else begin
                \$605  = \$335 ;
              end
            end
          end
    endcase
    if (rst) begin
      \$605  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$606  = rx_blast;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  \$606  = \$312 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$326 ) begin
              if (\$328 ) begin
                \$606  = \$332 ;
              end
            end
          end
    endcase
    if (rst) begin
      \$606  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$607  = \$signal$202 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  \$607  = 10'h000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$338 ) begin
            if (issuing) begin
              if (\$344 ) begin
                if (\$345 ) begin
                  \$607  = \$346 [9:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$607  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$608  = tx_word;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  \$608  = 16'h0000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$338 ) begin
            if (issuing) begin
              if (\$344 ) begin
                (* full_case = 32'd1 *)
                if (\$345 ) begin
                  \$608  = 16'h0000;
                end else begin
                  \$608  = \$358 [15:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$608  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$609  = tx_beat;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  \$609  = 3'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$338 ) begin
            if (issuing) begin
              (* full_case = 32'd1 *)
              if (\$344 ) begin
                \$609  = 3'h0;
              end else begin
                \$609  = \$362 [2:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$609  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$610  = \$signal$204 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  \$610  = nxt[66:51];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$338 ) begin
            if (issuing) begin
              if (\$344 ) begin
                if (\$345 ) begin
                  \$610  = \$347 [15:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$610  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$611  = s_cur;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  \$611  = nxt[66:51];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$338 ) begin
            if (issuing) begin
              (* full_case = 32'd1 *)
              if (\$344 ) begin
                (* full_case = 32'd1 *)
                if (\$345 ) begin
                  \$611  = \$348 [15:0];
                end else begin
                  \$611  = \$359 [15:0];
                end
              end else begin
                \$611  = \$363 [15:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$611  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$612  = t_row;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  \$612  = n_t_base;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$338 ) begin
            if (issuing) begin
              if (\$344 ) begin
                if (\$345 ) begin
                  \$612  = \$351 [7:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$612  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$613  = \$signal$146 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  \$613  = { 8'h00, n_t_base };
              4'h3:
                  \$613  = nxt[26:11];
              4'h4:
                  \$613  = \$320 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$338 ) begin
            if (issuing) begin
              if (\$344 ) begin
                (* full_case = 32'd1 *)
                if (\$345 ) begin
                  \$613  = { 7'h00, \$354  };
                end else begin
                  \$613  = \$360 [15:0];
                end
              end
            end
          end
      4'h4:
          if (issuing) begin
            \$613  = \$382 [15:0];
            if (\$383 ) begin
              if (\$384 ) begin
                (* full_case = 32'd1 *)
                if (\$385 ) begin
                  \$613  = \$389 [15:0];
                end else begin
                  \$613  = \$394 [15:0];
                end
              end
            end
          end
      4'h5:
          if (\$403 ) begin
            \$613  = instr[41:26];
          end
    endcase
    if (rst) begin
      \$613  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$614  = thr_ptr;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  \$614  = { 8'h00, n_t_base };
              4'h3:
                  /* empty */;
              4'h4:
                  \$614  = nxt[25:10];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$338 ) begin
            if (issuing) begin
              if (\$344 ) begin
                (* full_case = 32'd1 *)
                if (\$345 ) begin
                  \$614  = { 7'h00, \$357  };
                end else begin
                  \$614  = \$361 [15:0];
                end
              end
            end
          end
      4'h4:
          /* empty */;
      4'h5:
          \$614  = \$402 [15:0];
    endcase
    if (rst) begin
      \$614  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$615  = issuing;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  \$615  = 1'h1;
              4'h3:
                  \$615  = 1'h1;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$338 ) begin
            if (issuing) begin
              if (\$368 ) begin
                \$615  = 1'h0;
              end
            end
          end
      4'h4:
          if (issuing) begin
            if (\$383 ) begin
              if (\$384 ) begin
                if (\$385 ) begin
                  if (\$390 ) begin
                    \$615  = 1'h0;
                  end
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$615  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$616  = \$signal$207 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  \$616  = 1'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$338 ) begin
            (* full_case = 32'd1 *)
            if (issuing) begin
              \$616  = 1'h1;
            end else begin
              \$616  = 1'h0;
            end
          end
    endcase
    if (rst) begin
      \$616  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$617  = \$signal$103 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  \$617  = 1'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$370 ) begin
            \$617  = \$signal$207 ;
          end
    endcase
    if (rst) begin
      \$617  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$618  = pad_d;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  \$618  = 1'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          if (issuing) begin
            \$618  = \$378 ;
          end
    endcase
    if (rst) begin
      \$618  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$619  = wgt_r__addr;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  \$619  = nxt[34:27];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          if (issuing) begin
            \$619  = \$381 [7:0];
            if (\$383 ) begin
              if (\$384 ) begin
                if (\$385 ) begin
                  \$619  = instr[34:27];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$619  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$620  = p;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  \$620  = 3'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          if (issuing) begin
            if (\$383 ) begin
              if (\$384 ) begin
                if (\$385 ) begin
                  \$620  = \$386 [2:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$620  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$621  = \$signal$209 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  \$621  = \$317 [2:0];
            endcase
          end
    endcase
    if (rst) begin
      \$621  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$622  = \$signal$210 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  \$622  = { \$318 [1], \$318  };
            endcase
          end
    endcase
    if (rst) begin
      \$622  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$623  = kh1;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  \$623  = { \$319 [1], \$319  };
            endcase
          end
    endcase
    if (rst) begin
      \$623  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$624  = tail;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  \$624  = 16'h0000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          (* full_case = 32'd1 *)
          if (issuing) begin
          end else begin
            \$624  = \$398 [15:0];
          end
    endcase
    if (rst) begin
      \$624  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$625  = \$signal$212 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  \$625  = 11'h000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          if (issuing) begin
            (* full_case = 32'd1 *)
            if (\$383 ) begin
              \$625  = 11'h000;
            end else begin
              \$625  = \$397 [10:0];
            end
          end
    endcase
    if (rst) begin
      \$625  = 11'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$626  = \$signal$213 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  \$626  = 3'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          if (issuing) begin
            if (\$383 ) begin
              (* full_case = 32'd1 *)
              if (\$384 ) begin
                \$626  = 3'h0;
              end else begin
                \$626  = \$395 [2:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$626  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$627  = ky;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  \$627  = 3'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          if (issuing) begin
            if (\$383 ) begin
              if (\$384 ) begin
                (* full_case = 32'd1 *)
                if (\$385 ) begin
                  \$627  = 3'h0;
                end else begin
                  \$627  = \$391 [2:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$627  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$628  = \$signal$118 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  \$628  = 10'h000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          if (issuing) begin
            if (\$383 ) begin
              if (\$384 ) begin
                (* full_case = 32'd1 *)
                if (\$385 ) begin
                  \$628  = 10'h000;
                end else begin
                  \$628  = \$392 [9:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$628  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$629  = ix;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  \$629  = 10'h000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          if (issuing) begin
            if (\$383 ) begin
              (* full_case = 32'd1 *)
              if (\$384 ) begin
                \$629  = 10'h000;
              end else begin
                \$629  = \$396 [9:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$629  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$630  = plane_base;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  \$630  = nxt[26:11];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          if (issuing) begin
            if (\$383 ) begin
              if (\$384 ) begin
                if (\$385 ) begin
                  \$630  = \$387 [15:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$630  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$631  = \$signal$216 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  \$631  = nxt[26:11];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          if (issuing) begin
            if (\$383 ) begin
              if (\$384 ) begin
                (* full_case = 32'd1 *)
                if (\$385 ) begin
                  \$631  = \$388 [15:0];
                end else begin
                  \$631  = \$393 [15:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$631  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$632  = pitch;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  \$632  = n_pitch;
            endcase
          end
    endcase
    if (rst) begin
      \$632  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$633  = p_pad_last;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  \$633  = n_pad_last;
            endcase
          end
    endcase
    if (rst) begin
      \$633  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$634  = crow;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  /* empty */;
              4'h4:
                  \$634  = 1'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          if (\$411 ) begin
            if (\$412 ) begin
              \$634  = \$413 [0];
            end
          end
    endcase
    if (rst) begin
      \$634  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$635  = cbit;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  /* empty */;
              4'h4:
                  \$635  = 4'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          if (\$411 ) begin
            (* full_case = 32'd1 *)
            if (\$412 ) begin
              \$635  = 4'h0;
            end else begin
              \$635  = \$414 [3:0];
            end
          end
    endcase
    if (rst) begin
      \$635  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$636  = svalid;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  /* empty */;
              4'h4:
                  \$636  = 1'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          if (\$411 ) begin
            \$636  = 1'h1;
          end
    endcase
    if (rst) begin
      \$636  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$637  = wvalid;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  /* empty */;
              4'h4:
                  \$637  = 1'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          \$637  = svalid;
    endcase
    if (rst) begin
      \$637  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$638  = paddr;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  /* empty */;
              4'h4:
                  \$638  = nxt[41:26];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$415 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$416 ) begin
              \$638  = instr[41:26];
            end else begin
              \$638  = \$417 [15:0];
            end
          end
    endcase
    if (rst) begin
      \$638  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$639  = p_lv;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  /* empty */;
              4'h4:
                  \$639  = \$like$194 ;
            endcase
          end
    endcase
    if (rst) begin
      \$639  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$640  = p_cmp;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  /* empty */;
              4'h4:
                  \$640  = \$like$195 ;
            endcase
          end
    endcase
    if (rst) begin
      \$640  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$641  = p_ob1;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  /* empty */;
              4'h4:
                  \$641  = n_ob1;
            endcase
          end
    endcase
    if (rst) begin
      \$641  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$642  = shift;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  /* empty */;
              4'h4:
                  \$642  = \$signal$197 ;
            endcase
          end
    endcase
    if (rst) begin
      \$642  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$643  = p_res;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  /* empty */;
              4'h2:
                  /* empty */;
              4'h3:
                  /* empty */;
              4'h4:
                  \$643  = n_res;
            endcase
          end
    endcase
    if (rst) begin
      \$643  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$644  = asm;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            (* full_case = 32'd1 *)
            if (\$326 ) begin
            end else begin
              \$644  = full;
            end
          end
    endcase
    if (rst) begin
      \$644  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$645  = \$signal$223 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$338 ) begin
            if (issuing) begin
              \$645  = \$signal$202 ;
            end
          end
    endcase
    if (rst) begin
      \$645  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$646  = o_beat;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$338 ) begin
            if (issuing) begin
              \$646  = tx_beat;
            end
          end
    endcase
    if (rst) begin
      \$646  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$647  = o_addr;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$338 ) begin
            if (issuing) begin
              \$647  = s_cur;
            end
          end
    endcase
    if (rst) begin
      \$647  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$648  = o_last;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$338 ) begin
            if (issuing) begin
              \$648  = \$343 ;
            end
          end
    endcase
    if (rst) begin
      \$648  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$649  = o_addr2;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$370 ) begin
            \$649  = o_addr;
          end
    endcase
    if (rst) begin
      \$649  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$650  = \$signal$115 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$370 ) begin
            \$650  = o_last;
          end
    endcase
    if (rst) begin
      \$650  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$651  = o_bank2;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$370 ) begin
            \$651  = \$signal$223 ;
          end
    endcase
    if (rst) begin
      \$651  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$652  = o_beat2;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$370 ) begin
            \$652  = o_beat;
          end
    endcase
    if (rst) begin
      \$652  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$653  = thresh_l0;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$370 ) begin
            \$653  = thr_r__data;
          end
      4'h4:
          /* empty */;
      4'h5:
          if (\$401 ) begin
            \$653  = thr_r__data;
          end
    endcase
    if (rst) begin
      \$653  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$654  = cp;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          if (issuing) begin
            \$654  = p;
          end
    endcase
    if (rst) begin
      \$654  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$655  = pad_word_d;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          if (issuing) begin
            \$655  = \$380 ;
          end
    endcase
    if (rst) begin
      \$655  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$656  = \$signal$229 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          if (\$405 ) begin
            \$656  = act_r__data;
          end
    endcase
    if (rst) begin
      \$656  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$657  = \$signal$230 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          if (\$408 ) begin
            \$657  = act_r__data;
          end
    endcase
    if (rst) begin
      \$657  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$658  = \$signal$231 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          \$658  = \$409 ;
    endcase
    if (rst) begin
      \$658  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$659  = old_bits;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          \$659  = \$410 ;
    endcase
    if (rst) begin
      \$659  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$660  = lp_left;
    if (finish) begin
      if (\$419 ) begin
        (* full_case = 32'd1 *)
        if (\$420 ) begin
        end else begin
          \$660  = \$421 [15:0];
        end
      end
    end
    if (rst) begin
      \$660  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$661  = \$signal$65 ;
    if (finish) begin
      if (\$419 ) begin
        (* full_case = 32'd1 *)
        if (\$420 ) begin
        end else begin
          \$661  = \$422 [15:0];
        end
      end
    end
    if (rst) begin
      \$661  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$662  = \$signal$69 ;
    if (finish) begin
      if (\$419 ) begin
        (* full_case = 32'd1 *)
        if (\$420 ) begin
        end else begin
          \$662  = \$423 [15:0];
        end
      end
    end
    if (rst) begin
      \$662  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$663  = \$signal$71 ;
    if (finish) begin
      if (\$419 ) begin
        (* full_case = 32'd1 *)
        if (\$420 ) begin
        end else begin
          \$663  = \$424 [15:0];
        end
      end
    end
    if (rst) begin
      \$663  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$664  = \$signal$67 ;
    if (finish) begin
      if (\$419 ) begin
        (* full_case = 32'd1 *)
        if (\$420 ) begin
        end else begin
          \$664  = \$425 [8:0];
        end
      end
    end
    if (rst) begin
      \$664  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$665  = crow;
    if (rst) begin
      \$665  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$666  = cbit;
    if (rst) begin
      \$666  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$667  = y;
    if (rst) begin
      \$667  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$668  = scores;
    if (rst) begin
      \$668  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$669  = srow;
    if (rst) begin
      \$669  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$670  = sbit;
    if (rst) begin
      \$670  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$671  = busy;
    if (rst) begin
      \$671  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$672  = { 15'h0000, busy };
    if (rst) begin
      \$672  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$673  = ctr_cycles;
    if (\$431 ) begin
      \$673  = 24'h000000;
    end else if (counting) begin
      \$673  = \$432 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$674  = inc_instructions;
    if (rst) begin
      \$674  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$675  = ctr_instructions;
    if (\$438 ) begin
      \$675  = 24'h000000;
    end else if (counting) begin
      \$675  = \$439 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$676  = inc_load_busy;
    if (rst) begin
      \$676  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$677  = ctr_load_busy;
    if (\$445 ) begin
      \$677  = 24'h000000;
    end else if (counting) begin
      \$677  = \$446 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$678  = inc_load_stall;
    if (rst) begin
      \$678  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$679  = ctr_load_stall;
    if (\$452 ) begin
      \$679  = 24'h000000;
    end else if (counting) begin
      \$679  = \$453 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$680  = inc_store_busy;
    if (rst) begin
      \$680  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$681  = ctr_store_busy;
    if (\$459 ) begin
      \$681  = 24'h000000;
    end else if (counting) begin
      \$681  = \$460 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$682  = inc_store_stall;
    if (rst) begin
      \$682  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$683  = ctr_store_stall;
    if (\$466 ) begin
      \$683  = 24'h000000;
    end else if (counting) begin
      \$683  = \$467 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$684  = inc_gemm_busy;
    if (rst) begin
      \$684  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$685  = ctr_gemm_busy;
    if (\$473 ) begin
      \$685  = 24'h000000;
    end else if (counting) begin
      \$685  = \$474 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$686  = inc_gemm_stall;
    if (rst) begin
      \$686  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$687  = ctr_gemm_stall;
    if (\$480 ) begin
      \$687  = 24'h000000;
    end else if (counting) begin
      \$687  = \$481 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$688  = inc_post_busy;
    if (rst) begin
      \$688  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$689  = ctr_post_busy;
    if (\$487 ) begin
      \$689  = 24'h000000;
    end else if (counting) begin
      \$689  = \$488 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$690  = inc_post_stall;
    if (rst) begin
      \$690  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$691  = ctr_post_stall;
    if (\$494 ) begin
      \$691  = 24'h000000;
    end else if (counting) begin
      \$691  = \$495 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$692  = inc_sram_act_reads;
    if (rst) begin
      \$692  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$693  = ctr_sram_act_reads;
    if (\$501 ) begin
      \$693  = 24'h000000;
    end else if (counting) begin
      \$693  = \$502 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$694  = inc_sram_act_writes;
    if (rst) begin
      \$694  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$695  = ctr_sram_act_writes;
    if (\$508 ) begin
      \$695  = 24'h000000;
    end else if (counting) begin
      \$695  = \$509 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$696  = inc_sram_weight_reads;
    if (rst) begin
      \$696  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$697  = ctr_sram_weight_reads;
    if (\$515 ) begin
      \$697  = 24'h000000;
    end else if (counting) begin
      \$697  = \$516 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$698  = inc_sram_weight_writes;
    if (rst) begin
      \$698  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$699  = ctr_sram_weight_writes;
    if (\$522 ) begin
      \$699  = 24'h000000;
    end else if (counting) begin
      \$699  = \$523 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$700  = inc_sram_thresh_reads;
    if (rst) begin
      \$700  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$701  = ctr_sram_thresh_reads;
    if (\$529 ) begin
      \$701  = 24'h000000;
    end else if (counting) begin
      \$701  = \$530 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$702  = inc_sram_thresh_writes;
    if (rst) begin
      \$702  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$703  = ctr_sram_thresh_writes;
    if (\$536 ) begin
      \$703  = 24'h000000;
    end else if (counting) begin
      \$703  = \$537 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$704  = inc_sram_out_reads;
    if (rst) begin
      \$704  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$705  = ctr_sram_out_reads;
    if (\$543 ) begin
      \$705  = 24'h000000;
    end else if (counting) begin
      \$705  = \$544 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$706  = inc_sram_out_writes;
    if (rst) begin
      \$706  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$707  = ctr_sram_out_writes;
    if (\$550 ) begin
      \$707  = 24'h000000;
    end else if (counting) begin
      \$707  = \$551 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$708  = inc_threshold_ops;
    if (rst) begin
      \$708  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$709  = ctr_threshold_ops;
    if (\$557 ) begin
      \$709  = 24'h000000;
    end else if (counting) begin
      \$709  = \$558 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$106  = 16'h0000;
    casez (o_beat2)
      3'h0:
          \$106  = store_out[15:0];
      3'h1:
          \$106  = store_out[31:16];
      3'h2:
          \$106  = store_out[47:32];
      3'h3:
          \$106  = store_out[63:48];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$205  = ctr_cycles;
      2'h1:
          \$205  = ctr_instructions;
      2'h2:
          \$205  = ctr_load_busy;
      2'h3:
          \$205  = ctr_load_stall;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$206  = ctr_store_busy;
      2'h1:
          \$206  = ctr_store_stall;
      2'h2:
          \$206  = ctr_gemm_busy;
      2'h3:
          \$206  = ctr_gemm_stall;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$207  = ctr_post_busy;
      2'h1:
          \$207  = ctr_post_stall;
      2'h2:
          \$207  = ctr_sram_act_reads;
      2'h3:
          \$207  = ctr_sram_act_writes;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$208  = ctr_sram_weight_reads;
      2'h1:
          \$208  = ctr_sram_weight_writes;
      2'h2:
          \$208  = ctr_sram_thresh_reads;
      2'h3:
          \$208  = ctr_sram_thresh_writes;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$209  = 24'h000000;
    casez (ctr_sel[1:0])
      2'h0:
          \$209  = ctr_sram_out_reads;
      2'h1:
          \$209  = ctr_sram_out_writes;
      2'h2:
          \$209  = ctr_threshold_ops;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$210  = 24'h000000;
    casez (sel_q)
      3'h0:
          \$210  = ctr_group0;
      3'h1:
          \$210  = ctr_group1;
      3'h2:
          \$210  = ctr_group2;
      3'h3:
          \$210  = ctr_group3;
      3'h4:
          \$210  = ctr_group4;
    endcase
  end
  assign \$signature__addr  = imem_addr;
  assign \$signature__data  = imem_data;
  assign \$signature__en  = imem_we;
  assign thresh_out_addr_q = \$signature__addr$25 ;
  assign thresh_out_data_q = \$signature__data$27 ;
  assign thresh_out_en_q = \$signature__en$29 ;
  assign act_addr_q = \$signature__addr$31 ;
  assign act_data_q = \$signature__data$33 ;
  assign act_en_q = \$signature__en$35 ;
  assign weight_addr_q = \$signature__addr$37 ;
  assign weight_data_q = \$signature__data$39 ;
  assign weight_en_q = \$signature__en$41 ;
  assign fetch_addr = ir__addr;
  assign inc_cycles = { 15'h0000, busy };
  assign wgt_q = w_in;
  assign \$signal$56  = valid;
  assign \$signal$58  = zero;
  assign cp_q = plane;
  assign lp_end = 10'h000;
  assign \$signal$66  = 16'h0000;
  assign \$signal$68  = 9'h000;
  assign \$signal$70  = 16'h0000;
  assign \$signal$72  = 16'h0000;
  assign \$like  = 10'h000;
  assign \acc$140  = acc;
  assign active = p_cmp;
  assign p_shift = shift;
  assign thresh = thresh_l0;
  assign act_r__addr = \$signal$146 [7:0];
  assign \$signal$148  = wgt_r__addr;
  assign thr_r__addr = thr_ptr[7:0];
  assign config_id = 32'd3647098214;
  always @*
    fetched[10:0] = ir_q[10:0];
  always @*
    fetched[71:42] = ir_q[71:42];
  always @*
    fetched[104:88] = ir_q[104:88];
  always @*
    fetched[127:114] = ir_q[127:114];
  assign \$6  = 1'h0;
  assign \$8  = 1'h0;
  assign \$9  = 1'h1;
  assign \$10  = 1'h0;
  assign \$12  = 1'h0;
  assign \$14  = 1'h0;
  assign \$16  = 1'h0;
  assign \$18  = { 1'h0, \$signal$65  };
  assign \$21  = 1'h0;
  assign \$23  = 1'h0;
  assign \$25  = { 1'h0, \$signal$67  };
  assign \$28  = 1'h0;
  assign \$30  = 1'h0;
  assign \$31  = 1'h1;
  assign \$32  = 1'h0;
  assign \$34  = 1'h0;
  assign \$36  = 1'h0;
  assign \$38  = 1'h0;
  assign \$40  = { 1'h0, \$signal$69  };
  assign \$43  = 1'h0;
  assign \$45  = 1'h0;
  assign \$47  = { 1'h0, \$signal$71  };
  assign \$68  = \$67 ;
  assign \$120  = 1'h0;
  assign \$121  = 1'h0;
  assign \$123  = 1'h0;
  assign \$135  = 4'h0;
  assign \$136  = { \$134 , \$133 , \$132 , \$131  };
  assign \$141  = 4'h0;
  assign \$142  = { \$140 , \$139 , \$138 , \$137  };
  assign \$147  = 4'h0;
  assign \$148  = { \$146 , \$145 , \$144 , \$143  };
  assign \$153  = 4'h0;
  assign \$154  = { \$152 , \$151 , \$150 , \$149  };
  assign \$171  = 1'h0;
  assign \$199  = 1'h0;
  assign \$201  = 1'h0;
  assign \$203  = \$202 ;
  assign \$213  = 1'h0;
  assign \$215  = 1'h0;
  assign \$216  = 1'h1;
  assign \$217  = 1'h0;
  assign \$219  = 1'h0;
  assign \$221  = 1'h0;
  assign \$222  = bad;
  assign \$230  = { 1'h0, ir_q[50:35] };
  assign \$232  = { 1'h0, ir_q[50:35] };
  assign \$234  = { 1'h0, ir_q[50:35] };
  assign \$235  = { 1'h0, ir_q[50:35], 2'h0 };
  assign \$243  = 1'h0;
  assign \$244  = 1'h1;
  assign \$245  = 1'h0;
  assign \$246  = 1'h0;
  assign \$247  = 1'h1;
  assign \$248  = 1'h0;
  assign \$249  = 1'h0;
  assign \$250  = 1'h1;
  assign \$251  = 1'h0;
  assign \$252  = 1'h0;
  assign \$253  = 1'h1;
  assign \$254  = 1'h0;
  assign \$255  = 1'h0;
  assign \$256  = 1'h1;
  assign \$257  = 1'h0;
  assign \$258  = 1'h0;
  assign \$259  = 1'h1;
  assign \$260  = 1'h0;
  assign \$261  = 1'h0;
  assign \$262  = 1'h1;
  assign \$263  = 1'h0;
  assign \$264  = 1'h0;
  assign \$265  = 1'h1;
  assign \$266  = 1'h0;
  assign \$267  = 1'h0;
  assign \$268  = 1'h1;
  assign \$269  = 1'h0;
  assign \$270  = 1'h0;
  assign \$271  = 1'h1;
  assign \$272  = 1'h0;
  assign \$273  = 1'h0;
  assign \$274  = 1'h1;
  assign \$275  = 1'h0;
  assign \$276  = 1'h0;
  assign \$277  = 1'h1;
  assign \$278  = 1'h0;
  assign \$279  = 1'h0;
  assign \$280  = 1'h1;
  assign \$281  = 1'h0;
  assign \$282  = 1'h0;
  assign \$283  = 1'h1;
  assign \$284  = 1'h0;
  assign \$285  = 1'h0;
  assign \$286  = 1'h1;
  assign \$287  = 1'h0;
  assign \$288  = 1'h0;
  assign \$289  = 1'h1;
  assign \$290  = 1'h0;
  assign \$291  = 16'h0000;
  assign \$294  = \$293 ;
  assign \$298  = \$297 ;
  assign \$300  = \$299 ;
  assign \$318  = 2'h0;
  assign \$319  = 2'h0;
  assign \$320  = nxt[41:26];
  assign \$405  = 1'h0;
  assign \$406  = 2'h1;
  assign \$408  = 1'h0;
  assign \$419  = 1'h0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array (rst, a_in, w_in, valid, zero, plane, acc, clk);
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
  \accel_top.array.pe_0_0  pe_0_0 (
    .a(a0_g0_q0),
    .acc(\acc$21 ),
    .clk(clk),
    .plane(plane_r0_g0_q0),
    .rst(rst),
    .valid(valid_r0_g0_q0),
    .w(w0_q0),
    .zero(zero_r0_g0_q0)
  );
  \accel_top.array.pe_0_1  pe_0_1 (
    .a(a0_g0_q0),
    .acc(\acc$27 ),
    .clk(clk),
    .plane(plane_r0_g0_q0),
    .rst(rst),
    .valid(valid_r0_g0_q0),
    .w(w1_q0),
    .zero(zero_r0_g0_q0)
  );
  \accel_top.array.pe_0_2  pe_0_2 (
    .a(a0_g0_q0),
    .acc(\acc$33 ),
    .clk(clk),
    .plane(plane_r0_g0_q0),
    .rst(rst),
    .valid(valid_r0_g0_q0),
    .w(w2_q0),
    .zero(zero_r0_g0_q0)
  );
  \accel_top.array.pe_0_3  pe_0_3 (
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
module \accel_top.array.pe_0_0 (rst, a, w, valid, zero, plane, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$2  = 0;
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
  \accel_top.array.pe_0_0.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r0_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
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
module \accel_top.array.pe_0_0.pop (rst, i, pop_r0_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$2 ;
  wire [2:0] \$3 ;
  wire [1:0] \$4 ;
  wire [1:0] \$5 ;
  wire [2:0] \$6 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [15:0] i;
  wire [15:0] i;
  (* init = 5'h00 *)
  wire [4:0] o;
  output [4:0] pop_r0_0;
  reg [4:0] pop_r0_0 = 5'h00;
  input rst;
  wire rst;
  assign \$1  = i[0] + i[1];
  assign \$2  = i[2] + i[3];
  assign \$3  = \$1  + \$2 ;
  assign \$4  = i[4] + i[5];
  assign \$5  = i[6] + i[7];
  assign \$6  = \$4  + \$5 ;
  assign \$7  = \$3  + \$6 ;
  assign \$8  = i[8] + i[9];
  assign \$9  = i[10] + i[11];
  assign \$10  = \$8  + \$9 ;
  assign \$11  = i[12] + i[13];
  assign \$12  = i[14] + i[15];
  assign \$13  = \$11  + \$12 ;
  assign \$14  = \$10  + \$13 ;
  assign \$15  = \$7  + \$14 ;
  always @(posedge clk)
    pop_r0_0 <= \$15 ;
  assign o = pop_r0_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_1 (rst, a, w, valid, zero, plane, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$3  = 0;
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
  \accel_top.array.pe_0_1.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r0_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
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
module \accel_top.array.pe_0_1.pop (rst, i, pop_r0_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$2 ;
  wire [2:0] \$3 ;
  wire [1:0] \$4 ;
  wire [1:0] \$5 ;
  wire [2:0] \$6 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [15:0] i;
  wire [15:0] i;
  (* init = 5'h00 *)
  wire [4:0] o;
  output [4:0] pop_r0_0;
  reg [4:0] pop_r0_0 = 5'h00;
  input rst;
  wire rst;
  assign \$1  = i[0] + i[1];
  assign \$2  = i[2] + i[3];
  assign \$3  = \$1  + \$2 ;
  assign \$4  = i[4] + i[5];
  assign \$5  = i[6] + i[7];
  assign \$6  = \$4  + \$5 ;
  assign \$7  = \$3  + \$6 ;
  assign \$8  = i[8] + i[9];
  assign \$9  = i[10] + i[11];
  assign \$10  = \$8  + \$9 ;
  assign \$11  = i[12] + i[13];
  assign \$12  = i[14] + i[15];
  assign \$13  = \$11  + \$12 ;
  assign \$14  = \$10  + \$13 ;
  assign \$15  = \$7  + \$14 ;
  always @(posedge clk)
    pop_r0_0 <= \$15 ;
  assign o = pop_r0_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_2 (rst, a, w, valid, zero, plane, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$4  = 0;
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
  \accel_top.array.pe_0_2.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r0_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
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
module \accel_top.array.pe_0_2.pop (rst, i, pop_r0_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$2 ;
  wire [2:0] \$3 ;
  wire [1:0] \$4 ;
  wire [1:0] \$5 ;
  wire [2:0] \$6 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [15:0] i;
  wire [15:0] i;
  (* init = 5'h00 *)
  wire [4:0] o;
  output [4:0] pop_r0_0;
  reg [4:0] pop_r0_0 = 5'h00;
  input rst;
  wire rst;
  assign \$1  = i[0] + i[1];
  assign \$2  = i[2] + i[3];
  assign \$3  = \$1  + \$2 ;
  assign \$4  = i[4] + i[5];
  assign \$5  = i[6] + i[7];
  assign \$6  = \$4  + \$5 ;
  assign \$7  = \$3  + \$6 ;
  assign \$8  = i[8] + i[9];
  assign \$9  = i[10] + i[11];
  assign \$10  = \$8  + \$9 ;
  assign \$11  = i[12] + i[13];
  assign \$12  = i[14] + i[15];
  assign \$13  = \$11  + \$12 ;
  assign \$14  = \$10  + \$13 ;
  assign \$15  = \$7  + \$14 ;
  always @(posedge clk)
    pop_r0_0 <= \$15 ;
  assign o = pop_r0_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_3 (rst, a, w, valid, zero, plane, acc, clk);
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
  \accel_top.array.pe_0_3.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r0_0(o),
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
module \accel_top.array.pe_0_3.pop (rst, i, pop_r0_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$2 ;
  wire [2:0] \$3 ;
  wire [1:0] \$4 ;
  wire [1:0] \$5 ;
  wire [2:0] \$6 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [15:0] i;
  wire [15:0] i;
  (* init = 5'h00 *)
  wire [4:0] o;
  output [4:0] pop_r0_0;
  reg [4:0] pop_r0_0 = 5'h00;
  input rst;
  wire rst;
  assign \$1  = i[0] + i[1];
  assign \$2  = i[2] + i[3];
  assign \$3  = \$1  + \$2 ;
  assign \$4  = i[4] + i[5];
  assign \$5  = i[6] + i[7];
  assign \$6  = \$4  + \$5 ;
  assign \$7  = \$3  + \$6 ;
  assign \$8  = i[8] + i[9];
  assign \$9  = i[10] + i[11];
  assign \$10  = \$8  + \$9 ;
  assign \$11  = i[12] + i[13];
  assign \$12  = i[14] + i[15];
  assign \$13  = \$11  + \$12 ;
  assign \$14  = \$10  + \$13 ;
  assign \$15  = \$7  + \$14 ;
  always @(posedge clk)
    pop_r0_0 <= \$15 ;
  assign o = pop_r0_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.thresh_unit (shift, thresh, acc, y, scores, active);
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
  output [63:0] scores;
  wire [63:0] scores;
  input shift;
  wire shift;
  input [63:0] thresh;
  wire [63:0] thresh;
  output [3:0] y;
  wire [3:0] y;
  assign \$1  = acc[15:0] << shift;
  assign \$2  = \$1  - thresh[15:0];
  assign \$3  = active > 1'h0;
  assign \$4  = ~ \$2 [17];
  assign hit_c0_l0 = \$3  & \$4 ;
  assign \$5  = acc[31:16] << shift;
  assign \$6  = \$5  - thresh[31:16];
  assign \$7  = active > 1'h0;
  assign \$8  = ~ \$6 [17];
  assign hit_c1_l0 = \$7  & \$8 ;
  assign \$9  = acc[47:32] << shift;
  assign \$10  = \$9  - thresh[47:32];
  assign \$11  = active > 1'h0;
  assign \$12  = ~ \$10 [17];
  assign hit_c2_l0 = \$11  & \$12 ;
  assign \$13  = acc[63:48] << shift;
  assign \$14  = \$13  - thresh[63:48];
  assign \$15  = active > 1'h0;
  assign \$16  = ~ \$14 [17];
  assign hit_c3_l0 = \$15  & \$16 ;
  assign diff_c0 = \$2 [17:0];
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
