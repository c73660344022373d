import type { OrderStatus, OrderType } from '@livefair/protocol';
import { Button, DatePicker, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface SalesFilterValues {
  status: OrderStatus[];
  type: OrderType[];
  range: [Dayjs, Dayjs] | null;
  q: string;
}

export const NO_FILTERS: SalesFilterValues = { status: [], type: [], range: null, q: '' };

const STATUSES: OrderStatus[] = ['placed', 'confirmed', 'paid', 'shipped', 'completed', 'cancelled', 'expired'];
const TYPES: OrderType[] = ['retail', 'bulk', 'sample', 'deal', 'quote'];

/** The list's filters as the API's query (dates: whole local days, sent as UTC instants). */
export function filterQuery(f: SalesFilterValues, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams(extra);
  if (f.status.length) q.set('status', f.status.join(','));
  if (f.type.length) q.set('type', f.type.join(','));
  if (f.range) {
    q.set('from', f.range[0].startOf('day').toISOString());
    q.set('to', f.range[1].add(1, 'day').startOf('day').toISOString());
  }
  if (f.q.trim()) q.set('q', f.q.trim().slice(0, 64));
  return q.toString();
}

export function SalesFilters({ value, onChange }: { value: SalesFilterValues; onChange: (v: SalesFilterValues) => void }) {
  const { t } = useTranslation();
  // The box holds what is typed; the list follows on Enter or the search button.
  const [text, setText] = useState(value.q);
  useEffect(() => setText(value.q), [value.q]);
  return (
    <div className="lf-order-filters" data-testid="sales-filters">
      <Input.Search
        className="lf-filter-search"
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('orders.sales.search')}
        onSearch={(q) => onChange({ ...value, q })}
        data-testid="sales-search"
        maxLength={64}
      />
      <Select<OrderStatus[]>
        mode="multiple"
        allowClear
        className="lf-filter-select"
        placeholder={t('orders.sales.status')}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={STATUSES.map((s) => ({ value: s, label: t(`orders.status.${s}`) }))}
        maxTagCount="responsive"
      />
      <Select<OrderType[]>
        mode="multiple"
        allowClear
        className="lf-filter-select"
        placeholder={t('orders.sales.type')}
        value={value.type}
        onChange={(type) => onChange({ ...value, type })}
        options={TYPES.map((s) => ({ value: s, label: t(`orders.type.${s}`) }))}
        maxTagCount="responsive"
      />
      <DatePicker.RangePicker
        value={value.range}
        onChange={(range) => onChange({ ...value, range: range && range[0] && range[1] ? [range[0], range[1]] : null })}
        allowEmpty={[false, false]}
        inputReadOnly
      />
      <Button onClick={() => onChange(NO_FILTERS)}>{t('orders.sales.reset')}</Button>
    </div>
  );
}
