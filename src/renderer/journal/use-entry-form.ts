import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import { today } from '../../shared/dates'
import type { JournalEntry, PostedRef } from '../../shared/domain/ledger'
import { asRpcError, type RpcError } from '../api/rpc-error'
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
  type LineDraft,
  withAmount,
} from './entry-draft'
import { nextStep, parseLineField } from './entry-navigation'

export type FormNotice =
  | { tone: 'success'; kind: 'posted'; ref: PostedRef }
  | { tone: 'success'; kind: 'saved' }
  | { tone: 'error'; message: string }

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
  const keys = useRef(0)
  const nextKey = useCallback(() => `l${++keys.current}`, [])
  const emptyDraft = useCallback(
    (date: string): EntryDraft => ({
      date,
      reference: '',
      memo: '',
      lines: [blankLine(nextKey()), blankLine(nextKey())],
    }),
    [nextKey],
  )
  const [draft, setDraft] = useState<EntryDraft>(() => emptyDraft(today()))
  const [draftId, setDraftId] = useState<string | undefined>(undefined)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [notice, setNotice] = useState<FormNotice | null>(null)
  const [busy, setBusy] = useState(false)
  // Keyboard first: the form opens with the cursor in its first field.
  const [focusTarget, setFocusTarget] = useState<{ field: string } | null>({ field: 'date' })
  const rootRef = useRef<HTMLDivElement>(null)

  useLayoutEffect(() => {
    if (!focusTarget) return
    const element = rootRef.current?.querySelector<HTMLInputElement>(
      `[data-field="${CSS.escape(focusTarget.field)}"]`,
    )
    element?.focus()
    if (element && element.type !== 'date') element.select()
  }, [focusTarget])

  const focus = (field: string) => setFocusTarget({ field })
  const clearError = (field: string) =>
    setErrors((current) => {
      if (!(field in current) && !('lines' in current)) return current
      const { [field]: _gone, lines: _lines, ...rest } = current
      return rest
    })

  const setHeader = (field: 'date' | 'reference' | 'memo', value: string) => {
    setDraft((current) => ({ ...current, [field]: value }))
    clearError(field)
  }
  const changeLine = (key: string, patch: Partial<LineDraft>) => {
    setDraft((current) => ({
      ...current,
      lines: current.lines.map((line) => (line.key === key ? { ...line, ...patch } : line)),
    }))
    clearLineErrors(key, patch)
  }
  const typeAmount = (key: string, column: 'debit' | 'credit', text: string) => {
    setDraft((current) => ({
      ...current,
      lines: current.lines.map((line) =>
        line.key === key ? withAmount(line, column, text) : line,
      ),
    }))
    clearLineErrors(key, { debit: '', credit: '' })
  }
  const clearLineErrors = (key: string, patch: Partial<LineDraft>) => {
    const touched = new Set(
      Object.keys(patch).map((name) => (name.startsWith('account') ? 'account' : name)),
    )
    for (const column of LINE_COLUMNS) if (touched.has(column)) clearError(lineField(key, column))
  }
  const addLine = () => {
    const line = blankLine(nextKey())
    setDraft((current) => ({ ...current, lines: [...current.lines, line] }))
    focus(lineField(line.key, 'account'))
  }
  const removeLine = (key: string) => {
    setDraft((current) => {
      const lines = current.lines.filter((line) => line.key !== key)
      return { ...current, lines: lines.length > 0 ? lines : [blankLine(nextKey())] }
    })
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
  const removeFocusedLine = () => {
    const field = (document.activeElement as HTMLElement | null)?.dataset?.field ?? ''
    const at = parseLineField(field)
    if (!at) return
    const index = draft.lines.findIndex((line) => line.key === at.key)
    removeLine(at.key)
    const neighbour = draft.lines[index + 1] ?? draft.lines[index - 1]
    if (neighbour) focus(lineField(neighbour.key, at.column))
  }

  const showEngineError = (error: RpcError, lineKeys: readonly string[]) => {
    const problems = error.fieldProblems
    if (problems.length === 0) return setNotice({ tone: 'error', message: error.message })
    const byField: Record<string, string> = {}
    for (const problem of problems) {
      const field = formFieldOf(problem.field, lineKeys)
      byField[field] ??= problem.message
    }
    setErrors(byField)
    const first = Object.keys(byField)[0]
    if (first && first !== 'lines') focus(first)
  }

  const submit = async (kind: 'post' | 'draft') => {
    if (busy) return
    setNotice(null)
    const built = buildEntryInput(draft, rules)
    if (!built.ok) {
      const byField: Record<string, string> = {}
      for (const [field, problem] of Object.entries(built.problems))
        byField[field] = rules.t(PROBLEM_TEXT[problem], { decimals: rules.decimals })
      setErrors(byField)
      const first = Object.keys(byField)[0]
      if (first) focus(first)
      return
    }
    setBusy(true)
    try {
      if (kind === 'draft') {
        const saved = await invoke('journal.saveDraft', { ...built.input, draftId })
        setDraftId(saved.id)
        setErrors({})
        setNotice({ tone: 'success', kind: 'saved' })
      } else {
        const ref = await invoke('journal.post', { ...built.input, draftId })
        setDraft(emptyDraft(draft.date))
        setDraftId(undefined)
        setErrors({})
        setNotice({ tone: 'success', kind: 'posted', ref })
        focus('date')
      }
    } catch (caught) {
      showEngineError(asRpcError(caught), built.lineKeys)
    } finally {
      setBusy(false)
    }
  }

  const decimals = rules.decimals
  const load = useCallback(
    (entry: JournalEntry) => {
      setDraft(draftFromEntry(entry, decimals, nextKey))
      setDraftId(entry.id)
      setErrors({})
    },
    [decimals, nextKey],
  )
  const reset = () => {
    setDraft(emptyDraft(draft.date))
    setDraftId(undefined)
    setErrors({})
    setNotice(null)
    focus('date')
  }

  return {
    rootRef,
    draft,
    draftId,
    errors,
    notice,
    busy,
    setHeader,
    changeLine,
    typeAmount,
    addLine,
    removeLine,
    removeFocusedLine,
    advance,
    amountBlur,
    submit,
    load,
    reset,
    setNotice,
  }
}
