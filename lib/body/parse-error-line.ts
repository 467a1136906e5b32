// Some parser failures carry no position (micromark's "expected image or link on stack", for
// a link whose text holds `<>` in MDX): the problem would name the file but not the line.

/**
 * The first line at which `parse` fails with the same message as on the whole `text`: the
 * shortest run of leading lines that reproduces the failure ends on the faulty line.
 */
export function firstFailingLine(
  text: string,
  parse: (text: string) => unknown,
  error: unknown,
): number | undefined {
  const message = String(error);
  const lines = text.split("\n");
  for (let count = 1; count < lines.length; count++) {
    try {
      parse(lines.slice(0, count).join("\n"));
    } catch (failure) {
      if (String(failure) === message) return count;
    }
  }
  return lines.length;
}
