import synonymsData from "../data/search-synonyms.json"

/**
 * The synonym groups of `data/search-synonyms.json` as Meilisearch wants them: every word of a
 * group maps to the others ("mè" → ["vừng"], "vừng" → ["mè"]).
 */
export function meilisearchSynonyms(groups: string[][] = synonymsData.groups): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {}
  for (const group of groups) {
    const words = group.map((w) => w.normalize("NFC").toLowerCase())
    for (const word of words) synonyms[word] = words.filter((w) => w !== word)
  }
  return synonyms
}
