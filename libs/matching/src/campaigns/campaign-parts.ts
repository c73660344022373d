// The campaigns' declarations register with core as the matching module loads.
import './campaign-errors';
import './campaign-jobs';
import { CampaignDashboards } from './campaign-dashboard.service';
import { CampaignEvents } from './campaign-events';
import { CampaignPushes } from './campaign-push.service';
import { CampaignScope } from './campaign-scope';
import { CampaignService } from './campaign.service';
import { CampaignPush } from './entities/campaign-push.entity';
import { Campaign } from './entities/campaign.entity';
import { MatchOutcome } from './entities/match-outcome.entity';
import { MatchingTurn } from './entities/matching-turn.entity';
import { MatchOutcomes } from './match-outcomes';
import { MatchingTurns } from './matching-turns';
import { NeedResponses } from './need-responses.service';
import { WebhookDelivery } from './webhook-delivery';

export const campaignEntities = [Campaign, CampaignPush, MatchOutcome, MatchingTurn];

/** Campaigns, pushes, supplier answers, outcomes from the quotes flow, webhook deliveries. */
export const campaignProviders = [
  CampaignService,
  CampaignScope,
  CampaignDashboards,
  CampaignPushes,
  CampaignEvents,
  MatchOutcomes,
  NeedResponses,
  WebhookDelivery,
  MatchingTurns,
];
