import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { inviteStaff, removeMember, revokeInvite } from "@/lib/actions/producer/workspace"
import { retrieveCustomer } from "@/lib/data/customer"
import { getWorkspace } from "@/lib/data/producer"
import { countWaitingOrders } from "@/lib/data/producer-orders"
import { signInPath } from "@/lib/next-path"
import { knownKey, PRODUCER_DONE, PRODUCER_PROBLEMS } from "@/modules/producer/refusal"
import { cardClass, dangerButton, inputClass, primaryButton } from "@/modules/trade/styles"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<{ done?: string | string[]; problem?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    title: (await getTranslations({ locale, namespace: "ProducerWorkspace" }))("title"),
    robots: { index: false },
  }
}

/**
 * The producer workspace: the producer, the visitor's role, its members and pending invitations;
 * the owner invites, revokes and removes here. Plain forms posting to server actions, so it works
 * with JavaScript off; what happened comes back in the address (`?done=` or `?problem=`).
 */
export default async function ProducerWorkspacePage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const customer = await retrieveCustomer()
  if (!customer) redirect(signInPath(locale, `/${locale}/account/producer`))
  const [t, state, query, waiting] = await Promise.all([
    getTranslations("ProducerWorkspace"),
    getWorkspace(),
    searchParams,
    countWaitingOrders(),
  ])
  const done = knownKey(query.done, PRODUCER_DONE)
  const problem = knownKey(query.problem, PRODUCER_PROBLEMS)
  const date = (iso: string) => new Date(iso).toLocaleDateString(locale === "en" ? "en-GB" : "vi-VN")

  return (
    <section className="space-y-6" data-testid="producer-workspace">
      <header className="space-y-1">
        <Link href="/account" className="text-sm underline">
          ← {t("account")}
        </Link>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
      </header>
      {done && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3" data-testid="producer-done">
          {t(`done.${done}`)}
        </p>
      )}
      {problem && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-red-900"
          data-testid="producer-problem"
        >
          {t(`problems.${problem}`)}
        </p>
      )}
      {state.kind === "none" && (
        <div className={cardClass} data-testid="producer-none">
          <p className="font-semibold">{t("none")}</p>
          <p className="text-sm text-stone-700">{t("noneHint")}</p>
        </div>
      )}
      {state.kind === "suspended" && (
        <div role="alert" className="rounded border border-amber-400 bg-amber-50 p-4" data-testid="producer-suspended">
          <h2 className="font-semibold">{t("suspendedTitle")}</h2>
          <p className="break-words">{t("suspended", { reason: state.reason })}</p>
        </div>
      )}
      {state.kind === "member" && (
        <Link
          href="/account/producer/orders"
          className="block font-semibold underline"
          data-testid="producer-orders-link"
        >
          {waiting === null
            ? (await getTranslations("ProducerOrders"))("openPlain")
            : (await getTranslations("ProducerOrders"))("open", { count: waiting })}
        </Link>
      )}
      {state.kind === "member" && (
        <Link
          href="/account/producer/returns"
          className="block font-semibold underline"
          data-testid="producer-returns-link"
        >
          {(await getTranslations("ProducerReturns"))("open")}
        </Link>
      )}
      {state.kind === "member" && (
        <Link
          href="/account/producer/statements"
          className="block font-semibold underline"
          data-testid="producer-statements-link"
        >
          {(await getTranslations("ProducerStatements"))("open")}
        </Link>
      )}
      {state.kind === "member" && (
        <Link
          href="/account/producer/stock"
          className="block font-semibold underline"
          data-testid="producer-stock-link"
        >
          {(await getTranslations("ProducerStock"))("open")}
        </Link>
      )}
      {state.kind === "member" && (
        <Link
          href="/account/producer/reviews"
          className="block font-semibold underline"
          data-testid="producer-reviews-link"
        >
          {(await getTranslations("Reviews"))("producerLink")}
        </Link>
      )}
      {state.kind === "member" && (
        <Link
          href="/account/producer/stall"
          className="block font-semibold underline"
          data-testid="producer-stall-link"
        >
          {(await getTranslations("ProducerStall"))("open")}
        </Link>
      )}
      {state.kind === "member" && (
        <Link
          href="/account/producer/products"
          className="block font-semibold underline"
          data-testid="producer-products-link"
        >
          {(await getTranslations("ProducerCatalogue"))("open")}
        </Link>
      )}
      {state.kind === "member" && (
        <Workspace locale={locale} state={state} owner={state.workspace.role === "owner"} date={date} t={t} />
      )}
    </section>
  )
}

