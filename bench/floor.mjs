// The framework floor: a minimal Next.js App Router page (one heading, one paragraph, no
// fonts, no images, no CSS of its own) built with this project's own `next`, so that our
// page weights read as ratios to what Next.js itself ships.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { nextBin, run, scratchDir } from "./common.mjs";

export const floorDir = path.join(scratchDir, "floor");

const files = {
  // No lockfile here: Next finds the project's, so Turbopack resolves the project's node_modules.
  "package.json": JSON.stringify({ name: "floor", private: true, type: "module" }),
  "next.config.js": "export default { poweredByHeader: false };\n",
  "app/layout.jsx": `export const metadata = { title: "Floor" };
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.jsx": `export default function Page() {
  return (
    <main>
      <h1>Hello</h1>
      <p>The smallest App Router page.</p>
    </main>
  );
}
`,
};

/** Writes and builds the floor app; returns its folder for `startNext`. */
export async function buildFloor() {
  await rm(floorDir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(floorDir, name)), { recursive: true });
    await writeFile(path.join(floorDir, name), text);
  }
  await run(process.execPath, [nextBin, "build"], { cwd: floorDir });
  return floorDir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await buildFloor());
}
