import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-HYWUSWIB.js";
import "./chunk-LFZD3M6E.js";
import "./chunk-QPRY56WE.js";
import "./chunk-NY3GNCDS.js";
import "./chunk-4UMG5XXT.js";
import "./chunk-Q7OSMEB7.js";
import "./chunk-HNCZ2Z5C.js";
import "./chunk-AADU7MB3.js";
import "./chunk-3RKUOON5.js";
import "./chunk-EH2YVHSA.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-7AP2PJTE.js";
import "./chunk-QHSY6AU5.js";
import "./chunk-OWDE4W5F.js";
export {
  hookCommand
};
