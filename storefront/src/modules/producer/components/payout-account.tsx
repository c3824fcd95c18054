import { bankName, VIETQR_BANKS, type PayoutAccountView } from "@ocop/core"
import { setPayoutAccount } from "@/lib/actions/producer/payout"
import { cardClass, inputClass, primaryButton } from "@/modules/trade/styles"

type T = (key: string, values?: Record<string, string | number>) => string

type Props = {
  account: PayoutAccountView | null
  owner: boolean
  locale: string
  done: string | null
  problem: string | null
  t: T
}

/**
 * Where the operator pays the producer. The owner sets it with a plain form (a bank among those
 * VietQR lists, the account, its holder), whose outcome comes back at it (`#payout`); staff see it
 * and are told who may change it.
 */
export function PayoutAccount({ account, owner, locale, done, problem, t }: Props) {
  return (
    <section id="payout" className={`${cardClass} space-y-3`} aria-labelledby="payout-title" data-testid="payout">
      <h2 id="payout-title" className="text-lg font-semibold">
        {t("payout.title")}
      </h2>
      <p className="text-sm text-stone-700">{t("payout.intro")}</p>
      {done && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-2" data-testid="payout-done">
          {t(`done.${done}`)}
        </p>
      )}
      {problem && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-2 text-red-900"
          data-testid="payout-problem"
        >
          {t(`problems.${problem}`)}
        </p>
      )}
      {owner ? <PayoutForm account={account} locale={locale} t={t} /> : <PayoutText account={account} t={t} />}
    </section>
  )
}

function PayoutText({ account, t }: { account: PayoutAccountView | null; t: T }) {
  return (
    <>
      {account ? (
        <dl className="space-y-1 text-sm" data-testid="payout-account">
          <div>
            <dt className="font-semibold">{t("payout.bank")}</dt>
            <dd>{bankName(account.bank_bin) ?? account.bank_bin}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("payout.accountNumber")}</dt>
            <dd className="break-all font-mono">{account.account_number}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("payout.holder")}</dt>
            <dd className="break-words">{account.account_holder}</dd>
          </div>
        </dl>
      ) : (
        <p className="font-semibold">{t("payout.none")}</p>
      )}
      <p className="text-sm text-stone-700">{t("payout.ownerOnly")}</p>
    </>
  )
}

function PayoutForm({ account, locale, t }: { account: PayoutAccountView | null; locale: string; t: T }) {
  return (
    <form action={setPayoutAccount} className="space-y-3" data-testid="payout-form">
      <input type="hidden" name="locale" value={locale} />
      <div className="space-y-1">
        <label htmlFor="payout-bank" className="block text-sm font-semibold">
          {t("payout.bank")}
        </label>
        <select id="payout-bank" name="bank_bin" required defaultValue={account?.bank_bin ?? ""} className={inputClass}>
          <option value="" disabled>
            {t("payout.bankChoose")}
          </option>
          {VIETQR_BANKS.map((b) => (
            <option key={b.bin} value={b.bin}>
              {b.name}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="payout-account" className="block text-sm font-semibold">
          {t("payout.accountNumber")}
        </label>
        <input
          id="payout-account"
          name="account_number"
          required
          maxLength={40}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          defaultValue={account?.account_number ?? ""}
          aria-describedby="payout-account-hint"
          className={inputClass}
        />
        <p id="payout-account-hint" className="text-sm text-stone-700">
          {t("payout.accountHint")}
        </p>
      </div>
      <div className="space-y-1">
        <label htmlFor="payout-holder" className="block text-sm font-semibold">
          {t("payout.holder")}
        </label>
        <input
          id="payout-holder"
          name="account_holder"
          required
          maxLength={100}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          defaultValue={account?.account_holder ?? ""}
          aria-describedby="payout-holder-hint"
          className={inputClass}
        />
        <p id="payout-holder-hint" className="text-sm text-stone-700">
          {t("payout.holderHint")}
        </p>
      </div>
      <button type="submit" className={primaryButton}>
        {t("payout.save")}
      </button>
    </form>
  )
}
