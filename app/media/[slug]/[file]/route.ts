import { readFile } from "node:fs/promises";
import { getArticleImages } from "@/lib/content";
import { contentTypes, encodeVariant, imageVariants } from "@/lib/media";

// Article images and their responsive variants, rendered once at build time.
export const dynamicParams = false;

async function findVariant(slug: string, fileName: string) {
  const images = await getArticleImages();
  return images
    .filter((image) => image.slug === slug)
    .flatMap(imageVariants)
    .find((variant) => variant.fileName === fileName);
}

export async function generateStaticParams() {
  const images = await getArticleImages();
  return images.flatMap((image) =>
    imageVariants(image).map((variant) => ({ slug: image.slug, file: variant.fileName })),
  );
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; file: string }> },
) {
  const { slug, file } = await params;
  const variant = await findVariant(slug, file);
  if (!variant) return new Response("Not found", { status: 404 });
  const { image } = variant;
  const body =
    variant.fileName === image.fileName
      ? await readFile(image.source)
      : await encodeVariant(variant);
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": contentTypes[variant.format] },
  });
}
