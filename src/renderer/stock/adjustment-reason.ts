/** Why stock was adjusted: one of a few everyday reasons, with a note (required for "other"). */
export const ADJUSTMENT_REASONS = ['damaged', 'expired', 'found', 'theft', 'other'] as const

export type AdjustmentReasonChoice = (typeof ADJUSTMENT_REASONS)[number]

export interface AdjustmentReason {
  choice: AdjustmentReasonChoice | ''
  note: string
}

/**
 * The reason the document keeps: the chosen reason's word, then the note ("Damaged: dropped in
 * aisle 3"); "other" is the note alone. Null when there is none to keep (nothing chosen, or
 * "other" with no note).
 */
export function adjustmentReasonText(
  reason: AdjustmentReason,
  word: (choice: AdjustmentReasonChoice) => string,
): string | null {
  const note = reason.note.trim()
  if (!reason.choice) return null
  if (reason.choice === 'other') return note || null
  return note ? `${word(reason.choice)}: ${note}` : word(reason.choice)
}
