import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { rehypeHighlightCode } from "@/lib/body/plugins/rehype-highlight-code";
import { rehypeTableScroll } from "@/lib/body/plugins/rehype-table-scroll";

const render = async (markdown: string) =>
  String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeHighlightCode)
      .use(rehypeTableScroll)
      .use(rehypeStringify)
      .process(markdown),
  );

describe("code highlighting", () => {
  it("gives tokens classes by role, never a style attribute", async () => {
    const html = await render('```ts\n// note\nconst name = "Rudy";\n```\n');
    expect(html).not.toContain("style=");
    expect(html).toContain('<pre data-language="ts">');
    expect(html).toContain('<span class="token-comment">// note</span>');
    expect(html).toContain('<span class="token-keyword">const</span>');
    expect(html).toMatch(/<span class="token-string-expression">\s*"Rudy"<\/span>/);
  });

  it.each([
    ["java", "public class Main {}", "token-keyword"],
    ["sh", "echo $HOME", "token-"],
    ["python", "def f(): return 1", "token-keyword"],
    ["json", '{"a": 1}', "token-"],
    ["css", "a { color: red; }", "token-"],
    ["yaml", "a: 1", "token-"],
  ])("highlights %s", async (language, code, expected) => {
    const html = await render(`\`\`\`${language}\n${code}\n\`\`\`\n`);
    expect(html).toContain(`data-language="${language}"`);
    expect(html).toContain(`class="${expected}`);
    expect(html).not.toContain("style=");
  });

  it("keeps the text of a block whose language Shiki does not know, with its label", async () => {
    const html = await render("```klingon\nQapla'\n```\n");
    expect(html).toContain(
      '<pre data-language="klingon"><code class="language-klingon">Qapla\'\n</code></pre>',
    );
  });

  it("leaves a block without a language alone", async () => {
    expect(await render("```\nplain\n```\n")).toBe("<pre><code>plain\n</code></pre>");
  });

  it("keeps every character of the source, in order", async () => {
    const code = 'if (a < b && c > "d") { return `${e}`; } // é ✓';
    const html = await render(`\`\`\`ts\n${code}\n\`\`\`\n`);
    const text = html
      .replace(/<[^>]+>/g, "")
      .replaceAll("&#x3C;", "<")
      .replaceAll("&#x26;", "&");
    expect(text.trim()).toBe(code);
  });
});

describe("tables", () => {
  it("scroll in a focusable box of their own", async () => {
    const html = await render("| a | b |\n| - | - |\n| 1 | 2 |\n");
    expect(html).toMatch(/^<div class="table-scroll" tabindex="0"><table>/);
    expect(html).toMatch(/<\/table><\/div>$/);
  });
});
