import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-FG652EDT.js";
import "./chunk-ATTE6YO2.js";
import "./chunk-2LQFLVKW.js";
import "./chunk-2EVGS4DL.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-J4RVS54M.js";
import "./chunk-7PRFV7BB.js";
import "./chunk-WZQ5HCY6.js";
export {
  hookCommand
};
