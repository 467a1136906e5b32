import type { Element, ElementContent, Properties, Root } from "hast";
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from "mdast-util-mdx-jsx";
import { find, html } from "property-information";
import { visit } from "unist-util-visit";
import type { Article } from "@/lib/content";
import type { Dictionary } from "@/lib/i18n";
import { mediaUrl } from "@/lib/media";
import { absoluteUrl } from "@/lib/routes/paths";
import { articleImage } from "../article-image";
import { isCalloutType } from "../components";
import { providerName, videoUrl } from "../embeds";

type Options = { article: Article; dictionary: Dictionary };
type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/**
 * For feeds: replaces the site's components with the plain HTML a feed reader shows (a labelled
 * aside, a figure, a link card for a video or a post), keeps the plain HTML an `.mdx` article
 * writes as JSX (nested to any depth), and makes every site path and image absolute.
 */
export function rehypeFeedElements({ article, dictionary }: Options) {
  return (tree: Root) => {
    // First every JSX element becomes HTML, outermost first; the new element is visited again,
    // so that the JSX inside it is reached too.
    visit(tree, (node, index, parent) => {
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      if (!parent || index === undefined) return;
      parent.children[index] = plainElement(node, dictionary);
      return index;
    });
    // Then addresses, once each.
    visit(tree, "element", (node) => {
      const { href, src } = node.properties;
      if (node.tagName === "a" && typeof href === "string" && href.startsWith("/")) {
        node.properties.href = absoluteUrl(href);
      }
      if (node.tagName === "img") {
        const image = articleImage(article, src);
        Object.assign(node.properties, {
          src: absoluteUrl(mediaUrl(image.slug, image.fileName)),
          width: image.width,
          height: image.height,
          alt: String(node.properties.alt ?? ""),
        });
      }
    });
  };
}

function element(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: "element", tagName, properties, children };
}

const text = (value: string): ElementContent => ({ type: "text", value });

function plainElement(node: JsxElement, dictionary: Dictionary): Element {
  const attribute = (name: string) => {
    const found = node.attributes.find(
      (candidate) => "name" in candidate && candidate.name === name,
    );
    return typeof found?.value === "string" ? found.value : undefined;
  };
  const children = node.children as ElementContent[];
  switch (node.name) {
    case "Figure": {
      const caption = attribute("caption");
      const captionChildren = caption ? [text(caption)] : children;
      return element("figure", {}, [
        element("img", { src: attribute("src") ?? "", alt: attribute("alt") ?? "" }, []),
        ...(captionChildren.length ? [element("figcaption", {}, captionChildren)] : []),
      ]);
    }
    case "Callout": {
      const type = attribute("type");
      const label = attribute("title") ?? dictionary.callout[isCalloutType(type) ? type : "info"];
      return element("aside", {}, [
        element("p", {}, [element("strong", {}, [text(label)])]),
        ...children,
      ]);
    }
    case "Video": {
      const provider = attribute("provider") ?? "";
      const href = videoUrl(provider, attribute("id") ?? "");
      return linkCard(
        href,
        dictionary.embed.video(providerName(provider)),
        attribute("title") || dictionary.embed.untitledVideo,
        [],
      );
    }
    case "Post": {
      const href = attribute("url") ?? "";
      const kicker = dictionary.embed.post(providerName(attribute("provider") ?? ""));
      return linkCard(href, kicker, attribute("title") || dictionary.embed.untitledPost, children);
    }
    default:
      // Plain HTML written as JSX (<div>, <details>…), with its attributes; the content check
      // allows no other names.
      return element(node.name ?? "div", jsxProperties(node), children);
  }
}

/** A video or a post as a feed reader shows it: its words quoted, then a link with its title. */
function linkCard(href: string, kicker: string, title: string, quote: ElementContent[]): Element {
  return element("div", {}, [
    ...(quote.length ? [element("blockquote", { cite: href }, quote)] : []),
    element("p", {}, [
      element("strong", {}, [text(kicker)]),
      element("br", {}, []),
      element("a", { href }, [text(title)]),
    ]),
  ]);
}

function jsxProperties(node: JsxElement): Properties {
  const properties: Properties = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== "mdxJsxAttribute" || typeof attribute.value === "object") continue;
    properties[find(html, attribute.name).property] = attribute.value ?? true;
  }
  return properties;
}
