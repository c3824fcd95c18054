import { Modules } from "@medusajs/framework/utils"
import { seedDemoShop } from "../../helpers/demo"
import { portalClient, type Who } from "../../helpers/portal"
import producersOfVerifiedBusinesses from "../../../src/migration-scripts/producers-of-verified-businesses"
import { producerOf } from "../../../src/workflows/producer/steps/producer-of"
import type { SuiteContext } from "../../helpers/runner"

/**
 * The producer workspace (docs/producers.md): an owner from the moment an official verifies a
 * producer's account, staff invited by e-mail, the guard that finds an account's membership on
 * every request, and officials' suspensions.
 */

/** producer-workspace: a suite of accounts.spec.ts, on the shared demo shop that file boots. */
export function producerWorkspaceSuite({ api, getContainer }: SuiteContext) {
  let shop: Awaited<ReturnType<typeof seedDemoShop>>
  const { official, call, ok, customer, business } = portalClient(api, getContainer, () => shop)

  beforeAll(async () => {
    shop = await seedDemoShop(getContainer(), api)
  })

  /** A producer's verified account (its owner signed in) for one of the demo's OCOP subjects. */
  const producer = async (tag: string, subjectKey: string) =>
    (await business(`chu-${tag}@example.vn`, `32007700${tag}`, "producer", subjectKey)).who

  /** The link of the last invitation e-mail sent to `email`, as the notification module recorded it. */
  async function invitation(email: string) {
    const sent = await getContainer()
      .resolve(Modules.NOTIFICATION)
      .listNotifications({ to: email, template: "producer-invite" }, { order: { created_at: "DESC" } })
    expect(sent.length).toBeGreaterThan(0)
    const url = new URL(String(sent[0].data?.accept_url))
    return { url, token: url.searchParams.get("token")!, data: sent[0].data! }
  }

  async function invite(owner: Who, email: string, locale = "vi") {
    await ok(owner, "POST", "/store/producer/invites", { email, locale })
    return invitation(email)
  }

  const accept = (who: Who, token: string) =>
    call(who, "POST", "/store/producer-invites/accept", { token, accept_operating_rules: true })

  it("makes the verified producer account its producer's owner, the demo's three included", async () => {
    const { producers } = await ok(official(), "GET", "/admin/producers")
    expect(
      producers.map((p: { owner_email: string; members_count: number; status: string }) => [
        p.owner_email,
        p.members_count,
        p.status,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ["tung-van@demo.ocop.local", 1, "active"],
        ["htx-khe-sanh@demo.ocop.local", 1, "active"],
        ["tu-phong@demo.ocop.local", 1, "active"],
      ]),
    )
    const owner = await producer("01", "kieu-tran-phat")
    const { workspace } = await ok(owner, "GET", "/store/producer")
    expect(workspace).toMatchObject({
      producer: { name: expect.stringMatching(/Kiều Trân Phát/), status: "active" },
      role: "owner",
      members: [{ email: "chu-01@example.vn", role: "owner", you: true }],
      invites: [],
    })
  })

  it("gives accounts verified before the workspace existed their owner on db:migrate, once", async () => {
    const producers = producerOf(getContainer())
    const [owner] = await producers.listProducerMembers({ email: "tung-van@demo.ocop.local" })
    // As a database migrated before the producer module: the demo's verified account has no producer.
    await producers.deleteProducerMembers([owner.id])
    await producers.deleteProducers([owner.producer_id])
    await producersOfVerifiedBusinesses({ container: getContainer() })
    await producersOfVerifiedBusinesses({ container: getContainer() })
    const owners = await producers.listProducerMembers({ email: "tung-van@demo.ocop.local" })
    expect(owners.map((m) => m.role)).toEqual(["owner"])
    const { producers: listed } = await ok(official(), "GET", "/admin/producers")
    expect(listed.filter((p: { owner_email: string }) => p.owner_email === "tung-van@demo.ocop.local")).toEqual([
      expect.objectContaining({ subject_name: expect.stringMatching(/Tùng Vân/), members_count: 1 }),
    ])
  })

  it("lets the invited e-mail accept once, and refuses another account, a used, expired or forged link", async () => {
    const owner = await producer("02", "bun-van-linh")
    const mail = await invite(owner, "nhan-vien-02@example.vn", "en")
    // The e-mail, in the language the owner chose, names the producer and links to the join page.
    expect(mail.url.pathname).toBe("/en/account/producer/join")
    expect(mail.data).toMatchObject({ producer_name: expect.stringMatching(/Vạn Linh/), locale: "en", role: "staff" })
    const invites = await producerOf(getContainer()).listProducerInvites({ email: "nhan-vien-02@example.vn" })
    expect(invites[0].token_hash).not.toContain(mail.token.split(".")[1])

    // Before accepting, the link names the producer and says whether it is for the account signed in.
    const preview = (who: Who, token: string) => call(who, "POST", "/store/producer-invites/preview", { token })
    const other = await customer("nguoi-khac-02@example.vn")
    const seen = await preview(other, mail.token)
    expect(seen.body).toMatchObject({
      producer: { name: expect.stringMatching(/Vạn Linh/) },
      state: "pending",
      for_you: false,
    })
    expect(JSON.stringify(seen.body)).not.toContain("nhan-vien-02")
    const wrong = await accept(other, mail.token)
    expect(wrong.status).toBe(403)
    expect(wrong.body.message).toMatch(/another e-mail address/)
    expect((await call(other, "GET", "/store/producer")).status).toBe(403)

    const forged = `${mail.token.split(".")[0]}.${"A".repeat(43)}`
    expect((await accept(other, forged)).status).toBe(404)
    expect((await accept(other, "pinv_nope")).status).toBe(404)

    // A member acts under the operating rules, whichever client accepts: refused without them.
    const staff = await customer("nhan-vien-02@example.vn")
    const unagreed = await call(staff, "POST", "/store/producer-invites/accept", { token: mail.token })
    expect(unagreed.status).toBe(400)
    expect(unagreed.body.message).toMatch(/accept_operating_rules/)
    expect((await preview(staff, mail.token)).body).toMatchObject({ state: "pending" })

    // Accepted twice at once: the link is spent by one of them only, and the rules agreed to once.
    const both = await Promise.all([accept(staff, mail.token), accept(staff, mail.token)])
    expect(both.map((r) => r.status).sort()).toEqual([200, 400])
    const rules = (await ok(staff, "GET", "/store/ocop/consents/me")).consents.filter(
      (c: { purpose: string }) => c.purpose === "operating_rules",
    )
    expect(rules).toEqual([expect.objectContaining({ channel: "producer_invite", policy_kind: "operating_rules" })])
    const joined = both.find((r) => r.status === 200)!
    expect(joined.body).toMatchObject({ producer: { name: expect.stringMatching(/Vạn Linh/) }, role: "staff" })
    expect((await preview(staff, mail.token)).body).toMatchObject({ state: "used", for_you: true })
    expect((await preview(staff, forged)).status).toBe(404)
    const used = await accept(staff, mail.token)
    expect(used.status).toBe(400)
    expect(used.body.message).toMatch(/used already/)

    // An expired link: the next invitation's clock is moved a week back.
    const late = await invite(owner, "tre-hen-02@example.vn")
    await producerOf(getContainer()).updateProducerInvites({
      id: late.token.split(".")[0],
      expires_at: new Date(Date.now() - 1000),
    })
    const expired = await accept(await customer("tre-hen-02@example.vn"), late.token)
    expect(expired.status).toBe(400)
    expect(expired.body.message).toMatch(/expired/)
  })

  it("shows staff the workspace but lets only the owner invite, revoke and remove; a removed member is refused at once", async () => {
    const owner = await producer("03", "pun-coffee")
    const staff = await customer("nhan-vien-03@example.vn")
    expect((await accept(staff, (await invite(owner, "nhan-vien-03@example.vn")).token)).status).toBe(200)
    const pending = (await ok(owner, "POST", "/store/producer/invites", { email: "cho-03@example.vn" })).invite

    const { workspace } = await ok(staff, "GET", "/store/producer")
    expect(workspace.role).toBe("staff")
    expect(workspace.members.map((m: { email: string; role: string }) => [m.email, m.role])).toEqual([
      ["chu-03@example.vn", "owner"],
      ["nhan-vien-03@example.vn", "staff"],
    ])
    expect(workspace.invites.map((i: { email: string }) => i.email)).toEqual(["cho-03@example.vn"])
    const ownerMember = workspace.members.find((m: { role: string }) => m.role === "owner")
    const staffMember = workspace.members.find((m: { role: string }) => m.role === "staff")
    for (const [method, path, body] of [
      ["POST", "/store/producer/invites", { email: "them-03@example.vn" }],
      ["DELETE", `/store/producer/invites/${pending.id}`, undefined],
      ["DELETE", `/store/producer/members/${ownerMember.id}`, undefined],
    ] as const) {
      const refused = await call(staff, method, path, body)
      expect({ path, status: refused.status, message: refused.body.message }).toEqual({
        path,
        status: 403,
        message: "Only the producer's owner can invite or remove staff",
      })
    }
    // The owner cannot remove itself; it revokes the pending invitation, whose link stops working.
    expect((await call(owner, "DELETE", `/store/producer/members/${ownerMember.id}`)).status).toBe(400)
    const revoked = await ok(owner, "DELETE", `/store/producer/invites/${pending.id}`)
    expect(revoked.workspace.invites).toEqual([])
    const revokedLink = (await invitation("cho-03@example.vn")).token
    expect((await accept(await customer("cho-03@example.vn"), revokedLink)).body.message).toMatch(/revoked/)

    const removed = await ok(owner, "DELETE", `/store/producer/members/${staffMember.id}`)
    expect(removed.workspace.members.map((m: { role: string }) => m.role)).toEqual(["owner"])
    const next = await call(staff, "GET", "/store/producer")
    expect({ status: next.status, message: next.body.message }).toEqual({
      status: 403,
      message: "This account does not act for a producer",
    })
  })

  it("refuses every member of a suspended producer with the official's reason, until restored", async () => {
    const owner = await producer("04", "tuan-linh")
    const staff = await customer("nhan-vien-04@example.vn")
    expect((await accept(staff, (await invite(owner, "nhan-vien-04@example.vn")).token)).status).toBe(200)
    const { producers } = await ok(official(), "GET", "/admin/producers")
    const mine = producers.find((p: { owner_email: string }) => p.owner_email === "chu-04@example.vn")
    expect(mine).toMatchObject({ subject_name: expect.stringMatching(/Tuấn Linh/), members_count: 2 })

    const noReason = await call(official(), "POST", `/admin/producers/${mine.id}/suspend`, { reason: " " })
    expect(noReason.status).toBe(400)
    expect(noReason.body.message).toMatch(/reason/)
    const reason = "Hồ sơ an toàn thực phẩm đang được xem xét lại"
    const suspended = await ok(official(), "POST", `/admin/producers/${mine.id}/suspend`, { reason })
    expect(suspended.producer).toMatchObject({ status: "suspended", suspension_reason: reason })
    for (const who of [owner, staff]) {
      const refused = await call(who, "GET", "/store/producer")
      expect(refused.status).toBe(403)
      expect(refused.body).toMatchObject({
        code: "producer_suspended",
        reason,
        producer: { name: mine.subject_name },
      })
      expect(refused.body.message).toContain(reason)
    }
    expect((await call(owner, "POST", "/store/producer/invites", { email: "x-04@example.vn" })).status).toBe(403)
    expect((await call(official(), "POST", `/admin/producers/${mine.id}/suspend`, { reason })).status).toBe(400)
    expect(
      (await ok(official(), "GET", "/admin/producers?status=suspended")).producers.map((p: { id: string }) => p.id),
    ).toEqual([mine.id])

    await ok(official(), "POST", `/admin/producers/${mine.id}/restore`, {})
    expect((await call(owner, "GET", "/store/producer")).status).toBe(200)
    expect((await call(staff, "GET", "/store/producer")).status).toBe(200)
    const history = await producerOf(getContainer()).listProducerAccessChanges({ producer_id: mine.id })
    expect(history.map((h) => [h.action, h.reason])).toEqual(
      expect.arrayContaining([
        ["suspend", reason],
        ["restore", null],
      ]),
    )
  })

  it("answers anonymous callers 401, and keeps producer A's owner out of producer B's members and invitations (404)", async () => {
    for (const [method, path] of [
      ["GET", "/store/producer"],
      ["POST", "/store/producer/invites"],
      ["DELETE", "/store/producer/members/pmem_x"],
      ["POST", "/store/producer-invites/accept"],
    ])
      expect({ path, status: (await call({}, method, path, method === "POST" ? {} : undefined)).status }).toEqual({
        path,
        status: 401,
      })
    // An official's token is not a customer's session.
    expect((await call(official(), "GET", "/store/producer")).status).toBe(401)

    const ownerA = await producer("05", "an-xuan")
    const ownerB = await producer("06", "tieu-cua")
    const staffB = await customer("nhan-vien-06@example.vn")
    expect((await accept(staffB, (await invite(ownerB, "nhan-vien-06@example.vn")).token)).status).toBe(200)
    const pendingB = (await ok(ownerB, "POST", "/store/producer/invites", { email: "cho-06@example.vn" })).invite
    const b = (await ok(ownerB, "GET", "/store/producer")).workspace
    const staffMemberB = b.members.find((m: { role: string }) => m.role === "staff")

    const a = (await ok(ownerA, "GET", "/store/producer")).workspace
    expect(a.members.map((m: { email: string }) => m.email)).toEqual(["chu-05@example.vn"])
    expect(a.invites).toEqual([])
    expect((await call(ownerA, "DELETE", `/store/producer/members/${staffMemberB.id}`)).status).toBe(404)
    expect((await call(ownerA, "DELETE", `/store/producer/invites/${pendingB.id}`)).status).toBe(404)
    // B's member and invitation are untouched.
    const after = (await ok(ownerB, "GET", "/store/producer")).workspace
    expect(after.members.length).toBe(2)
    expect(after.invites.map((i: { id: string }) => i.id)).toEqual([pendingB.id])
    // A staff member of B cannot be made staff of A as well: an account acts for one producer.
    const dual = await accept(staffB, (await invite(ownerA, "nhan-vien-06@example.vn")).token)
    expect(dual.status).toBe(422)
  })

  it("closes a producer's workspace when an official releases its account", async () => {
    const registered = await business("chu-07@example.vn", "3200770007", "producer", "hung-dung")
    expect((await call(registered.who, "GET", "/store/producer")).status).toBe(200)
    await ok(official(), "POST", `/admin/trade/businesses/${registered.id}/release`, { reason: "Không phải chủ thể" })
    expect((await call(registered.who, "GET", "/store/producer")).status).toBe(403)
  })

  it("refuses bad input with a 4xx and a message, never a 5xx", async () => {
    const owner = await producer("08", "mai-thi-thuy")
    const cases: [string, string, unknown][] = [
      ["POST", "/store/producer/invites", { email: "not-an-email" }],
      ["POST", "/store/producer/invites", { email: "a@example.vn", role: "owner" }],
      ["POST", "/store/producer/invites", { email: "a@example.vn", locale: "fr" }],
      ["POST", "/store/producer/invites", { email: `${"x".repeat(300)}@example.vn` }],
      ["POST", "/store/producer/invites", { email: "a@example.vn", note: "x".repeat(12 * 1024 * 1024) }],
      ["POST", "/store/producer/invites", { email: "chu-08@example.vn" }],
      ["POST", "/store/producer-invites/accept", { token: "x".repeat(5000) }],
      ["POST", "/store/producer-invites/accept", { token: "pinv_01.abc", extra: 1 }],
      ["DELETE", "/store/producer/members/%ff", undefined],
      ["POST", `/admin/producers/pdr_nope/suspend`, { reason: "x" }],
      ["POST", `/admin/producers/pdr_nope/suspend`, { reason: "x".repeat(2000) }],
      ["GET", "/admin/producers?status=closed", undefined],
    ]
    for (const [method, path, body] of cases) {
      const who = path.startsWith("/admin") ? official() : owner
      const reply = await call(who, method, path, body)
      expect({ path, client: reply.status >= 400 && reply.status < 500, message: typeof reply.body.message }).toEqual({
        path,
        client: true,
        message: "string",
      })
    }
    expect((await ok(owner, "GET", "/store/producer")).workspace.invites).toEqual([])
  })
}
