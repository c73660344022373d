import type { DealStartRequest, LiveSessionStatus, ProductView } from '@livefair/protocol';
import { DEAL_MAX_ACTIVE_PER_SESSION } from '@livefair/protocol';
import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { endpoints } from '../../api/endpoints';
import { useApi } from '../../hooks/useApi';
import { useLiveErrorText } from '../errors';
import { useStore } from '../hooks';
import type { LiveRoom } from '../LiveRoom';
import { NO_DEALS, type DealFeed } from './DealFeed';
import { DealForm } from './DealForm';
import { RunningDeal } from './RunningDeal';
import './deals.css';

const SHOW_ENDED = 5;

interface Props {
  boothId: string;
  /** The booth's products as the studio loaded them (shown until the fresh list with current stock arrives). */
  products: ProductView[];
  room: LiveRoom | null;
  deals: DealFeed | null;
  status: LiveSessionStatus;
  /** The room is joined (requests can go). */
  joined: boolean;
}

/** 限时秒杀 in the studio: start a deal on one of the booth's SKUs, watch it sell, end it early. */
export function DealPanel({ boothId, products, room, deals, status, joined }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useLiveErrorText();
  const { deals: all } = useStore(deals, NO_DEALS);
  // Stock moves while deals run (a deal takes its units, an ended one returns the unsold): reload it.
  const booth = useApi((signal) => endpoints.booth(boothId, signal), `deal-stock:${boothId}`);
  const active = all.filter((d) => d.status === 'active');
  const ended = all.filter((d) => d.status === 'ended').slice(0, SHOW_ENDED);
  const endedCount = all.length - active.length;
  const seenEnded = useRef(endedCount);
  useEffect(() => {
    if (seenEnded.current === endedCount) return;
    seenEnded.current = endedCount;
    booth.reload();
  }, [endedCount]); // eslint-disable-line react-hooks/exhaustive-deps

  const blocked =
    status !== 'live'
      ? t('live.deal.studio.notLive')
      : active.length >= DEAL_MAX_ACTIVE_PER_SESSION
        ? t('live.deal.studio.activeLimit', { count: DEAL_MAX_ACTIVE_PER_SESSION })
        : !joined
          ? t('live.studio.state.connecting')
          : null;

  const start = async (request: DealStartRequest): Promise<boolean> => {
    if (!room || !deals) return false;
    const sentAt = Date.now();
    try {
      deals.started(await room.client.request('deal.start', request), sentAt, Date.now());
      void message.success(t('live.deal.studio.started'));
      booth.reload();
      return true;
    } catch (err) {
      void message.error(errorText(err));
      return false;
    }
  };

  const stop = async (dealId: string): Promise<void> => {
    if (!room) return;
    try {
      await room.client.request('deal.stop', { dealId });
      void message.success(t('live.deal.studio.stopped'));
    } catch (err) {
      void message.error(errorText(err));
    }
  };

  return (
    <div className="lf-deal-panel" data-testid="deal-panel">
      {active.length > 0 && deals ? (
        <ul className="lf-running-list">
          {active.map((d) => (
            <RunningDeal key={d.id} deal={d} clock={deals.clock} onStop={() => stop(d.id)} />
          ))}
        </ul>
      ) : (
        <p className="lf-deal-none">{t('live.deal.studio.none')}</p>
      )}
      <DealForm products={booth.data?.products ?? products} blocked={blocked} onStart={start} />
      {ended.length > 0 && deals ? (
        <>
          <div className="lf-deal-history-title">{t('live.deal.studio.history')}</div>
          <ul className="lf-running-list">
            {ended.map((d) => (
              <RunningDeal key={d.id} deal={d} clock={deals.clock} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
