/** The size of every preview image, as Open Graph and X expect it. */
export const ogSize = { width: 1200, height: 630 };
