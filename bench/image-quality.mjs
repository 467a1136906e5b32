// How close an encoded variant is to its source at the size it is shown: SSIM (ssim.js) of the
// two in the same pixels, the source resized by sharp to the variant's width. Computed at full
// resolution (no downsampling), where compression artefacts would show.
import sharp from "sharp";
import { ssim } from "ssim.js";

async function rgba(input, width) {
  const { data, info } = await sharp(input)
    .resize({ width, withoutEnlargement: true })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8ClampedArray(data), width: info.width, height: info.height };
}

/** The SSIM (1 = identical) of `encoded` against `source` resized to `width`. */
export async function similarity(source, encoded, width) {
  const [reference, decoded] = await Promise.all([rgba(source, width), rgba(encoded, width)]);
  return ssim(reference, decoded, { downsample: false }).mssim;
}
