import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-LCZVIFRW.js";
import "./chunk-ATTE6YO2.js";
import "./chunk-M2NU563L.js";
import "./chunk-2EVGS4DL.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-J4RVS54M.js";
import "./chunk-7PRFV7BB.js";
import "./chunk-WZQ5HCY6.js";
export {
  hookCommand
};
