// Draws the stand-in images of the first article (the originals were not available).
// Run once: node scripts/draw-stand-in-images.mjs. The output is committed.
import sharp from "sharp";

const dir = "content/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage/images";

// A deterministic pseudo-random sequence so that a re-run draws the same picture.
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function networkSvg(width, height) {
  const next = random(7);
  const nodes = Array.from({ length: 34 }, () => ({
    x: 60 + next() * (width - 120),
    y: 60 + next() * (height - 120),
    r: 6 + next() * 18,
  }));
  const lines = [];
  for (const [i, a] of nodes.entries()) {
    for (const b of nodes.slice(i + 1)) {
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      if (distance < 300) {
        const opacity = (0.55 * (1 - distance / 300)).toFixed(2);
        lines.push(
          `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="#f4e9dc" stroke-opacity="${opacity}" stroke-width="2"/>`,
        );
      }
    }
  }
  const circles = nodes.map(
    (n, i) =>
      `<circle cx="${n.x}" cy="${n.y}" r="${n.r}" fill="${i % 5 === 0 ? "#e8603c" : "#f4e9dc"}"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="#1d2a3a"/><stop offset="1" stop-color="#2f4858"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#bg)"/>
  ${lines.join("\n")}
  ${circles.join("\n")}
</svg>`;
}

function listingSvg(width, height) {
  const cards = [];
  for (let row = 0; row < 2; row++) {
    for (let col = 0; col < 3; col++) {
      const x = 56 + col * 312;
      const y = 132 + row * 190;
      const hue = ["#e8603c", "#2f4858", "#86bbd8", "#f6ae2d", "#33658a", "#9bc53d"][row * 3 + col];
      cards.push(`<g>
        <rect x="${x}" y="${y}" width="288" height="166" rx="14" fill="#ffffff" stroke="#d9d4cc"/>
        <rect x="${x + 16}" y="${y + 16}" width="72" height="72" rx="36" fill="${hue}"/>
        <rect x="${x + 104}" y="${y + 26}" width="160" height="14" rx="7" fill="#2b2b2b" fill-opacity="0.8"/>
        <rect x="${x + 104}" y="${y + 52}" width="120" height="10" rx="5" fill="#8a8580"/>
        <rect x="${x + 16}" y="${y + 110}" width="256" height="10" rx="5" fill="#c9c3ba"/>
        <rect x="${x + 16}" y="${y + 132}" width="200" height="10" rx="5" fill="#c9c3ba"/>
      </g>`);
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="100%" height="100%" fill="#f7f3ee"/>
  <rect width="100%" height="76" fill="#ffffff"/>
  <rect x="56" y="24" width="120" height="28" rx="14" fill="#e8603c"/>
  <rect x="640" y="26" width="328" height="24" rx="12" fill="#ece7e0"/>
  <rect x="56" y="100" width="260" height="14" rx="7" fill="#2b2b2b" fill-opacity="0.8"/>
  ${cards.join("\n")}
</svg>`;
}

await sharp(Buffer.from(networkSvg(1600, 900)))
  .jpeg({ quality: 82, mozjpeg: true })
  .toFile(`${dir}/xp-stage-op.jpg`);
await sharp(Buffer.from(listingSvg(1024, 528)))
  .png({ compressionLevel: 9, palette: true })
  .toFile(`${dir}/Capture-du-2020-04-01-15-18-21-1024x528.png`);
console.log(`Drew the stand-in images in ${dir}`);
