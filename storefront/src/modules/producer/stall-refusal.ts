/**
 * The refusals of the stall's pages — photos, a proposed product, the story — read into message keys
 * (`ProducerGallery.problems`, `ProducerProposal.problems`, `ProducerStall.problems` in
 * messages/*.json): the API answers in English for developers, the page in its own language, and a
 * refusal nobody foresaw gets a general sentence for its status.
 */
type Rules = [RegExp, string][]

const SUSPENDED: Rules = [[/^The OCOP office has suspended/, "suspended"]]

const GALLERY: Rules = [
  [/larger than/, "tooLarge"],
  [/not an image/, "notImage"],
  [/has at most \d+ photos/, "tooMany"],
  [/up to \d+ photos/, "tooManyAtOnce"],
  [/^no photo/, "noPhoto"],
  [/No such photo/, "photoGone"],
  ...SUSPENDED,
]

const PROPOSAL: Rules = [
  [/letters or digits/, "titleLetters"],
  [/same title/, "variantTwice"],
  [/'variants, \d+, price'|price must|price cannot/, "price"],
  [/'variants, \d+, weight'|weight must|weight cannot/, "weight"],
  [/names no OCOP product group/, "group"],
  [/too big|cannot be longer/, "tooLong"],
  [/'variants'/, "variants"],
  [/is required|too small|is empty/, "missing"],
  ...SUSPENDED,
]

const STORY: Rules = [[/too big|cannot be longer/, "tooLong"], ...SUSPENDED]

const keys = (rules: Rules) => [...new Set([...rules.map(([, key]) => key), "notFound", "signedOut", "failed"])]

/** Every key each page's refusals can be given, for the messages' completeness test. */
export const GALLERY_PROBLEMS = keys(GALLERY)
export const PROPOSAL_PROBLEMS = keys(PROPOSAL)
export const STORY_PROBLEMS = keys(STORY)
export const GALLERY_DONE = ["saved", "waiting"] as const
export const STORY_DONE = ["saved"] as const

function read(rules: Rules, { status, message }: { status: number; message: string }): string {
  const rule = rules.find(([match]) => match.test(message))
  if (rule) return rule[1]
  if (status === 404) return "notFound"
  if (status === 401) return "signedOut"
  return "failed"
}

export const galleryProblem = (refusal: { status: number; message: string }) => read(GALLERY, refusal)
export const proposalProblem = (refusal: { status: number; message: string }) => read(PROPOSAL, refusal)
export const storyProblem = (refusal: { status: number; message: string }) => read(STORY, refusal)
