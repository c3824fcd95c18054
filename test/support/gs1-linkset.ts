/**
 * GS1's linkset JSON schema (gs1-linkset-schema.json, the one GS1's resolver conformance suite
 * validates against), written out as checks from the schema's text, plus the resolver standard's
 * rule on the default link. Both published versions of the schema are met: the older one requires
 * `itemDescription` and knows no `description`, the newer one requires only `anchor`.
 * Returns what is wrong, empty when the document conforms.
 */
const URI_KEY = /^https?:\/\/[a-zA-Z0-9./]+$/
const RELATION = /^[a-z-]+$/
const HREF = /^https?:\/\/[a-zA-Z0-9./]+/
const HREFLANG = /(^\w{2}$)|(^\w{2}-\w{2}$)/
const MEDIA_TYPE = /\w+\/[-+.\w]+/
const LINK_MEMBERS = new Set(["href", "title", "hreflang", "type", "context", "fwqs", "public"])
const DEFAULT_LINK = "https://gs1.org/voc/defaultLink"

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v)

function linkProblems(link: unknown, where: string): string[] {
  if (!isObject(link)) return [`${where} is not an object`]
  const problems = Object.keys(link)
    .filter((k) => !LINK_MEMBERS.has(k))
    .map((k) => `${where} has a member the schema does not allow: ${k}`)
  if (typeof link.href !== "string" || !HREF.test(link.href)) problems.push(`${where}.href is missing or not http(s)`)
  if (typeof link.title !== "string") problems.push(`${where}.title is missing`)
  if ("hreflang" in link) {
    const ok = Array.isArray(link.hreflang) && link.hreflang.every((l) => typeof l === "string" && HREFLANG.test(l))
    if (!ok) problems.push(`${where}.hreflang is not a list of language tags like "vi" or "en-GB"`)
  }
  if ("type" in link && (typeof link.type !== "string" || !MEDIA_TYPE.test(link.type)))
    problems.push(`${where}.type is not a media type`)
  if ("context" in link && !Array.isArray(link.context)) problems.push(`${where}.context is not a list`)
  for (const flag of ["fwqs", "public"])
    if (flag in link && typeof link[flag] !== "boolean") problems.push(`${where}.${flag} is not a boolean`)
  return problems
}

export function gs1LinksetProblems(doc: unknown): string[] {
  if (!isObject(doc)) return ["the document is not a JSON object"]
  const problems = Object.keys(doc)
    .filter((k) => k !== "linkset")
    .map((k) => `the document has a member the schema does not allow: ${k}`)
  if (!Array.isArray(doc.linkset)) return [...problems, "linkset is missing or not a list"]
  doc.linkset.forEach((entry, i) => {
    const at = `linkset[${i}]`
    if (!isObject(entry)) return problems.push(`${at} is not an object`)
    if (typeof entry.anchor !== "string" || !HREF.test(entry.anchor))
      problems.push(`${at}.anchor is missing or not http(s)`)
    if (typeof entry.itemDescription !== "string") problems.push(`${at}.itemDescription is missing`)
    for (const [key, links] of Object.entries(entry)) {
      if (key === "anchor" || key === "itemDescription") continue
      if (!URI_KEY.test(key) && !RELATION.test(key)) {
        problems.push(`${at} has a key that is neither a full link-type URI nor a relation name: ${key}`)
        continue
      }
      if (!Array.isArray(links)) {
        problems.push(`${at}["${key}"] is not a list of links`)
        continue
      }
      links.forEach((link, j) => problems.push(...linkProblems(link, `${at}["${key}"][${j}]`)))
    }
    // The resolver standard: one default link, with a target and a title and nothing else.
    const defaults = entry[DEFAULT_LINK]
    if (!Array.isArray(defaults) || defaults.length !== 1) problems.push(`${at} must have exactly one default link`)
    else if (isObject(defaults[0]) && Object.keys(defaults[0]).some((k) => k !== "href" && k !== "title"))
      problems.push(`${at}'s default link carries more than a target and a title`)
  })
  return problems
}
