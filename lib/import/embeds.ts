// Embedded players and posts (YouTube, Vimeo, TED iframes; Giphy, Tenor and X blocks; Astro's
// <Tweet>) as the blog's components, which render a link card and load nothing from elsewhere.

/** An element reduced to what recognising an embed needs, from raw HTML or from MDX JSX. */
export type PlainElement = {
  name: string;
  attributes: Record<string, string>;
  children: PlainNode[];
};
export type PlainNode = PlainElement | { text: string };

export type Embed = { kind: "video" | "post-embed"; component: string };

const isElement = (node: PlainNode): node is PlainElement => "name" in node;

export function textOf(node: PlainNode): string {
  return isElement(node) ? node.children.map(textOf).join("") : node.text;
}

/** The component for an embed, looking through wrappers that hold nothing else; else undefined. */
export function embedFor(nodes: PlainNode[]): Embed | undefined {
  const elements = nodes.filter(isElement).filter((node) => !isEmbedScript(node));
  const loose = nodes.filter((node) => !isElement(node) && node.text.trim() !== "");
  if (elements.length !== 1 || loose.length > 0) return undefined;
  const [element] = elements;
  if (!element) return undefined;
  return recognise(element) ?? (isWrapper(element) ? embedFor(element.children) : undefined);
}

const wrappers = new Set(["div", "p", "center", "span", "figure"]);
const isWrapper = (element: PlainElement) => wrappers.has(element.name);

/** The loader scripts that come with pasted embeds: dropped with the embed they load. */
function isEmbedScript(element: PlainElement): boolean {
  return (
    element.name === "script" &&
    /^(https?:)?\/\/(tenor\.com\/embed\.js|platform\.twitter\.com\/widgets\.js|embed\.ted\.com)/.test(
      element.attributes.src ?? "",
    )
  );
}

function recognise(element: PlainElement): Embed | undefined {
  const { name, attributes } = element;
  const classes = (attributes.class ?? attributes.className ?? "").split(/\s+/);
  if (name === "iframe") return iframeEmbed(attributes.src ?? "", attributes.title);
  if (name === "Tweet" && attributes.id) {
    const url = /^\d+$/.test(attributes.id)
      ? `https://twitter.com/i/status/${attributes.id}`
      : attributes.id;
    return post(url, "x");
  }
  if (name === "div" && classes.includes("tenor-gif-embed")) {
    const link = findElement(element, "a");
    const url =
      link?.attributes.href ?? `https://tenor.com/view/${attributes["data-postid"] ?? ""}`;
    return post(url, "tenor", link ? textOf(link).trim() : undefined);
  }
  if (name === "blockquote" && classes.includes("twitter-tweet")) {
    const links = findElements(element, "a").filter((a) =>
      /\/status\/\d+/.test(a.attributes.href ?? ""),
    );
    const url = links.at(-1)?.attributes.href;
    const quoted = findElement(element, "p");
    return url ? post(url, "x", undefined, quoted ? textOf(quoted).trim() : undefined) : undefined;
  }
  return undefined;
}

function iframeEmbed(src: string, title: string | undefined): Embed | undefined {
  let url: URL;
  try {
    url = new URL(src, "https://invalid.invalid");
  } catch {
    return undefined;
  }
  const host = url.host.replace(/^www\./, "");
  const segments = url.pathname.split("/").filter(Boolean);
  if ((host === "youtube.com" || host === "youtube-nocookie.com") && segments[0] === "embed") {
    const list = url.searchParams.get("list");
    if (segments[1] === "videoseries" && list) {
      return post(`https://www.youtube.com/playlist?list=${list}`, "youtube", title);
    }
    return segments[1] ? video("youtube", segments[1], title) : undefined;
  }
  if (host === "player.vimeo.com" && segments[0] === "video" && segments[1])
    return video("vimeo", segments[1], title);
  if (host === "embed.ted.com" && segments[0] === "talks" && segments.length > 1) {
    return video("ted", segments.at(-1) ?? "", title);
  }
  if (host === "giphy.com" && segments[0] === "embed" && segments[1]) {
    return post(`https://giphy.com/gifs/${segments[1]}`, "giphy", title);
  }
  return undefined;
}

function video(provider: string, id: string, title: string | undefined): Embed {
  const attributes = [["provider", provider], ["id", id], ...(title ? [["title", title]] : [])];
  return { kind: "video", component: `<Video ${attributeList(attributes)} />` };
}

function post(url: string, provider: string, title?: string, quoted?: string): Embed {
  const attributes = [["url", url], ["provider", provider], ...(title ? [["title", title]] : [])];
  const open = `<Post ${attributeList(attributes)}`;
  return {
    kind: "post-embed",
    component: quoted ? `${open}>${escapeMdxText(quoted)}</Post>` : `${open} />`,
  };
}

/** `name="value"` pairs; a double quote inside a value is written as a character reference. */
export function attributeList(attributes: string[][]): string {
  return attributes
    .map(
      ([name, value = ""]) =>
        `${name}="${value.replaceAll("&", "&amp;").replaceAll('"', "&quot;")}"`,
    )
    .join(" ");
}

/** Text inside a component: `{` and `<` would start an expression or a tag in MDX. */
function escapeMdxText(text: string): string {
  return text.replace(/[{}<>]/g, (character) => `\\${character}`);
}

function findElements(element: PlainElement, name: string): PlainElement[] {
  return element.children
    .filter(isElement)
    .flatMap((child) => [...(child.name === name ? [child] : []), ...findElements(child, name)]);
}

function findElement(element: PlainElement, name: string): PlainElement | undefined {
  return findElements(element, name)[0];
}
