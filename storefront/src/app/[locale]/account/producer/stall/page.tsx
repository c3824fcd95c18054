import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { PRODUCER_STORY_MAX } from "@ocop/core"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { saveStory } from "@/lib/actions/producer/stall"
import { retrieveCustomer } from "@/lib/data/customer"
import { getProducerStall } from "@/lib/data/producer-stall"
import { signInPath } from "@/lib/next-path"
import { AccessNotice, Outcome } from "@/modules/producer/components/access-notice"
import { knownKey } from "@/modules/producer/refusal"
import { STORY_DONE, STORY_PROBLEMS } from "@/modules/producer/stall-refusal"
import { cardClass, inputClass, primaryButton } from "@/modules/trade/styles"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<{ done?: string | string[]; problem?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    title: (await getTranslations({ locale, namespace: "ProducerStall" }))("title"),
    robots: { index: false },
  }
}

/**
 * The producer's stall as its members keep it: the story shoppers read on the public page and on
 * every product page, in Vietnamese and English, in a plain form (works with JavaScript off), and
 * the way to the public page. Saved stories show at once.
 */
export default async function ProducerStallPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  if (!(await retrieveCustomer())) redirect(signInPath(locale, `/${locale}/account/producer/stall`))
  const [t, state, query] = await Promise.all([getTranslations("ProducerStall"), getProducerStall(), searchParams])
  const done = knownKey(query.done, STORY_DONE)
  const problem = knownKey(query.problem, STORY_PROBLEMS)
  return (
    <section className="space-y-6" data-testid="producer-stall">
      <header className="space-y-1">
        <Link href="/account/producer" className="text-sm underline">
          ← {t("workspace")}
        </Link>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
      </header>
      <AccessNotice state={state} none={t("none")} suspended={(reason) => t("suspended", { reason })} />
      {state.kind === "member" && (
        <>
          <p className="text-sm text-stone-700">{t("intro")}</p>
          {state.stall.products_listed > 0 ? (
            <Link
              href={`/producers/${state.stall.key}`}
              className="block font-semibold break-words underline"
              data-testid="producer-stall-public"
            >
              {t("public", { name: state.stall.name })}
            </Link>
          ) : (
            <p className="text-sm text-stone-700">{t("notPublic")}</p>
          )}
          <Outcome
            done={done && t(`done.${done}`)}
            problem={problem && t(`problems.${problem}`)}
            testId="producer-stall"
          />
          <form action={saveStory} className={`${cardClass} space-y-3`}>
            <input type="hidden" name="locale" value={locale} />
            {(["story_vi", "story_en"] as const).map((name) => (
              <div key={name} className="space-y-1">
                <label htmlFor={name} className="block text-sm font-semibold">
                  {t(name)}
                </label>
                <textarea
                  id={name}
                  name={name}
                  rows={6}
                  maxLength={PRODUCER_STORY_MAX}
                  defaultValue={state.stall[name] ?? ""}
                  className={inputClass}
                />
              </div>
            ))}
            <p className="text-xs text-stone-600">{t("storyHint", { max: PRODUCER_STORY_MAX })}</p>
            <button type="submit" className={primaryButton}>
              {t("save")}
            </button>
          </form>
        </>
      )}
    </section>
  )
}
