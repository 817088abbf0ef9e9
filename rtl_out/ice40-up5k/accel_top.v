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
  wire \$106 ;
  wire \$107 ;
  wire [3:0] \$108 ;
  wire \$109 ;
  wire \$11 ;
  wire [8:0] \$110 ;
  wire [9:0] \$111 ;
  wire [16:0] \$112 ;
  wire \$113 ;
  wire \$114 ;
  wire \$115 ;
  wire \$116 ;
  wire [3:0] \$117 ;
  wire [3:0] \$118 ;
  wire \$119 ;
  wire \$12 ;
  wire \$120 ;
  wire \$121 ;
  wire \$122 ;
  wire [3:0] \$123 ;
  wire [3:0] \$124 ;
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
  wire [15:0] \$14 ;
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
  wire [16:0] \$15 ;
  wire \$150 ;
  wire [10:0] \$151 ;
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
  wire [10:0] \$182 ;
  wire [10:0] \$183 ;
  wire [10:0] \$184 ;
  reg [23:0] \$185 ;
  reg [23:0] \$186 ;
  reg [23:0] \$187 ;
  reg [23:0] \$188 ;
  reg [23:0] \$189 ;
  wire [8:0] \$19 ;
  reg [23:0] \$190 ;
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
  wire [10:0] \$20 ;
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
  wire [1:0] \$210 ;
  wire [1:0] \$211 ;
  wire [1:0] \$212 ;
  wire \$213 ;
  wire [16:0] \$214 ;
  wire \$215 ;
  wire [16:0] \$216 ;
  wire \$217 ;
  wire [16:0] \$218 ;
  wire [18:0] \$219 ;
  wire \$22 ;
  wire [18:0] \$220 ;
  wire [18:0] \$221 ;
  wire [18:0] \$222 ;
  wire \$223 ;
  wire [7:0] \$224 ;
  wire [16:0] \$225 ;
  wire [11:0] \$226 ;
  wire \$227 ;
  wire \$228 ;
  wire \$229 ;
  wire \$23 ;
  wire \$230 ;
  wire \$231 ;
  wire \$232 ;
  wire \$233 ;
  wire \$234 ;
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
  wire [15:0] \$275 ;
  wire \$276 ;
  reg [14:0] \$277 ;
  wire [14:0] \$278 ;
  wire [14:0] \$279 ;
  wire \$28 ;
  wire \$280 ;
  reg [14:0] \$281 ;
  wire [14:0] \$282 ;
  wire [14:0] \$283 ;
  wire [14:0] \$284 ;
  wire \$285 ;
  wire \$286 ;
  wire \$287 ;
  wire [4:0] \$288 ;
  wire [4:0] \$289 ;
  wire \$29 ;
  wire [2:0] \$290 ;
  wire \$291 ;
  wire [16:0] \$292 ;
  wire [9:0] \$293 ;
  wire \$294 ;
  wire \$295 ;
  wire \$296 ;
  wire \$297 ;
  wire [16:0] \$298 ;
  wire [9:0] \$299 ;
  wire \$3 ;
  wire [15:0] \$30 ;
  wire \$300 ;
  wire \$301 ;
  wire \$302 ;
  wire \$303 ;
  wire [11:0] \$304 ;
  wire [4:0] \$305 ;
  wire [1:0] \$306 ;
  wire [1:0] \$307 ;
  wire \$308 ;
  wire \$309 ;
  wire [16:0] \$31 ;
  wire \$310 ;
  wire \$311 ;
  wire [15:0] \$312 ;
  wire [2:0] \$313 ;
  wire \$314 ;
  wire [10:0] \$315 ;
  wire [32:0] \$316 ;
  wire \$317 ;
  wire \$318 ;
  wire \$319 ;
  wire \$32 ;
  wire [10:0] \$320 ;
  wire \$321 ;
  wire [10:0] \$322 ;
  wire \$323 ;
  wire [16:0] \$324 ;
  wire [16:0] \$325 ;
  wire \$326 ;
  wire [3:0] \$327 ;
  wire [3:0] \$328 ;
  wire \$329 ;
  wire \$33 ;
  wire [1:0] \$330 ;
  wire \$331 ;
  wire \$332 ;
  wire \$333 ;
  wire \$334 ;
  wire \$335 ;
  wire [10:0] \$336 ;
  wire \$337 ;
  wire [10:0] \$338 ;
  wire \$339 ;
  wire \$34 ;
  wire [32:0] \$340 ;
  wire [32:0] \$341 ;
  wire \$342 ;
  wire [7:0] \$343 ;
  wire [8:0] \$344 ;
  wire \$345 ;
  wire [7:0] \$346 ;
  wire [8:0] \$347 ;
  wire \$348 ;
  wire [7:0] \$349 ;
  wire [15:0] \$35 ;
  wire [8:0] \$350 ;
  wire [16:0] \$351 ;
  wire [16:0] \$352 ;
  wire [16:0] \$353 ;
  wire \$354 ;
  wire [16:0] \$355 ;
  wire [16:0] \$356 ;
  wire [3:0] \$357 ;
  wire [16:0] \$358 ;
  wire [3:0] \$359 ;
  wire [16:0] \$36 ;
  wire \$360 ;
  wire \$361 ;
  wire \$362 ;
  wire \$363 ;
  wire \$364 ;
  wire \$365 ;
  reg [15:0] \$366 ;
  wire [15:0] \$367 ;
  wire \$368 ;
  wire \$369 ;
  wire \$37 ;
  wire \$370 ;
  wire \$371 ;
  wire \$372 ;
  wire \$373 ;
  wire \$374 ;
  wire \$375 ;
  wire [15:0] \$376 ;
  wire [8:0] \$377 ;
  wire [16:0] \$378 ;
  wire \$379 ;
  wire \$38 ;
  wire \$380 ;
  wire [3:0] \$381 ;
  wire [16:0] \$382 ;
  wire [16:0] \$383 ;
  wire [16:0] \$384 ;
  wire \$385 ;
  wire [3:0] \$386 ;
  wire \$387 ;
  wire [3:0] \$388 ;
  wire [10:0] \$389 ;
  wire \$39 ;
  wire [16:0] \$390 ;
  wire [16:0] \$391 ;
  wire [3:0] \$392 ;
  wire \$393 ;
  wire [3:0] \$394 ;
  wire [10:0] \$395 ;
  wire [3:0] \$396 ;
  wire \$397 ;
  wire [11:0] \$398 ;
  wire [11:0] \$399 ;
  wire \$4 ;
  wire \$40 ;
  wire \$400 ;
  wire [16:0] \$401 ;
  wire \$402 ;
  wire [2:0] \$403 ;
  wire \$404 ;
  wire [16:0] \$405 ;
  wire \$406 ;
  wire \$407 ;
  wire \$408 ;
  reg [3:0] \$409 ;
  wire \$41 ;
  wire [1:0] \$410 ;
  wire \$411 ;
  wire \$412 ;
  reg [3:0] \$413 ;
  wire \$414 ;
  wire \$415 ;
  wire [1:0] \$416 ;
  wire [4:0] \$417 ;
  wire \$418 ;
  wire \$419 ;
  wire \$42 ;
  wire [16:0] \$420 ;
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
  reg \$564 ;
  reg [8:0] \$565 ;
  reg [9:0] \$566 ;
  reg [23:0] \$567 ;
  reg [23:0] \$568 ;
  reg [23:0] \$569 ;
  wire \$57 ;
  reg [23:0] \$570 ;
  reg [23:0] \$571 ;
  reg [2:0] \$572 ;
  reg [23:0] \$573 ;
  reg [15:0] \$574 ;
  reg \$575 ;
  reg [15:0] \$576 ;
  reg \$577 ;
  reg \$578 ;
  reg [2:0] \$579 ;
  wire \$58 ;
  reg \$580 ;
  reg \$581 ;
  reg [127:0] \$582 ;
  reg [127:0] \$583 ;
  reg [5:0] \$584 ;
  reg \$585 ;
  reg [1:0] \$586 ;
  reg [23:0] \$587 ;
  reg [7:0] \$588 ;
  reg [15:0] \$589 ;
  wire \$59 ;
  reg [15:0] \$590 ;
  reg [1:0] \$591 ;
  reg \$592 ;
  reg \$593 ;
  reg \$594 ;
  reg [3:0] \$595 ;
  reg [3:0] \$596 ;
  reg [1:0] \$597 ;
  reg [127:0] \$598 ;
  reg [1:0] \$599 ;
  wire \$6 ;
  wire \$60 ;
  reg [15:0] \$600 ;
  reg [9:0] \$601 ;
  reg [23:0] \$602 ;
  reg \$603 ;
  reg [9:0] \$604 ;
  reg [15:0] \$605 ;
  reg [9:0] \$606 ;
  reg [15:0] \$607 ;
  reg [2:0] \$608 ;
  reg \$609 ;
  wire \$61 ;
  reg \$610 ;
  reg \$611 ;
  reg \$612 ;
  reg [9:0] \$613 ;
  reg [15:0] \$614 ;
  reg [2:0] \$615 ;
  reg [15:0] \$616 ;
  reg [15:0] \$617 ;
  reg \$618 ;
  reg \$619 ;
  wire \$62 ;
  reg \$620 ;
  reg [7:0] \$621 ;
  reg [15:0] \$622 ;
  reg [15:0] \$623 ;
  reg \$624 ;
  reg \$625 ;
  reg \$626 ;
  reg \$627 ;
  reg \$628 ;
  reg [7:0] \$629 ;
  wire \$63 ;
  reg [2:0] \$630 ;
  reg [2:0] \$631 ;
  reg [2:0] \$632 ;
  reg [2:0] \$633 ;
  reg [15:0] \$634 ;
  reg [10:0] \$635 ;
  reg [2:0] \$636 ;
  reg [2:0] \$637 ;
  reg [9:0] \$638 ;
  reg [9:0] \$639 ;
  wire \$64 ;
  reg \$640 ;
  reg \$641 ;
  reg \$642 ;
  reg \$643 ;
  reg [15:0] \$644 ;
  reg [15:0] \$645 ;
  reg [15:0] \$646 ;
  reg [15:0] \$647 ;
  reg \$648 ;
  reg [3:0] \$649 ;
  wire \$65 ;
  reg \$650 ;
  reg \$651 ;
  reg [15:0] \$652 ;
  reg [1:0] \$653 ;
  reg \$654 ;
  reg [3:0] \$655 ;
  reg \$656 ;
  reg \$657 ;
  reg \$658 ;
  reg \$659 ;
  wire \$66 ;
  reg \$660 ;
  reg [15:0] \$661 ;
  reg [9:0] \$662 ;
  reg [2:0] \$663 ;
  reg [15:0] \$664 ;
  reg \$665 ;
  reg [15:0] \$666 ;
  reg \$667 ;
  reg [9:0] \$668 ;
  reg [2:0] \$669 ;
  wire \$67 ;
  reg [63:0] \$670 ;
  reg [15:0] \$671 ;
  reg \$672 ;
  reg [15:0] \$673 ;
  reg [2:0] \$674 ;
  reg [15:0] \$675 ;
  reg [3:0] \$676 ;
  reg [3:0] \$677 ;
  reg [15:0] \$678 ;
  reg \$679 ;
  wire \$68 ;
  reg [15:0] \$680 ;
  reg [15:0] \$681 ;
  reg [15:0] \$682 ;
  reg [8:0] \$683 ;
  reg [15:0] \$684 ;
  reg [15:0] \$685 ;
  reg [15:0] \$686 ;
  reg [8:0] \$687 ;
  reg \$688 ;
  reg [3:0] \$689 ;
  wire [16:0] \$69 ;
  reg [3:0] \$690 ;
  reg [63:0] \$691 ;
  reg \$692 ;
  reg [3:0] \$693 ;
  reg \$694 ;
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
  reg [15:0] \$721 ;
  reg [23:0] \$722 ;
  reg [15:0] \$723 ;
  reg [23:0] \$724 ;
  reg [15:0] \$725 ;
  reg [23:0] \$726 ;
  reg [15:0] \$727 ;
  reg [23:0] \$728 ;
  reg [15:0] \$729 ;
  wire \$73 ;
  reg [23:0] \$730 ;
  reg [15:0] \$731 ;
  reg [23:0] \$732 ;
  wire [16:0] \$74 ;
  wire \$75 ;
  wire \$76 ;
  wire \$77 ;
  wire \$78 ;
  wire [16:0] \$79 ;
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
  wire [9:0] \$like ;
  reg [1:0] \$like$199  = 2'h0;
  reg \$like$200  = 1'h0;
  reg \$signal  = 1'h0;
  reg \$signal$103  = 1'h0;
  reg \$signal$115  = 1'h0;
  reg [9:0] \$signal$118  = 10'h000;
  reg [15:0] \$signal$149  = 16'h0000;
  (* init = 8'h00 *)
  wire [7:0] \$signal$151 ;
  reg \$signal$187  = 1'h0;
  reg \$signal$202  = 1'h0;
  reg [15:0] \$signal$205  = 16'h0000;
  reg [9:0] \$signal$209  = 10'h000;
  reg [15:0] \$signal$211  = 16'h0000;
  reg \$signal$213  = 1'h0;
  reg \$signal$214  = 1'h0;
  reg \$signal$217  = 1'h0;
  reg \$signal$218  = 1'h0;
  reg [2:0] \$signal$220  = 3'h0;
  reg [2:0] \$signal$221  = 3'h0;
  reg [10:0] \$signal$223  = 11'h000;
  reg [2:0] \$signal$224  = 3'h0;
  reg \$signal$226  = 1'h0;
  reg \$signal$227  = 1'h0;
  reg \$signal$228  = 1'h0;
  reg \$signal$229  = 1'h0;
  reg [15:0] \$signal$231  = 16'h0000;
  reg [9:0] \$signal$238  = 10'h000;
  reg \$signal$243  = 1'h0;
  wire [15:0] \$signal$249 ;
  wire [15:0] \$signal$250 ;
  wire [15:0] \$signal$251 ;
  wire [8:0] \$signal$252 ;
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
  reg at_end = 1'h0;
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
  reg [5:0] n_is = 6'h00;
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
  reg [15:0] o_addr3 = 16'h0000;
  reg [9:0] o_bank2 = 10'h000;
  reg [2:0] o_beat = 3'h0;
  reg [2:0] o_beat2 = 3'h0;
  reg [15:0] o_data3 = 16'h0000;
  reg o_last = 1'h0;
  reg [3:0] old_bits = 4'h0;
  reg [2:0] p = 3'h0;
  reg p_cmp = 1'h0;
  reg [1:0] p_lv = 2'h0;
  reg [3:0] p_ob1 = 4'h0;
  reg [15:0] p_pad_last = 16'h0000;
  reg p_res = 1'h0;
  reg p_shift_c0_keep = 1'h0;
  reg p_shift_c1_keep = 1'h0;
  reg p_shift_c2_keep = 1'h0;
  reg p_shift_c3_keep = 1'h0;
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
  reg rx_bl = 1'h0;
  reg rx_blast = 1'h0;
  reg rx_oh = 1'h1;
  reg [15:0] rx_word = 16'h0000;
  reg [15:0] s_cur = 16'h0000;
  reg [3:0] sbit = 4'h0;
  reg [3:0] sc_bits = 4'h0;
  wire [63:0] scores;
  reg [63:0] scores_q = 64'h0000000000000000;
  reg [2:0] sel_q = 3'h0;
  wire [3:0] shift;
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
  reg tx_kl = 1'h0;
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
      _0_ <= act_buf[\$signal$149 [7:0]];
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
  assign \$276  = ir_q[9:8] == 1'h1;
  assign \$279  = \$276  ? 15'h0001 : \$278 ;
  assign \$280  = ir_q[9:8] == 1'h1;
  assign \$283  = \$280  ? 15'h0001 : \$282 ;
  assign \$285  = ir_q[9:8] == 1'h1;
  assign \$286  = ir_q[50] & \$285 ;
  assign \$287  = ir_q[9:8] == 1'h1;
  assign \$288  = ir_q[54:51] - 1'h1;
  assign \$289  = \$287  ? 5'h00 : \$288 ;
  assign \$290  = t + 1'h1;
  assign \$291  = t == 1'h1;
  assign \$292  = nxt[50:35] - 1'h1;
  assign \$293  = nxt[34:26] - 1'h1;
  assign \$294  = | nxt[34:26];
  assign \$295  = ! n_nb1;
  assign \$296  = nxt[50:35] == 1'h1;
  assign \$297  = nxt[34:26] == 1'h1;
  assign \$298  = nxt[50:35] - 1'h1;
  assign \$299  = nxt[34:26] - 1'h1;
  assign \$300  = ! n_nb1;
  assign \$301  = nxt[50:35] == 1'h1;
  assign \$302  = nxt[34:26] == 1'h1;
  assign \$303  = ~ nxt[10];
  assign \$304  = nxt[53:43] - 1'h1;
  assign \$305  = nxt[57:54] - 1'h1;
  assign \$308  = nxt[53:43] == 1'h1;
  assign \$311  = nxt[57:54] == 1'h1;
  assign \$313  = t + 1'h1;
  assign \$314  = mem_rd_valid & mem_rd_ready;
  assign \$315  = req_cnt + 1'h1;
  assign \$316  = req_addr + instr[114:83];
  assign \$317  = req_cnt != b1;
  assign \$318  = ! nb1;
  assign \$319  = rx_bl & \$signal$85 ;
  assign \$320  = rx_bank + 1'h1;
  assign \$321  = ! \$signal$205 ;
  assign \$322  = rx_bank + 1'h1;
  assign \$323  = \$322  == b1;
  assign \$324  = rx_word + 1'h1;
  assign \$325  = rx_word + 1'h1;
  assign \$326  = \$325  == \$signal$205 ;
  assign \$327  = rx_beat + 1'h1;
  assign \$328  = rx_beat + 1'h1;
  assign \$329  = \$328  == nb1;
  assign \$331  = ~ \$signal$103 ;
  assign \$332  = \$331  | mem_wr_ready;
  assign \$333  = \$signal$213  & \$signal$214 ;
  assign \$334  = \$333  & tx_kl;
  assign \$335  = ! nb1;
  assign \$336  = \$signal$209  + 1'h1;
  assign \$337  = ! \$signal$205 ;
  assign \$338  = \$signal$209  + 1'h1;
  assign \$339  = \$338  == b1;
  assign \$340  = \$signal$211  + instr[114:83];
  assign \$341  = \$signal$211  + instr[114:83];
  assign \$342  = instr[9:8] == 2'h3;
  assign \$343  = \$342  ? 8'h80 : 8'h00;
  assign \$344  = t_row + \$343 ;
  assign \$345  = instr[9:8] == 2'h3;
  assign \$346  = \$345  ? 8'h80 : 8'h00;
  assign \$347  = t_row + \$346 ;
  assign \$348  = instr[9:8] == 2'h3;
  assign \$349  = \$348  ? 8'h80 : 8'h00;
  assign \$350  = t_row + \$349 ;
  assign \$351  = tx_word + 1'h1;
  assign \$352  = s_cur + 2'h2;
  assign \$353  = tx_word + 1'h1;
  assign \$354  = \$353  == \$signal$205 ;
  assign \$355  = \$signal$149  + 1'h1;
  assign \$356  = thr_ptr + 1'h1;
  assign \$357  = tx_beat + 1'h1;
  assign \$358  = s_cur + 2'h2;
  assign \$359  = tx_beat + 1'h1;
  assign \$360  = \$359  == nb1;
  assign \$361  = \$signal$213  & \$signal$214 ;
  assign \$362  = \$361  & tx_kl;
  assign \$363  = ~ \$signal$103 ;
  assign \$364  = \$363  | mem_wr_ready;
  assign \$365  = instr[9:8] == 2'h3;
  assign \$367  = \$365  ? \$366  : store_act;
  assign \$368  = $signed(\$signal$118 ) >= $signed(1'h0);
  assign \$369  = $signed(\$signal$118 ) < $signed(2'h1);
  assign \$370  = \$368  & \$369 ;
  assign \$371  = $signed(ix) >= $signed(1'h0);
  assign \$372  = \$370  & \$371 ;
  assign \$373  = $signed(ix) < $signed(2'h1);
  assign \$374  = \$372  & \$373 ;
  assign \$375  = ~ \$374 ;
  assign \$376  = \$signal$226  ? p_pad_last : 16'h0000;
  assign \$377  = wgt_r__addr + 1'h1;
  assign \$378  = \$signal$149  + 1'h1;
  assign \$379  = ! \$signal$205 ;
  assign \$380  = ! \$signal$221 ;
  assign \$381  = p + 1'h1;
  assign \$382  = plane_base + instr[73:58];
  assign \$383  = plane_base + instr[73:58];
  assign \$384  = plane_base + instr[73:58];
  assign \$385  = ! kh1;
  assign \$386  = p + 1'h1;
  assign \$387  = \$386  == \$signal$220 ;
  assign \$388  = ky + 1'h1;
  assign \$389  = $signed(\$signal$118 ) + $signed(2'h1);
  assign \$390  = \$signal$231  + pitch;
  assign \$391  = \$signal$231  + pitch;
  assign \$392  = ky + 1'h1;
  assign \$393  = \$392  == kh1;
  assign \$394  = \$signal$224  + 1'h1;
  assign \$395  = $signed(ix) + $signed(2'h1);
  assign \$396  = \$signal$224  + 1'h1;
  assign \$397  = \$396  == \$signal$221 ;
  assign \$398  = \$signal$223  + 1'h1;
  assign \$399  = \$signal$223  + 1'h1;
  assign \$400  = \$399  == \$signal$205 ;
  assign \$401  = tail + 1'h1;
  assign \$402  = t != 2'h3;
  assign \$403  = t + 1'h1;
  assign \$404  = t == 1'h1;
  assign \$405  = thr_ptr + 1'h1;
  assign \$406  = ! t;
  assign \$407  = t == 2'h2;
  assign \$411  = t == 2'h2;
  assign \$414  = t > p_lv;
  assign \$415  = cbit == p_ob1;
  assign \$416  = crow + 1'h1;
  assign \$417  = cbit + 1'h1;
  assign \$418  = ~ wvalid;
  assign \$419  = wbit == p_ob1;
  assign \$420  = paddr + instr[70:55];
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
    at_end <= \$564 ;
  always @(posedge clk)
    ir__addr <= \$565 ;
  always @(posedge clk)
    pc <= \$566 ;
  always @(posedge clk)
    ctr_group0 <= \$567 ;
  always @(posedge clk)
    ctr_group1 <= \$568 ;
  always @(posedge clk)
    ctr_group2 <= \$569 ;
  always @(posedge clk)
    ctr_group3 <= \$570 ;
  always @(posedge clk)
    ctr_group4 <= \$571 ;
  always @(posedge clk)
    sel_q <= \$572 ;
  always @(posedge clk)
    ctr_value <= \$573 ;
  always @(posedge clk)
    act_q <= \$574 ;
  always @(posedge clk)
    w_in <= wgt_r__data;
  always @(posedge clk)
    \$signal  <= \$575 ;
  always @(posedge clk)
    pad_word_q <= \$576 ;
  always @(posedge clk)
    valid <= \$577 ;
  always @(posedge clk)
    zero <= \$578 ;
  always @(posedge clk)
    plane <= \$579 ;
  always @(posedge clk)
    \$signal$187  <= \$580 ;
  always @(posedge clk)
    cz <= \$581 ;
  always @(posedge clk)
    ir_q <= \$582 ;
  always @(posedge clk)
    nxt <= \$583 ;
  always @(posedge clk)
    n_is <= \$584 ;
  always @(posedge clk)
    n_bad <= \$585 ;
  always @(posedge clk)
    n_nb1 <= \$586 ;
  always @(posedge clk)
    n_rd_len <= \$587 ;
  always @(posedge clk)
    n_t_base <= \$588 ;
  always @(posedge clk)
    n_pitch <= \$589 ;
  always @(posedge clk)
    n_pad_last <= \$590 ;
  always @(posedge clk)
    \$like$199  <= \$591 ;
  always @(posedge clk)
    \$like$200  <= \$592 ;
  always @(posedge clk)
    n_res <= \$593 ;
  always @(posedge clk)
    \$signal$202  <= \$594 ;
  always @(posedge clk)
    n_ob1 <= \$595 ;
  always @(posedge clk)
    state <= \$596 ;
  always @(posedge clk)
    t <= \$597 ;
  always @(posedge clk)
    instr <= \$598 ;
  always @(posedge clk)
    nb1 <= \$599 ;
  always @(posedge clk)
    \$signal$205  <= \$600 ;
  always @(posedge clk)
    b1 <= \$601 ;
  always @(posedge clk)
    rd_len <= \$602 ;
  always @(posedge clk)
    req_more <= \$603 ;
  always @(posedge clk)
    req_cnt <= \$604 ;
  always @(posedge clk)
    req_addr <= \$605 ;
  always @(posedge clk)
    rx_bank <= \$606 ;
  always @(posedge clk)
    rx_word <= \$607 ;
  always @(posedge clk)
    rx_beat <= \$608 ;
  always @(posedge clk)
    rx_bl <= \$609 ;
  always @(posedge clk)
    rx_oh <= \$610 ;
  always @(posedge clk)
    \$signal$85  <= \$611 ;
  always @(posedge clk)
    rx_blast <= \$612 ;
  always @(posedge clk)
    \$signal$209  <= \$613 ;
  always @(posedge clk)
    tx_word <= \$614 ;
  always @(posedge clk)
    tx_beat <= \$615 ;
  always @(posedge clk)
    \$signal$211  <= \$616 ;
  always @(posedge clk)
    s_cur <= \$617 ;
  always @(posedge clk)
    \$signal$213  <= \$618 ;
  always @(posedge clk)
    \$signal$214  <= \$619 ;
  always @(posedge clk)
    tx_kl <= \$620 ;
  always @(posedge clk)
    t_row <= \$621 ;
  always @(posedge clk)
    \$signal$149  <= \$622 ;
  always @(posedge clk)
    thr_ptr <= \$623 ;
  always @(posedge clk)
    issuing <= \$624 ;
  always @(posedge clk)
    \$signal$217  <= \$625 ;
  always @(posedge clk)
    \$signal$218  <= \$626 ;
  always @(posedge clk)
    \$signal$103  <= \$627 ;
  always @(posedge clk)
    pad_d <= \$628 ;
  always @(posedge clk)
    wgt_r__addr <= \$629 ;
  always @(posedge clk)
    p <= \$630 ;
  always @(posedge clk)
    \$signal$220  <= \$631 ;
  always @(posedge clk)
    \$signal$221  <= \$632 ;
  always @(posedge clk)
    kh1 <= \$633 ;
  always @(posedge clk)
    tail <= \$634 ;
  always @(posedge clk)
    \$signal$223  <= \$635 ;
  always @(posedge clk)
    \$signal$224  <= \$636 ;
  always @(posedge clk)
    ky <= \$637 ;
  always @(posedge clk)
    \$signal$118  <= \$638 ;
  always @(posedge clk)
    ix <= \$639 ;
  always @(posedge clk)
    \$signal$226  <= \$640 ;
  always @(posedge clk)
    \$signal$227  <= \$641 ;
  always @(posedge clk)
    \$signal$228  <= \$642 ;
  always @(posedge clk)
    \$signal$229  <= \$643 ;
  always @(posedge clk)
    plane_base <= \$644 ;
  always @(posedge clk)
    \$signal$231  <= \$645 ;
  always @(posedge clk)
    pitch <= \$646 ;
  always @(posedge clk)
    p_pad_last <= \$647 ;
  always @(posedge clk)
    crow <= \$648 ;
  always @(posedge clk)
    cbit <= \$649 ;
  always @(posedge clk)
    svalid <= \$650 ;
  always @(posedge clk)
    wvalid <= \$651 ;
  always @(posedge clk)
    paddr <= \$652 ;
  always @(posedge clk)
    p_lv <= \$653 ;
  always @(posedge clk)
    p_cmp <= \$654 ;
  always @(posedge clk)
    p_ob1 <= \$655 ;
  always @(posedge clk)
    p_shift_c0_keep <= \$656 ;
  always @(posedge clk)
    p_shift_c1_keep <= \$657 ;
  always @(posedge clk)
    p_shift_c2_keep <= \$658 ;
  always @(posedge clk)
    p_shift_c3_keep <= \$659 ;
  always @(posedge clk)
    p_res <= \$660 ;
  always @(posedge clk)
    asm <= \$661 ;
  always @(posedge clk)
    \$signal$238  <= \$662 ;
  always @(posedge clk)
    o_beat <= \$663 ;
  always @(posedge clk)
    o_addr <= \$664 ;
  always @(posedge clk)
    o_last <= \$665 ;
  always @(posedge clk)
    o_addr2 <= \$666 ;
  always @(posedge clk)
    \$signal$243  <= \$667 ;
  always @(posedge clk)
    o_bank2 <= \$668 ;
  always @(posedge clk)
    o_beat2 <= \$669 ;
  always @(posedge clk)
    thresh_l0 <= \$670 ;
  always @(posedge clk)
    o_addr3 <= \$671 ;
  always @(posedge clk)
    \$signal$115  <= \$672 ;
  always @(posedge clk)
    o_data3 <= \$673 ;
  always @(posedge clk)
    cp <= \$674 ;
  always @(posedge clk)
    pad_word_d <= \$675 ;
  always @(posedge clk)
    sc_bits <= \$676 ;
  always @(posedge clk)
    old_bits <= \$677 ;
  always @(posedge clk)
    lp_left <= \$678 ;
  always @(posedge clk)
    lp_once <= \$679 ;
  always @(posedge clk)
    \$signal$65  <= \$680 ;
  always @(posedge clk)
    \$signal$69  <= \$681 ;
  always @(posedge clk)
    \$signal$71  <= \$682 ;
  always @(posedge clk)
    \$signal$67  <= \$683 ;
  always @(posedge clk)
    \$signal$66  <= \$684 ;
  always @(posedge clk)
    \$signal$70  <= \$685 ;
  always @(posedge clk)
    \$signal$72  <= \$686 ;
  always @(posedge clk)
    \$signal$68  <= \$687 ;
  always @(posedge clk)
    srow <= \$688 ;
  always @(posedge clk)
    sbit <= \$689 ;
  always @(posedge clk)
    y_q <= \$690 ;
  always @(posedge clk)
    scores_q <= \$691 ;
  always @(posedge clk)
    wrow <= \$692 ;
  always @(posedge clk)
    wbit <= \$693 ;
  always @(posedge clk)
    counting <= \$694 ;
  always @(posedge clk)
    inc_q_cycles <= \$695 ;
  always @(posedge clk)
    ctr_cycles <= \$696 ;
  always @(posedge clk)
    inc_q_instructions <= \$697 ;
  always @(posedge clk)
    ctr_instructions <= \$698 ;
  always @(posedge clk)
    inc_q_load_busy <= \$699 ;
  always @(posedge clk)
    ctr_load_busy <= \$700 ;
  always @(posedge clk)
    inc_q_load_stall <= \$701 ;
  always @(posedge clk)
    ctr_load_stall <= \$702 ;
  always @(posedge clk)
    inc_q_store_busy <= \$703 ;
  always @(posedge clk)
    ctr_store_busy <= \$704 ;
  always @(posedge clk)
    inc_q_store_stall <= \$705 ;
  always @(posedge clk)
    ctr_store_stall <= \$706 ;
  always @(posedge clk)
    inc_q_gemm_busy <= \$707 ;
  always @(posedge clk)
    ctr_gemm_busy <= \$708 ;
  always @(posedge clk)
    inc_q_gemm_stall <= \$709 ;
  always @(posedge clk)
    ctr_gemm_stall <= \$710 ;
  always @(posedge clk)
    inc_q_post_busy <= \$711 ;
  always @(posedge clk)
    ctr_post_busy <= \$712 ;
  always @(posedge clk)
    inc_q_post_stall <= \$713 ;
  always @(posedge clk)
    ctr_post_stall <= \$714 ;
  always @(posedge clk)
    inc_q_sram_act_reads <= \$715 ;
  always @(posedge clk)
    ctr_sram_act_reads <= \$716 ;
  always @(posedge clk)
    inc_q_sram_act_writes <= \$717 ;
  always @(posedge clk)
    ctr_sram_act_writes <= \$718 ;
  always @(posedge clk)
    inc_q_sram_weight_reads <= \$719 ;
  always @(posedge clk)
    ctr_sram_weight_reads <= \$720 ;
  always @(posedge clk)
    inc_q_sram_weight_writes <= \$721 ;
  always @(posedge clk)
    ctr_sram_weight_writes <= \$722 ;
  always @(posedge clk)
    inc_q_sram_thresh_reads <= \$723 ;
  always @(posedge clk)
    ctr_sram_thresh_reads <= \$724 ;
  always @(posedge clk)
    inc_q_sram_thresh_writes <= \$725 ;
  always @(posedge clk)
    ctr_sram_thresh_writes <= \$726 ;
  always @(posedge clk)
    inc_q_sram_out_reads <= \$727 ;
  always @(posedge clk)
    ctr_sram_out_reads <= \$728 ;
  always @(posedge clk)
    inc_q_sram_out_writes <= \$729 ;
  always @(posedge clk)
    ctr_sram_out_writes <= \$730 ;
  always @(posedge clk)
    inc_q_threshold_ops <= \$731 ;
  always @(posedge clk)
    ctr_threshold_ops <= \$732 ;
  assign done = state == 3'h6;
  assign error = state == 3'h7;
  assign \$1  = | state;
  assign \$2  = state != 3'h6;
  assign \$3  = \$1  & \$2 ;
  assign \$4  = state != 3'h7;
  assign busy = \$3  & \$4 ;
  assign a_in = \$signal  ? pad_word_q : act_q;
  assign \$9  = ir_q[3:0] == 2'h3;
  assign \$12  = ~ lp_once;
  assign \$15  = ir_q[26:11] + \$14 ;
  assign \$17  = ~ lp_once;
  assign \$20  = $signed(ir_q[113:105]) + $signed({ 1'h0, \$19  });
  assign \$25  = ir_q[3:0] == 3'h4;
  assign \$28  = ~ lp_once;
  assign \$31  = ir_q[41:26] + \$30 ;
  assign \$33  = ~ lp_once;
  assign \$36  = ir_q[87:72] + \$35 ;
  assign \$37  = ir_q[9:8] == 2'h3;
  assign \$38  = ir_q[9:8] == 1'h1;
  assign \$39  = ir_q[9:8] == 2'h2;
  assign \$40  = \$38  | \$39 ;
  assign \$41  = ir_q[76:74] == 1'h1;
  assign \$42  = ir_q[79:77] == 1'h1;
  assign \$43  = ir_q[87:80] == 1'h1;
  assign \$44  = ir_q[95:88] == 1'h1;
  assign \$45  = ! ir_q[104:96];
  assign \$46  = ! ir_q[113:105];
  assign \$47  = ! ir_q[114];
  assign \$48  = ! ir_q[123:115];
  assign \$49  = & { \$48 , \$47 , \$46 , \$45 , \$44 , \$43 , \$42 , \$41  };
  assign \$50  = ~ \$49 ;
  assign \$51  = ir_q[9:8] != 1'h1;
  assign \$52  = ir_q[54:51] > 1'h1;
  assign \$53  = \$51  & \$52 ;
  assign \$54  = ir_q[9:8] == 2'h2;
  assign \$55  = \$54  | ir_q[71];
  assign \$57  = \$53  | \$56 ;
  assign \$58  = ir_q[9:8] == 2'h2;
  assign \$59  = ir_q[54:51] != 1'h1;
  assign \$60  = \$58  & \$59 ;
  assign \$61  = \$57  | \$60 ;
  assign \$62  = ir_q[9:8] == 1'h1;
  assign \$63  = ir_q[54:51] != 1'h1;
  assign \$64  = \$62  | \$63 ;
  assign \$65  = ir_q[71] & \$64 ;
  assign \$66  = \$61  | \$65 ;
  assign \$67  = t == 2'h2;
  assign \$68  = rx_bl & \$signal$85 ;
  assign \$69  = instr[25:10] + rx_word;
  assign \$70  = ! rx_bank;
  assign \$71  = ! rx_bank;
  assign \$72  = ! rx_bank;
  assign \$73  = ! rx_bank;
  assign \$74  = instr[25:10] + rx_word;
  assign \$75  = ! rx_bank;
  assign \$76  = rx_bank == 1'h1;
  assign \$77  = rx_bank == 2'h2;
  assign \$78  = rx_bank == 2'h3;
  assign \$79  = instr[25:10] + rx_word;
  assign \$80  = ! rx_bank;
  assign \$81  = rx_bank == 1'h1;
  assign \$82  = rx_bank == 2'h2;
  assign \$83  = rx_bank == 2'h3;
  assign \$84  = ~ \$signal$103 ;
  assign \$85  = \$84  | mem_wr_ready;
  assign \$86  = ! tx_beat;
  assign \$87  = ~ \$signal$103 ;
  assign \$88  = \$87  | mem_wr_ready;
  assign \$89  = ~ \$88 ;
  assign \$90  = \$signal$103  & mem_wr_ready;
  assign \$91  = $signed(\$signal$118 ) >= $signed(1'h0);
  assign \$92  = $signed(\$signal$118 ) < $signed(2'h1);
  assign \$93  = \$91  & \$92 ;
  assign \$94  = $signed(ix) >= $signed(1'h0);
  assign \$95  = \$93  & \$94 ;
  assign \$96  = $signed(ix) < $signed(2'h1);
  assign \$97  = \$95  & \$96 ;
  assign \$98  = \$97  ? 1'h1 : 1'h0;
  assign \$99  = tail == 2'h3;
  assign \$100  = t < p_lv;
  assign \$101  = ! t;
  assign \$104  = ! t;
  assign \$106  = ~ wvalid;
  assign \$107  = ! wbit;
  assign \$108  = 3'h4 * p_cmp;
  assign \$109  = instr[9:8] == 1'h1;
  assign \$110  = wrow * 8'h80;
  assign \$111  = 8'h80 + \$110 ;
  assign \$112  = \$111  + instr[41:26];
  assign \$113  = y_q[0] >> wbit;
  assign \$114  = y_q[1] >> wbit;
  assign \$115  = y_q[2] >> wbit;
  assign \$116  = y_q[3] >> wbit;
  assign \$119  = y_q[0] >> wbit;
  assign \$120  = y_q[1] >> wbit;
  assign \$121  = y_q[2] >> wbit;
  assign \$122  = y_q[3] >> wbit;
  assign \$125  = y_q[0] >> wbit;
  assign \$126  = y_q[1] >> wbit;
  assign \$127  = y_q[2] >> wbit;
  assign \$128  = y_q[3] >> wbit;
  assign \$131  = y_q[0] >> wbit;
  assign \$132  = y_q[1] >> wbit;
  assign \$133  = y_q[2] >> wbit;
  assign \$134  = y_q[3] >> wbit;
  assign \$137  = ! wrow;
  assign \$138  = ! instr[49:42];
  assign \$139  = \$137  & \$138 ;
  assign \$140  = ! wrow;
  assign \$141  = instr[49:42] == 1'h1;
  assign \$142  = \$140  & \$141 ;
  assign \$143  = ! wrow;
  assign \$144  = instr[49:42] == 2'h2;
  assign \$145  = \$143  & \$144 ;
  assign \$146  = ! wrow;
  assign \$147  = instr[49:42] == 2'h3;
  assign \$148  = \$146  & \$147 ;
  assign \$149  = wbit == p_ob1;
  assign \$150  = ! wrow;
  assign \$151  = pc + 1'h1;
  assign \$153  = state == 3'h4;
  assign \$154  = state == 3'h5;
  assign \$155  = \$153  | \$154 ;
  assign \$156  = state == 2'h3;
  assign \$157  = \$155  | \$156 ;
  assign \$158  = state == 2'h3;
  assign \$159  = \$158  & \$signal$103 ;
  assign \$160  = ~ mem_wr_ready;
  assign \$161  = \$159  & \$160 ;
  assign \$162  = ~ \$161 ;
  assign act_r__en = \$157  & \$162 ;
  assign wgt_r__en = state == 3'h4;
  assign \$163  = state == 3'h5;
  assign \$164  = state == 2'h3;
  assign \$165  = \$163  | \$164 ;
  assign \$166  = state == 2'h3;
  assign \$167  = \$166  & \$signal$103 ;
  assign \$168  = ~ mem_wr_ready;
  assign \$169  = \$167  & \$168 ;
  assign \$170  = ~ \$169 ;
  assign thr_r__en = \$165  & \$170 ;
  assign \$171  = ! pc;
  assign \$172  = ! state;
  assign \$173  = state == 3'h6;
  assign \$174  = \$172  | \$173 ;
  assign \$175  = state == 3'h7;
  assign \$176  = \$174  | \$175 ;
  assign \$177  = state == 4'h8;
  assign \$178  = \$176  | \$177 ;
  assign \$180  = ~ lp_once;
  assign \$182  = pc + 1'h1;
  assign \$184  = \$178  ? 11'h000 : \$183 ;
  assign \$191  = ~ rd_hold;
  assign \$192  = ir_q[3:0] == 1'h1;
  assign \$193  = ir_q[3:0] == 2'h2;
  assign \$194  = ir_q[3:0] == 2'h3;
  assign \$195  = ir_q[3:0] == 3'h4;
  assign \$196  = ir_q[3:0] == 3'h5;
  assign \$197  = ir_q[3:0] == 4'hf;
  assign \$202  = ir_q[3:0] != 2'h3;
  assign \$204  = ir_q[3:0] != 3'h4;
  assign \$207  = ! ir_q[9:8];
  assign \$208  = ir_q[9:8] == 1'h1;
  assign \$209  = ir_q[9:8] == 2'h2;
  assign \$210  = \$209  ? 2'h0 : 2'h3;
  assign \$211  = \$208  ? 2'h0 : \$210 ;
  assign \$212  = \$207  ? 2'h0 : \$211 ;
  assign \$213  = ! ir_q[9:8];
  assign \$215  = ir_q[9:8] == 1'h1;
  assign \$217  = ir_q[9:8] == 2'h2;
  assign \$220  = \$217  ? { 2'h0, \$218  } : \$219 ;
  assign \$221  = \$215  ? { 2'h0, \$216  } : \$220 ;
  assign \$222  = \$213  ? { 2'h0, \$214  } : \$221 ;
  assign \$223  = ir_q[9:8] == 2'h3;
  assign \$224  = \$223  ? 8'h80 : 8'h00;
  assign \$225  = ir_q[25:10] + \$224 ;
  assign \$226  = 1'h1 * ir_q[53:43];
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
    .\port$1159$0 (p_shift_c0_keep),
    .\port$1161$0 (p_shift_c1_keep),
    .\port$1163$0 (p_shift_c2_keep),
    .\port$1165$0 (p_shift_c3_keep),
    .scores(scores),
    .thresh(thresh_l0),
    .y(y)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ir_q[54:51])
      4'h0:
          \$277  = 15'h0000;
      4'h1:
          \$277  = 15'h0001;
      4'h2:
          \$277  = 15'h0003;
      4'h3:
          \$277  = 15'h0007;
      4'h4:
          \$277  = 15'h000f;
      4'h5:
          \$277  = 15'h001f;
      4'h6:
          \$277  = 15'h003f;
      4'h7:
          \$277  = 15'h007f;
      4'h8:
          \$277  = 15'h00ff;
      4'h9:
          \$277  = 15'h01ff;
      4'ha:
          \$277  = 15'h03ff;
      4'hb:
          \$277  = 15'h07ff;
      4'hc:
          \$277  = 15'h0fff;
      4'hd:
          \$277  = 15'h1fff;
      4'he:
          \$277  = 15'h3fff;
      4'hf:
          \$277  = 15'h7fff;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ir_q[54:51])
      4'h0:
          \$281  = 15'h0000;
      4'h1:
          \$281  = 15'h0001;
      4'h2:
          \$281  = 15'h0003;
      4'h3:
          \$281  = 15'h0007;
      4'h4:
          \$281  = 15'h000f;
      4'h5:
          \$281  = 15'h001f;
      4'h6:
          \$281  = 15'h003f;
      4'h7:
          \$281  = 15'h007f;
      4'h8:
          \$281  = 15'h00ff;
      4'h9:
          \$281  = 15'h01ff;
      4'ha:
          \$281  = 15'h03ff;
      4'hb:
          \$281  = 15'h07ff;
      4'hc:
          \$281  = 15'h0fff;
      4'hd:
          \$281  = 15'h1fff;
      4'he:
          \$281  = 15'h3fff;
      4'hf:
          \$281  = 15'h7fff;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$366  = 16'h0000;
    casez (o_beat2)
      3'h0:
          \$366  = store_out[15:0];
      3'h1:
          \$366  = store_out[31:16];
      3'h2:
          \$366  = store_out[47:32];
      3'h3:
          \$366  = store_out[63:48];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$409  = 4'h0;
    casez (instr[49:42])
      8'h00:
          \$409  = act_q[3:0];
      8'h01:
          \$409  = act_q[7:4];
      8'h02:
          \$409  = act_q[11:8];
      8'h03:
          \$409  = act_q[15:12];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$413  = 4'h0;
    casez (instr[49:42])
      8'h00:
          \$413  = act_q[3:0];
      8'h01:
          \$413  = act_q[7:4];
      8'h02:
          \$413  = act_q[11:8];
      8'h03:
          \$413  = act_q[15:12];
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
      pc_next = \$151 [9:0];
      if (\$152 ) begin
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
    if (\$10 ) begin
      fetched[26:11] = \$15 [15:0];
      fetched[113:105] = \$20 [8:0];
    end
    if (\$26 ) begin
      fetched[41:26] = \$31 [15:0];
      fetched[87:72] = \$36 [15:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    bad = 1'h0;
    (* full_case = 32'd1 *)
    casez (ir_q[3:0])
      4'h1:
          bad = \$37 ;
      4'h2:
          bad = \$40 ;
      4'h3:
          bad = \$50 ;
      4'h4:
          bad = \$66 ;
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
          if (\$67 ) begin
            finish = 1'h1;
          end
      4'h2:
          if (mem_rd_data_valid) begin
            if (rx_bl) begin
              if (\$68 ) begin
                if (rx_blast) begin
                  finish = 1'h1;
                end
              end
            end
          end
      4'h3:
          if (\$90 ) begin
            if (\$signal$115 ) begin
              finish = 1'h1;
            end
          end
      4'h4:
          (* full_case = 32'd1 *)
          if (issuing) begin
          end else begin
            if (\$99 ) begin
              finish = 1'h1;
            end
          end
      4'h5:
          (* full_case = 32'd1 *)
          if (\$106 ) begin
          end else begin
            if (\$149 ) begin
              if (\$150 ) begin
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
          if (rx_oh) begin
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
            if (rx_bl) begin
              casez (instr[9:8])
                2'h0:
                    act_addr_req = \$69 [7:0];
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$106 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$109 ) begin
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
            if (rx_bl) begin
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
          if (\$106 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$109 ) begin
            end else begin
              act_data_req = { \$136 , \$130 , \$124 , \$118  };
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
            if (rx_bl) begin
              casez (instr[9:8])
                2'h0:
                    act_en_req = { \$73 , \$72 , \$71 , \$70  };
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$106 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$109 ) begin
            end else begin
              act_en_req = { \$148 , \$145 , \$142 , \$139  };
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
            if (rx_bl) begin
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
          if (\$106 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$109 ) begin
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
            if (rx_bl) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    weight_addr_req = \$74 [7:0];
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
            if (rx_bl) begin
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
            if (rx_bl) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    weight_en_req = { \$78 , \$77 , \$76 , \$75  };
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
            if (rx_bl) begin
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
            if (rx_bl) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    /* empty */;
                2'h2:
                    thresh_out_addr_req = \$79 [7:0];
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$106 ) begin
          end else begin
            if (\$109 ) begin
              thresh_out_addr_req = \$112 [7:0];
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
            if (rx_bl) begin
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
          if (\$106 ) begin
          end else begin
            if (\$109 ) begin
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
            if (rx_bl) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    /* empty */;
                2'h2:
                    thresh_out_en_req = { \$83 , \$82 , \$81 , \$80  };
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$106 ) begin
          end else begin
            if (\$109 ) begin
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
            if (rx_bl) begin
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
          if (\$85 ) begin
            if (issuing) begin
              if (\$86 ) begin
                casez (instr[9:8])
                  2'h0:
                      inc_sram_act_reads = 16'h0001;
                endcase
              end
            end
          end
      4'h4:
          if (issuing) begin
            inc_sram_act_reads = { 15'h0000, \$98  };
          end
      4'h5:
          if (\$100 ) begin
            if (\$102 ) begin
              inc_sram_act_reads = 16'h0001;
            end
            if (\$105 ) begin
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
          if (\$85 ) begin
            if (issuing) begin
              if (\$86 ) begin
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
          rd_hold = \$89 ;
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
          mem_wr_addr = { 16'h0000, o_addr3 };
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
          mem_wr_data = o_data3;
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
          if (\$90 ) begin
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
          if (\$90 ) begin
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
          if (\$100 ) begin
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
          if (\$106 ) begin
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
          if (\$106 ) begin
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
          if (\$106 ) begin
          end else begin
            if (\$107 ) begin
              inc_threshold_ops = { 12'h000, \$108  };
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
          if (\$106 ) begin
          end else begin
            if (\$109 ) begin
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
    \$564  = \$171 ;
    if (rst) begin
      \$564  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$565  = \$184 [8:0];
    if (rst) begin
      \$565  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$566  = pc_next;
    if (rst) begin
      \$566  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$567  = \$185 ;
    if (rst) begin
      \$567  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$568  = \$186 ;
    if (rst) begin
      \$568  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$569  = \$187 ;
    if (rst) begin
      \$569  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$570  = \$188 ;
    if (rst) begin
      \$570  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$571  = \$189 ;
    if (rst) begin
      \$571  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$572  = ctr_sel[4:2];
    if (rst) begin
      \$572  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$573  = \$190 ;
    if (rst) begin
      \$573  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$574  = act_q;
    if (\$191 ) begin
      \$574  = act_r__data;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$575  = pad_d;
    if (rst) begin
      \$575  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$576  = pad_word_d;
    if (rst) begin
      \$576  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$577  = \$signal$187 ;
    if (rst) begin
      \$577  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$578  = cz;
    if (rst) begin
      \$578  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$579  = cp;
    if (rst) begin
      \$579  = 3'h0;
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
          /* empty */;
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          if (issuing) begin
            \$580  = 1'h1;
          end
    endcase
    if (rst) begin
      \$580  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$581  = 1'h0;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$581  = \$303 ;
            endcase
          end
    endcase
    if (rst) begin
      \$581  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$582  = ir__data;
    if (rst) begin
      \$582  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$583  = fetched;
    if (rst) begin
      \$583  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$584  = { \$197 , \$196 , \$195 , \$194 , \$193 , \$192  };
    if (rst) begin
      \$584  = 6'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$585  = \$206 ;
    if (rst) begin
      \$585  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$586  = \$212 ;
    if (rst) begin
      \$586  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$587  = { 5'h00, \$222  };
    if (rst) begin
      \$587  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$588  = \$225 [7:0];
    if (rst) begin
      \$588  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$589  = { 4'h0, \$226  };
    if (rst) begin
      \$589  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$590  = \$275 ;
    if (rst) begin
      \$590  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$591  = \$279 [1:0];
    if (rst) begin
      \$591  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$592  = \$284 [0];
    if (rst) begin
      \$592  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$593  = 1'h0;
    if (rst) begin
      \$593  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$594  = \$286 ;
    if (rst) begin
      \$594  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$595  = \$289 [3:0];
    if (rst) begin
      \$595  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$596  = state;
    casez (state)
      4'h0, 4'h6, 4'h7:
          if (start) begin
            \$596  = 4'h8;
          end
      4'h8:
          if (\$291 ) begin
            \$596  = 4'h1;
          end
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
            \$596  = 4'h7;
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  \$596  = 4'h2;
              6'b????1?:
                  \$596  = 4'h3;
              6'b???1??:
                  \$596  = 4'h4;
              6'b??1???:
                  \$596  = 4'h5;
              6'b1?????:
                  \$596  = 4'h6;
            endcase
          end
    endcase
    if (finish) begin
      \$596  = 4'h1;
    end
    if (rst) begin
      \$596  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$597  = t;
    casez (state)
      4'h0, 4'h6, 4'h7:
          if (start) begin
            \$597  = 2'h0;
          end
      4'h8:
          \$597  = \$290 [1:0];
      4'h1:
          \$597  = 2'h0;
      4'h9:
          \$597  = \$313 [1:0];
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          if (\$402 ) begin
            \$597  = \$403 [1:0];
          end
    endcase
    if (rst) begin
      \$597  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$598  = instr;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          \$598  = nxt;
    endcase
    if (rst) begin
      \$598  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$599  = nb1;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  \$599  = n_nb1;
              6'b????1?:
                  \$599  = n_nb1;
            endcase
          end
    endcase
    if (rst) begin
      \$599  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$600  = \$signal$205 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  \$600  = \$292 [15:0];
              6'b????1?:
                  \$600  = \$298 [15:0];
              6'b???1??:
                  \$600  = { \$304 [11], \$304 [11], \$304 [11], \$304 [11], \$304  };
            endcase
          end
    endcase
    if (rst) begin
      \$600  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$601  = b1;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  \$601  = \$293 ;
              6'b????1?:
                  \$601  = \$299 ;
            endcase
          end
    endcase
    if (rst) begin
      \$601  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$602  = rd_len;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  \$602  = n_rd_len;
            endcase
          end
    endcase
    if (rst) begin
      \$602  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$603  = req_more;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  \$603  = \$294 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (\$314 ) begin
            \$603  = \$317 ;
          end
    endcase
    if (rst) begin
      \$603  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$604  = req_cnt;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  \$604  = 10'h000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (\$314 ) begin
            \$604  = \$315 [9:0];
          end
    endcase
    if (rst) begin
      \$604  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$605  = req_addr;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  \$605  = nxt[66:51];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (\$314 ) begin
            \$605  = \$316 [15:0];
          end
    endcase
    if (rst) begin
      \$605  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$606  = rx_bank;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  \$606  = 10'h000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (rx_bl) begin
              if (\$319 ) begin
                \$606  = \$320 [9:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$606  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$607  = rx_word;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  \$607  = 16'h0000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (rx_bl) begin
              (* full_case = 32'd1 *)
              if (\$319 ) begin
                \$607  = 16'h0000;
              end else begin
                \$607  = \$324 [15:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$607  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$608  = rx_beat;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  \$608  = 3'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            (* full_case = 32'd1 *)
            if (rx_bl) begin
              \$608  = 3'h0;
            end else begin
              \$608  = \$327 [2:0];
            end
          end
    endcase
    if (rst) begin
      \$608  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$609  = rx_bl;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  \$609  = \$295 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            (* full_case = 32'd1 *)
            if (rx_bl) begin
              \$609  = \$318 ;
            end else begin
              \$609  = \$329 ;
            end
          end
    endcase
    if (rst) begin
      \$609  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$610  = rx_oh;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  \$610  = 1'h1;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            (* full_case = 32'd1 *)
            if (rx_bl) begin
              \$610  = 1'h1;
            end else begin
              \$610  = \$330 [0];
            end
          end
    endcase
    if (rst) begin
      \$610  = 1'h1;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$611  = \$signal$85 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  \$611  = \$296 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (rx_bl) begin
              (* full_case = 32'd1 *)
              if (\$319 ) begin
                \$611  = \$321 ;
              end else begin
                \$611  = \$326 ;
              end
            end
          end
    endcase
    if (rst) begin
      \$611  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$612  = rx_blast;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  \$612  = \$297 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (rx_bl) begin
              if (\$319 ) begin
                \$612  = \$323 ;
              end
            end
          end
    endcase
    if (rst) begin
      \$612  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$613  = \$signal$209 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  \$613  = 10'h000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$332 ) begin
            if (issuing) begin
              if (\$signal$213 ) begin
                if (\$signal$214 ) begin
                  \$613  = \$336 [9:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$613  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$614  = tx_word;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  \$614  = 16'h0000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$332 ) begin
            if (issuing) begin
              if (\$signal$213 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$214 ) begin
                  \$614  = 16'h0000;
                end else begin
                  \$614  = \$351 [15:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$614  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$615  = tx_beat;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  \$615  = 3'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$332 ) begin
            if (issuing) begin
              (* full_case = 32'd1 *)
              if (\$signal$213 ) begin
                \$615  = 3'h0;
              end else begin
                \$615  = \$357 [2:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$615  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$616  = \$signal$211 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  \$616  = nxt[66:51];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$332 ) begin
            if (issuing) begin
              if (\$signal$213 ) begin
                if (\$signal$214 ) begin
                  \$616  = \$340 [15:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$616  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$617  = s_cur;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  \$617  = nxt[66:51];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$332 ) begin
            if (issuing) begin
              (* full_case = 32'd1 *)
              if (\$signal$213 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$214 ) begin
                  \$617  = \$341 [15:0];
                end else begin
                  \$617  = \$352 [15:0];
                end
              end else begin
                \$617  = \$358 [15:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$617  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$618  = \$signal$213 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  \$618  = \$300 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$332 ) begin
            if (issuing) begin
              (* full_case = 32'd1 *)
              if (\$signal$213 ) begin
                \$618  = \$335 ;
              end else begin
                \$618  = \$360 ;
              end
            end
          end
    endcase
    if (rst) begin
      \$618  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$619  = \$signal$214 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  \$619  = \$301 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$332 ) begin
            if (issuing) begin
              if (\$signal$213 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$214 ) begin
                  \$619  = \$337 ;
                end else begin
                  \$619  = \$354 ;
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$619  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$620  = tx_kl;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  \$620  = \$302 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$332 ) begin
            if (issuing) begin
              if (\$signal$213 ) begin
                if (\$signal$214 ) begin
                  \$620  = \$339 ;
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$620  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$621  = t_row;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  \$621  = n_t_base;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$332 ) begin
            if (issuing) begin
              if (\$signal$213 ) begin
                if (\$signal$214 ) begin
                  \$621  = \$344 [7:0];
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
    \$622  = \$signal$149 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  \$622  = { 8'h00, n_t_base };
              6'b???1??:
                  \$622  = nxt[26:11];
              6'b??1???:
                  \$622  = \$312 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$332 ) begin
            if (issuing) begin
              if (\$signal$213 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$214 ) begin
                  \$622  = { 7'h00, \$347  };
                end else begin
                  \$622  = \$355 [15:0];
                end
              end
            end
          end
      4'h4:
          if (issuing) begin
            \$622  = \$378 [15:0];
            if (\$signal$226 ) begin
              if (\$signal$227 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$228 ) begin
                  \$622  = \$384 [15:0];
                end else begin
                  \$622  = \$391 [15:0];
                end
              end
            end
          end
      4'h5:
          if (\$406 ) begin
            \$622  = instr[41:26];
          end
    endcase
    if (rst) begin
      \$622  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$623  = thr_ptr;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  \$623  = { 8'h00, n_t_base };
              6'b???1??:
                  /* empty */;
              6'b??1???:
                  \$623  = nxt[25:10];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$332 ) begin
            if (issuing) begin
              if (\$signal$213 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$214 ) begin
                  \$623  = { 7'h00, \$350  };
                end else begin
                  \$623  = \$356 [15:0];
                end
              end
            end
          end
      4'h4:
          /* empty */;
      4'h5:
          \$623  = \$405 [15:0];
    endcase
    if (rst) begin
      \$623  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$624  = issuing;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  \$624  = 1'h1;
              6'b???1??:
                  \$624  = 1'h1;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$332 ) begin
            if (issuing) begin
              if (\$362 ) begin
                \$624  = 1'h0;
              end
            end
          end
      4'h4:
          if (issuing) begin
            if (\$signal$226 ) begin
              if (\$signal$227 ) begin
                if (\$signal$228 ) begin
                  if (\$signal$229 ) begin
                    \$624  = 1'h0;
                  end
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$624  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$625  = \$signal$217 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  \$625  = 1'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$332 ) begin
            (* full_case = 32'd1 *)
            if (issuing) begin
              \$625  = 1'h1;
            end else begin
              \$625  = 1'h0;
            end
          end
    endcase
    if (rst) begin
      \$625  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$626  = \$signal$218 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  \$626  = 1'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$364 ) begin
            \$626  = \$signal$217 ;
          end
    endcase
    if (rst) begin
      \$626  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$627  = \$signal$103 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  \$627  = 1'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$364 ) begin
            \$627  = \$signal$218 ;
          end
    endcase
    if (rst) begin
      \$627  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$628  = pad_d;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  /* empty */;
              6'b?????1:
                  /* empty */;
              6'b????1?:
                  \$628  = 1'h0;
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
            \$628  = \$375 ;
          end
    endcase
    if (rst) begin
      \$628  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$629  = wgt_r__addr;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$629  = nxt[34:27];
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
            \$629  = \$377 [7:0];
            if (\$signal$226 ) begin
              if (\$signal$227 ) begin
                if (\$signal$228 ) begin
                  \$629  = instr[34:27];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$629  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$630  = p;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$630  = 3'h0;
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
            if (\$signal$226 ) begin
              if (\$signal$227 ) begin
                if (\$signal$228 ) begin
                  \$630  = \$381 [2:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$630  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$631  = \$signal$220 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$631  = \$305 [2:0];
            endcase
          end
    endcase
    if (rst) begin
      \$631  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$632  = \$signal$221 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$632  = { \$306 [1], \$306  };
            endcase
          end
    endcase
    if (rst) begin
      \$632  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$633  = kh1;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$633  = { \$307 [1], \$307  };
            endcase
          end
    endcase
    if (rst) begin
      \$633  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$634  = tail;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$634  = 16'h0000;
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
            \$634  = \$401 [15:0];
          end
    endcase
    if (rst) begin
      \$634  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$635  = \$signal$223 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$635  = 11'h000;
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
            if (\$signal$226 ) begin
              \$635  = 11'h000;
            end else begin
              \$635  = \$398 [10:0];
            end
          end
    endcase
    if (rst) begin
      \$635  = 11'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$636  = \$signal$224 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$636  = 3'h0;
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
            if (\$signal$226 ) begin
              (* full_case = 32'd1 *)
              if (\$signal$227 ) begin
                \$636  = 3'h0;
              end else begin
                \$636  = \$394 [2:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$636  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$637  = ky;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$637  = 3'h0;
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
            if (\$signal$226 ) begin
              if (\$signal$227 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$228 ) begin
                  \$637  = 3'h0;
                end else begin
                  \$637  = \$388 [2:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$637  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$638  = \$signal$118 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$638  = 10'h000;
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
            if (\$signal$226 ) begin
              if (\$signal$227 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$228 ) begin
                  \$638  = 10'h000;
                end else begin
                  \$638  = \$389 [9:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$638  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$639  = ix;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$639  = 10'h000;
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
            if (\$signal$226 ) begin
              (* full_case = 32'd1 *)
              if (\$signal$227 ) begin
                \$639  = 10'h000;
              end else begin
                \$639  = \$395 [9:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$639  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$640  = \$signal$226 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$640  = \$308 ;
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
            if (\$signal$226 ) begin
              \$640  = \$379 ;
            end else begin
              \$640  = \$400 ;
            end
          end
    endcase
    if (rst) begin
      \$640  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$641  = \$signal$227 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$641  = \$309 ;
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
            if (\$signal$226 ) begin
              (* full_case = 32'd1 *)
              if (\$signal$227 ) begin
                \$641  = \$380 ;
              end else begin
                \$641  = \$397 ;
              end
            end
          end
    endcase
    if (rst) begin
      \$641  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$642  = \$signal$228 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$642  = \$310 ;
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
            if (\$signal$226 ) begin
              if (\$signal$227 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$228 ) begin
                  \$642  = \$385 ;
                end else begin
                  \$642  = \$393 ;
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$642  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$643  = \$signal$229 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$643  = \$311 ;
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
            if (\$signal$226 ) begin
              if (\$signal$227 ) begin
                if (\$signal$228 ) begin
                  \$643  = \$387 ;
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$643  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$644  = plane_base;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$644  = nxt[26:11];
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
            if (\$signal$226 ) begin
              if (\$signal$227 ) begin
                if (\$signal$228 ) begin
                  \$644  = \$382 [15:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$644  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$645  = \$signal$231 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$645  = nxt[26:11];
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
            if (\$signal$226 ) begin
              if (\$signal$227 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$228 ) begin
                  \$645  = \$383 [15:0];
                end else begin
                  \$645  = \$390 [15:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$645  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$646  = pitch;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$646  = n_pitch;
            endcase
          end
    endcase
    if (rst) begin
      \$646  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$647  = p_pad_last;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$647  = n_pad_last;
            endcase
          end
    endcase
    if (rst) begin
      \$647  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$648  = crow;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$648  = 1'h0;
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
          if (\$414 ) begin
            if (\$415 ) begin
              \$648  = \$416 [0];
            end
          end
    endcase
    if (rst) begin
      \$648  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$649  = cbit;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$649  = 4'h0;
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
          if (\$414 ) begin
            (* full_case = 32'd1 *)
            if (\$415 ) begin
              \$649  = 4'h0;
            end else begin
              \$649  = \$417 [3:0];
            end
          end
    endcase
    if (rst) begin
      \$649  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$650  = svalid;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$650  = 1'h0;
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
          if (\$414 ) begin
            \$650  = 1'h1;
          end
    endcase
    if (rst) begin
      \$650  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$651  = wvalid;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$651  = 1'h0;
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
          \$651  = svalid;
    endcase
    if (rst) begin
      \$651  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$652  = paddr;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$652  = nxt[41:26];
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
          if (\$418 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$419 ) begin
              \$652  = instr[41:26];
            end else begin
              \$652  = \$420 [15:0];
            end
          end
    endcase
    if (rst) begin
      \$652  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$653  = p_lv;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$653  = \$like$199 ;
            endcase
          end
    endcase
    if (rst) begin
      \$653  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$654  = p_cmp;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$654  = \$like$200 ;
            endcase
          end
    endcase
    if (rst) begin
      \$654  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$655  = p_ob1;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$655  = n_ob1;
            endcase
          end
    endcase
    if (rst) begin
      \$655  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$656  = p_shift_c0_keep;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$656  = \$signal$202 ;
            endcase
          end
    endcase
    if (rst) begin
      \$656  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$657  = p_shift_c1_keep;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$657  = \$signal$202 ;
            endcase
          end
    endcase
    if (rst) begin
      \$657  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$658  = p_shift_c2_keep;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$658  = \$signal$202 ;
            endcase
          end
    endcase
    if (rst) begin
      \$658  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$659  = p_shift_c3_keep;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$659  = \$signal$202 ;
            endcase
          end
    endcase
    if (rst) begin
      \$659  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$660  = p_res;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
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
                  \$660  = n_res;
            endcase
          end
    endcase
    if (rst) begin
      \$660  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$661  = asm;
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
            if (rx_bl) begin
            end else begin
              \$661  = full;
            end
          end
    endcase
    if (rst) begin
      \$661  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$662  = \$signal$238 ;
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
          if (\$332 ) begin
            if (issuing) begin
              \$662  = \$signal$209 ;
            end
          end
    endcase
    if (rst) begin
      \$662  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$663  = o_beat;
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
          if (\$332 ) begin
            if (issuing) begin
              \$663  = tx_beat;
            end
          end
    endcase
    if (rst) begin
      \$663  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$664  = o_addr;
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
          if (\$332 ) begin
            if (issuing) begin
              \$664  = s_cur;
            end
          end
    endcase
    if (rst) begin
      \$664  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$665  = o_last;
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
          if (\$332 ) begin
            if (issuing) begin
              \$665  = \$334 ;
            end
          end
    endcase
    if (rst) begin
      \$665  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$666  = o_addr2;
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
          if (\$364 ) begin
            \$666  = o_addr;
          end
    endcase
    if (rst) begin
      \$666  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$667  = \$signal$243 ;
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
          if (\$364 ) begin
            \$667  = o_last;
          end
    endcase
    if (rst) begin
      \$667  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$668  = o_bank2;
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
          if (\$364 ) begin
            \$668  = \$signal$238 ;
          end
    endcase
    if (rst) begin
      \$668  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$669  = o_beat2;
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
          if (\$364 ) begin
            \$669  = o_beat;
          end
    endcase
    if (rst) begin
      \$669  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$670  = thresh_l0;
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
          if (\$364 ) begin
            \$670  = thr_r__data;
          end
      4'h4:
          /* empty */;
      4'h5:
          if (\$404 ) begin
            \$670  = thr_r__data;
          end
    endcase
    if (rst) begin
      \$670  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$671  = o_addr3;
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
          if (\$364 ) begin
            \$671  = o_addr2;
          end
    endcase
    if (rst) begin
      \$671  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$672  = \$signal$115 ;
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
          if (\$364 ) begin
            \$672  = \$signal$243 ;
          end
    endcase
    if (rst) begin
      \$672  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$673  = o_data3;
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
          if (\$364 ) begin
            \$673  = \$367 ;
          end
    endcase
    if (rst) begin
      \$673  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$674  = cp;
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
            \$674  = p;
          end
    endcase
    if (rst) begin
      \$674  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$675  = pad_word_d;
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
            \$675  = \$376 ;
          end
    endcase
    if (rst) begin
      \$675  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$676  = sc_bits;
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
            \$676  = \$409 ;
          end
    endcase
    if (rst) begin
      \$676  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$677  = old_bits;
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
          if (\$412 ) begin
            \$677  = \$413 ;
          end
    endcase
    if (rst) begin
      \$677  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$678  = lp_left;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$678  = \$422 [15:0];
        end
      end
    end
    if (rst) begin
      \$678  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$679  = lp_once;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$679  = \$423 ;
        end
      end
    end
    if (rst) begin
      \$679  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$680  = \$signal$65 ;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$680  = \$signal$66 ;
        end
      end
    end
    if (rst) begin
      \$680  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$681  = \$signal$69 ;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$681  = \$signal$70 ;
        end
      end
    end
    if (rst) begin
      \$681  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$682  = \$signal$71 ;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$682  = \$signal$72 ;
        end
      end
    end
    if (rst) begin
      \$682  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$683  = \$signal$67 ;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$683  = \$signal$68 ;
        end
      end
    end
    if (rst) begin
      \$683  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$684  = \$signal$66 ;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$684  = \$424 [15:0];
        end
      end
    end
    if (rst) begin
      \$684  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$685  = \$signal$70 ;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$685  = \$425 [15:0];
        end
      end
    end
    if (rst) begin
      \$685  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$686  = \$signal$72 ;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$686  = \$426 [15:0];
        end
      end
    end
    if (rst) begin
      \$686  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$687  = \$signal$68 ;
    if (finish) begin
      if (\$421 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$687  = \$427 [8:0];
        end
      end
    end
    if (rst) begin
      \$687  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$688  = crow;
    if (rst) begin
      \$688  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$689  = cbit;
    if (rst) begin
      \$689  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$690  = y;
    if (rst) begin
      \$690  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$691  = scores;
    if (rst) begin
      \$691  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$692  = srow;
    if (rst) begin
      \$692  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$693  = sbit;
    if (rst) begin
      \$693  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$694  = busy;
    if (rst) begin
      \$694  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$695  = { 15'h0000, busy };
    if (rst) begin
      \$695  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$696  = ctr_cycles;
    if (\$433 ) begin
      \$696  = 24'h000000;
    end else if (counting) begin
      \$696  = \$434 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$697  = inc_instructions;
    if (rst) begin
      \$697  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$698  = ctr_instructions;
    if (\$440 ) begin
      \$698  = 24'h000000;
    end else if (counting) begin
      \$698  = \$441 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$699  = inc_load_busy;
    if (rst) begin
      \$699  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$700  = ctr_load_busy;
    if (\$447 ) begin
      \$700  = 24'h000000;
    end else if (counting) begin
      \$700  = \$448 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$701  = inc_load_stall;
    if (rst) begin
      \$701  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$702  = ctr_load_stall;
    if (\$454 ) begin
      \$702  = 24'h000000;
    end else if (counting) begin
      \$702  = \$455 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$703  = inc_store_busy;
    if (rst) begin
      \$703  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$704  = ctr_store_busy;
    if (\$461 ) begin
      \$704  = 24'h000000;
    end else if (counting) begin
      \$704  = \$462 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$705  = inc_store_stall;
    if (rst) begin
      \$705  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$706  = ctr_store_stall;
    if (\$468 ) begin
      \$706  = 24'h000000;
    end else if (counting) begin
      \$706  = \$469 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$707  = inc_gemm_busy;
    if (rst) begin
      \$707  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$708  = ctr_gemm_busy;
    if (\$475 ) begin
      \$708  = 24'h000000;
    end else if (counting) begin
      \$708  = \$476 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$709  = inc_gemm_stall;
    if (rst) begin
      \$709  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$710  = ctr_gemm_stall;
    if (\$482 ) begin
      \$710  = 24'h000000;
    end else if (counting) begin
      \$710  = \$483 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$711  = inc_post_busy;
    if (rst) begin
      \$711  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$712  = ctr_post_busy;
    if (\$489 ) begin
      \$712  = 24'h000000;
    end else if (counting) begin
      \$712  = \$490 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$713  = inc_post_stall;
    if (rst) begin
      \$713  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$714  = ctr_post_stall;
    if (\$496 ) begin
      \$714  = 24'h000000;
    end else if (counting) begin
      \$714  = \$497 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$715  = inc_sram_act_reads;
    if (rst) begin
      \$715  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$716  = ctr_sram_act_reads;
    if (\$503 ) begin
      \$716  = 24'h000000;
    end else if (counting) begin
      \$716  = \$504 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$717  = inc_sram_act_writes;
    if (rst) begin
      \$717  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$718  = ctr_sram_act_writes;
    if (\$510 ) begin
      \$718  = 24'h000000;
    end else if (counting) begin
      \$718  = \$511 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$719  = inc_sram_weight_reads;
    if (rst) begin
      \$719  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$720  = ctr_sram_weight_reads;
    if (\$517 ) begin
      \$720  = 24'h000000;
    end else if (counting) begin
      \$720  = \$518 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$721  = inc_sram_weight_writes;
    if (rst) begin
      \$721  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$722  = ctr_sram_weight_writes;
    if (\$524 ) begin
      \$722  = 24'h000000;
    end else if (counting) begin
      \$722  = \$525 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$723  = inc_sram_thresh_reads;
    if (rst) begin
      \$723  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$724  = ctr_sram_thresh_reads;
    if (\$531 ) begin
      \$724  = 24'h000000;
    end else if (counting) begin
      \$724  = \$532 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$725  = inc_sram_thresh_writes;
    if (rst) begin
      \$725  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$726  = ctr_sram_thresh_writes;
    if (\$538 ) begin
      \$726  = 24'h000000;
    end else if (counting) begin
      \$726  = \$539 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$727  = inc_sram_out_reads;
    if (rst) begin
      \$727  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$728  = ctr_sram_out_reads;
    if (\$545 ) begin
      \$728  = 24'h000000;
    end else if (counting) begin
      \$728  = \$546 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$729  = inc_sram_out_writes;
    if (rst) begin
      \$729  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$730  = ctr_sram_out_writes;
    if (\$552 ) begin
      \$730  = 24'h000000;
    end else if (counting) begin
      \$730  = \$553 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$731  = inc_threshold_ops;
    if (rst) begin
      \$731  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$732  = ctr_threshold_ops;
    if (\$559 ) begin
      \$732  = 24'h000000;
    end else if (counting) begin
      \$732  = \$560 [23:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$185  = ctr_cycles;
      2'h1:
          \$185  = ctr_instructions;
      2'h2:
          \$185  = ctr_load_busy;
      2'h3:
          \$185  = ctr_load_stall;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$186  = ctr_store_busy;
      2'h1:
          \$186  = ctr_store_stall;
      2'h2:
          \$186  = ctr_gemm_busy;
      2'h3:
          \$186  = ctr_gemm_stall;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$187  = ctr_post_busy;
      2'h1:
          \$187  = ctr_post_stall;
      2'h2:
          \$187  = ctr_sram_act_reads;
      2'h3:
          \$187  = ctr_sram_act_writes;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$188  = ctr_sram_weight_reads;
      2'h1:
          \$188  = ctr_sram_weight_writes;
      2'h2:
          \$188  = ctr_sram_thresh_reads;
      2'h3:
          \$188  = ctr_sram_thresh_writes;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$189  = 24'h000000;
    casez (ctr_sel[1:0])
      2'h0:
          \$189  = ctr_sram_out_reads;
      2'h1:
          \$189  = ctr_sram_out_writes;
      2'h2:
          \$189  = ctr_threshold_ops;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$190  = 24'h000000;
    casez (sel_q)
      3'h0:
          \$190  = ctr_group0;
      3'h1:
          \$190  = ctr_group1;
      3'h2:
          \$190  = ctr_group2;
      3'h3:
          \$190  = ctr_group3;
      3'h4:
          \$190  = ctr_group4;
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
  assign \$like  = 10'h000;
  assign \acc$140  = acc;
  assign active = p_cmp;
  assign shift = { p_shift_c3_keep, p_shift_c2_keep, p_shift_c1_keep, p_shift_c0_keep };
  assign thresh = thresh_l0;
  assign act_r__addr = \$signal$149 [7:0];
  assign \$signal$151  = wgt_r__addr;
  assign thr_r__addr = thr_ptr[7:0];
  assign lp_end = 10'h000;
  assign \$signal$249  = 16'h0000;
  assign \$signal$250  = 16'h0000;
  assign \$signal$251  = 16'h0000;
  assign \$signal$252  = 9'h000;
  assign config_id = 32'd3647098214;
  always @*
    fetched[10:0] = ir_q[10:0];
  always @*
    fetched[71:42] = ir_q[71:42];
  always @*
    fetched[104:88] = ir_q[104:88];
  always @*
    fetched[127:114] = ir_q[127:114];
  assign \$5  = 1'h0;
  assign \$6  = 1'h0;
  assign \$7  = 1'h1;
  assign \$8  = 1'h0;
  assign \$10  = 1'h0;
  assign \$11  = 1'h0;
  assign \$13  = 1'h0;
  assign \$14  = \$signal$65 ;
  assign \$16  = 1'h0;
  assign \$18  = 1'h0;
  assign \$19  = \$signal$67 ;
  assign \$21  = 1'h0;
  assign \$22  = 1'h0;
  assign \$23  = 1'h1;
  assign \$24  = 1'h0;
  assign \$26  = 1'h0;
  assign \$27  = 1'h0;
  assign \$29  = 1'h0;
  assign \$30  = \$signal$69 ;
  assign \$32  = 1'h0;
  assign \$34  = 1'h0;
  assign \$35  = \$signal$71 ;
  assign \$56  = \$55 ;
  assign \$102  = 1'h0;
  assign \$103  = 1'h0;
  assign \$105  = 1'h0;
  assign \$117  = 4'h0;
  assign \$118  = { \$116 , \$115 , \$114 , \$113  };
  assign \$123  = 4'h0;
  assign \$124  = { \$122 , \$121 , \$120 , \$119  };
  assign \$129  = 4'h0;
  assign \$130  = { \$128 , \$127 , \$126 , \$125  };
  assign \$135  = 4'h0;
  assign \$136  = { \$134 , \$133 , \$132 , \$131  };
  assign \$152  = 1'h0;
  assign \$179  = 1'h0;
  assign \$181  = 1'h0;
  assign \$183  = \$182 ;
  assign \$198  = 1'h0;
  assign \$199  = 1'h0;
  assign \$200  = 1'h1;
  assign \$201  = 1'h0;
  assign \$203  = 1'h0;
  assign \$205  = 1'h0;
  assign \$206  = bad;
  assign \$214  = { 1'h0, ir_q[50:35] };
  assign \$216  = { 1'h0, ir_q[50:35] };
  assign \$218  = { 1'h0, ir_q[50:35] };
  assign \$219  = { 1'h0, ir_q[50:35], 2'h0 };
  assign \$227  = 1'h0;
  assign \$228  = 1'h1;
  assign \$229  = 1'h0;
  assign \$230  = 1'h0;
  assign \$231  = 1'h1;
  assign \$232  = 1'h0;
  assign \$233  = 1'h0;
  assign \$234  = 1'h1;
  assign \$235  = 1'h0;
  assign \$236  = 1'h0;
  assign \$237  = 1'h1;
  assign \$238  = 1'h0;
  assign \$239  = 1'h0;
  assign \$240  = 1'h1;
  assign \$241  = 1'h0;
  assign \$242  = 1'h0;
  assign \$243  = 1'h1;
  assign \$244  = 1'h0;
  assign \$245  = 1'h0;
  assign \$246  = 1'h1;
  assign \$247  = 1'h0;
  assign \$248  = 1'h0;
  assign \$249  = 1'h1;
  assign \$250  = 1'h0;
  assign \$251  = 1'h0;
  assign \$252  = 1'h1;
  assign \$253  = 1'h0;
  assign \$254  = 1'h0;
  assign \$255  = 1'h1;
  assign \$256  = 1'h0;
  assign \$257  = 1'h0;
  assign \$258  = 1'h1;
  assign \$259  = 1'h0;
  assign \$260  = 1'h0;
  assign \$261  = 1'h1;
  assign \$262  = 1'h0;
  assign \$263  = 1'h0;
  assign \$264  = 1'h1;
  assign \$265  = 1'h0;
  assign \$266  = 1'h0;
  assign \$267  = 1'h1;
  assign \$268  = 1'h0;
  assign \$269  = 1'h0;
  assign \$270  = 1'h1;
  assign \$271  = 1'h0;
  assign \$272  = 1'h0;
  assign \$273  = 1'h1;
  assign \$274  = 1'h0;
  assign \$275  = 16'h0000;
  assign \$278  = \$277 ;
  assign \$282  = \$281 ;
  assign \$284  = \$283 ;
  assign \$306  = 2'h0;
  assign \$307  = 2'h0;
  assign \$309  = 1'h1;
  assign \$310  = 1'h1;
  assign \$312  = nxt[41:26];
  assign \$330  = { rx_oh, 1'h0 };
  assign \$408  = 1'h0;
  assign \$410  = 2'h2;
  assign \$412  = 1'h0;
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
module \accel_top.thresh_unit (\port$1159$0 , \port$1161$0 , \port$1163$0 , \port$1165$0 , thresh, acc, y, scores, active);
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
  input \port$1159$0 ;
  wire \port$1159$0 ;
  input \port$1161$0 ;
  wire \port$1161$0 ;
  input \port$1163$0 ;
  wire \port$1163$0 ;
  input \port$1165$0 ;
  wire \port$1165$0 ;
  output [63:0] scores;
  wire [63:0] scores;
  wire [3:0] shift;
  input [63:0] thresh;
  wire [63:0] thresh;
  output [3:0] y;
  wire [3:0] y;
  assign \$1  = acc[15:0] << \port$1159$0 ;
  assign \$2  = \$1  - thresh[15:0];
  assign \$3  = active > 1'h0;
  assign \$4  = ~ \$2 [17];
  assign hit_c0_l0 = \$3  & \$4 ;
  assign \$5  = acc[31:16] << \port$1161$0 ;
  assign \$6  = \$5  - thresh[31:16];
  assign \$7  = active > 1'h0;
  assign \$8  = ~ \$6 [17];
  assign hit_c1_l0 = \$7  & \$8 ;
  assign \$9  = acc[47:32] << \port$1163$0 ;
  assign \$10  = \$9  - thresh[47:32];
  assign \$11  = active > 1'h0;
  assign \$12  = ~ \$10 [17];
  assign hit_c2_l0 = \$11  & \$12 ;
  assign \$13  = acc[63:48] << \port$1165$0 ;
  assign \$14  = \$13  - thresh[63:48];
  assign \$15  = active > 1'h0;
  assign \$16  = ~ \$14 [17];
  assign hit_c3_l0 = \$15  & \$16 ;
  assign diff_c0 = \$2 [17:0];
  assign shift = { \port$1165$0 , \port$1163$0 , \port$1161$0 , \port$1159$0  };
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
