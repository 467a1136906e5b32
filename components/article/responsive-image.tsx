import type { ContentImage } from "@/lib/content";
import { imageSources } from "@/lib/media";

type ResponsiveImageProps = {
  image: ContentImage;
  alt: string;
  /** The `sizes` attribute: how wide the image is displayed, so the browser picks a variant. */
  sizes: string;
  /** The hero is the largest paint: fetch it first. Everything else waits until it nears the screen. */
  priority?: boolean;
  className?: string;
  /** A CSS background shown while the image loads (see placeholderBackground in lib/media). */
  placeholder?: string;
};

/** An article image with AVIF and WebP variants and its intrinsic size, so nothing shifts. */
export function ResponsiveImage({
  image,
  alt,
  sizes,
  priority = false,
  className,
  placeholder,
}: ResponsiveImageProps) {
  const { src, width, height, sources } = imageSources(image);
  const fallback = sources.at(-1);
  return (
    <picture>
      {sources.slice(0, -1).map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      {/* Variants are written at build time (scripts/media.ts): no request-time optimiser needed. */}
      <img
        src={src}
        srcSet={fallback?.srcSet}
        sizes={sizes}
        width={width}
        height={height}
        alt={alt}
        className={className}
        style={placeholder ? { background: placeholder } : undefined}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : undefined}
        decoding={priority ? "sync" : "async"}
      />
    </picture>
  );
}
