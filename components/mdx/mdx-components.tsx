import type { MDXComponents } from "mdx/types";
import type { ComponentProps, ReactNode } from "react";
import { ResponsiveImage } from "@/components/article/responsive-image";
import { mediaUrl } from "@/lib/media";
import type { Article, ContentImage } from "@/lib/content";
import { articleImage } from "@/lib/body/article-image";
import type { MdxComponentName } from "@/lib/body/components";
import type { Dictionary } from "@/lib/i18n";
import type { CalloutType } from "@/lib/body/components";
import { Callout } from "./callout";
import { CodeBlock } from "./code-block";
import { Figure } from "./figure";
import { Heading } from "./heading";
import { Link } from "./link";
import { Post } from "./post";
import { Video } from "./video";

type Context = { article: Article; dictionary: Dictionary };
type FigureProps = { src: string; alt: string; caption?: string; children?: ReactNode };

/**
 * The elements an article body renders with. Images resolve against the article's own
 * images/ folder, which the content layer has already checked.
 */
export function getMdxComponents({ article, dictionary }: Context) {
  const imageAt = (src: unknown) => articleImage(article, src);
  const picture = (image: ContentImage, alt: string, sizes: string) => (
    <ResponsiveImage image={image} alt={alt} sizes={sizes} />
  );

  const site = {
    Callout: (props: { type?: CalloutType; title?: string; children: ReactNode }) => (
      <Callout {...props} labels={dictionary.callout} />
    ),
    // A raw <figure> of a `.md` article arrives with its caption's markup as children
    // (lib/body/plugins/rehype-figures.ts).
    Figure: ({ src, alt, caption, children }: FigureProps) => {
      const image = imageAt(src);
      const zoom = { href: mediaUrl(image.slug, image.fileName), label: dictionary.figure.enlarge };
      return (
        <Figure caption={caption || children} zoom={zoom}>
          {picture(image, alt, Figure.sizes)}
        </Figure>
      );
    },
    Video: (props: { provider: string; id: string; title?: string }) => (
      <Video {...props} labels={dictionary.embed} />
    ),
    Post: (props: { url: string; provider: string; title?: string; children?: ReactNode }) => (
      <Post {...props} labels={dictionary.embed} />
    ),
  } satisfies Record<MdxComponentName, unknown>;

  return {
    ...site,
    h2: (props: ComponentProps<"h2">) => <Heading as="h2" {...props} />,
    h3: (props: ComponentProps<"h3">) => <Heading as="h3" {...props} />,
    h4: (props: ComponentProps<"h4">) => <Heading as="h4" {...props} />,
    h5: (props: ComponentProps<"h5">) => <Heading as="h5" {...props} />,
    h6: (props: ComponentProps<"h6">) => <Heading as="h6" {...props} />,
    a: Link,
    pre: (props: ComponentProps<"pre">) => <CodeBlock {...props} labels={dictionary.code} />,
    img: ({ src, alt }: ComponentProps<"img">) =>
      picture(imageAt(src), alt ?? "", "(min-width: 48rem) 42rem, 100vw"),
  } satisfies MDXComponents;
}
