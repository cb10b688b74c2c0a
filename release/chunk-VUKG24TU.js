import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-Y7AHT3SO.js";
import "./chunk-ATTE6YO2.js";
import "./chunk-SJGMJVPS.js";
import "./chunk-M7S2CVM5.js";
import "./chunk-MZN5EUGL.js";
import "./chunk-SJEZXXM5.js";
import "./chunk-HNCZ2Z5C.js";
import "./chunk-CH3KBK7W.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-J4RVS54M.js";
import "./chunk-35WB2BM5.js";
import "./chunk-MM5EA2ZR.js";
import "./chunk-YUKB664O.js";
export {
  hookCommand
};
