import type { Element, ElementContent, Root } from "hast";
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from "mdast-util-mdx-jsx";
import { SKIP, visit } from "unist-util-visit";
import type { Article } from "@/lib/content";
import type { Dictionary } from "@/lib/i18n";
import { mediaUrl } from "@/lib/media";
import { absoluteUrl } from "@/lib/routes/paths";
import { articleImage } from "../article-image";
import { isCalloutType } from "../components";

type Options = { article: Article; dictionary: Dictionary };

/**
 * For feeds: replaces the site's components with the plain HTML a feed reader shows
 * (a labelled aside, a figure with an absolute image), and makes every site path absolute.
 */
export function rehypeFeedElements({ article, dictionary }: Options) {
  const imageAttributes = (src: string, alt: string) => {
    const image = articleImage(article, src);
    return {
      src: absoluteUrl(mediaUrl(image.slug, image.fileName)),
      width: image.width,
      height: image.height,
      alt,
    };
  };

  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === "element") {
        if (
          node.tagName === "a" &&
          typeof node.properties.href === "string" &&
          node.properties.href.startsWith("/")
        ) {
          node.properties.href = absoluteUrl(node.properties.href);
        }
        if (node.tagName === "img") {
          Object.assign(
            node.properties,
            imageAttributes(String(node.properties.src), String(node.properties.alt ?? "")),
          );
        }
        return;
      }
      if (
        (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") ||
        !parent ||
        index === undefined
      )
        return;
      parent.children[index] = plainElement(node, dictionary, imageAttributes);
      return SKIP;
    });
  };
}

function plainElement(
  node: MdxJsxFlowElementHast | MdxJsxTextElementHast,
  dictionary: Dictionary,
  imageAttributes: (src: string, alt: string) => Element["properties"],
): Element {
  const attribute = (name: string) => {
    const found = node.attributes.find(
      (candidate) => "name" in candidate && candidate.name === name,
    );
    return typeof found?.value === "string" ? found.value : undefined;
  };
  const element = (
    tagName: string,
    properties: Element["properties"],
    children: ElementContent[],
  ): Element => ({
    type: "element",
    tagName,
    properties,
    children,
  });
  if (node.name === "Figure") {
    const caption = attribute("caption");
    return element("figure", {}, [
      element("img", imageAttributes(attribute("src") ?? "", attribute("alt") ?? ""), []),
      ...(caption ? [element("figcaption", {}, [{ type: "text", value: caption }])] : []),
    ]);
  }
  if (node.name === "Callout") {
    const type = attribute("type");
    const label = attribute("title") ?? dictionary.callout[isCalloutType(type) ? type : "info"];
    return element("aside", {}, [
      element("p", {}, [element("strong", {}, [{ type: "text", value: label }])]),
      ...node.children,
    ]);
  }
  return element("div", {}, node.children);
}
