import { eq } from 'drizzle-orm'
import type { TemplateDetail, templatesChannels } from '../../src-shared/contract/templates'
import { DomainError } from '../../src-shared/result'
import { listTemplates, saveTemplateText, templateByCode, writeSetting, type TemplateRow } from '../data/queries/templates'
import { clients } from '../data/schema'
import { inTransaction } from '../data/transaction'
import type { Db } from '../data/open-dossier'
import { builtinTemplate } from '../documents/letters/builtin-templates'
import { composeLetter, incompleteLetter, printedDocument, WINDOW_SETTING, windowSideOf } from '../documents/letters/compose-letter'
import { letterFileName } from '../documents/letters/letter-file-name'
import { letterText } from '../documents/letters/letter-text'
import { MERGE_BLOCKS, MERGE_FIELDS, MERGE_SECTIONS } from '../documents/letters/merge-fields'
import type { HandlersOf } from './handler'

function detailOf(row: TemplateRow): TemplateDetail {
  const original = builtinTemplate(row.code)
  return {
    code: row.code,
    name: row.name,
    channel: row.channel,
    subject: row.subject,
    body: row.body,
    modified: original !== undefined && (original.subject !== row.subject || original.body !== row.body),
  }
}

function templateOrRefuse(db: Db, code: string): TemplateRow {
  const row = templateByCode(db, code)
  if (!row) throw new DomainError('NOT_FOUND', `Modèle inconnu : « ${code} ». La liste : encaisse templates.`, { fields: { code: 'Modèle inconnu.' } })
  return row
}

function clientIdOf(db: Db, input: { clientId?: number | undefined; clientCode?: string | undefined }): number {
  const row =
    input.clientId !== undefined
      ? db.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId)).get()
      : input.clientCode !== undefined
        ? db.select({ id: clients.id }).from(clients).where(eq(clients.code, input.clientCode)).get()
        : undefined
  if (!row) {
    const named = input.clientCode === undefined ? '' : ` « ${input.clientCode} »`
    throw new DomainError('NOT_FOUND', `Client inconnu${named} dans ce dossier.`, { fields: { clientCode: 'Client inconnu.' } })
  }
  return row.id
}

export const templateHandlers = {
  'templates.list': (ctx) => listTemplates(ctx.db).map(({ code, name, channel, ...row }) => ({ code, name, channel, modified: detailOf({ code, name, channel, ...row }).modified })),

  'templates.get': (ctx, input) => detailOf(templateOrRefuse(ctx.db, input.code)),

  'templates.tags': () => [
    ...MERGE_FIELDS.map((field) => ({ tag: field.takesDays ? `{{${field.name}:15}}` : `{{${field.name}}}`, label: field.label })),
    ...Object.entries(MERGE_BLOCKS).map(([name, block]) => ({ tag: `{{${name}}}`, label: block.label })),
    ...Object.entries(MERGE_SECTIONS).map(([name, section]) => ({ tag: `{{#${name}}}…{{/${name}}}`, label: section.label })),
  ],

  'templates.update': (ctx, input) =>
    inTransaction(ctx.dossier, () => {
      templateOrRefuse(ctx.db, input.code)
      saveTemplateText(ctx.db, input.code, { subject: input.subject.trim(), body: input.body })
      return detailOf(templateOrRefuse(ctx.db, input.code))
    }),

  'templates.reset': (ctx, input) =>
    inTransaction(ctx.dossier, () => {
      templateOrRefuse(ctx.db, input.code)
      const original = builtinTemplate(input.code)
      if (!original) throw new DomainError('CONFLICT', 'Ce modèle n’a pas de texte d’origine à rétablir.')
      saveTemplateText(ctx.db, input.code, original)
      return detailOf(templateOrRefuse(ctx.db, input.code))
    }),

  'letters.windowSide': (ctx) => ({ side: windowSideOf(ctx.db) }),

  'letters.setWindowSide': (ctx, input) =>
    inTransaction(ctx.dossier, () => {
      writeSetting(ctx.db, WINDOW_SETTING, input.side)
      return { side: input.side }
    }),

  'letters.preview': async (ctx, input) => {
    const saved = templateOrRefuse(ctx.db, input.code)
    const template = input.draft ? { ...saved, ...input.draft } : saved
    const composition = composeLetter(ctx.db, { clientId: clientIdOf(ctx.db, input), template, asOf: input.asOf ?? ctx.today() })
    if (!composition.ok) return { problems: composition.problems, subject: null, text: null, pdfBase64: null }
    const { composed } = composition
    const printed = template.channel === 'phone' ? null : await printedDocument(ctx.db, composed)
    if (printed && !printed.ok) return { problems: printed.problems, subject: null, text: null, pdfBase64: null }
    return {
      problems: [],
      subject: composed.letter.subject,
      text: letterText(composed.letter, composed.data),
      pdfBase64: printed?.pdf.toString('base64') ?? null,
    }
  },

  'letters.render': async (ctx, input) => {
    const template = templateOrRefuse(ctx.db, input.code)
    if (template.channel === 'phone') throw new DomainError('VALIDATION', 'Un script d’appel ne s’imprime pas : choisissez un modèle de courrier ou d’e-mail.')
    const composition = composeLetter(ctx.db, { clientId: clientIdOf(ctx.db, input), template, asOf: input.asOf ?? ctx.today() })
    if (!composition.ok) throw incompleteLetter(composition.problems, template.name)
    const { composed } = composition
    const printed = await printedDocument(ctx.db, composed)
    if (!printed.ok) throw incompleteLetter(printed.problems, template.name)
    const pdf = printed.pdf
    return {
      fileName: letterFileName(composed.data.asOf, template.code, composed.data.client),
      mimeType: 'application/pdf',
      base64: pdf.toString('base64'),
    }
  },
} satisfies HandlersOf<typeof templatesChannels>
