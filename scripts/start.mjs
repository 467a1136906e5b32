// `npm start`: builds the site when there is no build yet, then serves it with `next start`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
const port = process.env.PORT || "3000";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
/** How long requests in flight may take to finish after SIGTERM before the server is killed. */
const shutdownTimeout = Number(process.env.SHUTDOWN_TIMEOUT_MS || 25_000);

// The hosting manifest is written last by `npm run build`; a static export build leaves none.
if (!existsSync(".next/BUILD_ID") || !existsSync(".next/hosting-manifest.json")) {
  console.log("No production build for `next start` yet: running `npm run build` first.");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log(`Serving the blog on http://localhost:${port}/fr`);
const server = spawn(process.execPath, [next, "start", "--port", port], { stdio: "inherit", env });
// On a stop signal, `next start` stops accepting connections and exits once the requests in
// flight have been answered; a request that hangs does not keep it alive past the timeout.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.kill(signal);
    setTimeout(() => server.kill("SIGKILL"), shutdownTimeout).unref();
  });
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
