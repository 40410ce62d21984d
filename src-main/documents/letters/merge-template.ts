import type { MergeProblem, TemplateChannel } from '../../../src-shared/contract/templates'
import type { LetterData } from './letter-data'
import { MERGE_BLOCKS, MERGE_FIELDS, MERGE_SECTIONS, type MergeBlockKind, type MergeField } from './merge-fields'

/**
 * Fills a template with a client's data. A template is plain text: paragraphs separated
 * by a blank line, fields written `{{client.nom}}` or `{{date_limite:15}}`, tables as a
 * paragraph holding only `{{tableau_factures}}`, text for one kind of client between
 * `{{#professionnel}}` and `{{/professionnel}}`. Whatever cannot be filled (a field the
 * dossier lacks, an unknown name, a stray brace) is a problem, never a blank.
 */

export type LetterBlock = { kind: 'paragraph'; text: string } | { kind: MergeBlockKind }

export interface MergedLetter {
  subject: string
  blocks: LetterBlock[]
}

export type MergeOutcome = { ok: true; letter: MergedLetter } | { ok: false; problems: MergeProblem[] }

const FIELDS = new Map<string, MergeField>(MERGE_FIELDS.map((field) => [field.name, field]))
const SECTION = /\{\{#([\w.]+)\}\}([\s\S]*?)\{\{\/\1\}\}/g
const TAG = /\{\{\s*([\w.]+)(?::\s*(\d+))?\s*\}\}/g
const BLOCK_ALONE = /^\{\{\s*(\w+)\s*\}\}$/

/** What the printed page itself needs, whatever the template says: the window address, the letterhead, the signature. */
const LAYOUT_FIELDS: Record<TemplateChannel, string[]> = {
  letter: ['societe.nom', 'societe.adresse', 'societe.siret', 'societe.signataire', 'client.adresse'],
  registered_letter: ['societe.nom', 'societe.adresse', 'societe.siret', 'societe.signataire', 'client.adresse'],
  email: ['societe.nom', 'client.email'],
  phone: [],
}

class Problems {
  readonly list: MergeProblem[] = []
  add(field: string, message: string): void {
    // One line per thing to complete, even when several fields need it.
    if (!this.list.some((problem) => problem.message === message)) this.list.push({ field, message })
  }
}

function keepSections(text: string, data: LetterData, problems: Problems): string {
  const kept = text.replace(SECTION, (_all, name: string, inner: string) => {
    const section = MERGE_SECTIONS[name as keyof typeof MERGE_SECTIONS]
    if (!section) {
      problems.add(`{{#${name}}}`, `Section inconnue « ${name} » : seules {{#professionnel}} et {{#particulier}} existent.`)
      return ''
    }
    return section.kind === data.client.kind ? inner : ''
  })
  for (const stray of kept.match(/\{\{[#/][^}]*\}\}/g) ?? []) {
    problems.add(stray, `« ${stray} » n’est pas fermé ou ouvert correctement : une section s’écrit {{#professionnel}}…{{/professionnel}}.`)
  }
  return kept
}

function fillFields(text: string, data: LetterData, problems: Problems): string {
  const filled = text.replace(TAG, (tag: string, name: string, days: string | undefined) => {
    if (name in MERGE_BLOCKS) {
      problems.add(tag, `${tag} doit occuper seul son paragraphe (une ligne vide avant et après).`)
      return tag
    }
    const field = FIELDS.get(name)
    if (!field) {
      problems.add(tag, `Champ inconnu ${tag}.`)
      return tag
    }
    const value = field.value(data, days === undefined ? null : Number(days))
    if (value === null) problems.add(tag, `Il manque ${field.missing}.`)
    return value ?? tag
  })
  if (/\{\{|\}\}/.test(filled.replace(TAG, ''))) problems.add('{{ }}', 'Une accolade double est isolée : un champ s’écrit {{nom.du_champ}}.')
  return filled
}

function blockProblem(kind: MergeBlockKind, data: LetterData): string | null {
  if (kind === 'signatures') return null
  if (kind === 'instalments') return data.plan ? null : 'Il manque un échéancier en cours pour ce client.'
  if (data.invoices.length === 0) return 'Ce client n’a aucune facture à mentionner à cette date.'
  return null
}

export function mergeTemplate(template: { subject: string; body: string; channel: TemplateChannel }, data: LetterData): MergeOutcome {
  const problems = new Problems()
  for (const name of LAYOUT_FIELDS[template.channel]) {
    const field = FIELDS.get(name)!
    if (field.value(data, null) === null) problems.add(`{{${name}}}`, `Il manque ${field.missing}.`)
  }
  const subject = fillFields(keepSections(template.subject, data, problems), data, problems).replace(/\s+/g, ' ').trim()
  const blocks: LetterBlock[] = []
  for (const paragraph of keepSections(template.body.replace(/\r\n?/g, '\n'), data, problems).split(/\n[ \t]*\n/)) {
    const trimmed = paragraph.trim()
    if (trimmed === '') continue
    const alone = BLOCK_ALONE.exec(trimmed)?.[1]
    const block = alone ? MERGE_BLOCKS[alone as keyof typeof MERGE_BLOCKS] : undefined
    if (block) {
      const problem = blockProblem(block.kind, data)
      if (problem) problems.add(trimmed, problem)
      blocks.push({ kind: block.kind })
    } else {
      blocks.push({ kind: 'paragraph', text: fillFields(trimmed, data, problems) })
    }
  }
  return problems.list.length > 0 ? { ok: false, problems: problems.list } : { ok: true, letter: { subject, blocks } }
}
