// `npm start`: builds the site when there is no build yet, then serves it (scripts/server.mjs).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { serve } from "./server.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

// The hosting manifest is written last by `npm run build`; a static export build leaves none.
if (!existsSync(".next/BUILD_ID") || !existsSync(".next/hosting-manifest.json")) {
  console.log("No production build for `next start` yet: running `npm run build` first.");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// PORT (default 3000) and SHUTDOWN_TIMEOUT_MS (default 25 s) are read by serve().
await serve();
