import { useCallback } from 'react'
import type { JournalEntry, PostedRef } from '../../shared/domain/ledger'
import { useFormLines } from '../components/use-form-lines'
import type { Translate } from '../i18n/translate'
import { useInvoke } from '../state/services'
import {
  blankLine,
  buildEntryInput,
  draftFromEntry,
  formFieldOf,
  LINE_COLUMNS,
  lineField,
  parseAmount,
  type AmountRules,
  type DraftProblem,
  type EntryDraft,
  type LineColumn,
  type LineDraft,
  withAmount,
} from './entry-draft'
import { nextStep, parseLineField } from './entry-navigation'

const PROBLEM_TEXT: Record<DraftProblem, Parameters<Translate>[0]> = {
  'amount-not-a-number': 'entry.problem.notANumber',
  'amount-too-many-decimals': 'entry.problem.tooManyDecimals',
  'amount-negative': 'entry.problem.negative',
  'account-unknown': 'entry.problem.accountUnknown',
}

export interface EntryFormRules extends AmountRules {
  formatMoney: (minor: bigint) => string
  t: Translate
}

/** The journal entry form's state and what the keyboard and buttons do to it. */
export function useEntryForm(rules: EntryFormRules) {
  const invoke = useInvoke()
  const form = useFormLines<EntryDraft, LineColumn, PostedRef>({
    keyPrefix: 'l',
    emptyDraft: (date, nextKey) => ({
      date,
      reference: '',
      memo: '',
      lines: [blankLine(nextKey()), blankLine(nextKey())],
    }),
    blankLine,
    lineField,
    parseLineField,
    newLineColumn: 'account',
    firstField: 'date',
    engineField: formFieldOf,
  })
  const { draft, setDraft, draftId, setDraftId, setErrors, clearError } = form
  const { focus, addLine, nextKey } = form

  const setHeader = (field: 'date' | 'reference' | 'memo', value: string) => {
    setDraft((current) => ({ ...current, [field]: value }))
    clearError(field)
  }
  const changeLine = (key: string, patch: Partial<LineDraft>) => {
    form.updateLine(key, (line) => ({ ...line, ...patch }))
    clearLineErrors(key, patch)
  }
  const typeAmount = (key: string, column: 'debit' | 'credit', text: string) => {
    form.updateLine(key, (line) => withAmount(line, column, text))
    clearLineErrors(key, { debit: '', credit: '' })
  }
  const clearLineErrors = (key: string, patch: Partial<LineDraft>) => {
    const touched = new Set(
      Object.keys(patch).map((name) => (name.startsWith('account') ? 'account' : name)),
    )
    for (const column of LINE_COLUMNS) if (touched.has(column)) clearError(lineField(key, column))
  }
  const advance = (field: string) => {
    const step = nextStep(field, draft, rules)
    if (step.kind === 'new-line') return addLine()
    if (step.fill) {
      const { key, debit, credit } = step.fill
      changeLine(key, { debit, credit, filled: debit ? 'debit' : 'credit' })
    }
    focus(step.field)
  }
  const amountBlur = (key: string, column: 'debit' | 'credit') => {
    const line = draft.lines.find((item) => item.key === key)
    if (!line || !line[column].trim()) return
    const parsed = parseAmount(line[column], rules)
    if (!parsed.ok) {
      setErrors((current) => ({
        ...current,
        [lineField(key, column)]: rules.t(PROBLEM_TEXT[parsed.problem], {
          decimals: rules.decimals,
        }),
      }))
      return
    }
    changeLine(key, { [column]: parsed.value === 0n ? '' : rules.formatMoney(parsed.value) })
  }
  const submit = (kind: 'post' | 'draft') =>
    form.send(
      buildEntryInput(draft, rules),
      (problem) => rules.t(PROBLEM_TEXT[problem], { decimals: rules.decimals }),
      async (input) => {
        if (kind === 'draft') {
          const saved = await invoke('journal.saveDraft', { ...input, draftId })
          setDraftId(saved.id)
          setErrors({})
          form.setNotice({ tone: 'success', kind: 'saved' })
        } else {
          const ref = await invoke('journal.post', { ...input, draftId })
          form.startOver({ tone: 'success', kind: 'posted', ref })
        }
      },
    )

  const decimals = rules.decimals
  const load = useCallback(
    (entry: JournalEntry) => {
      setDraft(draftFromEntry(entry, decimals, nextKey))
      setDraftId(entry.id)
      setErrors({})
    },
    [decimals, nextKey, setDraft, setDraftId, setErrors],
  )

  return {
    ...form,
    setHeader,
    changeLine,
    typeAmount,
    advance,
    amountBlur,
    submit,
    load,
    reset: () => form.startOver(null),
  }
}
