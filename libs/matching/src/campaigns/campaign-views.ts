import type { CampaignView } from '@livefair/protocol';
import type { Campaign } from './entities/campaign.entity';

export function toCampaignView(c: Campaign): CampaignView {
  return {
    id: c.id,
    name: c.name,
    scope: c.scope,
    expoId: c.expoId,
    provinces: c.provinces,
    categoryCodes: c.categoryCodes,
    startsAt: c.startsAt.toISOString(),
    endsAt: c.endsAt.toISOString(),
    webhook: c.webhookUrl ? { url: c.webhookUrl } : null,
    createdAt: c.createdAt.toISOString(),
  };
}
