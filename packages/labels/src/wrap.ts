const ELLIPSIS = "…"

/** Breaks a word wider than a line into pieces that fit, character by character. */
function breakWord(word: string, fits: (s: string) => boolean): string[] {
  const pieces: string[] = []
  let piece = ""
  for (const ch of word) {
    if (piece && !fits(piece + ch)) {
      pieces.push(piece)
      piece = ch
    } else piece += ch
  }
  if (piece) pieces.push(piece)
  return pieces
}

/**
 * Greedy word wrap into at most `maxLines` lines that `fits`; text that does not fit ends the last line
 * with an ellipsis. Words longer than a line are broken between characters.
 */
export function wrapText(text: string, fits: (line: string) => boolean, maxLines: number): string[] {
  const lines: string[] = []
  let line = ""
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (fits(candidate)) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    const pieces = fits(word) ? [word] : breakWord(word, fits)
    lines.push(...pieces.slice(0, -1))
    line = pieces[pieces.length - 1]
    // One line past the limit is enough to know an ellipsis is due; a very long name stops here.
    if (lines.length > maxLines) break
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  // The last line is filled up to the ellipsis, cutting inside a word: more of a long name stays readable.
  let last = lines.slice(maxLines - 1).join(" ")
  while (last && !fits(last.trimEnd() + ELLIPSIS)) last = [...last].slice(0, -1).join("")
  return [...lines.slice(0, maxLines - 1), last.trimEnd() + ELLIPSIS]
}
