import { useEffect, useState } from 'react'
import type { ColumnMapping, ImportCheck } from '../../../src-shared/contract/imports'
import { invoke } from '../../api'

/** Edits that follow each other closely (typing a header line, several columns remapped) are checked once. */
const SETTLE_MS = 300

export type CheckState = { status: 'checking' } | { status: 'done'; check: ImportCheck } | { status: 'failed'; message: string }

export interface CheckRequest {
  mapping?: ColumnMapping
  asOf?: string
  clientAccounts?: string
}

/**
 * The core's check of every line of the uploaded file, as read with the review's current
 * settings (null: nothing to check yet, e.g. a required field has no column). A check
 * made for settings since changed is dropped: what is shown is always the current one.
 */
export function useImportCheck(uploadId: string, request: CheckRequest | null): CheckState | null {
  const key = request === null ? null : JSON.stringify(request)
  const [state, setState] = useState<{ key: string; state: CheckState } | null>(null)

  useEffect(() => {
    if (key === null) return
    let current = true
    const timer = setTimeout(() => {
      void invoke('imports.check', { uploadId, ...(JSON.parse(key) as CheckRequest) }).then((result) => {
        if (!current) return
        setState({ key, state: result.ok ? { status: 'done', check: result.data } : { status: 'failed', message: result.error.message } })
      })
    }, SETTLE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [uploadId, key])

  if (key === null) return null
  return state?.key === key ? state.state : { status: 'checking' }
}
