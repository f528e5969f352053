import type { Output, ParsedInput, ProcedureName } from '../../../shared/rpc/contract'
import type { EngineSession } from '../session/engine-session'

export type Handler<K extends ProcedureName> = (
  session: EngineSession,
  input: ParsedInput<K>,
) => Output<K> | Promise<Output<K>>

/** A module's share of the contract: one handler for each of its procedures. */
export type HandlerMap<K extends ProcedureName> = { [P in K]: Handler<P> }
