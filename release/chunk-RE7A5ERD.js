import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-ADIA2ETB.js";
import "./chunk-ATTE6YO2.js";
import "./chunk-PIDFHMMV.js";
import "./chunk-M7S2CVM5.js";
import "./chunk-XUPGNNIQ.js";
import "./chunk-YKH5CTBF.js";
import "./chunk-HNCZ2Z5C.js";
import "./chunk-YUF2KDYG.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-J4RVS54M.js";
import "./chunk-35WB2BM5.js";
import "./chunk-MM5EA2ZR.js";
import "./chunk-YUKB664O.js";
export {
  hookCommand
};
