import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  hookCommand
} from "./chunk-QIDM6JX7.js";
import "./chunk-ATTE6YO2.js";
import "./chunk-MK76H3FY.js";
import "./chunk-AOKOMOST.js";
import "./chunk-M4GWQ4IN.js";
import "./chunk-J4RVS54M.js";
import "./chunk-JMZ7Z2ZA.js";
import "./chunk-222P4Q5V.js";
export {
  hookCommand
};
