import type { FactStatus } from '@/lib/schema/story';
import { STATUS } from '@/lib/site/fact-status';

export function StatusBadge({ status }: { status: FactStatus }) {
  const { symbol, label } = STATUS[status];
  return (
    <span className={`badge status status-${status}`}>
      <span aria-hidden="true">{symbol}</span> {label}
    </span>
  );
}
