import { describe, expect, it } from "vitest"
import { foldVietnamese, isHandle, toHandle, toneWords } from "../text"

describe("Vietnamese text folding", () => {
  it("removes tone and vowel marks and maps đ", () => {
    expect(foldVietnamese("Nước mắm Tùng Vân")).toBe("Nuoc mam Tung Van")
    expect(foldVietnamese("Đũa gỗ Quảng Thủy")).toBe("Dua go Quang Thuy")
    expect(foldVietnamese("Cà phê Khe Sanh ỮỰỬ")).toBe("Ca phe Khe Sanh UUU")
  })

  it("keeps precomposed and decomposed input equal", () => {
    expect(foldVietnamese("mè".normalize("NFD"))).toBe(foldVietnamese("mè".normalize("NFC")))
  })
})

describe("tone words", () => {
  it("are the distinct lower-case words that carry marks, in NFC", () => {
    expect(toneWords("Kẹo mè xửng, MÈ rang; me chua")).toEqual(["kẹo", "mè", "xửng"])
    expect(toneWords("Đen đen")).toEqual(["đen"])
    expect(toneWords("mè".normalize("NFD"))).toEqual(["mè".normalize("NFC")])
  })

  it("are empty for text typed without marks", () => {
    expect(toneWords("me xung 3 sao")).toEqual([])
    expect(toneWords("")).toEqual([])
  })
})

describe("URL handles", () => {
  it("are ASCII kebab case", () => {
    expect(toHandle("Hạt tiêu Cùa")).toBe("hat-tieu-cua")
    expect(toHandle("  Cao cà gai leo – giải độc gan ")).toBe("cao-ca-gai-leo-giai-doc-gan")
    expect(isHandle("hat-tieu-cua")).toBe(true)
    expect(isHandle("hạt-tiêu")).toBe(false)
    expect(isHandle("-a")).toBe(false)
  })

  it("refuse text with nothing to keep", () => {
    expect(() => toHandle("★★★")).toThrow(/cannot make a URL handle/)
  })
})
