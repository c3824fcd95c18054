/**
 * One drawing per OCOP product group (Quyết định 148/QĐ-TTg, 26 groups), so that a shopper scanning
 * a grid of demo products tells fish sauce from coffee from a conical hat before reading a word.
 * Each is SVG drawn around the picture's centre (400, 300) inside a circle of radius 190, in the
 * sector's colours: `M` the fill, `D` the strokes. Real photographs from producers replace them.
 */
const M = "{mid}"
const D = "{dark}"
const L = "{light}"
const stroke = (width = 8) => `stroke="${D}" stroke-width="${width}" stroke-linejoin="round" stroke-linecap="round"`

const leaf = (cx: number, cy: number, angle: number, scale = 1) =>
  `<g transform="translate(${cx} ${cy}) rotate(${angle}) scale(${scale})">
    <path d="M0 -90 C55 -40 55 40 0 90 C-55 40 -55 -40 0 -90 Z" fill="${M}" ${stroke()}/>
    <path d="M0 -80 L0 80" ${stroke(5)}/></g>`
const bottle = (neck: number) =>
  `<path d="M372 ${160 + neck} L372 130 L428 130 L428 ${160 + neck} C470 ${190 + neck} 470 ${200 + neck} 470 240
    L470 440 C470 455 460 462 445 462 L355 462 C340 462 330 455 330 440 L330 240 C330 ${200 + neck} 330 ${190 + neck} 372 ${160 + neck} Z"
    fill="${M}" ${stroke()}/><rect x="350" y="300" width="100" height="90" rx="10" fill="${L}" ${stroke(5)}/>`
const grain = (cx: number, cy: number, angle: number) =>
  `<ellipse cx="${cx}" cy="${cy}" rx="20" ry="42" transform="rotate(${angle} ${cx} ${cy})" fill="${M}" ${stroke(6)}/>`
const jar = (inside: string) =>
  `<rect x="320" y="190" width="160" height="250" rx="26" fill="${L}" ${stroke()}/>
   <rect x="335" y="150" width="130" height="44" rx="10" fill="${M}" ${stroke()}/>${inside}`

