import { describe, expect, it } from "vitest"
import { photoSrcSet, photoWidthsOf } from "../http/producer-stall"

describe("a producer's photo widths", () => {
  it("reads the stored widths from an image's metadata, narrowest first, and writes them as a srcset", () => {
    const widths = photoWidthsOf({
      photo_id: "pph_1",
      file_ids: [],
      widths: [
        { width: 1600, height: 1200, url: "https://f/1600.webp" },
        { width: 400, height: 300, url: "https://f/400.webp" },
      ],
    })
    expect(photoSrcSet(widths)).toBe("https://f/400.webp 400w, https://f/1600.webp 1600w")
  })

  it("gives nothing for a picture not uploaded by a producer, or metadata of another shape", () => {
    expect(photoWidthsOf(null)).toEqual([])
    expect(photoWidthsOf({ seed: "demo" })).toEqual([])
    expect(photoWidthsOf({ widths: [{ width: "400", url: 5 }, null] })).toEqual([])
  })
})
