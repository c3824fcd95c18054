import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { logout } from "@/lib/actions/account"
import { acceptInvite } from "@/lib/actions/producer/workspace"
import { retrieveCustomer } from "@/lib/data/customer"
import { consentVersions } from "@/lib/data/policies"
import { previewInvite } from "@/lib/data/producer"
import { ConsentFields } from "@/modules/policies/components/consent-fields"
import { signInPath } from "@/lib/next-path"
import { knownKey, PRODUCER_PROBLEMS } from "@/modules/producer/refusal"
import { cardClass, primaryButton } from "@/modules/trade/styles"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<{ token?: string | string[]; problem?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    title: (await getTranslations({ locale, namespace: "ProducerWorkspace" }))("joinTitle"),
    robots: { index: false },
  }
}

/** Only what a token can hold (base64url, the id's letters and the dot), so the address stays a safe `?next=`. */
const tokenOf = (raw: unknown) => (typeof raw === "string" && /^[A-Za-z0-9_.-]{1,200}$/.test(raw) ? raw : null)

/**
 * An invitation e-mail's link. A signed-out visitor signs in (or registers) first and comes back
 * here; the form then accepts for the signed-in account, which must hold the invited address.
 */
export default async function JoinProducerPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = await searchParams
  const token = tokenOf(query.token)
  const here = `/${locale}/account/producer/join${token ? `?token=${token}` : ""}`
  const customer = await retrieveCustomer()
  if (!customer) redirect(signInPath(locale, here))
  const [t, preview, versions] = await Promise.all([
    getTranslations("ProducerWorkspace"),
    token ? previewInvite(token) : Promise.resolve(null),
    consentVersions(),
  ])
  // What the link says before anything is pressed: no link, a refused one, or another account's.
  const offer = preview && !("problem" in preview) ? preview : null
  const refusal =
    preview && "problem" in preview
      ? preview.problem
      : offer && offer.state !== "pending"
        ? offer.state
        : offer && !offer.for_you
          ? "wrongAccount"
          : null
  const problem = knownKey(query.problem, PRODUCER_PROBLEMS) ?? refusal
  return (
    <section className="space-y-6" data-testid="producer-join">
      <header className="space-y-1">
        <Link href="/account" className="text-sm underline">
          ← {t("account")}
        </Link>
        <h1 className="text-2xl font-bold">{t("joinTitle")}</h1>
      </header>
      {problem && problem !== "rulesRequired" && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-red-900"
          data-testid="producer-problem"
        >
          {t(`problems.${problem}`)}
        </p>
      )}
      {token ? (
        <div className={`${cardClass} space-y-3`}>
          {offer?.producer.name && (
            <p className="font-semibold break-words" data-testid="producer-offer">
              {t("joinProducer", { name: offer.producer.name })}
            </p>
          )}
          <p>{t("joinIntro")}</p>
          <p className="break-all text-sm text-stone-700">{t("joinAs", { email: customer.email })}</p>
          {!refusal && (
            <form action={acceptInvite} className="space-y-3">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="token" value={token} />
              <ConsentFields
                versions={versions}
                purposes="rules"
                idPrefix="producer"
                missing={problem === "rulesRequired"}
              />
              <button type="submit" className={primaryButton} data-testid="producer-accept">
                {t("accept")}
              </button>
            </form>
          )}
          {problem === "wrongAccount" && (
            <form action={logout}>
              <input type="hidden" name="locale" value={locale} />
              <button className="text-sm font-semibold underline">
                {(await getTranslations("Account"))("logout")}
              </button>
            </form>
          )}
        </div>
      ) : (
        <p className={cardClass}>{t("noToken")}</p>
      )}
    </section>
  )
}
