// Shared helpers of the benchmark scripts: paths, ports, Chromium, servers, statistics.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export const root = path.resolve(import.meta.dirname, "..");
/** Scratch folders live inside the project (git-ignored) so that Turbopack resolves node_modules. */
export const scratchDir = path.join(root, ".scratch", "bench");
export const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
export const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
/** The flags every Chromium of this project runs with, shared with the browser tests. */
export const chromeFlags = JSON.parse(
  readFileSync(path.join(root, "e2e", "chromium-flags.json"), "utf8"),
);

/** Ports 3431–3436 by default; BENCH_PORT moves the whole block. */
const base = Number(process.env.BENCH_PORT ?? 3431);
export const ports = {
  site: base,
  floor: base + 1,
  staticSite: base + 2,
  lighthouse: base + 3,
  load: base + 4,
  staticLoad: base + 5,
};

export const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const kib = (bytes) => (bytes / 1024).toFixed(1);

/** Runs a command to completion, keeping its output for the error message. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(" ")} exited ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

/** Waits until a URL answers, or fails after `timeoutMs`. */
export async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      await response.arrayBuffer();
      return;
    } catch {
      await sleep(200);
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Starts `next start` for the built project in `dir`; resolves to a stop function. */
export function startNext(dir, port) {
  return startServer(dir, port, [nextBin, "start", "--port", String(port)]);
}

/** Starts the site's own production server, the one `npm start` runs (scripts/server.mjs). */
export function startSite(port) {
  return startServer(root, port, [path.join(root, "scripts", "server.mjs")]);
}

/** Starts `node <args>` in `dir` with PORT=`port`; resolves to a stop function. */
export async function startServer(dir, port, args) {
  const child = spawn(process.execPath, args, {
    cwd: dir,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  await Promise.race([
    waitFor(`http://127.0.0.1:${port}/`),
    exited.then((code) => {
      throw new Error(`next start in ${dir} exited ${code}`);
    }),
  ]);
  return async () => {
    child.kill("SIGTERM");
    await exited;
  };
}
