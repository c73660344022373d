import { AppConfig, DomainError } from '@livefair/core';
import type { StoredSlot } from './entities/meeting.entity';

export interface SlotInput {
  startsAt: string;
  endsAt: string;
}

/**
 * Proposed slots, checked and normalised to UTC ISO strings sorted by start: none in the past,
 * each between the configured shortest and longest length, none starting too far ahead, no two
 * overlapping. Throws the first rule broken (MEETING_SLOT_*).
 */
export function checkSlots(input: readonly SlotInput[], rules: AppConfig['meetings'], now = Date.now()): StoredSlot[] {
  const slots = input
    .map((s) => ({ start: Date.parse(s.startsAt), end: Date.parse(s.endsAt) }))
    .sort((a, b) => a.start - b.start);
  slots.forEach(({ start, end }, i) => {
    const n = `Slot ${i + 1}`;
    if (start < now) throw new DomainError('MEETING_SLOT_IN_PAST', `${n} starts in the past`);
    if (start - now > rules.maxAheadMs)
      throw new DomainError('MEETING_SLOT_TOO_FAR', `${n} starts more than ${rules.maxAheadMs / 86_400_000} days ahead`);
    if (end - start < rules.minMs)
      throw new DomainError('MEETING_SLOT_TOO_SHORT', `${n} is shorter than ${rules.minMs / 60_000} minutes`);
    if (end - start > rules.maxMs)
      throw new DomainError('MEETING_SLOT_TOO_LONG', `${n} is longer than ${rules.maxMs / 60_000} minutes`);
    if (i > 0 && start < slots[i - 1].end) throw new DomainError('MEETING_SLOTS_OVERLAP', `Slots ${i} and ${i + 1} overlap`);
  });
  return slots.map(({ start, end }) => ({ startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString() }));
}

/** Two time ranges share a moment. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
