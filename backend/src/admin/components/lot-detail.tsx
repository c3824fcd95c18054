import { ArrowDownTray } from "@medusajs/icons"
import { Badge, Button, Drawer, Heading, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState, type ReactNode } from "react"
import type { JourneyEventView, LotDetailResponse, LotSummaryView } from "@ocop/core"
import { JOURNEY_EVENT_TYPES } from "../lib/api"
import { formatDay, formatTime } from "../lib/dates"
import { download } from "../lib/download"
import { JOURNEY_LABEL, count } from "../lib/labels"
import { sdk } from "../lib/sdk"
import { FlaggedSerialsTable } from "./flagged-serials"
import { IssueSerials } from "./issue-serials"
import { JourneyEventForm } from "./journey-event-form"

type Props = { lot: LotSummaryView; onChanged: () => void }

/** The lot's downloads; the names are used when the backend's Content-Disposition is not readable. */
const FILES = {
  pdf: { path: "labels", accept: "application/pdf", name: (code: string) => `tem-${code}.pdf` },
  epcis: { path: "epcis", accept: "application/ld+json", name: (code: string) => `epcis-${code}.jsonld` },
}

/** The step after the latest recorded one: journeys are mostly entered in order. */
const nextStep = (events: JourneyEventView[]) => {
  const last = events.length ? JOURNEY_EVENT_TYPES.indexOf(events[events.length - 1].type) : -1
  return JOURNEY_EVENT_TYPES[Math.min(last + 1, JOURNEY_EVENT_TYPES.length - 1)]
}

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <section className="flex flex-col gap-y-3">
    <Heading level="h3">{title}</Heading>
    {children}
  </section>
)

const Fact = ({ label, value }: { label: string; value: ReactNode }) => (
  <>
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small">{value}</Text>
  </>
)

const Journey = ({ events }: { events: JourneyEventView[] }) =>
  events.length ? (
    <ol className="flex flex-col gap-y-3 border-l border-ui-border-base pl-4">
      {events.map((e) => (
        <li key={e.id} className="flex flex-col gap-y-0.5">
          <div className="flex items-center gap-x-2">
            <Badge size="2xsmall" color="blue">
              {JOURNEY_LABEL[e.type] ?? e.type}
            </Badge>
            <Text size="small" className="text-ui-fg-subtle">
              {formatTime(e.occurred_at)}
            </Text>
          </div>
          <Text size="small">
            {e.place} · {e.actor}
          </Text>
          {e.note && (
            <Text size="small" className="text-ui-fg-subtle">
              {e.note}
            </Text>
          )}
        </li>
      ))}
    </ol>
  ) : (
    <Text size="small">Chưa ghi bước nào.</Text>
  )

/** One lot: its journey, label serials and downloads, and the serials flagged as copied labels. */
export const LotDetailDrawer = ({ lot, onChanged }: Props) => {
  const [open, setOpen] = useState(false)
  const [detail, setDetail] = useState<LotDetailResponse | null>(null)
  const [saving, setSaving] = useState<keyof typeof FILES | null>(null)
  const load = useCallback(async () => {
    try {
      setDetail(await sdk.client.fetch<LotDetailResponse>(`/admin/traceability/lots/${lot.id}`))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }, [lot.id])
  // Loaded only when opened: the widget lists many lots, an official looks into few.
  useEffect(() => {
    if (open) load()
  }, [open, load])
  const changed = () => {
    load()
    onChanged()
  }
  const save = async (kind: keyof typeof FILES) => {
    const file = FILES[kind]
    setSaving(kind)
    try {
      await download(`/admin/traceability/lots/${lot.id}/${file.path}`, file.accept, file.name(lot.code))
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setSaving(null)
    }
  }

  const current = detail?.lot ?? lot
  const events = detail?.lot.events ?? []
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="transparent">
          Chi tiết
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Lô {lot.code}</Drawer.Title>
          <Drawer.Description>
            NSX {formatDay(lot.produced_on)} · HSD {formatDay(lot.expires_on)}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-8 overflow-y-auto">
          <div className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
            <Fact label="Số lượng" value={count(current.quantity)} />
            <Fact label="Nguồn nguyên liệu" value={current.origin || "—"} />
            <Fact label="Serial đã cấp" value={count(current.figures.serials)} />
            <Fact label="Serial đã được quét" value={count(current.figures.scanned)} />
            <Fact label="Lượt quét" value={count(current.figures.scans)} />
          </div>
          <Section title="Tem và dữ liệu">
            <div className="flex flex-wrap gap-2">
              <Button size="small" variant="secondary" onClick={() => save("pdf")} isLoading={saving === "pdf"}>
                <ArrowDownTray />
                Tải tem (PDF)
              </Button>
              <Button size="small" variant="secondary" onClick={() => save("epcis")} isLoading={saving === "epcis"}>
                <ArrowDownTray />
                Xuất EPCIS
              </Button>
            </div>
            <IssueSerials lotId={lot.id} onDone={changed} />
          </Section>
          <Section title="Hành trình">
            <Journey events={events} />
            {detail && (
              // Remounted after each new step, so the form starts empty and suggests the next one.
              <JourneyEventForm key={events.length} lotId={lot.id} suggested={nextStep(events)} onDone={changed} />
            )}
          </Section>
          <Section title={`Serial nghi bị sao chép (${count(detail?.flagged_serials.length ?? 0)})`}>
            <div className="-mx-6">
              <FlaggedSerialsTable rows={detail?.flagged_serials ?? []} />
            </div>
          </Section>
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
