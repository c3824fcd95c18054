/**
 * Vietnamese text folding. NFD splits most tone and vowel marks into combining
 * characters, but "đ"/"Đ" is a letter of its own and has to be mapped by hand.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
}

/** An ASCII URL handle: "Nước mắm Tùng Vân" → "nuoc-mam-tung-van". */
export function toHandle(text: string): string {
  const handle = foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
  if (!handle) {
    throw new RangeError(`cannot make a URL handle from ${JSON.stringify(text)}`)
  }
  return handle
}

export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function isHandle(value: string): boolean {
  return HANDLE_PATTERN.test(value)
}

/**
 * The words of a text that carry Vietnamese marks, lower-cased, NFC and distinct:
 * "Kẹo mè xửng Hương" → ["kẹo", "mè", "xửng", "hương"]. Search matches on folded text (so "me"
 * finds "mè"); these words are what ranks a product whose text has the very tones of the query
 * above one that only matches once folded. Words without marks carry no tone to prefer.
 */
export function toneWords(text: string): string[] {
  const words = text
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
  return [...new Set(words.filter((w) => w && foldVietnamese(w) !== w))]
}
