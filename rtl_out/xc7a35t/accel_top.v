(* top =  1  *)
(* generator = "Amaranth" *)
module accel_top(imem_we, imem_addr, imem_data, mem_rd_ready, mem_rd_data_valid, mem_rd_data, mem_wr_ready, ctr_sel, clk, rst, done, busy, error, mem_rd_valid, mem_rd_addr, mem_rd_len, mem_wr_valid, mem_wr_addr, mem_wr_data, ctr_value, config_id
, start);
  reg \$auto$verilog_backend.cc:2355:dump_module$1  = 0;
  wire \$1 ;
  wire \$10 ;
  wire \$100 ;
  wire \$1000 ;
  wire \$1001 ;
  wire \$1002 ;
  wire \$1003 ;
  wire \$1004 ;
  wire [48:0] \$1005 ;
  wire \$1006 ;
  wire \$1007 ;
  wire \$1008 ;
  wire \$1009 ;
  wire \$101 ;
  wire \$1010 ;
  wire \$1011 ;
  wire [48:0] \$1012 ;
  wire \$1013 ;
  wire \$1014 ;
  wire \$1015 ;
  wire \$1016 ;
  wire \$1017 ;
  wire \$1018 ;
  wire [48:0] \$1019 ;
  wire \$102 ;
  wire \$1020 ;
  wire \$1021 ;
  wire \$1022 ;
  wire \$1023 ;
  wire \$1024 ;
  wire \$1025 ;
  wire [48:0] \$1026 ;
  wire \$1027 ;
  wire \$1028 ;
  wire \$1029 ;
  wire \$103 ;
  wire \$1030 ;
  wire \$1031 ;
  wire \$1032 ;
  wire [48:0] \$1033 ;
  wire \$1034 ;
  wire \$1035 ;
  wire \$1036 ;
  wire \$1037 ;
  wire \$1038 ;
  wire \$1039 ;
  wire \$104 ;
  wire [48:0] \$1040 ;
  wire \$1041 ;
  wire \$1042 ;
  wire \$1043 ;
  wire \$1044 ;
  wire \$1045 ;
  wire \$1046 ;
  wire [48:0] \$1047 ;
  wire \$1048 ;
  wire \$1049 ;
  wire \$105 ;
  wire \$1050 ;
  wire \$1051 ;
  wire \$1052 ;
  wire \$1053 ;
  wire [48:0] \$1054 ;
  wire \$1055 ;
  wire \$1056 ;
  wire \$1057 ;
  wire \$1058 ;
  wire \$1059 ;
  wire \$106 ;
  wire \$1060 ;
  wire [48:0] \$1061 ;
  wire \$1062 ;
  wire \$1063 ;
  wire \$1064 ;
  wire \$1065 ;
  wire \$1066 ;
  wire \$1067 ;
  wire [48:0] \$1068 ;
  wire \$1069 ;
  wire \$107 ;
  wire \$1070 ;
  wire \$1071 ;
  wire \$1072 ;
  wire \$1073 ;
  wire \$1074 ;
  wire [48:0] \$1075 ;
  wire \$1076 ;
  wire \$1077 ;
  wire \$1078 ;
  wire \$1079 ;
  wire \$108 ;
  wire \$1080 ;
  wire \$1081 ;
  wire [48:0] \$1082 ;
  wire \$1083 ;
  wire \$1084 ;
  wire \$1085 ;
  wire \$1086 ;
  wire \$1087 ;
  wire \$1088 ;
  wire [48:0] \$1089 ;
  wire \$109 ;
  wire \$1090 ;
  wire \$1091 ;
  wire \$1092 ;
  wire \$1093 ;
  wire \$1094 ;
  wire \$1095 ;
  wire [48:0] \$1096 ;
  wire \$1097 ;
  wire \$1098 ;
  wire \$1099 ;
  wire \$11 ;
  wire \$110 ;
  wire \$1100 ;
  wire \$1101 ;
  wire \$1102 ;
  wire [48:0] \$1103 ;
  reg [9:0] \$1104 ;
  reg [10:0] \$1105 ;
  reg [47:0] \$1106 ;
  reg [47:0] \$1107 ;
  reg [47:0] \$1108 ;
  reg [47:0] \$1109 ;
  wire \$111 ;
  reg [47:0] \$1110 ;
  reg [2:0] \$1111 ;
  reg [47:0] \$1112 ;
  reg \$1113 ;
  reg \$1114 ;
  reg [127:0] \$1115 ;
  reg [127:0] \$1116 ;
  reg \$1117 ;
  reg [2:0] \$1118 ;
  reg [23:0] \$1119 ;
  wire \$112 ;
  reg [8:0] \$1120 ;
  reg [15:0] \$1121 ;
  reg [1:0] \$1122 ;
  reg [1:0] \$1123 ;
  reg [3:0] \$1124 ;
  reg [3:0] \$1125 ;
  reg [2:0] \$1126 ;
  reg \$1127 ;
  reg [127:0] \$1128 ;
  reg [15:0] \$1129 ;
  wire \$113 ;
  reg [10:0] \$1130 ;
  reg [10:0] \$1131 ;
  reg [15:0] \$1132 ;
  reg [15:0] \$1133 ;
  reg [15:0] \$1134 ;
  reg [8:0] \$1135 ;
  reg [15:0] \$1136 ;
  reg [15:0] \$1137 ;
  reg [15:0] \$1138 ;
  reg [8:0] \$1139 ;
  wire \$114 ;
  reg [2:0] \$1140 ;
  reg [15:0] \$1141 ;
  reg [9:0] \$1142 ;
  reg [23:0] \$1143 ;
  reg \$1144 ;
  reg [9:0] \$1145 ;
  reg [31:0] \$1146 ;
  reg [9:0] \$1147 ;
  reg [15:0] \$1148 ;
  reg [2:0] \$1149 ;
  wire \$115 ;
  reg \$1150 ;
  reg \$1151 ;
  reg [9:0] \$1152 ;
  reg [15:0] \$1153 ;
  reg [2:0] \$1154 ;
  reg [31:0] \$1155 ;
  reg [31:0] \$1156 ;
  reg [8:0] \$1157 ;
  reg [15:0] \$1158 ;
  reg [15:0] \$1159 ;
  wire \$116 ;
  reg \$1160 ;
  reg \$1161 ;
  reg \$1162 ;
  reg \$1163 ;
  reg [8:0] \$1164 ;
  reg [2:0] \$1165 ;
  reg [2:0] \$1166 ;
  reg [2:0] \$1167 ;
  reg [2:0] \$1168 ;
  reg [15:0] \$1169 ;
  wire \$117 ;
  reg [10:0] \$1170 ;
  reg [2:0] \$1171 ;
  reg [2:0] \$1172 ;
  reg [9:0] \$1173 ;
  reg [9:0] \$1174 ;
  reg [15:0] \$1175 ;
  reg [15:0] \$1176 ;
  reg [15:0] \$1177 ;
  reg [1:0] \$1178 ;
  reg [3:0] \$1179 ;
  wire \$118 ;
  reg \$1180 ;
  reg [15:0] \$1181 ;
  reg [1:0] \$1182 ;
  reg [1:0] \$1183 ;
  reg [3:0] \$1184 ;
  reg [63:0] \$1185 ;
  reg [9:0] \$1186 ;
  reg [2:0] \$1187 ;
  reg [31:0] \$1188 ;
  reg \$1189 ;
  wire \$119 ;
  reg [31:0] \$1190 ;
  reg \$1191 ;
  reg [9:0] \$1192 ;
  reg [2:0] \$1193 ;
  reg [383:0] \$1194 ;
  reg [2:0] \$1195 ;
  reg \$1196 ;
  reg [383:0] \$1197 ;
  reg [383:0] \$1198 ;
  reg [127:0] \$1199 ;
  wire \$12 ;
  wire \$120 ;
  reg [127:0] \$1200 ;
  reg [31:0] \$1201 ;
  reg [31:0] \$1202 ;
  reg [31:0] \$1203 ;
  reg [383:0] \$1204 ;
  reg [1:0] \$1205 ;
  reg [3:0] \$1206 ;
  reg \$1207 ;
  reg [15:0] \$1208 ;
  reg [47:0] \$1209 ;
  wire \$121 ;
  reg [15:0] \$1210 ;
  reg [47:0] \$1211 ;
  reg [15:0] \$1212 ;
  reg [47:0] \$1213 ;
  reg [15:0] \$1214 ;
  reg [47:0] \$1215 ;
  reg [15:0] \$1216 ;
  reg [47:0] \$1217 ;
  reg [15:0] \$1218 ;
  reg [47:0] \$1219 ;
  wire \$122 ;
  reg [15:0] \$1220 ;
  reg [47:0] \$1221 ;
  reg [15:0] \$1222 ;
  reg [47:0] \$1223 ;
  reg [15:0] \$1224 ;
  reg [47:0] \$1225 ;
  reg [15:0] \$1226 ;
  reg [47:0] \$1227 ;
  reg [15:0] \$1228 ;
  reg [47:0] \$1229 ;
  wire \$123 ;
  reg [15:0] \$1230 ;
  reg [47:0] \$1231 ;
  reg [15:0] \$1232 ;
  reg [47:0] \$1233 ;
  reg [15:0] \$1234 ;
  reg [47:0] \$1235 ;
  reg [15:0] \$1236 ;
  reg [47:0] \$1237 ;
  reg [15:0] \$1238 ;
  reg [47:0] \$1239 ;
  wire \$124 ;
  reg [15:0] \$1240 ;
  reg [47:0] \$1241 ;
  reg [15:0] \$1242 ;
  reg [47:0] \$1243 ;
  reg [15:0] \$1244 ;
  reg [47:0] \$1245 ;
  wire [63:0] \$1246 ;
  wire [63:0] \$1247 ;
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
  wire [63:0] \$197 ;
  wire [63:0] \$198 ;
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
  wire \$291 ;
  wire \$292 ;
  wire \$293 ;
  wire \$294 ;
  wire \$295 ;
  wire \$296 ;
  wire \$297 ;
  wire \$298 ;
  wire \$299 ;
  wire \$3 ;
  wire \$30 ;
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
  wire \$31 ;
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
  wire \$320 ;
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
  wire \$35 ;
  wire \$350 ;
  wire \$351 ;
  wire \$352 ;
  wire \$353 ;
  wire \$354 ;
  wire \$355 ;
  wire \$356 ;
  wire \$357 ;
  wire \$358 ;
  wire \$359 ;
  wire \$36 ;
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
  wire \$379 ;
  wire \$38 ;
  wire \$380 ;
  wire \$381 ;
  wire \$382 ;
  wire \$383 ;
  wire \$384 ;
  wire \$385 ;
  wire \$386 ;
  wire \$387 ;
  wire \$388 ;
  wire \$389 ;
  wire \$39 ;
  wire \$390 ;
  wire [63:0] \$391 ;
  wire [63:0] \$392 ;
  wire \$393 ;
  wire \$394 ;
  wire \$395 ;
  wire \$396 ;
  wire \$397 ;
  wire \$398 ;
  wire \$399 ;
  wire \$4 ;
  wire \$40 ;
  wire \$400 ;
  wire \$401 ;
  wire \$402 ;
  wire \$403 ;
  wire \$404 ;
  wire [16:0] \$405 ;
  wire [16:0] \$406 ;
  wire [17:0] \$407 ;
  wire \$408 ;
  wire \$409 ;
  wire \$41 ;
  wire \$410 ;
  wire \$411 ;
  wire [9:0] \$412 ;
  wire [9:0] \$413 ;
  wire [11:0] \$414 ;
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
  wire [16:0] \$427 ;
  wire [16:0] \$428 ;
  wire [17:0] \$429 ;
  wire \$43 ;
  wire \$430 ;
  wire \$431 ;
  wire \$432 ;
  wire \$433 ;
  wire [16:0] \$434 ;
  wire [16:0] \$435 ;
  wire [17:0] \$436 ;
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
  wire [16:0] \$463 ;
  wire \$464 ;
  wire \$465 ;
  wire \$466 ;
  wire \$467 ;
  wire \$468 ;
  wire \$469 ;
  wire \$47 ;
  wire \$470 ;
  wire \$471 ;
  wire [16:0] \$472 ;
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
  wire [16:0] \$489 ;
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
  reg [63:0] \$509 ;
  wire \$51 ;
  wire \$510 ;
  wire \$511 ;
  wire \$512 ;
  wire \$513 ;
  reg [63:0] \$514 ;
  wire [63:0] \$515 ;
  wire \$516 ;
  wire \$517 ;
  wire \$518 ;
  wire \$519 ;
  wire \$52 ;
  wire \$520 ;
  wire \$521 ;
  wire \$522 ;
  wire \$523 ;
  wire [1:0] \$524 ;
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
  wire [6:0] \$535 ;
  wire \$536 ;
  wire [7:0] \$537 ;
  wire [9:0] \$538 ;
  wire [16:0] \$539 ;
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
  reg [15:0] \$557 ;
  wire [15:0] \$558 ;
  wire [15:0] \$559 ;
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
  reg [15:0] \$577 ;
  wire [15:0] \$578 ;
  wire [15:0] \$579 ;
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
  wire \$590 ;
  wire \$591 ;
  wire \$592 ;
  wire \$593 ;
  wire \$594 ;
  wire \$595 ;
  wire \$596 ;
  reg [15:0] \$597 ;
  wire [15:0] \$598 ;
  wire [15:0] \$599 ;
  wire \$6 ;
  wire \$60 ;
  wire \$600 ;
  wire \$601 ;
  wire \$602 ;
  wire \$603 ;
  wire \$604 ;
  wire \$605 ;
  wire \$606 ;
  wire \$607 ;
  wire \$608 ;
  wire \$609 ;
  wire \$61 ;
  wire \$610 ;
  wire \$611 ;
  wire \$612 ;
  wire \$613 ;
  wire \$614 ;
  wire \$615 ;
  wire \$616 ;
  reg [15:0] \$617 ;
  wire [15:0] \$618 ;
  wire [15:0] \$619 ;
  wire \$62 ;
  wire \$620 ;
  wire \$621 ;
  wire \$622 ;
  wire \$623 ;
  wire \$624 ;
  wire \$625 ;
  wire \$626 ;
  wire \$627 ;
  wire \$628 ;
  wire \$629 ;
  wire \$63 ;
  wire \$630 ;
  wire \$631 ;
  wire \$632 ;
  wire \$633 ;
  wire \$634 ;
  wire \$635 ;
  wire \$636 ;
  reg [15:0] \$637 ;
  wire [15:0] \$638 ;
  wire [15:0] \$639 ;
  wire \$64 ;
  wire \$640 ;
  wire \$641 ;
  wire \$642 ;
  wire \$643 ;
  wire \$644 ;
  wire \$645 ;
  wire \$646 ;
  wire \$647 ;
  wire \$648 ;
  wire \$649 ;
  wire \$65 ;
  wire \$650 ;
  wire \$651 ;
  wire \$652 ;
  wire \$653 ;
  wire \$654 ;
  wire \$655 ;
  wire \$656 ;
  reg [15:0] \$657 ;
  wire [15:0] \$658 ;
  wire [15:0] \$659 ;
  wire \$66 ;
  wire \$660 ;
  wire \$661 ;
  wire \$662 ;
  wire \$663 ;
  wire \$664 ;
  wire \$665 ;
  wire \$666 ;
  wire \$667 ;
  wire \$668 ;
  wire \$669 ;
  wire \$67 ;
  wire \$670 ;
  wire \$671 ;
  wire \$672 ;
  wire \$673 ;
  wire \$674 ;
  wire \$675 ;
  wire \$676 ;
  reg [15:0] \$677 ;
  wire [15:0] \$678 ;
  wire [15:0] \$679 ;
  wire \$68 ;
  wire \$680 ;
  wire \$681 ;
  wire \$682 ;
  wire \$683 ;
  wire \$684 ;
  wire \$685 ;
  wire \$686 ;
  wire \$687 ;
  wire \$688 ;
  wire \$689 ;
  wire \$69 ;
  wire \$690 ;
  wire \$691 ;
  wire \$692 ;
  wire \$693 ;
  wire \$694 ;
  wire \$695 ;
  wire \$696 ;
  reg [15:0] \$697 ;
  wire [15:0] \$698 ;
  wire [15:0] \$699 ;
  wire \$7 ;
  wire \$70 ;
  wire \$700 ;
  wire \$701 ;
  wire \$702 ;
  wire \$703 ;
  wire \$704 ;
  wire \$705 ;
  wire \$706 ;
  wire \$707 ;
  wire \$708 ;
  wire \$709 ;
  wire \$71 ;
  wire \$710 ;
  wire \$711 ;
  wire \$712 ;
  wire \$713 ;
  wire \$714 ;
  wire \$715 ;
  wire \$716 ;
  wire \$717 ;
  wire \$718 ;
  wire \$719 ;
  wire \$72 ;
  wire \$720 ;
  wire \$721 ;
  wire \$722 ;
  wire \$723 ;
  wire \$724 ;
  wire \$725 ;
  wire [11:0] \$726 ;
  wire \$727 ;
  wire \$728 ;
  wire \$729 ;
  wire \$73 ;
  wire \$730 ;
  reg \$731 ;
  wire [23:0] \$732 ;
  reg \$733 ;
  wire [23:0] \$734 ;
  reg \$735 ;
  wire [23:0] \$736 ;
  reg \$737 ;
  wire [23:0] \$738 ;
  reg \$739 ;
  wire \$74 ;
  wire [23:0] \$740 ;
  reg \$741 ;
  wire [23:0] \$742 ;
  reg \$743 ;
  wire [23:0] \$744 ;
  reg \$745 ;
  wire [23:0] \$746 ;
  reg \$747 ;
  wire [23:0] \$748 ;
  reg \$749 ;
  wire \$75 ;
  wire [23:0] \$750 ;
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
  wire [383:0] \$763 ;
  wire \$764 ;
  wire \$765 ;
  wire \$766 ;
  wire \$767 ;
  wire \$768 ;
  wire \$769 ;
  wire \$77 ;
  wire \$770 ;
  wire \$771 ;
  wire \$772 ;
  wire \$773 ;
  wire \$774 ;
  wire \$775 ;
  wire \$776 ;
  wire \$777 ;
  wire \$778 ;
  wire \$779 ;
  wire \$78 ;
  wire \$780 ;
  wire \$781 ;
  wire \$782 ;
  wire \$783 ;
  wire \$784 ;
  wire \$785 ;
  wire \$786 ;
  wire \$787 ;
  wire \$788 ;
  wire \$789 ;
  wire \$79 ;
  wire \$790 ;
  wire \$791 ;
  wire \$792 ;
  wire [11:0] \$793 ;
  wire [11:0] \$794 ;
  wire [11:0] \$795 ;
  reg [47:0] \$796 ;
  reg [47:0] \$797 ;
  reg [47:0] \$798 ;
  reg [47:0] \$799 ;
  wire \$8 ;
  wire \$80 ;
  reg [47:0] \$800 ;
  reg [47:0] \$801 ;
  wire \$802 ;
  wire \$803 ;
  wire \$804 ;
  wire \$805 ;
  wire \$806 ;
  wire \$807 ;
  wire \$808 ;
  wire \$809 ;
  wire \$81 ;
  wire \$810 ;
  wire \$811 ;
  wire \$812 ;
  wire \$813 ;
  wire \$814 ;
  wire \$815 ;
  wire [2:0] \$816 ;
  wire [2:0] \$817 ;
  wire [2:0] \$818 ;
  wire \$819 ;
  wire \$82 ;
  wire [16:0] \$820 ;
  wire \$821 ;
  wire [16:0] \$822 ;
  wire \$823 ;
  wire [16:0] \$824 ;
  wire [18:0] \$825 ;
  wire [18:0] \$826 ;
  wire [18:0] \$827 ;
  wire [18:0] \$828 ;
  wire \$829 ;
  wire \$83 ;
  wire [8:0] \$830 ;
  wire [16:0] \$831 ;
  wire [18:0] \$832 ;
  wire \$833 ;
  reg [14:0] \$834 ;
  wire [14:0] \$835 ;
  wire [14:0] \$836 ;
  wire \$837 ;
  reg [14:0] \$838 ;
  wire [14:0] \$839 ;
  wire \$84 ;
  wire [14:0] \$840 ;
  wire [14:0] \$841 ;
  wire \$842 ;
  wire [4:0] \$843 ;
  wire [4:0] \$844 ;
  wire [3:0] \$845 ;
  wire \$846 ;
  wire [11:0] \$847 ;
  wire [11:0] \$848 ;
  wire [16:0] \$849 ;
  wire \$85 ;
  wire [9:0] \$850 ;
  wire \$851 ;
  wire \$852 ;
  wire \$853 ;
  wire [16:0] \$854 ;
  wire [9:0] \$855 ;
  wire \$856 ;
  wire [11:0] \$857 ;
  wire [4:0] \$858 ;
  wire [3:0] \$859 ;
  wire \$86 ;
  wire [3:0] \$860 ;
  wire [15:0] \$861 ;
  wire [3:0] \$862 ;
  wire \$863 ;
  wire [10:0] \$864 ;
  wire [32:0] \$865 ;
  wire \$866 ;
  wire \$867 ;
  wire \$868 ;
  wire \$869 ;
  wire \$87 ;
  wire [10:0] \$870 ;
  wire \$871 ;
  wire [10:0] \$872 ;
  wire \$873 ;
  wire [16:0] \$874 ;
  wire [16:0] \$875 ;
  wire \$876 ;
  wire [3:0] \$877 ;
  wire \$878 ;
  wire \$879 ;
  wire \$88 ;
  wire \$880 ;
  wire \$881 ;
  wire \$882 ;
  wire \$883 ;
  wire \$884 ;
  wire \$885 ;
  wire \$886 ;
  wire [10:0] \$887 ;
  wire [32:0] \$888 ;
  wire [32:0] \$889 ;
  wire \$89 ;
  wire \$890 ;
  wire [5:0] \$891 ;
  wire [9:0] \$892 ;
  wire \$893 ;
  wire [5:0] \$894 ;
  wire [9:0] \$895 ;
  wire \$896 ;
  wire [5:0] \$897 ;
  wire [9:0] \$898 ;
  wire [16:0] \$899 ;
  wire \$9 ;
  wire \$90 ;
  wire [32:0] \$900 ;
  wire [16:0] \$901 ;
  wire [16:0] \$902 ;
  wire [3:0] \$903 ;
  wire [32:0] \$904 ;
  wire \$905 ;
  wire \$906 ;
  wire \$907 ;
  wire \$908 ;
  wire \$909 ;
  wire \$91 ;
  wire \$910 ;
  wire \$911 ;
  wire \$912 ;
  wire \$913 ;
  wire \$914 ;
  wire \$915 ;
  wire \$916 ;
  wire \$917 ;
  wire \$918 ;
  wire \$919 ;
  wire \$92 ;
  wire \$920 ;
  wire [9:0] \$921 ;
  wire [16:0] \$922 ;
  wire \$923 ;
  wire \$924 ;
  wire \$925 ;
  wire [3:0] \$926 ;
  wire [16:0] \$927 ;
  wire [16:0] \$928 ;
  wire [16:0] \$929 ;
  wire \$93 ;
  wire \$930 ;
  wire [3:0] \$931 ;
  wire [10:0] \$932 ;
  wire [16:0] \$933 ;
  wire [16:0] \$934 ;
  wire [3:0] \$935 ;
  wire [10:0] \$936 ;
  wire [11:0] \$937 ;
  wire [16:0] \$938 ;
  wire \$939 ;
  wire \$94 ;
  wire [3:0] \$940 ;
  wire \$941 ;
  wire \$942 ;
  wire \$943 ;
  wire [16:0] \$944 ;
  wire \$945 ;
  wire \$946 ;
  wire \$947 ;
  wire \$948 ;
  wire [1:0] \$949 ;
  wire \$95 ;
  wire \$950 ;
  wire \$951 ;
  reg [15:0] \$952 ;
  reg [15:0] \$953 ;
  reg [15:0] \$954 ;
  reg [15:0] \$955 ;
  wire \$956 ;
  wire \$957 ;
  wire [2:0] \$958 ;
  wire [4:0] \$959 ;
  wire \$96 ;
  wire \$960 ;
  wire \$961 ;
  wire [16:0] \$962 ;
  wire \$963 ;
  wire \$964 ;
  wire \$965 ;
  wire [16:0] \$966 ;
  wire [16:0] \$967 ;
  wire [16:0] \$968 ;
  wire [16:0] \$969 ;
  wire \$97 ;
  wire [9:0] \$970 ;
  wire \$971 ;
  wire \$972 ;
  wire \$973 ;
  wire \$974 ;
  wire \$975 ;
  wire \$976 ;
  wire [48:0] \$977 ;
  wire \$978 ;
  wire \$979 ;
  wire \$98 ;
  wire \$980 ;
  wire \$981 ;
  wire \$982 ;
  wire \$983 ;
  wire [48:0] \$984 ;
  wire \$985 ;
  wire \$986 ;
  wire \$987 ;
  wire \$988 ;
  wire \$989 ;
  wire \$99 ;
  wire \$990 ;
  wire [48:0] \$991 ;
  wire \$992 ;
  wire \$993 ;
  wire \$994 ;
  wire \$995 ;
  wire \$996 ;
  wire \$997 ;
  wire [48:0] \$998 ;
  wire \$999 ;
  reg [10:0] \$like  = 11'h000;
  reg [1:0] \$like$174  = 2'h0;
  reg [1:0] \$like$175  = 2'h0;
  reg \$signal  = 1'h0;
  reg \$signal$100  = 1'h0;
  reg [9:0] \$signal$103  = 10'h000;
  reg [31:0] \$signal$130  = 32'd0;
  reg [15:0] \$signal$134  = 16'h0000;
  (* init = 9'h000 *)
  wire [8:0] \$signal$136 ;
  reg [15:0] \$signal$177  = 16'h0000;
  reg [9:0] \$signal$180  = 10'h000;
  reg [31:0] \$signal$182  = 32'd0;
  reg \$signal$185  = 1'h0;
  reg [2:0] \$signal$187  = 3'h0;
  reg [2:0] \$signal$188  = 3'h0;
  reg [10:0] \$signal$190  = 11'h000;
  reg [2:0] \$signal$191  = 3'h0;
  reg [15:0] \$signal$194  = 16'h0000;
  reg [9:0] \$signal$197  = 10'h000;
  reg [127:0] \$signal$202  = 128'h00000000000000000000000000000000;
  reg [127:0] \$signal$203  = 128'h00000000000000000000000000000000;
  (* init = 1'h0 *)
  wire \$signal$39 ;
  reg \$signal$46  = 1'h0;
  reg [15:0] \$signal$49  = 16'h0000;
  reg [15:0] \$signal$50  = 16'h0000;
  reg [8:0] \$signal$51  = 9'h000;
  reg [8:0] \$signal$52  = 9'h000;
  reg [15:0] \$signal$53  = 16'h0000;
  reg [15:0] \$signal$54  = 16'h0000;
  reg [15:0] \$signal$55  = 16'h0000;
  reg [15:0] \$signal$56  = 16'h0000;
  reg \$signal$69  = 1'h0;
  reg \$signal$86  = 1'h0;
  wire [9:0] \$signature__addr ;
  reg [7:0] \$signature__addr$71 ;
  reg [8:0] \$signature__addr$77 ;
  wire [127:0] \$signature__data ;
  reg [127:0] \$signature__data$73 ;
  reg [1023:0] \$signature__data$78 ;
  wire [15:0] \$signature__en ;
  reg [7:0] \$signature__en$74 ;
  reg [15:0] \$signature__en$79 ;
  wire [127:0] a_in;
  wire [127:0] a_q;
  reg [383:0] acc;
  wire [767:0] \acc$126 ;
  wire [7:0] act_r__addr;
  wire [127:0] act_r__data;
  wire act_r__en;
  (* init = 2'h0 *)
  wire [1:0] active;
  reg [63:0] asm = 64'h0000000000000000;
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
  (* init = 3'h0 *)
  wire [2:0] cp;
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
  (* init = 1'h0 *)
  wire cz;
  output done;
  wire done;
  output error;
  wire error;
  (* init = 10'h000 *)
  wire [9:0] fetch_addr;
  reg [127:0] fetched;
  reg finish;
  reg [63:0] full;
  reg hold;
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
  reg lastw_d = 1'h0;
  reg [10:0] lp_end = 11'h000;
  reg [15:0] lp_left = 16'h0000;
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
  reg [2:0] n_nb1 = 3'h0;
  reg [3:0] n_ob1 = 4'h0;
  reg [15:0] n_pitch = 16'h0000;
  reg [23:0] n_rd_len = 24'h000000;
  reg [8:0] n_t_base = 9'h000;
  reg [2:0] nb1 = 3'h0;
  reg [127:0] nxt = 128'h00000000000000000000000000000000;
  reg [31:0] o_addr = 32'd0;
  reg [31:0] o_addr2 = 32'd0;
  reg [9:0] o_bank2 = 10'h000;
  reg [2:0] o_beat = 3'h0;
  reg [2:0] o_beat2 = 3'h0;
  reg o_last = 1'h0;
  reg [31:0] old_bits = 32'd0;
  reg [2:0] p = 3'h0;
  reg [1:0] p_cmp = 2'h0;
  reg [1:0] p_lv = 2'h0;
  reg [3:0] p_ob1 = 4'h0;
  reg [15:0] paddr = 16'h0000;
  reg [10:0] pc = 11'h000;
  reg [10:0] pc_next;
  reg [15:0] pitch = 16'h0000;
  reg [2:0] plane = 3'h0;
  reg [15:0] plane_base = 16'h0000;
  reg [23:0] rd_len = 24'h000000;
  reg [31:0] req_addr = 32'd0;
  reg [9:0] req_cnt = 10'h000;
  reg req_more = 1'h0;
  input rst;
  wire rst;
  reg [9:0] rx_bank = 10'h000;
  reg [2:0] rx_beat = 3'h0;
  reg rx_blast = 1'h0;
  reg [15:0] rx_word = 16'h0000;
  reg [31:0] s_cur = 32'd0;
  wire [383:0] scores;
  reg [383:0] scores_q = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  reg [2:0] sel_q = 3'h0;
  wire shift;
  input start;
  wire start;
  reg [3:0] state = 4'h0;
  reg [63:0] store_act;
  reg [383:0] store_out;
  reg [2:0] t = 3'h0;
  reg [8:0] t_row = 9'h000;
  reg [15:0] tail = 16'h0000;
  reg [15:0] thr_ptr = 16'h0000;
  wire [8:0] thr_r__addr;
  wire [383:0] thr_r__data;
  wire thr_r__en;
  reg [8:0] thr_w__addr;
  reg [383:0] thr_w__data;
  reg [15:0] thr_w__en;
  wire [1151:0] thresh;
  reg [383:0] thresh_l0 = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  reg [383:0] thresh_l1 = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  reg [383:0] thresh_l2 = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
  reg [2:0] tx_beat = 3'h0;
  reg [15:0] tx_word = 16'h0000;
  reg valid = 1'h0;
  wire [1023:0] w_in;
  reg [3:0] wbit = 4'h0;
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
    if (\$signature__en$74 [0])
      act_buf[\$signature__addr$71 ][15:0] <= \$signature__data$73 [15:0];
    if (\$signature__en$74 [1])
      act_buf[\$signature__addr$71 ][31:16] <= \$signature__data$73 [31:16];
    if (\$signature__en$74 [2])
      act_buf[\$signature__addr$71 ][47:32] <= \$signature__data$73 [47:32];
    if (\$signature__en$74 [3])
      act_buf[\$signature__addr$71 ][63:48] <= \$signature__data$73 [63:48];
    if (\$signature__en$74 [4])
      act_buf[\$signature__addr$71 ][79:64] <= \$signature__data$73 [79:64];
    if (\$signature__en$74 [5])
      act_buf[\$signature__addr$71 ][95:80] <= \$signature__data$73 [95:80];
    if (\$signature__en$74 [6])
      act_buf[\$signature__addr$71 ][111:96] <= \$signature__data$73 [111:96];
    if (\$signature__en$74 [7])
      act_buf[\$signature__addr$71 ][127:112] <= \$signature__data$73 [127:112];
  end
  reg [127:0] _0_;
  always @(posedge clk) begin
    if (act_r__en) begin
      _0_ <= act_buf[\$signal$134 [7:0]];
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
    if (thr_w__en[0])
      thresh_out_buf[thr_w__addr][23:0] <= thr_w__data[23:0];
    if (thr_w__en[1])
      thresh_out_buf[thr_w__addr][47:24] <= thr_w__data[47:24];
    if (thr_w__en[2])
      thresh_out_buf[thr_w__addr][71:48] <= thr_w__data[71:48];
    if (thr_w__en[3])
      thresh_out_buf[thr_w__addr][95:72] <= thr_w__data[95:72];
    if (thr_w__en[4])
      thresh_out_buf[thr_w__addr][119:96] <= thr_w__data[119:96];
    if (thr_w__en[5])
      thresh_out_buf[thr_w__addr][143:120] <= thr_w__data[143:120];
    if (thr_w__en[6])
      thresh_out_buf[thr_w__addr][167:144] <= thr_w__data[167:144];
    if (thr_w__en[7])
      thresh_out_buf[thr_w__addr][191:168] <= thr_w__data[191:168];
    if (thr_w__en[8])
      thresh_out_buf[thr_w__addr][215:192] <= thr_w__data[215:192];
    if (thr_w__en[9])
      thresh_out_buf[thr_w__addr][239:216] <= thr_w__data[239:216];
    if (thr_w__en[10])
      thresh_out_buf[thr_w__addr][263:240] <= thr_w__data[263:240];
    if (thr_w__en[11])
      thresh_out_buf[thr_w__addr][287:264] <= thr_w__data[287:264];
    if (thr_w__en[12])
      thresh_out_buf[thr_w__addr][311:288] <= thr_w__data[311:288];
    if (thr_w__en[13])
      thresh_out_buf[thr_w__addr][335:312] <= thr_w__data[335:312];
    if (thr_w__en[14])
      thresh_out_buf[thr_w__addr][359:336] <= thr_w__data[359:336];
    if (thr_w__en[15])
      thresh_out_buf[thr_w__addr][383:360] <= thr_w__data[383:360];
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
    if (\$signature__en$79 [0])
      weight_buf[\$signature__addr$77 ][63:0] <= \$signature__data$78 [63:0];
    if (\$signature__en$79 [1])
      weight_buf[\$signature__addr$77 ][127:64] <= \$signature__data$78 [127:64];
    if (\$signature__en$79 [2])
      weight_buf[\$signature__addr$77 ][191:128] <= \$signature__data$78 [191:128];
    if (\$signature__en$79 [3])
      weight_buf[\$signature__addr$77 ][255:192] <= \$signature__data$78 [255:192];
    if (\$signature__en$79 [4])
      weight_buf[\$signature__addr$77 ][319:256] <= \$signature__data$78 [319:256];
    if (\$signature__en$79 [5])
      weight_buf[\$signature__addr$77 ][383:320] <= \$signature__data$78 [383:320];
    if (\$signature__en$79 [6])
      weight_buf[\$signature__addr$77 ][447:384] <= \$signature__data$78 [447:384];
    if (\$signature__en$79 [7])
      weight_buf[\$signature__addr$77 ][511:448] <= \$signature__data$78 [511:448];
    if (\$signature__en$79 [8])
      weight_buf[\$signature__addr$77 ][575:512] <= \$signature__data$78 [575:512];
    if (\$signature__en$79 [9])
      weight_buf[\$signature__addr$77 ][639:576] <= \$signature__data$78 [639:576];
    if (\$signature__en$79 [10])
      weight_buf[\$signature__addr$77 ][703:640] <= \$signature__data$78 [703:640];
    if (\$signature__en$79 [11])
      weight_buf[\$signature__addr$77 ][767:704] <= \$signature__data$78 [767:704];
    if (\$signature__en$79 [12])
      weight_buf[\$signature__addr$77 ][831:768] <= \$signature__data$78 [831:768];
    if (\$signature__en$79 [13])
      weight_buf[\$signature__addr$77 ][895:832] <= \$signature__data$78 [895:832];
    if (\$signature__en$79 [14])
      weight_buf[\$signature__addr$77 ][959:896] <= \$signature__data$78 [959:896];
    if (\$signature__en$79 [15])
      weight_buf[\$signature__addr$77 ][1023:960] <= \$signature__data$78 [1023:960];
  end
  reg [1023:0] _3_;
  always @(posedge clk) begin
    if (wgt_r__en) begin
      _3_ <= weight_buf[wgt_r__addr];
    end
  end
  assign w_in = _3_;
  assign done = state == 3'h6;
  assign error = state == 3'h7;
  assign \$1  = | state;
  assign \$2  = state != 3'h6;
  assign \$3  = \$1  & \$2 ;
  assign \$4  = state != 3'h7;
  assign busy = \$3  & \$4 ;
  assign \$5  = | instr[123:115];
  assign \$6  = instr[123:115] <= 1'h0;
  assign \$7  = \$5  & \$6 ;
  assign \$8  = | instr[123:115];
  assign \$9  = instr[123:115] <= 1'h1;
  assign \$10  = \$8  & \$9 ;
  assign \$11  = | instr[123:115];
  assign \$12  = instr[123:115] <= 2'h2;
  assign \$13  = \$11  & \$12 ;
  assign \$14  = | instr[123:115];
  assign \$15  = instr[123:115] <= 2'h3;
  assign \$16  = \$14  & \$15 ;
  assign \$17  = | instr[123:115];
  assign \$18  = instr[123:115] <= 3'h4;
  assign \$19  = \$17  & \$18 ;
  assign \$20  = | instr[123:115];
  assign \$21  = instr[123:115] <= 3'h5;
  assign \$22  = \$20  & \$21 ;
  assign \$23  = | instr[123:115];
  assign \$24  = instr[123:115] <= 3'h6;
  assign \$25  = \$23  & \$24 ;
  assign \$26  = | instr[123:115];
  assign \$27  = instr[123:115] <= 3'h7;
  assign \$28  = \$26  & \$27 ;
  assign \$29  = | instr[123:115];
  assign \$30  = instr[123:115] <= 4'h8;
  assign \$31  = \$29  & \$30 ;
  assign \$32  = | instr[123:115];
  assign \$33  = instr[123:115] <= 4'h9;
  assign \$34  = \$32  & \$33 ;
  assign \$35  = | instr[123:115];
  assign \$36  = instr[123:115] <= 4'ha;
  assign \$37  = \$35  & \$36 ;
  assign \$38  = | instr[123:115];
  assign \$39  = instr[123:115] <= 4'hb;
  assign \$40  = \$38  & \$39 ;
  assign \$41  = | instr[123:115];
  assign \$42  = instr[123:115] <= 4'hc;
  assign \$43  = \$41  & \$42 ;
  assign \$44  = | instr[123:115];
  assign \$45  = instr[123:115] <= 4'hd;
  assign \$46  = \$44  & \$45 ;
  assign \$47  = | instr[123:115];
  assign \$48  = instr[123:115] <= 4'he;
  assign \$49  = \$47  & \$48 ;
  assign \$50  = | instr[123:115];
  assign \$51  = instr[123:115] <= 4'hf;
  assign \$52  = \$50  & \$51 ;
  assign \$53  = | instr[123:115];
  assign \$54  = instr[123:115] <= 5'h10;
  assign \$55  = \$53  & \$54 ;
  assign \$56  = | instr[123:115];
  assign \$57  = instr[123:115] <= 5'h11;
  assign \$58  = \$56  & \$57 ;
  assign \$59  = | instr[123:115];
  assign \$60  = instr[123:115] <= 5'h12;
  assign \$61  = \$59  & \$60 ;
  assign \$62  = | instr[123:115];
  assign \$63  = instr[123:115] <= 5'h13;
  assign \$64  = \$62  & \$63 ;
  assign \$65  = | instr[123:115];
  assign \$66  = instr[123:115] <= 5'h14;
  assign \$67  = \$65  & \$66 ;
  assign \$68  = | instr[123:115];
  assign \$69  = instr[123:115] <= 5'h15;
  assign \$70  = \$68  & \$69 ;
  assign \$71  = | instr[123:115];
  assign \$72  = instr[123:115] <= 5'h16;
  assign \$73  = \$71  & \$72 ;
  assign \$74  = | instr[123:115];
  assign \$75  = instr[123:115] <= 5'h17;
  assign \$76  = \$74  & \$75 ;
  assign \$77  = | instr[123:115];
  assign \$78  = instr[123:115] <= 5'h18;
  assign \$79  = \$77  & \$78 ;
  assign \$80  = | instr[123:115];
  assign \$81  = instr[123:115] <= 5'h19;
  assign \$82  = \$80  & \$81 ;
  assign \$83  = | instr[123:115];
  assign \$84  = instr[123:115] <= 5'h1a;
  assign \$85  = \$83  & \$84 ;
  assign \$86  = | instr[123:115];
  assign \$87  = instr[123:115] <= 5'h1b;
  assign \$88  = \$86  & \$87 ;
  assign \$89  = | instr[123:115];
  assign \$90  = instr[123:115] <= 5'h1c;
  assign \$91  = \$89  & \$90 ;
  assign \$92  = | instr[123:115];
  assign \$93  = instr[123:115] <= 5'h1d;
  assign \$94  = \$92  & \$93 ;
  assign \$95  = | instr[123:115];
  assign \$96  = instr[123:115] <= 5'h1e;
  assign \$97  = \$95  & \$96 ;
  assign \$98  = | instr[123:115];
  assign \$99  = instr[123:115] <= 5'h1f;
  assign \$100  = \$98  & \$99 ;
  assign \$101  = | instr[123:115];
  assign \$102  = instr[123:115] <= 6'h20;
  assign \$103  = \$101  & \$102 ;
  assign \$104  = | instr[123:115];
  assign \$105  = instr[123:115] <= 6'h21;
  assign \$106  = \$104  & \$105 ;
  assign \$107  = | instr[123:115];
  assign \$108  = instr[123:115] <= 6'h22;
  assign \$109  = \$107  & \$108 ;
  assign \$110  = | instr[123:115];
  assign \$111  = instr[123:115] <= 6'h23;
  assign \$112  = \$110  & \$111 ;
  assign \$113  = | instr[123:115];
  assign \$114  = instr[123:115] <= 6'h24;
  assign \$115  = \$113  & \$114 ;
  assign \$116  = | instr[123:115];
  assign \$117  = instr[123:115] <= 6'h25;
  assign \$118  = \$116  & \$117 ;
  assign \$119  = | instr[123:115];
  assign \$120  = instr[123:115] <= 6'h26;
  assign \$121  = \$119  & \$120 ;
  assign \$122  = | instr[123:115];
  assign \$123  = instr[123:115] <= 6'h27;
  assign \$124  = \$122  & \$123 ;
  assign \$125  = | instr[123:115];
  assign \$126  = instr[123:115] <= 6'h28;
  assign \$127  = \$125  & \$126 ;
  assign \$128  = | instr[123:115];
  assign \$129  = instr[123:115] <= 6'h29;
  assign \$130  = \$128  & \$129 ;
  assign \$131  = | instr[123:115];
  assign \$132  = instr[123:115] <= 6'h2a;
  assign \$133  = \$131  & \$132 ;
  assign \$134  = | instr[123:115];
  assign \$135  = instr[123:115] <= 6'h2b;
  assign \$136  = \$134  & \$135 ;
  assign \$137  = | instr[123:115];
  assign \$138  = instr[123:115] <= 6'h2c;
  assign \$139  = \$137  & \$138 ;
  assign \$140  = | instr[123:115];
  assign \$141  = instr[123:115] <= 6'h2d;
  assign \$142  = \$140  & \$141 ;
  assign \$143  = | instr[123:115];
  assign \$144  = instr[123:115] <= 6'h2e;
  assign \$145  = \$143  & \$144 ;
  assign \$146  = | instr[123:115];
  assign \$147  = instr[123:115] <= 6'h2f;
  assign \$148  = \$146  & \$147 ;
  assign \$149  = | instr[123:115];
  assign \$150  = instr[123:115] <= 6'h30;
  assign \$151  = \$149  & \$150 ;
  assign \$152  = | instr[123:115];
  assign \$153  = instr[123:115] <= 6'h31;
  assign \$154  = \$152  & \$153 ;
  assign \$155  = | instr[123:115];
  assign \$156  = instr[123:115] <= 6'h32;
  assign \$157  = \$155  & \$156 ;
  assign \$158  = | instr[123:115];
  assign \$159  = instr[123:115] <= 6'h33;
  assign \$160  = \$158  & \$159 ;
  assign \$161  = | instr[123:115];
  assign \$162  = instr[123:115] <= 6'h34;
  assign \$163  = \$161  & \$162 ;
  assign \$164  = | instr[123:115];
  assign \$165  = instr[123:115] <= 6'h35;
  assign \$166  = \$164  & \$165 ;
  assign \$167  = | instr[123:115];
  assign \$168  = instr[123:115] <= 6'h36;
  assign \$169  = \$167  & \$168 ;
  assign \$170  = | instr[123:115];
  assign \$171  = instr[123:115] <= 6'h37;
  assign \$172  = \$170  & \$171 ;
  assign \$173  = | instr[123:115];
  assign \$174  = instr[123:115] <= 6'h38;
  assign \$175  = \$173  & \$174 ;
  assign \$176  = | instr[123:115];
  assign \$177  = instr[123:115] <= 6'h39;
  assign \$178  = \$176  & \$177 ;
  assign \$179  = | instr[123:115];
  assign \$180  = instr[123:115] <= 6'h3a;
  assign \$181  = \$179  & \$180 ;
  assign \$182  = | instr[123:115];
  assign \$183  = instr[123:115] <= 6'h3b;
  assign \$184  = \$182  & \$183 ;
  assign \$185  = | instr[123:115];
  assign \$186  = instr[123:115] <= 6'h3c;
  assign \$187  = \$185  & \$186 ;
  assign \$188  = | instr[123:115];
  assign \$189  = instr[123:115] <= 6'h3d;
  assign \$190  = \$188  & \$189 ;
  assign \$191  = | instr[123:115];
  assign \$192  = instr[123:115] <= 6'h3e;
  assign \$193  = \$191  & \$192 ;
  assign \$194  = | instr[123:115];
  assign \$195  = instr[123:115] <= 6'h3f;
  assign \$196  = \$194  & \$195 ;
  assign \$197  = lastw_d ? { \$196 , \$193 , \$190 , \$187 , \$184 , \$181 , \$178 , \$175 , \$172 , \$169 , \$166 , \$163 , \$160 , \$157 , \$154 , \$151 , \$148 , \$145 , \$142 , \$139 , \$136 , \$133 , \$130 , \$127 , \$124 , \$121 , \$118 , \$115 , \$112 , \$109 , \$106 , \$103 , \$100 , \$97 , \$94 , \$91 , \$88 , \$85 , \$82 , \$79 , \$76 , \$73 , \$70 , \$67 , \$64 , \$61 , \$58 , \$55 , \$52 , \$49 , \$46 , \$43 , \$40 , \$37 , \$34 , \$31 , \$28 , \$25 , \$22 , \$19 , \$16 , \$13 , \$10 , \$7  } : 64'h0000000000000000;
  assign \$198  = instr[114] ? 64'hffffffffffffffff : \$197 ;
  assign \$199  = | instr[123:115];
  assign \$200  = instr[123:115] <= 1'h0;
  assign \$201  = \$199  & \$200 ;
  assign \$202  = | instr[123:115];
  assign \$203  = instr[123:115] <= 1'h1;
  assign \$204  = \$202  & \$203 ;
  assign \$205  = | instr[123:115];
  assign \$206  = instr[123:115] <= 2'h2;
  assign \$207  = \$205  & \$206 ;
  assign \$208  = | instr[123:115];
  assign \$209  = instr[123:115] <= 2'h3;
  assign \$210  = \$208  & \$209 ;
  assign \$211  = | instr[123:115];
  assign \$212  = instr[123:115] <= 3'h4;
  assign \$213  = \$211  & \$212 ;
  assign \$214  = | instr[123:115];
  assign \$215  = instr[123:115] <= 3'h5;
  assign \$216  = \$214  & \$215 ;
  assign \$217  = | instr[123:115];
  assign \$218  = instr[123:115] <= 3'h6;
  assign \$219  = \$217  & \$218 ;
  assign \$220  = | instr[123:115];
  assign \$221  = instr[123:115] <= 3'h7;
  assign \$222  = \$220  & \$221 ;
  assign \$223  = | instr[123:115];
  assign \$224  = instr[123:115] <= 4'h8;
  assign \$225  = \$223  & \$224 ;
  assign \$226  = | instr[123:115];
  assign \$227  = instr[123:115] <= 4'h9;
  assign \$228  = \$226  & \$227 ;
  assign \$229  = | instr[123:115];
  assign \$230  = instr[123:115] <= 4'ha;
  assign \$231  = \$229  & \$230 ;
  assign \$232  = | instr[123:115];
  assign \$233  = instr[123:115] <= 4'hb;
  assign \$234  = \$232  & \$233 ;
  assign \$235  = | instr[123:115];
  assign \$236  = instr[123:115] <= 4'hc;
  assign \$237  = \$235  & \$236 ;
  assign \$238  = | instr[123:115];
  assign \$239  = instr[123:115] <= 4'hd;
  assign \$240  = \$238  & \$239 ;
  assign \$241  = | instr[123:115];
  assign \$242  = instr[123:115] <= 4'he;
  assign \$243  = \$241  & \$242 ;
  assign \$244  = | instr[123:115];
  assign \$245  = instr[123:115] <= 4'hf;
  assign \$246  = \$244  & \$245 ;
  assign \$247  = | instr[123:115];
  assign \$248  = instr[123:115] <= 5'h10;
  assign \$249  = \$247  & \$248 ;
  assign \$250  = | instr[123:115];
  assign \$251  = instr[123:115] <= 5'h11;
  assign \$252  = \$250  & \$251 ;
  assign \$253  = | instr[123:115];
  assign \$254  = instr[123:115] <= 5'h12;
  assign \$255  = \$253  & \$254 ;
  assign \$256  = | instr[123:115];
  assign \$257  = instr[123:115] <= 5'h13;
  assign \$258  = \$256  & \$257 ;
  assign \$259  = | instr[123:115];
  assign \$260  = instr[123:115] <= 5'h14;
  assign \$261  = \$259  & \$260 ;
  assign \$262  = | instr[123:115];
  assign \$263  = instr[123:115] <= 5'h15;
  assign \$264  = \$262  & \$263 ;
  assign \$265  = | instr[123:115];
  assign \$266  = instr[123:115] <= 5'h16;
  assign \$267  = \$265  & \$266 ;
  assign \$268  = | instr[123:115];
  assign \$269  = instr[123:115] <= 5'h17;
  assign \$270  = \$268  & \$269 ;
  assign \$271  = | instr[123:115];
  assign \$272  = instr[123:115] <= 5'h18;
  assign \$273  = \$271  & \$272 ;
  assign \$274  = | instr[123:115];
  assign \$275  = instr[123:115] <= 5'h19;
  assign \$276  = \$274  & \$275 ;
  assign \$277  = | instr[123:115];
  assign \$278  = instr[123:115] <= 5'h1a;
  assign \$279  = \$277  & \$278 ;
  assign \$280  = | instr[123:115];
  assign \$281  = instr[123:115] <= 5'h1b;
  assign \$282  = \$280  & \$281 ;
  assign \$283  = | instr[123:115];
  assign \$284  = instr[123:115] <= 5'h1c;
  assign \$285  = \$283  & \$284 ;
  assign \$286  = | instr[123:115];
  assign \$287  = instr[123:115] <= 5'h1d;
  assign \$288  = \$286  & \$287 ;
  assign \$289  = | instr[123:115];
  assign \$290  = instr[123:115] <= 5'h1e;
  assign \$291  = \$289  & \$290 ;
  assign \$292  = | instr[123:115];
  assign \$293  = instr[123:115] <= 5'h1f;
  assign \$294  = \$292  & \$293 ;
  assign \$295  = | instr[123:115];
  assign \$296  = instr[123:115] <= 6'h20;
  assign \$297  = \$295  & \$296 ;
  assign \$298  = | instr[123:115];
  assign \$299  = instr[123:115] <= 6'h21;
  assign \$300  = \$298  & \$299 ;
  assign \$301  = | instr[123:115];
  assign \$302  = instr[123:115] <= 6'h22;
  assign \$303  = \$301  & \$302 ;
  assign \$304  = | instr[123:115];
  assign \$305  = instr[123:115] <= 6'h23;
  assign \$306  = \$304  & \$305 ;
  assign \$307  = | instr[123:115];
  assign \$308  = instr[123:115] <= 6'h24;
  assign \$309  = \$307  & \$308 ;
  assign \$310  = | instr[123:115];
  assign \$311  = instr[123:115] <= 6'h25;
  assign \$312  = \$310  & \$311 ;
  assign \$313  = | instr[123:115];
  assign \$314  = instr[123:115] <= 6'h26;
  assign \$315  = \$313  & \$314 ;
  assign \$316  = | instr[123:115];
  assign \$317  = instr[123:115] <= 6'h27;
  assign \$318  = \$316  & \$317 ;
  assign \$319  = | instr[123:115];
  assign \$320  = instr[123:115] <= 6'h28;
  assign \$321  = \$319  & \$320 ;
  assign \$322  = | instr[123:115];
  assign \$323  = instr[123:115] <= 6'h29;
  assign \$324  = \$322  & \$323 ;
  assign \$325  = | instr[123:115];
  assign \$326  = instr[123:115] <= 6'h2a;
  assign \$327  = \$325  & \$326 ;
  assign \$328  = | instr[123:115];
  assign \$329  = instr[123:115] <= 6'h2b;
  assign \$330  = \$328  & \$329 ;
  assign \$331  = | instr[123:115];
  assign \$332  = instr[123:115] <= 6'h2c;
  assign \$333  = \$331  & \$332 ;
  assign \$334  = | instr[123:115];
  assign \$335  = instr[123:115] <= 6'h2d;
  assign \$336  = \$334  & \$335 ;
  assign \$337  = | instr[123:115];
  assign \$338  = instr[123:115] <= 6'h2e;
  assign \$339  = \$337  & \$338 ;
  assign \$340  = | instr[123:115];
  assign \$341  = instr[123:115] <= 6'h2f;
  assign \$342  = \$340  & \$341 ;
  assign \$343  = | instr[123:115];
  assign \$344  = instr[123:115] <= 6'h30;
  assign \$345  = \$343  & \$344 ;
  assign \$346  = | instr[123:115];
  assign \$347  = instr[123:115] <= 6'h31;
  assign \$348  = \$346  & \$347 ;
  assign \$349  = | instr[123:115];
  assign \$350  = instr[123:115] <= 6'h32;
  assign \$351  = \$349  & \$350 ;
  assign \$352  = | instr[123:115];
  assign \$353  = instr[123:115] <= 6'h33;
  assign \$354  = \$352  & \$353 ;
  assign \$355  = | instr[123:115];
  assign \$356  = instr[123:115] <= 6'h34;
  assign \$357  = \$355  & \$356 ;
  assign \$358  = | instr[123:115];
  assign \$359  = instr[123:115] <= 6'h35;
  assign \$360  = \$358  & \$359 ;
  assign \$361  = | instr[123:115];
  assign \$362  = instr[123:115] <= 6'h36;
  assign \$363  = \$361  & \$362 ;
  assign \$364  = | instr[123:115];
  assign \$365  = instr[123:115] <= 6'h37;
  assign \$366  = \$364  & \$365 ;
  assign \$367  = | instr[123:115];
  assign \$368  = instr[123:115] <= 6'h38;
  assign \$369  = \$367  & \$368 ;
  assign \$370  = | instr[123:115];
  assign \$371  = instr[123:115] <= 6'h39;
  assign \$372  = \$370  & \$371 ;
  assign \$373  = | instr[123:115];
  assign \$374  = instr[123:115] <= 6'h3a;
  assign \$375  = \$373  & \$374 ;
  assign \$376  = | instr[123:115];
  assign \$377  = instr[123:115] <= 6'h3b;
  assign \$378  = \$376  & \$377 ;
  assign \$379  = | instr[123:115];
  assign \$380  = instr[123:115] <= 6'h3c;
  assign \$381  = \$379  & \$380 ;
  assign \$382  = | instr[123:115];
  assign \$383  = instr[123:115] <= 6'h3d;
  assign \$384  = \$382  & \$383 ;
  assign \$385  = | instr[123:115];
  assign \$386  = instr[123:115] <= 6'h3e;
  assign \$387  = \$385  & \$386 ;
  assign \$388  = | instr[123:115];
  assign \$389  = instr[123:115] <= 6'h3f;
  assign \$390  = \$388  & \$389 ;
  assign \$391  = lastw_d ? { \$390 , \$387 , \$384 , \$381 , \$378 , \$375 , \$372 , \$369 , \$366 , \$363 , \$360 , \$357 , \$354 , \$351 , \$348 , \$345 , \$342 , \$339 , \$336 , \$333 , \$330 , \$327 , \$324 , \$321 , \$318 , \$315 , \$312 , \$309 , \$306 , \$303 , \$300 , \$297 , \$294 , \$291 , \$288 , \$285 , \$282 , \$279 , \$276 , \$273 , \$270 , \$267 , \$264 , \$261 , \$258 , \$255 , \$252 , \$249 , \$246 , \$243 , \$240 , \$237 , \$234 , \$231 , \$228 , \$225 , \$222 , \$219 , \$216 , \$213 , \$210 , \$207 , \$204 , \$201  } : 64'h0000000000000000;
  assign \$392  = instr[114] ? 64'hffffffffffffffff : \$391 ;
  assign a_in = \$signal  ? { \$392 , \$198  } : act_r__data;
  assign \$393  = pc == lp_end;
  assign \$394  = \$signal$46  & \$393 ;
  assign \$395  = lp_left == 1'h1;
  assign \$396  = \$394  & \$395 ;
  assign \$397  = ~ \$396 ;
  assign \$398  = \$signal$46  & \$397 ;
  assign \$399  = ir_q[3:0] == 2'h3;
  assign \$400  = \$398  & \$399 ;
  assign \$401  = pc == lp_end;
  assign \$402  = \$signal$46  & \$401 ;
  assign \$403  = lp_left != 1'h1;
  assign \$404  = \$402  & \$403 ;
  assign \$405  = \$signal$49  + \$signal$50 ;
  assign \$406  = \$404  ? \$405  : { 1'h0, \$signal$49  };
  assign \$407  = ir_q[26:11] + \$406 ;
  assign \$408  = pc == lp_end;
  assign \$409  = \$signal$46  & \$408 ;
  assign \$410  = lp_left != 1'h1;
  assign \$411  = \$409  & \$410 ;
  assign \$412  = \$signal$51  + \$signal$52 ;
  assign \$413  = \$411  ? \$412  : { 1'h0, \$signal$51  };
  assign \$414  = $signed(ir_q[113:105]) + $signed({ 1'h0, \$413  });
  assign \$415  = pc == lp_end;
  assign \$416  = \$signal$46  & \$415 ;
  assign \$417  = lp_left == 1'h1;
  assign \$418  = \$416  & \$417 ;
  assign \$419  = ~ \$418 ;
  assign \$420  = \$signal$46  & \$419 ;
  assign \$421  = ir_q[3:0] == 3'h4;
  assign \$422  = \$420  & \$421 ;
  assign \$423  = pc == lp_end;
  assign \$424  = \$signal$46  & \$423 ;
  assign \$425  = lp_left != 1'h1;
  assign \$426  = \$424  & \$425 ;
  assign \$427  = \$signal$53  + \$signal$54 ;
  assign \$428  = \$426  ? \$427  : { 1'h0, \$signal$53  };
  assign \$429  = ir_q[41:26] + \$428 ;
  assign \$430  = pc == lp_end;
  assign \$431  = \$signal$46  & \$430 ;
  assign \$432  = lp_left != 1'h1;
  assign \$433  = \$431  & \$432 ;
  assign \$434  = \$signal$55  + \$signal$56 ;
  assign \$435  = \$433  ? \$434  : { 1'h0, \$signal$55  };
  assign \$436  = ir_q[87:72] + \$435 ;
  assign \$437  = ir_q[9:8] == 2'h3;
  assign \$438  = ir_q[9:8] == 1'h1;
  assign \$439  = ir_q[9:8] == 2'h2;
  assign \$440  = \$438  | \$439 ;
  assign \$442  = ir_q[9:8] != 1'h1;
  assign \$443  = ir_q[54:51] > 2'h2;
  assign \$444  = \$442  & \$443 ;
  assign \$445  = ir_q[9:8] == 2'h2;
  assign \$446  = \$445  | ir_q[71];
  assign \$449  = ir_q[9:8] == 2'h2;
  assign \$450  = ir_q[54:51] != 1'h1;
  assign \$451  = \$449  & \$450 ;
  assign \$452  = \$448  | \$451 ;
  assign \$453  = ir_q[9:8] == 1'h1;
  assign \$454  = ir_q[54:51] != 1'h1;
  assign \$455  = \$453  | \$454 ;
  assign \$456  = ir_q[71] & \$455 ;
  assign \$457  = \$452  | \$456 ;
  assign \$458  = t == 2'h2;
  assign \$459  = ! rx_beat;
  assign \$460  = rx_beat == nb1;
  assign \$461  = rx_beat == nb1;
  assign \$462  = \$461  & \$signal$69 ;
  assign \$463  = instr[25:10] + rx_word;
  assign \$464  = ! rx_bank;
  assign \$465  = ! rx_bank;
  assign \$466  = ! rx_bank;
  assign \$467  = ! rx_bank;
  assign \$468  = rx_bank == 1'h1;
  assign \$469  = rx_bank == 1'h1;
  assign \$470  = rx_bank == 1'h1;
  assign \$471  = rx_bank == 1'h1;
  assign \$472  = instr[25:10] + rx_word;
  assign \$473  = ! rx_bank;
  assign \$474  = rx_bank == 1'h1;
  assign \$475  = rx_bank == 2'h2;
  assign \$476  = rx_bank == 2'h3;
  assign \$477  = rx_bank == 3'h4;
  assign \$478  = rx_bank == 3'h5;
  assign \$479  = rx_bank == 3'h6;
  assign \$480  = rx_bank == 3'h7;
  assign \$481  = rx_bank == 4'h8;
  assign \$482  = rx_bank == 4'h9;
  assign \$483  = rx_bank == 4'ha;
  assign \$484  = rx_bank == 4'hb;
  assign \$485  = rx_bank == 4'hc;
  assign \$486  = rx_bank == 4'hd;
  assign \$487  = rx_bank == 4'he;
  assign \$488  = rx_bank == 4'hf;
  assign \$489  = instr[25:10] + rx_word;
  assign \$490  = ! rx_bank;
  assign \$491  = rx_bank == 1'h1;
  assign \$492  = rx_bank == 2'h2;
  assign \$493  = rx_bank == 2'h3;
  assign \$494  = rx_bank == 3'h4;
  assign \$495  = rx_bank == 3'h5;
  assign \$496  = rx_bank == 3'h6;
  assign \$497  = rx_bank == 3'h7;
  assign \$498  = rx_bank == 4'h8;
  assign \$499  = rx_bank == 4'h9;
  assign \$500  = rx_bank == 4'ha;
  assign \$501  = rx_bank == 4'hb;
  assign \$502  = rx_bank == 4'hc;
  assign \$503  = rx_bank == 4'hd;
  assign \$504  = rx_bank == 4'he;
  assign \$505  = rx_bank == 4'hf;
  assign \$506  = ~ \$signal$86 ;
  assign \$507  = \$506  | mem_wr_ready;
  assign \$508  = ! tx_beat;
  assign \$510  = ~ \$signal$86 ;
  assign \$511  = \$510  | mem_wr_ready;
  assign \$512  = ~ \$511 ;
  assign \$513  = instr[9:8] == 2'h3;
  assign \$515  = \$513  ? \$514  : store_act;
  assign \$516  = \$signal$86  & mem_wr_ready;
  assign \$517  = $signed(\$signal$103 ) >= $signed(1'h0);
  assign \$518  = $signed(\$signal$103 ) < $signed({ 1'h0, instr[87:80] });
  assign \$519  = \$517  & \$518 ;
  assign \$520  = $signed(ix) >= $signed(1'h0);
  assign \$521  = \$519  & \$520 ;
  assign \$522  = $signed(ix) < $signed({ 1'h0, instr[95:88] });
  assign \$523  = \$521  & \$522 ;
  assign \$524  = \$523  ? 2'h2 : 2'h0;
  assign \$525  = tail == 2'h3;
  assign \$526  = t < p_lv;
  assign \$527  = ! t;
  assign \$528  = instr[71] & \$527 ;
  assign \$529  = instr[9:8] == 2'h2;
  assign \$530  = instr[71] ? 1'h1 : 1'h0;
  assign \$531  = t == \$530 ;
  assign \$532  = \$529  & \$531 ;
  assign \$533  = ~ wvalid;
  assign \$534  = ! wbit;
  assign \$535  = 5'h10 * p_cmp;
  assign \$536  = instr[9:8] == 1'h1;
  assign \$537  = wrow * 6'h20;
  assign \$538  = 9'h100 + \$537 ;
  assign \$539  = \$538  + instr[41:26];
  assign \$540  = y_q[1:0] >> wbit;
  assign \$541  = y_q[3:2] >> wbit;
  assign \$542  = y_q[5:4] >> wbit;
  assign \$543  = y_q[7:6] >> wbit;
  assign \$544  = y_q[9:8] >> wbit;
  assign \$545  = y_q[11:10] >> wbit;
  assign \$546  = y_q[13:12] >> wbit;
  assign \$547  = y_q[15:14] >> wbit;
  assign \$548  = y_q[17:16] >> wbit;
  assign \$549  = y_q[19:18] >> wbit;
  assign \$550  = y_q[21:20] >> wbit;
  assign \$551  = y_q[23:22] >> wbit;
  assign \$552  = y_q[25:24] >> wbit;
  assign \$553  = y_q[27:26] >> wbit;
  assign \$554  = y_q[29:28] >> wbit;
  assign \$555  = y_q[31:30] >> wbit;
  assign \$556  = instr[9:8] == 2'h2;
  assign \$558  = \$556  ? \$557  : 16'h0000;
  assign \$559  = { \$555 , \$554 , \$553 , \$552 , \$551 , \$550 , \$549 , \$548 , \$547 , \$546 , \$545 , \$544 , \$543 , \$542 , \$541 , \$540  } | \$558 ;
  assign \$560  = y_q[1:0] >> wbit;
  assign \$561  = y_q[3:2] >> wbit;
  assign \$562  = y_q[5:4] >> wbit;
  assign \$563  = y_q[7:6] >> wbit;
  assign \$564  = y_q[9:8] >> wbit;
  assign \$565  = y_q[11:10] >> wbit;
  assign \$566  = y_q[13:12] >> wbit;
  assign \$567  = y_q[15:14] >> wbit;
  assign \$568  = y_q[17:16] >> wbit;
  assign \$569  = y_q[19:18] >> wbit;
  assign \$570  = y_q[21:20] >> wbit;
  assign \$571  = y_q[23:22] >> wbit;
  assign \$572  = y_q[25:24] >> wbit;
  assign \$573  = y_q[27:26] >> wbit;
  assign \$574  = y_q[29:28] >> wbit;
  assign \$575  = y_q[31:30] >> wbit;
  assign \$576  = instr[9:8] == 2'h2;
  assign \$578  = \$576  ? \$577  : 16'h0000;
  assign \$579  = { \$575 , \$574 , \$573 , \$572 , \$571 , \$570 , \$569 , \$568 , \$567 , \$566 , \$565 , \$564 , \$563 , \$562 , \$561 , \$560  } | \$578 ;
  assign \$580  = y_q[1:0] >> wbit;
  assign \$581  = y_q[3:2] >> wbit;
  assign \$582  = y_q[5:4] >> wbit;
  assign \$583  = y_q[7:6] >> wbit;
  assign \$584  = y_q[9:8] >> wbit;
  assign \$585  = y_q[11:10] >> wbit;
  assign \$586  = y_q[13:12] >> wbit;
  assign \$587  = y_q[15:14] >> wbit;
  assign \$588  = y_q[17:16] >> wbit;
  assign \$589  = y_q[19:18] >> wbit;
  assign \$590  = y_q[21:20] >> wbit;
  assign \$591  = y_q[23:22] >> wbit;
  assign \$592  = y_q[25:24] >> wbit;
  assign \$593  = y_q[27:26] >> wbit;
  assign \$594  = y_q[29:28] >> wbit;
  assign \$595  = y_q[31:30] >> wbit;
  assign \$596  = instr[9:8] == 2'h2;
  assign \$598  = \$596  ? \$597  : 16'h0000;
  assign \$599  = { \$595 , \$594 , \$593 , \$592 , \$591 , \$590 , \$589 , \$588 , \$587 , \$586 , \$585 , \$584 , \$583 , \$582 , \$581 , \$580  } | \$598 ;
  assign \$600  = y_q[1:0] >> wbit;
  assign \$601  = y_q[3:2] >> wbit;
  assign \$602  = y_q[5:4] >> wbit;
  assign \$603  = y_q[7:6] >> wbit;
  assign \$604  = y_q[9:8] >> wbit;
  assign \$605  = y_q[11:10] >> wbit;
  assign \$606  = y_q[13:12] >> wbit;
  assign \$607  = y_q[15:14] >> wbit;
  assign \$608  = y_q[17:16] >> wbit;
  assign \$609  = y_q[19:18] >> wbit;
  assign \$610  = y_q[21:20] >> wbit;
  assign \$611  = y_q[23:22] >> wbit;
  assign \$612  = y_q[25:24] >> wbit;
  assign \$613  = y_q[27:26] >> wbit;
  assign \$614  = y_q[29:28] >> wbit;
  assign \$615  = y_q[31:30] >> wbit;
  assign \$616  = instr[9:8] == 2'h2;
  assign \$618  = \$616  ? \$617  : 16'h0000;
  assign \$619  = { \$615 , \$614 , \$613 , \$612 , \$611 , \$610 , \$609 , \$608 , \$607 , \$606 , \$605 , \$604 , \$603 , \$602 , \$601 , \$600  } | \$618 ;
  assign \$620  = y_q[1:0] >> wbit;
  assign \$621  = y_q[3:2] >> wbit;
  assign \$622  = y_q[5:4] >> wbit;
  assign \$623  = y_q[7:6] >> wbit;
  assign \$624  = y_q[9:8] >> wbit;
  assign \$625  = y_q[11:10] >> wbit;
  assign \$626  = y_q[13:12] >> wbit;
  assign \$627  = y_q[15:14] >> wbit;
  assign \$628  = y_q[17:16] >> wbit;
  assign \$629  = y_q[19:18] >> wbit;
  assign \$630  = y_q[21:20] >> wbit;
  assign \$631  = y_q[23:22] >> wbit;
  assign \$632  = y_q[25:24] >> wbit;
  assign \$633  = y_q[27:26] >> wbit;
  assign \$634  = y_q[29:28] >> wbit;
  assign \$635  = y_q[31:30] >> wbit;
  assign \$636  = instr[9:8] == 2'h2;
  assign \$638  = \$636  ? \$637  : 16'h0000;
  assign \$639  = { \$635 , \$634 , \$633 , \$632 , \$631 , \$630 , \$629 , \$628 , \$627 , \$626 , \$625 , \$624 , \$623 , \$622 , \$621 , \$620  } | \$638 ;
  assign \$640  = y_q[1:0] >> wbit;
  assign \$641  = y_q[3:2] >> wbit;
  assign \$642  = y_q[5:4] >> wbit;
  assign \$643  = y_q[7:6] >> wbit;
  assign \$644  = y_q[9:8] >> wbit;
  assign \$645  = y_q[11:10] >> wbit;
  assign \$646  = y_q[13:12] >> wbit;
  assign \$647  = y_q[15:14] >> wbit;
  assign \$648  = y_q[17:16] >> wbit;
  assign \$649  = y_q[19:18] >> wbit;
  assign \$650  = y_q[21:20] >> wbit;
  assign \$651  = y_q[23:22] >> wbit;
  assign \$652  = y_q[25:24] >> wbit;
  assign \$653  = y_q[27:26] >> wbit;
  assign \$654  = y_q[29:28] >> wbit;
  assign \$655  = y_q[31:30] >> wbit;
  assign \$656  = instr[9:8] == 2'h2;
  assign \$658  = \$656  ? \$657  : 16'h0000;
  assign \$659  = { \$655 , \$654 , \$653 , \$652 , \$651 , \$650 , \$649 , \$648 , \$647 , \$646 , \$645 , \$644 , \$643 , \$642 , \$641 , \$640  } | \$658 ;
  assign \$660  = y_q[1:0] >> wbit;
  assign \$661  = y_q[3:2] >> wbit;
  assign \$662  = y_q[5:4] >> wbit;
  assign \$663  = y_q[7:6] >> wbit;
  assign \$664  = y_q[9:8] >> wbit;
  assign \$665  = y_q[11:10] >> wbit;
  assign \$666  = y_q[13:12] >> wbit;
  assign \$667  = y_q[15:14] >> wbit;
  assign \$668  = y_q[17:16] >> wbit;
  assign \$669  = y_q[19:18] >> wbit;
  assign \$670  = y_q[21:20] >> wbit;
  assign \$671  = y_q[23:22] >> wbit;
  assign \$672  = y_q[25:24] >> wbit;
  assign \$673  = y_q[27:26] >> wbit;
  assign \$674  = y_q[29:28] >> wbit;
  assign \$675  = y_q[31:30] >> wbit;
  assign \$676  = instr[9:8] == 2'h2;
  assign \$678  = \$676  ? \$677  : 16'h0000;
  assign \$679  = { \$675 , \$674 , \$673 , \$672 , \$671 , \$670 , \$669 , \$668 , \$667 , \$666 , \$665 , \$664 , \$663 , \$662 , \$661 , \$660  } | \$678 ;
  assign \$680  = y_q[1:0] >> wbit;
  assign \$681  = y_q[3:2] >> wbit;
  assign \$682  = y_q[5:4] >> wbit;
  assign \$683  = y_q[7:6] >> wbit;
  assign \$684  = y_q[9:8] >> wbit;
  assign \$685  = y_q[11:10] >> wbit;
  assign \$686  = y_q[13:12] >> wbit;
  assign \$687  = y_q[15:14] >> wbit;
  assign \$688  = y_q[17:16] >> wbit;
  assign \$689  = y_q[19:18] >> wbit;
  assign \$690  = y_q[21:20] >> wbit;
  assign \$691  = y_q[23:22] >> wbit;
  assign \$692  = y_q[25:24] >> wbit;
  assign \$693  = y_q[27:26] >> wbit;
  assign \$694  = y_q[29:28] >> wbit;
  assign \$695  = y_q[31:30] >> wbit;
  assign \$696  = instr[9:8] == 2'h2;
  assign \$698  = \$696  ? \$697  : 16'h0000;
  assign \$699  = { \$695 , \$694 , \$693 , \$692 , \$691 , \$690 , \$689 , \$688 , \$687 , \$686 , \$685 , \$684 , \$683 , \$682 , \$681 , \$680  } | \$698 ;
  assign \$700  = ! wrow;
  assign \$701  = ! instr[49:42];
  assign \$702  = \$700  & \$701 ;
  assign \$703  = ! wrow;
  assign \$704  = instr[49:42] == 1'h1;
  assign \$705  = \$703  & \$704 ;
  assign \$706  = ! wrow;
  assign \$707  = instr[49:42] == 2'h2;
  assign \$708  = \$706  & \$707 ;
  assign \$709  = ! wrow;
  assign \$710  = instr[49:42] == 2'h3;
  assign \$711  = \$709  & \$710 ;
  assign \$712  = wrow == 1'h1;
  assign \$713  = ! instr[49:42];
  assign \$714  = \$712  & \$713 ;
  assign \$715  = wrow == 1'h1;
  assign \$716  = instr[49:42] == 1'h1;
  assign \$717  = \$715  & \$716 ;
  assign \$718  = wrow == 1'h1;
  assign \$719  = instr[49:42] == 2'h2;
  assign \$720  = \$718  & \$719 ;
  assign \$721  = wrow == 1'h1;
  assign \$722  = instr[49:42] == 2'h3;
  assign \$723  = \$721  & \$722 ;
  assign \$724  = wbit == p_ob1;
  assign \$725  = wrow == 1'h1;
  assign \$726  = pc + 1'h1;
  assign \$727  = pc == lp_end;
  assign \$728  = \$signal$46  & \$727 ;
  assign \$729  = lp_left == 1'h1;
  assign \$730  = instr[9:8] == 1'h1;
  assign shift = instr[50] & \$730 ;
  assign \$732  = \$731  ? thresh_l1[23:0] : thresh_l0[23:0];
  assign \$734  = \$733  ? thresh_l1[47:24] : thresh_l0[47:24];
  assign \$736  = \$735  ? thresh_l1[71:48] : thresh_l0[71:48];
  assign \$738  = \$737  ? thresh_l1[95:72] : thresh_l0[95:72];
  assign \$740  = \$739  ? thresh_l1[119:96] : thresh_l0[119:96];
  assign \$742  = \$741  ? thresh_l1[143:120] : thresh_l0[143:120];
  assign \$744  = \$743  ? thresh_l1[167:144] : thresh_l0[167:144];
  assign \$746  = \$745  ? thresh_l1[191:168] : thresh_l0[191:168];
  assign \$748  = \$747  ? thresh_l1[215:192] : thresh_l0[215:192];
  assign \$750  = \$749  ? thresh_l1[239:216] : thresh_l0[239:216];
  assign \$752  = \$751  ? thresh_l1[263:240] : thresh_l0[263:240];
  assign \$754  = \$753  ? thresh_l1[287:264] : thresh_l0[287:264];
  assign \$756  = \$755  ? thresh_l1[311:288] : thresh_l0[311:288];
  assign \$758  = \$757  ? thresh_l1[335:312] : thresh_l0[335:312];
  assign \$760  = \$759  ? thresh_l1[359:336] : thresh_l0[359:336];
  assign \$762  = \$761  ? thresh_l1[383:360] : thresh_l0[383:360];
  assign \$763  = instr[71] ? { \$762 , \$760 , \$758 , \$756 , \$754 , \$752 , \$750 , \$748 , \$746 , \$744 , \$742 , \$740 , \$738 , \$736 , \$734 , \$732  } : thresh_l0;
  assign \$764  = state == 3'h4;
  assign \$765  = state == 3'h5;
  assign \$766  = \$764  | \$765 ;
  assign \$767  = state == 2'h3;
  assign \$768  = \$766  | \$767 ;
  assign \$769  = state == 2'h3;
  assign \$770  = \$769  & \$signal$86 ;
  assign \$771  = ~ mem_wr_ready;
  assign \$772  = \$770  & \$771 ;
  assign \$773  = ~ \$772 ;
  assign act_r__en = \$768  & \$773 ;
  assign wgt_r__en = state == 3'h4;
  assign \$774  = state == 3'h5;
  assign \$775  = state == 2'h3;
  assign \$776  = \$774  | \$775 ;
  assign \$777  = state == 2'h3;
  assign \$778  = \$777  & \$signal$86 ;
  assign \$779  = ~ mem_wr_ready;
  assign \$780  = \$778  & \$779 ;
  assign \$781  = ~ \$780 ;
  assign thr_r__en = \$776  & \$781 ;
  assign \$782  = ! state;
  assign \$783  = state == 3'h6;
  assign \$784  = \$782  | \$783 ;
  assign \$785  = state == 3'h7;
  assign \$786  = \$784  | \$785 ;
  assign \$787  = state == 4'h8;
  assign \$788  = \$786  | \$787 ;
  assign \$789  = pc == lp_end;
  assign \$790  = \$signal$46  & \$789 ;
  assign \$791  = lp_left != 1'h1;
  assign \$792  = \$790  & \$791 ;
  assign \$793  = pc + 1'h1;
  assign \$794  = \$792  ? { 1'h0, \$like  } : \$793 ;
  assign \$795  = \$788  ? 12'h000 : \$794 ;
  assign \$802  = pc == lp_end;
  assign \$803  = \$signal$46  & \$802 ;
  assign \$804  = lp_left == 1'h1;
  assign \$805  = \$803  & \$804 ;
  assign \$806  = ~ \$805 ;
  assign \$807  = \$signal$46  & \$806 ;
  assign \$808  = ir_q[3:0] != 2'h3;
  assign \$809  = \$807  & \$808 ;
  assign \$810  = ir_q[3:0] != 3'h4;
  assign \$811  = \$809  & \$810 ;
  assign \$812  = bad | \$811 ;
  assign \$813  = ! ir_q[9:8];
  assign \$814  = ir_q[9:8] == 1'h1;
  assign \$815  = ir_q[9:8] == 2'h2;
  assign \$816  = \$815  ? 3'h0 : 3'h5;
  assign \$817  = \$814  ? 3'h0 : \$816 ;
  assign \$818  = \$813  ? 3'h0 : \$817 ;
  assign \$819  = ! ir_q[9:8];
  assign \$820  = ir_q[50:35] * 1'h1;
  assign \$821  = ir_q[9:8] == 1'h1;
  assign \$822  = ir_q[50:35] * 1'h1;
  assign \$823  = ir_q[9:8] == 2'h2;
  assign \$824  = ir_q[50:35] * 1'h1;
  assign \$825  = ir_q[50:35] * 3'h6;
  assign \$826  = \$823  ? { 2'h0, \$824  } : \$825 ;
  assign \$827  = \$821  ? { 2'h0, \$822  } : \$826 ;
  assign \$828  = \$819  ? { 2'h0, \$820  } : \$827 ;
  assign \$829  = ir_q[9:8] == 2'h3;
  assign \$830  = \$829  ? 9'h100 : 9'h000;
  assign \$831  = ir_q[25:10] + \$830 ;
  assign \$832  = ir_q[95:88] * ir_q[53:43];
  assign \$833  = ir_q[9:8] == 1'h1;
  assign \$835  = ir_q[71] ? 15'h0002 : \$834 ;
  assign \$836  = \$833  ? 15'h0001 : \$835 ;
  assign \$837  = ir_q[9:8] == 1'h1;
  assign \$839  = ir_q[71] ? 15'h0002 : \$838 ;
  assign \$840  = \$837  ? 15'h0001 : \$839 ;
  assign \$841  = ir_q[71] ? 15'h0001 : \$840 ;
  assign \$842  = ir_q[9:8] == 1'h1;
  assign \$843  = ir_q[54:51] - 1'h1;
  assign \$844  = \$842  ? 5'h00 : \$843 ;
  assign \$845  = t + 1'h1;
  assign \$846  = t == 1'h1;
  assign \$847  = pc + 1'h1;
  assign \$848  = pc + nxt[31:24];
  assign \$849  = nxt[50:35] - 1'h1;
  assign \$850  = nxt[34:26] - 1'h1;
  assign \$851  = | nxt[34:26];
  assign \$852  = nxt[50:35] == 1'h1;
  assign \$853  = nxt[34:26] == 1'h1;
  assign \$854  = nxt[50:35] - 1'h1;
  assign \$855  = nxt[34:26] - 1'h1;
  assign \$856  = ~ nxt[10];
  assign \$857  = nxt[53:43] - 1'h1;
  assign \$858  = nxt[57:54] - 1'h1;
  assign \$859  = nxt[79:77] - 1'h1;
  assign \$860  = nxt[76:74] - 1'h1;
  assign \$861  = nxt[71] ? nxt[87:72] : nxt[41:26];
  assign \$862  = t + 1'h1;
  assign \$863  = mem_rd_valid & mem_rd_ready;
  assign \$864  = req_cnt + 1'h1;
  assign \$865  = req_addr + instr[114:83];
  assign \$866  = req_cnt != b1;
  assign \$867  = rx_beat == nb1;
  assign \$868  = rx_beat == nb1;
  assign \$869  = \$868  & \$signal$69 ;
  assign \$870  = rx_bank + 1'h1;
  assign \$871  = ! \$signal$177 ;
  assign \$872  = rx_bank + 1'h1;
  assign \$873  = \$872  == b1;
  assign \$874  = rx_word + 1'h1;
  assign \$875  = rx_word + 1'h1;
  assign \$876  = \$875  == \$signal$177 ;
  assign \$877  = rx_beat + 1'h1;
  assign \$878  = ~ \$signal$86 ;
  assign \$879  = \$878  | mem_wr_ready;
  assign \$880  = tx_beat == nb1;
  assign \$881  = tx_word == \$signal$177 ;
  assign \$882  = \$880  & \$881 ;
  assign \$883  = \$signal$180  == b1;
  assign \$884  = \$882  & \$883 ;
  assign \$885  = tx_beat == nb1;
  assign \$886  = tx_word == \$signal$177 ;
  assign \$887  = \$signal$180  + 1'h1;
  assign \$888  = \$signal$182  + instr[114:83];
  assign \$889  = \$signal$182  + instr[114:83];
  assign \$890  = instr[9:8] == 2'h3;
  assign \$891  = \$890  ? 6'h20 : 6'h00;
  assign \$892  = t_row + \$891 ;
  assign \$893  = instr[9:8] == 2'h3;
  assign \$894  = \$893  ? 6'h20 : 6'h00;
  assign \$895  = t_row + \$894 ;
  assign \$896  = instr[9:8] == 2'h3;
  assign \$897  = \$896  ? 6'h20 : 6'h00;
  assign \$898  = t_row + \$897 ;
  assign \$899  = tx_word + 1'h1;
  assign \$900  = s_cur + 4'h8;
  assign \$901  = \$signal$134  + 1'h1;
  assign \$902  = thr_ptr + 1'h1;
  assign \$903  = tx_beat + 1'h1;
  assign \$904  = s_cur + 4'h8;
  assign \$905  = tx_beat == nb1;
  assign \$906  = tx_word == \$signal$177 ;
  assign \$907  = \$905  & \$906 ;
  assign \$908  = \$signal$180  == b1;
  assign \$909  = \$907  & \$908 ;
  assign \$910  = ~ \$signal$86 ;
  assign \$911  = \$910  | mem_wr_ready;
  assign \$912  = $signed(\$signal$103 ) >= $signed(1'h0);
  assign \$913  = $signed(\$signal$103 ) < $signed({ 1'h0, instr[87:80] });
  assign \$914  = \$912  & \$913 ;
  assign \$915  = $signed(ix) >= $signed(1'h0);
  assign \$916  = \$914  & \$915 ;
  assign \$917  = $signed(ix) < $signed({ 1'h0, instr[95:88] });
  assign \$918  = \$916  & \$917 ;
  assign \$919  = ~ \$918 ;
  assign \$920  = \$signal$190  == \$signal$177 ;
  assign \$921  = wgt_r__addr + 1'h1;
  assign \$922  = \$signal$134  + 1'h1;
  assign \$923  = \$signal$190  == \$signal$177 ;
  assign \$924  = \$signal$191  == \$signal$188 ;
  assign \$925  = ky == kh1;
  assign \$926  = p + 1'h1;
  assign \$927  = plane_base + instr[73:58];
  assign \$928  = plane_base + instr[73:58];
  assign \$929  = plane_base + instr[73:58];
  assign \$930  = p == \$signal$187 ;
  assign \$931  = ky + 1'h1;
  assign \$932  = $signed(\$signal$103 ) + $signed(2'h1);
  assign \$933  = \$signal$194  + pitch;
  assign \$934  = \$signal$194  + pitch;
  assign \$935  = \$signal$191  + 1'h1;
  assign \$936  = $signed(ix) + $signed(2'h1);
  assign \$937  = \$signal$190  + 1'h1;
  assign \$938  = tail + 1'h1;
  assign \$939  = t != 3'h4;
  assign \$940  = t + 1'h1;
  assign \$941  = t == 1'h1;
  assign \$942  = t == 2'h2;
  assign \$943  = t == 2'h3;
  assign \$944  = thr_ptr + 1'h1;
  assign \$945  = ! t;
  assign \$946  = t == 1'h1;
  assign \$947  = instr[71] & \$946 ;
  assign \$948  = instr[9:8] == 2'h2;
  assign \$949  = instr[71] ? 2'h2 : 2'h1;
  assign \$950  = t == \$949 ;
  assign \$951  = \$948  & \$950 ;
  assign \$956  = t > p_lv;
  assign \$957  = cbit == p_ob1;
  assign \$958  = crow + 1'h1;
  assign \$959  = cbit + 1'h1;
  assign \$960  = ~ wvalid;
  assign \$961  = wbit == p_ob1;
  assign \$962  = paddr + instr[70:55];
  assign \$963  = pc == lp_end;
  assign \$964  = \$signal$46  & \$963 ;
  assign \$965  = lp_left == 1'h1;
  assign \$966  = lp_left - 1'h1;
  assign \$967  = \$signal$49  + \$signal$50 ;
  assign \$968  = \$signal$53  + \$signal$54 ;
  assign \$969  = \$signal$55  + \$signal$56 ;
  assign \$970  = \$signal$51  + \$signal$52 ;
  assign \$971  = ! state;
  assign \$972  = state == 3'h6;
  assign \$973  = \$971  | \$972 ;
  assign \$974  = state == 3'h7;
  assign \$975  = \$973  | \$974 ;
  assign \$976  = \$975  & start;
  assign \$977  = ctr_cycles + inc_q_cycles;
  assign \$978  = ! state;
  assign \$979  = state == 3'h6;
  assign \$980  = \$978  | \$979 ;
  assign \$981  = state == 3'h7;
  assign \$982  = \$980  | \$981 ;
  assign \$983  = \$982  & start;
  assign \$984  = ctr_instructions + inc_q_instructions;
  assign \$985  = ! state;
  assign \$986  = state == 3'h6;
  assign \$987  = \$985  | \$986 ;
  assign \$988  = state == 3'h7;
  assign \$989  = \$987  | \$988 ;
  assign \$990  = \$989  & start;
  assign \$991  = ctr_load_busy + inc_q_load_busy;
  assign \$992  = ! state;
  assign \$993  = state == 3'h6;
  assign \$994  = \$992  | \$993 ;
  assign \$995  = state == 3'h7;
  assign \$996  = \$994  | \$995 ;
  assign \$997  = \$996  & start;
  assign \$998  = ctr_load_stall + inc_q_load_stall;
  assign \$999  = ! state;
  assign \$1000  = state == 3'h6;
  assign \$1001  = \$999  | \$1000 ;
  assign \$1002  = state == 3'h7;
  assign \$1003  = \$1001  | \$1002 ;
  assign \$1004  = \$1003  & start;
  assign \$1005  = ctr_store_busy + inc_q_store_busy;
  assign \$1006  = ! state;
  assign \$1007  = state == 3'h6;
  assign \$1008  = \$1006  | \$1007 ;
  assign \$1009  = state == 3'h7;
  assign \$1010  = \$1008  | \$1009 ;
  assign \$1011  = \$1010  & start;
  assign \$1012  = ctr_store_stall + inc_q_store_stall;
  assign \$1013  = ! state;
  assign \$1014  = state == 3'h6;
  assign \$1015  = \$1013  | \$1014 ;
  assign \$1016  = state == 3'h7;
  assign \$1017  = \$1015  | \$1016 ;
  assign \$1018  = \$1017  & start;
  assign \$1019  = ctr_gemm_busy + inc_q_gemm_busy;
  assign \$1020  = ! state;
  assign \$1021  = state == 3'h6;
  assign \$1022  = \$1020  | \$1021 ;
  assign \$1023  = state == 3'h7;
  assign \$1024  = \$1022  | \$1023 ;
  assign \$1025  = \$1024  & start;
  assign \$1026  = ctr_gemm_stall + inc_q_gemm_stall;
  assign \$1027  = ! state;
  assign \$1028  = state == 3'h6;
  assign \$1029  = \$1027  | \$1028 ;
  assign \$1030  = state == 3'h7;
  assign \$1031  = \$1029  | \$1030 ;
  assign \$1032  = \$1031  & start;
  assign \$1033  = ctr_post_busy + inc_q_post_busy;
  assign \$1034  = ! state;
  assign \$1035  = state == 3'h6;
  assign \$1036  = \$1034  | \$1035 ;
  assign \$1037  = state == 3'h7;
  assign \$1038  = \$1036  | \$1037 ;
  assign \$1039  = \$1038  & start;
  assign \$1040  = ctr_post_stall + inc_q_post_stall;
  assign \$1041  = ! state;
  assign \$1042  = state == 3'h6;
  assign \$1043  = \$1041  | \$1042 ;
  assign \$1044  = state == 3'h7;
  assign \$1045  = \$1043  | \$1044 ;
  assign \$1046  = \$1045  & start;
  assign \$1047  = ctr_sram_act_reads + inc_q_sram_act_reads;
  assign \$1048  = ! state;
  assign \$1049  = state == 3'h6;
  assign \$1050  = \$1048  | \$1049 ;
  assign \$1051  = state == 3'h7;
  assign \$1052  = \$1050  | \$1051 ;
  assign \$1053  = \$1052  & start;
  assign \$1054  = ctr_sram_act_writes + inc_q_sram_act_writes;
  assign \$1055  = ! state;
  assign \$1056  = state == 3'h6;
  assign \$1057  = \$1055  | \$1056 ;
  assign \$1058  = state == 3'h7;
  assign \$1059  = \$1057  | \$1058 ;
  assign \$1060  = \$1059  & start;
  assign \$1061  = ctr_sram_weight_reads + inc_q_sram_weight_reads;
  assign \$1062  = ! state;
  assign \$1063  = state == 3'h6;
  assign \$1064  = \$1062  | \$1063 ;
  assign \$1065  = state == 3'h7;
  assign \$1066  = \$1064  | \$1065 ;
  assign \$1067  = \$1066  & start;
  assign \$1068  = ctr_sram_weight_writes + inc_q_sram_weight_writes;
  assign \$1069  = ! state;
  assign \$1070  = state == 3'h6;
  assign \$1071  = \$1069  | \$1070 ;
  assign \$1072  = state == 3'h7;
  assign \$1073  = \$1071  | \$1072 ;
  assign \$1074  = \$1073  & start;
  assign \$1075  = ctr_sram_thresh_reads + inc_q_sram_thresh_reads;
  assign \$1076  = ! state;
  assign \$1077  = state == 3'h6;
  assign \$1078  = \$1076  | \$1077 ;
  assign \$1079  = state == 3'h7;
  assign \$1080  = \$1078  | \$1079 ;
  assign \$1081  = \$1080  & start;
  assign \$1082  = ctr_sram_thresh_writes + inc_q_sram_thresh_writes;
  assign \$1083  = ! state;
  assign \$1084  = state == 3'h6;
  assign \$1085  = \$1083  | \$1084 ;
  assign \$1086  = state == 3'h7;
  assign \$1087  = \$1085  | \$1086 ;
  assign \$1088  = \$1087  & start;
  assign \$1089  = ctr_sram_out_reads + inc_q_sram_out_reads;
  assign \$1090  = ! state;
  assign \$1091  = state == 3'h6;
  assign \$1092  = \$1090  | \$1091 ;
  assign \$1093  = state == 3'h7;
  assign \$1094  = \$1092  | \$1093 ;
  assign \$1095  = \$1094  & start;
  assign \$1096  = ctr_sram_out_writes + inc_q_sram_out_writes;
  assign \$1097  = ! state;
  assign \$1098  = state == 3'h6;
  assign \$1099  = \$1097  | \$1098 ;
  assign \$1100  = state == 3'h7;
  assign \$1101  = \$1099  | \$1100 ;
  assign \$1102  = \$1101  & start;
  assign \$1103  = ctr_threshold_ops + inc_q_threshold_ops;
  always @(posedge clk)
    ir__addr <= \$1104 ;
  always @(posedge clk)
    pc <= \$1105 ;
  always @(posedge clk)
    ctr_group0 <= \$1106 ;
  always @(posedge clk)
    ctr_group1 <= \$1107 ;
  always @(posedge clk)
    ctr_group2 <= \$1108 ;
  always @(posedge clk)
    ctr_group3 <= \$1109 ;
  always @(posedge clk)
    ctr_group4 <= \$1110 ;
  always @(posedge clk)
    sel_q <= \$1111 ;
  always @(posedge clk)
    ctr_value <= \$1112 ;
  always @(posedge clk)
    valid <= \$1113 ;
  always @(posedge clk)
    zero <= \$1114 ;
  always @(posedge clk)
    ir_q <= \$1115 ;
  always @(posedge clk)
    nxt <= \$1116 ;
  always @(posedge clk)
    n_bad <= \$1117 ;
  always @(posedge clk)
    n_nb1 <= \$1118 ;
  always @(posedge clk)
    n_rd_len <= \$1119 ;
  always @(posedge clk)
    n_t_base <= \$1120 ;
  always @(posedge clk)
    n_pitch <= \$1121 ;
  always @(posedge clk)
    \$like$174  <= \$1122 ;
  always @(posedge clk)
    \$like$175  <= \$1123 ;
  always @(posedge clk)
    n_ob1 <= \$1124 ;
  always @(posedge clk)
    state <= \$1125 ;
  always @(posedge clk)
    t <= \$1126 ;
  always @(posedge clk)
    \$signal$46  <= \$1127 ;
  always @(posedge clk)
    instr <= \$1128 ;
  always @(posedge clk)
    lp_left <= \$1129 ;
  always @(posedge clk)
    \$like  <= \$1130 ;
  always @(posedge clk)
    lp_end <= \$1131 ;
  always @(posedge clk)
    \$signal$49  <= \$1132 ;
  always @(posedge clk)
    \$signal$53  <= \$1133 ;
  always @(posedge clk)
    \$signal$55  <= \$1134 ;
  always @(posedge clk)
    \$signal$51  <= \$1135 ;
  always @(posedge clk)
    \$signal$50  <= \$1136 ;
  always @(posedge clk)
    \$signal$54  <= \$1137 ;
  always @(posedge clk)
    \$signal$56  <= \$1138 ;
  always @(posedge clk)
    \$signal$52  <= \$1139 ;
  always @(posedge clk)
    nb1 <= \$1140 ;
  always @(posedge clk)
    \$signal$177  <= \$1141 ;
  always @(posedge clk)
    b1 <= \$1142 ;
  always @(posedge clk)
    rd_len <= \$1143 ;
  always @(posedge clk)
    req_more <= \$1144 ;
  always @(posedge clk)
    req_cnt <= \$1145 ;
  always @(posedge clk)
    req_addr <= \$1146 ;
  always @(posedge clk)
    rx_bank <= \$1147 ;
  always @(posedge clk)
    rx_word <= \$1148 ;
  always @(posedge clk)
    rx_beat <= \$1149 ;
  always @(posedge clk)
    \$signal$69  <= \$1150 ;
  always @(posedge clk)
    rx_blast <= \$1151 ;
  always @(posedge clk)
    \$signal$180  <= \$1152 ;
  always @(posedge clk)
    tx_word <= \$1153 ;
  always @(posedge clk)
    tx_beat <= \$1154 ;
  always @(posedge clk)
    \$signal$182  <= \$1155 ;
  always @(posedge clk)
    s_cur <= \$1156 ;
  always @(posedge clk)
    t_row <= \$1157 ;
  always @(posedge clk)
    \$signal$134  <= \$1158 ;
  always @(posedge clk)
    thr_ptr <= \$1159 ;
  always @(posedge clk)
    issuing <= \$1160 ;
  always @(posedge clk)
    \$signal$185  <= \$1161 ;
  always @(posedge clk)
    \$signal$86  <= \$1162 ;
  always @(posedge clk)
    \$signal  <= \$1163 ;
  always @(posedge clk)
    wgt_r__addr <= \$1164 ;
  always @(posedge clk)
    p <= \$1165 ;
  always @(posedge clk)
    \$signal$187  <= \$1166 ;
  always @(posedge clk)
    \$signal$188  <= \$1167 ;
  always @(posedge clk)
    kh1 <= \$1168 ;
  always @(posedge clk)
    tail <= \$1169 ;
  always @(posedge clk)
    \$signal$190  <= \$1170 ;
  always @(posedge clk)
    \$signal$191  <= \$1171 ;
  always @(posedge clk)
    ky <= \$1172 ;
  always @(posedge clk)
    \$signal$103  <= \$1173 ;
  always @(posedge clk)
    ix <= \$1174 ;
  always @(posedge clk)
    plane_base <= \$1175 ;
  always @(posedge clk)
    \$signal$194  <= \$1176 ;
  always @(posedge clk)
    pitch <= \$1177 ;
  always @(posedge clk)
    crow <= \$1178 ;
  always @(posedge clk)
    cbit <= \$1179 ;
  always @(posedge clk)
    wvalid <= \$1180 ;
  always @(posedge clk)
    paddr <= \$1181 ;
  always @(posedge clk)
    p_lv <= \$1182 ;
  always @(posedge clk)
    p_cmp <= \$1183 ;
  always @(posedge clk)
    p_ob1 <= \$1184 ;
  always @(posedge clk)
    asm <= \$1185 ;
  always @(posedge clk)
    \$signal$197  <= \$1186 ;
  always @(posedge clk)
    o_beat <= \$1187 ;
  always @(posedge clk)
    o_addr <= \$1188 ;
  always @(posedge clk)
    o_last <= \$1189 ;
  always @(posedge clk)
    o_addr2 <= \$1190 ;
  always @(posedge clk)
    \$signal$100  <= \$1191 ;
  always @(posedge clk)
    o_bank2 <= \$1192 ;
  always @(posedge clk)
    o_beat2 <= \$1193 ;
  always @(posedge clk)
    thresh_l0 <= \$1194 ;
  always @(posedge clk)
    plane <= \$1195 ;
  always @(posedge clk)
    lastw_d <= \$1196 ;
  always @(posedge clk)
    thresh_l1 <= \$1197 ;
  always @(posedge clk)
    thresh_l2 <= \$1198 ;
  always @(posedge clk)
    \$signal$202  <= \$1199 ;
  always @(posedge clk)
    \$signal$203  <= \$1200 ;
  always @(posedge clk)
    \$signal$130  <= \$1201 ;
  always @(posedge clk)
    old_bits <= \$1202 ;
  always @(posedge clk)
    y_q <= \$1203 ;
  always @(posedge clk)
    scores_q <= \$1204 ;
  always @(posedge clk)
    wrow <= \$1205 ;
  always @(posedge clk)
    wbit <= \$1206 ;
  always @(posedge clk)
    counting <= \$1207 ;
  always @(posedge clk)
    inc_q_cycles <= \$1208 ;
  always @(posedge clk)
    ctr_cycles <= \$1209 ;
  always @(posedge clk)
    inc_q_instructions <= \$1210 ;
  always @(posedge clk)
    ctr_instructions <= \$1211 ;
  always @(posedge clk)
    inc_q_load_busy <= \$1212 ;
  always @(posedge clk)
    ctr_load_busy <= \$1213 ;
  always @(posedge clk)
    inc_q_load_stall <= \$1214 ;
  always @(posedge clk)
    ctr_load_stall <= \$1215 ;
  always @(posedge clk)
    inc_q_store_busy <= \$1216 ;
  always @(posedge clk)
    ctr_store_busy <= \$1217 ;
  always @(posedge clk)
    inc_q_store_stall <= \$1218 ;
  always @(posedge clk)
    ctr_store_stall <= \$1219 ;
  always @(posedge clk)
    inc_q_gemm_busy <= \$1220 ;
  always @(posedge clk)
    ctr_gemm_busy <= \$1221 ;
  always @(posedge clk)
    inc_q_gemm_stall <= \$1222 ;
  always @(posedge clk)
    ctr_gemm_stall <= \$1223 ;
  always @(posedge clk)
    inc_q_post_busy <= \$1224 ;
  always @(posedge clk)
    ctr_post_busy <= \$1225 ;
  always @(posedge clk)
    inc_q_post_stall <= \$1226 ;
  always @(posedge clk)
    ctr_post_stall <= \$1227 ;
  always @(posedge clk)
    inc_q_sram_act_reads <= \$1228 ;
  always @(posedge clk)
    ctr_sram_act_reads <= \$1229 ;
  always @(posedge clk)
    inc_q_sram_act_writes <= \$1230 ;
  always @(posedge clk)
    ctr_sram_act_writes <= \$1231 ;
  always @(posedge clk)
    inc_q_sram_weight_reads <= \$1232 ;
  always @(posedge clk)
    ctr_sram_weight_reads <= \$1233 ;
  always @(posedge clk)
    inc_q_sram_weight_writes <= \$1234 ;
  always @(posedge clk)
    ctr_sram_weight_writes <= \$1235 ;
  always @(posedge clk)
    inc_q_sram_thresh_reads <= \$1236 ;
  always @(posedge clk)
    ctr_sram_thresh_reads <= \$1237 ;
  always @(posedge clk)
    inc_q_sram_thresh_writes <= \$1238 ;
  always @(posedge clk)
    ctr_sram_thresh_writes <= \$1239 ;
  always @(posedge clk)
    inc_q_sram_out_reads <= \$1240 ;
  always @(posedge clk)
    ctr_sram_out_reads <= \$1241 ;
  always @(posedge clk)
    inc_q_sram_out_writes <= \$1242 ;
  always @(posedge clk)
    ctr_sram_out_writes <= \$1243 ;
  always @(posedge clk)
    inc_q_threshold_ops <= \$1244 ;
  always @(posedge clk)
    ctr_threshold_ops <= \$1245 ;
  \accel_top.array  array (
    .a0_q0(\$1246 ),
    .a1_q0(\$1247 ),
    .a_in(a_in),
    .acc(\acc$126 ),
    .clk(clk),
    .hold(hold),
    .plane(plane),
    .rst(rst),
    .valid(valid),
    .w_in(w_in),
    .zero(zero)
  );
  \accel_top.thresh_unit  thresh_unit (
    .acc(acc),
    .active(p_cmp),
    .\port$4061$0 (thresh_l1),
    .\port$4063$0 (thresh_l2),
    .\port$865$0 (\$763 ),
    .scores(scores),
    .shift(shift),
    .y(y)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$509  = 64'h0000000000000000;
    casez (o_bank2)
      10'h000:
          \$509  = \$1246 ;
      10'h001:
          \$509  = \$1247 ;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$514  = 64'h0000000000000000;
    casez (o_beat2)
      3'h0:
          \$514  = store_out[63:0];
      3'h1:
          \$514  = store_out[127:64];
      3'h2:
          \$514  = store_out[191:128];
      3'h3:
          \$514  = store_out[255:192];
      3'h4:
          \$514  = store_out[319:256];
      3'h5:
          \$514  = store_out[383:320];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$557  = 16'h0000;
    casez (wrow)
      2'h0:
          \$557  = old_bits[15:0];
      2'h1:
          \$557  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$577  = 16'h0000;
    casez (wrow)
      2'h0:
          \$577  = old_bits[15:0];
      2'h1:
          \$577  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$597  = 16'h0000;
    casez (wrow)
      2'h0:
          \$597  = old_bits[15:0];
      2'h1:
          \$597  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$617  = 16'h0000;
    casez (wrow)
      2'h0:
          \$617  = old_bits[15:0];
      2'h1:
          \$617  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$637  = 16'h0000;
    casez (wrow)
      2'h0:
          \$637  = old_bits[15:0];
      2'h1:
          \$637  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$657  = 16'h0000;
    casez (wrow)
      2'h0:
          \$657  = old_bits[15:0];
      2'h1:
          \$657  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$677  = 16'h0000;
    casez (wrow)
      2'h0:
          \$677  = old_bits[15:0];
      2'h1:
          \$677  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$697  = 16'h0000;
    casez (wrow)
      2'h0:
          \$697  = old_bits[15:0];
      2'h1:
          \$697  = old_bits[31:16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    acc = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    casez (crow)
      2'h0:
          acc = \acc$126 [383:0];
      2'h1:
          acc = \acc$126 [767:384];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$731  = 1'h0;
    casez (crow)
      2'h0:
          \$731  = \$signal$130 [0];
      2'h1:
          \$731  = \$signal$130 [16];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$733  = 1'h0;
    casez (crow)
      2'h0:
          \$733  = \$signal$130 [1];
      2'h1:
          \$733  = \$signal$130 [17];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$735  = 1'h0;
    casez (crow)
      2'h0:
          \$735  = \$signal$130 [2];
      2'h1:
          \$735  = \$signal$130 [18];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$737  = 1'h0;
    casez (crow)
      2'h0:
          \$737  = \$signal$130 [3];
      2'h1:
          \$737  = \$signal$130 [19];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$739  = 1'h0;
    casez (crow)
      2'h0:
          \$739  = \$signal$130 [4];
      2'h1:
          \$739  = \$signal$130 [20];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$741  = 1'h0;
    casez (crow)
      2'h0:
          \$741  = \$signal$130 [5];
      2'h1:
          \$741  = \$signal$130 [21];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$743  = 1'h0;
    casez (crow)
      2'h0:
          \$743  = \$signal$130 [6];
      2'h1:
          \$743  = \$signal$130 [22];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$745  = 1'h0;
    casez (crow)
      2'h0:
          \$745  = \$signal$130 [7];
      2'h1:
          \$745  = \$signal$130 [23];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$747  = 1'h0;
    casez (crow)
      2'h0:
          \$747  = \$signal$130 [8];
      2'h1:
          \$747  = \$signal$130 [24];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$749  = 1'h0;
    casez (crow)
      2'h0:
          \$749  = \$signal$130 [9];
      2'h1:
          \$749  = \$signal$130 [25];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$751  = 1'h0;
    casez (crow)
      2'h0:
          \$751  = \$signal$130 [10];
      2'h1:
          \$751  = \$signal$130 [26];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$753  = 1'h0;
    casez (crow)
      2'h0:
          \$753  = \$signal$130 [11];
      2'h1:
          \$753  = \$signal$130 [27];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$755  = 1'h0;
    casez (crow)
      2'h0:
          \$755  = \$signal$130 [12];
      2'h1:
          \$755  = \$signal$130 [28];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$757  = 1'h0;
    casez (crow)
      2'h0:
          \$757  = \$signal$130 [13];
      2'h1:
          \$757  = \$signal$130 [29];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$759  = 1'h0;
    casez (crow)
      2'h0:
          \$759  = \$signal$130 [14];
      2'h1:
          \$759  = \$signal$130 [30];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$761  = 1'h0;
    casez (crow)
      2'h0:
          \$761  = \$signal$130 [15];
      2'h1:
          \$761  = \$signal$130 [31];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$796  = ctr_cycles;
      2'h1:
          \$796  = ctr_instructions;
      2'h2:
          \$796  = ctr_load_busy;
      2'h3:
          \$796  = ctr_load_stall;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$797  = ctr_store_busy;
      2'h1:
          \$797  = ctr_store_stall;
      2'h2:
          \$797  = ctr_gemm_busy;
      2'h3:
          \$797  = ctr_gemm_stall;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$798  = ctr_post_busy;
      2'h1:
          \$798  = ctr_post_stall;
      2'h2:
          \$798  = ctr_sram_act_reads;
      2'h3:
          \$798  = ctr_sram_act_writes;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ctr_sel[1:0])
      2'h0:
          \$799  = ctr_sram_weight_reads;
      2'h1:
          \$799  = ctr_sram_weight_writes;
      2'h2:
          \$799  = ctr_sram_thresh_reads;
      2'h3:
          \$799  = ctr_sram_thresh_writes;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$800  = 48'h000000000000;
    casez (ctr_sel[1:0])
      2'h0:
          \$800  = ctr_sram_out_reads;
      2'h1:
          \$800  = ctr_sram_out_writes;
      2'h2:
          \$800  = ctr_threshold_ops;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$801  = 48'h000000000000;
    casez (sel_q)
      3'h0:
          \$801  = ctr_group0;
      3'h1:
          \$801  = ctr_group1;
      3'h2:
          \$801  = ctr_group2;
      3'h3:
          \$801  = ctr_group3;
      3'h4:
          \$801  = ctr_group4;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ir_q[54:51])
      4'h0:
          \$834  = 15'h0000;
      4'h1:
          \$834  = 15'h0001;
      4'h2:
          \$834  = 15'h0003;
      4'h3:
          \$834  = 15'h0007;
      4'h4:
          \$834  = 15'h000f;
      4'h5:
          \$834  = 15'h001f;
      4'h6:
          \$834  = 15'h003f;
      4'h7:
          \$834  = 15'h007f;
      4'h8:
          \$834  = 15'h00ff;
      4'h9:
          \$834  = 15'h01ff;
      4'ha:
          \$834  = 15'h03ff;
      4'hb:
          \$834  = 15'h07ff;
      4'hc:
          \$834  = 15'h0fff;
      4'hd:
          \$834  = 15'h1fff;
      4'he:
          \$834  = 15'h3fff;
      4'hf:
          \$834  = 15'h7fff;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    (* full_case = 32'd1 *)
    casez (ir_q[54:51])
      4'h0:
          \$838  = 15'h0000;
      4'h1:
          \$838  = 15'h0001;
      4'h2:
          \$838  = 15'h0003;
      4'h3:
          \$838  = 15'h0007;
      4'h4:
          \$838  = 15'h000f;
      4'h5:
          \$838  = 15'h001f;
      4'h6:
          \$838  = 15'h003f;
      4'h7:
          \$838  = 15'h007f;
      4'h8:
          \$838  = 15'h00ff;
      4'h9:
          \$838  = 15'h01ff;
      4'ha:
          \$838  = 15'h03ff;
      4'hb:
          \$838  = 15'h07ff;
      4'hc:
          \$838  = 15'h0fff;
      4'hd:
          \$838  = 15'h1fff;
      4'he:
          \$838  = 15'h3fff;
      4'hf:
          \$838  = 15'h7fff;
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$952  = 16'h0000;
    casez (instr[49:42])
      8'h00:
          \$952  = \$signal$202 [15:0];
      8'h01:
          \$952  = \$signal$202 [31:16];
      8'h02:
          \$952  = \$signal$202 [47:32];
      8'h03:
          \$952  = \$signal$202 [63:48];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$953  = 16'h0000;
    casez (instr[49:42])
      8'h00:
          \$953  = \$signal$202 [79:64];
      8'h01:
          \$953  = \$signal$202 [95:80];
      8'h02:
          \$953  = \$signal$202 [111:96];
      8'h03:
          \$953  = \$signal$202 [127:112];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$954  = 16'h0000;
    casez (instr[49:42])
      8'h00:
          \$954  = \$signal$203 [15:0];
      8'h01:
          \$954  = \$signal$203 [31:16];
      8'h02:
          \$954  = \$signal$203 [47:32];
      8'h03:
          \$954  = \$signal$203 [63:48];
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$955  = 16'h0000;
    casez (instr[49:42])
      8'h00:
          \$955  = \$signal$203 [79:64];
      8'h01:
          \$955  = \$signal$203 [95:80];
      8'h02:
          \$955  = \$signal$203 [111:96];
      8'h03:
          \$955  = \$signal$203 [127:112];
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
      pc_next = \$726 [10:0];
      if (\$728 ) begin
        (* full_case = 32'd1 *)
        if (\$729 ) begin
        end else begin
          pc_next = \$like ;
        end
      end
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    { fetched[113:105], fetched[87:72], fetched[41:11] } = { ir_q[113:105], ir_q[87:72], ir_q[41:11] };
    if (\$400 ) begin
      fetched[26:11] = \$407 [15:0];
      fetched[113:105] = \$414 [8:0];
    end
    if (\$422 ) begin
      fetched[41:26] = \$429 [15:0];
      fetched[87:72] = \$436 [15:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    bad = 1'h0;
    (* full_case = 32'd1 *)
    casez (ir_q[3:0])
      4'h1:
          bad = \$437 ;
      4'h2:
          bad = \$440 ;
      4'h3:
          bad = \$441 ;
      4'h4:
          bad = \$457 ;
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
          if (\$458 ) begin
            finish = 1'h1;
          end
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$460 ) begin
              if (\$462 ) begin
                if (rx_blast) begin
                  finish = 1'h1;
                end
              end
            end
          end
      4'h3:
          if (\$516 ) begin
            if (\$signal$100 ) begin
              finish = 1'h1;
            end
          end
      4'h4:
          (* full_case = 32'd1 *)
          if (issuing) begin
          end else begin
            if (\$525 ) begin
              finish = 1'h1;
            end
          end
      4'h5:
          (* full_case = 32'd1 *)
          if (\$533 ) begin
          end else begin
            if (\$724 ) begin
              if (\$725 ) begin
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
          if (\$459 ) begin
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
    \$signature__addr$71  = 8'h00;
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
            if (\$460 ) begin
              casez (instr[9:8])
                2'h0:
                    \$signature__addr$71  = \$463 [7:0];
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$533 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$536 ) begin
            end else begin
              \$signature__addr$71  = paddr[7:0];
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$signature__data$73  = 128'h00000000000000000000000000000000;
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
            if (\$460 ) begin
              casez (instr[9:8])
                2'h0:
                    \$signature__data$73  = { full, full };
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$533 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$536 ) begin
            end else begin
              \$signature__data$73  = { \$699 , \$679 , \$659 , \$639 , \$619 , \$599 , \$579 , \$559  };
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$signature__en$74  = 8'h00;
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
            if (\$460 ) begin
              casez (instr[9:8])
                2'h0:
                    \$signature__en$74  = { \$471 , \$470 , \$469 , \$468 , \$467 , \$466 , \$465 , \$464  };
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$533 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$536 ) begin
            end else begin
              \$signature__en$74  = { \$723 , \$720 , \$717 , \$714 , \$711 , \$708 , \$705 , \$702  };
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
            if (\$460 ) begin
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
          if (\$533 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$536 ) begin
            end else begin
              inc_sram_act_writes = 16'h0001;
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$signature__addr$77  = 9'h000;
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
            if (\$460 ) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    \$signature__addr$77  = \$472 [8:0];
              endcase
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$signature__data$78  = 1024'h0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
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
            if (\$460 ) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    \$signature__data$78  = { full, full, full, full, full, full, full, full, full, full, full, full, full, full, full, full };
              endcase
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$signature__en$79  = 16'h0000;
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
            if (\$460 ) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    \$signature__en$79  = { \$488 , \$487 , \$486 , \$485 , \$484 , \$483 , \$482 , \$481 , \$480 , \$479 , \$478 , \$477 , \$476 , \$475 , \$474 , \$473  };
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
            if (\$460 ) begin
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
    thr_w__addr = 9'h000;
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
            if (\$460 ) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    /* empty */;
                2'h2:
                    thr_w__addr = \$489 [8:0];
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$533 ) begin
          end else begin
            if (\$536 ) begin
              thr_w__addr = \$539 [8:0];
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    thr_w__data = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
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
            if (\$460 ) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    /* empty */;
                2'h2:
                    thr_w__data = { full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0], full[23:0] };
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$533 ) begin
          end else begin
            if (\$536 ) begin
              thr_w__data = scores_q;
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    thr_w__en = 16'h0000;
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
            if (\$460 ) begin
              casez (instr[9:8])
                2'h0:
                    /* empty */;
                2'h1:
                    /* empty */;
                2'h2:
                    thr_w__en = { \$505 , \$504 , \$503 , \$502 , \$501 , \$500 , \$499 , \$498 , \$497 , \$496 , \$495 , \$494 , \$493 , \$492 , \$491 , \$490  };
              endcase
            end
          end
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          (* full_case = 32'd1 *)
          if (\$533 ) begin
          end else begin
            if (\$536 ) begin
              thr_w__en = 16'hffff;
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
            if (\$460 ) begin
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
          if (\$507 ) begin
            if (issuing) begin
              if (\$508 ) begin
                casez (instr[9:8])
                  2'h0:
                      inc_sram_act_reads = 16'h0001;
                endcase
              end
            end
          end
      4'h4:
          if (issuing) begin
            inc_sram_act_reads = { 14'h0000, \$524  };
          end
      4'h5:
          if (\$526 ) begin
            if (\$528 ) begin
              inc_sram_act_reads = 16'h0002;
            end
            if (\$532 ) begin
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
          if (\$507 ) begin
            if (issuing) begin
              if (\$508 ) begin
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
          store_act = \$509 ;
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
    hold = 1'h0;
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
          hold = \$512 ;
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
          mem_wr_valid = \$signal$86 ;
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
          mem_wr_addr = o_addr2;
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
          mem_wr_data = \$515 ;
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
          if (\$516 ) begin
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
          if (\$516 ) begin
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
          if (\$526 ) begin
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
          if (\$533 ) begin
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
          if (\$533 ) begin
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
          if (\$533 ) begin
          end else begin
            if (\$534 ) begin
              inc_threshold_ops = { 9'h000, \$535  };
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
          if (\$533 ) begin
          end else begin
            if (\$536 ) begin
              inc_sram_out_writes = 16'h0001;
            end
          end
    endcase
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1104  = \$795 [9:0];
    if (rst) begin
      \$1104  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1105  = pc_next;
    if (rst) begin
      \$1105  = 11'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1106  = \$796 ;
    if (rst) begin
      \$1106  = 48'h000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1107  = \$797 ;
    if (rst) begin
      \$1107  = 48'h000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1108  = \$798 ;
    if (rst) begin
      \$1108  = 48'h000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1109  = \$799 ;
    if (rst) begin
      \$1109  = 48'h000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1110  = \$800 ;
    if (rst) begin
      \$1110  = 48'h000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1111  = ctr_sel[4:2];
    if (rst) begin
      \$1111  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1112  = \$801 ;
    if (rst) begin
      \$1112  = 48'h000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1113  = 1'h0;
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
            \$1113  = 1'h1;
          end
    endcase
    if (rst) begin
      \$1113  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1114  = 1'h0;
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
                  \$1114  = \$856 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1114  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1115  = ir__data;
    if (rst) begin
      \$1115  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1116  = fetched;
    if (rst) begin
      \$1116  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1117  = \$812 ;
    if (rst) begin
      \$1117  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1118  = \$818 ;
    if (rst) begin
      \$1118  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1119  = { 5'h00, \$828  };
    if (rst) begin
      \$1119  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1120  = \$831 [8:0];
    if (rst) begin
      \$1120  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1121  = \$832 [15:0];
    if (rst) begin
      \$1121  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1122  = \$836 [1:0];
    if (rst) begin
      \$1122  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1123  = \$841 [1:0];
    if (rst) begin
      \$1123  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1124  = \$844 [3:0];
    if (rst) begin
      \$1124  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1125  = state;
    casez (state)
      4'h0, 4'h6, 4'h7:
          if (start) begin
            \$1125  = 4'h8;
          end
      4'h8:
          if (\$846 ) begin
            \$1125  = 4'h1;
          end
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
            \$1125  = 4'h7;
          end else begin
            casez (nxt[3:0])
              4'h5:
                  \$1125  = 4'h9;
              4'h1:
                  \$1125  = 4'h2;
              4'h2:
                  \$1125  = 4'h3;
              4'h3:
                  \$1125  = 4'h4;
              4'h4:
                  \$1125  = 4'h5;
              4'hf:
                  \$1125  = 4'h6;
            endcase
          end
    endcase
    if (finish) begin
      \$1125  = 4'h1;
    end
    if (rst) begin
      \$1125  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1126  = t;
    casez (state)
      4'h0, 4'h6, 4'h7:
          if (start) begin
            \$1126  = 3'h0;
          end
      4'h8:
          \$1126  = \$845 [2:0];
      4'h1:
          \$1126  = 3'h0;
      4'h9:
          \$1126  = \$862 [2:0];
      4'h2:
          /* empty */;
      4'h3:
          /* empty */;
      4'h4:
          /* empty */;
      4'h5:
          if (\$939 ) begin
            \$1126  = \$940 [2:0];
          end
    endcase
    if (rst) begin
      \$1126  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1127  = \$signal$46 ;
    casez (state)
      4'h0, 4'h6, 4'h7:
          if (start) begin
            \$1127  = 1'h0;
          end
      4'h8:
          /* empty */;
      4'h1:
          (* full_case = 32'd1 *)
          if (n_bad) begin
          end else begin
            casez (nxt[3:0])
              4'h5:
                  \$1127  = 1'h1;
            endcase
          end
    endcase
    if (finish) begin
      if (\$964 ) begin
        if (\$965 ) begin
          \$1127  = 1'h0;
        end
      end
    end
    if (rst) begin
      \$1127  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1128  = instr;
    casez (state)
      4'h0, 4'h6, 4'h7:
          /* empty */;
      4'h8:
          /* empty */;
      4'h1:
          \$1128  = nxt;
    endcase
    if (rst) begin
      \$1128  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1129  = lp_left;
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
                  \$1129  = nxt[23:8];
            endcase
          end
    endcase
    if (finish) begin
      if (\$964 ) begin
        (* full_case = 32'd1 *)
        if (\$965 ) begin
        end else begin
          \$1129  = \$966 [15:0];
        end
      end
    end
    if (rst) begin
      \$1129  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1130  = \$like ;
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
                  \$1130  = \$847 [10:0];
            endcase
          end
    endcase
    if (rst) begin
      \$1130  = 11'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1131  = lp_end;
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
                  \$1131  = \$848 [10:0];
            endcase
          end
    endcase
    if (rst) begin
      \$1131  = 11'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1132  = \$signal$49 ;
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
                  \$1132  = 16'h0000;
            endcase
          end
    endcase
    if (finish) begin
      if (\$964 ) begin
        (* full_case = 32'd1 *)
        if (\$965 ) begin
        end else begin
          \$1132  = \$967 [15:0];
        end
      end
    end
    if (rst) begin
      \$1132  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1133  = \$signal$53 ;
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
                  \$1133  = 16'h0000;
            endcase
          end
    endcase
    if (finish) begin
      if (\$964 ) begin
        (* full_case = 32'd1 *)
        if (\$965 ) begin
        end else begin
          \$1133  = \$968 [15:0];
        end
      end
    end
    if (rst) begin
      \$1133  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1134  = \$signal$55 ;
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
                  \$1134  = 16'h0000;
            endcase
          end
    endcase
    if (finish) begin
      if (\$964 ) begin
        (* full_case = 32'd1 *)
        if (\$965 ) begin
        end else begin
          \$1134  = \$969 [15:0];
        end
      end
    end
    if (rst) begin
      \$1134  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1135  = \$signal$51 ;
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
                  \$1135  = 9'h000;
            endcase
          end
    endcase
    if (finish) begin
      if (\$964 ) begin
        (* full_case = 32'd1 *)
        if (\$965 ) begin
        end else begin
          \$1135  = \$970 [8:0];
        end
      end
    end
    if (rst) begin
      \$1135  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1136  = \$signal$50 ;
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
                  \$1136  = nxt[47:32];
            endcase
          end
    endcase
    if (rst) begin
      \$1136  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1137  = \$signal$54 ;
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
                  \$1137  = nxt[72:57];
            endcase
          end
    endcase
    if (rst) begin
      \$1137  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1138  = \$signal$56 ;
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
                  \$1138  = nxt[88:73];
            endcase
          end
    endcase
    if (rst) begin
      \$1138  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1139  = \$signal$52 ;
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
                  \$1139  = nxt[56:48];
            endcase
          end
    endcase
    if (rst) begin
      \$1139  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1140  = nb1;
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
                  \$1140  = n_nb1;
              4'h2:
                  \$1140  = n_nb1;
            endcase
          end
    endcase
    if (rst) begin
      \$1140  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1141  = \$signal$177 ;
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
                  \$1141  = \$849 [15:0];
              4'h2:
                  \$1141  = \$854 [15:0];
              4'h3:
                  \$1141  = { \$857 [11], \$857 [11], \$857 [11], \$857 [11], \$857  };
            endcase
          end
    endcase
    if (rst) begin
      \$1141  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1142  = b1;
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
                  \$1142  = \$850 ;
              4'h2:
                  \$1142  = \$855 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1142  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1143  = rd_len;
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
                  \$1143  = n_rd_len;
            endcase
          end
    endcase
    if (rst) begin
      \$1143  = 24'h000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1144  = req_more;
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
                  \$1144  = \$851 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (\$863 ) begin
            \$1144  = \$866 ;
          end
    endcase
    if (rst) begin
      \$1144  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1145  = req_cnt;
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
                  \$1145  = 10'h000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (\$863 ) begin
            \$1145  = \$864 [9:0];
          end
    endcase
    if (rst) begin
      \$1145  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1146  = req_addr;
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
                  \$1146  = nxt[82:51];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (\$863 ) begin
            \$1146  = \$865 [31:0];
          end
    endcase
    if (rst) begin
      \$1146  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1147  = rx_bank;
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
                  \$1147  = 10'h000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$867 ) begin
              if (\$869 ) begin
                \$1147  = \$870 [9:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$1147  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1148  = rx_word;
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
                  \$1148  = 16'h0000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$867 ) begin
              (* full_case = 32'd1 *)
              if (\$869 ) begin
                \$1148  = 16'h0000;
              end else begin
                \$1148  = \$874 [15:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$1148  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1149  = rx_beat;
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
                  \$1149  = 3'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            (* full_case = 32'd1 *)
            if (\$867 ) begin
              \$1149  = 3'h0;
            end else begin
              \$1149  = \$877 [2:0];
            end
          end
    endcase
    if (rst) begin
      \$1149  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1150  = \$signal$69 ;
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
                  \$1150  = \$852 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$867 ) begin
              (* full_case = 32'd1 *)
              if (\$869 ) begin
                \$1150  = \$871 ;
              end else begin
                \$1150  = \$876 ;
              end
            end
          end
    endcase
    if (rst) begin
      \$1150  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1151  = rx_blast;
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
                  \$1151  = \$853 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          if (mem_rd_data_valid) begin
            if (\$867 ) begin
              if (\$869 ) begin
                \$1151  = \$873 ;
              end
            end
          end
    endcase
    if (rst) begin
      \$1151  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1152  = \$signal$180 ;
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
                  \$1152  = 10'h000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$879 ) begin
            if (issuing) begin
              if (\$885 ) begin
                if (\$886 ) begin
                  \$1152  = \$887 [9:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1152  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1153  = tx_word;
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
                  \$1153  = 16'h0000;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$879 ) begin
            if (issuing) begin
              if (\$885 ) begin
                (* full_case = 32'd1 *)
                if (\$886 ) begin
                  \$1153  = 16'h0000;
                end else begin
                  \$1153  = \$899 [15:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1153  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1154  = tx_beat;
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
                  \$1154  = 3'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$879 ) begin
            if (issuing) begin
              (* full_case = 32'd1 *)
              if (\$885 ) begin
                \$1154  = 3'h0;
              end else begin
                \$1154  = \$903 [2:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$1154  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1155  = \$signal$182 ;
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
                  \$1155  = nxt[82:51];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$879 ) begin
            if (issuing) begin
              if (\$885 ) begin
                if (\$886 ) begin
                  \$1155  = \$888 [31:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1155  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1156  = s_cur;
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
                  \$1156  = nxt[82:51];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$879 ) begin
            if (issuing) begin
              (* full_case = 32'd1 *)
              if (\$885 ) begin
                (* full_case = 32'd1 *)
                if (\$886 ) begin
                  \$1156  = \$889 [31:0];
                end else begin
                  \$1156  = \$900 [31:0];
                end
              end else begin
                \$1156  = \$904 [31:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$1156  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1157  = t_row;
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
                  \$1157  = n_t_base;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$879 ) begin
            if (issuing) begin
              if (\$885 ) begin
                if (\$886 ) begin
                  \$1157  = \$892 [8:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1157  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1158  = \$signal$134 ;
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
                  \$1158  = { 7'h00, n_t_base };
              4'h3:
                  \$1158  = nxt[26:11];
              4'h4:
                  \$1158  = \$861 ;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$879 ) begin
            if (issuing) begin
              if (\$885 ) begin
                (* full_case = 32'd1 *)
                if (\$886 ) begin
                  \$1158  = { 6'h00, \$895  };
                end else begin
                  \$1158  = \$901 [15:0];
                end
              end
            end
          end
      4'h4:
          if (issuing) begin
            \$1158  = \$922 [15:0];
            if (\$923 ) begin
              if (\$924 ) begin
                (* full_case = 32'd1 *)
                if (\$925 ) begin
                  \$1158  = \$929 [15:0];
                end else begin
                  \$1158  = \$934 [15:0];
                end
              end
            end
          end
      4'h5:
          if (\$945 ) begin
            \$1158  = instr[41:26];
          end
    endcase
    if (rst) begin
      \$1158  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1159  = thr_ptr;
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
                  \$1159  = { 7'h00, n_t_base };
              4'h3:
                  /* empty */;
              4'h4:
                  \$1159  = nxt[25:10];
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$879 ) begin
            if (issuing) begin
              if (\$885 ) begin
                (* full_case = 32'd1 *)
                if (\$886 ) begin
                  \$1159  = { 6'h00, \$898  };
                end else begin
                  \$1159  = \$902 [15:0];
                end
              end
            end
          end
      4'h4:
          /* empty */;
      4'h5:
          \$1159  = \$944 [15:0];
    endcase
    if (rst) begin
      \$1159  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1160  = issuing;
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
                  \$1160  = 1'h1;
              4'h3:
                  \$1160  = 1'h1;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$879 ) begin
            if (issuing) begin
              if (\$909 ) begin
                \$1160  = 1'h0;
              end
            end
          end
      4'h4:
          if (issuing) begin
            if (\$923 ) begin
              if (\$924 ) begin
                if (\$925 ) begin
                  if (\$930 ) begin
                    \$1160  = 1'h0;
                  end
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1160  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1161  = \$signal$185 ;
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
                  \$1161  = 1'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$879 ) begin
            (* full_case = 32'd1 *)
            if (issuing) begin
              \$1161  = 1'h1;
            end else begin
              \$1161  = 1'h0;
            end
          end
    endcase
    if (rst) begin
      \$1161  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1162  = \$signal$86 ;
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
                  \$1162  = 1'h0;
            endcase
          end
      4'h9:
          /* empty */;
      4'h2:
          /* empty */;
      4'h3:
          if (\$911 ) begin
            \$1162  = \$signal$185 ;
          end
    endcase
    if (rst) begin
      \$1162  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1163  = \$signal ;
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
                  \$1163  = 1'h0;
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
            \$1163  = \$919 ;
          end
    endcase
    if (rst) begin
      \$1163  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1164  = wgt_r__addr;
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
                  \$1164  = nxt[35:27];
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
            \$1164  = \$921 [8:0];
            if (\$923 ) begin
              if (\$924 ) begin
                if (\$925 ) begin
                  \$1164  = instr[35:27];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1164  = 9'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1165  = p;
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
                  \$1165  = 3'h0;
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
            if (\$923 ) begin
              if (\$924 ) begin
                if (\$925 ) begin
                  \$1165  = \$926 [2:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1165  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1166  = \$signal$187 ;
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
                  \$1166  = \$858 [2:0];
            endcase
          end
    endcase
    if (rst) begin
      \$1166  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1167  = \$signal$188 ;
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
                  \$1167  = \$859 [2:0];
            endcase
          end
    endcase
    if (rst) begin
      \$1167  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1168  = kh1;
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
                  \$1168  = \$860 [2:0];
            endcase
          end
    endcase
    if (rst) begin
      \$1168  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1169  = tail;
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
                  \$1169  = 16'h0000;
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
            \$1169  = \$938 [15:0];
          end
    endcase
    if (rst) begin
      \$1169  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1170  = \$signal$190 ;
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
                  \$1170  = 11'h000;
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
            if (\$923 ) begin
              \$1170  = 11'h000;
            end else begin
              \$1170  = \$937 [10:0];
            end
          end
    endcase
    if (rst) begin
      \$1170  = 11'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1171  = \$signal$191 ;
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
                  \$1171  = 3'h0;
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
            if (\$923 ) begin
              (* full_case = 32'd1 *)
              if (\$924 ) begin
                \$1171  = 3'h0;
              end else begin
                \$1171  = \$935 [2:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$1171  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1172  = ky;
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
                  \$1172  = 3'h0;
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
            if (\$923 ) begin
              if (\$924 ) begin
                (* full_case = 32'd1 *)
                if (\$925 ) begin
                  \$1172  = 3'h0;
                end else begin
                  \$1172  = \$931 [2:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1172  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1173  = \$signal$103 ;
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
                  \$1173  = { nxt[104], nxt[104:96] };
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
            if (\$923 ) begin
              if (\$924 ) begin
                (* full_case = 32'd1 *)
                if (\$925 ) begin
                  \$1173  = { instr[104], instr[104:96] };
                end else begin
                  \$1173  = \$932 [9:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1173  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1174  = ix;
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
                  \$1174  = { nxt[113], nxt[113:105] };
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
            if (\$923 ) begin
              (* full_case = 32'd1 *)
              if (\$924 ) begin
                \$1174  = { instr[113], instr[113:105] };
              end else begin
                \$1174  = \$936 [9:0];
              end
            end
          end
    endcase
    if (rst) begin
      \$1174  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1175  = plane_base;
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
                  \$1175  = nxt[26:11];
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
            if (\$923 ) begin
              if (\$924 ) begin
                if (\$925 ) begin
                  \$1175  = \$927 [15:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1175  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1176  = \$signal$194 ;
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
                  \$1176  = nxt[26:11];
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
            if (\$923 ) begin
              if (\$924 ) begin
                (* full_case = 32'd1 *)
                if (\$925 ) begin
                  \$1176  = \$928 [15:0];
                end else begin
                  \$1176  = \$933 [15:0];
                end
              end
            end
          end
    endcase
    if (rst) begin
      \$1176  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1177  = pitch;
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
                  \$1177  = n_pitch;
            endcase
          end
    endcase
    if (rst) begin
      \$1177  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1178  = crow;
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
                  \$1178  = 2'h0;
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
          if (\$956 ) begin
            if (\$957 ) begin
              \$1178  = \$958 [1:0];
            end
          end
    endcase
    if (rst) begin
      \$1178  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1179  = cbit;
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
                  \$1179  = 4'h0;
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
          if (\$956 ) begin
            (* full_case = 32'd1 *)
            if (\$957 ) begin
              \$1179  = 4'h0;
            end else begin
              \$1179  = \$959 [3:0];
            end
          end
    endcase
    if (rst) begin
      \$1179  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1180  = wvalid;
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
                  \$1180  = 1'h0;
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
          if (\$956 ) begin
            \$1180  = 1'h1;
          end
    endcase
    if (rst) begin
      \$1180  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1181  = paddr;
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
                  \$1181  = nxt[41:26];
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
          if (\$960 ) begin
          end else begin
            (* full_case = 32'd1 *)
            if (\$961 ) begin
              \$1181  = instr[41:26];
            end else begin
              \$1181  = \$962 [15:0];
            end
          end
    endcase
    if (rst) begin
      \$1181  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1182  = p_lv;
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
                  \$1182  = \$like$174 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1182  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1183  = p_cmp;
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
                  \$1183  = \$like$175 ;
            endcase
          end
    endcase
    if (rst) begin
      \$1183  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1184  = p_ob1;
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
                  \$1184  = n_ob1;
            endcase
          end
    endcase
    if (rst) begin
      \$1184  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1185  = asm;
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
            if (\$867 ) begin
            end else begin
              \$1185  = full;
            end
          end
    endcase
    if (rst) begin
      \$1185  = 64'h0000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1186  = \$signal$197 ;
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
          if (\$879 ) begin
            if (issuing) begin
              \$1186  = \$signal$180 ;
            end
          end
    endcase
    if (rst) begin
      \$1186  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1187  = o_beat;
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
          if (\$879 ) begin
            if (issuing) begin
              \$1187  = tx_beat;
            end
          end
    endcase
    if (rst) begin
      \$1187  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1188  = o_addr;
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
          if (\$879 ) begin
            if (issuing) begin
              \$1188  = s_cur;
            end
          end
    endcase
    if (rst) begin
      \$1188  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1189  = o_last;
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
          if (\$879 ) begin
            if (issuing) begin
              \$1189  = \$884 ;
            end
          end
    endcase
    if (rst) begin
      \$1189  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1190  = o_addr2;
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
          if (\$911 ) begin
            \$1190  = o_addr;
          end
    endcase
    if (rst) begin
      \$1190  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1191  = \$signal$100 ;
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
          if (\$911 ) begin
            \$1191  = o_last;
          end
    endcase
    if (rst) begin
      \$1191  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1192  = o_bank2;
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
          if (\$911 ) begin
            \$1192  = \$signal$197 ;
          end
    endcase
    if (rst) begin
      \$1192  = 10'h000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1193  = o_beat2;
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
          if (\$911 ) begin
            \$1193  = o_beat;
          end
    endcase
    if (rst) begin
      \$1193  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1194  = thresh_l0;
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
          if (\$911 ) begin
            \$1194  = thr_r__data;
          end
      4'h4:
          /* empty */;
      4'h5:
          if (\$941 ) begin
            \$1194  = thr_r__data;
          end
    endcase
    if (rst) begin
      \$1194  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1195  = plane;
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
            \$1195  = p;
          end
    endcase
    if (rst) begin
      \$1195  = 3'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1196  = lastw_d;
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
            \$1196  = \$920 ;
          end
    endcase
    if (rst) begin
      \$1196  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1197  = thresh_l1;
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
          if (\$942 ) begin
            \$1197  = thr_r__data;
          end
    endcase
    if (rst) begin
      \$1197  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1198  = thresh_l2;
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
          if (\$943 ) begin
            \$1198  = thr_r__data;
          end
    endcase
    if (rst) begin
      \$1198  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1199  = \$signal$202 ;
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
          if (\$947 ) begin
            \$1199  = act_r__data;
          end
    endcase
    if (rst) begin
      \$1199  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1200  = \$signal$203 ;
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
          if (\$951 ) begin
            \$1200  = act_r__data;
          end
    endcase
    if (rst) begin
      \$1200  = 128'h00000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1201  = \$signal$130 ;
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
          \$1201  = { \$953 , \$952  };
    endcase
    if (rst) begin
      \$1201  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1202  = old_bits;
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
          \$1202  = { \$955 , \$954  };
    endcase
    if (rst) begin
      \$1202  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1203  = y;
    if (rst) begin
      \$1203  = 32'd0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1204  = scores;
    if (rst) begin
      \$1204  = 384'h000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1205  = crow;
    if (rst) begin
      \$1205  = 2'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1206  = cbit;
    if (rst) begin
      \$1206  = 4'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1207  = busy;
    if (rst) begin
      \$1207  = 1'h0;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1208  = { 15'h0000, busy };
    if (rst) begin
      \$1208  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1209  = ctr_cycles;
    if (\$976 ) begin
      \$1209  = 48'h000000000000;
    end else if (counting) begin
      \$1209  = \$977 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1210  = inc_instructions;
    if (rst) begin
      \$1210  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1211  = ctr_instructions;
    if (\$983 ) begin
      \$1211  = 48'h000000000000;
    end else if (counting) begin
      \$1211  = \$984 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1212  = inc_load_busy;
    if (rst) begin
      \$1212  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1213  = ctr_load_busy;
    if (\$990 ) begin
      \$1213  = 48'h000000000000;
    end else if (counting) begin
      \$1213  = \$991 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1214  = inc_load_stall;
    if (rst) begin
      \$1214  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1215  = ctr_load_stall;
    if (\$997 ) begin
      \$1215  = 48'h000000000000;
    end else if (counting) begin
      \$1215  = \$998 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1216  = inc_store_busy;
    if (rst) begin
      \$1216  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1217  = ctr_store_busy;
    if (\$1004 ) begin
      \$1217  = 48'h000000000000;
    end else if (counting) begin
      \$1217  = \$1005 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1218  = inc_store_stall;
    if (rst) begin
      \$1218  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1219  = ctr_store_stall;
    if (\$1011 ) begin
      \$1219  = 48'h000000000000;
    end else if (counting) begin
      \$1219  = \$1012 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1220  = inc_gemm_busy;
    if (rst) begin
      \$1220  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1221  = ctr_gemm_busy;
    if (\$1018 ) begin
      \$1221  = 48'h000000000000;
    end else if (counting) begin
      \$1221  = \$1019 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1222  = inc_gemm_stall;
    if (rst) begin
      \$1222  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1223  = ctr_gemm_stall;
    if (\$1025 ) begin
      \$1223  = 48'h000000000000;
    end else if (counting) begin
      \$1223  = \$1026 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1224  = inc_post_busy;
    if (rst) begin
      \$1224  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1225  = ctr_post_busy;
    if (\$1032 ) begin
      \$1225  = 48'h000000000000;
    end else if (counting) begin
      \$1225  = \$1033 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1226  = inc_post_stall;
    if (rst) begin
      \$1226  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1227  = ctr_post_stall;
    if (\$1039 ) begin
      \$1227  = 48'h000000000000;
    end else if (counting) begin
      \$1227  = \$1040 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1228  = inc_sram_act_reads;
    if (rst) begin
      \$1228  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1229  = ctr_sram_act_reads;
    if (\$1046 ) begin
      \$1229  = 48'h000000000000;
    end else if (counting) begin
      \$1229  = \$1047 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1230  = inc_sram_act_writes;
    if (rst) begin
      \$1230  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1231  = ctr_sram_act_writes;
    if (\$1053 ) begin
      \$1231  = 48'h000000000000;
    end else if (counting) begin
      \$1231  = \$1054 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1232  = inc_sram_weight_reads;
    if (rst) begin
      \$1232  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1233  = ctr_sram_weight_reads;
    if (\$1060 ) begin
      \$1233  = 48'h000000000000;
    end else if (counting) begin
      \$1233  = \$1061 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1234  = inc_sram_weight_writes;
    if (rst) begin
      \$1234  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1235  = ctr_sram_weight_writes;
    if (\$1067 ) begin
      \$1235  = 48'h000000000000;
    end else if (counting) begin
      \$1235  = \$1068 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1236  = inc_sram_thresh_reads;
    if (rst) begin
      \$1236  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1237  = ctr_sram_thresh_reads;
    if (\$1074 ) begin
      \$1237  = 48'h000000000000;
    end else if (counting) begin
      \$1237  = \$1075 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1238  = inc_sram_thresh_writes;
    if (rst) begin
      \$1238  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1239  = ctr_sram_thresh_writes;
    if (\$1081 ) begin
      \$1239  = 48'h000000000000;
    end else if (counting) begin
      \$1239  = \$1082 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1240  = inc_sram_out_reads;
    if (rst) begin
      \$1240  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1241  = ctr_sram_out_reads;
    if (\$1088 ) begin
      \$1241  = 48'h000000000000;
    end else if (counting) begin
      \$1241  = \$1089 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1242  = inc_sram_out_writes;
    if (rst) begin
      \$1242  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1243  = ctr_sram_out_writes;
    if (\$1095 ) begin
      \$1243  = 48'h000000000000;
    end else if (counting) begin
      \$1243  = \$1096 [47:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1244  = inc_threshold_ops;
    if (rst) begin
      \$1244  = 16'h0000;
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$1 ) begin end
    \$1245  = ctr_threshold_ops;
    if (\$1102 ) begin
      \$1245  = 48'h000000000000;
    end else if (counting) begin
      \$1245  = \$1103 [47:0];
    end
  end
  assign \$signature__addr  = imem_addr;
  assign \$signature__data  = imem_data;
  assign \$signature__en  = imem_we;
  assign fetch_addr = ir__addr;
  assign inc_cycles = { 15'h0000, busy };
  assign wgt_r__data = w_in;
  assign \$signal$39  = valid;
  assign cz = zero;
  assign cp = plane;
  assign a_q = { \$1247 , \$1246  };
  assign active = p_cmp;
  assign thresh = { thresh_l2, thresh_l1, \$763  };
  assign act_r__addr = \$signal$134 [7:0];
  assign \$signal$136  = wgt_r__addr;
  assign thr_r__addr = thr_ptr[8:0];
  assign config_id = 32'd3277002148;
  always @*
    fetched[10:0] = ir_q[10:0];
  always @*
    fetched[71:42] = ir_q[71:42];
  always @*
    fetched[104:88] = ir_q[104:88];
  always @*
    fetched[127:114] = ir_q[127:114];
  assign \$441  = 1'h0;
  assign \$447  = 1'h0;
  assign \$448  = \$444 ;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array (rst, a_in, w_in, hold, valid, zero, plane, a0_q0, a1_q0, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$2  = 0;
  wire \$1 ;
  wire [63:0] \$10 ;
  wire [63:0] \$11 ;
  wire [63:0] \$12 ;
  wire [63:0] \$13 ;
  wire [63:0] \$14 ;
  wire [63:0] \$15 ;
  wire [63:0] \$16 ;
  wire [63:0] \$17 ;
  wire [63:0] \$18 ;
  wire [63:0] \$19 ;
  wire \$2 ;
  wire [63:0] \$20 ;
  wire [63:0] \$21 ;
  wire \$22 ;
  wire \$23 ;
  wire [7:0] \$24 ;
  wire [7:0] \$3 ;
  reg [63:0] \$4 ;
  reg [63:0] \$5 ;
  wire [63:0] \$6 ;
  wire [63:0] \$7 ;
  wire [63:0] \$8 ;
  wire [63:0] \$9 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] a;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$103 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$109 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$115 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$121 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$127 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$133 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$139 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$145 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$151 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$157 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$163 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$169 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$175 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$181 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$187 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$193 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$199 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$205 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$211 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$217 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$37 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$43 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$49 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$55 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$61 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$67 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$73 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$79 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$85 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$91 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \a$97 ;
  output [63:0] a0_q0;
  reg [63:0] a0_q0 = 64'h0000000000000000;
  output [63:0] a1_q0;
  reg [63:0] a1_q0 = 64'h0000000000000000;
  input [127:0] a_in;
  wire [127:0] a_in;
  wire [127:0] a_q;
  output [767:0] acc;
  wire [767:0] acc;
  wire [23:0] \acc$102 ;
  wire [23:0] \acc$108 ;
  wire [23:0] \acc$114 ;
  wire [23:0] \acc$120 ;
  wire [23:0] \acc$126 ;
  wire [23:0] \acc$132 ;
  wire [23:0] \acc$138 ;
  wire [23:0] \acc$144 ;
  wire [23:0] \acc$150 ;
  wire [23:0] \acc$156 ;
  wire [23:0] \acc$162 ;
  wire [23:0] \acc$168 ;
  wire [23:0] \acc$174 ;
  wire [23:0] \acc$180 ;
  wire [23:0] \acc$186 ;
  wire [23:0] \acc$192 ;
  wire [23:0] \acc$198 ;
  wire [23:0] \acc$204 ;
  wire [23:0] \acc$210 ;
  wire [23:0] \acc$216 ;
  wire [23:0] \acc$222 ;
  wire [23:0] \acc$36 ;
  wire [23:0] \acc$42 ;
  wire [23:0] \acc$48 ;
  wire [23:0] \acc$54 ;
  wire [23:0] \acc$60 ;
  wire [23:0] \acc$66 ;
  wire [23:0] \acc$72 ;
  wire [23:0] \acc$78 ;
  wire [23:0] \acc$84 ;
  wire [23:0] \acc$90 ;
  wire [23:0] \acc$96 ;
  input clk;
  wire clk;
  input hold;
  wire hold;
  input [2:0] plane;
  wire [2:0] plane;
  reg [7:0] plane_q0 = 8'h00;
  input rst;
  wire rst;
  (* init = 8'h00 *)
  wire [7:0] scale;
  (* init = 8'h00 *)
  wire [7:0] \scale$101 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$107 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$113 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$119 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$125 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$131 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$137 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$143 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$149 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$155 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$161 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$167 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$173 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$179 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$185 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$191 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$197 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$203 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$209 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$215 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$221 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$41 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$47 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$53 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$59 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$65 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$71 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$77 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$83 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$89 ;
  (* init = 8'h00 *)
  wire [7:0] \scale$95 ;
  input valid;
  wire valid;
  (* init = 1'h0 *)
  wire \valid$105 ;
  (* init = 1'h0 *)
  wire \valid$111 ;
  (* init = 1'h0 *)
  wire \valid$117 ;
  (* init = 1'h0 *)
  wire \valid$123 ;
  (* init = 1'h0 *)
  wire \valid$129 ;
  (* init = 1'h0 *)
  wire \valid$135 ;
  (* init = 1'h0 *)
  wire \valid$141 ;
  (* init = 1'h0 *)
  wire \valid$147 ;
  (* init = 1'h0 *)
  wire \valid$153 ;
  (* init = 1'h0 *)
  wire \valid$159 ;
  (* init = 1'h0 *)
  wire \valid$165 ;
  (* init = 1'h0 *)
  wire \valid$171 ;
  (* init = 1'h0 *)
  wire \valid$177 ;
  (* init = 1'h0 *)
  wire \valid$183 ;
  (* init = 1'h0 *)
  wire \valid$189 ;
  (* init = 1'h0 *)
  wire \valid$195 ;
  (* init = 1'h0 *)
  wire \valid$201 ;
  (* init = 1'h0 *)
  wire \valid$207 ;
  (* init = 1'h0 *)
  wire \valid$213 ;
  (* init = 1'h0 *)
  wire \valid$219 ;
  (* init = 1'h0 *)
  wire \valid$32 ;
  (* init = 1'h0 *)
  wire \valid$39 ;
  (* init = 1'h0 *)
  wire \valid$45 ;
  (* init = 1'h0 *)
  wire \valid$51 ;
  (* init = 1'h0 *)
  wire \valid$57 ;
  (* init = 1'h0 *)
  wire \valid$63 ;
  (* init = 1'h0 *)
  wire \valid$69 ;
  (* init = 1'h0 *)
  wire \valid$75 ;
  (* init = 1'h0 *)
  wire \valid$81 ;
  (* init = 1'h0 *)
  wire \valid$87 ;
  (* init = 1'h0 *)
  wire \valid$93 ;
  (* init = 1'h0 *)
  wire \valid$99 ;
  reg valid_q0 = 1'h0;
  (* init = 64'h0000000000000000 *)
  wire [63:0] w;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$104 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$110 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$116 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$122 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$128 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$134 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$140 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$146 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$152 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$158 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$164 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$170 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$176 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$182 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$188 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$194 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$200 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$206 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$212 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$218 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$38 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$44 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$50 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$56 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$62 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$68 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$74 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$80 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$86 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$92 ;
  (* init = 64'h0000000000000000 *)
  wire [63:0] \w$98 ;
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
  wire \zero$100 ;
  (* init = 1'h0 *)
  wire \zero$106 ;
  (* init = 1'h0 *)
  wire \zero$112 ;
  (* init = 1'h0 *)
  wire \zero$118 ;
  (* init = 1'h0 *)
  wire \zero$124 ;
  (* init = 1'h0 *)
  wire \zero$130 ;
  (* init = 1'h0 *)
  wire \zero$136 ;
  (* init = 1'h0 *)
  wire \zero$142 ;
  (* init = 1'h0 *)
  wire \zero$148 ;
  (* init = 1'h0 *)
  wire \zero$154 ;
  (* init = 1'h0 *)
  wire \zero$160 ;
  (* init = 1'h0 *)
  wire \zero$166 ;
  (* init = 1'h0 *)
  wire \zero$172 ;
  (* init = 1'h0 *)
  wire \zero$178 ;
  (* init = 1'h0 *)
  wire \zero$184 ;
  (* init = 1'h0 *)
  wire \zero$190 ;
  (* init = 1'h0 *)
  wire \zero$196 ;
  (* init = 1'h0 *)
  wire \zero$202 ;
  (* init = 1'h0 *)
  wire \zero$208 ;
  (* init = 1'h0 *)
  wire \zero$214 ;
  (* init = 1'h0 *)
  wire \zero$220 ;
  (* init = 1'h0 *)
  wire \zero$33 ;
  (* init = 1'h0 *)
  wire \zero$40 ;
  (* init = 1'h0 *)
  wire \zero$46 ;
  (* init = 1'h0 *)
  wire \zero$52 ;
  (* init = 1'h0 *)
  wire \zero$58 ;
  (* init = 1'h0 *)
  wire \zero$64 ;
  (* init = 1'h0 *)
  wire \zero$70 ;
  (* init = 1'h0 *)
  wire \zero$76 ;
  (* init = 1'h0 *)
  wire \zero$82 ;
  (* init = 1'h0 *)
  wire \zero$88 ;
  (* init = 1'h0 *)
  wire \zero$94 ;
  reg zero_q0 = 1'h0;
  assign \$1  = ~ hold;
  assign \$2  = ~ hold;
  assign \$3  = 1'h1 << plane;
  always @(posedge clk)
    a0_q0 <= \$4 ;
  always @(posedge clk)
    a1_q0 <= \$5 ;
  always @(posedge clk)
    w0_q0 <= \$6 ;
  always @(posedge clk)
    w1_q0 <= \$7 ;
  always @(posedge clk)
    w2_q0 <= \$8 ;
  always @(posedge clk)
    w3_q0 <= \$9 ;
  always @(posedge clk)
    w4_q0 <= \$10 ;
  always @(posedge clk)
    w5_q0 <= \$11 ;
  always @(posedge clk)
    w6_q0 <= \$12 ;
  always @(posedge clk)
    w7_q0 <= \$13 ;
  always @(posedge clk)
    w8_q0 <= \$14 ;
  always @(posedge clk)
    w9_q0 <= \$15 ;
  always @(posedge clk)
    w10_q0 <= \$16 ;
  always @(posedge clk)
    w11_q0 <= \$17 ;
  always @(posedge clk)
    w12_q0 <= \$18 ;
  always @(posedge clk)
    w13_q0 <= \$19 ;
  always @(posedge clk)
    w14_q0 <= \$20 ;
  always @(posedge clk)
    w15_q0 <= \$21 ;
  always @(posedge clk)
    valid_q0 <= \$22 ;
  always @(posedge clk)
    zero_q0 <= \$23 ;
  always @(posedge clk)
    plane_q0 <= \$24 ;
  \accel_top.array.pe_0_0  pe_0_0 (
    .a(a0_q0),
    .acc(\acc$36 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w0_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_0_1  pe_0_1 (
    .a(a0_q0),
    .acc(\acc$42 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w1_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_0_10  pe_0_10 (
    .a(a0_q0),
    .acc(\acc$96 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w10_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_0_11  pe_0_11 (
    .a(a0_q0),
    .acc(\acc$102 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w11_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_0_12  pe_0_12 (
    .a(a0_q0),
    .acc(\acc$108 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w12_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_0_13  pe_0_13 (
    .a(a0_q0),
    .acc(\acc$114 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w13_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_0_14  pe_0_14 (
    .a(a0_q0),
    .acc(\acc$120 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w14_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_0_15  pe_0_15 (
    .a(a0_q0),
    .acc(\acc$126 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w15_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_0_2  pe_0_2 (
    .a(a0_q0),
    .acc(\acc$48 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w2_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_0_3  pe_0_3 (
    .a(a0_q0),
    .acc(\acc$54 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w3_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_0_4  pe_0_4 (
    .a(a0_q0),
    .acc(\acc$60 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w4_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_0_5  pe_0_5 (
    .a(a0_q0),
    .acc(\acc$66 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w5_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_0_6  pe_0_6 (
    .a(a0_q0),
    .acc(\acc$72 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w6_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_0_7  pe_0_7 (
    .a(a0_q0),
    .acc(\acc$78 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w7_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_0_8  pe_0_8 (
    .a(a0_q0),
    .acc(\acc$84 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w8_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_0_9  pe_0_9 (
    .a(a0_q0),
    .acc(\acc$90 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w9_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_1_0  pe_1_0 (
    .a(a1_q0),
    .acc(\acc$132 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w0_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_1_1  pe_1_1 (
    .a(a1_q0),
    .acc(\acc$138 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w1_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_1_10  pe_1_10 (
    .a(a1_q0),
    .acc(\acc$192 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w10_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_1_11  pe_1_11 (
    .a(a1_q0),
    .acc(\acc$198 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w11_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_1_12  pe_1_12 (
    .a(a1_q0),
    .acc(\acc$204 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w12_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_1_13  pe_1_13 (
    .a(a1_q0),
    .acc(\acc$210 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w13_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_1_14  pe_1_14 (
    .a(a1_q0),
    .acc(\acc$216 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w14_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_1_15  pe_1_15 (
    .a(a1_q0),
    .acc(\acc$222 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w15_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_1_2  pe_1_2 (
    .a(a1_q0),
    .acc(\acc$144 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w2_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_1_3  pe_1_3 (
    .a(a1_q0),
    .acc(\acc$150 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w3_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_1_4  pe_1_4 (
    .a(a1_q0),
    .acc(\acc$156 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w4_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_1_5  pe_1_5 (
    .a(a1_q0),
    .acc(\acc$162 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w5_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_1_6  pe_1_6 (
    .a(a1_q0),
    .acc(\acc$168 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w6_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_1_7  pe_1_7 (
    .a(a1_q0),
    .acc(\acc$174 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w7_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_1_8  pe_1_8 (
    .a(a1_q0),
    .acc(\acc$180 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w8_q0),
    .zero(zero_q0)
  );
  \accel_top.array.pe_1_9  pe_1_9 (
    .a(a1_q0),
    .acc(\acc$186 ),
    .clk(clk),
    .rst(rst),
    .scale(plane_q0),
    .valid(valid_q0),
    .w(w9_q0),
    .zero(zero_q0)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$4  = a0_q0;
    if (\$1 ) begin
      \$4  = a_in[63:0];
    end
  end
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$2 ) begin end
    \$5  = a1_q0;
    if (\$2 ) begin
      \$5  = a_in[127:64];
    end
  end
  assign a_q = { a1_q0, a0_q0 };
  assign a = a0_q0;
  assign w = w0_q0;
  assign \valid$32  = valid_q0;
  assign \zero$33  = zero_q0;
  assign scale = plane_q0;
  assign \a$37  = a0_q0;
  assign \w$38  = w1_q0;
  assign \valid$39  = valid_q0;
  assign \zero$40  = zero_q0;
  assign \scale$41  = plane_q0;
  assign \a$43  = a0_q0;
  assign \w$44  = w2_q0;
  assign \valid$45  = valid_q0;
  assign \zero$46  = zero_q0;
  assign \scale$47  = plane_q0;
  assign \a$49  = a0_q0;
  assign \w$50  = w3_q0;
  assign \valid$51  = valid_q0;
  assign \zero$52  = zero_q0;
  assign \scale$53  = plane_q0;
  assign \a$55  = a0_q0;
  assign \w$56  = w4_q0;
  assign \valid$57  = valid_q0;
  assign \zero$58  = zero_q0;
  assign \scale$59  = plane_q0;
  assign \a$61  = a0_q0;
  assign \w$62  = w5_q0;
  assign \valid$63  = valid_q0;
  assign \zero$64  = zero_q0;
  assign \scale$65  = plane_q0;
  assign \a$67  = a0_q0;
  assign \w$68  = w6_q0;
  assign \valid$69  = valid_q0;
  assign \zero$70  = zero_q0;
  assign \scale$71  = plane_q0;
  assign \a$73  = a0_q0;
  assign \w$74  = w7_q0;
  assign \valid$75  = valid_q0;
  assign \zero$76  = zero_q0;
  assign \scale$77  = plane_q0;
  assign \a$79  = a0_q0;
  assign \w$80  = w8_q0;
  assign \valid$81  = valid_q0;
  assign \zero$82  = zero_q0;
  assign \scale$83  = plane_q0;
  assign \a$85  = a0_q0;
  assign \w$86  = w9_q0;
  assign \valid$87  = valid_q0;
  assign \zero$88  = zero_q0;
  assign \scale$89  = plane_q0;
  assign \a$91  = a0_q0;
  assign \w$92  = w10_q0;
  assign \valid$93  = valid_q0;
  assign \zero$94  = zero_q0;
  assign \scale$95  = plane_q0;
  assign \a$97  = a0_q0;
  assign \w$98  = w11_q0;
  assign \valid$99  = valid_q0;
  assign \zero$100  = zero_q0;
  assign \scale$101  = plane_q0;
  assign \a$103  = a0_q0;
  assign \w$104  = w12_q0;
  assign \valid$105  = valid_q0;
  assign \zero$106  = zero_q0;
  assign \scale$107  = plane_q0;
  assign \a$109  = a0_q0;
  assign \w$110  = w13_q0;
  assign \valid$111  = valid_q0;
  assign \zero$112  = zero_q0;
  assign \scale$113  = plane_q0;
  assign \a$115  = a0_q0;
  assign \w$116  = w14_q0;
  assign \valid$117  = valid_q0;
  assign \zero$118  = zero_q0;
  assign \scale$119  = plane_q0;
  assign \a$121  = a0_q0;
  assign \w$122  = w15_q0;
  assign \valid$123  = valid_q0;
  assign \zero$124  = zero_q0;
  assign \scale$125  = plane_q0;
  assign \a$127  = a1_q0;
  assign \w$128  = w0_q0;
  assign \valid$129  = valid_q0;
  assign \zero$130  = zero_q0;
  assign \scale$131  = plane_q0;
  assign \a$133  = a1_q0;
  assign \w$134  = w1_q0;
  assign \valid$135  = valid_q0;
  assign \zero$136  = zero_q0;
  assign \scale$137  = plane_q0;
  assign \a$139  = a1_q0;
  assign \w$140  = w2_q0;
  assign \valid$141  = valid_q0;
  assign \zero$142  = zero_q0;
  assign \scale$143  = plane_q0;
  assign \a$145  = a1_q0;
  assign \w$146  = w3_q0;
  assign \valid$147  = valid_q0;
  assign \zero$148  = zero_q0;
  assign \scale$149  = plane_q0;
  assign \a$151  = a1_q0;
  assign \w$152  = w4_q0;
  assign \valid$153  = valid_q0;
  assign \zero$154  = zero_q0;
  assign \scale$155  = plane_q0;
  assign \a$157  = a1_q0;
  assign \w$158  = w5_q0;
  assign \valid$159  = valid_q0;
  assign \zero$160  = zero_q0;
  assign \scale$161  = plane_q0;
  assign \a$163  = a1_q0;
  assign \w$164  = w6_q0;
  assign \valid$165  = valid_q0;
  assign \zero$166  = zero_q0;
  assign \scale$167  = plane_q0;
  assign \a$169  = a1_q0;
  assign \w$170  = w7_q0;
  assign \valid$171  = valid_q0;
  assign \zero$172  = zero_q0;
  assign \scale$173  = plane_q0;
  assign \a$175  = a1_q0;
  assign \w$176  = w8_q0;
  assign \valid$177  = valid_q0;
  assign \zero$178  = zero_q0;
  assign \scale$179  = plane_q0;
  assign \a$181  = a1_q0;
  assign \w$182  = w9_q0;
  assign \valid$183  = valid_q0;
  assign \zero$184  = zero_q0;
  assign \scale$185  = plane_q0;
  assign \a$187  = a1_q0;
  assign \w$188  = w10_q0;
  assign \valid$189  = valid_q0;
  assign \zero$190  = zero_q0;
  assign \scale$191  = plane_q0;
  assign \a$193  = a1_q0;
  assign \w$194  = w11_q0;
  assign \valid$195  = valid_q0;
  assign \zero$196  = zero_q0;
  assign \scale$197  = plane_q0;
  assign \a$199  = a1_q0;
  assign \w$200  = w12_q0;
  assign \valid$201  = valid_q0;
  assign \zero$202  = zero_q0;
  assign \scale$203  = plane_q0;
  assign \a$205  = a1_q0;
  assign \w$206  = w13_q0;
  assign \valid$207  = valid_q0;
  assign \zero$208  = zero_q0;
  assign \scale$209  = plane_q0;
  assign \a$211  = a1_q0;
  assign \w$212  = w14_q0;
  assign \valid$213  = valid_q0;
  assign \zero$214  = zero_q0;
  assign \scale$215  = plane_q0;
  assign \a$217  = a1_q0;
  assign \w$218  = w15_q0;
  assign \valid$219  = valid_q0;
  assign \zero$220  = zero_q0;
  assign \scale$221  = plane_q0;
  assign acc[767:744] = \acc$222 ;
  assign acc[743:720] = \acc$216 ;
  assign acc[719:696] = \acc$210 ;
  assign acc[695:672] = \acc$204 ;
  assign acc[671:648] = \acc$198 ;
  assign acc[647:624] = \acc$192 ;
  assign acc[623:600] = \acc$186 ;
  assign acc[599:576] = \acc$180 ;
  assign acc[575:552] = \acc$174 ;
  assign acc[551:528] = \acc$168 ;
  assign acc[527:504] = \acc$162 ;
  assign acc[503:480] = \acc$156 ;
  assign acc[479:456] = \acc$150 ;
  assign acc[455:432] = \acc$144 ;
  assign acc[431:408] = \acc$138 ;
  assign acc[407:384] = \acc$132 ;
  assign acc[383:360] = \acc$126 ;
  assign acc[359:336] = \acc$120 ;
  assign acc[335:312] = \acc$114 ;
  assign acc[311:288] = \acc$108 ;
  assign acc[287:264] = \acc$102 ;
  assign acc[263:240] = \acc$96 ;
  assign acc[239:216] = \acc$90 ;
  assign acc[215:192] = \acc$84 ;
  assign acc[191:168] = \acc$78 ;
  assign acc[167:144] = \acc$72 ;
  assign acc[143:120] = \acc$66 ;
  assign acc[119:96] = \acc$60 ;
  assign acc[95:72] = \acc$54 ;
  assign acc[71:48] = \acc$48 ;
  assign acc[47:24] = \acc$42 ;
  assign acc[23:0] = \acc$36 ;
  assign \$24  = \$3 ;
  assign \$23  = zero;
  assign \$22  = valid;
  assign \$21  = w_in[1023:960];
  assign \$20  = w_in[959:896];
  assign \$19  = w_in[895:832];
  assign \$18  = w_in[831:768];
  assign \$17  = w_in[767:704];
  assign \$16  = w_in[703:640];
  assign \$15  = w_in[639:576];
  assign \$14  = w_in[575:512];
  assign \$13  = w_in[511:448];
  assign \$12  = w_in[447:384];
  assign \$11  = w_in[383:320];
  assign \$10  = w_in[319:256];
  assign \$9  = w_in[255:192];
  assign \$8  = w_in[191:128];
  assign \$7  = w_in[127:64];
  assign \$6  = w_in[63:0];
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_0 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$3  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_0_0.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$3 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_0.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_1 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$4  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_0_1.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$4 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_1.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_10 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$5  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_0_10.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$5 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_10.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_11 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$6  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_0_11.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$6 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_11.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_12 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$7  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_0_12.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$7 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_12.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_13 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$8  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_0_13.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$8 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_13.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_14 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$9  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_0_14.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$9 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_14.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_15 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$10  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_0_15.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$10 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_15.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_2 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$11  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_0_2.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$11 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_2.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_3 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$12  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_0_3.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$12 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_3.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_4 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$13  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_0_4.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$13 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_4.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_5 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$14  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_0_5.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$14 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_5.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_6 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$15  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_0_6.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$15 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_6.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_7 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$16  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_0_7.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$16 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_7.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_8 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$17  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_0_8.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$17 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_8.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_9 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$18  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_0_9.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$18 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_0_9.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_0 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$19  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_1_0.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$19 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_0.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_1 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$20  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_1_1.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$20 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_1.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_10 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$21  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_1_10.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$21 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_10.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_11 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$22  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_1_11.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$22 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_11.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_12 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$23  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_1_12.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$23 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_12.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_13 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$24  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_1_13.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$24 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_13.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_14 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$25  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_1_14.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$25 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_14.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_15 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$26  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_1_15.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$26 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_15.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_2 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$27  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_1_2.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$27 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_2.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_3 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$28  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_1_3.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$28 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_3.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_4 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$29  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_1_4.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$29 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_4.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_5 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$30  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_1_5.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$30 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_5.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_6 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$31  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_1_6.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$31 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_6.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_7 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$32  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_1_7.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$32 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_7.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_8 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$33  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_1_8.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$33 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_8.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_9 (rst, a, w, valid, zero, scale, acc, clk);
  reg \$auto$verilog_backend.cc:2355:dump_module$34  = 0;
  wire [63:0] \$1 ;
  wire [14:0] \$2 ;
  wire [24:0] \$3 ;
  reg [23:0] \$4 ;
  input [63:0] a;
  wire [63:0] a;
  output [23:0] acc;
  reg [23:0] acc = 24'h000000;
  (* init = 24'h000000 *)
  wire [23:0] \acc$4 ;
  input clk;
  wire clk;
  wire [63:0] i;
  wire [6:0] o;
  reg [7:0] plane_d0 = 8'h00;
  reg [7:0] plane_d1 = 8'h00;
  input rst;
  wire rst;
  input [7:0] scale;
  wire [7:0] scale;
  input valid;
  wire valid;
  reg valid_d0 = 1'h0;
  reg valid_d1 = 1'h0;
  input [63:0] w;
  wire [63:0] w;
  input zero;
  wire zero;
  always @(posedge clk)
    plane_d0 <= scale;
  always @(posedge clk)
    valid_d1 <= valid_d0;
  always @(posedge clk)
    plane_d1 <= plane_d0;
  always @(posedge clk)
    acc <= \$4 ;
  assign \$1  = a ^ w;
  assign i = ~ \$1 ;
  assign \$2  = o * plane_d1;
  assign \$3  = acc + \$2 ;
  always @(posedge clk)
    valid_d0 <= valid;
  \accel_top.array.pe_1_9.pop  pop (
    .clk(clk),
    .i(i),
    .pop_r1_0(o),
    .rst(rst)
  );
  always @* begin
    if (\$auto$verilog_backend.cc:2355:dump_module$34 ) begin end
    \$4  = acc;
    if (zero) begin
      \$4  = 24'h000000;
    end else if (valid_d1) begin
      \$4  = \$3 [23:0];
    end
  end
  assign \acc$4  = acc;
endmodule

(* generator = "Amaranth" *)
module \accel_top.array.pe_1_9.pop (rst, i, pop_r1_0, clk);
  wire [1:0] \$1 ;
  wire [2:0] \$10 ;
  wire [1:0] \$11 ;
  wire [1:0] \$12 ;
  wire [2:0] \$13 ;
  wire [3:0] \$14 ;
  wire [4:0] \$15 ;
  wire [1:0] \$16 ;
  wire [1:0] \$17 ;
  wire [2:0] \$18 ;
  wire [1:0] \$19 ;
  wire [1:0] \$2 ;
  wire [1:0] \$20 ;
  wire [2:0] \$21 ;
  wire [3:0] \$22 ;
  wire [1:0] \$23 ;
  wire [1:0] \$24 ;
  wire [2:0] \$25 ;
  wire [1:0] \$26 ;
  wire [1:0] \$27 ;
  wire [2:0] \$28 ;
  wire [3:0] \$29 ;
  wire [2:0] \$3 ;
  wire [4:0] \$30 ;
  wire [5:0] \$31 ;
  wire [1:0] \$32 ;
  wire [1:0] \$33 ;
  wire [2:0] \$34 ;
  wire [1:0] \$35 ;
  wire [1:0] \$36 ;
  wire [2:0] \$37 ;
  wire [3:0] \$38 ;
  wire [1:0] \$39 ;
  wire [1:0] \$4 ;
  wire [1:0] \$40 ;
  wire [2:0] \$41 ;
  wire [1:0] \$42 ;
  wire [1:0] \$43 ;
  wire [2:0] \$44 ;
  wire [3:0] \$45 ;
  wire [4:0] \$46 ;
  wire [1:0] \$47 ;
  wire [1:0] \$48 ;
  wire [2:0] \$49 ;
  wire [1:0] \$5 ;
  wire [1:0] \$50 ;
  wire [1:0] \$51 ;
  wire [2:0] \$52 ;
  wire [3:0] \$53 ;
  wire [1:0] \$54 ;
  wire [1:0] \$55 ;
  wire [2:0] \$56 ;
  wire [1:0] \$57 ;
  wire [1:0] \$58 ;
  wire [2:0] \$59 ;
  wire [2:0] \$6 ;
  wire [3:0] \$60 ;
  wire [4:0] \$61 ;
  wire [5:0] \$62 ;
  wire [6:0] \$63 ;
  wire [3:0] \$7 ;
  wire [1:0] \$8 ;
  wire [1:0] \$9 ;
  input clk;
  wire clk;
  input [63:0] i;
  wire [63:0] i;
  (* init = 7'h00 *)
  wire [6:0] o;
  reg [5:0] pop_r0_0 = 6'h00;
  reg [5:0] pop_r0_1 = 6'h00;
  output [6:0] pop_r1_0;
  reg [6:0] pop_r1_0 = 7'h00;
  input rst;
  wire rst;
  assign \$37  = \$35  + \$36 ;
  assign \$38  = \$34  + \$37 ;
  assign \$39  = i[40] + i[41];
  assign \$40  = i[42] + i[43];
  assign \$41  = \$39  + \$40 ;
  assign \$42  = i[44] + i[45];
  assign \$43  = i[46] + i[47];
  assign \$44  = \$42  + \$43 ;
  assign \$45  = \$41  + \$44 ;
  assign \$46  = \$38  + \$45 ;
  assign \$47  = i[48] + i[49];
  assign \$48  = i[50] + i[51];
  assign \$49  = \$47  + \$48 ;
  assign \$50  = i[52] + i[53];
  assign \$51  = i[54] + i[55];
  assign \$52  = \$50  + \$51 ;
  assign \$53  = \$49  + \$52 ;
  assign \$54  = i[56] + i[57];
  assign \$55  = i[58] + i[59];
  assign \$56  = \$54  + \$55 ;
  assign \$57  = i[60] + i[61];
  assign \$58  = i[62] + i[63];
  assign \$59  = \$57  + \$58 ;
  assign \$60  = \$56  + \$59 ;
  assign \$61  = \$53  + \$60 ;
  assign \$62  = \$46  + \$61 ;
  assign \$63  = pop_r0_0 + pop_r0_1;
  always @(posedge clk)
    pop_r0_0 <= \$31 ;
  always @(posedge clk)
    pop_r0_1 <= \$62 ;
  always @(posedge clk)
    pop_r1_0 <= \$63 ;
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
  assign \$16  = i[16] + i[17];
  assign \$17  = i[18] + i[19];
  assign \$18  = \$16  + \$17 ;
  assign \$19  = i[20] + i[21];
  assign \$20  = i[22] + i[23];
  assign \$21  = \$19  + \$20 ;
  assign \$22  = \$18  + \$21 ;
  assign \$23  = i[24] + i[25];
  assign \$24  = i[26] + i[27];
  assign \$25  = \$23  + \$24 ;
  assign \$26  = i[28] + i[29];
  assign \$27  = i[30] + i[31];
  assign \$28  = \$26  + \$27 ;
  assign \$29  = \$25  + \$28 ;
  assign \$30  = \$22  + \$29 ;
  assign \$31  = \$15  + \$30 ;
  assign \$32  = i[32] + i[33];
  assign \$33  = i[34] + i[35];
  assign \$34  = \$32  + \$33 ;
  assign \$35  = i[36] + i[37];
  assign \$36  = i[38] + i[39];
  assign o = pop_r1_0;
endmodule

(* generator = "Amaranth" *)
module \accel_top.thresh_unit (shift, \port$865$0 , active, \port$4061$0 , \port$4063$0 , y, scores, acc);
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
  input [383:0] \port$4061$0 ;
  wire [383:0] \port$4061$0 ;
  input [383:0] \port$4063$0 ;
  wire [383:0] \port$4063$0 ;
  input [383:0] \port$865$0 ;
  wire [383:0] \port$865$0 ;
  output [383:0] scores;
  wire [383:0] scores;
  input shift;
  wire shift;
  wire [1151:0] thresh;
  output [31:0] y;
  wire [31:0] y;
  assign \$1  = acc[23:0] << shift;
  assign \$2  = \$1  - \port$865$0 [23:0];
  assign \$3  = active > 1'h0;
  assign \$4  = ~ \$2 [25];
  assign hit_c0_l0 = \$3  & \$4 ;
  assign \$5  = active > 1'h1;
  assign \$6  = acc[23:0] >= \port$4061$0 [23:0];
  assign hit_c0_l1 = \$5  & \$6 ;
  assign \$7  = active > 2'h2;
  assign \$8  = acc[23:0] >= \port$4063$0 [23:0];
  assign hit_c0_l2 = \$7  & \$8 ;
  assign \$9  = hit_c0_l0 + hit_c0_l1;
  assign \$10  = \$9  + hit_c0_l2;
  assign \$11  = acc[47:24] << shift;
  assign \$12  = \$11  - \port$865$0 [47:24];
  assign \$13  = active > 1'h0;
  assign \$14  = ~ \$12 [25];
  assign hit_c1_l0 = \$13  & \$14 ;
  assign \$15  = active > 1'h1;
  assign \$16  = acc[47:24] >= \port$4061$0 [47:24];
  assign hit_c1_l1 = \$15  & \$16 ;
  assign \$17  = active > 2'h2;
  assign \$18  = acc[47:24] >= \port$4063$0 [47:24];
  assign hit_c1_l2 = \$17  & \$18 ;
  assign \$19  = hit_c1_l0 + hit_c1_l1;
  assign \$20  = \$19  + hit_c1_l2;
  assign \$21  = acc[71:48] << shift;
  assign \$22  = \$21  - \port$865$0 [71:48];
  assign \$23  = active > 1'h0;
  assign \$24  = ~ \$22 [25];
  assign hit_c2_l0 = \$23  & \$24 ;
  assign \$25  = active > 1'h1;
  assign \$26  = acc[71:48] >= \port$4061$0 [71:48];
  assign hit_c2_l1 = \$25  & \$26 ;
  assign \$27  = active > 2'h2;
  assign \$28  = acc[71:48] >= \port$4063$0 [71:48];
  assign hit_c2_l2 = \$27  & \$28 ;
  assign \$29  = hit_c2_l0 + hit_c2_l1;
  assign \$30  = \$29  + hit_c2_l2;
  assign \$31  = acc[95:72] << shift;
  assign \$32  = \$31  - \port$865$0 [95:72];
  assign \$33  = active > 1'h0;
  assign \$34  = ~ \$32 [25];
  assign hit_c3_l0 = \$33  & \$34 ;
  assign \$35  = active > 1'h1;
  assign \$36  = acc[95:72] >= \port$4061$0 [95:72];
  assign hit_c3_l1 = \$35  & \$36 ;
  assign \$37  = active > 2'h2;
  assign \$38  = acc[95:72] >= \port$4063$0 [95:72];
  assign hit_c3_l2 = \$37  & \$38 ;
  assign \$39  = hit_c3_l0 + hit_c3_l1;
  assign \$40  = \$39  + hit_c3_l2;
  assign \$41  = acc[119:96] << shift;
  assign \$42  = \$41  - \port$865$0 [119:96];
  assign \$43  = active > 1'h0;
  assign \$44  = ~ \$42 [25];
  assign hit_c4_l0 = \$43  & \$44 ;
  assign \$45  = active > 1'h1;
  assign \$46  = acc[119:96] >= \port$4061$0 [119:96];
  assign hit_c4_l1 = \$45  & \$46 ;
  assign \$47  = active > 2'h2;
  assign \$48  = acc[119:96] >= \port$4063$0 [119:96];
  assign hit_c4_l2 = \$47  & \$48 ;
  assign \$49  = hit_c4_l0 + hit_c4_l1;
  assign \$50  = \$49  + hit_c4_l2;
  assign \$51  = acc[143:120] << shift;
  assign \$52  = \$51  - \port$865$0 [143:120];
  assign \$53  = active > 1'h0;
  assign \$54  = ~ \$52 [25];
  assign hit_c5_l0 = \$53  & \$54 ;
  assign \$55  = active > 1'h1;
  assign \$56  = acc[143:120] >= \port$4061$0 [143:120];
  assign hit_c5_l1 = \$55  & \$56 ;
  assign \$57  = active > 2'h2;
  assign \$58  = acc[143:120] >= \port$4063$0 [143:120];
  assign hit_c5_l2 = \$57  & \$58 ;
  assign \$59  = hit_c5_l0 + hit_c5_l1;
  assign \$60  = \$59  + hit_c5_l2;
  assign \$61  = acc[167:144] << shift;
  assign \$62  = \$61  - \port$865$0 [167:144];
  assign \$63  = active > 1'h0;
  assign \$64  = ~ \$62 [25];
  assign hit_c6_l0 = \$63  & \$64 ;
  assign \$65  = active > 1'h1;
  assign \$66  = acc[167:144] >= \port$4061$0 [167:144];
  assign hit_c6_l1 = \$65  & \$66 ;
  assign \$67  = active > 2'h2;
  assign \$68  = acc[167:144] >= \port$4063$0 [167:144];
  assign hit_c6_l2 = \$67  & \$68 ;
  assign \$69  = hit_c6_l0 + hit_c6_l1;
  assign \$70  = \$69  + hit_c6_l2;
  assign \$71  = acc[191:168] << shift;
  assign \$72  = \$71  - \port$865$0 [191:168];
  assign \$73  = active > 1'h0;
  assign \$74  = ~ \$72 [25];
  assign hit_c7_l0 = \$73  & \$74 ;
  assign \$75  = active > 1'h1;
  assign \$76  = acc[191:168] >= \port$4061$0 [191:168];
  assign hit_c7_l1 = \$75  & \$76 ;
  assign \$77  = active > 2'h2;
  assign \$78  = acc[191:168] >= \port$4063$0 [191:168];
  assign hit_c7_l2 = \$77  & \$78 ;
  assign \$79  = hit_c7_l0 + hit_c7_l1;
  assign \$80  = \$79  + hit_c7_l2;
  assign \$81  = acc[215:192] << shift;
  assign \$82  = \$81  - \port$865$0 [215:192];
  assign \$83  = active > 1'h0;
  assign \$84  = ~ \$82 [25];
  assign hit_c8_l0 = \$83  & \$84 ;
  assign \$85  = active > 1'h1;
  assign \$86  = acc[215:192] >= \port$4061$0 [215:192];
  assign hit_c8_l1 = \$85  & \$86 ;
  assign \$87  = active > 2'h2;
  assign \$88  = acc[215:192] >= \port$4063$0 [215:192];
  assign hit_c8_l2 = \$87  & \$88 ;
  assign \$89  = hit_c8_l0 + hit_c8_l1;
  assign \$90  = \$89  + hit_c8_l2;
  assign \$91  = acc[239:216] << shift;
  assign \$92  = \$91  - \port$865$0 [239:216];
  assign \$93  = active > 1'h0;
  assign \$94  = ~ \$92 [25];
  assign hit_c9_l0 = \$93  & \$94 ;
  assign \$95  = active > 1'h1;
  assign \$96  = acc[239:216] >= \port$4061$0 [239:216];
  assign hit_c9_l1 = \$95  & \$96 ;
  assign \$97  = active > 2'h2;
  assign \$98  = acc[239:216] >= \port$4063$0 [239:216];
  assign hit_c9_l2 = \$97  & \$98 ;
  assign \$99  = hit_c9_l0 + hit_c9_l1;
  assign \$100  = \$99  + hit_c9_l2;
  assign \$101  = acc[263:240] << shift;
  assign \$102  = \$101  - \port$865$0 [263:240];
  assign \$103  = active > 1'h0;
  assign \$104  = ~ \$102 [25];
  assign hit_c10_l0 = \$103  & \$104 ;
  assign \$105  = active > 1'h1;
  assign \$106  = acc[263:240] >= \port$4061$0 [263:240];
  assign hit_c10_l1 = \$105  & \$106 ;
  assign \$107  = active > 2'h2;
  assign \$108  = acc[263:240] >= \port$4063$0 [263:240];
  assign hit_c10_l2 = \$107  & \$108 ;
  assign \$109  = hit_c10_l0 + hit_c10_l1;
  assign \$110  = \$109  + hit_c10_l2;
  assign \$111  = acc[287:264] << shift;
  assign \$112  = \$111  - \port$865$0 [287:264];
  assign \$113  = active > 1'h0;
  assign \$114  = ~ \$112 [25];
  assign hit_c11_l0 = \$113  & \$114 ;
  assign \$115  = active > 1'h1;
  assign \$116  = acc[287:264] >= \port$4061$0 [287:264];
  assign hit_c11_l1 = \$115  & \$116 ;
  assign \$117  = active > 2'h2;
  assign \$118  = acc[287:264] >= \port$4063$0 [287:264];
  assign hit_c11_l2 = \$117  & \$118 ;
  assign \$119  = hit_c11_l0 + hit_c11_l1;
  assign \$120  = \$119  + hit_c11_l2;
  assign \$121  = acc[311:288] << shift;
  assign \$122  = \$121  - \port$865$0 [311:288];
  assign \$123  = active > 1'h0;
  assign \$124  = ~ \$122 [25];
  assign hit_c12_l0 = \$123  & \$124 ;
  assign \$125  = active > 1'h1;
  assign \$126  = acc[311:288] >= \port$4061$0 [311:288];
  assign hit_c12_l1 = \$125  & \$126 ;
  assign \$127  = active > 2'h2;
  assign \$128  = acc[311:288] >= \port$4063$0 [311:288];
  assign hit_c12_l2 = \$127  & \$128 ;
  assign \$129  = hit_c12_l0 + hit_c12_l1;
  assign \$130  = \$129  + hit_c12_l2;
  assign \$131  = acc[335:312] << shift;
  assign \$132  = \$131  - \port$865$0 [335:312];
  assign \$133  = active > 1'h0;
  assign \$134  = ~ \$132 [25];
  assign hit_c13_l0 = \$133  & \$134 ;
  assign \$135  = active > 1'h1;
  assign \$136  = acc[335:312] >= \port$4061$0 [335:312];
  assign hit_c13_l1 = \$135  & \$136 ;
  assign \$137  = active > 2'h2;
  assign \$138  = acc[335:312] >= \port$4063$0 [335:312];
  assign hit_c13_l2 = \$137  & \$138 ;
  assign \$139  = hit_c13_l0 + hit_c13_l1;
  assign \$140  = \$139  + hit_c13_l2;
  assign \$141  = acc[359:336] << shift;
  assign \$142  = \$141  - \port$865$0 [359:336];
  assign \$143  = active > 1'h0;
  assign \$144  = ~ \$142 [25];
  assign hit_c14_l0 = \$143  & \$144 ;
  assign \$145  = active > 1'h1;
  assign \$146  = acc[359:336] >= \port$4061$0 [359:336];
  assign hit_c14_l1 = \$145  & \$146 ;
  assign \$147  = active > 2'h2;
  assign \$148  = acc[359:336] >= \port$4063$0 [359:336];
  assign hit_c14_l2 = \$147  & \$148 ;
  assign \$149  = hit_c14_l0 + hit_c14_l1;
  assign \$150  = \$149  + hit_c14_l2;
  assign \$151  = acc[383:360] << shift;
  assign \$152  = \$151  - \port$865$0 [383:360];
  assign \$153  = active > 1'h0;
  assign \$154  = ~ \$152 [25];
  assign hit_c15_l0 = \$153  & \$154 ;
  assign \$155  = active > 1'h1;
  assign \$156  = acc[383:360] >= \port$4061$0 [383:360];
  assign hit_c15_l1 = \$155  & \$156 ;
  assign \$157  = active > 2'h2;
  assign \$158  = acc[383:360] >= \port$4063$0 [383:360];
  assign hit_c15_l2 = \$157  & \$158 ;
  assign \$159  = hit_c15_l0 + hit_c15_l1;
  assign \$160  = \$159  + hit_c15_l2;
  assign diff_c0 = \$2 [25:0];
  assign thresh = { \port$4063$0 , \port$4061$0 , \port$865$0  };
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
