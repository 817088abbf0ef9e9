(* top =  1  *)
(* generator = "Amaranth" *)
module accel_top(imem_we, imem_addr, imem_data, mem_rd_ready, mem_rd_data_valid, mem_rd_data, mem_wr_ready, ctr_sel, clk, rst, done, busy, error, mem_rd_valid, mem_rd_addr, mem_rd_len, mem_wr_valid, mem_wr_addr, mem_wr_data, ctr_value, config_id
, start);
  reg \$auto$verilog_backend.cc:2355:dump_module$1  = 0;
  wire \$1 ;
  wire \$10 ;
  wire \$100 ;
  reg \$1000 ;
  reg \$1001 ;
  reg \$1002 ;
  reg [8:0] \$1003 ;
  reg [2:0] \$1004 ;
  reg [2:0] \$1005 ;
  reg [2:0] \$1006 ;
  reg [2:0] \$1007 ;
  reg [15:0] \$1008 ;
  reg [10:0] \$1009 ;
  wire \$101 ;
  reg [2:0] \$1010 ;
  reg [2:0] \$1011 ;
  reg [9:0] \$1012 ;
  reg [9:0] \$1013 ;
  reg \$1014 ;
  reg \$1015 ;
  reg \$1016 ;
  reg \$1017 ;
  reg [15:0] \$1018 ;
  reg [15:0] \$1019 ;
  wire \$102 ;
  reg [15:0] \$1020 ;
  reg [63:0] \$1021 ;
  reg [1:0] \$1022 ;
  reg [3:0] \$1023 ;
  reg \$1024 ;
  reg \$1025 ;
  reg [15:0] \$1026 ;
  reg [1:0] \$1027 ;
  reg [1:0] \$1028 ;
  reg [3:0] \$1029 ;
  wire \$103 ;
  reg \$1030 ;
  reg \$1031 ;
  reg \$1032 ;
  reg \$1033 ;
  reg \$1034 ;
  reg \$1035 ;
  reg \$1036 ;
  reg \$1037 ;
  reg \$1038 ;
  reg \$1039 ;
  wire \$104 ;
  reg \$1040 ;
  reg \$1041 ;
  reg \$1042 ;
  reg \$1043 ;
  reg \$1044 ;
  reg \$1045 ;
  reg \$1046 ;
  reg [63:0] \$1047 ;
  reg [9:0] \$1048 ;
  reg [2:0] \$1049 ;
  wire \$105 ;
  reg [31:0] \$1050 ;
  reg \$1051 ;
  reg [31:0] \$1052 ;
  reg \$1053 ;
  reg [9:0] \$1054 ;
  reg [2:0] \$1055 ;
  reg [383:0] \$1056 ;
  reg [31:0] \$1057 ;
  reg \$1058 ;
  reg [63:0] \$1059 ;
  reg [63:0] \$106 ;
  reg [2:0] \$1060 ;
  reg [63:0] \$1061 ;
  reg [383:0] \$1062 ;
  reg [383:0] \$1063 ;
  reg [31:0] \$1064 ;
  reg [31:0] \$1065 ;
  reg [383:0] \$1066 ;
  reg [383:0] \$1067 ;
  reg [1:0] \$1068 ;
  reg [3:0] \$1069 ;
  wire \$107 ;
  reg [31:0] \$1070 ;
  reg [383:0] \$1071 ;
  reg [1:0] \$1072 ;
  reg [3:0] \$1073 ;
  reg \$1074 ;
  reg [15:0] \$1075 ;
  reg [47:0] \$1076 ;
  reg [15:0] \$1077 ;
  reg [47:0] \$1078 ;
  reg [15:0] \$1079 ;
  wire \$108 ;
  reg [47:0] \$1080 ;
  reg [15:0] \$1081 ;
  reg [47:0] \$1082 ;
  reg [15:0] \$1083 ;
  reg [47:0] \$1084 ;
  reg [15:0] \$1085 ;
  reg [47:0] \$1086 ;
  reg [15:0] \$1087 ;
  reg [47:0] \$1088 ;
  reg [15:0] \$1089 ;
  wire \$109 ;
  reg [47:0] \$1090 ;
  reg [15:0] \$1091 ;
  reg [47:0] \$1092 ;
  reg [15:0] \$1093 ;
  reg [47:0] \$1094 ;
  reg [15:0] \$1095 ;
  reg [47:0] \$1096 ;
  reg [15:0] \$1097 ;
  reg [47:0] \$1098 ;
  reg [15:0] \$1099 ;
  wire \$11 ;
  wire \$110 ;
  reg [47:0] \$1100 ;
  reg [15:0] \$1101 ;
  reg [47:0] \$1102 ;
  reg [15:0] \$1103 ;
  reg [47:0] \$1104 ;
  reg [15:0] \$1105 ;
  reg [47:0] \$1106 ;
  reg [15:0] \$1107 ;
  reg [47:0] \$1108 ;
  reg [15:0] \$1109 ;
  wire \$111 ;
  reg [47:0] \$1110 ;
  reg [15:0] \$1111 ;
  reg [47:0] \$1112 ;
  wire \$112 ;
  wire \$113 ;
  wire \$114 ;
  wire \$115 ;
  wire \$116 ;
  wire \$117 ;
  wire [1:0] \$118 ;
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
  wire [6:0] \$129 ;
  wire \$13 ;
  wire \$130 ;
  wire [7:0] \$131 ;
  wire [9:0] \$132 ;
  wire [16:0] \$133 ;
  wire \$134 ;
  wire \$135 ;
  wire \$136 ;
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
  reg [15:0] \$151 ;
  wire [15:0] \$152 ;
  wire [15:0] \$153 ;
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
  reg [15:0] \$171 ;
  wire [15:0] \$172 ;
  wire [15:0] \$173 ;
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
  wire [8:0] \$19 ;
  wire \$190 ;
  reg [15:0] \$191 ;
  wire [15:0] \$192 ;
  wire [15:0] \$193 ;
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
  wire \$210 ;
  reg [15:0] \$211 ;
  wire [15:0] \$212 ;
  wire [15:0] \$213 ;
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
  wire \$226 ;
  wire \$227 ;
  wire \$228 ;
  wire \$229 ;
  wire \$23 ;
  wire \$230 ;
  reg [15:0] \$231 ;
  wire [15:0] \$232 ;
  wire [15:0] \$233 ;
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
  reg [15:0] \$251 ;
  wire [15:0] \$252 ;
  wire [15:0] \$253 ;
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
  reg [15:0] \$271 ;
  wire [15:0] \$272 ;
  wire [15:0] \$273 ;
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
  reg [15:0] \$291 ;
  wire [15:0] \$292 ;
  wire [15:0] \$293 ;
  wire \$294 ;
  wire \$295 ;
  wire \$296 ;
  wire \$297 ;
  wire \$298 ;
  wire \$299 ;
  wire \$3 ;
  wire [15:0] \$30 ;
  wire \$300 ;
  wire \$301 ;
  wire \$302 ;
  wire \$303 ;
  wire \$304 ;
  wire \$305 ;
  wire \$306 ;
  wire \$307 ;
  wire \$308 ;
  wire \$309 ;
  wire [16:0] \$31 ;
  wire \$310 ;
  wire \$311 ;
  wire \$312 ;
  wire \$313 ;
  wire \$314 ;
  wire \$315 ;
  wire \$316 ;
  wire \$317 ;
  wire \$318 ;
  wire \$319 ;
  wire \$32 ;
  wire [11:0] \$320 ;
  wire \$321 ;
  wire \$322 ;
  wire \$323 ;
  wire \$324 ;
  wire \$325 ;
  wire \$326 ;
  wire \$327 ;
  wire \$328 ;
  wire \$329 ;
  wire \$33 ;
  wire \$330 ;
  wire \$331 ;
  wire \$332 ;
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
  wire \$342 ;
  wire \$343 ;
  wire \$344 ;
  wire \$345 ;
  wire \$346 ;
  wire \$347 ;
  wire \$348 ;
  wire \$349 ;
  wire [15:0] \$35 ;
  wire \$350 ;
  wire [11:0] \$351 ;
  wire [11:0] \$352 ;
  wire [11:0] \$353 ;
  reg [47:0] \$354 ;
  reg [47:0] \$355 ;
  reg [47:0] \$356 ;
  reg [47:0] \$357 ;
  reg [47:0] \$358 ;
  reg [47:0] \$359 ;
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
  wire \$375 ;
  wire \$376 ;
  wire \$377 ;
  wire \$378 ;
  wire [2:0] \$379 ;
  wire \$38 ;
  wire [2:0] \$380 ;
  wire [2:0] \$381 ;
  wire \$382 ;
  wire [16:0] \$383 ;
  wire \$384 ;
  wire [16:0] \$385 ;
  wire \$386 ;
  wire [16:0] \$387 ;
  wire [16:0] \$388 ;
  wire [18:0] \$389 ;
  wire \$39 ;
  wire [19:0] \$390 ;
  wire [19:0] \$391 ;
  wire [19:0] \$392 ;
  wire [19:0] \$393 ;
  wire \$394 ;
  wire [8:0] \$395 ;
  wire [16:0] \$396 ;
  wire [18:0] \$397 ;
  wire \$398 ;
  wire \$399 ;
  wire \$4 ;
  wire \$40 ;
  wire \$400 ;
  wire \$401 ;
  wire \$402 ;
  wire \$403 ;
  wire \$404 ;
  wire \$405 ;
  wire \$406 ;
  wire \$407 ;
  wire \$408 ;
  wire \$409 ;
  wire \$41 ;
  wire \$410 ;
  wire \$411 ;
  wire \$412 ;
  wire \$413 ;
  wire \$414 ;
  wire \$415 ;
  wire \$416 ;
  wire \$417 ;
  wire \$418 ;
  wire \$419 ;
  wire \$42 ;
  wire \$420 ;
  wire \$421 ;
  wire \$422 ;
  wire \$423 ;
  wire \$424 ;
  wire \$425 ;
  wire \$426 ;
  wire \$427 ;
  wire \$428 ;
  wire \$429 ;
  wire \$43 ;
  wire \$430 ;
  wire \$431 ;
  wire \$432 ;
  wire \$433 ;
  wire \$434 ;
  wire \$435 ;
  wire \$436 ;
  wire \$437 ;
  wire \$438 ;
  wire \$439 ;
  wire \$44 ;
  wire \$440 ;
  wire \$441 ;
  wire \$442 ;
  wire \$443 ;
  wire \$444 ;
  wire \$445 ;
  wire \$446 ;
  wire \$447 ;
  wire \$448 ;
  wire \$449 ;
  wire \$45 ;
  wire \$450 ;
  wire \$451 ;
  wire \$452 ;
  wire \$453 ;
  wire \$454 ;
  wire \$455 ;
  wire \$456 ;
  wire \$457 ;
  wire \$458 ;
  wire \$459 ;
  wire \$46 ;
  wire \$460 ;
  wire \$461 ;
  wire \$462 ;
  wire \$463 ;
  wire \$464 ;
  wire \$465 ;
  wire \$466 ;
  wire \$467 ;
  wire \$468 ;
  wire \$469 ;
  wire \$47 ;
  wire \$470 ;
  wire \$471 ;
  wire \$472 ;
  wire \$473 ;
  wire \$474 ;
  wire \$475 ;
  wire \$476 ;
  wire \$477 ;
  wire \$478 ;
  wire \$479 ;
  wire \$48 ;
  wire \$480 ;
  wire \$481 ;
  wire \$482 ;
  wire \$483 ;
  wire \$484 ;
  wire \$485 ;
  wire \$486 ;
  wire \$487 ;
  wire \$488 ;
  wire \$489 ;
  wire \$49 ;
  wire \$490 ;
  wire \$491 ;
  wire \$492 ;
  wire \$493 ;
  wire \$494 ;
  wire \$495 ;
  wire \$496 ;
  wire \$497 ;
  wire \$498 ;
  wire \$499 ;
  wire \$5 ;
  wire \$50 ;
  wire \$500 ;
  wire \$501 ;
  wire \$502 ;
  wire \$503 ;
  wire \$504 ;
  wire \$505 ;
  wire \$506 ;
  wire \$507 ;
  wire \$508 ;
  wire \$509 ;
  wire \$51 ;
  wire \$510 ;
  wire \$511 ;
  wire \$512 ;
  wire \$513 ;
  wire \$514 ;
  wire \$515 ;
  wire \$516 ;
  wire \$517 ;
  wire \$518 ;
  wire \$519 ;
  wire \$52 ;
  wire \$520 ;
  wire \$521 ;
  wire \$522 ;
  wire \$523 ;
  wire \$524 ;
  wire \$525 ;
  wire \$526 ;
  wire \$527 ;
  wire \$528 ;
  wire \$529 ;
  wire \$53 ;
  wire \$530 ;
  wire \$531 ;
  wire \$532 ;
  wire \$533 ;
  wire \$534 ;
  wire \$535 ;
  wire \$536 ;
  wire \$537 ;
  wire \$538 ;
  wire \$539 ;
  wire \$54 ;
  wire \$540 ;
  wire \$541 ;
  wire \$542 ;
  wire \$543 ;
  wire \$544 ;
  wire \$545 ;
  wire \$546 ;
  wire \$547 ;
  wire \$548 ;
  wire \$549 ;
  wire \$55 ;
  wire \$550 ;
  wire \$551 ;
  wire \$552 ;
  wire \$553 ;
  wire \$554 ;
  wire \$555 ;
  wire \$556 ;
  wire \$557 ;
  wire \$558 ;
  wire \$559 ;
  wire \$56 ;
  wire \$560 ;
  wire \$561 ;
  wire \$562 ;
  wire \$563 ;
  wire \$564 ;
  wire \$565 ;
  wire \$566 ;
  wire \$567 ;
  wire \$568 ;
  wire \$569 ;
  wire \$57 ;
  wire \$570 ;
  wire \$571 ;
  wire \$572 ;
  wire \$573 ;
  wire \$574 ;
  wire \$575 ;
  wire \$576 ;
  wire \$577 ;
  wire \$578 ;
  wire \$579 ;
  wire \$58 ;
  wire \$580 ;
  wire \$581 ;
  wire \$582 ;
  wire \$583 ;
  wire \$584 ;
  wire \$585 ;
  wire \$586 ;
  wire \$587 ;
  wire \$588 ;
  wire \$589 ;
  wire \$59 ;
  wire [63:0] \$590 ;
  wire \$591 ;
  reg [14:0] \$592 ;
  wire [14:0] \$593 ;
  wire [14:0] \$594 ;
  wire \$595 ;
  reg [14:0] \$596 ;
  wire [14:0] \$597 ;
  wire [14:0] \$598 ;
  wire [14:0] \$599 ;
  wire \$6 ;
  wire [16:0] \$60 ;
  wire \$600 ;
  wire \$601 ;
  wire \$602 ;
  wire [4:0] \$603 ;
  wire [4:0] \$604 ;
  wire [3:0] \$605 ;
  wire \$606 ;
  wire [11:0] \$607 ;
  wire [11:0] \$608 ;
  wire \$609 ;
  wire \$61 ;
  wire [16:0] \$610 ;
  wire [9:0] \$611 ;
  wire \$612 ;
  wire \$613 ;
  wire \$614 ;
  wire \$615 ;
  wire [16:0] \$616 ;
  wire [9:0] \$617 ;
  wire \$618 ;
  wire \$619 ;
  wire \$62 ;
  wire \$620 ;
  wire \$621 ;
  wire [11:0] \$622 ;
  wire [4:0] \$623 ;
  wire [3:0] \$624 ;
  wire [3:0] \$625 ;
  wire \$626 ;
  wire \$627 ;
  wire \$628 ;
  wire \$629 ;
  wire \$63 ;
  wire [15:0] \$630 ;
  wire [3:0] \$631 ;
  wire \$632 ;
  wire [10:0] \$633 ;
  wire [32:0] \$634 ;
  wire \$635 ;
  wire \$636 ;
  wire \$637 ;
  wire [10:0] \$638 ;
  wire \$639 ;
  wire \$64 ;
  wire [10:0] \$640 ;
  wire \$641 ;
  wire [16:0] \$642 ;
  wire [16:0] \$643 ;
  wire \$644 ;
  wire [3:0] \$645 ;
  wire [3:0] \$646 ;
  wire \$647 ;
  wire [1:0] \$648 ;
  wire \$649 ;
  wire \$65 ;
  wire \$650 ;
  wire \$651 ;
  wire \$652 ;
  wire \$653 ;
  wire [10:0] \$654 ;
  wire \$655 ;
  wire [10:0] \$656 ;
  wire \$657 ;
  wire [32:0] \$658 ;
  wire [32:0] \$659 ;
  wire \$66 ;
  wire \$660 ;
  wire [5:0] \$661 ;
  wire [9:0] \$662 ;
  wire \$663 ;
  wire [5:0] \$664 ;
  wire [9:0] \$665 ;
  wire \$666 ;
  wire [5:0] \$667 ;
  wire [9:0] \$668 ;
  wire [16:0] \$669 ;
  wire \$67 ;
  wire [32:0] \$670 ;
  wire [16:0] \$671 ;
  wire \$672 ;
  wire [16:0] \$673 ;
  wire [16:0] \$674 ;
  wire [3:0] \$675 ;
  wire [32:0] \$676 ;
  wire [3:0] \$677 ;
  wire \$678 ;
  wire \$679 ;
  wire \$68 ;
  wire \$680 ;
  wire \$681 ;
  wire \$682 ;
  wire \$683 ;
  reg [63:0] \$684 ;
  wire [63:0] \$685 ;
  wire \$686 ;
  wire \$687 ;
  wire \$688 ;
  wire \$689 ;
  wire [16:0] \$69 ;
  wire \$690 ;
  wire \$691 ;
  wire \$692 ;
  wire \$693 ;
  wire [63:0] \$694 ;
  wire [9:0] \$695 ;
  wire [16:0] \$696 ;
  wire \$697 ;
  wire \$698 ;
  wire [3:0] \$699 ;
  wire \$7 ;
  wire \$70 ;
  wire [16:0] \$700 ;
  wire [16:0] \$701 ;
  wire [16:0] \$702 ;
  wire \$703 ;
  wire [3:0] \$704 ;
  wire \$705 ;
  wire [3:0] \$706 ;
  wire [10:0] \$707 ;
  wire [16:0] \$708 ;
  wire [16:0] \$709 ;
  wire \$71 ;
  wire [3:0] \$710 ;
  wire \$711 ;
  wire [3:0] \$712 ;
  wire [10:0] \$713 ;
  wire [3:0] \$714 ;
  wire \$715 ;
  wire [11:0] \$716 ;
  wire [11:0] \$717 ;
  wire \$718 ;
  wire [16:0] \$719 ;
  wire \$72 ;
  wire \$720 ;
  wire [3:0] \$721 ;
  wire \$722 ;
  wire \$723 ;
  wire \$724 ;
  wire [16:0] \$725 ;
  wire \$726 ;
  wire \$727 ;
  wire \$728 ;
  reg [15:0] \$729 ;
  wire \$73 ;
  reg [15:0] \$730 ;
  wire \$731 ;
  wire [1:0] \$732 ;
  wire \$733 ;
  wire \$734 ;
  reg [15:0] \$735 ;
  reg [15:0] \$736 ;
  wire \$737 ;
  wire \$738 ;
  wire [2:0] \$739 ;
  wire \$74 ;
  wire [4:0] \$740 ;
  wire \$741 ;
  wire \$742 ;
  wire [16:0] \$743 ;
  wire \$744 ;
  wire [16:0] \$745 ;
  wire \$746 ;
  wire [16:0] \$747 ;
  wire [16:0] \$748 ;
  wire [16:0] \$749 ;
  wire \$75 ;
  wire [9:0] \$750 ;
  reg \$751 ;
  wire [23:0] \$752 ;
  reg \$753 ;
  wire [23:0] \$754 ;
  reg \$755 ;
  wire [23:0] \$756 ;
  reg \$757 ;
  wire [23:0] \$758 ;
  reg \$759 ;
  wire \$76 ;
  wire [23:0] \$760 ;
  reg \$761 ;
  wire [23:0] \$762 ;
  reg \$763 ;
  wire [23:0] \$764 ;
  reg \$765 ;
  wire [23:0] \$766 ;
  reg \$767 ;
  wire [23:0] \$768 ;
  reg \$769 ;
  wire \$77 ;
  wire [23:0] \$770 ;
  reg \$771 ;
  wire [23:0] \$772 ;
  reg \$773 ;
  wire [23:0] \$774 ;
  reg \$775 ;
  wire [23:0] \$776 ;
  reg \$777 ;
  wire [23:0] \$778 ;
  reg \$779 ;
  wire \$78 ;
  wire [23:0] \$780 ;
  reg \$781 ;
  wire [23:0] \$782 ;
  wire [383:0] \$783 ;
  reg [383:0] \$784 ;
  wire \$785 ;
  wire \$786 ;
  wire \$787 ;
  wire \$788 ;
  wire \$789 ;
  wire \$79 ;
  wire \$790 ;
  wire [48:0] \$791 ;
  wire \$792 ;
  wire \$793 ;
  wire \$794 ;
  wire \$795 ;
  wire \$796 ;
  wire \$797 ;
  wire [48:0] \$798 ;
  wire \$799 ;
  wire \$8 ;
  wire \$80 ;
  wire \$800 ;
  wire \$801 ;
  wire \$802 ;
  wire \$803 ;
  wire \$804 ;
  wire [48:0] \$805 ;
  wire \$806 ;
  wire \$807 ;
  wire \$808 ;
  wire \$809 ;
  wire \$81 ;
  wire \$810 ;
  wire \$811 ;
  wire [48:0] \$812 ;
  wire \$813 ;
  wire \$814 ;
  wire \$815 ;
  wire \$816 ;
  wire \$817 ;
  wire \$818 ;
  wire [48:0] \$819 ;
  wire \$82 ;
  wire \$820 ;
  wire \$821 ;
  wire \$822 ;
  wire \$823 ;
  wire \$824 ;
  wire \$825 ;
  wire [48:0] \$826 ;
  wire \$827 ;
  wire \$828 ;
  wire \$829 ;
  wire \$83 ;
  wire \$830 ;
  wire \$831 ;
  wire \$832 ;
  wire [48:0] \$833 ;
  wire \$834 ;
  wire \$835 ;
  wire \$836 ;
  wire \$837 ;
  wire \$838 ;
  wire \$839 ;
  wire \$84 ;
  wire [48:0] \$840 ;
  wire \$841 ;
  wire \$842 ;
  wire \$843 ;
  wire \$844 ;
  wire \$845 ;
  wire \$846 ;
  wire [48:0] \$847 ;
  wire \$848 ;
  wire \$849 ;
  wire \$85 ;
  wire \$850 ;
  wire \$851 ;
  wire \$852 ;
  wire \$853 ;
  wire [48:0] \$854 ;
  wire \$855 ;
  wire \$856 ;
  wire \$857 ;
  wire \$858 ;
  wire \$859 ;
  wire [16:0] \$86 ;
  wire \$860 ;
  wire [48:0] \$861 ;
  wire \$862 ;
  wire \$863 ;
  wire \$864 ;
  wire \$865 ;
  wire \$866 ;
  wire \$867 ;
  wire [48:0] \$868 ;
  wire \$869 ;
  wire \$87 ;
  wire \$870 ;
  wire \$871 ;
  wire \$872 ;
  wire \$873 ;
  wire \$874 ;
  wire [48:0] \$875 ;
  wire \$876 ;
  wire \$877 ;
  wire \$878 ;
  wire \$879 ;
  wire \$88 ;
  wire \$880 ;
  wire \$881 ;
  wire [48:0] \$882 ;
  wire \$883 ;
  wire \$884 ;
  wire \$885 ;
  wire \$886 ;
  wire \$887 ;
  wire \$888 ;
  wire [48:0] \$889 ;
  wire \$89 ;
  wire \$890 ;
  wire \$891 ;
  wire \$892 ;
  wire \$893 ;
  wire \$894 ;
  wire \$895 ;
  wire [48:0] \$896 ;
  wire \$897 ;
  wire \$898 ;
  wire \$899 ;
  wire \$9 ;
  wire \$90 ;
  wire \$900 ;
  wire \$901 ;
  wire \$902 ;
  wire [48:0] \$903 ;
  wire \$904 ;
  wire \$905 ;
  wire \$906 ;
  wire \$907 ;
  wire \$908 ;
  wire \$909 ;
  wire \$91 ;
  wire [48:0] \$910 ;
  wire \$911 ;
  wire \$912 ;
  wire \$913 ;
  wire \$914 ;
  wire \$915 ;
  wire \$916 ;
  wire [48:0] \$917 ;
  reg [15:0] \$918 ;
  reg [7:0] \$919 ;
  wire \$92 ;
  reg [15:0] \$920 ;
  reg \$921 ;
  reg [9:0] \$922 ;
  reg [10:0] \$923 ;
  reg [47:0] \$924 ;
  reg [47:0] \$925 ;
  reg [47:0] \$926 ;
  reg [47:0] \$927 ;
  reg [47:0] \$928 ;
  reg [2:0] \$929 ;
  wire \$93 ;
  reg [47:0] \$930 ;
  reg [127:0] \$931 ;
  reg \$932 ;
  reg [63:0] \$933 ;
  reg \$934 ;
  reg \$935 ;
  reg [2:0] \$936 ;
  reg \$937 ;
  reg \$938 ;
  reg [127:0] \$939 ;
  wire \$94 ;
  reg [127:0] \$940 ;
  reg [5:0] \$941 ;
  reg \$942 ;
  reg [2:0] \$943 ;
  reg [23:0] \$944 ;
  reg [8:0] \$945 ;
  reg [15:0] \$946 ;
  reg [63:0] \$947 ;
  reg [1:0] \$948 ;
  reg [1:0] \$949 ;
  wire \$95 ;
  reg \$950 ;
  reg \$951 ;
  reg [3:0] \$952 ;
  reg [3:0] \$953 ;
  reg [2:0] \$954 ;
  reg \$955 ;
  reg [127:0] \$956 ;
  reg [15:0] \$957 ;
  reg [10:0] \$958 ;
  reg [10:0] \$959 ;
  wire \$96 ;
  reg [15:0] \$960 ;
  reg [15:0] \$961 ;
  reg [15:0] \$962 ;
  reg [8:0] \$963 ;
  reg [15:0] \$964 ;
  reg [15:0] \$965 ;
  reg [15:0] \$966 ;
  reg [8:0] \$967 ;
  reg [15:0] \$968 ;
  reg [15:0] \$969 ;
  wire \$97 ;
  reg [15:0] \$970 ;
  reg [8:0] \$971 ;
  reg \$972 ;
  reg [2:0] \$973 ;
  reg [15:0] \$974 ;
  reg [9:0] \$975 ;
  reg [23:0] \$976 ;
  reg \$977 ;
  reg [9:0] \$978 ;
  reg [31:0] \$979 ;
  wire \$98 ;
  reg [9:0] \$980 ;
  reg [15:0] \$981 ;
  reg [2:0] \$982 ;
  reg \$983 ;
  reg \$984 ;
  reg \$985 ;
  reg \$986 ;
  reg [9:0] \$987 ;
  reg [15:0] \$988 ;
  reg [2:0] \$989 ;
  wire \$99 ;
  reg [31:0] \$990 ;
  reg [31:0] \$991 ;
  reg \$992 ;
  reg \$993 ;
  reg \$994 ;
  reg [8:0] \$995 ;
  reg [15:0] \$996 ;
  reg [15:0] \$997 ;
  reg \$998 ;
  reg \$999 ;
  reg [10:0] \$like  = 11'h000;
  reg [1:0] \$like$216  = 2'h0;
  reg [1:0] \$like$217  = 2'h0;
  reg \$signal  = 1'h0;
  reg \$signal$104  = 1'h0;
  reg \$signal$117  = 1'h0;
  reg [9:0] \$signal$120  = 10'h000;
  reg [15:0] \$signal$166  = 16'h0000;
  (* init = 9'h000 *)
  wire [8:0] \$signal$168 ;
  reg \$signal$204  = 1'h0;
  reg \$signal$219  = 1'h0;
  reg [15:0] \$signal$222  = 16'h0000;
  reg [15:0] \$signal$223  = 16'h0000;
  reg [15:0] \$signal$224  = 16'h0000;
  reg [8:0] \$signal$225  = 9'h000;
  reg [15:0] \$signal$227  = 16'h0000;
  reg [9:0] \$signal$231  = 10'h000;
  reg [31:0] \$signal$233  = 32'd0;
  reg \$signal$235  = 1'h0;
  reg \$signal$236  = 1'h0;
  reg \$signal$239  = 1'h0;
  reg \$signal$240  = 1'h0;
  reg [2:0] \$signal$242  = 3'h0;
  reg [2:0] \$signal$243  = 3'h0;
  reg [10:0] \$signal$245  = 11'h000;
  reg [2:0] \$signal$246  = 3'h0;
  reg \$signal$248  = 1'h0;
  reg \$signal$249  = 1'h0;
  reg \$signal$250  = 1'h0;
  reg \$signal$251  = 1'h0;
  reg [15:0] \$signal$253  = 16'h0000;
  reg [9:0] \$signal$260  = 10'h000;
  reg \$signal$265  = 1'h0;
  (* init = 1'h0 *)
  wire \$signal$56 ;
  (* init = 1'h0 *)
  wire \$signal$58 ;
  reg \$signal$63  = 1'h0;
  reg [15:0] \$signal$66  = 16'h0000;
  reg [15:0] \$signal$67  = 16'h0000;
  reg [8:0] \$signal$68  = 9'h000;
  reg [8:0] \$signal$69  = 9'h000;
  reg [15:0] \$signal$70  = 16'h0000;
  reg [15:0] \$signal$71  = 16'h0000;
  reg [15:0] \$signal$72  = 16'h0000;
  reg [15:0] \$signal$73  = 16'h0000;
  reg \$signal$86  = 1'h0;
  wire [9:0] \$signature__addr ;
  reg [8:0] \$signature__addr$25  = 9'h000;
  reg [7:0] \$signature__addr$31  = 8'h00;
  reg [8:0] \$signature__addr$37  = 9'h000;
  wire [127:0] \$signature__data ;
  reg [383:0] \$signature__data$27  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  reg [127:0] \$signature__data$33  = 128'h00000000000000000000000000000000;
  reg [1023:0] \$signature__data$39  = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  wire [15:0] \$signature__en ;
  reg [15:0] \$signature__en$29  = 16'h0000;
  reg [7:0] \$signature__en$35  = 8'h00;
  reg [15:0] \$signature__en$41  = 16'h0000;
  wire [127:0] a_in;
  reg [383:0] acc = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  wire [767:0] \acc$269 ;
  (* init = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 *)
  wire [383:0] acc_q;
  (* init = 8'h00 *)
  wire [7:0] act_addr_q;
  reg [7:0] act_addr_req;
  (* init = 128'h00000000000000000000000000000000 *)
  wire [127:0] act_data_q;
  reg [127:0] act_data_req;
  (* init = 8'h00 *)
  wire [7:0] act_en_q;
  reg [7:0] act_en_req;
  reg [127:0] act_q = 128'h00000000000000000000000000000000;
  wire [7:0] act_r__addr;
  wire [127:0] act_r__data;
  wire act_r__en;
  (* init = 2'h0 *)
  wire [1:0] active;
  reg [63:0] asm = 64'h0000000000000000;
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
  reg [1:0] crow = 2'h0;
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
  input [4:0] ctr_sel;
  wire [4:0] ctr_sel;
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
  output [47:0] ctr_value;
  reg [47:0] ctr_value = 48'h000000000000;
  reg cz = 1'h0;
  output done;
  wire done;
  output error;
  wire error;
  (* init = 10'h000 *)
  wire [9:0] fetch_addr;
  reg [127:0] fetched;
  reg finish;
  reg [63:0] full;
  input [9:0] imem_addr;
  wire [9:0] imem_addr;
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
  reg [9:0] ir__addr = 10'h000;
  wire [127:0] ir__data;
  reg [127:0] ir_q = 128'h00000000000000000000000000000000;
  reg issuing = 1'h0;
  reg [9:0] ix = 10'h000;
  reg [2:0] kh1 = 3'h0;
  reg [2:0] ky = 3'h0;
  reg [10:0] lp_end = 11'h000;
  reg [15:0] lp_left = 16'h0000;
  reg lp_once = 1'h0;
  output [31:0] mem_rd_addr;
  reg [31:0] mem_rd_addr;
  input [63:0] mem_rd_data;
  wire [63:0] mem_rd_data;
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
  output [63:0] mem_wr_data;
  reg [63:0] mem_wr_data;
  input mem_wr_ready;
  wire mem_wr_ready;
  output mem_wr_valid;
  reg mem_wr_valid;
  reg n_bad = 1'h0;
  reg [5:0] n_is = 6'h00;
  reg [2:0] n_nb1 = 3'h0;
  reg [3:0] n_ob1 = 4'h0;
  reg [63:0] n_pad_last = 64'h0000000000000000;
  reg [15:0] n_pitch = 16'h0000;
  reg [23:0] n_rd_len = 24'h000000;
  reg n_res = 1'h0;
  reg [8:0] n_t_base = 9'h000;
  reg [2:0] nb1 = 3'h0;
  reg [127:0] nxt = 128'h00000000000000000000000000000000;
  reg [31:0] o_addr = 32'd0;
  reg [31:0] o_addr2 = 32'd0;
  reg [31:0] o_addr3 = 32'd0;
  reg [9:0] o_bank2 = 10'h000;
  reg [2:0] o_beat = 3'h0;
  reg [2:0] o_beat2 = 3'h0;
  reg [63:0] o_data3 = 64'h0000000000000000;
  reg o_last = 1'h0;
  reg [31:0] old_bits = 32'd0;
  reg [2:0] p = 3'h0;
  reg [1:0] p_cmp = 2'h0;
  reg [1:0] p_lv = 2'h0;
  reg [3:0] p_ob1 = 4'h0;
  reg [63:0] p_pad_last = 64'h0000000000000000;
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
  reg pad_d = 1'h0;
  reg [63:0] pad_word_d = 64'h0000000000000000;
  reg [63:0] pad_word_q = 64'h0000000000000000;
  reg [15:0] paddr = 16'h0000;
  reg [10:0] pc = 11'h000;
  reg [10:0] pc_next;
  reg [15:0] pitch = 16'h0000;
  reg [2:0] plane = 3'h0;
  reg [15:0] plane_base = 16'h0000;
  reg rd_hold;
  reg [23:0] rd_len = 24'h000000;
  reg [31:0] req_addr = 32'd0;
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
  reg [31:0] s_cur = 32'd0;
  reg [3:0] sbit = 4'h0;
  reg [31:0] sc_bits = 32'd0;
  wire [383:0] scores;
  reg [383:0] scores_q = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  reg [2:0] sel_q = 3'h0;
  wire [15:0] shift;
  reg [1:0] srow = 2'h0;
  input start;
  wire start;
  reg [3:0] state = 4'h0;
  reg [63:0] store_act;
  reg [383:0] store_out;
  reg svalid = 1'h0;
  reg [2:0] t = 3'h0;
  reg [8:0] t_row = 9'h000;
  reg [15:0] tail = 16'h0000;
  reg [383:0] thr0_q = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  reg [15:0] thr_ptr = 16'h0000;
  wire [8:0] thr_r__addr;
  wire [383:0] thr_r__data;
  wire thr_r__en;
  wire [1151:0] thresh;
  reg [383:0] thresh_l0 = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  reg [383:0] thresh_l1 = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  reg [383:0] thresh_l2 = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  (* init = 9'h000 *)
  wire [8:0] thresh_out_addr_q;
  reg [8:0] thresh_out_addr_req;
  (* init = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 *)
  wire [383:0] thresh_out_data_q;
  reg [383:0] thresh_out_data_req;
  (* init = 16'h0000 *)
  wire [15:0] thresh_out_en_q;
  reg [15:0] thresh_out_en_req;
  reg [2:0] tx_beat = 3'h0;
  reg tx_kl = 1'h0;
  reg [15:0] tx_word = 16'h0000;
  reg valid = 1'h0;
  reg [1023:0] w_in = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  reg [3:0] wbit = 4'h0;
  (* init = 9'h000 *)
  wire [8:0] weight_addr_q;
  reg [8:0] weight_addr_req;
  (* init = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 *)
  wire [1023:0] weight_data_q;
  reg [1023:0] weight_data_req;
  (* init = 16'h0000 *)
  wire [15:0] weight_en_q;
  reg [15:0] weight_en_req;
  (* init = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 *)
  wire [1023:0] wgt_q;
  reg [8:0] wgt_r__addr = 9'h000;
  wire [1023:0] wgt_r__data;
  wire wgt_r__en;
  reg [1:0] wrow = 2'h0;
  reg wvalid = 1'h0;
  wire [31:0] y;
  reg [31:0] y_q = 32'd0;
  reg zero = 1'h0;
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
    if (\$signature__en$35 [0])
      act_buf[\$signature__addr$31 ][15:0] <= \$signature__data$33 [15:0];
    if (\$signature__en$35 [1])
      act_buf[\$signature__addr$31 ][31:16] <= \$signature__data$33 [31:16];
    if (\$signature__en$35 [2])
      act_buf[\$signature__addr$31 ][47:32] <= \$signature__data$33 [47:32];
    if (\$signature__en$35 [3])
      act_buf[\$signature__addr$31 ][63:48] <= \$signature__data$33 [63:48];
    if (\$signature__en$35 [4])
      act_buf[\$signature__addr$31 ][79:64] <= \$signature__data$33 [79:64];
    if (\$signature__en$35 [5])
      act_buf[\$signature__addr$31 ][95:80] <= \$signature__data$33 [95:80];
    if (\$signature__en$35 [6])
      act_buf[\$signature__addr$31 ][111:96] <= \$signature__data$33 [111:96];
    if (\$signature__en$35 [7])
      act_buf[\$signature__addr$31 ][127:112] <= \$signature__data$33 [127:112];
  end
  reg [127:0] _0_;
  always @(posedge clk) begin
    if (act_r__en) begin
      _0_ <= act_buf[\$signal$166 [7:0]];
    end
  end
  assign act_r__data = _0_;
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
  reg [127:0] _1_;
  always @(posedge clk) begin
    _1_ <= imem[ir__addr];
  end
  assign ir__data = _1_;
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
    if (\$signature__en$29 [0])
      thresh_out_buf[\$signature__addr$25 ][23:0] <= \$signature__data$27 [23:0];
    if (\$signature__en$29 [1])
      thresh_out_buf[\$signature__addr$25 ][47:24] <= \$signature__data$27 [47:24];
    if (\$signature__en$29 [2])
      thresh_out_buf[\$signature__addr$25 ][71:48] <= \$signature__data$27 [71:48];
    if (\$signature__en$29 [3])
      thresh_out_buf[\$signature__addr$25 ][95:72] <= \$signature__data$27 [95:72];
    if (\$signature__en$29 [4])
      thresh_out_buf[\$signature__addr$25 ][119:96] <= \$signature__data$27 [119:96];
    if (\$signature__en$29 [5])
      thresh_out_buf[\$signature__addr$25 ][143:120] <= \$signature__data$27 [143:120];
    if (\$signature__en$29 [6])
      thresh_out_buf[\$signature__addr$25 ][167:144] <= \$signature__data$27 [167:144];
    if (\$signature__en$29 [7])
      thresh_out_buf[\$signature__addr$25 ][191:168] <= \$signature__data$27 [191:168];
    if (\$signature__en$29 [8])
      thresh_out_buf[\$signature__addr$25 ][215:192] <= \$signature__data$27 [215:192];
    if (\$signature__en$29 [9])
      thresh_out_buf[\$signature__addr$25 ][239:216] <= \$signature__data$27 [239:216];
    if (\$signature__en$29 [10])
      thresh_out_buf[\$signature__addr$25 ][263:240] <= \$signature__data$27 [263:240];
    if (\$signature__en$29 [11])
      thresh_out_buf[\$signature__addr$25 ][287:264] <= \$signature__data$27 [287:264];
    if (\$signature__en$29 [12])
      thresh_out_buf[\$signature__addr$25 ][311:288] <= \$signature__data$27 [311:288];
    if (\$signature__en$29 [13])
      thresh_out_buf[\$signature__addr$25 ][335:312] <= \$signature__data$27 [335:312];
    if (\$signature__en$29 [14])
      thresh_out_buf[\$signature__addr$25 ][359:336] <= \$signature__data$27 [359:336];
    if (\$signature__en$29 [15])
      thresh_out_buf[\$signature__addr$25 ][383:360] <= \$signature__data$27 [383:360];
  end
  reg [383:0] _2_;
  always @(posedge clk) begin
    if (thr_r__en) begin
      _2_ <= thresh_out_buf[thr_ptr[8:0]];
    end
  end
  assign thr_r__data = _2_;
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
    if (\$signature__en$41 [0])
      weight_buf[\$signature__addr$37 ][63:0] <= \$signature__data$39 [63:0];
    if (\$signature__en$41 [1])
      weight_buf[\$signature__addr$37 ][127:64] <= \$signature__data$39 [127:64];
    if (\$signature__en$41 [2])
      weight_buf[\$signature__addr$37 ][191:128] <= \$signature__data$39 [191:128];
    if (\$signature__en$41 [3])
      weight_buf[\$signature__addr$37 ][255:192] <= \$signature__data$39 [255:192];
    if (\$signature__en$41 [4])
      weight_buf[\$signature__addr$37 ][319:256] <= \$signature__data$39 [319:256];
    if (\$signature__en$41 [5])
      weight_buf[\$signature__addr$37 ][383:320] <= \$signature__data$39 [383:320];
    if (\$signature__en$41 [6])
      weight_buf[\$signature__addr$37 ][447:384] <= \$signature__data$39 [447:384];
    if (\$signature__en$41 [7])
      weight_buf[\$signature__addr$37 ][511:448] <= \$signature__data$39 [511:448];
    if (\$signature__en$41 [8])
      weight_buf[\$signature__addr$37 ][575:512] <= \$signature__data$39 [575:512];
    if (\$signature__en$41 [9])
      weight_buf[\$signature__addr$37 ][639:576] <= \$signature__data$39 [639:576];
    if (\$signature__en$41 [10])
      weight_buf[\$signature__addr$37 ][703:640] <= \$signature__data$39 [703:640];
    if (\$signature__en$41 [11])
      weight_buf[\$signature__addr$37 ][767:704] <= \$signature__data$39 [767:704];
    if (\$signature__en$41 [12])
      weight_buf[\$signature__addr$37 ][831:768] <= \$signature__data$39 [831:768];
    if (\$signature__en$41 [13])
      weight_buf[\$signature__addr$37 ][895:832] <= \$signature__data$39 [895:832];
    if (\$signature__en$41 [14])
      weight_buf[\$signature__addr$37 ][959:896] <= \$signature__data$39 [959:896];
    if (\$signature__en$41 [15])
      weight_buf[\$signature__addr$37 ][1023:960] <= \$signature__data$39 [1023:960];
  end
  reg [1023:0] _3_;
  always @(posedge clk) begin
    if (wgt_r__en) begin
      _3_ <= weight_buf[wgt_r__addr];
    end
  end
  assign wgt_r__data = _3_;
  assign done = state == 3'h6;
  assign error = state == 3'h7;
  assign \$1  = | state;
  assign \$2  = state != 3'h6;
  assign \$3  = \$1  & \$2 ;
  assign \$4  = state != 3'h7;
  assign busy = \$3  & \$4 ;
  assign a_in = \$signal  ? { pad_word_q, pad_word_q } : act_q;
  assign \$5  = \$signal$63  & at_end;
  assign \$6  = \$5  & lp_once;
  assign \$7  = ~ \$6 ;
  assign \$8  = \$signal$63  & \$7 ;
  assign \$9  = ir_q[3:0] == 2'h3;
  assign \$10  = \$8  & \$9 ;
  assign \$11  = \$signal$63  & at_end;
  assign \$12  = ~ lp_once;
  assign \$13  = \$11  & \$12 ;
  assign \$14  = \$13  ? \$signal$67  : \$signal$66 ;
  assign \$15  = ir_q[26:11] + \$14 ;
  assign \$16  = \$signal$63  & at_end;
  assign \$17  = ~ lp_once;
  assign \$18  = \$16  & \$17 ;
  assign \$19  = \$18  ? \$signal$69  : \$signal$68 ;
  assign \$20  = $signed(ir_q[113:105]) + $signed({ 1'h0, \$19  });
  assign \$21  = \$signal$63  & at_end;
  assign \$22  = \$21  & lp_once;
  assign \$23  = ~ \$22 ;
  assign \$24  = \$signal$63  & \$23 ;
  assign \$25  = ir_q[3:0] == 3'h4;
  assign \$26  = \$24  & \$25 ;
  assign \$27  = \$signal$63  & at_end;
  assign \$28  = ~ lp_once;
  assign \$29  = \$27  & \$28 ;
  assign \$30  = \$29  ? \$signal$71  : \$signal$70 ;
  assign \$31  = ir_q[41:26] + \$30 ;
  assign \$32  = \$signal$63  & at_end;
  assign \$33  = ~ lp_once;
  assign \$34  = \$32  & \$33 ;
  assign \$35  = \$34  ? \$signal$73  : \$signal$72 ;
  assign \$36  = ir_q[87:72] + \$35 ;
  assign \$37  = ir_q[9:8] == 2'h3;
  assign \$38  = ir_q[9:8] == 1'h1;
  assign \$39  = ir_q[9:8] == 2'h2;
  assign \$40  = \$38  | \$39 ;
  assign \$42  = ir_q[9:8] != 1'h1;
  assign \$43  = ir_q[54:51] > 2'h2;
  assign \$44  = \$42  & \$43 ;
  assign \$45  = ir_q[9:8] == 2'h2;
  assign \$46  = \$45  | ir_q[71];
  assign \$49  = ir_q[9:8] == 2'h2;
  assign \$50  = ir_q[54:51] != 1'h1;
  assign \$51  = \$49  & \$50 ;
  assign \$52  = \$48  | \$51 ;
  assign \$53  = ir_q[9:8] == 1'h1;
  assign \$54  = ir_q[54:51] != 1'h1;
  assign \$55  = \$53  | \$54 ;
  assign \$56  = ir_q[71] & \$55 ;
  assign \$57  = \$52  | \$56 ;
  assign \$58  = t == 2'h2;
  assign \$59  = rx_bl & \$signal$86 ;
  assign \$60  = instr[25:10] + rx_word;
  assign \$61  = ! rx_bank;
  assign \$62  = ! rx_bank;
  assign \$63  = ! rx_bank;
  assign \$64  = ! rx_bank;
  assign \$65  = rx_bank == 1'h1;
  assign \$66  = rx_bank == 1'h1;
  assign \$67  = rx_bank == 1'h1;
  assign \$68  = rx_bank == 1'h1;
  assign \$69  = instr[25:10] + rx_word;
  assign \$70  = ! rx_bank;
  assign \$71  = rx_bank == 1'h1;
  assign \$72  = rx_bank == 2'h2;
  assign \$73  = rx_bank == 2'h3;
  assign \$74  = rx_bank == 3'h4;
  assign \$75  = rx_bank == 3'h5;
  assign \$76  = rx_bank == 3'h6;
  assign \$77  = rx_bank == 3'h7;
  assign \$78  = rx_bank == 4'h8;
  assign \$79  = rx_bank == 4'h9;
  assign \$80  = rx_bank == 4'ha;
  assign \$81  = rx_bank == 4'hb;
  assign \$82  = rx_bank == 4'hc;
  assign \$83  = rx_bank == 4'hd;
  assign \$84  = rx_bank == 4'he;
  assign \$85  = rx_bank == 4'hf;
  assign \$86  = instr[25:10] + rx_word;
  assign \$87  = ! rx_bank;
  assign \$88  = rx_bank == 1'h1;
  assign \$89  = rx_bank == 2'h2;
  assign \$90  = rx_bank == 2'h3;
  assign \$91  = rx_bank == 3'h4;
  assign \$92  = rx_bank == 3'h5;
  assign \$93  = rx_bank == 3'h6;
  assign \$94  = rx_bank == 3'h7;
  assign \$95  = rx_bank == 4'h8;
  assign \$96  = rx_bank == 4'h9;
  assign \$97  = rx_bank == 4'ha;
  assign \$98  = rx_bank == 4'hb;
  assign \$99  = rx_bank == 4'hc;
  assign \$100  = rx_bank == 4'hd;
  assign \$101  = rx_bank == 4'he;
  assign \$102  = rx_bank == 4'hf;
  assign \$103  = ~ \$signal$104 ;
  assign \$104  = \$103  | mem_wr_ready;
  assign \$105  = ! tx_beat;
  assign \$107  = ~ \$signal$104 ;
  assign \$108  = \$107  | mem_wr_ready;
  assign \$109  = ~ \$108 ;
  assign \$110  = \$signal$104  & mem_wr_ready;
  assign \$111  = $signed(\$signal$120 ) >= $signed(1'h0);
  assign \$112  = $signed(\$signal$120 ) < $signed({ 1'h0, instr[87:80] });
  assign \$113  = \$111  & \$112 ;
  assign \$114  = $signed(ix) >= $signed(1'h0);
  assign \$115  = \$113  & \$114 ;
  assign \$116  = $signed(ix) < $signed({ 1'h0, instr[95:88] });
  assign \$117  = \$115  & \$116 ;
  assign \$118  = \$117  ? 2'h2 : 2'h0;
  assign \$119  = tail == 4'h8;
  assign \$120  = t < p_lv;
  assign \$121  = ! t;
  assign \$122  = instr[71] & \$121 ;
  assign \$123  = instr[9:8] == 2'h2;
  assign \$124  = instr[71] ? 1'h1 : 1'h0;
  assign \$125  = t == \$124 ;
  assign \$126  = \$123  & \$125 ;
  assign \$127  = ~ wvalid;
  assign \$128  = ! wbit;
  assign \$129  = 5'h10 * p_cmp;
  assign \$130  = instr[9:8] == 1'h1;
  assign \$131  = wrow * 6'h20;
  assign \$132  = 9'h100 + \$131 ;
  assign \$133  = \$132  + instr[41:26];
  assign \$134  = y_q[1:0] >> wbit;
  assign \$135  = y_q[3:2] >> wbit;
  assign \$136  = y_q[5:4] >> wbit;
  assign \$137  = y_q[7:6] >> wbit;
  assign \$138  = y_q[9:8] >> wbit;
  assign \$139  = y_q[11:10] >> wbit;
  assign \$140  = y_q[13:12] >> wbit;
  assign \$141  = y_q[15:14] >> wbit;
  assign \$142  = y_q[17:16] >> wbit;
  assign \$143  = y_q[19:18] >> wbit;
  assign \$144  = y_q[21:20] >> wbit;
  assign \$145  = y_q[23:22] >> wbit;
  assign \$146  = y_q[25:24] >> wbit;
  assign \$147  = y_q[27:26] >> wbit;
  assign \$148  = y_q[29:28] >> wbit;
  assign \$149  = y_q[31:30] >> wbit;
  assign \$150  = instr[9:8] == 2'h2;
  assign \$152  = \$150  ? \$151  : 16'h0000;
  assign \$153  = { \$149 , \$148 , \$147 , \$146 , \$145 , \$144 , \$143 , \$142 , \$141 , \$140 , \$139 , \$138 , \$137 , \$136 , \$135 , \$134  } | \$152 ;
  assign \$154  = y_q[1:0] >> wbit;
  assign \$155  = y_q[3:2] >> wbit;
  assign \$156  = y_q[5:4] >> wbit;
  assign \$157  = y_q[7:6] >> wbit;
  assign \$158  = y_q[9:8] >> wbit;
  assign \$159  = y_q[11:10] >> wbit;
  assign \$160  = y_q[13:12] >> wbit;
  assign \$161  = y_q[15:14] >> wbit;
  assign \$162  = y_q[17:16] >> wbit;
  assign \$163  = y_q[19:18] >> wbit;
  assign \$164  = y_q[21:20] >> wbit;
  assign \$165  = y_q[23:22] >> wbit;
  assign \$166  = y_q[25:24] >> wbit;
  assign \$167  = y_q[27:26] >> wbit;
  assign \$168  = y_q[29:28] >> wbit;
  assign \$169  = y_q[31:30] >> wbit;
  assign \$170  = instr[9:8] == 2'h2;
  assign \$172  = \$170  ? \$171  : 16'h0000;
  assign \$173  = { \$169 , \$168 , \$167 , \$166 , \$165 , \$164 , \$163 , \$162 , \$161 , \$160 , \$159 , \$158 , \$157 , \$156 , \$155 , \$154  } | \$172 ;
  assign \$174  = y_q[1:0] >> wbit;
  assign \$175  = y_q[3:2] >> wbit;
  assign \$176  = y_q[5:4] >> wbit;
  assign \$177  = y_q[7:6] >> wbit;
  assign \$178  = y_q[9:8] >> wbit;
  assign \$179  = y_q[11:10] >> wbit;
  assign \$180  = y_q[13:12] >> wbit;
  assign \$181  = y_q[15:14] >> wbit;
  assign \$182  = y_q[17:16] >> wbit;
  assign \$183  = y_q[19:18] >> wbit;
  assign \$184  = y_q[21:20] >> wbit;
  assign \$185  = y_q[23:22] >> wbit;
  assign \$186  = y_q[25:24] >> wbit;
  assign \$187  = y_q[27:26] >> wbit;
  assign \$188  = y_q[29:28] >> wbit;
  assign \$189  = y_q[31:30] >> wbit;
  assign \$190  = instr[9:8] == 2'h2;
  assign \$192  = \$190  ? \$191  : 16'h0000;
  assign \$193  = { \$189 , \$188 , \$187 , \$186 , \$185 , \$184 , \$183 , \$182 , \$181 , \$180 , \$179 , \$178 , \$177 , \$176 , \$175 , \$174  } | \$192 ;
  assign \$194  = y_q[1:0] >> wbit;
  assign \$195  = y_q[3:2] >> wbit;
  assign \$196  = y_q[5:4] >> wbit;
  assign \$197  = y_q[7:6] >> wbit;
  assign \$198  = y_q[9:8] >> wbit;
  assign \$199  = y_q[11:10] >> wbit;
  assign \$200  = y_q[13:12] >> wbit;
  assign \$201  = y_q[15:14] >> wbit;
  assign \$202  = y_q[17:16] >> wbit;
  assign \$203  = y_q[19:18] >> wbit;
  assign \$204  = y_q[21:20] >> wbit;
  assign \$205  = y_q[23:22] >> wbit;
  assign \$206  = y_q[25:24] >> wbit;
  assign \$207  = y_q[27:26] >> wbit;
  assign \$208  = y_q[29:28] >> wbit;
  assign \$209  = y_q[31:30] >> wbit;
  assign \$210  = instr[9:8] == 2'h2;
  assign \$212  = \$210  ? \$211  : 16'h0000;
  assign \$213  = { \$209 , \$208 , \$207 , \$206 , \$205 , \$204 , \$203 , \$202 , \$201 , \$200 , \$199 , \$198 , \$197 , \$196 , \$195 , \$194  } | \$212 ;
  assign \$214  = y_q[1:0] >> wbit;
  assign \$215  = y_q[3:2] >> wbit;
  assign \$216  = y_q[5:4] >> wbit;
  assign \$217  = y_q[7:6] >> wbit;
  assign \$218  = y_q[9:8] >> wbit;
  assign \$219  = y_q[11:10] >> wbit;
  assign \$220  = y_q[13:12] >> wbit;
  assign \$221  = y_q[15:14] >> wbit;
  assign \$222  = y_q[17:16] >> wbit;
  assign \$223  = y_q[19:18] >> wbit;
  assign \$224  = y_q[21:20] >> wbit;
  assign \$225  = y_q[23:22] >> wbit;
  assign \$226  = y_q[25:24] >> wbit;
  assign \$227  = y_q[27:26] >> wbit;
  assign \$228  = y_q[29:28] >> wbit;
  assign \$229  = y_q[31:30] >> wbit;
  assign \$230  = instr[9:8] == 2'h2;
  assign \$232  = \$230  ? \$231  : 16'h0000;
  assign \$233  = { \$229 , \$228 , \$227 , \$226 , \$225 , \$224 , \$223 , \$222 , \$221 , \$220 , \$219 , \$218 , \$217 , \$216 , \$215 , \$214  } | \$232 ;
  assign \$234  = y_q[1:0] >> wbit;
  assign \$235  = y_q[3:2] >> wbit;
  assign \$236  = y_q[5:4] >> wbit;
  assign \$237  = y_q[7:6] >> wbit;
  assign \$238  = y_q[9:8] >> wbit;
  assign \$239  = y_q[11:10] >> wbit;
  assign \$240  = y_q[13:12] >> wbit;
  assign \$241  = y_q[15:14] >> wbit;
  assign \$242  = y_q[17:16] >> wbit;
  assign \$243  = y_q[19:18] >> wbit;
  assign \$244  = y_q[21:20] >> wbit;
  assign \$245  = y_q[23:22] >> wbit;
  assign \$246  = y_q[25:24] >> wbit;
  assign \$247  = y_q[27:26] >> wbit;
  assign \$248  = y_q[29:28] >> wbit;
  assign \$249  = y_q[31:30] >> wbit;
  assign \$250  = instr[9:8] == 2'h2;
  assign \$252  = \$250  ? \$251  : 16'h0000;
  assign \$253  = { \$249 , \$248 , \$247 , \$246 , \$245 , \$244 , \$243 , \$242 , \$241 , \$240 , \$239 , \$238 , \$237 , \$236 , \$235 , \$234  } | \$252 ;
  assign \$254  = y_q[1:0] >> wbit;
  assign \$255  = y_q[3:2] >> wbit;
  assign \$256  = y_q[5:4] >> wbit;
  assign \$257  = y_q[7:6] >> wbit;
  assign \$258  = y_q[9:8] >> wbit;
  assign \$259  = y_q[11:10] >> wbit;
  assign \$260  = y_q[13:12] >> wbit;
  assign \$261  = y_q[15:14] >> wbit;
  assign \$262  = y_q[17:16] >> wbit;
  assign \$263  = y_q[19:18] >> wbit;
  assign \$264  = y_q[21:20] >> wbit;
  assign \$265  = y_q[23:22] >> wbit;
  assign \$266  = y_q[25:24] >> wbit;
  assign \$267  = y_q[27:26] >> wbit;
  assign \$268  = y_q[29:28] >> wbit;
  assign \$269  = y_q[31:30] >> wbit;
  assign \$270  = instr[9:8] == 2'h2;
  assign \$272  = \$270  ? \$271  : 16'h0000;
  assign \$273  = { \$269 , \$268 , \$267 , \$266 , \$265 , \$264 , \$263 , \$262 , \$261 , \$260 , \$259 , \$258 , \$257 , \$256 , \$255 , \$254  } | \$272 ;
  assign \$274  = y_q[1:0] >> wbit;
  assign \$275  = y_q[3:2] >> wbit;
  assign \$276  = y_q[5:4] >> wbit;
  assign \$277  = y_q[7:6] >> wbit;
  assign \$278  = y_q[9:8] >> wbit;
  assign \$279  = y_q[11:10] >> wbit;
  assign \$280  = y_q[13:12] >> wbit;
  assign \$281  = y_q[15:14] >> wbit;
  assign \$282  = y_q[17:16] >> wbit;
  assign \$283  = y_q[19:18] >> wbit;
  assign \$284  = y_q[21:20] >> wbit;
  assign \$285  = y_q[23:22] >> wbit;
  assign \$286  = y_q[25:24] >> wbit;
  assign \$287  = y_q[27:26] >> wbit;
  assign \$288  = y_q[29:28] >> wbit;
  assign \$289  = y_q[31:30] >> wbit;
  assign \$290  = instr[9:8] == 2'h2;
  assign \$292  = \$290  ? \$291  : 16'h0000;
  assign \$293  = { \$289 , \$288 , \$287 , \$286 , \$285 , \$284 , \$283 , \$282 , \$281 , \$280 , \$279 , \$278 , \$277 , \$276 , \$275 , \$274  } | \$292 ;
  assign \$294  = ! wrow;
  assign \$295  = ! instr[49:42];
  assign \$296  = \$294  & \$295 ;
  assign \$297  = ! wrow;
  assign \$298  = instr[49:42] == 1'h1;
  assign \$299  = \$297  & \$298 ;
  assign \$300  = ! wrow;
  assign \$301  = instr[49:42] == 2'h2;
  assign \$302  = \$300  & \$301 ;
  assign \$303  = ! wrow;
  assign \$304  = instr[49:42] == 2'h3;
  assign \$305  = \$303  & \$304 ;
  assign \$306  = wrow == 1'h1;
  assign \$307  = ! instr[49:42];
  assign \$308  = \$306  & \$307 ;
  assign \$309  = wrow == 1'h1;
  assign \$310  = instr[49:42] == 1'h1;
  assign \$311  = \$309  & \$310 ;
  assign \$312  = wrow == 1'h1;
  assign \$313  = instr[49:42] == 2'h2;
  assign \$314  = \$312  & \$313 ;
  assign \$315  = wrow == 1'h1;
  assign \$316  = instr[49:42] == 2'h3;
  assign \$317  = \$315  & \$316 ;
  assign \$318  = wbit == p_ob1;
  assign \$319  = wrow == 1'h1;
  assign \$320  = pc + 1'h1;
  assign \$321  = \$signal$63  & at_end;
  assign \$322  = state == 3'h4;
  assign \$323  = state == 3'h5;
  assign \$324  = \$322  | \$323 ;
  assign \$325  = state == 2'h3;
  assign \$326  = \$324  | \$325 ;
  assign \$327  = state == 2'h3;
  assign \$328  = \$327  & \$signal$104 ;
  assign \$329  = ~ mem_wr_ready;
  assign \$330  = \$328  & \$329 ;
  assign \$331  = ~ \$330 ;
  assign act_r__en = \$326  & \$331 ;
  assign wgt_r__en = state == 3'h4;
  assign \$332  = state == 3'h5;
  assign \$333  = state == 2'h3;
  assign \$334  = \$332  | \$333 ;
  assign \$335  = state == 2'h3;
  assign \$336  = \$335  & \$signal$104 ;
  assign \$337  = ~ mem_wr_ready;
  assign \$338  = \$336  & \$337 ;
  assign \$339  = ~ \$338 ;
  assign thr_r__en = \$334  & \$339 ;
  assign \$340  = pc == lp_end;
  assign \$341  = ! state;
  assign \$342  = state == 3'h6;
  assign \$343  = \$341  | \$342 ;
  assign \$344  = state == 3'h7;
  assign \$345  = \$343  | \$344 ;
  assign \$346  = state == 4'h8;
  assign \$347  = \$345  | \$346 ;
  assign \$348  = \$signal$63  & at_end;
  assign \$349  = ~ lp_once;
  assign \$350  = \$348  & \$349 ;
  assign \$351  = pc + 1'h1;
  assign \$352  = \$350  ? { 1'h0, \$like  } : \$351 ;
  assign \$353  = \$347  ? 12'h000 : \$352 ;
  assign \$360  = ~ rd_hold;
  assign \$361  = ir_q[3:0] == 1'h1;
  assign \$362  = ir_q[3:0] == 2'h2;
  assign \$363  = ir_q[3:0] == 2'h3;
  assign \$364  = ir_q[3:0] == 3'h4;
  assign \$365  = ir_q[3:0] == 3'h5;
  assign \$366  = ir_q[3:0] == 4'hf;
  assign \$367  = \$signal$63  & at_end;
  assign \$368  = \$367  & lp_once;
  assign \$369  = ~ \$368 ;
  assign \$370  = \$signal$63  & \$369 ;
  assign \$371  = ir_q[3:0] != 2'h3;
  assign \$372  = \$370  & \$371 ;
  assign \$373  = ir_q[3:0] != 3'h4;
  assign \$374  = \$372  & \$373 ;
  assign \$375  = bad | \$374 ;
  assign \$376  = ! ir_q[9:8];
  assign \$377  = ir_q[9:8] == 1'h1;
  assign \$378  = ir_q[9:8] == 2'h2;
  assign \$379  = \$378  ? 3'h0 : 3'h5;
  assign \$380  = \$377  ? 3'h0 : \$379 ;
  assign \$381  = \$376  ? 3'h0 : \$380 ;
  assign \$382  = ! ir_q[9:8];
  assign \$384  = ir_q[9:8] == 1'h1;
  assign \$386  = ir_q[9:8] == 2'h2;
  assign \$390  = \$388  + \$389 ;
  assign \$391  = \$386  ? { 3'h0, \$387  } : \$390 ;
  assign \$392  = \$384  ? { 3'h0, \$385  } : \$391 ;
  assign \$393  = \$382  ? { 3'h0, \$383  } : \$392 ;
  assign \$394  = ir_q[9:8] == 2'h3;
  assign \$395  = \$394  ? 9'h100 : 9'h000;
  assign \$396  = ir_q[25:10] + \$395 ;
  assign \$397  = ir_q[95:88] * ir_q[53:43];
  assign \$398  = | ir_q[123:115];
  assign \$399  = ir_q[123:115] <= 1'h0;
  assign \$400  = \$398  & \$399 ;
  assign \$401  = | ir_q[123:115];
  assign \$402  = ir_q[123:115] <= 1'h1;
  assign \$403  = \$401  & \$402 ;
  assign \$404  = | ir_q[123:115];
  assign \$405  = ir_q[123:115] <= 2'h2;
  assign \$406  = \$404  & \$405 ;
  assign \$407  = | ir_q[123:115];
  assign \$408  = ir_q[123:115] <= 2'h3;
  assign \$409  = \$407  & \$408 ;
  assign \$410  = | ir_q[123:115];
  assign \$411  = ir_q[123:115] <= 3'h4;
  assign \$412  = \$410  & \$411 ;
  assign \$413  = | ir_q[123:115];
  assign \$414  = ir_q[123:115] <= 3'h5;
  assign \$415  = \$413  & \$414 ;
  assign \$416  = | ir_q[123:115];
  assign \$417  = ir_q[123:115] <= 3'h6;
  assign \$418  = \$416  & \$417 ;
  assign \$419  = | ir_q[123:115];
  assign \$420  = ir_q[123:115] <= 3'h7;
  assign \$421  = \$419  & \$420 ;
  assign \$422  = | ir_q[123:115];
  assign \$423  = ir_q[123:115] <= 4'h8;
  assign \$424  = \$422  & \$423 ;
  assign \$425  = | ir_q[123:115];
  assign \$426  = ir_q[123:115] <= 4'h9;
  assign \$427  = \$425  & \$426 ;
  assign \$428  = | ir_q[123:115];
  assign \$429  = ir_q[123:115] <= 4'ha;
  assign \$430  = \$428  & \$429 ;
  assign \$431  = | ir_q[123:115];
  assign \$432  = ir_q[123:115] <= 4'hb;
  assign \$433  = \$431  & \$432 ;
  assign \$434  = | ir_q[123:115];
  assign \$435  = ir_q[123:115] <= 4'hc;
  assign \$436  = \$434  & \$435 ;
  assign \$437  = | ir_q[123:115];
  assign \$438  = ir_q[123:115] <= 4'hd;
  assign \$439  = \$437  & \$438 ;
  assign \$440  = | ir_q[123:115];
  assign \$441  = ir_q[123:115] <= 4'he;
  assign \$442  = \$440  & \$441 ;
  assign \$443  = | ir_q[123:115];
  assign \$444  = ir_q[123:115] <= 4'hf;
  assign \$445  = \$443  & \$444 ;
  assign \$446  = | ir_q[123:115];
  assign \$447  = ir_q[123:115] <= 5'h10;
  assign \$448  = \$446  & \$447 ;
  assign \$449  = | ir_q[123:115];
  assign \$450  = ir_q[123:115] <= 5'h11;
  assign \$451  = \$449  & \$450 ;
  assign \$452  = | ir_q[123:115];
  assign \$453  = ir_q[123:115] <= 5'h12;
  assign \$454  = \$452  & \$453 ;
  assign \$455  = | ir_q[123:115];
  assign \$456  = ir_q[123:115] <= 5'h13;
  assign \$457  = \$455  & \$456 ;
  assign \$458  = | ir_q[123:115];
  assign \$459  = ir_q[123:115] <= 5'h14;
  assign \$460  = \$458  & \$459 ;
  assign \$461  = | ir_q[123:115];
  assign \$462  = ir_q[123:115] <= 5'h15;
  assign \$463  = \$461  & \$462 ;
  assign \$464  = | ir_q[123:115];
  assign \$465  = ir_q[123:115] <= 5'h16;
  assign \$466  = \$464  & \$465 ;
  assign \$467  = | ir_q[123:115];
  assign \$468  = ir_q[123:115] <= 5'h17;
  assign \$469  = \$467  & \$468 ;
  assign \$470  = | ir_q[123:115];
  assign \$471  = ir_q[123:115] <= 5'h18;
  assign \$472  = \$470  & \$471 ;
  assign \$473  = | ir_q[123:115];
  assign \$474  = ir_q[123:115] <= 5'h19;
  assign \$475  = \$473  & \$474 ;
  assign \$476  = | ir_q[123:115];
  assign \$477  = ir_q[123:115] <= 5'h1a;
  assign \$478  = \$476  & \$477 ;
  assign \$479  = | ir_q[123:115];
  assign \$480  = ir_q[123:115] <= 5'h1b;
  assign \$481  = \$479  & \$480 ;
  assign \$482  = | ir_q[123:115];
  assign \$483  = ir_q[123:115] <= 5'h1c;
  assign \$484  = \$482  & \$483 ;
  assign \$485  = | ir_q[123:115];
  assign \$486  = ir_q[123:115] <= 5'h1d;
  assign \$487  = \$485  & \$486 ;
  assign \$488  = | ir_q[123:115];
  assign \$489  = ir_q[123:115] <= 5'h1e;
  assign \$490  = \$488  & \$489 ;
  assign \$491  = | ir_q[123:115];
  assign \$492  = ir_q[123:115] <= 5'h1f;
  assign \$493  = \$491  & \$492 ;
  assign \$494  = | ir_q[123:115];
  assign \$495  = ir_q[123:115] <= 6'h20;
  assign \$496  = \$494  & \$495 ;
  assign \$497  = | ir_q[123:115];
  assign \$498  = ir_q[123:115] <= 6'h21;
  assign \$499  = \$497  & \$498 ;
  assign \$500  = | ir_q[123:115];
  assign \$501  = ir_q[123:115] <= 6'h22;
  assign \$502  = \$500  & \$501 ;
  assign \$503  = | ir_q[123:115];
  assign \$504  = ir_q[123:115] <= 6'h23;
  assign \$505  = \$503  & \$504 ;
  assign \$506  = | ir_q[123:115];
  assign \$507  = ir_q[123:115] <= 6'h24;
  assign \$508  = \$506  & \$507 ;
  assign \$509  = | ir_q[123:115];
  assign \$510  = ir_q[123:115] <= 6'h25;
  assign \$511  = \$509  & \$510 ;
  assign \$512  = | ir_q[123:115];
  assign \$513  = ir_q[123:115] <= 6'h26;
  assign \$514  = \$512  & \$513 ;
  assign \$515  = | ir_q[123:115];
  assign \$516  = ir_q[123:115] <= 6'h27;
  assign \$517  = \$515  & \$516 ;
  assign \$518  = | ir_q[123:115];
  assign \$519  = ir_q[123:115] <= 6'h28;
  assign \$520  = \$518  & \$519 ;
  assign \$521  = | ir_q[123:115];
  assign \$522  = ir_q[123:115] <= 6'h29;
  assign \$523  = \$521  & \$522 ;
  assign \$524  = | ir_q[123:115];
  assign \$525  = ir_q[123:115] <= 6'h2a;
  assign \$526  = \$524  & \$525 ;
  assign \$527  = | ir_q[123:115];
  assign \$528  = ir_q[123:115] <= 6'h2b;
  assign \$529  = \$527  & \$528 ;
  assign \$530  = | ir_q[123:115];
  assign \$531  = ir_q[123:115] <= 6'h2c;
  assign \$532  = \$530  & \$531 ;
  assign \$533  = | ir_q[123:115];
  assign \$534  = ir_q[123:115] <= 6'h2d;
  assign \$535  = \$533  & \$534 ;
  assign \$536  = | ir_q[123:115];
  assign \$537  = ir_q[123:115] <= 6'h2e;
  assign \$538  = \$536  & \$537 ;
  assign \$539  = | ir_q[123:115];
  assign \$540  = ir_q[123:115] <= 6'h2f;
  assign \$541  = \$539  & \$540 ;
  assign \$542  = | ir_q[123:115];
  assign \$543  = ir_q[123:115] <= 6'h30;
  assign \$544  = \$542  & \$543 ;
  assign \$545  = | ir_q[123:115];
  assign \$546  = ir_q[123:115] <= 6'h31;
  assign \$547  = \$545  & \$546 ;
  assign \$548  = | ir_q[123:115];
  assign \$549  = ir_q[123:115] <= 6'h32;
  assign \$550  = \$548  & \$549 ;
  assign \$551  = | ir_q[123:115];
  assign \$552  = ir_q[123:115] <= 6'h33;
  assign \$553  = \$551  & \$552 ;
  assign \$554  = | ir_q[123:115];
  assign \$555  = ir_q[123:115] <= 6'h34;
  assign \$556  = \$554  & \$555 ;
  assign \$557  = | ir_q[123:115];
  assign \$558  = ir_q[123:115] <= 6'h35;
  assign \$559  = \$557  & \$558 ;
  assign \$560  = | ir_q[123:115];
  assign \$561  = ir_q[123:115] <= 6'h36;
  assign \$562  = \$560  & \$561 ;
  assign \$563  = | ir_q[123:115];
  assign \$564  = ir_q[123:115] <= 6'h37;
  assign \$565  = \$563  & \$564 ;
  assign \$566  = | ir_q[123:115];
  assign \$567  = ir_q[123:115] <= 6'h38;
  assign \$568  = \$566  & \$567 ;
  assign \$569  = | ir_q[123:115];
  assign \$570  = ir_q[123:115] <= 6'h39;
  assign \$571  = \$569  & \$570 ;
  assign \$572  = | ir_q[123:115];
  assign \$573  = ir_q[123:115] <= 6'h3a;
  assign \$574  = \$572  & \$573 ;
  assign \$575  = | ir_q[123:115];
  assign \$576  = ir_q[123:115] <= 6'h3b;
  assign \$577  = \$575  & \$576 ;
  assign \$578  = | ir_q[123:115];
  assign \$579  = ir_q[123:115] <= 6'h3c;
  assign \$580  = \$578  & \$579 ;
  assign \$581  = | ir_q[123:115];
  assign \$582  = ir_q[123:115] <= 6'h3d;
  assign \$583  = \$581  & \$582 ;
  assign \$584  = | ir_q[123:115];
  assign \$585  = ir_q[123:115] <= 6'h3e;
  assign \$586  = \$584  & \$585 ;
  assign \$587  = | ir_q[123:115];
  assign \$588  = ir_q[123:115] <= 6'h3f;
  assign \$589  = \$587  & \$588 ;
  assign \$590  = ir_q[114] ? 64'hffffffffffffffff : { \$589 , \$586 , \$583 , \$580 , \$577 , \$574 , \$571 , \$568 , \$565 , \$562 , \$559 , \$556 , \$553 , \$550 , \$547 , \$544 , \$541 , \$538 , \$535 , \$532 , \$529 , \$526 , \$523 , \$520 , \$517 , \$514 , \$511 , \$508 , \$505 , \$502 , \$499 , \$496 , \$493 , \$490 , \$487 , \$484 , \$481 , \$478 , \$475 , \$472 , \$469 , \$466 , \$463 , \$460 , \$457 , \$454 , \$451 , \$448 , \$445 , \$442 , \$439 , \$436 , \$433 , \$430 , \$427 , \$424 , \$421 , \$418 , \$415 , \$412 , \$409 , \$406 , \$403 , \$400  };
  assign \$591  = ir_q[9:8] == 1'h1;
  assign \$593  = ir_q[71] ? 15'h0002 : \$592 ;
  assign \$594  = \$591  ? 15'h0001 : \$593 ;
  assign \$595  = ir_q[9:8] == 1'h1;
  assign \$597  = ir_q[71] ? 15'h0002 : \$596 ;
  assign \$598  = \$595  ? 15'h0001 : \$597 ;
  assign \$599  = ir_q[71] ? 15'h0001 : \$598 ;
  assign \$600  = ir_q[9:8] == 1'h1;
  assign \$601  = ir_q[50] & \$600 ;
  assign \$602  = ir_q[9:8] == 1'h1;
  assign \$603  = ir_q[54:51] - 1'h1;
  assign \$604  = \$602  ? 5'h00 : \$603 ;
  assign \$605  = t + 1'h1;
  assign \$606  = t == 1'h1;
  assign \$607  = pc + 1'h1;
  assign \$608  = pc + nxt[31:24];
  assign \$609  = nxt[23:8] == 1'h1;
  assign \$610  = nxt[50:35] - 1'h1;
  assign \$611  = nxt[34:26] - 1'h1;
  assign \$612  = | nxt[34:26];
  assign \$613  = ! n_nb1;
  assign \$614  = nxt[50:35] == 1'h1;
  assign \$615  = nxt[34:26] == 1'h1;
  assign \$616  = nxt[50:35] - 1'h1;
  assign \$617  = nxt[34:26] - 1'h1;
  assign \$618  = ! n_nb1;
  assign \$619  = nxt[50:35] == 1'h1;
  assign \$620  = nxt[34:26] == 1'h1;
  assign \$621  = ~ nxt[10];
  assign \$622  = nxt[53:43] - 1'h1;
  assign \$623  = nxt[57:54] - 1'h1;
  assign \$624  = nxt[79:77] - 1'h1;
  assign \$625  = nxt[76:74] - 1'h1;
  assign \$626  = nxt[53:43] == 1'h1;
  assign \$627  = nxt[79:77] == 1'h1;
  assign \$628  = nxt[76:74] == 1'h1;
  assign \$629  = nxt[57:54] == 1'h1;
  assign \$630  = nxt[71] ? nxt[87:72] : nxt[41:26];
  assign \$631  = t + 1'h1;
  assign \$632  = mem_rd_valid & mem_rd_ready;
  assign \$633  = req_cnt + 1'h1;
  assign \$634  = req_addr + instr[114:83];
  assign \$635  = req_cnt != b1;
  assign \$636  = ! nb1;
  assign \$637  = rx_bl & \$signal$86 ;
  assign \$638  = rx_bank + 1'h1;
  assign \$639  = ! \$signal$227 ;
  assign \$640  = rx_bank + 1'h1;
  assign \$641  = \$640  == b1;
  assign \$642  = rx_word + 1'h1;
  assign \$643  = rx_word + 1'h1;
  assign \$644  = \$643  == \$signal$227 ;
  assign \$645  = rx_beat + 1'h1;
  assign \$646  = rx_beat + 1'h1;
  assign \$647  = \$646  == nb1;
  assign \$649  = ~ \$signal$104 ;
  assign \$650  = \$649  | mem_wr_ready;
  assign \$651  = \$signal$235  & \$signal$236 ;
  assign \$652  = \$651  & tx_kl;
  assign \$653  = ! nb1;
  assign \$654  = \$signal$231  + 1'h1;
  assign \$655  = ! \$signal$227 ;
  assign \$656  = \$signal$231  + 1'h1;
  assign \$657  = \$656  == b1;
  assign \$658  = \$signal$233  + instr[114:83];
  assign \$659  = \$signal$233  + instr[114:83];
  assign \$660  = instr[9:8] == 2'h3;
  assign \$661  = \$660  ? 6'h20 : 6'h00;
  assign \$662  = t_row + \$661 ;
  assign \$663  = instr[9:8] == 2'h3;
  assign \$664  = \$663  ? 6'h20 : 6'h00;
  assign \$665  = t_row + \$664 ;
  assign \$666  = instr[9:8] == 2'h3;
  assign \$667  = \$666  ? 6'h20 : 6'h00;
  assign \$668  = t_row + \$667 ;
  assign \$669  = tx_word + 1'h1;
  assign \$670  = s_cur + 4'h8;
  assign \$671  = tx_word + 1'h1;
  assign \$672  = \$671  == \$signal$227 ;
  assign \$673  = \$signal$166  + 1'h1;
  assign \$674  = thr_ptr + 1'h1;
  assign \$675  = tx_beat + 1'h1;
  assign \$676  = s_cur + 4'h8;
  assign \$677  = tx_beat + 1'h1;
  assign \$678  = \$677  == nb1;
  assign \$679  = \$signal$235  & \$signal$236 ;
  assign \$680  = \$679  & tx_kl;
  assign \$681  = ~ \$signal$104 ;
  assign \$682  = \$681  | mem_wr_ready;
  assign \$683  = instr[9:8] == 2'h3;
  assign \$685  = \$683  ? \$684  : store_act;
  assign \$686  = $signed(\$signal$120 ) >= $signed(1'h0);
  assign \$687  = $signed(\$signal$120 ) < $signed({ 1'h0, instr[87:80] });
  assign \$688  = \$686  & \$687 ;
  assign \$689  = $signed(ix) >= $signed(1'h0);
  assign \$690  = \$688  & \$689 ;
  assign \$691  = $signed(ix) < $signed({ 1'h0, instr[95:88] });
  assign \$692  = \$690  & \$691 ;
  assign \$693  = ~ \$692 ;
  assign \$694  = \$signal$248  ? p_pad_last : { instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114], instr[114] };
  assign \$695  = wgt_r__addr + 1'h1;
  assign \$696  = \$signal$166  + 1'h1;
  assign \$697  = ! \$signal$227 ;
  assign \$698  = ! \$signal$243 ;
  assign \$699  = p + 1'h1;
  assign \$700  = plane_base + instr[73:58];
  assign \$701  = plane_base + instr[73:58];
  assign \$702  = plane_base + instr[73:58];
  assign \$703  = ! kh1;
  assign \$704  = p + 1'h1;
  assign \$705  = \$704  == \$signal$242 ;
  assign \$706  = ky + 1'h1;
  assign \$707  = $signed(\$signal$120 ) + $signed(2'h1);
  assign \$708  = \$signal$253  + pitch;
  assign \$709  = \$signal$253  + pitch;
  assign \$710  = ky + 1'h1;
  assign \$711  = \$710  == kh1;
  assign \$712  = \$signal$246  + 1'h1;
  assign \$713  = $signed(ix) + $signed(2'h1);
  assign \$714  = \$signal$246  + 1'h1;
  assign \$715  = \$714  == \$signal$243 ;
  assign \$716  = \$signal$245  + 1'h1;
  assign \$717  = \$signal$245  + 1'h1;
  assign \$718  = \$717  == \$signal$227 ;
  assign \$719  = tail + 1'h1;
  assign \$720  = t != 3'h4;
  assign \$721  = t + 1'h1;
  assign \$722  = t == 1'h1;
  assign \$723  = t == 2'h2;
  assign \$724  = t == 2'h3;
  assign \$725  = thr_ptr + 1'h1;
  assign \$726  = ! t;
  assign \$727  = t == 2'h2;
  assign \$728  = instr[71] & \$727 ;
  assign \$731  = instr[9:8] == 2'h2;
  assign \$732  = instr[71] ? 2'h3 : 2'h2;
  assign \$733  = t == \$732 ;
  assign \$734  = \$731  & \$733 ;
  assign \$737  = t > p_lv;
  assign \$738  = cbit == p_ob1;
  assign \$739  = crow + 1'h1;
  assign \$740  = cbit + 1'h1;
  assign \$741  = ~ wvalid;
  assign \$742  = wbit == p_ob1;
  assign \$743  = paddr + instr[70:55];
  assign \$744  = \$signal$63  & at_end;
  assign \$745  = lp_left - 1'h1;
  assign \$746  = lp_left == 2'h2;
  assign \$747  = \$signal$67  + \$signal$222 ;
  assign \$748  = \$signal$71  + \$signal$223 ;
  assign \$749  = \$signal$73  + \$signal$224 ;
  assign \$750  = \$signal$69  + \$signal$225 ;
  assign \$752  = \$751  ? thresh_l1[23:0] : thresh_l0[23:0];
  assign \$754  = \$753  ? thresh_l1[47:24] : thresh_l0[47:24];
  assign \$756  = \$755  ? thresh_l1[71:48] : thresh_l0[71:48];
  assign \$758  = \$757  ? thresh_l1[95:72] : thresh_l0[95:72];
  assign \$760  = \$759  ? thresh_l1[119:96] : thresh_l0[119:96];
  assign \$762  = \$761  ? thresh_l1[143:120] : thresh_l0[143:120];
  assign \$764  = \$763  ? thresh_l1[167:144] : thresh_l0[167:144];
  assign \$766  = \$765  ? thresh_l1[191:168] : thresh_l0[191:168];
  assign \$768  = \$767  ? thresh_l1[215:192] : thresh_l0[215:192];
  assign \$770  = \$769  ? thresh_l1[239:216] : thresh_l0[239:216];
  assign \$772  = \$771  ? thresh_l1[263:240] : thresh_l0[263:240];
  assign \$774  = \$773  ? thresh_l1[287:264] : thresh_l0[287:264];
  assign \$776  = \$775  ? thresh_l1[311:288] : thresh_l0[311:288];
  assign \$778  = \$777  ? thresh_l1[335:312] : thresh_l0[335:312];
  assign \$780  = \$779  ? thresh_l1[359:336] : thresh_l0[359:336];
  assign \$782  = \$781  ? thresh_l1[383:360] : thresh_l0[383:360];
  assign \$783  = p_res ? { \$782 , \$780 , \$778 , \$776 , \$774 , \$772 , \$770 , \$768 , \$766 , \$764 , \$762 , \$760 , \$758 , \$756 , \$754 , \$752  } : thresh_l0;
  assign \$785  = ! state;
  assign \$786  = state == 3'h6;
  assign \$787  = \$785  | \$786 ;
  assign \$788  = state == 3'h7;
  assign \$789  = \$787  | \$788 ;
  assign \$790  = \$789  & start;
  assign \$791  = ctr_cycles + inc_q_cycles;
  assign \$792  = ! state;
  assign \$793  = state == 3'h6;
  assign \$794  = \$792  | \$793 ;
  assign \$795  = state == 3'h7;
  assign \$796  = \$794  | \$795 ;
  assign \$797  = \$796  & start;
  assign \$798  = ctr_instructions + inc_q_instructions;
  assign \$799  = ! state;
  assign \$800  = state == 3'h6;
  assign \$801  = \$799  | \$800 ;
  assign \$802  = state == 3'h7;
  assign \$803  = \$801  | \$802 ;
  assign \$804  = \$803  & start;
  assign \$805  = ctr_load_busy + inc_q_load_busy;
  assign \$806  = ! state;
  assign \$807  = state == 3'h6;
  assign \$808  = \$806  | \$807 ;
  assign \$809  = state == 3'h7;
  assign \$810  = \$808  | \$809 ;
  assign \$811  = \$810  & start;
  assign \$812  = ctr_load_stall + inc_q_load_stall;
  assign \$813  = ! state;
  assign \$814  = state == 3'h6;
  assign \$815  = \$813  | \$814 ;
  assign \$816  = state == 3'h7;
  assign \$817  = \$815  | \$816 ;
  assign \$818  = \$817  & start;
  assign \$819  = ctr_store_busy + inc_q_store_busy;
  assign \$820  = ! state;
  assign \$821  = state == 3'h6;
  assign \$822  = \$820  | \$821 ;
  assign \$823  = state == 3'h7;
  assign \$824  = \$822  | \$823 ;
  assign \$825  = \$824  & start;
  assign \$826  = ctr_store_stall + inc_q_store_stall;
  assign \$827  = ! state;
  assign \$828  = state == 3'h6;
  assign \$829  = \$827  | \$828 ;
  assign \$830  = state == 3'h7;
  assign \$831  = \$829  | \$830 ;
  assign \$832  = \$831  & start;
  assign \$833  = ctr_gemm_busy + inc_q_gemm_busy;
  assign \$834  = ! state;
  assign \$835  = state == 3'h6;
  assign \$836  = \$834  | \$835 ;
  assign \$837  = state == 3'h7;
  assign \$838  = \$836  | \$837 ;
  assign \$839  = \$838  & start;
  assign \$840  = ctr_gemm_stall + inc_q_gemm_stall;
  assign \$841  = ! state;
  assign \$842  = state == 3'h6;
  assign \$843  = \$841  | \$842 ;
  assign \$844  = state == 3'h7;
  assign \$845  = \$843  | \$844 ;
  assign \$846  = \$845  & start;
  assign \$847  = ctr_post_busy + inc_q_post_busy;
  assign \$848  = ! state;
  assign \$849  = state == 3'h6;
  assign \$850  = \$848  | \$849 ;
  assign \$851  = state == 3'h7;
  assign \$852  = \$850  | \$851 ;
  assign \$853  = \$852  & start;
  assign \$854  = ctr_post_stall + inc_q_post_stall;
  assign \$855  = ! state;
  assign \$856  = state == 3'h6;
  assign \$857  = \$855  | \$856 ;
  assign \$858  = state == 3'h7;
  assign \$859  = \$857  | \$858 ;
  assign \$860  = \$859  & start;
  assign \$861  = ctr_sram_act_reads + inc_q_sram_act_reads;
  assign \$862  = ! state;
  assign \$863  = state == 3'h6;
  assign \$864  = \$862  | \$863 ;
  assign \$865  = state == 3'h7;
  assign \$866  = \$864  | \$865 ;
  assign \$867  = \$866  & start;
  assign \$868  = ctr_sram_act_writes + inc_q_sram_act_writes;
  assign \$869  = ! state;
  assign \$870  = state == 3'h6;
  assign \$871  = \$869  | \$870 ;
  assign \$872  = state == 3'h7;
  assign \$873  = \$871  | \$872 ;
  assign \$874  = \$873  & start;
  assign \$875  = ctr_sram_weight_reads + inc_q_sram_weight_reads;
  assign \$876  = ! state;
  assign \$877  = state == 3'h6;
  assign \$878  = \$876  | \$877 ;
  assign \$879  = state == 3'h7;
  assign \$880  = \$878  | \$879 ;
  assign \$881  = \$880  & start;
  assign \$882  = ctr_sram_weight_writes + inc_q_sram_weight_writes;
  assign \$883  = ! state;
  assign \$884  = state == 3'h6;
  assign \$885  = \$883  | \$884 ;
  assign \$886  = state == 3'h7;
  assign \$887  = \$885  | \$886 ;
  assign \$888  = \$887  & start;
  assign \$889  = ctr_sram_thresh_reads + inc_q_sram_thresh_reads;
  assign \$890  = ! state;
  assign \$891  = state == 3'h6;
  assign \$892  = \$890  | \$891 ;
  assign \$893  = state == 3'h7;
  assign \$894  = \$892  | \$893 ;
  assign \$895  = \$894  & start;
  assign \$896  = ctr_sram_thresh_writes + inc_q_sram_thresh_writes;
  assign \$897  = ! state;
  assign \$898  = state == 3'h6;
  assign \$899  = \$897  | \$898 ;
  assign \$900  = state == 3'h7;
  assign \$901  = \$899  | \$900 ;
  assign \$902  = \$901  & start;
  assign \$903  = ctr_sram_out_reads + inc_q_sram_out_reads;
  assign \$904  = ! state;
  assign \$905  = state == 3'h6;
  assign \$906  = \$904  | \$905 ;
  assign \$907  = state == 3'h7;
  assign \$908  = \$906  | \$907 ;
  assign \$909  = \$908  & start;
  assign \$910  = ctr_sram_out_writes + inc_q_sram_out_writes;
  assign \$911  = ! state;
  assign \$912  = state == 3'h6;
  assign \$913  = \$911  | \$912 ;
  assign \$914  = state == 3'h7;
  assign \$915  = \$913  | \$914 ;
  assign \$916  = \$915  & start;
  assign \$917  = ctr_threshold_ops + inc_q_threshold_ops;
  always @(posedge clk)
    \$signature__addr$25  <= thresh_out_addr_req;
  always @(posedge clk)
    \$signature__data$27  <= thresh_out_data_req;
  always @(posedge clk)
    \$signature__en$29  <= \$918 ;
  always @(posedge clk)
    \$signature__addr$31  <= act_addr_req;
  always @(posedge clk)
    \$signature__data$33  <= act_data_req;
  always @(posedge clk)
    \$signature__en$35  <= \$919 ;
  always @(posedge clk)
    \$signature__addr$37  <= weight_addr_req;
  always @(posedge clk)
    \$signature__data$39  <= weight_data_req;
  always @(posedge clk)
    \$signature__en$41  <= \$920 ;
  always @(posedge clk)
    at_end <= \$921 ;
  always @(posedge clk)
    ir__addr <= \$922 ;
  always @(posedge clk)
    pc <= \$923 ;
  always @(posedge clk)
    ctr_group0 <= \$924 ;
  always @(posedge clk)
    ctr_group1 <= \$925 ;
  always @(posedge clk)
    ctr_group2 <= \$926 ;
  always @(posedge clk)
    ctr_group3 <= \$927 ;
  always @(posedge clk)
    ctr_group4 <= \$928 ;
  always @(posedge clk)
    sel_q <= \$929 ;
  always @(posedge clk)
    ctr_value <= \$930 ;
  always @(posedge clk)
    act_q <= \$931 ;
  always @(posedge clk)
    w_in <= wgt_r__data;
  always @(posedge clk)
    \$signal  <= \$932 ;
  always @(posedge clk)
    pad_word_q <= \$933 ;
  always @(posedge clk)
    valid <= \$934 ;
  always @(posedge clk)
    zero <= \$935 ;
  always @(posedge clk)
    plane <= \$936 ;
  always @(posedge clk)
    \$signal$204  <= \$937 ;
  always @(posedge clk)
    cz <= \$938 ;
  always @(posedge clk)
    ir_q <= \$939 ;
  always @(posedge clk)
    nxt <= \$940 ;
  always @(posedge clk)
    n_is <= \$941 ;
  always @(posedge clk)
    n_bad <= \$942 ;
  always @(posedge clk)
    n_nb1 <= \$943 ;
  always @(posedge clk)
    n_rd_len <= \$944 ;
  always @(posedge clk)
    n_t_base <= \$945 ;
  always @(posedge clk)
    n_pitch <= \$946 ;
  always @(posedge clk)
    n_pad_last <= \$947 ;
  always @(posedge clk)
    \$like$216  <= \$948 ;
  always @(posedge clk)
    \$like$217  <= \$949 ;
  always @(posedge clk)
    n_res <= \$950 ;
  always @(posedge clk)
    \$signal$219  <= \$951 ;
  always @(posedge clk)
    n_ob1 <= \$952 ;
  always @(posedge clk)
    state <= \$953 ;
  always @(posedge clk)
    t <= \$954 ;
  always @(posedge clk)
    \$signal$63  <= \$955 ;
  always @(posedge clk)
    instr <= \$956 ;
  always @(posedge clk)
    lp_left <= \$957 ;
  always @(posedge clk)
    \$like  <= \$958 ;
  always @(posedge clk)
    lp_end <= \$959 ;
  always @(posedge clk)
    \$signal$66  <= \$960 ;
  always @(posedge clk)
    \$signal$70  <= \$961 ;
  always @(posedge clk)
    \$signal$72  <= \$962 ;
  always @(posedge clk)
    \$signal$68  <= \$963 ;
  always @(posedge clk)
    \$signal$222  <= \$964 ;
  always @(posedge clk)
    \$signal$223  <= \$965 ;
  always @(posedge clk)
    \$signal$224  <= \$966 ;
  always @(posedge clk)
    \$signal$225  <= \$967 ;
  always @(posedge clk)
    \$signal$67  <= \$968 ;
  always @(posedge clk)
    \$signal$71  <= \$969 ;
  always @(posedge clk)
    \$signal$73  <= \$970 ;
  always @(posedge clk)
    \$signal$69  <= \$971 ;
  always @(posedge clk)
    lp_once <= \$972 ;
  always @(posedge clk)
    nb1 <= \$973 ;
  always @(posedge clk)
    \$signal$227  <= \$974 ;
  always @(posedge clk)
    b1 <= \$975 ;
  always @(posedge clk)
    rd_len <= \$976 ;
  always @(posedge clk)
    req_more <= \$977 ;
  always @(posedge clk)
    req_cnt <= \$978 ;
  always @(posedge clk)
    req_addr <= \$979 ;
  always @(posedge clk)
    rx_bank <= \$980 ;
  always @(posedge clk)
    rx_word <= \$981 ;
  always @(posedge clk)
    rx_beat <= \$982 ;
  always @(posedge clk)
    rx_bl <= \$983 ;
  always @(posedge clk)
    rx_oh <= \$984 ;
  always @(posedge clk)
    \$signal$86  <= \$985 ;
  always @(posedge clk)
    rx_blast <= \$986 ;
  always @(posedge clk)
    \$signal$231  <= \$987 ;
  always @(posedge clk)
    tx_word <= \$988 ;
  always @(posedge clk)
    tx_beat <= \$989 ;
  always @(posedge clk)
    \$signal$233  <= \$990 ;
  always @(posedge clk)
    s_cur <= \$991 ;
  always @(posedge clk)
    \$signal$235  <= \$992 ;
  always @(posedge clk)
    \$signal$236  <= \$993 ;
  always @(posedge clk)
    tx_kl <= \$994 ;
  always @(posedge clk)
    t_row <= \$995 ;
  always @(posedge clk)
    \$signal$166  <= \$996 ;
  always @(posedge clk)
    thr_ptr <= \$997 ;
  always @(posedge clk)
    issuing <= \$998 ;
  always @(posedge clk)
    \$signal$239  <= \$999 ;
  always @(posedge clk)
    \$signal$240  <= \$1000 ;
  always @(posedge clk)
    \$signal$104  <= \$1001 ;
  always @(posedge clk)
    pad_d <= \$1002 ;
  always @(posedge clk)
    wgt_r__addr <= \$1003 ;
  always @(posedge clk)
    p <= \$1004 ;
  always @(posedge clk)
    \$signal$242  <= \$1005 ;
  always @(posedge clk)
    \$signal$243  <= \$1006 ;
  always @(posedge clk)
    kh1 <= \$1007 ;
  always @(posedge clk)
    tail <= \$1008 ;
  always @(posedge clk)
    \$signal$245  <= \$1009 ;
  always @(posedge clk)
    \$signal$246  <= \$1010 ;
  always @(posedge clk)
    ky <= \$1011 ;
  always @(posedge clk)
    \$signal$120  <= \$1012 ;
  always @(posedge clk)
    ix <= \$1013 ;
  always @(posedge clk)
    \$signal$248  <= \$1014 ;
  always @(posedge clk)
    \$signal$249  <= \$1015 ;
  always @(posedge clk)
    \$signal$250  <= \$1016 ;
  always @(posedge clk)
    \$signal$251  <= \$1017 ;
  always @(posedge clk)
    plane_base <= \$1018 ;
  always @(posedge clk)
    \$signal$253  <= \$1019 ;
  always @(posedge clk)
    pitch <= \$1020 ;
  always @(posedge clk)
    p_pad_last <= \$1021 ;
  always @(posedge clk)
    crow <= \$1022 ;
  always @(posedge clk)
    cbit <= \$1023 ;
  always @(posedge clk)
    svalid <= \$1024 ;
  always @(posedge clk)
    wvalid <= \$1025 ;
  always @(posedge clk)
    paddr <= \$1026 ;
  always @(posedge clk)
    p_lv <= \$1027 ;
  always @(posedge clk)
    p_cmp <= \$1028 ;
  always @(posedge clk)
    p_ob1 <= \$1029 ;
  always @(posedge clk)
    p_shift_c0_keep <= \$1030 ;
  always @(posedge clk)
    p_shift_c1_keep <= \$1031 ;
  always @(posedge clk)
    p_shift_c2_keep <= \$1032 ;
  always @(posedge clk)
    p_shift_c3_keep <= \$1033 ;
  always @(posedge clk)
    p_shift_c4_keep <= \$1034 ;
  always @(posedge clk)
    p_shift_c5_keep <= \$1035 ;
  always @(posedge clk)
    p_shift_c6_keep <= \$1036 ;
  always @(posedge clk)
    p_shift_c7_keep <= \$1037 ;
  always @(posedge clk)
    p_shift_c8_keep <= \$1038 ;
  always @(posedge clk)
    p_shift_c9_keep <= \$1039 ;
  always @(posedge clk)
    p_shift_c10_keep <= \$1040 ;
  always @(posedge clk)
    p_shift_c11_keep <= \$1041 ;
  always @(posedge clk)
    p_shift_c12_keep <= \$1042 ;
  always @(posedge clk)
    p_shift_c13_keep <= \$1043 ;
  always @(posedge clk)
    p_shift_c14_keep <= \$1044 ;
  always @(posedge clk)
    p_shift_c15_keep <= \$1045 ;
  always @(posedge clk)
    p_res <= \$1046 ;
  always @(posedge clk)
    asm <= \$1047 ;
  always @(posedge clk)
    \$signal$260  <= \$1048 ;
  always @(posedge clk)
    o_beat <= \$1049 ;
  always @(posedge clk)
    o_addr <= \$1050 ;
  always @(posedge clk)
    o_last <= \$1051 ;
  always @(posedge clk)
    o_addr2 <= \$1052 ;
  always @(posedge clk)
    \$signal$265  <= \$1053 ;
  always @(posedge clk)
    o_bank2 <= \$1054 ;
  always @(posedge clk)
    o_beat2 <= \$1055 ;
  always @(posedge clk)
    thresh_l0 <= \$1056 ;
  always @(posedge clk)
    o_addr3 <= \$1057 ;
  always @(posedge clk)
    \$signal$117  <= \$1058 ;
  always @(posedge clk)
    o_data3 <= \$1059 ;
  always @(posedge clk)
    cp <= \$1060 ;
  always @(posedge clk)
    pad_word_d <= \$1061 ;
  always @(posedge clk)
    thresh_l1 <= \$1062 ;
  always @(posedge clk)
    thresh_l2 <= \$1063 ;
  always @(posedge clk)
    sc_bits <= \$1064 ;
  always @(posedge clk)
    old_bits <= \$1065 ;
  always @(posedge clk)
    thr0_q <= \$1066 ;
  always @(posedge clk)
    acc <= \$1067 ;
  always @(posedge clk)
    srow <= \$1068 ;
  always @(posedge clk)
    sbit <= \$1069 ;
  always @(posedge clk)
    y_q <= \$1070 ;
  always @(posedge clk)
    scores_q <= \$1071 ;
  always @(posedge clk)
    wrow <= \$1072 ;
  always @(posedge clk)
    wbit <= \$1073 ;
  always @(posedge clk)
    counting <= \$1074 ;
  always @(posedge clk)
    inc_q_cycles <= \$1075 ;
  always @(posedge clk)
    ctr_cycles <= \$1076 ;
  always @(posedge clk)
    inc_q_instructions <= \$1077 ;
  always @(posedge clk)
    ctr_instructions <= \$1078 ;
  always @(posedge clk)
    inc_q_load_busy <= \$1079 ;
  always @(posedge clk)
    ctr_load_busy <= \$1080 ;
  always @(posedge clk)
    inc_q_load_stall <= \$1081 ;
  always @(posedge clk)
    ctr_load_stall <= \$1082 ;
  always @(posedge clk)
    inc_q_store_busy <= \$1083 ;
  always @(posedge clk)
    ctr_store_busy <= \$1084 ;
  always @(posedge clk)
    inc_q_store_stall <= \$1085 ;
  always @(posedge clk)
    ctr_store_stall <= \$1086 ;
  always @(posedge clk)
    inc_q_gemm_busy <= \$1087 ;
  always @(posedge clk)
    ctr_gemm_busy <= \$1088 ;
  always @(posedge clk)
    inc_q_gemm_stall <= \$1089 ;
  always @(posedge clk)
    ctr_gemm_stall <= \$1090 ;
  always @(posedge clk)
    inc_q_post_busy <= \$1091 ;
  always @(posedge clk)
    ctr_post_busy <= \$1092 ;
  always @(posedge clk)
    inc_q_post_stall <= \$1093 ;
  always @(posedge clk)
    ctr_post_stall <= \$1094 ;
  always @(posedge clk)
    inc_q_sram_act_reads <= \$1095 ;
  always @(posedge clk)
    ctr_sram_act_reads <= \$1096 ;
  always @(posedge clk)
    inc_q_sram_act_writes <= \$1097 ;
  always @(posedge clk)
    ctr_sram_act_writes <= \$1098 ;
  always @(posedge clk)
    inc_q_sram_weight_reads <= \$1099 ;
  always @(posedge clk)
    ctr_sram_weight_reads <= \$1100 ;
  always @(posedge clk)
    inc_q_sram_weight_writes <= \$1101 ;
  always @(posedge clk)
    ctr_sram_weight_writes <= \$1102 ;
  always @(posedge clk)
    inc_q_sram_thresh_reads <= \$1103 ;
  always @(posedge clk)
    ctr_sram_thresh_reads <= \$1104 ;
  always @(posedge clk)
    inc_q_sram_thresh_writes <= \$1105 ;
  always @(posedge clk)
    ctr_sram_thresh_writes <= \$1106 ;
  always @(posedge clk)
    inc_q_sram_out_reads <= \$1107 ;
  always @(posedge clk)
    ctr_sram_out_reads <= \$1108 ;
  always @(posedge clk)
    inc_q_sram_out_writes <= \$1109 ;
  always @(posedge clk)
    ctr_sram_out_writes <= \$1110 ;
  always @(posedge clk)
    inc_q_threshold_ops <= \$1111 ;
  always @(posedge clk)
    ctr_threshold_ops <= \$1112 ;
  \accel_top.array  array (
    .a_in(a_in),
    .acc(\acc$269 ),
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
    .\port$3916$0 (p_shift_c0_keep),
    .\port$3918$0 (p_shift_c1_keep),
    .\port$3920$0 (p_shift_c2_keep),
    .\port$3922$0 (p_shift_c3_keep),
    .\port$3924$0 (p_shift_c4_keep),
    .\port$3926$0 (p_shift_c5_keep),
    .\port$3928$0 (p_shift_c6_keep),
    .\port$3930$0 (p_shift_c7_keep),
    .\port$3932$0 (p_shift_c8_keep),
    .\port$3934$0 (p_shift_c9_keep),
    .\port$3936$0 (p_shift_c10_keep),
    .\port$3938$0 (p_shift_c11_keep),
    .\port$3940$0 (p_shift_c12_keep),
    .\port$3942$0 (p_shift_c13_keep),
    .\port$3944$0 (p_shift_c14_keep),
    .\port$3946$0 (p_shift_c15_keep),
    .\port$3980$0 (thresh_l1),
    .\port$3982$0 (thresh_l2),
    .\port$3988$0 (thr0_q),
    .scores(scores),
    .y(y)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (o_bank2[0])
      1'h0:
          \$106  = act_q[63:0];
      1'h1:
          \$106  = act_q[127:64];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$151  = 16'h0000;
    casez (wrow)
      2'h0:
          \$151  = old_bits[15:0];
      2'h1:
          \$151  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$171  = 16'h0000;
    casez (wrow)
      2'h0:
          \$171  = old_bits[15:0];
      2'h1:
          \$171  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$191  = 16'h0000;
    casez (wrow)
      2'h0:
          \$191  = old_bits[15:0];
      2'h1:
          \$191  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$211  = 16'h0000;
    casez (wrow)
      2'h0:
          \$211  = old_bits[15:0];
      2'h1:
          \$211  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$231  = 16'h0000;
    casez (wrow)
      2'h0:
          \$231  = old_bits[15:0];
      2'h1:
          \$231  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$251  = 16'h0000;
    casez (wrow)
      2'h0:
          \$251  = old_bits[15:0];
      2'h1:
          \$251  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$271  = 16'h0000;
    casez (wrow)
      2'h0:
          \$271  = old_bits[15:0];
      2'h1:
          \$271  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$291  = 16'h0000;
    casez (wrow)
      2'h0:
          \$291  = old_bits[15:0];
      2'h1:
          \$291  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$354  = ctr_cycles;
      2'h1:
          \$354  = ctr_instructions;
      2'h2:
          \$354  = ctr_load_busy;
      2'h3:
          \$354  = ctr_load_stall;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$355  = ctr_store_busy;
      2'h1:
          \$355  = ctr_store_stall;
      2'h2:
          \$355  = ctr_gemm_busy;
      2'h3:
          \$355  = ctr_gemm_stall;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$356  = ctr_post_busy;
      2'h1:
          \$356  = ctr_post_stall;
      2'h2:
          \$356  = ctr_sram_act_reads;
      2'h3:
          \$356  = ctr_sram_act_writes;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$357  = ctr_sram_weight_reads;
      2'h1:
          \$357  = ctr_sram_weight_writes;
      2'h2:
          \$357  = ctr_sram_thresh_reads;
      2'h3:
          \$357  = ctr_sram_thresh_writes;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$358  = 48'h000000000000;
    casez (ctr_sel[1:0])
      2'h0:
          \$358  = ctr_sram_out_reads;
      2'h1:
          \$358  = ctr_sram_out_writes;
      2'h2:
          \$358  = ctr_threshold_ops;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$359  = 48'h000000000000;
    casez (sel_q)
      3'h0:
          \$359  = ctr_group0;
      3'h1:
          \$359  = ctr_group1;
      3'h2:
          \$359  = ctr_group2;
      3'h3:
          \$359  = ctr_group3;
      3'h4:
          \$359  = ctr_group4;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ir_q[54:51])
      4'h0:
          \$592  = 15'h0000;
      4'h1:
          \$592  = 15'h0001;
      4'h2:
          \$592  = 15'h0003;
      4'h3:
          \$592  = 15'h0007;
      4'h4:
          \$592  = 15'h000f;
      4'h5:
          \$592  = 15'h001f;
      4'h6:
          \$592  = 15'h003f;
      4'h7:
          \$592  = 15'h007f;
      4'h8:
          \$592  = 15'h00ff;
      4'h9:
          \$592  = 15'h01ff;
      4'ha:
          \$592  = 15'h03ff;
      4'hb:
          \$592  = 15'h07ff;
      4'hc:
          \$592  = 15'h0fff;
      4'hd:
          \$592  = 15'h1fff;
      4'he:
          \$592  = 15'h3fff;
      4'hf:
          \$592  = 15'h7fff;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ir_q[54:51])
      4'h0:
          \$596  = 15'h0000;
      4'h1:
          \$596  = 15'h0001;
      4'h2:
          \$596  = 15'h0003;
      4'h3:
          \$596  = 15'h0007;
      4'h4:
          \$596  = 15'h000f;
      4'h5:
          \$596  = 15'h001f;
      4'h6:
          \$596  = 15'h003f;
      4'h7:
          \$596  = 15'h007f;
      4'h8:
          \$596  = 15'h00ff;
      4'h9:
          \$596  = 15'h01ff;
      4'ha:
          \$596  = 15'h03ff;
      4'hb:
          \$596  = 15'h07ff;
      4'hc:
          \$596  = 15'h0fff;
      4'hd:
          \$596  = 15'h1fff;
      4'he:
          \$596  = 15'h3fff;
      4'hf:
          \$596  = 15'h7fff;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$684  = 64'h0000000000000000;
    casez (o_beat2)
      3'h0:
          \$684  = store_out[63:0];
      3'h1:
          \$684  = store_out[127:64];
      3'h2:
          \$684  = store_out[191:128];
      3'h3:
          \$684  = store_out[255:192];
      3'h4:
          \$684  = store_out[319:256];
      3'h5:
          \$684  = store_out[383:320];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$729  = 16'h0000;
    casez (instr[49:42])
      8'h00:
          \$729  = act_q[15:0];
      8'h01:
          \$729  = act_q[31:16];
      8'h02:
          \$729  = act_q[47:32];
      8'h03:
          \$729  = act_q[63:48];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$730  = 16'h0000;
    casez (instr[49:42])
      8'h00:
          \$730  = act_q[79:64];
      8'h01:
          \$730  = act_q[95:80];
      8'h02:
          \$730  = act_q[111:96];
      8'h03:
          \$730  = act_q[127:112];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$735  = 16'h0000;
    casez (instr[49:42])
      8'h00:
          \$735  = act_q[15:0];
      8'h01:
          \$735  = act_q[31:16];
      8'h02:
          \$735  = act_q[47:32];
      8'h03:
          \$735  = act_q[63:48];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$736  = 16'h0000;
    casez (instr[49:42])
      8'h00:
          \$736  = act_q[79:64];
      8'h01:
          \$736  = act_q[95:80];
      8'h02:
          \$736  = act_q[111:96];
      8'h03:
          \$736  = act_q[127:112];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$751  = 1'h0;
    casez (crow)
      2'h0:
          \$751  = sc_bits[0];
      2'h1:
          \$751  = sc_bits[16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$753  = 1'h0;
    casez (crow)
      2'h0:
          \$753  = sc_bits[1];
      2'h1:
          \$753  = sc_bits[17];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$755  = 1'h0;
    casez (crow)
      2'h0:
          \$755  = sc_bits[2];
      2'h1:
          \$755  = sc_bits[18];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$757  = 1'h0;
    casez (crow)
      2'h0:
          \$757  = sc_bits[3];
      2'h1:
          \$757  = sc_bits[19];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$759  = 1'h0;
    casez (crow)
      2'h0:
          \$759  = sc_bits[4];
      2'h1:
          \$759  = sc_bits[20];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$761  = 1'h0;
    casez (crow)
      2'h0:
          \$761  = sc_bits[5];
      2'h1:
          \$761  = sc_bits[21];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$763  = 1'h0;
    casez (crow)
      2'h0:
          \$763  = sc_bits[6];
      2'h1:
          \$763  = sc_bits[22];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$765  = 1'h0;
    casez (crow)
      2'h0:
          \$765  = sc_bits[7];
      2'h1:
          \$765  = sc_bits[23];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$767  = 1'h0;
    casez (crow)
      2'h0:
          \$767  = sc_bits[8];
      2'h1:
          \$767  = sc_bits[24];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$769  = 1'h0;
    casez (crow)
      2'h0:
          \$769  = sc_bits[9];
      2'h1:
          \$769  = sc_bits[25];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$771  = 1'h0;
    casez (crow)
      2'h0:
          \$771  = sc_bits[10];
      2'h1:
          \$771  = sc_bits[26];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$773  = 1'h0;
    casez (crow)
      2'h0:
          \$773  = sc_bits[11];
      2'h1:
          \$773  = sc_bits[27];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$775  = 1'h0;
    casez (crow)
      2'h0:
          \$775  = sc_bits[12];
      2'h1:
          \$775  = sc_bits[28];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$777  = 1'h0;
    casez (crow)
      2'h0:
          \$777  = sc_bits[13];
      2'h1:
          \$777  = sc_bits[29];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$779  = 1'h0;
    casez (crow)
      2'h0:
          \$779  = sc_bits[14];
      2'h1:
          \$779  = sc_bits[30];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$781  = 1'h0;
    casez (crow)
      2'h0:
          \$781  = sc_bits[15];
      2'h1:
          \$781  = sc_bits[31];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$784  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    casez (crow)
      2'h0:
          \$784  = \acc$269 [383:0];
      2'h1:
          \$784  = \acc$269 [767:384];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    pc_next = pc;
    casez (state)
      4'h0, 4'h6, 4'h7:
          if (start) begin
            pc_next = 11'h000;
          end
    endcase
    if (finish) begin
      pc_next = \$320 [10:0];
      if (\$321 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          pc_next = \$like ;
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
          bad = \$41 ;
      4'h4:
          bad = \$57 ;
      4'h5:
          bad = 1'h0;
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
          if (\$58 ) begin
            finish = 1'h1;
          end
      4'h2:
          if (mem_rd_data_valid) begin
            if (rx_bl) begin
              if (\$59 ) begin
                if (rx_blast) begin
                  finish = 1'h1;
                end
              end
            end
          end
      4'h3:
          if (\$110 ) begin
            if (\$signal$117 ) begin
              finish = 1'h1;
            end
          end
      4'h4:
          (* full_case = 32'd1 *)
          if (issuing) begin
          end else begin
            if (\$119 ) begin
              finish = 1'h1;
            end
          end
      4'h5:
          (* full_case = 32'd1 *)
          if (\$127 ) begin
          end else begin
            if (\$318 ) begin
              if (\$319 ) begin
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
          mem_rd_addr = req_addr;
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
    full = 64'h0000000000000000;
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
                    act_addr_req = \$60 [7:0];
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$127 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$130 ) begin
            end else begin
              act_addr_req = paddr[7:0];
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    act_data_req = 128'h00000000000000000000000000000000;
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
                    act_data_req = { full, full };
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$127 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$130 ) begin
            end else begin
              act_data_req = { \$293 , \$273 , \$253 , \$233 , \$213 , \$193 , \$173 , \$153  };
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    act_en_req = 8'h00;
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
                    act_en_req = { \$68 , \$67 , \$66 , \$65 , \$64 , \$63 , \$62 , \$61  };
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$127 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$130 ) begin
            end else begin
              act_en_req = { \$317 , \$314 , \$311 , \$308 , \$305 , \$302 , \$299 , \$296  };
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
          if (\$127 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$130 ) begin
            end else begin
              inc_sram_act_writes = 16'h0001;
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    weight_addr_req = 9'h000;
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
                    weight_addr_req = \$69 [8:0];
              endcase
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    weight_data_req = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
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
                    weight_data_req = { full, full, full, full, full, full, full, full, full, full, full, full, full, full, full, full };
              endcase
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    weight_en_req = 16'h0000;
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
                    weight_en_req = { \$85 , \$84 , \$83 , \$82 , \$81 , \$80 , \$79 , \$78 , \$77 , \$76 , \$75 , \$74 , \$73 , \$72 , \$71 , \$70  };
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
    thresh_out_addr_req = 9'h000;
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
                    thresh_out_addr_req = \$86 [8:0];
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$127 ) begin
          end else begin
            if (\$130 ) begin
              thresh_out_addr_req = \$133 [8:0];
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    thresh_out_data_req = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
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
                    thresh_out_data_req = { full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0] };
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$127 ) begin
          end else begin
            if (\$130 ) begin
              thresh_out_data_req = scores_q;
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    thresh_out_en_req = 16'h0000;
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
                    thresh_out_en_req = { \$102 , \$101 , \$100 , \$99 , \$98 , \$97 , \$96 , \$95 , \$94 , \$93 , \$92 , \$91 , \$90 , \$89 , \$88 , \$87  };
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$127 ) begin
          end else begin
            if (\$130 ) begin
              thresh_out_en_req = 16'hffff;
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
          if (\$104 ) begin
            if (issuing) begin
              if (\$105 ) begin
                casez (instr[9:8])
                  2'h0:
                      inc_sram_act_reads = 16'h0001;
                endcase
              end
            end
          end
      4'h4:
          if (issuing) begin
            inc_sram_act_reads = { 14'h0000, \$118  };
          end
      4'h5:
          if (\$120 ) begin
            if (\$122 ) begin
              inc_sram_act_reads = 16'h0002;
            end
            if (\$126 ) begin
              inc_sram_act_reads = 16'h0002;
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
          if (\$104 ) begin
            if (issuing) begin
              if (\$105 ) begin
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
    store_act = 64'h0000000000000000;
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
          store_act = \$106 ;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    store_out = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
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
          rd_hold = \$109 ;
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
          mem_wr_valid = \$signal$104 ;
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
          mem_wr_addr = o_addr3;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    mem_wr_data = 64'h0000000000000000;
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
          if (\$110 ) begin
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
          if (\$110 ) begin
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
            inc_sram_weight_reads = 16'h0010;
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
          if (\$120 ) begin
            inc_sram_thresh_reads = 16'h0010;
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
          if (\$127 ) begin
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
          if (\$127 ) begin
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
          if (\$127 ) begin
          end else begin
            if (\$128 ) begin
              inc_threshold_ops = { 9'h000, \$129  };
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
          if (\$127 ) begin
          end else begin
            if (\$130 ) begin
              inc_sram_out_writes = 16'h0001;
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$918  = thresh_out_en_req;
    if (rst) begin
      \$918  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$919  = act_en_req;
    if (rst) begin
      \$919  = 8'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$920  = weight_en_req;
    if (rst) begin
      \$920  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$921  = \$340 ;
    if (rst) begin
      \$921  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$922  = \$353 [9:0];
    if (rst) begin
      \$922  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$923  = pc_next;
    if (rst) begin
      \$923  = 11'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$924  = \$354 ;
    if (rst) begin
      \$924  = 48'h000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$925  = \$355 ;
    if (rst) begin
      \$925  = 48'h000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$926  = \$356 ;
    if (rst) begin
      \$926  = 48'h000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$927  = \$357 ;
    if (rst) begin
      \$927  = 48'h000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$928  = \$358 ;
    if (rst) begin
      \$928  = 48'h000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$929  = ctr_sel[4:2];
    if (rst) begin
      \$929  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$930  = \$359 ;
    if (rst) begin
      \$930  = 48'h000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$931  = act_q;
    if (\$360 ) begin
      \$931  = act_r__data;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$932  = pad_d;
    if (rst) begin
      \$932  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$933  = pad_word_d;
    if (rst) begin
      \$933  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$934  = \$signal$204 ;
    if (rst) begin
      \$934  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$935  = cz;
    if (rst) begin
      \$935  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$936  = cp;
    if (rst) begin
      \$936  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$937  = 1'h0;
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
            \$937  = 1'h1;
          end
    endcase
    if (rst) begin
      \$937  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$938  = 1'h0;
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
                  \$938  = \$621 ;
            endcase
          end
    endcase
    if (rst) begin
      \$938  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$939  = ir__data;
    if (rst) begin
      \$939  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$940  = fetched;
    if (rst) begin
      \$940  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$941  = { \$366 , \$365 , \$364 , \$363 , \$362 , \$361  };
    if (rst) begin
      \$941  = 6'h00;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$942  = \$375 ;
    if (rst) begin
      \$942  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$943  = \$381 ;
    if (rst) begin
      \$943  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$944  = { 4'h0, \$393  };
    if (rst) begin
      \$944  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$945  = \$396 [8:0];
    if (rst) begin
      \$945  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$946  = \$397 [15:0];
    if (rst) begin
      \$946  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$947  = \$590 ;
    if (rst) begin
      \$947  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$948  = \$594 [1:0];
    if (rst) begin
      \$948  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$949  = \$599 [1:0];
    if (rst) begin
      \$949  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$950  = ir_q[71];
    if (rst) begin
      \$950  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$951  = \$601 ;
    if (rst) begin
      \$951  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$952  = \$604 [3:0];
    if (rst) begin
      \$952  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$953  = state;
    casez (state)
      4'h0, 4'h6, 4'h7:
          if (start) begin
            \$953  = 4'h8;
          end
      4'h8:
          if (\$606 ) begin
            \$953  = 4'h1;
          end
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
            \$953  = 4'h7;
          end else begin
            casez (n_is)
              6'b?1????:
                  \$953  = 4'h9;
              6'b?????1:
                  \$953  = 4'h2;
              6'b????1?:
                  \$953  = 4'h3;
              6'b???1??:
                  \$953  = 4'h4;
              6'b??1???:
                  \$953  = 4'h5;
              6'b1?????:
                  \$953  = 4'h6;
            endcase
          end
    endcase
    if (finish) begin
      \$953  = 4'h1;
    end
    if (rst) begin
      \$953  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$954  = t;
    casez (state)
      4'h0, 4'h6, 4'h7:
          if (start) begin
            \$954  = 3'h0;
          end
      4'h8:
          \$954  = \$605 [2:0];
      4'h1:
          \$954  = 3'h0;
      4'h9:
          \$954  = \$631 [2:0];
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          if (\$720 ) begin
            \$954  = \$721 [2:0];
          end
    endcase
    if (rst) begin
      \$954  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$955  = \$signal$63 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          if (start) begin
            \$955  = 1'h0;
          end
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (n_is)
              6'b?1????:
                  \$955  = 1'h1;
            endcase
          end
    endcase
    if (finish) begin
      if (\$744 ) begin
        if (lp_once) begin
          \$955  = 1'h0;
        end
      end
    end
    if (rst) begin
      \$955  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$956  = instr;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          \$956  = nxt;
    endcase
    if (rst) begin
      \$956  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$957  = lp_left;
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
                  \$957  = nxt[23:8];
            endcase
          end
    endcase
    if (finish) begin
      if (\$744 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$957  = \$745 [15:0];
        end
      end
    end
    if (rst) begin
      \$957  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$958  = \$like ;
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
                  \$958  = \$607 [10:0];
            endcase
          end
    endcase
    if (rst) begin
      \$958  = 11'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$959  = lp_end;
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
                  \$959  = \$608 [10:0];
            endcase
          end
    endcase
    if (rst) begin
      \$959  = 11'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$960  = \$signal$66 ;
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
                  \$960  = 16'h0000;
            endcase
          end
    endcase
    if (finish) begin
      if (\$744 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$960  = \$signal$67 ;
        end
      end
    end
    if (rst) begin
      \$960  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$961  = \$signal$70 ;
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
                  \$961  = 16'h0000;
            endcase
          end
    endcase
    if (finish) begin
      if (\$744 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$961  = \$signal$71 ;
        end
      end
    end
    if (rst) begin
      \$961  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$962  = \$signal$72 ;
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
                  \$962  = 16'h0000;
            endcase
          end
    endcase
    if (finish) begin
      if (\$744 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$962  = \$signal$73 ;
        end
      end
    end
    if (rst) begin
      \$962  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$963  = \$signal$68 ;
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
                  \$963  = 9'h000;
            endcase
          end
    endcase
    if (finish) begin
      if (\$744 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$963  = \$signal$69 ;
        end
      end
    end
    if (rst) begin
      \$963  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$964  = \$signal$222 ;
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
                  \$964  = nxt[47:32];
            endcase
          end
    endcase
    if (rst) begin
      \$964  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$965  = \$signal$223 ;
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
                  \$965  = nxt[72:57];
            endcase
          end
    endcase
    if (rst) begin
      \$965  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$966  = \$signal$224 ;
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
                  \$966  = nxt[88:73];
            endcase
          end
    endcase
    if (rst) begin
      \$966  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$967  = \$signal$225 ;
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
                  \$967  = nxt[56:48];
            endcase
          end
    endcase
    if (rst) begin
      \$967  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$968  = \$signal$67 ;
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
                  \$968  = nxt[47:32];
            endcase
          end
    endcase
    if (finish) begin
      if (\$744 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$968  = \$747 [15:0];
        end
      end
    end
    if (rst) begin
      \$968  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$969  = \$signal$71 ;
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
                  \$969  = nxt[72:57];
            endcase
          end
    endcase
    if (finish) begin
      if (\$744 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$969  = \$748 [15:0];
        end
      end
    end
    if (rst) begin
      \$969  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$970  = \$signal$73 ;
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
                  \$970  = nxt[88:73];
            endcase
          end
    endcase
    if (finish) begin
      if (\$744 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$970  = \$749 [15:0];
        end
      end
    end
    if (rst) begin
      \$970  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$971  = \$signal$69 ;
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
                  \$971  = nxt[56:48];
            endcase
          end
    endcase
    if (finish) begin
      if (\$744 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$971  = \$750 [8:0];
        end
      end
    end
    if (rst) begin
      \$971  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$972  = lp_once;
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
                  \$972  = \$609 ;
            endcase
          end
    endcase
    if (finish) begin
      if (\$744 ) begin
        (* full_case = 32'd1 *)
        if (lp_once) begin
        end else begin
          \$972  = \$746 ;
        end
      end
    end
    if (rst) begin
      \$972  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$973  = nb1;
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
                  \$973  = n_nb1;
              6'b????1?:
                  \$973  = n_nb1;
            endcase
          end
    endcase
    if (rst) begin
      \$973  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$974  = \$signal$227 ;
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
                  \$974  = \$610 [15:0];
              6'b????1?:
                  \$974  = \$616 [15:0];
              6'b???1??:
                  \$974  = { \$622 [11], \$622 [11], \$622 [11], \$622 [11], \$622  };
            endcase
          end
    endcase
    if (rst) begin
      \$974  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$975  = b1;
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
                  \$975  = \$611 ;
              6'b????1?:
                  \$975  = \$617 ;
            endcase
          end
    endcase
    if (rst) begin
      \$975  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$976  = rd_len;
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
                  \$976  = n_rd_len;
            endcase
          end
    endcase
    if (rst) begin
      \$976  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$977  = req_more;
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
                  \$977  = \$612 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (\$632 ) begin
            \$977  = \$635 ;
          end
    endcase
    if (rst) begin
      \$977  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$978  = req_cnt;
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
                  \$978  = 10'h000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (\$632 ) begin
            \$978  = \$633 [9:0];
          end
    endcase
    if (rst) begin
      \$978  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$979  = req_addr;
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
                  \$979  = nxt[82:51];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (\$632 ) begin
            \$979  = \$634 [31:0];
          end
    endcase
    if (rst) begin
      \$979  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$980  = rx_bank;
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
                  \$980  = 10'h000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (rx_bl) begin
              if (\$637 ) begin
                \$980  = \$638 [9:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$980  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$981  = rx_word;
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
                  \$981  = 16'h0000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (rx_bl) begin
              (* full_case = 32'd1 *)
              if (\$637 ) begin
                \$981  = 16'h0000;
              end else begin
                \$981  = \$642 [15:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$981  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$982  = rx_beat;
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
                  \$982  = 3'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            (* full_case = 32'd1 *)
            if (rx_bl) begin
              \$982  = 3'h0;
            end else begin
              \$982  = \$645 [2:0];
            end
          end
    endcase
    if (rst) begin
      \$982  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$983  = rx_bl;
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
                  \$983  = \$613 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            (* full_case = 32'd1 *)
            if (rx_bl) begin
              \$983  = \$636 ;
            end else begin
              \$983  = \$647 ;
            end
          end
    endcase
    if (rst) begin
      \$983  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$984  = rx_oh;
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
                  \$984  = 1'h1;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            (* full_case = 32'd1 *)
            if (rx_bl) begin
              \$984  = 1'h1;
            end else begin
              \$984  = \$648 [0];
            end
          end
    endcase
    if (rst) begin
      \$984  = 1'h1;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$985  = \$signal$86 ;
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
                  \$985  = \$614 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (rx_bl) begin
              (* full_case = 32'd1 *)
              if (\$637 ) begin
                \$985  = \$639 ;
              end else begin
                \$985  = \$644 ;
              end
            end
          end
    endcase
    if (rst) begin
      \$985  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$986  = rx_blast;
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
                  \$986  = \$615 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (rx_bl) begin
              if (\$637 ) begin
                \$986  = \$641 ;
              end
            end
          end
    endcase
    if (rst) begin
      \$986  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$987  = \$signal$231 ;
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
                  \$987  = 10'h000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$650 ) begin
            if (issuing) begin
              if (\$signal$235 ) begin
                if (\$signal$236 ) begin
                  \$987  = \$654 [9:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$987  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$988  = tx_word;
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
                  \$988  = 16'h0000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$650 ) begin
            if (issuing) begin
              if (\$signal$235 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$236 ) begin
                  \$988  = 16'h0000;
                end else begin
                  \$988  = \$669 [15:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$988  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$989  = tx_beat;
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
                  \$989  = 3'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$650 ) begin
            if (issuing) begin
              (* full_case = 32'd1 *)
              if (\$signal$235 ) begin
                \$989  = 3'h0;
              end else begin
                \$989  = \$675 [2:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$989  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$990  = \$signal$233 ;
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
                  \$990  = nxt[82:51];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$650 ) begin
            if (issuing) begin
              if (\$signal$235 ) begin
                if (\$signal$236 ) begin
                  \$990  = \$658 [31:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$990  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$991  = s_cur;
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
                  \$991  = nxt[82:51];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$650 ) begin
            if (issuing) begin
              (* full_case = 32'd1 *)
              if (\$signal$235 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$236 ) begin
                  \$991  = \$659 [31:0];
                end else begin
                  \$991  = \$670 [31:0];
                end
              end else begin
                \$991  = \$676 [31:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$991  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$992  = \$signal$235 ;
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
                  \$992  = \$618 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$650 ) begin
            if (issuing) begin
              (* full_case = 32'd1 *)
              if (\$signal$235 ) begin
                \$992  = \$653 ;
              end else begin
                \$992  = \$678 ;
              end
            end
          end
    endcase
    if (rst) begin
      \$992  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$993  = \$signal$236 ;
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
                  \$993  = \$619 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$650 ) begin
            if (issuing) begin
              if (\$signal$235 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$236 ) begin
                  \$993  = \$655 ;
                end else begin
                  \$993  = \$672 ;
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$993  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$994  = tx_kl;
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
                  \$994  = \$620 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$650 ) begin
            if (issuing) begin
              if (\$signal$235 ) begin
                if (\$signal$236 ) begin
                  \$994  = \$657 ;
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$994  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$995  = t_row;
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
                  \$995  = n_t_base;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$650 ) begin
            if (issuing) begin
              if (\$signal$235 ) begin
                if (\$signal$236 ) begin
                  \$995  = \$662 [8:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$995  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$996  = \$signal$166 ;
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
                  \$996  = { 7'h00, n_t_base };
              6'b???1??:
                  \$996  = nxt[26:11];
              6'b??1???:
                  \$996  = \$630 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$650 ) begin
            if (issuing) begin
              if (\$signal$235 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$236 ) begin
                  \$996  = { 6'h00, \$665  };
                end else begin
                  \$996  = \$673 [15:0];
                end
              end
            end
          end
      4'h4:
          if (issuing) begin
            \$996  = \$696 [15:0];
            if (\$signal$248 ) begin
              if (\$signal$249 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$250 ) begin
                  \$996  = \$702 [15:0];
                end else begin
                  \$996  = \$709 [15:0];
                end
              end
            end
          end
      4'h5:
          if (\$726 ) begin
            \$996  = instr[41:26];
          end
    endcase
    if (rst) begin
      \$996  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$997  = thr_ptr;
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
                  \$997  = { 7'h00, n_t_base };
              6'b???1??:
                  /* empty */;
              6'b??1???:
                  \$997  = nxt[25:10];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$650 ) begin
            if (issuing) begin
              if (\$signal$235 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$236 ) begin
                  \$997  = { 6'h00, \$668  };
                end else begin
                  \$997  = \$674 [15:0];
                end
              end
            end
          end
      4'h4:
          /* empty */;
      4'h5:
          \$997  = \$725 [15:0];
    endcase
    if (rst) begin
      \$997  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$998  = issuing;
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
                  \$998  = 1'h1;
              6'b???1??:
                  \$998  = 1'h1;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$650 ) begin
            if (issuing) begin
              if (\$680 ) begin
                \$998  = 1'h0;
              end
            end
          end
      4'h4:
          if (issuing) begin
            if (\$signal$248 ) begin
              if (\$signal$249 ) begin
                if (\$signal$250 ) begin
                  if (\$signal$251 ) begin
                    \$998  = 1'h0;
                  end
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$998  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$999  = \$signal$239 ;
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
                  \$999  = 1'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$650 ) begin
            (* full_case = 32'd1 *)
            if (issuing) begin
              \$999  = 1'h1;
            end else begin
              \$999  = 1'h0;
            end
          end
    endcase
    if (rst) begin
      \$999  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1000  = \$signal$240 ;
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
                  \$1000  = 1'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$682 ) begin
            \$1000  = \$signal$239 ;
          end
    endcase
    if (rst) begin
      \$1000  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1001  = \$signal$104 ;
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
                  \$1001  = 1'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$682 ) begin
            \$1001  = \$signal$240 ;
          end
    endcase
    if (rst) begin
      \$1001  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1002  = pad_d;
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
                  \$1002  = 1'h0;
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
            \$1002  = \$693 ;
          end
    endcase
    if (rst) begin
      \$1002  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1003  = wgt_r__addr;
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
                  \$1003  = nxt[35:27];
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
            \$1003  = \$695 [8:0];
            if (\$signal$248 ) begin
              if (\$signal$249 ) begin
                if (\$signal$250 ) begin
                  \$1003  = instr[35:27];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1003  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1004  = p;
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
                  \$1004  = 3'h0;
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
            if (\$signal$248 ) begin
              if (\$signal$249 ) begin
                if (\$signal$250 ) begin
                  \$1004  = \$699 [2:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1004  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1005  = \$signal$242 ;
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
                  \$1005  = \$623 [2:0];
            endcase
          end
    endcase
    if (rst) begin
      \$1005  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1006  = \$signal$243 ;
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
                  \$1006  = \$624 [2:0];
            endcase
          end
    endcase
    if (rst) begin
      \$1006  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1007  = kh1;
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
                  \$1007  = \$625 [2:0];
            endcase
          end
    endcase
    if (rst) begin
      \$1007  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1008  = tail;
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
                  \$1008  = 16'h0000;
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
            \$1008  = \$719 [15:0];
          end
    endcase
    if (rst) begin
      \$1008  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1009  = \$signal$245 ;
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
                  \$1009  = 11'h000;
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
            if (\$signal$248 ) begin
              \$1009  = 11'h000;
            end else begin
              \$1009  = \$716 [10:0];
            end
          end
    endcase
    if (rst) begin
      \$1009  = 11'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1010  = \$signal$246 ;
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
                  \$1010  = 3'h0;
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
            if (\$signal$248 ) begin
              (* full_case = 32'd1 *)
              if (\$signal$249 ) begin
                \$1010  = 3'h0;
              end else begin
                \$1010  = \$712 [2:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$1010  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1011  = ky;
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
                  \$1011  = 3'h0;
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
            if (\$signal$248 ) begin
              if (\$signal$249 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$250 ) begin
                  \$1011  = 3'h0;
                end else begin
                  \$1011  = \$706 [2:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1011  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1012  = \$signal$120 ;
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
                  \$1012  = { nxt[104], nxt[104:96] };
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
            if (\$signal$248 ) begin
              if (\$signal$249 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$250 ) begin
                  \$1012  = { instr[104], instr[104:96] };
                end else begin
                  \$1012  = \$707 [9:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1012  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1013  = ix;
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
                  \$1013  = { nxt[113], nxt[113:105] };
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
            if (\$signal$248 ) begin
              (* full_case = 32'd1 *)
              if (\$signal$249 ) begin
                \$1013  = { instr[113], instr[113:105] };
              end else begin
                \$1013  = \$713 [9:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$1013  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1014  = \$signal$248 ;
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
                  \$1014  = \$626 ;
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
            if (\$signal$248 ) begin
              \$1014  = \$697 ;
            end else begin
              \$1014  = \$718 ;
            end
          end
    endcase
    if (rst) begin
      \$1014  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1015  = \$signal$249 ;
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
                  \$1015  = \$627 ;
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
            if (\$signal$248 ) begin
              (* full_case = 32'd1 *)
              if (\$signal$249 ) begin
                \$1015  = \$698 ;
              end else begin
                \$1015  = \$715 ;
              end
            end
          end
    endcase
    if (rst) begin
      \$1015  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1016  = \$signal$250 ;
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
                  \$1016  = \$628 ;
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
            if (\$signal$248 ) begin
              if (\$signal$249 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$250 ) begin
                  \$1016  = \$703 ;
                end else begin
                  \$1016  = \$711 ;
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1016  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1017  = \$signal$251 ;
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
                  \$1017  = \$629 ;
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
            if (\$signal$248 ) begin
              if (\$signal$249 ) begin
                if (\$signal$250 ) begin
                  \$1017  = \$705 ;
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1017  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1018  = plane_base;
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
                  \$1018  = nxt[26:11];
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
            if (\$signal$248 ) begin
              if (\$signal$249 ) begin
                if (\$signal$250 ) begin
                  \$1018  = \$700 [15:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1018  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1019  = \$signal$253 ;
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
                  \$1019  = nxt[26:11];
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
            if (\$signal$248 ) begin
              if (\$signal$249 ) begin
                (* full_case = 32'd1 *)
                if (\$signal$250 ) begin
                  \$1019  = \$701 [15:0];
                end else begin
                  \$1019  = \$708 [15:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1019  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1020  = pitch;
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
                  \$1020  = n_pitch;
            endcase
          end
    endcase
    if (rst) begin
      \$1020  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1021  = p_pad_last;
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
                  \$1021  = n_pad_last;
            endcase
          end
    endcase
    if (rst) begin
      \$1021  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1022  = crow;
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
                  \$1022  = 2'h0;
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
          if (\$737 ) begin
            if (\$738 ) begin
              \$1022  = \$739 [1:0];
            end
          end
    endcase
    if (rst) begin
      \$1022  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1023  = cbit;
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
                  \$1023  = 4'h0;
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
          if (\$737 ) begin
            (* full_case = 32'd1 *)
            if (\$738 ) begin
              \$1023  = 4'h0;
            end else begin
              \$1023  = \$740 [3:0];
            end
          end
    endcase
    if (rst) begin
      \$1023  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1024  = svalid;
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
                  \$1024  = 1'h0;
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
          if (\$737 ) begin
            \$1024  = 1'h1;
          end
    endcase
    if (rst) begin
      \$1024  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1025  = wvalid;
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
                  \$1025  = 1'h0;
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
          \$1025  = svalid;
    endcase
    if (rst) begin
      \$1025  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1026  = paddr;
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
                  \$1026  = nxt[41:26];
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
          if (\$741 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$742 ) begin
              \$1026  = instr[41:26];
            end else begin
              \$1026  = \$743 [15:0];
            end
          end
    endcase
    if (rst) begin
      \$1026  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1027  = p_lv;
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
                  \$1027  = \$like$216 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1027  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1028  = p_cmp;
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
                  \$1028  = \$like$217 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1028  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1029  = p_ob1;
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
                  \$1029  = n_ob1;
            endcase
          end
    endcase
    if (rst) begin
      \$1029  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1030  = p_shift_c0_keep;
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
                  \$1030  = \$signal$219 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1030  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1031  = p_shift_c1_keep;
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
                  \$1031  = \$signal$219 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1031  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1032  = p_shift_c2_keep;
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
                  \$1032  = \$signal$219 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1032  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1033  = p_shift_c3_keep;
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
                  \$1033  = \$signal$219 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1033  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1034  = p_shift_c4_keep;
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
                  \$1034  = \$signal$219 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1034  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1035  = p_shift_c5_keep;
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
                  \$1035  = \$signal$219 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1035  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1036  = p_shift_c6_keep;
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
                  \$1036  = \$signal$219 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1036  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1037  = p_shift_c7_keep;
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
                  \$1037  = \$signal$219 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1037  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1038  = p_shift_c8_keep;
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
                  \$1038  = \$signal$219 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1038  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1039  = p_shift_c9_keep;
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
                  \$1039  = \$signal$219 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1039  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1040  = p_shift_c10_keep;
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
                  \$1040  = \$signal$219 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1040  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1041  = p_shift_c11_keep;
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
                  \$1041  = \$signal$219 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1041  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1042  = p_shift_c12_keep;
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
                  \$1042  = \$signal$219 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1042  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1043  = p_shift_c13_keep;
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
                  \$1043  = \$signal$219 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1043  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1044  = p_shift_c14_keep;
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
                  \$1044  = \$signal$219 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1044  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1045  = p_shift_c15_keep;
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
                  \$1045  = \$signal$219 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1045  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1046  = p_res;
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
                  \$1046  = n_res;
            endcase
          end
    endcase
    if (rst) begin
      \$1046  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1047  = asm;
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
              \$1047  = full;
            end
          end
    endcase
    if (rst) begin
      \$1047  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1048  = \$signal$260 ;
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
          if (\$650 ) begin
            if (issuing) begin
              \$1048  = \$signal$231 ;
            end
          end
    endcase
    if (rst) begin
      \$1048  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1049  = o_beat;
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
          if (\$650 ) begin
            if (issuing) begin
              \$1049  = tx_beat;
            end
          end
    endcase
    if (rst) begin
      \$1049  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1050  = o_addr;
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
          if (\$650 ) begin
            if (issuing) begin
              \$1050  = s_cur;
            end
          end
    endcase
    if (rst) begin
      \$1050  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1051  = o_last;
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
          if (\$650 ) begin
            if (issuing) begin
              \$1051  = \$652 ;
            end
          end
    endcase
    if (rst) begin
      \$1051  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1052  = o_addr2;
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
          if (\$682 ) begin
            \$1052  = o_addr;
          end
    endcase
    if (rst) begin
      \$1052  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1053  = \$signal$265 ;
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
          if (\$682 ) begin
            \$1053  = o_last;
          end
    endcase
    if (rst) begin
      \$1053  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1054  = o_bank2;
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
          if (\$682 ) begin
            \$1054  = \$signal$260 ;
          end
    endcase
    if (rst) begin
      \$1054  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1055  = o_beat2;
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
          if (\$682 ) begin
            \$1055  = o_beat;
          end
    endcase
    if (rst) begin
      \$1055  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1056  = thresh_l0;
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
          if (\$682 ) begin
            \$1056  = thr_r__data;
          end
      4'h4:
          /* empty */;
      4'h5:
          if (\$722 ) begin
            \$1056  = thr_r__data;
          end
    endcase
    if (rst) begin
      \$1056  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1057  = o_addr3;
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
          if (\$682 ) begin
            \$1057  = o_addr2;
          end
    endcase
    if (rst) begin
      \$1057  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1058  = \$signal$117 ;
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
          if (\$682 ) begin
            \$1058  = \$signal$265 ;
          end
    endcase
    if (rst) begin
      \$1058  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1059  = o_data3;
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
          if (\$682 ) begin
            \$1059  = \$685 ;
          end
    endcase
    if (rst) begin
      \$1059  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1060  = cp;
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
            \$1060  = p;
          end
    endcase
    if (rst) begin
      \$1060  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1061  = pad_word_d;
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
            \$1061  = \$694 ;
          end
    endcase
    if (rst) begin
      \$1061  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1062  = thresh_l1;
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
          if (\$723 ) begin
            \$1062  = thr_r__data;
          end
    endcase
    if (rst) begin
      \$1062  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1063  = thresh_l2;
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
          if (\$724 ) begin
            \$1063  = thr_r__data;
          end
    endcase
    if (rst) begin
      \$1063  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1064  = sc_bits;
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
          if (\$728 ) begin
            \$1064  = { \$730 , \$729  };
          end
    endcase
    if (rst) begin
      \$1064  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1065  = old_bits;
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
          if (\$734 ) begin
            \$1065  = { \$736 , \$735  };
          end
    endcase
    if (rst) begin
      \$1065  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1066  = \$783 ;
    if (rst) begin
      \$1066  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1067  = \$784 ;
    if (rst) begin
      \$1067  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1068  = crow;
    if (rst) begin
      \$1068  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1069  = cbit;
    if (rst) begin
      \$1069  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1070  = y;
    if (rst) begin
      \$1070  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1071  = scores;
    if (rst) begin
      \$1071  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1072  = srow;
    if (rst) begin
      \$1072  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1073  = sbit;
    if (rst) begin
      \$1073  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1074  = busy;
    if (rst) begin
      \$1074  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1075  = { 15'h0000, busy };
    if (rst) begin
      \$1075  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1076  = ctr_cycles;
    if (\$790 ) begin
      \$1076  = 48'h000000000000;
    end else if (counting) begin
      \$1076  = \$791 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1077  = inc_instructions;
    if (rst) begin
      \$1077  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1078  = ctr_instructions;
    if (\$797 ) begin
      \$1078  = 48'h000000000000;
    end else if (counting) begin
      \$1078  = \$798 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1079  = inc_load_busy;
    if (rst) begin
      \$1079  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1080  = ctr_load_busy;
    if (\$804 ) begin
      \$1080  = 48'h000000000000;
    end else if (counting) begin
      \$1080  = \$805 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1081  = inc_load_stall;
    if (rst) begin
      \$1081  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1082  = ctr_load_stall;
    if (\$811 ) begin
      \$1082  = 48'h000000000000;
    end else if (counting) begin
      \$1082  = \$812 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1083  = inc_store_busy;
    if (rst) begin
      \$1083  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1084  = ctr_store_busy;
    if (\$818 ) begin
      \$1084  = 48'h000000000000;
    end else if (counting) begin
      \$1084  = \$819 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1085  = inc_store_stall;
    if (rst) begin
      \$1085  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1086  = ctr_store_stall;
    if (\$825 ) begin
      \$1086  = 48'h000000000000;
    end else if (counting) begin
      \$1086  = \$826 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1087  = inc_gemm_busy;
    if (rst) begin
      \$1087  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1088  = ctr_gemm_busy;
    if (\$832 ) begin
      \$1088  = 48'h000000000000;
    end else if (counting) begin
      \$1088  = \$833 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1089  = inc_gemm_stall;
    if (rst) begin
      \$1089  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1090  = ctr_gemm_stall;
    if (\$839 ) begin
      \$1090  = 48'h000000000000;
    end else if (counting) begin
      \$1090  = \$840 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1091  = inc_post_busy;
    if (rst) begin
      \$1091  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1092  = ctr_post_busy;
    if (\$846 ) begin
      \$1092  = 48'h000000000000;
    end else if (counting) begin
      \$1092  = \$847 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1093  = inc_post_stall;
    if (rst) begin
      \$1093  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1094  = ctr_post_stall;
    if (\$853 ) begin
      \$1094  = 48'h000000000000;
    end else if (counting) begin
      \$1094  = \$854 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1095  = inc_sram_act_reads;
    if (rst) begin
      \$1095  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1096  = ctr_sram_act_reads;
    if (\$860 ) begin
      \$1096  = 48'h000000000000;
    end else if (counting) begin
      \$1096  = \$861 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1097  = inc_sram_act_writes;
    if (rst) begin
      \$1097  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1098  = ctr_sram_act_writes;
    if (\$867 ) begin
      \$1098  = 48'h000000000000;
    end else if (counting) begin
      \$1098  = \$868 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1099  = inc_sram_weight_reads;
    if (rst) begin
      \$1099  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1100  = ctr_sram_weight_reads;
    if (\$874 ) begin
      \$1100  = 48'h000000000000;
    end else if (counting) begin
      \$1100  = \$875 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1101  = inc_sram_weight_writes;
    if (rst) begin
      \$1101  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1102  = ctr_sram_weight_writes;
    if (\$881 ) begin
      \$1102  = 48'h000000000000;
    end else if (counting) begin
      \$1102  = \$882 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1103  = inc_sram_thresh_reads;
    if (rst) begin
      \$1103  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1104  = ctr_sram_thresh_reads;
    if (\$888 ) begin
      \$1104  = 48'h000000000000;
    end else if (counting) begin
      \$1104  = \$889 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1105  = inc_sram_thresh_writes;
    if (rst) begin
      \$1105  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1106  = ctr_sram_thresh_writes;
    if (\$895 ) begin
      \$1106  = 48'h000000000000;
    end else if (counting) begin
      \$1106  = \$896 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1107  = inc_sram_out_reads;
    if (rst) begin
      \$1107  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1108  = ctr_sram_out_reads;
    if (\$902 ) begin
      \$1108  = 48'h000000000000;
    end else if (counting) begin
      \$1108  = \$903 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1109  = inc_sram_out_writes;
    if (rst) begin
      \$1109  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1110  = ctr_sram_out_writes;
    if (\$909 ) begin
      \$1110  = 48'h000000000000;
    end else if (counting) begin
      \$1110  = \$910 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1111  = inc_threshold_ops;
    if (rst) begin
      \$1111  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1112  = ctr_threshold_ops;
    if (\$916 ) begin
      \$1112  = 48'h000000000000;
    end else if (counting) begin
      \$1112  = \$917 [47:0];
    end
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
  assign acc_q = acc;
  assign active = p_cmp;
  assign shift = { p_shift_c15_keep, p_shift_c14_keep, p_shift_c13_keep, p_shift_c12_keep, p_shift_c11_keep, p_shift_c10_keep, p_shift_c9_keep, p_shift_c8_keep, p_shift_c7_keep, p_shift_c6_keep, p_shift_c5_keep, p_shift_c4_keep, p_shift_c3_keep, p_shift_c2_keep, p_shift_c1_keep, p_shift_c0_keep };
  assign thresh = { thresh_l2, thresh_l1, thr0_q };
  assign act_r__addr = \$signal$166 [7:0];
  assign \$signal$168  = wgt_r__addr;
  assign thr_r__addr = thr_ptr[8:0];
  assign config_id = 32'd2190526106;
  always @*
    fetched[10:0] = ir_q[10:0];
  always @*
    fetched[71:42] = ir_q[71:42];
  always @*
    fetched[104:88] = ir_q[104:88];
  always @*
    fetched[127:114] = ir_q[127:114];
  assign \$41  = 1'h0;
  assign \$47  = 1'h0;
  assign \$48  = \$44 ;
  assign \$383  = { 1'h0, ir_q[50:35] };
  assign \$385  = { 1'h0, ir_q[50:35] };
  assign \$387  = { 1'h0, ir_q[50:35] };
  assign \$388  = { ir_q[50:35], 1'h0 };
  assign \$389  = { 1'h0, ir_q[50:35], 2'h0 };
  assign \$648  = { rx_oh, 1'h0 };
endmodule

(* generator = "Amaranth" *)
module \accel_top.array (rst, a_in, w_in, valid, zero, plane, acc, clk);
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
  \accel_top.array.pe_0_0  pe_0_0 (
    .a(a0_g0_q0_keep),
    .acc(\acc$61 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g0_q0_keep),
    .valid(valid_r0_g0_q0_keep),
    .w(w0_q0),
    .zero(zero_r0_g0_q0_keep)
  );
  \accel_top.array.pe_0_1  pe_0_1 (
    .a(a0_g0_q0_keep),
    .acc(\acc$67 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g0_q0_keep),
    .valid(valid_r0_g0_q0_keep),
    .w(w1_q0),
    .zero(zero_r0_g0_q0_keep)
  );
  \accel_top.array.pe_0_10  pe_0_10 (
    .a(a0_g2_q0_keep),
    .acc(\acc$121 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g2_q0_keep),
    .valid(valid_r0_g2_q0_keep),
    .w(w10_q0),
    .zero(zero_r0_g2_q0_keep)
  );
  \accel_top.array.pe_0_11  pe_0_11 (
    .a(a0_g2_q0_keep),
    .acc(\acc$127 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g2_q0_keep),
    .valid(valid_r0_g2_q0_keep),
    .w(w11_q0),
    .zero(zero_r0_g2_q0_keep)
  );
  \accel_top.array.pe_0_12  pe_0_12 (
    .a(a0_g3_q0_keep),
    .acc(\acc$133 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g3_q0_keep),
    .valid(valid_r0_g3_q0_keep),
    .w(w12_q0),
    .zero(zero_r0_g3_q0_keep)
  );
  \accel_top.array.pe_0_13  pe_0_13 (
    .a(a0_g3_q0_keep),
    .acc(\acc$139 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g3_q0_keep),
    .valid(valid_r0_g3_q0_keep),
    .w(w13_q0),
    .zero(zero_r0_g3_q0_keep)
  );
  \accel_top.array.pe_0_14  pe_0_14 (
    .a(a0_g3_q0_keep),
    .acc(\acc$145 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g3_q0_keep),
    .valid(valid_r0_g3_q0_keep),
    .w(w14_q0),
    .zero(zero_r0_g3_q0_keep)
  );
  \accel_top.array.pe_0_15  pe_0_15 (
    .a(a0_g3_q0_keep),
    .acc(\acc$151 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g3_q0_keep),
    .valid(valid_r0_g3_q0_keep),
    .w(w15_q0),
    .zero(zero_r0_g3_q0_keep)
  );
  \accel_top.array.pe_0_2  pe_0_2 (
    .a(a0_g0_q0_keep),
    .acc(\acc$73 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g0_q0_keep),
    .valid(valid_r0_g0_q0_keep),
    .w(w2_q0),
    .zero(zero_r0_g0_q0_keep)
  );
  \accel_top.array.pe_0_3  pe_0_3 (
    .a(a0_g0_q0_keep),
    .acc(\acc$79 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g0_q0_keep),
    .valid(valid_r0_g0_q0_keep),
    .w(w3_q0),
    .zero(zero_r0_g0_q0_keep)
  );
  \accel_top.array.pe_0_4  pe_0_4 (
    .a(a0_g1_q0_keep),
    .acc(\acc$85 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g1_q0_keep),
    .valid(valid_r0_g1_q0_keep),
    .w(w4_q0),
    .zero(zero_r0_g1_q0_keep)
  );
  \accel_top.array.pe_0_5  pe_0_5 (
    .a(a0_g1_q0_keep),
    .acc(\acc$91 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g1_q0_keep),
    .valid(valid_r0_g1_q0_keep),
    .w(w5_q0),
    .zero(zero_r0_g1_q0_keep)
  );
  \accel_top.array.pe_0_6  pe_0_6 (
    .a(a0_g1_q0_keep),
    .acc(\acc$97 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g1_q0_keep),
    .valid(valid_r0_g1_q0_keep),
    .w(w6_q0),
    .zero(zero_r0_g1_q0_keep)
  );
  \accel_top.array.pe_0_7  pe_0_7 (
    .a(a0_g1_q0_keep),
    .acc(\acc$103 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g1_q0_keep),
    .valid(valid_r0_g1_q0_keep),
    .w(w7_q0),
    .zero(zero_r0_g1_q0_keep)
  );
  \accel_top.array.pe_0_8  pe_0_8 (
    .a(a0_g2_q0_keep),
    .acc(\acc$109 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g2_q0_keep),
    .valid(valid_r0_g2_q0_keep),
    .w(w8_q0),
    .zero(zero_r0_g2_q0_keep)
  );
  \accel_top.array.pe_0_9  pe_0_9 (
    .a(a0_g2_q0_keep),
    .acc(\acc$115 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r0_g2_q0_keep),
    .valid(valid_r0_g2_q0_keep),
    .w(w9_q0),
    .zero(zero_r0_g2_q0_keep)
  );
  \accel_top.array.pe_1_0  pe_1_0 (
    .a(a1_g0_q0_keep),
    .acc(\acc$157 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g0_q0_keep),
    .valid(valid_r1_g0_q0_keep),
    .w(w0_q0),
    .zero(zero_r1_g0_q0_keep)
  );
  \accel_top.array.pe_1_1  pe_1_1 (
    .a(a1_g0_q0_keep),
    .acc(\acc$163 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g0_q0_keep),
    .valid(valid_r1_g0_q0_keep),
    .w(w1_q0),
    .zero(zero_r1_g0_q0_keep)
  );
  \accel_top.array.pe_1_10  pe_1_10 (
    .a(a1_g2_q0_keep),
    .acc(\acc$217 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g2_q0_keep),
    .valid(valid_r1_g2_q0_keep),
    .w(w10_q0),
    .zero(zero_r1_g2_q0_keep)
  );
  \accel_top.array.pe_1_11  pe_1_11 (
    .a(a1_g2_q0_keep),
    .acc(\acc$223 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g2_q0_keep),
    .valid(valid_r1_g2_q0_keep),
    .w(w11_q0),
    .zero(zero_r1_g2_q0_keep)
  );
  \accel_top.array.pe_1_12  pe_1_12 (
    .a(a1_g3_q0_keep),
    .acc(\acc$229 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g3_q0_keep),
    .valid(valid_r1_g3_q0_keep),
    .w(w12_q0),
    .zero(zero_r1_g3_q0_keep)
  );
  \accel_top.array.pe_1_13  pe_1_13 (
    .a(a1_g3_q0_keep),
    .acc(\acc$235 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g3_q0_keep),
    .valid(valid_r1_g3_q0_keep),
    .w(w13_q0),
    .zero(zero_r1_g3_q0_keep)
  );
  \accel_top.array.pe_1_14  pe_1_14 (
    .a(a1_g3_q0_keep),
    .acc(\acc$241 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g3_q0_keep),
    .valid(valid_r1_g3_q0_keep),
    .w(w14_q0),
    .zero(zero_r1_g3_q0_keep)
  );
  \accel_top.array.pe_1_15  pe_1_15 (
    .a(a1_g3_q0_keep),
    .acc(\acc$247 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g3_q0_keep),
    .valid(valid_r1_g3_q0_keep),
    .w(w15_q0),
    .zero(zero_r1_g3_q0_keep)
  );
  \accel_top.array.pe_1_2  pe_1_2 (
    .a(a1_g0_q0_keep),
    .acc(\acc$169 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g0_q0_keep),
    .valid(valid_r1_g0_q0_keep),
    .w(w2_q0),
    .zero(zero_r1_g0_q0_keep)
  );
  \accel_top.array.pe_1_3  pe_1_3 (
    .a(a1_g0_q0_keep),
    .acc(\acc$175 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g0_q0_keep),
    .valid(valid_r1_g0_q0_keep),
    .w(w3_q0),
    .zero(zero_r1_g0_q0_keep)
  );
  \accel_top.array.pe_1_4  pe_1_4 (
    .a(a1_g1_q0_keep),
    .acc(\acc$181 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g1_q0_keep),
    .valid(valid_r1_g1_q0_keep),
    .w(w4_q0),
    .zero(zero_r1_g1_q0_keep)
  );
  \accel_top.array.pe_1_5  pe_1_5 (
    .a(a1_g1_q0_keep),
    .acc(\acc$187 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g1_q0_keep),
    .valid(valid_r1_g1_q0_keep),
    .w(w5_q0),
    .zero(zero_r1_g1_q0_keep)
  );
  \accel_top.array.pe_1_6  pe_1_6 (
    .a(a1_g1_q0_keep),
    .acc(\acc$193 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g1_q0_keep),
    .valid(valid_r1_g1_q0_keep),
    .w(w6_q0),
    .zero(zero_r1_g1_q0_keep)
  );
  \accel_top.array.pe_1_7  pe_1_7 (
    .a(a1_g1_q0_keep),
    .acc(\acc$199 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g1_q0_keep),
    .valid(valid_r1_g1_q0_keep),
    .w(w7_q0),
    .zero(zero_r1_g1_q0_keep)
  );
  \accel_top.array.pe_1_8  pe_1_8 (
    .a(a1_g2_q0_keep),
    .acc(\acc$205 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_r1_g2_q0_keep),
    .valid(valid_r1_g2_q0_keep),
    .w(w8_q0),
    .zero(zero_r1_g2_q0_keep)
  );
  \accel_top.array.pe_1_9  pe_1_9 (
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
module \accel_top.array.pe_0_0 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$2  = 0;
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
  \accel_top.array.pe_0_0.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_0_0.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
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
module \accel_top.array.pe_0_0.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_0_0.pop (rst, i, o, clk);
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
module \accel_top.array.pe_0_1 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$3  = 0;
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
  \accel_top.array.pe_0_1.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_0_1.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
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
module \accel_top.array.pe_0_1.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_0_1.pop (rst, i, o, clk);
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
module \accel_top.array.pe_0_10 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$4  = 0;
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
  \accel_top.array.pe_0_10.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_0_10.pop  pop (
    .clk(clk),
    .i(i),
    .o(\a$3 ),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
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
module \accel_top.array.pe_0_10.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_0_10.pop (rst, i, o, clk);
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
module \accel_top.array.pe_0_11 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_0_11.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_0_11.pop  pop (
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
module \accel_top.array.pe_0_11.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_0_11.pop (rst, i, o, clk);
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
module \accel_top.array.pe_0_12 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_0_12.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_0_12.pop  pop (
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
module \accel_top.array.pe_0_12.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_0_12.pop (rst, i, o, clk);
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
module \accel_top.array.pe_0_13 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_0_13.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_0_13.pop  pop (
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
module \accel_top.array.pe_0_13.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_0_13.pop (rst, i, o, clk);
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
module \accel_top.array.pe_0_14 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_0_14.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_0_14.pop  pop (
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
module \accel_top.array.pe_0_14.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_0_14.pop (rst, i, o, clk);
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
module \accel_top.array.pe_0_15 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_0_15.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_0_15.pop  pop (
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
module \accel_top.array.pe_0_15.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_0_15.pop (rst, i, o, clk);
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
module \accel_top.array.pe_0_2 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_0_2.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_0_2.pop  pop (
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
module \accel_top.array.pe_0_2.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_0_2.pop (rst, i, o, clk);
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
module \accel_top.array.pe_0_3 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_0_3.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_0_3.pop  pop (
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
module \accel_top.array.pe_0_3.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_0_3.pop (rst, i, o, clk);
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
module \accel_top.array.pe_0_4 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_0_4.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_0_4.pop  pop (
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
module \accel_top.array.pe_0_4.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_0_4.pop (rst, i, o, clk);
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
module \accel_top.array.pe_0_5 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_0_5.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_0_5.pop  pop (
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
module \accel_top.array.pe_0_5.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_0_5.pop (rst, i, o, clk);
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
module \accel_top.array.pe_0_6 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_0_6.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_0_6.pop  pop (
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
module \accel_top.array.pe_0_6.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_0_6.pop (rst, i, o, clk);
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
module \accel_top.array.pe_0_7 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_0_7.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_0_7.pop  pop (
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
module \accel_top.array.pe_0_7.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_0_7.pop (rst, i, o, clk);
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
module \accel_top.array.pe_0_8 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_0_8.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_0_8.pop  pop (
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
module \accel_top.array.pe_0_8.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_0_8.pop (rst, i, o, clk);
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
module \accel_top.array.pe_0_9 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_0_9.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_0_9.pop  pop (
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
module \accel_top.array.pe_0_9.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_0_9.pop (rst, i, o, clk);
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
module \accel_top.array.pe_1_0 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_1_0.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_1_0.pop  pop (
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
module \accel_top.array.pe_1_0.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_1_0.pop (rst, i, o, clk);
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
module \accel_top.array.pe_1_1 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_1_1.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_1_1.pop  pop (
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
module \accel_top.array.pe_1_1.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_1_1.pop (rst, i, o, clk);
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
module \accel_top.array.pe_1_10 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_1_10.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_1_10.pop  pop (
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
module \accel_top.array.pe_1_10.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_1_10.pop (rst, i, o, clk);
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
module \accel_top.array.pe_1_11 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_1_11.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_1_11.pop  pop (
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
module \accel_top.array.pe_1_11.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_1_11.pop (rst, i, o, clk);
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
module \accel_top.array.pe_1_12 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_1_12.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_1_12.pop  pop (
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
module \accel_top.array.pe_1_12.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_1_12.pop (rst, i, o, clk);
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
module \accel_top.array.pe_1_13 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_1_13.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_1_13.pop  pop (
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
module \accel_top.array.pe_1_13.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_1_13.pop (rst, i, o, clk);
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
module \accel_top.array.pe_1_14 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_1_14.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_1_14.pop  pop (
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
module \accel_top.array.pe_1_14.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_1_14.pop (rst, i, o, clk);
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
module \accel_top.array.pe_1_15 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_1_15.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_1_15.pop  pop (
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
module \accel_top.array.pe_1_15.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_1_15.pop (rst, i, o, clk);
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
module \accel_top.array.pe_1_2 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_1_2.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_1_2.pop  pop (
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
module \accel_top.array.pe_1_2.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_1_2.pop (rst, i, o, clk);
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
module \accel_top.array.pe_1_3 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_1_3.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_1_3.pop  pop (
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
module \accel_top.array.pe_1_3.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_1_3.pop (rst, i, o, clk);
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
module \accel_top.array.pe_1_4 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_1_4.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_1_4.pop  pop (
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
module \accel_top.array.pe_1_4.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_1_4.pop (rst, i, o, clk);
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
module \accel_top.array.pe_1_5 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_1_5.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_1_5.pop  pop (
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
module \accel_top.array.pe_1_5.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_1_5.pop (rst, i, o, clk);
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
module \accel_top.array.pe_1_6 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_1_6.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_1_6.pop  pop (
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
module \accel_top.array.pe_1_6.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_1_6.pop (rst, i, o, clk);
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
module \accel_top.array.pe_1_7 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_1_7.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_1_7.pop  pop (
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
module \accel_top.array.pe_1_7.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_1_7.pop (rst, i, o, clk);
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
module \accel_top.array.pe_1_8 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_1_8.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_1_8.pop  pop (
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
module \accel_top.array.pe_1_8.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_1_8.pop (rst, i, o, clk);
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
module \accel_top.array.pe_1_9 (rst, a, w, valid, zero, scale, acc, clk);
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
  \accel_top.array.pe_1_9.mul  mul (
    .a(\a$3 ),
    .b(b),
    .clk(clk),
    .p_q1(p),
    .rst(rst)
  );
  \accel_top.array.pe_1_9.pop  pop (
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
module \accel_top.array.pe_1_9.mul (rst, b, a, p_q1, clk);
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
module \accel_top.array.pe_1_9.pop (rst, i, o, clk);
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
module \accel_top.thresh_unit (\port$3916$0 , \port$3918$0 , \port$3920$0 , \port$3922$0 , \port$3924$0 , \port$3926$0 , \port$3928$0 , \port$3930$0 , \port$3932$0 , \port$3934$0 , \port$3936$0 , \port$3938$0 , \port$3940$0 , \port$3942$0 , \port$3944$0 , \port$3946$0 , \port$3980$0 , \port$3982$0 , \port$3988$0 , acc, y
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
  input \port$3916$0 ;
  wire \port$3916$0 ;
  input \port$3918$0 ;
  wire \port$3918$0 ;
  input \port$3920$0 ;
  wire \port$3920$0 ;
  input \port$3922$0 ;
  wire \port$3922$0 ;
  input \port$3924$0 ;
  wire \port$3924$0 ;
  input \port$3926$0 ;
  wire \port$3926$0 ;
  input \port$3928$0 ;
  wire \port$3928$0 ;
  input \port$3930$0 ;
  wire \port$3930$0 ;
  input \port$3932$0 ;
  wire \port$3932$0 ;
  input \port$3934$0 ;
  wire \port$3934$0 ;
  input \port$3936$0 ;
  wire \port$3936$0 ;
  input \port$3938$0 ;
  wire \port$3938$0 ;
  input \port$3940$0 ;
  wire \port$3940$0 ;
  input \port$3942$0 ;
  wire \port$3942$0 ;
  input \port$3944$0 ;
  wire \port$3944$0 ;
  input \port$3946$0 ;
  wire \port$3946$0 ;
  input [383:0] \port$3980$0 ;
  wire [383:0] \port$3980$0 ;
  input [383:0] \port$3982$0 ;
  wire [383:0] \port$3982$0 ;
  input [383:0] \port$3988$0 ;
  wire [383:0] \port$3988$0 ;
  output [383:0] scores;
  wire [383:0] scores;
  wire [15:0] shift;
  wire [1151:0] thresh;
  output [31:0] y;
  wire [31:0] y;
  assign \$1  = acc[23:0] << \port$3916$0 ;
  assign \$2  = \$1  - \port$3988$0 [23:0];
  assign \$3  = active > 1'h0;
  assign \$4  = ~ \$2 [25];
  assign hit_c0_l0 = \$3  & \$4 ;
  assign \$5  = active > 1'h1;
  assign \$6  = acc[23:0] >= \port$3980$0 [23:0];
  assign hit_c0_l1 = \$5  & \$6 ;
  assign \$7  = active > 2'h2;
  assign \$8  = acc[23:0] >= \port$3982$0 [23:0];
  assign hit_c0_l2 = \$7  & \$8 ;
  assign \$9  = hit_c0_l0 + hit_c0_l1;
  assign \$10  = \$9  + hit_c0_l2;
  assign \$11  = acc[47:24] << \port$3918$0 ;
  assign \$12  = \$11  - \port$3988$0 [47:24];
  assign \$13  = active > 1'h0;
  assign \$14  = ~ \$12 [25];
  assign hit_c1_l0 = \$13  & \$14 ;
  assign \$15  = active > 1'h1;
  assign \$16  = acc[47:24] >= \port$3980$0 [47:24];
  assign hit_c1_l1 = \$15  & \$16 ;
  assign \$17  = active > 2'h2;
  assign \$18  = acc[47:24] >= \port$3982$0 [47:24];
  assign hit_c1_l2 = \$17  & \$18 ;
  assign \$19  = hit_c1_l0 + hit_c1_l1;
  assign \$20  = \$19  + hit_c1_l2;
  assign \$21  = acc[71:48] << \port$3920$0 ;
  assign \$22  = \$21  - \port$3988$0 [71:48];
  assign \$23  = active > 1'h0;
  assign \$24  = ~ \$22 [25];
  assign hit_c2_l0 = \$23  & \$24 ;
  assign \$25  = active > 1'h1;
  assign \$26  = acc[71:48] >= \port$3980$0 [71:48];
  assign hit_c2_l1 = \$25  & \$26 ;
  assign \$27  = active > 2'h2;
  assign \$28  = acc[71:48] >= \port$3982$0 [71:48];
  assign hit_c2_l2 = \$27  & \$28 ;
  assign \$29  = hit_c2_l0 + hit_c2_l1;
  assign \$30  = \$29  + hit_c2_l2;
  assign \$31  = acc[95:72] << \port$3922$0 ;
  assign \$32  = \$31  - \port$3988$0 [95:72];
  assign \$33  = active > 1'h0;
  assign \$34  = ~ \$32 [25];
  assign hit_c3_l0 = \$33  & \$34 ;
  assign \$35  = active > 1'h1;
  assign \$36  = acc[95:72] >= \port$3980$0 [95:72];
  assign hit_c3_l1 = \$35  & \$36 ;
  assign \$37  = active > 2'h2;
  assign \$38  = acc[95:72] >= \port$3982$0 [95:72];
  assign hit_c3_l2 = \$37  & \$38 ;
  assign \$39  = hit_c3_l0 + hit_c3_l1;
  assign \$40  = \$39  + hit_c3_l2;
  assign \$41  = acc[119:96] << \port$3924$0 ;
  assign \$42  = \$41  - \port$3988$0 [119:96];
  assign \$43  = active > 1'h0;
  assign \$44  = ~ \$42 [25];
  assign hit_c4_l0 = \$43  & \$44 ;
  assign \$45  = active > 1'h1;
  assign \$46  = acc[119:96] >= \port$3980$0 [119:96];
  assign hit_c4_l1 = \$45  & \$46 ;
  assign \$47  = active > 2'h2;
  assign \$48  = acc[119:96] >= \port$3982$0 [119:96];
  assign hit_c4_l2 = \$47  & \$48 ;
  assign \$49  = hit_c4_l0 + hit_c4_l1;
  assign \$50  = \$49  + hit_c4_l2;
  assign \$51  = acc[143:120] << \port$3926$0 ;
  assign \$52  = \$51  - \port$3988$0 [143:120];
  assign \$53  = active > 1'h0;
  assign \$54  = ~ \$52 [25];
  assign hit_c5_l0 = \$53  & \$54 ;
  assign \$55  = active > 1'h1;
  assign \$56  = acc[143:120] >= \port$3980$0 [143:120];
  assign hit_c5_l1 = \$55  & \$56 ;
  assign \$57  = active > 2'h2;
  assign \$58  = acc[143:120] >= \port$3982$0 [143:120];
  assign hit_c5_l2 = \$57  & \$58 ;
  assign \$59  = hit_c5_l0 + hit_c5_l1;
  assign \$60  = \$59  + hit_c5_l2;
  assign \$61  = acc[167:144] << \port$3928$0 ;
  assign \$62  = \$61  - \port$3988$0 [167:144];
  assign \$63  = active > 1'h0;
  assign \$64  = ~ \$62 [25];
  assign hit_c6_l0 = \$63  & \$64 ;
  assign \$65  = active > 1'h1;
  assign \$66  = acc[167:144] >= \port$3980$0 [167:144];
  assign hit_c6_l1 = \$65  & \$66 ;
  assign \$67  = active > 2'h2;
  assign \$68  = acc[167:144] >= \port$3982$0 [167:144];
  assign hit_c6_l2 = \$67  & \$68 ;
  assign \$69  = hit_c6_l0 + hit_c6_l1;
  assign \$70  = \$69  + hit_c6_l2;
  assign \$71  = acc[191:168] << \port$3930$0 ;
  assign \$72  = \$71  - \port$3988$0 [191:168];
  assign \$73  = active > 1'h0;
  assign \$74  = ~ \$72 [25];
  assign hit_c7_l0 = \$73  & \$74 ;
  assign \$75  = active > 1'h1;
  assign \$76  = acc[191:168] >= \port$3980$0 [191:168];
  assign hit_c7_l1 = \$75  & \$76 ;
  assign \$77  = active > 2'h2;
  assign \$78  = acc[191:168] >= \port$3982$0 [191:168];
  assign hit_c7_l2 = \$77  & \$78 ;
  assign \$79  = hit_c7_l0 + hit_c7_l1;
  assign \$80  = \$79  + hit_c7_l2;
  assign \$81  = acc[215:192] << \port$3932$0 ;
  assign \$82  = \$81  - \port$3988$0 [215:192];
  assign \$83  = active > 1'h0;
  assign \$84  = ~ \$82 [25];
  assign hit_c8_l0 = \$83  & \$84 ;
  assign \$85  = active > 1'h1;
  assign \$86  = acc[215:192] >= \port$3980$0 [215:192];
  assign hit_c8_l1 = \$85  & \$86 ;
  assign \$87  = active > 2'h2;
  assign \$88  = acc[215:192] >= \port$3982$0 [215:192];
  assign hit_c8_l2 = \$87  & \$88 ;
  assign \$89  = hit_c8_l0 + hit_c8_l1;
  assign \$90  = \$89  + hit_c8_l2;
  assign \$91  = acc[239:216] << \port$3934$0 ;
  assign \$92  = \$91  - \port$3988$0 [239:216];
  assign \$93  = active > 1'h0;
  assign \$94  = ~ \$92 [25];
  assign hit_c9_l0 = \$93  & \$94 ;
  assign \$95  = active > 1'h1;
  assign \$96  = acc[239:216] >= \port$3980$0 [239:216];
  assign hit_c9_l1 = \$95  & \$96 ;
  assign \$97  = active > 2'h2;
  assign \$98  = acc[239:216] >= \port$3982$0 [239:216];
  assign hit_c9_l2 = \$97  & \$98 ;
  assign \$99  = hit_c9_l0 + hit_c9_l1;
  assign \$100  = \$99  + hit_c9_l2;
  assign \$101  = acc[263:240] << \port$3936$0 ;
  assign \$102  = \$101  - \port$3988$0 [263:240];
  assign \$103  = active > 1'h0;
  assign \$104  = ~ \$102 [25];
  assign hit_c10_l0 = \$103  & \$104 ;
  assign \$105  = active > 1'h1;
  assign \$106  = acc[263:240] >= \port$3980$0 [263:240];
  assign hit_c10_l1 = \$105  & \$106 ;
  assign \$107  = active > 2'h2;
  assign \$108  = acc[263:240] >= \port$3982$0 [263:240];
  assign hit_c10_l2 = \$107  & \$108 ;
  assign \$109  = hit_c10_l0 + hit_c10_l1;
  assign \$110  = \$109  + hit_c10_l2;
  assign \$111  = acc[287:264] << \port$3938$0 ;
  assign \$112  = \$111  - \port$3988$0 [287:264];
  assign \$113  = active > 1'h0;
  assign \$114  = ~ \$112 [25];
  assign hit_c11_l0 = \$113  & \$114 ;
  assign \$115  = active > 1'h1;
  assign \$116  = acc[287:264] >= \port$3980$0 [287:264];
  assign hit_c11_l1 = \$115  & \$116 ;
  assign \$117  = active > 2'h2;
  assign \$118  = acc[287:264] >= \port$3982$0 [287:264];
  assign hit_c11_l2 = \$117  & \$118 ;
  assign \$119  = hit_c11_l0 + hit_c11_l1;
  assign \$120  = \$119  + hit_c11_l2;
  assign \$121  = acc[311:288] << \port$3940$0 ;
  assign \$122  = \$121  - \port$3988$0 [311:288];
  assign \$123  = active > 1'h0;
  assign \$124  = ~ \$122 [25];
  assign hit_c12_l0 = \$123  & \$124 ;
  assign \$125  = active > 1'h1;
  assign \$126  = acc[311:288] >= \port$3980$0 [311:288];
  assign hit_c12_l1 = \$125  & \$126 ;
  assign \$127  = active > 2'h2;
  assign \$128  = acc[311:288] >= \port$3982$0 [311:288];
  assign hit_c12_l2 = \$127  & \$128 ;
  assign \$129  = hit_c12_l0 + hit_c12_l1;
  assign \$130  = \$129  + hit_c12_l2;
  assign \$131  = acc[335:312] << \port$3942$0 ;
  assign \$132  = \$131  - \port$3988$0 [335:312];
  assign \$133  = active > 1'h0;
  assign \$134  = ~ \$132 [25];
  assign hit_c13_l0 = \$133  & \$134 ;
  assign \$135  = active > 1'h1;
  assign \$136  = acc[335:312] >= \port$3980$0 [335:312];
  assign hit_c13_l1 = \$135  & \$136 ;
  assign \$137  = active > 2'h2;
  assign \$138  = acc[335:312] >= \port$3982$0 [335:312];
  assign hit_c13_l2 = \$137  & \$138 ;
  assign \$139  = hit_c13_l0 + hit_c13_l1;
  assign \$140  = \$139  + hit_c13_l2;
  assign \$141  = acc[359:336] << \port$3944$0 ;
  assign \$142  = \$141  - \port$3988$0 [359:336];
  assign \$143  = active > 1'h0;
  assign \$144  = ~ \$142 [25];
  assign hit_c14_l0 = \$143  & \$144 ;
  assign \$145  = active > 1'h1;
  assign \$146  = acc[359:336] >= \port$3980$0 [359:336];
  assign hit_c14_l1 = \$145  & \$146 ;
  assign \$147  = active > 2'h2;
  assign \$148  = acc[359:336] >= \port$3982$0 [359:336];
  assign hit_c14_l2 = \$147  & \$148 ;
  assign \$149  = hit_c14_l0 + hit_c14_l1;
  assign \$150  = \$149  + hit_c14_l2;
  assign \$151  = acc[383:360] << \port$3946$0 ;
  assign \$152  = \$151  - \port$3988$0 [383:360];
  assign \$153  = active > 1'h0;
  assign \$154  = ~ \$152 [25];
  assign hit_c15_l0 = \$153  & \$154 ;
  assign \$155  = active > 1'h1;
  assign \$156  = acc[383:360] >= \port$3980$0 [383:360];
  assign hit_c15_l1 = \$155  & \$156 ;
  assign \$157  = active > 2'h2;
  assign \$158  = acc[383:360] >= \port$3982$0 [383:360];
  assign hit_c15_l2 = \$157  & \$158 ;
  assign \$159  = hit_c15_l0 + hit_c15_l1;
  assign \$160  = \$159  + hit_c15_l2;
  assign diff_c0 = \$2 [25:0];
  assign shift = { \port$3946$0 , \port$3944$0 , \port$3942$0 , \port$3940$0 , \port$3938$0 , \port$3936$0 , \port$3934$0 , \port$3932$0 , \port$3930$0 , \port$3928$0 , \port$3926$0 , \port$3924$0 , \port$3922$0 , \port$3920$0 , \port$3918$0 , \port$3916$0  };
  assign thresh = { \port$3982$0 , \port$3980$0 , \port$3988$0  };
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
