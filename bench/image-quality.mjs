// How close an encoded variant is to its source at the size it is shown: SSIM (ssim.js) of the
// two in the same pixels, the source resized by sharp to the variant's width and height. Computed at full
// resolution (no downsampling), where compression artefacts would show.
import sharp from "sharp";
import { ssim } from "ssim.js";

async function rgba(input, width, height) {
  const { data, info } = await sharp(input)
    .resize({ width, height, fit: "fill" })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8ClampedArray(data), width: info.width, height: info.height };
}

/** The SSIM (1 = identical) of `encoded` against `source` resized to the same pixels. */
export async function similarity(source, encoded) {
  const { width, height } = await sharp(encoded).metadata();
  const [reference, decoded] = await Promise.all([
    rgba(source, width, height),
    rgba(encoded, width, height),
  ]);
  return ssim(reference, decoded, { downsample: false }).mssim;
}
