import { Injectable } from '@nestjs/common';
import { BoothService, ExpoService } from '@livefair/expo';
import type { Place } from '../rollup/fold';

const TTL_MS = 60_000;
const MISS_TTL_MS = 10_000;

interface Cached<T> {
  value: T;
  until: number;
}

const fresh = <T>(hit: Cached<T> | undefined): T | undefined => (hit && hit.until > Date.now() ? hit.value : undefined);

/**
 * Where booths and halls are, from the expo context's services, cached per process: ingest checks
 * every event's booth without a query per event. An unknown booth (or one of a draft expo) is
 * cached as unknown for a short while.
 */
@Injectable()
export class BoothDirectory {
  private readonly booths = new Map<string, Cached<Place | null>>();
  private readonly halls = new Map<string, Cached<Set<string> | null>>();
  private readonly loading = new Map<string, Promise<unknown>>();
  /** The expo-wide booth load under way, if any. */
  private bulk: Promise<unknown> | null = null;

  constructor(
    private readonly boothService: BoothService,
    private readonly expoService: ExpoService,
  ) {}

  /** The cached answer for a booth, without waiting: undefined when it is not cached (or stale). */
  cachedBooth(boothId: string): Place | null | undefined {
    return fresh(this.booths.get(boothId));
  }

  /** The cached hall ids of an expo, without waiting: undefined when not cached (or stale). */
  cachedHalls(expoId: string): Set<string> | null | undefined {
    return fresh(this.halls.get(expoId));
  }

  /**
   * A booth's place. A miss learns every booth of the booth's expo in one go (the expo context's
   * `placesAround`): a process's first events of an expo name many booths, each would otherwise be a
   * look-up of its own (and again when the cache goes stale each minute). Misses that arrive while
   * such a load is under way wait for it first, then look again.
   */
  async booth(boothId: string): Promise<Place | null> {
    while (this.bulk) {
      await this.bulk.catch(() => undefined);
      const hit = fresh(this.booths.get(boothId));
      if (hit !== undefined) return hit;
    }
    return this.cached(this.booths, `b:${boothId}`, boothId, async () => {
      const load = this.boothService.placesAround(boothId);
      this.bulk = load;
      try {
        const places = await load.catch(() => []);
        const until = Date.now() + TTL_MS;
        if (this.booths.size + places.length > 50_000) this.booths.clear();
        for (const p of places)
          this.booths.set(p.id, {
            value: { boothId: p.id, expoId: p.expoId, hallId: p.hallId, enterpriseId: p.enterpriseId },
            until,
          });
        return this.booths.get(boothId)?.value ?? null;
      } finally {
        if (this.bulk === load) this.bulk = null;
      }
    });
  }

  /** The hall ids of a visible expo; null if there is no such expo. */
  hallsOf(expoId: string): Promise<Set<string> | null> {
    return this.cached(this.halls, `e:${expoId}`, expoId, async () => {
      try {
        return new Set((await this.expoService.detail(expoId)).halls.map((h) => h.id));
      } catch {
        return null;
      }
    });
  }

  private async cached<T>(
    map: Map<string, Cached<T | null>>,
    lockKey: string,
    key: string,
    load: () => Promise<T | null>,
  ): Promise<T | null> {
    const hit = map.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    const pending = this.loading.get(lockKey) as Promise<T | null> | undefined;
    if (pending) return pending;
    const p = load()
      .then((value) => {
        map.set(key, { value, until: Date.now() + (value ? TTL_MS : MISS_TTL_MS) });
        if (map.size > 50_000) map.clear();
        return value;
      })
      .finally(() => this.loading.delete(lockKey));
    this.loading.set(lockKey, p);
    return p;
  }
}
