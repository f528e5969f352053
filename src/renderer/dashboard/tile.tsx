import { useId, type ReactNode } from 'react'
import { routeHref, type Route } from '../routing/routes'

/**
 * One figure on the home page: its name, the amount in large type and a line or two under it.
 * The tile's heading is a link to the screen that explains the figure.
 */
export function Tile(props: {
  title: string
  to: Route
  value: string
  tone?: 'warning' | 'danger'
  children?: ReactNode
}) {
  const titleId = useId()
  return (
    <section
      className={`home-tile${props.tone ? ` home-tile-${props.tone}` : ''}`}
      aria-labelledby={titleId}
    >
      <a className="home-tile-link" href={routeHref(props.to)}>
        <h2 className="home-tile-title" id={titleId}>
          {props.title}
        </h2>
        <div className="home-tile-value">{props.value}</div>
      </a>
      {props.children ? <div className="home-tile-more">{props.children}</div> : null}
    </section>
  )
}

/** A line under a tile's figure that opens its own screen (an account's ledger, a customer). */
export function TileLine(props: { to: Route; label: string; value: string }) {
  return (
    <a className="home-tile-line" href={routeHref(props.to)}>
      <span className="ellipsis">{props.label}</span>
      <span className="home-tile-line-value">{props.value}</span>
    </a>
  )
}
