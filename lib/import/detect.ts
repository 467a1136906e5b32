import { isAstroProject, readAstro } from "./astro";
import type { Catalogue } from "./types";
import { isWordPressExport, readWordPress } from "./wordpress";

/** Reads the source folder as whichever format it holds, or says what it expected to find. */
export async function readCatalogue(folder: string): Promise<Catalogue> {
  if (await isAstroProject(folder)) return readAstro(folder);
  if (await isWordPressExport(folder)) return readWordPress(folder);
  throw new Error(
    `${folder} is neither an Astro project (src/content/posts/<slug>/<lang>.md) nor a folder of WordPress-export Markdown (files starting with --- and fields such as state:, heroImage:, languages:)`,
  );
}
