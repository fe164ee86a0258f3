import type { FactStatus, QuoteStatus } from '@/lib/schema/story';
import { QUOTE_STATUS, STATUS } from '@/lib/site/fact-status';

/** A fact's or a quote group's status, with its symbol: "agree" reads differently for each. */
export function StatusBadge(props: { status: FactStatus } | { status: QuoteStatus; of: 'quote' }) {
  const { symbol, label } = 'of' in props ? QUOTE_STATUS[props.status] : STATUS[props.status];
  return (
    <span className={`badge status status-${props.status}`}>
      <span aria-hidden="true">{symbol}</span> {label}
    </span>
  );
}
