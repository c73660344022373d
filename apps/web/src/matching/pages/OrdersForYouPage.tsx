import { Card, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';

import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { useApi } from '../../hooks/useApi';
import { currentLang } from '../../i18n';
import { formatDateTime } from '../../quotes/format';
import { formatFen } from '../../utils/money';
import { AnswerNeed } from '../campaigns/AnswerNeed';
import '../campaigns/campaigns.css';
import { matchingApi } from '../matchingApi';
import { ReasonTags } from '../ReasonTags';
import '../matching.css';

/** /my/orders-for-you: open purchase needs ranked for the exhibitor's enterprise, with the reasons. */
export default function OrdersForYouPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useApi((signal) => matchingApi.ordersForYou(signal), 'ofy');
  const locale = currentLang();
  // A pushed need's inbox line links here with ?demand=<id>: that card is outlined and scrolled to.
  const [params] = useSearchParams();
  const focus = params.get('demand');
  useEffect(() => {
    if (focus && list.data) document.getElementById(`need-${focus}`)?.scrollIntoView({ block: 'center' });
  }, [focus, list.data]);
  return (
    <div className="lf-container">
      <PageTitle title={t('matching.forYou.title')} subtitle={t('matching.forYou.subtitle')} />
      {list.error ? <ApiErrorAlert error={list.error} onRetry={list.reload} /> : null}
      {list.loading && !list.data ? <PageLoading /> : null}
      {list.data && list.data.length === 0 ? <Empty description={t('matching.forYou.empty')} /> : null}
      {(list.data ?? []).map((o, i) => (
        <Card
          size="small"
          key={o.demand.id}
          id={`need-${o.demand.id}`}
          className={`lf-match-card${o.demand.id === focus ? ' lf-match-highlight' : ''}`}
        >
          <div className="lf-match-card-head">
            <Space size={8} wrap style={{ minWidth: 0 }}>
              <Tag color="blue">#{i + 1}</Tag>
              <span className="lf-match-card-name">{o.demand.text}</span>
            </Space>
            <Space size={6} wrap>
              {o.hard ? <Tag color="red">{t('matching.results.hard', { count: o.hard })}</Tag> : null}
              {o.soft ? <Tag color="gold">{t('matching.results.soft', { count: o.soft })}</Tag> : null}
              <Typography.Text strong>{t('matching.results.score', { score: o.score.toFixed(1) })}</Typography.Text>
            </Space>
          </div>
          <Space size={[12, 4]} wrap style={{ margin: '6px 0' }}>
            <Typography.Text type="secondary">{t('matching.forYou.buyer', { name: o.buyerName })}</Typography.Text>
            <Typography.Text>
              {t('matching.forYou.quantity', { quantity: o.demand.quantity.toLocaleString(locale), unit: o.demand.unit })}
            </Typography.Text>
            {o.demand.targetUnitPriceFen !== null ? (
              <Typography.Text>{t('matching.forYou.target', { price: formatFen(o.demand.targetUnitPriceFen) })}</Typography.Text>
            ) : null}
            <Typography.Text type="secondary">
              {t('matching.forYou.deliver', {
                province: o.demand.deliveryProvince,
                deadline: formatDateTime(o.demand.deadline, locale),
              })}
            </Typography.Text>
          </Space>
          {o.products.length ? (
            <ul className="lf-match-products">
              {o.products.map((p) => (
                <li key={p.id}>
                  <a onClick={() => p.catalogProductId && navigate(`/my/products/${p.catalogProductId}`)}>{p.title}</a>
                  {p.priceFen !== null ? ` · ${formatFen(p.priceFen)}` : ''} · {t('matching.results.moq', { moq: p.moq })}
                </li>
              ))}
            </ul>
          ) : null}
          <ReasonTags reasons={o.reasons} />
          <AnswerNeed item={o} onAnswered={list.reload} />
        </Card>
      ))}
    </div>
  );
}
