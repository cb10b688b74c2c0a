import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-AWUDKETK.js";
import "./chunk-OOCWNWD5.js";
import "./chunk-FPJDAIAI.js";
import "./chunk-EIQFZDDL.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-2UQEYG7X.js";
import "./chunk-N3PDINYU.js";
import "./chunk-XHZ3VW6V.js";
export {
  hookCommand
};
