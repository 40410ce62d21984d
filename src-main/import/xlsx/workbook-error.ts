import { DomainError } from '../../../src-shared/result'

/** The one refusal for a file that is not an Excel workbook we can read, with the reason. */
export function unreadableWorkbook(reason: string): DomainError {
  return new DomainError('IMPORT_FORMAT', `Ce fichier n'est pas un classeur Excel .xlsx lisible : ${reason}.`)
}
