import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-3KDX4FGG.js";
import "./chunk-ATTE6YO2.js";
import "./chunk-3KAGWP6S.js";
import "./chunk-6XHKWWTN.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-J4RVS54M.js";
import "./chunk-26KDZVCJ.js";
import "./chunk-PNPSJ62W.js";
export {
  hookCommand
};
