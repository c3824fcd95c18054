import fs from "node:fs"
import path from "node:path"

/**
 * Finding Vietnamese left in English pages. A word is Vietnamese when it carries a Vietnamese
 * diacritic (or đ) and is not part of a proper name or a code. Proper names come from the demo data
 * itself. Whole names, as printed: producers, administrative units ("Phường Đông Hà") and the
 * authorities that certify ("UBND tỉnh Quảng Trị"). Naming words, for names used inside English: the
 * names of producers, units and products reduced to their naming part — the run of capitalised words
 * that ends them, after their first word ("Xã", "Công ty", "Cà phê"…): "HTX Nông sản Khe Sanh" →
 * Khe Sanh, "Thị trấn Hồ Xá" → Hồ Xá, "Nước mắm Tùng Vân" → Tùng Vân. A name keeps its capital
 * letter in English, so a lower-case "vùng" is never excused by "Vùng". Codes hold a digit
 * ("136/QĐ-UBND").
 */

const WORD = /[\p{L}\p{N}]+/gu
const VIETNAMESE = /[\u0300-\u036f]|đ/iu
const capitalised = (word: string) => /^\p{Lu}/u.test(word)
const CODE = /\S*\d\S*/gu

export type ProperNames = { phrases: string[]; words: Set<string> }

/** The naming part of a name, word by word (see above). */
export function namingWords(name: string): string[] {
  const words = name.replace(/\([^)]*\)/g, " ").match(WORD) ?? []
  const run: string[] = []
  for (const word of words.slice(1).reverse()) {
    if (!capitalised(word)) break
    run.unshift(word)
  }
  return run
}

/** Proper names: `whole` ones allowed as printed, `inner` ones allowed by their naming words. */
export function properNames(whole: string[], inner: string[]): ProperNames {
  const nfc = (x: string) => x.normalize("NFC")
  return {
    // Longest first, so "Xã Nam Ba Đồn" goes before "Xã Ba Đồn" could match inside it.
    phrases: [...new Set(whole.map(nfc))].sort((a, b) => b.length - a.length),
    words: new Set([...whole, ...inner].flatMap(namingWords).map(nfc)),
  }
}

/** The Vietnamese words of a text that are not proper names; empty when the text reads as English. */
export function vietnameseWords(text: string, names: ProperNames): string[] {
  let rest = text.normalize("NFC").replace(CODE, " ")
  for (const phrase of names.phrases) rest = rest.split(phrase).join(" ")
  const words = rest.match(WORD) ?? []
  return words.filter((w) => VIETNAMESE.test(w.normalize("NFD")) && !names.words.has(w))
}

type DemoProduct = { title: string; first_decision?: { authority: string }; certificate: { authority: string } }

/** The proper names of the demo dataset in `seed/data`. */
export function demoProperNames(seedDir = path.resolve(__dirname, "../../seed/data")): ProperNames {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(seedDir, file), "utf8"))
  const producers: { name: string }[] = read("producers.json")
  const { units }: { units: { name: string }[] } = read("communes.json")
  const products: DemoProduct[] = read("products.json")
  const authorities = products.flatMap((p) => [p.certificate.authority, p.first_decision?.authority ?? ""])
  return properNames(
    [...producers, ...units].map((x) => x.name).concat(authorities.filter(Boolean)),
    products.map((p) => p.title),
  )
}

/** "where: text (words)" for each text with Vietnamese words left; empty when all read as English. */
export function untranslated(texts: { where: string; text: string | null | undefined }[], names: ProperNames) {
  return texts.flatMap(({ where, text }) => {
    const words = text ? vietnameseWords(text, names) : []
    return words.length ? [`${where}: "${text}" (${words.join(", ")})`] : []
  })
}
