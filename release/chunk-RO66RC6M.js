import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-GVLGKNLH.js";
import "./chunk-6Q6ZXVW2.js";
import "./chunk-RSLRYCQF.js";
import "./chunk-EWEWJCN7.js";
import "./chunk-AAKESCP4.js";
import "./chunk-Q7OSMEB7.js";
import "./chunk-HNCZ2Z5C.js";
import "./chunk-LE22DIUV.js";
import "./chunk-3RKUOON5.js";
import "./chunk-EH2YVHSA.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-3HHRGSLX.js";
import "./chunk-QHSY6AU5.js";
import "./chunk-OWDE4W5F.js";
export {
  hookCommand
};
