// The last step of `npm run build:preview`: the preview export moves from out/ to out-preview/,
// so that out/ never holds a preview to publish by mistake. (Building it straight into another
// folder with `distDir` confuses Turbopack's build cache, which the other builds share.)
import { renameSync, rmSync } from "node:fs";

rmSync("out-preview", { recursive: true, force: true });
renameSync("out", "out-preview");
console.log("build:preview: out/ → out-preview/");
