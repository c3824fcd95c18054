import { describe, expect, it } from "vitest"
import vi from "../../../../messages/vi.json"
import en from "../../../../messages/en.json"
import { proposalBody } from "../proposal-body"
import {
  GALLERY_DONE,
  GALLERY_PROBLEMS,
  galleryProblem,
  PROPOSAL_PROBLEMS,
  proposalProblem,
  STORY_DONE,
  STORY_PROBLEMS,
  storyProblem,
} from "../stall-refusal"

describe("the stall pages' refusals", () => {
  it("reads the API's refusals of photos, proposals and stories into sentences the pages have in both languages", () => {
    expect(galleryProblem({ status: 413, message: "the upload is larger than 25 MB" })).toBe("tooLarge")
    expect(galleryProblem({ status: 400, message: "photo is not an image that can be read (JPEG…)" })).toBe("notImage")
    expect(galleryProblem({ status: 400, message: "a product has at most 12 photos; it has 12" })).toBe("tooMany")
    expect(galleryProblem({ status: 404, message: "No such photo of this product: pph_1" })).toBe("photoGone")
    expect(galleryProblem({ status: 404, message: "No such product among this producer's products" })).toBe("notFound")
    const invalid = (m: string) => proposalProblem({ status: 400, message: `Invalid request: ${m}` })
    expect(invalid("Value for field 'variants, 0, price' too small, expected at least: '0'")).toBe("price")
    expect(invalid("Value for field 'variants' too small, expected at least: '1'")).toBe("variants")
    expect(invalid("Field 'title_en' is required")).toBe("missing")
    expect(proposalProblem({ status: 400, message: "title must contain letters or digits" })).toBe("titleLetters")
    expect(storyProblem({ status: 400, message: "Value for field 'story_vi' too big, expected at most: '3000'" })).toBe(
      "tooLong",
    )
    expect(storyProblem({ status: 500, message: "boom" })).toBe("failed")
    for (const messages of [vi, en]) {
      const pages = messages as unknown as Record<string, Record<string, Record<string, string>>>
      for (const key of GALLERY_PROBLEMS) expect(pages.ProducerGallery.problems[key], key).toBeTruthy()
      for (const key of GALLERY_DONE) expect(pages.ProducerGallery.done[key], key).toBeTruthy()
      for (const key of PROPOSAL_PROBLEMS) expect(pages.ProducerProposal.problems[key], key).toBeTruthy()
      for (const key of STORY_PROBLEMS) expect(pages.ProducerStall.problems[key], key).toBeTruthy()
      for (const key of STORY_DONE) expect(pages.ProducerStall.done[key], key).toBeTruthy()
    }
  })

  it("sends a proposal's typed rows only, prices as Vietnamese writes them", () => {
    const form = new FormData()
    for (const [k, v] of Object.entries({
      title: " Cà phê chồn ",
      title_en: "Weasel coffee",
      description: "Rang vừa",
      description_en: "",
      group_code: "I.6",
      variant_title_0: "Gói 250 g",
      variant_price_0: "180.000",
      variant_weight_0: "260",
      variant_title_1: "",
      variant_price_1: "",
      variant_title_2: "Gói 1 kg",
      variant_price_2: "-5",
    }))
      form.set(k, v)
    expect(proposalBody(form)).toEqual({
      title: "Cà phê chồn",
      title_en: "Weasel coffee",
      description: "Rang vừa",
      group_code: "I.6",
      variants: [
        { title: "Gói 250 g", price: 180_000, weight: 260 },
        { title: "Gói 1 kg", price: -5 },
      ],
    })
  })
})
