import { describe, expect, it } from "vitest"
import vi from "../../../../messages/vi.json"
import en from "../../../../messages/en.json"
import { knownKey, PRODUCER_DONE, PRODUCER_PROBLEMS, producerProblem } from "../refusal"

describe("the producer workspace's refusals", () => {
  it("reads the API's refusals into sentences the page has in both languages", () => {
    expect(producerProblem({ status: 400, message: "Invalid request: email is not an e-mail address" })).toBe(
      "emailInvalid",
    )
    expect(
      producerProblem({
        status: 403,
        message: "This invitation was sent to another e-mail address; sign in with that address to accept it",
      }),
    ).toBe("wrongAccount")
    expect(producerProblem({ status: 400, message: "This invitation has been used already" })).toBe("used")
    expect(producerProblem({ status: 404, message: "No member pmem_1" })).toBe("notFound")
    expect(producerProblem({ status: 500, message: "boom" })).toBe("failed")
    for (const messages of [vi, en])
      for (const key of [...PRODUCER_PROBLEMS, ...PRODUCER_DONE.map((d) => `done_${d}`)]) {
        const [group, name] = key.startsWith("done_") ? ["done", key.slice(5)] : ["problems", key]
        expect(
          (messages.ProducerWorkspace as unknown as Record<string, Record<string, string>>)[group][name],
          key,
        ).toBeTruthy()
      }
  })

  it("keeps from the address only the keys the page knows", () => {
    expect(knownKey("used", PRODUCER_PROBLEMS)).toBe("used")
    expect(knownKey("<script>", PRODUCER_PROBLEMS)).toBeNull()
    expect(knownKey(["used"], PRODUCER_PROBLEMS)).toBeNull()
  })
})
