import { describe, expect, it } from "vitest";
import type { ContentImage, ImageFormat } from "@/lib/content";
import { imageSources, imageVariants } from "@/lib/media";

// The files each article image is served as, and the srcset that offers them.
function image(width: number, format: ImageFormat = "jpeg"): ContentImage {
  const extension = format === "jpeg" ? "jpg" : format;
  return {
    reference: `images/photo.${extension}`,
    slug: "an-article",
    fileName: `photo.${extension}`,
    source: `/content/an-article/images/photo.${extension}`,
    width,
    height: Math.round((width * 2) / 3),
    format,
  };
}

const names = (width: number, format?: ImageFormat) =>
  imageVariants(image(width, format)).map((variant) => variant.fileName);

describe("imageVariants", () => {
  it("serves a large photo as the original and four widths in AVIF and JPEG, none wider than 1600", () => {
    expect(names(2560)).toEqual([
      "photo.jpg",
      "photo.480w.avif",
      "photo.800w.avif",
      "photo.1200w.avif",
      "photo.1600w.avif",
      "photo.480w.jpg",
      "photo.800w.jpg",
      "photo.1200w.jpg",
      "photo.1600w.jpg",
    ]);
  });

  it("never enlarges: a narrower image ends at its own width", () => {
    expect(names(1000)).toEqual([
      "photo.jpg",
      "photo.480w.avif",
      "photo.800w.avif",
      "photo.1000w.avif",
      "photo.480w.jpg",
      "photo.800w.jpg",
      "photo.1000w.jpg",
    ]);
    expect(names(300)).toEqual(["photo.jpg", "photo.300w.avif", "photo.300w.jpg"]);
  });

  it("keeps PNG as the fallback of a PNG, and an animated GIF as it is", () => {
    expect(names(800, "png")).toEqual([
      "photo.png",
      "photo.480w.avif",
      "photo.800w.avif",
      "photo.480w.png",
      "photo.800w.png",
    ]);
    expect(names(800, "gif")).toEqual(["photo.gif"]);
  });
});

describe("imageSources", () => {
  it("offers AVIF first, then the original format, with each width", () => {
    const { src, sources } = imageSources(image(2560));
    expect(src).toBe("/media/an-article/photo.jpg");
    expect(sources.map((source) => source.type)).toEqual(["image/avif", "image/jpeg"]);
    expect(sources[0]?.srcSet).toBe(
      "/media/an-article/photo.480w.avif 480w, /media/an-article/photo.800w.avif 800w, /media/an-article/photo.1200w.avif 1200w, /media/an-article/photo.1600w.avif 1600w",
    );
  });
});
