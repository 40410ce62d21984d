import type { WindowSide } from '../../../src-shared/contract/templates'

/**
 * Where things go on an A4 letter folded in three for a French DL window envelope
 * (110 × 220 mm, window 45 × 100 mm, 20 mm from the side, 15 mm from the top of the
 * envelope): the recipient's block must stay inside 105–195 mm from the left edge and
 * 55–85 mm from the top of the page (mirrored at 15–105 mm for left-window envelopes).
 */

export const POINTS_PER_MM = 72 / 25.4
export const mm = (millimetres: number): number => millimetres * POINTS_PER_MM


export type { WindowSide }

export const PAGE_MARGIN = { top: mm(20), bottom: mm(30), left: mm(20), right: mm(20) }

/** The recipient's block: its left edge and width, by window side, and its top and bottom. */
export const ADDRESS_ZONE = {
  right: { left: mm(108), width: mm(85) },
  left: { left: mm(18), width: mm(85) },
  top: mm(57),
  bottom: mm(84),
}

/** The window the block must stay in, for tests and for the settings' explanation. */
export const WINDOW_ZONE_MM = {
  right: { left: 105, right: 195 },
  left: { left: 15, right: 105 },
  top: 55,
  bottom: 85,
}

/** « LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION », just above the block. */
export const REGISTERED_MENTION_Y = mm(50.5)
/** The reference and date lines under the window, then the object line. */
export const DATE_LINE_Y = mm(92)
export const OBJECT_Y = mm(104)
export const FOOTER_Y_FROM_BOTTOM = mm(22)
