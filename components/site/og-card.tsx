import { splitEmoji } from "@/lib/og/emoji";
import { site } from "@/lib/site";

export const ogSize = { width: 1200, height: 630 };

type OgCardProps = {
  title: string;
  /** Small line above the title, e.g. the category. */
  kicker?: string;
  /** Bottom line, e.g. author and date. */
  byline?: string;
};

/**
 * Source Serif 4 has no glyph for the narrow no-break space of French typography, and a
 * missing glyph makes Satori fetch a font from Google: draw the plain no-break space instead.
 */
const drawable = (text: string) => text.replace(/\u202F/g, "\u00A0");

/** The 1200×630 preview drawn for social networks; styles are inline, as Satori requires. */
export function OgCard({ title: typesetTitle, kicker, byline }: OgCardProps) {
  const title = drawable(typesetTitle);
  const size = title.length > 70 ? 58 : title.length > 40 ? 68 : 80;
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#faf7f2",
        color: "#1f1c18",
        fontFamily: "Source Serif 4",
        borderLeft: "24px solid #a63a1a",
      }}
    >
      <div style={{ display: "flex", fontSize: 34, fontWeight: 700 }}>{site.name}</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        {kicker ? (
          <div
            style={{
              display: "flex",
              fontSize: 30,
              color: "#a63a1a",
              textTransform: "uppercase",
              letterSpacing: 2,
            }}
          >
            {drawable(kicker)}
          </div>
        ) : null}
        <div
          style={{
            display: "flex",
            flexWrap: "wrap",
            alignItems: "center",
            fontSize: size,
            fontWeight: 700,
            lineHeight: 1.15,
          }}
        >
          {splitEmoji(title).map((part, index) =>
            "src" in part ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img
                key={index}
                src={part.src}
                alt={part.emoji}
                width={size}
                height={size}
                style={{ margin: "0 8px" }}
              />
            ) : (
              <span key={index}>{part.text}</span>
            ),
          )}
        </div>
      </div>
      <div style={{ display: "flex", fontSize: 30, color: "#5c554d" }}>
        {drawable(byline ?? "")}
      </div>
    </div>
  );
}
