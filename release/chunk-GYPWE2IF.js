import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defaultCacheLocation,
  lintCommand
} from "./chunk-SVEU3UR2.js";
import "./chunk-M7S2CVM5.js";
import "./chunk-DG45DW4I.js";
import "./chunk-GS2DENEV.js";
import "./chunk-HNCZ2Z5C.js";
import "./chunk-HW33HBPZ.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-J4RVS54M.js";
import "./chunk-35WB2BM5.js";
import "./chunk-MM5EA2ZR.js";
import "./chunk-YUKB664O.js";
export {
  defaultCacheLocation,
  lintCommand
};
