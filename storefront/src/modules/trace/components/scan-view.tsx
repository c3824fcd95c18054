import { calendarDay, starGlyphs, vietnamDayAndTime, type TraceView } from "@ocop/core"
import { getTranslations } from "next-intl/server"
import Image from "next/image"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { SalesPointEntries } from "@/modules/products/components/where-to-buy"
import { ReportCounterfeit } from "./report-counterfeit"
import { Verdict } from "./verdict"

/** The product's name in the page's language: the English title when there is one. */
export function productTitle(trace: TraceView, locale: Locale): string {
  return (locale === "en" && trace.product.title_en) || trace.product.title
}

const label = "text-stone-600"
const facts = "grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm"

/**
 * What a scanned package is: the verdict first, then the product, its certificate, its lot and
 * tests, its journey, the code's scans and where to buy it. Server-rendered only, so it reads the
 * same with JavaScript off and costs a phone on a weak connection no script. Under a warning nothing
 * reads as an all-clear: no stars by the name, the certificate shown as the product's (not this
 * package's), and no way to buy.
 */
export async function ScanView({ trace, locale }: { trace: TraceView; locale: Locale }) {
  const t = await getTranslations("Trace")
  const title = productTitle(trace, locale)
  const { product, producer, certificate, lot, scans } = trace
  const day = (date: string) => calendarDay(date, locale)
  const when = (instant: string) => {
    const at = vietnamDayAndTime(instant)
    return at ? t("dateTime", { date: day(at.day), time: at.time }) : instant
  }
  const firstScan = scans?.first_scanned_at ? vietnamDayAndTime(scans.first_scanned_at) : null
  const number = new Intl.NumberFormat(locale === "en" ? "en-GB" : "vi-VN")
  const warned = trace.warnings.length > 0
  return (
    <article className="mx-auto max-w-3xl space-y-8" data-testid="scan-view">
      <Verdict trace={trace} locale={locale} />

      <header className="flex items-start gap-4">
        {product.thumbnail && (
          <Image
            src={product.thumbnail}
            alt={title}
            width={320}
            height={320}
            preload
            sizes="(min-width: 640px) 10rem, 7rem"
            className="h-28 w-28 shrink-0 rounded-lg border border-stone-200 object-cover sm:h-40 sm:w-40"
          />
        )}
        <div className="space-y-1">
          <h1 className="text-2xl font-bold" data-testid="trace-title">
            {title}
          </h1>
          {/* Stars next to the name only while they hold, and never under a warning: a revoked 4★,
              or a forged label on a 4★ product, must not read as one. */}
          {certificate?.state === "active" && !warned && (
            <p className="font-semibold text-amber-800">
              <span aria-hidden>{starGlyphs(certificate.stars)}</span> {t("stars", { stars: certificate.stars })}
            </p>
          )}
          {producer && (
            <p>
              {t("producer")}:{" "}
              <Link href={`/producers/${producer.key}`} className="font-semibold underline" data-testid="producer-link">
                {producer.name}
              </Link>
            </p>
          )}
          {producer?.address && <p className="text-sm text-stone-600">{producer.address}</p>}
        </div>
      </header>

      <section aria-labelledby="trace-certificate" className="space-y-2">
        <h2 id="trace-certificate" className="text-xl font-semibold">
          {t("certificate")}
        </h2>
        {certificate && warned && (
          <p className="text-sm" data-testid="certificate-not-package">
            {t("certificateNotPackage")}
          </p>
        )}
        {certificate ? (
          <dl className={facts} data-testid="trace-certificate">
            <dt className={label}>{t("certificateNumber")}</dt>
            <dd>{certificate.number}</dd>
            <dt className={label}>{t("rank")}</dt>
            <dd>
              <span aria-hidden className="text-amber-800">
                {starGlyphs(certificate.stars)}
              </span>{" "}
              {t("rankValue", { stars: certificate.stars })}
            </dd>
            <dt className={label}>{t("state")}</dt>
            <dd className={warned ? undefined : "font-semibold"}>{t(`states.${certificate.state}`)}</dd>
            <dt className={label}>{t("validity")}</dt>
            <dd>{t("validityValue", { from: day(certificate.valid_from), until: day(certificate.valid_until) })}</dd>
            <dt className={label}>{t("decision")}</dt>
            <dd>{certificate.decision_number}</dd>
            <dt className={label}>{t("authority")}</dt>
            <dd>{certificate.authority}</dd>
            {certificate.status_decision_number && (
              <>
                <dt className={label}>{t(certificate.state === "suspended" ? "suspension" : "revocation")}</dt>
                <dd>
                  {certificate.status_decision_date
                    ? t("decisionOn", {
                        number: certificate.status_decision_number,
                        date: day(certificate.status_decision_date),
                      })
                    : certificate.status_decision_number}
                </dd>
              </>
            )}
          </dl>
        ) : (
          <p>{t("noCertificate")}</p>
        )}
      </section>

      {lot && (
        <section aria-labelledby="trace-lot" className="space-y-2">
          <h2 id="trace-lot" className="text-xl font-semibold">
            {t("lot")}
          </h2>
          <dl className={facts} data-testid="trace-lot">
            <dt className={label}>{t("lotCode")}</dt>
            <dd>{lot.code}</dd>
            <dt className={label}>{t("producedOn")}</dt>
            <dd>{day(lot.produced_on)}</dd>
            {lot.expires_on && (
              <>
                <dt className={label}>{t("expiresOn")}</dt>
                <dd>{day(lot.expires_on)}</dd>
              </>
            )}
            <dt className={label}>{t("quantity")}</dt>
            <dd>{number.format(lot.quantity)}</dd>
            {lot.origin && (
              <>
                <dt className={label}>{t("origin")}</dt>
                <dd>{lot.origin}</dd>
              </>
            )}
          </dl>
          <h3 id="trace-tests" className="pt-2 font-semibold">
            {t("tests")}
          </h3>
          {lot.tests.length ? (
            // One card per test, its facts stacked: a table of five columns does not fit a phone.
            <ul className="grid gap-3 sm:grid-cols-2" aria-labelledby="trace-tests" data-testid="trace-tests">
              {lot.tests.map((test, i) => (
                <li key={`${test.report_ref}-${i}`} className="rounded-lg border border-stone-200 p-3">
                  <p className="font-semibold">{test.name}</p>
                  <dl className={`${facts} mt-1`}>
                    <dt className={label}>{t("testResult")}</dt>
                    <dd>{test.result}</dd>
                    <dt className={label}>{t("testLab")}</dt>
                    <dd>{test.lab}</dd>
                    <dt className={label}>{t("testReport")}</dt>
                    <dd className="break-all">{test.report_ref}</dd>
                    <dt className={label}>{t("testDate")}</dt>
                    <dd>{test.tested_on ? day(test.tested_on) : "—"}</dd>
                  </dl>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm">{t("noTests")}</p>
          )}
        </section>
      )}

      {trace.journey.length > 0 && (
        <section aria-labelledby="trace-journey" className="space-y-2">
          <h2 id="trace-journey" className="text-xl font-semibold">
            {t("journey")}
          </h2>
          <p className="text-sm text-stone-600">{t("vietnamTime")}</p>
          <ol className="space-y-4 border-l-2 border-stone-300 pl-5" data-testid="trace-journey">
            {trace.journey.map((step, i) => (
              <li key={`${step.occurred_at}-${i}`} className="relative">
                <span aria-hidden className="absolute top-1.5 -left-[1.7rem] h-3 w-3 rounded-full bg-ocop-red" />
                <p className="font-semibold">{t(`steps.${step.type}`)}</p>
                <p className="text-sm">
                  <time dateTime={step.occurred_at}>{when(step.occurred_at)}</time> · {step.place}
                </p>
                <p className="text-sm text-stone-600">{t("actor", { actor: step.actor })}</p>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="trace-code" className="space-y-2">
        <h2 id="trace-code" className="text-xl font-semibold">
          {t("code")}
        </h2>
        <dl className={facts}>
          {trace.code.gtin && (
            <>
              <dt className={label}>{t("gtin")}</dt>
              <dd>{trace.code.gtin}</dd>
            </>
          )}
          {trace.code.serial && (
            <>
              <dt className={label}>{t("serial")}</dt>
              <dd data-testid="trace-serial">{trace.code.serial}</dd>
            </>
          )}
          <dt className={label}>{t("codePath")}</dt>
          <dd className="break-all">{trace.code.path}</dd>
        </dl>
        {scans && (
          <p className="text-sm" data-testid="trace-scans">
            {firstScan
              ? t("scans", { date: day(firstScan.day), count: scans.count })
              : t("scansUndated", { count: scans.count })}
          </p>
        )}
      </section>

      {/* Where to buy only for a code that checks out: under a warning, nothing sends the visitor
          to buy what this package claims to be. */}
      {trace.genuine && product.listed && (
        <section aria-labelledby="trace-buy" className="space-y-2" data-testid="where-to-buy">
          <h2 id="trace-buy" className="text-xl font-semibold">
            {t("whereToBuy")}
          </h2>
          <SalesPointEntries points={trace.sales_points} />
          <p>
            <Link
              href={`/products/${product.handle}`}
              className="inline-block rounded-lg bg-ocop-red px-4 py-2 font-semibold text-white hover:bg-red-900"
              data-testid="buy-online"
            >
              {t("buyOnline")}
            </Link>
          </p>
        </section>
      )}

      <ReportCounterfeit trace={trace} locale={locale} />
    </article>
  )
}
