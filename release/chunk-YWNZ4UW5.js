import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-7VHV32HI.js";
import "./chunk-CKFP4BNJ.js";
import "./chunk-WBHV7VAW.js";
import "./chunk-EIQFZDDL.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-3QZCT7VB.js";
import "./chunk-N3PDINYU.js";
import "./chunk-XHZ3VW6V.js";
export {
  hookCommand
};
