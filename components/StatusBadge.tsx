import type { FactStatus, QuoteStatus } from '@/lib/schema/story';
import { statusWording } from '@/lib/site/fact-status';

export function StatusBadge({ status }: { status: FactStatus | QuoteStatus }) {
  const { symbol, label } = statusWording(status);
  return (
    <span className={`badge status status-${status}`}>
      <span aria-hidden="true">{symbol}</span> {label}
    </span>
  );
}
