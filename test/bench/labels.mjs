#!/usr/bin/env node
// Traceability label benchmark: PNG labels and the A4 PDF sheet of one lot, against
// the bare cost of encoding the same QR codes (measured in the same run, as this
// machine is shared and its speed varies from minute to minute).
//   npx tsc -p packages/labels/tsconfig.build.json && node test/bench/labels.mjs [--labels 600] [--rounds 3] [--out DIR]
// Rounds interleave the three measures; each figure is the median over rounds.
// `--out DIR` keeps the first PNG and the PDF of the last round for a look.
// Figures go to stdout as a Markdown table for docs/benchmarks.md.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import QRCode from "qrcode"
import sharp from "sharp"
import { renderLabelPngs, renderLabelSheetPdf } from "@ocop/labels"

const argv = process.argv.slice(2)
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)
const count = Number(option("--labels", "600"))
const rounds = Number(option("--rounds", "3"))
const out = option("--out", null)

const lot = {
  productName: "Nước mắm Cửa Tùng thượng hạng 40 độ đạm",
  stars: 4,
  lot: "L/26-11",
  producedOn: "2026-11-01",
  expiresOn: "2028-11-01",
}
// Serials and signatures of the length the resolver issues; the lot is percent-encoded as in real codes.
const code = (i, length) => ((i + 1) * 2654435761).toString(36).toUpperCase().padStart(length, "0").slice(-length)
const units = Array.from({ length: count }, (_, i) => {
  const serial = code(i, 6)
  return { serial, url: `https://ocop.example.vn/01/08930000001016/10/L%2F26-11/21/${serial}?s=${code(i * 7, 10)}` }
})

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
async function timed(fn) {
  const t0 = performance.now()
  const result = await fn()
  return { seconds: (performance.now() - t0) / 1000, result }
}

// Warm-up: fonts loaded and parsed, Pango and the JIT warmed, on a slice of the same work.
await renderLabelPngs(lot, units.slice(0, 24))
await renderLabelSheetPdf(lot, units.slice(0, 24))

const times = { qr: [], png: [], pdf: [] }
let last
for (let round = 0; round < rounds; round++) {
  times.qr.push(
    (await timed(async () => units.map((u) => QRCode.create(u.url, { errorCorrectionLevel: "Q" })))).seconds,
  )
  const png = await timed(() => renderLabelPngs(lot, units))
  times.png.push(png.seconds)
  const pdf = await timed(() => renderLabelSheetPdf(lot, units))
  times.pdf.push(pdf.seconds)
  last = { pngs: png.result, pdf: pdf.result }
}

if (out) {
  fs.mkdirSync(out, { recursive: true })
  fs.writeFileSync(path.join(out, "label-0.png"), last.pngs[0])
  fs.writeFileSync(path.join(out, "sheet.pdf"), last.pdf)
}

const qr = median(times.qr)
const png = median(times.png)
const pdf = median(times.pdf)
const perSecond = (s) => `${Math.round(count / s).toLocaleString("en")} labels/s`
const pngBytes = last.pngs.reduce((sum, b) => sum + b.length, 0) / count
const meta = await sharp(last.pngs[0]).metadata()
const pages = Math.ceil(count / 24)

console.log(
  `\n${count} labels, ${rounds} rounds (medians); ${os.availableParallelism()} cores, load average ${os.loadavg()[0].toFixed(1)} at the end, sharp threads ${sharp.concurrency()}, UV_THREADPOOL_SIZE ${process.env.UV_THREADPOOL_SIZE ?? "4 (default)"}\n`,
)
console.log("| measure | figure | baseline / ratio |")
console.log("| --- | --- | --- |")
console.log(
  `| bare QR encode (\`QRCode.create\`, level Q) | ${perSecond(qr)} (${(qr * 1000).toFixed(0)} ms) | baseline |`,
)
console.log(
  `| PNG labels, \`renderLabelPngs\` (${meta.width} × ${meta.height} px, ${meta.channels === 1 ? "grey" : `${meta.channels} channels`}, ${(pngBytes / 1024).toFixed(1)} KB each) | **${perSecond(png)}** (${png.toFixed(2)} s) | × ${(png / qr).toFixed(1)} the bare encode time |`,
)
console.log(
  `| A4 PDF sheet, \`renderLabelSheetPdf\` (${pages} pages, ${(last.pdf.length / 1024).toFixed(0)} KB) | **${perSecond(pdf)}** (${pdf.toFixed(2)} s) | × ${(pdf / qr).toFixed(1)} the bare encode time |`,
)
