import { describe, expect, it } from "vitest"
import { gs1LinksetProblems } from "../support/gs1-linkset"

const good = () => ({
  linkset: [
    {
      anchor: "https://shop.example/01/08930000001054",
      itemDescription: "Nước mắm",
      "https://gs1.org/voc/defaultLink": [{ href: "https://shop.example/vi/01/08930000001054", title: "Nước mắm" }],
      "https://gs1.org/voc/pip": [
        { href: "https://shop.example/vi/products/x", title: "Nước mắm", type: "text/html", hreflang: ["vi"] },
      ],
    },
  ],
})

describe("the GS1 linkset checks", () => {
  it("pass a conformant linkset", () => {
    expect(gs1LinksetProblems(good())).toEqual([])
  })

  it("find what each broken linkset breaks (negative controls)", () => {
    const cases: [string, (d: ReturnType<typeof good>) => unknown, RegExp][] = [
      [
        "no item description",
        (d) => (delete (d.linkset[0] as Record<string, unknown>).itemDescription, d),
        /itemDescription/,
      ],
      [
        "a CURIE key",
        (d) => (((d.linkset[0] as Record<string, unknown>)["gs1:pip"] = []), d),
        /neither a full link-type URI/,
      ],
      [
        "a link without title",
        (d) => (delete (d.linkset[0]["https://gs1.org/voc/pip"][0] as Record<string, unknown>).title, d),
        /title is missing/,
      ],
      [
        "an unknown member",
        (d) => (((d.linkset[0]["https://gs1.org/voc/pip"][0] as Record<string, unknown>).rel = "x"), d),
        /does not allow: rel/,
      ],
      [
        "a bad language tag",
        (d) => ((d.linkset[0]["https://gs1.org/voc/pip"][0].hreflang = ["vietnamese"]), d),
        /hreflang/,
      ],
      [
        "a default link with a type",
        (d) => (
          ((d.linkset[0]["https://gs1.org/voc/defaultLink"][0] as Record<string, unknown>).type = "text/html"),
          d
        ),
        /default link carries/,
      ],
      [
        "a top-level @context",
        (d) => (((d as Record<string, unknown>)["@context"] = {}), d),
        /does not allow: @context/,
      ],
    ]
    for (const [name, breakIt, expected] of cases)
      expect(gs1LinksetProblems(breakIt(good())).join("\n"), name).toMatch(expected)
  })
})
