import { formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import type { LetterData } from './letter-data'
import type { MergedLetter } from './merge-template'

/**
 * A filled template as plain text, for e-mails and call scripts: the tables become one
 * line per invoice or instalment (the PDF attached to an e-mail carries the full tables).
 */
export function letterText(letter: MergedLetter, data: LetterData): string {
  return letter.blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return block.text
        case 'invoices':
          return data.invoices
            .map(
              (invoice) =>
                `- Facture ${invoice.number} du ${formatFrenchDate(invoice.issueDate)}, échéance ${formatFrenchDate(invoice.dueDate)} : ` +
                `${formatEuros(invoice.amountCents)}, reste dû ${formatEuros(invoice.remainingCents)}`,
            )
            .join('\n')
        case 'penalties':
          return [
            `- Pénalités de retard : ${formatEuros(data.statement.interestCents)}`,
            `- Indemnités forfaitaires : ${formatEuros(data.statement.indemnityCents)}`,
            `- Total dû au ${formatFrenchDate(data.statement.asOf)} : ${formatEuros(data.statement.claimCents)}`,
          ].join('\n')
        case 'instalments':
          return (data.plan?.instalments ?? [])
            .map(
              (due) =>
                `- ${due.sequence === 0 ? 'Acompte' : `Échéance n° ${due.sequence}`} du ${formatFrenchDate(due.dueDate)} : ` +
                `${formatEuros(due.amountCents)}, reste dû après ${formatEuros(due.remainingCents)}`,
            )
            .join('\n')
        case 'signatures':
          // Signing is for paper: an e-mail announces the agreement attached.
          return ''
      }
    })
    .filter((text) => text !== '')
    .join('\n\n')
}
