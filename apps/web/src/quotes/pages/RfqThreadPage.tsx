import { ArrowLeftOutlined } from '@ant-design/icons';
import type { OrderView, QuoteView } from '@livefair/protocol';
import { App, Button, Card, Col, Descriptions, Row, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { endpoints } from '../../api/endpoints';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { useApi } from '../../hooks/useApi';
import { formatFen } from '../../utils/money';
import { AcceptQuoteModal } from '../AcceptQuoteModal';
import { formatDateTime, specsText } from '../format';
import { MessageComposer } from '../MessageComposer';
import { OfferQuoteModal } from '../OfferQuoteModal';
import { ReasonModal } from '../ReasonModal';
import { RfqStatusTag } from '../StatusTags';
import { ThreadEntries } from '../ThreadEntries';
import '../quotes.css';

/** New messages and quotes from the other side show up without a reload. */
const REFRESH_MS = 15_000;

/** One RFQ's thread, for the buyer (/my/rfqs/:id) or the seller's staff (/my/inquiries/:id). */
export default function RfqThreadPage({ listPath }: { listPath: string }) {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { data: thread, error, loading, reload } = useApi((signal) => endpoints.rfqThread(id, signal), `rfq:${id}`);
  const exhibitor = thread?.viewerSide === 'exhibitor';
  const [accepting, setAccepting] = useState<QuoteView | null>(null);
  const [declining, setDeclining] = useState<QuoteView | null>(null);
  const [closing, setClosing] = useState(false);
  const [offering, setOffering] = useState(false);

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  if (error && !thread) {
    return (
      <div className="lf-container">
        <ApiErrorAlert error={error} onRetry={reload} />
      </div>
    );
  }
  if (loading && !thread) return <PageLoading />;
  if (!thread) return null;
  const { rfq, can } = thread;
  const latest = rfq.latestQuote;

  const answerButtons = (where: string) =>
    latest && can.accept ? (
      <Space wrap>
        <Button type="primary" onClick={() => setAccepting(latest)} data-testid={`accept-quote-${where}`}>
          {t('quotes.quote.accept')}
        </Button>
        <Button onClick={() => setDeclining(latest)} data-testid={`decline-quote-${where}`}>
          {t('quotes.quote.decline')}
        </Button>
      </Space>
    ) : null;
  const quoteActions = (quoteId: string) => (latest && quoteId === latest.id ? answerButtons('thread') : null);

  const accepted = (order: OrderView) => {
    setAccepting(null);
    void message.success(t('quotes.accept.done', { orderNo: order.orderNo }));
    reload();
  };

  const summary = [
    {
      key: 'party',
      label: exhibitor ? t('quotes.thread.buyer') : t('quotes.thread.seller'),
      children: exhibitor ? rfq.buyerName : rfq.enterpriseName,
    },
    {
      key: 'sku',
      label: t('quotes.thread.sku'),
      children: rfq.skuId ? specsText(rfq.specs) || rfq.skuCode : t('quotes.thread.skuAny'),
    },
    { key: 'qty', label: t('quotes.thread.quantity'), children: `${rfq.quantity.toLocaleString(i18n.language)} ${rfq.unit}` },
    {
      key: 'target',
      label: t('quotes.thread.target'),
      children:
        rfq.targetUnitPriceFen === null ? t('quotes.thread.noTarget') : `${formatFen(rfq.targetUnitPriceFen)} / ${rfq.unit}`,
    },
    { key: 'deadline', label: t('quotes.thread.deadline'), children: formatDateTime(rfq.deadline, i18n.language) },
    { key: 'province', label: t('quotes.thread.province'), children: t(`quotes.provinces.${rfq.deliveryProvince}`) },
    { key: 'created', label: t('quotes.thread.created'), children: formatDateTime(rfq.createdAt, i18n.language) },
  ];

  return (
    <div className="lf-container lf-rfq-page">
      <Link to={listPath} className="lf-back-link">
        <ArrowLeftOutlined /> {t('quotes.thread.back')}
      </Link>
      <PageTitle
        title={
          <Space wrap size={[8, 4]}>
            <span>{rfq.productName}</span>
            <RfqStatusTag status={rfq.status} />
          </Space>
        }
        subtitle={exhibitor ? rfq.buyerName : rfq.enterpriseName}
      />
      <Row gutter={[16, 16]}>
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 16, order: 1 }}>
          <Card className="lf-thread-card">
            <ThreadEntries thread={thread} quoteActions={quoteActions} />
            {can.message ? <MessageComposer rfqId={rfq.id} onSent={reload} /> : null}
          </Card>
        </Col>
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 8, order: 2 }}>
          <Card title={t('quotes.thread.summary')} size="small" className="lf-rfq-summary lf-rfq-side">
            <Descriptions size="small" column={1} items={summary} />
            {latest && latest.status === 'offered' ? (
              <div className="lf-offer-box" data-testid="current-offer">
                <div>{t('quotes.thread.currentOffer')}</div>
                <div>
                  <span className="lf-offer-box-price">{formatFen(latest.unitPriceFen)}</span> / {rfq.unit} ×{' '}
                  {latest.quantity.toLocaleString(i18n.language)}
                </div>
                <div>
                  {t('quotes.quote.total')} <strong>{formatFen(latest.totalFen)}</strong>
                </div>
                <div className="lf-muted">
                  {t('quotes.quote.validUntil')} {formatDateTime(latest.validUntil, i18n.language)}
                </div>
                {answerButtons('summary') ? <div className="lf-quote-actions">{answerButtons('summary')}</div> : null}
              </div>
            ) : null}
            <Space wrap className="lf-rfq-summary-actions">
              {can.quote ? (
                <Button type="primary" onClick={() => setOffering(true)} data-testid="open-offer">
                  {latest ? t('quotes.thread.requote') : t('quotes.thread.newQuote')}
                </Button>
              ) : null}
              {can.close ? (
                <Button onClick={() => setClosing(true)} data-testid="close-rfq">
                  {t('quotes.thread.close')}
                </Button>
              ) : null}
            </Space>
          </Card>
        </Col>
      </Row>
      {accepting ? (
        <AcceptQuoteModal quote={accepting} rfq={rfq} onClose={() => setAccepting(null)} onAccepted={accepted} />
      ) : null}
      <ReasonModal
        open={declining !== null}
        title={t('quotes.quote.declineTitle')}
        label={t('quotes.quote.declineReason')}
        okText={t('quotes.quote.decline')}
        danger
        onSubmit={async (reason) => {
          if (!declining) return;
          await endpoints.declineQuote(declining.id, reason);
          void message.success(t('quotes.quote.declined'));
          reload();
        }}
        onClose={() => setDeclining(null)}
      />
      <ReasonModal
        open={closing}
        title={t('quotes.thread.closeTitle')}
        label={t('quotes.thread.closeReason')}
        okText={t('quotes.thread.close')}
        danger
        onSubmit={async (reason) => {
          await endpoints.closeRfq(rfq.id, reason);
          void message.success(t('quotes.thread.closed'));
          reload();
        }}
        onClose={() => setClosing(false)}
      />
      {exhibitor ? (
        <OfferQuoteModal
          rfq={rfq}
          skus={thread.quotableSkus}
          previous={latest}
          open={offering}
          onClose={() => setOffering(false)}
          onSent={() => {
            void message.success(t('quotes.offer.sent'));
            reload();
          }}
        />
      ) : null}
    </div>
  );
}