export const GROUP_MOTIFS: Record<string, string> = {
  // I.1.a fresh vegetables and fruit: a round fruit with its leaf.
  "I.1.a": `<circle cx="400" cy="320" r="120" fill="${M}" ${stroke()}/><path d="M400 200 L405 160" ${stroke()}/>${leaf(455, 175, 60, 0.55)}`,
  // I.1.b fresh meat, seafood, eggs: a fish.
  "I.1.b": `<path d="M240 300 C300 200 460 200 520 300 C460 400 300 400 240 300 Z" fill="${M}" ${stroke()}/>
    <path d="M520 300 L590 240 L590 360 Z" fill="${M}" ${stroke()}/><circle cx="300" cy="285" r="12" fill="${D}"/>`,
  // I.2.a rice and cereals: an ear of grain.
  "I.2.a": `<path d="M400 470 L400 150" ${stroke()}/>${[0, 1, 2, 3]
    .map((i) => grain(365, 200 + i * 65, -30) + grain(435, 200 + i * 65, 30))
    .join("")}${grain(400, 150, 0)}`,
  // I.2.b honey: a honeycomb.
  "I.2.b": [
    [400, 300],
    [330, 260],
    [470, 260],
    [330, 340],
    [470, 340],
    [400, 220],
    [400, 380],
  ]
    .map(
      ([x, y]) =>
        `<path d="M${x - 40} ${y} L${x - 20} ${y - 35} L${x + 20} ${y - 35} L${x + 40} ${y} L${x + 20} ${y + 35} L${x - 20} ${y + 35} Z" fill="${M}" ${stroke(6)}/>`,
    )
    .join(""),
  // I.3.a convenience food: a bowl with chopsticks.
  "I.3.a": `<path d="M250 290 L550 290 C550 380 480 440 400 440 C320 440 250 380 250 290 Z" fill="${M}" ${stroke()}/>
    <path d="M430 170 L560 280 M470 150 L580 270" ${stroke()}/>`,
  // I.3.b processed rice: a stack of rice cakes.
  "I.3.b": [0, 1, 2]
    .map((i) => `<ellipse cx="400" cy="${390 - i * 70}" rx="150" ry="45" fill="${M}" ${stroke()}/>`)
    .join(""),
  // I.3.c processed fruit, vegetables and nuts: a jar of fruit.
  "I.3.c": jar(
    `<circle cx="370" cy="330" r="34" fill="${M}" ${stroke(6)}/><circle cx="432" cy="370" r="34" fill="${M}" ${stroke(6)}/><circle cx="420" cy="290" r="30" fill="${M}" ${stroke(6)}/>`,
  ),
  // I.3.d processed meat, seafood and honey: a jar with a fish.
  "I.3.d": jar(
    `<path d="M340 330 C370 290 430 290 455 330 C430 370 370 370 340 330 Z" fill="${M}" ${stroke(6)}/><path d="M455 330 L475 305 L475 355 Z" fill="${M}" ${stroke(6)}/>`,
  ),
  // I.4.a sauces and fish sauce: a tall bottle.
  "I.4.a": bottle(0),
  // I.4.b spices: a cluster of peppercorns.
  "I.4.b": [
    [400, 300],
    [340, 270],
    [460, 270],
    [370, 360],
    [430, 360],
    [400, 220],
  ]
    .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="40" fill="${M}" ${stroke()}/>`)
    .join(""),
  // I.5.a tea: two tea leaves on a stem.
  "I.5.a": `<path d="M400 470 L400 250" ${stroke()}/>${leaf(350, 250, -35, 0.9)}${leaf(450, 250, 35, 0.9)}${leaf(400, 160, 0, 0.6)}`,
  // I.5.b herbal teas: a cup with steam.
  "I.5.b": `<path d="M290 280 L510 280 L490 430 C485 450 470 460 450 460 L350 460 C330 460 315 450 310 430 Z" fill="${M}" ${stroke()}/>
    <path d="M510 310 C570 310 570 390 500 390" fill="none" ${stroke()}/>
    <path d="M360 240 C340 210 380 190 360 160 M440 240 C420 210 460 190 440 160" fill="none" ${stroke(6)}/>`,
  // I.6 coffee and cocoa: a coffee bean.
  "I.6": `<ellipse cx="400" cy="300" rx="110" ry="160" transform="rotate(20 400 300)" fill="${M}" ${stroke()}/>
    <path d="M430 150 C340 240 460 360 370 450" fill="none" ${stroke()}/>`,
  // II.1.a rice spirits: a round jug.
  "II.1.a": `<path d="M375 150 L425 150 L425 200 C520 230 520 440 400 460 C280 440 280 230 375 200 Z" fill="${M}" ${stroke()}/>
    <rect x="365" y="130" width="70" height="26" rx="8" fill="${L}" ${stroke(6)}/>`,
  // II.1.b other alcoholic drinks: a glass.
  "II.1.b": `<path d="M320 160 L480 160 C480 260 440 300 400 300 C360 300 320 260 320 160 Z" fill="${M}" ${stroke()}/>
    <path d="M400 300 L400 430 M340 440 L460 440" ${stroke()}/>`,
  // II.2.a water: a drop.
  "II.2.a": `<path d="M400 140 C470 250 500 300 500 350 C500 410 455 455 400 455 C345 455 300 410 300 350 C300 300 330 250 400 140 Z" fill="${M}" ${stroke()}/>`,
  // II.2.b soft drinks: a cup with a straw.
  "II.2.b": `<path d="M320 220 L480 220 L455 460 L345 460 Z" fill="${M}" ${stroke()}/><path d="M420 220 L460 130 L500 130" fill="none" ${stroke()}/>`,
  // III.1 herbal medicines: a mortar and pestle.
  "III.1": `<path d="M270 300 L530 300 C530 400 470 450 400 450 C330 450 270 400 270 300 Z" fill="${M}" ${stroke()}/>
    <path d="M430 300 L520 160" ${stroke(22)}/>${leaf(330, 250, -50, 0.5)}`,
  // III.2 herbal cosmetics: a cream pot.
  "III.2": `<rect x="300" y="280" width="200" height="160" rx="24" fill="${M}" ${stroke()}/>
    <rect x="290" y="230" width="220" height="56" rx="16" fill="${L}" ${stroke()}/>${leaf(400, 350, 90, 0.45)}`,
  // III.3 essential oils: a dropper bottle and a drop.
  "III.3": `${bottle(40)}<path d="M520 250 C545 290 555 305 555 320 C555 340 540 352 520 352 C500 352 485 340 485 320 C485 305 495 290 520 250 Z" fill="${M}" ${stroke(6)}/>`,
  // IV.1 household handicrafts: a conical hat.
  "IV.1": `<path d="M400 140 L590 380 C520 410 280 410 210 380 Z" fill="${M}" ${stroke()}/>
    <path d="M400 140 L330 395 M400 140 L470 395 M400 140 L400 405" ${stroke(5)}/>`,
  // IV.2 textiles: a folded cloth with a woven pattern.
  "IV.2": `<rect x="270" y="190" width="260" height="220" rx="12" fill="${M}" ${stroke()}/>
    ${[0, 1, 2, 3].map((i) => `<path d="M270 ${235 + i * 45} L530 ${235 + i * 45}" ${stroke(5)}/>`).join("")}`,
  // V.1 flowers: a five-petal flower.
  "V.1": `${[0, 72, 144, 216, 288]
    .map(
      (a) => `<ellipse cx="400" cy="225" rx="45" ry="80" transform="rotate(${a} 400 300)" fill="${M}" ${stroke(6)}/>`,
    )
    .join("")}<circle cx="400" cy="300" r="40" fill="${L}" ${stroke(6)}/>`,
  // V.2 ornamental plants: a potted plant.
  "V.2": `<path d="M330 360 L470 360 L450 460 L350 460 Z" fill="${M}" ${stroke()}/><path d="M400 360 L400 240" ${stroke()}/>
    ${leaf(350, 250, -45, 0.7)}${leaf(450, 250, 45, 0.7)}`,
  // V.3 ornamental animals: a bird.
  "V.3": `<path d="M260 330 C300 230 460 220 520 280 L580 270 L530 310 C500 400 330 420 260 330 Z" fill="${M}" ${stroke()}/>
    <circle cx="480" cy="280" r="10" fill="${D}"/><path d="M340 320 C380 290 430 300 450 330" fill="none" ${stroke(6)}/>`,
  // VI.1 tourism: mountains and a house on stilts.
  "VI.1": `<path d="M220 440 L330 250 L400 350 L470 220 L590 440 Z" fill="${M}" ${stroke()}/>
    <path d="M370 440 L370 390 L430 390 L430 440 M355 395 L400 350 L445 395" fill="${L}" ${stroke(6)}/>`,
}

/** The drawing of a group, or of the nearest group above it (`I.4.b.1` → `I.4.b`), in the given colours. */
export function groupMotif(groupCode: string, [light, mid, dark]: [string, string, string]): string {
  let code = groupCode
  while (code && !GROUP_MOTIFS[code]) code = code.split(".").slice(0, -1).join(".")
  const motif = GROUP_MOTIFS[code] ?? GROUP_MOTIFS["I.6"]
  return motif.replaceAll(L, light).replaceAll(M, mid).replaceAll(D, dark)
}