type WorkspaceProps = {
  locale: Locale
  state: Extract<Awaited<ReturnType<typeof getWorkspace>>, { kind: "member" }>
  owner: boolean
  date: (iso: string) => string
  t: (key: string, values?: Record<string, string>) => string
}

function Workspace({ locale, state: { workspace }, owner, date, t }: WorkspaceProps) {
  const hidden = (id: string) => (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
    </>
  )
  return (
    <>
      <div className="space-y-1">
        <h2 className="text-xl font-semibold break-words" data-testid="producer-name">
          {workspace.producer.name}
        </h2>
        <p data-testid="producer-role">{t("role", { role: t(`roles.${workspace.role}`) })}</p>
        <p className="text-sm text-stone-700">{t("intro")}</p>
      </div>
      <section className="space-y-2" aria-labelledby="members">
        <h3 id="members" className="text-lg font-semibold">
          {t("members")}
        </h3>
        <ul
          className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white"
          data-testid="producer-members"
        >
          {workspace.members.map((m) => (
            <li key={m.id} className="space-y-1 p-3" data-testid="producer-member">
              <p className="break-all font-semibold">
                {m.email} {m.you && <span className="font-normal text-stone-600">{t("you")}</span>}
              </p>
              <p className="text-sm text-stone-700">
                {t(`roles.${m.role}`)} · {t("joined", { date: date(m.joined_at) })}
              </p>
              {owner && m.role === "staff" && (
                <form action={removeMember}>
                  {hidden(m.id)}
                  <button type="submit" className={dangerButton}>
                    {t("remove")}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="space-y-2" aria-labelledby="invites">
        <h3 id="invites" className="text-lg font-semibold">
          {t("invites")}
        </h3>
        {workspace.invites.length ? (
          <ul
            className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white"
            data-testid="producer-invites"
          >
            {workspace.invites.map((i) => (
              <li key={i.id} className="space-y-1 p-3" data-testid="producer-invite">
                <p className="break-all font-semibold">{i.email}</p>
                <p className="text-sm text-stone-700">{t("expires", { date: date(i.expires_at) })}</p>
                {owner && (
                  <form action={revokeInvite}>
                    {hidden(i.id)}
                    <button type="submit" className={dangerButton}>
                      {t("revoke")}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-700">{t("noInvites")}</p>
        )}
      </section>
      {owner && (
        <form action={inviteStaff} className={`${cardClass} space-y-3`} data-testid="producer-invite-form">
          <h3 className="text-lg font-semibold">{t("inviteTitle")}</h3>
          <p className="text-sm text-stone-700">{t("inviteHint")}</p>
          <input type="hidden" name="locale" value={locale} />
          <div className="space-y-1">
            <label htmlFor="invite-email" className="block font-semibold">
              {t("email")}
            </label>
            <input id="invite-email" name="email" type="email" required maxLength={254} className={inputClass} />
          </div>
          <div className="space-y-1">
            <label htmlFor="invite-locale" className="block font-semibold">
              {t("mailLanguage")}
            </label>
            <select id="invite-locale" name="invite_locale" defaultValue={locale} className={inputClass}>
              <option value="vi">{t("languages.vi")}</option>
              <option value="en">{t("languages.en")}</option>
            </select>
          </div>
          <button type="submit" className={primaryButton}>
            {t("send")}
          </button>
        </form>
      )}
    </>
  )
}
