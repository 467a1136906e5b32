import { ResponsiveImage } from "@/components/responsive-image";
import type { ContentImage } from "@/lib/content";

type FigureProps = {
  image: ContentImage;
  alt: string;
  caption?: string;
};

/** An article figure: the image at its intrinsic ratio, loaded lazily, with its caption. */
export function Figure({ image, alt, caption }: FigureProps) {
  return (
    <figure className="not-prose my-10 md:-mx-16">
      <ResponsiveImage
        image={image}
        alt={alt}
        sizes="(min-width: 48rem) 50rem, 100vw"
        className="h-auto w-full rounded-md bg-stone-200 dark:bg-stone-800"
      />
      {caption ? (
        <figcaption className="mt-3 px-4 text-center font-sans text-sm text-muted md:px-16">
          {caption}
        </figcaption>
      ) : null}
    </figure>
  );
}
