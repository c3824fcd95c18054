import { describe, expect, it } from "vitest"
import { mapLink } from "../map-link"

describe("mapLink", () => {
  it("points the map at a sales point's coordinates", () => {
    expect(mapLink({ address: "Cửa Tùng", latitude: 17.0123456, longitude: 107.1 })).toBe(
      "https://www.openstreetmap.org/?mlat=17.01235&mlon=107.10000#map=17/17.01235/107.10000",
    )
  })
  it("searches the address when the coordinates are not known", () => {
    expect(mapLink({ address: "Số 1 Lê Duẩn, Đông Hà", latitude: null, longitude: 107 })).toBe(
      "https://www.openstreetmap.org/search?query=S%E1%BB%91%201%20L%C3%AA%20Du%E1%BA%A9n%2C%20%C4%90%C3%B4ng%20H%C3%A0",
    )
  })
})
