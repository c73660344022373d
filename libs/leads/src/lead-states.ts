import type { LeadStatus } from '@livefair/protocol';

/**
 * The one lead state machine. Every status change goes through `leadTransition`.
 *
 *   new --> contacted --> quoted --> won
 *   new | contacted | quoted --> lost (with a reason)
 *
 * won and lost are final.
 */
export const LEAD_RULES: Readonly<Record<LeadStatus, readonly LeadStatus[]>> = {
  new: ['contacted', 'lost'],
  contacted: ['quoted', 'lost'],
  quoted: ['won', 'lost'],
  won: [],
  lost: [],
};

export type LeadTransitionCheck =
  { ok: true } | { ok: false; code: 'LEAD_TRANSITION_INVALID' | 'LEAD_REASON_REQUIRED'; message: string };

/** Whether a lead in `from` may move to `to` (with `reason`); pure. */
export function leadTransition(from: LeadStatus, to: LeadStatus, reason: string | null | undefined): LeadTransitionCheck {
  if (!LEAD_RULES[from].includes(to))
    return { ok: false, code: 'LEAD_TRANSITION_INVALID', message: `A ${from} lead cannot become ${to}` };
  if (to === 'lost' && !reason?.trim())
    return { ok: false, code: 'LEAD_REASON_REQUIRED', message: 'Say why the lead was lost (reason)' };
  return { ok: true };
}

/** The statuses a lead in `from` may move to next (for the page's buttons). */
export function nextLeadStatuses(from: LeadStatus): LeadStatus[] {
  return [...LEAD_RULES[from]];
}
