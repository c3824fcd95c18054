"use server"

import { redirect } from "next/navigation"
import { payoutProblem, typedAccountNumber } from "@/modules/producer/payout-refusal"
import { storeCall, storeError } from "../../data/session"

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/**
 * The owner sets where the producer is paid, and goes back to the statements page saying what
 * happened, at the form: a plain form and a redirect, so it works with JavaScript off. The API
 * judges every field (a bank it knows, the account, the holder's name) and refuses staff.
 */
export async function setPayoutAccount(form: FormData) {
  const locale = field(form, "locale") === "en" ? "en" : "vi"
  let outcome: string
  try {
    await storeCall("/store/producer/payout-account", {
      method: "POST",
      body: {
        bank_bin: field(form, "bank_bin"),
        account_number: typedAccountNumber(field(form, "account_number")),
        account_holder: field(form, "account_holder"),
      },
    })
    outcome = "done=saved"
  } catch (e) {
    outcome = `problem=${payoutProblem(storeError(e))}`
  }
  redirect(`/${locale}/account/producer/statements?${outcome}#payout`)
}
