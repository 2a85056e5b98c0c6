import type { Status } from '../../domain/evaluation/status';
import { STATUS_STYLE } from './status-style';
import { usePresenters } from '../../lib/language/use-presenters';

export function StatusBadge({ status, compact = false }: { status: Status; compact?: boolean }) {
  const { p } = usePresenters();
  const style = STATUS_STYLE[status];
  return (
    <span className="status-badge" style={{ background: style.tint, color: style.ink }} data-status={status}>
      <span aria-hidden="true">{style.icon}</span>
      {compact ? <span className="visually-hidden">{p.status(status)}</span> : <span>{p.status(status)}</span>}
    </span>
  );
}
