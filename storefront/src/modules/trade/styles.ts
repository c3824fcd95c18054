/** The portal's form controls and buttons, one look across its forms. */
export const inputClass = "w-full rounded border border-stone-300 bg-white px-3 py-2"
export const primaryButton = "rounded bg-ocop-red px-4 py-2 font-semibold text-white disabled:opacity-60"
export const secondaryButton =
  "rounded border border-stone-400 bg-white px-3 py-1.5 text-sm font-semibold text-stone-800 hover:bg-stone-100 disabled:opacity-60"
export const dangerButton =
  "rounded border border-red-700 bg-white px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60"
export const cardClass = "rounded-lg border border-stone-200 bg-white p-4"
