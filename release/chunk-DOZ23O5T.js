import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-HWQH2ICS.js";
import "./chunk-FRZ52YDS.js";
import "./chunk-22ERQOFQ.js";
import "./chunk-53A7RZVT.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-MZHG4MBU.js";
import "./chunk-7DOAPW34.js";
import "./chunk-BU4DSS5Q.js";
export {
  hookCommand
};
