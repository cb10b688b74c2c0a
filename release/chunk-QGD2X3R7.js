import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-NQP3MJRQ.js";
import "./chunk-ZUXRV3GN.js";
import "./chunk-DVMG4UA3.js";
import "./chunk-AVQ3BYOV.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-4CZE42P2.js";
import "./chunk-DCXGBTOY.js";
import "./chunk-CB6ZGOYD.js";
export {
  hookCommand
};
