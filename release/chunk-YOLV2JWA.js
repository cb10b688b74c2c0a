import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-ZSUXA5AH.js";
import "./chunk-ATTE6YO2.js";
import "./chunk-UTHRG5DO.js";
import "./chunk-5MZ6OWOT.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-J4RVS54M.js";
import "./chunk-S3UA74RQ.js";
import "./chunk-TCROWKN3.js";
import "./chunk-63NCDCBI.js";
export {
  hookCommand
};
