import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-6B5VAZPQ.js";
import "./chunk-ATTE6YO2.js";
import "./chunk-B25PN63H.js";
import "./chunk-BIG2YAKI.js";
import "./chunk-FSNJIYMF.js";
import "./chunk-M7S2CVM5.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-J4RVS54M.js";
import "./chunk-A2Z7ET3W.js";
import "./chunk-H5RTCC2B.js";
import "./chunk-NF3SBFWO.js";
export {
  hookCommand
};
