import { z } from 'zod'
import { defineChannel } from './channel'
import type { ExportedFile } from './exported-file'
import { entityId, isoDate, requiredText } from './fields'

/** Templates (modèles) of letters, e-mails and call scripts, and letters rendered from them. */

export const TEMPLATE_CHANNELS = ['letter', 'registered_letter', 'email', 'phone'] as const
export type TemplateChannel = (typeof TEMPLATE_CHANNELS)[number]

export const WINDOW_SIDES = ['right', 'left'] as const
export type WindowSide = (typeof WINDOW_SIDES)[number]

export interface TemplateSummary {
  code: string
  name: string
  channel: TemplateChannel
  /** True when the text differs from the built-in original (« Rétablir » is then offered). */
  modified: boolean
}

export interface TemplateDetail extends TemplateSummary {
  subject: string
  body: string
}

/** What the editor lists for insertion: the tag as typed and what it prints. */
export interface MergeTag {
  tag: string
  label: string
}

export interface MergeProblem {
  field: string
  message: string
}

/** A template filled for one client: the PDF for paper channels, the text for e-mails and calls; or what prevents it. */
export interface LetterPreview {
  problems: MergeProblem[]
  subject: string | null
  /** The filled text (e-mail body, call script); null when there are problems. */
  text: string | null
  /** The letter as printed (for e-mails: the PDF attached); null when there are problems or for a call script. */
  pdfBase64: string | null
}

const templateCode = z.string({ error: 'Le modèle est obligatoire.' }).trim().min(1, { error: 'Le modèle est obligatoire.' }).max(60)

const draft = z.object({ subject: z.string().max(300, { error: 'L’objet ne peut dépasser 300 caractères.' }), body: requiredText('Le texte du modèle', 20000) })

export const templatesChannels = {
  'templates.list': defineChannel<TemplateSummary[]>()(z.object({})),
  'templates.get': defineChannel<TemplateDetail>()(z.object({ code: templateCode })),
  'templates.tags': defineChannel<MergeTag[]>()(z.object({})),
  'templates.update': defineChannel<TemplateDetail>()(draft.extend({ code: templateCode })),
  /** Copies the built-in text back over the user's changes. */
  'templates.reset': defineChannel<TemplateDetail>()(z.object({ code: templateCode })),
  /** Which side the dossier's window envelopes have their window: the recipient's block follows. */
  'letters.windowSide': defineChannel<{ side: WindowSide }>()(z.object({})),
  'letters.setWindowSide': defineChannel<{ side: WindowSide }>()(
    z.object({ side: z.enum(WINDOW_SIDES, { error: 'Choisissez une fenêtre à droite ou à gauche.' }) }),
  ),
  /** A template (or the editor's unsaved draft of it) filled for a client, on a date; writes nothing. */
  'letters.preview': defineChannel<LetterPreview>()(
    z.object({ clientId: entityId, code: templateCode, draft: draft.optional(), asOf: isoDate('La date du courrier').optional() }),
  ),
  /** A client's letter as a PDF file; refused with the missing fields listed. Writes nothing. */
  'letters.render': defineChannel<ExportedFile>()(
    z.object({
      clientId: entityId.optional(),
      clientCode: z.string().trim().min(1).optional(),
      code: templateCode,
      asOf: isoDate('La date du courrier').optional(),
    }),
  ),
}
