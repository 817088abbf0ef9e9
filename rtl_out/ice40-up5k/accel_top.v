(* top =  1  *)
(* generator = "Amaranth" *)
module accel_top(imem_we, imem_addr, imem_data, mem_rd_ready, mem_rd_data_valid, mem_rd_data, mem_wr_ready, ctr_sel, clk, rst, done, busy, error, mem_rd_valid, mem_rd_addr, mem_rd_len, mem_wr_valid, mem_wr_addr, mem_wr_data, ctr_value, config_id
, start);
  reg \$auto$verilog_backend.cc:2355:dump_module$1  = 0;
  wire \$1 ;
  wire \$10 ;
  reg [15:0] \$100 ;
  wire [15:0] \$101 ;
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
  wire [3:0] \$120 ;
  wire \$121 ;
  wire [8:0] \$122 ;
  wire [9:0] \$123 ;
  wire [16:0] \$124 ;
  wire \$125 ;
  wire \$126 ;
  wire \$127 ;
  wire \$128 ;
  wire [3:0] \$129 ;
  wire \$13 ;
  wire [3:0] \$130 ;
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
  wire \$153 ;
  wire \$154 ;
  wire \$155 ;
  wire \$156 ;
  wire \$157 ;
  wire \$158 ;
  wire \$159 ;
  wire [15:0] \$16 ;
  wire \$160 ;
  wire \$161 ;
  wire \$162 ;
  wire [10:0] \$163 ;
  wire \$164 ;
  wire \$165 ;
  wire \$166 ;
  wire \$167 ;
  wire \$168 ;
  wire \$169 ;
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
  wire [10:0] \$195 ;
  wire [10:0] \$196 ;
  wire [10:0] \$197 ;
  reg [23:0] \$198 ;
  reg [23:0] \$199 ;
  wire \$2 ;
  wire \$20 ;
  reg [23:0] \$200 ;
  reg [23:0] \$201 ;
  reg [23:0] \$202 ;
  reg [23:0] \$203 ;
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
  wire [1:0] \$218 ;
  wire [1:0] \$219 ;
  wire [8:0] \$22 ;
  wire [1:0] \$220 ;
  wire \$221 ;
  wire [16:0] \$222 ;
  wire \$223 ;
  wire [16:0] \$224 ;
  wire \$225 ;
  wire [16:0] \$226 ;
  wire [18:0] \$227 ;
  wire [18:0] \$228 ;
  wire [18:0] \$229 ;
  wire [10:0] \$23 ;
  wire [18:0] \$230 ;
  wire \$231 ;
  wire [7:0] \$232 ;
  wire [16:0] \$233 ;
  wire [11:0] \$234 ;
  wire \$235 ;
  wire \$236 ;
  wire \$237 ;
  wire \$238 ;
  wire \$239 ;
  wire \$24 ;
  wire \$240 ;
  wire \$241 ;
  wire \$242 ;
  wire \$243 ;
  wire \$244 ;
  wire \$245 ;
  wire \$246 ;
  wire \$247 ;
  wire \$248 ;
  wire \$249 ;
  wire \$25 ;
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
  wire \$26 ;
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
  wire [15:0] \$283 ;
  wire \$284 ;
  reg [14:0] \$285 ;
  wire [14:0] \$286 ;
  wire [14:0] \$287 ;
  wire \$288 ;
  reg [14:0] \$289 ;
  wire \$29 ;
  wire [14:0] \$290 ;
  wire [14:0] \$291 ;
  wire [14:0] \$292 ;
  wire \$293 ;
  wire \$294 ;
  wire \$295 ;
  wire [4:0] \$296 ;
  wire [4:0] \$297 ;
  wire [2:0] \$298 ;
  wire \$299 ;
  wire \$3 ;
  wire \$30 ;
  wire [16:0] \$300 ;
  wire [9:0] \$301 ;
  wire \$302 ;
  wire \$303 ;
  wire \$304 ;
  wire [16:0] \$305 ;
  wire [9:0] \$306 ;
  wire \$307 ;
  wire [11:0] \$308 ;
  wire [4:0] \$309 ;
  wire \$31 ;
  wire [1:0] \$310 ;
  wire [1:0] \$311 ;
  wire \$312 ;
  wire \$313 ;
  wire \$314 ;
  wire \$315 ;
  wire [15:0] \$316 ;
  wire [2:0] \$317 ;
  wire \$318 ;
  wire [10:0] \$319 ;
  wire \$32 ;
  wire [32:0] \$320 ;
  wire \$321 ;
  wire \$322 ;
  wire \$323 ;
  wire \$324 ;
  wire [10:0] \$325 ;
  wire \$326 ;
  wire [10:0] \$327 ;
  wire \$328 ;
  wire [16:0] \$329 ;
  wire \$33 ;
  wire [16:0] \$330 ;
  wire \$331 ;
  wire [3:0] \$332 ;
  wire \$333 ;
  wire \$334 ;
  wire \$335 ;
  wire \$336 ;
  wire \$337 ;
  wire \$338 ;
  wire \$339 ;
  wire \$34 ;
  wire \$340 ;
  wire \$341 ;
  wire [10:0] \$342 ;
  wire [32:0] \$343 ;
  wire [32:0] \$344 ;
  wire \$345 ;
  wire [7:0] \$346 ;
  wire [8:0] \$347 ;
  wire \$348 ;
  wire [7:0] \$349 ;
  wire [15:0] \$35 ;
  wire [8:0] \$350 ;
  wire \$351 ;
  wire [7:0] \$352 ;
  wire [8:0] \$353 ;
  wire [16:0] \$354 ;
  wire [16:0] \$355 ;
  wire [16:0] \$356 ;
  wire [16:0] \$357 ;
  wire [3:0] \$358 ;
  wire [16:0] \$359 ;
  wire [16:0] \$36 ;
  wire \$360 ;
  wire \$361 ;
  wire \$362 ;
  wire \$363 ;
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
  wire [15:0] \$375 ;
  wire [8:0] \$376 ;
  wire [16:0] \$377 ;
  wire \$378 ;
  wire \$379 ;
  wire \$38 ;
  wire [3:0] \$380 ;
  wire [16:0] \$381 ;
  wire [16:0] \$382 ;
  wire [16:0] \$383 ;
  wire \$384 ;
  wire [3:0] \$385 ;
  wire \$386 ;
  wire [3:0] \$387 ;
  wire [10:0] \$388 ;
  wire [16:0] \$389 ;
  wire \$39 ;
  wire [16:0] \$390 ;
  wire [3:0] \$391 ;
  wire \$392 ;
  wire [3:0] \$393 ;
  wire [10:0] \$394 ;
  wire [3:0] \$395 ;
  wire \$396 ;
  wire [11:0] \$397 ;
  wire [11:0] \$398 ;
  wire \$399 ;
  wire \$4 ;
  wire \$40 ;
  wire [16:0] \$400 ;
  wire \$401 ;
  wire [2:0] \$402 ;
  wire \$403 ;
  wire [16:0] \$404 ;
  wire \$405 ;
  wire \$406 ;
  wire \$407 ;
  wire [1:0] \$408 ;
  wire \$409 ;
  wire [15:0] \$41 ;
  wire \$410 ;
  reg [3:0] \$411 ;
  reg [3:0] \$412 ;
  wire \$413 ;
  wire \$414 ;
  wire [1:0] \$415 ;
  wire [4:0] \$416 ;
  wire \$417 ;
  wire \$418 ;
  wire [16:0] \$419 ;
  wire [16:0] \$42 ;
  wire \$420 ;
  wire \$421 ;
  wire [16:0] \$422 ;
  wire \$423 ;
  wire [16:0] \$424 ;
  wire [16:0] \$425 ;
  wire [16:0] \$426 ;
  wire [9:0] \$427 ;
  wire \$428 ;
  wire \$429 ;
  wire \$43 ;
  wire \$430 ;
  wire \$431 ;
  wire \$432 ;
  wire \$433 ;
  wire [24:0] \$434 ;
  wire \$435 ;
  wire \$436 ;
  wire \$437 ;
  wire \$438 ;
  wire \$439 ;
  wire \$44 ;
  wire \$440 ;
  wire [24:0] \$441 ;
  wire \$442 ;
  wire \$443 ;
  wire \$444 ;
  wire \$445 ;
  wire \$446 ;
  wire \$447 ;
  wire [24:0] \$448 ;
  wire \$449 ;
  wire \$45 ;
  wire \$450 ;
  wire \$451 ;
  wire \$452 ;
  wire \$453 ;
  wire \$454 ;
  wire [24:0] \$455 ;
  wire \$456 ;
  wire \$457 ;
  wire \$458 ;
  wire \$459 ;
  wire \$46 ;
  wire \$460 ;
  wire \$461 ;
  wire [24:0] \$462 ;
  wire \$463 ;
  wire \$464 ;
  wire \$465 ;
  wire \$466 ;
  wire \$467 ;
  wire \$468 ;
  wire [24:0] \$469 ;
  wire \$47 ;
  wire \$470 ;
  wire \$471 ;
  wire \$472 ;
  wire \$473 ;
  wire \$474 ;
  wire \$475 ;
  wire [24:0] \$476 ;
  wire \$477 ;
  wire \$478 ;
  wire \$479 ;
  wire \$48 ;
  wire \$480 ;
  wire \$481 ;
  wire \$482 ;
  wire [24:0] \$483 ;
  wire \$484 ;
  wire \$485 ;
  wire \$486 ;
  wire \$487 ;
  wire \$488 ;
  wire \$489 ;
  wire \$49 ;
  wire [24:0] \$490 ;
  wire \$491 ;
  wire \$492 ;
  wire \$493 ;
  wire \$494 ;
  wire \$495 ;
  wire \$496 ;
  wire [24:0] \$497 ;
  wire \$498 ;
  wire \$499 ;
  wire \$5 ;
  wire \$50 ;
  wire \$500 ;
  wire \$501 ;
  wire \$502 ;
  wire \$503 ;
  wire [24:0] \$504 ;
  wire \$505 ;
  wire \$506 ;
  wire \$507 ;
  wire \$508 ;
  wire \$509 ;
  wire \$51 ;
  wire \$510 ;
  wire [24:0] \$511 ;
  wire \$512 ;
  wire \$513 ;
  wire \$514 ;
  wire \$515 ;
  wire \$516 ;
  wire \$517 ;
  wire [24:0] \$518 ;
  wire \$519 ;
  wire \$52 ;
  wire \$520 ;
  wire \$521 ;
  wire \$522 ;
  wire \$523 ;
  wire \$524 ;
  wire [24:0] \$525 ;
  wire \$526 ;
  wire \$527 ;
  wire \$528 ;
  wire \$529 ;
  wire \$53 ;
  wire \$530 ;
  wire \$531 ;
  wire [24:0] \$532 ;
  wire \$533 ;
  wire \$534 ;
  wire \$535 ;
  wire \$536 ;
  wire \$537 ;
  wire \$538 ;
  wire [24:0] \$539 ;
  wire \$54 ;
  wire \$540 ;
  wire \$541 ;
  wire \$542 ;
  wire \$543 ;
  wire \$544 ;
  wire \$545 ;
  wire [24:0] \$546 ;
  wire \$547 ;
  wire \$548 ;
  wire \$549 ;
  wire \$55 ;
  wire \$550 ;
  wire \$551 ;
  wire \$552 ;
  wire [24:0] \$553 ;
  wire \$554 ;
  wire \$555 ;
  wire \$556 ;
  wire \$557 ;
  wire \$558 ;
  wire \$559 ;
  wire \$56 ;
  wire [24:0] \$560 ;
  reg [3:0] \$561 ;
  reg [3:0] \$562 ;
  reg [3:0] \$563 ;
  reg [8:0] \$564 ;
  reg [9:0] \$565 ;
  reg [23:0] \$566 ;
  reg [23:0] \$567 ;
  reg [23:0] \$568 ;
  reg [23:0] \$569 ;
  wire \$57 ;
  reg [23:0] \$570 ;
  reg [2:0] \$571 ;
  reg [23:0] \$572 ;
  reg [15:0] \$573 ;
  reg \$574 ;
  reg [15:0] \$575 ;
  reg \$576 ;
  reg \$577 ;
  reg [2:0] \$578 ;
  reg \$579 ;
  wire \$58 ;
  reg \$580 ;
  reg [127:0] \$581 ;
  reg [127:0] \$582 ;
  reg \$583 ;
  reg [1:0] \$584 ;
  reg [23:0] \$585 ;
  reg [7:0] \$586 ;
  reg [15:0] \$587 ;
  reg [15:0] \$588 ;
  reg [1:0] \$589 ;
  wire \$59 ;
  reg \$590 ;
  reg \$591 ;
  reg \$592 ;
  reg [3:0] \$593 ;
  reg [3:0] \$594 ;
  reg [1:0] \$595 ;
  reg [127:0] \$596 ;
  reg [1:0] \$597 ;
  reg [15:0] \$598 ;
  reg [9:0] \$599 ;
  wire \$6 ;
  wire \$60 ;
  reg [23:0] \$600 ;
  reg \$601 ;
  reg [9:0] \$602 ;
  reg [15:0] \$603 ;
  reg [9:0] \$604 ;
  reg [15:0] \$605 ;
  reg [2:0] \$606 ;
  reg \$607 ;
  reg \$608 ;
  reg [9:0] \$609 ;
  wire \$61 ;
  reg [15:0] \$610 ;
  reg [2:0] \$611 ;
  reg [15:0] \$612 ;
  reg [15:0] \$613 ;
  reg [7:0] \$614 ;
  reg [15:0] \$615 ;
  reg [15:0] \$616 ;
  reg \$617 ;
  reg \$618 ;
  reg \$619 ;
  wire \$62 ;
  reg \$620 ;
  reg [7:0] \$621 ;
  reg [2:0] \$622 ;
  reg [2:0] \$623 ;
  reg [2:0] \$624 ;
  reg [2:0] \$625 ;
  reg [15:0] \$626 ;
  reg [10:0] \$627 ;
  reg [2:0] \$628 ;
  reg [2:0] \$629 ;
  wire \$63 ;
  reg [9:0] \$630 ;
  reg [9:0] \$631 ;
  reg \$632 ;
  reg \$633 ;
  reg \$634 ;
  reg \$635 ;
  reg [15:0] \$636 ;
  reg [15:0] \$637 ;
  reg [15:0] \$638 ;
  reg [15:0] \$639 ;
  wire \$64 ;
  reg \$640 ;
  reg [3:0] \$641 ;
  reg \$642 ;
  reg \$643 ;
  reg [15:0] \$644 ;
  reg [1:0] \$645 ;
  reg \$646 ;
  reg [3:0] \$647 ;
  reg \$648 ;
  reg \$649 ;
  wire \$65 ;
  reg [15:0] \$650 ;
  reg [9:0] \$651 ;
  reg [2:0] \$652 ;
  reg [15:0] \$653 ;
  reg \$654 ;
  reg [15:0] \$655 ;
  reg \$656 ;
  reg [9:0] \$657 ;
  reg [2:0] \$658 ;
  reg [63:0] \$659 ;
  wire \$66 ;
  reg [2:0] \$660 ;
  reg [15:0] \$661 ;
  reg [15:0] \$662 ;
  reg [15:0] \$663 ;
  reg [3:0] \$664 ;
  reg [3:0] \$665 ;
  reg [15:0] \$666 ;
  reg \$667 ;
  reg [15:0] \$668 ;
  reg [15:0] \$669 ;
  wire \$67 ;
  reg [15:0] \$670 ;
  reg [8:0] \$671 ;
  reg [15:0] \$672 ;
  reg [15:0] \$673 ;
  reg [15:0] \$674 ;
  reg [8:0] \$675 ;
  reg \$676 ;
  reg [3:0] \$677 ;
  reg [3:0] \$678 ;
  reg [63:0] \$679 ;
  wire \$68 ;
  reg \$680 ;
  reg [3:0] \$681 ;
  reg \$682 ;
  reg [15:0] \$683 ;
  reg [23:0] \$684 ;
  reg [15:0] \$685 ;
  reg [23:0] \$686 ;
  reg [15:0] \$687 ;
  reg [23:0] \$688 ;
  reg [15:0] \$689 ;
  wire \$69 ;
  reg [23:0] \$690 ;
  reg [15:0] \$691 ;
  reg [23:0] \$692 ;
  reg [15:0] \$693 ;
  reg [23:0] \$694 ;
  reg [15:0] \$695 ;
  reg [23:0] \$696 ;
  reg [15:0] \$697 ;
  reg [23:0] \$698 ;
  reg [15:0] \$699 ;
  wire \$7 ;
  wire \$70 ;
  reg [23:0] \$700 ;
  reg [15:0] \$701 ;
  reg [23:0] \$702 ;
  reg [15:0] \$703 ;
  reg [23:0] \$704 ;
  reg [15:0] \$705 ;
  reg [23:0] \$706 ;
  reg [15:0] \$707 ;
  reg [23:0] \$708 ;
  reg [15:0] \$709 ;
  wire \$71 ;
  reg [23:0] \$710 ;
  reg [15:0] \$711 ;
  reg [23:0] \$712 ;
  reg [15:0] \$713 ;
  reg [23:0] \$714 ;
  reg [15:0] \$715 ;
  reg [23:0] \$716 ;
  reg [15:0] \$717 ;
  reg [23:0] \$718 ;
  reg [15:0] \$719 ;
  wire \$72 ;
  reg [23:0] \$720 ;
  wire \$73 ;
  wire \$74 ;
  wire \$75 ;
  wire \$76 ;
  wire \$77 ;
  wire [16:0] \$78 ;
  wire \$79 ;
  wire \$8 ;
  wire \$80 ;
  wire \$81 ;
  wire \$82 ;
  wire [16:0] \$83 ;
  wire \$84 ;
  wire \$85 ;
  wire \$86 ;
  wire \$87 ;
  wire [16:0] \$88 ;
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
  reg \$signal$215  = 1'h0;
  reg \$signal$216  = 1'h0;
  reg \$signal$217  = 1'h0;
  reg \$signal$218  = 1'h0;
  reg [15:0] \$signal$220  = 16'h0000;
  reg [9:0] \$signal$227  = 10'h000;
  reg [15:0] \$signal$233  = 16'h0000;
  reg [15:0] \$signal$234  = 16'h0000;
  reg [3:0] \$signal$235  = 4'h0;
  wire [15:0] \$signal$237 ;
  wire [15:0] \$signal$238 ;
  wire [15:0] \$signal$239 ;
  wire [8:0] \$signal$240 ;
  (* init = 1'h0 *)
  wire \$signal$56 ;
  (* init = 1'h0 *)
  wire \$signal$58 ;
  reg [15:0] \$signal$65  = 16'h0000;
  reg [15:0] \$signal$66  = 16'h0000;
  reg [8:0] \$signal$67  = 9'h000;
  reg [8:0] \$signal$68  = 9'h000;
  reg [15:0] \$signal$69  = 16'h0000;
  reg [15:0] \$signal$70  = 16'h0000;
  reg [15:0] \$signal$71  = 16'h0000;
  reg [15:0] \$signal$72  = 16'h0000;
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
  reg lp_once = 1'h0;
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
  assign \$284  = ir_q[9:8] == 1'h1;
  assign \$287  = \$284  ? 15'h0001 : \$286 ;
  assign \$288  = ir_q[9:8] == 1'h1;
  assign \$291  = \$288  ? 15'h0001 : \$290 ;
  assign \$293  = ir_q[9:8] == 1'h1;
  assign \$294  = ir_q[50] & \$293 ;
  assign \$295  = ir_q[9:8] == 1'h1;
  assign \$296  = ir_q[54:51] - 1'h1;
  assign \$297  = \$295  ? 5'h00 : \$296 ;
  assign \$298  = t + 1'h1;
  assign \$299  = t == 1'h1;
  assign \$300  = nxt[50:35] - 1'h1;
  assign \$301  = nxt[34:26] - 1'h1;
  assign \$302  = | nxt[34:26];
  assign \$303  = nxt[50:35] == 1'h1;
  assign \$304  = nxt[34:26] == 1'h1;
  assign \$305  = nxt[50:35] - 1'h1;
  assign \$306  = nxt[34:26] - 1'h1;
  assign \$307  = ~ nxt[10];
  assign \$308  = nxt[53:43] - 1'h1;
  assign \$309  = nxt[57:54] - 1'h1;
  assign \$312  = nxt[53:43] == 1'h1;
  assign \$315  = nxt[57:54] == 1'h1;
  assign \$317  = t + 1'h1;
  assign \$318  = mem_rd_valid & mem_rd_ready;
  assign \$319  = req_cnt + 1'h1;
  assign \$320  = req_addr + instr[114:83];
  assign \$321  = req_cnt != b1;
  assign \$322  = rx_beat == nb1;
  assign \$323  = rx_beat == nb1;
  assign \$324  = \$323  & \$signal$85 ;
  assign \$325  = rx_bank + 1'h1;
  assign \$326  = ! \$signal$199 ;
  assign \$327  = rx_bank + 1'h1;
  assign \$328  = \$327  == b1;
  assign \$329  = rx_word + 1'h1;
  assign \$330  = rx_word + 1'h1;
  assign \$331  = \$330  == \$signal$199 ;
  assign \$332  = rx_beat + 1'h1;
  assign \$333  = ~ \$signal$103 ;
  assign \$334  = \$333  | mem_wr_ready;
  assign \$335  = tx_beat == nb1;
  assign \$336  = tx_word == \$signal$199 ;
  assign \$337  = \$335  & \$336 ;
  assign \$338  = \$signal$202  == b1;
  assign \$339  = \$337  & \$338 ;
  assign \$340  = tx_beat == nb1;
  assign \$341  = tx_word == \$signal$199 ;
  assign \$342  = \$signal$202  + 1'h1;
  assign \$343  = \$signal$204  + instr[114:83];
  assign \$344  = \$signal$204  + instr[114:83];
  assign \$345  = instr[9:8] == 2'h3;
  assign \$346  = \$345  ? 8'h80 : 8'h00;
  assign \$347  = t_row + \$346 ;
  assign \$348  = instr[9:8] == 2'h3;
  assign \$349  = \$348  ? 8'h80 : 8'h00;
  assign \$350  = t_row + \$349 ;
  assign \$351  = instr[9:8] == 2'h3;
  assign \$352  = \$351  ? 8'h80 : 8'h00;
  assign \$353  = t_row + \$352 ;
  assign \$354  = tx_word + 1'h1;
  assign \$355  = s_cur + 2'h2;
  assign \$356  = \$signal$146  + 1'h1;
  assign \$357  = thr_ptr + 1'h1;
  assign \$358  = tx_beat + 1'h1;
  assign \$359  = s_cur + 2'h2;
  assign \$360  = tx_beat == nb1;
  assign \$361  = tx_word == \$signal$199 ;
  assign \$362  = \$360  & \$361 ;
  assign \$363  = \$signal$202  == b1;
  assign \$364  = \$362  & \$363 ;
  assign \$365  = ~ \$signal$103 ;
  assign \$366  = \$365  | mem_wr_ready;
  assign \$367  = $signed(\$signal$118 ) >= $signed(1'h0);
  assign \$368  = $signed(\$signal$118 ) < $signed(2'h1);
  assign \$369  = \$367  & \$368 ;
  assign \$370  = $signed(ix) >= $signed(1'h0);
  assign \$371  = \$369  & \$370 ;
  assign \$372  = $signed(ix) < $signed(2'h1);
  assign \$373  = \$371  & \$372 ;
  assign \$374  = ~ \$373 ;
  assign \$375  = \$signal$215  ? p_pad_last : 16'h0000;
  assign \$376  = wgt_r__addr + 1'h1;
  assign \$377  = \$signal$146  + 1'h1;
  assign \$378  = ! \$signal$199 ;
  assign \$379  = ! \$signal$210 ;
  assign \$380  = p + 1'h1;
  assign \$381  = plane_base + instr[73:58];
  assign \$382  = plane_base + instr[73:58];
  assign \$383  = plane_base + instr[73:58];
  assign \$384  = ! kh1;
  assign \$385  = p + 1'h1;
  assign \$386  = \$385  == \$signal$209 ;
  assign \$387  = ky + 1'h1;
  assign \$388  = $signed(\$signal$118 ) + $signed(2'h1);
  assign \$389  = \$signal$220  + pitch;
  assign \$390  = \$signal$220  + pitch;
  assign \$391  = ky + 1'h1;
  assign \$392  = \$391  == kh1;
  assign \$393  = \$signal$213  + 1'h1;
  assign \$394  = $signed(ix) + $signed(2'h1);
  assign \$395  = \$signal$213  + 1'h1;
  assign \$396  = \$395  == \$signal$210 ;
  assign \$397  = \$signal$212  + 1'h1;
  assign \$398  = \$signal$212  + 1'h1;
  assign \$399  = \$398  == \$signal$199 ;
  assign \$400  = tail + 1'h1;
  assign \$401  = t != 2'h3;
  assign \$402  = t + 1'h1;
  assign \$403  = t == 1'h1;
  assign \$404  = thr_ptr + 1'h1;
  assign \$405  = ! t;
  assign \$406  = t == 1'h1;
  assign \$409  = t == 2'h1;
  assign \$413  = t > p_lv;
  assign \$414  = cbit == p_ob1;
  assign \$415  = crow + 1'h1;
  assign \$416  = cbit + 1'h1;
  assign \$417  = ~ wvalid;
  assign \$418  = wbit == p_ob1;
  assign \$419  = paddr + instr[70:55];
  assign \$420  = ! pc;
  assign \$422  = lp_left - 1'h1;
  assign \$423  = lp_left == 2'h2;
  assign \$424  = \$signal$66  + 1'h0;
  assign \$425  = \$signal$70  + 1'h0;
  assign \$426  = \$signal$72  + 1'h0;
  assign \$427  = \$signal$68  + 1'h0;
  assign \$428  = ! state;
  assign \$429  = state == 3'h6;
  assign \$430  = \$428  | \$429 ;
  assign \$431  = state == 3'h7;
  assign \$432  = \$430  | \$431 ;
  assign \$433  = \$432  & start;
  assign \$434  = ctr_cycles + inc_q_cycles;
  assign \$435  = ! state;
  assign \$436  = state == 3'h6;
  assign \$437  = \$435  | \$436 ;
  assign \$438  = state == 3'h7;
  assign \$439  = \$437  | \$438 ;
  assign \$440  = \$439  & start;
  assign \$441  = ctr_instructions + inc_q_instructions;
  assign \$442  = ! state;
  assign \$443  = state == 3'h6;
  assign \$444  = \$442  | \$443 ;
  assign \$445  = state == 3'h7;
  assign \$446  = \$444  | \$445 ;
  assign \$447  = \$446  & start;
  assign \$448  = ctr_load_busy + inc_q_load_busy;
  assign \$449  = ! state;
  assign \$450  = state == 3'h6;
  assign \$451  = \$449  | \$450 ;
  assign \$452  = state == 3'h7;
  assign \$453  = \$451  | \$452 ;
  assign \$454  = \$453  & start;
  assign \$455  = ctr_load_stall + inc_q_load_stall;
  assign \$456  = ! state;
  assign \$457  = state == 3'h6;
  assign \$458  = \$456  | \$457 ;
  assign \$459  = state == 3'h7;
  assign \$460  = \$458  | \$459 ;
  assign \$461  = \$460  & start;
  assign \$462  = ctr_store_busy + inc_q_store_busy;
  assign \$463  = ! state;
  assign \$464  = state == 3'h6;
  assign \$465  = \$463  | \$464 ;
  assign \$466  = state == 3'h7;
  assign \$467  = \$465  | \$466 ;
  assign \$468  = \$467  & start;
  assign \$469  = ctr_store_stall + inc_q_store_stall;
  assign \$470  = ! state;
  assign \$471  = state == 3'h6;
  assign \$472  = \$470  | \$471 ;
  assign \$473  = state == 3'h7;
  assign \$474  = \$472  | \$473 ;
  assign \$475  = \$474  & start;
  assign \$476  = ctr_gemm_busy + inc_q_gemm_busy;
  assign \$477  = ! state;
  assign \$478  = state == 3'h6;
  assign \$479  = \$477  | \$478 ;
  assign \$480  = state == 3'h7;
  assign \$481  = \$479  | \$480 ;
  assign \$482  = \$481  & start;
  assign \$483  = ctr_gemm_stall + inc_q_gemm_stall;
  assign \$484  = ! state;
  assign \$485  = state == 3'h6;
  assign \$486  = \$484  | \$485 ;
  assign \$487  = state == 3'h7;
  assign \$488  = \$486  | \$487 ;
  assign \$489  = \$488  & start;
  assign \$490  = ctr_post_busy + inc_q_post_busy;
  assign \$491  = ! state;
  assign \$492  = state == 3'h6;
  assign \$493  = \$491  | \$492 ;
  assign \$494  = state == 3'h7;
  assign \$495  = \$493  | \$494 ;
  assign \$496  = \$495  & start;
  assign \$497  = ctr_post_stall + inc_q_post_stall;
  assign \$498  = ! state;
  assign \$499  = state == 3'h6;
  assign \$500  = \$498  | \$499 ;
  assign \$501  = state == 3'h7;
  assign \$502  = \$500  | \$501 ;
  assign \$503  = \$502  & start;
  assign \$504  = ctr_sram_act_reads + inc_q_sram_act_reads;
  assign \$505  = ! state;
  assign \$506  = state == 3'h6;
  assign \$507  = \$505  | \$506 ;
  assign \$508  = state == 3'h7;
  assign \$509  = \$507  | \$508 ;
  assign \$510  = \$509  & start;
  assign \$511  = ctr_sram_act_writes + inc_q_sram_act_writes;
  assign \$512  = ! state;
  assign \$513  = state == 3'h6;
  assign \$514  = \$512  | \$513 ;
  assign \$515  = state == 3'h7;
  assign \$516  = \$514  | \$515 ;
  assign \$517  = \$516  & start;
  assign \$518  = ctr_sram_weight_reads + inc_q_sram_weight_reads;
  assign \$519  = ! state;
  assign \$520  = state == 3'h6;
  assign \$521  = \$519  | \$520 ;
  assign \$522  = state == 3'h7;
  assign \$523  = \$521  | \$522 ;
  assign \$524  = \$523  & start;
  assign \$525  = ctr_sram_weight_writes + inc_q_sram_weight_writes;
  assign \$526  = ! state;
  assign \$527  = state == 3'h6;
  assign \$528  = \$526  | \$527 ;
  assign \$529  = state == 3'h7;
  assign \$530  = \$528  | \$529 ;
  assign \$531  = \$530  & start;
  assign \$532  = ctr_sram_thresh_reads + inc_q_sram_thresh_reads;
  assign \$533  = ! state;
  assign \$534  = state == 3'h6;
  assign \$535  = \$533  | \$534 ;
  assign \$536  = state == 3'h7;
  assign \$537  = \$535  | \$536 ;
  assign \$538  = \$537  & start;
  assign \$539  = ctr_sram_thresh_writes + inc_q_sram_thresh_writes;
  assign \$540  = ! state;
  assign \$541  = state == 3'h6;
  assign \$542  = \$540  | \$541 ;
  assign \$543  = state == 3'h7;
  assign \$544  = \$542  | \$543 ;
  assign \$545  = \$544  & start;
  assign \$546  = ctr_sram_out_reads + inc_q_sram_out_reads;
  assign \$547  = ! state;
  assign \$548  = state == 3'h6;
  assign \$549  = \$547  | \$548 ;
  assign \$550  = state == 3'h7;
  assign \$551  = \$549  | \$550 ;
  assign \$552  = \$551  & start;
  assign \$553  = ctr_sram_out_writes + inc_q_sram_out_writes;
  assign \$554  = ! state;
  assign \$555  = state == 3'h6;
  assign \$556  = \$554  | \$555 ;
  assign \$557  = state == 3'h7;
  assign \$558  = \$556  | \$557 ;
  assign \$559  = \$558  & start;
  assign \$560  = ctr_threshold_ops + inc_q_threshold_ops;
  always @(posedge clk)
    \$signature__addr$25  <= thresh_out_addr_req;
  always @(posedge clk)
    \$signature__data$27  <= thresh_out_data_req;
  always @(posedge clk)
    \$signature__en$29  <= \$561 ;
  always @(posedge clk)
    \$signature__addr$31  <= act_addr_req;
  always @(posedge clk)
    \$signature__data$33  <= act_data_req;
  always @(posedge clk)
    \$signature__en$35  <= \$562 ;
  always @(posedge clk)
    \$signature__addr$37  <= weight_addr_req;
  always @(posedge clk)
    \$signature__data$39  <= weight_data_req;
  always @(posedge clk)
    \$signature__en$41  <= \$563 ;
  always @(posedge clk)
    ir__addr <= \$564 ;
  always @(posedge clk)
    pc <= \$565 ;
  always @(posedge clk)
    ctr_group0 <= \$566 ;
  always @(posedge clk)
    ctr_group1 <= \$567 ;
  always @(posedge clk)
    ctr_group2 <= \$568 ;
  always @(posedge clk)
    ctr_group3 <= \$569 ;
  always @(posedge clk)
    ctr_group4 <= \$570 ;
  always @(posedge clk)
    sel_q <= \$571 ;
  always @(posedge clk)
    ctr_value <= \$572 ;
  always @(posedge clk)
    act_q <= \$573 ;
  always @(posedge clk)
    w_in <= wgt_r__data;
  always @(posedge clk)
    \$signal  <= \$574 ;
  always @(posedge clk)
    pad_word_q <= \$575 ;
  always @(posedge clk)
    valid <= \$576 ;
  always @(posedge clk)
    zero <= \$577 ;
  always @(posedge clk)
    plane <= \$578 ;
  always @(posedge clk)
    \$signal$183  <= \$579 ;
  always @(posedge clk)
    cz <= \$580 ;
  always @(posedge clk)
    ir_q <= \$581 ;
  always @(posedge clk)
    nxt <= \$582 ;
  always @(posedge clk)
    n_bad <= \$583 ;
  always @(posedge clk)
    n_nb1 <= \$584 ;
  always @(posedge clk)
    n_rd_len <= \$585 ;
  always @(posedge clk)
    n_t_base <= \$586 ;
  always @(posedge clk)
    n_pitch <= \$587 ;
  always @(posedge clk)
    n_pad_last <= \$588 ;
  always @(posedge clk)
    \$like$194  <= \$589 ;
  always @(posedge clk)
    \$like$195  <= \$590 ;
  always @(posedge clk)
    n_res <= \$591 ;
  always @(posedge clk)
    \$signal$197  <= \$592 ;
  always @(posedge clk)
    n_ob1 <= \$593 ;
  always @(posedge clk)
    state <= \$594 ;
  always @(posedge clk)
    t <= \$595 ;
  always @(posedge clk)
    instr <= \$596 ;
  always @(posedge clk)
    nb1 <= \$597 ;
  always @(posedge clk)
    \$signal$199  <= \$598 ;
  always @(posedge clk)
    b1 <= \$599 ;
  always @(posedge clk)
    rd_len <= \$600 ;
  always @(posedge clk)
    req_more <= \$601 ;
  always @(posedge clk)
    req_cnt <= \$602 ;
  always @(posedge clk)
    req_addr <= \$603 ;
  always @(posedge clk)
    rx_bank <= \$604 ;
  always @(posedge clk)
    rx_word <= \$605 ;
  always @(posedge clk)
    rx_beat <= \$606 ;
  always @(posedge clk)
    \$signal$85  <= \$607 ;
  always @(posedge clk)
    rx_blast <= \$608 ;
  always @(posedge clk)
    \$signal$202  <= \$609 ;
  always @(posedge clk)
    tx_word <= \$610 ;
  always @(posedge clk)
    tx_beat <= \$611 ;
  always @(posedge clk)
    \$signal$204  <= \$612 ;
  always @(posedge clk)
    s_cur <= \$613 ;
  always @(posedge clk)
    t_row <= \$614 ;
  always @(posedge clk)
    \$signal$146  <= \$615 ;
  always @(posedge clk)
    thr_ptr <= \$616 ;
  always @(posedge clk)
    issuing <= \$617 ;
  always @(posedge clk)
    \$signal$207  <= \$618 ;
  always @(posedge clk)
    \$signal$103  <= \$619 ;
  always @(posedge clk)
    pad_d <= \$620 ;
  always @(posedge clk)
    wgt_r__addr <= \$621 ;
  always @(posedge clk)
    p <= \$622 ;
  always @(posedge clk)
    \$signal$209  <= \$623 ;
  always @(posedge clk)
    \$signal$210  <= \$624 ;
  always @(posedge clk)
    kh1 <= \$625 ;
  always @(posedge clk)
    tail <= \$626 ;
  always @(posedge clk)
    \$signal$212  <= \$627 ;
  always @(posedge clk)
    \$signal$213  <= \$628 ;
  always @(posedge clk)
    ky <= \$629 ;
  always @(posedge clk)
    \$signal$118  <= \$630 ;
  always @(posedge clk)
    ix <= \$631 ;
  always @(posedge clk)
    \$signal$215  <= \$632 ;
  always @(posedge clk)
    \$signal$216  <= \$633 ;
  always @(posedge clk)
    \$signal$217  <= \$634 ;
  always @(posedge clk)
    \$signal$218  <= \$635 ;
  always @(posedge clk)
    plane_base <= \$636 ;
  always @(posedge clk)
    \$signal$220  <= \$637 ;
  always @(posedge clk)
    pitch <= \$638 ;
  always @(posedge clk)
    p_pad_last <= \$639 ;
  always @(posedge clk)
    crow <= \$640 ;
  always @(posedge clk)
    cbit <= \$641 ;
  always @(posedge clk)
    svalid <= \$642 ;
  always @(posedge clk)
    wvalid <= \$643 ;
  always @(posedge clk)
    paddr <= \$644 ;
  always @(posedge clk)
    p_lv <= \$645 ;
  always @(posedge clk)
    p_cmp <= \$646 ;
  always @(posedge clk)
    p_ob1 <= \$647 ;
  always @(posedge clk)
    shift <= \$648 ;
  always @(posedge clk)
    p_res <= \$649 ;
  always @(posedge clk)
    asm <= \$650 ;
  always @(posedge clk)
    \$signal$227  <= \$651 ;
  always @(posedge clk)
    o_beat <= \$652 ;
  always @(posedge clk)
    o_addr <= \$653 ;
  always @(posedge clk)
    o_last <= \$654 ;
  always @(posedge clk)
    o_addr2 <= \$655 ;
  always @(posedge clk)
    \$signal$115  <= \$656 ;
  always @(posedge clk)
    o_bank2 <= \$657 ;
  always @(posedge clk)
    o_beat2 <= \$658 ;
  always @(posedge clk)
    thresh_l0 <= \$659 ;
  always @(posedge clk)
    cp <= \$660 ;
  always @(posedge clk)
    pad_word_d <= \$661 ;
  always @(posedge clk)
    \$signal$233  <= \$662 ;
  always @(posedge clk)
    \$signal$234  <= \$663 ;
  always @(posedge clk)
    \$signal$235  <= \$664 ;
  always @(posedge clk)
    old_bits <= \$665 ;
  always @(posedge clk)
    lp_left <= \$666 ;
  always @(posedge clk)
    lp_once <= \$667 ;
  always @(posedge clk)
    \$signal$65  <= \$668 ;
  always @(posedge clk)
    \$signal$69  <= \$669 ;
  always @(posedge clk)
    \$signal$71  <= \$670 ;
  always @(posedge clk)
    \$signal$67  <= \$671 ;
  always @(posedge clk)
    \$signal$66  <= \$672 ;
  always @(posedge clk)
    \$signal$70  <= \$673 ;
  always @(posedge clk)
    \$signal$72  <= \$674 ;
  always @(posedge clk)
    \$signal$68  <= \$675 ;
  always @(posedge clk)
    srow <= \$676 ;
  always @(posedge clk)
    sbit <= \$677 ;
  always @(posedge clk)
    y_q <= \$678 ;
  always @(posedge clk)
    scores_q <= \$679 ;
  always @(posedge clk)
    wrow <= \$680 ;
  always @(posedge clk)
    wbit <= \$681 ;
  always @(posedge clk)
    counting <= \$682 ;
  always @(posedge clk)
    inc_q_cycles <= \$683 ;
  always @(posedge clk)
    ctr_cycles <= \$684 ;
  always @(posedge clk)
    inc_q_instructions <= \$685 ;
  always @(posedge clk)
    ctr_instructions <= \$686 ;
  always @(posedge clk)
    inc_q_load_busy <= \$687 ;
  always @(posedge clk)
    ctr_load_busy <= \$688 ;
  always @(posedge clk)
    inc_q_load_stall <= \$689 ;
  always @(posedge clk)
    ctr_load_stall <= \$690 ;
  always @(posedge clk)
    inc_q_store_busy <= \$691 ;
  always @(posedge clk)
    ctr_store_busy <= \$692 ;
  always @(posedge clk)
    inc_q_store_stall <= \$693 ;
  always @(posedge clk)
    ctr_store_stall <= \$694 ;
  always @(posedge clk)
    inc_q_gemm_busy <= \$695 ;
  always @(posedge clk)
    ctr_gemm_busy <= \$696 ;
  always @(posedge clk)
    inc_q_gemm_stall <= \$697 ;
  always @(posedge clk)
    ctr_gemm_stall <= \$698 ;
  always @(posedge clk)
    inc_q_post_busy <= \$699 ;
  always @(posedge clk)
    ctr_post_busy <= \$700 ;
  always @(posedge clk)
    inc_q_post_stall <= \$701 ;
  always @(posedge clk)
    ctr_post_stall <= \$702 ;
  always @(posedge clk)
    inc_q_sram_act_reads <= \$703 ;
  always @(posedge clk)
    ctr_sram_act_reads <= \$704 ;
  always @(posedge clk)
    inc_q_sram_act_writes <= \$705 ;
  always @(posedge clk)
    ctr_sram_act_writes <= \$706 ;
  always @(posedge clk)
    inc_q_sram_weight_reads <= \$707 ;
  always @(posedge clk)
    ctr_sram_weight_reads <= \$708 ;
  always @(posedge clk)
    inc_q_sram_weight_writes <= \$709 ;
  always @(posedge clk)
    ctr_sram_weight_writes <= \$710 ;
  always @(posedge clk)
    inc_q_sram_thresh_reads <= \$711 ;
  always @(posedge clk)
    ctr_sram_thresh_reads <= \$712 ;
  always @(posedge clk)
    inc_q_sram_thresh_writes <= \$713 ;
  always @(posedge clk)
    ctr_sram_thresh_writes <= \$714 ;
  always @(posedge clk)
    inc_q_sram_out_reads <= \$715 ;
  always @(posedge clk)
    ctr_sram_out_reads <= \$716 ;
  always @(posedge clk)
    inc_q_sram_out_writes <= \$717 ;
  always @(posedge clk)
    ctr_sram_out_writes <= \$718 ;
  always @(posedge clk)
    inc_q_threshold_ops <= \$719 ;
  always @(posedge clk)
    ctr_threshold_ops <= \$720 ;
  assign done = state == 3'h6;
  assign error = state == 3'h7;
  assign \$1  = | state;
  assign \$2  = state != 3'h6;
  assign \$3  = \$1  & \$2 ;
  assign \$4  = state != 3'h7;
  assign busy = \$3  & \$4 ;
  assign a_in = \$signal  ? pad_word_q : act_q;
  assign \$5  = ! pc;
  assign \$10  = ir_q[3:0] == 2'h3;
  assign \$12  = ! pc;
  assign \$14  = ~ lp_once;
  assign \$17  = ir_q[26:11] + \$16 ;
  assign \$18  = ! pc;
  assign \$20  = ~ lp_once;
  assign \$23  = $signed(ir_q[113:105]) + $signed({ 1'h0, \$22  });
  assign \$24  = ! pc;
  assign \$29  = ir_q[3:0] == 3'h4;
  assign \$31  = ! pc;
  assign \$33  = ~ lp_once;
  assign \$36  = ir_q[41:26] + \$35 ;
  assign \$37  = ! pc;
  assign \$39  = ~ lp_once;
  assign \$42  = ir_q[87:72] + \$41 ;
  assign \$43  = ir_q[9:8] == 2'h3;
  assign \$44  = ir_q[9:8] == 1'h1;
  assign \$45  = ir_q[9:8] == 2'h2;
  assign \$46  = \$44  | \$45 ;
  assign \$47  = ir_q[76:74] == 1'h1;
  assign \$48  = ir_q[79:77] == 1'h1;
  assign \$49  = ir_q[87:80] == 1'h1;
  assign \$50  = ir_q[95:88] == 1'h1;
  assign \$51  = ! ir_q[104:96];
  assign \$52  = ! ir_q[113:105];
  assign \$53  = ! ir_q[114];
  assign \$54  = ! ir_q[123:115];
  assign \$55  = & { \$54 , \$53 , \$52 , \$51 , \$50 , \$49 , \$48 , \$47  };
  assign \$56  = ~ \$55 ;
  assign \$57  = ir_q[9:8] != 1'h1;
  assign \$58  = ir_q[54:51] > 1'h1;
  assign \$59  = \$57  & \$58 ;
  assign \$60  = ir_q[9:8] == 2'h2;
  assign \$61  = \$60  | ir_q[71];
  assign \$63  = \$59  | \$62 ;
  assign \$64  = ir_q[9:8] == 2'h2;
  assign \$65  = ir_q[54:51] != 1'h1;
  assign \$66  = \$64  & \$65 ;
  assign \$67  = \$63  | \$66 ;
  assign \$68  = ir_q[9:8] == 1'h1;
  assign \$69  = ir_q[54:51] != 1'h1;
  assign \$70  = \$68  | \$69 ;
  assign \$71  = ir_q[71] & \$70 ;
  assign \$72  = \$67  | \$71 ;
  assign \$73  = t == 2'h2;
  assign \$74  = ! rx_beat;
  assign \$75  = rx_beat == nb1;
  assign \$76  = rx_beat == nb1;
  assign \$77  = \$76  & \$signal$85 ;
  assign \$78  = instr[25:10] + rx_word;
  assign \$79  = ! rx_bank;
  assign \$80  = ! rx_bank;
  assign \$81  = ! rx_bank;
  assign \$82  = ! rx_bank;
  assign \$83  = instr[25:10] + rx_word;
  assign \$84  = ! rx_bank;
  assign \$85  = rx_bank == 1'h1;
  assign \$86  = rx_bank == 2'h2;
  assign \$87  = rx_bank == 2'h3;
  assign \$88  = instr[25:10] + rx_word;
  assign \$89  = ! rx_bank;
  assign \$90  = rx_bank == 1'h1;
  assign \$91  = rx_bank == 2'h2;
  assign \$92  = rx_bank == 2'h3;
  assign \$93  = ~ \$signal$103 ;
  assign \$94  = \$93  | mem_wr_ready;
  assign \$95  = ! tx_beat;
  assign \$96  = ~ \$signal$103 ;
  assign \$97  = \$96  | mem_wr_ready;
  assign \$98  = ~ \$97 ;
  assign \$99  = instr[9:8] == 2'h3;
  assign \$101  = \$99  ? \$100  : store_act;
  assign \$102  = \$signal$103  & mem_wr_ready;
  assign \$103  = $signed(\$signal$118 ) >= $signed(1'h0);
  assign \$104  = $signed(\$signal$118 ) < $signed(2'h1);
  assign \$105  = \$103  & \$104 ;
  assign \$106  = $signed(ix) >= $signed(1'h0);
  assign \$107  = \$105  & \$106 ;
  assign \$108  = $signed(ix) < $signed(2'h1);
  assign \$109  = \$107  & \$108 ;
  assign \$110  = \$109  ? 1'h1 : 1'h0;
  assign \$111  = tail == 2'h3;
  assign \$112  = t < p_lv;
  assign \$113  = ! t;
  assign \$116  = ! t;
  assign \$118  = ~ wvalid;
  assign \$119  = ! wbit;
  assign \$120  = 3'h4 * p_cmp;
  assign \$121  = instr[9:8] == 1'h1;
  assign \$122  = wrow * 8'h80;
  assign \$123  = 8'h80 + \$122 ;
  assign \$124  = \$123  + instr[41:26];
  assign \$125  = y_q[0] >> wbit;
  assign \$126  = y_q[1] >> wbit;
  assign \$127  = y_q[2] >> wbit;
  assign \$128  = y_q[3] >> wbit;
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
  assign \$149  = ! wrow;
  assign \$150  = ! instr[49:42];
  assign \$151  = \$149  & \$150 ;
  assign \$152  = ! wrow;
  assign \$153  = instr[49:42] == 1'h1;
  assign \$154  = \$152  & \$153 ;
  assign \$155  = ! wrow;
  assign \$156  = instr[49:42] == 2'h2;
  assign \$157  = \$155  & \$156 ;
  assign \$158  = ! wrow;
  assign \$159  = instr[49:42] == 2'h3;
  assign \$160  = \$158  & \$159 ;
  assign \$161  = wbit == p_ob1;
  assign \$162  = ! wrow;
  assign \$163  = pc + 1'h1;
  assign \$164  = ! pc;
  assign \$166  = state == 3'h4;
  assign \$167  = state == 3'h5;
  assign \$168  = \$166  | \$167 ;
  assign \$169  = state == 2'h3;
  assign \$170  = \$168  | \$169 ;
  assign \$171  = state == 2'h3;
  assign \$172  = \$171  & \$signal$103 ;
  assign \$173  = ~ mem_wr_ready;
  assign \$174  = \$172  & \$173 ;
  assign \$175  = ~ \$174 ;
  assign act_r__en = \$170  & \$175 ;
  assign wgt_r__en = state == 3'h4;
  assign \$176  = state == 3'h5;
  assign \$177  = state == 2'h3;
  assign \$178  = \$176  | \$177 ;
  assign \$179  = state == 2'h3;
  assign \$180  = \$179  & \$signal$103 ;
  assign \$181  = ~ mem_wr_ready;
  assign \$182  = \$180  & \$181 ;
  assign \$183  = ~ \$182 ;
  assign thr_r__en = \$178  & \$183 ;
  assign \$184  = ! state;
  assign \$185  = state == 3'h6;
  assign \$186  = \$184  | \$185 ;
  assign \$187  = state == 3'h7;
  assign \$188  = \$186  | \$187 ;
  assign \$189  = state == 4'h8;
  assign \$190  = \$188  | \$189 ;
  assign \$191  = ! pc;
  assign \$193  = ~ lp_once;
  assign \$195  = pc + 1'h1;
  assign \$197  = \$190  ? 11'h000 : \$196 ;
  assign \$204  = ~ rd_hold;
  assign \$205  = ! pc;
  assign \$210  = ir_q[3:0] != 2'h3;
  assign \$212  = ir_q[3:0] != 3'h4;
  assign \$215  = ! ir_q[9:8];
  assign \$216  = ir_q[9:8] == 1'h1;
  assign \$217  = ir_q[9:8] == 2'h2;
  assign \$218  = \$217  ? 2'h0 : 2'h3;
  assign \$219  = \$216  ? 2'h0 : \$218 ;
  assign \$220  = \$215  ? 2'h0 : \$219 ;
  assign \$221  = ! ir_q[9:8];
  assign \$223  = ir_q[9:8] == 1'h1;
  assign \$225  = ir_q[9:8] == 2'h2;
  assign \$228  = \$225  ? { 2'h0, \$226  } : \$227 ;
  assign \$229  = \$223  ? { 2'h0, \$224  } : \$228 ;
  assign \$230  = \$221  ? { 2'h0, \$222  } : \$229 ;
  assign \$231  = ir_q[9:8] == 2'h3;
  assign \$232  = \$231  ? 8'h80 : 8'h00;
  assign \$233  = ir_q[25:10] + \$232 ;
  assign \$234  = 1'h1 * ir_q[53:43];
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
          \$285  = 15'h0000;
      4'h1:
          \$285  = 15'h0001;
      4'h2:
          \$285  = 15'h0003;
      4'h3:
          \$285  = 15'h0007;
      4'h4:
          \$285  = 15'h000f;
      4'h5:
          \$285  = 15'h001f;
      4'h6:
          \$285  = 15'h003f;
      4'h7:
          \$285  = 15'h007f;
      4'h8:
          \$285  = 15'h00ff;
      4'h9:
          \$285  = 15'h01ff;
      4'ha:
          \$285  = 15'h03ff;
      4'hb:
          \$285  = 15'h07ff;
      4'hc:
          \$285  = 15'h0fff;
      4'hd:
          \$285  = 15'h1fff;
      4'he:
          \$285  = 15'h3fff;
      4'hf:
          \$285  = 15'h7fff;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ir_q[54:51])
      4'h0:
          \$289  = 15'h0000;
      4'h1:
          \$289  = 15'h0001;
      4'h2:
          \$289  = 15'h0003;
      4'h3:
          \$289  = 15'h0007;
      4'h4:
          \$289  = 15'h000f;
      4'h5:
          \$289  = 15'h001f;
      4'h6:
          \$289  = 15'h003f;
      4'h7:
          \$289  = 15'h007f;
      4'h8:
          \$289  = 15'h00ff;
      4'h9:
          \$289  = 15'h01ff;
      4'ha:
          \$289  = 15'h03ff;
      4'hb:
          \$289  = 15'h07ff;
      4'hc:
          \$289  = 15'h0fff;
      4'hd:
          \$289  = 15'h1fff;
      4'he:
          \$289  = 15'h3fff;
      4'hf:
          \$289  = 15'h7fff;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$411  = 4'h0;
    casez (instr[49:42])
      8'h00:
          \$411  = \$signal$233 [3:0];
      8'h01:
          \$411  = \$signal$233 [7:4];
      8'h02:
          \$411  = \$signal$233 [11:8];
      8'h03:
          \$411  = \$signal$233 [15:12];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$412  = 4'h0;
    casez (instr[49:42])
      8'h00:
          \$412  = \$signal$234 [3:0];
      8'h01:
          \$412  = \$signal$234 [7:4];
      8'h02:
          \$412  = \$signal$234 [11:8];
      8'h03:
          \$412  = \$signal$234 [15:12];
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
      pc_next = \$163 [9:0];
      if (\$165 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          pc_next = 10'h000;
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    { fetched[113:105], fetched[87:72], fetched[41:11] } = { ir_q[113:105], ir_q[87:72], ir_q[41:11] };
    if (\$11 ) begin
      fetched[26:11] = \$17 [15:0];
      fetched[113:105] = \$23 [8:0];
    end
    if (\$30 ) begin
      fetched[41:26] = \$36 [15:0];
      fetched[87:72] = \$42 [15:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    bad = 1'h0;
    (* full_case = 32'd1 *)
    casez (ir_q[3:0])
      4'h1:
          bad = \$43 ;
      4'h2:
          bad = \$46 ;
      4'h3:
          bad = \$56 ;
      4'h4:
          bad = \$72 ;
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
          if (\$73 ) begin
            finish = 1'h1;
          end
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$75 ) begin
              if (\$77 ) begin
                if (rx_blast) begin
                  finish = 1'h1;
                end
              end
            end
          end
      4'h3:
          if (\$102 ) begin
            if (\$signal$115 ) begin
              finish = 1'h1;
            end
          end
      4'h4:
          (* full_case = 32'd1 *)
          if (issuing) begin
          end else begin
            if (\$111 ) begin
              finish = 1'h1;
            end
          end
      4'h5:
          (* full_case = 32'd1 *)
          if (\$118 ) begin
          end else begin
            if (\$161 ) begin
              if (\$162 ) begin
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
          if (\$74 ) begin
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
            if (\$75 ) begin
              casez (instr[9:8])
                2'h0:
                    act_addr_req = \$78 [7:0];
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$118 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$121 ) begin
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
            if (\$75 ) begin
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
          if (\$118 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$121 ) begin
            end else begin
              act_data_req = { \$148 , \$142 , \$136 , \$130  };
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
            if (\$75 ) begin
              casez (instr[9:8])
                2'h0:
                    act_en_req = { \$82 , \$81 , \$80 , \$79  };
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$118 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$121 ) begin
            end else begin
              act_en_req = { \$160 , \$157 , \$154 , \$151  };
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
            if (\$75 ) begin
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
          if (\$118 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$121 ) begin
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
            if (\$75 ) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    weight_addr_req = \$83 [7:0];
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
            if (\$75 ) begin
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
            if (\$75 ) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    weight_en_req = { \$87 , \$86 , \$85 , \$84  };
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
            if (\$75 ) begin
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
            if (\$75 ) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    /* empty */;
                2'h2:
                    thresh_out_addr_req = \$88 [7:0];
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$118 ) begin
          end else begin
            if (\$121 ) begin
              thresh_out_addr_req = \$124 [7:0];
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
            if (\$75 ) begin
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
          if (\$118 ) begin
          end else begin
            if (\$121 ) begin
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
            if (\$75 ) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    /* empty */;
                2'h2:
                    thresh_out_en_req = { \$92 , \$91 , \$90 , \$89  };
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$118 ) begin
          end else begin
            if (\$121 ) begin
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
            if (\$75 ) begin
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
          if (\$94 ) begin
            if (issuing) begin
              if (\$95 ) begin
                casez (instr[9:8])
                  2'h0:
                      inc_sram_act_reads = 16'h0001;
                endcase
              end
            end
          end
      4'h4:
          if (issuing) begin
            inc_sram_act_reads = { 15'h0000, \$110  };
          end
      4'h5:
          if (\$112 ) begin
            if (\$114 ) begin
              inc_sram_act_reads = 16'h0001;
            end
            if (\$117 ) begin
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
          if (\$94 ) begin
            if (issuing) begin
              if (\$95 ) begin
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
          rd_hold = \$98 ;
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
          mem_wr_data = \$101 ;
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
          if (\$102 ) begin
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
          if (\$102 ) begin
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
          if (\$112 ) begin
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
          if (\$118 ) begin
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
          if (\$118 ) begin
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
          if (\$118 ) begin
          end else begin
            if (\$119 ) begin
              inc_threshold_ops = { 12'h000, \$120  };
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
          if (\$118 ) begin
          end else begin
            if (\$121 ) begin
              inc_sram_out_writes = 16'h0001;
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$561  = thresh_out_en_req;
    if (rst) begin
      \$561  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$562  = act_en_req;
    if (rst) begin
      \$562  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$563  = weight_en_req;
    if (rst) begin
      \$563  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$564  = \$197 [8:0];
    if (rst) begin
      \$564  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$565  = pc_next;
    if (rst) begin
      \$565  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$566  = \$198 ;
    if (rst) begin
      \$566  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$567  = \$199 ;
    if (rst) begin
      \$567  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$568  = \$200 ;
    if (rst) begin
      \$568  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$569  = \$201 ;
    if (rst) begin
      \$569  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$570  = \$202 ;
    if (rst) begin
      \$570  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$571  = ctr_sel[4:2];
    if (rst) begin
      \$571  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$572  = \$203 ;
    if (rst) begin
      \$572  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$573  = act_q;
    if (\$204 ) begin
      \$573  = act_r__data;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$574  = pad_d;
    if (rst) begin
      \$574  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$575  = pad_word_d;
    if (rst) begin
      \$575  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$576  = \$signal$183 ;
    if (rst) begin
      \$576  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$577  = cz;
    if (rst) begin
      \$577  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$578  = cp;
    if (rst) begin
      \$578  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$579  = 1'h0;
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
            \$579  = 1'h1;
          end
    endcase
    if (rst) begin
      \$579  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$580  = 1'h0;
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
                  \$580  = \$307 ;
            endcase
          end
    endcase
    if (rst) begin
      \$580  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$581  = ir__data;
    if (rst) begin
      \$581  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$582  = fetched;
    if (rst) begin
      \$582  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$583  = \$214 ;
    if (rst) begin
      \$583  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$584  = \$220 ;
    if (rst) begin
      \$584  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$585  = { 5'h00, \$230  };
    if (rst) begin
      \$585  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$586  = \$233 [7:0];
    if (rst) begin
      \$586  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$587  = { 4'h0, \$234  };
    if (rst) begin
      \$587  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$588  = \$283 ;
    if (rst) begin
      \$588  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$589  = \$287 [1:0];
    if (rst) begin
      \$589  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$590  = \$292 [0];
    if (rst) begin
      \$590  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$591  = 1'h0;
    if (rst) begin
      \$591  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$592  = \$294 ;
    if (rst) begin
      \$592  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$593  = \$297 [3:0];
    if (rst) begin
      \$593  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$594  = state;
    casez (state)
      4'h0, 4'h6, 4'h7:
          if (start) begin
            \$594  = 4'h8;
          end
      4'h8:
          if (\$299 ) begin
            \$594  = 4'h1;
          end
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
            \$594  = 4'h7;
          end else begin
            casez (nxt[3:0])
              4'h5:
                  /* empty */;
              4'h1:
                  \$594  = 4'h2;
              4'h2:
                  \$594  = 4'h3;
              4'h3:
                  \$594  = 4'h4;
              4'h4:
                  \$594  = 4'h5;
              4'hf:
                  \$594  = 4'h6;
            endcase
          end
    endcase
    if (finish) begin
      \$594  = 4'h1;
    end
    if (rst) begin
      \$594  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$595  = t;
    casez (state)
      4'h0, 4'h6, 4'h7:
          if (start) begin
            \$595  = 2'h0;
          end
      4'h8:
          \$595  = \$298 [1:0];
      4'h1:
          \$595  = 2'h0;
      4'h9:
          \$595  = \$317 [1:0];
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          if (\$401 ) begin
            \$595  = \$402 [1:0];
          end
    endcase
    if (rst) begin
      \$595  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$596  = instr;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          \$596  = nxt;
    endcase
    if (rst) begin
      \$596  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$597  = nb1;
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
                  \$597  = n_nb1;
              4'h2:
                  \$597  = n_nb1;
            endcase
          end
    endcase
    if (rst) begin
      \$597  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$598  = \$signal$199 ;
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
                  \$598  = \$300 [15:0];
              4'h2:
                  \$598  = \$305 [15:0];
              4'h3:
                  \$598  = { \$308 [11], \$308 [11], \$308 [11], \$308 [11], \$308  };
            endcase
          end
    endcase
    if (rst) begin
      \$598  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$599  = b1;
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
                  \$599  = \$301 ;
              4'h2:
                  \$599  = \$306 ;
            endcase
          end
    endcase
    if (rst) begin
      \$599  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$600  = rd_len;
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
                  \$600  = n_rd_len;
            endcase
          end
    endcase
    if (rst) begin
      \$600  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$601  = req_more;
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
                  \$601  = \$302 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (\$318 ) begin
            \$601  = \$321 ;
          end
    endcase
    if (rst) begin
      \$601  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$602  = req_cnt;
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
          if (\$318 ) begin
            \$602  = \$319 [9:0];
          end
    endcase
    if (rst) begin
      \$602  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$603  = req_addr;
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
                  \$603  = nxt[66:51];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (\$318 ) begin
            \$603  = \$320 [15:0];
          end
    endcase
    if (rst) begin
      \$603  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$604  = rx_bank;
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
                  \$604  = 10'h000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$322 ) begin
              if (\$324 ) begin
                \$604  = \$325 [9:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$604  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$605  = rx_word;
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
                  \$605  = 16'h0000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$322 ) begin
              (* full_case = 32'd1 *)
              if (\$324 ) begin
                \$605  = 16'h0000;
              end else begin
                \$605  = \$329 [15:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$605  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$606  = rx_beat;
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
                  \$606  = 3'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            (* full_case = 32'd1 *)
            if (\$322 ) begin
              \$606  = 3'h0;
            end else begin
              \$606  = \$332 [2:0];
            end
          end
    endcase
    if (rst) begin
      \$606  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$607  = \$signal$85 ;
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
                  \$607  = \$303 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$322 ) begin
              (* full_case = 32'd1 *)
              if (\$324 ) begin
                \$607  = \$326 ;
              end else begin
                \$607  = \$331 ;
              end
            end
          end
    endcase
    if (rst) begin
      \$607  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$608  = rx_blast;
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
                  \$608  = \$304 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$322 ) begin
              if (\$324 ) begin
                \$608  = \$328 ;
              end
            end
          end
    endcase
    if (rst) begin
      \$608  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$609  = \$signal$202 ;
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
                  \$609  = 10'h000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$334 ) begin
            if (issuing) begin
              if (\$340 ) begin
                if (\$341 ) begin
                  \$609  = \$342 [9:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$609  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$610  = tx_word;
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
                  \$610  = 16'h0000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$334 ) begin
            if (issuing) begin
              if (\$340 ) begin
                (* full_case = 32'd1 *)
                if (\$341 ) begin
                  \$610  = 16'h0000;
                end else begin
                  \$610  = \$354 [15:0];
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
    \$611  = tx_beat;
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
                  \$611  = 3'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$334 ) begin
            if (issuing) begin
              (* full_case = 32'd1 *)
              if (\$340 ) begin
                \$611  = 3'h0;
              end else begin
                \$611  = \$358 [2:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$611  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$612  = \$signal$204 ;
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
                  \$612  = nxt[66:51];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$334 ) begin
            if (issuing) begin
              if (\$340 ) begin
                if (\$341 ) begin
                  \$612  = \$343 [15:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$612  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$613  = s_cur;
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
                  \$613  = nxt[66:51];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$334 ) begin
            if (issuing) begin
              (* full_case = 32'd1 *)
              if (\$340 ) begin
                (* full_case = 32'd1 *)
                if (\$341 ) begin
                  \$613  = \$344 [15:0];
                end else begin
                  \$613  = \$355 [15:0];
                end
              end else begin
                \$613  = \$359 [15:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$613  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$614  = t_row;
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
                  \$614  = n_t_base;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$334 ) begin
            if (issuing) begin
              if (\$340 ) begin
                if (\$341 ) begin
                  \$614  = \$347 [7:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$614  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$615  = \$signal$146 ;
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
                  \$615  = { 8'h00, n_t_base };
              4'h3:
                  \$615  = nxt[26:11];
              4'h4:
                  \$615  = \$316 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$334 ) begin
            if (issuing) begin
              if (\$340 ) begin
                (* full_case = 32'd1 *)
                if (\$341 ) begin
                  \$615  = { 7'h00, \$350  };
                end else begin
                  \$615  = \$356 [15:0];
                end
              end
            end
          end
      4'h4:
          if (issuing) begin
            \$615  = \$377 [15:0];
            if (\$signal$215 ) begin
              if (\$signal$216 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$217 ) begin
                  \$615  = \$383 [15:0];
                end else begin
                  \$615  = \$390 [15:0];
                end
              end
            end
          end
      4'h5:
          if (\$405 ) begin
            \$615  = instr[41:26];
          end
    endcase
    if (rst) begin
      \$615  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$616  = thr_ptr;
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
                  \$616  = { 8'h00, n_t_base };
              4'h3:
                  /* empty */;
              4'h4:
                  \$616  = nxt[25:10];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$334 ) begin
            if (issuing) begin
              if (\$340 ) begin
                (* full_case = 32'd1 *)
                if (\$341 ) begin
                  \$616  = { 7'h00, \$353  };
                end else begin
                  \$616  = \$357 [15:0];
                end
              end
            end
          end
      4'h4:
          /* empty */;
      4'h5:
          \$616  = \$404 [15:0];
    endcase
    if (rst) begin
      \$616  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$617  = issuing;
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
                  \$617  = 1'h1;
              4'h3:
                  \$617  = 1'h1;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$334 ) begin
            if (issuing) begin
              if (\$364 ) begin
                \$617  = 1'h0;
              end
            end
          end
      4'h4:
          if (issuing) begin
            if (\$signal$215 ) begin
              if (\$signal$216 ) begin
                if (\$signal$217 ) begin
                  if (\$signal$218 ) begin
                    \$617  = 1'h0;
                  end
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$617  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$618  = \$signal$207 ;
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
          if (\$334 ) begin
            (* full_case = 32'd1 *)
            if (issuing) begin
              \$618  = 1'h1;
            end else begin
              \$618  = 1'h0;
            end
          end
    endcase
    if (rst) begin
      \$618  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$619  = \$signal$103 ;
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
                  \$619  = 1'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$366 ) begin
            \$619  = \$signal$207 ;
          end
    endcase
    if (rst) begin
      \$619  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$620  = pad_d;
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
                  \$620  = 1'h0;
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
            \$620  = \$374 ;
          end
    endcase
    if (rst) begin
      \$620  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$621  = wgt_r__addr;
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
                  \$621  = nxt[34:27];
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
            \$621  = \$376 [7:0];
            if (\$signal$215 ) begin
              if (\$signal$216 ) begin
                if (\$signal$217 ) begin
                  \$621  = instr[34:27];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$621  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$622  = p;
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
                  \$622  = 3'h0;
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
            if (\$signal$215 ) begin
              if (\$signal$216 ) begin
                if (\$signal$217 ) begin
                  \$622  = \$380 [2:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$622  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$623  = \$signal$209 ;
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
                  \$623  = \$309 [2:0];
            endcase
          end
    endcase
    if (rst) begin
      \$623  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$624  = \$signal$210 ;
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
                  \$624  = { \$310 [1], \$310  };
            endcase
          end
    endcase
    if (rst) begin
      \$624  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$625  = kh1;
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
                  \$625  = { \$311 [1], \$311  };
            endcase
          end
    endcase
    if (rst) begin
      \$625  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$626  = tail;
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
                  \$626  = 16'h0000;
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
            \$626  = \$400 [15:0];
          end
    endcase
    if (rst) begin
      \$626  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$627  = \$signal$212 ;
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
                  \$627  = 11'h000;
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
            if (\$signal$215 ) begin
              \$627  = 11'h000;
            end else begin
              \$627  = \$397 [10:0];
            end
          end
    endcase
    if (rst) begin
      \$627  = 11'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$628  = \$signal$213 ;
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
                  \$628  = 3'h0;
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
            if (\$signal$215 ) begin
              (* full_case = 32'd1 *)
              if (\$signal$216 ) begin
                \$628  = 3'h0;
              end else begin
                \$628  = \$393 [2:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$628  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$629  = ky;
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
                  \$629  = 3'h0;
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
            if (\$signal$215 ) begin
              if (\$signal$216 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$217 ) begin
                  \$629  = 3'h0;
                end else begin
                  \$629  = \$387 [2:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$629  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$630  = \$signal$118 ;
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
                  \$630  = 10'h000;
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
            if (\$signal$215 ) begin
              if (\$signal$216 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$217 ) begin
                  \$630  = 10'h000;
                end else begin
                  \$630  = \$388 [9:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$630  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$631  = ix;
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
                  \$631  = 10'h000;
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
            if (\$signal$215 ) begin
              (* full_case = 32'd1 *)
              if (\$signal$216 ) begin
                \$631  = 10'h000;
              end else begin
                \$631  = \$394 [9:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$631  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$632  = \$signal$215 ;
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
                  \$632  = \$312 ;
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
            if (\$signal$215 ) begin
              \$632  = \$378 ;
            end else begin
              \$632  = \$399 ;
            end
          end
    endcase
    if (rst) begin
      \$632  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$633  = \$signal$216 ;
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
                  \$633  = \$313 ;
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
            if (\$signal$215 ) begin
              (* full_case = 32'd1 *)
              if (\$signal$216 ) begin
                \$633  = \$379 ;
              end else begin
                \$633  = \$396 ;
              end
            end
          end
    endcase
    if (rst) begin
      \$633  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$634  = \$signal$217 ;
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
                  \$634  = \$314 ;
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
            if (\$signal$215 ) begin
              if (\$signal$216 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$217 ) begin
                  \$634  = \$384 ;
                end else begin
                  \$634  = \$392 ;
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$634  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$635  = \$signal$218 ;
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
                  \$635  = \$315 ;
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
            if (\$signal$215 ) begin
              if (\$signal$216 ) begin
                if (\$signal$217 ) begin
                  \$635  = \$386 ;
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$635  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$636  = plane_base;
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
                  \$636  = nxt[26:11];
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
            if (\$signal$215 ) begin
              if (\$signal$216 ) begin
                if (\$signal$217 ) begin
                  \$636  = \$381 [15:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$636  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$637  = \$signal$220 ;
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
                  \$637  = nxt[26:11];
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
            if (\$signal$215 ) begin
              if (\$signal$216 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$217 ) begin
                  \$637  = \$382 [15:0];
                end else begin
                  \$637  = \$389 [15:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$637  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$638  = pitch;
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
                  \$638  = n_pitch;
            endcase
          end
    endcase
    if (rst) begin
      \$638  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$639  = p_pad_last;
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
                  \$639  = n_pad_last;
            endcase
          end
    endcase
    if (rst) begin
      \$639  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$640  = crow;
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
                  \$640  = 1'h0;
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
          if (\$413 ) begin
            if (\$414 ) begin
              \$640  = \$415 [0];
            end
          end
    endcase
    if (rst) begin
      \$640  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$641  = cbit;
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
                  \$641  = 4'h0;
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
          if (\$413 ) begin
            (* full_case = 32'd1 *)
            if (\$414 ) begin
              \$641  = 4'h0;
            end else begin
              \$641  = \$416 [3:0];
            end
          end
    endcase
    if (rst) begin
      \$641  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$642  = svalid;
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
                  \$642  = 1'h0;
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
          if (\$413 ) begin
            \$642  = 1'h1;
          end
    endcase
    if (rst) begin
      \$642  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$643  = wvalid;
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
                  \$643  = 1'h0;
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
          \$643  = svalid;
    endcase
    if (rst) begin
      \$643  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$644  = paddr;
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
                  \$644  = nxt[41:26];
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
          if (\$417 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$418 ) begin
              \$644  = instr[41:26];
            end else begin
              \$644  = \$419 [15:0];
            end
          end
    endcase
    if (rst) begin
      \$644  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$645  = p_lv;
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
                  \$645  = \$like$194 ;
            endcase
          end
    endcase
    if (rst) begin
      \$645  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$646  = p_cmp;
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
                  \$646  = \$like$195 ;
            endcase
          end
    endcase
    if (rst) begin
      \$646  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$647  = p_ob1;
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
                  \$647  = n_ob1;
            endcase
          end
    endcase
    if (rst) begin
      \$647  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$648  = shift;
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
                  \$648  = \$signal$197 ;
            endcase
          end
    endcase
    if (rst) begin
      \$648  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$649  = p_res;
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
                  \$649  = n_res;
            endcase
          end
    endcase
    if (rst) begin
      \$649  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$650  = asm;
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
            if (\$322 ) begin
            end else begin
              \$650  = full;
            end
          end
    endcase
    if (rst) begin
      \$650  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$651  = \$signal$227 ;
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
          if (\$334 ) begin
            if (issuing) begin
              \$651  = \$signal$202 ;
            end
          end
    endcase
    if (rst) begin
      \$651  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$652  = o_beat;
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
          if (\$334 ) begin
            if (issuing) begin
              \$652  = tx_beat;
            end
          end
    endcase
    if (rst) begin
      \$652  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$653  = o_addr;
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
          if (\$334 ) begin
            if (issuing) begin
              \$653  = s_cur;
            end
          end
    endcase
    if (rst) begin
      \$653  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$654  = o_last;
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
          if (\$334 ) begin
            if (issuing) begin
              \$654  = \$339 ;
            end
          end
    endcase
    if (rst) begin
      \$654  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$655  = o_addr2;
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
          if (\$366 ) begin
            \$655  = o_addr;
          end
    endcase
    if (rst) begin
      \$655  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$656  = \$signal$115 ;
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
          if (\$366 ) begin
            \$656  = o_last;
          end
    endcase
    if (rst) begin
      \$656  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$657  = o_bank2;
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
          if (\$366 ) begin
            \$657  = \$signal$227 ;
          end
    endcase
    if (rst) begin
      \$657  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$658  = o_beat2;
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
          if (\$366 ) begin
            \$658  = o_beat;
          end
    endcase
    if (rst) begin
      \$658  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$659  = thresh_l0;
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
          if (\$366 ) begin
            \$659  = thr_r__data;
          end
      4'h4:
          /* empty */;
      4'h5:
          if (\$403 ) begin
            \$659  = thr_r__data;
          end
    endcase
    if (rst) begin
      \$659  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$660  = cp;
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
            \$660  = p;
          end
    endcase
    if (rst) begin
      \$660  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$661  = pad_word_d;
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
            \$661  = \$375 ;
          end
    endcase
    if (rst) begin
      \$661  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$662  = \$signal$233 ;
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
          if (\$407 ) begin
            \$662  = act_r__data;
          end
    endcase
    if (rst) begin
      \$662  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$663  = \$signal$234 ;
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
          if (\$410 ) begin
            \$663  = act_r__data;
          end
    endcase
    if (rst) begin
      \$663  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$664  = \$signal$235 ;
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
          \$664  = \$411 ;
    endcase
    if (rst) begin
      \$664  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$665  = old_bits;
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
          \$665  = \$412 ;
    endcase
    if (rst) begin
      \$665  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$666  = lp_left;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$666  = \$422 [15:0];
        end
      end
    end
    if (rst) begin
      \$666  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$667  = lp_once;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$667  = \$423 ;
        end
      end
    end
    if (rst) begin
      \$667  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$668  = \$signal$65 ;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$668  = \$signal$66 ;
        end
      end
    end
    if (rst) begin
      \$668  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$669  = \$signal$69 ;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$669  = \$signal$70 ;
        end
      end
    end
    if (rst) begin
      \$669  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$670  = \$signal$71 ;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$670  = \$signal$72 ;
        end
      end
    end
    if (rst) begin
      \$670  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$671  = \$signal$67 ;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$671  = \$signal$68 ;
        end
      end
    end
    if (rst) begin
      \$671  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$672  = \$signal$66 ;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$672  = \$424 [15:0];
        end
      end
    end
    if (rst) begin
      \$672  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$673  = \$signal$70 ;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$673  = \$425 [15:0];
        end
      end
    end
    if (rst) begin
      \$673  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$674  = \$signal$72 ;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$674  = \$426 [15:0];
        end
      end
    end
    if (rst) begin
      \$674  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$675  = \$signal$68 ;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$675  = \$427 [8:0];
        end
      end
    end
    if (rst) begin
      \$675  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$676  = crow;
    if (rst) begin
      \$676  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$677  = cbit;
    if (rst) begin
      \$677  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$678  = y;
    if (rst) begin
      \$678  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$679  = scores;
    if (rst) begin
      \$679  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$680  = srow;
    if (rst) begin
      \$680  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$681  = sbit;
    if (rst) begin
      \$681  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$682  = busy;
    if (rst) begin
      \$682  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$683  = { 15'h0000, busy };
    if (rst) begin
      \$683  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$684  = ctr_cycles;
    if (\$433 ) begin
      \$684  = 24'h000000;
    end else if (counting) begin
      \$684  = \$434 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$685  = inc_instructions;
    if (rst) begin
      \$685  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$686  = ctr_instructions;
    if (\$440 ) begin
      \$686  = 24'h000000;
    end else if (counting) begin
      \$686  = \$441 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$687  = inc_load_busy;
    if (rst) begin
      \$687  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$688  = ctr_load_busy;
    if (\$447 ) begin
      \$688  = 24'h000000;
    end else if (counting) begin
      \$688  = \$448 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$689  = inc_load_stall;
    if (rst) begin
      \$689  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$690  = ctr_load_stall;
    if (\$454 ) begin
      \$690  = 24'h000000;
    end else if (counting) begin
      \$690  = \$455 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$691  = inc_store_busy;
    if (rst) begin
      \$691  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$692  = ctr_store_busy;
    if (\$461 ) begin
      \$692  = 24'h000000;
    end else if (counting) begin
      \$692  = \$462 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$693  = inc_store_stall;
    if (rst) begin
      \$693  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$694  = ctr_store_stall;
    if (\$468 ) begin
      \$694  = 24'h000000;
    end else if (counting) begin
      \$694  = \$469 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$695  = inc_gemm_busy;
    if (rst) begin
      \$695  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$696  = ctr_gemm_busy;
    if (\$475 ) begin
      \$696  = 24'h000000;
    end else if (counting) begin
      \$696  = \$476 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$697  = inc_gemm_stall;
    if (rst) begin
      \$697  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$698  = ctr_gemm_stall;
    if (\$482 ) begin
      \$698  = 24'h000000;
    end else if (counting) begin
      \$698  = \$483 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$699  = inc_post_busy;
    if (rst) begin
      \$699  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$700  = ctr_post_busy;
    if (\$489 ) begin
      \$700  = 24'h000000;
    end else if (counting) begin
      \$700  = \$490 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$701  = inc_post_stall;
    if (rst) begin
      \$701  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$702  = ctr_post_stall;
    if (\$496 ) begin
      \$702  = 24'h000000;
    end else if (counting) begin
      \$702  = \$497 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$703  = inc_sram_act_reads;
    if (rst) begin
      \$703  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$704  = ctr_sram_act_reads;
    if (\$503 ) begin
      \$704  = 24'h000000;
    end else if (counting) begin
      \$704  = \$504 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$705  = inc_sram_act_writes;
    if (rst) begin
      \$705  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$706  = ctr_sram_act_writes;
    if (\$510 ) begin
      \$706  = 24'h000000;
    end else if (counting) begin
      \$706  = \$511 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$707  = inc_sram_weight_reads;
    if (rst) begin
      \$707  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$708  = ctr_sram_weight_reads;
    if (\$517 ) begin
      \$708  = 24'h000000;
    end else if (counting) begin
      \$708  = \$518 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$709  = inc_sram_weight_writes;
    if (rst) begin
      \$709  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$710  = ctr_sram_weight_writes;
    if (\$524 ) begin
      \$710  = 24'h000000;
    end else if (counting) begin
      \$710  = \$525 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$711  = inc_sram_thresh_reads;
    if (rst) begin
      \$711  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$712  = ctr_sram_thresh_reads;
    if (\$531 ) begin
      \$712  = 24'h000000;
    end else if (counting) begin
      \$712  = \$532 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$713  = inc_sram_thresh_writes;
    if (rst) begin
      \$713  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$714  = ctr_sram_thresh_writes;
    if (\$538 ) begin
      \$714  = 24'h000000;
    end else if (counting) begin
      \$714  = \$539 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$715  = inc_sram_out_reads;
    if (rst) begin
      \$715  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$716  = ctr_sram_out_reads;
    if (\$545 ) begin
      \$716  = 24'h000000;
    end else if (counting) begin
      \$716  = \$546 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$717  = inc_sram_out_writes;
    if (rst) begin
      \$717  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$718  = ctr_sram_out_writes;
    if (\$552 ) begin
      \$718  = 24'h000000;
    end else if (counting) begin
      \$718  = \$553 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$719  = inc_threshold_ops;
    if (rst) begin
      \$719  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$720  = ctr_threshold_ops;
    if (\$559 ) begin
      \$720  = 24'h000000;
    end else if (counting) begin
      \$720  = \$560 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$100  = 16'h0000;
    casez (o_beat2)
      3'h0:
          \$100  = store_out[15:0];
      3'h1:
          \$100  = store_out[31:16];
      3'h2:
          \$100  = store_out[47:32];
      3'h3:
          \$100  = store_out[63:48];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$198  = ctr_cycles;
      2'h1:
          \$198  = ctr_instructions;
      2'h2:
          \$198  = ctr_load_busy;
      2'h3:
          \$198  = ctr_load_stall;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$199  = ctr_store_busy;
      2'h1:
          \$199  = ctr_store_stall;
      2'h2:
          \$199  = ctr_gemm_busy;
      2'h3:
          \$199  = ctr_gemm_stall;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$200  = ctr_post_busy;
      2'h1:
          \$200  = ctr_post_stall;
      2'h2:
          \$200  = ctr_sram_act_reads;
      2'h3:
          \$200  = ctr_sram_act_writes;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$201  = ctr_sram_weight_reads;
      2'h1:
          \$201  = ctr_sram_weight_writes;
      2'h2:
          \$201  = ctr_sram_thresh_reads;
      2'h3:
          \$201  = ctr_sram_thresh_writes;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$202  = 24'h000000;
    casez (ctr_sel[1:0])
      2'h0:
          \$202  = ctr_sram_out_reads;
      2'h1:
          \$202  = ctr_sram_out_writes;
      2'h2:
          \$202  = ctr_threshold_ops;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$203  = 24'h000000;
    casez (sel_q)
      3'h0:
          \$203  = ctr_group0;
      3'h1:
          \$203  = ctr_group1;
      3'h2:
          \$203  = ctr_group2;
      3'h3:
          \$203  = ctr_group3;
      3'h4:
          \$203  = ctr_group4;
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
  assign \$like  = 10'h000;
  assign \acc$140  = acc;
  assign active = p_cmp;
  assign p_shift = shift;
  assign thresh = thresh_l0;
  assign act_r__addr = \$signal$146 [7:0];
  assign \$signal$148  = wgt_r__addr;
  assign thr_r__addr = thr_ptr[7:0];
  assign \$signal$237  = 16'h0000;
  assign \$signal$238  = 16'h0000;
  assign \$signal$239  = 16'h0000;
  assign \$signal$240  = 9'h000;
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
  assign \$7  = 1'h0;
  assign \$8  = 1'h1;
  assign \$9  = 1'h0;
  assign \$11  = 1'h0;
  assign \$13  = 1'h0;
  assign \$15  = 1'h0;
  assign \$16  = \$signal$65 ;
  assign \$19  = 1'h0;
  assign \$21  = 1'h0;
  assign \$22  = \$signal$67 ;
  assign \$25  = 1'h0;
  assign \$26  = 1'h0;
  assign \$27  = 1'h1;
  assign \$28  = 1'h0;
  assign \$30  = 1'h0;
  assign \$32  = 1'h0;
  assign \$34  = 1'h0;
  assign \$35  = \$signal$69 ;
  assign \$38  = 1'h0;
  assign \$40  = 1'h0;
  assign \$41  = \$signal$71 ;
  assign \$62  = \$61 ;
  assign \$114  = 1'h0;
  assign \$115  = 1'h0;
  assign \$117  = 1'h0;
  assign \$129  = 4'h0;
  assign \$130  = { \$128 , \$127 , \$126 , \$125  };
  assign \$135  = 4'h0;
  assign \$136  = { \$134 , \$133 , \$132 , \$131  };
  assign \$141  = 4'h0;
  assign \$142  = { \$140 , \$139 , \$138 , \$137  };
  assign \$147  = 4'h0;
  assign \$148  = { \$146 , \$145 , \$144 , \$143  };
  assign \$165  = 1'h0;
  assign \$192  = 1'h0;
  assign \$194  = 1'h0;
  assign \$196  = \$195 ;
  assign \$206  = 1'h0;
  assign \$207  = 1'h0;
  assign \$208  = 1'h1;
  assign \$209  = 1'h0;
  assign \$211  = 1'h0;
  assign \$213  = 1'h0;
  assign \$214  = bad;
  assign \$222  = { 1'h0, ir_q[50:35] };
  assign \$224  = { 1'h0, ir_q[50:35] };
  assign \$226  = { 1'h0, ir_q[50:35] };
  assign \$227  = { 1'h0, ir_q[50:35], 2'h0 };
  assign \$235  = 1'h0;
  assign \$236  = 1'h1;
  assign \$237  = 1'h0;
  assign \$238  = 1'h0;
  assign \$239  = 1'h1;
  assign \$240  = 1'h0;
  assign \$241  = 1'h0;
  assign \$242  = 1'h1;
  assign \$243  = 1'h0;
  assign \$244  = 1'h0;
  assign \$245  = 1'h1;
  assign \$246  = 1'h0;
  assign \$247  = 1'h0;
  assign \$248  = 1'h1;
  assign \$249  = 1'h0;
  assign \$250  = 1'h0;
  assign \$251  = 1'h1;
  assign \$252  = 1'h0;
  assign \$253  = 1'h0;
  assign \$254  = 1'h1;
  assign \$255  = 1'h0;
  assign \$256  = 1'h0;
  assign \$257  = 1'h1;
  assign \$258  = 1'h0;
  assign \$259  = 1'h0;
  assign \$260  = 1'h1;
  assign \$261  = 1'h0;
  assign \$262  = 1'h0;
  assign \$263  = 1'h1;
  assign \$264  = 1'h0;
  assign \$265  = 1'h0;
  assign \$266  = 1'h1;
  assign \$267  = 1'h0;
  assign \$268  = 1'h0;
  assign \$269  = 1'h1;
  assign \$270  = 1'h0;
  assign \$271  = 1'h0;
  assign \$272  = 1'h1;
  assign \$273  = 1'h0;
  assign \$274  = 1'h0;
  assign \$275  = 1'h1;
  assign \$276  = 1'h0;
  assign \$277  = 1'h0;
  assign \$278  = 1'h1;
  assign \$279  = 1'h0;
  assign \$280  = 1'h0;
  assign \$281  = 1'h1;
  assign \$282  = 1'h0;
  assign \$283  = 16'h0000;
  assign \$286  = \$285 ;
  assign \$290  = \$289 ;
  assign \$292  = \$291 ;
  assign \$310  = 2'h0;
  assign \$311  = 2'h0;
  assign \$313  = 1'h1;
  assign \$314  = 1'h1;
  assign \$316  = nxt[41:26];
  assign \$407  = 1'h0;
  assign \$408  = 2'h1;
  assign \$410  = 1'h0;
  assign \$421  = 1'h0;
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
    .o(o),
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
module \accel_top.array.pe_0_0.pop (rst, i, o, clk);
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
    .o(o),
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
module \accel_top.array.pe_0_1.pop (rst, i, o, clk);
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
    .o(o),
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
module \accel_top.array.pe_0_2.pop (rst, i, o, clk);
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
module \accel_top.array.pe_0_3.pop (rst, i, o, clk);
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
