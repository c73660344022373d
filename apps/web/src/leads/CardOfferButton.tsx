import { IdcardOutlined } from '@ant-design/icons';
import type { CardExchangeView } from '@livefair/protocol';
import { App, Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { useShowApiError } from '../hooks/useShowApiError';
import { BusinessCardBox } from './BusinessCardBox';
import { leadsApi } from './leadsApi';

/**
 * On a lead (booth staff): offer my business card to its buyer. The buyer accepts or declines in
 * their 名片夹; once accepted, the buyer's card shows here and in mine.
 */
export function CardOfferButton({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [busy, setBusy] = useState(false);
  const [ex, setEx] = useState<CardExchangeView | null>(null);
  const offer = async () => {
    setBusy(true);
    try {
      const got = await leadsApi.offerCard(leadId);
      setEx(got);
      void message.success(got.status === 'accepted' ? t('leads.cards.swapped') : t('leads.cards.offered'));
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="lf-card-offer" data-testid="card-offer">
      <Button icon={<IdcardOutlined />} loading={busy} onClick={() => void offer()} block>
        {t('leads.cards.offer')}
      </Button>
      {ex ? (
        <Typography.Paragraph type="secondary" className="lf-card-offer-state">
          {ex.status === 'accepted' ? t('leads.cards.swapped') : t('leads.cards.offerWaiting')}{' '}
          <Link to="/my/cards">{t('leads.cards.title')}</Link>
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary" className="lf-card-offer-state">
          {t('leads.cards.offerHint')}
        </Typography.Paragraph>
      )}
      {ex?.buyerCard ? <BusinessCardBox card={ex.buyerCard} /> : null}
    </div>
  );
}
