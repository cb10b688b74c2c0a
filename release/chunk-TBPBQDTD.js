import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-LGIHPAAA.js";
import "./chunk-KJFRWHFA.js";
import "./chunk-UXJ6RPPP.js";
import "./chunk-53A7RZVT.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-CPZEJACL.js";
import "./chunk-7DOAPW34.js";
import "./chunk-BU4DSS5Q.js";
export {
  hookCommand
};
