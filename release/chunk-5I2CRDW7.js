import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-FWHOPUBD.js";
import "./chunk-ATTE6YO2.js";
import "./chunk-Z72KGO6S.js";
import "./chunk-RAMGCSOR.js";
import "./chunk-GQY2D4OB.js";
import "./chunk-M7S2CVM5.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-J4RVS54M.js";
import "./chunk-A2Z7ET3W.js";
import "./chunk-H5RTCC2B.js";
import "./chunk-NF3SBFWO.js";
export {
  hookCommand
};
