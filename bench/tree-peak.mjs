// Wall time and peak resident memory of a command's whole process tree (sampled every 250 ms
// from /proc, as bench/build-scale.mjs does), for a step run by hand:
//   node bench/tree-peak.mjs npm run build
// The command keeps the terminal; the figures are printed to stderr when it ends, and the exit
// status is the command's. /usr/bin/time -v reports only the largest single process.
import { spawn } from "node:child_process";
import { treeRss } from "./build-scale.mjs";
import { env } from "./common.mjs";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node bench/tree-peak.mjs <command> [arguments…]");
  process.exit(2);
}
const started = performance.now();
const child = spawn(command, args, { stdio: "inherit", env });
let peak = 0;
let sampling = false;
const sampler = setInterval(async () => {
  if (sampling) return;
  sampling = true;
  peak = Math.max(peak, await treeRss(child.pid));
  sampling = false;
}, 250);
const code = await new Promise((resolve) => child.on("exit", (status) => resolve(status ?? 1)));
clearInterval(sampler);
const seconds = (performance.now() - started) / 1000;
console.error(
  `tree-peak: ${[command, ...args].join(" ")}: exit ${code}, ${seconds.toFixed(1)} s, peak ${(peak / 1048576).toFixed(0)} MiB (whole process tree)`,
);
process.exit(code);
