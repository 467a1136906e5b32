import { previewParts } from "@/lib/og/glyph-coverage";
import { site } from "@/lib/site";

type OgCardProps = {
  title: string;
  /** Small line above the title, e.g. the category. */
  kicker?: string;
  /** Bottom line, e.g. author and date. */
  byline?: string;
};

/** Text in the bundled fonts, emoji as bundled images, a fallback for the rest (see previewParts). */
function PreviewText({ text, size }: { text: string; size: number }) {
  return previewParts(text).parts.map((part, index) =>
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
  );
}

/** The 1200×630 preview drawn for social networks; styles are inline, as Satori requires. */
export function OgCard({ title, kicker, byline }: OgCardProps) {
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
              letterSpacing: 2,
            }}
          >
            {/* Upper-cased here, so that the fallback sees the letters Satori would draw. */}
            <PreviewText text={kicker.toUpperCase()} size={30} />
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
          <PreviewText text={title} size={size} />
        </div>
      </div>
      <div style={{ display: "flex", fontSize: 30, color: "#5c554d" }}>
        <PreviewText text={byline ?? ""} size={30} />
      </div>
    </div>
  );
}
