import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-QCQFH4DL.js";
import "./chunk-ZUXRV3GN.js";
import "./chunk-DLPWII3H.js";
import "./chunk-H3TBQNAR.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-4CZE42P2.js";
import "./chunk-DCXGBTOY.js";
import "./chunk-CB6ZGOYD.js";
export {
  hookCommand
};
