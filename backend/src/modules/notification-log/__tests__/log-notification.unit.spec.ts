import type { Logger } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { LogNotificationService, maskedRecipient } from "../service"

describe("the notification provider that logs instead of sending", () => {
  it("logs the template and a masked recipient, never the e-mail's data", async () => {
    const lines: string[] = []
    const logger = { info: (line: string) => lines.push(line) } as unknown as Logger
    const provider = new LogNotificationService({ logger })
    await provider.send({
      to: "khach-hang@example.vn",
      channel: "email",
      template: "password-reset",
      data: { reset_url: "https://shop.example/reset?token=secret-123", name: "Nguyễn Văn Thử", phone: "+84912345678" },
    })
    expect(lines).toEqual([
      'notification email "password-reset" to k…@example.vn (not sent: no e-mail service configured)',
    ])
    for (const secret of ["secret-123", "Nguyễn", "+8491", "khach-hang"]) expect(lines[0]).not.toContain(secret)
  })

  it("masks phone numbers too", () => {
    expect(maskedRecipient("+84912345678")).toBe("…678")
  })
})
