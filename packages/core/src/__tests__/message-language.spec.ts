import { describe, expect, it } from "vitest"
import { messageLanguage } from "../message-language"
import { storefrontPageUrl } from "../storefront-pages"

describe("messageLanguage", () => {
  it("takes the first choice that names Vietnamese or English, whatever its form", () => {
    expect(messageLanguage("en-US")).toBe("en")
    expect(messageLanguage("EN")).toBe("en")
    expect(messageLanguage("vi-VN", "en")).toBe("vi")
    expect(messageLanguage(null, undefined, "", "en_GB")).toBe("en")
    expect(messageLanguage("fr-FR", "en")).toBe("en")
  })

  it("writes Vietnamese when nothing is known", () => {
    expect(messageLanguage()).toBe("vi")
    expect(messageLanguage(null, 42, {}, "de")).toBe("vi")
    expect(messageLanguage("english")).toBe("vi")
  })
})

describe("storefrontPageUrl", () => {
  it("puts the page under the language, whatever the base's trailing slash", () => {
    expect(storefrontPageUrl("https://shop.example/", "en", "complaints")).toBe(
      "https://shop.example/en/policies/returns",
    )
    expect(storefrontPageUrl("http://localhost:8000", "vi", "orderLookup", { number: 42 })).toBe(
      "http://localhost:8000/vi/order/lookup?number=42",
    )
  })
})
