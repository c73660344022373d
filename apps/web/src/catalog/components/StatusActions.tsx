import type { ProductStatus, ProductView } from '@livefair/protocol';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useShowApiError } from '../../hooks/useShowApiError';
import { catalogApi } from '../catalogApi';

type Action = 'publish' | 'hide' | 'draft';

const ACTIONS: Record<ProductStatus, Action[]> = { draft: ['publish'], published: ['hide'], hidden: ['publish', 'draft'] };
const LABEL = { publish: 'catalog.publish', hide: 'catalog.hide', draft: 'catalog.toDraft' } as const;
const CONFIRM = { publish: 'catalog.publishConfirm', hide: 'catalog.hideConfirm', draft: 'catalog.draftConfirm' } as const;
const DONE = { publish: 'catalog.published', hide: 'catalog.hidden', draft: 'catalog.drafted' } as const;

/** Publish / hide / back to draft, each behind a confirmation. */
export function StatusActions({
  product,
  onChanged,
  size = 'small',
}: {
  product: ProductView;
  onChanged: (p: ProductView) => void;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [busy, setBusy] = useState<Action | null>(null);
  const run = async (action: Action) => {
    setBusy(action);
    try {
      onChanged(await catalogApi.setStatus(product.id, action));
      void message.success(t(DONE[action]));
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space size={4} wrap>
      {ACTIONS[product.status].map((action) => (
        <Popconfirm key={action} title={t(CONFIRM[action])} onConfirm={() => run(action)} okText={t(LABEL[action])}>
          <Button
            size={size}
            type={action === 'publish' ? 'primary' : 'default'}
            ghost={action === 'publish' && size === 'small'}
            loading={busy === action}
            data-testid={`product-${action}`}
          >
            {t(LABEL[action])}
          </Button>
        </Popconfirm>
      ))}
    </Space>
  );
}
