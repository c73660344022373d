import { leadTransition, nextLeadStatuses } from './lead-states';

describe('lead states', () => {
  it('walks new -> contacted -> quoted -> won', () => {
    expect(leadTransition('new', 'contacted', null)).toEqual({ ok: true });
    expect(leadTransition('contacted', 'quoted', null)).toEqual({ ok: true });
    expect(leadTransition('quoted', 'won', null)).toEqual({ ok: true });
  });

  it('loses from any open status, only with a reason', () => {
    for (const from of ['new', 'contacted', 'quoted'] as const) {
      expect(leadTransition(from, 'lost', '价格不合适')).toEqual({ ok: true });
      expect(leadTransition(from, 'lost', '  ')).toMatchObject({ ok: false, code: 'LEAD_REASON_REQUIRED' });
    }
  });

  it('refuses skipped steps and moves out of final statuses', () => {
    expect(leadTransition('new', 'won', null)).toMatchObject({ ok: false, code: 'LEAD_TRANSITION_INVALID' });
    expect(leadTransition('new', 'quoted', null)).toMatchObject({ ok: false, code: 'LEAD_TRANSITION_INVALID' });
    expect(leadTransition('won', 'lost', 'x')).toMatchObject({ ok: false, code: 'LEAD_TRANSITION_INVALID' });
    expect(leadTransition('lost', 'contacted', null)).toMatchObject({ ok: false, code: 'LEAD_TRANSITION_INVALID' });
    expect(leadTransition('contacted', 'contacted', null)).toMatchObject({ ok: false, code: 'LEAD_TRANSITION_INVALID' });
    expect(nextLeadStatuses('won')).toEqual([]);
    expect(nextLeadStatuses('new')).toEqual(['contacted', 'lost']);
  });
});
