import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-M5KT4226.js";
import "./chunk-ATTE6YO2.js";
import "./chunk-KVYQTFWB.js";
import "./chunk-XPEFEAYA.js";
import "./chunk-FSNJIYMF.js";
import "./chunk-M7S2CVM5.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-J4RVS54M.js";
import "./chunk-A2Z7ET3W.js";
import "./chunk-RGB2VODZ.js";
import "./chunk-NF3SBFWO.js";
export {
  hookCommand
};
