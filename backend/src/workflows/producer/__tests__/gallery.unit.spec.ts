import { describe, expect, it } from "vitest"
import { droppedFiles, galleryOf, imageOfPhoto, planGallery, type GalleryPhoto } from "../gallery"

const photo = (id: string, files: string[] = [`${id}-400`, `${id}-1600`], image_id?: string): GalleryPhoto => ({
  id,
  url: `https://files.example/${id}-1600.webp`,
  widths: [],
  file_ids: files,
  ...(image_id ? { image_id } : {}),
})
const drawing = {
  id: "img_seed",
  url: "https://files.example/seed.webp",
  widths: [],
  file_ids: [],
  image_id: "img_seed",
}

describe("a product's gallery", () => {
  it("reads Medusa images in rank order, a producer's photo by its own id, another picture by its image id", () => {
    const gallery = galleryOf([
      { id: "img_2", url: "b", rank: 1, metadata: { photo_id: "pph_b", file_ids: ["f1"], widths: [] } },
      { id: "img_1", url: "a", rank: 0, metadata: null },
    ])
    expect(gallery.map((p) => [p.id, p.image_id, p.file_ids])).toEqual([
      ["img_1", "img_1", []],
      ["pph_b", "img_2", ["f1"]],
    ])
    expect(imageOfPhoto(gallery[0])).toEqual({ id: "img_1", url: "a" })
    expect(imageOfPhoto(photo("pph_new"))).toMatchObject({ url: expect.any(String), metadata: { photo_id: "pph_new" } })
  })

  it("adds after the others, arranges by id, and names the files nothing holds any more", () => {
    const a = photo("pph_a", undefined, "img_a")
    const live = [drawing, a]
    expect(planGallery({ live, held: null }, { add: [photo("pph_b")] }, false).live!.map((p) => p.id)).toEqual([
      "img_seed",
      "pph_a",
      "pph_b",
    ])
    const arranged = planGallery({ live, held: null }, { arrange: ["pph_a"] }, false)
    expect([arranged.live!.map((p) => p.id), arranged.drop_files]).toEqual([["pph_a"], []])
    expect(planGallery({ live, held: null }, { arrange: [] }, false).drop_files).toEqual(a.file_ids)
    expect(() => planGallery({ live, held: null }, { arrange: ["pph_gone"] }, false)).toThrow(/No such photo/)
    const full = Array.from({ length: 12 }, (_, i) => photo(`pph_${i}`))
    expect(() => planGallery({ live: full, held: null }, { add: [photo("pph_x")] }, false)).toThrow(/at most 12/)
  })

  it("in review mode changes the waiting gallery only; accepting it drops what it left out, returning what it added", () => {
    const a = photo("pph_a", undefined, "img_a")
    const held = planGallery({ live: [a], held: null }, { add: [photo("pph_b")] }, true)
    expect([held.live, held.held!.map((p) => p.id), held.drop_files]).toEqual([null, ["pph_a", "pph_b"], []])
    // A photo added for the review and removed before it is answered was never shown: its files go.
    const again = planGallery({ live: [a], held: held.held }, { arrange: ["pph_a"] }, true)
    expect(again.drop_files).toEqual(["pph_b-400", "pph_b-1600"])
    const accepted = planGallery({ live: [a], held: [photo("pph_b")] }, { accept: [photo("pph_b")] }, false)
    expect([accepted.live!.map((p) => p.id), accepted.drop_files]).toEqual([["pph_b"], a.file_ids])
    expect(droppedFiles([[photo("pph_b")]], [[a]])).toEqual(["pph_b-400", "pph_b-1600"])
  })

  it("makes a new image of a photo whose image an official removed meanwhile", () => {
    const plan = planGallery(
      { live: [], held: [photo("pph_a", undefined, "img_gone")] },
      { accept: [photo("pph_a", undefined, "img_gone")] },
      false,
    )
    expect(plan.live![0].image_id).toBeUndefined()
  })
})
