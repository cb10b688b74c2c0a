import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-RGSHLNJ7.js";
import "./chunk-ATTE6YO2.js";
import "./chunk-VZOR6T7Y.js";
import "./chunk-YU74SCLV.js";
import "./chunk-TG7WKTNX.js";
import "./chunk-M7S2CVM5.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-J4RVS54M.js";
import "./chunk-S3UA74RQ.js";
import "./chunk-TCROWKN3.js";
import "./chunk-63NCDCBI.js";
export {
  hookCommand
};
